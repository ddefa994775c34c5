"""Settings every entry point shares: where the database is and who is at the desk.

Stored as a small JSON file in the user's config directory (platformdirs); window geometry and
other view state live in QSettings on the GUI side.
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import platformdirs

APP_NAME = "crmdesk"
#: Overrides the whole config folder (tests, several profiles on one machine).
ENV_CONFIG_DIR = "CRMDESK_CONFIG_DIR"
#: Overrides the database for one process (`crmdesk --db` sets it for the GUI it starts).
ENV_DATABASE = "CRMDESK_DB"


def config_dir() -> Path:
    """The folder holding ``settings.json``."""
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The folder holding the default SQLite database and its backups."""
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database() -> str:
    """The embedded default: a SQLite file in the user's data directory."""
    return str(data_dir() / "crmdesk.sqlite3")


@dataclass(frozen=True)
class Settings:
    """What the user configured; every field has a default so a first start needs no set-up."""

    database: str = ""
    operator_login: str = ""
    language: str = "ja"

    def resolved_database(self) -> str:
        """The database to open: environment override, then setting, then the default file."""
        return os.environ.get(ENV_DATABASE) or self.database or default_database()

    def resolved_operator(self) -> str:
        """The local operator profile: the configured login or the OS user name."""
        if self.operator_login:
            return self.operator_login
        try:
            return getpass.getuser()
        except (KeyError, OSError):  # no passwd entry in some containers
            return "operator"


def load_settings() -> Settings:
    """Read settings.json; a missing or unreadable file gives the defaults (never a crash)."""
    path = config_dir() / "settings.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {k: str(v) for k, v in raw.items() if k in Settings.__dataclass_fields__}
    return replace(Settings(), **known)


def save_settings(settings: Settings) -> None:
    """Write settings.json atomically (write a temp file, then rename)."""
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / "settings.json.tmp"
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(folder / "settings.json")
