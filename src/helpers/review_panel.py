"""A review panel for JupyterLab: filter the mentions, read each in its article, confirm, reject or correct it.

The buttons record decisions through `helpers.review.Desk.record`, the code behind
`python -m helpers.review`, so the panel and the command line write the same rows of
`reviews.csv` after the same checks. Decisions change the tables on the next run.
"""
from __future__ import annotations

import html
from datetime import date
from pathlib import Path

import ipywidgets as w
import pandas as pd

from .errors import InputError
from .explore import as_date, highlight, in_period
from .review import FIELDS, FIXED, Desk, describe, short
from .schema import TABLES

STATES = [("any state", ""), ("pending (nobody decided)", "pending"), ("confirmed", "confirmed"),
          ("corrected", "corrected"), ("added", "added"), ("rejected", "rejected")]
SHOWN_LIMIT = 500  # options in the list; narrow the filters to see the others


class ReviewPanel:
    """Filters, a list of matching mentions, the selected one in context, and the decision buttons."""

    def __init__(self, raw_dir: Path, processed_dir: Path, reviewer: str = ""):
        self.desk, self.reviewer = Desk(raw_dir, processed_dir), reviewer
        self.states = self.desk.states()
        wide = w.Layout(width="98%")
        self.council = w.Dropdown(options=[("all councils", "")] + [(c, c) for c in sorted(set(self.states["council"]) - {""})],
                                  description="Council")
        self.table = w.Dropdown(options=[("all tables", "")] + [(t, t) for t in TABLES], description="Table")
        self.start = w.Text(placeholder="YYYY, YYYY-MM or YYYY-MM-DD", description="From")
        self.end = w.Text(placeholder="YYYY, YYYY-MM or YYYY-MM-DD", description="To")
        self.state = w.Dropdown(options=STATES, description="Review")
        self.text = w.Text(placeholder="words in the quote", description="Text")
        self.found = w.HTML()
        self.results = w.Select(options=[], rows=12, layout=wide)
        self.context = w.HTML(layout=wide)
        self.field = w.Dropdown(options=[], description="Field")
        self.value = w.Text(description="New value", placeholder="the right value")
        self.note = w.Text(description="Note", placeholder="why (optional)", layout=w.Layout(width="60%"))
        self.confirm_button = w.Button(description="Confirm", button_style="success", icon="check",
                                       tooltip="the row is right as extracted")
        self.reject_button = w.Button(description="Reject", button_style="danger", icon="times",
                                      tooltip="the row is wrong: it leaves the tables on the next run")
        self.correct_button = w.Button(description="Correct", button_style="warning", icon="pencil",
                                       tooltip="set Field to New value; the quote stays")
        self.status = w.HTML()
        for control in (self.council, self.table, self.start, self.end, self.state, self.text):
            control.observe(lambda _: self.refresh(), names="value")
        self.results.observe(lambda _: self.show(), names="value")
        self.field.observe(lambda _: self._fill_value(), names="value")
        self.confirm_button.on_click(lambda _: self.decide("confirm"))
        self.reject_button.on_click(lambda _: self.decide("reject"))
        self.correct_button.on_click(lambda _: self.decide("correct", field=self.field.value, value=self.value.value))
        self.widget = w.VBox([
            w.HBox([self.council, self.table, self.state]), w.HBox([self.start, self.end, self.text]),
            self.found, self.results, self.context,
            w.HBox([self.confirm_button, self.reject_button]), w.HBox([self.field, self.value, self.correct_button]),
            self.note, self.status,
        ])
        self.refresh()

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)

    def matches(self) -> pd.DataFrame:
        """The mentions the filters let through, by table, article and position; InputError for a bad date."""
        df = self.states
        if self.council.value:
            df = df[df["council"] == self.council.value]
        if self.table.value:
            df = df[df["table"] == self.table.value]
        start, end = as_date(self.start.value.strip()), as_date(self.end.value.strip(), end=True)
        if start or end:
            df = in_period(df, start or date.min, end or date.max)
        if self.state.value == "pending":
            df = df[~df["decided"]]
        elif self.state.value:
            df = df[df["state"] == self.state.value]
        if self.text.value.strip():
            df = df[df["quote"].str.contains(self.text.value.strip(), case=False, regex=False)]
        return df.sort_values(["table", "article_id", "char_start"], kind="stable")

    def refresh(self, keep: str = "") -> None:
        """List the matching mentions again, keeping the selection (or `keep`) when it still matches."""
        try:
            found = self.matches()
        except InputError as exc:
            self.status.value = f"<b style='color:#b00'>error:</b> {html.escape(str(exc))}"
            return
        selected = keep or self.results.value
        self.results.options = [(f"{r.state:<9} · {r.table} · {r.article_id} · {short(r.quote, 100)}", r.mention_id)
                                for r in found.head(SHOWN_LIMIT).itertuples()]
        more = f" (the first {SHOWN_LIMIT} shown: narrow the filters)" if len(found) > SHOWN_LIMIT else ""
        self.found.value = f"<b>{len(found)}</b> of {len(self.states)} mentions match{more}"
        ids = [ident for _, ident in self.results.options]
        self.results.value = selected if selected in ids else (ids[0] if ids else None)
        self.show()

    def selected(self) -> pd.Series | None:
        rows = self.states[self.states["mention_id"] == self.results.value]
        return rows.iloc[0] if len(rows) else None

    def show(self) -> None:
        """The selected mention's sentence highlighted in its article's reporting, and its fields."""
        row = self.selected()
        if row is None:
            self.context.value, self.field.options = "<p>No mention matches the filters.</p>", []
            return
        article = self.desk.articles[row["article_id"]]
        context = highlight(article.text, int(row["char_start"]), int(row["char_end"]), (article.body_start, article.body_end))
        fields = [f for f in FIELDS[row["table"]] if f not in FIXED]
        cells = "".join(f"<tr><th>{f}</th><td>{html.escape(str(row[f]))}</td></tr>" for f in fields)
        self.context.value = (
            f"<p><b>{html.escape(article.headline)}</b> — {html.escape(article.outlet)}; article {row['article_id']}, "
            f"characters {row['char_start']}–{row['char_end']}; mention <code>{row['mention_id']}</code>, "
            f"review: <b>{row['state']}</b></p><blockquote style='line-height:1.5;white-space:pre-wrap'>{context}</blockquote>"
            f"<table style='font-size:90%'>{cells}</table>")
        field = self.field.value
        self.field.options = fields
        self.field.value = field if field in fields else fields[0]
        self._fill_value()

    def _fill_value(self) -> None:
        row = self.selected()
        self.value.value = str(row[self.field.value]) if row is not None and self.field.value else ""

    def decide(self, action: str, **given: str) -> None:
        """Record a decision on the selected mention (the same checks as the command line) and say what happened."""
        mention = self.results.value
        if not mention:
            self.status.value = "Choose a mention in the list first."
            return
        try:
            decision, outcome = self.desk.record(action, self.reviewer, self.note.value, mention_id=mention, **given)
        except InputError as exc:
            self.status.value = f"<b style='color:#b00'>error:</b> {html.escape(str(exc))}"
            return
        self.status.value = (f"Recorded in reviews.csv: {html.escape(describe(decision, outcome))}. "
                             "The tables change on the next run (<code>python -m helpers.pipeline</code>).")
        self.note.value = ""
        self.states = self.desk.states()
        self.refresh(keep=mention)
