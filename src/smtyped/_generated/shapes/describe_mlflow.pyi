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
from smtyped._generated.enums.is_tracking import (
    IsTrackingServerActive,
    as_IsTrackingServerActive_opt,
)
from smtyped._generated.enums.maintenance_status import (
    MaintenanceStatus,
    as_MaintenanceStatus_opt,
)
from smtyped._generated.enums.mlflow_app import (
    MlflowAppStatus,
    as_MlflowAppStatus_opt,
)
from smtyped._generated.enums.model_registration import (
    ModelRegistrationMode,
    as_ModelRegistrationMode_opt,
)
from smtyped._generated.enums.tracking_server import (
    TrackingServerMaintenanceStatus,
    TrackingServerSize,
    TrackingServerStatus,
    as_TrackingServerMaintenanceStatus_opt,
    as_TrackingServerSize_opt,
    as_TrackingServerStatus_opt,
)
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class DescribeMlflowAppRequest(Shape):
    arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeMlflowAppResponse(OutputShape):
    arn: str | None = None
    name: str | None = None
    artifact_store_uri: str | None = None
    mlflow_version: str | None = None
    role_arn: str | None = None
    status: MlflowAppStatus | None = attrs.field(default=None, converter=as_MlflowAppStatus_opt)
    model_registration_mode: ModelRegistrationMode | None = attrs.field(
        default=None, converter=as_ModelRegistrationMode_opt
    )
    account_default_status: AccountDefaultStatus | None = attrs.field(
        default=None, converter=as_AccountDefaultStatus_opt
    )
    default_domain_id_list: list[str] | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    weekly_maintenance_window_start: str | None = None
    maintenance_status: MaintenanceStatus | None = attrs.field(default=None, converter=as_MaintenanceStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeMlflowTrackingServerRequest(Shape):
    tracking_server_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeMlflowTrackingServerResponse(OutputShape):
    tracking_server_arn: str | None = None
    tracking_server_name: str | None = None
    artifact_store_uri: str | None = None
    tracking_server_size: TrackingServerSize | None = attrs.field(default=None, converter=as_TrackingServerSize_opt)
    mlflow_version: str | None = None
    role_arn: str | None = None
    tracking_server_status: TrackingServerStatus | None = attrs.field(
        default=None, converter=as_TrackingServerStatus_opt
    )
    tracking_server_maintenance_status: TrackingServerMaintenanceStatus | None = attrs.field(
        default=None, converter=as_TrackingServerMaintenanceStatus_opt
    )
    is_active: IsTrackingServerActive | None = attrs.field(default=None, converter=as_IsTrackingServerActive_opt)
    tracking_server_url: str | None = None
    weekly_maintenance_window_start: str | None = None
    automatic_model_registration: bool | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    s3_bucket_owner_account_id: str | None = None
    s3_bucket_owner_verification: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
