# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._r import RStudioServerProAppSettings as RStudioServerProAppSettings
from smtyped._generated.shapes._r import RStudioServerProDomainSettings as RStudioServerProDomainSettings
from smtyped._generated.shapes._r import (
    RStudioServerProDomainSettingsForUpdate as RStudioServerProDomainSettingsForUpdate,
)

__all__ = [
    "RStudioServerProAppSettings",
    "RStudioServerProDomainSettings",
    "RStudioServerProDomainSettingsForUpdate",
]
