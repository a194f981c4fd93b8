"""money.extract: every sum of money as a budgets.csv row, with kind, bounds, recurrence, purpose and dates."""

import pytest

from conftest import OFSTED, RAW
from helpers.corpus import Article, load_corpus
from helpers.extract import money, sentences
from helpers.intervals import parse_published

FIELDS = ("council", "kind", "amount_gbp", "lower", "upper", "qualifier", "recurrence", "purpose",
          "date_start", "date_end", "date_precision")


def article(text: str, published: str = "2021-06-15", article_id: str = "t") -> Article:
    return Article(article_id, f"{article_id}.txt", text, "0" * 64, "", "", "", parse_published(published), 0, len(text))


def budgets(a: Article) -> list[dict]:
    """The article's rows, once per fact as the framework keeps them (first statement quoted)."""
    seen, rows = set(), []
    for sentence in sentences(a):
        for table, row in money.extract(sentence):
            assert table == "budgets"
            assert a.text[row["char_start"]:row["char_end"]] == row["quote"]
            key = tuple(v for k, v in row.items() if k not in ("quote", "char_start", "char_end"))
            if key not in seen:
                seen.add(key)
                rows.append(row)
    return rows


def facts(text: str, published: str = "2021-06-15") -> list[tuple]:
    return [tuple(r[f] for f in FIELDS) + (r["quote"],) for r in budgets(article(text, published))]


CASES = [
    ("Wigan Council has set aside an additional £2million for hiring social workers.", "2021-06-15",
     ("Wigan", "extra_funding", 2000000, None, None, "exact", "unknown", "hiring social workers", "", "2021-06-15", "before")),
    ("Sefton’s £160,000 a year chief executive declined to comment.", "2021-06-15",
     ("Sefton", "salary", 160000, None, None, "exact", "per_year", "chief executive", "2021-06-15", "2021-06-15", "day")),
    ("Derby’s £30,000-plus per year cabinet member for children stayed silent.", "2021-06",
     ("Derby", "allowance", 30000, 30000, None, "more_than", "per_year", "cabinet member for children",
      "2021-06-01", "2021-06-30", "month")),
    ("Following the Ofsted visit in May 2020, almost £3million in emergency funding was given to Derby "
     "to help reduce caseloads.", "2021-06-15",
     ("Derby", "extra_funding", 3000000, None, 3000000, "nearly", "one_off", "reduce caseloads",
      "2020-05-01", "2021-06-15", "range")),
    ("A further £4million has been added to the Norfolk children’s services budget for this year.", "2022-02",
     ("Norfolk", "budget_uplift", 4000000, None, None, "exact", "unknown", "Norfolk children’s services budget",
      "2021-04-01", "2022-03-31", "range")),  # a budget's "this year" is the financial year
    ("Kent's children's services overspent by £6.4 million last year.", "2018-08-31",
     ("Kent", "other", 6400000, None, None, "exact", "unknown", "", "2017-04-01", "2018-03-31", "range")),
    ("Kent will receive £5.1m of additional social care funding in 2019/20.", "2019-01-21",
     ("Kent", "extra_funding", 5100000, None, None, "exact", "unknown", "", "2019-04-01", "2020-03-31", "range")),
    ("Since 2019, Leeds has invested an extra £6million a year in early help.", "2023-05-10",
     ("Leeds", "budget_uplift", 6000000, None, None, "exact", "per_year", "early help",
      "2019-01-01", "2023-05-10", "range")),
    ("In Bolton the director of children’s services is on a salary of £140,000 per annum.", "2021",
     ("Bolton", "salary", 140000, None, None, "exact", "per_year", "director of children’s services",
      "2021-01-01", "2021-12-31", "year")),
    ("Wigan’s £45,000 annual allowance for the council leader was frozen.", "2021-06-15",
     ("Wigan", "allowance", 45000, None, None, "exact", "per_year", "council leader", "2021-06-15", "2021-06-15", "day")),
    ("Leeds reported a £12million overspend on children’s social care.", "2021-06-15",
     ("Leeds", "other", 12000000, None, None, "exact", "unknown", "", "2021-06-15", "2021-06-15", "day")),
    ("Wigan saved £1m by cutting its use of agency staff.", "2021-06-15",
     ("Wigan", "other", 1000000, None, None, "exact", "unknown", "", "", "2021-06-15", "before")),  # done, undated
    ("An additional £1m was earmarked for foster carers in Sefton a year ago.", "2021-06-15",
     ("Sefton", "extra_funding", 1000000, None, None, "exact", "unknown", "foster carers in Sefton",
      "2020-01-01", "2020-12-31", "year")),
]


@pytest.mark.parametrize("text, published, expected", CASES, ids=[c[2][1] + "-" + c[2][0] for c in CASES])
def test_a_sum_of_money_becomes_one_row(text, published, expected):
    (row,) = facts(text, published)
    assert row[:-1] == expected
    assert row[-1] == text


def test_two_sums_in_one_sentence_are_quoted_by_their_own_clauses():
    text = ("Wigan has put £2million of emergency funding into fostering, and that a further £5million "
            "has been added to the department’s budget.")
    rows = facts(text)
    assert [(r[1], r[2], r[6], r[7]) for r in rows] == [
        ("extra_funding", 2000000, "one_off", "fostering"),
        ("budget_uplift", 5000000, "unknown", "department’s budget"),
    ]
    assert rows[0][-1] == "Wigan has put £2million of emergency funding into fostering"
    assert rows[1][-1] == "a further £5million has been added to the department’s budget."


def test_the_council_is_the_one_named_before_the_sum():
    text = "Wigan was praised. Wigan again led. Meanwhile Bolton’s £170,000 a year chief executive resigned."
    (row,) = facts(text)
    assert row[0] == "Bolton" and row[1] == "salary"


def test_numbers_that_are_not_money_give_no_row():
    text = ("Inside Wigan generated more than 500,000 page views in 2017. Three of the borough’s MPs "
            "commented. It took a 12-month period and six follow-up monitoring visits over two years.")
    assert facts(text) == []


def test_ofsted_reports_state_no_sums_of_money_only_one_investment_without_a_sum():
    assert [(r["article_id"], r["kind"], r["amount_gbp"], r["quote"][:30]) for a in load_corpus(OFSTED) for r in budgets(a)] == [
        ("blackpool-2023-02-01", "extra_funding", None, "Substantial council \nfinancial")]


# Every sum of money in the five seed articles, verified by reading them: key fields and a piece of the quote.
SEED = {
    ("000", "Croydon", "salary", 185000, None, None, "exact", "per_year", "chief executive",
     "2017-09-04", "2017-09-04", "day", "£185,000 a year chief executive"),
    ("001", "Croydon", "extra_funding", 1000000, None, None, "exact", "unknown",
     "recruitment of social workers and to improve its working practices", "", "2017-09-30", "before",
     "earmarked an additional £1million"),
    ("001", "Croydon", "salary", 185000, None, None, "exact", "per_year", "senior public servant",
     "2017-09-01", "2017-09-30", "month", "£185,000 per year senior public servant"),
    ("002", "Croydon", "salary", 150000, None, None, "exact", "per_year", "exec",
     "2019-03-01", "2019-03-31", "month", "the £150,000 per year exec"),
    ("003", "Croydon", "extra_funding", 2000000, 2000000, None, "more_than", "one_off",
     "recruit and retain more social workers", "", "2018-01-31", "before", "more than £2million in emergency funding"),
    ("003", "Croydon", "budget_uplift", 10000000, None, None, "exact", "unknown", "department’s budget",
     "2017-04-01", "2018-03-31", "range", "a further £10million has been added to the department’s budget for this year"),
    ("003", "Croydon", "allowance", 50000, 50000, None, "more_than", "per_year", "council leader",
     "2018-01-01", "2018-01-31", "month", "the £50,000-plus per year council leader"),
    ("004", "Croydon", "budget_uplift", 10000000, None, None, "exact", "per_year", "improving children’s services",
     "2017-01-01", "2020-03-16", "range", "Since 2017, the council has invested an additional £10million"),
}


def test_seed_articles_give_exactly_the_sums_a_reader_finds():
    found = {(a.article_id, *(r[f] for f in FIELDS), r["quote"]) for a in load_corpus(RAW) for r in budgets(a)}
    assert len(found) == len(SEED)
    for row in SEED:
        assert any(f[:-1] == row[:-1] and row[-1] in f[-1] for f in found), row


def test_a_restated_sum_is_one_row_quoted_where_first_stated():
    text = ("An extra £4.2 million is due to be spent on children’s services in Wigan. "
            "The council has added £4.2 million to its budget to pay for care placements.")
    (row,) = facts(text)
    assert row[2] == 4200000 and row[-1].startswith("An extra")


@pytest.mark.parametrize("text", [
    "The government wrote to all local authorities in Wigan’s region about a £410m top-up for 2019/20.",
    "Wigan spent more. England's councils spent £9.24bn on children's services in 2010/11.",
    "Wigan spent more, but the average local council spent £45,650 per looked-after child in 2015/16.",
])
def test_a_sum_shared_among_all_councils_or_of_councils_in_general_is_not_the_councils(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Wigan’s children’s services department is facing a £5m overspend.", "other"),
    ("Wigan faces a funding gap of £20m by 2021.", "other"),
    ("Wigan has set aside £1.5m to recruit more social workers.", "extra_funding"),
    ("The government gave Wigan £500,000 to improve its services.", "extra_funding"),
    ("Wigan is paying agency social workers up to £50 an hour.", "salary"),
])
def test_shortfalls_set_asides_and_hourly_pay(text, kind):
    assert [r["kind"] for r in budgets(article(text))] == [kind]


def test_money_named_without_a_sum_unless_denied_or_a_restatement():
    assert [r["amount_gbp"] for r in budgets(article(
        "Wigan has offered agency social workers higher pay and travel allowances."))] == [None]
    assert budgets(article("Wigan has asked the government for more funding.")) == []
    text = "Wigan has earmarked £2m for social work. The extra funding will pay for 20 posts."
    assert [r["amount_gbp"] for r in budgets(article(text))] == [2000000]


def test_a_change_by_or_from_one_sum_to_another_is_two_sums():
    rows = facts("Wigan’s children’s services budget rose by £8m to £150m in 2020.")
    assert [(r[2], r[8], r[9]) for r in rows] == [(8000000, "2020-01-01", "2020-12-31"), (150000000, "2020-01-01", "2020-12-31")]
    rows = facts("Wigan’s children’s services budget will increase from £142m to £150m.")
    assert [(r[2], r[8], r[9], r[10]) for r in rows] == [(142000000, "", "2021-06-15", "before"),
                                                         (150000000, "2021-06-15", "", "after")]


def test_a_sum_named_with_another_council_after_it_is_that_councils():
    found = [(r["council"], r["amount_gbp"]) for r in budgets(article(
        "Kent County Council spent £3m on agency staff, compared with £1m in Essex."))]
    assert found == [("Kent", 3_000_000), ("Essex", 1_000_000)]


@pytest.mark.parametrize("text, dates", [
    # each sum takes the date its own words give, not one a later sum's words give
    ("Kent will get an extra £5m over the next three years, £2m of it this year.",
     [("2019-06-12", ""), ("2019-01-01", "2019-12-31")]),
    ("Kent has set aside £1.5m for 2019/20 and a further £2m in 2020/21.",
     [("2019-04-01", "2020-03-31"), ("2020-04-01", "2021-03-31")]),
    ("Kent approved £4m last year, and this year it has added another £1m.",
     [("2018-01-01", "2018-12-31"), ("2019-01-01", "2019-12-31")]),
    # a sum without a date of its own takes the nearest one before it: a fronted date, or the sum it is part of
    ("In 2018, Kent spent £2m on agency staff and £3m on recruitment.",
     [("2018-01-01", "2018-12-31"), ("2018-01-01", "2018-12-31")]),
    ("Kent plans budget cuts of £2.9m this year, of which it can achieve £2.2m.",
     [("2019-04-01", "2020-03-31"), ("2019-04-01", "2020-03-31")]),
    # the year a sum is compared with is not its own
    ("Kent's budget for agency staff is £2m higher than last year.", [("2019-06-12", "2019-06-12")]),
])
def test_several_sums_in_one_clause_are_each_dated_by_their_own_words(text, dates):
    assert [(r["date_start"], r["date_end"]) for r in budgets(article(text, "2019-06-12"))] == dates
