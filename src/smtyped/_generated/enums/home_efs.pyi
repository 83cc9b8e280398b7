# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class HomeEfsFileSystemCreation(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

HomeEfsFileSystemCreationLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_HomeEfsFileSystemCreation(
    value: HomeEfsFileSystemCreation | HomeEfsFileSystemCreationLiteral,
) -> HomeEfsFileSystemCreation: ...
def as_HomeEfsFileSystemCreation_opt(
    value: HomeEfsFileSystemCreation | HomeEfsFileSystemCreationLiteral | None,
) -> HomeEfsFileSystemCreation | None: ...
