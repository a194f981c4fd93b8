"""Official statistics (DfE) beside the articles' figures: load, tidy, match, judge.

`<official_dir>/sources.csv` lists the published files with their sha256; each file is
checked like an article of the manifest, then its cells become one tidy row per area,
measure and reference date (percentages as 0-1 shares, suppression codes kept in `note`).
`claims_check` puts every article figure of a measure the statistics publish beside the
official values nearest in time before and after it, and judges it by general rules.
"""
from __future__ import annotations

import csv
import hashlib
import html
import io
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from .councils import _names
from .dates import MONTH_NAMES
from .errors import InputError
from .explore import QUALIFIER_WORDS, describe_dates
from .params import find_council

SOURCES = "sources.csv"
SOURCE_COLUMNS = ("file", "publisher", "licence", "url", "reference_date_rule", "sha256")
SHA256 = re.compile(r"[0-9a-f]{64}")
RULE = re.compile(rf"(\d{{1,2}}) ({'|'.join(MONTH_NAMES)}) of time_period")
NUMBER = re.compile(r"-?\d+(?:\.(\d+))?")
CODE = re.compile(r"[A-Za-z]{1,4}|[.:~-]{1,2}")
CODES = {"z": "not applicable", "x": "not available", "c": "confidential", "u": "low reliability",
         "low": "rounds to zero", "k": "rounds to zero", "..": "not available", ":": "not available"}
MAX_GAP_DAYS = 366
WHOLE_SCOPES = {"", "whole service"}


@dataclass(frozen=True)
class Spec:
    """One published column as a contract measure: `unit` share (published as a percentage), count,
    fte or per_10000; `span` point (at the reference date) or year (the year up to it);
    `where` keeps only rows whose column holds that value."""

    column: str
    measure: str
    unit: str
    span: str = "point"
    where: tuple[str, str] | None = None


_CLA, _START, _CEASE = ("Children looked after at 31 March each year", "Children starting to be looked after each year",
                        "Children ceasing to be looked after each year")
SPECS = [
    Spec("inpost_fte", "social_workers_in_post", "fte"),
    Spec("starters_fte", "social_worker_starters", "fte", "year"),
    Spec("leavers_fte", "social_worker_leavers", "fte", "year"),
    Spec("turnover_rate_fte", "turnover_rate", "share", "year"),
    Spec("agency_fte", "agency_workers", "fte"),
    Spec("agency_rate_fte", "agency_share", "share"),
    Spec("vacancy_fte", "vacant_posts", "fte"),
    Spec("vacancy_rate_fte", "vacancy_rate", "share"),
    Spec("cases", "cases", "count"),
    Spec("caseload_fte", "caseload_per_worker", "count"),
    Spec("absence_rate_fte", "absence_rate", "share", "year"),
    Spec("number", "children_in_care", "count", where=("population_count", _CLA)),
    Spec("rate_per_10000", "children_in_care_rate", "per_10000", where=("population_count", _CLA)),
    Spec("population_estimate", "children_population", "count", where=("population_count", _CLA)),
    Spec("number", "children_starting_care", "count", "year", ("population_count", _START)),
    Spec("number", "children_ceasing_care", "count", "year", ("population_count", _CEASE)),
]
LABELS = {"social_workers_in_post": "social workers in post (full-time equivalent)", "agency_share": "agency worker rate",
          "caseload_per_worker": "average caseload per social worker", "children_in_care": "number of children in care",
          "children_population": "child population", "vacancy_rate": "vacancy rate", "turnover_rate": "turnover rate"}
LEVELS = {"National": "England", "Regional": "region", "Local authority": "council"}


def label(measure: str) -> str:
    return LABELS.get(measure, measure.replace("_", " "))


# --- loading -------------------------------------------------------------------------------

def read_sources(official_dir: Path) -> list[dict[str, str]]:
    """sources.csv's rows, checked for the required columns and well-formed hashes and rules."""
    path = Path(official_dir) / SOURCES
    if not path.is_file():
        raise InputError(f"parameter official_dir={str(official_dir)!r}: {path} is missing; copy the official files "
                         f"and list them in {SOURCES} ({','.join(SOURCE_COLUMNS)})")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows, columns = list(reader), reader.fieldnames or []
    missing = [c for c in SOURCE_COLUMNS if c not in columns]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(missing)}; the header must name {','.join(SOURCE_COLUMNS)}")
    if not rows:
        raise InputError(f"{path}: no files listed; add a row per official file")
    for line, row in enumerate(rows, start=2):
        where = f"{path}: row {line} ({row['file']})"
        if not SHA256.fullmatch(row["sha256"].strip().lower()):
            raise InputError(f"{where}: sha256 {row['sha256']!r} is not 64 hex digits; put the file's `sha256sum` there")
        if not RULE.fullmatch(row["reference_date_rule"].strip()):
            raise InputError(f"{where}: reference_date_rule {row['reference_date_rule']!r} is not like "
                             "'30 September of time_period'; write the day and month the figures refer to")
    return rows


def read_source_text(official_dir: Path, row: dict[str, str]) -> str:
    """The listed file's text after the path, hash and encoding checks (a byte-order mark is dropped)."""
    folder = Path(official_dir).resolve()
    path = (folder / row["file"].strip()).resolve()
    where = f"{Path(official_dir) / SOURCES}: file {row['file']!r}"
    if not path.is_relative_to(folder) or not path.is_file():
        raise InputError(f"{where} is not a file inside {official_dir}; copy it there or fix the path")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != row["sha256"].strip().lower():
        raise InputError(f"{where}: sha256 of {path.name} is {digest}, {SOURCES} says {row['sha256'].strip()}; restore the "
                         f"file as published, or if it changed on purpose put the new sha256 in {SOURCES}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not UTF-8 (bad byte at offset {exc.start}); save it as UTF-8 CSV") from None


def reference_date(rule: str, time_period: str) -> date:
    day, month = RULE.fullmatch(rule.strip()).groups()
    return date(int(time_period[:4]), MONTH_NAMES.index(month) + 1, int(day))


def parse_cell(text: str, unit: str, where: str) -> tuple[float | None, str]:
    """(value in the project's unit, suppression code): '35.7' share -> 0.357; 'x' -> (None, 'x')."""
    text = text.strip()
    if not text:
        return None, ""
    if NUMBER.fullmatch(text):
        value = float(text)
        return (round(value / 100, 8) if unit == "share" else value), ""
    if CODE.fullmatch(text):
        return None, text
    raise InputError(f"{where}: {text!r} is neither a number nor a suppression code; restore the file as published")


def _area(row: pd.Series) -> tuple[str, str, str]:
    """(area, level, region) of one published row."""
    level = LEVELS.get(row["geographic_level"])
    if level == "England":
        return row.get("country_name") or "England", level, ""
    if level == "region":
        return row["region_name"], level, ""
    if level == "council":
        name = row["la_name"] if " / " in row["la_name"] else _names(row["la_name"])[0][0]
        return name, level, row["region_name"]
    return "", "", ""


def tidy_file(text: str, source: dict[str, str]) -> pd.DataFrame:
    """One tidy row per area, measure and reference date of one published CSV."""
    raw = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    name = source["file"].strip()
    needed = [c for c in ("time_period", "geographic_level") if c not in raw]
    specs = [s for s in SPECS if s.column in raw and (s.where is None or s.where[0] in raw)]
    if needed or not specs:
        raise InputError(f"{name}: {'missing column(s) ' + ', '.join(needed) if needed else 'no column the project reads'}"
                         f"; expected a DfE CSV with time_period, geographic_level and e.g. {SPECS[0].column}")
    raw["line"] = raw.index + 2
    areas = pd.DataFrame([_area(r) for _, r in raw.iterrows()], columns=["area", "level", "region"], index=raw.index)
    raw = pd.concat([raw, areas], axis=1)
    raw = raw[raw["level"] != ""]
    out = [_spec_rows(raw, spec, source) for spec in specs]
    return pd.concat(out, ignore_index=True)


def _spec_rows(raw: pd.DataFrame, spec: Spec, source: dict[str, str]) -> pd.DataFrame:
    rows = raw if spec.where is None else raw[raw[spec.where[0]] == spec.where[1]]
    name, rule = source["file"].strip(), source["reference_date_rule"]
    records = []
    for r in rows.itertuples():
        where = f"{name} row {r.line}"
        value, code = parse_cell(getattr(r, spec.column), spec.unit, f"{where}, column {spec.column}")
        end = reference_date(rule, r.time_period)
        start = end if spec.span == "point" else end.replace(year=end.year - 1) + timedelta(days=1)
        records.append({"council": r.area, "level": r.level, "region": r.region, "measure": spec.measure, "value": value,
                        "unit": spec.unit, "date_start": start.isoformat(), "date_end": end.isoformat(),
                        "published": getattr(r, spec.column).strip(), "note": code, "source": where,
                        "publisher": source["publisher"], "licence": source["licence"], "url": source["url"]})
    return pd.DataFrame(records)


def load_official(official_dir: Path) -> pd.DataFrame:
    """Every area's tidy official rows from the files sources.csv lists."""
    frames = [tidy_file(read_source_text(official_dir, row), row) for row in read_sources(official_dir)]
    return pd.concat(frames, ignore_index=True)


# --- councils ------------------------------------------------------------------------------

def council_names(official: pd.DataFrame) -> dict[str, str]:
    """Every council the statistics cover: its canonical name (as the corpus names it) -> area name as published."""
    published = official.loc[official["level"] == "council", "council"].unique()
    return {canonical: area for area in published for canonical, _ in _names(area)}


def official_table(official: pd.DataFrame, council: str) -> pd.DataFrame:
    """official.csv: the council's rows (none if the statistics do not cover it), its region's and England's."""
    names = council_names(official)
    area = names.get(find_council(council, names) or "", "")
    own = official[(official["level"] == "council") & (official["council"] == area)]
    keep = (official["level"] == "England") | ((official["level"] == "region") & official["council"].isin(set(own["region"])))
    out = pd.concat([own, official[keep]]).drop(columns="region")
    order = out["level"].map({"council": 0, "region": 1, "England": 2})
    return out.assign(order=order).sort_values(["order", "council", "measure", "date_end"], kind="stable") \
        .drop(columns="order").reset_index(drop=True)


# --- claims --------------------------------------------------------------------------------

# Article measures the statistics publish under another name: the rate of children in care per 10,000 children, the
# children living in the area.
_OFFICIAL_NAME = {"children_in_care_per_10000": "children_in_care_rate", "child_population": "children_population"}


def claim_rows(tables: dict[str, pd.DataFrame], measures) -> pd.DataFrame:
    """Rows of vacancies.csv and measures.csv whose measure the statistics publish (under the statistics' name), with
    their source_table."""
    frames = []
    for table in ("vacancies", "measures"):
        df = tables.get(table, pd.DataFrame(columns=["measure"]))
        df = df.assign(measure=df["measure"].replace(_OFFICIAL_NAME))
        frames.append(df[df["measure"].isin(set(measures))].assign(source_table=table))
    return pd.concat(frames, ignore_index=True)


def _blank(x) -> bool:
    return x is None or x == "" or (isinstance(x, float) and math.isnan(x))


def _decimals(value: float, unit: str) -> int:
    """Places of the last stated digit (a share as a percentage): 35.7 -> 1, 12 -> 0, 800 -> -2."""
    stated = format(value * 100 if unit == "share" else value, ".10g")
    if "e" in stated:
        return 10
    whole, _, fraction = stated.partition(".")
    return len(fraction) if fraction else -(len(whole) - len(whole.rstrip("0")))


def half_unit(value: float, unit: str) -> float:
    """Half the last stated digit: 12 -> 0.5, 800 -> 50, 78% -> 0.005, 35.7% -> 0.0005."""
    step = 10.0 ** -_decimals(value, unit)
    return step / 2 / (100 if unit == "share" else 1)


def claim_interval(value, lower, upper, qualifier: str, unit: str) -> tuple[float | None, float | None]:
    """(lower, upper) a claim allows, None for an open side: 'about 12' -> 11.5-12.5, 'nearly 40' -> (None, 40)."""
    if qualifier == "about" and not _blank(value):
        h = half_unit(value, unit)
        return value - h, value + h
    lo = None if _blank(lower) else lower
    hi = None if _blank(upper) else upper
    if qualifier in ("exact", "about", "more_than", "at_least") and lo is None:
        lo = None if _blank(value) else value
    if qualifier in ("exact", "about", "nearly", "less_than", "up_to") and hi is None:
        hi = None if _blank(value) else value
    return lo, hi


def published_half_unit(published: str, unit: str) -> float:
    """The official figure's own rounding: half its last published digit, in the project's unit."""
    digits = len(published.partition(".")[2])
    return 10.0 ** -digits / 2 / (100 if unit == "share" else 1)


def consistent(lo, hi, official: float, rounding: float) -> bool:
    """Whether [official ± rounding] meets the claim's interval (open sides unbounded)."""
    return (lo is None or official + rounding >= lo - 1e-12) and (hi is None or official - rounding <= hi + 1e-12)


def claim_area(council: str, scope: str, official: pd.DataFrame) -> tuple[str, str]:
    """(area, level) a claim is about: its council, or England or a region its scope names ('England average')."""
    if council:
        names = council_names(official)
        found = find_council(council, names)
        return (names[found], "council") if found else (council, "council")
    scope = scope.casefold()
    if re.search(r"\b(?:england|national|nationally|country)\b", scope):
        return "England", "England"
    regions = sorted(set(official.loc[official["level"] == "region", "council"]), key=len, reverse=True)
    region = next((r for r in regions if r.casefold() in scope), "")
    return (region, "region") if region else ("", "")


def _claim_dates(row) -> tuple[date | None, date | None]:
    s = date.fromisoformat(row["date_start"]) if row["date_start"] else None
    e = date.fromisoformat(row["date_end"]) if row["date_end"] else None
    return s or e, e or s


def nearest_official(series: pd.DataFrame, start: date, end: date) -> list[tuple[pd.Series, int]]:
    """(official row, gap_days) of the reference dates inside [start, end], else the nearest before and after
    (each within MAX_GAP_DAYS); gap_days is the official date minus the claim's, in days."""
    refs = [(date.fromisoformat(r["date_end"]), r) for _, r in series.iterrows()]
    inside = [(r, 0) for d, r in refs if start <= d <= end]
    if inside:
        return inside
    before = [(d, r) for d, r in refs if d < start and (start - d).days <= MAX_GAP_DAYS]
    after = [(d, r) for d, r in refs if d > end and (d - end).days <= MAX_GAP_DAYS]
    out = [(max(before, key=lambda x: x[0])[1], (max(d for d, _ in before) - start).days)] if before else []
    return out + ([(min(after, key=lambda x: x[0])[1], (min(d for d, _ in after) - end).days)] if after else [])


def check_claims(tables: dict[str, pd.DataFrame], official: pd.DataFrame) -> pd.DataFrame:
    """claims_check.csv: each comparable article figure beside each nearest official value, judged."""
    claims = claim_rows(tables, set(official["measure"]))
    outlets = _outlets(tables)
    rows = []
    for claim in claims.to_dict("records"):
        area, level = claim_area(claim["council"], claim["scope"], official)
        series = official[(official["council"] == area) & (official["level"] == level)
                          & (official["measure"] == claim["measure"])]
        start, end = _claim_dates(claim)
        matches = nearest_official(series, start, end) if start and len(series) else []
        context = {"area": area or "an unnamed area", "series": series, "dated": bool(start),
                   "outlet": outlets.get(claim["article_id"], "")}
        rows += [judge(claim, off, gap, context) for off, gap in matches] or [judge(claim, None, None, context)]
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


CLAIM_COLUMNS = ["mention_id", "source_table", "article_id", "council", "measure", "scope", "qualifier", "unit",
                 "claim_value", "claim_lower", "claim_upper", "claim_date_start", "claim_date_end", "official_area",
                 "official_value", "official_date", "official_source", "gap_days", "difference", "verdict", "explanation"]


def _outlets(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    articles = tables.get("articles")
    return {} if articles is None else dict(zip(articles["article_id"], articles["outlet"]))


def judge(claim: dict, off: pd.Series | None, gap: int | None, context: dict) -> dict:
    """One claims_check row: the claim's interval, the official value and the verdict with its sentence."""
    unit = claim["unit"]
    lo, hi = claim_interval(claim["value"], claim["lower"], claim["upper"], claim["qualifier"], unit)
    row = {"mention_id": claim["mention_id"], "source_table": claim["source_table"], "article_id": claim["article_id"],
           "council": claim["council"], "measure": claim["measure"], "scope": claim["scope"],
           "qualifier": claim["qualifier"], "unit": unit, "claim_value": claim["value"], "claim_lower": lo,
           "claim_upper": hi, "claim_date_start": claim["date_start"], "claim_date_end": claim["date_end"],
           "official_area": context["area"] if off is not None else ""}
    if off is not None:
        row |= {"official_value": off["value"], "official_date": off["date_end"], "official_source": off["source"],
                "gap_days": gap}
    if off is None or _blank(off["value"]):
        return row | {"verdict": "no_official_figure", "explanation": no_figure_sentence(claim, off, context)}
    middle = claim["value"] if not _blank(claim["value"]) else _middle(lo, hi)
    row["difference"] = None if middle is None else round(middle - off["value"], 10)
    if claim["scope"] not in WHOLE_SCOPES and claim["council"]:
        return row | {"verdict": "different_definition", "explanation": definition_sentence(claim, off, context)}
    verdict = "consistent" if consistent(lo, hi, off["value"], published_half_unit(off["published"], off["unit"])) \
        else "contradicts"
    return row | {"verdict": verdict, "explanation": number_sentence(verdict, claim, (lo, hi), off, gap, context)}


def _middle(lo, hi):
    return (lo + hi) / 2 if lo is not None and hi is not None else lo if lo is not None else hi


# --- sentences -----------------------------------------------------------------------------

def fmt(value: float, unit: str) -> str:
    """A claim's number as a reader reads it: 0.78 share -> '78%', 12 -> '12', 1/6 -> '16.7%'."""
    if unit == "share":
        return f"{float(format(value * 100, '.3g')):g}%"
    return f"{value:,.10g}"


def fmt_official(off: pd.Series) -> str:
    """The official value as published: '35.7%', '818', '204.0 FTE'."""
    suffix = {"share": "%", "fte": " FTE", "per_10000": " per 10,000 children"}.get(off["unit"], "")
    number = off["published"]
    return f"{float(number):,.{len(number.partition('.')[2])}f}{suffix}"


def claim_text(claim: dict) -> str:
    """'about 12', 'nearly 17%', 'between 33% and 50%'."""
    u = claim["unit"]
    if claim["qualifier"] == "between" or (_blank(claim["value"]) and not _blank(claim["lower"])):
        return f"between {fmt(claim['lower'], u)} and {fmt(claim['upper'], u)}"
    return f"{QUALIFIER_WORDS.get(claim['qualifier'], '')}{fmt(claim['value'], u)}"


def range_text(lo, hi, unit: str) -> str:
    if lo is not None and hi is not None:
        return f"exactly {fmt(lo, unit)}" if lo == hi else f"{fmt(lo, unit)} to {fmt(hi, unit)}"
    return f"at least {fmt(lo, unit)}" if lo is not None else f"at most {fmt(hi, unit)}"


def _when(claim: dict) -> str:
    precision = claim.get("date_precision") or ("day" if claim["date_start"] == claim["date_end"] else "range")
    return describe_dates(claim["date_start"], claim["date_end"], precision)


def _official_when(off: pd.Series) -> str:
    return f"at {describe_dates(off['date_end'], off['date_end'], 'day')}" if off["date_start"] == off["date_end"] \
        else f"in the year to {describe_dates(off['date_end'], off['date_end'], 'day')}"


def _gap(gap: int) -> str:
    if gap == 0:
        return "within the article's dates"
    return f"{abs(gap)} day{'s' * (abs(gap) != 1)} {'before' if gap < 0 else 'after'} the article's date"


def _source(context: dict) -> str:
    return f"{context['outlet']}'s" if context["outlet"] else "the article's"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _said(claim: dict, context: dict) -> str:
    """"The Wigan Post's vacancy rate of nearly 20% (May 2015)" ("the article's …" without an outlet)."""
    return f"{_source(context)} {label(claim['measure'])} of {claim_text(claim)} ({_when(claim)})"


def number_sentence(verdict: str, claim: dict, bounds, off: pd.Series, gap: int, context: dict) -> str:
    fte = " full-time equivalent" if off["unit"] == "fte" and claim["unit"] == "count" else ""
    official = f"the official{fte} figure for {context['area']}, {fmt_official(off)} {_official_when(off)} ({_gap(gap)})"
    allows = f"{_cap(_said(claim, context))} allows {range_text(*bounds, claim['unit'])}"
    return f"{allows}, which includes {official}." if verdict == "consistent" else f"{allows}, but {official}, lies outside it."


def definition_sentence(claim: dict, off: pd.Series, context: dict) -> str:
    return (f"{_cap(_said(claim, context))} covers {claim['scope']} only, while the official figure ({fmt_official(off)} "
            f"{_official_when(off)}) covers the whole of {context['area']}, so the two measure different things.")


def no_figure_sentence(claim: dict, off: pd.Series | None, context: dict) -> str:
    what = _said(claim, context)
    if off is not None:
        code = off["note"]
        return (f"The official {label(claim['measure'])} for {context['area']} {_official_when(off)} is not published "
                f"(code '{code}': {CODES.get(code.casefold(), 'suppressed')}), so {what} cannot be checked.")
    if context["area"] == "an unnamed area":
        return f"{_cap(what)} names no council, England or region, so no official figure can be set beside it."
    if not context["dated"]:
        return f"{_cap(what)} has no date, so no official reference date can be matched to it."
    series = context["series"]
    if series.empty:
        return f"The official statistics publish no {label(claim['measure'])} for {context['area']}."
    first, last = series["date_end"].min(), series["date_end"].max()
    return (f"The official statistics publish no {label(claim['measure'])} for {context['area']} within a year of "
            f"{what}; they cover {first[:4]} to {last[:4]}.")


# --- report section ------------------------------------------------------------------------

VERDICT_WORDS = {"consistent": "consistent", "different_definition": "a different definition",
                 "contradicts": "contradicts", "no_official_figure": "no official figure"}
SUMMARY = ["vacancy_rate", "agency_share", "caseload_per_worker", "turnover_rate", "social_workers_in_post",
           "children_in_care", "children_population"]
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"


def _e(value) -> str:
    return html.escape(str(value), quote=True)


def source_anchor(source: str) -> str:
    """'official-<file stem>-<row>' for 'file.csv row 12'."""
    return "official-" + re.sub(r"[^A-Za-z0-9]+", "-", source.replace(".csv", "")).strip("-")


def _official_link(row) -> str:
    return f"<a href='#{_e(source_anchor(row['source']))}'>{_e(fmt_official(row))}</a>"


def statistics_html(official: pd.DataFrame, council: str) -> str:
    """What the statistics say: one line per measure, the council's values by year, its region's and England's latest."""
    items = []
    for measure in SUMMARY:
        rows = official[(official["measure"] == measure) & official["value"].notna()]
        own = rows[rows["level"] == "council"]
        if own.empty:
            continue
        years = ", ".join(f"{_official_link(r)} ({_e(r['date_end'][:4])})" for _, r in own.iterrows())
        latest = [r for lvl in ("region", "England") for _, r in rows[rows["level"] == lvl].tail(1).iterrows()]
        compare = "; ".join(f"{_e(r['council'])} {_official_link(r)} ({_e(r['date_end'][:4])})" for r in latest)
        items.append(f"<li>{_e(label(measure))}: {years}{' — latest for ' + compare if compare else ''}</li>")
    if not items:
        return f"<p>The official statistics hold no figures for {_e(council)}.</p>"
    return f"<ul>{''.join(items)}</ul>"


def claims_html(claims: pd.DataFrame, cite) -> str:
    """One table row per comparison: the article's figure (with its footnote), the official one, the verdict."""
    rows = []
    for _, c in claims.iterrows():
        official = (f"<a href='#{_e(source_anchor(c['official_source']))}'>{_e(c['official_source'])}</a>"
                    if c["official_source"] else "none")
        claim = claim_text({"unit": c["unit"], "qualifier": c["qualifier"], "value": c["claim_value"],
                            "lower": c["claim_lower"], "upper": c["claim_upper"]})
        rows.append(f"<tr><td>{_e(label(c['measure']))}: {_e(claim)}{cite(c['mention_id'])}</td>"
                    f"<td>{official}</td><td>{_e(VERDICT_WORDS[c['verdict']])}</td><td>{_e(c['explanation'])}</td></tr>")
    return ("<table class='claims'><thead><tr><th>the article said</th><th>official source row</th><th>verdict</th>"
            f"<th>where the gap is</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def sources_rows_html(official: pd.DataFrame) -> str:
    """Each official source row the section links to (id='official-…'): area, date, its figures, file and row."""
    rows = []
    for source, group in official.groupby("source", sort=False):
        r = group.iloc[0]
        values = "; ".join(f"{_e(label(g['measure']))} {_e(g['published'])}" for _, g in group.iterrows())
        rows.append(f"<tr id='{_e(source_anchor(source))}'><td>{_e(r['council'])}</td><td>{_e(r['date_end'])}</td>"
                    f"<td>{values}</td><td><a href='{_e(r['url'])}'>{_e(source)}</a></td></tr>")
    return ("<details><summary>Official rows cited</summary><table class='official'><thead><tr><th>area</th>"
            "<th>reference date</th><th>as published</th><th>file and row</th></tr>"
            f"</thead><tbody>{''.join(rows)}</tbody></table></details>")


def _citer(mentions: pd.DataFrame, notes):
    """cite(mention_id): the report's footnote mark of the fact the figure belongs to ('' for none)."""
    from .report import ENV

    figures = mentions[mentions["source_table"].isin(["vacancies", "measures"])]
    fact_of = dict(zip(figures["mention_id"], figures["fact_id"]))
    mark = ENV.get_template("macros.html.j2").module.cite
    return lambda mention_id: str(mark(notes, fact_of[mention_id])) if mention_id in fact_of else ""


def _figures_html(figures: dict[str, dict]) -> str:
    """The official charts (desktop PNG, phone PNG on narrow screens, SVG linked), when 04_official drew them."""
    out = []
    for name in ("official_workforce", "official_children"):
        entry = figures.get(name, {})
        desktop, phone = entry.get("files", {}).get("desktop"), entry.get("files", {}).get("phone")
        if desktop and phone:
            out.append(f"<figure class='chart'><h3>{_e(entry['title'])}</h3><picture><source media='(max-width: 640px)' "
                       f"srcset='figures/{_e(phone['png'])}'><img src='figures/{_e(desktop['png'])}' alt='{_e(entry['alt'])}' "
                       f"width='{desktop['width_px']}' height='{desktop['height_px']}'></picture><figcaption>"
                       f"{_e(entry['sentence'])} <a href='figures/{_e(desktop['svg'])}'>Open the chart on its own</a>."
                       "</figcaption></figure>")
    return "".join(out)


def report_section(tables: dict[str, pd.DataFrame], council: str, mentions: pd.DataFrame, figures: dict | None = None):
    """The report's "Against the official statistics" section (a report.Section whose footnotes number in page
    order): the official charts, what the statistics say, the articles' figures beside them with the gap, the
    licence; None when the run has no official tables."""
    from .report import Section

    if "official" not in tables or "claims_check" not in tables:
        return None
    official = tables["official"][tables["official"]["measure"].isin(SUMMARY)]
    claims = tables["claims_check"][tables["claims_check"]["council"] == council]
    publishers = ", ".join(dict.fromkeys(official["publisher"])) or "the publisher"

    def render(notes) -> str:
        said = (claims_html(claims, _citer(mentions, notes)) if len(claims) else
                f"<p>The articles give no figure for {_e(council)} that the official statistics also publish.</p>")
        return (f"{_figures_html(figures or {})}<h3>What the statistics say</h3>{statistics_html(official, council)}"
                f"<h3>What the articles said, and where the gap is</h3>{said}{sources_rows_html(official)}"
                f"<p class='note'>Official figures: {_e(publishers)}, children's social work workforce and children "
                f"looked after statistics. Contains public sector information licensed under the "
                f"<a href='{OGL}'>Open Government Licence v3.0</a>.</p>")
    return Section("official", "Against the official statistics", render)
