"""The built-in rules' words in fourteen more languages, one mapping per concept.

`builtin_rules.py` holds the words of English, German, French, Spanish, Portuguese, Italian,
Dutch, Polish, Swahili, Japanese, Korean and Chinese; this module the words of `LANGUAGES`.
Each concept is named after the constant of `builtin_rules.py` that reads it, and maps a
language to regex fragments in the style of `_words` there: alternatives matched as whole
words, case-insensitively, so a stem ends in `\\w*` where the language inflects or glues
words together ("toplant[ıi]\\w*" for toplantı, toplantısı). Stems are four letters or more
and were checked not to swallow English, German or other common words of work titles; the
common spellings without diacritics ("schuzka", "toplanti") are matched too. Vietnamese
words are phrases of syllables, never a lone syllable with another meaning. None of these
languages needs the `unspaced` words of Japanese, Korean and Chinese.

A leaf module: it imports nothing from ictime.
"""

from __future__ import annotations

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
)
"""The languages whose words this module holds (Indonesian includes Malay)."""

Words = dict[str, tuple[str, ...]]

# Romanian is written with ș/ț (comma below) or ş/ţ (cedilla), and often without either.
_S = "[șşs]"
_T = "[țţt]"

# Personal, travel and errands: not work (with nobody else invited).
PERSONAL: Words = {
    "swedish": (
        r"tandläkare\w*|läkar\w*|vårdcentral\w*|sjukhus\w*|sjukgymnast\w*|barnmorska",
        r"träning|gympass|löpning|simning|frisör\w*|klippning|veterinär\w*",
        r"hämta (?:barn\w*|på (?:förskolan|skolan))|hämtning|lämning|förskola\w*|dagis",
        r"semester(?!\s*(?:planning|plan|review|kick))|ledig\w*|föräldraledig\w*|vab",
        r"sjuk|sjukskriven|tjänsteresa|resa till|flyg(?:et)?|tåg(?:et)? till|föräldramöte",
        r"däckbyte|bilservice|besiktning|tvättstuga",
    ),
    "danish": (
        r"tandlæge\w*|læge(?:n|besøg|tid)?|egen læge|dyrlæge|fysioterapeut|træning|fitness",
        r"frisør|klipning|børnehave\w*|vuggestue\w*|dagpleje|hent(?:e|ning) (?:børn\w*|\w+ i)",
        r"afspadsering|fridag|barsel\w*|syg(?:dom|emeld\w*)?|rejse\w*|forældremøde",
        r"ærinder",
    ),
    "norwegian": (
        r"tannlege\w*|lege(?:time|besøk|n)|fastlege\w*|trening|frisør|veterinær",
        r"barnehage\w*|henting|hent(?:e)? (?:i )?barnehagen|foreldremøte",
        r"avspasering|fridag|permisjon|syk(?:dom|emeld\w*)?|reise\w*|dekkskift",
    ),
    "finnish": (
        r"\w*lääkär\w*|hammashoi\w*|neuvola\w*|sairaala\w*|fysioterap\w*|kuntosali\w*",
        r"salibandy|treeni\w*|lenkki|kampaaja\w*|parturi\w*",
        r"päiväko(?:ti|di)\w*|lasten haku|lapsen haku|hae lap\w*|vanhempainilta",
        r"loma(?:lla|lle|a|ilu|päivä)?|kesäloma\w*|talviloma\w*|vuosiloma\w*|vapaa(?:päivä|lla)?",
        r"sairas(?:loma|taa|tunut)?|sairausloma\w*|matka (?:\w+)|lentokentä\w*|renkaanvaihto",
    ),
    "czech": (
        r"zub(?:ař|ar)\w*|lékař\w*|lekar\w*|doktor(?:a|ovi)?|nemocnic\w*|fyzioterap\w*",
        r"posilovn\w*|fitko|školk\w*|skolk\w*|vyzvednout \w+|vyzvedn(?:utí|uti)",
        r"dovolen[áa]|dovolen(?:ou|é|e)|volno|nemoc(?:enská|ensk[áa]|ný)?|kadeřn\w*|kadern\w*",
        r"holič\w*|cesta do|služební cesta|sluzebni cesta|vlak|přezutí|prezuti",
        r"třídní schůzk\w*|tridni schuzk\w*",
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
        r"hazaút|hazaut",
    ),
    "romanian": (
        r"stomatolog\w*|medic(?:ul)?|la doctor|spital\w*|kinetoterap\w*",
        r"sal[ăa] de (?:sport|fitness)|gr[ăa]dini[țţt][ăa]|grădiniț\w*|[șşs]coal[ăa]",
        r"copiii|copilul|concediu\w*|vacan[țţt][ăa]|zi liber[ăa]|bolnav\w*",
        r"frizer\w*|coafor\w*|c[ăa]l[ăa]tori[ae]\w*|zbor(?:ul)?|tren(?:ul)?",
        r"cump[ăa]r[ăa]turi|ședința cu părinții",
        r"analize medicale",
    ),
    "turkish": (
        r"di[şs][çc]i\w*|di[şs] hekim\w*|doktor(?:a git\w*| randevu\w*)?|hastane\w*",
        r"spor salonu|spor|fizik tedavi|okul\w*|kre[şs]\w*|[çc]ocu[kğg]\w*",
        r"izin|izinli|y[ıi]ll[ıi]k izin|tatil\w*|hastal[ıi]k\w*|raporlu",
        r"kuaf[öo]r\w*|berber\w*|seyahat\w*|u[çc]u[şs]\w*|havaliman[ıi]\w*|randevu\w*",
        r"al[ıi][şs]veri[şs]\w*|veli toplant[ıi]\w*",
    ),
    "russian": (
        r"стоматолог\w*|врач\w*|поликлиник\w*|больниц\w*|спортзал\w*|трениров\w*",
        r"фитнес\w*|бассейн\w*|детск\w* сад\w*|садик\w*|детсад\w*|школ[аыеу]",
        r"забрать (?:реб[её]нка|детей|сына|дочь)|отвез\w* (?:реб[её]нка|детей)",
        r"отпуск\w*|выходно[йм]|отгул\w*|больничн\w*|парикмахер\w*|стрижк\w*|барбер\w*",
        r"командировк\w*|перел[её]т\w*|вылет\w*|поезд\w*|аэропорт\w*|личн(?:ое|ые дела)",
        r"родительск\w* собрани\w*|мфц",
        r"экспенс\w*|авансов\w* отч[её]т\w*",
    ),
    "ukrainian": (
        r"стоматолог\w*|лікар\w*|спортзал\w*|тренуванн\w*|басейн\w*",
        r"садоч\w*|дитсад\w*|дитяч\w* садок|школ[аиіу]",
        r"забрати (?:дитину|дітей|сина|доньку)|відпустк\w*|вихідн(?:ий|им)",
        r"хвор\w*|перукар\w*|стрижк\w*|барбер\w*|відрядженн\w*|переліт|виліт|потяг\w*",
        r"аеропорт\w*|особист\w* справ\w*|батьківськ\w* збор\w*|цнап",
        r"експенс\w*",
    ),
    "greek": (
        r"οδοντ[ίι]ατρ\w*|γιατρ\w*|νοσοκομε[ίι]\w*|φυσιοθεραπ\w*|γυμναστ[ήη]ρι\w*",
        r"παιδικ\w* σταθμ\w*|σχολε[ίι]\w*|παιδι[άα]|[άα]δεια|διακοπ[έε]ς|ρεπ[όο]",
        r"[άα]ρρωστ\w*|κομμωτ\w*|κουρε[ίι]\w*|ταξ[ίι]δ\w*|πτ[ήη]σ\w*|αεροδρ[όο]μι\w*",
    ),
    "vietnamese": (
        r"nha sĩ|nha khoa|bác sĩ|khám bệnh|bệnh viện|phòng khám|tập gym|tập thể dục",
        r"đón con|đưa con|đón bé|đưa bé|đưa đón|mẫu giáo|nhà trẻ|trường học",
        r"nghỉ phép|nghỉ lễ|nghỉ ốm|nghỉ bệnh|ngày nghỉ|xin nghỉ|du lịch|cắt tóc",
        r"đi công tác|chuyến bay|sân bay|việc riêng|việc cá nhân|họp phụ huynh",
        r"lái xe|nộp hồ sơ|hộ chiếu|khám sức khỏe|khám bệnh",
    ),
    "indonesian": (
        r"dokter\w*|klinik|rumah sakit|olahraga|jemput\w*|antar (?:anak|jemput)",
        r"sekolah|tadika|taska|cuti|libur\w*|sakit|potong rambut|perjalanan dinas",
        r"penerbangan|pesawat|kereta|bandara|urusan pribadi|keperluan pribadi|pribadi",
        r"servis (?:mobil|motor)|arisan|kondangan|pernikahan|nikahan|mudik",
        r"(?:sholat|solat|salat) jumat|jumatan",
        r"mcu|ambil rapor|perpanjang\w*|stnk|ktp|paspor",
        r"solat jumaat|sembahyang jumaat",
    ),
}

# Admin in work time: compulsory training, timesheets, HR surveys, health checks.
ADMIN: Words = {
    "swedish": (
        r"obligatorisk (?:e-)?\w*utbildning\w*|tidrapport\w*|medarbetarundersökning\w*|brandövning",
        r"hälsokontroll\w*",
    ),
    "danish": (
        r"obligatorisk (?:e-)?(?:kursus|uddannelse|træning|læring)",
        r"timeregistrering|tidsregistrering",
        r"timeseddel|trivselsundersøgelse\w*|medarbejderundersøgelse\w*|brandøvelse",
    ),
    "norwegian": (
        r"obligatorisk (?:e-)?(?:kurs|opplæring|læring)|timeføring|timeliste\w*|brannøvelse",
        r"medarbeiderundersøkelse\w*",
    ),
    "finnish": (
        r"pakollinen \w*koulutus|tuntikirjau\w*|tuntilist\w*|työaikakirjau\w*",
        r"henkilöstökysely\w*|työhyvinvointikysely\w*|pulssikysely\w*|paloharjoitus",
        r"työterveys\w*",
        r"osakeohjelm\w*",
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
        r"медосмотр\w*",
    ),
    "ukrainian": (
        r"табел\w*|облік (?:робочого )?часу|обов['’ʼ]?язков\w* (?:навчанн|тренінг|курс)\w*",
        r"охорон\w* праці|інструктаж\w*|опитуванн\w* (?:залучен|задоволен|співробіт|працівн)\w*",
        r"медогляд\w*",
    ),
    "greek": (
        r"υποχρεωτικ\w* εκπα[ίι]δευσ\w*|φ[ύυ]λλ\w* (?:χρ[όο]νου|εργασ[ίι]ας)",
        r"[έε]ρευνα (?:ικανοπο[ίι]ησ|εργαζομ[έε]ν)\w*",
    ),
    "vietnamese": (
        r"đào tạo bắt buộc|chấm công|khảo sát (?:nhân viên|mức độ hài lòng|gắn kết)",
        r"khám sức (?:khỏe|khoẻ)(?: định kỳ)?|an toàn lao động|diễn tập phòng cháy",
    ),
    "indonesian": (
        r"pelatihan wajib|kursus wajib|latihan wajib|absensi|survei (?:karyawan|kepuasan)",
        r"pemeriksaan kesehatan|medical check[- ]?up",
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
    "vietnamese": (r"ăn trưa|nghỉ trưa|cơm trưa|ăn sáng|giải lao|nghỉ giải lao",),
    "indonesian": (r"makan siang|istirahat(?: makan siang)?|ishoma|rehat|makan tengah hari",),
}

# 1:1s, mentoring, coffee and meals with someone, getting to know someone.
ONE_ON_ONE: Words = {
    "swedish": (
        r"fika(?:paus|rast|stund|n|t)?|\w+sfika|teamfika|kaffe|luncha|team ?lunch|middag med",
        r"frukostmöte|medarbetarsamtal",
        r"utvecklingssamtal|lönesamtal|lära känna",
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
    ),
    "finnish": (
        r"\w*kahvi\w*|lounas\w*|lounaa\w*|päivällinen|aamupala|kehityskeskustelu\w*",
        r"mentorointi\w*|tutustumi\w*",
        r"\w*lounas\w*",
    ),
    "czech": (
        r"oběd\w*|obed\w*|večeře|vecere|snídaně|snidane|káva|kafe|kávu|seznámení|seznameni",
        r"hodnotící pohovor|hodnotici pohovor|jedna na jednu|one to one",
    ),
    "slovak": (r"obed\w*|večer(?:a|u) s|kávičk\w*|káva|kávu|zoznámenie|zoznamenie",),
    "hungarian": (
        r"eb[ée]d\w*|vacsor\w*|kávé\w*|kave(?:zas|ra)?|ismerked\w*|n[ée]gyszemk[öo]zt\w*",
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
        r"один на один|тет-а-тет|1 на 1",
        r"скип-?левел\w*",
    ),
    "ukrainian": (
        r"обід\w*|вечер[яю]|сніданок|кав[аиу]|ланч\w*|знайомств\w*|ментор\w*|наставни\w*",
        r"один на один|1 на 1",
        r"скіп-?левел\w*",
    ),
    "greek": (
        r"μεσημεριαν[όο]|φαγητ[όο]|καφ[έε]\w*|δε[ίι]πν\w*|γνωριμ[ίι]\w*",
        r"[έε]νας προς [έε]ναν?|1 προς 1|καθοδ[ήη]γησ\w*",
    ),
    "vietnamese": (r"ăn trưa|cơm trưa|ăn tối|ăn sáng|cà phê|uống nước|làm quen|cố vấn|kèm cặp",),
    "indonesian": (
        r"makan siang|makan malam|makan bareng|makan bersama|sarapan|ngopi\w*|kopi",
        r"ngeteh|kenalan|perkenalan|pendampingan|empat mata|satu lawan satu",
        r"makan (?:siang|tengah hari)|lepak\w*|mamak",
    ),
}

# Farewells, parties, after-work drinks, team outings, birthdays and cake.
SOCIAL: Words = {
    "swedish": (
        r"avtackning\w*|avskedsfika|avsked\w*|födelsedag\w*|tårta|julbord|julfest",
        r"sommarfest|personalfest|fredagsöl|fredagsfika|after ?work|kräftskiva",
        r"teamaktivitet\w*|personalaktivitet\w*",
    ),
    "danish": (
        r"fredagsbar|afsked\w*|afskedsreception|fødselsdag\w*|kage|julefrokost",
        r"sommerfest|firmafest|fyraftensøl|after ?work",
    ),
    "norwegian": (
        r"avskjed\w*|bursdag\w*|kake|julebord|fredagspils|sommerfest|firmafest",
        r"after ?work|teamkveld|sosialt",
    ),
    "finnish": (
        r"läksiäi\w*|\w*juhla\w*|pikkujoulu\w*|syntymäpäiv\w*|synttäri\w*|kakku\w*",
        r"afterwork|after work|virkistyspäiv\w*|tyky\w*|saunailta|tiimipäiv\w*",
        r"\w*pull(?:a|at|ien)|afterwork\w*",
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
    ),
    "romanian": (
        r"petrecere\w*|zi(?:ua)? de na[șşs]tere|r[ăa]mas bun|bere|gr[ăa]tar",
        r"ie[șşs]ire (?:[îi]n echip[ăa]|cu echipa)",
    ),
    "turkish": (
        r"veda\w*|parti(?:si|miz|ye)?|do[ğg]um g[üu]n\w*|(?:ekip|tak[ıi]m) etkinli[ğg]\w*",
        r"kutlama\w*|mangal|piknik\w*|y[ıi]lba[şs][ıi] \w+",
    ),
    "russian": (
        r"проводы|прощальн\w*|вечеринк\w*|корпоратив\w*|день рождени\w*|торт\w*",
        r"тимбилдинг\w*|праздн\w*|посиделк\w*|пицц\w*",
        r"настолк\w*|настольн\w* игр\w*",
    ),
    "ukrainian": (
        r"прощальн\w*|вечірк\w*|корпоратив\w*|день народженн\w*|торт\w*|тімбілдинг\w*",
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
    ),
    "indonesian": (
        r"perpisahan|pesta|ulang tahun|ultah|outing|gathering kantor|family gathering",
        r"buka bersama|bukber|buka puasa|halal bihalal|syukuran|nobar|makrab",
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
        r"overdragelse\w*",
        r"\w*kontortid",
    ),
    "norwegian": (
        r"\w*planlegging|styringsgruppe\w*|ledergruppe\w*|jobbintervju\w*|intervju\w*",
        r"overlevering\w*|\w*gjennomgang|presentasjon\w*|rekruttering|tavlemøte",
        r"^\W*(?:e-post|innboks)\w*",
        r"\w*kontortid|drop-in",
    ),
    "finnish": (
        r"sprintin suunnittelu|sprinttisuunnittelu|katselmo\w*|katselmu\w*|retrospektiivi\w*",
        r"tilannekatsau\w*|katsaus|haastattelu\w*|rekrytointi\w*|ohjausryhmä\w*",
        r"johtoryhmä\w*|infotilaisuu\w*|tiedotustilaisuu\w*|läpikäynti\w*|esittely\w*",
        r"^\W*sähköpost\w*",
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
        r"toborz[áa]s\w*|^\W*(?:levelez[ée]s|e-?mailek)\w*",
    ),
    "romanian": (
        r"planificare\w*|retrospectiv\w*|revizuire\w*|interviu\w*|predare",
        r"comitet\w*|prezentare\w*|recrutare\w*|aliniere|informare|^\W*e-?mailuri\w*",
    ),
    "turkish": (
        r"planlama\w*|retrospektif\w*|g[öo]zden ge[çc]irme\w*|de[ğg]erlendirme\w*",
        r"m[üu]lakat\w*|i[şs] g[öo]r[üu][şs]mes\w*|devir[- ]teslim\w*|sunum\w*",
        r"y[öo]nlendirme komite\w*|y[üu]r[üu]tme kurul\w*|bilgilendirme\w*",
        r"koordinasyon\w*|i[şs]e al[ıi]m\w*|^\W*e-?posta\w*",
    ),
    "russian": (
        r"стендап\w*|стенд-ап\w*|дейли|дэйли|планировани\w*|планерк\w*|планёрк\w*",
        r"ретроспектив\w*|ретро|ревью|демо|статус\w*|собеседовани\w*|интервью",
        r"передач\w* (?:дел|смены)|(?:управляющ|руководящ)\w* комитет\w*|презентаци\w*",
        r"согласовани\w*|груминг\w*|брифинг\w*|дебриф\w*|найм\w*|разбор почты|^\W*почт[аы]",
        r"постмортем\w*|офисные часы",
    ),
    "ukrainian": (
        r"стендап\w*|дейлі|плануванн\w*|ретроспектив\w*|ретро|рев['’ʼ]?ю|демо|статус\w*",
        r"співбесід\w*|інтерв['’ʼ]?ю|передач\w* (?:справ|зміни)|керівн\w* комітет\w*",
        r"наглядов\w* рад\w*|презентаці\w*|погодженн\w*|брифінг\w*|найм\w*|^\W*пошт[аи]",
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
    ),
}

# Meeting words that say nothing of the topic: meeting, call, sync, follow-up, consultation.
MEETING_WORDS: Words = {
    "swedish": (r"\w*möte(?:t|n|na)?|avstämning\w*|uppföljning\w*|\w*samtal|träff|samråd",),
    "danish": (r"\w*møde(?:r|t|rne)?|samtale|opfølgning\w*|sparring|afklaring",),
    "norwegian": (r"\w*møte(?:r|t|ne)?|samtale|oppfølging\w*|avklaring\w*|avstemming",),
    "finnish": (
        r"\w*palaveri\w*|\w*kokous\w*|\w*kokouks\w*|tapaami\w*|\w*puhelu\w*",
        r"\w*keskustelu\w*|synkka\w*|synkkaus|seuranta\w*",
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
}

# Focus time, deep work, do not book, pair or mob programming, hackathons, maintenance windows.
DEEP_WORK_ACTIVITY: Words = {
    "swedish": (
        r"djupt? arbete|djuparbete|boka (?:ej|inte)|ej bokningsbar|stör ej|stör inte",
        r"parprogrammering|mobbprogrammering|underhållsfönster|servicefönster",
        r"hackdag\w*",
    ),
    "danish": (
        r"dybdearbejde|ikke book\w*|må ikke bookes|forstyr ikke|parprogrammering",
        r"servicevindue|vedligeholdelsesvindue",
        r"hackdag\w*",
    ),
    "norwegian": (
        r"dybdearbeid|dypt arbeid|ikke book\w*|ikke forstyrr|parprogrammering",
        r"vedlikeholdsvindu\w*|servicevindu\w*",
        r"hackdag\w*",
    ),
    "finnish": (
        r"keskittymi\w*|syväty\w*|älä varaa|ei varauksia|pariohjelmointi\w*",
        r"mob-?ohjelmointi\w*|huoltokatko\w*|huoltoikkuna\w*",
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
    ),
    "russian": (
        r"фокус(?!-?групп)\w*|глубок\w* работ\w*|не (?:беспокоить|бронировать|ставить)",
        r"парн\w* программировани\w*|хакатон\w*|регламентн\w* работ\w*",
        r"технологическ\w* окн\w*|окно обслуживания",
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
    ),
}

# Building: development, coding, fixing, design, testing, migration, analysis, incidents.
DEEP_WORK_TOPIC: Words = {
    "swedish": (
        r"utveckling|systemutveckling|mjukvaruutveckling|utveckla|kodning|programmering|implementering|felsökning",
        r"felrättning|buggfix\w*|testning|migrering|analys|refaktorering|beredskap",
        r"jour(?:vecka|pass|en)|utredning|driftstörning\w*|konfigurering",
        r"koda|kodning|programmering",
    ),
    "danish": (
        r"udvikling|udvikle|kodning|programmering|implementering|fejlsøgning",
        r"fejlretning|testning|migrering|refaktorering|tilkaldevagt|nedbrud|opsætning",
        r"kode|kodning|programmering",
    ),
    "norwegian": (
        r"utvikling|utvikle|koding|programmering|implementering|feilsøking|feilretting",
        r"migrering|refaktorering|beredskapsvakt|vakt|nedetid|oppsett",
        r"kode|koding|programmering",
    ),
    "finnish": (
        r"kehitys|kehittämi\w*|koodaus\w*|koodaami\w*|ohjelmointi\w*|toteutus\w*",
        r"debuggaus\w*|vianetsintä\w*|vianselvitys\w*|korjaus\w*|korjaami\w*",
        r"suunnittelu\w*|prototyyp\w*|prototypoin\w*|testaus\w*|testaami\w*",
        r"migraatio\w*|analyysi\w*|analysoin\w*|refaktoroin\w*|häiriö\w*|päivystys\w*",
        r"selvitys\w*|asennus\w*|konfiguroin\w*|käyttöönotto\w*",
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
        r"ara[şs]t[ıi]rma\w*",
    ),
    "russian": (
        r"разработк\w*|кодинг\w*|код|программировани\w*|реализаци\w*|внедрени\w*",
        r"отладк\w*|дебаг\w*|исправлени\w*|баг(?:и|ов)?|багфикс\w*|проектировани\w*",
        r"дизайн\w*|прототип\w*|тестировани\w*|миграци\w*|анализ\w*|рефакторинг\w*",
        r"инцидент\w*|дежурств\w*|исследовани\w*|настройк\w*|деплой\w*|оптимизаци\w*",
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
        r"nguyên mẫu|kiểm thử|chuyển đổi dữ liệu|phân tích|tái cấu trúc|sự cố|ca trực",
        r"lịch trực|trực sự cố|nghiên cứu|cấu hình|cài đặt|tối ưu",
    ),
    "indonesian": (
        r"pengembangan|pembangunan sistem|pemrograman|pengaturcaraan|ngoding|koding",
        r"implementasi|perbaikan|memperbaiki|desain|perancangan|reka bentuk|prototipe",
        r"pengujian|migrasi|analisis|analisa|insiden|piket|riset|penelitian|konfigurasi",
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
}

# Code review.
CODE_REVIEW: Words = {
    "swedish": (r"kodgranskning\w*|kodgenomgång\w*",),
    "danish": (r"kodegennemgang\w*|kodereview\w*",),
    "norwegian": (r"kodegjennomgang\w*|kodereview\w*",),
    "finnish": (r"koodikatselmo\w*|koodikatselmu\w*",),
    "czech": (r"(?:revize|kontrola) k[óo]du",),
    "slovak": (r"(?:revízia|revizia|kontrola) k[óo]du",),
    "hungarian": (r"k[óo]d[áa]tn[ée]z[ée]s\w*|k[óo]d ?review\w*",),
    "romanian": (r"reviz(?:uire|ie)(?: de)? cod\w*",),
    "turkish": (r"kod (?:incelem\w*|review\w*|g[öo]zden ge[çc]ir\w*)",),
    "russian": (r"код[- ]?ревью|ревью (?:кода|пр|мр|pr|mr)\w*|пулл?[- ]?реквест\w*",),
    "ukrainian": (r"код[- ]?рев['’ʼ]?ю|рев['’ʼ]?ю коду|перевірк\w* коду",),
    "greek": (r"(?:αναθε[ώω]ρησ\w*|[έε]λεγχος) κ[ώω]δικα",),
    "vietnamese": (r"(?:rà soát|xem xét|đánh giá|kiểm tra) (?:mã|code)",),
    "indonesian": (r"(?:review|tinjauan|semakan|pemeriksaan) kode?",),
}

# Courses, trainings, conferences, webinars, seminars, lectures, meetups, reading clubs.
LEARNING_EVENTS: Words = {
    "swedish": (
        r"utbildning\w*|konferens\w*|föredrag\w*|\w+sföredrag|\w*seminari(?:um|et|er|erna)|föreläsning\w*",
        r"webbinari\w*|studiecirkel\w*|bokcirkel\w*|läsecirkel\w*|kompetensutveckling",
        r"\w+föredrag\w*",
    ),
    "danish": (
        r"kursus|kurser|uddannelse\w*|efteruddannelse|konference\w*|foredrag\w*",
        r"læsegruppe\w*|læseklub\w*|studiegruppe\w*|temadag\w*",
        r"\w+foredrag\w*",
    ),
    "norwegian": (
        r"opplæring\w*|konferanse\w*|foredrag\w*|lesesirkel\w*|lesegruppe\w*",
        r"studiegruppe\w*|fagdag\w*",
        r"\w+foredrag\w*",
    ),
    "finnish": (
        r"\w*koulutus\w*|\w*koulutuks\w*|kurssi\w*|konferenssi\w*|\w*seminaari\w*",
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
    ),
    "romanian": (
        r"curs(?:ul|uri|urile)?|instruire|conferin[țţt]\w*|prelegere\w*",
        r"club de (?:carte|lectur[ăa])",
    ),
    "turkish": (
        r"e[ğg]itim\w*|konferans\w*|seminer\w*|web semineri|ders(?:i|leri)?",
        r"kitap kul[üu]b\w*|okuma grubu",
    ),
    "russian": (
        r"курс(?:ы|а|ов|ах)?|обучени\w*(?! модел)|тренинг\w*|конференци\w*|вебинар\w*",
        r"семинар\w*|лекци\w*|митап\w*|доклад\w*|(?:книжн|читательск)\w* клуб\w*",
        r"мастер-класс\w*",
    ),
    "ukrainian": (
        r"курс(?:и|у|ів)?|навчанн\w*(?! модел)|тренінг\w*|конференці\w*|вебінар\w*",
        r"семінар\w*|лекці\w*|мітап\w*|доповід\w*|книжков\w* клуб\w*|майстер-клас\w*",
    ),
    "greek": (
        r"εκπα[ίι]δευσ\w*|σεμιν[άα]ρι\w*|συν[έε]δρι\w*|δι[άα]λεξ\w*|ομιλ[ίι]\w*",
        r"μ[άα]θημα|μαθ[ήη]ματα|λ[έε]σχη αν[άα]γνωσης",
    ),
    "vietnamese": (
        r"đào tạo|khóa học|khoá học|hội thảo|hội nghị|bài giảng|buổi học|lớp học",
        r"tọa đàm|toạ đàm|câu lạc bộ (?:đọc )?sách|học tiếng anh",
    ),
    "indonesian": (
        r"pelatihan|latihan|kursus|konferensi|persidangan|lokakarya|kuliah|bimtek|diklat",
        r"klub buku|kelas",
    ),
}

# Reading, studying and learning anywhere in a title (a guess).
LEARNING_TOPIC: Words = {
    "swedish": (r"läsning|läsa|studera|studier|lärande|inlärning",),
    "danish": (r"læsning|studere|læring",),
    "norwegian": (r"lesing|studere|læring",),
    "finnish": (r"lukemi\w*|opiskel\w*|itseopiskelu|oppimi\w*|perehdyty\w*|perehtymi\w*",),
    "czech": (r"čtení|cteni|studium|studovat|samostudium|vzd[ěe]l[áa]v[áa]n[íi]\w*",),
    "slovak": (r"čítanie|citanie|štúdium|vzdelávanie\w*|vzdelavanie",),
    "hungarian": (r"olvas[áa]s\w*|tanul[áa]s\w*|tanulm[áa]nyoz\w*|at[öo]lye\w*",),
    "romanian": (r"citire|lectur[ăa]|studiu\w*|[îi]nv[ăa][țţt]are|atelier\w*",),
    "turkish": (r"okuma\w*|[öo][ğg]renme\w*|at[öo]lye\w*",),
    "russian": (r"чтени\w*|изучени\w*|самообразовани\w*|воркшоп\w*|онбординг\w*",),
    "ukrainian": (r"читанн\w*|вивченн\w*|самоосвіт\w*|воркшоп\w*|онбординг\w*",),
    "greek": (r"αν[άα]γνωσ\w*|δι[άα]βασμα|μελ[έε]τη|μ[άα]θηση|εκμ[άα]θησ\w*",),
    "vietnamese": (r"đọc sách|đọc tài liệu|tự học|học tập|học hỏi|tìm hiểu|chia sẻ kiến thức",),
    "indonesian": (
        r"membaca|baca|belajar|mempelajari|pembelajaran|berbagi pengetahuan",
        r"sharing pengetahuan",
    ),
}

# A title that starts by saying it is reading.
READING: Words = {
    "swedish": (
        r"läs(?:a|ning)",
        r"läs",
    ),
    "danish": (
        r"læs(?:e|ning)",
        r"læs",
    ),
    "norwegian": (r"lese|lesing",),
    "finnish": (r"lukemi\w*|lukuaika",),
    "czech": (r"čtení|čtu|cteni",),
    "slovak": (r"čítanie|citanie",),
    "hungarian": (r"olvas\w*",),
    "romanian": (r"citire|citit",),
    "turkish": (r"okuma\w*",),
    "russian": (
        r"чтени\w*|читать|прочитать",
        r"чита\w*",
    ),
    "ukrainian": (
        r"читанн\w*|читати|прочитати",
        r"чита\w*",
    ),
    "greek": (r"δι[άα]βασμα|αν[άα]γνωσ\w*",),
    "vietnamese": (r"đọc(?! (?:e-?mail|mail|thư))",),
    "indonesian": (r"(?:baca|membaca)(?! (?:e-?mail|surel))",),
}

# Getting something ready for others: preparation, slides, reports.
PREPARATION: Words = {
    "swedish": (r"förbered\w*|\w*underlag|presentationsmaterial|rapportskrivning",),
    "danish": (r"forbered\w*|præsentationsmateriale",),
    "norwegian": (r"forbered\w*|presentasjonsmateriell",),
    "finnish": (
        r"valmistel\w*|valmistautumi\w*|kalvot|kalvoj\w*|diat|esitysmateriaal\w*",
        r"raportti\w*|raportoin\w*",
    ),
    "czech": (r"p[řr][íi]prav\w*|podklad\w*|slajd\w*",),
    "slovak": (r"príprav\w*|priprav\w*|podklad\w*",),
    "hungarian": (
        r"felk[ée]sz[üu]l\w*|el[őo]k[ée]sz[íi]t\w*|jelent[ée]s\w*",
        r"diák készítés\w*|diasor\w*|prezentáció készítés\w*",
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
}

# A talk the person gives: "my talk", "my presentation", a rehearsal.
TALK_GIVEN_TITLE: Words = {
    "swedish": (r"min presentation|mitt föredrag|mitt tal|genrep|generalrepetition",),
    "danish": (r"mit oplæg|min præsentation|mit foredrag|generalprøve",),
    "norwegian": (r"mitt foredrag|min presentasjon|generalprøve",),
    "finnish": (r"esitykseni|puheenvuoroni|kenraaliharjoitus",),
    "czech": (r"moje prezentace|moje přednáška|moje prednaska|generálk\w*|generalk\w*",),
    "slovak": (r"moja prezentácia|moja prezentacia|moja prednáška",),
    "hungarian": (r"el[őo]ad[áa]som|prezent[áa]ci[óo]m|f[őo]pr[óo]ba",),
    "romanian": (r"prezentarea mea|prelegerea mea|repeti[țţt]ie",),
    "turkish": (r"sunumum|konu[şs]mam|sunum provas[ıi]|genel prova",),
    "russian": (
        r"мой доклад|моя презентация|мо[её] выступлени\w*|репетици\w*|выступаю",
        r"прогон\w*|мой доклад",
    ),
    "ukrainian": (
        r"моя доповідь|моя презентація|мій виступ|репетиці\w*|виступаю",
        r"прогін|прогон\w*|моя доповідь",
    ),
    "greek": (r"η ομιλ[ίι]α μου|η παρουσ[ίι]ασ[ήη] μου|πρ[όο]βα",),
    "vietnamese": (r"bài trình bày của tôi|bài nói của tôi|tổng duyệt",),
    "indonesian": (r"presentasi saya|gladi (?:bersih|resik)|geladi \w+",),
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
    "russian": (r"экзамен\w*|сертификаци\w*",),
    "ukrainian": (r"іспит\w*|екзамен\w*|сертифікаці\w*",),
    "greek": (r"πιστοπο[ίι]ησ\w*",),
    "vietnamese": (
        r"kỳ thi|bài thi|thi chứng chỉ|chứng chỉ",
        r"ôn thi|luyện thi|học tiếng \w+",
    ),
    "indonesian": (r"ujian|sertifikasi|peperiksaan",),
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
}
"""Every concept, by the name of the built-in rules' constant that reads it."""


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


def fragment_counts() -> dict[str, int]:
    """How many alternatives each language has across all concepts (for the docs and tests)."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for table in CONCEPTS.values():
        for language, fragments in table.items():
            counts[language] += sum(_alternatives(fragment) for fragment in fragments)
    return counts


def _alternatives(fragment: str) -> int:
    """How many top-level alternatives a fragment has (a `|` inside a group or class is not one)."""
    depth, count, escaped, in_class = 0, 1, False, False
    for char in fragment:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            count += 1
    return count
