"""Judgements and inspection events (ratings.csv): grades, inspections, visits, reports, directives.

A grade word counts only where English uses it as a verdict: after rated/judged/graded, in
quotation marks, before "rating"/"judgement", as what services or a council "are now", in a
report's "label: grade" heading or its judgement table. Plain adjectives ("a good enough
standard", "good social workers") are not judgements. A row is about the council its clause
names as subject and is dated by the date the text ties to it, else by the tense: a present
verdict holds at publication, a past one without a date is undated.
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache

from ..corpus import Article
from ..dates import NUMBER, ORDINAL, DateMention, count_of
from ..intervals import UNKNOWN, Interval
from ..literals import Alternatives, may_match, needs
from ..text import ITEM_NUMBER
from .sentence import SINCE_WORD, STATEMENT, Sentence, may_overlap, unique
from .spans import GRADE, RANKED, canonical_grade

# Superlatives that name a grade ("the worst rating").
_SUPERLATIVE = {"worst": "Inadequate", "lowest": "Inadequate", "bottom": "Inadequate", "top": "Outstanding", "highest": "Outstanding"}
_OPEN, _CLOSE = r"[‘“\"']", r"[’”\"']"
_AUTHORITIES = (r"(?:DfE|Department\s+(?:for|of)\s+Education|Secretary\s+of\s+State|(?:education|children['’]s)\s+secretary"
                r"|(?:education\s+)?ministers?|government)")
_GOVERNMENT = re.compile(rf"\b{_AUTHORITIES}\b|\bstatutory\b|\bWhitehall\b", re.I)
_AUTHORITY_WORDS = ("dfe", "department", "secretary", "minister", "government")  # one is in every _AUTHORITIES match

# Cheap prefilters: the lower-cased sentence must name one of these words or match _TRIGGER (a substring test is far
# cheaper than a regex scan), or "Good" be capitalised as a grade.
_TRIGGER_WORDS = ("ofsted", "inspect", "judg", "rated", "rates", "rating", "graded", "stripp", "visit", "monitoring", "letter",
                  "commissioner", "directi", "directed", "ordered", "instructed", "dfe", "department for education", "department of education",
                  "improvement notice", "statutory notice", "notice to improve", "control", "intervention",
                  "investigation", "watchdog", "require improvement", "required improvement", "worst", "lowest",
                  "secretary", "minister", "government", "special measures", "outstanding", "adequate",
                  "requires improvement", "requiring improvement", "improvement to be good", "satisfactory", "effectiveness",
                  "deemed", "assessed", "branded", "label", "classed", "considered", "declared", "ranked", "grade", "status", "found")
_TRIGGER = Alternatives(re.compile(
    r"(?:improved|rose|risen|raised|lifted|moved|fell|fallen|dropped|slipped|declined|climbed|jumped|changed|went|gone|returned)"
    r" (?:\w+ (?:\w+ )?)?(?:back )?to"
    r"|spent \w+ (?:\w+ )?(?:days?|weeks?)|[‘“\"']good|(?:is|are) (?:(?:now|still|officially) ){0,2}good|(?::|\s[–—-])\s*good|\(good\)"))
_GOOD = re.compile(r"\bGood\b|GOOD")
# Sentences about councils in general ("When a council's department is placed in special measures").
_GENERIC = re.compile(r"\b(?=[wWiIoO])(?:(?:when|if|once|whenever)\s+an?\s+(?:council|local\s+authority)\b"
                      r"|(?:would|will)\s+usually\b)", re.I)
# ... or that opens on councils as a class ("Councils rated inadequate face intervention", "Authorities judged ..."),
# or reports a statement that does ("the minister said that departments judged inadequate will have a commissioner").
_GENERIC_SUBJECT = re.compile(r"\W*(?:(?:every|each)\s+(?:council|(?:local\s+)?authority)\b"  # "Every council-run service in X is"
                              r"|(?:(?:all|most|many|some|other)\s+)?(?:councils|(?:local\s+)?authorities"
                              r"|(?:children['’]s\s+services\s+)?departments)\s+(?:that\s+are\s+|which\s+are\s+)?"
                              r"(?:rated|judged|graded|deemed|found|in\s+special\s+measures|under\s+intervention)\b)", re.I)
_REPORTED_GENERIC = re.compile(r"(?=[tT])\bthat\b" + _GENERIC_SUBJECT.pattern, re.I)
_THEY_ARE = re.compile(r"[^.;:]{0,80}?\s+(?:are|were):?\s+(?:the\s+)?", re.I)
_GENERIC_WORDS = frozenset(needs(_GENERIC) + needs(_GENERIC_SUBJECT) + needs(_REPORTED_GENERIC))  # one is in any match


def about_councils_in_general(sentence: Sentence) -> bool:
    """Whether the sentence states what happens to councils in general, not to one."""
    text, low = sentence.article.text, sentence.folded
    if not any(word in low for word in _GENERIC_WORDS):
        return False
    subject = _GENERIC_SUBJECT.match(text, sentence.start)
    if subject and any(_THEY_ARE.fullmatch(text, subject.end(), start) for start, _, _ in sentence.councils):
        return False  # "Councils judged to be performing poorly are Kent, Leeds and York": these councils
    return bool(_GENERIC.search(text, sentence.start, sentence.end) or subject
                or _REPORTED_GENERIC.search(text, sentence.start, sentence.end))

# ------------------------------------------------------------------ verdicts

# (kind, pattern): each names the grade `g`; a copula needs a services-like subject, a label's words give the scope.
# A leading (?=[...]) holds the letters a match can start with: the engine passes over other positions at once.
# The old grade after "from", not a range of quality ("plans are variable, ranging from inadequate to good")
_CHANGE_FROM = (r"(?<!\brange\s)(?<!\branges\s)(?<!\branging\s)(?<!\bvary\s)(?<!\bvaries\s)(?<!\bvaried\s)(?<!\bvariable\s)"
                r"(?<!\bvariable,\s)"
                rf"\bfrom\s+(?:being\s+|an?\s+|its\s+|the\s+)?(?:rated\s+|(?:verdict|rating|grade|judge?ment)\s+of\s+)?{_OPEN}?")
_CHANGE_TO = r"(?:\s+(?:rating|judge?ment|status|grade))?\s+(?:(?:up|all\s+the\s+way)\s+)?(?:to|into)\s+"
# The parts of a service Ofsted grades, as a list of findings names them.
_PART_WORDS = (r"children\s+in\s+care|looked[\s-]+after|care\s+leavers|leaving\s+care|help\s+and\s+protection"
               r"|need\s+(?:of\s+)?protection|child\s+protection|\badoption|\bleadership|management\s+and\s+governance"
               r"|safeguarding\s+children(?:['’]s)?\s+board"
               # the five outcomes the 2005-2009 assessments graded
               r"|being\s+healthy|staying\s+safe|enjoying\s+and\s+achieving|making\s+a\s+positive\s+contribution"
               r"|achieving\s+economic\s+well-?being")
_NEXT_ITEM = r"(?:,\s+(?:and\s+|but\s+|while\s+|whereas\s+)?|\s(?:and|but|while|whereas)\s+)"  # before a list's next item
# What a grade moved by, or the rating moved: "improved its rating to", "jumped two grades to"
_MOVED_BY = (r"(?:(?:its|their|the)\s+(?:overall\s+)?(?:Ofsted\s+)?(?:rating|grade|judge?ment)\s+"
             r"|(?:one|two|three|a)\s+(?:grades?|notch|places?|levels?)\s+)?")
_OLD_GRADE = r"(?:performing\s+)?(?:poor(?:ly)?|excellent(?:ly)?)"
_NEEDS_TO_BE_GOOD = r"need(?:s|ed)?\s+improvement\s+to\s+be\s+good"  # Ofsted's words with "need" for "require"
_NEEDS_IMPROVEMENT = rf"in\s+need\s+of\s+improvement|needing\s+(?:to\s+)?improv(?:e|ement)|{_NEEDS_TO_BE_GOOD}"  # "requires improvement" in words
_OLD_SCALE_SUBJECT = re.compile(r"\b(?:services?|councils?|(?:local\s+)?authorit(?:y|ies)|departments?)\b", re.I)
_VERDICTS = [(kind, Alternatives(re.compile(p, re.I))) for kind, p in (
    ("change-to", rf"{_CHANGE_FROM}(?>{GRADE}){_CLOSE}?{_CHANGE_TO}(?:an?\s+|be\s+|being\s+|the\s+(?:much\s+)?(?:better|improved|higher)\s+)?"
                  rf"(?:rated\s+)?{_OPEN}?"
                  rf"(?P<g>{GRADE})\b"),
    # "turned around its inadequate rating to good", "turned its 'inadequate' grade into a 'good' one"
    ("change-to", rf"(?=[tT])\bturn(?:ed|ing|s)?\s+(?:(?:around|round)\s+)?(?:its|their|the)\s+(?:overall\s+)?{_OPEN}?(?>{GRADE}){_CLOSE}?"
                  rf"\s+(?:Ofsted\s+)?(?:rating|grade|judge?ment|status)\s+(?:(?:around|round)\s+)?(?:in)?to\s+(?:an?\s+)?{_OPEN}?"
                  rf"(?P<g>{GRADE})\b"),
    ("change-from", rf"{_CHANGE_FROM}(?P<g>{GRADE}){_CLOSE}?(?={_CHANGE_TO}|{_CLOSE}|\s*[,.;]|\s*$)"),
    ("adjective", rf"\b(?P<g>{GRADE}){_CLOSE}?[-‑\s]rated\b"),
    ("rated", rf"(?=[rRjJgGdDbBlLaAcCsSpP])\b(?:rated|judged|graded|deemed|branded|labell?ed|declared|ranked|assessed|classed|considered"
              rf"|criticised\s+for\s+being|(?:scored|praised)(?=\s+as\b)"
              rf"|described(?=\s+by\s+(?:Ofsted|inspectors|the\s+(?:inspectorate|watchdog))\s+as\b)"
              rf"|(?:rates|deems)(?!\s+(?:are|were|is|was|of|in|for|have|has|had)\b))\b(?:\s+(?!as\b|to\b)[\w’'-]+){{0,6}}?\s+"
              rf"(?:as\s+|to\s+be\s+|to\s+(?=requir))?{_OPEN}?(?P<g>{GRADE})\b"),
    # "downgraded to inadequate", "promoted Kent's children in care services by two grades to 'good'"
    ("regraded", rf"\b(?:(?:down|up|re)-?grad(?:ed|es|ing)|promoted|(?:moved|lifted|pushed)(?=(?:\s+[\w’'-]+){{1,6}}?\s+up\s+to\b))\b"
                 rf"(?:\s+(?!to\b|from\b)[\w’'-]+){{0,12}}?"
                 rf"(?:\s+from\s+{_OPEN}?(?>{GRADE}){_CLOSE}?)?\s+to\s+(?:an?\s+|be\s+)?{_OPEN}?(?P<g>{GRADE})\b"),
    ("found", rf"\bfound\s+(?:(?!(?:improve\w*\b|needs?\s+to\b|aims?\s+to\b))[\w’'-]+,?\s+){{0,16}}?to\s+be\s+{_OPEN}?(?P<g>{GRADE})\b"
              # "were found inadequate", "has been found 'good'": a passive "found" and its grade
              rf"|\b(?:been|was|were|be)\s+found\s+{_OPEN}?(?P<g2>{GRADE})\b"),
    # "found services inadequate", "found that the services were inadequate"
    ("found", rf"(?=[fF])\bfound\s+(?:that\s+)?(?:[\w’'-]+\s+){{0,5}}?(?:services?|provision|department|council|authority)"
              rf"\s+(?:(?:was|were|is|are|remained?)\s+(?:still\s+)?)?{_OPEN}?(?P<g>{GRADE})\b"),
    # "inspectors found that services for children in care were inadequate", "Ofsted said leadership was good"
    ("reported", rf"(?=[fFsScCrRnNvV])\b(?:found|said|says|concluded|reported|stated|noted|(?:verdict|conclusion)\s+(?:was|is))\s+(?:that\s+)?(?P<said>(?:[\w’'-]+\s+){{1,12}}?)"
                 rf"(?:was|were|is|are|remained|remains)\s+(?:now\s+|still\s+|currently\s+)?{_OPEN}?(?P<g>{GRADE})\b"),
    # "have improved to good", "fell to 'inadequate'": a new grade reached
    ("regraded", rf"(?=[iIrRmMcCjJfFsSdDlLgGwW])\b(?:improved|improving|rose|risen|raised|lifted|moved(?:\s+up)?|climbed|jumped|fell"
                 rf"|fallen|slipped|dropped|declined|changed|went|gone|returned)\s+{_MOVED_BY}(?:back\s+)?to\s+(?:an?\s+)?(?:{_OPEN}(?P<g>{GRADE}){_CLOSE}|(?P<g2>{GRADE})(?=\s*[,.;]|\s*$"
                 r"|\s+(?:in|on|during|by|after|following|since|from|rating|overall|status|for|at)\b))"),
    ("rating-of", rf"\b(?:rating|grade|grading|judge?ment|verdict|score)\s+of\s+{_OPEN}?(?P<g>{GRADE})\b"
                  # "an overall rating of the services being adequate", "a rating for its services as good"
                  rf"|\b(?:rating|judge?ment|verdict)\s+(?:of|for|on)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){{0,3}}?"
                  rf"(?:services?|council|department)\s+(?:being|as)\s+{_OPEN}?(?P<g2>{GRADE})\b"),
    # "The verdict for Kent's children's services: good", "the overall judgement on Kent was good"
    ("verdict-for", rf"(?=[vVjJrRgG])\b(?:verdict|judge?ment|rating|grade)\s+(?:for|on)\s+[^.;:]{{1,80}}?"
                    rf"(?:\s*:\s*|\s+(?:was|is)\s+){_OPEN}?(?P<g>{GRADE})\b"),
    ("quoted", rf"{_OPEN}(?<!\w.)(?P<g>{GRADE}){_CLOSE}(?!\w)"),  # the quote mark first: the engine skips to those
    ("noun", rf"\b(?P<g>{GRADE}){_CLOSE}?\s+(?:Ofsted\s+)?(?:(?:rating|judge?ment|verdict)s?|status|category(?!\s+of\b)|(?-i:grade)(?!s|\s*\d))\b"
             # "given outstanding grades", "gives three good assessments" (not pupils' "good grades"), "were given
             # requires improvement – the impact of leaders ..."
             rf"|\b(?:given|gives|gave|awarded|received|handed)\s+(?:(?:two|three|four|five|[2-9])\s+)?{_OPEN}?(?P<g2>{GRADE}){_CLOSE}?"
             rf"\s+(?:grades|ratings|assessments|judge?ments)\b"
             rf"|\b(?:given|awarded|handed)\s+{_OPEN}?(?P<g3>{GRADE}){_CLOSE}?(?=\s*(?:[,.;:]|\s[-–—]\s|$))"),
    # a headline's verdict without its verb: "Kent children's services still inadequate", "Ofsted: Kent's services good"
    ("verbless", rf"(?=[cCsS])\b(?:children['’]s\s+(?:services|social\s+(?:care|services))|(?:child\s+protection|safeguarding|social\s+care)"
                 rf"\s+services)(?:\s+(?:in|at|for)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){{0,3}})?"
                 rf"\s+(?:(?:still|now|remain|also|again)\s+)?{_OPEN}?(?!requir)(?P<g>{GRADE}){_CLOSE}?"
                 r"(?=\s*(?:[,.:;!?]|\s[–—-]|$)|\s+(?:after|since|again|following|says?|according|inspectors?|Ofsted|watchdog)\b)"),
    ("copula", rf"(?=[iIaArRhHbBwWsS])\b(?:is|are|was|were|remain(?:s|ed)?|stay(?:s|ed)?|has\s+(?:been|remained|stayed)"
               rf"|have\s+(?:been|remained|stayed)|became|becomes?)\s+(?:(?:now|still|currently|also|officially)\s+){{0,2}}"
               rf"(?:[a-z]+ing\s+and\s+)?{_OPEN}?(?P<g>{GRADE})\b"),
    ("label", rf"\b(?:experiences?\s+and\s+progress\s+of|impact\s+of\s+leaders|overall\s+effectiveness)\b[^:.]{{0,160}}?"
              rf"(?::|\s[-–—])\s*(?P<g>{GRADE})\b"
              # a line of a list of findings naming a part: "• Services for children in care: inadequate;", "• Adoption
              # performance – outstanding", "2.1. adoption performance – good"
              rf"|(?:(?<![^\n])[^\S\n]*(?:[•·▪●*–-][^\S\n]*)?|(?<=[.)][^\S\n])|(?:[•·▪●*–-]|{ITEM_NUMBER.pattern})[^\S\n]*)"
              rf"(?=[^\n:]{{0,60}}?(?:{_PART_WORDS}))[^\n:]{{1,120}}?"
              rf"(?:[^\S\n]*:[^\S\n]*(?P<g2>{GRADE})\b|[^\S\n]+[–—-][^\S\n]*(?P<g3>{GRADE})(?=[^\S\n]*[.;]?[^\S\n]*(?:\n|$)))"),
    # a list item naming a part, its grade in brackets: "...; impact of leaders on social work practice (Outstanding);"
    ("label", rf"(?<![^\s;:,])(?=[^;:()\n]{{0,120}}?(?:{_PART_WORDS}|impact\s+of\s+leaders|overall\s+effectiveness))[^;:()\n]{{1,160}}?"
              rf"\s\({_OPEN}?(?P<g>{GRADE}){_CLOSE}?\)"),
    ("part", r"(?<=\swith\s)(?-i:(?P<g>Outstanding|Good|Inadequate))(?=\s+[a-z])"),
    # "rated good, with help and protection and children in care also good": parts given a grade without a verb
    ("with", rf"\bwith\s+[^.;:,]{{0,80}}?(?:{_PART_WORDS})(?:\s+services)?\s+(?:(?:also|both|all|each|now|still|rated|judged"
             rf"|graded|as|being|to\s+be)\s+){{0,3}}{_OPEN}?(?P<g>{GRADE})\b"),
    # not "the second lowest of four ratings"
    ("superlative", r"(?<!second\s)(?<!third\s)\b(?P<g>worst|lowest|bottom|top|highest)\s+(?:possible\s+)?(?:Ofsted\s+)?"
                    r"(?:rating|grade|grading|judge?ment)s?\b"  # "received the top grades in all areas"
                    r"|\b(?P<g2>lowest)\s+possible\s+level\b"
                    r"|(?<!second\s)(?<!third\s)\b(?P<g3>worst|lowest|top|highest)\s+of\s+(?:the\s+)?(?:four|4)\s+"
                    r"(?:ratings|grades|judge?ments)\b"),
    # "judged X as good, but Y as requiring improvement": a later grade of the same rating verb.
    ("as", rf"(?<=\s)(?:as\s+{_OPEN}?(?P<g>{GRADE})\b|and\s+(?:then\s+)?(?:as\s+)?{_OPEN}?(?P<g2>{GRADE})"
           rf"(?={_CLOSE}?\s+(?:in|on|during)\s))"),
    # A later grade whose rating verb is left out (read only after one): "rated good, care leavers requires improvement
    # and leadership outstanding", "rated inadequate overall, and requires improvement for children in care"
    ("gapped", rf"{_NEXT_ITEM}(?:(?:its|the|their)\s+)?(?:[\w’'-]+\s+){{0,4}}?(?:{_PART_WORDS}|overall\s+effectiveness)"
               rf"(?:\s+services?)?\s+{_OPEN}?(?P<g>{GRADE})\b"
               rf"|{_NEXT_ITEM}{_OPEN}?(?P<g2>{GRADE}){_CLOSE}?(?=\s+(?:for|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,5}}?"
               rf"(?:{_PART_WORDS}|overall\b))"
               # "Kent and Leeds were rated good and inadequate respectively"
               rf"|{_NEXT_ITEM}{_OPEN}?(?P<g3>{GRADE}){_CLOSE}?(?=(?:{_NEXT_ITEM}{_OPEN}?{GRADE}{_CLOSE}?)*,?\s+respectively\b)"),
    # "judged as needing improvement", "found to be inadequate in some areas and in need of improvement in others"
    ("need", rf"\b(?:(?:rated|judged|graded|deemed|assessed|classed)(?:\s+(?!as\b|to\b)[\w’'-]+){{0,6}}?(?:\s+as|\s+to\s+be)?"
             rf"(?:\s+being)?|found\s+to\s+be)\s+"
             rf"(?:{_OPEN}?(?>{GRADE}){_CLOSE}?[^.;:,]{{0,40}}?\s+and\s+)?(?P<g>{_NEEDS_IMPROVEMENT})\b"),
    ("require", rf"\b(?P<g3>requir(?:e|es|ed)\s+improvement(?:\s+to\s+be\s+good)?|{_NEEDS_TO_BE_GOOD})\b(?!\s+in\s+(?:some|many|several|a\s+number))"),
    # a grade of the older scales the contract's list lacks: "rated as poor", "judged to be performing poorly",
    # "awarded an 'excellent' rating" (a row with no judgement; the word is kept in the scope)
    ("old-scale", rf"\b(?:rated|judged|graded|assessed|ranked|classed|rates|praised\s+for\s+being)\b(?:\s+(?!as\b|to\b)[\w’'()-]+){{0,6}}?"
                  rf"\s+(?:as\s+|to\s+be\s+)?{_OPEN}?(?P<g>{_OLD_GRADE}){_CLOSE}?(?![\w-])"
                  rf"|{_OPEN}(?P<g2>{_OLD_GRADE}){_CLOSE}\s+(?:(?:Ofsted|annual)\s+)?(?:rating|grade|judge?ment|assessment)s?\b"),
)]
# How the text uses a grade: kinds that name it as the service's standing, and words that deny it or hope for it.
_STATE_KINDS = {"quoted", "noun", "copula", "part", "adjective", "mentioned", "verbless"}
_NOT_PLAIN_KINDS = {"quoted", "change-to", "change-from", "adjective"}
_RECEIVED = re.compile(r"\b(?:received|receives|receiving|given|gives?|gave|awarded|achieved|gained|earned|secured|got)\b"
                       r"(?:\s+(?:an?|the|its|their|overall|Ofsted|rating|score|grade|judge?ment|of|as))*\s*[‘“\"']?$", re.I)
# A rating held, not given: "Kent has an overall rating of inadequate", "with its rating of good"
_HOLDS = re.compile(r"\b(?:has|have|holds?|with|carr(?:y|ies))\s+(?:an?|its|their|the)\s+(?:current\s+)?(?:overall\s+)?"
                    r"(?:Ofsted\s+)?$", re.I)
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?$|(?<=,\s)(?:now|still|currently)\s+$", re.I)
# Words that leave a grade behind ("has shed its 'inadequate' rating"); NEGATION spans deny one ("not rated good").
_LEFT_BEHIND = re.compile(r"\b(?:shed\w*|lost|los[ei]\w*|out\s+of|remov\w+|lift\w*|left"
                          r"|turn(?:ed|ing|s)?(?:\s+(?:around|round))?(?=\s+(?:its|their|the)\s))", re.I)  # "turned around its"
_ESCAPED = re.compile(r"\b(?:escap|avoid|dodg)\w+", re.I)  # "escaped an inadequate rating": never given it
# A clause whose subject is denied ("and no area was awarded the top mark of 'outstanding'").
_NO_SUBJECT = re.compile(r"\W*(?:(?:and|but|while|yet)\s+)?(?:(?:no|none\s+of\s+(?:the|its|their))\s+"
                         r"(?!longer\b|doubt\b|wonder\b)[\w-]+|none\s+(?:have|has|had|were|was|are|is)\b)", re.I)  # "None have been"
_TO_GRADE = re.compile(r"(?:\s+(?:its|their|the|an?|be|been|being|rated|judged|graded|as|of|from|that))*\s*", re.I)
# After a negation, a service not yet given or giving the grade: "not yet delivering the “good” protection", "not achieved"
_TO_DENIED_GRADE = re.compile(r"(?:\s+yet)?(?:\s+(?:deliver|provid|offer|achiev|reach|attain)\w*)?" + _TO_GRADE.pattern, re.I)
# Modal and conditional words before a grade ("would be rated good", "another inadequate rating"); ASPIRATION spans
# hope for one ("aims to be good").
# ("will remain inadequate" foresees no change: the grade held now)
_MODAL = re.compile(r"\b(?:judge|rate|would|could|might|should|will(?!\s+(?:remain|stay|continue)\b)|if|unless|another"
                    r"|expect(?:s|ed|ing)?|predicted|tipped|towards|potential|(?-i:may))\b", re.I)
_TO_HOPED = re.compile(r"(?:\s+[\w’']+){0,3}?\s*[‘“\"']?", re.I)
_TO_AIMED = re.compile(r"(?:\s+[\w’']+){0,4}?\s*[‘“\"']?", re.I)  # "plan to | have at least a ‘good’"
# After an aspiration, the grade it aims at: "the ambition for Kent to be rated by Ofsted as not just 'good'"
_TO_BE_RATED = re.compile(r"\bto\s+be\s+(?:rated|judged|graded|found|seen)\b", re.I)
# A grade aimed at, an ASPIRATION span earlier in the clause ("our aspiration is to see services move to a good rating").
_TOWARDS = re.compile(r"\b(?:to|towards)\s+(?:an?\s+|be\s+)?[‘“\"']?$", re.I)
_MODAL_AFTER = re.compile(rf"{_CLOSE}?(?:\s+(?:Ofsted\s+)?(?:rating|judge?ment|grade))?\s+(?:would|could|might|will)\b", re.I)
_VERB_KINDS = {"rated", "found", "regraded", "as", "reported", "old-scale"}
_SUBJECT_KINDS = _VERB_KINDS | {"noun", "copula", "quoted"}  # kinds whose subject may list the parts graded ("X and Y are “good”")
# "given outstanding grades", "rated Outstanding in three and Good in one": of several parts, not overall
_OF_SOME_AREAS = re.compile(rf"{_CLOSE}?\s+(?:grades\b|in\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?)\b"
                            r"(?!\s*(?:%|per\b|years?\b|months?\b|weeks?\b|days?\b)))", re.I)
_INSPECTION_VISIT = re.compile(r"\binspection\s+$", re.I)  # "inspection visits in December and February"
# A grade given "following an inspection in May" or "in its inspection in May": the date is the inspection's, and the
# grade came with its report (between them, when the inspection's month or day is known).
_AFTER_INSPECTION = re.compile(rf"{_CLOSE}?(?:\s+(?:overall|rating))?,?\s*(?:(?:by|from)\s+(?:Ofsted|inspectors)\s+)?"
                               r"(?:(?:following|after)\s+(?:an?\s+|its\s+|the\s+|their\s+)?|(?:in|at)\s+(?:an?|its|the|their)\s+)"
                               r"(?:[\w-]+\s+){0,2}?(?:inspection|visit)\b", re.I)  # "... rating in its most recent inspection"
_REPORT_LAG = timedelta(days=270)  # an inspection's report is out within months of it
_RATING_CONTEXT = re.compile(r"\b(?:Ofsted|inspect\w*|rat(?:ed|ing|ings)|judge?ments?|judged|grades?|graded|watchdog)\b", re.I)
_QUOTED = re.compile(_OPEN)
# A grade opening a list of plain adjectives ("good, strong and effective"): a description, not a grade given.
_ADJECTIVES_AFTER = re.compile(r",\s+(?-i:[a-z]+)(?:,\s+(?-i:[a-z]+))*,?\s+and\s+(?-i:[a-z]+)\b")
_EITHER = re.compile(rf"{_CLOSE}?\s+or\s+{_OPEN}?{GRADE}|{GRADE}{_CLOSE}?\s+or\s+{_OPEN}?$", re.I)
# A grade used as an adjective ("outstanding work"): a lower-case word after it that does not go on the sentence.
_DESCRIBES = re.compile(r"\s+(?!(?:in|on|at|for|following|after|by|and|but|or|across|since|from|when|with|last|this|overall"
                        r"|again|once|until|before|as|to|under|between|during|over)\b)(?-i:[a-z])")
# Words a sentence must hold for a rarer pattern to be tried at all (a substring test is far cheaper than a scan).
_GATES = {"superlative": ("worst", "lowest", "bottom", "top", "highest"), "require": ("require", "need"), "need": ("need",),
          "reported": ("found", "said", "says", "concluded", "reported", "stated", "noted", "verdict", "conclusion"),
          "as": ("rated", "judged", "graded", "rates", "judges"),
          "rating-of": ("rating", "grad", "judgement", "judgment", "verdict", "score"), "old-scale": ("poor", "excellent"),
          # the verb or noun each pattern of the kind starts or ends on (a test far cheaper than its Alternatives' own)
          "change-to": ("from", "turn"), "change-from": ("from",), "adjective": ("rated",), "found": ("found",), "with": ("with",),
          "rated": ("rated", "judged", "graded", "deemed", "branded", "label", "declared", "ranked", "assessed", "classed", "considered",
                    "criticised", "described", "rates", "deems", "scored", "praised"),
          "regraded": ("grad", "promoted", "improv", "rose", "risen", "raised", "lifted", "moved", "climbed", "jumped", "fell",
                       "fallen", "slipped", "dropped", "declined", "changed", "went", "gone", "returned"),
          "verbless": ("services",),
          "verdict-for": ("verdict", "judgement", "judgment", "rating", "grade"),
          "noun": ("rating", "judg", "verdict", "grade", "status", "category", "given", "gives", "gave", "awarded", "received", "handed")}
# Both "label" patterns give the grade after a colon or a dash, or in brackets: without one of these they cannot match.
_LABEL_CUE = re.compile(rf"(?:[:–—-]\s*|\s\({_OPEN}?){GRADE}", re.I)
_RATING_VERB = re.compile(r"\b(?:rated|judged|graded|rates)\b", re.I)
_COUNTED = re.compile(r"(?<![\w,.])(?<!\bof\s)(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                      r"(?:(?:were|have\s+been|had\s+been)\s+)?(?:as\s+)?$", re.I)
_RATED_BEFORE = re.compile(r"\b(?:rated|judged|graded)\s+$", re.I)  # "10 have been rated | “good”"
_NAMED_BEFORE = re.compile(rf"\b{GRADE}{_CLOSE}?,?\s+(?:the\s+|its\s+)?$", re.I)  # "“outstanding”, | the highest grade"
_GRADE_NAMED = re.compile(rf"(?:\s+of|\s*[:,–—-])?\s*{_OPEN}?{GRADE}\b", re.I)  # after "the worst rating"
# Who reports a verdict: the inspectorate or its report, before the reporting verb.
_VERDICT_GIVER = re.compile(r"\b(?:Ofsted|inspectors?|inspectorate|watchdog|report|inspection|HMI)\b", re.I)
_REQUIRE_SUBJECT = re.compile(r"\b(?:services|council|authority|department|work|it|they|experiences?|leadership|(?P<areas>areas)"
                              r"|(?<=\ban\s)(?P<area>area)\s+(?:that|which))"  # "care leavers was identified as an area that | needs"
                              r"(?:\s+(?:in|for|at|of|to)\s+[^,.;:()]{1,80}?)?\s+(?:still\s+|now\s+|also\s+)?$", re.I)
# "the experiences and progress of children in need and of children in care, all | require improvement"
_PARTS_REQUIRE = re.compile(rf"\b(?:{_PART_WORDS})\b[^.;]*,?\s+(?:all|both|each)\s+(?:still\s+|now\s+)?$", re.I)
_FOR_WHAT = re.compile(r"\s+for\s+(?:(?:the|an?)\s+(?:\w+\s+)?time\b|its\b|the\s+(?:impact|experiences?|effectiveness|quality)\b"
                       r"|the\s+(?:past|last)\s+\w+\s+years?\b"
                       r"|all\s+(?:[\w’'-]+\s+){0,2}?(?:services|areas|judge?ments|categories)\b"  # "for all children's services"
                       r"|(?:children|young|care|help|leadership|adoption|overall|being\s+healthy|staying\s+safe"
                       r"|enjoying\s+and\s+achieving|making\s+a\s+positive|achieving\s+economic)\b)", re.I)
_PLAIN = re.compile(r"[-‑]|\s+(?:enough|quality|news|practice|progress|to|for|at|as|or)\b", re.I)
# "were rated inadequate at the last inspection": a verdict, when the clause's subject is the council's services
# (not a children's home, a fostering service or a school an older report mentions).
_AT_INSPECTION = re.compile(r"\s+at\s+(?:the|its|their|an?)\s+(?:[\w-]+\s+){0,2}?(?:inspection|visit)\b", re.I)
_SERVICES_SUBJECT = re.compile(r"\bchildren['’]s\s+(?:services|social\s+care)\b|\b(?:council|local\s+authority)\b", re.I)
_FACILITY = re.compile(r"\b(?:fostering|adoption|homes?|units?|schools?|pupils?|settings?|agency|agencies|provider)\b", re.I)
_JUDGED_PART_WORDS = r"experiences?\s+and\s+progress|impact\s+of\s+leaders"  # how Ofsted names the parts it grades
_SUBJECT = re.compile(rf"\b(?:services?|provision|council|local\s+authority|department|board|partnership"
                      rf"|overall\s+effectiveness|{_JUDGED_PART_WORDS})\b|SCB\b", re.I)
_JUDGED_PART = re.compile(rf"\b(?:{_JUDGED_PART_WORDS})\b", re.I)
# Things said to be good that Ofsted does not grade, just before a copula
_UNGRADED_SUBJECT = re.compile(r"\b(?:morale|attendance|feedback|relationships|communication|progress)\s+$", re.I)
# Places of learning that Ofsted grades apart from the council's services
EDUCATION = r"schools?|academ(?:y|ies)|nurser(?:y|ies)|colleges?"
# ... the subject of the verb or its object's owner ("The school in Kent was | rated", "schools retained their | good")
_NOT_SERVICES = re.compile(rf"\b(?:{EDUCATION}|providers?|settings?|placements?|carers?|homes"
                           r"|(?<!children['’]s\s)home)\b"
                           r"(?:[^.;]{0,12}|(?:\s+[\w’'-]+){0,4}\s*)$", re.I)
_PARTS = [(re.compile(p, re.I), scope) for p, scope in (
    (r"children\s+in\s+care\s+and\s+care\s+leavers?\b|looked\s+after\s+and\s+care\s+leavers|in\s+or\s+leaving\s+care",
     "children in care and care leavers"),
    (r"\badoption", "adoption"),
    (r"care\s+leavers?\b|leaving\s+care|(?:who\s+have|having)\s+left\s+care", "care leavers"),
    (r"(?:children|those)\s+in\s+(?:(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?['’]s\s+)?care|looked[\s-]+after|permanence",
     "children in care"),  # "children in care", "children in Waltham Forest’s care"
    (r"help\s+and\s+protection|need\s+(?:of\s+)?protection|child\s+protection", "help and protection"),
    (r"\bleaders|\bleadership|management\s+and\s+governance", "leadership"),
    (r"safeguarding\s+children(?:['’]s)?\s+board|child(?:ren['’]s)?\s+safeguarding\s+board|(?-i:SCB)\b", "lscb"),
    (r"\bsafeguarding\b(?!\s+(?:children(?:['’]s)?\s+)?(?:board|partnership))", "safeguarding"),  # the 2009-2012 framework's
    (r"children['’]s\s+home\b", "children's home"),
    (r"\bfostering\b", "fostering"),
    # the five outcomes of the 2005-2009 assessments ("outstanding for being healthy, staying safe and ...")
    (r"\bbeing\s+healthy\b", "being healthy"), (r"\bstaying\s+safe\b", "staying safe"),
    (r"\benjoying\s+and\s+achieving\b", "enjoying and achieving"),
    (r"\bmaking\s+a\s+positive\s+contribution\b", "making a positive contribution"),
    (r"\bachieving\s+economic\s+well-?being\b", "achieving economic well-being"),
    (r"\b(?:some|certain|several|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:areas|parts|aspects)\b", "some areas"),
)]
# One grade given to several named parts: "'good' in all four criteria - covering leadership, ... and overall
# effectiveness", "inadequate for the impact of leaders ..., and the experiences of children who need help", "given
# requires improvement - the impact of leaders ... and overall effectiveness".
_PART_LIST = re.compile(r"(?:(?!,|\s[-–—]\s|\b(?:with|but|and|after|following|when|while)\b)[^.;]){0,60}?"
                        rf"(?:\b(?:in|for|across|covering)\b|(?:\s[-–—]|:)\s+(?=(?:the\s+)?(?:{_PART_WORDS}|{_JUDGED_PART_WORDS}"
                        r"|overall\s+effectiveness)))(?:[^.;]|;(?=\s+(?:and\s+)?[a-z])){0,260}", re.I)  # "; and the"
# A bulleted list after a colon: each item on its own line ("\n  • The experiences and progress of children in care").
_COLON_END = re.compile(rf"{_CLOSE}?(?:\s+(?:in|across|for)\s+(?:these|the\s+following|all|each\s+of\s+(?:these|the\s+following))"
                        r"(?:\s+\w+)?\s+(?:areas|categories|judgements))?\s*:\s*", re.I)
_BULLET_ITEM = re.compile(r"\s*\n[^\S\n]*[•·▪●*–-][^\S\n]*(?P<item>[^\n]*[^\s;,.])[;,.]?[^\S\n]*(?=\n|$)")
_OVERALL = re.compile(r"\boverall\b", re.I)
_MAX_BULLETS = 8
_SUBJECT_LIST = re.compile(r"(?:,\s+(?:and\s+)?|\band\s+)(?:the\s+)?[\w’'-]+[^.;]*\b(?:(?:were|are|have\s+been|had\s+been)\s+"
                           r"(?:(?:both|all|each|now|still|also)\s+)*|(?:now|still|also)\s+)[‘“\"']?$", re.I)  # "X and Y now rated"
# Words after which the grade's verb has a new subject ("Leaders have improved ... since services for X were judged").
_NOT_SUBJECT = re.compile(r"\b(?:has|have|had|since|when|(?<!looked\s)(?<!looked-)after|following|than|that)\b", re.I)
_LIST_STOP = re.compile(r",\s+(?:with|but|while|whereas|although)\b|\b(?:rated|judged|graded|found|was|were|is|are)\b", re.I)
_ALL_PARTS = re.compile("|".join(f"(?P<p{i}>{p.pattern})" for i, (p, _) in enumerate(_PARTS[:-1]))
                        + r"|(?P<overall>\boverall\s+effectiveness\b)", re.I)
# A count or share of councils or of children's homes, not one council: "73% of local authority children's services
# inspected", "two councils where children's services have been rated", "Only 8% of children's homes in Merseyside".
_MANY_COUNCILS = re.compile(r"\b(?:councils|(?:local\s+)?authorities)\b[^.;]{0,80}$"
                            r"|(?:%|\bper\s+cent)\s+of\s+(?:the\s+)?(?:\d+\s+)?"
                            r"(?:local\s+authorit|council|(?:children['’]s\s+)?homes\b)", re.I)
# A grade coordinated with an earlier verdict of the sentence: no verb of its own in between.
_COORDINATED = re.compile(r"[’”\"']?\s*(?:for|in)\b[^.;]*[,;]\s*(?:and\s+)?"
                          r"|[’”\"']?,?\s+and\s+[^.;,]{0,80}?\s+as\s+[‘“\"']?"  # "X as A and Y as B"
                          r"|[’”\"']?[^.;]*,\s+with\s+[^.;,]{1,100}?\s+", re.I)  # "..., with the overall effectiveness | rated"
_AFTER_WORDS = re.compile(r"[’”\"']?[^,.;:()\n]{0,40}?(?=[,.;:()]|\s[-–—]\s|\b(?:with|but|by|in|after|since|and|following)\b|$)", re.I)
_TENSE = re.compile(r"\b(?P<now>is|are|has(?:\s+been)?|have(?:\s+been)?|remains?|now|being|becomes?)\b"
                    r"|\b(?P<then>was|were|had|having|previous|former|last|original|earlier|then)\b"
                    r"|(?<!been\s)(?<!has\s)(?<!have\s)(?<!now\s)\b(?P<did>rated|judged|graded|found|deemed|downgraded|upgraded"
                    r"|assessed|branded|labell?ed|classed|considered|declared|received|achieved|secured|earned|gained|awarded"
                    r"|gave|handed|got"
                    # a grade reached or left in the simple past: "jumped from 'inadequate' to 'good'", "fell to"
                    r"|improved|rose|raised|lifted|moved|climbed|jumped|fell|slipped|dropped|declined|changed|went|returned"
                    r"|steered|took|turned|brought|(?<!-)led|became)\b", re.I)
# An auxiliary that makes a past participle present perfect: "has since climbed to 'good'"
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+|since\s+|now\s+|also\s+|again\s+)?$", re.I)
# A grade received in a participle clause, which takes the tense of the sentence: "with Kent receiving an 'adequate'"
_RECEIVING = re.compile(r"\b(?:receiving|given)\s+(?:an?\s+|the\s+)?[‘“\"']?$", re.I)
# A grade in a clause fronting the sentence that comes before its main clause: given before the publication ("After
# steering the service from 'adequate' to 'outstanding', she ...", "Following an 'inadequate' rating, the council ...")
_EARLIER_FRONT = re.compile(r"\W*(?:after|since|before|following)\s[^,;.]*$", re.I)
# "'good' for the experiences and progress of children who need help and protection": the part after the grade.
_FOR_PART = re.compile(r"[’”\"']?(?:\s+(?:rating|grade|judge?ment))?\s+(?:for|in)\s+[^.;]{0,100}", re.I)
_STOP = re.compile(r"[;.]|,\s+and\b|\b(?:but|while|whereas|when)\b"
                   r"|\band\s+(?:[\w’'-]+\s+){1,4}?(?:was|were|is|are|has|have|had|will)\b", re.I)  # "and a director was hired"
# "which in October was rated": a date just before the verdict's verb.
_VERB_BEFORE = re.compile(r"(?:\b(?:was|were|had\s+been|has\s+been)\s+(?:first\s+|again\s+|also\s+)?(?:rated|judged|graded|found)"
                          r"|(?<=,\s)(?:rated|judged|graded))\b[^.;]*$",
                          re.I)
# "the last inspection in 2015, which achieved an overall score of 'good'": the antecedent's date.
_WHICH = re.compile(r",\s*(?:which|that)\s+(?:[\w-]+\s+){0,2}?(?:achieved|received|was|were|gained|got|saw|gave)\b[^.;,]*$", re.I)
_DATE_THEN_VERB = re.compile(r",?\s*", re.I)
_FRONTED_LIST = re.compile(r"\s*(?:in\s+)?", re.I)  # before the first date of "In 2009 and 2011, ..."
_AND_LINK = re.compile(r",?\s+(?:and|&)\s+(?:in\s+)?|,\s+", re.I)  # between its dates
_LIST_CLOSE = re.compile(r",\s")  # after its last
_AGAIN = re.compile(r",?\s+and\s+(?:(?:again|also|once\s+more)\s+)?(?:in\s+|on\s+)?", re.I)
_WHEN = re.compile(r",?\s+when\b[^.;]*", re.I)
_AUTHORITY = re.compile(r"commissioner|Ofsted|inspector", re.I)
# A grade between a grade and a date: the date is that grade's ("rated good, up from 'inadequate' in 2016").
# What may follow a council's name in a list: "Kent and Leeds councils", "Essex and Kent county councils", "... CCs"
_COUNCIL_WORD = r"(?:\s+(?:(?:County|City|Borough|District|Metropolitan\s+Borough)\s+)?Councils?|\s+(?-i:CCs?))?"
_COUNCIL_SUFFIX = re.compile(_COUNCIL_WORD, re.I)
# A list of councils graded together: what separates them, and what lies between the list and the verdict.
_ASIDE = r"(?:,\s+in\s+(?:the\s+)?(?:[A-Za-z]+\s+){0,3}[A-Za-z]+(?=,))?"  # "Halton Borough Council, in the north west, and"
_GRADED_LIST_SEP = re.compile(_COUNCIL_WORD + r"(?:\s*\([^()]{0,40}\))?" + _ASIDE +
                              r"(?:,\s*|\s+and\s+|,\s+and\s+|\s+join(?:s|ed)\s+)",  # "Kent joins Leeds in moving to good"
                              re.I)
_GRADED_SUBJECT_GAP = re.compile(_COUNCIL_WORD + r"(?:\s*\([^()]{0,40}\))?" + _ASIDE +
                                 r",?\s*(?:[–—-]\s*)?"
                                 r"(?:(?:were|was|are|have|has|had|been|all|also|both|now|each|since|then|later)\s+)*"
                                 r"(?:in\s+[a-z]+ing\s+(?:[a-z]+\s+){0,4}?)?"
                                 # "Kent and Leeds have been given (a clean sweep of) | outstanding ratings"
                                 r"(?:(?:given|awarded|handed|received|achieved|gained|earned|secured|got)\s+"
                                 r"(?:(?:an?|the|their|its)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?)?", re.I)
_GRADED_OBJECT_GAP = re.compile(_COUNCIL_WORD + rf"\s+(?:as\s+|to\s+be\s+)?(?:an?\s+)?{_OPEN}?",
                                re.I)
_GRADED_VERB_GAP = re.compile(r"\w+\s+(?:both\s+)?")
# A subject standing for the councils graded in the sentence before: "They were rated good", "All four received ..."
_THEY_GRADED = re.compile(r"\W*(?:They|Both|All\s+(?:two|three|four|five|six|of\s+them)|Each\s+of\s+them)\s+"
                          r"(?:(?:were|are|have|had|been|all|both|each|also)\s+)*"
                          r"(?:rated|judged|graded|found|given|awarded|received|got|achieved)\b")
# ... or for a number of councils named just before: "Both councils were rated good", "The three authorities are ..."
_COUNCILS_NAMED_BEFORE = re.compile(r"\W*(?:(?P<both>Both)|(?:All|The|These|Those)\s+(?P<n>two|three|four|five|six))\s+"
                                    r"(?:(?:councils|(?:local\s+)?authorities|boroughs)\b|(?=(?:were|are|have|had)\s))")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_OTHER_COUNCILS = re.compile(r"\b(?:other|another|neighbouring)\s+(?:[\w-]+\s+)?(?:councils?|(?:local\s+)?authorit(?:y|ies))\b",
                             re.I)  # "two other councils", "another local authority"
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)  # grades given one to each council listed
# Councils sharing a clause's grade: after it ("rated good, alongside Leeds", "as was Leeds"), before its subject ("Along
# with Leeds, Kent ..."), or in an aside between its subject and verb ("Kent, along with Leeds, was ..."); what may follow them.
_SHARING = r"(?:alongside|along\s+with|together\s+with|as\s+well\s+as)"  # not "like": a comparison
_SHARED_AFTER = re.compile(rf"{_CLOSE}?(?:\s+(?:in|on|at|for|during|last|this|earlier)\b[^,;.]{{0,30}}?)?"  # "good in May, as was"
                           rf",?\s+(?:{_SHARING}|as\s+(?:were|was|did|have|has|had|are|is))\s+(?:neighbouring\s+)?", re.I)
# ... or ranked after them: "Kent is the third council to be rated outstanding, after Leeds and York"
_RANKED = re.compile(RANKED + r"[^,;.]{0,60}?\s+to\b[^,;.]*$", re.I)
_RANKED_AFTER = re.compile(rf"{_CLOSE}?[^,;.]{{0,60}}?,\s+(?:after|behind|following)\s+(?:neighbouring\s+)?", re.I)
_SHARED_FRONTED = re.compile(rf"\W*{_SHARING}\s+(?:neighbouring\s+)?", re.I)
_SHARED_ASIDE = re.compile(rf",\s+{_SHARING}\s+(?:neighbouring\s+)?$", re.I)
_SHARED_END = re.compile(_COUNCIL_WORD + r"\s*(?:$|[.;:)]|\s[–—-]|,\s+(?!which|who|where|whose|that)|\s+(?:in|on|last|this)\b)",
                         re.I)
_SHARED_ASIDE_END = re.compile(_COUNCIL_WORD + r",\s+[^,;.]*", re.I)
# ... or it follows a grade's ratings: "'outstanding' ratings released today for children's services, in | Kent, ..."
_GRADED_IN = re.compile(rf"{_CLOSE}?(?:\s+(?:ratings|grades|judge?ments)\b[^.;:]{{0,100}}?)?\s+(?:in|for|at)\s+(?:the\s+)?", re.I)
# After the grade a count of councils was given, the list of them: "Three councils were rated outstanding for all
# children's services - Gateshead, Kensington and Chelsea, and York", "The councils rated poor were: Kent, ..."
_NAMED_AFTER_COUNT = re.compile(rf"{_CLOSE}?(?:[^.;:]{{0,80}}?(?:\s[-–—]|:)|\s+(?:are|were):?)\s+(?:the\s+)?", re.I)
# Between a fronted date and a grade: a clause of another time ("Today's verdict comes a month after ...", "In 2010
# it was judged adequate, but services have deteriorated and are inadequate").
_ANOTHER_TIME = re.compile(r"\b(?:after|before|since|when|while|whereas|although|now|today|is|are|has|have)\b", re.I)
_EARLIER_RELATIVE = re.compile(r",\s+(?:which|who|that)\s+had\s[^,;.]*$", re.I)  # "In May X left Kent, which had been rated"
_OWN_DATE = re.compile(rf"{_CLOSE}?\s+(?:in|during)\s+(?:the\s+)?", re.I)
# A past rating verb and what may stand between it and a date before it.
_PAST_VERB = re.compile(r"\b(?:rated|judged|graded|deemed|downgraded|upgraded|found|gave|awarded|handed|criticised)\b", re.I)
_DATE_SUBJECT_VERB = re.compile(r",?\s*(?:(?:Ofsted|(?:the\s+)?inspectors|the\s+(?:watchdog|inspectorate|regulator))\s+"
                                r"|(?:(?:the|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?(?:was|were|had\s+been)\s+)?"
                                r"(?:(?:first|again|also)\s+)?", re.I)
_NOT_FRONTED = re.compile(r"[;:()]|\s[–—-]\s|\b(?:but|while|whereas|when|before|after|since|which|who|until|and|is|are|has"
                          r"|have|will|would)\b|\d", re.I)

# ------------------------------------------------------------- judgement tables

_TABLE_HEAD = re.compile(rf"^[ \t]*Judgement[ \t]+Grade[ \t]*$|^[ \t]*(?P<label>[^\s•·*][^\n]*?\bservices\b[^\n]*?\b(?:are|is))"
                         rf"[ \t]+(?P<g>{GRADE})[ \t]*$", re.I | re.M)
_TABLE_LINE = re.compile(rf"^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?P<label>[^\n]*?)[ \t]*(?P<g>(?-i:(?=[A-Z])){GRADE})[ \t]*$",
                         re.I | re.M)
_LINE = re.compile(r"^[^\n]*$", re.M)
_OVERALL = re.compile(r"\boverall\b", re.I)
_PROSE = re.compile(r"(?<!\d)[.!?;](?:\s|$)")
_TABLE_REACH = 3000

# ---------------------------------------------------------- events and reports

_DATE_AFTER = re.compile(
    r"[’'”\"]?\s*(?:\([A-Z]+\)\s*)?(?:(?:by|from)\s+(?:Ofsted|the\s+inspectorate|the\s+watchdog|(?:the\s+)?inspectors)(?:\s+inspectors)?\s*)?"
    r"(?:under\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,4}?framework\s+)?"  # "inspected under the new ILACS framework in March"
    r"(?:dates?\s*:\s*|,\s*(?=(?:in|on|during|between|over)\s)|\s*(?:was|were)\s+(?=(?:in|on|during|back)\s)"
    r"|,?\s*(?:which\s+|that\s+)?(?:took\s+place|(?:was\s+)?(?:carried\s+out|conducted|held|published|released))\s+"
    r"(?:by\s+(?:Ofsted|the\s+inspectorate|the\s+watchdog|(?:the\s+)?inspectors)\s+)?)?"
    r"(?:(?:for|over|across)\s+(?:[\w-]+\s+){1,2}?(?:days?|weeks?)\s+)?(?:back\s+|earlier\s+)?(?:(?:in|on|during|between|from|at|of|over|towards?)\s+)?(?:the\s+)?",
    re.I)
# "inspected Kent's children's services in March", "its fourth visit to Kent in April": the object, then the date.
_OBJECT_DATE = re.compile(
    r"\s+(?:(?<=ed\s)|(?<=ing\s)|(?<=\sin\s)|(?<=\sat\s)|(?:to|of|at|into|on)\s+)(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:(?-i:[A-Z])[\w’'-]*\s+(?:(?:and|with|upon)\s+)?){0,3}?(?-i:[A-Z])[\w’'-]*"
    r"|(?:children['’]s\s+)?(?:council|authority|county|borough|city|department|services?)|children['’]s|us|it|them)"
    r"(?:['’]s?)?(?:\s+(?:children['’]s|social|care|services?|provision|department|council|authority|teams?)){0,4}"
    r"(?:\s+for\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)?"  # "its provision for vulnerable young people in January"
    r"(?:\s+(?:at|in)\s+the\s+(?:local\s+)?(?:council|authority))?"  # "of children's services at the local authority in May"
    # "a visit to the county by the education watchdog's inspector in February"
    r"(?:\s+by\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?(?:inspectors?|watchdog|Ofsted|inspectorate))?"
    r",?\s+(?:again\s+|for\s+the\s+(?:first|second|third|last)\s+time\s+)?"
    r"(?:(?:for|over|across)\s+(?:[\w-]+\s+){1,2}?(?:days?|weeks?)\s+)?(?:(?:in|on|during|over|between|at|towards?)\s+(?:the\s+)?)?",
    re.I)  # the date may start "last", "between"
# Services that will be inspected, inspectors expected to come back: an expected inspection.
_TO_BE_INSPECTED = re.compile(r"\b(?:will|(?:is|are)\s+(?:to|(?:due|expected|set|scheduled|likely|poised)\s+to))\s+be\s+"
                              r"(?:\w+\s+)?$", re.I)
_COMING_BACK = re.compile(
    r"\b(?:Ofsted|(?:the\s+|Ofsted\s+)?inspectors|the\s+(?:watchdog|inspectorate))\s+(?:will|(?:(?:is|are)\s+)?(?:due|expected|set"
    r"|scheduled|poised|likely)\s+to)\s+(?:return|come\s+back|go\s+back|revisit|be\s+back|visit|inspect)\b", re.I)
_OWNER = re.compile(r"\b[\w-]+['’]s?\s+(?:[\w-]+\s+)?$")
_INSPECTING_BY = re.compile(r"\s+(?:by|from)\s+(?:the\s+)?(?:Ofsted|inspectors?|watchdog|inspectorate)\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\b(?:\s+[\w’']+){0,2}?\s*$", re.I)
_DATE_AFTER_EXPECTED = re.compile(r"\s+(?:again\s+)?(?:(?:in|on|during|by|before|within|over|at)\s+)?(?:the\s+)?", re.I)
_DATE_VIA_VERB = re.compile(r"\s+(?:of|in|into|to|at)\s+(?:(?!\b(?:since|after|before|when|until|following)\b)[^.;]){1,100}?"
                            r"\s+(?:was|were|carried\s+out|conducted|took\s+place|held)"  # not "... since X took place in"
                            r"\s+(?:(?:for|over)\s+(?:[\w-]+\s+){1,2}?(?:days?|weeks?)\s+)?(?:(?:in|on|during|over|between)\s+)?"
                            r"(?:the\s+)?", re.I)
# The inspection's title, then its date: "an inspection of services for children in need of help and protection,
# children looked after and care leavers last November"
_SERVICES_FOR = re.compile(r"\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w’'-]+\s+){0,2}?services\s+for\s+"
                           r"(?:(?!\b(?:since|after(?<![Ll]ooked\safter)|before|when|until|following|that|which|who|where"
                           r"|was|were|is|are|had|has|have|will)\b)[^.;:()]){1,140}?\s+(?:(?:in|on|during|over|between)\s+)?(?:the\s+)?",
                           re.I)
_DATE_BEFORE = re.compile(r"(?:['’]s)?\s+(?:(?:[\w-]+\s+){0,3}?)?", re.I)
_VISIT_BEFORE = re.compile(r"(?:['’]s)?\s*(?:for\s+(?:an?|its|the|their)\s+)?"  # "returned in May for a monitoring visit"
                           r"(?:(?:full|Ofsted|return|focus?sed|monitoring|inspection|inspectors['’])\s+)*", re.I)
_INSPECTION = re.compile(
    r"(?=[nNfFuUiIjJmMtTrRvVsS])\b(?:(?P<next>next|forthcoming|upcoming|future)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:(?P<insp>inspections?|joint\s+area\s+reviews?)|(?P<verb>(?:re-?)?inspected)|(?P<mon>(?:monitoring|focus?sed|targeted|follow-up)\s+visits?|returned\s+to\s+monitor(?:\s+(?:[\w’'-]+\s+){0,4}?progress)?)|(?P<visit>visits?)"
    r"|(?P<visited>visited|(?P<visiting>visiting)|(?P<returned>returned)(?=\s+to\s+(?!(?:good|inadequate|outstanding|adequate|requir)\b)))|(?P<inv>investigation)"
    r"|(?P<spent>spent\s+(?:[\w-]+\s+){1,2}?(?P<unit>days?|weeks?)\s+(?:in|at|with|inspecting))"
    r"|(?P<review>review)(?!\s+of\s+(?:the\s+)?(?:local\s+safeguarding|LSCB|progress|its\s+progress)))\b",
    re.I)
_AHEAD = re.compile(r"\b(?:next|later|coming|upcoming|forthcoming)\b", re.I)  # a date that says it lies ahead
_VISITS = re.compile(r"\b(?:monitoring|focus?sed)\s+visits?\b", re.I)
# Inspectors who came to see progress made a monitoring visit: "visited Kent in May to check on progress"
_TO_MONITOR = re.compile(r"[^.;]{0,80}?\bto\s+(?:monitor|check(?:\s+on)?|review|assess|see)\s+(?:[\w’'-]+\s+){0,3}?"
                         r"(?:progress|improvements?)\b", re.I)
# Who inspects, for the words that need it near ("visited", "spent two days in", "investigation", "will return").
_INSPECTING = re.compile(r"ofsted|inspect|watchdog", re.I)
# A verdict verb in the sentence makes its visit the inspection that graded ("downgraded ... following a visit").
_GRADING = re.compile(r"\b(?:rated|re-?rated|downgraded|upgraded|judged|graded|branded|handed|awarded)\b"
                      r"|\b(?:received|given|achieved)\b[^.;]{0,30}\bratings?\b", re.I)
# Who spent days in a department or reviewed it, or the investigation a report followed.
_INSPECTORS_BEFORE = re.compile(r"\b(?:inspectors?|Ofsted|watchdog)\b[^.;]{0,100}$", re.I)
_REPORT_NEAR = re.compile(r"\breport\b|\bfindings\b", re.I)
# An inspection announced: "Watchdogs will return to inspect", "Inspectors are due to return for a full inspection".
_RETURN = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:due|expected|set|scheduled|poised)\s+to)\s+(?:return\s+|come\s+back\s+|be\s+back\s+)?"
    r"(?:to\s+)?(?:(?:re-?)?inspect\b|for\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?(?:re-?)?inspection\b"
    r"|(?:carry\s+out|conduct|undertake)\s+(?:another\s+|an?\s+|its\s+)?(?:[\w-]+\s+)?(?:re-?)?inspection\b)", re.I)
# An undated inspection someone carried out or that something followed ("following a rigorous inspection").
_DONE_BEFORE = re.compile(r"\b(?:carried\s+out|conducted|completed|undergone|underwent|following|after)\s+"
                          r"(?:an?|its)\s+(?:[\w-]+\s+){0,3}$", re.I)
_RETURN_WORDS = ("will", "due", "expected", "set to", "scheduled", "poised")
_DENIED_RETURN = re.compile(r"\b(?:not|never|if|unless|when)\b[^.;]*$", re.I)
_AND_DATE = re.compile(r"\s*(?:,\s*|\s+)(?:and\s+)?(?:in\s+)?", re.I)
_AGENT = re.compile(r"(?:\s+(?:of|into)\s+[^.;,]{0,80}?)?(?:\s+report)?\s+(?:which\s+|that\s+)?(?:has\s+|have\s+)?(?:by\s+Ofsted\s+)?"
                    r"(?:rated|found|judged|revealed|uncovered|exposed|identified|highlighted|brought\s+to\s+light|concluded"
                    r"|criticised|condemned|praised|said|noted|warned)\b",
                    re.I)
_UNANNOUNCED = re.compile(r"\bunannounced\s+(?:Ofsted\s+)?$", re.I)  # an unannounced visit inspects
_SHORT_INSPECTION = re.compile(r"\b(?:focus?sed|(?:one|two|three|[1-3])[-\s]days?|day-long)[’”\"']?\s+(?:Ofsted\s+)?[‘“\"']?$", re.I)
_FOCUSED_ON = re.compile(r"[^.;]{0,60}?\bfocus?sed\s+on\b", re.I)
# The inspection before the one reported: "since the last inspection", "during our previous full inspection".
_PREVIOUS = re.compile(r"\b(?:the|its|our|their)\s+(?:last|previous|most\s+recent)\s+(?:(?:full|Ofsted|standard)\s+){0,2}$",
                       re.I)
# Councils' last inspections, of several: "three of the five councils were rated good at their last inspection"
_COUNCILS_LAST = re.compile(r"\b(?:councils|(?:local\s+)?authorities)\b[^.;]*\btheir\s+(?:last|previous|most\s+recent)\s+"
                            r"(?:[\w-]+\s+){0,2}$", re.I)
# The inspectorate finding something at a date: "Ofsted found in May that", "inspectors from Ofsted, last year, unearthed"
_INSPECTORS_FOUND = re.compile(r"\b(?:Ofsted|inspectors|the\s+(?:watchdog|inspectorate))(?:\s+from\s+Ofsted)?"
                               r"(?P<aside>\s*,\s*[^,.;]{1,40}?,)?\s+(?:(?:had|have|has)\s+)?"
                               r"(?:found|unearthed|uncovered|discovered|identified|exposed)\b", re.I)
_FOUND_GAP = re.compile(r"\s+(?:(?:in|on|during)\s+)?(?:the\s+)?", re.I)
_COUNCILS = re.compile(r"\b(?:councils|(?:local\s+)?authorities)\b", re.I)  # findings across councils
_FRAMEWORK = re.compile(r"\s+(?:framework|regime|system)\b", re.I)  # "the previous inspection framework": not an inspection
_DETERMINED = re.compile(r"\b(?:an?|the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)
_GRADED_VISIT = re.compile(rf"{_OPEN}{GRADE}{_CLOSE}\s+(?:Ofsted\s+)?$", re.I)
_EXPECTING = re.compile(r"\bexpect(?:s|ed|ing)?\s+(?:the\s+|its\s+|an?\s+)?(?:[\w-]+\s+)?$", re.I)  # "expecting the next visit in January"
# Words before an inspection still to come ("awaits a crucial inspection", "to be ready for our full inspection") ...
_AWAITING = re.compile(r"\b(?:awaits?|awaiting|(?:will|to)\s+face|faces|facing|prepar(?:es|ed|ing)\s+for|(?:be|get|is|are)\s+ready"
                       r"\s+for)\s+(?:an?|the|its|their|our|another)\s+(?:[\w-]+\s+){0,2}?$", re.I)
# ... or after it ("an inspection by Ofsted is expected to take place later this year", "is now planned")
_PLANNED = re.compile(r"(?:\s+(?:of|by|into|at)\s+[^.;,]{1,60}?)?\s+(?:is|are)\s+(?:now\s+)?(?:(?:expected|due|set|scheduled|planned)"
                      r"\s+to\s+(?:take\s+place|happen|begin|start)\b|planned\b|scheduled\b|due\b(?!\s+to\b))", re.I)
_EXPECTED = re.compile(r"\b(?:expected|due|scheduled|likely|planned)\b", re.I)
_FUTURE = re.compile(rf"\b(?:will|shall|set\s+to)\b|{_EXPECTED.pattern}", re.I)  # a sentence that says a date lies ahead
# An inspection asked for or feared, not held: "asked Ofsted for an early inspection", "fears a snap inspection"
_UNHELD = re.compile(r"\b(?:ask|request|press|push|demand|fear|dread|want|seek|sought|invit)\w*"
                     r"(?:\s+(?!(?:after|following|since|before|when|during|in|at|by|from)\b)[\w’'-]+){0,2}?"
                     r"\s+(?:for\s+|of\s+)?(?:an?|the|another|its|their)\s+(?:[\w-]+\s+){0,2}?$|\bcall(?:s|ed|ing)?\s+for\s+"
                     r"(?:an?|the|another|its|their)\s+(?:[\w-]+\s+){0,2}?$", re.I)
# Who else visits a council: "The education secretary visited Kent", "a visit by a delegation from Essex"
_VISITOR = re.compile(r"\b(?:secretary|minister|commissioner|MPs?|mayor|leader|councillors?|director|chief\s+executive"
                      r"|delegation|officials?|prince|princess|duke|duchess|king|queen)\b", re.I)
_VISIT_BY = re.compile(rf"\s+(?:by|from)\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){{0,2}}?{_VISITOR.pattern}", re.I)
# What else inspectors inspect: schools, homes, hospitals, the police ... (or another inspectorate than Ofsted does)
_OTHER_INSPECTED = re.compile(
    rf"\b(?:{EDUCATION}|(?:care|children['’]s|residential)\s+homes?|hospitals?|NHS"
    r"|police|constabular(?:y|ies)|prisons?|youth\s+(?:offending|justice)|probation|fostering\s+agenc(?:y|ies)"
    r"|CQC|Care\s+Quality\s+Commission|HMI(?:C|CFRS|P)|HM\s+Inspectorate|fire\s+(?:and\s+rescue\s+)?services?)\b", re.I)
# ... unless the sentence names the council's children's social care too
_SOCIAL_CARE = re.compile(r"\bchildren['’]s\s+(?:services|social\s+(?:care|services|work))|\bsocial\s+(?:care|services|work)\b"
                          r"|\bsafeguarding\b|\bchild\s+protection\b|\bchildren\s+in\s+care\b|\bcare\s+leavers\b"
                          r"|\blooked[\s-]after\b", re.I)
# Reported speech in the past perfect: "[date,] X told/said ... [date] that another Ofsted inspection had found ...".
# The inspection happened before the reporting clause's date.
_THAT_NP = re.compile(r"\bthat\s+(?:[\w’'-]+\s+){0,4}$", re.I)
_PAST_PERFECT = re.compile(
    r"\s+(?:(?:by|from)\s+(?:Ofsted|(?:the\s+)?inspectors?|the\s+inspectorate)\s+)?"
    r"had\s+(?P<adv>(?:(?:not|never|yet|still|already|also|just|recently|since|now)\s+)*)(?:been\s+)?"
    rf"{_OPEN}?(?P<verb>[a-z]+(?:\s+(?:off|back)\b)?)", re.I)
# ... unless the verb says it never took place ("had been postponed", "had not yet happened").
_NOT_HELD = re.compile(r"expected|due|scheduled|likely|planned|postponed|cancell?ed|delayed|deferred|suspended"
                       r"|promised|feared|threatened|hoped|booked|announced|requested|sought|demanded|predicted"
                       r"|anticipated|forecast|(?:put|called|pushed|set)\s+(?:off|back)", re.I)
_NEGATED = re.compile(r"\b(?:not|never|yet)\b", re.I)
_HAPPENED = re.compile(r"happened|taken|occurred|carried|held|completed|started|begun|come|arrived|concluded"
                       r"|finished|reported|published|made", re.I)
_REPORTING = re.compile(
    r"\b(?:said|saying|told|telling|announced|announcing|reported|reporting|claimed|claiming|insisted|insisting"
    r"|explained|explaining|revealed|revealing|confirmed|confirming|heard|hearing|learned|learnt|boasted|boasting"
    r"|assured|assuring|informed|informing|wrote|writing|noted|noting|stated|stating|admitted|admitting|argued"
    r"|arguing|suggested|suggesting|warned|warning|acknowledged|acknowledging)\b", re.I)
_PUNCT = re.compile(r"[,;.!?]")
_PAST_AUX = re.compile(r"\b(?:was|were|been|had)\b", re.I)  # a verb group that carries its own (past) tense
# A commissioner named by a past participle ("the commissioner appointed by government to turn it round", "a DfE-appointed
# commissioner"): done before.
# So is a troubleshooter the government sent ("the government installed its own troubleshooter").
_COMMISSIONER_PARTICIPLE = re.compile(r"commissioners?[’”\"']?\s+(?:appointed|brought|sent|installed|imposed|parachuted)\b"
                                      r"|.*\btroubleshooters?\b|\w+[-\s]appointed\s+commissioner\b", re.I)
_INSPECTORATE = re.compile(r"ofsted|inspector", re.I)
_APPOINTMENT = re.compile(r"appointment\b", re.I)  # a noun, no tense: "since ... the appointment of a commissioner" was made
_STEPPED_IN = re.compile(r"\bstepped\s+in\b", re.I)  # a simple past: done before the publication


def inspectorate_report(article: Article) -> bool:
    """Whether the article is an inspectorate's own report (its outlet is Ofsted), not news about one."""
    return bool(_INSPECTORATE.search(article.outlet))


# "a letter following a monitoring visit", "the report following the visit to Kent" (a visit of any kind: inspectors near)
_LETTER = re.compile(r"\b(?:letter|report)\s+(?:following|follows|followed|after|from|on)\s+(?:an?|the|its|their|last\s+\w+['’]s)\s+"
                     r"[‘“\"']?(?:(?P<kind>monitoring|focus?sed|follow-up|targeted)\s+|(?:latest|recent|last|second|third|fourth)\s+)?visit\b",
                     re.I)
_MONITORING_REPORT = re.compile(r"\b(?:update|monitoring|progress)\s+(?:visit\s+)?(?:report|letter)s?\b", re.I)
# A letter the inspectorate wrote: the report of a monitoring or focused visit.
_OFSTED_LETTER = re.compile(
    r"\b(?:Ofsted|inspectors?|inspectorate|watchdog|HMI)(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?letter\b"
    r"|\bletter\s+(?:(?:sent|published|written|issued)\s+)?(?:from|by)\s+(?:Ofsted|the\s+(?:inspectorate|watchdog|inspectors?))\b"
    # "a letter outlining the findings of the monitoring visit", "in a letter following a targeted visit"
    r"|\bletter\s+(?:outlining|setting\s+out|detailing|following|after|on|about)\s+(?:the\s+)?(?:findings\s+of\s+)?"
    r"(?:the\s+|an?\s+|its\s+)?(?:monitoring|focus?sed|targeted|follow-up)\s+visit\b"
    # "A report following Ofsted's fourth monitoring visit", "The findings of Ofsted's focused visit to Kent"
    r"|\b(?:report|findings|outcomes?)\s+(?:of|from|following|after|on)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+|[\w’'-]+['’]s?\s+)?(?:(?:latest|first|second|third|fourth|fifth|sixth|most\s+recent"
    r"|recent|last)\s+)?(?:monitoring|focus?sed|targeted)\s+visit\b"
    r"|\b(?:results|findings|outcomes?)\s+of\s+(?:that|the|this|its|their|a)\s+(?:(?:latest|recent|last|most\s+recent)\s+)?visit\b"
    r"|\b[Ii]n\s+(?:a|an|the|her|his|its|their)\s+(?:[\w-]+\s+){0,2}?letter\b(?!\s+to\s+(?:Ofsted|the\s+inspectorate))"
    r"(?=[^.;]{0,120}?\b(?:Ofsted|inspectors?|HMI|the\s+inspectorate|the\s+watchdog)\b)"
    # "The letter, published on Tuesday, said inspectors ...", "a letter published after the visit": the inspectorate's
    r"|(?:\b(?:The|Their|Its)\s+(?:(?:latest|feedback|official)\s+)?letter(?=,|\s+(?:published|released|said|says|stated?|states"
    r"|noted|found|concluded))|\bletter\s+(?:(?:published|sent|issued|written)\s+)?(?:following|after)\s+(?:the|their|its|an?)\s+"
    r"(?:(?:latest|recent|last|second|third|fourth)\s+)?visit)\b"
    r"(?=[^.;]{0,120}?\b(?:Ofsted|inspectors?|HMI|the\s+inspectorate|the\s+watchdog)\b)"
    # "Inspectors said in a letter that ..."
    r"|\b(?:Ofsted|[Ii]nspectors?|HMI|the\s+(?:inspectorate|watchdog))(?=\s+(?:(?:have|has|had)\s+)?(?:said|wrote|noted|warned|found)\s+in\s+"
    r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?letter\b)"
    # "Inspectors published their report on 11 April after their monitoring visit": the visit's report
    r"|\b(?:Ofsted|[Ii]nspectors|HMI|the\s+(?:inspectorate|watchdog))\s+(?:(?:have|has|had)\s+)?published\s+(?:their|its)\s+"
    r"(?:report|letter|findings)\b(?=[^.;]{0,40}?\b(?:after|following)\s+(?:their|its|the|an?)\s+(?:[\w-]+\s+)?"
    r"(?:monitoring|focus?sed|targeted)\s+visit\b)"
    # "Inspectors wrote to the council": the letter after a visit
    r"|\b(?:Ofsted|[Ii]nspectors|HMI|the\s+(?:inspectorate|watchdog))(?=\s+(?:(?:have|has|had|then|also)\s+)?wr(?:ote|itten)\s+to\b)")
# A letter published, its writer named before it ("Inspectors visited in June. Their resulting letter to the council,
# published today, says ..."): the inspectorate's when the sentence or the one before it names them (_INSPECTING).
_LETTER_PUBLISHED = re.compile(r"\b(?:[Tt]he|Their|Its|[Aa])\s+(?:(?:latest|resulting|feedback|official)\s+)?letter"
                               r"(?:\s+to\s+(?:the\s+)?(?:council|authority))?(?=,?\s+(?:(?:was|has\s+been)\s+)?published\b"
                               r"(?![^,.;]{0,40}?\bby\s+(?!Ofsted|the\s+(?:inspectorate|watchdog)|inspectors)))")
_WRITER_BEFORE = 300  # how far before the sentence the letter's writer may be named
# What an existing report or letter did or does: it is out ("said", "notes", "was critical of"; not "will say").
_IT_REPORTED = re.compile(r"(?<!will\s)\b(?:(?:sa(?:id|ys)|f(?:ound|inds)|prais|highlight|not|conclud|stat|describ|report|identif|recognis"
                          r"|acknowledg|criticis|warn|vindicat)(?:ed|es|s|ied)?|wr(?:ote|ites)|was\s+(?:critical|positive|damning|scathing))\b", re.I)
# What the inspectorate says, then the letter it says it in: "says the education watchdog in a letter following ..."
_SAYS_IN = re.compile(r"\b(?:sa(?:id|ys)|wr(?:ote|ites)|warn(?:ed|s)|not(?:ed|es))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:(?:Ofsted|watchdog|inspectorate|inspectors?)\s+in\s+(?:an?|its|the|their)\s+(?:[\w-]+\s+)?)?$", re.I)
_TO_COUNCIL = re.compile(r"\s+to\s+(?:the\s+)?$")
_OFSTED_REPORT = re.compile(r"\b(?:Ofsted|watchdog|inspectorate)(?:['’]s)?\s+(?:inspection\s+|inspectors['’]\s+)?report\b"
                            r"|\breport\s+by\s+(?:Ofsted|the\s+(?:watchdog|inspectorate))\b", re.I)
_LATEST = re.compile(r"\b(?:latest|update|monitoring)\W+(?:\w+\W+){0,2}$", re.I)
_REPORT_AFTER = re.compile(r"\s*(?:,\s*)?(?:(?:which\s+)?(?:was|were|has\s+been|had\s+been)\s+)?(?:published|released|issued)?\s*"
                           r"(?:(?:in|on|at|during)\s+)?(?:the\s+)?", re.I)
# A report published on a weekday or lately, no date given: out before the publication.
_REPORT_ON = r"(?:\s+(?:on|into|of|about|to)\s+[^,.;]{1,40}?)"
_REPORT_ON_AFTER = re.compile(rf"{_REPORT_ON}\s*(?:,\s*)?(?:(?:which\s+)?(?:was|were|has\s+been|had\s+been)\s+)?"
                              r"(?:published|released|issued)\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?", re.I)
_PUBLISHED_LATELY = re.compile(rf"{_REPORT_ON}?\s*(?:,\s*)?(?:(?:which\s+)?(?:was|were|has\s+been)\s+)?(?:published|released|issued)\s+"
                               r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|recently|this\s+week)\b")
_COMMISSIONER_REPORT = re.compile(
    # "the commissioner's review of Kent", "a review by the commissioner": a commissioner's report, review or assessment
    r"\bcommissioner(?:\s+(?-i:[A-Z])\w+(?:-\w+)?){0,3}(?:['’]s)?\s+(?:(?:latest|final|first|interim|progress)\s+)?"
    r"(?:report|review|assessment|recommendations?|findings|advice)\b"
    # "the commissioner has submitted her report", "Jo Smith, the commissioner, published her review", "reported to ministers"
    rf"|\bcommissioner\b[^.;]{{0,40}}?\breported\s+(?:back\s+)?to\s+(?:the\s+)?{_AUTHORITIES}\b"
    r"|\bcommissioner\b[^.;]{0,60}?\b(?:submitted|delivered|published|presented|sent|completed|handed\s+(?:in|over))\s+"
    r"(?:his|her|their|its)\s+(?:(?:latest|final|first|interim|progress)\s+)?(?:report|review|recommendations|findings)\b"
    r"|\breport\s+(?:was\s+|has\s+been\s+)?(?:delivered|submitted|sent|presented)\s+to\s+"
    rf"(?:the\s+)?{_AUTHORITIES}|\b(?:report|review|assessment)\s+(?:by|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?commissioner\b"
    # "In his report, commissioner Jo Smith said", "the commissioner, Jo Smith, concluded in her report"
    r"|\b[Ii]n\s+(?:his|her|their|its|a|the)\s+(?:latest\s+|final\s+|first\s+|(?:first\s+)?formal\s+)?report\b"
    r"(?=(?:\s+to\s+[^.;,]{1,40})?(?:,\s+(?:published|released|submitted|delivered)\s+[^.;,]{1,40})?,?\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?commissioner\b"
    # "In his first formal report since being appointed a Government commissioner"
    r"|\s+since\s+(?:being\s+|he\s+was\s+|she\s+was\s+)?appointed\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?commissioner\b)"
    r"|\bcommissioner\b[^.;]{0,60}?\bin\s+(?:his|her|their|its)\s+(?:latest\s+|final\s+|recent\s+)?reports?\b"
    # "recommendations from the commissioner", "commissioner Jo Smith concluded": what a commissioner's report said
    r"|\brecommendations?\s+(?:from|by|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?commissioner\b"
    # "the commissioner for Kent, Jo Smith, recommended", "the commissioner found that"
    r"|\bcommissioner(?:\s+(?:for|of|at|in)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2})?(?:,?\s+(?-i:[A-Z])[\w’'-]+){0,3},?\s+"
    r"(?:has\s+|had\s+)?(?:concluded|recommended|found\s+that)\b"
    # "the latest DfE review of the council's improvement journey": the department's own review
    r"|\b(?:DfE|Department\s+for\s+Education)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?review\s+of\b"
    # "The review, commissioned by Education Secretary Jo Smith, was written by ...": one the government asked for
    rf"|\b(?:report|review)\b(?:\s+(?:of|into)\s+[^,.;]{{1,60}})?,?\s+commissioned\s+by\s+(?:the\s+)?{_AUTHORITIES}\b", re.I)
_COMMISSIONER_REPORT_WORDS = ("commission",) + _AUTHORITY_WORDS  # one is in every _COMMISSIONER_REPORT match
_DFE_REVIEW = re.compile(r"DfE|Department", re.I)  # a report the department made (its review), not a commissioner
# A report the sentence says something followed or cites: it is out ("following the Kent Children's Commissioner report, ...").
_AFTER_REPORT = re.compile(r"\b(?:following|after|in\s+response\s+to|according\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){0,3}$",
                           re.I)
# A report that is out: released, or whose findings are reported ("recommended the removal of ...").
_RELEASED = re.compile(r"(?<!\bbe\s)\b(?:released|published|leaked|delivered|submitted|issued|sent|presented|recommended|concluded|written|compiled|reported"
                       r"|highlighted|advised|advice|recommendations?"
                       r"|acknowledged|said|found|stated|noted|warned|explained"
                       r"|recommends|concludes|says|finds|states|notes|warns|explains)\b", re.I)
_DIRECTIVE = re.compile(
    r"\b(?P<bare>(?:a|new)\s+(?:directive|direction))\b(?!\s+notice)|\b(?:a|new)\s+(?:statutory|ministerial)\s+(?:directive|direction)\b"
    r"(?!\s+notice)|\bstatutory\s+direction\b(?!\s+notice)"
    r"|\b(?P<served>(?:issued|served)\s+(?:with\s+)?(?:an?\s+|a\s+new\s+)?(?:formal\s+)?direction)\b(?!\s+notice)"  # "was issued with a direction"
    r"|\b(?:issued|imposed|served)\s+(?:a\s+(?:series|number)\s+of\s+|several\s+|two\s+|three\s+)(?:statutory\s+)?directions\b"
    rf"|\b{_AUTHORITIES}\b[^.;]{{0,60}}?\b(?:ordered|directed|impose[ds]?\s+(?:an?\s+)?(?:[\w-]+\s+)?commissioner)\b"
    rf"|\b{_AUTHORITIES}\b[^.;]{{0,120}}?\b(?:appointed|sent|brought\s+in|installed)\s+(?:an?\s+)?(?:independent\s+)?(?P<adviser>(?:improvement\s+)?advis[eo]rs?)\b"
    # "The DfE appointed Lord Jo Smith, a former minister, to turn around children's social care in Kent"
    rf"|\b{_AUTHORITIES}\s+(?:has\s+|had\s+)?appointed\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){{0,2}}(?:,[^,.;]{{1,80}},)?\s+"
    r"to\s+(?:turn\s+(?:around|round)|oversee|run|lead|take\s+charge\s+of)\b"
    # "improvement advisers have been brought in by the government"
    r"|\b(?P<advisers>(?:improvement\s+)?advis[eo]rs?)\b[^.;]{0,40}?\b(?:brought\s+in|appointed|sent\s+in|installed)\s+by\s+"
    rf"(?:the\s+)?{_AUTHORITIES}\b"
    rf"|\b(?:told|ordered|directed|instructed|forced|required)\s+by\s+(?:the\s+)?{_AUTHORITIES}(?:\s+\([A-Za-z]+\))?"
    r"(?:\s+(?:last|this|earlier|in)\s+\w+(?:\s+\w+)?)?\s+to\b"  # "ordered by the Government last month to set up ..."
    # "(Mr Balls) directed Haringey to install Mr Coughlan": a council ordered to hand over or change its leadership
    r"|\b(?:order(?:ed|ing)|direct(?:ed|ing)|instruct(?:ed|ing))\s+(?:the\s+(?:council|authority)|(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2})\s+to\s+"
    r"(?:install|appoint|bring\s+in|hand\s+over|transfer|outsource|work\s+with|set\s+up|remove|replace)\b"
    # "the direction from the Secretary of State said ...", "following direction from Government"
    rf"|\b(?P<given>direction)\s+(?:issued\s+)?(?:from|by)\s+(?:the\s+)?{_AUTHORITIES}\b(?![’']s)"
    # "The education secretary today removed Kent's director from her post", "... said Jo Smith had been removed from her post"
    rf"|\b{_AUTHORITIES}(?:,[^,.;]{{1,40}},|(?:\s+(?-i:[A-Z])[\w’'-]+){{1,2}})?\s+(?:(?:has|had|today|yesterday|also)\s+)*"
    r"(?:(?:removed|sacked|dismissed)\s+(?!from\b)|(?:said|announced|confirmed)\s+(?:that\s+)?[^.;]{1,60}?\b(?:had|has)\s+been\s+"
    r"(?:removed|sacked|dismissed)\s+)[^.;]{0,100}?\bfrom\s+(?:his|her|their)\s+posts?\b", re.I)
_COURT = re.compile(r"\b(?:court|judge|tribunal|coroner|magistrates?)\b", re.I)  # who gives directions in a case
# Commissioners of other offices ("the police and crime commissioner was appointed"): not the DfE's.
_OTHER_COMMISSIONER = re.compile(r"\b(?:police|crime|high|information|electoral|fire|victims['’]?)\s+commissioners?\b"
                                 r"|\bcommissioner\s+for\s+(?:England|Wales|Scotland)\b", re.I)
# Every _DIRECTIVE match holds one of these: a direction, an authority (_AUTHORITIES) or an order given.
_DIRECTIVE_WORDS = ("directi", "ordered", "ordering", "directed", "directing", "instructed", "instructing") + _AUTHORITY_WORDS
# ... and every match of the other patterns `_directives` reads one of these (_ISSUED_TO, _NOTICE, _COMMISSIONER_IN,
# _LOST_CONTROL, _INTERVENTION, _CONTROL_REMOVED, _TRUST, _ENDED's kinds, _GOVERNMENT_TITLE): a sentence without any has no row.
_INTERVENTION_WORDS = _DIRECTIVE_WORDS + ("issued", "notice", "commissioner", "troubleshooter", "lost", "strip", "remov", "tak",
                                          "took", "interven", "control", "special", "stepped", "advis", "trust", "company")
# Other words for the DfE's intervention: notices, commissioners brought in, councils that lost control.
_NOTICE = re.compile(r"\b(?:an?|new|formal)\s+(?:[\w-]+\s+)?[‘“\"']?(?:government\s+|DfE\s+)?(?:improvement|direction|statutory)"
                     r"\s+notice\b"
                     r"|\b(?:the|its|their|(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*){0,3}['’]s?)\s+(?:improvement|statutory)\s+notice\s+"
                     r"(?:(?:which|that)\s+)?(?:was\s+)?(?:issued|served|imposed"
                     r"|set\s+up|put\s+in\s+place|(?P<held>remains?|remained|is\s+still)\s+in\s+(?:force|place))\b"
                     r"|\bnotices?\s+(?:to\s+improve|of\s+direction)\b", re.I)
_COMMISSIONER_IN = re.compile(
    r"(?<!-)\b(?:appointed|appointing|appoints?|(?:brought|bringing|sent|sending)\s+in|installed|installing|imposed|parachuted\s+in)\s+"
    # "appointed Jo Smith as the commissioner", "appointed as Kent's commissioner", "appointed children's services commissioner"
    r"(?:(?-i:[A-Z][\w’'-]+\s+){0,3}as\s+(?:the\s+|its\s+|(?-i:[A-Z])[\w-]+['’]s\s+)?(?:children['’]s\s+services\s+)?|an?\s+"
    r"|a\s+new\s+)?(?:children['’]s\s+services\s+|[\w-]+\s+)?[‘“\"']?commissioners?\b"
    # "the appointment of a government commissioner", "a Government-appointed commissioner"
    r"|\bappointment\s+of\s+(?:an?\s+|a\s+new\s+|(?-i:[A-Z][\w’'-]+\s+){1,3}as\s+(?:the\s+)?)?(?:government\s+|DfE\s+)?commissioner\b"
    r"|\bappointed\s+by\s+the\s+(?:government|DfE|Department\s+for\s+Education|education\s+secretary)\s+(?:in\s+\d{4}\s+)?"
    r"to\s+(?:act|serve)\s+as\s+(?:an?\s+|the\s+)?commissioner\b"
    r"|\b(?:government|DfE|minister|ministerially)[-\s]appointed\s+commissioner\b"
    r"|\bcommissioners?[’”\"']?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|will\s+(?:now\s+)?be|(?:is|are)\s+(?:to\s+be|being))\s+)?"
    r"(?:appointed|brought\s+in|sent\s+in(?:to)?|installed|imposed|parachuted\s+in)\b"
    # a troubleshooter the government sends: "the Government appointed a troubleshooter", "a Government troubleshooter"
    r"|\b(?:government|DfE|minister|secretary\s+of\s+state)\b[^.;]{0,40}?\b(?:appointed|brought\s+in|sent\s+in|installed"
    r"|imposed|parachuted\s+in)\s+(?:an?\s+|its\s+own\s+)?(?:[\w-]+\s+)?troubleshooters?\b"
    r"|\b(?:government|DfE)(?:[-\s]appointed)?\s+troubleshooters?\b"
    # "was named as the children's services commissioner", "was given a commissioner", "placed under the control of a commissioner"
    r"|\b(?:named|assigned|given|handed|sent|under\s+the\s+(?:control|direction|oversight)\s+of)\s+(?:as\s+(?:the\s+|its\s+)?|an?\s+|its\s+own\s+)"
    r"(?:(?:new|independent|interim|government|DfE)\s+)*(?:children['’]s\s+services\s+)?commissioners?\b(?!['’])"
    # "became the commissioner for Kent's children's services"
    r"|\bbec(?:ame|omes?|oming)\s+(?:the\s+|its\s+)?(?:(?:new|independent|interim|government|DfE)\s+)*(?:children['’]s\s+services\s+)?"
    r"commissioner\s+(?:for|at|in|of|to)\b", re.I)
_LOST_CONTROL = re.compile(r"\b(?:lost\s+(?=control\b|(?:its|their)\s+(?:children['’]s\s+)?(?:services|department|social\s+care)\b)"
                           r"|(?:been|was|were)\s+stripped\s+of\s+|had\s+(?:its|their)\s+[\w’'\s]{0,30}?(?:removed|taken\s+away)\s+from\s+)"
                           r"(?:control\s+of\s+)?(?:its|their)?(?:\s+control\b)?", re.I)  # "stripped of its control in May"
# The government taking a council's services from it: "stripped Kent of control of its children's services", "the
# services will be taken out of the council's control", "removed children's services from Kent".
_CONTROL_REMOVED = re.compile(
    rf"\b(?:(?:has|have|had)\s+been|were|was|be)\s+taken\s+over\s+by\s+(?:the\s+)?{_AUTHORITIES}\b|"
    r"\bstrip(?:ped|s|ping)?\s+(?P<obj>(?:[\w’'-]+\s+){0,4}?)of\s+(?:(?:the\s+)?(?:control|responsibility|powers?|running)\b"
    r"|(?:its|their)\s+(?:children['’]s\s+)?(?:services|social\s+care|department)\b)"
    r"|\b(?:remov(?:e|ed|es|ing)|tak(?:e|en|es|ing)|took|transferr(?:ed|ing)|transfers?)\s+(?:control\s+of\s+)?"
    r"(?:(?:[\w’'-]+\s+){0,4}?(?:services?|department)\s+)?(?:away\s+)?(?:from|out\s+of)\s+(?:the\s+)?"
    r"(?P<obj2>(?:[\w’'-]+\s+){0,3}?)(?:council['’]?s?\s+)?control\b"
    # "the government has taken over (the running of) Kent's children's services"
    rf"|\b{_AUTHORITIES}\s+(?:(?:has|have|had)\s+)?(?:now\s+)?(?:took|taken)\s+(?:over\s+(?:the\s+running\s+of\s+|control\s+of\s+)?|control\s+of\s+)"
    r"(?P<obj4>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,3})['’]s?\s+(?:children['’]s\s+)?(?:services|social\s+care|department)\b"
    r"|\b(?:remov(?:e|ed|es|ing)|tak(?:e|en|es|ing)|took)\s+(?:control\s+of\s+)?(?:(?:[\w’'-]+\s+){0,4}?(?:services?|department)"
    r"|(?:the\s+)?responsibility\s+for\s+[^,.;]{1,50}?)"  # "take the responsibility for protecting children away from Kent"
    r"\s+(?:away\s+)?from\s+(?P<obj3>(?-i:[A-Z])[\w’'-]+)", re.I)
_INTERVENTION = re.compile(r"\b(?:came|come|comes|placed|put|brought)\s+under\s+(?:government|DfE|ministerial|statutory)\s+"
                           r"(?:intervention|control)\b"
                           r"|\b(?:became|become|becomes)\s+(?:the\s+)?subject\s+of\s+(?:central\s+)?government\s+intervention\b"
                           r"|\b(?:placed|put)\s+(?:(?:[\w’'-]+\s+){0,4}?(?:services|department|council|authority|care)\s+|(?:it|them)\s+)?"
                           r"(?:in|into|under)\s+(?:government\s+)?special\s+measures\b"  # "placed Kent's children's services in ..."
                           # a standing: "which has been in Government special measures for six years"
                           r"|\b(?:(?:has|have|had)\s+been|remains?|remained)\s+(?:in|under)\s+(?:government\s+)?special\s+measures\b"
                           r"|\b(?:(?:has|have|had)\s+been|remains?|remained)\s+under\s+(?:government|DfE|ministerial|statutory)\s+"
                           r"(?:intervention|control)\b"
                           rf"|\b{_AUTHORITIES}\s+(?:(?:has|have|had)\s+)?(?:(?:now|first|finally|also|already)\s+)?"
                           r"(?:intervened\s+(?:in|at)|stepped\s+in\s+(?:to|at))\b"
                           r"|\b(?:used|using|uses)\s+(?:his|her|its|their)\s+(?:statutory\s+)?powers\s+to\s+intervene\b"
                           r"|\b(?:following|after)\s+(?:the\s+)?(?:central\s+)?(?:government|ministerial|DfE)\s+intervention\b"
                           # "triggering government intervention", "faced an unprecedented government intervention"
                           r"|\b(?:(?P<led>triggering|triggered|prompting|prompted|led\s+to|leading\s+to|sparked|sparking)|faced)\s+"
                           r"(?:an?\s+|the\s+)?(?:(?-i:[a-z-]+)\s+)?(?:government|ministerial)\s+(?:intervention|takeover)\b", re.I)
# A trust or company ordered to run a council's services: "will be run by an independent trust", "ordered to set up a
# children's trust", "a trust will take over Kent's services", "control was handed to a trust" (with the government named
# or an order given in the sentence).
_TRUST_NAME = (r"(?:an?\s+|the\s+)?(?:(?:new|independent|separate|not-for-profit|voluntary|arm['’]s[\s-]length|council-owned"
               r"|wholly[\s-]owned)\s+)*(?:children['’]s\s+)?(?:trust|company)\b")
_TRUST = re.compile(
    r"\b(?:(?:run|taken\s+over|managed|operated|transferred|handed(?:\s+over)?|moved|passed)\s+(?:by|to|into)\s+"
    rf"|(?:set(?:ting)?\s+up|creat(?:e|ed|ing)|establish(?:ed|ing)?)\s+){_TRUST_NAME}"
    rf"|\b{_TRUST_NAME}\s+(?:(?:will|would|is\s+to|was\s+to|to)\s+(?:take\s+over|run)\b"
    r"|(?:(?:to|would|will|should)\s+)?be\s+(?:set\s+up|created|established)\b)", re.I)
_ORDER_GIVEN = re.compile(r"\b(?:ordered|directed|instructed|forced|required|told)\b", re.I)
_NOT_DONE = re.compile(r"\b(?:not|never|could|would|might|(?-i:may)|if|unless|escap\w*|avoid\w*|threat\w*|risk\w*|fac\w+|minded"
                       r"|lift\w*|revok\w*|out\s+of)\b"
                       r"(?:\s+[\w’']+){0,4}?\s*$", re.I)
# A decision reported in the future of the past: "the DfE announced that it would | appoint a commissioner", "decided that
# Kent's services would be | run by a trust"
_ANNOUNCED_WOULD = re.compile(r"\b(?:announced|confirmed|decided|said|revealed|ruled)\s+(?:that\s+)?(?:[\w’'-]+\s+){1,6}?"
                              r"would\s+(?:now\s+)?(?:be\s+)?$", re.I)
_ISSUED_WORD = re.compile(r"(?:issued|imposed|served|set\s+up|put\s+in\s+place)$", re.I)
_ISSUED_AFTER = re.compile(r",?\s+(?:which|that)\s+(?:was|had\s+been)\s+(?:issued|imposed|served)\b", re.I)
_ISSUED_TO = re.compile(r"\b(?:directive|direction|one)\s+issued\s+(?:\w+ly\s+|also\s+)?to\s+(?:neighbouring\s+)?", re.I)
_ORDERED = re.compile(r"\s*(?:\w+\s+)?(?:ordered|directed|instructed|issued\s+to|direct(?:ion|ive)s?\s+to)\s+$", re.I)
# A council named after these words is not the clause's subject ("a year before X", "managers from X").
_OBLIQUE = re.compile(r"\b(?:before|after|than|like|unlike|from|with|as|to)\s+(?:neighbouring\s+|the\s+)?$", re.I)
# ... unless a verb follows: the council is the subject of a clause "after Kingston received an 'inadequate' score"
_CONJUNCTION = re.compile(r"\b(?:before|after|as)\s+(?:neighbouring\s+|the\s+)?$", re.I)
_FINITE_AFTER = re.compile(r"(?:[’']s\s+(?:children['’]s\s+)?services)?\s+(?:was|were|had|has|is|are|received|got|became|went"
                           r"|fell|slipped|dropped|earned|achieved|secured|gained)\b")
# A subject pointing back to the body the sentence before named ("That trust has overseen ...").
_DEMONSTRATIVE = re.compile(r"\W*(?:That|This|The\s+same)\s+(?:trust|council|authority|local\s+authority|organisation|borough"
                            r"|county)\b")
# the one the same paragraph named: "The council", "The county (council)", "The borough"
_DEFINITE = re.compile(r"\W*The\s+(?:(?:(?:county|borough|city)\s+)?(?:council|authority)|local\s+authority|county|borough)\b"
                       r"(?!\s+of\b)")
_RELATIVE_START = re.compile(r"(?:which|who|whose|where|that)\b", re.I)
_RELATIVE = re.compile(r"(?:(?:\s+(?:County|City|Borough|District|Metropolitan))*\s+Council)?,\s+"
                       r"(?:which|who|whose|where|that|(?:(?:itself|now|also)\s+)?(?=(?:rated|judged|graded)\b))\b[^,;.]*",
                       re.I)  # "Kent, which was rated", "paired with Kent, rated outstanding"
_QUOTE_MAX = 400
REACH = 300


# ------------------------------------------------------------------ helpers
# Every look-around is bounded (REACH characters), so a run-on sentence costs linear time.


def within(items: list, lo: int, hi: int) -> list:
    """The (start, ...) items (dates, councils) starting in [lo, hi), found by bisection."""
    return items[bisect.bisect_left(items, lo, key=_start):bisect.bisect_left(items, hi, key=_start)]


def _start(item) -> int:
    return item.start if isinstance(item, DateMention) else item[0]


_ASIDE_OPEN = re.compile(rf",\s+(?:which|who|whose|where|(?:un)?like|as\s+with|{_SHARING})\b[^,;.]*$", re.I)
_ASIDE_CLOSE = re.compile(r"[^,;.]*,")


def subject_council(sentence: Sentence, pos: int, step_end: int | None = None) -> str:
    """The council the clause at `pos` is about: the last one named before it that is not an oblique object; else,
    for a step ending at `step_end`, the council it is done to ("issued a notice to Medway")."""
    text = sentence.article.text
    for start, end, council in reversed(within(sentence.councils, max(sentence.start, pos - REACH), pos)):
        if _ASIDE_OPEN.search(text, max(sentence.start, start - 60), start) and _ASIDE_CLOSE.match(text, end, pos) \
                and not _RELATIVE.fullmatch(text, end, pos):
            continue  # "Essex, which neighbours Kent, was rated ...": Kent is in the aside, not the subject
        before = max(sentence.start, start - 20)
        if _RELATIVE.fullmatch(text, end, pos) or not _OBLIQUE.search(text, before, start) \
                or _CONJUNCTION.search(text, before, start) and _FINITE_AFTER.match(text, end):
            return council
    if step_end is not None and (done_to := _listed(sentence, step_end)):
        return done_to[0]
    if _DEMONSTRATIVE.match(text, sentence.start):  # "... at Doncaster Children's Services Trust. That trust has ..."
        before = sentence.spans_of("COUNCIL", max(sentence.article.body_start, sentence.start - REACH), sentence.start)
        if before:
            return before[-1].value
    if _DEFINITE.match(text, sentence.start):  # "The council" where its paragraph named none: the article's
        return _definite_council(sentence) or sentence.council
    return (_continued_council(sentence) if not sentence.councils else "") or sentence.council


def _definite_council(sentence: Sentence) -> str:
    """The council a sentence opening "The council" means when its paragraph so far named one other than the article's
    ("... directions to Calderdale ... . The council was then rated ..."); else blank."""
    text = sentence.article.text
    if not _DEFINITE.match(text, sentence.start):
        return ""
    paragraph = max(text.rfind("\n", sentence.article.body_start, sentence.start), sentence.article.body_start)
    before = {s.value for s in sentence.spans_of("COUNCIL", max(paragraph, sentence.start - REACH), sentence.start)}
    return before.pop() if len(before) == 1 and sentence.council not in before else ""


_OPENING_REACH = 40  # characters from a sentence's start to a council that is its subject ("A spokesman for Kent said")
_PRONOUN_SAID = re.compile(r"\b(?:he|she|they)\s+(?:said|says|added|told)\b", re.I)  # speech going on from the sentence before


def _continued_council(sentence: Sentence) -> str:
    """The council a sentence naming none goes on about when the sentence before, naming none either, opened "The
    council" for one other than the article's ("The council was rated good in 2015. | An inspection in May ..."), or
    when it goes on with what someone said for the one other council the sentence before, in its paragraph (or just
    before one opening "He said"), opened with ("A spokesman for Leeds said ... . Inspectors found in May ..., he said")."""
    from . import sentences  # the package imports this module
    found = sentences(sentence.article)
    at = bisect.bisect_left(found, sentence.start, key=lambda s: s.start)
    previous = found[at - 1] if 0 < at <= len(found) else None
    if not previous or not previous.councils:
        return _definite_council(previous) if previous else ""
    named = {c for _, _, c in previous.councils}
    opened = previous.councils[0][0] - previous.start <= _OPENING_REACH
    text = sentence.article.text
    said = _PRONOUN_SAID.search(text, sentence.start, sentence.end)
    # a paragraph may go on with the speech: "He said the authority ..."
    same_paragraph = "\n" not in text[previous.end:sentence.start] or said and said.start() == sentence.start
    return named.pop() if len(named) == 1 and opened and said and same_paragraph and sentence.council not in named else ""


def quote_span(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The sentence, or for an overlong one (a PDF page's run-on text) the lines holding text[start:end]."""
    if sentence.end - sentence.start <= _QUOTE_MAX:
        return sentence.start, sentence.end
    text = sentence.article.text
    newline = text.rfind("\n", max(sentence.start, start - REACH), start)
    a = newline + 1 if newline >= 0 else sentence.clause(start)[0]
    b = text.find("\n", end, min(sentence.end, end + REACH))
    b = sentence.clause(end)[1] if b < 0 else b
    a += len(text[a:b]) - len(text[a:b].lstrip())
    return a, a + len(text[a:b].rstrip())


def date_after(sentence: Sentence, pos: int, gap: re.Pattern) -> DateMention | None:
    """The date that follows text[:pos] across nothing but `gap`."""
    text = sentence.article.text
    return next((d for d in within(sentence.dates, pos, pos + REACH) if gap.fullmatch(text, pos, d.start)), None)


def date_before(sentence: Sentence, pos: int, gap: re.Pattern) -> DateMention | None:
    """The date that precedes text[pos:] across nothing but `gap`."""
    text = sentence.article.text
    candidates = reversed(within(sentence.dates, pos - REACH, pos))
    return next((d for d in candidates if d.end <= pos and gap.fullmatch(text, d.end, pos)), None)


def clause_dates(sentence: Sentence, pos: int) -> list[DateMention]:
    """The dates in the clause holding `pos`."""
    start, end = sentence.clause(pos)
    return [d for d in within(sentence.dates, start, end) if d.end <= end]


def _row(rule: str, sentence: Sentence, start: int, end: int, council: str, interval: Interval, authority: str,
         event: str, judgement: str = "", scope: str = "", exact: bool = False) -> tuple[str, dict]:
    """A ratings row by `rule` quoting the sentence (or, `exact`, just text[start:end])."""
    a, b = (start, end) if exact else quote_span(sentence, start, end)
    return "ratings", sentence.row(f"ratings.{rule}", start=a, end=b, council=council, interval=interval,
                                   authority=authority, event=event, judgement=judgement, scope=scope)


def _canonical(grade: str) -> str:
    if re.fullmatch(_NEEDS_IMPROVEMENT, grade, re.I):
        return "Requires improvement"
    return _SUPERLATIVE.get(grade.split()[0].lower()) or canonical_grade(grade)


def _part(text: str) -> str | None:
    return next((scope for pattern, scope in _PARTS if pattern.search(text)), None)


_OVERALL_NOUN = re.compile(r"\boverall\s+(?:effectiveness|rating|grade|judge?ment|verdict)\b", re.I)


def _nearest_part(text: str, last: bool) -> str | None:
    """The part named first in `text` (nearest a grade before it), or `last` (nearest a grade after it, where "its
    overall rating" names the whole); of two starting or ending together, the longer."""
    named = [(-m.end(), m.start(), scope) if last else (m.start(), -m.end(), scope)
             for pattern, scope in _PARTS + ([(_OVERALL_NOUN, "overall")] if last else []) for m in pattern.finditer(text)]
    return min(named)[2] if named else None


# ------------------------------------------------------------------ verdicts


_SCALE = re.compile(r"(?:\b(?:ratings?|grades?|gradings?|judge?ments?|categories)\b[^.;]{0,30}?\b(?:rang(?:e|es|ing)|run(?:s|ning)?"
                    r"|go(?:es|ing)?)\s+(?:from|between)|\bscale\s+(?:of|from))\s+[^.;]{0,50}$", re.I)


_AND_GRADE = re.compile(rf"{_CLOSE}?\s*(?:,\s*|\s(?:and|or)\s+|,\s+(?:and|or)\s+)(?:then\s+|even\s+|ultimately\s+)?{_OPEN}?", re.I)
_COMPARED = re.compile(r"\b(?:better|worse|higher|lower)\s+than\s+(?:an?\s+)?[‘“\"']?$", re.I)
_FEATURES = re.compile(rf"{_CLOSE}?\s+(?:features?|elements?|aspects?)\b", re.I)
_GRADE_WORD = re.compile(GRADE, re.I)
# The kinds that do not read a GRADE span (the others' grade group is one): all a sentence without a grade may match.
_UNGRADED_VERDICTS = [(kind, pattern) for kind, pattern in _VERDICTS if kind in ("superlative", "old-scale", "need")]


def _verdict_spans(sentence: Sentence) -> list[tuple[int, int, int, str]]:
    """(match start, grade start, grade end, pattern kind) of each grade the sentence uses as a verdict."""
    text, found, low = sentence.article.text, {}, sentence.folded
    graded = may_match(_GRADE_WORD, low) and bool(sentence.spans_of("GRADE"))  # a GRADE span is a match of GRADE
    labelled = graded and _LABEL_CUE.search(text, sentence.start, sentence.end)
    for kind, pattern in _VERDICTS if graded else _UNGRADED_VERDICTS:
        if (kind in _GATES and not any(map(low.__contains__, _GATES[kind]))) or (kind == "label" and not labelled):
            continue
        for m in pattern.finditer(low, text, sentence.start, sentence.end):
            g = next(name for name in ("g", "g2", "g3") if name in pattern.groupindex and m.group(name))
            g0, g1 = m.span(g)
            plain = kind not in _NOT_PLAIN_KINDS and _PLAIN.match(text, g1) and not _graded_at_inspection(sentence, m.start(), g1) \
                and not _at_council_or_date(sentence, g1)
            if plain and kind in _VERB_KINDS | {"gapped"} and _FOR_WHAT.match(text, g1):  # "rated inadequate for the impact of ..."
                plain = None
            if g0 in found or plain:
                continue
            if _FEATURES.match(text, g1) or _COMPARED.search(text, max(sentence.start, g0 - 20), g0):
                continue  # "rated ‘Good’ with ‘Outstanding’ features", "better than inadequate": not a grade given
            if kind in ("quoted", "as") and (count := _counted_grade(sentence, _opening(text, g0))) \
                    and not _counted_areas(sentence, count):
                continue  # "10 have been rated “good”, 24 “requires improvement”", "10 as ‘good’": counts of councils
            if _SCALE.search(text, max(sentence.start, g0 - 100), g0):
                continue  # "four ratings, which range from 'inadequate' to 'outstanding'": the scale, not a verdict
            verb = m.start() if kind not in ("as", "gapped") else _last_rating_verb(sentence, m.start())  # "judged X as good"
            if verb is None or _NOT_SERVICES.search(text, max(sentence.start, verb - 40), verb) \
                    or kind in _VERB_KINDS and (count := _COUNTED.search(text, max(sentence.start, verb - 40), verb)) \
                    and not _counted_areas(sentence, count):
                continue  # "schools rated good", "Two were judged to be good": the grades of other things
            if kind == "copula" and not _is_subject(sentence, m.start()) \
                    and not _counted_areas(sentence, _counted_grade(sentence, m.start())):
                continue  # not "Seven areas were good, two were adequate"
            if kind == "found" and _found_otherwise(sentence, verb, g0):
                continue
            if kind == "old-scale" and not (m.group("g2") or _OLD_SCALE_SUBJECT.search(text, sentence.clause(verb)[0], g0)):
                continue  # "The quality of social work was judged to be poor": not a service's grade
            if kind == "superlative" and (_GRADE_NAMED.match(text, m.end())
                                          or _NAMED_BEFORE.search(text, max(sentence.start, m.start() - 40), m.start())):
                continue  # "the worst possible rating of inadequate", "“outstanding”, the highest grade": the grade's own
            if kind == "reported" and not (_VERDICT_GIVER.search(text, max(sentence.start, m.start() - 120), m.start())
                                           and (_SUBJECT.search(m["said"]) or _part(m["said"]))):
                continue
            subject = kind == "require" and _REQUIRE_SUBJECT.search(text, max(sentence.start, g0 - 90), g0)
            listed = kind == "require" and not subject and _required_parts(sentence, g0)
            if kind == "require" and not (listed or subject and (not subject["areas"] or _bulleted_parts(sentence, g1))
                                          and (not subject["area"] or _part(text[sentence.start:subject.start()]))):
                continue  # "areas require improvement" only with the list of them ("... areas require improvement: • ..."),
                # "an area that requires improvement" only of a part Ofsted grades
            found[g0] = (m.start(), g0, g1, kind)
    return sorted(list(found.values()) + _mentioned(sentence, found))


# What a finding may be about besides a service's grade ("found the council's plans to be inadequate") ...
_NOT_GRADED_FOUND = re.compile(r"\b(?:morale|plans?|proposals?|strategy|budgets?|finances|accounts|bids?|attendance)\b", re.I)


def _found_otherwise(sentence: Sentence, verb: int, g0: int) -> bool:
    """Whether a "found ... to be <grade>" is no grade of the council's services: what was found is a school, a home, a
    youth offending service ..., or something Ofsted does not grade, or the finding is only supposed."""
    text = sentence.article.text
    found = text[verb:g0]
    return bool(_OTHER_INSPECTED.search(found) or _NOT_GRADED_FOUND.search(found)
                or _OTHER_INSPECTED.search(text, max(sentence.start, verb - 60), verb)
                or sentence.unasserted(verb))  # "If Kent is found to be inadequate"


def _at_council_or_date(sentence: Sentence, g1: int) -> bool:
    """Whether a council or a date is named right after the grade ending at `g1` ("rated inadequate | at Birmingham",
    "| at the end of 2019"): the grade is given there or then, not the adjective ("good at listening")."""
    m = _AT_IN.match(sentence.article.text, g1)
    return bool(m) and (any(start == m.end() for start, _, _ in sentence.councils)
                        or any(g1 < d.start <= m.end() for d in sentence.dates))


_AT_IN = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?")


def _opening(text: str, g0: int) -> int:
    """Where a grade starting at `g0` opens: at its opening quote, if it has one."""
    return g0 - 1 if g0 and text[g0 - 1] in "‘“\"'" else g0


def _counted_grade(sentence: Sentence, pos: int) -> re.Match | None:
    """The count a grade or its verb at `pos` follows ("24 | “requires improvement”", "10 have been rated | “good”")."""
    text = sentence.article.text
    rated = _RATED_BEFORE.search(text, max(sentence.start, pos - 12), pos)
    at = rated.start() if rated else pos
    return _COUNTED.search(text, max(sentence.start, at - 40), at)


# Before a bare count, the areas it counts ("looked at 10 outcome areas. Seven were found to be good", "Of eight areas
# inspected, five were rated good"), unless other things are counted too ("Of the 20 councils in three areas, four ...").
_AREAS_COUNTED = re.compile(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:areas|categories|aspects)\b", re.I)
_OTHERS_COUNTED = re.compile(r"\b(?:councils|(?:local\s+)?authorities|boroughs|counties)\b|" + _FACILITY.pattern, re.I)


def _counted_areas(sentence: Sentence, count: re.Match | None) -> bool:
    """Whether a count before a grade counts the areas of one inspection (its row's scope is then "some areas")."""
    if not count:
        return False
    text = sentence.article.text
    before = max(text.rfind("\n", 0, count.start()) + 1, count.start() - 300), count.start()
    return bool(_AREAS_COUNTED.search(text, *before)) and not _OTHERS_COUNTED.search(text, *before)


def _rated_as_parts(sentence: Sentence, pos: int, after: int) -> list[str]:
    """The parts listed between a rating verb (or the grade before, from `after`) and "as" at `pos`: "Ofsted rated
    leadership and services for children in care as good"; else []."""
    verb, text = _last_rating_verb(sentence, pos), sentence.article.text
    if verb is None:
        return []
    breaks = list(_PARTS_BREAK.finditer(text, max(after, verb), pos))  # the grade before keeps the parts after it
    return _listed_parts(text, breaks[-1].end() if breaks else max(after, verb), pos)


_PARTS_BREAK = re.compile(r"\b(?:but|while|whereas|with)\b", re.I)


def _last_rating_verb(sentence: Sentence, pos: int) -> int | None:
    """Where the last rating verb within 250 characters before `pos` starts, if any."""
    verbs = list(_RATING_VERB.finditer(sentence.article.text, max(sentence.start, pos - 250), pos))
    return verbs[-1].start() if verbs else None


def _graded_at_inspection(sentence: Sentence, start: int, g1: int) -> bool:
    """Whether a grade "at the last inspection" is the council's services' verdict (its clause's subject says so)."""
    text = sentence.article.text
    if not _AT_INSPECTION.match(text, g1):
        return False
    a = sentence.clause(start)[0]
    if a == start and a > sentence.start:  # a participle opening its clause: "Kent, rated good at its last inspection"
        a = sentence.clause(a - 2)[0]
    return bool(_SERVICES_SUBJECT.search(text, a, start) or within(sentence.councils, a, start)) \
        and not _FACILITY.search(text, a, start)


def _mentioned(sentence: Sentence, found: dict) -> list[tuple[int, int, int, str]]:
    """Grades no verdict pattern read, in a sentence about ratings: named as the service's standing (news only; an
    inspectorate's own report grades in its table). "Good" counts only as a grade (quoted or capitalised)."""
    text = sentence.article.text
    if inspectorate_report(sentence.article) or not _RATING_CONTEXT.search(text, sentence.start, sentence.end):
        return []
    grades = sentence.spans_of("GRADE")
    if len({g.value for g in grades}) > 2:  # the grades listed ("Inadequate, Requires Improvement, Good and ...")
        return []
    spans = []
    for span in grades:
        g0, g1 = span.start, span.end
        if g0 in found or any(f[1] <= g0 < f[2] for f in found.values()) or _PLAIN.match(text, g1) \
                or (span.value in ("Good", "Adequate", "Satisfactory") and not (text[g0].isupper() or _QUOTED.match(text, g0 - 1))) \
                or _NOT_SERVICES.search(text, max(sentence.start, g0 - 40), g0) or _EITHER.match(text, g1) \
                or _EITHER.search(text, max(sentence.start, g0 - 40), g0) or _ADJECTIVES_AFTER.match(text, g1) \
                or (_DESCRIBES.match(text, g1) and not _ALL_PARTS.match(text, _DESCRIBES.match(text, g1).end() - 1)) \
                or _FEATURES.match(text, g1) or _COMPARED.search(text, max(sentence.start, g0 - 20), g0) \
                or _RATED_BEFORE.search(text, max(sentence.start, g0 - 12), g0):
            continue  # "outstanding work", "good or outstanding", "‘Outstanding’ features", "better than inadequate"; a
            # grade right after a rating verb that no verdict pattern took ("schools have been rated | outstanding")
        spans.append((g0, g0, g1, "mentioned"))
    return spans


# A dated inspection the sentence opens with: "(Now,) following a full inspection in October, ..."
_FRONTING_INSPECTION = re.compile(r"\W*(?:\w+,\s+)?(?:following|after)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?:inspection|visit)\s+(?:in|on|during)\s+$", re.I)


def _inspection_fronting(sentence: Sentence, pos: int):
    """The date of the inspection the sentence opens with, before `pos`, when a comma closes it; else None."""
    text = sentence.article.text
    return next((d for d in sentence.dates if d.end <= pos and d.interval.start
                 and _FRONTING_INSPECTION.fullmatch(text, sentence.start, d.start) and text.startswith(",", d.end)), None)


# An inspection verb, its date and the grading verb coordinated with it: "visited Kent in May and rated | it good"
_INSPECTED_ON = re.compile(r"\b(?:inspected|visited)\s+(?:[\w’'-]+\s+){0,4}?(?:in|on|during)\s+$", re.I)
_AND_GRADED = re.compile(r"\s+and\s+(?:(?:was|were|then|later)\s+)*", re.I)


def _inspected_and(sentence: Sentence, pos: int):
    """The date of the inspection whose verb the grading verb at `pos` is coordinated with; else None."""
    text = sentence.article.text
    d = date_before(sentence, pos, _AND_GRADED)
    return d if d and d.interval.start and _INSPECTED_ON.search(text, max(sentence.start, d.start - 60), d.start) else None


_REPORT_PUBLISHED = re.compile(r"\breport\s+(?:(?:being|was|which\s+was|is|were)\s+)?(?:published|released)\s+(?:in|on)\s+$", re.I)


def _published_after(sentence: Sentence, found: Interval) -> Interval:
    """What a recent inspection dated `found` found was judged when its report came out: from the inspection to the
    publication ("an inspection in January found the services inadequate", in an article of May). An older
    inspection's report came out long before the article: its own date stands. A report date the sentence states
    ("with the report being published in September") is the verdict's."""
    text = sentence.article.text
    stated = next((d for d in sentence.dates if _REPORT_PUBLISHED.search(text, max(sentence.start, d.start - 40), d.start)
                   and d.interval.start and (not found.start or d.interval.start >= found.start)), None)
    if stated:
        return stated.interval
    published = sentence.article.published
    if found.start and found.end and published.start and published.end \
            and found.end < published.start <= found.end + _REPORT_LAG:
        return Interval(found.start, published.end, "range")
    return found


def _is_subject(sentence: Sentence, pos: int) -> bool:
    """Whether the clause before a copula (or, when the copula opens its clause, the words before it: "Kent, rated X
    in 2016, is now good", "the experiences of children in need, and of children in care, are good") names services,
    a board or a council as its subject, or a part Ofsted grades in a sentence with a rating verb ("rated X, while
    care leavers were good")."""
    text = sentence.article.text
    a = max(sentence.clause(pos)[0], pos - 100)
    if _UNGRADED_SUBJECT.search(text, a, pos):
        return False  # "... and staff morale is good": the grade is of the noun just before the copula
    if not text[a:pos].strip() and a > sentence.start:
        b = min(pos, sentence.clause(sentence.start)[1])
        return bool(_SUBJECT.search(text, sentence.start, b) or within(sentence.councils, sentence.start, b)
                    or _JUDGED_PART.search(text, max(sentence.start, pos - 100), pos))
    return bool(_SUBJECT.search(text, a, pos) or within(sentence.councils, a, pos)
                or _PARTS_SUBJECT.fullmatch(text, a, pos) and _RATING_VERB.search(text, sentence.start, sentence.end))


# A clause whose subject is only parts Ofsted grades: "while care leavers and leadership | were"
_PART_NAME = rf"(?:(?:the|its|their)\s+)?(?:{_PART_WORDS})(?:\s+services?)?"
_PARTS_SUBJECT = re.compile(rf"\W*(?:(?:and|but|while|whereas|although)\s+)?{_PART_NAME}(?:,?\s+and\s+{_PART_NAME})*\s+", re.I)
_EARLIER_CLAUSE = re.compile(r"\b(?:after|since|following|when|before)\b", re.I)
_AND_THEN_DATE = re.compile(r"[’”\"']?,?\s+and\s+(?:then\s+)?(?:in|on|by|during)\s+", re.I)  # a next clause's date
_EARLIER_STATE = re.compile(r"\b(?:from|since|than|compared)\b", re.I)
_EARLIEST_YEAR = 100  # counting years back from a date earlier than this would leave the calendar
_HELD_FOR_YEARS = re.compile(r"[’”\"']?\s+for\s+the\s+(?:past|last)\s+(?P<k>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years\b",
                             re.I)
_HELD_SINCE = re.compile(r"[’”\"']?\s+")  # between a grade and the "since X" it has been held
_OVER_TIME = re.compile(r"\b(?:over|within|across|during)\s+$", re.I)  # the time a change took, not when it ended
# Words after a grade that start another clause, whose date is not the grade's: a future, an earlier or later event,
# a verb after the aside the grade stands in ("Kent, rated 'good', appointed a director in May")
_OTHER_CLAUSE = re.compile(r"\b(?:will|would|shall)\b|\b(?:before|until)\s+(?:(?:the|a|an|its|their)\s+)?[\w’'-]+\s+"
                           r"(?:was|were|is|had|has|[a-z]+ed|left|took|came|went)\b"
                           r"|[’”\"']?,\s+(?!(?:published|released|issued|announced|confirmed)\b)[a-z]+ed\b", re.I)
_TIED_REACH = 64  # characters from a grade to the date after it: "rated ‘good’ under the previous single inspection framework in 2015"


def _tied_date(sentence: Sentence, g0: int, g1: int) -> Interval | None:
    """The date the text ties to a grade: one just after it ("rated inadequate since 2009" was given in 2009, "for the
    past five years" five years before the publication), or an earlier "in X, when ..."."""
    text = sentence.article.text
    held = next((d for d in within(sentence.dates, g1, g1 + _TIED_REACH) if _HELD_SINCE.fullmatch(text, g1, d.start)
                 and d.interval.start and SINCE_WORD.match(text, d.start)), None)
    if held:
        return sentence.since_point(held)
    years = _HELD_FOR_YEARS.match(text, g1)
    published = sentence.article.published
    if years and published.start and published.start.year >= _EARLIEST_YEAR:  # "for the past five years": five before
        year = published.start.year - count_of(years["k"])
        return Interval(date(year, 1, 1), date(year, 12, 31), "year")
    near = [d for d in within(sentence.dates, g1, g1 + _TIED_REACH)
            if not _STOP.search(text, g1, d.start) and not sentence.spans_of("GRADE", g1, d.start)
            and not _EARLIER_STATE.search(text, g1, d.start)  # "rated good, an improvement from its performance in 2018"
            and not _AND_THEN_DATE.fullmatch(text, g1, d.start)  # "rated inadequate and in 2011 it was rated good"
            and not (d.relative and _OVER_TIME.search(text, g1, d.start))  # "rose to good over the past three years"
            and not _OTHER_CLAUSE.search(text, g1, d.start)  # "'inadequate' services will be taken over in April"
            and not (d.interval.precision == "range" and sentence.introduced(d.start, g1))]  # "following 2009-13"
    if near:
        return next((d for d in near if not d.relative), near[0]).interval
    when = date_before(sentence, g0, _WHEN)
    verb = _VERB_BEFORE.search(text, max(sentence.start, g0 - 80), g0)
    when = when or (verb and date_before(sentence, verb.start(), _DATE_THEN_VERB))
    which = not when and _WHICH.search(text, max(sentence.start, g0 - 80), g0)
    when = when or (which and date_before(sentence, which.start(), _DATE_THEN_VERB))
    return when.interval if when else _date_before_verb(sentence, g0) or _inspection_clause_date(sentence, g0)


# A dated inspection whose relative clause (or verb) gives the grade: "the 2019 inspection where the service was rated
# good", "a similar 2017 inspection which found the department good overall but that ... required improvement".
_INSPECTION_CLAUSE = re.compile(r"(?:['’]s)?\s+(?:(?:full|Ofsted|previous|last|latest|similar|recent|most\s+recent)\s+)*"
                                r"(?:inspection|visit)(?:\s+report)?(?:(?:\s+(?:of|into)\s+[^,.;]{1,60}?)?,?\s+(?:which|that|where|in\s+which|at\s+which)\s+"
                                r"|\s+(?=(?:found|rated|judged|graded|deemed)\s))",
                                re.I)  # "the 2018 inspection of Kent, where ...", "2016's inspection report found ..."


def _inspection_clause_date(sentence: Sentence, g0: int) -> Interval | None:
    """The date of the inspection whose relative clause, with no statement of another time, holds the grade at `g0`
    (the report's, for a recent one); else None."""
    text = sentence.article.text
    clauses = list(_INSPECTION_CLAUSE.finditer(text, max(sentence.start, g0 - 250), g0))
    when = clauses and date_before(sentence, clauses[-1].start(), _NOTHING)
    if not when or _ANOTHER_TIME.search(text, clauses[-1].end(), g0) or _CLAUSE_END.search(text, clauses[-1].end(), g0):
        return None
    inspected = sentence.since_point(when)  # "following the 2019 inspection": 2019
    return _published_after(sentence, inspected) if inspected.start and inspected.end else None


_NOTHING = re.compile("")  # a date just before
_CLAUSE_END = re.compile(r"[.;]")


def _date_before_verb(sentence: Sentence, g0: int) -> Interval | None:
    """The date ahead of the past rating verb of a grade: just before it ("Ofsted in May rated", "Last month Ofsted
    judged") or fronting the sentence ("In 2017 Kent's services were rated"), with no other statement between."""
    text = sentence.article.text
    verbs = list(_PAST_VERB.finditer(text, max(sentence.clause(g0)[0], g0 - 120), g0))
    if not verbs or sentence.spans_of("GRADE", verbs[-1].end(), g0):
        return None
    verb = verbs[-1]
    when = date_before(sentence, verb.start(), _DATE_SUBJECT_VERB)
    if not when:
        fronted = sentence.fronted_date(verb.start())
        when = fronted if fronted and not _NOT_FRONTED.search(text, fronted.end, verb.start()) else None
    return when.interval if when and not sentence.introduced(when.start) else None


def _fronted_list(sentence: Sentence) -> list[DateMention]:
    """The dates of a list fronting the sentence, "In 2009 and 2011, ...", when it holds all the sentence's dates; else []."""
    dates = sentence.dates
    listed = len(dates) > 1 and _FRONTED_LIST.fullmatch(sentence.article.text, sentence.start, dates[0].start) and all(
        _AND_LINK.fullmatch(sentence.article.text, a.end, b.start) for a, b in zip(dates, dates[1:])) \
        and _LIST_CLOSE.match(sentence.article.text, dates[-1].end)
    return dates if listed else []


def _again(sentence: Sentence, g1: int) -> list[Interval]:
    """Later dates the same grade is given again: "inadequate in 2013 and again in 2015"; the other dates of a list
    fronting the sentence ("In 2009 and 2011, the services were labelled inadequate")."""
    text = sentence.article.text
    fronted = _fronted_list(sentence)
    if fronted and fronted[-1].end < g1:
        return [d.interval for d in fronted[1:]]
    near = [d for d in within(sentence.dates, g1, g1 + 46) if not _STOP.search(text, g1, d.start)][:1]
    out = []
    while near and (near := [d for d in [date_after(sentence, near[0].end, _AGAIN)] if d]):
        out.append(near[0].interval)
    return out


# "rated inadequate for the second year in a row / running": the same grade the years before too
_YEARS_RUNNING = re.compile(r"[’”\"']?(?:\s+(?:in|on|by|after)\s+[^,.;]{1,30}?)?\s+for\s+(?:the\s+)?"
                            r"(?P<n>second|third|fourth|fifth)\s+(?:consecutive\s+)?year(?:\s+(?:in\s+a\s+row|running))?\b", re.I)


_SECOND_TIME_IN = re.compile(r"[’”\"']?(?:\s+(?:in|on|by|after)\s+[^,.;]{1,30}?)?\s+for\s+(?:a|the)\s+second\s+time\s+in\s+"
                             r"(?:the\s+space\s+of\s+)?(?:just\s+|only\s+)?(?P<k>\d+|two|three|four|five|six)\s+years\b", re.I)
_NTH_TIME = re.compile(r"[’”\"']?(?:\s+(?:in|on|by|after)\s+[^,.;]{1,30}?)?\s+for\s+(?:a|the)\s+(?:second|third|fourth)\s+"
                       r"(?:consecutive\s+)?time\b", re.I)


def _years_running(sentence: Sentence, g1: int, when: Interval) -> list[Interval]:
    """The years before the verdict's year a grade "for the second / third year running" was given too; the span
    before it a grade "for the second time in (the space of) two years" was given first; else the time before it a
    grade "for the second time (in a row)" was given first."""
    text = sentence.article.text
    if not when.start or when.start.year < _EARLIEST_YEAR:
        return []
    within_years = _SECOND_TIME_IN.match(text, g1)
    if within_years:
        start = when.start.replace(year=when.start.year - count_of(within_years["k"]), day=1)
        return [Interval(start, when.start - timedelta(days=1), "range")]
    if _NTH_TIME.match(text, g1):  # "judged outstanding for the second time in a row": before too
        return [Interval(None, when.start - timedelta(days=1), "before")]
    m = _YEARS_RUNNING.match(text, g1)
    year = when.start.year if m and when.start and when.precision in ("day", "month", "quarter", "year") else None
    return [Interval(date(year - k, 1, 1), date(year - k, 12, 31), "year") for k in range(1, ORDINAL[m["n"].lower()])] \
        if year else []


# The same grade given before too: "has twice been rated inadequate", "have once again been judged good", "rated
# inadequate again"; the first of two given "since 2013" was given then.
_TWICE_BEFORE = re.compile(r"\b(?:(?:once\s+)?again|twice)\s+(?:been\s+|be\s+)?$", re.I)
_TWICE_AFTER = re.compile(r"[’”\"']?\s+(?:twice|(?:once\s+)?again)\b", re.I)
_WORDS_AFTER = re.compile(r"[’”\"']?(?:\s+[\w’'-]+){0,5}?\s+", re.I)


def _given_before(sentence: Sentence, start: int, g1: int, when: Interval) -> list[Interval]:
    """When the grade was given once before the verdict (dated `when`) that says it was given twice or again."""
    text = sentence.article.text
    if not (_TWICE_BEFORE.search(text, max(sentence.start, start - 20), start) or _TWICE_AFTER.match(text, g1)):
        return []
    since = date_after(sentence, g1, _WORDS_AFTER)
    if since and since.interval.start and SINCE_WORD.match(text, since.start):
        return [sentence.since_point(since)]
    end = when.start or sentence.article.published.end
    return [Interval(None, end - timedelta(days=1), "before")] if end else []


def _cue_before(sentence: Sentence, ends: list[int], start: int, gap: re.Pattern) -> bool:
    """Whether a cue ending at one of `ends` reaches the grade at `start` across only the words `gap` allows."""
    return any(gap.fullmatch(sentence.article.text, end, start) for end in ends)


def _mood(sentence: Sentence, start: int, g1: int, kind: str) -> str:
    """How the clause uses a grade: `denied`, `hoped`, `old` (left behind in a change), `state` (the service's
    standing) or `verdict` (a judgement given; in the inspectorate's own report, its present grades too)."""
    text, clause = sentence.article.text, sentence.clause(start)[0]
    a = max(clause, start - 60)
    negations = sentence.spans_of("NEGATION", a, start)
    if _cue_before(sentence, [s.end for s in negations if s.value != "no longer"]
                   + [m.end() for m in _ESCAPED.finditer(text, a, start)], start, _TO_DENIED_GRADE) \
            or _NO_SUBJECT.match(text, clause):
        return "denied"
    if kind == "change-from" or _cue_before(sentence, [s.end for s in negations if s.value == "no longer"]
                                            + [m.end() for m in _LEFT_BEHIND.finditer(text, a, start)], start, _TO_GRADE):
        return "old"  # "moved from inadequate", "has shed its 'inadequate' status", "no longer rated": held before
    if _cue_before(sentence, [s.end for s in sentence.spans_of("ASPIRATION", a, start)], start, _TO_AIMED) \
            or _cue_before(sentence, [m.end() for m in _MODAL.finditer(text, a, start)], start, _TO_HOPED) \
            or _MODAL_AFTER.match(text, g1) \
            or (_TOWARDS.search(text, a, start) and sentence.spans_of("ASPIRATION", clause, start)) \
            or any(_TO_BE_RATED.search(text, s.end, start) for s in sentence.spans_of("ASPIRATION", a, start)):
        return "hoped"
    standing = kind in _STATE_KINDS or (kind in ("rated", "old-scale") and _PRESENT_PASSIVE.search(text, a, start)) \
        or (kind == "rating-of" and _HOLDS.search(text, a, start))
    if standing and _RECEIVED.search(text, max(a, start - 40), start):  # "received a rating of 'outstanding'"
        standing = False
    return "state" if standing and not inspectorate_report(sentence.article) else "verdict"


# A grade in what a dated disclosure made known: "it was revealed in March that Kent had moved to 'adequate'"
_DISCLOSED = re.compile(r"\b(?:revealed|announced|confirmed|published|disclosed)\s+(?:on\s+|in\s+|at\s+)?$", re.I)
_THAT_CLAUSE = re.compile(r",?\s+that\s[^.;]*")


def _disclosed_date(sentence: Sentence, g0: int) -> Interval | None:
    """The date of the disclosure whose that-clause holds the grade at `g0`, the last date before it; else None."""
    text = sentence.article.text
    d = within(sentence.dates, sentence.start, g0)[-1:]
    return d[0].interval if d and _THAT_CLAUSE.fullmatch(text, d[0].end, g0) \
        and _DISCLOSED.search(text, max(sentence.start, d[0].start - 30), d[0].start) else None


def _verdict_date(sentence: Sentence, g0: int, g1: int, mood: str) -> Interval:
    """A verdict's date: the one tied to it, else by tense (a past one predates the publication). A standing held
    now, or a grade left behind, is only known to predate the publication (or the change)."""
    text = sentence.article.text
    tied = _tied_date(sentence, g0, g1)
    if mood == "old":
        own = date_after(sentence, g1, _OWN_DATE)  # "up from 'inadequate' in 2016 to ..."
        if own and not own.relative and not sentence.introduced(own.start):
            return own.interval
        later = [d for d in clause_dates(sentence, g1) if d.start >= g1 and not d.relative]
        end = (later[0].interval if later else tied or _disclosed_date(sentence, g0) or sentence.article.published).end
        return Interval(None, end, "before") if end else UNKNOWN
    if tied:
        return tied
    if mood == "verdict" and (disclosed := _disclosed_date(sentence, g0)):
        return disclosed
    fronted = sentence.fronted_date(g0)  # "Last year inspectors recognised progress but ruled that services still ..."
    listed = _fronted_list(sentence)  # "In 2009 and 2011, ...": the first (`_again` gives the others)
    if fronted and mood != "state" and (len(sentence.dates) == 1 or listed) and fronted.interval.start \
            and not _ANOTHER_TIME.search(text, listed[-1].end if listed else fronted.end, g0) \
            and not _EARLIER_RELATIVE.search(text, fronted.end, g0):
        return fronted.interval
    if _EARLIER_FRONT.match(text, sentence.start, g0):
        return sentence.before_publication()
    marks = [m for m in _TENSE.finditer(text, max(sentence.clause(g0)[0], g0 - 100), g0)
             if mood != "state" or not m.group("did")]
    if not marks and _RECEIVING.search(text, max(sentence.start, g0 - 30), g0):
        return sentence.by_tense(sentence.start, sentence.end)  # "After receiving an 'Inadequate' rating, the DfE issued"
    last = marks[-1] if marks else None
    past = last and not last.group("now") \
        and not (last.group("did") and _PERFECT.search(text, max(sentence.start, last.start() - 30), last.start()))
    return sentence.before_publication() if past or mood == "state" else sentence.article.published


def _scope(sentence: Sentence, label: int | None, g0: int, g1: int) -> str:
    """The part judged: named just after the grade ("Outstanding leadership"), in its label or clause, else overall."""
    text = sentence.article.text
    a = sentence.clause(g0)[0]
    if _RELATIVE_START.match(text, a):
        a = sentence.clause(a - 2)[0]
    after = _FOR_PART.match(text, g1, sentence.clause(g1)[1]) or _AFTER_WORDS.match(text, g1, sentence.end)
    before = text[label:g0] if label is not None else text[max(a, g0 - 90):g0]
    return _nearest_part(after.group() if after else "", False) or _nearest_part(before, True) or ("some areas" if _OF_SOME_AREAS.match(text, g1) else "overall")


def _parts(sentence: Sentence, g1: int, stop: int) -> list[str]:
    """The parts one grade is given to when the words after it list several ("in each of the three areas of child
    protection, looked-after children, and leadership"); else []."""
    text = sentence.article.text
    m = _PART_LIST.match(text, g1, min(stop, sentence.end))
    if not m:
        return []
    stop = _LIST_STOP.search(text, g1, m.end())
    return _listed_parts(text, g1, stop.start() if stop else m.end())


def _bulleted_parts(sentence: Sentence, g1: int) -> list[tuple[str, int, int]]:
    """(scope, start, end) of each item of the bulleted list of parts a sentence ending in a colon after its grade
    introduces; [] unless every item names a part."""
    text = sentence.article.text
    if not _COLON_END.fullmatch(text, g1, sentence.end):
        return []
    items = []
    for m in _BULLET_ITEM.finditer(text, sentence.end, sentence.article.body_end):
        if m.start() != (items[-1][2] if items else sentence.end) or len(items) == _MAX_BULLETS:
            break
        scope = _part(m["item"]) or ("overall" if _OVERALL.search(m["item"]) else None)
        if scope is None:
            return []
        items.append((scope, m.start("item"), m.end("item")))
    return items if len(items) > 1 else []


def _subject_parts(sentence: Sentence, a: int, verb: int) -> list[str]:
    """The parts listed as the subject of a grade's verb ("Services for children in care, adoption, and leadership were
    judged to be good"), from `a` (the sentence's start, or the grade before); else []."""
    text, a = sentence.article.text, max(a, sentence.clause(verb, breaks=STATEMENT)[0])  # not across " – when they were"
    a = max([a] + [m.end() for m in _NOT_SUBJECT.finditer(text, a, verb)]  # "Leaders have ... since services for X were"
            + [g.end for g in sentence.spans_of("GRADE", a, verb)])  # "X are not yet good and Y are inadequate"
    return _listed_parts(text, a, verb) if _SUBJECT_LIST.search(text, a, verb) else []


# A sentence whose subject is the areas the one before lists: "Each area was rated good", "All of these areas were
# found to 'require improvement'"
_EACH_AREA = re.compile(r"\W*(?:each|all|both)\s+(?:of\s+)?(?:(?:these|those|the|its|their)\s+)?(?:[\w-]+\s+)?"
                        r"(?:areas?|parts?|aspects?|judge?ments?|categories)\b(?=[^.;]{0,40}?\b(?:was|were|are|is)\b)", re.I)


# A part and the services as a whole given one grade: "found the LSCB and children's services 'requires improvement'"
_PART_AND_SERVICES = re.compile(r"\s(?:the\s+|its\s+|their\s+)?(?P<part>[^,.;]{2,60}?)\s+and\s+(?:the\s+|its\s+|their\s+)?"
                                r"children['’]s\s+(?:social\s+care\s+)?services\s+(?:(?:were|are|as|to\s+be)\s+)?[‘“\"']?$",
                                re.I)


def _part_and_services(sentence: Sentence, start: int, g0: int) -> list[str]:
    """A part and "children's services" named together as what a verdict's verb grades: that part and overall; else []."""
    m = _PART_AND_SERVICES.search(sentence.article.text, max(start, g0 - 120), g0)
    part = m and _part(m["part"])
    return [part, "overall"] if part else []


def _required_parts(sentence: Sentence, g0: int) -> list[str]:
    """The parts listed before ", all | require improvement" at `g0`; else []."""
    text, a = sentence.article.text, max(sentence.start, g0 - 300)
    return _listed_parts(text, a, g0) if _PARTS_REQUIRE.search(text, a, g0) else []


def _areas_named_before(sentence: Sentence, start: int) -> list[str]:
    """The parts the sentence before lists when this sentence (whose first verdict starts at `start`) has "each
    area", "all of these areas" as its subject; else []."""
    text = sentence.article.text
    if not _EACH_AREA.match(text, sentence.start) or start > sentence.start + 80:
        return []
    return _listed_parts(text, max(sentence.article.body_start, sentence.start - 300), sentence.start)


def _areas_named_earlier(sentence: Sentence, g0: int) -> list[str]:
    """The parts listed earlier in the sentence when the grade at `g0` is given to "both areas", "all of these parts"
    ("Kent's adoption services and leadership were praised, with inspectors rating both areas as 'outstanding'")."""
    text = sentence.article.text
    m = _BOTH_AREAS.search(text, max(sentence.start, g0 - 60), g0)
    return _listed_parts(text, sentence.start, m.start()) if m else []


_BOTH_AREAS = re.compile(r"\b(?:each|all|both)\s+(?:of\s+)?(?:(?:these|those|the|its|their)\s+)?(?:areas|parts|aspects)\b"
                         r"[^.;,]{0,30}$", re.I)


def _listed_parts(text: str, a: int, b: int) -> list[str]:
    """The distinct parts named in text[a:b] when there are several; else []."""
    parts = []
    for p in _ALL_PARTS.finditer(text, a, b):
        scope = "overall" if p.lastgroup == "overall" else _PARTS[int(p.lastgroup[1:])][1]
        if scope not in parts:
            parts.append(scope)
    return parts if len(parts) > 1 else []


def _chain(sentence: Sentence, councils: list) -> list:
    """The councils at the end of `councils` that form one list ("Kent, Leeds and Barnet", "Kent (up 5) and Leeds")."""
    text, chain = sentence.article.text, councils[-1:]
    for prev in reversed(councils[:-1]):
        if not _GRADED_LIST_SEP.fullmatch(text, prev[1], chain[0][0]):
            break
        chain.insert(0, prev)
    return chain


def _graded_before(sentence: Sentence, g0: int) -> list[str]:
    """The councils graded together in the sentence before when this one's subject stands for them ("Liverpool,
    Knowsley and Sefton all received a rating of 'requires improvement'. | They were rated good for adoption") and it
    names no council before its grade; else []."""
    from . import sentences  # the package imports this module
    if not _THEY_GRADED.match(sentence.article.text, sentence.start) or within(sentence.councils, sentence.start, g0):
        return []
    found = sentences(sentence.article)
    at = next((i for i, s in enumerate(found) if s.start == sentence.start), 0)
    graded = [row["council"] for _, row in _verdicts(found[at - 1], None) if row["judgement"] and row["council"]] if at \
        else []
    councils = list(dict.fromkeys(graded))
    return councils if len(councils) > 1 else []


# A grade given to the council named after it: "Bottom grades were given to Kent", "an ‘outstanding’ rating was awarded to",
# "a good rating for Kent", "outstanding-rated Kent", "rated inadequate, Ofsted said of Kent"
_GIVEN_TO = re.compile(r"[’”\"']?(?:(?:\s+(?:Ofsted\s+)?(?:grades?|ratings?|judge?ments?|marks?))?\s+(?:were|was|(?:has|have)\s+been)"
                       r"\s+(?:given|awarded|handed)\s+to"
                       r"|\s+(?:Ofsted\s+)?(?:grades?|ratings?|judge?ments?|verdicts?)\s+(?:for|of)|-rated"
                       r"|,\s+(?:Ofsted|(?:the\s+)?inspectors|the\s+(?:watchdog|inspectorate|regulator|report))\s+"
                       r"(?:said|says|wrote|concluded)\s+(?:of|about))\s+(?:the\s+|neighbouring\s+)?", re.I)


def _given_to(sentence: Sentence, g1: int) -> str | None:
    """The council named right after the grade as its recipient ("given to", "a rating for", "-rated"), else None."""
    text = sentence.article.text
    return next((c for s, _, c in within(sentence.councils, g1, g1 + 80) if _GIVEN_TO.fullmatch(text, g1, s)), None)


def _councils_named_before(sentence: Sentence) -> list[str]:
    """The councils a subject counting them stands for ("Both councils", "The three authorities"): the last that many
    named before the sentence, when that many are; else []."""
    text = sentence.article.text
    subject = _COUNCILS_NAMED_BEFORE.match(text, sentence.start)
    if not subject:
        return []
    count = 2 if subject.group("both") else _COUNT_WORDS[subject.group("n").lower()]
    lo = max(sentence.article.body_start, sentence.start - REACH)
    named = list(dict.fromkeys(s.value for s in reversed(sentence.spans_of("COUNCIL", lo, sentence.start))))
    return named[:count][::-1] if len(named) >= count else []


def _graded_list(sentence: Sentence, start: int, g0: int, g1: int) -> list[str]:
    """The councils one grade is given to when its verb's subject or object is a list of them ("Kent, Leeds and
    Barnet were rated inadequate", "three – Kent, Leeds and Barnet – were judged", "Ofsted rated Kent and Leeds as
    good"), or they follow its ratings ("'good' ratings for Kent and Leeds"); else []."""
    text = sentence.article.text
    before = within(sentence.councils, max(sentence.start, start - 300), start)
    ends = [c for c in before if _GRADED_SUBJECT_GAP.fullmatch(text, c[1], start)]
    chain = _chain(sentence, [c for c in before if c[1] <= ends[-1][1]]) if ends else []
    if len(chain) < 2:
        inside = within(sentence.councils, start, g0)
        ends = [c for c in inside if _GRADED_OBJECT_GAP.fullmatch(text, c[1], g0)]
        chain = _chain(sentence, [c for c in inside if c[1] <= ends[-1][1]]) if ends else []
        if chain and not _GRADED_VERB_GAP.fullmatch(text, start, chain[0][0]):
            chain = []
    if len(chain) < 2:
        chain = _listed_after(sentence, g1)
    if len(chain) < 2 or _OBLIQUE.search(text, max(sentence.start, chain[0][0] - 20), chain[0][0]):
        return []
    return list(dict.fromkeys(c for _, _, c in chain))


def _respective(sentence: Sentence, spans: list[tuple[int, int, int, str]]) -> list[str] | None:
    """The councils listed before grades given "respectively" ("Halton and Hull, which were rated 'good' and
    'adequate' respectively"), one for each grade; [] when the grades read are not one for each council listed (which
    grade is whose is unsure); None when the grades are not given respectively to a list."""
    text = sentence.article.text
    if not spans or not _RESPECTIVELY.search(text, spans[-1][2], min(sentence.end, spans[-1][2] + 40)):
        return None
    chain = _chain(sentence, within(sentence.councils, sentence.start, spans[0][0]))
    if len(chain) < 2:
        return None
    return [c for _, _, c in chain] if len(chain) == len(spans) else []


def _listed_after(sentence: Sentence, g1: int, lead: re.Pattern | None = None) -> list:
    """The councils listed after a grade (its ratings, or `lead`), with no other grade between ("'outstanding' ratings
    released today ... in Kent, Leeds and Barnet", "rated inadequate at Kent, Leeds and Barnet"); else []."""
    text = sentence.article.text
    after = within(sentence.councils, g1, sentence.end)
    if not after or not (lead or _GRADED_IN).fullmatch(text, g1, after[0][0]) or sentence.spans_of("GRADE", g1, after[0][0]):
        return []
    return _leading_chain(text, after)


def _leading_chain(text: str, councils: list) -> list:
    """The councils at the start of `councils` that form one list."""
    chain = councils[:1]
    for nxt in councils[1:]:
        if not _GRADED_LIST_SEP.fullmatch(text, chain[-1][1], nxt[0]):
            break
        chain.append(nxt)
    return chain


def _sharing(sentence: Sentence, start: int, g1: int) -> list[str]:
    """The councils named as sharing the grade of a clause's subject, before its verb at `start` ("Along with Leeds,
    Kent was rated good", "Kent, alongside Leeds and York, was judged good") or after its grade ("rated good, as was
    Leeds", "the second council to be rated good, after Leeds"); else []."""
    text = sentence.article.text
    chain = _listed_after(sentence, g1, _SHARED_AFTER) or _ranked_after(sentence, start, g1)
    if chain:
        return [c for _, _, c in chain] if _SHARED_END.match(text, chain[-1][1]) else []
    before = within(sentence.councils, sentence.start, start)
    first = next((i for i, (c0, _, _) in enumerate(before) if _SHARED_FRONTED.fullmatch(text, sentence.start, c0)
                  or _SHARED_ASIDE.search(text, max(sentence.start, c0 - 30), c0)), None)
    chain = _leading_chain(text, before[first:]) if first is not None else []
    last = next((i for i, (_, end, _) in enumerate(chain) if _SHARED_ASIDE_END.fullmatch(text, end, start)), None)
    return [c for _, _, c in chain[:last + 1]] if last is not None else []


def _ranked_after(sentence: Sentence, start: int, end: int) -> list:
    """The councils a subject ranked "the second council to ..." at `start` comes after, named after `end` ("Kent is
    the third council to be rated outstanding, after Leeds and York"): they did so before; else []."""
    if not _RANKED.search(sentence.article.text, max(sentence.start, start - 120), start):
        return []
    return _listed_after(sentence, end, _RANKED_AFTER)


def _of_other_councils(sentence: Sentence, start: int) -> bool:
    """Whether the grade at `start` is given to councils other than the one the article is about, named as such and
    not by name ("two other councils ..., one of which has moved out of 'inadequate'")."""
    others = list(_OTHER_COUNCILS.finditer(sentence.article.text, max(sentence.start, start - REACH), start))
    return bool(others) and not within(sentence.councils, others[-1].end(), start)


def _many_councils(sentence: Sentence, start: int) -> bool:
    """Whether the grade's subject is a number or share of councils, not one ("73% of local authorities")."""
    text = sentence.article.text
    m = _MANY_COUNCILS.search(text, max(sentence.clause(start)[0], start - 120), start)
    named = m and any(end <= m.start() < _COUNCIL_SUFFIX.match(text, end).end()  # "Kent and Leeds (county) councils"
                      for _, end, _ in sentence.councils)
    return bool(m) and not named and not re.search(r"\bone\s+of\b", text[max(sentence.start, m.start() - 30):start], re.I)


def _verdicts(sentence: Sentence, report: tuple[int, int, Interval] | None) -> list[tuple[str, dict]]:
    """Judgement rows; a grade after a commissioner's report in the sentence is that report's verdict. A grade
    coordinated with an earlier verdict of the sentence ("rated X 'outstanding' for ...; 'good' for ...") shares
    its date; one grade given to several listed parts is a row for each."""
    text, rows, previous, last_when = sentence.article.text, [], None, None
    spans = _verdict_spans(sentence)
    paired = _respective(sentence, spans)
    # "rated good and inadequate respectively in 2016": the date after the list is each grade's
    list_date = _tied_date(sentence, *spans[-1][1:3]) if paired else None
    moods: list[str] = []
    for i, (start, g0, g1, kind) in enumerate(spans):
        mood = _mood(sentence, start, g1, kind)
        if i and moods[-1] in ("denied", "hoped") and _AND_GRADE.fullmatch(text, spans[i - 1][2], g0):
            mood = moods[-1]  # "ambition was to progress to a rating of ‘good’ and ‘outstanding’": both hoped for
        moods.append(mood)
        referred = _councils_named_before(sentence) if not within(sentence.councils, sentence.start, g0) else []
        counted = not referred and _many_councils(sentence, start)
        named = _listed_after(sentence, g1, _NAMED_AFTER_COUNT) if counted else []  # "Three councils ... - A, B and C"
        if mood in ("denied", "hoped") or counted and len(named) < 2 or paired == []:
            continue
        said_by = [m for m in _AUTHORITY.finditer(text, max(sentence.start, g0 - REACH), g0)]
        judgement = "" if kind == "old-scale" else _canonical(text[g0:g1])
        scopes = _verdict_scopes(sentence, spans, i)
        if kind == "old-scale":
            scopes = [f"{scope} (old scale: {' '.join(text[g0:g1].lower().split())})" for scope in scopes]
        if kind == "change-from" and scopes == ["overall"] and i + 1 < len(spans) and spans[i + 1][3] == "change-to":
            # "from 'inadequate' to 'requires improvement' for leadership": the part the change is in
            scopes = [_scope(sentence, None, spans[i + 1][1], spans[i + 1][2])]
        council = _given_to(sentence, g1) or subject_council(sentence, g0)
        listed = [paired[i]] if paired else [c for _, _, c in named] or _graded_list(sentence, start, g0, g1) \
            or _graded_before(sentence, g0) or referred
        if not listed and council and (shared := _sharing(sentence, start, g1)):  # "Kent, alongside Leeds, was rated"
            listed = list(dict.fromkeys([council] + shared))
        if not listed and _of_other_councils(sentence, start):
            continue
        # the commissioner's grade, not "a commissioner appointed after X were rated inadequate" (given before)
        if report and report[0] < g0 and said_by and said_by[-1].group().lower() == "commissioner" \
                and not _EARLIER_CLAUSE.search(text, said_by[-1].end(), g0):
            rows += [_row("grade-in-commissioner-report", sentence, start, g1, council, report[2], "commissioner",
                          "commissioner_report", judgement, scope) for scope in scopes]
            continue
        if list_date:
            when = list_date
        elif (mood in ("state", "verdict") and kind != "copula" and previous and previous[0] < start
                and _COORDINATED.fullmatch(text, previous[0], start)) \
                or (kind in ("as", "gapped") and previous):
            when = _tied_date(sentence, g0, g1) or previous[1]
        elif kind == "with" and last_when:  # "rated good, with leadership also good": the grade before it gives the date
            when = _tied_date(sentence, g0, g1) or last_when
        else:
            when = _verdict_date(sentence, g0, g1, mood)
            inspected = mood == "verdict" and when in (sentence.article.published, sentence.before_publication()) \
                and (_inspection_fronting(sentence, start) or _inspected_and(sentence, start))
            if inspected:  # "Now, following a full inspection in October, Kent has been rated ...": with its report
                when = _published_after(sentence, inspected.interval)
            elif mood == "verdict" and (kind in ("found", "reported")
                                        or _AFTER_INSPECTION.match(text, g1) and when.precision in ("day", "month")):
                when = _published_after(sentence, when)
        if mood == "verdict":
            previous = (g1, when)
        last_when = when
        bullets = _bulleted_parts(sentence, g1) if kind in _VERB_KINDS or kind == "require" else []
        if bullets:  # "these 4 areas were all rated inadequate:" and a bulleted list of the areas: a row for each
            rows += [_row("grade-bullets", sentence, a, b, council, when, "Ofsted", "judgement", judgement, scope, exact=True)
                     for scope, a, b in bullets]
            continue
        rows += [_row(f"grade-{kind}", sentence, start, g1, c, iv, "Ofsted", "judgement", judgement, scope)
                 for c in listed or [council] for scope in scopes
                 for iv in [when] + (_again(sentence, g1) + _years_running(sentence, g1, when)
                                     + _given_before(sentence, start, g1, when) if mood != "old" else [])]
    return rows


def _verdict_scopes(sentence: Sentence, spans: list[tuple[int, int, int, str]], i: int) -> list[str]:
    """The parts the i-th grade of the sentence judges: "some areas" when it counts them, else the parts named with it
    (after it, as its subject, listed, bulleted before it or earlier in the sentence), else one scope."""
    text, (start, g0, g1, kind) = sentence.article.text, spans[i]
    if _counted_areas(sentence, _counted_grade(sentence, _opening(text, g0) if kind in ("quoted", "as") else start)):
        return ["some areas"]
    before = spans[i - 1][2] if i else sentence.start
    following = spans[i + 1][1] if i + 1 < len(spans) else sentence.end
    verb = g0 if kind == "copula" else start  # "X and Y are | good", "X and Y were | judged good | given good grades"
    named = [] if kind == "label" else (
        _parts(sentence, g1, following)
        or (_subject_parts(sentence, before, verb) if kind in _SUBJECT_KINDS else [])
        or (_listed_parts(text, start, g0) if kind == "with" else [])
        or (_rated_as_parts(sentence, start if kind == "as" else g0, before) if kind in ("as", "rated") else [])
        or (_required_parts(sentence, g0) if kind == "require" else [])
        or (_part_and_services(sentence, start, g0) if kind in ("found", "rated") else [])
        or (_areas_named_before(sentence, start) if i == 0 else [])
        or _areas_named_earlier(sentence, g0))
    return named or [_scope(sentence, start if kind == "label" else None, g0, g1)]


# ------------------------------------------------------------ judgement table


def _table(sentence: Sentence) -> list[tuple[str, dict]]:
    """A report's judgement table near the start of its body: one judgement per line, dated at publication."""
    article = sentence.article
    text, end = article.text, min(article.body_end, article.body_start + _TABLE_REACH)
    head = _TABLE_HEAD.search(text, article.body_start, end)
    if not head:
        return []
    rows = []
    if head.group("g"):
        rows.append(_table_row(sentence, head.start("label"), head.end("g"), "overall", head.group("g")))
    label_start = None
    for line in _LINE.finditer(text, head.end() + 1, end):
        if not line.group().strip():
            continue
        m = _TABLE_LINE.fullmatch(text, line.start(), line.end())
        if label_start is None:
            label_start = line.start() + len(line.group()) - len(line.group().lstrip())
        if m:
            label = text[label_start:m.end("label")]
            scope = "overall" if _OVERALL.search(label) else _part(label)
            if scope:
                rows.append(_table_row(sentence, label_start, m.end("g"), scope, m.group("g")))
            if scope == "overall":
                break
            label_start = None
        elif _PROSE.search(line.group()) or line.end() - label_start > 200:
            break
    return rows


def _table_row(sentence: Sentence, start: int, end: int, scope: str, grade: str) -> tuple[str, dict]:
    return "ratings", sentence.row("ratings.judgement-table", start=start, end=end, interval=sentence.article.published,
                                   authority="Ofsted", event="judgement", judgement=_canonical(grade), scope=scope)


# A table of councils with a rating column, flattened into one line: "Local authority Caseload Last Ofsted rating Kent
# 65.1 10.2 Good Leeds 59.2 11.9 Outstanding": each council's figures, then its grade (the standing at publication).
_RATING_COLUMN = re.compile(r"\b(?:Ofsted|inspection)\s+(?:[\w-]+\s+){0,2}?(?:rating|grade|judge?ment)s?\b", re.I)
_FIGURES_THEN_GRADE = re.compile(r"(?:\s*/\s*[^\d\n/]{1,40}?)?(?:\s+\d[\d.,]*%?){1,4}\s+"
                                 r"(?P<g>Outstanding|Good|Requires\s+improvement|Inadequate|Adequate)\b")


def _table_column(sentence: Sentence) -> list[tuple[str, dict]]:
    """A standing row for each council of a table with a rating column (two councils at least)."""
    text = sentence.article.text
    head = len(sentence.councils) > 1 and _RATING_COLUMN.search(text, sentence.start, sentence.end)
    if not head:
        return []
    graded = [(start, m, council) for start, end, council in sentence.councils
              if start > head.end() and (m := _FIGURES_THEN_GRADE.match(text, end))]
    return [_row("grade-table-column", sentence, start, m.end(), council, sentence.before_publication(), "Ofsted",
                 "judgement", _canonical(m["g"]), "overall", exact=True) for start, m, council in graded] \
        if len(graded) > 1 else []


# -------------------------------------------------------- inspections, visits


def _inspections(sentence: Sentence, folded: str) -> list[tuple[str, dict]]:
    """Inspections and monitoring visits with the date the text ties to them; expected inspections. `folded`:
    sentence.folded."""
    text, rows = sentence.article.text, []
    ret = "inspect" in folded and any(w in folded for w in _RETURN_WORDS) and _RETURN.search(text, sentence.start, sentence.end)
    if ret and _INSPECTING.search(text, sentence.start, sentence.end) and not _DENIED_RETURN.search(
            text, max(sentence.start, ret.start() - 40), ret.start()):
        when = [d for d in within(sentence.dates, ret.start(), sentence.end) if not sentence.introduced(d.start)][:1]
        rows.append(_row("inspection-return", sentence, ret.start(), ret.end(), subject_council(sentence, ret.start()),
                         when[0].interval if when else sentence.after_publication(), "Ofsted", "inspection_expected"))
    back = may_match(_COMING_BACK, folded) and _COMING_BACK.search(text, sentence.start, sentence.end)
    if back and not ret and not _DENIED_RETURN.search(text, max(sentence.start, back.start() - 40), back.start()):
        rows.append(_row("inspection-return", sentence, back.start(), back.end(), subject_council(sentence, back.end()),
                         _expected_date(sentence, back.end()), "Ofsted", "inspection_expected"))
    for m in _INSPECTION.finditer(text, sentence.start, sentence.end) if may_match(_INSPECTION, folded) else ():
        if m.group("verb") and _TO_BE_INSPECTED.search(text, max(sentence.start, m.start() - 40), m.start()):
            if not _DENIED_RETURN.search(text, max(sentence.start, m.start() - 40), m.start()):
                rows.append(_row("inspected-future", sentence, m.start(), m.end(), subject_council(sentence, m.start()),
                                 _expected_date(sentence, m.end()), "Ofsted", "inspection_expected"))
            continue
        if m.group("next"):
            if _EXPECTED.search(text, m.end(), min(sentence.end, m.end() + REACH)) \
                    or _EXPECTING.search(text, max(sentence.start, m.start() - 30), m.start()):
                when = within(sentence.dates, m.end(), m.end() + REACH)[:1]
                rows.append(_row("inspection-expected", sentence, m.start(), m.end(), subject_council(sentence, m.start()),
                                 when[0].interval if when else sentence.after_publication(), "Ofsted",
                                 "inspection_expected"))
            continue
        awaited = _awaited(sentence, m)
        rows += [_row("inspection-awaited", sentence, m.start(), m.end(), subject_council(sentence, m.start()),
                      _expected_date(sentence, awaited), "Ofsted", "inspection_expected")] if awaited \
            else _inspection(sentence, m, folded)
    if not any(row["event"] == "inspection" for _, row in rows):
        rows += _found_dated(sentence, folded)
    return rows


def _found_dated(sentence: Sentence, folded: str) -> list[tuple[str, dict]]:
    """The inspection in which the inspectorate found something at a date ("Ofsted inspectors found in October that",
    "inspectors from Ofsted, earlier this year, unearthed ...") of one council's services."""
    text = sentence.article.text
    m = may_match(_INSPECTORS_FOUND, folded) and _INSPECTORS_FOUND.search(text, sentence.start, sentence.end)
    if not m or _of_something_else(sentence) or about_councils_in_general(sentence) \
            or _COUNCILS.search(text, m.end(), sentence.end) or sentence.unasserted(m.start(), m.end()):
        return []
    aside = [d for d in within(sentence.dates, *m.span("aside")) if d.end < m.end("aside")] if m["aside"] else []
    when = aside[0] if aside else date_after(sentence, m.end(), _FOUND_GAP)
    if not when or _ahead(sentence, when.interval):
        return []
    return [_row("inspection-found", sentence, m.start(), max(m.end(), when.end), subject_council(sentence, m.start()),
                 when.interval, "Ofsted", "inspection")]


def _awaited(sentence: Sentence, m: re.Match) -> int | None:
    """Where the words saying an inspection or visit is still to come end ("awaits a crucial inspection", "will face an
    inspection", "an inspection is expected to take place"), for its date after them; else None."""
    text = sentence.article.text
    if not (m.group("insp") or m.group("mon")):
        return None
    if _AWAITING.search(text, max(sentence.start, m.start() - 60), m.start()):
        return m.end()
    planned = _PLANNED.match(text, m.end(), sentence.end)
    return planned.end() if planned else None


def _expected_date(sentence: Sentence, pos: int) -> Interval:
    """When an expected inspection is due: the date after `pos` ("again next year", "to Kent in the autumn") unless
    it has passed, else after the publication."""
    when = date_after(sentence, pos, _DATE_AFTER_EXPECTED) or date_after(sentence, pos, _OBJECT_DATE)
    published = sentence.article.published.start
    if when and not sentence.introduced(when.start) and not (published and when.interval.end
                                                              and when.interval.end < published):
        return when.interval
    return sentence.after_publication()


def _inspection(sentence: Sentence, m: re.Match, folded: str) -> list[tuple[str, dict]]:
    text = sentence.article.text
    near = max(sentence.start, m.start() - REACH), min(sentence.end, m.end() + REACH)
    # a visit counts near its inspectors, or in a report's sentence just after them ("... rated it inadequate. The
    # report, from a visit in February, ..."): then the text before tells whether the visit graded
    context = sentence.start
    if (m.group("visit") or m.group("visited")) and not _INSPECTING.search(text, *near):
        context = max(sentence.article.body_start, m.start() - REACH)
        if not (_REPORT_NEAR.search(text, *near) and _INSPECTING.search(text, context, m.start())):
            return []
    owner = m.group("visit") and _OWNER.search(text, max(sentence.start, m.start() - 40), m.start())
    if owner and not _INSPECTING.search(owner.group()) and not _INSPECTING_BY.match(text, m.end()):
        return []  # "the minister's visit"
    if (m.group("spent") or m.group("review") or m.group("returned") or m.group("visiting")) \
            and not _INSPECTORS_BEFORE.search(text, max(sentence.start, m.start() - 130), m.start()) \
            and not (m.group("review") and _INSPECTING_BY.match(text, m.end())):
        return []  # days spent, a review, a return or a visit by the inspectors ("an Ofsted review of", "inspectors visiting")
    if m.group("inv") and not (_INSPECTING.search(text, *near) or _REPORT_NEAR.search(text, *near)):
        return []
    if _of_something_else(sentence) or _UNHELD.search(text, max(sentence.start, m.start() - 60), m.start()) \
            or (m.group("visit") or m.group("visited")) and _visited_by_others(sentence, m):
        return []
    when, named = date_after(sentence, m.end(), _DATE_AFTER) or date_after(sentence, m.end(), _OBJECT_DATE), []
    if not when and (m.group("insp") or m.group("mon") or m.group("visit")):  # "a visit to Kent took place in May"
        when = date_after(sentence, m.end(), _DATE_VIA_VERB) or date_after(sentence, m.end(), _SERVICES_FOR)
        named = [c for _, _, c in within(sentence.councils, m.end(), when.start)] if when else []
    if not when and not m.group("verb"):
        when = date_before(sentence, m.start(), _VISIT_BEFORE)
    bound = not when and not m.group("verb") and _reported_before(sentence, m)
    previous = not when and not bound and m.group("insp") \
        and _PREVIOUS.search(text, max(sentence.start, m.start() - 40), m.start()) \
        and not _FRAMEWORK.match(text, m.end()) and not _many_councils(sentence, m.start()) \
        and not _COUNCILS_LAST.search(text, sentence.start, m.start())
    if not (when or bound or previous or _undated_ok(sentence, m)) \
            or _HYPOTHETICAL.search(text, max(sentence.start, m.start() - 40), m.start()) \
            or sentence.unasserted(m.start(), m.end()):  # "would be inspected", "if inspected today"
        return []
    if previous:
        return [_row("inspection-previous", sentence, m.start(), m.end(), subject_council(sentence, m.start()),
                     sentence.before_publication(), "Ofsted", "inspection")]
    graded = m.group("visit") and (_GRADED_VISIT.search(text, max(sentence.start, m.start() - 40), m.start())
                                   or _GRADING.search(text, context, sentence.end))
    # Inspectors spending days (not weeks) in a department make a short visit; weeks, a full inspection.
    short = m.group("spent") and m.group("unit").lower().startswith("day")
    graded = graded or (m.group("visit") and _INSPECTION_VISIT.search(text, max(sentence.start, m.start() - 12), m.start())) \
        or (m.group("visit") and _UNANNOUNCED.search(text, max(sentence.start, m.start() - 30), m.start()))
    short = short or (m.group("insp") and _focused(sentence, m, folded))
    event = "monitoring_visit" if m.group("mon") or short or (m.group("visit") and not graded) \
        or (m.group("visited") and (_about_visits(sentence.article) or _TO_MONITOR.match(text, m.end(), sentence.end))) \
        else "inspection"
    if bound:
        return [_row(f"{event.replace('_', '-')}-reported-before", sentence, m.start(), m.end(),
                     subject_council(sentence, m.start()), bound, "Ofsted", event)]
    if when and not m.group("verb") and _ahead(sentence, when.interval) and (
            _AHEAD.search(text, when.start, when.end) or _FUTURE.search(text, sentence.start, sentence.end)) \
            or _EXPECTING.search(text, max(sentence.start, m.start() - 40), m.start()) and not m.group("verb"):
        # "Kent is expecting a full inspection later this year", "an inspection next spring": not yet happened
        return [_row("inspection-expected", sentence, m.start(), max(m.end(), when.end) if when else m.end(),
                     subject_council(sentence, m.start()), when.interval if when else sentence.after_publication(),
                     "Ofsted", "inspection_expected")]
    end, interval = (max(m.end(), when.end), when.interval) if when else (m.end(), sentence.before_publication())
    labelled = bool(when) and ":" in text[m.end():when.start]
    intervals, dated = [interval], bool(when)
    while when and m.group().lower().endswith("s"):  # "monitoring visits in 2021 and 2022": one each
        when = date_after(sentence, when.end, _AND_DATE)
        if when:
            intervals.append(when.interval)
    if m.group("visited") or m.group("verb"):  # "Inspectors visited Knowsley's services": the council visited
        named = named or [c for s, _, c in within(sentence.councils, m.end(), m.end() + (5 if m.group("returned") else 2))]
    named = named or _leading_list(sentence, m.start())
    return [_row(event.replace("_", "-") + ("-dated" if dated else "-undated"),
                 sentence, m.start(), end, council, iv, "Ofsted", event, exact=labelled)
            for council in named or [subject_council(sentence, m.start())] for iv in intervals]


def _of_something_else(sentence: Sentence) -> bool:
    """Whether the sentence's inspection is of something other than the council's children's social care: it names a
    school, a home, a hospital, the police ... (or another inspectorate) and no part of children's social care."""
    text = sentence.article.text
    return bool(_OTHER_INSPECTED.search(text, sentence.start, sentence.end)
                and not _SOCIAL_CARE.search(text, sentence.start, sentence.end))


def _visited_by_others(sentence: Sentence, m: re.Match) -> bool:
    """Whether a visit is made by someone other than inspectors: the subject of "visited" ("The education secretary
    visited Kent in May") or the agent of "a visit by" names a minister, a commissioner, a delegation ..."""
    text = sentence.article.text
    if m.group("visited"):
        before = text[sentence.clause(m.start())[0]:m.start()]
        return bool(_VISITOR.search(before) and not _INSPECTING.search(before))
    agent = _VISIT_BY.match(text, m.end(), sentence.end)
    return bool(agent and not _INSPECTING.search(agent.group()))


def _focused(sentence: Sentence, m: re.Match, folded: str) -> bool:
    """Whether an inspection is a focused visit: called focused or lasting days ("a two-day inspection"), or said to have
    focused on one part of the service ("The inspection, carried out in May, focused on the front door")."""
    text = sentence.article.text
    return bool(_SHORT_INSPECTION.search(text, max(sentence.start, m.start() - 30), m.start())
                or "focus" in folded  # in every _FOCUSED_ON match, which lies in the sentence
                and _FOCUSED_ON.match(text, m.end(), sentence.clause(m.end(), breaks=STATEMENT)[1]))


def _leading_list(sentence: Sentence, pos: int) -> list[str]:
    """The councils a sentence opens with as its subject, when they are a list ending before `pos` ("Stockport, Merton
    and Central Bedfordshire all received ... following visits")."""
    councils = [c for c in sentence.councils if c[1] <= pos]
    chain = _chain(sentence, councils) if councils else []
    if len(chain) < 2 or sentence.article.text[sentence.start:chain[0][0]].strip():
        return []
    return list(dict.fromkeys(c for _, _, c in chain))


@lru_cache(maxsize=16)
def _about_visits(article: Article) -> bool:
    """Whether the article is about monitoring or focused visits (then inspectors who "visited" made one)."""
    return bool(_VISITS.search(article.headline) or _VISITS.search(article.text, article.body_start, article.body_end))


def _ahead(sentence: Sentence, when: Interval) -> bool:
    """Whether a date lies after the publication ("later this year", "next spring"): what it dates has not happened."""
    published = sentence.article.published
    return bool(published.start and published.end and when.start and when.start >= published.start
                and (when.end is None or when.end > published.end))


def _reported_before(sentence: Sentence, m: re.Match) -> Interval | None:
    """An inspection or visit reported in the past perfect ("... told a meeting that another Ofsted inspection
    had found ...") inside a dated clause happened before that clause's date: only an upper bound."""
    text = sentence.article.text
    that = _THAT_NP.search(text, max(sentence.start, m.start() - 80), m.start())
    perfect = that and _PAST_PERFECT.match(text, m.end(), sentence.end)
    if not perfect or _NOT_HELD.fullmatch(perfect.group("verb")):
        return None
    if _NEGATED.search(perfect.group("adv")) and _HAPPENED.fullmatch(perfect.group("verb")):
        return None
    if not _INSPECTORATE.search(text, max(sentence.start, m.start() - REACH), min(sentence.end, m.end() + REACH)):
        return None
    if within(sentence.dates, m.start(), sentence.clause(perfect.end())[1]):
        return None  # the inspection's own date, not a bound
    said = [v for v in _REPORTING.finditer(text, max(sentence.start, that.start() - 120), that.start())
            if not _PUNCT.search(text, v.end(), that.start())]
    if not said:
        return None
    verb = said[-1]
    dates = [d for d in within(sentence.dates, verb.end(), that.start()) if d.end <= that.start()]
    if not dates:  # a date fronting the sentence dates its main clause
        fronted = sentence.fronted_date(verb.start())
        dates = [fronted] if fronted and ";" not in text[fronted.end:verb.start()] else []
    end = dates[-1].interval.end if dates else None
    return Interval(None, end, "before") if end else None


def _undated_ok(sentence: Sentence, m: re.Match) -> bool:
    """An undated inspection counts when it is one that judged or reported ("an Ofsted inspection rated ...", "the
    inspection found ..."), an undated visit when it is a named monitoring or focused visit or one that found."""
    text = sentence.article.text
    before = max(sentence.start, m.start() - 60), m.start()
    found = _DETERMINED.search(text, *before) and _AGENT.match(text, m.end())
    if m.group("insp") or m.group("inv"):
        return bool(found or _DONE_BEFORE.search(text, *before)
                    and not _FUTURE.search(text, sentence.clause(m.start())[0], m.start()))  # "will be rated after an inspection"
    return bool(m.group("mon") or m.group("spent") or m.group("visit") and found)


def _addressee(sentence: Sentence, m: re.Match) -> str:
    """The council a report or letter is addressed to ("monitoring letter to Kent"), else the clause's subject."""
    return next((c for s, _, c in within(sentence.councils, m.end(), m.end() + 30)
                 if _TO_COUNCIL.fullmatch(sentence.article.text, m.end(), s)), None) or subject_council(sentence, m.start())


def _reports(sentence: Sentence, low: str) -> list[tuple[str, dict]]:
    """Dated monitoring reports, and dated Ofsted reports (the published judgement, its grade unnamed here); the
    letter that followed a dated visit, dated from the visit to the publication. `low`: sentence.folded."""
    text, rows = sentence.article.text, []
    if not any(may_match(pattern, low) for pattern in _REPORT_PATTERNS):
        return rows
    letter = "visit" in low and _LETTER.search(text, sentence.start, sentence.end)
    if letter and not letter["kind"] and not _INSPECTING.search(text, sentence.start, sentence.end):
        letter = None  # "the report after the minister's visit"
    visit = letter and (date_after(sentence, letter.end(), _DATE_AFTER) or date_after(sentence, letter.end(), _OBJECT_DATE))
    if visit and visit.interval.start:
        rows.append(_row("visit-letter", sentence, letter.start(), visit.end, subject_council(sentence, letter.start()),
                         sentence.from_date(visit.interval.start), "Ofsted", "monitoring_report"))
    for m in list(_MONITORING_REPORT.finditer(text, sentence.start, sentence.end)) \
            + (list(_OFSTED_LETTER.finditer(text, sentence.start, sentence.end)) or _letter_published(sentence))[:1]:
        if visit and visit.interval.start and m.start() <= letter.start() < m.end():
            continue  # the letter that followed the dated visit, read above
        dates = clause_dates(sentence, m.start()) or [d for d in [date_after(sentence, m.end(), _REPORT_AFTER)
                                                                  or date_after(sentence, m.end(), _REPORT_ON_AFTER)] if d]
        if dates:
            rows.append(_row("monitoring-report-dated", sentence, m.start(), m.end(), subject_council(sentence, m.start()),
                             dates[0].interval, "Ofsted", "monitoring_report"))
        elif _IT_REPORTED.search(text, m.end(), min(sentence.end, m.end() + 80)) \
                or _SAYS_IN.search(text, max(sentence.start, m.start() - 60), m.start()) or _INSPECTING_BY.match(text, m.end()):
            # "Ofsted's latest monitoring letter to Kent said ...", "monitoring reports from inspectors": out before the publication
            rows.append(_row("monitoring-report-undated", sentence, m.start(), m.end(), _addressee(sentence, m),
                             sentence.before_publication(), "Ofsted", "monitoring_report"))
    for m in _OFSTED_REPORT.finditer(text, sentence.start, sentence.end):
        when = date_before(sentence, m.start(), _DATE_BEFORE) or date_after(sentence, m.end(), _REPORT_AFTER) \
            or date_after(sentence, m.end(), _REPORT_ON_AFTER)
        if _LATEST.search(text, max(sentence.start, m.start() - 40), m.start()):
            continue
        if when:
            rows.append(_row("ofsted-report-dated", sentence, min(m.start(), when.start), max(m.end(), when.end),
                             subject_council(sentence, m.start()), when.interval, "Ofsted", "judgement",
                             scope="overall"))
        elif _PUBLISHED_LATELY.match(text, m.end()) and not _verdict_spans(sentence):
            rows.append(_row("ofsted-report-lately", sentence, m.start(), m.end(), subject_council(sentence, m.start()),
                             sentence.before_publication(), "Ofsted", "judgement", scope="overall"))
    return rows


def _letter_published(sentence: Sentence) -> list[re.Match]:
    """A letter published that the inspectorate wrote, named in this sentence or the one before (_LETTER_PUBLISHED)."""
    text = sentence.article.text
    m = _LETTER_PUBLISHED.search(text, sentence.start, sentence.end)
    return [m] if m and _INSPECTING.search(text, max(0, sentence.start - _WRITER_BEFORE), sentence.end) else []


_REPORT_PATTERNS = (_LETTER, _MONITORING_REPORT, _OFSTED_LETTER, _OFSTED_REPORT, _LETTER_PUBLISHED)  # each row above is one's match


# ------------------------------------------------ commissioners and directives


def _commissioner_report(sentence: Sentence, low: str) -> tuple[int, int, Interval] | None:
    """(start, end, date) of a commissioner's report the sentence says was released or delivered (`low`: sentence.folded)."""
    text = sentence.article.text
    m = any(map(low.__contains__, _COMMISSIONER_REPORT_WORDS)) and may_match(_COMMISSIONER_REPORT, low) \
        and _COMMISSIONER_REPORT.search(text, sentence.start, sentence.end) or _report_of_named_commissioner(sentence, low)
    if not m or _OTHER_COMMISSIONER.search(text, max(sentence.start, m.start() - 30), min(sentence.end, m.end() + 30)) \
            or _TO_COME.match(text, m.end()) or _PENDING.search(text, max(sentence.start, m.start() - 60), m.start()) or not (
            _RELEASED.search(text, sentence.clause(m.start())[0], min(sentence.end, m.end() + 140))
            or _AFTER_REPORT.search(text, max(sentence.start, m.start() - 40), m.start())):
        return None
    dates = [d for d in clause_dates(sentence, m.start()) or clause_dates(sentence, m.end())
             if not (d.start > m.end() and _EARLIER_CLAUSE.search(text, m.end(), d.start))]  # "appointed after X in 2018"
    dates = dates or [d for d in [date_after(sentence, m.end(), _REPORT_AFTER)  # "report, published in June,"
                                  or date_after(sentence, m.end(), _REPORT_ON_AFTER)] if d]  # "review of Kent, published in June"
    return m.start(), m.end(), dates[0].interval if dates else sentence.before_publication()


# A report still to come: "the commissioner's recommendations will be published next month"
_TO_COME = re.compile(r"[^.;]{0,60}?\b(?:will|(?:is|are)\s+(?:to|due\s+to|expected\s+to))\s+be\s+(?:published|released|delivered"
                      r"|submitted|sent|presented)\b", re.I)


# A report awaited: "until the commissioner has delivered her recommendations", "once the review is complete"
_PENDING = re.compile(r"\b(?:until|unless|once|if|before|whether)\b[^.;,]{0,60}$", re.I)


# A report a person named by surname made: "In his report, Walker states", "after Ms Brazil submitted her recommendations"
_NAMED_REPORT = re.compile(r"\b[Ii]n\s+(?:his|her|their|a)\s+(?:latest\s+|final\s+)?report(?:\s+(?:to|published)\s+[^.;,]{1,40})?,?\s+"
                           r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?P<n>[A-Z][\w’'-]+)\b"
                           r"|\b(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?P<n2>[A-Z][\w’'-]+)\s+(?:submitted|delivered|sent|presented)\s+"
                           r"(?:his|her|their)\s+(?:report|recommendations)\b")


def _report_of_named_commissioner(sentence: Sentence, low: str) -> re.Match | None:
    """A report the sentence gives by surname to someone the article calls a commissioner ("Steve Walker, the
    commissioner, ... | In his report, Walker states ..."); else None."""
    from .people.mentions import article_people  # the people package reads this module
    m = ("report" in low or "recommendations" in low) and may_match(_NAMED_REPORT, low) \
        and _NAMED_REPORT.search(sentence.article.text, sentence.start, sentence.end)  # every match holds one of the two
    if not m:
        return None
    surname, article = m["n"] or m["n2"], sentence.article
    name = re.escape(surname)  # "commissioner Jo Smith", "Jo Smith was parachuted in as a commissioner"
    titled = re.search(rf"\bcommissioner,?\s+(?:[A-Z][\w’'-]+\s+)?{name}\b"
                       rf"|\b{name}\b[^.;]{{0,80}}?\bas\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,2}}?commissioner\b", article.text)
    return m if titled or any(said.person.split()[-1] == surname and "commissioner" in said.role.lower()
                              for said in article_people(article).mentions) else None


_LIST_HEAD = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|for|at|to|on|against|of)\s+"
                        r"(?:(?:improve|run|oversee|review|take\s+over|the|neighbouring)\s+)?", re.I)
_LIST_TAIL = re.compile(_COUNCIL_WORD + r"\s+(?:(?:have|has|had)\s+)?"
                        r"(?:(?:also|now|already|all|both)\s+)*", re.I)
_LIST_SEP = re.compile(_COUNCIL_WORD + r"(?:,\s*|\s+and\s+|,\s+and\s+)", re.I)


def _listed(sentence: Sentence, pos: int) -> list[str]:
    """The councils named in a list just after `pos` ("in Sunderland, Norfolk and Sandwell")."""
    text, out, end = sentence.article.text, [], None
    for s, e, c in within(sentence.councils, pos, min(sentence.end, pos + 200)):
        if (end is None and _LIST_HEAD.fullmatch(text, pos, s)) or (end is not None and _LIST_SEP.fullmatch(text, end, s)):
            out.append(c)
            end = e
        else:
            break
    return out


def _listed_before(sentence: Sentence, pos: int) -> list[str]:
    """The councils listed just before `pos` ("Slough, Doncaster and Sandwell have also lost ...")."""
    text, out, start = sentence.article.text, [], None
    for s, e, c in reversed(within(sentence.councils, max(sentence.start, pos - 300), pos)):
        if (start is None and _LIST_TAIL.fullmatch(text, e, pos)) or (start is not None and _LIST_SEP.fullmatch(text, e, start)):
            out.insert(0, c)
            start = s
        else:
            break
    return out


def _issued_then(sentence: Sentence, m: re.Match) -> bool:
    """Whether the words name an intervention's issue and its date ("lifted the notice imposed on Kent in 2016"): that
    it was issued then is stated, whatever is done to it now."""
    return bool(_ISSUED_WORD.search(m.group())) and any(d.start >= m.end() for d in clause_dates(sentence, m.start()))


def _interventions(sentence: Sentence, found: bool, folded: str) -> list[tuple[str, dict]]:
    """Other DfE interventions: an improvement notice, a commissioner appointed or brought in ("commissioners
    appointed in A, B and C": one each), councils that lost control of their services (one each), a council that
    came under government intervention."""
    text, rows = sentence.article.text, []
    if not any(word in folded for word in ("notice", "commissioner", "control", "interven", "strip", "from", "special",
                                        "taken over", "took over", "troubleshoot", "trust", "company")):
        return rows
    for rule, pattern in (("improvement-notice", _NOTICE), ("commissioner-brought-in", _COMMISSIONER_IN),
                          ("lost-control", _LOST_CONTROL), ("intervention", _INTERVENTION),
                          ("control-removed", _CONTROL_REMOVED), ("trust-ordered", _TRUST)):
        m = may_match(pattern, folded) and pattern.search(text, sentence.start, sentence.end)
        if m and rule == "trust-ordered" and not (_GOVERNMENT.search(text, sentence.start, sentence.end)
                                                  or _ORDER_GIVEN.search(text, sentence.start, m.start())):
            continue  # a council that chose to set up a trust
        if m and rule == "improvement-notice" and _ends_here(sentence, m):
            continue  # "the improvement notice issued to Kent was lifted in May": `_ended` reads it
        if m and rule == "commissioner-brought-in" and _OTHER_COMMISSIONER.search(text, max(sentence.start, m.start() - 30), m.end()):
            continue
        if not m or _NOT_DONE.search(text, max(sentence.start, m.start() - 40), m.start()) and not _issued_then(sentence, m) \
                and not _ANNOUNCED_WOULD.search(text, max(sentence.start, m.start() - 100), m.start()):
            continue
        own = date_after(sentence, m.end(), _OWN_DATE)  # a date right after the words: "placed in special measures in July"
        if found and rule == "commissioner-brought-in" and not own:
            continue  # "directed Kent to appoint a commissioner": the direction's content, not another step
        a, b = sentence.clause(m.start())
        if rule == "lost-control":  # the councils listed as the verb's subject, and those it ranks after
            ranked = [c for _, _, c in _ranked_after(sentence, m.start(), m.end())]
            councils = (_listed_before(sentence, m.start()) or ranked and [subject_council(sentence, m.start())]) + ranked
        elif rule == "control-removed":  # the council stripped, or the one named after "from"
            councils = [c for _, _, c in within(sentence.councils, m.start(), m.end())][:1]
        else:  # "in A, B and C", "for A", "to improve A's services"
            councils = _listed(sentence, m.end()) if rule in ("commissioner-brought-in", "improvement-notice") else []
        councils = list(dict.fromkeys(councils)) or [subject_council(sentence, m.start())]
        dates = [own] if own else [d for d in clause_dates(sentence, m.start()) if not sentence.introduced(d.start)
                                   and not _FUTURE.search(text, m.end(), d.start)] or [  # not "... and will run it from May"
            d for d in [sentence.fronted_date(a)] if d]
        if not dates and "led" in m.re.groupindex and m["led"]:  # dated as what led to it ("rated inadequate a year ago, prompting ...")
            dates = within(sentence.dates, sentence.start, a)[-1:]
        elif not dates and rule == "trust-ordered":  # dated as the order ("a direction in May 2014 ..., requiring ... a trust")
            dates = within(sentence.dates, sentence.start, m.start())[-1:]
        if sentence.unasserted(m.start(), m.end()) or rule in ("lost-control", "control-removed") \
                and _POSSIBLE.search(text, max(sentence.start, m.start() - 120), m.start()) \
                or rule == "trust-ordered" and _PROPOSED.search(text, sentence.start, m.start()):
            continue
        when = dates[0].interval if dates \
            else sentence.before_publication() if _COMMISSIONER_PARTICIPLE.match(m.group()) or _STEPPED_IN.search(m.group()) \
            or _APPOINTMENT.match(m.group()) and not _FUTURE.search(text, a, b) \
            else sentence.by_tense(m.start(), m.end()) if _PAST_AUX.search(m.group()) else sentence.by_tense(a, m.end())
        if _IN_FORCE.match(m.group()) or "held" in m.re.groupindex and m["held"] or _UNDER.search(text, max(a, m.start() - 40), m.start()):
            # "has been in special measures since 2015", "has been under a notice to improve since 2009": placed then
            since = next((d for d in sentence.dates if m.end() <= d.start < b and sentence.introduced(d.start, m.end())), None)
            when = sentence.since_point(since) if since else dates[0].interval if dates else sentence.before_publication()
        elif not dates and when.precision == "before":  # "After an inspection in July 2017, Kent was placed in ..."
            when = sentence.since(sentence.start, m.start()) or when
        scope = "special measures" if "special" in m.group().lower() else _INTERVENTION_SCOPES[rule]
        rows += [_row(rule, sentence, m.start(), m.end(), c, when, "DfE", "directive", scope=scope) for c in councils]
    return rows


# Words that make a council's loss of its services only possible: "options that could see", "did consider using its powers"
_MAYBE = r"could|might|(?-i:may)|consider\w*|hope[sd]?|hoping|options?|potentially|possibl[ey]"
_POSSIBLE = re.compile(rf"\b(?:{_MAYBE}|would|presumption)\b", re.I)
# ... or a trust only proposed: "recommended that services be moved to a trust", "plans for a trust"
_PROPOSED = re.compile(rf"\b(?:{_MAYBE}|recommend\w*|propos\w*|suggest\w*|consult\w*|plans?|urg(?:e|ed|es|ing)|call(?:s|ed)?\s+for)\b",
                       re.I)
_UNDER = re.compile(r"\b(?:(?:has|have|had)\s+been|remains?|remained|is|are|was|were)\s+(?:still\s+|now\s+)?under\s+"
                    r"(?:an?\s+|the\s+)?(?:formal\s+)?(?:government\s+|DfE\s+)?$", re.I)  # "is under a formal notice to improve"
_IN_FORCE = re.compile(r"(?:has|have|had)\s+been|remain", re.I)  # an intervention held, not one made: "has been in special measures"


# What each kind of intervention is, in `scope` ("statutory direction", "commissioner"): two of one article stay apart.
_INTERVENTION_SCOPES = {"improvement-notice": "improvement notice", "commissioner-brought-in": "commissioner",
                        "lost-control": "services removed from council control",
                        "control-removed": "services removed from council control", "intervention": "government intervention",
                        "trust-ordered": "services removed from council control"}
_DIRECTION_WORDS = re.compile(r"\bdirect(?:ive|ion)s?\b", re.I)
_ORDERED_COMMISSIONER = re.compile(r"\s+(?:that\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?commissioner\b")


def _directive_scope(sentence: Sentence, m: re.Match) -> str:
    """A directive's kind: an improvement adviser appointed, a commissioner imposed or ordered ("ordered that an
    independent commissioner ..."), a direction named, else (an order) unnamed."""
    if m["adviser"] or m["advisers"]:
        return "improvement adviser"
    ordered = sentence.article.text[m.start():sentence.clause(m.end(), breaks=STATEMENT)[1]].lower()
    if "commissioner" in m.group().lower() or _ORDERED_COMMISSIONER.match(ordered, m.end() - m.start()):
        return "commissioner"
    return "statutory direction" if _DIRECTION_WORDS.search(m.group()) else ""


def _directives(sentence: Sentence, low: str) -> list[tuple[str, dict]]:
    """DfE directives: "a directive issued yesterday", "the DfE ordered ...", "one issued previously to X" (`low`:
    sentence.folded)."""
    text, rows = sentence.article.text, []
    if not any(map(low.__contains__, _INTERVENTION_WORDS)):
        return rows
    issued = may_match(_ISSUED_TO, low) and _ISSUED_TO.search(text, sentence.start, sentence.end)
    target = issued and next((c for _, _, c in within(sentence.councils, issued.end(), issued.end() + 1)), None)
    if target:
        rows.append(_row("directive-issued-to", sentence, issued.start(), issued.end(), target, sentence.before_publication(),
                         "DfE", "directive", scope="statutory direction"))
    m = _DIRECTIVE.search(text, sentence.start, sentence.end) \
        if any(map(low.__contains__, _DIRECTIVE_WORDS)) and may_match(_DIRECTIVE, low) else None
    if m and m["bare"] and not _GOVERNMENT.search(text, sentence.start, sentence.end):
        m = None  # "issued a directive to practice managers", "brought new direction": not the government's
    if m and m["served"] and _COURT.search(text, sentence.start, sentence.end):
        m = None  # "the judge issued a direction": a court's
    if m and _ends_here(sentence, m):
        m = None  # "the statutory direction was lifted in March": issued before, as `_ended` reads it
    if m and m["advisers"] and "commissioner" in text[max(sentence.start, m.start() - 40):m.start()].lower():
        m = None  # "a commissioner and expert advisers appointed by the DfE": the commissioner's intervention
    if m and (not _NOT_DONE.search(text, max(sentence.start, m.start() - 40), m.start()) or _ISSUED_AFTER.match(text, m.end())):
        # not "minded to issue a direction", "lifted the direction"; but "revoke the direction which was issued in 2022"
        object_ = next((c for s, _, c in within(sentence.councils, m.start(), m.end() + REACH)
                        if _ORDERED.search(text, max(m.start(), s - 40), s)), None)
        a, b = sentence.clause(m.start())
        ahead = _FUTURE.search(text, m.end(), b)  # "... and the council will report in March": another clause's time
        b = ahead.start() if ahead else b
        dates = [d for d in clause_dates(sentence, m.start()) if m.start() <= d.start < b] or within(sentence.dates, *m.span()) \
            or [d for d in [sentence.fronted_date(m.start())] if d]
        undated = sentence.before_publication() if m["given"] else sentence.by_tense(max(a, m.end() - 60), b)
        rows.append(_row("directive", sentence, m.start(), m.end(), object_ or subject_council(sentence, m.start()),
                         dates[0].interval if dates else undated,  # by the words near the order, not the authority's other verbs
                         "DfE", "directive", scope=_directive_scope(sentence, m)))
    return rows + _interventions(sentence, bool(m), low) + _in_post(sentence, low) + _ended(sentence, low)


# An intervention ended or lasting years: it was made before ("taken out of special measures", "lifting the improvement
# notice", "the direction was revoked", "after four years of government intervention").
_ENDED = re.compile(
    r"\b(?:lift(?:ed|ing|s)?(?:\s+out\s+of)?|taken\s+out\s+of|(?:removed|released)\s+from|end(?:ed|ing|s)?|revok(?:e|ed|es|ing)"
    r"|remov(?:e|ed|es|ing)|withdr(?:aw|aws|awn|awing|ew))\s+"
    r"(?:(?:the|its|their)\s+|(?:(?-i:[A-Z])\w*\s+){0,3}(?-i:[A-Z])\w*['’]s?\s+)?[‘“\"']?(?:(?:government|statutory|formal|DfE)\s+)?"
    r"(?P<what>special\s+measures|direction|improvement\s+notice|notice\s+to\s+improve|intervention)\b"
    r"|\b(?P<what2>direction|improvement\s+notice|notice\s+to\s+improve|intervention)"
    r"(?:\s+(?:on|against|for|imposed\s+on|issued\s+to|served\s+on)\s+[^.;,]{1,50}?)?"  # "the direction on Kent was lifted"
    r"\s+(?:(?:has|had)\s+been\s+|was\s+|is\s+being\s+)?(?:lifted|removed|revoked|ended|withdrawn)\b"
    rf"|\b(?P<n>{NUMBER})\s+years\s+of\s+(?:central\s+)?(?:government|ministerial|DfE)\s+(?P<what3>intervention)\b", re.I)
_ENDED_WORDS = ("lift", "out of", "from", "end", "revok", "years of", "remov", "withdr")
_ENDED_KINDS = ("special", "direction", "notice", "intervention")  # every match names one (its `what`): tested on fold()
_ENDED_SCOPES = {"special": "special measures", "direction": "statutory direction", "improvement": "improvement notice",
                 "notice": "improvement notice", "intervention": "government intervention"}


def _ends_here(sentence: Sentence, m: re.Match) -> bool:
    """Whether the intervention `m` names is the one an ending in the sentence names ("the direction was lifted")."""
    ended = _ENDED.search(sentence.article.text, m.start(), sentence.end)
    return bool(ended and ended.start() < m.end())


def _ended(sentence: Sentence, folded: str) -> list[tuple[str, dict]]:
    """The intervention an ending or a duration names, made before it ended (or the years it lasted) and the publication."""
    m = any(word in folded for word in _ENDED_WORDS) and any(map(folded.__contains__, _ENDED_KINDS)) \
        and _ENDED.search(sentence.article.text, sentence.start, sentence.end)
    if not m:
        return []
    what = (m["what"] or m["what2"] or m["what3"]).lower()
    end = next((d.interval.end for d in clause_dates(sentence, m.start()) if d.interval.end), sentence.article.published.end)
    if m["n"] and end:
        end = end.replace(year=end.year - count_of(m["n"]), day=min(end.day, 28))
    return [_row("intervention-ended", sentence, m.start(), m.end(), subject_council(sentence, m.start()),
                 Interval(None, end, "before") if end else UNKNOWN, "DfE", "directive",
                 scope=next(scope for word, scope in _ENDED_SCOPES.items() if what.startswith(word)))]


# A commissioner or adviser titled as the government's: "the DfE commissioner", "Government improvement adviser Jo Smith"
_GOVERNMENT_TITLE = re.compile(
    r"\b(?:government|DfE|Department\s+(?:for|of)\s+Education)(?:['’]s)?(?:-appointed)?\s+(?:children['’]s\s+services\s+)?"
    r"(?:(?P<c>commissioner)|(?:improvement\s+)?advis[eo]r)\b(?!s)"
    r"|\b(?:government|DfE)['’]s\s+(?P<c2>commissioner)\s+for\s+children['’]s\s+(?:services|social\s+care)\b", re.I)


def _in_post(sentence: Sentence, folded: str) -> list[tuple[str, dict]]:
    """A commissioner or improvement adviser the sentence titles as the government's: one in post, so sent in before
    the publication."""
    text = sentence.article.text
    m = any(word in folded for word in ("government", "education", "dfe")) and ("commissioner" in folded or "advis" in folded) \
        and _GOVERNMENT_TITLE.search(text, sentence.start, sentence.end)  # each of its matches names one of those two
    if not m or sentence.unasserted(m.start(), m.end()):
        return []
    scope = "commissioner" if m["c"] or m["c2"] else "improvement adviser"
    return [_row("government-title", sentence, m.start(), m.end(), subject_council(sentence, m.start()),
                 sentence.before_publication(), "DfE", "directive", scope=scope)]


# ---------------------------------------------------------------- entry point


_ANOTHER = re.compile(r"\b(?:again|previous(?:ly)?|earlier|second|former(?:ly)?)\b", re.I)  # another judgement of that grade


# A grade named by reference to the one before it: "the council, which got the same rating in 2016".
_SAME = re.compile(r"\b(?:got|gets|received|receives|had|was\s+given|were\s+given|achieved|earned|secured)\s+the\s+same\s+"
                   r"(?:overall\s+)?(?:Ofsted\s+)?(?:rating|grade|judge?ment|verdict)\b", re.I)


def _same_grade(sentence: Sentence, rows: list[tuple[str, dict]], verdicts: dict[int, list], low: str) -> list[tuple[str, dict]]:
    """A judgement "the same rating" names: the grade and scope of the last judgement before it (in the sentence, else
    in an earlier one), given to the clause's council, dated by its own date, else before the publication."""
    m = may_match(_SAME, low) and _SAME.search(sentence.article.text, sentence.start, sentence.end)
    if not m:
        return []
    earlier = [row for _, row in rows if row["event"] == "judgement" and row["judgement"] and row["char_start"] < m.start()] \
        or next(([row for _, row in verdicts[start] if row["event"] == "judgement" and row["judgement"]]
                 for start in sorted(verdicts, reverse=True) if start < sentence.start
                 and any(row["judgement"] for _, row in verdicts[start])), [])
    if not earlier:
        return []
    last = earlier[-1]
    when = _tied_date(sentence, m.start(), m.end()) or sentence.before_publication()
    return [_row("grade-same", sentence, m.start(), m.end(), subject_council(sentence, m.start()), when, "Ofsted",
                 "judgement", last["judgement"], last["scope"])]


def _another_grade(row: dict) -> bool:
    """Whether the quote says that the grade is another judgement, before it ("previous inspections, where services
    were judged inadequate") or just after it ("rated inadequate once again")."""
    quote = row["quote"]
    at = quote.lower().find(row["judgement"].lower()[:6])  # "requir" of "require improvement" too
    return bool(_ANOTHER.search(quote, 0, at if at >= 0 else len(quote))
                or at >= 0 and _AGAIN_AFTER.match(quote, at + len(row["judgement"])))


def _given_again(row: dict, judged: list[dict]) -> bool:
    """Whether a standing is the earlier grant of a grade its quote says was given again at a date ("have once again
    been rated inadequate"): like any standing, it restates a judgement of that grade the article dates before it."""
    return any(other is not row and other["char_start"] == row["char_start"] and other["judgement"] == row["judgement"]
               and other["date_end"] > row["date_end"] for other in judged)


_AGAIN_AFTER = re.compile(r"\w*[’'”\"]?\s+(?:(?:once\s+)?again\b|for\s+(?:a|the)\s+(?:second|third|fourth)\s+time\b)", re.I)


def restated(rows: list[tuple[str, dict]], published: Interval) -> list[tuple[str, dict]]:
    """The rows without a judgement that restates another of the article over a wider date interval: the same council,
    grade and scope ("rated inadequate last August" ... "a council rated inadequate last year"; a verdict dated the
    `published` day by its tense restates one from a stated inspection to then), or as a standing
    (dated `before` the publication: "its 'inadequate' services") when the article dates the judgement that gave it (a
    standing the article reports alone stays, for consolidation to attach, contract §2). And without an
    order whose kind is unnamed ("the DfE ordered Kent to improve") when the article names the kind of an intervention
    in the council at a date that may be the same ("issued an improvement notice"), nor a trust ordered to run the
    services when the article states their removal from the council then ("stripped of control"). And without an undated inspection
    of a council whose inspection within the year before the article dates, nor an inspection or visit dated more widely
    than another of the council. And without a count of areas given a grade when the article names a part given it, nor
    a report's ungraded judgement when the article dates the grade (or gives one that may be the report's), nor an
    undated mention of a commissioner's report the article dates. Undated mentions of the last inspection, of an awaited
    one, of an intervention of a named kind, or of one implied (a commissioner's title, an intervention ended) give way
    likewise to the article's dated or stated ones."""
    def key(row: dict) -> tuple:
        return row["council"], row["judgement"], row["scope"]

    def bounds(row: dict) -> tuple[str, str]:  # ISO dates compare as text; an open end reaches any date
        return row["date_start"] or "0000", row["date_end"] or "9999"

    judged = [row for table, row in rows if table == "ratings" and row["event"] == "judgement"]
    day = published.iso()[1] if published.end else None
    # a verdict dated the publication day by its tense alone restates one dated from a stated inspection to then
    by_tense = {id(row) for row in judged if day and row["date_start"] == row["date_end"] == day
                and any(key(other) == key(row) and other["date_start"] and other["date_start"] < day == other["date_end"]
                        for other in judged)}
    wider = by_tense | {id(row) for row in judged if row["date_start"] and not _ANOTHER.search(row["quote"])
                        for other in judged if key(other) == key(row) and bounds(other) != bounds(row)
                        and id(other) not in by_tense
                        and bounds(row)[0] <= bounds(other)[0] and bounds(other)[1] <= bounds(row)[1]}
    # a standing (dated `before`) whose grade the article reports as given at a date: that judgement, restated
    wider |= {id(row) for row in judged if row["judgement"] and not row["date_start"] and row["date_precision"] == "before"
              and not (_another_grade(row) and not _given_again(row, judged))  # "following previous inspections, where ..."
              and any(key(other) == key(row) and other["date_start"] and other["date_end"] <= row["date_end"]
                      for other in judged)}
    # an undated inspection ("rated good following an inspection") when the article dates a recent one of the council,
    # unless its sentence names an earlier year ("came under intervention in 2019 after an inspection found ...")
    inspected = [row for table, row in rows if table == "ratings" and row["event"] == "inspection"]
    wider |= {id(row) for row in inspected if row["rule"] == "ratings.inspection-undated" and row["date_end"]
              and any(other["council"] == row["council"] and other["date_start"] and other["date_end"] <= row["date_end"]
                      and other["date_end"] >= _year_before(row["date_end"])
                      and not any(year < other["date_start"][:4] for year in _YEAR.findall(row["quote"]))
                      for other in inspected)}
    # an inspection or visit dated more widely than another of the council the article dates ("an inspection last year"
    # after "the inspection, in February and March last year"), unless called another ("a previous inspection in 2016")
    visited = [row for table, row in rows if table == "ratings" and row["event"] == "monitoring_visit"]
    wider |= {id(row) for events in (inspected, visited) for row in events if row["date_start"]
              and not _ANOTHER_INSPECTION.search(row["quote"]) and any(
                  other["council"] == row["council"] and other["date_start"] and bounds(other) != bounds(row)
                  and bounds(row)[0] <= bounds(other)[0] and bounds(other)[1] <= bounds(row)[1] for other in events)}
    # the last inspection named without its date when the article dates one of the council over a year before: that one
    wider |= {id(row) for row in inspected if row["rule"] == "ratings.inspection-previous" and any(
        other["council"] == row["council"] and other["date_end"] and other["date_end"] < _year_before(row["date_end"])
        for other in inspected)}
    # an inspection awaited ("preparing for another inspection") when the article says when it is expected
    expected = [row for table, row in rows if table == "ratings" and row["event"] == "inspection_expected"]
    wider |= {id(row) for row in expected if row["rule"] == "ratings.inspection-awaited" and any(
        other["rule"] != row["rule"] and other["council"] == row["council"] and may_overlap(row, other) for other in expected)}
    # a report's judgement without its grade ("an Ofsted report in December found serious failures") when the article
    # gives the council a grade at a date that may be the report's
    wider |= {id(row) for row in judged if not row["judgement"] and row["date_start"] and any(
        other["council"] == row["council"] and other["judgement"] and other["date_start"] and may_overlap(row, other)
        for other in judged)}
    # an Ofsted report named without its grade when the article gives the council a grade, a standing too, that may be
    # the report's ("The Ofsted report, published on Tuesday, ..." in an article on Kent's 'good' rating)
    wider |= {id(row) for row in judged if row["rule"] in _UNGRADED_REPORTS and any(
        other["council"] == row["council"] and other["judgement"] and may_overlap(row, other) for other in judged)}
    # a count of areas given a grade ("graded three areas 'requiring improvement'") when the article names those parts
    parts = [row for row in judged if row["scope"] not in ("overall", "some areas")]
    wider |= {id(row) for row in judged if row["scope"] == "some areas" and any(
        other["council"] == row["council"] and other["judgement"] == row["judgement"] and may_overlap(row, other)
        for other in parts)}
    directed = [row for table, row in rows if table == "ratings" and row["event"] == "directive"]
    named = [row for row in directed if row["scope"]]
    wider |= {id(row) for table, row in rows if table == "ratings" and row["event"] == "directive" and not row["scope"]
              and any(other["council"] == row["council"] and may_overlap(row, other) for other in named)}
    # a trust ordered to run the services when the article states their removal from the council (or the trust, earlier)
    # at a date that may be the same
    wider |= {id(row) for row in named if row["rule"] == "ratings.trust-ordered" and any(
        (other["rule"] != row["rule"] or other["char_start"] < row["char_start"]) and other["council"] == row["council"]
        and other["scope"] == row["scope"] and may_overlap(row, other) for other in named)}
    # an intervention of a named kind, undated ("remains under a notice to improve"), when the article dates its making
    wider |= {id(row) for row in named if not row["date_start"] and row["date_precision"] == "before" and any(
        other["council"] == row["council"] and other["scope"] == row["scope"] and other["date_start"] and other["date_end"]
        and other["date_end"] <= row["date_end"] for other in directed)}
    # an intervention implied by a commissioner's title or by its end, when the article states one of the council (or
    # implies one earlier)
    wider |= {id(row) for row in directed if row["rule"] in IMPLIED_DIRECTIVES and any(
        (other["rule"] not in IMPLIED_DIRECTIVES or other["char_start"] < row["char_start"]) and other["council"] == row["council"]
        and may_overlap(row, other) for other in directed)}
    # a commissioner's report named again without its own date ("In her report to the DfE, Brazil said ...") when the
    # article dates that report
    reports = [row for table, row in rows if table == "ratings" and row["event"] == "commissioner_report"]
    wider |= {id(row) for row in reports if not row["date_start"] and row["date_precision"] == "before" and any(
        other is not row and other["council"] == row["council"] and other["date_start"] and may_overlap(row, other)
        for other in reports)}
    return [(table, row) for table, row in rows if id(row) not in wider]


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_UNGRADED_REPORTS = ("ratings.ofsted-report-dated", "ratings.ofsted-report-lately")
_ANOTHER_INSPECTION = re.compile(r"\b(?:another|previous|earlier|prior|former|first|further|fresh)\s+"
                                 r"(?:[\w-]+\s+){0,2}?(?:re-?)?(?:inspection|visit)|\bvisits\b", re.I)
IMPLIED_DIRECTIVES = ("ratings.government-title", "ratings.intervention-ended")  # directives known only to have been made before


def _year_before(iso: str) -> str:
    """The ISO date a year (365 days) before an ISO date."""
    return (date.fromisoformat(iso) - timedelta(days=365)).isoformat()


def extract(sentence: Sentence) -> list[tuple[str, dict]]:
    """ratings.csv rows for the judgements, inspections, visits, reports and directives a sentence states."""
    rows = _table(sentence) if sentence.start == sentence.article.body_start else []
    rows += _table_column(sentence) if "rating" in sentence.folded else []
    reports, now_graded, verdicts, reported = _article_reports(sentence.article)
    if sentence.start in verdicts:  # the sentence may name a grade: its verdicts were read with the article's
        low = sentence.folded
        report = _commissioner_report(sentence, low)
        rows += [(table, dict(row)) for table, row in verdicts[sentence.start]] if report is None \
            else _verdicts(sentence, report)
        if report and not any(row["event"] == "commissioner_report" for _, row in rows):
            rows.append(_row("commissioner-report", sentence, report[0], report[1], subject_council(sentence, report[0]), report[2],
                             "DfE" if _DFE_REVIEW.match(sentence.article.text, report[0]) else "commissioner",
                             "commissioner_report"))
        graded = {row["council"] for _, row in rows if row["event"] == "judgement" and row["judgement"]}
        for _, row in rows:  # "X has been rated inadequate. ... The report, published last month, ...": then
            if row["council"] in reports and _at_publication(sentence, row) and row["event"] == "judgement":
                row.update(reports[row["council"]])
        said = reported[sentence.start] if sentence.start in reported else _reports(sentence, low)
        rows += [(t, dict(row)) for t, row in said  # a report whose grade the sentence names is that grade's row
                 if row["event"] != "judgement" or row["judgement"]
                 or (row["council"] not in graded and not (row["council"] in now_graded and row["council"] in reports))]
        rows += _inspections(sentence, low) + _directives(sentence, low)
        _date_by_cause(sentence, rows)
        rows += _same_grade(sentence, rows, verdicts, low)
        rows += _inspected_together(rows)
    return unique(rows)


def _date_by_cause(sentence: Sentence, rows: list[tuple[str, dict]]) -> None:
    """An intervention the sentence's grade led to ("was rated inadequate, triggering government intervention"), dated
    by its tense alone, takes the date of that judgement."""
    led = "interven" in sentence.folded and _INTERVENTION.search(sentence.article.text, sentence.start, sentence.end)
    graded = [row for _, row in rows if row["event"] == "judgement" and row["judgement"]] if led and led["led"] else []
    for _, row in rows if graded else ():
        if row["rule"] == "ratings.intervention" and row["council"] == graded[-1]["council"] and _at_publication(sentence, row):
            row.update({field: graded[-1][field] for field in _DATE_FIELDS})


def _inspected_together(rows: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """The sentence's inspection for each other council of a list its one grade is given to ("Halton and Hull were
    given a 'requires improvement' grading after being inspected in November")."""
    judged = [row for _, row in rows if row["event"] == "judgement" and row["judgement"]]
    councils = list(dict.fromkeys(row["council"] for row in judged))
    if len(councils) < 2 or len({(row["judgement"], *(row[f] for f in _DATE_FIELDS)) for row in judged}) > 1:
        return []
    return [(table, dict(row, council=council)) for table, row in rows
            if row["event"] == "inspection" and row["council"] in councils
            for council in councils if council != row["council"]]


_DATE_FIELDS = ("date_start", "date_end", "date_precision")


def _may_grade(sentence: Sentence, low: str) -> bool:
    """The cheap prefilter: a rating word, "Good" capitalised as a grade or beside a report or verdict, or a named
    commissioner's report, in a sentence not about councils in general."""
    text = sentence.article.text
    return bool(any(map(low.__contains__, _TRIGGER_WORDS)) or _TRIGGER.search(low, low)
                or "good" in low and ("report" in low or "verdict" in low or _GOOD.search(text, sentence.start, sentence.end))
                or ("report" in low or "recommendations" in low)
                and _report_of_named_commissioner(sentence, sentence.folded)) \
        and not about_councils_in_general(sentence)


def _at_publication(sentence: Sentence, row: dict) -> bool:
    """Whether a row is dated by the tense at the publication (a present verdict), not by a date of its own."""
    return tuple(row[f] for f in _DATE_FIELDS) == (*sentence.article.published.iso(), sentence.article.published.precision)


# A sentence that lists what the sentence before graded: "... judged 'good' overall. This included the impact of
# leaders ..., the experiences and progress of children in care ...", "Four councils were found inadequate. Those
# councils were Kent, Leeds, ..."
_LIST_FOLLOWS = re.compile(r"\W*(?:This|These|Those|They)\s+(?:(?:councils|authorities|areas|judge?ments|grades)\s+)?"
                           r"(?:includ(?:es|ed)|were|are)\b:?", re.I)


def _graded_in_next(prev: Sentence, sentence: Sentence, by_start: dict[int, list]) -> list[tuple[str, dict]]:
    """Rows for the parts (of the one council graded) or the councils (of a counted grade) `sentence` lists, when the
    sentence before it gives one grade; else []."""
    spans = [(start, g0, g1, kind) for start, g0, g1, kind in _verdict_spans(prev) if kind != "old-scale"]
    grades = {_canonical(prev.article.text[g0:g1]) for _, g0, g1, _ in spans}
    moods = [_mood(prev, start, g1, kind) for start, _, g1, kind in spans]
    if len(grades) != 1 or {g.value for g in prev.spans_of("GRADE")} - grades \
            or any(mood in ("denied", "hoped", "old") for mood in moods):
        return []
    judgement, (start, g0, g1, _) = grades.pop(), spans[-1]
    rows = [row for _, row in by_start.get(prev.start, []) if row["judgement"] == judgement]
    parts = _listed_parts(sentence.article.text, sentence.start, sentence.end)
    if parts and len({row["council"] for row in rows}) == 1:
        return [_row("grade-listed-after", sentence, sentence.start, sentence.end, rows[0]["council"],
                     Interval.of_row(rows[0]), "Ofsted", "judgement", judgement, scope) for scope in parts]
    councils = _chain(sentence, sentence.councils)
    if rows or len(councils) < 2 or not _many_councils(prev, start):
        return []
    when = _verdict_date(prev, g0, g1, moods[-1])
    return [_row("grade-listed-after", sentence, sentence.start, sentence.end, council, when, "Ofsted", "judgement",
                 judgement, "overall") for council in dict.fromkeys(c for _, _, c in councils)]


# An inspectorate's report published, or to be, on a day the sentence names: "Tomorrow, Ofsted will publish the outcome
# of the inspection of services in Kent", "A report published yesterday said Leeds ..."
_PUBLISHES = re.compile(r"\b(?:(?:Ofsted|inspectors|the\s+(?:inspectorate|watchdog))\s+(?:will\s+|has\s+|have\s+|is\s+(?:due\s+)?to\s+)?"
                        r"publish(?:es|ed)?\s+(?:its|the|their)\s+(?:[\w-]+\s+)?(?:report|outcome|findings|verdict)"
                        r"|(?:an?|the|its)\s+(?:Ofsted\s+|inspection\s+)?report\s+(?:was\s+|being\s+)?published)\b", re.I)
_ON = re.compile(r"\s+(?:on\s+)?")
_RECENT = timedelta(days=62)  # a present verdict ("has been rated") is the grade of a report published this near


def _report_published(sentence: Sentence) -> tuple[str, tuple[str, str, str]] | None:
    """(council, date fields) of a report the sentence says is published within weeks of the article, else None (also
    for a monitoring visit's report, which gives no grade)."""
    text, published = sentence.article.text, sentence.article.published
    m = not any(word in sentence.folded for word in ("visit", "monitoring")) and _PUBLISHES.search(text, sentence.start, sentence.end)
    when = m and (sentence.fronted_date(m.start()) or date_after(sentence, m.end(), _ON))
    if not (when and when.interval.start and when.interval.end and published.start and published.end
            and published.start - _RECENT <= when.interval.start and when.interval.end <= published.end + _RECENT):
        return None
    named = [c for s, _, c in sentence.councils if s >= m.end()]
    council = named[0] if named else subject_council(sentence, m.start())
    return council, (*when.interval.iso(), when.interval.precision)


@lru_cache(maxsize=16)
def _article_reports(article: Article) -> tuple[dict[str, dict], set[str], dict[int, list], dict[int, list]]:
    """The article's dated Ofsted reports whose grade their sentence does not name ({council: date fields}, councils
    with one date only), and the councils given a present verdict somewhere in it: a present verdict ("has been rated
    inadequate") is the grade of the report the article dates elsewhere ("the report, published last month"); and each
    sentence's verdicts and, where read here, its `_reports` rows (by its start), found once."""
    from . import sentences  # the package imports this module
    dated, now, by_start, reported, before = {}, set(), {}, {}, None
    for s in sentences(article):
        low, prev, before = s.text.lower(), before, s
        if prev and _LIST_FOLLOWS.match(s.article.text, s.start) and (listed := _graded_in_next(prev, s, by_start)):
            by_start[s.start] = listed
            continue
        if "publish" in low and (published := _report_published(s)):
            dated.setdefault(published[0], set()).add(published[1])
        if not _may_grade(s, low):
            continue
        verdicts = by_start[s.start] = _verdicts(s, None)
        now |= {row["council"] for _, row in verdicts if row["judgement"] and _at_publication(s, row)}
        if "report" in low:
            graded = {row["council"] for _, row in verdicts if row["judgement"]}
            reported[s.start] = _reports(s, s.folded)
            for _, row in reported[s.start]:
                if row["rule"] == "ratings.ofsted-report-dated" and row["council"] not in graded:
                    dated.setdefault(row["council"], set()).add(tuple(row[f] for f in _DATE_FIELDS))
    reports = {c: dict(zip(_DATE_FIELDS, next(iter(d)))) for c, d in dated.items() if len(d) == 1}
    return reports, now, by_start, reported

