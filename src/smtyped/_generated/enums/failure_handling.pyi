# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class FailureHandlingPolicy(OpenEnum):
    ROLLBACK_ON_FAILURE = "ROLLBACK_ON_FAILURE"
    DO_NOTHING = "DO_NOTHING"

FailureHandlingPolicyLiteral = Literal[
    "ROLLBACK_ON_FAILURE",
    "DO_NOTHING",
]

def as_FailureHandlingPolicy(value: FailureHandlingPolicy | FailureHandlingPolicyLiteral) -> FailureHandlingPolicy: ...
def as_FailureHandlingPolicy_opt(
    value: FailureHandlingPolicy | FailureHandlingPolicyLiteral | None,
) -> FailureHandlingPolicy | None: ...
