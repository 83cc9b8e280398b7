# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import ModelApprovalStatus as ModelApprovalStatus
from smtyped._generated.enums._m import ModelApprovalStatusLiteral as ModelApprovalStatusLiteral
from smtyped._generated.enums._m import as_ModelApprovalStatus as as_ModelApprovalStatus
from smtyped._generated.enums._m import as_ModelApprovalStatus_opt as as_ModelApprovalStatus_opt

__all__ = [
    "ModelApprovalStatus",
    "ModelApprovalStatusLiteral",
]
