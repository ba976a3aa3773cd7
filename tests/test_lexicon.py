"""The built-in rules' words in fourteen more languages (classify/lexicon.py)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from ictime.classify import Classifier, builtin_rules, lexicon
from ictime.model import UNTAGGED, Attendee, Occurrence
from support import BERLIN, ME

START = datetime(2026, 3, 3, 9, 30, tzinfo=BERLIN)


def tag_of(title: str, others: int, minutes: int = 60) -> tuple[str, str | None]:
    """The category and rule of a block with this title and `others` other attendees."""
    guests = tuple(Attendee(f"p{n}@corp.example", "ACCEPTED", f"P {n}") for n in range(others))
    occurrence = Occurrence(
        uid="u",
        recurrence_id=None,
        summary=title,
        start=START,
        end=START + timedelta(minutes=minutes),
        organizer=ME,
        attendees=(Attendee(ME, "ACCEPTED"), *guests) if others else (),
    )
    tag = Classifier(me=[ME], tz=BERLIN).classify(occurrence)
    return tag.category, tag.rule


def test_every_concept_is_read_by_a_constant_and_every_language_is_registered() -> None:
    assert len(lexicon.LANGUAGES) == len(set(lexicon.LANGUAGES)) == 14
    for concept, table in lexicon.CONCEPTS.items():
        assert hasattr(builtin_rules, concept), concept
        assert set(table) <= set(lexicon.LANGUAGES), concept
        for fragment in lexicon.words(concept):
            re.compile(fragment)
    counts = lexicon.fragment_counts()
    assert set(counts) == set(lexicon.LANGUAGES)
    assert min(counts.values()) >= 80


@pytest.mark.parametrize(
    ("title", "others", "category", "rule"),
    [
        # Swedish
        ("Veckomöte produktteamet", 6, "communication", "default:meeting-group"),
        ("Sprintplanering", 5, "communication", "default:communication"),
        ("Fika med Johan", 1, "relationships", "default:one-on-one"),
        ("Tandläkare", 0, UNTAGGED, "default:personal"),
        # Danish, Norwegian
        ("Fredagsbar", 8, "relationships", "default:social"),
        ("Styregruppemøde", 6, "communication", "default:communication"),
        ("Frokost", 0, UNTAGGED, "default:meal-alone"),
        ("Tannlege", 0, UNTAGGED, "default:personal"),
        # Finnish
        ("Viikkopalaveri", 5, "communication", "default:meeting-group"),
        ("Kehityskeskustelu", 1, "relationships", "default:one-on-one"),
        ("Koodikatselmointi", 1, "deep_work", "default:code-review"),
        # Czech, Slovak
        ("Porada vedení", 6, "communication", "default:meeting-group"),
        ("Schuzka s Petrem", 1, "relationships", "default:meeting-one-other"),
        ("Školení Kubernetes", 8, "learning", "default:learning-event"),
        ("Dovolenka", 0, UNTAGGED, "default:personal"),
        # Hungarian
        ("Heti megbeszélés", 5, "communication", "default:meeting-group"),
        ("Hibajavítás", 0, "deep_work", "default:building"),
        ("Búcsúbuli Anna", 9, "relationships", "default:social"),
        # Romanian
        ("Ședință de echipă", 5, "communication", "default:meeting-group"),
        ("Sedinta saptamanala", 5, "communication", "default:meeting-group"),
        ("Concediu", 0, UNTAGGED, "default:personal"),
        # Turkish
        ("Haftalık ekip toplantısı", 6, "communication", "default:meeting-group"),
        ("TOPLANTI", 4, "communication", "default:meeting-group"),
        ("Birebir: Ayşe", 1, "relationships", "default:one-on-one"),
        ("Öğle yemeği", 0, UNTAGGED, "default:meal-alone"),
        # Russian, Ukrainian
        ("Созвон по релизу", 4, "communication", "default:meeting-group"),
        ("Код-ревью", 1, "deep_work", "default:code-review"),
        ("Відпустка", 0, UNTAGGED, "default:personal"),
        ("Нарада відділу", 6, "communication", "default:meeting-group"),
        # Greek
        ("ΣΥΝΑΝΤΗΣΗ ΟΜΑΔΑΣ", 5, "communication", "default:meeting-group"),
        ("Κοπή βασιλόπιτας", 20, "relationships", "default:social"),
        # Vietnamese
        ("Họp nhóm hàng tuần", 5, "communication", "default:meeting-group"),
        ("Phỏng vấn ứng viên", 2, "communication", "default:communication"),
        ("Ăn trưa", 0, UNTAGGED, "default:meal-alone"),
        # Indonesian, Malay
        ("Rapat mingguan", 5, "communication", "default:meeting-group"),
        ("Ngopi bareng Budi", 1, "relationships", "default:one-on-one"),
        ("Halal bihalal kantor", 30, "relationships", "default:social"),
        ("Mesyuarat jabatan", 6, "communication", "default:meeting-group"),
    ],
)  # fmt: skip
def test_words_of_the_fourteen_languages(title: str, others: int, category: str, rule: str) -> None:
    assert tag_of(title, others) == (category, rule)


@pytest.mark.parametrize(
    ("title", "others"),
    [
        ("Kurzer Call Oliver: Zertifikatsrotation", 1),  # not Swedish "fika"
        ("Spezifikation review", 2),
        ("Diploma ceremony planning", 0),  # not Finnish "loma"
        ("Kafka partition rebalancing", 0),  # not Turkish "parti"
        ("Les Échos – réunion de rédaction", 5),  # not Norwegian "les" (read)
        ("Call Cina – roaming", 3),  # Italian: not Romanian "cina" (dinner)
        ("Middag: sprint review", 5),  # Dutch afternoon: not a dinner
        ("Kurz-Abstimmung Release", 3),  # German: not Czech "kurz" (course)
    ],
)  # fmt: skip
def test_words_of_the_fourteen_languages_leave_other_titles_alone(title: str, others: int) -> None:
    category, rule = tag_of(title, others)
    assert rule not in {"default:one-on-one", "default:social", "default:event-social"}
    assert rule not in {"default:personal", "default:reading", "default:learning-event"}
    assert category != "relationships" or others == 1
