"""`sco-desktop pack`: the real command in child processes, from key pair to rollback."""

import os
import stat

from conftest import PACK_KEY_NAME, REMOVED_DOCUMENT, run_cli

from sco_desktop.core.infra import locations


def test_keygen_writes_an_owner_only_private_key_and_never_overwrites(tmp_path):
    result = run_cli("pack", "keygen", "--out", tmp_path / "keys", "--name", "ministry")
    assert result.returncode == 0, result.stderr
    private = tmp_path / "keys" / "ministry.key"
    assert (tmp_path / "keys" / "ministry.pub").read_text().startswith("-----BEGIN PUBLIC KEY")
    if os.name == "posix":
        assert stat.S_IMODE(private.stat().st_mode) == 0o600
    again = run_cli("pack", "keygen", "--out", tmp_path / "keys", "--name", "ministry")
    assert again.returncode == 1
    assert (
        again.stderr == f"sco-desktop: {private} already exists; choose another --out or --name\n"
    )


def test_build_verify_install_list_and_rollback(tmp_path, trusted, changed_sources, user_home):
    pack = tmp_path / "update-5.scopack"
    env = {locations.HOME_VARIABLE: str(user_home)}
    built = run_cli(
        "pack", "build", "--key", trusted, "--sequence", "5", "--sources", changed_sources,
        "-o", pack, env=env,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    assert "update 5, data as of 2025-12-01" in built.stdout

    noted = run_cli("notes", "add", REMOVED_DOCUMENT, "kept across updates", env=env)
    assert noted.returncode == 0, noted.stderr
    checked = run_cli("pack", "verify", pack, env=env)
    assert checked.returncode == 0, checked.stderr
    assert f"Signed by {PACK_KEY_NAME} (organisation key" in checked.stdout
    assert "Data as of 2025-11-18 → 2025-12-01" in checked.stdout
    assert "documents: 0 added, 0 changed, 1 removed" in checked.stdout
    assert not (locations.packs_folder() / "active.json").exists()

    installed = run_cli("pack", "install", pack, env=env)
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.startswith("installed update 5 (data as of 2025-12-01)")
    assert f"signed by {PACK_KEY_NAME}" in installed.stdout
    listed = run_cli("pack", "list", env=env)
    assert "update 5: data as of 2025-12-01" in listed.stdout and "(active)" in listed.stdout
    shown = run_cli("verify", env=env)
    assert "update-00000005" in shown.stdout
    notes = run_cli("notes", "list", env=env).stdout
    assert f"{REMOVED_DOCUMENT} (no longer in the reference data), " in notes
    assert "kept across updates" in notes

    replay = run_cli("pack", "install", pack, env=env)
    assert replay.returncode == 1
    assert replay.stderr.startswith("sco-desktop: update-5.scopack: update 5 is not newer")

    unasked = run_cli("pack", "rollback", env=env)
    assert unasked.returncode == 1 and "rollback not confirmed" in unasked.stderr
    assert "Go back from update 5 (data as of 2025-12-01) to the bundled data?" in unasked.stderr
    assert "update-00000005" in run_cli("verify", env=env).stdout
    confirmed = run_cli("pack", "rollback", "--yes", env=env)
    assert confirmed.returncode == 0, confirmed.stderr
    assert "rolled back: the bundled data is now active" in confirmed.stdout
    assert "(rolled back)" in run_cli("pack", "list", env=env).stdout


def test_refusals_are_one_line_naming_the_file(tmp_path, user_home):
    pack = tmp_path / "stick.scopack"
    pack.write_bytes(b"not a pack at all" * 100)
    result = run_cli("pack", "install", pack, env={locations.HOME_VARIABLE: str(user_home)})
    assert result.returncode == 1
    assert result.stderr.startswith("sco-desktop: stick.scopack: not a data update")
    assert result.stderr.count("\n") == 1
