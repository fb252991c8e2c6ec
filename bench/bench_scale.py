"""Scale: a region's cards on one PC.

Figures, each next to a bare-library baseline measured in the same run:
* bulk demo (`main.py demo`, the real CLI in a subprocess) vs bare sqlite3 `executemany`
  of the same rows into the same schema;
* person search (`search.find_persons`) p50/p95 per query kind vs the same SQL statements
  replayed on a bare sqlite3 connection;
* status look-up (`get_application` + `status_dict`) vs its statements replayed bare;
* GUI start (`main.py --smoke`, over a database with every application open) vs a bare
  PySide6 window, both in subprocesses.

`--quick` uses small sizes (CI); the full run builds 1,000,000 cards and 100,000
applications (a few minutes). `--json PATH` also writes the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


PY = sys.executable
ROWS: list[dict] = []  # every figure, for --json


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def ms(x: float) -> str:
    return f"{x * 1000:.2f} ms" if x < 10 else f"{x:.1f} s"


def row(figure: str, kense: str, bare: str, ratio: float | None, target: str = "") -> None:
    ROWS.append(
        {
            "figure": figure,
            "kense": kense,
            "bare": bare,
            "ratio": None if ratio is None else round(ratio, 2),
            "target": target,
        }
    )
    r = "" if ratio is None else f"{ratio:.1f}x"
    print(f"| {figure:44} | {kense:>12} | {bare:>12} | {r:>6} | {target:14} |", flush=True)


def header(title: str) -> None:
    print(f"\n### {title}\n")
    print(f"| {'figure':44} | {'kense':>12} | {'bare':>12} | {'ratio':>6} | {'target':14} |")
    print(f"|{'-' * 46}|{'-' * 14}|{'-' * 14}|{'-' * 8}|{'-' * 16}|", flush=True)


def run_cli(*args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    return subprocess.run(
        [PY, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT
    )


# ---------------------------------------------------------------- bulk demo


def build(db: Path, persons: int, applications: int, *extra: str) -> tuple[float, dict]:
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    t = time.perf_counter()
    r = run_cli(
        "demo",
        "--db",
        str(db),
        "--persons",
        str(persons),
        "--applications",
        str(applications),
        "--bulk",
        "--json",
        *extra,
    )
    took = time.perf_counter() - t
    if r.returncode != 0:
        raise RuntimeError(f"demo failed: {r.stderr[-2000:]}")
    return took, json.loads(r.stdout.strip().splitlines()[-1])


def bare_bulk(src: Path, dst: Path) -> float:
    """The same rows, read back untimed, written with bare executemany into the same schema."""
    for p in dst.parent.glob(dst.name + "*"):
        p.unlink()
    s = sqlite3.connect(src)
    d = sqlite3.connect(dst, isolation_level=None)
    d.execute("PRAGMA journal_mode=wal")
    d.execute("PRAGMA synchronous=NORMAL")
    d.execute("PRAGMA cache_size=-400000")
    objs = s.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND type IN ('table', 'index') ORDER BY type DESC"
    ).fetchall()
    tables = ["person", "application", "attached_document", "refusal_ground", "step", "movement"]
    data = {t: s.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    s.close()
    for _typ, name, sql in objs:  # tables first (type DESC), FTS shadow tables come with it
        if name.startswith("person_fts_") or name.startswith("sqlite_"):
            continue
        d.execute(sql)
    t = time.perf_counter()
    d.execute("BEGIN")
    for tname in tables:
        rows = data[tname]
        if rows:
            d.executemany(f'INSERT INTO "{tname}" VALUES ({",".join("?" * len(rows[0]))})', rows)
    d.execute("INSERT INTO person_fts(rowid, name_key) SELECT id, name_key FROM person")
    d.execute("COMMIT")
    took = time.perf_counter() - t
    d.close()
    return took


# ---------------------------------------------------------------- replaying statements bare


class Capture:
    """Records the statements a domain call runs, to replay them on a bare connection."""

    def __init__(self, db) -> None:
        self.db, self.stmts = db, []

    def __enter__(self) -> Capture:
        self.orig = self.db.execute_sql

        def ex(sql, params=None, *a, **k):
            self.stmts.append((sql, tuple(params or ())))
            return self.orig(sql, params, *a, **k)

        self.db.execute_sql = ex
        return self

    def __exit__(self, *exc) -> None:
        self.db.execute_sql = self.orig


def timed(fn: Callable[[], object], reps: int) -> list[float]:
    out = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def compare(
    db,
    bare: sqlite3.Connection,
    fn: Callable[[], object],
    reps: int,
) -> tuple[list[float], list[float]]:
    fn()  # warm: statement cache, pages
    with Capture(db) as cap:
        fn()
    stmts = cap.stmts

    def replay() -> None:
        for sql, params in stmts:
            bare.execute(sql, params).fetchall()

    replay()
    ours, base = [], []
    for _ in range(reps):  # interleaved, so both see the same machine
        ours += timed(fn, 1)
        base += timed(replay, 1)
    return ours, base


# ---------------------------------------------------------------- search, status, queue


def search_mix(bare: sqlite3.Connection, rng: random.Random) -> dict[str, list[str]]:
    """Queries by kind, taken from the data: the commonest surnames and names included."""
    top_sur = [
        r[0]
        for r in bare.execute(
            "SELECT surname FROM person GROUP BY surname_key ORDER BY COUNT(*) DESC LIMIT 3"
        )
    ]
    rare_sur = [
        r[0]
        for r in bare.execute("SELECT surname FROM person GROUP BY surname_key ORDER BY COUNT(*) ASC LIMIT 3")
    ]
    top_m = [
        r[0]
        for r in bare.execute(
            "SELECT name FROM person WHERE sex = 'M' GROUP BY name ORDER BY COUNT(*) DESC LIMIT 2"
        )
    ]
    top_f = [
        r[0]
        for r in bare.execute(
            "SELECT name FROM person WHERE sex = 'F' GROUP BY name ORDER BY COUNT(*) DESC LIMIT 2"
        )
    ]
    n = bare.execute("SELECT MAX(id) FROM person").fetchone()[0]
    some = [
        bare.execute(
            "SELECT iin, surname, name, patronymic FROM person WHERE id = ?", (rng.randint(1, n),)
        ).fetchone()
        for _ in range(6)
    ]
    return {
        "IIN exact": [p[0] for p in some[:3]],
        "IIN prefix (6 digits)": [p[0][:6] for p in some[3:]],
        "commonest surnames": top_sur + [s.upper() for s in top_sur[:1]],
        "surname prefix (2-5 letters)": [s[:k] for s in top_sur + rare_sur for k in (2, 5)],
        "rare surname": rare_sur,
        "first name alone": top_m + top_f,
        "patronymic alone": [some[0][3], some[1][3]],
        "name + surname, any order": [f"{p[2]} {p[1]}" for p in some[:3]]
        + [f"{top_m[0]} {top_sur[0]}", f"{top_sur[0]} {top_m[0]}"],
        "full name": [f"{p[1]} {p[2]} {p[3]}" for p in some[:3]],
        "no match (common words)": [f"{top_sur[0]} {top_f[0]}", f"{top_f[0]} {top_m[0]}"],
    }


def bench_search(db, bare: sqlite3.Connection, reps: int) -> None:
    from desk_app.core.search import find_persons

    header(f"Person search, limit 50 ({reps} runs per query; p50 / p95)")
    rng = random.Random(7)
    all_ours: list[float] = []
    all_bare: list[float] = []
    for kind, queries in search_mix(bare, rng).items():
        ours, base = [], []
        for q in queries:
            o, b = compare(db, bare, lambda q=q: find_persons(q, 50), reps)
            ours += o
            base += b
        all_ours += ours
        all_bare += base
        row(
            f"{kind} ({len(queries)} q)",
            f"{ms(pct(ours, 0.5))} / {ms(pct(ours, 0.95))}",
            f"{ms(pct(base, 0.5))} / {ms(pct(base, 0.95))}",
            statistics.median(ours) / max(statistics.median(base), 1e-9),
        )
    row(
        "ALL QUERIES p95",
        ms(pct(all_ours, 0.95)),
        ms(pct(all_bare, 0.95)),
        pct(all_ours, 0.95) / max(pct(all_bare, 0.95), 1e-9),
        "<= 10 ms, <= 3x",
    )


def bench_status(db, bare: sqlite3.Connection, reps: int) -> None:
    from desk_app.core.models import Application
    from desk_app.core.status import status_dict
    from desk_app.core.workflow import get_application

    header("Status look-up (query part: application, applicant, steps, movements)")
    rng = random.Random(3)
    n = Application.select().count()
    numbers = [
        a.number
        for a in Application.select(Application.number).where(
            Application.id.in_([rng.randint(1, n) for _ in range(20)])
        )
    ]
    ours, base = [], []
    for num in numbers:
        o, b = compare(db, bare, lambda num=num: status_dict(get_application(num)), max(3, reps // 4))
        ours += o
        base += b
    row(
        f"status NUMBER ({len(numbers)} numbers)",
        f"{ms(pct(ours, 0.5))} / {ms(pct(ours, 0.95))}",
        f"{ms(pct(base, 0.5))} / {ms(pct(base, 0.95))}",
        statistics.median(ours) / statistics.median(base),
        "<= 5 ms",
    )


# ---------------------------------------------------------------- GUI start

BARE_WINDOW = (
    "import time; t=time.perf_counter(); from PySide6.QtWidgets import QApplication, "
    "QMainWindow; app=QApplication([]); w=QMainWindow(); w.resize(1200, 800); w.show(); "
    "app.processEvents(); print(round((time.perf_counter()-t)*1000))"
)


def bench_gui(db: Path) -> None:
    header("GUI start (subprocess wall time, offscreen)")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    t = time.perf_counter()
    b = subprocess.run([PY, "-c", BARE_WINDOW], capture_output=True, text=True, timeout=120, env=env)
    bare = time.perf_counter() - t
    if b.returncode != 0:
        print(f"bare PySide6 window failed, skipped: {b.stderr[-300:]}")
        return
    try:
        t = time.perf_counter()
        r = run_cli("--smoke", "--db", str(db), timeout=120)
        ours = time.perf_counter() - t
    except subprocess.TimeoutExpired:
        print("note: `main.py --smoke` timed out; GUI start skipped")
        return
    if r.returncode != 0:
        last = (r.stderr.strip().splitlines() or ["?"])[-1]
        print(
            f"note: `main.py --smoke` is not available here ({last[:120]}); GUI start skipped "
            f"(bare window: {bare * 1000:.0f} ms)"
        )
        return
    row(
        "main.py --smoke (process start to exit)",
        f"{ours * 1000:.0f} ms",
        f"{bare * 1000:.0f} ms",
        ours / bare,
    )


# ---------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes (CI)")
    ap.add_argument("--dir", help="folder for the databases (default: a temporary one)")
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument(
        "--reuse",
        action="store_true",
        help="with --dir: keep databases built by an earlier run (no build figures)",
    )
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.quick:
        sizes, queue_size, reps = [(20_000, 2_000)], 5_000, 15
    else:
        sizes, queue_size, reps = [(100_000, 10_000), (1_000_000, 100_000)], 100_000, 40
    tmp = tempfile.TemporaryDirectory(prefix="kense-bench-")
    folder = Path(args.dir or tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    print(
        f"# bench_scale ({'quick' if args.quick else 'full'}), {os.cpu_count()} cores, "
        f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}"
    )

    header("Bulk demo (`main.py demo --bulk`, whole process)")
    big = None
    for persons, apps in sizes:
        db = folder / f"demo-{persons}.sqlite"
        big = db
        if args.reuse and db.exists():
            print(f"(reusing {db.name}: no build figure)")
            continue
        took, counts = build(db, persons, apps)
        base = bare_bulk(db, folder / "bare.sqlite")
        rows = sum(counts.get(k, 0) for k in ("persons", "applications", "steps", "movements", "documents"))
        row(
            f"{persons:,} cards + {apps:,} applications ({rows:,} rows)",
            f"{took:.1f} s",
            f"{base:.1f} s",
            took / base,
            "< 300 s" if persons >= 1_000_000 else "",
        )
    for p in folder.glob("bare.sqlite*"):
        p.unlink()

    from desk_app.core.db import close_db, init_db

    assert big is not None
    db = init_db(big)
    bare = sqlite3.connect(big)
    bench_search(db, bare, reps)
    bench_status(db, bare, reps)
    bare.close()
    close_db()

    qdb = folder / "queues.sqlite"
    if not (args.reuse and qdb.exists()):
        build(qdb, queue_size, queue_size, "--open-share", "1.0")
    bench_gui(qdb)  # a desk whose queues hold every application open
    if args.json:
        Path(args.json).write_text(json.dumps(ROWS, ensure_ascii=False, indent=1), "utf-8")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
