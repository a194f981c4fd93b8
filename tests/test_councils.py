"""Council names: found by the gazetteer of English local authorities, not by a list of ours."""
import csv

import pytest

from conftest import SHARED
from helpers.corpus import Article, parse_published
from helpers.councils import GAZETTEER, build_gazetteer, find_councils, main_council
from helpers.extract import extract_article
from helpers.paths import project_root

OFFICIAL = SHARED / "official" / "csww_indicators_2017_to_2023.csv"


@pytest.mark.parametrize("text,expected", [
    ("Wigan Council was rated good.", ["Wigan"]),
    ("the London Borough of Lambeth said", ["Lambeth"]),
    ("Kingston upon Hull and Kingston upon Thames", ["Hull", "Kingston"]),
    ("councils in Hull, Durham and St. Helens", ["Hull", "Durham", "St Helens"]),
    ("Neighbouring Bexley, then Westminster.", ["Bexley", "Westminster"]),
    ("the city of Bristol", ["Bristol"]),
    ("Bath and North East Somerset Council", ["Bath and North East Somerset"]),
    ("Brighton & Hove City Council and Telford & Wrekin", ["Brighton and Hove", "Telford and Wrekin"]),
    ("the Royal Borough of Kensington and \nChelsea", ["Kensington and Chelsea"]),
    ("TAMESIDE Council has been damned. ST HELENS Council will act.", ["Tameside", "St Helens"]),
    ("READING THE REPORT, KENT IS GOOD", []),
    ("Lambethshire and Wigans are not councils", []),
    ("Stoke-on-Trent City Council, then Stoke again", ["Stoke-on-Trent", "Stoke-on-Trent"]),
    ("BCP Council serves Bournemouth, Christchurch and Poole", ["BCP", "BCP"]),
    ("Bucks County Council and Notts Council", ["Buckinghamshire", "Nottinghamshire"]),
    ("The scheme bucks the trend; Bucks and Herts are counties", []),
    ("Kent Police and Leeds Teaching Hospitals joined Derby County FC", []),
    ("North-east Lincolnshire and Kingston-upon-Thames", ["North East Lincolnshire", "Kingston"]),
])
def test_find_councils(text, expected):
    assert [c for _, _, c in find_councils(text)] == expected


def test_offsets_point_at_the_name():
    text = "After Wigan, Lambeth."
    assert [text[s:e] for s, e, _ in find_councils(text)] == ["Wigan", "Lambeth"]


def test_main_council_is_the_most_named_and_the_first_on_a_tie():
    text = "Wigan and Lambeth. Lambeth again."
    assert main_council(find_councils(text)) == "Lambeth"
    assert main_council(find_councils("Wigan and Lambeth.")) == "Wigan"
    assert main_council([]) == ""


@pytest.mark.skipif(not OFFICIAL.is_file(), reason="../shared/official is not beside the project")
def test_shipped_gazetteer_is_what_the_official_statistics_give():
    shipped = project_root() / "src" / "helpers" / "data" / GAZETTEER
    with open(shipped, encoding="utf-8", newline="") as handle:
        assert list(csv.DictReader(handle)) == build_gazetteer(OFFICIAL)


@pytest.mark.parametrize("outlet,council", [("Hammersmith & Fulham Council", "Hammersmith and Fulham"),
                                            ("Hull Daily Mail", "Hull"), ("Windsor Express", "Windsor and Maidenhead"),
                                            ("Community Care", "")])
def test_an_article_naming_no_council_is_about_the_council_or_area_its_outlet_names(outlet, council):
    text = "Children’s services in the borough have been rated good by Ofsted."
    article = Article("t", "t.txt", text, "0" * 64, "Rated good", outlet, "", parse_published("2018-10-31"), 0, len(text))
    assert {row["council"] for _, row in extract_article(article)} == {council}


def test_the_county_a_council_is_in_is_no_council_of_the_story():
    text = "Two authorities, Waltham Forest in London and St Helens in Lancashire, and Medway Council in Kent were rated."
    assert [c for _, _, c in find_councils(text)] == ["Waltham Forest", "St Helens", "Medway"]
