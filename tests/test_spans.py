"""The span layer: each kind is marked once over the body (word cues once per sentence) with exact offsets, and
sentences read it."""
import pytest

from helpers.extract import sentences
from helpers.extract.spans import KINDS, annotate
from test_rules import article

TEXT = ("Jo Smith, Kent’s director, said the service was rated good in 2019/20 and nationally 30% of posts were vacant. "
        "Since May the council has spent £2m on 40 agency workers.")


def spans(kind: str):
    a = article(TEXT, "2020-06-15")
    return [(TEXT[s.start:s.end], s.value) for s in annotate(a).of(kind, 0, len(TEXT))]


def test_each_kind_is_marked_with_its_value():
    assert [text for text, _ in spans("PERSON")] == ["Jo Smith"]
    assert spans("COUNCIL") == [("Kent", "Kent")]
    assert spans("GRADE") == [("good", "Good")]
    assert spans("AREA") == [("nationally", "England")]
    assert spans("SINCE") == [("Since", "since")]
    assert [text for text, _ in spans("FINANCIAL_YEAR")] == ["2019/20"]
    assert [(text, q.value, q.unit) for text, q in spans("MONEY")] == [("£2m", 2_000_000.0, "gbp")]
    assert [(text, q.value) for text, q in spans("QUANTITY")] == [("30%", 0.3), ("40", 40.0)]


def test_dates_keep_their_resolved_interval():
    assert [(text, d.interval.iso()) for text, d in spans("DATE")] == [
        ("2019/20", ("2019-04-01", "2020-03-31")), ("Since May", ("2020-05-01", "2020-06-15"))]


def test_word_cues_asked_for_one_sentence_then_for_the_body_come_once_each_in_order():
    text = "Kent is not good. Leeds is not inadequate. Essex is never outstanding."
    layer = annotate(article(text, "2020-06-15"))
    assert [text[s.start:s.end] for s in layer.of("NEGATION", 18, 42)] == ["not"]  # the second sentence only
    assert [(s.start, text[s.start:s.end]) for s in layer.of("NEGATION", 0, len(text))] == [
        (8, "not"), (27, "not"), (52, "never")]
    assert [text[s.start:s.end] for s in layer.of("GRADE", 0, len(text))] == ["good", "inadequate", "outstanding"]


def test_sentences_read_their_share_of_the_spans():
    first, second = sentences(article(TEXT, "2020-06-15"))
    assert [q.value for q in first.quantities] == [0.3]
    assert [q.value for q in second.quantities] == [2_000_000.0, 40.0]
    assert first.councils == [(10, 14, "Kent")] and second.councils == []
    assert [TEXT[s.start:s.end] for s in second.spans_of("SINCE")] == ["Since"]


def test_a_number_the_text_is_cut_off_in_is_no_quantity():
    cut = article("Kent spent £2m on agency staff. Ms Smith is paid £80", "2020-06-15")
    assert [s.value.value for s in annotate(cut).of("MONEY", 0, len(cut.text))] == [2_000_000.0]


def test_cues_of_denial_and_hope_are_marked():
    text = ("Kent has not yet been rated good, isn’t on track and failed to recruit; it aims to achieve a better grade "
            "and plans to be good.")
    cues = annotate(article(text, "2020-06-15"))
    assert [s.value for s in cues.of("NEGATION", 0, len(text))] == ["not", "n’t", "failed to"]
    assert [s.value for s in cues.of("ASPIRATION", 0, len(text))] == ["on track", "aims", "to achieve", "plans to"]
    reached = "Kent is the first council in the region to achieve good; Leeds hopes to be the next authority to achieve it."
    assert [s.value for s in annotate(article(reached, "2020-06-15")).of("ASPIRATION", 0, len(reached))] == ["hopes"]


def test_a_council_name_run_into_a_persons_is_left_out_of_it():
    text = "Mayor of Newham Rokhsana Fiaz said so, and Kent Smith agreed."
    people = annotate(article(text, "2020-06-15")).of("PERSON", 0, len(text))
    assert [s.value["n"] for s in people] == ["Rokhsana Fiaz", "Kent Smith"]


def test_a_bracket_holding_a_date_stays_in_its_clause():
    text = "Jo Smith took up the post on Monday (March 9), she said (in an interview)."
    sentence = sentences(article(text, "2020-03-12"))[0]
    a, b = sentence.clause(text.index("took"))
    assert text[a:b] == "Jo Smith took up the post on Monday (March 9)"
    assert sentence.clause(text.index("interview")) == (text.index("in an"), text.index(")."))


def test_an_unknown_kind_is_refused_by_name():
    with pytest.raises(KeyError, match="ROLES"):
        annotate(article(TEXT, "2020-06-15")).of("ROLES", 0, 10)
    assert set(KINDS) >= {"DATE", "MONEY", "COUNCIL", "PERSON", "GRADE"}


@pytest.mark.parametrize("text, word, clause", [
    ("Kent named an “experienced, determined and skilled” director in May 2024.", "May",
     "Kent named an “experienced, determined and skilled” director in May 2024."),
    ("Kent named a director, she started in May 2024.", "May", "she started in May 2024."),
    ("“We are pleased,” said Jo Smith, Kent’s director, in May.", "May", "in May."),
])
def test_one_clause_splitter_keeps_a_short_quotation_whole(text, word, clause):
    sentence = sentences(article(text, "2024-06-01"))[0]
    a, b = sentence.clause(text.index(word) + sentence.start)
    assert sentence.article.text[a:b] == clause


def test_after_as_in_caring_or_naming_is_no_since():
    text = "Kent was looking after 14 children in 2019, in a home named after its founder, after the inspection."
    a = article(text, "2020-06-15")
    assert [(s.start, text[s.start:s.end]) for s in annotate(a).of("SINCE", 0, len(text))] == [(text.rindex("after"), "after")]
