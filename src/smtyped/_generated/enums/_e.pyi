# Generated stub. Do not edit.
# Every enum whose name starts with "E", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class EdgePackagingJobStatus(OpenEnum):
    """Values of ``EdgePackagingJobStatus``. Unknown values load as ``EdgePackagingJobStatus(value)``
    with ``is_known`` False.

    Added:
        STARTING: 'STARTING' since 2020-12-08
        INPROGRESS: 'INPROGRESS' since 2020-12-08
        COMPLETED: 'COMPLETED' since 2020-12-08
        FAILED: 'FAILED' since 2020-12-08
        STOPPING: 'STOPPING' since 2020-12-08
        STOPPED: 'STOPPED' since 2020-12-08
    """

    STARTING = "STARTING"
    INPROGRESS = "INPROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"

EdgePackagingJobStatusLiteral = Literal[
    "STARTING",
    "INPROGRESS",
    "COMPLETED",
    "FAILED",
    "STOPPING",
    "STOPPED",
]

def as_EdgePackagingJobStatus(
    value: EdgePackagingJobStatus | EdgePackagingJobStatusLiteral,
) -> EdgePackagingJobStatus: ...
def as_EdgePackagingJobStatus_opt(
    value: EdgePackagingJobStatus | EdgePackagingJobStatusLiteral | None,
) -> EdgePackagingJobStatus | None: ...

class EdgePresetDeploymentStatus(OpenEnum):
    """Values of ``EdgePresetDeploymentStatus``. Unknown values load as
    ``EdgePresetDeploymentStatus(value)`` with ``is_known`` False.

    Added:
        COMPLETED: 'COMPLETED' since 2021-06-10
        FAILED: 'FAILED' since 2021-06-10
    """

    COMPLETED = "COMPLETED"
    FAILED = "FAILED"

EdgePresetDeploymentStatusLiteral = Literal[
    "COMPLETED",
    "FAILED",
]

def as_EdgePresetDeploymentStatus(
    value: EdgePresetDeploymentStatus | EdgePresetDeploymentStatusLiteral,
) -> EdgePresetDeploymentStatus: ...
def as_EdgePresetDeploymentStatus_opt(
    value: EdgePresetDeploymentStatus | EdgePresetDeploymentStatusLiteral | None,
) -> EdgePresetDeploymentStatus | None: ...

class EdgePresetDeploymentType(OpenEnum):
    """Values of ``EdgePresetDeploymentType``. Unknown values load as
    ``EdgePresetDeploymentType(value)`` with ``is_known`` False.

    Added:
        GREENGRASS_V2_COMPONENT: 'GreengrassV2Component' since 2021-06-10
    """

    GREENGRASS_V2_COMPONENT = "GreengrassV2Component"

EdgePresetDeploymentTypeLiteral = Literal["GreengrassV2Component",]

def as_EdgePresetDeploymentType(
    value: EdgePresetDeploymentType | EdgePresetDeploymentTypeLiteral,
) -> EdgePresetDeploymentType: ...
def as_EdgePresetDeploymentType_opt(
    value: EdgePresetDeploymentType | EdgePresetDeploymentTypeLiteral | None,
) -> EdgePresetDeploymentType | None: ...

class EnabledOrDisabled(OpenEnum):
    """Values of ``EnabledOrDisabled``. Unknown values load as ``EnabledOrDisabled(value)`` with
    ``is_known`` False.

    Added:
        ENABLED: 'Enabled' since 2024-05-16
        DISABLED: 'Disabled' since 2024-05-16
    """

    ENABLED = "Enabled"
    DISABLED = "Disabled"

EnabledOrDisabledLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_EnabledOrDisabled(value: EnabledOrDisabled | EnabledOrDisabledLiteral) -> EnabledOrDisabled: ...
def as_EnabledOrDisabled_opt(
    value: EnabledOrDisabled | EnabledOrDisabledLiteral | None,
) -> EnabledOrDisabled | None: ...

class EndpointConfigSortKey(OpenEnum):
    """Values of ``EndpointConfigSortKey``. Unknown values load as ``EndpointConfigSortKey(value)``
    with ``is_known`` False.

    Added:
        NAME: 'Name' since 2017-11-29
        CREATION_TIME: 'CreationTime' since 2017-11-29
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

EndpointConfigSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_EndpointConfigSortKey(value: EndpointConfigSortKey | EndpointConfigSortKeyLiteral) -> EndpointConfigSortKey: ...
def as_EndpointConfigSortKey_opt(
    value: EndpointConfigSortKey | EndpointConfigSortKeyLiteral | None,
) -> EndpointConfigSortKey | None: ...

class EndpointSortKey(OpenEnum):
    """Values of ``EndpointSortKey``. Unknown values load as ``EndpointSortKey(value)`` with
    ``is_known`` False.

    Added:
        NAME: 'Name' since 2017-11-29
        CREATION_TIME: 'CreationTime' since 2017-11-29
        STATUS: 'Status' since 2017-11-29
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

EndpointSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_EndpointSortKey(value: EndpointSortKey | EndpointSortKeyLiteral) -> EndpointSortKey: ...
def as_EndpointSortKey_opt(value: EndpointSortKey | EndpointSortKeyLiteral | None) -> EndpointSortKey | None: ...

class EndpointStatus(OpenEnum):
    """Values of ``EndpointStatus``. Unknown values load as ``EndpointStatus(value)`` with ``is_known``
    False.

    Added:
        OUT_OF_SERVICE: 'OutOfService' since 2017-11-29
        CREATING: 'Creating' since 2017-11-29
        UPDATING: 'Updating' since 2017-11-29
        SYSTEM_UPDATING: 'SystemUpdating' since 2018-08-30
        ROLLING_BACK: 'RollingBack' since 2017-11-29
        IN_SERVICE: 'InService' since 2017-11-29
        DELETING: 'Deleting' since 2017-11-29
        FAILED: 'Failed' since 2017-11-29
        UPDATE_ROLLBACK_FAILED: 'UpdateRollbackFailed' since 2023-06-30
    """

    OUT_OF_SERVICE = "OutOfService"
    CREATING = "Creating"
    UPDATING = "Updating"
    SYSTEM_UPDATING = "SystemUpdating"
    ROLLING_BACK = "RollingBack"
    IN_SERVICE = "InService"
    DELETING = "Deleting"
    FAILED = "Failed"
    UPDATE_ROLLBACK_FAILED = "UpdateRollbackFailed"

EndpointStatusLiteral = Literal[
    "OutOfService",
    "Creating",
    "Updating",
    "SystemUpdating",
    "RollingBack",
    "InService",
    "Deleting",
    "Failed",
    "UpdateRollbackFailed",
]

def as_EndpointStatus(value: EndpointStatus | EndpointStatusLiteral) -> EndpointStatus: ...
def as_EndpointStatus_opt(value: EndpointStatus | EndpointStatusLiteral | None) -> EndpointStatus | None: ...

class EvaluationType(OpenEnum):
    """Values of ``EvaluationType``. Unknown values load as ``EvaluationType(value)`` with ``is_known``
    False.

    Added:
        LLMAJ_EVALUATION: 'LLMAJEvaluation' since 2025-12-03
        CUSTOM_SCORER_EVALUATION: 'CustomScorerEvaluation' since 2025-12-03
        BENCHMARK_EVALUATION: 'BenchmarkEvaluation' since 2025-12-03
    """

    LLMAJ_EVALUATION = "LLMAJEvaluation"
    CUSTOM_SCORER_EVALUATION = "CustomScorerEvaluation"
    BENCHMARK_EVALUATION = "BenchmarkEvaluation"

EvaluationTypeLiteral = Literal[
    "LLMAJEvaluation",
    "CustomScorerEvaluation",
    "BenchmarkEvaluation",
]

def as_EvaluationType(value: EvaluationType | EvaluationTypeLiteral) -> EvaluationType: ...
def as_EvaluationType_opt(value: EvaluationType | EvaluationTypeLiteral | None) -> EvaluationType | None: ...

class EventSortBy(OpenEnum):
    """Values of ``EventSortBy``. Unknown values load as ``EventSortBy(value)`` with ``is_known``
    False.

    Added:
        EVENT_TIME: 'EventTime' since 2025-08-05
    """

    EVENT_TIME = "EventTime"

EventSortByLiteral = Literal["EventTime",]

def as_EventSortBy(value: EventSortBy | EventSortByLiteral) -> EventSortBy: ...
def as_EventSortBy_opt(value: EventSortBy | EventSortByLiteral | None) -> EventSortBy | None: ...

class ExecutionRoleIdentityConfig(OpenEnum):
    """Values of ``ExecutionRoleIdentityConfig``. Unknown values load as
    ``ExecutionRoleIdentityConfig(value)`` with ``is_known`` False.

    Added:
        USER_PROFILE_NAME: 'USER_PROFILE_NAME' since 2022-09-02
        DISABLED: 'DISABLED' since 2022-09-02
    """

    USER_PROFILE_NAME = "USER_PROFILE_NAME"
    DISABLED = "DISABLED"

ExecutionRoleIdentityConfigLiteral = Literal[
    "USER_PROFILE_NAME",
    "DISABLED",
]

def as_ExecutionRoleIdentityConfig(
    value: ExecutionRoleIdentityConfig | ExecutionRoleIdentityConfigLiteral,
) -> ExecutionRoleIdentityConfig: ...
def as_ExecutionRoleIdentityConfig_opt(
    value: ExecutionRoleIdentityConfig | ExecutionRoleIdentityConfigLiteral | None,
) -> ExecutionRoleIdentityConfig | None: ...

class ExecutionRoleSessionNameMode(OpenEnum):
    """Values of ``ExecutionRoleSessionNameMode``. Unknown values load as
    ``ExecutionRoleSessionNameMode(value)`` with ``is_known`` False.

    Added:
        STATIC: 'STATIC' since 2026-05-13
        USER_IDENTITY: 'USER_IDENTITY' since 2026-05-13
    """

    STATIC = "STATIC"
    USER_IDENTITY = "USER_IDENTITY"

ExecutionRoleSessionNameModeLiteral = Literal[
    "STATIC",
    "USER_IDENTITY",
]

def as_ExecutionRoleSessionNameMode(
    value: ExecutionRoleSessionNameMode | ExecutionRoleSessionNameModeLiteral,
) -> ExecutionRoleSessionNameMode: ...
def as_ExecutionRoleSessionNameMode_opt(
    value: ExecutionRoleSessionNameMode | ExecutionRoleSessionNameModeLiteral | None,
) -> ExecutionRoleSessionNameMode | None: ...

class ExecutionStatus(OpenEnum):
    """Values of ``ExecutionStatus``. Unknown values load as ``ExecutionStatus(value)`` with
    ``is_known`` False.

    Added:
        PENDING: 'Pending' since 2019-12-04
        COMPLETED: 'Completed' since 2019-12-04
        COMPLETED_WITH_VIOLATIONS: 'CompletedWithViolations' since 2019-12-04
        IN_PROGRESS: 'InProgress' since 2019-12-04
        FAILED: 'Failed' since 2019-12-04
        STOPPING: 'Stopping' since 2019-12-04
        STOPPED: 'Stopped' since 2019-12-04
    """

    PENDING = "Pending"
    COMPLETED = "Completed"
    COMPLETED_WITH_VIOLATIONS = "CompletedWithViolations"
    IN_PROGRESS = "InProgress"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

ExecutionStatusLiteral = Literal[
    "Pending",
    "Completed",
    "CompletedWithViolations",
    "InProgress",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_ExecutionStatus(value: ExecutionStatus | ExecutionStatusLiteral) -> ExecutionStatus: ...
def as_ExecutionStatus_opt(value: ExecutionStatus | ExecutionStatusLiteral | None) -> ExecutionStatus | None: ...
