"""Stemmed features for scikit-learn: a transformer and a TfidfVectorizer analyzer."""

from __future__ import annotations

import re
import weakref
from collections import Counter
from itertools import repeat

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from ._memo import Recent
from ._stem import Stemmer, stem_table
from ._text import content_blocks, split_block, tokenize

__all__ = ["StemTransformer", "StemAnalyzer"]

_NUMBER = re.compile(r"^\d[\d.,]*$")


_RECENT = Recent(512)  # the last few analysed documents: the theme and value taggers read the same text
_VIEWS = Recent(512)  # the last few articles' views: the reader, the taggers and the summariser share them


class ArticleView:
    """An article's own text as paragraphs, sentences and tokens: computed once, shared.

    ``blocks`` are the content blocks (furniture skipped) and ``sentences[i]`` the
    sentences of block ``i``. ``tokens`` holds, for each sentence in order, its tokens
    (case kept). Tokens never cross a sentence, so the article's tokens are these lists
    joined: ``words``. Stems are derived from tokens by each stage (see :class:`StemTable`).
    """

    __slots__ = ("blocks", "sentences", "tokens", "words", "_index")

    def __init__(self, text: str):
        self.blocks = content_blocks(text)
        self.sentences = [split_block(text, s, e) for s, e in self.blocks]
        flat_sentences = [s for block in self.sentences for s in block]
        self.tokens = [tokenize(s.text) for s in flat_sentences]
        self.words = [t for row in self.tokens for t in row]  # the TF-IDF analyzer reads these
        self._index = {(s.start, s.end): i for i, s in enumerate(flat_sentences)}

    def index(self, sentence) -> int | None:
        """Position of ``sentence`` in :attr:`tokens`; None if it is not one of this article's."""
        return self._index.get((sentence.start, sentence.end))


def article_view(text: str) -> ArticleView:
    """The :class:`ArticleView` of ``text`` (the last few are kept per process)."""
    return _VIEWS.fetch(text, ArticleView, text)


def _term(token: str, stem: str) -> str:
    """A token's TF-IDF term: its stem; numbers become one shape ("75,03" -> "<num>"), so
    scores, years and counts are alike; empty for a token with no stem."""
    return "<num>" if stem and token[0].isdigit() and _NUMBER.match(token) else stem


def _stems(doc: str, mode: str, clean: bool) -> list[str]:
    return _RECENT.fetch((doc, mode, clean), _stems_uncached, doc, mode, clean)


def _stems_uncached(doc: str, mode: str, clean: bool) -> list[str]:
    view = _VIEWS.get(doc) if clean else None
    if view is not None:  # the reader already split and tokenised this article
        toks = view.words
    else:
        toks = tokenize("\n".join(doc[s:e] for s, e in content_blocks(doc)) if clean else doc)
    return stem_table(mode, _term).keep(toks)


class StemTransformer(TransformerMixin, BaseEstimator):
    """Turn texts into space-joined stems (string in, string out).

    Parameters
    ----------
    mode : {"default", "compat"}, default "default"
        Stemmer mode (see :class:`rbnlp.Stemmer`).
    clean : bool, default True
        Drop page furniture before stemming.

    Examples
    --------
    >>> from rbnlp import StemTransformer
    >>> StemTransformer().fit_transform(["Pelayanan publik makin membaik."])
    ['layan publik makin baik']
    """

    def __init__(self, *, mode: str = "default", clean: bool = True):
        self.mode = mode
        self.clean = clean

    def fit(self, X, y=None):
        Stemmer(mode=self.mode)._check()
        self.is_fitted_ = True
        return self

    def transform(self, X):
        return [" ".join(_stems(doc, self.mode, self.clean)) for doc in _as_texts(X)]

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.requires_fit = False
        return tags


class StemAnalyzer:
    """A picklable ``analyzer`` for ``TfidfVectorizer``: stems, then word n-grams.

    Holds only its parameters; the dictionary stays in the process-wide cache.

    Examples
    --------
    >>> from sklearn.feature_extraction.text import TfidfVectorizer
    >>> from rbnlp import StemAnalyzer
    >>> vec = TfidfVectorizer(analyzer=StemAnalyzer(ngram_range=(1, 2)))
    >>> X = vec.fit_transform(["Pelayanan publik membaik", "pelayanan publik"])
    >>> sorted(vec.vocabulary_)
    ['baik', 'layan', 'layan publik', 'publik', 'publik baik']
    """

    def __init__(self, *, mode: str = "default", ngram_range: tuple[int, int] = (1, 1), clean: bool = True):
        self.mode = mode
        self.ngram_range = tuple(ngram_range)
        self.clean = clean

    def __call__(self, doc: str) -> list[str]:
        stems = _stems(doc, self.mode, self.clean)
        lo, hi = self.ngram_range
        if (lo, hi) == (1, 1):
            return stems
        out = []
        for n in range(lo, hi + 1):
            if n == 1:
                out.extend(stems)
            elif n == 2:
                out.extend([a + " " + b for a, b in zip(stems, stems[1:])])
            else:
                out.extend(" ".join(stems[i : i + n]) for i in range(len(stems) - n + 1))
        return out

    def __repr__(self) -> str:
        return f"StemAnalyzer(mode={self.mode!r}, ngram_range={self.ngram_range}, clean={self.clean})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StemAnalyzer) and (other.mode, other.ngram_range, other.clean) == (
            self.mode,
            self.ngram_range,
            self.clean,
        )

    def __hash__(self) -> int:
        return hash((self.mode, self.ngram_range, self.clean))


def tfidf_transform(vectorizer, docs: list[str]):
    """``vectorizer.transform(docs)`` for a fitted word TfidfVectorizer on a :class:`StemAnalyzer`.

    scikit-learn counts n-grams with one dict lookup (and one KeyError for every
    n-gram outside the vocabulary) per n-gram. Here each distinct stem is looked up
    once, and bigrams are matched as pairs of stem numbers in numpy (see
    :class:`_NgramIndex`): the same matrix at several times the speed. Any other
    vectorizer goes through its own ``transform``.
    """
    if not (type(vectorizer) is TfidfVectorizer and isinstance(vectorizer.analyzer, StemAnalyzer)
            and not vectorizer.binary and vectorizer.use_idf and vectorizer.norm == "l2"):
        return vectorizer.transform(docs)
    analyze = vectorizer.analyzer
    index = _ngram_index(vectorizer) if analyze.ngram_range in ((1, 1), (1, 2)) else None
    vocab = vectorizer.vocabulary_
    indptr, indices, counts = [0], [], []
    for doc in _as_texts(docs):
        if index is not None:
            j, n = index.count(_stems(doc, analyze.mode, analyze.clean))
        else:
            c = Counter(analyze(doc))
            j = np.fromiter(map(vocab.get, c, repeat(-1)), dtype=np.int64, count=len(c))
            n = np.fromiter(c.values(), dtype=np.int64, count=len(c))
            known = j >= 0
            j, n = j[known], n[known]
        indices.append(j.astype(np.int32))
        counts.append(n.astype(vectorizer.dtype))
        indptr.append(indptr[-1] + len(j))
    X = sp.csr_matrix((np.concatenate(counts) if counts else np.zeros(0, vectorizer.dtype),
                       np.concatenate(indices) if indices else np.zeros(0, np.int32),
                       np.asarray(indptr, dtype=np.int32)), shape=(len(indptr) - 1, len(vocab)))
    X.sort_indices()
    if vectorizer.sublinear_tf:
        np.log(X.data, X.data)
        X.data += 1.0
    X.data *= vectorizer.idf_[X.indices]
    return normalize(X, norm="l2", copy=False)


class _NgramIndex:
    """A fitted stem uni- (and bi-)gram vocabulary as numbers, for counting a document in numpy.

    Every stem that can make up a vocabulary term gets a number; a bigram is the
    pair ``(a, b)`` packed into one int64 ``a * size + b``. A stem may itself hold
    a space, so a term "a b c" is the unigram "a b c" and the bigrams ("a", "b c")
    and ("a b", "c"), all counted in its column, exactly as scikit-learn's joined
    strings would be. Derived from a fitted vectorizer once per process and kept
    here, not on the estimator.
    """

    def __init__(self, vocabulary: dict[str, int], bigrams: bool):
        ids: dict[str, int] = {}
        uni: dict[int, int] = {}
        pairs, pair_cols = [], []
        for term, col in vocabulary.items():
            uni[ids.setdefault(term, len(ids))] = col
            if not bigrams:
                continue
            at = term.find(" ")
            while at >= 0:
                left, right = ids.setdefault(term[:at], len(ids)), ids.setdefault(term[at + 1 :], len(ids))
                pairs.append((left, right))
                pair_cols.append(col)
                at = term.find(" ", at + 1)
        self.vocabulary = vocabulary  # the fitted vocabulary this index stands for
        self.ids, self.size = ids, max(len(ids), 1)
        self.unigram_col = np.full(self.size, -1, dtype=np.int64)
        for i, col in uni.items():
            self.unigram_col[i] = col
        keys = np.array([a * self.size + b for a, b in pairs], dtype=np.int64)
        order = np.argsort(keys, kind="stable")
        self.bigram_keys, self.bigram_cols = keys[order], np.asarray(pair_cols, dtype=np.int64)[order]

    def count(self, stems: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Columns (sorted) and counts of a document's in-vocabulary n-grams."""
        ids = np.fromiter(map(self.ids.get, stems, repeat(-1)), dtype=np.int64, count=len(stems))
        cols = self.unigram_col[ids[ids >= 0]]
        if len(self.bigram_keys) and len(ids) > 1:
            a, b = ids[:-1], ids[1:]
            keys = (a * self.size + b)[(a >= 0) & (b >= 0)]
            at = np.minimum(np.searchsorted(self.bigram_keys, keys), len(self.bigram_keys) - 1)
            cols = np.concatenate([cols, self.bigram_cols[at[self.bigram_keys[at] == keys]]])
        cols, counts = np.unique(cols[cols >= 0], return_counts=True)
        return cols, counts


_INDEXES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _ngram_index(vectorizer) -> _NgramIndex:
    """The :class:`_NgramIndex` of a fitted vectorizer, built on first use in this process."""
    index = _INDEXES.get(vectorizer)
    if index is None or index.vocabulary is not vectorizer.vocabulary_:  # refitted since
        index = _INDEXES[vectorizer] = _NgramIndex(vectorizer.vocabulary_, vectorizer.analyzer.ngram_range[1] == 2)
    return index


def _as_texts(X) -> list[str]:
    from ._errors import InputError

    if isinstance(X, str):
        raise InputError("Pass a list of texts, not a single string (wrap it: [text]).")
    out = list(X)
    for i, doc in enumerate(out):
        if not isinstance(doc, str):
            raise InputError(f"Text {i} is {type(doc).__name__}, not str; convert or drop it first.")
    return out
