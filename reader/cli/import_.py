"""``duidu import``: annotations from a JSON export (or a notes file) into your notes."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import fail, tell_problems
from reader.core.errors import DuiduError

NAME = "import"
HELP = "merge annotations from a JSON export into your notes"
DESCRIPTION = (
    "Merge annotations from a JSON export (or a notes file) into your notes, "
    "by id: newer versions replace older ones and nothing is duplicated."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.json")


def run(args: argparse.Namespace) -> int:
    from reader.core.notes.notebook import import_annotations, read_import_file
    from reader.core.notes.store import AnnotationStore
    from reader.paths import resolve_data_dir

    store = None
    try:
        annotations = read_import_file(args.file)
        store = AnnotationStore(resolve_data_dir(args.data_dir))
        report = import_annotations(store, annotations)
    except DuiduError as error:
        return fail(f"{error}")
    except OSError as error:
        return fail(f"the notes could not be saved: {error}")
    finally:
        set_aside = tell_problems(store) if store is not None else 0
    print(report.sentence(), file=sys.stderr)
    if set_aside:
        return fail(
            "notes files that could not be read were set aside (above); the imported notes "
            "were saved afresh beside them."
        )
    return 0
