# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.code_editor import CodeEditorAppImageConfig
from smtyped._generated.shapes.jupyter_lab import JupyterLabAppImageConfig
from smtyped._generated.shapes.kernel_gateway import KernelGatewayImageConfig

@attrs.frozen(kw_only=True, slots=False)
class AppImageConfigDetails(Shape):
    app_image_config_arn: str | None = None
    app_image_config_name: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    kernel_gateway_image_config: KernelGatewayImageConfig | None = None
    jupyter_lab_app_image_config: JupyterLabAppImageConfig | None = None
    code_editor_app_image_config: CodeEditorAppImageConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
