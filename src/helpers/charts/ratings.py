"""The ratings path: overall judgements given, on the grade scale, with the inspection events below."""
from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.figure import Figure

from .. import wording
from .data import EVENT_KINDS, SCALE
from .layout import Label, place
from .style import ACCENT, GREY, INK, LIGHT, Frame, new_figure, point, set_title, span_line, time_axis, x

MARKERS = {"inspection": "v", "monitoring_visit": "o", "monitoring_report": "s", "inspection_expected": "x",
           "commissioner_report": "^", "directive": "P", "judgement": "D"}


def _link(ax, rows: pd.DataFrame, gid: str, **style) -> None:
    """A step line from each judgement to the next, ending at the last one: no line without evidence."""
    if len(rows) > 1:
        ax.plot([x(v) for v in rows["x_mid"]], list(rows["y"]), drawstyle="steps-post", gid=gid, zorder=3, **style)


def _lanes(events: pd.DataFrame) -> dict[str, float]:
    kinds = [k for k in EVENT_KINDS if k in set(events["kind"])]
    return {k: -i for i, k in enumerate(kinds)}


def _ticks(ax, ticks: dict[float, str], width: int) -> None:
    ax.set_yticks(list(ticks), ["\n".join(textwrap.wrap(t, width)) for t in ticks.values()])


def draw(data: pd.DataFrame, view, frame: Frame) -> Figure | None:
    """None when nothing is dated; else the figure, every drawn fact one mark."""
    drawn = data[data["drawn"]]
    if drawn.empty:
        return None
    path, parts, events, others = (drawn[drawn["layer"] == k].assign(y=lambda d: d["level"])
                                   for k in ("path", "part", "event", "other council"))
    lanes = _lanes(events)
    grades_in, lanes_in = 2.6, 0.4 * len(lanes)
    fig, axes = new_figure(frame, grades_in + lanes_in + 0.5, rows=1 + bool(lanes), ratios=[grades_in] + [lanes_in] * bool(lanes))
    ax, lane_ax = axes[0], axes[-1]
    labels = []
    for council, rows in others.groupby("council", sort=True):
        _link(ax, rows, f"link-{council}", color=LIGHT, lw=1.2, ls="--")
        for r in rows.itertuples():
            point(ax, x(r.x_mid), r.y, r.fact_id, filled=False, color=GREY, size=6)
        last = rows.iloc[-1]
        labels.append(Label(x(last["x_mid"]), last["y"], council, {"color": GREY}))
    for r in path.itertuples():
        span_line(ax, x(r.x_start), x(r.x_end), r.y, f"span-{r.fact_id}")
    _link(ax, path, f"link-{view.council}", color=ACCENT, lw=2.2)
    for r in path.itertuples():
        point(ax, x(r.x_mid), r.y, r.fact_id, color=ACCENT, size=8)
        labels.append(Label(x(r.x_mid), r.y, wording.month_when(r._asdict()), {"color": INK, "fontweight": "bold"}))
    for r in parts.itertuples():
        point(ax, x(r.x_mid), r.y - 0.18, r.fact_id, "D", filled=False, color=INK, size=6)
        labels.append(Label(x(r.x_mid), r.y - 0.18, f"{r.scope}: {r.judgement}", {"color": GREY}))
    for r in events.itertuples():
        span_line(lane_ax, x(r.x_start), x(r.x_end), lanes[r.kind], f"span-{r.fact_id}")
        point(lane_ax, x(r.x_mid), lanes[r.kind], r.fact_id, MARKERS.get(r.kind, "o"), size=6)
    width = 12 if frame.suffix else 22
    _ticks(ax, {i + 1: g for i, g in enumerate(SCALE)}, width)
    ax.set_ylim(0.6, 4.45)
    set_title(ax, "Overall judgement", frame)
    if lanes:
        _ticks(lane_ax, {y: wording.LANES.get(k, wording.words(k)) for k, y in lanes.items()}, width)
        lane_ax.set_ylim(min(lanes.values()) - 0.6, 0.6)
        lane_ax.grid(axis="y", visible=False)
        set_title(lane_ax, "Inspections and other events", frame)
        ax.tick_params(labelbottom=False)
    for a in axes:
        time_axis(a, view.start, view.end, frame)
    place(ax, labels, frame.wrap)
    return fig
