"""The benchmarks' scale generator makes a whole, consistent, larger copy of the database."""

import sys

from conftest import PROJECT

from sco_desktop.core.data import Repository

sys.path.insert(0, str(PROJECT / "benchmarks"))
from scale import scale  # a script beside the benchmarks, not a package


def test_a_copy_at_three_times_holds_three_consistent_worlds(repo, tmp_path):
    path = scale(3, tmp_path / "sco-x3.db")
    with Repository(path) as copy:
        assert copy.verify() == []  # checksum, quick_check, foreign keys, full-text index
        counts, original = copy.counts(), repo.counts()
        assert counts.states == 3 * original.states
        assert counts.trade_rows == 3 * original.trade_rows
        assert counts.sources == 3 * original.sources
        assert len(copy.labels()) == 3 * len(repo.labels())
        # Each copy has new ids, and its references point into the same copy.
        kaz = copy.state("KAZ-X3")
        assert kaz.name == "Kazakhstan" and kaz.source_id.endswith("-x3")
        assert copy.status_history("KAZ-X3")[-1].status == "member"
        assert {p.state_id for p in copy.participants("hos-2025-x2")} == {
            f"{p.state_id}-X2" for p in repo.participants("hos-2025")
        }
        # The derived tables were rebuilt: search finds the copies, misspelt too.
        found = {hit.id for hit in copy.search("Kazakstan", 50)}
        assert {"KAZ", "KAZ-X2", "KAZ-X3"} <= found
