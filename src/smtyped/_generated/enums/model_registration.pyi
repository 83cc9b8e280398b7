# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ModelRegistrationMode(OpenEnum):
    AUTOMODELREGISTRATIONENABLED = "AutoModelRegistrationEnabled"
    AUTOMODELREGISTRATIONDISABLED = "AutoModelRegistrationDisabled"

ModelRegistrationModeLiteral = Literal[
    "AutoModelRegistrationEnabled",
    "AutoModelRegistrationDisabled",
]

def as_ModelRegistrationMode(value: ModelRegistrationMode | ModelRegistrationModeLiteral) -> ModelRegistrationMode: ...
def as_ModelRegistrationMode_opt(
    value: ModelRegistrationMode | ModelRegistrationModeLiteral | None,
) -> ModelRegistrationMode | None: ...
