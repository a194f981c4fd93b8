"""People and milestones: one row per dated change or milestone, one per person in post; the row's words above it."""
from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.figure import Figure

from .. import wording
from .layout import freeze
from .style import INK, MIN_FONT, Frame, new_figure, point, span_line, time_axis, x

MARKERS = {"appointed": "^", "interim_appointed": ">", "departed": "v", "hired": "P", "in_post": "s",
           "team_created": "D", "posts_created": "D", "headcount_change": "d", "leadership_change": "o"}
LANE_TITLES = {"people": "Changes", "in post": "In post", "milestone": "Milestones"}
ROW_IN = 2.3 * MIN_FONT * 1.3 / 72


def rows_of(drawn: pd.DataFrame, council: str) -> list[tuple[str, str, pd.DataFrame]]:
    """(lane, words, facts) per row, lane headers as rows without facts."""
    out, lane = [], None
    for key, facts in drawn.groupby("row_key", sort=False):
        first = facts.iloc[0]
        if first["lane"] != lane:
            lane = first["lane"]
            out.append((lane, LANE_TITLES[lane], facts.iloc[:0]))
        text = (f"{key} ({first['role']})" if first["lane"] == "in post" and first["person"] and first["role"]
                else key if first["lane"] == "in post" else wording.plain(first, council))
        out.append((lane, text, facts))
    return out


def draw(data: pd.DataFrame, view, frame: Frame) -> Figure | None:
    drawn = data[data["drawn"]]
    if drawn.empty:
        return None
    rows = rows_of(drawn, view.council)
    fig, (ax,) = new_figure(frame, 0.75 + ROW_IN * len(rows))
    for i, (_, text, facts) in enumerate(rows):
        y = -i
        header = facts.empty
        ax.text(0.0, y + (-0.25 if header else 0.17), textwrap.shorten(text, frame.wrap * 2, placeholder="…"),
                transform=ax.get_yaxis_transform(), va="bottom", ha="left", color=INK,
                fontweight="bold" if header else "normal", clip_on=False)
        for r in facts.itertuples():
            span_line(ax, x(r.x_start), x(r.x_end), y - 0.12, f"span-{r.fact_id}")
            marker = "*" if r.lane == "milestone" else MARKERS.get(r.kind, "o")
            point(ax, x(r.x_mid), y - 0.12, r.fact_id, marker, filled=r.kind != "interim_appointed",
                  size=9 if marker == "*" else 6)
    ax.set_yticks([])
    ax.grid(axis="y", visible=False)
    ax.set_ylim(-len(rows) + 0.45, 0.75)
    time_axis(ax, view.start, view.end, frame)
    freeze(fig)
    return fig
