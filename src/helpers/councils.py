"""English local authorities: finding them in text and deciding whose story an article tells.

The gazetteer `data/councils.csv` lists every local authority in the DfE's children's
social work workforce statistics (Open Government Licence v3.0); `build_gazetteer`
rebuilds it from that CSV.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .literals import trie

GAZETTEER = "councils.csv"


# Counties a local paper names by their customary short form, read only before "Council" ("Bucks County Council")
_SHORT_FORMS = {"Buckinghamshire": "Bucks", "Cambridgeshire": "Cambs", "Derbyshire": "Derbys", "Gloucestershire": "Glos",
                "Hampshire": "Hants", "Hertfordshire": "Herts", "Lancashire": "Lancs", "Leicestershire": "Leics",
                "Lincolnshire": "Lincs", "Northamptonshire": "Northants", "Nottinghamshire": "Notts", "Oxfordshire": "Oxon",
                "Staffordshire": "Staffs", "Wiltshire": "Wilts", "Worcestershire": "Worcs"}


def _names(la_name: str) -> list[tuple[str, str]]:
    """(canonical name, alias) pairs for one DfE `la_name` (which may join two by ' / ')."""
    pairs = []
    for name in la_name.split(" / "):
        name = name.strip()
        base, _, kind = name.partition(", ")
        if kind and not kind.endswith(" of"):  # "Bournemouth, Christchurch and Poole": places, not "City of"
            base, kind = name, ""
        places = re.split(r", | and ", base)
        canonical = "".join(p[0] for p in places) if len(places) > 2 else base  # known by its initials: "BCP"
        canonical = canonical.removeprefix("County ")  # "County Durham" is Durham County Council's area
        if " upon " in base:  # known by its short name: "Newcastle", "Hull" (Kingston upon Hull)
            canonical = "Hull" if base == "Kingston upon Hull" else base.split(" upon ")[0]
        canonical = canonical.replace("St. ", "St ")  # as the council writes itself: "St Helens"
        aliases = {base, canonical}
        if kind:
            aliases.add(f"{kind} {base}")
        if "-on-" in base:  # "Stoke-on-Trent" is "Stoke" for short
            aliases.add(base.split("-on-")[0])
        if base.startswith("County "):
            aliases.add(base.removeprefix("County "))
        aliases.add(base.replace("St. ", "St "))
        if base in _SHORT_FORMS:
            aliases |= {f"{_SHORT_FORMS[base]} County Council", f"{_SHORT_FORMS[base]} Council"}
        aliases |= {alias.replace(" and ", " & ") for alias in aliases}  # "Brighton & Hove City Council"
        pairs += [(canonical, alias) for alias in sorted(aliases)]
    return pairs


def build_gazetteer(official_csv: Path) -> list[dict[str, str]]:
    """Rows (council, alias, new_la_code) from the DfE workforce CSV's local-authority rows."""
    with open(official_csv, encoding="utf-8-sig", newline="") as handle:
        las = {(r["la_name"], r["new_la_code"]) for r in csv.DictReader(handle) if r["geographic_level"] == "Local authority"}
    rows = {(c, a, code) for la_name, code in las for c, a in _names(la_name)}
    return [dict(council=c, alias=a, new_la_code=code) for c, a, code in sorted(rows)]


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """alias -> canonical council name."""
    with resources.files("helpers").joinpath("data", GAZETTEER).open(encoding="utf-8", newline="") as handle:
        return {r["alias"]: r["council"] for r in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, list[tuple[str, re.Pattern]]]:
    """First word of each alias -> its aliases, longest first (so "Kingston upon Hull" beats "Kingston"), each with
    the pattern that finds it with any white space or a hyphen between its words ("Kingston-upon-Thames")."""
    index: dict[str, list[tuple[str, re.Pattern]]] = {}
    for alias in sorted(gazetteer(), key=len, reverse=True):
        spaced = re.compile(r"(?:\s+|-)".join(map(_word_pattern, alias.split(" "))))
        index.setdefault(_FIRST_WORD.match(alias).group(), []).append((alias, spaced))
    return index


def _word_pattern(word: str) -> str:
    """An alias's word as text may write it: a compass point after the first word also in lower case ("North-east")."""
    return f"(?i:{word})" if word in _COMPASS else re.escape(word)


_COMPASS = {"North", "South", "East", "West"}
_CAPITALISED = re.compile(r"[A-Z](?<![\w-][A-Z])[\w.]*")  # the capital first: the engine skips to capitals
_FIRST_WORD = re.compile(r"[\w.]*")  # an alias's first word as _CAPITALISED reads it ("Stoke" of "Stoke-on-Trent")
_WORD_CHAR = re.compile(r"[\w-]")
_WORD_CHAR_OR_DOT = re.compile(r"[\w.]")


def find_councils(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, council) for each council named in text[start:end].

    Capitalised words are looked up by first word, then the aliases that start with it
    are tried longest first: far faster than one alternation of every name.
    """
    end = len(text) if end is None else end
    names, index, found, pos = gazetteer(), _by_first_word(), [], start
    for match in _candidates().finditer(text, start, end):
        if match.start() < pos or _inside_word(text, match.start(), start):
            continue
        word = match.group()
        for alias, spaced in index.get(word) or index.get(word.rstrip("."), ()) or _in_capitals(text, match, index):
            hit = spaced.match(text, match.start(), end)  # any white space between its words ("Kensington and\nChelsea")
            if hit and not _WORD_CHAR.match(text, hit.end()):
                located_in = found and _LOCATED_IN.fullmatch(text, found[-1][1], match.start())  # the county it is "in"
                if not (located_in or _OTHER_BODY.match(text, hit.end())):
                    found.append((match.start(), hit.end(), names[alias]))
                pos = hit.end()
                break
    return found


@lru_cache(maxsize=1)
def _candidates() -> re.Pattern:
    """The words of _CAPITALISED that may start a council, read whole: an alias's first word but its first letter (and
    any dots), or a word whose second character is no lower-case letter (a word in capitals). It skips most words
    where _CAPITALISED stops at each; the gazetteer look-up decides, as before."""
    rests = {word[1:] for word in _by_first_word()}
    return re.compile(rf"[A-Z](?<![\w-][A-Z])(?:{trie(rests)}\.*(?![\w.])|(?![a-z])[\w.]+)")


def _inside_word(text: str, pos: int, start: int) -> bool:
    """Whether the capital at `pos` is inside a word _CAPITALISED reads from an earlier capital (the "K" of "U.K"): only
    after a full stop, as the look-behind lets no other word character before a word's first."""
    if pos == start or text[pos - 1] != ".":
        return False
    first = pos - 1  # back to the start of the run of word characters and full stops that holds pos
    while first > start and _WORD_CHAR_OR_DOT.match(text, first - 1):
        first -= 1
    return _CAPITALISED.search(text, first, pos) is not None


def _in_capitals(text: str, match: re.Match, index: dict) -> list[tuple[str, re.Pattern]]:
    """The aliases a word in capitals may start where a story opens in capitals just before "Council" ("TAMESIDE
    Council has been ...", "ST HELENS Council will ..."); else none ("READING THE REPORT")."""
    word = match.group()
    if not (len(word) > 1 and word.isupper()) or not _COUNCIL_NEXT.match(text, match.end()):
        return []
    return [(alias, re.compile(spaced.pattern, re.I)) for alias, spaced in index.get(word.capitalize(), ())]


# "St Helens in Lancashire", "Medway Council in Kent": the second names where the first is, not a council of the story
_LOCATED_IN = re.compile(r"(?:\s+(?:Metropolitan\s+)?(?:Borough\s+|City\s+|County\s+|District\s+)?Council)?\s+in\s+(?:the\s+)?")
# "Kent Police", "Leeds Teaching Hospitals", "Derby County FC": a body of the area that is not its council
_OTHER_BODY = re.compile(r"\s+(?:Police|Constabulary|Fire|NHS|CCG|Clinical\s+Commissioning|Primary\s+Care"
                         r"|(?:Teaching\s+)?Hospitals?|University|College|Crown\s+Court|Magistrates|Coroner"
                         r"|(?:County\s+)?(?:Football|Cricket|F\.?C\b))")
_COUNCIL_NEXT = re.compile(r"(?:\s+[A-Z]+)?\s+Council\b")


_PLACE_SEP = re.compile(r", | and | & | with ")


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Place -> council, for each one-word place a council of several places is named after ("Windsor" of "Windsor and
    Maidenhead") that names no council of its own."""
    names, places = gazetteer(), {}
    for alias, council in names.items():
        parts = _PLACE_SEP.split(alias)
        for place in parts if len(parts) > 1 else ():
            if " " not in place and place not in names:
                places[place] = council if places.get(place, council) == council else ""
    return {place: council for place, council in places.items() if council}


def area_council(title: str) -> str:
    """The council a local title names ("Windsor Express", "Kent Online"): the first it names, else the council of
    several places one of its words names; blank if none."""
    found = find_councils(title)
    if found:
        return found[0][2]
    return next((_places()[word] for word in re.findall(r"[A-Z][\w-]*", title) if word in _places()), "")


def main_council(mentions: list[tuple[int, int, str]]) -> str:
    """The council named most often among `mentions` (the first named wins a tie); blank if none."""
    counts = Counter(c for _, _, c in mentions)
    if not counts:
        return ""
    top = max(counts.values())
    return next(c for _, _, c in mentions if counts[c] == top)
