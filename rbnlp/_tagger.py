"""Multi-label theme and BerAKHLAK-value tagger: stemmed TF-IDF, calibrated linear models."""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import FeatureUnion
from sklearn.preprocessing import MultiLabelBinarizer

from ._errors import InputError
from ._features import StemAnalyzer, _as_texts, tfidf_transform
from ._text import split_sentences

__all__ = ["ThemeTagger"]


class ThemeTagger(BaseEstimator):
    """Tag texts with any number of labels, with calibrated scores and tuned thresholds.

    One logistic regression per label on stemmed word n-gram TF-IDF (optionally
    plus character n-grams), calibrated by ``CalibratedClassifierCV``. Each
    label's decision threshold maximises F1 on out-of-fold calibrated scores of
    the training data (a validation split, never test data). The label set comes
    from the training labels, so a new theme needs only labelled examples.

    Parameters
    ----------
    stem_mode : {"default", "compat"}, default "default"
    ngram_range : tuple, default (1, 2)
        Word n-grams over stems.
    char_ngrams : tuple or None, default None
        If set, e.g. ``(3, 5)``, add ``char_wb`` n-grams of the raw text.
    min_df : int, default 2
    max_df : float, default 0.9
    C : float, default 16.0
        Inverse regularisation of each logistic regression.
    calibration : {"sigmoid", "isotonic"}, default "sigmoid"
    cv : int, default 3
        Folds for calibration and for threshold tuning.
    select_k : int or None, default 100
        Keep, per label, the ``select_k`` word n-grams most associated with it
        (chi-squared, positive association only), chosen on the rows of
        ``select_mask`` given to :meth:`fit`. Selecting terms on same-style data
        only (the themed corpus) keeps the model from learning a writing style
        as a theme. ``None`` keeps every term.
    min_threshold, max_threshold : float, default 0.02, 0.8
        Bounds of the tuned thresholds.
    min_threshold_positives : int, default 5
        A label's threshold is tuned on the ``threshold_mask`` rows given to
        :meth:`fit` only when they hold at least this many of its positives;
        otherwise on all rows.
    random_state : int, default 0

    Attributes
    ----------
    classes_ : ndarray of str
        Label names, sorted.
    thresholds_ : ndarray of float
        Decision threshold per label.
    vectorizer_ : fitted feature extractor
    estimators_ : list of fitted calibrated classifiers, one per label

    Examples
    --------
    >>> from rbnlp import ThemeTagger
    >>> texts = ["Pengaduan masyarakat lewat LAPOR ditindaklanjuti.",
    ...          "Aduan warga soal pelayanan ditindaklanjuti petugas.",
    ...          "Layanan pengaduan dibuka setiap hari kerja.",
    ...          "Indeks reformasi birokrasi naik menjadi 75.",
    ...          "Nilai indeks RB provinsi mencapai predikat BB.",
    ...          "Evaluasi RB menaikkan indeks tahun ini."] * 2
    >>> labels = [["complaint_handling"]] * 3 + [["reform_index"]] * 3
    >>> tagger = ThemeTagger(min_df=1, cv=2).fit(texts, labels * 2)
    >>> list(tagger.classes_)
    ['complaint_handling', 'reform_index']
    >>> tagger.predict_labels(["Warga menyampaikan pengaduan lewat LAPOR."])
    [('complaint_handling',)]
    """

    def __init__(
        self,
        *,
        stem_mode: str = "default",
        ngram_range: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] | None = None,
        min_df: int = 2,
        max_df: float = 0.9,
        C: float = 16.0,
        calibration: str = "sigmoid",
        cv: int = 3,
        select_k: int | None = 100,
        min_threshold: float = 0.02,
        max_threshold: float = 0.8,
        min_threshold_positives: int = 5,
        random_state: int = 0,
    ):
        self.stem_mode = stem_mode
        self.ngram_range = ngram_range
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.max_df = max_df
        self.C = C
        self.calibration = calibration
        self.cv = cv
        self.select_k = select_k
        self.min_threshold = min_threshold
        self.max_threshold = max_threshold
        self.min_threshold_positives = min_threshold_positives
        self.random_state = random_state

    # ------------------------------------------------------------------ fitting
    def _vectorizer(self):
        words = TfidfVectorizer(
            analyzer=StemAnalyzer(mode=self.stem_mode, ngram_range=tuple(self.ngram_range)),
            min_df=self.min_df,
            max_df=self.max_df,
            sublinear_tf=True,
            dtype=np.float32,
        )
        if not self.char_ngrams:
            return words
        chars = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=tuple(self.char_ngrams),
            lowercase=True,
            min_df=self.min_df,
            max_df=self.max_df,
            sublinear_tf=True,
            dtype=np.float32,
        )
        return FeatureUnion([("words", words), ("chars", chars)])

    def _classifier(self):
        base = LogisticRegression(C=self.C, class_weight="balanced", solver="liblinear", max_iter=1000)
        # ensemble=False: one model on all data, calibrated on out-of-fold scores; one model to run
        return CalibratedClassifierCV(base, method=self.calibration, cv=self.cv, ensemble=False)

    def fit(self, X, y, *, select_mask=None, threshold_mask=None, base_vectorizer=None):
        """Fit on texts ``X`` and, per text, an iterable of label names ``y``.

        ``select_mask`` (boolean, one per text) marks the rows on which terms are
        selected (see ``select_k``); by default all rows. ``threshold_mask`` marks
        the rows most like the text the model will read (real news, say): each
        label's threshold maximises F1 on their out-of-fold scores, where they hold
        enough of its positives (see ``min_threshold_positives``).
        ``base_vectorizer``: a vectorizer another tagger with the same feature
        parameters already fitted on the same texts; sharing it lets a Reader
        count each text's n-grams once for both taggers.
        """
        texts = _as_texts(X)
        y = _as_label_lists(y, len(texts))
        self.mlb_ = MultiLabelBinarizer()
        Y = self.mlb_.fit_transform(y)
        self.classes_ = np.asarray(self.mlb_.classes_, dtype=object)
        if len(self.classes_) == 0:
            raise InputError("No labels in the training data: give at least one text a label.")
        mask = _row_mask(select_mask, len(texts), "select_mask")
        tmask = _row_mask(threshold_mask, len(texts), "threshold_mask")
        self.vectorizer_ = base_vectorizer if base_vectorizer is not None else self._vectorizer().fit(texts)
        Xv = self.vectorizer_.transform(texts)
        if self.select_k:
            keep = _select_terms(Xv[mask], Y[mask], self.select_k)
            self.vectorizer_ = _Restricted(self.vectorizer_, keep)
            Xv = Xv[:, keep]
        self.estimators_, thresholds = [], []
        for j, label in enumerate(self.classes_):
            yj = Y[:, j]
            n_pos = int(yj.sum())
            need = 2 * self.cv  # calibration folds nested inside threshold-tuning folds
            if n_pos < need or len(yj) - n_pos < need:
                raise InputError(
                    f"Label {label!r} has {n_pos} positive and {len(yj) - n_pos} negative examples; "
                    f"each label needs at least 2*cv={need} of both. Add examples or lower cv."
                )
            folds = StratifiedKFold(self.cv, shuffle=True, random_state=self.random_state)
            oof = cross_val_predict(self._classifier(), Xv, yj, cv=folds, method="predict_proba")[:, 1]
            rows = tmask if yj[tmask].sum() >= self.min_threshold_positives else slice(None)
            thresholds.append(_best_threshold(yj[rows], oof[rows], self.min_threshold, self.max_threshold))
            self.estimators_.append(clone(self._classifier()).fit(Xv, yj))
        self.thresholds_ = np.asarray(thresholds)
        return self

    # ------------------------------------------------------------------ predicting
    def _features(self, X):
        return self.vectorizer_.transform(_as_texts(X))

    @property
    def base_vectorizer_(self):
        """The fitted vectorizer before term selection (shareable between taggers)."""
        v = self.vectorizer_
        return v.vectorizer if isinstance(v, _Restricted) else v

    def predict_proba(self, X) -> np.ndarray:
        """Calibrated probability of each label, shape (n_texts, n_labels)."""
        return self.proba_from_base(tfidf_transform(self.base_vectorizer_, _as_texts(X)))

    def proba_from_base(self, X_base) -> np.ndarray:
        """``predict_proba`` from the output of :attr:`base_vectorizer_` (computed once, shared)."""
        v = self.vectorizer_
        Xv = X_base[:, v.columns] if isinstance(v, _Restricted) else X_base
        return np.column_stack([est.predict_proba(Xv)[:, 1] for est in self.estimators_])

    def feature_params(self) -> dict:
        """The parameters that decide the base features (equal ones can share a vectorizer)."""
        return {k: self.get_params()[k] for k in ("stem_mode", "ngram_range", "char_ngrams", "min_df", "max_df")}

    def predict(self, X) -> np.ndarray:
        """Label indicator matrix (n_texts, n_labels) using the tuned thresholds."""
        return (self.predict_proba(X) >= self.thresholds_).astype(int)

    def predict_labels(self, X) -> list[tuple[str, ...]]:
        """Predicted label names per text."""
        return [tuple(self.classes_[row.astype(bool)]) for row in self.predict(X)]

    def score(self, X, y, sample_weight=None) -> float:
        """Macro-averaged F1 over labels (used by GridSearchCV)."""
        Y = self.mlb_.transform(_as_label_lists(y, len(_as_texts(X))))
        return float(f1_score(Y, self.predict(X), average="macro", zero_division=0))

    # ------------------------------------------------------------------ explaining
    def _coef(self, j: int) -> np.ndarray:
        cal = self.estimators_[j].calibrated_classifiers_
        return np.mean([c.estimator.coef_.ravel() for c in cal], axis=0)

    def feature_names(self) -> np.ndarray:
        return np.asarray(self.vectorizer_.get_feature_names_out(), dtype=object)

    def explain(self, text: str, label: str, *, n_terms: int = 8, n_sentences: int = 3) -> dict:
        """Terms and sentences of ``text`` that pushed ``label`` up most.

        Returns a dict with ``label``, ``score``, ``threshold``, ``terms`` (list of
        ``(term, weight)``) and ``sentences`` (list of ``(Sentence, weight)``).
        """
        if label not in set(self.classes_):
            raise InputError(f"Unknown label {label!r}; this model knows {list(self.classes_)}.")
        j = int(np.flatnonzero(self.classes_ == label)[0])
        coef = self._coef(j)
        x = self._features([text])
        row = x.tocsr()
        contrib = row.data * coef[row.indices]
        order = np.argsort(-contrib)[:n_terms]
        names = self.feature_names()
        terms = [(str(names[row.indices[i]]), float(contrib[i])) for i in order if contrib[i] > 0]
        sents = split_sentences(text)
        sent_scores = []
        if sents:
            S = self.vectorizer_.transform([s.text for s in sents])
            w = S @ coef
            for i in np.argsort(-w)[:n_sentences]:
                if w[i] > 0:
                    sent_scores.append((sents[i], float(w[i])))
        score = float(self.estimators_[j].predict_proba(x)[0, 1])
        return {
            "label": label,
            "score": score,
            "threshold": float(self.thresholds_[j]),
            "terms": terms,
            "sentences": sent_scores,
        }

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.target_tags.multi_output = True
        return tags


def _row_mask(mask, n: int, name: str) -> np.ndarray:
    """A boolean row mask, all True when ``mask`` is None."""
    out = np.ones(n, bool) if mask is None else np.asarray(mask, bool)
    if out.shape != (n,):
        raise InputError(f"{name} needs one boolean per text ({n}), got shape {out.shape}.")
    return out


def _select_terms(X, Y: np.ndarray, k: int) -> np.ndarray:
    """Column indices of the union of each label's top-``k`` positively associated terms."""
    from sklearn.feature_selection import chi2

    present = (X > 0).astype(np.float32)
    keep: set[int] = set()
    for j in range(Y.shape[1]):
        y = Y[:, j].astype(bool)
        if y.all() or not y.any():
            continue
        scores, _ = chi2(present, y)
        scores = np.nan_to_num(scores)
        positive = np.asarray(present[y].mean(0)).ravel() > np.asarray(present[~y].mean(0)).ravel()
        scores[~positive] = 0.0
        top = np.argsort(-scores)[:k]
        keep.update(int(i) for i in top if scores[i] > 0)
    return np.array(sorted(keep), dtype=np.int64)


class _Restricted:
    """A fitted vectorizer whose output keeps only some columns (picklable, no state of its own)."""

    def __init__(self, vectorizer, columns: np.ndarray):
        self.vectorizer = vectorizer
        self.columns = columns

    def transform(self, texts):
        return tfidf_transform(self.vectorizer, texts)[:, self.columns]

    def get_feature_names_out(self):
        return np.asarray(self.vectorizer.get_feature_names_out())[self.columns]


def _as_label_lists(y, n: int) -> list[tuple[str, ...]]:
    if isinstance(y, np.ndarray) and y.ndim == 2:
        raise InputError("Pass labels as lists of names per text, e.g. [['integrity'], []].")
    y = list(y)
    if len(y) != n:
        raise InputError(f"Got {n} texts but {len(y)} label lists; give one list per text.")
    out = []
    for labels in y:
        if isinstance(labels, str):
            labels = [labels]
        out.append(tuple(str(label) for label in labels))
    return out


def _best_threshold(y: np.ndarray, p: np.ndarray, lo: float, hi: float) -> float:
    grid = np.round(np.arange(lo, hi + 1e-9, 0.025), 3)
    f1s = [f1_score(y, p >= t, zero_division=0) for t in grid]
    best = max(f1s)
    # among equally good thresholds take the middle one: stable on new data
    ties = grid[np.isclose(f1s, best)]
    return float(np.median(ties))

