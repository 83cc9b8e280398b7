"""Merging pages into one dated history (synthetic pages written with tests.render_pages)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from codegen.core.diagnostics import Report
from codegen.core.ir import Member, Operation, Scalar, StringShape, Structure
from codegen.core.serialize import service_json
from codegen.pipeline import load_service
from tests.helpers import SPECS, resolve
from tests.render_pages import render_page

TITLE = "Amazon Example Service"


def _op(members: dict[str, Member], doc: str = "Gets a thing.") -> Operation:
    return Operation(
        name="GetThing",
        method="get_thing",
        status="updated",
        doc=doc,
        input=Structure(members={"Id": Member(StringShape(), required=True, doc="The id.")}),
        output=Structure(members={"Thing": Member(Structure(members=members), doc="The thing.")}),
        page="",
    )


def _write(folder: Path, fname: str, date: str, op: Operation, changes: str | None = None) -> Path:
    text = render_page(TITLE, date, [op])
    if changes:
        text = text.replace(
            "GetThing (updated) Link ¶\n", f"GetThing (updated) Link ¶\nChanges (response)\n{changes}\n", 1
        )
    path = folder / fname
    path.write_text(text, encoding="utf-8")
    return path


STATUS_AB = Member(StringShape(enum=("A", "B")), doc="Status.")
STATUS_ABC = Member(StringShape(enum=("A", "B", "C")), doc="Status.")
NAME = Member(StringShape(), doc="Name.")
SIZE = Member(Scalar("integer"), doc="Size.")


def _thing(svc, op: str = "GetThing") -> Structure:  # type: ignore[no-untyped-def]
    out = resolve(svc, svc.operations[op].output)
    assert isinstance(out, Structure)
    thing = resolve(svc, out.members["Thing"].shape)
    assert isinstance(thing, Structure)
    return thing


def test_enum_value_and_member_added(tmp_path: Path) -> None:
    a = _write(tmp_path, "b-older.txt", "2024-01-01", _op({"Status": STATUS_AB, "Name": NAME}))
    b = _write(
        tmp_path,
        "a-newer.txt",
        "2024-02-01",
        _op({"Status": STATUS_ABC, "Name": NAME, "Size": SIZE}, doc="Gets a thing, newer."),
        changes="{'Thing': {'Size': 'integer', 'Status': {'C'}}}",
    )
    report = Report()
    svc = load_service([b, a], report)  # order on disk and on the command line is not by date
    assert [p.date for p in svc.pages] == ["2024-01-01", "2024-02-01"]
    assert svc.operations["GetThing"].doc == "Gets a thing, newer."  # the newest page defines it
    thing = _thing(svc)
    assert thing.members["Size"].since == "2024-02-01" and thing.members["Size"].introduced
    assert thing.members["Name"].since == "2024-01-01" and not thing.members["Name"].introduced
    status = resolve(svc, thing.members["Status"].shape)
    assert isinstance(status, StringShape)
    assert status.enum == ("A", "B", "C")
    assert status.enum_since == {"A": "2024-01-01", "B": "2024-01-01", "C": "2024-02-01"}
    assert "C" in status.enum_introduced


def test_member_without_changes_entry_dates_from_first_appearance(tmp_path: Path) -> None:
    a = _write(tmp_path, "1.txt", "2024-01-01", _op({"Name": NAME}))
    b = _write(tmp_path, "2.txt", "2024-03-01", _op({"Name": NAME, "Size": SIZE}))
    svc = load_service([a, b], Report())
    size = _thing(svc).members["Size"]
    assert size.since == "2024-03-01" and not size.introduced


def test_contradiction_is_reported_and_newer_wins(tmp_path: Path) -> None:
    a = _write(tmp_path, "old.txt", "2024-01-01", _op({"Name": NAME}))
    b = _write(tmp_path, "new.txt", "2024-05-01", _op({"Name": Member(Scalar("integer"), doc="Name.")}))
    report = Report()
    svc = load_service([a, b], report)
    assert _thing(svc).members["Name"].shape == Scalar("integer")
    conflicts = [d for d in report.warnings if "changes type" in d.message]
    assert len(conflicts) == 1
    assert str(a) in conflicts[0].message and str(b) in conflicts[0].message
    # both renderings are named by file:line, so the two pages can be opened where they disagree
    assert re.search(re.escape(str(a)) + r":\d+\)", conflicts[0].message), conflicts[0].message
    assert re.search(re.escape(str(b)) + r":\d+\)", conflicts[0].message), conflicts[0].message


def test_removed_member_and_enum_value_stay_loadable(tmp_path: Path) -> None:
    a = _write(tmp_path, "1.txt", "2024-01-01", _op({"Status": STATUS_ABC, "Size": SIZE}))
    b = _write(tmp_path, "2.txt", "2024-06-01", _op({"Status": STATUS_AB}))
    svc = load_service([a, b], Report())
    thing = _thing(svc)
    assert thing.members["Size"].removed == "2024-06-01"
    status = resolve(svc, thing.members["Status"].shape)
    assert isinstance(status, StringShape)
    assert status.enum is not None and "C" in status.enum
    assert status.enum_removed == {"C": "2024-06-01"}


def test_generation_is_deterministic_and_order_independent() -> None:
    pages = sorted(SPECS.glob("*.txt"))
    first = json.dumps(service_json(load_service(pages, Report())), sort_keys=False)
    shuffled = pages[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != pages
    second = json.dumps(service_json(load_service(shuffled, Report())), sort_keys=False)
    assert first == second


def test_specs_merge_without_conflicts() -> None:
    report = Report()
    svc = load_service([SPECS], report)
    assert len(svc.pages) == 346  # the whole change log, 2017-11-29 to 2026-12-02
    assert len(svc.operations) == 453
    assert not [d for d in report.warnings if "changes type" in d.message or "differs where" in d.message]
    td = svc.shapes["TargetDevice"]
    assert isinstance(td, StringShape) and td.enum_since["amba_cv2"] == "2021-12-08"
