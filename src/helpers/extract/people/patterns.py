"""Anchor words ("appoint", "left", "created" ...) and the patterns shared by several kinds of change."""
from __future__ import annotations

import re

from .vocabulary import ROLE, name_pattern, words_pattern

# ----------------------------------------------------------------------------- anchors and their patterns

ANCHORS = {
    "depart": ("left", "moving on", "moved on", "move on", "moves on", "moved to", "moving to", "move to", "moves to",
               "lost her seat", "lost his seat", "lost their seat", "resigned", "resign", "resigns", "resigning", "stepped down", "step down", "steps down", "stepping down", "quit", "quits", "quitting", "departed", "depart", "retired",
               "forced to", "departs", "departing", "sacked", "dismissed", "ousted", "handed in", "last day", "replaced by", "replaced on an interim basis by", "replaced temporarily by",
               "replaced in", "replaced last", "replaced this", "replaced as", "leave", "leaves", "leaving",
               "retiring", "retirement", "retire", "retires", "vacated by", "stood down", "stand down", "stands down", "standing down", "suspended", "removed from",
               "parted company", "parted ways", "contract", "forced out", "axed", "stepped aside",
               "step aside", "stepping aside", "stands aside", "stood aside",
               # a post lost or given up: "was fired", "was removed as", "lost her job", "relieved of his duties"
               "fired", "removed as", "lost her job", "lost his job", "lost their jobs", "lost her post", "lost his post",
               "relieved of", "vacated", "poached", "bowed out", "bow out", "bows out", "bowing out",
               "exits", "exited", "exiting"),
    "replace": ("replace", "replaces", "replacing", "replaced"),
    "moved": ("moved from", "joins from", "joined from", "joining from", "join from", "arrives from", "arrived from"),
    "acting": ("acting as", "act as", "acts as", "acted as", "acting in the interim as", "acted in the interim as"),
    "new": ("new",),  # "the new director will be Jo Smith"
    "will_be": ("will be",),  # "Jo Smith will be director from May"
    "new_role": ("her new role as", "his new role as", "their new role as", "her new post as", "his new post as"),
    "also": ("is also", "is currently", "where she is", "where he is"),
    "held": ("she was", "he was", "having previously", "having been"),
    "removed": ("removed",),
    "departure": ("departure", "resignation", "exit", "dismissal", "sacking"),
    "appoint": ("appoint",),
    "took_up": ("took up", "take up", "takes up", "taking up", "taken up"),
    "joined": ("joined",),
    "in_post": ("in post", "in position"),
    "tenure": ("for",),
    "since": ("since",),
    "gerund": ("becoming", "being appointed", "being named", "being promoted", "arriving"),
    "became": ("became", "become", "becomes", "took over", "take over", "takes over", "taking over", "taken over", "succeeded",
               "succeeds", "succeed", "succeeding", "named as", "named the", "named new", "names new", "names its new", "names a new", "named a new", "named its new", "naming a new",
               "naming its new", "naming new", "announced as", "unveiled as", "recommended as",
               "be the new",
               "be its new", "be their new"),
    "hire": ("employed", "recruited", "hired", "hires", "taken on", "brought in", "bring in", "brings in", "bringing in", "hirings", "new hires", "new recruits", "hiring",
             "recruiting", "recruit", "employing", "employ", "made permanent", "become permanent", "became permanent",
             "recruitment campaign for", "took on", "take on",
             "takes on", "taking on", "drafting in", "offered positions to", "offered posts to", "offered jobs to",
             "welcomed", "secured", "attracted", "signed up"),
    "create": ("recruitment drive", "created", "create", "creating", "hire", "established", "set up", "formed", "launched", "developed",
               "setting up", "sets up", "establish", "establishes", "establishing", "forming", "launch", "launches", "launching",
               "introducing",
               "added", "funded", "fund", "funds", "introduced", "funding for", "pay for", "pays for"),
    "staff": ("increased", "reduced", "cut", "grown", "grew", "doubled", "halved", "boosted", "expanded", "raised", "fallen",
              "increase", "reduce", "boost", "expand", "double", "cutting", "reducing", "increasing", "boosting",
              "fell", "risen", "rose", "dropped", "decreased", "declined"),
    "leadership": ("set of", "round of", "wave of", "come and gone", "change", "has had", "have had", "management team",
                   "leadership team", "political leadership", "churn", "turnover", "different"),
    "filled": ("filled", "fill"),
    "into_post": ("voted in", "elevated", "headhunted", "arrives as", "arrived as", "arriving as", "arrive as", "accepted",
                  "confirmed", "promoted", "promote", "promotes", "recruited as", "drafted in", "parachuted in", "brought in as", "installed",
                  "stepped in", "steps in", "step in", "stepping in", "stepped up", "steps up", "step up", "stepping up", "the reins",
                  "sent in", "brought", "come in as", "comes in as", "came in as", "coming in as",
                  "handed the", "given the", "named by", "named", "the helm", "charge of", "responsibility for", "head up", "heads up", "start",
                  "starts", "started", "starting", "join", "joins", "joining", "chosen", "selected", "picked", "elected", "re-elected",
                  "reelected", "made",
                  "seconded", "sit as", "serve as", "landed the", "landed a", "landed an", "secured the", "secured a", "secured an",
                  "got the", "gets the", "won the", "wins the",
                  "stand in", "stands in", "stood in", "standing in", "acting up", "acts up", "acted up", "act up"),
    "posts_go": ("go", "disappear", "deleted", "scrapped", "slashed", "shed", "at risk", "made redundant", "face redundancy",
                 "faces redundancy", "facing redundancy", "lose their jobs", "losing their jobs", "axe", "axes", "axing", "sheds",
                 "shedding", "scrap", "scraps", "scrapping", "delete", "deletes", "deleting", "slash", "slashes", "slashing",
                 "lose", "loses", "losing"),
    "outgoing": ("outgoing",),
    "starters": ("starters", "leavers", "joiners"),
    "counted_new": ("teams", "posts", "roles", "jobs", "positions"),
    "headed": ("headed by", "led by", "run by", "managed by"),
    "up_by": ("(up", "(down"),
    "breakdown": ("include", "includes", "comprise"),
    "lost": ("lost",),
    "chair": ("will chair", "to chair"),
    "place": ("his place", "her place", "their place"),
}
KIND = {w: kind for kind, words in ANCHORS.items() for w in words}
# "replaced by", "replaced in September 2015 by", "replaced on an interim basis by", "replaced as director by": a holder
# who left
REPLACED = (r"replaced\s+(?:(?:on\s+an?\s+(?P<basis>interim|temporary|permanent)\s+basis|temporarily)\s+)?"
            r"(?:(?:in|on|last|this|from)\s+(?!an?\s)(?:[\w-]+\s+){1,3}?(?=by\s)|as\s+[^,.;]{1,80}?\s+(?=by\s))?by")

# The person a verb at the end of this gap belongs to ("Jo Smith, the DCS, | is to leave", "Jo Smith, who | moved",
# "Two figures – the leader, Jo Smith – | resigned",
# "Jo Smith, who grew up here, | took up", "Jo Smith - awarded the OBE this year - | was made").
TO_VERB = re.compile(r"\s+[-–—]\s+|"
                     r"(?:,\s+(?:who|whose)\s+(?:[^,.;()]|(?<=\d)[,.](?=\d)){1,120},|,\s+who|\s+who"
                     r"|\s+(?:in|on|from|at|during)\s+[^,.;()]{1,50}?,\s+who"  # "Jo Smith in May last year, who | left"
                     r"|\s+[-–—]\s+[^–—.;()]{1,120}?\s+[-–—])?,?\s+(?:(?:is|are|was|were|has|have|had|will|would|shall|be|been|being|also|now|both"
                     r"|to|set|due|going|about|taking|take|took|early|expected|soon|finally|formally|officially|then|later|decided|decides|agreed|today"
                     r"|first|initially|originally|subsequently|eventually"
                     r"|already|recently|in\s+line|announced\s+(?:her|his|their)|confirmed\s+(?:her|his|their)"
                     r"|(?:has\s+|have\s+)?(?:announced|said|confirmed|revealed|told\s+\w+)\s+(?:that\s+)?(?:she|he|they)(?:[’']ll)?"
                     r"|st(?:ep|eps|epped|epping)\s+up\s+to|mov(?:e|es|ed|ing)\s+up\s+to)\s+){0,5}", re.I)

ROLE_DID = re.compile(rf"(?P<role>{ROLE})(?:\s+from\s+(?:[\w’'-]+\s+){{1,4}}?(?:services|department|team))?"  # "staff from children's services"
                      # "the director, who joined in 2016, is to retire", "senior staff, including the director, had left"
                      r"(?:,\s+(?:who|including)\s+[^,.;]{1,80},)?"
                      # "the director has said she | will step down", "the DCS announced that he | is to retire"
                      r"(?:\s+(?:has\s+|had\s+)?(?:announced|confirmed|said|revealed)\s+(?:that\s+)?(?:she|he))?"
                      rf"\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been|will\s+be"
                      r"|(?:is|are)\s+(?:set\s+|due\s+|expected\s+|going\s+|about\s+)?to(?:\s+be)?)\s+)?"
                      r"(?:\w+\s+)?$")

INTERIM = re.compile(r"\b[IiAaTt](?:nterim|cting|emporary)\b")

# Before "for <duration>": "Jo Smith has been the council's chief executive | for two years",
# "the DCS has been in post | for nearly three years", "Smith has served as leader | for a decade".
HOLDER = rf"(?:(?<!\band\s)(?<!&\s){name_pattern('n')}(?:,\s+[^,.;]{{1,100}},)?|(?P<holder>{ROLE}))"


TEAM = (r"(?P<role>(?:(?!(?:and|or|the|an?|this|that|its|their|our|his|her|of|to|in|for|with)\b)[\w’'-]+\s+){0,3}"
        r"(?:teams?|units?))\b(?!\s+(?:managers?|leaders?|members?|costs?|prices?)\b)")  # not "14 team managers"
ADJECTIVES = re.compile(r"^(?:(?:new|newly[- ]\w+|extra|additional|further|immediate|more)\s+)+", re.I)


# "appointed an adviser", "a new head of fostering was appointed": one person
ONE_REACH = 50
ONE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne|[Tt]he(?=\s+(?:new|newly)\b))\s+(?:(?:new|newly|recently|additional|extra"
                        r"|permanent|interim|acting|temporary|appointed|recruited)\s+)*$")  # "a / the newly appointed | director"

FUTURE_NEAR = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:to|set\s+to|due\s+to|expected\s+to)|in\s+line\s+to)\b"
                         r"|['’]ll\b", re.I)

# The head of one leading post: a change of it is an appointment or a departure of one person ("the director is leaving",
# "hired a new chief executive"), not staff turnover or hiring
LEADING_HEAD = words_pattern("director", "chief executive", "chief", "executive", "leader", "boss", "commissioner", "head",
                             "mayor", "cabinet member", "lead member", "chair", "adviser", "advisor")
