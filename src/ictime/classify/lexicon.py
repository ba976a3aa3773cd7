"""The built-in rules' words in twenty-nine more languages, and Chinese words matched anywhere.

`builtin_rules.py` holds the words of English, German, French, Spanish, Portuguese, Italian,
Dutch, Polish, Swahili, Japanese, Korean and some of Chinese; this module the words of
`LANGUAGES`, one mapping per concept, and more Chinese words in `UNSPACED`. Each concept is
named after the constant of `builtin_rules.py` that reads it, and maps a language to regex
fragments in the style of `_words` there: alternatives matched as whole words,
case-insensitively, so a stem ends in `\\w*` where the language inflects or glues words
together ("toplant[ıi]\\w*" for toplantı, toplantısı). Stems are four letters or more
and were checked not to swallow English, German or other common words of work titles; the
common spellings without diacritics ("schuzka", "toplanti") are matched too. Vietnamese
words are phrases of syllables, never a lone syllable with another meaning. Hebrew glues
one-letter prefixes (ו ה ב ל מ ש כ: and, the, in, to, from, that, as) to the word, so a
Hebrew fragment allows them where they are common ("[ובלהמשכ]?פגיש\\w*"); a short word
with a second meaning is matched only in phrases ("איסוף מהגן", not "איסוף", which is also
gathering requirements); common transliterations are matched ("miluim"); `_Q` stands for
the gershayim of abbreviations (ביה"ס, דו״ח). Bulgarian is matched in Cyrillic and in the
common Latin transliteration ("sreshta", "otpuska"). Serbo-Croatian is one table: Serbian in
Latin and Cyrillic, Croatian, Bosnian and Montenegrin, ekavian and ijekavian ("lekar",
"ljekar", "liječnik"), Latin with and without diacritics ("ručak", "rucak"; đ as "dj" or
"d"). Cyrillic words that a Russian or Ukrainian fragment already matches with the same
meaning are not repeated (Bulgarian "отпуска" is the Russian "отпуск\\w*"); Bulgarian and
Serbian words that look like Russian ones with another meaning are matched only in their
own forms (a Serbian "забава", a party, but not a Bulgarian "забавяне", a delay).

Arabic (Modern Standard and the work words of the Gulf, the Levant, Egypt and the Maghreb)
and Persian share a script, and both languages' fragments are read in every title, so each
was checked against the other: Arabic تصميم is design, Persian تصمیم a decision; Persian
اجازه is a permission, not a leave (إجازة); Persian "در مورد" is "about", so an Arabic
supplier is "موردين", never a bare "مورد" (also a resource). Their fragments go through
`_arabic_script`: the letters written more than one way (Arabic and Persian yeh and kaf,
alef maksura, teh marbuta written as heh, alef with or without hamza) match every way, and
`_` stands for the zero-width non-joiner, a space or nothing ("برنامه_ریزی"). The
non-joiner is no word character, so a Persian fragment can match the first half of a
compound: "کیک" (cake) is not "کیک‌آف" (a kick-off), "شخصی" (personal) not "شخصی‌سازی"
(personalisation), "قهوه" (coffee) not "قهوه‌ای" (brown). Arabic glues و ف ب ل and the
article ال to the word, so an Arabic fragment allows them with `_AL`, written once before
a group of words for speed (`{_AL}(?:اجتماع|لقاء)` matches "بالاجتماع" and "للقاء"). Words
with a second meaning are matched only in phrases or with their other sense left out
("رحلة" a trip, not "رحلة المستخدم", a user journey; "تدريب" a training, not "تدريب
النموذج"; "التعلم" learning, not "التعلم الآلي"). Common Latin spellings that are no English
word are matched too ("iftar", "agaza", "nowruz").

Hindi is in Devanagari only: romanised Hindi is spelled with the letters of English and
too often spells an English word or a name ("pooja"), so only "chutti" and "baithak" are
matched. Devanagari's vowel signs, virama and nukta are not `\\w` in Python's re, so a word
boundary passes inside a Hindi word: a Hindi fragment is built by `_hi`, which starts each
word where no Devanagari precedes it ("योजना", a plan, not in "परियोजना", a project) and
makes the nukta optional (a title is read in NFKC, which splits फ़ into फ and the nukta, and
many type फ alone); `_HE` ends a word where no Devanagari follows ("कॉल" not in "कॉलेज",
"जिम" not in "जिम्मेदारी"). A stem ending in a letter matches its inflections, which start
with a vowel sign ("बैठक", "बैठकें", "बैठकों"). Albanian words are matched with and without
ë and ç ("drekë", "dreke"), with the endings of the definite and plural forms ("takimi",
"takimet"), and were checked against Turkish, Polish, Portuguese and other words spelled
alike: "takım" (a team) and "Darka" (Darek, in Polish) are left alone, "patente" too.

Chinese puts no spaces between words, so its words cannot be matched as whole words: they
are `UNSPACED`, concept by concept, matched anywhere in the text like the `unspaced` words of
`builtin_rules._words` (read them with `unspaced`). They are in Simplified and Traditional
characters, two characters or more (a single character such as 会 is part of too many
words), none already among the `unspaced` words of `builtin_rules.py`, and checked against
Japanese, which writes many of the same characters (部署 is a department in Japanese, so
deployment is 上线 here). For MEAL_ALONE, PLACEHOLDER and VAGUE_TITLE, whose constants
read the whole title, a fragment is a whole title, as in every language. READING has no
Chinese words: its constant reads the start of the title and ends the word with `\\b`,
which no Chinese word followed by another passes; reading is in LEARNING_TOPIC. (Its Hindi
words end in a letter, not a vowel sign, for `\\b` to pass: "पढ़न" of पढ़ना.)

Lithuanian words are matched with and without ą č ę ė į š ų ū ž ("peržiūra",
"perziura"; "užimta", "uzimta"), a stem ending in `\\w*` for the cases ("susitikimo",
"susitikime"), or with the endings spelled out where a shorter stem is another word:
"posėdis" (a session) but not the English "posed", "sutartis" (a contract) but not "sutarti"
(to agree), "skaidrės" (slides) but not "skaidrus" (transparent). Words with a second meaning
are matched only in phrases or with their other sense left out: "draudimas" is insurance and
a ban (only "sveikatos draudimas", "draudimo polisas"), "perdavimas" a hand-over and a data
transmission (only "darbų perdavimas"), "kelionė" a trip, not "vartotojo kelionė" (a user
journey), "mokymai" a training, not "modelio mokymas" nor "mašininis mokymasis", "derinimas"
debugging only as "kodo derinimas", "šventė" a celebration, not "per šventes" (over the
holidays), and "pietūs" (lunch, also south) never as "pietų" alone.
"Kava" (coffee, the Estonian "kava" a plan) and "alus" (beer, the Estonian "alus" a base) are
matched only inflected or in a phrase ("kavos", "alaus", "penktadienio alus").

Latvian words are matched with and without their diacritics (ā č ē ģ ī ķ ļ ņ š ū ž:
"tikšanās", "tiksanas"), a stem ending in `\\w*` for a noun's cases ("sapulc\\w*" for
sapulce, sapulcē, sapulces) or in the endings themselves where a bare stem is another word
("skol(?:a|as|ā|u|ai)", not Czech "skoleni", a training, nor a Lithuanian "techninė skola", a
technical debt). Words with a second meaning are matched only in their sense: "apmācība" (a
training) not "modeļa apmācība" (training a model), "kandidāts" not "relīzes kandidāts" (a
release candidate), "ceļojums" (a trip) not
"lietotāja ceļojums" (a user journey), "sinhronizācija" not "datu sinhronizācija", "aptauja"
(an HR survey) not "cenu aptauja" (a request for quotes), "mācības" not "gūtās mācības"
(lessons learned). "Sertifikāts" (also a TLS certificate), "kūka" without its ū (Finnish
"kuka"), "sēde" without its ē (Spanish "sede") and "pase" (Spanish "pase a producción") are
left alone.

Estonian words are matched with and without õ, ä, ö and ü ("lõunasöök", "lounasook"); a
stem ends in `\\w*` for the fourteen cases, and starts with `\\w*` where compounds end in
it ("tiimikoosolekul"; "\\w*arst" is "hambaarst" and "perearstile"). Words with a
second meaning are matched only in phrases or forms: "lõuna" is lunch and the south, so
only a whole title or a lunch with someone ("lõuna Kadriga"); "kõne", a call, only with its
õ ("kone" is a machine in Finnish: "tietokone"); "kooli" (to school) never "koolitus" (a
training); "vastuvõtt" (a reception, but also a doctor's hours and acceptance testing) only
as a formal one; "valve" (on call) only in compounds, never the English valve; "arendus"
(development) not "arendusvestlus" (a 1:1), and "kindlustus" (insurance) not quality
assurance ("kvaliteedikindlustus").

Slovenian words are matched with and without č, š and ž ("bolniška", "bolniska") and with the
endings of their cases ("sestan\\w*": sestanek, sestanka, sestanki); a Serbo-Croatian fragment
that already matches a Slovenian word of the same meaning is not repeated ("kava",
"retrospektiva", "pregled sprinta"). Words with a second meaning are matched only in phrases:
"klic" (a call, but also a function call and an undiacritised Czech key) with whom or of what
kind, "načrtovanje" (planning, but also design) with what is planned or designed, "pregled" (a
review, but also a check-up) with what is reviewed, "selitev" (a move) of data, "osebne zadeve"
(personal matters) but not "osebno" (also in person), "zavarovanje" (insurance) but not of data
or claims; "let" (a flight, but also years) is left out.

Icelandic words are matched with and without þ, ð, æ, ö and the accented vowels, as they are
typed on keyboards without them ("hádegismatur", "hadegismatur"; þ as "th", æ as "ae", ð as
"d": "throun", "tannlaeknir", "fundargerd"), a stem with the endings of its cases
("fundur", "fundinum", "fundir") and, where compounds end in the word, with what goes before
it ("teymisfundur", "stöðufundur", "kóðarýni"). Each word was checked against Danish,
Norwegian and Swedish and word lists of the languages of `builtin_rules.py`: "frí" (off) only
with its í, the Scandinavian "fri" being free; "fundir" (meetings) only in compounds, not the
Spanish and Portuguese "fundir" (to merge), "confundir" or "difundir"; "greining" (an
analysis) only in compounds or with what is analysed, the Norwegian "greining" being a
branching; "trygging" (insurance) only in its compounds and own forms, the Norwegian a securing
("flytrygging"); "próf" (an exam) only with its ó and not "próf á …" (a test of something),
"prófun" (testing) not the English "profundity"; "partý" not the Spanish "partícula"; "bilun"
(a failure) not the Norwegian "bilunderstell". Words with a second meaning are matched only in
phrases or with their other sense left out: "ferðalag" (a trip) not "ferðalag notenda" (a user
journey), "þjálfun" (a training) not "þjálfun líkans" (training a model), "þróun"
(development) not "persónuleg þróun" nor "starfsþróun", "afhending" (a hand-over, also a
delivery) only of work or a shift, "leyfi" (a leave, also a licence) only as "í leyfi" or a
kind of leave, "hádegi" (noon) only as a meal with someone, "erindi" (a talk, also an errand)
only as "erindi:" or "mitt erindi", "birgir" (a supplier, also the name Birgir) only in the
plural ("birgjar"), "könnun" (a survey, also research) only as an employee survey,
"samstilling" (a sync) not of data ("samstilling gagna"), and "gæðatrygging" (quality
assurance) is no insurance. "Vottun" (a certification, also a company's audit:
"jafnlaunavottun"), "klipping" (a haircut, the Norwegian a cutting), "ferming" (a
confirmation, a Norwegian word too), "veik" (sick, the Nynorsk weak), a bare "sund" (swimming,
the Danish healthy) and "kaka" (a cake, the Swahili brother) are left out or matched only in
phrases ("í sund", "kökuboð"). A school without its ó ("skola") and a bare "samtal" (a
conversation) are left to the Latvian, Serbo-Croatian and Swedish words of the same meaning.

Macedonian is matched in Cyrillic and in the common Latin transliteration, with and without its
diacritics (ч ш ж ќ written "ch", "sh", "zh", "kj", or č š ž ḱ, or bare: "sostanok",
"boleduvanje", "zadolzhitelna"); a stem ends in `\\w*` for the plural and the article glued to
the noun, or the forms are spelled out where a bare stem is another word ("средба", "средбата",
"средби"; "sostanok", not the Italian "sostanza"). Words that a Serbo-Croatian, Bulgarian or
Russian fragment already matches with the same meaning are not repeated ("одмор", "обука",
"планирање", "подготовка", "конференција", "испит"). Words with another meaning in those
languages are matched only in their Macedonian forms or phrases: "ручек" (lunch, and the Russian
"of handles") as a whole title, "ручекот" or with whom ("ручек со"); "вечера" (dinner, and the
Russian "of the evening") as a whole title or with whom; "повик" (a call, and a shout in Serbian
and Croatian) as "повикот", "повик со" or a phone or video call; "градинка" (a kindergarten, and
a Bulgarian small garden) alone or "во", "од градинка". "Неделен" (weekly, and the Bulgarian "of
Sunday"), "забавата" (the party, and the Bulgarian "the delay"), "погреб" (a funeral, and a
Russian cellar) and "испраќање" (a farewell, but also sending an offer or an invoice) are left
out. "Осигурување" is insurance, not quality assurance ("осигурување на квалитетот"); "патување"
a trip, not a user journey ("корисничко патување"); "одржување" maintenance of a system or in a
window, not the holding of a meeting; "испитување" testing, not an exam; "курсот" a course, not
an exchange rate ("курсот на еврото"); a code review not of a code of conduct ("ревизија на
кодексот").

Mongolian is matched in Cyrillic, where many type о and у for ө and ү: its fragments go through
`_mongolian`, which makes each ө and ү match both ("хөгжүүлэлт", "хогжуулэлт"); a stem ends in
`\\w*` for the case endings ("уулзалт\\w*": уулзалтын, уулзалтад), and a few common Latin
spellings are matched ("uulzalt", "hural", "surgalt", "amralt"). The loanwords that a Russian
fragment already matches with the same meaning are not repeated (кофе, семинар, вебинар,
презентаци, слайд, ретро, демо, дизайн, тендер; лекци- and конференци- with the Russian и, so
only "лекц" and "конференц" without it are Mongolian fragments, and рефактор is Serbian). Words
with a second meaning are matched only in phrases or with their other sense left out: "аялал" (a
trip) not "хэрэглэгчийн аялал" (a user journey), "сургалт" (a training) not "машин сургалт"
(machine learning), "хөгжүүлэлт" (development) not "бизнес хөгжүүлэлт", "дуудлага" (a call) not
an API's, "туршилт" (an experiment) not "туршилтын хугацаа" (probation), "төлөвлөгөө" (a plan)
not "төлөвлөгөөт" (planned maintenance), "төвлөрөх" (to focus) not "төвлөрсөн систем"
(centralised), "шалгалт" (an exam, also an inspection) and "шинжилгээ" (a blood test, also an
analysis) only with what is examined, "гэрээ" (a contract) never "гэрээс" (from home), "тайлан"
(a report) never "Тайланд" (Thailand), and "баяр" (a holiday, also a common name: Баяр, Баярмаа)
only with the holiday named ("шинэ жилийн баяр"). The bare "эмч" (a doctor) is matched only as a
whole title, and "өвчин" (an illness; a Russian "овчин") is left out.

Azerbaijani words are matched with and without ə, ğ, ş, ç, ö and ü ("müzakirə", "muzakire";
the regex engine reads ı, i, I and İ as one letter), a stem ending in `\\w*` for the endings
glued to it ("iclası", "iclasda", "planlaşdırılması"). A word that a Turkish fragment already
matches with the same meaning is not repeated ("toplantı", "planlama", "çay", "piknik",
"sertifika"), only its Azerbaijani spelling is added ("yemək", "söhbət", "sığorta", "kəsinti"),
and no Azerbaijani stem is a Turkish word with another meaning: "məzuniyyət" (a leave) only
with its double y, not the Turkish "mezuniyet" (a graduation); "görüş" (a meeting, but a
Turkish opinion) only with an Azerbaijani ending or in a phrase ("görüşdə", "Anar ilə görüş",
"işgüzar görüş"); "sorğu" (a survey, but also a query, as the Turkish "sorgu") only of
employees and not its results; "səfər" (a trip, and a name) only as a business trip. Words
with a second meaning are matched only in their sense: "təlim" (a training) not "model
təlimi" nor "təlimat" (instructions), "öyrənmə" not "maşın öyrənməsi", "səyahət" (a trip) not
"istifadəçi səyahəti" (a user journey), "inkişaf" (development) not "biznesin inkişafı" nor
"inkişaf söhbəti" (a 1:1), "konfrans" not "konfrans zəngi" (a call), "hesabat" (a report) not
"xəta hesabatı" (a bug report), "sınaq" (a test) not "sınaq müddəti" (probation), "dərslər"
not "alınan dərslər" (lessons learned), "qəhvə" (coffee) not "qəhvəyi" (brown), "pasport" not
"texniki pasport" (a machine's data sheet), "zəng" (a call) only with its ə and its endings
(not the name Zeng, "zəngin", rich, nor Zəngilan), "nahar" (lunch, also a name) only alone,
inflected or with someone, "korporativ" (corporate) only as a party, "bayram" (also a name)
only inflected, and "Novruz" (also a name) only as the holiday. "Vida" (a farewell, the
Spanish "vida"), "tort" (a cake, the English tort), "qatar" (a train, Qatar), "toy" (a
wedding) and "məclis" (a party, but also a parliament) are left alone or only in phrases.

A leaf module: it imports nothing from ictime.
"""

from __future__ import annotations

import unicodedata

LANGUAGES: tuple[str, ...] = (
    "swedish",
    "danish",
    "norwegian",
    "finnish",
    "czech",
    "slovak",
    "hungarian",
    "romanian",
    "turkish",
    "russian",
    "ukrainian",
    "greek",
    "vietnamese",
    "indonesian",
    "hebrew",
    "bulgarian",
    "serbocroatian",
    "arabic",
    "persian",
    "hindi",
    "albanian",
    "lithuanian",
    "latvian",
    "estonian",
    "slovenian",
    "icelandic",
    "macedonian",
    "mongolian",
    "azerbaijani",
)
"""The languages whose words this module holds (Indonesian includes Malay; Serbo-Croatian is
Serbian, Croatian, Bosnian and Montenegrin)."""

Words = dict[str, tuple[str, ...]]

# Romanian is written with ș/ț (comma below) or ş/ţ (cedilla), and often without either.
_S = "[șşs]"
_T = "[țţt]"
# Hebrew abbreviations are written with gershayim, a double quote or two single quotes.
_Q = """(?:["״]|'')"""

# Arabic glues one-letter prefixes to the word: و ف (and, so), ب ل (with, for), and the
# article ال, alone or after them ("والاجتماع", "بالاجتماع", "للاجتماع").
_AL = "(?:[وف]?(?:ب?ال|لل|[بل])?)"
# The letters of Arabic and Persian with more than one common spelling, each matched by all
# of them: the Arabic and Persian yeh and kaf, alef maksura, teh marbuta written as heh, and
# alef with or without hamza or madda.
_VARIANTS = {
    "ي": "يیى",
    "ی": "يیى",
    "ى": "يیى",
    "ك": "كک",
    "ک": "كک",
    "ة": "ةه",
    "أ": "أإآا",
    "إ": "أإآا",
    "آ": "أإآا",
}


def _spellings(
    fragments: tuple[str, ...], variants: dict[str, str], *, joiner: bool = False
) -> tuple[str, ...]:
    """Fragments whose letters of `variants` match every spelling of them.

    Outside a class such a letter becomes the class of its variants; inside a class `[…]` its
    variants join the class. With `joiner`, `_` stands for a zero-width non-joiner, a space or
    nothing, and is never a literal underscore.
    """
    rewritten: list[str] = []
    for fragment in fragments:
        out: list[str] = []
        escaped = in_class = False
        for char in fragment:
            if escaped:
                escaped = False
                out.append(char)
            elif char == "\\":
                escaped = True
                out.append(char)
            elif in_class:
                in_class = char != "]"
                out.append(variants.get(char, char))
            elif char == "[":
                in_class = True
                out.append(char)
            elif char in variants:
                out.append(f"[{variants[char]}]")
            else:
                out.append("[\\u200c ]?" if joiner and char == "_" else char)
        rewritten.append("".join(out))
    return tuple(rewritten)


def _arabic_script(*fragments: str) -> tuple[str, ...]:
    """Arabic or Persian fragments with every spelling of their letters matched.

    Each letter of `_VARIANTS` matches its variants ("کیک" matches "كيك"), and `_` a
    zero-width non-joiner, a space or nothing ("برنامه_ریزی" matches "برنامه‌ریزی",
    "برنامه ریزی" and "برنامهریزی"). A `_` is never a literal underscore here.
    """
    return _spellings(fragments, _VARIANTS, joiner=True)


# Devanagari's vowel signs, virama and nukta are not \w in Python's re, so a word boundary
# passes inside a Hindi word ("योजना" in "परियोजना", "कॉल" in "कॉलेज"): each word of `_hi`
# starts where no Devanagari precedes it, and `_HE` ends a word where none follows.
_DEVANAGARI = r"[\u0900-\u097f]"
_HE = rf"(?!{_DEVANAGARI})"


def _hi(*words: str) -> str:
    """Hindi words, one line of alternatives: each starts a word, and its nukta is optional.

    A title is read in its compatibility form (NFKC), which splits क़ ख़ ग़ ज़ ड़ ढ़ फ़ into the
    letter and the nukta; many type the letter alone. The start of a word is checked after its
    first letter, so that the regex engine skips the word at once where that letter is not.
    """
    fragments = []
    for word in words:
        word = unicodedata.normalize("NFKC", word).replace("\u093c", "\u093c?")
        if word.startswith("^"):
            fragments.append(word)
        elif word.startswith(("(", "[")):
            fragments.append(rf"(?<!{_DEVANAGARI})" + word)
        else:
            fragments.append(word[0] + rf"(?<!{_DEVANAGARI}.)" + word[1:])
    return "|".join(fragments)


# Mongolian is often typed without ө and ү, as о and у: each ө and ү of a Mongolian fragment
# matches both.
_MONGOLIAN_VARIANTS = {"ө": "өо", "ү": "үу"}


def _mongolian(*fragments: str) -> tuple[str, ...]:
    """Mongolian fragments whose ө and ү also match о and у ("хөгжүүлэлт", "хогжуулэлт")."""
    return _spellings(fragments, _MONGOLIAN_VARIANTS)


# Personal, travel and errands: not work (with nobody else invited).
PERSONAL: Words = {
    "swedish": (
        r"tandläkare\w*|läkar\w*|vårdcentral\w*|sjukhus\w*|sjukgymnast\w*|barnmorska",
        r"träning|gympass|löpning|simning|frisör\w*|klippning|veterinär\w*",
        r"hämta (?:barn\w*|på (?:förskolan|skolan))|hämtning|lämning|förskola\w*|dagis",
        r"semester(?!\s*(?:planning|plan|review|kick))|ledig\w*|föräldraledig\w*|vab",
        r"sjuk|sjukskriven|tjänsteresa|resa till|flyg(?:et)?|tåg(?:et)? till|föräldramöte",
        r"däckbyte|bilservice|besiktning|tvättstuga|simhall\w*|badhus\w*",
        r"däckbyte|vinterdäck|sommardäck|byta däck",
        r"resebokning\w*|boka (?:resa|hotell|flyg)",
    ),
    "danish": (
        r"tandlæge\w*|læge(?:n|besøg|tid)?|egen læge|dyrlæge|fysioterapeut|træning|fitness",
        r"frisør|klipning|børnehave\w*|vuggestue\w*|dagpleje|hent(?:e|ning) (?:børn\w*|\w+ i)",
        r"afspadsering|fridag|barsel\w*|syg(?:dom|emeld\w*)?|rejse\w*|forældremøde",
        r"ærinder",
        r"dækskift\w*|vinterdæk|sommerdæk|skifte dæk",
    ),
    "norwegian": (
        r"tannlege\w*|lege(?:time|besøk|n)|fastlege\w*|trening|frisør|veterinær",
        r"barnehage\w*|henting|hent(?:e)? (?:i )?barnehagen|foreldremøte",
        r"avspasering|fridag|permisjon|syk(?:dom|emeld\w*)?|reise\w*|dekkskift",
        r"dekkskift\w*|vinterdekk|sommerdekk|bytte dekk",
    ),
    "finnish": (
        r"\w*lääkär\w*|hammashoi\w*|neuvola\w*|sairaala\w*|fysioterap\w*|kuntosali\w*",
        r"salibandy|treeni\w*|lenkki|kampaaja\w*|parturi\w*",
        r"päiväko(?:ti|di)\w*|lasten haku|lapsen haku|hae lap\w*|vanhempainilta",
        r"loma(?:lla|lle|a|ilu|päivä)?|kesäloma\w*|talviloma\w*|vuosiloma\w*|vapaa(?:päivä|lla)?",
        r"sairas(?:loma|taa|tunut)?|sairausloma\w*|matka (?:\w+)|lentokentä\w*|renkaanvaihto",
        r"renkaanvaihto|renkaiden vaihto|talvirenka\w*|kesärenka\w*",
        r"mökille|mökillä|mökki\w*",  # the summer cottage
        r"uimahalli\w*|lasten kanssa",  # a swimming hall, with the children
    ),
    "czech": (
        r"zub(?:ař|ar)\w*|lékař\w*|lekar\w*|doktor(?:a|ovi)?|nemocnic\w*|fyzioterap\w*",
        r"posilovn\w*|fitko|školk\w*|skolk\w*|vyzvednout \w+|vyzvedn(?:utí|uti)",
        r"dovolen[áa]|dovolen(?:ou|é|e)|volno|nemoc(?:enská|ensk[áa]|ný)?|kadeřn\w*|kadern\w*",
        r"holič\w*|cesta do|služební cesta|sluzebni cesta|vlak|přezutí|prezuti",
        r"třídní schůzk\w*|tridni schuzk\w*",
        r"přezutí|prezuti|výměna pneumatik|vymena pneumatik|zimní pneu\w*|zimni pneu\w*",
        r"^\W*cesta\b",  # a trip: "cesta zpět", "cesta Linz" (also Slovak)
        r"s dětmi|s detmi|vyúčtování\w*|vyuctovani\w*|jízdenk\w*|jizdenk\w*",
    ),
    "slovak": (
        r"zubár\w*|zubar\w*|lekár\w*|nemocnic\w*|posilňovň\w*|škôlk\w*|skolk\w*",
        r"vyzdvihn\w*|dovolenk\w*|pn-?k\w*|kaderníc\w*|kadernic\w*|služobná cesta",
        r"sluzobna cesta|rodičovské združenie",
    ),
    "hungarian": (
        r"\w*orvos\w*|kórház\w*|korhaz\w*|gyógytorn\w*|edzés\w*|edzes\w*|konditerem\w*",
        r"[óo]vod[áa]\w*|bölcsőd\w*|bolcsod\w*|iskol[áa]\w*|gyerek(?:ek)?(?:ért|ert)",
        r"szabadság\w*|szabadsag\w*|szabadnap|betegszabad\w*|beteg(?:ség)?",
        r"fodrász\w*|fodrasz\w*|utaz[áa]s\w*|repülő(?:tér|út)\w*|ügyintéz[ée]s\w*",
        r"ugyintezes|szülői értekezlet|szuloi ertekezlet",
        r"hazaút|hazaut|kiküldetés\w*|kikuldetes\w*",  # a business trip
        r"gumicsere|téligumi\w*|teligumi\w*",
    ),
    "romanian": (
        r"stomatolog\w*|medic(?:ul)?|la doctor|spital\w*|kinetoterap\w*",
        r"sal[ăa] de (?:sport|fitness)|gr[ăa]dini[țţt][ăa]|grădiniț\w*|[șşs]coal[ăa]",
        r"copiii|copilul|concediu\w*|vacan[țţt][ăa]|zi liber[ăa]|bolnav\w*",
        # (Not a Spanish rolling mill: "tren de bandas", "tren de laminación".)
        r"frizer\w*|coafor\w*|c[ăa]l[ăa]tori[ae]\w*|zbor(?:ul)?",
        r"tren(?:ul)?(?! de (?:bandas|lamin))",
        r"cump[ăa]r[ăa]turi|ședința cu părinții",
        r"analize medicale",
        r"schimb(?:at)? (?:de )?anvelope|anvelope de iarn[ăa]",
    ),
    "turkish": (
        r"di[şs][çc]i\w*|di[şs] hekim\w*|doktor(?:a git\w*| randevu\w*)?|hastane\w*",
        r"spor salonu|spor|fizik tedavi|okul\w*|kre[şs]\w*|[çc]ocu[kğg]\w*",
        r"izin|izinli|y[ıi]ll[ıi]k izin|tatil\w*|hastal[ıi]k\w*|raporlu",
        r"kuaf[öo]r\w*|berber\w*|seyahat\w*|u[çc]u[şs]\w*|havaliman[ıi]\w*|randevu\w*",
        r"al[ıi][şs]veri[şs]\w*|veli toplant[ıi]\w*",
        r"masraf\w*",
        r"lastik (?:değişimi|degisimi)|kış lastiği|kis lastigi",
        r"y[üu]zme\w*",  # swimming
        r"annemlerde|annemle|annemgil\w*|babamla|ailemle",  # with my parents, my family
    ),
    "russian": (
        r"стоматолог\w*|врач\w*|поликлиник\w*|больниц\w*|спортзал\w*|трениров\w*",
        r"фитнес\w*|бассейн\w*|детск\w* сад\w*|садик\w*|детсад\w*|школ[аыеу]",
        r"забрать (?:реб[её]нка|детей|сына|дочь)|отвез\w* (?:реб[её]нка|детей)",
        r"семейн\w* (?:обед|ужин)|(?:обед|ужин) у родителей",  # a family meal
        r"(?<!перед )(?<!преди )отпуск\w*|выходно[йм]|отгул\w*|больничн\w*|парикмахер\w*",
        r"стрижк\w*|барбер\w*",
        r"командировк\w*|перел[её]т\w*|вылет\w*|поезд\w*|аэропорт\w*|личн(?:ое|ые дела)",
        r"родительск\w* собрани\w*|мфц",
        r"экспенс\w*|аванс(?:ов\w*|\.) отч[её]т\w*",
        r"паспорт\w*",
        r"обратн\w* дорог\w*|дорог\w* (?:в|из|до) офис\w*",  # the way (back) to the office
        r"шиномонтаж|смена резины|переобувка|зимняя резина",
    ),
    "ukrainian": (
        r"стоматолог\w*|лікар\w*|спортзал\w*|тренуванн\w*|басейн\w*",
        r"садоч\w*|дитсад\w*|дитяч\w* садок|школ[аиіу]",
        r"забрати (?:дитину|дітей|сина|доньку)|відпустк\w*|вихідн(?:ий|им)",
        r"хвор\w*|перукар\w*|стрижк\w*|барбер\w*|відрядженн\w*|переліт|виліт|потяг\w*",
        r"аеропорт\w*|особист\w* справ\w*|батьківськ\w* збор\w*|цнап",
        r"експенс\w*",
        r"(?:забрати|отримати|відправити) посилк\w*",  # a parcel picked up or sent
    ),
    "greek": (
        r"οδοντ[ίι]ατρ\w*|γιατρ\w*|νοσοκομε[ίι]\w*|φυσιοθεραπ\w*|γυμναστ[ήη]ρι\w*",
        r"παιδικ\w* σταθμ\w*|σχολε[ίι]\w*|παιδι[άα]|[άα]δεια|διακοπ[έε]ς|ρεπ[όο]",
        r"[άα]ρρωστ\w*|κομμωτ\w*|κουρε[ίι]\w*|ταξ[ίι]δ\w*|πτ[ήη]σ\w*|αεροδρ[όο]μι\w*",
        r"παρέλαση",
    ),
    "vietnamese": (
        r"nha sĩ|nha khoa|bác sĩ|khám bệnh|bệnh viện|phòng khám|tập gym|tập thể dục",
        r"đón con|đưa con|đón bé|đưa bé|đưa đón|mẫu giáo|nhà trẻ|trường học",
        # (Not a hand-over "trước ngày nghỉ phép": before the leave.)
        r"(?<!trước ngày )nghỉ phép|nghỉ lễ|nghỉ ốm|nghỉ bệnh|(?<!trước )ngày nghỉ|xin nghỉ",
        r"du lịch|cắt tóc",
        r"đi công tác|chuyến bay|sân bay|việc riêng|việc cá nhân|họp phụ huynh",
        r"lái xe|nộp hồ sơ|hộ chiếu|khám sức khỏe|khám bệnh",
    ),
    "indonesian": (
        r"dokter\w*|klinik|rumah sakit|olahraga|jemput\w*|antar (?:anak|jemput)",
        r"paduan suara|gereja|misa|rapat orang tua\w*|orang tua murid",  # choir, church, school
        r"sekolah|tadika|taska|cuti|libur\w*|sakit|potong rambut|perjalanan dinas",
        r"penerbangan|pesawat|kereta|bandara|urusan pribadi|keperluan pribadi|pribadi",
        r"servis (?:mobil|motor)|arisan|kondangan|pernikahan|nikahan|mudik",
        r"(?:sholat|solat|salat) jumat|jumatan",
        r"mcu|ambil rapor|perpanjang\w*|stnk|ktp|paspor",
        r"solat jumaat|sembahyang jumaat",
        r"ayah|bapak saya|ibu saya",  # my father, my mother
        r"bareng teman\w*|ulang tahun",  # with friends, a birthday
    ),
    "hebrew": (
        r"[ולה]?רופא(?:ה|ת|ים)?|שיננית|אורתודונט\w*|[ול]?מרפא(?:ה|ת)|קופת חולים|בית ה?חולים",
        rf"קופ{_Q}ח|בי{_Q}ח|בדיק(?:ת|ות) (?:דם|שתן)|אולטרסאונד|רנטגן|פיזיותרפי\w*|פיזיו",
        r"פסיכולוג\w*",
        r"אצל ההורים|ארוחת שישי",  # at the parents', Friday-night dinner
        r"טיפול (?:שיניים|שורש|רגשי|פסיכולוגי|זוגי|פיזיותרפיה|ב?רכב|לרכב)|חיסון|חיסונים|וטרינר\w*",
        r"חדר ה?כושר|כושר|[ול]?אימון(?! (?:מנהלים|ניהולי|מקצועי|אישי|ה?מודל\w*))|ריצה(?! יבשה)",
        r"שחי(?:י)?ה|יוגה|פילאטיס|טניס|פאדל|כדורגל|כדורסל|תספורת|מספרה|מספרת",
        r"איסוף (?:ה?ילד\w*|ה?בן|ה?בת|ה?קט(?:ן|נה|נים|נות))",
        r"איסוף מה?(?:גן|גנון|צהרון|מעון|בית ה?ספר|חוג)",
        r"^\W*איסוף\W*$|(?:ל|מה|לה|בה|ב)גן|גן (?:ה?ילדים|חובה)|גנון|צהרון|מעון יום|(?:ל|מה|ב)מעון",
        rf"(?:[ולבמ]|מה|לה|בה)?(?:בית ה?ספר|ביה{_Q}ס|בי{_Q}ס)|אסיפת הורים|יום הורים",
        r"מסיבת (?:גן|סיום)",
        r"הסעה ל(?:גן|חוג|בית ה?ספר)|בייביסיטר|עם ה?ילד(?:ים|ה|ות)?",
        r"[בלמ]?מילואים|מלואים|miluim|milu'im|miluyim|milluim|reserve duty",
        rf"[בל]?חופש(?:ה|ת|ות)?|יום חופש|חל{_Q}ד|hofesh|chofesh|נופש",
        r"יום מחלה|ימי מחלה|מחלה|חולה",
        r"סידורים|לבנק|לדואר|סניף דואר|[ול]?מוסך|טסט ל(?:רכב|אוטו)|משרד הפנים|ביטוח לאומי|דרכון",
        r"דרכונים",
        rf"עו{_Q}ד|עורך דין|עורכת דין|משכנתא",
        rf"[בלה]?טיס(?:ה|ות|ת)|נתב{_Q}ג|שדה ה?תעופה|[ול]?נסיע(?:ה|ת|ות)|[בל]?רכבת|מונית",
        r"חתונה|חתונת|הלוויה|לוויה|ניחום אבלים|ב[רת][- ]מצו?וה|יום[- ]הולדת|יומולדת",
        r"ערב חג|חג (?:ה?פסח|ה?סוכות|ה?שבועות|שמח)|חול המועד|ראש השנה|יום ה?כיפור(?:ים)?",
        r"^\W*חג\W*$",
    ),
    "bulgarian": (
        r"лекар(?:я|ят|и|ите|ка)?|личн(?:ия|ият)? лекар|зъболекар\w*|доктор(?:а|ът|ка)?",
        r"болниц\w*|(?:медицински|лекарски|очен|зъболекарски) преглед\w*|преглед при \w+",
        r"кръвн\w* изследван\w*|ваксин\w*|физиотерап\w*|рехабилитаци\w*|фризьор\w*|подстригван\w*",
        r"йога|плуване|детск\w* градин\w*|(?:от|в|до) (?:детската )?градина(?:та)?|ясла(?:та)?",
        r"училище(?:то)?",
        r"отчет\w* (?:за )?(?:разход|командировъчн|пътн)\w*|командировъчн\w*",  # expenses
        r"(?:взимане|вземане|прибиране|водене|взимам|вземам|прибирам|водя) (?:на )?"
        r"(?:детето|децата|малк\w*|сина|дъщеря\w*)",
        r"болничн\w*|болничен|почивен ден|почивни дни|майчинств\w*|ваканци\w*",
        r"празни(?:к|ци|ците|кът)",
        r"пътуван\w*|полет (?:до|за|от) \w+|летище(?:то)?|самолет\w*|влак(?:а|ът)? (?:до|за) \w+",
        r"лично|лични (?:ангажименти|дела|неща)|сватба\w*|погребени\w*|лична карта",
        r"otpusk[ae]?|bolnichen|bolnichni|zabolekar\w*",
        r"смяна на гуми|гуми|автосервиз\w*|smyana na gumi",
    ),
    "serbocroatian": (
        r"lekar\w*|ljekar\w*|lije[čc]nik\w*|лекар(?:а|у|ом|и|е|ка|ки|ку|ке)?|љекар\w*",
        r"doktor(?:a|u|ke|ki|ku|ka|om)?|доктор(?:а|у|ке|ки|ку|ка|ом)?|zubar\w*|зубар(?:а|у|ом|и)?",
        r"ortodont\w*|bolnic\w*|болниц\w*|dom zdravlja|дом здравља|hitn\w* pomo[ćc]\w*",
        r"(?:lekarski|ljekarski|lije[čc]ni[čc]ki) pregled|лекарски преглед|pregled kod \w+",
        r"преглед код \w+|kontrola kod \w+|контрола код \w+|va(?:đ|dj|d)enje krvi|вађење крви",
        r"vakcin\w*|вакцин\w*|fizioterap\w*|физиотерап\w*",
        r"teretan\w*|теретан\w*|fitnes|trening|treninga|treningu|joga|јога",
        r"^\W*bazen\W*$|na bazen|bazenu|базен\w*",
        r"plivanj\w*|пливањ\w*|frizer\w*|фризер\w*|[šs]i[šs]anj\w*|шишањ\w*",
        r"vrti[ćc](?:a|u|em|i)?|вртић\w*|(?<!technin[ėe] )[šs]kol(?:a|e|i|u|om)|школ(?:а|е|и|у|ом)",
        r"jaslic\w*|јаслиц\w*",
        r"odvesti i (?:preuzeti|pokupiti)",  # drop off and pick up
        r"(?:pokupiti|pokupim|uzeti|uzimam|odvesti|vodim|voditi|po) (?:dete|decu|dijete|djecu"
        r"|mal\w+|klinc\w*|sina|[ćc]erk\w*|k[ćc]er\w*)",
        r"(?:покупити|покупим|узети|одвести|водим|по) (?:дете|децу|мал\w+|сина|ћерк\w*)",
        r"godi[šs]nji odmor|годишњи одмор|^\W*godi[šs]nji\W*$|^\W*годишњи\W*$|odmor|одмор",
        r"slobodan dan|slobodni dani|слободан дан|bolovanj\w*|боловањ\w*|porodiljsk\w*",
        r"породиљск\w*|odsustv\w*|одсуств\w*|praznik\w*|празник\w*|krsna slava|крсна слава",
        r"bajram\w*|бајрам\w*|d[žz]uma|џума",
        r"slu[žz]ben\w* put\w*|службен\w* пут\w*|poslovn\w* put\w*|пословн\w* пут\w*",
        r"putovanj\w*|путовањ\w*|aerodrom\w*|аеродром\w*|zra[čc]n\w* luk\w*",
        r"let (?:za|iz) \w+|лет (?:за|из) \w+|(?:voz|vlak) za \w+|воз за \w+",
        r"privatno|приватно|li[čc]no|лично|(?:privatn|li[čc]n)\w* obavez\w*",
        r"(?:приватн|личн)\w* обавез\w*",
        r"pasoš\w*|pasos(?:a|u|em|om)|пасош\w*|li[čc]n\w* kart\w*|лична карта",
        r"(?:registracij\w*|tehni[čc]ki pregled) (?:auta|vozila|kola)",
        r"ven[čc]anj\w*|vjen[čc]anj\w*|венчањ\w*|svadb\w*|свадб\w*|sahran\w*|сахран\w*|pogreb\w*",
        r"zimske gume|letnje gume|ljetne gume|zamena guma|zamjena guma|promjena guma",
        r"vulkanizer\w*|вулканизер\w*|зимске гуме|замена гума",
        r"kod roditelja",  # at the parents'
        # A family's patron saint's day, at home or at a godparent's ("Слава код кума").
        r"slava kod \w+|слава код \w+|(?:петков|никољ|ђурђев|митров|аранђелов|јовањ|лучин)дан",
        r"(?:petkov|nikolj|đurđev|djurdjev|mitrov|aranđelov|arandjelov|jovanj|lu[čc]in)dan",
    ),
    "arabic": _arabic_script(
        rf"{_AL}(?:طبيب\w*|عيادة|مستشفى|صيدلية|أسنان)|موعد (?:ال)?(?:دكتور|طبيب)",
        rf"{_AL}(?:تطعيم|لقاح)|علاج طبيعي|تحاليل طبية|تحليل دم|فحص طبي(?! (?:دوري|سنوي))",
        rf"{_AL}(?:حلاق|حلاقة|جيم|رياضة|تمارين|سباحة)|(?:ال|لل)جري|(?:ال|لل)?مشي",
        rf"{_AL}(?:نادي(?! (?:ال)?(?:كتاب|قراءة|عملاء))|يوغا|يوجا)|كرة (?:ال)?قدم",
        rf"{_AL}(?:مدرسة|روضة|حضانة|(?:أولاد|أطفال|عيال))",
        r"(?:توصيل|استلام|جلب|أخذ) (?:ال)?(?:ولد|بنت|ابني|بنتي|ابنتي)",
        # (Not Persian اجازه, permission: "اجازه دسترسی", "اجازه‌ی انتشار".)
        rf"{_AL}إجازة(?!\u200c| (?:دسترسی|انتشار|ورود|خروج|از|برای|گرفتن|دادن))",
        rf"{_AL}(?:عطلة|عطلات|مريضة?)|يوم أوف|(?:ال|وال|لل)?عيد",
        rf"(?:ال)?يوم (?:ال)?(?:وطني|تأسيس)|{_AL}موعد(?! (?:ال)?(?:تسليم|نهائي|إطلاق|تشغيل))",
        rf"{_AL}(?:سفر|رحلة(?! (?:ال)?(?:مستخدم|مستخدمين|عميل|عملاء))|طيران|مطار)",
        rf"{_AL}(?:فندق|قطار)|حجز (?:ال)?(?:تذاكر|طيران|فندق)",
        rf"{_AL}(?:مشوار|مشاوير|جوازات|سفارة|تأشيرة)|جواز (?:ال)?سفر",
        r"تجديد (?:ال)?(?:إقامة|جواز|رخصة|هوية|بطاقة)|رخصة (?:ال)?(?:قيادة|سواقة)",
        r"بطاقة (?:ال)?هوية",
        r"(?:صيانة|تصليح|غسيل|فحص) (?:ال)?سيارة|كاتب (?:ال)?عدل",
        r"(?:أمور|شؤون|ظرف|ظروف|موعد|مشوار|شغلة) (?:شخصي|شخصية|خاص|خاصة|عائلي|عائلية)",
        rf"{_AL}عائلة|مع (?:ال)?(?:عائلة|أهل|أولاد|أطفال|زوجتي|زوجي)",
        rf"{_AL}(?:زفاف|عرس|عزاء|جنازة|تسوق|سوبرماركت)|عيد ميلاد",
        # (صلاة alone is a built-in word.)
        rf"{_AL}(?:تراويح|عمرة|مسجد)|(?:ال|لل|وال|ل)صلاة|صلاه|(?:ال|لل)حج",
        r"eid(?:[- ]al)?[- ](?:fitr|adha)|umrah|jummah|jumm?ah? prayers?|agaza|egaza|ejaza",
        r"تغيير (?:ال)?(?:إطارات|كفرات)",
    ),
    "persian": _arabic_script(
        r"پزشک|دندان_پزشک\w*|دندون_پزشک\w*|نوبت (?:دکتر|دندان\w*|پزشک\w*)|مطب|بیمارستان",
        r"درمانگاه|کلینیک|داروخانه|فیزیوتراپی|واکسن|آزمایش خون|سونوگرافی|رادیولوژی|چکاپ",
        r"آرایشگاه|سلمانی|اصلاح (?:مو|سر)",
        r"باشگاه(?! (?:مشتری\w*|کتاب\w*))|ورزش|استخر|یوگا|پیلاتس|فوتسال|دویدن|کوه_نوردی",
        r"مدرسه|مهد_کودک|پیش_دبستانی|(?:دنبال|بردن|رسوندن|رساندن|آوردن) (?:بچه\w*|پسرم|دخترم)",
        r"مرخصی|استعلاجی|تعطیلات|تعطیلی|نوروز|عید|مریضم|بیمارم",
        r"سفر|پرواز|فرودگاه|هتل|قطار|بلیت|بلیط|مأموریت(?! (?:تیم|شرکت|محصول|سازمان))",
        r"(?<!اطلاعات )(?<!های )(?<!ملف )شخصی(?!_سازی)",
        r"گذرنامه|پاسپورت|سفارت|نظام وظیفه|سربازی|معاینه فنی|تعمیرگاه",
        r"(?:تعمیر|سرویس) (?:ماشین|خودرو)|دفترخانه",
        r"عروسی|مراسم (?:عقد|ختم|عروسی)|ترحیم|خاکسپاری|تسلیت|تولد|نماز",
        r"تاسوعا|عاشورا|سیزده به در",
        r"morakhasi|nowruz|nowrooz|norouz|norooz|noruz",
        r"تعویض (?:لاستیک|تایر)",
    ),
    "hindi": (
        _hi("ड[ॉा]क्टर", "डेंटिस्ट", "दंत चिकित्सक", "दाँत", "दांत", "अस्पताल", "क्लिनिक"),
        _hi("फ़िज़ियोथेरेपी", "टीकाकरण", "वैक्सीन", f"जिम{_HE}", "योगा", "योग (?:कक्षा|क्लास)"),
        _hi("हेयरकट", "बाल कटवा", f"नाई{_HE}", "स्विमिंग", "तैराकी", "बैडमिंटन", "स्कूल"),
        _hi("बच्चों को (?:लेने|लेना|लाने|लाना|छोड़ने|छोड़ना)", "बच्चों के साथ"),
        _hi("छुट्ट[ीि]", "अवकाश", "बीमार", "लीव", "यात्रा", "उड़ान", "फ़्लाइट", f"ट्रेन{_HE}"),
        _hi("हवाई अड्डा", "हवाई अड्डे", "एयरपोर्ट", "सफ़र"),
        _hi(f"पूजा(?! (?:के|से|जी|को|का|की|ने){_HE})", "दुर्गा पूजा", "दिवाली", "दीवाली"),
        _hi("दशैं", "दसैं", "तिहार"),  # Dashain, Tihar (Nepali)
        _hi("दीपावली", "होली", "रक्षाबंधन", "नवरात्रि", "दशहरा", "गणेश चतुर्थी", "करवा चौथ"),
        _hi("लोहड़ी", "पोंगल", "ओणम", "ईद (?:की छुट्टी|मुबारक)", "नमाज़", "मंदिर", "गुरुद्वारा"),
        _hi("शादी", "विवाह", "अंतिम संस्कार", "श्राद्ध", "पासपोर्ट", "वीज़ा (?:अपॉइंटमेंट|आवेदन)"),
        _hi("आधार कार्ड", "पैन कार्ड", "बैंक (?:जाना|का काम)", "निजी काम", "व्यक्तिगत काम"),
        _hi("घरेलू काम", "खरीदारी", "शॉपिंग", "किराना", "(?:गाड़ी|कार) (?:की )?सर्विस"),
        r"chh?utti",
    ),
    "albanian": (
        r"mjek(?:u|ut|un|[ëe]t|[ëe])?|vizit[ëe] (?:te |tek )?(?:mjek\w*|dentist\w*)",
        r"vizit[ëe] mjek[ëe]sore|dentist(?:i|in|it)|stomatolog(?:u|ut|un)|analiza gjaku",
        r"palest[ëe]r|palestr[ëe]n|palestr[ëe]s|st[ëe]rvitj\w*|vrapim\w*|fitnes\w*|joga",
        r"parukeri\w*|floktar\w*|qethj\w*|kopsht(?:i|in|it)?|shkoll\w*|f[ëe]mij\w*",
        r"pushime\w*|pushim (?:vjetor|mjek[ëe]sor|lehonie|pa pages[ëe])|(?:n[ëe]|me) lej[ëe]",
        r"lej[ea] (?:vjetore|mjek[ëe]sore|lindjeje|pa pages[ëe]|personale)|raport mjek[ëe]sor",
        r"i s[ëe]mur[ëe]|e s[ëe]mur[ëe]|s[ëe]mundj\w*",
        r"udh[ëe]tim\w*(?! (?:i|e) p[ëe]rdorues\w*)|fluturim\w*|aeroport\w*|tren(?:i|in|it)",
        r"pasaport[ëe]\w*|pasaporta\w*|let[ëe]rnjoftim\w*|kart[ëe] identiteti|gjendj[ea] civile",
        r"noteri|noterin|noterit|avokat\w*|gjykat[ëe]\w*|dasm[ëe]\w*|dasma\w*|varrim(?:i|in|it)?",
        r"ngush[ëe]llim\w*|bajram\w*|krishtlindj\w*|pashk[ëe]t?|pashk[ëe]ve|xhami\w*|xhum[ae]",
        r"servis(?:i)? (?:i |t[ëe] )?(?:makin|automjet)\w*|makin[ëa] n[ëe] servis",
        r"patentë|patentën|patentës|pazar(?:i)? (?:javor|ushqimor)|blerje ushqimesh",
        r"(?:drek|dark)[ëe] familjare|(?:te|tek) prind[ëe]rit",  # a family meal, at the parents'
    ),
    "lithuanian": (
        r"gydytoj\w*|odontolog\w*|poliklinik\w*|ligonin\w*|vaistin\w*|kineziterap\w*|masa[žz]\w*",
        r"veterinar\w*|kirpykl\w*|kirp[ėe]j\w*|treniruot\w*|basein\w*|sporto sal\w*",
        r"b[ėe]gim(?:as|o|ui|[ąa])|dar[žz]el\w*|mokykl\w*|su vaikais|su [šs]eima",
        r"(?:paimti|atsiimti|parve[žz]ti|nuve[žz]ti) vaik\w*",
        r"vaik[ųu] (?:pa[ėe]mim|atsi[ėe]mim|ve[žz]im)\w*",
        r"atostog\w*|laisvadien\w*|laisv(?:a|[ąa]) dien[ąa]?|i[šs]eigin\w*|nedarbingum\w*|sergu",
        # A trip, but not a user's or a customer's journey ("vartotojo kelionė").
        r"komandiruot\w*|(?<!vartotojo )(?<!naudotojo )(?<!kliento )(?<!pirk[ėe]jo )kelion\w*",
        r"skryd\w*|traukin\w*|oro uost\w*|apsipirkim\w*|pirkiniai|vestuv\w*|laidotuv\w*",
        r"notar(?:as|ą|ui|o)",
        r"padang[ųu] keitim\w*|automobilio (?:servis|remont|ap[žz]i[ūu]r)\w*",
        r"technin[ėe] ap[žz]i[ūu]r\w*|asmenin\w* reikal\w*|asmeni[šs]k(?:a|ai)|privatu",
        r"persikraustym\w*|paso (?:keitim|atsi[ėe]mim)\w*|pas[ąa] (?:atsiimti|pasiimti)",
        r"kal[ėe]dos|k[ūu][čc]ios|velykos|jonin[ėe]s|v[ėe]lin[ėe]s",
    ),
    "latvian": (
        r"(?:zob)?[āa]rst(?:s|a|am|u|e|ei|i|iem)|dakter(?:is|a|im|i|u)|slimn[īi]c\w*",
        r"asins anal[īi]z\w*",
        r"(?:sporta|trena[žz]ieru) z[āa]l\w*|jog(?:a|as|ai|u|ā)|friz(?:ier|[ēe]tav)\w*",
        r"b[ēe]rnud[āa]rz\w*|(?<!technin[ėe] )(?<!tech\. )skol(?:a|as|ā|u|ai)",
        r"(?:pa[kķ]a[ļl]|sav[āa]kt|pa[ņn]emt) b[ēe]rn\w*",
        r"atva[ļl]in[āa]jum\w*|br[īi]vdien\w*|ziemassv[ēe]tk\w*",
        r"l[īi]go(?:sv[ēe]tk\w*| diena| vakar\w*)|slim(?:s|a|[īi]b\w*)|komand[ēe]jum\w*",
        r"lid(?:ojum|ost)\w*|vilcien\w*",
        # A trip, not a customer's or user's journey (a map of it).
        r"(?<!lietot[āa]ja )(?<!klienta )ce[ļl]ojum\w*(?! kart\w*)",
        r"auto ?(?:servis|apkop)\w*|privāti",
        r"brauciens uz|atpaka[ļl]ce[ļl]\w*|ce[ļl][šs] uz",
    ),
    "estonian": (
        r"\w*arst(?:i\w*)?|haigla\w*|j[õo]usaal\w*|trenn(?:i|is|ist|ile)?(?!-)|juuksur\w*",
        r"lasteae(?:d|da)|lasteaia\w*|kooli(?:st|s)?|(?:lapse|laste)(?:le|ga)",
        r"(?<!p[äa]rast )\w*puhkus(?!te (?:planeerimi|graafik))\w*(?! j[äa]rel)|puhkep[äa]ev\w*",
        r"haige(?:na)?|haigusleh\w*",
        r"l[äa]hetus\w*|t[öo][öo]reis\w*|lennu(?:jaam|k)\w*|isiklik(?! areng\w*)",
        r"rehvivahetus\w*|talverehv\w*|tehno[üu]levaatus\w*|kulu(?:de)?aruan\w*",
    ),
    "slovenian": (
        r"zobozdravnik\w*|zdravnik\w*|zdravni[šs]k\w* pregled\w*",
        r"bolni[šs]nic\w*|vrt(?:ec|ca|cu|cem)|iz [šs]ole|v [šs]olo",
        r"po (?:otrok[ae]|sina|h[čc]er\w*)",
        r"dopust\w*|bolni[šs]k(?:a|i|o|e)|prost(?:i)? dan|odsot(?:en|na|nost\w*)",
        r"slu[žz]ben\w* pot(?:i|ovanj\w*)?|potovanj\w*|letali[šs][čc]\w*",
        r"zasebno|(?:osebn|zasebn)\w* (?:zadev\w*|opravk\w*)|opravk(?:i|ov|e)",
        r"potn\w* (?:list|nalog)\w*|(?:menjav|zamenjav)\w* gum",
        r"(?:tehni[čc]ni pregled|servis) (?:avta|avtomobila|vozila)|rojstn\w* dan\w*",
    ),
    "icelandic": (
        r"\w*l(?:æ|ae)kn(?:ir|irinn|i|inn|inum|is|isins|ist[íi]m\w*|isvi[ðd]t\w*)|tannlaknir\w*",
        r"heilsug(?:æ|ae)sl\w*|sp[íi]tal(?:i|a|anum|ann|inn)|landsp[íi]tal\w*|sj[úu]krah[úu]s\w*",
        r"sj[úu]kra(?:þ|th)j[áa]lf\w*|tannr[ée]tting\w*|bl[óo][ðd]pruf\w*|b[óo]lusetning\w*",
        r"s[áa]lfr(?:æ|ae)[ðd]ing\w*|r(?:æ|ae)kt(?:in|ina|inni)|l[íi]kamsr(?:æ|ae)kt\w*|jóga",
        r"sundlaug\w*|í sund|fara i sund|sund(?:æ|ae)fing\w*",
        r"(?:f[óo]tbolta|handbolta|k[öo]rfubolta|fimleika)(?:æ|ae)fing\w*",
        r"h[áa]rgrei[ðd]sl\w*|rakar(?:i|a|ann|anum)|[íi] klippingu",
        r"leiksk[óo]l\w*|sk[óo]l(?:i|inn|inum|ann|anum|ans)|skóla|fr[íi]stund\w*",
        r"s(?:æ|ae)kja (?:b[öo]rn\w*|krakk\w*|str[áa]k\w*|stelp\w*|\w+ [íi] (?:leik)?sk[óo]la\w*)",
        r"skutla (?:b[öo]rn\w*|kr[öo]kk\w*|krakk\w*|str[áa]k\w*|stelp\w*)",
        r"me[ðd] (?:börnunum|krökkunum)",
        # Off: frí with its í (the Scandinavian "fri" is free), leave, sick leave, holidays.
        r"frí(?:i|ið|inu)?|[íi] fr[íi]i|(?:sumar|vetrar|j[óo]la|p[áa]ska)fr[íi]\w*",
        r"fr[íi]dag(?:ur|urinn|inn|inum|s)|\w*orlof(?:i|ið|inu|s|sins|sdag\w*)?",
        r"[íi] leyfi|launalaust leyfi",
        r"(?:veikinda|f(?:æ|ae)[ðd]ingar|n[áa]ms|foreldra)leyfi\w*|veikind\w*|veikur",
        r"jól|jólin|páskar|páskarnir|verslunarmannahelg\w*",
        # A trip, but not a user's or a customer's journey ("ferðalag notenda").
        r"fer[ðd]alag\w*(?! (?:notend|notand|vi[ðd]skiptavin)\w*)|vinnufer[ðd]\w*",
        r"fer[ðd] (?:til \w+|fr[áa] \w+|heim)|flug (?:til \w+|fr[áa] \w+|heim)|flugv[öo]ll\w*",
        r"akstur (?:heim|til \w+)",
        r"[úu]tr[ée]tting\w*|vegabr[ée]f\w*|s[ýy]slum(?:a[ðd]ur|ann|anni|anns)",
        r"(?:b[íi]ll(?:inn)?|b[íi]linn) (?:[áa]|[íi]) (?:verkst(?:æ|ae)[ðd]\w*|sko[ðd]un\w*)",
        r"bifrei[ðd]asko[ðd]un\w*|dekkjaskipt\w*|vetrardekk\w*|sumardekk\w*",
        r"jar[ðd]arf[öo]r\w*|útf[öo]r\w*|br[úu][ðd]kaup\w*|sk[íi]rn(?:in|ar)?",
        r"einkam[áa]l\w*|pers[óo]nulegt",
        r"fer[ðd]auppgj[öo]r\w*|kostna[ðd]aruppgj[öo]r\w*",  # expenses
    ),
    "macedonian": (
        r"лекарот|докторот|докторката|заболекар\w*|doktorot|doktorkata",
        r"здравствен\w* дом\w*|zdravstven\w* dom\w*|берберин\w*|berberin\w*",
        r"трчањ\w*|tr(?:ch|č|c)anj\w*|спортск\w* сал(?:а|ата|и)|sportsk\w* sal(?:a|ata|i)",
        # A kindergarten, not a small garden (Bulgarian "градинка"): alone, or to or from it.
        r"(?:во|од) градинка(?:та)?|^\W*градинка\W*$|(?:vo|od) gradinka(?:ta)?|^\W*gradinka\W*$",
        r"училишт(?:е|ето|а|ата)|u(?:ch|č|c)ili(?:sh|š|s)t(?:e|eto)",
        r"(?:земање|земам|земи|однесување|однесам|носење|носам) (?:на |ги )?"
        r"(?:детето|децата|малиот|малата|синот|ќерката)",
        r"(?:zemanje|zemam|zemi|odnesuvanje|odnesam|nosenje|nosam) (?:na |gi )?"
        r"(?:deteto|decata|maliot|malata|sinot|(?:kj|ḱ|k|ć)erkata)",
        r"одморот|odmorot|отсуств\w*|otsustv\w*|боледувањ\w*|boleduvanj\w*|породилн\w*|porodiln\w*",
        r"слобод(?:ен|ни) ден(?:ови)?|slobod(?:en|ni) den(?:ovi)?",
        r"службен\w* пат\w*|slu(?:zh|ž|z)ben\w* pat\w*",
        # A trip, not a user's journey ("корисничко патување").
        r"(?<!корисничко )(?<!корисничкото )патувањ\w*",
        r"(?<!korisnichko )(?<!korisničko )(?<!korisnicko )(?<!korisnichkoto )patuvanj\w*",
        r"(?:лични|приватни) (?:обврски|работи)|lichno",
        r"(?:li(?:ch|č|c)ni|privatni) (?:obvrski|raboti)",
        r"возачк\w* дозвол\w*|voza(?:ch|č|c)k\w* dozvol\w*|венчавк\w*|ven(?:ch|č|c)avk\w*",
        r"(?:регистрација|технички преглед) на (?:автомобил\w*|возил\w*|колата)",
        r"(?:registracija|tehni(?:ch|č|c)ki pregled) na (?:avtomobil\w*|vozil\w*|kolata)",
        r"божиќ\w*|bo(?:zh|ž|z)i(?:kj|ḱ)\w*|велигден\w*|veligden\w*",
        r"возењ\w*|vozenj\w*",  # driving (someone)
    ),
    "mongolian": _mongolian(
        r"^\W*эмч\W*$|эмчид|эмчийн (?:үзлэг|цаг)\w*|эмчилгээ\w*|эмчлүүл\w*",
        r"(?:шүдний|хүүхдийн|нүдний|гэр бүлийн|эмэгтэйчүүдийн) эмч\w*|эмнэлэг\w*|эмнэлг\w*",
        r"эмийн сан\w*|цусны шинжилгээ\w*|массаж\w*|спорт заал\w*|сэлэлт\w*|үс засуул\w*",
        r"үсчин\w*|цэцэрлэг\w*|ясли\w*|(?<!их )(?:сургууль\w*|сургуулиа?с|сургуулийн)",
        r"хүүхэ?д\w* (?:авах|авна|авахаар|хүргэх|хүргэнэ)|хүүхэдтэй(?:гээ)?|гэр бүлтэй(?:гээ)?",
        # Leave, but not a hand-over before or after it ("амралтын өмнөх хүлээлцэх").
        r"амралт\w*(?! (?:өмнө|дараа)\w*)|амарна|чөлөө(?!л)\w*|өвчтэй|өвдсөн",
        r"цагаан сар\w*|наадам\w*|наадм\w*",
        # A trip, but not a user's or a customer's journey ("хэрэглэгчийн аялал").
        r"томилолт\w*|(?<!хэрэглэгчийн )(?<!харилцагчийн )аялал\w*|нислэг\w*|онгоц\w*",
        r"галт тэрэг\w*|нисэх буудал\w*",
        r"хувийн (?:ажил|хэрэг|асуудал)\w*|хурим\w*|оршуулга\w*|нотариат\w*",
        r"(?:авто ?машины|машины) (?:техникийн )?үзлэг\w*|машин(?:ы|аа)? засвар\w*",
        r"дугуй солих|визний (?:ярилцлага|материал|мэдүүлэг)\w*|зардлын тайлан\w*",
        r"amralt\w*|ch[oö]l[oö]{2}|tomilolt\w*|emneleg\w*|emnelg\w*|tsetserleg\w*",
    ),
    "azerbaijani": (
        r"h[əe]kim(?:[əe]|d[əe]|d[əe]n|[ıi]n|[ıi]|l[əe]r\w*)?|stomatoloq\w*|x[əe]st[əe]xana\w*",
        r"klinika\w*|m[üu]ayin[əe]\w*|idman\w*|hovuz\w*|[üu]zg[üu][çc][üu]l[üu]k\w*|bərbər\w*",
        r"sa[çc] kəs\w*|g[öo]z[əe]llik salon\w*|ba[ğg][çc]a\w*|m[əe]kt[əe]b\w*|u[şs]aq\w*|uşağ\w*",
        r"m[əe]zuniyy[əe]t\w*|t[əe]til\w*|istirah[əe]t g[üu]n\w*|x[əe]st[əe]lik\w*",
        r"x[əe]st[əe]y[əe]m|b[üu]lletend[əe]\w*|bolni[çc]n[ıi]|bayram(?:[ıi]|lar\w*)",
        r"ezamiyy?[əe]t\w*|komandirovka\w*|i[şs] s[əe]f[əe]ri\w*|s[əe]f[əe]rd[əe](?:y[əe]m)?",
        # A trip, not a user's or a customer's journey ("istifadəçi səyahəti").
        r"(?<!istifad[əe][çc]i )(?<!m[üu][şs]t[əe]ri )s[əe]yah[əe]t\w*|hava liman\w*",
        r"asan xidm[əe]t\w*|[şs][əe]xsiyy[əe]t v[əe]siq[əe]\w*|notarius\w*",
        r"(?<!texniki )(?<!m[əe]hsul )pasport\w*",  # (not a machine's "texniki pasport")
        r"[şs][əe]xsi (?:i[şs]|m[əe]s[əe]l[əe]|s[əe]b[əe]b)\w*|^\W*[şs][əe]xsi\W*$",
        r"ail[əe]vi (?:s[əe]b[əe]b|m[əe]s[əe]l[əe]|i[şs])\w*|ail[əe] il[əe]",
        r"al[ıi][şs]-veri[şs]\w*|bazarl[ıi]q\w*|toy m[əe]rasim\w*|dəfn\w*|yas m[əe]rasim\w*",
        r"avto ?servis\w*|ma[şs][ıi]n[ıi]? (?:t[əe]mir|servis|yuma)\w*",
        r"t[əe]k[əe]r\w* d[əe]yi[şs]\w*|x[əe]rc(?:l[əe]r)? hesabat\w*|avans hesabat\w*",
        # Dancing; taking a child to a lesson, school, training or the doctor.
        r"rəqs\w*|(?:d[əe]rs|m[əe]kt[əe]b|ba[ğg][çc]a|m[əe][şs]q|h[əe]kim)\w*\s+aparma\w*",
    ),
}

# Admin in work time: compulsory training, timesheets, HR surveys, health checks.
ADMIN: Words = {
    "swedish": (
        r"obligatorisk (?:e-)?\w*utbildning\w*|tidrapport\w*|medarbetarundersökning\w*|brandövning",
        r"hälsokontroll\w*",
        r"förmån\w*|forman(?:er|s)\w*",
        r"s[äa]kerhetsintroduktion\w*",  # a safety induction
        r"\w*utrymningsövning\w*",  # an evacuation drill ("Brand- och utrymningsövning")
    ),
    "danish": (
        r"obligatorisk (?:e-)?(?:kursus|uddannelse|træning|læring)",
        r"timeregistrering|tidsregistrering",
        r"timeseddel|trivselsundersøgelse\w*|medarbejderundersøgelse\w*|brandøvelse",
        r"pensionsm[øo]de\w*",  # a pension meeting
        r"sikkerhedsinstruktion\w*",  # a safety instruction
        r"e-l[æa]ring\w*",
    ),
    "norwegian": (
        r"obligatorisk (?:e-|\w+-)?(?:kurs|opplæring|læring)|timeføring|timeliste\w*|brannøvelse",
        r"hms-?kurs\w*|pensjonsinfo\w*",  # a health-and-safety course, a pension info session
        r"\w*sikkerhetsopplæring\w*",  # safety training ("ISPS sikkerhetsopplæring")
        r"medarbeiderundersøkelse\w*",
        r"e-l[æa]ring\w*",
    ),
    "finnish": (
        r"pakollinen \w*koulutus|tuntikirjau\w*|tuntilist\w*|työaikakirjau\w*",
        r"henkilöstökysely\w*|työhyvinvointikysely\w*|pulssikysely\w*|paloharjoitus",
        r"työterveys\w*",
        r"osakeohjelm\w*",
        r"tietoturva-?(?:kurssi|koulutus)\w*|\w*kurssi\w*[^\n]{0,20}?pakoll\w*",
        r"pakollinen \w*kurssi\w*",
        r"(?:el[äa]ke|vakuutus)info\w*",  # a pension or insurance info session
        r"henkilöstöetu\w*|itsearvio\w*",  # staff benefits; a self-appraisal
    ),
    "czech": (
        r"povinn[éeá] školení|povinne skoleni|bozp|výkaz\w* práce|vykaz\w* prace",
        r"dotazník\w*|dotaznik\w*|průzkum spokojenosti|pruzkum spokojenosti",
    ),
    "slovak": (r"povinn[ée] školenie|povinne skolenie|výkaz\w* práce|vykaz\w* prace",),
    "hungarian": (
        r"k[öo]telez[őo] (?:k[ée]pz[ée]s|oktat[áa]s|tr[ée]ning)\w*|munkav[ée]delm\w*",
        r"t[űu]zv[ée]delm\w*|k[ée]rd[őo][íi]v\w*|el[ée]gedetts[ée]gi felm[ée]r[ée]s\w*",
        r"munkaid[őo][- ]nyilv[áa]ntart[áa]s\w*|jelenl[ée]ti [íi]v",
    ),
    "romanian": (
        r"pontaj\w*|instruire (?:ssm|psi|obligatorie)|chestionar\w*|sondaj\w*",
        r"analize medicale periodice|control medical periodic",
        r"instruire\w*[^\n]{0,20}?(?:ssm|psi|periodic\w*)|analize medicale",
    ),
    "turkish": (
        r"zorunlu e[ğg]itim\w*|i[şs] sa[ğg]l[ıi][ğg][ıi]\w*|isg e[ğg]itim\w*|anket\w*",
        r"puantaj\w*|yangın tatbikat\w*|yangin tatbikat\w*",
    ),
    "russian": (
        r"табел\w*|уч[её]т (?:рабочего )?времени|обязательн\w* (?:обучени|тренинг|курс)\w*",
        r"охран\w* труда|инструктаж\w*|опрос\w* (?:вовлеч|удовлетвор|сотрудник)\w*",
        r"техник\w* безопасност\w*",  # occupational safety
        r"проверк\w* знаний",  # the yearly exam in safety rules
        r"субботник\w*",  # a volunteer clean-up day at work
        r"(?:курс|обучени|тренинг)\w* по информационн\w* безопасност\w*",
        r"медосмотр\w*",
        r"самооцен\w*",
        # The medical cover's programme presented to staff ("Презентация программы ДМС").
        r"(?:презентаци\w* программ\w*|(?:информационн|разъяснительн)\w* (?:встреч|сесси)\w*"
        r"|вебинар\w*)[^\n]{0,40}?"
        r"(?:(?-i:ДМС)|медицинск\w* страхован\w*|пенсионн\w*|(?-i:ЕНПФ))",
        r"(?-i:ДМС)[^\n]{0,40}?(?:презентаци|информационн|разъяснительн|вебинар)\w*",  # or after
        # An exam in industrial or fire safety ("аттестация по промышленной безопасности").
        r"(?:аттестаци|экзамен|тест)\w* по (?:промышленн\w* |пожарн\w* |пром)?безопасност\w*",
        r"учебн\w* (?:эвакуаци|тревог)\w*|пожарн\w* тревог\w*",  # an evacuation or fire drill
    ),
    "ukrainian": (
        r"табел\w*|облік (?:робочого )?часу|обов['’ʼ]?язков\w* (?:навчанн|тренінг|курс)\w*",
        r"охорон\w* праці|інструктаж\w*|опитуванн\w* (?:залучен|задоволен|співробіт|працівн)\w*",
        r"медогляд\w*|цивільн\w* захист\w*",  # (civil protection: air-raid drills)
        r"(?:презентаці\w* програм\w*|інформаційн\w* (?:зустріч|сесі)\w*)[^\n]{0,40}?"
        r"(?:(?-i:ДМС)|медичн\w* страхуванн\w*|пенсійн\w* програм\w*)",
    ),
    "greek": (
        r"υποχρεωτικ\w* εκπα[ίι]δευσ\w*|φ[ύυ]λλ\w* (?:χρ[όο]νου|εργασ[ίι]ας)",
        r"[έε]ρευνα (?:ικανοπο[ίι]ησ|εργαζομ[έε]ν)\w*",
    ),
    "vietnamese": (
        r"đào tạo bắt buộc|chấm công|khảo sát (?:nhân viên|mức độ hài lòng|gắn kết)",
        r"khám sức (?:khỏe|khoẻ)(?: định kỳ)?|an toàn lao động|diễn tập phòng cháy",
        r"đào tạo[^\n]{0,40}?bắt buộc|bắt buộc[^\n]{0,40}?đào tạo",
    ),
    "indonesian": (
        r"pelatihan wajib|kursus wajib|latihan wajib|absensi|survei (?:karyawan|kepuasan)",
        r"(?-i:K3)",  # occupational safety and health (keselamatan dan kesehatan kerja)
        r"pemeriksaan kesehatan|medical check[- ]?up",
        r"e-?kinerja",  # a civil servant's performance log
        r"upacara (?:bendera|peringatan|hari)\w*",  # a flag or commemoration ceremony
        r"kaji ?selidik\w*",  # a survey (Malay)
        r"latihan (?:kebakaran|kecemasan|pemindahan)",  # a fire, emergency or evacuation drill
    ),
    "hebrew": (
        r"לומד(?:ה|ת|ות)|הדרכ(?:ת|ות) (?:חובה|בטיחות|אבטחת מידע|ציות|אתיקה)|הדרכה שנתית",
        r"השתלמו(?:ת|יות) חובה",
        r"(?:מניעת )?הטרדה מינית|תרגיל (?:פינוי|כיבוי אש|חירום|רעידת אדמה)|דיווח (?:ה?שעות|נוכחות)",
        r"שעון נוכחות|סקר (?:עובדים|שביעות רצון|אקלים|מעורבות)|בדיק(?:ה|ות) תקופתי(?:ת|ות)",
        # Benefits and pay explained, in either order.
        r"(?:פנסי\w*|קרן השתלמות|ביטוח\w*|הטבות|אופציות|תגמול|שכר)[^\n]{0,40}?"
        r"(?:שאלות ותשובות|מפגש הסבר|הסבר|q ?& ?a)",
        r"(?:שאלות ותשובות|מפגש הסבר)[^\n]{0,40}?"
        r"(?:פנסי\w*|קרן השתלמות|ביטוח\w*|הטבות|אופציות|תגמול|שכר|משאבי אנוש|hr)",
    ),
    "bulgarian": (
        r"задължителн\w* (?:обучени|курс|тренинг|инструктаж)\w*",
        r"безопасност(?: и здраве)? при работа",
        r"(?-i:ЗБУТ)|противопожарн\w*|пожарн\w* (?:учени\w*|безопасност)|евакуаци\w*",
        r"анкет\w* (?:за )?(?:ангажираност|удовлетвореност)\w*|попълване на анкет\w*",
        r"проучване (?:на )?(?:ангажираност|удовлетвореност)\w*",
        r"отчитане на (?:работно(?:то)? )?време|попълване на (?:часове|часовете|timesheet\w*)",
        r"профилактичен преглед|периодичен (?:медицински )?преглед|служебна медицина",
        r"родителск\w* среща",
        r"(?:осигуряван\w*|осигуровк\w*|пенси\w*|придобивк\w*)[^\n]{0,40}?"
        r"(?:въпроси и отговори|информационн\w* (?:среща|сесия))",
        r"информационн\w* (?:среща|сесия)[^\n]{0,40}?(?:осигуряван|осигуровк|пенси|придобивк)\w*",
    ),
    "serbocroatian": (
        r"obavezn\w* (?:obuk|trening|edukacij|kurs)\w*",
        r"obvezn\w* (?:obuk|trening|edukacij|te[čc]aj)\w*",
        r"(?:obuk\w*|edukacij\w*|trening\w*)[^\n]{0,60}?(?:obavezn|obvezn)\w*",
        r"sigurnost\w* na radu|(?-i:ZNR)",  # occupational safety
        r"za[šs]tit\w* (?:na|pri) radu|заштит\w* на раду|za[šs]tit\w* od po[žz]ara",
        r"заштит\w* од пожара",
        r"protivpo[žz]arn\w*|противпожарн\w*|evakuacij\w*|евакуациј\w*",
        r"anket\w* (?:o )?(?:zadovoljstv\w*|anga[žz]ovanost\w*|anga[žz]iranost\w*|zaposlenih)",
        r"popunjavanj\w* ankete|попуњавањ\w* анкете|анкет\w* (?:о )?(?:задовољств\w*|запослених)",
        r"evidencij\w* (?:radnog )?vremena|евиденциј\w* (?:радног )?времена",
        r"(?:unos|upis|popunjavanje) (?:radnih )?(?:sati|vremena)|унос сати",
        r"sistematsk\w* pregled\w*|систематск\w* преглед\w*|roditeljsk\w* sastan\w*",
        r"родитељск\w* састан\w*",
        r"(?:osiguranj\w*|penzij\w*|mirovin\w*|beneficij\w*|pogodnost\w*)[^\n]{0,40}?"
        r"(?:pitanja i odgovori|info\w* (?:sesij\w*|sastan\w*))",
        r"samoprocen\w*|самопроцен\w*|безбедност и здравље на раду|(?-i:БЗР|BZR)",
        r"e-u[čc]enj\w*",
    ),
    "arabic": _arabic_script(
        r"(?:ال)?(?:تدريب|دورة|دورات|تعلم|برنامج|تعليم)[^\n]{0,30}?(?:ال)?(?:إلزامي|إجباري)\w*",
        r"(?:ال)?توعية (?:ال)?(?:أمنية|بأمن المعلومات|بالأمن السيبراني)",
        r"(?:تدريب|دورة|توعية)[^\n]{0,30}?"
        r"(?:أمن المعلومات|الأمن السيبراني|الامتثال|حماية البيانات)",
        r"مكافحة (?:غسل الأموال|الفساد|الرشوة)|مدونة (?:ال)?سلوك",
        rf"{_AL}لجن\w* (?:ال)?خدمات (?:ال)?اجتماعي\w*",  # the social-services committee (Maghreb)
        r"(?:ال)?صحة والسلامة المهنية|(?:ال)?سلامة المهنية",
        r"(?:تمرين|تجربة|تدريب|خطة) (?:ال)?إخلاء|(?:ال)?إخلاء (?:ال)?وهمي|(?:ال)?دفاع المدني",
        r"(?<!نتائج )(?:ال)?[اإ]ستبيان\w*|استطلاع (?:رأي )?(?:ال)?موظفين",
        r"سجل (?:ال)?دوام|تسجيل (?:ساعات العمل|الساعات|الدوام)|الحضور والانصراف|تايم ?شيت",
        r"(?:ال)?فحص (?:ال)?طبي (?:ال)?(?:دوري|سنوي)|(?:ال)?كشف (?:ال)?طبي (?:ال)?دوري",
        r"(?:التأمين|المزايا|التقاعد|الرواتب)[^\n]{0,40}?(?:جلسة تعريفية|شرح|أسئلة وأجوبة)",
        r"(?:جلسة تعريفية|أسئلة وأجوبة)[^\n]{0,40}?(?:التأمين|المزايا|التقاعد)",
        r"(?:ال)?تقييم (?:ال)?ذاتي|أولياء (?:ال)?أمور",
    ),
    "persian": _arabic_script(
        r"(?:آموزش|دوره|کلاس)[^\n]{0,30}?(?:اجباری|الزامی)|آموزش (?:ایمنی|امنیت اطلاعات)",
        r"ایمنی و بهداشت|بهداشت حرفه_ای|(?<!نتایج )نظر_سنجی\w*",
        r"تایم_شیت|ثبت (?:ساعت|ساعات|کارکرد|تردد|ورود و خروج)|گزارش کارکرد|حضور و غیاب",
        r"طب کار|معاینات (?:دوره_ای|ادواری)|چکاپ سالانه",
        r"مانور (?:آتش_نشانی|اطفای حریق|تخلیه|زلزله)|تخلیه اضطراری",
        r"(?:بیمه|مزایا|حقوق و دستمزد)[^\n]{0,40}?(?:جلسه توجیهی|پرسش و پاسخ|توضیحات)",
        r"خود_ارزیابی|ارزیابی خود|(?:جلسه|انجمن) اولیا\w*",
    ),
    "hindi": (
        _hi("अनिवार्य (?:प्रशिक्षण|ट्रेनिंग|कोर्स|मॉड्यूल|ई-लर्निंग)", "पॉश (?:प्रशिक्षण|ट्रेनिंग)"),
        _hi(r"(?:प्रशिक्षण|ट्रेनिंग|कोर्स)[^\n]{0,30}?अनिवार्य", "टाइमशीट", "टाइम शीट", "हाज़िरी"),
        _hi("उपस्थिति (?:दर्ज|रजिस्टर)", "कर्मचारी सर्वे", "पल्स सर्वे", "एंगेजमेंट सर्वे", "संतुष्टि सर्वे"),
        _hi("प्रश्नावली भर", "स्वास्थ्य (?:जाँच|जांच)", "हेल्थ चेक[- ]?अप", "मेडिकल चेक[- ]?अप", "फ़ायर ड्रिल"),
        _hi("अग्नि सुरक्षा", "अभिभावक[- ]शिक्षक (?:बैठक|मीटिंग)", "पीटीएम"),
    ),
    "albanian": (
        r"trajnim\w* (?:i |e )?detyruesh[ëe]m\w*|detyruesh[ëe]m\w*[^\n]{0,30}?trajnim\w*",
        r"pyet[ëe]sor\w*|sondazh\w*|flet[ëe][- ]?prezenc\w*|flet[ëe]prezenc\w*",
        r"(?:regjistrim|raportim|plot[ëe]sim)(?:i)? (?:i )?or[ëe]ve",
        r"kontroll(?:i)? mjek[ëe]sor\w*|siguri(?:a)? (?:dhe sh[ëe]ndeti )?n[ëe] pun[ëe]",
        r"sh[ëe]ndet(?:i)? dhe siguri\w* n[ëe] pun[ëe]",
        r"(?:ushtrim|st[ëe]rvitj)\w* (?:(?:p[ëe]r|i|e) )?(?:zjarr\w*|evakuim\w*)",
        r"(?:takim|mbledhj)\w* (?:me )?prind[ëe]r\w*",
    ),
    "lithuanian": (
        r"privalom\w* (?:mokym|kurs|instrukta[žz]|e-?mokym)\w*|mokym\w*[^\n]{0,30}?privalom\w*",
        r"darb[ųu] saug\w*|darbuotoj[ųu] saug\w*|prie[šs]gaisrin\w*|instrukta[žz]\w*",
        r"evakuacij\w* (?:pratyb|treniruot|mokym)\w*",
        r"darbo laiko (?:apskait|[žz]iniara[šs]t|fiksavim|registravim|[žz]ym[ėe]jim)\w*",
        r"[žz]iniara[šs]t\w*|valand[ųu] (?:suvedim|[žz]ym[ėe]jim|registravim|pildym|fiksavim)\w*",
        # A survey filled in, not its results presented ("apklausos rezultatai").
        r"(?:darbuotoj[ųu]|[įi]sitraukimo|pasitenkinimo|pulso|anonimin\w*) apklaus\w*"
        r"(?! rezultat\w*)",
        r"(?:pildyti|u[žz]pildyti|u[žz]pildym\w*|pildym\w*) apklaus\w*|klausimyn\w*",
        r"sveikatos patikr\w*|profilaktin\w* (?:sveikatos )?patikr\w*",
        r"medicinin\w* (?:ap[žz]i[ūu]r|patikr)\w*|sav[ęe]s [įi]?vertinim\w*",
        r"t[ėe]v[ųu] susirinkim\w*",
        r"(?:kibernetinio saugumo|informacijos saugumo|duomen[ųu] apsaugos|bdar|gdpr)"
        r"[^\n]{0,30}?mokym\w*",
        r"(?:korupcijos prevencijos|pinig[ųu] plovimo)[^\n]{0,30}?mokym\w*",
        # Benefits and pay explained.
        r"(?:(?:sveikatos|gyvyb[ėe]s) draudim\w*|pensij\w*|papildom\w* naud\w*|akcij[ųu] opcion\w*"
        r"|atlygi\w*)[^\n]{0,40}?"
        r"(?:klausimai ir atsakymai|informacin\w* (?:sesij|susitikim|seminar)\w*)",
        r"e-mokym\w*",
    ),
    "latvian": (
        r"oblig[āa]t\w* (?:apm[āa]c[īi]b|m[āa]c[īi]b|kurs|instrukt[āa][žz])\w*",
        r"(?:apm[āa]c[īi]b|instrukt[āa][žz]|kurs)\w*[^\n]{0,40}?oblig[āa]t\w*",
        r"darba (?:aizsardz|dro[šs])[īi]b\w*|ugunsdro[šs][īi]b\w*",
        r"(?:evaku[āa]cij|ugunsdz[ēe]s[īi]b)\w* m[āa]c[īi]b\w*|vesel[īi]bas p[āa]rbaud\w*",
        r"(?:darba laika|stundu) uzskait\w*|pa[šs]nov[ēe]rt[ēe]jum\w*",
        # A survey, not a request for quotes (cenu aptauja), nor its results presented.
        r"^(?![^\n]*rezult[āa]t)[^\n]*?(?<!\w)(?<!cenu )(?:aptauj|anket)\w*",
        r"vec[āa]ku (?:sapulc\w*|tik[šs]an[āa]s)",
        r"(?:apdro[šs]in|pensij|labum)\w*[^\n]{0,40}?(?:jaut[āa]jum|sesij|skaidrojum)\w*",
        r"e-apm[āa]c[īi]b\w*",
    ),
    "estonian": (
        r"kohustusli\w*[^\n]{0,30}?koolitus\w*|\w*koolitus\w*[^\n]{0,30}?kohustusli\w*",
        r"t[öo][öo]ohutus\w*|t[öo][öo]tervishoi\w*|tervisekontroll\w*|k[üu]berh[üu]gieen\w*",
        r"rahulolu-?uuring\w*|\w*k[üu]sitlus\w*(?! tulemus)|t[öo][öo]aja ?(?:arvestus|tabel)\w*",
        r"lastevanemate (?:koosolek|[õo]htu)\w*",
        r"(?:kindlustus\w*|pensioni\w*|soodustus\w*|h[üu]vitis\w*)[^\n]{0,40}?"
        r"(?:k[üu]simused ja vastused|infotun\w*|tutvustus\w*)",
        r"e-[õo]pe\w*",
    ),
    "slovenian": (
        r"obvezn\w* (?:usposabljanj|izobra[žz]evanj|predavanj)\w*",
        r"(?:usposabljanj|izobra[žz]evanj)\w*[^\n]{0,40}?obvezn\w*",
        r"varstv\w* pri delu|po[žz]arn\w* (?:varnost\w*|vaj\w*)",
        r"(?:anket|raziskav)\w* (?:o )?(?:zadovoljstv|zavzetost|organizacijsk\w* klim)\w*",
        r"evidenc\w* (?:delovnega )?[čc]asa|vpis\w* (?:delovnih )?ur",
        r"(?:zavarovanj|pokojnin|ugodnost|bonitet)\w*[^\n]{0,40}?"
        r"(?:vpra[šs]anja in odgovori|informativn\w*)",
        r"roditeljsk\w* sestan\w*|govorilne ure",
        r"e-izobra[žz]evanj\w*|e-u[čc]enj\w*",
    ),
    "icelandic": (
        r"skyldu(?:n[áa]mskei[ðd]|fr(?:æ|ae)[ðd]sl|(?:þ|th)j[áa]lfun)\w*",
        r"(?:n[áa]mskei[ðd]|fr(?:æ|ae)[ðd]sl|(?:þ|th)j[áa]lfun)\w*[^\n]{0,30}?skyld\w*",
        r"[öo]ryggis(?:fr(?:æ|ae)[ðd]sl|n[áa]mskei[ðd])\w*",
        r"bruna(?:æ|ae)fing\w*|r[ýy]mingar(?:æ|ae)fing\w*",
        r"t[íi]maskr[áa]ning\w*|t[íi]mask[ýy]rsl\w*|vinnustundaskr[áa]\w*",
        # A survey filled in, not its results presented ("niðurstöður könnunarinnar").
        r"^(?![^\n]*ni[ðd]urst[öo][ðd]\w*)[^\n]*?(?<!\w)(?:starfs[áa]n(?:æ|ae)gjuk[öo]nnun\w*"
        r"|vinnusta[ðd]agreining\w*|p[úu]lsk[öo]nnun\w*|starfsmannak[öo]nnun\w*)",
        r"heilsufarssko[ðd]un\w*|heilsufarsmat\w*|sj[áa]lfsmat\w*",
        r"foreldrafund\w*|foreldravi[ðd]t(?:al|ali|öl|ol)\w*",
        # Insurance, pensions and benefits explained.
        r"(?:\w+trygging\w*|tryggingu|trygginga\w+|l[íi]feyri\w*|séreign\w*|hlunnind\w*)"
        r"[^\n]{0,40}?(?:spurningar og sv[öo]r|kynning\w*|fr(?:æ|ae)[ðd]sl\w*)",
    ),
    "macedonian": (
        r"задолжителн\w* (?:обук|тренинг|курс|едукациј|модул)\w*",
        r"(?:обук|тренинг|курс|едукациј)\w*[^\n]{0,40}?задолжителн\w*",
        r"zadol(?:zh|ž|z)iteln\w* (?:obuk|trening|kurs|edukacij|modul)\w*",
        r"(?:obuk|trening|kurs|edukacij)\w*[^\n]{0,40}?zadol(?:zh|ž|z)iteln\w*",
        r"безбедност (?:и здравје )?при работа|заштита при работа",
        r"bezbednost (?:i zdravje )?pri rabota|za(?:sh|š|s)tita pri rabota",
        r"анкет\w* (?:за )?(?:задоволств\w*|вработени\w*|ангажираност\w*)",
        r"пополнувањ\w* (?:на )?анкет\w*",
        r"евиденциј\w* на (?:работн\w* )?време(?:то)?|внесувањ\w* (?:на )?(?:работни )?часови",
        r"evidencij\w* na (?:rabotn\w* )?vreme(?:to)?",
        r"vnesuvanj\w* (?:na )?(?:rabotni )?(?:ch|č|c)asovi",
        r"родителск\w* средб\w*|roditelsk\w* sredb\w*",
        # Benefits and pay explained.
        r"(?:осигурувањ(?!\w* (?:на )?квалитет)|пензи|бенефици|придобивк)\w*[^\n]{0,40}?"
        r"(?:прашања и одговори|информативн\w* (?:средб|сесиј)\w*|инфо[- ]?(?:сесиј|средб)\w*)",
    ),
    "mongolian": _mongolian(
        r"заавал\w*[^\n]{0,30}?сургалт\w*|сургалт\w*[^\n]{0,30}?заавал\w*",
        r"хөдөлмөрийн аюулгүй байд\w*|(?-i:ХАБЭА)|галын аюулгүй байд\w*",
        r"гал түймрийн (?:аюулгүй байд|дадлага|сургуулилалт)\w*",
        r"нүүлгэн шилжүүлэх (?:дадлага|сургуулилалт)\w*",
        # A survey filled in, not its results presented ("судалгааны үр дүн").
        r"^(?![^\n]*үр дүн)[^\n]*?(?<!\w)(?:санал асуулга|сэтгэл ханамжийн судалгаа"
        r"|ажилт(?:ны|нуудын) судалгаа)\w*",
        r"цагийн бүртгэл\w*|ирцийн бүртгэл\w*|эрүүл мэндийн үзлэг\w*",
        r"урьдчилан сэргийлэх үзлэг\w*|эцэг эхийн хурал\w*|өөрийн үнэлгээ\w*",
        # Insurance, pensions and pay explained, in either order.
        r"(?:даатгал|тэтгэвэр|цалин|урамшуул)\w*[^\n]{0,40}?(?:асуулт хариулт"
        r"|мэдээллийн (?:уулзалт|хурал|цаг)|мэдээлэл (?:өгөх|хүргэх)|танилцуулга)\w*",
        r"(?:асуулт хариулт|мэдээллийн (?:уулзалт|хурал))[^\n]{0,40}?"
        r"(?:даатгал|тэтгэвэр|цалин|урамшуул)\w*",
    ),
    "azerbaijani": (
        r"m[əe]cburi (?:t[əe]lim|kurs|t[əe]dris|treninq)\w*",
        r"(?:t[əe]lim|kurs|treninq)\w*[^\n]{0,30}?m[əe]cburi\w*",
        r"[əe]m[əe]yin m[üu]hafiz[əe]si\w*|t[əe]hl[üu]k[əe]sizlik texnikas\w*",
        r"yan[ğg][ıi]n t[əe]hl[üu]k[əe]sizliyi\w*",
        r"(?:evakuasiya|yan[ğg][ıi]n) (?:t[əe]lim|m[əe][şs]q)\w*",
        # A survey of employees, not a query ("SQL sorğusu"), nor its results presented.
        r"(?![^\n]*n[əe]tic[əe])(?:i[şs][çc]i|[əe]m[əe]kda[şs]|m[əe]mnuniyy[əe]t|anonim|hr)\w* "
        r"sor[ğg]u\w*",
        r"sor[ğg]unu doldur\w*",
        r"i[şs] vaxt[ıi](?:n[ıi]n)? (?:u[çc]ot|tabel)\w*|saatlar[ıi]n (?:qeydiyyat|u[çc]ot)\w*",
        r"saatlar[ıi] (?:doldur|qeyd et|daxil et)\w*|tabel(?:i|in)? doldur\w*",
        r"(?:d[öo]vri|illik|profilaktik) tibbi m[üu]ayin[əe]\w*",
        r"[öo]z[üu]n[üu] ?qiym[əe]tl[əe]ndir\w*",
        r"valideyn (?:iclas|y[ıi][ğg][ıi]ncaq|g[öo]r[üu][şs])\w*",
        r"(?:s[ıi][ğg]orta|pensiya|m[üu]avin[əe]t|[əe]m[əe]k haqq)\w*[^\n]{0,40}?"
        r"(?:sual[- ]cavab|m[əe]lumatland[ıi]rma\w*|izah\w*)",
    ),
}

# A title that is only a meal or a break (and nobody else invited): not work.
MEAL_ALONE: Words = {
    "swedish": (r"lunchrast|lunchpaus|rast|paus|frukost",),
    "danish": (r"frokost(?:pause)?|spisepause|frokostpause",),
    "norwegian": (r"lunsj(?:pause)?|frokost|spisepause",),
    "finnish": (r"lounas(?:tauko)?|ruokatauko|tauko|kahvitauko",),
    "czech": (r"oběd|obed|přestávka|prestavka|pauza(?: na oběd| na obed)?",),
    "slovak": (r"obed|prestávka|prestavka|pauza(?: na obed)?",),
    "hungarian": (r"eb[ée]d(?:sz[üu]net)?|sz[üu]net",),
    "romanian": (r"pr[âa]nz(?:ul)?|pauz[ăa](?: de pr[âa]nz)?",),
    "turkish": (r"[öo][ğg]le (?:yeme[ğg]i|aras[ıi])|yemek|mola|yemek aras[ıi]",),
    "russian": (r"обед|ланч|перерыв|обеденный перерыв",),
    "ukrainian": (r"обід|ланч|перерва|обідня перерва",),
    "greek": (r"μεσημεριαν[όο]|δι[άα]λειμμα|φαγητ[όο]",),
    "vietnamese": (r"ăn trưa|nghỉ trưa|cơm(?: trưa)?|ăn sáng|giải lao|nghỉ giải lao",),
    "indonesian": (r"makan siang|istirahat(?: makan siang)?|ishoma|rehat|makan tengah hari",),
    "hebrew": (
        r"ארוח(?:ת|ה) (?:צהריים|צהרים|בוקר)|ארוחה|צהריים|צהרים|אוכל|לאכול",
        r"הפסק(?:ת|ה)(?: צהריים| צהרים| קפה| אוכל)?",
    ),
    "bulgarian": (
        r"обедна почивка|почивка(?: за обяд)?|пауза(?: за обяд)?|закуска|кафе пауза",
        r"obyad",
        r"обяд",
    ),
    "serbocroatian": (
        r"pauza(?: za ru[čc]ak)?|пауза(?: за ручак)?|doru[čc]ak|доручак|u[žz]ina|ужина",
        r"marenda|gablec|objed|ka[fv]a|кафа|ka[fv]a pauza|кафа пауза",
        r"ru[čc]ak|ручак",
    ),
    "arabic": _arabic_script(
        r"(?:ال)?غداء?|(?:ال)?فطور|(?:ال)?إفطار|(?:ال)?سحور|(?:ال)?عشاء|وجبة|(?:ال)?أكل|راحة|بريك",
        r"[اإ]ستراحة(?: (?:ال)?(?:غداء?|قهوة|صلاة))?|(?:ال)?صلاة و ?(?:ال)?غداء?",
        r"(?:ال)?غداء? و ?(?:ال)?صلاة|iftar|suhoor|sohour|suhour",
        r"l?ghda|ghada",  # lunch in Darija, typed in Latin letters
    ),
    "persian": _arabic_script(
        r"ناهار|نهار|وقت ناهار|استراحت(?: ناهار| و ناهار)?|ناهار و (?:نماز|استراحت)",
        r"نماز و ناهار|صبحانه|شام|عصرانه|میان_وعده|افطار|سحری|پذیرایی",
    ),
    "hindi": (
        _hi("लंच", "लंच ब्रेक", "ब्रेक", "दोपहर का (?:खाना|भोजन)", "भोजन", "भोजन अवकाश", "खाना"),
        _hi("नाश्ता", "चाय ब्रेक", "रात का खाना", "डिनर"),
    ),
    "albanian": (
        r"drek[ëe]|dreka|pushim(?: (?:dreke|p[ëe]r drek[ëe]|i drek[ëe]s))?|pauz[ëe]",
        r"pauza e drek[ëe]s|m[ëe]ngjes|dark[ëe]|ushqim",
    ),
    "lithuanian": (
        r"piet[ūu]s|piet[ųu] pertrauk(?:a|[ėe]l[ėe])|pertrauk(?:a|[ėe]l[ėe])|pusry[čc]iai",
        r"vakarien[ėe]|u[žz]kandis|kavos pertrauk(?:a|[ėe]l[ėe])|pietauti|piet[ųu] laikas",
    ),
    "latvian": (
        r"pusdien(?:as|[āa]s|u (?:pauze|p[āa]rtraukums)|laiks)|(?:kafijas )?pauze",
        r"p[āa]rtraukums|brokastis|vakari[ņn]as",
    ),
    "estonian": (
        r"l[õo]una(?:paus|aeg)?|l[õo]unas[öo][öo]k|s[öo][öo]gi(?:paus|aeg)|kohvipaus",
        r"hommikus[öo][öo]k|[õo]htus[öo][öo]k",
    ),
    "slovenian": (r"kosilo|malica|zajtrk|pavza|odmor za (?:kosilo|malico)",),
    "icelandic": (
        r"h[áa]degi(?:smatur|smat|shl[ée]|sver[ðd]ur)?|matur|matarhl[ée]|mat(?:ar)?t[íi]mi",
        r"hl[ée]|pása|kaffi(?:hl[ée]|t[íi]mi|p[áa]sa)|morgunmatur|kv[öo]ldmatur|nesti",
    ),
    "macedonian": (
        r"ручек(?:от)?|пауза за ручек|појадок|вечера|ru(?:ch|č|c)ek(?:ot)?",
        r"pauza za ru(?:ch|č|c)ek|pojadok|vechera",
    ),
    "mongolian": _mongolian(
        r"(?:өдрийн|үдийн) хоол|хоол|цай(?:ны цаг|ны завсарлага)?|завсарлага",
        r"өглөөний цай|оройн хоол|[ouö]driin hool|udiin hool",
    ),
    "azerbaijani": (
        r"nahar(?: fasil[əe]si| vaxt[ıi])?|fasil[əe]|(?:[çc]ay|q[əe]hv[əe]) fasil[əe]si|yemək",
        r"s[əe]h[əe]r yem[əe]yi|[şs]am yem[əe]yi|q[əe]lyanalt[ıi]|istirah[əe]t",
    ),
}

# 1:1s, mentoring, coffee and meals with someone, getting to know someone.
ONE_ON_ONE: Words = {
    "swedish": (
        r"fika(?:paus|rast|stund|n|t)?|\w+sfika|teamfika|kaffe|luncha|team ?lunch|middag med",
        r"frukostmöte|medarbetarsamtal",
        r"utvecklingssamtal|lönesamtal|lära känna",
        r"handledning\w*",  # supervising a student or a thesis
        r"\w+lunch\w*",
    ),
    "danish": (
        r"kaffe|frokost(?: med| sammen)?|fællesfrokost|morgenmad|middag med",
        r"medarbejdersamtale|udviklingssamtale|(?-i:MUS)|mentorsamtale",
        r"\w+frokost\w*",
    ),
    "norwegian": (
        r"kaffe|lunsj|felleslunsj|middag med|medarbeidersamtale|utviklingssamtale",
        r"bli kjent",
        r"\w+lunsj\w*",
        r"kaffe\w*|\w+kaffe|introsamtale",
    ),
    "finnish": (
        r"\w*kahvi\w*|lounas\w*|lounaa\w*|päivällinen|aamupala|kehityskeskustelu\w*",
        r"mentorointi\w*|tutustumi\w*|kahdenkeskinen\w*",
        r"\w*lounas\w*",
        r"kuulumis\w*",
        r"(?:diplomity\w*|gradu\w*|opinn[äa]ytety\w*) ohjau\w*",  # a thesis supervised
    ),
    "czech": (
        r"oběd\w*|obed\w*|večeře|vecere|snídaně|snidane|káva|kafe|kávu|seznámení|seznameni|pivo",
        r"hodnotící pohovor|hodnotici pohovor|jedna na jednu|one to one",
    ),
    "slovak": (r"obed\w*|večer(?:a|u) s|kávičk\w*|káva|kávu|zoznámenie|zoznamenie|pivo",),
    "hungarian": (
        r"eb[ée]d\w*|vacsor\w*|kávé\w*|kave(?:zas|ra)?|ismerked\w*|n[ée]gyszemk[öo]zt\w*",
        r"csapateb[ée]d\w*",  # a team lunch
        r"egy[ée]ni (?:megbesz[ée]l[ée]s|besz[ée]lget[ée]s)\w*",  # a one-to-one
    ),
    "romanian": (
        r"pr[âa]nz\w*|cafe(?:a|aua)|cină|cina cu|mic dejun|s[ăa] ne cunoa[șşs]tem",
        r"unu la unu|mentorat",
    ),
    "turkish": (
        r"[öo][ğg]le yeme[ğg]\w*|yemek\w*|kahve\w*|çay|ak[şs]am yeme[ğg]\w*",
        r"kahvalt[ıi]\w*|tan[ıi][şs]ma\w*|birebir|bire bir",
    ),
    "russian": (
        r"обед\w*|ужин\w*|завтрак\w*|кофе|ланч\w*|знакомств\w*|ментор\w*|наставни\w*",
        r"один на один|тет-а-тет|1 на 1|бадди|плов",
        r"скип-?левел\w*",
    ),
    "ukrainian": (
        r"обід\w*|вечер[яю]|сніданок|кав[аиу]|ланч\w*|знайомств\w*|ментор\w*|наставни\w*",
        r"один на один|1 на 1",
        r"скіп-?левел\w*",
    ),
    "greek": (
        r"μεσημεριαν[όο]|φαγητ[όο]|καφ[έε]\w*|δε[ίι]πν\w*|γνωριμ[ίι]\w*|γε[ύυ]μα\w*",
        r"[έε]νας προς [έε]ναν?|1 προς 1|καθοδ[ήη]γησ\w*",
    ),
    "vietnamese": (r"ăn trưa|cơm trưa|ăn tối|ăn sáng|cà phê|uống nước|làm quen|cố vấn|kèm cặp",),
    "indonesian": (
        r"makan siang|makan malam|makan bareng|makan bersama|sarapan|ngopi\w*|kopi",
        r"ngeteh|teh tarik|kenalan|perkenalan|pendampingan|empat mata|satu lawan satu",
        r"makan (?:siang|tengah hari)|lepak\w*|mamak",
    ),
    "hebrew": (
        r"אחד על אחד|אחד-על-אחד|אחת על אחת|1 ?על ?1|וואן[- ]?און[- ]?וואן|סקיפ[- ]?לבל",
        r"[ולב]?קפה|[וב]?ארוח(?:ה|ת|ות)|צהריים (?:עם|צוות\w*)|צהרים עם|הליכה עם",
        r"חניכ(?:ה|ת)|[וה]?מנטורינג|[וה]?מנטור(?:ית|ים)?|מנטי|חונך|חונכ(?:ת|ים)",
        r"שיחה אישית|שיחת (?:משוב|הערכה|פידבק|היכרות)|(?:פגישת|קפה|מפגש) היכרות",
        r"היכרות עם (?!ה|[a-z])\w+",
    ),
    "bulgarian": (
        r"един на един|едно към едно|обяд(?:а|ът)? с|обядв\w*|закуска с|кафе(?:то)? с",
        r"кафенце|запознанств\w*|запознаван\w*|да се запознаем",
        r"коучинг\w*|атестаци\w*|оценка на (?:представянето|изпълнението)",
        r"разговор за (?:развитие|кариера\w*)|obyad s|kafe s|edin na edin",
        r"^\W*кафе(?:то)?\b",  # coffee first: "Кафе – on-call процеси"
    ),
    "serbocroatian": (
        r"jedan na jedan|један на један|ka[fv][aeu]|kafic[aeu]|kavic[aeu]|kahv[aeu]|кафа|кафу",
        r"кафиц\w*|na ru[čc]ku|на ручку|ve[čc]er[au] (?:sa|s) \w+|вечер[ау] са \w+",
        r"doru[čc]ak|доручак|[šs]etnj\w* (?:sa|s)|шетњ\w* са|mentorstv\w*",
        r"mentorisanj\w*|коучинг|upoznajmo se|упознајмо се",
        r"razgovor o (?:razvoju|napretku|u[čc]inku|karijeri)|godi[šs]nj\w* razgovor",
        r"(?:procen|ocjen|ocen)\w* u[čc]inka",
        r"ru[čc]ak|rucak|ручак|upoznavanje|упознавање",
    ),
    "arabic": _arabic_script(
        r"ون (?:تو|أون) ون|واحد (?:ل|لـ ?|مع |مقابل |إلى )واحد",
        r"(?:[اإ]جتماع|لقاء|جلسة) (?:ال)?(?:فردي|ثنائي)ة?",
        rf"{_AL}(?:قهوة(?!_ای(?!\w))|كوفي|كافيه|شاي|غداء)|(?:ال|لل|وال|بال)غدا",
        rf"{_AL}(?:عشاء(?<!صلاة العشاء)|فطور|إفطار(?! جماعي)|سحور)",
        rf"{_AL}تعارف\w*|(?:ال)?تعرف على (?:ال)?فريق\w*|مشي مع|تمشية مع",
        rf"{_AL}(?:إرشاد|منتور\w*|مينتور\w*|مرشد|توجيه المهني)|كوتشينج|كوتشنج",
        r"(?:جلسة|مقابلة|[اإ]جتماع) تقييم|تقييم (?:ال)?أداء (?:ال)?(?:سنوي|نصف سنوي|موظف\w*)",
        rf"(?:جلسة|[اإ]جتماع|مكالمة) (?:ال)?(?:تغذية راجعة|ملاحظات|فيدباك)|{_AL}فيدباك",
    ),
    "persian": _arabic_script(
        r"وان_آن_وان|وان_تو_وان|(?:جلسه|گفتگوی|گفت_وگوی) یک به یک|یک به یک با",
        r"یک_به_یک",  # one-to-one, written with zero-width non-joiners
        r"جلسه (?:ی )?(?:فردی|دو_نفره)",
        r"قهوه(?!_ای(?!\w))|کافه|کافی_شاپ|چای|چایی|ناهار|نهار (?:با|تیمی)|شام (?:با|کاری|تیمی)",
        r"صبحانه|عصرانه",
        r"معارفه|جلسه آشنایی|آشنایی با (?:تیم|همکار\w*)|منتورینگ|منتور\w*|مربی_گری|کوچینگ",
        r"ارزیابی عملکرد (?:سالانه|شش_ماهه|فصلی|کارکنان|کارمند)|جلسه ارزیابی",
        r"جلسه (?:بازخورد|فیدبک)|پیاده_روی با",
    ),
    "hindi": (
        _hi("वन[- ]ऑन[- ]वन", "आमने[- ]सामने", "स्किप[- ]लेवल", "मेंटर", "मेंटी", "मार्गदर्शन"),
        _hi("चाय", "चहा", "कॉफ़ी", "लंच", "दोपहर का (?:खाना|भोजन)", "साथ में (?:खाना|लंच)", "डिनर"),
        _hi("रात का खाना", "नाश्ता", "जान[- ]पहचान", "परिचय (?:बैठक|मुलाकात)"),
        _hi("आपसी परिचय", "परस्पर परिचय", "मिलना[- ]जुलना"),
    ),
    "albanian": (
        r"nj[ëe] me nj[ëe]|1 me 1|takim individual|bised[ëe] individuale|bised[ëe] vler[ëe]simi",
        r"vler[ëe]sim(?:i)? (?:i )?performanc[ëe]s|kaf(?:e|eja|en|ja)|drek(?:[ëe]|a|[ëe]n|[ëe]s)",
        r"dark(?:ë|e|ën|ës|es)|darka(?= (?:e|me|n[ëe]) )|m[ëe]ngjes (?:me|bashk[ëe])",
        r"sh[ëe]titj[ea] me|njohj[ae] me|t[ëe] njihemi|njihemi",
    ),
    "lithuanian": (
        r"vienas su vienu|akis [įi] ak[įi]|kav(?:os|ą|ut\w*)|arbat(?:a|os|ą|[ėe]l\w*)",
        r"(?:einam|eime) piet[ųu]|pietaujam\w*|pietauti|pusry[čc]i\w*|vakarien\w*|susipa[žz]in\w*",
        r"metin\w* (?:vertinimo )?pokalb\w*|vertinimo pokalb\w*|veiklos vertinim\w*",
        r"ugdom\w* pokalb\w*|mentoryst\w*|kou[čc]ing\w*|pasivaik[šs][čc]iojim\w* su",
    ),
    "latvian": (
        r"pusdien\w*|kafij\w*|vakari[ņn](?:as|ām|ās|u)|brokast\w*|iepaz[īi][šs]an[āa]s",
        r"viens pret vienu|1 pret 1",
        r"(?:att[īi]st[īi]bas|nov[ēe]rt[ēe][šs]anas|snieguma) sarun\w*|kou[čc]ing\w*",
    ),
    "estonian": (
        r"\w*kohv\w*|l[õo]unas[öo][öo]\w*|l[õo]una(?:le)? (?:\w+ga|koos)|^\W*l[õo]una\W*$",
        r"(?:tiimi|meeskonna)l[õo]una\w*|[õo]htus[öo][öo]\w*|[üu]ks[- ][üu]hele",
        r"tutvumi\w*|arenguvestlus\w*",
        r"l[õo]una (?-i:[A-ZÕÄÖÜŠŽ])\w+\W*$",
    ),
    "slovenian": (
        r"ena na ena|kavo|kavic(?:o|i)|kosil(?:a|u|om)|malic[aio]",
        r"letn\w* razgovor\w*|razvojn\w* razgovor\w*|ocen\w* (?:delovne )?uspe[šs]nosti",
        r"spoznavn\w* (?:sestan\w*|kav\w*|pogovor\w*|kosil\w*)|spoznajmo se",
    ),
    "icelandic": (
        r"einn [áa] einn|1 ?á ?1|tveggja manna tal|kaffi\w*|h[áa]degism(?:at|öt|ot)\w*",
        r"h[áa]degisver[ðd]\w*|(?:[íi] )?h[áa]degi(?:nu)? me[ðd]|morgunmat\w*|morgunver[ðd]\w*",
        r"kv[öo]ldmat\w*|kv[öo]ldver[ðd]\w*|kynnast|kynnumst",
        r"frammist[öo][ðd]u(?:mat|samt[ao]l|vi[ðd]t[ao]l)\w*|starfsmanna(?:samt|vi[ðd]t)\w*",
        r"starfs(?:þ|th)r[óo]unarsamt\w*|launavi[ðd]t\w*|launasamt\w*|handlei[ðd]sl\w*",
        r"g[öo]ngut[úu]r me[ðd]",
        r"^\W*h[áa]degi\s+(?-i:[A-ZÁÐÉÍÓÚÝÞÆÖ])[^\W\d_]+",  # lunch and a name
    ),
    "macedonian": (
        r"еден на еден|eden na eden|кафе(?:то)? со|на кафе",
        # Lunch, but not the Russian "ручек" (of handles): with someone or together.
        r"ручек(?:от)? со|на ручек|(?:тимски|заеднички|деловен) ручек(?:от)?",
        r"ru(?:ch|č|c)ek(?:ot)? so|na ru(?:ch|č|c)ek",
        r"(?:timski|zaedni(?:ch|č|c)ki|deloven) ru(?:ch|č|c)ek",
        # Dinner, but not the Russian "вечера" (of the evening): with someone.
        r"вечера(?:та)? со|ve(?:ch|č|c)era(?:ta)? so|појадок(?:от)? со|pojadok(?:ot)? so",
        r"запознавањ\w*|zapoznavanj\w*|да се запознаеме|da se zapoznaeme",
        r"годишен разговор|разговор за (?:развој|напредок|кариера(?:та)?)",
        r"godi(?:sh|š|s)en razgovor|razgovor za (?:razvoj|napredok|kariera(?:ta)?)",
        r"оценувањ\w* на (?:учинок\w*|успешност\w*)",
        r"ocenuvanj\w* na (?:u(?:ch|č|c)inok\w*|uspe(?:sh|š|s)nost\w*)",
        r"прошетка со|pro(?:sh|š|s)etka so",
        # Lunch first, and coffee with a name: "Ручек – фирмвер тим", "кафе Дејан".
        r"^\W*ручек(?:от)?\s*[-–—:]|^\W*кафе\s+(?-i:[А-ЯЃЌЉЊЏЅЈ])\w+",
    ),
    "mongolian": _mongolian(
        r"ганцаарчилсан (?:уулзалт|ярилцлага|яриа)\w*|ганцаарчлан ярилц\w*",
        r"(?:өдрийн|үдийн|оройн|хамт) хоол\w*|өглөөний цай|кофи",
        r"\w+(?:тай|тэй|той) (?:хоол|цай)\w*|(?:хоол|цай)\w* (?!холбоо)\w+(?:тай|тэй|той)",
        r"танилцъя|танилцах (?:уулзалт|цай|кофе)\w*",
        r"(?:багтай|хамт олонтой|ажилтантай|ажилтнуудтай) танилцах",
        r"гүйцэтгэлийн үнэлгээ\w*|үнэлгээний ярилцлага\w*|gantsaarchilsan uulzalt",
        r"туршилтын хугацааны (?:үнэлгээ|ярилцлага)\w*",
    ),
    "azerbaijani": (
        r"t[əe]kb[əe]t[əe]k|birə[- ]bir|bire-bir|q[əe]hv[əe](?!yi)\w*|yemək\w*|yeməy\w*",
        # Lunch (also a name: "Kamrun Nahar"): inflected, together or with someone.
        r"nahar(?:a|da|dan|[ıi])|(?:komanda|birg[əe]|birlikd[əe]) nahar\w*",
        r"nahar (?:[^\W\d_]+ )?il[əe]|il[əe] nahar\w*|nahar [^\W\d_]+l[aə]|[^\W\d_]+l[aə] nahar\w*",
        r"[şs]am yem[əe]y\w*|s[əe]h[əe]r yem[əe]y\w*",
        r"tan[ıi][şs]l[ıi][qğ]\w*|tan[ıi][şs] ola[qy]\w*",
        r"kou[çc]inq\w*|(?:performans|illik|f[əe]rdi) qiym[əe]tl[əe]ndir\w*",
        r"inki[şs]af s[öo]hb[əe]t\w*|f[əe]rdi (?:g[öo]r[üu][şs]|s[öo]hb[əe]t)\w*",
        r"[əe]ks[- ][əe]laq[əe] (?:sessiya|g[öo]r[üu][şs]|s[öo]hb[əe]t)\w*",
        r"^\W*nahar\s*:?\s+(?-i:[A-ZƏÇŞĞÜÖİ])[^\W\d_]+",  # lunch and a name
    ),
}

# Farewells, parties, team outings, birthdays and cake (an after-work is `EVENT_SOCIAL`'s, in
# builtin_rules: read before, whoever attends).
SOCIAL: Words = {
    "swedish": (
        r"avtackning\w*|avskedsfika|avsked\w*|födelsedag\w*|tårta|julbord|julfest",
        r"sommarfest|höstfest|personalfest|fredagsöl|fredagsfika|kräftskiva",
        r"teamaktivitet\w*|personalaktivitet\w*",
        r"^\W*middag\W*$|middag med",  # (not Dutch "middag", an afternoon)
    ),
    "danish": (
        r"fredagsbar|afsked\w*|afskedsreception|fødselsdag\w*|kage|julefrokost",
        r"sommerfest|firmafest|fyraftensøl|aftensmad",
        r"^\W*middag\W*$|middag med",  # (not Dutch "middag", an afternoon)
    ),
    "norwegian": (
        r"avskjed\w*|bursdag\w*|kake|julebord|fredagspils|sommerfest|firmafest",
        r"teamkveld|sosialt|vaffel\w*",  # (waffles: "Vaffelfredag")
        r"team ?middag\w*",
        r"^\W*middag\W*$|middag med",  # (not Dutch "middag", an afternoon)
    ),
    "finnish": (
        r"läksiäi\w*|\w*juhla\w*|pikkujoulu\w*|syntymäpäiv\w*|synttäri\w*|kakku\w*",
        r"virkistyspäiv\w*|tyky\w*|saunailta|tiimipäiv\w*",
        r"\w*pull(?:a|at|ien)",
        r"sauna\w*|syysilta\w*|tiimi-?ilta\w*",
        r"\w*avajai\w*",  # an opening party: "Talvikauden avajaiset"
    ),
    "czech": (
        r"rozlučk\w*|rozlucka|rozlucky|večírek|vecirek|narozenin\w*|oslav\w*|grilovačk\w*",
        r"vánoční večírek|na pivo",
        r"p[áa]rty|mejdan",
    ),
    "slovak": (
        r"rozlúčk\w*|rozlucka|večierok|vecierok|narodenin\w*|oslav\w*",
        r"p[áa]rty",
    ),
    "hungarian": (
        r"b[úu]cs[úu]\w*|buli(?:ra|ba|n)?|sz[üu]let[ée]snap\w*|torta|csapat[ée]p[íi]t[ée]s\w*",
        r"s[öo]r[öo]z[ée]s|[ée]vz[áa]r[óo]\w*|kar[áa]csonyi \w+",
        r"csapatnap\w*|bogr[áa]csoz[áa]s\w*",  # a team day, a goulash cook-out
    ),
    "romanian": (
        r"petrecere\w*|zi(?:ua)? de na[șşs]tere|r[ăa]mas bun|bere|gr[ăa]tar|la revedere",
        r"ie[șşs]ire (?:[îi]n echip[ăa]|cu echipa)",
    ),
    "turkish": (
        r"veda\w*|parti(?:si|miz|ye)?|do[ğg]um g[üu]n\w*|(?:ekip|tak[ıi]m) etkinli[ğg]\w*",
        r"kutlama\w*|mangal|piknik\w*|y[ıi]lba[şs][ıi] \w+",
    ),
    "russian": (
        r"проводы|провожаем|прощальн\w*|вечеринк\w*|корпоратив\w*|день рождени\w*|торт\w*",
        r"тимбилдинг\w*|праздн\w*|посиделк\w*|пицц\w*|торжественн\w* собрани\w*",
        r"настолк\w*|настольн\w* игр\w*",
        r"\w*футбол\w*|турнир\w*",  # football, a tournament (with others)
    ),
    "ukrainian": (
        r"прощальн\w*|вечірк\w*|корпоратив\w*|день народженн\w*|торт\w*|тімбілдинг\w*",
        r"проводи|прощавай\w*",  # a farewell
        r"свято|святкуванн\w*|піц[аиу]",
        r"настолк\w*|настільн\w* ігр\w*",
    ),
    "greek": (
        r"αποχαιρετ\w*|π[άα]ρτ[ιυ]|γεν[έε]θλι\w*|το[ύυ]ρτα|εορτασμ\w*|γιορτ\w*|ποτ[όάοα]",
        r"βασιλ[όο]πιτ\w*|κοπ[ήη] (?:της )?π[ίι]τας",
    ),
    "vietnamese": (
        r"liên hoan|tiệc|chia tay|sinh nhật|bánh kem|dã ngoại|tất niên|tân niên|nhậu",
        r"đi chơi",
        r"giao lưu",
        r"mừng ngày|chúc mừng",
    ),
    "indonesian": (
        r"perpisahan|pesta|ulang tahun|ultah|outing|gathering kantor|family gathering",
        r"buka bersama|bukber|buka puasa|halal bihalal|syukuran|nobar|makrab",
        r"makan[- ]makan",
        r"hari jadi",  # a birthday (Malay)
    ),
    "hebrew": (
        r"[ובלה]?מסיב(?:ה|ת|ות)|[ול]?פרידה|ה(?:א)?פי ?ה?אוור|הפנינג|הרמ(?:ת|ות) כוסית|harmat kosit",
        r"(?:יום|ערב|פעילות|סוף שבוע) גיבוש|גיבוש (?:ה?צוות\w*|ה?מחלקה|ה?קבוצה|ה?חברה)",
        r"^\W*גיבוש\W*$|gibush",
        r"יום כיף|ערב (?:צוות|חברה|משחקים)|אירוע (?:ה?חברה|ה?צוות|חג)|נופש (?:ה?חברה|ה?צוות|שנתי)",
        r"יום[- ]הולדת|יומולדת|[ו]?עוג(?:ה|ות)|פיצה|פיצות|בירה|בירות|על האש|מנגל|ברביקיו|פיקניק",
        r"[ו]?טיול(?:ים)?|קריוקי|טורניר|משחקי קופסה|סדנת (?:בישול|שוקולד|קוקטיילים|יין)",
        r"[ו]?התנדבות",
    ),
    "bulgarian": (
        r"прощал\w*|сбогуван\w*|парти(?:то|та)?|рожден(?:ия|ият)? ден|рожденик\w*",
        r"празнуван\w*|празненств\w*|честван\w*|тържеств\w*|тийм ?билдинг\w*",
        r"екипн\w* (?:събитие|обяд|вечеря|излет)|фирмен\w* (?:парти|събитие|празник)",
        r"(?:коледн|новогодишн)\w* (?:парти|празник|тържеств\w*)",
        r"черпн\w*|черпене|пенсионир\w*",  # treats on a name day, a retirement
        r"излет\w*|екскурзи\w*|пикник\w*|барбекю|по (?:бира|бири)|бира(?:та)?",
        r"доброволчеств\w*|доброволческ\w*",
        r"боулинг|пица",
    ),
    "serbocroatian": (
        r"opro[šs]taj\w*|опроштај\w*|ispra[ćc]aj\w*|испраћај\w*|[žz]urk\w*|журк[аеиу]|журком|tulum\w*",
        r"zabav[aeiu]|zabavom|забав[аеиу]|proslav\w*|прослав[аеиу]|прославом|dru[žz]enj\w*|дружењ\w*",
        r"ro(?:đ|dj|d)endan\w*|рођендан\w*|tort[aeu]|tim ?bilding\w*|тим ?билдинг\w*",
        r"(?:slava|слава) (?:kod|код)",  # a family's saint's day, at someone's home
        r"izlet\w*|излет\w*|piknik\w*|пикник\w*|ro[šs]tilj\w*|роштиљ\w*|na pi[ćc]e|на пиће",
        r"na pivo|на пиво|pivo|пиво|pivce|novogodi[šs]nj\w*|новогодишњ\w*",
        r"bo[žz]i[ćc]n\w* (?:zabav\w*|[žz]urk\w*|ru[čc]ak|ve[čc]er\w*|domjen\w*)",
        r"domjen(?:ak|ka|ku)",
        r"volontir\w*|volonter\w*|волонтир\w*|dobrodo[šs]lic\w*|добродошлиц\w*",
    ),
    "arabic": _arabic_script(
        rf"{_AL}(?:حفلة|حفل (?:وداع|توديع|تخرج|نهاية)|وداع|توديع)|عيد ميلاد",
        rf"{_AL}(?:كيكة|كيك(?!_أو?ف)|تورتة|جاتوه|بيتزا)",
        rf"{_AL}(?:احتفال\w*|معايدة|غبقة|غبقه)|تهنئة|مبروك",
        r"(?:إفطار|سحور) (?:ال)?(?:جماعي|فريق|شركة|موظفين|رمضان)",
        r"(?:رحلة|نشاط|أنشطة|يوم|تجمع|لمة|طلعة) (?:ال)?(?:فريق|شركة|موظفين)|بناء (?:ال)?فريق",
        rf"{_AL}(?:شواء|مشاوي|باربكيو|نزهة|تطوع\w*|قعدة)|عمل تطوعي",
        r"iftar|suhoor|sohour|suhour|ghabga|gabga|ghabqa",
    ),
    "persian": _arabic_script(
        r"جشن(?!_?واره)\w*|مهمانی|مهمونی|تولد|کیک(?!_[اآ]و?ف)|پیتزا|خداحافظی|بدرقه|تودیع",
        r"دورهمی|دور همی",
        r"تیم_سازی|افطاری|شب یلدا|کوه_پیمایی تیمی|فوتبال|والیبال|پینگ_پنگ",
        r"بازی (?:گروهی|تیمی)|شب بازی|داوطلبانه|تبریک",
    ),
    "hindi": (
        _hi("विदाई", "फ़ेयरवेल", "पार्टी", "जन्मदिन", "बर्थडे", f"केक{_HE}", "जश्न", "उत्सव"),
        _hi("समारोह", "बधाई", "(?:होली|दिवाली|दीवाली|दीपावली|ईद|दशहरा) मिलन", "स्नेह मिलन"),
        _hi("टीम (?:आउटिंग|बिल्डिंग)", "आउटिंग", "पिकनिक", "अंताक्षरी", "रंगोली", "गेम नाइट"),
        _hi("सेलिब्रेशन", "स्वयंसेवा", "क्रिकेट"),
    ),
    "albanian": (
        r"lamtumir\w*|fest(?:ë|ën|ës)|festim\w*|fest[ae] e \w+|dit[ëe]lindj\w*|tort[ëe]n?|urime",
        r"aktivitet(?:e)? (?:(?:i|me|t[ëe]) )?ekip\w*|dalj[ea] (?:me|e) ekip\w*|piknik\w*",
        r"dit[ëe] (?:e )?ekipi",  # a team day
        r"ekskursion\w*|birr[ëea]|mbr[ëe]mj[ea] (?:e )?(?:ekipit|shoq[ëe]rore|arg[ëe]tuese)",
        r"vullnetar\w*|(?:fest\w*|dark\w*) e fundvitit|koktej\w*",
    ),
    "lithuanian": (
        r"i[šs]leistuv\w*|atsisveikinim\w*|vakar[ėe]l\w*|vakaron\w*|gimtadien\w*|vardadien\w*",
        # A celebration (šventė), not the holidays ("per šventes", "šventinis laikotarpis").
        r"tortas|tortą|pyrag\w*|[šs]vent[ėeę]|k[ūu][čc]i(?:os|[ųu])",
        r"(?:[įi]mon[ėe]s|komandos|vasaros|kal[ėe]d[ųu]|met[ųu]) [šs]vent\w*",
        r"kal[ėe]din\w* (?:rengin|vakarien|piet|pusry|dovan|[šs]vent|susib[ūu]rim)\w*",
        r"komandos formavim\w*|team ?building(?:as|o|e|[ąa])|i[šs]vyk(?:a|os|[ąa]|oje|ai|[ųu])",
        r"[žz]ygi\w*|stalo [žz]aidim\w*|alaus|alu[čc]io|(?:penktadienio|po darbo) alus",
        r"pic[ųu]|picos vakar\w*|kepsnin\w*|krep[šs]in\w*|futbol\w*|boulin\w*|savanor\w*",
        r"pasveikinim\w*",
    ),
    "latvian": (
        r"atvad\w*|ball[īi]t\w*|svin(?:[īi]b|[ēe][šs]an)\w*|dzim[šs]anas dien\w*",
        r"v[āa]rda ?dien\w*|tort(?:e|es|ē)|kūk(?:a|as|u|ā)|salied[ēe][šs]an\w*",
        r"(?:komandas|korporat[īi]v\w*) (?:pas[āa]kum|vakar|izbrauk|ball)\w*|izbraukum\w*",
        r"piknik(?:s|[āa]|u|am)",
    ),
    "estonian": (
        r"lahkumis\w*|\w*pidu|\w*peo(?:le|l|d|del)|s[üu]nnip[äa]ev\w*|suvep[äa]ev\w*",
        r"v[äa]ljas[õo]it\w*|(?:tiimi|meeskonna)(?:[üu]ritus|p[äa]ev|[õo]htu)\w*",
        r"sauna[õo]htu|talgu(?:d|dele|del|te|p[äa]ev\w*)|t[äa]hista\w*",
    ),
    "slovenian": (
        r"poslovit\w*|poslovil\w*|zabavo|praznovanj\w*|rojstn\w* dan\w*|novoletn\w*",
        r"bo[žz]i[čc]n\w* (?:zabav\w*|dru[žz]enj\w*|ve[čc]erj\w*|kosil\w*)|martinovanj\w*",
        r"na pija[čc]o",
    ),
    "icelandic": (
        r"kve[ðd]ju(?:h[óo]f|stund|kaff|part|teit|veisl)\w*|kve[ðd]jum \w+",
        r"afm(?:æ|ae)l\w*|[áa]rsh[áa]t[íi][ðd]\w*|(?:þ|th)orrabl[óo]t\w*|litlu j[óo]lin",
        r"j[óo]la(?:hla[ðd]bor[ðd]|gle[ðd]|bo[ðd]|part|teiti|h[óo]f|skemmtun)\w*",
        r"(?:sumar|vor|haust|vetrar|starfsmanna)gle[ðd]i\w*|\w*skemmtun(?:in|ar)?",
        r"skemmtikv[öo]ld\w*|v[íi]sindafer[ðd]\w*|h[óo]pefl\w*|[óo]vissufer[ðd]\w*",
        r"starfsmannafer[ðd]\w*|grillveisl\w*|k[öo]kubo[ðd]\w*|kökur(?:nar)?|bolludag\w*",
        r"\w*partý\w*|partí(?:ið|inu|s)?|teiti(?:ð|nu|s)?|f[öo]studagsbj[óo]r\w*|bjór|bj[óo]rinn",
        r"fagnaður(?:inn)?|fagnaði|fagnaðar|fagnadur|f[öo]gnu[ðd]\w*",
        # A Friday coffee or lunch, an autumn beer (haustbjór), an autumn do (haustfagnaður).
        r"f[öo]studags(?:kaffi|h[áa]degi)\w*|\w+bj[óo]r(?:inn)?|\w+fagna(?:ð|d)ur\w*",
    ),
    "macedonian": (
        r"роденден\w*|rodenden\w*|проштал\w*|pro(?:sh|š)tal\w*|добредојд\w*|dobredojd\w*",
        r"прославата|прославите|журката|пијал(?:ок|оци)|pijal(?:ok|oci)|druzhenj\w*",
        r"тимск\w* (?:вечер\w*|настан\w*|активност\w*)",
        r"timsk\w* (?:ve(?:ch|č|c)er\w*|nastan\w*|aktivnost\w*)",
        r"новогодишн\w* (?:вечер\w*|коктел\w*|ручек\w*)",
        r"тим-билдинг\w*",
    ),
    "mongolian": _mongolian(
        r"үдэлт\w*|салах ёс\w*|үдэшлэг\w*|төрсөн өдөр\w*|төрсөн өдр\w*",
        # A holiday celebrated, not a name (Баяр, Баярмаа): only with the holiday named.
        r"(?:шинэ жилийн|эмэгтэйчүүдийн|эрэгтэйчүүдийн|цэргийн|цагаан сарын|наадмын"
        r"|байгууллагын|компанийн|ойн) баяр\w*|баяр тэмдэглэ\w*|баяр хүргэ\w*",
        r"цагаан сар\w*|наадам\w*|наадм\w*|золголт\w*|бялуу\w*|шар айраг\w*",
        r"(?:хамт олны|багийн|байгууллагын) (?:аялал|арга хэмжээ|зугаалга)\w*|зугаалга\w*",
        r"караоке|волейбол\w*|сагсан бөмбөг\w*|сайн дурын ажил\w*",
    ),
    "azerbaijani": (
        r"ad g[üu]n[üu]\w*|vidala[şs]ma\w*|yola salma\w*",
        # (Not the Spanish "vida", a life.)
        r"vida (?:ziyaf[əe]t|gec[əe]|nahar|g[öo]r[üu][şs]|t[əe]dbir)\w*",
        r"korporativ (?:t[əe]dbir|gec[əe]|ziyaf[əe]t|[şs][əe]nli|[əe]yl[əe]nc[əe]|yeni il)\w*",
        r"[şs]ənli[kyğ]\w*|t[əe]brik\w*|timbildinq\w*|tim[- ]bildinq\w*",
        r"(?:novruz|bayram|yeni il)\w* (?:t[əe]dbir|[şs][əe]nli|ziyaf[əe]t|gec[əe])\w*",
        r"komanda (?:t[əe]dbir|qurucul|g[əe]zinti|[şs][əe]nli|[şs]am)\w*",
        r"ekskursiya\w*|qonaql[ıi][qğ]\w*|manqal\w*|k[öo]n[üu]ll[üu]l[üu]k\w*",
    ),
}

# The social part of a conference or course: dinners and receptions.
EVENT_SOCIAL: Words = {
    "swedish": (r"konferensmiddag|mingel",),
    "danish": (r"konferencemiddag",),
    "norwegian": (r"konferansemiddag|mingling",),
    "finnish": (r"illalli\w*|vastaanotto\w*|cocktailtilaisuu\w*",),
    "czech": (r"večeře|vecere|raut\w*",),
    "slovak": (r"večera|vecera|raut\w*",),
    "hungarian": (r"vacsor\w*|fogad[áa]s\w*",),
    "romanian": (r"cină|recep[țţt]i\w*",),
    "turkish": (r"ak[şs]am yeme[ğg]\w*|resepsiyon\w*|kokteyl\w*",),
    "russian": (r"ужин\w*|фуршет\w*|банкет\w*",),
    "ukrainian": (r"вечер[яю]|фуршет\w*|банкет\w*",),
    "greek": (r"δε[ίι]πν\w*|δεξ[ίι]ωσ\w*",),
    "vietnamese": (r"ăn tối|tiệc tối|chiêu đãi",),
    "indonesian": (r"makan malam|jamuan|resepsi",),
    "hebrew": (r"ארוחת (?:ערב|גאלה)|קבלת פנים|קוקטייל\w*|מינגלינג|נטוורקינג|אפטר[- ]?פארטי",),
    "bulgarian": (r"коктейл\w*|официален прием|нетуъркинг|нетуоркинг|гала вечеря",),
    "serbocroatian": (
        r"ve[čc]er[aeu]|свечан\w* вечер[ау]|гала вечера|koktel\w*|коктел\w*|sve[čc]an\w* prijem",
        r"свечан\w* пријем",
        r"umre[žz]avanj\w*|умрежавањ\w*|domjen(?:ak|ka|ku)",
    ),
    "arabic": _arabic_script(
        r"عشاء (?:ال)?(?:مؤتمر|عمل|رسمي|حفل|مشاركين|متحدثين)|حفل (?:ال)?(?:استقبال|عشاء)",
        rf"{_AL}(?:كوكتيل|مأدبة|تشبيك)|(?:ال)?تواصل (?:ال)?مهني",
    ),
    "persian": _arabic_script(
        r"ضیافت|شام (?:رسمی|کنفرانس|همایش|کاری)|کوکتل|نتورکینگ|شبکه_سازی",
    ),
    "hindi": (_hi("डिनर", "रात्रिभोज", "रात का खाना", "स्वागत समारोह", "नेटवर्किंग", "कॉकटेल"),),
    "albanian": (
        r"dark(?:ë|e|ën|ës|es)|darka(?= (?:e|me|n[ëe]) )|koktej\w*|rrjet[ëe]zim\w*",
        r"pritj[ea] (?:zyrtare|mir[ëe]seardhjeje)",
    ),
    "lithuanian": (r"vakarien\w*|fur[šs]et\w*|banket(?:as|o|e|ą|ai)|kokteil\w*|tinklaveik\w*",),
    "latvian": (
        r"vakari[ņn](?:as|ām|ās|u)|koktei[ļl]\w*|t[īi]klo[šs]an[āa]s",
        r"sv[īi]n[īi]g\w* pie[ņn]em[šs]an\w*",
    ),
    "estonian": (
        r"[õo]htus[öo][öo]\w*|pidulik\w* (?:vastuv[õo]tt\w*|[õo]htus[öo][öo]\w*)",
        r"v[õo]rgustumi\w*",
    ),
    "slovenian": (
        r"ve[čc]erj\w*|koktajl\w*|mre[žz]enj\w*|(?:slavnostn|pozdravn)\w* sprejem\w*",
        r"dru[žz]abn\w* (?:dogod\w*|ve[čc]er\w*|del\w*)",
    ),
    "icelandic": (
        r"kv[öo]ldver[ðd]\w*|kv[öo]ldmat\w*|móttaka|móttakan|m[óo]tt[öo]ku(?:nni)?",
        r"tengslamyndun\w*",
    ),
    "macedonian": (
        r"свечен\w* (?:вечер\w*|прием\w*)|sve(?:ch|č|c)en\w* priem\w*|svechen\w* vecher\w*",
        r"конференциск\w* вечер\w*|вечера(?:та)? (?:на|за) (?:конференциј\w*|учесници\w*)",
        r"мрежувањ\w*|mre(?:zh|ž|z)uvanj\w*",
    ),
    "mongolian": _mongolian(
        r"хүлээн авалт\w*|оройн зоог\w*|оройн хоол\w*|нетворкинг\w*",
    ),
    "azerbaijani": (
        r"[şs]am yem[əe]y\w*|ziyaf[əe]t\w*|furşet\w*|r[əe]smi q[əe]bul\w*|q[əe]bul m[əe]rasim\w*",
        r"netv[öo]rkinq\w*|[şs][əe]b[əe]k[əe]l[əe][şs]m[əe]\w*",
    ),
}

# Meetings whose kind is named: standups, planning, reviews, interviews, hand-overs, mail.
COMMUNICATION: Words = {
    "swedish": (
        r"\w*planering|\w*genomgång|styrgrupp\w*|ledningsgrupp\w*|arbetsplatsträff\w*",
        r"(?-i:APT)(?! repo| mirror| package)|intervju\w*|anställningsintervju\w*",
        r"överlämning\w*|återkoppling",
        r"dragning|avrapportering|rekrytering\w*|informationsmöte|^\W*(?:mejl|e-post|inkorg)\w*",
    ),
    "danish": (
        r"\w*planlægning|styregruppe\w*|ledergruppe\w*|jobsamtale\w*|ansættelsessamtale\w*",
        r"overlevering\w*|\w*gennemgang|præsentation\w*|afrapportering|rekruttering",
        r"tavlemøde|^\W*indbakke\w*",
        r"\w*overdragelse\w*",  # also an on-call one ("vagtoverdragelse")
        r"^\W*overdrag\w*",  # a handover, first ("overdrag → Naja")
        r"\w*kontortid",
    ),
    "norwegian": (
        r"\w*planlegging|styringsgruppe\w*|ledergruppe\w*|jobbintervju\w*|intervju\w*",
        r"\w*overlevering\w*|\w*gjennomgang|presentasjon\w*|rekruttering|tavlemøte|innboks\w*",
        r"^\W*e-post\w*",
        r"\w*kontortid|drop-in",
        r"e-post(?:en)?",
    ),
    "finnish": (
        r"sprintin suunnittelu|sprinttisuunnittelu|katselmo\w*|katselmu\w*|retrospektiivi\w*",
        r"tilannekatsau\w*|katsaus|haastattelu\w*|rekrytointi\w*|ohjausryhmä\w*",
        r"johtoryhmä\w*|infotilaisuu\w*|tiedotustilaisuu\w*|läpikäynti\w*|esittely\w*",
        r"^\W*sähköpost\w*",
        r"luovutus\w*|\w*vuoron ?vaihto\w*",  # a handover, a shift handover
        r"viikon suunnittelu\w*|sähköpostit",  # the week planned; mails (read, not built)
    ),
    "czech": (
        r"pl[áa]nov[áa]n[íi]\w*|retrospektiv\w*|pohovor\w*|předávk\w*|predavk\w*|předání",
        r"řídic\w* výbor\w*|ridic\w* vybor\w*|prezentac\w*|kontrolní den|kontrolni den",
        r"^\W*(?:e-?maily|maily|pošta)(?!\w)",
    ),
    "slovak": (r"pl[áa]novanie\w*|odovzdávk\w*|odovzdavk\w*|riadiac\w* výbor\w*|prezentáci\w*",),
    "hungarian": (
        r"sprint ?tervez\w*|visszatekint[ée]s\w*|[áa]ttekint[ée]s\w*|fel[üu]lvizsg[áa]lat\w*",
        r"[áa]ll[áa]sinterj[úu]\w*|interj[úu]\w*|st[áa]tusz\w*|besz[áa]mol[óo]\w*",
        r"[áa]tad[áa]s\w*|ir[áa]ny[íi]t[óo] ?bizotts[áa]g\w*|prezent[áa]ci[óo]\w*",
        r"toborz[áa]s\w*|^\W*(?:levelez[ée]s|e-?mailek|levelek)\w*",
    ),
    "romanian": (
        r"planificare\w*|retrospectiv\w*|revizuire\w*|interviu\w*|predare",
        r"comitet\w*|prezentare\w*|recrutare\w*|aliniere|informare|^\W*e-?mailuri\w*",
    ),
    "turkish": (
        r"planlama\w*|retrospektif\w*|g[öo]zden ge[çc]irme\w*|de[ğg]erlendirme\w*",
        r"m[üu]lakat\w*|i[şs] g[öo]r[üu][şs]mes\w*|devir[- ]teslim\w*|sunum\w*",
        r"y[öo]nlendirme komite\w*|y[üu]r[üu]tme kurul\w*|bilgilendirme\w*",
        r"koordinasyon\w*|i[şs]e al[ıi]m\w*|e-?posta\w*",
        r"ziyaret notlar\w*",  # notes of a visit, shared (a trip report)
    ),
    "russian": (
        r"стендап\w*|стенд-ап\w*|дейли|дэйли|планировани\w*|планерк\w*|планёрк\w*",
        r"ретроспектив\w*|ретро|ревью|демо|статус\w*|собеседовани\w*|интервью",
        r"передач\w* (?:дел|смены|дежурств\w*)|(?:управляющ|руководящ)\w* комитет\w*|презентаци\w*",
        r"согласовани\w*|груминг\w*|брифинг\w*|дебриф\w*|разбор почты|^\W*почт[аы]",
        r"найм(?:а|у|ом|е)?",  # hiring (not the Mongolian "найман", eight)
        r"постмортем\w*|офисные часы|рабоч\w* групп\w*",  # (a working group)
    ),
    "ukrainian": (
        r"стендап\w*|дейлі|плануванн\w*|ретроспектив\w*|ретро|рев['’ʼ]?ю|демо|статус\w*",
        r"співбесід\w*|інтерв['’ʼ]?ю|передач\w* (?:справ|зміни)|керівн\w* комітет\w*",
        r"наглядов\w* рад\w*|презентаці\w*|погодженн\w*|брифінг\w*|найм(?:у|ом|і)?|^\W*пошт[аи]",
        r"постмортем\w*|офіс-годин\w*|офісні години",
    ),
    "greek": (
        r"sprint ?προγραμματισμ\w*|ανασκ[όο]πησ\w*|επισκ[όο]πησ\w*|αναδρομ\w*",
        r"συν[έε]ντευξ\w*|ενημ[έε]ρωσ\w*|παρουσ[ίι]ασ\w*|επιτροπ[ήη]\w*|συντονισμ\w*",
        r"προσλ[ήη]ψ\w*|απολογισμ\w*|^\W*αλληλογραφ\w*",
    ),
    "vietnamese": (
        r"giao ban|lập kế hoạch|lên kế hoạch|kế hoạch|đánh giá|phỏng vấn|tuyển dụng",
        r"bàn giao|ban chỉ đạo|toàn công ty|báo cáo|trình bày|thuyết trình|thống nhất",
        r"rà soát|tiến độ|nghiệm thu|tổng kết|(?:kiểm tra|đọc|trả lời|xử lý) (?:e-?mail|mail|thư)",
    ),
    "indonesian": (
        r"perencanaan|perancangan sprint|evaluasi|tinjauan|semakan|wawancara|temu ?duga",
        r"rekrutmen|perekrutan|serah terima|komite pengarah|jawatankuasa pemandu",
        r"laporan|presentasi|pembentangan|sosialisasi|koordinasi|penyelarasan|rakor|monev",
        r"(?:cek|balas|baca) (?:e-?mail|surel)",
        r"jawatankuasa",
    ),
    "hebrew": (
        r"סטנד[- ]?א[פף]|דיילי|סקראם|סקרם|[וה]?ריטרו|[וה]?רטרו|רטרוספקטיב\w*|פוסט[- ]?מורטם",
        r"[וה]?תחקיר\w*",
        r"תכנון (?:ה?ספרינט|ה?רבעון|רבעוני|שנתי|ה?שנה|שבועי|ה?שבוע|ה?גרסה|ה?ריליס|q\d)",
        r"תכנון (?:משימות|עבודה|קיבולת)",
        r"(?:ישיבת|פגישת|שיחת) (?:תכנון|עדכון|סטטוס|הנהלה)|^\W*תכנון\W*$|[וה]?פלאנינג",
        r"[ו]?סקיר(?:ה|ת|ות)|ריוויו|ריביו|רביו|רוויו|[וה]?סטטוס",
        r"עדכון (?:שבועי|חודשי|רבעוני|סטטוס|צוות|מנהלים|הנהלה|פרויקט|לקוח)|עדכוני (?:סטטוס|צוות)",
        r"[ול]?ראיו(?:ן|נות)|מועמד(?:ים|ת|ות)?|גיוס (?:עובדים|מועמדים)",
        r"אול[- ]?הנדס|כנס חברה|ישיבת חברה|[וה]?דמו(?:אים)?|הדגמ(?:ה|ת)|הצגת|פרזנטצי(?:ה|ות)",
        r"קיק[- ]?או[פף]|[ו]?חפיפ(?:ה|ת)|[וה]?ועד(?:ה|ת|ות)|פורום הנהלה|דירקטוריון",
        r"יי?שור קו|תיאום ציפיות|סיעור מוחות|בריינסטורם\w*|שעות קבלה|שאלות ותשובות|בקלוג|גרומינג",
        r"ריפיינמנט",
        r"^\W*(?:מיילים|מייל|אימיילים|דואר נכנס)(?!\w)|(?:מענה ל|מעבר על ה?|קריאת ה?)מיילים",
    ),
    "bulgarian": (
        r"стендъп\w*|ежедневн\w* (?:среща|срещи|синк)|оперативк\w*|планиран\w*|ретроспекци\w*",
        r"преглед(?:а|ът)? на (?:спринт\w*|архитектур\w*|дизайн\w*|изискван\w*|проект\w*"
        r"|резултат\w*|инцидент\w*|статус\w*|напред\w*|документ\w*|план\w*|задач\w*|бекло\w*)",
        r"ревю(?:то|та)?|демо(?:то|та)|интервю(?:то|та)?|събеседван\w*|кандидат\w*",
        r"предаване на (?:смяна\w*|проект\w*|задачи\w*|знания\w*)|приемо-?предаване",
        r"кикоф\w*|начална среща|стартова среща|управителен съвет|управляващ комитет",
        r"общо събрание|фирмена среща|мозъчна атака|брейнсторм\w*|рефайнмънт|въпроси и отговори",
        r"статусна среща|^\W*(?:поща(?:та)?|имейли)(?!\w)",
        r"(?:отговаряне на|отговор\w* на|проверка на|преглед на|четене на) "
        r"(?:имейл\w*|поща(?:та)?)",
        r"planirane|retrospekciya",
    ),
    "serbocroatian": (
        r"stendap\w*|dnevn\w* (?:sastan\w*|sink\w*)|дневн\w* састан\w*|dejli|дејли",
        r"planiranj\w*|планирањ\w*|retrospektiv\w*",
        r"pregled (?:sprint\w*|arhitektur\w*|dizajn\w*|zahte\w*|zahtje\w*|specifikacij\w*"
        r"|projekt\w*|plan\w*|rezultat\w*|incident\w*|status\w*|napretk\w*|dokument\w*|zadat\w*)",
        r"преглед (?:спринт\w*|архитектур\w*|дизајн\w*|захтев\w*|пројект\w*|резултат\w*"
        r"|инцидент\w*|статус\w*|напретк\w*)",
        r"intervju\w*|интервју\w*|razgovor za posao|разговор за посао|kandidat\w*|кандидат\w*",
        r"regrutacij\w*|регрутациј\w*|zapo[šs]ljavanj\w*|запошљавањ\w*",
        r"primopredaj\w*|примопредај\w*|kolegij\w*|колегиј\w*|odbor(?:a|u|om|i|e)?|одбор\w*",
        r"statusn(?:i|a|og|om|e)|статусн(?:и|а|ог|ом|е)",
        r"(?:po[čc]etn|uvodn)\w* sastan\w*|(?:почетн|уводн)\w* састан\w*",
        r"prezentacij\w*|презентациј\w*|brejnstorming\w*|oluj\w* mozgova|олуј\w* мозгова",
        r"pitanja i odgovori|питања и одговори",
        r"^\W*(?:mejl\w*|imejl\w*|e-?po[šs]t\w*|po[šs]ta|пошта|мејлов\w*)(?!\w)",
        r"(?:odgovaranje na|odgovori na|provera|provjera|pregled|pregledanje|[čc]itanje"
        r"|sre(?:đ|dj|d)ivanje) (?:mejl\w*|mail\w*|e-?mail\w*|po[šs]t\w*)",
        r"(?:одговарање на|провера|преглед|читање) (?:на )?(?:е-?)?(?:мејл\w*|пошт\w*)",
        r"demoi|демои",
    ),
    "arabic": _arabic_script(
        rf"{_AL}(?:سكرم|سكرام|اسكرم|وقفة اليومية)|ا?ستاند[- ]?أب|ديلي",
        r"(?:ال)?(?:[اإ]جتماع|لقاء) (?:ال)?يومي",
        rf"{_AL}(?:تخطيط\w*|ريترو|رترو)|بلانينج|بلاننج|(?:[اإ]جتماع|جلسة) (?:ال)?استرجاع\w*",
        rf"{_AL}(?:مراجع(?:ة|ات|ت\w+)(?! به)|استعراض)|ريفيو",
        rf"{_AL}(?:مقابلة|مقابلات|توظيف)",
        rf"{_AL}(?:عرض (?:ال)?(?:تقديمي|توضيحي)|عروض (?:ال)?تقديمية|ديمو)|بر[يی]?زنتيشن",
        r"تحديث (?:ال)?(?:حالة|وضع|أسبوعي|شهري)|حالة (?:ال)?مشروع|متابعة (?:ال)?(?:تقدم|إنجاز)",
        r"تسليم واستلام|تسليم (?:ال)?(?:مهام|عهدة|مناوبة)|(?:ال)?انطلاق (?:ال)?مشروع",
        r"[اإ]جتماع (?:ال)?انطلاق|كيك ?أوف",
        r"(?:ال)?[اإ]جتماع (?:ال)?عام|(?:ال)?لقاء (?:ال)?مفتوح|[اإ]جتماع (?:ال)?(?:شركة|قسم|إدارة)",
        rf"{_AL}(?:لجنة|لجان)|مجلس (?:ال)?إدارة",
        r"(?:ال)?عصف (?:ال)?ذهني|أسئلة وأجوبة|سؤال وجواب|(?:ال)?ساعات (?:ال)?مكتبية|باك ?لوج",
        r"تحليل (?:ال)?(?:حادثة|حوادث)|تحليل (?:ال)?سبب (?:ال)?جذري|بوست ?مورتم",
        r"(?:ال)?دروس (?:ال)?مستفادة",
        r"^\W*(?:ال)?(?:بريد|إيميلات|إيميل|رسائل)(?!\w)",
        r"(?:الرد على|قراءة|مراجعة|متابعة|فرز) (?:ال)?(?:بريد|إيميل|رسائل)\w*",
    ),
    "persian": _arabic_script(
        r"استند_آپ|دیلی|اسکرام|جلسه (?:ی )?(?:روزانه|صبحگاهی)",
        r"برنامه_ریزی|پلنینگ|رترو|رتروسپکتیو|گذشته_نگری|بازبینی|ریویو|رویو",
        r"دمو|ارائه(?! (?:خدمات|مدارک))|نمایش محصول",
        r"مصاحبه\w*|جذب (?:نیرو|استعداد)|غربالگری رزومه|بررسی رزومه",
        r"گزارش (?:وضعیت|پیشرفت)|وضعیت پروژه|تحویل (?:کار|پروژه|شیفت)|کیک_آف|کیک_اف",
        r"جلسه (?:شروع|آغاز) پروژه|جلسه عمومی|آل_هندز|کمیته\w*|هی[ئأا]ت_مدیره",
        r"شورای (?:فنی|معماری|محصول)|هم_اندیشی",
        r"طوفان فکری|بارش فکری|پرسش و پاسخ|سوال و جواب|بک_لاگ|گرومینگ|ریفاینمنت|هم_راستایی",
        r"پست_مورتم|تحلیل (?:علت|ریشه|حادثه)\w*",
        r"^\W*(?:ایمیل|ای_میل|پست الکترونیک)(?!\w)",
        r"(?:چک کردن|بررسی|خواندن|جواب(?: دادن)?|پاسخ(?: به)?) (?:ای_میل|ایمیل)\w*",
    ),
    "hindi": (
        _hi("स्टैंड[- ]?अप", "स्टेंड[- ]?अप", "स्क्रम", "डेली (?:सिंक|मीटिंग|कॉल)", "रेट्रो"),
        _hi("पोस्ट[- ]?मॉर्टम", "योजना", "प्लानिंग", "प्लैनिंग", "नियोजन", "समीक्षा", "रिव्यू"),
        _hi("रिव्यु", "साक्षात्कार", "इंटरव्यू", "इंटरव्यु", "उम्मीदवार", "भर्ती", "प्रस्तुति"),
        _hi("प्रेज़ेंटेशन", f"डेमो{_HE}", "हैंड[- ]?ओवर", "हस्तांतरण", "किक[- ]?ऑफ़", "विचार[- ]मंथन"),
        _hi("ब्रेनस्टॉर्मिंग", "टाउन ?हॉल", "ऑल[- ]हैंड्स", "बैकलॉग", "ग्रूमिंग", "रिफ़ाइनमेंट"),
        _hi("स्टेटस", "प्रगति (?:समीक्षा|अपडेट|बैठक)", "समन्वय", "समिति"),
        _hi(r"^\W*(?:ईमेल|ई-मेल|इनबॉक्स)", "(?:ईमेल|ई-मेल|मेल) (?:का जवाब|के जवाब|देखना|देखने|चेक)"),
    ),
    "albanian": (
        r"planifikim\w*|rishikim\w*|shqyrtim\w*|intervist(?:[ëe]|a|at|ave|[ëe]n|[ëe]s)",
        r"rekrutim\w*|kandidat\w*|prezantim\w*|demonstrim\w*|dor[ëe]zim\w*|komitet\w*",
        r"koordinim\w*|bashk[ëe]rendim\w*|informim\w*|stuhi mendimesh",
        r"p[ëe]rdit[ëe]sim(?:i)? (?:i )?(?:statusit|statusi|javor|projektit|ekipit)",
        r"raport(?:im)? progresi|nisj[ae] e projektit|m[ëe]simet e nxjerra|m[ëe]sime t[ëe] nxjerra",
        r"^\W*(?:e-?mailet|postë|postën|posta elektronike)(?!\w)",
        r"p[ëe]rgjigj\w* (?:ndaj )?e-?mail\w*",
    ),
    "lithuanian": (
        r"planavim\w*|retrospektyv\w*|per[žz]i[ūu]r\w*|ap[žz]valg\w*|darbo pokalb\w*|atrank\w*",
        r"[įi]darbinim\w*|(?:darb[ųu]|reikal[ųu]|pamainos|projekto|[žz]ini[ųu]) perdavim\w*",
        r"pristatym\w*|demonstracij\w*|valdyb\w*|taryb\w*|koordinavim\w*|suderinim\w*",
        r"status(?:as|o|[ąa]|ai)|visuotin\w* susirinkim\w*|smegen[ųu] [šs]turm\w*",
        r"id[ėe]j[ųu] generavim\w*|startin\w* susitikim\w*|projekto prad[žz]i\w*",
        r"i[šs]mokt\w* pamok\w*|operatyvin\w* pasitarim\w*|operatyvk\w*",
        r"kasdien\w* (?:susitikim|pasitarim|susirinkim)\w*|klausimai ir atsakymai",
        r"informacin\w* (?:susitikim|sesij|rengin)\w*|prioritet[ųu] (?:nustatym|derinim)\w*",
        r"prioritizavim\w*",
        r"^\W*(?:el\.? ?pa[šs]t(?:as|o)|lai[šs]k(?:ai|[ųu])|pa[šs]tas)(?!\w)",
        r"(?:atsakym\w*|atsakyti) [įi] lai[šs]k\w*",
        r"lai[šs]k[ųu] (?:per[žz]i[ūu]r|tvarkym|skaitym|ra[šs]ym)\w*",
    ),
    "latvian": (
        r"pl[āa]no[šs]an\w*|retrospekt[īi]v\w*|p[āa]rskat(?:s|a|u|[īi][šs]an\w*)|intervij\w*",
        r"(?<!rel[īi]zes )kandid[āa]t\w*|(?:person[āa]la|darbinieku) atlas\w*",
        r"prezent[āa]cij\w*|kopsapulc\w*|status(?:s|a|u)",
        r"(?:darbu|lietu|projekta|zin[āa][šs]anu|mai[ņn]as|de[žz][ūu]ras) nodo[šs]an\w*",
        r"(?:ikdienas|r[īi]ta) (?:sapulc|tik[šs]an)\w*",
        r"projekta (?:s[āa]kum|uzs[āa]k[šs]an|atkl[āa][šs]an)\w*",
        r"izv[ēe]rt[ēe](?:[šs]an|jum)\w*|g[ūu]t[āa]s m[āa]c[īi]bas",
        r"^\W*e-?past(?:s|i|u|a|us|iem)(?!\w)",
    ),
    "estonian": (
        r"\w*planeerimi\w*|retrospektiiv\w*|\w*[üu]levaa(?:de|te\w*|tus\w*)|\w*intervjuu\w*",
        r"t[öo][öo]vestlus\w*|kandidaa(?:t|di|te)\w*|v[äa]rbami\w*|\w*[üu]leandmi\w*",
        r"esitlus\w*|tutvust(?:ami|us)\w*|staatus\w*|[üu]ldkoosolek\w*",
        r"kliendi(?:kohtumi|koosolek)\w*|ajur[üu]nnak\w*|k[üu]simused ja vastused|infotun\w*",
        r"^\W*(?:e-?kirjad|e-?post|meilid|postkast)(?!\w)",
        r"(?:e-?kirjade?|meilide?|kirjade)(?:le)? (?:l[äa]bivaatami\w*|vastami\w*|lugemi\w*)",
    ),
    "slovenian": (
        r"na[čc]rtovanj\w* (?:sprint\w*|iteracij\w*|projekt\w*|kapacitet\w*|dela|nalog|ciljev"
        r"|izdaj\w*|prora[čc]un\w*|[čc]etrtletj\w*|leta|roadmap\w*)",
        r"pregled (?:stanja|napredka|ciljev|na[čc]rt\w*|tveganj\w*|prora[čc]un\w*|leta"
        r"|[čc]etrtletj\w*)",
        r"zaposlitven\w* razgovor\w*|zaposlovanj\w*",
        r"predaj\w* (?:dela|projekt\w*|izmen\w*|znanja|de[žz]urstv\w*|nalog)",
        r"predstavitv\w*|predstavitev|(?:dnevn|jutranj|uvodn|za[čc]etn|statusn)\w* sestan\w*",
        r"zbor (?:zaposlenih|delavcev)|vpra[šs]anja in odgovori|mo[žz]gansk\w* nevih\w*",
        r"(?:odgovarjanj\w* na|branj[ea]|pregled|pregledovanj\w*) "
        r"(?:e-?po[šs]t\w*|mail\w*|e-?mail\w*|mejl\w*|sporo[čc]il\w*)",
    ),
    "icelandic": (
        r"\w*(?<!endur)skipulagning\w*|[áa](?:æ|ae)tlanager[ðd]\w*|stefnum[óo]tun\w*|endurlit\w*",
        r"\w*yfirfer[ðd]\w*|\w*rýni(?:n|na|nni|nnar|s|fund\w*)?",
        r"(?:sprett|h[öo]nnunar|jafningja|arkitekt[úu]rs?|kerfis|v[öo]ru)ryni(?:n|na|fund\w*)?",
        r"\w*vi[ðd]t(?:al|ali|alið|alinu|als|öl|ol|ölin|ölum|olum)",
        r"ums(?:æ|ae)kj\w*|r[áa][ðd]ning\w*|kynning\w*|framvind\w*",
        r"st[öo][ðd]ufund\w*|st[öo][ðd]uuppf(?:æ|ae)rsl\w*|dagleg\w* fund\w*",
        r"stj[óo]rnarfund\w*|stj[óo]rnendafund\w*|framkv(?:æ|ae)mdastj[óo]rn\w*",
        r"st[ýy]rih[óo]p\w*|starfsmannafund\w*|hugarflug\w*|spurningar og sv[öo]r",
        # A hand-over of work or of a shift (not a data transfer: "gagnayfirfærsla").
        r"(?:verkefna|(?:þ|th)ekkingar)?afhending (?:verkefn\w*|vinnu|vaktar)|vaktaskipt\w*",
        r"verkefnaafhending\w*|verkefnayfirf(?:æ|ae)rsl\w*",
        r"^\W*(?:t[öo]lvup[óo]st\w*|p[óo]stur(?:inn)?|p[óo]sth[óo]lf\w*)(?!\w)",
        r"(?:svara|svör vi[ðd]|fara yfir|lesa) (?:t[öo]lvup[óo]st\w*|p[óo]st(?:inn|a|um)?)",
    ),
    "macedonian": (
        r"дневн(?:а|ен|и) (?:средб|состан)\w*|dnevn(?:a|en|i) (?:sredb|sostan)\w*",
        r"разговор за (?:работа|вработување)|razgovor za (?:rabota|vrabotuvanje)",
        r"вработувањ\w*|vrabotuvanj\w*|примопредавањ\w*|primopredavanj\w*",
        r"преглед на (?:дизајн\w*|барањ\w*|напредок\w*|цели\w*|буџет\w*|ризиц\w*)",
        r"pregled na (?:sprint\w*|arhitektur\w*|dizajn\w*|baranj\w*|napredok\w*|proekt\w*"
        r"|status\w*|celi\w*)",
        r"ревју(?:то|а)?|revju(?:to)?|усогласувањ\w*|usoglasuvanj\w*",
        r"(?:почетн|воведн|стартн)\w* (?:средб|состан)\w*",
        r"(?:po(?:ch|č|c)etn|vovedn|startn)\w* (?:sredb|sostan)\w*",
        r"управувачк\w* комитет\w*|upravuva(?:ch|č|c)k\w* komitet\w*",
        r"брејнсторминг\w*|рефајнмент\w*|прашања и одговори|pra(?:sh|š|s)anja i odgovori",
        r"^\W*(?:имејл\w*|e-?posht\w*)(?!\w)",
        r"(?:одговарање|одговори|читање|преглед|проверка) на "
        r"(?:е-?пошта(?:та)?|пораки(?:те)?|имејл\w*)",
        r"(?:пишување|праќање) (?:на )?(?:мејлови|е-?пошта|имејл\w*)",
        r"(?:pi(?:sh|š|s)uvanje|pra(?:kj|ḱ|k|ć)anje) (?:na )?"
        r"(?:mejlovi|e-?po(?:sh|š|s)ta|e-?mail\w*)",
        r"(?:odgovaranje|odgovori|(?:ch|č|c)itanje|pregled|proverka) na "
        r"(?:e-?po(?:sh|š|s)ta(?:ta)?|poraki(?:te)?)",
    ),
    "mongolian": _mongolian(
        r"стэндап\w*|өдөр тутмын (?:уулзалт|хурал)\w*|өглөөний (?:уулзалт|хурал)\w*",
        # Planning and plans, but not planned maintenance ("төлөвлөгөөт засвар").
        r"төлөвлөлт\w*|төлөвлөгөө(?!т)\w*|ярилцлага\w*|нэр дэвшигч\w*|ажилд ав(?:ах|алт\w*)",
        r"сонгон шалгаруулалт\w*|хүлээлгэн өг\w*|хүлээлц\w*|танилцуулга\w*|тойм\w*|хянан үз\w*",
        r"ажлын явц\w*|явцын (?:уулзалт|хурал|хяналт)\w*|нээлтийн (?:уулзалт|хурал)\w*",
        r"төслийн эхлэл\w*|нэгдсэн хурал\w*|ээлжит хурал\w*|зөвлөл(?:ийн|д|өөс)?",
        r"(?-i:ТУЗ)|ажлын хэс(?:эг|гийн)|оюуны довтолгоо\w*|санаа солилц\w*|асуулт хариулт",
        r"сургамж\w*|дүгнэлт\w*|тайлагна\w*|мэдээл(?:эл|лийн) (?:уулзалт|хурал|солилц)\w*",
        r"^\W*(?:и-?мэйл\w*|мэйл\w*|цахим шуудан\w*)(?!\w)",
        r"(?:и-?мэйл|мэйл|цахим шуудан)\w* (?:шалгах|хариулах|унших|харах|цэгцлэх|бичих)",
        r"yariltslaga\w*|t[uo]l[uo]vl[uo]lt\w*",
    ),
    "azerbaijani": (
        r"planla[şs]d[ıi]r\w*|planerka\w*|planyorka\w*|icmal\w*|n[əe]z[əe]rd[əe]n ke[çc]ir\w*",
        r"m[üu]sahib[əe]\w*|namiz[əe]d\w*|i[şs][əe] q[əe]bul\w*|t[əe]hvil\w*|t[əe]qdimat\w*",
        r"n[üu]mayi[şs]\w*|koordinasiya\w*|komit[əe](?:si|l[əe]r\w*)?|idar[əe] hey[əe]t\w*",
        r"direktorlar [şs]uras\w*|brifinq\w*|debrifinq\w*|qiym[əe]tl[əe]ndir\w*",
        r"beyin (?:f[ıi]rt[ıi]nas[ıi]|h[əe]ml[əe]si)|sual[- ]cavab|ofis saatlar\w*",
        r"[üu]mumi (?:y[ıi][ğg][ıi]ncaq|iclas)\w*|layih[əe]nin (?:ba[şs]lan[ğg]|start)\w*",
        r"(?:al[ıi]nan|[öo]yr[əe]nilmi[şs]) d[əe]rsl[əe]r\w*",
        r"^\W*(?:e-?po[çc]t\w*|po[çc]t(?:u|lar)?)(?!\w)",
        r"(?:e-?po[çc]t|m[əe]ktub)\w* (?:cavab|yoxla|oxu|bax)\w*",
    ),
}

# Meeting words that say nothing of the topic: meeting, call, sync, follow-up, consultation.
MEETING_WORDS: Words = {
    "swedish": (r"\w*möte(?:t|n|na)?|avstämning\w*|uppföljning\w*|\w*samtal|träff|samråd",),
    "danish": (r"\w*møde(?:r|t|rne)?|samtale|opfølgning\w*|sparring|afklaring",),
    "norwegian": (r"\w*møte(?:r|t|ne)?|samtale|oppfølging\w*|avklaring\w*|avstemming",),
    "finnish": (
        r"\w*palaveri\w*|\w*kokous\w*|\w*kokouks\w*|tapaami\w*|\w*puhelu\w*",
        r"\w*keskustelu\w*|synkka\w*|synkkaus",
        r"seuranta(?:a|palaveri\w*|kokous\w*)?",  # a follow-up (not "seurantadata", tracking)
    ),
    "czech": (
        r"sch[ůu]zk\w*|porad(?:a|y|u|ě|e|ou)|jednání|jednani|setkání|setkani|hovor|hovory",
        r"konzult[aá]c\w*|diskuse|diskuze|telefonát|telefonat|synchro",
    ),
    "slovak": (r"stretnuti\w*|rokovani\w*|diskusia|diskusi\w*|konzultáci\w*",),
    "hungarian": (
        r"megbesz[ée]l[ée]s\w*|[ée]rtekezlet\w*|tal[áa]lkoz[óo]\w*|h[íi]v[áa]s\w*",
        r"egyeztet[ée]s\w*|konzult[áa]ci[óo]\w*|besz[ée]lget[ée]s\w*",
    ),
    "romanian": (
        rf"{_S}edin{_T}\w*|[îi]nt[âa]lnir\w*|apel(?:uri|ul)?|discu{_T}i\w*",
        r"sincronizare|consultare|convorbire",
    ),
    "turkish": (
        r"toplant[ıi]\w*|g[öo]r[üu][şs]me\w*|konu[şs]ma\w*|isti[şs]are\w*|bulu[şs]ma\w*",
        r"takip|haftal[ıi]k|senkron\w*|sohbet\w*",
    ),
    "russian": (
        r"совещани\w*|встреч\w*|созвон\w*|звон(?:ок|ка|ки)|митинг\w*|синк\w*",
        r"обсуждени\w*|консультаци\w*|разговор\w*|переговор\w*|собрани\w*|летучк\w*",
        r"синхронизаци\w*|колл|коллы",
    ),
    "ukrainian": (
        r"зустріч\w*|нарад\w*|дзвін(?:ок)?|дзвінк\w*|обговоренн\w*|консультаці\w*",
        r"розмов\w*|перемовин\w*|збори|зборів|синхронізаці\w*",
    ),
    "greek": (
        r"συν[άα]ντησ\w*|σ[ύυ]σκεψ\w*|τηλεδι[άα]σκεψ\w*|κλ[ήη]σ\w*|τηλεφων\w*",
        r"συζ[ήη]τησ\w*|διαβο[ύυ]λευσ\w*",
    ),
    "vietnamese": (
        r"họp|cuộc gọi|gọi điện|trao đổi|thảo luận|đồng bộ|gặp mặt|gặp gỡ|tư vấn",
        r"trò chuyện|hội ý",
    ),
    "indonesian": (
        r"rapat|mesyuarat|pertemuan|panggilan|diskusi|perbincangan|sinkronisasi",
        r"konsultasi|ngobrol|obrolan|tindak lanjut",
    ),
    "hebrew": (
        r"[ובלהמשכ]?פגיש\w*|[ובלה]?ישיב(?:ה|ת|ות)|[ובלהמש]?שיח(?:ה|ת|ות)|[ובלה]?סנכרון|סינכרון",
        r"סינק(?:ים)?",
        r"[ובלה]?מפגש(?:ים)?|[ובלה]?דיו(?:ן|נים)|התייעצות|[ו]?ייעוץ|צ['׳]ק[- ]?אין",
        r"קא?צ['׳]?[- ]?א[פף]|מיטינג",
        r"פולו[- ]?א[פף]|[וה]?שבועי(?:ת)?|דו[- ]?שבועי(?:ת)?|טלפון|[ו]?תיאום|pgisha|pgishat",
    ),
    "bulgarian": (
        r"срещ[аи]\w*|заседани\w*|съвещани\w*|събрани\w*|обажда\w*|обсъжд\w*|консултаци\w*",
        r"дискуси\w*|видеоразговор\w*|седмичн\w*",
        r"sreshta|sreshti|sreshtata|obsazhdane|obazhdane",
    ),
    "serbocroatian": (
        r"sastan\w*|састан\w*|poziv\w*|позив(?:а|у|ом|и)?|razgovor\w*|dogovor\w*|sednic\w*|sjednic\w*",
        r"седниц\w*|konsultacij\w*|konzultacij\w*|консултациј\w*|diskusij\w*|дискусиј\w*",
        r"[ćc]askanj\w*|ћаскањ\w*|susret\w*|сусрет\w*|[čc]ujemo se|чујемо се",
        r"nedeljn(?:i|a|o)|tjedn(?:i|a|o)|sedmi[čc]n(?:i|a|o)|недељн(?:и|а|о)|седмичн(?:и|а|о)",
    ),
    "arabic": _arabic_script(
        rf"{_AL}(?:[اإ]جتماع(?:ات|نا|كم)?|لقاء(?:ات)?|جلسة|جلسات|مكالمة|مكالمات)",
        rf"{_AL}(?:ميتنج|ميتينج|ميتينغ|ميتنق|ميتينق|مناقشة|نقاش|متابعة)|اتصال هاتفي",
        rf"{_AL}(?:تنسيق(?! (?:ال)?(?:كود|نص|ملفات))|استشارة|أسبوعي|أسبوعية)",
        rf"{_AL}مزامنة(?! (?:ال)?(?:بيانات|ملفات|قاعدة))|سينك",
        r"ijtima3|ejtema3|egtema3|egtma3|ejtima3",
    ),
    "persian": _arabic_script(
        r"جلس[هۀة]|جلسات|نشست|ملاقات|دیدار|تماس|تلفن|گفتگو|گفت_وگو|گپ|میتینگ",
        r"بحث (?:و بررسی|درباره|در مورد|فنی)|هماهنگی|پیگیری|مشاوره|هفتگی|دو_هفتگی|سینک",
        r"jalase|jalaseh",
    ),
    "hindi": (
        _hi("बैठक", "मीटिंग", "मिटिंग", f"कॉल(?:्स)?{_HE}", "चर्चा", "वार्ता", "बातचीत", "मुलाक़ात"),
        _hi(f"सिंक{_HE}", "परामर्श", "फ़ॉलो[- ]?अप", "चेक[- ]?इन", "साप्ताहिक", "पाक्षिक"),
        _hi("हालचाल", "गपशप", "संवाद"),
        r"baithak",
    ),
    "albanian": (
        r"tak(?-i:[iI])m(?:i|in|it|e|et|eve)?|mbledhj\w*|\w*thirrj\w*|telefonat[ëe]\w*|bised\w*",
        r"diskutim\w*|konsultim\w*|sinkronizim\w*|ndjekj\w*|sqarim\w*|javore",
    ),
    "lithuanian": (
        r"susitik\w*|pasitarim\w*|susirinkim\w*|pos[ėe]d(?:is|yje|[įi]|[žz]i\w*)|skambu[tčc]\w*",
        r"aptarim\w*|aptarti|pokalb\w*|sinchronizacij\w*|savaitin\w*|kassavaitin\w*",
    ),
    "latvian": (
        r"sapulc\w*|tik[šs]an(?:[āa]s|os|[āa]m)|(?:video|telefon)?zvan(?:s|u|i|iem|[īi])",
        r"san[āa]ksm\w*",
        r"sarun\w*|p[āa]rrun\w*|diskusij\w*|konsult[āa]cij\w*|sēd(?:e|es|ē|i)|apspried\w*",
        # (Not a data sync: "datu sinhronizācija".)
        r"(?<!datu )sinhroniz(?:[āa]cij\w*|[ēe][šs]an[āa]s)|(?:tele|video)konferenc\w*",
    ),
    "estonian": (
        r"\w*koosolek\w*|\w*kohtumi\w*|kõne(?:d|le|s)?|\w+kõne\w*|helista\w*",
        r"arut(?:elu|am|ame)\w*|\w*vestlus\w*|igan[äa]dala\w*",
    ),
    "slovenian": (
        r"sestan\w*|pogovor\w*|posvet(?:a|u|om|i)?|sre[čc]anj\w*|usklajevanj\w*|uskladitev",
        r"videoklic\w*|klic(?:a|u)? (?:s|z|glede) \w+",
        r"(?:telefonsk|video|konferen[čc]n|kratk)\w* klic\w*",
    ),
    "icelandic": (
        # A meeting, in compounds too ("teymisfundi", "morgunfundir"), but not the Spanish and
        # Portuguese "fundir" (to merge, to melt), "confundir", "difundir", "infundir", nor the
        # Swahili "mafundi" (craftsmen).
        r"\w*fund(?:ur|urinn|inum|inn|irnir|um|unum|ina)|fundarins",
        r"\w+(?<!con)(?<!\bin)(?<!di)(?<!re)(?<!ef)(?<!\bma)fundi(?:r)?",
        r"(?:[áa]|af|fr[áa]|eftir|fyrir) fundi|til fundar",
        r"s[íi]mt(?:al|ali|alið|alinu|öl|ol|ala|ölum|olum)",
        r"\w*samt(?:alið|ali|alinu|öl|ol|ölin|ölum|olum)|spjall\w*|hringja [íi]",
        r"umr(?:æ|ae)[ðd]\w*|samr[áa][ðd](?:i|s)?|r[áa][ðd]gj[öo]f\w*|eftirfylgn\w*",
        r"vikuleg\w*|hittingur(?:inn)?|hitting(?:i|num)|samstilling\w*(?! gagna)",
    ),
    "macedonian": (
        r"средб(?:а|ата|и|ите)|состан(?:ок|окот|оци|оците)",
        r"sredb(?:a|ata|i|ite)|sostan(?:ok|okot|oci|ocite)",
        # A call, but not the Serbian and Croatian "povik" (a shout): in Macedonian forms.
        r"повикот|повикување|повик(?:от)? со|(?:телефонски|видео|конференциски|краток) повик\w*",
        r"povikot|povikuvanje|povik(?:ot)? so|(?:telefonski|video|konferenciski|kratok) povik\w*",
        r"konsultacii(?:te)?",
    ),
    "mongolian": _mongolian(
        r"уулзалт\w*|уулзах|уулзъя|уулзана|хурал\w*|хурл\w*|хэлэлц\w*|зөвлөлд\w*|цуглаан\w*",
        r"зөвлөгөө\w*|ярилцах|ярилцъя|ярилцана|мийтинг\w*|(?:долоо|7) хоног бүрийн",
        # A call, but not an API's or a function's, nor on-call duty ("дуудлагын жижүүр").
        r"(?<!api )(?<!функцийн )(?<!функцын )дуудлага(?!ын (?:жижүүр|ээлж))\w*",
        r"uulzalt\w*|hural|hurliin|huraldaan\w*|khural\w*",
    ),
    "azerbaijani": (
        r"iclas\w*|y[ıi][ğg][ıi]ncaq\w*|m[üu]zakir[əe]\w*|m[əe]sl[əe]h[əe]tl[əe][şs]m[əe]\w*",
        r"konsultasiya\w*|söhb[əe]t\w*|sohbət\w*|dan[ıi][şs][ıi][qğ]\w*|h[əe]ft[əe]lik",
        # A meeting, but a Turkish opinion: with an Azerbaijani ending or in a phrase.
        r"g[öo]r[üu][şs](?:ə|d[əe]|d[əe]n|lər\w*)|g[öo]r[üu][şs]mə\w*|il[əe] g[öo]r[üu][şs]\w*",
        r"i[şs]g[üu]zar g[öo]r[üu][şs]\w*|^\W*g[öo]r[üu][şs](?=\s*[:–—-])",
        # A call, but not the name Zeng, "zəngin" (rich), Zəngilan or Zəngəzur.
        r"zəng(?:i|imiz|iniz|ə|d[əe]|d[əe]n|l[əe]r\w*)?|z[əe]ngl[əe][şs]\w*",
        r"(?:telefon|video|onlayn|q[ıi]sa) z[əe]ng(?:i|l[əe]r\w*)?",
        # (Not a data sync: "məlumatların sinxronizasiyası".)
        r"(?<!data )(?<!m[əe]lumat )(?<!m[əe]lumatlar[ıi]n )sinxron\w*",
    ),
}

# Focus time, deep work, do not book, pair or mob programming, hackathons, maintenance windows.
DEEP_WORK_ACTIVITY: Words = {
    "swedish": (
        r"djupt? arbete|djuparbete|boka (?:ej|inte)|ej bokningsbar|stör ej|stör inte",
        r"parprogrammering|mobbprogrammering|underhållsfönster|servicefönster|ändringsfönster",
        r"beredskapsärende\w*",  # an on-call case
        r"hackdag\w*",
        r"parprog\w*",
        r"prod(?:uktions)?-?s[äa]ttning\w*",  # a release to production
    ),
    "danish": (
        r"dybdearbejde|ikke book\w*|må ikke bookes|forstyr ikke|parprogrammering",
        r"servicevindue|vedligeholdelsesvindue",
        r"^\W*vagt\W*$",  # on call, alone
        r"hackdag\w*",
        r"parprog\w*",
    ),
    "norwegian": (
        r"dybdearbeid|dypt arbeid|ikke book\w*|ikke forstyrr|parprogrammering",
        r"vedlikeholdsvindu\w*|servicevindu\w*",
        r"hackdag\w*",
        r"sjøtest\w*",
        r"parprog\w*",
    ),
    "finnish": (
        r"keskittymi\w*|syväty\w*|älä varaa|ei varauksia|pariohjelmointi\w*",
        r"mob-?ohjelmointi\w*|huoltokatko\w*|huoltoikkuna\w*|muutosikkuna\w*",
        r"^\W*kenttätesti\w*",  # a field test, first
        r"pairau\w*|pariohjelmoin\w*",
    ),
    "czech": (
        r"soust[řr]ed[ěe]n\w*|hlubok[áa] pr[áa]ce|neru[šs]it|p[áa]rov[ée] programov\w*",
        r"servisn[íi] okn\w*|okno [úu]dr[žz]by",
        r"nasazen\w*",
    ),
    "slovak": (
        r"sústredeni\w*|sustredeni\w*|neru[šs]i[ťt]|servisn[ée] okn\w*",
        r"nasaden\w*",
    ),
    "hungarian": (
        r"f[óo]kusz\w*|m[ée]lymunka|ne foglal\w*|p[áa]ros programoz\w*",
        r"karbantart[áa]si ablak\w*",
        r"tesztnap\w*",
    ),
    "romanian": (
        r"timp de concentrare|concentrare|nu (?:programa|rezerva|deranja)",
        r"programare [îi]n pereche|fereastr[ăa] de (?:mentenan|[îi]ntre[țţt]inere)\w*",
    ),
    "turkish": (
        r"odak\w*|derin [çc]al[ıi][şs]ma|rahats[ıi]z etmeyin|e[şs]li programlama",
        r"bak[ıi]m penceresi|bak[ıi]m [çc]al[ıi][şs]mas[ıi]",
        r"saha test\w*",
    ),
    "russian": (
        r"фокус(?!-?групп)\w*|глубок\w* работ\w*|не (?:беспокоить|бронировать|ставить)",
        r"парн\w* программировани\w*|хакатон\w*|регламентн\w* работ\w*",
        r"технологическ\w* окн\w*|окно обслуживания",
        # A trip to a unit or a site to check or commission it ("Выезд на установку: сверка тегов").
        r"выезд\w* на (?:установк|объект|площадк)\w*[^\n]{0,60}?(?:сверк|наладк)\w*",
        r"пейринг\w*|парн\w* программировани\w*",
        r"хак-?день|хак-?дн\w*",
    ),
    "ukrainian": (
        r"фокус(?!-?груп)\w*|глибок\w* робот\w*|не (?:турбувати|бронювати|ставити)",
        r"парн\w* програмуванн\w*|хакатон\w*|регламентн\w* робот\w*|технічн\w* вікн\w*",
        r"вікно обслуговуванн\w*",
        r"пейрінг\w*|парн\w* програмуванн\w*",
        r"хак-?день|хак-?дн\w*",
    ),
    "greek": (
        r"χρ[όο]νος συγκ[έε]ντρωσης|εστ[ίι]ασ\w*|βαθι[άα] δουλει[άα]|μην ενοχλε[ίι]τε",
        r"παρ[άα]θυρο συντ[ήη]ρησ\w*",
    ),
    "vietnamese": (
        r"thời gian tập trung|làm việc tập trung|tập trung làm việc|không đặt lịch",
        r"không làm phiền|lập trình cặp|lập trình đôi|bảo trì",
    ),
    "indonesian": (
        r"jangan ganggu|jangan dipesan|pemrograman berpasangan|jendela pemeliharaan",
        r"pemeliharaan sistem",
        r"kunjungan lapangan[^\n]{0,60}?uji coba",  # a field visit to try something out
        r"^\W*uji lapangan",  # a field test, first (not "Diskusi hasil uji lapangan")
    ),
    "hebrew": (
        r"[וב]?פוקוס(?! ?גרו[פף]| ?קבוצ\w*)|זמן (?:ריכוז|שקט)|ריכוז",
        r"עבודה (?:עמוקה|שקטה|מרוכזת|עצמית)",
        r"דיפ[- ]?וורק|לא (?:לקבוע|לתאם|להפריע|לזמן)|[בה]?האקתון(?:ים)?|הקאתון",
        r"תכנות (?:בזוגות|זוגי)",
        r"פיירינג|חלון (?:תחזוקה|שינויים)|בדיקות עומס|(?:סשן|מפגש) עבודה",
    ),
    "bulgarian": (
        r"време за концентрация|концентрация|дълбока работа|не (?:ме )?безпокойте|без срещи",
        r"не (?:резервирайте|насрочвайте|записвайте)|(?:програмиране|работа|кодиране) по двойки",
        r"работна сесия|прозорец за поддръжка|планирана поддръжка",
        r"(?:тест\w*|изпитван\w*) (?:за|на) натоварван\w*|натоварващ\w* тест\w*",
    ),
    "serbocroatian": (
        r"koncentracij\w*|концентрациј\w*|duboki rad|дубоки рад",
        r"ne (?:uznemiravaj|ometaj|smetaj)\w*",
        r"не (?:узнемиравај|ометај)\w*|bez sastanaka|без састанака|ne zakazuj\w*|ne zakazivati",
        r"не заказуј\w*|(?:programiranj\w*|rad|kodiranj\w*) u paru|(?:програмирањ\w*|рад) у пару",
        r"hakaton\w*|radn\w* sesij\w*|радн\w* сесиј\w*|(?:prozor|termin) za odr[žz]avanj\w*",
        r"(?:planirano|plansko|redovno) odr[žz]avanj\w*",
        r"odr[žz]avanj\w* (?:sistema|servera|baze|infrastrukture)|одржавањ\w* (?:система|сервера)",
        r"test\w* optere[ćc]enj\w*|тест\w* оптерећењ\w*",
    ),
    "arabic": _arabic_script(
        rf"(?:وقت|ساعات|ساعة|فترة) (?:ال)?تركيز|{_AL}تركيز|(?:ال)?عمل (?:ال)?(?:عميق|مركز)",
        r"لا (?:تزعج|إزعاج|تحجز|[اإ]جتماعات)|عدم (?:ال)?إزعاج|بدون [اإ]جتماعات",
        r"ممنوع (?:ال)?(?:حجز|إزعاج|[اإ]جتماعات)",
        r"(?:ال)?برمجة (?:ال)?(?:ثنائية|زوجية|مزدوجة|بالأزواج)",
        rf"{_AL}(?:هاكاثون|هاكثون)|نافذة (?:ال)?صيانة|(?:ال)?صيانة (?:ال)?مجدولة",
        r"(?:ال)?[اإ]ختبارا?ت? (?:ال)?(?:حمل|ضغط|تحمل)|جلسة عمل|جلسات عمل",
    ),
    "persian": _arabic_script(
        r"(?:زمان|وقت) (?:تمرکز|کار عمیق)|تمرکز|کار عمیق|مزاحم (?:نشوید|نشید|نشو)",
        r"رزرو نکنید|بدون جلسه|جلسه (?:نگذارید|نذارید)",
        r"برنامه_نویسی (?:دو_نفره|جفتی|زوجی)|پیر_پروگرمینگ|پیرینگ|هکاتون",
        r"پنجره (?:نگهداری|تعمیرات)|تست (?:بار|فشار|استرس)",
    ),
    "hindi": (
        _hi("फ़ोकस(?! ग्रुप)", "गहन (?:कार्य|काम)", "डीप वर्क", "एकाग्रता", "ध्यान केंद्रित"),
        _hi("परेशान न करें", "डिस्टर्ब न करें", "बुक न करें", "मीटिंग न (?:रखें|लगाएं|लगाएँ)"),
        _hi("पेयर प्रोग्रामिंग", "पेयरिंग", "जोड़ी में (?:प्रोग्रामिंग|कोडिंग|काम)", "हैकाथॉन"),
        _hi("हैकथॉन", "मेंटेनेंस विंडो", "रखरखाव (?:विंडो|अवधि)"),
    ),
    "albanian": (
        r"p[ëe]rqendrim\w*|pun[ëe] (?:e|t[ëe]) (?:thell[ëe]|fokusuar)",
        r"mos (?:shqet[ëe]so|rezervo|cakto)\w*",
        r"programim (?:n[ëe] )?(?:çift|cift|dyshe)|hakaton\w*",
        r"dritare (?:(?:e|p[ëe]r) )?(?:mir[ëe]mbajtj\w*|ndryshim\w*)",
    ),
    "lithuanian": (
        r"susikaupim\w*|gil(?:us|usis|aus|iojo|iam) darb\w*|netrukdy\w*|nerezervuo\w*",
        r"neplanuoti|be susitikim[ųu]|porin\w* programavim\w*|programavim\w* poroje",
        r"(?:technin[ėe]s )?prie[žz]i[ūu]ros lang\w*|pakeitim[ųu] lang\w*|planin\w* darb\w*",
        r"apkrov\w* testavim\w*",
        r"paleidimo derinim\w*",
    ),
    "latvian": (
        r"koncentr[ēe][šs]an[āa]s|dzi[ļl]\w* darb\w*|netrauc[ēe]t|nerezerv[ēe]t",
        r"p[āa]ru programm[ēe][šs]an\w*|hakaton\w*|(?:apkopes|izmai[ņn]u) log\w*",
    ),
    "estonian": (
        r"fookus(?![- ]?grup)\w*|keskendu\w*|s[üu]vat[öo][öo]\w*|koosolekuvaba\w*",
        r"(?:palun )?(?:mitte|[äa]ra) (?:broneeri|sega)\w*|paarisprogrammeeri\w*",
        r"h[äa]katon\w*|hooldusak(?:en|na)\w*|koormustest\w*",
    ),
    "slovenian": (
        r"osredoto[čc]en\w* del\w*|poglobljen\w* del\w*|ne (?:moti|motite)|brez sestankov",
        r"(?:programiranj\w*|delo) v paru|hekaton\w*",
        r"vzdr[žz]evaln\w* okn\w*|na[čc]rtovan[oaie] vzdr[žz]evanj\w*|obremenitven\w* test\w*",
    ),
    "icelandic": (
        r"einbeiting\w*|fókus(?!h[óo]p)\w*|dj[úu]pvinn\w*|ekki (?:b[óo]ka|trufla)|fundalaus\w*",
        r"[áa]n funda|p[öo]raforritun\w*|paraforritun\w*|forritun [íi] p[öo]rum",
        r"hakka(?:þ|th)on\w*|vi[ðd]haldsglugg\w*|[áa]lagspr[óo]f\w*",
        r"p[öo]run\w*",  # pairing
    ),
    "macedonian": (
        r"длабок\w* работ\w*|dlabok\w* rabot\w*",
        r"не (?:ме )?вознемирува\w*|ne (?:me )?voznemiruva\w*",
        r"без (?:состаноци|средби)|bez (?:sostanoci|sredbi)|не закажува\w*|ne zaka(?:zh|ž|z)uva\w*",
        r"(?:програмирањ\w*|работа|кодирањ\w*) во пар(?:ови)?",
        r"(?:programiranj\w*|rabota|kodiranj\w*) vo par(?:ovi)?",
        r"работн\w* сесиј\w*|rabotn\w* sesij\w*",
        # Maintenance, not the holding of a meeting ("одржување на средба").
        r"прозорец за одржување|планиран\w* одржувањ\w*",
        r"одржувањ\w* на (?:систем|сервер|база|базата|инфраструктур)\w*",
        r"prozorec za odr(?:zh|ž|z)uvanje|planiran\w* odr(?:zh|ž|z)uvanj\w*",
        r"(?:тест\w*|испитувањ\w*) (?:на|за) оптоварувањ\w*|test\w* (?:na|za) optovaruvanj\w*",
        # A field check or test.
        r"теренск\w* (?:проверк|тест|испитувањ|мерењ)\w*",
        r"terensk\w* (?:proverk|test|ispituvanj|merenj)\w*",
    ),
    "mongolian": _mongolian(
        # Focus, not a centralised system ("төвлөрсөн лог").
        r"төвлөрсөн ажил\w*|төвлөрөх цаг|анхаарал төвлөрүүл\w*|гүнзгий ажил\w*",
        r"саад (?:болохгүй|бүү бол|битгий бол)|битгий (?:саад|захиал|хурал|уулзалт)\w*",
        r"бүү (?:саад|захиал)\w*|хуралгүй|уулзалтгүй|хосоор (?:програмчл|ажилл|кодл)\w*",
        r"хос програмчлал\w*|(?:системийн|серверийн|төлөвлөгөөт) засвар\w*",
        r"засвар үйлчилгээний цонх|ачааллын тест\w*",
    ),
    "azerbaijani": (
        r"d[əe]rin i[şs]|konsentrasiya\w*|narahat etm[əe]yin|iclass[ıi]z|g[öo]r[üu][şs]s[üu]z",
        r"(?:g[öo]r[üu][şs]|iclas) (?:t[əe]yin )?etm[əe]yin|c[üu]t proqramla[şs]d[ıi]r\w*",
        r"(?:texniki xidm[əe]t|t[əe]mir) p[əe]nc[əe]r[əe]\w*|y[üu]k(?:l[əe]nm[əe])? test\w*",
        r"i[şs][çc]i sessiya\w*",
    ),
}

# Building: development, coding, fixing, design, testing, migration, analysis, incidents.
DEEP_WORK_TOPIC: Words = {
    "swedish": (
        r"utveckling|systemutveckling|mjukvaruutveckling|utveckla|kodning|programmering|implementering|felsökning",
        r"felrättning|buggfix\w*|testning|migrering|analys|refaktorering|beredskap",
        r"jour(?:vecka|pass|en)|utredning|driftstörning\w*|konfigurering|felanalys\w*",
        r"koda|kodning|programmering",
    ),
    "danish": (
        r"udvikling|udvikle|kodning|programmering|implementering|fejlsøgning",
        r"fejlretning|testning|migrering|refaktorering|tilkaldevagt|nedbrud|opsætning",
        r"kode|kodning|programmering",
    ),
    "norwegian": (
        r"utvikling|utvikle|koding|programmering|implementering|feilsøk\w*|feilretting",
        r"migrering|refaktorering|beredskapsvakt|vakt|nedetid|oppsett",
        r"kode|koding|programmering",
    ),
    "finnish": (
        r"kehitys|kehittämi\w*|koodaus\w*|koodaami\w*|ohjelmointi\w*|toteutus\w*",
        r"debuggaus\w*|vianetsintä\w*|vianselvitys\w*|korjaus\w*|korjaami\w*",
        r"suunnittelu\w*|prototyyp\w*|prototypoin\w*|\w*testaus\w*|testaami\w*|labra\w*",
        r"migraatio\w*|analyysi\w*|analysoin\w*|refaktoroin\w*|häiriö\w*|päivystys\w*",
        r"selvitys\w*|asennus\w*|konfiguroin\w*|käyttöönotto\w*",
        r"kuormitustest\w*",  # a load test
    ),
    "czech": (
        r"v[ýy]voj\w*|programov[áa]n[íi]\w*|implementac\w*|lad[ěe]n[íi]|oprav[ay]",
        r"opravit|oprava chyb\w*|n[áa]vrh\w*|testov[áa]n[íi]\w*|migrac\w*|anal[ýy]z\w*",
        r"refaktor\w*|v[ýy]padek|v[ýy]padku|pohotovost\w*|nasazen[íi]\w*",
    ),
    "slovak": (
        r"programovani\w*|implementáci\w*|ladenie|testovani\w*|migráci\w*|výpadok",
        r"nasadeni\w*|pohotovos[ťt]\w*",
    ),
    "hungarian": (
        r"fejleszt[ée]s\w*|k[óo]dol[áa]s\w*|programoz[áa]s\w*|implement[áa]l[áa]s\w*",
        r"implement[áa]ci[óo]\w*|hibakeres[ée]s\w*|hibajav[íi]t[áa]s\w*|jav[íi]t[áa]s\w*",
        r"\w*tervez[ée]s\w*|tesztel[ée]s\w*|migr[áa]ci[óo]\w*|migr[áa]l[áa]s\w*",
        r"elemz[ée]s\w*|incidens\w*|[üu]gyelet\w*|telep[íi]t[ée]s\w*|kutat[áa]s\w*",
        r"regresszi\w*|tesztel\w*",
    ),
    "romanian": (
        r"dezvoltare\w*|implementare\w*|depanare|remediere\w*|corectare|proiectare\w*",
        r"prototip\w*|testare\w*|migrare\w*|refactoriz\w*|incidente?|de gard[ăa]|[îi]n gard[ăa]",
        rf"investiga{_T}i\w*|configurare\w*",
    ),
    "turkish": (
        r"geli[şs]tirme\w*|kodlama\w*|programlama\w*|implementasyon\w*",
        r"hata ay[ıi]klama\w*|hata d[üu]zeltme\w*|d[üu]zeltme\w*|tasar[ıi]m\w*",
        r"prototip\w*|migrasyon\w*|refakt[öo]r\w*|kesinti\w*|n[öo]bet\w*|kurulum\w*",
        r"ara[şs]t[ıi]rma\w*|veri analiz\w*",
    ),
    "russian": (
        r"разработк\w*|кодинг\w*|код|программировани\w*|реализаци\w*|внедрени\w*",
        r"отладк\w*|дебаг\w*|исправлени\w*|баг(?:и|ов)?|багфикс\w*|проектировани\w*",
        r"дизайн\w*|прототип\w*|тестировани\w*|миграци\w*|анализ\w*|рефакторинг\w*",
        r"инцидент\w*|дежурств\w*|исследовани\w*|настройк\w*|деплой\w*|оптимизаци\w*",
        r"калибровк\w*",  # a calibration
    ),
    "ukrainian": (
        r"розробк\w*|кодинг\w*|код|програмуванн\w*|реалізаці\w*|впровадженн\w*",
        r"налагодженн\w*|дебаг\w*|виправленн\w*|баг(?:и|ів)?|багфікс\w*|про[єе]ктуванн\w*",
        r"дизайн\w*|прототип\w*|тестуванн\w*|міграці\w*|аналіз\w*|рефакторинг\w*",
        r"інцидент\w*|чергуванн\w*|дослідженн\w*|налаштуванн\w*|деплой\w*|оптимізаці\w*",
    ),
    "greek": (
        r"αν[άα]πτυξ\w*|κ[ώω]δικ\w*|υλοπο[ίι]ησ\w*|αποσφαλμ[άα]τωσ\w*|δι[όο]ρθωσ\w*",
        r"σχεδιασμ\w*|σχεδ[ίι]ασ\w*|δοκιμ[ήέεη]\w*|μετ[άα]πτωσ\w*|αν[άα]λυσ\w*",
        r"αναδι[άα]ρθρωσ\w*|περιστατικ\w*|εφημερ[ίι]\w*|διερε[ύυ]νησ\w*|ρ[ύυ]θμισ\w*",
    ),
    "vietnamese": (
        r"phát triển|lập trình|viết code|triển khai|gỡ lỗi|sửa lỗi|sửa bug|thiết kế",
        r"xử lý bug|fix bug",
        r"nguyên mẫu|kiểm thử|chuyển đổi dữ liệu|phân tích|tái cấu trúc|sự cố|ca trực",
        r"lịch trực|trực sự cố|nghiên cứu|cấu hình|cài đặt|tối ưu",
    ),
    "indonesian": (
        r"pengembangan|pembangunan sistem|pemrograman|pengaturcaraan|ngoding|koding",
        r"implementasi|perbaikan|memperbaiki|desain|perancangan|reka bentuk|prototipe",
        r"pengujian|migrasi|analisis|analisa|insiden|piket|riset|penelitian|konfigurasi",
    ),
    "hebrew": (
        r"[ולב]?פיתוח(?! (?:עסקי|אישי|מנהיגות|ארגוני|קריירה|עסקים))|[ו]?תכנות|קידוד|[וב]?קוד",
        r"[ול]?דיבא?ג\w*|דבאג\w*|דיבוג|ניפוי (?:באגים|שגיאות)|תיקון (?:באג\w*|תקל\w*|שגי\w*)",
        r"[ו]?באג(?:ים)?",
        r"[וה]?חקיר(?:ה|ת|ות)|מחקר (?:חולשות|פגיעויות|אבטחה)|מימוש|יישום|מיגרצי(?:ה|ות)",
        r"ריפקטור\w*|רפקטור\w*",
        r"פריסה|דיפלוי\w*|דפלוי\w*|שדרוג\w*|אופטימיזצי\w*|שיפור ביצועים|אוטומצי(?:ה|ות)|סקריפט\w*",
        r"פרוטוטיי[פף]|אב[- ]טיפוס|עיצוב (?:ה?מערכת|ארכיטקטורה|api|ממשק\w*|מסכים)|דיזיין|דיזאין",
        r"כתיבת אפיון|אפיון טכני|מסמך אפיון|טסטים|[ו]?תקל(?:ה|ות)|כוננות",
        r"ניתוח (?:נתונים|לוגים|ביצועים|דרישות|ה?תקלה|קוד|מערכת|דאטה)|אנליזה",
        r"הקמת (?:סביבה|שרת|מערכת)",
        r"התקנ(?:ה|ת)|קונפיגורציה|[ו]?ניסוי(?:ים)?",
    ),
    "bulgarian": (
        r"програмиран\w*|кодиран\w*|имплементаци\w*|имплементиран\w*|внедряван\w*|дебъг\w*",
        r"отстраняване на (?:грешки|бъгове|проблем\w*)|поправ(?:ка|ки|яне) на \w+",
        r"бъг(?:ове|овете|а|ът)?|проектиран\w*|тестван\w*|рефакториран\w*|проучван\w*",
        r"изследван\w*|конфигуриран\w*|конфигураци\w*|автоматизаци\w*|скрипт\w*|авари\w*",
        r"razrabotka|programirane|debagvane|testvane",
    ),
    "serbocroatian": (
        r"razvoj(?:a|u|em)?(?! (?:poslovanja|karijere|biznisa|liderstva|tima|zaposlenih))",
        r"развој(?:а|у|ем)?(?! (?:пословања|каријере|на бизнисот|на кариерата))",
        r"programiranj\w*|програмирањ\w*",
        r"kodiranj\w*|кодирањ\w*|implementacij\w*|implementir\w*|имплементациј\w*|имплементир\w*",
        r"debagovanj\w*|debugovanj\w*|debugiranj\w*|дебаговањ\w*",
        r"otklanjanj\w* (?:gre[šs]\w*|bagov\w*|problem\w*|kvar\w*)|ispravk\w*|ispravljanj\w*",
        r"popravk\w*|popravljanj\w*|bagov[aei]|багов[аеи]|gre[šs]k[aeu]|gre[šs]aka",
        r"dizajn\w*|дизајн\w*|projektovanj\w*|projektiranj\w*|пројектовањ\w*|testiranj\w*",
        r"тестирањ\w*|migracij\w*|миграциј\w*|refaktor\w*|рефактор\w*|incident(?:a|i|u|e|om|ima)?",
        r"merenj\w*|mjerenj\w*|мерењ\w*",  # measurements
        r"de[žz]urstv\w*|pripravnost\w*|istra[žz]ivanj\w*|истраживањ\w*",
        r"pode[šs]avanj\w*|подешавањ\w*|konfiguracij\w*|konfigurisanj\w*|конфигурациј\w*",
        r"optimizacij\w*|оптимизациј\w*|automatizacij\w*|аутоматизациј\w*",
        r"pisanj\w* koda|писањ\w* кода|deploj\w*|деплој\w*",
    ),
    "arabic": _arabic_script(
        rf"{_AL}(?:برمجة|تطوير(?! (?:ال)?(?:ذات|أعمال|مهارات|قدرات|مهني|وظيفي|شخصي)))",
        # (Design with the Arabic yeh only: تصمیم with the Persian one is a decision.)
        rf"{_AL}(?:تكويد|كود|تنفيذ|تصم\u064aم)|كتابة (?:ال)?كود",
        r"تصحيح (?:ال)?(?:أخطاء|خطأ)|تتبع (?:ال)?أخطاء",
        rf"{_AL}(?:دي?باج\w*|ديبق\w*|ديبغ\w*|باج|باجات)",
        r"إصلاح (?:ال)?(?:أخطاء|خطأ|مشاكل|مشكلة|ثغرة|ثغرات|عطل|أعطال|باج|باجات)",
        rf"{_AL}(?:[اإ]ختبار|[اإ]ختبارات|تست|تستات|تستينج)|نموذج (?:ال)?أولي",
        rf"{_AL}(?:بروتوتايب|نمذجة|تحليل|إعادة هيكلة|ريفاكتور\w*)",
        rf"{_AL}(?:ريفكتور\w*|مايجريشن|ميجريشن)",
        r"ترحيل (?:ال)?(?:بيانات|قاعدة|قواعد|نظام|أنظمة|خدمات|خادم|سيرفر|تطبيق)\w*",
        rf"{_AL}(?:عطل|أعطال)|(?:حادثة|حوادث) (?:ال)?(?:إنتاج|أمني\w*|تقني\w*|خادم|سيرفر|شبكة)",
        rf"{_AL}(?:مناوبة|ديبلوي\w*)|أون ?كول",
        r"نشر (?:ال)?(?:إصدار|نسخة|تحديث|تطبيق|كود)",
        r"(?:إعداد|تهيئة) (?:ال)?(?:بيئة|خادم|خوادم|سيرفر)",
        rf"{_AL}(?:أتمتة|سكربت\w*|سكريبت\w*|أبحاث)|تحسين (?:ال)?أداء",
        rf"{_AL}بحث والتطوير",
    ),
    "persian": _arabic_script(
        r"توسعه(?! (?:فردی|کسب|بازار|مهارت\w*|شخصی|فروش))|برنامه_نویسی|کد_نویسی|کد زدن",
        r"پیاده_سازی|طراحی|پروتوتایپ|نمونه اولیه",
        r"دیباگ\w*|اشکال_زدایی|رفع (?:باگ|اشکال|خطا|مشکل|ایراد)\w*|باگ\w*|فیکس|تست\w*",
        r"مهاجرت (?:دیتابیس|داده|پایگاه|سرویس|سیستم|کد|سرور)\w*|مایگریشن|مایگریت|میگریشن",
        r"تحلیل|آنالیز|ریفکتور\w*|بازنویسی|بهینه_سازی|اینسیدنت",
        r"قطعی (?:سرویس|سرور|شبکه|سایت|سامانه)|آن_کال|کشیک",
        r"دیپلوی\w*|استقرار|راه_اندازی|اتوماسیون|خودکارسازی|اسکریپت\w*|پژوهش|تحقیق",
        r"پیکربندی|کانفیگ\w*|نصب",
    ),
    "hindi": (
        _hi("कोड", "प्रोग्रामिंग", "डेवलपमेंट", "सॉफ़्टवेयर विकास", "डिबग", "डीबग", f"बग(?:्स)?{_HE}"),
        _hi(f"फ़िक्स(?:िंग)?{_HE}", "कार्यान्वयन", "इम्प्लीमेंटेशन", "परीक्षण", "टेस्टिंग", "डिज़ाइन"),
        _hi("माइग्रेशन", "विश्लेषण", "री?फ़ैक्टर", "डिप्लॉय", "तैनाती", "इंसिडेंट", "ऑन[- ]?कॉल"),
        _hi("स्वचालन", "ऑटोमेशन", "स्क्रिप्ट", "प्रोटोटाइप", "कॉन्फ़िगरेशन", "सेटअप", "अनुकूलन"),
        _hi("ऑप्टिमाइज़ेशन", "अनुसंधान", "समस्या निवारण", "ट्रबलशूटिंग"),
    ),
    "albanian": (
        r"zhvillim\w*(?! (?:(?:i|e|t[ëe]) )?(?:karrier|profesional|biznes|personal|lidership)\w*)",
        r"programim\w*|kodim\w*|kodi(?:n|t)?(?! i (?:pun[ëe]s|sjelljes|etik[ëe]s))|implementim\w*",
        r"debugim\w*|korrigjim\w*|rregullim(?:i)? (?:i |e )?(?:gabim\w*|defekt\w*|bug\w*)",
        r"zgjidhj[ea] (?:e )?(?:problem\w*|gabim\w*|defekt\w*)|projektim\w*|dizajn\w*",
        r"testim(?:i|in|it|e|et|eve)?|migrim\w*|refaktorim\w*|incident(?:i|in|it|et|eve)",
        r"kujdestar\w*|nd[ëe]rprerj[ea] (?:e )?(?:sh[ëe]rbimit|sistemit)|konfigurim\w*",
        r"instalim\w*|automatizim\w*|optimizim\w*|hulumtim\w*|vendosj[ea] n[ëe] prodhim",
    ),
    "lithuanian": (
        # Building, but not a strategy's or a business's ("verslo vystymas").
        r"(?<!strategijos )(?<!verslo )k[ūu]rim(?:as|o|ui|[ąa]|e)|(?<!verslo )vystym\w*",
        r"programavim\w*|kodavim\w*|kod(?:as|o|ą)|diegim\w*|[įi]gyvendinim\w*|testavim\w*",
        r"dizain\w*|projektavim\w*|klaid[ųu] (?:[šs]alinim|paie[šs]k)\w*|taisym\w*|pataisym\w*",
        r"(?:kodo|programos|klaid[ųu]) derinim\w*|derintuv\w*|incident(?:as|o|ai|[ųu]|[ąa])",
        r"bud[ėe]jim\w*|gedim\w*|sutrikim\w*|tyrim\w*|konfig[ūu]ravim\w*|automatizavim\w*",
    ),
    "latvian": (
        r"izstr[āa]d\w*|programm[ēe][šs]an\w*|programmēt|ievie[šs]an\w*",
        r"implement(?:[āa]cij|[ēe][šs]an)\w*|atk[ļl][ūu]do[šs]an\w*|labo(?:[šs]an\w*|jum\w*|t)",
        r"dizain(?:s|a|u|[āa]|[ēe][šs]an\w*)|prototip\w*|test[ēe][šs]an\w*|testēt",
        r"migr[āa]cij\w*|anal[īi]z\w*|refaktor[ēe][šs]an\w*|incident(?:s|a|u|i|iem|[āa])",
        r"de[žz][ūu]r(?:a|as|u|[āa]|[ēe]\w*)(?! nodo[šs]an)|izp[ēe]t\w*",  # (not its handover)
    ),
    "estonian": (
        r"arendus(?!vestlus)\w*|tarkvaraarendus\w*|programmeeri\w*|koodi kirjutami\w*",
        r"silumi\w*|\w*parandus\w*|bugi(?:d|de|t)?|disain\w*|protot[üu][üu]\w*",
        r"\w*testimi\w*|migr(?:atsioon|eeri)\w*|\w*anal[üu][üu]s\w*|refaktoori\w*",
        r"intsident\w*|valven[äa]dal\w*|juuruta(?:mi|mis|tud)\w*",
    ),
    "slovenian": (
        r"razhro[šs][čc]evanj\w*|hro[šs][čc](?:i|a|ev|em|ih|u)?|odprav\w* napak\w*",
        r"pisanj\w* kode",
        r"zasnov[aeio]|prototip\w*|avtomatizacij\w*",
        r"raziskovanj\w*|selit(?:ev|ve|vi) (?:podatkov|baze|stre[žz]nik\w*|storitev|v oblak)",
        r"na[čc]rtovanj\w* (?:arhitekture|sistem\w*|baz\w*|vmesnik\w*|re[šs]it\w*)",
    ),
    "icelandic": (
        # Development, but not a personal or a career's ("persónuleg þróun", "starfsþróun").
        r"(?<!pers[óo]nuleg )(?<!fagleg )(?:hugb[úu]na[ðd]ar|kerfis|vef|app)?(?:þ|th)r[óo]un"
        r"(?:in|ar|inni)?",
        r"forritun\w*|forrita|k[óo][ðd]un\w*|kóð(?:i|inn|ann|anum|a)|villuleit\w*",
        r"villu(?:lagf(?:æ|ae)r|lei[ðd]r[ée]tt)\w*|lagf(?:æ|ae)r\w*|\w*h[öo]nnun\w*",
        r"prófun\w*|profun(?:in|ar|um)?|pr[óo]fanir\w*|endur(?:þ|th)[áa]ttun\w*",
        r"[úu]tf(?:æ|ae)rsl\w*|innlei[ðd]ing\w*|uppsetning\w*",
        r"(?:gagna|kerfis|gagnagrunns|sk[ýy]ja)flutning\w*",
        # Analysis, not the Norwegian "greining" (a branching).
        r"greining (?:[áa] \w+|gagna)|greiningarvinn\w*|(?:gagna|(?:þ|th)arfa|[áa]h(?:æ|ae)ttu"
        r"|r[óo]tar|kerfis|k[óo][ðd]a|kostna[ðd]ar|villu|atvika|frammist[öo][ðd]u)greining\w*",
        r"uppf(?:æ|ae)rsl\w* [áa] (?!st[öo][ðd]\w*)\w+|bilun(?:in|ar|um)?|bakvakt\w*|tilraun\w*",
        r"frumger[ðd]\w*|sj[áa]lfvirkn\w*|rannsókn(?:in|ir|irnar|ar|um|a|ina)?|rannsokn\w*",
        r"(?:þ|th)j[áa]lfun (?:l[íi]kan|m[óo]del)\w*|endurskipulagning k[óo][ðd]a",
    ),
    "macedonian": (
        r"debagiranj\w*|отстранувањ\w* (?:на )?(?:грешк|баг|проблем)\w*",
        r"otstranuvanj\w* (?:na )?(?:gre(?:sh|š|s)k|bag|problem)\w*",
        r"истражувањ\w*|istra(?:zh|ž|z)uvanj\w*|пишувањ\w* (?:на )?код\w*",
        r"pi(?:sh|š|s)uvanj\w* (?:na )?kod\w*|проектирањ\w*|proektiranj\w*|dezhurstv\w*",
        r"поставувањ\w* (?:на )?(?:околина|средина|сервер\w*)",
        r"postavuvanj\w* (?:na )?(?:okolina|sredina|server\w*)",
    ),
    "mongolian": _mongolian(
        # Development, but not a business's nor oneself's ("бизнес хөгжүүлэлт").
        r"(?<!бизнес )(?<!бизнесийн )(?<!өөрийгөө )хөгжүүл(?:элт\w*|эх)|програмчл\w*|кодло\w*",
        r"хэрэгжүүлэлт\w*|нэвтрүүлэлт\w*|алдаа(?:ны|г|гаа)? (?:зас|олох|шалг|хай)\w*",
        r"тестл\w*|тест(?:ийн)? (?:бичих|хийх|ажиллуулах)|туршилт(?!ын хугацаа)\w*",
        r"дүн шинжилгээ\w*|(?:өгөгдлийн|датаны|логийн) шинжилгээ\w*",
        r"судалгаа\w*|тохиргоо\w*|тохируулга\w*|автоматжуул\w*|оновчл\w*|суулгалт\w*",
        r"(?:системийн|сүлжээний|серверийн|үйлчилгээний) саатал\w*|доголдол\w*|жижүүр\w*",
        r"h[uoü]gj[uü][uü]lelt\w*",
    ),
    "azerbaijani": (
        # Development, but not a person's, a business's or a career's.
        r"(?<![şs][əe]xsi )(?<!biznes )(?<!biznesin )(?<!karyera )(?<!pe[şs][əe]kar )"
        r"(?<!liderlik )inki[şs]af(?! s[öo]hb[əe]t| plan)\w*",
        r"proqramla[şs]d[ıi]r\w*|kodla[şs]d[ıi]r\w*|kod yaz\w*|sazlama\w*|sazlan\w*",
        r"x[əe]ta\w* (?:d[üu]z[əe]l|aradan qald[ıi]r|ax[ıi]tar)\w*|(?:x[əe]ta|baq) hesabat\w*",
        r"baql[ae]r\w*|d[üu]z[əe]li[şs]\w*|d[üu]zəlt\w*|d[üu]z[əe]ldilm\w*",
        r"layih[əe]l[əe]ndir\w*|dizayn\w*|testl[əe][şs]dir\w*|s[ıi]naq(?! m[üu]dd[əe]t)\w*",
        r"miqrasiya\w*|t[əe]hlil\w*|insident\w*|n[öo]vb[əe]t[çc]ilik\w*|kəsinti\w*",
        r"nasazl[ıi][qğ]\w*|t[əe]dqiqat\w*|ara[şs]d[ıi]r\w*|konfiqurasiya\w*|qura[şs]d[ıi]r\w*",
        r"avtomatla[şs]d[ıi]r\w*|optimalla[şs]d[ıi]r\w*|implementasiya\w*",
    ),
}

# Writing and drafting.
WRITING: Words = {
    "swedish": (r"skriva|skrivande|skrivtid|utkast",),
    "danish": (r"skrive|skrivning|udkast",),
    "norwegian": (r"skrive|skriving|utkast",),
    "finnish": (r"kirjoitta\w*|kirjoitus\w*|luonnos\w*",),
    "czech": (r"psaní|psani",),
    "slovak": (r"písanie|pisanie",),
    "hungarian": (r"ír[áa]s|v[áa]zlat\w*",),
    "romanian": (r"scriere|redactare|ciorn[ăa]",),
    "turkish": (r"yaz[ıi]m\w*|yazma|taslak\w*",),
    "russian": (r"написани\w*|черновик\w*",),
    "ukrainian": (r"написанн\w*|чернетк\w*",),
    "greek": (r"συγγραφ\w*|γρ[άα]ψιμο|προσχ[έε]δι\w*",),
    "vietnamese": (r"viết|soạn thảo|bản nháp",),
    "indonesian": (r"menulis|penulisan|draf",),
    "hebrew": (r"[ו]?כתיב(?:ה|ת)|לכתוב|[ו]?טיוט(?:ה|ת|ות)",),
    "bulgarian": (r"писане(?:то)?|напиш\w*|чернов(?:а|ата|и|ите)|документиран\w*",),
    "serbocroatian": (
        r"pisanj\w*|писањ\w*|napisati|написати|nacrt\w*|нацрт\w*|dokumentovanj\w*",
        r"dokumentiranj\w*|документовањ\w*",
    ),
    "arabic": _arabic_script(
        rf"{_AL}(?:كتابة|مسودة|مسودات|صياغة|تحرير)",
        rf"{_AL}توثيق(?! (?:ال)?(?:حساب|عقد|عقود))",
    ),
    "persian": _arabic_script(
        r"نوشتن|نگارش|مستند_نویسی|مستند_سازی|داکیومنت_نویسی|داکیومنت|پیش_نویس",
    ),
    "hindi": (_hi("लेखन", "लिखना", "लिखने", "लिखाई", "ड्राफ़्ट", "मसौदा", "डॉक्यूमेंटेशन", "दस्तावेज़ीकरण"),),
    "albanian": (r"shkrim\w*|shkruaj\w*|hartim\w*|dokumentim\w*|drafti|draftin|draftit",),
    "lithuanian": (r"ra[šs]ym\w*|ra[šs]yti|juodra[šs]t\w*|dokumentavim\w*",),
    "latvian": (
        r"rakst[īi](?:[šs]an\w*|t)|uzmetum\w*|melnrakst\w*|dokument(?:[āa]cij|[ēe][šs]an)\w*",
    ),
    "estonian": (r"kirjutami\w*|kirjutan|mustand\w*|dokumenteeri\w*",),
    "slovenian": (r"osnut(?:ek|ka|ki|kov|ku|kom)|spisati|urejanj\w* dokumentacij\w*",),
    "icelandic": (r"skrifa|skrif(?:in|um)?|drög(?:in|um|unum)?|ritun|skj[öo]lun\w*",),
    "macedonian": (r"пишувањ\w*|pi(?:sh|š|s)uvanj\w*|документирањ\w*",),
    "mongolian": _mongolian(
        r"бичих|бичнэ|ноорог\w*|баримтжуул\w*",
    ),
    "azerbaijani": (r"s[əe]n[əe]dl[əe][şs]dir\w*|qaralama\w*|yazmaq|yaz[ıi]lmas[ıi]",),
}

# Code review.
CODE_REVIEW: Words = {
    "swedish": (r"kodgranskning\w*|kodgenomgång\w*",),
    "danish": (r"kodegennemgang\w*|kodereview\w*",),
    "norwegian": (r"kodegjennomgang\w*|kodereview\w*",),
    "finnish": (r"koodikatselmo\w*|koodikatselmu\w*|muutosten katselmo\w*",),
    "czech": (r"(?:revize|kontrola) k[óo]du",),
    "slovak": (r"(?:revízia|revizia|kontrola) k[óo]du",),
    "hungarian": (r"k[óo]d[áa]tn[ée]z[ée]s\w*|k[óo]d ?review\w*",),
    "romanian": (r"reviz(?:uire|ie)(?: de)? cod\w*",),
    "turkish": (r"kod (?:incelem\w*|review\w*|g[öo]zden ge[çc]ir\w*)",),
    "russian": (r"код[- ]?ревью|ревью (?:кода|пр|мр|pr|mr)\w*|пулл?[- ]?реквест\w*",),
    "ukrainian": (r"код[- ]?рев['’ʼ]?ю|рев['’ʼ]?ю (?:коду|pr|mr|пр)|перевірк\w* коду",),
    "greek": (r"(?:αναθε[ώω]ρησ\w*|[έε]λεγχος) κ[ώω]δικα",),
    "vietnamese": (r"(?:rà soát|xem xét|đánh giá|kiểm tra) (?:mã|code)",),
    "indonesian": (
        r"(?:review|tinjauan|semakan|pemeriksaan) kode?",
        r"(?:komen|komentar) review|review komen\w*",
    ),
    "hebrew": (
        r"(?:סקיר(?:ת|ות)|בדיקת|ריוויו|ריביו|רביו|רוויו) (?:ה?קוד|ל?pr\w*|ל?mr\w*)",
        r"(?:סקיר(?:ת|ות)|בדיקת|ריוויו|ריביו|רביו|רוויו) פול[- ]?ריקווסט\w*",
        r"קוד[- ]?(?:ריוויו|ריביו|רביו|רוויו)|פול[- ]?ריקווסט\w*",
    ),
    "bulgarian": (
        r"(?:преглед|проверка)(?:а|ът)? на код\w*|код[- ]?ревю\w*",
        r"преглед на (?:pr|mr)(?:-\w+|ове|ите)?",
        r"пул[- ]?рикуест\w*|pregled na koda?",
        r"ревю (?:на )?(?:prs?|mrs?|pull requests?|код\w*)",
    ),
    "serbocroatian": (
        r"(?:pregled\w*|recenzij\w*|revizij\w*|provjer\w*|prover\w*) k[oô]d(?:a|ova)",
        r"(?:преглед\w*|ревизиј\w*|провер\w*) кода|pregled (?:pr|mr)(?:-\w+|ova|ovi)?",
    ),
    "arabic": _arabic_script(
        r"(?:مراجعة|مراجعات|ريفيو|تدقيق) (?:ال)?(?:كود|أكواد|شفرة|شيفرة|برمجيات)",
        r"(?:مراجعة|مراجعات|ريفيو) (?:ال)?(?:طلبا?ت? (?:ال)?دمج|بي ?آر|pr\w*|mr\w*)",
        rf"كود ?ريفيو|{_AL}بول ?ريكويست\w*|طلبا?ت? (?:ال)?دمج",
    ),
    "persian": _arabic_script(
        r"(?:بررسی|بازبینی|ریویو|رویو) (?:کد|کدها|پی_آر|pr\w*|mr\w*|مرج_ریکوئست|پول_ریکوئست)",
        r"کد_ریویو|کد_رویو|پول_ریکوئست\w*|مرج_ریکوئست\w*",
    ),
    "hindi": (
        _hi("कोड (?:रिव्यू|रिव्यु|समीक्षा)", "कोड की समीक्षा", "(?:पीआर|पुल रिक्वेस्ट) (?:रिव्यू|समीक्षा)"),
        _hi("पुल रिक्वेस्ट"),
    ),
    "albanian": (
        r"(?:rishikim|shqyrtim|kontroll)(?:i)? (?:i |e )?kod\w*",
        r"(?:rishikim|shqyrtim)\w* (?:(?:i|e|t[ëe]) )?(?:prs?|mrs?|pull request)\w*",
    ),
    "lithuanian": (
        r"kodo (?:per[žz]i[ūu]r|ap[žz]valg|recenzij|tikrinim|review)\w*",
        r"(?:pr|mr)(?:['’-]?(?:[ųu]|ai|us))? per[žz]i[ūu]r\w*|pull request\w* per[žz]i[ūu]r\w*",
        r"per[žz]i[ūu]r\w* (?:pr|mr)(?:['’-]?(?:[ųu]|ai|us))?",
    ),
    "latvian": (
        r"koda (?:p[āa]rskat|apskat|rev[īi]zij|review)\w*",
        r"(?:p[āa]rskat|apskat)\w* (?:kodu|koda|prs?|mrs?|pull requests?)",
    ),
    "estonian": (
        r"koodi ?(?:[üu]levaatus|l[äa]bivaatus|review|kontroll)\w*",
        r"(?:pr|mr)-?(?:i|ide|id) (?:[üu]levaatus|l[äa]bivaatus|review)\w*",
    ),
    "slovenian": (
        r"(?:pregled\w*|revizij\w*|recenzij\w*) kode|pregledovanj\w* (?:pr|mr)s?(?:-\w+)?",
    ),
    "icelandic": (
        r"k[óo][ðd]ar[ýy]n\w*|k[óo][ðd]ayfirfer[ðd]\w*",
        r"(?:yfirfer[ðd]|r[ýy]ni) (?:[áa] )?k[óo][ðd]a",
        r"yfirfara (?:k[óo][ðd]a|prs?|mrs?)",
    ),
    "macedonian": (
        # Code, not a code of conduct ("ревизија на кодексот").
        r"(?:ревизиј\w*|ревју) на код(?!екс)\w*|код[- ]?ревју\w*",
        r"ревју на (?:pr|mr)\w*|^\W*ревју\W*$",
        r"(?:pregled|proverk\w*) na kodot|revizij\w* na kod(?!eks)\w*|kod[- ]?revju\w*",
    ),
    "mongolian": _mongolian(
        r"код(?:ын)? (?:хяналт|хянах|шалгах|шалгалт)\w*|кодын ревью\w*",
        r"(?:prs?|mrs?|pull request\w*)(?:-?\w+)? (?:хянах|шалгах|хяналт)\w*",
    ),
    "azerbaijani": (
        r"kod(?:un)? (?:icmal|yoxlan|yoxlama|n[əe]z[əe]rd[əe]n ke[çc]ir)\w*",
        r"(?:pr|mr)(?:-?(?:l[ae]r|[ıi]n|l[ae]r[ıi]n))? (?:icmal|yoxla|n[əe]z[əe]rd[əe]n)\w*",
        r"review d[üu]z[əe]li[şs]\w*",  # review fixes
    ),
}

# Courses, trainings, conferences, webinars, seminars, lectures, meetups, reading clubs.
LEARNING_EVENTS: Words = {
    "swedish": (
        r"utbildning\w*|konferens\w*|föredrag\w*|\w+sföredrag|\w*seminari(?:um|et|er|erna)|\w*föreläsning\w*",
        r"webbinari\w*|studiecirkel\w*|bokcirkel\w*|läsecirkel\w*|kompetensutveckling",
        r"läsgrupp\w*|onlinekurs\w*|webbkurs\w*",
        # A language lesson: "Finska för yrkeslivet – lektion".
        r"^\W*(?:finska|svenska|engelska|tyska|franska|spanska|ryska)\b[^\n]{0,40}?lektion\w*",
        r"\w+föredrag\w*",
    ),
    "danish": (
        r"kursus|kurser|uddannelse\w*|efteruddannelse|konference\w*|foredrag\w*",
        r"læsegruppe\w*|læseklub\w*|studiegruppe\w*|temadag\w*|tech-?aften\w*",
        r"\w+foredrag\w*",
    ),
    "norwegian": (
        r"opplæring\w*|konferanse\w*|foredrag\w*|lesesirkel\w*|lesegruppe\w*",
        r"studiegruppe\w*|fagdag\w*|faglunsj\w*|fagforum\w*",
        r"\w+foredrag\w*",
    ),
    "finnish": (
        r"\w*koulutus\w*|\w*koulutuks\w*|\w*kurssi\w*|konferenssi\w*|\w*seminaari\w*",
        r"webinaari\w*|luento\w*|opintopiiri\w*|lukupiiri\w*|tietoisku\w*",
    ),
    "czech": (
        r"[šs]kolen[íi]\w*|kurzy|kurzu|konferenc\w*|semin[áa][řr]\w*|p[řr]edn[áa][šs]k\w*",
        r"webin[áa][řr]\w*",
    ),
    "slovak": (r"[šs]kolenie\w*|kurzov|prednášk\w*|prednask\w*|webinár\w*",),
    "hungarian": (
        r"k[ée]pz[ée]s\w*|oktat[áa]s\w*|tanfolyam\w*|konferenci\w*|szemin[áa]rium\w*",
        r"el[őo]ad[áa]s\w*|webin[áa]rium\w*|tréning\w*|olvas[óo]k[öo]r\w*",
        r"kurzus\w*|felhaszn[áa]l[óo]i nap",  # a course; a vendor's user day
    ),
    "romanian": (
        r"curs(?:ul|uri|urile)?|instruire|conferin[țţt]\w*|prelegere\w*",
        r"club de (?:carte|lectur[ăa])",
    ),
    "turkish": (
        r"e[ğg]itim\w*|konferans\w*|seminer\w*|web semineri|ders(?:i|leri)?",
        r"kitap kul[üu]b\w*|okuma grubu",
        r"s[ei]mpozyum\w*|öğle sunum\w*",
        r"teknik sunum\w*",  # a tech talk
        # A developers' meetup, a summit.
        r"(?:yaz[ıi]l[ıi]mc[ıi]lar[ıi]?|geli[şs]tiriciler[ıi]?) bulu[şs]ma\w*|zirve\w*",
    ),
    "russian": (
        r"курс(?:ы|а|ов|ах)?|обучени\w*(?! модел)|тренинг\w*|конференци\w*|вебинар\w*",
        r"семинар\w*|лекци\w*|митап\w*|доклад\w*|(?:книжн|читательск)\w* клуб\w*",
        r"мастер-класс\w*|пленарк\w*|пленарн\w* (?:заседани|сесси)\w*",
        r"^\W*конф\.?\W*$",  # a conference, shortened
        r"техклуб\w*",  # a tech club
        r"(?:^\W*|(?<=:\s))секция(?!\w)",  # a conference's section, named first or after its name
    ),
    "ukrainian": (
        r"курс(?:и|у|ів)?|навчанн\w*(?! модел)|тренінг\w*|конференці\w*|вебінар\w*",
        r"семінар\w*|лекці\w*|мітап\w*|доповід\w*|книжков\w* клуб\w*|майстер-клас\w*",
    ),
    "greek": (
        r"εκπα[ίι]δευσ\w*|σεμιν[άα]ρι\w*|συν[έε]δρι\w*|δι[άα]λεξ\w*|ομιλ[ίι]\w*|ημερ[ίι]δ\w*",
        r"μ[άα]θημα|μαθ[ήη]ματα|λ[έε]σχη αν[άα]γνωσης",
    ),
    "vietnamese": (
        r"đào tạo|khóa học|khoá học|hội thảo|hội nghị|bài giảng|buổi học|lớp học",
        r"tọa đàm|toạ đàm|câu lạc bộ (?:đọc )?sách|học tiếng anh",
        r"lớp tiếng \w+",
    ),
    "indonesian": (
        r"pelatihan|latihan|kursus|konferensi|persidangan|lokakarya|kuliah|bimtek|diklat",
        r"klub buku|kelas|belajar bareng|belajar bersama|sinau bareng",  # studying together
    ),
    "hebrew": (
        r"[ובלה]?הרצא(?:ה|ת|ות)|[ובלה]?קורס(?:ים)?",
        r"[ובלה]?סדנ(?:ה|ת|אות)(?! (?:בישול|שוקולד|קוקטיילים|יין))",
        r"[ובלה]?מיט[- ]?א[פף](?:ים)?|[ובה]?כנס(?:ים)?|[ובלה]?וו?בינר(?:ים)?",
        r"[ובלה]?סמינר(?:ים|יון)?|ימ(?:י|ום) עיון",
        r"[ובלה]?הכשר(?:ה|ת|ות)|[ובלה]?הדרכ(?:ה|ת|ות)|(?<!קרן )השתלמו(?:ת|יות)|טק[- ]?טוק(?:ים)?",
        r"מועדון (?:קריאה|ה?ספר)|חוג קריאה|אולפן עברית",
        r"שיעור(?:י)? (?:אנגלית|עברית|ערבית|ספרדית|צרפתית|גרמנית)",
        r"ערב (?:טכנולוגי|מקצועי|הרצאות)",
    ),
    "bulgarian": (
        r"курсове|уебинар\w*|митъп\w*|мийтъп\w*|книжен клуб|читателски клуб|клуб за четене",
        r"урок\w* по \w+|езиков\w* курс\w*|obuchenie|lekciya|konferenciya",
    ),
    "serbocroatian": (
        r"obuk[aeiu]|obukom|обук[аеиу]|обуком|edukacij\w*|едукациј\w*|kursa|kursev\w*|kursom",
        r"курсев\w*|курсу|курсом|te[čc]aj(?:a|evi|eva|u|em)?|predavanj\w*|предавањ\w*|vebinar\w*",
        r"seminar(?:a|u|i|e|om)|stru[čc]n\w* skup\w*|стручн\w* скуп\w*|mitap\w*",
        r"(?:[čc]as|[čc]asovi|nastava|kurs|te[čc]aj) "
        r"(?:engleskog|njema[čc]kog|nema[čc]kog|\w+ jezika)",
        r"[čc]itala[čc]k\w* klub\w*|читалачк\w* клуб\w*|klub [čc]itanja",
        r"[čc]itala[čc]k\w* grup\w*",  # a reading group
        r"(?:razmen|razmjen|dijeljenj|deljenj)\w* znanja",  # knowledge shared
    ),
    "arabic": _arabic_script(
        rf"{_AL}(?:دورة (?:ال)?(?:تدريبية|تعليمية|لغة|في|عن)|دورات (?:ال)?تدريبية)",
        rf"{_AL}(?:كورس|كورسات|تدريبات|تدريب(?! (?:ال)?(?:نموذج|نماذج|موديل|شبكة)))",
        rf"{_AL}(?:محاضرة|محاضرات|مؤتمر(?! (?:ال)?(?:فيديو|مرئي|هاتفي|صحفي)))",
        rf"{_AL}(?:مؤتمرات|موتمر|ندوة|ندوات|ويبينار|ويبنار|ملتقى)",
        rf"{_AL}(?:ميت ?اب|ورشة (?:ال)?تدريبية|ورش (?:ال)?تدريبية)",
        r"نادي (?:ال)?(?:كتاب|قراءة)|(?:حصة|دورة|درس|كورس) (?:ال)?(?:إنجليزي|لغة)\w*",
        rf"{_AL}(?:درس|دروس(?! (?:ال)?مستفادة)|دبلوم)",
    ),
    "persian": _arabic_script(
        r"دوره (?:ی )?(?:آموزشی|آنلاین|تخصصی|زبان|مجازی)|دوره_های آموزشی|کورس",
        r"آموزش(?! (?:مدل|شبکه|داده))|کارگاه آموزشی|وبینار|سمینار|همایش|سخنرانی",
        r"کنفرانس(?! (?:تلفنی|ویدیویی|ویدئویی))|میت_آپ|تک_تاک|دانش_افزایی",
        r"کلاس (?:زبان|انگلیسی|آلمانی|آنلاین|آموزشی)|باشگاه کتاب|کتاب_خوانی گروهی",
    ),
    "hindi": (
        _hi(
            "प्रशिक्षण(?<!मॉडल प्रशिक्षण)",
            "ट्रेनिंग(?<!मॉडल ट्रेनिंग)",
            "संगोष्ठी",
            "सेमिनार",
            "सम्मेलन",
            "व्याख्यान",
        ),
        _hi("कॉन्फ़्रेंस(?! (?:कॉल|रूम))", "कांफ़्रेंस(?! (?:कॉल|रूम))", "वेबिनार", "पाठ्यक्रम", "कोर्स"),
        _hi("मीटअप", "टेक टॉक", "ज्ञान सत्र", "बुक क्लब", "पुस्तक क्लब", "अंग्रेज़ी (?:कक्षा|क्लास)"),
    ),
    "albanian": (
        r"trajnim\w*(?! (?:(?:i|e|t[ëe]) )?model\w*)|kurs(?:i|in|it|e|et|eve)|leksion\w*",
        r"seminar(?:in|it|e|et|eve)|ligj[ëe]rat\w*|webinar(?:i|in|it|e|et)|uebinar\w*",
        r"klub(?:i)? (?:i )?(?:leximit|librit)|klub leximi|or[ëe] (?:anglisht|anglishteje)\w*",
        r"kurs (?:anglisht|gjuh)\w*|sesion(?:i)? (?:(?:i|e) )?(?:trajnimi|njohurish|teknik)",
    ),
    "lithuanian": (
        # Trainings, but not a model's ("modelio mokymas").
        r"(?<!modelio )(?<!modeli[ųu] )mokym(?:ai|[ųu]|uose|us|ams)|kursai|kurs[ųu]|kursuose",
        r"seminar(?:as|[ąa]|o|ai|[ųu]|uose)|webinar(?:as|[ąa]|o|ai|[ųu])|paskait\w*",
        r"knyg[ųu] klub\w*|skaitymo klub\w*|\w+ kalbos (?:pamok|kurs)\w*",
        r"kvalifikacijos (?:k[ėe]lim|tobulinim)\w*|meetup(?:as|e|[ąa]|o|ai)|forum(?:as|e|[ąa])",
        r"kurs(?:as|ai|o|e|ą|ų|us)",
    ),
    "latvian": (
        # A training, not a model's or its data's; lessons, not lessons learned.
        r"(?<!mode[ļl]a )(?<!mode[ļl]u )apm[āa]c[īi]b\w*(?! (?:mode[ļl]|dat)\w*)",
        r"(?<!g[ūu]t[āa]s )m[āa]c[īi]b(?:as|[āa]s|u|[āa]m)|kurs(?:s|a|i|u|os|iem|ā)",
        r"konferenc\w*|semin[āa]r\w*|vebin[āa]r\w*|lekcij\w*|nodarb[īi]b\w*",
        r"tech vakar\w*",
    ),
    "estonian": (
        r"\w*koolitus\w*|kursus\w*|konverents(?!i?(?:k[õo]ne|ruum))\w*|seminar\w*",
        r"veebinar\w*|\w*loeng\w*|ettekan(?:ne|de)\w*|raamatuklubi\w*",
        r"\w+ keele (?:tund|tunnid|kursus)\w*",
        r"infop[äa]ev\w*",
    ),
    "slovenian": (
        r"usposabljanj\w*|izobra[žz]evanj\w*|konferenc(?:a|e|i|o|ah)|spletn\w* seminar\w*",
        r"te[čc]aj(?:i|ev|ih)|strokovn\w* (?:posvet|sre[čc]anj)\w*",
        r"braln\w* (?:klub|kro[žz]ek|skupin)\w*|sre[čc]anj\w* (?:uporabnikov|skupnosti)",
        r"(?:te[čc]aj|ura|pouk) (?:angle[šs][čc]ine|nem[šs][čc]ine|\w+ jezika)",
    ),
    "icelandic": (
        # A training, not a model's ("þjálfun líkans").
        r"\w*n[áa]mskei[ðd]\w*|n[ýy]li[ðd]a(?:þ|th)j[áa]lfun\w*",
        r"(?:þ|th)j[áa]lfun\w*(?! (?:l[íi]kan|m[óo]del|gervigreind|tauganet)\w*)",
        r"r[áa][ðd]stefn\w*|\w*fyrirlest\w*|\w*m[áa]lstof\w*|vefstof\w*|\w*fr(?:æ|ae)[ðd]sl\w*",
        r"endurmenntun\w*|b[óo]kakl[úu]bb\w*|leskl[úu]bb\w*|lesh[óo]p\w*|erindi(?=\s*:)",
        r"(?:ensku|[íi]slensku|d[öo]nsku|sp(?:æ|ae)nsku|(?:þ|th)[ýy]sku|fr[öo]nsku)"
        r"(?:kennsl|n[áa]m|t[íi]m)\w*",
    ),
    "macedonian": (
        # A course, not an exchange rate ("курсот на еврото").
        r"обуката|обуките|obukata|obukite",
        r"(?:курсот|kursot)(?! (?:на|na) (?:евро|долар|денар|валут)\w*)",
        r"книжевен клуб|клуб (?:за|на) (?:книги|читање|читатели)|knizheven klub",
        r"(?:час|часови|курс|настава) по (?:англиски|германски|француски|италијански|шпански"
        r"|\w+ јазик)",
        r"(?:(?:ch|č|c)as|(?:ch|č|c)asovi|kurs|nastava) po (?:angliski|germanski|francuski"
        r"|\w+ jazik)",
    ),
    "mongolian": _mongolian(
        # A training, not machine or deep learning nor a model's ("машин сургалт").
        r"(?<!машин )(?<!машины )(?<!гүнзгий )(?<!загварын )сургалт\w*|хичээл\w*|илтгэл\w*",
        r"лекц(?![иі])\w*|конференц(?![иі])\w*|курс(?:ын|ийн|т|эд|ээ)|форум\w*|мастер класс\w*",
        r"эрдэм шинжилгээний хурал\w*|олон улсын хурал\w*|номын клуб\w*|surgalt\w*",
    ),
    "azerbaijani": (
        # A training, not a model's ("modelin təlimi") nor instructions ("təlimat").
        r"(?<!model )(?<!modelin )t[əe]lim(?!at)\w*|(?<!model )(?<!modelin )treninq\w*",
        r"konfrans(?!\w* (?:z[əe]ng|zal)\w*)\w*|m[üu]hazir[əe]\w*|m[əe][şs][ğg][əe]l[əe]\w*",
        # Lessons, but not lessons learned ("alınan dərslər").
        r"(?<!al[ıi]nan )(?<![öo]yr[əe]nilmi[şs] )dərs\w*|kursl[ae]r\w*|simpozium\w*",
        r"master[- ]klass?\w*|kitab klub\w*|ixtisasart[ıi]rma\w*|ingilis dili",
        r"(?:alman|frans[ıi]z|rus|t[üu]rk|ərəb) dili (?:d[əe]rs|kurs|m[əe][şs][ğg][əe]l)\w*",
    ),
}

# Reading, studying and learning anywhere in a title (a guess).
LEARNING_TOPIC: Words = {
    "swedish": (
        r"läsning|läsa|studera|studier|lärande|inlärning",
        r"studietid|pluggtid|plugga",
    ),
    "danish": (r"læsning|studere|læring",),
    "norwegian": (r"lesing|studere|læring",),
    "finnish": (r"lukemi\w*|opiskel\w*|itseopiskelu|oppimi\w*|perehdyty\w*|perehtymi\w*",),
    "czech": (r"čtení|cteni|studium|studovat|samostudium|vzd[ěe]l[áa]v[áa]n[íi]\w*",),
    "slovak": (r"čítanie|citanie|štúdium|vzdelávanie\w*|vzdelavanie",),
    "hungarian": (r"olvas[áa]s\w*|tanul[áa]s\w*|tanulm[áa]nyoz\w*|at[öo]lye\w*",),
    "romanian": (r"citire|lectur[ăa]|studiu\w*|[îi]nv[ăa][țţt]are",),
    "turkish": (r"okuma\w*|[öo][ğg]renme\w*|at[öo]lye\w*",),
    "russian": (r"чтени\w*|изучени\w*|самообразовани\w*|воркшоп\w*|онбординг\w*",),
    "ukrainian": (r"читанн\w*|вивченн\w*|самоосвіт\w*|воркшоп\w*|онбординг\w*",),
    "greek": (r"αν[άα]γνωσ\w*|δι[άα]βασμα|μελ[έε]τη|μ[άα]θηση|εκμ[άα]θησ\w*",),
    "vietnamese": (r"đọc sách|đọc tài liệu|tự học|học tập|học hỏi|tìm hiểu|chia sẻ kiến thức",),
    "indonesian": (
        r"membaca|baca|belajar|mempelajari|pembelajaran|berbagi pengetahuan",
        r"sharing pengetahuan",
    ),
    "hebrew": (
        r"[וב]?למידה(?! עמוקה)|[וב]?למידת(?! מכונה)|ללמוד|[וב]?לימוד(?:ים)?(?! מכונה| עמוק)|העשרה",
        r"קריאה(?! (?:ל|ש)\w*| ה?מיילים| מייל\w*)",
        r"קריאת (?:מאמר|ספר|חומר|תיעוד|מסמכ|פייפר|ספרות|פרק)\w*",
        r"שיתוף ידע|העברת ידע|אונבורדינג|קליטת עובד\w*|[ו]?מאמר(?:ים)?|פייפר(?:ים)?|טוטוריאל\w*",
    ),
    "bulgarian": (
        r"четене|(?<!машинно )(?<!дълбоко )учене|(?<!машинно )самообучени\w*|самоподготовк\w*",
        r"изучаван\w*|уъркшоп\w*|уоркшоп\w*|работилниц\w*|споделяне на (?:знания|опит)",
        r"статия|статии|chetene",
    ),
    "serbocroatian": (
        r"(?<!ma[šs]insko )(?<!strojno )(?<!duboko )u[čc]enj\w*",
        r"(?<!машинско )(?<!дубоко )(?<!длабоко )учењ\w*",
        r"[čc]itanj\w*|читањ\w*|prou[čc]avanj\w*|проучавањ\w*|samou[čc]enj\w*|studiranj\w*",
        r"radionic\w*|радиониц\w*|(?:dijeljenj|deljenj|razmjen|razmen)\w* znanja",
        r"(?:дељењ|размен)\w* знања|[čc]lan(?:ak|ci|aka|ke)|чланак|чланци|tutorijal\w*",
        r"туторијал\w*|onbording\w*",
    ),
    "arabic": _arabic_script(
        rf"{_AL}(?:تعلم(?! (?:ال)?(?:آلي|آلة|عميق|معزز))|دراسة(?! (?:ال)?جدوى)|مذاكرة)",
        rf"{_AL}(?:قراءة(?! (?:ال)?(?:بريد|إيميل\w*|رسائل))|مقالات|مقالة|كتاب)",
        r"(?:ال)?أوراق (?:ال)?بحثية|ورقة بحثية|(?:مشاركة|نقل) (?:ال)?معرفة",
        rf"{_AL}(?:أونبوردينج|ورشة عمل|ورش (?:ال)?عمل)|تهيئة (?:ال)?موظف\w*",
    ),
    "persian": _arabic_script(
        r"یادگیری(?! (?:ماشین|عمیق|تقویتی))|مطالعه|خواندن(?! (?:ایمیل|ای_میل)\w*)",
        r"کتاب_خوانی|مقاله\w*|خود_آموزی|انتقال دانش|اشتراک (?:دانش|تجربه)|آنبوردینگ|کارگاه",
    ),
    "hindi": (
        _hi("पढ़ाई", "अध्ययन", "सीखना", "सीखने", "ज्ञान साझा", "नॉलेज शेयरिंग", "शोध पत्र", "ट्यूटोरियल"),
    ),
    "albanian": (
        r"lexim\w*|studim\w*|vet[ëe]-?studim\w*|m[ëe]sim(?:i|in|it|e|et)?|t[ëe] m[ëe]suar",
        r"(?:shk[ëe]mbim|ndarj[ea])(?:i)? (?:(?:i|e) )?njohurive",
    ),
    "lithuanian": (
        r"skaitym\w*|studijavim\w*|studijuo\w*|savi[šs]viet\w*|savaranki[šs]k\w* mokym\w*",
        r"(?<!ma[šs]ininis )(?<!gilusis )mokymasis|(?<!ma[šs]ininio )(?<!giliojo )mokymosi",
        r"mokytis|[žz]ini[ųu] (?:dalijim|dalinim|perdavim)\w*|straipsn\w*|dirbtuv\w*",
        r"onboarding(?:as|o|[ąa]|e)",
    ),
    "latvian": (
        r"las[īi][šs]an\w*|(?<!dzi[ļl][āa] )m[āa]c[īi][šs]an[āa]s|stud[ēe](?:[šs]an\w*|t)",
        r"pa[šs]m[āa]c[īi]b\w*|darbn[īi]c\w*",
    ),
    "estonian": (
        r"lugemi\w*|[õo]ppimi\w*|\w*artikli\w*|teadmiste jagami\w*|t[öo][öo]tuba",
        r"t[öo][öo]to(?:a|as|ad)\w*|sisseelami\w*",
    ),
    "slovenian": (
        r"[šs]tudiranj\w*|samoizobra[žz]evanj\w*|[čc]lan(?:ek|ka|ki|kov|ke|ku)",
        r"delavnic\w*|(?:deljenj|izmenjav|prenos)\w* znanja",
        r"uvajanj\w*(?! (?:v produkcijo|sprememb\w*))",
        r"branj[ea](?! (?:e-?po[šs]t|mail|e-?mail|mejl|sporo[čc]il)\w*)",
        r"[šs]tudij\w*",
    ),
    "icelandic": (
        r"lest(?:ur|urinn|ri|rar)(?! (?:t[öo]lvup[óo]st|p[óo]st)\w*)|a[ðd] lesa|a[ðd] l(?:æ|ae)ra",
        r"l(?:æ|ae)ra|sj[áa]lfsn[áa]m\w*|n[áa]mst[íi]m\w*",
        r"fr(?:æ|ae)[ðd]igrein\w*|v[íi]sindagrein\w*|vinnustof\w*",
        r"(?:þ|th)ekkingar(?:mi[ðd]lun|deiling|yfirf(?:æ|ae)rsl)\w*",
        r"n[ýy]li[ðd]a(?:kynning|m[óo]ttak)\w*",
    ),
    "macedonian": (
        r"проучувањ\w*|prou(?:ch|č|c)uvanj\w*|самоучењ\w*|самообук\w*|samouchenj\w*",
        r"споделувањ\w* (?:на )?(?:знаењ\w*|искуств\w*)",
        r"spodeluvanj\w* (?:na )?(?:znaenj\w*|iskustv\w*)",
        r"статија(?:та)?|statija(?:ta)?|statii(?:te)?",
        r"(?<!mashinsko )(?<!mašinsko )(?<!masinsko )(?<!dlaboko )uchenj\w*",
        r"chitanj\w*(?! (?:na )?(?:mejl|mail|e-?mail|e-?po(?:sh|š|s)t|poraki)\w*)",
    ),
    "mongolian": _mongolian(
        r"унших|уншлага\w*|судлах|суралц\w*|сурах|нийтлэл\w*",
        r"(?:мэдлэг|туршлага) хуваалц\w*|өөрийгөө хөгжүүлэх|(?:өөрийн|хувь хүний) хөгжил\w*",
    ),
    "azerbaijani": (
        r"oxuma\w*|kitab oxu\w*|m[üu]tali[əe]\w*|t[əe]dris\w*|m[əe]qal[əe]\w*",
        r"(?<!ma[şs][ıi]n )(?<!d[əe]rin )[öo]yr[əe]nm[əe]\w*|[öo]z[üu]n[üu] ?t[əe]hsil\w*",
        r"bilik(?:l[əe]rin)? payla[şs]\w*|t[əe]cr[üu]b[əe] m[üu]badil[əe]\w*|onbordinq\w*",
        r"emalatxana\w*|vork[şs]op\w*",
    ),
}

# A title that starts by saying it is reading.
READING: Words = {
    "swedish": (
        r"läs(?:a|ning)",
        r"läs",
    ),
    "danish": (
        r"læs(?:e|ning|etid)",
        r"læs",
    ),
    "norwegian": (r"lese|lesing|lesetid|lesestund",),
    "finnish": (r"lukemi\w*|lukuaika|luettavaa",),
    "czech": (r"čtení|čtu|cteni",),
    "slovak": (r"čítanie|citanie",),
    "hungarian": (r"olvas\w*",),
    "romanian": (r"citire|citit|timp de studiu|studiu individual",),
    "turkish": (r"okuma\w*",),
    "russian": (
        r"чтени\w*|читать|прочитать",
        r"чита\w*(?! (?:на )?(?:е-?)?(?:мејл|пошт|почт)\w*)",  # (not mail: "Читање на е-пошта")
    ),
    "ukrainian": (
        r"читанн\w*|читати|прочитати",
        r"чита\w*(?! (?:на )?(?:е-?)?(?:мејл|пошт|почт)\w*)",  # (not mail: "Читање на е-пошта")
    ),
    "greek": (r"δι[άα]βασμα|δι[άα]β(?=\.)|αν[άα]γνωσ\w*",),  # ("διάβ.": reading, abbreviated)
    "vietnamese": (r"đọc(?! (?:e-?mail|mail|thư))",),
    "indonesian": (r"(?:baca|membaca)(?! (?:e-?mail|surel))",),
    "hebrew": (
        r"(?:קריאה|לקרוא)(?! (?:ל|ש)\w*| ה?מיילים| מייל\w*)",
        r"קריאת (?:מאמר|ספר|חומר|תיעוד|מסמכ|פייפר|ספרות|פרק)\w*",
    ),
    "bulgarian": (r"четене(?! на (?:имейл|поща)\w*)|прочитане|прочит|чета",),
    "serbocroatian": (
        r"[čc]itanj\w*(?! (?:na )?(?:mejl|mail|e-?mail|e-?po[šs]t|po[šs]t)\w*)",
        r"читањ\w*(?! (?:на )?(?:е-?)?(?:мејл|пошт)\w*)",
        r"[čc]itam|читам|pro[čc]itati|прочитати",
    ),
    "arabic": _arabic_script(
        r"(?:ال)?قراءة(?! (?:ال)?(?:بريد|إيميل\w*|رسائل))|اقرأ",
    ),
    "persian": _arabic_script(
        r"مطالعه|خواندن(?! (?:ایمیل|ای_میل)\w*)|کتاب_خوانی",
    ),
    "hindi": (_hi("पढ़ाई", "पढ़न(?=[ाे])", "अध्ययन", "पठन", "रीडिंग"),),
    "albanian": (r"lexim\w*|lexo(?:j)?",),
    "lithuanian": (
        r"skaitym\w*(?! (?:el\.|lai[šs]k|pa[šs]t)\w*)",
        r"(?:skaityti|skaitau|perskaityti)(?! (?:prane[šs]im|paskait)\w*)",
    ),
    "latvian": (r"las[īi][šs]an\w*|lasīt|lasu",),
    "estonian": (r"lugemi\w*(?! (?:e-?kirj|meil|kirj)\w*)|lugeda",),
    "slovenian": (
        r"branj[ea](?! (?:e-?po[šs]t|mail|e-?mail|mejl|sporo[čc]il)\w*)|berem|prebrati|preberi",
        r"beri",
    ),
    "macedonian": (
        r"chitanj\w*(?! (?:na )?(?:mejl|mail|e-?mail|e-?po(?:sh|š|s)t|poraki)\w*)|chitam",
        r"прочита(?:ј|м)|pro(?:ch|č)ita(?:j|m)",
    ),
    "mongolian": _mongolian(
        r"унш(?:их|ина|ъя|лага\w*)|ном унших",
    ),
    "azerbaijani": (
        r"oxuma(?:q)?(?! (?:e-?po[çc]t|m[əe]ktub|mail|meyl)\w*)|oxuyuram|m[üu]tali[əe]\w*",
    ),
    "icelandic": (r"(?:lestur|lestrar\w*|lesa)(?! (?:t[öo]lvup[óo]st|p[óo]st)\w*)",),
}

# Getting something ready for others: preparation, slides, reports.
PREPARATION: Words = {
    "swedish": (r"förbered\w*|\w*underlag|presentationsmaterial|rapportskrivning",),
    "danish": (r"forbered\w*|præsentationsmateriale",),
    "norwegian": (r"forbered\w*|presentasjonsmateriell",),
    "finnish": (
        r"valmistel\w*|valmistautumi\w*|kalvot|kalvoj\w*|diat|esitysmateriaal\w*",
        r"\w*raportti\w*|raportoin\w*",  # (a weekly report: "viikkoraportti")
        r"slid(?:et|ejä|eja|ien)|kalvo(?:t|ja|jen)",
        r"muistio\w*|muistiinpano\w*|yhteenveto\w*",  # a memo, notes, a summary
    ),
    "czech": (r"p[řr][íi]prav\w*|podklad\w*|slajd\w*|slidy|slid[ůu]|zápis\w*",),
    "slovak": (r"príprav\w*|priprav\w*|podklad\w*|slidy|slajdy|zápis\w*",),
    "hungarian": (
        r"\w*felk[ée]sz[üu]l\w*|el[őo]k[ée]sz[íi]t\w*|jelent[ée]s\w*|jegyz[őo]k[öo]nyv\w*",
        r"diák készítés\w*|diasor\w*|prezentáció készítés\w*",
        r"kiad[áa]si jegyz[ée]k\w*",  # release notes
    ),
    "romanian": (r"preg[ăa]tire\w*|raport(?:ul|uri)?|materiale (?:pentru|de prezentare)",),
    "turkish": (r"haz[ıi]rl[ıi]k\w*|haz[ıi]rla\w*|rapor(?:u|lar\w*|lama\w*)?|slayt\w*",),
    "russian": (r"подготовк\w*|подготовить|слайд\w*|отч[её]т\w*",),
    "ukrainian": (r"підготовк\w*|підготувати|слайд\w*|звіт\w*",),
    "greek": (r"προετοιμ\w*|διαφ[άα]νει\w*",),
    "vietnamese": (r"chuẩn bị|(?:viết|làm|soạn) báo cáo|tài liệu trình bày",),
    "indonesian": (
        r"persiapan|menyiapkan|siapkan|mempersiapkan|penyediaan",
        r"(?:bahan|materi) (?:presentasi|rapat)|(?:membuat|menyusun|penyusunan|buat) laporan",
    ),
    "hebrew": (
        r"[ול]?הכנ(?:ה|ת|ות)|להכין|[ול]?מצג(?:ת|ות)|שקפים|שקף",
        rf"דו{_Q}ח(?:ות)?|דוח(?:ות)?|[ו]?סיכום|סיכומי|סיכומים|ניוזלטר|פוסט (?:ל|ב)בלוג",
        r"בלוג[- ]?פוסט",
    ),
    "bulgarian": (r"подготв\w*|изготвян\w*|презентационн\w* материал\w*|podgotovka",),
    "serbocroatian": (
        r"priprem\w*|припрем\w*|slajd\w*|слајд\w*|izve[šs]taj\w*|izvje[šs]taj\w*|извештај\w*",
        r"извјештај\w*",
    ),
    "arabic": _arabic_script(
        rf"{_AL}تحضير|(?:تجهيز|إعداد) (?:ال)?(?:عرض|عروض|تقرير|تقارير|شرائح|محاضرة)",
        rf"{_AL}(?:سلايد\w*|بوربوينت|باوربوينت)|شرائح (?:ال)?عرض",
        rf"{_AL}(?:تقرير(?! (?:ال)?(?:أخطاء|خطأ|أعطال))|تقارير)|محضر (?:ال)?[اإ]جتماع",
        rf"{_AL}(?:نشرة (?:ال)?(?:إخبارية|داخلية)|تدوينة)",
    ),
    "persian": _arabic_script(
        r"آماده_سازی|آماده شدن برای|تهیه (?:گزارش|ارائه|اسلاید\w*|مستند\w*|پاورپوینت)",
        r"اسلاید\w*|پاورپوینت|گزارش(?! (?:باگ|خطا))|صورت_جلسه|خبرنامه|پست (?:وبلاگ|بلاگ)",
    ),
    "hindi": (
        _hi(
            "तैयारी",
            "तैयार कर(?:ना|ने)",
            "स्लाइड",
            "रिपोर्ट(?<!बग रिपोर्ट)(?<!एरर रिपोर्ट)",
            "प्रतिवेदन",
            "न्यूज़लेटर",
        ),
        _hi("ब्लॉग पोस्ट"),
    ),
    "albanian": (
        r"p[ëe]rgatit\w*|sllajd\w*|raport(?:i|in|it|e|et|eve|im\w*)",
        r"material(?:e|et)? (?:p[ëe]r|t[ëe]) prezantim\w*",
    ),
    "lithuanian": (
        r"(?:pasi|pa)?ruo[šs](?:im\w*|ti|iam\w*|iu)|skaidr(?:[ėe]s?|i[ųu]|[ėe]mis|[ėe]ms)",
        r"(?<!klaid[ųu] )ataskait\w*|naujienlai[šs]k\w*|tinklara[šs]t\w*",
        r"(?:susitikimo|pos[ėe]d[žz]io) protokol\w*|(?:pristatymo|prezentacijos) med[žz]iag\w*",
    ),
    "latvian": (
        r"sagatavo\w*|gatavo(?:[šs]an[āa]s|ties)|atskait\w*",
        r"(?<!k[ļl][ūu]du )(?<!k[ļl][ūu]das )zi[ņn]ojum\w*",
    ),
    "estonian": (r"ettevalmist\w*|valmistumi\w*|raport\w*|aruan\w*|uudiskir\w*",),
    "slovenian": (
        r"prosojnic\w*|poro[čc]il(?:o|a|u|om)(?! o (?:napak\w*|hro[šs][čc]\w*))",
        r"zapisnik(?:a|i|u)?|gradiv[aou]? za \w+|novi[čc]nik\w*",
    ),
    "icelandic": (
        r"undirb[úu]\w*|gl(?:æ|ae)r(?:a|an|u|una|ur|urnar|um|unum|usett\w*|upakk\w*)",
        r"sk[ýy]rsl\w*|fundarger[ðd]\w*|samantekt\w*|kynningarefn\w*|fr[ée]ttabr[ée]f\w*",
        r"bloggf(?:æ|ae)rsl\w*|greinarger[ðd]\w*",
    ),
    "macedonian": (
        r"podgotvuvanj\w*|izveshtaj\w*|записник\w*|zapisnikot|билтен\w*|bilten\w*",
        r"материјал\w* за (?:презентациј\w*|средб\w*|состан\w*)",
        r"materijal\w* za (?:prezentacij\w*|sredb\w*|sostan\w*)",
    ),
    "mongolian": _mongolian(
        r"бэлтгэ(?!н нийлүүл)\w*|бэлдэх|бэлдэнэ|(?<!алдааны )тайлан(?:г|гаа|гийн|гууд|ууд|тай|аа)?",
        r"(?:хурлын|уулзалтын) тэмдэглэл\w*|тэмдэглэл хөтл\w*",
    ),
    "azerbaijani": (
        r"haz[ıi]rl[ıi][qğ]\w*|slayd\w*|(?<!x[əe]ta )(?<!baq )hesabat\w*|x[üu]las[əe]\w*",
        r"iclas\w* protokol\w*|protokolun yaz\w*",
    ),
}

# A talk the person gives: "my talk", "my presentation", a rehearsal.
TALK_GIVEN_TITLE: Words = {
    "swedish": (r"min presentation|mitt föredrag|mitt tal|genrep|generalrepetition",),
    "danish": (r"mit oplæg|min præsentation|mit foredrag|generalprøve",),
    "norwegian": (
        r"mitt foredrag|min presentasjon|generalprøve",
        r"gjesteforelesning\w*",
    ),
    "finnish": (r"esitykseni|puheenvuoroni|kenraaliharjoitus",),
    "czech": (r"moje prezentace|moje přednáška|moje prednaska|generálk\w*|generalk\w*",),
    "slovak": (r"moja prezentácia|moja prezentacia|moja prednáška",),
    "hungarian": (r"el[őo]ad[áa]som|prezent[áa]ci[óo]m|f[őo]pr[óo]ba",),
    "romanian": (r"prezentarea mea|prelegerea mea|repeti[țţt]ie",),
    "turkish": (r"sunumum|konu[şs]mam|sunum provas[ıi]|genel prova",),
    "russian": (
        r"мой доклад|моя презентация|мо[её] выступлени\w*|репетици\w*|выступаю",
        r"прогон\w*|^\W*доклад\W*$",  # (a talk alone is mine: two of two)
    ),
    "ukrainian": (
        r"моя доповідь|моя презентація|мій виступ|репетиці\w*|виступаю",
        r"прогін|прогон\w*|моя доповідь",
    ),
    "greek": (r"η ομιλ[ίι]α μου|η παρουσ[ίι]ασ[ήη] μου|πρ[όο]βα",),
    "vietnamese": (r"bài trình bày của tôi|bài nói của tôi|tổng duyệt",),
    "indonesian": (r"presentasi saya|gladi (?:bersih|resik)|geladi \w+",),
    "hebrew": (
        r"ה?(?:הרצאה|מצגת|פרזנטציה|דמו) שלי|אני (?:מציג|מציגה|מרצה)|חזרה גנרלית",
        r"חזרה על ה?(?:מצגת|הרצאה|דמו|פרזנטציה)",
        r"ריצה יבשה(?=[^\n]{0,60}?(?:מצגת|הרצא|דמו|פרזנטציה|כנס))",
    ),
    "bulgarian": (
        r"моят доклад|моята (?:лекция|презентация|беседа)|моето (?:представяне|изказване)",
        r"изнасям (?:лекция|доклад|презентация)|презентирам|генерална репетиция",
    ),
    "serbocroatian": (
        r"moje (?:predavanje|izlaganje)|моје (?:предавање|излагање)|moj nastup|мој наступ",
        r"моја презентација|dr[žz]im (?:predavanje|prezentacij\w*)",
        r"држим (?:предавање|презентациј\w*)",
        r"izla[žz]em|излажем|generaln\w* prob\w*|генералн\w* проб\w*",
        r"proba (?:prezentacij\w*|predavanj\w*|govora)",
        r"moj (?:talk|govor|predavanje)|moja prezentacija|мој (?:талк|говор)",
    ),
    "arabic": _arabic_script(
        r"عرضي (?:ال)?(?:تقديمي|في|عن)|عرضي ل\w+|محاضرتي|كلمتي (?:في|ب\w+)",
        rf"{_AL}(?:بروفة(?! (?:ال)?فستان)|بروفه)",
        r"تدريب على (?:ال)?(?:عرض|محاضرة|كلمة)|(?:أنا|سأقدم) (?:ال)?(?:عرض|محاضرة|جلسة|ورشة)",
        r"أنا أقدم|أنا المتحدث|كمتحدث|كمتحدثة",
    ),
    "persian": _arabic_script(
        r"ارائه(?:_ی)? من|ارائه_ام|سخنرانی(?:_ی)? من|سخنرانی_ام|تمرین (?:ارائه|سخنرانی|دمو)",
        r"ارائه (?:می_دهم|میدم|دارم)",
    ),
    "hindi": (
        _hi("मेरी (?:प्रस्तुति|टॉक|प्रेज़ेंटेशन)", "मेरा (?:व्याख्यान|भाषण|टॉक|प्रेज़ेंटेशन|सत्र)"),
        _hi("रिहर्सल", "पूर्वाभ्यास", "मैं प्रस्तुत (?:करूँगा|करूंगा|करूँगी|करूंगी|कर रहा|कर रही)"),
    ),
    "albanian": (
        r"prezantimi im|ligj[ëe]rata ime|fjalimi im|(?:un[ëe] )?prezantoj",
        r"prov[ëae] (?:e )?(?:prezantimit|ligj[ëe]rat[ëe]s|fjalimit)|prov[ëa] gjenerale",
    ),
    "lithuanian": (
        r"mano (?:prane[šs]im|pristatym|prezentacij|paskait|kalb)\w*|pristatau|prezentuoju",
        r"skait(?:au|ysiu) (?:prane[šs]im|paskait)\w*|repeticij\w*",
    ),
    "latvian": (
        r"mana (?:prezent[āa]cij\w*|uzst[āa][šs]an[āa]s|runa|lekcija)|es prezent[ēe]ju",
        r"uzst[āa][šs]an[āa]s|(?:[ģg]ener[āa]l|prezent[āa]cijas )m[ēe][ģg]in[āa]jum\w*",
    ),
    "estonian": (
        r"minu (?:esitlus|ettekan|kõne|loeng|s[õo]nav[õo]t)\w*|esinen",
        r"peaproov\w*|k[üu]lalisloeng\w*",
    ),
    "slovenian": (
        r"moja predstavitev|predstavljam|predavam|generalna vaja",
        r"vaj[ao] (?:predstavitve|predavanja|govora|nastopa)",
    ),
    "icelandic": (
        r"mitt erindi|erindi[ðd] mitt|kynning(?:in)? m[íi]n|m[íi]n kynning",
        r"fyrirlestur(?:inn)? minn",
        r"[ée]g (?:kynni|held (?:erindi|fyrirlestur|kynningu))|generalprufa\w*",
        r"(?:æ|ae)fing (?:fyrir|[áa]) (?:kynning|erindi|fyrirlest)\w*",
    ),
    "macedonian": (
        r"мојата (?:презентациј\w*|лекциј\w*)|моето (?:предавање|излагање|обраќање)",
        r"мојот (?:говор|настап|талк)|mojot (?:govor|nastap|talk)",
        r"mojata (?:prezentacij\w*|lekcij\w*)|moeto (?:predavanje|izlaganje|obra(?:kj|ḱ|k|ć)anje)",
        r"држам (?:предавање|презентациј\w*|говор)",
        r"dr(?:zh|ž|z)am (?:predavanje|prezentacij\w*|govor)",
        r"проба на (?:презентациј\w*|предавањ\w*|говор\w*)",
        r"proba na (?:prezentacij\w*|predavanj\w*|govor\w*)",
    ),
    "mongolian": _mongolian(
        r"миний (?:илтгэл|танилцуулга|презентаци|лекц)\w*|илтгэл тавих|илтгэл тавина",
        r"илтгэгчээр|(?:илтгэл|презентаци|танилцуулга)\w* давта\w*|илтгэлийн давтлага",
        # Giving a lecture or a class ("лекц унших", literally reading one).
        r"(?:лекц|илтгэл) унш\w*|хичээл заа\w*|сургалт (?:явуулах|удирдах)",
    ),
    "azerbaijani": (
        r"t[əe]qdimat[ıi]m\w*|m[əe]ruz[əe]m\w*|[çc][ıi]x[ıi][şs][ıi]m\w*|ba[şs] m[əe][şs]q\w*",
        r"m[əe]nim (?:t[əe]qdimat|m[əe]ruz[əe]|[çc][ıi]x[ıi][şs]|m[üu]hazir[əe])\w*",
        r"(?:t[əe]qdimat|m[əe]ruz[əe]|[çc][ıi]x[ıi][şs])\w* m[əe][şs]q\w*",
        r"(?:[çc][ıi]x[ıi][şs]|t[əe]qdim|m[əe]ruz[əe]) edir[əe]m",
    ),
}

# Exams and certifications.
EXAMS: Words = {
    "swedish": (r"tentamen|tenta|certifiering\w*",),
    "danish": (r"eksamen\w*|certificering\w*",),
    "norwegian": (r"eksamen\w*|sertifisering\w*",),
    "finnish": (r"tentti\w*|sertifioin\w*|sertifikaat\w*",),
    "czech": (r"zkou[šs]k\w*|certifikac\w*|certifik[áa]t\w*",),
    "slovak": (r"sk[úu][šs]k\w*|certifikáci\w*",),
    "hungarian": (r"vizsga(?:ra|n|k|z[áa]s)?|vizsg[áa]z\w*|tan[úu]s[íi]tv[áa]ny\w*",),
    "romanian": (r"examenul|certificare\w*",),
    "turkish": (r"s[ıi]nav\w*|sertifika(?!t)\w*",),
    "russian": (r"экзамен\w*|сертификаци\w*|1[сc][:\s]*(?:спец\w*|профессионал\w*)",),
    "ukrainian": (r"іспит\w*|екзамен\w*|сертифікаці\w*",),
    "greek": (r"πιστοπο[ίι]ησ\w*",),
    "vietnamese": (
        r"kỳ thi|bài thi|thi chứng chỉ|chứng chỉ",
        r"ôn thi|luyện thi|học tiếng \w+",
    ),
    "indonesian": (r"ujian|sertifikasi|peperiksaan",),
    "hebrew": (
        r"מבחן(?! (?:בית|קבלה|מסירה|עומס|ה?מועמד\w*))|מבחני (?:הסמכה|תרגול)|בחינ(?:ה|ות)(?! של)",
        r"בחינת (?:הסמכה|גמר|ביניים|תרגול)|הסמכ(?:ה|ת)|סרטיפיקצי(?:ה|ות)",
    ),
    "bulgarian": (r"изпит(?:а|ът|и|ите|ен|на|ни)?|сертифициран\w*|izpit(?:a|i)?",),
    "serbocroatian": (
        r"ispit(?:a|u|i|om|e|ni|na|nog)?|испит(?:а|у|и|ом|е|ни|на)?|sertifikacij\w*",
        r"kolokvijum\w*|колоквијум\w*",
    ),
    "arabic": _arabic_script(
        rf"{_AL}(?:[اإ]متحان|[اإ]متحانات)|[اإ]ختبار (?:ال)?(?:شهادة|اعتماد)",
        rf"{_AL}(?:شهادة (?:ال)?(?:احترافية|مهنية)|آيلتس|توفل)",
    ),
    "persian": _arabic_script(
        r"امتحان\w*|کنکور|آیلتس|تافل|جی_آر_ای",
        r"آزمون (?:گواهی\w*|مدرک|زبان|آیلتس|تافل|نهایی|ورودی|پایان_ترم|میان_ترم|استخدامی)",
        r"آزمون (?:آزمایشی|ارشد|دکتری)",
    ),
    "hindi": (_hi("परीक्षा", "इम्तिहान", "इम्तहान", "प्रमाणन", "सर्टिफ़िकेशन", "मॉक टेस्ट"),),
    "albanian": (r"provim(?:i|in|it|e|et|eve)?|certifikim\w*",),
    "lithuanian": (r"egzamin\w*|sertifikavim\w*|[įi]skait(?:a|[ąa]|os)",),
    "latvian": (r"eks[āa]men\w*|sertifik[āa]cij\w*",),
    "estonian": (r"\w*eksam\w*|sertifitseeri\w*",),
    "slovenian": (r"izpit(?:a|u|i|om|ov|ih)?|preizkus\w* znanja",),
    "icelandic": (
        r"próf(?:i|ið|inu)?(?! [áa] )|\w*vottunarpr[óo]f\w*|lokapr[óo]f\w*|pr[óo]fundirb\w*",
    ),
    "macedonian": (r"испитот|испитите|ispitot|ispitite",),
    "mongolian": _mongolian(
        r"шалгалт(?:анд|ад)? (?:өгөх|өгнө|орох|орно)|шалгалтын бэлтгэл\w*",
        r"(?:хэлний|мэргэжлийн|сертификатын|гэрчилгээний|улсын|ielts|toefl|topik"
        r"|jlpt|aws|azure|gcp|pmp) шалгалт\w*",
    ),
    "azerbaijani": (r"imtahan\w*",),
}

# A title that is only "busy" or "reserved".
PLACEHOLDER: Words = {
    "swedish": (r"upptagen|reserverad|bokad",),
    "danish": (r"optaget|reserveret",),
    "norwegian": (r"opptatt|reservert",),
    "finnish": (r"varattu",),
    "czech": (r"obsazeno|rezervov[áa]no|rezervace",),
    "slovak": (r"obsadené|obsadene|rezervované|rezervovane",),
    "hungarian": (r"foglalt|fenntartva",),
    "romanian": (r"ocupat|rezervat",),
    "turkish": (r"me[şs]gul|rezerve",),
    "russian": (r"занят[оа]?|резерв|забронировано",),
    "ukrainian": (r"зайнят[оа]?|зайнятий|резерв|заброньовано",),
    "greek": (r"απασχολημ[έε]ν\w*|κρατημ[έε]ν\w*|δεσμευμ[έε]ν\w*",),
    "vietnamese": (r"bận|giữ chỗ|đã đặt",),
    "indonesian": (r"sibuk|dipesan|reservasi",),
    "hebrew": (r"תפוס|תפוסה|תפוס/ה|שמור|שמורה|לא זמין|לא זמינה|לא פנוי|לא פנויה",),
    "bulgarian": (r"зает(?:а|о)?|резервиран(?:о|а)?|недостъп(?:ен|на|но)|zaet(?:a|o)?",),
    "serbocroatian": (
        r"zauzet(?:a|o)?|заузет(?:а|о)?|rezervisan(?:o|a)?|rezerviran(?:o|a)?|резервисан(?:о|а)?",
        r"nedostup(?:an|na|no)|недоступ(?:ан|на|но)|(?:nisam|nije) dostup(?:an|na|no)",
        r"(?:нисам|није) доступ(?:ан|на|но)",
    ),
    "arabic": _arabic_script(
        r"مشغولة?|محجوزة?|غير متاحة?|غير متوفرة?|(?:مش|مو|مب|ما) فاضي|حجز",
    ),
    "persian": _arabic_script(
        r"مشغول|مشغولم|رزرو|رزرو شده|در دسترس نیستم|در دسترس نیست|گرفتارم",
    ),
    "hindi": (_hi("व्यस्त", "आरक्षित", "बुक्ड", "अनुपलब्ध", "उपलब्ध नहीं", "होल्ड"),),
    "albanian": (
        r"(?:i |e )?z[ëe]n[ëe]|(?:i |e )?rezervuar|(?:i )?padisponuesh[ëe]m|(?:e )?padisponueshme",
    ),
    "lithuanian": (
        r"u[žz]imt(?:a|as|i|os)|rezervuot(?:a|as|i)|nepasiekiam(?:a|as|i)|preliminar(?:u|us|iai)",
    ),
    "latvian": (r"aiz[ņn]emt[sa]|rezerv[ēe]t[sa]|(?:nav |ne)pieejam[sa]",),
    "estonian": (r"h[õo]ivatud|kinni|broneeritud|reserveeritud|t[äa]psustamisel",),
    "slovenian": (r"zaseden(?:a|o)?|(?:nisem|ni) na voljo|zadr[žz]an(?:a|o)?",),
    "icelandic": (r"upptek(?:inn|in|i[ðd])|fr[áa]tek(?:inn|in|i[ðd])|b(?:óka[ðd]|okað)|ekki laus",),
    "macedonian": (
        r"зафатен(?:а|о)?|недостап(?:ен|на|но)|не сум достап(?:ен|на)|zafaten(?:a|o)?",
        r"nedostap(?:en|na|no)|ne sum dostap(?:en|na)",
    ),
    "mongolian": _mongolian(
        r"завгүй|zavgui|захиалсан|захиалгатай|нөөцөлсөн|боломжгүй",
    ),
    "azerbaijani": (
        r"m[əe][şs]ğul(?:am)?|mə[şs]gul(?:am)?|rezerv(?: olunub| edilib)?|bronlan[ıi]b|bron edilib",
    ),
}

# A bare title that says nothing ("Meeting", "Call", "Busy"): the description may say more.
VAGUE_TITLE: Words = {
    "swedish": (r"möte|avstämning|samtal|upptagen|reserverad",),
    "danish": (r"møde|samtale|optaget|reserveret",),
    "norwegian": (r"møte|samtale|opptatt|reservert",),
    "finnish": (r"palaveri|kokous|puhelu|tapaaminen|varattu",),
    "czech": (r"sch[ůu]zka|porada|hovor|obsazeno",),
    "slovak": (r"stretnutie|porada|hovor|obsadené",),
    "hungarian": (r"megbesz[ée]l[ée]s|h[íi]v[áa]s|egyeztet[ée]s|foglalt",),
    "romanian": (rf"{_S}edin{_T}[ăa]|[îi]nt[âa]lnire|apel|ocupat",),
    "turkish": (r"toplant[ıi]|g[öo]r[üu][şs]me|me[şs]gul",),
    "russian": (r"встреча|созвон|звонок|совещание|синк|занято",),
    "ukrainian": (r"зустріч|дзвінок|нарада|зайнято",),
    "greek": (r"συν[άα]ντηση|σ[ύυ]σκεψη|κλ[ήη]ση",),
    "vietnamese": (r"họp|cuộc họp|cuộc gọi|bận",),
    "indonesian": (r"rapat|mesyuarat|pertemuan|panggilan|sibuk",),
    "hebrew": (
        r"פגישה|ישיבה|שיחה|שיחת טלפון|טלפון|סנכרון|סינק|מפגש|דיון|מיטינג",
        r"תפוס|תפוסה|שמור|שמורה|חסום|חסומה|לא זמין|לא זמינה|לא פנוי|לא פנויה",
    ),
    "bulgarian": (r"среща|разговор|обаждане|заседание|зает(?:а|о)?|резервиран(?:о|а)?|sreshta",),
    "serbocroatian": (
        r"sastanak|састанак|poziv|позив|razgovor|разговор|dogovor|zauzet(?:a|o)?|заузет(?:а|о)?",
        r"rezervisan(?:o|a)?|rezerviran(?:o|a)?|резервисан(?:о|а)?",
    ),
    "arabic": _arabic_script(
        r"(?:ال)?(?:[اإ]جتماع|لقاء|مكالمة|اتصال|جلسة|نقاش|مناقشة|ميتنج|ميتينج|متابعة|تنسيق)",
        r"مشغولة?|محجوزة?|حجز",
    ),
    "persian": _arabic_script(
        r"جلسه|نشست|تماس|تماس تلفنی|تلفن|گفتگو|گفت_وگو|میتینگ|هماهنگی|پیگیری",
        r"مشغول|رزرو|رزرو شده",
    ),
    "hindi": (_hi("बैठक", "मीटिंग", "मिटिंग", "कॉल", "चर्चा", "बातचीत", "सिंक", "व्यस्त", "आरक्षित"),),
    "albanian": (
        r"tak(?-i:[iI])mi?|mbledhje|thirrje|telefonat[ëe]|bised[ëe]|diskutim|sinkronizim",
        r"(?:i |e )?z[ëe]n[ëe]|(?:e )?rezervuar",
    ),
    "lithuanian": (
        r"susitikimas|pasitarimas|susirinkimas|skambutis|pokalbis|aptarimas|pos[ėe]dis",
        r"u[žz]imt(?:a|as)|rezervuota",
    ),
    "latvian": (
        r"sapulce|tik[šs]an[āa]s|(?:video)?zvans|saruna|diskusija|aiz[ņn]emt[sa]",
        r"rezerv[ēe]t[sa]",
    ),
    "estonian": (r"koosolek|kohtumine|kõne|vestlus|s[üu]nk|h[õo]ivatud",),
    "slovenian": (r"sestanek|klic|pogovor|sre[čc]anje|zaseden(?:a|o)?",),
    "icelandic": (r"fundur|s[íi]mtal|spjall|upptek(?:inn|in|i[ðd])|fr[áa]teki[ðd]",),
    "macedonian": (r"средба|состанок|повик|зафатен(?:а|о)?|sredba|sostanok|povik|zafaten(?:a|o)?",),
    "mongolian": _mongolian(
        r"уулзалт|хурал|хуралдаан|дуудлага|утасны дуудлага|ярилцах|завгүй|uulzalt|hural",
    ),
    "azerbaijani": (
        r"iclas|g[öo]r[üu][şs]|z[əe]ng|telefon z[əe]ngi|m[üu]zakir[əe]|s[öo]hb[əe]t",
        r"y[ıi][ğg][ıi]ncaq|m[əe][şs]ğul|mə[şs]gul|rezerv",
    ),
}

# Vendors and suppliers, procurement, contracts.
VENDOR: Words = {
    "swedish": (r"leverantör\w*|upphandling\w*|avtalsförhandling\w*",),
    "danish": (r"leverandør\w*|indkøb",),
    "norwegian": (r"leverandør\w*|anskaffelse\w*|innkjøp",),
    "finnish": (
        r"toimittaja(?:t|n|tapaaminen|palaveri)?|hankinta\w*|kilpailutus\w*|tarjouspyyn\w*",
    ),
    "czech": (r"dod[áa]vatel\w*|v[ýy]b[ěe]rov[ée] [řr][íi]zen[íi]|smlouv\w*",),
    "slovak": (r"dodávate[ľl]\w*|dodavatel\w*|zmluv\w*|obstarávani\w*",),
    "hungarian": (r"besz[áa]ll[íi]t[óo]\w*|beszerz[ée]s\w*|szerz[őo]d[ée]s\w*",),
    "romanian": (rf"furnizor\w*|achizi{_T}i\w*",),
    "turkish": (r"tedarik[çc]i\w*|sat[ıi]n alma|s[öo]zle[şs]me\w*|ihale\w*",),
    "russian": (r"поставщик\w*|подрядчик\w*|вендор\w*|закупк\w*|договор\w*|контракт\w*|тендер\w*",),
    "ukrainian": (r"постачальник\w*|підрядник\w*|вендор\w*|закупівл\w*|договір|контракт\w*",),
    "greek": (r"προμηθευτ\w*|προμ[ήη]θει\w*|σ[ύυ]μβασ\w*|συμβ[όο]λαι\w*|διαγωνισμ\w*",),
    "vietnamese": (r"nhà cung cấp|nhà thầu|mua sắm|đấu thầu|hợp đồng",),
    "indonesian": (r"pemasok|pembekal|pengadaan|perolehan|kontrak",),
    "hebrew": (
        r"[וה]?ספק(?:ים|ית)?|[ו]?רכש|[וה]?חוז(?:ה|ים|י)|מכרז(?:ים)?|הצע(?:ת|ות) מחיר|משא ומתן",
        rf"מו{_Q}מ|[ו]?הסכם|הסכמים|חידוש (?:חוזה|רישיון|רישוי|מנוי|הסכם)|ו?ונדור(?:ים)?",
    ),
    "bulgarian": (
        r"доставчи(?:к|ка|кът|ци|ците)|обществен\w* поръчк\w*|търг(?:а|ът|ове)?|оферт\w*",
        r"снабдяван\w*|подизпълнител\w*",
    ),
    "serbocroatian": (
        r"dobavlja[čc]\w*|добављач\w*|nabavk\w*|набавк\w*|nabav[aeu]|ugovor(?:a|u|i|e|om|ima)?",
        r"уговор(?:а|у|и|е|ом|има)?",
        r"ponud[aeu]|понуд[аеу]|pregovor\w*|преговор\w*|podugovara[čc]\w*|подуговарач\w*",
    ),
    "arabic": _arabic_script(
        rf"{_AL}(?:موردين|مزودي?ن? (?:ال)?(?:خدمة|خدمات))|مورد (?:ال)?(?:خدمة|خدمات)",
        rf"{_AL}(?:مشتريات|مناقصة|مناقصات|توريد|عقود)",
        r"(?:تجديد|مراجعة|توقيع|صياغة|بنود) (?:ال)?عقد",
        r"عقد (?:ال)?(?:صيانة|توريد|خدمة|خدمات|ترخيص|دعم)|عرض سعر|عروض (?:ال)?أسعار",
        rf"{_AL}(?:تفاوض|مفاوضات|فيندور|فندور)|تجديد (?:ال)?(?:ترخيص|تراخيص|اشتراك)",
    ),
    "persian": _arabic_script(
        r"تأمین_کننده\w*|پیمانکار\w*|تدارکات|واحد خرید|مناقصه|قرارداد\w*|پیش_فاکتور",
        r"مذاکره\w*|لایسنس|تمدید (?:لایسنس|قرارداد|اشتراک|مجوز)|وندور",
    ),
    "hindi": (
        _hi("विक्रेता", "वेंडर", "आपूर्तिकर्ता", "सप्लायर", f"ख़रीद{_HE}", "प्रोक्योरमेंट", "अधिप्राप्ति"),
        _hi("अनुबंध", "कॉन्ट्रैक्ट", "निविदा", "टेंडर", "कोटेशन", "नवीनीकरण"),
    ),
    "albanian": (
        r"furnitor\w*|furnizues\w*|prokurim\w*|tender(?:i|in|it|at|ave)|kontrat(?:[ëe]|a|at|ave|[ëe]n|[ëe]s)",
        r"ofert(?:[ëe]|a|at|ave|[ëe]n|[ëe]s)|negocim\w*",
        r"rinovim(?:i)? (?:(?:i|e) )?(?:licenc|kontrat|abonim)\w*",
    ),
    "lithuanian": (
        r"tiek[ėe]j\w*|rangov\w*|subrangov\w*|vie[šs]\w* pirkim\w*|pirkimai",
        r"pirkim[ųu] (?:proced|skyri|konkurs|komisij)\w*|deryb\w*|tender(?:is|io|[įi]|iai|i[ųu])",
        # A contract (sutartis), not "sutarti", to agree.
        r"sutart(?:is|ies|į|imi|yje|ys|ims)|sutar[čc]i(?:ai|[ųu])",
        r"(?:komercin\w*|kain[ųu]) pasi[ūu]lym\w*|licencij\w* (?:atnaujinim|pirkim)\w*",
    ),
    "latvian": (
        r"pieg[āa]d[āa]t[āa]j\w*|iepirk(?:um\w*|[šs]anas (?:proced|konkurs|komisij)\w*)",
        r"l[īi]gum\w*|pied[āa]v[āa]jum\w*|cenu aptauj\w*",
    ),
    "estonian": (
        r"tarnija\w*|hange|hanke(?:d|sse|le|menetlus\w*|dokument\w*|tingimus\w*)",
        r"leping\w*|l[äa]bir[äa][äa]kimis\w*|pakkumus\w*",
    ),
    "slovenian": (
        r"dobavitelj\w*|ponudnik\w*|pogodb\w*|nabav(?:o|i|n\w*)|javn\w* naro[čc]il\w*",
        r"ponudb(?:a|e|i|o)|pogajanj\w*",
    ),
    "icelandic": (
        r"birgjar|birgja|birgjum|birgjanna|birgjarnir|s[öo]lua[ðd]il\w*",
        r"(?:þ|th)j[óo]nustua[ðd]il\w*|innkaup\w*|útbo[ðd]\w*|samning\w*",
        r"ver[ðd]tilbo[ðd]\w*|tilbo[ðd] fr[áa] \w+|endurn[ýy]jun (?:leyf|samning|[áa]skrift)\w*",
    ),
    "macedonian": (
        r"добавувач\w*|dobavuva(?:ch|č|c)\w*|снабдувач\w*|snabduva(?:ch|č|c)\w*|dogovorot",
    ),
    "mongolian": _mongolian(
        # A contract, not from one's home ("гэрээс ажиллах").
        r"нийлүүлэгч\w*|гэрээ(?:г|гээ|ний|нд|нүүд\w*|тэй)?",
        r"гэрээт (?:ажилтан|компани|гүйцэтгэгч)\w*|худалдан авалт\w*|үнийн санал\w*",
        r"хэлэлцээр\w*|лиценз\w* сунга\w*|туслан гүйцэтгэгч\w*|бэлтгэн нийлүүл\w*",
    ),
    "azerbaijani": (
        r"t[əe]chizat[çc][ıi]\w*|podrat[çc][ıi]\w*|sat[ıi]nalma\w*|m[üu]qavil[əe]\w*",
        # (Not a load tender: freight.)
        r"dan[ıi][şs][ıi]ql[ae]r\w*|(?<!load )tender(?:l[əe]r\w*|d[əe]|in)?",
        r"(?:kommersiya|qiym[əe]t) t[əe]klif\w*|lisenziya\w* (?:yenil|al[ıi]n)\w*",
    ),
}

# Insurance, pensions and health cover: a benefits session about them is admin. Each was
# checked against the same language's quality assurance ("osiguranje kvaliteta", "sigurimi i
# cilësisë", "asigurarea calității"), left alone; Arabic تأمين is also "securing", so only
# its health and social-insurance phrases.
INSURANCE: Words = {
    "swedish": (r"f[öo]rs[äa]kring\w*|tj[äa]nstepension\w*",),
    "danish": (r"forsikring\w*|pensionsordning\w*",),
    "norwegian": (r"forsikring\w*|pensjon\w*",),
    "finnish": (r"vakuutu\w*|el[äa]ke\w*",),
    "czech": (r"poji[šs]t[ěe]n\w*|penzijn\w*",),
    "slovak": (r"poisten\w*|d[ôo]chodkov\w*",),
    "hungarian": (r"biztos[íi]t[áa]s\w*|nyugd[íi]j\w*|eg[ée]szs[ée]gp[ée]nzt[áa]r\w*",),
    "romanian": (
        r"asigur[ăa]r(?!\w* (?:a )?calit)\w*|pensi(?:e|i|a|ei)",
        r"abonament\w* medical\w*",  # health cover
    ),
    "turkish": (r"sigorta\w*|bes|emeklilik",),
    "russian": (r"страхов\w*|пенсион\w*|(?-i:ДМС)",),
    "ukrainian": (r"страхуванн\w*|пенсій\w*|(?-i:ДМС)",),
    "greek": (r"ασφ[άα]λιση\w*|ασφαλιστικ\w*|συνταξιοδοτικ\w*",),
    "vietnamese": (r"bảo hiểm|bao hiem",),
    "indonesian": (r"asuransi|insurans|bpjs|pensiun|dplk",),  # (insurans: Malay)
    "hebrew": (r"[ובלהמשכ]?ביטוח\w*|[ובלהמשכ]?פנסי\w*|קרן השתלמות",),
    "bulgarian": (r"застрахов\w*|осигуровк\w*|осигурител\w*|zastrahov\w*|osigurovk\w*",),
    "serbocroatian": (
        r"osiguranj(?!\w* kvalitet)\w*|осигурањ(?!\w* квалитет)\w*|penzij\w*|пензиј\w*"
        r"|mirovinsk\w*",
    ),
    "arabic": _arabic_script(
        r"(?:ال)?تأمين (?:ال)?(?:طبي|صحي)|(?:ال)?تأمينات (?:ال)?اجتماعية|(?:ال)?تقاعد\w*",
    ),
    "persian": _arabic_script(r"بیمه\w*|بازنشستگی"),
    "hindi": (_hi("बीमा", "पेंशन", "भविष्य निधि"),),
    "albanian": (r"sigurim\w*(?! (?:i|e|t[ëe]) cil[ëe]si)|pension\w*",),
    "lithuanian": (
        # Insurance, not a ban (also "draudimas"): with its kind or its policy.
        r"(?:sveikatos|gyvyb[ėe]s|papildom\w*|kaupiam\w*|keli[oa]ni[ųu]|socialin\w*|privalom\w*"
        r"|medicinin\w*|turto) draudim\w*",
        r"draudimo (?:polis|bendrov|i[šs]mok|[įi]mok|s[ąa]lyg|paket|kompanij)\w*|draudik\w*",
        r"pensij\w*",
    ),
    "latvian": (r"apdro[šs]in[āa]t[āa]j\w*|polis(?:e|es|ē)|pensij\w*",),
    "estonian": (
        r"(?!kvaliteedi)(?<!kvaliteedi )\w*kindlustus\w*|pensioni\w*|haigekassa\w*",
        r"(?:ii|iii|teine|kolmas) sammas",
    ),
    "slovenian": (r"zavarovanj(?!\w* (?:podatkov|terjatev))\w*|zavarovaln\w*|pokojnin\w*",),
    "icelandic": (
        # Insurance, in compounds and its own forms: the Norwegian "trygging" is a securing
        # ("flytrygging"), the Icelandic "gæðatrygging" quality assurance.
        r"(?:sj[úu]kra|l[íi]f|heilsu|b[íi]la|innb[úu]s|sl[yý]sa|fer[ðd]a|starfsmanna)trygg\w*",
        r"tryggingu|tryggingum|trygginga(?:f[ée]lag|stofnun|m[áa]l)\w*|l[íi]feyri\w*|séreign\w*",
    ),
    "macedonian": (
        # Insurance, not quality assurance ("осигурување на квалитетот").
        r"осигурувањ(?!\w* (?:на )?квалитет)\w*|osiguruvanj(?!\w* (?:na )?kvalitet)\w*",
        r"пензиск\w*|penzisk\w*",
    ),
    "mongolian": _mongolian(
        r"даатгал\w*|тэтгэвэр\w*|(?-i:НДШ|ЭМД)",
    ),
    "azerbaijani": (r"s[ıi]ğorta\w*|pensiya\w*",),
}

# A sync or a quick question with one other person.
SYNC: Words = {
    "hebrew": (r"סנכרון",),
    "estonian": (r"kiire (?:k[üu]simus|k[õo]ne|jutt)",),
    "icelandic": (
        r"stutt (?:spjall|s[íi]mtal|samtal)|flj[óo]t\w* spurning|samstilling\w*(?! gagna)",
    ),
    "macedonian": (
        r"(?:брз(?:о|а|и)?|крат(?:ок|ка|ко)) (?:прашање|повик|разговор)",
        r"(?:brz(?:o|a|i)?|krat(?:ok|ka|ko)) (?:pra(?:sh|š|s)anje|povik|razgovor)",
    ),
    "mongolian": _mongolian(
        r"богино (?:уулзалт|яриа|дуудлага)\w*|түргэн асуулт\w*",
    ),
    "azerbaijani": (r"q[ıi]sa (?:sual|z[əe]ng|s[öo]hb[əe]t|g[öo]r[üu][şs])\w*",),
}

# E-mail, read beside a chat tool's name ("posti/slack", "el. paštas, Slack").
MAIL: Words = {
    "swedish": (r"e-?post\w*",),
    "norwegian": (r"e-?post\w*",),
    "finnish": (r"s[äa]hk[öo]posti\w*|posti",),
    "serbocroatian": (r"e-?po[šs]t\w*|е-?пошт\w*",),
    "lithuanian": (r"el\. pa[šs]t\w*",),
    "latvian": (r"e-?pa[šs]t\w*",),
    "estonian": (r"e-?post\w*|postkast\w*",),
    "slovenian": (r"e-?po[šs]t\w*|po[šs]t[ae]",),
    "icelandic": (r"t[öo]lvup[óo]st\w*|p[óo]st(?:ur|urinn|inn)",),
    "macedonian": (r"e-?posht\w*|мејлови(?:те)?|mejlovi(?:te)?",),
    "mongolian": _mongolian(
        r"и-?мэйл\w*|мэйл\w*|цахим шуудан\w*",
    ),
    "azerbaijani": (r"e-?po[çc]t\w*",),
}

CONCEPTS: dict[str, Words] = {
    "PERSONAL": PERSONAL,
    "ADMIN": ADMIN,
    "MEAL_ALONE": MEAL_ALONE,
    "ONE_ON_ONE": ONE_ON_ONE,
    "SOCIAL": SOCIAL,
    "EVENT_SOCIAL": EVENT_SOCIAL,
    "COMMUNICATION": COMMUNICATION,
    "MEETING_WORDS": MEETING_WORDS,
    "DEEP_WORK_ACTIVITY": DEEP_WORK_ACTIVITY,
    "DEEP_WORK_TOPIC": DEEP_WORK_TOPIC,
    "WRITING": WRITING,
    "CODE_REVIEW": CODE_REVIEW,
    "LEARNING_EVENTS": LEARNING_EVENTS,
    "LEARNING_TOPIC": LEARNING_TOPIC,
    "READING": READING,
    "PREPARATION": PREPARATION,
    "TALK_GIVEN_TITLE": TALK_GIVEN_TITLE,
    "EXAMS": EXAMS,
    "PLACEHOLDER": PLACEHOLDER,
    "VAGUE_TITLE": VAGUE_TITLE,
    "VENDOR": VENDOR,
    "INSURANCE": INSURANCE,
    "SYNC": SYNC,
    "MAIL": MAIL,
}
"""Every concept, by the name of the built-in rules' constant that reads it."""

# Chinese words, Simplified and Traditional, matched anywhere in the text (see the module
# docstring): concept -> fragments, one alternation per line.
UNSPACED: dict[str, tuple[str, ...]] = {
    "PERSONAL": (
        r"请假|請假|休假|年假|事假|病假|调休|調休|补假|補假|放假|假期|婚假|产假|產假",
        r"医院|醫院|医生|醫生|看病|门诊|門診|复诊|複診|挂号|掛號|牙医|牙醫|看牙|疫苗|兽医|獸醫",
        r"健身|瑜伽|跑步|游泳|羽毛球|理发|理髮|剪发|剪髮|美发|美髮",
        r"接孩子|送孩子|接娃|送娃|接送|幼儿园|幼稚园|托儿所|托兒所|家长会|家長會|学校|學校",
        # Travel is personal, as in the built-in words ("travel", "flights", "train to").
        r"出差(?!纪要|紀要|报告|報告|总结|總結|心得)|航班|飞机|飛機|机场|機場|高铁|高鐵|火车|火車|动车|通勤",
        r"私事|个人事务|個人事務|签证|簽證|护照|護照|搬家|婚礼|婚禮|葬礼|葬禮|去银行|去銀行",
        r"春节|春節|国庆|國慶|中秋|端午|元旦|清明节|清明節",
        r"生日|妈妈|媽媽|爸爸|老婆|老公",
    ),
    "ADMIN": (
        r"体检|健康检查|问卷|满意度调查|滿意度調查|合规培训|合規培訓|安全培训|安全培訓|必修课",
        r"必修課",
        r"消防演练|消防演練|消防演习|消防演習|消防疏散|疏散演练|疏散演練|打卡|考勤|填工时|填工時|报工时|報工時|工时填报",
        r"工時填報",
        r"社保|公积金|公積金|五险一金|福利说明|福利說明|期权说明|期權說明",
        r"(?:信息|资讯|資訊)安全[^\n]{0,8}?(?:培训|培訓|训练|訓練)|必修",
        # The welfare committee's business (not its outings: "福委會 秋季健行", a hike).
        r"職安衛|职安卫|職業安全|职业安全|(?:福委會|福委会|職福會|职福会)(?![^\n]*(?:健行|單車|单车|聚餐|烤肉))",
    ),
    "MEAL_ALONE": (
        r"午饭|午飯|中饭|中飯|吃饭|吃午饭|吃午飯|食飯|早餐|早饭|早飯|晚饭|晚飯|晚餐|便当|用餐",
        r"午间休息|午間休息|休息|午睡",
    ),
    "ONE_ON_ONE": (
        r"一对一|一對一|1对1|1對1|谈心|談心|绩效面谈|績效面談|认识一下|認識一下|导师|導師|带教",
        r"帶教",
        r"午饭|午飯|吃饭|吃飯|食飯|晚饭|晚飯|晚餐|早餐|早饭|早飯|饭局|飯局|下午茶|喝茶|饮茶|飲茶",
        r"奶茶|聊聊",
        r"^\W*[饭飯](?=\s+\S)",  # a meal with someone: "饭 阿杰"
    ),
    "SOCIAL": (
        # 年会: a company's annual party, not a learned society's (学会 年会, 第3回年会) nor a fee.
        r"团建|團建|团队建设|團隊建設|欢送|欢迎会|歡迎會|送别",
        r"(?<![会會术術回届屆])(?<![会會术術回届屆] )年[会會](?![费費])",
        r"春酒|生日|庆生|慶生|派对|派對|聚会|聚會|庆功|慶功|庆祝|慶祝|茶话会|茶話會|联欢|聯歡",
        r"烧烤|燒烤|桌游|桌遊|剧本杀|劇本殺|KTV|唱K|K歌|春游|春遊|秋游|秋遊|爬山|徒步|健行|單車|单车",
        r"羽毛球|篮球|籃球|乒乓球|喝酒|啤酒|蛋糕|志愿者|志願者|义工|義工",
        r"游园会|遊園會|程序员节|程序員節",
    ),
    "EVENT_SOCIAL": (r"晚宴|晚餐|招待会|招待會|酒会|酒會|联谊|聯誼|宴会|宴會",),
    "COMMUNICATION": (
        r"周会|週會|站会|站會|晨会|晨會|早会|早會|月会|月會|周报|日报|月报|会报|會報",
        # 例会 is also a Japanese society's regular meeting (研究会 例会): a team's, or alone.
        r"(?:周|週|月|部门|部門|团队|團隊|项目|項目|專案|小组|小組)例[会會]|^\W*例[会會]\W*$",
        r"复盘|復盤|回顾会|回顧會|评审|評審|面试|面試|招聘|候选人|候選人|访谈|訪談|答疑|说明会",
        r"說明會",
        r"汇报|匯報|彙報|报告|述职|述職|答辩|答辯|交接|对齐|對齊|规划|規劃|排期|立项|立項|启动会",
        r"啟動會",
        r"计划会|計劃會|迭代计划|迭代計劃|全员大会|全員大會|全员会|全員會|全体会议|全體會議",
        r"董事会|董事會|委员会|委員會|演示|简报|簡報|进度同步|進度同步|进展同步|進展同步|进度会",
        r"進度會|总结会|總結會",
        r"处理邮件|處理郵件|回复邮件|回覆郵件|回邮件|看邮件|邮件处理|郵件處理|^\W*(?:邮件|郵件)\W*$",
        # Chat: "清钉钉" (clearing DingTalk), "回飞书".
        r"[清回看处處]\s*(?:钉钉|釘釘|飞书|飛書|企微|企业微信|企業微信)|^\W*(?:钉钉|釘釘|飞书|飛書)\W*$",
    ),
    "MEETING_WORDS": (
        r"会议|會議|开会|開會|讨论|討論|沟通|溝通|碰头|碰頭|会谈|會談|面谈|电话|電話|通话|通話",
        r"跟进|跟進|咨询|諮詢",
        # Sync, but not data synchronisation (数据同步, 同步脚本).
        r"(?<![数數][据據])同步(?![机機]制|脚本|腳本|任务|任務|服务|服務|接口|功能|[逻邏][辑輯]|代[码碼]|[开開][发發]|[数數][据據])",
    ),
    "DEEP_WORK_ACTIVITY": (
        r"专注|專注|深度工作|勿扰|勿擾|勿打扰|勿打擾|免打扰|免打擾|勿约|勿約|勿预约|勿預約",
        r"结对编程|結對編程|結對程式|黑客松|黑客马拉松|黑客馬拉松|编程马拉松|編程馬拉松|封闭开发",
        r"封閉開發",
        r"压测|壓測|压力测试|壓力測試|性能测试|性能測試|维护窗口|維護窗口|停机维护|停機維護",
        r"试产|試產|跟线|跟線",
    ),
    "DEEP_WORK_TOPIC": (
        r"开发|開發|研发|研發|编码|編碼|编程|編程|寫程式|写程序|寫程序|代码|代碼|程式碼",
        r"调试|調試|除错|除錯|联调|聯調|排查|排障|修复|修復|[修改] ?bug|重构|重構|实现|實現",
        r"设计|原型|测试|測試|验证|驗證|调研|調研|分析|优化|優化|迁移|遷移|上线|上線|发版|發版",
        r"佈署",
        r"搭建|自动化|自動化|脚本|腳本|值班|故障|技术方案|技術方案|调优|調優|卡顿|卡頓",
    ),
    "WRITING": (
        r"写作|寫作|撰写|撰寫|起草|草稿|编写|編寫|写文档|寫文檔|写方案|寫方案|写论文|寫論文",
    ),
    "CODE_REVIEW": (
        r"代码评审|代碼評審|代码审查|代码审核|代碼審核|代码走查|代碼走查|代码检视|代碼檢視",
        r"[PM]R ?(?:评审|評審|审查|審查|审核|審核)|代码 ?review|代碼 ?review|程式碼 ?review",
    ),
    "LEARNING_EVENTS": (
        r"培训|培訓|讲座|分享|研讨会|课程|读书会|内训|內訓|研习|研習|学习会|學習會|上课|上課",
        r"技术交流|技術交流|技术大会|技術大會|开发者大会|開發者大會|峰会|峰會|论坛|論壇",
        r"公开课|公開課|沙龙|沙龍|演讲|演講|讲堂|講堂|英语课|英文课|学术报告|學術報告",
        r"(?:产线|產線|工厂|工廠)(?:参观|參觀)|(?:参观|參觀)展",  # a factory or exhibition tour
        r"進階訓練|进阶训练",  # an advanced training (not 防災訓練, a drill)
    ),
    "LEARNING_TOPIC": (
        # Learning, but not machine, deep or reinforcement learning.
        r"(?<!机器)(?<!機器)(?<!深度)(?<!强化)(?<!強化)(?:学习|學習)|阅读|閱讀|读书|讀書|看书|看書",
        r"论文|自学|自學|研读|研讀|进修|進修|入职|入職|教程|文献|文獻",
        r"(?<!解)[读讀] ?(?:paper|文章|源码|源碼)",
    ),
    "PREPARATION": (
        r"准备|(?<!设)备课|(?<!設)備課|[做写寫改] ?PPT|分享 ?PPT|PPT ?[制製]作|幻灯片|幻燈片",
        r"讲稿|講稿",
        r"做简报|做簡報",
        r"汇报材料|匯報材料|彙報材料|写报告|寫報告|纪要|紀要",  # minutes
        r"心得报告|心得報告",  # a report of what one took from a trip or a course
    ),
    "TALK_GIVEN_TITLE": (
        r"我的分享|我的演讲|我的演講|我的报告|我的報告|我的汇报|我的匯報|试讲|試講|彩排|预演|預演",
        # (Not "主讲：王磊", someone named: it is my talk only if it names me.)
        r"给[^\n]{1,8}?讲|給[^\n]{1,8}?講|主讲(?![：:])|主講(?![：:])",
    ),
    "EXAMS": (r"考试|考試|考证|考證|模拟考|模擬考|备考",),
    "PLACEHOLDER": (r"忙碌|占用|佔用|预留|預留|保留|已预约|已預約|待定|暂定|暫定",),
    "VAGUE_TITLE": (
        r"会议|會議|开会|開會|电话|電話|通话|通話|沟通|溝通|同步|讨论|討論|面谈",
        r"忙碌|占用|佔用|预留|預留|待定|暂定|暫定",
    ),
    "VENDOR": (
        r"供应商|供應商|厂商|廠商|采购|採購|招标|招標|投标|投標|续约|續約|报价|報價|谈判|談判|外包",
        # 合同 is a contract in Chinese but "joint" in Japanese (合同勉強会): only with a verb.
        r"合同(?=评审|評審|审核|審核|续签|續簽|条款|條款)|签合同|簽合同|签约|簽約",
    ),
}
"""Chinese words by concept, matched anywhere in the text (the keys are keys of `CONCEPTS`)."""


def words(concept: str) -> tuple[str, ...]:
    """The fragments of every language in `LANGUAGES` for one concept, each once.

    Args:
        concept: a key of `CONCEPTS`, such as "COMMUNICATION".

    Returns:
        One alternation per line of the lexicon, in the order of `LANGUAGES`.
    """
    seen: dict[str, None] = {}
    table = CONCEPTS[concept]
    for language in LANGUAGES:
        for fragment in table.get(language, ()):
            seen.setdefault(fragment, None)
    return tuple(seen)


def unspaced(concept: str) -> tuple[str, ...]:
    """The Chinese fragments of one concept, to be matched anywhere in the text.

    Args:
        concept: a key of `CONCEPTS`, such as "COMMUNICATION".

    Returns:
        One alternation per line of `UNSPACED` (none for a concept it does not fill).
    """
    if concept not in CONCEPTS:
        raise KeyError(concept)
    return UNSPACED.get(concept, ())


def fragment_counts() -> dict[str, int]:
    """How many alternatives each language has across all concepts (for the docs and tests).

    Returns:
        The count of each language of `LANGUAGES`, then of "chinese" (the `UNSPACED` words).
    """
    counts = dict.fromkeys(LANGUAGES, 0)
    for table in CONCEPTS.values():
        for language, fragments in table.items():
            counts[language] += sum(len(alternatives(fragment)) for fragment in fragments)
    counts["chinese"] = sum(
        len(alternatives(fragment)) for fragments in UNSPACED.values() for fragment in fragments
    )
    return counts


def alternatives(fragment: str) -> list[str]:
    """The top-level alternatives of a fragment (a `|` inside a group or class is not one)."""
    parts: list[str] = []
    depth, start, escaped, in_class = 0, 0, False, False
    for at, char in enumerate(fragment):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(fragment[start:at])
            start = at + 1
    return [*parts, fragment[start:]]
