# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.content_classifier import ContentClassifier, ContentClassifierLiteral
from smtyped._generated.enums.labeling_job import (
    LabelingJobStatus,
    as_LabelingJobStatus_opt,
)
from smtyped._generated.shapes.label_counters import LabelCounters, LabelCountersForWorkteam
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobAlgorithmsConfig(Shape):
    labeling_job_algorithm_specification_arn: str
    initial_active_learning_model_arn: str | None = None
    labeling_job_resource_config: LabelingJobResourceConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobDataAttributes(Shape):
    content_classifiers: list[ContentClassifier | ContentClassifierLiteral] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobDataSource(Shape):
    s3_data_source: LabelingJobS3DataSource | None = None
    sns_data_source: LabelingJobSnsDataSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobForWorkteamSummary(Shape):
    labeling_job_name: str | None = None
    job_reference_code: str | None = None
    work_requester_account_id: str | None = None
    creation_time: datetime | None = None
    label_counters: LabelCountersForWorkteam | None = None
    number_of_human_workers_per_data_object: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobInputConfig(Shape):
    data_source: LabelingJobDataSource
    data_attributes: LabelingJobDataAttributes | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobOutput(Shape):
    output_dataset_s3_uri: str | None = None
    final_active_learning_model_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobOutputConfig(Shape):
    s3_output_path: str
    kms_key_id: str | None = None
    sns_topic_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobResourceConfig(Shape):
    volume_kms_key_id: str | None = None
    vpc_config: VpcConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobS3DataSource(Shape):
    manifest_s3_uri: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobSnsDataSource(Shape):
    sns_topic_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobStoppingConditions(Shape):
    max_human_labeled_object_count: int | None = None
    max_percentage_of_input_dataset_labeled: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class LabelingJobSummary(Shape):
    labeling_job_name: str | None = None
    labeling_job_arn: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    labeling_job_status: LabelingJobStatus | None = attrs.field(default=None, converter=as_LabelingJobStatus_opt)
    label_counters: LabelCounters | None = None
    workteam_arn: str | None = None
    pre_human_task_lambda_arn: str | None = None
    annotation_consolidation_lambda_arn: str | None = None
    failure_reason: str | None = None
    labeling_job_output: LabelingJobOutput | None = None
    input_config: LabelingJobInputConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
