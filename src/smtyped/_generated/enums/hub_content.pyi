# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class HubContentSortBy(OpenEnum):
    HUBCONTENTNAME = "HubContentName"
    CREATIONTIME = "CreationTime"
    HUBCONTENTSTATUS = "HubContentStatus"

HubContentSortByLiteral = Literal[
    "HubContentName",
    "CreationTime",
    "HubContentStatus",
]

def as_HubContentSortBy(value: HubContentSortBy | HubContentSortByLiteral) -> HubContentSortBy: ...
def as_HubContentSortBy_opt(value: HubContentSortBy | HubContentSortByLiteral | None) -> HubContentSortBy | None: ...

class HubContentStatus(OpenEnum):
    AVAILABLE = "Available"
    IMPORTING = "Importing"
    DELETING = "Deleting"
    IMPORTFAILED = "ImportFailed"
    DELETEFAILED = "DeleteFailed"
    PENDINGIMPORT = "PendingImport"
    PENDINGDELETE = "PendingDelete"

HubContentStatusLiteral = Literal[
    "Available",
    "Importing",
    "Deleting",
    "ImportFailed",
    "DeleteFailed",
    "PendingImport",
    "PendingDelete",
]

def as_HubContentStatus(value: HubContentStatus | HubContentStatusLiteral) -> HubContentStatus: ...
def as_HubContentStatus_opt(value: HubContentStatus | HubContentStatusLiteral | None) -> HubContentStatus | None: ...

class HubContentSupportStatus(OpenEnum):
    SUPPORTED = "Supported"
    DEPRECATED = "Deprecated"
    RESTRICTED = "Restricted"

HubContentSupportStatusLiteral = Literal[
    "Supported",
    "Deprecated",
    "Restricted",
]

def as_HubContentSupportStatus(
    value: HubContentSupportStatus | HubContentSupportStatusLiteral,
) -> HubContentSupportStatus: ...
def as_HubContentSupportStatus_opt(
    value: HubContentSupportStatus | HubContentSupportStatusLiteral | None,
) -> HubContentSupportStatus | None: ...

class HubContentType(OpenEnum):
    MODEL = "Model"
    NOTEBOOK = "Notebook"
    MODELREFERENCE = "ModelReference"
    DATASET = "DataSet"
    JSONDOC = "JsonDoc"

HubContentTypeLiteral = Literal[
    "Model",
    "Notebook",
    "ModelReference",
    "DataSet",
    "JsonDoc",
]

def as_HubContentType(value: HubContentType | HubContentTypeLiteral) -> HubContentType: ...
def as_HubContentType_opt(value: HubContentType | HubContentTypeLiteral | None) -> HubContentType | None: ...
