# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.reserved_capacity import (
    ReservedCapacityInstanceType,
    as_ReservedCapacityInstanceType_opt,
)
from smtyped._generated.enums.sage_maker import SageMakerResourceName, SageMakerResourceNameLiteral
from smtyped._generated.shapes.training_plan import TrainingPlanExtensionOffering, TrainingPlanOffering

@attrs.frozen(kw_only=True, slots=False)
class SearchTrainingPlanOfferingsRequest(Shape):
    instance_type: ReservedCapacityInstanceType | None = attrs.field(
        default=None, converter=as_ReservedCapacityInstanceType_opt
    )
    instance_count: int | None = None
    ultra_server_type: str | None = None
    ultra_server_count: int | None = None
    start_time_after: datetime | None = None
    end_time_before: datetime | None = None
    duration_hours: int | None = None
    target_resources: list[SageMakerResourceName | SageMakerResourceNameLiteral] | None = None
    training_plan_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SearchTrainingPlanOfferingsResponse(OutputShape):
    training_plan_offerings: list[TrainingPlanOffering] | None = None
    training_plan_extension_offerings: list[TrainingPlanExtensionOffering] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
