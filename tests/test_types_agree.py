"""Types and run time agree over the whole API, checked from botocore's model, not hand-picked.

- Every operation: a response with the members botocore marks required (and any of the others)
  lets every attribute its class types non-Optional be read, at every depth.
- Every resource: what ``create``, ``get``, ``list`` and ``refresh`` return reads every
  non-Optional field (on a client whose calls answer with such responses).
- Every request: botocore's dict, given whole (``from_dict``) or as dicts at any depth in the
  keywords, is sent exactly as given; a wrong value in it is a RequestTypeError naming its path.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import botocore.model
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from codegen.core.ir import Ref, Structure
from codegen.core.names import field_names
from smtyped import SageMakerClient, resources, shapes
from smtyped._base import Shape
from smtyped.errors import RequestTypeError
from tests.annotations import hints as _hints
from tests.annotations import optional as _optional
from tests.helpers import ORACLE
from tests.model_compare import load_model
from tests.test_client_stubber import CLIENT, SVC
from tests.wire_values import strategy

MODEL = botocore.model.ServiceModel(load_model(ORACLE), service_name="sagemaker")
#: operations both the specs and the oracle model know
OPS = sorted(set(MODEL.operation_names) & set(SVC.operations))
BY_METHOD = {SVC.operations[name].method: name for name in OPS}
RESOURCES = sorted(resources.__all__[1:])  # LogEvent first, then the resource classes
SETTINGS = settings(
    max_examples=2,
    deadline=None,
    phases=[Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def readable(value: Any, where: str, depth: int = 0) -> Iterator[str]:
    """Every non-Optional attribute under ``value`` that fails to read (its path and error)."""
    if isinstance(value, list):
        for i, item in enumerate(value[:2]):
            yield from readable(item, f"{where}[{i}]", depth)
        return
    if not isinstance(value, Shape) or depth > 4:
        return
    for attr, hint in _hints(type(value)).items():
        try:
            got = getattr(value, attr)
        except Exception as err:
            if not _optional(hint):
                yield f"{where}.{attr}: {type(err).__name__}: {err}"
            continue
        yield from readable(got, f"{where}.{attr}", depth + 1)


def response(data: st.DataObject, op_name: str) -> dict[str, Any]:
    op, bop = SVC.operations[op_name], MODEL.operation_model(op_name)
    if bop.output_shape is None:
        return {}
    drawn: dict[str, Any] = data.draw(strategy(SVC, op.output, bop.output_shape, use_botocore=True))
    return drawn


def answering(data: st.DataObject, sent: list[tuple[str, dict[str, Any]]] | None = None) -> SageMakerClient:
    """A client whose every call answers with a response drawn from botocore's model."""
    sm = SageMakerClient(client=CLIENT)

    def call(method: str, params: dict[str, Any]) -> dict[str, Any]:
        if sent is not None:
            sent.append((method, params))
        return response(data, BY_METHOD[method])

    def pages(method: str, params: dict[str, Any], **paging: Any) -> Iterator[dict[str, Any]]:
        yield call(method, params)  # one page: nothing here may reach botocore's sending

    sm._call = call  # type: ignore[method-assign]
    sm._pages = pages  # type: ignore[method-assign]
    return sm


@pytest.mark.parametrize("op_name", OPS)
@SETTINGS
@given(data=st.data())
def test_every_non_optional_attribute_of_a_response_reads(op_name: str, data: st.DataObject) -> None:
    op = SVC.operations[op_name]
    assert isinstance(op.output, Ref)
    wire = response(data, op_name)
    result = getattr(shapes, op.output.name)._from_wire(wire)
    assert list(readable(result, op.output.name)) == []


def _argument(annotation: str) -> Any:
    return 1 if annotation.split(" | ")[0] == "int" else "a1"


@pytest.mark.parametrize("name", RESOURCES)
@SETTINGS
@given(data=st.data())
def test_every_non_optional_field_of_a_resource_reads(name: str, data: st.DataObject) -> None:
    cls = getattr(resources, name)
    sent: list[tuple[str, dict[str, Any]]] = []
    sm = answering(data, sent)
    ids = {
        p.name: _argument(p.annotation)
        for p in list(inspect.signature(cls.get).parameters.values())[1:]
        if p.default is inspect.Parameter.empty
    }
    got = cls.get(sm, **ids)
    assert list(readable(got, f"{name}.get()")) == []
    assert list(readable(got.refresh(), f"{name}.refresh()")) == []
    if hasattr(cls, "create"):
        method = _method_of(cls.create)
        op = SVC.operations[BY_METHOD[method]]
        request = data.draw(_request(op.name))
        kwargs = _keywords(op.name, request)
        made = cls.create(sm, **kwargs)
        assert [m for m, _ in sent[-2:]] == [method, cls._DESCRIBE]  # created, then described
        assert list(readable(made, f"{name}.create()")) == []
    if hasattr(cls, "list"):
        needed = {
            p.name: _argument(p.annotation)
            for p in list(inspect.signature(cls.list).parameters.values())[1:]
            if p.default is inspect.Parameter.empty and p.kind is inspect.Parameter.KEYWORD_ONLY
        }
        for item in _take(cls.list(sm, **needed), 2):
            assert list(readable(item, f"{name}.list()")) == []


def _take(items: Any, n: int) -> list[Any]:
    out = []
    for item in items:
        out.append(item)
        if len(out) == n:
            break
    return out


def _method_of(create: Callable[..., Any]) -> str:
    source = inspect.getsource(create)
    return source.split("client.", 1)[1].split("(", 1)[0]


def _request(op_name: str) -> st.SearchStrategy[dict[str, Any]]:
    op, bop = SVC.operations[op_name], MODEL.operation_model(op_name)
    if bop.input_shape is None:
        return st.just({})
    # the members the pages mark required too: the classes require them (botocore may no longer)
    return strategy(SVC, op.input, bop.input_shape, use_botocore=True, spec_required=True)


def _keywords(op_name: str, wire: dict[str, Any]) -> dict[str, Any]:
    """A request's wire dict as the method's keywords, each value still in its wire form."""
    op = SVC.operations[op_name]
    assert isinstance(op.input, Ref)
    inp = SVC.shapes[op.input.name]
    assert isinstance(inp, Structure)
    names = field_names(inp.members)
    return {names[k]: v for k, v in wire.items()}


def _first_text(value: Any, path: str) -> tuple[str, list[Any]] | None:
    """The path to the first string in a wire value, and the keys/indexes leading to it."""
    if isinstance(value, str):
        return path, []
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        sub = f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}"
        found = _first_text(item, sub)
        if found is not None:
            return found[0], [key, *found[1]]
    return None


@pytest.mark.parametrize("op_name", OPS)
@SETTINGS
@given(data=st.data())
def test_every_request_as_dicts_at_any_depth(op_name: str, data: st.DataObject) -> None:
    op = SVC.operations[op_name]
    wire = data.draw(_request(op_name))
    sent: list[tuple[str, dict[str, Any]]] = []
    sm = answering(data, sent)
    method = getattr(sm, op.method)
    assert isinstance(op.input, Ref)
    request_cls = getattr(shapes, op.input.name)
    method(request_cls.from_dict(wire))  # whole
    method(**_keywords(op_name, wire))  # every structure in the keywords a dict
    assert [params for _, params in sent] == [wire, wire]
    # a wrong value anywhere: a RequestTypeError naming its path, both ways
    found = _first_text(wire, "")
    if found is None or not found[1]:
        return
    keys = found[1]
    broken: Any = {**wire}
    holder = broken
    for key in keys[:-1]:
        holder[key] = dict(holder[key]) if isinstance(holder[key], dict) else list(holder[key])
        holder = holder[key]
    holder[keys[-1]] = 12345
    with pytest.raises(RequestTypeError) as caught:
        method(**_keywords(op_name, broken))
    assert caught.value.method == op.method and "got int" in str(caught.value)
    path = caught.value.path
    assert path.startswith(next(iter(_keywords(op_name, {keys[0]: None})))), path  # the keyword first
    if len(keys) > 1:  # then the dict's own keys, down to the wrong value
        tail = keys[-1]
        assert path.endswith(f"[{tail}]" if isinstance(tail, int) else (f".{tail}", f"[{tail!r}]")), path
    with pytest.raises(RequestTypeError):
        request_cls.from_dict(broken)


def _ended_snapshot(cls: Any, status: str) -> Any:
    """A resource described in ``status``, on a client that fails the test if it is called."""

    def no_call(method: str, params: dict[str, Any]) -> dict[str, Any]:
        raise AssertionError(f"wait() on an ended snapshot called {method}")

    sm = SageMakerClient(client=CLIENT)
    sm._call = no_call  # type: ignore[method-assign]
    attr = cls._STATUS
    wire = dict(zip(cls._FIELDS, cls._WIRE))[attr]
    return cls._of({wire: status}, sm, {"Name": "x"})


WITH_STATUS = [n for n in RESOURCES if getattr(resources, n)._STATUS]


@pytest.mark.parametrize("name", WITH_STATUS)
def test_wait_on_every_ended_resource_makes_no_call(name: str) -> None:
    from smtyped.errors import ResourceFailed

    cls = getattr(resources, name)
    assert cls._TERMINAL, name
    for status in sorted(cls._TERMINAL):
        snapshot = _ended_snapshot(cls, status)
        if status in cls._FAILED:
            with pytest.raises(ResourceFailed) as caught:
                snapshot.wait(poll=0.01)
            assert caught.value.resource is snapshot
        else:
            assert snapshot.wait(poll=0.01) is snapshot
            assert snapshot.wait_for_status(status) is snapshot


@pytest.mark.parametrize("name", WITH_STATUS)
def test_async_wait_on_every_ended_resource_makes_no_call(name: str) -> None:
    """The async resources share the check (smtyped._aio_resource); without aiobotocore here,
    the awaited wait is driven directly: it must finish without awaiting any call."""
    import importlib

    from smtyped.errors import ResourceFailed

    aio = importlib.import_module("smtyped._generated.aio_resources")
    cls = getattr(aio, name)
    for status in sorted(cls._TERMINAL):
        snapshot = _ended_snapshot(cls, status)
        coro = snapshot.wait(poll=0.01)
        try:
            coro.send(None)
        except StopIteration as done:
            assert status not in cls._FAILED and done.value is snapshot
        except ResourceFailed:
            assert status in cls._FAILED
        else:
            coro.close()
            raise AssertionError(f"{name}.wait() awaited something on an ended snapshot ({status})")
