# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import ProcessingInstanceType as ProcessingInstanceType
from smtyped._generated.enums._p import ProcessingInstanceTypeLiteral as ProcessingInstanceTypeLiteral
from smtyped._generated.enums._p import as_ProcessingInstanceType as as_ProcessingInstanceType
from smtyped._generated.enums._p import as_ProcessingInstanceType_opt as as_ProcessingInstanceType_opt

__all__ = [
    "ProcessingInstanceType",
    "ProcessingInstanceTypeLiteral",
]
