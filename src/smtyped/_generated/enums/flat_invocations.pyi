# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._f import FlatInvocations as FlatInvocations
from smtyped._generated.enums._f import FlatInvocationsLiteral as FlatInvocationsLiteral
from smtyped._generated.enums._f import as_FlatInvocations as as_FlatInvocations
from smtyped._generated.enums._f import as_FlatInvocations_opt as as_FlatInvocations_opt

__all__ = [
    "FlatInvocations",
    "FlatInvocationsLiteral",
]
