"""Bring a database to the schema this version of dateline writes, through Alembic.

* empty database → ``create_all`` from :mod:`dateline.store.schema`, stamped with the head revision
  (Alembic's recommended way to start a fresh database);
* older revision → ``alembic upgrade head``;
* a revision this version does not know → the database was written by a newer dateline: refuse
  rather than guess (``StoreError``).
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from dateline.errors import StoreError
from dateline.store.schema import metadata

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def check_revision(revision: str | None, where: str) -> None:
    """Raise when ``revision`` is not one this version of dateline knows."""
    if revision is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if revision not in known:
        raise StoreError(f"{where}: database schema revision {revision!r} is newer than this dateline "
                         f"(knows up to {script.get_current_head()!r}); upgrade dateline")


def ensure_schema(conn: Connection, where: str) -> None:
    """Create or upgrade the schema inside the caller's (write) transaction."""
    revision = current_revision(conn)
    check_revision(revision, where)
    if revision is None:
        if sa.inspect(conn).has_table("articles"):
            raise StoreError(f"{where}: has an 'articles' table but no schema revision; not a dateline "
                             "database or a damaged one")
        metadata.create_all(conn)
        command.stamp(alembic_config(conn), "head")
    elif revision != head_revision():
        command.upgrade(alembic_config(conn), "head")
