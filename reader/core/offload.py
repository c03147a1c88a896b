"""CPU-bound work in helper processes, so the window's process keeps its GIL to itself.

Converting a 1 MB book and analysing a pair are seconds of pure Python. On a worker
thread that work holds the GIL, and every call the UI thread makes into Qt gives the GIL
up and waits up to the switch interval (5 ms) to get it back: a slot that makes a hundred
Qt calls then takes half a second, and the window stalls for up to a second during a
script switch. Run in another process, the same work costs the UI thread nothing.

:func:`call` is made from a worker thread (``reader.ui.tasks``) and blocks it, not the UI
thread, until the helper answers. The helpers are started with ``spawn`` (never ``fork``:
the parent has Qt's threads), once per process, on first use, and they hold their own
OpenCC engine and analyser between calls. Each helper has a pipe of its own, which brings
it one job at a time and brings back its progress and answer; cancellation goes out
through a shared array of flags, polled by the work between lines.

A helper can die at work (the system kills it for lack of memory, C code crashes): the
window's thread that reads its pipe sees the pipe end, fails that helper's job with
:class:`HelperDied` (which the window shows as a sentence, like any error) and starts
another helper for the next job; the other helper's job goes on. No lock is shared between
processes (a ``multiprocessing.Pool`` worker killed while idle held the lock the others
read their jobs under: every later job waited for ever, and so did stopping the pool).

Only plain, picklable values cross: a text, a script mode, a vocabulary, a
document (its text, no file bytes). A helper's error comes back as its message (a
:class:`~reader.core.messages.Sentence`, so the window can still translate it), never as an
exception object (a ``DuiduError`` subclass need not be picklable).
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import multiprocessing
import os
import queue
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.errors import DuiduError
from reader.core.heap import bulk_work
from reader.core.local_work import runs_here
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence, sentence_of
from reader.core.text.conversion import Cancelled, Conversion, convert_text

if TYPE_CHECKING:
    from multiprocessing.context import SpawnProcess

    from reader.core.comparison.aliases import AliasTable
    from reader.core.comparison.topics import Analysis, TopicAnalyser
    from reader.core.comparison.wording import SharedRun
    from reader.core.text.document import Document
    from reader.core.text.position_map import PositionMap
    from reader.core.text.scripts import Script, ScriptMode
    from reader.core.text.vocabulary import Vocabulary

_SLOTS = 4096  # cancel flags, reused round-robin by job tokens
_POLL = 0.05  # seconds between a waiting thread's looks at its job's cancellation

Progress = Callable[[int, int], None]


class HelperFailed(DuiduError):
    """A helper process raised or died; the message says what went wrong."""


HELPER_DIED = QT_TRANSLATE_NOOP(
    "Messages",
    "A helper process ended before it finished ({how}); try again. If it happens again, "
    "the computer may be short of memory.",
)


class HelperDied(HelperFailed):
    """The helper process doing a job ended before it answered (killed by the system for
    lack of memory, a crash in C code...); the next job gets another helper."""


def _background_problem(error: str) -> Sentence:
    return Sentence(
        QT_TRANSLATE_NOOP("Messages", "Something went wrong in the background: {error}."),
        error=error,
    )


# -- the helper side ---------------------------------------------------------------------

_child_connection: Connection | None = None
_child_flags: Any = None
_child_sending = threading.Lock()  # one message at a time on the pipe
# This process's analyser and the alias table it was given (a helper's, or the window's
# for articles).
_analyser: tuple[Any, TopicAnalyser] | None = None
_analyser_lock = threading.Lock()


# How much less the scheduler favours a helper than the window (Unix niceness, 0-19). On a
# 2-core machine two helpers converting books took the cores from the UI thread, which then
# waited 20-40 ms per turn to run, and waited for the GIL too when the worker thread holding
# it had lost its core. A helper's work is background work: it still gets every idle cycle.
HELPER_NICENESS = 10
# Whether a book pair's analysis uses both helpers at once (only where there are two cores:
# on one, the second helper would repeat the conversion and spare nothing).
PARALLEL = (os.cpu_count() or 1) >= 2


def _child_start(connection: Connection, flags: Any) -> None:
    global _child_connection, _child_flags
    _child_connection, _child_flags = connection, flags
    if hasattr(os, "nice"):  # not on Windows, whose helpers keep the normal priority
        with contextlib.suppress(OSError):
            os.nice(HELPER_NICENESS)


def _child_send(message: tuple[Any, ...]) -> None:
    assert _child_connection is not None
    with _child_sending:
        _child_connection.send(message)


def _child_main(connection: Connection, flags: Any) -> None:
    """A helper process: runs the jobs its pipe brings, one at a time, and sends back
    ``("progress", done, total)`` while one runs and ``("done", status, value)`` at its end;
    stops when told to (``None``) or when the window's process is gone."""
    _child_start(connection, flags)
    while _child_answer(connection):
        pass  # a job's texts and result went with its call: none is held while waiting


def _child_answer(connection: Connection) -> bool:
    """Receive a job, run it, send back its answer; False to stop."""
    try:
        job = connection.recv()
    except (EOFError, OSError):
        return False
    except Exception:  # a job that cannot be unpickled here (read whole: the pipe is fine)
        outcome: tuple[str, Any] = ("bug", traceback.format_exc())
    else:
        if job is None:
            return False
        outcome = _child_run(*job)
    try:
        _child_send(("done", *outcome))
    except (EOFError, OSError):
        return False
    except Exception:  # an answer that does not pickle: a bug, said like the others
        _child_send(("done", "bug", traceback.format_exc()))
    return True


def _child_run(token: int, function: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any]:
    slot = token % _SLOTS
    last = [-1]

    def cancelled() -> bool:
        return bool(_child_flags[slot])

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != last[0]:  # at most a hundred messages a job
            last[0] = percent
            _child_send(("progress", done, total))

    try:
        with bulk_work():  # a helper only builds big things: no full collection meanwhile
            return "ok", function(*args, progress=progress, cancelled=cancelled)
    except Cancelled:
        return "cancelled", None
    except DuiduError as error:
        return "error", sentence_of(error)  # a Sentence crosses whole (it pickles)
    except Exception:  # a bug in the helper: say what failed, keep the window alive
        return "bug", traceback.format_exc()


def warm(configs: Sequence[str], *, progress: Progress, cancelled: Callable[[], bool]) -> None:
    """Load the OpenCC dictionaries ``configs`` in a helper, as the flat tables books are
    converted with too, so a first switch is quick."""
    from reader.core.text.opencc_engine import get_engine

    engine = get_engine()
    for config in configs:
        if cancelled():
            return
        engine.compiled(config)


def convert(
    text: str,
    mode: ScriptMode,
    source: Script,
    vocabulary: Vocabulary | None,
    *,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> Conversion:
    """:func:`reader.core.text.conversion.convert_text` with the helper's engine."""
    from reader.core.text.opencc_engine import get_engine

    return convert_text(
        get_engine(), text, mode, source, vocabulary, progress=progress, cancelled=cancelled
    )


def _stopping(progress: Progress, cancelled: Callable[[], bool]) -> Progress:
    """``progress`` for work that stops, with :class:`Cancelled`, at the first report after
    ``cancelled()`` becomes true."""

    def step(done: int, total: int) -> None:
        if cancelled():
            raise Cancelled
        progress(done, total)

    return step


def comparison_names(
    names: Sequence[str], *, progress: Progress, cancelled: Callable[[], bool]
) -> list[str]:
    """``names`` in the comparison script (OpenCC ``tw2sp``) with the helper's engine: the
    alias table's names for :func:`reader.core.comparison.aliases.comparison_index`."""
    from reader.core.text.opencc_engine import get_engine

    return get_engine().convert_each("tw2sp", names)


def comparison_text(
    text: str,
    source: Script,
    vocabulary: Vocabulary | None,
    regional: bool,
    *,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> tuple[str, PositionMap]:
    """:func:`reader.core.text.folding.comparison_text` with the helper's engine: the
    folded text and its map only (the caller has the original, and keeps it as it is).

    What Find searches in a book is made here: on a worker thread of the window, its
    second of conversion took every other slice of the GIL from the UI thread, and the
    topics that arrived meanwhile took 100 ms to be shown."""
    from reader.core.text.folding import comparison_text as make
    from reader.core.text.opencc_engine import get_engine

    step = _stopping(progress, cancelled)
    made = make(text, source, get_engine(), vocabulary, regional=regional, progress=step)
    return made.text, made.map


def analyse(
    left: Document,
    right: Document,
    vocabulary: Vocabulary | None,
    aliases: AliasTable | None,
    links: Sequence[tuple[int, int]],
    unlinks: Sequence[tuple[int, int]],
    *,
    progress: Progress,
    cancelled: Callable[[], bool],
    wording: bool = True,
) -> Analysis:
    """Analyse a pair with this process's analyser (kept between calls, with its memos,
    while the alias table stays the same; one analysis at a time); without ``wording``,
    the shared wording is left to :func:`wording_of`."""
    from reader.core.comparison.topics import analyse_documents

    step = _stopping(progress, cancelled)
    with _analyser_lock:
        analyser = _the_analyser(aliases, lambda: step(2, 100))
        analyser.vocabulary = vocabulary
        return analyse_documents(
            analyser, left, right, progress=step, links=links, unlinks=unlinks, wording=wording
        )


def wording_of(
    left: Sent,
    right: Sent,
    vocabulary: Vocabulary | None,
    aliases: AliasTable | None,
    *,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> list[SharedRun]:
    """In a helper, the shared wording of a pair the other helper analyses meanwhile."""
    from reader.core.comparison.topics import shared_wording

    with _analyser_lock:
        analyser = _the_analyser(aliases, lambda: None)
        analyser.vocabulary = vocabulary
        if cancelled():
            raise Cancelled
        return shared_wording(analyser, left.document(), right.document())


def _the_analyser(aliases: AliasTable | None, starting: Callable[[], None]) -> TopicAnalyser:
    """This process's analyser for ``aliases`` (made anew when they change; under the lock)."""
    global _analyser
    from reader.core.comparison.topics import TopicAnalyser
    from reader.core.text.opencc_engine import get_engine
    from reader.core.text.segmenter import get_segmenter

    if _analyser is None or _analyser[0] != aliases:
        starting()
        analyser = TopicAnalyser(get_engine(), get_segmenter())
        if aliases is not None:
            analyser.set_aliases(aliases)
        _analyser = (aliases, analyser)
    return _analyser[1]


_PIECE = 300  # list items per pickle when an analysis comes back


def analyse_packed(
    left: Sent,
    right: Sent,
    vocabulary: Vocabulary | None,
    aliases: AliasTable | None,
    links: Sequence[tuple[int, int]],
    unlinks: Sequence[tuple[int, int]],
    wording: bool,
    saved: tuple[Path, str] | None,
    *,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> dict[str, Any]:
    """:func:`analyse` in a helper, its result packed for the trip back (see :func:`unpack`);
    read from ``saved`` (folder, key) if it is there, and kept there when it is whole."""
    from reader.core.comparison import saved_analyses

    left_document, right_document = left.document(), right.document()
    if saved is not None:
        found = saved_analyses.load(*saved, left_document, right_document)
        if found is not None:
            return pack(found)
    analysis = analyse(
        left_document,
        right_document,
        vocabulary,
        aliases,
        links,
        unlinks,
        progress=progress,
        cancelled=cancelled,
        wording=wording,
    )
    if saved is not None and wording:
        saved_analyses.save(*saved, analysis)
    return pack(analysis)


def save_packed(
    packed: dict[str, Any],
    wording: list[SharedRun],
    left: Sent,
    right: Sent,
    folder: Path,
    key: str,
    *,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> None:
    """In a helper, keep an analysis :func:`analyse_packed` made without its wording, with
    the wording the other helper found (the window has it already: nobody waits for this)."""
    from reader.core.comparison import saved_analyses

    analysis = unpack(packed, left.text, right.text)
    analysis.wording = wording
    saved_analyses.save(folder, key, analysis)


def pack(analysis: Analysis) -> dict[str, Any]:
    """An analysis as pickles of a few hundred items each, so the window's process can
    unpickle it piece by piece: a pair of novels' analysis took 230 ms to unpickle in one
    call, all of it holding the GIL the UI thread waits for. The paragraphs' terms and
    bigrams go: they served the alignment, and nothing after it reads them. So do the two
    original texts: whoever unpacks it has them (:func:`unpack`), and they were 40 % of
    what went to a helper and back, pickled in one call that held the window's GIL."""
    import dataclasses
    import pickle

    packed: dict[str, Any] = {}
    for item in dataclasses.fields(analysis):
        value = getattr(analysis, item.name)
        if item.name in ("left_passages", "right_passages"):
            value = [dataclasses.replace(p, terms=(), grams=()) for p in value]
        elif item.name in ("left_text", "right_text"):
            value = dataclasses.replace(value, original="")
        if isinstance(value, list):
            packed[item.name] = [
                pickle.dumps(value[k : k + _PIECE], pickle.HIGHEST_PROTOCOL)
                for k in range(0, len(value), _PIECE)
            ]
        else:
            packed[item.name] = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    return packed


def unpack(packed: dict[str, Any], left: str, right: str) -> Analysis:
    """The analysis :func:`pack` made (between two pieces, the UI thread may run), of the
    texts ``left`` and ``right`` (held as they are: one copy of each in memory, and
    ``original is document.text`` holds as for an article analysed here)."""
    import pickle

    from reader.core.comparison.topics import Analysis

    fields: dict[str, Any] = {}
    for name, value in packed.items():
        if isinstance(value, list):
            items: list[Any] = []
            for piece in value:
                items.extend(pickle.loads(piece))
            fields[name] = items
        else:
            fields[name] = pickle.loads(value)
    fields["left_text"] = replace(fields["left_text"], original=left)
    fields["right_text"] = replace(fields["right_text"], original=right)
    return Analysis(**fields)


def analyse_pair(
    left: Document,
    right: Document,
    vocabulary: Vocabulary | None,
    aliases: AliasTable | None,
    links: Sequence[tuple[int, int]],
    unlinks: Sequence[tuple[int, int]],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    saved: Path | None = None,
) -> Analysis:
    """Analyse a pair here (articles) or in a helper (books), from a worker thread. With
    ``saved`` (a folder of :mod:`reader.core.comparison.saved_analyses`), an analysis of
    the pair with the same inputs is read from there, and a new one is kept there."""
    from reader.core.comparison import saved_analyses

    key = None
    if saved is not None:
        key = saved_analyses.analysis_key(
            left, right, vocabulary, aliases, links, unlinks, method=_method()
        )
    if runs_here(len(left.text) + len(right.text)):
        report = progress or (lambda _done, _total: None)
        found = saved_analyses.load(saved, key, left, right) if saved and key else None
        if found is not None:
            return found
        analysis = analyse(
            left, right, vocabulary, aliases, links, unlinks, progress=report, cancelled=cancelled
        )
        if saved is not None and key is not None:
            saved_analyses.save(saved, key, analysis)
        return analysis
    # A book's saved analysis is read and written by the helper: JSON of megabytes, parsed
    # or made here, would hold the GIL the UI thread needs for a tenth of a second.
    pool = helpers()
    known = saved is not None and key is not None and saved_analyses.path_of(saved, key).is_file()
    wording = None
    if PARALLEL and not known:
        wording = _Alongside(pool, wording_of, Sent.of(left), Sent.of(right), vocabulary,
                             aliases, cancelled=cancelled)  # fmt: skip
    packed = pool.call(
        analyse_packed,
        Sent.of(left),
        Sent.of(right),
        vocabulary,
        aliases,
        links,
        unlinks,
        wording is None,
        (saved, key) if saved is not None and key is not None else None,
        progress=progress,
        cancelled=cancelled,
    )
    analysis = unpack(packed, left.text, right.text)
    if wording is not None:
        analysis.wording = wording.result()
        if saved is not None and key is not None:  # kept by a helper, with its wording
            pool.start(save_packed, packed, analysis.wording, Sent.of(left), Sent.of(right),
                       saved, key)  # fmt: skip
    return analysis


def _method() -> str:
    """What an analysis depends on besides its inputs: the engines and their versions, and
    the method's own code (:func:`reader.core.comparison.saved_analyses.method_digest`)."""
    from reader.core.comparison.saved_analyses import method_digest
    from reader.core.text.opencc_engine import get_engine
    from reader.core.text.segmenter import engine_version

    return f"{get_engine().info.describe()}; {engine_version()}; {method_digest()}"


class _Alongside:
    """A helper call made on a thread of its own, while the calling thread makes another:
    on a machine with two cores, a book pair's shared wording is found in the second helper
    while the first analyses the rest (a second of the four)."""

    def __init__(
        self, pool: Helpers, function: Callable[..., Any], *args: Any, cancelled: Callable[[], bool]
    ) -> None:
        self._value: Any = None
        self._error: BaseException | None = None

        def run() -> None:
            try:
                self._value = pool.call(function, *args, cancelled=cancelled)
            except BaseException as error:  # handed to the caller by result()
                self._error = error

        self._thread = threading.Thread(target=run, name="duidu-alongside", daemon=True)
        self._thread.start()

    def result(self) -> Any:
        """The call's value (waits for it), or its exception raised here."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


@dataclass(frozen=True)
class Sent:
    """What a helper is sent of a document: its text and names, not its file's bytes nor
    its blocks (a book has tens of thousands, whose pickling held the GIL for 60 ms; the
    helper finds them again from the text, as :func:`parse_document` did)."""

    text: str
    path: Path | None
    encoding: str
    name: str

    @classmethod
    def of(cls, document: Document) -> Sent:
        return cls(document.text, document.path, document.encoding, document.name)

    def document(self) -> Document:
        from reader.core.text.document import Document, analyse_structure

        blocks = analyse_structure(self.text)  # the text is normalised already
        return Document(self.text, blocks, self.path, self.encoding, self.name)


# -- the window's side -------------------------------------------------------------------


def run(
    function: Callable[..., Any],
    *args: Any,
    size: int,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Any:
    """``function(*args, progress=…, cancelled=…)`` here when its input (``size``
    characters) is small, else in a helper (:meth:`Helpers.call`); from a worker thread."""
    if runs_here(size):
        return function(
            *args, progress=progress or (lambda _done, _total: None), cancelled=cancelled
        )
    return helpers().call(function, *args, progress=progress, cancelled=cancelled)


class _Job:
    """A call on its way to a helper, and its answer once there is one."""

    __slots__ = ("answered", "args", "dropped", "function", "outcome", "progress", "token")

    def __init__(
        self,
        token: int,
        function: Callable[..., Any],
        args: tuple[Any, ...],
        progress: Progress | None,
    ) -> None:
        self.token = token
        self.function = function
        self.args = args
        self.progress = progress  # None once nobody waits for the answer
        self.dropped = False  # the caller stopped waiting: not worth starting
        self.outcome: tuple[str, Any] = ("", None)
        self.answered = threading.Event()

    def finish(self, status: str, value: Any) -> None:
        self.outcome = (status, value)
        self.answered.set()


class _Helper:
    """One helper process and the window's end of its pipe (none until it is started)."""

    def __init__(self) -> None:
        self.process: SpawnProcess | None = None
        self.connection: Connection | None = None


class Helpers:
    """A small pool of helper processes, a pipe and a thread of this process for each (the
    thread hands its helper the next job and reads back its progress and answer), and the
    jobs' cancel flags."""

    def __init__(self, processes: int = 2) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._flags = self._context.RawArray("b", _SLOTS)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._tokens = itertools.count(1)
        self._lock = threading.Lock()  # _closed, and each helper's process while it changes
        self._closed = False
        self._helpers = [_Helper() for _ in range(processes)]
        for number, helper in enumerate(self._helpers, 1):
            self._start_process(helper)  # now, as a pool would: they start meanwhile
            threading.Thread(
                target=self._serve, args=(helper,), name=f"duidu-helper-{number}", daemon=True
            ).start()

    def _start_process(self, helper: _Helper) -> bool:
        """Start a process for ``helper``; False once the helpers are stopped (what starting
        it raised is raised)."""
        with self._lock:
            if self._closed:
                return False
            ours, theirs = self._context.Pipe()
            process = self._context.Process(
                target=_child_main, args=(theirs, self._flags), name="duidu-helper", daemon=True
            )
            try:
                process.start()
            except BaseException:
                ours.close()
                raise
            finally:
                theirs.close()  # the helper's end is the helper's alone: its death ends the pipe
            helper.process, helper.connection = process, ours
            return True

    def _serve(self, helper: _Helper) -> None:
        """A helper's thread: its jobs, one at a time, until the helpers are stopped."""
        while True:
            job = self._jobs.get()
            if job is None or self._closed:
                break
            if not job.dropped and not self._serve_one(helper, job):
                break
            # Hold nothing of it while waiting for the next: its arguments and answer may
            # be megabytes (a pair of books, their analysis).
            job = None
        self._bury(helper)

    def _serve_one(self, helper: _Helper, job: _Job) -> bool:
        """Run ``job`` on ``helper`` (starting a process for it if it has none, or if it died
        idle); False once the helpers are stopped."""
        process = helper.process
        if process is None or process.exitcode is not None:
            self._bury(helper)
            try:
                if not self._start_process(helper):
                    job.finish("cancelled", None)
                    return False
            except Exception:  # none can be started (memory...): this job fails, not the next
                job.finish("bug", traceback.format_exc())
                return True
        if not self._run(helper, job):  # it died at work: the next job's is started now
            self._bury(helper)
            with contextlib.suppress(Exception):  # else when the next job comes
                self._start_process(helper)
        return True

    def _run(self, helper: _Helper, job: _Job) -> bool:
        """Hand ``job`` to ``helper`` and wait for its answer; whether the helper lived."""
        process, connection = helper.process, helper.connection
        assert process is not None and connection is not None
        try:
            connection.send((job.token, job.function, job.args))  # pickled whole, then sent
        except OSError:  # the helper died before it had the job
            self._died(job, process)
            return False
        except Exception as error:  # arguments that do not pickle: a bug, raised to the caller
            job.finish("raise", error)
            return True
        finally:
            job.args = ()  # sent: the helper has its own copy
        while True:
            # Wakes when the helper says something or ends; its end ends the pipe too
            # (its sentinel is there in case another process holds the helper's end).
            if connection not in wait([connection, process.sentinel]):
                self._died(job, process)
                return False
            try:
                message = connection.recv()
            except (EOFError, OSError):
                self._died(job, process)
                return False
            if message[0] == "done":
                job.finish(message[1], message[2])
                return True
            report = job.progress
            if report is not None:
                try:
                    report(message[1], message[2])
                except Exception:  # the caller's bug: its job goes on
                    traceback.print_exc()

    def _died(self, job: _Job, process: SpawnProcess) -> None:
        process.join(5)  # it has ended (or its pipe broke): find how
        if process.exitcode is None:  # alive with a broken pipe: useless, end it
            process.kill()
            process.join(5)
        job.finish("cancelled" if self._closed else "died", process.exitcode)

    def _bury(self, helper: _Helper) -> None:
        """Forget ``helper``'s process, ended or ending, and close its pipe."""
        with self._lock:
            process, connection = helper.process, helper.connection
            helper.process = helper.connection = None
        if connection is not None:
            connection.close()
        if process is not None:
            if process.exitcode is None:  # of no use any more (or being stopped)
                process.kill()
            process.join(5)

    def _submit(
        self, function: Callable[..., Any], args: tuple[Any, ...], progress: Progress | None
    ) -> _Job:
        job = _Job(next(self._tokens), function, args, progress)
        self._flags[job.token % _SLOTS] = 0
        self._jobs.put(job)
        return job

    def call(
        self,
        function: Callable[..., Any],
        *args: Any,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> Any:
        """Run ``function(*args, progress=…, cancelled=…)`` in a helper and return its result;
        blocks the calling (worker) thread. Raises :class:`Cancelled` once ``cancelled()``
        is true (the helper is told to stop), the helper's own ``DuiduError`` message as a
        :class:`HelperFailed`, and :class:`HelperDied` if the helper's process ends before
        it answers (the next call gets another helper)."""
        job = self._submit(function, args, progress)
        try:
            while not job.answered.is_set():
                if cancelled() or self._closed:
                    job.dropped = True
                    self._flags[job.token % _SLOTS] = 1
                    raise Cancelled
                job.answered.wait(_POLL)
        finally:
            job.progress = None  # no report after the call returns
        status, value = job.outcome
        if status == "ok":
            return value
        if status == "cancelled":
            raise Cancelled
        if status == "error":
            raise HelperFailed(value)
        if status == "raise":
            raise value
        if status == "died":
            raise HelperDied(Sentence(HELPER_DIED, how=_death(value)))
        sys.stderr.write(f"A helper process failed:\n{value}")  # for a bug report
        last = value.strip().splitlines()[-1] if value.strip() else "no details"
        raise HelperFailed(_background_problem(last))

    def start(self, function: Callable[..., Any], *args: Any) -> None:
        """Run ``function(*args, progress=…, cancelled=…)`` in a helper, waiting for nothing
        (what it returns or raises is dropped): work nobody needs the answer of."""
        if not self._closed:
            self._submit(function, args, None)

    def shutdown(self) -> None:
        """Stop the helpers at once (work in progress is abandoned: nobody will see it)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            processes = [helper.process for helper in self._helpers]
        for _helper in self._helpers:
            self._jobs.put(None)  # wakes each idle thread, which ends
        for process in processes:
            if process is not None and process.exitcode is None:
                process.terminate()
        for process in processes:
            if process is not None:
                process.join(5)
                if process.exitcode is None:
                    process.kill()
                    process.join()


def _death(exitcode: int | None) -> str:
    """How a helper's process ended, in the words a bug report or a search would use."""
    if exitcode is not None and exitcode < 0:
        try:
            return signal.Signals(-exitcode).name
        except ValueError:
            return f"signal {-exitcode}"
    if exitcode is not None:
        return f"exit code {exitcode}"
    return "pipe closed"


_helpers: Helpers | None = None
_helpers_lock = threading.Lock()


def helpers() -> Helpers:
    """The process-wide helpers, started on first use and stopped at exit."""
    global _helpers
    with _helpers_lock:
        if _helpers is None:
            _helpers = Helpers()
            atexit.register(_helpers.shutdown)
        return _helpers
