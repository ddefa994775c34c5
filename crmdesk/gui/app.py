"""The composition root of the desktop app: everything the window needs is made here, once.

settings → Qt application → translator → hand over to a running crmdesk (one per user) → fonts
→ database (upgraded; a newer one is refused) → operator (local profile on SQLite, sign-in on
PostgreSQL) → main window → the local socket for screen pops. The Qt application and the
translator come before the database so that a refusal can be shown as a translated message box.
Nothing else in the GUI creates engines, sessionmakers or translators.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from crmdesk import __version__
from crmdesk.config import load_settings
from crmdesk.domain.errors import CrmdeskError, DatabaseTooNewError
from crmdesk.domain.ids import OperatorId
from crmdesk.domain.normalize import NormalizationError, normalize_phone
from crmdesk.domain.readmodels import OperatorView
from crmdesk.gui.dialogs.access import SignInDialog
from crmdesk.gui.fonts import register_fonts
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP
from crmdesk.gui.instance import InstanceServer, send
from crmdesk.gui.live import make_live_updates
from crmdesk.gui.main_window import SETTINGS_APP, SETTINGS_ORG, MainWindow
from crmdesk.gui.tasks import TaskRunner
from crmdesk.resources import resource_path
from crmdesk.services.database import Database, open_database
from crmdesk.services.operators import ensure_local_operator, needs_first_admin

EXIT_OK = 0
EXIT_ERROR = 1
# Same code as the CLI: the database was written by a newer crmdesk.
EXIT_TOO_NEW = 3
# The language the UI strings are written in; other languages need a .qm file.
SOURCE_LANGUAGE = "ja"
# What ``--self-check`` types into the search box: a one-kana prefix (サトウ, ササキ, サイトウ…)
# that finds customers in any realistic Japanese customer base, and nothing harmful in an empty one.
SELF_CHECK_QUERY = "サ"
# Who the self-check on a shared database is: nobody signs in, nothing is written.
SELF_CHECK_OPERATOR = OperatorView(OperatorId(0), "self-check", "self-check", "operator")
# How long the self-check waits for its search before calling it a failure.
SELF_CHECK_TIMEOUT_MS = 30_000

_CTX = "App"
_ERROR_TEXT: dict[str, str] = {
    DatabaseTooNewError.code: QT_TRANSLATE_NOOP(
        "App",
        "このデータベースは新しいバージョンの crmdesk で作成されているため開けません。"
        "新しいバージョンの crmdesk を使ってください。データベースは変更していません。",
    ),
    "E102": QT_TRANSLATE_NOOP(
        "App", "データベースを開けません。設定したファイルの場所または接続先を確認してください。"
    ),
}
_GENERIC_ERROR = QT_TRANSLATE_NOOP("App", "crmdesk を起動できませんでした。")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the UI translation for ``language`` (none for Japanese) and Qt's own dialogs'.

    Returns the installed translators (the caller removes them when done). A missing crmdesk
    translation is reported on stderr and leaves the UI in Japanese rather than failing.
    """
    installed: list[QTranslator] = []
    language = (language or SOURCE_LANGUAGE).strip().lower()
    # Qt's own strings (the buttons of message boxes, the line edit's context menu).
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir) and app.installTranslator(qt_translator):
        installed.append(qt_translator)
    if language == SOURCE_LANGUAGE:
        return installed
    try:
        qm = resource_path("translations", f"crmdesk_{language}.qm")
    except FileNotFoundError as exc:
        print(f"crmdesk: no translation for language {language!r} ({exc})", file=sys.stderr)
        return installed
    translator = QTranslator(app)
    if translator.load(str(qm)) and app.installTranslator(translator):
        installed.append(translator)
    else:
        print(f"crmdesk: could not load the translation {qm}", file=sys.stderr)
    return installed


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(SETTINGS_ORG)
    app.setApplicationName(SETTINGS_APP)
    app.setApplicationVersion(__version__)
    return app


def _report_failure(exc: BaseException, *, self_check: bool) -> None:
    """Explain a start-up failure: on stderr in self-check, in a message box otherwise."""
    if isinstance(exc, CrmdeskError):
        detail = str(exc)
        summary = QCoreApplication.translate(_CTX, _ERROR_TEXT.get(exc.code, _GENERIC_ERROR))
    else:
        detail = f"{exc.__class__.__name__}: {exc}"
        summary = QCoreApplication.translate(_CTX, _GENERIC_ERROR)
    print(f"crmdesk: {detail}", file=sys.stderr)
    if self_check:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "crmdesk", summary)
    box.setInformativeText(detail)
    box.exec()


# Qt's offscreen plugin says this on every window it shows; it means nothing for a self-check
# and would make every CI log look like a failure.
_OFFSCREEN_NOISE = ("does not support propagateSizeHints",)


def quiet_offscreen_messages(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, without the offscreen plugin's noise (self-check, bench)."""
    if not any(noise in message for noise in _OFFSCREEN_NOISE):
        print(message, file=sys.stderr)


def _self_check_search(window: MainWindow) -> int:
    """Type the self-check query into the real search box and wait for its hits."""
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def finished(_query: str, count: int) -> None:
        outcome["count"] = count
        loop.quit()

    def failed(message: str) -> None:
        outcome["error"] = message
        loop.quit()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    window.searchFinished.connect(finished)
    window.searchFailed.connect(failed)
    window.ui.searchEdit.setText(SELF_CHECK_QUERY)
    window.search_now()
    timer.start(SELF_CHECK_TIMEOUT_MS)
    loop.exec()
    timer.stop()
    window.searchFinished.disconnect(finished)
    window.searchFailed.disconnect(failed)
    if "error" in outcome:
        raise RuntimeError(f"the self-check search failed: {outcome['error']}")
    if "count" not in outcome:
        raise TimeoutError(f"the self-check search took over {SELF_CHECK_TIMEOUT_MS} ms")
    count = outcome["count"]
    assert isinstance(count, int)
    return count


def _who_is_at_the_desk(
    database: Database, runner: TaskRunner, login: str, *, self_check: bool
) -> OperatorView | None:
    """The operator: a local profile on SQLite, signed in on PostgreSQL (None: cancelled).

    The self-check on a shared database signs nobody in: it writes nothing and reports so.
    """
    if database.info.backend != "postgresql":
        return ensure_local_operator(database.uow(), login)
    if self_check:
        return SELF_CHECK_OPERATOR
    dialog = SignInDialog(database, runner, first_admin=needs_first_admin(database.uow()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.operator


def _request_for(pop: str | None) -> dict[str, Any]:
    return {"cmd": "pop", "number": pop} if pop else {"cmd": "raise"}


def _hand_over(pop: str | None) -> bool:
    """Pass the start (or the pop) to a crmdesk already running for this user; True if one did."""
    reply = send(_request_for(pop))
    if reply is None:
        return False
    if not reply.get("ok"):
        print(f"crmdesk: the running crmdesk refused: {reply.get('error')}", file=sys.stderr)
    else:
        print("crmdesk is already running: brought it forward", file=sys.stderr)
    return True


def _instance_handler(window: MainWindow) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """What the running window does for a second start, a screen pop, a script."""

    def handle(request: dict[str, Any]) -> dict[str, Any]:
        command = request.get("cmd")
        if command == "raise":
            window.bring_forward()
        elif command == "pop":
            number = str(request.get("number", ""))
            try:
                normalize_phone(number)
            except NormalizationError as exc:
                return {"ok": False, "error": str(exc)}
            window.pop(number)
        elif command == "status":
            dialog = window.dialog
            return {
                "ok": True,
                "customer_id": window.desk.customer_id,
                "dialog": type(dialog).__name__ if dialog is not None else None,
                "operator": window.operator.login,
                "database": window.database_info.url,
            }
        elif command == "quit":
            QTimer.singleShot(0, window.close)
        else:
            return {"ok": False, "error": f"unknown command {command!r}"}
        return {"ok": True}

    return handle


def _serve(app: QApplication, window: MainWindow, server: InstanceServer, pop: str | None) -> int:
    """Listen for second starts and pops, show the pop that started us, run the event loop."""
    if not server.listen():  # another crmdesk came up meanwhile: hand over to that one
        _hand_over(pop)
        return EXIT_OK
    if pop:
        window.pop(pop)
    return int(app.exec())


def _run(app: QApplication, target: str, *, self_check: bool, pop: str | None = None) -> int:
    settings = load_settings()
    translators = install_translators(app, settings.language)
    database: Database | None = None
    window: MainWindow | None = None
    server: InstanceServer | None = None
    try:
        # One crmdesk per user: a second start (or a pop) hands over to the running one.
        if not self_check and _hand_over(pop):
            return EXIT_OK
        families = register_fonts()
        # Refuses a newer schema before writing anything (SQLite is read through a read-only
        # connection), then upgrades an older one (backed up first).
        database = open_database(target)
        runner = TaskRunner()
        operator = _who_is_at_the_desk(
            database, runner, settings.resolved_operator(), self_check=self_check
        )
        if operator is None:  # sign-in cancelled
            runner.shutdown()
            return EXIT_OK
        window = MainWindow(database, operator, runner=runner, remember_geometry=not self_check)
        if not self_check and (live := make_live_updates(database, operator, runner, window)):
            window.attach_live(live)
        window.show()
        if not self_check:
            server = InstanceServer(_instance_handler(window))
            return _serve(app, window, server, pop)
        app.processEvents()
        found = _self_check_search(window)
        report = {
            "ok": True,
            "version": __version__,
            "database": database.info.url,
            "backend": database.info.backend,
            "revision": database.info.revision,
            "head": database.info.head,
            "operator": operator.login,
            "operator_role": operator.role,
            "language": settings.language,
            "test_query": SELF_CHECK_QUERY,
            "customers_found_for_test_query": found,
            "fonts": families,
            "window_title": window.windowTitle(),
            "platform": QApplication.platformName(),
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return EXIT_OK
    except DatabaseTooNewError as exc:
        _report_failure(exc, self_check=self_check)
        return EXIT_TOO_NEW
    except Exception as exc:
        _report_failure(exc, self_check=self_check)
        return EXIT_ERROR
    finally:
        if server is not None:
            server.close()
        if window is not None:
            window.close()  # also waits for its running queries
            window.deleteLater()
        if database is not None:
            database.close()
        for translator in translators:
            app.removeTranslator(translator)


def run_app(target: str, *, self_check: bool = False, pop: str | None = None) -> int:
    """Open the desktop app on ``target`` (SQLite path or SQLAlchemy URL); the exit code.

    With ``self_check`` the window is built and shown offscreen (unless QT_QPA_PLATFORM says
    otherwise), a search is run through it, a JSON report goes to stdout and the app exits 0;
    any failure is explained on stderr with a non-zero code (3: the database is too new).
    With ``pop`` (a phone number) the window opens on that caller (``crmdesk pop``); when this
    user's crmdesk is already running, the start or the pop is handed to it and this returns.
    """
    if not self_check:
        return _run(_application(), target, self_check=False, pop=pop)
    # The platform plugin is chosen when the QApplication is created, so this comes first.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    previous = qInstallMessageHandler(quiet_offscreen_messages)
    try:
        return _run(_application(), target, self_check=True)
    finally:
        qInstallMessageHandler(previous)
