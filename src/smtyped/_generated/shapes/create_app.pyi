# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.app_type import AppType, as_AppType
from smtyped._generated.shapes.code_editor import CodeEditorAppImageConfig
from smtyped._generated.shapes.jupyter_lab import JupyterLabAppImageConfig
from smtyped._generated.shapes.kernel_gateway import KernelGatewayImageConfig
from smtyped._generated.shapes.resource_spec import ResourceSpec
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateAppImageConfigRequest(Shape):
    app_image_config_name: str
    tags: list[Tag] | None = None
    kernel_gateway_image_config: KernelGatewayImageConfig | None = None
    jupyter_lab_app_image_config: JupyterLabAppImageConfig | None = None
    code_editor_app_image_config: CodeEditorAppImageConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAppImageConfigResponse(OutputShape):
    app_image_config_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAppRequest(Shape):
    domain_id: str
    app_type: AppType = attrs.field(converter=as_AppType)
    app_name: str
    user_profile_name: str | None = None
    space_name: str | None = None
    tags: list[Tag] | None = None
    resource_spec: ResourceSpec | None = None
    recovery_mode: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAppResponse(OutputShape):
    app_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
