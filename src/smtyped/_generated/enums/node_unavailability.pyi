# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._n import NodeUnavailabilityType as NodeUnavailabilityType
from smtyped._generated.enums._n import NodeUnavailabilityTypeLiteral as NodeUnavailabilityTypeLiteral
from smtyped._generated.enums._n import as_NodeUnavailabilityType as as_NodeUnavailabilityType
from smtyped._generated.enums._n import as_NodeUnavailabilityType_opt as as_NodeUnavailabilityType_opt

__all__ = [
    "NodeUnavailabilityType",
    "NodeUnavailabilityTypeLiteral",
]
