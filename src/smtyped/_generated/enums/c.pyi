# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CandidateSortBy(OpenEnum):
    CREATIONTIME = "CreationTime"
    STATUS = "Status"
    FINALOBJECTIVEMETRICVALUE = "FinalObjectiveMetricValue"

CandidateSortByLiteral = Literal[
    "CreationTime",
    "Status",
    "FinalObjectiveMetricValue",
]

def as_CandidateSortBy(value: CandidateSortBy | CandidateSortByLiteral) -> CandidateSortBy: ...
def as_CandidateSortBy_opt(value: CandidateSortBy | CandidateSortByLiteral | None) -> CandidateSortBy | None: ...

class CandidateStatus(OpenEnum):
    COMPLETED = "Completed"
    INPROGRESS = "InProgress"
    FAILED = "Failed"
    STOPPED = "Stopped"
    STOPPING = "Stopping"

CandidateStatusLiteral = Literal[
    "Completed",
    "InProgress",
    "Failed",
    "Stopped",
    "Stopping",
]

def as_CandidateStatus(value: CandidateStatus | CandidateStatusLiteral) -> CandidateStatus: ...
def as_CandidateStatus_opt(value: CandidateStatus | CandidateStatusLiteral | None) -> CandidateStatus | None: ...

class CandidateStepType(OpenEnum):
    AWS_SAGEMAKER_TRAININGJOB = "AWS::SageMaker::TrainingJob"
    AWS_SAGEMAKER_TRANSFORMJOB = "AWS::SageMaker::TransformJob"
    AWS_SAGEMAKER_PROCESSINGJOB = "AWS::SageMaker::ProcessingJob"

CandidateStepTypeLiteral = Literal[
    "AWS::SageMaker::TrainingJob",
    "AWS::SageMaker::TransformJob",
    "AWS::SageMaker::ProcessingJob",
]

def as_CandidateStepType(value: CandidateStepType | CandidateStepTypeLiteral) -> CandidateStepType: ...
def as_CandidateStepType_opt(
    value: CandidateStepType | CandidateStepTypeLiteral | None,
) -> CandidateStepType | None: ...

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

class CapacitySizeType(OpenEnum):
    INSTANCE_COUNT = "INSTANCE_COUNT"
    CAPACITY_PERCENT = "CAPACITY_PERCENT"

CapacitySizeTypeLiteral = Literal[
    "INSTANCE_COUNT",
    "CAPACITY_PERCENT",
]

def as_CapacitySizeType(value: CapacitySizeType | CapacitySizeTypeLiteral) -> CapacitySizeType: ...
def as_CapacitySizeType_opt(value: CapacitySizeType | CapacitySizeTypeLiteral | None) -> CapacitySizeType | None: ...

class CaptureStatus(OpenEnum):
    STARTED = "Started"
    STOPPED = "Stopped"

CaptureStatusLiteral = Literal[
    "Started",
    "Stopped",
]

def as_CaptureStatus(value: CaptureStatus | CaptureStatusLiteral) -> CaptureStatus: ...
def as_CaptureStatus_opt(value: CaptureStatus | CaptureStatusLiteral | None) -> CaptureStatus | None: ...

class ClusterCapacityType(OpenEnum):
    SPOT = "Spot"
    ONDEMAND = "OnDemand"

ClusterCapacityTypeLiteral = Literal[
    "Spot",
    "OnDemand",
]

def as_ClusterCapacityType(value: ClusterCapacityType | ClusterCapacityTypeLiteral) -> ClusterCapacityType: ...
def as_ClusterCapacityType_opt(
    value: ClusterCapacityType | ClusterCapacityTypeLiteral | None,
) -> ClusterCapacityType | None: ...

class ClusterEventResourceType(OpenEnum):
    CLUSTER = "Cluster"
    INSTANCEGROUP = "InstanceGroup"
    INSTANCE = "Instance"

ClusterEventResourceTypeLiteral = Literal[
    "Cluster",
    "InstanceGroup",
    "Instance",
]

def as_ClusterEventResourceType(
    value: ClusterEventResourceType | ClusterEventResourceTypeLiteral,
) -> ClusterEventResourceType: ...
def as_ClusterEventResourceType_opt(
    value: ClusterEventResourceType | ClusterEventResourceTypeLiteral | None,
) -> ClusterEventResourceType | None: ...

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
    ML_P6_B300_48XLARGE = "ml.p6-b300.48xlarge"

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
    "ml.p6-b300.48xlarge",
]

def as_ClusterInstanceType(value: ClusterInstanceType | ClusterInstanceTypeLiteral) -> ClusterInstanceType: ...
def as_ClusterInstanceType_opt(
    value: ClusterInstanceType | ClusterInstanceTypeLiteral | None,
) -> ClusterInstanceType | None: ...

class ClusterKubernetesTaintEffect(OpenEnum):
    NOSCHEDULE = "NoSchedule"
    PREFERNOSCHEDULE = "PreferNoSchedule"
    NOEXECUTE = "NoExecute"

ClusterKubernetesTaintEffectLiteral = Literal[
    "NoSchedule",
    "PreferNoSchedule",
    "NoExecute",
]

def as_ClusterKubernetesTaintEffect(
    value: ClusterKubernetesTaintEffect | ClusterKubernetesTaintEffectLiteral,
) -> ClusterKubernetesTaintEffect: ...
def as_ClusterKubernetesTaintEffect_opt(
    value: ClusterKubernetesTaintEffect | ClusterKubernetesTaintEffectLiteral | None,
) -> ClusterKubernetesTaintEffect | None: ...

class ClusterNodeProvisioningMode(OpenEnum):
    CONTINUOUS = "Continuous"

ClusterNodeProvisioningModeLiteral = Literal["Continuous",]

def as_ClusterNodeProvisioningMode(
    value: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral,
) -> ClusterNodeProvisioningMode: ...
def as_ClusterNodeProvisioningMode_opt(
    value: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral | None,
) -> ClusterNodeProvisioningMode | None: ...

class ClusterNodeRecovery(OpenEnum):
    AUTOMATIC = "Automatic"
    NONE = "None"

ClusterNodeRecoveryLiteral = Literal[
    "Automatic",
    "None",
]

def as_ClusterNodeRecovery(value: ClusterNodeRecovery | ClusterNodeRecoveryLiteral) -> ClusterNodeRecovery: ...
def as_ClusterNodeRecovery_opt(
    value: ClusterNodeRecovery | ClusterNodeRecoveryLiteral | None,
) -> ClusterNodeRecovery | None: ...

class ClusterSortBy(OpenEnum):
    CREATION_TIME = "CREATION_TIME"
    NAME = "NAME"

ClusterSortByLiteral = Literal[
    "CREATION_TIME",
    "NAME",
]

def as_ClusterSortBy(value: ClusterSortBy | ClusterSortByLiteral) -> ClusterSortBy: ...
def as_ClusterSortBy_opt(value: ClusterSortBy | ClusterSortByLiteral | None) -> ClusterSortBy | None: ...

class ClusterStatus(OpenEnum):
    CREATING = "Creating"
    DELETING = "Deleting"
    FAILED = "Failed"
    INSERVICE = "InService"
    ROLLINGBACK = "RollingBack"
    SYSTEMUPDATING = "SystemUpdating"
    UPDATING = "Updating"

ClusterStatusLiteral = Literal[
    "Creating",
    "Deleting",
    "Failed",
    "InService",
    "RollingBack",
    "SystemUpdating",
    "Updating",
]

def as_ClusterStatus(value: ClusterStatus | ClusterStatusLiteral) -> ClusterStatus: ...
def as_ClusterStatus_opt(value: ClusterStatus | ClusterStatusLiteral | None) -> ClusterStatus | None: ...

class CollectionType(OpenEnum):
    LIST = "List"
    SET = "Set"
    VECTOR = "Vector"

CollectionTypeLiteral = Literal[
    "List",
    "Set",
    "Vector",
]

def as_CollectionType(value: CollectionType | CollectionTypeLiteral) -> CollectionType: ...
def as_CollectionType_opt(value: CollectionType | CollectionTypeLiteral | None) -> CollectionType | None: ...

class CompilationJobStatus(OpenEnum):
    INPROGRESS = "INPROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    STARTING = "STARTING"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"

CompilationJobStatusLiteral = Literal[
    "INPROGRESS",
    "COMPLETED",
    "FAILED",
    "STARTING",
    "STOPPING",
    "STOPPED",
]

def as_CompilationJobStatus(value: CompilationJobStatus | CompilationJobStatusLiteral) -> CompilationJobStatus: ...
def as_CompilationJobStatus_opt(
    value: CompilationJobStatus | CompilationJobStatusLiteral | None,
) -> CompilationJobStatus | None: ...

class CompleteOnConvergence(OpenEnum):
    DISABLED = "Disabled"
    ENABLED = "Enabled"

CompleteOnConvergenceLiteral = Literal[
    "Disabled",
    "Enabled",
]

def as_CompleteOnConvergence(value: CompleteOnConvergence | CompleteOnConvergenceLiteral) -> CompleteOnConvergence: ...
def as_CompleteOnConvergence_opt(
    value: CompleteOnConvergence | CompleteOnConvergenceLiteral | None,
) -> CompleteOnConvergence | None: ...

class CompressionType(OpenEnum):
    NONE = "None"
    GZIP = "Gzip"

CompressionTypeLiteral = Literal[
    "None",
    "Gzip",
]

def as_CompressionType(value: CompressionType | CompressionTypeLiteral) -> CompressionType: ...
def as_CompressionType_opt(value: CompressionType | CompressionTypeLiteral | None) -> CompressionType | None: ...

class ConditionOutcome(OpenEnum):
    TRUE = "True"
    FALSE = "False"

ConditionOutcomeLiteral = Literal[
    "True",
    "False",
]

def as_ConditionOutcome(value: ConditionOutcome | ConditionOutcomeLiteral) -> ConditionOutcome: ...
def as_ConditionOutcome_opt(value: ConditionOutcome | ConditionOutcomeLiteral | None) -> ConditionOutcome | None: ...

class ContainerMode(OpenEnum):
    SINGLEMODEL = "SingleModel"
    MULTIMODEL = "MultiModel"

ContainerModeLiteral = Literal[
    "SingleModel",
    "MultiModel",
]

def as_ContainerMode(value: ContainerMode | ContainerModeLiteral) -> ContainerMode: ...
def as_ContainerMode_opt(value: ContainerMode | ContainerModeLiteral | None) -> ContainerMode | None: ...

class ContentClassifier(OpenEnum):
    FREEOFPERSONALLYIDENTIFIABLEINFORMATION = "FreeOfPersonallyIdentifiableInformation"
    FREEOFADULTCONTENT = "FreeOfAdultContent"

ContentClassifierLiteral = Literal[
    "FreeOfPersonallyIdentifiableInformation",
    "FreeOfAdultContent",
]

def as_ContentClassifier(value: ContentClassifier | ContentClassifierLiteral) -> ContentClassifier: ...
def as_ContentClassifier_opt(
    value: ContentClassifier | ContentClassifierLiteral | None,
) -> ContentClassifier | None: ...

class CrossAccountFilterOption(OpenEnum):
    SAMEACCOUNT = "SameAccount"
    CROSSACCOUNT = "CrossAccount"

CrossAccountFilterOptionLiteral = Literal[
    "SameAccount",
    "CrossAccount",
]

def as_CrossAccountFilterOption(
    value: CrossAccountFilterOption | CrossAccountFilterOptionLiteral,
) -> CrossAccountFilterOption: ...
def as_CrossAccountFilterOption_opt(
    value: CrossAccountFilterOption | CrossAccountFilterOptionLiteral | None,
) -> CrossAccountFilterOption | None: ...
