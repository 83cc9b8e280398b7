# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.auto_ml import (
    AutoMLJobSecondaryStatus,
    AutoMLJobStatus,
    AutoMLProblemTypeConfigName,
    as_AutoMLJobSecondaryStatus_opt,
    as_AutoMLJobStatus_opt,
    as_AutoMLProblemTypeConfigName_opt,
)
from smtyped._generated.enums.problem_type import ProblemType, as_ProblemType_opt
from smtyped._generated.shapes.auto_ml import (
    AutoMLCandidate,
    AutoMLChannel,
    AutoMLComputeConfig,
    AutoMLDataSplitConfig,
    AutoMLJobArtifacts,
    AutoMLJobChannel,
    AutoMLJobConfig,
    AutoMLJobObjective,
    AutoMLOutputDataConfig,
    AutoMLPartialFailureReason,
    AutoMLProblemTypeConfig,
    AutoMLResolvedAttributes,
    AutoMLSecurityConfig,
)
from smtyped._generated.shapes.model_deploy import ModelDeployConfig, ModelDeployResult
from smtyped._generated.shapes.resolved_attributes import ResolvedAttributes

@attrs.frozen(kw_only=True, slots=False)
class DescribeAutoMLJobRequest(Shape):
    auto_ml_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAutoMLJobResponse(OutputShape):
    auto_ml_job_name: str | None = None
    auto_ml_job_arn: str | None = None
    input_data_config: list[AutoMLChannel] | None = None
    output_data_config: AutoMLOutputDataConfig | None = None
    role_arn: str | None = None
    auto_ml_job_objective: AutoMLJobObjective | None = None
    problem_type: ProblemType | None = attrs.field(default=None, converter=as_ProblemType_opt)
    auto_ml_job_config: AutoMLJobConfig | None = None
    creation_time: datetime | None = None
    end_time: datetime | None = None
    last_modified_time: datetime | None = None
    failure_reason: str | None = None
    partial_failure_reasons: list[AutoMLPartialFailureReason] | None = None
    best_candidate: AutoMLCandidate | None = None
    auto_ml_job_status: AutoMLJobStatus | None = attrs.field(default=None, converter=as_AutoMLJobStatus_opt)
    auto_ml_job_secondary_status: AutoMLJobSecondaryStatus | None = attrs.field(
        default=None, converter=as_AutoMLJobSecondaryStatus_opt
    )
    generate_candidate_definitions_only: bool | None = None
    auto_ml_job_artifacts: AutoMLJobArtifacts | None = None
    resolved_attributes: ResolvedAttributes | None = None
    model_deploy_config: ModelDeployConfig | None = None
    model_deploy_result: ModelDeployResult | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAutoMLJobV2Request(Shape):
    auto_ml_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAutoMLJobV2Response(OutputShape):
    auto_ml_job_name: str | None = None
    auto_ml_job_arn: str | None = None
    auto_ml_job_input_data_config: list[AutoMLJobChannel] | None = None
    output_data_config: AutoMLOutputDataConfig | None = None
    role_arn: str | None = None
    auto_ml_job_objective: AutoMLJobObjective | None = None
    auto_ml_problem_type_config: AutoMLProblemTypeConfig | None = None
    auto_ml_problem_type_config_name: AutoMLProblemTypeConfigName | None = attrs.field(
        default=None, converter=as_AutoMLProblemTypeConfigName_opt
    )
    creation_time: datetime | None = None
    end_time: datetime | None = None
    last_modified_time: datetime | None = None
    failure_reason: str | None = None
    partial_failure_reasons: list[AutoMLPartialFailureReason] | None = None
    best_candidate: AutoMLCandidate | None = None
    auto_ml_job_status: AutoMLJobStatus | None = attrs.field(default=None, converter=as_AutoMLJobStatus_opt)
    auto_ml_job_secondary_status: AutoMLJobSecondaryStatus | None = attrs.field(
        default=None, converter=as_AutoMLJobSecondaryStatus_opt
    )
    auto_ml_job_artifacts: AutoMLJobArtifacts | None = None
    resolved_attributes: AutoMLResolvedAttributes | None = None
    model_deploy_config: ModelDeployConfig | None = None
    model_deploy_result: ModelDeployResult | None = None
    data_split_config: AutoMLDataSplitConfig | None = None
    security_config: AutoMLSecurityConfig | None = None
    auto_ml_compute_config: AutoMLComputeConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
