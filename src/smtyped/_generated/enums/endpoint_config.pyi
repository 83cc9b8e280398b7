# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._e import EndpointConfigSortKey as EndpointConfigSortKey
from smtyped._generated.enums._e import EndpointConfigSortKeyLiteral as EndpointConfigSortKeyLiteral
from smtyped._generated.enums._e import as_EndpointConfigSortKey as as_EndpointConfigSortKey
from smtyped._generated.enums._e import as_EndpointConfigSortKey_opt as as_EndpointConfigSortKey_opt

__all__ = [
    "EndpointConfigSortKey",
    "EndpointConfigSortKeyLiteral",
]
