"""Theme tagging: keyword rules, scikit-learn defaults, fastText and rbnlp on the same splits.

Usage: python benchmarks/bench_tagger.py [--shared ../shared]

Train: themes/train.jsonl plus 1,000 real IndoSum negatives (the same records for every
method). Test: themes/dev.jsonl (written like the training data), and real news: the 128
labelled IndoSum articles plus the five seeds (never trained on here). Macro-F1 is over the
themes with support in the test set; articles/s is prediction only, in this process.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

import numpy as np

import rbnlp
from rbnlp._data_io import THEMES, default_training_set, document_text, multilabel_report

ROOT = Path(__file__).resolve().parents[1]

# The guideline's "typical cues" column (GUIDELINE.md section 1), as keyword rules.
CUES = {
    "reform_index": ["indeks reformasi birokrasi", "indeks rb", "nilai rb", "predikat rb", "evaluasi rb",
                     "evaluasi reformasi birokrasi", "road map", "area perubahan", "rb tematik"],
    "berakhlak": ["berakhlak", "core values asn", "nilai dasar asn", "budaya kerja", "internalisasi nilai"],
    "complaint_handling": ["pengaduan", "aduan", "laporan masyarakat", "lapor!", "sp4n", "ombudsman",
                           "maladministrasi", "tindak lanjut"],
    "public_service": ["pelayanan publik", "standar pelayanan", "maklumat pelayanan", "survei kepuasan masyarakat",
                       "skm", "mal pelayanan publik", "inovasi pelayanan", "kepuasan masyarakat"],
    "digital_government": ["spbe", "layanan online", "layanan daring", "aplikasi", "berbasis elektronik",
                           "digitalisasi", "satu data"],
    "integrity": ["zona integritas", "wbk", "wbbm", "sakip", "akuntabilitas kinerja", "gratifikasi", "pungli",
                  "korupsi"],
}


def keyword_rules(texts, min_hits=2):
    out = []
    for t in texts:
        low = t.lower()
        out.append(tuple(th for th, cues in CUES.items()
                         if sum(1 for c in cues if re.search(r"(?<!\w)" + re.escape(c) + r"(?!\w)", low)) >= min_hits))
    return out


def sklearn_defaults(train_texts, train_labels):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import MultiLabelBinarizer

    mlb = MultiLabelBinarizer(classes=list(THEMES))
    model = make_pipeline(TfidfVectorizer(), OneVsRestClassifier(LogisticRegression()))
    model.fit(train_texts, mlb.fit_transform(train_labels))
    return lambda texts: [tuple(mlb.classes_[row.astype(bool)]) for row in model.predict(texts)]


def fasttext_model(train_texts, train_labels):
    import fasttext

    def norm(t):
        return " ".join(re.findall(r"\w+", t.lower()))

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        for t, labels in zip(train_texts, train_labels):
            tags = " ".join(f"__label__{x}" for x in labels) or "__label__none"
            fh.write(f"{tags} {norm(t)}\n")
    model = fasttext.train_supervised(fh.name, loss="ova", epoch=50, wordNgrams=2, lr=0.5, verbose=0, seed=0,
                                      thread=1)

    def predict(texts):
        labels, _ = model.predict([norm(t) for t in texts], k=-1, threshold=0.5)
        return [tuple(x.replace("__label__", "") for x in row if x != "__label__none") for row in labels]

    return predict


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    recs = default_training_set(args.shared)
    train = [r for r in recs if r["source"] in ("themes-train", "indosum-negative")]
    tests = {
        "themes dev (written)": [r for r in recs if r["source"] == "themes-dev"],
        "real news (IndoSum labelled + seeds)": [r for r in recs if r["source"] in ("indosum-labelled", "seeds")],
    }
    texts = [document_text(r) for r in train]
    labels = [r["themes"] for r in train]
    t = time.perf_counter()
    reader = rbnlp.train(train)
    rb_fit = time.perf_counter() - t
    methods = {
        "keyword rules": lambda xs: keyword_rules(xs),
        "sklearn defaults (no stemming)": sklearn_defaults(texts, labels),
        "fastText supervised": fasttext_model(texts, labels),
        "rbnlp": lambda xs: [a.labels for a in reader.pipe(xs)],
    }
    print(f"train: {len(train)} records (rbnlp fit {rb_fit:.0f}s)")
    for name, test in tests.items():
        xs = [document_text(r) for r in test]
        gold = [r["themes"] for r in test]
        print(f"\n{name}: {len(test)} articles, {sum(1 for g in gold if g)} with a theme")
        results = {}
        for mname, predict in methods.items():
            predict(xs[:5])
            t = time.perf_counter()
            pred = predict(xs)
            rate = len(xs) / (time.perf_counter() - t)
            rep = multilabel_report(gold, pred, THEMES)
            results[mname] = rep["macro_f1"]
            fp = sum(1 for g, p in zip(gold, pred) if not g and p)
            print(f"  {mname:32s} macro-F1 {rep['macro_f1']:.3f}  micro-F1 {rep['micro_f1']:.3f}  "
                  f"false-positive articles {fp:3d}  {rate:8.0f} articles/s")
        print(f"  rbnlp - keyword rules: {results['rbnlp'] - results['keyword rules']:+.3f}; "
              f"rbnlp - sklearn defaults: {results['rbnlp'] - results['sklearn defaults (no stemming)']:+.3f}")
    arts = list(reader.pipe([document_text(r) for r in tests["themes dev (written)"]]))
    print(f"\nrbnlp tagger only (themes and values, no summary/quotes): ", end="")
    xs = [document_text(r) for r in recs if r["source"] == "indosum-negative"][:500]
    t = time.perf_counter()
    reader.tagger.predict_proba(xs)
    reader.value_tagger.predict_proba(xs)
    print(f"{len(xs) / (time.perf_counter() - t):.0f} articles/s on one core (real news)")
    del arts


if __name__ == "__main__":
    main()
