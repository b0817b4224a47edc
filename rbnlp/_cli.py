"""Command line: ``rbnlp label``, ``rbnlp train``, ``rbnlp evaluate``.

Thin adapters: labelling is :func:`rbnlp._batch.label_records`, training is
:func:`rbnlp.train`, evaluation :func:`rbnlp.evaluate`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from itertools import islice
from pathlib import Path
from typing import Iterator

from ._batch import (
    DEFAULT_MAX_CHARS,
    check_record,
    count_records,
    encode_result,
    label_chunk,
    label_records,
    read_records,
)
from ._errors import InputError, RbnlpError

EXIT_OK, EXIT_REJECTS, EXIT_ERROR = 0, 1, 2


# --------------------------------------------------------------------------- label


def _labelled_stream(records: Iterator[dict], args, n_done: int, seen: set) -> Iterator[tuple[bool, str]]:
    """``(is_reject, json_line)`` in input order for the records after the first ``n_done``:
    serially, or on joblib or Dask workers (which encode the lines themselves).

    ``seen`` holds the ids already labelled (a later record reusing one is a duplicate).
    """
    fresh = islice(records, n_done, None)
    if args.jobs == 1 and not args.scheduler:
        from threadpoolctl import threadpool_limits  # installed with scikit-learn

        from ._model_io import load

        reader = load(args.model)
        # one job, one core: the summary scorer's OpenMP threads would only spin on the others
        # (joblib's workers are limited the same way)
        with threadpool_limits(1):
            yield from map(encode_result, label_records(fresh, reader, max_chars=args.max_chars, seen_ids=seen))
        return
    from joblib import Parallel, delayed, parallel_config

    def chunks():
        while True:
            chunk = list(islice(fresh, args.chunk_size))
            if not chunk:
                return
            # ids and validity are checked here, in input order, so duplicates across chunks are caught
            out = []
            for r in chunk:
                reason = check_record(r, max_chars=args.max_chars, seen_ids=seen)
                out.append(r if reason is None else {**r, "error": reason, "text": None})
            yield out

    if args.scheduler:
        from distributed import Client

        client = Client(args.scheduler)
        backend, n_jobs = "dask", -1
    else:
        client, backend, n_jobs = None, "loky", args.jobs
    try:
        with parallel_config(backend=backend, n_jobs=n_jobs):
            parallel = Parallel(return_as="generator", pre_dispatch="2*n_jobs")
            for results in parallel(delayed(label_chunk)(c, args.model, args.max_chars, encode=True)
                                    for c in chunks()):
                yield from results
    finally:
        if client is not None:
            client.close()


def _complete_lines(path: Path) -> list[str]:
    """Lines of ``path`` up to its last newline; a torn last line (from a kill) is cut off the file."""
    if not path.exists():
        return []
    data = path.read_bytes()
    cut = data.rfind(b"\n") + 1
    if cut < len(data):
        with open(path, "r+b") as fh:
            fh.truncate(cut)
    return data[:cut].decode("utf-8").splitlines()


def _progress(n: int, t0: float, total: int | None, final: bool = False) -> None:
    rate = n / max(time.monotonic() - t0, 1e-9)
    eta = f" ETA {(total - n) / rate:,.0f}s" if total and rate > 0 else ""
    end = "\n" if final else ""
    sys.stderr.write(f"\r{n:,} records  {rate:,.0f}/s{eta}   " + end)
    sys.stderr.flush()


def cmd_label(args) -> int:
    t0 = time.monotonic()
    if args.input != "-" and not Path(args.input).exists():  # before any output file is opened
        raise InputError(f"Input {args.input} does not exist: give a folder of .txt files, "
                         "a .jsonl, .csv or .parquet file, or - for stdin.")
    out_path = None if args.output == "-" else Path(args.output)
    rej_path = Path(args.rejects) if args.rejects else (
        Path(str(out_path) + ".rejects.jsonl") if out_path else None
    )
    seen: set = set()
    n_prev_ok = n_prev_rej = 0
    if args.resume:
        if out_path is None:
            raise RbnlpError("--resume needs an output file, not -o -.")
        # Every input record gives exactly one line, in input order, in one of the two files,
        # each flushed before the next: together they hold the first n_prev_ok + n_prev_rej records.
        ok_lines = _complete_lines(out_path)
        n_prev_ok = len(ok_lines)
        n_prev_rej = len(_complete_lines(rej_path)) if rej_path else 0
        seen = {json.loads(line)["id"] for line in ok_lines}
    mode = "a" if args.resume else "w"
    out = sys.stdout if out_path is None else open(out_path, mode, encoding="utf-8")
    rej = open(rej_path, mode, encoding="utf-8") if rej_path else sys.stderr
    show = sys.stderr.isatty() and not args.quiet
    total = count_records(args.input) if show else None
    if total is not None:
        total -= n_prev_ok + n_prev_rej
    n_read = n_ok = n_rej = 0
    try:
        records = read_records(args.input, text_field=args.text_field, id_field=args.id_field,
                               title_field=args.title_field)
        for is_reject, line in _labelled_stream(records, args, n_prev_ok + n_prev_rej, seen):
            n_read += 1
            if is_reject:
                n_rej += 1
                rej.write(line)
                rej.flush()
            else:
                n_ok += 1
                out.write(line)
                out.flush()
            if show and n_read % 100 == 0:
                _progress(n_read, t0, total)
    finally:
        if out is not sys.stdout:
            out.close()
        if rej is not sys.stderr:
            rej.close()
    if show:
        _progress(n_read, t0, total, final=True)
    prev = f" (plus {n_prev_ok} labelled and {n_prev_rej} rejected before resuming)" if args.resume else ""
    print(
        f"rbnlp label: read {n_read}, labelled {n_ok}, rejected {n_rej}, "
        f"seconds {time.monotonic() - t0:.1f}{prev}" + (f"; rejects in {rej_path}" if n_rej and rej_path else ""),
        file=sys.stderr,
    )
    # the exit code speaks for the whole job: a resumed run counts the records rejected before it
    return EXIT_REJECTS if n_rej or n_prev_rej else EXIT_OK


# --------------------------------------------------------------------------- train / evaluate


def cmd_train(args) -> int:
    from collections import Counter

    from . import _model_io
    from ._data_io import data_sha256, default_summary_set, default_training_set, read_labelled
    from ._train import cross_validate, train

    t0 = time.monotonic()
    user = [r for p in args.data for r in read_labelled(p)]  # read once: tagger and summary data
    recs = (default_training_set(args.default_corpus) if args.default_corpus else []) + user
    if not recs:
        raise RbnlpError("No training data: give labelled JSONL files or --default-corpus ../shared.")
    evaluation = {}
    if args.cv:
        cv = cross_validate(recs, k=args.cv)
        evaluation["cross_validation"] = {
            "k": cv["k"],
            "themes_macro_f1": cv["themes"]["macro_f1"],
            "themes_micro_f1": cv["themes"]["micro_f1"],
            "values_macro_f1": cv["values"]["macro_f1"],
            "per_label": {k: round(v["f1"], 4) for k, v in cv["themes"]["per_label"].items()},
            "by_source": cv["by_source"],
        }
        print(json.dumps(evaluation["cross_validation"], indent=2), file=sys.stderr)
    summary_recs = default_summary_set(args.default_corpus) + user if args.default_corpus else None
    reader = train(recs, summary_records=summary_recs)
    training = {"records": len(recs), "sources": dict(Counter(r.get("source", "") for r in recs))}
    if summary_recs:
        training["summary_records"] = len(summary_recs)
        training["summary_data_sha256"] = data_sha256(summary_recs)
    _model_io.save(reader, args.output, training_data_sha256=data_sha256(recs), evaluation=evaluation,
                   training=training)
    print(f"rbnlp train: {len(recs)} records, labels {list(reader.labels)}, "
          f"values {list(reader.value_labels)}; saved to {args.output} in {time.monotonic() - t0:.1f}s",
          file=sys.stderr)
    return EXIT_OK


def cmd_evaluate(args) -> int:
    from ._data_io import read_labelled
    from ._model_io import load
    from ._train import evaluate

    reader = load(None if args.model == "default" else args.model)
    recs = [r for p in args.data for r in read_labelled(p)]
    rep = evaluate(reader, recs)
    if args.json:
        print(json.dumps(rep, indent=2))
        return EXIT_OK
    for part, r in rep.items():
        print(f"{part}: n={r['n']}  macro-F1 {r['macro_f1']:.3f}  micro-F1 {r['micro_f1']:.3f}")
        print(f"  {'label':24s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>5s}")
        for label, m in r["per_label"].items():
            print(f"  {label:24s} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['support']:5d}")
        if r["most_confused"]:
            print("  most confused (missed -> said instead): " + ", ".join(f"{k} ({v})" for k, v in r["most_confused"]))
    return EXIT_OK


# --------------------------------------------------------------------------- main


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="rbnlp", description="Read Indonesian news on bureaucratic reform.")
    sub = ap.add_subparsers(dest="command", required=True)

    lab = sub.add_parser("label", help="label articles: themes, values, summary, quotes (JSONL out)")
    lab.add_argument("input", help="folder of .txt, .jsonl (or - for stdin), .csv or .parquet")
    lab.add_argument("-o", "--output", required=True, help="output JSONL file, or - for stdout")
    lab.add_argument("--model", default=None, help="model folder (default: the shipped model)")
    lab.add_argument("--rejects", default=None, help="JSONL file for rejected records (default OUTPUT.rejects.jsonl)")
    lab.add_argument("--resume", action="store_true", help="continue an interrupted run into the same OUTPUT")
    lab.add_argument("--jobs", type=int, default=1, help="worker processes (default 1; 0 for one per core)")
    lab.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="run on a Dask cluster, e.g. tcp://10.0.0.5:8786 (workers need rbnlp installed)")
    lab.add_argument("--chunk-size", type=int, default=256, help="records per worker task")
    lab.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="reject longer texts")
    lab.add_argument("--text-field", default="text")
    lab.add_argument("--id-field", default="id")
    lab.add_argument("--title-field", default="title")
    lab.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    lab.set_defaults(func=cmd_label)

    tr = sub.add_parser("train", help="train a model from labelled JSONL")
    tr.add_argument("data", nargs="*", help="labelled JSONL files (text, title, themes, values)")
    tr.add_argument("-o", "--output", required=True, help="model folder to write")
    tr.add_argument("--default-corpus", metavar="SHARED", default=None,
                    help="also use the default training set read from this shared-data folder")
    tr.add_argument("--cv", type=int, default=0, help="also report k-fold cross-validation (k>=2) in the manifest")
    tr.set_defaults(func=cmd_train)

    ev = sub.add_parser("evaluate", help="score a model on labelled JSONL")
    ev.add_argument("model", help="model folder, or 'default'")
    ev.add_argument("data", nargs="+", help="labelled JSONL files")
    ev.add_argument("--json", action="store_true", help="print the full report as JSON")
    ev.set_defaults(func=cmd_evaluate)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        args.jobs = os.cpu_count() or 1
    try:
        return args.func(args)
    except RbnlpError as exc:
        print(f"rbnlp: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("rbnlp: interrupted; rerun with --resume to continue", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
