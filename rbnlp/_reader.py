"""The Reader: rbnlp's pipeline from raw text to an Article."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Sequence

import numpy as np

from ._article import Article
from ._errors import InputError
from ._features import ArticleView, article_view, tfidf_transform
from ._quotes import extract_quotes, rank_quotes
from ._summarize import Summarizer
from ._tagger import ThemeTagger
from ._values import NAMED_VALUE_SCORE, has_value_context, named_values

__all__ = ["Reader"]

_HEADLINE_END = re.compile(r"[.…:;,\"”’]\s*$")


class Reader:
    """Read articles: clean, split, tag themes and values, summarise, extract quotes.

    Usually obtained from :func:`rbnlp.load`; built by :func:`rbnlp.train`.

    Parameters
    ----------
    tagger : ThemeTagger
        Fitted theme tagger.
    value_tagger : ThemeTagger or None
        Fitted BerAKHLAK-value tagger.
    summarizer : Summarizer or None
        Defaults to ``Summarizer()``.
    manifest : dict or None
        What the model file records about itself (versions, data hash, scores).

    Examples
    --------
    >>> import rbnlp
    >>> nlp = rbnlp.load()
    >>> art = nlp("Pengaduan warga lewat SP4N-LAPOR! ditindaklanjuti dalam tiga hari. "
    ...           "Ombudsman menilai pengelolaan pengaduan di kota itu membaik.")
    >>> "complaint_handling" in art.labels
    True
    >>> [a.labels == art.labels for a in nlp.pipe([art.text])]
    [True]
    """

    def __init__(self, *, tagger: ThemeTagger, value_tagger: ThemeTagger | None = None,
                 summarizer: Summarizer | None = None, manifest: dict | None = None):
        self.tagger = tagger
        self.value_tagger = value_tagger
        self.summarizer = summarizer if summarizer is not None else Summarizer()
        self.manifest = dict(manifest or {})
        self._theme_terms_cache: dict[str, dict[str, float]] = {}

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_theme_terms_cache"] = {}
        return state

    @property
    def labels(self) -> tuple[str, ...]:
        """Themes this model can predict."""
        return tuple(self.tagger.classes_)

    @property
    def value_labels(self) -> tuple[str, ...]:
        """BerAKHLAK values this model can predict."""
        return tuple(self.value_tagger.classes_) if self.value_tagger is not None else ()

    def __repr__(self) -> str:
        return f"Reader(labels={self.labels}, values={self.value_labels})"

    # ------------------------------------------------------------------ reading
    def __call__(self, text: str, *, title: str | None = None) -> Article:
        """Read one article; ``title`` if the title is not the text's first line."""
        return self._read_batch([(text, title)])[0]

    def pipe(self, texts: Iterable[str | tuple[str, str | None]], *, n_jobs: int = 1,
             batch_size: int = 256) -> Iterator[Article]:
        """Read many texts (or ``(text, title)`` pairs), yielding Articles in input order.

        ``n_jobs > 1`` reads batches in joblib worker processes.
        """
        if batch_size < 1:
            raise InputError("batch_size must be at least 1.")
        batches = _batches((_as_item(t) for t in texts), batch_size)
        if n_jobs == 1:
            for batch in batches:
                yield from self._read_batch(batch)
            return
        from joblib import Parallel, delayed

        work = Parallel(n_jobs=n_jobs, return_as="generator")(
            delayed(_read_detached)(self, batch) for batch in batches
        )
        for arts in work:
            for art in arts:
                yield replace(art, _reader=self)

    def explain(self, text: str, label: str, *, title: str | None = None, n_terms: int = 8,
                n_sentences: int = 3) -> dict:
        """Terms and sentences that drove ``label`` (a theme or a value) for ``text``."""
        doc = _document(text, title)
        if label in self.labels:
            return self.tagger.explain(doc, label, n_terms=n_terms, n_sentences=n_sentences)
        if label in self.value_labels:
            return self.value_tagger.explain(doc, label, n_terms=n_terms, n_sentences=n_sentences)
        raise InputError(f"Unknown label {label!r}; this model knows {self.labels + self.value_labels}.")

    # ------------------------------------------------------------------ internals
    def _theme_terms(self, label: str, n: int = 40) -> dict[str, float]:
        """The ``n`` unigrams weighing most for ``label`` (computed for every label at first use)."""
        if not self._theme_terms_cache:
            names = self.tagger.feature_names()
            for j, lab in enumerate(self.tagger.classes_):
                coef = self.tagger._coef(j)
                order = np.argsort(-coef)[:n]
                self._theme_terms_cache[lab] = {
                    str(names[i]): float(coef[i]) for i in order if coef[i] > 0 and " " not in names[i]
                }
        return self._theme_terms_cache[label]

    def _read_batch(self, items: Sequence[tuple[str, str | None]]) -> list[Article]:
        for text, _ in items:
            if not isinstance(text, str):
                raise InputError(f"Expected article text as str, got {type(text).__name__}.")
        docs = [_document(t, h) for t, h in items]
        if not docs:
            return []
        # each article is cleaned, split and tokenised once; the taggers (for an
        # untitled text) and the summariser read this view
        views = [article_view(text) for text, _ in items]
        base = self.tagger.base_vectorizer_
        X_base = tfidf_transform(base, docs)  # n-grams counted once for both taggers when they share it
        P = self.tagger.proba_from_base(X_base)
        if self.value_tagger is None:
            V = np.zeros((len(docs), 0))
        elif self.value_tagger.base_vectorizer_ is base:
            V = self.value_tagger.proba_from_base(X_base)
        else:
            V = self.value_tagger.predict_proba(docs)
        drafts = [self._draft(text, title, view, p, v) for (text, title), view, p, v in zip(items, views, P, V)]
        # one scorer call for every sentence of the batch
        scored = self.summarizer._score_many([(d.text, d.sentences, d.title, d.theme_terms) for d in drafts])
        return [self._finish(d, sent_scores, sim) for d, (sent_scores, sim) in zip(drafts, scored)]

    def _draft(self, text: str, title: str | None, view: ArticleView, p: np.ndarray, v: np.ndarray) -> _Draft:
        """Everything about one article but its summary and quotes."""
        labels = tuple(c for c, pi, ti in zip(self.labels, p, self.tagger.thresholds_) if pi >= ti)
        blocks, per_block = view.blocks, view.sentences
        headline = ""
        if title is None and len(blocks) > 1:
            s, e = blocks[0]
            if not _HEADLINE_END.search(text[s:e]) and len(text[s:e].split()) <= 25:
                headline, blocks, per_block = text[s:e], blocks[1:], per_block[1:]
        sentences = [s for block in per_block for s in block]
        values, value_scores = self._values(text, sentences, v)
        theme_terms: dict[str, float] = {}
        for label in labels:
            for term, w in self._theme_terms(label).items():
                theme_terms[term] = max(theme_terms.get(term, 0.0), w)
        return _Draft(text, title if title is not None else headline, title is not None, labels,
                      {c: float(pi) for c, pi in zip(self.labels, p)}, values, value_scores, blocks, sentences,
                      theme_terms)

    def _values(self, text: str, sentences: list, v: np.ndarray) -> tuple[tuple[str, ...], dict[str, float]]:
        """The value model's picks (only where the text speaks of ASN or work values) plus named values."""
        scores = {c: float(vi) for c, vi in zip(self.value_labels, v)}
        picked = set()
        if self.value_tagger is not None:
            picked = {c for c, vi, ti in zip(self.value_labels, v, self.value_tagger.thresholds_) if vi >= ti}
            if picked and not has_value_context(text):
                picked = set()
        for named in named_values(sentences) & set(scores):
            scores[named] = max(scores[named], NAMED_VALUE_SCORE)
            picked.add(named)
        return tuple(c for c in self.value_labels if c in picked), scores

    def _finish(self, d: _Draft, sent_scores: np.ndarray, sim: np.ndarray) -> Article:
        summary = self.summarizer.select(d.sentences, sent_scores, sim)
        quotes = rank_quotes(extract_quotes(d.text, d.sentences, d.blocks), d.sentences, sent_scores)
        return Article(
            text=d.text,
            title=d.title or "",
            labels=d.labels,
            scores=d.scores,
            values=d.values,
            value_scores=d.value_scores,
            sentences=tuple(d.sentences),
            summary=tuple(summary),
            quotes=tuple(quotes),
            _reader=self,
            _title_given=d.title_given,
        )


@dataclass
class _Draft:
    """One article between tagging and summarising (private to the Reader)."""

    text: str
    title: str
    title_given: bool
    labels: tuple[str, ...]
    scores: dict[str, float]
    values: tuple[str, ...]
    value_scores: dict[str, float]
    blocks: list[tuple[int, int]]
    sentences: list
    theme_terms: dict[str, float]


def _read_detached(reader: Reader, batch) -> list[Article]:
    """Worker side of ``pipe(n_jobs>1)``: Articles without the back-reference (small to send)."""
    return [replace(a, _reader=None) for a in reader._read_batch(batch)]


def _document(text: str, title: str | None) -> str:
    return f"{title}\n\n{text}" if title else text


def _as_item(t) -> tuple[str, str | None]:
    if isinstance(t, tuple):
        if len(t) != 2:
            raise InputError("pipe() takes texts or (text, title) pairs.")
        return t[0], t[1]
    return t, None


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
