"""Other dated milestones (events.csv): commissioners appointed, improvement boards and plans,
improvement partners, peer support directed, special measures, deadlines.

Each rule is how English reports such a step ("was appointed as a commissioner", "set up an
improvement board", "placed in special measures", "by the end of <date>"); the description is
the text's own words for it, lower-cased where it names a kind of body so that restatements
in one article stay one fact.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..corpus import Article
from ..dates import MONTH_NAMES
from ..intervals import UNKNOWN, Interval
from ..literals import Alternatives, trie
from .ratings import (EDUCATION, IMPLIED_DIRECTIVES, REACH, about_councils_in_general, date_after, inspectorate_report,
                      quote_span, subject_council, within)
from .sentence import Sentence, may_overlap, unique

_QUOTING = re.compile(r"[“”\"]")  # a double quotation mark: the sentence quotes someone's words
# Words of which a sentence (white space made single spaces) holds one for a rule of _RULES to be tried
_TRIGGERS = ("commissioner", "improvement", "action plan", "special measures", "ordered", "directed", "required",
             "instructed")
_CREATE = (r"(?:set\s+up|establish(?:ed|es|ing|ment\s+of)?|creat(?:e|ed|es|ing|ion\s+of)|formed|launch(?:ed|es|ing)?"
           r"|convened|develop(?:ed|s|ing)?|dr[ae]wn?\s+up|drew\s+up|agreed|publish(?:ed|es|ing)?|produced?|put\s+in\s+place"
           r"|approved|signed\s+off|endorsed|unveiled)")
_CREATED = rf"(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being|will\s+be|is\s+to\s+be)\s+{_CREATE}"
_COMMISSIONER = r"(?P<d>(?:an?\s+|the\s+)?(?:new\s+)?(?:independent\s+)?(?:children['’]s\s+services\s+)?commissioner\b(?:\s+to\s+\w+\s+[\w’'-]+)?)"
# (event type, how the text states it, the kind of body it names: lower-cased as the description;
# None: the matched words `d` are the description).
_RULES = [(kind, Alternatives(re.compile(pattern, re.I)), noun and re.compile(noun, re.I)) for kind, pattern, noun in (
    ("commissioner_appointed", rf"\b(?:appointed|named|installed|impos(?:e|ed|es|ing)|send|sending)\s+(?:as\s+)?{_COMMISSIONER}",
     None),
    ("commissioner_appointed", rf"{_COMMISSIONER}\s+(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|is\s+to\s+be|is\s+being"
                               rf"|would\s+be)\s+(?:appointed|named|installed)\b", None),
    ("commissioner_appointed", rf"\b(?:appointed|named|installed)\s+(?-i:[A-Z][\w’'-]+\s+){{1,3}}as\s+{_COMMISSIONER}", None),
    ("improvement_board",
     rf"\b{_CREATE}\s+[^.;]{{0,40}}?\bimprovement\s+board\b|\bimprovement\s+board\b[^.;]{{0,80}}?\b{_CREATED}\b",
     r"improvement\s+board"),
    ("improvement_board", r"\b(?:(?:independent\s+)?chair(?:man|woman|person)?\s+of\s+(?:the|its|their|[\w’'-]+['’]s)\s+"
                          r"|independent(?:ly)?[\s-]chaired\s+)(?:children['’]s\s+(?:services\s+)?)?(?P<d>improvement\s+board)\b",
     None),
    ("improvement_plan",
     rf"\b(?:{_CREATE}|undertak\w+)\s+[“\"‘']?(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?!(?:but|no|not|nor|yet)\b)[\w-]+\s+){{0,3}}?"
     rf"(?:improvement|action)(?:\s+and\s+[\w-]+)?\s+plans?\b"
     rf"|\b(?:improvement|action)(?:\s+and\s+[\w-]+)?\s+plans?(?:\s+(?:for|of)\s+[\w’'-]+(?:\s+(?:County|City|Borough)?\s*Council)?)?"
     rf"\s+{_CREATED}\b",
     r"(?:improvement|action)(?:\s+and\s+[\w-]+)?\s+plans?"),
    ("improvement_partner",
     r"\b(?:commissioned|appointed|engaged|brought\s+in)\s+(?P<d>[^,;.]{1,60}?\s+(?:as\s+(?:an?\s+|its\s+|their\s+)?"
     r"(?:independent\s+)?improvement\s+partner|to\s+provide\s+improvement\s+support))", None),
    ("peer_support",
     r"\b(?:ordered|directed|required|instructed)\b[^.;]{0,80}?\b(?P<d>(?:[\w-]+\s+){0,2}?"
     r"(?:managers|officials|staff|social\s+workers|leaders)\s+from\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|of|upon)\s+){1,5}?to\s+"
     r"(?:oversee|support|help|run|manage))", None),
    ("special_measures", r"\b(?:placed|put|went|gone|go|goes|going|fell|plunged|been|remain(?:s|ed|ing)?)\s+(?:in|into|under)\s+"
                         r"special\s+measures\b",
     r"special\s+measures"),
)]
_DFE = re.compile(r"\b(?:DfE|Department\s+for\s+Education|Secretary\s+of\s+State|(?:education\s+)?minister|directive"
                  r"|direction)\b", re.I)
_TIED = re.compile(r"[^,;.]{0,60}?\s(?:(?:in|on|during|from|at|of|over)\s+)?(?:the\s+)?", re.I)
_OPENER = re.compile(r"(?:After|Following)\b[^,;.]{0,80},", re.I)
_DEADLINE = re.compile(r"\b(?P<d>(?:submit|deliver|complete|produce|publish|provide|present|send|agree|implement)\w*\b[^,;.]{0,80}?)"
                       r"\s+$", re.I)
_BODY = r"(?:council|cabinet|committee|scrutiny)"
_DAYS = (r"(?:last|this|next)\s+week['’]s|yesterday['’]s|today['’]s"
         r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s")  # "at last week’s meeting"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = rf"(?:{'|'.join(MONTH_NAMES)})"
_ON_DAY = rf"(?:on\s+(?:{_WEEKDAY}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})|next\s+(?:week|month|{_WEEKDAY}))"
_CONTENT = r"(?!(?:and|or|at|an?|the|of|in|on|to|by|for|with|its|their|this|that|is|was|will|be)\b)[\w’'-]+"
# What is reported only as taking place, starting or ending (rule `happened`): meetings, hearings, reviews, schemes, contracts
_HAPPENING_NOUN = (r"(?:meeting|hearing|interviews?|consultation|review|inquiry|investigation|programme|scheme|pilot|project"
                   r"|initiative|campaign|trial|partnership|contract|agreement|arrangements|conference|vote|ballot|strike)")
# Other milestones a careful reader marks: meetings that decide, intervention, apologies, launches, plans sent or
# implemented, trusts, commissioners brought in, improvement notices, peer reviews, partnerships, progress reviews,
# strategies adopted, recruitment of a replacement, whistleblowing. (event type, pattern with
# the described words as group `d`). Each is dated by a date in its clause, else by its tense.
_MILESTONES = [(kind, Alternatives(re.compile(pattern, re.I))) for kind, pattern in (
    ("intervention_ended",
     r"\b(?:lift(?:ed|s|ing)?|remov(?:ed|es|ing)|revok(?:ed|es|ing)|withdr(?:ew|awn)|rescind(?:ed|s|ing)?)\s+"
     r"(?:the\s+|its\s+|an?\s+|[\w-]+['’]s\s+)?(?P<d>(?:statutory\s+)?(?:improvement\s+notice|direction|directive|(?:government\s+)?intervention"
     r"|special\s+measures))\b"
     # "the improvement notice issued in 2014 after the inspection had been formally removed"
     r"|\b(?P<d2>improvement\s+notice|(?:statutory\s+)?direction|directive|(?:government\s+)?intervention)"
     r"(?:\s+(?:issued|imposed|handed|served|set\s+up|placed|given|made)\b[^.;]{0,150}?)?\s+"
     r"(?:was|has\s+been|had\s+been|will\s+be|is\s+to\s+be|were)\s+(?:formally\s+|finally\s+)?"
     r"(?:lifted|removed|revoked|withdrawn|rescinded|ended)\b"
     r"|\b(?:came|come|comes|coming|taken|released|emerged?|emerging|brought)\s+out\s+of\s+"
     r"(?P<d3>special\s+measures|(?:government\s+)?intervention)\b"
     r"|\b(?:removed|released|freed)\s+from\s+(?P<d4>(?:government\s+)?intervention|special\s+measures)\b"
     # "the government was ending its intervention", "returning all powers to the authority", "powers were returned"
     r"|\b(?:end|ended|ending|ends)\s+(?:its|the|their)\s+(?P<d5>(?:formal\s+|government\s+)?intervention)\b"
     r"|\b(?P<d6>(?:return(?:ed|ing|s)?|hand(?:ed|ing|s)?\s+back)\s+(?:all\s+)?(?:of\s+)?(?:its\s+|the\s+|their\s+)?"
     r"(?:remaining\s+)?(?:[\w-]+\s+)?powers)\b|\b(?P<d7>(?:[\w-]+\s+)?powers)\s+(?:[\w’'-]+\s+){0,4}?"
     r"(?:were|was|have\s+been|had\s+been|will\s+be)\s+(?:returned|handed\s+back)\b"),
    ("meeting",
     rf"\b(?P<d>(?:(?:full|next|special|extraordinary)\s+)?(?:{_CONTENT}\s+){{0,3}}?{_BODY}(?:\s+committee)?\s+meeting)\b"
     rf"|\b(?P<d2>meeting\s+of\s+(?:the\s+)?(?:(?:full|county|city|borough|district)\s+council\b(?![’']s)"
     rf"|(?:[\w’'-]+\s+){{0,5}}?(?:cabinet(?:\s+member)?|committee|board|panel)))\b"
     rf"|\b(?:discussed|considered|endorsed|approved|rubber-stamped|scrutinised|debated|agreed|voted\s+through|chosen"
     rf"|selected)\s+(?:unanimously\s+)?by\s+"
     rf"(?:the\s+)?(?:[\w-]+\s+)?(?:[\w-]+['’]s\s+)?"  # "voted through by Kent Council's cabinet"
     rf"(?P<d3>full\s+council|cabinet(?:\s+members)?|councillors|(?:{_CONTENT}\s+){{0,4}}?(?:committee|scrutiny|panel))\b"
     rf"|\b(?:go(?:es)?|went|going|come(?:s)?|came|put|presented|reported|taken|brought|appear(?:s|ed|ing)?"
     rf"|recommend(?:s|ed)?)\s+(?:back\s+)?"
     rf"(?:before|to)\s+(?:the\s+)?(?:council['’]s\s+)?(?P<d4>full\s+council|cabinet|(?:[\w’'-]+\s+){{0,6}}?"
     rf"(?:committee|scrutiny(?:\s+(?:panel|board|commission))?|panel|board))\b"
     # one top-level alternative each, so that each is tried only where its own words are (not at every "meeting")
     rf"|\b(?P<d5>(?:{_CONTENT}\s+){{0,3}}?(?:panel|board|select\s+committee)\s+meeting)\b"
     rf"|\b(?P<d17>(?:emergency|special|extraordinary|crisis|public|budget)\s+meeting)\b"
     rf"|\b(?P<d18>(?:{_CONTENT}\s+){{0,3}}?(?:committee|panel)\s+hearing)\b|\b(?P<d19>budget\s+debate)\b"
     rf"|\b(?P<d7>(?:the\s+)?(?:cabinet|full\s+council|(?:[\w’'-]+\s+){{0,3}}?committee))\s+(?:will\s+|is\s+to\s+|is\s+due\s+to\s+)?"
     rf"(?:meets?|met)\b(?!\s+(?:the|its|their|targets?|standards?|needs?)\b)"
     rf"|\b(?P<d8>scrutiny\s+(?:committee|panel|board|commission))\b"
     rf"|\breport\s+(?:to|for|before)\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?(?P<d9>cabinet|full\s+council|(?:[\w’'-]+\s+){{0,4}}?"
     rf"(?:committee|panel|board))\b"
     rf"|\b(?P<d10>councillors|council\s+members|(?:[\w’'-]+\s+){{0,3}}?(?:committee|panel|cabinet)(?:\s+members)?)\s+"
     rf"(?:were|was|have\s+been|had\s+been|will\s+(?:[\w-]+\s+){{0,2}}?be)\s+(?:told|updated|briefed|warned|informed|given|shown)\b"
     rf"|\b(?P<d11>(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:committee|panel|meeting|cabinet))\s+(?:heard|was\s+told|were\s+told|discussed|considered)\b"
     rf"|\bat\s+(?:a|the|{_DAYS})\s+(?P<d12>(?:[\w’'-]+\s+){{0,2}}?meeting)\b"
     rf"|\b(?:at|during|in|held|gave|called)\s+(?:an?\s+|the\s+|{_DAYS}\s+)?(?P<d16>press\s+(?:conference|briefing))\b"
     # "told this week’s cabinet", "an appointments panel, which met last Friday"
     rf"|\btold\s+(?:{_DAYS})\s+(?P<d14>cabinet|full\s+council|(?:[\w’'-]+\s+){{0,2}}?(?:meeting|committee|panel))\b(?!\s+of\b)"
     rf"|\b(?P<d15>(?:[\w’'-]+\s+){{0,3}}?(?:committee|panel|board|cabinet)),\s+which\s+(?:met|meets)\b"
     rf"|\b(?:appear\w*|gave|give|giving)\s+(?:evidence\s+)?(?:before|to)\s+(?P<d6>MPs|(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?"
     rf"select\s+committee)"
     rf"|\b(?P<d13>(?:the\s+)?(?:cabinet|full\s+council|(?:[\w’'-]+\s+){{0,3}}?committee)(?:\s+members)?)\s+(?:will|(?:is|are)\s+"
     rf"(?:due|set|expected)\s+to)\s+(?:discuss|consider|debate|decide\s+on|vote\s+on|approve)\b"
     # "the children and young people scrutiny committee on September 28", "the cabinet next Tuesday"
     rf"|\b(?P<d20>(?:{_CONTENT}\s+){{0,4}}?(?:committee|cabinet|full\s+council|panel|scrutiny\s+board))\s+{_ON_DAY}\b"),
    ("government_intervention",
     r"\b(?:came|come|comes|coming|placed|put|was|were|been|remain(?:s|ed)?|is|are|went|go|going)\s+(?:under|into|in)\s+"
     r"(?P<d>(?:government\s+|formal\s+|statutory\s+)?intervention)\b"
     r"|\bsubject\s+to\s+(?P<d9>(?:government|ministerial|DfE)\s+intervention)\b|\b(?P<d2>period\s+of\s+(?:government\s+|formal\s+)?"
     r"intervention)\b"
     r"|\b(?P<d3>stripped\s+of\s+(?:its\s+|the\s+)?(?:control|responsibility|powers)|removed\s+from\s+(?:the\s+council['’]s\s+)?"
     r"control|taken\s+out\s+of\s+(?:the\s+council['’]s\s+|its\s+)?(?:hands|control))\b"
     r"|\b(?:government|ministers?|DfE|Department\s+for\s+Education|Secretary\s+of\s+State|Whitehall)\s+(?:has\s+|have\s+|had\s+)?"
     r"(?P<d4>intervened|stepped\s+in)\b"
     r"|\b(?:triggering|triggered|prompting|prompted|led\s+to|leading\s+to|sparked|sparking)\s+(?:a\s+|the\s+)?"
     r"(?:(?-i:[a-z-]+)\s+(?=(?:government|ministerial)\s))?(?P<d5>(?:government\s+|ministerial\s+)?(?:intervention|takeover))\b"
     r"|\b(?:face|faces|facing|faced)\s+(?:an?\s+|the\s+(?:prospect|threat)\s+of\s+(?:a\s+)?)?(?:(?-i:[a-z-]+)\s+(?=government\s))?"
     r"(?P<d6>(?:government\s+)?(?:takeover|intervention)"
     r"|being\s+stripped)\b"
     r"|\b(?P<d8>(?:government\s+)?intervention)(?:\s+in\s+[\w’'-]+)?\s+(?:has|had|was|were|is|will)\s+(?:now\s+)?(?:been\s+)?(?:\w+ly\s+)?"
     r"(?:triggered|prompted)\b"
     # "the council was forced by the Department for Education to provide its services differently"
     r"|\b(?P<d10>(?:forced|required|ordered|instructed)\s+by\s+(?:the\s+)?(?:government|ministers?|DfE"
     r"|Department\s+for\s+Education|(?:education\s+)?secretary(?:\s+of\s+state)?))\s+to\b"
     r"|\b(?:placed|put|brought)\s+under\s+(?:the\s+)?(?P<d7>(?:supervision|oversight|control)\s+of\s+(?:the\s+|an?\s+)?(?:government\s+)?(?:government|DfE"
     r"|Department\s+for\s+Education|(?:education\s+)?secretary|minister|commissioner))\b"),
    ("apology", r"\b(?P<d>apologi[sz](?:ed|es|e|ing)|(?:issu|offer|giv|mak)(?:e|es|ed|ing)\s+(?:[\w-]+\s+)?apologies"
                r"|(?:made|gave|given)\s+(?:[\w-]+\s+)?apologies|apologies\s+(?:were\s+|have\s+been\s+)?(?:made|issued|offered))\b"
                r"|\b(?:we\s+are|we['’]re|I\s+am|I['’]m)\s+(?:very\s+|deeply\s+|truly\s+|so\s+)?(?P<d2>sorry)\b"),
    ("launch",
     rf"\b(?:launched|unveiled|introduced|opened|rolled\s+out|set\s+up|established|adopt(?:ed|s)?)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?P<d>(?:(?:£[\d.]+m|{_CONTENT})\s+){{0,5}}?"
     r"(?:hub|programme|academy|scheme|initiative|project|centre|unit|fund|front\s+door|campaign|drive|model|framework"
     r"|children['’]s\s+home))\b"
     rf"|\b(?:creation|introduction|launch|establishment|setting\s+up|opening)\s+of\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
     rf"(?P<d3>(?:(?:£[\d.]+m|{_CONTENT})\s+){{0,5}}?(?:hub|programme|academy|scheme|initiative|project|centre|unit|fund"
     rf"|front\s+door|service|team|model))\b"
     r"|\b(?P<d2>(?-i:(?:[A-Z][\w’'-]*\s+){1,4})(?:[Hh]ub|[Pp]rogramme|[Aa]cademy|[Cc]entre|[Uu]nit|[Ss]cheme))\s+"
     r"(?:was\s+|has\s+been\s+|were\s+|is\s+|will\s+be\s+)?(?:opened|launched|unveiled|introduced|set\s+up|established)\b"
     # "the Social Work Matters campaign, which kicked off in October"
     rf"|\b(?P<d4>(?:{_CONTENT}\s+){{0,4}}?(?:campaign|programme|scheme|initiative|project|academy|hub)),?\s+which\s+"
     r"(?:kicked\s+off|launched|began|started|opened|was\s+launched|went\s+live)\b"),
    ("improvement_plan",
     r"\b(?:implement(?:s|ed|ing)?|submit(?:s|ted|ting)?|sen[dt]s?|sending|came\s+up\s+with|come\s+up\s+with|drafted)\s+"
     r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?P<d>plan)\b"
     r"|\b(?P<d2>(?:draft|improvement|action|focused|recovery)\s+plan)\b[^.;]{0,60}?\b(?:has\s+been|was|were|been|will\s+be)"
     r"\s+(?:sent|submitted|approved|discussed|implemented)\b"
     # "an improvement plan, drawn up after ...", "the improvement plan, which is currently being developed"
     r"|\b(?P<d3>(?:improvement|action|recovery)\s+plan),\s+(?:which\s+(?:is|was|has\s+been)\s+(?:currently\s+|now\s+)?"
     r"(?:being\s+)?)?(?:drawn\s+up|developed|agreed|produced|prepared)\b"
     # "plans are already being drawn up to improve these services"
     r"|\b(?P<d8>plans)\s+(?:are|were|have\s+been|had\s+been)\s+(?:already\s+|now\s+|currently\s+)?(?:being\s+)?"
     r"(?:drawn\s+up|developed|prepared|put\s+together)\s+to\s+(?:improve|address|tackle|strengthen)\b"
     # "we now have a robust improvement plan in place", "has plans in place to address every area"
     r"|\b(?:has|have|had)\s+(?:now\s+|already\s+|clearly\s+)?(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
     r"(?<!care\s)(?<!protection\s)(?<!safety\s)(?<!pathway\s)(?P<d4>(?:improvement\s+|action\s+)?plans?)\s+in\s+place\b"
     # "the council devised an improvement plan", "to revise its three-year improvement plan", "brought in to oversee an action plan"
     r"|\b(?:devis(?:e|ed|es|ing)|revis(?:e|ed|es|ing)|overs(?:ee|ees|eeing|aw|een)|deliver(?:s|ed|ing)?|includ(?:e|ed|es|ing)"
     r"|implement(?:s|ed|ing)?)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?"
     r"(?P<d5>(?:improvement|action|recovery)\s+plans?)\b"
     # "overseeing a government-backed improvement drive", "had carried out an ambitious transformation programme"
     r"|\b(?:overs(?:ee|ees|eeing|aw|een)|deliver(?:s|ed|ing)?|carr(?:y|ied|ies|ying)\s+out)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
     r"(?:(?!of\b)[\w’'-]+\s+){0,2}?(?P<d7>(?:improvement|transformation|change|recovery)\s+(?:programme|drive))\b"
     # "a substantial change programme agreed by the commissioner"
     r"|\b(?P<d6>(?:improvement|transformation|change|recovery)\s+(?:programme|plan))\s+(?:agreed|approved|endorsed)\s+by\b"),
    ("trust",
     r"\b(?P<d>transfer\w*\s+(?:its\s+|the\s+|their\s+)?(?:children['’]s\s+)?services\s+(?:to|into)\s+(?:an?\s+|the\s+)?"
     r"(?:[\w-]+\s+){0,3}?(?:trust|organisation|company|body))\b|\b(?P<d2>independent\s+(?:children['’]s\s+)?(?:services\s+)?trust)\b"
     r"|\b(?:run|taken\s+over|managed|operated|delivered)\s+by\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:[\w’'-]+\s+){0,3}?"
     r"(?P<d3>(?<!NHS\s)(?<!Foundation\s)(?<!Hospital\s)trust|company)\b"
     r"|\b(?:handed|hand|handing|moved?|moving|transferred|transferring|outsourced|outsourcing)\s+(?:over\s+)?"
     r"(?:[\w’'-]+\s+){0,4}?(?:to|into)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:[\w’'-]+\s+){0,3}?"
     r"(?P<d4>(?<!NHS\s)(?<!Foundation\s)(?<!Hospital\s)trust|company)\b"
     # a named trust, but not as someone's workplace ("director of practice at Kent Children's Trust")
     r"|(?<!\sat\s)(?<!\sfrom\s)\b(?P<d5>(?-i:[A-Z][\w’'-]+\s+(?:[A-Z][\w’'-]+\s+)?Children(?:['’]s)?\s+"
     r"(?:Services\s+|(?:and|&)\s+Families\s+)?Trust))\b"
     # "the trust would be operational by April", "the trust assumed operational responsibility for"
     r"|\b(?P<d10>trust|company)\s+(?:(?:would|will|should)\s+(?:be|become)|became|becomes|is\s+now)\s+(?:fully\s+)?operational\b"
     r"|\b(?P<d11>trust|company)\s+(?:assum(?:ed|es)|t(?:ook|akes)\s+(?:on|over))\s+(?:operational\s+)?responsibility\s+for\b"
     r"|\b(?:set\s+up|create|created|creating|establish(?:ed|ing)?|form(?:ed|ing)?)\s+(?:an?\s+|the\s+)?(?:new\s+)?"
     r"(?:independent\s+)?(?P<d6>children['’]s\s+(?:services\s+)?trust)\b"
     r"|\b(?P<d7>taken\s+over|run)\s+by\s+(?:neighbouring|nearby|another)\b"
     r"|\b(?P<d8>company|trust)\b(?:\s+[\w’'-]+){0,4}?\s+(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+(?:\w+ly\s+)?"
     r"(?:run|take\s+over|deliver|manage|operate|provide)\s+(?:the\s+)?(?:council['’]s\s+|its\s+)?(?:children['’]s\s+)?services\b"
     # "the company which has run children’s services on behalf of the council since 2017"
     r"|\b(?P<d9>company|trust)\s+(?:which|that)\s+(?:has\s+|now\s+)?(?:run|runs|delivers?|delivered|manages?|managed"
     r"|operates?|operated|provides?|provided)\s+(?:the\s+)?(?:council['’]s\s+|its\s+)?(?:children['’]s\s+)?services\b"),
    ("commissioner_appointed",
     r"\b(?P<d>commissioner)s?['’]?\s+(?:(?:will|would|is|are|was|were|has|have|had|to|be|been|now|being|also|then|later"
     r"|first|subsequently|duly)\s+){0,4}"
     r"(?:brought|sent|parachuted)\s+in\b"),
    ("improvement_notice",
     r"\b(?P<d>improvement\s+notice)\b|\b(?:told|ordered|instructed|directed)\s+(?:the\s+)?(?:council|authority|it)\s+"
     r"(?P<d2>to\s+improve)\b|\b(?:told|warned)\s+(?:the\s+)?(?:council|authority|it)\s+(?:that\s+)?(?:it\s+|its\s+services\s+)?"
     r"(?P<d3>(?:must|needs?\s+to|has\s+to)\s+improve)\b"),
    ("peer_review", r"\b(?P<d>peer\s+(?:review|challenge))\b"),
    ("partnership",
     r"\b(?:end|ended|ending|formed|entered|agreed|signed)\s+(?:into\s+|to\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?"
     r"(?:[\w’'-]+\s+){0,2}?(?P<d>partnership)\b"
     r"|\b(?:signed|agreed|reached|struck|entered\s+into)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?"
     r"(?P<d2>agreement|deal)\s+with\b|\b(?P<d3>partners?\s+in\s+practice)\b|\b(?P<d4>partnered|teamed\s+up)\s+with\b"
     r"|\b(?:work(?:s|ed|ing)?|partner(?:s|ed|ing)?)\s+with\s+[^,;.]{1,60}?\s+as\s+(?:its|an?|their)\s+(?:[\w-]+\s+)?"
     r"(?P<d5>improvement\s+partner|partner)\b"
     r"|\b(?:its|their|the|[\w-]+['’]s)\s+(?:[\w-]+\s+)?(?P<d6>partnership)\s+with\s+(?:the\s+)?(?-i:[A-Z])"
     r"|\b(?:its|their|the\s+council['’]s)\s+(?:corporate\s+|sector[- ]led\s+)?(?P<d7>improvement\s+partner)\b"),
    ("progress_review",
     r"\b(?:present|submit|publish|produce)\w*\s+(?:an?\s+|the\s+|its\s+)?(?:initial\s+|first\s+|further\s+)?"
     r"(?P<d>progress\s+report)\b|\b(?P<d2>progress\s+report)\s+(?:is|was|should\s+be|will\s+be)\s+due\b"
     r"|\b(?:will|to)\s+(?:also\s+)?(?P<d3>review\s+(?:the\s+)?(?:council['’]s\s+|its\s+|their\s+)?progress)\b"
     r"|\b(?:pending|following|after|ahead\s+of)\s+(?:a|the)\s+(?P<d4>review\s+of\s+(?:(?:its|the|their)\s+)?(?:improvement\s+)?"
     r"progress)\b"),
    ("strategy",
     r"\b(?P<d>strateg(?:y|ies))\b\s+(?:[\w’'-]+\s+){0,4}?(?:was\s+|were\s+|has\s+been\s+)?(?:adopted|approved|agreed|published"
     r"|launched)\b|\b(?:adopted|approved|agreed|published|launched)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
     r"(?P<d2>(?:[\w’'-]+\s+){0,4}?strategy)\b|\b(?P<d3>(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,6}\s+Strategy))\s+for\s+\d{4}"),
    ("recruitment",
     r"\b(?:process\s+of\s+(?:appointing|recruiting)|(?:hopes?|hoped|hoping|plans?|planning|expects?|expected|aims?)\s+to\s+"
     r"(?:appoint|recruit)|(?:begun|began|begin|begins|started|starts|start)\s+(?:recruiting|the\s+search\s+for))\s+"
     r"(?P<d>(?:an?\s+|its\s+)?(?:new\s+|permanent\s+)?(?:[\w’'-]+\s+){0,3}?"
     r"(?:replacement|DCS|director|chief\s+executive|head|leader)\w*)\b"
     r"|\b(?P<d2>(?:search|hunt)\s+for\s+(?:an?\s+|its\s+)?(?:new\s+|permanent\s+)?(?:[\w’'-]+\s+){0,3}?"
     r"(?:replacement|successor|member\s+of\s+staff|DCS|director|chief\s+executive|head|leader|manager|officer)\w*)\b"
     r"|\b(?:running|launched|launching|launch|began|begun|started|starting|is\s+holding|held|holding)\s+(?:an?\s+|its\s+|the\s+)?"
     r"(?:[\w’'-]+\s+){0,2}?(?P<d3>recruitment\s+(?:drive|campaign|push|exercise))\b"
     # "we're also running a recruitment evening", "a new campaign to hire more social workers"
     r"|\b(?P<d4>recruitment\s+(?:evening|event|day|fair|microsite|website)s?|campaign\s+[“\"‘']?to\s+(?:hire|recruit|attract)"
     r"(?:\s+(?:more\s+|new\s+)?(?:[\w’'-]+\s+){0,2}?(?:social\s+workers|staff|foster\s+carers)))\b"
     # "recruit overseas social workers", "recruiting from abroad", "international recruitment"
     r"|\b(?P<d5>(?:recruit(?:s|ed|ing|ment\s+of)?|hir(?:e|es|ed|ing))\s+(?:more\s+)?(?:social\s+workers\s+)?(?:from\s+)?"
     r"(?:overseas|abroad|international(?:ly)?)|(?:international|overseas)\s+recruitment"
     r"|look(?:s|ed|ing)?\s+(?:abroad|overseas)\s+for)\b"  # "has been looking abroad for experienced social workers"
     # "engaged in a recruitment drive", "a recruitment campaign took place in January"
     r"|\b(?P<d6>recruitment\s+(?:drive|campaign|process)(?:e?s)?)\b"
     # "plans to recruit staff from overseas", "a head-hunting exercise is under way", "after months of searching"
     r"|\b(?P<d7>(?:plans?|planning|proposals?)\s+to\s+(?:recruit|hire)|head-?hunting\s+(?:exercise|process|firm)"
     r"|(?:months|weeks)\s+of\s+searching"
     # "we have been actively working to recruit social workers", "a campaign where we have tried to recruit"
     r"|(?:working|worked|tried|trying|efforts?)\s+(?:hard\s+)?to\s+(?:recruit|hire))\b"),
    ("report_expected",
     r"\b(?:is|are|was|were)\s+(?:due|expected|set)\s+to\s+publish\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+)?(?P<d>report)\b"
     r"|\b(?P<d2>report)(?:\s+(?:on|into|of)\s+[^.;,]{1,60}?)?\s+(?:is|was)\s+(?:due|expected|set)\s+to\s+be\s+published\b"
     # "the report is due later this week", "is due to report back to the minister"
     r"|\b(?P<d3>report)\s+(?:is|was)\s+(?:now\s+)?(?:due|expected)\s+(?:later|next|this|on|in|by|within)\b"
     r"|\b(?:is|are|was|were)\s+(?:due|expected)\s+to\s+(?P<d4>report\s+back)\b"),
    ("whistleblowing", r"\b(?P<d>whistle-?blow(?:ing|ers?)(?:\s+concerns?)?)\b"),
    ("review_commissioned",
     r"\b(?:commissioned|ordered|launched|announced|set\s+up|began|begun|opened)\s+(?:an?\s+|the\s+)?"
     r"(?P<d>(?:independent|external|serious\s+case|urgent|full|formal|public)\s+(?:review|inquiry|investigation)"
     r"|(?:inquiry|investigation))\b"
     # "conducted a review of its services", "doing a root and branch review of the way we work"
     r"|\b(?:commissioned|ordered|launched|announced|set\s+up|began|begun|opened|conducted|carried\s+out|undert(?:ook|aken|akes"
     r"|aking)|doing|completed)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?P<d2>(?:[\w-]+\s+){0,3}?review)"
     r"\s+(?:of|into)\s+(?:the\s+|its\s+|their\s+)?(?:council['’]s\s+)?(?:[\w’'-]+\s+){0,2}?(?:services|department|practice"
     r"|handling|safeguarding|failings|death|deaths|case\s+of|way)\b"
     r"|\b(?P<d3>(?:an?\s+|the\s+)?(?:independent\s+|external\s+|full\s+)?(?:review|inquiry|investigation))"
     r"(?:\s+(?:of|into)\s+[^.;,]{1,60}?)?\s+(?:was|has\s+been|had\s+been)"
     r"\s+(?:carried\s+out|conducted|commissioned|launched|ordered)\b(?!\s+under\s+section)"  # not an inspection's statutory review
     # "an independent inquiry into the case concluded that ...", "the external review, published today, found ..."
     r"|\b(?P<d4>(?:independent|external|public)\s+(?:review|inquiry|investigation))(?:\s+(?:of|into)\s+[^.;,]{1,60}?)?"
     r"(?:,\s+[^.;,]{1,40},)?\s+(?:found|concluded|revealed|criticised)\b"),
    ("improvement_action",
     r"\b(?:(?:has|have|had)\s+(?:already\s+)?taken|took|(?:is|was|are|were)\s+(?:already\s+)?taking)\s+"
     r"(?P<d>(?:[\w-]+\s+)?(?:action|steps|measures))\s+to\s+(?:improve|make|address|tackle|strengthen|respond|put|fix|resolve"
     r"|deal|reduce|recruit|stabilise|rectify|secure|deliver|drive|raise|speed|ensure)\b"
     # "the council took a number of measures", "put improvement measures in place"
     r"|\b(?:took|taken|take|taking)\s+(?:a\s+number\s+of|several|a\s+series\s+of|a\s+range\s+of)\s+(?P<d3>measures|steps|actions)\b"
     r"|\b(?:put|putting|puts)\s+(?:[\w-]+\s+){0,2}?(?P<d4>measures|steps|arrangements)\s+in\s+place\b"
     # "work is well underway to implement the recommendations"
     r"|\b(?P<d5>work\s+(?:is|was|has\s+been)\s+(?:already\s+|now\s+|well\s+)*(?:under\s*way|in\s+progress)\s+to\s+"
     r"(?:improve|implement|address|tackle|boost|strengthen))\b"
     # "work on improvement began immediately", "work to address the problems was well underway"
     r"|\b(?P<d2>work\s+(?:on|to)\s+(?:improve|improvements?|address|implement|tackle|make\s+(?:these\s+|the\s+)?improvements))\b"
     r"[^.;]{0,80}?\s+(?:(?:is|was|are|were)\s+[“\"‘']?(?:already\s+|now\s+|well\s+)*(?:under\s*way|in\s+progress)"
     r"|began|begun|started)\b"
     # "I have already made significant changes to the panel", "although changes to the department had been made"
     r"|\b(?P<d6>(?:has|have|had)\s+(?:already\s+)?made\s+(?:[\w-]+\s+){0,2}?changes\s+to"
     r"|changes\s+(?:to\s+[^.;,]{1,40}?\s+)?(?:have|had|has)\s+(?:already\s+)?been\s+made)\b"),
    ("pilot", r"\b(?P<d>pilot\s+(?:site|area|authority))\b"
              # "Kent will take part in the DfE's pilot", "was chosen to join a national pilot scheme"
              r"|\b(?:(?:tak(?:e|es|ing|en)\s+part|took\s+part|participat(?:e|es|ed|ing)|involved)\s+in"
              r"|join(?:s|ed|ing)?|(?:chosen|selected|picked)\s+(?:for|to\s+join))\s+(?:an?\s+|the\s+|its\s+|[\w’'-]+['’]s\s+)?"
              r"(?:[\w’'-]+\s+){0,3}?(?P<d2>pilot(?:\s+(?:scheme|programme|project))?)\b"),
    ("case_review",
     r"\b(?P<d>(?:serious\s+case|(?:local\s+|national\s+)?(?:child\s+)?safeguarding\s+practice|domestic\s+homicide"
     r"|learning|rapid)\s+review)s?\b"),
    ("strike",
     r"\b(?P<d>(?:go|goes|went|going|gone|be|are|were|is|was)\s+on\s+strike|strike\s+action|industrial\s+action"
     r"|walk-?outs?|(?:staged?|held|hold|call(?:ed)?)\s+(?:an?\s+|a\s+series\s+of\s+)?(?:[\w-]+\s+)?strikes?"
     r"|strikes?\s+(?:by|over|at|in))\b"),
    ("court_case",
     # one top-level alternative each, so that each is tried only where its own words are
     r"\b(?P<d>(?:High|Family|Crown|Magistrates['’]?|County|Supreme)\s+Court)\b|\b(?P<d2>Court\s+of\s+Appeal)\b"
     r"|\b(?P<d3>judicial\s+review)\b|\b(?P<d4>(?:employment\s+)?tribunal)\b|\b(?P<d5>legal\s+action)\b"
     r"|\b(?P<d6>(?:was|were|been)\s+(?:convicted|jailed|sentenced|found\s+guilty))\b|\b(?P<d7>pleaded\s+guilty)\b"
     r"|\b(?P<d8>inquest)\b|\b(?P<d9>(?:a\s+|the\s+)?judge\s+(?:ruled|found|said|criticised|described))\b|\b(?P<d10>sued)\b"
     r"|\b(?P<d11>su(?:e|ing)\s+the\s+council)\b"),
    ("directive_issued",
     r"\b(?:issued|served|imposed|given|handed|sent|(?:put|placed)\s+under)\s+(?:with\s+|to\s+)?(?:[\w’'-]+\s+)?(?:an?\s+|the\s+)?"
     r"(?P<d>(?:statutory\s+)?(?:direction|directive))\b"
     r"|\b(?P<d2>(?:statutory\s+)?(?:direction|directive))\s+(?:was\s+|has\s+been\s+|had\s+been\s+|were\s+)?"
     r"(?:issued|served|imposed)\b"
     r"|\b(?:DfE|Department\s+for\s+Education|(?:Education\s+)?Secretary(?:\s+of\s+State)?|minister|government)\s+"
     r"(?:has\s+|had\s+|have\s+)?(?P<d3>ordered|instructed|directed)\s+(?:the\s+)?(?:council|authority|it|(?-i:[A-Z])[\w’'-]+)"
     r"(?:\s+(?:County|City|Borough|Metropolitan)?\s*Council)?\s+to\b"),
    ("section_114",
     r"\b(?P<d>section\s+114(?:\s+notice)?|effectively\s+(?:declared\s+)?bankrupt|declared\s+(?:itself\s+)?bankrupt)\b"),
    ("financial_emergency", r"\b(?:declared|declares|declaring|declare)\s+(?:an?\s+)?(?P<d>(?:financial|budget)\s+emergency)\b"),
    ("taskforce",
     r"\b(?:set\s+up|established|created|formed|appointed|convened|sent\s+in|brought\s+in)\s+(?:an?\s+|the\s+)?"
     r"(?:[\w’'-]+\s+){0,2}?(?P<d>task\s*-?force|working\s+group|(?:improvement|oversight|expert|independent|review)\s+panel)\b"
     r"|\b(?:sent|brought|parachuted)\s+in\s+(?:an?\s+)?(?P<d2>team\s+of\s+(?:[\w-]+\s+)?(?:experts|advisers|advisors|specialists)"
     r"|(?:[\w-]+\s+)?(?:experts|advisers|advisors|specialists))\b"),
    ("consultation",
     r"\b(?:launch(?:ed|es)?|began|begun|begin|opened|open|start(?:ed|s)?|ran|held|hold|clos(?:ed|es)|end(?:ed|s)?)\s+"
     r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?(?P<d>consultation)\b"
     r"|\b(?P<d2>consultation)\s+(?:on|into|over|about)\b[^.;]{0,80}?\b(?:launched|began|opened|started|closes|closed"
     r"|ends|ended|runs|will\s+run)\b"),
    ("protest",
     r"\b(?P<d>petition|protest(?:ed|ers|s)?\s+(?:against|over|outside|at)|demonstration\s+(?:against|over|outside))\b"),
    ("government_announcement",
     r"\b(?P<d>(?:the\s+)?(?:government|Department\s+for\s+Education|DfE|Education\s+Secretary|(?:Children['’]s\s+)?Minister"
     r"|Prime\s+Minister|Chancellor))\s+(?:has\s+|had\s+|have\s+)?(?:announced|unveiled|set\s+out|revealed)\b"),
    ("child_death",
     r"\b(?P<d>(?:death|murder|killing|manslaughter)s?\s+of\s+(?:(?:baby|toddler|schoolboy|schoolgirl|teenager|boy|girl|"
     r"six-year-old|(?:[\w-]+-year-old))\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2})"),
    ("external_pressure",
     r"\b(?P<d>cyber[\s-]?attack|ransomware\s+attack|(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+scandal)\b"),
    ("adviser_appointed",  # "appointed an adviser", "hired a firm of consultants", "advisers have been brought in"
     r"\b(?:appointed|named|installed|brought\s+in|sent\s+in|drafted\s+in|hired|hiring|engaged)\s+(?:as\s+)?(?:an?\s+|the\s+)?"
     r"(?P<d>(?:(?:independent|improvement|expert|government|education)\s+)?(?:adviser|advisor)s?"
     r"|(?:[\w-]+\s+)?firm\s+of\s+consultants)\b"
     r"|\b(?P<d2>(?:independent\s+|improvement\s+|expert\s+|government\s+)(?:adviser|advisor)s?)\b[^.;]{0,40}?"
     r"\b(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:appointed|brought\s+in|sent\s+in|drafted\s+in)\b"),
    ("support_requested",
     r"\b(?P<d>(?:asked|sought|requested|called)\s+(?:for\s+)?(?:help|support|assistance)\s+from)\b"),
    ("request_to_government",  # "asked the government to investigate", "appealed to ministers to step up"
     r"\b(?P<d>(?:asked|asks|asking|appealed\s+to|appeals\s+to|appealing\s+to|urged|urges|urging|called\s+on|calls\s+on"
     r"|calling\s+on|lobbied|lobbying|petitioned)\s+(?:the\s+)?(?:government|ministers|minister|DfE|Department\s+for\s+Education"
     r"|(?:Education\s+)?Secretary(?:\s+of\s+State)?|Treasury|Whitehall)\s+to)\s+[“\"‘']?(?!(?:be|have)\b)\w"),
    ("call_for_resignation",  # "calling on the cabinet member to resign", "called for his resignation"
     r"\b(?P<d>call(?:ed|ing|s)?\s+(?:on|for)\s+(?:[\w’'-]+\s+){1,10}?to\s+(?:resign|step\s+down|quit|be\s+sacked)"
     r"|call(?:ed|ing|s)?\s+for\s+(?:[\w’'-]+\s+){0,3}?resignations?)\b"),
    ("contract",
     r"\b(?:awarded|signed|handed|won|terminated|cancelled|ended)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w£’'.-]+\s+){0,3}?(?P<d>contract)\b"),
    ("legislation",
     r"\b(?P<d>(?-i:[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,6})\s+Act(?:\s+\d{4})?)\s+(?:came\s+into\s+(?:force|effect)"
     r"|was\s+passed|received\s+royal\s+assent|became\s+law|comes\s+into\s+(?:force|effect))\b"),
    ("budget_set",
     r"\b(?:set|approved|agreed|passed|rubber-stamped|signed\s+off)\s+(?:its|the|a|their)\s+(?:[\w/-]+\s+){0,2}?(?P<d>budget)\b"
     r"(?!\s+(?:for|of)\s+(?:the\s+)?(?:scheme|project))"),
    ("election",
     r"\b(?P<d>(?:local|council|mayoral|county\s+council|borough|city\s+council)\s+elections?|by-elections?)\b"
     r"|\b(?:took|take|taken|taking|won|gained|lost|seized)\s+(?:overall\s+)?(?P<d2>control)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+)?(?:council|authority)\b"),
    ("challenge",
     r"\b(?P<d>appealed\s+against)\b"
     r"|\b(?P<d2>(?:lodged|launched|made|filed)\s+(?:a|an)\s+(?:formal\s+)?(?:complaint|appeal|legal\s+challenge))\b"
     r"|\b(?P<d3>challenged\s+(?:the|its|Ofsted['’]s)\s+(?:[\w’'-]+\s+){0,2}?(?:judgement|judgment|findings|rating|decision"
     r"|report))\b"),
    ("deadline_given",
     r"\b(?P<d>given\s+(?:[\w-]+\s+){1,2}(?:months?|weeks?|years?|days?)\s+to\s+(?:improve|make|show|turn|fix|address))\b"),
    ("letter",
     r"\b(?P<d>letter)\s+(?:from|to)\s+(?:the\s+)?(?:education\s+)?(?:minister|secretary|DfE|Department\s+for\s+Education|government"
     r"|chief\s+inspector|children['’]s\s+minister)\b"
     r"|\b(?:minister|secretary|DfE|Department\s+for\s+Education)\b[^.;]{0,60}?\b(?:sent|written|wrote|writes)\s+(?:an?\s+)?"
     r"(?:[\w-]+\s+)?(?P<d2>letter)\b"
     r"|\b(?:minister|secretary)\b[^.;]{0,60}?\b(?:has\s+|had\s+)?(?P<d3>written|wrote|writes)\s+to\b"
     r"|\b(?P<d4>letter)\s+sent\s+to\s+(?:the\s+)?council\b"),
    ("police",
     r"\b(?P<d>(?:referred|reported)\s+to\s+(?:the\s+)?police|police\s+(?:investigation|inquiry|probe)|arrested)\b"),
    ("proposal",
     r"\b(?:announced|unveiled|published|drawn\s+up|drew\s+up|revealed|put\s+forward|approved|agreed|backed)\s+"
     r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?(?P<d>plans?|proposals?)\s+(?:to|for)\b"),
    ("award",
     r"\b(?:won|awarded|scooped|picked\s+up|shortlisted\s+for|named)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,6}?"
     r"(?P<d>award|prize)\b"),
    ("decision",
     r"\b(?P<d>(?:the\s+)?(?:council['’]s\s+)?(?:cabinet|full\s+council|councillors|(?:[\w’'-]+\s+){0,2}?(?:committee|panel)))"
     r"(?:\s+(?:in|at|of|from|for)\s+[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2})?(?:\s+members)?(?:\s+on\s+\w+day)?\s+"
     r"(?:has\s+|have\s+|had\s+|is\s+(?:expected|due|set)\s+to\s+|will\s+)?(?:voted|vote|approved|approve|agreed|agree"
     r"|backed|back|rejected|reject|endorsed|endorse|signed\s+off|sign\s+off|rubber-stamped|rubber-stamp"
     r"|gave\s+the\s+go-ahead|given\s+the\s+go-ahead|committed)\b(?!\s+(?:that|with|on\s+the\s+need))"
     r"|\b(?P<d2>(?:the\s+)?council)\s+(?:has\s+|have\s+|had\s+)?(?:unanimously\s+)?(?:voted|rejected|rubber-stamped)\b"),
    ("closure",
     r"\b(?:closed|closing|close|shut|shutting|shut\s+down)\s+(?:its\s+|the\s+|a\s+|two\s+|three\s+|four\s+)?(?:[\w’'-]+\s+){0,3}?"
     r"(?P<d>(?:children['’]s\s+)?(?:homes?|centres?|units?))\b|\b(?P<d2>closure\s+of)\b"),
    ("improvement_target",  # "our ambition is to be rated 'good'", "set a high bar to move from inadequate to good"
     r"\b(?P<d>ambitions?|aspirations?|aims?|aiming|goal|target|commitment|bar|striv(?:e|es|ing)|wants?)\b[^.;]{0,100}?"
     r"(?:[‘'“\"](?:good|outstanding)\b|\bto\s+(?:good|outstanding)\b|\b(?:good|outstanding)\s+(?:rating|judgement|grade)\b)"),
    ("external_research",  # "research by the Bureau of ...", "a recent Capita survey", "analysis by the ADCS shows"
     r"\b(?P<d>research|analysis|survey|study)\s+(?:of\s+[^.;,]{1,60}?\s+)?by\s+(?:the\s+)?(?-i:[A-Z])"
     r"|\b(?P<d2>(?:a\s+|an\s+)(?:recent\s+|new\s+|\d{4}\s+)?(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,4}\s+(?:survey|study))\b"),
    ("statistics_release",  # "Ofsted has published its annual assessments of 147 councils", "statistics released by Ofsted"
     r"\b(?P<d>(?:annual|national)\s+(?:children['’]s\s+services\s+|performance\s+)?assessments?)\s+(?:of|by|also|has|have|revealed"
     r"|published|show)\b|\b(?P<d2>statistics|figures)\s+(?:released|published)\s+by\s+(?:Ofsted|(?:the\s+)?inspectorates?)\b"
     r"|\bpublish(?:es|ed)?\s+(?:its\s+|their\s+)?(?P<d3>annual\s+(?:report|assessments?))\b"),
    ("intervention_warning",  # "ministers may invoke their statutory powers", "minded to issue a statutory direction"
     r"\b(?P<d>(?:use|invoke|using|invoking|exercise)\s+(?:its\s+|their\s+|her\s+|his\s+|the\s+)?statutory\s+powers)\b"
     r"|\bminded\s+to\s+(?P<d2>issue\s+(?:a\s+|the\s+)?(?:statutory\s+)?direction)\b"),
    ("budget_proposals",  # "under budget proposals unveiled today", "the council is proposing savings of"
     r"\b(?P<d>budget\s+(?:plans|proposals))\b|\bpropos(?:es|ed|ing)\s+(?P<d2>(?:savings|cuts))\b"),
    ("council_report",
     r"\b(?:according\s+to|seen\s+by|read)\s+(?:an?\s+(?:new\s+|latest\s+|recent\s+)?(?:council\s+)?|the\s+(?:new\s+|latest\s+"
     r"|recent\s+)?council\s+|(?:new\s+|latest\s+|recent\s+)?(?:council\s+)?(?=documents|papers))(?P<d>report|documents|papers)\b"
     r"|\b(?P<d2>(?:(?:council|performance|annual|financial|finance|budget|monitoring|quarterly|new|latest"
     r"|(?!(?:The|A|An|This|These|Those|Its|Their|It|In)\b)(?-i:[A-Z])[\w&-]*)\s+){1,4}report)s?\b(?:\s+(?:to|for|on|by|into)\s+[^.;]{1,80}?)?,?\s+"
     r"(?:shows?|showed|says?|said|states?|stated|reveals?|revealed|found|notes?|noted|warns?|warned|predicts?|predicted"
     r"|predicting|forecasts?)\b"
     r"|\b(?P<d3>(?:council\s+)?(?:documents|papers)),?\s+(?:seen|obtained)\s+by\b"),
    ("report_published",
     r"\b(?:published|released|produced|presented)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?"
     r"(?P<d>report|audit)\b"
     r"|(?<!the\s)(?<!\ba\s)(?<!its\s)\b(?P<d2>report|review|audit)\b(?:\s+(?:of|on|into|about|for)\s+[^.;]{0,40}?)?(?:\s+(?:was|were|has\s+been|will\s+be"
     r"|is\s+to\s+be|is\s+due\s+to\s+be|had\s+been)\s+|,\s+(?:which\s+was\s+)?)"
     r"(?:published|released|presented)\b"),
    ("reorganisation",
     r"\b(?P<d>(?:its|the\s+council['’]s|the\s+authority['’]s)\s+formation|cease[sd]?\s+to\s+exist)\b"
     r"|\b(?P<d2>(?:major\s+|radical\s+|wholesale\s+)?(?:re-?structur(?:e|ing)|re-?organi[sz]ation|shake-?up|overhaul))\s+of\s+"
     r"(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?(?:services|department|directorate|teams?|council|workforce)\b"
     r"|\b(?:announced|agreed|approved|began|begun|launched|started|proposed|unveiled|completed|undergoing|underwent)\s+"
     r"(?:an?\s+|the\s+|its\s+)?(?:major\s+|radical\s+)?(?P<d3>re-?structur(?:e|ing)|re-?organi[sz]ation|shake-?up|overhaul)\b"
     r"|\b(?P<d4>merge[sd]?|merging|merger\s+of)\s+(?:its\s+|the\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?(?:services|departments?|councils?)\b"
     r"|\b(?P<d5>(?:new\s+|single\s+)unitary\s+(?:authority|council))\b"
     # "local government reorganisation took place in April", "a large-scale restructure led to fewer managers"
     r"|\b(?P<d8>local\s+government\s+re-?organi[sz]ation|(?<=\ba\s)(?:[\w-]+\s+)?re-?structure)\b"
     # "the department was restructured last year", "has reorganised its social work teams"
     r"|\b(?:has|have|had|was|were|been|being)\s+(?:[\w-]+ly\s+)?(?P<d9>re-?structured|re-?organi[sz]ed)\b"
     r"|\b(?P<d10>re-?structured|re-?organi[sz]ed)\s+(?:its|the|their)\b"
     r"|\b(?P<d7>transfer\s+of\s+(?:its\s+|the\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?services)\s+(?:to|into)\b"
     r"|\b(?P<d6>unitary\s+(?:authority|council)|(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+Council)\b[^.;]{0,60}?"
     r"\b(?:(?:will\s+)?(?:formally\s+)?(?:take|takes|took)\s+(?:charge|over)|come\s+into\s+(?:being|existence)|vesting\s+day)\b"),
    ("happened",  # "the hearing was held in October", "final interviews will take place on 14 May", "the pilot ended in March"
     rf"\b(?P<d>(?:{_CONTENT}\s+){{0,3}}?{_HAPPENING_NOUN})(?:\s+(?:of|into|on|with|for|about)\s+[^.;,]{{1,60}}?)?\s+"
     r"(?:(?:has|have|had|will|(?:is|are)\s+(?:due|set|expected)\s+to)\s+)?(?:now\s+|finally\s+|formally\s+|first\s+"
     r"|officially\s+)?(?:(?:took|take|takes|taking)\s+place|(?:was|were|be|is\s+being|are\s+being|is\s+to\s+be|are\s+to\s+be)"
     r"\s+held|began|begun|begins?|start(?:ed|s)?|end(?:ed|s)?|clos(?:ed|es?)|concluded|kicked\s+off|got\s+under\s*way"
     r"|went\s+live|(?:ran|runs?)\s+out|expired?|(?:was|were|has\s+been|have\s+been|be)\s+(?:launched|completed|concluded))\b"
     r"(?!\s+(?:to|with|by)\b)"),
)]
# A step only supposed, denied or disputed in its clause ("the council could be served with a notice", "is expecting an
# improvement notice", "if the plans are approved by cabinet", "denied it had set up a board", "no commissioner has been
# appointed")
_MAYBE = r"could|might|(?-i:may)|should|likely\s+to|expecting\s+(?:an?|the)|if|unless"
# A step threatened or weighed ("faces having its services handed to a trust", "would consider legal action")
_THREAT = (r"(?-i:fac(?:e|es|ing))\s+(?:being|having|the\s+(?:prospect|threat)|an?|possible|legal|government)"
           r"|threaten(?:s|ed|ing)?|(?:would|will)\s+consider|at\s+risk\s+of\s+(?:being|having|losing)")
_HEDGE = re.compile(rf"\b(?:{_MAYBE}|den(?:y|ies|ied|ying)|rul(?:e|es|ed|ing)\s+out)\b[^.;,]{{0,25}}$"
                    rf"|\b(?:no|nor)\s+(?:new\s+|further\s+)?$|\b(?:{_THREAT})\b[^.;,]{{0,60}}$", re.I)
# A step only owed ("the council has to set a balanced budget"): no milestone of _MILESTONES (a directive's own rules read
# the steps it orders)
_OWED = re.compile(r"\b(?:(?:has|have|had|needs?|ought)\s+to|must)\b[^.;,]{0,25}$", re.I)
# A body named in someone's title ("chair of the council’s children’s scrutiny panel, Cllr ..."): no meeting
_CHAIR_OF = re.compile(r"\bchair(?:man|woman)?\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}$", re.I)
# A child's death named as what led to the news ("after the death of ...", "in the wake of the killing of ..."): background
_IN_THE_WAKE = re.compile(r"\b(?:after|following|in\s+the\s+wake\s+of|since)\s+(?:the\s+)?$", re.I)
# An intervention named as a state the council has left ("since we were in formal intervention", "after previously being
# subject to government intervention"): background
_SINCE_STATE = re.compile(r"\b(?:since|after)\s+(?:previously\s+|formerly\s+)?(?:(?:we|it|they)\s+)?"
                          r"(?:(?:was|were|had\s+been)\s+)?"
                          r"(?:being\s+)?$", re.I)
# A step told in a "which was ...", "who was ..." or "whose ... have been" clause: background to the sentence's news ("the
# department, which was issued with a notice last year, ...", "Jo Smith, who was appointed commissioner in 2016, said")
_BACKGROUND = re.compile(r"\b(?:which\s+(?:was|were|had\s+been|has\s+been)"
                         r"|(?:who|whose(?:\s+[\w’'-]+){1,3})\s+(?:was|were|had\s+been|have\s+been))\s+"
                         r"(?:[\w’'-]+\s+){0,3}$", re.I)
# A step only likely, or called off, after its words ("a notice was likely to be received", "plans to hand them to a trust
# have been paused")
_UNREALISED = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?(?:(?:is|was|are|were)\s+(?:likely|unlikely)\s+to"
                         r"|(?:has|have|had)\s+been\s+[‘'\"]?(?:paused|scrapped|shelved|dropped|abandoned|halted))\b", re.I)
# Councils in the plural as the subject of a step ("Many councils have set up boards", "Several authorities were placed in
# special measures", "commissioners have been appointed to several councils"): councils in general, not the article's
_PLURAL_COUNCILS = (r"(?:(?:many|most|several|some|other|all|few|dozens\s+of|a\s+number\s+of)\s+(?:(?:English|county|local|unitary)\s+)?"
                    r"(?:councils|(?:local\s+)?authorities)"
                    r"|(?:councils|(?:local\s+)?authorities)\s+(?:across|around|throughout)\s+(?:England|the\s+country|Britain|the\s+UK))")
_AT_LARGE_BEFORE = re.compile(rf"\b{_PLURAL_COUNCILS}\s+(?:have|had|are|were|will)\s+(?:[\w’'-]+\s+){{0,2}}$", re.I)
_COUNCILS_OPENING = re.compile(r"\W*(?:councils|local\s+authorities)\s+(?:[\w’'-]+\s+){0,4}$", re.I)  # at a clause's start
_AT_LARGE_AFTER = re.compile(rf"(?:\s+[\w’'-]+){{0,4}}?\s+(?:to|in|at|by)\s+{_PLURAL_COUNCILS}\b", re.I)
# Milestones of another kind than a council's children's services, in the words around a step of these kinds: trusts of
# the health service, schools or charities; notices and directions of other regulators or to businesses; commissioners
# of other offices; reports of national bodies or newspapers; criminal trials of the people who harmed a child; control
# lost of a budget or a workforce, not of the services.
_NEWSPAPERS = r"(?:Guardian|Times|Telegraph|Post|Mail|Echo|Herald|Chronicle|Observer|Mirror|Express|BBC|Gazette|newspaper)"
_REGULATION = (r"\b(?:environmental\s+health|health\s+and\s+safety|HSE|food|hygiene|fire\s+safety|planning|enforcement|eviction"
               r"|restaurants?|takeaways?|caf[eé]s?|shops?|landlords?|developers?|premises|care\s+homes?|factory)\b")
_OTHER_KIND = {kind: re.compile(pattern, re.I) for kind, pattern in (
    ("trust", rf"\b(?:NHS|foundation|hospitals?|health|healthcare|ambulance|{EDUCATION}|learning|charit(?:y|able)"
              r"|housing|wildlife|family)\s+(?:[\w’'-]+\s+){0,2}?trusts?\b"),
    ("improvement_notice", _REGULATION),
    ("directive_issued", _REGULATION),
    ("commissioner_appointed", r"\b(?:police|crime|information|equalit(?:y|ies)|victims['’]?|European|fire|health|high)\s+"
                               r"commissioner|\bchildren['’]s\s+commissioner\s+for\s+(?:England|Wales|Scotland)\b"),
    ("council_report", rf"\b(?:national|audit|parliament\w*|commons|lords|government|ofsted|association|institute|university"
                       rf"|charity|{_NEWSPAPERS})\b"),
    ("government_intervention", r"\bcontrol\s+(?:of|over)\s+(?:its\s+|our\s+|their\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?"
                                r"(?:budgets?|workforce|finances|spending|costs|staff|caseloads)\b"),
    ("court_case", r"\b(?:convicted|jailed|sentenced|(?:found|pleaded)\s+guilty|Crown\s+Court|Magistrates['’]?\s+Court|murder"
                   r"|manslaughter)\b"),
)}
_NOR = re.compile(r"\W*(?:Nor|Neither)\b")  # a sentence opening with a denial ("Nor has the council published it")
_UNASSERTED_OPENING = re.compile(r"\W*(?:Nor|Neither|If|Unless)\b")  # ... or with a condition ("If the cabinet agrees, ...")
# Words (lower case) without which a milestone's pattern cannot match: most sentences run none of them.
_KEYS = {"intervention_ended": ("lift", "remov", "removed from", "released from", "freed from", "revok", "withdr", "rescind",
                                "out of", "taken out of", "ended", "end its", "end the", "ending", "ends", "powers"),
         "meeting": ("meeting", "hearing", "budget debate", "press conference", "press briefing", "discussed by",
                     "considered by", "endorsed by", "approved by", "rubber-stamped by", "scrutinised by", "debated by",
                     "before", "presented to", "reported to", "put to", "go to", "goes to",
                     "went to", "taken to", "brought to", "come to", "comes to", "came to", "back to", "evidence to", "meet",
                     "scrutiny", "report to", "report for", "report before", "told", "updated", "briefed", "warned",
                     "informed", "given", "shown", "heard", "agreed by", "voted through by", " met", "discussed", "considered",
                     "will discuss", "to discuss",
                     "will consider", "to consider", "will debate", "to debate", "will approve", "to approve",
                     "decide on", "vote on", "chosen", "selected by", "recommend to", "recommended to", "committee on",
                     "committee next", "cabinet on", "cabinet next", "council on", "council next", "panel on", "panel next",
                     "board on", "board next"),
         "government_intervention": ("intervention", "takeover", "being stripped", "stripped of", "under the", "under supervision",
                                     "under oversight", "under control", "removed from", "taken out of", "intervened",
                                     "forced by", "required by", "ordered by", "instructed by",
                                     "stepped in"), "apology": ("apologi", "sorry"),
         "launch": ("launched", "unveiled", "introduced", "opened", "rolled out", "set up", "established", "adopt", "creation of",
                    "introduction of", "launch of", "establishment of", "setting up of", "opening of", "kicked off",
                    "which began", "which started", "went live"),
         "improvement_plan": ("implement", "submit", "sent", "send", "came up", "come up", "drafted", "discussed", "plan,",
                              "drawn up", "developed", "prepared", "put together",
                              "in place", "devis", "revis", "oversee", "oversaw", "deliver", "includ", "carried out",
                              "carry out", "carries out", "carrying out", "agreed by", "approved by", "endorsed by"),
         "trust": ("trust", "transfer", "company", "taken over by", "run by"), "commissioner_appointed": ("commissioner",),
         "improvement_notice": ("notice", "to improve", "improve"), "peer_review": ("peer",), "partnership": ("partnership", "agreement", "deal", "partner", "teamed up"),
         "progress_review": ("progress report", "review"),
         "strategy": ("strategy", "strategies"), "recruitment": ("process of", "to appoint", "to recruit", "recruiting", "search for", "hunt for",
                         "recruitment drive", "recruitment campaign", "recruitment push", "recruitment exercise", "recruitment process",
                         "overseas", "abroad", "international",
                         "recruitment evening", "recruitment event", "recruitment day", "recruitment fair", "recruitment microsite",
                         "recruitment website", "campaign to hire", "campaign to recruit", "campaign to attract", "to hire", "to attract",
                         "head-hunting", "headhunting", "of searching"),
         "whistleblowing": ("whistle",), "report_expected": ("to publish", "to be published", "report is", "report was", "report back"),
         "review_commissioned": ("review", "inquiry", "investigation"),
         "improvement_action": (" action", "steps", "measures", "work on", "work to", "work is", "work was", "work has",
                                "in place", "changes"), "pilot": ("pilot",),
         "reorganisation": ("formation", "to exist", "structur", "organis", "organiz", "shake-up", "shakeup", "overhaul",
                            "merge", "unitary", "transfer of", "take charge", "takes charge", "took charge", "take over", "takes over",
                            "took over", "into being", "into existence", "vesting day"),
         "decision": ("voted", "vote", "approve", "agree", "back", "reject", "endorse", "sign", "rubber-stamp", "go-ahead",
                      "committed"),
         "case_review": ("review",), "strike": ("strike", "industrial action", "walkout", "walk-out"),
         "court_case": ("court", "judicial review", "tribunal", "legal action", "convicted", "jailed", "sentenced", "guilty",
                        "inquest", "judge", "sued", "suing", "sue the"),
         "directive_issued": ("direction", "directive", "ordered", "instructed", "directed"),
         "section_114": ("section 114", "bankrupt"), "financial_emergency": ("emergency",),
         "taskforce": ("task", "working group", "panel", "sent in", "brought in", "parachuted in"), "consultation": ("consultation",),
         "protest": ("petition", "protest", "demonstration"),
         "government_announcement": ("announced", "unveiled", "set out", "revealed"),
         "report_published": ("report", "audit", "review"),
         "police": ("police", "arrested"), "child_death": ("death of", "deaths of", "murder", "killing", "manslaughter"),
         "external_pressure": ("cyber", "ransomware", "scandal"), "adviser_appointed": ("adviser", "advisor", "consultants"),
         "support_requested": ("help from", "support from", "assistance from"),
         "request_to_government": ("government to", "ministers to", "minister to", "dfe to", "education to", "secretary to",
                                   "state to", "treasury to", "whitehall to"),
         "call_for_resignation": ("resign", "step down", "quit", "be sacked"), "contract": ("contract",),
         "closure": ("close", "closing", "shut", "closure"), "legislation": (" act",),
         "budget_set": ("budget",), "council_report": ("report", "documents", "papers"),
         "external_research": ("research", "analysis", "survey", "study"),
         "statistics_release": ("assessment", "statistics", "figures", "annual"),
         "intervention_warning": ("statutory powers", "minded to"),
         "budget_proposals": ("budget plans", "budget proposals", "savings", "cuts"),
         "improvement_target": ("ambition", "aspiration", "aim", "goal", "target", "commitment", "bar", "striv", "want"),
         "letter": ("letter", "written to", "wrote to", "writes to"), "election": ("election", "control of"),
         "challenge": ("appeal", "complaint", "challenge"), "deadline_given": ("given",), "proposal": ("plan", "proposal"), "award": ("award", "prize"),
         "happened": ("place", "held", "began", "begun", "begin", "start", "end", "ended", "ends", "close", "concluded", "kicked off",
                      "under way", "underway", "went live", "ran out", "run out", "runs out", "expire", "launched", "completed",
                      "which began", "which started")}
# Keys are matched in white space made single spaces: a literal space lets the engine skip to a key's first letter. The
# scan reads, at every position, the longest key starting there (so that no key inside or across another is missed);
# the keys it stands for are those that begin it.
_KEY = re.compile(f"(?=({trie({w for ws in _KEYS.values() for w in ws}, space=' ')}))")
_MILESTONES_BY_KEY: dict[str, set[int]] = {}  # each key: the places in _MILESTONES of the kinds it and its prefixes may start
for _key in {w for ws in _KEYS.values() for w in ws}:
    _MILESTONES_BY_KEY[_key] = {i for i, (kind, _) in enumerate(_MILESTONES) for word in _KEYS[kind] if _key.startswith(word)}
_GOVERNMENT_ACTS = {"government_intervention", "commissioner_appointed", "improvement_notice", "directive_issued",
                    "government_announcement"}
_WEAK = {"government_announcement", "report_published"}
# Kinds that tell what someone said, whose content may be supposed; kinds whose own words are a prospect
_TELLING = {"meeting", "decision", "council_report", "external_research", "statistics_release", "report_published", "letter"}
_PROSPECTS = {"intervention_warning", "improvement_target", "report_expected", "proposal", "budget_proposals"}
_SETTINGS = {"meeting", "decision"}  # where a step is taken: one milestone with the step its sentence reports
# Meetings named by who was told ("councillors were told", "the committee heard"): after a meeting the article already
# reported, undated, what was said there.
_TOLD = {"d10", "d11"}
_HAPPENING_TYPES = {"meeting": "council_meeting", "hearing": "court_case", "review": "independent_review",
                    "inquiry": "independent_review", "investigation": "independent_review", "strike": "industrial_action",
                    "interview": "recruitment", "interviews": "recruitment", "arrangements": "partnership"}
_MONEY = re.compile(r"overspen|budget|£|financ|deficit|spend")  # a council report on its money is a budget report
_INSPECTION = re.compile(r"ofsted|inspect|commissioner|watchdog")
# A directed step is dated by its directive; undated, it restates one already reported. A step told only as taking
# place is news only when dated.
_REQUIRES_DATE = {"peer_support", "directive_issued", "happened"}
_MANY = {"happened"}  # kinds of which an article may report several, each dated
_EXTERNAL_ACTS = {"commissioner_appointed", "peer_support"}


def _actor(sentence: Sentence, start: int, end: int) -> str:
    """DfE when the government acts in the text around text[start:end], else blank (the council itself)."""
    near = _DFE.search(sentence.article.text, max(sentence.start, start - REACH), min(sentence.end, end + REACH))
    return "DfE" if near else ""


def _when(sentence: Sentence, kind: str, m: re.Match) -> Interval | None:
    """A date right after the step in its clause (X itself of "since X": the step held since then was taken then), else
    one fronting the sentence; for a directed step the directive's date; after an "After X," opener, the span from X to
    publication."""
    if kind in _REQUIRES_DATE:
        dates = within(sentence.dates, m.start() - REACH, m.start())
        return dates[-1].interval if dates else None
    when = date_after(sentence, m.end(), _TIED) or sentence.fronted_date(m.start())  # "Yesterday, Kent appointed ..."
    if when and (when.interval.start or when.interval.end):
        return sentence.since_point(when)
    opener = _OPENER.match(sentence.article.text, sentence.start, m.start())
    dated = opener and next((d for d in within(sentence.dates, *opener.span()) if d.interval.start), None)
    return sentence.from_date(dated.interval.start) if dated else UNKNOWN


def _description(m: re.Match, noun: re.Pattern | None) -> str:
    words = m.group("d") if noun is None else noun.search(m.group()).group().lower()
    return " ".join(words.split())


# Kinds of step that national bodies take for every council (Ofsted's annual assessments, a charity's research): a council's
# only when the sentence names it before the step ("Kent was one of three councils identified in research by ...")
_NATIONAL = {"statistics_release", "external_research"}
# A national body as the subject opening a clause or its sentence (after a fronted "In March," or "Meanwhile,"): the LGA,
# the DfE, the government or a minister, a national charity or campaign group, MPs (not the government's watchdog)
_NATIONAL_BODY = re.compile(
    r"\W*(?:[^,;.]{1,40},\s+)?(?:the\s+|an?\s+)?(?:national\s+|children['’]s\s+|leading\s+)?"
    r"(?:LGA|Local\s+Government\s+Association|County\s+Councils\s+Network|DfE|Department\s+for\s+Education|government|ministers?|(?:education|prime)\s+minister"
    r"|(?:education\s+)?secretary(?:\s+of\s+state)?|chancellor|treasury|whitehall|(?<=children['’]s\s)commissioner|ADCS"
    r"|Association\s+of\s+Directors\s+of\s+Children['’]s\s+Services|NSPCC|Barnardo['’]s|charity|charities|campaigners?"
    r"|campaign\s+group|think[\s-]?tank|MPs|(?:education\s+)?select\s+committee)\b(?![’']s\s+(?:council|authority)\b)"
    r"(?!\s+(?:watchdog|inspectors?|inspectorate|appointed)\b|-appointed)", re.I)
# A council, or its department, named in a sentence (a council named is one of `Sentence.councils`)
_A_COUNCIL = re.compile(r"\b(?:council|authority|borough|department(?!\s+for\b))\b(?!s)", re.I)
# Steps done to a council whoever takes them (a commissioner or adviser sent in, a notice issued, intervention, a trust)
_DONE_TO = _GOVERNMENT_ACTS - {"government_announcement"} | _EXTERNAL_ACTS | {kind for kind, _, _ in _RULES} | {
    "intervention_ended", "intervention_warning", "deadline_given", "letter", "deadline", "adviser_appointed", "taskforce",
    "trust"}


def _national_step(sentence: Sentence, kind: str, start: int, end: int) -> bool:
    """Whether the step of `kind` at text[start:end] is a national body's for the whole country (the LGA calls for funding,
    the DfE launches a national campaign, the government announces a review): its sentence names no council, and a
    national body opens its clause or sentence, or its words (or the word before them) are national (an AREA span)."""
    if kind in _DONE_TO:
        return False
    a = sentence.clause(start, end)[0]
    return _by_national_body(sentence, a, end) or _names_no_council(sentence) and any(
        s.end >= start - 1 for s in sentence.spans_of("AREA", max(a, start - 20), end))


def _by_national_body(sentence: Sentence, a: int, end: int) -> bool:
    """Whether a national body opens the clause text[a:end] or the sentence, which names no council."""
    text = sentence.article.text
    return _names_no_council(sentence) and bool(_NATIONAL_BODY.match(text, a, end)
                                                or _NATIONAL_BODY.match(text, sentence.start, end))


def _names_no_council(sentence: Sentence) -> bool:
    """Whether the sentence names no council, nor "the council", "the authority" or its department."""
    return not sentence.councils and not _A_COUNCIL.search(sentence.article.text, sentence.start, sentence.end)


def _row(sentence: Sentence, start: int, end: int, kind: str, interval: Interval, description: str,
         actor: str, rule: str = "") -> tuple[str, dict]:
    a, b = quote_span(sentence, start, end)
    named_before = bool(within(sentence.councils, sentence.start, start))
    national = (kind in _NATIONAL and not named_before) or _national_step(sentence, kind, start, end)
    council = "" if national else subject_council(sentence, start, end)
    return "events", sentence.row(rule or f"events.{kind.replace('_', '-')}", start=a, end=b, council=council,
                                  interval=interval, event_type=kind, description=description, actor=actor)


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


def _milestone_when(sentence: Sentence, m: re.Match, dated: bool = False, own_dates: bool = True) -> Interval | None:
    """The date nearest the milestone in its clause (not within its words unless `own_dates`), else its tense (future:
    after publication; past: before); None for an undated one that must be `dated`."""
    a, b = sentence.clause(m.start(), m.end())
    dates = [d for d in within(sentence.dates, a, b) if d.end <= b and (d.interval.start or d.interval.end)
             and (own_dates or not m.start() <= d.start < m.end())]
    if dates:
        return min(dates, key=lambda d: min(abs(d.start - m.end()), abs(d.end - m.start()))).interval
    fronted = sentence.fronted_date(a)  # "On Monday, the cabinet met ..."
    if fronted and (fronted.interval.start or fronted.interval.end):
        return fronted.interval
    return None if dated else sentence.by_tense(max(sentence.start, m.start() - 120), b)


def _milestones(sentence: Sentence, low: str, found: set[str], done: set[str]) -> list[tuple[str, dict]]:
    """The milestones of `_MILESTONES` the sentence reports, each kind in other words than the kinds before it (none when
    it is about councils in general)."""
    text, rows = sentence.article.text, []
    if not found:
        return rows
    folded = sentence.folded
    taken: dict[str, tuple[int, int]] = {}  # the kinds already read in this sentence, and where
    for i in sorted(set().union(*(_MILESTONES_BY_KEY[word] for word in found))):
        kind, pattern = _MILESTONES[i]
        m = pattern.search(folded, text, sentence.start, sentence.end)
        if m and _where_taken(sentence, kind, m, taken):
            continue
        if _skipped(sentence, kind, m, low, done, taken):
            continue
        if about_councils_in_general(sentence):
            return []  # about councils in general: asked only once a milestone is read (most sentences read none)
        group = next(g for g in m.re.groupindex if m.group(g))
        words = " ".join(m.group(group).split())
        description = words if words[:1].isupper() and kind in ("strategy", "launch") else words.lower()
        event_type = _event_type(kind, description, low)
        when = _first_time_when(sentence, kind, group, event_type, m)
        if when is None:
            continue
        actor = _actor(sentence, m.start(), m.end()) if kind in _GOVERNMENT_ACTS else ""
        rows.append(_row(sentence, m.start(), m.end(), event_type, when, description, actor,
                         rule=f"events.{kind.replace('_', '-')}" if kind not in ("improvement_plan", "commissioner_appointed")
                         else f"events.{kind.replace('_', '-')}-stated"))
        taken[kind] = m.span()
    return rows


def _where_taken(sentence: Sentence, kind: str, m: re.Match, taken: dict[str, tuple[int, int]]) -> bool:
    """Whether the milestone of `kind` at `m` and one already read in its sentence (`taken`) are a step and the meeting
    or vote where it was taken: one of them a meeting or vote, both so, or both in one clause ("will present a report at
    next week's cabinet"; not "the council conducted a review, which a cabinet meeting backed")."""
    if not taken or not _SETTINGS & (taken.keys() | {kind}):
        return False
    a, b = sentence.clause(m.start(), m.end())
    return bool(_SETTINGS & taken.keys() and kind in _SETTINGS) or any(s < b and a < e for s, e in taken.values())


def _skipped(sentence: Sentence, kind: str, m: re.Match | None, low: str, done: set[str],
             taken: dict[str, tuple[int, int]]) -> bool:
    """Whether match `m` of `kind` reports no milestone of its own: none found, a kind a rule already read, words
    another kind read, a denied or supposed step, another body's step, an announcement beside a step, an inspection's report, a body
    named in a chair's title, a child's death named as what led to the news, or an intervention as a state left."""
    text = sentence.article.text
    return (not m or kind in done or (kind in _WEAK and bool(done or taken))
            or any(a < m.end() and m.start() < b for a, b in taken.values())
            or _unreal(sentence, kind, *m.span()) or bool(_OWED.search(text, sentence.clause(m.start())[0], m.start()))
            or _other_kind(sentence, kind, *m.span())
            or (kind not in _SETTINGS and _not_news(sentence, *m.span()))
            or (kind in ("report_published", "council_report") and bool(_INSPECTION.search(low)))
            or (kind == "child_death" and bool(_IN_THE_WAKE.search(text, max(sentence.start, m.start() - 30), m.start())))
            or (kind == "government_intervention"
                and bool(_SINCE_STATE.search(text, max(sentence.start, m.start() - 40), m.start())))
            or (kind == "meeting" and bool(_CHAIR_OF.search(text, sentence.clause(m.start())[0], m.start()))))


def _unreal(sentence: Sentence, kind: str, start: int, end: int) -> bool:
    """Whether the step of `kind` at text[start:end] is denied, disputed, only supposed or hedged, or taken by councils in
    general (then the classifier does not read its sentence either). What a meeting or report was told may be supposed
    ("were told that if ..."), and a warning or an aim is a prospect by its own words."""
    text, (a, b) = sentence.article.text, sentence.clause(start, end)
    unreal = (sentence.denied(start) or bool(_UNASSERTED_OPENING.match(text, sentence.start, start))
              or (kind not in _TELLING | _PROSPECTS and sentence.unasserted(start, end))
              or (kind not in _PROSPECTS and bool(_HEDGE.search(text, a, start))) or _at_large(sentence, a, start, end, b))
    if unreal:
        _set_aside(sentence.article).add(sentence.start)
    return unreal


def _at_large(sentence: Sentence, a: int, start: int, end: int, b: int) -> bool:
    """Whether councils in the plural, and no council named before it in clause text[a:b], take the step at text[start:end]."""
    text = sentence.article.text
    return not any(a <= s < start for s, _, _ in sentence.councils) and bool(
        _AT_LARGE_BEFORE.search(text, a, start) or _COUNCILS_OPENING.match(text, a, start) or _AT_LARGE_AFTER.match(text, end, b))


def _other_kind(sentence: Sentence, kind: str, start: int, end: int) -> bool:
    """Whether the step of `kind` at text[start:end] is one of another body than a council's children's services (an NHS
    trust, a restaurant's improvement notice, the police and crime commissioner, a newspaper's report, a parent's trial),
    by the words around it in its sentence."""
    other = _OTHER_KIND.get(kind)
    reach = (start, end) if kind == "council_report" else (start - 60, end + 60)
    return bool(other and other.search(sentence.article.text, max(sentence.start, reach[0]), min(sentence.end, reach[1])))


def _not_news(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the step at text[start:end] is background to the sentence's news, or only likely or called off."""
    text = sentence.article.text
    return bool(_BACKGROUND.search(text, max(sentence.start, start - 80), start) or _UNREALISED.match(text, end, sentence.end))


def _event_type(kind: str, description: str, low: str) -> str:
    """The kind, but a council report on money is a budget report, a step told as taking place is named by its noun, and a meeting or vote is named by its body (a press
    conference by itself)."""
    if kind == "council_report" and _MONEY.search(low):
        return "budget_report"
    if kind == "happened":
        head = description.split()[-1]
        return _HAPPENING_TYPES.get(head, head)
    if kind not in _SETTINGS:
        return kind
    if description.startswith("press "):
        return "press_conference"
    body = "scrutiny" if "select committee" in description else description.lower()
    return next((f"{w}_meeting" for w in ("scrutiny", "cabinet", "committee", "board") if w in body), "council_meeting")


def _first_time_when(sentence: Sentence, kind: str, group: str, event_type: str, m: re.Match) -> Interval | None:
    """When the milestone at `m` happened, or None when it restates one the article already reported: a kind stated
    again (unless dated apart from each time the article stated it before), a scrutiny body named again after a meeting,
    an undated meeting of a body already met (or told after a meeting already read), an undated directive."""
    seen, start = _first_mention(sentence.article), m.start()
    if kind == "meeting" and seen.setdefault("meeting", start) != start and group == "d8":
        return None
    # "the notice issued in 2014 has been lifted": a date within the words of an ending dates what ended
    own_dates = kind != "intervention_ended"
    if kind not in _SETTINGS | _MANY and seen.setdefault(kind, start) != start:
        return _dated_apart(sentence, kind, start, _milestone_when(sentence, m, dated=True, own_dates=own_dates))
    again = kind in _SETTINGS and (seen.setdefault(event_type, start) != start
                                   or (group in _TOLD and seen["meeting"] != start))
    when = _milestone_when(sentence, m, dated=kind in _REQUIRES_DATE or again, own_dates=own_dates)
    if when and kind not in _SETTINGS | _MANY:
        _stated_when(sentence.article).setdefault(kind, {})[start] = when
    return when


def _dated_apart(sentence: Sentence, kind: str, start: int, when: Interval | None) -> Interval | None:
    """`when`, for a kind the article stated before `start`, if it is a day, month or year apart from each time it was
    stated before (one row per fact per article: another date is another fact of the kind); else None."""
    stated = _stated_when(sentence.article).setdefault(kind, {})
    if not when or when.precision not in ("day", "month", "year") or any(
            (w.start or date.min) <= when.end and when.start <= (w.end or date.max) for at, w in stated.items() if at < start):
        return None
    stated[start] = when
    return when


@lru_cache(maxsize=16)
def _first_mention(article: Article) -> dict[str, int]:
    """Where the article first states each kind of milestone (filled as sentences are read, in order)."""
    return {}


@lru_cache(maxsize=16)
def _stated_when(article: Article) -> dict[str, dict[int, Interval]]:
    """When each kind of milestone the article states happened, by where it is stated (filled as sentences are read;
    keyed by position, so that reading the article again finds the same rows)."""
    return {}


@lru_cache(maxsize=16)
def _set_aside(article: Article) -> set[int]:
    """Where the article's sentences start whose step a rule read as not taken (filled as sentences are read)."""
    return set()


def extract(sentence: Sentence) -> list[tuple[str, dict]]:
    """events.csv rows for the milestones a sentence reports."""
    text = sentence.article.text
    low = " ".join(sentence.folded.split())  # keys are matched across line breaks
    triggered = any(map(low.__contains__, _TRIGGERS))
    due = any(d.interval.precision == "before" for d in sentence.dates)
    found = set(_KEY.findall(low))
    if not (triggered or due or found):
        return []
    if not (triggered or due):
        return unique(_milestones(sentence, low, found, set()))  # which asks about councils in general only if need be
    if about_councils_in_general(sentence):
        return []
    rows = _deadlines(sentence) if due else []
    folded = sentence.folded
    for kind, pattern, noun in _RULES if triggered else ():
        m = pattern.search(folded, text, sentence.start, sentence.end)
        when = (m and not _not_news(sentence, *m.span()) and not _unreal(sentence, kind, *m.span())
                and not _other_kind(sentence, kind, *m.span()) and _when(sentence, kind, m))
        if when:
            actor = _actor(sentence, m.start(), m.end()) if kind in _EXTERNAL_ACTS else ""
            rows.append(_row(sentence, m.start(), m.end(), kind, when, _description(m, noun), actor))
    done = {r["event_type"] for _, r in rows}
    if "deadline" in done:
        done.add("improvement_plan")  # the plan due is the deadline's step
    return unique(rows + _milestones(sentence, low, found, done))


# The milestone each kind of DfE directive marks (contract §2: a directive is a ratings row, its milestone an event too).
_DIRECTIVE_MILESTONES = {
    "ratings.commissioner-brought-in": ("commissioner_appointed", "commissioner"),
    "ratings.improvement-notice": ("improvement_notice", "improvement notice"),
    "ratings.directive": ("directive_issued", "directive"),
    "ratings.directive-issued-to": ("directive_issued", "directive"),
    "ratings.lost-control": ("government_intervention", "services taken out of the council's control"),
    "ratings.control-removed": ("government_intervention", "services taken out of the council's control"),
    "ratings.trust-ordered": ("government_intervention", "services taken out of the council's control"),
    "ratings.intervention": ("government_intervention", "government intervention"),
}

# A directive only foretold ("the DfE will appoint a commissioner", "is expecting an improvement notice"): no milestone yet
_FORETOLD = re.compile(r"\b(?:will|is\s+to|are\s+to|(?:is|are)\s+(?:set|due|expected)\s+to|(?:is|are)\s+expecting|expects?)\s+"
                       r"(?:[\w’'-]+\s+){0,3}?(?:appoint|issue|impose|send|direct|(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                       r"(?:notice|direction|commissioner))", re.I)

# The words naming a directive in a ratings row's quote (where its background or hedge is looked for)
_DIRECTIVE_WORDS = re.compile(r"(?:(?:improvement|statutory|formal|government)\s+)?(?:commissioner|notice|direct(?:ion|ive|ing|ed)"
                              r"|intervention|control|stripped|taken\s+(?:out\s+of|away))", re.I)


def directive_milestones(found: list[Sentence], facts: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """events.csv rows for the article's DfE directives (ratings rows) whose text no event row of it already quotes
    (one per quoted text) and that restates no milestone of its kind, council and time the article already states: the
    commissioner appointed, the notice or direction issued, the intervention, quoted and dated as the directive; not
    one only foretold."""
    stated = [row for table, row in facts if table == "events"]
    quoted = [(row["char_start"], row["char_end"]) for row in stated]
    rows = []
    for table, row in facts:
        kind = table == "ratings" and _DIRECTIVE_MILESTONES.get(row["rule"])
        start, end = row["char_start"], row["char_end"]
        if not kind or any(a < end and start < b for a, b in quoted) or any(
                (r["event_type"], r["council"]) == (kind[0], row["council"]) and may_overlap(r, row) for r in stated):
            continue
        sentence = next(s for s in found if s.start <= start < s.end)
        if (_FORETOLD.search(sentence.article.text, sentence.start, sentence.end)
                or _directive_not_news(sentence, kind[0], start, end)):
            continue
        when = Interval(date.fromisoformat(row["date_start"]) if row["date_start"] else None,
                        date.fromisoformat(row["date_end"]) if row["date_end"] else None, row["date_precision"])
        rows.append(("events", sentence.row("events.directive-milestone", start=start, end=end, council=row["council"],
                                            interval=when, event_type=kind[0], description=kind[1], actor="DfE")))
        quoted.append((start, end))  # one row per mention: a list of councils under one directive is one milestone
        stated.append(rows[-1][1])
    return rows


def _directive_not_news(sentence: Sentence, kind: str, start: int, end: int) -> bool:
    """Whether the directive first named in text[start:end] is background to the sentence's news, only likely, supposed,
    hedged or threatened, or another body's (a planning direction)."""
    named = _DIRECTIVE_WORDS.search(sentence.article.text, start, end)
    at = named.span() if named else (start, end)
    return (bool(named) and _not_news(sentence, *at)) or _unreal(sentence, kind, *at) or _other_kind(sentence, kind, start, end)


def model_milestones(found: list[Sentence], facts: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """events.csv rows for the news sentences that no rule read a fact from (a directive only implied, as by "the
    government's commissioner", is background, not the sentence's news) but the trained classifier (`event_model`) reads
    a milestone in: quoted whole, described by their first twelve words, dated by their first date, else by
    their tense. Not in an inspectorate's own report (a genre the model never saw), nor in a sentence quoting
    someone's words (comment, not a step taken) or about councils in general."""
    from .event_model import reports_milestone

    if not found or inspectorate_report(found[0].article):
        return []
    read = [(row["char_start"], row["char_end"]) for _, row in facts if row["rule"] not in IMPLIED_DIRECTIVES]
    rows = []
    for sentence in found:
        if not open_to_model(sentence, read) or not reports_milestone(sentence):
            continue
        dated = [d.interval for d in sentence.dates if d.interval.start or d.interval.end]
        when = dated[0] if dated else sentence.by_tense(sentence.start, sentence.end)
        description = " ".join(sentence.text.lstrip("•·▪●*–- \t\n").split()[:12])
        national = sentence.spans_of("AREA") and _by_national_body(sentence, sentence.start, sentence.end)
        council = sentence.councils[0][2] if sentence.councils else "" if national else sentence.council
        rows.append(("events", sentence.row("events.sentence-model", council=council, interval=when,
                                            event_type="other_milestone", description=description, actor="")))
    return rows


def open_to_model(sentence: Sentence, read: list[tuple[int, int]]) -> bool:
    """Whether the classifier may read the sentence: no fact was read from it (`read`: the facts' quote offsets), it
    quotes no one’s words, no rule read its step as not taken, it does not open with a denial or a condition and it is not
    about councils in general."""
    return not any(a < sentence.end and sentence.start < b for a, b in read) and not _QUOTING.search(sentence.text) \
        and sentence.start not in _set_aside(sentence.article) and not _NOR.match(sentence.article.text, sentence.start) \
        and not about_councils_in_general(sentence)
