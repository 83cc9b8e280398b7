# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AIRecommendationInferenceFramework(OpenEnum):
    LMI = "LMI"
    VLLM = "VLLM"

AIRecommendationInferenceFrameworkLiteral = Literal[
    "LMI",
    "VLLM",
]

def as_AIRecommendationInferenceFramework(
    value: AIRecommendationInferenceFramework | AIRecommendationInferenceFrameworkLiteral,
) -> AIRecommendationInferenceFramework: ...
def as_AIRecommendationInferenceFramework_opt(
    value: AIRecommendationInferenceFramework | AIRecommendationInferenceFrameworkLiteral | None,
) -> AIRecommendationInferenceFramework | None: ...

class AIRecommendationInstanceType(OpenEnum):
    ML_G5_XLARGE = "ml.g5.xlarge"
    ML_G5_2XLARGE = "ml.g5.2xlarge"
    ML_G5_4XLARGE = "ml.g5.4xlarge"
    ML_G5_8XLARGE = "ml.g5.8xlarge"
    ML_G5_12XLARGE = "ml.g5.12xlarge"
    ML_G5_16XLARGE = "ml.g5.16xlarge"
    ML_G5_24XLARGE = "ml.g5.24xlarge"
    ML_G5_48XLARGE = "ml.g5.48xlarge"
    ML_G6_XLARGE = "ml.g6.xlarge"
    ML_G6_2XLARGE = "ml.g6.2xlarge"
    ML_G6_4XLARGE = "ml.g6.4xlarge"
    ML_G6_8XLARGE = "ml.g6.8xlarge"
    ML_G6_12XLARGE = "ml.g6.12xlarge"
    ML_G6_16XLARGE = "ml.g6.16xlarge"
    ML_G6_24XLARGE = "ml.g6.24xlarge"
    ML_G6_48XLARGE = "ml.g6.48xlarge"
    ML_G6E_XLARGE = "ml.g6e.xlarge"
    ML_G6E_2XLARGE = "ml.g6e.2xlarge"
    ML_G6E_4XLARGE = "ml.g6e.4xlarge"
    ML_G6E_8XLARGE = "ml.g6e.8xlarge"
    ML_G6E_12XLARGE = "ml.g6e.12xlarge"
    ML_G6E_16XLARGE = "ml.g6e.16xlarge"
    ML_G6E_24XLARGE = "ml.g6e.24xlarge"
    ML_G6E_48XLARGE = "ml.g6e.48xlarge"
    ML_G7E_2XLARGE = "ml.g7e.2xlarge"
    ML_G7E_4XLARGE = "ml.g7e.4xlarge"
    ML_G7E_8XLARGE = "ml.g7e.8xlarge"
    ML_G7E_12XLARGE = "ml.g7e.12xlarge"
    ML_G7E_24XLARGE = "ml.g7e.24xlarge"
    ML_G7E_48XLARGE = "ml.g7e.48xlarge"
    ML_P3_2XLARGE = "ml.p3.2xlarge"
    ML_P3_8XLARGE = "ml.p3.8xlarge"
    ML_P3_16XLARGE = "ml.p3.16xlarge"
    ML_P4D_24XLARGE = "ml.p4d.24xlarge"
    ML_P4DE_24XLARGE = "ml.p4de.24xlarge"
    ML_P5_4XLARGE = "ml.p5.4xlarge"
    ML_P5_48XLARGE = "ml.p5.48xlarge"
    ML_P5E_48XLARGE = "ml.p5e.48xlarge"
    ML_P5EN_48XLARGE = "ml.p5en.48xlarge"
    ML_P6_B200_48XLARGE = "ml.p6-b200.48xlarge"

AIRecommendationInstanceTypeLiteral = Literal[
    "ml.g5.xlarge",
    "ml.g5.2xlarge",
    "ml.g5.4xlarge",
    "ml.g5.8xlarge",
    "ml.g5.12xlarge",
    "ml.g5.16xlarge",
    "ml.g5.24xlarge",
    "ml.g5.48xlarge",
    "ml.g6.xlarge",
    "ml.g6.2xlarge",
    "ml.g6.4xlarge",
    "ml.g6.8xlarge",
    "ml.g6.12xlarge",
    "ml.g6.16xlarge",
    "ml.g6.24xlarge",
    "ml.g6.48xlarge",
    "ml.g6e.xlarge",
    "ml.g6e.2xlarge",
    "ml.g6e.4xlarge",
    "ml.g6e.8xlarge",
    "ml.g6e.12xlarge",
    "ml.g6e.16xlarge",
    "ml.g6e.24xlarge",
    "ml.g6e.48xlarge",
    "ml.g7e.2xlarge",
    "ml.g7e.4xlarge",
    "ml.g7e.8xlarge",
    "ml.g7e.12xlarge",
    "ml.g7e.24xlarge",
    "ml.g7e.48xlarge",
    "ml.p3.2xlarge",
    "ml.p3.8xlarge",
    "ml.p3.16xlarge",
    "ml.p4d.24xlarge",
    "ml.p4de.24xlarge",
    "ml.p5.4xlarge",
    "ml.p5.48xlarge",
    "ml.p5e.48xlarge",
    "ml.p5en.48xlarge",
    "ml.p6-b200.48xlarge",
]

def as_AIRecommendationInstanceType(
    value: AIRecommendationInstanceType | AIRecommendationInstanceTypeLiteral,
) -> AIRecommendationInstanceType: ...
def as_AIRecommendationInstanceType_opt(
    value: AIRecommendationInstanceType | AIRecommendationInstanceTypeLiteral | None,
) -> AIRecommendationInstanceType | None: ...

class AIRecommendationJobStatus(OpenEnum):
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

AIRecommendationJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_AIRecommendationJobStatus(
    value: AIRecommendationJobStatus | AIRecommendationJobStatusLiteral,
) -> AIRecommendationJobStatus: ...
def as_AIRecommendationJobStatus_opt(
    value: AIRecommendationJobStatus | AIRecommendationJobStatusLiteral | None,
) -> AIRecommendationJobStatus | None: ...

class AIRecommendationMetric(OpenEnum):
    TTFT_MS = "ttft-ms"
    THROUGHPUT = "throughput"
    COST = "cost"

AIRecommendationMetricLiteral = Literal[
    "ttft-ms",
    "throughput",
    "cost",
]

def as_AIRecommendationMetric(
    value: AIRecommendationMetric | AIRecommendationMetricLiteral,
) -> AIRecommendationMetric: ...
def as_AIRecommendationMetric_opt(
    value: AIRecommendationMetric | AIRecommendationMetricLiteral | None,
) -> AIRecommendationMetric | None: ...

class AIRecommendationOptimizationType(OpenEnum):
    SPECULATIVEDECODING = "SpeculativeDecoding"
    KERNELTUNING = "KernelTuning"

AIRecommendationOptimizationTypeLiteral = Literal[
    "SpeculativeDecoding",
    "KernelTuning",
]

def as_AIRecommendationOptimizationType(
    value: AIRecommendationOptimizationType | AIRecommendationOptimizationTypeLiteral,
) -> AIRecommendationOptimizationType: ...
def as_AIRecommendationOptimizationType_opt(
    value: AIRecommendationOptimizationType | AIRecommendationOptimizationTypeLiteral | None,
) -> AIRecommendationOptimizationType | None: ...
