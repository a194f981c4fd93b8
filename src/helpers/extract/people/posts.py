"""Taking a post: appointments, successions, tenures, posts filled."""
from __future__ import annotations

import re

from ...dates import MONTH_NAMES, DateMention
from ..sentence import Sentence
from .mentions import (
    PASSIVE,
    ArticlePeople,
    PersonMention,
    clean_role,
    departs_at,
    is_council_post,
    kindred_posts,
    last_named,
    match_back,
    named_next,
    names_in,
    person_before,
    possessor,
    resolve_name,
    role_head,
    sentence_before,
    sentence_subject,
    subject_at,
)
from .patterns import ADJECTIVES, HOLDER, INTERIM, ONE_BEFORE, ONE_REACH, ROLE_DID
from .rows import (
    FORMER,
    Rows,
    appointment_row,
    back_in_time,
    change_row,
    count_at,
    count_before,
    counted_subjects,
    council_elsewhere,
    first_appointment,
    first_departure,
    held_row,
    holder_of,
    is_plural,
    when_by_tense,
    when_stated_or_by_tense,
)
from .staffing import NOT_STAFF, counted_hires
from .vocabulary import (
    CAPITALISED,
    DET,
    DURATION,
    NEW,
    ROLE,
    name_pattern,
)

_REPLACE = re.compile(rf"replac(?:es|e|ing|ed)\s+(?:the\s+)?(?:(?:outgoing|departing|former|previous|current|incumbent)\s+)?"
                      rf"(?:(?P<role>{ROLE})\s+)?{name_pattern('n')}(?:\s+as\s+{NEW}(?P<role2>{ROLE}))?")
# "will replace her (as director)": the leaver named before
_REPLACE_PRONOUN = re.compile(rf"replac(?:es|e|ing|ed)\s+(?:him|her)(?P<n>)(?P<role>)(?:\s+as\s+{NEW}(?P<role2>{ROLE}))?"
                              r"(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|from|when|after|until|next|this|last|later|with|and|but"
                              r"|temporarily|permanently|today|yesterday|tomorrow)\b)")  # not "replace her laptop"
# "has been acting as", "will act as", "acted in the interim as": not "appointed to act as" (the appointment tells it)
_ACTING_AS = re.compile(rf"(?<!to\s)act(?:ing|s|ed)?\s+(?:in\s+the\s+interim\s+)?as\s+{NEW}(?P<role>{ROLE})")
_PRONOUN_REACH = 300  # how far back "she" may point to a name
# "She is also the council's director of adult care": a second post held at the same time
# at "is also", "is currently", "where she is" (the anchors of this kind)
_ALSO = re.compile(rf"(?:where\s+(?:she|he)\s+)?(?P<verb>is)\s+(?:(?:also|currently)\s+)?{NEW}(?P<role>{ROLE})")
_JOINED_ORG = re.compile(rf"joined\s+(?:(?:the\s+)?(?P<org>{CAPITALISED}(?:\s+{CAPITALISED}){{0,4}}|council|authority"
                         rf"|department|borough|county)\b(?!\s+as\b)|(?=(?:in|last|this|earlier)\s))")
# "became director", "took over as director", "was named as the new director", "succeeded Jo Smith (as director)"
_BECAME = re.compile(rf"(?:became|become|becomes|took\s+over|take\s+over|takes\s+over|taking\s+over|taken\s+over|named"
                     r"|announced\s+as|unveiled\s+as|recommended\s+as|be(?=\s+(?:the|its|their)\s+new\b))\s+"
                     rf"(?:the\s+(?:newly[\s-]created\s+|new\s+)?(?:role|post|job|position)\s+(?:as|of)\s+)?(?:as\s+)?{NEW}(?P<role>{ROLE})")
# "Council names new chief executive", "has named a permanent director": a new holder, unnamed here
_NAMED_NEW = re.compile(rf"nam(?:es|ed|ing)\s+(?:an?\s+|its\s+|their\s+)?(?:new|permanent)\s+(?P<role>{ROLE})")
# "The new director of children's services will be Jo Smith": the name after a new role's future copula
_NEW_ROLE_WILL_BE = re.compile(rf"new\s+(?P<role>{ROLE})\s+(?:will|would|shall|is\s+(?:to|set\s+to|due\s+to))\s+be\s+"
                               rf"{name_pattern('n')}(?![’']s\b)")
# "became the first woman to lead the council", "will become the sixth person to head up the department"
_PERSON_TO_LEAD = re.compile(r"(?:became|become|becomes)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:person|woman|man|director|leader|boss)"
                             r"\s+to\s+(?P<role>(?:lead|head(?:\s+up)?|run|take\s+charge\s+of)\s+(?:(?:the|its|[A-Z][\w-]*[’']s)\s+)?"
                             r"[^,.;]{1,50}?)(?=\s+(?:since|in|from|after|when)\b|\s*[,.;]|\s*$)")
# "took over from Jo Smith", "is taking over the role (of director) from Jo Smith", "will take over in May from",
# "takes over from current interim director Jo Smith"
_TOOK_OVER_FROM = re.compile(rf"(?:took|take|takes|taking)\s+over\s+(?:(?:the|her|his|their)\s+(?:role|post|job|position)"
                             rf"(?:\s+of\s+(?P<role2>{ROLE}))?\s+)?(?:(?:at|in|on|next|this)\s+[^,.;]{{1,30}}?\s+)?from\s+"
                             rf"(?:(?:the\s+|its\s+|[A-Z][\w-]*[’']s\s+)?(?:current\s+|outgoing\s+)?(?P<role>{ROLE})\s+)?{name_pattern('n')}"
                             rf"(?:\s+as\s+{NEW}(?P<role3>{ROLE}))?")
_SUCCEEDED = re.compile(rf"succeed(?:ed|s|ing)?\s+(?:(?P<role>{ROLE})\s+)?{name_pattern('n')}(?:\s+as\s+{NEW}(?P<role2>{ROLE}))?")
# "Jo Smith, who ..., | has been appointed"; "Jo Smith will lead the review and | has been appointed"
_SUBJECT_VERB = re.compile(r"(?:,|\band|\bbut)\s+(?:(?:has|have|had)\s+been|was|is)\s+(?:\w+ly\s+)?$")  # passive
_WHO_CLAUSE = re.compile(r"(?:,\s+[^,.;]{1,80})?,\s+who\s+[^,.;]{0,100}")  # "Jo Smith(, Essex's director), who ..."
# "appointed director", "appointed by the government in 2019 to act as commissioner"
_APPOINTED = re.compile(rf"[Aa]ppoint(?:ed|ing|s)\s+(?:permanently\s+)?(?:(?:by|in|on|last|this|earlier)\s+[^,.;]{{1,50}}?\s+(?=as\s|to\s+(?:act|serve)\s+as\s))?"
                        rf"(?:(?:to\s+(?:act|serve)\s+)?as\s+|to\s+the\s+(?:new\s+)?(?:post|role|position|job)\s+of\s+)?"
                        rf"{NEW}(?P<role>{ROLE}(?:\s+posts?)?"
                        r"|(?:(?:senior|new|interim)\s+)?(?:management|leadership)\s+team)")
_ACTIVE = re.compile(r"\b(?:has|have|had|will|to)\s+$")
_DETERMINER = re.compile(r"\b(?:an?|the|its|their)\s+$", re.I)
_OPENS_SENTENCE = re.compile(r"\s*(?:(?:the|some|many|its|their|[\w-]+[’']s)\s+)?", re.I)  # "| Lawyers appointed by ..."
_APPOINTED_BY_BODY = re.compile(r"\b(?:[Gg]overnment|DfE|Department\s+for\s+Education|[Ss]tate)\s+$")
_ROLE_NEXT = re.compile(r"appointed\s+(?!(?:an?|the|its|their|his|her|as|to|in|on|by)\b)[a-z]")  # "appointed | inspectors"
# "appointed Jo Smith as director", "appointed Jo Smith, currently deputy director at Essex, as its director"
_ASIDE = r"(?:,\s+[^,.;()]{1,80},)?"
_APPOINTED_NAME = re.compile(rf"[Aa]ppoint(?:ed|s)\s+{name_pattern('n')}{_ASIDE}\s+as\s+{NEW}(?P<role>{ROLE})")
_APPOINTMENT_OF = re.compile(rf"[Aa]ppointments?\s+(?:of|to)\s+{NEW}(?:[“\"‘][^”\"’]{{1,60}}[”\"’]\s+)?(?P<role>{ROLE}(?:\s+posts?)?)")
_APPOINTMENT_AS = re.compile(rf"appointment\s+as\s+{NEW}(?P<role>{ROLE})")
_APPOINTED_COUNT = re.compile(r"(?:appointed|appointment\s+of)\s+")  # "appointed / the appointment of | five social workers"
# "We have made 55 appointments in children's services": counted hires
_MADE_COUNT = re.compile(r"\bmade\s+$")
_APPOINTMENTS_IN = re.compile(r"appointments(?:\s+(?:in|to|across)\s+(?:the\s+|its\s+|our\s+)?(?:[\w’'-]+\s+){0,2}?"
                              r"(?:services?|teams?|department|social\s+care|social\s+work))?")
_APPOINTMENT_OF_NAME = re.compile(rf"[Aa]ppointment\s+of\s+(?:the\s+[‘“'\"]?[\w-]+[’”'\"]?\s+)?{name_pattern('n')},?\s+as\s+{NEW}"
                                  rf"(?P<role>{ROLE})")
# "the appointment of current director of children's services | Jo Smith": the role and name of the mention after it
_APPOINTMENT_OF_HOLDER = re.compile(r"[Aa]ppointment\s+of\s+(?:the\s+)?(?:current|new|permanent)\s+")
_NAME_WAS = re.compile(rf"{name_pattern('n')}(?:,\s+\d{{2}},)?\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:\w+ly\s+)?$")
# "a new head of fostering was appointed", "an adviser from the Department for Education was appointed"
_ROLE_WAS = re.compile(rf"(?P<role>{ROLE})(?:\s+from\s+(?:the\s+)?[A-Z][^,.;]{{1,50}}?)?,?\s+"
                       r"(?P<aux>(?:was|were|has\s+been|have\s+been|had\s+been|who\s+was|will\s+be|(?:is|are)\s+to\s+be"
                       r"|(?:is|are)\s+(?:expected|due|set|likely|going)\s+to\s+be)\s+)?"
                       r"(?:\w+ly\s+)?$")  # "was (newly, urgently) appointed"
_OBJECT_NEXT = re.compile(r"appointed\s+(?:(?:the|an?|its|their|his|her|our)\s|[A-Z])")  # an active verb's object
_APPOINTED_BARE = re.compile(r"appointed\s+(?:in|on|last|this|earlier|from|at|to\s+(?:(?P<the>the)|her|his|their)\s+(?:post|role|job))\b")
_A_ROLE = re.compile(ROLE)
_NOT_AS = re.compile(r"appointed\b(?!\s+as\b)")
# "the departure of the commissioner appointed by government": a post named in a phrase, not news of filling it (unlike
# "the work of the manager, appointed in May")
_OBJECT_OF = re.compile(r"\b(?:of|from|by|with|for|to|against|under)\s+(?:the\s+|an?\s+|its\s+|their\s+)?$", re.I)
_TOOK_UP = re.compile(r"(?:took|take|takes|taking|taken)\s+(?:up\s+(?:the|her|his|their|an?)\s+(?:(?:new|more|senior|similar"
                      r"|permanent|top|interim|temporary|acting)\s+){0,2}(?:post|role|position|job)"
                      r"|on\s+(?:the|her|his|their)\s+(?:new\s+)?(?:role|post|portfolio)\s+(?:as|of|for))\b")
_LEFT_TO = re.compile(r"\b(?:left|(?P<going>leaving|leave|leaves|quits|quitting|resigning|st(?:ep|eps|epping)\s+down"
                     r"|mov(?:es|ing)\s+on)|quit|resigned|stepped\s+down|moved\s+on)\b[^.;]{0,50}?\s+to\s+$")  # "is leaving her post next month to"
_TOOK_ON = re.compile(r"(?:took|take|takes|taking|taken)\s+on\b")
# "took up her new role as chief executive", "will be taking on the portfolio of Children and Families Social Care"
_TOOK_UP_AS = re.compile(rf"[a-z]+\s+(?:up|on)\s+(?:the|her|his|their|an?)\s+(?:(?:new|interim|temporary|acting)\s+)?(?:(?:post|role|position|job)\s+(?:as|of)\s+"
                         rf"{NEW}(?P<role>{ROLE})|(?P<portfolio>portfolio\s+(?:of|for)\s+(?-i:[A-Z])[\w’'-]+"
                         r"(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]+){0,4}))")
# After a count, before "joined": who joined ("100 | social workers have | joined").
_COUNTED_JOINERS = re.compile(r"\s+(?P<role>(?:[\w’'-]+\s+){0,3}?(?:social\s+workers|staff|workers|practitioners|managers"
                              r"|recruits|employees))(?:,\s+[^,.;]{1,60},)?"  # ", recruited through an agency,"
                              r"\s+(?:have\s+|has\s+|had\s+|will\s+|(?:are\s+|were\s+)?(?:set|due|expected)\s+to\s+)?"
                              r"(?:now\s+|already\s+)?", re.I)
_JOINED_AS = re.compile(rf"joined\s+(?:[\w’'-]+\s+){{0,3}}?as\s+{NEW}(?P<role>{ROLE})")
_IN_POST_SINCE = re.compile(r"in\s+(?:post|position)\s+since\b")
_HOLDER_HAS_BEEN = re.compile(rf"(?:(?P<role>{ROLE})|{name_pattern('n')})\s+(?:has|have)\s+been\s+$")
# Before "in post since": "<name>, and the leader who has kept | her | in post since"; "<name>, whom the
# leader has kept | in post since". The pronoun stands for the name just before the keeper's clause.
_KEPT = re.compile(r"(?<![\w’'-])(?:kept|retained|maintained)\s+(?:(?P<pro>her|him)\s+)?$")
_KEEPER_WHO = re.compile(r",?\s+(?:(?:and|but|while|whereas)\s+)?(?:the|its|their)\s+(?:[\w’'-]+\s+){0,6}?"
                         r"(?:who|that)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$")
_KEEPER_WHOM = re.compile(r",\s+whom\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,6}?(?:has|have|had)\s+(?:\w+ly\s+)?$")
_FOR_DURATION = re.compile(DURATION)
# "Jo Smith, cabinet member for children | for the last three years, will step down": a tenure in apposition (closed by
# a comma or a dash)
_APPOSED_END = re.compile(r"\s*(?:,|\s[-–—]\s)")
_TENURE_APPOSED = re.compile(rf"{name_pattern('n')},\s+(?:(?:the|its|[A-Z][\w-]*[’']s)\s+)?(?P<role>{ROLE})\s+$")
_TENURE = re.compile(
    rf"{HOLDER}\s+(?P<aux>has|have|had)\s+(?:been|served\s+as|held\s+the\s+(?:post|role|position|job)\s+of)\s+"
    r"(?:[^.;]{1,100}?\s+for\s+[^.;]{1,30}?\s+and\s+)?"  # "has been director at Kent for five years and | chief executive"
    rf"(?:(?:(?:the|an?|its|their|our|[A-Z][\w-]*[’']s)\s+)?(?P<role>{ROLE})|(?P<post>in\s+(?:post|position"
    r"|office|charge|(?:the|her|his|their)\s+(?:post|role|job|position))|(?:with|at)\s+the\s+(?:council|authority)))"
    rf"(?:\s+(?:in|at)\s+{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})?\s+$")
# "Jo Smith has been corporate director at Kent since 2001" (before "since")
_ROLE_SINCE = re.compile(
    rf"{HOLDER}(?:,?\s+who)?,?\s+(?:has|have|had)\s+been\s+(?:(?:the|an?|its|their|our|[A-Z][\w-]*[’']s)\s+)?(?P<role>{ROLE})"
    rf"(?:\s+(?:in|at)\s+(?:the\s+)?{CAPITALISED}(?:\s+(?:{CAPITALISED}|and|&)){{0,4}})?\s+$")
# A person's time at a place or on a brief, before "since": "He has been at County Hall | since 2013", "who has worked in
# Merton | since May 2016", "who has had responsibility for children's services | since 2011"
_SERVED = re.compile(
    rf"(?:has|have)\s+(?:been\s+(?:at|with|in)\s+(?:the\s+)?(?:{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}}|council|authority"
    r"|county\s+council|borough)|worked\s+(?:at|in|for)\s+(?:the\s+)?(?:{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}}|council"
    r"|authority)|had\s+(?:the\s+)?(?:overall\s+)?responsibility\s+for\s+[^,.;]{1,60}?|been\s+in\s+charge\s+of\s+[^,.;]{1,60}?"
    r"|been\s+in\s+(?:the\s+)?(?:post|role|job|position))"
    r"\s+$")
# "since taking over in 2013, Jo Smith has": the person named after it arrived then
_SINCE_TAKING_OVER = re.compile(rf"(?i:since\s+(?:taking\s+over|joining|arriving|being\s+appointed|starting)\b)[^,.;]{{0,60}},"
                                rf"\s+{name_pattern('n')}")
# "a senior management post has been filled", "three more posts should be filled by December"
_POSTS_FILLED = re.compile(rf"(?<![\w’'-])(?P<role>(?:(?!(?:an?|the|one|more|and|its|their|all)\b)[\w’'-]+\s+){{0,3}}?(?:posts?|roles|positions)|{ROLE})(?:\s+(?:for|of|in)\s+[^,.;]{{1,50}}?)?\s+"
                           r"(?:(?:has|have|had|should|will|would|was|were)\s+(?:(?:now|yet|also|all|be|been|to|be|being"
                           r"|already)\s+){0,3}|(?:is|are)\s+(?:(?:now|all|being|already)\s+){1,3})$")  # not a state: "are filled by"
_EXTENDED = re.compile(r"\b(?:extend(?:s|ed|ing)?|renew(?:s|ed|ing)?)\s+(?:the\s+|an?\s+|its\s+|her\s+|his\s+|their\s+)?$")
_FILL_JOB = re.compile(r"fill\s+(?:the|a|her|his|their|(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*['’]s)\s+"
                       r"(?P<role>(?:(?:top|vacant|permanent|interim|senior)\s+)?"
                       r"(?:job|post|role|position|vacancy))\b")
_ALL_OF = re.compile(r"(?<![\w’'-])(?<![Nn]ot\s)[Aa]ll\s+(?:(?:of\s+)?(?:the|its|their|our)\s+)?$")  # "all (of the) | senior posts have been filled"
_FILLED_AS = re.compile(rf"\s+as\s+(?:the\s+|an?\s+)?(?P<role>{ROLE})")  # "fill Jo's role as acting assistant director"


_SENIOR = re.compile(r"\b(?:managers?|directors?|heads?|leaders?|executives?|chiefs?|officers?)\b", re.I)


def on_appoint(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith was appointed as mayor", "appointed Jo Smith as DCS", "a new head of fostering was appointed"."""
    text, s = sentence.article.text, sentence.start
    if match_back(_EXTENDED, people.lower, s, pos, 30):
        return []  # "agreed to extend the appointment of its interim head": a post already held
    if match_back(_APPOINTED_BY_BODY, text, s, pos, 32) and _ROLE_NEXT.match(text, pos):
        return []  # "Government appointed inspectors": the post's kind
    made, appointments = count_before(sentence, pos), _APPOINTMENTS_IN.match(text, pos)
    if made and appointments and match_back(_MADE_COUNT, text, s, made.start):
        return [change_row("staff_changes.made-appointments", sentence, pos, "hired", appointments.group(), count=made.value,
                           qualifier=made.qualifier, interval=when_stated_or_by_tense(sentence, pos))]
    counted = _APPOINTED_COUNT.match(people.lower, pos)
    if counted and count_at(sentence, counted.end()):  # "has appointed three team managers and five social workers":
        return [(table, dict(row, change="appointed") if _SENIOR.search(row["role"]) else row)  # managers appointed,
                for table, row in counted_hires(sentence, pos, "hired")]                         # social workers hired
    named = _APPOINTED_NAME.match(text, pos) or _APPOINTMENT_OF_NAME.match(text, pos)
    if named:
        return [appointment_row(sentence, pos, named, resolve_name(named["n"], named.start("n"), people.full))]
    holder = _APPOINTMENT_OF_HOLDER.match(text, pos)
    mention = holder and next((m for m in mentions if m.start == holder.end() and m.role), None)
    if mention:
        return [appointment_row(sentence, pos, mention.role, mention.person)]
    as_role = _APPOINTMENT_AS.match(text, pos)  # "Jo Smith's / Her appointment as director"
    whose = as_role and possessor(text, s, pos, mentions, people.full, people.roles)
    if whose:
        return [appointment_row(sentence, pos, as_role, whose[0])]
    role = _APPOINTED.match(text, pos) or _APPOINTMENT_OF.match(text, pos)
    if role and people.lower.startswith("appointed", pos) and match_back(_DETERMINER, text, s, pos, 8):
        return []  # "an appointed commissioner", "the appointed day": an adjective, not news of filling a post
    if role:
        subject = match_back(_NAME_WAS, text, s, pos)
        person = resolve_name(subject["n"], subject.start("n"), people.full) if subject else holder_of(mentions, role)
        if not person and text[pos] == "a" and not _APPOINTMENT_OF.match(text, pos):
            # "Jo Smith was appointed a director"; not "Jo Smith has appointed a director" (she appointed one)
            before = None if match_back(_ACTIVE, text, s, pos, 12) else person_before(
                sentence.article, s, pos, mentions, people.full, people.roles)
            if not before and match_back(_SUBJECT_VERB, text, s, pos, ONE_REACH):
                before = sentence_subject(sentence.article, s, mentions, people.full, people.roles)
            one = not role_head(role["role"]).endswith("s")  # "commissioners": not the one person named next
            person = before[0] if before else _named_next_to(sentence, role["role"], people) if one else ""
        if not person and text[pos - 1] == "-":
            return []  # "a government-appointed commissioner said": the post's kind, not news of filling it
        return [appointment_row(sentence, pos, role, person)]
    role = _NOT_AS.match(people.lower, pos) and match_back(_ROLE_WAS, text, s, pos)
    if role and not role["aux"] and _OBJECT_NEXT.match(text, pos):
        return []  # "Ministers appointed Lord Smith": the role is whoever appointed, not the post filled
    if role and not holder_of(mentions, role) and NOT_STAFF.search(role.group()):
        return []  # "three councillors were appointed to the panel", "inspectors appointed by Ofsted"
    q = role and role["aux"] and is_plural(role["role"]) and count_before(sentence, role.start("role"))
    if q:  # "Ten new team managers have been appointed": managers appointed, social workers hired
        return [change_row("staff_changes.appointment", sentence, role.start("role"), "appointed" if _SENIOR.search(role["role"])
                           else "hired", role["role"], count=q.value, qualifier=q.qualifier, interval=when_by_tense(sentence, pos))]
    holder = role and holder_of(mentions, role)
    if role and not (holder or role["aux"] or "," in role.group()) and is_plural(role["role"]) \
            and _OPENS_SENTENCE.fullmatch(text, s, role.start("role")):
        return []  # "Lawyers appointed by the family said ...": the people named by their appointment, not news of it
    if role and (holder or role["aux"] or "," in role.group() or not match_back(_OBJECT_OF, text, s, role.start(), 20)):
        return [appointment_row(sentence, pos, role, holder)]
    # "She was appointed in 2015": the person named before, in the post the article gives them
    bare = _APPOINTED_BARE.match(text, pos)
    before = bare and person_before(sentence.article, s, pos, mentions, people.full, people.roles)
    role = before and (before[1] or bare["the"] and _role_said_before(sentence))
    if role:
        return [appointment_row(sentence, pos, role, before[0], "staff_changes.appointed-in-post", bool(INTERIM.search(role)))]
    return []


# A verb of taking someone on: "Kent has hired / brought in Jo Smith", "appointed Jo Smith to lead the service"
_TAKE_ON = r"(?:appointed|hired|recruited|installed|seconded|(?:brought|drafted|parachuted)\s+in)"
_TOOK_ON_NAME = re.compile(rf"{_TAKE_ON}\s+{name_pattern('n')}(?![’']\w)"
                           r"(?!\s+(?:as|in\s+as|to\s+(?:take\s+over\s+as|become|be)|to\s+the\s+(?:post|role|job|position))\b)")
# "She was hired in May", "Jo Smith, who was recruited from Essex": taken on, the post unnamed
# ... and "Jo Smith, who was seconded to the council": lent to it, the post unnamed
_TAKEN_ON_BARE = re.compile(rf"{_TAKE_ON}\s+(?:in(?!\s+(?:an?|the)\s)|on|last|this|earlier|from|at|by)\b|seconded\s+(?:in)?to\b")


def on_taken_on(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """A named person hired or appointed where no post follows the verb ("Kent has brought in Jo Smith", "She was hired
    in May"): appointed, to the post the article gives them if any."""
    text, s = sentence.article.text, sentence.start
    named = _TOOK_ON_NAME.match(text, pos)
    if named:  # the post the article gives them, unless the words after the name call it past ("Jo Smith, a former ...")
        person = resolve_name(named["n"], named.start("n"), people.full)
        past = FORMER.search(text, named.end(), min(sentence.end, named.end() + 60))
        before = (person, "" if past else people.roles.get(person, "")) if person else None
    else:
        before = _TAKEN_ON_BARE.match(text, pos) and match_back(PASSIVE, text, s, pos, 30) \
            and person_before(sentence.article, s, pos, mentions, people.full, people.roles)
    if not before or not before[0] or before[1] and not is_council_post(before[1], "") \
            or not first_appointment(people, before[0], pos):
        return []
    return [appointment_row(sentence, pos, before[1], before[0], "staff_changes.taken-on-named",
                            bool(INTERIM.search(before[1])))]


# "has been appointed permanently", "was made permanent" (not "made permanent staff", "appointed permanent staff")
_MADE_PERMANENT = re.compile(r"(?:appointed|made)\s+permanent(?:ly)?\b(?!\s+(?:[\w-]+\s+)?(?:staff|posts?|roles?|jobs?|contracts?"
                             r"|members?|social|workers?|employees?)\b)")


def on_made_permanent(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith, the interim director, has been appointed permanently / made permanent": appointed to that post, no
    longer interim (a change of its own after the interim appointment)."""
    text, s = sentence.article.text, sentence.start
    before = _MADE_PERMANENT.match(text, pos) and match_back(PASSIVE, text, s, pos, 30) \
        and person_before(sentence.article, s, pos, mentions, people.full, people.roles)
    if not before or not before[0] or not before[1] or not is_council_post(before[1], ""):
        return []
    return [appointment_row(sentence, pos, " ".join(INTERIM.sub("", before[1]).split()), before[0],
                            "staff_changes.appointed-in-post")]


def _named_next_to(sentence: Sentence, role: str, people: ArticlePeople) -> str:
    """The person opening the next sentence ("Kent has appointed a new director. | Jo Smith starts in May"), unless the
    article gives them a post of another kind ("... a new director had acted quickly. | Jo Smith, cabinet member, said")."""
    person = named_next(sentence.article, sentence.end, people.full)
    held = people.roles.get(person, "")
    return person if not held or kindred_posts(held, role) else ""


def _role_said_before(sentence: Sentence) -> str:
    """The role the sentence before names first ("Kent's director of children's services has left the post. | Jo Smith
    was appointed to the role in May"): the post "the role" points back to; else ""."""
    previous = sentence_before(sentence.article, sentence.start)
    role = previous and _A_ROLE.search(sentence.article.text, previous.start, previous.end)
    return clean_role(role.group()) if role else ""


def on_took_up(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"The deputy mayor took up the role in May"; "She will take up the post in May" (the person named before)."""
    text = sentence.article.text
    if not _TOOK_UP.match(people.lower, pos):
        return []
    given = _TOOK_UP_AS.match(text, pos)  # "took up her new role as chief executive", "taken up the post of director"
    before = given and person_before(sentence.article, sentence.start, pos, mentions, people.full, people.roles)
    left = not before and match_back(_LEFT_TO, people.lower, sentence.start, pos)
    if left:  # "has left to take up a role at Essex"
        return _took_up_elsewhere(sentence, pos, people, mentions, given, left)
    if before:
        role = given["portfolio"].replace("portfolio", "portfolio holder", 1) if given["portfolio"] else given
        return [appointment_row(sentence, pos, role, before[0], "staff_changes.took-up-pronoun")]
    if not given and _TOOK_ON.match(people.lower, pos):
        return []  # "takes on" a post only with the post it names
    role = match_back(ROLE_DID, text, sentence.start, pos)
    if role:
        return [appointment_row(sentence, pos, role, holder_of(mentions, role))]
    before = person_before(sentence.article, sentence.start, pos, mentions, people.full, people.roles)
    if before:  # "She took up the post in May": the post the article gives her, if any
        return [appointment_row(sentence, pos, before[1], before[0], "staff_changes.took-up-pronoun",
                             bool(INTERIM.search(before[1])))]
    return []


def _took_up_elsewhere(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention],
                    given: re.Match | None, left: re.Match) -> Rows:
    """The leaver's appointment to the post they leave for ("Jo Smith has left to take up a more senior role at
    Essex County Council"), at the council named after the post, when they leave; else none."""
    council = council_elsewhere(sentence, pos)
    leaver = person_before(sentence.article, sentence.start, left.start(), mentions, people.full, people.roles) \
        or sentence_subject(sentence.article, sentence.start, mentions, people.full, people.roles)
    if not council or not leaver or not leaver[0]:
        return []
    when = sentence.after_publication() if left["going"] else when_stated_or_by_tense(sentence, pos)
    return [change_row("staff_changes.post-elsewhere", sentence, pos, "appointed", given and given["role"] or "", leaver[0],
                       interval=when, council=council)]


# "will chair the improvement board", "is to chair Kent's safeguarding panel": a chair taken (not "chaired the meeting")
_WILL_CHAIR = re.compile(r"(?:will|to)\s+chair\s+(?:(?:the|an?|its|their)\s+)?(?P<body>(?:[\w’'-]+\s+){0,5}?"
                         r"(?:board|panel|committee|commission|partnership|task\s*force))\b")


def on_will_chair(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith, an adviser at the DfE, will chair the improvement board": the person named before is appointed its
    chair."""
    text = sentence.article.text
    m = _WILL_CHAIR.match(text, pos)
    before = m and person_before(sentence.article, sentence.start, pos, mentions, people.full, people.roles)
    if not before or not first_appointment(people, before[0], pos):
        return []
    return [appointment_row(sentence, pos, f"chair of the {m['body']}", before[0], "staff_changes.will-chair")]


# "will take on the role previously held by Jo Smith": the post of the holder named
_ROLE_HELD_BY = re.compile(rf"(?:took|take|takes|taking|taken)\s+(?:on|over)\s+the\s+(?:role|post|job|position)\s+"
                           rf"(?:previously\s+|formerly\s+|once\s+|last\s+)?held\s+by\s+{name_pattern('n')}")


def on_role_held_by(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith will take on the role previously held by Ann Lee": Jo Smith appointed to Ann Lee's post (its role
    where the article gives it)."""
    m = _ROLE_HELD_BY.match(sentence.article.text, pos)
    before = m and person_before(sentence.article, sentence.start, pos, mentions, people.full, people.roles)
    if not before or not first_appointment(people, before[0], pos):
        return []
    holder = resolve_name(m["n"], m.start("n"), people.full)
    return [appointment_row(sentence, pos, people.roles.get(holder, ""), before[0], "staff_changes.role-held-by")]


# "Ann Lee, the deputy leader, | taking his place", "will take her place": a post taken from the person named before
_TAKES_PLACE = re.compile(r"(?<![\w’'-])(?:take|takes|taking|took|taken)\s+$")
# From the taker's name to the verb: "Ann Lee | will", "Ann Lee, currently deputy leader, | is"
_TAKER_GAP = re.compile(rf"{_ASIDE},?\s+(?:(?:will|is|are|was|has|had|to|be|been|now|then|set|due)\s+){{0,3}}")
# A seat, not a post: "took her place | at the lectern", "in the front row" (not "on an interim basis")
_SEAT = re.compile(r"\S+\s+place\s+(?:at|in|on|beside|alongside|among)\s+(?:the|an?|her|his|their)\s+(?!(?:interim|temporary|permanent|acting)\b)")


def on_place(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith, the leader, is stepping down, with Ann Lee taking her place": Lee appointed to the post of the person
    named before her."""
    text = sentence.article.text
    verb = not _SEAT.match(people.lower, pos) and match_back(_TAKES_PLACE, people.lower, sentence.start, pos, 12)
    name = verb and next((n for n in reversed(names_in(sentence.article, sentence.start, verb.start()))
                          if _TAKER_GAP.fullmatch(people.lower, n.end(), verb.start())), None)
    taker = name and resolve_name(name["n"], name.start("n"), people.full)
    if not taker or not first_appointment(people, taker, pos):
        return []
    holder = last_named(text, people.full, name.start(), people.roles)
    if not holder or holder[0] == taker or not holder[1] or not is_council_post(holder[1], ""):
        return []
    return [appointment_row(sentence, pos, holder[1], taker, "staff_changes.takes-place",
                            bool(INTERIM.search(text, sentence.start, sentence.end)))]


# "to welcome Jo Smith to Kent in her new role as director": the person named last before, appointed
_NEW_ROLE_AS = re.compile(rf"(?:her|his|their)\s+new\s+(?:role|post|job|position)\s+as\s+{NEW}(?P<role>{ROLE})")


def on_new_role(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"We welcome Jo Smith to Kent in her new role as director": an appointment of the person named last before."""
    text = sentence.article.text
    m = _NEW_ROLE_AS.match(text, pos)
    names = reversed(names_in(sentence.article, sentence.start, pos)) if m else []
    person = next((p for n in names if (p := resolve_name(n["n"], n.start("n"), people.full))), None)
    if not person or not first_appointment(people, person, pos):
        return []
    return [appointment_row(sentence, pos, m, person, "staff_changes.new-role-as")]


def on_joined(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Smith, who joined the borough as a locum social worker, ..."."""
    text = sentence.article.text
    role = _JOINED_AS.match(text, pos)
    subject = role and (person_before(sentence.article, sentence.start, pos, mentions, people.full, people.roles)
                        or sentence_subject(sentence.article, sentence.start, mentions, people.full, people.roles))
    if subject:
        return [appointment_row(sentence, pos, role, subject[0])]
    counted = _counted_joiners(sentence, pos)
    if counted:
        return counted
    org = _JOINED_ORG.match(text, pos)
    before = org and person_before(sentence.article, sentence.start, pos, mentions, people.full, people.roles)
    if before and before[1] and is_council_post(before[1], ""):
        return [appointment_row(sentence, pos, before[1], before[0], "staff_changes.joined-organisation",
                             bool(INTERIM.search(before[1])))]
    joined = before and not before[1] and org["org"] and _council_joined(sentence, org)
    if joined:  # "Jo Smith joined Kent council in July": a post there, unnamed
        return [appointment_row(sentence, pos, "", before[0], "staff_changes.joined-organisation", council=joined)]
    dated = before and before[0] and not org["org"] and any(0 < d.start - pos <= len("joined in ") for d in sentence.dates)
    if dated and first_appointment(people, before[0], pos):  # "When Mr Smith joined in May, ...": a post, unnamed
        return [appointment_row(sentence, pos, "", before[0], "staff_changes.joined-organisation")]
    return [] if before else _new_one_starts(sentence, pos)  # "The new director joined the council in May"


def _counted_joiners(sentence: Sentence, pos: int) -> Rows:
    """Staff counted as the subject of "joined" or "started" at `pos`: hires ("More than 100 social workers have joined
    Kent's children's services this year", "Just three social workers have started work")."""
    counted = counted_subjects(sentence, _COUNTED_JOINERS, pos)
    if not counted:
        return []
    q, joiners = counted[-1]
    return [change_row("staff_changes.joined-counted", sentence, joiners.start("role"), "hired", joiners["role"],
                       count=q.value, qualifier=q.qualifier, interval=when_by_tense(sentence, pos))]


def _council_joined(sentence: Sentence, org: re.Match) -> str:
    """The council a "joined X" names: one the words start with, or "the council" (the sentence's); else ""."""
    if org["org"].lower() in ("council", "authority", "borough", "county"):
        return sentence.council_before(org.start("org"))
    return next((c for start, _, c in sentence.councils if start == org.start("org")), "")


# "(Jo Smith's role will be) taken over on an interim, shared basis by Ann Lee"
_TAKEN_OVER_BY = re.compile(rf"taken\s+over\s+(?:[^.;]{{1,50}}?\s+)?by\s+{name_pattern('n')}")
_POST_TAKEN = re.compile(r"\b(?:role|post|job|position|department|portfolio)\b[^.;]{0,60}?(?:will\s+be|was|has\s+been|is\s+being|is)"
                         r"\s+(?:being\s+)?$")


def on_became(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith became director in 2016", "took over as DCS", "was named as the new director"; "took over from /
    succeeded Ann Lee": Lee left the post."""
    text, s = sentence.article.text, sentence.start
    rows = []
    before = person_before(sentence.article, s, pos, mentions, people.full, people.roles)
    left = not before and match_back(_LEFT_TO, people.lower, s, pos)
    if left and any(a > pos for a, _, _ in sentence.councils):  # "is leaving Kent to become director at Essex": the leaver's
        before = person_before(sentence.article, s, left.start(), mentions, people.full, people.roles)
    m = _BECAME.match(text, pos)
    if m and before and is_council_post(m["role"], ""):
        rows.append(appointment_row(sentence, pos, m, before[0], "staff_changes.became"))
    led = not rows and before and _PERSON_TO_LEAD.match(text, pos)
    if led:  # "will become the first woman to lead the council"
        row = appointment_row(sentence, pos, before[1] or led["role"], before[0], "staff_changes.became")
        if sentence.since(pos, sentence.end):  # "the sixth person to head it since 2013": the count runs since then
            when = sentence.by_tense(*sentence.clause(pos))
            row = change_row("staff_changes.became", sentence, pos, row[1]["change"], row[1]["role"], before[0], interval=when)
        rows.append(row)
    named_new = not before and _NAMED_NEW.match(text, pos)
    if named_new:
        rows.append(appointment_row(sentence, pos, named_new, "", "staff_changes.named-new"))
    by = not rows and _TAKEN_OVER_BY.match(text, pos)
    newcomer = by and resolve_name(by["n"], by.start("n"), people.full)
    if newcomer:  # "Jo Smith's role will be taken over on an interim basis by Ann Lee": Lee appointed to that post
        post = match_back(_POST_TAKEN, text, s, pos)
        whose = post and possessor(text, s, post.start(), mentions, people.full, people.roles)
        rows.append(appointment_row(sentence, pos, whose[1] if whose else "", newcomer, "staff_changes.became",
                                    bool(INTERIM.search(text, pos, by.end()))))
    gone = _TOOK_OVER_FROM.match(text, pos) or _SUCCEEDED.match(text, pos)
    leaver = gone and resolve_name(gone["n"], gone.start("n"), people.full)
    if leaver:
        named = gone.groupdict().get("role2") or gone.groupdict().get("role3") or ""  # "... as director"
        role = clean_role(gone["role"] or "") or people.roles.get(leaver, "") or named
        # the post taken: as named, else the leaver's (a successor to an interim holder is not interim for that), else
        # the taker's own ("She took over from Jo Smith in May", the article's director)
        taken = named or " ".join(INTERIM.sub("", role).split()) or (before[1] if before else "")
        if before and not rows and first_appointment(people, before[0], pos):
            rows.append(appointment_row(sentence, pos, taken, before[0], "staff_changes.became", bool(INTERIM.search(taken))))
        if not _leaves_later(sentence, people, gone.end()) and first_departure(people, leaver, pos):
            rows.append(change_row("staff_changes.became", sentence, gone.start("n"), "departed", role, leaver,
                             interval=when_by_tense(sentence, pos)))
    return rows


# "Jo Smith will be interim director from 1 April": a post taken on the date that follows
_WILL_BE_FROM = re.compile(rf"will\s+be\s+{NEW}(?P<role>{ROLE})\s+(?:from|as\s+of|with\s+effect\s+from)\s+"
                           r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\(?)?")  # "from Wednesday (1 April)"


def on_will_be_from(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith will be Kent's director from May", "Jo Smith, who will be president of the association from 1 April":
    Smith appointed to that post from that date; else what "be the new ..." in it tells (`on_became`)."""
    m = _WILL_BE_FROM.match(sentence.article.text, pos)
    if not m or not any(d.start == m.end() for d in sentence.dates):
        return on_became(sentence, people.lower.index("be", pos + 4), people, mentions)
    before = person_before(sentence.article, sentence.start, pos, mentions, people.full, people.roles) \
        or _who_clause_subject(sentence, pos, people)
    if not before or not before[0] or not first_appointment(people, before[0], pos):
        return []
    return [appointment_row(sentence, pos, m, before[0], "staff_changes.became")]


def on_new_role_will_be(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"The new director of children's services will be Jo Smith": Smith appointed to it."""
    m = _NEW_ROLE_WILL_BE.match(sentence.article.text, pos)
    person = m and resolve_name(m["n"], m.start("n"), people.full)
    if not person or not first_appointment(people, person, pos):
        return []
    change = "interim_appointed" if INTERIM.search(m["role"]) else "appointed"
    return [change_row("staff_changes.new-role-will-be", sentence, pos, change, m["role"], person,
                       interval=sentence.after_publication())]  # "said the new director would be": to come still


def on_since(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith has been corporate director at Kent since 2001", "She has been at County Hall since 2013", "since
    taking over in 2013, Jo Smith has ...": appointed then."""
    text = sentence.article.text
    fronted = _SINCE_TAKING_OVER.match(text, pos)
    person = fronted and resolve_name(fronted["n"], fronted.start("n"), people.full)
    date = person and next((d for d in sentence.dates if pos <= d.start < fronted.start("n") and d.interval.start), None)
    if date:
        return [change_row("staff_changes.served-since", sentence, pos, "appointed", people.roles.get(person, ""), person,
                           interval=date.interval, span=(pos, fronted.end()))]
    held = match_back(_ROLE_SINCE, text, sentence.start, pos) or match_back(_SERVED, text, sentence.start, pos)
    date = held and next((d for d in sentence.dates if 0 <= d.start - pos <= 6 and d.interval.start), None)
    if not date:
        return []
    if "n" not in held.re.groupindex:  # a time somewhere: the person the verb belongs to, in the post they hold
        subject = person_before(sentence.article, sentence.start, held.start(), mentions, people.full, people.roles)
        if not subject or not subject[1]:
            return []
        person, role = subject
    else:
        person = resolve_name(held["n"], held.start("n"), people.full) if held["n"] else ""
        if held["n"] and not person:
            return []
        role = held["role"]
    when = sentence.since_point(date)
    rule = "staff_changes.served-since" if "n" not in held.re.groupindex else "staff_changes.role-since"
    return [change_row(rule, sentence, pos, "interim_appointed" if INTERIM.search(role) else "appointed",
                 role, person, interval=when, span=(held.start(), date.end))]


def on_acting(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith has been acting as interim director", "will act as director": an interim appointment."""
    text = sentence.article.text
    role = _ACTING_AS.match(text, pos)
    before = role and person_before(sentence.article, sentence.start, pos, mentions, people.full, people.roles)
    return [appointment_row(sentence, pos, role, before[0], "staff_changes.acting-as", True)] if before else []


def on_also(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"She is also the council's director of adult care and health", "Jo is currently director at Leeds", "joins from
    Leeds, where she is director of ...": the person named before holds that post (too)."""
    text = sentence.article.text
    m = _ALSO.match(text, pos)
    if not m or any(x.start < pos < x.end for x in mentions):
        return []  # "Smith, who is also president of ...": the name's apposition gives the post
    # from the verb back: the pronoun of "where she | is" is the person named before
    before = is_council_post(m["role"], "") and person_before(sentence.article, sentence.start, m.start("verb"), mentions,
                                                                      people.full, people.roles)
    near = max(sentence.article.body_start, sentence.start - _PRONOUN_REACH)
    if not before or not before[0] or before[0].split()[-1] not in text[near:pos]:
        return []  # "The director ... . She is also ...": the pronoun's person is not named near
    own = next((c for s, _, c in sentence.councils if m.start("role") <= s < m.end("role")), None)  # "director ... for Leeds"
    return [change_row("staff_changes.second-post", sentence, pos, "in_post", m["role"], before[0],
                       interval=sentence.article.published, council=own)]


# A post held before, by a pronoun ("He was previously director at Kent", "when she was Kent's head of service") or by
# the sentence's subject ("Jo Smith joined Leeds in 2015, having previously led children's services at Kent")
_HELD_BEFORE = re.compile(rf"(?:[Ss]he|[Hh]e)\s+(?P<verb>was)\s+(?:previously\s+|formerly\s+)?(?:{DET}\s+)?(?P<role>{ROLE})"
                          rf"|[Hh]aving\s+(?:previously\s+)?(?:been\s+(?:{DET}\s+)?(?P<been>{ROLE})"
                          r"|(?P<led>(?:headed(?:\s+up)?|led|ran)\s+(?:[\w’'-]+\s+){0,5}?(?:services?|department|directorate)\b))")
_HE_SHE = re.compile(r"[\s“‘\"']*(?:She|He)\s+")


def on_held(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"He was previously director of children's services at Kent", "where she was a regional director", "..., having
    previously headed up children's services at Kent": the person named before held that post then."""
    text, article = sentence.article.text, sentence.article
    m = _HELD_BEFORE.match(text, pos)
    if not m or any(x.start <= pos < x.end for x in mentions):
        return []
    if m["verb"]:  # "She | was": the pronoun's person
        who = person_before(article, sentence.start, m.start("verb"), mentions, people.full, people.roles)
    else:  # "..., having ...": the sentence's subject
        lead = _HE_SHE.match(text, sentence.start)
        who = person_before(article, sentence.start, lead.end(), mentions, people.full, people.roles) if lead \
            else sentence_subject(article, sentence.start, mentions, people.full, people.roles)
    role = m["role"] or m["been"] or m["led"]
    return [held_row("staff_changes.held-before", sentence, pos, m.end(), role, who[0])] if who and who[0] else []


def on_replace(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith will replace director Ann Lee": Lee leaves the post, Smith takes it (interim if the clause says so)."""
    text = sentence.article.text
    m = _REPLACE.match(text, pos) or _REPLACE_PRONOUN.match(text, pos)
    if not m:
        return []
    taker = person_before(sentence.article, sentence.start, pos, mentions, people.full, people.roles) \
        or _who_clause_subject(sentence, pos, people)
    leaver = resolve_name(m["n"], m.start("n"), people.full) if m["n"] else _other_named_last(sentence, pos, people, taker)
    # the post: as named, else the leaver's, else the taker's own ("She replaced Jo Smith in May", the article's director)
    role = clean_role(m["role"] or m["role2"] or "") or people.roles.get(leaver, "") \
        or (taker[1] if taker and is_council_post(taker[1], "") else "")
    if not role:
        return []  # "replacing the Common Assessment Framework": not a person's post
    rows = []
    if taker and taker[0]:
        interim = bool(INTERIM.search(text, pos, sentence.end) and "interim basis" in text[pos:sentence.end])
        rows.append(appointment_row(sentence, pos, INTERIM.sub("", role).strip() if not interim else role, taker[0],
                                 "staff_changes.replace", interim))
    told = any(kind == "depart" and departs_at(people.lower, at) and _WHO_LEFT.match(text, m.end(), at)
               for at, kind in people.within(m.end(), sentence.end)[0])
    if leaver and not told and first_departure(people, leaver, pos):  # else "... Jo Smith, who retired in May" tells it
        rows.append(change_row("staff_changes.replace", sentence, m.start("n"), "departed", role, leaver,
                         interval=when_by_tense(sentence, pos)))
    return rows


def _other_named_last(sentence: Sentence, pos: int, people: ArticlePeople, taker: tuple[str, str] | None) -> str:
    """Whom "him" or "her" at `pos` stands for: the person named last in this sentence or the one before, other than
    the one who takes their place ("Jo Smith is the director. Ann Lee will replace her in May"); else ""."""
    before = sentence_before(sentence.article, sentence.start)
    start = before.start if before else sentence.start
    return next((name for p, name in reversed(people.full) if start <= p < pos and name != (taker and taker[0])), "")


def _leaves_later(sentence: Sentence, people: ArticlePeople, end: int) -> bool:
    """Whether a leaving verb follows `end` in the sentence ("took over from Jo Smith, when she departs in May"): it tells
    and dates that departure."""
    return any(kind == "depart" for _, kind in people.within(end, sentence.end)[0])


_WHO_LEFT = re.compile(r",?\s+who\s+[^,.;]{0,60}$")  # the leaver's own clause, up to its leaving verb


def _who_clause_subject(sentence: Sentence, pos: int, people: ArticlePeople) -> tuple[str, str] | None:
    """(person, role) named last before a "who" clause ending at `pos`: "Jo Smith, who moved from Kent to | replace",
    "Jo Smith, Essex's director, who | will be"."""
    for n in reversed(names_in(sentence.article, max(sentence.start, pos - 150), pos)):
        person = resolve_name(n["n"], n.start("n"), people.full)
        if person and _WHO_CLAUSE.fullmatch(sentence.article.text, n.end(), pos):
            return person, people.roles.get(person, "")
    return None


def on_in_post_since(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"The chair has been in post since May"; "Jo Smith, and the leader who has kept her in post since May"."""
    text = sentence.article.text
    if not _IN_POST_SINCE.match(people.lower, pos):
        return []
    holder = match_back(_HOLDER_HAS_BEEN, text, sentence.start, pos)
    date = next((d for d in sentence.dates if d.start > pos), None)
    if not date:
        return []
    if not holder:
        return _kept_since(sentence, pos, people, mentions, date)
    person = resolve_name(holder["n"], holder.start("n"), people.full) if holder["n"] else ""
    role = holder["role"] or people.roles.get(person, "")
    if not person and not role:
        return []
    return [change_row("staff_changes.in-post-since", sentence, pos, "in_post", role, person, interval=sentence.since(date.start, date.end),
                 span=(holder.start(), date.end))]


def _kept_since(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention], since: DateMention) -> Rows:
    """The person someone "has kept in post since X": the name just before the keeper's clause, if they hold a post."""
    text = sentence.article.text
    kept = match_back(_KEPT, text, sentence.start, pos, 20)
    if not kept:
        return []
    names = names_in(sentence.article, sentence.start, kept.start())
    if not names:
        return []
    name = names[-1]
    person = resolve_name(name["n"], name.start("n"), people.full)
    role = people.roles.get(person, "")
    if not person or not is_council_post(role, ""):
        return []
    told = next((m for m in mentions if m.start <= name.start("n") < m.end <= kept.start()), None)
    gap_start = told.end if told else name.end()
    keeper = _KEEPER_WHO if kept["pro"] else _KEEPER_WHOM
    if not keeper.fullmatch(text, gap_start, kept.start()):
        return []
    return [change_row("staff_changes.kept-since", sentence, pos, "in_post", role, person, interval=sentence.since(since.start, since.end),
                 span=(name.start(), since.end))]


def on_tenure(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith has been chief executive for just over a year" (or "had been", closing the sentence): appointed about
    that long before publication."""
    text, pub = sentence.article.text, sentence.article.published
    duration = _FOR_DURATION.match(text, pos) if pub.start and pub.end else None
    tenure = duration and (match_back(_TENURE, text, sentence.start, pos)
                           or _APPOSED_END.match(text, duration.end()) and match_back(_TENURE_APPOSED, text, sentence.start, pos))
    if not tenure or tenure.groupdict().get("aux") == "had" and text[duration.end():sentence.end].strip(" .\"”’'\n"):
        return []  # "had been director for two years when she left in May": a tenure up to another time
    person = resolve_name(tenure["n"], tenure.start("n"), people.full) if tenure["n"] else ""
    if tenure["n"] and not person:
        return []
    role = tenure["role"] or people.roles.get(person, "") or tenure.groupdict().get("holder") or ""
    if not role:
        return []
    interim = INTERIM.search(role)
    return [change_row("staff_changes.tenure", sentence, pos, "interim_appointed" if interim else "appointed", role, person,
                 interval=back_in_time(pub, duration), span=(tenure.start(), duration.end()))]


def on_filled(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"a senior management post has been filled", "three more posts should be filled by December": appointments;
    "Jo Smith has stepped up to fill the top job": her appointment."""
    text = sentence.article.text
    job = _FILL_JOB.match(text, pos)
    if job:
        subject = sentence_subject(sentence.article, sentence.start, mentions, people.full, people.roles)
        if not subject:
            return []
        named = _FILLED_AS.match(text, job.end())
        role = named["role"] if named else subject[1] or job["role"]
        return [change_row("staff_changes.filled", sentence, pos, "interim_appointed" if INTERIM.search(role) else "appointed",
                           role, subject[0], interval=when_by_tense(sentence, pos))]
    m = match_back(_POSTS_FILLED, text, sentence.start, pos, 120)
    if not m:
        return _filled_counted(sentence, pos)
    role = " ".join(ADJECTIVES.sub("", m["role"]).split())
    q = count_before(sentence, m.start("role")) or count_before(sentence, m.start("role") - len("more "))
    one = not q and match_back(ONE_BEFORE, text, sentence.start, m.start("role"), ONE_REACH)
    every = not (q or one) and is_plural(m["role"]) and match_back(_ALL_OF, text, sentence.start, m.start("role"), 20)
    if not (q or one or every):
        return []
    count, qualifier = (q.value, q.qualifier) if q else (1.0, "exact") if one else (None, "")
    return [change_row("staff_changes.filled", sentence, pos, "appointed", role, count=count, qualifier=qualifier,
                       interval=when_by_tense(sentence, pos))]


# "has filled | 15 social work vacancies", "filled | all of the vacant posts": staff taken on (managers: appointed)
_FILLED_POSTS = re.compile(r"filled\s+(?:(?P<all>all\s+(?:of\s+)?(?:the|its|their|our)\s+)|(?=[\w-]+\s))"
                           r"(?P<role>(?:[\w’'-]+\s+){0,4}?(?:vacancies|vacant\s+posts|posts|roles|positions))\b")
_MANAGING = re.compile(r"\bmanagement\b", re.I)  # "three senior management posts": managers appointed
_STOPGAP = re.compile(r"\b(?:agency|agencies|locums?|temporary|interim)\b", re.I)  # "agency staff filled 30 vacancies"


def _filled_counted(sentence: Sentence, pos: int) -> Rows:
    """Counted (or all) posts or vacancies a subject filled: hires, or appointments of managers."""
    text = sentence.article.text
    filled = _FILLED_POSTS.match(text, pos)
    q = filled and not filled["all"] and count_at(sentence, filled.start("role"))
    if not filled or not (q or filled["all"]) or _STOPGAP.search(text, sentence.start, pos):
        return []
    role = ADJECTIVES.sub("", text[q.end if q else filled.start("role"):filled.end("role")].strip())
    change = "appointed" if _SENIOR.search(role) or _MANAGING.search(role) else "hired"
    return [change_row("staff_changes.filled", sentence, filled.start("role"), change, role, count=q.value if q else None,
                       qualifier=q.qualifier if q else "", interval=when_by_tense(sentence, pos))]


# "has been confirmed as", "was promoted to the post of", "was drafted in as", "has been handed the role of", "was
# parachuted into the department in December as commissioner"
_STANDING_IN = r"st(?:and|ands|ood|anding)\s+in|act(?:s|ed|ing)?\s+up"  # "is standing in as director": for now
_INTO_VERB = (r"(?:confirmed|promot(?:ed|e|es|ing)|recruited|(?:drafted|parachuted|brought|sent)\s+into\s+[^,.;]{1,60}?(?=\s+as\s)"
              r"|seconded\s+(?:to|from)\s+[^,.;]{1,60}?(?=\s+as\s)"
              r"|drafted\s+in|parachuted\s+in|brought\s+in|st(?:ep|eps|epped|epping)\s+(?:in|up(?=\s+(?:as|to)\s))"
              rf"|{_STANDING_IN}"
              r"|taken\s+on|employed|seconded|(?:(?<=will\s)|(?<=to\s))(?:sit|serve)"
              r"|installed|chosen|selected|picked"
              r"|named|unveiled|hired|(?:re-?)?elected|c(?:ome|omes|ame|oming)\s+in|voted\s+in|elevated|headhunted"
              r"|arriv(?:e|es|ed|ing)(?=\s+as\s))")
# "was elected leader of the council", "has been made director", "was named Kent's new director": no "as"
_STANDS_IN = re.compile(_STANDING_IN)
_MADE = re.compile(rf"(?:(?:re-?)?elected|made|named)\s+{NEW}(?P<role>{ROLE})")
_INTO_AS = re.compile(rf"(?:{_INTO_VERB}(?:\s+(?:by|from)\s+[^,.;]{{1,60}}?|\s+\w+\s+(?:years?|months?)\s+later)?"
                      r"|(?:handed|given|offered|landed|secured|accepted|got|gets|won|wins|st(?:ep|eps|epped|epping)\s+into"
                      rf"|(?:tak(?:e|es|en|ing)|took)\s+on)\s+(?:the|a|an)\s+(?:(?:new|permanent|interim|temporary|acting)\s+)?(?:role|post|job|position))"
                      rf"\s+(?:as|to|of|in(?=\s+the\s+(?:role|post|position|job)\s+of\b))\s+(?:(?:act|serve|sit)\s+as\s+)?"
                      rf"(?:the\s+(?:role|post|position|job)\s+of\s+)?"
                      rf"{NEW}(?P<role>{ROLE})")
# A post elsewhere, named before "role": "has landed an executive director's role at Coventry City Council"
_LANDED_ROLE = re.compile(rf"(?:landed|secured)\s+(?:a|an|the)\s+(?:new\s+)?(?P<role>{ROLE})(?:['’]s)?\s+"
                          r"(?:role|post|job|position)\s+(?:at|with)\s+(?:the\s+)?")
# "was drafted in to run the department", "brought in Jo Smith to lead Kent's children's services", "chosen to lead"
_SENT_TO_LEAD = re.compile(rf"(?:(?:drafted|parachuted|brought|sent)\s+in|(?:chosen|selected|picked|headhunted|appointed)"
                           rf"(?:\s+by\s+[^,.;]{{1,50}}?)?)\s+"
                           rf"(?:{name_pattern('n')}\s+)?(?:(?:on\s+an\s+interim\s+basis|temporarily)\s+)?"
                           r"to\s+(?P<role>(?:lead|run|head(?:\s+up)?|take\s+charge\s+of|oversee)\s+(?:(?:the|its|[A-Z][\w-]*[’']s)\s+)?"
                           r"[^,.;]{1,50}?)(?=\s+(?:in|on|from|last|this|next|after|until|for|since)\b|\s*[,.;]|\s*$)")
# "Jo Smith, director at Essex, has been drafted in": the person named before, interim, in the post they hold
_DRAFTED_IN = re.compile(r"(?:drafted|parachuted)\s+in\b(?!\s+(?:as|an?|one)\b)")
# "Kent has confirmed Jo Smith as its new director", "promoted Jo Smith to director", "brought Jo Smith in as commissioner"
# "Kent has made / named Jo Smith its new director": no "as"
_NAME_INTO_AS = re.compile(rf"(?:(?:{_INTO_VERB}\s+{name_pattern('n')}|(?:brought|drafted|parachuted|sent)\s+{name_pattern('n3')}\s+in)"
                           rf"{_ASIDE},?\s+(?:as|to)\s+(?:the\s+(?:role|post|position|job)\s+of\s+)?"
                           rf"|(?:made|named)\s+(?:(?:former|ex-)[a-z’' -]{{0,50}}?\s)?{name_pattern('n2')}\s+(?=(?:the|its|their)\s))"
                           rf"{NEW}(?P<role>{ROLE})")  # "made former social care chief Jo Smith the director"
# "will take the helm (at Kent)", "takes charge of Kent's children's services", "will head up the department", "has
# taken interim responsibility for the council's children's services department"
_HELM = re.compile(r"(?:the\s+(?:helm|reins)|(?:(?:interim|temporary|overall)\s+)?(?:charge|responsibility)\s+(?:of|for)|head\s+up)\b"
                   rf"(?:\s+(?:at|of|in)\b(?!\s+(?:{'|'.join(MONTH_NAMES)}|\d)))?"
                   r"\s*(?:as\s+(?:the\s+)?)?(?P<obj>[^,.;]{0,60}?)(?=(?:\s+|(?<=\s))(?:in|on|from|next"
                   r"|this|at\s+the|after|following|before|when|later|early|until|as)\b|\s*[,.;]|\s*$)")
# ... "take over (cabinet) responsibility for": the verb before, maybe with "over" and the kind of responsibility
_HELM_VERB = re.compile(r"(?:take|takes|took|taken|taking|will|to|shall|would)\s+(?:over\s+)?"
                        r"(?:(?P<interim>(?:interim|temporary|overall)\s+)|(?:cabinet|political|full)\s+)?$")
# "She will start in May", "Jo Smith joins the council in July", "starts work next month", "will join as director"
_STARTS = re.compile(r"(?:start|starts|started|starting|join|joins|joining"
                     # "moves to Kent County Council as its director": a post taken there
                     r"|(?P<moved>mov(?:e|es|ed|ing)\s+(?:over\s+)?to(?=\s+(?:the\s+)?(?:council|authority|[A-Z])[^.;]{0,60}?\sas\s)))\b(?:\s+(?:work|the\s+(?:job|role|post)"
                     r"|(?:her|his|their)\s+(?:(?:new|temporary|interim|permanent)\s+)?"
                     r"(?:job|role|post)|in\s+(?:post|the\s+(?:role|post|job))|(?:the\s+)?(?:council|authority|borough|county"
                     r"|department)|[A-Z][\w’'-]+(?:\s+(?:County|City|Borough|District))?(?:\s+Council)?))?"
                     r"\s+(?P<when>in|on|from|next|this|last|at\s+the\s+(?:start|beginning|end)|early|later|after|as)\b")
_POST_WORD = re.compile(r"\b(?:post|role|job)\b")
_JOIN_WORD = re.compile(r"(?:start|starts|started|starting|join|joins|joining)\b")
# The post a starter holds now or held before, not the one she starts: "Jo Smith, currently deputy director at Essex,
# starts", "Jo Smith, who was previously director at Kent, joins in May"
_CURRENTLY = re.compile(r"\b(?:currently|at\s+present|presently|previously|formerly)\b")
_STARTS_AS = re.compile(rf"as\s+{NEW}(?P<role>{ROLE})")


def on_sent_to_lead(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"was parachuted in to run Kent's children's services", "brought in Jo Smith to lead", "has been appointed to
    oversee the review": appointed, the task as the post."""
    text = sentence.article.text
    sent = _SENT_TO_LEAD.match(text, pos)
    if not sent:
        return []
    named = sent["n"] and resolve_name(sent["n"], sent.start("n"), people.full)
    before = (named, people.roles.get(named, "")) if named else person_before(sentence.article, sentence.start, pos, mentions,
                                                                              people.full, people.roles)
    if before and before[0]:
        return [appointment_row(sentence, pos, sent["role"], before[0], "staff_changes.into-post",
                                bool(INTERIM.search(text, pos, sent.end())))]
    return []


def on_into_post(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Jo Smith has been confirmed / promoted / drafted in as director", "Kent has named Jo Smith as its director",
    "Jo Smith will take the helm", "She will start in May": an appointment of a named person."""
    text, s = sentence.article.text, sentence.start
    if _SENT_TO_LEAD.match(text, pos):
        return on_sent_to_lead(sentence, pos, people, mentions)
    if _DRAFTED_IN.match(text, pos):
        before = person_before(sentence.article, s, pos, mentions, people.full, people.roles)
        return [appointment_row(sentence, pos, before[1], before[0], "staff_changes.into-post", True)] \
            if before and before[0] and before[1] else []
    named = _NAME_INTO_AS.match(text, pos)
    group = named and next(g for g in ("n", "n2", "n3") if named[g])
    person = named and resolve_name(named[group], named.start(group), people.full)
    if person and is_council_post(named["role"], ""):
        return [appointment_row(sentence, pos, named, person, "staff_changes.into-post")]
    landed = _LANDED_ROLE.match(text, pos)
    where = landed and next((c for a, _, c in sentence.councils if a == landed.end()), None)
    if where:
        before = person_before(sentence.article, s, pos, mentions, people.full, people.roles)
        return [appointment_row(sentence, pos, landed, before[0], "staff_changes.into-post", council=where)] if before else []
    m = _INTO_AS.match(text, pos) or _MADE.match(text, pos)
    if m:
        before = person_before(sentence.article, s, pos, mentions, people.full, people.roles)
        if before and is_council_post(m["role"], ""):  # one standing in or acting up holds the post for now
            return [appointment_row(sentence, pos, m, before[0], "staff_changes.into-post", bool(_STANDS_IN.match(text, pos)))]
        return []
    one = _one_named(sentence, pos) or (_ONE_INTO.match(text, pos) and counted_hires(sentence, pos))
    if one:  # "A new chief executive was named", "Kent has drafted in an interim director"
        return one
    if _INTO_KNOWN_POST.match(text, pos):
        return _into_known_post(sentence, pos, people, mentions)
    helm = _HELM.match(text, pos)
    verb = helm and match_back(_HELM_VERB, people.lower, s, pos, 24)
    if helm and verb:
        before = person_before(sentence.article, s, verb.start(), mentions, people.full, people.roles)
        role = before and (before[1] if is_council_post(before[1], "") else helm["obj"])
        # "will take (over) the helm following ...": a post taken, named or not
        if before and (role or text.startswith("the", pos)) and first_appointment(people, before[0], pos):
            interim = bool(INTERIM.search(role) or verb["interim"] and verb["interim"].strip() != "overall")
            return [appointment_row(sentence, pos, role, before[0], "staff_changes.takes-up-post", interim)]
        return []
    start = _STARTS.match(text, pos)
    if not start:  # "a further 27 workers set to join permanently": counted hires, whenever they start
        return _counted_joiners(sentence, pos) if _JOIN_WORD.match(text, pos) else []
    before = person_before(sentence.article, s, pos, mentions, people.full, people.roles)
    if not before:
        return _counted_joiners(sentence, pos) or _new_one_starts(sentence, pos)
    given = _STARTS_AS.search(text, start.start("when"), sentence.clause(pos)[1])
    # "Jo Smith, director at Essex, will join Kent in May": Kent's appointment, in a post the text does not name
    joined = next((c for a, _, c in sentence.councils if start.start() < a < start.start("when")), None)
    elsewhere = joined and not given and before and joined != sentence.council_before(pos)
    role = given["role"] if given else "" if elsewhere else (before[1] if before else "")
    if role and not given and _CURRENTLY.search(text, s, pos):
        role = _role_said_before(sentence)  # the post she holds is not the one she starts: the new one named before
        joined = joined or sentence.council
    if not before or not (elsewhere or role and is_council_post(role, "")) or start["moved"] and not given:
        return []  # one "moved to Kent" takes a post only "as" one
    if not (given or not text.startswith("started", pos) or _POST_WORD.search(start.group())) \
            or not first_appointment(people, before[0], pos):  # "started" a post only: "as director", "in the role"
        return []
    return [appointment_row(sentence, pos, role, before[0], "staff_changes.takes-up-post", bool(INTERIM.search(role)),
                            council=joined)]


# "A new chief executive was | named in May", "An interim director has been | chosen"
_ROLE_PASSIVE = re.compile(rf"(?P<role>{ROLE}),?\s+(?:was|has\s+been|will\s+be|is\s+to\s+be|(?:is|are)\s+(?:expected|due|set)\s+to\s+be)"
                           r"\s+(?:\w+ly\s+)?$")
_NAMING = re.compile(r"(?:named|chosen|selected|picked|installed|confirmed)\b(?!\s+(?:as|to|by\s+[^,.;]{1,50}?\s+as)\b)")


# An active verb of bringing one leading post's holder in: "has drafted in | an interim director"
_ONE_INTO = re.compile(r"(?:drafted\s+in|parachuted\s+in|installed|seconded|headhunted)\s+(?:an?|one)\s")
# Into a post the article gave the person already: "was promoted to the role", "was made permanent in the post"
_INTO_KNOWN_POST = re.compile(r"(?:promoted\s+(?:in)?to|made\s+permanent\s+in|confirmed\s+in)\s+(?:the|her|his|their)\s+"
                              r"(?:role|post|job|position)\b|(?P<handed>(?:handed|given)\s+the\s+(?:role|post|job|position)\b)"
                              r"(?!\s+(?:of|as)\b)")


def _into_known_post(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """The appointment of the person the verb at `pos` belongs to, to the post the article gives them (or the sentence
    before names): "She was promoted to the role in May" (made permanent: not interim); for one "handed the role", the
    role the sentence before names."""
    before = person_before(sentence.article, sentence.start, pos, mentions, people.full, people.roles)
    role = before and (before[1] or _role_said_before(sentence))
    if before and _INTO_KNOWN_POST.match(sentence.article.text, pos)["handed"]:
        role = _role_said_before(sentence)  # "Jo Smith, Essex's director, has been handed the role": a post new to her
    if not role or not is_council_post(role, "") or not first_appointment(people, before[0], pos):
        return []
    permanent = sentence.article.text.startswith("made", pos)
    return [appointment_row(sentence, pos, " ".join(INTERIM.sub("", role).split()) if permanent else role, before[0],
                            "staff_changes.appointed-in-post", bool(INTERIM.search(role)) and not permanent)]


def _one_named(sentence: Sentence, pos: int) -> Rows:
    """One post's new holder, unnamed, named or chosen at `pos` ("A new chief executive was named in May")."""
    text = sentence.article.text
    role = _NAMING.match(text, pos) and match_back(_ROLE_PASSIVE, text, sentence.start, pos)
    if not role or is_plural(role["role"]) or not match_back(ONE_BEFORE, text, sentence.start, role.start("role"), ONE_REACH):
        return []
    return [appointment_row(sentence, pos, role, "", "staff_changes.one-named")]


# "A new director of children's services | starts in May", "the council's new chief executive will | join in June", "its
# new director, who | starts in June,"
_NEW_ONE = re.compile(rf"(?<![\w’'-])(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*[’']s)\s+(?:(?:new|permanent|incoming|interim)\s+)+"
                      rf"(?P<role>{ROLE})(?:,\s+who)?,?\s+(?:(?:will|is\s+(?:due|set|expected)\s+to)\s+)?$"
                      # "The commissioner | is due to start work on May 1" (one just named as to be appointed)
                      rf"|(?<![\w’'-])[Tt]he\s+(?P<due>{ROLE})\s+is\s+(?:due|set|expected)\s+to\s+$")


def _new_one_starts(sentence: Sentence, pos: int) -> Rows:
    """A new holder of one post, unnamed, who starts or joins at `pos`: one appointed."""
    new = match_back(_NEW_ONE, sentence.article.text, sentence.start, pos)
    role = new and (new["role"] or new["due"])
    if not role or is_plural(role) or not is_council_post(role, ""):
        return []
    return [appointment_row(sentence, pos, role, "", "staff_changes.new-one-starts",
                            bool(INTERIM.search(new.group())))]


# "since becoming director in 2015", "prior to becoming deputy chief executive", "after being appointed commissioner",
# "before being promoted two years later to assistant director",
# "since arriving in 2009"; a role is needed after "becoming" and "being named" (not "since becoming an academy")
_GERUND = re.compile(rf"(?:(?P<verb>becoming|being\s+named|being\s+promoted(?:\s+(?:[\w-]+\s+){{1,3}}?later)?\s+to)|being\s+appointed|arriving)\b(?:\s+(?:as\s+)?{NEW}(?P<role>{ROLE}))?")
_GERUND_AFTER = re.compile(r"\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Pp]rior\s+to|[Oo]n|[Uu]pon)\s+$")
_FRONTED_END = re.compile(r"[^,.;:]*?,\s+")  # the rest of a clause fronting the sentence, to its comma


def on_gerund(sentence: Sentence, pos: int, people: ArticlePeople, mentions: list[PersonMention]) -> Rows:
    """"Since becoming Kent's director in 2015, she has ...", "Jo Smith has led it since being appointed in May": the
    sentence's subject took the post then (the person's known post when the clause names none)."""
    text = sentence.article.text
    m = _GERUND.match(text, pos)
    prep = m and match_back(_GERUND_AFTER, text, sentence.start, pos, 12)
    if not prep or m["verb"] and not m["role"]:
        return []
    subject, end = _gerund_subject(sentence, prep.start(), m.end(), people, mentions)
    role = m["role"] or (subject[1] if subject else "")
    if not subject or not role or not is_council_post(role, "") or not m["role"] and not first_appointment(people, subject[0], pos):
        return []
    date = next((d for d in sentence.dates if m.end() <= d.start < end and d.interval.start), None)
    return [change_row("staff_changes.since-becoming", sentence, pos, "interim_appointed" if INTERIM.search(role) else "appointed",
                       role, subject[0], interval=date.interval if date else sentence.before_publication(),
                       span=(prep.start(), date.end if date else m.end()))]


def _gerund_subject(sentence: Sentence, start: int, end: int, people: ArticlePeople,
                    mentions: list[PersonMention]) -> tuple[tuple[str, str] | None, int]:
    """The subject of the clause a gerund phrase from `start` to `end` belongs to, and where that phrase's words end:
    named just after the phrase when it fronts the sentence, else the sentence's subject."""
    text = sentence.article.text
    fronted = "," not in text[sentence.start:start] and _FRONTED_END.match(text, end, sentence.end)
    if fronted:
        return subject_at(sentence.article, fronted.end(), people.full, people.roles), fronted.end()
    subject = sentence_subject(sentence.article, sentence.start, mentions, people.full, people.roles) \
        or subject_at(sentence.article, sentence.start, people.full, people.roles)
    return subject, sentence.clause(end)[1]
