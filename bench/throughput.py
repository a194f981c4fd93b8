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
