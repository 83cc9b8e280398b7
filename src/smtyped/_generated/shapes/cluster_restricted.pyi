# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import ClusterRestrictedInstanceGroupDetails as ClusterRestrictedInstanceGroupDetails
from smtyped._generated.shapes._c import ClusterRestrictedInstanceGroupsConfig as ClusterRestrictedInstanceGroupsConfig
from smtyped._generated.shapes._c import (
    ClusterRestrictedInstanceGroupsConfigOutput as ClusterRestrictedInstanceGroupsConfigOutput,
)
from smtyped._generated.shapes._c import (
    ClusterRestrictedInstanceGroupSpecification as ClusterRestrictedInstanceGroupSpecification,
)

__all__ = [
    "ClusterRestrictedInstanceGroupDetails",
    "ClusterRestrictedInstanceGroupSpecification",
    "ClusterRestrictedInstanceGroupsConfig",
    "ClusterRestrictedInstanceGroupsConfigOutput",
]
