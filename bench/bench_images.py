"""The cost of after-images (issue 14.3): every business row written is imaged into the audit
chain in the same transaction (core/row_images.py). Measured here, in one run:

- each workflow transition of a demo office (every public `workflow` function the demo calls,
  timed as called), with images and with images switched off, next to a bare peewee insert
  in its own transaction on the same file (target: transition p99 <= 10 ms);
- the bulk demo build with and without its images, extrapolated linearly to 1M cards
  (target: <= 5 min); and `check` on the office built with images.

    python bench/bench_images.py [--quick | --million]

`--million` builds the 1M-card office for real through the command line (`main.py demo
--bulk`, then `main.py check`), each in its own process so its peak memory is its own,
next to one bare pass over the same audit table with sqlite3.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _stats(ms: list[float]) -> str:
    s = sorted(ms)
    med = s[len(s) // 2]
    p99 = s[min(len(s) - 1, int(len(s) * 0.99))]
    return f"{med:6.2f} ms | {p99:6.2f} ms | {len(s)}"


@contextmanager
def _images(on: bool) -> Iterator[None]:
    """Switch the after-images (and the head note) off for the 'before' figures."""
    from desk_app.core import audit, row_images

    models = row_images.business_models()
    mark = audit._mark_head
    if not on:
        for m in models:
            m._imaged = False  # type: ignore[attr-defined]
        audit._mark_head = lambda _id: None  # type: ignore[assignment]
    try:
        yield
    finally:
        for m in models:
            m._imaged = True  # type: ignore[attr-defined]
        audit._mark_head = mark  # type: ignore[assignment]


def _timed_transitions(persons: int, applications: int, folder: Path, on: bool) -> list[float]:
    """Build an engine demo office, timing every public workflow call it makes."""
    from desk_app.core import workflow
    from desk_app.core.db import close_db, init_db
    from desk_app.core.demo import demo

    times: list[float] = []
    originals: dict[str, Callable[..., Any]] = {}
    for name in dir(workflow):
        fn = getattr(workflow, name)
        if name.startswith("_") or not callable(fn) or getattr(fn, "__module__", "") != workflow.__name__:
            continue
        if name in ("regulations", "wording_of", "service_of", "get_application", "open_step"):
            continue  # look-ups, not transitions

        @functools.wraps(fn)
        def timed(*a: Any, __fn: Callable[..., Any] = fn, **k: Any) -> Any:
            t = time.perf_counter()
            try:
                return __fn(*a, **k)
            finally:
                times.append((time.perf_counter() - t) * 1000)

        originals[name] = fn
        setattr(workflow, name, timed)
    try:
        init_db(folder / f"engine-{on}.sqlite")
        with _images(on):
            demo.build_demo(persons=persons, applications=applications, today=dt.datetime(2026, 6, 30, 12))
        close_db()
    finally:
        for name, fn in originals.items():
            setattr(workflow, name, fn)
    return times


def _bare_inserts(n: int, folder: Path) -> list[float]:
    """A plain peewee model (no hooks), one row per transaction, on the same kind of file."""
    import peewee as pw

    from desk_app.core.db import SQLITE_PRAGMAS

    db = pw.SqliteDatabase(str(folder / "bare.sqlite"), pragmas=SQLITE_PRAGMAS)

    class Bare(pw.Model):
        at = pw.DateTimeField()
        note = pw.TextField()

        class Meta:
            database = db

    db.create_tables([Bare])
    times = []
    for i in range(n):
        t = time.perf_counter()
        with db.atomic("IMMEDIATE"):
            Bare.create(at=dt.datetime.now(), note=f"row {i}")
        times.append((time.perf_counter() - t) * 1000)
    db.close()
    return times


def _bulk(persons: int, applications: int, folder: Path, on: bool) -> tuple[float, float | None]:
    """Seconds for the bulk demo build, and for `check` on it (with images only)."""
    from desk_app.core.db import close_db, init_db
    from desk_app.core.demo import demo_bulk
    from desk_app.core.safety.check import run_check

    path = folder / f"bulk-{on}.sqlite"
    init_db(path)
    since = demo_bulk._Images.since
    if not on:
        demo_bulk._Images.since = lambda *a, **k: None  # type: ignore[method-assign]
    try:
        with _images(on):
            t = time.perf_counter()
            demo_bulk.build_bulk(seed=1, persons=persons, applications=applications)
            build = time.perf_counter() - t
    finally:
        demo_bulk._Images.since = since  # type: ignore[method-assign]
    close_db()
    checked = None
    if on:
        init_db(path, readonly=True)
        t = time.perf_counter()
        report = run_check()
        checked = time.perf_counter() - t
        assert report.ok, report.to_dict()
        close_db()
    path.unlink()
    return build, checked


def _process(*args: str) -> tuple[float, float]:
    """Seconds and peak resident MB of one `main.py` run (os.wait4: this child's own rusage)."""
    import os
    import subprocess

    main_py = Path(__file__).resolve().parent.parent / "main.py"
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(main_py), *args], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"main.py {' '.join(args)} exited {proc.returncode}")
    return time.perf_counter() - t, usage.ru_maxrss / 1024


def _bare_pass(path: Path) -> float:
    """One pass over the audit table's columns with sqlite3 alone: the floor of any check."""
    import sqlite3

    t = time.perf_counter()
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    cur = con.execute(
        "SELECT id, at, user, action, entity, entity_id, before, after, prev_hash, hash FROM audit_log"
    )
    while cur.fetchmany(10_000):
        pass
    con.close()
    return time.perf_counter() - t


def million(folder: Path) -> None:
    import hashlib

    path = folder / "million.sqlite"
    db = ["--db", str(path)]
    build, build_mb = _process("demo", "--bulk", "--persons", "1000000", "--applications", "100000", *db)

    def digest() -> str:
        with path.open("rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()

    before = digest()
    check, check_mb = _process("check", *db)
    same = digest() == before
    bare = _bare_pass(path)
    print("1,000,000 cards + 100,000 applications, SQLite, whole processes:\n")
    print("| figure | seconds | peak MB |")
    print("|---|---|---|")
    print(f"| `demo --bulk`, with after-images | {build:.1f} | {build_mb:.0f} |")
    print(f"| `check` (exit 0) | {check:.1f} | {check_mb:.0f} |")
    print(f"| bare sqlite3 pass over audit_log | {bare:.1f} | |")
    print(f"\nfile {path.stat().st_size / 2**20:,.0f} MB; SHA-256 unchanged by check: {same}")
    print(f"target 1M-card build <= 5 min: {'met' if build <= 300 else 'NOT met'} ({build:.0f} s)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--million", action="store_true", help="build and check a 1M-card office for real")
    opts = ap.parse_args()
    quick = opts.quick
    if opts.million:
        with tempfile.TemporaryDirectory() as tmp:
            million(Path(tmp))
        return 0
    engine = (15, 40) if quick else (60, 300)
    bulk = (2_000, 200) if quick else (100_000, 10_000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with_images = _timed_transitions(*engine, folder, True)
        without = _timed_transitions(*engine, folder, False)
        bare = _bare_inserts(len(with_images), folder)
        print(f"Transitions of an engine demo ({engine[0]} cards, {engine[1]} applications), SQLite:\n")
        print("| figure | median | p99 | calls |")
        print("|---|---|---|---|")
        print(f"| transition, with after-images | {_stats(with_images)} |")
        print(f"| transition, images off (before) | {_stats(without)} |")
        print(f"| bare peewee insert, own transaction | {_stats(bare)} |")
        p99 = sorted(with_images)[min(len(with_images) - 1, int(len(with_images) * 0.99))]
        print(f"\ntarget transition p99 <= 10 ms: {'met' if p99 <= 10 else 'NOT met'} ({p99:.2f} ms)\n")
        b_on, check_s = _bulk(*bulk, folder, True)
        b_off, _ = _bulk(*bulk, folder, False)
        scale = 1_000_000 / bulk[0]

        def extra(sec: float) -> str:  # quick sizes are dominated by fixed costs (user PINs)
            return "n/a (--quick)" if quick else f"{sec * scale:.0f} s"

        print(f"Bulk demo ({bulk[0]:,} cards, {bulk[1]:,} applications), SQLite:\n")
        print("| figure | seconds | extrapolated to 1M cards / 100k applications |")
        print("|---|---|---|")
        print(f"| build with after-images | {b_on:.1f} | {extra(b_on)} |")
        print(f"| build, images off (before) | {b_off:.1f} | {extra(b_off)} |")
        print(f"| `check` of the built office | {check_s or 0:.1f} | {extra(check_s or 0)} |")
        if not quick:
            ok = b_on * scale <= 300
            print(f"\ntarget 1M-card build <= 5 min: {'met' if ok else 'NOT met'} (linear extrapolation)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
