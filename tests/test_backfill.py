"""Parts a page prints as "too large to render" are filled from botocore's model, and only those."""

from __future__ import annotations

from codegen.core import botocore_model as bm
from codegen.core.ir import MapOf, Member, Scalar, StringShape, Structure
from codegen.stages.parse.backfill import convert, overlay


def _request_body_shape() -> object:
    """WAFv2's RequestBody: a map whose key is an enum (AssociatedResourceType)."""
    model = bm.service_model("wafv2")
    op = bm.operation(model, "CreateWebACL")
    return bm.member(bm.member(op.input_shape, "AssociationConfig"), "RequestBody")


def test_converted_map_keeps_the_enum_of_its_key() -> None:
    b = _request_body_shape()
    shape = convert(b, (), {}, is_input=True)
    assert isinstance(shape, MapOf)
    assert isinstance(shape.key, StringShape)
    assert shape.key.enum and "CLOUDFRONT" in shape.key.enum
    assert shape.key.from_model


def test_overlay_names_an_enum_key_the_syntax_printed_as_string() -> None:
    """Request Syntax prints every map key as 'string'; with the docs unrendered, the model says which."""
    b = _request_body_shape()
    value = Structure(members={"DefaultSizeInspectionLimit": Member(shape=StringShape(enum=("KB_16", "KB_32")))})
    from_syntax = MapOf(StringShape(), value)
    filled = overlay(from_syntax, b, is_input=True)
    assert isinstance(filled, MapOf) and isinstance(filled.key, StringShape)
    assert filled.key.enum and set(filled.key.enum) >= {"CLOUDFRONT", "API_GATEWAY"}
    # what the syntax did print is kept: the value's enum is the page's, not the model's
    value_member = filled.value.members["DefaultSizeInspectionLimit"]  # type: ignore[union-attr]
    assert value_member.shape == StringShape(enum=("KB_16", "KB_32"))
    assert value_member.required  # the model's required flag, which only the docs would show


def test_overlay_leaves_a_plain_string_key_alone() -> None:
    """A map whose key is a plain string in the model stays a plain string."""
    model = bm.service_model("sagemaker")
    op = bm.operation(model, "CreateTrainingJob")
    env = bm.member(op.input_shape, "Environment")
    filled = overlay(MapOf(StringShape(), StringShape()), env, is_input=True)
    assert filled == MapOf(StringShape(), StringShape())
    assert overlay(Scalar("integer"), None, is_input=True) == Scalar("integer")
