# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TrafficType as TrafficType
from smtyped._generated.enums._t import TrafficTypeLiteral as TrafficTypeLiteral
from smtyped._generated.enums._t import as_TrafficType as as_TrafficType
from smtyped._generated.enums._t import as_TrafficType_opt as as_TrafficType_opt

__all__ = [
    "TrafficType",
    "TrafficTypeLiteral",
]
