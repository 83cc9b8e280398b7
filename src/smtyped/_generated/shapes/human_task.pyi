# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.annotation_consolidation import AnnotationConsolidationConfig
from smtyped._generated.shapes.public_workforce import PublicWorkforceTaskPrice
from smtyped._generated.shapes.ui_config import UiConfig

@attrs.frozen(kw_only=True, slots=False)
class HumanTaskConfig(Shape):
    workteam_arn: str
    ui_config: UiConfig
    pre_human_task_lambda_arn: str
    task_title: str
    task_description: str
    number_of_human_workers_per_data_object: int
    task_time_limit_in_seconds: int
    annotation_consolidation_config: AnnotationConsolidationConfig
    task_keywords: list[str] | None = None
    task_availability_lifetime_in_seconds: int | None = None
    max_concurrent_task_count: int | None = None
    public_workforce_task_price: PublicWorkforceTaskPrice | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HumanTaskUiSummary(Shape):
    human_task_ui_name: str | None = None
    human_task_ui_arn: str | None = None
    creation_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
