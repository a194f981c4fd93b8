"""The rule registry: every rule fires on its examples and not on its counter-examples, through the real
extraction; every row any corpus gives names a registered rule; rows are checked against the schema."""
import pytest

from conftest import OFSTED, RAW, SHARED
from helpers.corpus import Article, load_corpus
from helpers.extract import extract_article, sentences
from helpers.extract.rules import RULES
from helpers.intervals import parse_published

NEWS = SHARED / "news-dev" / "corpus"


def article(text: str, published: str) -> Article:
    return Article(article_id="t", file="t.txt", text=text, sha256="0" * 64, headline="", outlet="", byline="",
                   published=parse_published(published), body_start=0, body_end=len(text))


def fired(text: str, published: str) -> set[str]:
    return {row["rule"] for _, row in extract_article(article(text, published))}


CASES = [(rule.id, text, True) for rule in RULES.values() for text in rule.examples] + \
        [(rule.id, text, False) for rule in RULES.values() for text in rule.counter]


@pytest.mark.parametrize("rule_id,text,fires", CASES, ids=[f"{r}-{'ex' if f else 'counter'}-{i}" for i, (r, _, f) in
                                                          enumerate(CASES)])
def test_rule_fires_on_its_examples_only(rule_id, text, fires):
    assert (rule_id in fired(text, RULES[rule_id].published)) == fires


def test_every_rule_is_declared_with_examples_and_a_counter_example():
    for rule in RULES.values():
        assert rule.table in {"ratings", "vacancies", "budgets", "staff_changes", "measures", "events"}, rule.id
        assert rule.matches and len(rule.examples) >= 2 and len(rule.counter) >= 1, rule.id


@pytest.mark.parametrize("raw", [RAW, NEWS, OFSTED], ids=["seeds", "news-dev", "ofsted-examples"])
def test_every_row_names_a_registered_rule(raw):
    if not raw.exists():
        pytest.skip(f"{raw} is not available")
    produced = {row["rule"] for a in load_corpus(raw) for _, row in extract_article(a)}
    assert produced and produced <= set(RULES)


def test_rows_refuse_unregistered_rules_and_misspelt_fields():
    sentence = sentences(article("Kent was rated good.", "2019-03"))[0]
    with pytest.raises(KeyError):
        sentence.row("ratings.no-such-rule", authority="Ofsted", event="judgement", judgement="Good", scope="overall")
    with pytest.raises(ValueError):
        sentence.row("ratings.grade-rated", authority="Ofsted", event="judgement", judgment="Good", scope="overall")


def test_extracting_an_article_again_gives_the_same_rows():
    """Per-article state (the last figure read, first mentions) must not leak into a second reading."""
    if not NEWS.exists():
        pytest.skip(f"{NEWS} is not available")
    for a in load_corpus(NEWS):
        assert extract_article(a) == extract_article(a), a.article_id
