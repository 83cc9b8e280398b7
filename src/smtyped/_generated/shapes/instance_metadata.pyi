# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.additional_enis import AdditionalEnis
from smtyped._generated.shapes.capacity_reservation import CapacityReservation
from smtyped._generated.shapes.instance_requirements import InstanceRequirementsEniConfiguration

@attrs.frozen(kw_only=True, slots=False)
class InstanceMetadata(Shape):
    customer_eni: str | None = None
    additional_enis: AdditionalEnis | None = None
    instance_requirements_eni_configurations: list[InstanceRequirementsEniConfiguration] | None = None
    capacity_reservation: CapacityReservation | None = None
    failure_message: str | None = None
    lcs_execution_state: str | None = None
    node_logical_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InstanceMetadataServiceConfiguration(Shape):
    minimum_instance_metadata_service_version: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
