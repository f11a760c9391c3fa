"""Qt item models over the data-access layer: QtCore only, no widgets and no SQL."""
