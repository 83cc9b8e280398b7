# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.app_lifecycle import AppLifecycleManagement
from smtyped._generated.shapes.code_repository import CodeRepository
from smtyped._generated.shapes.container_config import ContainerConfig
from smtyped._generated.shapes.custom_image import CustomImage
from smtyped._generated.shapes.emr_settings import EmrSettings
from smtyped._generated.shapes.file_system import FileSystemConfig
from smtyped._generated.shapes.resource_spec import ResourceSpec

@attrs.frozen(kw_only=True, slots=False)
class JupyterLabAppImageConfig(Shape):
    file_system_config: FileSystemConfig | None = None
    container_config: ContainerConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class JupyterLabAppSettings(Shape):
    default_resource_spec: ResourceSpec | None = None
    custom_images: list[CustomImage] | None = None
    lifecycle_config_arns: list[str] | None = None
    code_repositories: list[CodeRepository] | None = None
    app_lifecycle_management: AppLifecycleManagement | None = None
    emr_settings: EmrSettings | None = None
    built_in_lifecycle_config_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
