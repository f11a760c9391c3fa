"""Runs the whole suite N times in a row while two processes keep the CPU busy.

A suite that passes once on an idle machine proves little: timing-dependent faults (a native
crash in a paint event, a race in a kill -9 test) showed up only under load. Stops at the first
failing run and prints its output; prints the wall time of every run.

Usage: python scripts/soak.py [RUNS]
"""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import time


def burn() -> None:
    while True:
        sum(i * i for i in range(10_000))


def main(runs: int) -> int:
    burners = [multiprocessing.Process(target=burn, daemon=True) for _ in range(2)]
    for burner in burners:
        burner.start()
    try:
        for run in range(1, runs + 1):
            started = time.monotonic()
            result = subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                capture_output=True,
                text=True,
            )
            elapsed = time.monotonic() - started
            last = (result.stdout.strip().splitlines() or [""])[-1]
            print(f"run {run}/{runs}: exit {result.returncode}, {elapsed:.0f} s: {last}")
            if result.returncode != 0:
                print(result.stdout[-20_000:], result.stderr[-5_000:], sep="\n")
                return 1
    finally:
        for burner in burners:
            burner.terminate()
    print(f"{runs} consecutive passes under load")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10))
