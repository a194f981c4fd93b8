"""The tables of the data contract: columns, types and allowed values, in one place.

`datapackage.json` and the checks run before anything is written are both built from
TABLES, so the published schema and the enforced one cannot drift apart.
"""
from __future__ import annotations

PRECISIONS = ["day", "month", "quarter", "half", "year", "range", "before", "after", "unknown"]
QUALIFIERS = ["exact", "about", "nearly", "more_than", "less_than", "at_least", "up_to", "between"]


def _field(name: str, type_: str = "string", enum: list[str] | None = None, required: bool = False, description: str = "") -> dict:
    field = {"name": name, "type": type_}
    constraints = {}
    if enum:
        constraints["enum"] = enum
    if required:
        constraints["required"] = True
    if constraints:
        field["constraints"] = constraints
    if description:
        field["description"] = description
    return field


COMMON = [
    _field("article_id", required=True, description="the article the fact comes from"),
    _field("council", description="the local authority the fact is about"),
    _field("quote", required=True, description="exact text of the article that states the fact"),
    _field("char_start", "integer", required=True, description="offset of the quote in the article text"),
    _field("char_end", "integer", required=True, description="end offset: text[char_start:char_end] == quote"),
    _field("date_start", "date", description="inclusive start of when the fact holds or happened"),
    _field("date_end", "date", description="inclusive end"),
    _field("date_precision", enum=PRECISIONS, required=True),
]
REVIEWS = ["auto", "confirmed", "corrected", "added"]
IDENTITY = [
    _field("mention_id", required=True, description="stable id of the row: hash of table, article, offsets and fact fields"),
    _field("rule", required=True, description="id of the extraction rule that produced the row, or 'review'"),
    _field("review", enum=REVIEWS, required=True, description="auto, confirmed, corrected or added"),
]
# Fields that tell two facts of one quote apart: with table, article and offsets they make the mention_id.
ID_FIELDS = ("council", "event", "judgement", "scope", "measure", "kind", "change", "person", "role",
             "value", "lower", "upper", "amount_gbp", "event_type")


def _bounds(value_name: str) -> list[dict]:
    return [_field(value_name, "number"), _field("lower", "number"), _field("upper", "number")]


_FACT_FIELDS: dict[str, list[dict]] = {
    "ratings": COMMON + [
        _field("authority", enum=["Ofsted", "DfE", "commissioner"], required=True),
        _field("event", enum=["inspection", "judgement", "monitoring_visit", "monitoring_report",
                              "commissioner_report", "directive", "inspection_expected"], required=True),
        _field("judgement", enum=["Outstanding", "Good", "Requires improvement", "Inadequate", "Adequate", "Satisfactory"]),
        _field("scope", description="overall, or the part judged"),
    ],
    "vacancies": COMMON + [
        _field("measure", enum=["vacancy_rate", "understrength_share", "caseload_per_worker", "posts_created",
                                "staff_change_share", "turnover_rate", "agency_share"], required=True),
        _field("scope"),
        *_bounds("value"),
        _field("unit", enum=["share", "count"], required=True),
        _field("qualifier", enum=QUALIFIERS, required=True),
    ],
    "budgets": COMMON + [
        _field("kind", enum=["extra_funding", "budget_uplift", "salary", "allowance", "other"], required=True),
        *_bounds("amount_gbp"),
        _field("qualifier", enum=QUALIFIERS, required=True),
        _field("recurrence", enum=["one_off", "per_year", "unknown"], required=True),
        _field("purpose"),
    ],
    "staff_changes": COMMON + [
        _field("person"),
        _field("role"),
        _field("organisation"),
        _field("change", enum=["appointed", "interim_appointed", "departed", "hired", "in_post", "team_created",
                               "posts_created", "headcount_change", "leadership_change"], required=True),
        _field("count", "number"),
        _field("count_qualifier", enum=QUALIFIERS),
    ],
    "measures": COMMON + [
        _field("measure", required=True, description="snake_case name of what is counted"),
        _field("scope"),
        *_bounds("value"),
        _field("unit", enum=["share", "count"], required=True),
        _field("qualifier", enum=QUALIFIERS, required=True),
    ],
    "events": COMMON + [
        _field("event_type", required=True),
        _field("description"),
        _field("actor"),
    ],
}

# mention_id first (what reviews point at), rule and review last.
TABLES: dict[str, list[dict]] = {name: IDENTITY[:1] + fields + IDENTITY[1:] for name, fields in _FACT_FIELDS.items()}

ARTICLES = [
    _field("article_id", required=True),
    _field("headline"),
    _field("outlet"),
    _field("published_start", "date"),
    _field("published_end", "date"),
    _field("published_precision", enum=PRECISIONS, required=True),
    _field("n_words", "integer", required=True),
    _field("sha256", required=True),
    _field("body_start", "integer", required=True),
    _field("body_end", "integer", required=True),
]


def columns(fields: list[dict]) -> list[str]:
    return [f["name"] for f in fields]

TIMELINE = [
    _field("fact_id", required=True, description="stable id of the consolidated fact"),
    _field("source_table", enum=list(TABLES), required=True),
    _field("council"),
    _field("kind", required=True, description="event, judgement, measure, change or sum name"),
    _field("scope", description="for ratings: overall or the part judged; for figures: what they cover"),
    _field("label", required=True, description="a short human description"),
    *_bounds("value"),
    _field("unit"),
    _field("judgement"),
    _field("date_start", "date"),
    _field("date_end", "date"),
    _field("date_precision", enum=PRECISIONS, required=True, description="the tightest interval consistent with all mentions"),
    _field("n_mentions", "integer", required=True),
    _field("article_ids", required=True, description="';'-separated articles that state the fact"),
    _field("mention_ids", required=True, description="';'-separated mention_ids of the rows merged into the fact"),
    _field("conflict", "boolean", required=True, description="true where mentions disagree"),
    _field("note", description="what disagrees"),
]

OFFICIAL_UNITS = ["share", "count", "fte", "per_10000"]
VERDICTS = ["consistent", "different_definition", "contradicts", "no_official_figure"]

OFFICIAL = [
    _field("council", required=True, description="the area: the council (as the corpus names it), its region or England"),
    _field("level", enum=["council", "region", "England"], required=True),
    _field("measure", required=True, description="contract measure name, e.g. vacancy_rate, children_in_care"),
    _field("value", "number", description="shares as 0-1 fractions; blank when suppressed"),
    _field("unit", enum=OFFICIAL_UNITS, required=True),
    _field("date_start", "date", required=True, description="start of the reference interval"),
    _field("date_end", "date", required=True, description="the reference date"),
    _field("published", description="the cell as published (a number, or a suppression code)"),
    _field("note", description="the suppression code when the value is blank (z, x, c, u, low)"),
    _field("source", required=True, description="file and row number (header = row 1)"),
    _field("publisher", required=True),
    _field("licence", required=True),
    _field("url", description="where the file was published"),
]

CLAIMS_CHECK = [
    _field("mention_id", required=True, description="the article figure's row in its fact table"),
    _field("source_table", enum=["vacancies", "measures"], required=True),
    _field("article_id", required=True),
    _field("council"),
    _field("measure", required=True),
    _field("scope"),
    _field("qualifier", enum=QUALIFIERS, required=True),
    _field("unit", enum=["share", "count"], required=True),
    _field("claim_value", "number", description="the number stated"),
    _field("claim_lower", "number", description="lowest value the claim allows (blank: open)"),
    _field("claim_upper", "number", description="highest value the claim allows (blank: open)"),
    _field("claim_date_start", "date"),
    _field("claim_date_end", "date"),
    _field("official_area", description="the area of the official figure compared"),
    _field("official_value", "number"),
    _field("official_date", "date", description="the official figure's reference date"),
    _field("official_source", description="file and row of the official figure"),
    _field("gap_days", "integer", description="official date minus the claim's dates, in days (negative: earlier)"),
    _field("difference", "number", description="claim (value, or middle of its bounds) minus official value"),
    _field("verdict", enum=VERDICTS, required=True),
    _field("explanation", required=True, description="one sentence built from the data"),
]

# --- outputs of the reviews (contract §4) and of the comparison with the previous run (§2) ---

REVIEW_ACTIONS = ["confirm", "correct", "reject", "add"]
# reviews.csv (in raw_dir, written by people): `start` is add's optional offset of the quote.
REVIEW_COLUMNS = ["action", "mention_id", "table", "field", "value", "article_id", "quote", "fields", "start",
                  "reviewer", "reviewed_at", "note"]
_SPECIFIC = {f["name"]: f for fields in _FACT_FIELDS.values() for f in fields if f not in COMMON}
# A rejected row keeps its table's columns; the union of every table's columns, enums dropped (they differ by table).
REJECTED = ([_field("table", enum=list(TABLES), required=True, description="the fact table the row was rejected from")]
            + IDENTITY[:1] + COMMON
            + [{"name": n, "type": f["type"]} for n, f in _SPECIFIC.items()] + IDENTITY[1:])
# The orphaned decisions exactly as written (text, even where malformed), and why they could not be applied.
REVIEW_ORPHANS = ([_field(n) for n in REVIEW_COLUMNS]
                  + [_field("reason", required=True, description="why the decision could not be applied, and what to do")])
CHANGES = [
    _field("change", enum=["added", "removed", "changed"], required=True),
    _field("table", enum=[*TABLES, "timeline"], required=True),
    _field("mention_id", description="the fact-table row that changed (blank for timeline rows)"),
    _field("fact_id", description="the timeline fact that changed (blank for fact-table rows)"),
    _field("field", description="the column that changed; quote (fact tables) or label (timeline) for added and removed rows"),
    _field("old", description="the previous run's value"),
    _field("new", description="this run's value"),
    _field("article_id", description="the article(s) of the row, ';'-separated for timeline facts"),
]
RUN_TABLES: dict[str, list[dict]] = {"rejected": REJECTED, "review_orphans": REVIEW_ORPHANS, "changes": CHANGES}

