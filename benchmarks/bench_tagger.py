"""Theme tagging: keyword rules, scikit-learn defaults, fastText and rbnlp on the same splits.

Usage: python benchmarks/bench_tagger.py [--shared ../shared]

Every method gets the same training records. Written test: train on themes/train.jsonl plus
1,000 real IndoSum negatives, test on themes/dev.jsonl. Real-news test: the 133 real labelled
articles (128 IndoSum + 5 seeds) are split in two halves (stratified); each method trains on
themes/train.jsonl, the negatives and one half, and labels the other half; predictions of
both halves are pooled. Macro-F1 is over the themes with support in the test set;
articles/s is prediction only, in this process.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

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
    base = [r for r in recs if r["source"] in ("themes-train", "indosum-negative")]
    written_test = [r for r in recs if r["source"] == "themes-dev"]
    real = [r for r in recs if r["source"] in ("indosum-labelled", "seeds")]

    def methods_for(train):
        texts = [document_text(r) for r in train]
        labels = [r["themes"] for r in train]
        reader = rbnlp.train(train)
        return reader, {
            "keyword rules": lambda xs: keyword_rules(xs),
            "sklearn defaults (no stemming)": sklearn_defaults(texts, labels),
            "fastText supervised": fasttext_model(texts, labels),
            "rbnlp": lambda xs: [a.labels for a in reader.pipe(xs)],
        }

    def report(name, test, preds, rates):
        gold = [r["themes"] for r in test]
        print(f"\n{name}: {len(test)} articles, {sum(1 for g in gold if g)} with a theme")
        f1 = {}
        for mname, pred in preds.items():
            rep = multilabel_report(gold, pred, THEMES)
            f1[mname] = rep["macro_f1"]
            fp = sum(1 for g, p in zip(gold, pred) if not g and p)
            print(f"  {mname:32s} macro-F1 {rep['macro_f1']:.3f}  micro-F1 {rep['micro_f1']:.3f}  "
                  f"false-positive articles {fp:3d}  {rates[mname]:8.0f} articles/s")
        print(f"  rbnlp - keyword rules: {f1['rbnlp'] - f1['keyword rules']:+.3f}; "
              f"rbnlp - sklearn defaults: {f1['rbnlp'] - f1['sklearn defaults (no stemming)']:+.3f}")

    def run(methods, test):
        xs = [document_text(r) for r in test]
        preds, rates = {}, {}
        for mname, predict in methods.items():
            predict(xs[:5])
            t = time.perf_counter()
            preds[mname] = predict(xs)
            rates[mname] = len(xs) / (time.perf_counter() - t)
        return preds, rates

    reader, methods = methods_for(base)
    report("themes dev (written)", written_test, *run(methods, written_test))

    from sklearn.model_selection import StratifiedKFold

    has_theme = [int(bool(r["themes"])) for r in real]
    pooled: dict = {}
    order = []
    for keep, held in StratifiedKFold(2, shuffle=True, random_state=0).split(real, has_theme):
        _, methods = methods_for(base + [real[i] for i in keep])
        preds, rates = run(methods, [real[i] for i in held])
        order.extend(held)
        for mname, p in preds.items():
            pooled.setdefault(mname, []).extend(p)
    report("real news (IndoSum labelled + seeds, 2-fold)", [real[i] for i in order], pooled, rates)
    print("\nrbnlp tagger only (themes and values, no summary/quotes): ", end="")
    xs = [document_text(r) for r in recs if r["source"] == "indosum-negative"][:500]
    t = time.perf_counter()
    reader.tagger.predict_proba(xs)
    reader.value_tagger.predict_proba(xs)
    print(f"{len(xs) / (time.perf_counter() - t):.0f} articles/s on one core (real news)")


if __name__ == "__main__":
    main()
