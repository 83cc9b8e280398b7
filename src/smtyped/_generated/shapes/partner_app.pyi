# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._p import PartnerAppConfig as PartnerAppConfig
from smtyped._generated.shapes._p import PartnerAppMaintenanceConfig as PartnerAppMaintenanceConfig
from smtyped._generated.shapes._p import PartnerAppSummary as PartnerAppSummary

__all__ = [
    "PartnerAppConfig",
    "PartnerAppMaintenanceConfig",
    "PartnerAppSummary",
]
