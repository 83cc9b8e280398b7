# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.monitoring_app import MonitoringAppSpecification
from smtyped._generated.shapes.monitoring_baseline import MonitoringBaselineConfig
from smtyped._generated.shapes.monitoring_input import MonitoringInput
from smtyped._generated.shapes.monitoring_output import MonitoringOutputConfig
from smtyped._generated.shapes.monitoring_resources import MonitoringResources
from smtyped._generated.shapes.monitoring_stopping import MonitoringStoppingCondition
from smtyped._generated.shapes.network_config import NetworkConfig

@attrs.frozen(kw_only=True, slots=False)
class MonitoringJobDefinition(Shape):
    monitoring_inputs: list[MonitoringInput]
    monitoring_output_config: MonitoringOutputConfig
    monitoring_resources: MonitoringResources
    monitoring_app_specification: MonitoringAppSpecification
    role_arn: str
    baseline_config: MonitoringBaselineConfig | None = None
    stopping_condition: MonitoringStoppingCondition | None = None
    environment: dict[str, str] | None = None
    network_config: NetworkConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringJobDefinitionSummary(Shape):
    monitoring_job_definition_name: str | None = None
    monitoring_job_definition_arn: str | None = None
    creation_time: datetime | None = None
    endpoint_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
