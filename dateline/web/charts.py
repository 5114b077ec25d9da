"""Geometry of the small SVG charts, computed on the server so the pages need no chart library.

Functions return plain shapes (rectangles, polyline points, labels) in SVG user units; the
templates only place them.  Colours come from CSS classes (``q1``…``q4``), never inline styles,
so the strict Content-Security-Policy holds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

WIDTH, HEIGHT = 720, 220
LEFT, RIGHT, TOP, BOTTOM = 44, 44, 12, 28
MAX_BAR = 48


@dataclass
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    bars: list[dict] = field(default_factory=list)
    line: str = ""
    points: list[dict] = field(default_factory=list)
    x_labels: list[dict] = field(default_factory=list)
    y_labels: list[dict] = field(default_factory=list)
    y2_labels: list[dict] = field(default_factory=list)
    zero_y: float | None = None

    @property
    def empty(self) -> bool:
        return not self.bars


def _x_labels(periods: list, slot: float, every: int) -> list[dict]:
    return [{"x": LEFT + i * slot + slot / 2, "y": HEIGHT - 8, "text": str(p)}
            for i, p in enumerate(periods) if i % every == 0]


def stacked_quad_bars(series: list[dict]) -> Chart:
    """One stacked bar per period, segments by QuadClass (1 at the bottom)."""
    chart = Chart()
    if not series:
        return chart
    plot_h = HEIGHT - TOP - BOTTOM
    peak = max(s["count"] for s in series) or 1
    slot = (WIDTH - LEFT - RIGHT) / len(series)
    bar_w = min(max(1.0, slot * 0.8), MAX_BAR)
    for i, s in enumerate(series):
        y = HEIGHT - BOTTOM
        for quad in (1, 2, 3, 4):
            n = s["by_quad"].get(quad, 0)
            if not n:
                continue
            h = n / peak * plot_h
            y -= h
            chart.bars.append({"x": round(LEFT + i * slot + (slot - bar_w) / 2, 2), "y": round(y, 2),
                               "w": round(bar_w, 2), "h": round(h, 2), "cls": f"q{quad}",
                               "title": f"{s['period']}: {n} events, QuadClass {quad}"})
    chart.x_labels = _x_labels([s["period"] for s in series], slot, max(1, math.ceil(len(series) / 8)))
    chart.y_labels = [{"x": LEFT - 6, "y": round(HEIGHT - BOTTOM - tick / peak * plot_h + 4, 2), "text": str(tick)}
                      for tick in sorted({0, peak // 2, peak})]
    return chart


def goldstein_timeline(series: list[dict]) -> Chart:
    """Event counts as bars (left axis) and mean Goldstein as a line (right axis, −10…+10)."""
    chart = stacked_quad_bars(series)
    if not series:
        return chart
    plot_h = HEIGHT - TOP - BOTTOM
    slot = (WIDTH - LEFT - RIGHT) / len(series)

    def gy(value: float) -> float:
        return round(TOP + (10 - value) / 20 * plot_h, 2)

    for i, s in enumerate(series):
        if s["goldstein"] is not None:
            chart.points.append({"x": round(LEFT + i * slot + slot / 2, 2), "y": gy(s["goldstein"]),
                                 "title": f"{s['period']}: mean Goldstein {s['goldstein']}"})
    chart.line = " ".join(f"{p['x']},{p['y']}" for p in chart.points)
    chart.zero_y = gy(0)
    chart.y2_labels = [{"x": WIDTH - RIGHT + 6, "y": gy(v) + 4, "text": f"{v:+d}" if v else "0"}
                       for v in (10, 0, -10)]
    return chart
