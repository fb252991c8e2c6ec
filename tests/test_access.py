"""Who may do what: every role the regulation does not name is refused, PIN lock-out, admin."""

from __future__ import annotations

import datetime as dt

import pytest
from safe_flow import (
    T0,
    fast_pins,  # noqa: F401
    intake_user,
    run_to_end,
    submit,
)

from desk_app.core import auth, office_calendar, overrides, settings, workflow
from desk_app.core import users as users_mod
from desk_app.core.errors import NotFound, PermissionDenied, ValidationError
from desk_app.core.models import Application, AuditLog, Step, User

AT = T0 + dt.timedelta(days=1)
WORDING = "kzo-251-2012-486"


def _state():
    return (
        AuditLog.select().count(),
        Step.select().count(),
        [(a.id, a.version, a.state) for a in Application.select().order_by(Application.id)],
    )


def _refused_for_all_but(users, allowed: set[str], attempt) -> None:
    """`attempt(user)` is refused (PermissionDenied) for every user not in `allowed`."""
    inactive = users_mod.create(
        users["admin"],
        "gone",
        "Кеткен",
        "Адам",
        ["center_inspector", "dispatch_inspector", "office_clerk", "head", "executor"],
        "111111",
    )
    users_mod.deactivate(users["admin"], "gone")
    inactive = User.get_by_id(inactive.id)
    before = _state()
    tried = 0
    for login, user in [*users.items(), ("gone", inactive)]:
        if login in allowed:
            continue
        with pytest.raises(PermissionDenied) as e:
            attempt(User.get_by_id(user.id))
        assert e.value.kk and e.value.ru and e.value.field == "user"
        tried += 1
        assert _state() == before, f"{login}: something was written"
    assert tried >= 5


@pytest.mark.parametrize(
    "service,channel", [(1, "direct"), (2, "center"), (2, "direct"), (3, "center"), (4, "direct")]
)
def test_submit_only_by_the_intake_role(db, users, person, service, channel):
    role_of = {"center": "center_inspector", "direct": "executor" if service == 1 else "office_clerk"}
    allowed = {u for u, obj in users.items() if obj.has_role(role_of[channel])}
    _refused_for_all_but(users, allowed, lambda u: workflow.submit(person, service, channel, u, at=AT))
    assert intake_user(users, service, channel).login in allowed


# (function, how to bring the application to it, the logins the regulation allows)
def _call(name, users):
    ex = users["executor"]
    return {
        "dispatch": lambda a, u: workflow.dispatch(a, u, AT),
        "register_received": lambda a, u: workflow.register_received(a, u, AT),
        "assign": lambda a, u: workflow.assign(a, u, ex, AT),
        "reassign": lambda a, u: workflow.reassign(a, u, users["executor2"], AT),
        "decide_card": lambda a, u: workflow.decide_card(a, u, True, at=AT),
        "prepare": lambda a, u: workflow.prepare(a, u, "notification", at=AT),
        "prepare_decision": lambda a, u: workflow.prepare(a, u, "decision", at=AT),
        "sign": lambda a, u: workflow.sign(a, u, AT),
        "return_for_rework": lambda a, u: workflow.return_for_rework(a, u, "қайта жаз", AT),
        "deliver": lambda a, u: workflow.deliver(a, u, AT),
        "result_arrived": lambda a, u: workflow.result_arrived(a, u, AT),
        "issue": lambda a, u: workflow.issue(a, u, "өзі", AT),
    }[name]


MATRIX = [
    # name, service, channel, stop, allowed logins
    ("dispatch", 2, "center", "dispatch", {"dispatch_inspector"}),
    ("register_received", 3, "center", "register", {"office_clerk"}),
    ("assign", 4, "direct", "assign", {"head"}),
    ("reassign", 2, "direct", "prepare", {"head"}),
    ("decide_card", 1, "direct", "card", {"executor"}),  # executor2: not the one who accepted
    ("prepare", 2, "center", "prepare", {"executor"}),  # executor2: not the assigned one
    ("prepare_decision", 1, "direct", "prepare", {"executor"}),
    ("sign", 3, "direct", "sign", {"head"}),
    ("return_for_rework", 2, "center", "sign", {"head"}),
    ("deliver", 4, "center", "deliver", {"executor"}),
    ("result_arrived", 2, "center", "transit", {"center_inspector"}),
    ("issue", 3, "center", "issue", {"center_inspector"}),
]


@pytest.mark.parametrize("name,service,channel,stop,allowed", MATRIX, ids=[m[0] for m in MATRIX])
def test_every_other_role_is_refused(db, users, person, name, service, channel, stop, allowed):
    app = submit(users, person, service, channel)
    if stop == "transit":
        app = run_to_end(app, users, stop_in_transit=True)
    else:
        app = run_to_end(app, users, stop_kind=stop)
    assert app.state != workflow.CLOSED
    act = _call(name, users)
    _refused_for_all_but(users, allowed, lambda u: act(Application.get_by_id(app.id), u))
    # and the allowed one succeeds
    done = act(Application.get_by_id(app.id), users[sorted(allowed)[0]])
    assert done.version == Application.get_by_id(app.id).version > app.version


def test_pin_lock_out(db, users):
    t = dt.datetime(2026, 3, 2, 9, 0)
    for i in range(auth.MAX_FAILURES):
        with pytest.raises(PermissionDenied) as e:
            auth.authenticate("head", "9999", at=t + dt.timedelta(seconds=i))
        assert e.value.field == "pin"
    locked = User.get(User.login == "head")
    assert locked.locked_until == t + dt.timedelta(seconds=auth.MAX_FAILURES - 1, minutes=auth.LOCK_MINUTES)
    with pytest.raises(PermissionDenied) as e:  # even the right PIN, while locked
        auth.authenticate("head", "0000", at=t + dt.timedelta(minutes=5))
    assert "бұғатталған" in e.value.kk and "заблокирована" in e.value.ru
    ok = auth.authenticate("head", "0000", at=t + dt.timedelta(minutes=auth.LOCK_MINUTES + 1))
    assert ok.login == "head"
    fails = AuditLog.select().where(AuditLog.action == "user.pin_failed").count()
    assert fails == auth.MAX_FAILURES
    # failures below the limit are forgotten after a success
    with pytest.raises(PermissionDenied):
        auth.authenticate("head", "1", at=t + dt.timedelta(hours=1))
    assert User.get(User.login == "head").failed_attempts == 1
    auth.authenticate("head", "0000", at=t + dt.timedelta(hours=1))
    assert User.get(User.login == "head").failed_attempts == 0


def test_scrypt_hashes(db, users):
    h = User.get(User.login == "head").pin_hash
    assert h.startswith("scrypt$") and "0000" not in h
    assert auth.pin_matches("0000", h) and not auth.pin_matches("0001", h)
    assert auth.hash_pin("0000") != auth.hash_pin("0000")  # salted


def test_admin_manages_users(db, users):
    admin = users["admin"]
    u = users_mod.create(admin, "clerk2", "Сейітова", "Айым", ["office_clerk"], "2468")
    assert auth.authenticate("clerk2", "2468").id == u.id
    users_mod.set_roles(admin, "clerk2", ["office_clerk", "executor"])
    assert User.get_by_id(u.id).role_set == {"office_clerk", "executor"}
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(PermissionDenied):
            auth.authenticate("clerk2", "0000")
    users_mod.reset_pin(admin, "clerk2", "1357")  # also lifts the lock-out
    assert auth.authenticate("clerk2", "1357").id == u.id
    users_mod.deactivate(admin, "clerk2")
    with pytest.raises(NotFound):
        auth.authenticate("clerk2", "1357")
    with pytest.raises(ValidationError) as e:
        users_mod.deactivate(admin, "admin")  # the last admin stays
    assert e.value.field == "login"
    with pytest.raises(ValidationError):
        users_mod.set_roles(admin, "admin", ["head"])
    with pytest.raises(ValidationError) as e:
        users_mod.set_roles(admin, "head", ["boss"])
    assert e.value.field == "roles"
    with pytest.raises(NotFound):
        users_mod.reset_pin(admin, "nobody", "1234")


def test_admin_only_functions_refuse_everyone_else(db, users):
    admin_only = [
        lambda u: users_mod.create(u, "x1", "Тегі", "Аты", ["head"], "123456"),
        lambda u: users_mod.deactivate(u, "head"),
        lambda u: users_mod.reset_pin(u, "head", "123456"),
        lambda u: users_mod.set_roles(u, "head", ["head", "admin"]),
        lambda u: office_calendar.set_day(dt.date(2026, 5, 4), False, u, "x"),
        lambda u: settings.set_setting("backup_dir", "/tmp/x", u),
        lambda u: overrides.set_item(u, WORDING, 2, "ground", "compensation_paid", "а", "б"),
    ]
    for fn in admin_only:
        _refused_for_all_but_admin(users, fn)


def _refused_for_all_but_admin(users, fn):
    before = _state()
    for login, user in users.items():
        if login == "admin":
            continue
        with pytest.raises(PermissionDenied):
            fn(user)
        assert _state() == before


def test_regulation_overrides_apply_to_the_workflow(db, users, person):
    admin = users["admin"]
    overrides.set_item(
        admin,
        WORDING,
        2,
        "ground",
        "compensation_paid",
        "Біржолғы өтемақы бұрын төленген (тексерілді)",
        "Единовременная компенсация уже выплачена (проверено)",
    )
    overrides.set_item(admin, WORDING, 2, "document", "photo", "", "", active=False)
    overrides.set_item(
        admin, WORDING, 2, "document", "military_id", "Әскери билет", "Военный билет", required=False
    )
    svc = workflow.regulations().in_force(T0.date()).service(2)
    assert svc.ground("compensation_paid").text.ru.endswith("(проверено)")
    assert [d.code for d in svc.documents][-1] == "military_id"
    assert "photo" not in {d.code for d in svc.documents}
    with pytest.raises(ValidationError) as e:
        workflow.submit(person, 2, "center", users["center_inspector"], [("photo", "")], at=AT)
    assert e.value.field == "documents"
    app = workflow.submit(
        person, 2, "center", users["center_inspector"], [("identity", ""), ("military_id", "")], at=AT
    )
    assert [d.title for d in app.documents][-1] == "Әскери билет"
    # the JSON wording itself is untouched, grounds cannot be dropped or invented
    from desk_app.core.overrides import regulations
    from desk_app.core.regulation import json_regulations

    assert "photo" in {d.code for d in json_regulations().by_code(WORDING).service(2).documents}
    assert "photo" not in {d.code for d in regulations().by_code(WORDING).service(2).documents}
    with pytest.raises(ValidationError):
        overrides.set_item(admin, WORDING, 2, "ground", "made_up", "а", "б")
    with pytest.raises(ValidationError):
        overrides.set_item(admin, WORDING, 2, "ground", "compensation_paid", "а", "б", active=False)
    assert AuditLog.select().where(AuditLog.action == "regulation.override").count() == 3


def test_cli_user_commands(db, users, capsys, stdin_pins):
    import json

    from test_check import _url

    from desk_app.cli.main import main

    url = _url(db)
    base = ["--db", url, "--json"]
    stdin_pins("0000", "5678")  # the admin's PIN, then the new user's
    assert (
        main(
            [
                "user",
                "add",
                "nurlan",
                "--surname",
                "Сейітов",
                "--name",
                "Нұрлан",
                "--roles",
                "executor",
                *base,
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["roles"] == ["executor"]
    stdin_pins("0000")
    assert main(["user", "roles", "nurlan", "--roles", "executor,head", *base]) == 0
    capsys.readouterr()
    stdin_pins("0000", "8765")  # a head's PIN is at least 6 digits
    assert main(["user", "reset-pin", "nurlan", *base]) == 2
    assert "6" in json.loads(capsys.readouterr().out)["kk"]
    stdin_pins("0000", "876543")
    assert main(["user", "reset-pin", "nurlan", *base]) == 0
    assert auth.authenticate("nurlan", "876543").login == "nurlan"
    stdin_pins("0000")
    assert main(["user", "deactivate", "nurlan", *base]) == 0
    capsys.readouterr()
    stdin_pins("0000")
    assert main(["user", "list", *base]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {
        "login": "nurlan",
        "name": "Сейітов Нұрлан",
        "roles": ["executor", "head"],
        "active": False,
    } in rows
    stdin_pins("0000")
    assert main(["user", "deactivate", "head", "--as", "head", "--db", url, "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["error"] == "PermissionDenied"
    stdin_pins("1111")
    assert main(["user", "list", "--db", url, "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["field"] == "pin"
    # who ran each command is on record, with no PIN in it
    rows = list(AuditLog.select().where(AuditLog.action.startswith("cli.user.")))
    assert [r.action for r in rows] == [
        "cli.user.add",
        "cli.user.roles",
        "cli.user.reset-pin",
        "cli.user.reset-pin",
        "cli.user.deactivate",
        "cli.user.list",
    ]
    assert all(r.user == "admin" and "0000" not in (r.after or "") for r in rows)


def test_only_intake_desks_and_admin_write_cards(db, users, person):
    from conftest import make_person

    from desk_app.core import cards

    for login in ("head", "dispatch_inspector"):
        before = _state()
        with pytest.raises(PermissionDenied):
            make_person(users[login], surname="Басқа")
        with pytest.raises(PermissionDenied):
            cards.update_person(person.id, {"address": "x"}, users[login], version=1)
        assert _state() == before
    for login in ("center_inspector", "office_clerk", "executor"):
        make_person(users[login], surname="Рұқсат")
