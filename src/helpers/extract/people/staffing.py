"""Counted staff: hires, new teams and posts, headcount changes, starters and leavers, leadership churn."""
from __future__ import annotations

import re

from ...dates import NUMBER, count_of
from ...intervals import UNKNOWN
from ..sentence import Sentence
from ..workforce import split_change
from .mentions import (
    ArticlePeople,
    PersonMention,
    as_written,
    match_back,
    person_before,
    role_head,
    sentence_before,
)
from .patterns import ADJECTIVES, FUTURE_NEAR, INTERIM, LEADING_HEAD, TEAM
from .rows import (
    Rows,
    appointment_row,
    change_row,
    count_at,
    count_before,
    counted_subjects,
    is_plural,
    when_by_tense,
    when_changed,
    when_stated_or_by_tense,
)
from .vocabulary import ROLE

_HIRED_INTO = re.compile(r"(?:employed|recruited|hired|brought\s+in)\s+(?:in|into)\s+(?:an?|the)\s+"
                         r"(?P<role>[\w’'&-]+(?:\s+[\w’'&-]+){0,6}?)\s+(?:role|post|position|job)\b")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+&)\s+(?:(?:an?|one|[\w-]+)\s+)?(?:(?:new|newly|additional|extra|more)\s+)*")
_CANNOT = re.compile(r"\b(?:fail(?:ure|ed|ing|s)?|struggl\w*|unable|difficult\w*|hard|inability|problems?|challenges?)\b", re.I)
# "taking on | more social workers", "bring in | extra staff" (not "taking on additional cases")
_MORE = (r"\s+(?:more|extra|additional)\s+(?:[\w’'-]+\s+){0,2}?"
         r"(?:staff|social\s+workers|workers|practitioners|managers|recruits|employees)\b")
_HIRE_AT = re.compile(r"(?:employed|recruited|hired|hires|taken\s+on|brought\s+in|drafting\s+in|made\s+permanent|bec(?:ome|ame)\s+permanent"
                      rf"|(?:t(?:ook|akes?|aking)\s+on|welcomed|secured|attracted|signed\s+up)"  # staff gained, when counted
                      rf"(?=\s+(?:around\s+|about\s+|some\s+|nearly\s+)?(?!an?\s)(?:\d|(?:{NUMBER})\b)|{_MORE})"
                      r"|offered\s+(?:positions|posts|jobs)\s+to|(?P<plan>hiring|hire|recruiting|recruit"
                      rf"|bring(?:s|ing)?\s+in(?={_MORE})"  # "a drive to bring in more social workers": a plan, not hires
                      r"|employing|employ|recruitment\s+campaign\s+for))\b")
# A single post brought in: "A Government ‘commissioner’ will now be | brought in"
_ONE_BROUGHT_IN = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:new\s+)?(?:[Gg]overnment\s+|DfE\s+)?[‘“\"']?(?P<role>{ROLE})[’”\"']?\s+"
                             r"(?:(?:will|would|has|had|is|was)\s+)?(?:now\s+|also\s+)?(?:be\s+|been\s+|being\s+)?$")
# Staff in post, not hired: "two workers are employed", "it currently employs 386", "149 agency social workers employed in"
_EMPLOYED_NOW = re.compile(r"\b(?:(?:is|are)\s+(?:currently\s+|now\s+|also\s+)?|(?:currently|still)\s+"
                           r"|(?:staff|workers|employees|practitioners|managers)\s+)$", re.I)
# Hires still to be made ("plans to recruit", "will be hired", "wants to invest in hiring") are posts created.
_PLANNED = re.compile(r"\b(?:will|would|shall|plans?|planning|wants?|aims?|hopes?|intends?|proposals?|proposed|seeks?|bid)\b"
                      r"|\bto\s+be\s+(?:hired|recruited|employed)|\bare\s+to\s+be\b"
                      r"|\b(?:drive|campaign|push)\s+to\s+$", re.I)  # "a recruitment drive to | take on 30": under way
# Before a hiring verb in -ing: "the council is | taking on 16 extra staff" (under way, not done)
_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?:now\s+|also\s+|currently\s+)?$", re.I)
# A gerund of hiring that reports hiring done: "after hiring more social workers", "has been recruiting".
_DONE = re.compile(r"\b(?:after|since|by|been)\s+$", re.I)
# ..., or a participle after a comma whose main clause is done: "it had gone further, | recruiting more staff".
_AFTER_COMMA = re.compile(r",\s+$")
_PERFECT = re.compile(r"\b(?:had|has|have)\s+(?!to\b)\w+", re.I)
_STAFF_HEADS = frozenset(("staff", "workers", "practitioners", "managers", "employees", "leaders", "officers", "advisers",
                          "recruits", "carers", "assistants"))
_PERFECT_PASSIVE = re.compile(r"\s+(?:(?:have|has|had)\s+been|were|was)\s+(?:\w+ly\s+)?")
_HIRINGS = re.compile(r"(?:hirings|new\s+hires|new\s+recruits)\b")
_HIRED_ITEM = re.compile(rf"(?<![\w-])(?:(?P<a>[Aa]n?|[Oo]ne)\s+(?P<pre>(?:(?!(?:of|lot|number|few|couple|new|additional|extra|as|to|from|for)\b)"
                         rf"[a-z-]+\s+){{0,2}}?))?(?P<more>(?:(?:new|newly|additional|extra|more|further)\s+)*)"
                         rf"(?P<role>(?:(?:experienced|permanent|qualified|full-time|overseas|international|foreign|in-house)\s+)*{ROLE})")
_TEAM_HAS_BEEN = re.compile(
    rf"\b(?:(?:an?|the)\s+)?(?:(?:new|extra|additional|further)\s+)*{TEAM}(?:\s+of(?:\s+[\w’'-]+){{1,3}}?)?"
    r"\s+(?:(?:has|have|had)\s+been|was|were)\s+$")  # "a new unit has been set up", "a team was formed"
_CREATED_TEAM = re.compile(
    rf"(?:set(?:s|ting)?\s+up|establish(?:ed|es|ing)?|creat(?:e|ed|ing)|form(?:ed|ing)|launch(?:ed|es|ing)?|introduc(?:ed|ing)|hire)\s+"
    rf"(?:(?:an?|the)\s+(?:[\w’'-]+\s+){{0,5}}?"
    rf"|(?=(?:[\w’'-]+\s+){{0,2}}?teams\s+of\b)){TEAM}")  # "create teams of professionals"
_ONE_TEAM = re.compile(r"(?<![\w’'-])(?:an?|one)\s+(?:[\w’'-]+\s+){0,5}?(?:team|unit)$")
_NO_ROLE_AFTER = re.compile(r"\s*(?:[,.;]|$)|\s+(?:that|this|last|in|during|over|since|per|each|every|a\s+year)\b")
# "five new social work teams", "44 new posts": a count, then new/additional, then at most three words before the noun
_NEW_UNITS = re.compile(r"(?:teams|posts|roles|jobs|positions)\b")
_COUNTED_NEW = re.compile(r"\S+\s+(?P<role>(?:new|additional|extra)\s+(?:[\w’'-]+\s+){0,3}?)"
                        r"(?:teams|posts|roles|jobs|positions)$")
_TEAM_VERB = re.compile(r"(?:created|established|set\s+up|formed|launched|developed)\b")
_JOBS = re.compile(r"\s+(?P<role>(?:[\w’'-]+\s+){0,4}?(?:jobs|posts|roles|positions))\b")
# "will fund | 82 more staff", "funds an extra 12 social workers", "funding for 10 more social workers", "will pay for 20
# social workers": that many posts paid for
_FUNDS = re.compile(rf"(?:fund(?:s|ed)?|(?:funding|pay|pays)\s+for)\s+(?:an?\s+(?:extra|additional|further)\s+)?(?:\d|(?:{NUMBER})\b)")
_JOBS_VERB = re.compile(r"(?:created|added|established|funded|introduced|recruitment\s+drive)\b")
_GREW_STAFF = re.compile(
    r"(?:(?:increas|reduc|boost|expand|doubl|rais)(?:e|ed|ing)|cut|cutting|grown|grew|halved)\s+"
    r"(?:(?:the|its|their)\s+(?:number|size)\s+of\s+|its\s+|their\s+|(?P<n>\d[\d,]*)\s+(?=(?:[\w’'-]+\s+){0,3}?(?:posts|jobs|roles|staff)\b)"
    # "reduced agency staff numbers", "boosted frontline staff across its services"
    r"|(?=(?:(?:agency|frontline|front-line|permanent|social\s+work|qualified)\s+)?(?:staff|social\s+workers)"
    r"(?:\s+numbers\b|\s+(?:across|in|at)\s)))"
    # not "changes of social workers", "focus on staff", "social workers’ caseloads"
    r"(?P<role>(?:(?!(?:of|on|for|to|and|in)\b)[\w’'-]+\s+){0,2}?"
    r"(?:staff|social\s+workers|practitioners|workforce|employees|managers|headcount|(?<=\d\s)(?:[\w’'-]+\s+){0,3}?(?:posts|jobs|roles)))\b(?![’'])(?!\s+(?:turnover|sickness|absence|caseloads?|morale|pay|wages|salar\w+|training|costs?|budgets?|surveys?|wellbeing"
    r"|retention|vacanc\w+|shortages?|capacity|support|development)\b)"
    r"(?:\s+(?:(?:in|at|across)\s+(?:its\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?services?\s+)?by\s+(?P<by>\d[\d,]*)(?!\s*(?:%|per\s*cent)))?")
# "the number of agency staff in social work roles has fallen | from 210 to 144": a change of that many
_FROM_TO = re.compile(r"[a-z]+\s+from\s+(?P<a>[\d,]+)\s+to\s+(?P<b>[\d,]+)\b")
_STAFF_SUBJECT = re.compile(
    r"(?:(?:the\s+)?(?:number|size|total)\s+of\s+)?(?P<role>(?<![\w’'-])(?:(?!(?:the|its|their)\s|[\w-]+[’']s\s)[a-z][\w’'-]*\s+){0,3}?"
    r"(?:staff|social\s+workers|practitioners"
    r"|employees|managers|positions|posts|(?:social\s+worker|staff|worker|employee)\s+numbers|workforce|headcount)"
    r"(?:\s+in\s+(?:[\w’'-]+\s+){1,3}?roles)?)(?:\s+(?:at|in|across)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"  # "... at Kent"
    r"\s+(?:(?:has|have|had|were|was|is|are)\s+)?(?:been\s+)?$")
_STAFF_CUTS = re.compile(r"cut-?backs?\b|cuts\b")
_STAFF_BEFORE = re.compile(r"(?P<role>staff|workforce|jobs?|posts?)\s+$")
_HEDGE = re.compile(r"\b(?:probably|perhaps|seems?|may\s+have|might|could)\b")
# Cuts only feared or foreseen: "unions warned that staff cuts will hit services"
_FEARED = re.compile(r"\b(?:warn\w*|fears?|feared|threat\w*|risk|will|would|(?-i:may)|possible|potential|proposed)\b", re.I)
# "The department has had six heads since 2013": a count of leaders
_HAS_HAD = re.compile(rf"ha(?:s|ve)\s+had\s+(?P<n>{NUMBER})\s+(?:different\s+)?(?P<role>{ROLE}|heads|bosses)\b")
# "There were 43 new starters last year", "35 leavers"
# "eight different | directors of children's services": a count of one post's holders
_DIFFERENT = re.compile(rf"different\s+(?P<role>{ROLE})")
_STARTERS = re.compile(r"(?:starters|joiners|leavers)\b")
_STAFF_WORDS = re.compile(r"\b(?:staff|social\s+workers|employees|workforce|practitioners)\b(?![^.]{0,50}care\s+leavers)")
_SET_OF = re.compile(rf"(?:set|round|wave)\s+of\s+(?P<role>{ROLE}(?:\s+and\s+{ROLE})?)")
_GONE = re.compile(r"come\s+and\s+gone\b")
_ROLE_HAVE = re.compile(rf"(?P<role>{ROLE})\s+(?:have|has|had)\s+(?:since\s+)?$")
# "the council's new management team", "a new and highly experienced senior leadership team": the leaders changed
_NEW_BEFORE_TEAM = re.compile(r"\bnew\s+(?:and\s+(?:highly\s+|very\s+)?[\w-]+\s+)?(?P<kind>(?:(?:senior|political|corporate)\s+)?)$")
_TEAM_AT = re.compile(r"(?:management|leadership)\s+team|political\s+leadership")
# "changes to the management team", "churn in the senior leadership team", "turnover among its political leadership"
_CHANGES_IN = re.compile(r"(?:(?:changes?|churn|turnover)[”\"’']?\s+(?:in|to|of|among|within|at)"
                         r"|chang(?:ed|ing)\s+(?=(?:the|its|their)\s))\s*(?:(?:the|its|their|[\w-]+[’']s)\s+)?"
                         r"(?P<role>(?:senior\s+|political\s+|corporate\s+)?(?:leadership|management)(?:\s+team)?"
                         r"(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+services)?)?)\b")


def on_hire(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """Counted hires in the clause of a hiring verb ("nine practitioners and a team manager were hired")."""
    hirings = _HIRINGS.match(people.lower, pos)
    if hirings:  # "hirings made since September"; "including 14 new recruits": that many hired
        q = count_before(sentence, pos)
        return [change_row("staff_changes.hire", sentence, pos, "hired", hirings.group() if q else "",
                           count=q.value if q else None, qualifier=q.qualifier if q else "")]
    at = _HIRE_AT.match(people.lower, pos)
    text = sentence.article.text
    if not at or at.group() in ("employed", "employ") and _EMPLOYED_NOW.search(text, max(sentence.start, pos - 20), pos):
        return []  # "two advocacy workers are employed through the service": staff in post, not hired
    if _not_own_hires(sentence, pos, at):
        return []
    done = _DONE.search(text, max(sentence.start, pos - 20), pos) \
        or (_AFTER_COMMA.search(text, max(sentence.start, pos - 3), pos) and _PERFECT.search(text, sentence.start, pos))
    planned = (at["plan"] and not done) or _PLANNED.search(text, max(sentence.start, pos - 50), pos) \
        or at.group().startswith("taking") and match_back(_PROGRESSIVE, text, sentence.start, pos, 30)
    planned = planned or _AGENT_HIRED.match(text, at.end())  # "hired an agency to find 60 social workers": a target
    change = "posts_created" if planned else "hired"
    into = _HIRED_INTO.match(text, pos)
    before = into and person_before(sentence.article, sentence.start, pos, mentions, people.full, people.roles)
    if before:
        return [appointment_row(sentence, pos, into, before[0], "staff_changes.hired-into-role")]
    if planned and _CANNOT.search(text, max(sentence.start, pos - 50), pos):
        return []  # "a failure to recruit", "struggling to recruit": no posts
    one = at.group().startswith("brought") and match_back(_ONE_BROUGHT_IN, text, sentence.start, pos)
    if one and not is_plural(one["role"]):  # "A Government 'commissioner' will now be brought in": one appointed
        return [appointment_row(sentence, pos, one, "")]
    return _bare_count(sentence, at.end(), pos, change) or counted_hires(sentence, pos, change, counted_only=bool(planned))


# Hiring done by others than the council: "councils across England hired", "the NHS recruited", "Scotland has hired"
_OTHER_EMPLOYER = re.compile(r"\b(?:(?i:councils|(?:local\s+)?authorities|hospitals?|schools?|charit(?:y|ies)|agencies)|NHS|scheme"
                             r"|[Pp]olice|Ofsted|unions"
                             r"|programme|England|Scotland|Wales|Northern\s+Ireland|UK|Britain|country)\b")
_SUBJECT_GAP = re.compile(r"(?:\s+(?:across|in|throughout)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?\s+(?:(?:have|has|had|also|now|then|between"
                          r"\s+them|together|collectively)\s+){0,3}$")
# "employed | 300 social workers": staff had, not taken on (unlike "three social workers already employed")
_COUNT_NEXT = re.compile(rf"\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|only|just)\s+)?(?:\d|(?:{NUMBER})\b)", re.I)
# ... unless they are new: "employed | 18 new social workers last year"
_NEW_NEXT = re.compile(rf"{_COUNT_NEXT.pattern}[\w,.-]*\s+(?:new|newly|additional|extra)\b", re.I)
# Agency staff used, not hired: "58 social workers were hired from agencies"
_FROM_AGENCIES = re.compile(r"[^,.;]{0,45}?\b(?:from|through|via)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?agenc(?:y|ies)\b", re.I)
# Not a plan of the council's: a need ("must recruit"), an activity named ("Recruiting 30 more would cost ...")
_NEED = re.compile(r"\b(?:must|needs?\s+to|need(?:ed)?\s+to|ought\s+to|should)\s+$", re.I)
# A body hired to find staff: the staff counted after it are a target ("hired a recruitment agency to find 60 ...")
_AGENT_HIRED = re.compile(r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agency|firm|company|consultancy|headhunters?)\s+to\s+", re.I)


def _not_own_hires(sentence: Sentence, pos: int, at: re.Match) -> bool:
    """Whether the hiring at `pos` is not the council's hiring of its staff: done by the sector or another body (its
    subject, just before the verb, names them, or the clause speaks of England), staff had rather than taken on
    ("the council employed 300 social workers"), agency staff used ("hired from agencies"), a need ("must recruit")
    or hiring named as an activity ("Recruiting 30 more would cost ...")."""
    text, verb = sentence.article.text, at.group()
    a = sentence.clause(pos)[0]
    return bool(_by_others(sentence, pos)
                or verb == "employed" and _COUNT_NEXT.match(text, at.end()) and not _NEW_NEXT.match(text, at.end())
                or _FROM_AGENCIES.match(text, at.end()) and not verb.startswith("bec")
                or match_back(_NEED, text, a, pos, 20)
                or pos == sentence.start and at["plan"])


def _by_others(sentence: Sentence, pos: int) -> bool:
    """Whether the change at the verb `pos` is made by others than the council: its subject, just before the verb,
    names the sector or another body ("councils across England hired", "the NHS recruited", "police have set up"; not
    the government, which puts posts into councils), or the sentence speaks of England before it and names no
    council."""
    text = sentence.article.text
    return any(_SUBJECT_GAP.fullmatch(text, m.end(), pos) for m in _OTHER_EMPLOYER.finditer(text, sentence.start, pos)) \
        or bool(sentence.spans_of("AREA", sentence.start, pos)) and not sentence.councils


def _bare_count(sentence: Sentence, end: int, pos: int, change: str) -> Rows:
    """"had around 115 social workers, and recruited around 35 that year": a count right after the verb, with no role
    after it, counts the staff named before the verb."""
    text = sentence.article.text
    q = next((q for q in sentence.quantities if q.unit == "count" and 0 < q.start - end <= 2), None)
    if not q or not _NO_ROLE_AFTER.match(text, q.end):
        return []
    roles = list(_HIRED_ITEM.finditer(text, sentence.start, pos))
    if not roles:
        return []
    return [change_row("staff_changes.hire", sentence, q.start, change, (roles[-1]["pre"] or "") + roles[-1]["role"],
                       count=q.value, qualifier=q.qualifier, interval=_hire_when(sentence, pos, change))]


def _hire_when(sentence: Sentence, pos: int, change: str):
    """When hires at `pos` happened: the date the text ties to them, else a plan as of publication, a hire before it."""
    when = when_changed(sentence, pos)
    if when == UNKNOWN:
        when = sentence.article.published if change == "posts_created" else when_by_tense(sentence, pos)
    return when


def counted_hires(sentence: Sentence, pos: int, change: str = "hired", counted_only: bool = False,
                  rule: str = "staff_changes.hire") -> Rows:
    """Each counted post in the clause at `pos` ("three team managers, five social workers and an adviser")."""
    rows, text = [], sentence.article.text
    a, b = sentence.clause(pos)
    when = _hire_when(sentence, pos, change)
    last = None
    for m in _HIRED_ITEM.finditer(text, a, sentence.end):
        if m.start() >= b and not (last is not None and _LIST_GAP.fullmatch(text, last, m.start())):
            break  # the list goes on past the clause only item by item ("three managers, five social workers")
        q = count_before(sentence, m.start())
        q = None if q and q.end <= pos < m.start() else q  # "12 councils | have recruited | social workers"
        if q and match_back(_OWN_TOTAL, text, a, q.start, 8):
            continue  # "brought in specialists to lead its 500 staff": the staff it has
        if NOT_STAFF.search(text, q.start if q else m.start(), m.end()):
            continue  # "recruited 30 foster carers", "25 student social workers"
        one = bool(m["a"]) or bool(m["more"]) and _one_post_taken(m["role"], text, m) != "hired"  # "hires new director"
        more = not q and not one and _uncounted_hire(text, m, pos)
        if q or (one and not counted_only) or (more and not counted_only):  # "hired more social workers": uncounted
            last = m.end()
            role = (m["pre"] or "") + m["role"]
            rows.append(change_row(rule, sentence, m.start("role"), _one_post_taken(role, text, m) if one else change,
                                   role, count=q.value if q else None if more else 1.0,
                                   qualifier=q.qualifier if q else "" if more else "exact", interval=when))
    return rows


_OWN_TOTAL = re.compile(r"\b(?:its|their|our|his|her)\s+$", re.I)
_LEADING_POST = re.compile(rf"(?<![\w-]){LEADING_HEAD}\b")
# People who are not the council's staff: trainees, volunteers, carers, councillors, members of a panel or board
NOT_STAFF = re.compile(r"\b(?:students?|trainees?|apprentices?|volunteers?|mentors?|carers?|adopters?|councillors?"
                       r"|members(?!\s+of\s+staff)|inspectors)\b", re.I)


def _one_post_taken(role: str, text: str, item: re.Match) -> str:
    """The change of one leading post hired ("hired a new chief executive", "brought in an interim director"): appointed
    or interim_appointed, like any appointment; one of the staff ("recruited a social worker") is hired."""
    if not _LEADING_POST.search(role) or is_plural(role):
        return "hired"
    return "interim_appointed" if INTERIM.search(text, item.start(), item.end()) else "appointed"


def _uncounted_hire(text: str, item: re.Match, pos: int) -> bool:
    """Whether a hiring verb at `pos` reports staff hired without a count: "recruited more social workers", "additional
    managers have been recruited"; not a habit ("additional agency staff are recruited") or a type ("newly qualified")."""
    more = item["more"].split()
    if not more or "newly" in more or role_head(item["role"]) not in _STAFF_HEADS:
        return False
    if item.end() <= pos:
        return bool(_PERFECT_PASSIVE.fullmatch(text, item.end(), pos))
    return 0 <= item.start() - pos <= 50


# The staff of the sentence before broken down: "... hiring an additional 160 social care staff. These will include |
# 115 social workers, 18 senior social workers and 22 deputy team managers"
_BREAKDOWN_SUBJECT = re.compile(r"(?:These|They|Those|The\s+(?:new\s+|extra\s+|additional\s+)?(?:posts|roles|jobs|staff|recruits))"
                                r"\s+(?:will\s+|would\s+)?$")
# "boost the team by 20 staff", "an increase in the number of full-time posts from 313 to 473"
_MORE_STAFF = re.compile(r"\b(?:increase|boost|grow|expand)\w*\b[^.;]{0,45}?\b(?:by\s+\S+\s+(?:people|staff|posts)"
                         r"|(?:people|staff|posts)\s+from\s+\S+\s+to)\b", re.I)


def on_breakdown(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """The counted posts a sentence opening "These will include" lists, when the sentence before hires or plans staff:
    hires, or posts planned if it plans them."""
    text = sentence.article.text
    if not _BREAKDOWN_SUBJECT.fullmatch(text, sentence.start, pos):
        return []
    previous = sentence_before(sentence.article, sentence.start)
    before = previous.text if previous else ""
    if not (_HIRE_AT.search(before.lower()) or _MORE_STAFF.search(before)):
        return []
    return counted_hires(sentence, pos, "posts_created" if _PLANNED.search(before) else "hired", counted_only=True,
                         rule="staff_changes.breakdown")


def on_create(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"A triage team has been formed", "launched a rapid response team", "12 roles have been funded", "the money will
    fund 82 more staff"; none made by others ("police have set up a new team")."""
    low, text = people.lower, sentence.article.text
    if _by_others(sentence, pos):
        return []
    rows = []
    team = _TEAM_VERB.match(low, pos) and match_back(_TEAM_HAS_BEEN, low, sentence.start, pos)
    team = team or _CREATED_TEAM.match(low, pos)
    if team and not _TEAM_AT.search(team["role"]):  # "a permanent leadership team was established": leaders, not a new team
        one = _ONE_TEAM.search(team.string, team.start(), team.end("role"))  # "a new team": one (as for a singular)
        rows.append(change_row("staff_changes.create", sentence, team.start("role"), "team_created",
                               ADJECTIVES.sub("", as_written(text, team)), count=1.0 if one else None,
                               qualifier="exact" if one else "", interval=when_by_tense(sentence, pos)))
    if _FUNDS.match(low, pos):
        rows += counted_hires(sentence, pos, "posts_created", counted_only=True, rule="staff_changes.create")
    elif _JOBS_VERB.match(low, pos):
        for q in sentence.quantities:
            jobs = q.unit == "count" and _JOBS.match(low, q.end, sentence.end)
            if jobs and (0 <= pos - jobs.end() <= 30 or 0 <= q.start - pos <= 30):
                role = ADJECTIVES.sub("", as_written(text, jobs))
                rows.append(change_row("staff_changes.create", sentence, q.start, "posts_created", role, count=q.value,
                                       qualifier=q.qualifier, interval=when_by_tense(sentence, pos)))
    return rows


def on_counted_new(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"The proposals include five new social work teams", "three new teams have been created", "investment in 44 new
    social work posts": that many teams or posts created (planned or done, by tense)."""
    noun = _NEW_UNITS.match(people.lower, pos)
    counted = noun and match_back(_COUNTED_NEW, people.lower, sentence.start, noun.end(), 80)
    q = counted and count_at(sentence, counted.start())
    if not q:
        return []
    role = ADJECTIVES.sub("", sentence.article.text[counted.start("role"):noun.end()])
    change = "team_created" if noun.group().startswith("team") else "posts_created"
    return [change_row("staff_changes.counted-new", sentence, counted.start("role"), change, role, count=q.value,
                       qualifier=q.qualifier, interval=when_by_tense(sentence, pos))]


# "the number of social workers has risen | by 35", "staff numbers fell | by 12 to 300" (not "by 10%")
_BY_COUNT = re.compile(rf"[a-z]+\s+by\s+(?P<n>\d[\d,]*|(?:{NUMBER})\b)(?!\s*(?:%|per\s*cent|percent|points?\b))")
# "100 jobs | will be cut", "ten social worker posts are set to be | cut"
_CUT_PASSIVE = re.compile(r"\s+(?P<role>(?:[\w’'-]+\s+){0,3}?(?:jobs|posts|roles|positions))\s+"
                          r"(?:(?:will|would|could|are|were|is|was|have|has|had|set|due|expected|to|be|been|being)\s+){1,4}")

_OBJECT_BEFORE = re.compile(r"\b(?:on|for|of|in|to|with|from|by|at)\s+$", re.I)  # "spending on | 100 jobs will be cut"


def _by_count(sentence: Sentence, pos: int, low: str) -> Rows:
    """A number of staff that rose or fell "by N" (the subject before the verb at `pos`): a change of N."""
    text = sentence.article.text
    by = _BY_COUNT.match(low, pos)
    subject = by and match_back(_STAFF_SUBJECT, low, sentence.start, pos)
    q = subject and count_at(sentence, by.start("n"))
    if not q:
        return []
    count = q.value if q.value is not None else count_of(by["n"])  # "by 35 to 300" read as one range
    return [change_row("staff_changes.staff-by", sentence, subject.start("role"), "headcount_change",
                       as_written(text, subject), count=count, qualifier=q.qualifier,
                       interval=when_stated_or_by_tense(sentence, pos))]


def _posts_cut(sentence: Sentence, pos: int) -> Rows:
    """Counted jobs or posts that "will be cut" at `pos`: a change of that many."""
    text = sentence.article.text
    cut = [(q, m) for q, m in counted_subjects(sentence, _CUT_PASSIVE, pos)
           if not match_back(_OBJECT_BEFORE, text, sentence.start, q.start, 12)]
    if not cut:
        return []
    q, posts = cut[-1]
    return [change_row("staff_changes.staff-by", sentence, posts.start("role"), "headcount_change", posts["role"],
                       count=q.value, qualifier=q.qualifier, interval=when_stated_or_by_tense(sentence, pos))]


# Jobs going, as the counted subject of the verb at the anchor: "Thirty posts will | go", "up to 100 jobs are | at risk",
# "12 posts | deleted"; or staff going: "eight managers are expected to | go", "20 social workers | face redundancy"
_AT = r"(?:\s+(?:at|in|across)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"  # "... at Kent County Council"
_AUX = r"(?:(?:will|would|could|may|might|are|were|is|was|have|has|had|set|due|expected|likely|now|to|be|been|being)\s+)"
_JOBS_SUBJECT = re.compile(rf"\s+(?P<role>(?:[\w’'-]+\s+){{0,3}}?(?:jobs|posts|roles|positions)){_AT}\s+{_AUX}{{0,4}}")
_STAFF_SUBJECT_GOING = re.compile(rf"\s+(?P<role>(?:[\w’'-]+\s+){{0,3}}?(?:staff|social\s+workers|workers|managers|employees"
                                  rf"|practitioners|officers)){_AT}\s+{_AUX}{{0,4}}")
_NOT_GONE = r"un(?!der\b)\w+|to|towards|on|into|up|down|through|without|ahead|back|out|and"  # "go unfilled", "go to"
_JOBS_GO = re.compile(rf"(?:go|disappear)\b(?!\s+(?:{_NOT_GONE}|vacant)\b)|(?:lost|axed|deleted|scrapped|slashed|shed|at\s+risk)\b")
_STAFF_GO = re.compile(rf"go\b(?!\s+(?:{_NOT_GONE})\b)"
                       r"|(?:made\s+redundant|fac(?:e|es|ing)\s+redundancy|los(?:e|ing)\s+their\s+jobs)\b")
# ... or the counted object of an active verb: "plans to axe | 50 jobs", "will shed 30 posts", "lost 30 jobs"
_CUTTING = re.compile(r"(?:ax(?:e|es|ed|ing)|shed(?:s|ding)?|scrap(?:s|ped|ping)?|delet(?:e|es|ed|ing)|slash(?:es|ed|ing)?"
                      r"|los(?:e|es|ing)|lost)\s+")
_JOBS_OBJECT = re.compile(r"\s+(?P<role>(?:[\w’'-]+\s+){0,3}?(?:jobs|posts|roles|positions))\b")


def on_posts_go(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """Counted jobs cut or at risk ("Thirty posts will go", "to axe 50 jobs"): a headcount change of that many; counted
    staff going ("eight managers are to go", "20 staff face redundancy"): that many departed."""
    low = people.lower
    jobs = _JOBS_GO.match(low, pos) and _counted_subject(sentence, _JOBS_SUBJECT, pos)
    if jobs:
        return [_going_row(sentence, pos, "headcount_change", *jobs)]
    staff = _STAFF_GO.match(low, pos) and _counted_subject(sentence, _STAFF_SUBJECT_GOING, pos)
    if staff and (not low.startswith("go", pos) or staff[1].end("role") < pos - 1):  # "are to go", not "staff go"
        return [_going_row(sentence, pos, "departed", *staff)]
    verb = _CUTTING.match(low, pos)
    q = verb and next((q for q in sentence.quantities if q.unit == "count" and 0 <= q.start - verb.end() <= 12), None)
    posts = q and _JOBS_OBJECT.match(sentence.article.text, q.end)
    return [_going_row(sentence, pos, "headcount_change", q, posts)] if posts else []


def _counted_subject(sentence: Sentence, pattern: re.Pattern, pos: int):
    """The last (count, match) of `counted_subjects` not the object of a preposition ("spending on 100 jobs ...")."""
    text = sentence.article.text
    found = [(q, m) for q, m in counted_subjects(sentence, pattern, pos)
             if not match_back(_OBJECT_BEFORE, text, sentence.start, q.start, 12)]
    return found[-1] if found else None


def _going_row(sentence: Sentence, pos: int, change: str, q, posts: re.Match) -> tuple[str, dict]:
    rule = "staff_changes.staff-go" if change == "departed" else "staff_changes.posts-go"
    return change_row(rule, sentence, posts.start("role"), change, posts["role"], count=q.value, qualifier=q.qualifier,
                      interval=when_stated_or_by_tense(sentence, pos))


def on_staff(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"doubled the number of practitioners", "workforce cuts", "the number of social workers rose by 35", "100 jobs will
    be cut"."""
    low = people.lower
    if _HEDGE.search(low, sentence.start, sentence.end) or _by_others(sentence, pos):
        return []
    counted = _by_count(sentence, pos, low) or (low.startswith("cut", pos) and _posts_cut(sentence, pos))
    if counted:
        return counted
    moved = _FROM_TO.match(low, pos)
    subject = moved and match_back(_STAFF_SUBJECT, sentence.article.text, sentence.start, pos)
    if subject:
        values = _from_to(sentence, moved)
        if values:
            return [change_row("staff_changes.staff-from-to", sentence, subject.start("role"), "headcount_change", subject["role"],
                               count=abs(values[1] - values[0]), qualifier="exact",
                               interval=when_stated_or_by_tense(sentence, pos))]
    feared = _FEARED.search(sentence.article.text, sentence.start, sentence.end)  # not the month May
    cut = not feared and _STAFF_CUTS.match(low, pos) and match_back(_STAFF_BEFORE, low, sentence.start, pos, 20)
    grew = _GREW_STAFF.match(low, pos)
    change = grew or cut
    if not change:
        return []
    stated = grew and (grew["n"] and grew.start("n") or grew["by"] and grew.start("by"))  # "cut 50 posts", "by 20"
    q = count_at(sentence, stated) if stated else cut and count_before(sentence, cut.start("role"))  # "31 job cuts"
    return [change_row("staff_changes.staff", sentence, change.start("role"), "headcount_change", as_written(sentence.article.text, change),
                       count=q.value if q else None, qualifier=q.qualifier if q else "",
                       interval=when_stated_or_by_tense(sentence, pos))]


def _from_to(sentence: Sentence, moved: re.Match) -> tuple[float, float] | None:
    """The two counts of "from X to Y": two quantities, or one range that `workforce.split_change` splits."""
    counts = [q for q in sentence.quantities if q.unit == "count" and q.end > moved.start("a") and q.start < moved.end("b")]
    parts = split_change(sentence, counts[0]) if len(counts) == 1 else counts if len(counts) == 2 else None
    return (parts[0].value, parts[1].value) if parts and None not in (parts[0].value, parts[1].value) else None


def on_starters(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"There were 43 new starters last year": hires; "35 leavers": departures (counted)."""
    if not _STARTERS.match(people.lower, pos):
        return []
    text = sentence.article.text
    q = next((q for q in sentence.quantities if q.unit == "count" and 0 < pos - q.end <= len(" new ")), None)
    if not q:
        return []
    word = people.lower[pos:pos + 7]
    change = "departed" if word.startswith("leavers") else "hired"
    if change == "departed" and not _STAFF_WORDS.search(people.lower, sentence.start, sentence.end):
        return []  # "27 care leavers" are young people leaving care
    # the staff this sentence names, else the last the article named before it
    staff = _STAFF_NOUN.search(text, sentence.start, sentence.end) or next(
        reversed(list(_STAFF_NOUN.finditer(text, sentence.article.body_start, sentence.start))), None)
    role = staff.group() if staff else text[pos:pos + (7 if change == "departed" else 8)].rstrip()
    return [change_row("staff_changes.starters", sentence, q.start, change, role,
                 count=q.value, qualifier=q.qualifier, interval=when_stated_or_by_tense(sentence, pos), span=(q.start, pos + 8))]


# "we lost 35 social workers in that year": that many left
# "lost a quarter of its social workers": some left, uncounted
_LOST = re.compile(r"lost\s+(?:(?P<n>\d[\d,]*)|(?:a\s+(?:third|quarter|fifth|tenth)|half|one\s+in\s+\w+|\d+(?:\.\d+)?\s*(?:%|per\s*cent))"
                   r"\s+of\s+(?:its|their|the|our)\s+)\s*(?P<role>(?:[\w’'-]+\s+){0,2}?(?:social\s+workers|staff|employees|practitioners"
                   r"|managers|workers|workforce))\b")


def on_lost(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Kent lost 35 social workers last year": a counted departure, dated by its date or tense."""
    m = _LOST.match(people.lower, pos)
    q = m and m["n"] and count_at(sentence, m.start("n"))
    if not m or m["n"] and not q:
        return []
    return [change_row("staff_changes.lost-staff", sentence, q.start if q else pos, "departed", as_written(sentence.article.text, m),
                       count=q.value if q else None, qualifier=q.qualifier if q else "",
                       interval=when_stated_or_by_tense(sentence, pos))]


def on_leadership(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"a second wave of managers", "locum managers have come and gone", "changes to the management team", "its new
    management team"."""
    text, low = sentence.article.text, people.lower
    had = _HAS_HAD.match(text, pos)
    if had and is_plural(had["role"]):
        q = next((q for q in sentence.quantities if q.unit == "count" and q.start >= had.start("n")), None)
        if q and q.start < had.end("n") + 2:
            when = sentence.since(had.end(), sentence.end) or UNKNOWN
            return [change_row("staff_changes.leadership", sentence, pos, "leadership_change", had["role"], count=q.value,
                         qualifier=q.qualifier, interval=when)]
    different = _DIFFERENT.match(text, pos)
    leaders = different and is_plural(different["role"]) and _LEADING_POST.match(role_head(different["role"]).removesuffix("s"))
    q = leaders and count_before(sentence, pos)
    if q:
        return [change_row("staff_changes.leadership", sentence, q.start, "leadership_change", different["role"],
                           count=q.value, qualifier=q.qualifier)]
    team = _TEAM_AT.match(low, pos)
    new = team and match_back(_NEW_BEFORE_TEAM, low, sentence.start, pos)
    if new:  # a team already new, unless to be formed ("will recruit a new management team")
        future = FUTURE_NEAR.search(text, sentence.start, new.start())
        when = when_stated_or_by_tense(sentence, pos) if future else when_changed(sentence, pos)
        return [change_row("staff_changes.new-team", sentence, new.start(), "leadership_change", text[new.start("kind"):team.end()],
                           interval=sentence.before_publication() if when == UNKNOWN else when, span=(new.start(), team.end()))]
    m = (_SET_OF.match(text, pos) or (_GONE.match(low, pos) and match_back(_ROLE_HAVE, text, sentence.start, pos))
         or _CHANGES_IN.match(low, pos))
    return [change_row("staff_changes.leadership", sentence, m.start(), "leadership_change", as_written(text, m))] if m else []


# "Bradford (up 90 year on year), Stoke (up 81)": a council's staff number grown or cut, in a sentence about staff
_UP_BY = re.compile(r"\(\s*(?P<dir>up|down)\s+(?:by\s+)?(?P<n>\d[\d,]*)(?!\s*(?:%|per\s*cent|percent))")
_STAFF_NOUN = re.compile(r"\b(?:(?:agency|locum|permanent|qualified|children[’']?s?)\s+)*(?:social\s+workers?|staff|workforce"
                         r"|practitioners|employees)\b", re.I)


def on_up_by(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Bradford (up 90 year on year), Stoke (up 81)": each council's staff count grew (or fell) by that many."""
    text = sentence.article.text
    m = _UP_BY.match(text, pos)
    staff = m and (_STAFF_NOUN.search(text, sentence.start, sentence.end)
                   or _STAFF_NOUN.search(text, max(sentence.article.body_start, sentence.start - 300), sentence.start))
    council = m and next((c for s, e, c in sentence.councils if 0 < pos - e <= 2), None)
    if not (staff and council):
        return []
    q = count_at(sentence, m.start("n"))
    count = q.value if q else float(m["n"].replace(",", ""))
    when = when_changed(sentence, pos)
    return [change_row("staff_changes.up-by", sentence, pos, "headcount_change", staff.group(), count=count if m["dir"] == "up"
                       else -count, qualifier="exact", interval=sentence.before_publication() if when == UNKNOWN else when,
                       span=(next(s for s, e, c in sentence.councils if 0 < pos - e <= 2), m.end()))]
