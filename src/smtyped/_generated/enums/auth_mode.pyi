# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AuthMode(OpenEnum):
    SSO = "SSO"
    IAM = "IAM"

AuthModeLiteral = Literal[
    "SSO",
    "IAM",
]

def as_AuthMode(value: AuthMode | AuthModeLiteral) -> AuthMode: ...
def as_AuthMode_opt(value: AuthMode | AuthModeLiteral | None) -> AuthMode | None: ...
