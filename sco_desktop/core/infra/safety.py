"""Process-wide safety nets: no network connections, and no exception that ends the program.

`forbid_network()` installs an audit hook refusing every socket connection except Unix sockets.
`write_log()` appends to the log in the user folder; the window's exception dialog
(ui/shell/error_dialog.py) writes there too. No Qt here: the command line uses this module.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from sco_desktop import __version__
from sco_desktop.core.infra import locations

LOG_NAME = "sco-desktop.log"
MAX_LOG_BYTES = 1_000_000


class NetworkForbidden(RuntimeError):
    """sco-desktop never uses the network; something tried to."""


def _refuse_connections(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.sendto", "socket.getaddrinfo"):
        sock = args[0] if args else None
        family = getattr(getattr(sock, "family", None), "name", "")
        if event == "socket.getaddrinfo" or family != "AF_UNIX":
            raise NetworkForbidden(f"network use refused ({event}): sco-desktop works offline")


_network_forbidden = False


def forbid_network() -> None:
    """Refuses network connections for the rest of the process (audit hooks cannot be removed)."""
    global _network_forbidden
    if not _network_forbidden:
        sys.addaudithook(_refuse_connections)
        _network_forbidden = True


def log_path() -> Path:
    return locations.user_folder() / LOG_NAME


def write_log(text: str) -> Path | None:
    """Appends to the log (started afresh past MAX_LOG_BYTES); never raises."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = "w" if path.exists() and path.stat().st_size > MAX_LOG_BYTES else "a"
        with path.open(mode, encoding="utf-8") as log:
            log.write(
                f"{dt.datetime.now().isoformat(timespec='seconds')} sco-desktop {__version__}\n"
            )
            log.write(text.rstrip() + "\n\n")
        return path
    except OSError:
        return None
