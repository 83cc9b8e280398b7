# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.custom_file import CustomFileSystemConfig
from smtyped._generated.shapes.custom_posix import CustomPosixUserConfig
from smtyped._generated.shapes.default_ebs import DefaultEbsStorageSettings
from smtyped._generated.shapes.jupyter_lab import JupyterLabAppSettings
from smtyped._generated.shapes.jupyter_server import JupyterServerAppSettings
from smtyped._generated.shapes.kernel_gateway import KernelGatewayAppSettings

@attrs.frozen(kw_only=True, slots=False)
class DefaultSpaceSettings(Shape):
    execution_role: str | None = None
    security_groups: list[str] | None = None
    jupyter_server_app_settings: JupyterServerAppSettings | None = None
    kernel_gateway_app_settings: KernelGatewayAppSettings | None = None
    jupyter_lab_app_settings: JupyterLabAppSettings | None = None
    space_storage_settings: DefaultSpaceStorageSettings | None = None
    custom_posix_user_config: CustomPosixUserConfig | None = None
    custom_file_system_configs: list[CustomFileSystemConfig] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DefaultSpaceStorageSettings(Shape):
    default_ebs_storage_settings: DefaultEbsStorageSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
