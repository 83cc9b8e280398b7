"""The specs are checked as a set, and every regeneration says what it adds and removes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import SPECS, run_cli

FIRST, SECOND = SPECS / "2017-11-29.txt", SPECS / "2018-01-17.txt"


def _specs(tmp_path: Path, pages: dict[str, str]) -> Path:
    folder = tmp_path / "specs" / "sagemaker"
    folder.mkdir(parents=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _generate(tmp_path: Path, folder: Path, *extra: str) -> tuple[int, str]:
    proc = run_cli("generate", "--quiet", "--specs", str(folder), "--out", str(tmp_path / "out" / "_generated"), *extra)
    return proc.returncode, proc.stderr


def test_file_name_must_match_the_page_date(tmp_path: Path) -> None:
    folder = _specs(tmp_path, {"2024-03-01.txt": FIRST.read_text()})
    code, err = _generate(tmp_path, folder)
    assert code == 1
    assert "2024-03-01.txt:1: error: the file name says 2024-03-01 but the page's header says 2017-11-29" in err
    assert not (tmp_path / "out").exists()


def test_the_same_release_twice_is_an_error(tmp_path: Path) -> None:
    text = FIRST.read_text()
    folder = _specs(tmp_path, {"2017-11-29.txt": text, "2017-11-29-copy.txt": text})
    code, err = _generate(tmp_path, folder)
    assert code == 1
    assert "a second page for 2017-11-29" in err and "the same content as" in err


def test_files_that_are_not_pages_are_named_even_with_quiet(tmp_path: Path) -> None:
    folder = _specs(tmp_path, {"2017-11-29.txt": FIRST.read_text(), "notes.md": "x", "2018-01-10.TXT": "y"})
    code, err = _generate(tmp_path, folder)
    assert code == 0, err
    assert "2 files are not pages (only *.txt are read) and were skipped: 2018-01-10.TXT, notes.md" in err


def test_every_run_prints_what_it_adds_and_a_lost_operation_stops_it(tmp_path: Path) -> None:
    folder = _specs(tmp_path, {"2017-11-29.txt": FIRST.read_text()})
    code, err = _generate(tmp_path, folder)
    assert code == 0, err
    assert "API changes: added 29 operations" in err  # the launch page, printed under --quiet
    shutil.copyfile(SECOND, folder / SECOND.name)
    code, err = _generate(tmp_path, folder)
    assert code == 0, err
    assert "API changes: added 0 operations" in err and "added 0 operations, 0 members, 0 enum values" not in err
    # the first page cut short at an operation boundary: its last operation disappears
    text = FIRST.read_text()
    cut = text.rindex("\n", 0, text.rindex("(new) Link"))
    (folder / FIRST.name).write_text(text[:cut] + "\n", encoding="utf-8")
    before = (tmp_path / "out" / "_generated" / "client.py").read_text()
    code, err = _generate(tmp_path, folder)
    assert code == 1
    assert "removed operation:" in err and "operations would disappear" in err
    assert (tmp_path / "out" / "_generated" / "client.py").read_text() == before  # nothing written
    code, err = _generate(tmp_path, folder, "--allow-removed-operations")
    assert code == 0, err


@pytest.mark.parametrize("bad", ["2018-01-17.txt"])
def test_a_page_renamed_to_another_date_in_the_real_specs_is_caught(tmp_path: Path, bad: str) -> None:
    folder = _specs(tmp_path, {bad: FIRST.read_text()})
    code, err = _generate(tmp_path, folder)
    assert code == 1 and bad in err
