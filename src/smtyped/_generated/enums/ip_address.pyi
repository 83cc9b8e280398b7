# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._i import IPAddressType as IPAddressType
from smtyped._generated.enums._i import IPAddressTypeLiteral as IPAddressTypeLiteral
from smtyped._generated.enums._i import as_IPAddressType as as_IPAddressType
from smtyped._generated.enums._i import as_IPAddressType_opt as as_IPAddressType_opt

__all__ = [
    "IPAddressType",
    "IPAddressTypeLiteral",
]
