# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import RecordWrapper as RecordWrapper
from smtyped._generated.enums._r import RecordWrapperLiteral as RecordWrapperLiteral
from smtyped._generated.enums._r import as_RecordWrapper as as_RecordWrapper
from smtyped._generated.enums._r import as_RecordWrapper_opt as as_RecordWrapper_opt

__all__ = [
    "RecordWrapper",
    "RecordWrapperLiteral",
]
