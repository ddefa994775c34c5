"""The command line: bad arguments get a message naming the option; find --json has its shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crmdesk.cli import main
from crmdesk.services.database import open_database
from tests.conftest import add_customer


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["demo", "--today", "2026/11/23", "--no-gui"], "--today"),
        (["demo", "--customers", "0", "--no-gui"], "--customers"),
        (["demo", "--customers", "ten", "--no-gui"], "--customers"),
        (["bench", "--n", "-3"], "--n"),
        (["report", "retention", "--since", "2026-13-01"], "--since"),
        (["pop"], "number"),
    ],
)
def test_bad_arguments_exit_2_naming_the_option(
    argv: list[str], named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert named in capsys.readouterr().err


def test_find_json_shape_and_best_match_first(
    sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(str(sqlite_path))
    with db.uow() as uow:
        add_customer(uow.session, do_not_mail=True)
        add_customer(
            uow.session,
            code="C0000002",
            family_name="山中",
            given_name="一郎",
            family_kana="ヤマナカ",
            given_kana="イチロウ",
            email=None,
            phones=["0120-123-456"],
        )
        uow.commit()
    db.close()

    assert main(["find", "やま", "--json", "--db", str(sqlite_path)]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["code"] for h in hits] == ["C0000001", "C0000002"]
    assert set(hits[0]) == {
        "id", "code", "name", "kana", "phones", "email", "postal_code", "address", "rank",
        "do_not_mail", "do_not_call", "returned_mail",
    }  # fmt: skip
    assert hits[0]["do_not_mail"] is True
    assert hits[1]["phones"] == ["0120-123-456"]

    assert main(["find", "0120123456", "--json", "--db", str(sqlite_path)]) == 0
    assert [h["code"] for h in json.loads(capsys.readouterr().out)] == ["C0000002"]

    assert main(["find", "ワタナベ", "--db", str(sqlite_path)]) == 1
    assert "no customer found" in capsys.readouterr().err


def test_db_override_before_or_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert main(["--db", str(first), "db", "current"]) == 0
    assert str(first) in capsys.readouterr().out
    assert main(["db", "current", "--db", str(second)]) == 0
    assert str(second) in capsys.readouterr().out
    assert not first.exists() and not second.exists()  # looking never creates a database


@pytest.mark.parametrize("unbuffered", ["1", ""], ids=["unbuffered", "buffered"])
def test_a_reader_that_stops_reading_gets_no_traceback(sqlite_path: Path, unbuffered: str) -> None:
    # `crmdesk … | head`: the pipe's reader is gone before the command prints.
    import os
    import subprocess
    import sys

    open_database(str(sqlite_path)).close()
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "crmdesk", "--db", str(sqlite_path), "db", "current"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert proc.stderr.decode() == ""
    assert proc.returncode == 141
