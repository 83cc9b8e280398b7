# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class InferenceComponentCapacitySizeType(OpenEnum):
    COPY_COUNT = "COPY_COUNT"
    CAPACITY_PERCENT = "CAPACITY_PERCENT"

InferenceComponentCapacitySizeTypeLiteral = Literal[
    "COPY_COUNT",
    "CAPACITY_PERCENT",
]

def as_InferenceComponentCapacitySizeType(
    value: InferenceComponentCapacitySizeType | InferenceComponentCapacitySizeTypeLiteral,
) -> InferenceComponentCapacitySizeType: ...
def as_InferenceComponentCapacitySizeType_opt(
    value: InferenceComponentCapacitySizeType | InferenceComponentCapacitySizeTypeLiteral | None,
) -> InferenceComponentCapacitySizeType | None: ...

class InferenceComponentPlacementStrategy(OpenEnum):
    SPREAD = "SPREAD"
    BINPACK = "BINPACK"

InferenceComponentPlacementStrategyLiteral = Literal[
    "SPREAD",
    "BINPACK",
]

def as_InferenceComponentPlacementStrategy(
    value: InferenceComponentPlacementStrategy | InferenceComponentPlacementStrategyLiteral,
) -> InferenceComponentPlacementStrategy: ...
def as_InferenceComponentPlacementStrategy_opt(
    value: InferenceComponentPlacementStrategy | InferenceComponentPlacementStrategyLiteral | None,
) -> InferenceComponentPlacementStrategy | None: ...

class InferenceComponentSortKey(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

InferenceComponentSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_InferenceComponentSortKey(
    value: InferenceComponentSortKey | InferenceComponentSortKeyLiteral,
) -> InferenceComponentSortKey: ...
def as_InferenceComponentSortKey_opt(
    value: InferenceComponentSortKey | InferenceComponentSortKeyLiteral | None,
) -> InferenceComponentSortKey | None: ...

class InferenceComponentStatus(OpenEnum):
    INSERVICE = "InService"
    CREATING = "Creating"
    UPDATING = "Updating"
    FAILED = "Failed"
    DELETING = "Deleting"

InferenceComponentStatusLiteral = Literal[
    "InService",
    "Creating",
    "Updating",
    "Failed",
    "Deleting",
]

def as_InferenceComponentStatus(
    value: InferenceComponentStatus | InferenceComponentStatusLiteral,
) -> InferenceComponentStatus: ...
def as_InferenceComponentStatus_opt(
    value: InferenceComponentStatus | InferenceComponentStatusLiteral | None,
) -> InferenceComponentStatus | None: ...
