"""Scan-to-commit latency through a socat pty pair, next to a bare pyserial echo.

    /work/venv/bin/python bench/bench_scanner.py [--n 1000] [--db-dir DIR] [--json]

Both are measured in the same run over the same pty pair:
- baseline: pyserial writes a code on the scanner's end, pyserial reads it on the desk's end;
- engine alone: `workflow.dispatch` called directly (no scanner) on n/2 more applications,
  interleaved with the scans, to show how much of the commit is the engine's transaction;
- scan: the code is written on the scanner's end, `SerialListener` (its own thread) hands the
  line over, and `handle_scan` as the dispatch inspector commits the movement (SQLite file,
  WAL, synchronous=FULL: every commit is on disk). One scan at a time, as a person scans.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import queue
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import serial  # noqa: E402
from scan_support import SocatPair  # noqa: E402

from desk_app.core import auth, cards, iin, workflow  # noqa: E402
from desk_app.core.db import close_db, init_db  # noqa: E402
from desk_app.core.scanning import handle_scan  # noqa: E402
from desk_app.devices.serial_reader import ScannerSettings, SerialListener  # noqa: E402


def _stats(ms: list[float]) -> dict[str, float]:
    s = sorted(ms)
    return {
        "median_ms": round(statistics.median(s), 3),
        "p99_ms": round(s[min(len(s) - 1, int(len(s) * 0.99))], 3),
        "max_ms": round(s[-1], 3),
    }


def _setup(n: int, folder: Path) -> tuple[list[str], object]:
    init_db(folder / "bench.sqlite")
    ci = auth.create_user("center_inspector", "Бенч", "Орталық", ["center_inspector"], "0000")
    di = auth.create_user("dispatch_inspector", "Бенч", "Жинақтау", ["dispatch_inspector"], "0000")
    born = dt.date(1980, 5, 17)
    code, serial_no = None, 1
    while code is None:
        code, serial_no = iin.make(born, "M", serial_no), serial_no + 1
    person = cards.create_person(
        {"iin": code, "surname": "Сейітқали", "name": "Ерлан", "birth_date": born, "sex": "M"}, ci
    )
    t = dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=2)
    numbers = [workflow.submit(person, 3, "center", ci, [], at=t).number for _ in range(n)]
    return numbers, di


def _engine_once(num: str, dispatcher) -> float:
    """The engine's own `workflow.dispatch` on the same kind of application, no scanner."""
    app = workflow.get_application(num)
    s = time.perf_counter()
    workflow.dispatch(app, dispatcher, payload=num)
    return (time.perf_counter() - s) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--db-dir", help="folder for the SQLite file (default: a temp folder)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--quick", action="store_true", help="small sizes (CI: keeps bench/ alive)")
    args = ap.parse_args()
    if args.quick:
        args.n = 100

    with tempfile.TemporaryDirectory(dir=args.db_dir) as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        numbers, dispatcher = _setup(args.n + args.n // 2, folder)
        numbers, engine_numbers = numbers[: args.n], numbers[args.n :]
        setup_s = time.perf_counter() - t0
        pair = SocatPair(folder).start()
        try:
            # Baseline: bare pyserial over the same pty pair.
            dev = serial.Serial(pair.a, 9600, timeout=2)
            desk = serial.Serial(pair.b, 9600, timeout=2)
            bare = []
            for num in numbers:
                payload = num.encode() + b"\r"
                s = time.perf_counter()
                dev.write(payload)
                got = desk.read_until(b"\r")
                bare.append((time.perf_counter() - s) * 1000)
                assert got == payload, got
            desk.close()

            # The listener and the domain: write -> line on the listener thread -> commit.
            lines: queue.Queue[tuple[str, float]] = queue.Queue()
            states: queue.Queue[str] = queue.Queue()
            li = SerialListener(
                ScannerSettings(port=pair.b), lambda line: lines.put((line, time.perf_counter())), states.put
            ).start()
            while states.get(timeout=10) != "connected":
                pass
            total, to_line, commit, engine = [], [], [], []
            for i, num in enumerate(numbers):
                if i % 2 and i // 2 < len(engine_numbers):  # interleaved: the same load
                    engine.append(_engine_once(engine_numbers[i // 2], dispatcher))
                s = time.perf_counter()
                dev.write(num.encode() + b"\r")
                line, at_line = lines.get(timeout=5)
                out = handle_scan(line, "dispatch_inspector", dispatcher)
                e = time.perf_counter()
                assert out.outcome == "recorded", out
                total.append((e - s) * 1000)
                to_line.append((at_line - s) * 1000)
                commit.append((e - at_line) * 1000)
            li.stop()
            dev.close()
        finally:
            pair.stop()
            close_db()
    res = {
        "n": args.n,
        "setup_s": round(setup_s, 1),
        "bare_pyserial_echo": _stats(bare),
        "listener_write_to_line": _stats(to_line),
        "handle_scan_commit": _stats(commit),
        "scan_to_commit": _stats(total),
        "engine_dispatch_alone": _stats(engine),
        "target_p99_ms": 10.0,
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
    if args.json:
        print(json.dumps(res))
    else:
        print(
            f"{args.n} scans through a socat pty pair (setup {res['setup_s']} s, "
            f"load average {res['load_average_1min']} on {os.cpu_count()} CPUs)"
        )
        for k in (
            "bare_pyserial_echo",
            "listener_write_to_line",
            "handle_scan_commit",
            "scan_to_commit",
            "engine_dispatch_alone",
        ):
            r = res[k]
            print(
                f"  {k:24} median {r['median_ms']:7.3f} ms   p99 {r['p99_ms']:7.3f} ms   "
                f"max {r['max_ms']:7.3f} ms"
            )
        ok = res["scan_to_commit"]["p99_ms"] <= 10.0
        print(f"  target p99 <= 10 ms: {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
