# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._i import (
    InferenceComponentAvailabilityZoneBalance as InferenceComponentAvailabilityZoneBalance,
)
from smtyped._generated.shapes._i import InferenceComponentCapacitySize as InferenceComponentCapacitySize
from smtyped._generated.shapes._i import (
    InferenceComponentComputeResourceRequirements as InferenceComponentComputeResourceRequirements,
)
from smtyped._generated.shapes._i import (
    InferenceComponentContainerSpecification as InferenceComponentContainerSpecification,
)
from smtyped._generated.shapes._i import (
    InferenceComponentContainerSpecificationSummary as InferenceComponentContainerSpecificationSummary,
)
from smtyped._generated.shapes._i import InferenceComponentDataCacheConfig as InferenceComponentDataCacheConfig
from smtyped._generated.shapes._i import (
    InferenceComponentDataCacheConfigSummary as InferenceComponentDataCacheConfigSummary,
)
from smtyped._generated.shapes._i import InferenceComponentDeploymentConfig as InferenceComponentDeploymentConfig
from smtyped._generated.shapes._i import InferenceComponentMetadata as InferenceComponentMetadata
from smtyped._generated.shapes._i import InferenceComponentPlacementStatus as InferenceComponentPlacementStatus
from smtyped._generated.shapes._i import InferenceComponentRollingUpdatePolicy as InferenceComponentRollingUpdatePolicy
from smtyped._generated.shapes._i import InferenceComponentRuntimeConfig as InferenceComponentRuntimeConfig
from smtyped._generated.shapes._i import (
    InferenceComponentRuntimeConfigSummary as InferenceComponentRuntimeConfigSummary,
)
from smtyped._generated.shapes._i import InferenceComponentSchedulingConfig as InferenceComponentSchedulingConfig
from smtyped._generated.shapes._i import InferenceComponentSpecification as InferenceComponentSpecification
from smtyped._generated.shapes._i import (
    InferenceComponentSpecificationSummary as InferenceComponentSpecificationSummary,
)
from smtyped._generated.shapes._i import InferenceComponentStartupParameters as InferenceComponentStartupParameters
from smtyped._generated.shapes._i import InferenceComponentSummary as InferenceComponentSummary

__all__ = [
    "InferenceComponentAvailabilityZoneBalance",
    "InferenceComponentCapacitySize",
    "InferenceComponentComputeResourceRequirements",
    "InferenceComponentContainerSpecification",
    "InferenceComponentContainerSpecificationSummary",
    "InferenceComponentDataCacheConfig",
    "InferenceComponentDataCacheConfigSummary",
    "InferenceComponentDeploymentConfig",
    "InferenceComponentMetadata",
    "InferenceComponentPlacementStatus",
    "InferenceComponentRollingUpdatePolicy",
    "InferenceComponentRuntimeConfig",
    "InferenceComponentRuntimeConfigSummary",
    "InferenceComponentSchedulingConfig",
    "InferenceComponentSpecification",
    "InferenceComponentSpecificationSummary",
    "InferenceComponentStartupParameters",
    "InferenceComponentSummary",
]
