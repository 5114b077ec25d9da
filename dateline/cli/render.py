"""Readable Rich rendering of an Article: credits, actors, events and quotes as tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from dateline.model import Article


def print_article(article: Article, console: Console | None = None) -> None:
    console = console or Console()
    console.rule(f"[bold]{article.title or article.id}")
    wire = ", ".join(c.name for c in article.credits if c.kind == "wire") or "—"
    relays = ", ".join(sorted({c.name for c in article.credits if c.kind == "relay"})) or "—"
    console.print(f"date {article.published or '—'} · language {article.language} · status {article.status}"
                  f" · wire {wire} · relayed {relays} · {len(article.removed)} boilerplate blocks removed")

    actors = Table(title="Actors", show_lines=False)
    for col in ("name", "kind", "code", "role", "mentions"):
        actors.add_column(col)
    for a in article.actors:
        role = a.roles[0].title if a.roles else ""
        actors.add_row(a.name, a.kind, a.code or "", role, str(len(a.mentions)))
    console.print(actors)

    events = Table(title="Events")
    for col in ("source", "code", "target", "plover", "goldstein", "modality", "date", "evidence"):
        events.add_column(col, overflow="fold")
    for e in article.events:
        flags = [k for k in ("negated", "future", "hypothetical", "historical", "reported") if getattr(e.modality, k)]
        date = ""
        if e.date and e.date.start:
            date = str(e.date.start) + (f"…{e.date.end}" if e.date.end and e.date.end != e.date.start else "")
        events.add_row(_name(article, e.source), f"{e.code} {e.description}", _name(article, e.target),
                       e.plover_type or "", f"{e.goldstein:+.1f}" if e.goldstein is not None else "",
                       ",".join(flags), date, e.provenance.text[:80])
    console.print(events)

    quotes = Table(title="Quotes")
    for col in ("speaker", "kind", "cue", "relay", "content"):
        quotes.add_column(col, overflow="fold")
    for q in article.quotes:
        quotes.add_row(_name(article, q.speaker) or q.speaker_text, q.kind, q.cue, " ← ".join(q.relay),
                       q.content[:120])
    console.print(quotes)


def _name(article: Article, actor_id: str | None) -> str:
    actor = article.actor(actor_id)
    return actor.name if actor else ""
