# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ModelVariantAction(OpenEnum):
    RETAIN = "Retain"
    REMOVE = "Remove"
    PROMOTE = "Promote"

ModelVariantActionLiteral = Literal[
    "Retain",
    "Remove",
    "Promote",
]

def as_ModelVariantAction(value: ModelVariantAction | ModelVariantActionLiteral) -> ModelVariantAction: ...
def as_ModelVariantAction_opt(
    value: ModelVariantAction | ModelVariantActionLiteral | None,
) -> ModelVariantAction | None: ...

class ModelVariantStatus(OpenEnum):
    CREATING = "Creating"
    UPDATING = "Updating"
    INSERVICE = "InService"
    DELETING = "Deleting"
    DELETED = "Deleted"

ModelVariantStatusLiteral = Literal[
    "Creating",
    "Updating",
    "InService",
    "Deleting",
    "Deleted",
]

def as_ModelVariantStatus(value: ModelVariantStatus | ModelVariantStatusLiteral) -> ModelVariantStatus: ...
def as_ModelVariantStatus_opt(
    value: ModelVariantStatus | ModelVariantStatusLiteral | None,
) -> ModelVariantStatus | None: ...
