# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

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
