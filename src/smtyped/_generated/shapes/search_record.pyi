# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.endpoint import Endpoint
from smtyped._generated.shapes.experiment import Experiment
from smtyped._generated.shapes.feature_group import FeatureGroup
from smtyped._generated.shapes.feature_metadata import FeatureMetadata
from smtyped._generated.shapes.hyper_parameter import HyperParameterTuningJobSearchEntity
from smtyped._generated.shapes.job import Job
from smtyped._generated.shapes.model_card import ModelCard
from smtyped._generated.shapes.model_dashboard import ModelDashboardModel
from smtyped._generated.shapes.model_package import ModelPackage, ModelPackageGroup
from smtyped._generated.shapes.pipeline import Pipeline
from smtyped._generated.shapes.pipeline_execution import PipelineExecution
from smtyped._generated.shapes.pipeline_version import PipelineVersion
from smtyped._generated.shapes.project import Project
from smtyped._generated.shapes.training_job import TrainingJob
from smtyped._generated.shapes.trial import Trial
from smtyped._generated.shapes.trial_component import TrialComponent

@attrs.frozen(kw_only=True, slots=False)
class SearchRecord(Shape):
    training_job: TrainingJob | None = None
    experiment: Experiment | None = None
    trial: Trial | None = None
    trial_component: TrialComponent | None = None
    endpoint: Endpoint | None = None
    model_package: ModelPackage | None = None
    model_package_group: ModelPackageGroup | None = None
    pipeline: Pipeline | None = None
    pipeline_execution: PipelineExecution | None = None
    feature_group: FeatureGroup | None = None
    project: Project | None = None
    feature_metadata: FeatureMetadata | None = None
    pipeline_version: PipelineVersion | None = None
    hyper_parameter_tuning_job: HyperParameterTuningJobSearchEntity | None = None
    model_card: ModelCard | None = None
    model: ModelDashboardModel | None = None
    job: Job | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
