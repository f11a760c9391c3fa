"""Start to first paint of any program's window, as the X server sees it (DAMAGE events).

Watches the root window of an X display (Xvfb in the benchmarks) for new top-level windows;
once one is mapped, a Damage object on it reports the first drawing the server receives. The
program is started after the watch is set up, so the figure runs from its start to the moment
its first pixels reach the server: the same measure for sco-desktop and for any other program,
whatever toolkit or language it is written in.
"""

from __future__ import annotations

import os
import select
import subprocess
import time
from dataclasses import dataclass

from Xlib import X, display
from Xlib.ext import damage

TIMEOUT_S = 60


@dataclass(frozen=True)
class Start:
    first_paint_ms: float
    peak_rss_mib: float
    """The program's peak resident memory up to when it exited (or was stopped after painting)."""
    cpu_ms: float
    """The program's processor time (user and system) until it exited: unlike wall time, it
    hardly moves when other work shares the machine."""


def measure(command: list[str], display_name: str, env: dict[str, str] | None = None) -> Start:
    """Starts `command` on `display_name`; returns when its first window was first drawn on.

    A program that does not exit by itself within a second of painting is stopped.
    """
    screen = display.Display(display_name)
    try:
        if not screen.has_extension("DAMAGE"):
            raise RuntimeError(f"the X server on {display_name} has no DAMAGE extension")
        screen.damage_query_version()
        root = screen.screen().root
        root.change_attributes(event_mask=X.SubstructureNotifyMask)
        screen.sync()
        damage_event = screen.extension_event.DamageNotify
        environment = {**os.environ, **(env or {}), "DISPLAY": display_name}
        start = time.perf_counter()
        process = subprocess.Popen(
            command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        painted = None
        watched = []
        while painted is None:
            if time.perf_counter() - start > TIMEOUT_S:
                # Counted as missing (NaN), not as a time: the table says how many were.
                painted = float("nan")
                break
            if not screen.pending_events():
                select.select([screen], [], [], 0.05)
            while screen.pending_events():
                event = screen.next_event()
                if event.type == X.MapNotify and event.event == root:
                    watched.append(event.window.damage_create(damage.DamageReportNonEmpty))
                    screen.flush()
                elif event.type == damage_event:
                    painted = time.perf_counter()
                    break
        for handle in watched:
            screen.damage_destroy(handle)
        screen.flush()
    finally:
        screen.close()
    usage = _wait(process)
    if painted != painted:
        return Start(float("nan"), usage.ru_maxrss / 1024, float("nan"))
    return Start(
        (painted - start) * 1000, usage.ru_maxrss / 1024, (usage.ru_utime + usage.ru_stime) * 1000
    )


def _wait(process: subprocess.Popen, within_s: float = 2.0):
    """The child's resource usage once it has exited, stopping it if it does not by itself."""
    deadline = time.perf_counter() + within_s
    while time.perf_counter() < deadline:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return usage
        time.sleep(0.01)
    process.terminate()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return usage
