# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import ServerlessJobType as ServerlessJobType
from smtyped._generated.enums._s import ServerlessJobTypeLiteral as ServerlessJobTypeLiteral
from smtyped._generated.enums._s import as_ServerlessJobType as as_ServerlessJobType
from smtyped._generated.enums._s import as_ServerlessJobType_opt as as_ServerlessJobType_opt

__all__ = [
    "ServerlessJobType",
    "ServerlessJobTypeLiteral",
]
