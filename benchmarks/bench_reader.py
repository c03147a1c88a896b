"""Benchmarks for the reader, printed as ratios against baselines measured in the same run.

    python benchmarks/bench_reader.py [--book PATH] [--repeat N]

1. Start-up: ``duidu`` until the left text is first painted, vs a bare PySide6 window with
   two text panes holding the same two articles, also until its left text is first painted
   (goal ≤ 1.5×). Both end at the same event: ``duidu --exit-when-shown`` quits on the
   window's first paint, the bare window on its own. Then the time from launch until the
   bundled pair's topics are in the panel, against the same bare window (goal ≤ 4×).
2. Conversion: a ~1 MB book converted with its position map, vs calling ``opencc`` alone
   with the same configs (goal ≤ 1.2×).
3. Time until a ~1 MB book is readable in the window (goal ≤ 1 s), next to the time to
   read the file's bytes.
5. Notes: adding one annotation to a document with 10,000 and saving (goal <= 50 ms), vs
   the atomic write of the same bytes; and the pane's highlight redraw with all 10,000.
4. Topics: the bundled pair analysed once the dictionary is loaded (goal ≤ 0.3 s), and a
   pair of ~1 MB books (goal ≤ 4 s), next to rjieba segmenting the same texts alone.
7. Stalls (``--only stalls``): the longest the window's event loop is blocked while the two
   ~1 MB books open, both panes switch script, Find runs, the topics arrive and a note is
   added (goal ≤ 100 ms), from the moment the window is shown, next to a bare PySide6
   window loading the same two texts; on Linux, each step's longest stall split into the
   UI thread's time on a CPU, waiting for a core, and blocked (the GIL, locks).
6. Memory (``--only memory``): peak resident memory of a process analysing the two ~1 MB
   books, and two ~20 MB texts at the length limit, vs a process that only loads the same
   two documents (goal: below about 1 GB at the limit).
8. The window's memory (``--only window-memory``): peak resident memory of Duidu's window
   (with its helper processes) once it shows the bundled pair and its topics, and once it
   shows the two ~1 MB books and theirs, each vs a bare PySide6 two-pane window showing the
   same two texts (goals: 2.5x and 6x).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_BOOK = ROOT.parent / "shared" / "corpus" / "hongloumeng_simp.gb18030.txt"

PEAK_MEMORY = """
import os


def peak(pid):
    \"\"\"Peak resident memory of process ``pid`` (VmHWM, bytes), 0 if it is gone.\"\"\"
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def children(pid):
    \"\"\"The processes ``pid`` started (Duidu's helpers), and theirs.\"\"\"
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if parent == pid:
                found.append(int(entry))
    return found + [grandchild for child in found for grandchild in children(child)]


def report():
    me = os.getpid()
    print(f"peak {peak(me) + sum(peak(child) for child in children(me))}", flush=True)
"""

BARE_WINDOW = (
    PEAK_MEMORY
    + """
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit


class QuitOnFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"shown at {time.time()}", flush=True)  # see timed_run
            app.quit()
        return False


app = QApplication(sys.argv)
window = QMainWindow()
splitter = QSplitter()
quitter = QuitOnFirstPaint()
for path in sys.argv[1:3]:
    edit = QTextEdit()
    edit.setPlainText(open(path, encoding="utf-8").read())
    splitter.addWidget(edit)
if sys.argv[3:] == ["--memory"]:  # its peak memory, painted and settled (see PEAK_MEMORY)
    QTimer.singleShot(1000, lambda: (report(), app.quit()))
else:
    splitter.widget(0).viewport().installEventFilter(quitter)
window.setCentralWidget(splitter)
window.resize(1280, 800)
window.show()
app.exec()
"""
)


TOPICS_SHOWN = """
import sys
import time
from pathlib import Path
from PySide6.QtCore import QTimer
from reader.app import create_application, create_window, finish, initial_files

app = create_application()
window = create_window(Path(sys.argv[1]), remember=False)
window.show()
left, right = initial_files(window, None, None)  # a first start: the bundled pair
window.open_file(window.left_pane, left)  # what ``duidu`` does (reader.app.run_gui)
window.open_file(window.right_pane, right)
window.warm_up()


def shown():
    if window.comparison.analysis is not None and window.comparison.panel.isVisible():
        print(f"shown at {time.time()}", flush=True)  # see timed_run
        app.quit()


timer = QTimer()
timer.timeout.connect(shown)
timer.start(5)
app.exec()
finish(window, 0)  # as duidu ends: the workers stop before Qt is torn down
"""


def installed_env() -> dict[str, str]:
    """The environment of a child measured as an installed app runs: with bytecode, as
    ``pip install`` writes it (PYTHONDONTWRITEBYTECODE is dropped, and the package is
    compiled first). Without it every import compiles its source, one long C call that
    holds the GIL, which an installed app never pays."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "reader")], check=True, env=env
    )
    return env


def timed_run(
    command: list[str], repeat: int, *, warm: bool = True, until_shown: bool = False
) -> float:
    """Median wall time of ``command`` after one untimed run (which warms the disk cache;
    not with ``warm=False``), with bytecode as an installed app has (:func:`installed_env`).

    With ``until_shown``, the time from launch until it prints ``shown at <time.time()>``:
    the moment what it waits for is on screen, not the moment the process has ended
    (quitting waits for the window's workers, up to 5 s, which the reader never sees)."""
    env = installed_env()
    if warm:
        _checked_run(command, env)
    times = []
    for _ in range(repeat):
        launched, started = time.time(), time.perf_counter()
        printed = _checked_run(command, env)
        times.append(time.perf_counter() - started)
        if until_shown:
            shown = [
                float(line.split()[-1])
                for line in printed.splitlines()
                if line.startswith("shown at ")
            ]
            if not shown:
                raise SystemExit(f"{command[:3]} never said it was shown")
            times[-1] = shown[-1] - launched
    return statistics.median(times)


def _checked_run(command: list[str], env: dict[str, str]) -> str:
    """Run ``command`` and return what it printed; if it fails, say how, with what it wrote
    to stderr (a crash's Python stack, with PYTHONFAULTHANDLER=1), instead of a bare
    CalledProcessError."""
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    if done.returncode != 0:
        raise SystemExit(f"{command[:3]} failed with {done.returncode}:\n{done.stderr[-20_000:]}")
    return done.stdout


def bench_startup(repeat: int) -> None:
    from reader.paths import default_pair

    left, right = (str(p) for p in default_pair())
    with tempfile.TemporaryDirectory() as data:
        bare = timed_run([sys.executable, "-c", BARE_WINDOW, left, right], repeat)
        duidu = timed_run(
            [sys.executable, "-m", "reader", "--data-dir", data, "--exit-when-shown", left, right],
            repeat,
        )
        # Topics on screen: from launch to the moment they are shown, against the bare
        # window's launch to its first paint (time_to_shown).
        command = [sys.executable, "-c", BARE_WINDOW, left, right]
        bare_shown = timed_run(command, repeat, until_shown=True)
        reopened = timed_run([sys.executable, "-c", TOPICS_SHOWN, data], repeat, until_shown=True)
    first = []  # each run in a data folder of its own: a first start, nothing saved
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as data:
            command = [sys.executable, "-c", TOPICS_SHOWN, data]
            first.append(timed_run(command, 1, warm=False, until_shown=True))
    first_start = statistics.median(first)
    print(
        f"start-up   duidu {duidu:.3f} s  bare PySide6 {bare:.3f} s  "
        f"ratio {duidu / bare:.2f}x  (goal <= 1.5x)"
    )
    print(
        f"topics on screen  bundled pair, from launch: first start {first_start:.3f} s "
        f"(ratio {first_start / bare_shown:.1f}x), pair opened again {reopened:.3f} s "
        f"(ratio {reopened / bare_shown:.1f}x)  bare PySide6 window on screen "
        f"{bare_shown:.3f} s  (goal <= 4x)"
    )


WINDOW_MEMORY = (
    PEAK_MEMORY
    + """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from reader.app import create_application, create_window, finish

app = create_application()
window = create_window(Path(sys.argv[1]), remember=False)
window.show()
window.open_file(window.left_pane, Path(sys.argv[2]))
window.open_file(window.right_pane, Path(sys.argv[3]))
window.warm_up()


def done():
    # Built up (notes, icons: after the first topics) and idle (the dictionaries of the
    # script switches, loaded in the background then, are in): all a reader has in hand.
    if window.comparison.analysis is not None and window.built_up() and window.idle():
        report()
        app.quit()


timer = QTimer()
timer.timeout.connect(done)
timer.start(50)
app.exec()
finish(window, 0)
"""
)


def _peak_of(command: list[str]) -> int:
    """What ``command`` (one of the scripts above) reports as its peak memory, in bytes."""
    printed = _checked_run(command, installed_env())
    return int(next(line for line in printed.splitlines() if line.startswith("peak ")).split()[1])


def bench_window_memory(book: Path, other: Path) -> None:
    """Duidu's window showing a pair and its topics against a bare two-pane window showing
    the same texts (read as UTF-8 copies, as the bare window cannot decode GB18030 or Big5):
    the memory the reader pays for Duidu's features."""
    from reader.core.text.document import load_document
    from reader.paths import default_pair

    pairs = [("the bundled pair", tuple(default_pair()), 2.5)]
    if book.is_file() and other.is_file():
        pairs.append((f"{book.name} + {other.name}", (book, other), 6.0))
    for label, paths, goal in pairs:
        with tempfile.TemporaryDirectory() as folder:
            copies = []
            for k, path in enumerate(paths):
                copy = Path(folder) / f"{k}.txt"
                copy.write_text(load_document(path).text, encoding="utf-8")
                copies.append(str(copy))
            bare = _peak_of([sys.executable, "-c", BARE_WINDOW, *copies, "--memory"])
            data = Path(folder) / "data"
            duidu = _peak_of(
                [sys.executable, "-c", WINDOW_MEMORY, str(data), *(str(p) for p in paths)]
            )
        print(
            f"window memory  {label}, topics shown: duidu {duidu / 1e6:.0f} MB  bare PySide6 "
            f"window {bare / 1e6:.0f} MB  ratio {duidu / bare:.1f}x  (goal <= {goal:g}x)"
        )


def bench_conversion(book: Path, repeat: int) -> None:
    from reader.core.text.conversion import convert_text
    from reader.core.text.document import load_document
    from reader.core.text.opencc_engine import get_engine
    from reader.core.text.scripts import ScriptMode, conversion_chain, detect_script

    engine = get_engine()
    document = load_document(book)
    text = document.text
    source = detect_script(text, engine).script
    for mode in (ScriptMode.HANT, ScriptMode.TWP):
        chain = conversion_chain(mode, source)
        for config in chain:
            engine.converter(config)
        plain, mapped = [], []
        for _ in range(repeat):
            started = time.perf_counter()
            converted = text
            for config in chain:
                converted = engine.convert(config, converted)
            plain.append(time.perf_counter() - started)
            started = time.perf_counter()
            result = convert_text(engine, text, mode, source)
            mapped.append(time.perf_counter() - started)
            assert result.text == converted
        p, m = statistics.median(plain), statistics.median(mapped)
        print(
            f"convert    {book.name} ({len(text):,} chars) {mode.value:5} "
            f"with map {m:.3f} s  opencc alone {p:.3f} s  ratio {m / p:.2f}x  (goal <= 1.2x)"
        )


def bench_readable(book: Path) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from reader.app import create_application, create_window
    from reader.paths import default_pair

    app = create_application()
    with tempfile.TemporaryDirectory() as data:
        window = create_window(Path(data), remember=False)
        window.show()
        window.open_file(window.right_pane, default_pair()[1])
        app.processEvents()
        started = time.perf_counter()
        raw = book.read_bytes()
        read_bytes = time.perf_counter() - started
        started = time.perf_counter()
        window.open_file(window.left_pane, book)  # a book: read and decoded on a worker

        def shown() -> bool:
            document = window.left_pane.document
            return document is not None and document.path == book.resolve()

        deadline = started + 60
        while not shown() and time.perf_counter() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        QApplication.processEvents()
        window.left_pane.view.viewport().repaint()
        readable = time.perf_counter() - started
        assert shown(), f"{book.name} was not shown within 60 s"
        assert window.left_pane.view.toPlainText()[:50] == window.left_pane.shown_text()[:50]
        window.close()
    print(
        f"readable   {book.name} ({len(raw):,} bytes) shown in {readable:.3f} s  "
        f"(reading the bytes alone {read_bytes:.3f} s; goal <= 1 s)"
    )


def bench_topics(book: Path, other: Path) -> None:
    from reader.core import offload
    from reader.core.comparison.aliases import load_aliases
    from reader.core.comparison.topics import TopicAnalyser, analyse_documents
    from reader.core.text.document import load_document
    from reader.core.text.opencc_engine import get_engine
    from reader.core.text.segmenter import get_segmenter
    from reader.paths import default_pair, resources_dir

    segmenter = get_segmenter()
    table = load_aliases(resources_dir() / "aliases.json", None).table
    started = time.perf_counter()
    analyser = TopicAnalyser(get_engine(), segmenter, table)
    init = time.perf_counter() - started
    left, right = (load_document(p) for p in default_pair())
    started = time.perf_counter()
    analysis = analyse_documents(analyser, left, right)
    took = time.perf_counter() - started
    print(
        f"topics     bundled pair: {took:.3f} s ({len(analysis.shared)} shared)  "
        f"(goal <= 0.3 s; dictionary and alias table {init:.2f} s, once)"
    )
    if not (book.is_file() and other.is_file()):
        return
    # Two books go the window's way: to the helper processes (warmed as opening a book warms
    # them), the shared wording in the second while the first analyses the rest.
    left, right = load_document(other), load_document(book)
    helpers = offload.helpers()
    for _ in range(2):
        helpers.call(offload.warm, ("t2s", "s2t", "tw2sp"))
    offload.analyse_pair(left, right, None, table, (), ())  # each helper makes its analyser
    times = []
    for _ in range(3):
        started = time.perf_counter()
        analysis = offload.analyse_pair(left, right, None, table, (), ())
        times.append(time.perf_counter() - started)
    started = time.perf_counter()
    for text in (left.text, right.text):  # rjieba's own cut of each text, at once
        segmenter._tokenizer.cut(text, False)
    alone = time.perf_counter() - started
    took = statistics.median(times)
    print(
        f"topics     {other.name} + {book.name}, in the helper processes: {took:.3f} s median "
        f"of 3 ({min(times):.2f}-{max(times):.2f} s; {len(analysis.shared)} shared)  "
        f"segmenting alone {alone:.3f} s  ratio {took / max(alone, 1e-9):.1f}x  (goal <= 4 s)"
    )


MEMORY_CHILD = """
import json, resource, sys, time
from reader.core.text.document import load_document

left, right = load_document(sys.argv[2]), load_document(sys.argv[3])
started = time.perf_counter()
if sys.argv[1] == "analyse":
    from reader.core.comparison.aliases import load_aliases
    from reader.core.text.opencc_engine import get_engine
    from reader.core.text.segmenter import get_segmenter
    from reader.core.comparison.topics import TopicAnalyser, analyse_documents
    from reader.paths import resources_dir

    table = load_aliases(resources_dir() / "aliases.json", None).table
    analyser = TopicAnalyser(get_engine(), get_segmenter(), table)
    analysis = analyse_documents(analyser, left, right)
    json.dumps(analysis.to_json(), ensure_ascii=False)  # what duidu topics --json prints
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
print(json.dumps({"peak": peak * 1024, "seconds": time.perf_counter() - started}))
"""


def _peak(mode: str, left: Path, right: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_CHILD, mode, str(left), str(right)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _at_limit(book: Path, folder: Path) -> Path:
    """``book`` repeated to the analysis's length limit (about 20 MB of UTF-8), as a file."""
    from reader.core.comparison.topics import MAX_CHARACTERS
    from reader.core.text.document import load_document

    text = load_document(book).text
    copies = -(-MAX_CHARACTERS // (len(text) + 1))
    path = folder / f"{book.stem}.limit.txt"
    path.write_text("\n".join([text] * copies)[:MAX_CHARACTERS], encoding="utf-8")
    return path


def bench_memory(book: Path, other: Path) -> None:
    """Peak RSS of analysing a pair, vs loading the same two documents alone (no Qt)."""
    if not (book.is_file() and other.is_file()):
        print(f"skipped the memory benchmark: {book} or {other} not found")
        return
    with tempfile.TemporaryDirectory() as folder:
        pairs = [(f"{other.name} + {book.name}", other, book, None)]
        big = (_at_limit(other, Path(folder)), _at_limit(book, Path(folder)))
        pairs.append(
            (
                f"two texts at the limit ({big[0].stat().st_size / 1e6:.0f} MB, "
                f"{big[1].stat().st_size / 1e6:.0f} MB)",
                *big,
                1e9,
            )
        )
        for label, left, right, goal in pairs:
            base = _peak("load", left, right)
            used = _peak("analyse", left, right)
            target = f"  (goal <= {goal / 1e9:.0f} GB)" if goal else ""
            print(
                f"memory     {label}: analysis peak {used['peak'] / 1e6:.0f} MB in "
                f"{used['seconds']:.0f} s  loading alone {base['peak'] / 1e6:.0f} MB  "
                f"ratio {used['peak'] / base['peak']:.1f}x{target}"
            )


STALL_CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QSplitter, QTextEdit

gaps = []  # (seconds between two ticks of a 5 ms timer, the step running then, thread times)
step = ["start"]
last = [time.perf_counter()]


def thread_times():  # this thread's seconds on a CPU and waiting for one (Linux), or None
    try:
        with open("/proc/thread-self/schedstat") as stat:
            run, wait, _ = stat.read().split()
    except OSError:
        return None
    return int(run) / 1e9, int(wait) / 1e9


times = [thread_times()]


def tick():
    now = time.perf_counter()
    times.append(thread_times())
    gaps.append((now - last[0], step[0], times[-2], times[-1]))
    last[0] = now


# Between steps the loop waits for events as app.exec() does (the 5 ms timer wakes it).
# It once spun instead (processEvents with a time limit returns at once when nothing is
# pending): a loop the window does not have, which kept the UI thread busy in Python,
# taking a core and the GIL from the workers, a million times per step.
WAIT = QEventLoop.ProcessEventsFlag.WaitForMoreEvents


def settle(app, seconds):
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents(WAIT)


def until(app, condition, limit=300):
    deadline = time.perf_counter() + limit
    while not condition():
        app.processEvents(WAIT)
        if time.perf_counter() > deadline:
            raise SystemExit(f"step {step[0]} did not finish in {limit} s")


mode, data, left, right = sys.argv[1:5]
if mode == "bare":
    app = QApplication(sys.argv)
    timer = QTimer(); timer.setInterval(5); timer.timeout.connect(tick); timer.start()
    splitter = QSplitter()
    splitter.resize(1280, 800)
    splitter.show()
    last[0] = time.perf_counter()  # building a window before its loop runs is no stall
    times[-1] = thread_times()
    settle(app, 0.5)
    step[0] = "load"
    for path in (left, right):
        edit = QTextEdit()
        edit.setPlainText(Path(path).read_text(encoding=sys.argv[5 if path == left else 6]))
        splitter.addWidget(edit)
    settle(app, 1.0)
else:
    from reader.app import create_application, create_window
    from reader.core.text.scripts import ScriptMode
    from reader.ui.notes.editor import AnnotationEditor

    app = create_application()
    timer = QTimer(); timer.setInterval(5); timer.timeout.connect(tick); timer.start()
    AnnotationEditor.exec = lambda self: QDialog.DialogCode.Accepted
    window = create_window(Path(data), remember=False)
    window.show()
    last[0] = time.perf_counter()
    times[-1] = thread_times()
    settle(app, 0.5)
    step[0] = "open"
    window.open_file(window.left_pane, left)
    window.open_file(window.right_pane, right)
    until(app, window.both_ready)
    for pane, target in ((window.left_pane, ScriptMode.TW), (window.right_pane, ScriptMode.HANS)):
        step[0] = f"script {pane.side}"
        pane.set_mode(target)
        until(app, window.both_ready)
        settle(app, 0.5)
    step[0] = "find"
    window.find_action.trigger()
    window.comparison.find_bar.field.setText("天下")
    settle(app, 1.0)
    step[0] = "topics"
    until(app, lambda: window.comparison.analysis is not None)
    settle(app, 1.0)
    step[0] = "note"
    until(app, window.notes.ready)
    view = window.left_pane.view
    cursor = view.cursorForPosition(view.viewport().rect().center())
    cursor.movePosition(cursor.MoveOperation.NextWord, cursor.MoveMode.KeepAnchor, 3)
    view.setTextCursor(cursor)
    window.annotate_action.trigger()
    settle(app, 1.0)
    from reader.app import finish

    finish(window, 0)
worst = {}
for gap, name, before, after in gaps:
    if gap > worst.get(name, (0.0,))[0]:
        split = ""
        if before and after:  # on a CPU, waiting for one, the rest blocked (GIL, locks)
            run, wait = after[0] - before[0], after[1] - before[1]
            split = f"/{run:.4f}/{wait:.4f}/{max(gap - run - wait, 0):.4f}"
        worst[name] = (gap, split)
print(
    " ".join(
        f"{name.replace(' ', '_')}={gap:.4f}{split}" for name, (gap, split) in worst.items()
    )
)
"""


def bench_stalls(book: Path, other: Path) -> None:
    """The longest event-loop stall of a reading session on the two ~1 MB books (goal ≤
    100 ms), vs a bare PySide6 window putting the same two texts into two QTextEdits."""
    if not (book.is_file() and other.is_file()):
        print(f"skipped the stall benchmark: {book} or {other} not found")
        return
    from reader.core.text.document import load_document

    with tempfile.TemporaryDirectory() as data:
        codecs = [load_document(path).encoding for path in (other, book)]
        python = {"GB18030": "gb18030", "Big5-HKSCS": "big5hkscs", "Big5": "big5"}
        names = [python.get(codec, "utf-8") for codec in codecs]
        results = {}
        env = installed_env()
        for mode in ("bare", "duidu"):
            done = subprocess.run(
                [sys.executable, "-c", STALL_CHILD, mode, data, str(other), str(book), *names],
                check=True,
                capture_output=True,
                text=True,
                cwd=ROOT,
                timeout=900,
                env=env,
            )
            pairs = (item.split("=") for item in done.stdout.split()[-8:] if "=" in item)
            results[mode] = {
                name.replace("_", " "): [float(part) for part in value.split("/")]
                for name, value in pairs
            }
    bare = max(parts[0] for parts in results["bare"].values())
    steps = results["duidu"]
    step = max(steps, key=lambda name: steps[name][0])
    each = ", ".join(f"{name} {parts[0] * 1000:.0f}" for name, parts in steps.items())
    print(
        f"stalls     {other.name} + {book.name}: longest event-loop stall "
        f"{steps[step][0] * 1000:.0f} ms (during {step}; per step, ms: {each})  bare window "
        f"loading the texts {bare * 1000:.0f} ms  ratio {steps[step][0] / bare:.1f}x  "
        "(goal <= 100 ms)"
    )
    if all(len(parts) == 4 for parts in steps.values()):
        split = ", ".join(
            f"{name} {run * 1000:.0f}/{wait * 1000:.0f}/{blocked * 1000:.0f}"
            for name, (_gap, run, wait, blocked) in steps.items()
        )
        print(
            "           each step's longest stall, ms on a CPU / waiting for a core / blocked "
            f"(the GIL, locks): {split}"
        )


def bench_annotations(book: Path, count: int = 10_000, repeat: int = 15) -> None:
    """Adding one annotation to a document that has 10,000, saved atomically (goal <= 50 ms),
    vs the atomic write of the same bytes alone; then redrawing a pane's highlights with
    all of them on the text (what scrolling costs)."""
    from PySide6.QtGui import QColor, QTextCharFormat

    from reader.app import create_application, create_window
    from reader.core.notes.annotations import make_target, new_annotation
    from reader.core.notes.store import AnnotationStore
    from reader.core.storage import atomic_write_bytes
    from reader.core.text.document import load_document

    document = load_document(book)
    text, step = document.text, max(len(document.text) // count, 4)
    with tempfile.TemporaryDirectory() as data:
        notes = AnnotationStore(Path(data)).notes_for(document.path, document.sha256)
        notes.annotations.update(
            (a.id, a)
            for a in (
                new_annotation(
                    [make_target(document.path, document.sha256, text, k * step, k * step + 3)],
                    note=f"note {k}",
                    tags=["claim"] if k % 3 else ["figure", "source"],
                )
                for k in range(count)
            )
        )
        notes.save()
        size = notes.file.stat().st_size
        adds, writes = [], []
        for k in range(repeat):
            annotation = new_annotation(
                [make_target(document.path, document.sha256, text, k, k + 5)], note="new"
            )
            started = time.perf_counter()
            notes.put(annotation)
            adds.append(time.perf_counter() - started)
            payload = notes.file.read_bytes()
            started = time.perf_counter()
            atomic_write_bytes(Path(data) / "plain.json", payload)
            writes.append(time.perf_counter() - started)
        add, write = statistics.median(adds), statistics.median(writes)
        print(
            f"notes      add one to {count:,} and save ({size / 1e6:.1f} MB) {add * 1000:.1f} ms  "
            f"atomic write alone {write * 1000:.1f} ms  ratio {add / write:.2f}x  (goal <= 50 ms)"
        )
        from reader.core.formats.markdown_export import to_markdown
        from reader.core.notes.notebook import Scope, gather, script_converter

        started = time.perf_counter()
        load_document(book)
        baseline = time.perf_counter() - started
        for script in ("original", "hant"):
            started = time.perf_counter()
            notebook = gather(
                AnnotationStore(Path(data)),
                Scope(paths=(str(book),)),
                converter=script_converter(script),
                script=script,
            )
            markdown = to_markdown(notebook)
            took = time.perf_counter() - started
            print(
                f"export     {len(notebook.entries):,} notes as Markdown ({script}, "
                f"{len(markdown) / 1e6:.1f} MB) {took:.2f} s  vs opening the book alone "
                f"{baseline:.2f} s  ratio {took / baseline:.1f}x  (on a worker in the window)"
            )
        app = create_application()
        window = create_window(Path(data), remember=False)
        window.show()
        pane = window.left_pane
        window.open_file(pane, book)
        while not pane.is_ready():
            app.processEvents()
        char_format = QTextCharFormat()
        char_format.setBackground(QColor("#fde68a"))
        spans = [(k * step, k * step + 3, char_format) for k in range(count)]
        started = time.perf_counter()
        pane.set_highlights("notes", spans)
        placed = time.perf_counter() - started
        bar = pane.view.verticalScrollBar()
        redraws = []
        for k in range(20):
            bar.setValue(bar.maximum() * k // 20)
            started = time.perf_counter()
            pane.highlights.refresh()
            redraws.append(time.perf_counter() - started)
        print(
            f"notes      {count:,} highlights placed once {placed * 1000:.0f} ms, redrawn per "
            f"scroll step {statistics.median(redraws) * 1000:.1f} ms (one frame: 16 ms)"
        )
        pane.set_highlights("notes", [])
        window.notes.start()
        while window.notes.locating or len(window.notes.located["left"]) < count:
            app.processEvents()
        window.notes_dock.show()
        window._settle_heap()  # as the window does once loading settles
        changes = []
        for k in range(repeat):
            target = make_target(document.path, document.sha256, text, k + 1, k + 6)
            started = time.perf_counter()
            window.notes.add([target], "new", ["claim"], "yellow")
            app.processEvents()
            changes.append(time.perf_counter() - started)
        change = statistics.median(changes)
        print(
            f"notes      in the window, add one to {count:,} (save, highlight, panel row) "
            f"{change * 1000:.1f} ms  ratio to the core's add and save {change / add:.2f}x"
        )
        window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book", type=Path, default=DEFAULT_BOOK)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--only",
        choices=("startup", "conversion", "topics", "notes", "memory", "stalls", "window-memory"),
        help="run one benchmark instead of all",
    )
    args = parser.parse_args()
    book = args.book.is_file()
    if not book:
        print(f"skipped the book benchmarks: {args.book} not found")
    if args.only in (None, "startup"):
        bench_startup(args.repeat)
    if book and args.only in (None, "conversion"):
        bench_conversion(args.book, args.repeat)
        bench_readable(args.book)
    if args.only in (None, "topics"):
        bench_topics(args.book, args.book.parent / "sanguo_yanyi_trad.big5.txt")
    if book and args.only in (None, "notes"):
        bench_annotations(args.book)
    if args.only in (None, "stalls"):
        bench_stalls(args.book, args.book.parent / "sanguo_yanyi_trad.big5.txt")
    if args.only in (None, "window-memory"):
        bench_window_memory(args.book, args.book.parent / "sanguo_yanyi_trad.big5.txt")
    if args.only in (None, "memory"):
        bench_memory(args.book, args.book.parent / "sanguo_yanyi_trad.big5.txt")


if __name__ == "__main__":
    main()
