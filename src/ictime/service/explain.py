"""Why a block has its tag, in words: a correction, what was learned, or the rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ictime.config import Config
from ictime.model import TAG_LEARNED, TAG_MANUAL, TAG_SERIES, UNTAGGED, Block, tag_word
from ictime.service.blocks import (
    block_from_row,
    classify,
    find_row,
    make_classifier,
    me_by_source,
    occurrence_from_row,
)

if TYPE_CHECKING:
    from ictime.store import Store


def _by_hand(block: Block) -> str:
    return "marked by hand" if block.not_work else "tagged by hand"


def explain_block(store: Store, config: Config, block_ref: str) -> tuple[Block, str]:
    """Why a block has its tag, in words.

    Returns:
        The block and a multi-line explanation.
    """
    row = find_row(store, config, block_ref)
    block = block_from_row(row, config)
    verdict = tag_word(block)
    if block.tag_source == TAG_MANUAL:
        text = f"{verdict}: {_by_hand(block)} for this occurrence (`ictime tag`)."
    elif block.tag_source == TAG_SERIES:
        text = f"{verdict}: {_by_hand(block)} for the whole series (`ictime tag --series`)."
    elif block.tag_source == TAG_LEARNED:
        from ictime.classify.learned import describe
        from ictime.service.learning import lesson_of

        lesson = lesson_of(store, config, row)
        text = describe(lesson) if lesson else f"{verdict}: learned from your corrections"
    else:
        from ictime.classify import explain

        classifier = make_classifier(config, me_by_source(store, config)[row["source_id"]])
        tag = classify(classifier, occurrence_from_row(row, config), block.calendar)
        text = explain(tag)
        if tag.category != UNTAGGED and not tag.confident:
            text += (
                "\nOnly a guess: the evidence above is weak, so Triage asks about it."
                " Tag it (`ictime tag`) to confirm or correct it; ictime learns from that."
            )
    if not block.counted:
        text += f"\nNot counted as worked time: {block.not_counted_reason}."
    return block, text
