"""helpers.numbers: quantities in article text. All sentences are invented, about invented councils."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.numbers import QUALIFIERS, RECURRENCES, UNITS, Quantity, find_quantities, parse_number_words

M = 1_000_000

# (sentence, span, value, lower, upper, qualifier, unit, recurrence)
MONEY = [
    ("Northshire County Council spent £1million on agency cover.", "£1million", M, None, None,
     "exact", "gbp", "unknown"),
    ("Westbury Council set aside £1 million for foster carers.", "£1 million", M, None, None,
     "exact", "gbp", "unknown"),
    ("Eastmoor's overspend reached £1.5m by the autumn.", "£1.5m", 1.5 * M, None, None, "exact", "gbp", "unknown"),
    ("The region's whole care budget is £2bn.", "£2bn", 2e9, None, None, "exact", "gbp", "unknown"),
    ("Kingsford borrowed £2 billion over a decade.", "£2 billion", 2e9, None, None, "exact", "gbp", "unknown"),
    ("The review of Lowfield cost £185,000 in fees.", "£185,000", 185_000, None, None, "exact", "gbp", "unknown"),
    ("Ashcombe will spend £10million on new homes.", "£10million", 10 * M, None, None, "exact", "gbp", "unknown"),
    ("Fernley's deficit is £3.4 million this spring.", "£3.4 million", 3.4 * M, None, None,
     "exact", "gbp", "unknown"),
    ("Millbrook paid a consultancy £500k for the plan.", "£500k", 500_000, None, None, "exact", "gbp", "unknown"),
    ("Senior social workers in Oakhaven can earn £50,000-plus.", "£50,000-plus", 50_000, 50_000, None,
     "more_than", "gbp", "unknown"),
    ("Northshire promised a further £10million for early help.", "£10million", 10 * M, None, None,
     "exact", "gbp", "unknown"),
    ("Westbury's interim director was paid £185,000 a year.", "£185,000", 185_000, None, None,
     "exact", "gbp", "per_year"),
    ("Eastmoor will invest £10million in improving children's services each year.", "£10million", 10 * M,
     None, None, "exact", "gbp", "per_year"),
    ("A residential place costs Kingsford £7,500 per week.", "£7,500", 7_500, None, None,
     "exact", "gbp", "unknown"),
    ("Lowfield's annual budget of £42m was overspent.", "£42m", 42 * M, None, None, "exact", "gbp", "per_year"),
    ("A £95,000-a-year post was advertised by Ashcombe.", "£95,000", 95_000, None, None,
     "exact", "gbp", "per_year"),
    ("Fernley spent more than £2million on unregistered homes.", "more than £2million", 2 * M, 2 * M, None,
     "more_than", "gbp", "unknown"),
    ("Millbrook's legal bill rose to almost £4.2m.", "almost £4.2m", 4.2 * M, None, 4.2 * M,
     "nearly", "gbp", "unknown"),
    ("Oakhaven expects the cost to be between £2m and £3m.", "between £2m and £3m", None, 2 * M, 3 * M,
     "between", "gbp", "unknown"),
    ("Fees of £2-3m were quoted to Northshire.", "£2-3m", None, 2 * M, 3 * M, "between", "gbp", "unknown"),
    ("The contract was worth 2 million pounds to Westbury.", "2 million pounds", 2 * M, None, None,
     "exact", "gbp", "unknown"),
    ("Eastmoor paid £5m a year ago for the site.", "£5m", 5 * M, None, None, "exact", "gbp", "unknown"),
    ("Kingsford spends £12m per annum on taxis.", "£12m", 12 * M, None, None, "exact", "gbp", "per_year"),
    ("Lowfield's costs rose from £1.2m to £1.9m.", "from £1.2m to £1.9m", None, 1.2 * M, 1.9 * M,
     "between", "gbp", "unknown"),
    ("£250 was refunded to one Ashcombe family.", "£250", 250, None, None, "exact", "gbp", "unknown"),
    ("Fernley overspent by in excess of £5m.", "in excess of £5m", 5 * M, 5 * M, None,
     "more_than", "gbp", "unknown"),
    ("Up to £3m a year could be saved in Millbrook.", "Up to £3m", 3 * M, None, 3 * M, "up_to", "gbp", "per_year"),
    ("Oakhaven spent £4m, after a review, on agency staff every year.", "£4m", 4 * M, None, None,
     "exact", "gbp", "per_year"),
    ("Northshire spent £4m. A year later it spent less.", "£4m", 4 * M, None, None, "exact", "gbp", "unknown"),
]

SHARES = [
    ("About 78 per cent of Northshire's referrals were repeats.", "About 78 per cent", 0.78, None, None,
     "about", "share", "unknown"),
    ("In Westbury, 78% of assessments were late.", "78%", 0.78, None, None, "exact", "share", "unknown"),
    ("Eastmoor said 64 percent of staff were agency workers.", "64 percent", 0.64, None, None,
     "exact", "share", "unknown"),
    ("Eastmoor said about 15pc of staff were agency workers.", "about 15pc", 0.15, None, None,
     "about", "share", "unknown"),
    ("Only 10% of Kingsford's carers are new.", "10%", 0.1, None, None, "exact", "share", "unknown"),
    ("Nearly 1 in every 6 children in Lowfield waited too long.", "Nearly 1 in every 6", 1 / 6, None, 1 / 6,
     "nearly", "share", "unknown"),
    ("More than 1 in 3 families in Ashcombe were re-referred.", "More than 1 in 3", 1 / 3, 1 / 3, None,
     "more_than", "share", "unknown"),
    ("One in five Fernley foster homes closed.", "One in five", 0.2, None, None, "exact", "share", "unknown"),
    ("One-third of Millbrook's social workers left.", "One-third", 1 / 3, None, None, "exact", "share", "unknown"),
    ("Two-thirds of Oakhaven's cases were closed.", "Two-thirds", 2 / 3, None, None, "exact", "share", "unknown"),
    ("A quarter of Northshire's visits were missed.", "A quarter", 0.25, None, None, "exact", "share", "unknown"),
    ("Three quarters of Westbury's plans were out of date.", "Three quarters", 0.75, None, None,
     "exact", "share", "unknown"),
    ("Half of all children in Eastmoor's care live away.", "Half", 0.5, None, None, "exact", "share", "unknown"),
    ("One-half of the Kingsford budget went on placements.", "One-half", 0.5, None, None,
     "exact", "share", "unknown"),
    ("A fifth of Lowfield's carers have resigned.", "A fifth", 0.2, None, None, "exact", "share", "unknown"),
    ("Referrals in Lowfield rose by a fifth.", "a fifth", 0.2, None, None, "exact", "share", "unknown"),
    ("Between one-third and nearly one-half of Ashcombe's referrals were repeats.",
     "Between one-third and nearly one-half", None, 1 / 3, 0.5, "between", "share", "unknown"),
    ("Between 20 and 30 per cent of Fernley's cases were delayed.", "Between 20 and 30 per cent", None, 0.2, 0.3,
     "between", "share", "unknown"),
    ("Millbrook expects 20-30% of posts to be filled.", "20-30%", None, 0.2, 0.3, "between", "share", "unknown"),
    ("More than half of Oakhaven's staff were temporary.", "More than half", 0.5, 0.5, None,
     "more_than", "share", "unknown"),
    ("Two in five Northshire children were placed out of county.", "Two in five", 0.4, None, None,
     "exact", "share", "unknown"),
    ("At least 40 per cent of Westbury's plans were late.", "At least 40 per cent", 0.4, 0.4, None,
     "at_least", "share", "unknown"),
    ("Eastmoor's vacancy rate fell to 12.5%.", "12.5%", 0.125, None, None, "exact", "share", "unknown"),
    ("Spending in Kingsford was cut by half.", "half", 0.5, None, None, "exact", "share", "unknown"),
]

COUNTS = [
    ("Northshire is home to 94,000 children.", "94,000", 94_000, None, None, "exact", "count", "unknown"),
    ("Westbury employs 800 staff in the service.", "800", 800, None, None, "exact", "count", "unknown"),
    ("Eastmoor runs 12 teams across the county.", "12", 12, None, None, "exact", "count", "unknown"),
    ("Nearly 40 children in Kingsford waited for a bed.", "Nearly 40", 40, None, 40, "nearly", "count", "unknown"),
    ("Lowfield's caseloads average 2.5 visits a week.", "2.5", 2.5, None, None, "exact", "count", "unknown"),
    ("Three social workers left Ashcombe in the spring.", "Three", 3, None, None, "exact", "count", "unknown"),
    ("Fernley has forty two open cases.", "forty two", 42, None, None, "exact", "count", "unknown"),
    ("Millbrook has twelve residential homes.", "twelve", 12, None, None, "exact", "count", "unknown"),
    ("Oakhaven closed a dozen children's homes.", "a dozen", 12, None, None, "exact", "count", "unknown"),
    ("Under section 152 of the act, Northshire must report.", "152", 152, None, None, "exact", "count", "unknown"),
    ("Westbury agreed a 12-month improvement plan.", "12", 12, None, None, "exact", "count", "unknown"),
    ("Eastmoor's reforms will take two and a half years.", "two and a half", 2.5, None, None,
     "exact", "count", "unknown"),
    ("Kingsford has around 40 foster carers.", "around 40", 40, None, None, "about", "count", "unknown"),
    ("Lowfield has some 60 vacancies.", "some 60", 60, None, None, "about", "count", "unknown"),
    ("Approximately 70 families in Ashcombe were visited.", "Approximately 70", 70, None, None,
     "about", "count", "unknown"),
    ("Fernley interviewed roughly 80 carers.", "roughly 80", 80, None, None, "about", "count", "unknown"),
    ("Millbrook has an estimated 90 children missing education.", "an estimated 90", 90, None, None,
     "about", "count", "unknown"),
    ("Oakhaven's register listed circa 100 names.", "circa 100", 100, None, None, "about", "count", "unknown"),
    ("The Northshire archive holds c. 110 files.", "c. 110", 110, None, None, "about", "count", "unknown"),
    ("Westbury found almost 40 late reviews.", "almost 40", 40, None, 40, "nearly", "count", "unknown"),
    ("Eastmoor has just under 50 managers.", "just under 50", 50, None, 50, "nearly", "count", "unknown"),
    ("Kingsford has close to 60 agency staff.", "close to 60", 60, None, 60, "nearly", "count", "unknown"),
    ("Lowfield has getting on for 70 open complaints.", "getting on for 70", 70, None, 70,
     "nearly", "count", "unknown"),
    ("Ashcombe has upwards of 40 private providers.", "upwards of 40", 40, 40, None, "more_than", "count", "unknown"),
    ("Fernley kept above 50 children on plans.", "above 50", 50, 50, None, "more_than", "count", "unknown"),
    ("Millbrook took over 60 days to respond.", "over 60", 60, 60, None, "more_than", "count", "unknown"),
    ("Oakhaven has 70-plus carers on its books.", "70-plus", 70, 70, None, "more_than", "count", "unknown"),
    ("Northshire has less than 10 vacancies.", "less than 10", 10, None, 10, "less_than", "count", "unknown"),
    ("Westbury has fewer than 20 carers left.", "fewer than 20", 20, None, 20, "less_than", "count", "unknown"),
    ("Eastmoor supports children under 5 at home.", "under 5", 5, None, 5, "less_than", "count", "unknown"),
    ("Kingsford keeps caseloads below 40 per worker.", "below 40", 40, None, 40, "less_than", "count", "unknown"),
    ("Lowfield needs at least 10 new carers.", "at least 10", 10, 10, None, "at_least", "count", "unknown"),
    ("Ashcombe requires a minimum of 20 visits.", "a minimum of 20", 20, 20, None, "at_least", "count", "unknown"),
    ("Fernley recruited no fewer than 30 staff.", "no fewer than 30", 30, 30, None, "at_least", "count", "unknown"),
    ("Millbrook may cut up to 10 posts.", "up to 10", 10, None, 10, "up_to", "count", "unknown"),
    ("Oakhaven may close as many as 20 homes.", "as many as 20", 20, None, 20, "up_to", "count", "unknown"),
    ("Northshire allows a maximum of 30 cases each.", "a maximum of 30", 30, None, 30, "up_to", "count", "unknown"),
    ("Westbury grew its team from 40 to 60 staff.", "from 40 to 60", None, 40, 60, "between", "count", "unknown"),
    ("Eastmoor places 10-15 children a month.", "10-15", None, 10, 15, "between", "count", "unknown"),
    ("Kingsford has between 300 and 400 children in care.", "between 300 and 400", None, 300, 400,
     "between", "count", "unknown"),
    ("Lowfield supports one hundred care leavers.", "one hundred", 100, None, None, "exact", "count", "unknown"),
    ("Ashcombe helped a hundred families.", "a hundred", 100, None, None, "exact", "count", "unknown"),
    ("Fernley appointed twenty-five managers.", "twenty-five", 25, None, None, "exact", "count", "unknown"),
    ("Millbrook has 1,200 families waiting.", "1,200", 1_200, None, None, "exact", "count", "unknown"),
    ("Oakhaven serves 3 million residents.", "3 million", 3 * M, None, None, "exact", "count", "unknown"),
    ("Northshire received more than 1,000 referrals.", "more than 1,000", 1_000, 1_000, None,
     "more_than", "count", "unknown"),
    ("Westbury reviewed 40 cases a year.", "40", 40, None, None, "exact", "count", "unknown"),
    ("Eastmoor housed half a dozen teenagers.", "half a dozen", 6, None, None, "exact", "count", "unknown"),
]

PHRASINGS = MONEY + SHARES + COUNTS

NOTHING = [
    "In 2019 Northshire was rated inadequate.",
    "Westbury has improved since 2021.",
    "Eastmoor's 2019-20 accounts were late.",
    "The Kingsford panel met on 16 March.",
    "The Lowfield report was published on March 16th.",
    "Inspectors visited Ashcombe on March 16.",
    "One of his teams in Fernley was praised.",
    "One member of the Millbrook board resigned.",
    "Inspectors said one area of Oakhaven's work was weak.",
    "Northshire's fifth report was critical.",
    "Westbury published a third inspection letter.",
    "Westbury's cleaning was done by a third party.",
    "Eastmoor prices are quoted in £ only.",
    "Kingsford gives the figure as per cent of the total.",
    "Kingsford's 15PCs and 15p coins are not shares.",
    "The code E92000001 identifies Lowfield.",
    "1. Ashcombe must improve.",
    "Someone often said Fernley was slow.",
    "Hundreds of children and thousands of pounds were involved in Millbrook.",
    "Dozens of Oakhaven staff left.",
    "The twenty-first meeting of the Northshire board.",
    "Westbury's board met at 10am on 16/03/2021.",
    "Eastmoor built its homes in the 1990s.",
    "Kingsford's first half of 2020 was difficult.",
    "The 3rd review of Lowfield was due.",
    "",
]


def the_quantity(text: str, span: str) -> Quantity:
    """The one quantity whose span is `span`, checked to sit where `span` first occurs."""
    found = [q for q in find_quantities(text) if text[q.start:q.end] == span]
    assert len(found) == 1, f"{span!r} not found once in {find_quantities(text)}"
    assert found[0].start == text.index(span)
    return found[0]


def fields(q: Quantity) -> tuple:
    return (q.value, q.lower, q.upper, q.qualifier, q.unit, q.recurrence)


def test_enough_phrasings():
    assert len(PHRASINGS) >= 70


@pytest.mark.parametrize("text, span, value, lower, upper, qualifier, unit, recurrence", PHRASINGS)
def test_phrasing(text, span, value, lower, upper, qualifier, unit, recurrence):
    q = the_quantity(text, span)
    assert fields(q) == pytest.approx((value, lower, upper, qualifier, unit, recurrence))


@pytest.mark.parametrize("text", NOTHING)
def test_no_quantity(text):
    assert find_quantities(text) == []


def test_several_in_one_sentence():
    text = ("Northshire said nearly 40 children, about 78 per cent of those placed, cost more than £2million "
            "in 2022, and between 12 and 15 of them were under 5.")
    assert [text[q.start:q.end] for q in find_quantities(text)] == [
        "nearly 40", "about 78 per cent", "more than £2million", "between 12 and 15", "under 5"]


def test_range_needs_the_same_kind():
    text = "Westbury's plan runs 18 months to two years."
    assert [(text[q.start:q.end], q.qualifier) for q in find_quantities(text)] == [("18", "exact"), ("two", "exact")]


def test_and_without_between_is_two_quantities():
    text = "Eastmoor has 40 and 50 places in its two homes."
    assert [text[q.start:q.end] for q in find_quantities(text)] == ["40", "50", "two"]


def test_descending_numbers_are_not_a_range():
    text = "The Kingsford panel voted 7 to 2 in favour."
    assert [(q.value, q.qualifier) for q in find_quantities(text)] == [(7, "exact"), (2, "exact")]


def test_per_year_only_within_a_short_window():
    text = ("Lowfield spent £3m on the new building, which the council's own auditors later described as "
            "poor value for money, and then again each year.")
    assert the_quantity(text, "£3m").recurrence == "unknown"


def test_recurrence_is_for_money_only():
    text = "Ashcombe trains 40 social workers a year."
    assert the_quantity(text, "40").recurrence == "unknown"


def test_full_precision_is_kept():
    text = "One in three Fernley carers left."
    assert the_quantity(text, "One in three").value == 1 / 3


def test_huge_digit_strings_are_skipped():
    assert find_quantities("Millbrook ref " + "9" * 40 + " and 12 staff.")[0].value == 12


def test_offsets_are_into_the_whole_text():
    text = "Oakhaven: 12 homes. Northshire: nearly 40 carers."
    start = text.index("Northshire")
    [q] = find_quantities(text, start)
    assert (text[q.start:q.end], q.qualifier) == ("nearly 40", "nearly")


def test_end_limits_the_search():
    text = "Westbury has 12 homes and 40 carers."
    assert [q.value for q in find_quantities(text, 0, text.index("and"))] == [12]


def test_qualifier_outside_the_window_is_not_taken():
    text = "Eastmoor has nearly 40 carers."
    [q] = find_quantities(text, text.index("40"))
    assert (q.start, q.qualifier) == (text.index("40"), "exact")


@pytest.mark.parametrize("words, value", [
    ("forty two", 42), ("three", 3), ("a dozen", 12), ("half a dozen", 6), ("one-third", 1 / 3), ("half", 0.5),
    ("two-thirds", 2 / 3), ("three quarters", 0.75), ("a quarter", 0.25), ("a hundred", 100),
    ("one hundred and twenty", 120), ("two and a half", 2.5), ("Twenty-Five", 25), ("a fifth", 0.2),
])
def test_parse_number_words(words, value):
    assert parse_number_words(words) == pytest.approx(value)


@pytest.mark.parametrize("words", ["", "someone", "fifth", "third", "42", "a", "one two", "council"])
def test_parse_number_words_rejects(words):
    assert parse_number_words(words) is None


@pytest.mark.parametrize("line", [
    "£" * 10_000, "1," * 5_000, "nearly " * 2_000, "between " * 2_000, "7" * 10_000, "one " * 2_000,
    "£1m-" * 2_000, "1 in " * 2_000, "between 1 and " * 1_000, "\x00\ud800\u212a\u017f" * 1_000,
])
def test_adversarial_lines_do_not_raise(line):
    for q in find_quantities(line):
        assert 0 <= q.start < q.end <= len(line)


def check_wellformed(text: str, found: list[Quantity], lo: int = 0, hi: int | None = None) -> None:
    hi = len(text) if hi is None else hi
    previous_end = lo
    for q in found:
        assert previous_end <= q.start < q.end <= hi
        previous_end = q.end
        assert q.qualifier in QUALIFIERS and q.unit in UNITS and q.recurrence in RECURRENCES
        assert q.recurrence == "unknown" or q.unit == "gbp"
        if q.qualifier == "between":
            assert q.value is None and q.lower <= q.upper
        else:
            assert q.value is not None


TOKENS = st.sampled_from([
    "£", "£2m", "1", "12", "1,000", "2019", "-", "–", "to", "and", "between", "from", "nearly", "more than",
    "one", "in", "every", "five", "a", "dozen", "half", "of", "third", "per cent", "%", "plus", "-plus", "a year",
    "annual", "March", "16", ".", ",", "\n", "c.", "forty", "two", "hundred", "million", "Northshire", "  ",
])


@settings(max_examples=300)
@given(st.text())
def test_any_text_gives_wellformed_quantities(text):
    check_wellformed(text, find_quantities(text))


@settings(max_examples=300)
@given(st.lists(TOKENS, max_size=30).map(" ".join))
def test_number_like_text_gives_wellformed_quantities(text):
    check_wellformed(text, find_quantities(text))


@settings(max_examples=200)
@given(st.lists(TOKENS, max_size=20).map(" ".join), st.integers(-40, 200), st.integers(-40, 200))
def test_window_matches_the_slice(text, start, end):
    lo, hi, _ = slice(start, end).indices(len(text))
    found = find_quantities(text, start, end)
    check_wellformed(text, found, lo, max(lo, hi))
    shifted = [(q.start - lo, q.end - lo, q.value, q.qualifier) for q in found]
    assert shifted == [(q.start, q.end, q.value, q.qualifier) for q in find_quantities(text[start:end])]


def test_half_a_million_is_half_of_the_scale_and_keeps_its_qualifier():
    text = "It will draw nearly half a million pounds from reserves."
    (q,) = find_quantities(text)
    assert (text[q.start:q.end], q.value, q.upper, q.unit, q.qualifier) == (
        "nearly half a million pounds", 500000.0, 500000.0, "gbp", "nearly")
