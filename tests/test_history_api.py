"""smtyped.history: the dates read off the change-log pages, at run time."""

from __future__ import annotations

import subprocess
import sys

import pytest

from codegen.core.ir import Structure
from codegen.public_api import generated_methods
from smtyped import SageMakerClient, history
from smtyped._registry import ENUMS, SHAPES
from smtyped.enums import TargetDevice
from smtyped.shapes import UserContext


def test_amba_cv2_was_added_by_the_2021_12_08_page() -> None:
    """The seed page's Changes block lists {'amba_cv2'} as new for TargetDevice."""
    assert history.values(TargetDevice)["amba_cv2"] == history.Dates("2021-12-08", None, True)
    assert history.values("TargetDevice") == history.values(TargetDevice)


def test_iam_identity_was_added_by_the_2023_03_08_page() -> None:
    dates = history.fields(UserContext)
    assert dates["iam_identity"] == history.Dates("2023-03-08", None, True)
    assert all(d.since and d.since < "2023-03-08" for name, d in dates.items() if name != "iam_identity")


def test_every_shape_and_enum_has_its_dates() -> None:
    from codegen.core.names import field_names
    from tests.wire_values import specs_service

    ir = specs_service().shapes
    for name in SHAPES.names():
        cls = SHAPES[name]
        dates = history.fields(cls)
        # the history also lists removed members; the class has exactly the current ones
        assert tuple(k for k, d in dates.items() if d.removed is None) == cls._FIELDS, name
        shape = ir[name]
        assert isinstance(shape, Structure)
        undated = {field_names(shape.members)[w] for w, m in shape.members.items() if m.from_model and not m.since}
        # a date is unknown only for a member no page shows (taken from botocore's model)
        assert {k for k, d in dates.items() if not d.since} == undated, name
    for name in ENUMS.names():
        if name.endswith("Literal"):
            continue
        cls = ENUMS[name]
        dates = history.values(cls)
        assert {m.value for m in cls} <= set(dates), name
        assert all(d.since and (d.removed is None or d.removed > d.since) for d in dates.values()), name


def test_operations_by_method_or_api_name() -> None:
    methods = [
        m
        for m in generated_methods(SageMakerClient)
        if not m.startswith(("_", "paginate_", "wait_until_")) and callable(getattr(SageMakerClient, m))
    ]
    assert len(methods) >= 100
    for method in methods:
        assert history.operation(method).since, method
    assert history.operation("CreateCompilationJob") == history.operation("create_compilation_job")
    assert history.oldest() <= history.operation("create_compilation_job").since  # type: ignore[operator]


@pytest.mark.parametrize(
    "call",
    [lambda: history.fields("NoSuchShape"), lambda: history.values("NoSuchEnum"), lambda: history.operation("nope")],
)
def test_unknown_names_say_what_was_asked(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError, match="in the specs smtyped was generated from"):
        call()


def test_tables_load_on_first_use() -> None:
    code = (
        "import sys, smtyped.history as h\n"
        "print('smtyped._generated._history' in sys.modules)\n"
        "h.oldest(); print('smtyped._generated._history' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]
