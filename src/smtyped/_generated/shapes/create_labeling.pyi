# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.human_task import HumanTaskConfig
from smtyped._generated.shapes.labeling_job import (
    LabelingJobAlgorithmsConfig,
    LabelingJobInputConfig,
    LabelingJobOutputConfig,
    LabelingJobStoppingConditions,
)
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateLabelingJobRequest(Shape):
    labeling_job_name: str
    label_attribute_name: str
    input_config: LabelingJobInputConfig
    output_config: LabelingJobOutputConfig
    role_arn: str
    human_task_config: HumanTaskConfig
    label_category_config_s3_uri: str | None = None
    stopping_conditions: LabelingJobStoppingConditions | None = None
    labeling_job_algorithms_config: LabelingJobAlgorithmsConfig | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateLabelingJobResponse(OutputShape):
    labeling_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
