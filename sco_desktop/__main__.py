"""Lets `python -m sco_desktop` behave as the `sco-desktop` command; holds no logic of its own."""

import signal
import sys

try:
    from sco_desktop.app import main

    status = main()
except KeyboardInterrupt:
    # Ctrl+C while the program is still loading, before the command's own handling is in place.
    sys.stderr.write("sco-desktop: interrupted\n")
    status = 128 + signal.SIGINT  # what a shell reports for a command stopped by Ctrl+C
raise SystemExit(status)
