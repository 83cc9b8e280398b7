# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import PartnerAppAuthType as PartnerAppAuthType
from smtyped._generated.enums._p import PartnerAppAuthTypeLiteral as PartnerAppAuthTypeLiteral
from smtyped._generated.enums._p import PartnerAppStatus as PartnerAppStatus
from smtyped._generated.enums._p import PartnerAppStatusLiteral as PartnerAppStatusLiteral
from smtyped._generated.enums._p import PartnerAppType as PartnerAppType
from smtyped._generated.enums._p import PartnerAppTypeLiteral as PartnerAppTypeLiteral
from smtyped._generated.enums._p import as_PartnerAppAuthType as as_PartnerAppAuthType
from smtyped._generated.enums._p import as_PartnerAppAuthType_opt as as_PartnerAppAuthType_opt
from smtyped._generated.enums._p import as_PartnerAppStatus as as_PartnerAppStatus
from smtyped._generated.enums._p import as_PartnerAppStatus_opt as as_PartnerAppStatus_opt
from smtyped._generated.enums._p import as_PartnerAppType as as_PartnerAppType
from smtyped._generated.enums._p import as_PartnerAppType_opt as as_PartnerAppType_opt

__all__ = [
    "PartnerAppAuthType",
    "PartnerAppAuthTypeLiteral",
    "PartnerAppStatus",
    "PartnerAppStatusLiteral",
    "PartnerAppType",
    "PartnerAppTypeLiteral",
]
