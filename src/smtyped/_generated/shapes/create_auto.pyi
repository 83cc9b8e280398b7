# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.problem_type import ProblemType, as_ProblemType_opt
from smtyped._generated.shapes.auto_ml import (
    AutoMLChannel,
    AutoMLComputeConfig,
    AutoMLDataSplitConfig,
    AutoMLJobChannel,
    AutoMLJobConfig,
    AutoMLJobObjective,
    AutoMLOutputDataConfig,
    AutoMLProblemTypeConfig,
    AutoMLSecurityConfig,
)
from smtyped._generated.shapes.model_deploy import ModelDeployConfig
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateAutoMLJobRequest(Shape):
    auto_ml_job_name: str
    input_data_config: list[AutoMLChannel]
    output_data_config: AutoMLOutputDataConfig
    role_arn: str
    problem_type: ProblemType | None = attrs.field(default=None, converter=as_ProblemType_opt)
    auto_ml_job_objective: AutoMLJobObjective | None = None
    auto_ml_job_config: AutoMLJobConfig | None = None
    generate_candidate_definitions_only: bool | None = None
    tags: list[Tag] | None = None
    model_deploy_config: ModelDeployConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAutoMLJobResponse(OutputShape):
    auto_ml_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAutoMLJobV2Request(Shape):
    auto_ml_job_name: str
    auto_ml_job_input_data_config: list[AutoMLJobChannel]
    output_data_config: AutoMLOutputDataConfig
    auto_ml_problem_type_config: AutoMLProblemTypeConfig
    role_arn: str
    tags: list[Tag] | None = None
    security_config: AutoMLSecurityConfig | None = None
    auto_ml_job_objective: AutoMLJobObjective | None = None
    model_deploy_config: ModelDeployConfig | None = None
    data_split_config: AutoMLDataSplitConfig | None = None
    auto_ml_compute_config: AutoMLComputeConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAutoMLJobV2Response(OutputShape):
    auto_ml_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
