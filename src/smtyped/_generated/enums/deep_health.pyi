# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._d import DeepHealthCheckType as DeepHealthCheckType
from smtyped._generated.enums._d import DeepHealthCheckTypeLiteral as DeepHealthCheckTypeLiteral
from smtyped._generated.enums._d import as_DeepHealthCheckType as as_DeepHealthCheckType
from smtyped._generated.enums._d import as_DeepHealthCheckType_opt as as_DeepHealthCheckType_opt

__all__ = [
    "DeepHealthCheckType",
    "DeepHealthCheckTypeLiteral",
]
