"""The bundled demo calendar imports as the design promises: the features the app shows off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ictime.model import Block
from ictime.service import DEMO_TODAY, demo_calendar_path, demo_config, import_sources, list_blocks
from ictime.store import Store


def _demo_blocks(tmp_path: Path) -> list[Block]:
    store = Store.open(tmp_path / "demo.db")
    config = demo_config()
    (report,) = import_sources(store, config, [str(demo_calendar_path())], today=DEMO_TODAY)
    assert report.outcome == "imported" and not report.skipped, report
    blocks = list_blocks(store, config, date(2026, 11, 2), date(2026, 11, 29))
    store.close()
    return blocks


def _on(blocks: list[Block], summary: str) -> list[str]:
    return [f"{b.start:%m-%d %H:%M}" for b in blocks if b.summary == summary]


def test_demo_has_the_edge_cases_it_advertises(tmp_path: Path) -> None:
    blocks = _demo_blocks(tmp_path)
    standups = [b for b in blocks if b.summary == "Daily standup"]
    moved = [b for b in standups if b.recurrence_id and f"{b.start:%H:%M}" != "09:30"]
    assert [f"{b.start:%m-%d %H:%M}" for b in moved] == ["11-11 10:00"]
    assert "11-16 09:30" not in _on(blocks, "Daily standup")  # EXDATE
    cancelled = [b.start.date() for b in standups if b.not_counted_reason == "cancelled"]
    assert cancelled == [date(2026, 11, 20)]
    declined = {b.summary for b in blocks if b.not_counted_reason == "declined"}
    assert "Vendor pitch: observability platform" in declined
    assert _on(blocks, "Data platform sync (London)")[0] == "11-03 10:30"  # 15:30 in London
    pto = next(b for b in blocks if b.summary == "PTO")
    assert pto.all_day and not pto.counted and f"{pto.start:%m-%d}" == "11-13"
    assert any(b.summary == "[WIP] Plan [bold]launch[/bold]" for b in blocks)
    assert any(b.counted and b.category == "untagged" for b in blocks)
