"""Other dated milestones (events.csv): commissioners appointed, improvement boards and plans,
improvement partners, peer support directed, special measures, deadlines.

Each rule is how English reports such a step ("was appointed as a commissioner", "set up an
improvement board", "placed in special measures", "by the end of <date>"); the description is
the text's own words for it, lower-cased where it names a kind of body so that restatements
in one article stay one fact.
"""
from __future__ import annotations

import re

from ..intervals import UNKNOWN, Interval
from .ratings import GENERIC, REACH, date_after, quote_span, subject_council, within
from .sentence import Sentence, unique

_TRIGGER = re.compile(r"commissioner|improvement|action plan|special measures|ordered|directed|required|instructed")
_CREATE = (r"(?:set\s+up|establish(?:ed|es|ing|ment\s+of)?|creat(?:e|ed|es|ing|ion\s+of)|formed|launch(?:ed|es|ing)?"
           r"|convened|develop(?:ed|s|ing)?|dr[ae]wn?\s+up|drew\s+up|agreed|publish(?:ed|es|ing)?|produced?|put\s+in\s+place)")
_CREATED = rf"(?:was|were|has\s+been|have\s+been|had\s+been)\s+{_CREATE}"
_COMMISSIONER = r"(?P<d>(?:an?\s+|the\s+)?(?:independent\s+)?(?:children['’]s\s+services\s+)?commissioner\b(?:\s+to\s+\w+\s+[\w’'-]+)?)"
# (event type, how the text states it, the kind of body it names: lower-cased as the description;
# None: the matched words `d` are the description).
_RULES = [(kind, re.compile(pattern, re.I), noun and re.compile(noun, re.I)) for kind, pattern, noun in (
    ("commissioner_appointed", rf"\b(?:appointed|named|installed)\s+(?:as\s+)?{_COMMISSIONER}", None),
    ("commissioner_appointed", rf"{_COMMISSIONER}\s+(?:was|has\s+been|had\s+been)\s+appointed\b", None),
    ("improvement_board",
     rf"\b{_CREATE}\s+[^.;]{{0,40}}?\bimprovement\s+board\b|\bimprovement\s+board\b[^.;]{{0,80}}?\b{_CREATED}\b",
     r"improvement\s+board"),
    ("improvement_plan",
     rf"\b{_CREATE}\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?(?:improvement|action)\s+plan\b"
     rf"|\b(?:improvement|action)\s+plan\s+{_CREATED}\b",
     r"(?:improvement|action)\s+plan"),
    ("improvement_partner",
     r"\b(?:commissioned|appointed|engaged|brought\s+in)\s+(?P<d>[^,;.]{1,60}?\s+(?:as\s+(?:an?\s+|its\s+|their\s+)?"
     r"(?:independent\s+)?improvement\s+partner|to\s+provide\s+improvement\s+support))", None),
    ("peer_support",
     r"\b(?:ordered|directed|required|instructed)\b[^.;]{0,80}?\b(?P<d>(?:[\w-]+\s+){0,2}?"
     r"(?:managers|officials|staff|social\s+workers|leaders)\s+from\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|of|upon)\s+){1,5}?to\s+"
     r"(?:oversee|support|help|run|manage))", None),
    ("special_measures", r"\b(?:placed|put)\s+(?:in|into|under)\s+special\s+measures\b", r"special\s+measures"),
)]
_DFE = re.compile(r"\b(?:DfE|Department\s+for\s+Education|Secretary\s+of\s+State|(?:education\s+)?minister|directive"
                  r"|direction)\b", re.I)
_TIED = re.compile(r"[^,;.]{0,60}?\s(?:(?:in|on|during|from|at|of|over)\s+)?(?:the\s+)?", re.I)
_OPENER = re.compile(r"(?:After|Following)\b[^,;.]{0,80},", re.I)
_DEADLINE = re.compile(r"\b(?P<d>(?:submit|deliver|complete|produce|publish|provide|present|send|agree|implement)\w*\b[^,;.]{0,80}?)"
                       r"\s+$", re.I)
# A directed step is dated by its directive; undated, it restates one already reported.
_REQUIRES_DATE = {"peer_support"}
_EXTERNAL_ACTS = {"commissioner_appointed", "peer_support"}


def _actor(sentence: Sentence, start: int, end: int) -> str:
    """DfE when the government acts in the text around text[start:end], else blank (the council itself)."""
    near = _DFE.search(sentence.article.text, max(sentence.start, start - REACH), min(sentence.end, end + REACH))
    return "DfE" if near else ""


def _when(sentence: Sentence, kind: str, m: re.Match) -> Interval | None:
    """A date right after the step in its clause; for a directed step the directive's date; after an "After X," opener,
    the span from X to publication."""
    if kind in _REQUIRES_DATE:
        dates = within(sentence.dates, m.start() - REACH, m.start())
        return dates[-1].interval if dates else None
    when = date_after(sentence, m.end(), _TIED)
    if when:
        return when.interval
    opener = _OPENER.match(sentence.article.text, sentence.start, m.start())
    dated = opener and next((d for d in within(sentence.dates, *opener.span()) if d.interval.start), None)
    return sentence.from_date(dated.interval.start) if dated else UNKNOWN


def _description(m: re.Match, noun: re.Pattern | None) -> str:
    words = m.group("d") if noun is None else noun.search(m.group()).group().lower()
    return " ".join(words.split())


def _row(sentence: Sentence, start: int, end: int, kind: str, interval: Interval, description: str,
         actor: str) -> tuple[str, dict]:
    a, b = quote_span(sentence, start, end)
    return "events", sentence.row(f"events.{kind.replace('_', '-')}", start=a, end=b, council=subject_council(sentence, start), interval=interval,
                                  event_type=kind, description=description, actor=actor)


def _deadlines(sentence: Sentence) -> list[tuple[str, dict]]:
    """Steps due "by" an explicit date: precision before."""
    text, rows = sentence.article.text, []
    for d in sentence.dates:
        if d.relative or d.interval.precision != "before" or text[d.start:d.start + 2].lower() != "by":
            continue
        m = _DEADLINE.search(text, sentence.clause(d.start)[0], d.start)
        if m:
            rows.append(_row(sentence, m.start(), d.end, "deadline", d.interval, " ".join(m.group("d").split()),
                             _actor(sentence, m.start(), d.end)))
    return rows


def extract(sentence: Sentence) -> list[tuple[str, dict]]:
    """events.csv rows for the milestones a sentence reports."""
    text = sentence.article.text
    triggered = _TRIGGER.search(sentence.text.lower())
    due = any(d.interval.precision == "before" for d in sentence.dates)
    if not (triggered or due) or GENERIC.search(text, sentence.start, sentence.end):
        return []
    rows = _deadlines(sentence) if due else []
    for kind, pattern, noun in _RULES if triggered else ():
        m = pattern.search(text, sentence.start, sentence.end)
        when = m and _when(sentence, kind, m)
        if when:
            actor = _actor(sentence, m.start(), m.end()) if kind in _EXTERNAL_ACTS else ""
            rows.append(_row(sentence, m.start(), m.end(), kind, when, _description(m, noun), actor))
    return unique(rows)
