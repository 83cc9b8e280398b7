"""Errors users can catch: typed classes, boto3's ``client.exceptions``, and "not found" across operations."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.exceptions import ClientError

from codegen.core import botocore_model
from smtyped import errors
from smtyped.errors import ResourceNotFound, SageMakerError, ValidationError, is_not_found


def test_every_error_code_in_botocores_model_has_a_typed_class() -> None:
    data = botocore_model.load_data("sagemaker", "service-2")
    assert data is not None
    codes = {name for name, shape in data["shapes"].items() if shape.get("exception")}
    assert codes
    assert codes <= {cls.code for cls in errors._BY_CODE.values()}


def test_boto3_style_except_clause_still_catches(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    stubber.add_client_error("describe_compilation_job", service_error_code="ResourceNotFound", service_message="gone")
    with pytest.raises(sm.client.exceptions.ResourceNotFound) as info:
        sm.describe_compilation_job(compilation_job_name="x")
    err = info.value
    assert isinstance(err, ResourceNotFound) and isinstance(err, ClientError)
    assert err.error_message == "gone" and is_not_found(err)
    assert isinstance(err.original, sm.client.exceptions.ResourceNotFound)


def test_an_unmodelled_code_is_the_generic_error(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    stubber.add_client_error("describe_compilation_job", service_error_code="SomethingNew", service_message="?")
    with pytest.raises(SageMakerError) as info:
        sm.describe_compilation_job(compilation_job_name="x")
    assert type(info.value) is SageMakerError and info.value.error_code == "SomethingNew"
    assert not is_not_found(info.value)


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("describe_model_package", {"model_package_name": "no-such-package"}),
        ("describe_endpoint", {"endpoint_name": "no-such-endpoint"}),
    ],
)
def test_missing_resources_on_moto_answer_validation_exception(sm: Any, method: str, kwargs: dict[str, str]) -> None:
    """What the docs say: these describes answer ValidationException, and is_not_found sees it."""
    with pytest.raises(ValidationError) as info:
        getattr(sm, method)(**kwargs)
    assert info.value.error_code == "ValidationException"
    assert is_not_found(info.value)


def test_a_validation_error_about_something_else_is_not_not_found(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    stubber.add_client_error(
        "describe_compilation_job", service_error_code="ValidationException", service_message="1 validation error"
    )
    with pytest.raises(ValidationError) as info:
        sm.describe_compilation_job(compilation_job_name="x")
    assert not is_not_found(info.value)
