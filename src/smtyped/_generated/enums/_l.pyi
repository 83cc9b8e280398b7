# Generated stub. Do not edit.
# Every enum whose name starts with "L", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class LabelingJobStatus(OpenEnum):
    """Values of ``LabelingJobStatus``. Unknown values load as ``LabelingJobStatus(value)`` with
    ``is_known`` False.

    Added:
        INITIALIZING: 'Initializing' since 2020-07-24
        IN_PROGRESS: 'InProgress' since 2018-11-28
        COMPLETED: 'Completed' since 2018-11-28
        FAILED: 'Failed' since 2018-11-28
        STOPPING: 'Stopping' since 2018-11-28
        STOPPED: 'Stopped' since 2018-11-28
    """

    INITIALIZING = "Initializing"
    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

LabelingJobStatusLiteral = Literal[
    "Initializing",
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_LabelingJobStatus(value: LabelingJobStatus | LabelingJobStatusLiteral) -> LabelingJobStatus: ...
def as_LabelingJobStatus_opt(
    value: LabelingJobStatus | LabelingJobStatusLiteral | None,
) -> LabelingJobStatus | None: ...

class LastUpdateStatusValue(OpenEnum):
    """Values of ``LastUpdateStatusValue``. Unknown values load as ``LastUpdateStatusValue(value)``
    with ``is_known`` False.

    Added:
        SUCCESSFUL: 'Successful' since 2022-06-29
        FAILED: 'Failed' since 2022-06-29
        IN_PROGRESS: 'InProgress' since 2022-06-29
    """

    SUCCESSFUL = "Successful"
    FAILED = "Failed"
    IN_PROGRESS = "InProgress"

LastUpdateStatusValueLiteral = Literal[
    "Successful",
    "Failed",
    "InProgress",
]

def as_LastUpdateStatusValue(value: LastUpdateStatusValue | LastUpdateStatusValueLiteral) -> LastUpdateStatusValue: ...
def as_LastUpdateStatusValue_opt(
    value: LastUpdateStatusValue | LastUpdateStatusValueLiteral | None,
) -> LastUpdateStatusValue | None: ...

class LifecycleManagement(OpenEnum):
    """Values of ``LifecycleManagement``. Unknown values load as ``LifecycleManagement(value)`` with
    ``is_known`` False.

    Added:
        ENABLED: 'ENABLED' since 2024-09-05
        DISABLED: 'DISABLED' since 2024-09-05
    """

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

LifecycleManagementLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_LifecycleManagement(value: LifecycleManagement | LifecycleManagementLiteral) -> LifecycleManagement: ...
def as_LifecycleManagement_opt(
    value: LifecycleManagement | LifecycleManagementLiteral | None,
) -> LifecycleManagement | None: ...

class LineageType(OpenEnum):
    """Values of ``LineageType``. Unknown values load as ``LineageType(value)`` with ``is_known``
    False.

    Added:
        TRIAL_COMPONENT: 'TrialComponent' since 2021-12-01
        ARTIFACT: 'Artifact' since 2021-12-01
        CONTEXT: 'Context' since 2021-12-01
        ACTION: 'Action' since 2021-12-01
    """

    TRIAL_COMPONENT = "TrialComponent"
    ARTIFACT = "Artifact"
    CONTEXT = "Context"
    ACTION = "Action"

LineageTypeLiteral = Literal[
    "TrialComponent",
    "Artifact",
    "Context",
    "Action",
]

def as_LineageType(value: LineageType | LineageTypeLiteral) -> LineageType: ...
def as_LineageType_opt(value: LineageType | LineageTypeLiteral | None) -> LineageType | None: ...

class ListAIBenchmarkJobsSortBy(OpenEnum):
    """Values of ``ListAIBenchmarkJobsSortBy``. Unknown values load as
    ``ListAIBenchmarkJobsSortBy(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2026-04-21
        CREATION_TIME: 'CreationTime' since 2026-04-21
        STATUS: 'Status' since 2026-04-21
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

ListAIBenchmarkJobsSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_ListAIBenchmarkJobsSortBy(
    value: ListAIBenchmarkJobsSortBy | ListAIBenchmarkJobsSortByLiteral,
) -> ListAIBenchmarkJobsSortBy: ...
def as_ListAIBenchmarkJobsSortBy_opt(
    value: ListAIBenchmarkJobsSortBy | ListAIBenchmarkJobsSortByLiteral | None,
) -> ListAIBenchmarkJobsSortBy | None: ...

class ListAIRecommendationJobsSortBy(OpenEnum):
    """Values of ``ListAIRecommendationJobsSortBy``. Unknown values load as
    ``ListAIRecommendationJobsSortBy(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2026-04-21
        CREATION_TIME: 'CreationTime' since 2026-04-21
        STATUS: 'Status' since 2026-04-21
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

ListAIRecommendationJobsSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_ListAIRecommendationJobsSortBy(
    value: ListAIRecommendationJobsSortBy | ListAIRecommendationJobsSortByLiteral,
) -> ListAIRecommendationJobsSortBy: ...
def as_ListAIRecommendationJobsSortBy_opt(
    value: ListAIRecommendationJobsSortBy | ListAIRecommendationJobsSortByLiteral | None,
) -> ListAIRecommendationJobsSortBy | None: ...

class ListAIWorkloadConfigsSortBy(OpenEnum):
    """Values of ``ListAIWorkloadConfigsSortBy``. Unknown values load as
    ``ListAIWorkloadConfigsSortBy(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2026-04-21
        CREATION_TIME: 'CreationTime' since 2026-04-21
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

ListAIWorkloadConfigsSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_ListAIWorkloadConfigsSortBy(
    value: ListAIWorkloadConfigsSortBy | ListAIWorkloadConfigsSortByLiteral,
) -> ListAIWorkloadConfigsSortBy: ...
def as_ListAIWorkloadConfigsSortBy_opt(
    value: ListAIWorkloadConfigsSortBy | ListAIWorkloadConfigsSortByLiteral | None,
) -> ListAIWorkloadConfigsSortBy | None: ...

class ListCompilationJobsSortBy(OpenEnum):
    """Values of ``ListCompilationJobsSortBy``. Unknown values load as
    ``ListCompilationJobsSortBy(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2018-12-19
        CREATION_TIME: 'CreationTime' since 2018-12-19
        STATUS: 'Status' since 2018-12-19
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

ListCompilationJobsSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_ListCompilationJobsSortBy(
    value: ListCompilationJobsSortBy | ListCompilationJobsSortByLiteral,
) -> ListCompilationJobsSortBy: ...
def as_ListCompilationJobsSortBy_opt(
    value: ListCompilationJobsSortBy | ListCompilationJobsSortByLiteral | None,
) -> ListCompilationJobsSortBy | None: ...

class ListDeviceFleetsSortBy(OpenEnum):
    """Values of ``ListDeviceFleetsSortBy``. Unknown values load as ``ListDeviceFleetsSortBy(value)``
    with ``is_known`` False.

    Added:
        NAME: 'NAME' since 2020-12-08
        CREATION_TIME: 'CREATION_TIME' since 2020-12-08
        LAST_MODIFIED_TIME: 'LAST_MODIFIED_TIME' since 2020-12-08
    """

    NAME = "NAME"
    CREATION_TIME = "CREATION_TIME"
    LAST_MODIFIED_TIME = "LAST_MODIFIED_TIME"

ListDeviceFleetsSortByLiteral = Literal[
    "NAME",
    "CREATION_TIME",
    "LAST_MODIFIED_TIME",
]

def as_ListDeviceFleetsSortBy(
    value: ListDeviceFleetsSortBy | ListDeviceFleetsSortByLiteral,
) -> ListDeviceFleetsSortBy: ...
def as_ListDeviceFleetsSortBy_opt(
    value: ListDeviceFleetsSortBy | ListDeviceFleetsSortByLiteral | None,
) -> ListDeviceFleetsSortBy | None: ...

class ListEdgeDeploymentPlansSortBy(OpenEnum):
    """Values of ``ListEdgeDeploymentPlansSortBy``. Unknown values load as
    ``ListEdgeDeploymentPlansSortBy(value)`` with ``is_known`` False.

    Added:
        NAME: 'NAME' since 2022-07-18
        DEVICE_FLEET_NAME: 'DEVICE_FLEET_NAME' since 2022-07-18
        CREATION_TIME: 'CREATION_TIME' since 2022-07-18
        LAST_MODIFIED_TIME: 'LAST_MODIFIED_TIME' since 2022-07-18
    """

    NAME = "NAME"
    DEVICE_FLEET_NAME = "DEVICE_FLEET_NAME"
    CREATION_TIME = "CREATION_TIME"
    LAST_MODIFIED_TIME = "LAST_MODIFIED_TIME"

ListEdgeDeploymentPlansSortByLiteral = Literal[
    "NAME",
    "DEVICE_FLEET_NAME",
    "CREATION_TIME",
    "LAST_MODIFIED_TIME",
]

def as_ListEdgeDeploymentPlansSortBy(
    value: ListEdgeDeploymentPlansSortBy | ListEdgeDeploymentPlansSortByLiteral,
) -> ListEdgeDeploymentPlansSortBy: ...
def as_ListEdgeDeploymentPlansSortBy_opt(
    value: ListEdgeDeploymentPlansSortBy | ListEdgeDeploymentPlansSortByLiteral | None,
) -> ListEdgeDeploymentPlansSortBy | None: ...

class ListEdgePackagingJobsSortBy(OpenEnum):
    """Values of ``ListEdgePackagingJobsSortBy``. Unknown values load as
    ``ListEdgePackagingJobsSortBy(value)`` with ``is_known`` False.

    Added:
        NAME: 'NAME' since 2020-12-08
        MODEL_NAME: 'MODEL_NAME' since 2020-12-08
        CREATION_TIME: 'CREATION_TIME' since 2020-12-08
        LAST_MODIFIED_TIME: 'LAST_MODIFIED_TIME' since 2020-12-08
        STATUS: 'STATUS' since 2020-12-08
    """

    NAME = "NAME"
    MODEL_NAME = "MODEL_NAME"
    CREATION_TIME = "CREATION_TIME"
    LAST_MODIFIED_TIME = "LAST_MODIFIED_TIME"
    STATUS = "STATUS"

ListEdgePackagingJobsSortByLiteral = Literal[
    "NAME",
    "MODEL_NAME",
    "CREATION_TIME",
    "LAST_MODIFIED_TIME",
    "STATUS",
]

def as_ListEdgePackagingJobsSortBy(
    value: ListEdgePackagingJobsSortBy | ListEdgePackagingJobsSortByLiteral,
) -> ListEdgePackagingJobsSortBy: ...
def as_ListEdgePackagingJobsSortBy_opt(
    value: ListEdgePackagingJobsSortBy | ListEdgePackagingJobsSortByLiteral | None,
) -> ListEdgePackagingJobsSortBy | None: ...

class ListInferenceRecommendationsJobsSortBy(OpenEnum):
    """Values of ``ListInferenceRecommendationsJobsSortBy``. Unknown values load as
    ``ListInferenceRecommendationsJobsSortBy(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2021-12-01
        CREATION_TIME: 'CreationTime' since 2021-12-01
        STATUS: 'Status' since 2021-12-01
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

ListInferenceRecommendationsJobsSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_ListInferenceRecommendationsJobsSortBy(
    value: ListInferenceRecommendationsJobsSortBy | ListInferenceRecommendationsJobsSortByLiteral,
) -> ListInferenceRecommendationsJobsSortBy: ...
def as_ListInferenceRecommendationsJobsSortBy_opt(
    value: ListInferenceRecommendationsJobsSortBy | ListInferenceRecommendationsJobsSortByLiteral | None,
) -> ListInferenceRecommendationsJobsSortBy | None: ...

class ListLabelingJobsForWorkteamSortByOptions(OpenEnum):
    """Values of ``ListLabelingJobsForWorkteamSortByOptions``. Unknown values load as
    ``ListLabelingJobsForWorkteamSortByOptions(value)`` with ``is_known`` False.

    Added:
        CREATION_TIME: 'CreationTime' since 2018-11-28
    """

    CREATION_TIME = "CreationTime"

ListLabelingJobsForWorkteamSortByOptionsLiteral = Literal["CreationTime",]

def as_ListLabelingJobsForWorkteamSortByOptions(
    value: ListLabelingJobsForWorkteamSortByOptions | ListLabelingJobsForWorkteamSortByOptionsLiteral,
) -> ListLabelingJobsForWorkteamSortByOptions: ...
def as_ListLabelingJobsForWorkteamSortByOptions_opt(
    value: ListLabelingJobsForWorkteamSortByOptions | ListLabelingJobsForWorkteamSortByOptionsLiteral | None,
) -> ListLabelingJobsForWorkteamSortByOptions | None: ...

class ListOptimizationJobsSortBy(OpenEnum):
    """Values of ``ListOptimizationJobsSortBy``. Unknown values load as
    ``ListOptimizationJobsSortBy(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2024-07-09
        CREATION_TIME: 'CreationTime' since 2024-07-09
        STATUS: 'Status' since 2024-07-09
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

ListOptimizationJobsSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_ListOptimizationJobsSortBy(
    value: ListOptimizationJobsSortBy | ListOptimizationJobsSortByLiteral,
) -> ListOptimizationJobsSortBy: ...
def as_ListOptimizationJobsSortBy_opt(
    value: ListOptimizationJobsSortBy | ListOptimizationJobsSortByLiteral | None,
) -> ListOptimizationJobsSortBy | None: ...

class ListWorkforcesSortByOptions(OpenEnum):
    """Values of ``ListWorkforcesSortByOptions``. Unknown values load as
    ``ListWorkforcesSortByOptions(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2020-07-24
        CREATE_DATE: 'CreateDate' since 2020-07-24
    """

    NAME = "Name"
    CREATE_DATE = "CreateDate"

ListWorkforcesSortByOptionsLiteral = Literal[
    "Name",
    "CreateDate",
]

def as_ListWorkforcesSortByOptions(
    value: ListWorkforcesSortByOptions | ListWorkforcesSortByOptionsLiteral,
) -> ListWorkforcesSortByOptions: ...
def as_ListWorkforcesSortByOptions_opt(
    value: ListWorkforcesSortByOptions | ListWorkforcesSortByOptionsLiteral | None,
) -> ListWorkforcesSortByOptions | None: ...

class ListWorkteamsSortByOptions(OpenEnum):
    """Values of ``ListWorkteamsSortByOptions``. Unknown values load as
    ``ListWorkteamsSortByOptions(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2018-11-28
        CREATE_DATE: 'CreateDate' since 2018-11-28
    """

    NAME = "Name"
    CREATE_DATE = "CreateDate"

ListWorkteamsSortByOptionsLiteral = Literal[
    "Name",
    "CreateDate",
]

def as_ListWorkteamsSortByOptions(
    value: ListWorkteamsSortByOptions | ListWorkteamsSortByOptionsLiteral,
) -> ListWorkteamsSortByOptions: ...
def as_ListWorkteamsSortByOptions_opt(
    value: ListWorkteamsSortByOptions | ListWorkteamsSortByOptionsLiteral | None,
) -> ListWorkteamsSortByOptions | None: ...
