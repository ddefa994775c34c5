"""Screen pop and one crmdesk per user: ``crmdesk pop NUMBER`` against a running and a stopped app.

The running instance is this test's own window behind an InstanceServer; the phone system's side
is a real ``crmdesk pop`` process. With no instance running, ``crmdesk pop`` starts the app
itself (offscreen), and the test asks it over the same socket what it shows, then closes it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crmdesk.domain.ids import CustomerId
from crmdesk.gui.app import _instance_handler
from crmdesk.gui.dialogs.customer import CustomerFormDialog
from crmdesk.gui.dialogs.info import ShortcutsDialog
from crmdesk.gui.instance import InstanceServer, send, server_name
from crmdesk.gui.main_window import MainWindow
from crmdesk.services.database import Database
from crmdesk.services.lookup import lookup_customer_code
from tests.conftest import add_customer

WAIT_MS = 15_000
# C0000001 山田 花子 has 090-1234-5678 (tests/gui/conftest.py).
YAMADA = "C0000001"


def _crmdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "crmdesk.cli", *args]


def _open_code(window: MainWindow) -> str | None:
    card = window.card
    return card.summary.code if card is not None else None


def test_a_full_width_number_pops_the_callers_card(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.desk.cardShown, timeout=WAIT_MS):
        window.pop("０９０−１２３４−５６７８")
    assert _open_code(window) == YAMADA
    assert window.ui.searchEdit.text() == "０９０−１２３４−５６７８"


def test_an_unknown_number_opens_the_new_customer_form_with_the_number(
    qtbot: QtBot, window: MainWindow
) -> None:
    with qtbot.waitSignal(window.dialogOpened, timeout=WAIT_MS) as opened:
        window.pop("+81 3-9999-0000")
    dialog = opened.args[0]
    assert isinstance(dialog, CustomerFormDialog)
    assert dialog.ui.phone1Edit.text() == "+81 3-9999-0000"
    assert window.card is None


def test_a_shared_household_number_lists_everyone_and_opens_nobody(
    qtbot: QtBot, window: MainWindow, desk_db: Database
) -> None:
    with desk_db.uow() as uow:
        add_customer(uow.session, code="C0000009", given_name="太郎", phones=["06-6123-9876"])
        uow.commit()
    with qtbot.waitSignal(window.searchFinished, timeout=WAIT_MS) as finished:
        window.pop("06-6123-9876")
    assert finished.args[1] == 2
    assert window.card is None and window.ui.resultsView.hasFocus()


def test_a_pop_waits_until_the_open_dialog_is_closed(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.actionShortcuts.trigger()
    assert isinstance(window.dialog, ShortcutsDialog)
    window.pop("09012345678")
    qtbot.wait(300)
    assert window.card is None  # nothing changes under the operator's open dialog
    assert "09012345678" in window.ui.statusBar.currentMessage()
    with qtbot.waitSignal(window.desk.cardShown, timeout=WAIT_MS):
        window.dialog.reject()
    assert _open_code(window) == YAMADA


@pytest.fixture
def served(window: MainWindow) -> Iterator[InstanceServer]:
    """This test's window answering on the user's instance socket, as a running crmdesk does."""
    server = InstanceServer(_instance_handler(window))
    assert server.listen()
    yield server
    server.close()


def test_crmdesk_pop_brings_the_running_instance_to_the_caller(
    qtbot: QtBot, window: MainWindow, served: InstanceServer, desk_db_path: Path
) -> None:
    proc = subprocess.Popen(
        _crmdesk("pop", "090 1234 5678", "--db", str(desk_db_path)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # This process must serve the socket while the pop process waits for its answer.
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=WAIT_MS)
    _out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert "already running" in err
    qtbot.waitUntil(lambda: _open_code(window) == YAMADA, timeout=WAIT_MS)


def test_another_process_cannot_take_over_a_live_instance_socket(
    qtbot: QtBot, window: MainWindow, served: InstanceServer
) -> None:
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from crmdesk.gui.instance import InstanceServer\n"
        "app = QCoreApplication([])\n"
        "print(InstanceServer(lambda r: {'ok': True}).listen())\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=WAIT_MS)
    out, err = proc.communicate()
    assert (proc.returncode, out.strip()) == (0, "False"), err
    assert served.name == server_name()
    # The live instance still answers.
    status = send_from_process(qtbot, {"cmd": "status"})
    assert isinstance(status, dict) and status["ok"] is True


def send_from_process(qtbot: QtBot, request: dict[str, object]) -> object:
    """``send`` from another process (as a phone system would), this one serving meanwhile."""
    script = (
        "import json, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from crmdesk.gui.instance import send\n"
        "app = QCoreApplication([])\n"
        "print(json.dumps(send(json.loads(sys.argv[1]))))\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, json.dumps(request)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=WAIT_MS)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    return json.loads(out)


def test_a_number_with_letters_is_refused_before_anything_starts(desk_db_path: Path) -> None:
    result = subprocess.run(
        _crmdesk("pop", "090-ABCD-5678", "--db", str(desk_db_path)),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "E301" in result.stderr


def test_a_bad_request_is_answered_with_an_error(
    qapp: QApplication, window: MainWindow, served: InstanceServer
) -> None:
    assert _instance_handler(window)({"cmd": "explode"}) == {
        "ok": False,
        "error": "unknown command 'explode'",
    }
    reply = _instance_handler(window)({"cmd": "pop", "number": "not a number"})
    assert reply["ok"] is False and "E301" in reply["error"]


def test_crmdesk_pop_starts_crmdesk_when_none_is_running(
    qapp: QApplication, desk_db_path: Path, desk_db: Database
) -> None:
    yamada_id: CustomerId = lookup_customer_code(desk_db.uow(), YAMADA)[0].id
    assert send({"cmd": "status"}, timeout_ms=200) is None  # nothing runs for this user
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        _crmdesk("pop", "090-1234-5678", "--db", str(desk_db_path)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline and proc.poll() is None:
            status = send({"cmd": "status"}, timeout_ms=500)
            if status is not None and status.get("customer_id") == yamada_id:
                break
            time.sleep(0.2)
        assert status is not None, proc.stderr.read() if proc.poll() is not None else "no answer"
        assert status["customer_id"] == yamada_id
        assert status["operator"] and status["database"].endswith("desk.sqlite3")
        # A second start hands over and leaves one crmdesk running.
        second = subprocess.run(
            _crmdesk("--db", str(desk_db_path)),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 0 and "already running" in second.stderr
        assert send({"cmd": "quit"}) == {"ok": True}
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
