# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import RepositoryAccessMode as RepositoryAccessMode
from smtyped._generated.enums._r import RepositoryAccessModeLiteral as RepositoryAccessModeLiteral
from smtyped._generated.enums._r import as_RepositoryAccessMode as as_RepositoryAccessMode
from smtyped._generated.enums._r import as_RepositoryAccessMode_opt as as_RepositoryAccessMode_opt

__all__ = [
    "RepositoryAccessMode",
    "RepositoryAccessModeLiteral",
]
