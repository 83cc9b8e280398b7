# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.model_approval import ModelApprovalStatus, as_ModelApprovalStatus_opt
from smtyped._generated.enums.model_card import ModelCardStatus, as_ModelCardStatus_opt
from smtyped._generated.enums.model_package import ModelPackageRegistrationType, as_ModelPackageRegistrationType_opt
from smtyped._generated.shapes.additional_inference import AdditionalInferenceSpecificationDefinition
from smtyped._generated.shapes.inference_specification import InferenceSpecification
from smtyped._generated.shapes.model_life import ModelLifeCycle
from smtyped._generated.shapes.model_package import ModelPackageModelCard

@attrs.frozen(kw_only=True, slots=False)
class UpdateModelCardRequest(Shape):
    model_card_name: str
    content: str | None = None
    model_card_status: ModelCardStatus | None = attrs.field(default=None, converter=as_ModelCardStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateModelCardResponse(OutputShape):
    model_card_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateModelPackageInput(Shape):
    model_package_arn: str
    model_approval_status: ModelApprovalStatus | None = attrs.field(default=None, converter=as_ModelApprovalStatus_opt)
    model_package_registration_type: ModelPackageRegistrationType | None = attrs.field(
        default=None, converter=as_ModelPackageRegistrationType_opt
    )
    approval_description: str | None = None
    customer_metadata_properties: dict[str, str] | None = None
    customer_metadata_properties_to_remove: list[str] | None = None
    additional_inference_specifications_to_add: list[AdditionalInferenceSpecificationDefinition] | None = None
    inference_specification: InferenceSpecification | None = None
    source_uri: str | None = None
    model_card: ModelPackageModelCard | None = None
    model_life_cycle: ModelLifeCycle | None = None
    client_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateModelPackageOutput(OutputShape):
    model_package_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
