"""Shared set-up of the desk's service tests: one seeded database per test module and backend.

Creating a PostgreSQL database and migrating it costs about a second, so the tests of one module
share a database (module scope) and keep out of each other's way: each test makes its own
customers (``Desk.customer``) and asserts on its own rows, or on whole-table counts before and
after a refused action (``Desk.counts``), which no other test changes meanwhile.

Use it in a test module as ``desk = desk_fixture()``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import func, select, update

from crmdesk.domain.ids import CustomerId, OperatorId, ProductId, SubscriptionId
from crmdesk.services.database import Database, open_database
from crmdesk.store.schema import AuditLog, Base, Operator, Product, Subscription
from tests.conftest import add_customer

T0 = dt.datetime(2026, 1, 5, 1, 2, 3, tzinfo=dt.UTC)


def libpq(url: str) -> str:
    """A SQLAlchemy psycopg URL as psycopg itself takes it."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@dataclass
class Desk:
    """A migrated database with operators and a small catalogue."""

    db: Database
    backend: str
    url: str
    operator: OperatorId  # 佐藤, a plain operator
    other: OperatorId  # 伊藤, a second operator at another desk
    supervisor: OperatorId  # 鈴木
    inactive_supervisor: OperatorId  # 高橋, left the company
    product: ProductId  # KN-30, subscribable
    product_60: ProductId  # KN-60, subscribable
    sample: ProductId  # sample pack, not subscribable
    retired: ProductId  # subscribable but no longer sold
    _serial: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def customer(self, **overrides: Any) -> CustomerId:
        """A customer of its own for one test (unique code 'T…' and phone)."""
        n = next(self._serial)
        overrides.setdefault("code", f"T{n:07d}")
        overrides.setdefault("phones", [f"090-7{n:03d}-{n:04d}"])
        with self.db.uow() as uow:
            cid = add_customer(uow.session, **overrides)
            uow.commit()
        return CustomerId(cid)

    def subscription(
        self, customer_id: CustomerId | None = None, **overrides: Any
    ) -> SubscriptionId:
        """An active 30-day subscription of KN-30, next delivery 2030-12-01."""
        values: dict[str, Any] = {
            "customer_id": customer_id or self.customer(),
            "product_id": self.product,
            "quantity": 1,
            "cycle_days": 30,
            "next_ship_date": dt.date(2030, 12, 1),
            "status": "active",
            "delivery_count": 3,
            "started_at": T0,
            "updated_at": T0,
        }
        values.update(overrides)
        with self.db.uow() as uow:
            sub = Subscription(**values)
            uow.session.add(sub)
            uow.session.flush()
            sid = sub.id
            uow.commit()
        return SubscriptionId(sid)

    def counts(self) -> dict[str, int]:
        """Rows per table: equal before and after means nothing was written."""
        tables = Base.metadata.tables
        stmt = select(
            *(
                select(func.count()).select_from(table).scalar_subquery().label(name)
                for name, table in tables.items()
            )
        )
        with self.db.uow() as uow:
            row = uow.session.execute(stmt).one()
            return {name: int(value) for name, value in zip(tables, row, strict=True)}

    def get(self, model: type[Any], ident: int) -> Any:
        """A row, detached (read after the action's commit)."""
        with self.db.uow() as uow:
            row = uow.session.get(model, ident)
            uow.session.expunge_all()
            return row

    def rows(self, stmt: Any) -> list[Any]:
        """The ORM rows or values a select returns, detached."""
        with self.db.uow() as uow:
            found = list(uow.session.scalars(stmt))
            uow.session.expunge_all()
            return found

    def audit_rows(self, entity: str, entity_id: int) -> list[AuditLog]:
        """The audit trail of one record, oldest first."""
        return self.rows(
            select(AuditLog)
            .where(AuditLog.entity == entity, AuditLog.entity_id == entity_id)
            .order_by(AuditLog.id)
        )

    def concurrent_update(self, model: type[Any], ident: int, **values: Any) -> None:
        """Another operator's committed UPDATE of a versioned row (bumps the version)."""
        with self.db.engine.begin() as conn:
            conn.execute(
                update(model).where(model.id == ident).values(version=model.version + 1, **values)
            )


def _seed(db: Database) -> dict[str, int]:
    with db.uow() as uow:
        s = uow.session

        def operator(login: str, name: str, role: str, *, active: bool = True) -> int:
            op = Operator(login=login, name=name, role=role, active=active, created_at=T0)
            s.add(op)
            s.flush()
            return op.id

        def product(sku: str, name: str, days: int, **kw: Any) -> int:
            p = Product(sku=sku, name=name, price_yen=3980, days_of_supply=days, **kw)
            s.add(p)
            s.flush()
            return p.id

        ids = {
            "operator": operator("sato", "佐藤", "operator"),
            "other": operator("ito", "伊藤", "operator"),
            "supervisor": operator("suzuki", "鈴木", "supervisor"),
            "inactive_supervisor": operator("takahashi", "高橋", "supervisor", active=False),
            "product": product("KN-30", "黒酢にんにく粒 30日分", 30),
            "product_60": product("KN-60", "黒酢にんにく粒 60日分", 60),
            "sample": product("KN-S", "お試しサンプル", 7, subscribable=False),
            "retired": product("KN-OLD", "旧パッケージ", 30, active=False),
        }
        uow.commit()
    return ids


def desk_fixture() -> Callable[..., Iterator[Desk]]:
    """A module-scoped ``desk`` fixture: the module's tests on SQLite, then on PostgreSQL."""

    @pytest.fixture(
        scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
    )
    def desk(
        request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
    ) -> Iterator[Desk]:
        import psycopg

        drop: Callable[[], None] | None = None
        if request.param == "sqlite":
            url = str(tmp_path_factory.mktemp("desk") / "crmdesk.sqlite3")
        else:
            server = str(request.getfixturevalue("pg_server"))
            name = f"crmdesk_test_{uuid.uuid4().hex[:12]}"
            with psycopg.connect(libpq(server), autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            url = f"{server.rsplit('/', 1)[0]}/{name}"

            def drop() -> None:
                with psycopg.connect(libpq(server), autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        db = open_database(url)
        try:
            ids = _seed(db)
            yield Desk(
                db=db,
                backend=request.param,
                url=url,
                operator=OperatorId(ids["operator"]),
                other=OperatorId(ids["other"]),
                supervisor=OperatorId(ids["supervisor"]),
                inactive_supervisor=OperatorId(ids["inactive_supervisor"]),
                product=ProductId(ids["product"]),
                product_60=ProductId(ids["product_60"]),
                sample=ProductId(ids["sample"]),
                retired=ProductId(ids["retired"]),
            )
        finally:
            db.close()
            if drop is not None:
                drop()

    return desk
