"""Stemmer speed (cold process and warm) against PySastrawi and PyStemmer; GSD lemma accuracy.

Usage: python benchmarks/bench_stem.py [--shared ../shared] [--sastrawi-tokens 200000]

Every stemmer gets the same lower-cased token lists. "cold" is a fresh Python process
timed from the stemmer's import to the last stem; "warm" is a second pass in that process.
Ratios are against PyStemmer run in the same command.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")

CHILD = r"""
import json, sys, time
tokens = json.load(open(sys.argv[2], encoding="utf-8"))
which = sys.argv[1]
t0 = time.perf_counter()
if which.startswith("rbnlp"):
    from rbnlp import Stemmer
    s = Stemmer(mode="compat" if which.endswith("compat") else "default")
    run = s.stem_many
elif which == "pystemmer":
    import Stemmer
    s = Stemmer.Stemmer("indonesian")
    run = s.stemWords
else:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    s = StemmerFactory().create_stemmer()
    run = lambda ws: [s.stem(w) for w in ws]
run(tokens)
cold = time.perf_counter() - t0
t1 = time.perf_counter()
run(tokens)
warm = time.perf_counter() - t1
print(json.dumps({"cold": cold, "warm": warm}))
"""


def gsd_pairs(path: Path) -> set[tuple[str, str]]:
    pairs = set()
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        c = line.rstrip("\n").split("\t")
        if "-" in c[0] or "." in c[0]:
            continue
        if c[3] in ("NOUN", "VERB", "ADJ", "ADV") and re.fullmatch(r"[a-z]+(-[a-z]+)*", c[1]):
            pairs.add((c[1], c[2]))
    return pairs


def gsd_tokens(path: Path) -> list[str]:
    out = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("# text = "):
            out.extend(WORD.findall(line[9:].lower()))
    return out


def time_child(which: str, tokens_file: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", CHILD, which, str(tokens_file)], capture_output=True, text=True,
                          check=True)
    return json.loads(proc.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--sastrawi-tokens", type=int, default=200_000,
                    help="PySastrawi is slow: time it on this many tokens and report its rate")
    args = ap.parse_args()
    shared = Path(args.shared)
    indosum = []
    for line in open(shared / "corpus/indosum/dev_flat.jsonl", encoding="utf-8"):
        indosum.extend(WORD.findall(json.loads(line)["text"].lower()))
    gsd = gsd_tokens(shared / "stemgold/GSD_id_gsd-ud-dev.conllu") + gsd_tokens(
        shared / "stemgold/GSD_id_gsd-ud-test.conllu")
    with tempfile.TemporaryDirectory() as tmp:
        for name, toks in (("IndoSum dev", indosum), ("UD GSD sentences", gsd)):
            f = Path(tmp) / "tokens.json"
            f.write_text(json.dumps(toks), encoding="utf-8")
            fs = Path(tmp) / "tokens_sastrawi.json"
            fs.write_text(json.dumps(toks[: args.sastrawi_tokens]), encoding="utf-8")
            res = {w: time_child(w, f) for w in ("pystemmer", "rbnlp", "rbnlp-compat")}
            res["pysastrawi"] = time_child("pysastrawi", fs)
            n = {w: len(toks) for w in res}
            n["pysastrawi"] = min(len(toks), args.sastrawi_tokens)
            print(f"\n{name}: {len(toks):,} tokens ({len(set(toks)):,} distinct)")
            base_cold = n["pystemmer"] / res["pystemmer"]["cold"]
            base_warm = n["pystemmer"] / res["pystemmer"]["warm"]
            for w, r in res.items():
                cold, warm = n[w] / r["cold"], n[w] / r["warm"]
                print(f"  {w:13s} cold {cold:12,.0f} tok/s ({cold / base_cold:6.2f}x PyStemmer)   "
                      f"warm {warm:12,.0f} tok/s ({warm / base_warm:6.2f}x PyStemmer)")

    from rbnlp import Stemmer

    print("\nUD GSD lemma exact match, NOUN/VERB/ADJ/ADV lower-case forms, distinct (form, lemma):")
    for part in ("dev", "test"):
        pairs = gsd_pairs(shared / f"stemgold/GSD_id_gsd-ud-{part}.conllu")
        forms = [f for f, _ in pairs]
        line = [f"  {part:4s} ({len(pairs)} forms{', held out of tuning' if part == 'test' else ''}):"]
        for label, out in (("none", forms), ("PySastrawi", Stemmer(mode="compat").stem_many(forms)),
                           ("rbnlp", Stemmer().stem_many(forms))):
            acc = sum(o == lemma for o, (_, lemma) in zip(out, pairs)) / len(pairs)
            line.append(f"{label} {100 * acc:.1f}%")
        print("  ".join(line))


if __name__ == "__main__":
    main()
