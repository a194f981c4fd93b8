"""Names and role phrases: the words people and posts are written in, as regex fragments."""
from __future__ import annotations

import re
from functools import lru_cache

from ...dates import NUMBER
from ...literals import trie


def words_pattern(*phrases: str) -> str:
    """An alternation of regex phrases, longest first, each word's first letter in either case.

    Phrases are grouped on their first letter ("[Dd](?:irectors?|eputy)"), so that the engine tests it once per group,
    not once per phrase. Only phrases with the same first letter can match at one place, and their order is kept; a
    phrase that starts otherwise ("(?:vice-)?presidents?") keeps its place among all."""
    def word(w: str) -> str:
        return f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[0].islower() else w
    runs: list[str | dict[str, list[str]]] = []  # phrases kept in place, and runs of phrases grouped by first letter
    for phrase in sorted(phrases, key=len, reverse=True):
        written = r"\s+".join(map(word, phrase.split()))
        if not phrase[0].islower():
            runs.append(written)
        else:
            if not runs or isinstance(runs[-1], str):
                runs.append({})
            runs[-1].setdefault(written[:4], []).append(written[4:])  # "[Dd]" and "irectors?"
    return "(?:" + "|".join(run if isinstance(run, str) else "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in run.items())
                            for run in runs) + ")"


# ----------------------------------------------------------------------------- names and roles

TITLE = r"(?:(?:Councillor|Cllr|Clr|Coun|Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Professor|Prof|Lord|Baroness)\.?\s+)"
CAPITALISED = r"(?:[OD][’'][A-Z][a-zà-ÿ]+|[A-ZÀ-Ý][a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)?(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?!\w|[’']\w)"
NOT_NAME = frozenset(
    "Council Borough County District City Department Ofsted Town Hall Street Road Office Board Team Services Service "
    "Care Help Early Social Children Education Government Secretary State Labour Conservative Conservatives Tory "
    "Liberal Democrat Democrats Party Inside Court Committee Partnership Trust Agency Inspector Inspection "
    "Improvement Plan Report Directive Minister Mayor Commissioner Director Executive Chief Leader Cabinet Member "
    "Group Unit Head Headteacher Chair Interim Acting Deputy Assistant Judgement Grade Summary Overall "
    "People Families Communities Adults Wellbeing Learning Skills Safeguarding Health Scrutiny Panel Forum Commission "
    "Network Association Alliance Foundation Academy Fund Chancellor Councillors "
    "Manager Officer Coordinator Co-ordinator Adviser Advisor Lead "  # a post's head noun ("the newly appointed PEP Coordinator")
    "Councillor Cllr Clr Coun Professor Prof Dr Mr Mrs Ms Sir Dame Baroness "  # a title starts the next name, not this one
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Capitalised words that start a sentence or a title, not a name.
NOT_FIRST = "(?!" + trie(NOT_NAME | set(
    "The A An And But Or Nor Neither Either In On At Of For By To From With Since When While After Before Following "
    "Under Despite During This That These Those It Its He She They We You His Her Their Our My If As So Then Now Also "
    "However Indeed Meanwhile Last Next Both All Many Some Other How What Why Where Who Which Whilst Although Though "
    "Yet Once Given Because Unlike Like Only Even Every Each No Not Across Around Among Amid Between Within Throughout "
    "Beyond Against Across Despite Without Upon Dear "
    "Green".split())) + r"\b)"  # the party, but a surname after a first name ("Jeff Green")


# A word that cannot go on a name ("Prime | Minister David Cameron").
NOT_NEXT_WORD = trie(NOT_NAME) + r"\b"
NOT_NEXT = f"(?!{NOT_NEXT_WORD})"  # "Local Safeguarding | Children Board" is a body, not a person


# A first name in capitals before a capitalised surname, as a story's opening words print it ("JO Smith has ..."),
# or a whole two-word name in capitals ("JO SMITH, the mayor"); and a middle initial ("Jo K. Smith").
_CAPS = r"(?!(?:OBE|MBE|CBE|CEO|SEND|UK|LGA|ADCS|OFSTED|AND|THE|FOR|OF|TO|IN|ON|AT|BY|BUT|NOT|NEW|NEWS|ALL)\b)(?=[A-Z]*[AEIOUY])[A-Z]{2,12}(?![\w’'-])"
_FIRST = rf"(?:{_CAPS}(?=[ ][A-Z])|{CAPITALISED})"
_INITIAL = r"(?:[ ][A-Z]\.?(?=[ ][A-Z][a-z]))?(?:[ ](?:de|da|di|du|van|von|van\s+der|van\s+den|le|la|del|della|bin)(?=[ ][A-Z][a-z]))?"


def name_pattern(group: str) -> str:
    """A person's name, optionally titled ("Councillor") and followed by honours or letters ("OBE", "MP"), captured as
    `group`."""
    return (rf"(?=[A-Z])(?<![\w’'-]){TITLE}?{NOT_FIRST}(?P<{group}>{_FIRST}{_INITIAL}(?:[ ]{NOT_NEXT}(?:{CAPITALISED}|{_CAPS}))"
            rf"{{0,2}})(?![ ]{NOT_NEXT_WORD})(?:\s+(?:OBE|MBE|CBE|DBE|MP|QC|KC))?")


@lru_cache(maxsize=8192)
def plain_name(name: str) -> str:
    """A name as a person is written, words in capitals title-cased ("JO SMITH" -> "Jo Smith")."""
    return " ".join(w.capitalize() if len(w) > 1 and w.isupper() else w for w in name.split())


MOD = words_pattern(
    "interim", "acting", "temporary", "permanent", "vice", "senior", "junior", "assistant", "deputy", "associate", "executive",
    "corporate", "strategic", "operational", "principal", "service", "council", "borough", "county", "social", "care",
    "work", "children[’']?s?", "services", "early", "help", "unit", "team", "case", "proceedings", "progression",
    "practice", "quality", "assurance", "safeguarding", "front-?line", "qualified", "agency", "locum", "independent",
    "political", "chief", "education", "family", "adults?", "youth", "offending", "fostering", "adoption", "workforce",
    "performance", "improvement", "people", "group", "area", "legal", "finance", "planning", "licensing", "audit", "scrutiny", "programme", "project",
    "business", "opposition", "press", "full-time", "part-time", "prime", "lead", "regional", "government", "ministerial", "statutory", "branch",
    "child and family", "children and families", "board", "committee", "parliamentary")
HEAD = "(?:" + words_pattern(
    "chief executive officer", "chief executive", "chief execs?", "chief officers?", "directors? general", "directors?",
    "commissioners?", "leaders?", "cabinet members?", "executive members?", "cabinet leads?", "ombudsm[ae]n", "boss(?:es)?", "professors?", "consultants?", "researchers?",
    "analysts?", "founders?", "trustees?", "judges?", "nurses?", "doctors?", "paediatricians?", "psychologists?",
    "teachers?", "lawyers?", "solicitors?", "barristers?", "academics?", "lecturers?", "members?", "leads?", "(?:vice-)?presidents?", "headteachers?", "head teachers?", "chiefs?",
    "education secretary", "home secretary", "health secretary", "communities secretary", "lead members?", "portfolio holders?", "mayors?",
    "chair(?:man|woman|person)?s?", "managers?", "executives?", "execs?", "officers?", "social workers?", "workers?",
    "practitioners?", "staff", "figures?", "appointees?", "employees?", "inspectors?", "ministers?", "chancellors?",
    "secretary of state", "under-secretary of state", "under-secretar(?:y|ies)", "secretar(?:y|ies)", "organisers?", "spokes(?:person|man|woman)s?",
    "advis[eo]rs?") + r"|councillors?|CEOs?|DCS|ADs?|MPs?|[Hh]eads?(?=\s+of\b))"
# A length of time: "for just over a year", "for nearly two and a half years", "for the past six months".
BOUND_WORDS = {"before": ("just over", "well over", "over", "more than", "at least", "upwards of"),
               "after": ("just under", "under", "less than", "nearly", "almost", "not quite", "barely")}


def duration_after(lead: str) -> str:
    """A length of time after the words `lead` (a regex): its bound word, number, halves and unit captured as q, dn,
    half, half2, du."""
    return (rf"(?i:{lead}\s+(?:the\s+(?:past|last)\s+)?"
            r"(?:(?P<q>" + "|".join(w.replace(" ", r"\s+") for ws in BOUND_WORDS.values() for w in ws)
            + r"|about|around|roughly|approximately|some|just|only)\s+)?"
            rf"(?P<dn>{NUMBER})(?P<half>\s+and\s+a\s+half)?\s+(?P<du>day|week|month|year|decade)s?"
            r"(?P<half2>\s+and\s+a\s+half)?(?!\w))")


DURATION = duration_after("for")
# Not the start of a length of time (a role's complement stops before one).
NO_DURATION = (r"(?!(?i:for\s+(?:the\s+(?:past|last)\s+)?(?:(?:just|well|not|more|less|at|upwards|over|under"
               r"|than|least|of|nearly|almost|quite|barely|about|around|roughly|approximately|some|only)\s+)*"
               r"(?:a\s+couple\s+of\s+|[\w-]+\s+(?:and\s+a\s+half\s+)?)(?:day|week|month|year|decade)s?\b))")
# Capitalised words that start a second role, not a name ("Deputy Leader and Cabinet Member for ...").
ROLE_WORD = r"(?:Cabinet|Lead|Deputy|Chief|Executive|Assistant|Director|Portfolio|Head|Chair|Leader)\b"
# Not a name but a body ("Children and | Families Committee")
NOT_BODY = r"(?!(?:Committee|Board|Panel|Partnership|Trust|Service|Services|Department|Directorate|Forum)\b)"
# Words that end a role's complement ("head of fostering | was sacked").
STOP = (r"(?:who|whom|which|that|was|were|is|are|be|been|has|have|had|said|says|will|would|could|should|may|might"
        r"|to|in|on|since|after|before|when|while|as|by|from|with|nor|or|but|until|during|between"
        r"|last|next|earlier|later|yesterday|today|tomorrow"
        r"|decided|announced|confirmed|revealed|admitted|added|explained|insisted|welcomed|told|warned|stepped|resigned"
        r"|retired|quit|left|joined)")
CW = (rf"(?!{STOP}\b){NO_DURATION}(?!and\s+(?:an?|the|(?!{ROLE_WORD})[A-Z][a-z]+\s+{NOT_BODY}[A-Z][a-z]+\b"
      rf"(?!,\s+(?:$|(?:Councillor|Cllr|Clr|Dr|Mr|Mrs|Ms)\b)))\b)[\w’'&()-]+")
# A space inside a role; a line break only where the next line goes on in lower case (PDF text).
SP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?=[a-z(]))"
LIST_PART = rf"{CW}(?:{SP}{CW}){{0,3}}"
# "of fostering", "for schools, skills and families"
COMPLEMENT = (rf"(?:{SP}{NO_DURATION}(?:of|for|responsible\s+for|at){SP}{CW}(?:{SP}{CW}){{0,7}}"
              rf"(?:,{SP}{LIST_PART}{SP}(?:and|&){SP}{LIST_PART}(?=\s*[,.;:)\n]|\s*$))?)")
ROLE = rf"(?<![\w’'-])(?:{MOD}\s+){{0,3}}{HEAD}\b{COMPLEMENT}?"
DET = r"(?:the|a|an|its|their|his|her|our|(?:[A-Z][\w-]*|[a-z]+)[’']s)"
# Words between a determiner and the role: "£99,000-a-year", "Green-led borough's embattled", "Kensington and Chelsea"
FILL = (r"(?!(?:who|whom|whose|which|that|was|were|is|are|has|had|have|said|says|and(?![ ](?-i:[A-Z]))|or|but|nor|not|also"
        r"|then)\b)"
        r"(?:[£$€]?\d[\d,.]*(?:-[a-z]+)*|[\w’'&-]+)")
NEW = (r"(?:(?:the|an?|its|their|our|some|two|three|four|five|(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|council|department"
       r"|(?:local\s+)?authority)[’']s)\s+)?"
       r"(?:(?:new|newly|next|recent|additional|extra|further|highly[- ]\w+)\s+)*")

ANY_NAME = re.compile(name_pattern("n"))

