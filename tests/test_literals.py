"""The word gates: `needs` and `needs_all` name words every match of a pattern holds, so `Alternatives`, which skips
the alternatives whose words a text lacks, finds exactly what its pattern finds."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.corpus import load_corpus
from helpers.extract import events, ratings, sentences, workforce
from helpers.literals import Alternatives, Candidates, fold, may_match, needs, needs_all

from conftest import ROOT

IN_CARE = re.compile(r"\b(?:children|people)\s+(?:in\s+care|looked\s+after)\b", re.I)
# Every gated pattern the extractors search with.
GATED = {f"{module.__name__.rsplit('.', 1)[-1]}[{i}]": alternatives
         for module, found in ((events, [p for _, p, _ in events._RULES] + [p for _, p in events._MILESTONES]),
                               (ratings, [ratings._TRIGGER] + [p for _, p in ratings._VERDICTS]),
                               (workforce, [workforce._TRIGGER] + [rule[-1] for rule in workforce._RULES]))
         for i, alternatives in enumerate(found)}


def test_needs_gives_the_most_telling_set_of_words_one_of_which_is_required():
    assert needs(IN_CARE) == ("children", "people")
    assert needs(re.compile(r"vacanc(?:y|ies)\s+rate", re.I)) == ("vacanc",)
    assert needs(re.compile(r"\d+")) == ("",)  # no word required: every text may match


def test_needs_all_gives_every_set_required_and_drops_those_another_implies():
    assert needs_all(IN_CARE) == (("children", "people"), ("after", "care"), ("care", "looked"), ("after", "in"),
                                  ("in", "looked"))
    # "to" is inside "told": a text holding "told" holds it
    assert needs_all(re.compile(r"\btold\s+the\s+council\s+to\s+improve\b", re.I)) == (
        ("council",), ("improve",), ("told",), ("the",))
    assert needs_all(re.compile(r"(?<=after )\d+|\d+(?!\s+in\s+care)")) == ()  # look-arounds may look outside the text


def test_alternatives_skip_an_alternative_lacking_a_word_of_any_set():
    gated = Alternatives(re.compile(rf"{IN_CARE.pattern}|\bfoster\s+carers?\b", re.I))
    assert gated.candidates.chosen("children in the care of") == 0b01
    assert gated.candidates.chosen("children looked after") == 0b01
    assert gated.candidates.chosen("children looked at the care plan") == 0  # neither "in" nor "after": skipped
    assert gated.candidates.chosen("children seen by foster carers") == 0b10
    assert gated.search(fold("Seven children were seen"), "Seven children were seen") is None


def test_alternatives_search_finds_the_leftmost_match_and_the_first_alternative_there():
    gated = Alternatives(re.compile(r"\bcare\s+plan|\bchildren\s+in\s+care|\bchildren\b", re.I))
    text = "Three children in care had a care plan"
    assert gated.candidates.chosen(fold(text)) == 0b111
    assert gated.search(fold(text), text).group() == "children in care"  # leftmost; of the two there, the first
    assert gated.search(fold(text), text, 20).group() == "care plan"
    assert gated.search(fold("children"), "children").group() == "children"  # the only one whose words are there


def test_candidates_name_the_patterns_whose_words_a_text_holds():
    candidates = Candidates([IN_CARE, re.compile(r"\bfoster\s+carers?\b", re.I), re.compile(r"\d+")])
    assert candidates.chosen("children in care and foster carers") == 0b111
    assert candidates.chosen("children looked at the plan") == 0b100  # a pattern needing no word is always a candidate


def test_a_lone_alternative_is_searched_with_the_pattern_itself():
    gated = Alternatives(IN_CARE)
    assert gated.parts == [IN_CARE]
    assert gated.candidates.words == (("children", 1), ("people", 1))
    assert gated.search(fold("Children in care"), "Children in care").re is IN_CARE


def test_may_match_asks_for_a_word_of_every_set():
    assert may_match(IN_CARE, "children in the care of")
    assert not may_match(IN_CARE, "children looked at the care plan")
    assert may_match(re.compile(r"\d+"), "no words needed")


def _found(m: re.Match | None) -> tuple | None:
    """A match's span and the named groups it fills (an alternative's match has only its own groups)."""
    return m and (m.span(), {name: value for name, value in m.groupdict().items() if value is not None})


def _same(alternatives: Alternatives, text: str) -> None:
    assert _found(alternatives.search(fold(text), text)) == _found(alternatives.pattern.search(text)), text
    assert [m.span() for m in alternatives.finditer(fold(text), text)] == [m.span() for m in alternatives.pattern.finditer(text)]


@pytest.fixture(scope="module")
def news_sentences() -> list[str]:
    """Every sentence of every tenth article of our news corpus (about 2,000 sentences)."""
    articles = load_corpus(ROOT / "tests" / "news" / "corpus")[::10]
    return [s.text for article in articles for s in sentences(article)]


@pytest.mark.parametrize("name", sorted(GATED))
def test_gated_search_finds_what_the_pattern_finds_in_news(name, news_sentences):
    for text in news_sentences:
        _same(GATED[name], text)


# Texts made of the very words the gates test, so that near misses (one set's word present, another's absent) abound.
_WORDS = sorted({word for alternatives in GATED.values() for word, _ in alternatives.candidates.words if word.strip()})


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_WORDS) | st.sampled_from(["the", "council", "said", "in", "a", ",", "2019"]),
                min_size=1, max_size=12))
def test_gated_search_finds_what_the_pattern_finds_in_texts_of_gate_words(words):
    text = " ".join(words)
    for alternatives in GATED.values():
        _same(alternatives, text)


# Word lists written by hand in front of scans, each said to be in every match of its patterns (not "as": its gate is
# the rating verb the kind needs before the match).
HAND_GATES = {f"ratings._GATES[{kind}]": (ratings._GATES[kind], alternatives.parts)
              for kind, alternatives in ratings._VERDICTS if kind in ratings._GATES and kind != "as"} | {
    "ratings._AUTHORITY_WORDS": (ratings._AUTHORITY_WORDS, [re.compile(ratings._AUTHORITIES, re.I)]),
    "ratings._DIRECTIVE_WORDS": (ratings._DIRECTIVE_WORDS, [ratings._DIRECTIVE]),
    "ratings._COMMISSIONER_REPORT_WORDS": (ratings._COMMISSIONER_REPORT_WORDS, [ratings._COMMISSIONER_REPORT]),
    "ratings._ENDED_KINDS": (ratings._ENDED_KINDS, [ratings._ENDED]),
    "ratings._INTERVENTION_WORDS": (ratings._INTERVENTION_WORDS, [
        ratings._DIRECTIVE, ratings._ISSUED_TO, ratings._NOTICE, ratings._COMMISSIONER_IN, ratings._LOST_CONTROL,
        ratings._INTERVENTION, ratings._CONTROL_REMOVED, ratings._ENDED, ratings._GOVERNMENT_TITLE]),
}


@pytest.fixture(scope="module")
def all_news_sentences() -> list:
    """Every sentence of our news corpus."""
    return [s for article in load_corpus(ROOT / "tests" / "news" / "corpus") for s in sentences(article)]


@pytest.mark.parametrize("name", sorted(HAND_GATES))
def test_a_hand_written_gate_holds_a_word_of_every_sentence_its_patterns_match_in_news(name, all_news_sentences):
    words, patterns = HAND_GATES[name]
    for pattern in patterns:
        for s in all_news_sentences:
            if pattern.search(s.article.text, s.start, s.end):
                assert any(word in fold(s.text) for word in words), (pattern.pattern[:60], s.text)


def test_the_milestone_key_scan_reads_keys_inside_and_across_longer_ones():
    # "to discuss" begins inside "report to": a scan going on after the longest key would miss it
    low = "the report to discuss the takeover"
    assert events._KEY.findall(low) == ["report to", "to discuss", "takeover"]
    places = set().union(*(events._MILESTONES_BY_KEY[key] for key in events._KEY.findall("a board meeting")))
    assert {kind for i, (kind, _) in enumerate(events._MILESTONES) if i in places} >= {"meeting"}


def test_the_milestone_keys_hold_a_word_of_every_sentence_a_milestone_matches_in_news(all_news_sentences):
    for s in all_news_sentences:
        low = " ".join(s.text.lower().split())
        places = set().union(*(events._MILESTONES_BY_KEY[key] for key in events._KEY.findall(low)))
        for i, (kind, pattern) in enumerate(events._MILESTONES):
            if i not in places:
                assert not pattern.pattern.search(s.article.text, s.start, s.end), (kind, s.text)
