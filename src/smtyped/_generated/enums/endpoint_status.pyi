# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._e import EndpointStatus as EndpointStatus
from smtyped._generated.enums._e import EndpointStatusLiteral as EndpointStatusLiteral
from smtyped._generated.enums._e import as_EndpointStatus as as_EndpointStatus
from smtyped._generated.enums._e import as_EndpointStatus_opt as as_EndpointStatus_opt

__all__ = [
    "EndpointStatus",
    "EndpointStatusLiteral",
]
