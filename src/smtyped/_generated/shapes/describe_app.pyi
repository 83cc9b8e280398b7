# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.app_status import AppStatus, as_AppStatus_opt
from smtyped._generated.enums.app_type import AppType, as_AppType, as_AppType_opt
from smtyped._generated.enums.feature_status import (
    FeatureStatus,
    as_FeatureStatus_opt,
)
from smtyped._generated.shapes.code_editor import CodeEditorAppImageConfig
from smtyped._generated.shapes.jupyter_lab import JupyterLabAppImageConfig
from smtyped._generated.shapes.kernel_gateway import KernelGatewayImageConfig
from smtyped._generated.shapes.resource_spec import ResourceSpec

@attrs.frozen(kw_only=True, slots=False)
class DescribeAppImageConfigRequest(Shape):
    app_image_config_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAppImageConfigResponse(OutputShape):
    app_image_config_arn: str | None = None
    app_image_config_name: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    kernel_gateway_image_config: KernelGatewayImageConfig | None = None
    jupyter_lab_app_image_config: JupyterLabAppImageConfig | None = None
    code_editor_app_image_config: CodeEditorAppImageConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAppRequest(Shape):
    domain_id: str
    app_type: AppType = attrs.field(converter=as_AppType)
    app_name: str
    user_profile_name: str | None = None
    space_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAppResponse(OutputShape):
    app_arn: str | None = None
    app_type: AppType | None = attrs.field(default=None, converter=as_AppType_opt)
    app_name: str | None = None
    domain_id: str | None = None
    user_profile_name: str | None = None
    space_name: str | None = None
    status: AppStatus | None = attrs.field(default=None, converter=as_AppStatus_opt)
    effective_trusted_identity_propagation_status: FeatureStatus | None = attrs.field(
        default=None, converter=as_FeatureStatus_opt
    )
    recovery_mode: bool | None = None
    last_health_check_timestamp: datetime | None = None
    last_user_activity_timestamp: datetime | None = None
    creation_time: datetime | None = None
    failure_reason: str | None = None
    resource_spec: ResourceSpec | None = None
    built_in_lifecycle_config_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
