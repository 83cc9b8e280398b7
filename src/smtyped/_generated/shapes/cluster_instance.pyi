# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import ClusterInstanceGroupDetails as ClusterInstanceGroupDetails
from smtyped._generated.shapes._c import ClusterInstanceGroupSpecification as ClusterInstanceGroupSpecification
from smtyped._generated.shapes._c import ClusterInstancePlacement as ClusterInstancePlacement
from smtyped._generated.shapes._c import ClusterInstanceRequirementDetails as ClusterInstanceRequirementDetails
from smtyped._generated.shapes._c import ClusterInstanceRequirements as ClusterInstanceRequirements
from smtyped._generated.shapes._c import ClusterInstanceStatusDetails as ClusterInstanceStatusDetails
from smtyped._generated.shapes._c import ClusterInstanceStorageConfig as ClusterInstanceStorageConfig
from smtyped._generated.shapes._c import ClusterInstanceTypeDetail as ClusterInstanceTypeDetail

__all__ = [
    "ClusterInstanceGroupDetails",
    "ClusterInstanceGroupSpecification",
    "ClusterInstancePlacement",
    "ClusterInstanceRequirementDetails",
    "ClusterInstanceRequirements",
    "ClusterInstanceStatusDetails",
    "ClusterInstanceStorageConfig",
    "ClusterInstanceTypeDetail",
]
