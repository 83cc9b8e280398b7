# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TargetPlatformAccelerator(OpenEnum):
    INTEL_GRAPHICS = "INTEL_GRAPHICS"
    MALI = "MALI"
    NVIDIA = "NVIDIA"
    NNA = "NNA"

TargetPlatformAcceleratorLiteral = Literal[
    "INTEL_GRAPHICS",
    "MALI",
    "NVIDIA",
    "NNA",
]

def as_TargetPlatformAccelerator(
    value: TargetPlatformAccelerator | TargetPlatformAcceleratorLiteral,
) -> TargetPlatformAccelerator: ...
def as_TargetPlatformAccelerator_opt(
    value: TargetPlatformAccelerator | TargetPlatformAcceleratorLiteral | None,
) -> TargetPlatformAccelerator | None: ...

class TargetPlatformArch(OpenEnum):
    X86_64 = "X86_64"
    X86 = "X86"
    ARM64 = "ARM64"
    ARM_EABI = "ARM_EABI"
    ARM_EABIHF = "ARM_EABIHF"

TargetPlatformArchLiteral = Literal[
    "X86_64",
    "X86",
    "ARM64",
    "ARM_EABI",
    "ARM_EABIHF",
]

def as_TargetPlatformArch(value: TargetPlatformArch | TargetPlatformArchLiteral) -> TargetPlatformArch: ...
def as_TargetPlatformArch_opt(
    value: TargetPlatformArch | TargetPlatformArchLiteral | None,
) -> TargetPlatformArch | None: ...

class TargetPlatformOs(OpenEnum):
    ANDROID = "ANDROID"
    LINUX = "LINUX"

TargetPlatformOsLiteral = Literal[
    "ANDROID",
    "LINUX",
]

def as_TargetPlatformOs(value: TargetPlatformOs | TargetPlatformOsLiteral) -> TargetPlatformOs: ...
def as_TargetPlatformOs_opt(value: TargetPlatformOs | TargetPlatformOsLiteral | None) -> TargetPlatformOs | None: ...
