"""Child process of test_safe_durability: writes applications in a loop, reporting each commit.

argv: database path, round number. Prints "NUMBER VERSION" after every committed call.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys

from safe_flow import T0, step_once, submit

from desk_app.core.db import init_db
from desk_app.core.models import Person, User


def main() -> None:
    init_db(sys.argv[1])
    rnd = int(sys.argv[2])
    users = {u.login: u for u in User.select()}
    person = Person.select().first()
    t = T0 + dt.timedelta(days=rnd * 3)
    kinds = itertools.cycle([(2, "center"), (1, "direct"), (3, "direct"), (4, "center")])
    print("ready", flush=True)
    while True:
        service, channel = next(kinds)
        t += dt.timedelta(minutes=1)
        app = submit(users, person, service, channel, at=t)
        print(app.number, app.version, flush=True)
        for _ in range(4):
            if app.state == "closed":
                break
            t += dt.timedelta(minutes=1)
            app = step_once(app, users, t)
            print(app.number, app.version, flush=True)


if __name__ == "__main__":
    main()
