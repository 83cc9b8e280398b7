# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.experiment_source import ExperimentSource

@attrs.frozen(kw_only=True, slots=False)
class ExperimentSummary(Shape):
    experiment_arn: str | None = None
    experiment_name: str | None = None
    display_name: str | None = None
    experiment_source: ExperimentSource | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
