"""Sentence spans: boundaries where a reader sees them, offsets into the untouched text."""
import pytest

from helpers.text import sentence_spans


@pytest.mark.parametrize("text,expected", [
    ("Northshire got £2.5million. It spent it.", ["Northshire got £2.5million.", "It spent it."]),
    ("The rate was 81.5 per 10,000 children.", ["The rate was 81.5 per 10,000 children."]),
    ("He said “it is poor.” She agreed.", ["He said “it is poor.”", "She agreed."]),
    ("in the borough.Westbury replied", ["in the borough.", "Westbury replied"]),
    ("Heading without stop\n\nFirst para.", ["Heading without stop", "First para."]),
    ("Actions:\n• Set up a team\n• Hired staff", ["Actions:", "• Set up a team", "• Hired staff"]),
    ("A line broken by a PDF \nconverter mid sentence.", ["A line broken by a PDF \nconverter mid sentence."]),
    ("Windows line ends.\r\n\r\nNext para.", ["Windows line ends.", "Next para."]),
    ("Grades are:\n  1. Help – good\n  2.1. adoption – good\n  2.2 care leavers – poor",
     ["Grades are:", "Help – good", "2.1. adoption – good", "2.2 care leavers – poor"]),
    ("38. During the last year, leaders left.", ["During the last year, leaders left."]),
    ("There were\n375 children. In\n12 months it fell.", ["There were\n375 children.", "In\n12 months it fell."]),
    ("", []),
])
def test_sentence_spans(text, expected):
    assert [text[a:b] for a, b in sentence_spans(text)] == expected


def test_spans_respect_the_window_and_offsets():
    text = "Skip this. Keep this one. And this."
    spans = sentence_spans(text, 11, len(text))
    assert [text[a:b] for a, b in spans] == ["Keep this one.", "And this."]
    assert spans[0][0] == 11
