"""The last guess, from words: what the words of a title were on the labelled calendars.

When no built-in rule reads a block's words, it is untagged or tagged by its shape alone (a
large group, two others, a long block alone). Then the words of its title, each counted by
category over the labelled calendars' titles (`tests/data/tagging/dev`, their writers'
labels), may still say what it is: "MISRA" and "tf drift" were deep work on other people's
calendars. The counts are kept in `data/word_counts.json`, built by
`scripts/build_word_counts.py`, which counts each calendar's distinct titles once, and only
words that two calendars or more use (no writer's private shorthand) and that name nobody
(no attendee's or organiser's name or address on any of them). Never a held-out calendar:
their misses are never read, and neither are their words.

The vote is naive Bayes: the share of each category among titles with the block's kind of
attendee list (alone, one other, a group), times, for each known word, its share of the
category's titles (smoothed by `SMOOTHING`). A category that takes `SHARE` of the vote or
more tags the block, as a guess; "none" leaves it out of every category. Words alone never
make a meeting of two others or more deep work or not work: the rules read pairing, mob
programming, debugging and admin sessions, and words mislead there ("focus" in "Focus group:
checkout flow", "visite" and "saisie" in a site visit about data entry). On the held-out
sets of rounds 45-60 (128 calendars, 14,843 blocks), each voted on with the counts of the
calendars before it, this took 121 blocks right that the shape or nothing had wrong and 31
the other way (README, "Tagging quality", rounds 62 and 63).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

CATEGORIES = ("deep_work", "relationships", "communication", "learning", "none")
"""The categories counted, in the order of each word's counts (`none`: not work)."""

SHARE = 0.8
"""The least share of the vote that tags a block."""

SMOOTHING = 0.1
"""Added to every count, so that a word never seen in a category does not rule it out."""

SHAPE_RULES = frozenset({"default:large-group", "default:small-group", "default:long-solo"})
"""The built-in rules that read only a block's shape: the vote comes before them."""

KINDS = ("alone", "one other", "group")
"""The kinds of attendee list the counts tell apart (`people_kind`)."""

_NOT_FOR_MEETINGS = frozenset({"deep_work", "none"})
"""What words alone never make a meeting of two others or more."""

_WORD = re.compile(r"[^\W\d_]{2,}")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+")


def title_words(title: str) -> frozenset[str]:
    """The words of a title as the counts know them.

    Args:
        title: the title, as the rules read it (NFKC).

    Returns:
        Its case-folded words of two letters or more, and for Japanese, Chinese and Korean
        (often written without spaces) each pair of neighbouring characters.
    """
    folded = title.casefold()
    words = set(_WORD.findall(folded))
    for run in _UNSPACED.findall(folded):
        words.update(run[at : at + 2] for at in range(len(run) - 1))
    return frozenset(words)


def people_kind(others: int) -> str:
    """The kind of attendee list (`KINDS`) of a block with this many others."""
    return KINDS[min(max(others, 0), 2)]


@dataclass(frozen=True)
class Vote:
    """What the words say: a category, its share of the vote, and the words that told."""

    category: str
    share: float
    words: tuple[tuple[str, int, int], ...]
    """Each known word, most telling first, with its titles in the category and in all."""


@dataclass(frozen=True)
class Counts:
    """The counts of `data/word_counts.json`."""

    calendars: int
    kinds: dict[str, list[int]]
    totals: list[int]
    words: dict[str, list[int]]


@cache
def counts() -> Counts:
    """The word counts shipped with ictime, read once."""
    data = json.loads(_raw())
    return Counts(data["calendars"], data["kinds"], data["totals"], data["words"])


@cache
def counts_digest() -> str:
    """A hash of the counts, for the rules' fingerprint (stored tags follow a new table)."""
    return hashlib.sha256(_raw()).hexdigest()[:16]


@cache
def _raw() -> bytes:
    """The counts file, read once a process (for the fingerprint and for the vote)."""
    return files("ictime").joinpath("data", "word_counts.json").read_bytes()


def vote(title: str, others: int) -> Vote | None:
    """The words' verdict on a block, or None when they say too little.

    Args:
        title: its title, as the rules read it.
        others: how many attendees other than me it has.

    Returns:
        The winning category when it takes `SHARE` of the vote and at least one word of the
        title is counted; otherwise None.
    """
    table = counts()
    known = sorted(word for word in title_words(title) if word in table.words)
    if not known:
        return None
    kind = table.kinds[people_kind(others)]
    scores = []
    for index, total in enumerate(table.totals):
        score = math.log(kind[index] + 1)
        for word in known:
            score += math.log((table.words[word][index] + SMOOTHING) / (total + SMOOTHING * 5))
        scores.append(score)
    top = max(scores)
    weights = [math.exp(score - top) for score in scores]
    best = weights.index(1.0)
    share = 1.0 / sum(weights)
    if share < SHARE or (CATEGORIES[best] in _NOT_FOR_MEETINGS and others >= 2):
        return None  # (a meeting is hands-on or not work by a rule's reading, not its words)
    told = [(word, table.words[word][best], sum(table.words[word])) for word in known]
    told.sort(key=lambda item: (-item[1] / item[2], -item[2], item[0]))
    return Vote(CATEGORIES[best], share, tuple(told))
