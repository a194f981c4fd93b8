"""House style, in one place: colours, fonts, the two frames (desktop and phone), axes.

Greys only, with one accent for the council whose story is told. Every text is at
least `MIN_FONT` points: on the phone frame (3.6 in = 259 pt wide) shown 346 CSS px
wide or wider, that is at least 12 CSS px.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import date, timedelta

import matplotlib.dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

INK, GREY, LIGHT, FAINT, ACCENT = "#1a1a1a", "#595959", "#a6a6a6", "#dedede", "#b3261e"
MIN_FONT = 9.0
RC = {
    "font.family": "DejaVu Sans", "font.size": MIN_FONT, "axes.titlesize": MIN_FONT + 1, "axes.titleweight": "bold",
    "axes.titlelocation": "left", "axes.edgecolor": GREY, "axes.labelcolor": INK, "axes.labelsize": MIN_FONT,
    "axes.spines.top": False, "axes.spines.right": False, "xtick.color": GREY, "ytick.color": GREY,
    "xtick.labelsize": MIN_FONT, "ytick.labelsize": MIN_FONT, "legend.fontsize": MIN_FONT, "legend.frameon": False,
    "axes.grid": True, "grid.color": FAINT, "grid.linestyle": "-", "grid.linewidth": 0.5,
    "svg.hashsalt": "helpers.charts", "svg.fonttype": "path", "path.simplify": False,
}


@dataclass(frozen=True)
class Frame:
    """One drawing size: `suffix` names its files ('' desktop, '-phone' phone)."""

    suffix: str
    width_in: float
    dpi: int
    max_ticks: int
    wrap: int  # characters per line of a direct label
    title_wrap: int  # characters per line of a panel's title (y tick labels may leave the axes narrow)


DESKTOP = Frame("", 8.0, 150, 8, 34, 70)
PHONE = Frame("-phone", 3.6, 170, 4, 22, 28)
FRAMES = (DESKTOP, PHONE)


def new_figure(frame: Frame, height_in: float, rows: int = 1, ratios: list[float] | None = None) -> tuple[Figure, list]:
    """A figure of the frame's width with `rows` axes stacked on a shared time axis, laid out by constrained layout."""
    fig = Figure(figsize=(frame.width_in, height_in), dpi=frame.dpi, layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(rows, 1, sharex=True, squeeze=False, gridspec_kw={"height_ratios": ratios})[:, 0]
    for ax in axes:
        ax.tick_params(length=3)
    return fig, list(axes)


def set_title(ax, text: str, frame: Frame) -> None:
    """A panel's title, wrapped to the frame so that it stays on the figure."""
    ax.set_title("\n".join(textwrap.wrap(text, frame.title_wrap)))


def time_axis(ax, start: date, end: date, frame: Frame) -> None:
    """The period on x, a month's margin either side, concise year/month ticks."""
    ax.set_xlim(mdates.date2num(start - timedelta(days=30)), mdates.date2num(end + timedelta(days=30)))
    locator = mdates.AutoDateLocator(minticks=2, maxticks=frame.max_ticks)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))


def x(iso: str) -> float:
    """A date as matplotlib's x."""
    return mdates.date2num(date.fromisoformat(iso))


def pounds(value: float) -> str:
    """£12m, £1.5m, £185k, £900: money ticks and labels."""
    if abs(value) >= 1_000_000:
        return f"£{value / 1_000_000:,.3g}m"
    if abs(value) >= 1_000:
        return f"£{value / 1_000:,.3g}k"
    return f"£{value:,.0f}"


def axis_format(ax, unit: str) -> None:
    """y tick labels: '40%' for shares, '£12m' for money, '1,200' for counts."""
    formats = {"share": lambda v, _: f"{v * 100:,.0f}%", "gbp": lambda v, _: pounds(v), "count": lambda v, _: f"{v:,.0f}"}
    ax.yaxis.set_major_formatter(FuncFormatter(formats[unit]))
    ax.yaxis.get_major_locator().set_params(nbins=4)


def span_line(ax, x0: float, x1: float, y: float, gid: str, open_ended: bool = False) -> None:
    """When a fact held or could have happened: a light bar (dotted when one end is open)."""
    style = {"lw": 1.5, "ls": ":"} if open_ended else {"lw": 5, "solid_capstyle": "butt"}
    ax.plot([x0, x1 + 1], [y, y], color=FAINT if not open_ended else LIGHT, zorder=2, gid=gid, **style)


def point(ax, x_: float, y: float, fact_id: str, marker: str = "o", filled: bool = True, color: str = INK,
          size: float = 7) -> None:
    """One fact's mark: its own artist, gid `fact-<fact_id>`, linked to the fact's footnote in the report."""
    ax.plot([x_], [y], marker, color=color, mfc=color if filled else "white", mec=color, ms=size, mew=1.3, zorder=5,
            gid=f"fact-{fact_id}", url=f"../index.html#src-{fact_id}")
