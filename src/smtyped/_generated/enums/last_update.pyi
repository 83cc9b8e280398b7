# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._l import LastUpdateStatusValue as LastUpdateStatusValue
from smtyped._generated.enums._l import LastUpdateStatusValueLiteral as LastUpdateStatusValueLiteral
from smtyped._generated.enums._l import as_LastUpdateStatusValue as as_LastUpdateStatusValue
from smtyped._generated.enums._l import as_LastUpdateStatusValue_opt as as_LastUpdateStatusValue_opt

__all__ = [
    "LastUpdateStatusValue",
    "LastUpdateStatusValueLiteral",
]
