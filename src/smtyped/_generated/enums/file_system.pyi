# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class FileSystemAccessMode(OpenEnum):
    RW = "rw"
    RO = "ro"

FileSystemAccessModeLiteral = Literal[
    "rw",
    "ro",
]

def as_FileSystemAccessMode(value: FileSystemAccessMode | FileSystemAccessModeLiteral) -> FileSystemAccessMode: ...
def as_FileSystemAccessMode_opt(
    value: FileSystemAccessMode | FileSystemAccessModeLiteral | None,
) -> FileSystemAccessMode | None: ...

class FileSystemType(OpenEnum):
    EFS = "EFS"
    FSXLUSTRE = "FSxLustre"

FileSystemTypeLiteral = Literal[
    "EFS",
    "FSxLustre",
]

def as_FileSystemType(value: FileSystemType | FileSystemTypeLiteral) -> FileSystemType: ...
def as_FileSystemType_opt(value: FileSystemType | FileSystemTypeLiteral | None) -> FileSystemType | None: ...
