"""staff_changes rows: when a change happened, the row builder, people in post and appointments."""
from __future__ import annotations

import re

from datetime import date

from dateutil.relativedelta import relativedelta

from ...dates import count_of, find_dates
from ...intervals import UNKNOWN, Interval, month_end
from ...numbers import Quantity
from ..sentence import STOP_MARK, Sentence
from .mentions import (
    ArticlePeople,
    PersonMention,
    article_people,
    clean_role,
    match_back,
    organisation_of,
)
from .patterns import FUTURE_NEAR, INTERIM
from .vocabulary import BOUND_WORDS

# "Former Essex County Council director | Jo Smith": a former post, a place between
_FORMER_TITLE = re.compile(r"\b(?i:former|ex-|erstwhile)\s*(?:[A-Z][\w’'-]*\s+){1,4}$")
FORMER = re.compile(r"\b(?:former(?:ly)?|ex-|previous(?:ly)?|erstwhile|(?<!and\s)then|until\s+recently)\b", re.I)  # "then director Jo Smith"
_UNTIL_AFTER = re.compile(r"\s+until\s+")
_LEFT_TOLD = re.compile(r"\bwho\s+was\b|\buntil\s+recently\b", re.I)  # a clause that tells of leaving the post
_STARTED = re.compile(r"(?:who\s+)?(?:started|joined|began|took\s+up|takes\s+up|starts|joins)\b")
_SINCE_AFTER = re.compile(r"\s+since\s+")
_BY_BODY = re.compile(r"\b(?:government|dfe|minister|ministerially|state)-$", re.I)  # "-appointed": an adjective
# A past participle just after a lower-case noun is a done deed, whatever the tense of the sentence around it.
_PARTICIPLE = re.compile(r"(?:appointed|named|hired|recruited|installed|brought\s+in|sent\s+in|drafted\s+in)\b")
_NOUN_BEFORE = re.compile(r"\b(?!(?:be|been|being|is|are|was|were|will|to|would|shall|should|could|can|must|has|have|had"
                          r"|and|or|who|which|that|newly|recently|just|also|now)\s)[a-z][\w’'-]+[’”\"']?\s+$")
_AFTER = re.compile(r"[,\s]*")
# within the paragraph; "New" only just before the role ("New director Jo Smith", not "New Forest's director")
_NEW_BEFORE = re.compile(r"(?:\b(?:new(?:ly[- ]appointed)?|incoming)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,2}|\b(?:New|Incoming)[^\S\n]+)$")
_OUTGOING_BEFORE = re.compile(r"\b(?:[Oo]utgoing|[Dd]eparting|[Rr]etiring)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,2}$")
_BY_DFE = re.compile(
    r"\bby\s+(?:the\s+)?(?:DfE|Department\s+for\s+Education|(?:Education\s+)?Secretary(?:\s+of\s+State)?)\b")
_HEAD_NOUN = re.compile(r"\s+(?:of|for|at|in|responsible|with|to)\s+")


_SINCE_ONLY = re.compile(r"\b[Ss]ince\b")
_AND = re.compile(r"\band\b")
# A national body that owns a post: "Ofsted's national director for social care".
_BODY_OWNER = re.compile(r"\b(?P<body>Ofsted|DfE|Department\s+for\s+Education)['’]s\s+(?:[\w-]+\s+)?$", re.I)
_BODIES = {"ofsted": "Ofsted", "dfe": "DfE", "department for education": "DfE"}
_UNION = re.compile(r"\b(?:Unison|Unite|GMB|NASUWT|NEU)\b")  # "Unite branch secretary Jo Smith", "Jo Smith, Unison organiser"
_OPENING = re.compile(r"\s*(?:During|In|Over|Throughout)\b")


def _nearest_date(sentence: Sentence, a: int, b: int, pos: int) -> Interval | None:
    dates = [d for d in sentence.dates if a <= d.start < b]
    return min(dates, key=lambda d: abs(d.start - pos)).interval if dates else None


def when_changed(sentence: Sentence, pos: int) -> Interval:
    """When the change at `pos` happened: a date in its own clause (after the verb when an "and" joins it to another
    statement: "has been here since 2009 and was promoted in 2012"), else a "since X" the sentence ties to it."""
    text = sentence.article.text
    a, b = sentence.clause(pos)
    first = sentence.clause(sentence.start)[1]
    opening = (_nearest_date(sentence, sentence.start, first, pos)
               if first < a and _OPENING.match(text, sentence.start) else None)
    runs_on = _SINCE_ONLY.search(text, a, b) and sentence.since(a, sentence.end)
    own = _AND.search(text, a, pos) and next((d.interval for d in sentence.dates
                                              if pos <= d.start < b and not sentence.introduced(d.start)), None)
    return (own or sentence.since(a, b) or _nearest_date(sentence, a, b, pos) or runs_on
            or opening or sentence.since(sentence.start, a) or UNKNOWN)


# ----------------------------------------------------------------------------- rows

Rows = list[tuple[str, dict]]


def change_row(rule: str, sentence: Sentence, pos: int, change: str, role: str = "", person: str = "", *, count=None,
         qualifier: str = "", organisation: str | None = None, interval: Interval | None = None,
         span: tuple[int, int] | None = None, council: str | None = None) -> tuple[str, dict]:
    council = sentence.council_before(pos) if council is None else council
    if organisation is None:
        organisation = f"{council} Council" if council else ""
    start, end = span or (None, None)
    if person and change in ("appointed", "interim_appointed"):
        article_people(sentence.article).departed.setdefault(("appointed", person), pos)
    if count is None and not person and change in CHANGES_OF_ONE and role and not is_plural(role):
        count, qualifier = 1, "exact"  # "a commissioner was appointed", "the director left": one person
    return "staff_changes", sentence.row(
        rule, start=start, end=end, council=council, interval=when_changed(sentence, pos) if interval is None else interval,
        person=person, role=clean_role(role), organisation=organisation, change=change,
        count=count, count_qualifier=qualifier if count is not None else "")


CHANGES_OF_ONE = ("appointed", "interim_appointed", "departed")  # changes of one person's post
# "will become director (in Kent) on an interim basis"
_INTERIM_BASIS = re.compile(r"(?:\s+(?:in|at|for)\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3})?"
                            r"\s+(?:on\s+an?\s+(?:interim|acting|temporary)\s+basis|temporarily)\b", re.I)


_UNTIL_BEFORE = re.compile(r"\buntil\s+$", re.I)
# Before the council of a post: "was the Assistant Director | in | Northumberland", "a job | with | Essex council"
_AT_COUNCIL = re.compile(r"\s+(?:in|at|for|with)\s+(?:the\s+)?$")


def _tenure(sentence: Sentence, end: int) -> Interval:
    """When a post named as held before was held: the period its clause states after it ("between 2012 and 2016"),
    before the date "until" gives, else at some time before the publication."""
    a, b = sentence.clause(end)
    dated = [d for d in sentence.dates if end <= d.start < b and (d.interval.start or d.interval.end)]
    if not dated:
        return sentence.before_publication()
    if _UNTIL_BEFORE.search(sentence.article.text, max(end, dated[0].start - 8), dated[0].start):
        return Interval(None, dated[0].interval.end, "before")
    since = sentence.since(end, b)  # "had been leader since 2016"
    return since or dated[0].interval


def held_row(rule: str, sentence: Sentence, start: int, end: int, role: str, person: str) -> tuple[str, dict]:
    """An in-post row for a post held before, quoted from `start` to the role's `end`: dated by its clause (`_tenure`),
    at the council named just after the role ("director | at Kent")."""
    where = next((c for s, _, c in sentence.councils if _AT_COUNCIL.fullmatch(sentence.article.text, end, s)), None)
    return change_row(rule, sentence, end, "in_post", role, person, interval=_tenure(sentence, end), span=(start, end),
                      council=where)


def _before_role(pattern: re.Pattern, sentence: Sentence, m: PersonMention) -> re.Match | None:
    """`pattern` (ending in `$`) just before the role of a mention: "Jo Smith, Kent's | new | director", "| Outgoing |
    director Jo Smith"."""
    text = sentence.article.text
    if m.kind in ("apposition", "is"):
        return pattern.search(text, m.start, m.end - len(m.role))
    return pattern.search(text, max(sentence.start, m.start - 25), m.start) if m.kind == "role_first" else None


def in_post_rows(sentence: Sentence, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """A person in post at the first mention that says so: now, or since the date the sentence gives; and new in it
    at any mention that calls them new ("The new interim director, Jo Smith," after a caption naming her in post)."""
    rows = []
    text = sentence.article.text
    for m in mentions:
        new = _before_role(_NEW_BEFORE, sentence, m)
        role = m.role or people.roles.get(m.person, "")
        outgoing = _before_role(_OUTGOING_BEFORE, sentence, m)
        told = outgoing and any(kind in ("depart", "departure") for _, kind in people.within(m.end, sentence.end)[0])
        if outgoing and not told and people.departed.setdefault(m.person, m.start) == m.start:
            # "Jo Smith, Kent's outgoing director": she is to leave the post (unless the sentence's verb tells it)
            rows.append(change_row("staff_changes.outgoing-holder", sentence, m.end, "departed", role, m.person,
                                   interval=sentence.after_publication(), span=(min(m.start, outgoing.start()), m.end)))
        if m.start not in people.in_post and not new:
            continue
        former = m.kind in ("apposition", "role_first", "was") and (
            _UNTIL_AFTER.match(text, m.end) or FORMER.search(text, max(sentence.start, m.start - 12), m.end - len(m.role))
            or m.kind == "role_first" and _FORMER_TITLE.search(text, max(sentence.start, m.start - 60), m.start))
        leaves_here = former and any(kind == "depart" for _, kind in people.within(m.end, sentence.end)[0])
        if former and not _LEFT_TOLD.search(text, max(sentence.start, m.start - 16), m.end) and not _UNTIL_AFTER.match(text, m.end):
            # "Jo Smith, Kent's former director", "then director Jo Smith": a post held before, not news of leaving it
            if not leaves_here:  # else the departure's verb tells it
                rows.append(change_row("staff_changes.former-post", sentence, m.end, "in_post", role, m.person,
                                       interval=sentence.before_publication(), span=(m.start, m.end)))
        elif former:
            # "Jo Smith, who was until recently Kent's director", "..., director until May": she left the post then
            until = _UNTIL_AFTER.match(sentence.article.text, m.end)
            date = until and next((d for d in find_dates(sentence.article.text, sentence.article.published, until.end(),
                                                         sentence.end) if d.start == until.end() and d.interval.start), None)
            if FUTURE_NEAR.search(text, m.end, sentence.end):
                continue
            if not leaves_here and people.departed.setdefault(m.person, m.start) == m.start:  # else its verb dates it
                rows.append(change_row("staff_changes.former-holder", sentence, m.end, "departed", role, m.person,
                                       interval=date.interval if date else sentence.before_publication(),
                                       span=(m.start, date.end if date else m.end)))
        elif m.kind == "held":  # "Jo Smith was director at Kent between 2012 and 2016": in post then
            rows.append(held_row("staff_changes.post-held", sentence, m.start, m.end, role, m.person))
        elif m.kind == "headed":
            a, b = sentence.clause(m.start)
            when = sentence.since(a, b) or sentence.since(sentence.start, a) or sentence.article.published
            rows.append(change_row("staff_changes.in-post", sentence, m.start, "in_post", role, m.person, interval=when))
        elif new:
            # "Jo Smith, Kent's new director": appointed shortly before publication
            # "..., will start in May": when the sentence says
            after = _AFTER.match(text, m.end).end()
            coming = FUTURE_NEAR.match(text, after) or _STARTED.match(text, after)
            when = when_by_tense(sentence, coming.end()) if coming else sentence.before_publication()
            change = "interim_appointed" if INTERIM.search(role) else "appointed"  # "the new interim director"
            rows.append(change_row("staff_changes.new-holder", sentence, m.end, change, role, m.person,
                             interval=when, span=(m.start, m.end)))
            if not coming and m.start in people.in_post:  # already in the post: in post at publication too
                rows.append(change_row("staff_changes.in-post", sentence, m.end, "in_post", role, m.person,
                                       interval=sentence.article.published, span=(m.start, m.end)))
        else:
            owner = _BODY_OWNER.search(text, m.start, m.end - len(m.role)) if m.role else None  # "Ofsted's director"
            body = owner and _BODIES[" ".join(owner["body"].lower().split())]
            union = _UNION.search(text, max(sentence.start, m.start - 20), m.end)
            rows.append(change_row("staff_changes.in-post", sentence, m.end, "in_post", role, m.person, interval=sentence.article.published,
                             span=(m.start, m.end), organisation=organisation_of(role) or body or (union and union[0])))
            since = _SINCE_AFTER.match(sentence.article.text, m.end) if m.kind == "apposition" else None
            date = since and next((d for d in sentence.dates if since.start() <= d.start <= since.end() and d.interval.start), None)
            if date:  # "Jo Smith, Kent's director since 2019,": appointed then
                rows.append(change_row("staff_changes.role-since", sentence, m.end, "interim_appointed" if INTERIM.search(role)
                                       else "appointed", role, m.person, interval=sentence.since_point(date),
                                       span=(m.start, date.end)))
    return rows


_ELSEWHERE_REACH = 120  # characters from the change to the council of the post taken


def council_elsewhere(sentence: Sentence, pos: int) -> str | None:
    """The council a post taken elsewhere is at, named after the change at `pos` ("... to take up a more senior role
    at Essex County Council", "has moved to a job with Essex council"); else None."""
    text = sentence.article.text
    return next((c for a, _, c in sentence.councils if 0 <= a - pos <= _ELSEWHERE_REACH
                 and _AT_COUNCIL.search(text, pos, a) and not STOP_MARK.search(text, pos, a)), None)


def holder_of(mentions: list[PersonMention], role: re.Match) -> str:
    """The person a role phrase belongs to ("Jo Smith, | the new mayor |, was appointed")."""
    return next((m.person for m in mentions if m.start <= role.start("role") <= m.end), "")


def when_stated_or_by_tense(sentence: Sentence, pos: int) -> Interval:
    """The date the sentence gives the change at `pos` (`when_changed`); when it gives none, by the clause's tense."""
    when = when_changed(sentence, pos)
    return when_by_tense(sentence, pos) if when == UNKNOWN else when


def when_by_tense(sentence: Sentence, pos: int) -> Interval:
    """When an undated appointment or departure happened: after publication if the clause is future, else before it."""
    text = sentence.article.text
    if _BY_BODY.search(text, max(sentence.start, pos - 15), pos):
        return sentence.before_publication()  # "a Government-appointed commissioner ... said on Monday"
    when = when_changed(sentence, pos)
    if when != UNKNOWN:
        return when
    b = sentence.clause(pos)[1]
    if _PARTICIPLE.match(text, pos) and _NOUN_BEFORE.search(text, max(sentence.start, pos - 30), pos):
        return sentence.before_publication()  # "the commissioner appointed by government": done already
    future = FUTURE_NEAR.search(text, max(sentence.start, pos - 120), b)
    return sentence.after_publication() if future else sentence.before_publication()


def is_plural(role: str) -> bool:
    """Whether a role names more than one post ("social workers", "heads of service", "management team"); an acronym
    ("DCS") names one."""
    words = _HEAD_NOUN.split(role, 1)[0].split()
    written = words[-1] if words else ""
    head = written.lower()
    return (head.endswith("s") and not head.endswith("ss") and not written.isupper()) or head in _GROUPS


_GROUPS = frozenset("team teams staff workforce leadership management personnel".split())


# Between a council's name and the post it names as its own: "Essex| County Council's new |director"
_WHOSE_POST = re.compile(r"(?:\s+[A-Z][a-z]+){0,3}[’']s\s+(?:(?:new|next|first|permanent|interim|acting)\s+)*")


def appointment_row(sentence: Sentence, pos: int, role: re.Match | str, person: str, rule: str = "staff_changes.appointment",
                 interim: bool = False, council: str | None = None) -> tuple[str, dict]:
    text = sentence.article.text
    if isinstance(role, str):
        name = role
        at = text.find(name, pos, sentence.end) if name else -1  # the post named after the verb, if it is
    else:
        name, at = role["role"], role.start("role")
        interim = interim or bool(INTERIM.search(text, max(sentence.start, role.start("role") - 25), role.end("role"))
                                  or _INTERIM_BASIS.match(text, role.end("role")))
    if council is None and at >= 0:  # "appointed director of children's services at Essex County Council", "as Essex's director"
        council = next((c for a, e, c in sentence.councils
                        if at < a < at + len(name) or e <= at and _WHOSE_POST.fullmatch(text, e, at)), None)
    a, b = sentence.clause(pos)
    return change_row(rule, sentence, pos, "interim_appointed" if interim else "appointed", name, person,
                      organisation="DfE" if _BY_DFE.search(text, a, b) else None, interval=when_by_tense(sentence, pos),
                      council=council)


def first_departure(people: ArticlePeople, person: str, pos: int) -> bool:
    """Whether this is the article's first departure of `person` (each person leaves once per article)."""
    first = people.departed.setdefault(person, pos)
    return first == pos


def first_appointment(people: ArticlePeople, person: str, pos: int) -> bool:
    """Whether no appointment of `person` was reported before `pos` in the article (rows made by `appointment_row`)."""
    return people.departed.get(("appointed", person), pos) >= pos


# Words that may stand between a count and the role it counts ("35 new front-line child protection | social workers").
# Not verbs: "12 councils | have recruited | social workers" counts the councils.
_MODIFIERS = re.compile(r"\s+(?:(?!(?:of|whom|which|who|are|were|is|was|be|been|have|has|had|will|would|the|to|and|or|in|for"
                        r"|with|from|by|at|on|than)\b)"
                        r"[a-z][a-z-]*\s+){0,4}")


def count_at(sentence: Sentence, pos: int):
    """The count that starts at `pos` ("cut | 50 posts"), if any."""
    return next((q for q in sentence.quantities if q.unit == "count" and q.start == pos), None)


def count_before(sentence: Sentence, pos: int):
    """The quantity that ends just before `pos` ("nine | practitioners"), or before a few modifiers of the role, if any."""
    text = sentence.article.text
    return next((q for q in sentence.quantities if q.unit == "count" and q.end < pos
                 and (pos - q.end <= 2 or _MODIFIERS.fullmatch(text, q.end, pos))), None)


def counted_subjects(sentence: Sentence, pattern: re.Pattern, pos: int) -> list[tuple[Quantity, re.Match]]:
    """Each count before `pos` whose words up to `pos` are all `pattern`, in text order: the counted subject of the verb
    at `pos` ("More than 100 social workers have | joined")."""
    text = sentence.article.text
    return [(q, m) for q in sentence.quantities if q.unit == "count" and q.end < pos
            for m in [pattern.fullmatch(text, q.end, pos)] if m]


def back_in_time(until: Interval, m: re.Match) -> Interval:
    """When a tenure of the duration `m` (`duration_after`) that runs to `until` (the publication, a departure) began."""
    n, unit = count_of(m["dn"]), m["du"].lower()
    half = bool(m["half"] or m["half2"])
    step = {"day": relativedelta(days=n),
            "week": relativedelta(weeks=n, days=3 * half),
            "month": relativedelta(months=n, days=15 * half),
            "year": relativedelta(years=n, months=6 * half),
            "decade": relativedelta(years=10 * n + 5 * half)}[unit]
    q = " ".join((m["q"] or "").lower().split())
    if q in BOUND_WORDS["before"] or not until.start:
        return Interval(None, until.end - step, "before")
    if q in BOUND_WORDS["after"]:
        return Interval(until.start - step, None, "after")
    start, end = until.start - step, until.end - step
    if unit in ("day", "week"):
        return Interval(start, end, "day" if start == end else "range")
    first, last = date(start.year, start.month, 1), month_end(end.year, end.month)
    if (first.year, first.month) == (last.year, last.month):
        return Interval(first, last, "month")
    whole_year = (first.month, last.month, first.year) == (1, 12, last.year)
    return Interval(first, last, "year" if whole_year else "range")
