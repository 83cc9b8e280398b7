# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._w import WorkforceIpAddressType as WorkforceIpAddressType
from smtyped._generated.enums._w import WorkforceIpAddressTypeLiteral as WorkforceIpAddressTypeLiteral
from smtyped._generated.enums._w import as_WorkforceIpAddressType as as_WorkforceIpAddressType
from smtyped._generated.enums._w import as_WorkforceIpAddressType_opt as as_WorkforceIpAddressType_opt

__all__ = [
    "WorkforceIpAddressType",
    "WorkforceIpAddressTypeLiteral",
]
