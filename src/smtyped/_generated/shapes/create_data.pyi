# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.data_quality import (
    DataQualityAppSpecification,
    DataQualityBaselineConfig,
    DataQualityJobInput,
)
from smtyped._generated.shapes.monitoring_network import MonitoringNetworkConfig
from smtyped._generated.shapes.monitoring_output import MonitoringOutputConfig
from smtyped._generated.shapes.monitoring_resources import MonitoringResources
from smtyped._generated.shapes.monitoring_stopping import MonitoringStoppingCondition
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateDataQualityJobDefinitionRequest(Shape):
    job_definition_name: str
    data_quality_app_specification: DataQualityAppSpecification
    data_quality_job_input: DataQualityJobInput
    data_quality_job_output_config: MonitoringOutputConfig
    job_resources: MonitoringResources
    role_arn: str
    data_quality_baseline_config: DataQualityBaselineConfig | None = None
    network_config: MonitoringNetworkConfig | None = None
    stopping_condition: MonitoringStoppingCondition | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateDataQualityJobDefinitionResponse(OutputShape):
    job_definition_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
