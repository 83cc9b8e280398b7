# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._f import FairShare as FairShare
from smtyped._generated.enums._f import FairShareLiteral as FairShareLiteral
from smtyped._generated.enums._f import as_FairShare as as_FairShare
from smtyped._generated.enums._f import as_FairShare_opt as as_FairShare_opt

__all__ = [
    "FairShare",
    "FairShareLiteral",
]
