"""Summaries against LEAD-3 and LexRank on IndoSum; quote extraction on the labelled quotes.

Usage: python benchmarks/bench_summary.py [--shared ../shared] [--n 3463]

ROUGE-1/2/L F1 by the `rouge-score` package (no stemmer) against IndoSum's `summary`, on the
same articles in the same run, for: LEAD-3 on IndoSum's own sentence split (as published, with the
outlet's dateline) and on rbnlp's cleaned sentences; LEAD cut at the same 55-word budget; a LexRank
baseline (centrality only, same code); rbnlp's learned summariser with its default k=3 and with
a 55-word budget. rbnlp is scored by 5-fold cross-validation over the articles: each article is
summarised by a scorer trained on the other folds only, never by one that saw it. Quotes: precision, recall and F1 by exact
span and by overlap (more than half of the shorter span), per kind; speaker and role accuracy
on matched quotes; over ../shared/corpus/themes and the seeds. Speeds are articles/s in this
process.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from sklearn.base import clone

import rbnlp
from rbnlp import Summarizer, split_sentences
from rbnlp._features import article_view
from rbnlp._quotes import extract_quotes
from rbnlp._text import content_blocks

ROOT = Path(__file__).resolve().parents[1]


def rouge(pairs):
    from rouge_score import rouge_scorer

    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False)
    tot = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    for hyp, ref in pairs:
        s = sc.score(ref, hyp)
        for k in tot:
            tot[k] += s[k].fmeasure
    return {k: 100 * v / len(pairs) for k, v in tot.items()}


def quote_scores(items):
    stats = {k: {"tp_x": 0, "tp_o": 0, "pred": 0, "gold": 0} for k in ("direct", "indirect")}
    spk = role = matched = 0
    for text, gold in items:
        qs = extract_quotes(text, split_sentences(text), content_blocks(text))
        for q in qs:
            stats[q.kind]["pred"] += 1
        used = set()
        for g in gold:
            stats[g["type"]]["gold"] += 1
            for i, q in enumerate(qs):
                if i in used or q.kind != g["type"]:
                    continue
                ov = min(q.end, g["end"]) - max(q.start, g["start"])
                if ov > 0.5 * min(q.end - q.start, g["end"] - g["start"]):
                    used.add(i)
                    stats[g["type"]]["tp_o"] += 1
                    stats[g["type"]]["tp_x"] += (q.start, q.end) == (g["start"], g["end"])
                    matched += 1
                    spk += q.speaker == g["speaker"]
                    role += q.role == g["role"]
                    break
    out = {}
    for kind, s in stats.items():
        for tag in ("x", "o"):
            p = s[f"tp_{tag}"] / max(s["pred"], 1)
            r = s[f"tp_{tag}"] / max(s["gold"], 1)
            out[f"{kind} {'exact' if tag == 'x' else 'overlap'}"] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out, spk / max(matched, 1), role / max(matched, 1), matched


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--n", type=int, default=None)
    args = ap.parse_args()
    shared = Path(args.shared)
    recs = [json.loads(line) for line in open(shared / "corpus/indosum/dev_flat.jsonl", encoding="utf-8")]
    recs = recs[: args.n] if args.n else recs
    nlp = rbnlp.load()
    lexrank = Summarizer(w_position=0.0, w_title=0.0, w_theme=0.0, mmr_lambda=1.0, supervised=False)
    t = time.perf_counter()
    list(nlp.pipe([r["text"] for r in recs[:1000]]))
    rate = min(len(recs), 1000) / (time.perf_counter() - t)
    cv_k3, cv_words = [""] * len(recs), [""] * len(recs)
    for fold in range(5):
        train_idx = [i for i in range(len(recs)) if i % 5 != fold]
        kept = [[s for s, g in zip(recs[i]["sentences"], recs[i]["gold_labels"]) if g] for i in train_idx]
        k3 = Summarizer().fit([recs[i]["text"] for i in train_idx], kept)
        words = clone(k3).set_params(n_words=55)
        words.scorer_ = k3.scorer_  # the same learned scorer, a 55-word budget
        for i in range(fold, len(recs), 5):
            cv_k3[i] = " ".join(s.text for s in k3.summarize(recs[i]["text"]))
            cv_words[i] = " ".join(s.text for s in words.summarize(recs[i]["text"]))

    def lead_words(text, budget=55):
        out, n = [], 0
        for s in split_sentences(text):
            out.append(s.text)
            n += len(s.text.split())
            if n >= budget:
                break
        return " ".join(out)

    systems = {
        # LEAD-3 as published: the first three of IndoSum's own sentences (with the outlet's dateline)
        "LEAD-3, IndoSum split": [" ".join(r["sentences"][:3]) for r in recs],
        # LEAD-3 on rbnlp's text stage (dateline and furniture removed): shares rbnlp's cleaning
        "LEAD-3": [" ".join(s.text for s in split_sentences(r["text"])[:3]) for r in recs],
        "LEAD, 55 words": [lead_words(r["text"]) for r in recs],
        "LexRank (same code)": [" ".join(s.text for s in lexrank.summarize(r["text"])) for r in recs],
        "rbnlp, k=3 (CV)": cv_k3,
        "rbnlp, 55 words (CV)": cv_words,
    }
    refs = [r["summary"] for r in recs]
    print(f"IndoSum dev_flat, {len(recs)} articles; ROUGE F1 (rouge-score, no stemmer)")
    scores = {name: rouge(list(zip(h, refs))) for name, h in systems.items()}
    for name, s in scores.items():
        ratios = [s["rouge1"] / scores[base]["rouge1"] for base in ("LEAD-3", "LEAD-3, IndoSum split")]
        print(f"  {name:22s} R-1 {s['rouge1']:.2f}  R-2 {s['rouge2']:.2f}  R-L {s['rougeL']:.2f}   "
              f"R-1 / LEAD-3 {ratios[0]:.3f} (IndoSum split: {ratios[1]:.3f})")
    print(f"full pipeline of the shipped model (tags, values, summary, quotes): {rate:.0f} articles/s on one core")

    items = []
    for name in ("train", "dev"):
        for line in open(shared / f"corpus/themes/{name}.jsonl", encoding="utf-8"):
            r = json.loads(line)
            items.append((r["text"], r["quotes"]))
    seeds = [(open(shared / "seeds" / r["file"], encoding="utf-8").read(), r["quotes"])
             for r in map(json.loads, open(shared / "corpus/seeds_labels.jsonl", encoding="utf-8"))]
    for label, data in (("themes corpus", items), ("seeds", seeds)):
        t = time.perf_counter()
        res, spk, role, n = quote_scores(data)
        qrate = len(data) / (time.perf_counter() - t)
        print(f"\nquotes, {label}: {sum(len(g) for _, g in data)} gold quotes in {len(data)} articles "
              f"({qrate:.0f} articles/s)")
        for k, (p, r, f) in res.items():
            print(f"  {k:18s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        print(f"  speaker accuracy {spk:.3f}, role accuracy {role:.3f} (on {n} matched quotes)")

    t = time.perf_counter()
    for r in recs[:1000]:
        # as the Reader does it: the article is split and tokenised once (its view)
        view = article_view(r["text"])
        sents = [s for block in view.sentences for s in block]
        scores_ = nlp.summarizer._score(sents, "", None, r["text"])
        nlp.summarizer.select(sents, *scores_)
        extract_quotes(r["text"], sents, content_blocks(r["text"]))
    print(f"\nsummary + quotes only: {min(len(recs), 1000) / (time.perf_counter() - t):.0f} articles/s on one core")


if __name__ == "__main__":
    main()
