"""Page load times of the web UI on the demo database (issue 8 bar: every page < 1 s).

Serves the app with uvicorn on a free local port and times each page two ways, ``--repeat`` times:
the HTTP round trip (server render + transfer, httpx) and, when /usr/bin/chromium exists, the full
browser load (navigation start to the ``load`` event, Playwright).  Prints a Markdown table of
median and worst times.

    .venv/bin/python bench/web.py                 # builds the demo DB the way `make run` does
    .venv/bin/python bench/web.py --db dateline.db
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import uvicorn

from dateline.web import create_app

ROOT = Path(__file__).resolve().parents[1]
DEMO = [ROOT / "dateline/demo/voa_stories.jsonl", ROOT / "dateline/demo/unreserved-support.txt"]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def build_demo(path: Path) -> str:
    url = f"sqlite:///{path}"
    dateline = str(Path(sys.executable).with_name("dateline"))
    subprocess.run([dateline, "ingest", str(DEMO[0]), "--db", url], check=True)
    subprocess.run([dateline, "ingest", str(DEMO[1]), "--date", "2024-06-19", "--db", url], check=True)
    return url


def pages(base: str) -> dict[str, str]:
    """One URL per page kind, picked from the data: the busiest article, actor and dyad."""
    api = httpx.get(f"{base}/api/articles", params={"limit": 500}).json()
    busiest = max(api, key=lambda a: a["events"] + a["quotes"])
    network = httpx.get(f"{base}/api/network").json()
    actor = network["nodes"][0]["key"] if network["nodes"] else "RUS"
    dyad = (network["edges"][0]["a"], network["edges"][0]["b"]) if network["edges"] else ("RUS", "PRK")
    return {
        "overview": "/", "articles": "/articles", f"article ({busiest['events']} events)":
            f"/article/{quote(busiest['id'], safe='')}",
        "actors": "/actors", "actor": f"/actor/{quote(actor, safe='')}",
        "dyad": f"/dyad/{quote(dyad[0], safe='')}/{quote(dyad[1], safe='')}", "network": "/network",
        "events": "/events", "events grouped": "/events?grouped=true", "quotes": "/quotes",
        "try-it form": "/try", "API docs": "/docs", "API events": "/api/events",
    }


def browser_times(base: str, urls: dict[str, str], repeat: int) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    times: dict[str, list[float]] = {name: [] for name in urls}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        page = browser.new_page()
        for _ in range(repeat):
            for name, path in urls.items():
                page.goto(base + path, wait_until="load")
                took = page.evaluate("() => { const n = performance.getEntriesByType('navigation')[0];"
                                     " return n.loadEventEnd - n.startTime; }")
                times[name].append(took / 1000)
        browser.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="database URL or file; default: build the demo DB in a temp dir")
    parser.add_argument("--repeat", type=int, default=5)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = opts.db or build_demo(Path(tmp) / "demo.db")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        stats = httpx.get(f"{base}/api/stats").json()
        urls = pages(base)
        http: dict[str, list[float]] = {name: [] for name in urls}
        with httpx.Client(base_url=base) as client:
            for _ in range(opts.repeat):
                for name, path in urls.items():
                    start = time.perf_counter()
                    client.get(path).raise_for_status()
                    http[name].append(time.perf_counter() - start)
        browser = browser_times(base, urls, opts.repeat) if CHROMIUM.exists() else {}
        server.should_exit = True
    print(f"Demo DB: {stats['articles']} articles, {stats['events']} events, {stats['actors']} actors, "
          f"{stats['quotes']} quotes; {opts.repeat} loads per page.\n")
    print("| Page | HTTP median (s) | HTTP worst (s) | Chromium load median (s) | Chromium load worst (s) |")
    print("|---|---|---|---|---|")
    for name in urls:
        cells = [f"{statistics.median(http[name]):.3f}", f"{max(http[name]):.3f}"]
        cells += ([f"{statistics.median(browser[name]):.3f}", f"{max(browser[name]):.3f}"] if browser else ["–", "–"])
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
