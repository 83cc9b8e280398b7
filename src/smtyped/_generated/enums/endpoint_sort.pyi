# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._e import EndpointSortKey as EndpointSortKey
from smtyped._generated.enums._e import EndpointSortKeyLiteral as EndpointSortKeyLiteral
from smtyped._generated.enums._e import as_EndpointSortKey as as_EndpointSortKey
from smtyped._generated.enums._e import as_EndpointSortKey_opt as as_EndpointSortKey_opt

__all__ = [
    "EndpointSortKey",
    "EndpointSortKeyLiteral",
]
