# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AICapacityReservationPreference(OpenEnum):
    CAPACITY_RESERVATIONS_ONLY = "capacity-reservations-only"

AICapacityReservationPreferenceLiteral = Literal["capacity-reservations-only",]

def as_AICapacityReservationPreference(
    value: AICapacityReservationPreference | AICapacityReservationPreferenceLiteral,
) -> AICapacityReservationPreference: ...
def as_AICapacityReservationPreference_opt(
    value: AICapacityReservationPreference | AICapacityReservationPreferenceLiteral | None,
) -> AICapacityReservationPreference | None: ...
