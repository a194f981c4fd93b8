"""Money: extra funding and budget increases on one axis, pay on another; recurrence by marker."""
from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from .. import wording
from .layout import Label, freeze, place
from .style import INK, Frame, axis_format, new_figure, point, set_title, span_line, time_axis, x

MARKERS = {"per_year": ("o", True, "recurs every year"), "one_off": ("o", False, "one-off"),
           "unknown": ("s", True, "recurrence not stated")}


def _title(panel: str, rows: pd.DataFrame) -> str:
    """The panel's title; pay "a year" only when every sum drawn is said to recur yearly (not an hourly rate)."""
    if panel == "funding":
        return "Extra funding and budget increases (£)"
    return "Pay (£ a year)" if (rows["recurrence"] == "per_year").all() else "Pay (£)"


def draw(data: pd.DataFrame, view, frame: Frame) -> Figure | None:
    drawn = data[data["drawn"]]
    if drawn.empty:
        return None
    groups = [(p, rows) for p, rows in drawn.sort_values("panel_order", kind="stable").groupby("panel", sort=False)]
    fig, axes = new_figure(frame, 1.3 + 1.7 * len(groups), rows=len(groups))
    labels = []
    for ax, (panel, rows) in zip(axes, groups):
        labels.append([])
        for r in rows.itertuples():
            marker, filled, _ = MARKERS.get(r.recurrence, MARKERS["unknown"])
            span_line(ax, x(r.x_start), x(r.x_end), r.y, f"span-{r.fact_id}")
            point(ax, x(r.x_mid), r.y, r.fact_id, marker, filled)
            what = r.purpose or wording.words(r.kind)
            labels[-1].append(Label(x(r.x_mid), r.y, f"{wording.number(r._asdict())}{wording.PER.get(r.recurrence, '')}: {what}",
                                    {"color": INK}))
        set_title(ax, _title(panel, rows), frame)
        ax.set_ylim(0, rows["y_high"].max() * 1.6)
        axis_format(ax, "gbp")
        time_axis(ax, view.start, view.end, frame)
        ax.tick_params(labelbottom=ax is axes[-1])
    used = [k for k in MARKERS if k in set(drawn["recurrence"])]
    handles = [Line2D([], [], marker=MARKERS[k][0], color=INK, mfc=INK if MARKERS[k][1] else "white", ls="", label=MARKERS[k][2])
               for k in used]
    fig.legend(handles=handles, loc="outside lower left", ncols=1 if frame.suffix else len(handles))
    freeze(fig)
    for ax, panel_labels in zip(axes, labels):
        place(ax, panel_labels, frame.wrap)
    return fig
