"""Other dated milestones (events.csv): commissioners appointed, improvement boards and plans,
improvement partners, peer support directed, special measures, deadlines.

Each rule is how English reports such a step ("was appointed as a commissioner", "set up an
improvement board", "placed in special measures", "by the end of <date>"); the description is
the text's own words for it, lower-cased where it names a kind of body so that restatements
in one article stay one fact.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..corpus import Article
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
_BODY = r"(?:council|cabinet|committee|scrutiny)"
_CONTENT = r"(?!(?:and|or|at|an?|the|of|in|on|to|by|for|with|its|their|this|that|is|was|will|be)\b)[\w’'-]+"
# Other milestones a careful reader marks: meetings that decide, intervention, apologies, launches, plans sent or
# implemented, trusts, commissioners brought in, improvement notices, peer reviews, partnerships, progress reviews,
# strategies adopted, recruitment of a replacement, whistleblowing. (event type, pattern with
# the described words as group `d`). Each is dated by a date in its clause, else by its tense.
_MILESTONES = [(kind, re.compile(pattern, re.I)) for kind, pattern in (
    ("meeting",
     rf"\b(?P<d>(?:(?:full|next|special|extraordinary)\s+)?(?:{_CONTENT}\s+){{0,3}}?{_BODY}(?:\s+committee)?\s+meeting)\b"
     rf"|\b(?P<d2>meeting\s+of\s+(?:the\s+)?(?:(?:full|county|city|borough|district)\s+council\b(?![’']s)"
     rf"|(?:[\w’'-]+\s+){{0,3}}?(?:cabinet(?:\s+member)?|committee)))\b"
     rf"|\b(?:discussed|considered|endorsed|approved|rubber-stamped|scrutinised|debated)\s+by\s+(?:the\s+)?"
     rf"(?P<d3>full\s+council|cabinet|(?:{_CONTENT}\s+){{0,4}}?(?:committee|scrutiny))\b"),
    ("government_intervention",
     r"\b(?:came|come|comes|coming|placed|put|was|were|been|remain(?:s|ed)?|is|are|went|go|going)\s+(?:under|into|in)\s+"
     r"(?P<d>(?:government\s+|formal\s+|statutory\s+)?intervention)\b|\b(?P<d2>period\s+of\s+(?:government\s+|formal\s+)?"
     r"intervention)\b"),
    ("apology", r"\b(?P<d>apologi[sz](?:ed|es|e|ing))\b"),
    ("launch",
     rf"\b(?:launched|unveiled|introduced|opened)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?P<d>(?:(?:£[\d.]+m|{_CONTENT})\s+){{0,5}}?"
     r"(?:hub|programme|academy|scheme|initiative))\b"),
    ("improvement_plan",
     r"\b(?:implement(?:s|ed|ing)?|submit(?:s|ted|ting)?|sen[dt]s?|sending|came\s+up\s+with|come\s+up\s+with|drafted)\s+"
     r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?P<d>plan)\b"
     r"|\b(?P<d2>(?:draft|improvement|action|focused|recovery)\s+plan)\b[^.;]{0,60}?\b(?:has\s+been|was|were|been|will\s+be)"
     r"\s+(?:sent|submitted|approved|discussed|implemented)\b"),
    ("trust",
     r"\b(?P<d>transfer\w*\s+(?:its\s+|the\s+|their\s+)?(?:children['’]s\s+)?services\s+(?:to|into)\s+(?:an?\s+|the\s+)?"
     r"(?:[\w-]+\s+){0,3}?(?:trust|organisation|company|body))\b|\b(?P<d2>independent\s+(?:children['’]s\s+)?(?:services\s+)?trust)\b"),
    ("commissioner_appointed",
     r"\b(?P<d>commissioner)s?['’]?\s+(?:(?:will|would|is|are|was|were|has|have|had|to|be|been|now|being)\s+){0,4}"
     r"(?:brought|sent|parachuted)\s+in\b"),
    ("improvement_notice",
     r"\b(?P<d>improvement\s+notice)\b|\b(?:told|ordered|instructed|directed)\s+(?:the\s+)?(?:council|authority|it)\s+"
     r"(?P<d2>to\s+improve)\b"),
    ("peer_review", r"\b(?P<d>peer\s+(?:review|challenge))\b"),
    ("partnership",
     r"\b(?:end|ended|ending|formed|entered|agreed|signed)\s+(?:into\s+|to\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?"
     r"(?:[\w’'-]+\s+){0,2}?(?P<d>partnership)\b"),
    ("progress_review",
     r"\b(?:present|submit|publish|produce)\w*\s+(?:an?\s+|the\s+|its\s+)?(?:initial\s+|first\s+|further\s+)?"
     r"(?P<d>progress\s+report)\b|\b(?P<d2>progress\s+report)\s+(?:is|was|should\s+be|will\s+be)\s+due\b"
     r"|\b(?:will|to)\s+(?:also\s+)?(?P<d3>review\s+(?:the\s+)?(?:council['’]s\s+|its\s+|their\s+)?progress)\b"),
    ("strategy",
     r"\b(?P<d>strateg(?:y|ies))\b\s+(?:[\w’'-]+\s+){0,4}?(?:was\s+|were\s+|has\s+been\s+)?(?:adopted|approved|agreed|published"
     r"|launched)\b|\b(?:adopted|approved|agreed|published|launched)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
     r"(?P<d2>(?:[\w’'-]+\s+){0,4}?strategy)\b|\b(?P<d3>(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,6}\s+Strategy))\s+for\s+\d{4}"),
    ("recruitment",
     r"\b(?:process\s+of\s+(?:appointing|recruiting)|(?:hopes?|hoped|hoping|plans?|planning|expects?|expected|aims?)\s+to\s+"
     r"(?:appoint|recruit))\s+(?P<d>(?:an?\s+|its\s+)?(?:new\s+|permanent\s+)?(?:[\w’'-]+\s+){0,3}?"
     r"(?:replacement|DCS|director|chief\s+executive|head|leader)\w*)\b"),
    ("whistleblowing", r"\b(?P<d>whistle-?blow(?:ing|ers?)(?:\s+concerns?)?)\b"),
    ("review_commissioned",
     r"\b(?:commissioned|ordered|launched|announced|set\s+up|began|begun|opened)\s+(?:an?\s+|the\s+)?"
     r"(?P<d>(?:independent|external|serious\s+case|urgent|full|formal|public)\s+(?:review|inquiry|investigation)"
     r"|(?:inquiry|investigation))\b"),
    ("improvement_action",
     r"\b(?:(?:has|have|had)\s+taken|took|(?:is|was|are|were)\s+taking)\s+(?P<d>(?:immediate|urgent|swift|decisive|prompt)"
     r"\s+action)\s+to\s+(?:improve|make\s+improvements|address|tackle|strengthen)\b"),
    ("pilot", r"\b(?P<d>pilot\s+(?:site|area|authority))\b"),
    ("reorganisation",
     r"\b(?P<d>(?:its|the\s+council['’]s|the\s+authority['’]s)\s+formation|cease[sd]?\s+to\s+exist)\b"),
)]
_DENIED = re.compile(r"(?:\bnot|n['’]t|\bnever|\bfail\w*\s+to|\brefus\w*\s+to|\byet\s+to|\bdeclin\w*\s+to)\s+(?:\w+\s+)?$",
                     re.I)
# Words (lower case) without which a milestone's pattern cannot match: most sentences run none of them.
_KEYS = {"meeting": ("meeting", "discussed by", "considered by", "endorsed by", "approved by", "rubber-stamped by",
                     "scrutinised by", "debated by"),
         "government_intervention": ("intervention",), "apology": ("apologi",),
         "launch": ("launched", "unveiled", "introduced", "opened"),
         "improvement_plan": ("implement", "submit", "sent", "send", "came up", "come up", "drafted", "discussed"),
         "trust": ("trust", "transfer"), "commissioner_appointed": ("commissioner",),
         "improvement_notice": ("notice", "to improve"), "peer_review": ("peer",), "partnership": ("partnership",),
         "progress_review": ("progress report", "review"),
         "strategy": ("strategy", "strategies"), "recruitment": ("process of", "to appoint", "to recruit"),
         "whistleblowing": ("whistle",), "review_commissioned": ("review", "inquiry", "investigation"),
         "improvement_action": (" action",), "pilot": ("pilot",),
         "reorganisation": ("formation", "to exist")}
_NEEDS = {"improvement_plan": "plan", "progress_review": "progress"}  # a word the sentence must hold as well


def _trie(words) -> str:
    """A fast alternation of literal phrases, grouped by first letter (longest first within a group)."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


_KEY = re.compile(_trie({w for ws in _KEYS.values() for w in ws}))
_GOVERNMENT_ACTS = {"government_intervention", "commissioner_appointed", "improvement_notice"}
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
         actor: str, rule: str = "") -> tuple[str, dict]:
    a, b = quote_span(sentence, start, end)
    return "events", sentence.row(rule or f"events.{kind.replace('_', '-')}", start=a, end=b, council=subject_council(sentence, start), interval=interval,
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


def _milestone_when(sentence: Sentence, m: re.Match) -> Interval:
    """The date nearest the milestone in its clause, else its tense (future: after publication; past: before)."""
    a, b = sentence.clause(m.start(), m.end())
    dates = [d for d in within(sentence.dates, a, b) if d.end <= b and (d.interval.start or d.interval.end)]
    if dates:
        return min(dates, key=lambda d: min(abs(d.start - m.end()), abs(d.end - m.start()))).interval
    return sentence.by_tense(max(sentence.start, m.start() - 120), b)


def _milestones(sentence: Sentence, low: str, found: set[str], done: set[str]) -> list[tuple[str, dict]]:
    text, rows = sentence.article.text, []
    if not found:
        return rows
    for kind, pattern in _MILESTONES:
        if found.isdisjoint(_KEYS[kind]) or _NEEDS.get(kind, "") not in low:
            continue
        m = pattern.search(text, sentence.start, sentence.end)
        if not m or kind in done or _DENIED.search(text, max(sentence.start, m.start() - 30), m.start()):
            continue
        group = next(g for g in ("d", "d2", "d3") if g in pattern.groupindex and m.group(g))
        words = " ".join(m.group(group).split())
        description = words if words[:1].isupper() and kind in ("strategy", "launch") else words.lower()
        event_type = kind
        if kind == "meeting":
            body = description.lower()
            event_type = next((f"{w}_meeting" for w in ("scrutiny", "cabinet", "committee") if w in body), "council_meeting")
        actor = _actor(sentence, m.start(), m.end()) if kind in _GOVERNMENT_ACTS else ""
        if kind != "meeting" and _first_mention(sentence.article).setdefault(kind, m.start()) != m.start():
            break  # restated later in the article: one row per fact per article
        rows.append(_row(sentence, m.start(), m.end(), event_type, _milestone_when(sentence, m), description, actor,
                         rule=f"events.{kind.replace('_', '-')}" if kind not in ("improvement_plan", "commissioner_appointed")
                         else f"events.{kind.replace('_', '-')}-stated"))
        break  # one milestone per sentence: the first kind in the list's order
    return rows


@lru_cache(maxsize=16)
def _first_mention(article: Article) -> dict[str, int]:
    """Where the article first states each kind of milestone (filled as sentences are read, in order)."""
    return {}


def extract(sentence: Sentence) -> list[tuple[str, dict]]:
    """events.csv rows for the milestones a sentence reports."""
    text = sentence.article.text
    low = sentence.text.lower()
    triggered = _TRIGGER.search(low)
    due = any(d.interval.precision == "before" for d in sentence.dates)
    found = set(_KEY.findall(low))
    if not (triggered or due or found) or GENERIC.search(text, sentence.start, sentence.end):
        return []
    if not (triggered or due):
        return unique(_milestones(sentence, low, found, set()))
    rows = _deadlines(sentence) if due else []
    for kind, pattern, noun in _RULES if triggered else ():
        m = pattern.search(text, sentence.start, sentence.end)
        when = m and _when(sentence, kind, m)
        if when:
            actor = _actor(sentence, m.start(), m.end()) if kind in _EXTERNAL_ACTS else ""
            rows.append(_row(sentence, m.start(), m.end(), kind, when, _description(m, noun), actor))
    done = {r["event_type"] for _, r in rows}
    if "deadline" in done:
        done.add("improvement_plan")  # the plan due is the deadline's step
    return unique(rows + _milestones(sentence, low, found, done))
