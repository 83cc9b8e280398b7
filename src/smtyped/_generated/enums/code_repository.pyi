# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CodeRepositorySortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    LASTMODIFIEDTIME = "LastModifiedTime"

CodeRepositorySortByLiteral = Literal[
    "Name",
    "CreationTime",
    "LastModifiedTime",
]

def as_CodeRepositorySortBy(value: CodeRepositorySortBy | CodeRepositorySortByLiteral) -> CodeRepositorySortBy: ...
def as_CodeRepositorySortBy_opt(
    value: CodeRepositorySortBy | CodeRepositorySortByLiteral | None,
) -> CodeRepositorySortBy | None: ...

class CodeRepositorySortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

CodeRepositorySortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_CodeRepositorySortOrder(
    value: CodeRepositorySortOrder | CodeRepositorySortOrderLiteral,
) -> CodeRepositorySortOrder: ...
def as_CodeRepositorySortOrder_opt(
    value: CodeRepositorySortOrder | CodeRepositorySortOrderLiteral | None,
) -> CodeRepositorySortOrder | None: ...
