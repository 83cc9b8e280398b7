# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AICapacityReservationPreference as AICapacityReservationPreference
from smtyped._generated.enums._a import AICapacityReservationPreferenceLiteral as AICapacityReservationPreferenceLiteral
from smtyped._generated.enums._a import as_AICapacityReservationPreference as as_AICapacityReservationPreference
from smtyped._generated.enums._a import as_AICapacityReservationPreference_opt as as_AICapacityReservationPreference_opt

__all__ = [
    "AICapacityReservationPreference",
    "AICapacityReservationPreferenceLiteral",
]
