"""Benchmarks: `python tests/benchmarks/run.py [name ...]`.

Prints one JSON object per line: name, value, unit, and where a floor exists
baseline and ratio (value / baseline, both measured in this run). Each
``bench_*.py`` module beside this file exposes ``BENCHMARKS``: a dict of
name -> callable returning one such dict (or a list of them).
"""
from __future__ import annotations

import importlib
import json
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(HERE)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def discover() -> dict:
    found = {}
    for module_path in sorted(HERE.glob("bench_*.py")):
        module = importlib.import_module(module_path.stem)
        found.update(getattr(module, "BENCHMARKS", {}))
    return found


def main(argv: list[str]) -> int:
    benchmarks = discover()
    wanted = argv or list(benchmarks)
    failed = 0
    for name in wanted:
        if name not in benchmarks:
            print(json.dumps({"name": name, "error": "unknown benchmark"}, ensure_ascii=False), flush=True)
            failed += 1
            continue
        try:
            results = benchmarks[name]()
        except Exception as exc:  # noqa: BLE001 - report and go on with the others
            traceback.print_exc(file=sys.stderr)
            print(json.dumps({"name": name, "error": f"{type(exc).__name__}: {exc}"}, ensure_ascii=False), flush=True)
            failed += 1
            continue
        for result in results if isinstance(results, list) else [results]:
            if "baseline" in result and result.get("baseline"):
                result.setdefault("ratio", round(result["value"] / result["baseline"], 3))
            print(json.dumps(result, ensure_ascii=False), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
