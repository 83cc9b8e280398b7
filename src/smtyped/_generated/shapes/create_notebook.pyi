# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.direct_internet import DirectInternetAccess, as_DirectInternetAccess_opt
from smtyped._generated.enums.instance_type import InstanceType, as_InstanceType
from smtyped._generated.enums.ip_address import IPAddressType, as_IPAddressType_opt
from smtyped._generated.enums.notebook_instance import (
    NotebookInstanceAcceleratorType,
    NotebookInstanceAcceleratorTypeLiteral,
)
from smtyped._generated.enums.root_access import RootAccess, as_RootAccess_opt
from smtyped._generated.shapes.instance_metadata import InstanceMetadataServiceConfiguration
from smtyped._generated.shapes.notebook_instance import NotebookInstanceLifecycleHook
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateNotebookInstanceInput(Shape):
    notebook_instance_name: str
    instance_type: InstanceType = attrs.field(converter=as_InstanceType)
    role_arn: str
    subnet_id: str | None = None
    security_group_ids: list[str] | None = None
    ip_address_type: IPAddressType | None = attrs.field(default=None, converter=as_IPAddressType_opt)
    kms_key_id: str | None = None
    tags: list[Tag] | None = None
    lifecycle_config_name: str | None = None
    direct_internet_access: DirectInternetAccess | None = attrs.field(
        default=None, converter=as_DirectInternetAccess_opt
    )
    volume_size_in_gb: int | None = None
    accelerator_types: list[NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral] | None = None
    default_code_repository: str | None = None
    additional_code_repositories: list[str] | None = None
    root_access: RootAccess | None = attrs.field(default=None, converter=as_RootAccess_opt)
    platform_identifier: str | None = None
    instance_metadata_service_configuration: InstanceMetadataServiceConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateNotebookInstanceLifecycleConfigInput(Shape):
    notebook_instance_lifecycle_config_name: str
    on_create: list[NotebookInstanceLifecycleHook] | None = None
    on_start: list[NotebookInstanceLifecycleHook] | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateNotebookInstanceLifecycleConfigOutput(OutputShape):
    notebook_instance_lifecycle_config_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateNotebookInstanceOutput(OutputShape):
    notebook_instance_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
