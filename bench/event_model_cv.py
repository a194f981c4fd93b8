"""What the milestone classifier (helpers/extract/event_model.py) buys, measured on the dev half of tests/news alone:
five-fold cross-validation by article (each fold's model never saw the articles it reads), at several thresholds.

For each threshold it prints the share of sentences holding a gold events quote that the classifier reads as
milestones, the share of its readings that hold one (precision), and the same among the sentences no rule took
a fact from, that quote no one and are not about councils in general (what the classifier adds).
Run: .venv/bin/python -m bench.event_model_cv
"""
from __future__ import annotations

from pathlib import Path

import numpy
from sklearn.model_selection import GroupKFold

from helpers.extract import extract_article
from helpers.extract.event_model import document, fit, labelled_sentences
from helpers.extract.events import open_to_model

NEWS = Path(__file__).resolve().parent.parent / "tests" / "news"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)


def out_of_fold(labelled) -> numpy.ndarray:
    """Each sentence's probability from the model fitted on the other folds' articles."""
    texts = [document(s) for _, s, _ in labelled]
    labels = numpy.array([label for _, _, label in labelled])
    groups = [a.article_id for a, _, _ in labelled]
    found = numpy.zeros(len(labelled))
    for train, test in GroupKFold(5).split(texts, labels, groups):
        vectorizer, fitted = fit([texts[i] for i in train], labels[train])
        found[test] = fitted.predict_proba(vectorizer.transform([texts[i] for i in test]))[:, 1]
    return found


def main() -> None:
    labelled = labelled_sentences(NEWS)
    labels = numpy.array([label for _, _, label in labelled])
    facts = {a.article_id: [(r["char_start"], r["char_end"]) for _, r in extract_article(a)
                            if r["rule"] != "events.sentence-model"] for a in {a for a, _, _ in labelled}}
    candidates = numpy.array([open_to_model(s, facts[a.article_id]) for a, s, _ in labelled])
    found = out_of_fold(labelled)
    print(f"{len(labelled)} dev sentences, {labels.sum()} with a gold events quote; {candidates.sum()} open to the model")
    print("threshold  recall  precision  | open: added  of them gold  precision")
    for threshold in THRESHOLDS:
        read = found >= threshold
        added = read & candidates
        print(f"{threshold:9.1f}  {(read & labels).sum() / labels.sum():6.2f}  {(read & labels).sum() / max(read.sum(), 1):9.2f}"
              f"  | {added.sum():13d}  {(added & labels).sum():12d}  {(added & labels).sum() / max(added.sum(), 1):9.2f}")


if __name__ == "__main__":
    main()
