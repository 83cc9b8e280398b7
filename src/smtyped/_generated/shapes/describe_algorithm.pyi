# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.algorithm_status import (
    AlgorithmStatus,
    as_AlgorithmStatus_opt,
)
from smtyped._generated.shapes.algorithm_status import AlgorithmStatusDetails
from smtyped._generated.shapes.algorithm_validation import AlgorithmValidationSpecification
from smtyped._generated.shapes.inference_specification import InferenceSpecification
from smtyped._generated.shapes.training_specification import TrainingSpecification

@attrs.frozen(kw_only=True, slots=False)
class DescribeAlgorithmInput(Shape):
    algorithm_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAlgorithmOutput(OutputShape):
    algorithm_name: str | None = None
    algorithm_arn: str | None = None
    algorithm_description: str | None = None
    creation_time: datetime | None = None
    training_specification: TrainingSpecification | None = None
    inference_specification: InferenceSpecification | None = None
    validation_specification: AlgorithmValidationSpecification | None = None
    algorithm_status: AlgorithmStatus | None = attrs.field(default=None, converter=as_AlgorithmStatus_opt)
    algorithm_status_details: AlgorithmStatusDetails | None = None
    product_id: str | None = None
    certify_for_marketplace: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
