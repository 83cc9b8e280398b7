# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._i import InstanceGroupStatus as InstanceGroupStatus
from smtyped._generated.enums._i import InstanceGroupStatusLiteral as InstanceGroupStatusLiteral
from smtyped._generated.enums._i import as_InstanceGroupStatus as as_InstanceGroupStatus
from smtyped._generated.enums._i import as_InstanceGroupStatus_opt as as_InstanceGroupStatus_opt

__all__ = [
    "InstanceGroupStatus",
    "InstanceGroupStatusLiteral",
]
