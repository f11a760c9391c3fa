"""The source policy: docs/sources.md lists the refused hosts, and no source is on one."""

import csv
import re

from conftest import PROJECT

from sco_desktop.core.domain.sources_policy import REFUSED_HOSTS, refused_host
from sco_desktop.core.infra import locations


def test_the_policy_document_lists_exactly_the_refused_hosts():
    text = (PROJECT / "docs" / "sources.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `([^`]+)` \|", text, re.M)
    assert sorted(listed) == sorted(REFUSED_HOSTS)


def test_a_host_and_its_subdomains_are_refused_and_nothing_else():
    assert refused_host("https://defence.pk/threads/1") == "defence.pk"
    assert refused_host("http://forum.defence.pk./x") == "defence.pk"
    assert refused_host("https://D1U1GMPG0DLYB8.cloudfront.net/a") == "cloudfront.net"
    assert refused_host("https://notdefence.pk/x") is None
    assert refused_host("https://www.inforos.ru/en/") is None
    assert refused_host("not a url") is None
    assert refused_host(None) is None


def test_no_source_of_the_data_is_on_a_refused_host():
    folder = locations.data_folder()
    found = []
    for path in (folder / "sources.csv",):
        with path.open(newline="", encoding="utf-8") as handle:
            found += [
                (path.name, row["id"], refused_host(row["url"]))
                for row in csv.DictReader(handle)
                if refused_host(row["url"])
            ]
    assert found == []
