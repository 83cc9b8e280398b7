# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.app_type import AppType, as_AppType_opt
from smtyped._generated.enums.feature_status import FeatureStatus, as_FeatureStatus_opt
from smtyped._generated.shapes.custom_file import CustomFileSystem
from smtyped._generated.shapes.jupyter_server import JupyterServerAppSettings
from smtyped._generated.shapes.kernel_gateway import KernelGatewayAppSettings
from smtyped._generated.shapes.space_code import SpaceCodeEditorAppSettings
from smtyped._generated.shapes.space_jupyter import SpaceJupyterLabAppSettings
from smtyped._generated.shapes.space_storage import SpaceStorageSettings

@attrs.frozen(kw_only=True, slots=False)
class SpaceSettings(Shape):
    jupyter_server_app_settings: JupyterServerAppSettings | None = None
    kernel_gateway_app_settings: KernelGatewayAppSettings | None = None
    code_editor_app_settings: SpaceCodeEditorAppSettings | None = None
    jupyter_lab_app_settings: SpaceJupyterLabAppSettings | None = None
    app_type: AppType | None = attrs.field(default=None, converter=as_AppType_opt)
    space_storage_settings: SpaceStorageSettings | None = None
    space_managed_resources: FeatureStatus | None = attrs.field(default=None, converter=as_FeatureStatus_opt)
    custom_file_systems: list[CustomFileSystem] | None = None
    remote_access: FeatureStatus | None = attrs.field(default=None, converter=as_FeatureStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SpaceSettingsSummary(Shape):
    app_type: AppType | None = attrs.field(default=None, converter=as_AppType_opt)
    remote_access: FeatureStatus | None = attrs.field(default=None, converter=as_FeatureStatus_opt)
    space_storage_settings: SpaceStorageSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
