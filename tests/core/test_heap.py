"""The collector's policy: no full collection while background work builds something big."""

from __future__ import annotations

import gc
import threading

from reader.core import heap


def test_full_collections_wait_while_work_runs_and_what_it_built_is_frozen_after():
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with heap.bulk_work():
        assert heap.busy()
        assert gc.get_threshold()[:2] == before[:2]  # young generations still collected
        assert gc.get_threshold()[2] > 10**8  # the old one: not while this runs
        built = [[k] for k in range(10_000)]
    assert not heap.busy()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() >= frozen + len(built)  # out of every later collection's way


def test_overlapping_work_on_several_threads_restores_the_collector_once_all_ended():
    before = gc.get_threshold()
    entered, release = threading.Barrier(3), threading.Event()

    def work() -> None:
        with heap.bulk_work():
            entered.wait(10)
            release.wait(10)

    workers = [threading.Thread(target=work) for _ in range(2)]
    for worker in workers:
        worker.start()
    entered.wait(10)
    with heap.bulk_work():  # nested in the others
        pass
    assert heap.busy() and gc.get_threshold()[2] > 10**8
    release.set()
    for worker in workers:
        worker.join(10)
    assert not heap.busy()
    assert gc.get_threshold() == before


def test_cycles_made_during_the_work_are_still_collected_when_young():
    class Node:
        pass

    gc.collect()
    with heap.bulk_work():
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle, garbage at once
        del a, b
    # settle() collected the young generations before freezing: the cycle is gone.
    assert not [o for o in gc.get_objects() if type(o) is Node]
