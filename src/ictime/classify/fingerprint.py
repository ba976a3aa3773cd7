"""A hash of everything that decides rule tags, computed without compiling a single rule.

The store records the fingerprint its tags were computed with; a command or the app compares
it with the config's before reading, so the check must be cheap: it hashes the rules as
written (the person's and the built-in specs) and the word vote's counts file, not their
compiled regexes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from ictime.classify.builtin_rules import DEFAULT_RULE_SPECS
from ictime.classify.people import normalise_email
from ictime.classify.word_vote import counts_digest

# Bump when the meaning of a condition changes, so stored tags are recomputed.
ENGINE_VERSION = 2


def rules_fingerprint(
    rules: Sequence[Mapping[str, Any]], me: Collection[str], tz: ZoneInfo, work: Any = None
) -> str:
    """A stable hash of the rules, my addresses, the zone and the working hours.

    Args:
        rules: the person's `[[rules]]` tables, as the config holds them.
        me: my e-mail addresses (any case, `mailto:` allowed).
        tz: the configured zone (weekday and time-of-day conditions read it).
        work: the working days and hours, as the config holds them (`working_hours` reads
            them), or None for the defaults.

    Returns:
        Sixteen hex digits; it changes whenever a stored tag might.
    """
    payload = json.dumps(
        {
            "engine": ENGINE_VERSION,
            "builtin": DEFAULT_RULE_SPECS,
            "words": counts_digest(),
            "rules": list(rules),
            "me": sorted({normalise_email(address) for address in me}),
            "tz": tz.key,
            "work": work,
        },
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:16]
