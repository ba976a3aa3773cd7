"""Tags every calendar block with a category by ordered rules: the person's first, then built-ins.

The rules language (every condition, how rules are ordered, the built-in rules) is described
for users in `docs/config.md`, the one reference; the conditions themselves live in
`ictime.classify.conditions` and who counts as "me" or another attendee in
`ictime.classify.people`. A block that no rule matches, or only a rule of its shape (a
large group, two others, a long block alone), is guessed from its title's words when they
say enough (`ictime.classify.word_vote`); otherwise it stays `untagged`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Collection, Hashable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from ictime.classify.builtin_rules import DEFAULT_RULE_SPECS
from ictime.classify.conditions import Facts, builtin_regex
from ictime.classify.people import count_others, my_partstat, normalise_email
from ictime.classify.rules import (
    Rule,
    compile_builtin_rules,
)
from ictime.classify.word_vote import SHAPE_RULES, vote
from ictime.model import UNTAGGED, Occurrence
from ictime.textsafe import plain

# A word of a person's name: three letters or more (initials and "me" name nobody).
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
# A note that an occurrence moved says nothing of what it is: "Sprint retro (moved to Thu –
# Halloween potluck Fri)" is a retro, "1:1 (moved – ExCo prep Thu)" a 1:1; nor does a note on
# today's ("Daily Operación (hoy 08:30 por simulacro de evacuación)" is a daily), or its new
# time ("Reunión diaria – … (a las 9:45 por el simulacro)").
_MOVE_NOTE = re.compile(
    r"\s*[(\[](?:moved|preponed|postponed|rescheduled|shifted|new time|verschoben|movid[oa]"
    r"|reprogramad[oa]|d[ée]plac[ée]e?|spostat[oa]|flyttet|flyttad|siirretty|posunut\w*"
    r"|przesuni[ęe]t\w*|przeniesion\w*|dipindah\w*|d[ée]cal[ée]e?s?|report[ée]e?s?|zhvendos\w*"
    r"|перенес\w*|перенос\w*|verlegt|verplaatst|ertelen\w*"
    r"|today|hoy|heute|hoje|oggi|aujourd['’]hui"
    r"|a las \d{1,2}[:.h]\d{2})\b[^)\]]*[)\]]",
    re.IGNORECASE,
)
# The vowels a name's inflected forms may change ("Белова" → "Беловой").
_VOWELS = frozenset("aeiouyаеёиоуыэюяіїєáéíóúý")
# A run of Chinese or Korean characters: a name among them is two to four long (`_names_me`).
_CJK_RUN = re.compile(r"[\u4e00-\u9fff\uac00-\ud7a3]+")

_CACHE_LIMIT = 200_000
# The fields the built-in rules read, in key order: the fast path of `Classifier.classify`.
_BUILT_IN_NEEDS = (
    "all_day", "description", "minutes", "names_me", "organizer", "others", "title", "working"
)  # fmt: skip


class WorkWindow(NamedTuple):
    """The person's working days (0 = Monday) and hours, in minutes of the local day."""

    days: frozenset[int] = frozenset(range(5))
    start: int = 9 * 60
    end: int = 17 * 60


OFFICE_HOURS = WorkWindow()
"""Monday to Friday, 09:00-17:00: the default of `[work]`."""


def _length(occ: Occurrence) -> int:
    """An occurrence's length in whole minutes."""
    return int((occ.end - occ.start).total_seconds() // 60)


@cache
def default_rules() -> tuple[Rule, ...]:
    """The built-in rules, made on first use (start-up does not pay for them).

    Their regexes compile when first searched with (see `conditions._compile`).
    """
    return compile_builtin_rules(DEFAULT_RULE_SPECS, origin="built-in")


@cache
def _titles() -> dict[str, str]:
    """Each built-in rule's title regex, by the rule's name.

    The rival check compiles them with `builtin_regex`, which the rules' own conditions use:
    each is compiled once, whichever asks first.
    """
    return {str(spec["name"]): spec["title"] for spec in DEFAULT_RULE_SPECS if "title" in spec}


@dataclass(frozen=True)
class Tag:
    """The category of one block, the rule that set it, and the conditions that matched.

    `confident` is False for a guess: a tag from weak evidence, counted and marked as such.
    """

    category: str
    rule: str | None
    matched: tuple[str, ...] = ()
    confident: bool = True


class Classifier:
    """Tags occurrences by the person's rules, then the built-ins; remembers repeated blocks."""

    def __init__(
        self,
        user_rules: Sequence[Rule] = (),
        *,
        me: Collection[str] = (),
        tz: ZoneInfo,
        work: WorkWindow = OFFICE_HOURS,
    ) -> None:
        """Prepare the effective rule list.

        Args:
            user_rules: the person's compiled rules, in config order.
            me: my e-mail addresses (any case, `mailto:` allowed).
            tz: the configured zone, for weekday and time-of-day conditions.
            work: the working days and hours (`[work]`), for `working_hours`.
        """
        self.rules: tuple[Rule, ...] = (*user_rules, *default_rules())
        self._first_builtin = len(user_rules)
        self._me = frozenset(normalise_email(e) for e in me)
        self._my_domains = frozenset(e.rpartition("@")[2] for e in self._me if "@" in e)
        self._my_address_words = frozenset(
            word for e in self._me for word in _NAME_WORD.findall(e.split("@", 1)[0])
        )
        self._tz = tz
        self._work = work
        needs: set[str] = set()
        for rule in self.rules:
            needs |= rule.needs
        # The cache key holds only what some rule reads, in this order. Times and durations
        # enter it as the span between the bounds rules use, so few distinct keys arise.
        self._needs: tuple[str, ...] = tuple(sorted(needs))
        self._start_bounds = self._bounds("start")
        self._minute_bounds = self._bounds("minutes")
        self._fast = self._needs == _BUILT_IN_NEEDS
        self._cache: dict[Hashable, Tag] = {}
        self._organizers: dict[str, str] = {}
        self._named: dict[tuple[str, str], bool] = {}
        self._readers = self._getters()

    def classify(self, occ: Occurrence, *, calendar: str = "") -> Tag:
        """Tag one occurrence.

        Args:
            occ: the occurrence.
            calendar: the name of the calendar (source) it came from.

        Returns:
            The tag of the first matching rule, or an untagged Tag saying nothing matched.
        """
        if self._fast:  # only the built-ins' fields: the hot path of a large import
            organizer = self._organizer(occ.organizer) if occ.organizer else ""
            others = count_others(occ.attendees, organizer, self._me)
            length = _length(occ)
            minutes = _floor(self._minute_bounds, length)
            names_me = self._names_me(occ)
            working = self._working(occ, length)
            key: tuple[Hashable, ...] = (
                occ.all_day, occ.description, minutes, names_me, organizer, others, occ.summary,
                working,
            )  # fmt: skip
        else:
            key = tuple([read(occ, calendar) for read in self._readers])
        tag = self._cache.get(key)
        if tag is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            tag = self._decide(self._facts(key))
            self._cache[key] = tag
        return tag

    def _bounds(self, needs: str) -> tuple[int, ...]:
        found = {0}
        for rule in self.rules:
            for condition in rule.conditions:
                if condition.needs == needs:
                    found.update(condition.bounds)
        return tuple(sorted(found))

    def _organizer(self, raw: str) -> str:
        organizer = self._organizers.get(raw)
        if organizer is None:
            if len(self._organizers) >= _CACHE_LIMIT:
                self._organizers.clear()
            organizer = self._organizers[raw] = normalise_email(raw)
        return organizer

    def _others(self, occ: Occurrence) -> int:
        organizer = self._organizer(occ.organizer) if occ.organizer else ""
        return count_others(occ.attendees, organizer, self._me)

    def _working(self, occ: Occurrence, minutes: int) -> bool:
        """Whether a block of this many minutes overlaps the working hours of its local day."""
        local = occ.start.astimezone(self._tz)
        if local.weekday() not in self._work.days:
            return False
        begin = local.hour * 60 + local.minute
        return begin < self._work.end and min(begin + minutes, 24 * 60) > self._work.start

    def _names_me(self, occ: Occurrence) -> bool:
        """Whether the title has a word of my name, as this event lists me, or of my address.

        Words of three letters or more, case-folded: "Tech talk: idempotency (Arjun)" names
        arjun.raghavan@…; "me@corp.example" names nobody. A name of five letters or more is
        named in its inflected forms too, up to two letters longer and, if it ends in a vowel,
        with that vowel changed: "доклад Ксении Беловой" names Белова Ксения. A Chinese or
        Korean name (two to four characters) is named whole, anywhere in the title: "重构踩坑
        （罗浩）" names 罗浩; one of three characters by its given name too: "技術分享：DRC
        triage（冠宇）" names 林冠宇.
        """
        my_name = ""
        for attendee in occ.attendees:
            if attendee.name and attendee.email in self._me:
                my_name = attendee.name
                break
        key = (occ.summary, my_name)
        found = self._named.get(key)
        if found is None:
            if len(self._named) >= _CACHE_LIMIT:
                self._named.clear()
            mine = self._my_address_words.union(_NAME_WORD.findall(my_name.casefold()))
            cjk = [run for run in _CJK_RUN.findall(my_name) if 2 <= len(run) <= 4]
            cjk += [name[1:] for name in cjk if len(name) == 3]
            said = set(_NAME_WORD.findall(occ.summary.casefold()))
            stems = [
                (word if word[-1] not in _VOWELS else word[:-1], len(word), len(word) + 2)
                for word in mine
                if len(word) >= 5
            ]
            found = self._named[key] = (
                not mine.isdisjoint(said)
                or any(name in occ.summary for name in cjk)
                or any(
                    least <= len(w) <= most and w.startswith(stem)
                    for w in said
                    for stem, least, most in stems
                )
            )
        return found

    def _getters(self) -> list[Callable[[Occurrence, str], Hashable]]:
        """One reader per key field, chosen once so each classify call runs no dispatch."""
        me, tz = self._me, self._tz
        start_bounds, minute_bounds = self._start_bounds, self._minute_bounds

        def start(occ: Occurrence, _: str) -> Hashable:
            local = occ.start.astimezone(tz)
            return (local.weekday(), _floor(start_bounds, local.hour * 60 + local.minute))

        def minutes(occ: Occurrence, _: str) -> Hashable:
            return _floor(minute_bounds, _length(occ))

        readers: dict[str, Callable[[Occurrence, str], Hashable]] = {
            "title": lambda occ, _: occ.summary,
            "description": lambda occ, _: occ.description,
            "location": lambda occ, _: occ.location,
            "categories": lambda occ, _: occ.categories,
            "others": lambda occ, _: self._others(occ),
            "organizer": lambda occ, _: self._organizer(occ.organizer),
            "my_status": lambda occ, _: my_partstat(occ, me),
            "recurring": lambda occ, _: occ.recurring,
            "all_day": lambda occ, _: occ.all_day,
            "minutes": minutes,
            "calendar": lambda _, calendar: calendar,
            "start": start,
            "attendees": lambda occ, _: tuple(
                f"{a.name} <{a.email}>" for a in occ.attendees if a.email not in me
            ),
            "names_me": lambda occ, _: self._names_me(occ),
            "working": lambda occ, _: self._working(occ, _length(occ)),
        }
        return [readers[name] for name in self._needs]

    def _facts(self, key: tuple[Hashable, ...]) -> Facts:
        values: dict[str, Any] = dict(zip(self._needs, key, strict=True))
        if "title" in values:  # full-width "：", decomposed Vietnamese: read as typed elsewhere
            values["title"] = _MOVE_NOTE.sub("", unicodedata.normalize("NFKC", values["title"]))
        organizer = values.get("organizer", "")
        values["organizer_is_me"] = not organizer or organizer in self._me
        values["organizer_outside"] = self._outside(organizer)
        return Facts(**values)

    def _outside(self, organizer: str) -> bool:
        """Whether an organizer's address is at none of my domains (nor a domain around one).

        "news@mail.vendor.example" is outside for me@corp.example; "ana@eu.corp.example" is
        not. With no address of mine known, or an organizer without one, nobody is outside.
        A shared Google calendar (…@group.calendar.google.com) organizes for my own people.
        """
        domain = organizer.rpartition("@")[2] if "@" in organizer else ""
        if not domain or not self._my_domains or domain.endswith("calendar.google.com"):
            return False
        return not any(
            domain == mine or domain.endswith("." + mine) or mine.endswith("." + domain)
            for mine in self._my_domains
        )

    def _decide(self, facts: Facts) -> Tag:
        for index, rule in enumerate(self.rules):
            matched = rule.match(facts)
            if matched is not None:
                if index >= self._first_builtin and rule.name in SHAPE_RULES:
                    by_words = _by_words(facts)  # a shape rule is the last resort
                    if by_words is not None:
                        return by_words
                if index < self._first_builtin or not rule.confident:
                    return Tag(rule.category, rule.name, matched, rule.confident)
                rival = self._rival(rule, self.rules[index + 1 :], facts)
                if rival:
                    return Tag(rule.category, rule.name, (*matched, rival), confident=False)
                return Tag(rule.category, rule.name, matched)
        by_words = _by_words(facts)
        if by_words is not None:
            return by_words
        people = "1 other attendee" if facts.others == 1 else f"{facts.others} other attendees"
        return Tag(UNTAGGED, None, (f'title "{plain(facts.title)}"', people))

    @staticmethod
    def _rival(winner: Rule, later: Sequence[Rule], facts: Facts) -> str:
        """Why a built-in tag is only a guess: other words of the title point elsewhere.

        A later confident built-in rule of another category that matches too, on words of
        the title that the winner did not read ("Planning coffee": communication and
        relationships), makes the tag a guess. A rival that read the same words is a more
        general reading of them ("review" in "code review") and changes nothing.

        Returns:
            The line to add to the tag's reasons, or "" when nothing conflicts.
        """
        titles = _titles()
        if winner.name not in titles or winner.category == UNTAGGED:
            return ""
        read = [found.span() for found in builtin_regex(titles[winner.name]).finditer(facts.title)]
        for rule in later:
            if (
                rule.name not in titles
                or not rule.confident
                or rule.category in (winner.category, UNTAGGED)
                or rule.match(facts) is None
            ):
                continue
            for found in builtin_regex(titles[rule.name]).finditer(facts.title):
                start, end = found.span()
                if all(end <= low or start >= high for low, high in read):
                    words = plain(found.group(0)[:400])
                    words = words if len(words) <= 40 else words[:39] + "…"
                    return (
                        f'but "{words}" in the title fits {rule.category} ({rule.name}):'
                        " only a guess"
                    )
        return ""


WORDS_RULE = "default:words"
"""The built-in word vote's name, as tags and `explain` give it (`word_vote`)."""


def _by_words(facts: Facts) -> Tag | None:
    """A guess from the title's words where no rule read them (see `word_vote`), or None."""
    verdict = vote(facts.title, facts.others)
    if verdict is None:
        return None
    category = UNTAGGED if verdict.category == "none" else verdict.category
    said = "not work" if verdict.category == "none" else verdict.category
    told = ", ".join(
        f'"{plain(word)}" ({said} in {hits} of {seen})' for word, hits, seen in verdict.words[:4]
    )
    return Tag(
        category,
        WORDS_RULE,
        (
            f"words of the title, as titles on the labelled calendars had them: {told}",
            f"{verdict.share:.0%} of the vote {said}: only a guess",
        ),
        confident=False,
    )


def _floor(bounds: tuple[int, ...], value: int) -> int:
    """The largest bound at or below value: every rule decides the same for the whole span."""
    return bounds[max(bisect_right(bounds, value) - 1, 0)]


def explain(tag: Tag) -> str:
    """Say in plain words why a block has its tag.

    Args:
        tag: the tag to explain.

    Returns:
        Several lines: the verdict, the conditions that matched, and how to change it.
    """
    builtin = tag.rule is not None and tag.rule.startswith("default:")
    whose = "the built-in rule" if builtin else "your rule"
    if tag.rule is None:
        lines = ["untagged: no rule matched"]
    elif tag.category == UNTAGGED:
        lines = [f'untagged: {whose} "{tag.rule}" keeps it out of every category']
    else:
        lines = [f'{tag.category}: set by {whose} "{tag.rule}"']
    if tag.matched:
        lines.append("seen:" if tag.rule is None else "because:")
        lines.extend(f"  - {line}" for line in tag.matched)
    if builtin or tag.rule is None:
        lines.append(
            "To change it: `ictime tag` for this block or its series, or a [[rules]] entry "
            "in the config (your rules run before the built-in ones)."
        )
    return "\n".join(lines)
