"""The `crmdesk` command: the desktop app by default, sub-commands for batch and admin work.

Every command takes ``--db`` (a SQLite path or a SQLAlchemy URL). Exit codes: 0 done, 1 a
problem the message explains, 2 bad usage, 3 the database is newer than this program.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from crmdesk import __version__
from crmdesk.config import ENV_DATABASE, data_dir, load_settings
from crmdesk.domain.errors import CrmdeskError, DatabaseTooNewError

EXIT_ERROR = 1
EXIT_TOO_NEW = 3
#: The reader of the output went away (`crmdesk … | head`): as a shell reports SIGPIPE.
EXIT_BROKEN_PIPE = 141
JST = dt.timezone(dt.timedelta(hours=9), "JST")
# keystroke_to_results samples at most (each one types a whole number into a real window).
KEYSTROKE_SAMPLES = 200


def _today(value: str | None) -> dt.date:
    if value is None:
        return dt.datetime.now(JST).date()
    return dt.date.fromisoformat(value)


def _date_arg(value: str) -> str:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date written YYYY-MM-DD, got {value!r}"
        ) from None
    return value


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {number}")
    return number


def _db(args: argparse.Namespace) -> str:
    target: str | None = getattr(args, "db", None)
    return target or load_settings().resolved_database()


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# ------------------------------------------------------------------------------ commands


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the desktop app (the only path that imports Qt)."""
    from crmdesk.gui.app import run_app  # noqa: PLC0415 - Qt loads only when a window is wanted

    return run_app(_db(args), self_check=getattr(args, "self_check", False))


def cmd_pop(args: argparse.Namespace) -> int:
    """Screen pop: the running crmdesk (or a new one) shows the caller with this number."""
    from crmdesk.domain.normalize import normalize_phone  # noqa: PLC0415

    normalize_phone(args.number)  # NormalizationError (exit 1) names what is wrong with it
    from crmdesk.gui.app import run_app  # noqa: PLC0415

    return run_app(_db(args), pop=args.number)


def cmd_demo(args: argparse.Namespace) -> int:
    """Build a demo database, then open the app on it unless --no-gui."""
    from crmdesk.services.demo import build_demo  # noqa: PLC0415 - numpy loads only here

    target = _db(args)
    started = time.perf_counter()

    def progress(stage: str, fraction: float) -> None:
        if not args.quiet:
            print(f"\r{stage:<40} {fraction:6.1%}", end="", file=sys.stderr, flush=True)

    stats = build_demo(
        target,
        customers=args.customers,
        seed=args.seed,
        today=_today(args.today),
        replace=args.replace,
        progress=progress,
    )
    if not args.quiet:
        print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    if args.json:
        _print_json({"database": target, "seconds": round(elapsed, 1), "stats": stats.as_json()})
    else:
        print(f"demo database ready: {target} ({args.customers:,} customers, {elapsed:.1f} s)")
    if args.no_gui:
        return 0
    os.environ[ENV_DATABASE] = target
    return cmd_gui(args)


def cmd_db_current(args: argparse.Namespace) -> int:
    """Print the schema revision of the database and the newest this program knows."""
    from crmdesk.services.database import inspect_database  # noqa: PLC0415

    info = inspect_database(_db(args))
    if args.json:
        _print_json(
            {
                "database": info.url,
                "backend": info.backend,
                "revision": info.revision,
                "head": info.head,
            }
        )
    else:
        state = "up to date" if info.revision == info.head else "needs `crmdesk db upgrade`"
        print(f"{info.url}: revision {info.revision or '(empty)'}, head {info.head} ({state})")
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    """Upgrade the database to this program's schema (SQLite: backed up first)."""
    from crmdesk.store.migrations import upgrade  # noqa: PLC0415

    before = upgrade(_db(args))
    print(f"{_db(args)}: at revision {before.current}")
    return 0


def cmd_db_backup(args: argparse.Namespace) -> int:
    """Copy the database to PATH (SQLite backup API; pg_dump for PostgreSQL)."""
    from crmdesk.store.migrations import backup  # noqa: PLC0415

    dest = backup(_db(args), Path(args.path))
    print(f"backed up to {dest}")
    return 0


def cmd_find(args: argparse.Namespace) -> int:
    """The search box from the shell."""
    from crmdesk.services.database import open_database  # noqa: PLC0415
    from crmdesk.services.lookup import find_customers  # noqa: PLC0415

    db = open_database(_db(args))
    try:
        hits = find_customers(db.read_uow(), args.query, limit=args.limit)
    finally:
        db.close()
    if args.json:
        _print_json([h.as_json() for h in hits])
        return 0
    if not hits:
        print("no customer found", file=sys.stderr)
        return EXIT_ERROR
    for h in hits:
        flags = " ".join(
            f
            for f, on in (
                ("電話不可", h.do_not_call),
                ("DM不要", h.do_not_mail),
                ("宛所不明", h.returned_mail),
            )
            if on
        )
        print(f"{h.code}\t{h.name}\t{h.kana}\t{', '.join(h.phones)}\t{h.address}\t{flags}")
    return 0


def _read_password(args: argparse.Namespace) -> str | None:
    """The new password: one line of stdin with --password-stdin, else asked twice on the tty.

    None (with the reason on stderr) when there is no way to ask or the two entries differ.
    """
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        print("crmdesk: no terminal to ask for the password: use --password-stdin", file=sys.stderr)
        return None
    import getpass  # noqa: PLC0415

    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        print("crmdesk: the two passwords differ; nothing was changed", file=sys.stderr)
        return None
    return first


def cmd_operators_list(args: argparse.Namespace) -> int:
    """List the operators of the database."""
    from crmdesk.services.database import open_database  # noqa: PLC0415
    from crmdesk.services.operators import list_operators  # noqa: PLC0415

    db = open_database(_db(args))
    try:
        rows = list_operators(db.uow())
    finally:
        db.close()
    if args.json:
        _print_json(
            [
                {
                    "login": v.login,
                    "name": v.name,
                    "role": v.role,
                    "active": active,
                    "can_sign_in": has_password and active,
                }
                for v, active, has_password in rows
            ]
        )
        return 0
    for view, active, has_password in rows:
        state = "active" if active else "closed"
        sign_in = "password" if has_password else "local profile"
        print(f"{view.login}\t{view.name}\t{view.role}\t{state}\t{sign_in}")
    return 0


def cmd_operators_change(args: argparse.Namespace) -> int:
    """Add an operator, set a password or a role, close or reopen an account."""
    from crmdesk.services import operators  # noqa: PLC0415
    from crmdesk.services.database import open_database  # noqa: PLC0415

    password = _read_password(args) if args.action in ("add", "passwd") else ""
    if password is None:
        return EXIT_ERROR
    db = open_database(_db(args))
    try:
        # The command line acts as the database's owner (acting operator: none), audited so.
        if args.action == "add":
            operators.add_operator(
                db.uow(),
                None,
                login=args.login,
                name=args.name or args.login,
                role=args.role,
                password=password,
            )
            message = f"operator {args.login} added ({args.role})"
        elif args.action == "passwd":
            operators.set_password(db.uow(), None, args.login, password)
            message = f"password of {args.login} changed"
        elif args.action == "set-role":
            operators.set_role(db.uow(), None, args.login, args.role)
            message = f"{args.login} is now {args.role}"
        else:
            active = args.action == "activate"
            operators.set_active(db.uow(), None, args.login, active)
            message = f"{args.login} {'reopened' if active else 'closed'}"
    finally:
        db.close()
    print(message)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    """Latency of the hot paths on a generated database (built first when missing)."""
    from crmdesk.services.bench import run_bench  # noqa: PLC0415
    from crmdesk.services.database import open_database  # noqa: PLC0415
    from crmdesk.services.demo import build_demo, count_customers  # noqa: PLC0415

    target = args.db or str(data_dir() / f"bench-{args.customers}.sqlite3")
    if count_customers(target) == 0:
        print(f"building a {args.customers:,}-customer database at {target} …", file=sys.stderr)
        build_demo(target, customers=args.customers, seed=1, today=_today(args.today))
    db = open_database(target)
    figures: dict[str, float] = {}
    try:
        results = run_bench(db, n=args.n)
        if not args.no_letters:
            import tempfile  # noqa: PLC0415

            from crmdesk.services.bench import letters_bench  # noqa: PLC0415

            with tempfile.TemporaryDirectory() as work:
                figures = letters_bench(db, _today(args.today), Path(work), target=target)
        if not args.no_followups:
            from crmdesk.services.bench import followups_bench  # noqa: PLC0415

            more, claims = followups_bench(db, _today(args.today), args.n)
            figures.update(more)
            results.update(claims)
        if not args.no_gui:
            from crmdesk.gui.bench import keystroke_bench  # noqa: PLC0415 - Qt only when asked

            results.update(keystroke_bench(db, min(args.n, KEYSTROKE_SAMPLES)))
    finally:
        db.close()
    if args.json:
        _print_json({**{name: stats.as_json() for name, stats in results.items()}, **figures})
    else:
        print(f"{'operation':<26}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
        for name, s in results.items():
            print(f"{name:<26}{s.n:>6}{s.p50_ms:>10.2f}{s.p95_ms:>10.2f}{s.max_ms:>10.2f}")
        for name, value in figures.items():
            print(f"{name:<26}{value:>12,.1f}")
    return 0


def cmd_report_retention(args: argparse.Namespace) -> int:
    """Retention effectiveness per script version, reason, operator and month (issue 4)."""
    import csv  # noqa: PLC0415

    from crmdesk.services.database import open_database  # noqa: PLC0415
    from crmdesk.services.retention import retention_report  # noqa: PLC0415

    since = dt.date.fromisoformat(args.since) if args.since else None
    until = dt.date.fromisoformat(args.until) if args.until else None
    db = open_database(_db(args))
    try:
        report = retention_report(
            db.uow(), None, since=since, until=until, today=_today(args.today)
        )
    finally:
        db.close()
    data = report.as_json()
    if args.json:
        _print_json(data)
        return 0
    if args.csv:
        keys = ["script_code", "script_version", "script_title", "reason_code", "reason_label"]
        keys += ["operator_id", "operator_name", "period"]
        stats = ["requests", "saves", "save_rate", "ci_low", "ci_high", "saved_next_known"]
        stats += ["saved_took_next_delivery", "saved_active_known", "saved_active_after_3_cycles"]
        writer = csv.DictWriter(sys.stdout, fieldnames=["group", *keys, *stats])
        writer.writeheader()
        for group, rows in data.items():
            for row in rows:
                writer.writerow({"group": group, **row})
        return 0
    labels = {
        "by_script": ("script", lambda r: f"{r['script_code']} v{r['script_version']}"),
        "by_reason": ("reason", lambda r: f"{r['reason_label']} ({r['reason_code']})"),
        "by_operator": ("operator", lambda r: str(r["operator_name"] or r["operator_id"])),
        "by_period": ("month", lambda r: str(r["period"])),
    }
    for group, rows in data.items():
        title, key = labels[group]
        print(f"{title:<40}{'requests':>9}{'saves':>7}{'rate':>7}{'95% CI':>16}")
        for row in rows:
            ci = f"{row['ci_low']:.2f}-{row['ci_high']:.2f}"
            print(
                f"{key(row)[:40]:<40}{row['requests']:>9}{row['saves']:>7}"
                f"{row['save_rate']:>7.1%}{ci:>16}"
            )
        print()
    return 0


def cmd_segments(args: argparse.Namespace) -> int:
    """List the segments a batch can be printed for (resources/segments)."""
    from crmdesk.services.letters import list_segments  # noqa: PLC0415

    segments = list_segments()
    if args.json:
        _print_json(
            [
                {
                    "name": s.name,
                    "label": s.label,
                    "kind": s.kind.value,
                    "params": dict(s.params),
                    "template": s.template,
                    "mailing_kind": s.mailing_kind,
                    "cool_down_days": s.cool_down_days,
                }
                for s in segments
            ]
        )
        return 0
    for s in segments:
        print(f"{s.name}\t{s.label}\t{s.kind.value}\t{s.template}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    """Print a batch for a segment: PDF, optional mailing list, mailings on the timelines."""
    from crmdesk.domain.letters import DocumentKind  # noqa: PLC0415
    from crmdesk.services.database import open_database  # noqa: PLC0415
    from crmdesk.services.letters import BatchRequest, run_batch  # noqa: PLC0415

    request = BatchRequest(
        kind=DocumentKind(args.kind),
        segment=args.segment,
        today=_today(args.today),
        limit=args.limit,
        template=args.template,
        offer_code=args.offer_code,
        stock=args.stock,
        margin_left_mm=args.margin_left,
        margin_top_mm=args.margin_top,
        guides=not args.no_guides,
    )

    def progress(done: int, total: int) -> None:
        if not args.quiet:
            print(f"\r{done:>8,} / {total:,}", end="", file=sys.stderr, flush=True)

    db = open_database(_db(args))
    started = time.perf_counter()
    try:
        if args.operator:
            from crmdesk.services.operators import operator_id_of  # noqa: PLC0415

            by = operator_id_of(db.uow(), args.operator)
        else:
            by = None
        result = run_batch(
            db,
            by,
            request,
            out=Path(args.out),
            mailing_list=Path(args.mailing_list) if args.mailing_list else None,
            encoding=args.encoding,
            progress=progress,
        )
    finally:
        db.close()
        if not args.quiet:
            print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    if args.json:
        _print_json({**result.as_json(), "seconds": round(elapsed, 2)})
        return 0
    print(
        f"{len(result.printed):,} {args.kind} for {args.segment}: {result.pages:,} pages in "
        f"{args.out} ({elapsed:.1f} s); {len(result.exclusions):,} excluded"
    )
    for code in result.encoding_losses:
        print(
            f"warning: {code}: characters Shift_JIS cannot hold were written as 〓", file=sys.stderr
        )
    if args.exclusions:
        for e in result.exclusions:
            print(f"{e.code}\t{e.name}\t{e.reason.value}\t{e.label}")
    return 0


# ------------------------------------------------------------------------------ parser


def _add_operators_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    ops = sub.add_parser(
        "operators", help="operators who sign in on a shared (PostgreSQL) database"
    )
    opsub = ops.add_subparsers(title="operators commands", metavar="ACTION", required=True)
    op_list = opsub.add_parser("list", parents=[common], help="list the operators")
    op_list.add_argument("--json", action="store_true")
    op_list.set_defaults(func=cmd_operators_list)
    roles = ("operator", "supervisor", "admin")
    op_add = opsub.add_parser("add", parents=[common], help="add an operator with a password")
    op_add.add_argument("login")
    op_add.add_argument("--name", help="the name shown in the app (default: the login)")
    op_add.add_argument("--role", choices=roles, default="operator")
    op_add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin",
    )
    op_add.set_defaults(func=cmd_operators_change, action="add")
    op_pw = opsub.add_parser("passwd", parents=[common], help="set an operator's password")
    op_pw.add_argument("login")
    op_pw.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin",
    )
    op_pw.set_defaults(func=cmd_operators_change, action="passwd")
    op_role = opsub.add_parser("set-role", parents=[common], help="change an operator's role")
    op_role.add_argument("login")
    op_role.add_argument("role", choices=roles)
    op_role.set_defaults(func=cmd_operators_change, action="set-role")
    for name, text in (("deactivate", "close an account"), ("activate", "reopen an account")):
        op_act = opsub.add_parser(name, parents=[common], help=text)
        op_act.add_argument("login")
        op_act.set_defaults(func=cmd_operators_change, action=name)


def cmd_followups_refresh(args: argparse.Namespace) -> int:
    """Run every follow-up rule over the whole base (issue 5); idempotent."""
    from crmdesk.services.database import open_database  # noqa: PLC0415
    from crmdesk.services.followups import refresh  # noqa: PLC0415

    db = open_database(_db(args))
    try:
        counts = refresh(db.uow(), _today(args.today))
    finally:
        db.close()
    if args.json:
        print(json.dumps(counts.as_json(), ensure_ascii=False))
        return 0
    print(
        f"follow-ups: {counts.created} created, {counts.closed} closed, {counts.open} open "
        f"({counts.seconds:.1f} s)"
    )
    for code, rule in counts.by_rule.items():
        print(f"  {code:<24}{rule.created:>9} created{rule.open:>9} open")
    return 0


def cmd_report_followups(args: argparse.Namespace) -> int:
    """The supervisor summary of follow-ups (issue 5)."""
    from crmdesk.services.database import open_database  # noqa: PLC0415
    from crmdesk.services.followups import followups_report  # noqa: PLC0415

    db = open_database(_db(args))
    try:
        report = followups_report(
            db.uow(), None, today=_today(args.today), period_days=args.period_days
        )
    finally:
        db.close()
    data = report.as_json()
    if args.json:
        _print_json(data)
        return 0
    print(f"follow-ups on {data['today']} (period {data['period_days']} days)")
    print(f"{'rule':<24}{'open':>7}{'claimed':>8}{'done':>7}{'closed':>7}{'made':>7}{'conv.':>7}")
    for row in data["by_rule"]:
        st = row["status"]
        rate = row["conversion_rate"]
        print(
            f"{row['rule']:<24}{st.get('open', 0):>7}{st.get('claimed', 0):>8}"
            f"{st.get('done', 0):>7}{st.get('closed', 0):>7}{row['created']:>7}"
            f"{'' if rate is None else f'{rate:.1%}':>7}"
        )
    print(f"overdue: {data['overdue']}")
    print(f"personal (VIP) without an assignee: {data['unassigned_personal']}")
    for op in data["operators"]:
        print(
            f"  {op['name'] or op['operator_id']}: {op['calls_today']} today, "
            f"{op['calls_period']} in the period"
        )
    return 0


def _add_report_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """``crmdesk report …``: the supervisor reports; returns the group for more reports."""
    report = sub.add_parser("report", help="supervisor reports")
    reportsub = report.add_subparsers(title="reports", metavar="REPORT", required=True)
    ret = reportsub.add_parser(
        "retention",
        parents=[common],
        help="cancellation calls: requests, saves, save rate (95%% CI) by script/reason/operator",
    )
    fmt = ret.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    ret.add_argument("--since", type=_date_arg, help="first JST date YYYY-MM-DD (default: all)")
    ret.add_argument("--until", type=_date_arg, help="last JST date YYYY-MM-DD (default: all)")
    ret.add_argument("--today", type=_date_arg, help="business date for the follow-through")
    ret.set_defaults(func=cmd_report_retention)
    fu = reportsub.add_parser(
        "followups",
        parents=[common],
        help="follow-ups: by rule and status, overdue, work per operator, conversion per rule",
    )
    fu.add_argument("--json", action="store_true")
    fu.add_argument("--today", type=_date_arg, help="business date YYYY-MM-DD (default: today)")
    fu.add_argument(
        "--period-days", type=_positive, default=30, help="days of work and conversion (30)"
    )
    fu.set_defaults(func=cmd_report_followups)
    return reportsub


def _add_followups_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """``crmdesk followups refresh`` (issue 5)."""
    fu = sub.add_parser("followups", help="follow-up rules and the outbound queue")
    fusub = fu.add_subparsers(title="followups commands", metavar="ACTION", required=True)
    ref = fusub.add_parser(
        "refresh", parents=[common], help="run every follow-up rule over the whole base"
    )
    ref.add_argument("--today", type=_date_arg, help="business date YYYY-MM-DD (default: today)")
    ref.add_argument("--json", action="store_true")
    ref.set_defaults(func=cmd_followups_refresh)


def _add_print_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """``crmdesk print KIND …`` and ``crmdesk segments`` (issue 6)."""
    segs = sub.add_parser("segments", parents=[common], help="list the segments for batches")
    segs.add_argument("--json", action="store_true")
    segs.set_defaults(func=cmd_segments)
    kinds = ("thankyou", "dm", "flyer", "labels", "envelopes")
    pr = sub.add_parser(
        "print",
        parents=[common],
        help="print letters, flyers, labels or envelopes for a segment (no DM不要/宛所不明/VIP)",
    )
    pr.add_argument("kind", choices=kinds, metavar="KIND", help=", ".join(kinds))
    pr.add_argument("--segment", required=True, help="a name from `crmdesk segments`")
    pr.add_argument("--today", type=_date_arg, help="business date YYYY-MM-DD")
    pr.add_argument("--limit", type=_positive, help="at most N letters (in print order)")
    pr.add_argument("--out", required=True, metavar="FILE.pdf")
    pr.add_argument("--mailing-list", metavar="FILE.csv", help="mailing list for the mail house")
    pr.add_argument("--encoding", choices=("cp932", "utf-8"), default="cp932")
    pr.add_argument("--template", help="template code or .toml path (default: the segment's)")
    pr.add_argument("--offer-code", default="", help="the offer code letters quote")
    pr.add_argument(
        "--operator",
        metavar="LOGIN",
        help="print as this operator: permission checked, audited, the name letters quote "
        "as 担当 (without it the database's owner prints, and a letter naming its 担当 is refused)",
    )
    pr.add_argument("--stock", choices=("a4-12", "a4-24"), default="a4-12", help="label sheet")
    pr.add_argument("--margin-left", type=float, metavar="MM", help="label sheet left margin")
    pr.add_argument("--margin-top", type=float, metavar="MM", help="label sheet top margin")
    pr.add_argument(
        "--no-guides", action="store_true", help="no label outlines / envelope postal boxes"
    )
    pr.add_argument("--exclusions", action="store_true", help="list the excluded customers")
    pr.add_argument("--json", action="store_true")
    pr.add_argument("--quiet", action="store_true", help="no progress on stderr")
    pr.set_defaults(func=cmd_print)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line (also used by the docs and the tests)."""
    db_help = (
        "SQLite file or SQLAlchemy URL (postgresql+psycopg://user@host/db); "
        "default: the configured database"
    )
    # --db is accepted before and after the command; SUPPRESS keeps a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=db_help)
    parser = argparse.ArgumentParser(
        prog="crmdesk",
        description="Customer-service workstation for 単品リピート通販. "
        "Without a command it opens the desktop app.",
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", default=None, help=db_help)
    parser.add_argument("--version", action="version", version=f"crmdesk {__version__}")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="open the database and the main window offscreen, print a report and exit",
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="build a demo database and open it")
    demo.add_argument("--customers", type=_positive, default=20_000)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--today", type=_date_arg, help="business date YYYY-MM-DD (default: today)")
    demo.add_argument("--replace", action="store_true", help="empty a database that has data")
    demo.add_argument("--no-gui", action="store_true", help="build only, do not open the app")
    demo.add_argument("--json", action="store_true")
    demo.add_argument("--quiet", action="store_true", help="no progress on stderr")
    demo.set_defaults(func=cmd_demo, self_check=False)

    db = sub.add_parser("db", help="schema version, upgrade and backup")
    dbsub = db.add_subparsers(title="db commands", metavar="ACTION", required=True)
    current = dbsub.add_parser("current", parents=[common], help="show the schema revision")
    current.add_argument("--json", action="store_true")
    current.set_defaults(func=cmd_db_current)
    upgrade = dbsub.add_parser("upgrade", parents=[common], help="upgrade to this version")
    upgrade.set_defaults(func=cmd_db_upgrade)
    backup = dbsub.add_parser("backup", parents=[common], help="copy the database to PATH")
    backup.add_argument("path", metavar="PATH")
    backup.set_defaults(func=cmd_db_backup)

    find = sub.add_parser("find", parents=[common], help="find customers like the search box")
    find.add_argument("query")
    find.add_argument("--limit", type=_positive, default=20)
    find.add_argument("--json", action="store_true")
    find.set_defaults(func=cmd_find)

    pop = sub.add_parser(
        "pop",
        parents=[common],
        help="screen pop for phone systems: show the caller's card in the running crmdesk",
    )
    pop.add_argument("number", help="the caller's phone number, in any written form")
    pop.set_defaults(func=cmd_pop)

    _add_operators_parser(sub, common)

    bench = sub.add_parser("bench", parents=[common], help="latency of the desk's hot paths")
    bench.add_argument("--customers", type=_positive, default=100_000)
    bench.add_argument("--n", type=_positive, default=1000, help="calls per operation")
    bench.add_argument("--today", type=_date_arg)
    bench.add_argument("--json", action="store_true")
    bench.add_argument(
        "--no-gui", action="store_true", help="skip keystroke_to_results (needs Qt, offscreen)"
    )
    bench.add_argument(
        "--no-letters", action="store_true", help="skip the letter figures (render, DM batch)"
    )
    bench.add_argument(
        "--no-followups",
        action="store_true",
        help="skip the follow-up figures (refresh over the whole base, claim_next by 8 desks)",
    )
    bench.set_defaults(func=cmd_bench)

    _add_report_parser(sub, common)
    _add_followups_parser(sub, common)
    _add_print_parser(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `crmdesk` script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.func is not cmd_bench or args.db:
            # Refuse a database from a newer crmdesk before any command (or the GUI) touches it.
            from crmdesk.store.migrations import schema_state  # noqa: PLC0415

            schema_state(_db(args))
        code = int(args.func(args))
        if sys.stdout is not None:  # None under pythonw
            sys.stdout.flush()  # a reader that went away shows here, not as a traceback at exit
        return code
    except BrokenPipeError:
        # What the command did stands; the rest of its output goes nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except DatabaseTooNewError as exc:
        print(f"crmdesk: {exc}", file=sys.stderr)
        return EXIT_TOO_NEW
    except CrmdeskError as exc:
        print(f"crmdesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("crmdesk: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
