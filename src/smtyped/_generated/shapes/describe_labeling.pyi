# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.labeling_job import (
    LabelingJobStatus,
    as_LabelingJobStatus_opt,
)
from smtyped._generated.shapes.human_task import HumanTaskConfig
from smtyped._generated.shapes.label_counters import LabelCounters
from smtyped._generated.shapes.labeling_job import (
    LabelingJobAlgorithmsConfig,
    LabelingJobInputConfig,
    LabelingJobOutput,
    LabelingJobOutputConfig,
    LabelingJobStoppingConditions,
)
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class DescribeLabelingJobRequest(Shape):
    labeling_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeLabelingJobResponse(OutputShape):
    labeling_job_status: LabelingJobStatus | None = attrs.field(default=None, converter=as_LabelingJobStatus_opt)
    label_counters: LabelCounters | None = None
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    job_reference_code: str | None = None
    labeling_job_name: str | None = None
    labeling_job_arn: str | None = None
    label_attribute_name: str | None = None
    input_config: LabelingJobInputConfig | None = None
    output_config: LabelingJobOutputConfig | None = None
    role_arn: str | None = None
    label_category_config_s3_uri: str | None = None
    stopping_conditions: LabelingJobStoppingConditions | None = None
    labeling_job_algorithms_config: LabelingJobAlgorithmsConfig | None = None
    human_task_config: HumanTaskConfig | None = None
    tags: list[Tag] | None = None
    labeling_job_output: LabelingJobOutput | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
