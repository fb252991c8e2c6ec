"""The cost of one PIN guess: `auth.authenticate` (attempt counted under the write lock, scrypt,
attempt settled) next to a bare `hashlib.scrypt` of the same cost, and the old cost.

    python bench/bench_signin.py [--quick]

The lock-out makes online guessing stop after five tries; this cost is what slows down a
guesser who has stolen the file (target: ≥ 100 ms per guess on the office PC).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _median_ms(fn, n: int) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    n = 3 if ap.parse_args().quick else 15
    from desk_app.core import auth
    from desk_app.core.db import close_db, init_db
    from desk_app.core.errors import PermissionDenied

    with tempfile.TemporaryDirectory() as tmp:
        init_db(Path(tmp) / "b.sqlite")
        auth.create_user("u", "Тестов", "Аты", ["executor"], "1234")

        def wrong() -> None:
            try:
                auth.authenticate("u", "9999")
            except PermissionDenied:
                pass
            auth.User.update(failed_attempts=0, locked_until=None).execute()  # no lock-out here

        kense_wrong = _median_ms(wrong, n)
        kense_right = _median_ms(lambda: auth.authenticate("u", "1234"), n)
        close_db()
    salt = os.urandom(16)
    mem = 128 * auth._R * auth._N + (1 << 20)
    bare = _median_ms(
        lambda: hashlib.scrypt(b"9999", salt=salt, n=auth._N, r=auth._R, p=auth._P, dklen=32, maxmem=mem), n
    )
    old = _median_ms(lambda: hashlib.scrypt(b"9999", salt=salt, n=2**14, r=8, p=1, dklen=32), n)
    print(f"| figure (median of {n}) | Кеңсе | bare scrypt, same cost | before (N=2^14, r=8) |")
    print("|---|---|---|---|")
    print(f"| one wrong PIN (`authenticate`) | {kense_wrong:.1f} ms | {bare:.1f} ms | {old:.1f} ms |")
    print(f"| one right PIN (`authenticate`) | {kense_right:.1f} ms | {bare:.1f} ms | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
