# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AppNetworkAccessType as AppNetworkAccessType
from smtyped._generated.enums._a import AppNetworkAccessTypeLiteral as AppNetworkAccessTypeLiteral
from smtyped._generated.enums._a import as_AppNetworkAccessType as as_AppNetworkAccessType
from smtyped._generated.enums._a import as_AppNetworkAccessType_opt as as_AppNetworkAccessType_opt

__all__ = [
    "AppNetworkAccessType",
    "AppNetworkAccessTypeLiteral",
]
