"""The house style and the four charts: ratings path, workforce, money, people.

Each chart is two functions: `*_data` computes exactly what will be drawn as a
DataFrame (so tests compare it with the tables), `*_chart` draws it and returns the
figure with its alt text. Figures are `matplotlib.figure.Figure` objects rendered by
Agg, never pyplot, so no display is needed; `save` writes byte-identical PNG and SVG
for identical inputs. Greys only: series differ by marker, hatch and line style.
"""
from __future__ import annotations

import io
import json
import re
import textwrap
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from matplotlib.transforms import offset_copy

from .atomic import write_text_atomic
from .explore import count, describe_dates, in_period, money, percent, qualified, with_detail

INK, GREY, LIGHT, FAINT = "#1a1a1a", "#666666", "#b0b0b0", "#d6d6d6"
STYLE = {
    "font.family": "DejaVu Sans", "font.size": 9, "axes.edgecolor": GREY, "axes.labelcolor": INK,
    "axes.spines.top": False, "axes.spines.right": False, "xtick.color": GREY, "ytick.color": GREY,
    "axes.grid": True, "grid.color": FAINT, "grid.linestyle": ":", "grid.linewidth": 0.6,
    "svg.hashsalt": "helpers.charts", "svg.fonttype": "path", "path.simplify": False,
}
WIDTH_IN, DPI = 9.0, 150
MANIFEST = "figures.json"

GRADE_LEVEL = {"Inadequate": 1, "Requires improvement": 2, "Adequate": 2, "Satisfactory": 2, "Good": 3, "Outstanding": 4}
SCALE = ["Inadequate", "Requires improvement", "Good", "Outstanding"]
OLD_SCALE = {"Adequate", "Satisfactory"}
EVENT_MARKERS = {"inspection": "v", "monitoring_visit": "o", "monitoring_report": "s", "inspection_expected": "x",
                 "commissioner_report": "^", "directive": "P", "judgement": "D"}
LANE_LABELS = {"judgement": "judgement, no grade", "directive": "DfE directive", "commissioner_report": "commissioner's report"}
MEASURE_MARKERS = {"vacancy_rate": "o", "understrength_share": "s", "caseload_per_worker": "D", "posts_created": "^",
                   "staff_change_share": "v", "turnover_rate": "P", "agency_share": "X"}
CHANGE_MARKERS = {"appointed": "^", "interim_appointed": ">", "departed": "v", "hired": "P", "in_post": "s",
                  "team_created": "D", "posts_created": "D", "headcount_change": "d", "leadership_change": "o"}
OPEN_ABOVE, OPEN_BELOW = {"more_than", "at_least"}, {"nearly", "less_than", "up_to"}
MONEY_KINDS = ("extra_funding", "budget_uplift")
PEOPLE_LANES = ["people", "in post", "milestone"]
MILESTONE_RATINGS = ("directive", "commissioner_report")


@dataclass(frozen=True)
class View:
    """Whose story, over which period, told from which articles (articles.csv)."""

    council: str
    start: date
    end: date
    articles: pd.DataFrame

    @property
    def span(self) -> str:
        return f"{self.start:%B %Y} to {self.end:%B %Y}"


def words(code: str) -> str:
    return code.replace("_", " ")


# --- data ---------------------------------------------------------------------------------

def _facts(timeline: pd.DataFrame, mentions: pd.DataFrame, table: str, view: View, detail: list[str]) -> pd.DataFrame:
    """One table's facts dated within the view or not dated at all, with detail columns from their lead mention."""
    facts = timeline[timeline["source_table"] == table]
    facts = pd.concat([in_period(facts, view.start, view.end), facts[facts["date_precision"] == "unknown"]])
    return with_detail(facts.reset_index(drop=True), mentions, detail)


def _place(df: pd.DataFrame, view: View) -> pd.DataFrame:
    """drawn (False for undated facts) and x_start, x_end, x_mid: the interval clipped to the view
    (an open bound takes the view's edge); dated facts first, in date order."""
    lo, hi = view.start.isoformat(), view.end.isoformat()
    df = df.copy()
    df["drawn"] = df["date_precision"] != "unknown"
    df["x_start"] = [max(s or lo, lo) if d else "" for s, d in zip(df["date_start"], df["drawn"])]
    df["x_end"] = [min(e or hi, hi) if d else "" for e, d in zip(df["date_end"], df["drawn"])]
    df["x_mid"] = [_mid(s, e, p) if d else "" for s, e, p, d in zip(df["x_start"], df["x_end"], df["date_precision"], df["drawn"])]
    return df.sort_values(["drawn", "x_mid", "fact_id"], ascending=[False, True, True], kind="stable").reset_index(drop=True)


def _mid(start: str, end: str, precision: str = "range") -> str:
    """Where a fact's marker goes: the middle of its interval, or its one known bound."""
    if precision in ("before", "after"):
        return end if precision == "before" else start
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    return (s + (e - s) // 2).isoformat()


def _layer_of(row: pd.Series, council: str) -> str:
    graded = bool(row["judgement"]) and row["authority"] == "Ofsted"
    overall = row["scope"] in ("overall", "")
    if row["council"] != council:
        return "other council" if graded and overall else ""
    return "path" if graded and overall else "part" if graded else "event"


def ratings_path_data(timeline: pd.DataFrame, mentions: pd.DataFrame, view: View) -> pd.DataFrame:
    """Ratings facts to draw: the council's overall Ofsted grades ('path'), grades of parts
    ('part'), other ratings events ('event'), and other councils' overall grades ('other council')."""
    facts = _facts(timeline, mentions, "ratings", view, ["authority", "scope"])
    facts["layer"] = [_layer_of(r, view.council) for _, r in facts.iterrows()]
    facts["level"] = facts["judgement"].map(GRADE_LEVEL)
    return _place(facts[facts["layer"] != ""], view)


def _with_bounds(df: pd.DataFrame) -> pd.DataFrame:
    """y (the stated value, or the middle of a stated range), y_low and y_high of each figure."""
    low = df["lower"].fillna(df["value"])
    high = df["upper"].fillna(df["value"])
    return df.assign(y=df["value"].fillna((low + high) / 2), y_low=low, y_high=high)


def workforce_data(timeline: pd.DataFrame, mentions: pd.DataFrame, view: View) -> pd.DataFrame:
    """The council's workforce figures: value or range, qualifier, unit ('share' or 'count')."""
    facts = _facts(timeline, mentions, "vacancies", view, ["qualifier", "scope"])
    facts = facts[(facts["council"] == view.council) & facts[["value", "lower", "upper"]].notna().any(axis=1)]
    facts = _with_bounds(_place(facts, view))
    fmt = {"share": percent, "count": count}
    facts["text"] = [qualified(r.value, r.lower, r.upper, r.qualifier, fmt[r.unit]) for r in facts.itertuples()]
    return facts


def money_data(timeline: pd.DataFrame, mentions: pd.DataFrame, view: View) -> pd.DataFrame:
    """The council's extra funding and budget uplifts with an amount, one-off or recurring."""
    facts = _facts(timeline, mentions, "budgets", view, ["qualifier", "recurrence", "purpose"])
    facts = facts[(facts["council"] == view.council) & facts["kind"].isin(MONEY_KINDS)
                  & facts[["value", "lower", "upper"]].notna().any(axis=1)]
    facts = _with_bounds(_place(facts, view))
    per = {"per_year": " a year", "one_off": " one-off", "unknown": ""}
    facts["text"] = [qualified(r.value, r.lower, r.upper, r.qualifier, money) + per[r.recurrence] for r in facts.itertuples()]
    return facts


def people_data(timeline: pd.DataFrame, mentions: pd.DataFrame, view: View) -> pd.DataFrame:
    """The council's staff changes ('people'), who was in post ('in post', one row_key per person)
    and milestones ('milestone': events, DfE directives, commissioners' reports)."""
    staff = _facts(timeline, mentions, "staff_changes", view, ["person", "role"])
    staff["lane"] = ["in post" if k == "in_post" else "people" for k in staff["kind"]]
    ratings = _facts(timeline, mentions, "ratings", view, [])
    others = pd.concat([_facts(timeline, mentions, "events", view, []), ratings[ratings["kind"].isin(MILESTONE_RATINGS)]])
    facts = pd.concat([staff, others.assign(lane="milestone", person="", role="")], ignore_index=True)
    facts = _place(facts[facts["council"] == view.council], view)
    facts["row_key"] = [(r.person or r.role) if r.lane == "in post" else r.fact_id for r in facts.itertuples()]
    facts["text"] = [short_label(r.label, view.council) + f" ({describe_dates(r.date_start, r.date_end, r.date_precision)})"
                     for r in facts.itertuples()]
    first = facts.groupby("row_key")["x_start"].transform("min")
    order = facts.assign(lane_order=facts["lane"].map(PEOPLE_LANES.index), first=first)
    order = order.sort_values(["drawn", "lane_order", "first", "x_start", "fact_id"], ascending=[False] + [True] * 4,
                              kind="stable")
    return facts.loc[order.index].reset_index(drop=True)


def short_label(label: str, council: str) -> str:
    """The timeline label without the council's name and without a doubled word ('commissioner commissioner')."""
    return re.sub(r"\b(\w+) \1\b", r"\1", label.removeprefix(f"{council} ").strip()).rstrip(":")


def _undated_note(data: pd.DataFrame) -> str:
    n = int((~data["drawn"]).sum())
    return f" Not drawn: {n} fact{'s' * (n != 1)} the articles give without a date (listed in the report)." if n else ""


# --- house style --------------------------------------------------------------------------

def source_line(articles: pd.DataFrame, article_ids) -> str:
    """'Source: <outlets>' of the articles behind the plotted facts, in articles.csv order."""
    used = {a for ids in article_ids for a in str(ids).split(";") if a}
    rows = articles[articles["article_id"].isin(used)] if used else articles
    outlets = list(dict.fromkeys(o for o in rows["outlet"] if o)) or ["the articles in the corpus"]
    n = len(rows)
    return f"Source: {', '.join(outlets)} ({n} article{'s' if n != 1 else ''}); every figure is traced to its quote in the report."


def new_figure(height_in: float, rows: int = 1) -> tuple[Figure, list]:
    """A house-width figure with `rows` axes stacked, sharing the time axis."""
    fig = Figure(figsize=(WIDTH_IN, height_in), dpi=DPI)
    return fig, list(fig.subplots(rows, 1, sharex=True, squeeze=False)[:, 0])


def finish(fig: Figure, axes: list, title: str, subtitle: str, source: str, note: str = "",
           left_in: float = 1.6, right_in: float = 1.8) -> None:
    """House style: left-aligned finding as title, subtitle, 'Source:' line and note, fixed margins."""
    w, h = fig.get_size_inches()
    head, sub = textwrap.wrap(title, 80), textwrap.wrap(subtitle, 110)
    foot = textwrap.wrap(source, 120) + textwrap.wrap(note, 120)
    head_in = 0.12 + 0.24 * len(head)
    top_in, bottom_in = head_in + 0.1 + 0.17 * len(sub), 0.55 + 0.16 * len(foot)
    fig.text(0.12 / w, 1 - 0.12 / h, "\n".join(head), fontsize=13, fontweight="bold", color=INK, va="top", linespacing=1.2)
    fig.text(0.12 / w, 1 - (head_in + 0.06) / h, "\n".join(sub), fontsize=9.5, color=GREY, va="top", linespacing=1.3)
    fig.text(0.12 / w, 0.1 / h, "\n".join(foot), fontsize=7.5, color=GREY, va="bottom", linespacing=1.3)
    fig.subplots_adjust(left=left_in / w, right=1 - right_in / w, top=1 - (top_in + 0.15) / h,
                        bottom=(bottom_in + 0.3) / h, hspace=0.35)
    for ax in axes:
        ax.tick_params(length=3)


def _spread(xs: list[float], ys: list[float], gap: float, xgap: float) -> list[float]:
    """Label heights moved up just enough that labels near each other (in x) stay `gap` apart."""
    placed: list[tuple[float, float]] = []
    out = list(ys)
    for i in sorted(range(len(ys)), key=lambda i: (ys[i], xs[i])):
        y = ys[i]
        for px, py in sorted(placed, key=lambda p: p[1]):
            if abs(px - xs[i]) < xgap and abs(py - y) < gap:
                y = py + gap
        placed.append((xs[i], y))
        out[i] = y
    return out


def _time_axis(ax, view: View) -> None:
    ax.set_xlim(mdates.date2num(view.start - timedelta(days=30)), mdates.date2num(view.end + timedelta(days=30)))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))
    ax.set_xlabel("Date (bars: when it could have happened, as precisely as the articles say)", color=GREY)


def _x(iso: str) -> float:
    return mdates.date2num(date.fromisoformat(iso))


def _interval(ax, row, y: float, color: str = LIGHT, width: float = 7) -> None:
    """A date interval as a horizontal bar (a tick when it is a single day); an open-ended one dotted."""
    style = {"lw": 2, "ls": ":"} if row.date_precision in ("before", "after") else {"lw": width, "solid_capstyle": "butt"}
    ax.plot([_x(row.x_start), _x(row.x_end) + 1], [y, y], color=color, zorder=2, **style)


def _empty(ax, what: str) -> None:
    ax.text(0.5, 0.5, f"No {what} in the tables for this council and period", transform=ax.transAxes,
            ha="center", va="center", color=GREY)


# --- ratings path -------------------------------------------------------------------------

def _steps(ax, rows: pd.DataFrame, view: View, **line) -> None:
    xs = [_x(x) for x in rows["x_mid"]] + [_x(view.end.isoformat())]
    ys = list(rows["y"]) + [rows["y"].iloc[-1]]
    ax.plot(xs, ys, drawstyle="steps-post", **line)


def _layer(data: pd.DataFrame, layer: str) -> pd.DataFrame:
    """The drawn (dated) rows of one layer of the ratings data."""
    return data[(data["layer"] == layer) & data["drawn"]]


def _lanes(data: pd.DataFrame) -> dict[str, float]:
    """y position of each event kind's lane, below the grade scale."""
    kinds = [k for k in EVENT_MARKERS if k in set(_layer(data, "event")["kind"])]
    return {k: 0.45 - 0.4 * i for i, k in enumerate(kinds)}


def _draw_others(ax, others: pd.DataFrame, view: View) -> list[tuple[float, str, dict]]:
    """Other councils' paths, faint and dashed; returns their end labels."""
    labels = []
    for i, (council, rows) in enumerate(others.groupby("council", sort=True)):
        rows = rows.assign(y=rows["level"] + 0.06 * (i + 1))
        _steps(ax, rows, view, color=LIGHT, lw=1.2, ls="--", zorder=1)
        ax.plot([_x(x) for x in rows["x_mid"]], rows["y"], "o", mfc="white", mec=LIGHT, ms=5, zorder=1)
        labels.append((rows["y"].iloc[-1], council, {"color": GREY, "fontsize": 8}))
    return labels


def _draw_path(ax, path: pd.DataFrame, view: View) -> list[tuple[float, str, dict]]:
    """The council's path: grade bars, step line, labelled points; returns its end label."""
    path = path.assign(y=path["level"])
    for row in path.itertuples():
        _interval(ax, row, row.y)
        old = " (older scale)" if row.judgement in OLD_SCALE else ""
        ax.annotate(f"{row.judgement}{old}\n{describe_dates(row.date_start, row.date_end, row.date_precision)}",
                    (_x(row.x_mid), row.y), xytext=(0, 9), textcoords="offset points", ha="center", fontsize=8, color=INK)
    _steps(ax, path, view, color=INK, lw=2, zorder=3)
    ax.plot([_x(x) for x in path["x_mid"]], path["y"], "o", color=INK, ms=6, zorder=4)
    return [(path["y"].iloc[-1], view.council, {"color": INK, "fontsize": 9, "fontweight": "bold"})]


def _end_labels(ax, labels: list[tuple[float, str, dict]], view: View) -> None:
    """Direct labels at the right end of each path, spread so they do not overlap."""
    end = _x(view.end.isoformat())
    ys = _spread([end] * len(labels), [y for y, _, _ in labels], gap=0.2, xgap=1)
    for (y, text, style), label_y in zip(labels, ys):
        ax.annotate(text, (end, y), (end, label_y), textcoords=offset_copy(ax.transData, fig=ax.figure, x=40, units="points"),
                    va="center", annotation_clip=False, arrowprops={"arrowstyle": "-", "color": FAINT, "lw": 0.6}, **style)


def _draw_parts(ax, parts: pd.DataFrame, view: View) -> None:
    """Grades of parts of the service: hollow diamonds just under the scale line, labelled by scope."""
    middle = _x(_mid(view.start.isoformat(), view.end.isoformat()))
    for row in parts.itertuples():
        x, right = _x(row.x_mid), _x(row.x_mid) > middle
        ax.plot(x, row.level - 0.12, "D", mfc="white", mec=GREY, ms=5, zorder=4)
        ax.annotate(f"{row.scope}: {row.judgement}", (x, row.level - 0.12), xytext=(-6 if right else 6, -3),
                    textcoords="offset points", ha="right" if right else "left", fontsize=7, color=GREY)


def _draw_events(ax, events: pd.DataFrame, lanes: dict[str, float]) -> None:
    for row in events.itertuples():
        y = lanes[row.kind]
        _interval(ax, row, y, width=5)
        ax.plot(_x(row.x_mid), y, EVENT_MARKERS[row.kind], mfc="white" if row.kind == "inspection_expected" else INK,
                mec=INK, ms=6, zorder=4)


def ratings_title(data: pd.DataFrame, council: str) -> str:
    """The finding: where the council's overall grade went."""
    path = _layer(data, "path")
    if path.empty:
        return f"The articles give no overall Ofsted grade for {council} in this period"
    last, worst, best = path.iloc[-1], path.loc[path["level"].idxmin()], path.loc[path["level"].idxmax()]
    if last["level"] > worst["level"]:
        return f"{council} rose from {worst['judgement']} ({_when(worst)}) to {last['judgement']} ({_when(last)})"
    if last["level"] < best["level"]:
        return f"{council} fell from {best['judgement']} ({_when(best)}) to {last['judgement']} ({_when(last)})"
    return f"Ofsted rated {council} {last['judgement']} ({_when(last)})"


def _when(row: pd.Series) -> str:
    return describe_dates(row["date_start"], row["date_end"], row["date_precision"])


def ratings_alt(data: pd.DataFrame, view: View) -> str:
    grades = "; ".join(f"{r.judgement} {_when(r)}" for _, r in _layer(data, "path").iterrows())
    marked = "; ".join(f"{words(r.kind)} {_when(r)}" for _, r in _layer(data, "event").iterrows())
    others = "; ".join(f"{r.council} {r.judgement} {_when(r)}" for _, r in _layer(data, "other council").iterrows())
    undated = "; ".join(short_label(r.label, view.council) + (f" {r.judgement}" if r.judgement else "")
                        for r in data[~data["drawn"] & (data["council"] == view.council)].itertuples())
    return (f"Step chart of {view.council}'s overall Ofsted grade, {view.span}, on the scale Inadequate, Requires improvement, "
            f"Good, Outstanding. Grades: {grades or 'none'}. Also marked: {marked or 'nothing'}. "
            f"Other councils, drawn faintly: {others or 'none'}. Not drawn, without a date: {undated or 'nothing'}.")


def ratings_path_chart(data: pd.DataFrame, view: View) -> tuple[Figure, str]:
    """Step chart of the overall grade, date intervals as bars, events in lanes below."""
    lanes = _lanes(data)
    with mpl.rc_context(STYLE):
        fig, (ax,) = new_figure(4.6 + 0.3 * len(lanes))
        labels = _draw_others(ax, _layer(data, "other council"), view)
        if len(_layer(data, "path")):
            labels += _draw_path(ax, _layer(data, "path"), view)
        _end_labels(ax, labels, view)
        _draw_parts(ax, _layer(data, "part"), view)
        _draw_events(ax, _layer(data, "event"), lanes)
        ticks = {**{lvl + 1: g for lvl, g in enumerate(SCALE)}, **{y: LANE_LABELS.get(k, words(k)) for k, y in lanes.items()}}
        ax.set_yticks(list(ticks), list(ticks.values()))
        ax.set_ylim(min(lanes.values(), default=1) - 0.35, 4.5)
        if lanes:
            ax.axhline(0.72, color=GREY, lw=0.6)
        ax.set_ylabel("Ofsted grade (above the line); events (below)")
        _time_axis(ax, view)
        old = OLD_SCALE & set(data["judgement"])
        note = (f"{' and '.join(sorted(old))} (Ofsted's older scale) drawn at the Requires improvement level. " if old else "")
        note += "Steps at the middle of each judgement's date interval; grey bars: the interval. Dashed lines: other councils."
        note += _undated_note(data[data["council"] == view.council])
        finish(fig, [ax], ratings_title(data, view.council),
               f"Ofsted's overall judgement of {view.council}'s children's services, {view.span}, with inspections, "
               "monitoring visits, reports and directives marked below", source_line(view.articles, data["article_ids"]),
               note, left_in=1.9)
    return fig, ratings_alt(data, view)


# --- workforce ----------------------------------------------------------------------------

def _draw_figure(ax, row, scale: float, label_y: float, right: bool) -> None:
    """One figure: interval bar, marker, range or open-ended arrow, direct label."""
    y = row.y * scale
    _interval(ax, row, y, width=4)
    x = _x(row.x_mid)
    if row.y_low != row.y_high:
        ax.plot([x, x], [row.y_low * scale, row.y_high * scale], color=INK, lw=1.2, zorder=3)
    if row.qualifier in OPEN_ABOVE | OPEN_BELOW:
        tip = offset_copy(ax.transData, fig=ax.figure, y=16 if row.qualifier in OPEN_ABOVE else -16, units="points")
        ax.annotate("", (x, y), (x, y), xycoords=tip, textcoords="data", arrowprops={"arrowstyle": "->", "color": INK, "lw": 1})
    ax.plot(x, y, MEASURE_MARKERS.get(row.kind, "o"), color=INK, mfc="white" if pd.isna(row.value) else INK, ms=6, zorder=4)
    shifted = offset_copy(ax.transData, fig=ax.figure, x=-9 if right else 9, units="points")
    ax.annotate(f"{row.text} {words(row.kind)} ({row.scope or 'scope not stated'})", (x, y), (x, label_y),
                textcoords=shifted, fontsize=7.5, va="center",
                ha="right" if right else "left", color=INK, arrowprops={"arrowstyle": "-", "color": LIGHT, "lw": 0.6})


def _draw_panel(ax, rows: pd.DataFrame, view: View, scale: float) -> None:
    top = max(10, (rows["y_high"].max() if len(rows) else 0) * scale * 1.35)
    xs = [_x(x) for x in rows["x_mid"]]
    span = _x(view.end.isoformat()) - _x(view.start.isoformat())
    label_ys = _spread(xs, [y * scale for y in rows["y"]], gap=top * 0.09, xgap=span * 0.45)
    for row, x, label_y in zip(rows.itertuples(), xs, label_ys):
        _draw_figure(ax, row, scale, label_y, right=x > _x(view.start.isoformat()) + span * 0.6)
    ax.set_ylim(0, max([top] + [y * 1.1 for y in label_ys]))


def workforce_title(data: pd.DataFrame, council: str) -> str:
    shares = data[data["kind"].isin(["vacancy_rate", "understrength_share"])]
    if shares.empty:
        return f"{council}'s children's social care workforce in the articles' figures"
    top = shares.loc[shares["y"].idxmax()]
    return f"{council}: {words(top['kind'])} reached {top['text']} ({top['scope']}), {_when(top)}"


def workforce_alt(data: pd.DataFrame, view: View) -> str:
    items = "; ".join(f"{r.text} {words(r.kind)} ({r.scope}), {_when(r)}" for _, r in data.iterrows())
    return f"Two panels of {view.council}'s workforce figures over time, {view.span}: {items or 'no figures'}."


def workforce_chart(data: pd.DataFrame, view: View) -> tuple[Figure, str]:
    """Shares (vacancy, understrength, change) in the top panel, counts (caseloads, posts) below."""
    with mpl.rc_context(STYLE):
        fig, axes = new_figure(7.4, rows=2)
        for ax, unit, scale, label in ((axes[0], "share", 100, "Share (%)"), (axes[1], "count", 1, "Number")):
            rows = data[(data["unit"] == unit) & data["drawn"]]
            _draw_panel(ax, rows, view, scale)
            if rows.empty:
                _empty(ax, f"{unit} figures")
            ax.set_ylabel(label)
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
            _time_axis(ax, view)
        axes[0].set_xlabel("")
        axes[0].tick_params(labelbottom=True)
        finish(fig, axes, workforce_title(data, view.council),
               f"Vacancy rates, understaffing, staff changes, caseloads and posts created at {view.council}, {view.span}, "
               "as the articles state them", source_line(view.articles, data["article_ids"]),
               "Vertical lines: a stated range; arrows: 'more than' (up) or 'nearly' (down); hollow marker: only a range "
               "given. Horizontal bars: when the figure held." + _undated_note(data), left_in=1.0, right_in=0.5)
    return fig, workforce_alt(data, view)


# --- money --------------------------------------------------------------------------------

def _draw_money(ax, row, label_y: float) -> None:
    """Recurring money as a block over the years it runs, one-off as a hatched bar; label above."""
    x0, x1 = _x(row.x_start), _x(row.x_end) + 1
    if row.recurrence == "one_off":
        ax.bar((x0 + x1) / 2, row.y, width=max(x1 - x0, 25), color="white", edgecolor=INK, hatch="////", lw=1, zorder=3)
    else:
        recurring = row.recurrence == "per_year"
        ax.bar(x0, row.y, width=x1 - x0, align="edge", color=FAINT if recurring else "none", edgecolor=INK,
               ls="-" if recurring else "--", lw=1, zorder=2 if recurring else 3)
    if row.y_low != row.y_high:
        ax.plot([(x0 + x1) / 2] * 2, [row.y_low, row.y_high], color=INK, lw=1.2, zorder=4)
    ax.annotate(f"{row.text}: {row.purpose or words(row.kind)}", ((x0 + x1) / 2, row.y), ((x0 + x1) / 2, label_y),
                textcoords=offset_copy(ax.transData, fig=ax.figure, y=4, units="points"), ha="center", va="bottom",
                fontsize=7.5, color=INK, zorder=5, arrowprops={"arrowstyle": "-", "color": LIGHT, "lw": 0.6})


def money_title(data: pd.DataFrame, council: str) -> str:
    if data.empty:
        return f"The articles give no amounts of extra money for {council} in this period"
    ranked = data.assign(recurring=data["recurrence"] != "per_year").sort_values(["recurring", "y"], ascending=[True, False],
                                                                                 kind="stable")
    parts = [f"{r.text} from {r.date_start[:4]}" if r.recurrence == "per_year" and r.date_start else f"{r.text} ({_when(r)})"
             for _, r in ranked.iterrows()]
    return f"{council}'s extra money for children's services: " + ", ".join(parts[:2])


def money_alt(data: pd.DataFrame, view: View) -> str:
    items = "; ".join(f"{r.text} ({words(r.recurrence)}) for {r.purpose or words(r.kind)}, {_when(r)}" for _, r in data.iterrows())
    return f"Bar chart of extra funding and budget uplifts for {view.council} over time, {view.span}: {items or 'none'}."


def money_chart(data: pd.DataFrame, view: View) -> tuple[Figure, str]:
    """Recurring money as shaded blocks over the years it runs; one-off sums as hatched bars."""
    drawn = data[data["drawn"]]
    top = max(1_000_000, drawn["y_high"].max() if len(drawn) else 0) * 1.25
    label_ys = _spread([_x(x) for x in drawn["x_mid"]], list(drawn["y"]), gap=top * 0.1,
                       xgap=(_x(view.end.isoformat()) - _x(view.start.isoformat())) * 0.3)
    with mpl.rc_context(STYLE):
        fig, (ax,) = new_figure(4.8)
        for row, label_y in zip(drawn.itertuples(), label_ys):
            _draw_money(ax, row, label_y)
        if drawn.empty:
            _empty(ax, "dated amounts of extra money")
        ax.set_ylim(0, max([top] + [y + top * 0.12 for y in label_ys]))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"£{v:,.0f}"))
        ax.set_ylabel("Pounds (per year where recurring)")
        _time_axis(ax, view)
        finish(fig, [ax], money_title(data, view.council),
               f"Extra funding and budget uplifts for {view.council}'s children's services, {view.span}",
               source_line(view.articles, data["article_ids"]),
               "Shaded blocks: recurring, per year, over the period it runs; hatched bars: one-off; dashed outline: "
               "recurrence not stated. Salaries and allowances are not shown." + _undated_note(data), left_in=1.4, right_in=0.6)
    return fig, money_alt(data, view)


# --- people -------------------------------------------------------------------------------

def people_title(data: pd.DataFrame, council: str) -> str:
    """Counts of departures, appointments (interim among them) and milestones."""
    kinds = list(data["kind"])
    left, interim = kinds.count("departed"), kinds.count("interim_appointed")
    appointed = kinds.count("appointed") + interim
    milestones = int((data["lane"] == "milestone").sum())
    return (f"{council}: {left} departure{'s' * (left != 1)}, {appointed} appointment{'s' * (appointed != 1)} "
            f"({interim} interim) and {milestones} milestone{'s' * (milestones != 1)} in the articles")


def people_alt(data: pd.DataFrame, view: View) -> str:
    """The dated changes and milestones, the names of people in post, and how many facts are not drawn."""
    drawn = data[data["drawn"]]
    changes, in_post, milestones = (drawn[drawn["lane"] == lane] for lane in PEOPLE_LANES)
    return (f"Timeline of {view.council}'s staff changes and milestones, {view.span}. "
            f"Changes: {'; '.join(changes['text']) or 'none'}. "
            f"In post: {', '.join(dict.fromkeys(in_post['row_key'])) or 'nobody named'}. "
            f"Milestones: {'; '.join(milestones['text']) or 'none'}. Not drawn, without a date: {int((~data['drawn']).sum())}.")


def _label_row(ax, text: str, x_start: str, x_end: str, y: float, view: View) -> None:
    """A row's text beside its bar, on the side with more room; above the bar when neither has much."""
    left, right = _x(x_start) - _x(view.start.isoformat()), _x(view.end.isoformat()) - _x(x_end)
    span = _x(view.end.isoformat()) - _x(view.start.isoformat())
    style = {"textcoords": "offset points", "fontsize": 7.5, "va": "center"}
    if max(left, right) < 0.4 * span:
        ax.annotate(text, ((_x(x_start) + _x(x_end)) / 2, y), xytext=(0, 8), ha="center", **style)
    elif right >= left:
        ax.annotate(text, (_x(x_end), y), xytext=(6, 0), **style)
    else:
        ax.annotate(text, (_x(x_start), y), xytext=(-6, 0), ha="right", **style)


def _people_rows(drawn: pd.DataFrame) -> dict[tuple[str, str], float]:
    """y of each (lane, row_key): one row per change or milestone, one per person in post, a gap between lanes."""
    keys = list(dict.fromkeys(zip(drawn["lane"], drawn["row_key"])))
    ys, y, previous = {}, 0.0, None
    for lane, key in keys:
        y -= 1.8 if previous not in (None, lane) else 1
        ys[(lane, key)], previous = y, lane
    return ys


def _draw_people_row(ax, rows: pd.DataFrame, y: float, view: View) -> None:
    for row in rows.itertuples():
        _interval(ax, row, y, width=5)
        marker = "*" if row.lane == "milestone" else CHANGE_MARKERS.get(row.kind, "o")
        ax.plot(_x(row.x_mid), y, marker, color=INK, mfc="white" if row.kind == "interim_appointed" else INK,
                ms=8 if marker == "*" else 5 if row.lane == "in post" else 6, zorder=4)
    first = rows.iloc[0]
    text = first["row_key"] + " (in post)" if first["lane"] == "in post" else first["text"]
    _label_row(ax, text, rows["x_start"].min(), rows["x_end"].max(), y, view)


def people_chart(data: pd.DataFrame, view: View) -> tuple[Figure, str]:
    """Changes and milestones one row each, people in post one row each; dates as bars, kinds as markers."""
    drawn = data[data["drawn"]]
    ys = _people_rows(drawn)
    with mpl.rc_context(STYLE):
        fig, (ax,) = new_figure(2.8 + 0.27 * max(len(ys), 2))
        for (lane, key), y in ys.items():
            _draw_people_row(ax, drawn[(drawn["lane"] == lane) & (drawn["row_key"] == key)], y, view)
        if drawn.empty:
            _empty(ax, "dated staff changes or milestones")
        ax.set_yticks([])
        ax.set_ylim(min(ys.values(), default=0) - 0.8, 0.2)
        ax.grid(axis="y", visible=False)
        for lane, label in zip(PEOPLE_LANES, ("Changes", "In post", "Milestones")):
            first = next((y for (ln, _), y in ys.items() if ln == lane), None)
            if first is not None:
                ax.annotate(label, (0, first), xytext=(-8, 0), xycoords=("axes fraction", "data"),
                            textcoords="offset points", ha="right", va="center", fontweight="bold", fontsize=8.5)
        _time_axis(ax, view)
        finish(fig, [ax], people_title(data, view.council),
               f"Appointments, departures, interim posts, who was in post, and milestones (commissioner, special measures, "
               f"DfE directive, improvement board) at {view.council}, {view.span}",
               source_line(view.articles, data["article_ids"]),
               "▲ appointed, ▶ (hollow) interim, ▼ departed, ◆ posts or team created, ■ in post, ★ milestone; "
               "bars: when it could have happened." + _undated_note(data), left_in=1.1, right_in=0.3)
    return fig, people_alt(data, view)


# --- files --------------------------------------------------------------------------------

def render(fig: Figure, fmt: str, alt: str) -> bytes:
    """The figure as PNG or SVG bytes, free of dates and software versions, so identical inputs give identical bytes."""
    buffer = io.BytesIO()
    metadata = {"png": {"Software": None, "Description": alt}, "svg": {"Date": None, "Creator": None, "Description": alt}}[fmt]
    with mpl.rc_context(STYLE):
        fig.savefig(buffer, format=fmt, dpi=DPI, metadata=metadata)
    return buffer.getvalue()


def save(fig: Figure, folder: Path, name: str, alt: str) -> dict[str, Path]:
    """Write <name>.png and <name>.svg and record the alt text in figures.json; returns the paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {fmt: folder / f"{name}.{fmt}" for fmt in ("png", "svg")}
    paths["png"].write_bytes(render(fig, "png", alt))
    write_text_atomic(paths["svg"], render(fig, "svg", alt).decode("utf-8"))
    manifest = read_manifest(folder)
    manifest[name] = {"png": paths["png"].name, "svg": paths["svg"].name, "alt": alt}
    write_text_atomic(folder / MANIFEST, json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return paths


def read_manifest(folder: Path) -> dict[str, dict]:
    """figures.json: chart name -> its files and alt text ({} when there is none yet)."""
    path = Path(folder) / MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
