# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TrafficRoutingConfigType as TrafficRoutingConfigType
from smtyped._generated.enums._t import TrafficRoutingConfigTypeLiteral as TrafficRoutingConfigTypeLiteral
from smtyped._generated.enums._t import as_TrafficRoutingConfigType as as_TrafficRoutingConfigType
from smtyped._generated.enums._t import as_TrafficRoutingConfigType_opt as as_TrafficRoutingConfigType_opt

__all__ = [
    "TrafficRoutingConfigType",
    "TrafficRoutingConfigTypeLiteral",
]
