"""Every operation in the specs, through botocore's Stubber (which validates against botocore's model).

Responses are generated from the IR by hypothesis; requests are the smallest
valid ones. The Stubber checks the exact request params smtyped sent; the
typed result must convert back to the exact response.
"""

from __future__ import annotations

from typing import Any

import botocore.session
import pytest
from botocore.stub import Stubber
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from codegen.core.ir import ListOf, MapOf, Ref, Shape, StringShape, Structure
from codegen.core.names import field_names
from smtyped import SageMakerClient
from smtyped._registry import ENUMS, SHAPES
from tests.wire_values import sample_request, specs_service, strategy

SVC = specs_service()
MODEL = botocore.session.get_session().get_service_model("sagemaker")
OPS = sorted(SVC.operations)
#: one client for every test (each adds and removes its own Stubber): making one costs ~100 ms
CLIENT = botocore.session.get_session().create_client(
    "sagemaker", region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="testing"
)


def to_python(shape: Shape, value: Any) -> Any:
    """A wire value as the typed argument a user would pass."""
    if isinstance(shape, Ref):
        target = SVC.shapes[shape.name]
        if isinstance(target, StringShape):
            return ENUMS[shape.name](value)
        return SHAPES[shape.name].from_dict(value)
    if isinstance(shape, ListOf):
        return [to_python(shape.member, v) for v in value]
    if isinstance(shape, MapOf):
        return {k: to_python(shape.value, v) for k, v in value.items()}
    return value


def test_every_operation_has_a_method() -> None:
    assert len(OPS) >= 120
    for name in OPS:
        assert callable(getattr(SageMakerClient, SVC.operations[name].method))


@pytest.mark.parametrize("op_name", OPS)
@settings(
    max_examples=2,
    deadline=None,
    phases=[Phase.generate],  # no shrinking: a failing case is printed as generated
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_operation_through_stubber(op_name: str, data: st.DataObject) -> None:
    op = SVC.operations[op_name]
    bop = MODEL.operation_model(op_name)
    assert isinstance(op.input, Ref)
    inp = SVC.shapes[op.input.name]
    assert isinstance(inp, Structure)
    request = sample_request(SVC, inp, bop.input_shape) if bop.input_shape is not None else {}
    out_shape = bop.output_shape
    response = data.draw(strategy(SVC, op.output, out_shape, use_botocore=True)) if out_shape is not None else {}

    client = CLIENT
    names = field_names(inp.members)
    kwargs = {names[k]: to_python(inp.members[k].shape, v) for k, v in request.items()}
    with Stubber(client) as stubber:
        stubber.add_response(op.method, response, expected_params=request)
        result = getattr(SageMakerClient(client=client), op.method)(**kwargs)
        stubber.assert_no_pending_responses()
    assert type(result).__name__ == op.output.name  # type: ignore[union-attr]
    out = SVC.shapes[op.output.name]  # type: ignore[union-attr]
    assert isinstance(out, Structure)
    got = result.to_dict()
    got.pop("ResponseMetadata", None)
    assert got == response
    attrs_of = field_names(out.members)
    for wire, value in response.items():  # field by field, through the attribute names
        assert plain(getattr(result, attrs_of[wire])) == value


def plain(value: Any) -> Any:
    """Typed values back to wire values, without going through ``to_dict`` of the parent."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
