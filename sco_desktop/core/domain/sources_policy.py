"""Which sources the reference data may cite: the hosts it refuses, and how a host is matched.

Plain data and one pure function; the build refuses a source on these hosts and
`docs/sources.md` lists them with the reasons. It opens nothing: addresses are only text.
"""

from __future__ import annotations

from urllib.parse import urlsplit

REFUSED_HOSTS = (
    # Forums and message boards: anyone may post, nobody answers for the text.
    "defence.pk",
    "vybor-naroda.org",
    # Scrapers, mirrors and copies on another host: the publisher cannot be named or checked.
    "666dongdong.cn",
    "tsdianying02.cn",
    "jiongage.com",
    "knowledgr.com",
    "zerkal0-view.site",
    "newsru.site",
    "cloudfront.net",
    "test-www.inforos.ru",
    "banglamirrornews.com",
    "new-sports.cn",
    "indiatalkies.com",
    "latestly.com",
    "devdiscourse.com",
    "bigness.ru",
    "clv-development.org",
    "urdupoint.com",
    "menafn.com",
    "rossaprimavera.ru",
    "bartleby.com",
    "purpleculture.net",
    "baogao.com",
    "knoema.com",
    # Content farms and pages without an author or publisher that answers for them.
    "suinian.com",
    "rrrg.com.cn",
    "herald.ng",
    "worldatlas.com",
    "mapsofworld.com",
    "gaeatimes.com",
    "mekong-adventures.com",
)
"""Hosts whose pages are never cited; a host matches itself and every subdomain of it."""


def refused_host(url: str | None) -> str | None:
    """The entry of REFUSED_HOSTS that the address's host falls under, or None."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".").casefold()
    except ValueError:
        return None
    return next(
        (refused for refused in REFUSED_HOSTS if host == refused or host.endswith("." + refused)),
        None,
    )
