# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class PartnerAppAuthType(OpenEnum):
    IAM = "IAM"

PartnerAppAuthTypeLiteral = Literal["IAM",]

def as_PartnerAppAuthType(value: PartnerAppAuthType | PartnerAppAuthTypeLiteral) -> PartnerAppAuthType: ...
def as_PartnerAppAuthType_opt(
    value: PartnerAppAuthType | PartnerAppAuthTypeLiteral | None,
) -> PartnerAppAuthType | None: ...

class PartnerAppStatus(OpenEnum):
    CREATING = "Creating"
    UPDATING = "Updating"
    DELETING = "Deleting"
    AVAILABLE = "Available"
    FAILED = "Failed"
    UPDATEFAILED = "UpdateFailed"
    DELETED = "Deleted"

PartnerAppStatusLiteral = Literal[
    "Creating",
    "Updating",
    "Deleting",
    "Available",
    "Failed",
    "UpdateFailed",
    "Deleted",
]

def as_PartnerAppStatus(value: PartnerAppStatus | PartnerAppStatusLiteral) -> PartnerAppStatus: ...
def as_PartnerAppStatus_opt(value: PartnerAppStatus | PartnerAppStatusLiteral | None) -> PartnerAppStatus | None: ...

class PartnerAppType(OpenEnum):
    LAKERA_GUARD = "lakera-guard"
    COMET = "comet"
    DEEPCHECKS_LLM_EVALUATION = "deepchecks-llm-evaluation"
    FIDDLER = "fiddler"

PartnerAppTypeLiteral = Literal[
    "lakera-guard",
    "comet",
    "deepchecks-llm-evaluation",
    "fiddler",
]

def as_PartnerAppType(value: PartnerAppType | PartnerAppTypeLiteral) -> PartnerAppType: ...
def as_PartnerAppType_opt(value: PartnerAppType | PartnerAppTypeLiteral | None) -> PartnerAppType | None: ...
