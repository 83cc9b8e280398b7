# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TtlDurationUnit as TtlDurationUnit
from smtyped._generated.enums._t import TtlDurationUnitLiteral as TtlDurationUnitLiteral
from smtyped._generated.enums._t import as_TtlDurationUnit as as_TtlDurationUnit
from smtyped._generated.enums._t import as_TtlDurationUnit_opt as as_TtlDurationUnit_opt

__all__ = [
    "TtlDurationUnit",
    "TtlDurationUnitLiteral",
]
