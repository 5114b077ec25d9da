"""The event database behind one interface: ``open_store(url) -> Store``.

SQLite file (``dateline.db``, WAL) by default, PostgreSQL by URL.  Every article is written in one
transaction together with all its derived records, so a process killed at any moment leaves either
the whole article or nothing.  Articles are identified by their content hash: saving the same
content again is a no-op unless ``replace=True`` (``--reprocess``), which swaps the article and all
its records atomically.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Literal, Self

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from dateline.errors import StoreError
from dateline.model import SCHEMA_VERSION, Article
from dateline.store import schema
from dateline.store.engine import create_engines, display_url, enable_wal, normalise_url, sqlite_path
from dateline.store.migrate import check_revision, current_revision, ensure_schema
from dateline.store.rows import article_row, child_rows

SaveResult = Literal["inserted", "replaced", "skipped"]


class ArticleNotFound(KeyError):
    """No article with that id in the store."""


class ArticleConflict(StoreError):
    """An article with the same id but different content is stored already."""


class Store:
    """A connection to one dateline database; safe to share within a process, one per process."""

    def __init__(self, url: str | None = None, readonly: bool = False):
        self.url = normalise_url(url)
        self.where = display_url(self.url)
        self.readonly = readonly
        path = sqlite_path(self.url)
        if path is not None and readonly and not path.exists():
            raise StoreError(f"{path}: no such database (run 'dateline ingest' first)")
        if path is not None and not readonly and not path.parent.is_dir():
            raise StoreError(f"{path.parent}: no such directory for the database")
        self.engine, self.writer = create_engines(self.url)
        with self.errors("open"):
            if path is not None and not readonly:
                enable_wal(self.writer)
            if readonly:
                with self.engine.connect() as conn:
                    check_revision(current_revision(conn), self.where)
            else:
                with self.writer.begin() as conn:
                    ensure_schema(conn, self.where)

    # -- plumbing -------------------------------------------------------------------------------
    @property
    def dialect(self) -> str:
        return self.url.get_backend_name()

    @contextmanager
    def errors(self, action: str) -> Iterator[None]:
        """Turn driver errors (unreachable, read-only, full, locked) into one-line StoreErrors."""
        try:
            yield
        except (StoreError, IntegrityError):
            raise
        except (OperationalError, DBAPIError) as exc:
            raise StoreError(f"{self.where}: cannot {action}: {describe(exc)}") from exc
        except PermissionError as exc:
            raise StoreError(f"{self.where}: cannot {action}: permission denied ({exc.filename})") from exc

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction (on SQLite it takes the write lock up front and waits for it)."""
        with self.errors("write"), self.writer.begin() as conn:
            yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.errors("read"), self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()
        self.writer.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- articles -------------------------------------------------------------------------------
    def save(self, article: Article, replace: bool = False, run_id: int | None = None) -> SaveResult:
        """Store one article with all its records in one transaction.

        Idempotent by ``content_hash``: stored content is skipped, or replaced when ``replace``.
        An article whose id is taken by different content raises :class:`ArticleConflict`
        unless ``replace`` (then the new version supersedes the old).
        """
        if not article.content_hash or not article.id:
            raise ValueError("article needs an id and a content_hash to be stored")
        a = schema.articles
        try:
            with self.transaction() as conn:
                same = conn.execute(sa.select(a.c.id).where(a.c.content_hash == article.content_hash)).first()
                if same is not None and not replace:
                    return "skipped"
                taken = conn.execute(sa.select(a.c.content_hash).where(a.c.id == article.id)).first()
                if taken is not None and taken[0] != article.content_hash and not replace:
                    raise ArticleConflict(f"article id {article.id!r} is stored with different content; "
                                          "use --reprocess to replace it")
                old_ids = {same[0]} if same is not None else set()
                if taken is not None:
                    old_ids.add(article.id)
                for old in old_ids:
                    _delete_article(conn, old)
                _insert_article(conn, article, run_id)
                return "replaced" if old_ids else "inserted"
        except IntegrityError as exc:
            # another process stored the same content between our check and our insert
            if not replace and self.has(article.content_hash):
                return "skipped"
            raise StoreError(f"{self.where}: cannot store article {article.id!r}: {describe(exc)}") from exc

    def has(self, content_hash: str) -> bool:
        return bool(self.known_hashes([content_hash]))

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of ``hashes`` are stored already (one query per 500)."""
        wanted = list(dict.fromkeys(h for h in hashes if h))
        found: set[str] = set()
        col = schema.articles.c.content_hash
        with self.reading() as conn:
            for i in range(0, len(wanted), 500):
                found.update(conn.execute(sa.select(col).where(col.in_(wanted[i:i + 500]))).scalars())
        return found

    def get_article(self, article_id: str) -> Article | None:
        a = schema.articles
        with self.reading() as conn:
            record = conn.execute(sa.select(a.c.record).where(a.c.id == article_id)).scalar()
        return Article.from_json(record) if record is not None else None

    def load_article(self, article_id: str) -> Article:
        article = self.get_article(article_id)
        if article is None:
            raise ArticleNotFound(article_id)
        return article

    def iter_articles(self, ids: Iterable[str] | None = None, batch: int = 200) -> Iterator[Article]:
        """Stored articles (all, ordered by id, or the given ids in that order)."""
        a = schema.articles
        if ids is None:
            last = ""
            while True:
                with self.reading() as conn:
                    rows = conn.execute(sa.select(a.c.id, a.c.record).where(a.c.id > last)
                                        .order_by(a.c.id).limit(batch)).all()
                if not rows:
                    return
                yield from (Article.from_json(r.record) for r in rows)
                last = rows[-1].id
        else:
            wanted = list(ids)
            for i in range(0, len(wanted), batch):
                chunk = wanted[i:i + batch]
                with self.reading() as conn:
                    found = dict(conn.execute(sa.select(a.c.id, a.c.record).where(a.c.id.in_(chunk))).all())
                yield from (Article.from_json(found[x]) for x in chunk if x in found)

    def article_texts(self, batch: int = 500) -> Iterator[tuple[str, str, str]]:
        """(id, content_hash, clean text) of every stored article, in the order they were stored."""
        a = schema.articles
        with self.reading() as conn:
            result = conn.execution_options(yield_per=batch).execute(
                sa.select(a.c.id, a.c.content_hash, a.c.text).order_by(a.c.ingested_at, a.c.id))
            yield from (tuple(row) for row in result)

    def count(self, table: str = "articles") -> int:
        with self.reading() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(schema.metadata.tables[table])).scalar()

    # -- runs -----------------------------------------------------------------------------------
    def start_run(self, *, inputs: list[str], options: dict, pipeline_version: str, lexicon_versions: dict,
                  engine: str = "local", workers: int = 1, command: str = "ingest") -> int:
        """Record a run as 'running'; runs on this host whose process is gone become 'interrupted'."""
        r = schema.runs
        host = socket.gethostname()
        with self.transaction() as conn:
            for run_id, pid in conn.execute(sa.select(r.c.id, r.c.pid).where(r.c.status == "running",
                                                                              r.c.host == host)).all():
                if pid is not None and not _alive(pid):
                    conn.execute(r.update().where(r.c.id == run_id).values(status="interrupted"))
            return conn.execute(r.insert().values(
                started_at=_now(), status="running", command=command, pipeline_version=pipeline_version,
                schema_version=SCHEMA_VERSION, lexicon_versions=lexicon_versions, options=options,
                inputs=inputs, engine=engine, workers=workers, host=host, pid=os.getpid(),
                timings={}).returning(r.c.id)).scalar_one()

    def finish_run(self, run_id: int, *, status: str, counts: dict[str, int], timings: dict[str, float]) -> None:
        r = schema.runs
        with self.transaction() as conn:
            conn.execute(r.update().where(r.c.id == run_id).values(
                finished_at=_now(), status=status, timings=timings,
                **{f"articles_{k}": v for k, v in counts.items()}))

    def record_failure(self, run_id: int | None, origin: str, reason: str) -> None:
        with self.transaction() as conn:
            conn.execute(schema.failures.insert().values(run_id=run_id, origin=origin, reason=reason, at=_now()))


def open_store(url: str | None = None, readonly: bool = False) -> Store:
    """Open (creating or upgrading the schema unless ``readonly``) the database at ``url``."""
    return Store(url, readonly=readonly)


def _insert_article(conn: Connection, article: Article, run_id: int | None) -> None:
    conn.execute(schema.articles.insert(), [article_row(article, run_id, _now())])
    rows = child_rows(article)
    for table in schema.ARTICLE_TABLES:
        if rows[table.name]:
            conn.execute(table.insert(), rows[table.name])


def _delete_article(conn: Connection, article_id: str) -> None:
    for table in reversed(schema.ARTICLE_TABLES):
        conn.execute(table.delete().where(table.c.article_id == article_id))
    conn.execute(schema.articles.delete().where(schema.articles.c.id == article_id))


def describe(exc: DBAPIError) -> str:
    """The driver's own one-line message, without SQLAlchemy's statement dump."""
    message = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return message[0] if message else type(exc).__name__


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


__all__ = ["ArticleConflict", "ArticleNotFound", "SaveResult", "Store", "open_store"]
