# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._b import BatchStrategy as BatchStrategy
from smtyped._generated.enums._b import BatchStrategyLiteral as BatchStrategyLiteral
from smtyped._generated.enums._b import as_BatchStrategy as as_BatchStrategy
from smtyped._generated.enums._b import as_BatchStrategy_opt as as_BatchStrategy_opt

__all__ = [
    "BatchStrategy",
    "BatchStrategyLiteral",
]
