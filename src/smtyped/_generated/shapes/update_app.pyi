# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.code_editor import CodeEditorAppImageConfig
from smtyped._generated.shapes.jupyter_lab import JupyterLabAppImageConfig
from smtyped._generated.shapes.kernel_gateway import KernelGatewayImageConfig

@attrs.frozen(kw_only=True, slots=False)
class UpdateAppImageConfigRequest(Shape):
    app_image_config_name: str
    kernel_gateway_image_config: KernelGatewayImageConfig | None = None
    jupyter_lab_app_image_config: JupyterLabAppImageConfig | None = None
    code_editor_app_image_config: CodeEditorAppImageConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateAppImageConfigResponse(OutputShape):
    app_image_config_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
