# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AccountDefaultStatus as AccountDefaultStatus
from smtyped._generated.enums._a import AccountDefaultStatusLiteral as AccountDefaultStatusLiteral
from smtyped._generated.enums._a import as_AccountDefaultStatus as as_AccountDefaultStatus
from smtyped._generated.enums._a import as_AccountDefaultStatus_opt as as_AccountDefaultStatus_opt

__all__ = [
    "AccountDefaultStatus",
    "AccountDefaultStatusLiteral",
]
