"""sco-desktop: an offline reference on the SCO. Holds the version only; imports nothing."""

__version__ = "0.1.0"
