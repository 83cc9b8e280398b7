# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AvailabilityZoneBalanceEnforcementMode as AvailabilityZoneBalanceEnforcementMode
from smtyped._generated.enums._a import (
    AvailabilityZoneBalanceEnforcementModeLiteral as AvailabilityZoneBalanceEnforcementModeLiteral,
)
from smtyped._generated.enums._a import (
    as_AvailabilityZoneBalanceEnforcementMode as as_AvailabilityZoneBalanceEnforcementMode,
)
from smtyped._generated.enums._a import (
    as_AvailabilityZoneBalanceEnforcementMode_opt as as_AvailabilityZoneBalanceEnforcementMode_opt,
)

__all__ = [
    "AvailabilityZoneBalanceEnforcementMode",
    "AvailabilityZoneBalanceEnforcementModeLiteral",
]
