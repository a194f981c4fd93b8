"""Bad input stops the run with one clear line naming the file, row or parameter and what to do.

Every case runs on a broken copy of the default corpus and checks that the raw folder and the
outputs of an earlier run are byte for byte as they were. Most go end to end through
`python -m helpers.pipeline --only 01` (the charts step for council and period): exit status 2
for what the runner rejects before any notebook starts, 1 when a notebook cell raises (its
line names notebook and cell).
"""
import csv
import hashlib
import os
import shutil
import subprocess
import sys
import tracemalloc
from collections import Counter
from datetime import date
from pathlib import Path

import papermill
import pytest
from papermill.exceptions import PapermillExecutionError

from conftest import ROOT, snapshot
from helpers.corpus import MAX_ARTICLE_BYTES, load_corpus
from helpers.errors import InputError
from helpers.intervals import Interval
from helpers.params import check_dirs, check_period, choose_council, resolve_period

PREVIOUS = {
    "processed/articles.csv": b"article_id,headline\nearlier,An earlier run\n",
    "processed/datapackage.json": b'{"name": "earlier"}\n',
    "reports/01_ingest.html": b"<html>an earlier run</html>\n",
    "reports/notebooks/01_ingest.ipynb": b"{}\n",
}
BOM = b"\xef\xbb\xbf"
_NOT_A_DATE = "is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD, or leave it blank"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder holding processed/ and reports/ as an earlier run left them."""
    out = tmp_path / "out"
    for name, data in PREVIOUS.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    return out


# --- breaking a corpus ---------------------------------------------------------------

def manifest_rows(raw: Path) -> list[dict[str, str]]:
    with open(raw / "manifest.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_manifest(raw: Path, rows: list[dict[str, str]], columns: list[str] | None = None) -> None:
    with open(raw / "manifest.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns or list(rows[0]), lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def set_field(raw: Path, index: int, column: str, value: str) -> None:
    rows = manifest_rows(raw)
    rows[index][column] = value
    write_manifest(raw, rows)


def put_article(raw: Path, article_id: str, data: bytes) -> Path:
    """Replace the article's file by `data` and give the manifest its new sha256."""
    path = raw / "articles" / f"{article_id}.txt"
    path.write_bytes(data)
    rows = manifest_rows(raw)
    next(r for r in rows if r["article_id"] == article_id)["sha256"] = hashlib.sha256(data).hexdigest()
    write_manifest(raw, rows)
    return path


# --- running and checking ------------------------------------------------------------

def run_step(raw: Path, out: Path, *args: str, steps: tuple[str, ...] = ("01",)) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "helpers.pipeline", "--raw-dir", str(raw), "--processed-dir", str(out / "processed"),
               "--reports-dir", str(out / "reports"), *(a for step in steps for a in ("--only", step)), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env={"CI": "true", "PATH": "/usr/bin:/bin"})


def fails(raw: Path, out: Path, status: int, *args: str, steps: tuple[str, ...] = ("01",)) -> subprocess.CompletedProcess:
    """Run `steps` on broken input: `status`, one error line, raw and previous outputs unchanged."""
    raw_before = snapshot(raw)
    result = run_step(raw, out, *args, steps=steps)
    assert result.returncode == status, result.stderr
    assert snapshot(raw) == raw_before
    assert snapshot(out) == PREVIOUS
    assert sorted(os.listdir(out)) == ["processed", "reports"], "staging folders left behind"
    assert "Traceback" not in result.stderr
    assert [line.startswith("error: ") for line in result.stderr.splitlines()].count(True) == 1
    return result


def rejected_by_runner(raw: Path, out: Path, *args: str, steps: tuple[str, ...] = ("01",)) -> str:
    """The runner's message for input it refuses before any notebook starts (exit status 2)."""
    stderr = fails(raw, out, 2, *args, steps=steps).stderr
    assert stderr.startswith("error: ") and stderr.endswith("\n") and stderr.count("\n") == 1
    return stderr.removeprefix("error: ").rstrip("\n")


def failed_in_notebook(raw: Path, out: Path, *args: str, steps: tuple[str, ...] = ("01",), notebook: str = "01_ingest") -> str:
    """The InputError text of `notebook`'s failing cell (exit status 1)."""
    lines = fails(raw, out, 1, *args, steps=steps).stderr.splitlines()
    line = next(line for line in lines if line.startswith("error: "))
    assert line.startswith(f"error: notebooks/{notebook}.ipynb, cell ")
    unchanged = f" (nothing was changed in {out / 'processed'} or {out / 'reports'})"
    assert line.endswith(unchanged) and lines[-1] == line
    return line.split(": InputError: ", 1)[1].removesuffix(unchanged)


def load_error(raw: Path) -> str:
    """The message load_corpus raises on `raw`, which it must leave unchanged."""
    before = snapshot(raw)
    with pytest.raises(InputError) as caught:
        load_corpus(raw)
    assert snapshot(raw) == before
    return str(caught.value)


# --- manifest.csv ----------------------------------------------------------------------

def test_missing_manifest(raw_copy, out):
    (raw_copy / "manifest.csv").unlink()
    assert rejected_by_runner(raw_copy, out) == (
        f"parameter raw_dir='{raw_copy}': {raw_copy}/manifest.csv is missing; create it with `python -m helpers.manifest add FILE ...`")
    assert load_error(raw_copy) == (
        f"{raw_copy}/manifest.csv: no manifest.csv; create one with `python -m helpers.manifest add FILE ...`")


def test_missing_required_column(raw_copy, out):
    rows = manifest_rows(raw_copy)
    write_manifest(raw_copy, rows, [c for c in rows[0] if c != "sha256"])
    assert rejected_by_runner(raw_copy, out) == (
        f"{raw_copy}/manifest.csv: missing required column(s) sha256; the header line must name article_id,file,sha256, separated by commas")


def test_manifest_separated_by_semicolons_lacks_every_required_column(raw_copy):
    (raw_copy / "manifest.csv").write_text("article_id;file;sha256\n000;articles/000.txt;abc\n", encoding="utf-8")
    assert load_error(raw_copy) == (
        f"{raw_copy}/manifest.csv: missing required column(s) article_id, file, sha256; the header line must name article_id,file,sha256, separated by commas")


def test_empty_manifest(raw_copy, out):
    write_manifest(raw_copy, [], list(manifest_rows(raw_copy)[0]))
    assert rejected_by_runner(raw_copy, out) == (
        f"{raw_copy}/manifest.csv: no articles listed; add one with `python -m helpers.manifest add FILE ...`")


def test_zero_byte_manifest(raw_copy):
    (raw_copy / "manifest.csv").write_bytes(b"")
    assert load_error(raw_copy).startswith(f"{raw_copy}/manifest.csv: missing required column(s) article_id, file, sha256;")


def test_manifest_not_utf8(raw_copy):
    (raw_copy / "manifest.csv").write_bytes((raw_copy / "manifest.csv").read_text(encoding="utf-8").encode("cp1252", "replace"))
    assert load_error(raw_copy).startswith(f"{raw_copy}/manifest.csv: not a readable UTF-8 CSV ('utf-8' codec can't decode byte 0x91")
    assert load_error(raw_copy).endswith("); save it as UTF-8 CSV")


def test_duplicate_article_id(raw_copy, out):
    set_field(raw_copy, 2, "article_id", "001")
    assert rejected_by_runner(raw_copy, out) == (
        f"{raw_copy}/manifest.csv: row 4: article_id '001' already used on row 3; give each article its own id")


def test_bad_article_id_characters(raw_copy, out):
    set_field(raw_copy, 1, "article_id", "Article 1")
    assert rejected_by_runner(raw_copy, out) == (
        f"{raw_copy}/manifest.csv: row 3: article_id 'Article 1' must match [a-z0-9][a-z0-9_-]* (lower-case letters, digits, - and _)")


@pytest.mark.parametrize("article_id", ["../../etc/passwd", "", "-lead", "café", "a/b", "x\u200b"])
def test_other_bad_article_ids(raw_copy, article_id):
    set_field(raw_copy, 0, "article_id", article_id)
    assert load_error(raw_copy) == (
        f"{raw_copy}/manifest.csv: row 2: article_id {article_id!r} must match [a-z0-9][a-z0-9_-]* (lower-case letters, digits, - and _)")


@pytest.mark.parametrize("column,value,problem", [
    ("file", " ", "file is blank; fill it in"),
    ("sha256", "", "sha256 is blank; fill it in"),
    ("sha256", "9deab6d4", "sha256 '9deab6d4' is not 64 hex digits; copy the file's SHA-256 (`sha256sum FILE`) or list it with `python -m helpers.manifest add`"),
])
def test_blank_or_malformed_required_value(raw_copy, column, value, problem):
    set_field(raw_copy, 1, column, value)
    assert load_error(raw_copy) == f"{raw_copy}/manifest.csv: row 3 (001): {problem}"


def test_malformed_published(raw_copy, out):
    set_field(raw_copy, 0, "published", "4 Sept 2017")
    assert rejected_by_runner(raw_copy, out) == (
        f"{raw_copy}/manifest.csv: row 2 (000): published '4 Sept 2017' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY, or leave it blank")


@pytest.mark.parametrize("value", ["2017-13", "2017-02-30", "17-09", "2017-9", "2017-09-04T10:00"])
def test_other_malformed_published_values(raw_copy, value):
    set_field(raw_copy, 0, "published", value)
    assert load_error(raw_copy) == (
        f"{raw_copy}/manifest.csv: row 2 (000): published {value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY, or leave it blank")


# --- where the file is -------------------------------------------------------------------

def test_file_that_does_not_exist(raw_copy, out):
    set_field(raw_copy, 1, "file", "articles/999.txt")
    assert failed_in_notebook(raw_copy, out) == (
        f"{raw_copy}/manifest.csv: article 001: file 'articles/999.txt' does not exist in {raw_copy}; fix the path or add the file")


def _outside_by_dots(raw: Path, outside: Path) -> str:
    set_field(raw, 1, "file", "../elsewhere.txt")
    return f"file '../elsewhere.txt' leads outside {raw}; copy the text into {raw}/articles/"


def _outside_by_absolute_path(raw: Path, outside: Path) -> str:
    set_field(raw, 1, "file", str(outside))
    return f"file '{outside}' is an absolute path; give it relative to {raw}"


def _outside_by_symlink(raw: Path, outside: Path) -> str:
    (raw / "articles" / "001.txt").unlink()
    (raw / "articles" / "001.txt").symlink_to(outside)
    return f"file 'articles/001.txt' leads outside {raw}; copy the text into {raw}/articles/"


@pytest.mark.parametrize("break_out", [_outside_by_dots, _outside_by_absolute_path, _outside_by_symlink],
                         ids=["dot-dot", "absolute", "symlink"])
def test_file_pointing_outside_raw_dir_is_refused_even_when_its_hash_matches(raw_copy, out, break_out):
    outside = raw_copy.parent / "elsewhere.txt"
    outside.write_bytes((raw_copy / "articles" / "001.txt").read_bytes())
    problem = break_out(raw_copy, outside)
    assert failed_in_notebook(raw_copy, out) == f"{raw_copy}/manifest.csv: article 001: {problem}"


def test_symlinked_articles_folder_leading_out_is_refused(raw_copy, tmp_path):
    (raw_copy / "articles").rename(tmp_path / "articles-elsewhere")
    (raw_copy / "articles").symlink_to(tmp_path / "articles-elsewhere")
    assert load_error(raw_copy) == (
        f"{raw_copy}/manifest.csv: article 000: file 'articles/000.txt' leads outside {raw_copy}; copy the text into {raw_copy}/articles/")


def test_symlink_loop(raw_copy):
    (raw_copy / "articles" / "loop.txt").symlink_to("loop.txt")
    set_field(raw_copy, 1, "file", "articles/loop.txt")
    assert load_error(raw_copy) == (
        f"{raw_copy}/manifest.csv: article 001: file 'articles/loop.txt' is not a usable path "
        f"(Symlink loop from '{raw_copy}/articles/loop.txt'); give the path of a text file in {raw_copy}")


def test_nul_character_in_file_path(raw_copy):
    manifest = raw_copy / "manifest.csv"
    manifest.write_bytes(manifest.read_bytes().replace(b"articles/001.txt", b"articles/0\x0001.txt"))
    assert load_error(raw_copy) == (
        f"{raw_copy}/manifest.csv: article 001: file 'articles/0\\x0001.txt' is not a usable path (embedded null byte); "
        f"give the path of a text file in {raw_copy}")


def test_folder_instead_of_file(raw_copy):
    set_field(raw_copy, 1, "file", "articles")
    assert load_error(raw_copy) == (
        f"{raw_copy}/manifest.csv: article 001: file 'articles' does not exist in {raw_copy}; fix the path or add the file")


# --- what the file holds -----------------------------------------------------------------

def test_sha256_mismatch(raw_copy, out):
    path = raw_copy / "articles" / "002.txt"
    path.write_bytes(path.read_bytes().replace(b"Croydon", b"Crowdon", 1))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert failed_in_notebook(raw_copy, out) == (
        f"{raw_copy}/manifest.csv: article 002: sha256 of 002.txt is {digest}, manifest says {manifest_rows(raw_copy)[2]['sha256']}; "
        "restore the file, or if it changed on purpose put the new sha256 in manifest.csv")


def test_empty_article(raw_copy, out):
    put_article(raw_copy, "001", b"")
    assert failed_in_notebook(raw_copy, out) == (
        f"{raw_copy}/manifest.csv: article 001: 001.txt is empty; add the article's text or remove its row")


def test_white_space_only_article(raw_copy):
    put_article(raw_copy, "001", BOM + b" \r\n\t\n")
    assert load_error(raw_copy) == f"{raw_copy}/manifest.csv: article 001: 001.txt is empty; add the article's text or remove its row"


@pytest.mark.parametrize("text", ["Council claims ‘immediate action’ taken on children services\n\n", "Leave a Reply\n\nName *\n"],
                         ids=["headline only", "footer only"])
def test_article_with_no_reporting(raw_copy, text):
    put_article(raw_copy, "001", text.encode("utf-8"))
    assert load_error(raw_copy) == (
        f"{raw_copy}/manifest.csv: article 001: 001.txt holds no reporting besides its headline and footer; "
        "add the article's text or remove its row")


def test_text_that_is_not_utf8(raw_copy, out):
    put_article(raw_copy, "001", "Croydon paid £1m\n\nCroydon Council paid £1m for agency staff.\n".encode("cp1252"))
    assert failed_in_notebook(raw_copy, out) == (
        f"{raw_copy}/manifest.csv: article 001: 001.txt is not UTF-8 (bad byte at offset 13); re-save it as UTF-8")


def test_binary_file(raw_copy, out):
    put_article(raw_copy, "001", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert failed_in_notebook(raw_copy, out) == (
        f"{raw_copy}/manifest.csv: article 001: 001.txt is a binary file, not text; save the article as UTF-8 plain text")


def test_utf16_file_is_reported_as_binary(raw_copy):
    put_article(raw_copy, "001", "Croydon Council was rated good.\n".encode("utf-16"))
    assert load_error(raw_copy) == (
        f"{raw_copy}/manifest.csv: article 001: 001.txt is a binary file, not text; save the article as UTF-8 plain text")


def _make_huge(raw: Path) -> int:
    """Grow 001.txt to four times the limit without writing the bytes (a sparse file)."""
    size = 4 * MAX_ARTICLE_BYTES
    os.truncate(raw / "articles" / "001.txt", size)
    return size


def test_article_over_the_size_limit(raw_copy, out):
    size = _make_huge(raw_copy)
    assert failed_in_notebook(raw_copy, out) == (
        f"{raw_copy}/manifest.csv: article 001: 001.txt is {size:,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit "
        "for one article; split it or trim it to the article")


def test_article_over_the_size_limit_is_refused_without_reading_it(raw_copy):
    _make_huge(raw_copy)
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="over the 5,000,000-byte limit"):
            load_corpus(raw_copy)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MAX_ARTICLE_BYTES // 10


# --- accepted with care ------------------------------------------------------------------

def test_bom_and_crlf_are_accepted_and_offsets_index_the_text_as_the_contract_decodes_it(raw_copy):
    original = {a.article_id: a for a in load_corpus(raw_copy)}["001"]
    crlf = (raw_copy / "articles" / "001.txt").read_bytes().replace(b"\n", b"\r\n")
    path = put_article(raw_copy, "001", BOM + crlf)
    article = {a.article_id: a for a in load_corpus(raw_copy)}["001"]
    with open(path, encoding="utf-8-sig", newline="") as handle:
        assert article.text == handle.read()
    assert article.text.count("\r\n") == original.text.count("\n") and not article.text.startswith("\ufeff")
    assert article.text[article.body_start:article.body_end] == original.body.replace("\n", "\r\n")
    assert article.body.split() == original.body.split()


HTML_PAGE = ("<!DOCTYPE html>\n<html><head><script>alert('pwned')</script></head>\n"
             "<body><p>Croydon Council was rated good by Ofsted in March 2020.</p></body></html>\n")


def html_warning(raw: Path) -> str:
    return (f"{raw}/manifest.csv: article 001: 001.txt looks like an HTML page, not plain text; "
            "facts are read from it as it is, and quotes refer to the raw markup")


def test_html_page_is_read_as_it_is_with_a_warning(raw_copy):
    put_article(raw_copy, "001", BOM + HTML_PAGE.encode("utf-8"))
    with pytest.warns(UserWarning) as caught:
        article = {a.article_id: a for a in load_corpus(raw_copy)}["001"]
    assert [str(w.message) for w in caught] == [html_warning(raw_copy)]
    assert article.text == HTML_PAGE
    assert article.body == HTML_PAGE.rstrip("\n")


def test_html_page_runs_the_runner_shows_the_warning_and_the_page_escapes_it(raw_copy, out):
    put_article(raw_copy, "001", HTML_PAGE.encode("utf-8"))
    raw_before = snapshot(raw_copy)
    result = run_step(raw_copy, out)
    assert result.returncode == 0, result.stderr
    assert f"warning: 01_ingest: {html_warning(raw_copy)}\n" in result.stderr
    assert snapshot(raw_copy) == raw_before
    with open(out / "processed" / "articles.csv", encoding="utf-8", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["article_id"] == "001")
    assert HTML_PAGE[int(row["body_start"]):int(row["body_end"])] == HTML_PAGE.rstrip("\n")
    page = (out / "reports" / "01_ingest.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in page and "<script>alert(" not in page


# --- parameters ----------------------------------------------------------------------------

@pytest.mark.parametrize("args,message", [
    (["--raw-dir", "{tmp}/nowhere"],
     "parameter raw_dir='{tmp}/nowhere': no such folder; point it at a folder holding manifest.csv and articles/"),
    (["--processed-dir", "{raw}/processed"],
     "parameter processed_dir='{raw}/processed' overlaps raw_dir='{raw}'; raw files are never written: choose a separate folder"),
    (["--reports-dir", "{tmp}"],
     "parameter reports_dir='{tmp}' overlaps raw_dir='{raw}'; raw files are never written: choose a separate folder"),
    (["--reports-dir", "{out}/processed"],
     "parameters processed_dir='{out}/processed' and reports_dir='{out}/processed' overlap; give them separate folders"),
    (["--processed-dir", "."], "parameter processed_dir='.' holds the whole project; choose a folder of its own, e.g. 'data/processed'"),
    (["--processed-dir", ""], "parameter processed_dir='' is not a folder path; give one, e.g. 'data/processed'"),
    (["--reports-dir", "{raw}/manifest.csv"], "parameter reports_dir='{raw}/manifest.csv' is a file, not a folder; choose a folder for the outputs"),
    (["-p", "colour", "red"], "-p colour: no notebook declares this parameter; known: processed_dir, raw_dir, reports_dir"),
    (["-p", "council", "Croydon"], "-p council: no notebook declares this parameter; known: processed_dir, raw_dir, reports_dir"),
    (["-p", "raw_dir", "data/raw"], "-p raw_dir: use --raw-dir instead"),
], ids=["no raw folder", "processed in raw", "reports holds raw", "same outputs", "project root", "blank", "a file",
        "unknown parameter", "parameter of another step", "-p for a folder"])
def test_runner_rejects_bad_parameters_before_running(raw_copy, out, args, message):
    where = {"tmp": raw_copy.parent, "raw": raw_copy, "out": out}
    args = [a.format(**where) for a in args]
    assert rejected_by_runner(raw_copy, out, *args) == message.format(**where)


def test_runner_rejects_an_unknown_step(raw_copy, out):
    stems = ", ".join(sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9]*.ipynb")))
    assert rejected_by_runner(raw_copy, out, "--only", "99") == f"--only 99: no such notebook; choose from {stems}"


@pytest.mark.parametrize("args,message", [
    (["-p", "period_start", "2020-01-01", "-p", "period_end", "2019-12-31"],
     "parameter period_end='2019-12-31' is before period_start='2020-01-01'; swap them"),
    (["-p", "period_start", "1/3/2019"], f"parameter period_start='1/3/2019' {_NOT_A_DATE}"),
    (["-p", "period_start", "2030-01-01"],
     "parameters period_start/period_end give a period running backwards, from 2030-01-01 to 2020-03-16 (a blank "
     "bound is the edge of the articles' span): give a period_start before the end, or a later period_end"),
], ids=["end before start", "not a date", "start after the articles"])
def test_bad_period_is_refused_before_any_notebook(raw_copy, out, args, message):
    assert rejected_by_runner(raw_copy, out, *args, steps=("03",)) == message


def test_unknown_council_is_refused_right_after_extraction_with_the_nearest_names(raw_copy, out):
    lines = fails(raw_copy, out, 2, "-p", "council", "Croydn", steps=("01", "02", "03")).stderr.splitlines()
    assert lines[-1] == "error: parameter council='Croydn' has no facts; nearest: Croydon"
    assert [line for line in lines if line.startswith("running ")] == [
        "running notebooks/01_ingest.ipynb", "running notebooks/02_extract.ipynb", "running notebooks/03_charts.ipynb"]


def test_unknown_council_is_refused_before_any_notebook_when_tables_of_this_corpus_exist(tmp_path):
    out = tmp_path / "out"
    shutil.copytree(ROOT / "data" / "processed", out / "processed")
    before = snapshot(out)
    result = run_step(ROOT / "data" / "raw", out, "-p", "council", "Wigun", steps=("03",))
    assert (result.returncode, result.stderr) == (2, "error: parameter council='Wigun' has no facts; nearest: Wigan\n")
    assert snapshot(out) == before


def test_a_notebook_run_alone_names_the_notebook_to_run_first(raw_copy, out, tmp_path):
    with pytest.raises(PapermillExecutionError) as caught:
        papermill.execute_notebook(
            str(ROOT / "notebooks" / "03_charts.ipynb"), str(tmp_path / "executed.ipynb"), cwd=str(ROOT),
            parameters={"raw_dir": str(raw_copy), "processed_dir": str(tmp_path / "empty"),
                        "reports_dir": str(out / "reports")}, kernel_name="python3", progress_bar=False)
    assert (caught.value.ename, caught.value.evalue) == ("InputError", (
        f"{tmp_path / 'empty'} holds no articles.csv: run notebooks/01_ingest.ipynb first "
        "(`python -m helpers.pipeline --only 01`, or the whole pipeline)"))


def test_papermill_on_one_notebook_validates_its_parameters(raw_copy, out, tmp_path):
    raw_before = snapshot(raw_copy)
    with pytest.raises(PapermillExecutionError) as caught:
        papermill.execute_notebook(
            str(ROOT / "notebooks" / "01_ingest.ipynb"), str(tmp_path / "executed.ipynb"), cwd=str(ROOT),
            parameters={"raw_dir": str(raw_copy / "articles"), "processed_dir": str(out / "processed"), "reports_dir": str(out / "reports")},
            kernel_name="python3", progress_bar=False)
    assert (caught.value.ename, caught.value.evalue) == ("InputError", (
        f"parameter raw_dir='{raw_copy}/articles': {raw_copy}/articles/manifest.csv is missing; "
        "create it with `python -m helpers.manifest add FILE ...`"))
    assert snapshot(raw_copy) == raw_before
    assert snapshot(out) == PREVIOUS


@pytest.mark.parametrize("name", ["raw_dir", "processed_dir", "reports_dir"])
@pytest.mark.parametrize("value", [None, 3, "  "])
def test_folder_parameter_that_is_not_a_path(name, value):
    given = {"raw_dir": "data/raw", "processed_dir": "data/processed", "reports_dir": "reports"} | {name: value}
    with pytest.raises(InputError) as caught:
        check_dirs(**given)
    assert str(caught.value).startswith(f"parameter {name}={value!r} is not a folder path; give one, e.g. ")


@pytest.mark.parametrize("start,end,message", [
    ("20190301", "", f"parameter period_start='20190301' {_NOT_A_DATE}"),
    ("2019-W10-1", "", f"parameter period_start='2019-W10-1' {_NOT_A_DATE}"),
    ("2019-13", "", f"parameter period_start='2019-13' {_NOT_A_DATE}"),
    ("", "2019-02-30", f"parameter period_end='2019-02-30' {_NOT_A_DATE}"),
    ("", "31/12/2019", f"parameter period_end='31/12/2019' {_NOT_A_DATE}"),
    ("2019-01-01", "2018-12-31", "parameter period_end='2018-12-31' is before period_start='2019-01-01'; swap them"),
    ("2019", "2018", "parameter period_end='2018' is before period_start='2019'; swap them"),
])
def test_bad_period(start, end, message):
    with pytest.raises(InputError) as caught:
        check_period(start, end)
    assert str(caught.value) == message


def test_good_period_at_every_precision():
    assert check_period("2017-09-01", "2020-03-31") == (date(2017, 9, 1), date(2020, 3, 31))
    assert check_period("2019", "2019") == (date(2019, 1, 1), date(2019, 12, 31))
    assert check_period(2019, "2020-02") == (date(2019, 1, 1), date(2020, 2, 29))
    assert check_period("", "") == (None, None)


def test_blank_bounds_take_the_articles_span_and_a_reversed_result_is_refused():
    published = [Interval(date(2017, 9, 4), date(2017, 9, 4), "day"), Interval(date(2020, 3, 1), date(2020, 3, 31), "month")]
    assert resolve_period(None, None, published) == (date(2017, 1, 1), date(2020, 3, 31))
    with pytest.raises(InputError, match="period running backwards, from 2030-01-01 to 2020-03-31"):
        resolve_period(date(2030, 1, 1), None, published)


def test_unknown_council_lists_the_nearest_councils_found():
    found = Counter({"Croydon": 12, "Camden": 3})
    with pytest.raises(InputError) as caught:
        choose_council("Wigan", found)
    assert str(caught.value) == "parameter council='Wigan' has no facts; councils found: Camden, Croydon"
    with pytest.raises(InputError) as caught:
        choose_council("Croydn", found)
    assert str(caught.value) == "parameter council='Croydn' has no facts; nearest: Croydon"
    assert choose_council("", found) == "Croydon"


@pytest.mark.parametrize("asked", ["croydon", "Croydon Council", "London Borough of Croydon", " CROYDON "])
def test_council_matches_without_case_or_prefix(asked):
    assert choose_council(asked, Counter({"Croydon": 12, "Camden": 3})) == "Croydon"


def test_no_council_at_all():
    with pytest.raises(InputError) as caught:
        choose_council("", Counter())
    assert str(caught.value) == "no council has any facts in this corpus; check raw_dir and the extraction step's output"


# --- --debug -------------------------------------------------------------------------------

def test_debug_shows_the_traceback_of_a_runner_error(raw_copy, out):
    (raw_copy / "manifest.csv").unlink()
    result = run_step(raw_copy, out, "--debug")
    assert result.returncode == 1
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert result.stderr.splitlines()[-1] == (
        f"helpers.errors.InputError: parameter raw_dir='{raw_copy}': {raw_copy}/manifest.csv is missing; "
        "create it with `python -m helpers.manifest add FILE ...`")
    assert snapshot(out) == PREVIOUS


def test_debug_shows_the_notebook_traceback_of_a_failing_cell(raw_copy, out):
    put_article(raw_copy, "001", b"")
    result = run_step(raw_copy, out, "--debug")
    assert result.returncode == 1
    assert "Traceback (most recent call last):" in result.stderr
    assert "in read_text(path, expected_sha256, where)" in result.stderr
    last = result.stderr.splitlines()[-1]
    assert last.startswith("StepFailed: notebooks/01_ingest.ipynb, cell ")
    assert last.endswith(f"InputError: {raw_copy}/manifest.csv: article 001: 001.txt is empty; add the article's text or remove its row")
    assert snapshot(out) == PREVIOUS
