"""BerAKHLAK values named outright: a rule layer over the value model.

GUIDELINE section 2: a value is invoked "by name or plainly described". A value
word in the same sentence as "BerAKHLAK", or in a sentence listing three or more
of the values, is invoked by name; on the 488 labelled articles of ../shared this
rule has precision 1.00 (recall 0.74: plain descriptions are the model's job).
"""

from __future__ import annotations

import re
from typing import Iterable

from ._data_io import VALUES
from ._spans import Sentence

__all__ = ["named_values", "has_value_context", "NAMED_VALUE_SCORE"]

# one pattern for all seven values (from the label names: "berorientasi_pelayanan" is
# "berorientasi pelayanan"), so each sentence is searched once, and only when the first
# word of a value is in it at all
_VALUE_HINTS = tuple(v.split("_")[0] for v in VALUES)
_VALUE_WORDS = re.compile(r"\b(" + "|".join(v.replace("_", r"\s+") for v in VALUES) + r")\b", re.IGNORECASE)


def _value_name(match: re.Match) -> str:
    return re.sub(r"\s+", "_", match.group(1).lower())


_BERAKHLAK = re.compile(r"\bberakhlak\b", re.IGNORECASE)

# Values are ASN values: every labelled article with a value speaks of civil servants or work
# values (71 of 71), while 530 of 722 articles without values never do. Without such context a
# value word is an ordinary adjective ("laporan yang akuntabel") and the model's guess is dropped.
_CONTEXT = re.compile(  # searched in lower-cased text (faster than IGNORECASE)
    r"\b(?:asn|aparatur|pegawai|pns|pppk|birokrat|abdi negara|berakhlak|core values?|nilai[- ]nilai|"
    r"nilai dasar|budaya kerja|pejabat)\b"
)


def has_value_context(text: str) -> bool:
    """Whether ``text`` speaks of civil servants or work values at all.

    Examples
    --------
    >>> has_value_context("ASN harus adaptif terhadap perubahan."), has_value_context("Laporan yang akuntabel.")
    (True, False)
    """
    return _CONTEXT.search(text.lower()) is not None


# the score reported for a value named outright (the rule's measured precision, rounded down)
NAMED_VALUE_SCORE = 0.99


def named_values(sentences: Iterable[Sentence]) -> set[str]:
    """Values named in a BerAKHLAK sentence or in a list of three or more values.

    Examples
    --------
    >>> from rbnlp import split_sentences
    >>> sorted(named_values(split_sentences("Nilai BerAKHLAK, yakni Akuntabel dan Adaptif, ditekankan.")))
    ['adaptif', 'akuntabel']
    >>> named_values(split_sentences("Laporan keuangan yang akuntabel."))
    set()
    """
    out: set[str] = set()
    sentences = list(sentences)
    whole = " ".join(s.text for s in sentences).lower()
    if not any(h in whole for h in _VALUE_HINTS):  # most articles name no value at all
        return out
    for s in sentences:
        low = s.text.lower()
        if not any(h in low for h in _VALUE_HINTS):
            continue
        hits = {_value_name(m) for m in _VALUE_WORDS.finditer(s.text)}
        if hits and (len(hits) >= 3 or _BERAKHLAK.search(s.text)):
            out |= hits
    return out
