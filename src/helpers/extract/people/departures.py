"""Leaving a post: resignations, sackings, exits, moves to another employer."""
from __future__ import annotations

import re

from ...intervals import UNKNOWN, Interval
from ..sentence import Sentence
from .mentions import (
    ArticlePeople,
    match_back,
    PersonMention,
    names_in,
    possessor,
    resolve_name,
    role_head,
    sacked_at,
    unreal_departure,
    who_left,
)
from .patterns import FUTURE_NEAR, INTERIM, LEADING_HEAD, REPLACED, TO_VERB
from .rows import (
    Rows,
    appointment_row,
    back_in_time,
    change_row,
    count_before,
    council_elsewhere,
    first_appointment,
    first_departure,
    is_plural,
    when_by_tense,
    when_changed,
    when_stated_or_by_tense,
)
from .vocabulary import CAPITALISED, DET, DURATION, FILL, ROLE, duration_after, name_pattern, words_pattern

# A leaving verb and the post elsewhere it leaves for: "left for an executive director's role at", "moved to a job with"
_FOR_A_POST = re.compile(rf"[a-z]+(?:\s+(?:on|down))?\s+(?:for|to)\s+(?:a|an|the)\s+(?:new\s+)?(?:(?P<role>{ROLE})[’']s\s+"
                         r"|(?:[\w’'-]+\s+){0,3}?)(?:role|job|post|position)\b")  # "... for an | executive director|'s role"
_POACHED_BY = re.compile(r"poached\s+by\s+(?:the\s+)?(?:neighbouring\s+|nearby\s+)?")
_LEFT = re.compile(r"(?:left|leav(?:e|es|ing)|depart(?:s|ed|ing)?|exit(?:s|ed|ing))\s+")  # before a council's name: its post left
_PAST_FORM = re.compile(r"(?:left|resigned|departed|retired|sacked|dismissed|ousted|stepped|stood|fired|lost|relieved|vacated|bowed)\b")
_JOINED = re.compile(r"join|arriv", re.I)  # joined or arrived from elsewhere: appointed here
_FOR_NOW = re.compile(r"\b(?:initially|temporarily|first|interim)\b[^.;]*$", re.I)  # "was initially | replaced by"
_REPLACED_BY = re.compile(rf"{REPLACED}\s+(?:(?:the|its)\s+)?(?:council['’]s\s+)?(?:{ROLE}\s+)?{name_pattern('n')}"
                          rf"(?:,?\s+as\s+(?:{DET}\s+)?(?:{FILL}\s+){{0,2}}?(?P<role>{ROLE}))?")  # "... by Jo Smith as director"
_OF_STAFF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\d,]+\s+)?(?P<role>(?:[\w’'-]+\s+){0,2}?(?:social\s+workers"
                       r"|staff|employees|practitioners|recruits))\b[^.;]{0,60}?\s+(?:(?:had|have|has)\s+)?(?:already\s+|since\s+)?")
_REPLACED_BY_ONE = re.compile(rf"replaced\s+by\s+(?:an?|one)\s+(?:(?:new|different|permanent|interim)\s+)?(?P<role>{ROLE})")
# "leaves Kent after three years as its director": the post a tenure named after the leaving was in
_AFTER_TENURE_AS = re.compile(duration_after(r"[^.;]{0,60}?\b(?:after|following)") + rf"\s+as\s+(?:{DET}\s+)?(?P<role>{ROLE})")
_LEFT_AS = re.compile(rf"[\w-]+(?:\s+(?:down|out|aside|on))?(?:\s+(?:from\s+|of\s+)?(?:her|his|their|the)\s+(?:role|post|job|position|duties))?(?:\s+as|(?<=role|post)\s+of|(?<=job)\s+of)\s+(?:(?:[A-Z][\w-]*\s+){{0,3}}{DET}\s+)?(?:{FILL}\s+){{0,2}}?(?P<role>{ROLE})")
_MOVED_FROM = re.compile(rf"(?:moved|joins|joined|joining|join|arrives|arrived)\s+(?:from|over\s+from)\s+(?:the\s+)?(?P<org>{CAPITALISED}(?:\s+{CAPITALISED}){{0,4}})")
_DEPARTURE_OF_NAME = re.compile(
    rf"{words_pattern('departure', 'resignation', 'exit', 'dismissal', 'sacking', 'retirement')}\s+of\s+"
    rf"(?:(?:the|its|their)\s+)?(?:(?:{FILL}\s+){{0,2}}?{ROLE},?\s+)?{name_pattern('n')}")
# One post's holder who announces their own leaving: "The council's director of children's services has announced | her"
_ROLE_ANNOUNCED = re.compile(rf"(?P<role>{ROLE})\s+(?:has\s+|had\s+)?(?:announced|confirmed|handed\s+in|tendered|submitted)"
                             r"\s+(?:her|his|their)\s+(?:(?:planned|shock|surprise|sudden|immediate)\s+)?$")
_STILL_HELD = re.compile(r"\b(?:current|outgoing|serving)\b", re.I)  # a holder who has not left yet
# From a leaving verb to the council it names: "left | ", "retired from the same job at | ", "quit as director of | ".
_FROM_AT = re.compile(r"[\w-]+(?:\s+(?:down|aside|out))?(?:\s+(?:from|as)\s+[^,.;:()]{0,50}?)?\s+(?:at|from|with|of|in)?\s*(?:the\s+)?",
                      re.I)
_LEAVING_NOUN = re.compile(r"(?:departure|resignation|exit|dismissal|sacking|retirement)\b")
# "have both | retired", "have also | stepped down" (a plural verb: the leaver is one of a list)
_BOTH = re.compile(r"\b(?:(?:have|had|were)\s+)?(?:both|all)\s+(?:(?:have|had)\s+)?$|\b(?:have|were)\s+(?:also\s+|now\s+)?$")
# A sentence that counts its subject: "Two councillors, leader Jo Smith and her deputy Ann Lee, resigned"
_COUNTED_SUBJECT = re.compile(r"(?:Two|Three|Four|Both)\s")
# between people listed as one subject, maybe after the rest of a role: "Jo Smith, director of X, and Ann Lee"
_AND_LINK = re.compile(r"(?:[^.;:]{0,80}?,\s+and\s+|\s*,?\s*(?:and\s+)?)(?:the\s+)?")  # "..., and the | cabinet member"
_DEPARTURES_INCLUDED = re.compile(r"(?:departures|exits|resignations|leavers)\s+(?:(?:have|has|had)\s+)?"
                                  r"(?:included?|including)\s+")
_DEPARTURE_OF = re.compile(
    rf"{words_pattern('departures?', 'resignations?', 'exits?', 'dismissals?', 'sackings?')}\s+of\s+(?:both\s+)?"
    rf"(?:(?:the|an?)\s+)?(?:{FILL}\s+){{0,2}}?(?P<role>{ROLE})(?:\s+and\s+(?:(?:the|an?)\s+)?(?P<role2>{ROLE}))?")

# The tenure a leaving ends: "left in July, after 15 months in post", "retired following eight years in the post and over
# 25 years at the council", "Jo Smith, who had been in place for around 18 months"
_TENURE_PLACE = r"\s+(?:in\s+(?:the\s+)?(?:post|role|job|office|charge)|at\s+the\s+(?:helm|top|council|authority|local\s+authority))\b"
_AFTER_TENURE = re.compile(duration_after(r"(?:after|following)") + _TENURE_PLACE)
_AND_TENURE = re.compile(r"\s+(?=and\s)" + duration_after("and") + _TENURE_PLACE)
_IN_PLACE_FOR = re.compile(r"(?:been|served)\s+in\s+(?:post|place|office|(?:the|her|his|their)\s+(?:post|role|job))\s+" + DURATION)


def on_moved(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith, who moved from Kent County Council": she left a post there."""
    text = sentence.article.text
    m = _MOVED_FROM.match(text, pos)
    if not m:
        return []
    names = names_in(sentence.article, max(sentence.start, pos - 120), pos)
    if not names or not TO_VERB.fullmatch(text, names[-1].end(), pos):
        return []
    person = resolve_name(names[-1]["n"], names[-1].start("n"), people.full)
    if not person or not first_departure(people, person, pos):
        return []
    left = next((c for a, _, c in sentence.councils if m.start("org") <= a < m.end("org")), None)  # the council left
    rows = [change_row("staff_changes.moved-from", sentence, pos, "departed", f"(role at) {m['org']}", person,
                       organisation=m["org"], interval=when_by_tense(sentence, pos), council=left)]
    role = people.roles.get(person, "")
    if _JOINED.match(text, pos) and first_appointment(people, person, pos):  # "who joined from Reading in 2020"
        here = sentence.council_before(pos)
        if here == left:  # not at the council left: one named elsewhere in the sentence, else the article's
            here = next((c for _, _, c in sentence.councils if c != left), sentence.council if sentence.council != left else "")
        rows.append(appointment_row(sentence, pos, role, person, "staff_changes.moved-from", bool(INTERIM.search(role)),
                                    council=here))  # not at the council left
    return rows


def _council_left(sentence: Sentence, pos: int) -> str | None:
    """The council a leaver left when the verb names it: "retired from the same job at Somerset County Council"."""
    text = sentence.article.text
    return next((c for s, _, c in sentence.councils if pos < s <= pos + 60 and _FROM_AT.fullmatch(text, pos, s)), None)


# The role of one post's holder ("the director", "Kent's chief executive"), not of many or of anyone ("a social worker")
_ONE_POST = re.compile(rf"^(?!(?:an?|any|every|each)\s)(?:(?:{DET}|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}[’']s)\s+)?"
                       rf"(?:[\w’'-]+\s+){{0,3}}?{LEADING_HEAD}\b(?!s)")
# A share of a workforce: "one in five of", "a third of", "N per cent of", "half of"
_SHARE_OF = re.compile(r"\b(?:(?:one|two|three|four|\d+)\s+in\s+(?:every\s+)?\w+|half|(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?"
                       r"|\d+(?:\.\d+)?\s*(?:%|per\s*cent))\s+of\b")


def on_depart(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith, the mayor, quit in May", "the head of fostering ... was sacked"; undated, by its tense. Not "has not
    resigned", "refused to resign" or "was urged to resign"."""
    if unreal_departure(sentence, pos):
        return []
    sacked = _sacked(sentence, pos, people)
    if sacked is not None:
        return sacked
    if _DEPARTURE_OF_NAME.match(sentence.article.text, pos):  # "the retirement of the current director, Jo Smith"
        return on_departure(sentence, pos, people, mentions)
    counted = _counted_leavers(sentence, pos)
    if counted:
        return counted
    left = _LEFT.match(people.lower, pos)  # "Jo Smith left Kent last year", "is leaving Kent"
    left_council = bool(left) and any(start == left.end() for start, _, _ in sentence.councils)
    leaver = who_left(sentence.article, people.lower, sentence.start, pos, mentions, people.full, people.roles, left_council)
    if not leaver:
        # "he would be replaced by an improvement adviser": who he is is not read
        return _replaced_by_one(sentence, pos) or _announced(sentence, pos, people)
    if leaver[0] and not first_departure(people, leaver[0], pos):  # the leaver's departure is reported already
        when = when_by_tense(sentence, pos)
        return _left_for_post(sentence, pos, people, leaver[0], when) + _successor(sentence, pos, leaver, people) \
            + _tenure_ended(sentence, pos, people, leaver[0], leaver[1], when)
    if not leaver[0] and people.lower.startswith(("leav", "mov"), pos) and not _ONE_POST.search(leaver[1]):
        return []  # "staff leaving", "when staff move on" is turnover, not a departure from a post (unlike "the DCS is leaving")
    if not leaver[0] and _SHARE_OF.search(people.lower, sentence.start, pos):
        return []  # "one in five of its social workers left": a turnover rate, not departures from posts
    when = when_changed(sentence, pos)
    if when == UNKNOWN:  # undated: "left" or "resigned" is done already, else the clause's tense tells
        when = sentence.before_publication() if _PAST_FORM.match(people.lower, pos) else sentence.by_tense(*sentence.clause(pos))
    pub = sentence.article.published
    if FUTURE_NEAR.search(sentence.article.text, max(sentence.start, pos - 30), pos) and when.start and pub.start \
            and when.start < pub.start and (not when.end or when.end <= pub.end):
        when = sentence.after_publication()  # "Jo Smith, director since 2009, is to step down": the tenure's date
    at = sentence.article.text.rfind(leaver[1], sentence.start, pos) if leaver[1] and not leaver[0] else -1
    q = count_before(sentence, at) if at >= 0 else None
    role = leaver[1]
    if not role:  # "stood down as Kent's director", "quit as leader", "will be replaced by Jo Smith as director"
        left_as = _LEFT_AS.match(sentence.article.text, pos) or _REPLACED_BY.match(sentence.article.text, pos) \
            or _AFTER_TENURE_AS.match(sentence.article.text, pos)
        role = left_as["role"] or "" if left_as else ""
    one = not q and not leaver[0] and role and not role_head(role).endswith(("s", "staff"))  # "the Director stepping down": one
    council = _council_left(sentence, pos)
    return _left_for_post(sentence, pos, people, leaver[0], when) + [
        change_row("staff_changes.depart", sentence, pos, "departed", role, leaver[0], interval=when,
                   count=q.value if q else 1.0 if one else None, qualifier=q.qualifier if q else "exact" if one else "",
                   council=council)] + [
        change_row("staff_changes.depart", sentence, pos, "departed", m.role or people.roles.get(m.person, ""), m.person,
                   interval=when, council=council) for m in _co_leavers(sentence, pos, leaver[0], people, mentions)
    ] + _successor(sentence, pos, leaver, people) + _tenure_ended(sentence, pos, people, leaver[0], role, when)


def _sacked(sentence: Sentence, pos: int, people: ArticlePeople) -> Rows | None:
    """"Kent sacked six social workers", "the minister removed Kent's director, Jo Smith, from her post": whom an active
    sacking names left (a removal only "from" a post); None when the verb is passive or names no one."""
    m = sacked_at(sentence.article.text, pos)
    if not m:
        return None
    name = m["n"] or m["n2"]
    person = resolve_name(name, m.start("n" if m["n"] else "n2"), people.full) if name else ""
    inside = not name and m["role"] and next((x for x in people.within(m.start("role"), m.end("role"))[1] if x.person), None)
    if inside:  # "sacked director of children's services Jo Smith": the role ran into the name
        person = inside.person
    if person and not first_departure(people, person, pos):
        return []
    role = inside.role if inside else m["role"] or people.roles.get(person, "")
    q = count_before(sentence, m.start("role")) if m["role"] and not person else None
    return [change_row("staff_changes.sacked", sentence, pos, "departed", role, person,
                       interval=when_stated_or_by_tense(sentence, pos), count=q.value if q else None,
                       qualifier=q.qualifier if q else "")]


def on_removed(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"The minister removed Jo Smith from her post": she left it (not "removed from government intervention")."""
    return _sacked(sentence, pos, people) or []


def _left_for_post(sentence: Sentence, pos: int, people: ArticlePeople, leaver: str, when: Interval) -> Rows:
    """The leaver's appointment to the post left for ("who left for an executive director's role at Essex County
    Council", "has moved to a job with Essex council", "was poached by Essex County Council"), when leaving."""
    post = leaver and _FOR_A_POST.match(people.lower, pos)
    poached = leaver and _POACHED_BY.match(people.lower, pos)  # "has been poached by | Essex County Council"
    elsewhere = post and council_elsewhere(sentence, pos) \
        or poached and next((c for a, _, c in sentence.councils if a == poached.end()), None)
    role = sentence.article.text[post.start("role"):post.end("role")] if elsewhere and post and post["role"] else ""
    return [change_row("staff_changes.post-elsewhere", sentence, pos, "appointed", role, leaver, interval=when,
                       council=elsewhere)] if elsewhere else []


def _tenure_ended(sentence: Sentence, pos: int, people: ArticlePeople, leaver: str, role: str, when: Interval) -> Rows:
    """The leaver's appointment that a tenure told with the leaving at `pos` dates back from it ("left in July 2013,
    after 15 months in post": appointed about April 2012); not a tenure after another leaving verb."""
    text = sentence.article.text
    m = _AFTER_TENURE.search(text, pos, sentence.end) or _IN_PLACE_FOR.search(text, pos, sentence.end)
    if not leaver or not m or not when.end or not first_appointment(people, leaver, pos) \
            or any(kind in ("depart", "departure") for _, kind in people.within(pos + 1, m.start())[0]):
        return []
    tenures = [m]
    while tenures[-1].re is not _IN_PLACE_FOR:  # "... in the post and over 25 years at the council"
        more = _AND_TENURE.match(text, tenures[-1].end())
        if not more:
            break
        tenures.append(more)
    change = "interim_appointed" if INTERIM.search(role) else "appointed"
    return [change_row("staff_changes.tenure-ended", sentence, t.start(), change, role, leaver, interval=back_in_time(when, t),
                       span=(t.end() - len(t.group().lstrip()), t.end())) for t in tenures]


def _co_leavers(sentence: Sentence, pos: int, leaver: str, people: ArticlePeople,
                mentions: list[PersonMention]) -> list[PersonMention]:
    """The others joined to the leaver by "and" when they "have both retired", "have all left" or "have also resigned",
    or the sentence counts them ("Two councillors, Jo Smith and Ann Lee, resigned")."""
    text = sentence.article.text
    if not leaver or not (_BOTH.search(people.lower, max(sentence.start, pos - 25), pos)
                          or _COUNTED_SUBJECT.match(text, sentence.start)):
        return []
    # the people named before the verb, with a post ("the leader, Jo Smith, and") or without ("Jo Smith and Ann Lee have")
    bare = [PersonMention(n.start(), n.end(), person, "", "name") for n in names_in(sentence.article, sentence.start, pos)
            for person in [resolve_name(n["n"], n.start("n"), people.full)]
            if person and not any(m.start <= n.start() < m.end for m in mentions)]
    before = sorted([m for m in mentions if m.end <= pos] + bare, key=lambda m: m.start)
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].person == leaver), None)
    joined = []
    while at and _AND_LINK.fullmatch(text, before[at - 1].end, before[at].start):
        at -= 1
        joined.append(before[at])
    return [m for m in joined if m.person != leaver and first_departure(people, m.person, m.start)]


def _counted_leavers(sentence: Sentence, pos: int) -> Rows:
    """"82 of the 172 social workers it hired last year had already left": that many left."""
    text = sentence.article.text
    for q in sentence.quantities:
        of = q.unit == "count" and q.end < pos and _OF_STAFF.fullmatch(text, q.end, pos)
        if of:
            return [change_row("staff_changes.counted-leavers", sentence, q.start, "departed", of["role"], count=q.value,
                               qualifier=q.qualifier, interval=when_by_tense(sentence, pos))]
    return []


def _successor(sentence: Sentence, pos: int, leaver: tuple[str, str], people: ArticlePeople) -> Rows:
    """"... was replaced by Jo Smith": Smith appointed to the leaver's post (interim when "initially", "temporarily")."""
    text = sentence.article.text
    unnamed = _replaced_by_one(sentence, pos)
    if unnamed:
        return unnamed
    by = _REPLACED_BY.match(text, pos)
    role = by and (leaver[1] or by["role"] or "")  # the leaver's post, when the article names it
    successor = by and resolve_name(by["n"], by.start("n"), people.full)
    if not successor:
        return []
    interim = bool(_FOR_NOW.search(text, max(sentence.start, pos - 30), pos)) or by["basis"] in ("interim", "temporary") \
        or "temporarily" in by.group()
    return [appointment_row(sentence, pos, INTERIM.sub("", role).strip(), successor, "staff_changes.replace", interim)]


def _listed_leavers(sentence: Sentence, pos: int, start: int, people: ArticlePeople,
                    mentions: list[PersonMention]) -> Rows:
    """"Departures have included chief executive Jo Smith, finance director Ann Lee and ...": each named one left."""
    return [change_row("staff_changes.departures-included", sentence, m.start, "departed", m.role or
                       people.roles.get(m.person, ""), m.person, interval=when_by_tense(sentence, pos),
                       span=(m.start, m.end))
            for m in mentions if m.start >= start and first_departure(people, m.person, m.start)]


def _replaced_by_one(sentence: Sentence, pos: int) -> Rows:
    """"... will be replaced by an improvement adviser": one appointed to an unnamed post."""
    unnamed = _REPLACED_BY_ONE.match(sentence.article.text, pos)
    return [change_row("staff_changes.replace", sentence, unnamed.start("role"), "appointed", unnamed["role"], count=1.0,
                       qualifier="exact", interval=when_by_tense(sentence, pos))] if unnamed else []


def _announced(sentence: Sentence, pos: int, people: ArticlePeople) -> Rows:
    """"The council's director has announced her retirement": one post's unnamed holder left (or will leave)."""
    announced = _LEAVING_NOUN.match(people.lower, pos) and match_back(_ROLE_ANNOUNCED, sentence.article.text, sentence.start, pos)
    if not announced or not _ONE_POST.search(announced["role"]):
        return []
    return [change_row("staff_changes.departure-announced", sentence, pos, "departed", announced["role"],
                       interval=when_by_tense(sentence, pos))]


def on_departure(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"the resignation of six managers", "the exit of the mayor and a deputy mayor"; not "calls for the resignation"."""
    if unreal_departure(sentence, pos):
        return []
    listed = _DEPARTURES_INCLUDED.match(people.lower, pos)
    if listed:
        return _listed_leavers(sentence, pos, listed.end(), people, mentions)
    named = _DEPARTURE_OF_NAME.match(sentence.article.text, pos)
    person = named and resolve_name(named["n"], named.start("n"), people.full)
    if not named and _LEAVING_NOUN.match(people.lower, pos):  # "Jo Smith's resignation", "her retirement"
        whose = possessor(sentence.article.text, sentence.start, pos, mentions, people.full, people.roles)
        person = whose[0] if whose else ""
    if person:
        if not first_departure(people, person, pos):
            return []
        still = named and _STILL_HELD.search(named.group())  # "the retirement of the current director": to come
        when = sentence.after_publication() if still else when_by_tense(sentence, pos)
        role = people.roles.get(person, "")
        return [change_row("staff_changes.departure-of-name", sentence, pos, "departed", role, person, interval=when)] \
            + _tenure_ended(sentence, pos, people, person, role, when)
    announced = _announced(sentence, pos, people)
    if announced:
        return announced
    m = _DEPARTURE_OF.match(sentence.article.text, pos)
    rows = []
    for group in ("role", "role2"):
        if m and m[group]:
            q = count_before(sentence, m.start(group))
            rows.append(change_row("staff_changes.departure", sentence, m.start(group), "departed", m[group],
                             count=q.value if q else None, qualifier=q.qualifier if q else ""))
    return rows


# "the outgoing director of children's services said", "Kent's retiring chief executive": one leading post whose holder,
# unnamed here, is about to leave it
_ON_THE_WAY = re.compile(rf"(?:outgoing|departing|retiring)\s+(?P<role>{ROLE})")
_LEADING_ROLE = re.compile(rf"^(?:(?:interim|acting|permanent|executive|corporate|strategic|deputy)\s+)*{LEADING_HEAD}\b", re.I)


def on_the_way_out(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """The unnamed outgoing holder of one leading post: one departed, after publication."""
    m = _ON_THE_WAY.match(sentence.article.text, pos)
    if not m or not _LEADING_ROLE.match(m["role"]) or is_plural(m["role"]) \
            or any(mention.start <= m.end() + 2 and mention.end >= m.start() for mention in mentions):
        return []  # "outgoing director Jo Smith": the named holder's rows tell it
    return [change_row("staff_changes.outgoing-post", sentence, m.start("role"), "departed", m["role"], count=1.0,
                       qualifier="exact", interval=sentence.after_publication())]
