"""Official series beside the articles' claims, in the house style of `charts`.

Lines: the council's official figures, its region's (dashed) and England's (dotted);
points: the articles' figures at their dates, with the range they allow as error bars
and the outlet as label. `*_data` returns what is drawn; `*_chart` draws it.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from . import charts
from .charts.style import ACCENT, DESKTOP, FRAMES, GREY, INK, LIGHT, PHONE, RC, Frame, new_figure, set_title
from .official import claim_text, label

WORKFORCE = ["vacancy_rate", "agency_share", "caseload_per_worker"]
CHILDREN = ["children_in_care"]
COMPARABLE = {"vacancy_rate", "agency_share", "turnover_rate", "absence_rate", "caseload_per_worker", "children_in_care_rate"}
LINES = {"council": {"color": INK, "ls": "-", "marker": "o"}, "region": {"color": GREY, "ls": "--", "marker": "s"},
         "England": {"color": LIGHT, "ls": ":", "marker": "^"}}


def lines_data(official: pd.DataFrame, measures: list[str]) -> pd.DataFrame:
    """official.csv rows of the measures with a value: level, council (area), measure, date_end, y (% for shares).
    Region and England only for rates and averages: their counts are on another scale from a council's."""
    rows = official[official["measure"].isin(measures) & official["value"].notna()]
    rows = rows[rows["measure"].isin(COMPARABLE) | (rows["level"] == "council")].copy()
    rows["y"] = rows["value"] * rows["unit"].map({"share": 100}).fillna(1)
    return rows.sort_values(["measure", "level", "date_end"], kind="stable").reset_index(drop=True)


def claims_data(claims: pd.DataFrame, articles: pd.DataFrame, council: str, measures: list[str]) -> pd.DataFrame:
    """The council's article figures of the measures, one row per mention: x (middle of its dates), y, y_low,
    y_high (the range it allows; an open side is drawn to the value), outlet, verdicts."""
    own = claims[(claims["council"] == council) & claims["measure"].isin(measures) & claims["claim_date_end"].ne("")]
    rows = []
    for mention_id, group in own.groupby("mention_id", sort=False):
        c = group.iloc[0]
        scale = 100 if c["unit"] == "share" else 1
        value = c["claim_value"] if pd.notna(c["claim_value"]) else pd.Series([c["claim_lower"], c["claim_upper"]]).mean()
        low, high = (c["claim_lower"] if pd.notna(c["claim_lower"]) else value,
                     c["claim_upper"] if pd.notna(c["claim_upper"]) else value)
        start, end = date.fromisoformat(c["claim_date_start"] or c["claim_date_end"]), date.fromisoformat(c["claim_date_end"])
        outlet = articles.loc[articles["article_id"] == c["article_id"], "outlet"]
        rows.append({"mention_id": mention_id, "measure": c["measure"], "x": start + (end - start) / 2,
                     "y": value * scale, "y_low": low * scale, "y_high": high * scale, "scope": c["scope"],
                     "outlet": outlet.iloc[0] if len(outlet) else c["article_id"],
                     "text": claim_text({"unit": c["unit"], "qualifier": c["qualifier"], "value": c["claim_value"],
                                         "lower": c["claim_lower"], "upper": c["claim_upper"]}),
                     "verdicts": ", ".join(dict.fromkeys(v.replace("_", " ") for v in group["verdict"]))})
    return pd.DataFrame(rows, columns=["mention_id", "measure", "x", "y", "y_low", "y_high", "scope", "outlet", "text",
                                       "verdicts"])


def _draw_panel(ax, lines: pd.DataFrame, points: pd.DataFrame, measure: str, frame: Frame) -> None:
    for level, style in LINES.items():
        for area, rows in lines[(lines["measure"] == measure) & (lines["level"] == level)].groupby("council"):
            xs = [mdates.date2num(date.fromisoformat(d)) for d in rows["date_end"]]
            ax.plot(xs, rows["y"], lw=1.6 if level == "council" else 1.2, ms=4, label=f"{area} (official)", **style)
    for p in points[points["measure"] == measure].itertuples():
        x = mdates.date2num(p.x)
        ax.errorbar([x], [p.y], yerr=[[p.y - p.y_low], [p.y_high - p.y]], fmt="D", color=ACCENT, mfc="white", ms=6,
                    capsize=3, lw=1, zorder=5, gid=f"claim-{p.mention_id}")
    set_title(ax, label(measure).capitalize(), frame)
    ax.set_ylabel("%" if measure in ("vacancy_rate", "agency_share", "turnover_rate") else "number")
    ax.set_ylim(bottom=0)
    ax.xaxis.set_major_locator(mdates.YearLocator(1 if frame is DESKTOP else 2))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.tick_params(labelbottom=True)


def official_chart(lines: pd.DataFrame, points: pd.DataFrame, measures: list[str]) -> dict[Frame, Figure]:
    """Desktop and phone drawings, one panel per measure: official lines for the council, its region and England;
    the articles' figures as diamonds with the range each allows (their outlets are in the alt text and the report)."""
    figs = {}
    with mpl.rc_context(RC):
        for frame in FRAMES:
            fig, axes = new_figure(frame, 1.2 + 2.2 * len(measures), rows=len(measures))
            for ax, measure in zip(axes, measures):
                _draw_panel(ax, lines, points, measure, frame)
            handles, names = axes[0].get_legend_handles_labels()
            if len(points):
                handles += [Line2D([], [], marker="D", color=ACCENT, mfc="white", ls="")]
                names += ["the articles' figures"]
            fig.legend(handles, names, loc="outside lower center", ncols=1 if frame is PHONE else 2)
            figs[frame] = fig
    return figs


def publish(own: pd.DataFrame, claims: pd.DataFrame, articles: pd.DataFrame, council: str, folder: Path, name: str,
            measures: list[str], what: str) -> dict:
    """Draw the official series of `measures` with the council's claims and save them (both frames) as `name`."""
    lines, points = lines_data(own, measures), claims_data(claims, articles, council, measures)
    figs = official_chart(lines, points, measures)
    entry = {"title": title(lines, council, measures[0]), "alt": alt_text(lines, points, council, measures),
             "sentence": f"{what} at {council}{', its region and England' if set(lines['level']) - {'council'} else ''} "
                         "in the official statistics (lines), with the articles' figures (diamonds, with the range each "
                         "allows).", "facts": [], "listed": []}
    return charts.save(figs, folder, name, entry, {})


def title(lines: pd.DataFrame, council: str, measure: str) -> str:
    own = lines[(lines["level"] == "council") & (lines["measure"] == measure)]
    if own.empty:
        return f"The official statistics give no {label(measure)} for {council}"
    top = own.loc[own["y"].idxmax()]
    shown = f"{top['y']:,.1f}%" if top["unit"] == "share" else f"{top['y']:,.{0 if top['y'] == int(top['y']) else 1}f}"
    return f"{council}'s official {label(measure)} peaked at {shown} in {top['date_end'][:4]}"


def alt_text(lines: pd.DataFrame, points: pd.DataFrame, council: str, measures: list[str]) -> str:
    parts = []
    for measure in measures:
        for (_, area), rows in lines[lines["measure"] == measure].groupby(["level", "council"], sort=False):
            values = ", ".join(f"{y:,.1f} in {d[:4]}" for y, d in zip(rows["y"], rows["date_end"]))
            parts.append(f"{label(measure)}, {area}: {values}")
        claims = points[points["measure"] == measure]
        parts += [f"{label(measure)} in {p.outlet} ({p.x:%B %Y}): {p.y_low:,.1f} to {p.y_high:,.1f}, {p.verdicts}"
                  for p in claims.itertuples()]
    return f"Line charts of official figures for {council}, its region and England, with the articles' claims. " \
           + ("; ".join(parts) or "No figures.") + "."
