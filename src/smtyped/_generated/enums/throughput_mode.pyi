# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import ThroughputMode as ThroughputMode
from smtyped._generated.enums._t import ThroughputModeLiteral as ThroughputModeLiteral
from smtyped._generated.enums._t import as_ThroughputMode as as_ThroughputMode
from smtyped._generated.enums._t import as_ThroughputMode_opt as as_ThroughputMode_opt

__all__ = [
    "ThroughputMode",
    "ThroughputModeLiteral",
]
