# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.notebook_instance import (
    NotebookInstanceLifecycleConfigSortKey,
    NotebookInstanceLifecycleConfigSortOrder,
    NotebookInstanceSortKey,
    NotebookInstanceSortOrder,
    NotebookInstanceStatus,
    as_NotebookInstanceLifecycleConfigSortKey_opt,
    as_NotebookInstanceLifecycleConfigSortOrder_opt,
    as_NotebookInstanceSortKey_opt,
    as_NotebookInstanceSortOrder_opt,
    as_NotebookInstanceStatus_opt,
)
from smtyped._generated.shapes.notebook_instance import NotebookInstanceLifecycleConfigSummary, NotebookInstanceSummary

@attrs.frozen(kw_only=True, slots=False)
class ListNotebookInstanceLifecycleConfigsInput(Shape):
    next_token: str | None = None
    max_results: int | None = None
    sort_by: NotebookInstanceLifecycleConfigSortKey | None = attrs.field(
        default=None, converter=as_NotebookInstanceLifecycleConfigSortKey_opt
    )
    sort_order: NotebookInstanceLifecycleConfigSortOrder | None = attrs.field(
        default=None, converter=as_NotebookInstanceLifecycleConfigSortOrder_opt
    )
    name_contains: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListNotebookInstanceLifecycleConfigsOutput(OutputShape):
    next_token: str | None = None
    notebook_instance_lifecycle_configs: list[NotebookInstanceLifecycleConfigSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListNotebookInstancesInput(Shape):
    next_token: str | None = None
    max_results: int | None = None
    sort_by: NotebookInstanceSortKey | None = attrs.field(default=None, converter=as_NotebookInstanceSortKey_opt)
    sort_order: NotebookInstanceSortOrder | None = attrs.field(default=None, converter=as_NotebookInstanceSortOrder_opt)
    name_contains: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    status_equals: NotebookInstanceStatus | None = attrs.field(default=None, converter=as_NotebookInstanceStatus_opt)
    notebook_instance_lifecycle_config_name_contains: str | None = None
    default_code_repository_contains: str | None = None
    additional_code_repository_equals: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListNotebookInstancesOutput(OutputShape):
    next_token: str | None = None
    notebook_instances: list[NotebookInstanceSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
