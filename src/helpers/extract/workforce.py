"""Workforce figures (vacancies.csv) and counts of children (measures.csv).

Each quantity is read in its clause with the quantity masked as `§Q`, so a rule says
where the number sits relative to the words that name the measure ("a vacancy rate of
§Q", "§Q looked-after children").
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from ..corpus import Article
from ..intervals import UNKNOWN, Interval
from ..literals import Alternatives, Candidates, fold
from .sentence import STATEMENT, Sentence
from .spans import AREA, GRADE, canonical_grade

_TRIGGER = Alternatives(re.compile(
    r"vacan|strength|case\s*load|jobs|posts|roles|positions|staff|workforce|workers?|turn-?over|agency|looked[\s-]+after"
    r"|looks\s+after|looking\s+after|under\s+(?:[\w’'-]+\s+){0,3}?care\b|permanent|advertised|recruit|hiring|\bup\s+from|\bdown\s+from|\bin(?:to)?\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w’'-]+\s+){0,3}?care\b|protection\s+plan|foster"
    r"|in\s+care|asylum|UASC|under[\s-]+18|under\s+the\s+age|population|home\s+to|referral|in\s+need|unfilled|cases|car(?:es|ed|ing|e)\s+for|protection\s+register|one\s+of"
    r"|unaccompanied|referred\s+to\s+(?:children|social)|number\s+of|corporate\s+parent|locum|\btemps\b"
    r"|residential|children['’]s\s+homes|\b(?:placed|living|live)\s+(?:outside|out\s+of)\b|\binspected\s+(?:[\w,-]+\s+){1,3}?(?:councils|authorities)\b"
    r"|\b(?:councils|authorities|areas)\b(?=[^.;]{0,100}?\b(?:rated|judged|deemed|graded|seen|found|inspected|inadequate"
    r"|outstanding|adequate|good|improvement)\b)|\btop\s+\d", re.I))
_NOT_A_POINT = re.compile(r"(?:since|after|before|by|until|till|up\s+to|prior\s+to)\b"
                          r"|the\s+(?:past|last|next|coming)\b", re.I)

_UASC = (r"(?:unaccompanied asylum[\s-]+seek(?:ing (?:children|young people|minors)|ers)|UASC\b"
         r"|unaccompanied (?:migrant |refugee )?(?:children|minors))")
_CLA = (r"[‘'“\"]?(?:looked[\s-]+after[’'”\"]? children"
        r"|(?:children|young people|kids|youngsters)(?: and young people)? (?:from (?-i:[A-Z])[\w’'-]+ )?(?:in (?:the |its |their |our )?"
        r"(?!(?:foster|residential|kinship)\b)(?:[\w’'-]+ ){0,3}?care\b|looked after))")
# after "the number of": children put into care are counted with those in care ("the number of children put into care
# has risen from 530 to 716")
_CLA_COUNTED = (rf"(?:{_CLA}|(?:children|young people|under[\s-]+18s)(?: [\w’'-]+){{0,10}}? "
                r"(?:put|taken|brought|placed|going|coming) into (?:[\w’'-]+ ){0,2}?care\b|under[\s-]+18s in (?:[\w’'-]+ ){0,2}?care\b"
                # "the number of children the council looks after"
                r"|(?:children|young people) (?:(?:who|that|whom) )?(?:[\w’'-]+ ){1,4}?(?:looks after|cares for))")
_JOBS = r"(?:[\w’'-]+ ){0,4}?(?:jobs|posts|roles|positions)\b"  # "frontline children’s social worker posts"
_LAC = rf"(?:{_CLA}|LAC\b)(?: \(LAC\))?"
_ON_CPP = (r"(?:(?:children|young people)(?: and young people)? )?(?:(?:who are )?(?:on|subject to) )?(?:a )?child protection "
           r"plans?\b(?: \(CPPs?\))?")
# a rate per 10,000 children, its figure after the verb ("... was §Q", "... has risen from 62.8 to §Q")
_PER_10000_BASE = r" per (?:10,?000|§O)(?: of (?:the )?(?:child )?(?:population|children))?"  # 10,000 masked as §O
_RESIDENTIAL = r"(?:residential (?:care|homes?|placements?|settings?|units?)|(?:residential )?children['’]s homes)\b"
_PER_10000_NEXT = r"(?= (?:children )?(?:per|for every|in every) §O\b)"  # the figure's base after it: "§Q per 10,000"
_RATE_WAS = (r"(?:[^.;§]|§O){0,80}?\b(?:was|is|stood at|stands at|of|at|to|from|reached|hit|rose to|fell to)\s"
             r"(?:[a-z-]+\s){0,2}?§Q")
_HOLDS = (r"\b(?:has|had|have|with|look(?:s|ing|ed)? after|car(?:es|ing|ed|e) for|supports?|total of|there (?:are|were)|responsible for"
          r"|rose to|fell to|increased to|reached)\s(?:[\w-]+\s){0,2}?§Q")


def rx(pattern: str) -> re.Pattern[str]:
    """Compiled case-insensitively, a space matching any run of white space (PDF text breaks lines)."""
    return re.compile(pattern.replace(" ", r"\s+"), re.I)


# The owner of a set of posts or staff: "the", "its", "Barnet's".
_WHOSE = r"(?:(?:the|its|all|their|our|all (?:the|its|their)|[\w’'-]+[’']s?) )?"
_BE = (r"(?:is|are|was|were|remains?|remained|stands?|stood|sits?|sat|lies|lay|has been|have been|had been|being"
       r"|left|lying|currently|still|now)")
# a post nobody holds: "vacant", "still to be filled", "needed to be filled"
_UNFILLED = (r"(?:vacant|unfilled|empty|unoccupied"
             r"|(?:still )?(?:not|yet to be|still to be|waiting to be|needed to be|needs? to be|needing to be) filled)\b")
_STAFF = r"(?:[\w’'-]+ ){0,3}?(?:jobs|posts|roles|positions|social workers|staff|workforce|workers|employees|practitioners|teams?)\b"
_CHANGED_TO = (r"(?:rose to|risen to|rising to|increased to|fell to|fallen to|falling to|dropped to|reached|hit|totalled"
               r"|totals|numbered|stood at|stands at|standing at|is|was|are|were|of|at|to)")
# What "the number of" counts, in lower-case words ending in a plural noun or "staff"; not children, people or councils,
# which the rules name by what is said of them, nor a count of time
_NOT_A_NOUN = (r"(?!(?:the|an?|its|their|his|her|our|this|that|these|those|and|or|of|as|us|has|have|had|is|was|were|are"
               r"|across|less|plus|thus|whereas)\b)")
_COUNTED = (rf"(?P<counted>(?:{_NOT_A_NOUN}(?-i:[a-z][a-z-]*) ){{0,3}}{_NOT_A_NOUN}(?-i:[a-z][a-z-]*s|staff))\b"
            r"(?<!children)(?<!people)(?<!families)(?<!youngsters)(?<!kids)(?<!pupils)(?<!cases)(?<!councils)(?<!authorities)"
            r"(?<!areas)(?<!years)(?<!months)(?<!weeks)(?<!days)(?<!hours)(?<!times)")
# where or by whom: "in Kent", "employed by the council", "carried out in Kent"
_COUNTED_WHERE = (r"(?: (?:in|at|across|within|employed by|working (?:in|for)|(?-i:[a-z]+ed)(?: (?:out|by|in|at|for|on))?)"
                  r" [^.;§,]{1,40}?)?,? (?:(?:has|have|had) )?(?:now )?")
_GROWS = (r"(?:risen|rose|increased|grown|grew|fallen|fell|decreased|dropped|gone up|gone down|went up|went down|climbed"
          r"|jumped|soared|rocketed)\b")
_STANDS = r"(?:reached|stood at|stands at|totalled|totals|hit|topped|is|was)"
# The start of a figure's subject: not what is said of it ("the budget for children in care", "the number of ...")
_SUBJECT = r"(?<!\bfor\x20)(?<!\bon\x20)(?<!\bof\x20)(?<!\bwith\x20)(?<!\babout\x20)(?<!\bto\x20)(?<!\bin\x20)"
# What a figure's subject did, right after it, with a place or time between ("... in Kent have risen from 1,500 in 2015
# to | §Q", "... now number | §Q"); not across a relative clause or another statement
_SUBJECT_GAP = r"(?:(?!\b(?:who|which|that|whose|while|whereas|but|and|said|says)\b)[^.;§,]){0,50}?\b"
# a level moved, by its subject or by someone ("has risen", "was cut")
_MOVED = (r"(?:r[io]sen?|rises|rising|increas(?:e|es|ed|ing)|f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|decreas(?:e|es|ed|ing)"
          r"|gr[eo]wn?|grows|growing|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut"
          r"|lower(?:s|ed)?"
          r"|(?:come|came|gone|went|brought) (?:up|down)|shr[iau]nk|shrinks|halved|slashed)")
_REACHES = (rf"{_SUBJECT_GAP}(?:(?:has|have|had) )?(?:now |currently |still |also )?(?:been )?"
            rf"(?:{_MOVED}(?: (?:sharply|slightly|steadily|further|again))?(?: (?:from|by|in|over|since|during) "
            r"(?:[^.;§]|(?<=by\x20)§O){1,30}?){0,2} to"
            r"|(?:stands?|standing|stood|runs?|running|ran|sits?|sitting|sat) at|number(?:s|ed)?(?! of)|total(?:s|led)?"
            r"|reach(?:es|ed)?|hit|hits|top(?:s|ped)|peaked at)\s(?:(?:an? )?(?:record|all-time|new) (?:high |peak |low )?(?:of )?"
            r"|(?:[a-z-]+\s){0,2}?)§Q")
# a part making up a whole: "... make up | §Q"
_MAKES_UP = (r"(?:(?:make|makes|made|making) up|account(?:s|ed|ing)? for|represent(?:s|ed|ing)?|amount(?:s|ed|ing)? to"
             r"|equat(?:e|es|ed|ing) to)")
# a count changing, in any tense ("has seen referrals | rise by"); not a forecast ("is expected to rise")
_CHANGES = (r"(?<!\bto\x20)(?:increas(?:e|es|ed|ing)|r[io]sen?|rises|rising|gr[eo]wn?|grows|growing|f[ae]ll(?:s|en|ing)?"
            r"|decreas(?:e|es|ed|ing)|drop(?:s|ped|ping)?|(?:go|goes|gone|went|going) (?:up|down)|jump(?:s|ed|ing)?"
            r"|climb(?:s|ed|ing)?|rocket(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing))\b")
# not vacancies of places or carers: "vacancies for foster carers", "vacancies in its children's homes"
_NOT_PLACES = r"(?! (?:for|among|in|at) (?:[\w’'-]+ ){0,2}?(?:foster|adopt|school|nurser|places?\b|beds?\b|homes?\b))"
# a change's direction, not a share something makes up ("referrals from schools made up 30 per cent")
_UP_DOWN = r"(?<!made\x20)(?<!make\x20)(?<!makes\x20)(?<!making\x20)\b(?:up|down)"
# a change after its subject: "... in Kent have increased by | §Q", "... is up | §Q"
_CHANGED_BY = (rf"{_SUBJECT_GAP}(?:(?:has|have|had) )?(?:now )?(?:{_CHANGES}|(?:is|are|was|were) (?:up|down))\s(?:by\s)?"
               r"(?:[a-z-]+\s){0,3}?§Q")
# A count of councils or areas given a grade: "... were rated | ‘good’", "... deemed | inadequate"
_OPEN = r"[‘'“\"]?"
_NOT_ONE_WORKER = r"(?<!\bone\x20)(?<!\ba\x20)(?<!\bsingle\x20)(?<!\bindividual\x20)"  # "a social worker had 38 cases": hers alone
_GRADE_VERB = r"(?:rated|judged|graded|deemed|found to be|assessed as|seen as|classed as)"
_GRADED = (rf"(?:(?:(?: (?:have|had) (?:now )?been| were| are| was)(?: {_GRADE_VERB})?| {_GRADE_VERB})(?: as)? {_OPEN}{GRADE}\b"
           r"(?! (?:at|enough|news|practice|progress)\b)"
           # the grade of what they provide: "37 councils are providing adequate services"
           rf"|(?: (?:are|were|was|is))? (?:providing|delivering|running|offering) {_OPEN}{GRADE}[’'”\"]? services\b)")
_RULES = [(table, measure, unit, Alternatives(rx(pattern))) for table, measure, unit, pattern in [
    ("vacancies", "vacancy_rate", "share",
     r"(?:vacancy (?:rates?|factors?)|\b(?:rates?|levels?) of vacanc(?:y|ies))\b(?:(?!\brates?\b)[^.;§]){0,80}§Q"
     r"|§Q\s*vacancy (?:rate|factor)"
     r"|\bat §Q, (?:[\w’'-]+ ){0,5}?vacancy (?:rates?|levels?)\b"  # "At 26 per cent, Kent's vacancy rate is ..."
     rf"|\b(?:vacanc(?:y|ies)|vacant posts|unfilled posts)\b(?! rate){_NOT_PLACES}{_REACHES}"
     # "vacant posts make up 26 per cent of the establishment"
     rf"|\b(?:vacancies|vacant posts|unfilled posts)\b{_NOT_PLACES}{_SUBJECT_GAP}{_MAKES_UP} (?:[a-z-]+ ){{0,2}}?§Q of {_WHOSE}"
     rf"(?:{_STAFF}|(?:[\w’'-]+ ){{0,3}}?establishments?\b)|\bvacanc(?:y|ies) in §Q of {_WHOSE}{_JOBS}"
     # "has cut its social worker vacancies to 26 per cent"
     rf"|\b{_MOVED} (?:its |the |their )?(?:[\w’'-]+ ){{0,3}}?vacancies(?: (?:from|by|in|over|since|during) [^.;§]{{1,30}}?){{0,2}}"
     r" to (?:[a-z-]+ ){0,2}?§Q"
     rf"|§Q (?:of )?{_WHOSE}(?:\d[\d,]* )?{_JOBS}[^.;§]{{0,80}}?(?:\s{_BE}){{0,3}}\s{_UNFILLED}"
     r"|\bvacanc(?:y|ies)\b(?! rate)(?:(?!\b(?:and|but|while|whereas|which|who|that)\b)[^.;§]){0,40}?\b(?:stand|stands|stood|standing|running|runs|ran|reached|hit|hits|at|of"
     r"|rose to|risen to|fell to|fallen to|increased to|decreased to|dropped to)\s(?:[\w-]+\s){0,2}?§Q"
     r"|\b(?:proportion|percentage|share|number|rate)\s+of\s+(?:[\w’'-]+\s+){0,4}?(?:posts|jobs|roles|positions)\s+"
     r"(?:that\s+are\s+|which\s+are\s+|left\s+|lying\s+)?(?:vacant|unfilled|empty)\b[^.;§]{0,60}§Q"
     rf"|\b(?:unable|failed|failing|struggl\w*)\s+to\s+fill\s+§Q (?:of )?{_WHOSE}{_JOBS}"
     # "there were 30 posts vacant, 40 per cent of the establishment"
     r"|\b(?:vacant|vacancies|unfilled)\b[^.;§]{0,40}?§Q of (?:the |its |their )?(?:[\w’'-]+ )?establishments?\b"),
    ("vacancies", "understrength_share", "share",
     r"under-?strength\b[^.;§]{0,40}§Q|§Q\s(?:under-?strength|short[\s-]+staffed)"
     # "the gap represents six per cent of the workforce"
     r"|(?<!pay\x20)(?<!gender\x20)\b(?:gap|shortfall)\b (?:represents|is|was|equates to|amounts to) (?:about |around |some )?"
     r"§Q of (?:the |its |their )?(?:[\w’'-]+ )?workforce\b(?![’'])"),
    ("vacancies", "turnover_rate", "share",
     # not across another rate, nor into what turnover led to ("has resulted in new staff accounting for over §Q")
     r"turn-?over(?: rates?)?\b(?:(?!\b(?:rates?|result\w*|led|leading|caus\w+|account\w*|where|while|whereas)\b)[^.;§]){0,100}§Q|turn-?over(?: rate)?\b[^.;§]{0,120}\brate\b[^.;§]{0,30}§Q"
     r"|§Q,?\s(?:the )?(?:national |average )?(?:staff |workforce |social worker )?turn-?over"
     r"|\bat §Q, (?:[\w’'-]+ ){0,5}?turn-?over\b"
     rf"|§Q of {_WHOSE}(?:[\w’'-]+ ){{0,3}}?(?:staff|social workers|workforce|workers|employees)\b"
     r"(?! (?:who (?:were |had been |have been )?)?(?:recruited|hired|appointed|taken on|brought in|who joined)\b)[^.;§]{0,30}?"
     r"\b(?:left|quit|leave|leaving|departed|moved on)\b"
     r"|§Q (?:[\w’'-]+ ){0,2}?(?:staff|social workers|workers|employees|practitioners) (?:have |had )?(?:left|quit|departed)\b"
     rf"|\blos(?:e|es|ing|t) §Q of {_WHOSE}(?:[\w’'-]+ ){{0,3}}?(?:staff|social workers|workforce|workers|employees)\b"),
    ("vacancies", "permanent_share", "share",
     r"§Q (?:of )?(?:the |its |our |their )?(?:[\w’'-]+ ){0,2}?(?:social workers|staff|workforce|workers|employees)"
     r"(?: (?:are|were|is|was))? (?:now |currently |still )?(?:employed )?(?:permanent(?:ly)?|on permanent contracts)\b"
     r"|\bpermanent (?:workforce|staff|social workers|employees)\b[^.;§]{0,30}?\b(?:of|at|is|was|stands at|stood at|to) "
     r"(?:[a-z-]+ ){0,2}?§Q"),
    # "in the top 25% of local authorities in England", "in the country's top 20%": the council's place among all councils
    ("measures", "national_rank_top_share", "share",
     r"\btop §Q(?= of (?:the )?(?:§O )?(?:[\w’'-]+ ){0,3}?(?:councils|local authorities|authorities|services|departments|areas)\b"
     r"| (?:nationally|nationwide|in the country|in england)\b)"
     r"(?![^.;§]{0,60}\bfor\b)"  # not a rank by one figure ("in the top 10% in the country for timeliness")
     r"|\b(?:country|nation|england)['’]s top §Q"),
    # "a fifth of the 150 councils inspected were judged inadequate": a share of the country's councils, named by the grade
    ("measures", "share_of_councils_rated", "share",
     r"§Q of (?:the |all )?(?:[\d,]+ )?(?:[\w’'-]+ ){0,2}?(?:councils|local authorities|authorities)\b(?! in\b)[^.;§]{0,60}?"
     rf"(?:{_GRADED}| (?:have|had) failed\b(?! to\b))"),
    # "74.4% of vacancies were covered by agency workers": a share of the vacancies, not of the workforce
    ("measures", "vacancies_covered_by_agency_share", "share",
     r"§Q of (?:the |its |all )?(?:[\w-]+ )?(?:vacancies|vacant posts) (?:(?:in|at|across) [^.;§]{1,30}? )?"
     r"(?:were|are|was|is) (?:being |currently |now )?"
     r"(?:covered|filled) (?:by|with) (?:[\w-]+ )?(?:agency|locum|interim|temporary)\b"),
    ("vacancies", "agency_share", "share",
     r"(?=agency\b|locum)(?<!rise\x20in\x20)(?<!increase\x20in\x20)(?<!growth\x20in\x20)(?<!fall\x20in\x20)(?<!drop\x20in\x20)(?<![\w-])"
     r"(?:agency|locums?)\b"
     r"(?! (?:work|fees?|commission|margins?|charges?|costs?|spend|spending|bills?)\b)(?:(?!\b(?:rise|increase|growth|fall|drop|uptick|grew|rose|fell|cost|costs|paid|pay|earn\w*|charg\w*)\b(?!\s(?:to|from)\b))[^.;§]){0,90}§Q"
     r"|§Q\s(?:of (?:the )?(?:[\w’'-]+ ){0,3}?(?:are|were|is|was)\s(?:still |now |currently )?)?(?:agency|locums?)\b"
     # "one in four social workers in Kent is employed through an agency", "... are employed on a temporary basis"
     rf"|§Q (?:of )?{_WHOSE}(?:[\w’'-]+ ){{0,3}}?(?:social workers|staff|workforce|workers|employees|practitioners)\b"
     r"[^.;§]{0,30}? (?:are|were|is|was) (?:still |now |currently )?(?:(?:employed|hired|engaged|recruited|supplied|sourced) )?"
     r"(?:from|through|via|by|on|as) (?:an? )?(?:agency|agencies|locums?|temporary|interim)\b"
     r"|§Q\s(?:of\s)?(?:the\s)?(?:[\w’'-]+\s){0,8}?(?:are|were|is|was)\s(?:still\s|now\s|currently\s)?(?:an?\s)?"
     r"(?:agency|locums?|temporary|interims?)\b"
     r"|§Q\sof (?:the )?(?:[\w’'-]+ ){0,5}?(?:are|were|is|was)\s(?:[\w-]+ ){0,3}?(?:from|through|via|by) agenc"
     r"|§Q,?\s(?:come|comes|came|are|were)\s(?:[\w-]+ )?(?:from|through|via) agenc"  # "the other 88, 58 per cent, come from agencies"
     # "23 per cent of County Hall's child social workers come from outside agencies"
     r"|§Q of (?:[\w’'-]+ ){0,6}?(?:social workers|staff|workforce|workers) (?:[\w-]+ ){0,2}?(?:come|comes|came|are|were) "
     r"(?:[\w-]+ )?(?:from|through|via) (?:[\w-]+ )?agenc"
     r"|\b(?:agency|locum)s?\b[^.;§]{0,30}?\bto (?:fill|cover|staff) (?:[a-z-]+ ){0,2}?§Q"
     r"|\b(?:workforce|staff|team) (?:includes|included|has|had) §Q (?:of )?(?:agency|locum)\b"  # "the workforce includes 15pc of agency workers"
     r"|\bat §Q, (?:[\w’'-]+ ){0,5}?(?:agency|locum)\b(?! (?:work|fees?|commission|costs?|spend|spending|bills?)\b)"
     rf"|§Q (?:of )?{_WHOSE}{_STAFF}[^.;§]{{0,40}}?\b(?:(?:filled|covered|staffed|occupied|held|done|provided) by"
     r"|(?:filled|staffed) with|made up of|comprised of|supplied by)\s"
     r"(?:[\w-]+ )?(?:agency|locum|interim|temporary)\b"),
    ("vacancies", "staff_change_share", "share",
     r"\b(?:increas|rais|ris|rose|gr[eo]w|expand|boost|cut|reduc|decreas|fell|fall|dropp|shr[ia]nk)\w*\b"
     r"(?:(?!\b(?:pay|salar\w*|wages?)\b)[^.;,§]){0,60}"  # not their pay ("cutting the pay of staff by 5 per cent")
     r"\b(?:staff|workforce|social workers|employees|headcount|workers)\b[^.;§]{0,20}\bby §Q"
     r"|\b(?:increas|rais|grow|expand|boost|cut|reduc|decreas)\w*\b(?:[^.;§]|§O){0,30}\bby (?:[\d,]+|§O) (?:more |extra )?"
     r"(?:people|staff|posts|workers|social workers|employees) \(?§Q\)?"
     r"|\b(?:(?:total )?number of (?:(?:permanent|qualified|full-time|children['’]s) )?(?:(?:social work |social care )?staff|social workers|employees)"
     r"|(?:staff|social worker|employee|workforce) numbers|workforce|headcount)\b(?:(?!\b(?:pay|salar|wage|cost|spend))[^.;§]){0,40}?"
     r"\b(?:increas|rais|ris|rose|gr[eo]w|expand|cut|reduc|decreas|fell|fall|dropp|shr[ia]nk)\w*(?: by)? (?:[a-z-]+ ){0,2}?§Q"),
    ("vacancies", "caseload_per_worker", "count",
     # not a count of staff or posts after the word ("reducing caseloads ... there are 27 social worker vacancies")
     rf"\bcase\s*loads?\b[^.;§]{{0,80}}§Q(?!{_GRADED})"  # not councils given a grade ("..., three were rated good")
     r"(?! (?:(?!(?:per|for|each|a)\b)[\w’'-]+ ){0,2}?(?:social workers|staff|workers|employees|practitioners"
     r"|vacancies|posts|jobs|roles|positions)\b)"
     r"|\bcases\s+(?:per|for\s+each|for\s+every|(?:held|carried|handled|managed)\s+by\s+(?:an?\s+|each\s+)?)\s*(?:[\w-]+\s+)?"
     r"(?:worker|practitioner)s?\b[^.;§]{0,30}§Q"
     # a ratio: "one social worker to every 24 children"
     r"|\b(?:one|§O|each) (?:[\w-]+ )?(?:worker|practitioner) (?:to|for) (?:every |each )?§Q (?:children|cases|families)\b"
     r"|§Q\s(?:[\w-]+ )?(?:cases|children|families)(?: each)? (?:per|for each|each|a|for every) (?:[\w-]+ )?"
     r"(?:worker|practitioner|staff member)"
     # not one worker's cases ("one social worker is juggling 99 cases")
     rf"|{_NOT_ONE_WORKER}\b(?:social workers?|practitioners?|(?<!social\x20)workers?|staff)\b"
     r"[^.;§]{0,40}?"
     r"\b(?:hold|holds|held|holding|carry|carries"
     r"|carried|carrying|handle|handles|handled|handling|juggle|juggles|juggling|responsible for|working on|manage|manages"
     r"|managed|managing)"
     r"\s(?:each |an average of |on average |average |up to |as many as )?§Q\s(?:[\w-]+\s)?(?:cases|children|families)\b"
     rf"|{_NOT_ONE_WORKER}\b(?:social workers?|practitioners?|(?<!social\x20)workers?)\b[^.;§]{{0,40}}?\b(?:has|have|had|having|with)\s"
     r"(?:each |an average of |on average |average |up to |as many as )?§Q\s(?:[\w-]+\s)?cases\b(?! between them)"  # a total
     r"|§Q (?:children|cases|families) on (?:their|his|her|a|each|the) (?:case\s*loads?|books)\b"),
    ("vacancies", "posts_created", "count",
     rf"§Q {_JOBS}[^.;§]{{0,40}}\b(?:created|added|established|funded|introduced)\b"
     rf"|\b(?:creat|add|establish|fund|approv|financ)\w*\b[^.;§]{{0,20}}§Q {_JOBS}"
     r"|\b(?:fund\w*|financ\w*|pay(?:s|ing)? for|paid for)\s+(?:an?\s+)?§Q\s+(?:more|extra|additional|new)\s+(?:members\s+of\s+staff|staff|social\s+workers|practitioners)\b"
     # not "a further 92 members of staff have left", "set to join", "to be cut" or "listed as absent"
     r"|\b(?:additional|extra|further) §Q (?:[\w’'-]+ ){0,3}?(?:staff|workers|social workers|posts|jobs|roles|positions"
     r"|practitioners)\b(?![^.;§]{0,60}\b(?:left|leaving|quit|departed|join|joining|start|starting|cut|axed|scrapped|lost"
     r"|deleted|absent|off sick))"
     r"|\brecruitment (?:drive|campaign|push|agency|firm) (?:for|to (?:fill|hire|recruit|take on|employ|bring in|find)) (?:an? )?(?:additional |extra |new |more )?§Q\b"
     # planned, not done: "will hire 20 more social workers", not "has hired 20 new social workers" (a hire)
     r"|\b(?:recruit(?:s|ing)?|hir(?:e|es|ing)|employ(?:s|ing)?|take on|taking on|bring in|bringing in|appoint(?:s|ing)?)\s"
     r"(?:a further |an extra |an additional |another )?§Q (?:(?:new|more|extra|additional|permanent|full-time|qualified"
     r"|newly[\s-]qualified|experienced) )+(?:[\w’'-]+ ){0,2}?(?:social workers|staff|workers|practitioners|managers|posts)\b"
     r"|§Q (?:[\w’'-]+ ){0,5}?(?:social workers|staff|workers|practitioners|managers) (?:will|would|are to|are set to) be "
     r"(?:recruited|hired|employed|appointed|taken on|brought in)\b"
     r"|\b(?:funding|money|cash|budget) (?:for|to (?:hire|recruit|employ|pay for)) (?:an? )?(?:extra |additional |further |more "
     r"|new )?§Q (?:[\w’'-]+ ){0,3}?(?:social workers|staff|workers|posts|practitioners)\b"),
    # "120 of Kent's 400 social work posts are vacant": 400 is the posts there are
    ("measures", "established_posts", "count",
     rf"(?:§O|per cent|percent|%|quarter|third|half|fifth)\)? of {_WHOSE}§Q (?!vacant|unfilled|empty){_JOBS}"
     # "21 vacancies out of 74 social worker positions", "38 vacancies in 163 full-time equivalent (FTE) positions"
     r"|\b(?:vacancies|vacant posts) (?:in|out of|among) (?:a total of |its |the |their )?§Q (?:[\w()’'-]+ ){0,4}?"
     r"(?:jobs|posts|roles|positions)\b"
     rf"|\bof (?:the |its |their )?§Q {_JOBS}[^.;§]{{0,60}}?, §O (?:(?:of them|of these) )?(?:{_BE} ){{1,2}}{_UNFILLED}"
     rf"|§Q {_JOBS},? (?:of which|of these|of them) §O (?:{_BE} ){{1,2}}{_UNFILLED}"
     # "there are a total of 456 full time equivalent social work posts" (not posts cut or lost)
     r"|\btotal of §Q (?:[\w()’'-]+ ){0,5}?(?:posts|positions)\b(?![^.;§]{0,30}\b(?:cut|lost|axed|deleted|vacant|unfilled|advertised)\b)"),
    ("measures", "vacant_posts", "count",
     rf"§Q of {_WHOSE}§O {_JOBS}(?:\s{_BE}){{0,3}}\s(?:vacant|unfilled|empty)\b"
     r"|§Q (?:full(?:-| )time (?:equivalent )?)?(?:(?:social work|social worker|vacant|unfilled|[\w-]+) )?(?:vacancies|vacant posts"
     r"|unfilled posts)\b"
     r"|\bvacancies (?:equivalent|equating) to §Q full(?:-| )time (?:staff|posts|social workers|workers)\b"
     r"|\b(?:vacancies|vacant posts)\b (?:(?:now|currently|still) )?(?:stood at|stands? at|of|at|rose to|fell to|reached|totalled"
     rf"|numbered) §Q\b|\b(?:vacancies|vacant posts|unfilled posts)\b{_NOT_PLACES}{_REACHES}"
     # a count, not a share: "vacancy levels now stand at 40"
     r"|\bvacancy (?:rates?|levels?|numbers?) (?:(?:now|currently|still) )?(?:stood at|stands? at|standing at) §Q\b"
     # "of 110 posts in children's services, 42 were vacant"
     rf"|\bof (?:the |its |their )?§O {_JOBS}[^.;§]{{0,60}}?, §Q (?:(?:of them|of these) )?(?:{_BE} ){{1,2}}{_UNFILLED}"
     rf"|§O {_JOBS},? (?:of which|of these|of them) §Q (?:{_BE} ){{1,2}}{_UNFILLED}"  # "400 posts, of which 100 are vacant"
     r"|§Q (?:posts |jobs |roles |vacancies )?(?:were |are )?advertised\b"
     # "has been unable to fill 127 social work posts", "127 posts it cannot fill"
     rf"|\b(?:unable|failed|failing) to fill §Q {_JOBS}"
     rf"|§Q {_JOBS} (?:it|they|we|the council) (?:cannot|can['’]t|could not|couldn['’]t|(?:is|are|was|were|has been|have been) unable to)"
     r" fill\b"
     r"|§Q (?:[\w-]+ ){0,2}?(?:vacant|unfilled|empty) (?:[\w’'-]+ ){0,3}?(?:posts|jobs|roles|positions)\b"
     # "81 social worker positions in the department needed to be filled"
     rf"|(?<!of\x20its\x20)(?<!of\x20the\x20)(?<!of\x20their\x20)(?<!of\x20our\x20)§Q {_JOBS}"
     r"(?: (?:in|at|across|within) [^.;§,]{1,50}?)?"
     rf"(?:\s{_BE}){{0,3}}\s{_UNFILLED}"),
    ("measures", "vacancies_covered_by_agency", "count",
     r"§Q of (?:these|them|which|those|the (?:vacancies|vacant posts|posts))(?: posts)? (?:are|were|is|was) "
     r"(?:being |currently |now )?(?:covered|filled|staffed) (?:by|with) (?:[\w-]+ )?(?:agency|locum|interim|temporary)"
     r"|§Q (?:vacant )?(?:posts|vacancies|roles|positions) (?:are|were) (?:currently |now )?(?:being )?(?:covered|filled|staffed) "
     r"(?:by|with) (?:[\w-]+ )?(?:agency|locum|interim|temporary)"
     # "35 agency workers ... were used to fill a vacancy", "Of these, 5,744 were used to fill new vacancies"
     r"|§Q (?:(?:[\w-]+ )?(?:agency|locum) (?:social workers|staff|workers) )?[^.;§]{0,40}?\b(?:were|are) (?:used|employed|brought in)"
     r" to (?:fill|cover) (?:a |the )?(?:new )?vacanc"
     # "of its 100 vacancies, 60 are covered by agency staff"
     r"|\bof (?:the |its |their )?§O (?:vacancies|vacant posts)\b[^.;§]{0,40}?, §Q (?:of them |of these )?(?:are|were) "
     r"(?:being |currently |now )?(?:covered|filled|staffed) (?:by|with) (?:[\w-]+ )?(?:agency|locum|interim|temporary)"),
    ("measures", "agency_social_workers_fte", "count",
     r"§Q (?:full-time equivalent|FTE) (?:agency|locum) (?:social workers|social work staff|staff|workers)\b"
     r"|\b(?:full-time equivalent|FTE) (?:number )?of (?:agency|locum) (?:social workers|staff)\b[^.;§]{0,40}?"
     rf"\b{_CHANGED_TO}\s(?:[a-z-]+\s){{0,2}}?§Q"),
    ("measures", "agency_staff", "count",  # not those turned permanent: "34 agency staff have become permanent"
     # "58 social workers were hired from agencies"
     r"§Q (?:[\w-]+ ){0,2}?(?:social workers|staff|workers) (?:were|are|have been|had been) (?:hired|recruited|supplied|sourced"
     r"|employed|brought in) (?:from|through|via) (?:an? |the |outside |external )?agenc"
     r"|§Q (?:[\w-]+ ){0,2}?(?:agency|locum) (?:[\w-]+ ){0,2}?(?:social workers|staff|workers|practitioners)\b"
     r"(?![^.;§]{0,40}\b(?:bec[oa]m\w*|transferr\w*|convert\w*|join\w*|switch\w*)\b)"
     r"|§Q of (?:which|whom|them|these) (?:are|were|is) (?:[\w-]+ ){0,2}?(?:by |from )?(?:agency|agencies|locums?|interim)\b"
     r"|§Q (?:[\w-]+ )?(?:locums|temps)\b"  # "paid for 167 temps"
     r"|(?<!\bnon-)\b(?:(?:agency|locum) (?:[\w-]+ ){0,2}?(?:social workers|staff|workers)|locums)\b(?:[^.;§]|(?<=by\x20)§O){0,40}?"
     rf"\b{_CHANGED_TO}\s(?:[a-z-]+\s){{0,2}}?§Q(?! (?:[\w-]+ )?(?:children|cases|families)\b)"),  # not their caseload
    ("measures", "uasc_share_of_national", "share",
     rf"§Q of (?:the )?(?:total )?(?:number of )?(?:all )?{_UASC}[^.;§]{{0,30}}"
     r"\b(?:country|nation|national|nationally|England)\b"),
    ("measures", "uasc_share_of_children_in_care", "share",
     rf"{_UASC}(?:[^.;§]|§O){{0,80}}§Q of (?:the |all )?(?:total )?(?:(?:number|population) of )?{_CLA}"),
    ("measures", "unaccompanied_asylum_seeking_children_in_care", "count",
     rf"(?:{_HOLDS}|\bincluding\s(?:[\w-]+\s)?§Q)\s{_UASC}|{_UASC}\s\(§Q"
     rf"|^(?:[^§]*,\s)?§Q (?:children|young people|of (?:the|them|these)(?: children)?) (?:were|are) {_UASC}"),
    # a rate per 10,000 named before its figure: "the rate per 10,000 of looked-after children has risen to §Q", "the rate of
    # children subject to child protection plans per 10,000 of population was §Q"
    # or before it: "the rate of looked-after children is §Q per 10,000", "the looked-after children rate has risen to §Q per 10,000"
    ("measures", "children_in_care_per_10000", "count",
     rf"\brate (?:per (?:10,?000|§O) of (?:the )?{_LAC}|of (?:the )?{_LAC}{_PER_10000_BASE}){_RATE_WAS}"
     rf"|\b(?:rate of (?:the )?{_LAC}|{_LAC} rate){_RATE_WAS}{_PER_10000_NEXT}"
     rf"|\bnumber of (?:the )?{_LAC} per (?:10,?000|§O)(?: children)?{_RATE_WAS}"),
    ("measures", "children_on_child_protection_plans_per_10000", "count",
     rf"\brate (?:per (?:10,?000|§O) of (?:the )?{_ON_CPP}|of (?:the )?{_ON_CPP}{_PER_10000_BASE}){_RATE_WAS}"
     rf"|\b(?:rate of (?:the )?{_ON_CPP}|{_ON_CPP} rate){_RATE_WAS}{_PER_10000_NEXT}"),
    ("measures", "children_taken_into_care", "count",
     r"§Q (?:[\w-]+ )?(?:children|young people|youngsters|kids|babies) (?:were |have been |had been |are being |being )?"
     r"(?:taken|brought|received) into care\b"),  # (not "the number of children taken into care rose to §Q": _CLA_COUNTED)
    ("measures", "children_in_care", "count",
     # given per 10,000 children (then named children_in_care_per_10000): "65 children in care per 10,000", "a high proportion of
     # children in care with 112 for every 10,000"
     rf"§Q {_CLA} (?:(?:for|in) every|per) §O\b|{_CLA}[^.;§]{{0,30}}?\bwith §Q (?:(?:for|in) every|per) §O\b"
     rf"|{_HOLDS}\s{_CLA}|\b(?:[\w-]+['’]s|the|its|their|our) §Q {_CLA}(?! (?:who|that|whose|placed|living|moved|sent)\b)"
     r"|(?:^(?:[^§]*,\s)?|\btotal of )§Q (?:children|young people|kids|youngsters) (?:were|are) (?:being |currently |now )?"
     r"(?:looked after|in (?:the |its |their |our |(?-i:[A-Z])[\w’'-]+ )?(?!(?:foster|residential|kinship)\b)(?:[\w’'-]+ ){0,2}?care\b(?! homes?\b| (?:leavers?|proceedings)\b))"
     # the next count of a list of children: "3,000 children in need and | 600 in care" (not a part of a whole: "Of 287
     # children looked after, | 101 are looked after under section 20")
     r"|(?<!\bof\x20§O\x20)(?<!\band\x20)(?:children|young people)\b[^.;§]{0,60}?(?:,|\band) §Q (?:are |were )?(?:in care\b(?! homes?\b| (?:leavers?|proceedings)\b)|looked after\b)"
     r"|§Q (?:(?:children|young people)(?: and young people)? |of (?:them|whom|these) )?(?:are |were )?(?:being )?looked after by (?:the )?"
     r"(?:[\w’'-]+ ){0,3}?(?:authority|council|department)\b"
     r"|\bof (?:which|whom|them|these) §Q (?:are|were) (?:currently |now )?(?:in care\b(?! homes?\b)|looked after\b)"
     rf"|{_SUBJECT}{_CLA}{_REACHES}|\bnumber of {_CLA_COUNTED}{_REACHES}"
     r"|(?<!home\x20)\b(?:care|looked[\s-]after(?: child| children)?) population\b[^.;§]{0,40}?\b(?:at|of|is|was|to) §Q"
     r"|\bcorporate parents? (?:of|to|for) §Q (?:children|young people)\b"
     r"|§Q (?:of (?:the |its |their )?)?(?:[\w’'-]+ ){0,3}?(?:children|young people) under (?:[\w’'-]+ ){0,3}?care\b"
     r"|§Q (?:children|young people)(?: and young people)? (?:are |were )?(?:currently |now )?in the care of\b"
     r"|\b(?:looks|looking|looked) after (?:(?:just |nearly |almost |some |around |about |an? (?:record|total of) )?(?:over |under )?)?§Q (?:children|young people)(?: and young people)?\b(?! and)"
     r"|\b(?:cares?|caring|cared) for (?:[a-z-]+ )?§Q (?:children|young people)(?: and young people)?\b(?! and)"
     rf"|\bnumber of {_CLA_COUNTED}(?:(?!\b(?:who|whose|which|that)\b)[^§]|§O){{0,100}}\b(?:from|to) §Q"
     rf"|\bnumber of (?:(?-i:[A-Z])[\w’'-]+ )?{_CLA_COUNTED}(?: (?:in|at|across|within|by) [^.;§,]{{1,40}}?)?\s(?:(?:has|had|have) )?(?:is|was|stands at|stood at|rose to|fell to|of|at"
     r"|topped|passed|exceeded|reached|hit)\s(?:[\w-]+\s){0,2}?§Q"),
    ("measures", "children_in_care_share", "share",  # "one in 60 children is in care"
     r"§Q (?:children|kids|youngsters|young people)\b(?: (?!(?:who|that|which|looked)\b)[\w’'-]+){0,6}? (?:is|are|was|were) "
     r"(?:now |currently )?in care\b(?! (?:homes?|previously|before)\b)"),
    ("measures", "children_in_foster_care", "count",
     r"§Q (?:[\w-]+ )?(?:children|young people)(?: out of §O)?(?: (?:who|that))?(?: are| were)? (?:currently |now )?"
     r"(?:in|placed in|living in|living with|placed with) foster (?:care|families|carers|parents)\b"),
    # "40 children live in residential children's homes", "40 young people are placed in residential care"
    ("measures", "children_in_residential_care", "count",
     r"§Q (?:[\w-]+ )?(?:children|young people)(?: (?:who|that))?(?: are| were)? (?:currently |now )?"
     rf"(?:in|placed in|living in|live in|lived in) {_RESIDENTIAL}"),
    # "200 children in care are placed outside the county", "200 of them live out of the area"
    ("measures", "children_in_care_placed_outside_area", "count",
     r"§Q (?:(?:[\w-]+ )?(?:children|young people)(?: in care| looked after)? )?(?:(?:who|that) )?(?:are |were )?(?:currently |now )?"
     r"(?:placed|living|live|lived|housed) (?:outside|out of) (?:the |their |its )?(?:[\w’'-]+ ){0,2}?"
     r"(?:county|borough|city|area|authority|district)\b"),
    ("measures", "child_protection_plans", "count",
     r"§Q (?:(?:children|young people)(?: and young people)? )?(?:(?:in|at|across) [^.;§,]{1,30}? )?(?:are |were )?[‘'“\"]?"
     r"(?:on|subject to|the subject of) (?:a |the )?"
     r"(?:child )?protection (?:plans?|register)\b"
     r"|§Q child protection plans\b"
     rf"|{_SUBJECT}{_ON_CPP}{_REACHES}"
     r"|\bnumber of (?:children|young people) (?:on|subject to|requiring|needing|with) (?:a |the )?(?:child )?protection (?:plans?|register)\b"
     r"(?:[^.;§]|(?<=by\x20)§O){0,80}?"
     rf"\b{_CHANGED_TO}\s(?:[a-z-]+\s){{0,2}}?§Q"),
    ("measures", "children_in_need", "count",
     r"(?<!identified\x20)(?<!found\x20)(?<!saw\x20)(?<!seen\x20)(?<!reviewed\x20)(?<!sampled\x20)(?<!tracked\x20)"  # cases inspectors saw
     r"§Q (?:(?:children|young people)(?: and young people)? )?(?:are |were |had been |have been )?(?:(?:classed|classified|assessed|identified|recorded)"
     r"(?: [\w-]+){0,3}? as (?:being )?"
     r"|deemed )?[‘'“\"]?(?:formally |officially )?(?:children )?in need\b[’'”\"]?"
     r"(?! of (?!(?:an? |the )?(?:specialist |statutory )?(?:children['’]s |social care )?(?:service|services|support|help)\b))"
     r"|\bnumber of children in need\b(?:[^.;§]|(?<=by\x20)§O){0,60}?"
     rf"\b{_CHANGED_TO}\s(?:[a-z-]+\s){{0,2}}?§Q"),
    ("measures", "referrals_to_childrens_social_care", "count",
     r"§Q (?:[\w’'-]+ ){0,2}?referrals\b"
     rf"|\b(?:number of )?referrals\b(?:[^.;§]|(?<=by\x20)§O){{0,40}}?\b{_CHANGED_TO}\s(?:[a-z-]+\s){{0,2}}?§Q"
     # "the number of referrals to children care services had risen from 1,328 in 2006/07 to §Q"
     r"|\breferrals\b(?! to (?!children|social))[^.;§]{0,60}?\b(?:risen|rose|increased|fallen|fell|decreased|dropped|jumped"
     r"|climbed) from [^.;§]{0,40}?\bto §Q"
     r"|§Q (?:children|young people|families|cases) (?:were|have been|had been|are|was) referred to (?:children['’]s )?"
     r"(?:social (?:services|care|workers)|children['’]s services)\b"),
    ("measures", "social_workers_fte", "count",
     # not staff missing: "a vacancy gap of 30 FTE staff", "46 FTE staff were listed as absent"
     r"(?<!gap\x20of\x20)(?<!shortfall\x20of\x20)§Q (?:full-time equivalent|FTE) (?:children['’]s )?(?:social workers"
     r"|social work staff|staff|posts)\b(?![^.;§]{0,40}\b(?:absent|off sick|on leave)\b)"
     r"|\bequivalent of §Q full-time (?:social workers|staff|posts)\b"
     r"|\b(?:full-time equivalent|FTE) (?:number )?of (?:children['’]s )?social workers\b(?:[^.;§]|(?<=from\x20)§O){0,40}?"
     rf"\b{_CHANGED_TO}\s(?:[a-z-]+\s){{0,2}}?§Q"),
    ("measures", "social_workers", "count",
     r"\b(?:employs?|employed|employing|has|have|had|total of|there (?:are|were)|team of)\s(?:[\w-]+\s){0,2}?§Q\s"
     r"(?:(?:full-time|permanent|qualified|children['’]s) )?social workers\b(?! (?:on|off|who|with|having|holding|carrying)\b)"
     r"|\bnumber of (?:[\w’'-]+ )?social workers\b(?:[^.;§]|(?<=by\x20)§O){0,60}?"
     rf"\b{_CHANGED_TO}\s(?:[a-z-]+\s){{0,2}}?§Q"),
    # staff held, named by their words: "We have 500 committed social work staff" (social_work_staff), "managed by 313
    # full-time social care staff" (social_care_staff_fte)
    ("measures", "staff", "count",
     r"\b(?:employs?|employed|employing|has|have|had|total of|there (?:are|were)|team of|managed by|run by)\s(?:some\s)?"
     r"§Q\s(?:[\w-]+ )?(?:social work|social care|children['’]s services) staff\b(?! (?:on|off|who)\b)"),
    # "The number of Lincolnshire children in care has risen by 55": named by its direction (children_in_care_increase)
    ("measures", "children_in_care_count_change", "count",
     rf"\b(?:number|amount) of (?:[\w’'-]+ )?(?:{_CLA_COUNTED}|(?:children|young people) living in the care of)[^.;§]{{0,60}}?"
     rf"\b{_CHANGES} by (?:[a-z-]+ ){{0,3}}?§Q\b|§Q (?:more|fewer) {_CLA}"),  # "200 more children in care than in 2015"
    ("measures", "children_in_care_change", "share",
     rf"\b(?:number|amount) of {_CLA_COUNTED}[^.;§]{{0,60}}?(?:{_CHANGES}|{_UP_DOWN})\s(?:by\s)?(?:[a-z-]+\s){{0,3}}?§Q"
     rf"|§Q (?:more|fewer) {_CLA}"
     rf"|§Q (?:increase|rise|jump|fall|drop|reduction|decrease) in (?:the number of {_CLA_COUNTED}|{_CLA})"
     rf"|{_SUBJECT}{_CLA}{_CHANGED_BY}|(?<!home\x20)\b(?:care|looked[\s-]after(?: child| children)?) population\b{_CHANGED_BY}"),
    ("measures", "child_protection_plans_change", "share",  # not a rate's rise ("a 90% rise in ... per 10,000")
     r"(?:\bnumber of (?:children|young people|youngsters) (?:on|subject to) (?:a |the )?(?:child )?protection (?:plans?|register)"
     rf"\b[^.;§]{{0,60}}?(?:{_CHANGES}|{_UP_DOWN})\s(?:by\s)?(?:[a-z-]+\s){{0,3}}?§Q"
     r"|§Q (?:increase|rise|jump|fall|drop|reduction|decrease) in (?:the number of )?(?:(?:children|young people) (?:on|subject to) "
     r"(?:a |the )?)?child protection (?:plans?|register)\b"
     rf"|{_SUBJECT}{_ON_CPP}{_CHANGED_BY})(?![^.;§]{{0,30}}\bper (?:10,?000|§O))"),
    ("measures", "referrals_change", "share",
     rf"\b(?:number of )?referrals\b[^.;§]{{0,60}}?(?:{_CHANGES}|{_UP_DOWN})\s(?:by\s)?(?:[a-z-]+\s){{0,2}}?§Q"
     r"|§Q (?:increase|rise|jump|fall|drop|reduction|decrease) in (?:the number of )?(?:[\w’'-]+ )?referrals\b"
     r"|§Q (?:more|fewer) (?:[\w’'-]+ )?referrals\b"),
    ("measures", "councils_rated", "count",
     r"\b(?:one|§O) of (?:only |just |the )?§Q (?:out of §O )?(?:[\w’'-]+ ){0,4}?(?:councils|local authorities|authorities|areas"
     r"|in england|in the (?:whole )?country|nationally)\b[^.;§]{0,80}?\b(?:inadequate|outstanding|requires? improvement|good"
     r"|worst|lowest|top|highest|best)\b"
     # "eight councils were rated ‘good’", "of the 41 councils ..., 10 have been rated “good”"
     rf"|§Q (?:[\w’'-]+ ){{0,2}}?(?:councils|local authorities|authorities){_GRADED}"
     rf"|\bof (?:the |its |their )?§O (?:[\w’'-]+ ){{0,3}}?(?:councils|local authorities|authorities)\b[^.;§]{{0,80}}?, §Q{_GRADED}"),
    # "13 areas of the service were adequate", "the council was deemed adequate in 16 (of the 22 areas)"
    ("measures", "areas_rated", "count",
     rf"§Q areas\b(?: (?:of|in) (?:the )?(?:[\w’'-]+ )?[\w’'-]+)?{_GRADED}|\bin (?:only |just )?§Q areas (?:was|were) (?:it |they )?"
     rf"{_GRADE_VERB}(?: as)? {_OPEN}{GRADE}\b"
     rf"|\bareas\b[^.;§]{{0,80}}?\b{_GRADE_VERB}(?: only)? {_OPEN}{GRADE}\b[’'”\"]? in §Q\b(?! of\b)"),
    # "146 local authorities inspected so far"
    ("measures", "councils_inspected", "count",
     r"(?<!further\x20)(?<!another\x20)(?<!more\x20)§Q (?:[\w’'-]+ ){0,2}?(?:councils|local authorities|authorities) "
     r"(?:(?:have|had) (?:now )?been |were |being )?inspected\b"
     r"|\b(?:has|have|had) (?:now |so far |already )?inspected §Q (?:[\w’'-]+ ){0,2}?(?:councils|local authorities|authorities)\b"),
    ("measures", "child_population", "count",
     r"\b(?:home to|(?<!work\x20)(?<!works\x20)(?<!working\x20)with|has|there are)\s(?:[\w-]+\s){0,2}?§Q\s"
     r"(?:children|young people|under[\s-]+18s)(?![’']s\b)"  # not "40 children's centres"
     r"(?!(?: and young people)? (?:out of|of (?:whom|them)|who|that|in care|in need|placed|looked)\b)(?!,? (?:staff|parents|carers)\b| to (?:look|care)\b)"
     rf"(?! (?:(?:in|living (?:in|with)) {_RESIDENTIAL}|(?:in|living (?:in|with)) foster\b|on (?:a |the )?(?:child )?protection\b))"
     r"(?!(?: and (?:families|young people))? (?:[\w’'-]+ )?(?:social workers|workers|staff)\b)"  # "26,000 children and families social workers"
     r"|§Q (?:children|young people)(?: and young people)? (?:aged )?under (?:the age of )?(?:18\b|§O)[^.;§]{0,12}\bliv"
     r"|\b(?:child|under[\s-]+18) population (?:of|is|was|stands at|stood at)\s(?:[\w-]+\s){0,2}?§Q"),
    # any other count "the number of" names, after the rules above: named by its words ("the number of full-time posts
    # has risen from 313 to 473" is full_time_posts), its change as a share by its direction (initial_assessments_increase_share)
    ("measures", "counted", "count",
     rf"\bnumber of {_COUNTED}{_COUNTED_WHERE}(?:{_GROWS}[^.;§]{{0,40}}?\bto (?:[a-z-]+ ){{0,2}}?"
     rf"|{_STANDS} (?:an? (?:total of|record|high of|peak of|low of) )?)§Q"),
    ("measures", "counted", "count",  # "an increase in the number of full-time posts from 313 to 473"
     rf"\b(?:increase|rise|fall|drop|reduction|decrease|cut) in the number of {_COUNTED} from [^.;§]{{1,40}}?\bto §Q"),
    ("measures", "counted_change", "share",
     rf"\bnumber of {_COUNTED}{_COUNTED_WHERE}{_GROWS}\sby\s(?:[a-z-]+\s){{0,2}}?§Q"),
    ("measures", "counted_change", "share",
     rf"§Q (?:increase|rise|jump|fall|drop|reduction|decrease) in the number of {_COUNTED}"),
    # everyone living in the area: "Kent, which has a population of 1.5 million"
    ("measures", "population", "count",
     r"\b(?:has|had|with) an? (?:total |overall |resident |estimated )?population of (?:[a-z-]+ ){0,2}?§Q"
     r"(?! (?:children|young people|pupils|under)\b)"),
]]
# Each unit's rules, in order, and which of them a clause may meet: one holding none of a rule's words cannot.
_BY_UNIT: dict[str, tuple[list[tuple[str, str, Alternatives]], Candidates]] = {}
for _unit in dict.fromkeys(unit for _, _, unit, _ in _RULES):
    _rules = [(table, measure, pattern) for table, measure, unit, pattern in _RULES if unit == _unit]
    _BY_UNIT[_unit] = _rules, Candidates([pattern.pattern for _, _, pattern in _rules])
_OWNER = r"(?:his|her|its|their|the|[\w-]+[’']s)"
_SCOPES = [(rx(p), scope) for p, scope in [
    (rf"\bone of {_OWNER} (?:[\w’'-]+ ){{0,3}}?teams\b|\b(?:a|one) (?:single )?(?:[\w-]+ )?team\b", "one team"),
    (rf"\b(?:many|most|several|numerous|other)\b (?:of {_OWNER} )?(?:[\w’'-]+ ){{0,3}}?teams\b", "many teams"),
    (rf"\bsome (?:of {_OWNER} )?(?:[\w’'-]+ ){{0,3}}?teams\b", None),
    (r"\bone (?:area|part|service)\b", "one area"),
]]
# counts of what happened over a period
_EVENTS = {"posts_created", "staff_change_share", "children_taken_into_care", "children_in_care_count_change"}
# A figure for the whole country, not the council: "the national turnover rate", "across England".
# Not across a comparison, nor the council's place ("26%, the highest in England").
_NOT_ITS_OWN = (r"(?:(?!\b(?:than|compared|while|whereas|but|against|highest|lowest|worst|best|above|below|ahead|behind"
                r"|exceed\w*|double|twice)\b)[^§;]){0,60}")
_NATIONAL = re.compile(rf"{AREA}[^§]{{0,80}}§Q|§Q{_NOT_ITS_OWN}{AREA}", re.I)
# A figure for the council's region: "the regional average vacancy rate", "across London".
# England's nine regions, in capitals as news names them ("across the North West"; not "across the north of the county")
_REGIONS = (r"(?-i:London|[Tt]he\s+(?:North\s+East|North\s+West|East\s+Midlands|West\s+Midlands|East\s+of\s+England"
            r"|South\s+East|South\s+West)|Yorkshire\s+and\s+(?:the\s+)?Humber)")
_REGION = (rf"\bregional(?:ly|\s+(?:[\w-]+\s+){{0,2}}?(?:average|rate|figure|level|total)s?)\b"
           rf"|\b(?:across|throughout)\s+(?:the\s+region|{_REGIONS})\b|^\s*(?:in|for)\s+{_REGIONS},"
           rf"|\bthe\s+region['’]s\b|\b{_REGIONS}(?:[\s-]wide|\s+average)\b")
_REGIONAL = re.compile(rf"(?:{_REGION})[^§]{{0,80}}§Q|§Q{_NOT_ITS_OWN}(?:{_REGION})", re.I)
_WIDER_RULE = {"England average": "measures.national-workforce", "regional average": "measures.regional-workforce"}
# The old value of a figure just stated: "14.7 per cent, up from §Q recorded the year before".
_COMPARED_FROM = (r"\b(?:up|down|rising|falling|increased|decreased|rose|risen|fell|fallen|dropped|climbed)\s+(?:from|with)"
                  r"|\bcompared\s+(?:to|with)"
                  r"|\bto\s+[\d.,]+\s*(?:%|per\s*cent|percent)?\s+from")  # "dropped to 12% from | 30%"
_FROM_BEFORE = re.compile(rf"(?:{_COMPARED_FROM})\s+(?:the\s+)?$", re.I)
_FROM_AFTER = re.compile(rf"(?:{_COMPARED_FROM})\s", re.I)
_THEN_FROM = re.compile(r"\s+from\s+", re.I)
# A date stated right after the figure ("from 850 in 2009 to 1,250 in 2019").
_OWN_DATE = re.compile(r"\s+(?:(?:in|at|as\s+of|by\s+the\s+end\s+of|at\s+the\s+end\s+of|across|during|over)\s+(?:the\s+)?)?", re.I)
# A change "from §Q to §Q": the first figure is the old value, the second the new one.
_CHANGE_VERB = (r"\b(?:r[io]sen?|rising|rise|increas\w*|f[ae]ll(?:en|ing)?|decreas\w*|dropp?\w*|gr[eo]wn?|growing"
                r"|climb\w*|jump\w*|reduc\w*|cut|(?:gone|went|going|c[oa]me|coming)\s+(?:up|down)|improv\w*|swell\w*"
                r"|soar\w*|rocket\w*|surg\w*|shr[iau]nk\w*|halv\w*|doubl\w*"
                r"|(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+)?(?:up|down))\b")  # "is up slightly from 632 to 636"
_CHANGE_FROM = re.compile(rf"{_CHANGE_VERB}[^.;§]{{0,60}}?\bfrom\s+(?:an?\s+average\s+of\s+|(?:a\s+)?(?:high|peak|low)\s+of\s+)?$",
                          re.I)
# A change "by §Q to §Q": the first figure is the change, the second the new value.
_LEVELS = {"agency_share", "vacancy_rate", "caseload_per_worker"}
_LEVEL_CHANGED_BY = re.compile(rf"{_CHANGE_VERB}[^.;§]{{0,60}}?\bby\s+$", re.I)
_CHANGE_BY = re.compile(rf"{_CHANGE_VERB}[^.;§]{{0,20}}?\bby\s+$", re.I)
_TO_NEXT = re.compile(r"(?:\s+(?:in|at|as\s+of|by|across|during|over|for)\s+[^,;.§]{1,25}?)?\s+to\s+$", re.I)
# A figure that is not a fact: "could rise to 40 per cent if nothing is done", "a target of 10 per cent".
_HYPOTHETICAL = re.compile(r"\b(?:could|would|might|(?-i:may)|target(?:s|ed)?|aims?|aiming|hopes?|hoping|goal"
                           r"|ambitions?|projected|forecast|predicted|expected|likely)\b", re.I)
# An intention before the figure: "wants caseloads of no more than 18", "has pledged to cut agency use to 10 per cent"
_INTENDED = re.compile(r"\b(?:wants?|wanted|wanting|intends?|intending|pledg\w*|vow\w*|aspir\w*"
                       r"|(?:plans?|planning|seeks?|seeking|strives?|striving) to)\b[^§]*§Q", re.I)
# A figure whose subject is the previous sentence's ("The figure was 25% a year earlier.").
_ANAPHOR = re.compile(r"\s*(?:[A-Z][\w’'-]*(?:\s+\w+){0,3},\s+|(?:In|At|By|On|As\s+of|Since|From)\s[^,;.§]{0,40}?\s)?(?:the|this|that|its|it|which)(?:\s+(?:figure|rate|number|proportion|share"
                      r"|total|level|percentage|count))?\s+(?:(?:had|has|have)\s+)?(?:was|were|is|stood|stands|been|had\s+been"
                      r"|compares|compared|rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|reached|climbed|stands\s+at"
                      r"|gone\s+(?:up|down)|went\s+(?:up|down))\b"
                      # not an impersonal "it was revealed that ..."
                      r"(?!\s+(?:revealed|announced|reported|said|thought|believed|expected|understood|confirmed|claimed|found"
                      r"|decided|agreed|feared|hoped|known|clear|unclear|likely)\b)", re.I)
_YEAR_EARLIER = re.compile(r"\b(?:(?:a|one)\s+year\s+(?:earlier|before|previously)|(?:the\s+)?(?:previous|preceding|prior)"
                           r"\s+year|the\s+year\s+before|twelve\s+months\s+(?:earlier|before))\b", re.I)
_COUNT_OF = {"agency_share": ("measures", "agency_staff"), "vacancy_rate": ("measures", "vacant_posts")}
_PEOPLE = re.compile(r"\s+(?:[\w-]+\s+)?(?:people|staff|workers|social\s+workers|posts|vacancies|agency|locums?)\b", re.I)
_EARLIER = re.compile(r"\b(?:earlier|before|previously|then|at\s+that\s+time)\b", re.I)
_FALLS = re.compile(r"\b(?:cut|reduc|decreas|fell|fall|dropp|drop\b|down\b|shr[ia]nk|fewer\b)", re.I)
# A count of time, not of people or posts: "in two years".
_TIME = re.compile(r"[\s-]*(?:more\s+|fewer\s+|full\s+)?(?:years?|months?|weeks?|days?|hours?|decades?)\b", re.I)  # "a 10-year high"


def event_interval(sentence: Sentence, a: int, b: int) -> Interval:
    """When an event of clause text[a:b] happened: since X -> [X, publication]; else the date the clause gives;
    else its tense's side of the publication."""
    return sentence.since() or point(sentence, a, b) or sentence.by_tense(a, b)


def state_interval(sentence: Sentence, a: int, b: int) -> Interval:
    """When a state of clause text[a:b] holds: the date the clause gives, else the publication interval."""
    return point(sentence, a, b) or sentence.article.published


# The base a figure is compared with, just before its date: "higher than (in) | 2017", "up 5% on | last year"
_COMPARISON_BASE = re.compile(r"(?:\b(?:than|compared\s+(?:with|to)|versus|against)|\b(?:up|down|higher|lower|more|fewer"
                              r"|r[io]s(?:e|es|en)|f[ae]ll(?:s|en)?|increased?|decreased?|dropped)\b[^.;,§]{0,25}?\bon)"
                              r"\s+(?:(?:in|at|during|for)\s+)?(?:the\s+)?(?:same\s+(?:time|period|point|month|quarter)\s+)?$", re.I)


def point(sentence: Sentence, a: int, b: int) -> Interval | None:
    """The date clause text[a:b] puts a fact at ("at 31 March 2020", "last year"): not a since, not a span, not the
    base it is compared with ("higher than last year")."""
    text = sentence.article.text
    for d in sentence.dates:
        if a <= d.start < b and not _NOT_A_POINT.match(text, d.start) and not sentence.introduced(d.start, a) \
                and not comparison_base(sentence, a, d.start):
            return d.interval
    return None


def comparison_base(sentence: Sentence, a: int, pos: int) -> bool:
    """Whether the date at `pos` is only the base that a figure stated before it, from `a` on, is compared with ("30%,
    higher than | last year"); not when a figure of its own follows it ("lower than in | 2013, when 163 children ...",
    "compared with | last year's 250")."""
    compared = _COMPARISON_BASE.search(sentence.article.text, max(a, pos - 60), pos)
    return bool(compared) and any(a <= q.start < compared.start() for q in sentence.quantities) \
        and not any(q.start > pos for q in sentence.quantities)


def _scope(masked: str) -> str | None:
    """What a workforce figure covers; None when the text leaves it vague ("some teams")."""
    for pattern, scope in _SCOPES:
        if pattern.search(masked):
            return scope
    return "whole service"


# A cap named before the figure: "maximum caseloads of | 18", "has capped caseloads at | 20"
_CAP = re.compile(r"\b(?:maximum|max|capped|caps|cap|limit|limited)\b[^§.;]{0,30}$", re.I)


def _bounds(measure: str, stated: str, q, before: str) -> dict:
    """value/lower/upper/unit/qualifier; a fall in staff is a negative change; a cap named in the words `before` the
    figure is an upper bound."""
    value, lower, upper, qualifier = q.value, q.lower, q.upper, q.qualifier
    if measure == "staff_change_share" and _FALLS.search(stated):
        value, lower, upper = (None if v is None else -v for v in (value, upper, lower))
    elif qualifier == "exact" and _CAP.search(before):
        lower, upper, qualifier = None, value, "up_to"
    return {"value": value, "lower": lower, "upper": upper, "unit": q.unit, "qualifier": qualifier}


def _by_direction(measure: str, stated: str) -> str:
    """A count's change is named by its direction, its value unsigned: as a share, "children_in_care_change" becomes
    "children_in_care_increase_share" (or "_decrease_share" for a fall); as a count, "children_in_care_count_change"
    becomes "children_in_care_increase"."""
    if not measure.endswith("_change"):
        return measure
    counted, way = measure[:-len("_change")], "decrease" if _FALLS.search(stated) else "increase"
    return f"{counted.removesuffix('_count')}_{way}" if counted.endswith("_count") else f"{counted}_{way}_share"


def _match(masked: str, unit: str) -> tuple[str, str, re.Match] | None:
    """(table, measure, match) of the first rule of this unit that the masked clause meets: of those whose words it holds."""
    low = fold(masked)
    rules, candidates = _BY_UNIT[unit]
    held = candidates.chosen(low)
    for i, (table, measure, pattern) in enumerate(rules):
        if held >> i & 1 and (m := pattern.search(low, masked)):
            return table, measure, m
    return None


def _masked(sentence: Sentence, q, a: int, b: int, keep=None) -> str:
    """Clause text[a:b] with the quantity as §Q and every other figure of its unit as §O, so that the words naming one figure
    ("the vacancy rate is 30 per cent, and the agency rate is 25 per cent") do not reach the next; `keep` (the old
    value of a change "from X to §Q") stays as written, but for a decimal point, which would end the words' reach."""
    text, out, pos = sentence.article.text, [], a
    if keep is not None:
        text = text[:keep.start] + text[keep.start:keep.end].replace(".", ",") + text[keep.end:]
    others = [p for p in sentence.quantities if p.unit == q.unit and a <= p.start and p.end <= b
              and (p.end <= q.start or p.start >= q.end)
              and not (keep is not None and p.start < keep.end and keep.start < p.end)]
    for p in sorted(others + [q], key=lambda p: p.start):
        out += [text[pos:p.start], "§Q" if p is q else "§O"]
        pos = p.end
    # a figure in brackets after the words that give it ("nearly a third (32 per cent)") reads as those words
    return _BRACKETED.sub(r" \1", "".join(out) + text[pos:b])


_RELATIVE = re.compile(r"\s+(?:more|less|fewer|higher|lower|extra|cheaper|dearer)\b", re.I)
_LABEL = re.compile(r":[ \t]+(?=§Q)")
_ADULTS = re.compile(r"\badults?['’]?\s+(?:social\s+(?:workers?|care|work)|services)\b", re.I)
# a share of money, not of staff: "agency staff bill accounts for | 30% | of the budget", "| 25% | of its spending"
_MONEY_SHARE = re.compile(r"§Q (?:of|in) (?:the |its |their )?(?:[\w’'-]+ ){0,4}?(?:budgets?|spend|spending|expenditure|bills?|costs?)\b"
                          r"|\b(?:bills?|costs?|spend|spending|expenditure)\b[^§]{0,40}?§Q", re.I)
_UNNAMED_COUNCIL = re.compile(r"\b(?:one|another|some|several)\s+(?:local\s+)?(?:authority|council)\b", re.I)


def _row(sentence: Sentence, q, keep=None) -> tuple[str, dict] | None:
    """The quantity's row, if its clause states one of the figures; None for vaguely scoped ones."""
    text = sentence.article.text
    if q.unit == "count" and q.value in (1000, 10000, 100000) \
            and _DENOMINATOR.search(text, max(sentence.start, q.start - 14), q.start):
        return None  # the 10,000 of "136 children for every 10,000" is a rate's base
    a, b = sentence.clause(q.start, q.end, STATEMENT)
    labelled = text.startswith(": ", a - 2) or text.startswith(":\t", a - 2)  # a label: "Vacancy rate: 30%"
    if labelled:
        a = sentence.clause(a - 2, a - 2, STATEMENT)[0]
    a = _before_dashes(sentence, a)
    masked = _masked(sentence, q, a, b, keep)
    if labelled and "§O" not in masked[:masked.index("§Q")]:  # a label naming the figure, not a total it lists the
        masked = _LABEL.sub(" is ", masked, count=1)  # parts of: "Number of children in care: §Q" reads "... is §Q"
    found = _match(masked, q.unit)
    if found is None:
        return None
    table, measure, m = found
    if table == "vacancies" and q.unit == "share" and _RELATIVE.match(text, q.end):
        return None  # a difference, not a level: "pays agency staff 30 per cent more"
    if measure == "agency_share" and _MONEY_SHARE.search(masked):
        return None  # a share of a budget or bill spent on agency staff
    if _is_change_by(sentence, q, a) and not measure.endswith(("_change", "change_share")):
        return None  # the change of "rose by 5 per cent to 30 per cent" is no level
    if measure in _LEVELS and _LEVEL_CHANGED_BY.search(text, max(a, q.start - 80), q.start):
        return None  # "cut the proportion of agency staff by 10 per cent": a change, not a level
    scope = _scope(masked) if table == "vacancies" else ""
    if scope is None or (measure not in _EVENTS and (_hypothetical(_own_part(masked)) or _INTENDED.search(masked))):
        return None
    if _UNNAMED_COUNCIL.search(text, a, q.start):
        return None  # "one local authority struggling at 45%": a council the clause does not name
    council, wider = sentence.council_before(q.start), _wider_area(sentence, q, masked, a, b, measure)
    if wider:
        council, scope = "", wider
    own = _own_date(sentence, q)
    older = _FROM_AFTER.search(text, q.end, b)  # the dates after "up from X" are the old value's
    when = own or (event_interval if measure in _EVENTS else state_interval)(sentence, a, older.start() if older else b)
    rule, bounds = f"{table}.{measure.replace('_', '-')}", _bounds(measure, m.group(), q, masked[:masked.index("§Q")])
    measure = _by_direction(measure, m.group())
    if measure == "permanent_share":  # the rest are agency staff: "nine out of ten now permanent" = 0.1 agency
        measure, bounds = "agency_share", _complement(bounds)
    if measure in ("councils_rated", "councils_inspected", "share_of_councils_rated"):  # "one of 29 councils rated inadequate": a count for the country
        council, scope = "", "England"
    if measure in ("councils_rated", "areas_rated", "share_of_councils_rated"):  # named by the grade: councils_rated_inadequate
        measure = _rated(measure, m.group())
    if wider and table == "vacancies":  # the country's or the region's workforce figure is not the council's: an other measure
        table, rule = "measures", _WIDER_RULE[wider]
    elif table == "vacancies" and _ADULTS.search(m.group()):  # "the turnover of adult social workers": an other measure
        table, rule, scope = "measures", "measures.adult-workforce", ""
    if table == "measures" and q.unit == "count" and _PER_10000.match(text, q.end):  # a rate, not a count of children
        measure = _per_10000(measure)
    if measure.startswith("counted"):  # named by the words: "the number of full-time posts" counts full_time_posts
        measure = measure.replace("counted", _counted_name(m.group("counted")))
    if measure == "staff":  # named by the words: "313 full-time social care staff" are social_care_staff_fte
        measure = _staff_measure(m.group())
    if measure == "agency_staff" and _SOCIAL_WORKERS.search(m.group()):  # "149 agency social workers"
        measure = "agency_social_workers"
    if measure in _FTE_OF and _full_time(masked, m):  # "35.5 FTE vacancies", "agency workers ... at 7,174 FTE"
        measure = _FTE_OF[measure]
    if measure == "child_protection_plans" and _CHILDREN_ON_PLANS.search(m.group()):  # "532 children were the subject of a plan"
        measure = "children_on_child_protection_plans"
    if measure.endswith("_per_10000"):  # given after the figure, or as the rate's subject ("the rate per 10,000 of ...")
        rule = "measures.per-10000"
    return table, sentence.row(rule, start=a, end=b, council=council, interval=when, measure=measure, scope=scope,
                               **bounds)


_TO_FIGURE = re.compile(r"\s+to\s+(?:[a-z]+\s+)?[\d£]", re.I)  # "... by 5% | to 30%"


def _is_change_by(sentence: Sentence, q, a: int) -> bool:
    """Whether q is the change of "<verb> by §Q to <new value>"."""
    text = sentence.article.text
    return bool(_CHANGE_BY.search(text, max(a, q.start - 80), q.start) and _TO_FIGURE.match(text, q.end))



def _wider_area(sentence: Sentence, q, masked: str, a: int, b: int, measure: str) -> str | None:
    """"England average" or "regional average" when the figure of clause text[a:b] is the country's or the region's,
    not that of a council named just before it; None otherwise."""
    if _council_just_before(sentence, q.start) or measure == "national_rank_top_share":  # "in the top 20% nationally"
        return None
    if sentence.spans_of("AREA", a, b) and _NATIONAL.search(masked):
        return "England average"
    return "regional average" if _REGIONAL.search(masked) else None


def _before_dashes(sentence: Sentence, a: int) -> int:
    """The start of the statement whose figures a dash gives ("the number ... has risen by 86 per cent – from 405 in 2010
    to 770"), over an aside between dashes ("the number of children on a plan – which sets out ... – fell from 271");
    `a` when clause text[a:] does not give figures after a dash."""
    text = sentence.article.text
    if not (_DASH_BEFORE.search(text, sentence.start, a) and _FIGURES_AFTER_DASH.match(text, a)):
        return a
    a = sentence.clause(a - 3, a - 3, STATEMENT)[0]
    return sentence.clause(a - 3, a - 3, STATEMENT)[0] if _DASH_BEFORE.search(text, sentence.start, a) else a


_DASH_BEFORE = re.compile(r"\s[–—]\s$")
# "– from 405 in 2010 to 770", "– reducing from 271", "– fell from 310", "– at 190", "– 30 per cent –"
_FIGURES_AFTER_DASH = re.compile(r"(?:(?:[a-z-]+\s+){0,2}?(?:from|at)\s+(?:[a-z-]+\s+)?"
                                 r"|(?:about|around|some|nearly|almost|over|just|roughly)\s+)?\d")
_DENOMINATOR = re.compile(r"\b(?:per|every)\s+$", re.I)  # before a rate's base: "for every | 10,000 children"
# "152 children in care per 10,000 children", "136 children in care for every 10,000 children living in the city"
_PER_10000 = re.compile(r"[^.;,§\d(]{0,40}?\b(?:per|for\s+every|in\s+every)\s+10,?000\b", re.I)  # no other figure between


def _per_10000(measure: str) -> str:
    """The name of a count's rate per 10,000 children: "children_in_care_per_10000"; children on child protection plans
    are named as such ("children_on_child_protection_plans_per_10000"), as the statistics' rate is of children."""
    return measure if measure.endswith("_per_10000") else f"{_RATE_OF.get(measure, measure)}_per_10000"


_RATE_OF = {"child_protection_plans": "children_on_child_protection_plans"}


def _counted_name(words: str) -> str:
    """The measure "the number of <words>" counts: a named workforce count ("the number of social work vacancies" is
    vacant_posts, "of locums" agency_social_workers), else the words in snake case (full_time_posts)."""
    return next((name for pattern, name in _NAMED_COUNTS if pattern.search(words)), None) \
        or re.sub(r"[\s-]+", "_", words.lower())


_NAMED_COUNTS = [(re.compile(p, re.I), name) for p, name in [
    (r"\b(?:vacancies|vacant\s+posts|unfilled\s+posts)$", "vacant_posts"),
    (r"^(?:locums|(?:agency|locum)\s+social\s+workers)$", "agency_social_workers"),
    (r"^(?:(?:agency|locum)\s+(?:staff|workers)|temps)$", "agency_staff"),
]]


def _staff_measure(words: str) -> str:
    """social_work_staff, social_care_staff or childrens_services_staff, with "_fte" when counted full-time."""
    kind = _STAFF_KIND.search(words).group().lower().replace("’", "'").replace("children's", "childrens")
    return "_".join(kind.split() + ["staff"]) + ("_fte" if _FULL_TIME.search(words) else "")


_SOCIAL_WORKERS = re.compile(r"\bsocial\s+workers\b|\blocums\b", re.I)  # a locum is a social worker from an agency
# "532 children ... on a plan", "401 subject to a plan": children counted, not plans
_CHILDREN_ON_PLANS = re.compile(r"\b(?:children|young\s+people|subject\s+to|the\s+subject\s+of)\b", re.I)
_STAFF_KIND = re.compile(r"social\s+work|social\s+care|children['’]s\s+services(?=\s+staff)", re.I)
_FULL_TIME = re.compile(r"\bfull[\s-]time\b|\bFTE\b", re.I)
_FTE_OF = {"vacant_posts": "vacant_posts_fte", "agency_staff": "agency_workers_fte",
           "agency_social_workers": "agency_social_workers_fte"}
# Full-time equivalents named after the figure: "at 7,174 | FTE", "38 | vacancies in 163 full-time equivalent (FTE) positions"
_FTE_NEXT = re.compile(r"\s*(?:FTE\b|full[\s-]time[\s-]equivalents?\b)"
                       r"|\s+vacancies\s+(?:in|out\s+of)\s+§O\s+(?:FTE|full[\s-]time[\s-]equivalent)\b", re.I)


def _full_time(masked: str, m: re.Match) -> bool:
    """Whether the words that name a count (`m`), or those right after its figure, count full-time equivalents."""
    return bool(_FULL_TIME.search(m.group()) or _FTE_NEXT.match(masked, masked.index("§Q") + 2))


_OTHER_SUM = re.compile(r"\s+(?:an?\s+|the\s+)?[£$€\d]")  # a foreseeing word's own sum: "the forecast | £1.7m overspend"


def _hypothetical(words: str) -> bool:
    """Whether the words foresee or aim at their figure: not a word that qualifies another sum ("the forecast £1.7m
    overspend")."""
    return any(not _OTHER_SUM.match(words, m.end()) for m in _HYPOTHETICAL.finditer(words))



def _own_part(masked: str) -> str:
    """The masked clause up to the end of the figure's own phrase: not "..., with the target being 60" after it."""
    after = masked.index("§Q") + 2
    cut = _PHRASE_END.search(masked, after)
    return masked[:cut.start()] if cut else masked


_PHRASE_END = re.compile(r",\s+(?:with|while|whereas|and|but|against|compared)\b"
                         r"|\s+and\s+(?:[\w’'.-]+\s+){1,3}?(?:said|says|added|warned)\b")  # "... and Ms Smith said she would ..."


def _complement(bounds: dict) -> dict:
    """The bounds of 1 - share: a lower bound becomes an upper one."""
    flip = {"more_than": "less_than", "less_than": "more_than", "at_least": "up_to", "up_to": "at_least",
            "nearly": "more_than"}
    one_minus = lambda v: None if v is None else round(1 - v, 6)
    return dict(bounds, value=one_minus(bounds["value"]), lower=one_minus(bounds["upper"]),
                upper=one_minus(bounds["lower"]), qualifier=flip.get(bounds["qualifier"], bounds["qualifier"]))


def _own_date(sentence: Sentence, q) -> Interval | None:
    """The date stated right after the figure, if any."""
    text = sentence.article.text
    return next((d.interval for d in sentence.dates if q.end <= d.start <= q.end + 40
                 and _OWN_DATE.fullmatch(text, q.end, d.start)), None)


def _old_value(sentence: Sentence, q, previous: tuple[str, dict]) -> tuple[str, dict] | None:
    """The figure's earlier value ("up from §Q"): the previous figure's measure, dated by its own date, else
    before the previous figure's."""
    text, (table, row) = sentence.article.text, previous
    if row["unit"] != q.unit or not _FROM_BEFORE.search(text, max(sentence.start, q.start - 30), q.start):
        return None
    own = _own_date(sentence, q)
    if own is None:
        end = row["date_start"] or sentence.article.published.start
        end = end if isinstance(end, str) or end is None else end.isoformat()
        own = Interval(None, date.fromisoformat(end) - timedelta(days=1), "before") if end else UNKNOWN
    a, b = sentence.clause(q.start, q.end, STATEMENT)
    bounds = {"value": q.value, "lower": q.lower, "upper": q.upper, "unit": q.unit, "qualifier": q.qualifier}
    if row["rule"] == "vacancies.permanent-share":  # "85% permanent, compared to 40%": 40% was permanent too
        bounds = _complement(bounds)
    return table, sentence.row(f"{table}.old-value", start=a, end=b, council=row["council"], interval=own,
                               measure=row["measure"], scope=row["scope"], **bounds)


def _council_just_before(sentence: Sentence, pos: int) -> bool:
    """Whether a council is named in the few words before `pos` ("the rate in Wirral standing at §Q"), with no other
    figure in between."""
    return any(pos - 40 <= end <= pos and not any(end <= p.start and p.end <= pos for p in sentence.quantities)
               for _, end, _ in sentence.councils)


_GRADE = re.compile(rf"\b(?:{GRADE}|worst|lowest|top|highest|best|failed)\b", re.I)
_SUPERLATIVES = {"worst": "inadequate", "lowest": "inadequate", "top": "outstanding", "highest": "outstanding",
                 "best": "outstanding", "failed": "inadequate"}


def _rated(counted: str, words: str) -> str:
    """A count of councils or areas named by the grade its words give last: "areas_rated" becomes "areas_rated_good"."""
    grade = list(_GRADE.finditer(words))[-1].group().lower()
    return f"{counted}_{_SUPERLATIVES.get(grade) or canonical_grade(grade).lower().replace(' ', '_')}"


_BRACKETED = re.compile(r"(?<=[a-z])\s*\((§Q)\)")
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|above|below|than|while|whereas|double|twice)\b", re.I)


def _national_comparison(sentence: Sentence, q, previous: tuple[str, dict]) -> tuple[str, dict] | None:
    """The national figure a council's figure is compared with ("33%, well above the 17% national average"):
    the previous figure's measure for England."""
    text, (_, row) = sentence.article.text, previous
    a, b = sentence.clause(q.start, q.end, STATEMENT)
    if not sentence.spans_of("AREA", a, b):
        return None
    masked = _masked(sentence, q, a, b)
    if row["unit"] != q.unit or row["measure"] in _EVENTS or not _NATIONAL.search(masked) \
            or not _COMPARED.search(text, max(a, q.start - 60), q.start):
        return None
    return "measures", sentence.row("measures.national-comparison", start=a, end=b, council="", interval=state_interval(
        sentence, a, b), measure=row["measure"], scope="England average",
        value=q.value, lower=q.lower, upper=q.upper, unit=q.unit, qualifier=q.qualifier)


# A figure whose clause names another council and no measure: "Kent has a 45% vacancy rate, while Essex has 28%".
_COORDINATING = re.compile(r"\b(?:while|whereas|and|but|followed\s+by)\s+(?:in\s+)?$", re.I)
_COUNCIL_HAS = re.compile(r"(?:\s+in\s+[\w\s-]{1,30}?)?(?:\s+(?:city|county|borough|district)?\s*council)?(?:['’]s\s+(?:figure|rate|share)|,?\s+the\s+(?:figure|rate|share))?\s+(?:has|had|is|was|stood\s+at"
                          r"|stands\s+at|at|with)\s+$", re.I)
_FIGURE_ENDS = re.compile(r"\s*(?:[.;,)]|$)")


def _another_council(sentence: Sentence, q, previous: tuple[str, dict]) -> tuple[str, dict] | None:
    """The previous figure's measure for the other council a coordinated clause names ("..., while Essex has 28%"), or
    the end of a range over councils names ("range from 14.6 in Darlington to 25 in Stockton-on-Tees")."""
    text, (table, row) = sentence.article.text, previous
    if row["unit"] != q.unit or row["measure"] in _EVENTS:
        return None
    ranged = _range_end_council(sentence, q)
    named = [c for c in sentence.councils if row["char_start"] <= c[0] and c[1] <= q.start]
    council = ranged or (named[-1][2] if named and _FIGURE_ENDS.match(text, q.end)
                         and _COUNCIL_HAS.fullmatch(text, named[-1][1], q.start)
                         and _COORDINATING.search(text, max(sentence.start, named[-1][0] - 12), named[-1][0]) else None)
    if not council or council == row["council"]:
        return None
    a, b = sentence.clause(q.start, q.end, STATEMENT)
    return table, sentence.row(f"{table}.another-council", start=a, end=b, council=council,
                               interval=state_interval(sentence, a, b), measure=row["measure"], scope=row["scope"],
                               value=q.value, lower=q.lower, upper=q.upper, unit=q.unit, qualifier=q.qualifier)


# A bare figure continuing the sentence's count: "there were 375 children in care, in March 2018 there were | 553.",
# "has risen 30 per cent, standing at | nearly 700", "906 children were in care a year ago, a figure which has now
# dropped by five per cent to | 858."
_BARE_VALUE = re.compile(r"\b(?:there\s+(?:are|were|is|was)|stand(?:s|ing)?\s+at|stood\s+at|reach(?:ed|ing)?|to)\s+"
                         r"(?:(?:a|an|the)\s+)?(?:(?:current|new|record)\s+)?(?:(?:average|total|high|low|peak)\s+of\s+)?$", re.I)
# After a clause break, the figure's clause has no subject of its own: "..., in 2018 there were | 553", "..., standing at |
# 700", "..., a figure which has now dropped to | 858" (not "..., and its budget rose to | 200")
_BREAK = re.compile(r",|;|\b(?:and|but|while|whereas)\b", re.I)
_SUBJECTLESS = re.compile(r"[^,;]{0,40}?\bthere\s+(?:are|were|is|was)\s+$|\s*(?:standing|stood|stands)\s+at\s+$|\s*(?:up|down)\s+(?:by\s+)?$"
                          r"|\s*(?:a|the)\s+(?:figure|number|total)\b[^,;]*$|\s*which\b[^,;]*$", re.I)
_UP_BY = re.compile(r",\s+(?:up|down)\s+(?:by\s+)?$", re.I)  # "1,000 children in care, | up | 10 per cent on a year ago"
_NOUN = re.compile(r"\s+(?P<noun>[a-z]+)")  # the figure's noun, when it repeats the count's ("35 cases ... to 16 cases")
_BARE_END = re.compile(r"(?:\s+(?:today|now|currently|this\s+year|(?:in|by|as\s+of|at\s+the\s+end\s+of)\s+[\w\s]{1,25}?))?"
                       r"\s*(?:[.;,:)–—]|\s-\s|$)", re.I)
_CHANGE_OF = {"children_in_care": "children_in_care_change", "referrals_to_childrens_social_care": "referrals_change",
              "child_protection_plans": "child_protection_plans_change",
              "children_on_child_protection_plans": "child_protection_plans_change"}
_CHANGED = {_by_direction(change, way): count for count, change in _CHANGE_OF.items() for way in ("rose", "fell")}


def _same_subject(sentence: Sentence, q, previous: tuple[str, dict], after: int) -> tuple[str, dict] | None:
    """A bare figure continuing the count read just before it (ending at `after`): its later value ("..., in 2018
    there were §Q"), or the share it changed by ("a figure which has dropped by §Q", dated from the count to now)."""
    text, (table, row) = sentence.article.text, previous
    if q.unit not in ("count", "share") or any(after <= p.start < q.start for p in sentence.quantities) \
            or table != "measures" and (row["unit"] != q.unit or row["measure"] in _EVENTS):
        return None
    measure = row["measure"] if row["unit"] == q.unit else (_CHANGED if q.unit == "count" else _CHANGE_OF).get(row["measure"])
    lead = text[max(after, q.start - 40):q.start]
    noun = _NOUN.match(text, q.end)
    end = noun.end() if noun and re.search(rf"\b{noun['noun']}\b", text[after:q.start]) else q.end
    later = q.unit == "count" or row["unit"] == q.unit  # a value it reached, else the share a count changed by
    said = _BARE_VALUE.search(lead) and _BARE_END.match(text, end) if later else _CHANGE_BY.search(lead) or _UP_BY.search(lead)
    if not measure or not said or _HYPOTHETICAL.search(text, after, q.start):
        return None
    breaks = list(_BREAK.finditer(text, after, q.start))
    clause = breaks[-1].end() if breaks else after
    if breaks and not _SUBJECTLESS.match(text, clause, q.start):
        return None
    a, b = sentence.clause(q.start, q.end, STATEMENT)
    when = _own_date(sentence, q) or (point(sentence, clause, q.start) if breaks else None) \
        or state_interval(sentence, q.start, q.end)
    if measure in _CHANGE_OF.values() and row["date_start"]:
        when = Interval(date.fromisoformat(row["date_start"]), sentence.article.published.end, "range")
    return table, sentence.row(f"{table}.same-subject", start=a, end=b, council=row["council"], interval=when,
                               measure=_by_direction(measure, lead), scope=row["scope"], **_bounds(measure, lead, q, lead))


# Before a rate given for the count just read: "532 children were on plans, a rate of | 98 per 10,000", "423 (| 78 per 10,000"
_RATE_LEAD = re.compile(r"(?:\ba\s+rate\s+of|\(|\bequivalent\s+to|\bwhich\s+is)\s*$", re.I)


def _rate_of(sentence: Sentence, q, previous: tuple[str, dict]) -> tuple[str, dict] | None:
    """The rate per 10,000 children given for the count read just before it ("532 children were the subject of a child
    protection plan, a rate of | 98 per 10,000 children"): that measure "_per_10000", at the count's date."""
    text, (table, row) = sentence.article.text, previous
    if table != "measures" or row["unit"] != "count" or q.unit != "count" or row["measure"].endswith("_per_10000") \
            or not _PER_10000.match(text, q.end) or not _RATE_LEAD.search(text, max(sentence.start, q.start - 20), q.start):
        return None
    a, b = sentence.clause(q.start, q.end, STATEMENT)
    when = Interval.of_row(row)
    return table, sentence.row("measures.per-10000", start=a, end=b, council=row["council"], interval=when,
                               measure=_per_10000(row["measure"]), scope=row["scope"], value=q.value, lower=q.lower,
                               upper=q.upper, unit=q.unit, qualifier=q.qualifier)


# A figure listed after a count by grade, with another grade: "eight councils were rated ‘good’, | four | ‘inadequate’ and
# | 10 | as ‘requires improvement’", "seven areas deemed inadequate, | 13 | adequate", "deemed adequate in 16, inadequate in | four"
_LIST_LINK = re.compile(r"[^.;§]*?(?:,\s*|\s)(?:and\s+)?$", re.I)
_GRADE_AFTER = re.compile(rf"(?:\s+(?:areas|councils|authorities))?(?:\s+(?:were|was|are|have\s+been|as|deemed|rated|judged"
                          rf"|graded|seen\s+as|classed\s+as|found\s+to\s+be))*\s+{_OPEN}{GRADE}\b(?!\s+(?:at|enough)\b)", re.I)
_COUNTED_BY_GRADE = re.compile(r"(?:councils|areas)_rated")
_GRADE_IN = re.compile(rf",\s+(?:and\s+)?{_OPEN}{GRADE}[’'”\"]?\s+in\s+$", re.I)


def _next_grade(sentence: Sentence, q, previous: tuple[str, dict], after: int) -> tuple[str, dict] | None:
    """A count of councils or areas listed after one by grade (ending at `after`), with its own grade: the same count
    named by that grade ("eight councils were rated ‘good’, | four ‘inadequate’" is councils_rated_inadequate)."""
    text, (table, row) = sentence.article.text, previous
    counted = _COUNTED_BY_GRADE.match(row["measure"])
    if not counted or q.unit != "count" or any(after <= p.start < q.start for p in sentence.quantities):
        return None
    graded = (_LIST_LINK.fullmatch(text, after, q.start) and _GRADE_AFTER.match(text, q.end)) \
        or _GRADE_IN.search(text, after, q.start)
    if not graded:
        return None
    a, b = sentence.clause(q.start, q.end, STATEMENT)
    when = Interval.of_row(row)
    return table, sentence.row("measures.rated-list", start=a, end=b, council=row["council"], interval=when,
                               measure=_rated(counted.group(), graded.group()), scope=row["scope"], value=q.value,
                               lower=q.lower, upper=q.upper, unit=q.unit, qualifier=q.qualifier)


# Between one dated figure of a series and the next: "159 in 2016/2017 | followed by | 162 in 2017/2018 | , | 171 ...",
# "202 in 2015 | , rising to | 228 in 2017"
_SERIES_LINK = re.compile(r"\s*[,;]?\s*(?:(?:followed\s+by|then|and|compared\s+with|against)\s+)?"
                          r"(?:(?:ris(?:e|es|ing)|rose|fall(?:s|ing)?|fell|increas(?:e|es|ing)|climb(?:s|ing)?)\s+to\s+)?", re.I)
_DATED_BY = re.compile(r"\s+(?:in|during|for|by)\s+(?:the\s+)?", re.I)  # a figure's own date: "162 | in | 2017/2018"


def _next_in_series(sentence: Sentence, q, previous: tuple[str, dict], after: int) -> tuple[str, dict] | None:
    """A figure of a dated series continuing the one read just before it (ending at `after`), a date between them: the
    same measure at its own date ("159 children were taken into care in 2016/2017 followed by | 162 in 2017/2018")."""
    text, (table, row) = sentence.article.text, previous
    own = _date_after(sentence, q.end)
    linked = any(after <= d.start and _SERIES_LINK.fullmatch(text, d.end, q.start) for d in sentence.dates)
    if row["unit"] != q.unit or not own or not linked or any(after <= p.start < q.start for p in sentence.quantities):
        return None
    a, b = sentence.clause(q.start, q.end, STATEMENT)
    return table, sentence.row(f"{table}.series", start=a, end=b, council=row["council"], interval=own.interval,
                               measure=row["measure"], scope=row["scope"], value=q.value, lower=q.lower, upper=q.upper,
                               unit=q.unit, qualifier=q.qualifier)


def _date_after(sentence: Sentence, pos: int):
    """The date a figure ending at `pos` is given for ("162 | in 2017/2018"); else None."""
    text = sentence.article.text
    return next((d for d in sentence.dates if d.start >= pos and _DATED_BY.fullmatch(text, pos, d.start)), None)


def _range_end_council(sentence: Sentence, q) -> str | None:
    """The council a figure ending a range over councils is given for: "from 14.6 in Darlington to | 25 in Stockton"."""
    text = sentence.article.text
    if not _RANGE_TO.search(text, max(sentence.start, q.start - 60), q.start):
        return None
    return next((c for s, _, c in sentence.councils if s > q.end and _IN_THE.fullmatch(text, q.end, s)), None)


_RANGE_TO = re.compile(r"\bin\s+(?-i:[A-Z])[\w\s&'’-]{1,40}?,?\s+(?:to|and)\s+$", re.I)
_IN_THE = re.compile(r"\s+in\s+(?:the\s+)?", re.I)


def _earlier_value(sentence: Sentence, q, newer: tuple[str, dict]) -> tuple[str, dict]:
    """The old figure of a change "from §Q to <newer>": the newer figure's measure, dated by its own date, else before
    the newer figure's."""
    table, row = newer
    own = _own_date(sentence, q) or _before(row, sentence)
    a, b = sentence.clause(q.start, q.end, STATEMENT)
    bounds = {"value": q.value, "lower": q.lower, "upper": q.upper, "unit": q.unit, "qualifier": q.qualifier}
    if row["rule"] == "vacancies.permanent-share":  # "85% permanent, compared to 40%": 40% was permanent too
        bounds = _complement(bounds)
    return table, sentence.row(f"{table}.old-value", start=a, end=b, council=row["council"], interval=own,
                               measure=row["measure"], scope=row["scope"], **bounds)


def _before(row: dict, sentence: Sentence) -> Interval:
    """Before the start of a row's interval (else before the publication)."""
    end = row["date_start"] or sentence.article.published.start
    end = end if isinstance(end, str) or end is None else end.isoformat()
    return Interval(None, date.fromisoformat(end) - timedelta(days=1), "before") if end else UNKNOWN


def split_change(sentence: Sentence, q, by: bool = False) -> tuple | None:
    """A range "from X to Y" after a verb of change ("has risen from 1,200 to 1,350") is two figures: (old, new); with
    `by`, so is "rose by X to Y": (the change, the new value)."""
    text = sentence.article.text
    if q.qualifier != "between":
        return None
    a = sentence.clause(q.start, q.end, STATEMENT)[0]
    if text.startswith(("from ", "From "), q.start):
        first = q.start + 5
        if not _CHANGE_FROM.search(text, a, first):
            return None
    elif by and _CHANGE_BY.search(text, a, q.start):
        first = q.start
    else:
        return None
    to = list(re.finditer(r"\s+to\s+", text[q.start:q.end]))
    if not to:
        return None
    cut, start = q.start + to[-1].start(), q.start + to[-1].end()
    old = replace(q, start=first, end=cut, value=q.lower, lower=None, upper=None, qualifier="exact")
    new = replace(q, start=start, value=q.upper, lower=None, upper=None, qualifier="exact")
    return old, new


def _is_old(sentence: Sentence, q, following) -> bool:
    """Whether q is the first figure of "risen from §Q to §Q" (its successor the new value)."""
    text = sentence.article.text
    return (following is not None and following.unit == q.unit and bool(_CHANGE_FROM.search(text, max(sentence.start, q.start - 80), q.start))
            and bool(_TO_NEXT.fullmatch(text, q.end, following.start)))


@lru_cache(maxsize=16)
def _last_figure(article: Article) -> dict:
    """The last figure read in the article: {"end": sentence end, "row": (table, row)} (filled in reading order)."""
    return {}


def _follows(last: dict, sentence: Sentence) -> bool:
    """Whether the last figure read is in the sentence just before this one (not a later one read on an earlier pass)."""
    return bool(last) and last["end"] <= sentence.start and not sentence.article.text[last["end"]:sentence.start].strip()


def _anaphoric(sentence: Sentence, q) -> tuple[str, dict] | None:
    """The first figure of a sentence whose subject is the previous sentence's figure: "The figure was 35% a year
    earlier."."""
    text, last = sentence.article.text, _last_figure(sentence.article)
    if not _follows(last, sentence) or not _ANAPHOR.match(text, sentence.start, q.start):
        return None
    if q is not sentence.quantities[0]:  # only the sentence's first figure restates the subject: not "(65 per 10,000)"
        return None
    if _RELATIVE.match(text, q.end):  # a difference, not the subject's value: "This is 84 fewer than in March"
        return None
    table, row = last["row"]
    measure = row["measure"]
    if row["unit"] != q.unit:  # the count behind a share: "by then it had risen to 60 people"
        table, measure = _COUNT_OF.get(row["measure"], ("", ""))
        if q.unit != "count" or not _PEOPLE.match(text, q.end):
            return None
    if not measure or measure in _EVENTS:
        return None
    if measure.endswith("_per_10000") and not _PER_10000.match(text, q.end):  # "This is up from 423 (78 per 10,000)"
        measure = measure.removesuffix("_per_10000")
    a, b = sentence.clause(q.start, q.end, STATEMENT)
    if _HYPOTHETICAL.search(text, a, b):
        return None
    clause = text[a:b]
    when = _own_date(sentence, q) or point(sentence, a, b)
    if when is None and _YEAR_EARLIER.search(clause) and row["date_start"] and row["date_end"]:
        start, end = (date.fromisoformat(row[k]) for k in ("date_start", "date_end"))
        when = Interval(_year_back(start), _year_back(end), row["date_precision"])
    if when is None:
        when = _before(row, sentence) if _EARLIER.search(clause) else state_interval(sentence, a, b)
    return table, sentence.row(f"{table}.previous-subject", start=a, end=b, council=row["council"], interval=when,
                               measure=measure, scope=row["scope"] if table == "vacancies" else "", value=q.value,
                               lower=q.lower, upper=q.upper, unit=q.unit, qualifier=q.qualifier)


def _year_back(d: date) -> date:
    return d.replace(year=d.year - 1) if not (d.month == 2 and d.day == 29) else d.replace(year=d.year - 1, day=28)


def extract(sentence: Sentence) -> list[tuple[str, dict]]:
    """vacancies.csv and measures.csv rows for the workforce figures and child counts a sentence states."""
    if not sentence.quantities:
        return []
    text = sentence.article.text
    if not _TRIGGER.search(sentence.folded, text, sentence.start, sentence.end) and not _follows(_last_figure(sentence.article), sentence):
        return []
    quantities = []
    for q in sentence.quantities:
        # not "claims that it reached 40%", nor a count of time ("over the four-year period")
        if q.unit in ("share", "count") and not sentence.unasserted(q.start, q.end) \
                and not (q.unit == "count" and _TIME.match(text, q.end)):
            quantities.extend(split_change(sentence, q, by=True) or (q,))
    # a from-to range split in two: the first part is the old value
    rows, previous, previous_end, i = [], None, 0, 0
    while i < len(quantities):
        q = quantities[i]
        following = quantities[i + 1] if i + 1 < len(quantities) else None
        if _is_old(sentence, q, following):
            # the dates between the two figures are the old one's ("from 850 in 2009 to 1,250")
            unowned = replace(sentence, dates=[d for d in sentence.dates if not q.start <= d.start < following.start])
            newer = _row(unowned, following, keep=q)
            if newer is None:
                i += 2
                continue
            rows += [_earlier_value(sentence, q, newer), newer]
            previous, previous_end, i = newer, following.end, i + 2
            continue
        # "dropped to 12% from 30% two years ago": the dates after the old figure are its own
        owned = replace(sentence, dates=[d for d in sentence.dates if d.start < following.start]) \
            if following is not None and _THEN_FROM.fullmatch(text, q.end, following.start) else sentence
        row = (previous and (_national_comparison(sentence, q, previous) or _old_value(sentence, q, previous))) \
            or _row(owned, q) or _anaphoric(sentence, q) \
            or (previous and (_next_grade(sentence, q, previous, previous_end) or _rate_of(sentence, q, previous)
                              or _another_council(sentence, q, previous)
                              or _same_subject(sentence, q, previous, previous_end)
                              or _next_in_series(sentence, q, previous, previous_end)))
        if row:
            rows.append(row)
            previous, previous_end = row, q.end
        i += 1
    if rows:
        last = _last_figure(sentence.article)
        last.clear()
        last.update(end=sentence.end, row=rows[-1])
    return [(table, row) for table, row in rows if not _restated(sentence, table, row)]


def _restated(sentence: Sentence, table: str, row: dict) -> bool:
    """Whether an earlier sentence of the article gave this figure (measure, council, scope and value): then it is one
    fact, kept at its first statement ("760 children were looked after ... half of Kent's 760 children looked after")."""
    key = (table, row["measure"], row["council"], row["scope"], row["value"], row["lower"], row["upper"], row["unit"])
    return _first_statement(sentence.article).setdefault(key, sentence.start) < sentence.start


@lru_cache(maxsize=16)
def _first_statement(article: Article) -> dict[tuple, int]:
    """Where the article first states each figure (filled as sentences are read, in order)."""
    return {}
