"""staff_changes.csv: people in post, appointments, departures, hires, new teams and posts, staff numbers.

Sentences about invented people at real councils not in the seeds, then the seeds and the
Ofsted reports against the rows verified by reading them.
"""
from pathlib import Path

import pytest

from conftest import OFSTED, RAW
from helpers.corpus import Article, load_corpus
from helpers.extract import extract_article, people, sentences
from helpers.intervals import parse_published

PUBLISHED = "2022-06-15"


def extract(text: str, published: str = PUBLISHED) -> list[dict]:
    """The staff_changes rows of an article made of `text`, once per fact, quotes checked against the text."""
    article = Article("t", "t.txt", text, "0" * 64, "", "", "", parse_published(published), 0, len(text))
    return _rows(article)


def _rows(article: Article) -> list[dict]:
    """The article's staff rows as extraction gives them: each fact once, an article's restatements left out."""
    rows, seen = [], set()
    for sentence in sentences(article):
        for table, row in people.extract(sentence):
            assert table == "staff_changes"
            assert article.text[row["char_start"]:row["char_end"]] == row["quote"]
            key = tuple((k, v) for k, v in row.items() if k not in ("quote", "char_start", "char_end"))
            if key not in seen:
                seen.add(key)
                rows.append(row)
    return [row for _, row in people.restated([("staff_changes", row) for row in rows])]


def brief(row: dict) -> tuple:
    return (row["person"], row["role"], row["organisation"], row["change"], row["count"], row["count_qualifier"],
            row["date_start"], row["date_end"], row["date_precision"])


def briefs(text: str, published: str = PUBLISHED) -> list[tuple]:
    return [brief(r) for r in extract(text, published)]


NOW = ("2022-06-15", "2022-06-15", "day")


# ----------------------------------------------------------------------------- people in post

def test_name_then_role_is_in_post_at_publication_with_a_tight_quote():
    rows = extract("Jane Holloway, Rochdale’s £160,000 a year chief executive, said the figures were worrying.")
    assert [brief(r) for r in rows] == [("Jane Holloway", "chief executive", "Rochdale Council", "in_post", None, "", *NOW)]
    assert rows[0]["quote"] == "Jane Holloway, Rochdale’s £160,000 a year chief executive"
    assert rows[0]["council"] == "Rochdale"


def test_role_then_name():
    assert briefs("In Stockport the report was sent to executive director Priya Raman.") == [
        ("Priya Raman", "executive director", "Stockport Council", "in_post", None, "", *NOW)]


def test_a_person_named_in_post_is_new_in_it_where_a_later_sentence_says_so():
    text = ("Interim director of children’s services in Walsall, Rose Lee\n\nThe council said staff had left.\n\n"
            "The new interim director of children’s services in Walsall, Rose Lee, said the work went on.")
    assert briefs(text) == [
        ("Rose Lee", "interim director of children’s services", "Walsall Council", "interim_appointed", None, "", "",
         "2022-06-15", "before"),
        ("Rose Lee", "interim director of children’s services", "Walsall Council", "in_post", None, "", *NOW)]


def test_people_listed_after_departures_have_included_left_and_are_not_in_post():
    text = ("A host of departures have included chief executive Jo Smith, finance director Ann Lee, who retired, and "
            "Kent’s children’s services chief, Sam Day.")
    assert briefs(text) == [(person, role, "Kent Council", "departed", None, "", "", "2022-06-15", "before")
                            for person, role in (("Jo Smith", "chief executive"), ("Ann Lee", "finance director"),
                                                 ("Sam Day", "children’s services chief"))]


def test_people_joined_by_and_who_have_both_left_each_left_but_not_a_speaker_before_them():
    assert sorted(briefs("Jo Smith, director of early help at Kent, and head of fostering Ann Lee have both retired.")) == [
        ("Ann Lee", "head of fostering", "Kent Council", "departed", None, "", "", "2022-06-15", "before"),
        ("Jo Smith", "director of early help at Kent", "Kent Council", "departed", None, "", "", "2022-06-15", "before")]
    assert ("Jo Smith", "director", "Kent Council", "in_post", None, "", *NOW) in briefs(
        "Jo Smith, Kent’s director, said Ann Lee and Sam Day have both retired.")
    assert sorted(r[0] for r in briefs("Jo Smith, cabinet member for children, and Ann Lee, deputy cabinet member for "
                                       "SEND, have also stepped down.") if r[3] == "departed") == ["Ann Lee", "Jo Smith"]


def test_a_post_held_before_is_not_the_post_a_starter_takes_up():
    assert [r for r in briefs("Jo Smith, who was previously director of children’s services at Kent, joins in May.")
            if r[3] == "appointed"] == []


def test_a_role_before_a_name_does_not_reach_into_the_paragraph_before():
    text = "Stoke-on-Trent City Council said it had appointed a new management team\n\nCouncil leader Ann Lee said it would act."
    assert [r for r in briefs(text) if r[0]] == [("Ann Lee", "Council leader", "Stoke-on-Trent Council", "in_post", None, "", *NOW)]


@pytest.mark.parametrize("text,person", [("Council leader Jeff Green said Kent would act.", "Jeff Green"),
                                         ("Green Party councillor Jo Smith said Kent would act.", "Jo Smith")])
def test_green_is_a_surname_after_a_first_name_but_no_first_name(text, person):
    assert [r[0] for r in briefs(text)] == [person]


@pytest.mark.parametrize("text", ["Kent hired consultants Red Quadrant to review its services.",
                                  "Kent brought in improvement advisers, Exploring Choices, to help."])
def test_a_name_after_a_firm_s_role_is_a_firm_not_a_person(text):
    assert briefs(text) == []


def test_role_at_a_council_then_name():
    assert briefs("Director of children’s services at Westmorland and Furness Council Milorad Vasic said it was good.") == [
        ("Milorad Vasic", "Director of children’s services", "Westmorland and Furness Council", "in_post", None, "", *NOW)]


def test_role_comma_name_comma():
    assert briefs("Neither the Stockport chief executive, Omar Said, nor the leader commented.") == [
        ("Omar Said", "chief executive", "Stockport Council", "in_post", None, "", *NOW)]


def test_an_unnamed_leaver_is_the_person_the_next_sentence_opens_with_unless_it_gives_another_post():
    quit = "The director of children’s services at Stockport Council has quit. "
    named = quit + "Mike Reid has been the head of the department for eight years."
    assert [row["person"] for row in extract(named) if row["change"] == "departed"] == ["Mike Reid"]
    other = quit + "Omar Said, the council leader, said he was sorry."
    assert [row["person"] for row in extract(other) if row["change"] == "departed"] == [""]


def test_an_unnamed_appointee_is_the_person_the_next_sentence_opens_with_unless_it_gives_a_post_of_another_kind():
    new = "Inspectors said the recently appointed director of children’s services at Stockport had acted quickly. "
    other = new + "Omar Said, the cabinet member for children, welcomed the report."
    assert [row["person"] for row in extract(other) if row["change"] == "appointed"] == [""]
    deputy = "Stockport has appointed a new director of children’s services. Mike Reid, currently deputy director at Bury, starts in May."
    assert [row["person"] for row in extract(deputy) if row["change"] == "appointed"] == ["Mike Reid"]


def test_people_listed_between_dashes_each_resign():
    text = ("Two figures at Stockport – the council leader, Mike Reid, and the cabinet member for children, Ann Lowe – "
            "resigned in May.")
    assert sorted(row["person"] for row in extract(text) if row["change"] == "departed") == ["Ann Lowe", "Mike Reid"]


def test_taking_her_place_is_an_appointment_to_the_post_of_the_person_named_before():
    text = "Ann Lowe, Stockport’s cabinet member for children, is standing down, with Mike Reid taking her place."
    assert [(row["person"], row["role"]) for row in extract(text) if row["change"] == "appointed"] == \
        [("Mike Reid", "cabinet member for children")]
    assert not [row for row in extract("Stockport’s leader Ann Lowe spoke, then Mike Reid took her place at the lectern.")
                if row["change"] == "appointed"]


def test_capitalised_words_of_a_role_are_no_name():
    text = "Coun Rita Obi, Executive Member for Children, Young People and Education at Stockport Council, said so."
    assert [row["person"] for row in extract(text)] == ["Rita Obi"]
    assert extract("The chair of Stockport Council’s Corporate Parenting Panel spoke.") == []


def test_name_role_organisation_said_and_a_title_dropped():
    text = ("Councillor Rita Obi, cabinet member for children, young people and families\n\n"
            "Sam Okafor, chief executive, Stockport Council, said: “We are pleased.”")
    assert briefs(text) == [
        ("Rita Obi", "cabinet member for children, young people and families", "Stockport Council", "in_post", None, "", *NOW),
        ("Sam Okafor", "chief executive", "Stockport Council", "in_post", None, "", *NOW)]


def test_union_officers_and_secretaries_of_state_are_in_post_with_their_body():
    text = ("Unison regional organiser Rita Obi said staff at Stockport were exhausted. "
            "Children’s Secretary Sam Okafor said Stockport had failed. "
            "Dan Morrow, told councillors the director of children’s services would stay.")
    assert briefs(text) == [("Rita Obi", "regional organiser", "Unison", "in_post", None, "", *NOW),
                            ("Sam Okafor", "Children’s Secretary", "DfE", "in_post", None, "", *NOW)]


def test_a_post_held_before_by_a_pronoun_is_the_last_titled_surnames():
    text = ("Sam Okafor takes over at Stockport from interim director Rita Obi. Mr Okafor starts in May. "
            "He was previously director of children’s services at Rochdale Council.")
    held = [row for row in extract(text) if row["rule"] == "staff_changes.held-before"]
    assert [(row["person"], row["council"], row["change"]) for row in held] == [("Sam Okafor", "Rochdale", "in_post")]


def test_a_group_of_councillors_is_not_a_person():
    assert [r[0] for r in briefs("Sam Okafor, leader of Stockport Independent Councillors’ Association, said so.")] == [
        "Sam Okafor"]


def test_role_who_clause_then_name():
    text = "Critics blame Solihull’s children’s services failings on the council leader who has backed her since 2015, Dan Morrow."
    assert briefs(text) == [("Dan Morrow", "council leader", "Solihull Council", "in_post", None, "", *NOW)]


def test_a_person_is_in_post_once_per_article_and_a_surname_means_the_full_name():
    text = ("Mark Ellery, the leader of the council, declined to comment on the Stockport inspection. "
            "Later, Ellery, the council leader, said lessons would be learned.")
    assert briefs(text) == [("Mark Ellery", "leader of the council", "Stockport Council", "in_post", None, "", *NOW)]


def test_a_capitalised_title_before_a_name_is_the_role():
    assert briefs("Wigan said Mayor Jo Smith would speak.") == [("Jo Smith", "Mayor", "Wigan Council", "in_post", None, "", *NOW)]


def test_people_in_post_outside_the_council_belong_to_their_own_body():
    # the gold's careful reader lists every named person with a post: MPs, inspectors and opposition leaders too
    text = ("Ann Lee, the Labour MP for Stockport, said it was a disgrace. Tom Reid, the leader of the opposition "
            "Liberal Democrat group, agreed. Lead inspector: Lisa Summers, His Majesty’s Inspector. "
            "Stockport Council, the local authority, said the chief executive would respond. "
            "Prime Minister Dan Morrow spoke.")
    assert briefs(text) == [
        ("Ann Lee", "MP for Stockport", "Parliament", "in_post", None, "", *NOW),
        ("Tom Reid", "leader of the opposition Liberal Democrat group", "Stockport Council", "in_post", None, "", *NOW),
        ("Lisa Summers", "Inspector", "Ofsted", "in_post", None, "", *NOW),
        ("Dan Morrow", "Prime Minister", "Government", "in_post", None, "", *NOW)]


def test_headed_by_since_gives_a_range_and_a_role_from_elsewhere_in_the_article():
    text = ("Since January the Wigan department has been led by director Kim Osei and Dev Patel. "
            "Staff praised the assistant director [Patel] for her focus on practice.")
    rows = briefs(text)
    assert rows == [("Kim Osei", "director", "Wigan Council", "in_post", None, "", "2022-01-01", "2022-06-15", "range"),
                    ("Dev Patel", "assistant director", "Wigan Council", "in_post", None, "", "2022-01-01", "2022-06-15", "range")]


def test_unnamed_post_holders_in_post_since():
    text = "Local leadership in Cornwall: The DCS has been in post since April 2020. The chief executive has been in post since 2019."
    assert briefs(text) == [
        ("", "DCS", "Cornwall Council", "in_post", None, "", "2020-04-01", "2022-06-15", "range"),
        ("", "chief executive", "Cornwall Council", "in_post", None, "", "2019-01-01", "2022-06-15", "range")]


def test_kept_in_post_since_is_a_tenure_of_the_person_named_just_before_the_keeper():
    text = ("Ruth Kane, the Solihull cabinet member for children, defended the service. Critics blamed Kane, and the "
            "council leader who has kept her in position since 2015, Dan Morrow. Others blamed Kane, whom the leader has "
            "kept in post since March 2016.")
    rows = extract(text)
    assert [brief(r) for r in rows] == [
        ("Ruth Kane", "cabinet member for children", "Solihull Council", "in_post", None, "", *NOW),
        ("Dan Morrow", "council leader", "Solihull Council", "in_post", None, "", *NOW),
        ("Ruth Kane", "cabinet member for children", "Solihull Council", "in_post", None, "", "2015-01-01", "2022-06-15", "range"),
        ("Ruth Kane", "cabinet member for children", "Solihull Council", "in_post", None, "", "2016-03-01", "2022-06-15", "range")]
    assert rows[2]["quote"] == "Kane, and the council leader who has kept her in position since 2015"
    assert rows[3]["quote"] == "Kane, whom the leader has kept in post since March 2016"


def test_kept_in_post_since_is_skipped_when_the_pronoun_is_not_plainly_the_name_before():
    text = ("Ruth Kane, the Solihull cabinet member for children, spoke first. "
            # the last name before the pronoun is the keeper himself
            "Dan Morrow, the Solihull leader who has kept her in position since 2015, spoke next. "
            "Dan Morrow, the leader, has kept her in post since 2015. "
            # a surname the article never gave in full
            "Tim Ray blamed Okafor, and the council leader who has kept her in post since 2015. "
            # the person named before holds no council post (she is in post, as an MP, at publication)
            "Ann Lee, the Labour MP for Solihull, and the party whip who has kept her in post since 2015, said nothing.")
    rows = briefs(text)
    assert [r[:4] for r in rows] == [("Ruth Kane", "cabinet member for children", "Solihull Council", "in_post"),
                                     ("Dan Morrow", "leader", "Solihull Council", "in_post"),
                                     ("Ann Lee", "MP for Solihull", "Parliament", "in_post")]
    assert all(r[6:] == NOW for r in rows)


# ----------------------------------------------------------------------------- tenure as a length of time

def test_tenure_for_just_over_a_year_is_an_appointment_before_a_year_back_and_the_person_stays_in_post():
    rows = extract("Jo Smith has been Wigan’s chief executive for just over a year, having joined from Bury.")
    assert [brief(r) for r in rows] == [
        ("Jo Smith", "chief executive", "Wigan Council", "in_post", None, "", *NOW),
        ("Jo Smith", "chief executive", "Wigan Council", "appointed", None, "", "", "2021-06-15", "before")]
    assert rows[1]["quote"] == "Jo Smith has been Wigan’s chief executive for just over a year"


def test_tenure_for_about_or_exactly_a_span_is_the_month_or_range_that_far_back():
    assert briefs("Dev Patel has been the interim director of children’s services in Rochdale for about a year.",
                  "2019-03") == [
        ("Dev Patel", "interim director of children’s services", "Rochdale Council", "in_post", None, "",
         "2019-03-01", "2019-03-31", "month"),
        ("Dev Patel", "interim director of children’s services", "Rochdale Council", "interim_appointed", None, "",
         "2018-03-01", "2018-03-31", "month")]
    assert briefs("Omar Said has served as Wigan’s chief executive for two and a half years.") == [
        ("Omar Said", "chief executive", "Wigan Council", "appointed", None, "", "2019-12-01", "2019-12-31", "month")]
    assert briefs("Sam Obi has been the leader of Rochdale council for the past six months.", "2021")[1] == (
        "Sam Obi", "leader of Rochdale council", "Rochdale Council", "appointed", None, "", "2020-07-01", "2021-06-30", "range")


def test_tenure_for_nearly_a_span_is_an_appointment_after_that_far_back_for_a_role_or_an_appositive_name():
    assert briefs("The Stockport DCS has been in post for nearly three years.") == [
        ("", "DCS", "Stockport Council", "appointed", 1.0, "exact", "2019-06-15", "", "after")]
    assert briefs("Kim Osei, the Derby director of children’s services, has been in post for just under six months.") == [
        ("Kim Osei", "director of children’s services", "Derby Council", "in_post", None, "", *NOW),
        ("Kim Osei", "director of children’s services", "Derby Council", "appointed", None, "", "2021-12-15", "", "after")]


def test_a_role_stops_before_a_length_of_time():
    assert briefs("Jo Smith has been cabinet member for children in Wigan for more than two years.") == [
        ("Jo Smith", "cabinet member for children", "Wigan Council", "in_post", None, "", *NOW),
        ("Jo Smith", "cabinet member for children", "Wigan Council", "appointed", None, "", "", "2020-06-15", "before")]


def test_lengths_of_time_that_are_not_a_current_tenure():
    text = ("In Wigan, Jo Smith had been director for two years when she left in May. She has been a mayor for a year. "
            "For two years the council has been in special measures. Jo Smith has been critical of the director for years. "
            "Tom Reid will have been leader for a decade in May. Someone who had held cabinet responsibility for "
            "children’s services for more than three years was blamed.")
    assert [r for r in briefs(text) if r[3] in ("appointed", "interim_appointed")] == []
    assert briefs("Kim Osei, the Derby director of children’s services, has been in post for six months.", "") == [
        ("Kim Osei", "director of children’s services", "Derby Council", "in_post", None, "", "", "", "unknown")]


# ----------------------------------------------------------------------------- appointments and departures

def test_named_appointment_by_the_dfe_is_dated_when_it_happened():
    text = "Helen Marsh was appointed as a commissioner to review Solihull by the Department for Education in March 2021, after an inspection."
    assert briefs(text) == [("Helen Marsh", "commissioner", "DfE", "appointed", None, "", "2021-03-01", "2021-03-31", "month")]


def test_people_joined_by_and_before_a_departure_verb_all_left():
    text = ("Two senior figures at Kent – the council leader, Jo Smith, and the cabinet member for children, Ann Lee – "
            "resigned shortly before the announcement.")
    assert [b for b in briefs(text) if b[3] == "in_post"] == []
    text = "Kent’s director, Jo Smith, and the council said Ann Lee resigned."
    assert [b[0] for b in briefs(text) if b[3] == "in_post"] == ["Jo Smith"]


def test_a_former_post_whose_holder_the_article_says_left_is_that_departure():
    text = "Councillors lamented the arrest of former leader Jo Smith. The inspection coincided with Jo Smith’s resignation in June."
    assert [(b[0], b[1], b[3]) for b in briefs(text, "2013-07")] == [("Jo Smith", "leader", "departed")]


def test_an_appointment_without_a_role_restating_one_with_a_role_is_one_row():
    text = ("Jo Smith took up her post as director of children’s services at Kent on Monday. Ms Smith, who has joined "
            "the council from a similar role in Essex, said she was proud.")
    assert [(b[0], b[1], b[3]) for b in briefs(text) if b[3] == "appointed"] == [
        ("Jo Smith", "director of children’s services at Kent", "appointed")]


def test_an_unnamed_post_described_by_a_past_participle_is_not_news_of_an_appointment():
    # the post named inside a phrase: the article tells of its holder's departure, not of the appointment
    text = "Kent’s director is to leave next month, after the departure of the commissioner appointed by government."
    assert [b for b in briefs(text) if b[3] == "appointed"] == []
    text = "Kent has been handed back its services from government commissioners appointed after a scandal."
    assert [b for b in briefs(text) if b[3] == "appointed"] == []
    # but an unnamed "Government-appointed" commissioner is the post's kind, not news of an appointment
    text = "A Government-appointed commissioner who has been overseeing Kent said on Monday that services were better."
    assert [b for b in briefs(text) if b[3] == "appointed"] == []


def test_unnamed_and_interim_appointments():
    text = ("Solihull Council said a new head of safeguarding had been appointed.\n"
            "• Appointed a new interim Director of Children’s Services\n\n"
            "The appointment of new interim senior leaders in mid-September 2021 has provided opportunities.")
    assert briefs(text) == [
        # undated appointments are dated by their tense: before the publication
        # "a new X" is one post filled
        ("", "head of safeguarding", "Solihull Council", "appointed", 1.0, "exact", "", "2022-06-15", "before"),
        ("", "interim Director of Children’s Services", "Solihull Council", "interim_appointed", 1.0, "exact", "", "2022-06-15",
         "before"),
        ("", "interim senior leaders", "Solihull Council", "interim_appointed", None, "", "2021-09-11", "2021-09-20", "range")]


def test_role_appointed_in_a_month_and_took_up_the_post():
    text = ("In Wigan the care proceedings manager, appointed in September 2020, is making a difference. "
            "The current DCS took up the post in June 2021, bringing fresh ambition.")
    assert briefs(text) == [
        ("", "care proceedings manager", "Wigan Council", "appointed", 1.0, "exact", "2020-09-01", "2020-09-30", "month"),
        ("", "DCS", "Wigan Council", "appointed", 1.0, "exact", "2021-06-01", "2021-06-30", "month")]


def test_named_departure_by_surname_uses_the_full_name_and_no_longer_in_post():
    text = ("Mark Ellery, the director of children’s services at Rochdale, welcomed the report. "
            "Inspectors praised the service. Ellery left his job in May 2022.")
    assert briefs(text) == [("Mark Ellery", "director of children’s services at Rochdale", "Rochdale Council", "departed",
                             None, "", "2022-05-01", "2022-05-31", "month")]


def test_appositive_subject_departure_is_dated_by_its_own_clause():
    text = ("Ruth Adeyemi, the £140,000 per year exec who ran Derby’s children’s services when inspectors visited in 2019, "
            "left her job abruptly early in 2021.")
    assert briefs(text) == [("Ruth Adeyemi", "exec", "Derby Council", "departed", None, "", "2021-01-01", "2021-04-30", "range")]


def test_a_named_leaver_is_not_in_post_and_keeps_the_role_the_article_gave():
    text = "Jo Smith, the Wigan mayor, quit in May. Smith, who joined the borough as a locum social worker, thanked staff."
    assert briefs(text) == [
        ("Jo Smith", "mayor", "Wigan Council", "departed", None, "", "2022-05-01", "2022-05-31", "month"),
        ("Jo Smith", "locum social worker", "Wigan Council", "appointed", None, "", "", "2022-06-15", "before")]


def test_a_denied_or_demanded_departure_leaves_the_holder_in_post():
    for verb in ("has not resigned", "has refused to resign", "offered to resign but stayed"):
        text = f"Jo Smith, the director of children’s services at Wigan, {verb}."
        assert briefs(text) == [("Jo Smith", "director of children’s services at Wigan", "Wigan Council", "in_post",
                                 None, "", "2022-06-15", "2022-06-15", "day")], verb
    assert [b[3] for b in briefs("Councillors called on Jo Smith, the Wigan council leader, to resign.")] == ["in_post"]
    assert briefs("Wigan Council has not appointed a new director of children’s services.") == []


def test_a_change_joined_by_and_to_an_earlier_since_is_dated_by_its_own_date():
    text = "Jo Smith has been with Wigan Council since 2009 and was promoted to director in 2012."
    assert [(b[0], b[3], b[6], b[7]) for b in briefs(text)] == [("Jo Smith", "appointed", "2012-01-01", "2012-12-31")]


def test_the_second_of_two_joined_appointments_is_the_second_person_s():
    text = ("Jo Smith has been appointed interim director at Wigan and Ann Lee has joined as interim head of "
            "improvement in the directorate.")
    assert [(b[0], b[1], b[3]) for b in briefs(text)] == [
        ("Jo Smith", "interim director at Wigan", "interim_appointed"),
        ("Ann Lee", "interim head of improvement", "interim_appointed")]


def test_a_leaver_belongs_to_the_council_the_leaving_verb_names():
    text = ("Jo Smith, the director of children’s services, was praised. Ms Smith retired from the same job at "
            "Wigan Council in October. Ann Lee, the chief executive, left Bolton Council in May.")
    assert [(b[0], b[2], b[3], b[6]) for b in briefs(text)] == [
        ("Jo Smith", "Wigan Council", "departed", "2021-10-01"), ("Ann Lee", "Bolton Council", "departed", "2022-05-01")]


def test_a_role_then_a_titled_name_with_a_party_in_brackets_and_a_role_stops_before_a_date():
    text = "Cabinet member for children’s services, Councillor Ann Lee (Labour, Hindley) thanked staff."
    assert [(b[0], b[1], b[3]) for b in briefs(text)] == [("Ann Lee", "Cabinet member for children’s services", "in_post")]
    text = "Jo Smith started her new role as director of children’s services at Wigan last week."
    assert [(b[0], b[1], b[3]) for b in briefs(text)] == [("Jo Smith", "director of children’s services at Wigan", "appointed")]


def test_whoever_has_appointed_someone_is_not_the_appointee():
    text = "Jo Smith, the Wigan council leader, has appointed a new chief executive."
    assert [(b[0], b[1], b[3]) for b in briefs(text)] == [("Jo Smith", "council leader", "in_post"),
                                                         ("", "chief executive", "appointed")]


def test_a_or_the_newly_appointed_holder_is_one_person_appointed():
    for text in ("A newly appointed director of children’s services at Wigan has taken action.",
                 "Staff praised the newly appointed director of children’s services at Wigan."):
        assert [(b[3], b[4], b[5]) for b in briefs(text)] == [("appointed", 1.0, "exact")], text


def test_a_role_that_resigned_belongs_to_the_council_named_before_it():
    text = "The directive resembles one sent to neighbouring Wigan, where the leader of the council was forced to resign."
    rows = extract(text)
    assert [brief(r) for r in rows] == [
        ("", "leader of the council", "Wigan Council", "departed", 1.0, "exact", "", "2022-06-15", "before")]  # one leader
    assert rows[0]["council"] == "Wigan"


def test_departure_of_counted_and_of_two_roles():
    text = ("Stockport made no mention of the departure of three senior managers. These changes culminated in the "
            "departure of both the director of children’s services (DCS) and an assistant director (AD).")
    assert briefs(text) == [
        ("", "senior managers", "Stockport Council", "departed", 3.0, "exact", "", "", "unknown"),
        ("", "director of children’s services (DCS)", "Stockport Council", "departed", 1.0, "exact", "", "", "unknown"),
        ("", "assistant director", "Stockport Council", "departed", 1.0, "exact", "", "", "unknown")]


def test_leadership_changes():
    text = ("Derby is on its fourth set of directors since 2018. Interim managers have since come and gone. "
            "During the last year, the changes in senior leadership have led to turmoil.")
    assert briefs(text) == [
        ("", "directors", "Derby Council", "leadership_change", None, "", "2018-01-01", "2022-06-15", "range"),
        ("", "Interim managers", "Derby Council", "leadership_change", None, "", "", "", "unknown"),
        ("", "senior leadership", "Derby Council", "leadership_change", None, "", "2021-06-15", "2022-06-15", "range")]


# ----------------------------------------------------------------------------- hires, teams, posts, staff numbers

def test_hires_are_counted_per_role():
    text = "Wigan’s improvements:\n• Recruited five social workers and a team manager\n• Launched a recruitment drive"
    before = ("", "2022-06-15", "before")  # undated past hires: before publication
    assert briefs(text) == [("", "social workers", "Wigan Council", "hired", 5.0, "exact", *before),
                            ("", "team manager", "Wigan Council", "hired", 1.0, "exact", *before)]


def test_teams_created():
    text = ("A new duty team has been set up in Solihull to cut waiting times.\n"
            "• Established an extra assessment team to reduce caseloads\n"
            "• Set up an action plan and improvement team")
    assert [r[1:4] for r in briefs(text)] == [("duty team", "Solihull Council", "team_created"),
                                              ("assessment team", "Solihull Council", "team_created"),
                                              ("improvement team", "Solihull Council", "team_created")]


def test_posts_created_since_an_event():
    text = "More than 25 new posts have been created in Rochdale’s service since the inspection in 2021."
    assert briefs(text) == [("", "posts", "Rochdale Council", "posts_created", 25.0, "more_than",
                             "2021-01-01", "2022-06-15", "range")]


def test_headcount_changes_but_not_hedged_ones():
    text = ("Since 2019, Derby has increased the number of social workers by a third. "
            "Years of staff cut-backs hit the service. The council probably made too many staff cuts.")
    assert briefs(text) == [
        ("", "social workers", "Derby Council", "headcount_change", None, "", "2019-01-01", "2022-06-15", "range"),
        ("", "staff", "Derby Council", "headcount_change", None, "", "", "2022-06-15", "before")]


def test_a_headcount_change_counts_what_the_sentence_counts():
    assert [b[1:] for b in briefs("Derby has cut 50 posts in children’s services. Wigan will reduce its children’s "
                                  "services staff by 35.")] == [
        ("posts", "Derby Council", "headcount_change", 50.0, "exact", "", "2022-06-15", "before"),
        ("children’s services staff", "Wigan Council", "headcount_change", 35.0, "exact", "2022-06-15", "", "after")]


def test_the_same_code_works_for_another_council_and_year():
    before = briefs("Anna Kowal was appointed as director of children’s services at Wigan in May 2019.", "2019-08")
    after = briefs("Anna Kowal was appointed as director of children’s services at Cornwall in May 2047.", "2047-08")
    assert before == [("Anna Kowal", "director of children’s services at Wigan", "Wigan Council", "appointed", None, "",
                       "2019-05-01", "2019-05-31", "month")]
    assert after == [("Anna Kowal", "director of children’s services at Cornwall", "Cornwall Council", "appointed", None, "",
                      "2047-05-01", "2047-05-31", "month")]


def test_no_fact_from_the_seeds_is_written_into_the_code():
    source = "".join(p.read_text(encoding="utf-8") for p in Path(people.__file__).parent.glob("*.py"))
    for word in ("Croydon", "Bromley", "Camden", "Negrini", "Newman", "Flemming", "Peacock", "Henderson", "Pendry",
                 "Brazil", "Pollard", "2017", "2018", "40"):
        assert word not in source


# ----------------------------------------------------------------------------- wider phrasing

def test_names_in_capitals_with_an_initial_or_a_party_in_brackets():
    assert [(r[0], r[3]) for r in briefs("ANNA KOWAL, Wigan’s chief executive, said it was fair.")] == [("Anna Kowal", "in_post")]
    assert [(r[0], r[3]) for r in briefs("Anna J. Kowal, Wigan’s chief executive, said it was fair.")] == [("Anna J. Kowal", "in_post")]
    assert [(r[0], r[1], r[3]) for r in briefs("Cllr Jo Smith (Lab), cabinet member for children at Wigan, spoke.")] == [
        ("Jo Smith", "cabinet member for children at Wigan", "in_post")]


def test_a_second_post_of_the_same_person_is_in_post_too():
    text = ("Jo Smith, Wigan’s chief executive, said the findings were fair. Smith, who is also president of the "
            "Society of Local Authority Chief Executives, added that work went on.")
    assert [r[1] for r in briefs(text)] == ["chief executive", "president of the Society of Local Authority Chief Executives"]


def test_appointments_in_other_words_and_a_future_month_is_next_year():
    assert [(r[0], r[3], r[6], r[7]) for r in briefs("Jo Smith will take the helm at Wigan Council in May.")] == [
        ("Jo Smith", "appointed", "2023-05-01", "2023-05-31")]
    assert [(r[0], r[3]) for r in briefs("Wigan has confirmed Jo Smith as its new director of children’s services.")] == [
        ("Jo Smith", "appointed")]
    assert [(r[0], r[3]) for r in briefs("Jo Smith was drafted in as interim director of children’s services at Wigan.")] == [
        ("Jo Smith", "interim_appointed")]


def test_departures_carried_by_a_pronoun_or_a_possessive():
    text = "Jo Smith is Wigan’s director of children’s services. She joined in 2019 and will retire in August."
    assert ("Jo Smith", "departed", "2022-08-01") in [(r[0], r[3], r[6]) for r in briefs(text)]
    text = "Jo Smith is Wigan’s director of children’s services. Her contract was not renewed."
    assert ("Jo Smith", "departed") in [(r[0], r[3]) for r in briefs(text)]
    assert [(r[0], r[3]) for r in briefs("Following Jo Smith’s resignation in March, Wigan appointed an adviser.")][0] == (
        "Jo Smith", "departed")


def test_a_counted_list_of_appointments_and_planned_hiring():
    """Managers and officers counted are appointed; social workers and other staff counted are hired (news-dev's
    convention)."""
    text = "Wigan has appointed three new team managers, five social workers and an independent reviewing officer."
    assert [(r[1], r[3], r[4]) for r in briefs(text)] == [
        ("team managers", "appointed", 3.0), ("social workers", "hired", 5.0),
        ("independent reviewing officer", "appointed", 1.0)]
    text = "The council has appointed two experienced senior managers to raise standards."
    assert [(r[1], r[3], r[4]) for r in briefs(text)] == [("experienced senior managers", "appointed", 2.0)]
    assert [(r[1], r[3], r[4], r[6]) for r in briefs("Wigan wants to spend £2m on hiring an additional 60 social care staff.")] == [
        ("social care staff", "posts_created", 60.0, "2022-06-15")]
    assert briefs("Wigan blamed a failure to recruit a permanent head of service.") == []


# ----------------------------------------------------------------------------- the seeds and the Ofsted reports

CROYDON, BROMLEY, DFE = "Croydon Council", "Bromley Council", "DfE"
SEP17 = ("2017-09-01", "2017-09-30")
JAN18 = ("2018-01-01", "2018-01-31")
MAR19 = ("2019-03-01", "2019-03-31")
MAR20 = ("2020-03-16", "2020-03-16")
NONE = ("", "")

# (article, person, role substring, organisation, change, count, (date_start, date_end), quote substring)
SEED_ROWS = [
    ("000", "Jo Negrini", "chief executive", CROYDON, "in_post", None, ("2017-09-04", "2017-09-04"),
     "Jo Negrini, Croydon’s £185,000 a year chief executive"),
    ("000", "", "social care director", CROYDON, "appointed", 1.0, ("", "2017-09-04"), "a new social care director appointed"),
    ("000", "", "social work team", CROYDON, "team_created", 1.0, ("", "2017-09-04"), "An extra social work team has been created"),
    ("000", "Jo Negrini", "head of the borough’s planning and development department", CROYDON, "appointed", None,
     ("", "2017-09-04"),
     "having joined Croydon as the head of the borough’s planning"),
    ("000", "Jo Negrini", "council CEO", CROYDON, "appointed", None, ("", "2016-09-04"),
     "Negrini has been council CEO for just over a year"),
    ("001", "", "senior figures", CROYDON, "departed", 2.0, NONE, "the departure of two senior figures"),
    ("001", "", "improvement team", CROYDON, "team_created", 1.0, ("", "2017-09-30"), "Set up an immediate action plan and improvement team"),
    ("001", "", "Director of Early Help and Children’s Social care", CROYDON, "interim_appointed", 1.0, ("", "2017-09-30"),
     "Appointed a new interim Director of Early Help"),
    ("001", "", "social workers", CROYDON, "hired", 3.0, ("", "2017-09-30"), "three social workers and a unit manager already employed"),
    ("001", "", "unit manager", CROYDON, "hired", 1.0, ("", "2017-09-30"), "three social workers and a unit manager already employed"),
    ("001", "", "interim social work team", CROYDON, "team_created", 1.0, ("", "2017-09-30"), "Established an extra interim social work team"),
    ("001", "Jo Negrini", "chief executive", CROYDON, "in_post", None, SEP17, "council chief executive, Jo Negrini"),
    ("001", "Tony Newman", "leader of the council", CROYDON, "in_post", None, SEP17, "Tony Newman, the leader of the council"),
    ("001", "Alisa Flemming", "cabinet member for children and education", CROYDON, "in_post", None, SEP17,
     "Alisa Flemming, the cabinet member for children and education"),
    ("002", "Alisa Flemming", "cabinet member for failing children’s services", CROYDON, "in_post", None, MAR19,
     "Alisa Flemming, the Labour-run council’s hapless cabinet member"),
    ("002", "", "directors and executives", CROYDON, "leadership_change", None, ("2017-09-01", "2019-03-31"),
     "third set of directors and executives since the original"),
    ("002", "Jo Negrini", "CEO", CROYDON, "in_post", None, MAR19, "CEO Jo Negrini"),
    # an opposition group leader holds a council post
    ("002", "Tim Pollard", "leader of the opposition Conservative group", CROYDON, "in_post", None, MAR19,
     "Tim Pollard, the leader of the opposition Conservative group"),
    ("002", "Barbara Peacock", "exec", CROYDON, "departed", None, ("2018-01-01", "2018-04-30"),
     "left her job somewhat abruptly early in 2018"),
    ("002", "", "interim appointees", CROYDON, "leadership_change", None, NONE, "interim appointees have since come and gone"),
    ("002", "Robert Henderson", "executive director", CROYDON, "in_post", None, ("2018-12-21", "2019-03-31"),
     "Since late December the department has been headed by executive director Robert Henderson and Nick Pendry"),
    ("002", "Nick Pendry", "director of early help and children’s social care", CROYDON, "in_post", None,
     ("2018-12-21", "2019-03-31"), "headed by executive director Robert Henderson and Nick Pendry"),
    ("002", "", "council jobs", CROYDON, "posts_created", 40.0, ("2017-09-01", "2019-03-31"),
     "nearly 40 additional council jobs have been created"),
    ("002", "", "staff", CROYDON, "headcount_change", None, ("", "2019-03-31"), "After years of staff cut-backs"),
    ("002", "", "permanent senior leaders", CROYDON, "appointed", None, ("", "2019-03-31"), "The newly appointed permanent senior leaders"),
    ("002", "Tony Newman", "council leader", CROYDON, "in_post", None, MAR19,
     "council leader who has kept her in position since 2014, Tony Newman"),
    ("002", "Alisa Flemming", "cabinet member for failing children’s services", CROYDON, "in_post", None,
     ("2014-01-01", "2019-03-31"), "Flemming, and the council leader who has kept her in position since 2014"),
    ("003", "Tony Newman", "council leader", CROYDON, "in_post", None, JAN18, "Tony Newman, the council leader"),
    ("003", "Chris Philp", "MP for Croydon South", "Parliament", "in_post", None, JAN18,
     "Chris Philp, the Conservative MP for Croydon South"),
    ("003", "Eleanor Brazil", "commissioner", DFE, "appointed", None, SEP17,
     "Eleanor Brazil was appointed as a commissioner to review Croydon by the DfE last September"),
    ("003", "Alisa Flemming", "cabinet member responsible for children", CROYDON, "in_post", None, JAN18,
     "Alisa Flemming, the council cabinet member responsible for children"),
    ("003", "Jo Negrini", "chief exec", CROYDON, "in_post", None, JAN18, "Jo Negrini, the council chief exec"),
    ("003", "", "leader of the council", BROMLEY, "departed", 1.0, ("", "2018-01-31"),
     "the leader of the council was forced to resign"),
    ("003", "", "", CROYDON, "hired", None, ("2017-09-01", "2018-01-31"), "highlighting hirings made since September"),
    ("003", "Barbara Peacock", "executive director for People", CROYDON, "in_post", None, JAN18,
     "Barbara Peacock, the executive director for People at the council"),
    ("004", "", "senior managers", CROYDON, "appointed", None, ("", "2020-03-16"), "the appointment of highly-experienced senior managers"),
    ("004", "", "social care staff", CROYDON, "headcount_change", None, ("2017-01-01", "2020-03-16"),
     "increased the number of social care staff by around 40 per cent"),
    ("004", "Tony Newman", "leader of the council", CROYDON, "in_post", None, MAR20, "Councillor Tony Newman, leader of the council"),
    ("004", "Alisa Flemming", "cabinet member for children, young people and learning", CROYDON, "in_post", None, MAR20,
     "Councillor Alisa Flemming, cabinet member for children, young people and learning"),
    ("004", "Jo Negrini", "chief executive", CROYDON, "in_post", None, MAR20, "Jo Negrini, chief executive"),
    ("004", "Rob Henderson", "executive director for children, families and learning", CROYDON, "in_post", None, MAR20,
     "Rob Henderson, executive director for children, families and learning"),
]

OFSTED_ROWS = [
    # the reports' inspectors are people in post at Ofsted
    ("blackpool-2023-02-01", "Lisa Summers", "Inspector", "Ofsted", "in_post", None, ("2023-02-01", "2023-02-01"),
     "Lisa Summers, His Majesty’s Inspector"),
    ("bury-2021-12-17", "Lorna Schlechte", "Inspector", "Ofsted", "in_post", None, ("2021-12-17", "2021-12-17"),
     "Lorna Schlechte, Her Majesty’s Inspector"),
    ("croydon-2024-12-03", "Christine Kennet", "Inspector", "Ofsted", "in_post", None, ("2024-12-03", "2024-12-03"),
     "Christine Kennet, His Majesty’s Inspector"),
    ("blackpool-2023-02-01", "", "MARAC team", "Blackpool Council", "team_created", 1.0, ("", "2023-02-01"),
     "MARAC team has been developed"),
    ("blackpool-2023-02-01", "", "DCS", "Blackpool Council", "appointed", 1.0, ("2021-04-01", "2021-04-30"),
     "The current DCS took up the post in April 2021"),
    ("bury-2021-12-17", "", "interim senior leaders", "Bury Council", "interim_appointed", None, ("2021-09-11", "2021-09-20"),
     "The appointment of new interim senior leaders in mid-September 2021"),
    ("bury-2021-12-17", "", "senior leadership", "Bury Council", "leadership_change", None, ("2020-12-17", "2021-12-17"),
     "During the last year, the changes in senior leadership"),
    ("bury-2021-12-17", "", "director of children’s services (DCS)", "Bury Council", "departed", 1.0, NONE,
     "departure of both the director of"),
    ("bury-2021-12-17", "", "assistant director", "Bury Council", "departed", 1.0, NONE, "and an assistant director (AD)"),
    ("croydon-2017-09-04", "", "manager posts", CROYDON, "appointed", None, ("", "2017-09-04"), "recent appointments to additional manager posts"),
    ("croydon-2017-09-04", "", "DCS", CROYDON, "in_post", None, ("2016-07-01", "2017-09-04"), "DCS has been in post since July 2016"),
    ("croydon-2017-09-04", "", "chief executive", CROYDON, "in_post", None, ("2016-07-01", "2017-09-04"),
     "chief executive has been in post since July 2016"),
    ("croydon-2017-09-04", "", "chair of the LSCB", CROYDON, "in_post", None, ("2016-03-01", "2017-09-04"),
     "chair of the LSCB has been in post since March 2016"),
    ("croydon-2017-09-04", "", "care proceedings manager", CROYDON, "appointed", 1.0, ("2016-09-01", "2016-09-30"),
     "the care proceedings manager, appointed in"),
    ("croydon-2017-09-04", "", "case progression manager", CROYDON, "appointed", 1.0, ("", "2017-09-04"),
     "appointment of a new case progression manager"),
    ("croydon-2017-09-04", "", "corporate team", CROYDON, "team_created", 1.0, ("", "2017-09-04"), "A new corporate team has been set up"),
    ("croydon-2024-12-03", "", "qualified social workers", CROYDON, "posts_created", 15.0, ("2024-12-03", "2024-12-03"),
     "agreed to recruit 15 supernumerary newly qualified social workers"),
]


def _corpus_rows(folder: Path) -> list[dict]:
    return [row for article in load_corpus(folder) for row in _rows(article)]


def _matches(row: dict, expected: tuple) -> bool:
    article, person, role, organisation, change, count, (start, end), quote = expected
    return (row["article_id"] == article and row["person"] == person and role in row["role"]
            and (role != "" or row["role"] == "") and row["organisation"] == organisation
            and row["change"] == change and row["count"] == count
            and (row["date_start"], row["date_end"]) == (start, end) and quote in row["quote"])


@pytest.mark.parametrize("folder, expected", [(RAW, SEED_ROWS), (OFSTED, OFSTED_ROWS)], ids=["seeds", "ofsted"])
def test_corpus_rows_are_exactly_the_verified_ones(folder, expected):
    rows = _corpus_rows(folder)
    unmatched = [e for e in expected if sum(_matches(r, e) for r in rows) != 1]
    extra = [brief(r) + (r["article_id"],) for r in rows if not any(_matches(r, e) for e in expected)]
    assert unmatched == []
    assert extra == []


def test_seed_people_are_in_post_once_per_article():
    """Once from each start: as the article reports them now, and again where it says since when."""
    rows = [r for r in _corpus_rows(RAW) if r["change"] == "in_post"]
    keys = [(r["article_id"], r["person"], r["date_start"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert all(r["council"] == "Croydon" for r in rows)


def test_an_unnamed_change_the_article_names_elsewhere_is_one_row():
    text = ("The DfE has appointed commissioners at two councils. Jo Smith has been appointed commissioner in Kent. "
            "Kent has appointed two social workers.")
    whole = Article("t", "t.txt", text, "0" * 64, "", "", "", parse_published(PUBLISHED), 0, len(text))
    rows = [row for table, row in extract_article(whole) if table == "staff_changes"]
    assert [(r["person"], r["role"], r["change"]) for r in rows] == [
        ("Jo Smith", "commissioner", "appointed"), ("", "social workers", "hired"),
        ("Jo Smith", "commissioner", "in_post")]  # appointed before publication: in post at it
    text = ("The director of Kent's children's services is stepping down for a new job. Jo Smith is quitting Kent "
            "County Council this September.")
    whole = Article("t", "t.txt", text, "0" * 64, "", "", "", parse_published(PUBLISHED), 0, len(text))
    rows = [row for table, row in extract_article(whole) if table == "staff_changes"]
    assert [(r["person"], r["role"], r["change"]) for r in rows] == [
        ("Jo Smith", "director of Kent's children's services", "departed")]


def test_the_new_interim_holder_of_a_post_is_an_interim_appointment():
    assert [(r[0], r[1], r[3]) for r in briefs(
        "The new interim director of children’s services in Wigan, Jo Smith, said the service would improve.")] == [
        ("Jo Smith", "interim director of children’s services", "interim_appointed"),
        ("Jo Smith", "interim director of children’s services", "in_post")]


def test_joining_another_council_is_that_councils_appointment_in_an_unnamed_post():
    found = [(r["council"], r["person"], r["role"], r["change"], r["date_start"])
             for r in extract("Jo Smith, director of children’s services at Essex, will join Wigan in May.")]
    assert found == [("Essex", "Jo Smith", "director of children’s services at Essex", "in_post", PUBLISHED),
                     ("Wigan", "Jo Smith", "", "appointed", "2023-05-01")]


@pytest.mark.parametrize("text, role", [
    ("Kent has appointed an interim director of children's services following the departure of Jo Smith.",
     "interim director of children's services"),
    ("Kent has appointed a new head of service after a long search.", "head of service"),
])
def test_a_role_ends_before_the_words_of_time_or_cause_after_it(text, role):
    assert [row["role"] for row in extract(text) if row["change"] != "departed"] == [role]


@pytest.mark.parametrize("text, expected", [
    ("Jo Smith, the director of children’s services at Kent, has been appointed director of children’s services at "
     "Essex County Council.", ("Essex", "Jo Smith", "director of children’s services at Essex County Council", "appointed")),
    ("Wigan has found a new children’s services boss. Jo Smith will join from Essex County Council in April.",
     ("Essex", "Jo Smith", "(role at) Essex County Council", "departed")),
    ("Wigan has a new director of children’s services. Jo Smith, currently assistant director at Essex, starts in July.",
     ("Wigan", "Jo Smith", "director of children’s services", "appointed")),
    ("Former Essex director Jo Smith said Wigan had failed.", ("Essex", "Jo Smith", "director", "in_post")),
    ("Jo Smith moves to Wigan Council as director of children’s services in May.",
     ("Wigan", "Jo Smith", "director of children’s services", "appointed")),
    ("Jo Smith, who joined from Essex County Council in 2019, became Wigan Council’s director of children’s services "
     "last year.", ("Wigan", "Jo Smith", "director of children’s services", "appointed")),
])
def test_a_post_at_another_council_is_that_councils(text, expected):
    assert expected in [(r["council"], r["person"], r["role"], r["change"]) for r in extract(text)]
    # a former post is held before the publication, not at it
    assert not any(r["change"] == "in_post" and r["person"] == "Jo Smith" and "Former" in text
                   and r["date_precision"] != "before" for r in extract(text))


def test_an_unnamed_replacement_after_a_named_appointment_years_before_is_a_new_change():
    text = "Jo Smith was appointed as Wigan’s commissioner in 2014. She will be replaced by a different commissioner."
    article = Article("t", "t.txt", text, "0" * 64, "", "", "", parse_published(PUBLISHED), 0, len(text))
    found = [(r["person"], r["role"], r["change"], r["date_start"]) for t, r in extract_article(article) if t == "staff_changes"]
    assert ("", "commissioner", "appointed", PUBLISHED) in found
    assert ("Jo Smith", "commissioner", "appointed", "2014-01-01") in found


def test_a_vaguely_named_senior_departure_is_the_named_one_told_again():
    def changes(text):
        article = Article("t", "t.txt", text, "0" * 64, "", "", "", parse_published(PUBLISHED), 0, len(text))
        return [(r["person"], r["change"]) for t, r in extract_article(article) if t == "staff_changes" and r["change"] == "departed"]
    assert changes("The boss of children’s services at Wigan has stood down. Jo Smith, the executive director of children’s "
                   "services, left last week.") == [("Jo Smith", "departed")]
    # a post named precisely is another person's
    assert ("", "departed") in changes("The director of children’s services at Wigan has stood down. Jo Smith, the chief "
                                       "executive, left last week.")


def test_a_new_management_team_is_one_change_once_per_article():
    text = ("Kent’s new senior leadership team has made progress. The new management team meets weekly. "
            "Wigan has appointed new interim senior leaders. The new leadership team is settling in at Wigan.")
    assert [r[1:4] + r[6:] for r in briefs(text)] == [
        ("senior leadership team", "Kent Council", "leadership_change", "", "2022-06-15", "before"),
        ("interim senior leaders", "Wigan Council", "interim_appointed", "", "2022-06-15", "before")]


def test_a_post_left_is_not_also_held_now_but_one_whose_holder_has_resigned_is():
    sacked = briefs("It follows the sacking of Wigan’s director of children’s services, Jo Smith, in 2020.")
    assert [(r[0], r[3]) for r in sacked] == [("Jo Smith", "departed")]
    resigned = briefs("Jo Smith, Wigan’s director of children’s services, has handed in her resignation.")
    assert sorted((r[0], r[3]) for r in resigned) == [("Jo Smith", "departed"), ("Jo Smith", "in_post")]


def test_a_post_holders_time_at_a_place_since_a_date_is_their_appointment_then():
    assert briefs("Jo Smith is Kent’s director of children’s services. She has been at County Hall since 2013.")[1:] == [
        ("Jo Smith", "director of children’s services", "Kent Council", "appointed", None, "", "2013-01-01",
         "2013-12-31", "year")]
    assert briefs("Jo Smith has been in Kent since 2013.") == []


@pytest.mark.parametrize("text, role, count", [
    ("The Government appointed a commissioner to Kent in May.", "commissioner", 1),
    ("Kent appointed a new management team in May.", "management team", None),
    ("Kent appointed two commissioners in May.", "commissioners", 2)])
def test_an_unnamed_change_of_a_post_named_in_the_singular_is_of_one_person(text, role, count):
    assert [(r["role"], r["count"]) for r in extract(text)] == [(role, count)]


def test_new_opening_a_sentence_before_the_role_is_an_appointment_and_a_role_comma_name_may_run_into_a_verb():
    assert [r["change"] for r in extract("New director of children’s services Sally Hodges told the Kent committee.")] == [
        "appointed", "in_post"]
    assert briefs("At the meeting, Director of Children Services, Jo Olsson detailed the plan for Kent.") == [
        ("Jo Olsson", "Director of Children Services", "Kent Council", "in_post", None, "", *NOW)]
    assert [r["change"] for r in extract("Director of Children’s Services, Jo Olsson has been with the council for a year.")] == [
        "in_post", "appointed"]  # opening the sentence, the role is hers before any verb
    assert extract("After meeting the director of children’s services, Jo Olsson has said she is happy in Kent.") == []


def test_one_appointed_in_the_two_years_before_publication_and_not_said_to_leave_is_in_post_at_it():
    def changes(text: str) -> list[tuple]:
        whole = Article("t", "t.txt", text, "0" * 64, "", "", "", parse_published(PUBLISHED), 0, len(text))
        return [(r["change"], r["date_end"], r["rule"]) for table, r in extract_article(whole) if table == "staff_changes"]

    assert changes("Jo Smith took over as permanent director of children’s services at Kent two weeks ago.") == [
        ("appointed", "2022-06-05", "staff_changes.became"), ("in_post", "2022-06-15", "staff_changes.still-in-post")]
    assert [c for c, _, _ in changes("Jo Smith was appointed Kent’s director in 2015.")] == ["appointed"]
    assert [c for c, _, _ in changes("Jo Smith was appointed Kent’s director in May. She left in June.")] == [
        "appointed", "departed"]


def test_a_leaver_taking_up_a_role_at_another_council_is_appointed_there_when_leaving():
    rows = extract("Jo Smith, who is also Kent’s deputy chief executive, is leaving her post next month to take up a "
                   "role as children, education and skills director at Essex County Council.")
    assert [(r["person"], r["council"], r["change"], r["date_start"], r["date_precision"]) for r in rows
            if r["rule"] == "staff_changes.post-elsewhere"] == [("Jo Smith", "Essex", "appointed", "2022-06-15", "after")]
    assert not [r for r in extract("Jo Smith, Kent’s director, has left to take up a role in the private sector.")
                if r["change"] == "appointed"]


def test_a_sentence_fronted_by_a_phrase_names_its_subject_after_it():
    assert [(r["person"], r["change"], r["date_start"]) for r in extract(
        "Kent’s director has resigned. In an email sent to staff this morning, Jo Smith said tomorrow would be "
        "his last day in the office.") if r["change"] == "departed"] == [("Jo Smith", "departed", "2022-06-16")]


def test_one_who_comes_in_as_interim_in_the_next_sentence_is_the_successor_not_the_leaver():
    assert [(r["person"], r["change"]) for r in extract(
        "Kent’s director has left. Sheila Lock has come in as interim director.")] == [
        ("", "departed"), ("Sheila Lock", "interim_appointed")]


def test_the_retirement_of_the_current_holder_is_a_departure_to_come():
    assert briefs("Kent’s post is open because of the retirement of the current director of children’s services, "
                  "Jo Smith.")[-1] == ("Jo Smith", "director of children’s services", "Kent Council", "departed",
                                       None, "", "2022-06-15", "", "after")


def test_a_region_is_no_name_and_a_post_taken_on_an_interim_basis_is_interim():
    assert [(r["person"], r["change"]) for r in extract(
        "The boss of children's services at a North East council has stood down.")] == [("", "departed")]
    assert ("Sue Butcher", "interim_appointed") in [(r["person"], r["change"]) for r in extract(
        "The council confirmed its acting director, Sue Butcher, will become director of children's services in Kent "
        "on an interim basis.")]


def test_clr_is_a_title_and_a_role_that_was_a_name_is_a_post_held_before():
    assert briefs("The cabinet member for children at Kent was Clr Erin Hill until the election.") == [
        ("Erin Hill", "cabinet member for children at Kent", "Kent Council", "in_post", None, "", "", "2022-06-15",
         "before")]


def test_a_post_landed_elsewhere_and_a_promotion_later_are_appointments():
    text = ("Gail Quinton is quitting Kent County Council. Mrs Quinton, who is on £139,000-a-year, has landed an "
            "executive director's role at Coventry City Council.")
    assert ("Gail Quinton", "executive director", "Coventry Council", "appointed") in [
        (r["person"], r["role"], r["organisation"], r["change"]) for r in extract(text)]
    assert ("Jo Smith", "appointed") in [(r["person"], r["change"]) for r in extract(
        "Jo Smith joined Kent as a social worker and was promoted a year later to assistant director.")]


def test_the_interim_holder_taken_over_from_left_and_the_newcomer_is_appointed_once():
    text = ("Kent has appointed Matt Dunkley as interim director of children's services. "
            "He takes over from current interim director Andrew Bunyan.")
    assert {(r["person"], r["change"]) for r in extract(text)} == {
        ("Matt Dunkley", "interim_appointed"), ("Andrew Bunyan", "departed")}


def test_a_holder_replaced_at_a_date_by_a_named_successor_left_then():
    assert {(r["person"], r["change"], r["date_start"], r["date_end"]) for r in extract(
        "Kent's director Jo Smith was replaced in May 2021 by Ann Lee.")} == {
        ("Jo Smith", "departed", "2021-05-01", "2021-05-31"), ("Ann Lee", "appointed", "2021-05-01", "2021-05-31")}


def test_an_unnamed_interim_appointment_is_the_one_named_next():
    text = ("Kent's children's services department has had an interim director appointed. Jo Smith has been named "
            "as the new director and will join in May.")
    assert {(r["person"], r["change"]) for r in extract(text)} == {("Jo Smith", "interim_appointed")}


def test_a_deputy_who_left_is_neither_the_director_who_left_nor_a_director_named_next():
    text = ("Kent's director Jo Smith resigned in October 2021 and the council's deputy director left in November 2021. "
            "In his report, Ann Lee, director of Essex's improvement programme, said the service had been too slow.")
    assert {(r["person"], r["change"], r["role"]) for r in extract(text) if r["change"] == "departed"} == {
        ("Jo Smith", "departed", "director"), ("", "departed", "deputy director")}


@pytest.mark.parametrize("text, want", [
    ("she stepped down and new leavers left", [(4, "depart"), (21, "new"), (25, "starters"), (33, "depart")]),
    ("nowhere she is also the director", [(12, "also")]),  # "where she is" inside "nowhere" hides no anchor
    ("the newly named director", [(10, "into_post")]),  # "new" only as a whole word
])
def test_anchor_words_are_found_at_word_starts_only(text, want):
    from helpers.extract.people.mentions import _anchors
    assert _anchors(text, 0, len(text)) == want


# ----------------------------------------------------------------------------- verb classes of taking and leaving a post

@pytest.mark.parametrize("text,person,change", [
    # taking the place of another: the taker is appointed to the post, named or the one the article gives them
    ("Ann Lee took over from Tom Reid as Wigan’s director of children’s services in May.", "Ann Lee", "appointed"),
    ("Ann Lee, Wigan’s director of children’s services, praised staff. She replaced Tom Reid in May.", "Ann Lee",
     "appointed"),
    ("Tom Reid has been replaced as Wigan’s director of children’s services by Ann Lee.", "Ann Lee", "appointed"),
    # hiring, with or without a post after the verb
    ("Wigan has brought in Ann Lee to turn its children’s services around.", "Ann Lee", "appointed"),
    ("Ann Lee has been seconded to Wigan Council as interim director of children’s services.", "Ann Lee",
     "interim_appointed"),
    ("Ann Lee has been appointed to the post of director of children’s services at Wigan.", "Ann Lee", "appointed"),
    ("Ann Lee will act as Wigan’s interim director of children’s services.", "Ann Lee", "interim_appointed"),
    ("Ann Lee was voted in as leader of Wigan Council in May.", "Ann Lee", "appointed"),
    # leaving or losing a post
    ("Ann Lee was removed as Wigan’s director of children’s services in May.", "Ann Lee", "departed"),
    ("Ann Lee lost her job as Wigan’s director of children’s services in May.", "Ann Lee", "departed"),
    ("Ann Lee, Wigan’s director of children’s services, was relieved of her duties.", "Ann Lee", "departed"),
    ("Wigan Council suspended its director of children’s services, Ann Lee, in May.", "Ann Lee", "departed"),
    ("Ann Lee will bow out as leader of Wigan Council in May.", "Ann Lee", "departed"),
])
def test_verb_classes_of_taking_and_leaving_a_post(text, person, change):
    assert (person, change) in {(b[0], b[3]) for b in briefs(text)}


def test_an_active_verb_of_hiring_does_not_make_its_subject_the_post():
    assert briefs("Ministers appointed Lord Ann Lee to oversee Wigan’s children’s services.")[0][:4] == \
        ("Ann Lee", "", "Wigan Council", "appointed")
    assert not [b for b in briefs("Wigan’s new director, Ann Lee, has removed as many barriers as she could.")
                if b[3] == "departed"]


def test_a_pronoun_in_a_report_is_the_person_named_last():
    text = "Ann Lee is Wigan’s director of children’s services. The council confirmed that she had resigned."
    assert ("Ann Lee", "departed") in {(b[0], b[3]) for b in briefs(text)}
    assert "departed" not in {b[3] for b in briefs("Ann Lee is Wigan’s director. Tom Reid said he would not resign.")}


@pytest.mark.parametrize("text", [
    "The work done by the newly appointed Virtual School Coordinator has helped children in care.",
    "Wigan appointed a Quality Assurance Manager in May.",
    "The Chief Operating Officer reports to the chief executive of Wigan Council.",
])
def test_a_post_in_capitals_is_not_a_person(text):
    assert not [b for b in briefs(text) if b[0]]


def test_a_name_before_or_after_a_post_in_capitals_is_still_found():
    assert ("Ann Lee", "in_post") in {(b[0], b[3]) for b in briefs("Service Manager Ann Lee said Wigan was improving.")}


# ----------------------------------------------------------------------------- one post's unnamed holder leaving

@pytest.mark.parametrize("text", [
    "Wigan Council’s director of children’s services is leaving.",
    "The chief executive of Wigan Council will leave at the end of March.",
    "Wigan’s children’s services boss is set to leave the authority.",
    "The council’s chief executive has moved on.",
    "Wigan’s director of children’s services will depart in July.",
    "Wigan’s director of children’s services has announced her retirement.",
    "The chief executive of Wigan Council announced his resignation on Monday.",
    "Wigan’s director of children’s services has said she will step down.",
])
def test_one_post_s_unnamed_holder_leaving_is_one_departure(text):
    assert [(b[0], b[3], b[4]) for b in briefs(text)] == [("", "departed", 1.0)]


@pytest.mark.parametrize("text", [
    "Wigan’s social workers are leaving for better-paid jobs.",
    "When a team manager leaves, cases are reallocated.",
    "The director of children’s services said the department would move on.",
])
def test_staff_leaving_in_general_is_no_departure_from_a_post(text):
    assert "departed" not in {b[3] for b in briefs(text)}


# ----------------------------------------------------------------------------- one post's unnamed new holder

@pytest.mark.parametrize("text, change", [
    ("Wigan has hired a new chief executive.", "appointed"),
    ("Wigan Council brought in an interim director of children’s services.", "interim_appointed"),
    ("A new head of children’s services has been recruited.", "appointed"),
    ("A new chief executive was named in May.", "appointed"),
    ("An interim chief executive is to be appointed.", "interim_appointed"),
    ("The new director of children’s services joined the council in May.", "appointed"),
])
def test_one_post_s_unnamed_new_holder_is_one_appointment(text, change):
    assert [(b[0], b[3], b[4]) for b in briefs(text)] == [("", change, 1.0)]


def test_a_council_s_possessive_of_several_words_comes_before_the_new_post():
    assert ("Ann Lee", "appointed") in {(b[0], b[3]) for b in briefs(
        "Ann Lee has been appointed Wigan Borough Council’s new director of children’s services.")}


def test_one_of_the_staff_hired_is_still_a_hire():
    assert [(b[3], b[4]) for b in briefs("Wigan has recruited a social worker from Leeds.")] == [("hired", 1.0)]


# ----------------------------------------------------------------------------- counted changes without names

@pytest.mark.parametrize("text, want", [
    ("The number of social workers at Wigan rose by 40 last year.", ("headcount_change", 40.0)),
    ("Wigan’s social worker numbers have increased by 40 to 300.", ("headcount_change", 40.0)),
    ("At Wigan 100 jobs will be cut in children’s services.", ("headcount_change", 100.0)),
    ("Wigan plans to hire 50 more social workers.", ("posts_created", 50.0)),
    ("Ten new team managers have been appointed at Wigan.", ("appointed", 10.0)),
    ("Wigan lost a quarter of its social workers last year.", ("departed", None)),
])
def test_counted_changes_without_names(text, want):
    assert [(b[3], b[4]) for b in briefs(text)] == [want]


@pytest.mark.parametrize("text", [
    "The number of children in care at Wigan rose by 40 last year.",
    "The number of social workers at Wigan rose by 10% last year.",
    "Wigan’s spending on 100 jobs will be cut.",
])
def test_counted_changes_of_something_else_are_no_staff_change(text):
    assert not briefs(text)


# ----------------------------------------------------------------------------- into a post, more shapes

@pytest.mark.parametrize("text, change", [
    ("Ann Lee is Wigan Borough Council’s director of children’s services. She was promoted to the role in 2018.",
     "appointed"),
    ("Ann Lee is Wigan’s interim director of children’s services. She was made permanent in the post in May.", "appointed"),
    ("Ann Lee has stepped up as acting director of children’s services at Wigan.", "interim_appointed"),
    ("Ann Lee has been appointed permanently as director of children’s services at Wigan.", "appointed"),
])
def test_more_shapes_of_taking_a_post(text, change):
    assert ("Ann Lee", change) in {(b[0], b[3]) for b in briefs(text)}


def test_stepping_up_from_a_post_is_not_taking_it():
    assert "appointed" not in {b[3] for b in briefs(
        "Ann Lee has stepped up from her role as assistant director for early help at Wigan.") if b[1].startswith("assistant")}


def test_one_leading_post_drafted_in():
    assert [(b[3], b[4]) for b in briefs("Wigan has drafted in an interim director.")] == [("interim_appointed", 1.0)]


def test_an_outgoing_holder_is_to_leave_and_an_incoming_one_is_appointed():
    assert ("Ann Lee", "departed") in {(b[0], b[3]) for b in briefs(
        "Outgoing director of children’s services Ann Lee said Wigan had improved.")}
    assert ("Ann Lee", "appointed") in {(b[0], b[3]) for b in briefs(
        "Wigan’s incoming director of children’s services, Ann Lee, said she was proud.")}
    outgoing = [b for b in briefs("Outgoing chief executive Ann Lee announced her retirement from Wigan in May.")
                if b[3] == "departed"]
    assert [(b[0], b[6]) for b in outgoing] == [("Ann Lee", "2022-05-01")]  # the verb dates it


@pytest.mark.parametrize("text, want", [
    ("Wigan appoints Ann Lee as director of children’s services.", ("Ann Lee", "appointed")),
    ("Wigan hires 30 social workers from abroad.", ("", "hired")),
])
def test_headline_verbs_in_the_present(text, want):
    assert want in {(b[0], b[3]) for b in briefs(text)}


def test_a_sacking_whose_role_runs_into_the_name_names_who_left():
    assert [(b[0], b[1], b[3]) for b in briefs("Wigan sacked director of children’s services Ann Lee in May.")] == [
        ("Ann Lee", "director of children’s services", "departed")]


# ----------------------------------------------------------------------------- probe classes (news shapes no dev rule saw)

def test_counted_jobs_going_are_a_headcount_change_and_counted_staff_going_departed():
    found = [(b[3], b[4]) for b in briefs("Thirty posts will go in Derby’s children’s services. Wigan is to axe 60 jobs. "
                                          "Eight managers at Derby are expected to go by September.")]
    assert found == [("headcount_change", 30.0), ("headcount_change", 60.0), ("departed", 8.0)]
    assert briefs("Twelve posts at Derby go unfilled each month. Up to 25 children in Wigan are at risk of harm.") == []


def test_a_post_still_held_and_a_service_run_are_in_post():
    for text in ("Anna Kowal remains director of children’s services at Wigan.",
                 "Anna Kowal will continue as acting chief executive of Wigan Council.",
                 "Anna Kowal, who is responsible for children’s services at Wigan, said the plan worked."):
        assert [(b[0], b[3]) for b in briefs(text)] == [("Anna Kowal", "in_post")], text


def test_a_headline_naming_a_new_holder_or_a_holder_stepping_down():
    assert [(b[1], b[3], b[4]) for b in briefs("Wigan names new director of children’s services")] == [
        ("director of children’s services", "appointed", 1.0)]
    assert [b[3] for b in briefs("Wigan Council chief executive steps down")] == ["departed"]
    assert [b[3] for b in briefs("Wigan children’s services director to leave council")] == ["departed"]


def test_an_unnamed_outgoing_holder_and_a_pronoun_for_an_unnamed_post():
    assert [(b[1], b[3], b[4]) for b in briefs("The outgoing director of children’s services at Wigan said the service "
                                               "was safer.")] == [("director of children’s services at Wigan", "departed", 1.0)]
    assert [(b[0], b[3], b[4]) for b in briefs("Wigan’s director of children’s services spoke to the committee. She "
                                               "will leave in March.")] == [("", "departed", 1.0)]


def test_a_definite_post_leaving_is_its_one_holder_named_before():
    found = {(b[0], b[3]) for b in briefs("Anna Kowal is Wigan’s director of children’s services. Staff praised her. "
                                          "The director is to step down in March.")}
    assert ("Anna Kowal", "departed") in found
    for text in ("Anna Kowal is Wigan’s director of children’s services. Omar Reid is its director of adult care. "
                 "The director is to step down in March.",  # two directors: which one is not said
                 "Anna Kowal is Wigan’s director of children’s services. The chief executive is to step down in March.",
                 "Anna Kowal is Wigan’s director of children’s services. The deputy director is to step down in March.",
                 "Anna Kowal is Wigan’s interim director of children’s services. The permanent director left in May."):
        assert ("Anna Kowal", "departed") not in {(b[0], b[3]) for b in briefs(text)}, text


def test_handed_the_role_is_the_post_the_sentence_before_names():
    found = [(b[0], b[1], b[3]) for b in briefs("The DfE needed a children’s services commissioner for Wigan. Derby and "
                                                "its director of children’s services, Anna Kowal, have been handed the role.")]
    assert ("Anna Kowal", "children’s services commissioner for Wigan", "appointed") in found


def test_replacing_him_or_her_is_the_other_person_named_last():
    found = {(b[0], b[1], b[3]) for b in briefs("Omar Reid is Wigan’s chief executive. Anna Kowal, the council’s finance "
                                                "director, will replace him in May.")}
    assert {("Anna Kowal", "chief executive", "appointed"), ("Omar Reid", "chief executive", "departed")} <= found
    assert "departed" not in {b[3] for b in briefs("Omar Reid is Wigan’s chief executive. He said Wigan would replace "
                                                   "her old laptop in May.")}


def test_will_be_a_post_from_a_date_is_an_appointment_then():
    found = [(b[0], b[3], b[6]) for b in briefs("Anna Kowal will be Wigan’s interim director of children’s services from "
                                                "1 September.")]
    assert found == [("Anna Kowal", "interim_appointed", "2022-09-01")]
    assert ("Anna Kowal", "appointed") in {(b[0], b[3]) for b in briefs(
        "Anna Kowal, director at Derby, who will be vice president of the national association from Wednesday "
        "(1 September), praised Wigan.")}
    assert briefs("Anna Kowal will be Wigan’s director of children’s services until March.") == []


def test_a_titled_surname_never_given_in_full_is_the_name():
    assert ("Mr Kowal", "appointed") in {(b[0], b[3]) for b in briefs(
        "Mr Kowal has been appointed director of children’s services at Wigan.")}
    assert ("Cllr Reid", "departed") in {(b[0], b[3]) for b in briefs(
        "Cllr Reid is Wigan’s cabinet member for children. He will step down in May.")}
    assert "Cllr Omar" not in {b[0] for b in briefs(  # a first name of a person named in full is not a surname
        "Cllr Omar Reid is Wigan’s cabinet member for children. Cllr Omar will step down in May.")}


def test_a_committee_of_a_kind_before_chairman_is_one_post():
    assert ("Cllr Reid", "licensing committee chairman", "appointed") in {(b[0], b[1], b[3]) for b in briefs(
        "Cllr Reid will take on the role of licensing committee chairman after the annual meeting on Thursday.")}


def test_a_post_after_a_second_name_is_that_name_s():
    found = {(b[0], b[1]) for b in briefs("In a letter to Wigan Mayor Omar Reid, Anna Kowal MP, Minister for Children, "
                                          "said the plan worked.")}
    assert ("Omar Reid", "MP") not in found and ("Omar Reid", "Mayor") in found
    assert ("Anna Kowal", "Secretary of State for Children") in {(b[0], b[1]) for b in briefs(
        "Anna Kowal, Parliamentary Under Secretary of State for Children, said the plan worked.")}


def test_people_named_together_who_have_left_each_departed():
    assert {b[0] for b in briefs("Omar Reid and Anna Kowal have both resigned from Wigan.") if b[3] == "departed"} == {
        "Omar Reid", "Anna Kowal"}
    assert {b[0] for b in briefs("Omar Reid said Anna Kowal and Ann Lee have resigned from Wigan.")
            if b[3] == "departed"} == {"Anna Kowal", "Ann Lee"}


def test_one_who_joins_from_a_council_is_appointed_at_the_other_and_leaves_the_one_left():
    found = {(r["council"], r["change"]) for r in extract(
        "Jo Smith, who joins from Essex County Council, starts as Wigan Council’s director of children’s services next month.")}
    assert ("Essex", "departed") in found and ("Wigan", "appointed") in found and ("Essex", "appointed") not in found


@pytest.mark.parametrize("text, role", [
    ("Jo Smith departs Wigan Council after three years as director of children’s services.", "director of children’s services"),
    ("Jo Smith leaves Wigan Council following six years as its chief executive.", "chief executive"),
    ("Jo Smith resigned as Wigan Council’s director of children’s services last week.", "director of children’s services"),
    ("Jo Smith has left the post of director of children’s services at Wigan Council.",
     "director of children’s services at Wigan Council"),
])
def test_a_leaver_s_post_is_the_one_named_after_the_leaving(text, role):
    assert [(r["person"], r["role"]) for r in extract(text) if r["change"] == "departed"] == [("Jo Smith", role)]
