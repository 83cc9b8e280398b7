# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import RetentionType as RetentionType
from smtyped._generated.enums._r import RetentionTypeLiteral as RetentionTypeLiteral
from smtyped._generated.enums._r import as_RetentionType as as_RetentionType
from smtyped._generated.enums._r import as_RetentionType_opt as as_RetentionType_opt

__all__ = [
    "RetentionType",
    "RetentionTypeLiteral",
]
