# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AvailabilityZoneBalanceEnforcementMode(OpenEnum):
    PERMISSIVE = "PERMISSIVE"

AvailabilityZoneBalanceEnforcementModeLiteral = Literal["PERMISSIVE",]

def as_AvailabilityZoneBalanceEnforcementMode(
    value: AvailabilityZoneBalanceEnforcementMode | AvailabilityZoneBalanceEnforcementModeLiteral,
) -> AvailabilityZoneBalanceEnforcementMode: ...
def as_AvailabilityZoneBalanceEnforcementMode_opt(
    value: AvailabilityZoneBalanceEnforcementMode | AvailabilityZoneBalanceEnforcementModeLiteral | None,
) -> AvailabilityZoneBalanceEnforcementMode | None: ...
