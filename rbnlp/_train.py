"""Training and evaluation of Readers on labelled records."""

from __future__ import annotations

from typing import Sequence

import numpy as np
from sklearn.model_selection import KFold

from ._data_io import THEMES, VALUES, _key_texts, data_sha256, document_text, multilabel_report
from ._errors import InputError
from ._reader import Reader
from ._summarize import Summarizer
from ._tagger import ThemeTagger

__all__ = ["train", "evaluate", "cross_validate"]

# rows on which terms are selected: same-style data (see ThemeTagger.select_k)
_SELECT_SOURCES = ("themes-train", "themes-dev", "seeds")
# rows on which thresholds are tuned: real news, what the model will read (see ThemeTagger.fit)
_THRESHOLD_SOURCES = ("seeds", "indosum-labelled", "indosum-negative")


def _source_mask(records: Sequence[dict], sources: tuple[str, ...]) -> np.ndarray | None:
    """Rows whose ``source`` is one of ``sources``; None when that is all rows or none."""
    mask = np.array([r.get("source", "") in sources for r in records])
    return mask if mask.any() and not mask.all() else None


def train(records: Sequence[dict], *, tagger_params: dict | None = None, value_params: dict | None = None,
          summary_records: Sequence[dict] | None = None, summarizer_params: dict | None = None) -> Reader:
    """Fit a Reader's theme and value taggers on labelled records.

    Parameters
    ----------
    records : list of dict
        Each with ``text``, optional ``title``, ``themes`` and ``values`` (lists of
        label names). The label sets are whatever the records use. Optional
        ``source``: records from the themed corpus and the seeds choose the
        vocabulary; real-news records (seeds, IndoSum) tune the thresholds.
    tagger_params, value_params : dict, optional
        Parameters of the two :class:`ThemeTagger`.
    summary_records : list of dict, optional
        Articles with ``key_sentences`` (the sentences an editor kept, as strings or
        ``{"text": ...}`` objects as in ../shared/corpus/themes) to learn the
        summary scorer from; by default the training records that have them. With
        none, the summariser uses its fixed weights.
    summarizer_params : dict, optional
        Parameters of the :class:`Summarizer`.

    Examples
    --------
    >>> import rbnlp
    >>> recs = [{"text": "Pengaduan warga ditindaklanjuti lewat LAPOR.", "themes": ["complaint_handling"]},
    ...         {"text": "Indeks reformasi birokrasi naik jadi 75.", "themes": ["reform_index"]}] * 4
    >>> rbnlp.train(recs, tagger_params={"min_df": 1, "cv": 2}).labels
    ('complaint_handling', 'reform_index')
    """
    if not records:
        raise InputError("No training records: pass labelled records with 'text' and 'themes'.")
    docs = [document_text(r) for r in records]
    masks = {"select_mask": _source_mask(records, _SELECT_SOURCES),
             "threshold_mask": _source_mask(records, _THRESHOLD_SOURCES)}
    tagger = ThemeTagger(**(tagger_params or {})).fit(docs, [r.get("themes", []) for r in records], **masks)
    value_tagger = None
    values = [r.get("values", []) for r in records]
    if any(values):
        value_tagger = ThemeTagger(**(value_params or {}))
        shared = tagger.base_vectorizer_ if value_tagger.feature_params() == tagger.feature_params() else None
        value_tagger.fit(docs, values, base_vectorizer=shared, **masks)
    summary_records = [r for r in (records if summary_records is None else summary_records) if r.get("key_sentences")]
    summarizer = Summarizer(**(summarizer_params or {}))
    if summary_records:
        summarizer.fit([r["text"] for r in summary_records], [_key_texts(r["key_sentences"]) for r in summary_records])
    else:
        summarizer.fit()
    return Reader(tagger=tagger, value_tagger=value_tagger, summarizer=summarizer)


def evaluate(reader: Reader, records: Sequence[dict]) -> dict:
    """Per-label precision/recall/F1, macro and micro F1, most confused pairs; themes and values.

    Examples
    --------
    >>> import rbnlp
    >>> recs = [{"text": "Aduan warga lewat LAPOR ditindaklanjuti.", "themes": ["complaint_handling"]},
    ...         {"text": "Harga cabai naik di pasar.", "themes": []}]
    >>> rep = rbnlp.evaluate(rbnlp.load(), recs)
    >>> rep["themes"]["per_label"]["complaint_handling"]["support"]
    1
    """
    arts = list(reader.pipe([(r["text"], r.get("title") or None) for r in records]))
    out = {
        "themes": multilabel_report([r.get("themes", []) for r in records], [a.labels for a in arts], reader.labels),
    }
    if reader.value_labels:
        out["values"] = multilabel_report(
            [r.get("values", []) for r in records], [a.values for a in arts], reader.value_labels
        )
    return out


def cross_validate(records: Sequence[dict], *, k: int = 5, seed: int = 0, groups_of: str = "source",
                   report_on: Sequence[str] | None = None, **train_kw) -> dict:
    """k-fold cross-validated figures: every record is scored by a model that never saw it.

    ``report_on`` restricts the reported figures to records of those sources (all
    records are still used for training in each fold). Returns themes and values
    reports, overall and per source.

    Examples
    --------
    >>> import rbnlp
    >>> recs = [{"text": f"Aduan warga nomor {i} ditindaklanjuti.", "themes": ["complaint_handling"],
    ...          "values": [], "source": "a"} for i in range(10)]
    >>> recs += [{"text": f"Indeks RB tahun {i} naik.", "themes": ["reform_index"],
    ...           "values": [], "source": "b"} for i in range(10)]
    >>> cv = rbnlp.cross_validate(recs, k=2, tagger_params={"min_df": 1, "cv": 2})
    >>> cv["themes"]["n"], sorted(cv["by_source"])
    (20, ['a', 'b'])
    """
    records = list(records)
    idx = np.arange(len(records))
    preds_t: list = [None] * len(records)
    preds_v: list = [()] * len(records)
    for tr, te in KFold(k, shuffle=True, random_state=seed).split(idx):
        reader = train([records[i] for i in tr], **train_kw)
        arts = list(reader.pipe([(records[i]["text"], records[i].get("title") or None) for i in te]))
        for i, a in zip(te, arts):
            preds_t[i], preds_v[i] = a.labels, a.values
    sources = sorted({r.get(groups_of, "") for r in records})
    keep = [i for i in idx if report_on is None or records[i].get(groups_of) in report_on]
    out = {
        "k": k,
        "themes": multilabel_report([records[i]["themes"] for i in keep], [preds_t[i] for i in keep], THEMES),
        "values": multilabel_report([records[i]["values"] for i in keep], [preds_v[i] for i in keep], VALUES),
        "by_source": {},
    }
    for s in sources:
        sel = [i for i in idx if records[i].get(groups_of) == s]
        gold = [records[i]["themes"] for i in sel]
        pred = [preds_t[i] for i in sel]
        rep = multilabel_report(gold, pred, THEMES)
        neg = [i for i in sel if not records[i]["themes"]]
        out["by_source"][s] = {
            "n": len(sel),
            "macro_f1": rep["macro_f1"],
            "micro_f1": rep["micro_f1"],
            "false_positive_articles": sum(1 for i in neg if preds_t[i]),
            "negatives": len(neg),
        }
    out["training_data_sha256"] = data_sha256(records)
    return out
