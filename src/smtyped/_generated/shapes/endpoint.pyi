# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.endpoint_status import (
    EndpointStatus,
    as_EndpointStatus_opt,
)
from smtyped._generated.shapes.data_capture import DataCaptureConfigSummary
from smtyped._generated.shapes.monitoring_schedule import MonitoringSchedule
from smtyped._generated.shapes.production_variant import ProductionVariantSummary
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class Endpoint(Shape):
    endpoint_name: str | None = None
    endpoint_arn: str | None = None
    endpoint_config_name: str | None = None
    production_variants: list[ProductionVariantSummary] | None = None
    data_capture_config: DataCaptureConfigSummary | None = None
    endpoint_status: EndpointStatus | None = attrs.field(default=None, converter=as_EndpointStatus_opt)
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    monitoring_schedules: list[MonitoringSchedule] | None = None
    tags: list[Tag] | None = None
    shadow_production_variants: list[ProductionVariantSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
