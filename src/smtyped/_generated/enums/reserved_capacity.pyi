# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ReservedCapacityInstanceType(OpenEnum):
    ML_P4D_24XLARGE = "ml.p4d.24xlarge"
    ML_P5_48XLARGE = "ml.p5.48xlarge"
    ML_P5E_48XLARGE = "ml.p5e.48xlarge"
    ML_P5EN_48XLARGE = "ml.p5en.48xlarge"
    ML_TRN1_32XLARGE = "ml.trn1.32xlarge"
    ML_TRN2_48XLARGE = "ml.trn2.48xlarge"
    ML_P6_B200_48XLARGE = "ml.p6-b200.48xlarge"
    ML_P4DE_24XLARGE = "ml.p4de.24xlarge"
    ML_P6E_GB200_36XLARGE = "ml.p6e-gb200.36xlarge"
    ML_P5_4XLARGE = "ml.p5.4xlarge"
    ML_P6_B300_48XLARGE = "ml.p6-b300.48xlarge"

ReservedCapacityInstanceTypeLiteral = Literal[
    "ml.p4d.24xlarge",
    "ml.p5.48xlarge",
    "ml.p5e.48xlarge",
    "ml.p5en.48xlarge",
    "ml.trn1.32xlarge",
    "ml.trn2.48xlarge",
    "ml.p6-b200.48xlarge",
    "ml.p4de.24xlarge",
    "ml.p6e-gb200.36xlarge",
    "ml.p5.4xlarge",
    "ml.p6-b300.48xlarge",
]

def as_ReservedCapacityInstanceType(
    value: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral,
) -> ReservedCapacityInstanceType: ...
def as_ReservedCapacityInstanceType_opt(
    value: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None,
) -> ReservedCapacityInstanceType | None: ...

class ReservedCapacityStatus(OpenEnum):
    PENDING = "Pending"
    ACTIVE = "Active"
    SCHEDULED = "Scheduled"
    EXPIRED = "Expired"
    FAILED = "Failed"

ReservedCapacityStatusLiteral = Literal[
    "Pending",
    "Active",
    "Scheduled",
    "Expired",
    "Failed",
]

def as_ReservedCapacityStatus(
    value: ReservedCapacityStatus | ReservedCapacityStatusLiteral,
) -> ReservedCapacityStatus: ...
def as_ReservedCapacityStatus_opt(
    value: ReservedCapacityStatus | ReservedCapacityStatusLiteral | None,
) -> ReservedCapacityStatus | None: ...

class ReservedCapacityType(OpenEnum):
    ULTRASERVER = "UltraServer"
    INSTANCE = "Instance"

ReservedCapacityTypeLiteral = Literal[
    "UltraServer",
    "Instance",
]

def as_ReservedCapacityType(value: ReservedCapacityType | ReservedCapacityTypeLiteral) -> ReservedCapacityType: ...
def as_ReservedCapacityType_opt(
    value: ReservedCapacityType | ReservedCapacityTypeLiteral | None,
) -> ReservedCapacityType | None: ...
