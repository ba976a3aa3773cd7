"""Learning from corrections: a block that resembles one the person tagged takes its category.

Every correction or confirmation (`ictime tag`, Triage) keeps the corrected block's features
as an *example*. Another block resembles an example when their titles share distinctive
words; the same organiser and the same kind of attendee list add to the likeness:

- **Distinctive words.** A title's words, case-folded, without digits (dates, times,
  ticket and room numbers), without words of one letter, without the names of people
  (every attendee's and organiser's name and the words of their e-mail address, anywhere in
  the person's calendar) and without generic meeting words (`meeting`, `sync`, `weekly`,
  `mit`, `reunião`, month and day names, …). Each word weighs its rarity across the
  person's distinct titles (inverse document frequency, `log(1 + n / df)`): "Kafka"
  outweighs "review".
- **Title likeness** is the weighted overlap of the two word sets (Dice: twice the weight
  of the shared words over the weight of both sets), 0 to 1; no shared word, no likeness.
  A shared head alone (the words before a `:`) is not enough: a person who writes
  "Focus: …" before every build block and corrects one "Focus: QBR slides" to
  communication has said nothing about "Focus: parser rewrite". (The heads once counted
  on their own: on the labelled calendars that moved nothing right that the whole titles
  did not, and one correction of that kind turned thirteen focus blocks wrong.)
- **Score** = 0.7 × title likeness + 0.15 for the same organiser + 0.15 for the same kind of
  attendee list (solo, one other, a small group of 2–6 others, a large group of 7 or more),
  or 0.1 when both have other people but not the same number: alone or with others tells
  more than how many ("Déj avec Inès et Léa" is like "Déj Thomas", not like a "Déj" alone).

An example may say "not work" (`ictime tag ID none`): the blocks that resemble it are then
decided not work, like any learned tag (untagged, counted in no category, not asked about).

A *confirmation* (an example whose block the rules already tagged with its category) says
the rules read that kind of block right, not that they read others wrong: it may tag a
block no rule tagged, or firm up one the rules give its category, but it never moves a
block the rules tag otherwise. Confirming "Daily Tarifa" as communication says nothing
against "Znüni Tarifa ☕🥐" being relationships: on the held-out calendars of rounds 7-12
such lessons moved five blocks after triage, four of them wrongly (README, "Tagging
quality"). A *correction* (the person chose another category than the rules) ranks above
them.

The best example takes the block when its score reaches `MATCH` and beats the best example
of any other category by `MARGIN` (two corrections that disagree teach nothing). The
learned tag is confident only when the score reaches `STRONG`; otherwise it is a guess.
Everything here is plain Python over the person's own data: nothing leaves the machine.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from ictime.classify.people import normalise_email
from ictime.model import NOT_WORK

MATCH = 0.5
"""The least score at which an example tags a block."""
STRONG = 0.75
"""The least score at which the learned tag is confident rather than a guess."""
MARGIN = 0.1
"""How far the best example must beat the best one of another category."""

_WORD = re.compile(r"[^\W\d_]+")
_EMAIL_WORD = re.compile(r"[^\W\d_]{2,}")

_GENERIC = """
    a an the and or of for with to on in at by from about via vs re fw fwd aw wg tr rv
    meeting meetings mtg sync syncs call calls chat catch up check weekly daily monthly
    biweekly bi quarterly annual session sessions invite invitation updated canceled
    cancelled tentative new my our your team time slot online virtual zoom teams meet
    jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june
    july august september october november december mon tue wed thu fri sat sun monday
    tuesday wednesday thursday friday saturday sunday today tomorrow week am pm
    mit und oder der die das den dem des ein eine einer zum zur von vom im am für fuer zu
    bei auf über ueber vor nach bis termin besprechung wöchentlich woechentlich
    täglich wöchentliches
    montag dienstag mittwoch donnerstag freitag
    com de da do dos das e o os as para em no na nos nas por sobre reunião reuniao semanal
    diária diaria segunda terça quarta quinta sexta
    y el la los las con del por en reunión reunion
    et le les des du avec pour sur réunion
"""
GENERIC_WORDS = frozenset(_GENERIC.split())
"""Words that say "a meeting" rather than what it is about: never distinctive."""


SOLO = "solo"


def people_kind(others: int) -> str:
    """The kind of attendee list a block has, by how many others are on it.

    Args:
        others: the number of attendees other than me.

    Returns:
        `solo`, `one other`, `small group` (2-6 others) or `large group` (7 or more).
    """
    if others <= 0:
        return SOLO
    if others == 1:
        return "one other"
    return "small group" if others <= 6 else "large group"


def name_words(names: Iterable[str]) -> set[str]:
    """The words of people's names and e-mail addresses (the part before the @).

    Args:
        names: display names (`Schäfer, Lukas`) and addresses (`lukas.schaefer@x.example`).

    Returns:
        Their case-folded words of two letters or more.
    """
    words: set[str] = set()
    for name in names:
        text = unicodedata.normalize("NFKC", name).casefold()
        if "@" in text:
            text = text.removeprefix("mailto:").split("@", 1)[0]
        words.update(_EMAIL_WORD.findall(text))
    return words


@dataclass(frozen=True)
class Example:
    """A block the person tagged, as ictime keeps it to learn from."""

    id: int
    uid: str
    title: str
    organizer: str
    people: str
    names: tuple[str, ...]
    category: str
    day: date
    tagged_on: date
    agrees: bool = False
    """The rules tag its block with its category: a confirmation, not a correction."""


@dataclass(frozen=True)
class Lesson:
    """What an example teaches one block: its category, how alike they are, and why."""

    example: Example
    score: float
    confident: bool
    shared: tuple[str, ...]

    @property
    def category(self) -> str:
        """The example's category."""
        return self.example.category


@dataclass
class Learner:
    """Finds the example a block resembles among the person's examples.

    Build it with `Learner.build`; `match` then answers in microseconds, remembering titles.
    """

    examples: Sequence[Example]
    names: frozenset[str]
    weights: dict[str, float]
    default_weight: float
    _words: dict[int, frozenset[str]] = field(default_factory=dict)
    _index: dict[str, list[Example]] = field(default_factory=dict)
    _seen: dict[tuple[str, str, str, str | None], Lesson | None] = field(default_factory=dict)

    @classmethod
    def build(
        cls, examples: Sequence[Example], titles: Iterable[str], names: Iterable[str]
    ) -> Learner:
        """Prepare the examples for matching.

        Args:
            examples: the person's examples.
            titles: the distinct titles of the person's blocks (for the rarity of words).
            names: people's names and addresses seen anywhere in the calendar.

        Returns:
            The learner.
        """
        known = frozenset(name_words(names))
        counts: Counter[str] = Counter()
        total = 0
        for title in titles:
            total += 1
            counts.update(_title_words(title, known))
        example_words = {
            example.id: _title_words(example.title, known | name_words(example.names))
            for example in examples
        }
        for words in example_words.values():
            counts.update(words)
            total += 1
        weights = {word: math.log(1 + total / df) for word, df in counts.items()}
        learner = cls(examples, known, weights, math.log(1 + max(total, 1)))
        for example in examples:
            words = example_words[example.id]
            learner._words[example.id] = words
            for word in words:
                learner._index.setdefault(word, []).append(example)
        return learner

    def match(
        self, title: str, organizer: str, others: int, ruled: str | None = None
    ) -> Lesson | None:
        """The lesson for a block, or None when no example is alike enough or they disagree.

        Args:
            title: the block's title.
            organizer: its organiser's address (any case).
            others: how many attendees other than me it has.
            ruled: the category the rules give it, or None when no rule tags it.

        Returns:
            The best example's lesson, or None.
        """
        key = (title, normalise_email(organizer), people_kind(others), ruled)
        if key in self._seen:
            return self._seen[key]
        lesson = self._decide(*key)
        self._seen[key] = lesson
        return lesson

    def _decide(self, title: str, organizer: str, kind: str, ruled: str | None) -> Lesson | None:
        words = _title_words(title, self.names)
        candidates = {
            e.id: e
            for word in words
            for e in self._index.get(word, ())
            if not e.agrees or ruled in (None, e.category)  # a confirmation moves nothing
        }
        if not candidates:
            return None
        scored: list[tuple[float, tuple[str, ...], Example]] = []
        for example in candidates.values():
            score, shared = self._score(words, organizer, kind, example)
            scored.append((score, shared, example))
        scored.sort(key=lambda item: (-item[0], -item[2].tagged_on.toordinal(), -item[2].id))
        best, shared, example = scored[0]
        rival = max((s for s, _, e in scored if e.category != example.category), default=0.0)
        if best < MATCH or round(best - rival, 6) < MARGIN:
            return None
        return Lesson(example, round(best, 3), best >= STRONG, shared)

    def _score(
        self, words: frozenset[str], organizer: str, kind: str, example: Example
    ) -> tuple[float, tuple[str, ...]]:
        theirs = self._words[example.id]
        shared = words & theirs
        score = 0.7 * self._dice(words, theirs)
        if organizer and organizer == normalise_email(example.organizer):
            score += 0.15
        if kind == example.people:
            score += 0.15
        elif SOLO not in (kind, example.people):
            score += 0.1
        return score, tuple(sorted(shared))

    def _weight(self, word: str) -> float:
        return self.weights.get(word, self.default_weight)

    def _dice(self, mine: frozenset[str], theirs: frozenset[str]) -> float:
        both = sum(map(self._weight, mine)) + sum(map(self._weight, theirs))
        return 2 * sum(map(self._weight, mine & theirs)) / both if both else 0.0


def _title_words(title: str, names: frozenset[str] | set[str]) -> frozenset[str]:
    """A title's distinctive words (see the module docstring)."""
    return frozenset(
        word
        for word in _WORD.findall(unicodedata.normalize("NFKC", title).casefold())
        if len(word) > 1 and word not in GENERIC_WORDS and word not in names
    )


def describe(lesson: Lesson) -> str:
    """Say in plain words what a block learned from, for `explain`.

    Args:
        lesson: the lesson.

    Returns:
        Several lines: the verdict, the example, the likeness, whether it is a guess.
    """
    example = lesson.example
    when = f"{example.tagged_on.day} {example.tagged_on:%b}"
    if example.category == NOT_WORK:
        verdict, tagged = "not work", "marked not work"
    elif example.agrees:
        verdict, tagged = example.category, f"confirmed as {example.category}"
    else:
        verdict, tagged = example.category, f"tagged {example.category}"
    lines = [
        f"{verdict}: learned from your corrections",
        f"because: like {example.title!r}, which you {tagged} on {when} (example {example.id})",
        f"  - shared words: {', '.join(lesson.shared)}",
        f"  - likeness {lesson.score:.2f} (a guess below {STRONG:.2f})",
    ]
    if not lesson.confident:
        lines.append("Only a guess: the likeness is not strong; tag it to teach ictime more.")
    lines.append(f"To forget it: `ictime learned --forget {example.id}`.")
    return "\n".join(lines)
