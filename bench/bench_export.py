"""Bench: the monthly report of a 100,000-application month, next to bare openpyxl.

    /work/venv/bin/python bench/bench_export.py [--applications 100000]

1. Fills a temporary SQLite database directly (sqlite3 executemany, not the workflow):
   users, persons, applications of May 2025 with their steps (deadlines from the real
   calendar), refusal grounds and barcode movements, consistent with the models.
2. Runs `export_month` in a fresh subprocess: wall time and peak RSS (VmHWM).
3. Reads the workbook back (read-only mode) and pickles its cell values and number formats.
4. Runs a bare openpyxl write-only of the same cells (same values, same number formats,
   one style object per formatted cell) in a fresh subprocess: wall time and peak RSS.

Target: export ≤ 1.2 × bare time, ≤ 100 MB peak.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pickle
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MONTH = (2025, 5)
STAFF = [
    ("center_inspector", "Сәрсенбаева", "Гүлжан", "Маратқызы", "center_inspector"),
    ("dispatch_inspector", "Оспанов", "Дәулет", "Қанатұлы", "dispatch_inspector"),
    ("office_clerk", "Жұмағұлова", "Ләззат", "Әбілқызы", "office_clerk"),
    ("head", "Байжанов", "Ғани", "Төлегенұлы", "head"),
    ("executor", "Тоқтарова", "Әсел", "Бекқызы", "executor"),
    ("executor2", "Ким", "Андрей", "Викторович", "executor"),
    ("executor3", "Нұрланова", "Айгүл", "Серікқызы", "executor"),
]


def fill(path: Path, n_apps: int, seed: int = 1) -> dict[str, int]:
    """Users through the model layer; persons, applications, steps and movements in bulk."""
    from desk_app.core import iin
    from desk_app.core.db import close_db, init_db
    from desk_app.core.deadlines import due_at
    from desk_app.core.models import User
    from desk_app.core.office_calendar import load_calendar
    from desk_app.core.workflow import regulations

    init_db(path)
    pin = "scrypt$16384$8$1$00$00"  # never logged into: no need to pay for scrypt
    users = {}
    for login, sur, name, pat, role in STAFF:
        users[login] = User.create(
            login=login, surname=sur, name=name, patronymic=pat, roles=role, pin_hash=pin
        ).id
    cal = load_calendar()
    wording = regulations().in_force(dt.date(*MONTH, 1))
    close_db()
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    created = "2025-01-01 09:00:00"
    # Persons: a third as many as applications.
    persons = []
    serial = 1
    seen: set[str] = set()
    n_persons = max(10, n_apps // 3)
    for _ in range(n_persons):
        born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 55))
        sex = rng.choice("MF")
        code = None
        while code is None or code in seen:
            code = iin.make(born, sex, serial % 10000)
            serial += 1
        seen.add(code)
        sur = rng.choice(["Әбдірахманов", "Серікбаев", "Нұрланов", "Қасымов", "Иванов", "Ким"])
        name = rng.choice(["Ерлан", "Әйгерім", "Гүлнар", "Бауыржан", "Сергей", "Ұлан"])
        pat = rng.choice(["Серікұлы", "Болатқызы", "Сергеевич", ""])
        persons.append(
            (
                code,
                sur,
                name,
                pat,
                sur.casefold(),
                f"{sur} {name}".casefold(),
                born.isoformat(),
                sex,
                created,
                created,
            )
        )
    con.executemany(
        "INSERT INTO person (iin, surname, name, patronymic, surname_key, name_key, "
        "birth_date, sex, address, phone, education, profession, last_employment, "
        "disability_cause, employer, rehab_items, contraindications, created_at, "
        "updated_at, version) VALUES (?,?,?,?,?,?,?,?,'','','','','','','','','',"
        "?,?,1)",
        persons,
    )
    due_cache: dict = {}

    def due(step, start: dt.datetime) -> dt.datetime | None:
        if step.unit == "minutes" or step.unit is None:
            return due_at(start, step.limit, step.unit, cal)
        key = (step.limit, step.unit, start.date())
        if key not in due_cache:
            due_cache[key] = due_at(start, step.limit, step.unit, cal)
        return due_cache[key]

    start = dt.datetime(*MONTH, 1)
    days = [start.date() + dt.timedelta(days=d) for d in range(31)]
    workdays = [d for d in days if cal.is_working(d)]
    execs = [users["executor"], users["executor2"], users["executor3"]]
    apps, steps, moves, grounds = [], [], [], []
    subs = sorted(
        dt.datetime.combine(rng.choice(workdays), dt.time(9)) + dt.timedelta(seconds=rng.randrange(9 * 3600))
        for _ in range(n_apps)
    )
    counts = {"applications": n_apps, "persons": n_persons}
    for seq, sub in enumerate(subs, 1):
        app_id = seq
        svc = wording.service(rng.choice([1, 2, 3, 4]))
        channel = "direct" if svc.no == 1 else rng.choice(["center", "direct"])
        path = svc.path(channel)
        t = sub
        term = sub
        for st in path:
            if st.counted:
                term = due(st, term) or term
        stop = len(path) if rng.random() < 0.75 else rng.randrange(1, len(path))
        refuse = rng.random() < 0.2
        executor = execs[seq % 3]
        result = None
        closed = None
        for i, st in enumerate(path[: stop + 1] if stop < len(path) else path):
            if st.starts_on_scan:
                t += dt.timedelta(hours=rng.randrange(2, 40))
                moves.append(
                    (app_id, "result_at_center", st.role, users["center_inspector"], t, f"2025-{seq:06d}")
                )
            d = due(st, t)
            is_open = i == stop
            if is_open:
                steps.append((app_id, st.no, st.role, None, t, d, None, st.counted, ""))
                break
            span = (d - t) if d else dt.timedelta(hours=1)
            end = t + span * rng.uniform(0.05, 1.3 if rng.random() < 0.1 else 0.8)
            end = end.replace(microsecond=0)
            user = executor if st.role == "executor" else users.get(st.role) or users["head"]
            outcome = "done"
            if st.kind in ("prepare", "card") and refuse:
                outcome = "refusal"
            steps.append((app_id, st.no, st.role, user, t, d, end, st.counted, outcome))
            if st.kind == "dispatch":
                moves.append((app_id, "sent_to_body", st.role, user, end, f"2025-{seq:06d}"))
            if st.kind == "register" and channel == "center":
                moves.append((app_id, "received_by_body", st.role, user, end, f"2025-{seq:06d}"))
            if st.kind == "sign":
                result = "refusal" if refuse else svc.positive_result
            t = end
        else:
            closed = t
        if closed is not None and refuse:
            grounds.append((app_id, svc.grounds[seq % len(svc.grounds)].code))
        state = "closed" if closed else "preparation"
        apps.append(
            (
                app_id,
                f"2025-{seq:06d}",
                2025,
                seq,
                svc.no,
                channel,
                wording.code,
                rng.randrange(1, n_persons + 1),
                sub,
                term,
                state,
                None if closed else path[min(stop, len(path) - 1)].no,
                result,
                executor if svc.no == 1 or stop > 3 else None,
                users["center_inspector"] if channel == "center" else users["office_clerk"],
                closed,
                closed,
            )
        )
    con.executemany(
        "INSERT INTO application (id, number, year, seq, service, channel, wording, "
        "person_id, submitted_at, term_due_at, state, current_step, result, "
        "executor_id, accepted_by_id, closed_at, issued_at, prepared_result, "
        "refusal_reasoning, place_of_issue, issued_to, informed_how, version) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,'','','','',1)",
        [
            (
                *a[:8],
                str(a[8]),
                str(a[9]),
                *a[10:15],
                str(a[15]) if a[15] else None,
                str(a[16]) if a[16] else None,
            )
            for a in apps
        ],
    )
    con.executemany(
        "INSERT INTO step (application_id, no, role, user_id, started_at, due_at, "
        "completed_at, counted, outcome, note) VALUES (?,?,?,?,?,?,?,?,?,'')",
        [
            (a, no, r, u, str(s), str(d) if d else None, str(c) if c else None, int(k), o)
            for a, no, r, u, s, d, c, k, o in steps
        ],
    )
    con.executemany(
        "INSERT INTO movement (application_id, kind, role, user_id, at, payload) VALUES (?,?,?,?,?,?)",
        [(*m[:4], str(m[4]), m[5]) for m in moves],
    )
    con.executemany("INSERT INTO refusal_ground (application_id, code) VALUES (?,?)", grounds)
    con.commit()
    con.close()
    counts.update(steps=len(steps), movements=len(moves), refusals=len(grounds))
    return counts


def peak_rss_mb() -> float:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss, reset by exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_export(db: str, out: str) -> None:
    from desk_app.core.db import init_db
    from desk_app.reports.monthly import export_month

    init_db(db, migrate=False)
    import openpyxl  # noqa: F401 - imports are not the export's cost

    base = peak_rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    summary = export_month(*MONTH, out)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        json.dumps(
            {"seconds": secs, "cpu": cpu, "peak_mb": peak_rss_mb(), "base_mb": base, "rows": summary["rows"]}
        )
    )


def dump_cells(xlsx: str, dump: str) -> None:
    """The workbook's cells (value, number format), sheet by sheet, as a pickle stream."""
    from openpyxl import load_workbook

    wb = load_workbook(xlsx, read_only=True)
    with open(dump, "wb") as f:
        for ws in wb.worksheets:
            pickle.dump(("sheet", ws.title), f)
            chunk = []
            for row in ws.iter_rows():
                chunk.append([(c.value, c.number_format) if c.value is not None else None for c in row])
                if len(chunk) == 2000:
                    pickle.dump(("rows", chunk), f)
                    chunk = []
            if chunk:
                pickle.dump(("rows", chunk), f)
    wb.close()


def child_bare(dump: str, out: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell

    base = peak_rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    wb = Workbook(write_only=True)
    styles: dict[str, object] = {}
    ws = None
    with open(dump, "rb") as f:
        while True:
            try:
                kind, data = pickle.load(f)
            except EOFError:
                break
            if kind == "sheet":
                ws = wb.create_sheet(data)
                continue
            for row in data:
                cells = []
                for c in row:
                    if c is None or c[1] == "General":
                        cells.append(None if c is None else c[0])
                        continue
                    if c[1] not in styles:
                        proto = Cell(ws, 1, 1)
                        proto.number_format = c[1]
                        styles[c[1]] = proto._style
                    cells.append(Cell(ws, 1, 1, c[0], style_array=styles[c[1]]))
                ws.append(cells)
    wb.save(out)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(json.dumps({"seconds": secs, "cpu": cpu, "peak_mb": peak_rss_mb(), "base_mb": base}))


def run_child(*args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    res = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--applications", type=int, default=100_000)
    ap.add_argument(
        "--rounds",
        type=int,
        default=2,
        help="alternate export and bare runs this many times; best of each counts",
    )
    ap.add_argument("--child", nargs="+")
    ap.add_argument("--quick", action="store_true", help="small sizes (CI: keeps bench/ alive)")
    args = ap.parse_args()
    if args.quick:
        args.applications, args.rounds = 2_000, 1
    if args.child:
        {"export": child_export, "bare": child_bare}[args.child[0]](*args.child[1:])
        return
    with tempfile.TemporaryDirectory(prefix="kense-bench-") as tmp:
        db, out, dump, bare = (
            str(Path(tmp) / n) for n in ("bench.sqlite", "report.xlsx", "cells.pickle", "bare.xlsx")
        )
        t0 = time.perf_counter()
        counts = fill(Path(db), args.applications)
        print(f"data: {counts} in {time.perf_counter() - t0:.1f} s")
        exports, bares = [], []
        for i in range(args.rounds):
            exports.append(run_child("--child", "export", db, out))
            if i == 0:
                dump_cells(out, dump)  # the exact cells of the report, for the bare writer
            bares.append(run_child("--child", "bare", dump, bare))
            print(
                f"round {i + 1}: export {exports[-1]['seconds']:.2f} s wall "
                f"{exports[-1]['cpu']:.2f} s CPU; bare {bares[-1]['seconds']:.2f} s wall "
                f"{bares[-1]['cpu']:.2f} s CPU",
                flush=True,
            )
        exp = {k: min(e[k] for e in exports) for k in ("seconds", "cpu")}
        base = {k: min(b[k] for b in bares) for k in ("seconds", "cpu")}
        exp_peak = max(e["peak_mb"] for e in exports)
        base_peak = max(b["peak_mb"] for b in bares)
        print(f"rows written: {exports[0]['rows']} (+ the summary sheet)")
        print(
            f"export_month : {exp['seconds']:6.2f} s wall {exp['cpu']:6.2f} s CPU  "
            f"peak RSS {exp_peak:6.1f} MB (after imports {exports[0]['base_mb']:.1f} MB)  "
            f"file {os.path.getsize(out) / 1e6:.1f} MB"
        )
        print(
            f"bare openpyxl: {base['seconds']:6.2f} s wall {base['cpu']:6.2f} s CPU  "
            f"peak RSS {base_peak:6.1f} MB (after imports {bares[0]['base_mb']:.1f} MB)  "
            f"file {os.path.getsize(bare) / 1e6:.1f} MB"
        )
        print(
            f"export/bare: {exp['seconds'] / base['seconds']:.2f} wall, "
            f"{exp['cpu'] / base['cpu']:.2f} CPU (target <= 1.2); "
            f"peak {'<=' if exp_peak <= 100 else '>'} 100 MB. Best of {args.rounds} rounds; "
            "CPU time is the steadier figure on a shared machine."
        )


if __name__ == "__main__":
    main()
