"""Helper processes for CPU-bound work (``reader.core.offload``): results, progress,
cancellation and errors cross the process boundary as the window needs them."""

from __future__ import annotations

import os
import pickle
import signal
import threading
from pathlib import Path

import pytest

from reader.core import local_work, offload
from reader.core.errors import DuiduError
from reader.core.messages import sentence_of
from reader.core.text.conversion import Cancelled, convert_text
from reader.core.text.opencc_engine import get_engine
from reader.core.text.scripts import Script, ScriptMode
from tests.conftest import TRAD_ARTICLE

# Work the helpers are given by these tests: module-level, so a helper can import it.


def process_id(*, progress, cancelled) -> int:
    return os.getpid()


def refuses(*, progress, cancelled) -> None:
    raise DuiduError("“book.txt” could not be read.")


def crashes(*, progress, cancelled) -> None:
    raise ValueError("an unexpected value")


def until_cancelled(*, progress, cancelled) -> str:
    for step in range(2000):  # at most about 20 s: a hang guard
        if cancelled():
            raise Cancelled
        progress(step, 2000)
        threading.Event().wait(0.01)
    return "never cancelled"


def killed(*, progress, cancelled) -> None:
    """Dies at work, as a helper the system kills for memory (or a crash in C code)."""
    progress(1, 2)
    os.kill(os.getpid(), signal.SIGKILL)


def exits(*, progress, cancelled) -> None:
    """Ends its process at work, without answering."""
    progress(1, 2)
    os._exit(3)


def analysed_there(left, right, *, progress, cancelled) -> dict:
    """The helper's own analysis of a pair, as JSON (what it sends must arrive as this)."""
    analysis = offload.analyse(
        left.document(),
        right.document(),
        None,
        None,
        (),
        (),
        progress=progress,
        cancelled=cancelled,
    )
    return analysis.to_json()


@pytest.fixture
def helpers():
    pool = offload.Helpers(processes=1)
    yield pool
    pool.shutdown()


def guarded(call, limit: float = 10.0) -> tuple[str, object]:
    """``call()`` on a thread of its own: ("value", its value) or ("error", its exception);
    fails if it has not ended in ``limit`` seconds (a guard: a helper's death used to leave
    its call waiting for ever)."""
    outcome: list[tuple[str, object]] = []

    def run() -> None:
        try:
            outcome.append(("value", call()))
        except BaseException as error:
            outcome.append(("error", error))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(limit)
    assert not thread.is_alive(), f"the call did not end in {limit} s"
    return outcome[0]


def test_a_helper_is_another_process(helpers):
    assert helpers.call(process_id) != os.getpid()


def test_a_conversion_in_a_helper_equals_one_here_and_reports_progress(helpers):
    text = TRAD_ARTICLE.read_text(encoding="utf-8") * 3
    reports: list[tuple[int, int]] = []
    there = helpers.call(
        offload.convert,
        text,
        ScriptMode.HANS,
        Script.TRADITIONAL,
        None,
        progress=lambda d, t: reports.append((d, t)),
    )
    here = convert_text(get_engine(), text, ScriptMode.HANS, Script.TRADITIONAL)
    assert there.text == here.text and there.mode is ScriptMode.HANS
    assert there.map.span_to_source(100, 120) == here.map.span_to_source(100, 120)
    assert reports and reports[-1] == (len(text), len(text))


def test_alias_names_converted_in_a_helper_index_as_those_converted_here(helpers):
    from reader.core.comparison.aliases import AliasIndex, load_aliases
    from reader.paths import resources_dir

    table = load_aliases(resources_dir() / "aliases.json", None).table
    names = ["輝達", "布林肯", "世衛組織", "英伟达"]
    there = helpers.call(offload.comparison_names, names)
    assert there == get_engine().convert_each("tw2sp", names)
    index = AliasIndex(table, lambda all_names: helpers.call(offload.comparison_names, all_names))
    here = AliasIndex(table, lambda all_names: get_engine().convert_each("tw2sp", all_names))
    assert index.groups.keys() == here.groups.keys()
    assert index.names("英伟达") == here.names("英伟达") != ()


@pytest.mark.parametrize("regional", [True, False])
def test_find_s_text_made_in_a_helper_equals_one_made_here(helpers, regional):
    from reader.core.text.folding import comparison_text

    text = TRAD_ARTICLE.read_text(encoding="utf-8") * 3
    folded, mapping = helpers.call(
        offload.comparison_text, text, Script.TRADITIONAL, None, regional
    )
    here = comparison_text(text, Script.TRADITIONAL, get_engine(), None, regional=regional)
    assert folded == here.text
    spans = [(k, k + 7) for k in range(0, len(folded) - 7, 97)]
    assert [mapping.span_to_source(*span) for span in spans] == [
        here.map.span_to_source(*span) for span in spans
    ]


def test_cancelling_stops_the_helper_and_leaves_it_usable(helpers):
    started = threading.Event()
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        started.set()

    result: list[object] = []

    def wait() -> None:
        try:
            result.append(helpers.call(until_cancelled, progress=progress, cancelled=stop.is_set))
        except Cancelled as error:
            result.append(error)

    thread = threading.Thread(target=wait)
    thread.start()
    assert started.wait(30)  # the helper is at work and reporting
    stop.set()
    thread.join(10)
    assert not thread.is_alive() and isinstance(result[0], Cancelled)
    # The one helper was told to stop: it takes the next job instead of finishing the first.
    assert helpers.call(process_id) != os.getpid()


def test_a_helpers_refusal_comes_back_as_its_sentence(helpers):
    with pytest.raises(offload.HelperFailed) as raised:
        helpers.call(refuses)
    assert str(raised.value) == "“book.txt” could not be read."


def test_a_bug_in_a_helper_is_a_sentence_not_a_traceback(helpers, capsys):
    with pytest.raises(offload.HelperFailed) as raised:
        helpers.call(crashes)
    message = str(raised.value)
    assert message == "Something went wrong in the background: ValueError: an unexpected value."
    assert "Traceback" in capsys.readouterr().err  # the details go to the log


def test_small_work_stays_in_this_process_and_big_work_goes_to_a_helper(monkeypatch, helpers):
    monkeypatch.setattr(offload, "helpers", lambda: helpers)
    assert offload.run(process_id, size=local_work.LOCAL_LIMIT) == os.getpid()
    assert offload.run(process_id, size=local_work.LOCAL_LIMIT + 1) != os.getpid()


def test_a_document_is_sent_as_its_text_and_found_again_whole():
    import pickle

    from reader.core.text.document import load_document

    document = load_document(TRAD_ARTICLE)
    sent = offload.Sent.of(document)
    assert len(pickle.dumps(sent)) < len(document.text.encode("utf-8")) + 1000  # no bytes
    again = pickle.loads(pickle.dumps(sent)).document()
    assert again.text == document.text and again.blocks == document.blocks
    assert again.name == document.name and again.path == document.path
    assert again.encoding == document.encoding and not again.raw


def test_a_pair_analysed_in_a_helper_comes_back_whole(monkeypatch, helpers):
    from reader.core.text.document import load_document
    from tests.conftest import SIMP_ARTICLE

    left, right = load_document(TRAD_ARTICLE), load_document(SIMP_ARTICLE)
    # Made in the helper too: this process's segmenter holds words earlier tests added.
    expected = helpers.call(analysed_there, offload.Sent.of(left), offload.Sent.of(right))
    monkeypatch.setattr(local_work, "LOCAL_LIMIT", 0)  # the bundled pair as if it were books
    monkeypatch.setattr(offload, "helpers", lambda: helpers)
    reports: list[tuple[int, int]] = []
    there = offload.analyse_pair(
        left, right, None, None, (), (), progress=lambda d, t: reports.append((d, t))
    )
    assert there.to_json() == expected
    assert [p.start for p in there.right_passages] == sorted(p.start for p in there.right_passages)
    assert there.left_text.original is left.text  # the document's own, not a copy
    assert there.right_text.original is right.text
    assert reports and reports[-1][0] == reports[-1][1]  # progress came back to 100 %


def test_an_analysis_is_packed_in_pieces_and_unpacked_as_it_was():
    from reader.core.text.document import load_document
    from tests.conftest import SIMP_ARTICLE

    left, right = load_document(TRAD_ARTICLE), load_document(SIMP_ARTICLE)
    analysis = offload.analyse_pair(left, right, None, None, (), ())
    packed = offload.pack(analysis)
    assert len(packed["aligned"]) == -(-len(analysis.aligned) // offload._PIECE)
    again = offload.unpack(packed, left.text, right.text)
    assert again.shared == analysis.shared and again.wording == analysis.wording
    assert again.left_text.original is left.text and again.right_text.original is right.text
    assert again.left_text.text == analysis.left_text.text
    assert again.right_text.map.span_to_source(5, 9) == analysis.right_text.map.span_to_source(5, 9)
    assert pickle.loads(packed["left_text"]).original == ""  # the texts are not sent back
    assert all(not p.terms and not p.grams for p in again.left_passages)


def test_a_book_pair_s_analysis_is_kept_and_read_back_by_a_helper(monkeypatch, tmp_path):
    """Books: the helper reads and writes the saved analysis (megabytes of JSON would hold
    the window's GIL); the wording found alongside is kept with it."""
    import json
    import time

    from reader.core.comparison import saved_analyses
    from reader.core.text.document import load_document
    from tests.conftest import SIMP_ARTICLE

    left, right = load_document(TRAD_ARTICLE), load_document(SIMP_ARTICLE)
    pool = offload.Helpers(processes=2)
    try:
        monkeypatch.setattr(local_work, "LOCAL_LIMIT", 0)  # the bundled pair as if it were books
        monkeypatch.setattr(offload, "helpers", lambda: pool)
        monkeypatch.setattr(offload, "PARALLEL", True)
        first = offload.analyse_pair(left, right, None, None, (), (), saved=tmp_path)
        deadline = time.monotonic() + 60  # a guard: the condition is what is waited for
        while not list(tmp_path.glob("*.json")):  # kept by a helper after the answer came
            assert time.monotonic() < deadline
            time.sleep(0.05)  # polling a file another process writes
        [path] = list(tmp_path.glob("*.json"))  # written atomically: whole once it is there
        data = json.loads(path.read_text(encoding="utf-8"))
        assert len(data["wording"]) == len(first.wording)  # ... with the wording found alongside
        data["shared"][0][2] = 123.0  # a mark: the next answer must come from this file
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        second = offload.analyse_pair(left, right, None, None, (), (), saved=tmp_path)
        assert second.shared[0].score == 123.0
        assert [t.term for t in second.shared] == [t.term for t in first.shared]
        assert second.left_text.original is left.text
        assert saved_analyses.load(tmp_path, path.stem, left, right) is not None
    finally:
        pool.shutdown()


sigkill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL here")


@pytest.mark.parametrize(
    ("work", "how"),
    [pytest.param(killed, "SIGKILL", marks=sigkill), (exits, "exit code 3")],
    ids=["killed", "exits"],
)
def test_a_helper_that_dies_at_work_fails_its_call_and_the_next_call_works(helpers, work, how):
    first = helpers.call(process_id)  # started: the guard measures the death, not a start
    kind, error = guarded(lambda: helpers.call(work, progress=lambda _d, _t: None))
    assert kind == "error" and isinstance(error, offload.HelperDied), error
    assert isinstance(error, DuiduError)  # shown to the user as its sentence, translated:
    assert sentence_of(error).template == offload.HELPER_DIED
    assert str(error) == (
        f"A helper process ended before it finished ({how}); try again. If it happens again, "
        "the computer may be short of memory."
    )
    kind, again = guarded(lambda: helpers.call(process_id), 60)  # a new helper starts
    assert kind == "value" and again not in (first, os.getpid())


@sigkill
def test_a_helpers_death_fails_only_its_own_job():
    pool = offload.Helpers(processes=2)
    try:
        reported = threading.Event()
        stop = threading.Event()
        result: list[object] = []

        def wait() -> None:
            try:
                result.append(
                    pool.call(
                        until_cancelled,
                        progress=lambda _d, _t: reported.set(),
                        cancelled=stop.is_set,
                    )
                )
            except BaseException as error:
                result.append(error)

        other = threading.Thread(target=wait)
        other.start()
        assert reported.wait(30)  # one helper is at work
        kind, error = guarded(lambda: pool.call(killed))  # the other dies at work
        assert kind == "error" and isinstance(error, offload.HelperDied), error
        reported.clear()
        assert reported.wait(10) and not result  # the first helper works on, unharmed
        stop.set()
        other.join(10)
        assert not other.is_alive() and isinstance(result[0], Cancelled)
        assert guarded(lambda: pool.call(process_id), 60)[0] == "value"
    finally:
        pool.shutdown()


@pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="reads /proc (Linux)")
def test_a_helper_killed_while_idle_is_replaced_before_the_next_job(helpers):
    """An idle helper killed (by the system, for memory) costs the next job nothing: it is
    found dead and replaced (a multiprocessing.Pool wedged: the dead worker held the lock
    the others read their jobs under)."""
    import time

    first = helpers.call(process_id)
    os.kill(first, signal.SIGKILL)
    stat = Path(f"/proc/{first}/stat")
    deadline = time.monotonic() + 30  # a guard: the condition is what is waited for
    while stat.is_file() and stat.read_text().rsplit(")", 1)[-1].split()[0] != "Z":
        assert time.monotonic() < deadline
        time.sleep(0.01)  # polling the state of another process
    kind, again = guarded(lambda: helpers.call(process_id), 60)
    assert kind == "value" and again not in (first, os.getpid()), again
