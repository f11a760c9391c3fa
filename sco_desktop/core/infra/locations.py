"""Where the bundled database, source tables and resources are, in a checkout and in a wheel.

The only module that knows these paths; it opens nothing and writes nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_NAME = "sco.db"
MAP_NAME = "map.json"
MANIFEST_SUFFIX = ".sha256"
HOME_VARIABLE = "SCO_DESKTOP_HOME"
SETTINGS_FILE = "settings.ini"
"""The preferences, in the user folder: the window writes them, the command line reads them."""
PACKS_FOLDER = "data-updates"
TRUSTED_KEYS_FOLDER = "trusted-keys"

_PACKAGE = Path(__file__).resolve().parents[2]
_CHECKOUT = _PACKAGE.parent


def _bundled_folder(checkout_name: str, installed_name: str) -> Path:
    # A checkout keeps data/ and resources/ at the top level; a wheel installs them as
    # sub-packages (see pyproject.toml), always unpacked beside this package's own files, so
    # the package's folder is where they are (importlib.resources would cost every command
    # its import, some 5 ms).
    in_checkout = _CHECKOUT / checkout_name
    if (_CHECKOUT / "pyproject.toml").is_file() and in_checkout.is_dir():
        return in_checkout
    return _PACKAGE / installed_name


def data_folder() -> Path:
    """The folder holding the source tables (CSV) and the built database."""
    return _bundled_folder("data", "bundled_data")


def resources_folder() -> Path:
    """The folder holding icons, style sheets, templates and fonts."""
    return _bundled_folder("resources", "bundled_resources")


def bundled_database() -> Path:
    """The reference database that ships with the application."""
    return data_folder() / DATABASE_NAME


def map_file() -> Path:
    """The map's boundaries and places, derived from Natural Earth by scripts/derive_map.py."""
    return data_folder() / MAP_NAME


def manifest_for(database: Path) -> Path:
    """The SHA-256 manifest written beside a database when it is built."""
    return database.with_name(database.name + MANIFEST_SUFFIX)


def user_folder() -> Path:
    """Per-user files: SCO_DESKTOP_HOME when set, else the platform's user data folder."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override)
    import platformdirs  # here: the command line's look-ups never need it

    return Path(platformdirs.user_data_dir("sco-desktop", appauthor=False))


def packs_folder() -> Path:
    """Installed data updates, their staging folders and the pointer to the active one."""
    return user_folder() / PACKS_FOLDER


def trusted_keys_folder() -> Path:
    """The organisation's own public keys (`*.pub`) that may sign data updates."""
    return user_folder() / TRUSTED_KEYS_FOLDER
