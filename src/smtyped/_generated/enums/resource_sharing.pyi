# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import ResourceSharingStrategy as ResourceSharingStrategy
from smtyped._generated.enums._r import ResourceSharingStrategyLiteral as ResourceSharingStrategyLiteral
from smtyped._generated.enums._r import as_ResourceSharingStrategy as as_ResourceSharingStrategy
from smtyped._generated.enums._r import as_ResourceSharingStrategy_opt as as_ResourceSharingStrategy_opt

__all__ = [
    "ResourceSharingStrategy",
    "ResourceSharingStrategyLiteral",
]
