"""Extractive summaries: centrality, position, title overlap and theme relevance, with MMR."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from typing import Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from ._features import _as_texts, article_view
from ._spans import Sentence
from ._stem import stem_table
from ._text import tokenize

__all__ = ["Summarizer"]


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """Sastrawi's stopwords as written in lower case, capitalised or in capitals."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    words = StopWordRemoverFactory().get_stop_words()
    return frozenset(words) | {w.capitalize() for w in words} | {w.upper() for w in words}


class Summarizer(TransformerMixin, BaseEstimator):
    """Pick the sentences that carry an article, in document order.

    Each sentence gets a score from four signals: LexRank-style centrality over
    stemmed TF-IDF sentence vectors, position (news puts the point first),
    overlap with the title, and relevance to the article's themes; sentences
    are then taken greedily with maximal marginal relevance (MMR) so the
    summary does not repeat itself.

    Parameters
    ----------
    k : int, default 3
        Number of sentences (ignored when ``n_words`` or ``ratio`` is set).
    n_words : int or None
        Take sentences until about this many words.
    ratio : float or None
        Take about this fraction of the sentences.
    w_centrality, w_position, w_title, w_theme : float
        Weights of the four signals.
    mmr_lambda : float, default 0.8
        1.0 ignores redundancy; lower values penalise similarity to chosen sentences.
    max_sentences : int, default 400
        Only the first ``max_sentences`` sentences are scored (the rest score 0),
        so a huge text cannot make the similarity matrix huge.
    supervised : bool, default True
        When :meth:`fit` is given reference summaries, learn the sentence score
        from them (gradient-boosted trees over the four signals plus position,
        paragraph and length features) instead of the fixed weights.

    Attributes
    ----------
    scorer_ : fitted classifier or None
        The learned sentence scorer (None until fitted with summaries).

    Examples
    --------
    >>> from rbnlp import Summarizer
    >>> text = ("Indeks RB Kemendagri naik menjadi 75,03. Kenaikan indeks itu hasil evaluasi RB. "
    ...         "Cuaca di Jakarta cerah. Evaluasi RB dilakukan KemenPAN-RB setiap tahun.")
    >>> [s.text for s in Summarizer(k=2).summarize(text)]
    ['Indeks RB Kemendagri naik menjadi 75,03.', 'Kenaikan indeks itu hasil evaluasi RB.']
    """

    def __init__(
        self,
        *,
        k: int = 3,
        n_words: int | None = None,
        ratio: float | None = None,
        w_centrality: float = 1.0,
        w_position: float = 1.5,
        w_title: float = 0.5,
        w_theme: float = 0.5,
        mmr_lambda: float = 0.8,
        stem_mode: str = "default",
        max_sentences: int = 400,
        supervised: bool = True,
    ):
        self.k = k
        self.n_words = n_words
        self.ratio = ratio
        self.w_centrality = w_centrality
        self.w_position = w_position
        self.w_title = w_title
        self.w_theme = w_theme
        self.mmr_lambda = mmr_lambda
        self.stem_mode = stem_mode
        self.max_sentences = max_sentences
        self.supervised = supervised

    def fit(self, X=None, y=None):
        """Learn the sentence scorer from texts ``X`` and their extractive summaries ``y``.

        ``y`` holds, per text, the sentences an editor kept (strings); a sentence of
        ours is positive when it contains, or is contained in, one of them. Without
        ``y`` (or with ``supervised=False``) the fixed weights are used.
        """
        self.scorer_ = None
        if X is not None and y is not None and self.supervised:
            from sklearn.ensemble import HistGradientBoostingClassifier

            items, labels = [], []
            for text, keep in zip(_as_texts(X), y):
                sents = self._sentences(text)
                keep = [k.strip() for k in keep if k and k.strip()]
                items.append((text, sents, "", None))
                labels.extend(int(any(k in s.text or s.text in k for k in keep)) for s in sents)
            feats = [F[:, _LEARNED] for F, _ in self._features_many(items)]
            if feats and 0 < sum(labels) < len(labels):
                # 60 rounds score as well as 200 in 5-fold CV on IndoSum (ROUGE-1 within 0.05) at
                # a third of the trees to walk for every sentence read
                self.scorer_ = HistGradientBoostingClassifier(max_iter=60, learning_rate=0.1, random_state=0)
                self.scorer_.fit(np.vstack(feats), np.asarray(labels))
        self.is_fitted_ = True
        return self

    def transform(self, X) -> list[list[str]]:
        """Summary sentence texts for each text of ``X``."""
        return [[s.text for s in self.summarize(t)] for t in _as_texts(X)]

    # ------------------------------------------------------------------ scoring
    def _content_stems(self, texts: Sequence[str]) -> list[list[str]]:
        """Per text, the stems of its content words (no stopwords, no bare numbers)."""
        table = stem_table(self.stem_mode, _content_stem)
        return [table.keep(tokenize(t)) for t in texts]

    def _sentence_stems(self, text: str | None, sentences: Sequence[Sentence]) -> list[list[str]]:
        """``_content_stems`` of the sentences, from the article's shared view when they are its own."""
        if text is not None:
            view = article_view(text)
            at = [view.index(s) for s in sentences]
            if None not in at:
                table = stem_table(self.stem_mode, _content_stem)
                return [table.keep(view.tokens[i]) for i in at]
        return self._content_stems([s.text for s in sentences])

    def _vectors(self, rows: Sequence[Sequence[str]]) -> tuple[np.ndarray, dict[str, int]]:
        """L2-normalised log-tf x idf rows of the given stems, and the vocabulary."""
        stems = list(chain.from_iterable(rows))
        # columns in sorted term order, so sums (and scores) do not depend on word order
        terms = sorted(set(stems))
        vocab = dict(zip(terms, range(len(terms))))
        n = len(rows)
        cols = np.fromiter(map(vocab.__getitem__, stems), dtype=np.intp, count=len(stems))
        row_of = np.repeat(np.arange(n), list(map(len, rows)))
        counts = np.bincount(row_of * len(vocab) + cols, minlength=n * len(vocab))
        counts = counts.reshape(n, len(vocab)).astype(float)
        present = counts > 0
        idf = np.log((1 + n) / (1 + present.sum(axis=0)))
        log_tf = np.log(counts, out=np.zeros_like(counts), where=present)
        M = np.where(present, (1 + log_tf) * idf, 0.0)
        norms = np.linalg.norm(M, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return M / norms, vocab

    def score_sentences(
        self, sentences: Sequence[Sentence], *, title: str = "", theme_terms: dict[str, float] | None = None
    ) -> np.ndarray:
        """Score every sentence (higher is more summary-worthy); scores are in [0, ~4]."""
        return self._score(sentences, title, theme_terms)[0]

    def _score(self, sentences, title, theme_terms, text: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Sentence scores and the sentence similarity matrix (for MMR)."""
        return self._score_many([(text, sentences, title, theme_terms)])[0]

    def _score_many(self, items) -> list[tuple[np.ndarray, np.ndarray]]:
        """``_score`` for many ``(text, sentences, title, theme_terms)`` at once: one scorer call."""
        feats = self._features_many([(text, sents[: self.max_sentences], title, terms)
                                     for text, sents, title, terms in items])
        scorer = getattr(self, "scorer_", None)
        if scorer is None:
            w = np.array([self.w_centrality, self.w_position, self.w_title, self.w_theme])
            return [(_pad(F[:, :4] @ w, len(item[1])), sim) for (F, sim), item in zip(feats, items)]
        F_all = np.vstack([F for F, _ in feats])
        p_all = scorer.predict_proba(F_all[:, _LEARNED])[:, 1] if len(F_all) else np.zeros(0)
        out, at = [], 0
        for (F, sim), item in zip(feats, items):
            p = p_all[at : at + len(F)]
            at += len(F)
            # learned from reference summaries (no titles, no themes there); title and theme
            # relevance add a small bonus on top
            out.append((_pad(p * 4.0 + 0.25 * (self.w_title * F[:, 2] + self.w_theme * F[:, 3]), len(item[1])), sim))
        return out

    def _features_many(self, items) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per ``(text, sentences, title, theme_terms)``: per-sentence features (the four weighted
        signals first) and the sentence similarity matrix.

        What depends on the article's other sentences (similarities, centrality) is computed
        article by article; everything else for all the sentences of all the articles at once.
        """
        graphs = [self._graph(text, sents, title, terms) if sents else None
                  for text, sents, title, terms in items]
        sizes = np.array([len(sents) for _, sents, _, _ in items])
        N = int(sizes.sum())
        if N == 0:
            return [(np.zeros((0, _N_FEATURES)), np.zeros((0, 0))) for _ in items]
        # per sentence, in one pass: opens a paragraph (a line break before it), words, has a
        # quotation mark, has a digit, capitalised words
        rows = np.array([_surface(s.text, i == 0 or (text is not None and "\n" in text[sents[i - 1].end : s.start]))
                         for text, sents, _, _ in items for i, s in enumerate(sents)],
                        dtype=float).reshape(N, 5)
        opens, words, quoted, digits, capitals = rows.T
        n = np.repeat(sizes, sizes)
        first = np.repeat(np.cumsum(sizes) - sizes, sizes)  # row of each sentence's article's first sentence
        g = np.arange(N)
        idx = g - first

        def within(x):  # running sum inside each article
            c = np.cumsum(x)
            return c - (c[first] - x[first])

        central, title_sim, theme, to_centroid, lead, prev, rank, relative = (
            np.concatenate(col) for col in zip(*(cols for cols, _ in filter(None, graphs))))
        F = np.column_stack([
            central, 1.0 / np.sqrt(1.0 + idx), title_sim, theme,
            idx, idx / n, n, opens, within(opens) - 1, np.log1p(words), to_centroid, quoted,
            # context: likeness to the lead sentence and to the one before, rank, place in paragraph
            # (every article's first sentence opens a paragraph)
            lead, prev, rank, g - np.maximum.accumulate(np.where(opens > 0, g, 0)),
            # content: numbers, share of capitalised words (names), words before, relative centrality
            digits, capitals / np.maximum(words, 1), within(words) - words, relative,
        ])
        ends = np.cumsum(sizes)
        return [(F[end - size : end], graph[1] if graph else np.zeros((0, 0)))
                for size, end, graph in zip(sizes, ends, graphs)]

    def _graph(self, text, sentences, title, theme_terms) -> tuple[tuple[np.ndarray, ...], np.ndarray]:
        """The features of each sentence that depend on the article's other sentences (centrality,
        title and theme relevance, likeness to the centroid, the lead and the sentence before, rank by
        centrality, relative likeness to the centroid), and the similarity matrix."""
        n = len(sentences)
        title_stems = self._content_stems([title]) if title else [[]]
        V, vocab = self._vectors(self._sentence_stems(text, sentences) + title_stems)
        S, t = V[:n], V[n]
        sim = S @ S.T
        np.fill_diagonal(sim, 0.0)
        central = _lexrank(sim)
        title_sim = S @ t if title else np.zeros(n)
        theme = np.zeros(n)
        if theme_terms:
            w = np.zeros(len(vocab))
            for term, weight in theme_terms.items():
                if term in vocab:
                    w[vocab[term]] = weight
            theme = S @ w
            if theme.max() > 0:
                theme = theme / theme.max()
        centroid = S.mean(axis=0)
        cn = np.linalg.norm(centroid) or 1.0
        to_centroid = S @ centroid / cn
        return (central, title_sim, theme, to_centroid, sim[0], np.concatenate([[0.0], np.diag(sim, 1)]),
                np.argsort(np.argsort(-central)), to_centroid / (to_centroid.max() or 1.0)), sim

    def select(self, sentences: Sequence[Sentence], scores: np.ndarray, sim: np.ndarray | None = None) -> list[Sentence]:
        """Greedy MMR selection of the summary, returned in document order."""
        n = len(sentences)
        if n == 0:
            return []
        if self.ratio is not None:
            limit_k = max(1, round(self.ratio * n))
        else:
            limit_k = n if self.n_words else self.k
        if sim is None:
            V, _ = self._vectors(self._content_stems([s.text for s in sentences[: self.max_sentences]]))
            sim = V @ V.T
        chosen: list[int] = []
        words = 0
        m = min(n, len(sim))  # only scored sentences are candidates
        # plain floats: a handful of picks among a few dozen sentences is quicker without numpy
        gain = (self.mmr_lambda * np.asarray(scores[:m], dtype=np.float64)).tolist()
        penalty = 1 - self.mmr_lambda
        redundancy = [0.0] * m  # each candidate's highest similarity to a chosen sentence
        candidates = list(range(m))
        while candidates and len(chosen) < limit_k:
            # the first of equals: the earlier sentence
            best = max(candidates, key=lambda i: gain[i] - penalty * redundancy[i])
            chosen.append(best)
            candidates.remove(best)
            redundancy = list(map(max, redundancy, sim[:m, best].tolist()))
            words += len(sentences[best].text.split())
            if self.n_words and words >= self.n_words:
                break
        return [sentences[i] for i in sorted(chosen)]

    def summarize(
        self, text: str, *, sentences: Sequence[Sentence] | None = None, title: str = "", theme_terms=None
    ) -> list[Sentence]:
        """Summary sentences of ``text`` (offsets into ``text``), in document order."""
        sents = list(sentences) if sentences is not None else self._sentences(text)
        return self.select(sents, *self._score(sents, title, theme_terms, text))

    def _sentences(self, text: str) -> list[Sentence]:
        """``split_sentences(text)``, from the article's shared view (split and tokenised once)."""
        return [s for block in article_view(text).sentences for s in block]


_N_FEATURES = 20
_DIGIT = re.compile(r"\d")
_CAPITALISED = re.compile(r" [A-Z]")  # words after the first that start with a capital (fast to scan)
# feature columns the learned scorer sees: all but title overlap (2) and theme relevance (3)
_LEARNED = [0, 1] + list(range(4, _N_FEATURES))


def _surface(sentence: str, opens: bool) -> tuple:
    """Surface signals of one sentence: opens a paragraph, words, a quotation mark, a digit,
    capitalised words (the first word and any after a space)."""
    return (opens, len(sentence.split()), "“" in sentence or '"' in sentence, _DIGIT.search(sentence) is not None,
            len(_CAPITALISED.findall(sentence)) + sentence[0].isupper())


def _content_stem(token: str, stem: str) -> str:
    """The stem of a content word; empty for a stopword or a bare number."""
    return "" if token.isdigit() or token in _stopwords() else stem




def _pad(scores: np.ndarray, n: int) -> np.ndarray:
    """Scores of the first sentences, with 0 for the unscored rest."""
    return scores if len(scores) == n else np.concatenate([scores, np.zeros(n - len(scores))])


def _lexrank(sim: np.ndarray, damping: float = 0.85) -> np.ndarray:
    """Continuous LexRank: stationary distribution of the similarity graph, scaled to max 1.

    The PageRank fixed point r = (1 - d)/n + d P^T r, solved directly (one small linear
    system) rather than by power iteration.
    """
    n = sim.shape[0]
    if n == 1:
        return np.ones(1)
    rows = sim.sum(axis=1, keepdims=True)
    P = np.divide(sim, rows, out=np.full_like(sim, 1.0 / n), where=rows > 0)
    r = np.linalg.solve(np.eye(n) - damping * P.T, np.full(n, (1 - damping) / n))
    return r / r.max()
