"""Extraction throughput: full eventwire extraction vs a bare `nlp.pipe` of the same spaCy model,
over the same FA-KES texts, in the same run.

    python bench/throughput.py ../shared/data/fa-kes/FA-KES-Dataset.csv [--n-process 1] [--repeat 2]

Prints articles per second for each and the ratio (target: full ≥ 0.6 × bare). The model and
gazetteer loads are timed separately and not counted against throughput.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import time
from pathlib import Path

from eventwire.batch import read_reports
from eventwire.extract.nlp import build_pipeline, load_base_model
from eventwire.extract.pipeline import Extractor
from eventwire.ingest.presets import FAKES_TEXTS


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("csv", type=Path)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--repeat", type=int, default=2, help="Timed passes of each; the best counts."
    )
    args = parser.parse_args()

    reports = list(read_reports([args.csv], FAKES_TEXTS, lambda err: print(f"skipped: {err}")))
    texts = [r.text for r in reports]

    t0 = time.perf_counter()
    bare = load_base_model()
    t_bare_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    extractor = Extractor(build_pipeline(), batch_size=args.batch_size, n_process=args.n_process)
    t_full_load = time.perf_counter() - t0

    bare_times, full_times, incidents = [], [], 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for _doc in bare.pipe(texts, batch_size=args.batch_size, n_process=args.n_process):
            pass
        bare_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        incidents = sum(len(ex.incidents) for ex in extractor.extract_many(reports))
        full_times.append(time.perf_counter() - t0)

    bare_rate = len(texts) / min(bare_times)
    full_rate = len(texts) / min(full_times)
    result = {
        "articles": len(texts),
        "characters": sum(len(t) for t in texts),
        "n_process": args.n_process,
        "batch_size": args.batch_size,
        "bare_spacy_articles_per_s": round(bare_rate, 1),
        "eventwire_articles_per_s": round(full_rate, 1),
        "ratio": round(full_rate / bare_rate, 3),
        "incidents": incidents,
        "load_s": {
            "bare_model": round(t_bare_load, 2),
            "full_pipeline_and_gazetteer": round(t_full_load, 2),
        },
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {__import__('os').cpu_count()} cores",
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
