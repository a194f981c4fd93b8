"""A trained sentence classifier for the milestones no events rule reads ("took the decision to establish a Trust",
"The academy, which launched in October 2014, ...").

Logistic regression over tf-idf word counts, the sentence's spans written as their kind (`xdate`, `xcouncil`,
`xperson`, `xmoney`, `xnum`) so that it learns how steps are reported, not which council took them. It is trained
with scikit-learn on the `dev` halves of tests/news and ../shared/news-dev only (never on a held-back article), and
its weights are a file of the project (data/event_model.json), so extraction needs no scikit-learn and gives the same
rows on every run. Retrain after the dev gold changes: `python -m helpers.extract.event_model` (scikit-learn comes with the
`test` extra); tests/test_event_model.py checks that the file is what training gives.
"""
from __future__ import annotations

import csv
import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..corpus import Article
from .sentence import Sentence

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "event_model.json"
THRESHOLD = 0.7  # probability above which a sentence reports a milestone (chosen by cross-validation on dev)
_C = 4.0  # the regression's inverse regularisation strength
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|£|%")
_SPAN_WORDS = (("DATE", "xdate"), ("MONEY", "xmoney"), ("QUANTITY", "xnum"), ("COUNCIL", "xcouncil"), ("PERSON", "xperson"))


def tokens(sentence: Sentence) -> list[str]:
    """The sentence's lower-cased words, each DATE, MONEY, QUANTITY, COUNCIL or PERSON span one word for its kind."""
    marks = sorted((s.start, s.end, word) for kind, word in _SPAN_WORDS for s in sentence.spans_of(kind))
    text, out, pos = sentence.article.text, [], sentence.start
    for start, end, word in marks:
        if start >= pos:
            out += [text[pos:start], f" {word} "]
            pos = end
    return _WORD.findall(("".join(out) + text[pos:sentence.end]).lower())


def probability(sentence: Sentence) -> float:
    """The model's probability that the sentence reports a milestone (tf-idf as scikit-learn's: sublinear tf,
    smoothed idf, l2 norm)."""
    model = _model()
    counts = Counter(t for t in tokens(sentence) if t in model["idf"])
    weights = {t: (1 + math.log(n)) * model["idf"][t] for t, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    score = model["intercept"] + sum(w / norm * model["coef"][t] for t, w in weights.items())
    return 1 / (1 + math.exp(-score))


def reports_milestone(sentence: Sentence) -> bool:
    """Whether the model reads a milestone in the sentence."""
    return probability(sentence) >= _model()["threshold"]


@lru_cache(maxsize=1)
def _model() -> dict:
    saved = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return {"threshold": saved["threshold"], "intercept": saved["intercept"], "idf": {t: v[0] for t, v in saved["terms"].items()},
            "coef": {t: v[1] for t, v in saved["terms"].items()}}


def labelled_sentences(corpus_dir: Path) -> list[tuple[Article, Sentence, bool]]:
    """Every sentence of the corpus's `dev` articles, labelled by whether a gold events quote overlaps it."""
    from ..corpus import load_corpus
    from . import sentences

    dev = {r["article_id"] for r in csv.DictReader(open(corpus_dir / "split.csv", encoding="utf-8")) if r["half"] == "dev"}
    gold: dict[str, list[str]] = {}
    for row in csv.DictReader(open(corpus_dir / "gold-dev" / "events.csv", encoding="utf-8")):
        gold.setdefault(row["article"], []).append(row["quote"])
    out = []
    for article in load_corpus(corpus_dir / "corpus"):
        if article.article_id not in dev:
            continue
        spans = [(p, p + len(q)) for q in gold.get(article.article_id, []) if q and (p := article.text.find(q)) >= 0]
        out += [(article, s, any(a < s.end and s.start < b for a, b in spans)) for s in sentences(article)]
    return out


def document(sentence: Sentence) -> str:
    """The sentence as the vectorizer reads it: its tokens, space-separated."""
    return " ".join(tokens(sentence))


def fit(documents: list[str], labels) -> tuple:
    """(vectorizer, regression) fitted on `documents` (needs scikit-learn): the model `train` saves, and the one
    bench/event_model_cv.py cross-validates."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(min_df=2, sublinear_tf=True, lowercase=False, token_pattern=r"\S+")
    return vectorizer, LogisticRegression(C=_C, class_weight="balanced", max_iter=5000).fit(
        vectorizer.fit_transform(documents), labels)


def training_corpora() -> list[Path]:
    """The corpora whose dev halves the model learns from: tests/news, and ../shared/news-dev beside the project."""
    root = Path(__file__).resolve().parents[3]
    return [root / "tests" / "news", root.parent / "shared" / "news-dev"]


def train(corpus_dirs: list[Path]) -> dict:
    """The model fitted on the corpora's dev halves, as saved in MODEL_FILE."""
    labelled = [item for corpus_dir in corpus_dirs for item in labelled_sentences(corpus_dir)]
    labels = [label for _, _, label in labelled]
    vectorizer, fitted = fit([document(s) for _, s, _ in labelled], labels)
    terms = {t: [float(vectorizer.idf_[i]), float(fitted.coef_[0][i])] for t, i in sorted(vectorizer.vocabulary_.items())}
    articles = len({a.article_id for a, _, _ in labelled})
    names = " and ".join(f"{d.parent.name}/{d.name}" for d in corpus_dirs)
    return {"trained_on": f"{names}: {articles} dev articles, {len(labels)} sentences, {sum(labels)} with a gold events quote",
            "threshold": THRESHOLD, "intercept": float(fitted.intercept_[0]), "terms": terms}


if __name__ == "__main__":  # python -m helpers.extract.event_model [corpus dir ...]: retrain and save the model
    import sys

    from ..atomic import write_text_atomic

    model = train([Path(d) for d in sys.argv[1:]] or training_corpora())
    head = {k: v for k, v in model.items() if k != "terms"}
    terms = ",\n".join(f"{json.dumps(t, ensure_ascii=False)}: {json.dumps(v)}" for t, v in model["terms"].items())
    write_text_atomic(MODEL_FILE, json.dumps(head, ensure_ascii=False)[:-1] + ', "terms": {\n' + terms + "\n}}\n")
    print(f"{MODEL_FILE}: {model['trained_on']}; {len(model['terms'])} terms")
