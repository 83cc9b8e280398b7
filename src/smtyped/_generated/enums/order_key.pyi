# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._o import OrderKey as OrderKey
from smtyped._generated.enums._o import OrderKeyLiteral as OrderKeyLiteral
from smtyped._generated.enums._o import as_OrderKey as as_OrderKey
from smtyped._generated.enums._o import as_OrderKey_opt as as_OrderKey_opt

__all__ = [
    "OrderKey",
    "OrderKeyLiteral",
]
