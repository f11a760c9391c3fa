"""Widgets, one pane per module: they are given records or models and never query."""
