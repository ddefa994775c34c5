"""Schema versions: upgrade on start, refuse a database newer than this program, back up first.

The version check reads SQLite files through a read-only connection, so a database we refuse is
left byte-for-byte as it was.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from crmdesk.domain.errors import DatabaseTooNewError, DatabaseUnreachableError
from crmdesk.resources import migrations_path
from crmdesk.store.engine import database_url, display_url, make_engine, sqlite_path
from crmdesk.store.search_index import is_search_object


def include_name(name: str | None, type_: str, _parent_names: Mapping[str, str | None]) -> bool:
    """Alembic's ``include_name`` hook: leave out what the metadata cannot describe.

    The substring-search objects (an FTS5 virtual table with its shadow tables on SQLite, GIN
    expression indexes on PostgreSQL) are made by migrations and the bulk loader, not by the
    models; autogenerate and the schema-compare test must not see them as strays to drop.
    Used by ``db/env.py`` and by the tests, so both compare the same thing.
    """
    return not is_search_object(name, type_)


@dataclass(frozen=True)
class SchemaState:
    """Where a database stands against this program's migrations."""

    current: str | None  # None: empty database (no alembic_version table)
    head: str

    @property
    def up_to_date(self) -> bool:
        """True when nothing needs upgrading."""
        return self.current == self.head


def alembic_config(url: str | None = None) -> Config:
    """An Alembic configuration pointing at ``db/`` (works from source and from the bundle)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path()))
    cfg.set_main_option("path_separator", "os")
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The newest revision this program knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "db/versions has no migrations"
    return head


def known_revisions() -> set[str]:
    """Every revision id this program has a migration for."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _read_sqlite_revision(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseUnreachableError(f"cannot open the SQLite file {path}: {exc}") from exc
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnreachableError(f"{path} is not a crmdesk database: {exc}") from exc
    finally:
        conn.close()


def current_revision(target: str) -> str | None:
    """The revision stamped in the database (None when empty), read without changing anything."""
    url = database_url(target)
    path = sqlite_path(url)
    if path is not None:
        return _read_sqlite_revision(path)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            return str(row[0]) if row else None
    except Exception as exc:
        if isinstance(exc, DatabaseTooNewError):
            raise
        raise DatabaseUnreachableError(
            f"cannot connect to {display_url(url)}: {exc.__class__.__name__}: {exc}"
        ) from exc
    finally:
        engine.dispose()


def schema_state(target: str) -> SchemaState:
    """Current and head revision; raises DatabaseTooNewError for a database from a newer crmdesk."""
    current = current_revision(target)
    head = head_revision()
    if current is not None and current not in known_revisions():
        raise DatabaseTooNewError(
            f"the database {display_url(database_url(target))} has schema revision {current}, "
            f"which this crmdesk (newest known revision {head}) does not know: it was written by "
            "a newer crmdesk. Install that version; nothing was changed."
        )
    return SchemaState(current=current, head=head)


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy a live SQLite database consistently (the online backup API, safe under WAL)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest


def backup(target: str, dest: Path) -> Path:
    """``crmdesk db backup``: SQLite through the backup API, PostgreSQL through pg_dump."""
    url = database_url(target)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            raise DatabaseUnreachableError(f"no database file at {path}")
        schema_state(url)  # refuse to pretend a newer database was backed up by us
        return backup_sqlite(path, dest)
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise DatabaseUnreachableError(
            "pg_dump was not found on PATH; install the PostgreSQL client to back up a server"
        )
    libpq_url = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    subprocess.run(
        [pg_dump, "--format=custom", f"--file={dest}", libpq_url], check=True, timeout=3600
    )
    return dest


def default_backup_path(path: Path, revision: str | None) -> Path:
    """Where the automatic pre-upgrade copy goes: beside the file, with time and revision."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.stem}.before-upgrade-{revision or 'empty'}-{stamp}{path.suffix}")


def upgrade(target: str, *, backup_first: bool = True) -> SchemaState:
    """Bring the database to head. A non-empty SQLite database is copied first.

    Raises DatabaseTooNewError (nothing touched) for a database from a newer crmdesk.
    """
    url = database_url(target)
    state = schema_state(url)
    if state.up_to_date:
        return state
    path = sqlite_path(url)
    if backup_first and path is not None and state.current is not None:
        backup_sqlite(path, default_backup_path(path, state.current))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()
    return SchemaState(current=state.head, head=state.head)
