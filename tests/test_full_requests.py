"""Every operation at full size, against botocore 1.44.18's model (the newest page's release).

A request with every member reaches botocore exactly as built; a response with every member,
its enum values replaced by ones nobody knows yet, comes back lossless; and each method
requires exactly the keywords botocore requires.
"""

from __future__ import annotations

import inspect
from typing import Any

import botocore.model
import botocore.session
import pytest
from botocore.stub import Stubber

from codegen.core.ir import Ref, Structure
from codegen.core.names import field_names
from smtyped import SageMakerClient
from tests.helpers import ORACLE
from tests.model_compare import load_model
from tests.samples import full_value
from tests.test_client_stubber import SVC, to_python

MODEL = botocore.model.ServiceModel(load_model(ORACLE), service_name="sagemaker")
OPS = sorted(MODEL.operation_names)
#: one client for all (a Stubber is added and removed per test): making one costs ~100 ms
CLIENT = botocore.session.get_session().create_client(
    "sagemaker", region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="testing"
)


def unknown_enums(b: Any, value: Any) -> Any:
    """``value`` with every enum value replaced by one the specs cannot know."""
    if b.type_name == "structure" and isinstance(value, dict):
        return {k: unknown_enums(b.members[k], v) for k, v in value.items()}
    if b.type_name == "list":
        return [unknown_enums(b.member, v) for v in value]
    if b.type_name == "map":
        return {k: unknown_enums(b.value, v) for k, v in value.items()}
    if b.type_name == "string" and b.enum:
        return "FromTheFuture2030"
    return value


def test_all_453_operations_are_methods() -> None:
    assert len(OPS) == 453
    assert {SVC.operations[name].method for name in OPS} <= set(dir(SageMakerClient))


@pytest.mark.parametrize("op_name", OPS)
def test_required_keywords_match_botocore(op_name: str) -> None:
    op = SVC.operations[op_name]
    b = MODEL.operation_model(op_name).input_shape
    members = list(b.members) if b is not None else []
    names = field_names(members)
    required = {names[k] for k in (b.required_members if b is not None else [])}
    params = inspect.signature(getattr(SageMakerClient, op.method)).parameters.values()
    without_default = {p.name for p in params if p.default is inspect.Parameter.empty and p.name != "self"}
    assert without_default == required


@pytest.mark.parametrize("op_name", OPS)
def test_every_member_both_ways(op_name: str) -> None:
    op = SVC.operations[op_name]
    bop = MODEL.operation_model(op_name)
    request = full_value(bop.input_shape) if bop.input_shape is not None else {}
    response = unknown_enums(bop.output_shape, full_value(bop.output_shape)) if bop.output_shape else {}
    assert isinstance(op.input, Ref)
    inp = SVC.shapes[op.input.name]
    assert isinstance(inp, Structure)
    names = field_names(inp.members)
    kwargs = {names[k]: to_python(inp.members[k].shape, v) for k, v in request.items()}
    with Stubber(CLIENT) as stubber:
        stubber.add_response(op.method, response, expected_params=request)
        result = getattr(SageMakerClient(client=CLIENT), op.method)(**kwargs)
        stubber.assert_no_pending_responses()
    got = result.to_dict()
    got.pop("ResponseMetadata", None)
    assert got == response
