# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class MlTools(OpenEnum):
    DATAWRANGLER = "DataWrangler"
    FEATURESTORE = "FeatureStore"
    EMRCLUSTERS = "EmrClusters"
    AUTOML = "AutoMl"
    EXPERIMENTS = "Experiments"
    TRAINING = "Training"
    MODELEVALUATION = "ModelEvaluation"
    PIPELINES = "Pipelines"
    MODELS = "Models"
    JUMPSTART = "JumpStart"
    INFERENCERECOMMENDER = "InferenceRecommender"
    ENDPOINTS = "Endpoints"
    PROJECTS = "Projects"
    INFERENCEOPTIMIZATION = "InferenceOptimization"
    PERFORMANCEEVALUATION = "PerformanceEvaluation"
    LAKERAGUARD = "LakeraGuard"
    COMET = "Comet"
    DEEPCHECKSLLMEVALUATION = "DeepchecksLLMEvaluation"
    FIDDLER = "Fiddler"
    HYPERPODCLUSTERS = "HyperPodClusters"
    RUNNINGINSTANCES = "RunningInstances"
    DATASETS = "Datasets"
    EVALUATORS = "Evaluators"

MlToolsLiteral = Literal[
    "DataWrangler",
    "FeatureStore",
    "EmrClusters",
    "AutoMl",
    "Experiments",
    "Training",
    "ModelEvaluation",
    "Pipelines",
    "Models",
    "JumpStart",
    "InferenceRecommender",
    "Endpoints",
    "Projects",
    "InferenceOptimization",
    "PerformanceEvaluation",
    "LakeraGuard",
    "Comet",
    "DeepchecksLLMEvaluation",
    "Fiddler",
    "HyperPodClusters",
    "RunningInstances",
    "Datasets",
    "Evaluators",
]

def as_MlTools(value: MlTools | MlToolsLiteral) -> MlTools: ...
def as_MlTools_opt(value: MlTools | MlToolsLiteral | None) -> MlTools | None: ...
