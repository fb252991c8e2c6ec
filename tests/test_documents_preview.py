"""The print preview dialog, driven as the clerk does: preview, print, new copy, reprint."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402

from desk_app.core.demo import samples  # noqa: E402
from desk_app.core.models import AuditLog  # noqa: E402
from desk_app.documents.journal import PrintedDocument  # noqa: E402
from desk_app.ui import i18n  # noqa: E402
from desk_app.ui.print_preview import PrintPreviewDialog  # noqa: E402


@pytest.fixture
def russian_desk():
    """The interface in Russian (the dialog's texts come from the Qt Linguist catalogue)."""
    assert i18n.install("ru")
    yield
    i18n.install("kk")


class FakeQueue:
    def __init__(self) -> None:
        self.jobs: list[tuple[bytes, str, str, int]] = []

    def __call__(self, pdf: bytes, name: str, title: str, copies: int) -> str:
        self.jobs.append((pdf, name, title, copies))
        return f"{name}-{len(self.jobs)}"


def _dialog(qtbot, number, kind, user, queue, lang="kk"):
    dlg = PrintPreviewDialog(number, kind, lang, user, printers=lambda: ["Office", "Hall"], send=queue)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(
        lambda: (
            dlg.record is None or dlg.doc.status() in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error)
        ),
        timeout=3000,
    )
    return dlg


def test_preview_print_and_reprint(qtbot, users):
    clerk = users["office_clerk"]
    app = samples.submitted(users, samples.long_person(users["admin"]), 2, "direct")
    queue = FakeQueue()
    dlg = _dialog(qtbot, app.number, "talon", clerk, queue)
    assert dlg.doc.status() == QPdfDocument.Status.Ready and dlg.doc.pageCount() == 1
    first = dlg.record
    assert dlg.history.count() == 1 and first.journal_no in dlg.status.text()

    dlg.printer_box.setCurrentText("Hall")
    dlg.copies.setValue(2)
    with qtbot.waitSignal(dlg.printed) as sig:
        qtbot.mouseClick(dlg.print_button, Qt.MouseButton.LeftButton)
    pdf, name, _title, copies = queue.jobs[-1]
    assert (name, copies) == ("Hall", 2)
    assert pdf == PrintedDocument.get_by_id(first.id).pdf_bytes  # the stored bytes go out
    assert sig.args == [first.journal_no, "Hall-1"]
    assert "Hall-1" in dlg.status.text()
    assert AuditLog.select().where(AuditLog.action == "document.sent_to_printer").count() == 1

    qtbot.mouseClick(dlg.new_button, Qt.MouseButton.LeftButton)
    assert dlg.history.count() == 2 and dlg.record.journal_no != first.journal_no
    # choose the older one in the history: it is shown again, byte for byte
    older = next(
        dlg.history.item(i)
        for i in range(dlg.history.count())
        if dlg.history.item(i).data(Qt.ItemDataRole.UserRole) == first.journal_no
    )
    dlg.history.setCurrentItem(older)
    assert dlg.record.journal_no == first.journal_no
    assert dlg.pdf == PrintedDocument.get_by_id(first.id).pdf_bytes
    qtbot.waitUntil(lambda: dlg.doc.status() == QPdfDocument.Status.Ready, timeout=3000)
    assert not dlg.grab().toImage().isNull()


def test_unavailable_document_is_explained(qtbot, users, russian_desk):
    app = samples.submitted(users, samples.long_person(users["admin"]), 3, "direct")
    dlg = _dialog(qtbot, app.number, "receipt", users["office_clerk"], FakeQueue(), lang="ru")
    assert dlg.record is None and not dlg.print_button.isEnabled()
    assert "талон" in dlg.status.text()  # Russian desk: a direct application gets a talon


def test_no_printer_says_so_and_saves_as_pdf(qtbot, users, tmp_path, russian_desk):
    """Issue 17: a PC without a printer offers "save as PDF" with a plain sentence."""
    app = samples.submitted(users, samples.long_person(users["admin"]), 2, "center")
    target = tmp_path / "receipt.pdf"
    dlg = PrintPreviewDialog(
        app.number,
        "receipt",
        "ru",
        users["center_inspector"],
        printers=lambda: [],
        send=FakeQueue(),
        ask_path=lambda _default: str(target),
    )
    qtbot.addWidget(dlg)
    assert dlg.status.text().startswith("На этом компьютере нет принтера")
    assert not dlg.print_button.isEnabled() and dlg.save_button.isEnabled()
    assert dlg.save_pdf() == str(target)
    assert target.read_bytes() == dlg.pdf and dlg.pdf.startswith(b"%PDF")
    assert dlg.status.text() == f"Сохранено: {target}"


def test_the_dialog_speaks_the_desks_language_whatever_the_papers(qtbot, users, russian_desk):
    """UI texts come from the Russian catalogue on a Russian desk, a Kazakh paper or not."""
    from PySide6.QtWidgets import QLabel, QPushButton

    app = samples.submitted(users, samples.long_person(users["admin"]), 2, "direct")
    dlg = _dialog(qtbot, app.number, "talon", users["office_clerk"], FakeQueue(), lang="kk")
    assert dlg.record is not None and dlg.record.lang == "kk"  # the paper stays Kazakh
    assert dlg.windowTitle().startswith("Печать — ")
    buttons = {b.text() for b in dlg.findChildren(QPushButton)}
    assert {"Печать", "Сохранить как PDF…", "Закрыть", "Новый экземпляр (новый номер)"} <= buttons
    labels = {lb.text() for lb in dlg.findChildren(QLabel)}
    assert {"Принтер:", "Копий:", "Напечатанные документы по заявлению"} <= labels
    qtbot.mouseClick(dlg.print_button, Qt.MouseButton.LeftButton)
    assert dlg.status.text() == "Отправлено на принтер: Office-1"
    i18n.install("kk")
    kk = _dialog(qtbot, app.number, "talon", users["office_clerk"], FakeQueue())
    assert kk.windowTitle().startswith("Басып шығару — ")
    assert "Жаңа дана (жаңа нөмір)" in {b.text() for b in kk.findChildren(QPushButton)}
