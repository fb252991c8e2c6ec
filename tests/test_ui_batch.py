"""One batch helper for every tab: a refused row in the middle does not stop the others, and
the clerk reads how many went through and why the rest were refused."""

from __future__ import annotations

import pytest
from qt_helpers import center_application

from desk_app.core import actions, workflow
from desk_app.core.errors import ValidationError
from desk_app.core.models import Application
from desk_app.ui import i18n, notify
from desk_app.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]  # offscreen platform limits


@pytest.fixture(autouse=True)
def kazakh():
    i18n.install("kk")
    yield
    i18n.install("kk")


def _select_all(view, numbers: list[str]) -> None:
    view.reload()
    view.table.clearSelection()
    sel = view.table.selectionModel()
    model = view.model
    wanted = set(numbers)
    for row in range(model.rowCount()):
        if model.row_at(row).number in wanted:
            sel.select(model.index(row, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    assert sorted(r.number for r in view.selected_rows()) == sorted(numbers)


def test_a_refused_middle_row_does_not_stop_the_batch(qtbot, users, person):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    first, middle, last = (center_application(users, person) for _ in range(3))
    window.session.sign_in("dispatch_inspector", "0000")
    tab = window.tabs_by_role["dispatch_inspector"]
    _select_all(tab.queue, [first.number, middle.number, last.number])
    # another desk sends the middle folder while the rows are on this screen
    workflow.dispatch(middle.number, users["dispatch_inspector"].id)
    moved_before = Application.get_by_id(middle.id).version

    assert tab.mark_selected_sent() == 2
    assert [Application.get_by_id(a.id).current_step for a in (first, middle, last)] == [3, 3, 3]
    assert Application.get_by_id(middle.id).version == moved_before  # refused: untouched
    lines = tab.last_message.splitlines()
    assert lines[0] == "Орындалды: 2, қабылданбады: 1:"
    assert lines[1].startswith(f"{middle.number}: Өтініш қазір басқа қадамда")
    assert "state" not in tab.last_message  # no field code for people
    assert window.notices.texts()[0].startswith("Орындалды: 2, қабылданбады: 1:")


def test_the_head_batch_goes_on_and_reports_the_same_way(qtbot, users, person, answers):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    apps = []
    for _ in range(3):
        a = workflow.submit(person, 3, "direct", users["office_clerk"], _docs())
        apps.append(workflow.assign(a.number, users["head"].id, users["executor"].id))
    for a in apps:
        workflow.prepare(a.number, users["executor"].id, "notification")
    window.session.sign_in("head", "0000")
    tab = window.tabs_by_role["head"]
    numbers = [a.number for a in apps]
    _select_all(tab.queue, numbers)
    assert tab.sign_button.isEnabled()
    workflow.return_for_rework(numbers[1], users["head"].id, "күндерін тексеріңіз")  # another desk
    assert tab.sign_selected() == 2
    assert len(answers["asked"]) == 1 and "3" in answers["asked"][0]
    assert [Application.get_by_id(a.id).result for a in apps] == ["notification", None, "notification"]
    assert tab.last_message.splitlines()[0] == "Орындалды: 2, қабылданбады: 1:"
    assert tab.last_message.splitlines()[1].startswith(numbers[1] + ": ")


def _docs() -> list[tuple[str | None, str]]:
    svc = workflow.regulations().in_force(workflow.now().date()).service(3)
    return [(d.code, d.text.kk) for d in svc.documents if d.required]


def test_batch_report_words():
    result = notify.BatchResult(done=["A"], refused=[("B", "себебі")])
    assert result.report(lambda n: f"done {n}") == "Орындалды: 1, қабылданбады: 1:\nB: себебі"
    assert notify.BatchResult(done=["A", "B"]).report(lambda n: f"done {n}") == "done 2"
    only = notify.BatchResult(refused=[("B", "себебі")])
    assert only.report(lambda n: f"done {n}") == "себебі"  # one row, refused: just why


def test_run_batch_goes_on_past_a_refusal():
    seen: list[str] = []

    def do(number: str) -> None:
        seen.append(number)
        if number == "2":
            raise ValidationError("жоқ", "нет", "state")

    result = notify.run_batch(["1", "2", "3"], do)
    assert seen == ["1", "2", "3"] and result.done == ["1", "3"] and result.refused == [("2", "жоқ")]


def test_actions_are_asked_by_number_and_user_id(users, person):
    a = workflow.submit(person.id, 3, "direct", users["office_clerk"].id, _docs())
    assert actions.available_actions(a.number, users["head"].id) == {"assign"}
    assert actions.available_actions(a.id, users["head"]) == {"assign"}
    assert actions.available_actions("2026-999999", users["head"].id) == set()
    assert actions.available_actions(a.number, 10**6) == set()  # no such user
