# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.workload_spec import WorkloadSpec

@attrs.frozen(kw_only=True, slots=False)
class AIWorkloadConfigSummary(Shape):
    ai_workload_config_name: str | None = None
    ai_workload_config_arn: str | None = None
    creation_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIWorkloadConfigs(Shape):
    workload_spec: WorkloadSpec
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIWorkloadDataSource(Shape):
    s3_data_source: AIWorkloadS3DataSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIWorkloadInputDataConfig(Shape):
    channel_name: str
    data_source: AIWorkloadDataSource
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIWorkloadS3DataSource(Shape):
    s3_uri: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
