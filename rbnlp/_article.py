"""The Article: what rbnlp read in one text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._spans import Quote, Sentence

__all__ = ["Article"]


@dataclass(frozen=True)
class Article:
    """Themes, values, summary and quotes of one article, with offsets into ``text``.

    Attributes
    ----------
    text : str
        The text as given (the source of truth for every offset).
    title : str
        The title given, or the headline found on the first line.
    labels : tuple of str
        Predicted themes (GUIDELINE section 1); may be empty.
    scores : dict
        Calibrated probability of every theme the model knows.
    values : tuple of str
        BerAKHLAK values invoked (GUIDELINE section 2): the value model's
        predictions plus values named outright in a BerAKHLAK sentence.
    value_scores : dict
        Calibrated probability of every value; 0.99 for a value named outright.
    sentences, summary : tuple of Sentence
    quotes : tuple of Quote
        Every direct and indirect quote in text order; ``key_quotes`` ranks them.

    Examples
    --------
    >>> import rbnlp
    >>> art = rbnlp.load()("Indeks RB Kemendagri naik. “Kami bangga,” kata Sekjen Budi Santoso.")
    >>> art.quotes[0].speaker, art.quotes[0].role
    ('Budi Santoso', 'Sekjen')
    >>> all(art.text[s.start:s.end] == s.text for s in art.sentences)
    True
    """

    text: str
    title: str = ""
    labels: tuple[str, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)
    values: tuple[str, ...] = ()
    value_scores: dict[str, float] = field(default_factory=dict)
    sentences: tuple[Sentence, ...] = ()
    summary: tuple[Sentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    _reader: Any = field(default=None, repr=False, compare=False)
    _title_given: bool = field(default=False, repr=False, compare=False)

    @property
    def key_quotes(self) -> tuple[Quote, ...]:
        """Quotes ranked by key-quote score, best first."""
        return tuple(sorted(self.quotes, key=lambda q: (-q.score, q.start)))

    def explain(self, label: str, *, n_terms: int = 8, n_sentences: int = 3) -> dict:
        """The terms and sentences that drove ``label`` (a theme or a value) for this article."""
        if self._reader is None:
            from ._errors import RbnlpError

            raise RbnlpError("This Article was detached from its Reader; use reader.explain(text, label).")
        title = self.title if self._title_given else None
        return self._reader.explain(self.text, label, title=title, n_terms=n_terms, n_sentences=n_sentences)

    def to_dict(self) -> dict:
        """A JSON-ready record: labels, scores, values, summary texts and quotes."""
        return {
            "title": self.title,
            "labels": list(self.labels),
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "values": list(self.values),
            "value_scores": {k: round(v, 4) for k, v in self.value_scores.items()},
            "summary": [s.text for s in self.summary],
            "quotes": [
                {
                    "text": q.text,
                    "speaker": q.speaker,
                    "role": q.role,
                    "kind": q.kind,
                    "cue": q.cue,
                    "start": q.start,
                    "end": q.end,
                    "score": q.score,
                }
                for q in self.quotes
            ],
        }
