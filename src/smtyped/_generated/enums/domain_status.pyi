# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._d import DomainStatus as DomainStatus
from smtyped._generated.enums._d import DomainStatusLiteral as DomainStatusLiteral
from smtyped._generated.enums._d import as_DomainStatus as as_DomainStatus
from smtyped._generated.enums._d import as_DomainStatus_opt as as_DomainStatus_opt

__all__ = [
    "DomainStatus",
    "DomainStatusLiteral",
]
