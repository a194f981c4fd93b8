"""The four charts: ratings path, workforce, money, people.

Each chart is a data function (`data.py`: exactly the facts it draws) and a small module that
draws it (`ratings.py`, `workforce.py`, `money.py`, `people.py`) in the house style
(`style.py`), for desktop and phone. The words about it come from `helpers.wording`.
`publish` draws both frames, checks no text touches another text or mark, and saves.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import matplotlib as mpl
import pandas as pd

from .. import wording
from . import money, people, ratings, workforce
from .data import (GRADE_LEVEL, MILESTONE_RATINGS, OLD_SCALE, PEOPLE_LANES, SCALE, UNBOUNDED, View, given,
                   measures_data, money_data, people_data, ratings_data, workforce_data)
from .files import read_manifest, render, save
from .layout import overlaps
from .style import FRAMES, RC

__all__ = ["CHARTS", "Chart", "GRADE_LEVEL", "MILESTONE_RATINGS", "OLD_SCALE", "PEOPLE_LANES", "SCALE", "UNBOUNDED",
           "View", "draw", "given", "has_own", "measures_data", "money_data", "overlaps", "people_data", "publish", "ratings_data",
           "read_manifest", "render", "workforce_data"]


@dataclass(frozen=True)
class Chart:
    name: str
    what: str  # 'the ratings path', for sentences about the chart
    data: Callable
    draw: Callable
    title: Callable
    sentence: Callable

    def alt(self, data: pd.DataFrame, view: View) -> str:
        if self.name == "ratings_path":
            return wording.ratings_alt(data, view)
        return wording.fact_alt(data, view, self.what)


CHARTS = [
    Chart("ratings_path", "Ofsted judgements", ratings_data, ratings.draw, wording.ratings_title, wording.ratings_sentence),
    Chart("workforce", "workforce figures", workforce_data, workforce.draw, wording.workforce_title, wording.workforce_sentence),
    Chart("money", "sums of money", money_data, money.draw, wording.money_title, wording.money_sentence),
    Chart("people", "staff changes and milestones", people_data, people.draw, wording.people_title, wording.people_sentence),
]


def has_own(data: pd.DataFrame, view: View) -> bool:
    """Whether the council has a fact to draw: other councils alone make no chart."""
    return bool((data["drawn"] & (data["council"] == view.council)).any())


def draw(chart: Chart, data: pd.DataFrame, view: View) -> dict:
    """The chart in every frame ({} when the council has nothing dated)."""
    if not has_own(data, view):
        return {}
    with mpl.rc_context(RC):
        figs = {frame: chart.draw(data, view, frame) for frame in FRAMES}
    return {frame: fig for frame, fig in figs.items() if fig is not None}


def entry(chart: Chart, data: pd.DataFrame, view: View) -> dict:
    """What figures.json and the report say about a chart: title, sentence, alt text, facts drawn and listed."""
    drawn = data["drawn"]
    published = has_own(data, view)
    return {"title": chart.title(data, view.council) if published else "",
            "sentence": chart.sentence(data, view.council) if published else wording.empty_sentence(chart.what, view),
            "alt": chart.alt(data, view), "facts": sorted(data.loc[drawn, "fact_id"]) if published else [],
            "listed": list(data.loc[~drawn & (data["council"] == view.council), "fact_id"])}


def titles(data: pd.DataFrame) -> dict[str, str]:
    """fact_id -> tooltip: label, date, quote."""
    return {r["fact_id"]: f"{r['label']}, {wording.when(r)}: “{r['quote']}”" for _, r in data.iterrows()}


def publish(chart: Chart, timeline: pd.DataFrame, mentions: pd.DataFrame, view: View, folder: Path) -> dict:
    """Draw, check for overlaps, save; returns the figures.json record."""
    data = chart.data(timeline, mentions, view)
    figs = draw(chart, data, view)
    for frame, fig in figs.items():
        problems = overlaps(fig)
        assert not problems, f"{chart.name}{frame.suffix}: {problems}"
    return save(figs, folder, chart.name, entry(chart, data, view), titles(data))
