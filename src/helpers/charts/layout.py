"""Direct labels that never touch another text or mark, and the check that proves it.

Both read matplotlib's own extents after drawing (`get_window_extent`). Marks are the
artists whose gid starts with one of `MARK_PREFIXES`: a point's marker, a fact's date
bar, a line joining judgements.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.transforms import Bbox

MARK_PREFIXES = ("fact-", "span-", "link-")
PAD_PX = 1.5
# (dx, dy) in points, horizontal and vertical alignment: right, left, above, below, then further out
CANDIDATES = [((7, 0), "left", "center"), ((-7, 0), "right", "center"), ((0, 6), "center", "bottom"),
              ((0, -6), "center", "top"), ((5, 5), "left", "bottom"), ((-5, 5), "right", "bottom"),
              ((5, -5), "left", "top"), ((-5, -5), "right", "top"), ((0, 18), "center", "bottom"),
              ((0, -18), "center", "top"), ((7, 14), "left", "bottom"), ((-7, 14), "right", "bottom"),
              ((7, -14), "left", "top"), ((-7, -14), "right", "top"), ((14, -10), "left", "top"),
              ((-14, -10), "right", "top"), ((14, 10), "left", "bottom"), ((-14, 10), "right", "bottom")]


@dataclass
class Label:
    x: float
    y: float
    text: str
    style: dict


def _renderer(fig):
    return fig.canvas.get_renderer()


def _tick_labels(fig) -> tuple[set[int], set[int]]:
    """ids of every tick label, and of those drawn (ticks inside the view limits)."""
    every, drawn = set(), set()
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            every |= {id(t.label1) for t in axis.majorTicks + axis.minorTicks}
            drawn |= {id(t.label1) for t in axis._update_ticks()}
    return every, drawn


def _texts(fig) -> list[tuple[Text, Bbox]]:
    """Every drawn, non-empty text of the figure and its extent in pixels."""
    renderer = _renderer(fig)
    every, drawn = _tick_labels(fig)
    out = []
    for t in fig.findobj(Text):
        if t.get_visible() and t.get_text().strip() and (id(t) not in every or id(t) in drawn):
            box = t.get_window_extent(renderer)
            if box.width > 0 and box.height > 0:
                out.append((t, box))
    return out


def _marks(fig) -> list[tuple[str, Bbox]]:
    """(gid, box) of every mark: one box per marker and per line segment."""
    out = []
    for line in fig.findobj(Line2D):
        gid = line.get_gid() or ""
        if not gid.startswith(MARK_PREFIXES) or not line.get_visible():
            continue
        points = line.get_transform().transform(np.column_stack(line.get_data()))
        scale = fig.dpi / 72
        if line.get_marker() not in (None, "None", "", " "):
            r = line.get_markersize() * scale / 2
            out += [(gid, Bbox.from_extents(px - r, py - r, px + r, py + r)) for px, py in points]
        if line.get_linestyle() not in ("None", "", " "):
            w = max(line.get_linewidth() * scale / 2, 0.5)
            for (x0, y0), (x1, y1) in zip(points[:-1], points[1:]):
                out.append((gid, Bbox.from_extents(min(x0, x1) - w, min(y0, y1) - w, max(x0, x1) + w, max(y0, y1) + w)))
    return out


def _hit(a: Bbox, b: Bbox) -> bool:
    return a.x0 + PAD_PX < b.x1 and b.x0 + PAD_PX < a.x1 and a.y0 + PAD_PX < b.y1 and b.y0 + PAD_PX < a.y1


def overlaps(fig) -> list[str]:
    """What touches what: text on text, text on a mark, text outside the figure ([] when the figure is clean)."""
    fig.canvas.draw()
    texts, marks = _texts(fig), _marks(fig)
    page = fig.bbox
    found = [f"{a.get_text()!r} overlaps {b.get_text()!r}" for i, (a, ba) in enumerate(texts)
             for b, bb in texts[i + 1:] if _hit(ba, bb)]
    found += [f"{t.get_text()!r} overlaps mark {gid}" for t, bt in texts for gid, bm in marks if _hit(bt, bm)]
    found += [f"{t.get_text()!r} runs off the figure" for t, bt in texts
              if bt.x0 < page.x0 - 1 or bt.x1 > page.x1 + 1 or bt.y0 < page.y0 - 1 or bt.y1 > page.y1 + 1]
    return found


def freeze(fig) -> None:
    """Lay the figure out once (constrained layout), then keep the axes where they are."""
    fig.canvas.draw()
    fig.set_layout_engine("none")


def place(ax, labels: list[Label], wrap: int) -> list[Label]:
    """Put each label at the first candidate spot clear of every text and mark and inside the axes;
    returns the labels that found no spot (they are left out; the point keeps its tooltip)."""
    fig = ax.figure
    freeze(fig)
    taken = [b for _, b in _texts(fig)] + [b for _, b in _marks(fig)]
    inside = ax.get_window_extent(_renderer(fig))
    left_out = []
    for label in labels:
        text = "\n".join(textwrap.wrap(label.text, wrap)) or label.text
        box = _first_fit(ax, label, text, taken, inside)
        if box is None:
            left_out.append(label)
        else:
            taken.append(box)
    return left_out


def _first_fit(ax, label: Label, text: str, taken: list[Bbox], inside: Bbox) -> Bbox | None:
    renderer = _renderer(ax.figure)
    for (dx, dy), ha, va in CANDIDATES:
        t = ax.annotate(text, (label.x, label.y), xytext=(dx, dy), textcoords="offset points", ha=ha, va=va,
                        annotation_clip=False, **label.style)
        box = t.get_window_extent(renderer)
        if inside.containsx(box.x0) and inside.containsx(box.x1) and inside.containsy(box.y0) \
                and inside.containsy(box.y1) and not any(_hit(box, b) for b in taken):
            return box
        t.remove()
    return None
