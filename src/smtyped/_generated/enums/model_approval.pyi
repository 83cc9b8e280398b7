# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ModelApprovalStatus(OpenEnum):
    APPROVED = "Approved"
    REJECTED = "Rejected"
    PENDINGMANUALAPPROVAL = "PendingManualApproval"

ModelApprovalStatusLiteral = Literal[
    "Approved",
    "Rejected",
    "PendingManualApproval",
]

def as_ModelApprovalStatus(value: ModelApprovalStatus | ModelApprovalStatusLiteral) -> ModelApprovalStatus: ...
def as_ModelApprovalStatus_opt(
    value: ModelApprovalStatus | ModelApprovalStatusLiteral | None,
) -> ModelApprovalStatus | None: ...
