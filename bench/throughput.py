"""Characters per second on one core (CPU time of this process) of ours and the peers, per corpus."""
from __future__ import annotations

import time
from collections.abc import Callable

from helpers.extract import extract_article

from . import corpora


def rate(work: Callable[[], object], chars: int) -> float:
    """Characters per CPU second of one call of `work`."""
    started = time.process_time()
    work()
    return chars / max(time.process_time() - started, 1e-9)


def measure(name: str, sample_chars: int, dates: dict, sums: dict) -> dict:
    """Rates in chars/s: ours (and the regex ceiling) over the whole corpus, the slow peers over its sample."""
    articles = corpora.load(name)
    whole = [(a.body, a) for a in articles]
    part = corpora.sample(articles, sample_chars)
    result = {"articles": len(articles), "body_chars": _chars(whole), "sample_chars": _chars(part),
              "extraction": rate(lambda: [extract_article(a) for a in articles], _chars(whole))}
    for kind, found in (("dates", dates), ("sums", sums)):
        for peer, finder in found.items():
            texts = whole if peer in ("ours", "regex") else part
            call = (lambda b, a, f=finder: f(b, a.published)) if kind == "dates" else (lambda b, a, f=finder: f(b))
            result[f"{kind}.{peer}"] = rate(lambda call=call, texts=texts: [call(b, a) for b, a in texts], _chars(texts))
    return result


def _chars(texts: list[tuple[str, object]]) -> int:
    return sum(len(body) for body, _ in texts)


def by_extractor(name: str) -> dict[str, float]:
    """CPU seconds per step of the extraction over a corpus: sentences (splitting and the spans they read), then each
    extractor over every sentence (the spans it asks for first are found within its time)."""
    from helpers.extract import _extractors, sentences

    seconds: dict[str, float] = {}
    for article in corpora.load(name):
        started = time.process_time()
        found = sentences(article)
        seconds["sentences"] = seconds.get("sentences", 0.0) + time.process_time() - started
        for extract in _extractors():
            started = time.process_time()
            for sentence in found:
                extract(sentence)
            step = extract.__module__.rsplit(".", 1)[-1]
            seconds[step] = seconds.get(step, 0.0) + time.process_time() - started
    return seconds


if __name__ == "__main__":  # python -m bench.throughput: the extraction's speed on the Ofsted reports, by step
    steps = by_extractor("ofsted-reports")
    chars = sum(len(a.body) for a in corpora.load("ofsted-reports"))
    for step, spent in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"{step:<12} {spent:6.1f} s")
    print(f"{'total':<12} {sum(steps.values()):6.1f} s  {chars / sum(steps.values()) / 1e6:.2f} M characters per second")
