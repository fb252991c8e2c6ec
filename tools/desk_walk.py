"""A working morning at one desk, driven by real key events only, over a fresh demo office.

    QT_QPA_PLATFORM=offscreen python tools/desk_walk.py [--lang kk|ru] [--out /tmp/walk-kk]

Five people take turns at one PC (Ctrl+L between them) and carry one service-3 application
from the Center's intake to its issue; the Center inspector then looks its status up
(Ctrl+F). Every key goes through the window system path (`QTest` on the focused QWindow;
Cyrillic as key events carrying the letter) with a person's 20-40 ms between keys. Where a
step cannot be done by keyboard the script clicks the real widget with the mouse and
records a FINDING.

After every step it saves `NN-name.png` (the main window at 1366×768 with any dialog drawn
over it where it would open) into `--out` and prints one line: OK/FAIL, [keyboard] or
[MOUSE], what was done, and what the screen showed (the newest notice, the intake's status
line, the queue's count, where the focus is, the open dialog). Exits 1 if any step did not
have its effect in the database, 0 otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tools.office_screen import use_office_screen  # noqa: E402

use_office_screen()

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from walk_keys import CTRL, SIZE, Walk  # noqa: E402

RECIPIENT = "Әбдірахманова Г.С."


# -- the desk's moves, each by keys (a mouse click only where the keys could not)
def sign_in(w: Walk, login: str) -> bool:
    dlg = w.win.sign_in_dialog
    if dlg is None or not dlg.isVisible():
        w.finding("no sign-in dialog on screen")
        return False
    w.window()
    if not dlg.ui.loginEdit.hasFocus():
        w.finding(f"sign-in opened with the focus on {w.focus_text()}, not the login")
    w.type(login)
    w.key(Qt.Key.Key_Tab)
    w.type("0000")
    w.key(Qt.Key.Key_Return)
    user = w.win.session.user
    return w.step(
        f"sign-in-{login}",
        f"typed login {login}, Tab, PIN 0000, Enter",
        lambda: None if user is not None and user.login == login else f"signed in: {user and user.login}",
    )


def switch_to(w: Walk, login: str) -> bool:
    w.key("l", CTRL)
    dlg = w.win.sign_in_dialog
    shown = dlg is not None and dlg.isVisible() and w.win.session.user is None
    w.step(
        "switch-user",
        "Ctrl+L (switch user)",
        lambda: None if shown else "no sign-in dialog / still signed in",
    )
    return sign_in(w, login)


def tab_to(w: Walk, target: QWidget, what: str, limit: int = 12) -> int:
    """Tab until `target` has the focus; the number of Tabs (a mouse click past `limit`)."""
    for n in range(limit + 1):
        if target.hasFocus():
            return n
        if n < limit:
            w.key(Qt.Key.Key_Tab)
    w.click(target, f"{what}: not reached by {limit} Tabs")
    return -1


def pick_in_queue(w: Walk, queue, number: str) -> bool:
    """Filter the queue by the number typed, go into the table and select the row."""
    tabs = tab_to(w, queue.text_filter, "the queue's filter")
    if tabs > 2:
        w.finding(f"the queue's filter has no shortcut: {tabs} Tabs from {w.focus_text()} to reach it")
    w.type(number)
    w.pause(400)  # the filter's debounce
    w.key(Qt.Key.Key_Tab)
    if not queue.table.hasFocus():
        w.finding(f"Tab from the filter went to {w.focus_text()}, not the table")
        tab_to(w, queue.table, "the queue's table", 4)
    for k in (Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Up):
        if [r.number for r in queue.selected_rows()] == [number]:
            break
        w.key(k)
    rows = [r.number for r in queue.selected_rows()]
    return w.step(
        f"queue-{number}",
        f"Tab×{tabs} to the queue filter, typed {number}, Tab into the table, selected the row",
        lambda: None if rows == [number] else f"selected {rows}",
    )


def press_action(w: Walk, button: QAbstractButton, fallback_keys: list, done: Callable[[], bool], what: str):
    """Do what `button` does by keys (its mnemonic, Enter in the table, …); the mouse if none worked."""
    for keys in fallback_keys:
        keys()
        for _ in range(8):  # a mnemonic "animates" the click: it lands ~100 ms later
            if done():
                return True
            QTest.qWait(50)
    w.click(button, f"«{button.text()}» ({what}): no key did it")
    return done()


def mnemonic(button: QAbstractButton) -> str | None:
    text = button.text()
    i = text.find("&")
    return text[i + 1] if 0 <= i < len(text) - 1 else None


def by_mnemonic(w: Walk, button: QAbstractButton) -> list:
    letter = mnemonic(button)
    if letter is None:
        w.finding(f"button «{button.text()}» has no Alt+letter")
        return []
    return [lambda: w.alt(letter)]


def choose_applicant():
    """A demo card with no application at all (no open-case question to answer)."""
    from desk_app.core.models import Application, Person

    taken = Application.select(Application.person)
    return Person.select().where(Person.id.not_in(taken)).order_by(Person.id).first()


def intake(w: Walk) -> str | None:
    from desk_app.core.models import Application

    tab = w.win.tabs_by_role["center_inspector"]
    form = tab.intake
    person = choose_applicant()
    part = person.surname[: max(4, len(person.surname) - 2)]
    if not form.search_edit.hasFocus():
        w.finding(f"after sign-in the focus is on {w.focus_text()}, not the intake's search")
    w.key(Qt.Key.Key_Tab)  # away, then back by the search label's mnemonic
    w.alt(mnemonic(form._search_label) or "?")
    ok = form.search_edit.hasFocus()
    w.step(
        "search-mnemonic",
        f"Tab away, then Alt+{mnemonic(form._search_label)} (the search's label)",
        lambda: None if ok else f"focus on {w.focus_text()}",
    )
    if not ok:
        w.click(form.search_edit, "the search field")
    w.type(part)
    w.key(Qt.Key.Key_Return)
    hits = [form.results.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(form.results.count())]
    w.step(
        "search",
        f"typed «{part}» (part of {person.surname}), Enter: {len(hits)} hit(s)",
        lambda: None if person.id in hits else "the person is not among the hits",
    )
    if person.id not in hits:
        return None
    for _ in range(hits.index(person.id) - max(form.results.currentRow(), 0)):
        w.key(Qt.Key.Key_Down)
    w.key(Qt.Key.Key_Return)
    w.step(
        "person",
        f"Down to {person.surname} {person.name}, Enter",
        lambda: None if form.person is not None and form.person.id == person.id else "no card chosen",
    )
    w.type("3")
    w.key(Qt.Key.Key_Tab)
    w.type("+")
    w.step(
        "service-documents",
        "typed 3 in the service box, Tab to the documents, + (required ticked)",
        lambda: (
            None
            if form.service_no() == 3 and not form.missing_required()
            else f"service {form.service_no()}, missing {form.missing_required()}"
        ),
    )
    before = Application.select().count()
    w.key(Qt.Key.Key_Return, CTRL)
    new = Application.select().order_by(Application.id.desc()).first()

    def submitted() -> str | None:
        if Application.select().count() != before + 1:
            return "no new application"
        svc = _service(3)
        want = {d.code for d in svc.documents if d.required}
        got = {d.code for d in new.documents}
        if new.person_id != person.id or new.service != 3 or new.channel != "center" or not want <= got:
            return f"person {new.person_id}, service {new.service}, {new.channel}, documents {got}"
        return None

    w.step("submit", "Ctrl+Enter (submit): the receipt's print preview opens", submitted)
    close_dialog(w, "the receipt's print preview")
    if not form.search_edit.hasFocus():
        w.finding(f"after the receipt the focus is on {w.focus_text()}, not the search")
    return new.number if submitted() is None else None


def _service(no: int):
    from desk_app.core import workflow
    from desk_app.core.clock import now

    return workflow.regulations().in_force(now().date()).service(no)


def close_dialog(w: Walk, what: str) -> None:
    shown = w.dialogs()
    if not shown:
        w.finding(f"{what}: no dialog appeared")
        return
    titles = ", ".join(f"«{d.windowTitle()}»" for d in shown)
    w.key(Qt.Key.Key_Escape)
    left = [d for d in w.dialogs() if d in shown]
    if left:
        w.finding(f"Escape did not close {titles}")
        for d in left:
            d.close()  # the window's close button
    w.step("close-dialog", f"Escape on {what} {titles}", lambda: None if not left else "still open")


def state_of(number: str):
    from desk_app.core.models import Application

    return Application.get(Application.number == number)


def queue_action(w: Walk, queue, number: str, button: QAbstractButton, what: str, effect) -> bool:
    """Select `number` in `queue`, then do `button`'s action by keys: its Alt+letter, else
    Enter in the table; the mouse if neither. `effect()` says why it did not happen."""
    before = state_of(number).state
    if not pick_in_queue(w, queue, number):
        return False
    tries = by_mnemonic(w, button)
    if not tries:
        tries = [lambda: w.key(Qt.Key.Key_Return)]
    press_action(w, button, tries, lambda: state_of(number).state != before, what)
    gone = number not in {queue.model.row_at(r).number for r in range(queue.model.rowCount())}
    return w.step(
        what.replace(" ", "-"),
        f"{what} ({'Enter/Alt' if not w.step_mouse else 'mouse'})",
        lambda: effect() or (None if gone or not queue.isVisible() else "the row is still in the queue"),
    )


def dispatch(w: Walk, number: str) -> bool:
    switch_to(w, "dispatch_inspector")
    tab = w.win.tabs_by_role["dispatch_inspector"]
    return queue_action(
        w,
        tab.queue,
        number,
        tab.send_button,
        "mark sent",
        lambda: None if state_of(number).state != "dispatch" else "still waiting for dispatch",
    )


def register(w: Walk, number: str) -> bool:
    switch_to(w, "office_clerk")
    tab = w.win.tabs_by_role["office_clerk"]
    arrivals = tab.pages.indexOf(tab.queue.parentWidget())
    letter = mnemonic_of_tab(tab.pages, arrivals)
    if letter is None:
        w.finding("the page «from the Center» has no Alt+letter: trying Ctrl+Tab")
        w.key(Qt.Key.Key_Tab, CTRL)
    else:
        w.alt(letter)
    if tab.pages.currentIndex() != arrivals:
        w.finding("no key opened the arrivals page")
        bar = tab.pages.tabBar()
        w.pause()
        w.step_mouse = True
        QTest.mouseClick(
            bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(arrivals).center()
        )
    w.step(
        "clerk-arrivals",
        f"Alt+{letter} to the page «from the Center»",
        lambda: None if tab.pages.currentIndex() == arrivals else "still on the intake page",
    )
    return queue_action(
        w,
        tab.queue,
        number,
        tab.register_button,
        "register received",
        lambda: None if state_of(number).state != "to_body" else "still in transit to the body",
    )


def assign(w: Walk, number: str) -> bool:
    switch_to(w, "head")
    tab = w.win.tabs_by_role["head"]
    if not pick_in_queue(w, tab.queue, number):
        return False
    w.alt(mnemonic_of_label(tab, tab.executor_combo) or "?")
    if not tab.executor_combo.hasFocus():
        w.click(tab.executor_combo, "the executor box")
    want = w.users["executor"]
    w.type(want.surname[:3])
    w.step(
        "executor-chosen",
        f"Alt to the executor box, typed «{want.surname[:3]}»",
        lambda: None if tab.executor_combo.currentData() == want.id else tab.executor_combo.currentText(),
    )
    press_action(
        w,
        tab.assign_button,
        by_mnemonic(w, tab.assign_button),
        lambda: state_of(number).executor_id == want.id,
        "assign",
    )
    return w.step(
        "assigned",
        "assign (Alt+letter)",
        lambda: None if state_of(number).executor_id == want.id else "no executor",
    )


def mnemonic_of_label(tab: QWidget, buddy: QWidget) -> str | None:
    for lab in tab.findChildren(QLabel):
        if lab.buddy() is buddy:
            return mnemonic(lab)  # type: ignore[arg-type]
    return None


def executor_do(w: Walk, number: str, what: str, effect) -> bool:
    switch_to(w, "executor")
    tab = w.win.tabs_by_role["executor"]
    if not pick_in_queue(w, tab.queue, number):
        return False
    label = tab.positive_button.text()
    press_action(w, tab.positive_button, by_mnemonic(w, tab.positive_button), lambda: effect() is None, what)
    return w.step(what.replace(" ", "-"), f"{what}: «{label}» by its Alt+letter", effect)


def sign(w: Walk, number: str) -> bool:
    switch_to(w, "head")
    tab = w.win.tabs_by_role["head"]
    if not pick_in_queue(w, tab.queue, number):
        return False
    done = lambda: state_of(number).result is not None  # noqa: E731
    press_action(w, tab.sign_button, by_mnemonic(w, tab.sign_button), done, "sign")
    return w.step("signed", "sign (Alt+letter)", lambda: None if done() else "not signed")


def arrive_and_issue(w: Walk, number: str) -> bool:
    switch_to(w, "center_inspector")
    tab = w.win.tabs_by_role["center_inspector"]
    w.alt(mnemonic_of_tab(tab.pages, 1) or "?")
    if tab.pages.currentIndex() != 1:
        w.click(tab.pages.tabBar(), "the results page")
    w.step(
        "center-results",
        "Alt+letter to the results page",
        lambda: None if tab.pages.currentIndex() == 1 else "still on the intake",
    )
    if not pick_in_queue(w, tab.queue, number):
        return False
    arrived = lambda: state_of(number).state != "in_transit"  # noqa: E731
    press_action(w, tab.arrived_button, by_mnemonic(w, tab.arrived_button), arrived, "result arrived")
    w.step("arrived", "result arrived (Alt+letter)", lambda: None if arrived() else "still in transit")
    if [r.number for r in tab.queue.selected_rows()] != [number]:
        w.finding("after «arrived» the row is no longer selected")
        pick_in_queue(w, tab.queue, number)
    w.alt(mnemonic_of_label(tab, tab.issued_to_edit) or "?")
    if not tab.issued_to_edit.hasFocus():
        w.click(tab.issued_to_edit, "the recipient field")
    w.type(RECIPIENT)
    w.key(Qt.Key.Key_Return)
    a = state_of(number)
    return w.step(
        "issued",
        f"Alt to «recipient», typed «{RECIPIENT}», Enter",
        lambda: None if a.state == "closed" and a.issued_to == RECIPIENT else f"{a.state}, «{a.issued_to}»",
    )


def mnemonic_of_tab(pages, index: int) -> str | None:
    text = pages.tabText(index)
    i = text.find("&")
    return text[i + 1] if 0 <= i < len(text) - 1 else None


def look_up(w: Walk, number: str) -> bool:
    w.key("f", CTRL)
    ok = w.win.lookup_edit.hasFocus()
    w.step("ctrl-f", "Ctrl+F (status look-up)", lambda: None if ok else f"focus on {w.focus_text()}")
    if not ok:
        w.click(w.win.lookup_edit, "the look-up field")
    w.type(number)
    w.key(Qt.Key.Key_Return)
    dlg = w.win.status_dialog
    w.step(
        "status",
        f"typed {number}, Enter: the status dialog",
        lambda: (
            None if dlg is not None and dlg.isVisible() and dlg.info["state"] == "closed" else "no dialog"
        ),
    )
    if dlg is not None:
        close_dialog(w, "the status dialog")
    return True


def build(lang: str, out: Path):
    """A fresh demo office in a temp folder, the window at 1366×768 asking who signs in."""
    tmp = Path(tempfile.mkdtemp(prefix="walk-office-"))
    os.environ["KENSE_SETTINGS_DIR"] = str(tmp / "settings")  # never the real profile
    from desk_app.core.db import init_db
    from desk_app.core.models import User
    from desk_app.ui import i18n, prefs
    from desk_app.ui.app import make_app
    from desk_app.ui.first_run import load_demo_office, needs_setup
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.scanner_hub import ScannerHub

    app = make_app()
    hub = ScannerHub(app)  # the keyboard-wedge filter listens, as at a real desk
    hub.start(app)
    init_db(tmp / "demo.sqlite")
    if needs_setup():
        load_demo_office()
    prefs.set_language(lang)
    i18n.install(lang)
    win = MainWindow(db_label="demo.sqlite")
    win.resize(*SIZE)
    win.show()
    QTest.qWaitForWindowExposed(win)
    win.request_sign_in()
    w = Walk(app, win, out)
    w.users = {u.login: u for u in User.select()}  # type: ignore[attr-defined]
    w.hub = hub  # type: ignore[attr-defined]
    # the wedge filter taking typed keys for a scan is worth a line of its own
    hub.wedge.scanned.connect(
        lambda code: w.finding(f"the scanner filter took typed keys for a scan: «{code}»")
    )
    return w


def morning(w: Walk) -> None:
    if not sign_in(w, "center_inspector"):
        return
    number = intake(w)
    if number is None:
        return
    print(f"   the new application: {number}")
    steps = [
        lambda: dispatch(w, number),
        lambda: register(w, number),
        lambda: assign(w, number),
        lambda: executor_do(
            w,
            number,
            "prepare result",
            lambda: None if state_of(number).prepared_result else "nothing prepared",
        ),
        lambda: sign(w, number),
        lambda: executor_do(
            w,
            number,
            "send on",
            lambda: None if state_of(number).state == "in_transit" else state_of(number).state,
        ),
        lambda: arrive_and_issue(w, number),
        lambda: look_up(w, number),
    ]
    for s in steps:
        if not s():
            print("   (the walk stops: the next steps need this one)")
            return


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=("kk", "ru"), default="kk")
    ap.add_argument("--out", help="where the pictures go (default /tmp/walk-<lang>)")
    args = ap.parse_args(argv)
    out = Path(args.out or f"/tmp/walk-{args.lang}")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    w = build(args.lang, out)
    try:
        morning(w)
    finally:
        w.watch.stop()
        w.hub.stop()  # type: ignore[attr-defined]
    print(
        f"\n{w.n} steps, {w.keys} keys, {len(w.failed)} failed, "
        f"{len(w.findings)} finding(s); pictures in {out}"
    )
    for f in w.findings:
        print("FINDING", f)
    for f in w.failed:
        print("FAILED", f)
    return 1 if w.failed or w.n == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
