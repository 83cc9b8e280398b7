# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CapacityReservationPreference as CapacityReservationPreference
from smtyped._generated.enums._c import CapacityReservationPreferenceLiteral as CapacityReservationPreferenceLiteral
from smtyped._generated.enums._c import CapacityReservationType as CapacityReservationType
from smtyped._generated.enums._c import CapacityReservationTypeLiteral as CapacityReservationTypeLiteral
from smtyped._generated.enums._c import as_CapacityReservationPreference as as_CapacityReservationPreference
from smtyped._generated.enums._c import as_CapacityReservationPreference_opt as as_CapacityReservationPreference_opt
from smtyped._generated.enums._c import as_CapacityReservationType as as_CapacityReservationType
from smtyped._generated.enums._c import as_CapacityReservationType_opt as as_CapacityReservationType_opt

__all__ = [
    "CapacityReservationPreference",
    "CapacityReservationPreferenceLiteral",
    "CapacityReservationType",
    "CapacityReservationTypeLiteral",
]
