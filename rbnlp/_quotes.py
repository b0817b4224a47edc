"""Direct and indirect quotes with speaker and role (GUIDELINE section 3).

Rules, not a model: Indonesian news attributes speech with a small closed set
of cue verbs, and the rules below read them the way an editor would. Speakers
are resolved within the article: "ujarnya"/"kata dia" to the person introduced
since the last quote, else the last named speaker; a bare first name to the
fullest name written; an office alone ("tegas Bupati Katingan") to the person
holding it, or to the office itself when nobody has spoken yet. The role comes
from the appositive before the name ("Kepala Biro X, Budi"), after it ("Budi,
Kepala Biro X,"), or from any other mention of that person. A body speaks too
("BKN juga mengingatkan"), under its fullest form in the article ("Badan
Kepegawaian Negara (BKN)") and with no role; initials stand for the person the
article names with them ("JK" for "Jusuf Kalla").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ._lexicon import PLACES
from ._spans import Quote, Sentence
from ._text import _LINE

__all__ = ["extract_quotes"]

# --------------------------------------------------------------------------- lexicon

_CUE_ROOTS = (
    "kata|ujar|ungkap|tutur|tegas|jelas|papar|tambah|pungkas|ucap|terang|lanjut|imbuh|"
    "sebut|demikian|tandas|timpal|seru|aku"
)
_CUES = _CUE_ROOTS + "|" + "|".join(c + "nya" for c in _CUE_ROOTS.split("|") if c not in ("demikian", "seru"))
# verbs of speech that quote in mid-sentence too ("..., sambung Prayudi, ...")
_CUES_MID = _CUE_ROOTS + "|imbau|beber|sambung|tukas"
# and words that name a speaker only right after a closing quote mark; elsewhere they are as often a
# noun or another verb ("pesan WhatsApp", "harap tenang")
_CUES_AFTER = _CUES_MID + "|harap|jawab|tanya|keluh|pesan"
# after the closing quote mark: ,” kata X / ,” ujarnya / ,” demikian X
_AFTER = re.compile(rf"^[\s,]*(?P<cue>{_CUES_AFTER})(?P<nya>nya)?\b", re.IGNORECASE)
_REPORT_VERBS = (
    "mengatakan|menyampaikan|menegaskan|menjelaskan|mengungkapkan|menuturkan|menambahkan|"
    "menilai|menyebut|menyebutkan|berharap|mengharapkan|mencontohkan|memaparkan|menerangkan|"
    "mengakui|mengaku|mengimbau|meminta|menekankan|mengingatkan|menyatakan|berpendapat|"
    "mengemukakan|membeberkan|berujar|bertutur|berkata|menandaskan|mengutarakan|melanjutkan|"
    "memastikan|mengklaim|menerangkan|menguraikan|menyebutkan|mengungkap|berpesan|mengajak"
)


# words next to which a capitalised word names a person: cues, report verbs, "menurut"
_ATTRIBUTING = frozenset(
    _CUES.split("|") + _CUES_AFTER.split("|") + _REPORT_VERBS.split("|") + ["menurut", "oleh", "juga", "pun"])


# words that tell a person speaks, next to a name: "kata Maria", "Darwin mengatakan"
_SPEECH_WORDS = _ATTRIBUTING - {"oleh", "juga", "pun"}


def _prefix_tree(words: list[str]) -> str:
    """A pattern for exactly ``words`` written as a prefix tree ("me(?:nilai|minta)"): the engine
    reads each letter once instead of trying every word in turn. Followed by ``\\b`` it matches
    what "word|word|..." matches."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


# X mengatakan, ... / X menyampaikan bahwa ...; the look-ahead on the verbs' first letters lets
# the engine pass over other words at once
_VERB_INITIALS = "".join(sorted({v[0] for v in _REPORT_VERBS.split("|")}))
_SUBJECT_VERB = re.compile(
    rf"(?P<verb>\b(?=[{_VERB_INITIALS}])(?:{_prefix_tree(_REPORT_VERBS.split('|'))}))\b"
    r"(?P<conj>\s+(?:bahwa|jika|kalau))?",
    re.IGNORECASE,
)
_PASSIVE = (
    "disampaikan|diungkapkan|dipaparkan|dijelaskan|ditambahkan|ditegaskan|dikatakan|"
    "diterangkan|dituturkan|disebutkan|diakui|dinyatakan"
)
# Disampaikan Hadi, ... / Ditambahkannya, ... / Hal itu disampaikan oleh X
_PASSIVE_START = re.compile(rf"^(?:(?:Hal|Pernyataan)\s+(?:tersebut|itu|ini)\s+)?(?P<cue>{_PASSIVE})(?P<nya>nya)?\b", re.IGNORECASE)
_MENURUT = re.compile(r"\b(?P<cue>[Mm]enurut)(?P<nya>nya)?\b")
# mid-sentence: ..., kata X, ... / ..., ujarnya.
_MID = re.compile(rf",\s*(?P<cue>{_CUES_MID})(?P<nya>nya)?\b", re.IGNORECASE)

_PRONOUNS = {"ia", "dia", "beliau", "dirinya", "nya", "mereka"}
_DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu"
# words that end a speaker mention ("ujar Suhajar dalam siaran pers")
_STOP = re.compile(
    r"\s+(?:dalam|di|saat|pada|kepada|ketika|usai|seusai|selepas|seraya|sambil|sembari|melalui|"
    rf"lewat|dengan|kemarin|hari|{_DAYS}|yang|"
    r"sebagaimana|seperti|menanggapi|terkait|tentang|soal|mengenai|dikutip|"
    r"bahwa|jika|kalau|sebelum|setelah|sesudah|untuk|ke|dari|sekaligus|singkat)\b.*$",
    re.DOTALL,
)
# a verb after a capitalised word ends a mention: "kata Andi Yusran disambut tepuk tangan peserta" (not
# "tersebut": "kata mantan ketua umum GP Ansor tersebut" refers back)
_VERB_AFTER_NAME = re.compile(r"(\b[A-Z][\w'’.]*)\s+(?!tersebut\b)(?:di|me|ber|ter)[a-z]{3,}\b.*$", re.DOTALL)
# the same before a reporting verb, after a name of two words or more: one capitalised word before a
# verb is as often a sentence's first word ("Perempuan berusia 26 tahun ini mengaku")
_NAME_THEN_VERB = re.compile(r"(\b[A-Z][\w'’.]*\s+[A-Z][\w'’.]*)\s+(?:di|me|ber|ter)[a-z]{3,}\b.*$", re.DOTALL)
_TITLE_BEFORE = re.compile(
    r"(?:bertajuk|bertema|berjudul|bertagline|tajuk|tema|judul|slogan|jargon|tagline|program|"
    r"gerakan|istilah|sebutan|aplikasi|acara|kegiatan|kampanye|motto|moto|semboyan|julukan)\s*$",
    re.IGNORECASE,
)
# words an office starts with: a role is cut to begin at the first of them
_OFFICE_HEADS = set(
    """
    kepala sekjen sekretaris menteri wakil gubernur bupati walikota wali sekda deputi direktur dirjen ketua duta
    anggota kapuspen kabag kasubag kasubbag kabid kasi kadis camat lurah presiden wapres inspektur irjen
    asisten staf juru jubir koordinator komisioner plt pj plh penjabat kapolda kapolres kapolri kapolsek
    kajati kajari jaksa jpu rektor dekan dosen peneliti pengamat analis pakar ekonom aktivis warga
    pejabat pegawai petugas narasumber ahli guru kabiro karo sekdakab sekdaprov perwakilan fasilitator
    widyaiswara pranata komandan dandim danramil kasat penyidik auditor wabup wagub wawali mendagri
    menpan menpanrb kapuskesmas manajer humas kadin kadisdik sekdakot kanwil
    hakim panitera penasihat pengacara kuasa pelapor pemilik pekerja tokoh bendahara kasubdit kasubbid
    komisaris dirut kanit ceo cmo cto cfo coo vice corporate panglima manager president chairman
    dubes wamen menko menkopolhukam menlu menkeu mensos menkes menag menaker menkumham menkominfo mendikbud
    menpora menhub menperin mendag menpar menristekdikti menkopmk menkoperekonomian kapolrestabes kapolresta
    kaban kakanwil kalapas karutan kasie kadishub kadinkes wasekjen kadiv kadivhumas kabidhumas kabareskrim
    wakapolri wakapolda wakapolres wakapolsek dirlantas dirreskrimum dirreskrimsus dirresnarkoba kasatlantas
    kasatreskrim kasatnarkoba kakorlantas kapuspenkum pangdam pangkostrad danrem danlanal danlantamal kapendam
    kasad kasal kasau ksad ksal ksau mentan menhan kanselir
    psikolog profesor
    """.split()
)
# what ordinary people are described as, mostly by occupation: a role as the guideline's labels write
# it ("pedagang sayur", "pensiunan guru SD di Kecamatan X"), though not an office; as labelled, a
# resident, a customer or an applicant ("warga", "pelanggan", "pemohon") has no role
_PERSON_NOUNS = set(
    """
    warga pedagang penjual pembeli pelajar siswa siswi mahasiswa mahasiswi santri karyawan karyawati
    pekerja buruh nelayan petani peternak pensiunan peserta penumpang sopir pengemudi relawan kader
    agen perawat bidan dokter pengusaha pelaku tukang honorer penyuluh wali
    """.split()
)


# capitalised words that open a sentence, never part of a person's name: "Sebelumnya Djarot", "Saksi
# Husni Fahmi" ("Lalu" and "Hal" may be: "Lalu Ahmad Fauzan", "Hal Herzog")
_NEVER_IN_A_NAME = frozenset(
    """
    senin selasa rabu kamis jumat sabtu minggu sementara meski meskipun selain bahkan namun
    kini maka sedangkan adapun terkait berkaitan senada ditemui berbicara dengan saat sesaat indonesia
    sebelumnya terpisah dilansir setelah sebelum sesudah pihaknya selanjutnya kemudian akhirnya
    untuk apalagi termasuk tidak ini itu saya kita kami seorang seseorang sembari padahal karena saksi
    jilid nomor tahun pasal ayat
    """.split()
)
# capitalised words that begin a sentence or stand for a group, never a person's whole name
_NOT_A_NAME = _NEVER_IN_A_NAME | frozenset(
    """
    hal antara banyak sumber pria wanita perempuan polisi panitia pemuda veteran regulator rumor
    spekulasi lalu sebagian
    """.split()
)
# "Seorang pedagang sayur", "Salah satu peserta dari BKPSDM X": a description of a person opens the phrase
_DESCRIBED = re.compile(
    r"(?:(?:[Ss]alah\s+(?:satu|seorang)|[Ss]eorang|[Ss]ejumlah|[Pp]ara)\s+)?"
    r"(?:" + "|".join(sorted(_PERSON_NOUNS)) + r")\b"
)


# words before an office that are part of the role as written: a former holder or a candidate is not the
# holder ("mantan Menteri Kesehatan", "Bakal calon Gubernur Jawa Timur")
_ROLE_QUALIFIERS = frozenset(
    {"mantan", "eks", "calon", "bakal", "general", "senior", "executive", "country", "regional"}
)


def _is_office_word(word: str) -> bool:
    """Whether ``word`` (any case, brackets and commas aside) is a word an office starts with."""
    return word.strip("(),.-–").lower() in _OFFICE_HEADS


def _opens_office(words: list[str]) -> bool:
    """Whether an office starts at ``words[0]``: a word an office starts with, or "Perdana Menteri"
    ("perdana", first, opens no office alone: "laga perdana"), after the words that say a former holder
    or a candidate ("mantan Menteri Kesehatan", "Bakal calon Gubernur")."""
    for k, word in enumerate(words):
        low = word.strip("(),.-–").lower()
        if low not in _ROLE_QUALIFIERS:
            return low in _OFFICE_HEADS or (low == "perdana" and k + 1 < len(words)
                                            and words[k + 1].lower() == "menteri")
    return False


def _opens_role(words: list[str]) -> bool:
    """Whether a role can start at ``words[0]``: an office (any case) or, written in lower case, a
    description of a person ("pedagang sayur"; "Serikat Buruh Indonesia" is an organisation)."""
    return _opens_office(words) or (bool(words) and words[0].strip("(),.-–") in _PERSON_NOUNS)

# police and military ranks: offices, not names, and dropped from the end of a role
_RANKS = {"pol", "akp", "akbp", "kompol", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigadir", "kombes", "irjen",
          "brigjen", "komjen", "letkol", "mayor", "kapten", "kolonel", "kombespol", "laksda", "laksma",
          "mayjen", "letjen", "marsda", "marsma", "jendral"}
# ranks written out ("Komisaris Besar Polisi", "Inspektur Jenderal", "Laksamana Madya"): the words
# they are made of, and those a rank starts with
_RANK_WORDS = {"ajun", "komisaris", "besar", "polisi", "pol", "inspektur", "jenderal", "brigadir", "letnan", "mayor",
               "kolonel", "laksamana", "marsekal", "muda", "madya", "pertama", "satu", "dua", "tni"}
_RANK_STARTS = {"ajun", "komisaris", "inspektur", "jenderal", "brigadir", "letnan", "mayor", "kolonel", "laksamana",
                "marsekal"}
# words that are never part of a person's name: offices, institutions, the words of their names
_ROLE_WORDS = _OFFICE_HEADS | _RANKS | (_RANK_WORDS - {"ajun"}) | set(  # "Ajun" is also a name
    """
    bicara dinas badan biro bagian pusat kantor kementerian lembaga komisi dewan tim
    bidang unit satuan kelompok divisi seksi subbag sub eksekutif umum utama muda madya pratama
    fungsional kemendagri kemenpan ombudsman kpk bkn lan ri dprd dpr kota kabupaten provinsi daerah
    negeri dalam luar negara nasional pemerintah pemkab pemkot pemprov kemenkeu setkab direktorat
    penerangan organisasi aparatur pendayagunaan reformasi birokrasi pengawasan akuntabilitas bapak
    ibu pak bu saudara sdr inspektorat kominfo diskominfo setda setdaprov setdakab setdakot bappeda
    bapenda dukcapil disdukcapil dpmptsp bpkad bkpsdm bkd opd kemenkumham kemenag kemensos kemenkes
    kemendikbud kemenpan-rb kemenpanrb panrb polda polres kejati kejari kejagung
    koperasi perumda perusahaan yayasan asosiasi paguyuban forum himpunan ikatan persatuan partai fraksi
    majelis pengadilan universitas sekolah puskesmas rsud satgas upp saber pungli operasional perwakilan
    informatika teknologi riset sosial agama hukum energi olahraga industri mahkamah
    pariwisata ekonomi kreatif agraria transmigrasi pemuda politik lingkungan
    mabes polri polsek polresta polrestabes bareskrim kodam kodim korem
    polhukam pmk perekonomian kemaritiman maritim
    """.split()
)
# offices and region words followed by a place name: "Bupati Sleman Kustini", "Sekda Kota Jambi Ridwan";
# and bodies followed by their own name: "Ketua Umum Partai Gerindra Prabowo Subianto"
_PLACE_TAKING = set(
    """
    bupati gubernur walikota wali camat lurah kota kabupaten kab provinsi prov kecamatan desa kelurahan
    sekda sekdakab sekdaprov kapolda kapolres kapolsek kajati kajari dprd pemkab pemkot pemprov wabup
    wagub wawali kepala dinas kadis kanwil rektor universitas daerah kantah kantor partai fraksi
    """.split()
)
# region words and regional offices whose next word is always a place: "Kota Ternate Ridwan"; bodies
# whose next word is always their name: "Fraksi Nasdem Johnny G Plate"
_PLACE_NEXT = {"kota", "kabupaten", "kab", "provinsi", "prov", "kecamatan", "desa", "kelurahan", "bupati",
               "gubernur", "walikota", "camat", "lurah", "wabup", "wagub", "wawali", "kapolda", "kapolres",
               "kapolsek", "kajati", "kajari", "pemkab", "pemkot", "pemprov", "dprd", "partai", "fraksi"}
# words that continue a place name: "Pasaman Barat", "Kota Tangerang Selatan", "Amerika Serikat", "Arab Saudi"
_DIRECTIONS = {"barat", "timur", "utara", "selatan", "tengah", "raya", "daya", "laut", "serikat", "saudi", "baru"}
# countries as news writes them, which close an office before a name as a region does ("Menteri Luar Negeri
# Inggris Boris Johnson"; a country alone may speak, as a body does); some take a second word, as a province
# does ("Presiden Korea Selatan Moon Jae-in", "Presiden Amerika Serikat Donald Trump")
_COUNTRIES = frozenset(
    """
    afghanistan afrika amerika arab argentina australia austria bangladesh belanda belgia brasil brunei
    china cina denmark filipina finlandia india inggris irak iran israel italia jepang jerman kamboja
    kanada kolombia korea kuba laos lebanon libya malaysia meksiko mesir myanmar nigeria norwegia pakistan
    palestina perancis peru polandia portugal prancis qatar rusia selandia singapura spanyol suriah swedia swiss
    taiwan thailand tiongkok turki ukraina venezuela vietnam yaman yordania yunani
    """.split()
)
_PLACES = PLACES | _COUNTRIES
_ISLANDS = frozenset("jawa sumatera sumatra kalimantan sulawesi nusa papua maluku".split())
_PLACE_WORDS = _PLACES | _ISLANDS  # a place, or the first word of a province ("Jawa Barat")
_TITLES = frozenset("Prof Dr dr drg Drs Dra Ir Ns Apt H Hj KH Ny Tn Nn Sdr Sdri Komjen Irjen Brigjen Kombes AKBP Pol "
                    "Letjen Mayjen Jend Capt Kapt".split())
_HONORIFIC = re.compile(
    r"\b(?:(?:Prof|Dr|Drs|Dra|Hj|KH)\.?\s+"  # also written without the period: "Prof Dr Ellen J Kumaat"
    rf"|(?:{'|'.join(sorted(_TITLES))})\.\s*)"
)
_DEGREE = re.compile(r",?\s*(?:[A-Z][A-Za-z]{0,4}\.)+(?:[A-Z][A-Za-z]{0,4}\.?)?(?:,\s*(?:[A-Z][A-Za-z]{0,4}\.?)+)*\s*$")
_AGE = re.compile(r"\s*\(\d{1,3}(?:\s*tahun)?\)")  # "Siti Aisyah (61), warga Woha"
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_NAME_TOKEN = re.compile(r"^(?:[ae]l-)?[A-Z][a-zA-Z'’-]+$")  # "al-Sisi", "el-Sisi"
# lower-case particles inside a name: "Olaf van Schagen", "Rio da Cunha", "Mohammed bin Salman"
_NAME_PARTICLES = frozenset({"van", "von", "der", "de", "da", "dos", "bin", "binti"})
# a person's name does not start with a particle, lower case or capitalised ("Del Piero" of "Alessandro Del Piero")
_STARTS_NO_NAME = _NAME_PARTICLES | {"del", "di", "al", "el", "la", "le"}
_CAP = r"(?:[A-Z][\w'’]*\.?|[A-Z]\.)"
# Balinese names open with "I" (men) or "Ni" (women) and a birth-order or caste name; nothing before
# them is the name's ("Kemenpar I Gde Pitana"; but "Angkasa Pura I Sujiastono" is a company's number)
_BALINESE_OPENERS = frozenset({"I", "Ni"})
_BALINESE_SECOND = frozenset("gusti made wayan nyoman ketut putu gede gde kadek komang nengah dewa ida luh kade "
                             "agung ngurah desak ayu".split())


def _opens_balinese_name(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` opens a Balinese name ("I Gde Pitana", "Ni Luh Putu Ary")."""
    return words[k] in _BALINESE_OPENERS and k + 1 < len(words) and words[k + 1].lower() in _BALINESE_SECOND


# abbreviated first names, not sentence ends: "Moch. Sholeh Hidayat"
# short forms inside names that keep their period: "Moh. Ali", "Ismail Hi. Abas" (Haji), "Yulisman Dt. Rajo
# Bagindo" (Datuk)
_NAME_ABBREVIATIONS = {"moch", "mochd", "muhd", "muham", "achm", "achmd", "abdul", "moh", "muh", "mhd", "jr", "sr",
                       "st", "hi", "dt", "dtk", "tgk", "tg", "ust", "pdt"}
_OPEN_MARK = re.compile(r"[“\"]")
# a run starts at a capital not preceded by a word character or a period; written capital
# first (the same matches as "(?<![\w.])" + _CAP) so the engine can skip to capitals
_CAP_RUN = re.compile(rf"[A-Z](?<![\w.].)[\w'’]*\.?(?:[ \u00a0]+{_CAP})*")
_WORD_IN_RUN = re.compile(r"[^ \u00a0]+")
_FINAL_PERIOD = re.compile(r"(?<=[a-z])\.$")  # "Sergio Marchionne." (not "M.")
_RUN_TOGETHER = re.compile(r"[A-Za-z]{2}\.[A-Z][a-z]")
_ROLE_AFTER = re.compile(r"[^,.;\n]{1,60},\s*([^,.;\n]{3,120}?)\s*,")
_PAREN_ABBR = re.compile(r"\((\S+)\)")
_BRACKET_END = re.compile(r"\s*\(([A-Z]{2,5})\)\s*$")
_MENTION_SPAN = re.compile(r"[^,;:!?“”\"\n]*?(?=[,;:!?“”\"\n]|\.(?:\s|$)|$)")
_NAME_AFTER_ROLE = re.compile(rf",\s*((?:{_CAP}[ \u00a0]*)+?)(?=[,.;]|\s+[a-z]|$)")  # within the line
# not after an initial ("W.Z. Johannes"), nor inside a list of capitalised words ("Birokrasi, Akuntabilitas
# Aparatur, dan Pengawasan")
_CLAUSE_BREAK = re.compile(r"[;:!?“”\"]|(?<!\b[A-Z])\.\s|,\s(?=[a-z])(?!(?:dan|serta)\s+[A-Z])")
_CONNECTIVE = re.compile(
    r"^\s*(?:Untuk itu|Sementara itu|Selain itu|Lebih lanjut|Di sisi lain|Dalam kesempatan itu|Kemudian|Namun|Adapun)\s*,?\s*"
)
_SPEECH_END = re.compile(r"[,.!?…]\s*$")
_CUE_BEFORE = re.compile(rf"(?:\b(?:{_REPORT_VERBS}|{_CUES})\b[^“\"]{{0,60}}[,:]?\s*$)|:\s*$", re.IGNORECASE)
_COLON_END = re.compile(r":\s*$")
_OLEH = re.compile(r"^\s*oleh\s+")
_NAME_APPOSITIVE = re.compile(
    r"(?:^|[.,;]\s+|\s)(?P<name>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]+),\s+(?P<app>[^,.;“”\"]{3,120}),?\s*$"
)
# a relative clause or the circumstances after the subject: ", yang mengurus akta", ", dalam sambutannya"
_RELATIVE_END = re.compile(
    r",\s+(?:yang|dalam|di|saat|pada|ketika|usai|seusai|selepas|melalui|lewat|kepada|kemarin|sebelumnya)\s[^,]*$"
)
# the name the subject goes by, after it: "Kepala BPS Suhariyanto atau yang akrab disapa Ketjuk mengungkapkan"
# ("Bek MU yang juga dipanggil ke timnas, Chris Smalling berharap" is no nickname)
_NICKNAME_END = re.compile(
    r",?\s+(?:atau\s+(?:yang\s+)?(?:lebih\s+)?(?:akrab\s+)?|(?:yang\s+)?akrab\s+)(?:disapa|dipanggil|dikenal)\b.*$"
)
# the day (and date) that closes an opening: "Saat membacakan tuntutan ... di Jakarta, Rabu (31/5) malam, Jaksa
# KPK Iskandar menyebut": the subject follows it
_DAY_OPENING = re.compile(
    rf"^.*\b(?:{_DAYS})(?:\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))?"
    r"(?:\s+(?:pagi|siang|sore|malam|lalu))?,\s+(?=[A-Z])",
    re.DOTALL,
)
_FOR_UNIT = re.compile(r"\s+untuk\s+(?:[A-Z(][\w().'’-]*\s+)*[A-Z][\w'’-]*$")
_FILLER_END = re.compile(r"(?:\s+(?:juga|pun|pula|sendiri|kemudian|lalu|itu|ini|sebelumnya))+\s*$")
_FIRST_PERSON = re.compile(r"(?:saya|kami|kita)\b", re.IGNORECASE)


# --------------------------------------------------------------------------- people


@lru_cache(maxsize=1024)
def _office_pattern(role: str, most: int = 3) -> re.Pattern:
    """An office followed by up to ``most`` capitalised words (its place or body; with five, also its
    holder's name: "Gubernur DKI Jakarta Basuki Tjahaja Purnama")."""
    return re.compile(rf"(?<![\w.]){re.escape(role)}((?:[ \u00a0]+[A-Z][\w'’-]*){{1,{most}}})")


# another name for a person, after the name: "Joko Widodo (Jokowi)", "Joko Widodo atau Jokowi", "Abdul Wahyu
# Affandi atau lebih dikenal dengan Doel Sumbang", "Ahmad Heryawan yang akrab disapa Aher"
_ALIAS_LEADS = ("(", "atau ", "alias ", "dengan ", "disapa ")
_KNOWN_AS = r"(?:dikenal|akrab\s+disapa|disapa)"  # "atau lebih dikenal dengan X", "yang akrab disapa X"
# compiled once and matched against the text up to each place the other name starts ("$" is that place), so
# that a name new to the process costs no pattern of its own; an opened bracket must close after the name
_ALIAS_BEFORE = re.compile(
    r"(?P<full>[A-Z][\w'’.]*(?:[ \u00a0]+[A-Z][\w'’.]*){1,5}),?\s+(?:(?P<bracket>\()\s*|(?:atau|alias)\s+"
    rf"(?P<known>(?:lebih\s+)?{_KNOWN_AS}\s+(?:dengan\s+)?)?|(?:yang\s+)?(?:akrab\s+)?disapa\s+)$"
)
_WORD_GOES_ON = re.compile(r"[\w'’]")
_OPENS_AFTER = frozenset(".!?\n-–—")  # a run after these opens a sentence (or the text after a dateline)
_NAME_REST = re.compile(r"[a-z]{2,}(?![\w'’])")  # the rest of a name word: "aga" of "Sandiaga" after "Sandi"


@dataclass
class _People:
    """Persons speaking in an article: fullest names, roles, and who spoke last."""

    text: str
    blocks: list = field(default_factory=list)  # the article's own lines: names in the furniture do not count
    roles: dict[str, str] = field(default_factory=dict)
    last: str = ""
    last_at: int = 0  # where the last named speaker's quote ended
    bodies: set = field(default_factory=set)  # the institutions that spoke: no pronoun refers to them
    _spans: list | None = field(default=None, repr=False)  # (start, end) of each capitalised run
    _starts: list = field(default_factory=list, repr=False)
    _runs: dict = field(default_factory=dict, repr=False)  # run -> its words, built when first needed
    _where: dict = field(default_factory=dict, repr=False)  # word -> its (run, index) occurrences
    _full: dict = field(default_factory=dict, repr=False)  # name -> full_name(name): a third are repeats
    _pairs: list | None = field(default=None, repr=False)  # see _word_pairs

    def full_name(self, name: str) -> tuple[str, int]:
        """The fullest capitalised name in the text containing ``name`` ("Hadi" -> "Hadi Prabowo").

        Returns the name and the offset of its fullest occurrence (-1 if not found).
        """
        hit = self._full.get(name)
        if hit is None:
            hit = self._fullest(self._aliased(name) or name)
            if hit[0] == name and " " not in name:
                longer = self._stretched(name) or self._blended(name)
                if longer:
                    hit = self.full_name(longer)
            # "Savitri" -> "Jaringan Buruh Migran Savitri Wisnuwardhani" -> "Savitri Wisnuwardhani": a name of
            # three words or more found from another is read again until it holds, so that both give the
            # same person (a shorter one has nothing to cut)
            for _ in range(3):
                again = self._fullest(hit[0]) if hit[0] != name and hit[0].count(" ") >= 2 else hit
                if not (len(again[0]) < len(hit[0]) and f" {name} " in f" {again[0]} "):
                    break
                hit = again
            # a country that speaks ("Cina mengklaim") is not a longer name ending with it ("Laut Cina
            # Selatan", "Pasukan Suriah"); a name after it may be its leader's ("Israel Benjamin Netanyahu")
            if _is_place_name(name) and not hit[0].startswith(name) and not (
                    _is_place_name(hit[0]) and hit[0].split()[0].lower() not in _DIRECTIONS):
                hit = (name, hit[1])
            hit = self._without_body(hit)
            self._full[name] = hit
        return hit

    def _without_body(self, hit: tuple[str, int]) -> tuple[str, int]:
        """The person's name without a body written before it ("Movistar Yamaha Massimo Meregalli" ->
        "Massimo Meregalli", "Ferrari Sergio Marchionne" -> "Sergio Marchionne"): the article writes the
        body as a run of its own, and the person without it."""
        words = hit[0].split()
        if hit[1] < 0 or len(words) < 2:
            return hit
        # Words that close an office before the name: an acronym of three capitals or more ("Kepala Dinas
        # Pariwisata DIY Sutarno"), a place before a name of two words ("Perdana Menteri Israel Benjamin
        # Netanyahu"; before one it may be a name: "Bima Sakti"), the word after the number of an office's
        # unit ("Ketua RW 02 Jatipadang Arief Syarifuddin"). Two capitals are as often initials ("BW
        # Purba"). Only after an office, and only when the article also writes the rest's first or last
        # word alone ("Sutarno mengatakan"): "HMD Global", "OGC Nice" hold no office.
        pos = hit[1]
        while len(words) >= 2 and ((len(words[0]) >= 3 and words[0].isupper() and words[0].isalnum())
                                   or (len(words) >= 3 and (_is_place_name(words[0])
                                                            or self.text[max(0, pos - 4) : pos].strip().isdigit()))):
            rest = words[1:]
            if (_INITIALS.fullmatch(rest[0]) or not _is_name(" ".join(rest)) or _is_place_name(" ".join(rest))
                    or not (self._alone(rest[-1:]) or self._alone(rest[:1])) or not self.role_at(hit[1])):
                break
            pos += len(words[0]) + 1
            words = rest
        if pos != hit[1]:
            return " ".join(words), pos
        if len(words) < 3:
            return hit
        for k in range(len(words) - 2, 0, -1):  # the longest body first: "Real Madrid Luca Modric"
            body, person = words[:k], words[k:]
            if (person[0][:1].isupper() and not _INITIALS.fullmatch(person[0])
                    and person[0].lower() not in _STARTS_NO_NAME
                    and _is_name(" ".join(person))
                    and self._alone(body) and (self._alone(person) or self._alone(person[-1:]))
                    and not self._speaks(" ".join(body))):
                return " ".join(person), hit[1] + len(" ".join(body)) + 1
        return hit

    def _speaks(self, words: str) -> bool:
        """Whether the article writes ``words`` next to a cue or a reporting verb ("kata Maria", "Darwin
        mengatakan"): a person's short name, then, not a body."""
        for m in re.finditer(rf"(?<![\w-]){re.escape(words)}(?![\w-])", self.text):
            before = self.text[max(0, m.start() - 20) : m.start()].split()[-1:]
            after = self.text[m.end() : m.end() + 20].split()[:1]
            if any(w.strip(",.").lower() in _SPEECH_WORDS for w in before + after):
                return True
        return False

    def _alone(self, words: list[str]) -> bool:
        """Whether the article writes ``words`` as a capitalised run of their own."""
        for r, i in self._occurrences(words[0]):
            toks, ends, _ = self._run(r)
            # a run may hold two sentences ("kata Maria. Londa berlatih"): each part counts on its own
            if (i == 0 or ends[i - 1]) and toks[i : i + len(words)] == words and (
                    i + len(words) == len(toks) or ends[i + len(words) - 1]):
                return True
        return False

    def _aliased(self, name: str) -> str:
        """The name ``name`` is another name for, as the article says so: "Joko Widodo" for "Jokowi" in
        "Presiden Joko Widodo (Jokowi)" or "... Joko Widodo atau Jokowi", "Abdul Wahyu Affandi atau lebih
        dikenal dengan Doel Sumbang", "Basuki Tjahaja Purnama alias Ahok"; else ""."""
        text = self.text
        if not any(f"{lead}{name}" in text for lead in _ALIAS_LEADS):
            return ""
        for m in self._alias_lead_ins(name):
            if any(w.lower() in _BODY_HEADS for w in m.group("full").split()):  # "Badan Ekonomi Kreatif (Bekraf)"
                continue
            # "X atau Y" is also "X or Y": "Baik Chris atau Loh" names two people, "Loh" being "Dawn Loh"
            plain = m.group(0).rstrip().endswith((" atau", " alias")) and not m.group("known")
            if plain and self._fullest(name)[0] != name:
                continue
            words = _split_mention(m.group("full"))[0].split()
            while len(words) > 2 and _is_derived_word(words[0]):  # "Penyanyi Abdul Wahyu Affandi"
                words.pop(0)
            if len(words) >= 2 and words != name.split():
                return " ".join(words)
        return ""

    def _stretched(self, name: str) -> str:
        """The first word of a full name that starts with the one-word ``name``, when the article has
        exactly one such word: news shortens "Sandiaga Uno" to "Sandi" and "Enggartiasto Lukita" to
        "Enggar"; else "". A place or country is no shortened name ("Turki" of "Turkish Coffee")."""
        if len(name) < 4 or name.lower() in _PLACE_WORDS:
            return ""
        text, found = self.text, set()
        at = text.find(name)
        while at != -1:
            rest = _NAME_REST.match(text, at + len(name))
            if rest and not (at and (text[at - 1].isalnum() or text[at - 1] == ".")):
                word = name + rest.group(0)
                full = self._fullest(word)[0].split()
                if len(full) >= 2 and full[0] == word and _is_name(" ".join(full)):
                    found.add(word)
            at = text.find(name, at + 1)
        return found.pop() if len(found) == 1 else ""

    def _blended(self, name: str) -> str:
        """The two-word name that the one-word ``name`` blends the starts of, when the article has exactly
        one: news calls Ahmad Heryawan "Aher", Zulkifli Hasan "Zulhas", Budi Waseso "Buwas" and Joko Widodo
        "Jokowi" without saying so; else ""."""
        low = name.lower()
        if len(low) < 4 or not name[:1].isupper() or low in _PLACE_WORDS:
            return ""
        found = set()
        for w1, w2, a, b in self._word_pairs():
            if a[0] == low[0] and any(low[:i] == a[:i] and len(low) - i >= 2 and b.startswith(low[i:])
                                      for i in range(1, min(len(a), len(low) - 2) + 1)):
                found.add(f"{w1} {w2}")
        one = found.pop() if len(found) == 1 else ""
        return one if one and _is_name(one) and not _is_place_name(one) else ""  # "Korsel" is no person

    def _word_pairs(self) -> list[tuple[str, str, str, str]]:
        """Each two capitalised words in a row within a sentence, as written and in lower case (once)."""
        if self._pairs is None:
            self._find_runs()
            self._pairs = []
            for r in range(len(self._spans)):
                toks, ends, _ = self._run(r)
                self._pairs += [(w1, w2, w1.lower(), w2.lower()) for w1, w2, end in zip(toks, toks[1:], ends)
                                if not end and w2[:1].isalpha()]
        return self._pairs

    def _alias_lead_ins(self, name: str):
        """Matches of ``_ALIAS_BEFORE`` that end where ``name`` starts as a whole word, in text order."""
        text = self.text
        at = text.find(name)
        while at != -1:
            if not _WORD_GOES_ON.match(text, at + len(name)):
                m = _ALIAS_BEFORE.search(text, max(0, at - 200), at)
                if m and not (m.group("bracket") and text.find(")", at) == -1):
                    yield m
            at = text.find(name, at + 1)

    def _fullest(self, name: str) -> tuple[str, int]:
        target = name.split()
        n_t = len(target)
        best, pos, best_left = name, -1, 0
        for r, i in self._occurrences(target[0]) if target else ():
            toks, ends, offsets = self._run(r)
            span = toks[i : i + n_t]
            if span != target:
                # "Andi Yusran" is "Andi Muhammad Yusran": one more name word inside
                span = toks[i : i + n_t + 1]
                if not (n_t >= 2 and len(span) == n_t + 1 and _is_name(" ".join(span))
                        and any(span[:k] + span[k + 1 :] == target for k in range(1, n_t))
                        and not any(ends[i : i + n_t])):
                    continue
            lo = max(0, i - 3)
            if lo and toks[lo - 1] in _BALINESE_OPENERS:  # "I Gusti Ngurah Bagus Mahendra" for "Mahendra"
                lo -= 1
            before = toks[lo:i] if not _opens_balinese_name(target, 0) else []
            if not lo and before:  # "Calon wakil gubernur Jawa Timur Emil Dardak": an office in lower case
                prev = self.text[max(0, offsets[0] - 30) : offsets[0]]
                word = prev.split()[-1] if prev.endswith(" ") and prev.strip() else ""
                if word.islower() and word in _ROLE_WORDS:
                    before = [word] + before
            cut = 0
            first = i - len(before)  # the run index of before[0]; below 0 for an office outside the run
            for k, t in enumerate(before):
                low = t.lower().strip(".,")
                at = first + k
                if at >= 0 and ends[at]:  # a sentence ended here: the name starts after it
                    cut = k + 1
                elif at >= 0 and self._opens_sentence(r, at) and self._common_opening(toks[at:]):
                    cut = k + 1
                elif _opens_balinese_name(before + span, k):  # "Kemenpar I Gde Pitana": the name starts here
                    cut = k
                elif low in _NEVER_IN_A_NAME:  # "Bahkan Akbar pun berharap"
                    cut = k + 1
                elif _numbers_term(before, k):
                    cut = k + 1
                elif (low in _ROLE_WORDS or _HONORIFIC.match(t + " ") or _is_derived_word(t)
                      or _is_loan_noun(t) or _is_ministry(t) or _closes_office(before, k)):
                    nxt = before[k + 1].lower() if k + 1 < len(before) else ""
                    # the word after a place-taking office is its place when two name words follow it
                    # ("Universitas Trisakti Abdul Fickar Hajar"), as _split_mention reads a mention
                    cut = k + (2 if low in _PLACE_TAKING and (nxt in _PLACES or len(before) - k - 1 + len(span) >= 3
                                                              or (low in _PLACE_NEXT and k + 1 < len(before)))
                               else 1)
            if not lo and before and not cut and _after_office_and(self.text, offsets[0]):
                cut = 1  # "Direktur Angkutan dan Logistik Pelni Harry Boediarto": the office's second field
            left = before[cut:]
            while cut and left and left[0].lower() in _DIRECTIONS:  # "Bupati Gorontalo Utara Hamzah"
                left = left[1:]
            keep_right = []
            j = i + len(span)
            if not ends[j - 1]:
                for t, end in zip(toks[j : j + 3], ends[j : j + 3]):
                    # an office word ends the name, unless it is also a name word ("Arif Gunadi Pratama")
                    low = t.lower().strip("’'\"”")  # "Yel-yel ‘Prabowo Presiden’"
                    # an acronym ends it too, but not an initial ("Alex J. Sinaga")
                    if ((low in _ROLE_WORDS and low not in _OFFICE_OR_NAME)
                            or (t.isupper() and len(t) > 1 and not _INITIALS.fullmatch(t))
                            or low in _NEVER_IN_A_NAME or _is_derived_word(t)):  # "Yasonna Laoly Berdasarkan ..."
                        break
                    keep_right.append(t)
                    if end:  # the sentence ends with this word
                        break
                while keep_right and _INITIALS.fullmatch(keep_right[-1]):  # "Juventus Football Club S.p.A."
                    keep_right.pop()
            # "Gubernur DKI Jakarta Anies Baswedan", "Ketua Asprov PSSI Sumsel Musni": acronyms and places
            # end the office, as long as two name words remain ("Wali Kota Bogor Bima Arya" keeps "Bima")
            # ("Jawa Barat Ferry Sofwan Arief": a province in two words)
            while (left and (_is_acronym(left[0]) or left[0].lower() in _PLACE_WORDS
                             or (left[0].lower() in _DIRECTIONS and len(left) < len(before[cut:])))
                   and (len(left) - 1 + len(span) + len(keep_right) >= 2
                        or _acronym_place(before, len(before) - len(left)))):
                left = left[1:]
            name_toks = left + span + keep_right
            # "Direktur Utama Pertamina Elia Massa Manik", "Ketua DPP Golkar Indra Bambang Utoyo": after an
            # office, a word the article also writes as a body of its own closes the office; so it does
            # inside the name asked for ("CEO Kioson Jasin Halim"), when two name words remain and the
            # article also writes them without it ("Jasin Halim", not "Salahuddin Uno" of "Sandiaga
            # Salahuddin Uno")
            for k in range(max(len(left), len(name_toks) - 2) - 1, -1, -1) if cut else ():
                if (k < len(left) or self._written_after_other(name_toks[k : k + 2])) and self._is_body(name_toks[k]):
                    name_toks, left = name_toks[k + 1 :], left[k + 1 :]
                    break
            cand = " ".join(name_toks)
            n, n_best = len(name_toks), len(best.split())
            # the first found; then longer, or as long with the name's own word first (news shortens a
            # name to its first word: "Agung Laksono", not "Mahkamah Agung")
            if pos < 0 or n > n_best or (n == n_best and len(left) < best_left):
                best, pos, best_left = cand, offsets[i + len(span) + len(keep_right) - n], len(left)
        return best, pos

    def _common_opening(self, words: list[str]) -> bool:
        """Whether ``words``, capitalised words that open a sentence, open it with a common word glued to
        a name of two words or more that the article also writes without it: "Usul Ahmad Dhani membentuk
        ...", then "Fadli Zon, Ahmad Dhani, dan Sandi". Names are often common words too ("Agung",
        "Budi"), so the dictionary alone does not decide."""
        from ._stem import is_root_word

        return (len(words) >= 3 and is_root_word(words[0].lower())
                and self._written_after_other(words[:2])
                # a name word written elsewhere inside a sentence: "sutradara produksi Jung Chun Min"
                and all(self._opens_sentence(r, i) for r, i in self._occurrences(words[0])))

    def _opens_sentence(self, r: int, i: int) -> bool:
        """Whether word ``i`` of capitalised run ``r`` opens a sentence (or the text after a dateline)."""
        if i:
            return self._run(r)[1][i - 1]
        at = self._spans[r][0]
        prev = self.text[max(0, at - 3) : at].rstrip()
        return not prev or prev[-1] in _OPENS_AFTER

    def _is_body(self, word: str) -> bool:
        """Whether the article also writes ``word`` alone (no capitalised word after it) where no person
        is named: "PT Pertamina (Persero)", "pengurus Golkar daerah"; not "kata Ismail", "Ismail menilai"."""
        for r, i in self._occurrences(word):
            toks, _, offsets = self._run(r)
            if i + 1 < len(toks):  # part of a longer capitalised run
                continue
            at, end = offsets[i], offsets[i] + len(toks[i])
            # "kata Kombes Ahmad", "Ahmad juga mengatakan"
            near = self.text[max(0, at - 30) : at].split()[-2:] + self.text[end : end + 40].split()[:2]
            if not any(w.lower().strip(",.") in _ATTRIBUTING for w in near):
                return True
        return False

    def _written_after_other(self, pair: list[str]) -> bool:
        """Whether the article writes ``pair[1]`` somewhere other than right after ``pair[0]``."""
        for r, i in self._occurrences(pair[1]):
            if i == 0 or self._run(r)[0][i - 1] != pair[0]:
                return True
        return False

    def _occurrences(self, word: str) -> list[tuple[int, int]]:
        """``(run, index)`` of every word of a capitalised run equal to ``word``, in text order."""
        hit = self._where.get(word)
        if hit is not None:
            return hit
        self._find_runs()
        starts = self._starts
        out = []
        p = self.text.find(word)
        while p >= 0:
            r = bisect_right(starts, p) - 1
            if r >= 0 and p < self._spans[r][1]:
                toks, _, offsets = self._run(r)
                i = bisect_left(offsets, p)
                if i < len(offsets) and offsets[i] == p and toks[i] == word:
                    out.append((r, i))
            p = self.text.find(word, p + 1)
        self._where[word] = out
        return out

    def _find_runs(self) -> None:
        """Find the capitalised runs of the article's own text (``_spans``, ``_starts``), once."""
        if self._spans is None:
            self._spans = [m.span() for m in _CAP_RUN.finditer(self.text)]
            headlines = self._headlines()
            if headlines:  # rare: most pages have none
                self._spans = [sp for sp in self._spans if not any(s <= sp[0] < e for s, e in headlines)]
            self._starts = [s for s, _ in self._spans]

    def _headlines(self) -> list[tuple[int, int]]:
        """Furniture lines that are another article's headline ("Baca Juga: Prilly Latuconsina Kebal
        Dijodohkan"): names there do not count. Other furniture does (a photo caption, a list heading
        names this article's people); so does everything when no blocks were given."""
        out = []
        for start, end in _between(self.blocks, len(self.text)) if self.blocks else ():
            for m in _LINE.finditer(self.text, start, end):
                words = [w for w in m.group(0).split() if w[0].isalpha()]
                if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
                    out.append(m.span())
        return out

    def _run(self, r: int) -> tuple[list[str], list[bool], list[int]]:
        """The words of capitalised run ``r`` (without a sentence-final period), whether each
        ends a sentence, and each word's offset."""
        hit = self._runs.get(r)
        if hit is None:
            at, end = self._spans[r]
            run = self.text[at:end]
            if " " in run or "\u00a0" in run:
                words = [(w.group(0), at + w.start()) for w in _WORD_IN_RUN.finditer(run)]
            else:  # most runs are one word
                words = [(run, at)]
            toks, ends = [], []
            for w, _ in words:
                # "Prabowo.", "Uno.", "WIB." end a sentence; initials and titles ("M.", "W.Z.", "Hj.", "Dra.",
                # "Moh.") keep their period
                stop = (len(w) > 2 and w[-1] == "." and not _HONORIFIC.match(w + " ")
                        and not _INITIALS.fullmatch(w) and w[:-1].lower() not in _NAME_ABBREVIATIONS)
                toks.append(w[:-1] if stop else w)
                ends.append(stop)
            hit = self._runs[r] = (toks, ends, [o for _, o in words])
        return hit

    def role_at(self, pos: int) -> str:
        """The role written just before a name at ``pos`` ("Kepala Biro X, Budi" -> "Kepala Biro X"), else after it."""
        if pos < 0:
            return ""
        # within the name's own block: the outlet's dateline before it ("Suara.com-Rektor") is furniture
        before = self.text[max(_block_of(self.blocks, pos), pos - 200) : pos]
        before = _HONORIFIC.sub(" ", before).rstrip(" ,")
        if before.endswith("("):  # "Presiden Joko Widodo (Jokowi)": another name, not an office, comes before
            return self.role_after(pos)
        toks = before.split()
        while toks and toks[-1].lower().strip(".") in _RANKS:  # "Kepala Bidang Propam Polda Jambi, AKBP Rosdiana"
            toks.pop()
            if toks:
                toks[-1] = toks[-1].rstrip(",")
        run: list[str] = []
        for t in reversed(toks):
            core = t.strip(",")
            # a comma ends the role, unless it lists the fields of the office's unit, closed by "dan",
            # before the office word is reached ("Deputi Bidang Reformasi Birokrasi, Akuntabilitas
            # Aparatur, dan Pengawasan")
            if (t.endswith(",") and ("dan" not in run or any(map(_is_office_word, run)))) or (
                    t.endswith(".") and not _HONORIFIC.match(t + " ") and len(core) > 3
                    and not _INITIALS.fullmatch(core)):
                break
            # "Kepala SMP Negeri 1 Kuningan", "Direktur RSUD W.Z. Johannes"
            # an office may be written in lower case: "Calon wakil gubernur Jawa Timur Emil Dardak"
            if (core[:1].isupper() or core[:1] == "(" or core.isdigit() or core in _ROLE_WORDS
                    or core in _ROLE_QUALIFIERS or core in ("dan", "dari", "bidang", "urusan", "untuk", "&")):
                run.insert(0, core + "," if t.endswith(",") else core)
            else:
                break
        # "presiden Mohamed Salleh Marican dan Farid Khan", "peneliti dari Monash University": the name is
        # the second of a list, or a body, and the office before it is not its own
        if run and run[-1] in ("dan", "dari", "untuk", "&"):
            return self.role_after(pos)
        # "Presiden Joko Widodo dan Ketua DPR Setya Novanto": after another holder, the office after "dan"
        # is the person's own
        for k in range(len(run) - 2, 0, -1):
            if run[k] == "dan" and _opens_office(run[k + 1 :]) and _split_mention(" ".join(run[:k]))[0]:
                run = run[k + 1 :]
                break
        role = _role(" ".join(run))
        lawyer = _lawyers_role(role)
        if lawyer and _surely_client(lawyer):
            # "Tim kuasa hukum mantan Menteri Kesehatan Siti Fadilah Supari": the client's office follows
            # the lawyer's
            rest = lawyer[1]
            return " ".join(rest) if _opens_office(rest) else ""
        return role or self.role_after(pos)

    def role_after(self, pos: int) -> str:
        """The role set off after a name: "Budi Santoso, Direktur RSUD Bima, mengatakan"."""
        if pos < 0:
            return ""
        m = _ROLE_AFTER.match(self.text, pos, pos + 200)
        # not across two sentences run together: "Menlu ASEAN.Melanjutkan pernyataan mereka"
        if m and _opens_role(m.group(1).split()) and not _RUN_TOGETHER.search(m.group(1)):
            return _role(m.group(1))
        return ""

    def add(self, name: str, role: str) -> str:
        full, pos = self.full_name(name)
        if role and name.endswith(" " + full) and name[: -len(full)].strip():
            role = f"{role} {name[: -len(full)].strip()}"  # "Golkar Kahar Muzakir": the words left out close the office
        if not self.roles.get(full):
            written = self.role_at(pos)  # the office written at the person's fullest mention
            # "kata Sekjen Rudy" after "Sekretaris Jenderal KKP, Rudy Hartawan": the fuller form
            fuller = role and written and _is_fuller(written, role)
            self.roles[full] = written if fuller or not role else role
        elif role and len(role) > len(self.roles[full]) and self.roles[full] in role:
            self.roles[full] = role
        return full

    def office(self, role: str) -> str:
        """The fullest form of an office in the text: "Bupati" -> "Bupati Katingan"."""
        best = role
        for m in _office_pattern(role).finditer(self.text):
            words = [role] + m.group(1).split()
            while len(words) > 1 and (words[-1].lower() in _ROLE_WORDS - _PLACE_TAKING or not words[-1][:1].isupper()
                                      or _is_derived_word(words[-1])):
                words.pop()
            cand = " ".join(words)
            if len(cand) > len(best):
                best = cand
        return best

    def institution(self, mention: str) -> tuple[str, str]:
        """The fullest form of a body in the text: "BKN" -> "Badan Kepegawaian Negara (BKN)" (its long
        form before the abbreviation), "Dinas Kesehatan" -> "Dinas Kesehatan Kota Denpasar".

        Returns ``(body, "")``, or ``("", name)`` when an abbreviation is the initials of a person the
        article names ("JK" of "Jusuf Kalla", "SBY" of "Susilo Bambang Yudhoyono")."""
        if " " in mention:
            body = self.office(mention)
        elif mention.lower() in _BODY_HEADS:
            # "Kementerian menegaskan" after "Kementerian Luar Negeri Suriah ... menyatakan": the body that spoke
            spoke = {b for b in self.bodies if b.split()[0] == mention}
            body = spoke.pop() if len(spoke) == 1 else mention
        else:
            person = self._initialled(mention)
            if person:
                return "", person
            body = self._long_form(mention)
        self.bodies.add(body)
        return body, ""

    def _initialled(self, abbr: str) -> str:
        """A person's name in the text whose initials are ``abbr`` ("Jusuf Kalla" in "Wakil Presiden Jusuf
        Kalla" for "JK"), else ""."""
        n = len(abbr)
        for m in _PERSON_RUN.finditer(self.text):
            words = m.group(1).split()
            for i in range(len(words) - n + 1):
                cand = words[i : i + n]
                if ("".join(w[0] for w in cand) == abbr and _is_name(" ".join(cand))
                        and not any(w.lower() in _BODY_HEADS for w in cand)):
                    return " ".join(cand)
        return ""

    def _long_form(self, mention: str) -> str:
        """An abbreviation with the long form the article writes before it in brackets, else as written."""
        text, bracketed = self.text, f"({mention})"
        at = text.find(bracketed)  # a plain search: no pattern to build for each new abbreviation
        while at != -1:
            words = text[max(0, at - 150) : at].split()
            k = len(words)  # back over the capitalised run before the bracket
            while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in ("dan", "&")) and words[k - 1][-1] not in ",.":
                k -= 1
            run = words[k:]
            # "Kepala Badan Kepegawaian Negara (BKN)": the body opens with its head word
            head = next((j for j, w in enumerate(run) if w.lower() in _BODY_HEADS), None)
            if head is not None:
                return " ".join(run[head:] + [bracketed])
            at = text.find(bracketed, at + 1)
        return mention

    def holding(self, role: str) -> list[tuple[str, str]]:
        """``(speaker, role)`` of those who spoke before in the office ``role`` names, in order: a person,
        or the office itself when it spoke alone (then both are the office)."""
        return [(full, r) for full, r in self.roles.items() if role and r and _same_office(role, r)]

    def holder(self, role: str) -> tuple[str, str]:
        """The person the article names in an office, and that office as written there
        ("Bupati" -> ("Abdul Haris Mustakim", "Bupati Sumbawa")); empty strings if it names none."""
        for m in _office_pattern(role, 5).finditer(self.text):
            name, office = _split_mention(role + m.group(1))
            if len(name.split()) >= 2 and office and _same_office(role, office):
                return self.full_name(name)[0], office
        return "", ""

    def role_of(self, full: str, role: str) -> str:
        """Prefer the fuller role known for this person when ``role`` is a shortened form of it."""
        known = self.roles.get(full, "")
        if not role:
            return known
        if known and _is_fuller(known, role):  # "Sekjen" of "Sekretaris Jenderal KKP"
            return known
        return role


_VERB_PREFIX = re.compile(r"^(?:Di|Me|Ber|Ter|Se|Pe|Ke|Mem|Men|Meng|Per)[a-z]")


def _is_derived_word(token: str) -> bool:
    """A capitalised word that is an affixed Indonesian word ("Dipaparkan"), not a name."""
    from ._stem import stem

    return bool(_VERB_PREFIX.match(token)) and stem(token) != token.lower()


# office words (grades, "hakim") that are also common name words ("Ahli Madya" but "Arif Gunadi Pratama",
# "hakim" but "Lukman Hakim Basuki")
_OFFICE_OR_NAME = {"pratama", "madya", "muda", "utama", "pranata", "hakim"}


# an affixed noun in ke-/pe-/per-...-an: an office's field, never a name ("Menteri Keuangan Sri Mulyani",
# "Menteri Perhubungan Budi Karya Sumadi", "Staf Ahli Bidang Hukum Kesehatan")
_FIELD_NOUN = re.compile(r"^(?:Ke|Pe|Per|Pem|Pen|Peng|Peny)[a-z]{3,}an$")


# a noun borrowed with -asi, -itas or -isme: the work or kind of a body, never a name word ("Ketua Tim
# Sinkronisasi Sudirman Said"); names end so too ("Qosasi", "Twumasi"), so only the dictionary's nouns count
_LOAN_ENDS = ("asi", "itas", "isme")
_LOAN_NOUN = re.compile(rf"^[A-Z][a-z]{{3,}}(?:{'|'.join(_LOAN_ENDS)})$")


def _is_loan_noun(word: str) -> bool:
    from ._stem import is_root_word

    # the suffix first: most words end otherwise, and str.endswith is the cheapest test
    return word.endswith(_LOAN_ENDS) and bool(_LOAN_NOUN.match(word)) and is_root_word(word.lower())


def _is_ministry(word: str) -> bool:
    """A ministry's short form: "Kemenpar", "Kemendagri" (not "Kemenangan", an affixed word)."""
    return word.startswith("Kemen") and word[5:6].isalpha() and not _is_derived_word(word)


def _is_acronym(word: str) -> bool:
    """Capitals only, more than one: "DKI", "PSSI" (not "M." nor "I")."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _acronym_place(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a place written after an acronym ("DKI Jakarta"): the office ends there,
    even before a one-word name ("Wakil Gubernur DKI Jakarta Sandiaga")."""
    return k > 0 and words[k].lower() in _PLACES and _is_acronym(words[k - 1])


def _is_initial(word: str) -> bool:
    """A lone capital ("I Made", "M Nasir") or initials with periods ("M.", "W.Z.")."""
    return (len(word) == 1 and word.isupper()) or bool(_INITIALS.fullmatch(word))


# the last word of an office or body that is elsewhere a name word or a common one: "Jaksa Agung M Prasetyo",
# "Anggota Dewan Perwakilan Rakyat Masinton Pasaribu", "Kepala Badan Koordinasi Penanaman Modal Thomas Lembong"
_OFFICE_ENDS = {("jaksa", "agung"), ("mahkamah", "agung"), ("perwakilan", "rakyat"), ("permusyawaratan", "rakyat"),
                ("penanaman", "modal"), ("pemberantasan", "korupsi"), ("pidana", "korupsi"), ("perlindungan", "anak")}


def _closes_office(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` closes an office with the word before it (see _OFFICE_ENDS)."""
    return k > 0 and (words[k - 1].lower(), words[k].lower()) in _OFFICE_ENDS


def _numbers_term(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` numbers a term of office: the "I" of "Ketua KPK Jilid I Taufiequrachman Ruki"."""
    return k > 0 and words[k - 1] == "Jilid"


def _is_name_word(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` can be part of a person's name: capitalised, not an office word,
    unless it is one of _OFFICE_OR_NAME right after another name word, nor the field of an office
    ("Keuangan"); a lone capital ("I Made", "M Nasir") or initials ("M. Yusuf") only before another
    name word."""
    w = words[k]
    if _is_initial(w):
        return k + 1 < len(words) and bool(_NAME_TOKEN.match(words[k + 1])) and not _numbers_term(words, k)
    if w in _NAME_PARTICLES:
        return 0 < k < len(words) - 1 and bool(_NAME_TOKEN.match(words[k + 1])) and _is_name_word(words, k - 1)
    if (not _NAME_TOKEN.match(w) or (_FIELD_NOUN.match(w) and _is_derived_word(w))
            or _is_loan_noun(w) or _is_ministry(w)):
        return False
    low = w.lower()
    if _closes_office(words, k) or low in _NEVER_IN_A_NAME:
        return False
    return low not in _ROLE_WORDS or (low in _OFFICE_OR_NAME and k > 0 and _is_name_word(words, k - 1))


def _is_possessed(word: str) -> bool:
    """A word with the possessive "-nya" on a root ("Desainnya", "Pihaknya"; not "Sonya")."""
    from ._stem import stem

    low = word.lower()
    return low.endswith("nya") and len(low) > 5 and stem(low) == low[:-3]


def _is_affixed(word: str) -> bool:
    """An affixed word that is no one-word name: "Pelatih", "Mendengar", "Kedatangannya"; not "Dimas",
    "Sezai" (di-, se- and roots of three letters make names as often)."""
    from ._stem import stem

    return word[:2] not in ("Di", "Se") and _is_derived_word(word) and len(stem(word.lower())) >= 4


def _is_name(text: str) -> bool:
    words = text.split()
    # "Sebelumnya, Presiden Joko Widodo mengatakan", "Desainnya mengingatkan saya pada ..."
    # "Pelatih asal Brasil itu mengaku", "Mendengar itu, ...": an affixed word opening a sentence
    if len(words) == 1 and (words[0].lower() in _NOT_A_NAME or _is_possessed(words[0]) or _is_affixed(words[0])):
        return False
    return bool(words) and all(_is_name_word(words, k) for k in range(len(words)))


# the short forms news writes for offices ("Sekda" for "Sekretaris Daerah ...")
_OFFICE_SHORT = {
    "sekretaris daerah": "sekda", "sekretaris jenderal": "sekjen", "direktur jenderal": "dirjen",
    "inspektur jenderal": "irjen", "kepala dinas": "kadis", "kepala bidang": "kabid", "kepala bagian": "kabag",
    "kepala biro": "karo", "wakil bupati": "wabup", "wakil gubernur": "wagub", "wakil wali kota": "wawali",
    "penjabat": "pj", "pelaksana tugas": "plt", "kepala pusat penerangan": "kapuspen",
    "menteri dalam negeri": "mendagri", "juru bicara": "jubir", "sekretaris kabinet": "seskab",
    "menteri perdagangan": "mendag", "menteri keuangan": "menkeu", "menteri luar negeri": "menlu",
    "menteri perhubungan": "menhub", "menteri kesehatan": "menkes", "menteri sosial": "mensos",
    "menteri agama": "menag", "menteri pariwisata": "menpar", "menteri pertanian": "mentan",
    "menteri perindustrian": "menperin", "menteri ketenagakerjaan": "menaker", "menteri pertahanan": "menhan",
    "menteri pemuda dan olahraga": "menpora", "menteri komunikasi dan informatika": "menkominfo",
    "menteri hukum dan ham": "menkumham", "menteri pendidikan dan kebudayaan": "mendikbud",
    "wakil presiden": "wapres", "kepala kepolisian republik indonesia": "kapolri",
}
_OFFICE_SHORT_RE = re.compile(r"\b(?:" + "|".join(sorted(_OFFICE_SHORT, key=len, reverse=True)) + r")\b")


@lru_cache(maxsize=4096)  # pure, and an article repeats its mentions and offices
def _office_key(role: str) -> str:
    """A role lower-cased with its long office words in their short form."""
    return _OFFICE_SHORT_RE.sub(lambda m: _OFFICE_SHORT[m.group(0)], " ".join(role.lower().split()))


def _is_fuller(office: str, role: str) -> bool:
    """Whether ``office`` is ``role`` written out further: "Sekretaris Jenderal KKP" of "Sekjen",
    "Sekretaris Kabinet" of "Sekretaris"."""
    return office.lower().startswith(role.lower()) or _office_key(office).startswith(_office_key(role))


def _same_office(a: str, b: str) -> bool:
    """Whether one role is the other or a shorter form of it ("Sekda" and "Sekretaris Daerah Deli Serdang")."""
    a, b = _office_key(a), _office_key(b)
    return a in b or b in a


_ALIAS_AFTER = re.compile(rf"\s+(?:atau|alias)\s+(?:lebih\s+)?(?:{_KNOWN_AS}\s+)?[A-Z].*$")
# what a person acts as, after the name or office: "... selaku ketua panitia", "... yang juga Inspektur"
_ACTING_AS = r"selaku|yang\s+juga"
_AS_QUALIFIER = re.compile(rf"\s+(?:{_ACTING_AS})\s+(?P<office>[^,]*)")


@lru_cache(maxsize=4096)  # pure, and an article repeats its mentions and offices
def _split_mention(mention: str) -> tuple[str, str]:
    """Split "Sekjen Kemendagri Dr. H. Suhajar Diantoro, M.Si" into (name, role)."""
    # "Presiden Joko Widodo atau Jokowi": the name the office is written with (see _People._aliased)
    mention = _ALIAS_AFTER.sub("", mention)
    # "Ketua Umum Partai Demokrat Susilo Bambang Yudhoyono (SBY)": initials in brackets after a name are
    # the person's short name, not a body's abbreviation closing an office
    b = _BRACKET_END.search(mention)
    if b:
        abbr, before = b.group(1), mention[: b.start()].split()
        named = before[-len(abbr) :]
        # (not a company's or a country's: "PT Wahana Auto Ekamarga (WAE)", "Uni Emirat Arab (UEA)")
        if (len(before) > len(abbr) >= 2 and "".join(w[0] for w in named) == abbr and _is_name(" ".join(named))
                and before[-len(abbr) - 1] not in ("PT", "CV") and not any(w.lower() in _PLACE_WORDS for w in named)):
            mention = mention[: b.start()].rstrip()
    # "Kepala Dinas X Ida Hernida selaku penyelenggara", "Kepala Bagian X selaku koordinator UPG, Elvi":
    # what the person acts as here is no part of the office or the name; it is the role only where no
    # office is written before ("Arie Christoper selaku CEO Ferrari")
    q = _AS_QUALIFIER.search(mention)
    if q:
        name, role = _split_mention(mention[: q.start()] + mention[q.end() :])
        return name, role or (_role(q.group("office")) if name else "")
    m = _DEGREE.sub("", mention).strip(" ,")
    m = _HONORIFIC.sub("", m).strip(" ,")
    if ", " in m:  # "Kepala Biro Organisasi Setdaprov Sumbar, Nofrizal Tanjung"
        head, tail = m.rsplit(", ", 1)
        if _is_name(tail):
            return tail, _role(head)
    toks = m.split()  # commas kept: a role may list its unit's fields ("Deputi Bidang A, B, dan C")
    cores = [t.strip(",.()") for t in toks]
    name_toks: list[str] = []
    i = len(toks)
    while i > 0:
        core = cores[i - 1]
        # a known place ends the name ("Kabid Propam Polda Sulteng" names no person); so does an acronym,
        # but not an initial ("Johnny G Plate"), which keeps its period ("Darmin A. Sigilipu"); a title
        # written without its period is not part of it ("Prof Dr Ellen J Kumaat"); an abbreviation in
        # brackets closes the office ("Provinsi Sulawesi Utara (Sulut) Ellen J Kumaat")
        upper = core.isupper()
        initial = upper and _is_initial(core)  # initials are capitals (and periods)
        if _is_name_word(cores, i - 1) and not (upper and not initial) and not (
                not name_toks and core.lower() in PLACES) and core not in _TITLES and not (
                name_toks and (toks[i - 1].startswith("(") or toks[i - 1].endswith(")"))):
            name_toks.insert(0, toks[i - 1].strip(",()") if initial else core)
            i -= 1
            if _opens_balinese_name(name_toks, 0):  # "Kemenpar I Gde Pitana"
                break
        else:
            break
    after_office = i > 0 and toks[i - 1].lower().strip(",.") in _PLACE_TAKING
    # "Bupati Katingan", "Wakil Bupati Bengkulu Utara": an office and its place name no person
    if after_office and (len(name_toks) == 1 or (len(name_toks) == 2 and name_toks[1].lower() in _DIRECTIONS)):
        return "", _role(" ".join(toks))
    # "Bupati Sleman Kustini": the word after a place-taking office is the place, not the name
    if (len(name_toks) >= 2 and after_office and not _opens_balinese_name(name_toks, 0)
            and (name_toks[0].lower() in _PLACES or len(name_toks) >= 3)):
        i += 1
        name_toks.pop(0)
        while len(name_toks) >= 2 and name_toks[0].lower() in _DIRECTIONS:  # "Pasaman Barat Hendri"
            i += 1
            name_toks.pop(0)
    elif (len(name_toks) >= 2 and i > 0 and name_toks[0].lower() in _PLACE_WORDS
          and (len(name_toks) >= 3 or _acronym_place(cores, i))):
        # "Gubernur DKI Jakarta Anies Baswedan": a place closing the role, then the name; "Kepala Dinas X
        # Jawa Barat Ferry Sofwan Arief", "Presiden Korea Selatan Moon Jae-in": a place in two words
        i += 1
        name_toks.pop(0)
        if len(name_toks) >= 2 and name_toks[0].lower() in _DIRECTIONS:
            i += 1
            name_toks.pop(0)
    if len(name_toks) == 1 and not _is_name(name_toks[0]):  # "Sementara", "Pria", "Senin", "Desainnya"
        name_toks = []
    role = _role(" ".join(toks[:i]))
    return " ".join(name_toks), role


# "Bupati X yang diwakili Asisten Y", "Wali Kota X melalui Sekda": the office of whoever spoke is the last
_REPRESENTED = re.compile(r"\s+(?:yang\s+)?(?:diwakili|melalui|dibacakan)(?:\s+oleh)?\s+")
# what follows an office without being part of it: "... selaku ketua panitia", "... yang juga Inspektur"
_QUALIFIER = re.compile(rf"\s+(?:{_ACTING_AS}|berusia|bernama|dalam|dari\s+unsur)(?:\s.*)?$", re.DOTALL)


def _without_rank(words: list[str]) -> list[str]:
    """An office less the rank that ends it: "Kapolres Pati AKBP" -> "Kapolres Pati", "Kepala Polda
    Jawa Barat Inspektur Jenderal" -> "Kepala Polda Jawa Barat", "Kapolri Jenderal" -> "Kapolri".

    Offices that end like a rank keep it: "Sekretaris Jenderal", "Presiden Komisaris", "Duta Besar"."""
    words = list(words)
    low = [w.lower().strip("(),.") for w in words]
    # "Danlantamal IV Kepulauan Riau Laksma TNI": "TNI" after a rank is the rank's ("Panglima TNI" keeps it)
    while len(words) > 1 and (low[-1] in _RANKS or (low[-1] == "tni" and len(words) > 2 and low[-2] in _RANKS)):
        words.pop()
        low.pop()
    k = len(words)
    while k > 1 and low[k - 1] in _RANK_WORDS:
        k -= 1
    while k < len(words) and low[k] not in _RANK_STARTS:  # "Panglima TNI Jenderal": TNI is the office's
        k += 1
    rank = low[k:]
    if (rank and rank != ["komisaris"]
            and not (rank[0] == "jenderal" and low[k - 1] in ("sekretaris", "direktur", "inspektur", "jaksa"))):
        return words[:k]
    return words


@lru_cache(maxsize=4096)  # pure, and an article repeats its offices
def _role(text: str) -> str:
    """Role as written, with "Long Form (Abbr)" shortened to its abbreviation."""
    text = _QUALIFIER.sub("", _REPRESENTED.split(text)[-1]).strip(" ,")
    # "Perwakilan BSSN, Deputi Bidang Operasi": of two offices in a row the later one is the speaker's
    parts = text.split(", ")
    for k in range(len(parts) - 1, 0, -1):
        if _opens_office(parts[k].split()):
            text = ", ".join(parts[k:])
            break
    words = text.split()
    while words and not _opens_role(words):
        words.pop(0)
    words = _without_rank(words)
    text = " ".join(words)
    if not text or words[0].lower() == "warga":  # a resident holds no office (as the labels have it)
        return ""
    # "Sekretaris Jenderal (Sekjen) Kemendagri" -> "Sekjen Kemendagri"
    words = text.split()
    out: list[str] = []
    for w in words:
        m = _PAREN_ABBR.fullmatch(w)
        if m:
            abbr = m.group(1)
            a = abbr.lower()
            # the long form the abbreviation stands for: back to the capitalised word starting
            # like it, as far as the initials on the way are the abbreviation's, in order ("dan"
            # is skipped: "Komisi Pemberantasan Korupsi (KPK)", not "Korupsi (KPK)"); it must end
            # with a word whose initial the abbreviation holds ("Sekretaris Jenderal (Sekjen)",
            # not "PT Taspen (Persero)")
            k = len(out)
            while k > 0 and not (out[k - 1][:1].isupper() and out[k - 1].lower().startswith(a[0])):
                k -= 1
            further = k - 1
            while further > 0 and not (out[further - 1][:1].isupper() and out[further - 1].lower().startswith(a[0])
                                       and _initials_in(out[further - 1 :], a)):
                further -= 1
            if further > 0:
                k = further
            if k > 0 and (k == len(out) or out[-1].lower()[:1] in a[1:]):
                out = out[: k - 1] + [abbr]
            else:
                out.append(w)  # not an abbreviation of the words before it: as written
        else:
            out.append(w)
    role = " ".join(out).rstrip(" ,")  # "Kabid Propam Polda Sulteng, AKBP" less its rank
    # an office word of the long form counts too: "Kepala Staf TNI Angkatan Laut (KSAL)" -> "KSAL"
    if not (out[0] in _PERSON_NOUNS or any(w.lower().strip(",.()") in _ROLE_WORDS for w in words)):
        return ""
    return role


def _initials_in(words: list[str], abbr: str) -> bool:
    """Whether the initials of ``words`` (less "dan") are letters of ``abbr``, in order:
    "Komisi Pemberantasan Korupsi" in "kpk", "Kementerian ... dan Reformasi Birokrasi" in "kemenpan-rb"."""
    at = 0
    for w in words:
        if w == "dan":
            continue
        at = abbr.find(w[0].lower(), at) + 1
        if not at:
            return False
    return True


def _after_ranks(mention: str) -> str:
    """A mention less the ranks that open it: "AKBP Aslan Solastomo" -> "Aslan Solastomo", "Jenderal
    Soemitro" -> "Soemitro"."""
    words = mention.split()
    while len(words) > 1 and words[0].lower().strip(".") in _RANKS | _RANK_WORDS:
        words.pop(0)
    return " ".join(words)


_FIELD = r"[A-Z(][\w&/()'’-]*(?:[ \u00a0]+[A-Z(][\w&/()'’-]*)*"
# the other fields of an office's unit after its first: ", Logistik, Kawasan dan Pariwisata Kementerian BUMN"
_FIELD_LIST = re.compile(rf"(?:,[ \u00a0]*{_FIELD})+,?[ \u00a0]+dan[ \u00a0]+{_FIELD}")


def _mention_after(text: str) -> str:
    """The speaker mention right after a cue: stop before trailing context."""
    text = _HONORIFIC.sub("", text.lstrip())
    m = _MENTION_SPAN.match(text)
    span = m.group(0) if m else ""
    mention = _VERB_AFTER_NAME.sub(r"\1", _STOP.sub("", span)).strip()
    rest = text[m.end() :] if m else ""
    whole = mention == span.strip()  # the mention runs up to the comma: no stop word or verb cut it
    # "ujar Deputi Bidang Usaha Energi, Logistik, Kawasan dan Pariwisata Kementerian BUMN, Edwin ...": an
    # office lists the fields ("bidang") of its unit, closed by "dan"; the commas between them end nothing
    f = _FIELD_LIST.match(rest) if whole and "bidang" in mention.lower().split() else None
    if f and _opens_office(mention.split()):
        mention, rest = mention + f.group(0), rest[f.end() :]
    # "kata Sekretaris Daerah Sumbar, Zulhendri Koto, di Padang": the name follows the role
    # (only when the role runs up to the comma: "Sekda DIY dalam acara di X, Kompleks Y" names no one)
    # ("menurut dia, Kulon Progo kini ..." names no one either: a pronoun is the whole mention); a
    # lone capitalised word after an office is its place when a name follows ("Ketua UPP Pandeglang, Dadang")
    if mention and whole and mention.lower() not in _PRONOUNS:
        name, role = _split_mention(mention)
        nm = _NAME_AFTER_ROLE.match(rest) if not name or role else None
        after = _FINAL_PERIOD.sub("", nm.group(1).strip()) if nm else ""
        # "Menurut mantan Walikota Solo, Indonesia memiliki ...": one word after the comma must be a name.
        # After an office with a name of its own, the name after the comma is the person's ("Direktur
        # Eksekutif Voxpol Center, Pangi Syarwi Chaniago": the first was the body), unless it goes on
        # ("Menurut Direktur Movistar Yamaha Massimo Meregalli, Autodromo Termas de Rio Hondo memiliki")
        # A description that refers back names its person already: "Menurut pelatih asal Argentina tersebut,
        # Misbakus Solikin dan kolega bisa ..." opens a clause ("kata pengacaranya, Eric Corngold dan Mary
        # Mulligan" names the speakers)
        nxt = (rest[nm.end() :].split(None, 1) or [""])[0] if nm else ""
        if (after and (" " in after or not name) and _is_name(_after_ranks(after))
                and not (" " in name and nxt in _NAME_PARTICLES)
                and not (nxt in ("dan", "serta") and _refers_back(mention))):
            mention = f"{mention}, {after}"
    return mention


# words that open a sentence with its circumstances, before the subject: "Dalam sambutannya, ...",
# "Di tempat yang sama, ...", "Usai rapat, ..." (not a topic: "Terkait ucapan Ketua X, Susi meminta")
_OPENING_WORDS = {"dalam", "di", "pada", "saat", "ketika", "usai", "seusai", "sementara", "sedangkan", "namun",
                  "adapun", "kemudian", "sebelumnya", "terpisah", "kepada"}


def _after_opening(clause: str) -> str:
    """The clause from its first office on, after an opening of circumstances: "Dalam sambutannya
    Menteri Kelautan dan Perikanan", "Sementara, Ketua FPI Kota Sukabumi" (but "Ombudsman RI
    Perwakilan Bali" and "Majelis Hakim" stay whole)."""
    words = clause.split()
    k = next((k for k, w in enumerate(words[:6]) if w[:1].isupper() and w.lower() in _OFFICE_HEADS), 0)
    if k and words[0].strip(",").lower() in _OPENING_WORDS and all(w[:1].islower() for w in words[1:k]):
        return " ".join(words[k:])
    return clause


def _names_holder(role: str) -> bool:
    """Whether ``role`` ends with the name of its holder, two name words or more ("Ketua Pansus Angket KPK
    Agun Gunandjar"): then it is the subject, not an appositive ("Sejalan, Ketua Pansus ... menegaskan")."""
    name = _split_mention(role)[0]
    return name.count(" ") >= 1 and role.endswith(name) and _is_name(name) and not _is_institution(name)


def _names_no_person(name: str) -> bool:
    """Whether capitalised words before a comma are no person's name: an opening ("Sejalan", "Toh",
    "Mengutip ZDnet", "Di Munaslub"), an acronym ("WIB") or a place ("Jawa Barat")."""
    from ._stem import is_root_word

    words = name.split()  # (an opening word, "Di Munaslub", is ruled out before this is asked)
    return (name.isupper() or _is_place_name(name) or _is_derived_word(words[0])
            or (len(words) == 1 and is_root_word(name.lower())))


def _mention_before(prefix: str) -> str:
    """The subject of a reporting verb: the end of the clause before it."""
    prefix = _DEGREE.sub("", _HONORIFIC.sub("", _AGE.sub("", prefix).rstrip(" ,")))
    # "Salah seorang warga, Suryani, yang mengurus akta, mengaku", "Sekda X, Parlindungan Sitorus,
    # dalam sambutannya mengatakan": what follows the subject is not part of it
    prefix = _DAY_OPENING.sub("", _RELATIVE_END.sub("", _NICKNAME_END.sub("", prefix)))
    # "Andi Pratiwi, analis data pada Dinas X, mengaku": the appositive after the name is the role
    # ("Kepada DailySocial, CMO Jakmall Tommy Lim mengungkapkan": an opening, not a name, before the comma)
    m = _NAME_APPOSITIVE.search(prefix)
    if (m and _opens_role(m.group("app").split()) and m.group("name").lower() not in _NOT_A_NAME
            and m.group("name").split()[0].lower() not in _OPENING_WORDS
            and not (_names_holder(m.group("app")) and _names_no_person(m.group("name")))):
        return f"{m.group('app')}, {m.group('name')}"
    # "Kepala Biro X, Nofrizal Tanjung, menyampaikan": keep "Role, Name" together, and the
    # whole role where it runs on ("Narasumber dari Biro Organisasi Setda Sumsel, Rizki Putra")
    clause = _CLAUSE_BREAK.split(prefix)[-1]
    clause = _after_opening(_CONNECTIVE.sub("", clause))
    head, _, tail = clause.rpartition(", ")
    first = head.split()[:1]
    # ("Salah satu peserta dari BKPSDM Gunungkidul, Sri Wahyuningsih": a description holds the role)
    if first and len(tail.split()) <= 5 and _is_name(tail) and (
            first[0].lower() in _OFFICE_HEADS or _DESCRIBED.match(head)):
        return clause.strip()
    # "Ditanya soal upah, Syarifah menjelaskan", "Usai dilantik, Frans mengatakan": an opening phrase
    # that holds no office, then the subject, a body too ("Dalam paparannya, Badan Pusat Statistik menyebut");
    # not "Kepala Biro Hukum, Komunikasi dan Informasi ... Herman"; nor "..., Bustang di Palu, Selasa",
    # where a day after the subject is context
    if (first and not any(map(_is_office_word, head.split()))
            and tail[:1].isupper() and not _STOP.search(" " + tail)
            and (_is_name(tail.split(" ")[0]) or tail.split()[0].lower() in _OFFICE_HEADS or _is_institution(tail))):
        clause = tail
    # "Sekda Kalsel dalam kesempatan terpisah menyebut", "Bupati juga mengingatkan", "Wakil Bupati
    # Ketut Sudiasa mengapresiasi langkah itu dan meminta"
    # "Duta besar Inggris untuk Amerika Serikat Kim Darroch": an office "untuk" a body or a country,
    # then its holder's name, is one mention
    u = _FOR_UNIT.search(clause)
    # ("Duta Besar Korea Utara untuk Perserikatan Bangsa-bangsa (PBB) New York": a place after the body)
    if not (u and not _STOP.search(clause[: u.start()]) and "(" not in u.group(0)
            and " " in _split_mention(clause)[0]):
        clause = _STOP.sub("", clause)
    clause = _NAME_THEN_VERB.sub(r"\1", _FILLER_END.sub("", clause))
    return clause.strip()


# --------------------------------------------------------------------------- extraction


def _direct_spans(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of text between matching quotation marks, within one paragraph."""
    out = []
    for bs, be in blocks:
        i = bs
        while True:
            m = _OPEN_MARK.search(text, i, be)
            if not m:
                break
            ch = m.group(0)
            j = text.find("”" if ch == "“" else '"', m.end(), be)
            if ch == "“" and j < 0:
                j = text.find('"', m.end(), be)
            if j < 0:  # unclosed: skip the mark, swallow nothing
                i = m.end()
                continue
            out.append((m.start(), j + 1))
            i = j + 1
    return out


def _is_speech(text: str, s: int, e: int, block_start: int) -> bool:
    inner = text[s + 1 : e - 1].strip()
    words = inner.split()
    if not words or _TITLE_BEFORE.search(text[max(block_start, s - 30) : s]):
        return False
    cue_after = bool(_AFTER.match(text[e : e + 40]))
    if cue_after:
        return True
    if len(words) < 3:
        return False
    ends_like_speech = bool(_SPEECH_END.search(inner))
    cue_before = bool(_CUE_BEFORE.search(text[max(block_start, s - 80) : s]))
    return ends_like_speech or cue_before


# after a quote: '..." tertulis dalam putusan MA', '..." bunyi Pasal 2 PMK itu' (a document's wording), '..."
# bunyi pernyataan Gedung Putih' (the body whose statement it is speaks)
_WRITTEN = re.compile(r"^[\s,]*(?:tertulis|(?:ber)?bunyi\s+(?:lanjutan\s+)?"
                      r"(?P<statement>(?:pernyataan|keterangan|siaran)(?:\s+(?:pers|tertulis|resmi))*\s+)?)",
                      re.IGNORECASE)


def extract_quotes(text: str, sentences: list[Sentence], blocks: list[tuple[int, int]]) -> list[Quote]:
    """All direct and indirect quotes of an article, in text order (scores unset)."""
    people = _People(text, blocks)
    directs = [(s, e) for s, e in _direct_spans(text, blocks) if _is_speech(text, s, e, _block_of(blocks, s))]
    direct_sentences = set()
    for s, e in directs:
        for k, sent in enumerate(sentences):
            if sent.start < e and s < sent.end:
                direct_sentences.add(k)
    events: list[tuple[int, int, str, str, str]] = []
    for s, e in directs:
        after = text[e : min(len(text), e + 200)]
        m = _AFTER.match(after)
        cue, mention = "", ""
        if m:
            cue = m.group("cue").lower()
            if m.group("nya"):
                mention = "nya"
            else:
                mention = _mention_after(after[m.end() :])
        elif w := _WRITTEN.match(after):
            if not w.group("statement"):  # a document's wording
                continue
            cue, mention = "bunyi", _mention_after(after[w.end() :])
            if mention.lower() in ("tersebut", "itu", "ini"):  # "bunyi pernyataan tersebut": said before
                mention = ""
        else:
            bs = _block_of(blocks, s)
            before = text[bs:s]
            vm = None
            for vm in _SUBJECT_VERB.finditer(before):
                pass
            if vm and len(before) - vm.end() < 40:
                cue = vm.group("verb").lower()
                mention = _mention_before(before[: vm.start()])
            elif _COLON_END.search(before):
                cue = ":"
                mention = _mention_before(before.rstrip()[:-1])
        if not _is_document(mention):  # "..., demikian bunyi Inpres tersebut": a document's wording
            events.append((s, e, "direct", cue, mention))
    for k, sent in enumerate(sentences):
        if k in direct_sentences:
            continue
        ev = _indirect(sent)
        if ev:
            events.append(ev)
    events.sort()
    # a pronoun's antecedent is never inside a quote, nor in the page furniture between blocks
    skip = sorted(directs + _between(blocks, len(text)))
    quotes = []
    for s, e, kind, cue, mention in events:
        speaker, role = _resolve(mention, people, s, skip)
        quotes.append(
            Quote(text[s:e], s, e, kind=kind, cue=cue, speaker=speaker, role=role, speaker_mention=mention)
        )
        # "ujarnya" refers to a person, not to a body or a country ("Israel menyebut bahwa ... '...,' kata dia")
        if speaker and speaker not in people.bodies and not _is_place_name(speaker):
            people.last, people.last_at = speaker, e
        elif not speaker and mention and mention.lower() not in _PRONOUNS:
            # "kata sumber yang enggan disebut namanya": an unnamed speaker is the one "katanya" refers to
            people.last, people.last_at = "", e
    # roles learnt later in the article fill earlier gaps
    out = []
    for q in quotes:
        role = _without_name(people.role_of(q.speaker, q.role), q.speaker) if q.speaker else q.role
        out.append(q if role == q.role else _replace(q, role=role))
    return out


def _without_name(role: str, speaker: str) -> str:
    """A role less the start of its speaker's name, up to an initial, where it swallowed it:
    "Menteri Hukum dan HAM Yasonna H" for Yasonna H Laoly, "Kepala Balai TNGR R" for R Agus Budi
    Santosa (an initial ends a role only by mistake)."""
    r, n = role.split(), speaker.split()
    for k in range(min(len(r) - 1, len(n)), 0, -1) if r and _is_initial(r[-1]) else ():
        if r[-k:] == n[:k]:
            return " ".join(_without_rank(r[:-k]))  # "... Bareskrim Polri AKBP M" for M Rivai Arvan
    return role


def _replace(q: Quote, **kw) -> Quote:
    from dataclasses import replace

    return replace(q, **kw)


_SENTENCE_END = re.compile(r"(?<=[a-z]{3})[.!?]\s+")
_PERSON_RUN = re.compile(r"(?<![\w.])([A-Z][a-z'’]+(?:[ \u00a0]+[A-Z][a-z'’]+){1,3})(?![\w])")


# a name that opens a sentence (after an opening word and its comma, if any) as the subject of a verb: "Budi
# Karya mengapresiasi peluncuran ...", "Namun, Bambang tak patah arang."
_SUBJECT_NAME = re.compile(r"(?:(?<=[.!?]\s)|^)(?:[A-Z][a-z]+,\s+)?([A-Z][a-z'’]+(?:[ \u00a0]+[A-Z][a-z'’]+){0,3})"
                           r"\s+(?=[a-z])", re.MULTILINE)
# after a subject: one of a list ("Aburizal dan Prayogo"), or a thing ("Kereta tersebut membawa")
_NOT_ONE_SUBJECT = ("dan ", "serta ", "tersebut", "itu ", "ini ")
_SUBJECT_REACH = 500  # characters before the pronoun: a subject further back is seldom what it means


def _last_person_before(people: _People, pos: int, skip: list[tuple[int, int]], start: int = 0) -> str:
    """A pronoun's antecedent in ``text[start:pos]`` outside the ``skip`` spans (sorted, not overlapping:
    quotes and furniture): the last "Role Name Name" mention, or a later sentence's subject named alone
    whom the article names in an office ("Budi Karya mengapresiasi ..." after "Menteri Perhubungan Budi
    Karya Sumadi"), after the last direct quote (whoever spoke it) and at most ``_SUBJECT_REACH`` back."""
    text = people.text
    best, best_at = "", -1
    after_quote = max([start, pos - _SUBJECT_REACH] + [e for s, e in skip if e <= pos and text[s] in "“\""])
    for m in _SUBJECT_NAME.finditer(text, after_quote, pos):
        name = m.group(1)
        if text.startswith(_NOT_ONE_SUBJECT, m.end()) or not _is_name(name) or _is_place_name(name):
            continue
        # the name opens or closes the person's fullest name: "Vietjet Air" is no part of "Nguyen Thanh Hung"
        full, at = people.full_name(name)
        if full.startswith(name + " ") or full.endswith(" " + name):
            role = people.role_at(at)
            if role and _opens_office(role.split()):
                best, best_at = name, m.start()
    for m in _PERSON_RUN.finditer(text, max(start, best_at + 1), pos):
        k = bisect_right(skip, (m.start(), len(text))) - 1  # the last span starting at or before the match
        if k >= 0 and m.start() < skip[k][1]:
            continue
        # the words before it in its own sentence ("... 600 orang peserta. Camat Pasar Kemis, Agus"), after
        # any quote ('"... Calon Gubernur Basuki," kata Direktur Voxpol Center, Pangi')
        lo = max(m.start() - 80, skip[k][1] if k >= 0 else 0, 0)
        before = _SENTENCE_END.split(text[lo : m.start()])[-1].split()
        words = before[-8:] + m.group(1).split()
        name, role = _split_mention(" ".join(words))
        # an official, not "pengunjung Pulau X", nor a place ("Pemilihan Kepala Daerah (Pilkada) Jawa Timur")
        if name and role and _opens_office(role.split()) and not _is_place_name(name):
            # an object is no antecedent: "kasus yang menjerat Gubernur Annas Makmun", "kepada Bupati X",
            # "kata Menlu Turki Mevlut Cavusoglu kepada Qatari News Agency"
            at = len(words) - 1 - words[::-1].index(role.split()[0]) if role.split()[0] in words else 0
            if not (at and _is_object_marker(words[at - 1])) and not (before and _is_object_marker(before[-1])):
                best = name
    return best


def _after_office_and(text: str, at: int) -> bool:
    """Whether ``text[at:]`` follows "dan" that joins two fields of a capitalised office: "Direktur
    Angkutan dan |Logistik Pelni", "Deputi Bidang Usaha Pertambangan, Industri Strategis dan |Media"."""
    words = text[max(0, at - 80) : at].split()
    return (len(words) >= 3 and words[-1] == "dan" and words[-2][:1].isupper()
            and any(_is_office_word(w) and w[:1].isupper() for w in words[-7:-1]))


def _is_place_name(name: str) -> bool:
    """Whether every word of ``name`` names a place or a direction: "Jawa Timur", "Sumatera Selatan"."""
    return all(w.lower() in _PLACE_WORDS or w.lower() in _DIRECTIONS for w in name.split())


def _is_object_marker(word: str) -> bool:
    """A word after which a person is an object: an active verb ("menjerat", "menemui"), "kepada", a
    time named after an office's holder ("Pada era Presiden Soeharto, rambu itu ..."), or what a thing
    is about or based on ("berdasarkan Konvensi Wina")."""
    return word in ("kepada", "terhadap", "era", "masa", "zaman", "pemerintahan", "berdasarkan", "tentang",
                    "mengenai") or (
        word[:2] == "me" and word.isalpha() and word.islower() and _is_derived_word(word.capitalize()))


_ORIGIN = re.compile(r"^(?P<head>[^,]+?)\s+(?:asal|kelahiran)\s[^,]+(?:,\s*(?P<tail>\S+).*)?$")


def _refers_back(mention: str) -> bool:
    """A mention that refers back like a pronoun: a description by origin (see _is_description), or a
    phrase closed by a demonstrative, "mantan Direktur Pelaksana Bank Dunia ini"."""
    return (mention.count(" ") > 0 and mention.rsplit(" ", 1)[-1].lower() in ("ini", "itu", "tersebut")
            or _is_description(mention))


def _is_description(mention: str) -> bool:
    """A person described by a common noun and an origin: "Pelatih asal Brasil ini", "bek asal Jerman",
    "pria kelahiran Balikpapan, Kalimantan Timur" (the place is no name). Not "nelayan asal Kelurahan
    Mandati, La Ode Hamiruddin", where the name follows."""
    m = _ORIGIN.match(mention)
    if not m or (m.group("tail") and m.group("tail").lower() not in _PLACE_WORDS):
        return False
    return all(w.islower() or w.lower() in _PERSON_NOUNS or _is_affixed(w) for w in m.group("head").split())


_UNNAMED_SOURCE = re.compile(r"(?:(?:[Ss]alah\s+)?(?:seorang|satu)\s+|[Bb]eberapa\s+)?[Ss]umber\b(?!\s+[A-Z])")


# a pronoun the writer makes clear in brackets: "mereka (PT Duta Palma) meminta", "kata dia (Lucky)"
_CLARIFIED = re.compile(r"(?:dia|ia|mereka|beliau|nya)\s*\(([A-Z][^()]*)\)$", re.IGNORECASE)


def _resolve(mention: str, people: _People, at: int = 0, skip: list | None = None) -> tuple[str, str]:
    clarified = _CLARIFIED.match(mention)
    if clarified:
        mention = clarified.group(1)
    if _refers_back(mention):
        mention = ""
    if not mention or mention.lower() in _PRONOUNS:
        if skip is not None:
            # a person introduced after the last speaker's quote is the nearer antecedent
            found = _last_person_before(people, at, skip, start=people.last_at)
            if found:
                full = people.add(found, "")
                return full, people.roles.get(full, "")
        return people.last, people.roles.get(people.last, "")
    if _is_institution(mention):  # a body speaks in no office
        body, person = people.institution(mention)
        if not person:
            return body, ""
        mention = person
    name, role = _split_mention(mention)
    if name and role and f"{role} {name}" in mention and _is_client(name, role, people):
        # "Tim kuasa hukum Miryam": the lawyer speaks, named after a comma ("kuasa hukum Basuki Tjahaja
        # Purnama atau Ahok, Fifi Lety Indra") or where the article gives that role, if anywhere
        role = f"{role} {name}"
        lawyer = mention.rpartition(", ")[2]
        if lawyer not in role and _is_name(lawyer):
            full = people.add(lawyer, role)
            return full, people.role_of(full, role)
        held = [h for h in people.holding(role) if h[0] != h[1]]
        return held[0] if held else ("", role)
    if not name and role and role.split()[0] in _PERSON_NOUNS:
        # "ujar pensiunan jenderal itu": a description, not an office, refers back like a pronoun
        return _resolve("", people, at, skip)
    if _UNNAMED_SOURCE.match(mention):  # "kata sumber yang enggan disebut namanya"
        return "", ""
    if not name:
        # "tegas Deputi DKK", "kata Sekda": a role alone names the speaker holding it; a person named in
        # it rather than the office that spoke alone before the article named anyone ("kata Menteri Luar
        # Negeri" ... "Menurut Menlu Retno" ... "Menlu menjelaskan")
        held = people.holding(role)
        if held:
            return next((h for h in held if h[0] != h[1]), held[0])
        if role and (not people.last or people.roles.get(people.last)):
            # "kata Bupati" before anyone else spoke, or after someone of another known office
            # spoke: the person the article names in that office, else the office itself, as
            # fully as the article writes it
            holder, office = people.holder(role)
            if holder:
                full = people.add(holder, office)
                return full, people.role_of(full, office)
            office = people.office(role)
            people.roles.setdefault(office, office)  # a later "kata Bupati" is the same office
            return office, office
        if people.last and role and not people.roles.get(people.last):
            people.roles[people.last] = role
        return people.last, role or people.roles.get(people.last, "")
    full = people.add(name, role)
    return full, people.role_of(full, role)


def _lawyers_role(role: str) -> tuple[str, list[str]] | None:
    """A lawyer's role written right before a person, whose client that person may be: its head
    ("kuasa hukum", "pengacara") and the words after it, which describe the client ("aktor", "mantan
    Menteri Kesehatan"); None for any other role, or one that names the client itself ("kuasa hukum
    Setnov" in "kuasa hukum Setnov, Fredrich Yunadi")."""
    words = role.split()
    if words[:1] and words[0].lower() == "tim":
        words = words[1:]
    if " ".join(words[:2]).lower() == "kuasa hukum":
        head, rest = "kuasa hukum", words[2:]
    elif words[:1] and words[0].lower() == "pengacara":
        head, rest = "pengacara", words[1:]
    else:
        return None
    if rest and not _opens_office(rest):
        # a description of the client ("aktor"); after "pengacara", of the lawyer ("pengacara muda")
        return (head, rest) if head == "kuasa hukum" and all(w.islower() for w in rest) else None
    return None if rest and _split_mention(" ".join(rest))[0] else (head, rest)


def _is_client(name: str, role: str, people: _People) -> bool:
    """Whether the person ``name`` written right after ``role`` is a lawyer's client, not the lawyer:
    "kuasa hukum Axel", "Kuasa hukum aktor Harrison Ford", "Tim kuasa hukum mantan Menteri Kesehatan Siti
    Fadilah Supari"; "pengacara Yingluck" too when the article writes the name more fully elsewhere (not
    "pengacara Anton Taofik", a lawyer's title)."""
    lawyer = _lawyers_role(role)
    return lawyer is not None and (_surely_client(lawyer) or people.full_name(name)[0] != name)


def _surely_client(lawyer: tuple[str, list[str]]) -> bool:
    """Whether a lawyer's role (see :func:`_lawyers_role`) makes the person after it a client by its
    words alone: "kuasa hukum" always, "pengacara" when the client is described ("pengacara mantan
    Menteri X"), not alone ("pengacara Anton Taofik" is a lawyer's title)."""
    head, rest = lawyer
    return head == "kuasa hukum" or bool(rest)


# a reporting verb reports no speech after a word of purpose ("Kini Doha bergantung pada Iran untuk
# memastikan pasokan"), of obligation, wish, ability or time to come ("Gubernur wajib menyampaikan visi
# misi", "Obama akan menyampaikan pidatonya", "Warga dapat menyampaikan keluhan"), or of negation
# ("Menlu Retno tidak membeberkan isi pertemuan")
_NOT_SAID = re.compile(
    r"\b(?:untuk|guna|agar|supaya|demi|wajib|harus|perlu|mesti|hendak|ingin|akan|bisa|dapat|tidak|tak|belum|enggan)"
    r"\s+$",
    re.IGNORECASE,
)


def _indirect(sent: Sentence) -> tuple[int, int, str, str, str] | None:
    t = sent.text
    m = _PASSIVE_START.match(t)
    if m:
        rest = t[m.end() :]
        rest = _OLEH.sub("", rest)
        mention = "nya" if m.group("nya") else _mention_after(rest)
        return (sent.start, sent.end, "indirect", m.group("cue").lower(), mention)
    m = _MENURUT.search(t) if "enurut" in t else None
    if m and m.start() < 40:
        mention = "nya" if m.group("nya") else _mention_after(t[m.end() :])
        if mention and not _FIRST_PERSON.match(mention) and not _is_document(mention):
            return (sent.start, sent.end, "indirect", "menurut", mention)
    m = _MID.search(t)
    if m:
        mention = "nya" if m.group("nya") else _mention_after(t[m.end() :])
        cue = m.group("cue").lower()
        if mention and (mention.lower() in _PRONOUNS or mention[0].isupper()) and not _is_document(mention):
            return (sent.start, sent.end, "indirect", cue, mention)
    m = _SUBJECT_VERB.search(t)
    if m and m.start() > 0 and not _NOT_SAID.search(t, 0, m.start()):
        mention = _mention_before(t[: m.start()])
        if mention and not _is_document(mention) and (
                mention.lower() in _PRONOUNS or _is_speaker_mention(mention) or _is_description(mention)
                or (_is_institution(mention) and _body_speaks(m, t))):
            cue = m.group("verb").lower() + (m.group("conj") or "").lower()
            return (sent.start, sent.end, "indirect", cue.strip(), mention)
    return None


# guideline 3: documents (a regulation's wording, a report) are not speakers: "Menurut data BPS", "Hasil audit BPKP
# menyebut", "demikian bunyi Inpres tersebut", "Pasal 73 menyebutkan"; and regulations by name: "Inpres itu
# menyatakan", "Menurut UU Pemilu" ("PP" is left out: "PP Muhammadiyah" is a body)
_DOCUMENTS = frozenset(
    "bunyi pasal data hasil laporan dokumen putusan undang-undang uu inpres perpres keppres permen perda pergub "
    "perbup perwal riset studi penelitian survei kajian".split()
)


def _is_document(mention: str) -> bool:
    """Whether ``mention`` names a document or a study, also after an opening word ("Sementara riset The
    Mail menyebut")."""
    words = mention.split(None, 2)[:2] if mention[:1].isalpha() else []
    if words and words[0].lower() in _OPENING_WORDS:
        words = words[1:]
    return bool(words) and words[0].lower() in _DOCUMENTS


# the words a body that speaks as such opens with (guideline 3: "Institutions (Ombudsman, BKN, KPK) can be
# speakers"): "Badan Pusat Statistik menyebut", "Dinas Kesehatan juga mengimbau", "Polda Bali menyatakan"
_BODY_HEADS = frozenset(
    """
    kementerian kementrian badan dinas komisi lembaga otoritas direktorat ditjen biro sekretariat setda setjen
    inspektorat itjen ombudsman kejaksaan kejagung kejati kejari kepolisian polri polda polres polresta polrestabes
    pengadilan pemerintah pemkab pemkot pemprov pemda bappeda bappenas bapenda dukcapil disdukcapil diskominfo pt
    """.split()
)
# "BKN", "KPK", "DPRD", "KemenPAN-RB": an abbreviation names a body
_ABBREVIATION = re.compile(r"(?:[A-Z]{2,8}|Kemen[A-Z]{2,8})(?:-[A-Z]{1,4})?")


@lru_cache(maxsize=4096)  # pure, and an article repeats its mentions
def _is_institution(mention: str) -> bool:
    """A body named as such: "BKN", "Kemendagri", "Kementerian Dalam Negeri (Kemendagri)", "Dinas PUPR";
    not a person in its office ("Kepala Dinas PUPR", "JPU") nor a place or title alone ("DKI", "AKBP")."""
    words = mention.split()
    if not words or len(words) > 10 or "," in mention:
        return False
    first = words[0]
    if len(words) == 1 and _ABBREVIATION.fullmatch(first):
        low = first.lower()
        return low not in PLACES and low not in _OFFICE_HEADS and low not in _RANKS and first not in _TITLES
    if not (_is_ministry(first) or (first[:1].isupper() and first.lower() in _BODY_HEADS)):
        return False
    # the rest of a body's name is capitalised: "Dinas Kesehatan Kota Denpasar", "Kementerian Dalam Negeri
    # (Kemendagri)", "Kementerian PANRB dan Bappenas"; not "Pemerintah juga berencana"
    return all(w[:1].isupper() or w[:1] == "(" or w in ("dan", "&") for w in words[1:])


def _body_speaks(verb: re.Match, sentence: str) -> bool:
    """Whether a body's verb reports what it said: "Dukcapil DKI menambahkan panduan bergambar" adds a
    thing, "BKN menambahkan, ..." and "Itjen memaparkan bahwa ..." speak."""
    return (verb.group("verb").lower() not in ("menambahkan", "memaparkan") or bool(verb.group("conj"))
            or sentence[verb.end() : verb.end() + 1] == ",")


def _is_speaker_mention(mention: str) -> bool:
    """A person ("Budi", "Kepala Dinas Budi") or an office alone ("Bupati", "Sekretaris Daerah Kalsel")."""
    name, role = _split_mention(mention)
    first = mention.split()[0]
    if name:  # "warga Ampenan, Hamdan": a resident has no office but is a person
        return mention[0].isupper() or bool(role) or first.lower() in _OFFICE_HEADS
    return first[:1].isupper() and first.lower() in _OFFICE_HEADS and len(mention.split()) <= 12


def _between(blocks: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The spans around the article's blocks, before, between and after them: its page furniture."""
    return list(zip([0] + [e for _, e in blocks], [s for s, _ in blocks] + [length]))


def _block_of(blocks: list[tuple[int, int]], pos: int) -> int:
    for s, e in blocks:
        if s <= pos < e:
            return s
    return 0


def rank_quotes(quotes: list[Quote], sentences: list[Sentence], sentence_scores) -> list[Quote]:
    """Give each quote a key-quote score in [0, 1] from the summary scores of its sentences.

    The summariser's sentence score already combines centrality, position, title
    overlap and theme relevance; a quote takes the best score among the
    sentences it overlaps, with a small preference for direct speech.
    ``sentences`` are the article's, in text order.
    """
    if not quotes:
        return []
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    scores = [float(sc) for sc in sentence_scores]
    raw = []
    for q in quotes:
        # the sentences it overlaps: those that end after it starts and start before it ends
        overlapped = scores[bisect_right(ends, q.start) : bisect_left(starts, q.end)]
        raw.append(max([0.0, *overlapped]) * (1.1 if q.kind == "direct" else 1.0))
    top = max(raw) or 1.0
    return [_scored(q, round(r / top, 4)) for q, r in zip(quotes, raw)]


def _scored(q: Quote, score: float) -> Quote:
    """``dataclasses.replace(q, score=score)`` without its generic walk over the fields."""
    return Quote(q.text, q.start, q.end, q.kind, q.cue, q.speaker, q.role, score, q.speaker_mention)
