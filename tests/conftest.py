"""Shared fixtures: offscreen Qt, an isolated config folder, SQLite and PostgreSQL databases.

PostgreSQL tests run against ``CRMDESK_TEST_PG`` (default: the local server on 127.0.0.1:5432,
trust auth). Each test gets a fresh database that is dropped afterwards. When the server is
unreachable they are skipped with the reason on a laptop, and FAIL when ``CI`` is set: CI must
never report PostgreSQL tests as passing when they did not run.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: the tests need no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

PG_ADMIN_URL = os.environ.get(
    "CRMDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the developer's real settings or default database."""
    monkeypatch.setenv("CRMDESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("CRMDESK_DB", raising=False)


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The admin URL of a reachable PostgreSQL server, or skip/fail as the module docstring says."""
    import psycopg

    try:
        with psycopg.connect(_libpq(PG_ADMIN_URL), connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        message = f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {exc}".strip()
        if _in_ci():
            pytest.fail(f"{message} (CI requires the PostgreSQL tests)", pytrace=False)
        pytest.skip(f"{message} (set CRMDESK_TEST_PG or start a server to run these)")
    return PG_ADMIN_URL


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (dropped afterwards)."""
    import psycopg

    name = f"crmdesk_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq(pg_server), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = pg_server.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(_libpq(pg_server), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    """Where a test's SQLite database goes (not created yet)."""
    return tmp_path / "crmdesk.sqlite3"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on an embedded SQLite file and on a PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "crmdesk.sqlite3")
    return str(request.getfixturevalue("pg_url"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that asks for PostgreSQL carries the ``postgres`` marker (for -m selection)."""
    for item in items:
        if "pg_url" in getattr(item, "fixturenames", ()) or "pg_server" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.postgres)


# ------------------------------------------------------------------------------ data builders


def add_customer(session: object, **overrides: object) -> int:
    """Insert one customer (and its phones) through the ORM; returns the id.

    ``phones`` is a list of display numbers; everything else overrides a Customer column.
    Normalised search columns are derived the way the app derives them.
    """
    import datetime as dt

    from crmdesk.domain.normalize import (
        normalize_email,
        normalize_kana,
        normalize_name,
        normalize_phone,
    )
    from crmdesk.store.schema import Customer, CustomerPhone

    phones = list(overrides.pop("phones", ["090-1234-5678"]))  # type: ignore[call-overload]
    now = dt.datetime(2026, 1, 5, 1, 2, 3, tzinfo=dt.UTC)
    values: dict[str, object] = {
        "code": "C0000001",
        "family_name": "山田",
        "given_name": "花子",
        "family_kana": "ヤマダ",
        "given_kana": "ハナコ",
        "birth_date": dt.date(1968, 4, 2),
        "gender": "female",
        "email": "hanako@example.jp",
        "postal_code": "1000001",
        "prefecture": "東京都",
        "city": "千代田区",
        "street": "千代田1-1",
        "building": "",
        "rank": "regular",
        "created_at": now,
        "updated_at": now,
    }
    values.update(overrides)
    values.setdefault("name_norm", normalize_name(f"{values['family_name']}{values['given_name']}"))
    values.setdefault("kana_norm", normalize_kana(f"{values['family_kana']}{values['given_kana']}"))
    if values.get("email"):
        values.setdefault("email_norm", normalize_email(str(values["email"])))
    customer = Customer(**values)
    session.add(customer)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    for position, number in enumerate(phones):
        digits = normalize_phone(number)
        session.add(  # type: ignore[attr-defined]
            CustomerPhone(
                customer_id=customer.id,
                kind="mobile" if digits.startswith(("090", "080", "070")) else "home",
                number=number,
                digits=digits,
                last4=digits[-4:],
                position=position,
            )
        )
    session.flush()  # type: ignore[attr-defined]
    return int(customer.id)
