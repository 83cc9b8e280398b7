# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.instance_type import InstanceType, as_InstanceType_opt
from smtyped._generated.enums.ip_address import IPAddressType, as_IPAddressType_opt
from smtyped._generated.enums.notebook_instance import (
    NotebookInstanceAcceleratorType,
    NotebookInstanceAcceleratorTypeLiteral,
)
from smtyped._generated.enums.root_access import RootAccess, as_RootAccess_opt
from smtyped._generated.shapes.instance_metadata import InstanceMetadataServiceConfiguration
from smtyped._generated.shapes.notebook_instance import NotebookInstanceLifecycleHook

@attrs.frozen(kw_only=True, slots=False)
class UpdateNotebookInstanceInput(Shape):
    notebook_instance_name: str
    instance_type: InstanceType | None = attrs.field(default=None, converter=as_InstanceType_opt)
    ip_address_type: IPAddressType | None = attrs.field(default=None, converter=as_IPAddressType_opt)
    platform_identifier: str | None = None
    role_arn: str | None = None
    lifecycle_config_name: str | None = None
    disassociate_lifecycle_config: bool | None = None
    volume_size_in_gb: int | None = None
    default_code_repository: str | None = None
    additional_code_repositories: list[str] | None = None
    accelerator_types: list[NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral] | None = None
    disassociate_accelerator_types: bool | None = None
    disassociate_default_code_repository: bool | None = None
    disassociate_additional_code_repositories: bool | None = None
    root_access: RootAccess | None = attrs.field(default=None, converter=as_RootAccess_opt)
    instance_metadata_service_configuration: InstanceMetadataServiceConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateNotebookInstanceLifecycleConfigInput(Shape):
    notebook_instance_lifecycle_config_name: str
    on_create: list[NotebookInstanceLifecycleHook] | None = None
    on_start: list[NotebookInstanceLifecycleHook] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateNotebookInstanceLifecycleConfigOutput(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateNotebookInstanceOutput(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
