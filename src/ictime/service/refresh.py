"""Keeping the configured sources fresh: which are stale, and re-importing them.

A URL is stale when it was not read for `[import] refresh_after_hours`; a file when its
content differs from what was last imported; any source when it was never imported. The
times compared are the import log's, which the store writes in UTC as imports happen.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from ictime.config import Config, Source
from ictime.ics import SourceError, is_url, normalise, read_source
from ictime.service.imports import SourceReport, import_sources
from ictime.store import Store

NUDGE_AFTER = timedelta(days=3)
"""With no configured source, Today suggests an import when the last one is older."""


@dataclass(frozen=True)
class Download:
    """A source's bytes, read before the store is touched (or why they could not be)."""

    source: Source
    location: str
    data: bytes | None
    error: str = ""


def stale_sources(store: Store, config: Config, now: datetime | None = None) -> list[Source]:
    """The configured sources worth re-importing now; reads files, never writes.

    Args:
        store: the open database.
        config: the person's settings (sources and `refresh_after_hours`).
        now: the current moment (default: the system clock).

    Returns:
        The stale sources, in config order.
    """
    moment = now or datetime.now(UTC)
    fetched = store.last_fetched()
    threshold = timedelta(hours=config.import_.refresh_after_hours)
    stale = []
    for source in config.sources:
        location = normalise(source.location)
        last = fetched.get(location)
        if last is None:
            stale.append(source)
        elif is_url(location):
            if moment - last >= threshold:
                stale.append(source)
        elif _file_changed(store, location):
            stale.append(source)
    return stale


def _file_changed(store: Store, location: str) -> bool:
    state = store.source(location)
    try:
        data = read_source(location)
    except SourceError:
        return True  # the import says what is wrong with it
    return state is None or state.content_hash != hashlib.sha256(data).hexdigest()


def download(sources: Sequence[Source], config: Config) -> list[Download]:
    """Read each source's bytes, outside any store transaction.

    Args:
        sources: the sources to read.
        config: the person's settings (`[import] download_timeout_seconds`).

    Returns:
        One download per source, with its bytes or the reason they could not be read.
    """
    downloads = []
    for source in sources:
        location = normalise(source.location)
        try:
            data = read_source(location, download_timeout=config.import_.download_timeout_seconds)
            downloads.append(Download(source, location, data))
        except SourceError as error:
            downloads.append(Download(source, location, None, str(error)))
    return downloads


def import_downloads(
    store: Store, config: Config, downloads: Sequence[Download], *, today: date
) -> list[SourceReport]:
    """Import what `download` read, each source atomically, as `ictime import` would.

    Args:
        store: the open database.
        config: the person's settings.
        downloads: the sources' bytes (a failed download fails its import).
        today: the day the import window is measured from.

    Returns:
        One report per source, named by the source's name.
    """
    by_location = {item.location: item for item in downloads}

    def read(location: str) -> bytes:
        item = by_location[location]
        if item.data is None:
            raise SourceError(item.error)
        return item.data

    reports = []
    for item in downloads:
        (report,) = import_sources(
            store, config, [item.location], today=today, calendar=item.source.name, read=read
        )
        report.source = item.source.name
        reports.append(report)
    return reports


def last_import_age(store: Store, now: datetime | None = None) -> timedelta | None:
    """How long ago any calendar was last read whole, or None when never.

    Args:
        store: the open database.
        now: the current moment (default: the system clock).
    """
    fetched = store.last_fetched()
    if not fetched:
        return None
    return (now or datetime.now(UTC)) - max(fetched.values())


def describe_refresh(report: SourceReport, at: datetime) -> str:
    """One line on what refreshing a source did, for the status line.

    Args:
        report: the import's report.
        at: when it finished, in the person's zone.
    """
    if report.failed:
        return f"{report.source}: could not refresh: {report.error}"
    if report.outcome == "unchanged":
        return f"{report.source}: unchanged at {at:%H:%M}"
    return (
        f"{report.source}: {report.added} added, {report.updated} updated,"
        f" {report.removed} removed at {at:%H:%M}"
    )
