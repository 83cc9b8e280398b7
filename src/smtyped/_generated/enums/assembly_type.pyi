# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AssemblyType as AssemblyType
from smtyped._generated.enums._a import AssemblyTypeLiteral as AssemblyTypeLiteral
from smtyped._generated.enums._a import as_AssemblyType as as_AssemblyType
from smtyped._generated.enums._a import as_AssemblyType_opt as as_AssemblyType_opt

__all__ = [
    "AssemblyType",
    "AssemblyTypeLiteral",
]
