"""Notes out of the window: the export dialog, Copy as Markdown, JSON out and back in."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from reader.core.notes.annotations import make_target
from reader.ui.notes.export_dialog import ExportDialog
from tests.conftest import SIMP_ARTICLE, TRAD_ARTICLE
from tests.markdown_check import blockquotes, front_matter


def started(qtbot, make_window, folder=None):
    window = make_window(
        str(TRAD_ARTICLE), str(SIMP_ARTICLE), **({"folder": folder} if folder else {})
    )
    qtbot.waitUntil(window.notes.ready, timeout=10_000)
    return window


def annotate(window, side: str, quote: str, note: str, tags: list[str], colour: str):
    pane = window.left_pane if side == "left" else window.right_pane
    document = pane.document
    start = document.text.index(quote)
    target = make_target(document.path, document.sha256, document.text, start, start + len(quote))
    return window.notes.add([target], note, tags, colour)


def open_dialog(qtbot, window) -> ExportDialog:
    window.export_markdown_action.trigger()
    dialog = window.findChildren(ExportDialog)[-1]
    qtbot.waitUntil(dialog.is_ready, timeout=10_000)
    return dialog


def test_export_dialog_previews_saves_and_remembers(qtbot, make_window, tmp_path, monkeypatch):
    window = started(qtbot, make_window)
    note = "<script>alert(1)</script> **bold** ![logo](http://example.com/x.png) <img src=x>"
    annotate(window, "left", "英偉達", note, ["公司"], "yellow")
    annotate(window, "right", "H20", "chip", ["figure"], "blue")
    dialog = open_dialog(qtbot, window)
    assert sorted(blockquotes(dialog.result.markdown)) == ["H20", "英偉達"]
    preview = dialog.preview.toHtml()
    assert "英偉達" in preview and "<script>" not in preview  # a note never runs …
    assert "<img" not in preview and "[image: logo]" in preview  # … nor loads anything
    assert note in dialog.result.markdown  # while the file has it as written
    assert "2 annotations to export." in dialog.status.text()

    # Quotes in Simplified, only one tag, grouped by tag: the preview follows.
    dialog.script_combo.setCurrentIndex(dialog.script_combo.findData("hans"))
    dialog.tag_combo.setCurrentIndex(dialog.tag_combo.findData("公司"))
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("tag"))
    qtbot.waitUntil(
        lambda: dialog.is_ready() and "英伟达" in dialog.result.markdown, timeout=10_000
    )
    assert blockquotes(dialog.result.markdown) == ["英伟达"]
    assert "## #公司" in dialog.result.markdown
    assert front_matter(dialog.result.markdown)["script"] == "hans"
    assert "英伟达" in dialog.source.toPlainText()

    # Save… asks for a file (the save dialog confirms replacing one), writes it whole.
    target = tmp_path / "out" / "notes.md"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_button.click()
    assert target.read_text(encoding="utf-8") == dialog.result.markdown
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.result.markdown
    dialog.close()

    # The choices are remembered, also the folder.
    again = open_dialog(qtbot, window)
    assert again.script_combo.currentData() == "hans"
    assert again.tag_combo.currentData() == "公司"
    assert again.group_combo.currentData() == "tag"
    assert window.settings.get("export/folder") == str(target.parent)
    again.close()


def test_export_of_every_document_and_of_one_pane(qtbot, make_window, tmp_path):
    window = started(qtbot, make_window)
    annotate(window, "left", "英偉達", "", ["公司"], "yellow")
    annotate(window, "right", "H20", "", ["figure"], "blue")
    dialog = open_dialog(qtbot, window)
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("right"))
    qtbot.waitUntil(lambda: dialog.is_ready() and "H20" in dialog.result.markdown, timeout=10_000)
    assert blockquotes(dialog.result.markdown) == ["H20"]
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("all"))
    qtbot.waitUntil(
        lambda: dialog.is_ready() and len(blockquotes(dialog.result.markdown)) == 2, timeout=10_000
    )
    dialog.close()


def test_copy_as_markdown_copies_the_selected_annotations(qtbot, make_window):
    window = started(qtbot, make_window)
    first = annotate(window, "left", "英偉達", "first note", [], "yellow")
    annotate(window, "right", "H20", "second note", [], "blue")
    panel = window.notes.panel
    panel.select(first.id)
    panel.copy_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert blockquotes(text) == ["英偉達"] and "first note" in text and "second" not in text
    assert not text.startswith("---")  # no front matter for a snippet
    assert panel.copy_button.isEnabled()


def test_json_export_and_import_between_data_folders(qtbot, make_window, tmp_path, monkeypatch):
    window = started(qtbot, make_window)
    annotate(window, "left", "英偉達", "mine", ["公司"], "yellow")
    out = tmp_path / "notes.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_json_action.trigger()
    assert out.is_file()

    other = started(qtbot, make_window, folder=tmp_path / "elsewhere")
    assert other.notes.annotations() == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    other.import_json_action.trigger()
    assert [a.note for a in other.notes.annotations()] == ["mine"]
    assert other.left_pane.highlight_count("notes") == 1
    assert other.notes.panel.model.rowCount() == 1
    assert "Imported 1 new annotation" in other.statusBar().currentMessage()


def test_closing_the_dialog_while_it_builds_is_safe(qtbot, make_window):
    window = started(qtbot, make_window)
    annotate(window, "left", "英偉達", "", [], "yellow")
    window.export_markdown_action.trigger()
    dialog = window.findChildren(ExportDialog)[-1]
    landed: list[str] = []  # the late build's callback has run (without raising)
    build = dialog._build

    def watched(choices, on_done, on_error):
        def done(result):
            on_done(result)
            landed.append("done")

        def failed(message):
            on_error(message)
            landed.append(message)

        build(choices, done, failed)

    dialog._build = watched
    dialog.script_combo.setCurrentIndex(dialog.script_combo.findData("tw"))
    dialog.refresh()  # a build on its way …
    dialog.close()  # … and the dialog is gone before it lands
    # Wait for it to land rather than for some time: an error in the late callback fails
    # the test here (pytest-qt reports it), and the late build touches nothing.
    qtbot.waitUntil(lambda: bool(landed), timeout=30_000)
    assert dialog.result is None
    assert not [d for d in window.findChildren(ExportDialog) if d.isVisible()]
