"""Who the article names in which post, found once per article; and whose verb a change is."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ...corpus import Article
from ...councils import gazetteer
from ...dates import MONTH_NAMES
from ...literals import trie
from ..spans import annotate
from .patterns import FUTURE_NEAR, INTERIM, KIND, LEADING_HEAD, REPLACED, ROLE_DID, TO_VERB
from .vocabulary import (
    ANY_NAME,
    DET,
    FILL,
    MOD,
    NOT_FIRST,
    NOT_NAME,
    ROLE,
    SP,
    STOP,
    TITLE,
    name_pattern,
    plain_name,
)

# After a name, a party or ward in brackets: "Cllr Jo Smith (Lab)", "Jo Smith (Conservative, Ashford North)"
_BRACKETED = r"(?:\s*\([\w’'.&-]+(?:[ ,]+[\w’'.&-]+){0,5}\))?"
# At a name: "Jo Smith, the borough's £99,000-a-year director" / "Jo Smith, head of fostering, X Council, said"
# (not "Jo Smith, told the director" nor "Jo Smith – resigned before the director": a verb or a preposition other
# than "as" ends the apposition before a role, and so does a paragraph break: "Jo Smith, Local Democracy Reporter
# || Inspectors found ...")
_APPOSITION = re.compile(rf"{name_pattern('n')}{_BRACKETED}(?:,|\s+[-–—])\s+(?:who\s+(?:is|was)\s+(?:also\s+|now\s+|currently\s+|until\s+recently\s+)?"
                         rf"|who\s+(?:currently\s+)?holds\s+the\s+(?:[\w-]+\s+)?(?:role|post|position)\s+(?:of|as)\s+)?(?:{DET}\s+)?(?:(?!(?!as\b){STOP}\b){FILL}{SP}){{0,4}}?(?P<role>{ROLE})")
_NAME_NEXT = re.compile(r"[ ]+" + name_pattern("next"))  # a role that runs into a name is that name's
# At a name: "Jo Smith (Kent's director of children's services) said"
_IN_BRACKETS = re.compile(rf"{name_pattern('n')}\s*\((?:{DET}\s+)?(?:{FILL}\s+){{0,3}}?(?P<role>{ROLE})\)")
# At a name, a post held before: "Jo Smith was director at Kent between 2012 and 2016", "Smith previously worked as
# assistant director", "Smith spent three years as director"
_WAS_THEN = re.compile(rf"{name_pattern('n')}\s+(?:(?:was|had\s+been)\s+(?:previously\s+|formerly\s+)?|previously\s+(?:was\s+|worked\s+as\s+"
                       rf"|served\s+as\s+|led\s+)|(?:served|worked)\s+as\s+|spent\s+(?:[\w-]+\s+){{1,2}}?(?:years?|months?)\s+as\s+)"
                       rf"(?:(?:the|an?|its)\s+)?(?:{FILL}\s+){{0,2}}?(?P<role>{ROLE})")
_NOT_HELD = re.compile(r"\b(?:new|appointed|named|confirmed|promoted|made|installed|drafted|chosen|selected|recruited"
                       r"|acting\s+as|replaced|asked|told|due|set|expected|about|going)\b", re.I)
# At a name: "Smith is the new DCS"
# ... and "Smith remains director", "continues as interim director", "will stay on as chief executive": still in post
_IS = re.compile(rf"{name_pattern('n')}\s+(?:(?:is|has\s+been)\s+(?:(?:the|an?|its)\s+)?(?:{FILL}\s+){{0,3}}?"
                 r"|(?:(?:will|is\s+to)\s+)?(?:still\s+)?(?:remains?|continues?|stays?(?:\s+on)?|serves?)(?:\s+in\s+post)?(?:\s+as)?\s+"
                 rf"(?:{DET}\s+)?)(?P<role>{ROLE})")
# Before a name: "executive director | Jo Smith", "the chief executive, | Jo Smith,", "the director [|Smith]"
_MADE = re.compile(r"\b(?:appointed|named|confirmed|promoted|made|installed|drafted|chosen|selected|recruited|acting\s+as)\b")
_WHO_WAS = re.compile(r"[^,]{0,50},\s+who\s+was\b(?!\s+until\s+recently\b)")  # "until recently": a former holder
_ROLE_THEN = re.compile(rf"(?P<role>{ROLE})(?:\s+in\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){{0,2}}(?=,)"  # "... in Walsall, Jo Smith"
                        # "... at Westmorland and Furness Council Jo Smith"
                        r"|\s+at\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]+){0,3}?\s+Council)?"
                        r"(?P<sep>\s+|,\s+|\s*[\[(]|\s+(?:is|remains)\s+|\s+(?P<was>was)\s+)$")
_FIRM = re.compile(r"\b(?:consultants|consultancy|advisers|advisors|firm|company)$", re.I)
# After a name in brackets, a party before the closing bracket: "the chair (Jo Smith, Labour)"
_CLOSE_BRACKET = re.compile(r"(?:,?[ ]+[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)?[ ]?\)")
_AFTER_COMMA_NAME = re.compile(r"(?:\s+(?:MP|OBE|MBE|CBE|DBE|QC|KC))?(?:\s*[,.;:)]|\s+[-–—]\s|\s*\((?:Labour|Conservative|Con|Lab|Lib\s+Dem|Liberal|LD|Green|Independent|Reform)\b|\s+(?:and|nor)\b|\s*$"
                               r"|\s+(?:said|says|wrote|writes|told|tells|added|adds|explained|commented|stated|detailed|described"
                               r"|outlined|warned|admitted|confirmed|revealed|insisted|acknowledged|welcomed|praised|stressed"
                               r"|highlighted|announced|apologised|urged|insists|warns|admits|confirms)\b)")
# After "Role, Jo Smith" opening a sentence: a verb of hers ("Director of Children's Services, Jo Smith has been ...")
_VERB_AFTER_NAME = re.compile(r"\s+(?:has|have|had|is|was|will|would)\b")
_SENTENCE_OPENS = re.compile(r"(?:.*[.!?][\"”’']?)?\s*", re.S)  # what may come before it in its paragraph
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# Before a name: "the mayor who appointed her, | Jo Smith."
# At a name: "Jo Smith, who leads the council," / "Jo Smith, who heads Kent's children's services,"
# (not "who led Kent's services from 2015 to 2019": in post then, not now)
_WHO_HEADS = re.compile(rf"{name_pattern('n')}{_BRACKETED},\s+who\s+(?:currently\s+|has\s+)?(?:is\s+(?=in\s+charge\b|responsible\b))?(?P<role>(?:(?:leads|heads(?:\s+up)?|runs"
                        r"|chairs|(?<=has\s)(?:led|headed(?:\s+up)?|run|chaired))\s+(?:the|its|[A-Z][\w-]*[’']s)"
                        # "who oversees the service", "who is in charge of children's services": a service, not a budget
                        r"|(?:oversees|in\s+charge\s+of|responsible\s+for|leads|heads|runs)(?=\s[^,.;]{0,60}?\b(?:services?|department"
                        r"|directorate|social\s+care)\b))"
                        r"\s+[^,.;]{1,60}?)"
                        r"(?=,|\s+(?:and|said|says|since|for)\b)")
_ROLE_WHO = re.compile(rf"\b(?:the|its)\s+(?:{FILL}\s+){{0,3}}?(?P<role>{ROLE})\s+who\b[^,.;]{{1,80}},\s+$")
# A role that said something at the end of the sentence before the name that opens the next: "..., the independent
# chair of Doncaster Safeguarding Children Board has said.\n\nJo Smith, who was appointed in April, ..."
_ROLE_SAID = re.compile(rf"[,;]\s+(?:the|its)\s+(?:{FILL}\s+){{0,3}}?(?P<role>{ROLE})[^,.;]{{0,80}}?\s+(?:has|had)\s+"
                        r"(?:said|told\s+[\w ]{1,30}|warned|admitted)\.[\"”’']?\s+$")
_SPEAKS_ON = re.compile(r",\s+who\b|\s+(?:has|had|is|was|said|says|told|added)\b")  # not "Jo Smith, a parent, said"
_ROLE_TAIL = re.compile(r"\s(?:for|of|at|in|to)\s")  # what follows a role's head noun
_CLAUSE_END = re.compile(r"\s*(?:[.;]|$)")
# A list of names after their role and "were": "Her Majesty's Inspectors for this visit were Jo Smith and Ann Lee"
_ROLES_WERE = re.compile(r"(?P<role>(?:(?:His|Her)\s+Majesty['’]s\s+|Ofsted\s+)?[Ii]nspectors?)"
                         r"(?:\s+for\s+this\s+(?:visit|inspection))?\s+(?:were|was|are|is)\s+"
                         r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}(?:,\s+|\s+and\s+))*$")
_HEADED_CLAUSE = re.compile(r"[^,.;:]+")
_LEAD = re.compile(r"[\s“‘\"'•]*")
_REPORTING_FRAME = re.compile(r"(?:[\w’'-]+\s+){1,4}?(?:said|says|confirmed|announced|added|revealed)(?:\s+that)?\s+")
# A phrase fronting a sentence before its subject: "In an email sent to staff this morning, | Jo Smith said"
_FRONTED_PHRASE = re.compile(r"(?:In|At|On|Speaking|Writing|Earlier|Today|Yesterday)\b[^,.;:]{0,60},\s+")
_IN_POST_ROLE = re.compile(r"^(?:leads|heads|runs|chairs|oversees|led|headed|run|chaired|in\s+charge|responsible\s+for)\b|chief|\bCEO|director|\bDCS\b|commissioner|leader|cabinet member|lead member|portfolio"
                           r"|mayor|chair|head of|\bexec|spokes(?:person|man|woman)|councillor|\bboss|president|head ?teacher"
                           r"|principal|education secretary|ombudsman|cabinet lead|manager|worker|practitioner|advis[eo]r"
                           r"|professor|consultant|researcher|founder|trustee|judge|nurse|doctor|paediatrician|psychologist"
                           r"|teacher|lawyer|solicitor|barrister|academic|lecturer|\blead$|\blead\s+(?:for|on)\b"
                           r"|\bmember\b.*\b(?:committee|panel|board|cabinet|parliament|assembly)\b|inspector|minister"
                           r"|secretary|organiser|\bMP\b|officer|chancellor", re.I)
# A named person in post is reported whoever employs them (councillors of any group, inspectors, ministers, MPs,
# officers of other bodies); only the press writing the story and shadow posts are left out.
_NOT_COUNCIL_ROLE = re.compile(r"shadow|columnist|editor|reporter|correspondent|union", re.I)
# Posts outside the council and the body they belong to.
_ORGANISATION_OF = [(re.compile(p, re.I), org) for p, org in (
    (r"inspector|\bHMI\b", "Ofsted"),
    (r"secretary of state|(?:children|education)[’']?s?\s+(?:minister|secretary)", "DfE"),
    (r"minister|chancellor|\b(?:home|health|communities|justice|foreign)\s+secretary", "Government"),
    (r"\bMPs?\b", "Parliament"))]
_GLUED_TITLE = re.compile(r"[a-z](?:Cllr|Clr|Councillor|Mr|Mrs|Ms|Dr)\b")
# A party before a titled name: "Labour Councillor Jo Smith" is a Labour councillor.
_PARTY_BEFORE = re.compile(r"(?P<role>(?:Labour|Conservative|Tory|Liberal\s+Democrat|Lib\s+Dem|Green|Independent"
                           r"|Reform(?:\s+UK)?))\s+$")
_COUNCILLOR = re.compile(r"(?:Councillor|Cllr|Clr|Coun)\b")
# A role phrase cut short before a name it swallowed ("cabinet member for Children and | School Attainment").
_OPEN_END = re.compile(r"\b(?:and|or|of|for|the|to|with|at|&)\s*$", re.I)
_WHOLE_WORD = frozenset(("leave", "retire", "replace", "new", "depart"))  # not "leavers", "retirees", "replacement", "newly",
# "department"
_ANCHOR = re.compile(trie(KIND))
# The anchor pattern tried where a word may start: after a space (a search for a literal, the fastest) or after any
# other character but a letter or a digit.
_AFTER_SPACE = re.compile(f" (?=({_ANCHOR.pattern}))")
_AFTER_OTHER = re.compile(f"[^a-z0-9 ](?=({_ANCHOR.pattern}))")
_BACK = 160  # how far back a pattern ending at an anchor may start
# Forward patterns match at the anchor (on the lower-cased text where they have no names or roles).
_MONTHS = "|".join(month.lower() for month in MONTH_NAMES)  # matched on lower-cased text
_FROM_COUNCIL = r"(?:the\s+)?(?:(?!(?:at|of|in|on|to|for|from|with|the)\b)[a-z’'&-]+\s+){0,3}council\b"  # "stepped down from | Kent County Council"
_DEPART_AT = re.compile(r"(?:left\s+(?:her|his|their|the)\s+(?:jobs?|posts?|roles?|positions?)|resign(?:ed|s|ing)\b|(?<=will\s)resign\b|(?<=to\s)resign\b|(?<!been\s)st(?:ep(?:ped|ping|s)?|ood|and(?:s|ing)?)\s+down(?!\s+to\s|\s+from\s(?!(?:her|his|their|the)\s+(?:role|post|job|position)\b|" + _FROM_COUNCIL + r"))"
                        r"|quit(?:s|ting)?|departed|retired|forced\s+to\s+(?:resign|quit|leave|step\s+down)|sacked|dismissed|ousted"
                        r"|handed\s+in\s+(?:her|his|their)\s+(?:resignation|notice)|last\s+day|" + REPLACED.replace("?P<basis>", "?:") +
                        r"|left\s+(?:the\s+)?(?:council|authority|organisation|department|borough|county|service)"
                        r"|left\s+(?=(?:[a-z’'&-]+\s+){1,4}council\b)|mov(?:e|es|ed|ing)\s+on\b(?!\s+(?:to|from)\b(?!\s+(?:her|his|their)\s+(?:role|post|job|position)\b|\s+" + _FROM_COUNCIL + r"))"
                        r"|mov(?:e|es|ed|ing)\s+to\s+(?:a\s+)?(?:new\s+)?(?:job|role|post|position)\b"
                        r"|lost\s+(?:her|his|their)\s+(?:seats?|jobs?|posts?)\b|fired\b(?!\s+up\b)|poached\s+by\b"
                        r"|(?:(?<=was\s)|(?<=were\s)|(?<=been\s)|(?<=be\s))removed\s+as\b"
                        r"|relieved\s+of\s+(?:her|his|their)\s+(?:duties|post|role|position|job)\b"
                        r"|vacated\s+(?:the|her|his|their)\s+(?:post|role|position|job|seat)\b|bow(?:ed|s|ing)?\s+out\b"
                        # "92 members of staff have left", "Jo Smith has left since": not "has left children at risk"
                        r"|(?:(?<=have\s)|(?<=has\s)|(?<=since\s))left(?=\s*(?:[.,;)]|$)|\s+(?:in|since|during|over|so\s+far|this|last)\b)"
                        # "two days before the previous director left and ...": a post holder's bare "left"
                        r"|(?:(?<=director\s)|(?<=executive\s)|(?<=leader\s)|(?<=commissioner\s)|(?<=boss\s)|(?<=chief\s))"
                        r"left(?=\s*(?:[.,;)]|$)|\s+(?:and|but|after|when)\b)"
                        r"|left\s+(?=by\s+mutual|with\s+immediate|last\s+(?:week|month|year)|earlier\s+this|at\s+the\s+end"
                        rf"|in\s+(?:{_MONTHS})|in\s+\d{{4}}|on\s+\d)"
                        r"|forced\s+out|axed|st(?:ep(?:ped|ping|s)?|ood|ands?)\s+aside|suspended|removed\s+from\s+(?:(?:her|his|their|the)\s+)?(?:post|office|role|position|job)"
                        r"|parted\s+(?:company|ways)|contract\s+(?:\w+\s+){0,3}?(?:not\s+(?:be(?:en|ing)?\s+)?renewed|terminated|ended)"
                        r"|leav(?:e|es|ing)(?=\s+(?:(?:post|role)(?![\w-])|(?:her|his|their|the|its)\s+(?:post|job|role|position|council|authority"
                        r"|organisation|department)|(?:[a-z’'&-]+\s+){0,4}(?:council|authority)\b|on|at\s+the\s+end|after|next|this"
                        r"|later|shortly|soon|early|when|by"
                        rf"|before|in\s+(?:the\s+)?(?:new\s+year|spring|summer|autumn|winter|{_MONTHS}|[0-9]))\b|\s*[.,;]|\s*$)"
                        # "is leaving for a job at Essex", "left to become chief executive of Essex"
                        r"|(?:left|leav(?:e|es|ing))(?=\s+(?:for\s+(?:an?|the|her|his|their)\s|to\s+(?:become|take\s+(?:up|over)|join|head|lead|run)\b))"
                        r"|retir(?:e|es|ing|ement)|vacated\s+by|(?:depart(?:s|ing)?|exit(?:s|ed|ing))(?=\s+(?:at|on|in|after|when|next|this|later|soon|shortly)\b|\s*[.,;])"
                        r"|contract\s+of)\b")
_PRONOUN = re.compile(r"[\s“‘\"']*(?:(?:In|On|Last|Earlier|This|Next|Since|After|Then|Now|However|But|And|Also|Until|By"
                      r"|Later|Yesterday|Today|Recently)\b[^,.;]{0,30}?,?\s+)?(?:She|He|[Ss]he|[Hh]e)\s+(?:(?:is|was|has|had|will|would|be|been|also|now|to|set|due"
                      r"|expected|then|later|already|recently|since|understood|believed|thought|reported|said|have)\s+){0,5}$")
_AND_THEN = re.compile(r"(?:,\s*|\s+)(?:and|but)\s+(?:(?:is|are|was|were|has|have|had|will|would|shall|be|been|also|now"
                       r"|to|set|due|expected|then|later|already|recently|soon)\s+){0,4}$")
_SUBJECT_PRONOUN = re.compile(r"(?:She|He)\s")
_TITLED_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?P<surname>[A-Z][\w’'-]+)")
_NOT_SUBJECT = re.compile(r"(?:The|A|An|It|They|We|This|That)\b")
_NAME_S = re.compile(rf"(?<![\w’'-]){TITLE}?{NOT_FIRST}(?P<n>[A-Z][a-z][\w-]*(?:[ ][A-Z][a-z][\w-]*){{0,2}})[’']s\s+(?:(?:new|planned|proposed|sudden|shock|surprise|recent|abrupt)\s+)?$")
_HER_HIS = re.compile(r"(?<![\w’'-])(?:[Hh]er|[Hh]is)\s+(?:(?:new|planned|proposed|sudden|shock|surprise|recent|abrupt)\s+)?$")
_CLAUSE_PRONOUN = re.compile(r"\b(?:when|after|before|until|once|as|where)\s+(?:she|he)\s+(?:(?:will|is\s+to|has|had)\s+)?$", re.I)
# A report of what "she" did or will do: "The council confirmed (that) she | had resigned", "It is understood he | will
# leave", "She said she had decided to | step down"
_REPORTED_PRONOUN = re.compile(r"\b(?:said|says|confirmed|confirms|announced|announces|revealed|understood|believed|added"
                               r"|explained|told\s+\w+)\s+(?:that\s+)?(?:she|he)\s+(?:(?:will|would|has|had|was|is|now"
                               r"|already|decided|to|set|due|expected)\s+){0,4}$", re.I)
_CONTRACT_ENDED = re.compile(r"\b(?:terminated|ended|cancelled|not\s+renewed|terminate|end)\s+(?:the|her|his|their)\s+(?:[\w-]+\s+)?$")
_CONTRACT_OF = re.compile(rf"contract\s+of\s+(?:(?:the|its|their)\s+)?(?:(?:{FILL}\s+){{0,2}}?{ROLE},?\s+)?{name_pattern('n')}")
_VACATED_BY = re.compile(rf"(?:vacated\s+by\s+"
                         rf"|parted\s+(?:company|ways)\s+with\s+(?:(?:its|the|their)\s+)?(?:(?:{FILL}\s+){{0,2}}?{ROLE},?\s+)?)"
                         rf"{name_pattern('n')}")
# "Her contract was not renewed", "His last day will be": the last person named before
_POSSESSIVE = re.compile(r"[\s“‘\"']*(?:Her|His)\s+(?:(?:current|fixed-term|interim|temporary|final|own)\s+)?$")


class PersonMention(NamedTuple):
    start: int
    end: int
    person: str
    role: str
    kind: str


@dataclass(frozen=True)
class ArticlePeople:
    """What the article's body says about people, found once: anchors, mentions, who is in post."""

    lower: str                        # the text lower-cased, same offsets
    anchors: list[tuple[int, str]]    # (position, kind) of each anchor word
    mentions: list[PersonMention]
    full: FullNames                   # (start, name) of the full names the body gives
    roles: dict[str, str]             # person -> the first role the article gives them
    in_post: frozenset[int]           # starts of the mentions that report a person in post
    departed: dict                    # person -> where the article first says they left (filled as rows are made)

    starts: tuple[list[int], list[int]] = field(init=False, repr=False, compare=False)  # where anchors, mentions start

    def __post_init__(self):
        object.__setattr__(self, "starts", ([p for p, _ in self.anchors], [m.start for m in self.mentions]))

    def within(self, a: int, b: int) -> tuple[list[tuple[int, str]], list[PersonMention]]:
        """The anchors and the mentions in text[a:b] (found by their starts, in order)."""
        anchors, mentions = self.starts
        return (self.anchors[bisect.bisect_left(anchors, a):bisect.bisect_left(anchors, b)],
                self.mentions[bisect.bisect_left(mentions, a):bisect.bisect_left(mentions, b)])


def match_back(pattern: re.Pattern, text: str, lo: int, pos: int, width: int = _BACK) -> re.Match | None:
    """The leftmost match of `pattern` (which ends in `$`) that ends exactly at `pos`."""
    return pattern.search(text, max(lo, pos - width), pos)


def _lower(text: str) -> str:
    """The text lower-cased, offsets kept (a character that lower-cases to two stays as it is)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_name(name: str) -> bool:
    """Whether capitalised words are a person's name rather than a place, an institution or a caption run together
    ("Mike WhiteCllr Mike")."""
    places = gazetteer()
    return name not in places and not any(w in NOT_NAME or w in places for w in name.split()) \
        and not _GLUED_TITLE.search(name) and not set(name.split()) <= _COMPASS  # "a North East council"


_COMPASS = frozenset("North South East West Central Midlands".split())


class FullNames(list):
    """(start, name) of the full names an article body gives (`plain_name`s, single-spaced), in text order; with, for
    each first and each last word, the names that have it there."""

    def __init__(self, named: list[tuple[int, str]]):
        super().__init__(named)
        self.by_first: dict[str, list[tuple[int, str]]] = {}
        self.by_last: dict[str, list[tuple[int, str]]] = {}
        for start, name in named:
            first, _, _ = name.partition(" ")
            self.by_first.setdefault(first, []).append((start, name))
            self.by_last.setdefault(name.rpartition(" ")[2], []).append((start, name))


def resolve_name(name: str, pos: int, full: FullNames) -> str:
    """The full name for a mention; a surname alone becomes the last full name ending in it before `pos`."""
    name = plain_name(name)
    if " " in name:
        return name if _is_name(name) else ""
    earlier = [n for s, n in full.by_last.get(name, ()) if s < pos]
    return earlier[-1] if earlier else ""


def resolve_first_name(name: str, pos: int, full: FullNames) -> str:
    """The person a first name alone stands for as the subject of a verb ("Robert joined Havering in 2016"): the one
    person named before with that first name (not a word that is also a month or a verb: "May", "Will")."""
    name = plain_name(name)
    first = {n for s, n in full.by_first.get(name, ()) if s < pos}
    return first.pop() if " " not in name and len(first) == 1 and name.lower() not in _COMMON_WORDS else ""


_COMMON_WORDS = {"will", "may", "mark", "bill", "april", "june", "august", "grace", "hope", "faith", "joy", "dawn", "rose",
                 "frank", "guy", "jack", "ray", "pat", "sue", "chase", "carol", "art", "max", "rich", "sunny", "summer"}


def clean_role(role: str) -> str:
    """A role on one line, single-spaced, without a conjunction the next clause begins with ("director of care and"), nor
    the words of time or cause that follow it ("director following the departure of Jo Smith")."""
    return _TRAILING_AND.sub("", _ROLE_ENDS.split(" ".join(role.split()), maxsplit=1)[0])


_TRAILING_AND = re.compile(r"\s+(?:and|or|&)$")
_ROLE_ENDS = re.compile(r"\s+(?=(?:following|after|before|since|until|when|while|because)\s|(?:[\w-]+\s+){1,2}ago\b)")


def role_head(role: str) -> str:
    """A role's head noun, lower-cased: "commissioners at two councils" is "commissioners", "director of
    children's services" is "director"."""
    words = _ROLE_TAIL.split(role.lower())[0].split()
    return words[-1] if words else ""


def as_written(text: str, m: re.Match) -> str:
    """The role a match found in the lower-cased text, as the text writes it."""
    return text[m.start("role"):m.end("role")]


def _mention_at(text: str, a: int, m: re.Match, person: str) -> PersonMention | None:
    """The role a name stands next to: after it ("Jo Smith, the mayor") or before it ("mayor Jo Smith")."""
    start, end = m.start(), m.end("n")
    for pattern, kind in ((_APPOSITION, "apposition"), (_IN_BRACKETS, "apposition"), (_IS, "is"), (_WAS_THEN, "held")):
        r = pattern.match(text, start)
        if r and r.start("n") == m.start("n"):
            if pattern is _APPOSITION and (_NAME_NEXT.match(text, r.end()) or _named_before_role(text, r)):
                continue  # "chief executive Jo Smith, finance director Ann Lee", "Jo Smith, Ann Lee MP": the next name's
            if kind == "held" and _NOT_HELD.search(text, r.end("n"), r.start("role")):
                continue  # "Jo Smith was appointed director", "was the new director": a change, not a post held
            if kind in ("is", "apposition") and _MADE.search(text, r.end("n"), r.start("role")):
                kind = "made"  # "Jo Smith has been appointed director": the appointment says so, not a post held
            elif kind == "apposition" and _WHO_WAS.match(text, r.end("n")):
                kind = "was"  # "Jo Smith, who was director (until 2019)": a post held before, not now
            return PersonMention(start, r.end(), person, clean_role(r["role"]), kind)
    r = match_back(_ROLE_THEN, text, _paragraph_start(text, a, start), start)
    if r and _FIRM.search(r["role"]):
        return None  # "consultants Red Quadrant", "improvement advisers, Exploring Choices": a firm, not a person
    if r and not _OPEN_END.search(r["role"]):
        bracket, comma = "[" in r["sep"], "," in r["sep"]
        paren = "(" in r["sep"]
        close = _CLOSE_BRACKET.match(text, end) if paren else None
        if (not bracket or text.startswith("]", end)) and (close or not paren) and (
                not comma or _AFTER_COMMA_NAME.match(text, end) or _VERB_AFTER_NAME.match(text, end)
                and _SENTENCE_OPENS.fullmatch(text, _paragraph_start(text, a, start), r.start("role"))):
            return PersonMention(r.start("role"), close.end() if close else end + bracket, person, clean_role(r["role"]),
                                 "held" if r["was"] else "role_first")  # "The director was Jo Smith": held before
    r = text.find("nspector", max(a, start - 200), start) >= 0 and match_back(_ROLES_WERE, text, a, start, 200)
    if r:  # (every match of _ROLES_WERE holds "nspector")
        return PersonMention(r.start("role"), end, person, clean_role(r["role"]), "role_first")
    r = _WHO_HEADS.match(text, start)
    if r and r.start("n") == m.start("n"):
        return PersonMention(start, r.end(), person, clean_role(r["role"]), "apposition")
    # _ROLE_WHO ends in a comma, _ROLE_SAID in a full stop (and a quote), each before the space before the name
    marked = text[max(a, start - 250):start].rstrip()
    r = marked.endswith(",") and match_back(_ROLE_WHO, text, a, start, 250)
    if r and _CLAUSE_END.match(text, end):
        return PersonMention(r.start("role"), end, person, clean_role(r["role"]), "clause")
    r = marked.rstrip("\"”’'").endswith(".") and match_back(_ROLE_SAID, text, a, start, 250)
    if r and _SPEAKS_ON.match(text, end):
        return PersonMention(r.start("role"), end, person, clean_role(r["role"]), "role_first")
    if _COUNCILLOR.match(text, start):  # "Labour Councillor Jo Smith"; "Cllr Jo Smith" alone is a councillor
        r = match_back(_PARTY_BEFORE, text, a, start, 30)
        return PersonMention(r.start("role"), end, person, clean_role(r["role"]) + " councillor", "role_first") if r \
            else PersonMention(start, end, person, "councillor", "titled")
    return None


def _named_before_role(text: str, r: re.Match) -> bool:
    """Whether a full name ends just before the role of an apposition ("Mayor Jo Smith, Ann Lee MP"): the role is hers."""
    n = ANY_NAME.search(text, r.end("n"), r.start("role"))
    return bool(n) and " " in n["n"] and not text[n.end("n"):r.start("role")].strip() and _is_name(plain_name(n["n"])) \
        and not any(_ROLE_MODIFIER.fullmatch(word) for word in n["n"].split())  # not "Parliamentary Under Secretary"


_ROLE_MODIFIER = re.compile(MOD)


def _paragraph_start(text: str, a: int, pos: int) -> int:
    """Where the paragraph holding `pos` starts, looking back no further than `a` or the width of `match_back`."""
    lo = max(a, pos - _BACK)
    last = None
    for last in _PARAGRAPH.finditer(text, lo, pos):
        pass
    return last.end() if last else lo


def _titled_surname(m: re.Match) -> str:
    """"Mrs Kowal" where the article never gives her first name: the title and surname stand for the person."""
    titled = m.start("n") > m.start() and " " not in m["n"]
    return plain_name(" ".join(m.group()[:m.end("n") - m.start()].split())) if titled and _is_name(m["n"]) else ""


def _titled_first_name(m: re.Match, full: FullNames) -> str:
    """"Cllr Jo" after "Cllr Jo Smith": a title before the first name of the one person named so, not a new person."""
    return resolve_first_name(m["n"], m.start("n"), full) if m.start("n") > m.start() else ""


def _find_mentions(text: str, a: int, b: int, names: list[re.Match], full: FullNames,
                   headed: list[int]) -> list[PersonMention]:
    """People named next to a role, and people something is "headed by": one mention per name."""
    by_start: dict[int, PersonMention] = {}
    for m in names:
        person = resolve_name(m["n"], m.start("n"), full) or _titled_first_name(m, full) or _titled_surname(m) \
            or resolve_first_name(m["n"], m.start("n"), full)
        mention = _mention_at(text, a, m, person) if person else None
        if mention:
            by_start[m.start("n")] = mention
    for pos in headed:
        clause = _HEADED_CLAUSE.match(text, pos)
        for m in (n for n in names if pos <= n.start() and n.end() <= clause.end()):
            person = resolve_name(m["n"], m.start("n"), full)
            if person:
                role = by_start[m.start("n")].role if m.start("n") in by_start else ""
                by_start[m.start("n")] = PersonMention(m.start("n"), m.end("n"), person, role, "headed")
    return sorted(by_start.values())


def organisation_of(role: str) -> str | None:
    """The body a post outside the council belongs to (Ofsted for an inspector, ...), else None (the council)."""
    return next((org for pattern, org in _ORGANISATION_OF if pattern.search(role)), None)


def is_council_post(role: str, kind: str) -> bool:
    """Whether a role is in the council's leadership or children's services (not an MP, not the opposition)."""
    return not _NOT_COUNCIL_ROLE.search(role) and (kind == "headed" or bool(_IN_POST_ROLE.search(role)))


def _sentence_at(article: Article, pos: int):
    """The extraction's sentence around `pos` (None in a read-more link, which is no sentence of the reporting)."""
    from .. import sentences  # the package imports this module

    return next((s for s in sentences(article) if s.start <= pos < s.end), None)


def unreal_departure(sentence, pos: int) -> bool:
    """Whether the departure at `pos` is denied ("has not resigned", "refused to resign"), or asked for, offered or
    threatened rather than made ("called on her to resign", "offered his resignation")."""
    return sentence.denied(pos) or bool(match_back(_UNREAL, sentence.article.text, sentence.start, pos, 120))


def named_next(article: Article, end: int, full: FullNames, fronted: bool = False) -> str:
    """The person whose name opens the sentence after the one ending at `end` ("Kent has appointed a new director. |
    Jo Smith will ..."), with `fronted` also after a fronted phrase ("Kent's director has resigned. | In an email to
    staff, Jo Smith said ..."): the appointee or leaver an unnamed change names next; else ""."""
    following = next_sentence(article, end)
    if not following:
        return ""
    phrase = fronted and _FRONTED_PHRASE.match(article.text, following.start, following.end)
    opens = phrase.end() if phrase else following.start
    names = names_in(article, following.start, min(following.end, opens + 60))
    first = names[0] if names else None
    return resolve_name(first["n"], first.start("n"), full) if first and first.start() == opens else ""


def next_sentence(article: Article, end: int):
    """The extraction's first sentence that starts at or after `end`, if any."""
    from .. import sentences  # the package imports this module

    return next((s for s in sentences(article) if s.start >= end), None)


def sentence_before(article: Article, start: int):
    """The extraction's last sentence that ends at or before `start`, if any."""
    from .. import sentences  # the package imports this module

    return next((s for s in reversed(sentences(article)) if s.end <= start), None)


def names_in(article: Article, a: int, b: int) -> list[re.Match]:
    """The names (the span layer's PERSON spans) that lie in text[a:b]."""
    return [span.value for span in annotate(article).of("PERSON", a, b)]


@lru_cache(maxsize=16)
def article_people(article: Article) -> ArticlePeople:
    """The article's anchors and mentions of people; each person is in post at their first mention that says so."""
    text, a, b = article.text, article.body_start, article.body_end
    lower = _lower(text)
    anchors = _anchors(lower, a, b)
    names = names_in(article, a, b)
    named = [(m.start("n"), plain_name(m["n"])) for m in names if " " in m["n"] and _is_name(plain_name(m["n"]))]
    # "Mr Smith" where the article never gives a name with that word ("Cllr Jo" after "Jo Smith"): the title and surname
    # are the name
    given = {word for _, name in named for word in name.split()}
    titled = [(m.start(), _titled_surname(m)) for m in names if m["n"] not in given and _titled_surname(m)]
    full = FullNames(sorted(named + titled))
    mentions = _find_mentions(text, a, b, names, full, [p for p, k in anchors if k == "headed"])
    roles: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.kind == "titled"):  # a title alone ("Cllr") is the role of last resort
        if m.role and m.kind != "held":  # a post held before is not the role a change of the person is in
            roles.setdefault(m.person, m.role)
    titled_only = {m.person for m in mentions if m.kind == "titled"} - {m.person for m in mentions if m.kind != "titled"}
    leaving = set()
    for pos, kind in anchors:
        sacked = kind in ("depart", "removed") and sacked_at(text, pos)
        if sacked and (sacked["n"] or sacked["n2"]):  # "removed its director, Jo Smith, from her post": not in post
            leaving.add(resolve_name(sacked["n"] or sacked["n2"], sacked.start("n" if sacked["n"] else "n2"), full))
        if kind == "depart" and _DEPART_AT.match(lower, pos):
            sentence = _sentence_at(article, pos)
            if sentence is None or unreal_departure(sentence, pos):
                continue
            s, e = sentence.start, sentence.end
            here = [m for m in mentions if s <= m.start < e]
            leaver = who_left(article, lower, s, pos, here, full, roles)
            if leaver and _GONE_ALREADY.match(lower, pos) and not FUTURE_NEAR.search(text, s, e):
                leaving |= {leaver[0]} | _joined_to(text, leaver[0], pos, here)
    in_post, seen = set(), {}
    for m in mentions:
        role = m.role or roles.get(m.person, "")
        if m.kind == "made":
            seen.setdefault(m.person, set()).update(_role_words(role))
        # a person is in post once per article, and again for a second post that shares no word with the first
        # ("Jo Smith, Kent's chief executive ... Smith, also president of the ADCS")
        new_post = m.person not in seen or m.kind == "held" or (  # a post held before is another time's post
            _role_words(m.role) and not _role_words(m.role) & seen[m.person] and m.kind in ("apposition", "role_first"))
        if m.kind == "was" and not _UNTIL.match(text, m.end) or m.kind == "titled" and m.person not in titled_only:
            continue
        if new_post and m.person not in leaving and is_council_post(role, m.kind):
            seen.setdefault(m.person, set()).update(_role_words(role))
            in_post.add(m.start)
    return ArticlePeople(lower, anchors, mentions, full, roles, frozenset(in_post), {})


def _anchors(lower: str, a: int, b: int) -> list[tuple[int, str]]:
    """(position, kind) of each anchor word at a word start (not "leavers" for "leave"), none inside another ("down" in
    "stepped down"): the pattern is tried only at `a` and after a space or another character that is no letter or
    digit, never inside a word."""
    first = _ANCHOR.match(lower, a, b)
    spans = sorted(([first.span()] if first and (a == 0 or not lower[a - 1].isalnum()) else [])
                   + [m.span(1) for m in _AFTER_SPACE.finditer(lower, a, b)]
                   + [m.span(1) for m in _AFTER_OTHER.finditer(lower, a, b) if not lower[m.start()].isalnum()])
    anchors, done = [], a  # done: the end of the last anchor word
    for start, end in spans:
        word = lower[start:end]
        if start >= done:
            done = end
            if not (word in _WHOLE_WORD and lower[end:end + 1].isalnum()):
                anchors.append((start, KIND[" ".join(word.split())]))
    return anchors


def _role_words(role: str) -> set[str]:
    """The content words of a role's head ("deputy director of children's services" -> deputy, director)."""
    head = re.split(r"\s+(?:of|for|at|in|with|responsible)\s+", role.lower(), maxsplit=1)[0]
    words = {w.rstrip("s") for w in re.findall(r"[a-z]{3,}", head)} - {"the", "council", "borough", "county", "city"}
    return {"boss" if w in BOSS_WORDS else w for w in words}


def _same_post(one: str, other: str) -> bool:
    """Whether two roles may name one post: a content word in common, and neither a deputy's or assistant's where the
    other is not ("director" is not "deputy director")."""
    return kindred_posts(one, other) and bool(SECOND_POST.search(one)) == bool(SECOND_POST.search(other))


def kindred_posts(one: str, other: str) -> bool:
    """Whether two roles share a content word of their heads (a director and a deputy director do; a cabinet member and
    a director do not)."""
    return bool(_role_words(one) & _role_words(other))


SECOND_POST = re.compile(r"\b(?:deputy|assistant)\b", re.I)  # a post under another of the same name
BOSS_WORDS = frozenset(("director", "boss", "chief", "head", "dc", "dcs", "executive", "exec", "ceo", "officer", "manager"))


_UNTIL = re.compile(r"\s+until\s+\w")
# Words that ask for, offer or threaten a departure rather than report one, matched back from its verb or noun.
_UNREAL = re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|pressure[ds]?|offer(?:s|ed|ing)?"
                     r"|threaten(?:s|ed|ing)?)\b[^.;:]{0,80}?(?:\bto|\b(?:the|her|his|their))\s+$", re.I)
# An active sacking and whom it sacks: "sacked six social workers", "removed its director, Jo Smith, from her post"
_SACKED_OBJECT = re.compile(
    rf"(?P<verb>sacked|dismissed|ousted|axed|fired|suspended|removed)\s+"
    rf"(?:(?:{DET}\s+)?(?:{FILL}\s+){{0,2}}?(?P<role>{ROLE})(?![’']s\b)"
    rf"(?:,?\s+{name_pattern('n')},?)?|{name_pattern('n2')}(?![’']s\b)(?:,\s+[^,.;]{{1,80}},)?)"
    r"(?P<from>\s+from\s+(?:her|his|their|its|the)\s+(?:post|role|job|position|office)s?\b)?")
PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are|get|gets|got|getting)\s+(?:\w+ly\s+)?$", re.I)
# A departure verb with an object that is not a post, or with a pronoun or "people" as subject (both lower-case).
_NOT_LEAVING = re.compile(r"dismiss\w*\s+(?:the\s+|any\s+)?(?:suggestions?|claims?|calls?|concerns?|fears?|criticism|reports?"
                         r"|idea|allegations?|rumou?rs?|speculation|appeals?|complaints?)\b")
_PLURAL_SUBJECT = re.compile(r"\b(?:they|people|we|you)\s+(?:[a-z’']+\s+){0,3}$")
_AND_NEXT = re.compile(r",?\s+and\s+(?P<next>[^;:.]{1,80})")
_SAYS = re.compile(r"\b(?:said|says|told|added|claimed|reported)\b")


def _joined_to(text: str, person: str, end: int, mentions: list[PersonMention]) -> set[str]:
    """People named before `person` (named before `end`) and joined to them by "and", who share their verb: "the
    leader, Jo Smith, and the cabinet member, Ann Lee, resigned" (Jo Smith for Ann Lee)."""
    surname, joined = person.split()[-1] if person else "", set()
    for m in mentions if surname else ():
        then = m.end < end and _AND_NEXT.match(text, m.end, end)
        if then and surname in then["next"] and not _SAYS.search(then["next"]) and m.person != person:
            joined.add(m.person)
    return joined


_GONE_ALREADY = re.compile(r"left|moved|resigned|stepped\s+(?:down|aside)|quit|departed|retired|sacked|dismissed|ousted|forced|removed|axed"
                           r"|parted|fired|lost|relieved|vacated|bowed")


def person_before(article: Article, s: int, pos: int, mentions: list[PersonMention], full: FullNames,
                  roles: dict[str, str]) -> tuple[str, str] | None:
    """(person, role) of whoever the verb at `pos` belongs to: a person named (with or without a role) just before it,
    or, for a sentence opening "She/He ...", the last person named before the sentence."""
    text = article.text
    for m in reversed(mentions):
        if m.end <= pos and m.person and TO_VERB.fullmatch(text, m.end, pos):
            return m.person, m.role or roles.get(m.person, "")
    # the last name the gap to the verb allows ("Jo Smith - awarded the OBE in the New Year Honours - | was made")
    name = next((n for n in reversed(names_in(article, max(s, pos - 120), pos)) if TO_VERB.fullmatch(text, n.end(), pos)), None)
    person = name and (resolve_name(name["n"], name.start("n"), full) or resolve_first_name(name["n"], name.start("n"), full))
    if person:
        return person, roles.get(person, "")
    if _PRONOUN.fullmatch(text, s, pos) or _POSSESSIVE.fullmatch(text, s, pos):
        return _post_opening_before(article, s) or last_named(text, full, s, roles)
    if match_back(_CLAUSE_PRONOUN, text, s, pos) or match_back(_REPORTED_PRONOUN, text, s, pos):
        return last_named(text, full, pos, roles)  # "... from Jo Smith, who has been acting ..., when she departs"
    # "She joined in 2019 and | will retire", "Jo Smith praised staff but | is leaving": the sentence's subject
    if match_back(_AND_THEN, text, s, pos, 60):
        lead = _LEAD.match(text, s).end()
        if _SUBJECT_PRONOUN.match(text, lead):
            return last_named(text, full, s, roles)
        subject = sentence_subject(article, s, mentions, full, roles)
        if subject and not _NOT_SUBJECT.match(text, lead):
            return subject
    return None


# A sentence opening with one leading post, unnamed: "The council's director of children's services spoke ..."
_POST_OPENS = re.compile(rf"[\s“‘\"']*(?:The|Its|Their|[A-Z][\w-]*[’']s)\s+(?:(?:council|authority)[’']s\s+)?"
                         rf"(?:(?:new|interim|acting|current|permanent)\s+)?(?P<role>{ROLE})")
_LEADING_POST = re.compile(rf"^(?:(?:executive|corporate|strategic)\s+)?{LEADING_HEAD}\b", re.I)


def _post_opening_before(article: Article, s: int) -> tuple[str, str] | None:
    """("", role) of the unnamed leading post the sentence before opens with, when it names no one: "The director of
    children's services spoke to the committee. | She will leave in March"."""
    before = sentence_before(article, s)
    m = before and _POST_OPENS.match(article.text, before.start)
    if not m or not _LEADING_POST.match(m["role"]) or role_head(m["role"]).endswith("s") \
            or names_in(article, before.start, before.end):
        return None
    return "", clean_role(m["role"])


def last_named(text: str, full: FullNames, s: int, roles: dict[str, str]) -> tuple[str, str] | None:
    """The person named last before `s`, in full or by a titled surname after it ("Jo Smith ... Mr Lee said. | He")."""
    earlier = [n for p, n in full if p < s and s - p < 1500]
    if not earlier:
        return None
    person = earlier[-1]
    for t in _TITLED_SURNAME.finditer(text, next(p for p, n in reversed(full) if p < s) + 1, s):
        person = next((n for n in reversed(earlier) if n.endswith(" " + t["surname"])), person)
    return person, roles.get(person, "")


def possessor(text: str, s: int, pos: int, mentions: list[PersonMention], full: FullNames,
              roles: dict[str, str]) -> tuple[str, str] | None:
    """(person, role) whose noun is at `pos`: "Jo Smith's | resignation", "Her | appointment" (the last person named)."""
    m = match_back(_NAME_S, text, s, pos, 60)
    if m:
        person = resolve_name(m["n"], m.start("n"), full)
        return (person, roles.get(person, "")) if person else None
    if match_back(_HER_HIS, text, s, pos, 30):
        return last_named(text, full, pos, roles)
    return None


def subject_at(article: Article, p: int, full: FullNames, roles: dict[str, str]) -> tuple[str, str] | None:
    """(person, role) of a name ("Jo Smith", "Mr Smith") or a pronoun ("she", for the person named last, when the
    article gives them a post) at `p`."""
    text = article.text
    p = _LEAD.match(text, p).end()
    if _SUBJECT_PRONOUN.match(text[p].upper() + text[p + 1:p + 4]):
        last = last_named(text, full, p, roles)
        return last if last and last[1] else None
    name = next((n for n in names_in(article, p, min(len(text), p + 200)) if n.start() == p), None)
    person = name and resolve_name(name["n"], name.start("n"), full)
    return (person, roles.get(person, "")) if person else None


def sentence_subject(article: Article, s: int, mentions: list[PersonMention], full: FullNames,
                     roles: dict[str, str]) -> tuple[str, str] | None:
    """(person, role) of the person the sentence opens with, if any: after a frame that reports it or a fronted phrase,
    when a name follows one ("The council said Jo Smith will ...", "In an email to staff, Jo Smith said ...")."""
    text = article.text
    p = _LEAD.match(text, s).end()
    frame = _REPORTING_FRAME.match(text, p) or _FRONTED_PHRASE.match(text, p)
    for start in ([frame.end()] if frame else []) + [p]:
        first = next((m for m in mentions if m.start == start), None)
        if first:
            return first.person, first.role
        name = next((n for n in names_in(article, start, min(len(text), start + 200)) if n.start() == start), None)
        person = resolve_name(name["n"], name.start("n"), full) if name else ""
        if person:
            return person, roles.get(person, "")
    return None


def sacked_at(text: str, pos: int) -> re.Match | None:
    """An active sacking at `pos` naming whom it sacks ("sacked six social workers", "removed Jo Smith from her post");
    not a passive one ("was sacked"), nor a removal from anything but a post."""
    m = _SACKED_OBJECT.match(text, pos)
    if not m or (m["verb"] == "removed") != bool(m["from"]) or PASSIVE.search(text, max(0, pos - 30), pos):
        return None
    return m


def departs_at(lower: str, pos: int) -> bool:
    """Whether the anchor at `pos` is a verb of leaving a post that the leaving rules read ("retired", not "left children
    at risk")."""
    return bool(_DEPART_AT.match(lower, pos))


def who_left(article: Article, lower: str, s: int, pos: int, mentions: list[PersonMention], full: FullNames,
             roles: dict[str, str], left_council: bool = False) -> tuple[str, str] | None:
    """(person, role) of who left a post by the verb at `pos` (or, `left_council`, "left" a council named just after
    it): the role just before it, else the sentence's subject."""
    text = article.text
    if not (left_council or _DEPART_AT.match(lower, pos)):
        return None
    if lower.startswith("contract of", pos):  # "terminated the temporary contract of Jo Smith, interim head of ..."
        ended = _CONTRACT_OF.match(text, pos) if match_back(_CONTRACT_ENDED, lower, s, pos) else None
        person = ended and resolve_name(ended["n"], ended.start("n"), full)
        return (person, roles.get(person, "")) if person else None
    vacated = _VACATED_BY.match(text, pos)
    if vacated:
        person = resolve_name(vacated["n"], vacated.start("n"), full)
        return (person, roles.get(person, "")) if person else None
    if _NOT_LEAVING.match(lower, pos):
        return None  # "dismissed suggestions that ..."
    before = person_before(article, s, pos, mentions, full, roles)
    if before:
        return before
    if match_back(_PLURAL_SUBJECT, lower, s, pos):
        return None  # "people change jobs or retire", "they move on"
    role = match_back(ROLE_DID, text, s, pos)
    if role:
        named = [m for m in mentions if m.start < role.end("role") and m.end >= role.start("role")]
        if named:
            return named[-1].person, named[-1].role
        post = clean_role(role["role"])
        named = _named_next_leaver(article, lower, pos, post, full, roles)
        holder = not named and _earlier_holder(text, role.start("role"), post, full, roles)
        return (holder, roles[holder]) if holder else (named, post)
    return sentence_subject(article, s, mentions, full, roles)


# "the director", "its chief executive", "the council's director": the one post of that name the article spoke of
_DEFINITE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Ii]ts|[Tt]heir|(?:the\s+)?(?:council|authority)[’']s)\s+(?:current\s+)?$")


def _earlier_holder(text: str, start: int, role: str, full: FullNames, roles: dict[str, str]) -> str:
    """The one person the article named before `start` in the post a definite role at `start` names ("Jo Smith is
    Kent's director of children's services. ... | The director is to leave"): not a new, interim or deputy post, nor
    one several people named before held; else ""."""
    if not _DEFINITE.search(text, max(0, start - 30), start) or INTERIM.search(role) or role_head(role).endswith("s"):
        return ""
    def within(other: str) -> bool:
        one, two = role.lower(), other.lower()
        return not INTERIM.search(other) and bool(SECOND_POST.search(one)) == bool(SECOND_POST.search(two)) \
            and (one in two or two in one)
    holders = {name for p, name in full if p < start and roles.get(name) and within(roles[name])}
    return holders.pop() if len(holders) == 1 else ""


def _named_next_leaver(article: Article, lower: str, pos: int, role: str, full: FullNames,
                       roles: dict[str, str]) -> str:
    """The leaver of one post named at the start of the next sentence ("Kent's director has quit. | Jo Smith has led the
    department for eight years"); not when that sentence reports the leaving itself ("| Jo Smith is quitting in May")
    or someone coming into a post ("| Jo Smith has come in as interim director"), or the article gives the person
    another post ("the deputy director left. | In his report, Jo Smith, the director, ..."); else ""."""
    sentence = _sentence_at(article, pos)
    following = sentence and next_sentence(article, sentence.end)
    reports_it = following and any(kind in ("depart", "departure", "into_post")
                                   for _, kind in _anchors(lower, following.start, following.end))
    if not following or reports_it or role_head(role).endswith("s"):
        return ""
    person = named_next(article, sentence.end, full, fronted=True)
    other = person and roles.get(person, "")
    return person if person and (not other or _same_post(other, role)) else ""
