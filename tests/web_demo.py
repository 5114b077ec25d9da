"""Demo databases for the web tests: hand-built articles whose records are known (a dyad with
dated events, and a hostile page full of markup).  The seed page, run through the real pipeline,
is added by the tests that need it (``seed_article`` fixture).

The hand-built articles exercise rendering whatever the pipeline stages currently produce; the
hostile one carries every trick the security tests look for.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from dateline.model import (
    Actor,
    Article,
    Credit,
    Event,
    Mention,
    Modality,
    Provenance,
    Quote,
    RemovedBlock,
    Role,
    TimeRef,
    Why,
)

#: bearer token the test servers are started with
TOKEN = "s3cret-token"
SCRIPT = "<script>window.__pwned = 1</script>"
ONERROR = '<img src=x onerror="window.__pwned = 2">'
TEXTAREA = "</textarea><script>window.__pwned = 3</script>"
JS_URL = "javascript:window.__pwned = 4"
ATTR = "\" onmouseover=\"window.__pwned = 5"


def span(text: str, needle: str, article_id: str, after: int = 0) -> Provenance:
    start = text.index(needle, after)
    return Provenance(article_id=article_id, start=start, end=start + len(needle), text=needle, rule="test")


def finish(article: Article) -> Article:
    article.content_hash = hashlib.sha256(article.text.encode()).hexdigest()
    return article


def dyad_article(day: int) -> Article:
    """Russia and North Korea meet, agree and one threatens; events dated on June ``day``."""
    aid = f"demo-dyad-{day}"
    text = (f"Putin met Kim in Pyongyang on June {day}. Russia signed an agreement with North Korea.\n\n"
            f"\"We will strengthen our ties,\" Kim said, according to KCNA.\n\n"
            f"Russia threatened sanctions against North Korea if talks fail.")
    when = TimeRef(text=f"June {day}", start=dt.date(2024, 6, day), precision="day", resolved=True)
    putin = Actor(id="a1", name="Vladimir Putin", kind="person", country="RUS", code="RUSGOV",
                  roles=[Role(title="President", country="RUS", start=dt.date(2012, 5, 7))],
                  aliases=["Putin"], mentions=["m1"])
    kim = Actor(id="a2", name="Kim Jong Un", kind="person", country="PRK", code="PRKGOV",
                aliases=["Kim"], mentions=["m2", "m5"])
    russia = Actor(id="a3", name="Russia", kind="country", country="RUS", code="RUS", mentions=["m3", "m6"])
    prk = Actor(id="a4", name="North Korea", kind="country", country="PRK", code="PRK", mentions=["m4", "m7"])
    mentions = [
        Mention(id="m1", actor_id="a1", text="Putin", provenance=span(text, "Putin", aid)),
        Mention(id="m2", actor_id="a2", text="Kim", provenance=span(text, "Kim", aid)),
        Mention(id="m3", actor_id="a3", text="Russia", kind="country", provenance=span(text, "Russia", aid)),
        Mention(id="m4", actor_id="a4", text="North Korea", kind="country", provenance=span(text, "North Korea", aid)),
        Mention(id="m5", actor_id="a2", text="Kim", provenance=span(text, "Kim", aid, text.index("\""))),
        Mention(id="m6", actor_id="a3", text="Russia", kind="country",
                provenance=span(text, "Russia", aid, text.index("threatened") - 10)),
        Mention(id="m7", actor_id="a4", text="North Korea", kind="country",
                provenance=span(text, "North Korea", aid, text.index("threatened"))),
    ]
    first = text.index(".") + 1
    events = [
        Event(id="e1", source="a1", target="a2", code="040", root="04", description="Consult", goldstein=1.0,
              quad_class=1, plover_type="CONSULT", date=when,
              why=Why(pattern="met", trigger="met", source_path="nsubj", target_path="dobj"),
              provenance=span(text, f"Putin met Kim in Pyongyang on June {day}.", aid)),
        Event(id="e2", source="a3", target="a4", code="057", root="05", description="Sign formal agreement",
              goldstein=8.0, quad_class=1, plover_type="AGREE", date=when,
              why=Why(pattern="signed agreement with", trigger="signed"),
              provenance=span(text, "Russia signed an agreement with North Korea.", aid, first)),
        Event(id="e3", source="a3", target="a4", code="163", root="16", description="Impose embargo",
              goldstein=-8.0, quad_class=3, plover_type="THREATEN", date=when,
              modality=Modality(hypothetical=True), why=Why(pattern="threaten sanctions", trigger="threatened"),
              provenance=span(text, "Russia threatened sanctions against North Korea if talks fail.", aid)),
    ]
    content = "We will strengthen our ties,"
    q_start = text.index(content)
    cue_start = text.index("said")
    quotes = [Quote(id="q1", content=content, content_start=q_start, content_end=q_start + len(content),
                    speaker="a2", speaker_text="Kim", cue="say", cue_start=cue_start, cue_end=cue_start + 4,
                    relay=["KCNA"], provenance=span(text, content, aid))]
    credits = [Credit(agency="KCNA", name="KCNA", alias="KCNA", kind="relay")]
    removed = [RemovedBlock(text="Share on Facebook", reason="navigation", line=1)]
    return finish(Article(id=aid, title=f"Putin and Kim meet, June {day}", published=dt.date(2024, 6, day),
                          source="Demo Wire", url=f"https://example.org/news/{day}", text=text,
                          actors=[putin, kim, russia, prk], mentions=mentions, events=events, quotes=quotes,
                          credits=credits, removed=removed))


def hostile_article() -> Article:
    """Every field a page shows carries markup or script that must come out as inert text."""
    aid = "hostile-1"
    text = (f"Evil {SCRIPT} met Victim {ONERROR} today.\n\n"
            f"\"{TEXTAREA} is the plan,\" Evil said.\n\n"
            f"Read more at {JS_URL} {ATTR}")
    evil = Actor(id="x1", name=f"Evil {SCRIPT}", kind="person", code="XSS", aliases=[ONERROR])
    victim = Actor(id="x2", name=f"Victim {ONERROR}", kind="person", code="VIC")
    mentions = [Mention(id="xm1", actor_id="x1", text="Evil", provenance=span(text, f"Evil {SCRIPT}", aid)),
                Mention(id="xm2", actor_id="x2", text="Victim", provenance=span(text, f"Victim {ONERROR}", aid))]
    events = [Event(id="xe1", source="x1", target="x2", code="040", root="04", description=f"Consult {SCRIPT}",
                    goldstein=1.0, quad_class=1, date=TimeRef(start=dt.date(2024, 6, 20), precision="day"),
                    why=Why(pattern=ONERROR, trigger="met", notes=[TEXTAREA]), provenance=span(text, "met", aid))]
    content = f"{TEXTAREA} is the plan,"
    start = text.index(content)
    quotes = [Quote(id="xq1", content=content, content_start=start, content_end=start + len(content), speaker="x1",
                    speaker_text="Evil", relay=["EVIL"], provenance=span(text, content, aid))]
    return finish(Article(
        id=aid, title=f"Hostile {SCRIPT}", url=JS_URL, byline=ONERROR, source=ATTR, published=dt.date(2024, 6, 20),
        text=text, actors=[evil, victim], mentions=mentions, events=events, quotes=quotes,
        credits=[Credit(agency="EVIL", name=f"Evil Agency {SCRIPT}", alias=ATTR, kind="relay")],
        removed=[RemovedBlock(text=f"{TEXTAREA}{ONERROR}", reason=f"navigation {SCRIPT}")],
        warnings=[SCRIPT]))


def build_demo_db(url: str) -> list[Article]:
    """Fill the database at ``url`` with the hand-built articles; returns them."""
    from dateline.store import open_store

    stored = [dyad_article(day) for day in (18, 19, 20)] + [hostile_article()]
    with open_store(url) as store:
        for article in stored:
            store.save(article)
    return stored
