"""Cutting article text into highlight segments, and the SVG chart geometry."""

from __future__ import annotations

import datetime as dt

from dateline.web.charts import goldstein_timeline, stacked_quad_bars
from dateline.web.highlight import Span, segments
from dateline.web.layout import SIZE, force_layout


def test_segments_cover_the_text_exactly_and_handle_overlaps():
    text = "Kim said that Russia will win."
    spans = [Span(0, 3, "mention", "mention:m1"), Span(4, 8, "cue", "quote:q1"),
             Span(9, 29, "quote", "quote:q1"), Span(14, 20, "mention", "mention:m2"),
             Span(14, 25, "event", "event:e1")]
    parts = segments(text, spans)
    assert "".join(p.text for p in parts) == text
    for span in spans:
        covered = "".join(p.text for p in parts if span.ref in p.refs and p.start >= span.start
                          and p.start + len(p.text) <= span.end)
        assert covered == text[span.start:span.end], span
    russia = next(p for p in parts if p.text == "Russia")
    assert russia.kinds == ["event", "mention", "quote"]
    assert russia.refs == ["quote:q1", "mention:m2", "event:e1"]
    assert next(p for p in parts if p.text == " will").kinds == ["event", "quote"]
    assert parts[-1].text == "." and parts[-1].refs == []


def test_segments_without_spans_is_the_whole_text():
    assert [(p.text, p.refs) for p in segments("plain", [])] == [("plain", [])]


def test_stacked_bars_scale_to_the_busiest_period():
    series = [{"period": dt.date(2024, 6, d), "count": n, "by_quad": {1: n - 1, 2: 0, 3: 1, 4: 0},
               "goldstein": g} for d, n, g in ((1, 4, 2.0), (2, 2, -5.0))]
    chart = stacked_quad_bars(series)
    tallest = sum(b["h"] for b in chart.bars if b["x"] == chart.bars[0]["x"])
    assert round(tallest, 1) == 220 - 12 - 28
    assert {b["cls"] for b in chart.bars} == {"q1", "q3"}
    line = goldstein_timeline(series)
    assert len(line.points) == 2 and line.points[0]["y"] < line.zero_y < line.points[1]["y"]
    assert stacked_quad_bars([]).empty


def test_force_layout_keeps_nodes_apart_and_inside():
    keys = ["A", "B", "C", "D"]
    where = force_layout(keys, [("A", "B", 3), ("C", "D", 1)])
    assert where == force_layout(keys, [("A", "B", 3), ("C", "D", 1)])  # deterministic
    assert all(0 < x < SIZE and 0 < y < SIZE for x, y in where.values())
    assert len(set(where.values())) == 4
