# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._f import FailureHandlingPolicy as FailureHandlingPolicy
from smtyped._generated.enums._f import FailureHandlingPolicyLiteral as FailureHandlingPolicyLiteral
from smtyped._generated.enums._f import as_FailureHandlingPolicy as as_FailureHandlingPolicy
from smtyped._generated.enums._f import as_FailureHandlingPolicy_opt as as_FailureHandlingPolicy_opt

__all__ = [
    "FailureHandlingPolicy",
    "FailureHandlingPolicyLiteral",
]
