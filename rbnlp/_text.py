"""Indonesian text stage: page-furniture removal, sentence splitting, tokens.

Everything here returns character offsets into the text it was given; nothing is
rewritten. Page furniture (GUIDELINE section 4) is found line by line: a scraped
article keeps its furniture on lines of its own (comment forms, "Baca Juga:"
links, share and donation widgets, tag lists, "Editor:" lines, repeated photo
captions), and a few markers end the article outright ("Leave a Reply",
"Bagikan artikel ini", "Apresiasi Spesial").
"""

from __future__ import annotations

import re
from typing import Iterator

from ._memo import Recent
from ._spans import Sentence

__all__ = [
    "boilerplate_spans",
    "content_blocks",
    "split_sentences",
    "split_block",
    "tokenize",
    "token_spans",
]

# --------------------------------------------------------------------------- furniture

# A line starting with one of these ends the article: all that follows is furniture.
_TERMINAL = re.compile(
    r"""^(?:leave\ a\ reply|tinggalkan\ (?:balasan|komentar|a\ reply)|
        bagikan\ artikel|bagikan\ berita|share\ this|apresiasi\ spesial|
        kirimkan\ apresiasi|artikel\ pilihan|berita\ terkait|artikel\ terkait|
        related\ posts?|komentar\ \(\d+\)|(?:tags?|topik|kata\ kunci)\s*:?\s*$)""",
    re.VERBOSE,  # matched against the lower-cased line
)

# A line starting with a label like these is furniture by itself.
_LABEL_LINE = re.compile(
    r"""^(?:baca\ (?:juga|selengkapnya|pula)|lihat\ juga|simak\ juga|simak\ video|
        editor|penulis|reporter|pewarta|penyunting|redaktur|fotografer|foto|sumber\ foto|
        halaman|tags?|topik|kata\ kunci|keywords?|dapatkan\ update|ikuti\ (?:kami|berita))
        \s*:""",
    re.VERBOSE,  # matched against the lower-cased line
)

# Whole lines that are furniture wherever they stand (compared lower-cased, stripped).
_FURNITURE_LINES = frozenset(
    """
    scroll to continue|scroll to continue with content|scroll untuk melanjutkan|advertisement|
    advertorial|iklan|x|oke|ok|share|bagikan|tweet|whatsapp|facebook|twitter|telegram|line|
    copy link|salin link|salin tautan|login|masuk|daftar|atau|terkait|terkini|terpopuler|
    populer|rekomendasi|halaman|tags|tag|your email address will not be published.|
    required fields are marked *|
    your email address will not be published. required fields are marked *|
    alamat email anda tidak akan dipublikasikan.|
    alamat email anda tidak akan dipublikasikan. ruas yang wajib ditandai *|
    ruas yang wajib ditandai *|comment|komentar|name|nama|email|website|situs web|
    post comment|kirim komentar
    """.replace("\n", "").split("|")
)
_FURNITURE_LINES = frozenset(x.strip() for x in _FURNITURE_LINES)

_CAPTCHA = re.compile(r"^\d+\s*[-+x×*/]\s*\d+\s*=\s*\??\s*$")
# 28/9/2022, 17.31 WIB, 5 Januari 2023 (the shared leading digits let the engine skip ahead)
_DATE = re.compile(
    r"\d{1,2}(?:/\d{1,2}/\d{2,4}|[:.]\d{2}\s*(?:WIB|WITA|WIT)\b|"
    r"\s+(?:Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Agt|Sep|Okt|Nov|Des)[a-z]*\s+\d{4})",
    re.IGNORECASE,
)
_CAPTION_MARK = re.compile(
    r"\bDOK\.|\b(?:FOTO|Foto|Dok)\s*:|\(\s*(?:FOTO|Foto|Dok)\b|/\s*[A-Z][\w ]{1,40}/[\w ]{1,40}\s*$"
)
_CAPTION_HINT = re.compile("/|DOK|Dok|Foto|FOTO")  # a caption mark contains one of these
_SENT_END = re.compile(r"[.!?…:\"”’)]\s*$")
_WORDS = re.compile(r"[^\W\d_]+")
_THREE_WORDS = re.compile(r"[^\W\d_]+[\W\d_]+[^\W\d_]+[\W\d_]+[^\W\d_]")
_DOTTED_ABBREV = re.compile(r"(?:[a-z]{1,4}\.)+[a-z]{0,4}")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|id|co\.id|net|org)\b", re.IGNORECASE)
_LINE = re.compile(r"[^\r\n]+")


def _lines(text: str) -> list[tuple[int, int]]:
    """Offsets of the non-blank lines of ``text``, stripped of surrounding space."""
    out = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


_DATELINE_MAX = 120  # characters; the longest dateline line in the corpora has 46


def _is_dateline(line: str) -> bool:
    """A line of dates, times and domains with at most three other words ("Kompas.com - 28/09/2022")."""
    if len(line) > _DATELINE_MAX or not _DATE.search(line):
        return False
    rest = _DATE.sub(" ", line)
    rest = _DOMAIN.sub(" ", rest)
    return len(_WORDS.findall(rest)) <= 3


def _classify(text: str, lines: list[tuple[int, int]]) -> list[bool]:
    """Return, for each line, whether it is furniture."""
    furniture = [False] * len(lines)
    normed = [" ".join(text[s:e].split()) for s, e in lines]
    ended = False
    for i, line in enumerate(normed):
        low = line.lower()
        if ended or _TERMINAL.match(low):
            ended = True
            furniture[i] = True
            continue
        furniture[i] = bool(
            low in _FURNITURE_LINES
            or _LABEL_LINE.match(low)
            or _CAPTCHA.match(line)
            or not _WORDS.search(line)
            or (_CAPTION_HINT.search(line) and _CAPTION_MARK.search(line))
            or _is_dateline(line)
            or (not _THREE_WORDS.search(line) and not _SENT_END.search(line) and len(lines) > 1)
        )
    # Photo captions repeated from the page: a line that recurs (or begins another line).
    by_head: dict[str, list[int]] = {}
    for i, line in enumerate(normed):
        if len(line) >= 40:
            by_head.setdefault(line[:40], []).append(i)
    for idx in by_head.values():
        for a, i in enumerate(idx):
            for j in idx[a + 1 :]:
                la, lb = normed[i], normed[j]
                if lb.startswith(la) or la.startswith(lb):
                    furniture[i] = furniture[j] = True
    return furniture


# An article's opening dateline: place and outlet before a dash ("Jakarta, CNN Indonesia--",
# "Merdeka.com-", "JAKARTA, KOMPAS.com -", "Bantul (ANTARA News) -"), at most six tokens.
_DATELINE_TOKEN = r"(?:[A-Z][\w.&'’]*|\([^()\n]{2,30}\)|[\w-]+\.(?:com|co\.id|co|id|net|org)\b)"
_OPENING_DATELINE = re.compile(
    rf"(?P<outlet>{_DATELINE_TOKEN}(?:[ ,\xa0]+{_DATELINE_TOKEN}){{0,5}})[ \xa0]*(?:--|[-–—])[ \xa0]*"
    r"(?:(?P<place>[A-Z][a-z]+)\.[ \xa0]+)?"  # "Channel9.id-Jakarta. Kepala ..."
    r"(?=[A-Z0-9“\"‘'])"
)
_CAPS_WORD = re.compile(r"\b[A-Z]{3,}\b")
_DATELINE_SEARCH = 3  # the dateline opens one of the first few lines (after the title, say)
_TITLE_WORDS = 25  # a line of more words is a paragraph even without a final period


def _opening_dateline(text: str, blocks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Index of the block that opens with the article's dateline, and where its text starts.

    A dateline needs an outlet's mark: a domain or a parenthesised outlet
    ("Suara.com-", "(ANTARA News)"), or, at the start of the first paragraph, a
    word in capitals or a single word ("JAKARTA –", "Rimanews-"). A line before
    that paragraph (a title: short, and it ends no sentence) needs the first kind, so
    "Jokowi-Prabowo Bertemu" and "KPK – Lembaga Antirasuah" stay as written.
    """
    for i, (s, e) in enumerate(blocks[:_DATELINE_SEARCH]):
        paragraph = _SENT_END.search(text, s, e) is not None or text.count(" ", s, e) >= _TITLE_WORDS
        m = _OPENING_DATELINE.match(text, s, e)
        if m:
            place = m.group("place")
            end = m.start("place") if place and place.lower() in _ABBREV else m.end()  # "- Dr. Budi"
            outlet = m.group("outlet")
            strong = _DOMAIN.search(outlet) or "(" in outlet
            weak = _CAPS_WORD.search(outlet) or len(outlet.split()) == 1
            if end < e and (strong or (paragraph and weak)):
                return i, end
        if paragraph:
            break
    return None


def _page(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The article's own spans and the furniture's spans, each in order."""
    lines = _lines(text)
    flags = _classify(text, lines)
    content = [span for span, f in zip(lines, flags) if not f]
    furniture = [span for span, f in zip(lines, flags) if f]
    found = _opening_dateline(text, content)
    if found:
        i, start = found
        s, e = content[i]
        cut = start
        while cut > s and text[cut - 1].isspace():
            cut -= 1
        content[i] = (start, e)
        furniture = sorted(furniture + [(s, cut)])
    return content, furniture


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the page furniture of a scraped article.

    Parameters
    ----------
    text : str
        The article as scraped.

    Returns
    -------
    list of (start, end)
        Spans judged furniture (GUIDELINE section 4), in order: whole lines, and
        the outlet's dateline that opens the article ("Jakarta, CNN Indonesia--").

    Examples
    --------
    >>> text = "Isi berita yang sebenarnya.\\nBaca Juga: Berita lain\\nLeave a Reply"
    >>> [text[s:e] for s, e in boilerplate_spans(text)]
    ['Baca Juga: Berita lain', 'Leave a Reply']
    """
    return _page(text)[1]


def content_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the article's own lines (everything that is not furniture), in order.

    Sentences never cross a block: a line break in scraped news ends a paragraph.
    """
    return list(_BLOCKS.fetch(text, _content_blocks, text))


def _content_blocks(text: str) -> list[tuple[int, int]]:
    return _page(text)[0]


_BLOCKS = Recent(256)  # the taggers and the reader clean the same text


# --------------------------------------------------------------------------- sentences

# Abbreviations after which a period does not end a sentence (lower case, no final dot).
_ABBREV = frozenset(
    """
    dr drs dra prof ir h hj st sh se mm mh msi mpd spd skm kh ny tn sdr sdri bpk ibu pak
    kab kec kel prov jl jln no nomor hal tel telp fax rp usd kg km cm mm ml
    dll dsb dst dkk yth ybs tsb sbg an a.n u.p cq c.q bag bab pasal ayat
    m.si m.m m.a m.sc m.pd m.h s.h s.e s.t s.kom s.sos s.ip s.pd s.ag s.kep s.ked s.i.p
    ph.d m.kes m.ap m.kn s.ip m.ak ak ca mac rep.publ publ
    pol komjen irjen brigjen kombes akbp kompol aiptu letjen mayjen laksda marsda kol plt plh pj pjs ns capt kapt
    jend jenderal mgr pdt ust kr tgl thn sept okt nov des jan feb mar apr jun jul agu agt
    vs etc e.g i.e
    """.split()
)
_BOUNDARY = re.compile(r"(?:\.{3}|…|[.!?]+)[”\"’'»)\]]*(?=\s|$)")
_OPENERS = "“\"‘'«([—–-"


_NEXT = re.compile(r"\s*(\S)")


def _ends_sentence(block: str, m: re.Match) -> bool:
    e = m.end()
    if e + 1 < len(block) and block[e] == " " and not block[e + 1].isspace():
        nxt = block[e + 1]  # the usual case: one space, then the next sentence
    else:
        nm = _NEXT.match(block, e)
        if not nm:
            return True
        nxt = nm.group(1)
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    tok = m.group(0)
    if tok.startswith(".") and not tok.startswith("..."):
        # the word before the period ([\w.]+, at most 60 characters back)
        dot = m.start()
        lo, k = max(0, dot - 60), dot
        while k > lo and (block[k - 1].isalnum() or block[k - 1] in "_."):
            k -= 1
        if k < dot:
            word = block[k:dot].lower()
            if word in _ABBREV or word.rstrip(".") in _ABBREV:
                return False
            if len(word) == 1 and word.isalpha():  # an initial: "Y. Syaiful", "H. Suhajar"
                return False
            if _DOTTED_ABBREV.fullmatch(word):  # M.Si, S.H, a.n
                return False
    return True


def split_block(text: str, start: int, end: int) -> list[Sentence]:
    """Split ``text[start:end]`` (one paragraph) into sentences with offsets in ``text``."""
    block = text[start:end]
    out: list[Sentence] = []
    s = 0
    for m in _BOUNDARY.finditer(block):
        if m.end() <= s or not _ends_sentence(block, m):
            continue
        _append(out, text, start + s, start + m.end())
        s = m.end()
    _append(out, text, start + s, end)
    return out


def _append(out: list[Sentence], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        out.append(Sentence(text[s:e], s, e))


def split_sentences(text: str, *, clean: bool = True) -> list[Sentence]:
    """Split an Indonesian news text into sentences with character offsets.

    Parameters
    ----------
    text : str
        Raw article text.
    clean : bool, default True
        Skip page furniture (see :func:`boilerplate_spans`).

    Returns
    -------
    list of Sentence
        ``text[s.start:s.end] == s.text`` for every sentence.

    Examples
    --------
    >>> from rbnlp import split_sentences
    >>> text = "Indeks RB naik jadi 75,03 persen. Hal itu disampaikan Dr. H. Budi, M.Si. di Jakarta."
    >>> [s.text for s in split_sentences(text)]
    ['Indeks RB naik jadi 75,03 persen.', 'Hal itu disampaikan Dr. H. Budi, M.Si. di Jakarta.']
    """
    blocks = content_blocks(text) if clean else _lines(text)
    return [s for b in blocks for s in split_block(text, *b)]


# --------------------------------------------------------------------------- tokens

_TOKEN = re.compile(r"\d+(?:[.,:/]\d+)+|[^\W_]+(?:[-'’][^\W_]+)*")


def token_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield ``(token, start, end)`` for each word or number token of ``text``."""
    for m in _TOKEN.finditer(text):
        yield m.group(0), m.start(), m.end()


def tokenize(text: str) -> list[str]:
    """Word and number tokens of ``text`` (case kept), e.g. ``['KemenPAN-RB', 'menilai']``."""
    return _TOKEN.findall(text)
