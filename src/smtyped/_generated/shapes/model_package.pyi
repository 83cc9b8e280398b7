# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._m import ModelPackage as ModelPackage
from smtyped._generated.shapes._m import ModelPackageConfig as ModelPackageConfig
from smtyped._generated.shapes._m import ModelPackageContainerDefinition as ModelPackageContainerDefinition
from smtyped._generated.shapes._m import ModelPackageGroup as ModelPackageGroup
from smtyped._generated.shapes._m import ModelPackageGroupSummary as ModelPackageGroupSummary
from smtyped._generated.shapes._m import ModelPackageModelCard as ModelPackageModelCard
from smtyped._generated.shapes._m import ModelPackageSecurityConfig as ModelPackageSecurityConfig
from smtyped._generated.shapes._m import ModelPackageStatusDetails as ModelPackageStatusDetails
from smtyped._generated.shapes._m import ModelPackageStatusItem as ModelPackageStatusItem
from smtyped._generated.shapes._m import ModelPackageSummary as ModelPackageSummary
from smtyped._generated.shapes._m import ModelPackageValidationProfile as ModelPackageValidationProfile
from smtyped._generated.shapes._m import ModelPackageValidationSpecification as ModelPackageValidationSpecification

__all__ = [
    "ModelPackage",
    "ModelPackageConfig",
    "ModelPackageContainerDefinition",
    "ModelPackageGroup",
    "ModelPackageGroupSummary",
    "ModelPackageModelCard",
    "ModelPackageSecurityConfig",
    "ModelPackageStatusDetails",
    "ModelPackageStatusItem",
    "ModelPackageSummary",
    "ModelPackageValidationProfile",
    "ModelPackageValidationSpecification",
]
