"""Sums of money (budgets.csv): extra funding, budget uplifts, salaries and councillors' allowances."""
from __future__ import annotations

import re

from datetime import date

from ..intervals import Interval
from .sentence import STATEMENT, Sentence
from .workforce import comparison_base, event_interval, point, rx, split_change

_ROLE = (r"(?:chief executive|chief exec|executive|exec|director|officer|manager|servant|leader|councillor|mayor"
         r"|cabinet member|member|head|boss|chair|commissioner|secretary|consultant|adviser|advisor|official|ceo)")
_OF_SERVICE = (r"(?: (?:of|for) (?:[\w’'-]+ ){0,3}?"
               r"(?:services|care|education|children|people|learning|families)(?![\w’']))?")
_FUNCTION = r"(?:for|to|in|of|on|per|by|with|from|into|at|as|the|a|an|and|or|was|is|has|had)"
_COUNCILLOR = rx(r"\b(?:leader|councillor|cabinet member|mayor|member)\b")
# "a £95,000 a year director", "the £20,000-plus per year council leader"
_PAY_BEFORE_ROLE = rx(rf"(?:-?plus)?(?:[\s-](?:a|per|each)[\s-]year|[\s-]per annum)?[\s-]"
                      rf"((?:(?!{_FUNCTION}\b)[a-z’'-]+ ){{0,3}}?{_ROLE}{_OF_SERVICE})\b")
# "a salary of £120,000", "earns £90,000", "a £30,000 annual allowance"
_PAY_WORD_BEFORE = rx(r"\b(?:salary|salaries|earns?|earning|allowance|remuneration|pay packet|paid|paying|pays)\b[^.;£]{0,40}$")
# Pay by the hour or day: "up to £50 an hour".
_PAY_RATE = rx(r"(?:-?plus)? (?:an|a|per|each) (?:hour|day|shift)\b")
_PAY_WORD_AFTER = rx(r"(?:-?plus)?(?: annual| a year| per year)? (?:salary|allowance|pay packet|pay)\b")
_ROLE_IN = rx(rf"\b((?:(?!{_FUNCTION}\b)[a-z’'-]+ ){{0,2}}?{_ROLE}{_OF_SERVICE})\b")
_FUNDS = r"(?:[\w-]+ ){0,2}?(?:funding|grants?|money|investment|cash)\b"
_FUNDING_NOUN = rx(rf" (?:in|of) {_FUNDS}")
_BUDGET_RISE = rx(r"\b(?:added to|increase[sd]?|rais(?:e|ed|ing)|boost(?:ed)?|uplift|top(?:ped)?[\s-]up)\b"
                  r"[^.;£]{0,40}\bbudget|\bbudget\b[^.;£]{0,30}\b(?:increase|uplift|rise|boost)")
_EXTRA = rx(r"\b(?:additional|extra|further|emergency|one-off)\b"
            r"|\b(?:earmark|allocat|invest|inject|grant|award|provid|fund|commit|pledg)\w*"
            r"|\b(?:set aside|ring-?fenced|gave|given|handed)\b")
# A sum the service lacks or must save, not money it gets: "a £5m overspend", "a funding gap of £20m".
_SHORTFALL = rx(r"\b(?:overspen\w*|deficit|shortfall|funding gap|black hole|cuts?|savings?|underspen\w*|over budget)\b")
_PER_YEAR = rx(r"\b(?:(?:a|per|each|every)[\s-]year|per annum|annual(?:ly)?)\b(?! ago| earlier| later| before)")
_ONE_OFF = rx(r"\b(?:one-off|one off|one-time|emergency|grant|injection|lump sum|single payment)\b")
_TRAILING = re.compile(r"(?:\s+(?:in|on|at|by|for|from|of|to|over|during|and|the))+$", re.I)
_MULTI = rx(r"multi")
_DENIED = rx(r"\b(?:no|not|without|never|any|calls? for|call(?:ed|ing)? for|need(?:s|ed)?|want(?:s|ed)?|ask(?:s|ed|ing)?"
             r"|lobb(?:y|ied|ying)|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|plead(?:s|ed|ing)?|urg(?:e|es|ed|ing)"
             r"|if|would|could)\b (?:[\w-]+ ){0,3}?(?:extra|additional|increased|higher|more|further|new)\b")
_PHRASE_END = re.compile(r"[,.;:–—]")
_BETWEEN_SUMS = re.compile(r"[,;]|\b(?:and|but|while|whereas|plus)\b", re.I)
# A council named just after a sum is the one it belongs to: "compared with £1m in Essex", "£2m for Essex".
_COUNCIL_AFTER = re.compile(r"\s+(?:in|at|for|by|to)\s+(?:the\s+)?")


def _council_of(sentence: Sentence, q) -> str:
    """The council a sum belongs to: one named just after it, else the last named before it, else the article's."""
    text = sentence.article.text
    after = next((c for s, _, c in sentence.councils if s >= q.end and _COUNCIL_AFTER.fullmatch(text, q.end, s)), None)
    return after or sentence.council_before(q.start)


# Money for every council, not this one: "a £410m top-up" shared among "all local authorities"; "England's councils
# spent £9.24bn", "spend per child by the average local council".
_ALL_COUNCILS = rx(r"\b(?:all|every) (?:local authorities|councils|(?:local )?authorities in England)\b"
                   r"|\bacross (?:England|the country)\b|\bnationally\b"
                   r"|\b(?:England['’]s|English) (?:local )?(?:councils|authorities)\b"
                   r"|\b(?:councils|local authorities) in England\b"
                   r"|\b(?:the )?average (?:local )?(?:council|authority)\b")
# Budgets run by financial year (April to March): "overspent last year", "cuts this year" in a budget clause.
_BUDGET_WORDS = rx(r"\b(?:budgets?|overspen\w*|underspen\w*|cuts?|savings?|spend(?:ing)?|deficit|shortfall|reserves)\b")
_CALENDAR_YEAR = rx(r"(?:this|last|next|the current|the coming|the past|the previous) (?:financial )?year")
_UNSIZED = rx(r"\bmulti-?(?:million|billion)(?:[\s-]pounds?)? (?:investment|funding|package|programme|injection|cash boost)\b"
              r"|\b(?:extra|additional|increased|higher|more|further|new) (?:[\w-]+ ){0,2}?(?:funding|money|investment|cash"
              r"|pay|allowances)\b(?! (?:is|was|would|will) (?:not|never)\b)"
              r"|\bre-?invest(?:s|ed|ing|ment)? (?:the )?money\b"
              # "the financial investment we have made", "following investment in new staff"
              r"|\bfinancial investment\b|\binvestment (?:in|into) (?:new |more )?(?:staff|workforce|social work(?:ers)?"
              r"|(?:workforce )?recruitment)\b"
              # payments on top of pay: an allowance
              r"|(?P<allowance>\bmarket(?: forces)? supplements?|\bpay supplements?|\bretention (?:bonus(?:es)?|payments?)"
              r"|\bgolden hellos?|\bwelcome (?:grants?|payments?|bonus(?:es)?)|\brecruitment (?:bonus(?:es)?|incentives?))\b")
_UNSIZED_WORDS = ("multi", "fund", "money", "invest", "cash", "pay", "allowance", "supplement", "bonus", "hello",
                  "welcome")  # one is in every _UNSIZED match
_PURPOSES = [rx(p) for p in [
    r"\bfor\s+(?!(?:this|next|last|the (?:current|coming|next)) (?:financial )?year\b|\d{4}\b|each\b|every\b)(.+)",
    r"\bto (?:help )?(?!the\b|its\b|their\b|his\b|her\b|a\b|an\b|be\b)((?-i:[a-z]).+)",
    rf"^(?: (?:in|of) {_FUNDS})?(?: (?:a|per|each|every) year)? (?:in|on|into) (?!{_FUNDS})"
    r"(.+?)(?= (?:each|every|a|per) year\b|$)",
    r"\b(?:to|into|from) (?:the |its |their )?((?:[\w’'-]+ ){0,4}?budget)\b",
]]


def _phrase(sentence: Sentence, pos: int, end: int) -> str:
    """The text after a sum up to the end of its phrase or the next date."""
    stop = _PHRASE_END.search(sentence.article.text, pos, end)
    end = min([stop.start() if stop else end] + [d.start for d in sentence.dates if pos <= d.start])
    return sentence.article.text[pos:end]


def _pay(sentence: Sentence, q, a: int, b: int) -> tuple[str, str] | None:
    """(kind, role) when the sum is someone's pay: salary for officers, allowance for councillors."""
    text = sentence.article.text
    role = _PAY_BEFORE_ROLE.match(text, q.end, b)
    if role:
        role = role.group(1)
    elif _PAY_WORD_BEFORE.search(text, a, q.start) or _PAY_WORD_AFTER.match(text, q.end, b) or _PAY_RATE.match(text, q.end, b):
        named = _ROLE_IN.search(text, a, b)
        role = named.group(1) if named else ""
    else:
        return None
    kind = "allowance" if _COUNCILLOR.search(role) or "allowance" in text[a:b].lower() else "salary"
    return kind, role.strip()


def _recurrence(context: str) -> str:
    """per_year when the clause says a year/annual, one_off for emergency money or a grant, else unknown."""
    if _PER_YEAR.search(context):
        return "per_year"
    return "one_off" if _ONE_OFF.search(context) else "unknown"


def _purpose(phrase: str) -> str:
    """What the money is for: a for- or to-phrase, an in-phrase, else the budget it goes to."""
    for pattern in _PURPOSES:
        m = pattern.search(phrase)
        if m:
            return _TRAILING.sub("", m.group(1).strip())
    return ""


def _funding_kind(sentence: Sentence, q, a: int, b: int, recurrence: str) -> str:
    """extra_funding for named funding or extra money, budget_uplift for a bigger (yearly) budget, else other."""
    text = sentence.article.text
    if _SHORTFALL.search(text, a, b) and not _FUNDING_NOUN.match(text, q.end, b):
        return "other"
    if _FUNDING_NOUN.match(text, q.end, b):
        return "extra_funding"
    if _BUDGET_RISE.search(text, a, b):
        return "budget_uplift"
    extra = _EXTRA.search(text, a, b)
    if extra and recurrence == "per_year":
        return "budget_uplift"
    return "extra_funding" if extra else "other"


def _row(sentence: Sentence, q, old: bool = False) -> dict:
    """The sum's row: pay is dated to publication (a current state), other money to when it was given; the `old` sum of
    a change ("rose from £5m to £8m") only to before the publication."""
    a, b = sentence.clause(q.start, q.end, STATEMENT)
    recurrence = _recurrence(sentence.article.text[a:b])
    pay = _pay(sentence, q, a, b)
    if pay:
        kind, purpose = pay
        when, rule = sentence.article.published, "budgets.pay"
    else:
        kind, purpose = _funding_kind(sentence, q, a, b, recurrence), _purpose(_phrase(sentence, q.end, b))
        when, rule = _when(sentence, q, a, b), f"budgets.sum-{kind.replace('_', '-')}"
    if old:
        when = sentence.before_publication()
    return sentence.row(rule, start=a, end=b, council=_council_of(sentence, q), interval=when, kind=kind,
                        amount_gbp=q.value, lower=q.lower, upper=q.upper, qualifier=q.qualifier,
                        recurrence=recurrence, purpose=purpose)


def _when(sentence: Sentence, q, a: int, b: int) -> Interval:
    """When a sum of clause text[a:b] was given: the financial year or date its own words name, else a "since X", else
    the nearest date before them in the clause ("In 2018, Kent spent £2m ... and £3m ...", "cuts of £2.9m this year, of
    which £2.2m ..."), else the clause's tense. A clause of several sums gives each the words between it and its
    neighbours, split at a comma or conjunction ("£5m over three years, £2m of it this year"), so that no sum takes a
    date that a later one's words give."""
    budget = bool(_BUDGET_WORDS.search(sentence.article.text, a, b))
    sums = sorted(sentence.spans_of("MONEY", a, b), key=lambda s: s.start)
    i = next((i for i, s in enumerate(sums) if s.start == q.start), None)
    own_start = a if not i else _split(sentence, sums[i - 1].end, q.start)
    own_end = b if i is None or i == len(sums) - 1 else _split(sentence, q.end, sums[i + 1].start)
    when = _financial_year(sentence, own_start, own_end, budget) or sentence.since() or point(sentence, own_start, own_end)
    if not when:
        earlier = (d for d in reversed(sentence.dates) if a <= d.start < own_start)
        when = next((w for d in earlier if (w := _financial_year(sentence, d.start, d.end, budget)
                                             or point(sentence, d.start, d.end))), None)
    return when or sentence.by_tense(a, b)


def _split(sentence: Sentence, x: int, y: int) -> int:
    """Where the words between two sums pass from the first to the second: at a comma or conjunction, else at the second."""
    m = _BETWEEN_SUMS.search(sentence.article.text, x, y)
    return m.start() if m else y


def _financial_year(sentence: Sentence, a: int, b: int, budget: bool) -> Interval | None:
    """The financial year text[a:b] names ("2019/20"), or, about a `budget`, the financial year "this year", "last year"
    or "next year" means (from April of the publication's year)."""
    text = sentence.article.text
    dates = [d for d in sentence.dates if a <= d.start < b]
    named = next((s.value for s in sentence.spans_of("FINANCIAL_YEAR", a, b)), None)
    if named:
        return named.interval
    relative = next((d for d in dates if _CALENDAR_YEAR.fullmatch(text, d.start, d.end)
                     and not comparison_base(sentence, a, d.start)), None)  # not "£2m more than last year"
    published = sentence.article.published.start
    if not relative or not published or not budget or relative.interval.precision != "year":
        return None
    shift = relative.interval.start.year - published.year
    first = (published.year if published.month >= 4 else published.year - 1) + shift
    return Interval(date(first, 4, 1), date(first + 1, 3, 31), "range")


def _stated_before(sentence: Sentence, q) -> bool:
    """Whether the article's body stated the same sum earlier (a restatement is one fact, quoted once)."""
    return any((p.value.value, p.value.lower, p.value.upper) == (q.value, q.lower, q.upper)
               for p in sentence.spans_of("MONEY", sentence.article.body_start, sentence.start))


def _unsized(sentence: Sentence) -> list[tuple[str, dict]]:
    """Money named without a sum: "an immediate multi-million pound investment into services"."""
    text = sentence.article.text
    if not any(map(sentence.folded.__contains__, _UNSIZED_WORDS)) or sentence.spans_of("MONEY"):
        return []  # no word of money, or the sum is the fact
    m = _UNSIZED.search(text, sentence.start, sentence.end)
    if not m or _DENIED.search(text, sentence.start, sentence.end):
        return []  # "no extra money" is none
    if not _MULTI.match(text, m.start()) and text.find("£", sentence.article.body_start, sentence.start) >= 0:
        return []  # plain "extra funding" after sums were stated restates one of them
    a, b = sentence.clause(m.start(), m.end(), STATEMENT)
    recurrence = _recurrence(text[a:b])
    return [("budgets", sentence.row("budgets.unsized", start=a, end=b, council=sentence.council_before(m.start()),
                                     interval=event_interval(sentence, a, b),
                                     kind="allowance" if m["allowance"] else "extra_funding", amount_gbp=None,
                                     lower=None, upper=None, qualifier="about", recurrence=recurrence,
                                     purpose=_purpose(_phrase(sentence, m.end(), b))))]


def extract(sentence: Sentence) -> list[tuple[str, dict]]:
    """A budgets.csv row for every sum of money the sentence states, but sums shared among all councils and sums the
    article stated before; a row without a sum for money it names unsized."""
    text = sentence.article.text
    rows = []
    for q in sentence.quantities:
        if q.unit != "gbp" or _ALL_COUNCILS.search(text, *sentence.clause(q.start, q.end, STATEMENT)) \
                or _stated_before(sentence, q):
            continue
        parts = split_change(sentence, q, by=True)  # "rose by £8m to £150m", "from £142m to £150m": two sums
        if parts:
            rows += [("budgets", _row(sentence, parts[0], old=text.startswith(("from ", "From "), q.start))),
                     ("budgets", _row(sentence, parts[1]))]
        else:
            rows.append(("budgets", _row(sentence, q)))
    return rows + _unsized(sentence)
