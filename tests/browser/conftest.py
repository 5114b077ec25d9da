"""A live server over a demo database and a headless Debian Chromium driven by Playwright.

CI installs ``chromium`` from Debian's packages; Playwright's own browser download is never used.
Without /usr/bin/chromium these tests skip with that reason.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/web_demo.py


def pytest_collection_modifyitems(items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} not installed (apt-get install chromium)")
    for item in items:
        if "tests/browser" in str(item.fspath).replace("\\", "/"):
            item.add_marker(skip)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    from web_demo import build_demo_db

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'demo.db'}"
    build_demo_db(url)
    return url


@pytest.fixture(scope="session")
def server(demo_db):
    import uvicorn
    from web_demo import TOKEN

    from dateline.web import create_app

    port = free_port()
    config = uvicorn.Config(create_app(demo_db, token=TOKEN), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page plus everything the browser complained about while it was open."""

    def __init__(self, page):
        self.page = page
        self.problems: list[str] = []
        page.on("console", lambda msg: msg.type in ("error", "warning") and self.problems.append(
            f"console {msg.type}: {msg.text}"))
        page.on("pageerror", lambda exc: self.problems.append(f"page error: {exc}"))
        page.on("dialog", lambda dialog: (self.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))

    def shot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def watched(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = Watched(context.new_page())
    yield page
    context.close()
