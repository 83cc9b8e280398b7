# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AwsManagedHumanLoopRequestSource as AwsManagedHumanLoopRequestSource
from smtyped._generated.enums._a import (
    AwsManagedHumanLoopRequestSourceLiteral as AwsManagedHumanLoopRequestSourceLiteral,
)
from smtyped._generated.enums._a import as_AwsManagedHumanLoopRequestSource as as_AwsManagedHumanLoopRequestSource
from smtyped._generated.enums._a import (
    as_AwsManagedHumanLoopRequestSource_opt as as_AwsManagedHumanLoopRequestSource_opt,
)

__all__ = [
    "AwsManagedHumanLoopRequestSource",
    "AwsManagedHumanLoopRequestSourceLiteral",
]
