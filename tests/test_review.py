"""The reporter's loop: decisions recorded with `python -m helpers.review`, applied on every run, changes reported.

One scripted session on a copy of the default corpus (reject, correct, confirm, add, and a
decision on a mention that no longer exists), then ONE pipeline run shared by the asserts.
"""
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from conftest import RAW, ROOT
from helpers import report
from helpers.changes import changes_since, summary
from helpers.corpus import load_corpus
from helpers.extract import extract_corpus
from helpers.manifest import add_article
from helpers.review import accuracy, append_review, apply_reviews, main, read_reviews
from helpers.schema import TABLES
from helpers.tables import articles_table, write_tables
from helpers.timeline import consolidate

REJECT, CORRECT, CONFIRM = "9e9b4bf37416", "b4aa150270a6", "67ceb5eedcfe"  # ratings 000, budgets 001, ratings 000
GONE = "0123456789ab"  # decided on by an earlier extraction; no row has this id any more
ADDED_QUOTE = "Since 2017, Croydon has taken a whole-council approach to improving children’s services"


def run_functions(raw: Path, processed: Path) -> dict[str, pd.DataFrame]:
    """02_extract's steps without papermill: extract, apply the reviews, consolidate, compare, write."""
    articles = load_corpus(raw)
    reviewed = apply_reviews(extract_corpus(articles), raw, articles)
    outputs = {"articles": articles_table(articles), **reviewed.tables, "timeline": consolidate(reviewed.tables),
               **reviewed.outputs()}
    outputs["changes"] = changes_since(processed, outputs)
    write_tables(outputs, processed, {a.article_id: a.text for a in articles})
    return outputs


def review(capsys, *args: str) -> tuple[int, str, str]:
    """Run the command in-process: (exit status, stdout, stderr)."""
    try:
        main(list(args))
        status = 0
    except SystemExit as exc:
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def read(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> tuple[Path, Path]:
    """(raw, processed): a corpus copy and the tables of a first run, before any review."""
    out = tmp_path_factory.mktemp("loop")
    raw, processed = out / "raw", out / "processed"
    shutil.copytree(RAW, raw)
    run_functions(raw, processed)
    return raw, processed


@pytest.fixture(scope="module")
def session(baseline, tmp_path_factory) -> dict:
    """The scripted session, then one end-to-end pipeline run into the baseline's folder."""
    raw, processed = baseline
    opts = ["--raw-dir", str(raw), "--processed-dir", str(processed), "--reviewer", "Ann Editor"]
    printed = []
    for args in (["reject", REJECT, "--note", "the July inspection is not this row's"],
                 ["correct", CORRECT, "recurrence", "one_off"],
                 ["confirm", CONFIRM],
                 ["add", "--table", "events", "--article", "004", "--quote", ADDED_QUOTE, "event_type=improvement_programme",
                  "description=whole-council approach", "actor=Croydon Council", "date_start=2017-01-01"]):
        result = subprocess.run([sys.executable, "-m", "helpers.review", *args, *opts], capture_output=True, text=True, cwd=ROOT)
        assert result.returncode == 0, result.stderr
        printed.append(result.stdout)
    append_review(raw, {"action": "confirm", "mention_id": GONE, "table": "ratings", "reviewer": "Ann Editor"})
    reports = tmp_path_factory.mktemp("reports")
    run = subprocess.run([sys.executable, "-m", "helpers.pipeline", "--raw-dir", str(raw), "--processed-dir", str(processed),
                          "--reports-dir", str(reports)], capture_output=True, text=True, cwd=ROOT,
                         env={"CI": "true", "PATH": "/usr/bin:/bin", "HOME": str(reports)})
    assert run.returncode == 0, run.stderr[-3000:]
    return {"raw": raw, "processed": processed, "reports": reports, "printed": printed}


def test_the_command_prints_what_it_recorded(session):
    reject, correct, confirm, add = session["printed"]
    assert f"reject {REJECT}: ratings, article 000" in reject and "by Ann Editor" in reject
    assert f"correct {CORRECT} recurrence = 'one_off': budgets, article 001" in correct
    assert "add " in add and "(a new row): events, article 004" in add
    rows = read_reviews(session["raw"])
    assert [r["action"] for r in rows] == ["reject", "correct", "confirm", "add", "confirm"]
    assert rows[0]["note"] == "the July inspection is not this row's" and rows[0]["table"] == "ratings"
    assert rows[3]["mention_id"] == "" and "event_type=improvement_programme" in rows[3]["fields"]


def test_rejected_row_leaves_its_table_for_rejected_csv(session):
    processed = session["processed"]
    assert REJECT not in set(read(processed, "ratings")["mention_id"])
    rejected = read(processed, "rejected")
    assert list(rejected["mention_id"]) == [REJECT] and list(rejected["table"]) == ["ratings"]
    assert rejected["quote"].item().startswith("Following an inspection in July of the council’s children services")
    assert rejected["event"].item() == "inspection"


def test_corrected_value_keeps_quote_and_id(session, baseline):
    budgets = read(session["processed"], "budgets").set_index("mention_id")
    row = budgets.loc[CORRECT]
    assert (row["recurrence"], row["review"], row["amount_gbp"]) == ("one_off", "corrected", "1000000")
    assert row["quote"].startswith("Croydon Council has already earmarked an additional £1million")
    assert read(session["processed"], "ratings").set_index("mention_id").loc[CONFIRM, "review"] == "confirmed"


def test_added_row_has_rule_review_and_its_offsets(session):
    events = read(session["processed"], "events")
    added = events[events["rule"] == "review"]
    assert len(added) == 1
    row = added.iloc[0]
    text = next(a.text for a in load_corpus(session["raw"]) if a.article_id == "004")
    start = text.index(ADDED_QUOTE)
    assert (int(row["char_start"]), int(row["char_end"])) == (start, start + len(ADDED_QUOTE))
    assert (row["review"], row["event_type"], row["actor"], row["date_start"], row["date_end"], row["date_precision"]) == (
        "added", "improvement_programme", "Croydon Council", "2017-01-01", "", "after")
    assert len(row["mention_id"]) == 12 and row["mention_id"] in session["printed"][3]


def test_orphan_is_listed_and_counted(session, capsys):
    orphans = read(session["processed"], "review_orphans")
    assert list(orphans["mention_id"]) == [GONE]
    assert orphans["reason"].item().startswith(f"reviews.csv row 6: no mention '{GONE}' in the current tables")
    executed = nbformat.read(session["reports"] / "notebooks" / "02_extract.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
    assert "4 reviews applied, 1 orphaned (listed in review_orphans.csv)" in printed
    assert "accuracy from reviews: 1 of 3 reviewed mentions confirmed as extracted (33%)" in printed
    status, out, _ = review(capsys, "orphans", "--raw-dir", str(session["raw"]), "--processed-dir", str(session["processed"]))
    assert status == 0 and out.startswith(f"confirm {GONE}: reviews.csv row 6: no mention")


def test_changes_csv_lists_what_the_reviews_changed(session):
    changes = read(session["processed"], "changes")
    mentions = changes[changes["table"] != "timeline"]
    got = {(r.change, r.table, r.mention_id, r.field, r.old, r.new) for r in mentions.itertuples() if r.field != "quote"}
    assert got == {("changed", "budgets", CORRECT, "recurrence", "unknown", "one_off"),
                   ("changed", "budgets", CORRECT, "review", "auto", "corrected"),
                   ("changed", "ratings", CONFIRM, "review", "auto", "confirmed")}
    assert set(mentions.loc[mentions["field"] == "quote", "change"]) == {"added", "removed"}
    assert mentions.loc[mentions["change"] == "removed", "mention_id"].tolist() == [REJECT]
    assert mentions.loc[mentions["change"] == "added", "new"].tolist() == [ADDED_QUOTE]
    assert "improvement programme" in " ".join(changes.loc[(changes["table"] == "timeline") & (changes["change"] == "added"), "new"])


def test_report_and_footer_show_changes_and_reviews(session):
    page = (session["reports"] / "index.html").read_text(encoding="utf-8")
    assert "What changed since the last run" in page and "mentions: 1 added, 2 changed, 1 removed" in page
    assert "5 decisions in reviews.csv (part of the corpus hash)" in page
    assert report.missing_anchors(page) == []


def test_accuracy_from_the_applied_reviews(session):
    processed = session["processed"]
    tables = {name: read(processed, name) for name in [*TABLES, "rejected"]}
    acc = accuracy(tables).set_index("table")
    assert acc.loc["ratings", ["confirmed", "rejected", "reviewed"]].tolist() == [1, 1, 2]
    assert acc.loc["ratings", "accuracy"] == 0.5 and acc.loc["budgets", "accuracy"] == 0.0
    assert acc.loc["all", "reviewed"] == 3 and acc.loc["all", "accuracy"] == pytest.approx(1 / 3)
    assert acc.loc["all", "unreviewed"] == sum((tables[n]["review"] == "auto").sum() for n in tables if n != "rejected")
    assert pd.isna(acc.loc["measures", "accuracy"])


def test_second_run_without_change_has_empty_changes_then_a_new_article_is_added(session, tmp_path):
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    shutil.copytree(session["raw"], raw)
    shutil.copytree(session["processed"], processed)
    outputs = run_functions(raw, processed)
    assert outputs["changes"].empty and summary(outputs["changes"]).startswith("0 facts added, 0 changed, 0 removed")
    assert read(processed, "changes").empty
    add_article(raw, RAW / "articles" / "002.txt", article_id="002-copy", published="2019-03", outlet="Inside Croydon")
    outputs = run_functions(raw, processed)
    changes = read(processed, "changes")
    new_rows = sum((outputs[name]["article_id"] == "002-copy").sum() for name in TABLES)
    added = changes[(changes["change"] == "added") & (changes["table"] != "timeline")]
    assert new_rows > 10 and len(added) == new_rows and set(added["article_id"]) == {"002-copy"}
    assert not (changes["change"] == "removed").any()


def test_a_first_run_has_nothing_to_compare(tmp_path):
    outputs = run_functions(shutil.copytree(RAW, tmp_path / "raw"), tmp_path / "processed")
    assert outputs["changes"].empty and summary(outputs["changes"]).startswith("no previous tables")


# --- command-line checks: one error line, exit 2, nothing written ------------------------------

@pytest.mark.parametrize("args, message", [
    (["confirm", "nope"], "error: confirm nope: no mention 'nope' in the current tables; find the row's id"),
    (["correct", CORRECT, "recurrence", "weekly"], "error: correct b4aa150270a6: budgets.recurrence 'weekly' is not allowed; use one of one_off, per_year, unknown"),
    (["correct", CORRECT, "amount_gbp", "£1m"], "budgets.amount_gbp '£1m' is not a number; write digits only"),
    (["correct", CORRECT, "quote", "x"], "budgets has no field 'quote' a review can set; choose from council,"),
    (["correct", CONFIRM, "date_end", "2010-01-01"], "ratings: date_start 2017-09-04 is after date_end 2010-01-01"),
    (["correct", CORRECT, "kind", ""], "budgets.kind may not be blank"),
    (["add", "--table", "events", "--article", "004", "--quote", "nowhere in the text", "event_type=x"], "does not occur in article 004's body"),
    (["add", "--table", "events", "--article", "004", "--quote", "Croydon", "event_type=x"], "say which with --start OFFSET"),
    (["add", "--table", "events", "--article", "004", "--quote", ADDED_QUOTE], "rows of events need event_type; give each as NAME=VALUE"),
    (["add", "--table", "events", "--article", "999", "--quote", "x", "event_type=x"], "article '999' is not in the corpus"),
])
def test_bad_decisions_are_refused_and_nothing_is_written(baseline, capsys, tmp_path, args, message):
    raw = shutil.copytree(baseline[0], tmp_path / "raw")
    (raw / "reviews.csv").unlink(missing_ok=True)
    status, out, err = review(capsys, *args, "--raw-dir", str(raw), "--processed-dir", str(baseline[1]))
    assert status == 2 and out == "" and err.startswith("error: ") and message in err and err.count("\n") == 1
    assert not (raw / "reviews.csv").exists()


def test_add_with_start_picks_one_of_several_occurrences(baseline, capsys, tmp_path):
    raw = shutil.copytree(baseline[0], tmp_path / "raw")
    (raw / "reviews.csv").unlink(missing_ok=True)
    text = next(a.text for a in load_corpus(raw) if a.article_id == "004")
    second = text.index("Croydon", text.index("Croydon") + 1)
    status, out, _ = review(capsys, "add", "--table", "events", "--article", "004", "--quote", "Croydon", "--start", str(second),
                            "event_type=x", "--raw-dir", str(raw), "--processed-dir", str(baseline[1]))
    assert status == 0 and "recorded in" in out
    assert read_reviews(raw)[0]["start"] == str(second)


def test_latest_decision_wins_and_rejecting_an_added_row_retracts_it(baseline, tmp_path):
    raw = shutil.copytree(baseline[0], tmp_path / "raw")
    (raw / "reviews.csv").unlink(missing_ok=True)
    articles = load_corpus(raw)
    for action, mention in (("reject", CONFIRM), ("confirm", CONFIRM), ("correct", CORRECT), ("confirm", CORRECT)):
        append_review(raw, {"action": action, "mention_id": mention, "field": "recurrence", "value": "one_off"})
    append_review(raw, {"action": "add", "table": "events", "article_id": "004", "quote": ADDED_QUOTE,
                        "fields": "event_type=improvement_programme"})
    tables = apply_reviews(extract_corpus(articles), raw, articles).tables
    added = tables["events"].query("rule == 'review'")
    assert tables["ratings"].set_index("mention_id").loc[CONFIRM, "review"] == "confirmed"
    assert tables["budgets"].set_index("mention_id").loc[CORRECT, ["recurrence", "review"]].tolist() == ["unknown", "confirmed"]
    append_review(raw, {"action": "reject", "mention_id": added["mention_id"].item()})
    reviewed = apply_reviews(extract_corpus(articles), raw, articles)
    assert not (reviewed.tables["events"]["rule"] == "review").any() and reviewed.rejected.empty
    assert reviewed.applied == 6 and reviewed.orphans.empty


def test_reviews_are_part_of_the_corpus_hash(baseline, tmp_path):
    raw = shutil.copytree(baseline[0], tmp_path / "raw")
    (raw / "reviews.csv").unlink(missing_ok=True)
    before = report.corpus_sha256(raw)
    append_review(raw, {"action": "confirm", "mention_id": CONFIRM})
    assert report.corpus_sha256(raw) != before
    assert report.provenance(raw, {})["reviews"] == "1 decisions in reviews.csv (part of the corpus hash)"


def test_list_pending_leaves_out_decided_mentions(session, capsys):
    opts = ["--raw-dir", str(session["raw"]), "--processed-dir", str(session["processed"])]
    _, everything, _ = review(capsys, "list", *opts)
    _, pending, _ = review(capsys, "list", "--pending", *opts)
    assert f"{REJECT}  ratings       000    rejected" in everything and REJECT not in pending
    assert len(everything.splitlines()) - len(pending.splitlines()) == 4


def test_change_summary_counts_one_fact_in_the_singular():
    added = pd.DataFrame([{"change": "added", "table": "timeline", "mention_id": "", "fact_id": "f1", "field": "label",
                           "old": "", "new": "Kent rated good", "article_id": "a1"}])
    assert summary(added).startswith("1 fact added, 0 changed, 0 removed")
