"""PNG and SVG files of each chart in both frames, SVG points with their source, and figures.json.

Identical inputs give identical bytes (no dates or versions in the files).
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path
from xml.sax.saxutils import escape

from matplotlib.figure import Figure

from ..atomic import write_text_atomic
from .style import RC, Frame

MANIFEST = "figures.json"
_GROUP = re.compile(r'<g id="fact-([^"]+)">')
_LINK = re.compile(r'(<a xlink:href="\.\./index\.html#[^"]+") target="_blank">')


def render(fig: Figure, fmt: str, alt: str) -> bytes:
    """The figure as PNG or SVG bytes, free of dates and software versions."""
    import matplotlib as mpl

    buffer = io.BytesIO()
    metadata = {"png": {"Software": None, "Description": alt}, "svg": {"Date": None, "Creator": None, "Description": alt}}[fmt]
    with mpl.rc_context(RC):
        fig.savefig(buffer, format=fmt, dpi=fig.dpi, metadata=metadata)
    return buffer.getvalue()


def with_titles(svg: str, titles: dict[str, str]) -> str:
    """Each fact's group gets a <title> (its label, date and quote: the browser's tooltip); its link opens the
    footnote in the page holding the figure."""
    svg = _GROUP.sub(lambda m: f'{m.group(0)}<title>{escape(titles.get(m.group(1), m.group(1)))}</title>', svg)
    return _LINK.sub(r'\1 target="_top">', svg)


def save(figs: dict[Frame, Figure], folder: Path, name: str, entry: dict, titles: dict[str, str]) -> dict:
    """Write <name><frame suffix>.png/.svg for each frame and record `entry` and the files in figures.json."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for frame, fig in figs.items():
        key = frame.suffix.strip("-") or "desktop"
        png, svg = folder / f"{name}{frame.suffix}.png", folder / f"{name}{frame.suffix}.svg"
        png.write_bytes(render(fig, "png", entry["alt"]))
        write_text_atomic(svg, with_titles(render(fig, "svg", entry["alt"]).decode("utf-8"), titles))
        files[key] = {"png": png.name, "svg": svg.name, "width_px": round(fig.get_figwidth() * fig.dpi),
                      "height_px": round(fig.get_figheight() * fig.dpi)}
    record = entry | {"files": files, "published": bool(files)}
    manifest = read_manifest(folder) | {name: record}
    write_text_atomic(folder / MANIFEST, json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return record


def read_manifest(folder: Path) -> dict[str, dict]:
    """figures.json: chart name -> title, sentence, alt text, fact ids drawn and listed, files ({} when none yet)."""
    path = Path(folder) / MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
