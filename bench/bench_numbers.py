"""Throughput of helpers.numbers.find_quantities, and its time on adversarial lines.

Times are CPU seconds of this process (time.process_time), i.e. per core, so that
other work on the machine does not distort them. Run: .venv/bin/python bench/bench_numbers.py
"""
from __future__ import annotations

import time

from helpers.numbers import find_quantities

PARAGRAPH = (
    "Northshire County Council has admitted that nearly 40 children in its care were placed in "
    "unregistered homes last year, at a cost of more than £2million. The authority, which was rated "
    "inadequate by inspectors in March 2022, said agency social workers now make up about 35 per cent "
    "of its frontline staff, with some paid £50,000-plus. Westbury Council, its neighbour, spends an "
    "estimated £185,000 a year on a single residential placement and plans to invest a further "
    "£10million in improving children's services each year until 2027. Between one-third and nearly "
    "one-half of referrals to the front door were repeat referrals, and one in five assessments took "
    "longer than the 45 working days allowed. The director, who leads three of the council's teams, "
    "said caseloads had fallen from 28 to 19 per worker after 12 new managers joined, though up to "
    "1,200 families are still waiting. \"We have a long way to go,\" she told the panel on 16 March.\n"
)
PROSE = (
    "Parents told the scrutiny panel that they had waited weeks for a call back from the front door, and that "
    "letters about their children's plans often arrived after the meetings they described. The lead member "
    "said the service had turned a corner, but opposition councillors questioned whether the improvement board "
    "had the information it needed to hold managers to account, and asked for a fuller report in the new year.\n"
)
TARGET_CHARS = 2_000_000
ADVERSARIAL_CHARS = 1_000_000


def realistic_text(paragraph: str = PARAGRAPH) -> str:
    """About TARGET_CHARS characters of article-like text."""
    return paragraph * (TARGET_CHARS // len(paragraph) + 1)


def adversarial_lines() -> dict[str, str]:
    """Single 1 MB lines meant to provoke backtracking or per-candidate blow-ups."""
    n = ADVERSARIAL_CHARS
    return {
        '"£" * 10**6': "£" * n,
        '"1," * 500000': "1," * (n // 2),
        '"nearly " * 150000': "nearly " * 150_000,
        '"between " * 150000': "between " * 150_000,
        "digits 10**6 long": "7" * n,
        '"1 " * 500000': "1 " * (n // 2),
        '"one " * 250000': "one " * (n // 4),
        '"£1m-" * 200000': "£1m-" * (n // 4),
        '"between 1 and " * 70000': "between 1 and " * 70_000,
        '"1 in " * 200000': "1 in " * 200_000,
    }


def timed(text: str) -> tuple[float, int]:
    """Seconds for one find_quantities call over `text`, and how many quantities it found."""
    t0 = time.process_time()
    found = find_quantities(text)
    return time.process_time() - t0, len(found)


def main() -> None:
    texts = {
        "number-dense news paragraph": realistic_text(),
        "same paragraph + 2 of plain prose": realistic_text(PARAGRAPH + PROSE * 2),
    }
    for name, text in texts.items():
        seconds, count = min(timed(text) for _ in range(3))
        print(f"{name}: {len(text):,} chars, {count:,} quantities, {seconds:.3f} s, "
              f"{len(text) / seconds / 1e6:.2f} M chars/s")
    for name, line in adversarial_lines().items():
        seconds, count = timed(line)
        print(f"adversarial {name:<28} {len(line):>9,} chars {count:>8,} quantities {seconds:.3f} s")


if __name__ == "__main__":
    main()
