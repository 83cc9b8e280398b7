# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class Relation(OpenEnum):
    EQUALTO = "EqualTo"
    GREATERTHANOREQUALTO = "GreaterThanOrEqualTo"

RelationLiteral = Literal[
    "EqualTo",
    "GreaterThanOrEqualTo",
]

def as_Relation(value: Relation | RelationLiteral) -> Relation: ...
def as_Relation_opt(value: Relation | RelationLiteral | None) -> Relation | None: ...
