"""Lets `python -m sco_desktop` behave as the `sco-desktop` command; holds no logic of its own."""

from sco_desktop.app import main

raise SystemExit(main())
