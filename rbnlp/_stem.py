"""Fast Sastrawi stemming with a compat mode and a corrected default mode.

Resources (Sastrawi's root dictionary, the shipped stem table, the root
frequency list) load lazily, once per process, behind a lock; no estimator or
:class:`Stemmer` instance ever holds them, so both pickle small and clone freely.

Two modes:

``compat``
    Exactly ``StemmerFactory().create_stemmer().stem(word)`` of PySastrawi.
``default``
    compat, plus (1) protected terms: acronyms and camel-case names (BerAKHLAK,
    KemenPAN-RB, ASN) and a list of institutions and places Sastrawi mangles
    (Kemendagri, Kejagung, Bekasi) are only lower-cased; (2) corrections of
    known Sastrawi mis-stems (perbankan -> bank, not perban); (3) where
    Sastrawi's first dictionary hit is a rare root and another analysis of the
    same word yields a longer root that is far more frequent in Indonesian news,
    the frequent root wins (berupa -> rupa, not upa).

Speed comes from a per-process memo seeded with a stem table precomputed over
a large news vocabulary and shipped in ``rbnlp/_data``; the table is derived
from Sastrawi's root list (Kateglo, CC BY-NC-SA 3.0) and carries that licence.
"""

from __future__ import annotations

import gzip
import re
import threading
from functools import lru_cache
from importlib import resources as _ir
from typing import Iterable

from ._lexicon import INSTITUTIONS, PLACES
from ._memo import Recent

__all__ = ["Stemmer", "stem", "stem_text", "MODES"]

MODES = ("default", "compat")
# tokens each per-process memo remembers beyond its shipped table: the 61,000 distinct tokens
# of 3,463 IndoSum articles fit; a long run's new numbers and names do not pile up
MEMO_LIMIT = 100_000

_LOCK = threading.RLock()
_STATE: dict = {}

# Known Sastrawi mis-stems (README of the stem gold; words analysts meet daily).
CORRECTIONS = {
    "perbankan": "bank",
    "senilai": "nilai",
    "berupa": "rupa",
    "gerakan": "gerak",
    "pergerakan": "gerak",
    "memasuki": "masuk",
    "dimasuki": "masuk",
    "menikah": "nikah",
    "pernikahan": "nikah",
    "penduduk": "penduduk",
    "kependudukan": "penduduk",
    "relawan": "relawan",
    "perasaan": "rasa",
    "berapi": "api",
    "melangkah": "langkah",
    "pengasih": "kasih",
    "penegakan": "tegak",
    "pelukis": "lukis",
    "dilukis": "lukis",
    "teriakan": "teriak",
    "berbasis": "basis",
    "pemilu": "pemilu",
    "pemerintah": "perintah",
}

# Institutions, programmes and places that Sastrawi mangles (lower case).
PROTECTED = INSTITUTIONS | PLACES | {"berakhlak"}

_CAMEL = re.compile(r"[a-z][A-Z]")
_SASTRAWI_NORM = re.compile(r"[^a-z0-9 -]")
_SPACES = re.compile(r" +")


def _normalize(text: str) -> str:
    """Sastrawi's TextNormalizer: lower-case, keep [a-z0-9 -], squeeze spaces."""
    return _SPACES.sub(" ", _SASTRAWI_NORM.sub(" ", text.lower())).strip()


def _read_gz_columns(name: str, n_columns: int) -> list[list[str]]:
    """Columns of a shipped gzipped TSV, split at C speed (no per-line Python work)."""
    f = _ir.files("rbnlp") / "_data" / name
    if not f.is_file():
        return [[] for _ in range(n_columns)]
    text = gzip.decompress(f.read_bytes()).decode("utf-8")
    cells = text.replace("\t", "\n").split("\n")
    if cells and cells[-1] == "":
        cells.pop()
    return [cells[i::n_columns] for i in range(n_columns)]


def _state() -> dict:
    """The stem table and root frequencies, loaded once per process."""
    if _STATE:
        return _STATE
    with _LOCK:
        if _STATE:
            return _STATE
        words, compat_col, default_col = _read_gz_columns("stems.tsv.gz", 3)
        compat = dict(zip(words, compat_col))
        default = dict(compat)
        default.update((w, d) for w, d in zip(words, default_col) if d)
        roots, counts = _read_gz_columns("rootfreq.tsv.gz", 2)
        _STATE.update(
            freq=dict(zip(roots, map(int, counts))),
            # memo of single normalized words, per mode: the shipped table and the words met since
            word_memo={"compat": Recent(len(compat) + MEMO_LIMIT, compat),
                       "default": Recent(len(default) + MEMO_LIMIT, default)},
            # memo of raw tokens as given by callers, per mode
            raw_memo={"compat": Recent(MEMO_LIMIT), "default": Recent(MEMO_LIMIT)},
        )
        return _STATE


def _sastrawi() -> dict:
    """Sastrawi's dictionary and stemmer, built on the first word the table does not hold."""
    if _SASTRAWI:
        return _SASTRAWI
    with _LOCK:
        if _SASTRAWI:
            return _SASTRAWI
        from Sastrawi.Stemmer.Stemmer import Stemmer as _SastrawiStemmer
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        words = frozenset(w for w in StemmerFactory().get_words() if w and w.strip())

        class _Dict:
            __slots__ = ("exclude",)

            def __init__(self, exclude: frozenset = frozenset()):
                self.exclude = exclude

            def contains(self, word: str) -> bool:
                return word in words and word not in self.exclude

        _SASTRAWI.update(words=words, sastrawi=_SastrawiStemmer(_Dict()), sastrawi_cls=_SastrawiStemmer,
                         dict_cls=_Dict)
        return _SASTRAWI


_SASTRAWI: dict = {}


# --------------------------------------------------------------------------- one word


def _sastrawi_word(word: str) -> str:
    st = _sastrawi()
    with _LOCK:  # Sastrawi's visitors are shared objects: serialise the rare misses
        return st["sastrawi"].stem_word(word)


def is_root_word(word: str) -> bool:
    """Whether ``word`` (lower case) is in Sastrawi's root dictionary."""
    return word in _sastrawi()["words"]


def _better_root(word: str, root: str) -> str:
    """Among other Sastrawi analyses of ``word``, prefer a longer, far more frequent root."""
    st = _sastrawi()
    freq = _state()["freq"]
    best, excluded, cur = root, set(), root
    for _ in range(3):
        excluded.add(cur)
        with _LOCK:
            alt = st["sastrawi_cls"](st["dict_cls"](frozenset(excluded))).stem_word(word)
        if alt == word or alt in excluded:
            break
        fa, fb = freq.get(alt, 0), freq.get(best, 0)
        if len(alt) > len(best) and len(alt) >= 4 and fa >= 20 and fa > 5 * (fb + 1):
            best = alt
        cur = alt
    return best


# Sastrawi can only change a word that has one of its affixes at an edge, or an
# infix (-el-, -em-, -er-, -in-) after the first consonant; words of at most three
# letters, words with a digit (its affixes and roots are all letters) and any other
# word come back unchanged, so they need not pay for its visitor machinery.
_MAY_CHANGE = re.compile(
    r"^(?:di|ke|se|be|te|me|pe|ku|kau|er|[bcdfghjklmnpqrstvwxyz](?:el|em|er|in)[aiueo])"
    r"|(?:lah|kah|tah|pun|ku|mu|nya|is|isme|i|kan|an)$")
_DIGIT = re.compile(r"[0-9]")


def _sastrawi_leaves(word: str) -> bool:
    """Whether PySastrawi is certain to return ``word`` (normalized, no spaces) unchanged."""
    if "-" in word:
        # "ke-25", "2016-17": Sastrawi's reduplication rule only merges "a-b" when both
        # halves share a root, and a half with a digit is its own root ("me" + it for the
        # right half), so a digit on the right leaves the word alone, barring "me2-2"
        head, _, last = word.rpartition("-")
        return _DIGIT.search(last) is not None and head != "me" + last
    return len(word) <= 3 or _DIGIT.search(word) is not None or _MAY_CHANGE.search(word) is None


def _compat_word(word: str) -> str:
    """Stem one normalized word (no spaces) exactly as PySastrawi does."""
    memo = _state()["word_memo"]["compat"]
    r = memo.get(word)
    if r is None:
        r = memo.put(word, word if _sastrawi_leaves(word) else _sastrawi_word(word))
    return r


def _default_word(word: str) -> str:
    """Stem one normalized word in default mode (protection by list, corrections, better roots)."""
    memo = _state()["word_memo"]["default"]
    r = memo.get(word)
    if r is not None:
        return r
    if word in PROTECTED or any(p in PROTECTED for p in word.split("-")):
        r = word
    elif word in CORRECTIONS:
        r = CORRECTIONS[word]
    elif "-" in word:
        # reduplication as Sastrawi does it, but each half through the default rules
        r = _compat_word(word)
        if r != word:
            halves = word.split("-")
            stems = {_default_word(h) for h in halves if h}
            if len(stems) == 1:
                r = stems.pop()
    else:
        r = _compat_word(word)
        if r != word:
            r = _better_root(word, r)
    return memo.put(word, r)


def _is_protected_token(token: str) -> bool:
    """Case tells: acronyms (ASN, KPK) and camel case (BerAKHLAK, KemenPAN-RB) stay."""
    for part in token.split("-"):
        letters = [c for c in part if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters) and len(part) <= 6:
            return True
        if _CAMEL.search(part):
            return True
    return False


def _stem_token(token: str, mode: str) -> str:
    norm = _normalize(token)
    if not norm:
        return ""
    if mode == "compat":
        return " ".join(_compat_word(w) for w in norm.split(" "))
    if _is_protected_token(token):
        return norm
    return " ".join(_default_word(w) for w in norm.split(" "))


# --------------------------------------------------------------------------- public


class Stemmer:
    """Indonesian stemmer on Sastrawi's algorithm and dictionary, memoised per process.

    Parameters
    ----------
    mode : {"default", "compat"}, default "default"
        ``"compat"`` returns exactly what PySastrawi's ``stem`` returns;
        ``"default"`` also keeps protected terms (acronyms, camel-case names,
        institutions and places) and corrects known Sastrawi mis-stems.

    Notes
    -----
    The instance holds only ``mode``: the dictionary and stem table load once per
    process on first use and are shared by every instance and thread, so a
    Stemmer pickles to a few bytes and works in joblib worker processes.

    Examples
    --------
    >>> from rbnlp import Stemmer
    >>> Stemmer().stem_many(["perbankan", "BerAKHLAK", "mengatakan"])
    ['bank', 'berakhlak', 'kata']
    >>> Stemmer(mode="compat").stem("perbankan")
    'perban'
    """

    def __init__(self, *, mode: str = "default"):
        self.mode = mode

    def _check(self) -> str:
        if self.mode not in MODES:
            from ._errors import InputError

            raise InputError(f"Stemmer mode must be one of {MODES}, got {self.mode!r}.")
        return self.mode

    def stem(self, word: str) -> str:
        """Stem one word (or a short string: each word is stemmed, joined by spaces)."""
        mode = self._check()
        memo = _state()["raw_memo"][mode]
        r = memo.get(word)
        if r is None:
            if not isinstance(word, str):
                from ._errors import InputError

                raise InputError(f"stem() takes a str, got {type(word).__name__}.")
            r = memo.put(word, _stem_token(word, mode))
        return r

    def stem_many(self, words: Iterable[str]) -> list[str]:
        """Stem a sequence of tokens: a list in, a list of the same length out."""
        mode = self._check()
        memo = _state()["raw_memo"][mode]
        words = words if isinstance(words, list) else list(words)
        out = list(map(memo.get, words))
        if None in out:
            # stem each distinct unseen token once (the memo may start again meanwhile)
            table = _state()["word_memo"][mode]
            fresh = {}
            for w in {w for w, r in zip(words, out) if r is None}:
                # a lower-case word is its own normal form and has no case to protect
                r = table.get(w) if isinstance(w, str) and w.isalpha() and w.islower() else None
                fresh[w] = self.stem(w) if r is None else memo.put(w, r)
            out = [fresh[w] if r is None else r for w, r in zip(words, out)]
        return out

    def stem_text(self, text: str) -> str:
        """Tokenize ``text`` and return its stems joined by single spaces."""
        from ._text import tokenize

        return " ".join(s for s in self.stem_many(tokenize(text)) if s)

    def __repr__(self) -> str:
        return f"Stemmer(mode={self.mode!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Stemmer) and other.mode == self.mode

    def __hash__(self) -> int:
        return hash(("Stemmer", self.mode))


class StemTable(Recent):
    """Token -> ``derive(token, stem of token)`` for one stemmer mode, computed once per token.

    A stem depends on its token alone, and so does anything derived from the pair; the
    stages that read every word of every article (the TF-IDF terms, the summariser's
    content words) keep such a table per process and map whole token lists through it.
    It holds at most ``limit`` tokens (see :class:`Recent`).
    """

    def __init__(self, mode: str, derive, *, limit: int = MEMO_LIMIT):
        super().__init__(limit)
        self._stemmer = Stemmer(mode=mode)
        self._stemmer._check()
        self._derive = derive

    def __missing__(self, token: str) -> str:
        return self.put(token, self._derive(token, self._stemmer.stem(token)))

    def keep(self, tokens: Iterable[str]) -> list[str]:
        """The derived values of ``tokens`` in order, leaving out the empty ones."""
        return list(filter(None, map(self.__getitem__, tokens)))


@lru_cache(maxsize=None)
def stem_table(mode: str, derive) -> StemTable:
    """The process's :class:`StemTable` for ``mode`` and ``derive`` (one per pair: tokens repeat
    across articles, so each is derived once)."""
    return StemTable(mode, derive)


_DEFAULT = Stemmer()


def stem(word: str) -> str:
    """Stem one word with the default-mode :class:`Stemmer`.

    Examples
    --------
    >>> from rbnlp import stem
    >>> stem("perbankan"), stem("Kejagung"), stem("pelayanan")
    ('bank', 'kejagung', 'layan')
    """
    return _DEFAULT.stem(word)


def stem_text(text: str) -> str:
    """Stem every word of ``text`` with the default-mode stemmer; stems joined by spaces.

    Examples
    --------
    >>> from rbnlp import stem_text
    >>> stem_text("Pelayanan publik KemenPAN-RB semakin membaik.")
    'layan publik kemenpan-rb makin baik'
    """
    return _DEFAULT.stem_text(text)
