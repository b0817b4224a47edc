"""Rebuild rbnlp/_data/rootfreq.tsv.gz and rbnlp/_data/stems.tsv.gz.

Reads the IndoSum dev folds, the themed corpus and the seeds from ../shared by path
(never copied). Root frequencies: how often each Sastrawi root occurs as a word of
its own in that news text. The stem table: compat and default stems of every
distinct lower-case word of that text and of Sastrawi's root list, so that a
fresh process stems realistic text by dictionary lookup alone.

Usage:  python tools/build_stem_table.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
from pathlib import Path

WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def corpus_texts(shared: Path):
    for line in open(shared / "corpus/indosum/dev_flat.jsonl", encoding="utf-8"):
        yield json.loads(line)["text"]
    for name in ("train", "dev"):
        for line in open(shared / f"corpus/themes/{name}.jsonl", encoding="utf-8"):
            d = json.loads(line)
            yield d["title"] + "\n" + d["text"]
    for p in sorted((shared / "seeds").glob("*.txt")):
        yield p.read_text(encoding="utf-8")


def _write_gz(path: Path, rows) -> None:
    """Write text rows gzipped with a fixed mtime, so rebuilds are byte-identical."""
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write("".join(rows).encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = ap.parse_args()
    shared = Path(args.shared)
    out = Path(__file__).resolve().parents[1] / "rbnlp" / "_data"
    counts: collections.Counter = collections.Counter()
    for text in corpus_texts(shared):
        counts.update(WORD.findall(text.lower()))

    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    roots = {w for w in StemmerFactory().get_words() if w and w.strip()}
    _write_gz(out / "rootfreq.tsv.gz", [f"{w}\t{counts[w]}\n" for w in sorted(roots) if counts[w] >= 2])
    table = out / "stems.tsv.gz"
    if table.exists():
        table.unlink()

    import rbnlp._stem as st

    st._STATE.clear()
    st._SASTRAWI.clear()
    vocab = sorted(set(counts) | roots)
    rows = []
    for w in vocab:
        c = st._compat_word(w)
        d = st._default_word(w)
        rows.append(f"{w}\t{c}\t{'' if d == c else d}\n")
    _write_gz(table, rows)
    print(f"{len(rows)} words in {table}; {sum(1 for r in rows if not r.endswith(chr(9)+chr(10)))} differ in default mode")


if __name__ == "__main__":
    main()
