# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.algorithm_status import (
    AlgorithmStatus,
    as_AlgorithmStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class AlgorithmSummary(Shape):
    algorithm_name: str | None = None
    algorithm_arn: str | None = None
    algorithm_description: str | None = None
    creation_time: datetime | None = None
    algorithm_status: AlgorithmStatus | None = attrs.field(default=None, converter=as_AlgorithmStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
