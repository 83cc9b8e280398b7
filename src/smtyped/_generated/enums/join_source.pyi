# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._j import JoinSource as JoinSource
from smtyped._generated.enums._j import JoinSourceLiteral as JoinSourceLiteral
from smtyped._generated.enums._j import as_JoinSource as as_JoinSource
from smtyped._generated.enums._j import as_JoinSource_opt as as_JoinSource_opt

__all__ = [
    "JoinSource",
    "JoinSourceLiteral",
]
