"""Database URLs and engines: SQLite (WAL, waits for locks) by default, PostgreSQL by URL.

SQLite needs care to be safe under concurrent ingests: every write transaction starts with
``BEGIN IMMEDIATE`` (so two writers queue on the lock instead of failing on an upgrade), and every
connection waits up to ``LOCK_TIMEOUT`` seconds for a lock before giving up with a clear error.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError

from dateline.errors import StoreError

DEFAULT_URL = "sqlite:///dateline.db"
#: seconds a SQLite connection waits for another process's write lock
LOCK_TIMEOUT = 60.0


def normalise_url(url: str | None) -> URL:
    """Accept a SQLAlchemy URL, ``postgresql://…`` (driven by psycopg 3) or a plain file path."""
    text = (url or DEFAULT_URL).strip()
    if "://" not in text:
        text = f"sqlite:///{Path(text).expanduser()}"
    try:
        parsed = make_url(text)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {text!r}") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"unsupported database {parsed.get_backend_name()!r}: use sqlite or postgresql")
    return parsed


def display_url(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory or non-SQLite databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    database = url.database
    if url.query.get("uri") == "true":  # sqlite:///file:PATH?mode=ro&uri=true
        database = database.removeprefix("file:")
    return Path(database)


def create_engines(url: URL) -> tuple[Engine, Engine]:
    """(reader, writer) engines; they differ only in how SQLite begins transactions."""
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, "BEGIN"), _sqlite_engine(url, "BEGIN IMMEDIATE")
    engine = sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    return engine, engine


def _sqlite_engine(url: URL, begin: str) -> Engine:
    engine = sa.create_engine(url, connect_args={"timeout": LOCK_TIMEOUT})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # let SQLAlchemy's "begin" event below issue BEGIN
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(LOCK_TIMEOUT * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql(begin)

    return engine


def enable_wal(engine: Engine) -> None:
    """Switch a SQLite file to write-ahead logging (persistent; readers never block the writer).

    The switch needs the file to itself and SQLite does not wait for it through ``busy_timeout``:
    two ingests opening a new file at once would see "database is locked", so it is retried for
    as long as a lock is waited for elsewhere."""
    deadline = time.monotonic() + LOCK_TIMEOUT
    raw = engine.raw_connection()  # outside any transaction: SQLite refuses the switch inside one
    try:
        while True:
            cursor = raw.cursor()
            try:
                cursor.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
            finally:
                cursor.close()
    finally:
        raw.close()
