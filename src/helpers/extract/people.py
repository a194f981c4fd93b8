"""People and posts (staff_changes.csv): who holds, takes or leaves which post; new teams, jobs and staff numbers.

A name is a run of capitalised words next to a role phrase ("Jo Smith, the chief executive",
"director Jo Smith", "the leader of the council, Jo Smith"); a surname alone stands for the
full name the article gave earlier. Role phrases are built from general vocabulary (director,
cabinet member, social workers ...), never from a list of people. Each person is reported in
post once per article, at their first mention, and again where the article says since when
they have held the post ("the leader who has kept her in post since May"). A tenure given as
a duration ("has been chief executive for two years") is an appointment that long before
publication.

For speed the body is scanned once per article: for names, and (lower-cased) for anchor words
("appoint", "left", "created" ...). Each anchor then runs only the few short patterns of its
kind, forwards from the anchor or backwards from it (`_back`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Callable, NamedTuple

from dateutil.relativedelta import relativedelta

from ..corpus import Article
from ..councils import gazetteer
from ..dates import NUMBER, DateMention, count_of, find_dates
from ..intervals import UNKNOWN, Interval, month_end
from ..text import sentence_spans
from .sentence import Sentence


def _words(*phrases: str) -> str:
    """An alternation of regex phrases, longest first, each word's first letter in either case."""
    def word(w: str) -> str:
        return f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[0].islower() else w
    return "(?:" + "|".join(r"\s+".join(map(word, p.split())) for p in sorted(phrases, key=len, reverse=True)) + ")"


def _trie(words) -> str:
    """A fast alternation of literal lower-case phrases, grouped by first letter."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(r"\s+".join(map(re.escape, w[1:].split(" "))))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


# ----------------------------------------------------------------------------- names and roles

_TITLE = r"(?:(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Professor|Prof|Lord|Baroness)\.?\s+)"
_CAPITALISED = r"(?:O[’'][A-Z][a-z]+|[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?)(?!\w|[’']\w)"
_NOT_NAME = frozenset(
    "Council Borough County District City Department Ofsted Town Hall Street Road Office Board Team Services Service "
    "Care Help Early Social Children Education Government Secretary State Labour Conservative Conservatives Tory "
    "Liberal Democrat Democrats Green Party Inside Court Committee Partnership Trust Agency Inspector Inspection "
    "Improvement Plan Report Directive Minister Mayor Commissioner Director Executive Chief Leader Cabinet Member "
    "Group Unit Head Chair Interim Acting Deputy Assistant Judgement Grade Summary Overall "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Capitalised words that start a sentence or a title, not a name.
_NOT_FIRST = "(?!(?:" + "|".join(sorted(_NOT_NAME | set(
    "The A An And But Or Nor Neither Either In On At Of For By To From With Since When While After Before Following "
    "Under Despite During This That These Those It Its He She They We You His Her Their Our My If As So Then Now Also "
    "However Indeed Meanwhile Last Next Both All Many Some Other How What Why Where Who Which Whilst Although Though "
    "Yet Once Given Because Unlike Like Only Even Every Each No Not".split()))) + r")\b)"


# A word that cannot go on a name ("Prime | Minister David Cameron").
_NOT_NEXT_WORD = "(?:" + "|".join(sorted(_NOT_NAME)) + r")\b"
_NOT_NEXT = f"(?!{_NOT_NEXT_WORD})"  # "Local Safeguarding | Children Board" is a body, not a person


def _name(group: str) -> str:
    """A person's name, optionally titled ("Councillor") and honoured ("OBE"), captured as `group`."""
    return (rf"(?<![\w’'-])(?=[A-Z]){_TITLE}?{_NOT_FIRST}(?P<{group}>{_CAPITALISED}(?:[ ]{_NOT_NEXT}{_CAPITALISED}){{0,2}})(?![ ]{_NOT_NEXT_WORD})"
            r"(?:\s+(?:OBE|MBE|CBE))?")


_MOD = _words(
    "interim", "acting", "temporary", "permanent", "senior", "junior", "assistant", "deputy", "associate", "executive",
    "corporate", "strategic", "operational", "principal", "service", "council", "borough", "county", "social", "care",
    "work", "children[’']?s?", "services", "early", "help", "unit", "team", "case", "proceedings", "progression",
    "practice", "quality", "assurance", "safeguarding", "front-?line", "qualified", "agency", "locum", "independent",
    "political", "education", "family", "adults?", "youth", "offending", "fostering", "adoption", "workforce",
    "performance", "improvement", "people", "group", "area", "legal", "finance", "planning", "programme", "project",
    "business", "opposition", "press", "full-time", "part-time", "prime", "lead", "regional")
_HEAD = "(?:" + _words(
    "chief executive officer", "chief executive", "chief execs?", "chief officers?", "directors? general", "directors?",
    "commissioners?", "leaders?", "cabinet members?", "lead members?", "portfolio holders?", "mayors?",
    "chair(?:man|woman|person)?s?", "managers?", "executives?", "execs?", "officers?", "social workers?", "workers?",
    "practitioners?", "staff", "figures?", "appointees?", "employees?", "inspectors?", "ministers?",
    "secretary of state", "spokes(?:person|man|woman)s?",
    "advis[eo]rs?") + r"|CEOs?|DCS|ADs?|MPs?|[Hh]eads?(?=\s+of\b))"
# A length of time: "for just over a year", "for nearly two and a half years", "for the past six months".
_BOUND_WORDS = {"before": ("just over", "well over", "over", "more than", "at least", "upwards of"),
                "after": ("just under", "under", "less than", "nearly", "almost", "not quite", "barely")}
_DURATION = (r"(?i:for\s+(?:the\s+(?:past|last)\s+)?"
             r"(?:(?P<q>" + "|".join(w.replace(" ", r"\s+") for ws in _BOUND_WORDS.values() for w in ws)
             + r"|about|around|roughly|approximately|some|just|only)\s+)?"
             rf"(?P<dn>{NUMBER})(?P<half>\s+and\s+a\s+half)?\s+(?P<du>day|week|month|year|decade)s?"
             r"(?P<half2>\s+and\s+a\s+half)?(?!\w))")
# Not the start of a length of time (a role's complement stops before one).
_NO_DURATION = (r"(?!(?i:for\s+(?:the\s+(?:past|last)\s+)?(?:(?:just|well|not|more|less|at|upwards|over|under"
                r"|than|least|of|nearly|almost|quite|barely|about|around|roughly|approximately|some|only)\s+)*"
                r"(?:a\s+couple\s+of\s+|[\w-]+\s+(?:and\s+a\s+half\s+)?)(?:day|week|month|year|decade)s?\b))")
# Capitalised words that start a second role, not a name ("Deputy Leader and Cabinet Member for ...").
_ROLE_WORD = r"(?:Cabinet|Lead|Deputy|Chief|Executive|Assistant|Director|Portfolio|Head|Chair|Leader)\b"
# Words that end a role's complement ("head of fostering | was sacked").
_STOP = (r"(?:who|whom|which|that|was|were|is|are|be|been|has|have|had|said|says|will|would|could|should|may|might"
         r"|to|in|on|since|after|before|when|while|as|by|from|with|nor|or|but|until|during|between)")
_CW = (rf"(?!{_STOP}\b){_NO_DURATION}(?!and\s+(?:an?|the|(?!{_ROLE_WORD})[A-Z][a-z]+\s+[A-Z][a-z]+\b"
       rf"(?!,\s+(?:$|(?:Councillor|Cllr|Dr|Mr|Mrs|Ms)\b)))\b)[\w’'&()-]+")
# A space inside a role; a line break only where the next line goes on in lower case (PDF text).
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?=[a-z(]))"
_LIST_PART = rf"{_CW}(?:{_SP}{_CW}){{0,3}}"
# "of fostering", "for schools, skills and families"
_COMPLEMENT = (rf"(?:{_SP}{_NO_DURATION}(?:of|for|responsible\s+for|at){_SP}{_CW}(?:{_SP}{_CW}){{0,7}}"
               rf"(?:,{_SP}{_LIST_PART}{_SP}(?:and|&){_SP}{_LIST_PART}(?=\s*[,.;:)\n]|\s*$))?)")
_ROLE = rf"(?<![\w’'-])(?:{_MOD}\s+){{0,3}}{_HEAD}\b{_COMPLEMENT}?"
_DET = r"(?:the|a|an|its|their|his|her|our|(?:[A-Z][\w-]*|[a-z]+)[’']s)"
# Words between a determiner and the role: "£99,000-a-year", "Green-led borough's embattled"
_FILL = (r"(?!(?:who|whom|whose|which|that|was|were|is|are|has|had|have|said|says|and|or|but|nor|not|also|then)\b)"
         r"(?:[£$€]?\d[\d,.]*(?:-[a-z]+)*|[\w’'&-]+)")
_NEW = (r"(?:(?:the|an?|its|their|some|two|three|four|five|[A-Z][\w-]*[’']s)\s+)?"
        r"(?:(?:new|newly|recent|additional|extra|further|highly[- ]\w+)\s+)*")

_ANY_NAME = re.compile(_name("n"))
# At a name: "Jo Smith, the borough's £99,000-a-year director" / "Jo Smith, head of fostering, X Council, said"
_APPOSITION = re.compile(rf"{_name('n')}(?:,|\s+[-–—])\s+(?:{_DET}\s+)?(?:{_FILL}\s+){{0,4}}?(?P<role>{_ROLE})")
# At a name: "Smith is the new DCS"
_IS = re.compile(rf"{_name('n')}\s+(?:is|has\s+been)\s+(?:(?:the|an?|its)\s+)?(?:{_FILL}\s+){{0,2}}?(?P<role>{_ROLE})")
# Before a name: "executive director | Jo Smith", "the chief executive, | Jo Smith,", "the director [|Smith]"
_ROLE_THEN = re.compile(rf"(?P<role>{_ROLE})(?P<sep>\s+|,\s+|\s*\[)$")
_AFTER_COMMA_NAME = re.compile(r"\s*[,.;:)]|\s+(?:and|nor)\b|\s*$"
                               r"|\s+(?:said|says|wrote|writes|told|tells|added|adds|explained|commented|stated)\b")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# Before a name: "the mayor who appointed her, | Jo Smith."
_ROLE_WHO = re.compile(rf"\b(?:the|its)\s+(?:{_FILL}\s+){{0,3}}?(?P<role>{_ROLE})\s+who\b[^,.;]{{1,80}},\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[.;]|$)")
_HEADED_CLAUSE = re.compile(r"[^,.;:]+")
_LEAD = re.compile(r"[\s“‘\"'•]*")

_IN_POST_ROLE = re.compile(r"chief|\bCEO|director|\bDCS\b|commissioner|leader|cabinet member|lead member|portfolio"
                           r"|mayor|chair|head of|\bexec|spokes(?:person|man|woman)|councillor|inspector|minister"
                           r"|secretary of state|\bMP\b|officer", re.I)
# A named person in post is reported whoever employs them (councillors of any group, inspectors, ministers, MPs,
# officers of other bodies); only the press writing the story and shadow posts are left out.
_NOT_COUNCIL_ROLE = re.compile(r"shadow|columnist|editor|reporter|correspondent|union", re.I)
# Posts outside the council and the body they belong to.
_ORGANISATION_OF = [(re.compile(p, re.I), org) for p, org in (
    (r"inspector|\bHMI\b", "Ofsted"),
    (r"secretary of state|education secretary|(?:children|education)[’']?s?\s+minister", "DfE"),
    (r"minister", "Government"),
    (r"\bMPs?\b", "Parliament"))]
# A party before a titled name: "Labour Councillor Jo Smith" is a Labour councillor.
_PARTY_BEFORE = re.compile(r"(?P<role>(?:Labour|Conservative|Tory|Liberal\s+Democrat|Lib\s+Dem|Green|Independent"
                           r"|Reform(?:\s+UK)?))\s+$")
_COUNCILLOR = re.compile(r"(?:Councillor|Cllr)\b")
# A role phrase cut short before a name it swallowed ("cabinet member for Children and | School Attainment").
_OPEN_END = re.compile(r"\b(?:and|or|of|for|the|to|with|at|&)\s*$", re.I)

# ----------------------------------------------------------------------------- anchors and their patterns

_ANCHORS = {
    "depart": ("left", "resigned", "stepped down", "step down", "stepping down", "quit", "departed", "retired",
               "forced to", "sacked", "dismissed", "ousted", "handed in", "last day", "replaced by", "leave", "leaving",
               "retiring", "retirement", "retire", "vacated by", "stood down", "stand down", "standing down"),
    "replace": ("replace", "replacing"),
    "moved": ("moved from",),
    "acting": ("acting as",),
    "departure": ("departure", "resignation", "exit", "dismissal", "sacking"),
    "appoint": ("appoint",),
    "took_up": ("took up", "take up", "takes up", "taking up"),
    "joined": ("joined",),
    "in_post": ("in post", "in position"),
    "tenure": ("for",),
    "since": ("since",),
    "became": ("became", "become", "becomes", "took over", "take over", "takes over", "taking over", "succeeded",
               "succeeds", "succeed", "named as", "named the", "named new"),
    "hire": ("employed", "recruited", "hired", "taken on", "brought in", "hirings", "new hires", "new recruits"),
    "create": ("recruitment drive", "created", "established", "set up", "formed", "launched", "developed", "added", "funded", "introduced"),
    "staff": ("increased", "reduced", "cut", "grown", "grew", "doubled", "halved", "boosted", "expanded", "raised"),
    "leadership": ("set of", "round of", "wave of", "come and gone", "change", "has had", "have had"),
    "filled": ("filled", "fill the"),
    "starters": ("starters", "leavers", "joiners"),
    "headed": ("headed by", "led by", "run by", "managed by"),
}
_WHOLE_WORD = frozenset(("leave", "retire", "replace"))  # not "leavers", "retirees", "replacement"
_KIND = {w: kind for kind, words in _ANCHORS.items() for w in words}
_ANCHOR = re.compile(_trie(_KIND))
_BACK = 160  # how far back a pattern ending at an anchor may start

# Forward patterns match at the anchor (on the lower-cased text where they have no names or roles).
_DEPART_AT = re.compile(r"(?:left\s+(?:her|his|their|the)\s+(?:jobs?|posts?|roles?|positions?)|resigned|(?<!been\s)st(?:ep(?:ped|ping)?|ood|and(?:ing)?)\s+down(?!\s+(?:to|from)\s)"
                        r"|quit|departed|retired|forced\s+to\s+(?:resign|quit|leave|step\s+down)|sacked|dismissed|ousted"
                        r"|handed\s+in\s+(?:her|his|their)\s+(?:resignation|notice)|last\s+day|replaced\s+by"
                        r"|left\s+(?:the\s+)?(?:council|authority|organisation|department|borough|county|service)"
                        r"|leav(?:e|ing)(?=\s+(?:(?:her|his|their|the|its)\s+(?:post|job|role|position|council|authority"
                        r"|organisation|department)|on|at\s+the\s+end|after|next|this|later|shortly|soon|early|when|by"
                        r"|before|in\s+(?:the\s+)?(?:new\s+year|spring|summer|autumn|winter|[A-Z0-9]))\b|\s*[.,;]|\s*$)"
                        r"|retir(?:e|ing|ement)|vacated\s+by)\b")
# The person a verb at the end of this gap belongs to ("Jo Smith, the DCS, | is to leave", "Jo Smith, who | moved").
_TO_VERB = re.compile(r"(?:,\s+who|\s+who)?,?\s+(?:(?:is|are|was|were|has|have|had|will|would|shall|be|been|being|also|now"
                      r"|to|set|due|going|about|taking|take|took|early|expected|soon|finally|formally|officially|then|later"
                      r"|already|recently|in\s+line|announced\s+(?:her|his|their)|confirmed\s+(?:her|his|their))\s+){0,5}", re.I)
_PRONOUN = re.compile(r"[\s“‘\"']*(?:She|He|[Ss]he|[Hh]e)\s+(?:(?:is|was|has|had|will|would|be|been|also|now|to|set|due"
                      r"|expected|then|later|already|recently)\s+){0,4}$")
_REPLACED_BY = re.compile(rf"replaced\s+by\s+(?:(?:the|its)\s+)?(?:{_ROLE}\s+)?{_name('n')}")
_VACATED_BY = re.compile(rf"vacated\s+by\s+{_name('n')}")
_REPLACE = re.compile(rf"replac(?:e|ing)\s+(?:the\s+)?(?:(?:outgoing|departing|former|previous)\s+)?"
                      rf"(?:(?P<role>{_ROLE})\s+)?{_name('n')}")
_MOVED_FROM = re.compile(rf"moved\s+(?:from|over\s+from)\s+(?:the\s+)?(?P<org>{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,4}})")
_ACTING_AS = re.compile(rf"acting\s+as\s+{_NEW}(?P<role>{_ROLE})")
_JOINED_ORG = re.compile(rf"joined\s+(?:(?:the\s+)?(?P<org>{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,4}}|council|authority"
                         rf"|department|borough|county)\b(?!\s+as\b)|(?=(?:in|last|this|earlier)\s))")
# "became director", "took over as director", "was named as the new director", "succeeded Jo Smith (as director)"
_BECAME = re.compile(rf"(?:became|become|becomes|took\s+over|take\s+over|takes\s+over|taking\s+over|named)\s+"
                     rf"(?:as\s+)?{_NEW}(?P<role>{_ROLE})")
_TOOK_OVER_FROM = re.compile(rf"(?:took|take|takes|taking)\s+over\s+from\s+(?:(?P<role>{_ROLE})\s+)?{_name('n')}")
_SUCCEEDED = re.compile(rf"succeed(?:ed|s)?\s+(?:(?P<role>{_ROLE})\s+)?{_name('n')}(?:\s+as\s+{_NEW}(?P<role2>{_ROLE}))?")

_HIRED_INTO = re.compile(r"(?:employed|recruited|hired|brought\s+in)\s+(?:in|into)\s+(?:an?|the)\s+"
                         r"(?P<role>[\w’'&-]+(?:\s+[\w’'&-]+){0,6}?)\s+(?:role|post|position|job)\b")
# "Jo Smith, who ..., | has been appointed"; "Jo Smith will lead the review and | has been appointed"
_SUBJECT_VERB = re.compile(r"(?:,|\band|\bbut)\s+(?:has|have|had|was|is)\s+(?:been\s+)?(?:\w+ly\s+)?$")
_WHO_CLAUSE = re.compile(r",\s+who\s+[^,.;]{0,100}")
_NEW_BEFORE = re.compile(r"\bnew(?:ly[- ]appointed)?\s+(?:[\w’'-]+\s+){0,2}$")
_ROLE_DID = re.compile(rf"(?P<role>{_ROLE})\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been|will\s+be|is\s+to\s+be)\s+)?"
                       r"(?:\w+\s+)?$")
_DEPARTURE_OF_NAME = re.compile(
    rf"{_words('departure', 'resignation', 'exit', 'dismissal', 'sacking', 'retirement')}\s+of\s+{_name('n')}")
_DEPARTURE_OF = re.compile(
    rf"{_words('departures?', 'resignations?', 'exits?', 'dismissals?', 'sackings?')}\s+of\s+(?:both\s+)?"
    rf"(?:(?:the|an?)\s+)?(?:{_FILL}\s+){{0,2}}?(?P<role>{_ROLE})(?:\s+and\s+(?:(?:the|an?)\s+)?(?P<role2>{_ROLE}))?")

_APPOINTED = re.compile(rf"[Aa]ppointed\s+(?:as\s+)?{_NEW}(?P<role>{_ROLE}(?:\s+posts?)?"
                        r"|(?:(?:senior|new|interim)\s+)?(?:management|leadership)\s+team)")
_APPOINTED_NAME = re.compile(rf"[Aa]ppointed\s+{_name('n')}\s+as\s+{_NEW}(?P<role>{_ROLE})")
_APPOINTMENT_OF = re.compile(rf"[Aa]ppointments?\s+(?:of|to)\s+{_NEW}(?P<role>{_ROLE}(?:\s+posts?)?)")
_NAME_WAS = re.compile(rf"{_name('n')}\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:(?:newly|recently|formally)\s+)?$")
_ROLE_WAS = re.compile(rf"(?P<role>{_ROLE}),?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|who\s+was)\s+)?"
                       r"(?:newly\s+|recently\s+)?$")
_APPOINTED_BARE = re.compile(r"appointed\s+(?:in|on|last|this|earlier|from|at|to\s+(?:the|her|his|their)\s+(?:post|role|job))\b")
_NOT_AS = re.compile(r"appointed\b(?!\s+as\b)")
_BY_DFE = re.compile(
    r"\bby\s+(?:the\s+)?(?:DfE|Department\s+for\s+Education|(?:Education\s+)?Secretary(?:\s+of\s+State)?)\b")
_INTERIM = re.compile(r"\b[IiAaTt](?:nterim|cting|emporary)\b")

_TOOK_UP = re.compile(r"(?:took|take|takes|taking)\s+up\s+(?:the|her|his|their)\s+(?:post|role|position|job)\b")
_JOINED_AS = re.compile(rf"joined\s+(?:[\w’'-]+\s+){{0,3}}?as\s+{_NEW}(?P<role>{_ROLE})")
_IN_POST_SINCE = re.compile(r"in\s+(?:post|position)\s+since\b")
_HOLDER_HAS_BEEN = re.compile(rf"(?:(?P<role>{_ROLE})|{_name('n')})\s+(?:has|have)\s+been\s+$")
# Before "in post since": "<name>, and the leader who has kept | her | in post since"; "<name>, whom the
# leader has kept | in post since". The pronoun stands for the name just before the keeper's clause.
_KEPT = re.compile(r"(?<![\w’'-])(?:kept|retained|maintained)\s+(?:(?P<pro>her|him)\s+)?$")
_KEEPER_WHO = re.compile(r",?\s+(?:(?:and|but|while|whereas)\s+)?(?:the|its|their)\s+(?:[\w’'-]+\s+){0,6}?"
                         r"(?:who|that)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$")
_KEEPER_WHOM = re.compile(r",\s+whom\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,6}?(?:has|have|had)\s+(?:\w+ly\s+)?$")
_FOR_DURATION = re.compile(_DURATION)
# Before "for <duration>": "Jo Smith has been the council's chief executive | for two years",
# "the DCS has been in post | for nearly three years", "Smith has served as leader | for a decade".
_HOLDER = rf"(?:(?<!\band\s)(?<!&\s){_name('n')}(?:,\s+[^,.;]{{1,100}},)?|(?P<holder>{_ROLE}))"
_TENURE = re.compile(
    rf"{_HOLDER}\s+(?:has|have)\s+(?:been|served\s+as|held\s+the\s+(?:post|role|position|job)\s+of)\s+"
    rf"(?:(?:(?:the|an?|its|their|our|[A-Z][\w-]*[’']s)\s+)?(?P<role>{_ROLE})|(?P<post>in\s+(?:post|position"
    r"|office|charge|(?:the|her|his|their)\s+(?:post|role|job|position))))"
    rf"(?:\s+(?:in|at)\s+{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}})?\s+$")

# "Jo Smith has been corporate director at Kent since 2001" (before "since")
_ROLE_SINCE = re.compile(
    rf"{_HOLDER},?\s+(?:has|have)\s+been\s+(?:(?:the|an?|its|their|our|[A-Z][\w-]*[’']s)\s+)?(?P<role>{_ROLE})"
    rf"(?:\s+(?:in|at)\s+(?:the\s+)?{_CAPITALISED}(?:\s+(?:{_CAPITALISED}|and|&)){{0,4}})?\s+$")

_HIRE_AT = re.compile(r"(?:employed|recruited|hired|taken\s+on|brought\s+in)\b")
_HIRINGS = re.compile(r"(?:hirings|new\s+hires|new\s+recruits)\b")
_HIRED_ITEM = re.compile(rf"(?<![\w-])(?:(?P<a>an?|one)\s+)?(?:(?:new|additional|extra|more)\s+)?(?P<role>{_ROLE})")

_TEAM = (r"(?P<role>(?:(?!(?:and|or|the|an?|this|that|its|their|our|his|her|of|to|in|for|with)\b)[\w’'-]+\s+){0,3}"
         r"teams?)\b")
_TEAM_HAS_BEEN = re.compile(
    rf"\b(?:(?:an?|the)\s+)?(?:(?:new|extra|additional|further)\s+)*{_TEAM}\s+(?:has|have|had)\s+been\s+$")
_CREATED_TEAM = re.compile(
    rf"(?:set\s+up|established|created|formed|launched)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,5}}?{_TEAM}")
_TEAM_VERB = re.compile(r"(?:created|established|set\s+up|formed|launched|developed)\b")
_JOBS = re.compile(r"\s+(?P<role>(?:[\w’'-]+\s+){0,4}?(?:jobs|posts|roles|positions))\b")
_JOBS_VERB = re.compile(r"(?:created|added|established|funded|introduced|recruitment\s+drive)\b")
_ADJECTIVES = re.compile(r"^(?:(?:new|newly[- ]\w+|extra|additional|further|immediate|more)\s+)+", re.I)

_GREW_STAFF = re.compile(
    r"(?:increased|reduced|cut|grown|grew|doubled|halved|boosted|expanded|raised)\s+"
    r"(?:the\s+(?:number|size)\s+of\s+|its\s+|their\s+)"
    r"(?P<role>(?:[\w’'-]+\s+){0,2}?"
    r"(?:staff|social\s+workers|practitioners|workforce|employees|managers|headcount))\b")
_STAFF_CUTS = re.compile(r"cut-?backs?\b|cuts\b")
_STAFF_BEFORE = re.compile(r"(?P<role>staff|workforce|jobs?|posts?)\s+$")
_HEDGE = re.compile(r"\b(?:probably|perhaps|seems?|may\s+have|might|could)\b")

# "The department has had six heads since 2013": a count of leaders
_HAS_HAD = re.compile(rf"ha(?:s|ve)\s+had\s+(?P<n>{NUMBER})\s+(?:different\s+)?(?P<role>{_ROLE}|heads|bosses)\b")
# "a senior management post has been filled", "three more posts should be filled by December"
_POSTS_FILLED = re.compile(rf"(?<![\w’'-])(?P<role>(?:(?!(?:an?|the|one|more|and|its|their)\b)[\w’'-]+\s+){{0,3}}?posts?|{_ROLE})(?:\s+(?:for|of|in)\s+[^,.;]{{1,50}}?)?\s+"
                           r"(?:has|have|had|should|will|would|is|are|was|were)\s+(?:(?:now|yet|also|all|be|been|to|be|being"
                           r"|already)\s+){0,3}$")
_FILL_JOB = re.compile(r"fill\s+(?:the|a|her|his|their)\s+(?P<role>(?:(?:top|vacant|permanent|interim|senior)\s+)?"
                       r"(?:job|post|role|position|vacancy))\b")
# "There were 43 new starters last year", "35 leavers"
_STARTERS = re.compile(r"(?:starters|joiners|leavers)\b")
_STAFF_WORDS = re.compile(r"\b(?:staff|social\s+workers|employees|workforce|practitioners)\b(?![^.]{0,50}care\s+leavers)")
_SET_OF = re.compile(rf"(?:set|round|wave)\s+of\s+(?P<role>{_ROLE}(?:\s+and\s+{_ROLE})?)")
_GONE = re.compile(r"come\s+and\s+gone\b")
_ROLE_HAVE = re.compile(rf"(?P<role>{_ROLE})\s+(?:have|has|had)\s+(?:since\s+)?$")
_CHANGES_IN = re.compile(r"(?:changes?\s+(?:in|to|of)|chang(?:ed|ing)\s+(?=(?:the|its|their)\s))\s*(?:(?:the|its|their)\s+)?"
                         r"(?P<role>(?:senior\s+|political\s+|corporate\s+)?(?:leadership|management)(?:\s+team)?"
                         r"(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+services)?)?)\b")

# ----------------------------------------------------------------------------- the article


class _Mention(NamedTuple):
    start: int
    end: int
    person: str
    role: str
    kind: str


@dataclass(frozen=True)
class _People:
    """What the article's body says about people, found once: anchors, mentions, who is in post."""

    lower: str                        # the text lower-cased, same offsets
    anchors: list[tuple[int, str]]    # (position, kind) of each anchor word
    mentions: list[_Mention]
    full: list[tuple[int, str]]       # (start, name) of the full names the body gives
    roles: dict[str, str]             # person -> the first role the article gives them
    in_post: frozenset[int]           # starts of the mentions that report a person in post
    departed: dict                    # person -> where the article first says they left (filled as rows are made)

    def within(self, a: int, b: int) -> tuple[list[tuple[int, str]], list[_Mention]]:
        """The anchors and the mentions in text[a:b]."""
        return _slice(self.anchors, a, b), _slice(self.mentions, a, b)


def _slice(items: list, a: int, b: int) -> list:
    """The items (sorted by their first field, a position) that start in [a, b)."""
    return items[bisect.bisect_left(items, (a,)):bisect.bisect_left(items, (b,))]


def _back(pattern: re.Pattern, text: str, lo: int, pos: int, width: int = _BACK) -> re.Match | None:
    """The leftmost match of `pattern` (which ends in `$`) that ends exactly at `pos`."""
    return pattern.search(text, max(lo, pos - width), pos)


def _lower(text: str) -> str:
    """The text lower-cased, offsets kept (a character that lower-cases to two stays as it is)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_name(name: str) -> bool:
    """Whether capitalised words are a person's name rather than a place or an institution."""
    places = gazetteer()
    return name not in places and not any(w in _NOT_NAME or w in places for w in name.split())


def _resolve(name: str, pos: int, full: list[tuple[int, str]]) -> str:
    """The full name for a mention; a surname alone becomes the last full name ending in it before `pos`."""
    if " " in name:
        return name if _is_name(name) else ""
    earlier = [n for s, n in full if s < pos and n.endswith(" " + name)]
    return earlier[-1] if earlier else ""


def _clean(role: str) -> str:
    """A role on one line, single-spaced."""
    return " ".join(role.split())


def _original(text: str, m: re.Match) -> str:
    """The role a match found in the lower-cased text, as the text writes it."""
    return text[m.start("role"):m.end("role")]


def _mention_at(text: str, a: int, m: re.Match, person: str) -> _Mention | None:
    """The role a name stands next to: after it ("Jo Smith, the mayor") or before it ("mayor Jo Smith")."""
    start, end = m.start(), m.end("n")
    for pattern, kind in ((_APPOSITION, "apposition"), (_IS, "is")):
        r = pattern.match(text, start)
        if r and r.start("n") == m.start("n"):
            return _Mention(start, r.end(), person, _clean(r["role"]), kind)
    r = _back(_ROLE_THEN, text, a, start)
    if r and not _PARAGRAPH.search(r["sep"]) and not _OPEN_END.search(r["role"]):
        bracket, comma = "[" in r["sep"], "," in r["sep"]
        if (not bracket or text.startswith("]", end)) and (not comma or _AFTER_COMMA_NAME.match(text, end)):
            return _Mention(r.start("role"), end + bracket, person, _clean(r["role"]), "role_first")
    r = _back(_ROLE_WHO, text, a, start, 250)
    if r and _CLAUSE_END.match(text, end):
        return _Mention(r.start("role"), end, person, _clean(r["role"]), "clause")
    r = _COUNCILLOR.match(text, start) and _back(_PARTY_BEFORE, text, a, start, 30)
    if r:
        return _Mention(r.start("role"), end, person, _clean(r["role"]) + " councillor", "role_first")
    return None


def _find_mentions(text: str, a: int, b: int, names: list[re.Match], full: list[tuple[int, str]],
                   headed: list[int]) -> list[_Mention]:
    """People named next to a role, and people something is "headed by": one mention per name."""
    by_start: dict[int, _Mention] = {}
    for m in names:
        person = _resolve(m["n"], m.start("n"), full)
        mention = _mention_at(text, a, m, person) if person else None
        if mention:
            by_start[m.start("n")] = mention
    for pos in headed:
        clause = _HEADED_CLAUSE.match(text, pos)
        for m in _ANY_NAME.finditer(text, pos, clause.end()):
            person = _resolve(m["n"], m.start("n"), full)
            if person:
                role = by_start[m.start("n")].role if m.start("n") in by_start else ""
                by_start[m.start("n")] = _Mention(m.start("n"), m.end("n"), person, role, "headed")
    return sorted(by_start.values())


def _organisation_of(role: str) -> str | None:
    """The body a post outside the council belongs to (Ofsted for an inspector, ...), else None (the council)."""
    return next((org for pattern, org in _ORGANISATION_OF if pattern.search(role)), None)


def _council_post(role: str, kind: str) -> bool:
    """Whether a role is in the council's leadership or children's services (not an MP, not the opposition)."""
    return not _NOT_COUNCIL_ROLE.search(role) and (kind == "headed" or bool(_IN_POST_ROLE.search(role)))


def _sentence_at(text: str, a: int, b: int, pos: int) -> tuple[int, int]:
    """The sentence of the body around `pos`."""
    spans = sentence_spans(text, max(a, pos - 2000), min(b, pos + 2000))
    return next((s for s in spans if s[0] <= pos < s[1]), (pos, pos + 1))


@lru_cache(maxsize=16)
def _people(article: Article) -> _People:
    """The article's anchors and mentions of people; each person is in post at their first mention that says so."""
    text, a, b = article.text, article.body_start, article.body_end
    lower = _lower(text)
    anchors = [(m.start(), _KIND[" ".join(m.group().split())]) for m in _ANCHOR.finditer(lower, a, b)
               if (m.start() == 0 or not lower[m.start() - 1].isalnum())
               and not (m.group() in _WHOLE_WORD and lower[m.end():m.end() + 1].isalnum())]
    names = list(_ANY_NAME.finditer(text, a, b))
    full = [(m.start("n"), m["n"]) for m in names if " " in m["n"] and _is_name(m["n"])]
    mentions = _find_mentions(text, a, b, names, full, [p for p, k in anchors if k == "headed"])
    roles: dict[str, str] = {}
    for m in mentions:
        if m.role:
            roles.setdefault(m.person, m.role)
    leaving = set()
    for pos, kind in anchors:
        if kind == "depart" and _DEPART_AT.match(lower, pos):
            s, e = _sentence_at(text, a, b, pos)
            leaver = _leaver(text, lower, s, pos, [m for m in mentions if s <= m.start < e], full, roles)
            if leaver and _GONE_ALREADY.match(lower, pos) and not _FUTURE_NEAR.search(text, s, e):
                leaving.add(leaver[0])
    in_post, seen = set(), set()
    for m in mentions:
        role = m.role or roles.get(m.person, "")
        if m.person not in seen and m.person not in leaving and _council_post(role, m.kind):
            seen.add(m.person)
            in_post.add(m.start)
    return _People(lower, anchors, mentions, full, roles, frozenset(in_post), {})


_GONE_ALREADY = re.compile(r"left|resigned|stepped\s+down|quit|departed|retired|sacked|dismissed|ousted|forced")


def _person_before(text: str, s: int, pos: int, mentions: list[_Mention], full: list[tuple[int, str]],
                   roles: dict[str, str]) -> tuple[str, str] | None:
    """(person, role) of whoever the verb at `pos` belongs to: a person named (with or without a role) just before it,
    or, for a sentence opening "She/He ...", the last person named before the sentence."""
    for m in reversed(mentions):
        if m.end <= pos and m.person and _TO_VERB.fullmatch(text, m.end, pos):
            return m.person, m.role or roles.get(m.person, "")
    names = [n for n in _ANY_NAME.finditer(text, max(s, pos - 120), pos)]
    if names and _TO_VERB.fullmatch(text, names[-1].end(), pos):
        person = _resolve(names[-1]["n"], names[-1].start("n"), full)
        if person:
            return person, roles.get(person, "")
    if _PRONOUN.fullmatch(text, s, pos):
        earlier = [n for p, n in full if p < s and s - p < 1500]
        if earlier:
            return earlier[-1], roles.get(earlier[-1], "")
    return None


def _subject(text: str, s: int, mentions: list[_Mention], full: list[tuple[int, str]],
             roles: dict[str, str]) -> tuple[str, str] | None:
    """(person, role) of the person the sentence opens with, if any."""
    p = _LEAD.match(text, s).end()
    first = next((m for m in mentions if m.start == p), None)
    if first:
        return first.person, first.role
    name = _ANY_NAME.match(text, p)
    person = _resolve(name["n"], name.start("n"), full) if name else ""
    return (person, roles.get(person, "")) if person else None


def _leaver(text: str, lower: str, s: int, pos: int, mentions: list[_Mention], full: list[tuple[int, str]],
            roles: dict[str, str]) -> tuple[str, str] | None:
    """(person, role) of who left a post by the verb at `pos`: the role just before it, else the sentence's subject."""
    if not _DEPART_AT.match(lower, pos):
        return None
    vacated = _VACATED_BY.match(text, pos)
    if vacated:
        person = _resolve(vacated["n"], vacated.start("n"), full)
        return (person, roles.get(person, "")) if person else None
    before = _person_before(text, s, pos, mentions, full, roles)
    if before:
        return before
    role = _back(_ROLE_DID, text, s, pos)
    if role:
        named = [m for m in mentions if m.start < role.end("role") and m.end >= role.start("role")]
        return (named[-1].person, named[-1].role) if named else ("", _clean(role["role"]))
    return _subject(text, s, mentions, full, roles)


# ----------------------------------------------------------------------------- dates

_SINCE_ONLY = re.compile(r"\b[Ss]ince\b")
_OPENING = re.compile(r"\s*(?:During|In|Over|Throughout)\b")


def _nearest_date(sentence: Sentence, a: int, b: int, pos: int) -> Interval | None:
    dates = [d for d in sentence.dates if a <= d.start < b]
    return min(dates, key=lambda d: abs(d.start - pos)).interval if dates else None


def _when(sentence: Sentence, pos: int) -> Interval:
    """When the change at `pos` happened: a date in its own clause, else a "since X" the sentence ties to it."""
    text = sentence.article.text
    a, b = sentence.clause(pos)
    first = sentence.clause(sentence.start)[1]
    opening = (_nearest_date(sentence, sentence.start, first, pos)
               if first < a and _OPENING.match(text, sentence.start) else None)
    runs_on = _SINCE_ONLY.search(text, a, b) and sentence.since(a, sentence.end)
    return (sentence.since(a, b) or _nearest_date(sentence, a, b, pos) or runs_on
            or sentence.since(sentence.start, a) or opening or UNKNOWN)


# ----------------------------------------------------------------------------- rows

Rows = list[tuple[str, dict]]


def _row(rule: str, sentence: Sentence, pos: int, change: str, role: str = "", person: str = "", *, count=None,
         qualifier: str = "", organisation: str | None = None, interval: Interval | None = None,
         span: tuple[int, int] | None = None) -> tuple[str, dict]:
    council = sentence.council_before(pos)
    if organisation is None:
        organisation = f"{council} Council" if council else ""
    start, end = span or (None, None)
    return "staff_changes", sentence.row(
        rule, start=start, end=end, council=council, interval=_when(sentence, pos) if interval is None else interval,
        person=person, role=_clean(role), organisation=organisation, change=change,
        count=count, count_qualifier=qualifier if count is not None else "")


def _in_post(sentence: Sentence, people: _People, mentions: list[_Mention]) -> Rows:
    """A person in post at the first mention that says so: now, or since the date the sentence gives."""
    rows = []
    for m in mentions:
        if m.start not in people.in_post:
            continue
        role = m.role or people.roles.get(m.person, "")
        if m.kind == "headed":
            a, b = sentence.clause(m.start)
            when = sentence.since(a, b) or sentence.since(sentence.start, a) or sentence.article.published
            rows.append(_row("staff_changes.in-post", sentence, m.start, "in_post", role, m.person, interval=when))
        elif m.kind == "apposition" and _NEW_BEFORE.search(sentence.article.text, m.start, m.end - len(m.role)):
            # "Jo Smith, Kent's new director": appointed shortly before publication
            rows.append(_row("staff_changes.new-holder", sentence, m.end, "appointed", role, m.person,
                             interval=sentence.before_publication(), span=(m.start, m.end)))
        else:
            rows.append(_row("staff_changes.in-post", sentence, m.end, "in_post", role, m.person, interval=sentence.article.published,
                             span=(m.start, m.end), organisation=_organisation_of(role)))
    return rows


def _holder(mentions: list[_Mention], role: re.Match) -> str:
    """The person a role phrase belongs to ("Jo Smith, | the new mayor |, was appointed")."""
    return next((m.person for m in mentions if m.start <= role.start("role") <= m.end), "")


def _by_tense(sentence: Sentence, pos: int) -> Interval:
    """When an undated appointment or departure happened: after publication if the clause is future, else before it."""
    when = _when(sentence, pos)
    if when != UNKNOWN:
        return when
    a, b = sentence.clause(pos)
    text = sentence.article.text
    lo = max(sentence.start, pos - 120)
    return sentence.after_publication() if _FUTURE_NEAR.search(text, lo, b) else sentence.before_publication()


# "appointed an adviser", "a new head of fostering was appointed": one person
_ONE_REACH = 50
_ONE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne)\s+(?:(?:new|newly|additional|extra|permanent|interim|acting"
                         r"|temporary)\s+)*$")
_HEAD_NOUN = re.compile(r"\s+(?:of|for|at|in|responsible|with|to)\s+")


def _plural(role: str) -> bool:
    """Whether a role names more than one post ("social workers", "heads of service", "management team")."""
    words = _HEAD_NOUN.split(role, 1)[0].split()
    head = words[-1].lower() if words else ""
    return (head.endswith("s") and not head.endswith("ss")) or head in ("team", "staff", "workforce")


_FUTURE_NEAR = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:to|set\s+to|due\s+to|expected\s+to)|in\s+line\s+to)\b"
                          r"|['’]ll\b", re.I)


def _appointment(sentence: Sentence, pos: int, role: re.Match | str, person: str, rule: str = "staff_changes.appointment",
                 interim: bool = False) -> tuple[str, dict]:
    text = sentence.article.text
    if isinstance(role, str):
        name = role
    else:
        name = role["role"]
        interim = interim or bool(_INTERIM.search(text, max(sentence.start, role.start("role") - 25), role.end("role")))
    a, b = sentence.clause(pos)
    one = (not person and not isinstance(role, str) and not _plural(name)
           and _back(_ONE_BEFORE, text, sentence.start, role.start("role"), _ONE_REACH))
    return _row(rule, sentence, pos, "interim_appointed" if interim else "appointed", name, person,
                organisation="DfE" if _BY_DFE.search(text, a, b) else None, interval=_by_tense(sentence, pos),
                count=1.0 if one else None, qualifier="exact")


def _appoint(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"Jo Smith was appointed as mayor", "appointed Jo Smith as DCS", "a new head of fostering was appointed"."""
    text, s = sentence.article.text, sentence.start
    named = _APPOINTED_NAME.match(text, pos)
    if named:
        return [_appointment(sentence, pos, named, _resolve(named["n"], named.start("n"), people.full))]
    role = _APPOINTED.match(text, pos) or _APPOINTMENT_OF.match(text, pos)
    if role:
        subject = _back(_NAME_WAS, text, s, pos)
        person = _resolve(subject["n"], subject.start("n"), people.full) if subject else _holder(mentions, role)
        if not person and text[pos] == "a" and not _APPOINTMENT_OF.match(text, pos):
            before = _person_before(text, s, pos, mentions, people.full, people.roles)
            if not before and _back(_SUBJECT_VERB, text, s, pos, _ONE_REACH):
                before = _subject(text, s, mentions, people.full, people.roles)
            person = before[0] if before else ""
        return [_appointment(sentence, pos, role, person)]
    role = _NOT_AS.match(people.lower, pos) and _back(_ROLE_WAS, text, s, pos)
    if role:
        return [_appointment(sentence, pos, role, _holder(mentions, role))]
    # "She was appointed in 2015": the person named before, in the post the article gives them
    before = _APPOINTED_BARE.match(text, pos) and _person_before(text, s, pos, mentions, people.full, people.roles)
    if before and before[1]:
        return [_appointment(sentence, pos, before[1], before[0], "staff_changes.appointed-in-post",
                             bool(_INTERIM.search(before[1])))]
    return []


def _took_up(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"The deputy mayor took up the role in May"; "She will take up the post in May" (the person named before)."""
    text = sentence.article.text
    if not _TOOK_UP.match(people.lower, pos):
        return []
    role = _back(_ROLE_DID, text, sentence.start, pos)
    if role:
        return [_appointment(sentence, pos, role, _holder(mentions, role))]
    before = _person_before(text, sentence.start, pos, mentions, people.full, people.roles)
    if before and before[1]:
        return [_appointment(sentence, pos, before[1], before[0], "staff_changes.took-up-pronoun",
                             bool(_INTERIM.search(before[1])))]
    return []


def _joined(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"Smith, who joined the borough as a locum social worker, ..."."""
    text = sentence.article.text
    role = _JOINED_AS.match(text, pos)
    subject = role and _subject(text, sentence.start, mentions, people.full, people.roles)
    if subject:
        return [_appointment(sentence, pos, role, subject[0])]
    org = _JOINED_ORG.match(text, pos)
    before = org and _person_before(text, sentence.start, pos, mentions, people.full, people.roles)
    if before and before[1] and _council_post(before[1], ""):
        return [_appointment(sentence, pos, before[1], before[0], "staff_changes.joined-organisation",
                             bool(_INTERIM.search(before[1])))]
    return []


def _became(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"Jo Smith became director in 2016", "took over as DCS", "was named as the new director"; "took over from /
    succeeded Ann Lee": Lee left the post."""
    text, s = sentence.article.text, sentence.start
    rows = []
    before = _person_before(text, s, pos, mentions, people.full, people.roles)
    m = _BECAME.match(text, pos)
    if m and before and _council_post(m["role"], ""):
        rows.append(_appointment(sentence, pos, m, before[0], "staff_changes.became"))
    gone = _TOOK_OVER_FROM.match(text, pos) or _SUCCEEDED.match(text, pos)
    leaver = gone and _resolve(gone["n"], gone.start("n"), people.full)
    if leaver:
        role = _clean(gone["role"] or "") or people.roles.get(leaver, "")
        taken = gone.groupdict().get("role2") or role
        if before and not rows and taken:
            rows.append(_appointment(sentence, pos, taken, before[0], "staff_changes.became", bool(_INTERIM.search(taken))))
        if _note_departure(people, leaver, pos):
            rows.append(_row("staff_changes.became", sentence, gone.start("n"), "departed", role, leaver,
                             interval=_by_tense(sentence, pos)))
    return rows


def _since(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"Jo Smith has been corporate director at Kent since 2001": appointed then."""
    text = sentence.article.text
    held = _back(_ROLE_SINCE, text, sentence.start, pos)
    date = held and next((d for d in sentence.dates if 0 <= d.start - pos <= 6 and d.interval.start), None)
    if not date:
        return []
    person = _resolve(held["n"], held.start("n"), people.full) if held["n"] else ""
    if held["n"] and not person:
        return []
    role = held["role"]
    # the date itself, without "since" running it to publication
    bare = [d for d in find_dates(text, sentence.article.published, pos + len("since"), date.end) if d.interval.start]
    when = bare[0].interval if bare else date.interval
    return [_row("staff_changes.role-since", sentence, pos, "interim_appointed" if _INTERIM.search(role) else "appointed",
                 role, person, interval=when, span=(held.start(), date.end))]


def _acting(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"Jo Smith has been acting as interim director": an interim appointment before publication."""
    text = sentence.article.text
    role = _ACTING_AS.match(text, pos)
    before = role and _person_before(text, sentence.start, pos, mentions, people.full, people.roles)
    return [_appointment(sentence, pos, role, before[0], "staff_changes.acting-as", True)] if before else []


def _replace(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"Jo Smith will replace director Ann Lee": Lee leaves the post, Smith takes it (interim if the clause says so)."""
    text = sentence.article.text
    m = _REPLACE.match(text, pos)
    if not m:
        return []
    leaver = _resolve(m["n"], m.start("n"), people.full)
    role = _clean(m["role"] or "") or people.roles.get(leaver, "")
    if not role:
        return []  # "replacing the Common Assessment Framework": not a person's post
    rows = []
    taker = _person_before(text, sentence.start, pos, mentions, people.full, people.roles)
    if not taker:
        # "Jo Smith, who moved from Kent to replace ...": the last person named before a "who" clause
        for n in reversed(list(_ANY_NAME.finditer(text, max(sentence.start, pos - 150), pos))):
            person = _resolve(n["n"], n.start("n"), people.full)
            if person and _WHO_CLAUSE.fullmatch(text, n.end(), pos):
                taker = (person, people.roles.get(person, ""))
                break
    if taker and taker[0] and role:
        a, b = sentence.clause(pos)
        interim = bool(_INTERIM.search(text, pos, sentence.end) and "interim basis" in text[pos:sentence.end])
        rows.append(_appointment(sentence, pos, _INTERIM.sub("", role).strip() if not interim else role, taker[0],
                                 "staff_changes.replace", interim))
    if leaver and _note_departure(people, leaver, pos):
        rows.append(_row("staff_changes.replace", sentence, m.start("n"), "departed", role, leaver,
                         interval=_by_tense(sentence, pos)))
    return rows


def _moved(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"Jo Smith, who moved from Kent County Council": she left a post there."""
    text = sentence.article.text
    m = _MOVED_FROM.match(text, pos)
    if not m:
        return []
    names = list(_ANY_NAME.finditer(text, max(sentence.start, pos - 120), pos))
    if not names or not _TO_VERB.fullmatch(text, names[-1].end(), pos):
        return []
    person = _resolve(names[-1]["n"], names[-1].start("n"), people.full)
    if not person or not _note_departure(people, person, pos):
        return []
    return [_row("staff_changes.moved-from", sentence, pos, "departed", f"(role at) {m['org']}", person,
                 organisation=m["org"], interval=_by_tense(sentence, pos))]


def _note_departure(people: _People, person: str, pos: int) -> bool:
    """Whether this is the article's first departure of `person` (each person leaves once per article)."""
    first = people.departed.setdefault(person, pos)
    return first == pos


def _in_post_since(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"The chair has been in post since May"; "Jo Smith, and the leader who has kept her in post since May"."""
    text = sentence.article.text
    if not _IN_POST_SINCE.match(people.lower, pos):
        return []
    holder = _back(_HOLDER_HAS_BEEN, text, sentence.start, pos)
    date = next((d for d in sentence.dates if d.start > pos), None)
    if not date:
        return []
    if not holder:
        return _kept_since(sentence, pos, people, mentions, date)
    person = _resolve(holder["n"], holder.start("n"), people.full) if holder["n"] else ""
    role = holder["role"] or people.roles.get(person, "")
    if not person and not role:
        return []
    return [_row("staff_changes.in-post-since", sentence, pos, "in_post", role, person, interval=sentence.since(date.start, date.end),
                 span=(holder.start(), date.end))]


def _kept_since(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention], since: DateMention) -> Rows:
    """The person someone "has kept in post since X": the name just before the keeper's clause, if they hold a post."""
    text = sentence.article.text
    kept = _back(_KEPT, text, sentence.start, pos, 20)
    if not kept:
        return []
    names = list(_ANY_NAME.finditer(text, sentence.start, kept.start()))
    if not names:
        return []
    name = names[-1]
    person = _resolve(name["n"], name.start("n"), people.full)
    role = people.roles.get(person, "")
    if not person or not _council_post(role, ""):
        return []
    told = next((m for m in mentions if m.start <= name.start("n") < m.end <= kept.start()), None)
    gap_start = told.end if told else name.end()
    keeper = _KEEPER_WHO if kept["pro"] else _KEEPER_WHOM
    if not keeper.fullmatch(text, gap_start, kept.start()):
        return []
    return [_row("staff_changes.kept-since", sentence, pos, "in_post", role, person, interval=sentence.since(since.start, since.end),
                 span=(name.start(), since.end))]


def _back_in_time(pub: Interval, m: re.Match) -> Interval:
    """When a tenure of the duration `m` that runs to the publication began."""
    n, unit = count_of(m["dn"]), m["du"].lower()
    half = bool(m["half"] or m["half2"])
    step = {"day": relativedelta(days=n),
            "week": relativedelta(weeks=n, days=3 * half),
            "month": relativedelta(months=n, days=15 * half),
            "year": relativedelta(years=n, months=6 * half),
            "decade": relativedelta(years=10 * n + 5 * half)}[unit]
    q = " ".join((m["q"] or "").lower().split())
    if q in _BOUND_WORDS["before"]:
        return Interval(None, pub.end - step, "before")
    if q in _BOUND_WORDS["after"]:
        return Interval(pub.start - step, None, "after")
    start, end = pub.start - step, pub.end - step
    if unit in ("day", "week"):
        return Interval(start, end, "day" if start == end else "range")
    first, last = date(start.year, start.month, 1), month_end(end.year, end.month)
    if (first.year, first.month) == (last.year, last.month):
        return Interval(first, last, "month")
    whole_year = (first.month, last.month, first.year) == (1, 12, last.year)
    return Interval(first, last, "year" if whole_year else "range")


def _tenure(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"Jo Smith has been chief executive for just over a year": appointed about that long before publication."""
    text, pub = sentence.article.text, sentence.article.published
    duration = _FOR_DURATION.match(text, pos) if pub.start and pub.end else None
    tenure = duration and _back(_TENURE, text, sentence.start, pos)
    if not tenure:
        return []
    person = _resolve(tenure["n"], tenure.start("n"), people.full) if tenure["n"] else ""
    if tenure["n"] and not person:
        return []
    role = tenure["role"] or people.roles.get(person, "") or tenure["holder"] or ""
    if not role:
        return []
    interim = _INTERIM.search(role)
    return [_row("staff_changes.tenure", sentence, pos, "interim_appointed" if interim else "appointed", role, person,
                 interval=_back_in_time(pub, duration), span=(tenure.start(), duration.end()))]


def _depart(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"Jo Smith, the mayor, quit in May", "the head of fostering ... was sacked"; undated, by its tense."""
    leaver = _leaver(sentence.article.text, people.lower, sentence.start, pos, mentions, people.full, people.roles)
    if not leaver:
        return []
    if leaver[0] and not _note_departure(people, leaver[0], pos):
        return []
    if not leaver[0] and people.lower.startswith("leav", pos):
        return []  # "staff leaving" is turnover, not a departure from a post
    when = _when(sentence, pos)
    when = sentence.by_tense(*sentence.clause(pos)) if when == UNKNOWN else when
    at = sentence.article.text.rfind(leaver[1], sentence.start, pos) if leaver[1] and not leaver[0] else -1
    q = _count_before(sentence, at) if at >= 0 else None
    rows = [_row("staff_changes.depart", sentence, pos, "departed", leaver[1], leaver[0], interval=when,
                 count=q.value if q else None, qualifier=q.qualifier if q else "")]
    by = _REPLACED_BY.match(sentence.article.text, pos)
    successor = by and leaver[1] and _resolve(by["n"], by.start("n"), people.full)
    if successor:
        role = _INTERIM.sub("", leaver[1]).strip()
        rows.append(_appointment(sentence, pos, role, successor, "staff_changes.replace"))
    return rows


def _departure(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"the resignation of six managers", "the exit of the mayor and a deputy mayor"."""
    named = _DEPARTURE_OF_NAME.match(sentence.article.text, pos)
    person = named and _resolve(named["n"], named.start("n"), people.full)
    if person:
        if not _note_departure(people, person, pos):
            return []
        return [_row("staff_changes.departure-of-name", sentence, pos, "departed", people.roles.get(person, ""), person,
                     interval=_by_tense(sentence, pos))]
    m = _DEPARTURE_OF.match(sentence.article.text, pos)
    rows = []
    for group in ("role", "role2"):
        if m and m[group]:
            q = _count_before(sentence, m.start(group))
            rows.append(_row("staff_changes.departure", sentence, m.start(group), "departed", m[group],
                             count=q.value if q else None, qualifier=q.qualifier if q else ""))
    return rows


def _count_before(sentence: Sentence, pos: int):
    """The quantity that ends just before `pos` ("nine | practitioners"), if any."""
    return next((q for q in sentence.quantities if q.unit == "count" and 0 < pos - q.end <= 2), None)


def _hire(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """Counted hires in the clause of a hiring verb ("nine practitioners and a team manager were hired")."""
    if _HIRINGS.match(people.lower, pos):
        return [_row("staff_changes.hire", sentence, pos, "hired")]
    if not _HIRE_AT.match(people.lower, pos):
        return []
    into = _HIRED_INTO.match(sentence.article.text, pos)
    before = into and _person_before(sentence.article.text, sentence.start, pos, mentions, people.full, people.roles)
    if before:
        return [_appointment(sentence, pos, into, before[0], "staff_changes.hired-into-role")]
    rows = []
    for m in _HIRED_ITEM.finditer(sentence.article.text, *sentence.clause(pos)):
        q = _count_before(sentence, m.start())
        if q or m["a"]:
            rows.append(_row("staff_changes.hire", sentence, m.start("role"), "hired", m["role"], count=q.value if q else 1.0,
                             qualifier=q.qualifier if q else "exact"))
    return rows


def _create(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"A triage team has been formed", "launched a rapid response team", "12 roles have been funded"."""
    low, text = people.lower, sentence.article.text
    rows = []
    team = _TEAM_VERB.match(low, pos) and _back(_TEAM_HAS_BEEN, low, sentence.start, pos)
    team = team or _CREATED_TEAM.match(low, pos)
    if team:
        rows.append(_row("staff_changes.create", sentence, team.start("role"), "team_created", _ADJECTIVES.sub("", _original(text, team))))
    if _JOBS_VERB.match(low, pos):
        for q in sentence.quantities:
            jobs = q.unit == "count" and _JOBS.match(low, q.end, sentence.end)
            if jobs and (0 <= pos - jobs.end() <= 30 or 0 <= q.start - pos <= 30):
                role = _ADJECTIVES.sub("", _original(text, jobs))
                rows.append(_row("staff_changes.create", sentence, q.start, "posts_created", role, count=q.value, qualifier=q.qualifier))
    return rows


def _staff(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"doubled the number of practitioners", "workforce cuts"."""
    low = people.lower
    if _HEDGE.search(low, sentence.start, sentence.end):
        return []
    cut = _STAFF_CUTS.match(low, pos) and _back(_STAFF_BEFORE, low, sentence.start, pos, 20)
    change = _GREW_STAFF.match(low, pos) or cut
    if not change:
        return []
    return [_row("staff_changes.staff", sentence, change.start("role"), "headcount_change", _original(sentence.article.text, change))]


def _filled(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"a senior management post has been filled", "three more posts should be filled by December": appointments;
    "Jo Smith has stepped up to fill the top job": her appointment."""
    text = sentence.article.text
    job = _FILL_JOB.match(text, pos)
    if job:
        subject = _subject(text, sentence.start, mentions, people.full, people.roles)
        if not subject:
            return []
        return [_row("staff_changes.filled", sentence, pos, "appointed", subject[1] or job["role"], subject[0],
                     interval=_by_tense(sentence, pos))]
    m = _back(_POSTS_FILLED, text, sentence.start, pos, 120)
    if not m:
        return []
    role = " ".join(_ADJECTIVES.sub("", m["role"]).split())
    q = _count_before(sentence, m.start("role")) or _count_before(sentence, m.start("role") - len("more "))
    one = not q and _back(_ONE_BEFORE, text, sentence.start, m.start("role"), _ONE_REACH)
    if not (q or one):
        return []
    return [_row("staff_changes.filled", sentence, pos, "appointed", role, count=q.value if q else 1.0,
                 qualifier=q.qualifier if q else "exact", interval=_by_tense(sentence, pos))]


def _starters(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
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
    return [_row("staff_changes.starters", sentence, q.start, change, text[pos:pos + (7 if change == "departed" else 8)].rstrip(),
                 count=q.value, qualifier=q.qualifier, interval=_by_tense(sentence, pos) if _when(sentence, pos) == UNKNOWN
                 else _when(sentence, pos), span=(q.start, pos + 8))]


def _leadership(sentence: Sentence, pos: int, people: _People, mentions: list[_Mention]) -> Rows:
    """"a second wave of managers", "locum managers have come and gone", "changes to the management team"."""
    text, low = sentence.article.text, people.lower
    had = _HAS_HAD.match(text, pos)
    if had and _plural(had["role"]):
        q = next((q for q in sentence.quantities if q.unit == "count" and q.start >= had.start("n")), None)
        if q and q.start < had.end("n") + 2:
            when = sentence.since(had.end(), sentence.end) or UNKNOWN
            return [_row("staff_changes.leadership", sentence, pos, "leadership_change", had["role"], count=q.value,
                         qualifier=q.qualifier, interval=when)]
    m = (_SET_OF.match(text, pos) or (_GONE.match(low, pos) and _back(_ROLE_HAVE, text, sentence.start, pos))
         or _CHANGES_IN.match(low, pos))
    return [_row("staff_changes.leadership", sentence, m.start(), "leadership_change", _original(text, m))] if m else []


_HANDLERS: dict[str, Callable[[Sentence, int, _People, list[_Mention]], Rows]] = {
    "appoint": _appoint, "took_up": _took_up, "joined": _joined, "in_post": _in_post_since, "tenure": _tenure,
    "filled": _filled, "starters": _starters, "became": _became, "since": _since,
    "depart": _depart, "departure": _departure, "replace": _replace, "moved": _moved, "acting": _acting, "hire": _hire, "create": _create, "staff": _staff,
    "leadership": _leadership,
}


def extract(sentence: Sentence) -> Rows:
    """staff_changes.csv rows: people in post, appointments, departures, hires, new teams and posts, staff numbers."""
    people = _people(sentence.article)
    anchors, mentions = people.within(sentence.start, sentence.end)
    rows = _in_post(sentence, people, mentions)
    for pos, kind in anchors:
        if kind in _HANDLERS:
            rows += _HANDLERS[kind](sentence, pos, people, mentions)
    return rows
