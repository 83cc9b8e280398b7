# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import RoutingStrategy as RoutingStrategy
from smtyped._generated.enums._r import RoutingStrategyLiteral as RoutingStrategyLiteral
from smtyped._generated.enums._r import as_RoutingStrategy as as_RoutingStrategy
from smtyped._generated.enums._r import as_RoutingStrategy_opt as as_RoutingStrategy_opt

__all__ = [
    "RoutingStrategy",
    "RoutingStrategyLiteral",
]
