# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CapacityReservationPreference(OpenEnum):
    CAPACITY_RESERVATIONS_ONLY = "capacity-reservations-only"

CapacityReservationPreferenceLiteral = Literal["capacity-reservations-only",]

def as_CapacityReservationPreference(
    value: CapacityReservationPreference | CapacityReservationPreferenceLiteral,
) -> CapacityReservationPreference: ...
def as_CapacityReservationPreference_opt(
    value: CapacityReservationPreference | CapacityReservationPreferenceLiteral | None,
) -> CapacityReservationPreference | None: ...

class CapacityReservationType(OpenEnum):
    ODCR = "ODCR"
    CRG = "CRG"

CapacityReservationTypeLiteral = Literal[
    "ODCR",
    "CRG",
]

def as_CapacityReservationType(
    value: CapacityReservationType | CapacityReservationTypeLiteral,
) -> CapacityReservationType: ...
def as_CapacityReservationType_opt(
    value: CapacityReservationType | CapacityReservationTypeLiteral | None,
) -> CapacityReservationType | None: ...
