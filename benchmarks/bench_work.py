"""Work per article of the label job, in CPU instructions (callgrind): a figure machine load cannot move.

Usage: python benchmarks/bench_work.py [--n 300] [--shared ../shared]

Runs ``label_records`` on IndoSum articles under ``valgrind --tool=callgrind`` twice in the same
command, side by side: once with a warm-up pass over the first ``n`` articles only, once followed by
the next ``2 * n`` articles, which the process has not seen (so no cache holds their names, words or
patterns, as in a real archive). The difference, divided by 2 * n, is the instructions one new
article costs once the process is warm. Compare two checkouts by running this in each; seconds on a
shared machine swing by a third between runs, this does not.
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
import itertools, json, sys
import rbnlp
from rbnlp._batch import label_records
path, n, measure = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
lines = itertools.islice(open(path, encoding="utf-8"), 3 * n)
recs = [{"id": str(i), "text": json.loads(line)["text"]} for i, line in enumerate(lines)]
reader = rbnlp.load()
list(label_records(recs[:n], reader))
if measure:
    list(label_records(recs[n:], reader))
"""


def start(script: Path, src: Path, n: int, measure: bool, out: Path) -> subprocess.Popen:
    """callgrind on the child script, in the background (the two runs share the machine's cores)."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    return subprocess.Popen(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                             sys.executable, str(script), str(src), str(n), str(int(measure))],
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
        runs = [start(script, src, args.n, measure, Path(tmp) / f"cg{int(measure)}.out") for measure in (False, True)]
        base, more = map(instructions, runs)
    per = (more - base) / (2 * args.n)
    print(f"label job, warm: {per / 1e6:.2f}M instructions per new article ({2 * args.n} IndoSum articles after "
          f"{args.n} of warm-up; start-up and warm-up: {base / 1e9:.1f}G)")


if __name__ == "__main__":
    main()
