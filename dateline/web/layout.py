"""Place the actor network on a plane: a few hundred steps of a deterministic force layout.

Runs on the server (at most a few dozen nodes), so the page is a static SVG and the same
database always draws the same picture.
"""

from __future__ import annotations

import math

SIZE = 640
MARGIN = 60


def force_layout(keys: list[str], edges: list[tuple[str, str, float]], steps: int = 200) -> dict[str, tuple]:
    """Fruchterman–Reingold from a circle start; returns key → (x, y) inside a SIZE×SIZE square."""
    n = len(keys)
    if n == 0:
        return {}
    centre = SIZE / 2
    radius = centre - MARGIN
    pos = {k: [centre + radius * math.cos(2 * math.pi * i / n), centre + radius * math.sin(2 * math.pi * i / n)]
           for i, k in enumerate(keys)}
    if n == 1:
        return {keys[0]: (centre, centre)}
    ideal = 1.4 * math.sqrt((SIZE - 2 * MARGIN) ** 2 / n)
    temperature = SIZE / 10
    for _ in range(steps):
        shift = {k: [0.0, 0.0] for k in keys}
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                dist = max(math.hypot(dx, dy), 0.01)
                push = ideal * ideal / dist
                shift[a][0] += dx / dist * push
                shift[a][1] += dy / dist * push
                shift[b][0] -= dx / dist * push
                shift[b][1] -= dy / dist * push
        for a, b, w in edges:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = max(math.hypot(dx, dy), 0.01)
            pull = dist * dist / ideal * min(1.0 + math.log1p(w), 3.0)
            shift[a][0] -= dx / dist * pull
            shift[a][1] -= dy / dist * pull
            shift[b][0] += dx / dist * pull
            shift[b][1] += dy / dist * pull
        for k in keys:
            dx, dy = shift[k]
            length = max(math.hypot(dx, dy), 0.01)
            step = min(length, temperature)
            pos[k][0] = min(SIZE - MARGIN, max(MARGIN, pos[k][0] + dx / length * step))
            pos[k][1] = min(SIZE - MARGIN, max(MARGIN, pos[k][1] + dy / length * step))
        temperature = max(temperature * 0.97, 1.0)
    return {k: (round(x, 1), round(y, 1)) for k, (x, y) in pos.items()}
