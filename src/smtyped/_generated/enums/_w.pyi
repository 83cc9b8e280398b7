# Generated stub. Do not edit.
# Every enum whose name starts with "W", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class WarmPoolResourceStatus(OpenEnum):
    """Values of ``WarmPoolResourceStatus``. Unknown values load as ``WarmPoolResourceStatus(value)``
    with ``is_known`` False.

    Added:
        AVAILABLE: 'Available' since 2022-09-29
        TERMINATED: 'Terminated' since 2022-09-29
        REUSED: 'Reused' since 2022-09-29
        IN_USE: 'InUse' since 2022-09-29
    """

    AVAILABLE = "Available"
    TERMINATED = "Terminated"
    REUSED = "Reused"
    IN_USE = "InUse"

WarmPoolResourceStatusLiteral = Literal[
    "Available",
    "Terminated",
    "Reused",
    "InUse",
]

def as_WarmPoolResourceStatus(
    value: WarmPoolResourceStatus | WarmPoolResourceStatusLiteral,
) -> WarmPoolResourceStatus: ...
def as_WarmPoolResourceStatus_opt(
    value: WarmPoolResourceStatus | WarmPoolResourceStatusLiteral | None,
) -> WarmPoolResourceStatus | None: ...

class WorkforceIpAddressType(OpenEnum):
    """Values of ``WorkforceIpAddressType``. Unknown values load as ``WorkforceIpAddressType(value)``
    with ``is_known`` False.

    Added:
        IPV4: 'ipv4' since 2025-07-21
        DUALSTACK: 'dualstack' since 2025-07-21
    """

    IPV4 = "ipv4"
    DUALSTACK = "dualstack"

WorkforceIpAddressTypeLiteral = Literal[
    "ipv4",
    "dualstack",
]

def as_WorkforceIpAddressType(
    value: WorkforceIpAddressType | WorkforceIpAddressTypeLiteral,
) -> WorkforceIpAddressType: ...
def as_WorkforceIpAddressType_opt(
    value: WorkforceIpAddressType | WorkforceIpAddressTypeLiteral | None,
) -> WorkforceIpAddressType | None: ...

class WorkforceStatus(OpenEnum):
    """Values of ``WorkforceStatus``. Unknown values load as ``WorkforceStatus(value)`` with
    ``is_known`` False.

    Added:
        INITIALIZING: 'Initializing' since 2022-06-23
        UPDATING: 'Updating' since 2022-06-23
        DELETING: 'Deleting' since 2022-06-23
        FAILED: 'Failed' since 2022-06-23
        ACTIVE: 'Active' since 2022-06-23
    """

    INITIALIZING = "Initializing"
    UPDATING = "Updating"
    DELETING = "Deleting"
    FAILED = "Failed"
    ACTIVE = "Active"

WorkforceStatusLiteral = Literal[
    "Initializing",
    "Updating",
    "Deleting",
    "Failed",
    "Active",
]

def as_WorkforceStatus(value: WorkforceStatus | WorkforceStatusLiteral) -> WorkforceStatus: ...
def as_WorkforceStatus_opt(value: WorkforceStatus | WorkforceStatusLiteral | None) -> WorkforceStatus | None: ...
