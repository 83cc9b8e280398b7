# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.e import EndpointStatus, as_EndpointStatus_opt
from smtyped._generated.enums.p import (
    ProcessingS3DataDistributionType,
    ProcessingS3InputMode,
    ProductionVariantInstanceType,
    as_ProcessingS3DataDistributionType_opt,
    as_ProcessingS3InputMode_opt,
    as_ProductionVariantInstanceType_opt,
)
from smtyped._generated.shapes.c import ClusterMetadata
from smtyped._generated.shapes.d import DataCaptureConfigSummary
from smtyped._generated.shapes.f import FSxLustreConfig
from smtyped._generated.shapes.i import InstanceGroupMetadata, InstanceGroupScalingMetadata, InstanceMetadata
from smtyped._generated.shapes.m import MetricsSource
from smtyped._generated.shapes.m2 import MonitoringSchedule
from smtyped._generated.shapes.p import ProductionVariantSummary
from smtyped._generated.shapes.t import Tag
from smtyped._generated.shapes.u import UserContext

@attrs.frozen(kw_only=True, slots=False)
class Ec2CapacityReservation(Shape):
    ec2_capacity_reservation_id: str | None = None
    total_instance_count: int | None = None
    available_instance_count: int | None = None
    used_by_current_endpoint: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EnableSagemakerServicecatalogPortfolioInput(Shape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EnableSagemakerServicecatalogPortfolioOutput(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class Endpoint(Shape):
    endpoint_name: str | None = None
    endpoint_arn: str | None = None
    endpoint_config_name: str | None = None
    production_variants: list[ProductionVariantSummary] | None = None
    data_capture_config: DataCaptureConfigSummary | None = None
    endpoint_status: EndpointStatus | None = attrs.field(default=None, converter=as_EndpointStatus_opt)
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    monitoring_schedules: list[MonitoringSchedule] | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EndpointInput(Shape):
    endpoint_name: str | None = None
    local_path: str | None = None
    s3_input_mode: ProcessingS3InputMode | None = attrs.field(default=None, converter=as_ProcessingS3InputMode_opt)
    s3_data_distribution_type: ProcessingS3DataDistributionType | None = attrs.field(
        default=None, converter=as_ProcessingS3DataDistributionType_opt
    )
    features_attribute: str | None = None
    inference_attribute: str | None = None
    probability_attribute: str | None = None
    probability_threshold_attribute: float | None = None
    start_time_offset: str | None = None
    end_time_offset: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EndpointOutputConfiguration(Shape):
    endpoint_name: str | None = None
    variant_name: str | None = None
    instance_type: ProductionVariantInstanceType | None = attrs.field(
        default=None, converter=as_ProductionVariantInstanceType_opt
    )
    initial_instance_count: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EnvironmentConfig(Shape):
    f_sx_lustre_config: FSxLustreConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EnvironmentConfigDetails(Shape):
    f_sx_lustre_config: FSxLustreConfig | None = None
    s3_output_path: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EnvironmentParameter(Shape):
    key: str | None = None
    value_type: str | None = None
    value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EventDetails(Shape):
    event_metadata: EventMetadata | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EventMetadata(Shape):
    cluster: ClusterMetadata | None = None
    instance_group: InstanceGroupMetadata | None = None
    instance_group_scaling: InstanceGroupScalingMetadata | None = None
    instance: InstanceMetadata | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class Experiment(Shape):
    experiment_name: str | None = None
    experiment_arn: str | None = None
    display_name: str | None = None
    source: ExperimentSource | None = None
    description: str | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ExperimentConfig(Shape):
    experiment_name: str | None = None
    trial_name: str | None = None
    trial_component_display_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ExperimentSource(Shape):
    source_arn: str | None = None
    source_type: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class Explainability(Shape):
    report: MetricsSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
