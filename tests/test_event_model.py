"""The trained milestone classifier (helpers/extract/event_model.py): its file is what training on the dev halves gives,
it reads sentences as scikit-learn does, and it never learns from a held-back article."""
import csv
import json
import math

import numpy
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from conftest import ROOT, SHARED
from helpers.corpus import Article
from helpers.extract import event_model, sentences
from helpers.intervals import parse_published

NEWS = ROOT / "tests" / "news"
NEWS_DEV = SHARED / "news-dev"


@pytest.fixture(scope="module")
def labelled():
    return event_model.labelled_sentences(NEWS)


@pytest.mark.skipif(not NEWS_DEV.is_dir(), reason="../shared/news-dev is not beside the project")
def test_the_saved_model_is_what_training_on_the_dev_halves_gives():
    assert event_model.training_corpora() == [NEWS, NEWS_DEV]
    saved, trained = json.loads(event_model.MODEL_FILE.read_text(encoding="utf-8")), event_model.train([NEWS, NEWS_DEV])
    assert (saved["trained_on"], saved["threshold"], sorted(saved["terms"])) == \
        (trained["trained_on"], trained["threshold"], sorted(trained["terms"])), \
        "the dev gold changed: retrain with `python -m helpers.extract.event_model` and commit the model"
    assert math.isclose(saved["intercept"], trained["intercept"], abs_tol=1e-6)
    assert all(math.isclose(a, b, abs_tol=1e-6) for t in saved["terms"] for a, b in zip(saved["terms"][t], trained["terms"][t]))


def test_training_reads_only_dev_articles_and_labels_the_gold_quotes(labelled):
    halves = {r["article_id"]: r["half"] for r in csv.DictReader(open(NEWS / "split.csv", encoding="utf-8"))}
    assert {halves[a.article_id] for a, _, _ in labelled} == {"dev"}
    positives = [s.text for _, s, label in labelled if label]
    assert len(positives) == 798 and len(labelled) == 5261


@pytest.mark.skipif(not NEWS_DEV.is_dir(), reason="../shared/news-dev is not beside the project")
def test_training_reads_only_news_dev_dev_articles():
    labelled = event_model.labelled_sentences(NEWS_DEV)
    halves = {r["article_id"]: r["half"] for r in csv.DictReader(open(NEWS_DEV / "split.csv", encoding="utf-8"))}
    assert {halves[a.article_id] for a, _, _ in labelled} == {"dev"}
    assert (sum(label for _, _, label in labelled), len(labelled)) == (27, 302)


def test_probability_is_scikit_learns_on_the_saved_weights(labelled):
    saved = json.loads(event_model.MODEL_FILE.read_text(encoding="utf-8"))
    vocabulary = {t: i for i, t in enumerate(saved["terms"])}
    vectorizer = TfidfVectorizer(sublinear_tf=True, lowercase=False, token_pattern=r"\S+", vocabulary=vocabulary)
    vectorizer.fit(["x"])  # sets up the transform; the idf weights are then the saved ones
    vectorizer.idf_ = numpy.array([saved["terms"][t][0] for t in vocabulary])
    coef = [saved["terms"][t][1] for t in vocabulary]
    for _, sentence, _ in labelled[:300]:
        x = vectorizer.transform([event_model.document(sentence)])
        score = saved["intercept"] + sum(x[0, i] * coef[i] for i in x.nonzero()[1])
        assert math.isclose(event_model.probability(sentence), 1 / (1 + math.exp(-score)), abs_tol=1e-9)


def test_spans_are_words_for_their_kind():
    text = "Kent County Council appointed Jane Roe on 4 May 2019 to spend £2m on 40 social workers."
    [sentence] = sentences(Article(article_id="t", file="t.txt", text=text, sha256="0" * 64, headline="", outlet="",
                                   byline="", published=parse_published("2019-05-10"), body_start=0, body_end=len(text)))
    assert event_model.tokens(sentence) == ["xcouncil", "county", "council", "appointed", "xperson", "on", "xdate", "to",
                                            "spend", "xmoney", "on", "xnum", "social", "workers"]
