"""Work per article of the label job, in CPU instructions (callgrind): a figure machine load cannot move.

Usage: python benchmarks/bench_work.py [--n 300] [--shared ../shared]

Runs ``label_records`` on the first ``n`` IndoSum articles under ``valgrind --tool=callgrind``
twice in the same command, side by side: once with a warm-up pass only, once with two more passes over the
same articles (their article views dropped, so nothing is reused). The difference, divided by
2 * n, is the instructions one article costs once the process is warm. Compare two checkouts
by running this in each; seconds on a shared machine swing by a third between runs, this does not.
Needs valgrind (Debian package ``valgrind``); takes a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys
import rbnlp
from rbnlp import _features
from rbnlp._batch import label_records
path, n, passes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
recs = [{"id": str(i), "text": json.loads(line)["text"]} for i, line in zip(range(n), open(path, encoding="utf-8"))]
reader = rbnlp.load()
list(label_records(recs, reader))
for _ in range(passes):
    _features._VIEWS.clear()
    _features._RECENT.clear()
    list(label_records(recs, reader))
"""


def start(script: Path, src: Path, n: int, passes: int, out: Path) -> subprocess.Popen:
    """callgrind on the child script, in the background (the two runs share the machine's cores)."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    return subprocess.Popen(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                             sys.executable, str(script), str(src), str(n), str(passes)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)


def instructions(run: subprocess.Popen) -> int:
    _, err = run.communicate()
    if run.returncode:
        sys.exit(f"bench_work: the measured run failed:\n{err[-2000:]}")
    return int(re.search(r"Collected : (\d+)", err).group(1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("bench_work: valgrind is not installed (apt-get install valgrind); nothing measured.")
    src = Path(args.shared) / "corpus/indosum/dev_flat.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "child.py"
        script.write_text(CHILD, encoding="utf-8")
        runs = [start(script, src, args.n, passes, Path(tmp) / f"cg{passes}.out") for passes in (0, 2)]
        base, more = map(instructions, runs)
    per = (more - base) / (2 * args.n)
    print(f"label job, warm: {per / 1e6:.2f}M instructions per article ({args.n} IndoSum articles, "
          f"2 passes; start-up and warm-up: {base / 1e9:.1f}G)")


if __name__ == "__main__":
    main()
