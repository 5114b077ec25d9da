"""Every page in a real Chromium: renders, no console errors, hostile content inert, screenshots saved."""

from __future__ import annotations

import pytest
from web_demo import TEXTAREA, TOKEN, hostile_article

PAGES = {
    "overview": "/", "articles": "/articles", "article-demo": "/article/demo-dyad-18",
    "article-hostile": "/article/hostile-1", "actors": "/actors", "actor": "/actor/RUSGOV",
    "dyad": "/dyad/RUS/PRK", "network": "/network", "events": "/events", "events-grouped": "/events?grouped=true",
    "quotes": "/quotes", "try": "/try", "api-docs": "/docs",
}


def pwned(page) -> object:
    return page.evaluate("() => window.__pwned === undefined ? null : window.__pwned")


@pytest.mark.parametrize("name", PAGES)
def test_page_loads_clean(server, watched, name):
    response = watched.page.goto(server + PAGES[name])
    assert response.status == 200
    watched.page.wait_for_load_state("load")
    watched.shot(name)
    assert watched.problems == []
    assert pwned(watched.page) is None


def test_seed_article_highlights_render_and_explain(server, watched, demo_db, seed_article):
    from dateline.store import open_store

    with open_store(demo_db) as store:
        store.save(seed_article)
    seed = seed_article
    watched.page.goto(f"{server}/article/{seed.id}")
    keys = watched.page.evaluate("""() => Array.from(document.querySelectorAll('.hl'))
        .flatMap(n => JSON.parse(n.dataset.refs))""")
    expected = ({f"mention:{m.id}" for m in seed.mentions if m.provenance.end > m.provenance.start}
                | {f"event:{e.id}" for e in seed.events}
                | {f"quote:{q.id}" for q in seed.quotes if q.content_end > q.content_start})
    assert expected <= set(keys)
    if expected:
        first = watched.page.locator(".hl").first
        assert first.is_visible()
        first.click()
        assert watched.page.locator("#detail .card").count() >= 1
    watched.shot("article-seed")
    assert watched.problems == []


def test_clicking_an_event_shows_its_why(server, watched):
    watched.page.goto(f"{server}/article/demo-dyad-18")
    watched.page.locator(".hl.k-event", has_text="threatened").click()
    detail = watched.page.locator("#detail")
    assert "Why: pattern" in detail.inner_text() and "threaten sanctions" in detail.inner_text()
    assert watched.page.locator(".rec.active").count() == 1
    watched.page.goto(f"{server}/article/demo-dyad-18#rec-q1")
    assert "We will strengthen our ties" in watched.page.locator("#detail").inner_text()
    assert "KCNA" in watched.page.locator("#detail").inner_text()
    watched.shot("article-detail")
    assert watched.problems == []


def test_dyad_chart_renders(server, watched):
    watched.page.goto(f"{server}/dyad/RUS/PRK")
    bars = watched.page.locator("svg.chart rect.bar")
    assert bars.count() >= 6
    box = bars.first.bounding_box()
    assert box and box["height"] > 10 and box["width"] > 5
    assert watched.page.locator("svg.chart polyline.goldstein").count() == 1
    assert watched.problems == []


def test_hostile_article_executes_nothing(server, watched):
    page = watched.page
    page.goto(f"{server}/article/hostile-1")
    for highlight in page.locator(".hl").all():
        highlight.hover()
        highlight.click()
    page.locator("#detail details summary").first.click()
    page.locator("details.removed summary").click()
    assert "<script>" in page.locator("#article-text").inner_text()  # shown as text
    assert page.locator("#article-text script, #detail script, #article-text img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    watched.shot("article-hostile-clicked")
    assert pwned(page) is None
    assert watched.problems == []


def test_try_it_with_hostile_paste(server, watched):
    page = watched.page
    page.goto(f"{server}/try")
    page.fill("textarea[name=text]", hostile_article().text)
    page.fill("input[name=token]", TOKEN)
    page.click("button[type=submit]")
    page.wait_for_selector("#article-text")
    assert TEXTAREA in page.locator("#article-text").inner_text()
    watched.shot("try-result")
    assert pwned(page) is None
    page.goto(f"{server}/try")
    page.fill("textarea[name=text]", TEXTAREA)
    page.fill("input[name=url]", "https://")
    page.fill("input[name=token]", TOKEN)
    page.evaluate("() => document.querySelector('input[name=url]').setAttribute('type', 'text')")
    page.click("button[type=submit]")
    page.wait_for_selector("#try-error")
    assert page.input_value("textarea[name=text]") == TEXTAREA  # refilled as text, not markup
    assert pwned(page) is None
    assert [p for p in watched.problems if "status of 422" not in p] == []
