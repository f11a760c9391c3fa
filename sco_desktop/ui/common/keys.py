"""Names the keyboard handling of several features agrees on; no widgets here."""

OWN_COPY_ACTION = "ownCopyAction"
"""The object name of a widget's own Copy action (a table copying its cells). The window's
Edit > Copy, the one action bound to the copy key, triggers it when that widget has the focus,
so the key is never bound twice."""
