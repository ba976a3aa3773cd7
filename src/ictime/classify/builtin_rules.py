"""The built-in tagging rules, written in the same `[[rules]]` language as the person's own."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def _words(*fragments: str) -> str:
    """One regex matching any fragment as a whole word (fragments may start or end in symbols)."""
    return r"(?<!\w)(?:" + "|".join(fragments) + r")(?!\w)"


def _whole(*fragments: str) -> str:
    """One regex matching a title that is nothing but one of the fragments (and punctuation)."""
    return r"^\W*(?:" + "|".join(fragments) + r")\W*$"


# Blocks that are not work in any of the four categories: left untagged rather than guessed.
PERSONAL = _words(
    r"dentist|doctor|dr\.? appointment|physio(?:therapy)?|therap(?:y|ist)|gym|workout|yoga",
    r"pilates|haircut|barber",
    r"(?:pick[- ]?up|drop[- ]?off) (?:the )?(?:kids?|children|son|daughter)",
    r"(?:school|kids?|daycare) (?:pick[- ]?up|drop[- ]?off|run)|expenses?(?: reports?)?",
    r"timesheets?|school run|daycare|kita|errands?|personal|private|commute|flights?|travel",
    r"train to|drive to|ooo|out of (?:the )?office|pto|vacation|holidays?|sick|day off",
    r"(?:zahn)?arzt|urlaub|privat|m[ée]decin|dentiste|vacances|m[ée]dico|dentista|vacaciones",
    r"f[ée]rias",
)
MEAL_ALONE = _whole(
    r"lunch(?: break)?|mittag(?:spause|essen)?|d[ée]jeuner|almuerzo|comida|almo[çc]o|break",
    r"pause",
)
PLACEHOLDER = _whole(
    r"hold|busy|blocked?|placeholder|tbd|tentative|reserved|n/?a|besetzt|occup[ée]|ocupad[oa]",
)

CODE_REVIEW = _words(
    r"code[- ]?reviews?|prs? reviews?",
    r"review(?:ing)? (?:prs?|pull requests?|code|diffs?|cls?|mrs?)|pull requests?",
    r"revue de code|revisi[oó]n de c[oó]digo|revis[ãa]o de c[oó]digo",
)

LEARNING_EVENTS = _words(
    r"tech(?:nical)? talks?|lightning talks?|talks?:|brown[- ]?bags?",
    r"lunch (?:and|&|n|'n') learns?|lunch ?& ?learns?",
    r"(?:paper|book|journal|reading) (?:club|group)s?|study (?:group|session)s?|webinars?",
    r"conferences?(?! (?:call|room|bridge))|courses?",
    r"(?<!model )trainings?(?! (?:run|job|pipeline|data))|certifications?|meetups?|lectures?",
    r"seminars?|keynotes?|coursera|udemy|pluralsight|o'?reilly|egghead|edx",
    r"fosdem|re:invent|strange ?loop|devoxx|(?-i:[A-Z][a-z]*Conf?)|\w*schulung(?:en)?",
    r"weiterbildung|fortbildung|vortrag|konferenz|formation|conf[ée]rence|s[ée]minaire",
    r"veille(?: technologique)?|cursos?|capacitaci[oó]n|formaci[oó]n|charla t[ée]cnica",
    r"conferencia|treinamento|forma[çc][ãa]o|palestra|congress?o",
)

ONE_ON_ONE = _words(
    r"(?<![\d:])1\s*(?::|-|on|x|to|a)\s*1(?![\d:])s?|one[- ]?(?:on|to)[- ]?one",
    r"skip[- ]?levels?|mentor\w*|mentee|coaching|buddy|coffee|lunch(?:es)?|dinner|breakfast",
    r"drinks|happy hour|socials?|farewell|goodbye|networking",
    r"team[- ]?(?:building|bonding|events?|outings?|socials?)|birthday|celebrat\w*",
    r"(?:team|holiday|launch|birthday|farewell|pizza|office|summer|christmas|xmas) part(?:y|ies)",
    r"game night|donut|intros?(?! to\b)|introductions?(?! to\b)|meet (?:&|and|n) greet",
    r"get(?:ting)? to know|einzelgespr[äa]ch|mitarbeitergespr[äa]ch|\w*kaffee\w*",
    r"\w*(?:mittagessen|fr[üu]hst[üu]ck|abendessen)|t[êe]te[- ][àa][- ]t[êe]te|caf[ée]",
    r"d[ée]jeuner|d[îi]ner|uno a uno|cafecito|almuerzo|comida con|cena|almo[çc]o|jantar",
)
PAIR_ARROWS = r"\S\s*(?:<>|<->|<=>|↔|⟷)\s*\S"
_NAME = r"[^\W\d_][\w'’.-]+"
PAIR_NAMES = (
    rf"^\W*{_NAME}(?:\s+{_NAME})?"
    r"(?:\s*(?:/|\||&|\+)\s*|\s+(?:x|and|und|et|y|e)\s+)"
    rf"{_NAME}(?:\s+{_NAME})?\W*$"
)

COMMUNICATION = _words(
    r"(?:e-?mails?|inbox|slack|messages|mails?) (?:catch[- ]?up|triage|zero|time)",
    r"catch[- ]?up on (?:e-?mails?|inbox|slack|messages)|stand[- ]?ups?|scrum",
    r"daily (?:scrum|sync|huddle|meeting)|^daily$|huddle|planning|plan review|retros?",
    r"retrospectives?|grooming|refinement|reviews?|all[- ]?hands|town ?halls?|status",
    r"briefings?|qbrs?|mbrs?|okrs?|post[- ]?mortems?|interviews?|phone screens?|screening",
    r"(?:onsite|interview) loops?|(?:coding|design|system design|behaviou?ral) rounds?",
    r"(?<!release )candidates?|bar raiser|hand-?offs?|hand-?overs?|working groups?|wg",
    r"debriefs?|hiring|committee|steering|kick[- ]?offs?|demos?|showcase|presentations?",
    r"roadmap|(?:weekly|status|team|project|exec|stakeholder|monthly|quarterly) updates?",
    r"(?:customer|client|vendor|partner|sales) (?:calls?|meetings?|visits?|syncs?|reviews?)",
    r"office hours|ama|q ?& ?a|\w*besprechung|\w*planung|retrospektive|vorstellungsgespr[äa]ch",
    r"betriebsversammlung|comit[ée]|revue|r[ée]tro(?:spective)?|planification|entretien",
    r"pr[ée]sentation|planificaci[oó]n|retrospectiva|revisi[oó]n|entrevistas?|presentaci[oó]n",
    r"planejamento|revis[ãa]o|apresenta[çc][ãa]o|comit[êe]",
)

DEEP_WORK_ACTIVITY = _words(
    r"focus(?:ed)?\s*(?:time|block|session|hours?|mode|work)|^focus$|deep work|heads[- ]?down",
    r"no[- ]meetings?|do not (?:book|schedule|disturb)|dnb|maker time|flow time",
    r"pair(?:ing)?(?: programming| session)?|mob(?:bing| programming| session)",
    r"ensemble programming|hack ?days?|hack ?weeks?|hackathons?|bug ?bash(?:es)?",
    r"working sessions?|build time|fokus\w*|konzentriert(?:es)? arbeiten|konzentrationszeit",
    r"temps de concentration|travail (?:profond|concentr[ée])",
    r"tiempo de (?:enfoque|concentraci[oó]n)|trabajo (?:profundo|enfocado)|tempo de foco",
    r"trabalho focado",
)

# Meeting words that say nothing about the topic: with one other person they are a 1:1.
MEETING_WORDS = _words(
    r"syncs?|sync[- ]?ups?|check[- ]?ins?|catch[- ]?ups?|chats?|\w*meetings?|meet|calls?",
    r"touch ?base|connect|conversations?|discuss(?:ion)?s?|talk|weekly|bi-?weekly|jour fixe",
    r"abstimmung|\w*gespr[äa]ch|r[ée]unions?|point|reuni[oó]n(?:es)?|junta|seguimiento|charla",
    r"reuni[ãa]o|alinhamento|bate[- ]?papo|conversa",
)

DEEP_WORK_TOPIC = _words(
    r"focus|build(?:ing)?|coding|code|programming|prototyp(?:e|es|ing)|design docs?|rfcs?",
    r"writ(?:e|ing)|draft(?:ing)?|debug(?:ging)?|fix(?:es|ing)?|implement(?:ation|ing)?",
    r"refactor(?:ing)?|spikes?|experiments?|experimentation|investigat(?:e|ion|ing)",
    r"benchmark(?:s|ing)?|migrat(?:e|ion|ing)|deploy(?:ment|ing)?|clean[- ]?up|on[- ]?call",
    r"hack(?:ing)?|dev|development|entwicklung|programmier(?:en|ung)|d[ée]veloppement|codage",
    r"desarrollo|programaci[oó]n|desenvolvimento|programa[çc][ãa]o",
)

LEARNING_TOPIC = _words(
    r"read(?:ing)?|stud(?:y|ying)|learn(?:ing)?|papers?|workshops?|tutorials?|onboarding",
    r"walk-?throughs?|deep[- ]dives?|knowledge[- ]shar\w*|lesen",
    r"lese(?:zeit|gruppe|kreis|stunde)|lekt[üu]re|lernen|atelier|lecture|taller|lectura",
    r"estudio|leitura|estudo",
)

# Order matters: the first rule that matches sets the tag.
DEFAULT_RULE_SPECS: tuple[Mapping[str, Any], ...] = (
    {"name": "default:personal", "category": "untagged", "note": "personal, travel or admin",
     "title": PERSONAL, "max_attendees": 0},
    {"name": "default:meal-alone", "category": "untagged", "note": "a meal alone",
     "title": MEAL_ALONE, "max_attendees": 0},
    {"name": "default:placeholder", "category": "untagged", "note": "a bare placeholder",
     "title": PLACEHOLDER, "max_attendees": 0},
    {"name": "default:code-review", "category": "deep_work", "note": "code review",
     "title": CODE_REVIEW},
    {"name": "default:learning-event", "category": "learning", "note": "talks, courses, clubs",
     "title": LEARNING_EVENTS},
    {"name": "default:one-on-one", "category": "relationships", "note": "1:1s, coffee, meals",
     "title": ONE_ON_ONE},
    {"name": "default:pair-title", "category": "relationships", "note": '"A <> B"',
     "title": PAIR_ARROWS, "max_attendees": 1},
    {"name": "default:pair-names", "category": "relationships", "note": '"A / B"',
     "title": PAIR_NAMES, "min_attendees": 1, "max_attendees": 1},
    {"name": "default:communication", "category": "communication",
     "note": "standups, planning, reviews, interviews, updates", "title": COMMUNICATION},
    {"name": "default:deep-work", "category": "deep_work",
     "note": "focus blocks, pairing, hack days", "title": DEEP_WORK_ACTIVITY},
    {"name": "default:meeting-one-other", "category": "relationships",
     "note": "a meeting word", "title": MEETING_WORDS, "min_attendees": 1, "max_attendees": 1},
    {"name": "default:meeting-group", "category": "communication", "note": "a meeting word",
     "title": MEETING_WORDS, "min_attendees": 2},
    {"name": "default:building", "category": "deep_work", "note": "hands-on building",
     "title": DEEP_WORK_TOPIC, "max_attendees": 2},
    {"name": "default:studying", "category": "learning", "note": "reading and study",
     "title": LEARNING_TOPIC},
    {"name": "default:meeting-alone", "category": "communication", "note": "a meeting word",
     "title": MEETING_WORDS, "max_attendees": 0},
    {"name": "default:solo-block", "category": "deep_work", "all_day": False,
     "max_attendees": 0},
    {"name": "default:one-other", "category": "relationships", "all_day": False,
     "min_attendees": 1, "max_attendees": 1},
    {"name": "default:large-group", "category": "communication", "all_day": False,
     "min_attendees": 3},
)  # fmt: skip
