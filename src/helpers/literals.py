"""Literal words and regexes: an alternation of words factored as a trie, and the words a pattern cannot match without.

A substring test (`word in text`) is far cheaper than a regex scan, so a pattern whose required words are all missing
from a text need not be run on it at all.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import product
from math import prod
from re import _constants as sre, _parser  # the parsed form of a pattern: its literals and how they combine

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
# Letters re.I matches to i or s that str.lower() does not make i or s ("İ" becomes "i" + a combining dot).
_ODD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def trie(words, space: str = r"\s+") -> str:
    """A regex for any of `words`, factored on shared prefixes so that the engine tries each letter once.

    A space in a word matches `space` (any run of whitespace); longer words win over their prefixes.
    """
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[:1], []).append(word[1:])
    parts = [(space if head == " " else re.escape(head)) + trie(tails, space)
             for head, tails in sorted(heads.items()) if head]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in heads else body


def fold(text: str) -> str:
    """The text lower-cased as `needs` words are: whatever a pattern matches, its folded words are in this."""
    low = text.lower()
    return text.translate(_ODD).lower() if "\u0307" in low or "ı" in low or "ſ" in low else low


def needs(pattern: re.Pattern) -> tuple[str, ...]:
    """Lower-case words of which a text must hold one (tested on `fold(text)`) for `pattern` to match in it: ("",) when
    the pattern requires no literal word."""
    return _needs(_parsed(pattern))


def needs_all(pattern: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Sets of lower-case words such that a text must hold one word of EACH set (tested on `fold(text)`) for `pattern`
    to match in it ("children" or "people", and "care" or "looked"), the most telling first; () when none."""
    return _needs_all(_parsed(pattern))


def _parsed(pattern: re.Pattern) -> _parser.SubPattern:
    return _parser.parse(pattern.pattern, pattern.flags)


def _needs(parsed: _parser.SubPattern) -> tuple[str, ...]:
    return _fewest(_telling(_clauses(parsed, sharp=False)) or {""})


def _needs_all(parsed: _parser.SubPattern) -> tuple[tuple[str, ...], ...]:
    clauses = {_fewest(c) for c in _clauses(parsed, sharp=True)}
    kept = [c for c in clauses if not any(d != c and _implies(d, c) for d in clauses)]
    return tuple(sorted(kept, key=lambda c: (-min(map(len, c)), len(c), c)))


def may_match(pattern: re.Pattern, low: str) -> bool:
    """Whether the folded text `low` holds a word of each set `needs_all` gives: if not, `pattern` cannot match in it."""
    return _holds_each(low, _needed_all(pattern.pattern, pattern.flags))


def _holds_each(low: str, sets: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `low` holds a word of each set, tried in order (plain loops: `in` is cheaper than any generator or map)."""
    for words in sets:
        for word in words:
            if word in low:
                break
        else:
            return False
    return True


@lru_cache(maxsize=None)
def _needed_all(source: str, flags: int) -> tuple[tuple[str, ...], ...]:
    return needs_all(re.compile(source, flags))  # keyed by the source: hashing a compiled pattern hashes its whole program


def _fewest(words: set[str]) -> tuple[str, ...]:
    """The words, sorted, without those holding another of them (any text holding "vacancy" holds "vacanc")."""
    return tuple(sorted(w for w in words if not any(v in w for v in words - {w})))


def _implies(c: tuple[str, ...], d: tuple[str, ...]) -> bool:
    """Whether a text holding one of the words `c` holds one of `d`: each word of `c` holds one of `d`."""
    return all(any(v in w for v in d) for w in c)


def _telling(clauses: list[set[str]]) -> set[str] | None:
    """The most telling of sets of words: the fewest and longest words rule out the most texts."""
    return max(clauses, key=lambda words: (min(map(len, words)), -len(words)), default=None)


_CROSS = 64  # the most sets a branch's alternatives may multiply into (else their best sets' union stands for them)


def _clauses(items, sharp: bool) -> list[set[str]]:
    """Sets of words, one of each held by every match of the parsed sequence `items`. A branch gives the union of its
    alternatives' most telling sets; `sharp`, every union of one set of each alternative (either's sets then hold)."""
    clauses, run = [], ""
    for op, av in list(items) + [(None, None)]:
        if op is sre.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            clauses.append({run})
            run = ""
        if op is sre.BRANCH:
            alternatives = [_clauses(branch, sharp) for branch in av[1]]
            if all(alternatives):
                clauses += _either(alternatives) if sharp else [set().union(*map(_telling, alternatives))]
        elif op is sre.SUBPATTERN or op in _REPEATS and av[0] or op is sre.ASSERT and av[0] == 1:
            clauses += _clauses(av[-1], sharp)  # not a lookbehind's: it may look before the text searched
        elif op is sre.ATOMIC_GROUP:
            clauses += _clauses(av, sharp)
    return clauses


def _either(alternatives: list[list[set[str]]]) -> list[set[str]]:
    """Sets of words one of which every match of one of the alternatives (each given by its sets) holds."""
    if prod(map(len, alternatives)) > _CROSS:
        return [set().union(*map(_telling, alternatives))]
    return [set().union(*choice) for choice in product(*alternatives)]


class Candidates:
    """Which of several patterns a text may match: a bit for each whose required words (`needs`, `needs_all`) it holds.
    The others cannot match in it, so they need not be run on it."""

    def __init__(self, patterns: list[re.Pattern]):
        bits: dict[str, int] = {}  # each required word: a bit for each pattern that needs it
        self._more: dict[int, tuple[tuple[str, ...], ...]] = {}  # by a pattern's bit, its other sets of words
        for i, pattern in enumerate(patterns):
            parsed = _parsed(pattern)
            first = _needs(parsed)
            for word in first:
                bits[word] = bits.get(word, 0) | 1 << i
            if more := tuple(c for c in _needs_all(parsed) if not _implies(first, c)):
                self._more[1 << i] = more  # tested once the text holds one of its words above
        self.words = tuple(bits.items())
        self._gated = sum(self._more)  # the bits of the patterns that have such sets

    def chosen(self, low: str) -> int:
        """A bit for each pattern whose required words the folded text `low` holds: one of its `needs` and one of each
        `needs_all` set."""
        chosen = 0
        for word, bits in self.words:
            if word in low:
                chosen |= bits
        gated = chosen & self._gated
        while gated:
            bit = gated & -gated
            gated ^= bit
            if not _holds_each(low, self._more[bit]):
                chosen ^= bit
        return chosen


class Alternatives:
    """A pattern of top-level alternatives searched with only those whose required words a text holds (`Candidates`):
    the others cannot match in it, so the match is the same, and found without trying them at every position."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.groupindex = pattern.groupindex
        parts = _split(pattern.pattern)
        self.parts = [re.compile(part, pattern.flags) for part in parts] if len(parts) > 1 else [pattern]
        self.candidates = Candidates(self.parts)

    def search(self, low: str, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """pattern.search(text, pos, endpos), `low` being fold(text[pos:endpos]) (or of more text around it): the
        leftmost match of the alternatives, the first of them at that position."""
        chosen, best, endpos = self.candidates.chosen(low), None, len(text) if endpos is None else endpos
        while chosen:
            bit = chosen & -chosen  # the first alternative left
            chosen ^= bit
            m = self.parts[bit.bit_length() - 1].search(text, pos, endpos)
            if m and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, low: str, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """pattern.finditer(text, pos, endpos), `low` as for `search`: nothing, without a scan, when no alternative's
        required words are in `low`."""
        if not self.candidates.chosen(low):
            return iter(())
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)


def _split(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (its "|" outside brackets and parentheses)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += pattern[i + 1:i + 2] == "^"
            i += pattern[i + 1:i + 2] == "]"  # a "]" first in a class is a literal
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return parts + [pattern[start:]]
