# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
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

class OfflineStoreStatusValue(OpenEnum):
    ACTIVE = "Active"
    BLOCKED = "Blocked"
    DISABLED = "Disabled"

OfflineStoreStatusValueLiteral = Literal[
    "Active",
    "Blocked",
    "Disabled",
]

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

class OutputCompressionType(OpenEnum):
    GZIP = "GZIP"
    NONE = "NONE"

OutputCompressionTypeLiteral = Literal[
    "GZIP",
    "NONE",
]
