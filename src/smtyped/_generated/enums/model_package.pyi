# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ModelPackageGroupSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

ModelPackageGroupSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_ModelPackageGroupSortBy(
    value: ModelPackageGroupSortBy | ModelPackageGroupSortByLiteral,
) -> ModelPackageGroupSortBy: ...
def as_ModelPackageGroupSortBy_opt(
    value: ModelPackageGroupSortBy | ModelPackageGroupSortByLiteral | None,
) -> ModelPackageGroupSortBy | None: ...

class ModelPackageGroupStatus(OpenEnum):
    PENDING = "Pending"
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    DELETING = "Deleting"
    DELETEFAILED = "DeleteFailed"

ModelPackageGroupStatusLiteral = Literal[
    "Pending",
    "InProgress",
    "Completed",
    "Failed",
    "Deleting",
    "DeleteFailed",
]

def as_ModelPackageGroupStatus(
    value: ModelPackageGroupStatus | ModelPackageGroupStatusLiteral,
) -> ModelPackageGroupStatus: ...
def as_ModelPackageGroupStatus_opt(
    value: ModelPackageGroupStatus | ModelPackageGroupStatusLiteral | None,
) -> ModelPackageGroupStatus | None: ...

class ModelPackageRegistrationType(OpenEnum):
    LOGGED = "Logged"
    REGISTERED = "Registered"

ModelPackageRegistrationTypeLiteral = Literal[
    "Logged",
    "Registered",
]

def as_ModelPackageRegistrationType(
    value: ModelPackageRegistrationType | ModelPackageRegistrationTypeLiteral,
) -> ModelPackageRegistrationType: ...
def as_ModelPackageRegistrationType_opt(
    value: ModelPackageRegistrationType | ModelPackageRegistrationTypeLiteral | None,
) -> ModelPackageRegistrationType | None: ...

class ModelPackageSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

ModelPackageSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_ModelPackageSortBy(value: ModelPackageSortBy | ModelPackageSortByLiteral) -> ModelPackageSortBy: ...
def as_ModelPackageSortBy_opt(
    value: ModelPackageSortBy | ModelPackageSortByLiteral | None,
) -> ModelPackageSortBy | None: ...

class ModelPackageStatus(OpenEnum):
    PENDING = "Pending"
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    DELETING = "Deleting"

ModelPackageStatusLiteral = Literal[
    "Pending",
    "InProgress",
    "Completed",
    "Failed",
    "Deleting",
]

def as_ModelPackageStatus(value: ModelPackageStatus | ModelPackageStatusLiteral) -> ModelPackageStatus: ...
def as_ModelPackageStatus_opt(
    value: ModelPackageStatus | ModelPackageStatusLiteral | None,
) -> ModelPackageStatus | None: ...

class ModelPackageType(OpenEnum):
    VERSIONED = "Versioned"
    UNVERSIONED = "Unversioned"
    BOTH = "Both"

ModelPackageTypeLiteral = Literal[
    "Versioned",
    "Unversioned",
    "Both",
]

def as_ModelPackageType(value: ModelPackageType | ModelPackageTypeLiteral) -> ModelPackageType: ...
def as_ModelPackageType_opt(value: ModelPackageType | ModelPackageTypeLiteral | None) -> ModelPackageType | None: ...
