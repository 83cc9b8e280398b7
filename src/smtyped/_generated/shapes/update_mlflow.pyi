# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.account_default import AccountDefaultStatus, as_AccountDefaultStatus_opt
from smtyped._generated.enums.model_registration import ModelRegistrationMode, as_ModelRegistrationMode_opt
from smtyped._generated.enums.tracking_server import TrackingServerSize, as_TrackingServerSize_opt

@attrs.frozen(kw_only=True, slots=False)
class UpdateMlflowAppRequest(Shape):
    arn: str
    name: str | None = None
    artifact_store_uri: str | None = None
    model_registration_mode: ModelRegistrationMode | None = attrs.field(
        default=None, converter=as_ModelRegistrationMode_opt
    )
    weekly_maintenance_window_start: str | None = None
    default_domain_id_list: list[str] | None = None
    account_default_status: AccountDefaultStatus | None = attrs.field(
        default=None, converter=as_AccountDefaultStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateMlflowAppResponse(OutputShape):
    arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateMlflowTrackingServerRequest(Shape):
    tracking_server_name: str
    artifact_store_uri: str | None = None
    tracking_server_size: TrackingServerSize | None = attrs.field(default=None, converter=as_TrackingServerSize_opt)
    automatic_model_registration: bool | None = None
    weekly_maintenance_window_start: str | None = None
    s3_bucket_owner_account_id: str | None = None
    s3_bucket_owner_verification: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateMlflowTrackingServerResponse(OutputShape):
    tracking_server_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
