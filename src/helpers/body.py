"""Find an article's own reporting inside its raw text, leaving out headline, footer and comments."""
from __future__ import annotations

import re
from itertools import islice

# A line that starts what follows the reporting: share/footer boilerplate, author boxes, newsletter boxes,
# read-more and related links, category lines, comment threads, publisher notices, CMS time stamps.
_FOOTER_LINE = re.compile(
    r"^[ \t]*(?:"
    r"More on this story:?"
    r"|SIGN UP\b.*|Sign up (?:for|to)\b.*|READ MORE\b.*|Read more:.*|Subscribe to\b.*|Most (?:read|popular)\b.*"
    r"|(?:Related|More) (?:stories|content|links|news)\b.*|[-•*][ \t]*Published[ \t]*\d.*"
    r"|Share this:?|Like this:?|Related(?: posts| articles)?:?"
    r"|About [\w.-]+"
    r"|This entry was posted in\b.*"
    r"|(?:\d+|One|No) (?:Responses?|Comments?|Replies) to\b.*"
    r"|Leave a (?:Reply|Comment)\b.*"
    r"|The Office for Standards in Education, Children.s Services and Skills \(Ofsted\)(?=\s+regulates\b).*"  # its footer
    r"|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?\b.*"
    r")[ \t]*\r?$",
    re.MULTILINE,
)
# Lines that may sit just above the footer and belong to it: bullets of outlet blurbs,
# "click here" links, blank lines.
_TRAILER_LINE = re.compile(r"[ \t]*+(?:[•·*][ \t].*|(?:Click|Read)\b.{0,80}\bhere\b.{0,120}|)[ \t]*\r?")


def _lines_before(text: str, end: int) -> list[tuple[int, str]]:
    """(start offset, line) pairs of the text before `end`, last line first."""
    out, pos = [], end
    while pos > 0:
        start = text.rfind("\n", 0, pos - 1) + 1
        out.append((start, text[start:pos].rstrip("\n")))
        pos = start
    return out


# A read-more link or newsletter sign-up box inside the reporting (local papers put them between paragraphs):
# reporting goes on after it.
INLINE_LINK = re.compile(r"[ \t]*(?:READ MORE\b|Read more:|SIGN UP\b|Sign up (?:for|to)\b)")
# A content system's markup left in the page text ("Type=image;ImageID=12510;ImageClass=left;"): no reporting.
MARKUP = re.compile(r"[ \t]*(?:\w+=[^;\n]*;){2,}")
_PROSE_LINE = re.compile(r"^[ \t]*[^\n]{80,}[.!?\"”’][ \t]*\r?$", re.MULTILINE)


def _body_end(text: str, start: int) -> int:
    footer = _FOOTER_LINE.search(text, start)
    while footer and INLINE_LINK.match(text, footer.start()):
        after = _FOOTER_LINE.search(text, footer.end())
        while after and INLINE_LINK.match(text, after.start()) and not text[footer.end():after.start()].strip():
            after = _FOOTER_LINE.search(text, after.end())  # read-more links one under another are one box
        prose = _PROSE_LINE.search(text, footer.end(), after.start() if after else len(text))
        if not prose:
            break
        footer = after  # a paragraph of reporting follows: the link was inside the story
    end = footer.start() if footer else len(text)
    for line_start, line in _lines_before(text, end) if footer else ():  # bullets ending a cut-off text are reporting
        if line_start < start or not _TRAILER_LINE.fullmatch(line):
            break
        end = line_start
    return max(start, end if end == len(text) else end - 1 if text[end - 1:end] == "\n" else end)


_LEAD_LINES = 4  # the headline may follow a few short lines of page furniture ("News", "Skip Navigation")


def _body_start(text: str, headline: str) -> int:
    """Past leading blank lines, and past the headline when one of the first lines is it (with what comes before)."""
    first = re.search(r"\S", text)
    if not first:
        return 0
    wanted = " ".join(headline.split())
    for line in islice(re.finditer(r"[^\n]*\S[^\n]*", text), _LEAD_LINES) if wanted else ():
        if " ".join(line.group().split()) == wanted:
            rest = re.search(r"\S", text[line.end():])
            return line.end() + rest.start() if rest else len(text)
    return first.start()


_SIDEBAR_AFTER = 500  # characters: a block of links this near the top, before any paragraph, is no footer


def _past_sidebar(text: str, start: int) -> int:
    """Where the reporting starts when a block of links ("Related links", "Sign up for ...") comes before any paragraph
    of it: at the first paragraph after the block; else `start`."""
    footer = _FOOTER_LINE.search(text, start, start + _SIDEBAR_AFTER)
    if not footer or INLINE_LINK.match(text, footer.start()) or _PROSE_LINE.search(text, start, footer.start()):
        return start
    prose = _PROSE_LINE.search(text, footer.end())
    return prose.start() + len(prose.group()) - len(prose.group().lstrip()) if prose else start


def find_body(text: str, headline: str = "") -> tuple[int, int]:
    """(start, end) of the reporting: after the headline line and any block of links before the first paragraph,
    before footer and comments."""
    start = _past_sidebar(text, _body_start(text, headline))
    end = _body_end(text, start)
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
