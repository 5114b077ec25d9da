"""``dateline serve --db URL``: the web UI and HTTP API over an event database."""

from __future__ import annotations

import os
import secrets

import typer

from dateline.cli import app


@app.command()
def serve(
    db: str = typer.Option("dateline.db", "--db", help="Database URL or SQLite file."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    public: bool = typer.Option(False, "--public", help="Let any client read without the token."),
) -> None:
    """Serve the web pages and the JSON API (reads open on localhost; writes need DATELINE_TOKEN)."""
    import uvicorn

    from dateline.web import create_app
    from dateline.web.security import is_loopback

    token = os.environ.get("DATELINE_TOKEN")
    generated = not token
    if generated:
        token = secrets.token_urlsafe(18)
    web = create_app(db, token=token, public_reads=public)
    shown = "localhost" if is_loopback(host) or host == "localhost" else host
    typer.echo(f"dateline: serving {web.state.settings.store.where} at http://{shown}:{port}/")
    if generated:
        typer.echo(f"dateline: try-it / POST /extract token for this run: {token} (set DATELINE_TOKEN to choose)")
    uvicorn.run(web, host=host, port=port, log_level="warning")
