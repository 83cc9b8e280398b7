# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterInstanceStatus(OpenEnum):
    RUNNING = "Running"
    FAILURE = "Failure"
    PENDING = "Pending"
    SHUTTINGDOWN = "ShuttingDown"
    SYSTEMUPDATING = "SystemUpdating"
    DEEPHEALTHCHECKINPROGRESS = "DeepHealthCheckInProgress"
    NOTFOUND = "NotFound"

ClusterInstanceStatusLiteral = Literal[
    "Running",
    "Failure",
    "Pending",
    "ShuttingDown",
    "SystemUpdating",
    "DeepHealthCheckInProgress",
    "NotFound",
]

def as_ClusterInstanceStatus(value: ClusterInstanceStatus | ClusterInstanceStatusLiteral) -> ClusterInstanceStatus: ...
def as_ClusterInstanceStatus_opt(
    value: ClusterInstanceStatus | ClusterInstanceStatusLiteral | None,
) -> ClusterInstanceStatus | None: ...

class ClusterInstanceType(OpenEnum):
    ML_P4D_24XLARGE = "ml.p4d.24xlarge"
    ML_P4DE_24XLARGE = "ml.p4de.24xlarge"
    ML_P5_48XLARGE = "ml.p5.48xlarge"
    ML_P5_4XLARGE = "ml.p5.4xlarge"
    ML_P6E_GB200_36XLARGE = "ml.p6e-gb200.36xlarge"
    ML_TRN1_32XLARGE = "ml.trn1.32xlarge"
    ML_TRN1N_32XLARGE = "ml.trn1n.32xlarge"
    ML_G5_XLARGE = "ml.g5.xlarge"
    ML_G5_2XLARGE = "ml.g5.2xlarge"
    ML_G5_4XLARGE = "ml.g5.4xlarge"
    ML_G5_8XLARGE = "ml.g5.8xlarge"
    ML_G5_12XLARGE = "ml.g5.12xlarge"
    ML_G5_16XLARGE = "ml.g5.16xlarge"
    ML_G5_24XLARGE = "ml.g5.24xlarge"
    ML_G5_48XLARGE = "ml.g5.48xlarge"
    ML_C5_LARGE = "ml.c5.large"
    ML_C5_XLARGE = "ml.c5.xlarge"
    ML_C5_2XLARGE = "ml.c5.2xlarge"
    ML_C5_4XLARGE = "ml.c5.4xlarge"
    ML_C5_9XLARGE = "ml.c5.9xlarge"
    ML_C5_12XLARGE = "ml.c5.12xlarge"
    ML_C5_18XLARGE = "ml.c5.18xlarge"
    ML_C5_24XLARGE = "ml.c5.24xlarge"
    ML_C5N_LARGE = "ml.c5n.large"
    ML_C5N_2XLARGE = "ml.c5n.2xlarge"
    ML_C5N_4XLARGE = "ml.c5n.4xlarge"
    ML_C5N_9XLARGE = "ml.c5n.9xlarge"
    ML_C5N_18XLARGE = "ml.c5n.18xlarge"
    ML_M5_LARGE = "ml.m5.large"
    ML_M5_XLARGE = "ml.m5.xlarge"
    ML_M5_2XLARGE = "ml.m5.2xlarge"
    ML_M5_4XLARGE = "ml.m5.4xlarge"
    ML_M5_8XLARGE = "ml.m5.8xlarge"
    ML_M5_12XLARGE = "ml.m5.12xlarge"
    ML_M5_16XLARGE = "ml.m5.16xlarge"
    ML_M5_24XLARGE = "ml.m5.24xlarge"
    ML_T3_MEDIUM = "ml.t3.medium"
    ML_T3_LARGE = "ml.t3.large"
    ML_T3_XLARGE = "ml.t3.xlarge"
    ML_T3_2XLARGE = "ml.t3.2xlarge"
    ML_G6_XLARGE = "ml.g6.xlarge"
    ML_G6_2XLARGE = "ml.g6.2xlarge"
    ML_G6_4XLARGE = "ml.g6.4xlarge"
    ML_G6_8XLARGE = "ml.g6.8xlarge"
    ML_G6_16XLARGE = "ml.g6.16xlarge"
    ML_G6_12XLARGE = "ml.g6.12xlarge"
    ML_G6_24XLARGE = "ml.g6.24xlarge"
    ML_G6_48XLARGE = "ml.g6.48xlarge"
    ML_GR6_4XLARGE = "ml.gr6.4xlarge"
    ML_GR6_8XLARGE = "ml.gr6.8xlarge"
    ML_G6E_XLARGE = "ml.g6e.xlarge"
    ML_G6E_2XLARGE = "ml.g6e.2xlarge"
    ML_G6E_4XLARGE = "ml.g6e.4xlarge"
    ML_G6E_8XLARGE = "ml.g6e.8xlarge"
    ML_G6E_16XLARGE = "ml.g6e.16xlarge"
    ML_G6E_12XLARGE = "ml.g6e.12xlarge"
    ML_G6E_24XLARGE = "ml.g6e.24xlarge"
    ML_G6E_48XLARGE = "ml.g6e.48xlarge"
    ML_P5E_48XLARGE = "ml.p5e.48xlarge"
    ML_P5EN_48XLARGE = "ml.p5en.48xlarge"
    ML_P6_B200_48XLARGE = "ml.p6-b200.48xlarge"
    ML_TRN2_3XLARGE = "ml.trn2.3xlarge"
    ML_TRN2_48XLARGE = "ml.trn2.48xlarge"
    ML_C6I_LARGE = "ml.c6i.large"
    ML_C6I_XLARGE = "ml.c6i.xlarge"
    ML_C6I_2XLARGE = "ml.c6i.2xlarge"
    ML_C6I_4XLARGE = "ml.c6i.4xlarge"
    ML_C6I_8XLARGE = "ml.c6i.8xlarge"
    ML_C6I_12XLARGE = "ml.c6i.12xlarge"
    ML_C6I_16XLARGE = "ml.c6i.16xlarge"
    ML_C6I_24XLARGE = "ml.c6i.24xlarge"
    ML_C6I_32XLARGE = "ml.c6i.32xlarge"
    ML_M6I_LARGE = "ml.m6i.large"
    ML_M6I_XLARGE = "ml.m6i.xlarge"
    ML_M6I_2XLARGE = "ml.m6i.2xlarge"
    ML_M6I_4XLARGE = "ml.m6i.4xlarge"
    ML_M6I_8XLARGE = "ml.m6i.8xlarge"
    ML_M6I_12XLARGE = "ml.m6i.12xlarge"
    ML_M6I_16XLARGE = "ml.m6i.16xlarge"
    ML_M6I_24XLARGE = "ml.m6i.24xlarge"
    ML_M6I_32XLARGE = "ml.m6i.32xlarge"
    ML_R6I_LARGE = "ml.r6i.large"
    ML_R6I_XLARGE = "ml.r6i.xlarge"
    ML_R6I_2XLARGE = "ml.r6i.2xlarge"
    ML_R6I_4XLARGE = "ml.r6i.4xlarge"
    ML_R6I_8XLARGE = "ml.r6i.8xlarge"
    ML_R6I_12XLARGE = "ml.r6i.12xlarge"
    ML_R6I_16XLARGE = "ml.r6i.16xlarge"
    ML_R6I_24XLARGE = "ml.r6i.24xlarge"
    ML_R6I_32XLARGE = "ml.r6i.32xlarge"
    ML_I3EN_LARGE = "ml.i3en.large"
    ML_I3EN_XLARGE = "ml.i3en.xlarge"
    ML_I3EN_2XLARGE = "ml.i3en.2xlarge"
    ML_I3EN_3XLARGE = "ml.i3en.3xlarge"
    ML_I3EN_6XLARGE = "ml.i3en.6xlarge"
    ML_I3EN_12XLARGE = "ml.i3en.12xlarge"
    ML_I3EN_24XLARGE = "ml.i3en.24xlarge"
    ML_M7I_LARGE = "ml.m7i.large"
    ML_M7I_XLARGE = "ml.m7i.xlarge"
    ML_M7I_2XLARGE = "ml.m7i.2xlarge"
    ML_M7I_4XLARGE = "ml.m7i.4xlarge"
    ML_M7I_8XLARGE = "ml.m7i.8xlarge"
    ML_M7I_12XLARGE = "ml.m7i.12xlarge"
    ML_M7I_16XLARGE = "ml.m7i.16xlarge"
    ML_M7I_24XLARGE = "ml.m7i.24xlarge"
    ML_M7I_48XLARGE = "ml.m7i.48xlarge"
    ML_R7I_LARGE = "ml.r7i.large"
    ML_R7I_XLARGE = "ml.r7i.xlarge"
    ML_R7I_2XLARGE = "ml.r7i.2xlarge"
    ML_R7I_4XLARGE = "ml.r7i.4xlarge"
    ML_R7I_8XLARGE = "ml.r7i.8xlarge"
    ML_R7I_12XLARGE = "ml.r7i.12xlarge"
    ML_R7I_16XLARGE = "ml.r7i.16xlarge"
    ML_R7I_24XLARGE = "ml.r7i.24xlarge"
    ML_R7I_48XLARGE = "ml.r7i.48xlarge"
    ML_R5D_16XLARGE = "ml.r5d.16xlarge"
    ML_G7E_2XLARGE = "ml.g7e.2xlarge"
    ML_G7E_4XLARGE = "ml.g7e.4xlarge"
    ML_G7E_8XLARGE = "ml.g7e.8xlarge"
    ML_G7E_12XLARGE = "ml.g7e.12xlarge"
    ML_G7E_24XLARGE = "ml.g7e.24xlarge"
    ML_G7E_48XLARGE = "ml.g7e.48xlarge"
    ML_P6_B300_48XLARGE = "ml.p6-b300.48xlarge"
    ML_G4DN_XLARGE = "ml.g4dn.xlarge"
    ML_G4DN_2XLARGE = "ml.g4dn.2xlarge"
    ML_G4DN_4XLARGE = "ml.g4dn.4xlarge"
    ML_G4DN_8XLARGE = "ml.g4dn.8xlarge"
    ML_G4DN_12XLARGE = "ml.g4dn.12xlarge"
    ML_G4DN_16XLARGE = "ml.g4dn.16xlarge"
    ML_C6G_MEDIUM = "ml.c6g.medium"
    ML_C6G_LARGE = "ml.c6g.large"
    ML_C6G_XLARGE = "ml.c6g.xlarge"
    ML_C6G_2XLARGE = "ml.c6g.2xlarge"
    ML_C6G_4XLARGE = "ml.c6g.4xlarge"
    ML_C6G_8XLARGE = "ml.c6g.8xlarge"
    ML_C6G_12XLARGE = "ml.c6g.12xlarge"
    ML_C6G_16XLARGE = "ml.c6g.16xlarge"
    ML_C7G_MEDIUM = "ml.c7g.medium"
    ML_C7G_LARGE = "ml.c7g.large"
    ML_C7G_XLARGE = "ml.c7g.xlarge"
    ML_C7G_2XLARGE = "ml.c7g.2xlarge"
    ML_C7G_4XLARGE = "ml.c7g.4xlarge"
    ML_C7G_8XLARGE = "ml.c7g.8xlarge"
    ML_C7G_12XLARGE = "ml.c7g.12xlarge"
    ML_C7G_16XLARGE = "ml.c7g.16xlarge"
    ML_C8G_MEDIUM = "ml.c8g.medium"
    ML_C8G_LARGE = "ml.c8g.large"
    ML_C8G_XLARGE = "ml.c8g.xlarge"
    ML_C8G_2XLARGE = "ml.c8g.2xlarge"
    ML_C8G_4XLARGE = "ml.c8g.4xlarge"
    ML_C8G_8XLARGE = "ml.c8g.8xlarge"
    ML_C8G_12XLARGE = "ml.c8g.12xlarge"
    ML_C8G_16XLARGE = "ml.c8g.16xlarge"
    ML_C8G_24XLARGE = "ml.c8g.24xlarge"
    ML_C8G_48XLARGE = "ml.c8g.48xlarge"
    ML_C6A_LARGE = "ml.c6a.large"
    ML_C6A_XLARGE = "ml.c6a.xlarge"
    ML_C6A_2XLARGE = "ml.c6a.2xlarge"
    ML_C6A_4XLARGE = "ml.c6a.4xlarge"
    ML_C6A_8XLARGE = "ml.c6a.8xlarge"
    ML_C6A_12XLARGE = "ml.c6a.12xlarge"
    ML_C6A_16XLARGE = "ml.c6a.16xlarge"
    ML_C6A_24XLARGE = "ml.c6a.24xlarge"
    ML_C6A_32XLARGE = "ml.c6a.32xlarge"
    ML_C6A_48XLARGE = "ml.c6a.48xlarge"
    ML_M6A_LARGE = "ml.m6a.large"
    ML_M6A_XLARGE = "ml.m6a.xlarge"
    ML_M6A_2XLARGE = "ml.m6a.2xlarge"
    ML_M6A_4XLARGE = "ml.m6a.4xlarge"
    ML_M6A_8XLARGE = "ml.m6a.8xlarge"
    ML_M6A_12XLARGE = "ml.m6a.12xlarge"
    ML_M6A_16XLARGE = "ml.m6a.16xlarge"
    ML_M6A_24XLARGE = "ml.m6a.24xlarge"
    ML_M6A_32XLARGE = "ml.m6a.32xlarge"
    ML_M6A_48XLARGE = "ml.m6a.48xlarge"
    ML_M6G_MEDIUM = "ml.m6g.medium"
    ML_M6G_LARGE = "ml.m6g.large"
    ML_M6G_XLARGE = "ml.m6g.xlarge"
    ML_M6G_2XLARGE = "ml.m6g.2xlarge"
    ML_M6G_4XLARGE = "ml.m6g.4xlarge"
    ML_M6G_8XLARGE = "ml.m6g.8xlarge"
    ML_M6G_12XLARGE = "ml.m6g.12xlarge"
    ML_M6G_16XLARGE = "ml.m6g.16xlarge"
    ML_M7G_MEDIUM = "ml.m7g.medium"
    ML_M7G_LARGE = "ml.m7g.large"
    ML_M7G_XLARGE = "ml.m7g.xlarge"
    ML_M7G_2XLARGE = "ml.m7g.2xlarge"
    ML_M7G_4XLARGE = "ml.m7g.4xlarge"
    ML_M7G_8XLARGE = "ml.m7g.8xlarge"
    ML_M7G_12XLARGE = "ml.m7g.12xlarge"
    ML_M7G_16XLARGE = "ml.m7g.16xlarge"
    ML_M8G_MEDIUM = "ml.m8g.medium"
    ML_M8G_LARGE = "ml.m8g.large"
    ML_M8G_XLARGE = "ml.m8g.xlarge"
    ML_M8G_2XLARGE = "ml.m8g.2xlarge"
    ML_M8G_4XLARGE = "ml.m8g.4xlarge"
    ML_M8G_8XLARGE = "ml.m8g.8xlarge"
    ML_M8G_12XLARGE = "ml.m8g.12xlarge"
    ML_M8G_16XLARGE = "ml.m8g.16xlarge"
    ML_M8G_24XLARGE = "ml.m8g.24xlarge"
    ML_M8G_48XLARGE = "ml.m8g.48xlarge"

ClusterInstanceTypeLiteral = Literal[
    "ml.p4d.24xlarge",
    "ml.p4de.24xlarge",
    "ml.p5.48xlarge",
    "ml.p5.4xlarge",
    "ml.p6e-gb200.36xlarge",
    "ml.trn1.32xlarge",
    "ml.trn1n.32xlarge",
    "ml.g5.xlarge",
    "ml.g5.2xlarge",
    "ml.g5.4xlarge",
    "ml.g5.8xlarge",
    "ml.g5.12xlarge",
    "ml.g5.16xlarge",
    "ml.g5.24xlarge",
    "ml.g5.48xlarge",
    "ml.c5.large",
    "ml.c5.xlarge",
    "ml.c5.2xlarge",
    "ml.c5.4xlarge",
    "ml.c5.9xlarge",
    "ml.c5.12xlarge",
    "ml.c5.18xlarge",
    "ml.c5.24xlarge",
    "ml.c5n.large",
    "ml.c5n.2xlarge",
    "ml.c5n.4xlarge",
    "ml.c5n.9xlarge",
    "ml.c5n.18xlarge",
    "ml.m5.large",
    "ml.m5.xlarge",
    "ml.m5.2xlarge",
    "ml.m5.4xlarge",
    "ml.m5.8xlarge",
    "ml.m5.12xlarge",
    "ml.m5.16xlarge",
    "ml.m5.24xlarge",
    "ml.t3.medium",
    "ml.t3.large",
    "ml.t3.xlarge",
    "ml.t3.2xlarge",
    "ml.g6.xlarge",
    "ml.g6.2xlarge",
    "ml.g6.4xlarge",
    "ml.g6.8xlarge",
    "ml.g6.16xlarge",
    "ml.g6.12xlarge",
    "ml.g6.24xlarge",
    "ml.g6.48xlarge",
    "ml.gr6.4xlarge",
    "ml.gr6.8xlarge",
    "ml.g6e.xlarge",
    "ml.g6e.2xlarge",
    "ml.g6e.4xlarge",
    "ml.g6e.8xlarge",
    "ml.g6e.16xlarge",
    "ml.g6e.12xlarge",
    "ml.g6e.24xlarge",
    "ml.g6e.48xlarge",
    "ml.p5e.48xlarge",
    "ml.p5en.48xlarge",
    "ml.p6-b200.48xlarge",
    "ml.trn2.3xlarge",
    "ml.trn2.48xlarge",
    "ml.c6i.large",
    "ml.c6i.xlarge",
    "ml.c6i.2xlarge",
    "ml.c6i.4xlarge",
    "ml.c6i.8xlarge",
    "ml.c6i.12xlarge",
    "ml.c6i.16xlarge",
    "ml.c6i.24xlarge",
    "ml.c6i.32xlarge",
    "ml.m6i.large",
    "ml.m6i.xlarge",
    "ml.m6i.2xlarge",
    "ml.m6i.4xlarge",
    "ml.m6i.8xlarge",
    "ml.m6i.12xlarge",
    "ml.m6i.16xlarge",
    "ml.m6i.24xlarge",
    "ml.m6i.32xlarge",
    "ml.r6i.large",
    "ml.r6i.xlarge",
    "ml.r6i.2xlarge",
    "ml.r6i.4xlarge",
    "ml.r6i.8xlarge",
    "ml.r6i.12xlarge",
    "ml.r6i.16xlarge",
    "ml.r6i.24xlarge",
    "ml.r6i.32xlarge",
    "ml.i3en.large",
    "ml.i3en.xlarge",
    "ml.i3en.2xlarge",
    "ml.i3en.3xlarge",
    "ml.i3en.6xlarge",
    "ml.i3en.12xlarge",
    "ml.i3en.24xlarge",
    "ml.m7i.large",
    "ml.m7i.xlarge",
    "ml.m7i.2xlarge",
    "ml.m7i.4xlarge",
    "ml.m7i.8xlarge",
    "ml.m7i.12xlarge",
    "ml.m7i.16xlarge",
    "ml.m7i.24xlarge",
    "ml.m7i.48xlarge",
    "ml.r7i.large",
    "ml.r7i.xlarge",
    "ml.r7i.2xlarge",
    "ml.r7i.4xlarge",
    "ml.r7i.8xlarge",
    "ml.r7i.12xlarge",
    "ml.r7i.16xlarge",
    "ml.r7i.24xlarge",
    "ml.r7i.48xlarge",
    "ml.r5d.16xlarge",
    "ml.g7e.2xlarge",
    "ml.g7e.4xlarge",
    "ml.g7e.8xlarge",
    "ml.g7e.12xlarge",
    "ml.g7e.24xlarge",
    "ml.g7e.48xlarge",
    "ml.p6-b300.48xlarge",
    "ml.g4dn.xlarge",
    "ml.g4dn.2xlarge",
    "ml.g4dn.4xlarge",
    "ml.g4dn.8xlarge",
    "ml.g4dn.12xlarge",
    "ml.g4dn.16xlarge",
    "ml.c6g.medium",
    "ml.c6g.large",
    "ml.c6g.xlarge",
    "ml.c6g.2xlarge",
    "ml.c6g.4xlarge",
    "ml.c6g.8xlarge",
    "ml.c6g.12xlarge",
    "ml.c6g.16xlarge",
    "ml.c7g.medium",
    "ml.c7g.large",
    "ml.c7g.xlarge",
    "ml.c7g.2xlarge",
    "ml.c7g.4xlarge",
    "ml.c7g.8xlarge",
    "ml.c7g.12xlarge",
    "ml.c7g.16xlarge",
    "ml.c8g.medium",
    "ml.c8g.large",
    "ml.c8g.xlarge",
    "ml.c8g.2xlarge",
    "ml.c8g.4xlarge",
    "ml.c8g.8xlarge",
    "ml.c8g.12xlarge",
    "ml.c8g.16xlarge",
    "ml.c8g.24xlarge",
    "ml.c8g.48xlarge",
    "ml.c6a.large",
    "ml.c6a.xlarge",
    "ml.c6a.2xlarge",
    "ml.c6a.4xlarge",
    "ml.c6a.8xlarge",
    "ml.c6a.12xlarge",
    "ml.c6a.16xlarge",
    "ml.c6a.24xlarge",
    "ml.c6a.32xlarge",
    "ml.c6a.48xlarge",
    "ml.m6a.large",
    "ml.m6a.xlarge",
    "ml.m6a.2xlarge",
    "ml.m6a.4xlarge",
    "ml.m6a.8xlarge",
    "ml.m6a.12xlarge",
    "ml.m6a.16xlarge",
    "ml.m6a.24xlarge",
    "ml.m6a.32xlarge",
    "ml.m6a.48xlarge",
    "ml.m6g.medium",
    "ml.m6g.large",
    "ml.m6g.xlarge",
    "ml.m6g.2xlarge",
    "ml.m6g.4xlarge",
    "ml.m6g.8xlarge",
    "ml.m6g.12xlarge",
    "ml.m6g.16xlarge",
    "ml.m7g.medium",
    "ml.m7g.large",
    "ml.m7g.xlarge",
    "ml.m7g.2xlarge",
    "ml.m7g.4xlarge",
    "ml.m7g.8xlarge",
    "ml.m7g.12xlarge",
    "ml.m7g.16xlarge",
    "ml.m8g.medium",
    "ml.m8g.large",
    "ml.m8g.xlarge",
    "ml.m8g.2xlarge",
    "ml.m8g.4xlarge",
    "ml.m8g.8xlarge",
    "ml.m8g.12xlarge",
    "ml.m8g.16xlarge",
    "ml.m8g.24xlarge",
    "ml.m8g.48xlarge",
]

def as_ClusterInstanceType(value: ClusterInstanceType | ClusterInstanceTypeLiteral) -> ClusterInstanceType: ...
def as_ClusterInstanceType_opt(
    value: ClusterInstanceType | ClusterInstanceTypeLiteral | None,
) -> ClusterInstanceType | None: ...
