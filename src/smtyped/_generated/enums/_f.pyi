# Generated stub. Do not edit.
# Every enum whose name starts with "F", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class FailureHandlingPolicy(OpenEnum):
    """Values of ``FailureHandlingPolicy``. Unknown values load as ``FailureHandlingPolicy(value)``
    with ``is_known`` False.

    Added:
        ROLLBACK_ON_FAILURE: 'ROLLBACK_ON_FAILURE' since 2022-07-18
        DO_NOTHING: 'DO_NOTHING' since 2022-07-18
    """

    ROLLBACK_ON_FAILURE = "ROLLBACK_ON_FAILURE"
    DO_NOTHING = "DO_NOTHING"

FailureHandlingPolicyLiteral = Literal[
    "ROLLBACK_ON_FAILURE",
    "DO_NOTHING",
]

def as_FailureHandlingPolicy(value: FailureHandlingPolicy | FailureHandlingPolicyLiteral) -> FailureHandlingPolicy: ...
def as_FailureHandlingPolicy_opt(
    value: FailureHandlingPolicy | FailureHandlingPolicyLiteral | None,
) -> FailureHandlingPolicy | None: ...

class FairShare(OpenEnum):
    """Values of ``FairShare``. Unknown values load as ``FairShare(value)`` with ``is_known`` False.

    Added:
        ENABLED: 'Enabled' since 2024-12-04
        DISABLED: 'Disabled' since 2024-12-04
    """

    ENABLED = "Enabled"
    DISABLED = "Disabled"

FairShareLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_FairShare(value: FairShare | FairShareLiteral) -> FairShare: ...
def as_FairShare_opt(value: FairShare | FairShareLiteral | None) -> FairShare | None: ...

class FeatureGroupSortBy(OpenEnum):
    """Values of ``FeatureGroupSortBy``. Unknown values load as ``FeatureGroupSortBy(value)`` with
    ``is_known`` False.

    Added:
        NAME: 'Name' since 2020-12-01
        FEATURE_GROUP_STATUS: 'FeatureGroupStatus' since 2020-12-01
        OFFLINE_STORE_STATUS: 'OfflineStoreStatus' since 2020-12-01
        CREATION_TIME: 'CreationTime' since 2020-12-01
    """

    NAME = "Name"
    FEATURE_GROUP_STATUS = "FeatureGroupStatus"
    OFFLINE_STORE_STATUS = "OfflineStoreStatus"
    CREATION_TIME = "CreationTime"

FeatureGroupSortByLiteral = Literal[
    "Name",
    "FeatureGroupStatus",
    "OfflineStoreStatus",
    "CreationTime",
]

def as_FeatureGroupSortBy(value: FeatureGroupSortBy | FeatureGroupSortByLiteral) -> FeatureGroupSortBy: ...
def as_FeatureGroupSortBy_opt(
    value: FeatureGroupSortBy | FeatureGroupSortByLiteral | None,
) -> FeatureGroupSortBy | None: ...

class FeatureGroupSortOrder(OpenEnum):
    """Values of ``FeatureGroupSortOrder``. Unknown values load as ``FeatureGroupSortOrder(value)``
    with ``is_known`` False.

    Added:
        ASCENDING: 'Ascending' since 2020-12-01
        DESCENDING: 'Descending' since 2020-12-01
    """

    ASCENDING = "Ascending"
    DESCENDING = "Descending"

FeatureGroupSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_FeatureGroupSortOrder(value: FeatureGroupSortOrder | FeatureGroupSortOrderLiteral) -> FeatureGroupSortOrder: ...
def as_FeatureGroupSortOrder_opt(
    value: FeatureGroupSortOrder | FeatureGroupSortOrderLiteral | None,
) -> FeatureGroupSortOrder | None: ...

class FeatureGroupStatus(OpenEnum):
    """Values of ``FeatureGroupStatus``. Unknown values load as ``FeatureGroupStatus(value)`` with
    ``is_known`` False.

    Added:
        CREATING: 'Creating' since 2020-12-01
        CREATED: 'Created' since 2020-12-01
        CREATE_FAILED: 'CreateFailed' since 2020-12-01
        DELETING: 'Deleting' since 2020-12-01
        DELETE_FAILED: 'DeleteFailed' since 2020-12-01
    """

    CREATING = "Creating"
    CREATED = "Created"
    CREATE_FAILED = "CreateFailed"
    DELETING = "Deleting"
    DELETE_FAILED = "DeleteFailed"

FeatureGroupStatusLiteral = Literal[
    "Creating",
    "Created",
    "CreateFailed",
    "Deleting",
    "DeleteFailed",
]

def as_FeatureGroupStatus(value: FeatureGroupStatus | FeatureGroupStatusLiteral) -> FeatureGroupStatus: ...
def as_FeatureGroupStatus_opt(
    value: FeatureGroupStatus | FeatureGroupStatusLiteral | None,
) -> FeatureGroupStatus | None: ...

class FeatureStatus(OpenEnum):
    """Values of ``FeatureStatus``. Unknown values load as ``FeatureStatus(value)`` with ``is_known``
    False.

    Added:
        ENABLED: 'ENABLED' since 2022-09-21
        DISABLED: 'DISABLED' since 2022-09-21
    """

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

FeatureStatusLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_FeatureStatus(value: FeatureStatus | FeatureStatusLiteral) -> FeatureStatus: ...
def as_FeatureStatus_opt(value: FeatureStatus | FeatureStatusLiteral | None) -> FeatureStatus | None: ...

class FeatureType(OpenEnum):
    """Values of ``FeatureType``. Unknown values load as ``FeatureType(value)`` with ``is_known``
    False.

    Added:
        INTEGRAL: 'Integral' since 2020-12-01
        FRACTIONAL: 'Fractional' since 2020-12-01
        STRING: 'String' since 2020-12-01
    """

    INTEGRAL = "Integral"
    FRACTIONAL = "Fractional"
    STRING = "String"

FeatureTypeLiteral = Literal[
    "Integral",
    "Fractional",
    "String",
]

def as_FeatureType(value: FeatureType | FeatureTypeLiteral) -> FeatureType: ...
def as_FeatureType_opt(value: FeatureType | FeatureTypeLiteral | None) -> FeatureType | None: ...

class FileSystemAccessMode(OpenEnum):
    """Values of ``FileSystemAccessMode``. Unknown values load as ``FileSystemAccessMode(value)`` with
    ``is_known`` False.

    Added:
        RW: 'rw' since 2019-08-21
        RO: 'ro' since 2019-08-21
    """

    RW = "rw"
    RO = "ro"

FileSystemAccessModeLiteral = Literal[
    "rw",
    "ro",
]

def as_FileSystemAccessMode(value: FileSystemAccessMode | FileSystemAccessModeLiteral) -> FileSystemAccessMode: ...
def as_FileSystemAccessMode_opt(
    value: FileSystemAccessMode | FileSystemAccessModeLiteral | None,
) -> FileSystemAccessMode | None: ...

class FileSystemType(OpenEnum):
    """Values of ``FileSystemType``. Unknown values load as ``FileSystemType(value)`` with ``is_known``
    False.

    Added:
        EFS: 'EFS' since 2019-08-21
        F_SX_LUSTRE: 'FSxLustre' since 2019-08-21
    """

    EFS = "EFS"
    F_SX_LUSTRE = "FSxLustre"

FileSystemTypeLiteral = Literal[
    "EFS",
    "FSxLustre",
]

def as_FileSystemType(value: FileSystemType | FileSystemTypeLiteral) -> FileSystemType: ...
def as_FileSystemType_opt(value: FileSystemType | FileSystemTypeLiteral | None) -> FileSystemType | None: ...

class FillingType(OpenEnum):
    """Values of ``FillingType``. Unknown values load as ``FillingType(value)`` with ``is_known``
    False.

    Added:
        FRONTFILL: 'frontfill' since 2023-06-29
        MIDDLEFILL: 'middlefill' since 2023-06-29
        BACKFILL: 'backfill' since 2023-06-29
        FUTUREFILL: 'futurefill' since 2023-06-29
        FRONTFILL_VALUE: 'frontfill_value' since 2023-06-29
        MIDDLEFILL_VALUE: 'middlefill_value' since 2023-06-29
        BACKFILL_VALUE: 'backfill_value' since 2023-06-29
        FUTUREFILL_VALUE: 'futurefill_value' since 2023-06-29
    """

    FRONTFILL = "frontfill"
    MIDDLEFILL = "middlefill"
    BACKFILL = "backfill"
    FUTUREFILL = "futurefill"
    FRONTFILL_VALUE = "frontfill_value"
    MIDDLEFILL_VALUE = "middlefill_value"
    BACKFILL_VALUE = "backfill_value"
    FUTUREFILL_VALUE = "futurefill_value"

FillingTypeLiteral = Literal[
    "frontfill",
    "middlefill",
    "backfill",
    "futurefill",
    "frontfill_value",
    "middlefill_value",
    "backfill_value",
    "futurefill_value",
]

def as_FillingType(value: FillingType | FillingTypeLiteral) -> FillingType: ...
def as_FillingType_opt(value: FillingType | FillingTypeLiteral | None) -> FillingType | None: ...

class FlatInvocations(OpenEnum):
    """Values of ``FlatInvocations``. Unknown values load as ``FlatInvocations(value)`` with
    ``is_known`` False.

    Added:
        CONTINUE: 'Continue' since 2023-08-01
        STOP: 'Stop' since 2023-08-01
    """

    CONTINUE = "Continue"
    STOP = "Stop"

FlatInvocationsLiteral = Literal[
    "Continue",
    "Stop",
]

def as_FlatInvocations(value: FlatInvocations | FlatInvocationsLiteral) -> FlatInvocations: ...
def as_FlatInvocations_opt(value: FlatInvocations | FlatInvocationsLiteral | None) -> FlatInvocations | None: ...

class FlowDefinitionStatus(OpenEnum):
    """Values of ``FlowDefinitionStatus``. Unknown values load as ``FlowDefinitionStatus(value)`` with
    ``is_known`` False.

    Added:
        INITIALIZING: 'Initializing' since 2019-12-04
        ACTIVE: 'Active' since 2019-12-04
        FAILED: 'Failed' since 2019-12-04
        DELETING: 'Deleting' since 2019-12-04
    """

    INITIALIZING = "Initializing"
    ACTIVE = "Active"
    FAILED = "Failed"
    DELETING = "Deleting"

FlowDefinitionStatusLiteral = Literal[
    "Initializing",
    "Active",
    "Failed",
    "Deleting",
]

def as_FlowDefinitionStatus(value: FlowDefinitionStatus | FlowDefinitionStatusLiteral) -> FlowDefinitionStatus: ...
def as_FlowDefinitionStatus_opt(
    value: FlowDefinitionStatus | FlowDefinitionStatusLiteral | None,
) -> FlowDefinitionStatus | None: ...

class Framework(OpenEnum):
    """Values of ``Framework``. Unknown values load as ``Framework(value)`` with ``is_known`` False.

    Added:
        TENSORFLOW: 'TENSORFLOW' since 2018-11-28
        KERAS: 'KERAS' since 2020-01-10
        MXNET: 'MXNET' since 2018-11-28
        ONNX: 'ONNX' since 2018-11-28
        PYTORCH: 'PYTORCH' since 2018-11-28
        XGBOOST: 'XGBOOST' since 2018-11-28
        TFLITE: 'TFLITE' since 2020-04-16
        DARKNET: 'DARKNET' since 2020-10-26
        SKLEARN: 'SKLEARN' since 2020-12-01
    """

    TENSORFLOW = "TENSORFLOW"
    KERAS = "KERAS"
    MXNET = "MXNET"
    ONNX = "ONNX"
    PYTORCH = "PYTORCH"
    XGBOOST = "XGBOOST"
    TFLITE = "TFLITE"
    DARKNET = "DARKNET"
    SKLEARN = "SKLEARN"

FrameworkLiteral = Literal[
    "TENSORFLOW",
    "KERAS",
    "MXNET",
    "ONNX",
    "PYTORCH",
    "XGBOOST",
    "TFLITE",
    "DARKNET",
    "SKLEARN",
]

def as_Framework(value: Framework | FrameworkLiteral) -> Framework: ...
def as_Framework_opt(value: Framework | FrameworkLiteral | None) -> Framework | None: ...
