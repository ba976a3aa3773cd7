"""The rule engine: every condition, rule order, bad rules, the built-ins on a labelled calendar."""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ictime.classify import (
    Classifier,
    RuleError,
    Tag,
    WorkWindow,
    compile_rules,
    default_rules,
    explain,
    my_partstat,
    other_attendees,
    rules_fingerprint,
)
from ictime.classify.builtin_rules import DEFAULT_RULE_SPECS
from ictime.classify.engine import OFFICE_HOURS
from ictime.config.settings import WorkHours
from ictime.model import CATEGORIES, UNTAGGED, Attendee, Occurrence
from support import BERLIN, ME
from support.tagging import TUESDAY_0930, make_occ, people

TZ = BERLIN
LABELLED = Path(__file__).parent / "data" / "labelled_titles.csv"
WEDNESDAY_0930 = TUESDAY_0930 + timedelta(days=1)
ONE_MINUTE = timedelta(minutes=1)


def tag_with(rule: dict[str, Any], occ: Occurrence, calendar: str = "") -> Tag:
    """Tag `occ` with one user rule named "R" in front of the built-ins."""
    rules = compile_rules([{"name": "R", "category": "learning", **rule}])
    return Classifier(rules, me=[ME], tz=TZ).classify(occ, calendar=calendar)


# Each condition with an occurrence it matches and one it does not.
CONDITIONS: list[tuple[str, dict[str, Any], Occurrence, Occurrence]] = [
    ("title", {"title": r"\bpaper\b"}, make_occ("Paper: Raft"), make_occ("Newspaper")),
    ("title list", {"title": ["x^", "raft"]}, make_occ("Raft"), make_occ("Paxos")),
    ("title unicode", {"title": "réunion"}, make_occ("RÉUNION"), make_occ("reunion")),
    (
        "description",
        {"description": "zoom"},
        make_occ(description="Join Zoom"),
        make_occ(description="Room 4"),
    ),
    ("location", {"location": "^room 4"}, make_occ(location="Room 4B"), make_occ(location="R4")),
    (
        "categories",
        {"categories": ["Focus", "Deep"]},
        make_occ(categories=("work", "FOCUS")),
        make_occ(categories=("work",)),
    ),
    ("categories string", {"categories": "focus"}, make_occ(categories=("Focus",)), make_occ()),
    ("min_attendees", {"min_attendees": 3}, make_occ(others=3), make_occ(others=2)),
    ("max_attendees", {"max_attendees": 1}, make_occ(others=1), make_occ(others=2)),
    (
        "min and max",
        {"min_attendees": 1, "max_attendees": 1},
        make_occ(others=1),
        make_occ(others=0),
    ),
    (
        "organizer me",
        {"organizer": "me"},
        make_occ(others=2),
        make_occ(others=2, organizer_is_me=False),
    ),
    (
        "organizer others",
        {"organizer": "others"},
        make_occ(others=2, organizer_is_me=False),
        make_occ(others=2),
    ),
    (
        "organizer outside",
        {"organizer": "outside"},
        make_occ(others=2, organizer="mailto:Rep@Vendor.example"),
        make_occ(others=2, organizer="rep@eu.corp.example"),
    ),
    (
        "organizer regex",
        {"organizer": r"^p0@"},
        make_occ(others=2, organizer_is_me=False),
        make_occ(others=2),
    ),
    (
        "my_status",
        {"my_status": ["tentative", "NEEDS-ACTION"]},
        make_occ(others=1, my_status="TENTATIVE"),
        make_occ(others=1),
    ),
    ("recurring", {"recurring": True}, make_occ(recurring=True), make_occ()),
    ("not recurring", {"recurring": False}, make_occ(), make_occ(recurring=True)),
    ("all_day", {"all_day": True}, make_occ(all_day=True), make_occ()),
    ("min_minutes", {"min_minutes": 60}, make_occ(minutes=60), make_occ(minutes=59)),
    ("max_minutes", {"max_minutes": 15}, make_occ(minutes=15), make_occ(minutes=16)),
    ("weekdays", {"weekdays": ["mon", "Tuesday"]}, make_occ(), make_occ(start=WEDNESDAY_0930)),
    ("after", {"after": "09:30"}, make_occ(), make_occ(start=TUESDAY_0930 - ONE_MINUTE)),
    ("before", {"before": "09:31"}, make_occ(), make_occ(start=TUESDAY_0930 + ONE_MINUTE)),
    (
        "window as TOML time",
        {"after": time(7, 0), "before": time(9, 31)},
        make_occ(),
        make_occ(start=TUESDAY_0930 - timedelta(hours=3)),
    ),
    (
        "window wrapping midnight",
        {"after": "22:00", "before": "06:00"},
        make_occ(start=TUESDAY_0930.replace(hour=23)),
        make_occ(),
    ),
    ("attendee", {"attendee": "person 1"}, make_occ(others=2), make_occ(others=1)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "rule", "hit", "miss"), CONDITIONS, ids=[c[0] for c in CONDITIONS]
)
def test_each_condition_matches_and_does_not(
    label: str, rule: dict[str, Any], hit: Occurrence, miss: Occurrence
) -> None:
    matched = tag_with(rule, hit)
    assert (matched.category, matched.rule) == ("learning", "R"), label
    assert matched.matched, "a match says which conditions held"
    assert tag_with(rule, miss).rule != "R"


def test_calendar_condition() -> None:
    rule = {"calendar": "^work$"}
    assert tag_with(rule, make_occ(), calendar="Work").rule == "R"
    assert tag_with(rule, make_occ(), calendar="Family").rule != "R"


def test_time_conditions_read_the_configured_zone() -> None:
    utc_start = TUESDAY_0930.astimezone(ZoneInfo("UTC"))  # 08:30 UTC, 09:30 in Berlin
    assert tag_with({"after": "09:30", "before": "09:31"}, make_occ(start=utc_start)).rule == "R"


def test_all_conditions_must_hold() -> None:
    rule = {"title": "standup", "min_attendees": 3}
    assert tag_with(rule, make_occ("Standup", others=3)).rule == "R"
    assert tag_with(rule, make_occ("Standup", others=2)).rule != "R"


def test_matched_conditions_are_described_in_rule_order() -> None:
    tag = tag_with(
        {"title": r"\b1:1\b", "min_attendees": 1, "max_attendees": 1}, make_occ("1:1", others=1)
    )
    assert tag.matched == ('title ~ "\\b1:1\\b" matched "1:1"', "other attendees = 1 (exactly 1)")


def test_first_matching_rule_wins() -> None:
    rules = compile_rules(
        [
            {"name": "First", "category": "learning", "title": "sync"},
            {"name": "Second", "category": "deep_work", "title": "sync"},
        ]
    )
    assert Classifier(rules, tz=TZ).classify(make_occ("Sync")).rule == "First"


def test_user_rules_run_before_the_built_ins() -> None:
    occ = make_occ("Daily standup", others=6)
    assert Classifier(tz=TZ).classify(occ).rule == "default:communication"
    rules = compile_rules(
        [{"name": "Standup is build", "category": "deep_work", "title": "standup"}]
    )
    tag = Classifier(rules, tz=TZ).classify(occ)
    assert (tag.category, tag.rule) == ("deep_work", "Standup is build")


def test_a_rule_can_keep_blocks_untagged() -> None:
    rules = compile_rules([{"name": "Family", "category": "untagged", "calendar": "family"}])
    tag = Classifier(rules, tz=TZ).classify(make_occ("Focus time"), calendar="Family")
    assert (tag.category, tag.rule) == (UNTAGGED, "Family")
    assert 'your rule "Family" keeps it out of every category' in explain(tag)


def test_nothing_matching_stays_untagged_and_says_what_was_seen() -> None:
    tag = Classifier(me=[ME], tz=TZ).classify(make_occ("Project Phoenix", minutes=45))
    assert (tag.category, tag.rule) == (UNTAGGED, None)
    text = explain(tag)
    assert text.startswith("untagged: no rule matched")
    assert 'title "Project Phoenix"' in text and "0 other attendees" in text


def test_explain_names_the_rule_and_the_conditions() -> None:
    tag = Classifier(me=[ME], tz=TZ).classify(make_occ("1:1 Ana / Grant", others=1))
    text = explain(tag)
    assert text.splitlines()[0] == 'relationships: set by the built-in rule "default:one-on-one"'
    assert '  - title matched "1:1"' in text
    assert "[[rules]]" in text
    user = Tag("learning", "Reading", ('title ~ "read" matched "Read"',))
    assert explain(user).splitlines()[0] == 'learning: set by your rule "Reading"'


def test_built_in_rules_are_named_and_valid() -> None:
    assert default_rules()
    assert all(rule.name.startswith("default:") for rule in default_rules())
    assert {rule.category for rule in default_rules()} == {*CATEGORIES, UNTAGGED}


def test_structural_fallbacks() -> None:
    classifier = Classifier(me=[ME], tz=TZ)
    # A bare attendee count or length is weak evidence: each fallback is a guess, kept
    # because it was right at least 60 % of the time on calendars the rules had not seen.
    for others, category in ((2, "communication"), (3, "communication")):
        tag = classifier.classify(make_occ("Atlas", others=others))
        assert (tag.category, tag.confident) == (category, False)
    # One other person and no telling word is as often a topic as a 1:1: no guess.
    assert classifier.classify(make_occ("Atlas", others=1)).category == UNTAGGED
    long_alone = classifier.classify(make_occ("Atlas", minutes=120))
    assert (long_alone.category, long_alone.rule) == ("deep_work", "default:long-solo")
    assert not long_alone.confident
    # Alone and short, or alone for half a day: too often private to guess.
    for minutes in (30, 89, 181, 240):
        assert classifier.classify(make_occ("Atlas", minutes=minutes)).category == UNTAGGED
    # A meeting word alone says nothing either (on the tuning data, right 1 time in 3).
    assert classifier.classify(make_occ("Call", others=0)).category == UNTAGGED
    assert classifier.classify(make_occ("Atlas", all_day=True)).category == UNTAGGED


@pytest.mark.parametrize(
    ("title", "others", "fields", "category"),
    [
        ("Weekly sync", 1, {}, "communication"),
        ("Weekly check-in", 1, {}, "relationships"),
        ("Team sync", 5, {}, "communication"),
        ("BLOCK", 0, {}, "deep_work"),
        # A bare title: the description says what the block is, a weaker signal.
        ("Hold", 0, {"description": "Prepare slides for Friday's KT session"}, "communication"),
        ("Sync", 1, {"description": "Pairing on the streaming crash"}, "deep_work"),
        ("Call", 1, {"description": "Long time! Catch up"}, "relationships"),
        ("Sync", 2, {"description": "Agenda: quotas, on-call\nJoin"}, "communication"),
    ],
)  # fmt: skip
def test_weak_evidence_is_a_guess(
    title: str, others: int, fields: dict[str, Any], category: str
) -> None:
    tag = Classifier(me=[ME], tz=TZ).classify(make_occ(title, others=others, **fields))
    assert (tag.category, tag.confident) == (category, False)


@pytest.mark.parametrize(
    ("title", "others", "category", "confident"),
    [
        ("Checkout チーム定例", 7, "communication", True),
        ("(仮) 当日体制の相談", 2, "communication", True),
        ("社内勉強会: Kafka 入門", 2, "learning", True),
        ("輪読会: DDIA", 4, "learning", True),
        ("送別ランチ 鈴木さん", 6, "relationships", True),
        # Social events and preparation are guesses (right under 85 % on unseen calendars).
        ("チーム懇親会 @恵比寿", 6, "relationships", True),  # the social part of an event
        ("BF向け キャッシュ 実装", 0, "deep_work", True),
        ("PRレビュー溜まってる分", 0, "deep_work", True),
        ("LT資料作成", 0, "communication", False),
        ("健康診断", 0, UNTAGGED, True),
    ],
)  # fmt: skip
def test_words_of_unspaced_scripts_match_inside_a_title(
    title: str, others: int, category: str, confident: bool
) -> None:
    tag = Classifier(me=[ME], tz=TZ).classify(make_occ(title, others=others, minutes=120))
    assert (tag.category, tag.confident) == (category, confident)


@pytest.mark.parametrize(
    ("title", "others", "category", "confident"),
    [
        # Round 5: Polish, Spanish and Chinese words, and the causes of round 4's misses.
        ("Kawa z Olą", 1, "relationships", None),
        ("Convivio de fin de año", 8, "relationships", None),
        ("Welcome reception (Hotel Arts)", 0, "relationships", None),
        ("Szkolenie BHP (e-learning)", 0, UNTAGGED, None),
        ("Curso de cumplimiento normativo", 0, UNTAGGED, None),
        ("Employee engagement survey", 0, UNTAGGED, None),
        ("年度健康檢查", 0, UNTAGGED, None),
        ("Lunch before the offsite", 0, UNTAGGED, None),
        ("午餐", 0, UNTAGGED, None),
        ("Charla interna: gRPC en producción", 15, "learning", None),
        ("Angielski – lekcja", 1, "learning", None),
        ("Tutorial: eBPF for beginners", 0, "learning", None),
        ("My lightning talk: fuzzing parsers", 0, "communication", None),
        ("Przygotowanie slajdów na demo", 0, "communication", None),
        ("Revisar correo y Slack", 0, "communication", None),
        ("Revisar PRs del equipo", 0, "deep_work", None),
        ("Address review feedback on PR 812", 0, "deep_work", None),
        ("Ventana de mantenimiento – base de datos", 4, "deep_work", None),
        ("Szkic migracji Kafka", 0, "deep_work", None),
        # Round 6: the causes of round 5's misses, and confidence calibrated on unseen data.
        ("Benefits open enrollment Q&A", 2, UNTAGGED, True),
        ("Formazione obbligatoria – modulo e-learning", 1, UNTAGGED, True),
        ("Threat intel reading - advisories", 0, "learning", True),
        ("ROS 2 migration notes - read", 0, "learning", False),  # "migration" fits building
        ("Déj Thomas", 1, "relationships", True),
        ("Pause déj – courses", 0, UNTAGGED, True),
        ("Coffee w/ Marcus [Ext]", 1, "relationships", False),  # "[Ext]": a meeting
        ("Northgate go-live walkthrough [Ext]", 3, "communication", True),
        ("Raj / Siobhan – on-call roster proposal", 1, "communication", True),
        ("Raj / Siobhan", 1, "relationships", True),
        ("All hands 🍕", 2, "communication", True),
        ("Pizza 🍕", 2, "relationships", False),  # social events are guesses
        ("Speakers' dinner – OpenGeo Summit", 1, "relationships", False),  # a summit
        ("Test de charge live-blog (k6)", 0, "deep_work", True),
        ("Bug bash gabarit article", 5, "deep_work", True),
        ("Relecture ADR-020 d'Hugo", 0, "communication", False),  # "ADR": building
        ("Webinaire Chrome : Interaction to Next Paint", 3, "learning", True),
        ("BJJ 🥋", 0, UNTAGGED, True),
        # Guesses now: right under 85 % of the time on calendars the rules had not seen.
        ("Webinaire Chrome : Interaction to Next Paint", 0, "learning", False),
        ("Coffee w/ Ana", 0, "relationships", False),
        ("Write: ExCo paper – cloud cost guardrails", 0, "deep_work", False),
        ("Prep – ExCo briefing deck", 0, "communication", False),
        ("Farewell drinks for Sam", 6, "relationships", True),
        ("Ausstand Jonas", 6, "relationships", False),
        # Round 8: the causes of round 7's misses (Czech, Danish, Indonesian, Vietnamese).
        ("GxP e-learning: Data Integrity – deadline 15/10", 0, UNTAGGED, None),
        ("E-learning wajib: PDP & Anti-Fraud 2026", 0, UNTAGGED, None),
        ("Annual HIPAA Security & Privacy Training (contractors)", 3, UNTAGGED, None),
        ("Benefity 2027 – Q&A", 2, UNTAGGED, None),
        ("Mail + Slack efter ferie", 0, "communication", None),
        ("Læs: Unity Catalog docs", 0, "learning", None),
        ("📖 KIP-932 share groups", 0, "learning", None),
        ("Frokostforedrag: LLM'er i dokumenter", 12, "learning", None),
        ("Overdragelse til Kasper før ferie", 1, "communication", None),
        ("Kode: retry/backoff i ingest-service", 0, "deep_work", None),
        ("Hackdag – GenAI-søgning", 4, "deep_work", None),
        ("🔒 Hold", 0, "deep_work", None),
        ("Hold", 0, "deep_work", False),  # (untagged until round 72: now a guess)
        ("Databricks roadmap briefing (NDA)", 4, "learning", None),
        ("Quarterly roadmap review", 6, "communication", None),
        ("AWS Certified Data Engineer – practice test", 0, "learning", None),
        ("Ôn thi AWS SAP-C02", 0, "learning", None),
        ("Buddy onboarding: Ayu", 1, "relationships", None),
        ("Sharing session Engineering", 2, "learning", None),
        ("DevFest Jakarta 2026", 0, "learning", None),
        ("Kurz: Kafka Streams pro pokročilé", 0, "learning", None),
        ("Halloween párty v kanclu", 2, "relationships", None),
        ("Giao lưu cộng đồng IT Việt–Nhật", 3, "relationships", None),
        ("MCU tahunan", 0, UNTAGGED, None),
        ("Lái xe từ Nam Định về HN", 0, UNTAGGED, None),
        ("Visa appointment", 0, UNTAGGED, None),
        ("Visa Direct API spike", 0, "deep_work", None),
        # Not admin: training that names no obligation, writing release notes.
        ("Annual Insider Threat Awareness training", 0, "learning", None),
        ("Draft CVE announcement + 3.1.4 release notes", 0, "communication", None),
        # Round 9: the causes of round 8's misses (Finnish, Romanian, Ukrainian, UK English).
        ("🔥 INC-482: double charges — war room", 6, "deep_work", None),
        ("P2 incident – callbacks failing (incident bridge)", 5, "deep_work", None),
        ("Halloween go-live – war room", 6, "communication", None),
        ("[FYI] Maintenance window – core router upgrade", 3, UNTAGGED, None),
        ("DB maintenance (FYI – no attendance required)", 2, UNTAGGED, None),
        ("Catch up after leave – email/Teams", 0, "communication", None),
        ("Friday brew ☕", 10, "relationships", None),
        ("Brew w/ Imran", 1, "relationships", None),
        ("👀 PR-и", 0, "deep_work", None),
        ("PRs", 0, "deep_work", None),
        ("Weeknotes ✍️", 0, "communication", None),
        ("Share plan info session (questions for HR)", 2, UNTAGGED, None),
        ("Tech Day – session: eBPF in production", 2, "learning", None),
        ("Ruby user group – October", 0, "learning", None),
        ("Tiimilounas 🍜", 2, "relationships", None),
        ("Pairaus: Aino – rate limiter", 2, "deep_work", None),
        ("Пейрінг з Тарасом: ledger", 1, "deep_work", None),
        ("✍️ Постмортем INC-482 — драфт", 0, "communication", None),
        ("Читаю: Jepsen про Postgres", 0, "learning", None),
        ("Instruire periodică SSM/PSI", 3, UNTAGGED, None),
        ("Analize medicale 🩺", 0, UNTAGGED, None),
        # Not these rules: a homebrew release, a PR with a topic.
        ("Homebrew formula release", 0, UNTAGGED, None),
        ("PR 812: retry budget", 0, "deep_work", False),  # not a review: the word vote's guess
        # Round 10: the causes of round 9's misses (Hungarian, Greek, Norwegian, Indian English).
        ("[P1] Invoice sync - daily war room", 5, "communication", None),
        ("🔥 P1 bridge: invoice sync failing", 5, "deep_work", None),
        ("Write RCA doc - invoice sync outage", 0, "communication", None),
        ("Write COE: control-plane brownout", 0, "communication", None),
        ("Plum health insurance - Q&A with HR", 2, UNTAGGED, None),
        ("Security awareness – élő tréning (kötelező Q4)", 2, UNTAGGED, None),
        ("Oktatás: ISO 26262 kötelező e-learning – 3. modul", 0, UNTAGGED, None),
        ("Annual Security & Privacy Awareness training", 0, UNTAGGED, None),
        ("Badminton 🏸", 0, UNTAGGED, None),
        ("Badminton 🏸", 6, "relationships", None),
        ("CR 👀", 0, "deep_work", None),
        ("CR review block", 0, "deep_work", None),
        ("HIL labor – perception regresszió (rack B)", 1, "deep_work", None),
        ("ZalaZONE tesztnap – perception logolás", 3, "deep_work", None),
        ("Terraform-modul for Key Vault", 0, "deep_work", None),
        ("Diák készítése – TechTalk (latency budget)", 0, "communication", None),
        ("Rydde innboks/Teams etter høstferien", 0, "communication", None),
        ("Plattform-kontortid (drop-in)", 1, "communication", None),
        ("Velkomstlunsj for Lars", 7, "relationships", None),
        ("Avklaring: Elhub API-endringer og sertifikatrotasjon", 3, "communication", None),
        # Round 11: the causes of round 10's misses (Slovak, Malay, Russian, US English).
        ("🚨 INC-231 war room - QR double debit", 7, "deep_work", False),
        ("Solat Jumaat 🕌", 0, UNTAGGED, True),
        ("Makan tengah hari w/ squad 🍛", 6, "relationships", True),
        ("Taklimat keselamatan siber (wajib semua staf)", 2, UNTAGGED, True),
        ("📥 Разобрать почту и Slack после отпуска", 0, "communication", True),
        ("Ревью PR Дениса: toolchains", 0, "deep_work", True),
        ("Скип-левел: Андрей / Артём", 1, "relationships", True),
        ("Прогон доклада для DevOps-митапа", 2, "communication", False),  # a meetup: learning
        ("Экспенсы: такси + митап", 0, UNTAGGED, True),
        ("Фокус-группа: опрос DevEx Q4", 3, "communication", False),
        ("Focus group: DevEx survey", 3, "communication", False),
        ("Хак-день Q4", 7, "deep_work", True),
        ("Nasadenie IP 26.42.1 do PROD (hotfix)", 4, "deep_work", True),
        ("Volunteer Day – food bank (team)", 3, "relationships", False),
        ("Mapping spec: ORU -> FHIR Observation", 0, "deep_work", True),
        # Round 12: the causes of round 11's misses (Swiss German, European Portuguese,
        # Japanese, Canadian English), and of the miss round 11 itself caused ("hotfix").
        ("Hypercare-Check Release 26.10.2 (MF-Tarif Hotfix)", 4, "communication", None),
        ("Hotfix: rounding in the tariff engine", 0, "deep_work", True),
        ("MRレビュー（GitLab）", 0, "deep_work", True),
        ("週報作成", 0, "communication", True),
        ("メンター面談（小林さん）", 2, "relationships", True),
        ("関西IoT研究会 例会（外部）", 1, "learning", True),
        ("移動（新大阪 7:33 → 東京 10:00 のぞみ）", 0, UNTAGGED, True),
        ("【ご説明】Azure IoT Operations 最新動向", 6, "learning", False),
        ("Kafi mit Jonas (neu im Team)", 1, "relationships", True),
        ("Team-Zmittag Tarifa", 8, "relationships", True),
        ("Kindergeburtstag Lena 🎂", 0, UNTAGGED, True),
        ("Vendor-Briefing Rate Engine – Roadmap 2027", 4, "learning", False),
        ("Rever RFC-042: Number Verification (autor: Tiago)", 0, "communication", False),  # RFC
        ("Pair programming c/ Diogo – contract tests (Pact)", 1, "deep_work", True),
        ("Retry/backoff no cliente NEF (MR !311)", 0, "deep_work", True),
        ("Sessão de esclarecimento: seguro de saúde 2027", 2, UNTAGGED, True),
        ("Debug: latência no N33 (NEF ↔ AF)", 0, "deep_work", True),
        ("📺 Haystack EU talk recordings", 0, "learning", True),
        ("Time recording (capitalisation codes)", 0, UNTAGGED, True),
        ("LTR: retrain LambdaMART w/ Q3 clickstream", 0, "deep_work", True),
        # Round 13: the causes of round 12's misses (Polish, Korean, Irish English, Japanese).
        ("【カジュアル面談】バックエンド / S.K.様", 1, "communication", True),
        ("Zadanie rekrutacyjne – przejrzeć repo kandydata", 0, "communication", True),
        ("Przegląd RFC: Render Graph (Ola)", 0, "communication", None),
        ("AWS 로드맵 브리핑: Bedrock", 4, "learning", False),
        ("Vendor X platform roadmap 2027 (NDA)", 5, "learning", False),
        ("What's new in Unity 7", 4, "learning", False),
        ("Szkolenie BHP 2026 (e-learning, obowiązkowe)", 0, UNTAGGED, True),
        ("情報セキュリティ研修 期限11/15", 0, UNTAGGED, True),
        ("Q&A: benefity 2027 (karta sportowa)", 3, UNTAGGED, True),
        ("勉強会 懇親会", 0, "relationships", True),
        ("건강검진 (금식)", 0, UNTAGGED, True),
        ("Wywiadówka w szkole", 0, UNTAGGED, True),
        ("테크톡: 검색 랭킹 개선기", 2, "learning", True),
        ("포스트모템 작성: 11/02 장애", 0, "communication", True),
        ("테크톡 발표 자료 준비", 0, "communication", None),
        ("기술블로그 원고", 0, "communication", False),
        ("아티클 읽기: Designing Data-Intensive Applications 7장", 0, "learning", True),
        ("📄 Czytanie: GDC talk (slajdy)", 0, "learning", True),
        ("Klub książki: Designing Data-Intensive Applications", 5, "learning", True),
        ("Mob debugging: deadlock in the loader", 4, "deep_work", True),
        ("nGrinder 부하테스트 #3", 3, "deep_work", True),
        ("검색 API v2 배포", 0, "deep_work", True),
        ("Profilowanie: hitche GPU", 0, "deep_work", True),
        ("Nauka Rusta", 0, "learning", False),
        ("Offsite: team activity + dinner", 10, "relationships", True),
        # Round 14: the causes of round 13's misses (Québec French, Kenyan, Israeli and
        # Singaporean English).
        ("Heures de bureau – plateforme données", 1, "communication", True),
        ("Poster session – ML systems", 0, "learning", False),
        ("SANS webcast: Kubernetes threat hunting", 2, "learning", True),
        ("Note de frais – KubeCon (Concur)", 0, UNTAGGED, True),
        ("Formation obligatoire : sécurité de l'information", 0, UNTAGGED, True),
        ("Groupe de lecture – (je présente : FlashAttention)", 6, "communication", None),
        ("Azure – data platform roadmap 2027", 3, "learning", False),
        ("Vendor demo: Honeywell scanner SDK", 2, "learning", False),
        ("Tuesday team makan 🍛", 8, "relationships", False),
        ("⛴️ Ferry to Batam", 0, UNTAGGED, True),
        ("🐞 Crashlytics triage", 0, "deep_work", True),
        ("Research ↔ Detection sync (Shira / Itai)", 1, "communication", False),
        ("Leo <> Maya", 1, "relationships", True),
        # Round 15: the causes of round 14's misses (Mexican Spanish, Simplified Chinese,
        # South African English, Berlin English and German).
        ("Daily Pagos CoDi ☕", 6, "communication", True),
        ("Daily – Payments Core", 5, "communication", True),
        ("Daily focus: ledger", 0, "deep_work", True),
        ("👀 Revisión de PRs", 0, "deep_work", True),
        ("Prueba de carga Hot Sale – ronda 1", 4, "deep_work", True),
        ("Review Thandi's PRs: dbt snapshots", 0, "deep_work", True),
        ("Read: POPIA guidance on personal information", 0, "learning", True),
        ("Backfill dim_claims 2020", 0, "deep_work", True),
        ("Team braai – Q4 kickoff", 9, "relationships", None),
        ("Kita-Elternabend", 2, UNTAGGED, True),
        ("给运维组讲：OTA 升级流程", 4, "communication", None),
        ("EVT 试产跟线 @ 东莞", 5, "deep_work", True),
        ("EVT 试产总结会", 6, "communication", None),
        ("信息安全培训（必修）", 2, UNTAGGED, True),
        # Round 16: the causes of round 15's misses (Rioplatense Spanish, Arabic-world and
        # Nigerian English, Traditional Chinese).
        ("👀 Review de PRs", 0, "deep_work", True),
        ("🧉 mate & code — pairing con Lu: retries", 1, "deep_work", True),
        ("Charlita Data: Flink en producción", 2, "learning", True),
        ("Asado de fin de año 🥩", 7, "relationships", None),
        ("Lunch + Dhuhr", 0, UNTAGGED, True),
        ("Session: Digital twins for ports", 0, "learning", False),
        ("Panel: AI in logistics", 3, "learning", True),
        ("Meetup — I'm speaking: idempotency", 0, "communication", True),
        ("Team hangout 🎮", 7, "relationships", True),
        ("Cutover plan walkthrough (SRE + QA)", 4, "communication", True),
        ("職安衛在職教育訓練", 4, UNTAGGED, True),
        ("[線上] OpenROAD 社群 talk：2026 roadmap", 0, "learning", False),  # full-width colon
        ("FW：充电仓 bug 排查", 0, "deep_work", True),  # firmware, not a forwarded mail
        # Round 17: the causes of round 16's misses (French, Taglish, NZ English, Dutch).
        ("Revue de MR 👀", 0, "deep_work", True),
        ("Review Pieter's settlement PR #881", 0, "deep_work", True),
        ("Lunchwandeling met Sanne 🚶", 1, "relationships", True),
        ("Lunchwandeling 🚶", 0, UNTAGGED, True),
        ("Mob: SEPA return reason codes", 3, "deep_work", True),
        ("Hack arvo 🛠️ – forms a11y", 6, "deep_work", True),
        ("Visite usine – mise en service passerelles", 3, "deep_work", True),
        ("Atelier cadrage : migration MQTT", 6, "communication", False),
        ("Temporal workshop (online)", 0, "learning", False),
        ("Tournoi de pétanque du CSE", 1, "relationships", None),
        ("Réunion d’info CSE – nouvelle mutuelle", 1, UNTAGGED, True),
        ("Basahin: BSP circular on QR Ph", 0, "learning", True),
        ("CKA prep – module 7", 0, "learning", False),
        # Round 18: the causes of round 17's misses (German, US, Saudi and Australian English).
        ("Gerrit-Reviews ✅", 0, "deep_work", True),
        ("CI-Sprechstunde (offen für alle)", 1, "communication", True),
        ("Brotzeit Team Fahrwerk 🥨", 7, "relationships", True),
        ("8D-Bericht schreiben", 0, "communication", False),
        ("Intel roadmap briefing – Xeon 7 (NDA)", 4, "learning", False),
        ("CME connectivity test – iLink 3", 5, "deep_work", True),
        ("KubeCon CFP – abstract + outline", 0, "communication", False),
        ("Capacity model – rework into a Python notebook", 0, "deep_work", True),
        ("Hands-on: OpenShift upgrade rehearsal", 0, "deep_work", True),
        ("Brekkie w/ the fam 🥐", 0, UNTAGGED, True),
        ("Yarn w/ Jono – career path", 1, "relationships", True),
        ("ESOP Q&A – Carta + HR", 2, UNTAGGED, True),
        ("FHIR meetup – giving lightning talk 🎤", 0, "communication", True),
        ("HL7 Connectathon – test our endpoints", 0, "deep_work", True),
        ("Health Week – panel: AI in general practice", 1, "learning", True),
        # Round 19: the causes of round 18's misses (Colombian Spanish, British and Indian
        # English, Austrian German).
        ("Read Jake's CDC RFC + comment", 0, "communication", True),
        ("Leer RFC-021 conciliación (para comité)", 0, "communication", True),
        ("Läsa + kommentera RFC-017", 0, "communication", True),
        ("Sesión beneficios: plan de salud (Q&A)", 2, UNTAGGED, True),
        ("Legalizar gastos KubeCon", 0, UNTAGGED, True),
        ("Book trains – workshop London", 0, UNTAGGED, True),
        ("Catch-up w/ Siobhan re MHHS test data", 1, "communication", True),
        ("Autumn ceilidh 💃", 2, "relationships", None),
        ("Sprint Retro (preponed - Diwali celebration on Fri)", 8, "communication", True),
        ("1:1 Ana (moved – ExCo prep Thu)", 1, "relationships", True),
        # Round 21: the causes of rounds 19 and 20's misses (terse titles in US and Canadian
        # English, German and Japanese).
        ("Quick chat", 1, "communication", False),
        ("Sync", 1, "communication", False),
        ("Catch up", 1, "relationships", False),
        ("Vector talk – long-context evals", 0, "learning", False),
        ("talk to Sam re: budget", 0, UNTAGGED, None),
        ("arxiv ☕", 0, "learning", True),
        ("☕ Théo", 0, "relationships", False),
        ("☕", 0, UNTAGGED, None),
        ("Mittag m. Aylin", 0, "relationships", False),
        ("🦃 dinner", 0, UNTAGGED, True),
        ("Northwind <> Ridgeline | ingest delay deep dive", 4, "communication", False),
        ("Deep dive: Kafka internals", 0, "learning", False),
        ("Wartungsfenster: Deployment Slot-API v3 (PROD) 🌙", 4, "deep_work", True),
        ("InstaPay cutover dry-run w/ BancNet UAT", 4, "deep_work", False),
        ("Cutover readiness check-in", 4, "communication", True),
        ("Kubernetes 1.35 アップグレード説明会", 2, "learning", False),
        ("確定拠出年金（DC）制度説明会", 2, UNTAGGED, True),
        # Round 22: the causes of round 21's misses (terse titles in Canadian English,
        # Peruvian Spanish, Bangla and Polish).
        ("rev PRs", 0, "deep_work", True),
        ("rust 🦀 cap 8-9", 0, "learning", False),
        ("🎧", 0, "deep_work", False),
        ("INC-2291 PM doc", 0, "communication", False),
        ("pm draft", 0, "communication", False),
        ("Call at 3 pm", 0, UNTAGGED, None),
        ("Coffee w/ Noor (new PM)", 1, "relationships", True),
        ("spisać PIR 457812", 0, "communication", True),
        ("maile + Jira", 0, "communication", True),
        ("piwo – stara ekipa z Comarchu", 0, "relationships", True),
        ("Crashlytics roadmap (partner briefing)", 5, "learning", False),
        ("Tech screen — Sr Engine Programmer (R. Ahmadi)", 1, "communication", True),
        ("Crunch-free policy check-in (leads + discipline reps)", 7, "communication", None),
        ("e-learning (InfoSec 2026) 😴", 0, UNTAGGED, True),
        ("City Bank – car loan papers", 0, UNTAGGED, True),
        ("আম্মুর ডাক্তার (Square)", 0, UNTAGGED, True),
        ("Дом юстиции: продление ВНЖ 📄", 0, UNTAGGED, True),
        ("cha w/ Sakib", 0, "relationships", False),
        ("📄 motion matching", 0, "learning", False),
        # Round 23: the causes of round 22's misses (terse titles in US English, Croatian,
        # Pakistani English and Vietnamese).
        ("rv PR", 0, "deep_work", True),
        ("cf w/ a Tuấn", 0, "relationships", False),
        ("Bảo hiểm sức khoẻ 2027 – Q&A với HR", 2, UNTAGGED, True),
        ("HD", 0, "deep_work", False),
        ("NADRA – CNIC renewal", 0, UNTAGGED, True),
        ("Datadog APM – trial kickoff / demo", 3, "learning", False),
        ("AZ-305", 0, "learning", False),
        ("mailovi", 0, "communication", True),
        ("1na1 Ana / Tomislav", 1, "relationships", True),
        ("kava w/ M.", 0, "relationships", False),
        ("DDIA čitaonica 📖", 7, "learning", True),
        ("🧪 k6", 0, "deep_work", True),
        ("Architecture Guild", 9, "communication", False),
        ("Kafka Community of Practice", 5, "learning", False),
        ("BE Guild – reading circle 📚", 7, "learning", True),
        # Round 24: the causes of round 23's misses (terse and tidy calendars in Ghanaian,
        # US and Indian English and French).
        ("Focus: Peak capacity model write-up (P99 vs. QPS, shard headroom)", 0, "deep_work",
         True),
        ("Focus group: checkout flow", 4, "communication", None),
        ("🔨 recon-v2", 0, "deep_work", True),
        ("🚸 Inès", 0, UNTAGGED, True),
        ("Exercice d'évacuation – bâtiment Les Docks", 2, UNTAGGED, True),
        ("Hack Week Nov — ideas brainstorm (optional)", 2, "communication", None),
        ("Hackathon 2026 – info session", 2, "communication", None),
        ("Hack day", 2, "deep_work", True),
        ("Review: PR #4821 — attachment virus-scan pipeline (Sneha)", 0, "deep_work", True),
        ("Meenakshi <> Divya — monthly", 1, "relationships", True),
        ("Meenakshi / Divya — on-call roster", 1, "communication", True),
        ("⛔ HOLD", 0, "deep_work", False),
        ("HOLD", 0, "deep_work", False),  # (untagged until round 72: now a guess)
        # Round 25: the causes of round 24's misses (terse and tidy calendars in Russian,
        # US English, French and Darija, Korean, Spanish, Rwandan and Australian English,
        # Estonian).
        ("Revue PRs", 0, "deep_work", True),
        ("Пятничный плов 🍚", 8, "relationships", True),  # (a guess by its sign until round 87)
        ("Ghda m3a Samir", 1, "relationships", True),
        ("парное / Ержан — af3", 1, "deep_work", True),
        ("пм cdc ✍️", 0, "communication", False),
        ("Таунхолл: итоги Q3 и планы на Q4", 1, "communication", True),
        ("Dala Hack 2026 🚀", 4, "deep_work", True),
        ("прод-фикс dag", 0, "deep_work", True),
        ("슬랙 밀린거 ㅠ", 0, "communication", True),
        ("민지님 버디", 1, "relationships", True),
        ("EKS 1.33 업글 스테이징", 0, "deep_work", True),
        ("페어 w/ 수빈 – TOS 어댑터", 1, "deep_work", True),
        ("인강", 0, "learning", False),
        ("주보", 0, "communication", True),
        ("DeepETA 논문", 0, "learning", False),
        ("컨퍼런스 네트워킹 리셉션", 0, "relationships", True),
        ("세미나 자료 마무리", 0, "communication", False),
        ("엄마 생신 저녁", 0, UNTAGGED, True),
        ("صلاة الجمعة", 0, UNTAGGED, True),
        ("MEP R26.10 – Paiement & API Gateway", 4, "deep_work", False),
        ("Analyses labo 🧪", 0, UNTAGGED, True),
        ("Spike — USSD fallback for payment status", 0, "deep_work", None),
        ("Debug — duplicate Mutuelle claims (CLM-88)", 0, "deep_work", True),
        ("Réunion d’info CSE – nouvelle mutuelle 2027", 1, UNTAGGED, True),
        ("Field trial day 1 – obstacle detection v4.2", 0, "deep_work", True),
        ("PO sünk: Marta / Mihkel", 1, "communication", False),
        ("Lugemine: FIPS 204 / ML-DSA", 0, "learning", True),
        ("Tallinn JUG: virtual threads tootmises", 0, "learning", False),
        # Round 26: the causes of round 25's misses (Japanese, Swedish, French and Wolof,
        # Indian English, Brazilian Portuguese, Andalusian Spanish).
        ("【集中】実装・検証作業（会議不可）", 0, "deep_work", True),
        ("会議", 3, "communication", True),
        ("部会（EPS制御ソフトウェア開発部）", 2, "communication", None),
        ("【評価】HILS 回帰試験 v2.3.1（ベンチ#2）", 0, "deep_work", True),
        ("【ネクスコア・ジャパン】NexCore BSW R24 ロードマップのご紹介", 3, "learning", False),
        ("EPS制御SW課 10月 歓送迎会", 2, "relationships", False),
        ("【レビュー】林さん PR #482（通信タイムアウト処理）", 0, "deep_work", True),
        ("第42回 社内技術講演会「SDV時代」", 2, "learning", True),
        ("同期会（2014年入社）", 0, "relationships", True),
        ("昼食（CM社 高橋様・森様）", 0, "relationships", False),
        ("昼食", 0, UNTAGGED, True),
        ("【作業】出張議事録作成・課題管理表 更新", 0, "communication", False),
        ("【任意参加】生成AI 活用事例共有会（第2回）", 2, "learning", True),
        ("kod", 0, "deep_work", True),
        ("OTA end-to-end – intro för nyanställda", 5, "communication", False),
        ("Ataya & causerie 🍵", 8, "relationships", True),
        ("Nouvelle mutuelle santé 2027 – séance questions/réponses", 2, UNTAGGED, True),
        ("Amma – Dr. Rao follow-up (Apollo Jubilee Hills)", 0, UNTAGGED, True),
        ("DR test: region failover", 0, "deep_work", True),
        ("treinamento LGPD 🙄", 0, UNTAGGED, True),
        ("comida Nacho", 0, "relationships", False),
        ("revisar RFC-014 (Sergio)", 0, "communication", True),
        ("🛠 driver modbus (2)", 0, "deep_work", True),
        ("ObservabilityCON – grabación charla Mimir", 0, "learning", True),
        ("Curso PRL – pantallas de visualización (online)", 0, UNTAGGED, True),
        ("Formación ciberseguridad – phishing (obligatoria)", 2, UNTAGGED, True),
        ("🍺 cañas", 0, "relationships", True),
        # Round 27: the causes of round 26's misses (Lithuanian, Flemish, Arabizi, Canadian
        # English and French, Ecuadorian Spanish, Indian English, Chinese).
        ("PR'ai 👀", 0, "deep_work", True),
        ("Hypercare — PI → ADLS migratie (cutover Lillo)", 4, "communication", True),
        ("🎧 blk (pm)", 0, "deep_work", True),
        ("Call at 2 (pm)", 0, UNTAGGED, None),
        ("Architecture Review Board (ARB) / Conseil d'examen de l'architecture (CEA)", 5,
         "communication", True),
        ("Post-incident review – Oct 13 intake outage / Examen post-incident", 5,
         "communication", True),
        ("Examen AWS SAA-C03 🤞", 0, "learning", False),
        ("Revisión técnica vehicular", 0, UNTAGGED, True),
        ("Charla beneficios: renovación seguro médico 2027", 2, UNTAGGED, True),
        ("Agriflor – coctel expositores (stand Petalia)", 4, "relationships", True),
        ("Papers & Chai ☕ (eng reading circle)", 2, "learning", False),
        ("TechTalk：用 LLM 做 equipment alarm 分類", 2, "learning", True),
        ("Parent–Teacher Conference — Ella (Mrs. Bateman)", 0, UNTAGGED, True),
        ("slaidai – Cilium talk", 0, "communication", False),
        ("pietūs su Vaida", 0, "relationships", False),
        ("Skip – Nithin / Rahul", 1, "relationships", True),
        ("essenscia studienamiddag — Digitalisering & data", 0, "learning", False),
        ("Netwerkreceptie essenscia", 0, "relationships", True),
        ("Studie — Databricks Data Engineer Professional (oefenexamen module 3)", 0, "learning",
         False),
        ("Arbeidsgeneeskundig onderzoek (IDEWE)", 0, UNTAGGED, True),
        ("GCWCC bake sale / Vente de pâtisseries CCMTGC", 2, "relationships", False),
        ("fhir mapping ⚙️", 0, "deep_work", True),
        # Round 28: the causes of round 27's misses (Tunisian French and Arabizi, Argentine
        # Spanish, Danish, Slovene, Scottish and US English, Chinese).
        ("Mehdi / Sami – point hebdo", 1, "relationships", False),
        ("Point rapide", 1, "communication", False),
        ("rev RFC-031 (ceci)", 0, "communication", True),
        ("Onboarding check-in – Lewis", 1, "relationships", False),
        ("PM-udkast datagab", 0, "communication", False),
        ("PM/Eng sync", 0, UNTAGGED, None),
        ("Kør hjem", 0, UNTAGGED, True),
        ("Cert study: AWS Solutions Architect Pro — module 6 (hybrid networking)", 0,
         "learning", False),
        ("Aarhus Wind Tech Meetup – networking & øl", 0, "relationships", True),
        ("Innovation Day 🚀", 2, "deep_work", True),
        ("SLASSCOM Tech Talks – speaking: Tracing a T-shirt across 14 plants", 0,
         "communication", True),
        ("Hold – Hartwell ASN go-live checklist", 0, "deep_work", False),
        ("Hold – talk UJUG voorbereiden", 0, "communication", False),
        ("mate Fede 🧉", 0, "relationships", False),
        ("🧉 mate & code — pairing con Lu: retries idempotentes", 1, "deep_work", True),
        ("kosilo s Sašo", 0, "relationships", False),
        ("lb-v2 rollout – feature flagi", 0, "deep_work", True),
        ("Penang rollout 範圍確認", 3, "communication", False),
        ("lavage karhba + courses 🛒", 0, UNTAGGED, True),
        ("Chapter Front 🅰️", 4, "communication", False),
        ("DDIA chapter 5", 0, "learning", True),  # (the book: read alone, since round 54)
        ("【行政】信息安全合规年度考试（线上，必考）", 0, UNTAGGED, True),
        # Round 29: the causes of round 28's misses (Czech, Korean, Mexican Spanish, Turkish,
        # Pakistani, British and US English).
        ("Komunikace: e-maily a Teams (dohnat po víkendu)", 0, "communication", True),
        ("Párování s Ondřejem – SBOM generátor", 1, "deep_work", True),
        ("KAIST 로보틱스 콜로퀴엄: diffusion policy", 0, "learning", False),
        ("Colloquio tecnico – Senior Backend Engineer", 2, "communication", True),
        ("sim 회귀테스트 🤖", 0, "deep_work", True),
        ("Sesión informativa: Seguro de Gastos Médicos Mayores 2027", 2, UNTAGGED, True),
        ("perf self-review", 0, UNTAGGED, True),
        ("öğle w/ Ece 🌯", 0, "relationships", False),
        ("Öğle: annem 💐", 0, UNTAGGED, None),
        ("Bayram öncesi deploy freeze ✅", 6, "communication", False),
        ("نادرا — شناختی کارڈ renewal", 0, UNTAGGED, True),
        ("Safepay — partner API roadmap", 3, "learning", False),
        ("Pre-read – SDE data access policy v2 (for TDA)", 0, "communication", False),
        ("Pairing w/ Theo: lease renewal race", 1, "deep_work", None),
        # Round 30: the causes of round 29's misses (Latvian, Russian, French, Japanese,
        # Chilean Spanish, Filipino, Indian and US English).
        ("RFC-058 komentāri", 0, "communication", True),
        ("rfc - carrier tender (omar)", 0, "communication", False),
        ("✍️ RFC-118 idempotency keys (draft)", 0, "deep_work", True),
        ("KT: dispatch config service → Ananya", 2, "communication", None),
        ("Azure support case 2610120040007731 - AKS nodepool upgrade stuck", 2, "communication",
         None),
        ("Veselības apdrošināšana 2027 — infosesija", 2, UNTAGGED, True),
        ("Maxicare HMO – 2027 renewal Q&A", 2, UNTAGGED, True),
        ("Hokkaido.go #28", 0, "learning", False),
        ("Cloud Native Utrecht #23 - platform engineering", 0, "learning", False),
        ("Sprint #23", 0, "communication", False),  # not a meetup: the word vote's guess
        ("Anglais – Business English (groupe B2)", 3, "learning", True),
        ("Midi Tech : Rust pour l'embarqué critique ?", 2, "learning", True),
        ("Tech Thursday 🍕", 12, "learning", True),
        ("コーヒーチャット（中村さん / CS）", 1, "relationships", True),
        ("札幌拠点 ジンギスカン会🐑", 2, "relationships", False),
        ("PRы", 0, "deep_work", True),
        ("TGV 8531 BDX → TLS", 0, UNTAGGED, True),
        ("amma – manipal f/u", 0, UNTAGGED, True),
        ("Watch: Hot Chips 2026 — inference accelerator session (recording)", 0, "learning",
         True),
        ("🎤 rootconf mini", 0, "communication", True),
        ("All Hands 🍕 (lunch provided)", 2, "communication", True),
        ("Hello 👋 Kristine x Joanna", 1, "relationships", True),
        # Round 31: the causes of round 30's misses (Bulgarian, Serbian, Malay, South African,
        # Canadian, Nepali and Mexican calendars).
        ("Кафе с Мартин Георгиев (бивш колега)", 0, "relationships", False),
        ("Peer 1:1: Desislava / Ivaylo", 1, "relationships", True),
        ("Петъчен обяд с екипа", 7, "relationships", True),
        ("Обяд", 0, UNTAGGED, True),
        ("Ревю на PR #2291 (Калоян): ledger snapshots", 0, "deep_work", True),
        ("Наваксване: имейли и Slack след отпуска", 0, "communication", True),
        ("Задължително обучение: AML и санкции (годишно, срок 31.10)", 0, UNTAGGED, True),
        ("Тиймбилдинг: боулинг и пица 🎳", 7, "relationships", False),
        ("Upoznavanje – Nikola (novi QA lead)", 2, "relationships", True),
        ("Piotr u BG – ručak", 1, "relationships", True),
        ("Hack Day #7 – demoi", 2, "communication", None),
        ("samoprocena (perf review)", 0, UNTAGGED, True),
        ("Обука: Безбедност и здравље на раду (БЗР)", 2, UNTAGGED, True),
        ("dr Stanković – kontrola", 0, UNTAGGED, True),
        ("DR Failover – test", 2, "communication", None),
        ("MOJ TALK 🎤 hot reload bez suza", 0, "communication", True),
        ("SPE Calgary Section Luncheon – Data-driven Decline Curve Analysis", 0, "learning",
         False),
        ("AWS Energy Symposium Calgary – Networking Breakfast", 3, "relationships", None),
        ("Sawubona Thuli 👋🏾", 4, "relationships", True),
        ("claims cdc lag 🔥", 0, "deep_work", True),
        ("Braai at Sipho & Anri's 🔥🏉", 0, UNTAGGED, None),
        ("Medical aid 2027 – options Q&A", 1, UNTAGGED, True),
        ("Engagement survey – results", 2, "communication", None),
        ("mob 🐙 inventory sync retries", 3, "deep_work", True),
        ("sec awareness training (due 31st)", 0, UNTAGGED, True),
        ("curso anticorrupción 🙄 (vence 31/oct)", 0, UNTAGGED, True),
        ("Team makan-makan – Kingfisher PPAP submitted 🎉", 7, "relationships", False),
        ("Hari Keluarga Kestrel 2026 (Family Day)", 2, "relationships", False),
        ("Mesyuarat Jawatankuasa Hari Keluarga #4", 3, "communication", True),
        # Round 32: the causes of round 31's misses (Norwegian, Spanish, Australian, Canadian,
        # Indonesian, Albanian, Nigerian and Armenian calendars).
        ("Ocean Autonomy Cluster – frokostseminar: regulering av MASS", 1, "learning", True),
        ("Introsamtale: ny PO for ferjeprosjektet (Vegard)", 1, "relationships", True),
        ("Gjesteforelesning TTK4190: Autonome ferjer i praksis", 1, "communication", True),
        ("Kaffeprat med Ahmad (ny i teamet)", 1, "relationships", True),
        ("Women in Tech Trondheim – høstmingling", 1, "relationships", True),
        ("Oppfølging etter sjøtest: Slack-tråder og e-post", 0, "communication", None),
        ("Teammiddag?", 8, "relationships", False),
        ("Sjøtest: COLREG-modul – Brattøra ↔ Ravnkloa", 5, "deep_work", True),
        ("Sjøtest-evaluering / lessons learned", 6, "communication", None),
        ("Reserva de hotel y revisión de itinerario – viaje Duisburg", 0, UNTAGGED, True),
        ("Vuelo Bilbao → Düsseldorf", 0, UNTAGGED, True),
        ("Informe de viaje Duisburg – resumen para Maite y Jon Ander", 0, "communication", True),
        ("Presentación de resultados – encuesta de clima 2026", 2, "communication", None),
        ("Pintxos y networking tras PyData Bilbao", 0, "relationships", True),
        ("On-site: FAT signal tests with automation team (hot strip mill)", 2, "deep_work", True),
        ("SAT – renovar e.firma", 0, UNTAGGED, None),
        ("Lunch – walk along the Hobart Rivulet track", 0, UNTAGGED, True),
        ("Weekly wrap-up: inbox, Teams and notes for Monday", 0, "communication", True),
        ("eResearch Australasia BoF: Research software engineering careers", 0, "learning",
         False),
        ("🔨 booking-v2 (komen review)", 0, "deep_work", True),
        ("🚀 3.4 PROD", 0, "deep_work", True),
        ("🍽 Ledion", 0, "relationships", False),
        ("ndpa training 😩", 0, UNTAGGED, True),
        ("halima – plat walkthru", 1, "communication", True),
        ("Café-causerie en français ☕🇫🇷", 5, "learning", True),
        ("Design doc: Harvest-advance disbursement ledger – v1 for ARB review", 0, "deep_work",
         True),
        ("Mher 🌱", 1, "relationships", True),
        ("Daily Data 🌱", 6, "communication", True),
        ("📄 անձնագիր", 0, UNTAGGED, True),
        # Round 33: the causes of round 32's misses (German, Turkish, Peruvian Spanish, Polish,
        # Thai English, Ugandan, Indian and Greek calendars).
        ("Women in Semiconductors Dresden – Herbst-Netzwerktreffen", 0, "relationships", True),
        ("Reinraum-Sicherheitsunterweisung 2026 (jährliche Pflichtunterweisung)", 2, UNTAGGED,
         True),
        ("PI Planning – Teamabend", 7, "relationships", False),
        ("Design-Dokument Litho-Dispatching: Review-Kommentare einarbeiten", 0, "deep_work",
         True),
        ("Urlaubsübergabe an Marco: offene MRs, Rufbereitschaft, Change 4.12.2", 1,
         "communication", None),
        ("Nach dem Urlaub: E-Mails und Teams-Chats aufarbeiten", 0, "communication", True),
        ("Urlaub", 0, UNTAGGED, True),
        ("Kennenlernen Paula Schmitt (neu im Team Dispatching)", 1, "relationships", True),
        ("Prozess-Akademie Modul 3: Grundlagen Lithografie für Fab-IT", 2, "learning", True),
        ("BES ve Özel Sağlık Sigortası Bilgilendirme", 2, UNTAGGED, True),
        ("Tarımda Dijitalleşme Sempozyumu – Ege Üniversitesi (dinleyici)", 0, "learning", False),
        ("Saha Testi: Torbalı Sera Pilotu – LoRa Gateway", 2, "deep_work", True),
        ("Öğle Sunumu: Müşteri Desteğinde Üretken Yapay Zekâ", 2, "learning", True),
        ("Masraf Beyanı: Ekim (saha ziyareti yakıt ve yemek)", 0, UNTAGGED, True),
        ("Ekisa family get-together (Okwegatta) 🎉", 2, "relationships", False),
        ("NSSF & medical cover Q&A", 2, UNTAGGED, True),
        ("Code: offline queue compaction – review follow-ups", 0, "deep_work", None),
        ("Inducción de seguridad SSOMA – visitantes", 2, UNTAGGED, True),
        ("Pruebas de campo FMS – despacho en tajo (fase 2)", 2, "deep_work", True),
        ("Traslado retorno Mina Chachani → Arequipa", 0, UNTAGGED, True),
        ("Despliegue Release 4.8 – soporte en guardia", 3, "deep_work", False),
        ("FE office hrs 🙋", 1, "communication", True),
        ("🍛 w/ Joe & Arthit", 0, "relationships", False),
        ("obiad w/ Iga 🍜", 0, "relationships", False),
        ("Frontend Masters – web perf 🎓", 0, "learning", False),
        ("Studio Playtest 🎮", 2, "communication", True),
        ("Ankieta zaangażowania – omówienie wyników (Engine)", 3, "communication", None),
        ("Alpha 🍾", 2, "relationships", False),
        ("παρέλαση Μαρίας 🇬🇷", 0, UNTAGGED, True),
        ("Academia", 0, UNTAGGED, None),
        # Round 34: the causes of round 33's misses (Dutch, Uzbek, Polish, Korean, Colombian,
        # Kenyan, French and Indian calendars).
        ("Leestijd: DDIA 2e editie – hfst. 11 (stream processing)", 0, "learning", True),
        ("Kitob o'qish: Designing Data-Intensive Applications", 0, "learning", True),
        ("Kofe: Aziz Nazarov (sobiq hamkasb)", 0, "relationships", False),
        ("Godziny konsultacji: API kernela", 1, "communication", True),
        ("przegląd auta", 0, UNTAGGED, True),
        ("Post-Puja catch-up: email, Slack, PagerDuty summary", 0, "communication", True),
        ("Kwaheri Omar 🎉", 2, "relationships", True),
        ("platzi", 0, "learning", False),
        ("Juliana / Daniela — feedback", 1, UNTAGGED, None),
        ("Book SGR tickets + hotel for Nairobi workshop", 0, UNTAGGED, True),
        ("Finish Vessel Schedule v2 design doc (ARB feedback)", 0, "deep_work", None),
        ("GNG MEP 2026.42", 5, "communication", True),
        ("KenTrade Single Window – Stakeholder Forum", 1, "communication", True),
        ("62304 교육 (NIDS 온라인)", 0, "learning", False),
        ("법정의무교육 (개인정보보호)", 0, UNTAGGED, True),
        ("Zephyr Korea 밋업 #7 (온라인)", 1, "learning", True),
        # Round 35: the causes of round 34's misses (Persian, Serbian, Croatian, Albanian,
        # Bulgarian, Hindi-English and Gulf Arabic-English calendars).
        ("PRها 👀", 0, "deep_work", True),
        ("جلسه دانش‌افزایی: Kafka internals", 3, "learning", True),
        ("Go/No-Go جشنواره زمستانه", 6, "communication", None),
        ("جشن تولد سارا 🎂", 6, "relationships", None),
        ("Бенефиције: осигурање 2027 (Q&A)", 2, UNTAGGED, True),
        ("Zdravstveno osiguranje – Q&A", 3, UNTAGGED, True),
        ("Sesion informues: sigurimi shëndetësor", 4, UNTAGGED, True),
        ("Osiguranje kvaliteta – Q&A", 3, "communication", None),  # quality assurance
        ("بیمه تکمیلی – جلسه پرسش و پاسخ", 5, UNTAGGED, True),
        ("स्वास्थ्य बीमा – Q&A", 5, UNTAGGED, True),
        ("security awareness 😴", 0, UNTAGGED, True),
        ("privacy refresher (due Friday)", 0, UNTAGGED, True),
        ("Beta bug bash sync", 4, "communication", None),
        ("Beta bug bash", 6, "deep_work", True),
        ("Design doc: ledger replay – idempotency (write-up)", 0, "deep_work", True),
        ("ADR-7 write-up review", 3, "communication", None),
        ("Смяна на гуми 🚗", 0, UNTAGGED, True),
        ("Zamjena guma – vulkanizer", 0, UNTAGGED, True),
        # Round 37: the causes of rounds 35's and 36's misses (Lithuanian, Slovenian, Latvian,
        # Estonian, Norwegian, German, Portuguese, Vietnamese and New Zealand calendars).
        ("Fokuso laikas: techninė skola", 0, "deep_work", True),  # a technical debt, no school
        ("Skola: vecāku sapulce", 0, UNTAGGED, True),  # a school (Latvian)
        ("Dienos pabaiga: el. paštas, Slack", 0, "communication", True),
        ("Komunikacija: pošta in Teams", 0, "communication", True),
        ("Postkast ja Slack (puhkuse järel)", 0, "communication", True),
        ("Puhkus", 0, UNTAGGED, True),
        ("PRji", 0, "deep_work", True),
        ("PRD", 0, UNTAGGED, None),
        ("infosikkerhet e-læring", 0, UNTAGGED, True),
        ("Obvezno e-izobraževanje: varstvo podatkov", 0, UNTAGGED, True),
        ("e-apmācība: kiberdrošība", 0, UNTAGGED, True),
        ("privacy e-learn", 0, UNTAGGED, True),
        ("Đào tạo an toàn thông tin bắt buộc", 2, UNTAGGED, True),
        ("Lớp tiếng Anh B2", 4, "learning", True),
        ("Mừng ngày Nhà giáo 🌷", 5, "relationships", False),
        ("Middag med teamet", 4, "relationships", None),
        ("Parprog: Kafka-konsument", 1, "deep_work", True),
        ("Brauciens uz Valmieru", 0, UNTAGGED, True),
        ("OR-tools kursas", 0, "learning", False),
        ("Paleidimo derinimas: PLC", 0, "deep_work", True),
        ("Andmekaitse infopäev", 3, "learning", True),
        ("lõuna Mari", 0, "relationships", False),
        ("Študij: CKA", 0, "learning", False),
        ("beri ISO 26262-9", 0, "learning", True),
        ("Welcome call – new starters, Data team", 4, "relationships", False),
        ("Welcome back Anna", 3, "relationships", False),  # no welcome rule: the word vote
        ("Poroporoaki – Aroha", 6, "relationships", False),
        ("Te reo Māori class (Level 2)", 5, "learning", True),
        ("Clube do livro – DDIA", 5, "learning", True),
        ("Retorno Ponta Grossa → Curitiba", 0, UNTAGGED, True),
        ("Kiire küsimus", 1, "communication", False),
        ("Lasttest Checkout-API – Durchführung", 3, "deep_work", True),
        ("Rückenschule (BGM)", 0, UNTAGGED, True),
        ("Webinārs: Kafka 4", 1, "learning", True),
        ("Design doc: event bus – address review comments", 0, "deep_work", None),
        ("Prototüüp: consent UI", 0, "deep_work", None),
        ("Postmortemi kirjutamine INC-12", 0, "communication", None),
        ("Alpha bugbash sync", 4, "communication", None),
        # Round 38: the causes of round 37's misses (Dutch, Austrian, Irish, Indian, Japanese,
        # Tanzanian and American calendars).
        ("gerrit", 0, "deep_work", True),
        ("rdg", 0, "learning", True),
        ("Mediclaim top-up – Q&A", 3, UNTAGGED, True),
        ("rev threat model doc (Ana)", 0, "communication", True),
        ("rvw aiko rfc", 0, "communication", None),
        ("rev PRs", 0, "deep_work", True),
        ("spi timeout dbg", 0, "deep_work", True),
        ("Ijumaa ya Kujifunza: Kafka", 3, "learning", True),
        ("Platform CoP – lunch talk", 5, "learning", None),
        ("Teamausflug Weinstraße", 6, "relationships", False),
        ("Gastvortrag an der TU: Rust im Embedded-Bereich", 1, "communication", True),
        ("HIL integration test – BMS", 3, "deep_work", True),
        ("Field test triage", 5, "communication", None),
        ("現地接続試験", 3, "deep_work", True),
        ("【学習】Kubernetes 1.34 リリースノート", 0, "learning", None),
        # Round 39: the causes of round 38's misses (Canadian, Ethiopian, Chinese, Polish,
        # Italian, French, Brazilian and Korean calendars).
        ("Sea trial 3 – daily brief", 6, "communication", None),
        ("Sea trial 3", 6, "deep_work", True),
        ("Hack day – offline mode for clinic check-in", 2, "deep_work", None),
        ("Mentoring – Sara (onboarding)", 1, "relationships", True),
        ("Onboarding: check-in z Kasią", 1, "relationships", None),
        ("Treinamento brigada de incêndio", 3, UNTAGGED, True),
        ("Tri des mails et messages Slack", 0, "communication", True),
        ("palestra 🏋️", 0, UNTAGGED, True),
        ("Palestra: crédito de carbono", 3, "learning", None),
        ("极客时间：《MySQL 实战》第 3 讲", 0, "learning", None),
        ("设计文档: OTA v3 — 按评审意见修改", 0, "deep_work", True),
        ("阅读: Matter 1.4 规范", 0, "learning", None),
        ("Relecture MR !88 – refacto", 0, "deep_work", True),
        ("Prove su strada – VCU 3.3", 3, "deep_work", True),
        ("Meetup JUG – mój talk o GraalVM", 0, "communication", True),
        ("컷오버 리허설", 0, "deep_work", None),
        ("k6 soak test", 0, "deep_work", True),
        # Round 40: the causes of round 39's misses (French, Spanish, Swedish, German,
        # Philippine and Indian calendars).
        ("Tech Lunch 🥪 – observabilité", 1, "learning", True),
        ("Permanence API – questions ouvertes", 2, "communication", True),
        ("Course à pied 🏃", 0, UNTAGGED, True),
        ("BreizhJUG – talk Kotlin (speaker)", 0, "communication", True),
        ("SAA", 0, "learning", False),
        ("cert SOA", 0, "learning", False),
        ("SevillaJUG – Loom en prod", 0, "learning", None),
        ("Granska RFC-7 (kommentera)", 0, "communication", True),
        ("Studietid: CKA", 0, "learning", False),
        ("Resebokning: KubeCon", 0, UNTAGGED, True),
        ("Förmåner 2027: genomgång", 3, UNTAGGED, True),
        ("Lebensläufe sichten", 0, "communication", True),
        ("DSGVO Schulung", 0, UNTAGGED, True),
        ("Kumustahan: Ana / Ben", 1, "relationships", True),
        ("Incident postmortem: exam portal latency during mock test", 6, "communication", None),
        ("Mock exam", 0, "learning", False),
        ("Point alternant – Lucas", 1, "relationships", None),  # a "point" with one: either
        # Round 41: the causes of round 40's misses (German, Flemish, French, Australian,
        # American, Mexican, Nigerian and Taiwanese calendars).
        ("Rückenschule (BGM) – Kurs", 1, UNTAGGED, True),
        ("ff lezen", 0, "learning", True),
        ("Café avec Léa – point onboarding", 1, "relationships", True),
        ("Bloc focus – tests avant congés", 0, "deep_work", None),
        ("Congés", 0, UNTAGGED, True),
        ("rfc rvw - pricing", 0, "communication", None),
        ("sec training", 0, UNTAGGED, True),
        ("curso de compliance", 0, UNTAGGED, True),
        ("Study: CKA networking domain", 0, "learning", None),
        ("閱讀論文：MPC 控制", 0, "learning", None),
        ("報帳：研討會交通費", 0, UNTAGGED, True),
        ("回覆客訴（技術說明）", 0, "communication", True),
        ("新品線上發表會", 1, "learning", True),
        ("Rust-Stammtisch", 3, "relationships", False),
        ("Site induction – Pit 3", 2, UNTAGGED, True),
        ("Altar de muertos 🕯️", 4, "relationships", False),
        # Round 42: the causes of round 41's misses (Italian, Portuguese, Dutch, Spanish,
        # Polish, Japanese and Ghanaian calendars).
        ("Revisione PR del team", 0, "deep_work", True),
        ("Welfare aziendale – sessione Q&A", 3, UNTAGGED, True),
        ("Leesuur: papers, RFC's en blogs", 0, "learning", None),
        ("Read RFC-12", 0, "communication", None),
        ("Resumo executivo do INC-9 para a diretoria", 0, "communication", None),
        ("Reembolso de despesas – visita", 0, UNTAGGED, True),
        ("Confraternização – time de dados", 5, "relationships", False),
        ("AVE → Sevilla", 0, UNTAGGED, True),
        ("v1 → v2 migration", 0, "deep_work", None),
        ("formación ISO 27001", 0, UNTAGGED, True),
        ("Hackmiddag: open-data prototype", 6, "deep_work", True),
        ("Event storming – returns", 4, "communication", False),
        ("昼 佐藤さん", 0, "relationships", False),
        ("nkɔmmɔ – Kofi", 1, "relationships", True),
        ("quick one", 1, "communication", False),
        # Round 43: the causes of round 42's misses (Japanese, Italian, Dutch, Polish, Spanish,
        # Scottish, Taiwanese and American calendars).
        ("【自己研鑽】CKA 試験対策", 0, "learning", False),
        ("JAWS-UG 大阪 #12", 0, "learning", None),
        ("総合防災訓練", 3, UNTAGGED, True),
        ("Brandoefening", 4, UNTAGGED, True),
        ("corso sicurezza (aggiornamento)", 0, UNTAGGED, True),
        ("Lektura: DDIA rozdz. 3", 0, "learning", True),
        ("letture", 0, "learning", True),
        ("Rozliczenie kosztów delegacji", 0, UNTAGGED, True),
        ("Tavola rotonda: AI Act", 2, "learning", True),
        ("Mob programming: rail-planning API", 4, "deep_work", None),
        ("Cutover-plan doornemen", 5, "communication", None),
        ("Dundee uni guest lec", 1, "communication", True),
        ("review ledger-svc #88", 0, "deep_work", True),
        ("almuerzo cumple de Sofi", 0, UNTAGGED, True),
        ("Plant floor walk & user feedback", 3, "communication", None),
        ("Pre-PTO handoff notes", 0, "communication", True),
        # Round 44: the causes of round 43's misses (Finnish, Portuguese, French, British,
        # Zambian and Mexican calendars).
        ("posti/slack", 0, "communication", True),
        ("PR:t", 0, "deep_work", True),
        ("TF slidet", 0, "communication", False),
        ("tietoturva-kurssi (pakoll.)", 0, UNTAGGED, True),
        ("Matti / Liisa – kuulumiset", 1, "relationships", True),
        ("Sync Pedro / Inês", 1, "communication", False),
        ("Pedro / Inês", 1, "relationships", True),
        ("Marcar viagem a Lisboa", 0, UNTAGGED, True),
        ("Réunion d'information — intéressement et PEE", 3, UNTAGGED, True),
        ("Cyber awareness drop-in", 3, UNTAGGED, True),
        ("Simulacro de examen AWS", 0, "learning", False),
        ("Simulacro de evacuación", 5, UNTAGGED, True),
        ("Customer escalation — yield excursion, lot 7", 4, "communication", None),
        ("SAA prep", 0, "learning", False),
        # Round 45: the causes of round 44's misses (Chinese, Dutch, German, Canadian French,
        # Valencian, Indian and Jamaican calendars).
        ("1v1 一鸣", 1, "relationships", True),
        ("和吴总聊聊", 1, "relationships", True),
        ("GC调优", 0, "deep_work", True),
        ("读paper", 0, "learning", False),
        ("分享ppt", 0, "communication", False),
        ("pairen flex-api auth", 1, "deep_work", True),
        ("overdracht piket", 1, "communication", False),
        ("Kwartaalupdate directie Q3", 1, "communication", True),
        ("Prototyp: Grafana-Dashboard Schichtübergabe", 0, "deep_work", False),
        ("Werksführung Stahlwerk LD3 (Digital-Team)", 8, "learning", True),
        ("Plant tour – rolling mill", 8, "learning", True),
        ("Présentation : Nadia Ouellet <> Kevin MacDonald", 2, "relationships", True),
        ("Mise à jour du modèle de menaces – Passerelle", 0, "deep_work", False),
        ("Atelier Zero Trust – communauté de pratique", 8, "learning", False),
        ("Innovation Day – judging panel", 3, "communication", False),
        ("चहा w/ Nikhil", 0, "relationships", False),
        ("cafè Marta", 1, "relationships", True),
        ("esmorzaret 🥖", 8, "relationships", None),
        ("RFC Marta 👀", 0, "communication", True),
        ("Renew driver's licence – TAJ Constant Spring", 0, UNTAGGED, True),
        # Round 46: the causes of round 45's misses (Chinese, German, Spanish, Québec French,
        # Portuguese, Dutch, Indian and New Zealand calendars).
        ("压测问题 sync", 4, "communication", False),
        ("Alpha bugbash sync", 4, "communication", False),
        ("Fokuszeit – Runtime-Scheduler (EtherCAT-Sync)", 0, "deep_work", True),
        ("清钉钉", 0, "communication", True),
        ("饭 阿杰", 0, "relationships", False),
        ("1024 程序员节 🎉 游园会", 6, "relationships", False),
        ("PolarDB-X 新版本交流（厂商）", 3, "learning", False),
        ("Catch-up rapide", 1, "communication", False),
        ("✍️ ADR-042 — intégrer les commentaires de la revue", 0, "deep_work", False),
        ("Levar carro na revisão", 0, UNTAGGED, True),
        ("Teamessen Booking Core", 9, "relationships", True),
        ("Implementierung: Rate-Limiter – Integrationstests und Metriken", 0, "deep_work", True),
        ("Railjet Salzburg Hbf → Wien Hbf (RJX 861)", 0, UNTAGGED, True),
        ("AWS SAP prep", 0, "learning", False),
        ("PRs 👀 (backlog)", 0, "deep_work", True),
        ("Lunchlezing: AI Act en netbeheer", 2, "learning", True),
        ("NZ AgriTech Week online – Digital twins for pasture", 1, "learning", True),
        # Round 47: the causes of round 46's misses (German, Portuguese, Indian, Japanese,
        # Polish, Spanish and French calendars).
        ("RFC-017 komm.", 0, "communication", True),
        ("Brandschutzunterweisung 2026", 2, UNTAGGED, True),
        ("JobRad & bAV – Infotermin", 2, UNTAGGED, True),
        ("POSH refresher (mandatory)", 2, UNTAGGED, True),
        ("Sesión informativa: plan de retribución flexible 2027", 2, UNTAGGED, True),
        ("Autoevaluación de desempeño (Workday) ✍️", 0, UNTAGGED, True),
        ("self-review of PRs", 0, "deep_work", True),
        ("Horas de consulta de la plataforma de datos", 1, "communication", True),
        ("NDC cutover war-room", 6, "communication", True),
        ("Trajet Rennes → Quimper (chez mes parents)", 0, UNTAGGED, True),
        ("設計書レビュー コメント反映 (DVFS ガバナ v2)", 0, "deep_work", None),
        ("【集中】休暇前: DVFS ドライバ PR 作成", 0, "deep_work", True),
        ("🍻 Filipa", 0, "relationships", False),
        ("✍️ consent-svc v2", 0, "deep_work", False),
        ("▶️ JDD", 0, "learning", False),
        ("obiad", 8, "relationships", True),
        ("PhocusWire webinar: AI agents in travel distribution", 0, "learning", False),
        # Round 48: the causes of round 47's misses (Korean, Japanese, Italian, French, German,
        # Spanish, Nigerian and American calendars).
        ("[집중] 개발 집중 시간 — 회의는 피해주세요 🙏", 0, "deep_work", True),
        ("[발표 준비] Reading Group 발표 자료 — Ray Data", 0, "communication", False),
        ("NVIDIA AI Day Seoul — 키노트", 0, "learning", False),
        ("NVIDIA AI Day — 세션: NeMo 파인튜닝", 0, "learning", False),
        ("[행정] 2026 하반기 정보보호 교육 (필수) 이수", 0, UNTAGGED, True),
        ("レビュー", 0, "deep_work", True),
        ("資料 HC", 0, "communication", False),
        ("Kevin ペア (driver)", 1, "deep_work", True),
        ("昼 HC", 3, "relationships", True),
        ("同期飲み", 3, "relationships", False),
        ("【東邦プロセス】装置制御SW Ver.8 ロードマップ説明", 5, "learning", False),
        ("FDC連携 説明会 (製造1課向け)", 4, "communication", None),
        ("EAP Guild Talk", 5, "learning", True),
        ("RFC-017 (einheitliches Tagging-Schema Sensordaten) lesen & kommentieren", 0,
         "communication", True),
        ("relire RFC auth", 0, "communication", True),
        ("DD pipeline v2", 0, "deep_work", True),
        ("jav fw", 0, "deep_work", True),
        ("OCO bench", 0, "deep_work", True),
        ("Présentation nouvelle mutuelle (Q&R)", 4, UNTAGGED, True),
        ("visio Grégoire", 1, "relationships", False),
        ("Palestra – allenamento", 0, UNTAGGED, True),
        ("Rilascio TOS 5.8 – finestra di manutenzione", 3, "deep_work", True),
        ("Studio certificazione AWS Solutions Architect – Professional", 0, "learning", False),
        ("Inglés 🇬🇧 B2→C1 (Pablo, Irene, Ana)", 3, "learning", True),
        ("⏱ horas + gastos meetup", 0, UNTAGGED, True),
        ("Kedu Friday 🎉 (virtual hangout)", 2, "relationships", False),
        ("Lunch with Dr. Ikenna Eze & final-year students", 0, "relationships", False),
        ("OCO ICD rC redlines", 0, "communication", True),
        ("colloq", 0, "learning", False),
        ("rd - ethercat DC", 0, "learning", True),
        ("Mia PT conf", 0, UNTAGGED, True),
        # Round 49: the causes of round 48's misses (French, Norwegian, Spanish, Czech,
        # Vietnamese, Indian and British calendars).
        ("Revue des merge requests en attente pendant mon absence", 0, "deep_work", True),
        ("Mentorat Inès – point hebdo (questions techniques, revue de code accompagnée)", 1,
         "relationships", None),
        ("Lesetid: fagartikler om drilling automation", 0, "learning", True),
        ("Ukeslutt: rydde innboks og svare på Slack-tråder", 0, "communication", True),
        ("Traitement des e-mails et messages Google Chat accumulés", 0, "communication", True),
        ("Traitement des e-mails accumulés pendant les congés", 0, "communication", True),
        ("Clase de alemán B1.2 – Goethe-Zentrum (en línea)", 0, "learning", True),
        ("Cours d'allemand B2 – préparation du Goethe-Zertifikat", 0, "learning", True),
        ("Gimnasio – clase de funcional", 0, UNTAGGED, None),
        ("Verre de fin de sprint avec l'équipe", 9, "relationships", False),
        ("Automation Team Curry Night", 8, "relationships", False),
        ("Production deployment – Wallet v5.3 (night window)", 4, "deep_work", None),
        ("Revisar y comentar el RFC de Fernando: plataforma de datos", 0, "communication", True),
        ("Design doc: ETP 1.2-strømmegateway – ferdigstille og sende til review", 0,
         "deep_work", False),
        ("Desarrollo: atender comentarios del PR de MES-2255", 0, "deep_work", None),
        ("Fix: submission queue backpressure (ASMT-1207)", 0, "deep_work", None),
        ("Vaktoverlevering – RTDS on-call uke 44", 2, "communication", False),
        ("VJ1288 SGN→HPH", 0, UNTAGGED, True),
        ("Cita consular – renovación de visa (Embajada de EE. UU., CDMX)", 0, UNTAGGED, True),
        ("Meetup Rust Toulouse – Rust embarqué & async (Embassy)", 0, "learning", False),
        ("Comida familiar de Todos Santos en casa de mi abuela", 0, UNTAGGED, True),
        ("Reporte del taller: hallazgos y próximos pasos (para Héctor)", 0, "communication",
         False),
        ("Incident w/up", 0, "communication", False),
        ("Školení první pomoci – termín 2", 1, UNTAGGED, True),
        ("Smart Metering & Grid Data Forum 2026", 0, "learning", False),
        ("slidy SMK", 0, "communication", False),
        ("Tech Sharing thứ Sáu", 8, "learning", True),
        # Round 50: the causes of round 49's misses (Turkish, Chinese, Japanese, Romanian,
        # Slovak, Argentine and American calendars).
        ("Tasarım dokümanı: sıra-bağımlı hazırlık süreleri (setup matrix) v2", 0, "deep_work",
         True),
        ("Eşli çalışma: CP-SAT modelini profilleme", 1, "deep_work", True),
        ("Odak: yeniden planlama prototipi – birim testleri", 0, "deep_work", None),
        ("Sprint özeti e-postası (paydaşlara)", 0, "communication", True),
        ("Denizli ziyaret notları ve aksiyon listesini paylaş", 0, "communication", True),
        ("邮件", 0, "communication", True),
        ("出差纪要", 0, "communication", False),
        ("出差 宜宾", 0, UNTAGGED, True),
        ("产线参观 + 电芯化成/分容工艺讲解", 3, "learning", True),
        ("OJT: 高橋さん デバッグ環境（J-Link / GDB）セットアップ", 1, "relationships", None),
        ("高橋さん OJT 振り返り", 1, "relationships", None),
        ("技術書: 『レガシーコード改善ガイド』第 9～10 章を読む", 0, "learning", None),
        ("SPX-7 v2.3.0 リリースノート作成", 0, "communication", False),
        ("release notes", 0, "communication", False),
        ("Read: Airflow 3 release notes + DDIA ch. 11 📚", 0, "learning", True),
        ("自社ブース 説明員（SPX-7 デモ担当）", 2, "communication", None),
        ("光計測技術展 2026: 展示ブース見学（分光・イメージング関連）", 0, "learning", False),
        ("Bahlui Academy: Kubernetes pentru developeri – modulul 3", 5, "learning", True),
        ("pivo HSM", 0, "relationships", False),
        ("zápis Linz", 0, "communication", False),
        ("Service del auto – taller en Godoy Cruz", 0, UNTAGGED, True),
        ("Escribir resumen del viaje a Sensora para el equipo", 0, "communication", True),
        # Round 51: the causes of round 50's misses (Italian, Russian, Ukrainian, Taiwanese
        # and Indonesian calendars).
        ("Aggiornamento tecnico: lettura specifiche e articoli", 0, "learning", True),
        ("Revisione codice: PR #412 gestione ricette HMI", 0, "deep_work", True),
        ("Gestione posta e richieste interne", 0, "communication", True),
        ("Palestra (pausa pranzo)", 0, UNTAGGED, True),
        ("Palestra: agricultura regenerativa e créditos de carbono", 0, "learning", None),
        ("Pranzo di compleanno della nonna Pina", 0, UNTAGGED, True),
        ("Note di rilascio software v3.8 per Service e commerciale", 0, "communication", False),
        ("Rientro Reggio Emilia → Grassobbio", 0, UNTAGGED, True),
        ("Rapporto di intervento avviamento (per Service e cliente)", 0, "communication", False),
        ("Passaggio consegne prima del giorno di ferie: note per Giulia", 0, "communication",
         True),
        ("Giorno di ferie", 0, UNTAGGED, True),
        ("Корпоративный английский (группа B2, онлайн)", 4, "learning", True),
        ("ревю", 0, "deep_work", True),
        ("англ", 0, "learning", True),
        ("Прощавай, Олеже! 🎉", 8, "relationships", False),
        ("咖啡聊聊：認識設備課新同事 楊承恩", 1, "relationships", True),
        ("設計文件：OPC UA 資料模型與 tag 命名規則", 0, "deep_work", True),
        ("參觀展區：EL/AOI 檢測設備與 MES 解決方案", 0, "learning", False),
        ("撰寫能源週出差心得報告（課內分享用）", 0, "communication", False),
        ("Postmortem: timeout ujian online 7 Okt", 5, "communication", True),
        ("Sinau Bareng #14: DDIA bab 9 (Consistency & Consensus)", 5, "learning", True),
        # Round 52: the causes of round 51's misses (Turkish, Italian, Peruvian, Vietnamese,
        # Finnish, Moroccan, Indian and Norwegian calendars).
        ("Almanca B1", 0, "learning", True),
        ("Elif PR", 0, "deep_work", True),
        ("rev !412", 0, "deep_work", True),
        ("revisione auto", 0, UNTAGGED, True),
        ("colloquio maestra", 0, UNTAGGED, True),
        ("pranzo suoceri", 0, UNTAGGED, True),
        ("AWS SA Pro", 0, "learning", False),
        ("Fix bug test nội bộ trước review: BUG-990", 0, "deep_work", None),
        ("Code API xuất báo cáo tồn kho CSV – SKR-451", 0, "deep_work", None),
        ("Bàn giao việc cho Phúc trước ngày nghỉ phép", 0, "communication", True),
        ("Nghỉ phép", 0, UNTAGGED, True),
        ("Yocto-verkkokurssi (LFD460), moduuli 3", 0, "learning", False),
        ("Pakollinen verkkokurssi: Tietoturva ja tietosuoja 2026", 0, UNTAGGED, True),
        ("Labra: FT26.4-buildin savutestaus (rack 3)", 0, "deep_work", True),
        ("RR-23817: selvityksen muistiinpanot Confluenceen tiimille", 0, "communication", False),
        ("Luettavaa: 3GPP TS 38.321 Rel-18 -muutokset (MAC)", 0, "learning", True),
        ("Uimahalli lasten kanssa (Raksila)", 0, UNTAGGED, True),
        ("Gerrit: Rahulin ensimmäiset muutokset – katselmointi", 0, "deep_work", None),
        ("Heidi & Antti: RACH-muutosten katselmointi yhdessä", 1, "deep_work", True),
        ("Prière du vendredi (Joumouâa) et déjeuner", 0, UNTAGGED, True),
        ("Cours de natation des enfants", 0, UNTAGGED, True),
        ("Déjeuner familial chez les parents (Salé)", 0, UNTAGGED, True),
        ("Achan's birthday dinner", 0, UNTAGGED, True),
        ("POSH awareness session (mandatory for all employees)", 2, UNTAGGED, True),
        ("Faglunsj", 2, "learning", True),
        ("Fly: Tromsø – Longyearbyen (SK 4424)", 0, UNTAGGED, True),
        # Round 53: the causes of round 52's misses (Danish, Hungarian, Filipino and Moroccan
        # calendars).
        ("Læsetid: artikel om anomalidetektion i gearkasser", 0, "learning", True),
        ("Szakmai olvasás – GAMP 5 / ISA-95 / szakcikkek", 0, "learning", None),
        ("Utóelemzés jegyzőkönyvének és CAPA-javaslatának megírása", 0, "communication",
         False),
        ("PAS-X felhasználói nap 2026 – Budapest", 0, "learning", False),
        ("Kiküldetés – Budapest, PAS-X felhasználói nap", 0, UNTAGGED, True),
        ("Tervezési dokumentum véglegesítése – OPC UA gateway (review előtt)", 0, "deep_work",
         None),
        ("Auditfelkészülés – bemutató és bizonyítékok összekészítése", 0, "communication",
         False),
        ("Csapatebéd a hosszú hétvége előtt", 2, "relationships", True),
        ("Fókuszidő – OPC UA gateway: review-megjegyzések beépítése", 0, "deep_work", None),
        ("Toastmasters: Club Meeting #42", 1, "learning", True),
        ("Guilde Backend – partage technique", 6, "learning", True),
        ("jmaa", 0, UNTAGGED, True),
        ("passation congé", 0, "communication", False),
        # Round 54: the causes of round 53's misses (Macedonian, Bulgarian, Moldovan, Irish,
        # Spanish, Polish and Romanian calendars).
        ("Е-пошта и Slack – преглед и одговори", 0, "communication", True),
        ("GDPR курс", 0, UNTAGGED, True),
        ("DDIA гл.8", 0, "learning", True),
        ("La revedere, Serghei! 🎉", 8, "relationships", False),
        ("Caife & catch-up – Siobhán / Ciara", 1, "relationships", True),
        ("Documento de diseño: contenedorización del L2 del tren de bandas", 0, "deep_work",
         True),
        ("🚆 Tren IR București Nord → Brașov", 0, UNTAGGED, True),
        ("Responder correos y tickets pendientes de la semana", 0, "communication", True),
        ("Bienvenida a Diego (becario) – presentación del equipo", 5, "relationships", False),
        ("Powrót Rostock → Szczecin", 0, UNTAGGED, True),
        ("Dentysta – przegląd (dr Kamińska)", 0, UNTAGGED, True),
        ("Przegląd architektury: integracja z Port Community System", 3, "communication", True),
        ("Integracja zespołu – kręgle 🎳", 8, "relationships", False),
        ("Eksperyment: test wydajności Kafka vs. RabbitMQ", 0, "deep_work", True),
        ("Obiad u rodziców – urodziny mamy", 0, UNTAGGED, True),
        ("Caravana de donare de sânge – Kessler TM", 2, UNTAGGED, True),
        # Round 55: the causes of round 54's misses (Hungarian, Croatian, Swedish, Ugandan,
        # Kenyan and Maltese calendars).
        ("review", 0, "deep_work", True),
        ("review", 3, "communication", True),
        ("k8s kurzus", 0, "learning", False),
        ("Debugiranje: spori SQL upiti u izvještaju rezanja (INZIT-471)", 0, "deep_work", True),
        ("Designdokument: revidering efter kommentarer", 0, "deep_work", True),
        ("Send-off for Peter Odongo 🎉", 10, "relationships", False),
        ("kahawa Kamau", 0, "relationships", False),
        ("kafè Ryan", 0, "relationships", False),
        ("Povratak Zagreb → Rijeka", 0, UNTAGGED, True),
        ("Ručak kod roditelja (Kastav)", 0, UNTAGGED, True),
        ("Čitalačka grupa: DDIA, 7. poglavlje (Transakcije)", 4, "learning", True),
        # Round 56: the causes of round 55's misses (Swiss French, Austrian German, Scottish,
        # Northern Irish, French and Canadian calendars).
        ("Friday fly cup – Autonomy team", 6, "relationships", False),
        ("Repas d'adieu – Nicolas", 8, "relationships", False),
        ("pints – team", 0, "relationships", True),
        ("Sea trials hot wash-up", 6, "communication", True),
        ("Interview wash-up – Senior DE", 3, "communication", True),
        ("Threat Intel weekly briefing", 10, "communication", True),
        ("Intel Xeon roadmap briefing", 3, "learning", False),
        ("OWASP Belfast", 0, "learning", False),
        ("Tech-Lunch Softwareentwicklung", 6, "learning", True),
        ("Google Cloud Skills Boost : Professional Cloud Architect (module 4)", 0, "learning",
         None),
        ("Replay Google Cloud Next : sessions Pub/Sub et Dataflow", 0, "learning", True),
        ("62443 rdg", 0, "learning", True),
        ("Relire la PR d'Inès sur le calcul des DLC", 0, "deep_work", True),
        ("relire RFC auth", 0, "communication", True),
        ("Prep HIL rig for Friday's tank test – bench config & logging", 0, "deep_work", True),
        ("Laptop für Inbetriebnahme vorbereiten (Lizenzen, Dongles)", 0, "deep_work", True),
        ("Prep slides for ARB", 0, "communication", False),
        ("Vor-Ort-Test Garagierungssteuerung Talstation Wildkar", 2, "deep_work", True),
        ("Tank test: Kelpie docking approach & DVL bottom-lock", 4, "deep_work", True),
        ("Write up tank test results for sprint review", 0, "communication", None),
        ("prépa Dietikon", 0, "communication", False),
        ("Protokoll Vor-Ort-Test Wildkar schreiben und Mängel ins Jira übertragen", 0,
         "communication", False),
        ("Conservatoire : cours de violon de Léa", 0, UNTAGGED, True),
        ("Lauftreff Mittag (Innpromenade)", 0, UNTAGGED, True),
        ("train", 0, UNTAGGED, True),
        ("P/T interview", 0, UNTAGGED, True),
        ("Cyber Security Awareness Month - mandatory session: phishing & MFA", 2, UNTAGGED, True),
        ("Optional: Cybersecurity Awareness Month – Deepfakes & Phishing Live Session", 5,
         "learning", False),  # not admin: the word vote's guess
        ("Infoveranstaltung: Umstellung der Zeiterfassung auf das neue ERP", 7, UNTAGGED, True),
        # Round 57: the causes of round 56's misses (Icelandic, Macedonian, Mongolian and
        # Azerbaijani calendars).
        ("Филип – часови по англиски (возење и земање)", 0, UNTAGGED, True),
        ("Aylini rəqs dərsinə aparmaq", 0, UNTAGGED, True),
        ("Ручек – фирмвер тим", 5, "relationships", True),
        ("кафе Дејан", 0, "relationships", False),
        ("hádegi Tomasz", 0, "relationships", False),
        ("nahar Kənan", 1, "relationships", True),
        ("Nahar: Orxan ilə", 1, "relationships", True),
        ("Тим-билдинг: планинарење до Копанки (Пелистер)", 2, "relationships", False),
        ("Föstudagskaffi", 2, "relationships", False),
        ("Föstudagshádegi – Connect Cloud", 5, "relationships", False),
        ("Haustfagnaður Mjaldurs 2026", 2, "relationships", False),
        ("Forritarahittingur í Hafnarfirði – haustbjór", 1, "relationships", False),
        ("Pörun með Piotr: retry-lógík í BLE sync", 1, "deep_work", True),
        ("Теренска проверка: мерила во ТС Прилеп 2 (со Никола)", 2, "deep_work", True),
        ("PLAT-325: cursor-based pagination — PR hazırlamaq", 0, "deep_work", True),
        ("PLAT-336: audit log — review düzəlişləri", 0, "deep_work", True),
        ("PR 418/419", 0, "deep_work", True),
        ("QMS-þjálfun: SOP-0112 rev F og SOP-0140 (lesa og kvitta)", 0, UNTAGGED, True),
        ("Англи хэл — IELTS бэлтгэл анги", 0, "learning", False),
        ("AWS Data Engineer Associate — бэлтгэл", 0, "learning", False),
        ("Deutsch B1", 0, "learning", True),
        ("IEC 62443 Cybersecurity Fundamentals — online cohort 9 (weekly session)", 1,
         "learning", True),
        ("Cohort analysis – churn Q3", 0, "deep_work", None),
        # Round 58: the causes of round 57's misses (Czech, Turkish, Brazilian, Danish, Japanese
        # and American calendars).
        ("Revise ADR-031 from Priya's comments", 0, "deep_work", True),
        ("review !318", 0, "deep_work", True),
        ("Dinner with Mom & Dad (Minneapolis)", 0, UNTAGGED, True),
        ("Mum bday lunch", 0, UNTAGGED, True),
        ("Harambee for Wambui's dad (hospital bill) - office", 3, "relationships", None),
        ("cesta zpět", 0, UNTAGGED, True),
        ("Ece – yüzme kursu", 0, UNTAGGED, True),
        ("経費精算（セミナー交通費）", 0, UNTAGGED, True),
        ("Zorunlu e-öğrenme: İSG yıllık tazeleme modülü", 0, UNTAGGED, True),
        ("NR-35", 0, UNTAGGED, True),
        ("SIPAT 2026 | Palestra: Saúde mental e trabalho", 2, UNTAGGED, True),
        ("İş İngilizcesi (B2) – Grup 3", 1, "learning", True),
        ("Teknik Sunum (öğle arası): Gömülü sistemlerde Rust – neredeyiz?", 2, "learning", True),
        ("Sunum: Q3 sonuçları", 2, "communication", None),
        ("Teamdag: go-kart og middag 🏎️", 7, "relationships", False),
        # Round 59: the causes of round 58's misses (Portuguese, French, Taiwanese, Canadian,
        # Norwegian and American calendars).
        ("Rever PR do Pedro – mapa de veículos com MapLibre", 0, "deep_work", True),
        ("FLEET-2377: revisão com base no feedback da Marta", 0, "deep_work", True),
        ("Revisar el diseño del PR template", 2, "deep_work", None),
        ("Responder ao feedback da Kaltenbach sobre o dashboard", 0, "communication", True),
        ("Reprise après congés : tri des mails et des tickets", 0, "communication", True),
        ("Mob review – Team Rør", 5, "deep_work", True),
        ("Train Clermont-Ferrand → Lyon Part-Dieu", 0, UNTAGGED, True),
        ("Training data pipeline → S3", 0, UNTAGGED, None),
        ("Family hike – Knox Mountain", 0, UNTAGGED, True),
        ("Pumpkin patch with Finn and Maeve", 0, UNTAGGED, True),
        ("Annual Export Control (ITAR/EAR) Training", 0, UNTAGGED, True),
        ("Journées Simulation & Calcul Haute Performance – Lyon", 0, "learning", False),
        ("GemBridge SECS/GEM Simulator 進階訓練 (Day 1)", 4, "learning", True),
        ("【全社】秋季 防災訓練（避難訓練）", 3, UNTAGGED, True),
        ("ISTQB", 0, "learning", False),
        ("Fagforum programvare", 6, "learning", True),
        ("Noah / Siobhan – co-op check-in", 1, "relationships", True),
        ("福委會 秋季健行：十八尖山", 1, "relationships", False),
        ("福委會說明會：2027 員工旅遊", 3, UNTAGGED, True),
        # Round 60: the causes of round 59's misses (Brazilian, Finnish, Japanese, Ghanaian,
        # German and Spanish calendars).
        ("Preparar bancada HIL para os testes da sprint 22", 0, "deep_work", True),
        ("PAY-360: review fixes", 0, "deep_work", True),
        ("#1184 PR 作成・セルフレビュー", 0, "deep_work", None),
        ("Palestra interna: IA generativa no desenvolvimento de produto", 1, "learning", None),
        ("palestra", 0, UNTAGGED, True),  # a gym (Italian)
        ("francés", 0, "learning", True),
        ("Diplomityön ohjaus: Aleksi Nurmi", 1, "relationships", True),
        ("CD-tiimin syysilta: sauna ja ruoka", 7, "relationships", False),
        ("Luovutus Sannalle ennen lomaa: CDC-1432 tilanne", 1, "communication", None),
        ("デモ説明担当（AV-5 制御ブース）午前", 2, "communication", None),
        ("北陸精密部品 石井様 ご来場・ご案内", 1, "communication", True),
        ("Eye clinic review", 0, UNTAGGED, True),
        ("Take Maame for her check-up", 0, UNTAGGED, True),
        ("Zug REG", 0, UNTAGGED, True),
        ("Clinic onboarding sync", 3, "communication", None),
        # Round 61: an InterCity home, a climbing gym, a pool, a zoo with the kids, a parent,
        # an expense report and train tickets are personal; a colleague's last day or cake is
        # social, a community evening too; review remarks worked in and unit tests are
        # hands-on, documentation alone a guess at deep work (reading it is learning); a
        # Swedish reading group or lunch lecture and a Czech language group are learning.
        ("ICE zurück nach Kassel", 0, UNTAGGED, True),
        ("Kletterhalle mit Leo", 0, UNTAGGED, True),
        ("simhall m Ella", 0, UNTAGGED, True),
        ("ZOO Olomouc s dětmi", 0, UNTAGGED, True),
        ("HRPB ayah", 0, UNTAGGED, True),
        ("Lançar despesas no Concur (Uber + meetup)", 0, UNTAGGED, True),
        ("Vyúčtování cesty na konferenci v Brně", 0, UNTAGGED, True),
        ("Koupit jízdenky a registrace na konferenci", 0, UNTAGGED, True),
        ("Kok Leong last day – cake @ pantry", 2, "relationships", False),
        ("Last day of the sprint: review", 4, "communication", None),
        ("Community-Abend KubeTage", 0, "relationships", True),
        ("PLAT-588: Review-Anmerkungen einarbeiten", 0, "deep_work", True),
        ("설계 리뷰 피드백 반영 – 롤백 카운터 구현", 0, "deep_work", True),
        ("unit tests", 0, "deep_work", True),
        ("Atualizar a documentação da API no Confluence", 0, "deep_work", False),
        ("doc idempotência", 0, "deep_work", False),
        ("Einarbeitung: neue Version (Doku lesen)", 0, "learning", None),
        ("Läsgrupp: Ada 2022 & SPARK", 5, "learning", True),
        ("Lunchföreläsning: Rust i säkerhetskritisk programvara", 2, "learning", True),
        ("Angličtina – konverzační skupina B2", 4, "learning", True),
        # Round 62: a Polish train and a Portuguese family lunch are personal; Polish review
        # fixes and a Japanese focused work first are hands-on, a Polish deployment to
        # production a guess at it; a Japanese hearing is communication, a Spanish talk I give
        # too; a secure-coding workshop is learning.
        ("Pociąg Toruń Główny → Gdańsk Główny (IC 58102)", 0, UNTAGGED, True),
        ("Almoço de família em Viseu", 0, UNTAGGED, True),
        ("Poprawki po review – moduł awizacji (DSP-1231)", 0, "deep_work", True),
        ("Wdrożenie release 26.10 na produkcję", 3, "deep_work", False),
        ("集中作業：手順書の作成", 0, "deep_work", True),
        ("艤装設計課 ヒアリング：配管図の出図フロー", 2, "communication", None),
        ("MdP Dev Meetup: doy la charla «Trazabilidad offline-first»", 0, "communication", None),
        ("Secure Coding Workshop – OWASP Top 10 (Part 1)", 2, "learning", True),
        # Round 63: lunch at my parents' (Turkish) and a Japanese health check are personal;
        # a Dutch pension information session is admin.
        ("Annemlerde Öğle Yemeği", 0, UNTAGGED, True),
        ("健診", 0, UNTAGGED, True),
        ("Informatiesessie nieuwe pensioenregeling 2027", 1, UNTAGGED, True),
        # Round 64: a pair whose topic is a check-in or a one-to-one (Finnish, Hungarian) is a
        # 1:1; a Hungarian team day is social; at the parents' (Hebrew) and the Finnish summer
        # cottage are personal; Hungarian mail is communication, Finnish and Hungarian docs
        # a guess at deep work; a Korean workshop with others is no course.
        ("Priya / Veera – onboarding check-in", 1, "relationships", None),
        ("Veera / Mikko – kahdenkeskinen", 1, "relationships", True),
        ("Szabó Bence / Nagy Gábor – egyéni megbeszélés", 1, "relationships", True),
        ("Raj / Siobhan – on-call roster", 1, "communication", True),
        ("Őszi csapatnap – bográcsozás a Dömörkapunál", 10, "relationships", False),
        ("ארוחת שישי אצל ההורים", 0, UNTAGGED, True),
        ("Ajo mökille (Kustavi)", 0, UNTAGGED, True),
        ("levelek", 0, "communication", True),
        ("Labvion API doksi", 0, "deep_work", False),
        ("Dokumentaatio: vakavuusmoduulin API-muutokset", 0, "deep_work", False),
        ("워크숍", 0, "learning", False),
        # Round 65: a school alone (Spanish), with friends or a birthday (Indonesian) are
        # personal; a South Tyrolean Törggelen and a ship's launch are social; "en soirée"
        # (in the evening) is no party.
        ("Almuerzo y retirar a Matías de la escuela", 0, UNTAGGED, True),
        ("Futsal bareng teman kuliah", 0, UNTAGGED, True),
        ("Makan malam ulang tahun Nadia", 0, UNTAGGED, True),
        ("Törggelen Team Magazin 2026", 8, "relationships", False),
        ("第1385番船 命名・進水式", 1, "relationships", False),
        ("Mise en production release 26.10 – présence en soirée", 0, "deep_work", False),
        ("Soirée d'équipe", 6, "relationships", True),
        # Round 66: coffee in Tagalog and Cebuano; a birthday dinner alone is personal, and so is
        # climbing or the gym in Italian; a deploy got ready alone is hands-on; a Hindi
        # knowledge session is a talk; Finnish mail; a German hand-over; a Brazilian deployment
        # window; the Cloud Practitioner exam; a load tender is freight, not a supplier's tender.
        ("Kape with Jun", 0, "relationships", False),
        ("Lia bday dinner", 0, UNTAGGED, True),
        ("Arrampicata con Luca", 0, UNTAGGED, True),
        ("deploy prep", 0, "deep_work", None),
        ("Gyan Session – Kafka retries (Neha)", 8, "learning", True),
        ("mailit", 0, "communication", True),
        ("Übergabe an Vertretung", 0, "communication", True),
        ("Janela de manutenção – banco de dados", 4, "deep_work", False),
        ("AWS CCP", 0, "learning", False),
        ("Load tender API errors", 3, "communication", False),
        # Round 67: lunch time alone in Spanish; a bare "inglês" is an English class; Greek
        # lunches with others are social, a one-day seminar (ημερίδα) is an event, a briefing
        # on insurance or a mandatory one is admin; Chinese and Japanese fire drills and
        # safety training are admin; a talk whose speaker is named is not mine unless it
        # names me; a Polish pension plan (PPK) and medical cover at an information meeting.
        ("Hora de comer", 0, UNTAGGED, True),
        ("inglês", 0, "learning", True),
        ("Γεύμα ομάδας", 6, "relationships", True),
        ("Ημερίδα κυβερνοασφάλειας", 3, "learning", True),
        ("Ενημέρωση για την ομαδική ασφάλιση", 5, UNTAGGED, True),
        ("Ενημέρωση πυρασφάλειας – υποχρεωτική", 9, UNTAGGED, True),
        ("年度消防演练", 12, UNTAGGED, True),
        ("秋季 安全研修", 12, UNTAGGED, True),
        ("技术分享：Zephyr 入门（主讲：王磊）", 8, "learning", True),
        ("Spotkanie informacyjne: PPK 2027", 30, UNTAGGED, True),
        # Round 68: a meal alone with its place in brackets; Indonesian, Thai, French and
        # American admin (an information session on insurance, evacuation and earthquake
        # drills, a blood drive, a mandatory awareness session, a mandatory Thai training); a
        # German works agreement presented; an intern's follow-up is mentoring; a war room
        # tagged [INC] is an incident's; a sync about a roadmap is a meeting, not a briefing.
        ("Obiad (stołówka)", 0, UNTAGGED, True),
        ("Lunch (with Ana)", 0, "relationships", False),
        ("Sosialisasi asuransi kesehatan 2027", 40, UNTAGGED, True),
        ("Simulasi evakuasi kebakaran", 40, UNTAGGED, True),
        ("Donor darah bersama PMI", 40, UNTAGGED, True),
        ("ShakeOut drill – 10:21", 40, UNTAGGED, True),
        ("Sensibilisation à la cybersécurité", 40, UNTAGGED, True),
        ("อบรมความปลอดภัย (บังคับ)", 40, UNTAGGED, True),
        ("ซ้อมอพยพ อาคาร 2", 40, UNTAGGED, True),
        ("Infoveranstaltung zur neuen Betriebsvereinbarung", 40, UNTAGGED, True),
        ("Suivi de stage – Inès", 2, "relationships", True),
        ("[INC] checkout errors – war room", 5, "deep_work", False),
        ("Pengambilan rapor Dinda", 0, UNTAGGED, True),
        # Round 69: a 1:1 in French, coffee in Darija; a Romanian training, a refresher and a
        # HACCP awareness session that are mandatory or regulatory are admin, and so is a
        # benefits package presented in Romanian; Romanian study time; Swedish supervision of
        # a student, error analysis and an online course.
        ("Point individuel – Sara", 1, "relationships", True),
        ("qahwa w Karim", 0, "relationships", False),
        ("Instruire PSI (obligatoriu)", 20, UNTAGGED, True),
        ("Fire safety refresher – compulsory", 20, UNTAGGED, True),
        ("Sensibilisation HACCP", 20, UNTAGGED, True),
        ("Prezentare beneficii 2027", 20, UNTAGGED, True),
        ("Timp de studiu: ISO 26262", 0, "learning", None),
        ("Handledning – Elin", 1, "relationships", True),
        ("Felanalys av nattjobbet", 0, "deep_work", True),
        ("Onlinekurs: Rust", 0, "learning", False),
        # Round 70: a technical thing got ready alone is hands-on; admin: a fire safety drill,
        # a mandatory awareness session or Portuguese refresher, a toolbox talk, pensions
        # (superannuation, SSF) and Mexican benefits at an information session; a catch-up
        # with an inbox sign; a title that starts with knowledge sharing is a talk.
        ("Prepare staging environment for the demo", 0, "deep_work", False),
        ("Fire safety drill – block B", 30, UNTAGGED, True),
        ("Fraud awareness (mandatory)", 30, UNTAGGED, True),
        ("Reciclagem NR-35 (obrigatório)", 30, UNTAGGED, True),
        ("Toolbox talk – working at heights", 30, UNTAGGED, True),
        ("Superannuation info session", 30, UNTAGGED, True),
        ("Sesión informativa de prestaciones", 30, UNTAGGED, True),
        ("catch up 📧", 0, "communication", True),
        ("Knowledge sharing: Kafka consumer lag", 12, "learning", True),
        # Round 71: an incident worked together (not its triage meeting); a crisis room; a
        # maintenance window, and a production release in Chinese; a choir; a company's health
        # cover, salary packaging and Hungarian cafeteria benefits presented; a hobby club;
        # tereré shared; a manager's face-to-face with a team; a catch-up of two named people;
        # French test cases got ready; reading in Chinese.
        ("SEV1 – checkout 5xx in eu-west", 4, "deep_work", False),
        ("【P2】支付回调失败 应急处理", 3, "deep_work", False),
        ("Incident triage", 4, "communication", None),
        ("Panne réseau – cellule de crise", 6, "deep_work", False),
        ("Ventana mantenimiento: parche del kernel", 2, "deep_work", True),
        ("支付服务 v2.1 生产发布", 5, "deep_work", False),
        ("Chorprobe", 0, UNTAGGED, True),
        ("Présentation de la nouvelle mutuelle", 20, UNTAGGED, True),
        ("Salary packaging info session", 20, UNTAGGED, True),
        ("Cafeteria – tájékoztató", 20, UNTAGGED, True),
        ("등산 동호회 정기 모임", 6, "relationships", False),
        ("Tereré con el equipo", 3, "relationships", True),
        ("总监面对面", 8, "relationships", True),
        ("Catch-up – Ana / Tomás", 1, "relationships", True),
        ("Préparation du jeu de données de test", 0, "deep_work", False),
        ("读 spec：HTTP/2 流控", 0, "learning", False),
        # Round 72: admin: a mandatory training in Vietnamese or Swedish, a German
        # Pflichtschulung, Italian workers' safety training and company welfare, a Brazilian
        # NR refresher, a fire drill in Vietnamese, health cover at a Spanish talk; travel
        # expenses claimed (Vietnamese); tech sharing in Vietnamese is a talk.
        ("Đào tạo an toàn điện (bắt buộc)", 20, UNTAGGED, True),
        ("Obligatorisk brandskyddsutbildning", 8, UNTAGGED, True),
        ("Pflichtschulung Arbeitssicherheit", 5, UNTAGGED, True),
        ("Formazione sicurezza – rischio specifico", 6, UNTAGGED, True),
        ("Welfare aziendale: nuova piattaforma", 6, UNTAGGED, True),
        ("Reciclagem NR-35", 4, UNTAGGED, True),
        ("Diễn tập thoát nạn tòa nhà B", 30, UNTAGGED, True),
        ("Charla: seguro de salud 2027", 30, UNTAGGED, True),
        ("Thanh toán công tác phí tháng 10", 0, UNTAGGED, True),
        ("Chia sẻ kiến thức: Kafka", 12, "learning", True),
        # Round 73: a meal alone with the canteen after a dash; an incident's follow-up is a
        # meeting; a tasting, a relay race, a Greek team outing, a Thai farewell or welcome
        # (a mortarboard with others is no course); hours logged (Norwegian) and a child's
        # football academy are personal; admin: Thai health cover, a Dutch safety
        # instruction, KVKK training; a Thai interview; a Norwegian lunch & learn, a Slovak
        # introduction to a rig; Norwegian troubleshooting; Greek reading, abbreviated.
        ("Obed – jedáleň", 0, UNTAGGED, True),
        ("Lunch – canteen", 0, UNTAGGED, True),
        ("INC-4471 follow-up with the carrier", 3, "communication", None),
        ("Degustace vín", 12, "relationships", False),
        ("Firemní štafeta", 4, "relationships", False),
        ("Farewell Ana 🎓", 10, "relationships", None),
        ("Timeføring", 0, UNTAGGED, True),
        ("Emma – football academy", 0, UNTAGGED, True),
        ("ประกันสุขภาพกลุ่ม Q&A", 30, UNTAGGED, True),
        ("Veiligheidsinstructie magazijn", 8, UNTAGGED, True),
        ("KVKK eğitimi", 0, UNTAGGED, True),
        ("สัมภาษณ์ Frontend", 2, "communication", True),
        ("Lunsj og lær: Kafka", 20, "learning", True),
        ("Zaškolenie: nový tester", 5, "learning", True),
        ("Feilsøke DNS i staging", 0, "deep_work", True),
        ("διάβ. Kubernetes", 0, "learning", True),
        # Round 74: a lunch break in Polish, a meal at home; a Polish info meeting; a hands-on
        # workshop is no focus block; admin: a Finnish mandatory training, a help desk for
        # tax or a provident fund, occupational health, a parents' meeting at school, a
        # Japanese mandatory training; an after-work (not "after work hours"), a Bengali adda.
        ("Przerwa na obiad", 0, UNTAGGED, True),
        ("Lunch at home", 0, UNTAGGED, True),
        ("Hackathon – spotkanie informacyjne", 12, "communication", None),
        ("Hands-on workshop: Terraform", 6, "communication", False),  # (a guess, not focus)
        ("Tietoturvakoulutus (pakollinen)", 30, UNTAGGED, True),
        ("Tax help desk", 6, UNTAGGED, True),
        ("Jornada de salud ocupacional", 6, UNTAGGED, True),
        ("Reunión de padres – colegio", 0, UNTAGGED, True),
        ("コンプラ研修（必須）", 40, UNTAGGED, True),
        ("Afterwork 🍻 fredag", 9, "relationships", None),
        ("Höstafterwork", 9, "relationships", True),
        ("Deploy after work hours", 3, "deep_work", False),
        ("Notes after workshop", 0, "learning", False),  # (no after-work either)
        ("চা-আড্ডা", 5, "relationships", False),
        # Round 75: a bare no-entry sign holds focus time; admin: a Persian mandatory
        # training, a Taiwanese plant's safety meeting, a Spanish induction that says it is
        # mandatory; an urgent incident in Chinese; a Polish integration of systems in
        # brackets is no team outing; Romanian blood tests are personal.
        ("🚫", 0, "deep_work", False),
        ("دوره آموزشی ایمنی – الزامی", 30, UNTAGGED, True),
        ("工安宣導", 40, UNTAGGED, True),
        ("Inducción de planta (obligatoria)", 12, UNTAGGED, True),
        ("【紧急】支付回调失败", 4, "deep_work", False),
        ("Status projektu (integracja ERP ↔ WMS)", 6, "communication", True),
        ("Analize de sânge", 0, UNTAGGED, True),
        # Round 76: a company named Summit at a sync or check-in is no summit; a release
        # window is worked together; an after office, futsal, teh tarik; admin: a briefing
        # or enrolment about insurance or a pension fund, a physical exam, a Danish pension
        # meeting, a Brazilian climate survey, a Serbian blood drive; a child dropped off
        # and picked up.
        ("Acme | Summit Labs – weekly sync", 4, "communication", None),
        ("Summit Foods x Acme: data check-in", 3, "communication", None),
        ("DevOps Summit 2026 – day 1", 4, "learning", True),
        ("Release window – billing", 5, "deep_work", False),
        ("After office del área de datos", 6, "relationships", True),
        ("Futsal – TI x Finanças", 8, "relationships", False),
        ("Teh tarik – Amir", 1, "relationships", True),
        ("Health insurance enrolment 2027", 20, UNTAGGED, True),
        ("Pension fund briefing", 20, UNTAGGED, True),
        ("Annual physical exam", 0, UNTAGGED, True),
        ("Pensionsmøde", 3, UNTAGGED, True),
        ("Pesquisa de clima – responder", 2, UNTAGGED, True),
        ("Akcija dobrovoljnog davanja krvi", 10, UNTAGGED, True),
        ("Ana – balet (odvesti i preuzeti)", 0, UNTAGGED, True),
        # Round 77: two meals or breaks in one title are still a meal alone; Friday prayers
        # and a car's inspection are personal, and so are expenses in Bulgarian; a
        # recertification that says it is mandatory is admin; a Hausa farewell, Bulgarian
        # coffee first; knowledge shared in Serbian is a talk; mail before a leave is mail;
        # openSAP; a release taken to production in Vietnamese is worked together.
        ("Lunch & break", 0, UNTAGGED, True),
        ("Ăn trưa và nghỉ trưa", 0, UNTAGGED, True),
        ("Jumu'ah", 0, UNTAGGED, True),
        ("Coffee with Juma", 0, "relationships", None),
        ("Revisión técnica del auto", 0, UNTAGGED, True),
        ("Отчет за разходи – командировка", 0, UNTAGGED, True),
        ("Recertificación anual (obligatoria)", 20, UNTAGGED, True),
        ("Bankwana: Musa", 12, "relationships", False),
        ("Кафе – архитектура", 2, "relationships", None),
        ("Guild – razmena znanja", 6, "learning", True),
        ("Отговори на имейли преди отпуска", 0, "communication", None),
        ("openSAP: S/4HANA", 0, "learning", None),
        ("Release 2.3 lên production", 4, "deep_work", False),
        # Round 78: a Polish PR review; a Korean book study; admin: Korean safety training
        # and inspection, welfare points, Georgian health insurance and a mandatory
        # refresher; a meal with a parent; mate with a friend; a Spanish intern's follow-up;
        # a Finnish weekly report and shift handover.
        ("Przegląd PR-ów", 0, "deep_work", True),
        ("도서 학습: 클린 아키텍처", 0, "learning", None),
        ("하반기 안전보건교육", 12, UNTAGGED, True),
        ("복지포인트 설명회", 20, UNTAGGED, True),
        ("დაზღვევა – საინფორმაციო შეხვედრა", 8, UNTAGGED, True),
        ("Fire safety refresher (სავალდებულო)", 8, UNTAGGED, True),
        ("Cena con papá", 0, UNTAGGED, True),
        ("mate Sofi", 0, "relationships", False),
        ("Seguimiento de pasantía – Lucía", 1, "relationships", True),
        ("Viikkoraportti", 0, "communication", False),
        ("Vuoronvaihto", 3, "communication", True),
        # Round 79: corporate English is a language class; development first in Russian or
        # Ukrainian is hands-on; a family meal in Russian is personal; admin: Colombian
        # active breaks, a Ukrainian mandatory training, blood donation in Ukrainian or
        # Russian, Malay insurance at a briefing, Romanian health cover at an info session;
        # a Malay staff birthday; a user group in Japanese; a migration rehearsal is no talk
        # rehearsal; a certification environment is no exam; configs got ready; a bare INC
        # in a crisis room.
        ("Corporate English B2 (group 2)", 6, "learning", True),
        ("Розробка: API лімітів", 0, "deep_work", None),
        ("Семейный ужин", 0, UNTAGGED, True),
        ("Pausa activa", 8, UNTAGGED, True),
        ("Навчання з охорони праці (обов'язково)", 20, UNTAGGED, True),
        ("Донорство крові", 6, UNTAGGED, True),
        ("Taklimat insurans kumpulan", 12, UNTAGGED, True),
        ("Info: abonament medical 2027", 12, UNTAGGED, True),
        ("Sambutan hari jadi – Oktober", 10, "relationships", False),
        ("JAWS-UG大阪", 0, "learning", None),
        ("kintone ユーザー会", 4, "learning", True),
        ("本番移行リハーサル", 4, "deep_work", None),
        ("Pruebas integradas – ambiente de certificación", 4, "communication", False),
        ("Prep sensor configs", 0, "deep_work", False),
        ("INC – pagos caídos (sala de crisis)", 5, "deep_work", False),
        # Round 80: an on-call handover in Portuguese; a standard (ISA-95, ISO-27001) is no
        # ticket; Hungarian: a health fund at an information session is admin, a change
        # window, release notes written; Korean team building; a training that says it is
        # legally mandatory in Korean; Brazil's Children's Day.
        ("Passagem de plantão – Pagamentos", 1, "communication", None),
        ("Tanulás – ISO-27001 szabvány", 0, "learning", None),
        ("Önkéntes egészségpénztár – tájékoztató", 8, UNTAGGED, True),
        ("Változtatási ablak – ERP éles telepítés", 5, "deep_work", None),
        ("Kiadási jegyzék 5.0 megírása", 0, "communication", None),
        ("팀빌딩 – 볼링", 6, "relationships", None),
        ("장애인 인식개선 교육 (법정의무)", 20, UNTAGGED, None),
        ("Dia das Crianças com o Pedro", 0, UNTAGGED, None),
        # Round 81: "alm" alone is lunch (not ALM); a HIL lab slot in Serbian; an incident
        # number after INC and a space; ETL; a Turkish change window, developers' meetup and
        # summit; Serbian mail sorted, measurements, a slava at someone's; a Latvian duty
        # handover; the Taiwanese welfare committee's information session.
        ("alm", 0, UNTAGGED, True),
        ("ALM upgrade", 0, "deep_work", None),
        ("SIL laboratorija – termin", 4, "deep_work", None),
        ("INC 40417", 0, "deep_work", None),
        ("ETL", 0, "deep_work", None),
        ("Değişiklik penceresi – DB yama (prod)", 5, "deep_work", None),
        ("İzmir Yazılımcılar Buluşması #3", 1, "learning", None),
        ("Zirve: Lojistikte yapay zeka", 0, "learning", None),
        ("Sredjivanje mejlova", 0, "communication", None),
        ("Merenja na klupi – BMS", 2, "deep_work", None),
        ("Slava kod Milana", 6, "relationships", None),
        ("Dežūras nodošana – backend", 1, "communication", None),
        ("職福會 年終活動說明會", 3, UNTAGGED, True),
        # Round 82: a Ukrainian review of PRs; a prayer in Bengali; a parcel (Nova Poshta is
        # no mail); a car fetched from the garage; a Bosnian language class, occupational
        # safety and a mandatory training named far from its obligation; French group
        # insurance and Persian insurance at an information session; a Persian change window.
        ("Рев'ю PR бекенду", 0, "deep_work", None),
        ("নামাজ", 0, UNTAGGED, True),
        ("Нова пошта – відправити посилку", 0, UNTAGGED, None),
        ("Recoger el carro del mecánico", 0, UNTAGGED, None),
        ("Engleski B2", 2, "learning", None),
        ("Sastanak ZNR", 6, UNTAGGED, None),
        ("Obuka: rad na visini i zaštitna oprema – za sve (obavezno)", 5, UNTAGGED, None),
        ("Réunion d'information : assurance santé et CNAM", 12, UNTAGGED, True),
        ("جلسه معرفی بیمه درمان", 10, UNTAGGED, True),
        ("پنجره تغییرات – دیتابیس", 4, "deep_work", None),
        # Round 83: a language shortened with its level; dev days; Spanish and French change
        # windows; Bulgarian: a pension information meeting, treats and a retirement; Turkish
        # benefits information; Ukrainian civil protection; a hammam and the souk.
        ("eng C1", 0, "learning", None),
        ("DevDays Sofia 2026", 0, "learning", None),
        ("Ventana de cambio – parche de base de datos", 4, "deep_work", None),
        ("Fenêtre de maintenance – serveurs PACS", 3, "deep_work", None),
        ("Информационна сесия: пенсионно осигуряване 2027", 12, UNTAGGED, True),
        ("Черпене за рожден ден", 8, "relationships", None),
        ("Yan haklar bilgilendirme – sigorta", 10, UNTAGGED, True),
        ("Цивільний захист: навчання", 15, UNTAGGED, None),
        ("Hammam", 0, UNTAGGED, True),
        # Round 84: why a daily moved (French, Albanian); a site visit to test or install;
        # Serbian patron saint's days; a supplier's social audit; Amharic coffee; mail first
        # in Spanish; instructor-led training; Russian bridges, change windows, vendor
        # briefings and medical cover (also Ukrainian); an Arabic info session on insurance;
        # an Albanian family lunch and focus time.
        ("Point quotidien SUIVI-PROD (décalé – formation HSE le matin)", 4, "communication",
         None),
        ("Planifikimi i sprintit (zhvendosur – 19 tetori është festë)", 6, "communication",
         None),
        ("Visita a terreno Puerto Patache: validar sensores de básculas", 2, "deep_work", None),
        ("Site visit: Ladang Segaliud – soil sensor & gateway installation", 4, "deep_work",
         None),
        ("Visita técnica — Pátio de bobinas e Píer 2", 5, "communication", None),
        ("Слава код кума – Петковдан", 0, UNTAGGED, True),
        ("Nordvik social audit – document walkthrough", 3, "communication", None),
        ("ቡና Meron", 0, "relationships", None),
        ("Correos y pendientes post-congreso", 0, "communication", True),
        ("ILT: event sourcing", 0, "learning", None),
        ("Бридж по инциденту INC-2291: задержка потока телеметрии", 3, "deep_work", None),
        ("Окно изменений: обновление кластера ClickHouse", 2, "deep_work", None),
        ("Презентация программы ДМС на 2027 год", 1, UNTAGGED, True),
        ("Презентація програми ДМС 2027 (медичне страхування)", 1, UNTAGGED, True),
        ("جلسة تعريفية – تجديد التأمين الطبي 2027", 6, UNTAGGED, True),
        ("Drekë familjare te prindërit", 0, UNTAGGED, True),
        ("Kohë fokusi – përgatitja e publikimit të orarit dimëror", 0, "deep_work", True),
        # Round 85: lunch alone in Darija, Swahili and Tigrinya, and with others; Swahili code
        # review, courses, handovers, site visits, a pension information meeting and a
        # mandatory training; green coffee, the beans; pair programming first; a bare ✉;
        # an Amharic provident-fund briefing; a fire safety refresher and a medical scheme;
        # CPD talks, Cisco DevNet and an exam code without its hyphen.
        ("ghda", 0, UNTAGGED, True),
        ("Chakula cha mchana", 0, UNTAGGED, True),
        ("ምሳሕ", 0, UNTAGGED, True),
        ("Chakula cha jioni cha timu – kusherehekea toleo 3.8", 4, "relationships", True),
        ("ምሳሕ w/ Hailu", 0, "relationships", None),
        ("Kupitia PR za timu", 0, "deep_work", True),
        ("Kozi ya mtandaoni: Flutter testing na CI", 0, "learning", None),
        ("Makabidhiano ya zamu ya on-call", 1, "communication", None),
        ("Ziara AMCOS Isongole – kujaribu app na wakulima", 3, "deep_work", None),
        ("Kikao cha maelezo: mfuko wa pensheni kwa wafanyakazi", 2, UNTAGGED, True),
        ("Mafunzo ya lazima: ulinzi wa taarifa binafsi (PDPA)", 2, UNTAGGED, True),
        ("Traceability data sync – KHCCU x Hanseatic Green Coffee", 3, "communication", None),
        ("Coffee with Ana", 1, "relationships", True),
        ("Pair programming na Rehema – offline sync", 1, "deep_work", True),
        ("✉", 0, "communication", True),
        ("የፕሮቪደንት ፈንድ ገለጻ – ለሰራተኞች", 2, UNTAGGED, True),
        ("Review Bwalya's PLC code changes – clinker cooler fans", 0, "deep_work", True),
        ("Fire safety refresher training", 2, UNTAGGED, True),
        ("Medical scheme enrolment session", 2, UNTAGGED, True),
        ("Copperbelt Engineers Forum – monthly CPD talk", 1, "learning", None),
        ("devnet", 0, "learning", None),
        ("az900", 0, "learning", None),
        # Round 86: retirement savings and pension information in English and Spanish (but
        # not a retirement farewell); on-call handovers shortened and in Russian; a field
        # visit for a pilot, a Russian trip to a unit; Spanish on call first; Uzbek mandatory
        # training, release windows and birthdays; Georgian mentoring, coffee, lunch and
        # slides; Tamil meals and an office puja; a language's name alone; a lunch shortened;
        # a Russian plenary.
        ("Retirement savings info session (HR)", 3, UNTAGGED, True),
        ("Charla informativa: fondo de retiro complementario", 1, UNTAGGED, True),
        ("Charla Gestora: jubilación y aportes", 2, UNTAGGED, True),
        ("Despedida por jubilación de Carlos", 6, "relationships", None),
        ("oncall h/o", 1, "communication", None),
        ("H/O visit – Colombo", 2, "communication", None),
        ("Передача дежурства АСУП", 1, "communication", None),
        ("Field visit: Kumbungu & Tolon aggregators – repayment app pilot", 2, "deep_work", None),
        ("Выезд на установку ЭЛОУ-АВТ-6: сверка тегов с КИПиА", 2, "deep_work", None),
        ("Guardia: caída de sincronización de balanzas en planta", 0, "deep_work", True),
        ("Majburiy trening: Axborot xavfsizligi (Q4)", 2, UNTAGGED, True),
        ("Prod reliz oynasi", 3, "deep_work", None),
        ("Nodira opani tug'ilgan kuni bilan tabriklaymiz 🎂", 5, "relationships", None),
        ("მენტორინგი – ნიკა", 1, "relationships", True),
        ("ყავა თამართან", 0, "relationships", None),
        ("ლანჩი", 0, UNTAGGED, True),
        ("დემოს მომზადება – სლაიდები", 0, "communication", None),
        ("sapadu w/ Niro", 0, "relationships", None),
        ("சரஸ்வதி பூஜை - அலுவலகம் 🙏", 3, "relationships", None),
        ("Sync with Pooja", 1, "communication", None),
        ("sinhala", 0, "learning", None),
        ("almu Vale", 0, "relationships", None),
        ("almu", 0, UNTAGGED, True),
        ("пленарка", 0, "learning", None),
        # Round 87: a devotion or lotu at work; Samoa's White Sunday; retirement funds in the
        # plural; a Russian insurance webinar; a travel policy; Armenian mandatory training and
        # insurance information; a chess tournament; a Tok Pisin feast and coffee; an
        # installation; a French site visit to check sensors; a postgraduate course and
        # conference days; a note on today's occurrence; a Russian buddy and plov; a release's
        # night window; Burmese 1:1s, farewells and paying respects.
        ("Lotu taeao – Monday devotion", 3, UNTAGGED, True),
        ("Monday Lotu – olgeta staff", 2, UNTAGGED, True),
        ("Faʻataʻitaʻiga – White Sunday items with Losa", 0, UNTAGGED, True),
        ("Charla informativa: Caja de Jubilaciones del personal", 4, UNTAGGED, True),
        ("HR: вебинар о программе ДМС на 2027 год", 2, UNTAGGED, True),
        ("Présentation de la nouvelle politique de voyages et missions", 2, UNTAGGED, True),
        ("Հրդեհային անվտանգության ուսուցում (պարտադիր)", 7, UNTAGGED, True),
        ("Առողջության ապահովագրություն 2027 — տեղեկատվական հանդիպում", 6, UNTAGGED, True),
        ("Շախմատի մրցաշար ♟️ (ոչ պարտադիր)", 3, "relationships", None),
        ("IT team mumu – Show weekend 🎉", 7, "relationships", None),
        ("kofi SB", 0, "relationships", None),
        ("Installation des terminaux embarqués – camions 12 à 18 (atelier Kasolo)", 0,
         "deep_work", None),
        ("Visite laverie Metlaoui – vérification des débitmètres et capteurs", 2, "deep_work",
         None),
        ("Posgrado en Ciencia de Datos – Módulo 3 (sábados)", 0, "learning", None),
        ("Jornadas: Ciberseguridad en sistemas SCADA de generación", 0, "learning", None),
        ("Daily Operación – Datos (hoy 08:30 por simulacro de evacuación)", 6, "communication",
         None),
        ("Жасур — бадди", 1, "relationships", True),
        ("Osh palov — jamoa bilan 🍛", 8, "relationships", None),
        ("Релиз LOS 3.14 — ночное окно", 4, "deep_work", None),
        ("၁:၁ ကိုသန့် / မမြတ်နှင်း", 1, "relationships", True),
        ("နှုတ်ဆက်ပွဲ – မစုစု 🌸", 3, "relationships", None),
        ("ကန်တော့", 0, UNTAGGED, True),
        # Round 88: a bare Vietnamese meal; a Dari 1:1 with zero-width non-joiners; a Tajik
        # feast, farewell and safety instruction; a 1C certification; Indonesian choir, church,
        # parents' meeting, pension information, mandatory K3 training, bug fixes first and
        # field visits to try an app; birthdays in the plural; an Albanian team day; a speakers'
        # club.
        ("cơm", 0, UNTAGGED, True),
        ("یک‌به‌یک ناصر / یما", 1, "relationships", True),
        ("Зиёфат бо меҳмонони K&V", 6, "relationships", None),
        ("Хайрбод бо Парвиз", 5, "relationships", None),
        ("Дастурдиҳии такрорӣ оид ба техникаи бехатарӣ (ИТ)", 2, UNTAGGED, True),
        ("Инструктаж по технике безопасности", 8, UNTAGGED, True),
        ("1С спец", 0, "learning", None),
        ("Latihan paduan suara gereja", 0, UNTAGGED, True),
        ("Rapat orang tua murid (kelas Gracia)", 0, UNTAGGED, True),
        ("Sosialisasi Program Pensiun DPLK untuk Karyawan", 2, UNTAGGED, True),
        ("[WAJIB] Pelatihan K3 Gudang & Kantor", 2, UNTAGGED, True),
        ("Perbaikan bug: sinkronisasi offline gagal di Android 10 (PL-214)", 0, "deep_work",
         True),
        ("Kunjungan lapangan: uji coba aplikasi bersama petani rumput laut", 2, "deep_work", None),
        ("October birthdays & staff fellowship", 2, "relationships", None),
        ("Ditë ekipi: vjelja e ullinjve në Preza", 2, "relationships", None),
        ("PHCC Speakers Club – practice session", 4, "learning", None),
        # Round 89: Indonesian performance logs and ceremonies; Russian safety exams, pension
        # sessions, the way back to the office and a focus block that names a report; a site
        # visit in Spanish to calibrate and try an app; a bare at-sign for mail; a barbecue in
        # French; Uzbek tea, celebration evening and fire-safety briefing; the social-services
        # committee in Arabic and French.
        ("Isi e-Kinerja bulan Oktober", 0, UNTAGGED, True),
        ("Upacara Bendera 17 Agustus", 12, UNTAGGED, True),
        ("Аттестация по пожарной безопасности (онлайн-тест)", 5, UNTAGGED, True),
        ("Информационная встреча: пенсионные накопления и взносы", 4, UNTAGGED, True),
        ("Обратная дорога из Темиртау", 0, UNTAGGED, True),
        ("Фокус: отчёт по простоям конвейера – SQL", 0, "deep_work", True),
        ("Visita planta Chupaca – calibración de sensores de nivel", 2, "deep_work", None),
        ("@", 0, "communication", True),
        ("Sortie d'automne – grillades au lac", 7, "relationships", None),
        ("Choy — Dilnoza bilan", 1, "relationships", None),
        ("Bayram kechasi — bo'lim 🎉", 9, "relationships", None),
        ("Yong'in xavfsizligi: evakuatsiya mashqi", 14, UNTAGGED, True),
        ("اجتماع للجنة الخدمات الاجتماعية", 3, UNTAGGED, True),
        ("AG du comité des œuvres sociales", 20, UNTAGGED, True),
        # Round 90: Uzbek one-to-ones, lunch, change window, handover, family outing and
        # medical insurance explained; mint tea in Hassaniya; "ing", inglés shortened.
        ("Birga-bir: Aziz / Kamola", 1, "relationships", True),
        ("Tushlik — Farrux bilan", 1, "relationships", None),
        ("O'zgartirish oynasi: billing 5.1", 4, "deep_work", None),
        ("Ishlarni topshirish: Malika (ta'tildan oldin)", 1, "communication", True),
        ("Oila bilan dam olish", 0, UNTAGGED, True),
        ("Sug'urta paketi 2027: tushuntirish (HR)", 6, UNTAGGED, True),
        ("Atay chez Sidi – après la prière", 3, "relationships", True),
        ("ing", 0, "learning", None),
        # Round 91: harassment prevention; the drive up a mountain; Faroese coffee, lunch,
        # farewell and sea-safety course; a Latin American team day; a Spanish release to
        # production; site work first; a Russian evacuation drill; a Khmer dinner together; a
        # Lao farewell party and mandatory training.
        ("Anti-harassment awareness – 2026 module", 3, UNTAGGED, True),
        ("Friggjadagskaffi og køka", 4, "relationships", None),
        ("Døgurði við nýggju kollegunum", 6, "relationships", None),
        ("Farvæl til Sólrun", 9, "relationships", None),
        ("Trygdarskeið 2026 (kravt)", 5, UNTAGGED, True),
        ("Jornada de integración – área de sistemas", 12, "relationships", None),
        ("Pase a producción 2.4 – app de pasajes", 3, "deep_work", None),
        ("Site work – replace the UPS at the pumping station", 0, "deep_work", True),
        ("Учебная тревога — эвакуация 2 этажа", 9, UNTAGGED, True),
        ("ញ៉ាំបាយថ្ងៃត្រង់ជាមួយក្រុម", 5, "relationships", None),
        ("ງານລ້ຽງ ທ້າຍປີ ພະແນກໄອທີ", 14, "relationships", None),
        ("ຝຶກອົບຮົມ ບັງຄັບ: ຄວາມປອດໄພຂໍ້ມູນ", 8, UNTAGGED, True),
        # Round 92: "ingl", inglés shortened; coffee in Tetum; lunch with someone shortened;
        # a workshop shortened; a forum's sessions; a production release and a Russian window
        # on production; a French production release got ready; archery, Turkmen volleyball
        # and a beach clean-up; dholl puri; a Danish on-call handover; Turkmen mandatory and
        # fire-safety trainings.
        ("ingl", 0, "learning", None),
        ("kafé Mateus", 0, "relationships", None),
        ("alm Rui + Bela", 0, "relationships", None),
        ("wksp FHIR", 0, "learning", None),
        ("Forum panel: open banking in the Indian Ocean", 0, "learning", None),
        ("Production release – billing 2.1", 4, "deep_work", None),
        ("Выгрузка – окно на проде (ночь)", 3, "deep_work", None),
        ("prépa MEP 5.0", 0, "deep_work", None),
        ("Archery after work", 6, "relationships", None),
        ("Woleýbol – bölüm toparlary", 8, "relationships", None),
        ("River clean-up with the Tuesday crew", 5, "relationships", None),
        ("🫓 Friday", 6, "relationships", None),
        ("Vagtoverdragelse til Aputsiaq", 1, "communication", True),
        ("Kiberhowpsuzlyk okuwy (hökmany)", 9, UNTAGGED, True),
        ("Ýangyn howpsuzlygy – türgenleşik", 12, UNTAGGED, True),
        # Round 93: a bug fix or hotfix named first; "eng", English shortened; an Uzbek
        # interview, mail, labour protection and fire safety (typed with ‘); seeing a colleague
        # off; an advance report shortened; the safety-rules exam; "Окно: …" a window; a talk
        # with someone (Kyrgyz); a Portuguese status update in an incident.
        ("Bugfix: afronding in het rapport", 0, "deep_work", True),
        ("Hotfix 3.2.1: retry in the runset wrapper (deck)", 0, "deep_work", True),
        ("eng", 0, "learning", None),
        ("Intervyu: backend stajyor", 1, "communication", None),
        ("pochta", 0, "communication", True),
        ("Mehnat muhofazasi: yillik tekshiruv", 4, UNTAGGED, True),
        ("Yong‘in xavfsizligi bo‘yicha mashg‘ulot", 6, UNTAGGED, True),
        ("Провожаем Марину в декрет 💐", 6, "relationships", None),
        ("аванс. отчёт Астана", 0, UNTAGGED, True),
        ("Проверка знаний ПТЭ — цех АСУ", 5, UNTAGGED, True),
        ("Окно: замена ИБП в серверной", 3, "deep_work", None),
        ("Ainura менен маек", 1, "relationships", None),
        ("Incidente P1 — ponto de situação com a equipa de rede", 4, "communication", None),
        # Round 94: a mandatory training in Persian (اجباری); a meal in Pashto; netball alone;
        # "EN" alone; an incident number lower-case; a Russian explanatory session on
        # pensions, an information-security course, a design doc revised and a ceremonial
        # assembly; a new HR portal presented; a French team-cohesion day; a Spanish
        # occupational-safety committee; an analysis named first.
        ("آموزش سالانه کود رفتار و مبارزه با فساد (اجباری) / Code of Conduct", 2, UNTAGGED, True),
        ("ډوډۍ w/ Zalmai", 0, "relationships", None),
        ("Netball training", 0, UNTAGGED, True),
        ("EN", 0, "learning", None),
        ("inc 3310", 0, "deep_work", None),
        ("Разъяснительная сессия: пенсионные накопления", 3, UNTAGGED, True),
        ("Курс по информационной безопасности (онлайн)", 0, UNTAGGED, True),
        ("Дизайн-документ: тарифы — доработка после ревью", 0, "deep_work", None),
        ("Торжественное собрание ко Дню города", 12, "relationships", None),
        ("Presentation of the new HR portal", 8, UNTAGGED, True),
        ("Apresentação do portal de RH", 5, UNTAGGED, True),
        ("Journée de cohésion – équipe support", 8, "relationships", None),
        ("Comité de Seguridad y Salud en el Trabajo", 5, UNTAGGED, True),
        ("Analyse outage report data", 0, "deep_work", None),
        # Round 95: a change window with its CAB ticket; lunch and a talk with someone in
        # Uzbek, preparation in Uzbek; a meal in Burmese and a paying-respects ceremony
        # together; a course and a handover in Bislama; a Ukrainian Q&A on medical cover and a
        # Portuguese clarification session on pensions; a mother in Inuktitut; a site check; a
        # farewell in Kriolu, a French team day, a family lunch; a name and an initial.
        ("Change window – lane 2 OCR firmware (CAB-3310)", 3, "deep_work", None),
        ("tush Dilnoza", 0, "relationships", None),
        ("Bekzod bilan suhbat", 1, "relationships", None),
        ("Forum 2027: tayyorgarlik", 3, "communication", None),
        ("ထမင်း w/ Aung", 0, "relationships", None),
        ("ကန်တော့ပွဲ 🪔", 5, "relationships", None),
        ("python kos", 0, "learning", None),
        ("handova long Mary", 1, "communication", None),
        ("ДМС: відповіді на запитання", 6, UNTAGGED, True),
        ("Sessão de esclarecimento: plano de pensões", 6, UNTAGGED, True),
        ("Dinner at Anaana's", 0, UNTAGGED, True),
        ("Site check – label printers and scanners", 0, "deep_work", True),
        ("Dispidida di Nelson", 9, "relationships", None),
        ("Journée d'équipe – plage", 6, "relationships", None),
        ("Déjeuner en famille", 0, UNTAGGED, True),
        ("Hadeel / Y", 1, "relationships", None),
        # Round 96: "FR" alone; a Lao welcome party and fire-extinguisher training; mail and a
        # benefits talk in Swahili; a site's safety talk (P5M); a field test in Indonesian; a
        # Belarusian ceremonial evening and a subbotnik; a re-induction that is mandatory;
        # field work first in Chilean Spanish; dinner with the team in Sorani Kurdish.
        ("FR", 0, "learning", None),
        ("ລ້ຽງຕ້ອນຮັບ ພະນັກງານໃໝ່ 🎉", 6, "relationships", None),
        ("ຝຶກອົບຮົມ ການໃຊ້ຖັງດັບເພີງ", 4, UNTAGGED, True),
        ("barua", 0, "communication", True),
        ("NSSF: Elimu ya mafao kwa wafanyakazi", 5, UNTAGGED, True),
        ("Safety talk – workshop floor", 9, UNTAGGED, True),
        ("Uji lapangan aplikasi dispatch di pit utara", 2, "deep_work", None),
        ("Урачысты сход да Дня камбіната", 14, "relationships", None),
        ("Суботнік на тэрыторыі", 8, UNTAGGED, True),
        ("Субботник во дворе офиса", 6, UNTAGGED, True),
        ("Reinducción de seguridad (obligatoria)", 3, UNTAGGED, True),
        ("Terreno: pruebas de lectores RFID", 3, "deep_work", None),
        ("nani eware lagal team – Mam Rebwar", 7, "relationships", None),
        # Round 97: mail read in French; a design doc written, first, in French and Swedish; a
        # French safety quarter-hour and health cover presented; a wellbeing survey; a Cisco
        # certification and a course's live session; an Italian release window and mandatory
        # course; an on-call call-out in French; a Tajik celebration, a Gilbertese feast and
        # a Swedish autumn party.
        ("Lecture des courriels", 0, "communication", True),
        ("Rédaction du document de conception – planification des tournées", 0, "deep_work", None),
        ("Skriva designunderlag: larmhantering", 0, "deep_work", None),
        ("Quart d'heure sécurité – atelier", 8, UNTAGGED, True),
        ("Webinaire mutuelle – garanties 2027", 4, UNTAGGED, True),
        ("Présentation mutuelle santé", 6, UNTAGGED, True),
        ("Team wellbeing survey – briefing", 4, UNTAGGED, True),
        ("CCNA lab 3", 0, "learning", None),
        ("SQL for Data Analysis – live session", 1, "learning", None),
        ("Finestra di rilascio 2.7", 3, "deep_work", None),
        ("Corso obbligatorio: privacy", 2, UNTAGGED, True),
        ("Intervention d'astreinte – perte de liaison radio", 0, "deep_work", None),
        ("Ҷашни Наврӯз", 12, "relationships", None),
        ("Christmas botaki", 10, "relationships", None),
        ("Höstfest på kontoret", 12, "relationships", None),
        # Round 98: "angl." (anglais) and Welsh and Ndebele lessons; a forum's session after a
        # dash, an event's panel and a lunchtime talk; a talk marked "(me)"; a site visit to
        # trial something, field work and incident response first in Turkish; a change its
        # board approved; a party's committee; in Russian a working group, a talk alone
        # (mine) and a conference shortened.
        ("angl.", 0, "learning", True),
        ("Gwersi Cymraeg – Lefel Mynediad", 6, "learning", None),
        ("Funda isiZulu – beginners", 8, "learning", None),
        ("forum – session plénière", 0, "learning", None),
        ("ZimTech: Panel — open banking rails", 0, "learning", None),
        ("Pride Month: lunchtime talk – allyship", 2, "learning", None),
        ("DevFest talk (me): offline-first sync", 0, "communication", True),
        ("Site visit – Ely works, handheld trial", 2, "deep_work", None),
        ("Saha Çalışması: trafo merkezi ölçümleri", 2, "deep_work", None),
        ("Olay Müdahalesi: SCADA okuma hatası", 0, "deep_work", None),
        ("CAB Approved: CHG-1044 – kernel patching", 3, "deep_work", None),
        ("Sinterklaas commissie", 4, "relationships", None),
        ("Рабочая группа по миграции", 5, "communication", True),
        ("доклад", 0, "communication", True),
        ("конф", 0, "learning", None),
        # Round 99: a lunch break at home; language classes named in English and a Tigrinya
        # lesson; Haitian Creole (mail, PR reviews, lunch with, an incident, studying for a
        # certification, a site visit to install, a mandatory training, focused work, a
        # production change, a last day); on call in Swiss German; Törggelen spelt "oe";
        # timesheets in Dutch; a Frisian farewell and coffee, Basque coffee; sweets for good
        # news; a Russian tech club; a developer group alone.
        ("Lunch break (home)", 0, UNTAGGED, True),
        ("Swahili class – week 3", 0, "learning", None),
        ("ደርሲ እንግሊዝኛ", 0, "learning", None),
        ("Li imèl", 0, "communication", True),
        ("Revizyon PR pou Jude", 0, "deep_work", None),
        ("Dejene ak Jude", 0, "relationships", None),
        ("Ensidan: baz done a tonbe", 0, "deep_work", None),
        ("Etidye pou egzamen AWS", 0, "learning", None),
        ("Vizit teren – enstale routè", 2, "deep_work", None),
        ("Fòmasyon obligatwa: sekirite", 5, UNTAGGED, True),
        ("Travay konsantre: rapò demo", 0, "deep_work", None),
        ("Chanjman pwodiksyon 3.1", 2, "deep_work", None),
        ("Ti resepsyon pou Marie", 9, "relationships", None),
        ("Pikett Alarm Pumpwerk", 0, "deep_work", None),
        ("Toerggele mit dem Team", 9, "relationships", None),
        ("Uren invullen", 0, UNTAGGED, True),
        ("Ôfskie Sytske", 10, "relationships", None),
        ("Kofje mei Anke", 1, "relationships", None),
        ("Kafea Mikelekin", 1, "relationships", None),
        ("Eid ki mithai", 12, "relationships", None),
        ("Техклуб: Rust", 8, "learning", None),
        ("GDG", 0, "learning", None),
        # Round 100: in Finnish the week planned with mails, a change window, a load test, a
        # pension info session, an opening party and a follow-up (not tracking data); a field
        # test first and a meal with the family in Spanish; a certification studied alone
        # ("AWS", "cert"); an audit for a certification; a forum's virtual session; a
        # Samoan farewell; "Go / No-Go" spaced; a compound "-report" is no report written; a
        # Russian conference's section; a Khmer orientation on health insurance.
        ("Viikon suunnittelu ja sähköpostit", 0, "communication", None),
        ("Muutosikkuna: tietokantapäivitys", 2, "deep_work", None),
        ("Kuormitustesti: varausruuhka", 1, "deep_work", None),
        ("Eläkeinfo: työeläkeote", 2, UNTAGGED, True),
        ("Kevätkauden avajaiset", 6, "relationships", None),
        ("Häiriöselvitys: seurantadatan viive", 1, "deep_work", None),
        ("Prueba en campo: lectores RFID", 3, "deep_work", None),
        ("Almuerzo con mi familia", 0, UNTAGGED, True),
        ("AWS", 0, "learning", False),
        ("cert", 0, "learning", False),
        ("Auditoría de certificación – revisión de procesos", 3, "communication", None),
        ("Africa ICT Forum – online session: metering", 1, "learning", None),
        ("Faamavaega mo Sina", 6, "relationships", None),
        ("Go / No-Go release 2.1", 5, "communication", True),
        ("INC: outage-report backlog – bridge", 3, "deep_work", None),
        ("ТехноФест: секция «ИИ в логистике»", 0, "learning", None),
        ("វគ្គណែនាំ ធានារ៉ាប់រងសុខភាព", 4, UNTAGGED, True),
        # Round 101: in Malay mail (emel), a survey (kaji selidik), a fire drill, a short
        # sermon and a Yasin recitation, and a meal with someone shortened (mkn); "k8s" alone
        # studied; a Persian explanatory session on insurance; in Russian the medical cover
        # named before its presentation, a calibration and a football tournament; field work
        # first in Slovak (Terén) and a field test first in Portuguese; data analysis first in
        # Spanish and Portuguese; a shift handover in Spanish (traspaso de turno).
        ("emel", 0, "communication", True),
        ("Kaji selidik penglibatan pekerja", 3, UNTAGGED, True),
        ("Latihan Pemindahan Bangunan", 8, UNTAGGED, True),
        ("Tazkirah Jumaat", 6, UNTAGGED, True),
        ("mkn Aina", 0, "relationships", False),
        ("k8s", 0, "learning", False),
        ("جلسه توضیحی بیمه درمان", 5, UNTAGGED, True),
        ("ДМС: вебинар для сотрудников", 9, UNTAGGED, True),
        ("Калибровка весов на складе", 2, "deep_work", None),
        ("Турнир по мини-футболу", 10, "relationships", None),
        ("Terén – kontrola snímačov", 3, "deep_work", None),
        ("Teste de campo: leitor NFC", 2, "deep_work", None),
        ("Análise de dados: consultas", 0, "deep_work", True),
        ("Traspaso de guardia – Ana → Luis", 1, "communication", None),
        # Round 102: a nap, alone; office hours in Spanish; a flight in French with an arrow;
        # a Tahitian feast; India's vigilance week pledge; pensions and insurance explained
        # (Taiwan); a change window and an on-call case in Swedish; a deployment in French
        # (not a deploy freeze).
        ("Almuerzo y siesta", 0, UNTAGGED, True),
        ("Horario de consultas ERP", 1, "communication", True),
        ("Vol PPT → BOB", 0, UNTAGGED, True),
        ("Ma'a Tahiti de l'équipe", 6, "relationships", None),
        ("Vigilance Awareness Week – Integrity Pledge", 5, UNTAGGED, True),
        ("勞保 / 健保 說明會", 2, UNTAGGED, True),
        ("Ändringsfönster: uppgradering av databasen", 3, "deep_work", True),
        ("Beredskapsärende: larm i pumpstation", 0, "deep_work", None),
        ("CHG0042 – Déploiement portail v2", 4, "deep_work", False),
        ("Réunion : gel des déploiements", 4, "communication", None),
        # Round 103: in Danish a safety instruction, a handover first, a tech evening, dinner
        # together and on call alone; in Norwegian waffle Friday, a health-and-safety course
        # and a pension info session; in Finnish staff benefits, a self-appraisal and a field
        # test first; lunch shortened "almz" with someone; an HSE induction; tea time
        # together in the Maldives and a Mizo team dinner.
        ("Sikkerhedsinstruktion – truck", 5, UNTAGGED, True),
        ("overdrag → Mikkel", 1, "communication", True),
        ("Nuuk Tech-aften: AI", 1, "learning", None),
        ("Aftensmad med holdet", 4, "relationships", None),
        ("vagt", 0, "deep_work", None),
        ("Vaffelfredag", 6, "relationships", None),
        ("Obligatorisk HMS-kurs: brann", 3, UNTAGGED, True),
        ("Pensjonsinfo 2027", 4, UNTAGGED, True),
        ("Henkilöstöetuinfo", 3, UNTAGGED, True),
        ("Itsearviointi ennen kehityskeskustelua", 0, UNTAGGED, True),
        ("Kenttätesti: anturit", 2, "deep_work", None),
        ("almz Pato", 0, "relationships", False),
        ("Inducción HSE – planta", 2, UNTAGGED, True),
        ("Team sai time", 6, "relationships", None),
        ("Team zanriah", 5, "relationships", None),
        # Round 104: a design review of a product's module named after a regulation; a staff
        # meeting with one other invited; pairing in French; a safety talk in Spanish; Chilean
        # pension savings explained; a Swedish safety induction; a chat and tea with someone
        # in Juba Arabic; a Tuvaluan or Tongan meeting; a Nepali feast with the team; English,
        # alone, in Japanese. (A boat trip and Dashain: below, however long.)
        ("Revue de conception – module AML", 3, "communication", True),
        ("Staff meeting (monthly)", 1, "communication", True),
        ("Binômage avec Paul – export CSV", 1, "deep_work", True),
        ("Charlas de seguridad – planta", 6, UNTAGGED, True),
        ("Charla previsional 2027", 4, UNTAGGED, True),
        ("Säkerhetsintroduktion – hamnen", 2, UNTAGGED, True),
        ("wonus w/ Lado", 1, "relationships", None),
        ("shai Achol", 0, "relationships", False),
        ("Fakataha ma te Kaupule – billing", 1, "communication", None),
        ("Tihar bhoj with the team", 9, "relationships", None),
        ("英", 0, "learning", None),
        # Round 105: an on-site test in French; a change window in Swahili; a farewell and a
        # party in Swahili, a farewell and tea in Somali (lunch alone stays private); lunch
        # shortened with someone; Amharic: interns' follow-up, mail and a report alone, a
        # mandatory training, health insurance (a journey: below); a conference named for travel
        # tech; a Spanish timesheet; mail after leave in French; a daily's new time in
        # brackets; a vendor's roadmap in French; Swedish: a language lesson, a release to
        # production, an evacuation drill.
        ("Test sur site – balises RFID", 1, "deep_work", True),
        ("Dirisha la mabadiliko – payroll", 4, "deep_work", True),
        ("Hafla ya kuaga – Bi. Neema", 12, "relationships", True),
        ("Sagootin Xasan", 6, "relationships", True),
        ("Shaah – kooxda", 5, "relationships", True),
        ("Qado", 0, UNTAGGED, True),
        ("lnch w/ Grace", 0, "relationships", False),
        ("የልምምድ ተማሪዎች ክትትል", 2, "relationships", True),
        ("ኢሜል", 0, "communication", True),
        ("ሪፖርት ለዳይሬክተሩ", 0, "communication", False),
        ("የግዴታ ስልጠና – HR", 9, UNTAGGED, True),
        ("የጤና መድን – ምዝገባ", 3, UNTAGGED, True),
        ("Travel Tech Summit: payments track", 0, "learning", None),
        ("Completar hoja de horas", 0, UNTAGGED, True),
        ("Traitement des mails en retard (retour de congé)", 0, "communication", True),
        ("Reunión diaria (a las 11:00 por la formación obligatoria)", 5, "communication", None),
        ("Présentation Red Hat : feuille de route 2027", 6, "learning", False),
        ("Svenska för nybörjare – lektion 4", 3, "learning", True),
        ("Produktionssättning – kassasystem", 2, "deep_work", True),
        ("Utrymningsövning", 40, UNTAGGED, True),
        # Round 106: a get-together in Guinea-Bissau Kriol, a Portuguese convívio, a birthday
        # in French, suya shared; a GDG chapter's meetup named first (not coffee with its
        # people); a code review done as a mob (the Friday prayer, a hospital sign and a
        # return in Portuguese: below); mint tea (ataya); a student intern's check-in
        # (SIWES); a Nigerian pension fund administrator's session; Norwegian safety training;
        # "les" alone, reading.
        ("Djumbai na kantina", 4, "relationships", False),
        ("Dia do técnico — convívio na sede", 3, "relationships", False),
        ("Équipe SI 🎉 (anniv. Awa)", 5, "relationships", None),
        ("Friday gist + suya (hack day wrap)", 2, "relationships", None),
        ("GDG Garoua: Jetpack Compose", 2, "learning", True),
        ("coffee – GDG folks", 2, "relationships", None),
        ("Revue de code – paiements (mob)", 5, "deep_work", True),
        ("Ataya avec l'équipe", 4, "relationships", True),
        ("SIWES – Chidi", 1, "relationships", True),
        ("PFA session: retirement savings", 5, UNTAGGED, True),
        ("Sikkerhetsopplæring kai 3", 6, UNTAGGED, True),
        ("les", 0, "learning", True),
        # Round 107: reading in Japanese; a safety-and-health course and the year-end tax
        # adjustment explained (not the payroll product's meetings); a Navaratri golu with
        # colleagues, a staff appreciation; a travel allowance claimed; a deployment window in
        # Persian; a briefing session on insurance in Persian; first aid in Macedonian; a
        # change ticket got ready, alone.
        ("読書：『ソフトウェア設計』2章", 0, "learning", False),
        ("安全衛生講習（フォークリフト）", 6, UNTAGGED, True),
        ("年末調整説明会", 12, UNTAGGED, True),
        ("年末調整PJ 定例", 5, "communication", True),
        ("Golu – team visit", 6, "relationships", False),
        ("Staff appreciation & awards", 2, "relationships", None),
        ("TA/DA claim", 0, UNTAGGED, True),
        ("پنجره استقرار – v2.1", 3, "deep_work", False),
        ("جلسه توجیهی بیمه", 8, UNTAGGED, True),
        ("Прва помош – обука", 5, UNTAGGED, True),
        ("CHG-1182 prep", 0, "deep_work", False),
    ],
)  # fmt: skip
def test_words_read_off_each_round_of_held_out_calendars(
    title: str, others: int, category: str, confident: bool | None
) -> None:
    """The cause of a miss on a promoted held-out calendar, fixed in general terms.

    `confident` None: only the category is checked.
    """
    occ = make_occ(title, others=others, minutes=60, organizer_is_me=False)
    tag = Classifier(me=[ME], tz=TZ).classify(occ)
    assert tag.category == category, tag.rule
    if confident is not None:
        assert tag.confident is confident, tag.rule


@pytest.mark.parametrize(
    "title",
    [
        "drive down",
        "Bateau Bukavu → Goma",  # round 104: a boat before an arrow
        "दशैं टीका – मामाघर",  # round 104: Dashain's blessing at the mother's family home
        "ጉዞ → አዲስ አበባ",  # round 105: a journey (Amharic)
        "Regresso Bafatá → Bissau",  # round 106: a return, in Portuguese
        "Jum'a",  # round 106: the Friday prayer
        "🏥 Baaba",  # round 106: a hospital, with a father
    ],
)
def test_the_drive_up_a_mountain_is_travel_however_long(title: str) -> None:
    """Two hours alone would read as a focus block; a way back, a boat or a festival is not."""
    occ = make_occ(title, others=0, minutes=150, organizer_is_me=False)
    tag = Classifier(me=[ME], tz=TZ).classify(occ)
    assert (tag.category, tag.confident) == (UNTAGGED, True), tag.rule


@pytest.mark.parametrize(
    "title",
    [
        "← Lautoka",
        "yo'l →",
        "ဆေးရုံ",
        "سەردانی ماڵی دایکم",
        "Route vers Errachidia",
        "духтур",
        "Sunday lunch at Mam's",
    ],
)
def test_the_way_somewhere_or_a_hospital_alone_is_personal_however_long(title: str) -> None:
    """An arrow and a place, either way round ("← Tegus", round 93; "yo'l ←", round 95), a
    hospital in Burmese or a visit to my mother's in Sorani (round 96), the drive to a place
    in French or a doctor in Tajik (round 97), lunch at Mam's (round 98): three hours alone
    would otherwise read as a focus block."""
    occ = make_occ(title, others=0, minutes=180, organizer_is_me=False)
    tag = Classifier(me=[ME], tz=TZ).classify(occ)
    assert (tag.category, tag.rule) == (UNTAGGED, "default:personal"), tag.rule


def test_the_dev_team_named_is_no_dev_work() -> None:
    """ "équipe Dev" names the team (round 94): the meeting is read by its other words or
    its shape, whichever the word vote's counts favour, but not as deep work."""
    occ = make_occ("Budget 2027 – besoins équipe Dev", others=2, minutes=60)
    tag = Classifier(me=[ME], tz=TZ).classify(occ)
    assert tag.category != "deep_work", tag.rule


def test_an_awareness_month_without_an_obligation_is_no_admin() -> None:
    """A quiz of the month is a game or a meeting (whether the meeting-size rule or the word
    vote reads it depends on the counts of the day), but no compliance training."""
    occ = make_occ("Cybersecurity Awareness Month trivia", others=3, minutes=60)
    tag = Classifier(me=[ME], tz=TZ).classify(occ)
    assert tag.category != UNTAGGED and tag.rule != "default:admin", tag.rule


def test_a_roadmap_sync_organised_outside_is_a_meeting() -> None:
    """A roadmap from outside is a briefing to learn from; a weekly sync about one is not."""
    classifier = Classifier(me=[ME], tz=TZ)
    outside = "lead@vendor.example"
    briefing = classifier.classify(make_occ("Roadmap 2027", others=5, organizer=outside))
    sync = classifier.classify(make_occ("Weekly roadmap sync", others=5, organizer=outside))
    assert (briefing.category, briefing.rule) == ("learning", "default:briefing-outside")
    assert sync.category == "communication", sync.rule


def test_a_walkthrough_in_mentoring_is_mentoring() -> None:
    """A walkthrough I organise is a talk, unless it is part of mentoring someone."""
    classifier = Classifier(me=[ME], tz=TZ)
    walkthrough = classifier.classify(make_occ("Code walkthrough: payments", others=3))
    mentoring = classifier.classify(make_occ("Mentoring – Harsh (code walkthrough)", others=1))
    assert (walkthrough.category, walkthrough.rule) == ("communication", "default:talk-hosted")
    assert mentoring.category == "relationships", mentoring.rule


@pytest.mark.parametrize("spec", DEFAULT_RULE_SPECS, ids=lambda spec: str(spec["name"]))
def test_every_built_in_regex_compiles(spec: dict[str, Any]) -> None:
    """The built-in regexes compile only when first searched with, so compile each here."""
    for key in ("title", "description", "location", "calendar", "attendee"):
        values = spec.get(key, [])
        for pattern in [values] if isinstance(values, str) else values:
            assert re.compile(pattern, re.IGNORECASE).pattern == pattern


@pytest.mark.parametrize(
    ("organizer", "category"),
    [
        ("mailto:events@vendor.example", "learning"),  # a vendor tells me, a customer
        ("ana@corp.example", "communication"),  # my own company's roadmap
        ("ana@eu.corp.example", "communication"),  # a subdomain of mine is mine
        ("team@group.calendar.google.com", "communication"),  # a shared calendar of ours
    ],
)
def test_a_roadmap_or_briefing_is_learning_when_someone_outside_organises_it(
    organizer: str, category: str
) -> None:
    """Round 29's Ericsson, Agora and Google Maps briefings were told to the person."""
    classifier = Classifier(me=[ME], tz=TZ)
    for title in ("Ericsson | Charging System – roadmap 2027", "Maps Platform — API briefing"):
        tag = classifier.classify(make_occ(title, others=4, organizer=organizer))
        assert tag.category == category, (title, tag.rule)
    # Planning a roadmap with them is a meeting, whoever sends it.
    workshop = make_occ("Roadmap workshop H1", others=4, organizer="rep@vendor.example")
    assert classifier.classify(workshop).category == "communication"


def test_nobody_is_outside_when_none_of_my_addresses_is_known() -> None:
    occ = make_occ("Ericsson – roadmap 2027", others=4, organizer="rep@vendor.example")
    assert Classifier(me=[], tz=TZ).classify(occ).category == "communication"


@pytest.mark.parametrize(
    ("title", "me", "category"),
    [
        ("Eng Guild Tech Talk: idempotency patterns (Arjun)", "arjun.raghavan@corp.example",
         "communication"),
        ("Eng Guild Tech Talk: idempotency patterns (Arjun)", "priya.n@corp.example", "learning"),
        ("Tech talk: what we learned (Raghavan)", "arjun.raghavan@corp.example", "communication"),
        # Initials and two-letter words name nobody: "me@corp.example" is not in "Meet me".
        ("Tech talk: meet me at the booth", "me@corp.example", "learning"),
    ],
)  # fmt: skip
def test_a_talk_that_names_me_is_one_i_give(title: str, me: str, category: str) -> None:
    occ = make_occ(title, others=6, minutes=60, organizer_is_me=False)
    occ = replace(occ, attendees=(Attendee(me, "ACCEPTED"), *occ.attendees[1:]))
    tag = Classifier(me=[me], tz=TZ).classify(occ)
    assert tag.category == category, tag.rule


def test_the_title_names_me_by_the_name_the_event_gives_me() -> None:
    """My display name on this event counts, not only my address: "Sam" in "Sam – demo"."""
    occ = make_occ("Brown bag – Sam: our build cache", others=6, organizer_is_me=False)
    occ = replace(occ, attendees=(Attendee(ME, "ACCEPTED", "Sam Okafor"), *occ.attendees[1:]))
    assert Classifier(me=[ME], tz=TZ).classify(occ).category == "communication"
    # The person's own rules may ask for it too.
    mine = tag_with({"title": "brown bag", "title_names_me": False}, occ)
    assert mine.category == "communication"  # the rule did not match: the built-ins decided
    assert tag_with({"title": "brown bag", "title_names_me": True}, occ).category == "learning"


@pytest.mark.parametrize(
    ("name", "title", "category"),
    [
        ("林冠宇 Kuan-Yu Lin", "技術分享：KLayout 自動化 DRC triage（冠宇）", "communication"),
        ("김민수", "테크 세미나: 결제 멱등성 (민수)", "communication"),
        ("林冠宇 Kuan-Yu Lin", "技術分享：KLayout 自動化 DRC triage（怡君）", "learning"),
        ("罗浩", "服务端技术分享：匹配服重构踩坑（罗浩）", "communication"),  # whole
        ("罗浩", "服务端技术分享：匹配服重构踩坑（浩然）", "learning"),
    ],
)  # fmt: skip
def test_a_chinese_or_korean_name_is_named_whole_or_by_its_given_name(
    name: str, title: str, category: str
) -> None:
    occ = make_occ(title, others=4, minutes=60, organizer_is_me=False)
    occ = replace(occ, attendees=(Attendee(ME, "ACCEPTED", name), *occ.attendees[1:]))
    assert Classifier(me=[ME], tz=TZ).classify(occ).category == category


@pytest.mark.parametrize(
    ("name", "title", "category"),
    [
        ("Белова Ксения", "Внутренний митап: как мы храним спектры (доклад Ксении Беловой)",
         "communication"),
        ("Иван Петров", "Митап: наш CI (доклад Петрова)", "communication"),
        # Not a longer word that starts like a name: "Parth" is not in "Parthenon", nor Белова
        # in "Беловежская".
        ("Parth Shah", "Tech talk: Parthenon-scale sharding", "learning"),
        ("Белова Ксения", "Митап: Беловежская пуща и данные", "learning"),
    ],
)  # fmt: skip
def test_a_name_is_named_in_its_inflected_forms(name: str, title: str, category: str) -> None:
    occ = make_occ(title, others=4, minutes=60, organizer_is_me=False)
    occ = replace(occ, attendees=(Attendee(ME, "ACCEPTED", name), *occ.attendees[1:]))
    assert Classifier(me=[ME], tz=TZ).classify(occ).category == category


def test_a_title_that_fits_two_categories_is_a_guess_and_says_why() -> None:
    classifier = Classifier(me=[ME], tz=TZ)
    tag = classifier.classify(make_occ("Sprint planning coffee", others=4))
    assert (tag.category, tag.confident) == ("relationships", False)
    assert tag.matched[-1] == (
        'but "planning" in the title fits communication (default:communication): only a guess'
    )
    # A more general reading of the same words is no conflict: "review" in "code review".
    review = classifier.classify(make_occ("Code review", others=0))
    assert (review.category, review.confident) == ("deep_work", True)
    lunch = classifier.classify(make_occ("Lunch & Learn: Rust", others=20, organizer_is_me=False))
    assert (lunch.category, lunch.confident) == ("learning", True)


def test_your_own_rules_are_always_confident() -> None:
    tag = tag_with({"title": "coffee"}, make_occ("Planning coffee", others=1))
    assert (tag.rule, tag.confident) == ("R", True)


@pytest.mark.parametrize(
    ("title", "others", "fields", "category"),
    [
        # Talks the person gives (communication) and attends (learning).
        ("Meetup Berlin.js: my talk on signals", 30, {}, "communication"),
        ("Tech talk: event sourcing", 40, {"description": "I'm presenting our rewrite"},
         "communication"),
        ("Tech talk: event sourcing", 40,
         {"description": "Speaker: Dana", "organizer_is_me": False}, "learning"),
        # A 1:1 or a coffee says more than a description that I will show something.
        ("Coffee chat — Faizal (new joiner) ☕", 1,
         {"description": "Quick coffee to say hi — I'll walk you through the platform."},
         "relationships"),
        ("Sync", 1, {"description": "I'll walk you through the rollout plan."},
         "communication"),
        ("Dry run: KubeCon talk", 2, {}, "communication"),
        # Preparing slides, papers and updates for others.
        ("Prep: exec review", 0, {}, "communication"),
        ("Vorbereitung Lenkungskreis", 0, {}, "communication"),
        ("Board deck — eng slides", 0, {}, "communication"),
        ("Kubernetes certification prep", 0, {}, "learning"),
        # Social events with colleagues; alone in the calendar they are private plans.
        ("Farewell drinks for Sam", 15, {}, "relationships"),
        ("Offsite: hike 🥾", 12, {}, "relationships"),
        ("Ausstand Petra 🥂", 5, {}, "relationships"),
        ("Despedida do Thiago", 5, {}, "relationships"),
        ("Brunch w/ Anna + Jess", 0, {}, UNTAGGED),
        # Hands-on group sessions.
        ("Mob-Session: Migration auf Spring Boot", 6, {}, "deep_work"),
        ("Game day: region failover", 6, {}, "deep_work"),
        ("Pareamento com Lucas: canary", 1, {}, "deep_work"),
        # Office hours the person holds.
        ("Platform office hours", 8, {}, "communication"),
        # Two people and a topic: communication; two people and no topic: a 1:1.
        ("Abstimmung Katrin / Jonas – Kafka-Quotas", 1, {}, "communication"),
        ("Sync Ana: rotação de secrets no Vault", 1, {}, "communication"),
        ("call w/ Marcus re: contract extension", 1, {}, "communication"),
        ("Re: Frage zu IBAN-Validierung", 1, {}, "communication"),
        ("re:Invent", 0, {}, "learning"),
        ("Bate-papo com a Camila", 1, {}, "relationships"),
        # German and Portuguese meeting words, and e-mail.
        ("Teamrunde Plattform", 6, {}, "communication"),
        ("Reunião de alinhamento", 5, {}, "communication"),
        ("Mails / Freigaben / Posteingang", 0, {}, "communication"),
        ("Mails abarbeiten vor Urlaub", 0, {}, "communication"),
        ("Urlaub", 0, {}, UNTAGGED),
        ("Kinderarzt Lena", 0, {}, UNTAGGED),
        # Dutch and French words for meetings, e-mail, interviews, 1:1s, socials, reading.
        ("Mail wegwerken", 0, {}, "communication"),
        ("Courriels / Slack", 0, {}, "communication"),
        ("Sollicitatiegesprek Senior Backend", 2, {}, "communication"),
        ("Entrevue technique – Graphics Programmer", 2, {}, "communication"),
        ("Spreekuur architectuur (inloop)", 1, {}, "communication"),
        ("Teamoverleg platform", 6, {}, "communication"),
        ("1-op-1 Eva", 1, {}, "relationships"),
        ("Koffie met Joost", 1, {}, "relationships"),
        ("Kennismaking Fatima", 1, {}, "relationships"),
        ("Afscheid Pieter", 2, {}, "relationships"),
        ("Leesclub DDIA", 4, {}, "learning"),
        ("Lezen: Team Topologies", 0, {}, "learning"),
        ("Focustijd", 0, {}, "deep_work"),
        # Hands-on words and ticket keys; a code review with a room full of people is a meeting.
        ("REN-2291 TAA ghosting – repro", 0, {}, "deep_work"),
        ("Perf: occupancy terrain shader", 0, {}, "deep_work"),
        ("Field return analysis – ECU stuck in bootloader", 0, {}, "deep_work"),
        ("Code review meeting (Gerrit)", 4, {}, "communication"),
        ("Vendor call: Datadog renewal", 2, {}, "communication"),
        ("Appel Desjardins – hypothèque", 0, {}, UNTAGGED),
    ],
)  # fmt: skip
def test_built_ins_read_what_a_person_would(
    title: str, others: int, fields: dict[str, Any], category: str
) -> None:
    tag = Classifier(me=[ME], tz=TZ).classify(make_occ(title, others=others, **fields))
    assert tag.category == category, tag


def test_other_attendees_counts_people_not_me() -> None:
    me = frozenset({ME})
    invited = make_occ(others=2, organizer_is_me=False)
    assert other_attendees(invited, me) == 2
    outlook = replace(
        invited, attendees=invited.attendees[:2], organizer="MAILTO:Boss@corp.example"
    )
    assert other_attendees(outlook, me) == 2  # p0 and the organizer, who is not listed
    room = Attendee("c_123@resource.calendar.google.com")
    assert other_attendees(replace(invited, attendees=(*invited.attendees, room)), me) == 2
    assert other_attendees(make_occ(), me) == 0
    assert other_attendees(replace(make_occ(), organizer="x@corp.example"), me) == 1
    # Without `me`, I am assumed to be one of the people on the event.
    assert other_attendees(invited, frozenset()) == 2
    assert other_attendees(outlook, frozenset()) == 2
    assert other_attendees(replace(make_occ(), organizer="x@corp.example"), frozenset()) == 0


def test_my_partstat() -> None:
    me = frozenset({ME})
    assert my_partstat(make_occ(others=1, my_status="tentative"), me) == "TENTATIVE"
    assert my_partstat(make_occ(), me) == "ACCEPTED"
    assert my_partstat(replace(make_occ(others=1), attendees=people(1)), me) == "ACCEPTED"
    stranger = replace(make_occ(others=1, organizer_is_me=False), attendees=people(1))
    assert my_partstat(stranger, me) == ""


BAD_RULES: list[tuple[dict[str, Any], str]] = [
    ({"name": "Interviews", "category": "communication", "titel": "x"},
     'unknown condition "titel" (did you mean "title"?)'),
    ({"name": "Interviews", "category": "deepwork", "title": "x"},
     'category is "deepwork": use one of deep_work, relationships, communication, learning, '
     'untagged; did you mean "deep_work"?'),
    ({"name": "Interviews", "title": "x"}, "category is missing"),
    ({"name": "Interviews", "category": "learning", "title": "(oops"},
     '"title" is not a valid regex'),
    ({"name": "Interviews", "category": "learning", "organizer": "[a-"},
     '"organizer" is not a valid regex'),
    ({"name": "Interviews", "category": "learning", "min_attendees": "2"},
     '"min_attendees" must be a whole number'),
    ({"name": "Interviews", "category": "learning", "max_minutes": True},
     '"max_minutes" must be a whole number'),
    ({"name": "Interviews", "category": "learning", "title": 3}, '"title" must be a string'),
    ({"name": "Interviews", "category": "learning", "categories": []}, '"categories" must be'),
    ({"name": "Interviews", "category": "learning", "recurring": "yes"},
     '"recurring" must be true or false'),
    ({"name": "Interviews", "category": "learning", "my_status": ["maybe"]}, '"my_status" has'),
    ({"name": "Interviews", "category": "learning", "weekdays": ["mo"]}, '"weekdays" has'),
    ({"name": "Interviews", "category": "learning", "after": "9am"}, '"after" must be a time'),
    ({"name": "Interviews", "category": "learning", "before": "24:00"}, '"before" must be a time'),
    ({"name": "Interviews", "category": "learning", "min_attendees": 3, "max_attendees": 1},
     '"min_attendees" (3) is more than "max_attendees" (1)'),
    ({"name": "Interviews", "category": "learning"}, "has no condition"),
    ({"name": "default:mine", "category": "learning", "title": "x"}, "built-in rules"),
    ({"name": "First", "category": "learning", "title": "x"}, "an earlier rule already has"),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "problem"), BAD_RULES, ids=[p for _, p in BAD_RULES])
def test_bad_rules_name_the_rule(rule: dict[str, Any], problem: str) -> None:
    good = {"name": "First", "category": "learning", "title": "ok"}
    with pytest.raises(RuleError) as raised:
        compile_rules([good, rule], origin="config.toml")
    assert str(raised.value).startswith(f'config.toml: [[rules]] #2 "{rule["name"]}": ')
    assert problem in str(raised.value)


def test_a_rule_without_a_name_is_named_by_position() -> None:
    with pytest.raises(RuleError, match=r'^config: \[\[rules\]\] #1: needs a "name"'):
        compile_rules([{"category": "learning", "title": "x"}])
    with pytest.raises(RuleError, match=r"#1: expected a table"):
        compile_rules(["title = x"])  # type: ignore[list-item]


def test_fingerprint_is_stable_and_follows_the_rules() -> None:
    def fingerprint(title: str | None = None, **options: Any) -> str:
        rules = [{"name": "R", "category": "learning", "title": title}] if title else []
        settings = {"me": [], "tz": TZ, "work": None, **options}
        return rules_fingerprint(rules, settings["me"], settings["tz"], settings["work"])

    assert fingerprint() == fingerprint()
    assert fingerprint("x") == fingerprint("x")
    others = {
        fingerprint("x"),
        fingerprint("y"),
        fingerprint(me=[ME]),
        fingerprint(tz=ZoneInfo("UTC")),
        fingerprint(work=WorkHours(days=(6, 0, 1, 2, 3))),
    }
    assert len({fingerprint(), *others}) == 6


@settings(max_examples=200, deadline=None)
@given(
    start=st.datetimes(datetime(2025, 1, 1), datetime(2027, 12, 31)),
    minutes=st.integers(1, 36 * 60),
    zone=st.sampled_from(
        ["Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata", "Australia/Lord_Howe"]
    ),
    days=st.frozensets(st.integers(0, 6)),
    hours=st.tuples(st.integers(0, 24 * 60), st.integers(0, 24 * 60)).map(sorted),
)
@example(datetime(2026, 3, 29, 0, 30), 120, "Europe/Berlin", frozenset({6}), [120, 240])
@example(datetime(2026, 10, 24, 23, 30), 60, "Europe/Berlin", frozenset({5}), [0, 160])
@example(datetime(2025, 1, 1, 0, 0), 1500, "Europe/Berlin", frozenset({2}), [1440, 1440])
def test_working_hours_are_read_in_local_time(
    start: datetime, minutes: int, zone: str, days: frozenset[int], hours: list[int]
) -> None:
    """A block stored in UTC is read from its start in the configured zone, DST included.

    Only the block's own local day counts: one that runs past midnight does not reach a
    window that starts at 24:00 (an empty one).
    """
    tz = ZoneInfo(zone)
    utc = start.replace(tzinfo=ZoneInfo("UTC"))
    work = WorkWindow(days, *hours)
    rule = {"name": "W", "category": "learning", "working_hours": True}
    classifier = Classifier(compile_rules([rule]), tz=tz, work=work)
    local = utc.astimezone(tz)
    begin = local.hour * 60 + local.minute
    reach = min(begin + minutes, 24 * 60)
    expected = local.weekday() in days and begin < work.end and reach > work.start
    occ = replace(make_occ("x", start=utc), end=utc + timedelta(minutes=minutes))
    assert (classifier.classify(occ).rule == "W") == expected


@pytest.mark.parametrize(
    ("start", "work", "category"),
    [
        (TUESDAY_0930, OFFICE_HOURS, "deep_work"),
        (TUESDAY_0930.replace(hour=8), OFFICE_HOURS, "deep_work"),  # runs into the day
        (TUESDAY_0930.replace(hour=18), OFFICE_HOURS, UNTAGGED),  # an evening
        (TUESDAY_0930 + timedelta(days=4), OFFICE_HOURS, UNTAGGED),  # a Saturday
        (TUESDAY_0930 - timedelta(days=2), OFFICE_HOURS, UNTAGGED),  # a Sunday
        (TUESDAY_0930 - timedelta(days=2), WorkWindow(frozenset({6, 0, 1, 2, 3})), "deep_work"),
    ],
)
def test_a_long_block_alone_is_guessed_deep_work_only_in_working_hours(
    start: datetime, work: WorkWindow, category: str
) -> None:
    occ = make_occ("Project Phoenix", minutes=120, start=start)
    tag = Classifier(me=[ME], tz=TZ, work=work).classify(occ)
    assert (tag.category, tag.rule, tag.confident) == (
        category,
        "default:long-solo" if category != UNTAGGED else None,
        category == UNTAGGED,
    )


def test_cached_tags_respect_every_field_a_rule_reads() -> None:
    rules = compile_rules(
        [{"name": "Early long", "category": "learning", "before": "08:00", "min_minutes": 90}]
    )
    classifier = Classifier(rules, me=[ME], tz=TZ)
    early = TUESDAY_0930.replace(hour=7, minute=59)
    assert classifier.classify(make_occ("Atlas", start=early, minutes=90)).rule == "Early long"
    assert classifier.classify(make_occ("Atlas", start=early, minutes=89)).rule != "Early long"
    late = early.replace(hour=8, minute=0)
    assert classifier.classify(make_occ("Atlas", start=late, minutes=90)).rule != "Early long"
    assert classifier.classify(make_occ("Atlas", start=early, minutes=600)).rule == "Early long"


def test_built_ins_decide_the_same_on_the_fast_and_the_general_path() -> None:
    never = compile_rules([{"name": "Never", "category": "learning", "location": "^$x"}])
    fast, general = Classifier(me=[ME], tz=TZ), Classifier(never, me=[ME], tz=TZ)
    assert fast._fast and not general._fast
    for row in _labelled_rows():
        occ = _labelled_occ(row)
        assert fast.classify(occ) == general.classify(occ)
        talk = replace(occ, description="I'm presenting")
        assert fast.classify(talk) == general.classify(talk)


@settings(max_examples=200, deadline=None)
@given(title=st.text(), others=st.integers(0, 5))
def test_any_title_gets_a_tag(title: str, others: int) -> None:
    tag = Classifier(me=[ME], tz=TZ).classify(make_occ(title, others=others))
    assert tag.category in (*CATEGORIES, UNTAGGED)


def _labelled_rows() -> list[dict[str, str]]:
    with LABELLED.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _labelled_occ(row: dict[str, str]) -> Occurrence:
    return make_occ(
        row["title"],
        others=int(row["other_attendees"]),
        organizer_is_me=row["organizer_is_me"] == "yes",
    )


def test_built_ins_tag_a_labelled_calendar_as_a_person_would() -> None:
    rows = _labelled_rows()
    assert len(rows) >= 120
    assert {row["expected"] for row in rows} <= {*CATEGORIES, UNTAGGED}
    classifier = Classifier(me=[ME], tz=TZ)
    misses = []
    for row in rows:
        tag = classifier.classify(_labelled_occ(row))
        if tag.category != row["expected"]:
            seen = f"{row['title']!r} ({row['other_attendees']} others)"
            misses.append(f"  {seen}: expected {row['expected']}, got {tag.category} by {tag.rule}")
    accuracy = 1 - len(misses) / len(rows)
    print(f"\nlabelled calendar: {accuracy:.1%} of {len(rows)} as labelled; misses:")
    print("\n".join(misses))
    assert accuracy >= 0.95


def test_docs_list_every_built_in_rule_in_order_with_its_category() -> None:
    """docs/config.md's table of built-in rules names each rule, in order, as a guess or not."""
    docs = (Path(__file__).parent.parent / "docs" / "config.md").read_text(encoding="utf-8")
    rows = [line for line in docs.splitlines() if line.startswith("| `default:")]
    documented = [row.split("`")[1] for row in rows]
    assert documented == [spec["name"] for spec in DEFAULT_RULE_SPECS]
    for row, spec in zip(rows, DEFAULT_RULE_SPECS, strict=True):
        kind = row.split("|")[2]
        assert spec["category"] in kind, row[:60]
        assert ("*guess*" in kind) == (spec.get("confident", True) is False), row[:60]
