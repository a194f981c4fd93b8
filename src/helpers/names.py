"""People's names as articles print them: one person under a full name, a short form or an initial."""
from __future__ import annotations

import re

_TITLES = re.compile(r"^(?:mr|mrs|ms|miss|dr|cllr|councillor|sir|dame|professor|prof|lord|lady|baroness)\.?$", re.I)
# Short forms that are not the start of the full name (prefixes such as Rob/Robert need no entry).
_SHORT = {
    "bob": "robert", "bill": "william", "will": "william", "jim": "james", "dick": "richard", "tony": "anthony",
    "liz": "elizabeth", "beth": "elizabeth", "sue": "susan", "kate": "katherine", "katie": "katherine",
    "maggie": "margaret", "peggy": "margaret", "tom": "thomas", "jack": "john", "harry": "henry", "ted": "edward",
    "sandy": "alexander", "jenny": "jennifer", "becky": "rebecca", "debbie": "deborah", "mandy": "amanda",
    "sally": "sarah", "steve": "stephen", "mike": "michael", "dave": "david", "andy": "andrew", "pete": "peter",
    "jon": "jonathan", "tim": "timothy", "vicky": "victoria", "nicky": "nicola", "di": "diane", "ally": "alison",
}


def _parts(name: str) -> list[str]:
    words = [w.strip(".,").lower() for w in str(name or "").split()]
    return [w for w in words if w and not _TITLES.match(w)]


def surname(name: str) -> str:
    """The last word of a name, lower-cased ('' for no name)."""
    parts = _parts(name)
    return parts[-1] if parts else ""


def _same_first(a: str, b: str) -> bool:
    a, b = _SHORT.get(a, a), _SHORT.get(b, b)
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short) == 1 and long_.startswith(short)) or (len(short) >= 3 and long_.startswith(short))


def same_person(a: str, b: str) -> bool:
    """Whether two printed names can be one person: same surname and compatible first names
    (Rob/Robert, R./Robert, Bill/William); a blank name or a surname alone agrees with any."""
    pa, pb = _parts(a), _parts(b)
    if not pa or not pb:
        return True
    if pa[-1] != pb[-1]:
        return False
    return len(pa) == 1 or len(pb) == 1 or _same_first(pa[0], pb[0])


def _role_words(role: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", str(role).lower()) if w not in ("of", "for", "and", "the", "s")}


def _roles_agree(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and (a <= b or b <= a)


def full_names(people: list[tuple[str, str, str]]) -> dict[tuple[str, str, str], str]:
    """(organisation, name, role) -> the one fuller name the same person goes by elsewhere in the same
    organisation in an agreeing role (Sam Smith -> Samuel Smith); names with no such single
    fuller form are left out."""
    out = {}
    for org, name, role in set(people):
        longer = {n for o, n, r in people if o == org and n != name and len(_parts(n)) >= 2 and same_person(n, name)
                  and len(n) > len(name) and _roles_agree(_role_words(r), _role_words(role))}
        if len(longer) == 1:
            out[(org, name, role)] = longer.pop()
    return out
