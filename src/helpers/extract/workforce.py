"""Workforce figures (vacancies.csv) and counts of children (measures.csv).

Each quantity is read in its clause with the quantity masked as `§Q`, so a rule says
where the number sits relative to the words that name the measure ("a vacancy rate of
§Q", "§Q looked-after children").
"""
from __future__ import annotations

import re

from ..intervals import Interval
from .sentence import STATEMENT, Sentence

_TRIGGER = re.compile(
    r"vacan|strength|case\s*load|jobs|posts|roles|positions|staff|workforce|workers|turn-?over|agency|looked[\s-]+after"
    r"|in\s+care|asylum|UASC|under[\s-]+18|under\s+the\s+age|population|home\s+to", re.I)
_NOT_A_POINT = re.compile(r"(?:since|after|before|by|until|till|up\s+to|prior\s+to)\b"
                          r"|the\s+(?:past|last|next|coming)\b", re.I)

_UASC = (r"(?:unaccompanied asylum[\s-]+seeking (?:children|young people|minors)|UASC\b"
         r"|unaccompanied (?:children|minors))")
_CLA = (r"(?:looked[\s-]+after children"
        r"|(?:children|young people)(?: and young people)? (?:in (?:its |their )?care|looked after))")
_JOBS = r"(?:[\w-]+ ){0,3}?(?:jobs|posts|roles|positions)\b"
_HOLDS = (r"\b(?:has|had|have|with|looks? after|cares? for|supports?|total of|there (?:are|were)"
          r"|rose to|fell to|increased to|reached)\s(?:[\w-]+\s){0,2}?§Q")


def rx(pattern: str) -> re.Pattern[str]:
    """Compiled case-insensitively, a space matching any run of white space (PDF text breaks lines)."""
    return re.compile(pattern.replace(" ", r"\s+"), re.I)


_RULES = [(table, measure, unit, rx(pattern)) for table, measure, unit, pattern in [
    ("vacancies", "vacancy_rate", "share",
     r"vacancy rate\b[^.;§]{0,40}§Q|§Q\s*vacancy rate"
     rf"|§Q (?:of )?(?:(?:the|its|all) )?{_JOBS}\s(?:is|are|was|were|remains?|remained|stands?|stood)\s"
     r"(?:currently |still )?(?:vacant|unfilled)"),
    ("vacancies", "understrength_share", "share",
     r"under-?strength\b[^.;§]{0,40}§Q|§Q\s(?:under-?strength|short[\s-]+staffed)"),
    ("vacancies", "turnover_rate", "share",
     r"turn-?over(?: rate)?\b[^.;§]{0,40}§Q|turn-?over(?: rate)?\b[^.;§]{0,120}\brate\b[^.;§]{0,30}§Q"
     r"|§Q,?\s(?:the )?(?:national |average )?(?:staff |workforce |social worker )?turn-?over"),
    ("vacancies", "agency_share", "share",
     r"(?<![\w-])agency\b[^.;§]{0,40}§Q"
     r"|§Q\s(?:of (?:the )?(?:[\w’'-]+ ){0,3}?(?:are|were|is|was)\s(?:still |now |currently )?)?(?:agency|locum)\b"
     r"|§Q\sof (?:the )?(?:[\w’'-]+ ){0,3}?(?:are|were|is|was)\s(?:[\w-]+ ){0,3}?(?:from|through|via) agenc"),
    ("vacancies", "staff_change_share", "share",
     r"\b(?:increas|rais|ris|rose|gr[eo]w|expand|boost|cut|reduc|decreas|fell|fall|dropp|shr[ia]nk)\w*\b[^.;,§]{0,60}"
     r"\b(?:staff|workforce|social workers|employees|headcount|workers)\b[^.;§]{0,20}\bby §Q"),
    ("vacancies", "caseload_per_worker", "count",
     r"\bcase\s*loads?\b[^.;§]{0,60}§Q"
     r"|§Q\s(?:cases|children) (?:per|for each|each|a) (?:social )?(?:worker|practitioner|staff member)"),
    ("vacancies", "posts_created", "count",
     rf"§Q {_JOBS}[^.;§]{{0,40}}\b(?:created|added|established|funded|introduced)\b"
     rf"|\b(?:creat|add|establish|fund)\w*\b[^.;§]{{0,20}}§Q {_JOBS}"),
    ("measures", "uasc_share_of_national", "share",
     rf"§Q of (?:the )?(?:total )?(?:number of )?(?:all )?{_UASC}[^.;§]{{0,30}}"
     r"\b(?:country|nation|national|nationally|England)\b"),
    ("measures", "uasc_share_of_children_in_care", "share",
     rf"{_UASC}[^.;§]{{0,80}}§Q of (?:the |all )?(?:total )?(?:(?:number|population) of )?{_CLA}"),
    ("measures", "uasc_in_care", "count",
     rf"(?:{_HOLDS}|\bincluding\s(?:[\w-]+\s)?§Q)\s{_UASC}|{_UASC}\s\(§Q"
     rf"|^(?:[^§]*,\s)?§Q (?:children|young people) (?:were|are) {_UASC}"),
    ("measures", "children_in_care", "count",
     rf"{_HOLDS}\s{_CLA}|^(?:[^§]*,\s)?§Q (?:children|young people) (?:were|are) (?:being )?looked after"
     rf"|\bnumber of {_CLA}\s(?:is|was|stands at|stood at|rose to|fell to|of|at)\s(?:[\w-]+\s){{0,2}}?§Q"),
    ("measures", "children_population", "count",
     r"\b(?:home to|with|has|there are)\s(?:[\w-]+\s){0,2}?§Q\s(?:children|young people|under[\s-]+18s)"
     r"|§Q (?:children|young people)(?: and young people)? (?:aged )?under (?:the age of )?18\b[^.;§]{0,12}\bliv"
     r"|\b(?:child|under[\s-]+18) population (?:of|is|was|stands at|stood at)\s(?:[\w-]+\s){0,2}?§Q"),
]]
_OWNER = r"(?:his|her|its|their|the|[\w-]+[’']s)"
_SCOPES = [(rx(p), scope) for p, scope in [
    (rf"\bone of {_OWNER} (?:[\w’'-]+ ){{0,3}}?teams\b|\b(?:a|one) (?:single )?(?:[\w-]+ )?team\b", "one team"),
    (rf"\b(?:many|most|several|numerous|other)\b (?:of {_OWNER} )?(?:[\w’'-]+ ){{0,3}}?teams\b", "many teams"),
    (rf"\bsome (?:of {_OWNER} )?(?:[\w’'-]+ ){{0,3}}?teams\b", None),
    (r"\bone (?:area|part|service)\b", "one area"),
]]
_EVENTS = {"posts_created", "staff_change_share"}
# A figure for the whole country, not the council: "the national turnover rate", "across England".
_NATIONAL = re.compile(r"\b(?:national(?:ly)?|nationwide|across\s+(?:the\s+country|England)|in\s+England|England['’]s)\b"
                       r"[^§]{0,60}§Q|§Q[^§;]{0,30}\b(?:national(?:ly)?|nationwide|across\s+(?:the\s+country|England))\b", re.I)
_FALLS = re.compile(r"\b(?:cut|reduc|decreas|fell|fall|dropp|shr[ia]nk)", re.I)


def event_interval(sentence: Sentence, a: int, b: int) -> Interval:
    """When an event of clause text[a:b] happened: since X -> [X, publication]; else the date the clause gives;
    else its tense's side of the publication."""
    return sentence.since() or _point(sentence, a, b) or sentence.by_tense(a, b)


def state_interval(sentence: Sentence, a: int, b: int) -> Interval:
    """When a state of clause text[a:b] holds: the date the clause gives, else the publication interval."""
    return _point(sentence, a, b) or sentence.article.published


def _point(sentence: Sentence, a: int, b: int) -> Interval | None:
    """The date clause text[a:b] puts a fact at ("at 31 March 2020", "last year"): not a since, not a span."""
    text = sentence.article.text
    for d in sentence.dates:
        if a <= d.start < b and not _NOT_A_POINT.match(text, d.start) and not sentence.introduced(d.start, a):
            return d.interval
    return None


def _scope(masked: str) -> str | None:
    """What a workforce figure covers; None when the text leaves it vague ("some teams")."""
    for pattern, scope in _SCOPES:
        if pattern.search(masked):
            return scope
    return "whole service"


def _bounds(measure: str, stated: str, q) -> dict:
    """value/lower/upper/unit/qualifier; a fall in staff is a negative change."""
    value, lower, upper = q.value, q.lower, q.upper
    if measure == "staff_change_share" and _FALLS.search(stated):
        value, lower, upper = (None if v is None else -v for v in (value, upper, lower))
    return {"value": value, "lower": lower, "upper": upper, "unit": q.unit, "qualifier": q.qualifier}


def _match(masked: str, unit: str) -> tuple[str, str, re.Match] | None:
    """(table, measure, match) of the first rule of this unit that the masked clause meets."""
    for table, measure, rule_unit, pattern in _RULES:
        if rule_unit == unit and (m := pattern.search(masked)):
            return table, measure, m
    return None


def _row(sentence: Sentence, q) -> tuple[str, dict] | None:
    """The quantity's row, if its clause states one of the figures; None for vaguely scoped ones."""
    text = sentence.article.text
    a, b = sentence.clause(q.start, q.end, STATEMENT)
    masked = text[a:q.start] + "§Q" + text[q.end:b]
    found = _match(masked, q.unit)
    if found is None:
        return None
    table, measure, m = found
    scope = _scope(masked) if table == "vacancies" else ""
    if scope is None:
        return None
    council = sentence.council_before(q.start)
    if _NATIONAL.search(masked) and not _council_just_before(sentence, q.start):
        council, scope = "", "England average"
    when = (event_interval if measure in _EVENTS else state_interval)(sentence, a, b)
    return table, sentence.row(f"{table}.{measure.replace('_', '-')}", start=a, end=b, council=council, interval=when,
                               measure=measure, scope=scope, **_bounds(measure, m.group(), q))


def _council_just_before(sentence: Sentence, pos: int) -> bool:
    """Whether a council is named in the few words before `pos` ("the rate in Wirral standing at §Q")."""
    return any(pos - 40 <= end <= pos for _, end, _ in sentence.councils)


def extract(sentence: Sentence) -> list[tuple[str, dict]]:
    """vacancies.csv and measures.csv rows for the workforce figures and child counts a sentence states."""
    if not sentence.quantities or not _TRIGGER.search(sentence.article.text, sentence.start, sentence.end):
        return []
    rows = (_row(sentence, q) for q in sentence.quantities if q.unit in ("share", "count"))
    return [r for r in rows if r]
