"""Alembic environment: migrations always run on a connection the store hands over.

Use ``dateline db upgrade`` semantics through :func:`dateline.store.migrate.ensure_schema`; running
``alembic`` by hand works too with ``-x url=…``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from dateline.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")


def run(conn) -> None:
    context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dateline.db")
    with sa.create_engine(url).connect() as conn:
        run(conn)
