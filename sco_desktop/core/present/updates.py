"""The words for data updates: what a pack is and what it would change, and where the data
shown comes from. Shared by `sco-desktop pack` and the window's install dialog and status bar,
so both say the same. Plain text, no Qt.
"""

from __future__ import annotations

import datetime as dt

from sco_desktop.core.data.pack_changes import ChangeSummary
from sco_desktop.core.data.pack_store import ActiveData, InstalledPack, PreparedUpdate
from sco_desktop.core.domain.language import IN_ENGLISH, Language

DATA_AGE_KEY = "data/warn_after_days"
"""Where the preferences keep the data age that earns a warning (ui/common/settings.py); the
command line reads the same key from the same file."""
DATA_AGE_DEFAULT_DAYS = 365
"""Warn about data older than a year unless Preferences say otherwise; 0 never warns."""


def verification_lines(prepared: PreparedUpdate, language: Language = IN_ENGLISH) -> list[str]:
    manifest = prepared.manifest
    passed = language.translate(
        "Updates",
        "{pack}: signature, manifest, file sizes and SHA-256, and database checks passed",
    )
    signed = language.translate("Updates", "Signed by {key}")
    update = language.translate(
        "Updates", "Update {sequence}, made {made}, data as of {date} (schema {schema})"
    )
    return [
        passed.format(pack=prepared.pack.name),
        signed.format(key=prepared.key.describe()),
        update.format(
            sequence=manifest.sequence,
            made=manifest.created[:10],
            date=manifest.data_as_of,
            schema=manifest.schema_version,
        ),
    ]


def change_lines(changes: ChangeSummary, language: Language = IN_ENGLISH) -> list[str]:
    dates = language.translate("Updates", "Data as of {old} → {new}")
    lines = [dates.format(old=changes.old_as_of, new=changes.new_as_of)]
    if changes.unchanged:
        return [*lines, language.translate("Updates", "No rows differ.")]
    counts = language.translate(
        "Updates", "{table}: {added} added, {changed} changed, {removed} removed"
    )
    for table in changes.tables:
        if table.added or table.changed or table.removed:
            lines.append(
                counts.format(
                    table=table.table,
                    added=table.added,
                    changed=table.changed,
                    removed=table.removed,
                )
            )
    return lines


def pack_line(pack: InstalledPack) -> str:
    return (
        f"update {pack.sequence}: data as of {pack.data_as_of}, made {pack.created[:10]},"
        f" installed {pack.installed[:10]}, signed by {pack.key}"
    )


def rollback_lines(
    current: InstalledPack,
    target: InstalledPack | None,
    bundled_as_of: str,
    language: Language = IN_ENGLISH,
) -> list[str]:
    """What going back one step leaves and what it activates; `target` None: the bundled data."""
    translate = language.translate
    installed = translate("Updates", "update {sequence}, data as of {date}, installed {installed}")
    if target is None:
        goal = translate("Updates", "the data that came with sco-desktop, as of {date}").format(
            date=bundled_as_of
        )
    else:
        goal = installed.format(
            sequence=target.sequence, date=target.data_as_of, installed=target.installed[:10]
        )
    active = installed.format(
        sequence=current.sequence, date=current.data_as_of, installed=current.installed[:10]
    )
    return [
        translate("Updates", "Active now: {update}").format(update=active),
        translate("Updates", "Going back to: {goal}").format(goal=goal),
        translate(
            "Updates",
            "Update {sequence} cannot be installed again afterwards; only a newer update"
            " can move the data forward.",
        ).format(sequence=current.sequence),
    ]


def data_origin(data_as_of: str, active: ActiveData | None, language: Language = IN_ENGLISH) -> str:
    """The status bar's words: the data's date, and the update it came from, if any."""
    if active is None or active.pack is None:
        return language.translate("Updates", "Data as of {date}").format(date=data_as_of)
    pack = active.pack
    return language.translate(
        "Updates", "Data as of {date} (update {sequence}, installed {installed})"
    ).format(date=data_as_of, sequence=pack.sequence, installed=pack.installed[:10])


def data_age_days(stored: object) -> int:
    """The preference as the settings file holds it (a string, or None when unset) in days;
    the default when it is unset or not a whole number (the file was edited by hand)."""
    try:
        return max(int(str(stored)), 0)
    except ValueError:
        return DATA_AGE_DEFAULT_DAYS


def data_age_warning(
    data_as_of: str, warn_after_days: int, today: dt.date, language: Language = IN_ENGLISH
) -> str:
    """One line when the data is older than `warn_after_days` (0 or less: never), else "".

    A warning, never a refusal: an air-gapped machine's clock may be far off, so old data stays
    usable and the analyst decides.
    """
    try:
        as_of = dt.date.fromisoformat(data_as_of)
    except ValueError:
        return ""
    if warn_after_days <= 0 or (today - as_of).days <= warn_after_days:
        return ""
    return language.translate(
        "Updates",
        "Data as of {date} — older than {days} days; ask your administrator for an update",
    ).format(date=data_as_of, days=warn_after_days)
