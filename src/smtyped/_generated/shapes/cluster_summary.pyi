# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.cluster_image import (
    ClusterImageVersionStatus,
    as_ClusterImageVersionStatus_opt,
)
from smtyped._generated.enums.cluster_status import (
    ClusterStatus,
    as_ClusterStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class ClusterSummary(Shape):
    cluster_arn: str | None = None
    cluster_name: str | None = None
    creation_time: datetime | None = None
    cluster_status: ClusterStatus | None = attrs.field(default=None, converter=as_ClusterStatus_opt)
    training_plan_arns: list[str] | None = None
    image_version_status: ClusterImageVersionStatus | None = attrs.field(
        default=None, converter=as_ClusterImageVersionStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
