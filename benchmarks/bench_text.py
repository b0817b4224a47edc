"""Sentence-boundary precision, recall and F1 against IndoSum's own sentence split.

Usage: python benchmarks/bench_text.py [--shared ../shared]

IndoSum's `sentences` are the dataset's tokenized sentences, detokenized; a boundary is the
end offset of each sentence in `text`. rbnlp splits the same text (furniture removal off,
since IndoSum has none and its sentences cover the whole text). A naive split on ". " is
scored by the same code as a baseline.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from rbnlp import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def gold_ends(rec: dict) -> set[int] | None:
    text, pos, ends = rec["text"], 0, set()
    for s in rec["sentences"]:
        i = text.find(s, pos)
        if i < 0:
            return None  # detokenization drift: skip the article
        pos = i + len(s)
        ends.add(pos)
    return ends


def naive_ends(text: str) -> set[int]:
    ends = {m.end() for m in re.finditer(r"[.!?](?=\s)", text)}
    return ends | {len(text.rstrip())}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    totals = {"rbnlp": [0, 0, 0], "naive '. ' split": [0, 0, 0]}
    n = skipped = 0
    for line in open(Path(args.shared) / "corpus/indosum/dev_flat.jsonl", encoding="utf-8"):
        rec = json.loads(line)
        gold = gold_ends(rec)
        if gold is None:
            skipped += 1
            continue
        n += 1
        for name, pred in (("rbnlp", {s.end for s in split_sentences(rec["text"], clean=False)}),
                           ("naive '. ' split", naive_ends(rec["text"]))):
            t = totals[name]
            t[0] += len(gold & pred)
            t[1] += len(pred)
            t[2] += len(gold)
    print(f"IndoSum dev_flat: {n} articles ({skipped} skipped where sentences do not align with text)")
    for name, (tp, npred, ngold) in totals.items():
        p, r = tp / npred, tp / ngold
        print(f"  {name:18s} precision {p:.4f}  recall {r:.4f}  F1 {2 * p * r / (p + r):.4f}")


if __name__ == "__main__":
    main()
