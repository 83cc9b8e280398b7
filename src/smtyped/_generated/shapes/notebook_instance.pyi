# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.instance_type import (
    InstanceType,
    as_InstanceType_opt,
)
from smtyped._generated.enums.notebook_instance import (
    NotebookInstanceStatus,
    as_NotebookInstanceStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class NotebookInstanceLifecycleConfigSummary(Shape):
    notebook_instance_lifecycle_config_name: str | None = None
    notebook_instance_lifecycle_config_arn: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class NotebookInstanceLifecycleHook(Shape):
    content: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class NotebookInstanceSummary(Shape):
    notebook_instance_name: str | None = None
    notebook_instance_arn: str | None = None
    notebook_instance_status: NotebookInstanceStatus | None = attrs.field(
        default=None, converter=as_NotebookInstanceStatus_opt
    )
    url: str | None = None
    instance_type: InstanceType | None = attrs.field(default=None, converter=as_InstanceType_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    notebook_instance_lifecycle_config_name: str | None = None
    default_code_repository: str | None = None
    additional_code_repositories: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
