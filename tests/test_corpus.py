"""Reading the raw corpus: manifest checks, hashes, publication intervals, article bodies."""
from datetime import date

import pytest

from conftest import RAW, OFSTED
from helpers.body import find_body
from helpers.corpus import Article, load_corpus, read_manifest
from helpers.extract import sentences
from helpers.errors import InputError
from helpers.intervals import parse_published

COMMENT_MARKERS = ("Leave a Reply", "Responses to", "Response to", "says:", "About insidecroydon", "This entry was posted")


def test_default_corpus_has_the_five_seeds_with_ids_000_to_004():
    assert [a.article_id for a in load_corpus(RAW)] == ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("article_id,start,end,precision", [
    ("000", date(2017, 9, 4), date(2017, 9, 4), "day"),
    ("001", date(2017, 9, 1), date(2017, 9, 30), "month"),
    ("002", date(2019, 3, 1), date(2019, 3, 31), "month"),
    ("003", date(2018, 1, 1), date(2018, 1, 31), "month"),
    ("004", date(2020, 3, 16), date(2020, 3, 16), "day"),
])
def test_seed_publication_intervals(article_id, start, end, precision):
    article = {a.article_id: a for a in load_corpus(RAW)}[article_id]
    assert (article.published.start, article.published.end, article.published.precision) == (start, end, precision)


@pytest.mark.parametrize("article", load_corpus(RAW), ids=lambda a: a.article_id)
def test_seed_body_excludes_comments_and_footer(article):
    assert not any(marker in article.body for marker in COMMENT_MARKERS)
    assert not article.body.startswith(article.headline)
    assert len(article.body.split()) > 300


def test_seed_body_ends_at_the_last_paragraph_of_reporting():
    bodies = {a.article_id: a.body for a in load_corpus(RAW)}
    assert bodies["003"].endswith("failed to respond to our questions.")
    assert bodies["004"].endswith("it’s a special place to work.”")
    assert bodies["001"].rstrip().endswith("at the centre of everything we do.”")


def test_body_drops_a_comment_thread_and_bullet_footer_of_an_invented_post():
    text = ("Northshire rated good\n\nNorthshire Council was rated good today.\n\n"
            "• Set up a new team\n• Hired two managers\n\nThe end of the report.\n\n"
            "  • Our outlet is independent\n  • Email us your stories\n\n"
            "About northshirenews\n\nNews.\n\n2 Responses to Northshire rated good\n\n  1. Great!\n\nLeave a Reply\n")
    start, end = find_body(text, "Northshire rated good")
    assert text[start:end] == ("Northshire Council was rated good today.\n\n• Set up a new team\n"
                               "• Hired two managers\n\nThe end of the report.")


def _story(text: str) -> Article:
    """An invented article whose body `find_body` finds."""
    return Article("t", "t.txt", text, "0" * 64, "", "", "", parse_published("2019-03-15"), *find_body(text))


def test_the_headline_after_a_line_of_page_furniture_is_no_reporting():
    text = "News\n\nNorthshire rated good\n\nNorthshire Council was rated good today."
    start, end = find_body(text, "Northshire rated good")
    assert text[start:end] == "Northshire Council was rated good today."


def test_a_read_more_link_between_paragraphs_does_not_end_the_body_but_one_at_the_end_does():
    story = ("Northshire rated good\n\nNorthshire Council was rated good today.\n\n"
             "READ MORE: Northshire appoints a new director\n\n"
             "The council said it had spent £2m on its services over the last two years, its leader told reporters.")
    start, end = find_body(story, "Northshire rated good")
    assert story[start:end].endswith("its leader told reporters.")
    tail = "Northshire rated good\n\nNorthshire Council was rated good today.\n\nREAD MORE: Other news\n\nShare this"
    start, end = find_body(tail, "Northshire rated good")
    assert tail[start:end] == "Northshire Council was rated good today."
    assert not any(s.text.startswith("READ MORE") for s in sentences(_story(story)))
    marked = story.replace("READ MORE: Northshire appoints a new director", "Type=image;ImageID=1;ImageTitle=Ofsted Good Rating;")
    assert not any("ImageID" in s.text for s in sentences(_story(marked)))  # a content system's markup is no sentence
    boxed = story.replace("READ MORE: Northshire appoints a new director", "Sign up to our daily newsletter")
    start, end = find_body(boxed, "Northshire rated good")
    assert boxed[start:end].endswith("its leader told reporters.")
    cut = "Northshire rated good\n\nInspectors found:\n\n  • adoption services are good\n  • the use o"  # a cut-off excerpt
    start, end = find_body(cut, "Northshire rated good")
    assert cut[start:end].endswith("the use o")
    stacked = story.replace("READ MORE: Northshire appoints a new director",  # two links one under the other
                            "READ MORE: Northshire appoints a new director\nREAD MORE: Police search for a missing man")
    start, end = find_body(stacked, "Northshire rated good")
    assert stacked[start:end].endswith("its leader told reporters.")
    run_on = story.replace("READ MORE: Northshire appoints a new director\n\n",  # links run into the next line
                           "READ MORE: Northshire appoints a new director\nREAD MORE: Police search for a missing man\n")
    assert [s.text for s in sentences(_story(run_on))][-1].startswith("The council said it had spent £2m")


def test_ofsted_named_in_full_in_a_story_is_reporting_but_its_report_footer_is_not():
    story = ("Northshire rated good\n\nNorthshire Council was rated good today.\n\n"
             "The Office for Standards in Education, Children’s Services and Skills (Ofsted) praised its leaders.\n\n"
             "The council said it was proud.")
    start, end = find_body(story, "Northshire rated good")
    assert story[start:end].endswith("The council said it was proud.")
    report = ("Inspection of Northshire\n\nLeaders are effective.\n\n"
              "The Office for Standards in Education, Children’s Services and Skills (Ofsted)\nregulates and inspects to "
              "achieve excellence in the care of children.")
    start, end = find_body(report, "Inspection of Northshire")
    assert report[start:end] == "Leaders are effective."


def test_body_without_footer_is_the_whole_text_after_the_headline():
    text = "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n"
    start, end = find_body(text, "Headline")
    assert text[start:end] == "First paragraph.\n\nSecond paragraph."


@pytest.mark.skipif(not OFSTED.is_dir(), reason="../shared/ofsted-examples is not beside the project")
def test_ofsted_reports_load_and_their_body_stops_before_the_publisher_notice():
    for article in load_corpus(OFSTED):
        assert "regulates and inspects" not in article.body
        assert "Inspection" in article.body[:400]


@pytest.mark.parametrize("value,start,end,precision", [
    ("2019-03", date(2019, 3, 1), date(2019, 3, 31), "month"),
    ("2020-02", date(2020, 2, 1), date(2020, 2, 29), "month"),
    ("2018", date(2018, 1, 1), date(2018, 12, 31), "year"),
    ("2017-09-04", date(2017, 9, 4), date(2017, 9, 4), "day"),
    ("", None, None, "unknown"),
])
def test_parse_published(value, start, end, precision):
    interval = parse_published(value)
    assert (interval.start, interval.end, interval.precision) == (start, end, precision)


@pytest.mark.parametrize("value", ["2019-13", "19-03", "2019/03", "March 2019", "2019-02-30", "2019-3"])
def test_parse_published_rejects_malformed(value):
    with pytest.raises(ValueError, match="YYYY-MM-DD, YYYY-MM or YYYY"):
        parse_published(value)


def test_sha_mismatch_is_caught(raw_copy):
    (raw_copy / "articles" / "002.txt").write_text("tampered", encoding="utf-8")
    with pytest.raises(InputError, match=r"article 002: sha256 of 002.txt is .* manifest says 9deab6d4"):
        load_corpus(raw_copy)


def test_manifest_rows_are_read_with_all_columns():
    rows = read_manifest(RAW)
    assert rows[2]["byline"] == "KEN LEE"
    assert rows[4]["outlet"] == "Croydon Council"
    assert all(r["published_evidence"] for r in rows)


def test_newsletter_boxes_and_related_links_are_not_the_body():
    from helpers.body import find_body
    text = ("Headline\nKent was rated good.\n\nSIGN UP\nFor your free daily news bulletin\nDirector job\n£100,000\n")
    start, end = find_body(text, "Headline")
    assert text[start:end] == "Kent was rated good."
    text = "Kent was rated good.\n- Published25 October 2018\n- Published10 July 2017\n"
    assert text[slice(*find_body(text))] == "Kent was rated good."


def test_a_block_of_links_above_the_first_paragraph_is_skipped_not_taken_for_the_footer():
    story = ("Northshire rated good\n\nStill short of outstanding\n\nRelated links\n\nNorthshire 'inadequate' in 2015\n\n"
             "Register for the newsletter\n\nNorthshire Council's children's services were rated good by Ofsted inspectors "
             "this week.\n\nThe council leader thanked staff.\n\nRelated links\n\nOther news")
    start, end = find_body(story, "Northshire rated good")
    assert story[start:end] == ("Northshire Council's children's services were rated good by Ofsted inspectors this week."
                                "\n\nThe council leader thanked staff.")
