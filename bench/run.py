"""The benchmark suite: runs every `bench/bench_*.py`, each printing its own table.

    python bench/run.py [--quick] [--only NAME ...]

Every script accepts `--quick` (small sizes, for CI) and prints figures next to a
bare-library baseline measured in the same run. Slow figures never fail the suite: it
exits non-zero only when a script errors or times out, so CI keeps the scripts alive.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser(description="Кеңсе benchmark suite")
    ap.add_argument("--quick", action="store_true", help="small sizes (CI)")
    ap.add_argument("--only", nargs="*", default=[], help="script names to run (e.g. scale)")
    ap.add_argument(
        "--timeout", type=float, default=None, help="seconds per script (default 300 quick, 3600 full)"
    )
    args = ap.parse_args()
    timeout = args.timeout or (300 if args.quick else 3600)
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in args.only or s.stem in args.only]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")])),
    }
    results = []
    for script in scripts:
        cmd = [sys.executable, str(script)] + (["--quick"] if args.quick else [])
        print(f"\n## {script.name}{' --quick' if args.quick else ''}\n", flush=True)
        t = time.perf_counter()
        try:
            rc = subprocess.run(cmd, cwd=HERE.parent, env=env, timeout=timeout).returncode
            status = "ok" if rc == 0 else f"error (exit {rc})"
        except subprocess.TimeoutExpired:
            status = f"error (timed out after {timeout:.0f} s)"
        results.append((script.name, time.perf_counter() - t, status))
    print("\n## Summary\n")
    print(f"| {'script':28} | {'seconds':>8} | status")
    print(f"|{'-' * 30}|{'-' * 10}|--------")
    for name, secs, status in results:
        print(f"| {name:28} | {secs:8.1f} | {status}")
    failed = [r for r in results if r[2] != "ok"]
    if not scripts:
        print("no bench/bench_*.py found")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
