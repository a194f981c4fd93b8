"""Date expressions found in text and resolved against the publication date."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import dates
from helpers.dates import find_dates
from helpers.intervals import PRECISIONS, UNKNOWN, parse_published

P = "2019-03-16"  # a Saturday: its week runs Monday 11 to Sunday 17 March


def found(text, published, start=0, end=None):
    """Each mention as (span text, start, end, precision, relative)."""
    return [
        (text[m.start:m.end], *m.interval.iso(), m.interval.precision, m.relative)
        for m in find_dates(text, parse_published(published), start, end)
    ]


ONE = [  # sentence, published, then the single mention expected: span, start, end, precision, relative
    # absolute days, months and years
    ("The inspection took place in October and November 2014.", P, "October and November 2014", "2014-10-01",
     "2014-11-30", "range", False),
    ("The inspection took place in February and March last year.", "2017-04-20", "February and March last year",
     "2016-02-01", "2016-03-31", "range", True),
    ("Inspectors visited over June and July.", "2017-08-31", "June and July", "2017-06-01", "2017-07-31", "range", True),
    ("There were 228 at the end of March in 2015.", P, "the end of March in 2015", "2015-03-21", "2015-03-31", "range",
     False),
    ("The inspection took place from March 3-25 this year.", P, "from March 3-25 this year", "2019-03-03", "2019-03-25",
     "range", True),
    ("The inspection took place July 17-28, 2017.", P, "July 17-28, 2017", "2017-07-17", "2017-07-28", "range", False),
    ("The rate was 75 in the last quarter of 2019-20.", P, "the last quarter of 2019-20", "2020-01-01", "2020-03-31",
     "quarter", False),
    ("Some 35 staff left in the year to September.", "2022-03-01", "the year to September", "2020-10-01", "2021-09-30",
     "range", True),
    ("Some 35 staff left in the 12 months to March 2021.", P, "the 12 months to March 2021", "2020-04-01", "2021-03-31",
     "range", False),
    ("Northshire was rated inadequate on 4 September 2017.", P, "4 September 2017", "2017-09-04", "2017-09-04", "day", False),
    ("Inspectors returned on 16th March 2020 to Eastmoor.", P, "16th March 2020", "2020-03-16", "2020-03-16", "day", False),
    ("On March 16th, 2020, Lowdale's leader resigned.", P, "March 16th, 2020", "2020-03-16", "2020-03-16", "day", False),
    ("A letter of the 3rd of May 2018 set out the failings.", P, "3rd of May 2018", "2018-05-03", "2018-05-03", "day", False),
    ("The report was published in September 2017 by inspectors.", P, "September 2017", "2017-09-01", "2017-09-30", "month", False),
    ("Westbridge set up a board in July 2017 after the visit.", P, "July 2017", "2017-07-01", "2017-07-31", "month", False),
    ("A monitoring letter dated Sept 2017 reached Kingsfold.", P, "Sept 2017", "2017-09-01", "2017-09-30", "month", False),
    ("The service was last judged good in 2012.", P, "2012", "2012-01-01", "2012-12-31", "year", False),
    ("Officers prepared for the 2016 inspection of Northshire.", P, "2016", "2016-01-01", "2016-12-31", "year", False),
    ("Eastmoor's 2015 improvement plan was rejected.", P, "2015", "2015-01-01", "2015-12-31", "year", False),
    ("The visit took place on 2020-03-16 according to the log.", P, "2020-03-16", "2020-03-16", "2020-03-16", "day", False),
    ("Lowdale was visited on 16/03/2020 by two inspectors.", P, "16/03/2020", "2020-03-16", "2020-03-16", "day", False),
    # ranges
    ("Inspection dates: 20 June – 13 July 2017", P, "20 June – 13 July 2017", "2017-06-20", "2017-07-13", "range", False),
    ("Inspectors were on site from 20 to 24 June 2022.", P, "from 20 to 24 June 2022", "2022-06-20", "2022-06-24", "range", False),
    ("The inspection ran 20 June to 1 July 2022 in Eastmoor.", P, "20 June to 1 July 2022", "2022-06-20", "2022-07-01", "range", False),
    ("Fieldwork took place on 13–24 June 2022.", P, "13–24 June 2022", "2022-06-13", "2022-06-24", "range", False),
    ("The panel sat between 2 and 5 April 2019 in Kingsfold.", P, "between 2 and 5 April 2019", "2019-04-02", "2019-04-05", "range", False),
    ("Agency costs doubled from June to August 2017.", P, "from June to August 2017", "2017-06-01", "2017-08-31", "range", False),
    ("The interim board ran from December 2017 to February.", P, "from December 2017 to February", "2017-12-01", "2018-02-28", "range", False),
    ("Budgets were cut between 2014 and 2016 in Lowdale.", P, "between 2014 and 2016", "2014-01-01", "2016-12-31", "range", False),
    # a month to a later bare year: to that year's end, all the words can mean
    ("Lowdale spent £1m between September 2018 and 2019.", P, "between September 2018 and 2019", "2018-09-01", "2019-12-31",
     "range", False),
    ("Inspectors visited Lowdale on 20 and 21 February 2024.", P, "20 and 21 February 2024", "2024-02-20", "2024-02-21",
     "range", False),
    ("Inspectors visited Lowdale between June 20 and July 13, 2017.", P, "between June 20 and July 13, 2017", "2017-06-20",
     "2017-07-13", "range", False),
    # a weekday of a day-dated publication: the latest one, or after a future verb the next one
    ("The Lowdale cabinet met on Tuesday.", P, "Tuesday", "2019-03-12", "2019-03-12", "day", True),
    ("Following the inspection in April, Lowdale drew up a plan.", P, "April", "2018-04-01", "2018-04-30", "month", True),
    ("The report will go before Lowdale's cabinet on Monday.", P, "Monday", "2019-03-18", "2019-03-18", "day", True),
    ("Lowdale's director resigned last Friday.", P, "last Friday", "2019-03-15", "2019-03-15", "day", True),
    ("Thursday's meeting of Lowdale's cabinet was tense.", P, "Thursday", "2019-03-14", "2019-03-14", "day", True),
    ("Inspectors visited Lowdale on 31 January and 1 February 2024.", P, "31 January and 1 February 2024", "2024-01-31",
     "2024-02-01", "range", False),
    ("Northshire overspent by £4m in 2016-17.", P, "2016-17", "2016-04-01", "2017-03-31", "range", False),
    ("Spending plans for 2016/17 were revised.", P, "2016/17", "2016-04-01", "2017-03-31", "range", False),
    # seasons, quarters, halves and parts
    ("A review was carried out in spring 2019 by the council.", P, "spring 2019", "2019-03-01", "2019-05-31", "range", False),
    ("Staff left during summer 2017, the union said.", P, "summer 2017", "2017-06-01", "2017-08-31", "range", False),
    ("Caseloads peaked in winter 2018 at Lowdale.", P, "winter 2018", "2018-12-01", "2019-02-28", "range", False),
    ("Spending fell in the first quarter of 2019.", P, "the first quarter of 2019", "2019-01-01", "2019-03-31", "quarter", False),
    ("Vacancy rates rose in Q3 2018 across Kingsfold.", P, "Q3 2018", "2018-07-01", "2018-09-30", "quarter", False),
    ("A new director arrives in the second half of 2019.", P, "the second half of 2019", "2019-07-01", "2019-12-31", "half", False),
    ("The plan was drafted in early 2018 by officers.", P, "early 2018", "2018-01-01", "2018-04-30", "range", False),
    ("Northshire hired agency staff early in 2018.", P, "early in 2018", "2018-01-01", "2018-04-30", "range", False),
    ("The commissioner left Eastmoor in mid-2018.", P, "mid-2018", "2018-05-01", "2018-08-31", "range", False),
    ("Ofsted revisited late in 2018, the letter says.", P, "late in 2018", "2018-09-01", "2018-12-31", "range", False),
    ("The board first met in early December 2018.", P, "early December 2018", "2018-12-01", "2018-12-10", "range", False),
    ("A deadline fell at the end of March 2018 for Eastmoor.", P, "the end of March 2018", "2018-03-21", "2018-03-31", "range", False),
    # open bounds
    ("Improvements were promised by the end of March 2018.", P, "by the end of March 2018", "", "2018-03-31", "before", False),
    ("She was appointed at the end of September last year.", P, "the end of September last year", "2018-09-21", "2018-09-30",
     "range", True),
    ("Savings are due by the end of March next year.", P, "by the end of March next year", "", "2020-03-31", "before", True),
    ("No inspection had taken place before 2016 in Lowdale.", P, "before 2016", "", "2015-12-31", "before", False),
    ("Caseloads were lower before July 2017.", P, "before July 2017", "", "2017-06-30", "before", False),
    ("Agency use grew after September 2017.", P, "after September 2017", "2017-10-01", "", "after", False),
    ("Northshire has overspent since 2017, auditors said.", P, "since 2017", "2017-01-01", P, "range", True),
    ("Westbridge has had three directors since July 2017.", P, "since July 2017", "2017-07-01", P, "range", True),
    ("The post has been vacant since last year.", P, "since last year", "2018-01-01", P, "range", True),
    ("Savings are due by the end of the year.", P, "by the end of the year", "", "2019-12-31", "before", True),
    # a day or month without a year: the latest one starting by the publication's end
    ("Inspectors visited Eastmoor on 16 March, the council said.", "2020-03-16", "16 March", "2020-03-16", "2020-03-16", "day", True),
    ("Inspectors visited Eastmoor on 16 March, the council said.", "2019-03-10", "16 March", "2018-03-16", "2018-03-16", "day", True),
    ("Inspectors visited Eastmoor on 16 March, the council said.", "2019", "16 March", "2019-03-16", "2019-03-16", "day", True),
    ("The council met in February to discuss cuts.", "2019-03", "February", "2019-02-01", "2019-02-28", "month", True),
    ("Inspectors praised their February visit to Lowdale.", "2019-03", "February", "2019-02-01", "2019-02-28", "month", True),
    ("Staff were told in late December that posts would go.", "2019-03", "late December", "2018-12-21", "2018-12-31", "range", True),
    ("The unit closed in mid-December for repairs.", "2019-01-05", "mid-December", "2018-12-11", "2018-12-20", "range", True),
    ("Recruitment stalled during the summer, the council said.", "2018-01", "summer", "2017-06-01", "2017-08-31", "range", True),
    ("The review began in the autumn and is still running.", P, "autumn", "2018-09-01", "2018-11-30", "range", True),
    ("In May the council appointed a new director.", P, "May", "2018-05-01", "2018-05-31", "month", True),
    # relative to the publication date
    ("The director resigned today, Northshire confirmed.", P, "today", P, P, "day", True),
    ("The director resigned today, Northshire confirmed.", "2019-03", "today", "2019-03-01", "2019-03-31", "range", True),
    ("Ofsted published its letter this morning.", P, "this morning", P, P, "day", True),
    ("Councillors will vote tonight on the plan.", P, "tonight", P, P, "day", True),
    ("The leader spoke yesterday about the cuts.", P, "yesterday", "2019-03-15", "2019-03-15", "day", True),
    ("A protest was held outside the town hall last night.", P, "last night", "2019-03-15", "2019-03-15", "day", True),
    ("The report will be published tomorrow.", P, "tomorrow", "2019-03-17", "2019-03-17", "day", True),
    ("Inspectors are in Lowdale this week.", P, "this week", "2019-03-11", "2019-03-17", "range", True),
    ("The vote took place last week.", P, "last week", "2019-03-04", "2019-03-10", "range", True),
    ("The director quit earlier this week.", P, "earlier this week", "2019-03-11", P, "range", True),
    ("Caseloads rose this month, officers said.", P, "this month", "2019-03-01", "2019-03-31", "month", True),
    ("Two managers left last month.", "2019-03", "last month", "2019-02-01", "2019-02-28", "month", True),
    ("Two managers left last month.", "2018", "last month", "2017-12-01", "2018-11-30", "range", True),
    ("The plan goes to cabinet next month.", P, "next month", "2019-04-01", "2019-04-30", "month", True),
    ("Spending will rise this year, Lowdale said.", P, "this year", "2019-01-01", "2019-12-31", "year", True),
    ("Spending rose last year, Lowdale said.", P, "last year", "2018-01-01", "2018-12-31", "year", True),
    ("Spending will fall next year, Lowdale said.", P, "next year", "2020-01-01", "2020-12-31", "year", True),
    ("The team was restructured last September.", P, "last September", "2018-09-01", "2018-09-30", "month", True),
    ("The team was restructured last September.", "2018", "last September", "2017-09-01", "2018-09-30", "range", True),
    ("The team was restructured last March.", P, "last March", "2018-03-01", "2018-03-31", "month", True),
    ("A new team starts next March.", P, "next March", "2020-03-01", "2020-03-31", "month", True),
    ("Agency spending fell earlier this year.", P, "earlier this year", "2019-01-01", P, "range", True),
    ("A new plan is due later this year.", P, "later this year", P, "2019-12-31", "range", True),
    ("Savings are planned in the second half of this year.", P, "the second half of this year", "2019-07-01", "2019-12-31", "half", True),
    ("Savings came in the first half of this year.", "2019", "the first half of this year", "2019-01-01", "2019-06-30", "half", True),
    ("The director joined 18 months ago.", "2019-03", "18 months ago", "2017-09-01", "2017-09-30", "month", True),
    ("The director joined just 18 months ago.", "2019-03", "just 18 months ago", "2017-09-01", "2017-09-30", "month", True),
    ("The director joined eighteen months ago.", "2019-03", "eighteen months ago", "2017-09-01", "2017-09-30", "month", True),
    ("Ofsted rated the service two years ago.", P, "two years ago", "2017-01-01", "2017-12-31", "year", True),
    ("Ofsted rated the service a year ago.", P, "a year ago", "2018-01-01", "2018-12-31", "year", True),
    ("The unit opened a decade ago.", P, "a decade ago", "2009-01-01", "2009-12-31", "year", True),
    ("The council was warned 3 weeks ago.", P, "3 weeks ago", "2019-02-18", "2019-02-24", "range", True),
    ("The council was warned a month ago.", P, "a month ago", "2019-02-01", "2019-02-28", "month", True),
    ("The post was filled more than two years ago.", P, "more than two years ago", "", "2017-12-31", "before", True),
    ("Caseloads fell over the past 18 months.", "2019-03", "the past 18 months", "2017-09-01", "2019-03-31", "range", True),
    ("Three directors left in the last two years.", P, "the last two years", "2017-03-16", P, "range", True),
    ("Caseloads fell over the past year.", P, "the past year", "2018-03-16", P, "range", True),
    ("Fifty posts go over the next 12 months.", "2019-03", "the next 12 months", "2019-03-01", "2020-03-31", "range", True),
    ("The review will report this summer.", P, "this summer", "2019-06-01", "2019-08-31", "range", True),
    ("Beds ran short last winter in Eastmoor.", P, "last winter", "2018-12-01", "2019-02-28", "range", True),
    ("Payments stopped at the end of last month.", P, "the end of last month", "2019-02-21", "2019-02-28", "range", True),
    ("The unit closed twenty-four months ago.", "2019-03", "twenty-four months ago", "2017-03-01", "2017-03-31", "month", True),
    ("Ofsted called a couple of years ago.", P, "a couple of years ago", "2017-01-01", "2017-12-31", "year", True),
    ("Ofsted called less than a year ago.", P, "less than a year ago", "2018-01-01", "", "after", True),
    ("LAST YEAR THE COUNCIL OVERSPENT.", P, "LAST YEAR", "2018-01-01", "2018-12-31", "year", True),
    ("Recruitment was frozen until June 2019.", P, "until June 2019", "", "2019-06-30", "before", False),
    ("The unit has been shut since last summer.", P, "since last summer", "2018-06-01", P, "range", True),
    # a year-less deadline is the coming one, unless a past verb governs it
    ("Kent must deliver a plan by January.", P, "by January", "", "2020-01-31", "before", True),
    ("Kent has until 4 February to improve.", P, "until 4 February", "", "2020-02-04", "before", True),
    ("Kent had recruited 20 staff by January.", P, "by January", "", "2019-01-31", "before", True),
    ("By February they said little had changed.", P, "By February", "", "2019-02-28", "before", True),
]


@pytest.mark.parametrize("text, published, span, start, end, precision, relative", ONE)
def test_one_mention(text, published, span, start, end, precision, relative):
    assert found(text, published) == [(span, start, end, precision, relative)]


NONE = [  # no date at all
    "It may be that Northshire improves.",
    "May I ask the director a question?",
    "She writes for the Sunday Times and works until Friday.",  # a title; a weekday bound without its date
    "The council spent £2017 on taxis.",
    "Eastmoor has 2017 children in care.",
    "Under section 2012 of the act, councils must report.",
    "The fifth of them left within weeks.",
    "Services in Lowdale have improved in recent years.",
    "A few years ago the council was failing.",
    "Several months later the director left.",
    "The council will respond within a couple of hours.",
    "Protesters will march on the town hall.",
    "It was an august body of inspectors.",
    "June Brown, the director, spoke first.",
    "The 1990s were different for Kingsfold.",
    "He was late again, the panel heard.",
    "The last quarter of the report is missing.",
    "The first of many visits went well.",
    "Budgets were cut between 2016 and 2014, it claimed.",
    "The letter was dated 31 June 2017 by mistake.",
    "Staff morale fell over the past few years.",
    "The Northshire Summer Fair was cancelled.",
    "Scores rose from 1.2017 to 1.5 in a year.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_mention(text):
    assert found(text, P) == []


MANY = [  # sentence, published, every mention expected
    ("Two critical reports in 2019 led to Lowdale's director stepping down in November that year.", P,
     [("2019", "2019-01-01", "2019-12-31", "year", False),
      ("November that year", "2019-11-01", "2019-11-30", "month", True)]),
    ("The report was published today (16 March) by Ofsted.", "2020-03-16",
     [("today", "2020-03-16", "2020-03-16", "day", True), ("16 March", "2020-03-16", "2020-03-16", "day", True)]),
    ("Northshire was rated inadequate in 2016. A year later it required improvement.", P,
     [("2016", "2016-01-01", "2016-12-31", "year", False), ("A year later", "2017-01-01", "2017-12-31", "year", True)]),
    ("Inspectors visited on 4 September 2017 and returned the following day.", P,
     [("4 September 2017", "2017-09-04", "2017-09-04", "day", False),
      ("the following day", "2017-09-05", "2017-09-05", "day", True)]),
    ("The rating came in March 2018; a year before, the service had been good.", P,
     [("March 2018", "2018-03-01", "2018-03-31", "month", False), ("a year before", "2017-03-01", "2017-03-31", "month", True)]),
    ("Eastmoor failed in 2015 and two years after was rated good.", P,
     [("2015", "2015-01-01", "2015-12-31", "year", False), ("two years after", "2017-01-01", "2017-12-31", "year", True)]),
    ("In 2018 the budget was cut. The previous year it had risen.", P,
     [("2018", "2018-01-01", "2018-12-31", "year", False), ("The previous year", "2017-01-01", "2017-12-31", "year", True)]),
    ("Jo Smith will retire in the summer; the review took place in the summer.", "2019-04-30",
     [("summer", "2019-06-01", "2019-08-31", "range", True), ("summer", "2018-06-01", "2018-08-31", "range", True)]),
    ("Some 136 staff left in 2013/14. The following year 123 moved on, and the previous year 99.", P,
     [("2013/14", "2013-04-01", "2014-03-31", "range", False),
      ("The following year", "2014-04-01", "2015-03-31", "range", True),
      ("the previous year", "2013-04-01", "2014-03-31", "range", True)]),
    ("The plan started in 2017 and six months later it was dropped.", P,
     [("2017", "2017-01-01", "2017-12-31", "year", False), ("six months later", "2017-07-01", "2018-06-30", "range", True)]),
    ("Inspectors came on 4 September 2017. A year later they came back, and a year later again.", P,
     [("4 September 2017", "2017-09-04", "2017-09-04", "day", False),
      ("A year later", "2018-09-04", "2018-09-04", "day", True), ("a year later", "2019-09-04", "2019-09-04", "day", True)]),
    ("A year later the council improved.", P, []),
    ("Ofsted rated Lowdale good in 2015, two years after the last inspection.", P,
     [("2015", "2015-01-01", "2015-12-31", "year", False)]),
    ("Inspectors visited in May and in June 2018.", P,
     [("May", "2018-05-01", "2018-05-31", "month", True), ("June 2018", "2018-06-01", "2018-06-30", "month", False)]),
    # a year opening the sentence is the year of its year-less dates; not across a sentence, nor from mid-sentence
    ("Last year Ofsted said it found weaknesses during a visit in October.", "2021-10-20",
     [("Last year", "2020-01-01", "2020-12-31", "year", True), ("October", "2020-10-01", "2020-10-31", "month", True)]),
    ("In 2016, inspectors came on 4 March.", "2021-10-20",
     [("2016", "2016-01-01", "2016-12-31", "year", False), ("4 March", "2016-03-04", "2016-03-04", "day", True)]),
    ("In 2016 Lowdale was rated good. Inspectors came back in May.", "2021-10-20",
     [("2016", "2016-01-01", "2016-12-31", "year", False), ("May", "2021-05-01", "2021-05-31", "month", True)]),
    ("Lowdale, rated good in 2016, was visited in May.", "2021-10-20",
     [("2016", "2016-01-01", "2016-12-31", "year", False), ("May", "2021-05-01", "2021-05-31", "month", True)]),
    # a future passive ("will be appointed") is a future verb: the next May
    ("The new director will be appointed in May.", "2019-11-25", [("May", "2020-05-01", "2020-05-31", "month", True)]),
]


@pytest.mark.parametrize("text, published, expected", MANY)
def test_many_mentions(text, published, expected):
    assert found(text, published) == expected


UNKNOWN_PUBLICATION = [  # relative expressions need a publication date; absolute ones do not
    ("Northshire was rated inadequate on 4 September 2017.", [("4 September 2017", "2017-09-04", "2017-09-04", "day", False)]),
    ("Two managers left last month.", []),
    ("Inspectors visited Eastmoor on 16 March.", []),
    ("The director resigned today.", []),
    ("Northshire has overspent since 2017.", [("since 2017", "2017-01-01", "", "after", False)]),
    ("Eastmoor failed in 2015 and two years after was rated good.",
     [("2015", "2015-01-01", "2015-12-31", "year", False), ("two years after", "2017-01-01", "2017-12-31", "year", True)]),
]


@pytest.mark.parametrize("text, expected", UNKNOWN_PUBLICATION)
def test_unknown_publication(text, expected):
    assert found(text, "") == expected


def test_window_gives_offsets_into_the_whole_text_and_anchors_only_inside_it():
    text = "Lowdale failed in 2016. A year later it improved, and in 2018 it was good."
    start = text.index("A year")
    assert found(text, P, start) == [("2018", "2018-01-01", "2018-12-31", "year", False)]
    assert found(text, P, 0, start) == [("2016", "2016-01-01", "2016-12-31", "year", False)]
    assert [(m.start, m.end) for m in find_dates(text, parse_published(P), start)] == [(text.index("2018"), text.index("2018") + 4)]


def test_mention_fields():
    (mention,) = find_dates("Northshire spoke yesterday.", parse_published(P))
    assert (mention.start, mention.end, mention.relative) == (17, 26, True)
    assert mention.interval == parse_published("2019-03-15")


# ------------------------------------------------------------------ properties

PUBLISHED = st.sampled_from(["", "2018", "2019-03", P, "2020-02-29"])
VOCABULARY = [
    "in", "since", "before", "after", "by", "until", "between", "and", "from", "to", "the", "of", "a", "an", "this",
    "last", "next", "early", "mid", "late", "earlier", "later", "end", "start", "first", "second", "quarter", "half",
    "past", "following", "previous", "year", "years", "month", "months", "week", "day", "ago", "today", "yesterday",
    "tomorrow", "night", "summer", "winter", "two", "eighteen", "couple", "few", "more", "than", "just", "May",
    "March", "June", "Sept", "December", "Q1", "H2", "1", "4", "16th", "24", "31", "2012", "2016", "2017", "2019",
    "2016-17", "2016/17", "2020-03-16", "16/03/2020", "–", "-", ",", ".", "(", ")", "£2017", "Northshire", "council",
    "days", "weeks", "decade", "coming", "next", "twenty-four", "a couple of", "mid-2018", "Dec.", "over", "less",
]
CASES = (str.lower, str.capitalize, str.upper, str)
SENTENCES = st.lists(
    st.tuples(st.sampled_from(VOCABULARY), st.sampled_from(CASES)).map(lambda word_case: word_case[1](word_case[0])),
    max_size=14,
).map(" ".join)


def check_mentions(text, published, lo=0, hi=None):
    lo, hi, _ = slice(lo, hi).indices(len(text))
    mentions = find_dates(text, parse_published(published), lo, hi)
    previous_end = lo
    for m in mentions:
        assert previous_end <= m.start < m.end <= hi
        previous_end = m.end
        iv = m.interval
        assert iv.precision in PRECISIONS and iv != UNKNOWN
        assert iv.start is not None or iv.end is not None
        assert iv.start is None or iv.end is None or iv.start <= iv.end


@settings(max_examples=300)
@given(st.text(), PUBLISHED)
def test_any_text_gives_valid_mentions(text, published):
    check_mentions(text, published)


@settings(max_examples=300)
@given(SENTENCES, PUBLISHED, st.integers(-20, 120), st.one_of(st.none(), st.integers(-20, 120)))
def test_date_like_text_gives_valid_mentions_inside_the_window(text, published, lo, hi):
    check_mentions(text, published, lo, hi)


@settings(max_examples=1000)
@given(SENTENCES)
def test_trigger_never_hides_a_match(text):
    """The quick first-word test must pass every position where the grammar matches."""
    untriggered, padded = dates._pattern(""), " " + text  # the scanner reads the character before an expression
    assert [m.span() for m in dates._PATTERN.finditer(padded)] == [m.span() for m in untriggered.finditer(padded)]


@pytest.mark.parametrize("line, expected", [
    ("March " * 2000, [("March", "2019-03-01", "2019-03-31", "month", True)]),  # only the last is not before a capital
    ("since " * 2000, []),
    ("1 " * 5000, []),
    ("the past " * 1000, []),
    ("7" * 10000, []),
])
def test_repetitive_lines(line, expected):
    assert found(line, P) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("It happened in April last year.", "2018-08-31", ("2017-04-01", "2017-04-30", "month")),
    ("It happened on 4 September last year.", "2018-08-31", ("2017-09-04", "2017-09-04", "day")),
    ("Papers for a meeting on September 4 show the cuts.", "2018-08-31", ("2018-09-04", "2018-09-04", "day")),
    ("Inspectors visited on 16 March.", "2019-03-10", ("2018-03-16", "2018-03-16", "day")),
    ("Savings are due over the next few years.", "2018-08-31", ("2018-08-31", "", "after")),
    ("The next visit will take place in late January.", "2022-11-20", ("2023-01-21", "2023-01-31", "range")),
    ("The visit took place in late January.", "2022-11-20", ("2022-01-21", "2022-01-31", "range")),
    ("In January, inspectors raised the grade.", "2019-12-20", ("2019-01-01", "2019-01-31", "month")),
    ("Papers for a meeting on January 4 show the cuts.", "2018", ("2018-01-04", "2018-01-04", "day")),
])
def test_month_of_a_relative_year_upcoming_days_and_the_next_few_years(text, published, expected):
    found = find_dates(text, parse_published(published))
    assert [(*d.interval.iso(), d.interval.precision) for d in found] == [expected]


def test_a_year_less_month_after_a_future_verb_is_the_next_one():
    found = find_dates("She will step down in March.", parse_published("2022-10-01"))
    assert [d.interval.iso() for d in found] == [("2023-03-01", "2023-03-31")]
    found = find_dates("The interim director stays on until she departs at the end of May.", parse_published("2019-03-20"))
    assert [d.interval.iso() for d in found] == [("2019-05-21", "2019-05-31")]


def test_n_years_after_an_event_is_not_a_shift_of_the_date_before():
    found = find_dates("Rated good on January 19, 2018, just two years after receiving the lowest rating.",
                       parse_published("2018-01-19"))
    assert [d.interval.iso() for d in found] == [("2018-01-19", "2018-01-19")]


def test_a_bare_year_before_the_noun_it_dates():
    found = find_dates("This was a downgrading from a similar 2017 inspection, not 2017 children.", parse_published("2022-04-15"))
    assert [(d.interval.iso(), d.interval.precision) for d in found] == [(("2017-01-01", "2017-12-31"), "year")]
