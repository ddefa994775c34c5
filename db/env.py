"""Alembic environment: one migration history for SQLite and PostgreSQL.

The app passes an open connection in ``config.attributes["connection"]``; from the shell,
``alembic -x db=PATH_OR_URL upgrade head`` works too.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from crmdesk.store.engine import make_engine
from crmdesk.store.migrations import include_name
from crmdesk.store.schema import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode copies the table, on SQLite only.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        # Search index objects live outside the models (see crmdesk/store/search_index.py).
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run against the connection the app gave us, or open one from ``-x db=…``."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    target = context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not target:
        raise SystemExit("give the database: alembic -x db=PATH_OR_URL upgrade head")
    engine = make_engine(target)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run against a database")
run_migrations_online()
