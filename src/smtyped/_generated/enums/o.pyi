# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ObjectiveStatus(OpenEnum):
    SUCCEEDED = "Succeeded"
    PENDING = "Pending"
    FAILED = "Failed"

ObjectiveStatusLiteral = Literal[
    "Succeeded",
    "Pending",
    "Failed",
]

def as_ObjectiveStatus(value: ObjectiveStatus | ObjectiveStatusLiteral) -> ObjectiveStatus: ...
def as_ObjectiveStatus_opt(value: ObjectiveStatus | ObjectiveStatusLiteral | None) -> ObjectiveStatus | None: ...

class OfflineStoreStatusValue(OpenEnum):
    ACTIVE = "Active"
    BLOCKED = "Blocked"
    DISABLED = "Disabled"

OfflineStoreStatusValueLiteral = Literal[
    "Active",
    "Blocked",
    "Disabled",
]

def as_OfflineStoreStatusValue(
    value: OfflineStoreStatusValue | OfflineStoreStatusValueLiteral,
) -> OfflineStoreStatusValue: ...
def as_OfflineStoreStatusValue_opt(
    value: OfflineStoreStatusValue | OfflineStoreStatusValueLiteral | None,
) -> OfflineStoreStatusValue | None: ...

class Operator(OpenEnum):
    EQUALS = "Equals"
    NOTEQUALS = "NotEquals"
    GREATERTHAN = "GreaterThan"
    GREATERTHANOREQUALTO = "GreaterThanOrEqualTo"
    LESSTHAN = "LessThan"
    LESSTHANOREQUALTO = "LessThanOrEqualTo"
    CONTAINS = "Contains"
    EXISTS = "Exists"
    NOTEXISTS = "NotExists"
    IN = "In"

OperatorLiteral = Literal[
    "Equals",
    "NotEquals",
    "GreaterThan",
    "GreaterThanOrEqualTo",
    "LessThan",
    "LessThanOrEqualTo",
    "Contains",
    "Exists",
    "NotExists",
    "In",
]

def as_Operator(value: Operator | OperatorLiteral) -> Operator: ...
def as_Operator_opt(value: Operator | OperatorLiteral | None) -> Operator | None: ...

class OutputCompressionType(OpenEnum):
    GZIP = "GZIP"
    NONE = "NONE"

OutputCompressionTypeLiteral = Literal[
    "GZIP",
    "NONE",
]

def as_OutputCompressionType(value: OutputCompressionType | OutputCompressionTypeLiteral) -> OutputCompressionType: ...
def as_OutputCompressionType_opt(
    value: OutputCompressionType | OutputCompressionTypeLiteral | None,
) -> OutputCompressionType | None: ...
