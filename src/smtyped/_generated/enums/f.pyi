# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class FeatureGroupSortBy(OpenEnum):
    NAME = "Name"
    FEATUREGROUPSTATUS = "FeatureGroupStatus"
    OFFLINESTORESTATUS = "OfflineStoreStatus"
    CREATIONTIME = "CreationTime"

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
    CREATING = "Creating"
    CREATED = "Created"
    CREATEFAILED = "CreateFailed"
    DELETING = "Deleting"
    DELETEFAILED = "DeleteFailed"

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

class FeatureType(OpenEnum):
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
    EFS = "EFS"
    FSXLUSTRE = "FSxLustre"

FileSystemTypeLiteral = Literal[
    "EFS",
    "FSxLustre",
]

def as_FileSystemType(value: FileSystemType | FileSystemTypeLiteral) -> FileSystemType: ...
def as_FileSystemType_opt(value: FileSystemType | FileSystemTypeLiteral | None) -> FileSystemType | None: ...

class Framework(OpenEnum):
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
