# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._m import ModelCard as ModelCard
from smtyped._generated.shapes._m import ModelCardExportArtifacts as ModelCardExportArtifacts
from smtyped._generated.shapes._m import ModelCardExportJobSummary as ModelCardExportJobSummary
from smtyped._generated.shapes._m import ModelCardExportOutputConfig as ModelCardExportOutputConfig
from smtyped._generated.shapes._m import ModelCardSecurityConfig as ModelCardSecurityConfig
from smtyped._generated.shapes._m import ModelCardSummary as ModelCardSummary
from smtyped._generated.shapes._m import ModelCardVersionSummary as ModelCardVersionSummary

__all__ = [
    "ModelCard",
    "ModelCardExportArtifacts",
    "ModelCardExportJobSummary",
    "ModelCardExportOutputConfig",
    "ModelCardSecurityConfig",
    "ModelCardSummary",
    "ModelCardVersionSummary",
]
