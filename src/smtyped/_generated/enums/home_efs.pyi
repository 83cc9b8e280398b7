# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._h import HomeEfsFileSystemCreation as HomeEfsFileSystemCreation
from smtyped._generated.enums._h import HomeEfsFileSystemCreationLiteral as HomeEfsFileSystemCreationLiteral
from smtyped._generated.enums._h import as_HomeEfsFileSystemCreation as as_HomeEfsFileSystemCreation
from smtyped._generated.enums._h import as_HomeEfsFileSystemCreation_opt as as_HomeEfsFileSystemCreation_opt

__all__ = [
    "HomeEfsFileSystemCreation",
    "HomeEfsFileSystemCreationLiteral",
]
