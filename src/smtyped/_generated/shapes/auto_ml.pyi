# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._a import AutoMLAlgorithmConfig as AutoMLAlgorithmConfig
from smtyped._generated.shapes._a import AutoMLCandidate as AutoMLCandidate
from smtyped._generated.shapes._a import AutoMLCandidateGenerationConfig as AutoMLCandidateGenerationConfig
from smtyped._generated.shapes._a import AutoMLCandidateStep as AutoMLCandidateStep
from smtyped._generated.shapes._a import AutoMLChannel as AutoMLChannel
from smtyped._generated.shapes._a import AutoMLComputeConfig as AutoMLComputeConfig
from smtyped._generated.shapes._a import AutoMLContainerDefinition as AutoMLContainerDefinition
from smtyped._generated.shapes._a import AutoMLDataSource as AutoMLDataSource
from smtyped._generated.shapes._a import AutoMLDataSplitConfig as AutoMLDataSplitConfig
from smtyped._generated.shapes._a import AutoMLJobArtifacts as AutoMLJobArtifacts
from smtyped._generated.shapes._a import AutoMLJobChannel as AutoMLJobChannel
from smtyped._generated.shapes._a import AutoMLJobCompletionCriteria as AutoMLJobCompletionCriteria
from smtyped._generated.shapes._a import AutoMLJobConfig as AutoMLJobConfig
from smtyped._generated.shapes._a import AutoMLJobObjective as AutoMLJobObjective
from smtyped._generated.shapes._a import AutoMLJobStepMetadata as AutoMLJobStepMetadata
from smtyped._generated.shapes._a import AutoMLJobSummary as AutoMLJobSummary
from smtyped._generated.shapes._a import AutoMLOutputDataConfig as AutoMLOutputDataConfig
from smtyped._generated.shapes._a import AutoMLPartialFailureReason as AutoMLPartialFailureReason
from smtyped._generated.shapes._a import AutoMLProblemTypeConfig as AutoMLProblemTypeConfig
from smtyped._generated.shapes._a import AutoMLProblemTypeResolvedAttributes as AutoMLProblemTypeResolvedAttributes
from smtyped._generated.shapes._a import AutoMLResolvedAttributes as AutoMLResolvedAttributes
from smtyped._generated.shapes._a import AutoMLSecurityConfig as AutoMLSecurityConfig

__all__ = [
    "AutoMLAlgorithmConfig",
    "AutoMLCandidate",
    "AutoMLCandidateGenerationConfig",
    "AutoMLCandidateStep",
    "AutoMLChannel",
    "AutoMLComputeConfig",
    "AutoMLContainerDefinition",
    "AutoMLDataSource",
    "AutoMLDataSplitConfig",
    "AutoMLJobArtifacts",
    "AutoMLJobChannel",
    "AutoMLJobCompletionCriteria",
    "AutoMLJobConfig",
    "AutoMLJobObjective",
    "AutoMLJobStepMetadata",
    "AutoMLJobSummary",
    "AutoMLOutputDataConfig",
    "AutoMLPartialFailureReason",
    "AutoMLProblemTypeConfig",
    "AutoMLProblemTypeResolvedAttributes",
    "AutoMLResolvedAttributes",
    "AutoMLSecurityConfig",
]
