# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._i import InstanceGroup as InstanceGroup
from smtyped._generated.shapes._i import InstanceGroupHealthCheckConfiguration as InstanceGroupHealthCheckConfiguration
from smtyped._generated.shapes._i import InstanceGroupMetadata as InstanceGroupMetadata
from smtyped._generated.shapes._i import InstanceGroupScalingMetadata as InstanceGroupScalingMetadata

__all__ = [
    "InstanceGroup",
    "InstanceGroupHealthCheckConfiguration",
    "InstanceGroupMetadata",
    "InstanceGroupScalingMetadata",
]
