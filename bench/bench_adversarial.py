"""Seconds each text parser takes on 1 MB single lines built to provoke regex backtracking.

Run: .venv/bin/python bench/bench_adversarial.py
Each call runs in a child process stopped after CAP_S seconds: a linear parser needs well
under a second per line, so "> 60" marks super-linear (backtracking) behaviour.
"""
from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from helpers.body import find_body
from helpers.corpus import Article, load_corpus
from helpers.dates import find_dates
from helpers.numbers import find_quantities
from helpers.text import sentence_spans

SIZE = 1_000_000
CAP_S = 60
RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
PROSE = ("Croydon Council, rated inadequate by Ofsted in 2017, said nearly 40 per cent of posts were vacant "
         "and it would spend £1.2million a year, between £50,000-plus and £3m, since last month. ")


def _line(unit: str) -> str:
    """`unit` repeated to SIZE characters, on one line."""
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


LINES = {
    "'£' * n": _line("£"),
    "'1,' * n": _line("1,"),
    "'nearly ' * n": _line("nearly "),
    "'between ' * n": _line("between "),
    "'between 1 and ' * n": _line("between 1 and "),
    "10**6-digit number": _line("9"),
    "'£1m-' * n": _line("£1m-"),
    "'1 in ' * n": _line("1 in "),
    "'one ' * n": _line("one "),
    "nested quotes '“‘' * n": _line("“‘"),
    "'“He said. ' * n": _line("“He said. "),
    "'. ' * n": _line(". "),
    "'March 2019 ' * n": _line("March 2019 "),
    "'last ' * n": _line("last "),
    "'a' * n, no spaces": _line("a"),
    "spaces only": _line(" "),
    "spaces then a word": " " * (SIZE - 1) + "x",
    "full stop, spaces, a word": "." + " " * (SIZE - 2) + "x",
    "2nd line: spaces, a word": "x.\n" + " " * (SIZE - 4) + "x",
    "zero-width spaces in prose": _line("\u200b".join(PROSE)),
    "RTL text": _line("قال المجلس إن ٧٨ في المئة من الوظائف شاغرة في ٢٠١٩. "),
    "prose, no line break": _line(PROSE),
}


def parsers(seed: Article) -> dict[str, Callable[[str], object]]:
    def extract(text: str) -> object:
        from helpers.extract import extract_article

        return extract_article(replace(seed, text=text, body_start=0, body_end=len(text)))

    return {
        "find_quantities": find_quantities,
        "find_dates": lambda text: find_dates(text, seed.published),
        "sentence_spans": sentence_spans,
        "find_body": lambda text: find_body(text, seed.headline),
        "extract_article": extract,
    }


def _timed(parse: Callable[[str], object], text: str, report) -> None:
    start = time.perf_counter()
    try:
        parse(text)
    except Exception as exc:  # a crash is a figure too, so the other parsers still run
        report.send(type(exc).__name__)
    else:
        report.send(f"{time.perf_counter() - start:.3f}")


def seconds(parse: Callable[[str], object], text: str) -> str:
    """The call's time in a child process, or `> CAP_S` if it was stopped, or the exception it raised."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_timed, args=(parse, text, send))
    child.start()
    child.join(CAP_S)
    if child.is_alive():
        child.terminate()
        child.join()
        return f"> {CAP_S}"
    return receive.recv()


def main() -> None:
    runs = parsers(load_corpus(RAW)[0])
    print(f"seconds per call on a {SIZE:,}-character single line")
    print(f"{'line':<28}" + "".join(f"{name:>17}" for name in runs))
    for label, text in LINES.items():
        print(f"{label:<28}" + "".join(f"{seconds(parse, text):>17}" for parse in runs.values()), flush=True)


if __name__ == "__main__":
    main()
