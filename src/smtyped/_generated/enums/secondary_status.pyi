# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SecondaryStatus as SecondaryStatus
from smtyped._generated.enums._s import SecondaryStatusLiteral as SecondaryStatusLiteral
from smtyped._generated.enums._s import as_SecondaryStatus as as_SecondaryStatus
from smtyped._generated.enums._s import as_SecondaryStatus_opt as as_SecondaryStatus_opt

__all__ = [
    "SecondaryStatus",
    "SecondaryStatusLiteral",
]
