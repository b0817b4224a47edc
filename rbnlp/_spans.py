"""Small frozen span types with character offsets into the original text."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Sentence", "Quote"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: ``text == article_text[start:end]``.

    Examples
    --------
    >>> from rbnlp import Sentence
    >>> s = Sentence("Ini kalimat.", 0, 12)
    >>> s.text, s.start, s.end
    ('Ini kalimat.', 0, 12)
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or indirect quote with its speaker (GUIDELINE section 3).

    ``text == article_text[start:end]``; for a direct quote the span includes its
    quotation marks. ``kind`` is ``"direct"`` or ``"indirect"``; ``cue`` is the
    attribution verb as found (lower case, e.g. ``"kata"``); ``speaker`` is the
    fullest name of the speaker found in the article (empty when unknown);
    ``role`` the office as written (empty when the article gives none);
    ``score`` the key-quote score in [0, 1] (higher is more central).

    Examples
    --------
    >>> from rbnlp import Quote
    >>> q = Quote("“Kami siap,”", 0, 12, kind="direct", cue="kata",
    ...           speaker="Budi Santoso", role="Kepala Dinas", score=0.5)
    >>> q.kind, q.speaker
    ('direct', 'Budi Santoso')
    """

    text: str
    start: int
    end: int
    kind: str = "direct"
    cue: str = ""
    speaker: str = ""
    role: str = ""
    score: float = 0.0
    speaker_mention: str = ""
