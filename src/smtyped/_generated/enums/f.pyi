# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
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

class FeatureGroupSortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

FeatureGroupSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

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

class FeatureType(OpenEnum):
    INTEGRAL = "Integral"
    FRACTIONAL = "Fractional"
    STRING = "String"

FeatureTypeLiteral = Literal[
    "Integral",
    "Fractional",
    "String",
]

class FileSystemAccessMode(OpenEnum):
    RW = "rw"
    RO = "ro"

FileSystemAccessModeLiteral = Literal[
    "rw",
    "ro",
]

class FileSystemType(OpenEnum):
    EFS = "EFS"
    FSXLUSTRE = "FSxLustre"

FileSystemTypeLiteral = Literal[
    "EFS",
    "FSxLustre",
]

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
