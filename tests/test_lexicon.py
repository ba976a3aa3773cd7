"""The built-in rules' words in fifteen more languages and Chinese (classify/lexicon.py)."""

from __future__ import annotations

import ast
import inspect
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
    assert len(lexicon.LANGUAGES) == len(set(lexicon.LANGUAGES)) == 15
    for concept, table in lexicon.CONCEPTS.items():
        assert hasattr(builtin_rules, concept), concept
        assert set(table) <= set(lexicon.LANGUAGES), concept
        for fragment in (*lexicon.words(concept), *lexicon.unspaced(concept)):
            re.compile(fragment)
    assert set(lexicon.UNSPACED) <= set(lexicon.CONCEPTS)
    counts = lexicon.fragment_counts()
    assert set(counts) == {*lexicon.LANGUAGES, "chinese"}
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
        # Hebrew
        ("פגישת צוות שבועית", 6, "communication", "default:meeting-group"),
        ("בפגישה עם הלקוח", 4, "communication", "default:meeting-group"),
        ("שיחה עם יוסי", 1, "relationships", "default:meeting-one-other"),
        ("תכנון ספרינט", 5, "communication", "default:communication"),
        ("סטנדאפ", 6, "communication", "default:communication"),
        ("תחקיר אירוע", 6, "communication", "default:communication"),
        ("ראיון עבודה – מפתח Backend", 2, "communication", "default:communication"),
        ("קפה עם דנה", 1, "relationships", "default:one-on-one"),
        ("אחד על אחד – מיכל", 1, "relationships", "default:one-on-one"),
        ("יום גיבוש", 25, "relationships", "default:social"),
        ("הרמת כוסית לראש השנה", 40, "relationships", "default:social"),
        ("רופא שיניים", 0, UNTAGGED, "default:personal"),
        ("איסוף מהגן", 0, UNTAGGED, "default:personal"),
        ("מילואים", 0, UNTAGGED, "default:personal"),
        ("Miluim", 0, UNTAGGED, "default:personal"),
        ("לומדת אבטחת מידע", 0, UNTAGGED, "default:admin"),
        ("ארוחת צהריים", 0, UNTAGGED, "default:meal-alone"),
        ("סקירת קוד", 1, "deep_work", "default:code-review"),
        ("זמן פוקוס", 0, "deep_work", "default:deep-work"),
        ("דיבאג לזליגת זיכרון", 0, "deep_work", "default:building"),
        ("הרצאה: Kubernetes בפרודקשן", 30, "learning", "default:learning-event"),
        ("קריאה – DDIA פרק 5", 0, "learning", "default:reading"),
        ("ההרצאה שלי בכנס", 0, "communication", "default:talk-given"),
        ("הכנת מצגת לבורד", 0, "communication", "default:preparation"),
        ("ספק ענן – חידוש חוזה", 3, "communication", "default:vendor"),
        ("תפוס", 0, UNTAGGED, "default:placeholder"),
    ],
)  # fmt: skip
def test_words_of_the_fifteen_languages(title: str, others: int, category: str, rule: str) -> None:
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
def test_words_of_the_fifteen_languages_leave_other_titles_alone(title: str, others: int) -> None:
    category, rule = tag_of(title, others)
    assert rule not in {"default:one-on-one", "default:social", "default:event-social"}
    assert rule not in {"default:personal", "default:reading", "default:learning-event"}
    assert category != "relationships" or others == 1


@pytest.mark.parametrize(
    ("title", "others", "rule"),
    [
        ("איסוף דרישות", 0, "default:personal"),  # gathering requirements, not a pick-up
        ("ריצה יבשה למיגרציה", 0, "default:personal"),  # a dry run, not a run
        ("למידת מכונה – ניסויים", 0, "default:studying"),  # machine learning
        ("קרן השתלמות", 0, "default:learning-event-alone"),  # a savings fund, not a course
        ("גיבוש אסטרטגיה", 5, "default:social"),  # forming a strategy, not a team day
        ("פוקוס גרופ משתמשים", 6, "default:deep-work"),  # a focus group
        ("מבחן בית – מועמד", 2, "default:exam"),  # a candidate's take-home test
        ("קריאה לפעולה – קמפיין", 3, "default:reading"),  # a call to action
        ("קריאת מיילים", 0, "default:reading"),  # mail, not reading
        ("פיתוח עסקי", 1, "default:building"),  # business development
    ],
)  # fmt: skip
def test_hebrew_words_with_a_second_meaning_are_left_alone(
    title: str, others: int, rule: str
) -> None:
    assert tag_of(title, others)[1] != rule


# The constants that read the whole title (the Chinese words of the others are matched anywhere).
WHOLE_TITLE = {"MEAL_ALONE", "PLACEHOLDER", "VAGUE_TITLE"}


def chinese(concept: str, title: str) -> bool:
    """Whether a Chinese word of the concept is in the title, as the built-in rules will read it."""
    pattern = "|".join(lexicon.unspaced(concept))
    if concept in WHOLE_TITLE:
        pattern = rf"^\W*(?:{pattern})\W*$"
    return re.search(pattern, title, re.IGNORECASE) is not None


@pytest.mark.parametrize(
    ("title", "concept"),
    [
        ("产品周会", "COMMUNICATION"),
        ("專案週會", "COMMUNICATION"),
        ("每日站会", "COMMUNICATION"),
        ("项目复盘", "COMMUNICATION"),
        ("需求评审", "COMMUNICATION"),
        ("技術面試：後端", "COMMUNICATION"),
        ("季度汇报", "COMMUNICATION"),
        ("部门会议", "MEETING_WORDS"),
        ("開會", "MEETING_WORDS"),
        ("同步一下进度", "MEETING_WORDS"),
        ("会议", "VAGUE_TITLE"),
        ("和小王一对一", "ONE_ON_ONE"),
        ("和导师吃饭", "ONE_ON_ONE"),
        ("午饭", "MEAL_ALONE"),
        ("午飯", "MEAL_ALONE"),
        ("部门团建", "SOCIAL"),
        ("團建", "SOCIAL"),
        ("2025 公司年会", "SOCIAL"),
        ("欢迎晚宴", "EVENT_SOCIAL"),
        ("技术分享：Rust 入门", "LEARNING_EVENTS"),
        ("新員工培訓", "LEARNING_EVENTS"),
        ("读书会", "LEARNING_EVENTS"),
        ("阅读论文", "LEARNING_TOPIC"),
        ("支付模块开发", "DEEP_WORK_TOPIC"),
        ("接口聯調", "DEEP_WORK_TOPIC"),
        ("线上问题排查", "DEEP_WORK_TOPIC"),
        ("修bug", "DEEP_WORK_TOPIC"),
        ("专注时间", "DEEP_WORK_ACTIVITY"),
        ("写文档", "WRITING"),
        ("代码评审", "CODE_REVIEW"),
        ("准备季度汇报PPT", "PREPARATION"),
        ("试讲", "TALK_GIVEN_TITLE"),
        ("AWS 认证考试", "EXAMS"),
        ("忙碌", "PLACEHOLDER"),
        ("请假", "PERSONAL"),
        ("請假 - 看醫生", "PERSONAL"),
        ("接孩子", "PERSONAL"),
        ("出差上海", "PERSONAL"),
        ("体检", "ADMIN"),
        ("供应商对接", "VENDOR"),
    ],
)  # fmt: skip
def test_chinese_words(title: str, concept: str) -> None:
    assert chinese(concept, title)


@pytest.mark.parametrize(
    ("title", "concept"),
    [
        ("机器学习模型训练", "LEARNING_TOPIC"),  # machine learning
        ("深度學習推理優化", "LEARNING_TOPIC"),
        ("身份认证服务开发", "EXAMS"),  # authentication, not a certification
        ("数据同步脚本", "MEETING_WORDS"),  # data synchronisation
        ("年会费报销", "SOCIAL"),  # an annual fee
        ("人工知能学会 年会", "SOCIAL"),  # Japanese: a learned society's annual meeting
        ("合同勉強会", "VENDOR"),  # Japanese: a joint study group
        ("部署会議", "DEEP_WORK_TOPIC"),  # Japanese: a department meeting
        ("自動車部品の商談", "PERSONAL"),  # Japanese: a car, not a high-speed train
        ("Dentist appt", "PREPARATION"),  # not PPT
        ("会议纪要", "VAGUE_TITLE"),  # minutes: more than a bare meeting
    ],
)  # fmt: skip
def test_chinese_words_leave_other_titles_alone(title: str, concept: str) -> None:
    assert not chinese(concept, title)


def test_a_fragment_splits_into_its_top_level_alternatives() -> None:
    assert lexicon.alternatives(r"a|b(c|d)|[e|f]g|h\|i") == ["a", "b(c|d)", "[e|f]g", r"h\|i"]


def test_chinese_words_are_two_characters_or_more_and_not_already_built_in() -> None:
    built_in: dict[str, set[str]] = {}
    for node in ast.parse(inspect.getsource(builtin_rules)).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            built_in[node.targets[0].id] = {
                word
                for sub in ast.walk(node.value)
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str)
                for word in sub.value.split("|")
            }
    for concept, fragments in lexicon.UNSPACED.items():
        for fragment in fragments:
            for word in lexicon.alternatives(fragment):
                assert not any(re.fullmatch(word, char, re.IGNORECASE) for char in word), word
                assert word not in built_in[concept], (concept, word)
    with pytest.raises(KeyError):
        lexicon.unspaced("NO_SUCH_CONCEPT")
    assert lexicon.unspaced("READING") == ()
