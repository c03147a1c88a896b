"""The topics dock, aligned passages, shared wording and search in a real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.core.text.scripts import ScriptMode
from reader.ui.comparison.topics_panel import TopicsPanel
from tests.ui.conftest import wait_ready


def wait_analysed(qtbot, window, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: window.comparison.analysis is not None, timeout=timeout)


def test_topics_arrive_after_the_window_and_fill_the_panel(qtbot, make_window):
    window = make_window()
    wait_analysed(qtbot, window)
    panel = window.comparison.panel
    assert panel.shared_list.count() == len(window.comparison.analysis.shared)
    model = panel.shared_list.model()
    assert model.index(0, 0).data() == "英伟达"
    assert int(model.index(0, 1).data()) > 0 and int(model.index(0, 2).data()) > 0
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None  # its colour
    assert panel.left_list.count() > 0 and panel.right_list.count() > 0
    assert "shared topics" in panel.status.text()


def test_highlight_switch_colours_topics_in_both_panes_in_any_script(qtbot, make_window):
    window = make_window()
    wait_analysed(qtbot, window)
    window.highlight_topics_action.setChecked(True)
    left, right = window.left_pane, window.right_pane
    analysis = window.comparison.analysis
    expected_left = sum(t.left_count for t in analysis.shared)
    assert left.highlight_count("topics") == expected_left
    assert right.highlight_count("topics") == sum(t.right_count for t in analysis.shared)
    qtbot.waitUntil(lambda: left.highlights.visible_count() > 0, timeout=5000)
    # Same colour for one topic on both sides.
    topic = analysis.shared[0]
    colour = window.comparison.colours[topic.term]
    assert colour == window.comparison.panel.colours[topic.term]
    # Shown in Simplified, the highlighted characters are still the topic.
    left.set_mode(ScriptMode.HANS)
    wait_ready(qtbot, window)
    start, end = left.shown_span(*topic.left[0])
    cursor = left.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "英伟达"
    window.highlight_topics_action.setChecked(False)
    assert left.highlight_count("topics") == 0 and right.highlight_count("topics") == 0


def test_clicking_a_topic_steps_through_occurrences_in_both_panes(qtbot, make_window):
    window = make_window()
    wait_analysed(qtbot, window)
    panel = window.comparison.panel
    rect = panel.shared_list.row_rect(panel.shared_list.row_of("H20"))
    positions = []
    for _ in range(2):
        qtbot.mouseClick(panel.shared_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        layer = window.left_pane._original_layers["current"]
        positions.append(layer[0][:2])
        assert window.right_pane.highlight_count("current") == 1
    topic = next(t for t in window.comparison.analysis.shared if t.term == "H20")
    assert positions == [topic.left[0], topic.left[1]]
    assert window.left_pane.highlight_count("focus") == topic.left_count
    # The panel says where stepping has got to in each text.
    assert panel.position.text() == (
        f"H20: Left 2 of {topic.left_count} · Right 2 of {topic.right_count}"
    )


def test_clicking_a_paragraph_marks_its_counterparts(qtbot, make_window):
    window = make_window()
    wait_analysed(qtbot, window)
    left = window.left_pane
    analysis = window.comparison.analysis
    target = next(
        k for k, p in enumerate(analysis.left_passages) if analysis.counterparts("left", k)
    )
    passage = analysis.left_passages[target]
    left.reveal_original(passage.start + 1, passage.start + 1, select=False)
    pairs = window.comparison.mark_counterparts(left, passage.start + 1, scroll=True)
    assert pairs
    assert window.right_pane.highlight_count("alignment") == len(pairs)
    assert left.highlight_count("alignment") == 1


def test_link_paragraphs_adds_a_sync_point_that_persists(qtbot, make_window, data_dir):
    window = make_window()
    wait_analysed(qtbot, window)
    analysis = window.comparison.analysis
    left_passage, right_passage = analysis.left_passages[2], analysis.right_passages[-2]
    window.left_pane.select_original_span(left_passage.start, left_passage.start)
    window.right_pane.select_original_span(right_passage.start, right_passage.start)
    message = window.comparison.link_current(True)
    assert message.startswith("Linked paragraph 3")
    assert (data_dir / "alignments.json").exists()
    qtbot.waitUntil(
        lambda: (
            window.comparison.analysis is not analysis and window.comparison.analysis is not None
        ),
        timeout=30_000,
    )
    manual = [p for p in window.comparison.analysis.aligned if p.manual]
    assert [(p.left, p.right) for p in manual] == [(2, len(analysis.right_passages) - 2)]


def test_aligned_sync_scroll_moves_the_other_pane(qtbot, make_window):
    window = make_window()
    wait_analysed(qtbot, window)
    window.sync_action.setChecked(True)
    window.aligned_sync_action.setChecked(True)
    bar = window.left_pane.view.verticalScrollBar()
    other = window.right_pane.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert other.value() > 0


def test_search_finds_across_scripts_with_counts(qtbot, make_window):
    window = make_window()
    wait_ready(qtbot, window)
    window.find_action.trigger()
    bar = window.comparison.find_bar
    assert bar.isVisible()
    bar.field.setText("英伟达")
    left_text = window.left_pane.document.text
    right_text = window.right_pane.document.text
    assert len(window.comparison.matches("left")) == left_text.count("英偉達")
    assert len(window.comparison.matches("right")) == right_text.count("英伟达")
    assert bar.counts.text() == (
        f"Left {left_text.count('英偉達')} · Right {right_text.count('英伟达')}"
    )
    bar.field.setText("芯片")
    left_hits = {left_text[a:b] for a, b in window.comparison.matches("left")}
    assert left_hits <= {"芯片", "晶片"} and left_hits
    window.find_next_action.trigger()
    assert window.left_pane.highlight_count("current") == 1
    left_total, right_total = (len(window.comparison.matches(s)) for s in ("left", "right"))
    assert bar.counts.text() == f"Left 1 of {left_total} · Right 1 of {right_total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)  # Enter steps on, as in any find bar
    assert bar.counts.text() == f"Left 2 of {left_total} · Right 2 of {right_total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.left_pane.highlight_count("search") == 0


def test_a_match_stepped_to_deep_in_a_book_is_marked_at_once(qtbot, make_window, tmp_path):
    """Enter in the find bar brings each pane's next match on screen, marked: the marks
    on screen are found again at the next turn of the event loop. The scroll bar's value
    once became the refresh timer's interval (Qt called start(value)): deep in a book the
    match showed unmarked for as many milliseconds as the scroll position."""
    from tests.ui.conftest import settle, write_book

    left = write_book(tmp_path / "left.txt", chapters=30, paragraphs=12, repeat=6)
    right = write_book(tmp_path / "right.txt", chapters=30, paragraphs=12, repeat=6)
    window = make_window(str(left), str(right))
    settle(qtbot)
    window.find_action.trigger()
    bar = window.comparison.find_bar
    bar.field.setText("第29回")
    settle(qtbot)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    for pane in window.panes:
        bar_value = pane.view.verticalScrollBar().value()
        assert bar_value > 2_000  # far down the book
        qtbot.waitUntil(lambda p=pane: p.highlights.visible_count() > 0, timeout=2_000)
        low, high = pane.highlights.visible_range()
        [(start, end)] = [
            (s, e) for s, e in window.comparison.matches(pane.side) if low <= s <= high
        ]
        shown = {
            (sel.cursor.selectionStart(), sel.cursor.selectionEnd())
            for sel in pane.view.extraSelections()
        }
        assert pane.shown_span(start, end) in shown  # the current match, marked
        assert pane.highlights._timer.interval() == 0


def test_edited_aliases_are_saved_and_used(qtbot, make_window, data_dir):
    from reader.core.comparison.aliases import AliasGroup, AliasTable

    window = make_window()
    wait_analysed(qtbot, window)
    before = window.comparison.analysis
    bundled = window.comparison.aliases().bundled
    window.comparison.set_aliases(AliasTable(bundled, [AliasGroup("黄老板", ("黄仁勋",))]))
    assert (data_dir / "aliases.json").exists()
    qtbot.waitUntil(lambda: window.comparison.analysis is not before, timeout=30_000)
    terms = [topic.term for topic in window.comparison.analysis.shared]
    assert "黄老板" in terms and "黄仁勋" not in terms


def test_the_window_holds_jiebas_dictionary_only_while_it_analyses(qtbot, make_window):
    """The dictionary holds 25 MB in Rust, which the window kept for as long as it was
    open: it lets go of it once the topics are found, and the next analysis (here after
    an alias is added, which adds a word to it) loads it again and uses the new word."""
    from reader.core.comparison.aliases import AliasGroup, AliasTable
    from reader.core.text.segmenter import get_segmenter

    window = make_window()
    wait_analysed(qtbot, window)
    assert not get_segmenter().loaded
    before = window.comparison.analysis
    bundled = window.comparison.aliases().bundled
    window.comparison.set_aliases(AliasTable(bundled, [AliasGroup("黄老板", ("黄仁勋",))]))
    qtbot.waitUntil(lambda: window.comparison.analysis is not before, timeout=30_000)
    assert "黄老板" in [topic.term for topic in window.comparison.analysis.shared]
    assert not get_segmenter().loaded
    assert list(get_segmenter().words("黄仁勋说")) == ["黄仁勋", "说"]  # added, and kept


def test_topics_panel_is_built_after_the_first_paint_without_moving_the_panes(qtbot, make_window):
    window = make_window(wait=False)
    comparison = window.comparison
    seen: list = []
    window.firstPainted.connect(
        lambda: seen.extend([window.left_pane.width(), comparison.dock.widget()])
    )
    qtbot.waitUntil(lambda: isinstance(comparison.dock.widget(), TopicsPanel), timeout=10_000)
    assert not isinstance(seen[1], TopicsPanel)  # the texts were painted before the panel
    QApplication.sendPostedEvents()  # the layout the new panel asked for, done now
    QApplication.processEvents()
    assert window.left_pane.width() == seen[0]  # the empty dock already had its width
    # The switches set before the panel existed are in the panel and the menu alike.
    window.highlight_topics_action.setChecked(True)
    assert comparison.panel.highlight_box.isChecked()
    comparison.panel.wording_box.setChecked(True)
    assert window.wording_action.isChecked() and comparison.shared_wording


def test_the_topics_panel_is_built_over_several_turns_and_only_once(qtbot, make_window):
    """Its parts come a turn of the event loop apart (the lists, the panel, the dock), so
    the window answers in between; asking for the panel meanwhile finishes it at once,
    and the parts still pending make no second one."""
    window = make_window(wait=False)
    comparison = window.comparison
    qtbot.waitUntil(lambda: isinstance(comparison.dock.widget(), TopicsPanel), timeout=10_000)
    built = comparison.dock.widget()
    comparison.build_panel()  # again: nothing new once the panel is there
    QApplication.processEvents()
    QApplication.processEvents()
    assert comparison.dock.widget() is built

    fresh = make_window(wait=False)
    turns = 0
    fresh.comparison.build_panel()  # the window's own call may come before or after
    while not isinstance(fresh.comparison.dock.widget(), TopicsPanel) and turns < 50:
        QApplication.processEvents()
        turns += 1
    assert turns >= 2  # not all in one turn
    asked = make_window(wait=False)
    asked.comparison.build_panel()
    panel = asked.comparison.panel  # asked for before the turns are over
    for _ in range(5):
        QApplication.processEvents()
    assert asked.comparison.dock.widget() is panel is asked.comparison.panel
    # The column titles are there, from the header's own model.
    header = panel.shared_list.horizontalHeader()
    titles = [header.model().headerData(k, Qt.Orientation.Horizontal) for k in range(4)]
    assert titles == ["Topic", "Left", "Right", "Left ◀ ▶ Right"]
    assert header.model() is not panel.shared_list.model()


def test_a_text_too_long_to_compare_is_refused_in_a_sentence(qtbot, make_window, monkeypatch):
    from reader.core.comparison import topics

    monkeypatch.setattr(topics, "MAX_CHARACTERS", 100)  # the bundled articles are longer
    window = make_window(wait=False)  # analysis starts once both texts are shown
    messages: list[str] = []
    window.comparison.failed.connect(messages.append)
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    (message,) = messages
    assert "is too long to compare" in message and "up to 100 characters" in message
    assert message.endswith(").") and "Traceback" not in message
    assert "Something went wrong" not in message
    assert window.comparison.analysis is None
    assert message in window.comparison.panel.status.text()
    assert not window.comparison.panel.progress.isVisible()


def test_a_shared_topic_shows_how_each_article_writes_it(qtbot, make_window):
    window = make_window()
    wait_analysed(qtbot, window)
    analysis = window.comparison.analysis
    topic = next(t for t in analysis.shared if t.term == "英伟达")
    assert "英偉達" in topic.left_forms and "英伟达" in topic.right_forms
    assert topic.to_json()["left"]["forms"] == list(topic.left_forms)  # `duidu topics` too
    panel = window.comparison.panel
    row = panel.shared_list.row_of("英伟达")
    rect = panel.shared_list.row_rect(row)
    qtbot.mouseClick(panel.shared_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "英偉達 ↔ 英伟达" in panel.forms.text()
    tooltip = panel.shared_list.model().index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Left writes: 英偉達" in tooltip


def test_the_forms_line_of_the_old_analysis_goes_when_the_panes_are_swapped(qtbot, make_window):
    """The forms line said 英偉達 ↔ 英伟达 (left ↔ right) and went on saying it once the
    panes were swapped and the new analysis had the articles the other way round."""
    window = make_window()
    wait_analysed(qtbot, window)
    panel = window.comparison.panel
    rect = panel.shared_list.row_rect(panel.shared_list.row_of("英伟达"))
    qtbot.mouseClick(panel.shared_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "英偉達 ↔ 英伟达" in panel.forms.text()
    before = window.comparison.analysis
    pane = window.left_pane
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(
        pane.view.viewport(),
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.comparison.analysis not in (None, before), timeout=60_000)
    assert "英偉達 ↔ 英伟达" not in panel.forms.text()
    qtbot.mouseClick(
        panel.shared_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.shared_list.row_rect(panel.shared_list.row_of("英伟达")).center(),
    )
    assert "英伟达 ↔ 英偉達" in panel.forms.text()


def test_hovering_a_sentence_marks_its_counterpart_without_moving_either_pane(qtbot, make_window):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor

    from tests.ui.conftest import settle

    window = make_window()
    window.resize(1280, 800)
    wait_analysed(qtbot, window)
    window.follow_action.setChecked(False)
    left, right = window.left_pane, window.right_pane
    position = left.shown_text().index("中國是一個非常重要的市場") + 3
    cursor = QTextCursor(left.view.document())
    cursor.setPosition(position)
    left.view.setTextCursor(cursor)
    left.view.ensureCursorVisible()
    settle(qtbot)
    bars = left.view.verticalScrollBar().value(), right.view.verticalScrollBar().value()
    at = left.view.cursorRect(cursor).center() + QPoint(2, 0)
    qtbot.mouseMove(left.view.viewport(), at)
    settle(qtbot)
    marked = window.comparison.sentence_counterparts("right")
    assert marked, "no counterpart sentence was marked"
    texts = [right.document.text[a:b] for a, b in marked]
    assert "中国是英伟达非常重要的市场" in texts[0]  # the sentence quoting the same words
    own = window.comparison.sentence_counterparts("left")
    assert len(own) == 1 and "中國是一個非常重要的市場" in left.document.text[own[0][0] : own[0][1]]
    assert (left.view.verticalScrollBar().value(), right.view.verticalScrollBar().value()) == bars


def test_find_of_a_name_finds_its_aliases_in_both_scripts(qtbot, make_window):
    """Typing NVIDIA finds 英偉達 and 英伟达: the alias table's groups serve Find too."""
    window = make_window()
    wait_ready(qtbot, window)
    window.find_action.trigger()
    bar = window.comparison.find_bar
    qtbot.keyClicks(bar.field, "NVIDIA")
    left_text = window.left_pane.document.text
    right_text = window.right_pane.document.text
    qtbot.waitUntil(lambda: len(window.comparison.matches("right")) == right_text.count("英伟达"))
    assert len(window.comparison.matches("left")) == left_text.count("英偉達") > 0
    assert {right_text[a:b] for a, b in window.comparison.matches("right")} == {"英伟达"}


def test_both_docks_are_made_alike_and_keep_the_panes_still_when_their_panels_arrive(
    qtbot, make_window
):
    from reader.ui.notes.panel import AnnotationsPanel

    window = make_window(wait=False)
    docks = (window.comparison.dock, window.notes_dock)
    placeholders = [dock.widget() for dock in docks]
    assert [dock.objectName() for dock in docks] == ["topicsDock", "annotationsDock"]
    assert placeholders[0].minimumWidth() == placeholders[1].minimumWidth() > 0
    assert window.tabifiedDockWidgets(docks[0]) == [docks[1]]
    widths: list[int] = []
    window.firstPainted.connect(lambda: widths.append(window.left_pane.width()))
    qtbot.waitUntil(
        lambda: (
            isinstance(docks[0].widget(), TopicsPanel)
            and isinstance(docks[1].widget(), AnnotationsPanel)
        ),
        timeout=10_000,
    )
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    assert window.left_pane.width() == widths[0]  # neither panel pushed the panes aside


def test_a_stepped_topics_tint_can_be_cleared(qtbot, make_window):
    window = make_window()
    wait_analysed(qtbot, window)
    panel = window.comparison.panel
    rect = panel.shared_list.row_rect(panel.shared_list.row_of("H20"))
    qtbot.mouseClick(panel.shared_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.left_pane.highlight_count("focus") > 0 and panel.position.text()
    compare = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Compare")
    next(a for a in compare.actions() if a.text() == "&Clear Topic Marks").trigger()
    assert window.left_pane.highlight_count("focus") == 0
    assert window.right_pane.highlight_count("current") == 0 and panel.position.text() == ""
    # Unticking "Highlight topics" takes the stepped topic's tint away too.
    window.highlight_topics_action.setChecked(True)
    qtbot.mouseClick(panel.shared_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.left_pane.highlight_count("focus") > 0
    window.highlight_topics_action.setChecked(False)
    assert window.left_pane.highlight_count("focus") == 0
    assert window.left_pane.highlight_count("topics") == 0


def test_each_kind_of_mark_has_its_own_channel(qtbot, make_window):
    """Notes fill; topics colour and underline the words; Find outlines; aligned passages
    are margin bars: with all of them on, none is drawn the way another is."""
    from reader.core.notes.annotations import make_target

    window = make_window()
    wait_analysed(qtbot, window)
    left = window.left_pane
    document = left.document
    start = document.text.index("這不是危言聳聽")
    window.notes.start()
    qtbot.waitUntil(window.notes.ready, timeout=10_000)  # its mark is painted as it is made
    window.notes.add(
        [make_target(document.path, document.sha256, document.text, start, start + 7)],
        "",
        [],
        "yellow",
    )
    window.highlight_topics_action.setChecked(True)
    window.comparison.open_search()
    window.comparison.find_bar.field.setText("英偉達")
    window.comparison.mark_counterparts(left, start + 2, scroll=False)
    left.reveal_original(start, start, select=False)
    qtbot.waitUntil(lambda: bool(left.highlights.margins and left.highlights.boxes), timeout=10_000)
    layers = {
        name: [f for _a, _b, f in left._original_layers.get(name, [])]
        for name in ("notes", "topics")
    }
    assert layers["notes"] and all(
        f.background().style() != Qt.BrushStyle.NoBrush for f in layers["notes"]
    )
    assert layers["topics"] and all(
        f.background().style() == Qt.BrushStyle.NoBrush and f.fontUnderline()
        for f in layers["topics"]
    )
    # Find and the aligned passage are not character formats at all: an outline, a bar.
    shown = {id(s.format) for s in left.view.extraSelections()}
    for name in ("search", "alignment"):
        assert all(id(f) not in shown for _a, _b, f in left._original_layers.get(name, []))


def test_a_pair_opened_again_shows_its_saved_topics_without_analysing(
    qtbot, make_window, data_dir, monkeypatch
):
    """The analysis is kept under the data folder; the next window on the same pair, with
    the same vocabulary, aliases and sync points, reads it instead of analysing."""
    from reader.core import offload
    from reader.core.comparison.saved_analyses import folder_of

    first = make_window()
    wait_analysed(qtbot, first)
    expected = first.comparison.analysis.to_json()
    first.close()
    assert list(folder_of(data_dir).glob("*.json"))

    def refuses(*args, **kwargs):
        raise AssertionError("analysed again")

    monkeypatch.setattr(offload, "analyse", refuses)
    again = make_window()
    wait_analysed(qtbot, again)
    assert again.comparison.analysis.to_json() == expected
    assert again.comparison.panel.shared_list.count() == len(expected["shared"])


def _on_screen(pane, start: int, end: int) -> bool:
    """Whether the original span's first character is inside the pane's viewport."""
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(pane.shown_span(start, end)[0])
    return pane.view.viewport().rect().contains(pane.view.cursorRect(cursor).center())


def _far_apart_pair(tmp_path):
    """A name early in the left text and late in the right one, with much text around."""
    other_left = "這一段講的是別的事情，和比賽無關。"
    other_right = "这一段讲的是别的事情，和比赛无关。"
    filler_left = "\n\n".join(f"第{n}段：{other_left}" * 3 for n in range(40))
    filler_right = "\n\n".join(f"第{n}段：{other_right}" * 3 for n in range(40))
    left = tmp_path / "left.txt"
    right = tmp_path / "right.txt"
    left.write_text(f"潘展樂在世界錦標賽奪金牌。\n\n{filler_left}\n\n潘展樂說很高興。\n", "utf-8")
    right.write_text(f"潘展乐说很高兴。\n\n{filler_right}\n\n潘展乐在世锦赛夺金牌。\n", "utf-8")
    return str(left), str(right)


def test_a_topic_and_a_find_match_are_shown_in_both_panes_however_far_apart(
    qtbot, make_window, tmp_path
):
    """Seen in a real window: clicking a topic that one text names early and the other
    late scrolled each pane to its occurrence, then synchronized scrolling, following the
    second pane, took the first away from its own. Enter in Find did the same."""
    window = make_window(*_far_apart_pair(tmp_path))
    window.resize(1100, 700)
    wait_analysed(qtbot, window)
    assert window.sync_action.isChecked()  # synchronized scrolling is on
    panel = window.comparison.panel
    topic = next(t for t in window.comparison.analysis.shared if t.term == "世界锦标赛")
    rect = panel.shared_list.row_rect(panel.shared_list.row_of("世界锦标赛"))
    qtbot.mouseClick(panel.shared_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _on_screen(window.left_pane, *topic.left[0])
    assert _on_screen(window.right_pane, *topic.right[0])
    window.find_action.trigger()
    bar = window.comparison.find_bar
    bar.field.setText("金牌")  # early in the left text, late in the right
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    for side, pane in (("left", window.left_pane), ("right", window.right_pane)):
        current = pane._original_layers["current"][0][:2]
        assert _on_screen(pane, *current), side
