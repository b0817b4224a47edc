"""Labelled data: reading, the default training set, hashing, and scoring."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import numpy as np

from ._errors import InputError

__all__ = [
    "THEMES",
    "VALUES",
    "read_labelled",
    "default_training_set",
    "default_summary_set",
    "document_text",
    "data_sha256",
    "multilabel_report",
]

THEMES = (
    "reform_index",
    "berakhlak",
    "complaint_handling",
    "public_service",
    "digital_government",
    "integrity",
)
VALUES = (
    "berorientasi_pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
)


def document_text(rec: dict) -> str:
    """The text rbnlp reads for a record: its title (if any) over its body."""
    title = (rec.get("title") or "").strip()
    return f"{title}\n\n{rec['text']}" if title else rec["text"]


def read_jsonl(path: str | Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}: not valid JSON ({exc.msg}); fix or remove the line.") from None


def read_labelled(path: str | Path) -> list[dict]:
    """Read labelled JSONL: ``text``, optional ``title``, ``themes``, ``values`` per line."""
    out = []
    for n, rec in enumerate(read_jsonl(path), 1):
        if not isinstance(rec.get("text"), str) or not rec["text"].strip():
            raise InputError(f"{path}: record {n} has no non-empty 'text' field.")
        out.append(
            {
                "id": str(rec.get("id", n)),
                "title": rec.get("title") or "",
                "text": rec["text"],
                "themes": list(rec.get("themes") or []),
                "values": list(rec.get("values") or []),
                "source": rec.get("source", Path(path).stem),
                "key_sentences": _key_texts(rec.get("key_sentences")),
            }
        )
    return out


def _key_texts(keys) -> list[str]:
    """Key (summary) sentences as strings, from strings or {"text": ...} objects."""
    return [k["text"] if isinstance(k, dict) else str(k) for k in (keys or [])]


def default_summary_set(shared: str | Path) -> list[dict]:
    """Articles with the sentences an editor kept, for the learned summary scorer.

    Every IndoSum dev article with its gold-labelled sentences, and the themed
    corpus with its key sentences (read from ``../shared`` by path).
    """
    corpus = Path(shared) / "corpus"
    out = []
    for rec in read_jsonl(corpus / "indosum" / "dev_flat.jsonl"):
        kept = [s for s, g in zip(rec["sentences"], rec["gold_labels"]) if g]
        out.append({"id": rec["id"], "text": rec["text"], "key_sentences": kept, "source": "indosum"})
    for name in ("train", "dev"):
        out.extend(read_labelled(corpus / "themes" / f"{name}.jsonl"))
    return out


def default_training_set(shared: str | Path, *, n_negatives: int = 1000, seed: int = 0) -> list[dict]:
    """The corpus the shipped model is trained on, read from ``../shared`` by path.

    - ``corpus/themes`` train and dev (written for rbnlp, incl. hard negatives);
    - the five seeds with ``corpus/seeds_labels.jsonl``;
    - ``corpus/indosum_themes.jsonl``: real IndoSum news touching government
      vocabulary, labelled by the guideline (a few real positives, many real
      negatives that share the themes' vocabulary);
    - ``n_negatives`` other IndoSum articles (no government vocabulary) as plain
      real-news negatives, so the model sees real style on both sides.
    """
    shared = Path(shared)
    corpus = shared / "corpus"
    if not corpus.is_dir():
        raise InputError(f"No corpus under {shared}; pass the path of the shared data folder.")
    recs = []
    for name in ("train", "dev"):
        for r in read_labelled(corpus / "themes" / f"{name}.jsonl"):
            r["source"] = f"themes-{name}"
            recs.append(r)
    for lab in read_jsonl(corpus / "seeds_labels.jsonl"):
        text = (shared / "seeds" / lab["file"]).read_text(encoding="utf-8")
        recs.append(
            {"id": lab["file"], "title": "", "text": text, "themes": lab["themes"], "values": lab["values"], "source": "seeds"}
        )
    indosum = {r["id"]: r for r in read_jsonl(corpus / "indosum" / "dev_flat.jsonl")}
    labelled_ids = set()
    for lab in read_jsonl(corpus / "indosum_themes.jsonl"):
        labelled_ids.add(lab["id"])
        recs.append(
            {
                "id": lab["id"],
                "title": "",
                "text": indosum[lab["id"]]["text"],
                "themes": list(lab.get("themes") or []),
                "values": list(lab.get("values") or []),
                "source": "indosum-labelled",
            }
        )
    rest = sorted(i for i in indosum if i not in labelled_ids)
    for i in random.Random(seed).sample(rest, min(n_negatives, len(rest))):
        recs.append({"id": i, "title": "", "text": indosum[i]["text"], "themes": [], "values": [], "source": "indosum-negative"})
    return recs


def data_sha256(records: Iterable[dict]) -> str:
    """sha256 of the training records' texts and labels (order-sensitive)."""
    h = hashlib.sha256()
    for r in records:
        row = [r.get("title", ""), r["text"], sorted(r.get("themes", [])), sorted(r.get("values", []))]
        h.update(json.dumps(row, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def multilabel_report(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]], labels: Sequence[str]) -> dict:
    """Per-label precision/recall/F1/support, macro and micro F1, most confused pairs."""
    idx = {label: i for i, label in enumerate(labels)}
    G = np.zeros((len(gold), len(labels)), bool)
    P = np.zeros_like(G)
    for r, (g, p) in enumerate(zip(gold, pred)):
        for label in g:
            if label in idx:
                G[r, idx[label]] = True
        for label in p:
            if label in idx:
                P[r, idx[label]] = True
    per = {}
    tp_all = fp_all = fn_all = 0
    for label, j in idx.items():
        tp = int((G[:, j] & P[:, j]).sum())
        fp = int((~G[:, j] & P[:, j]).sum())
        fn = int((G[:, j] & ~P[:, j]).sum())
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[label] = {"precision": prec, "recall": rec, "f1": f1, "support": int(G[:, j].sum())}
    with_support = [v["f1"] for v in per.values() if v["support"] > 0]
    micro_p = tp_all / (tp_all + fp_all) if tp_all + fp_all else 0.0
    micro_r = tp_all / (tp_all + fn_all) if tp_all + fn_all else 0.0
    confused = {}
    for r in range(len(gold)):
        for a in np.flatnonzero(G[r] & ~P[r]):  # missed a ...
            for b in np.flatnonzero(P[r] & ~G[r]):  # ... and said b instead
                key = f"{labels[a]} -> {labels[b]}"
                confused[key] = confused.get(key, 0) + 1
    return {
        "per_label": per,
        "macro_f1": float(np.mean(with_support)) if with_support else 0.0,
        "micro_f1": 2 * micro_p * micro_r / (micro_p + micro_r) if micro_p + micro_r else 0.0,
        "n": len(gold),
        "most_confused": sorted(confused.items(), key=lambda kv: -kv[1])[:5],
    }
