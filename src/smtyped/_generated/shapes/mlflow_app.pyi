# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.mlflow_app import (
    MlflowAppStatus,
    as_MlflowAppStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class MlflowAppSummary(Shape):
    arn: str | None = None
    name: str | None = None
    status: MlflowAppStatus | None = attrs.field(default=None, converter=as_MlflowAppStatus_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    mlflow_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
