# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.account_default import (
    AccountDefaultStatus,
    as_AccountDefaultStatus_opt,
)
from smtyped._generated.enums.mlflow_app import (
    MlflowAppStatus,
    as_MlflowAppStatus_opt,
)
from smtyped._generated.enums.sort_mlflow import (
    SortMlflowAppBy,
    as_SortMlflowAppBy_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.enums.sort_tracking import (
    SortTrackingServerBy,
    as_SortTrackingServerBy_opt,
)
from smtyped._generated.enums.tracking_server import (
    TrackingServerStatus,
    as_TrackingServerStatus_opt,
)
from smtyped._generated.shapes.mlflow_app import MlflowAppSummary
from smtyped._generated.shapes.tracking_server import TrackingServerSummary

@attrs.frozen(kw_only=True, slots=False)
class ListMlflowAppsRequest(Shape):
    created_after: datetime | None = None
    created_before: datetime | None = None
    status: MlflowAppStatus | None = attrs.field(default=None, converter=as_MlflowAppStatus_opt)
    mlflow_version: str | None = None
    default_for_domain_id: str | None = None
    account_default_status: AccountDefaultStatus | None = attrs.field(
        default=None, converter=as_AccountDefaultStatus_opt
    )
    sort_by: SortMlflowAppBy | None = attrs.field(default=None, converter=as_SortMlflowAppBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListMlflowAppsResponse(OutputShape):
    summaries: list[MlflowAppSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListMlflowTrackingServersRequest(Shape):
    created_after: datetime | None = None
    created_before: datetime | None = None
    tracking_server_status: TrackingServerStatus | None = attrs.field(
        default=None, converter=as_TrackingServerStatus_opt
    )
    mlflow_version: str | None = None
    sort_by: SortTrackingServerBy | None = attrs.field(default=None, converter=as_SortTrackingServerBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListMlflowTrackingServersResponse(OutputShape):
    tracking_server_summaries: list[TrackingServerSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
