"""Split an article body into sentence spans without changing a character of it."""
from __future__ import annotations

import re

# A sentence ends at ., ! or ? (with closing quotes/brackets) and white space before a
# capital, digit, opening quote or bullet ("2.5" is not an end; "council.Smith" is); at a
# blank line; or at a line that starts a bullet or a numbered item ("  2.1. adoption"). A PDF's bullets
# may be a symbol font's private-use characters (U+F000-U+F0FF: "\uf06e At 19 June 2017, ...").
# The end mark is matched, not looked behind for: a lookbehind at every character is slow. Every boundary starts with
# one of ".!?\r\n", matched first (then told apart by a lookbehind) so that the engine skips to those characters.
_BOUNDARY = re.compile(
    r"[.!?\r\n](?:"
    r"(?<=[.!?])(?:[\"”’')\]]*(?:[ \t]*\r?\n[ \t]*|[ \t]+)(?=[“\"‘'(\[]?[A-Z0-9£•\uf000-\uf0ff])|(?<=[a-z].)(?=[A-Z][a-z]))"
    r"|(?:(?<=\r)\n|(?<=\n))(?:[ \t]*\r?\n)+[ \t]*"  # \r?\n, its first character matched already
    r"|(?:(?<=\r)\n|(?<=\n))(?=[ \t]*(?:[•·▪●*–\uf000-\uf0ff-]|\d{1,2}(?:\.\d{1,2})+[.)]?|\d{1,2}[.)])[ \t])"
    r")"
)
ITEM_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+[.)]?|\d{1,2}[.)]")  # a numbered item's or paragraph's mark


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end], stripped of surrounding white space."""
    end = len(text) if end is None else end
    spans, pos = [], start
    for match in _BOUNDARY.finditer(text, start, end):
        spans.append((pos, match.end()))
        pos = match.end()
    spans.append((pos, end))
    # a numbered item's mark alone ("1." of "1. Children who need help ...") is not a sentence
    return [(a, b) for a, b in (_strip(text, a, b) for a, b in spans) if a < b and not ITEM_NUMBER.fullmatch(text, a, b)]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
