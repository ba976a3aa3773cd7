"""The tagging evaluator reads each labelled calendar in its person's zone."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from support.tagging import script

DEV = Path(__file__).parent / "data" / "tagging" / "dev"


def test_a_zone_with_a_localised_outlook_name_is_read_by_its_clock() -> None:
    """Zwolle's Dutch Outlook names its zone "West-Europa (standaardtijd)", no known name:
    the evaluator picks a known zone with the same clock, before and after the clocks change,
    instead of UTC."""
    labelled = script("evaluate_tags").read_labels(DEV / "zwolle_insurance_outlook.ics")
    zone, amsterdam = ZoneInfo(labelled.timezone), ZoneInfo("Europe/Amsterdam")
    for moment in (datetime(2026, 10, 6, 8, tzinfo=UTC), datetime(2026, 10, 27, 8, tzinfo=UTC)):
        assert moment.astimezone(zone).utcoffset() == moment.astimezone(amsterdam).utcoffset()
