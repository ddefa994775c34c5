"""`crmdesk followups refresh --json` and `crmdesk report followups --json` (issue 5)."""

from __future__ import annotations

import json

import pytest

from crmdesk.cli import main
from tests.services.followup_data import Base, base

__all__ = ["base"]


def test_refresh_json_has_exactly_the_issue_shape(
    base: Base, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base.buyer("F2", [26])
    base.buyer("DORM", [200])
    assert main(["followups", "refresh", "--today", "2026-12-06", "--json", "--db", db_target]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"created", "closed", "open", "by_rule"}
    assert (out["created"], out["closed"], out["open"]) == (2, 0, 2)
    assert out["by_rule"]["f2"] == {"created": 1, "open": 1}
    assert out["by_rule"]["dormant_180"] == {"created": 1, "open": 1}
    assert all(set(v) == {"created", "open"} for v in out["by_rule"].values())
    assert main(["followups", "refresh", "--today", "2026-12-06", "--json", "--db", db_target]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["created"] == 0 and again["open"] == 2
    assert main(["report", "followups", "--today", "2026-12-06", "--json", "--db", db_target]) == 0
    report = json.loads(capsys.readouterr().out)
    rows = {r["rule"]: r for r in report["by_rule"]}
    assert rows["f2"]["status"] == {"open": 1} and rows["f2"]["created"] == 1
    assert set(report) == {
        "today",
        "period_days",
        "conversion_days",
        "by_rule",
        "overdue",
        "overdue_items",
        "operators",
        "unassigned_personal",
    }
    assert report["unassigned_personal"] == 0


def test_the_report_counts_personal_items_without_an_assignee(
    base: Base, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A VIP nobody ever called gets a personal item without an assignee: the report says so."""
    base.buyer("VIPDORM", [200], rank="vip")
    base.buyer("DORM", [200])
    assert main(["followups", "refresh", "--today", "2026-12-06", "--json", "--db", db_target]) == 0
    capsys.readouterr()
    assert base.follow_up("VIPDORM").handling == "personal"
    assert main(["report", "followups", "--today", "2026-12-06", "--json", "--db", db_target]) == 0
    assert json.loads(capsys.readouterr().out)["unassigned_personal"] == 1
    assert main(["report", "followups", "--today", "2026-12-06", "--db", db_target]) == 0
    assert "personal (VIP) without an assignee: 1" in capsys.readouterr().out


def test_bad_date_is_a_usage_error(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["followups", "refresh", "--today", "2026-13-01", "--db", db_target])
    assert exc.value.code == 2
    assert "expected a date written YYYY-MM-DD" in capsys.readouterr().err


def test_letter_follow_ups_are_a_segment_and_print(
    base: Base, db_target: str, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    base.buyer("DORM", [200])  # dormant_180: a letter
    base.buyer("VIPDORM", [200], rank="vip", do_not_call=True)  # a personal letter: not in DM
    assert main(["followups", "refresh", "--today", "2026-12-06", "--json", "--db", db_target]) == 0
    capsys.readouterr()
    assert main(["segments", "--json", "--db", db_target]) == 0
    segments = json.loads(capsys.readouterr().out)
    names = {s["name"] for s in segments} if isinstance(segments, list) else set(segments)
    assert "followup_dormant_180_letter" in names
    out = f"{tmp_path}/dm.pdf"
    args = ["print", "dm", "--segment", "followup_dormant_180_letter", "--today", "2026-12-06"]
    args += ["--offer-code", "COMEBACK"]  # the dormant DM prints an offer code
    # ... and its 担当: without an operator (the owner alone) it is refused, nothing written
    assert main([*args, "--out", out, "--json", "--quiet", "--db", db_target]) == 1
    assert "--operator" in capsys.readouterr().err
    args += ["--operator", "suzuki"]
    assert main([*args, "--out", out, "--json", "--quiet", "--db", db_target]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["letters"] == 1 and printed["excluded"] == 0
    # The next refresh marks the mailed follow-up done; a second print finds nobody.
    assert main(["followups", "refresh", "--today", "2026-12-06", "--json", "--db", db_target]) == 0
    assert json.loads(capsys.readouterr().out)["closed"] == 1
    assert base.follow_up("DORM").outcome == "mailed"
