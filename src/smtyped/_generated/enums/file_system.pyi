# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._f import FileSystemAccessMode as FileSystemAccessMode
from smtyped._generated.enums._f import FileSystemAccessModeLiteral as FileSystemAccessModeLiteral
from smtyped._generated.enums._f import FileSystemType as FileSystemType
from smtyped._generated.enums._f import FileSystemTypeLiteral as FileSystemTypeLiteral
from smtyped._generated.enums._f import as_FileSystemAccessMode as as_FileSystemAccessMode
from smtyped._generated.enums._f import as_FileSystemAccessMode_opt as as_FileSystemAccessMode_opt
from smtyped._generated.enums._f import as_FileSystemType as as_FileSystemType
from smtyped._generated.enums._f import as_FileSystemType_opt as as_FileSystemType_opt

__all__ = [
    "FileSystemAccessMode",
    "FileSystemAccessModeLiteral",
    "FileSystemType",
    "FileSystemTypeLiteral",
]
