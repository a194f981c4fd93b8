"""Workforce figures: one panel per measure, so rates, changes in headcount and counts never share an axis."""
from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from .. import wording
from .layout import Label, freeze, place
from .style import INK, Frame, axis_format, new_figure, point, set_title, span_line, time_axis, x


def panels(drawn: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """(measure, its rows) in the house order."""
    ordered = drawn.sort_values(["panel_order", "x_mid"], kind="stable")
    return [(kind, rows) for kind, rows in ordered.groupby("panel", sort=False)]


def _panel(ax, kind: str, rows: pd.DataFrame, frame: Frame) -> list[Label]:
    unit = rows["unit"].iloc[0]
    labels = []
    for r in rows.itertuples():
        span_line(ax, x(r.x_start), x(r.x_end), r.y, f"span-{r.fact_id}")
        if r.y_low != r.y_high:
            ax.plot([x(r.x_mid)] * 2, [r.y_low, r.y_high], color=INK, lw=1.2, zorder=4, gid=f"span-{r.fact_id}-range")
        point(ax, x(r.x_mid), r.y, r.fact_id, filled=not pd.isna(r.value))
        scope = f" ({r.scope})" if r.scope else ""
        labels.append(Label(x(r.x_mid), r.y, wording.number(r._asdict()) + scope, {"color": INK}))
    set_title(ax, wording.panel_title(kind, unit), frame)
    top = rows["y_high"].max()
    ceiling = 1.0 if unit == "share" and top <= 0.8 else top * 1.6
    ax.set_ylim(min(0, rows["y_low"].min()), max(top * 1.25, ceiling) if top > 0 else 1)
    axis_format(ax, unit)
    return labels


def draw(data: pd.DataFrame, view, frame: Frame) -> Figure | None:
    drawn = data[data["drawn"]]
    if drawn.empty:
        return None
    groups = panels(drawn)
    fig, axes = new_figure(frame, 0.9 + 1.45 * len(groups), rows=len(groups))
    labels = [_panel(ax, kind, rows, frame) for ax, (kind, rows) in zip(axes, groups)]
    for ax in axes:
        time_axis(ax, view.start, view.end, frame)
        ax.tick_params(labelbottom=ax is axes[-1])
    freeze(fig)
    for ax, panel_labels in zip(axes, labels):
        place(ax, panel_labels, frame.wrap)
    return fig
