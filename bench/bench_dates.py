"""Speed of helpers.dates.find_dates on article-like text and on adversarial lines.

    .venv/bin/python bench/bench_dates.py

Prints characters per second on ~2 MB of invented article text: one call over all of
it (flattered, as find_dates reuses the resolution of words it has already seen in a
call and the paragraph repeats), and one call per paragraph, as the pipeline makes
them. Then the time for each adversarial 1 MB single line. CPU time of this process,
best of three runs.
"""
import time

from helpers.dates import find_dates
from helpers.intervals import parse_published

PUBLISHED = parse_published("2019-03-16")
PARAGRAPH = (
    "Northshire County Council's children's services were rated inadequate by Ofsted in September 2017, "
    "two years after the previous inspection found them good. Inspectors returned for a monitoring visit "
    "on 4 June 2018 and again in late December, when they found that caseloads had fallen from 31 to 22 "
    "per social worker. The director of children's services, who joined 18 months ago, told councillors "
    "today that agency spending had been cut by £2.3m since July 2017 and that the vacancy rate was now "
    "14%, down from 35% at its peak. \"It may be that we are not yet where we want to be,\" she said, \"but "
    "the service is unrecognisable.\" The council has set aside a further £4.1m for 2019-20, and a review "
    "by the improvement partner, Eastmoor, is expected later this year. May Patel, who chairs the scrutiny "
    "committee, said the 2,017 children in need in the county deserved better, and that the next full "
    "inspection, due by the end of March 2020, would be the real test. A year later, she added, families "
    "should see the difference. Between 2014 and 2016 the department lost a third of its managers; over "
    "the past year it has recruited 12, and it plans to appoint six more in the first half of next year.\n"
)
ADVERSARIAL = {
    '"March " * 170000': "March " * 170000,
    '"since " * 170000': "since " * 170000,
    '"1 " * 500000': "1 " * 500000,
    '"the past " * 100000': "the past " * 100000,
    "1 MB of digits": "7" * 1_000_000,
    '"2017 " * 200000': "2017 " * 200000,
    '"in March " * 111000': "in March " * 111000,
    '"a year later " * 77000': "a year later " * 77000,
}


def best_of_three(run):
    """The shortest of three timings of `run()`, with its last result."""
    times = []
    for _ in range(3):
        started = time.process_time()
        result = run()
        times.append(time.process_time() - started)
    return min(times), result


def main():
    paragraphs = [PARAGRAPH] * (2_000_000 // len(PARAGRAPH))
    text = "".join(paragraphs)
    seconds, mentions = best_of_three(lambda: find_dates(text, PUBLISHED))
    print(f"one call, {len(text) / 1e6:.1f} MB: {len(text) / seconds / 1e6:.2f} M chars/s, {len(mentions)} mentions")
    seconds, count = best_of_three(lambda: sum(len(find_dates(p, PUBLISHED)) for p in paragraphs))
    print(f"one call per paragraph: {len(text) / seconds / 1e6:.2f} M chars/s, {count} mentions")
    for name, line in ADVERSARIAL.items():
        seconds, mentions = best_of_three(lambda line=line: find_dates(line, PUBLISHED))
        print(f"{name:>26}: {seconds:.3f} s for {len(line) / 1e6:.2f} MB, {len(mentions)} mentions")


if __name__ == "__main__":
    main()
