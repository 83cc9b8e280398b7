# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.e import EndpointStatus, EndpointStatusLiteral
from smtyped._generated.enums.p import (
    ProcessingS3DataDistributionType,
    ProcessingS3DataDistributionTypeLiteral,
    ProcessingS3InputMode,
    ProcessingS3InputModeLiteral,
    ProductionVariantInstanceType,
    ProductionVariantInstanceTypeLiteral,
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

class Ec2CapacityReservation(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def ec2_capacity_reservation_id(self) -> str | None: ...
    @property
    def total_instance_count(self) -> int | None: ...
    @property
    def available_instance_count(self) -> int | None: ...
    @property
    def used_by_current_endpoint(self) -> int | None: ...
    def __init__(
        self,
        *,
        ec2_capacity_reservation_id: str | None = ...,
        total_instance_count: int | None = ...,
        available_instance_count: int | None = ...,
        used_by_current_endpoint: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Ec2CapacityReservation: ...
    def _to_wire(self) -> dict[str, Any]: ...

class EnableSagemakerServicecatalogPortfolioInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> EnableSagemakerServicecatalogPortfolioInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class EnableSagemakerServicecatalogPortfolioOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> EnableSagemakerServicecatalogPortfolioOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class Endpoint(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def endpoint_name(self) -> str | None: ...
    @property
    def endpoint_arn(self) -> str | None: ...
    @property
    def endpoint_config_name(self) -> str | None: ...
    @property
    def production_variants(self) -> list[ProductionVariantSummary] | None: ...
    @property
    def data_capture_config(self) -> DataCaptureConfigSummary | None: ...
    @property
    def endpoint_status(self) -> EndpointStatus | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def monitoring_schedules(self) -> list[MonitoringSchedule] | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        endpoint_name: str | None = ...,
        endpoint_arn: str | None = ...,
        endpoint_config_name: str | None = ...,
        production_variants: list[ProductionVariantSummary] | None = ...,
        data_capture_config: DataCaptureConfigSummary | None = ...,
        endpoint_status: EndpointStatus | EndpointStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        monitoring_schedules: list[MonitoringSchedule] | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Endpoint: ...
    def _to_wire(self) -> dict[str, Any]: ...

class EndpointInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def endpoint_name(self) -> str | None: ...
    @property
    def local_path(self) -> str | None: ...
    @property
    def s3_input_mode(self) -> ProcessingS3InputMode | None: ...
    @property
    def s3_data_distribution_type(self) -> ProcessingS3DataDistributionType | None: ...
    @property
    def features_attribute(self) -> str | None: ...
    @property
    def inference_attribute(self) -> str | None: ...
    @property
    def probability_attribute(self) -> str | None: ...
    @property
    def probability_threshold_attribute(self) -> float | None: ...
    @property
    def start_time_offset(self) -> str | None: ...
    @property
    def end_time_offset(self) -> str | None: ...
    def __init__(
        self,
        *,
        endpoint_name: str | None = ...,
        local_path: str | None = ...,
        s3_input_mode: ProcessingS3InputMode | ProcessingS3InputModeLiteral | None = ...,
        s3_data_distribution_type: ProcessingS3DataDistributionType
        | ProcessingS3DataDistributionTypeLiteral
        | None = ...,
        features_attribute: str | None = ...,
        inference_attribute: str | None = ...,
        probability_attribute: str | None = ...,
        probability_threshold_attribute: float | None = ...,
        start_time_offset: str | None = ...,
        end_time_offset: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> EndpointInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class EndpointOutputConfiguration(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def endpoint_name(self) -> str | None: ...
    @property
    def variant_name(self) -> str | None: ...
    @property
    def instance_type(self) -> ProductionVariantInstanceType | None: ...
    @property
    def initial_instance_count(self) -> int | None: ...
    def __init__(
        self,
        *,
        endpoint_name: str | None = ...,
        variant_name: str | None = ...,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = ...,
        initial_instance_count: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> EndpointOutputConfiguration: ...
    def _to_wire(self) -> dict[str, Any]: ...

class EnvironmentConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def f_sx_lustre_config(self) -> FSxLustreConfig | None: ...
    def __init__(
        self,
        *,
        f_sx_lustre_config: FSxLustreConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> EnvironmentConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class EnvironmentConfigDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def f_sx_lustre_config(self) -> FSxLustreConfig | None: ...
    @property
    def s3_output_path(self) -> str | None: ...
    def __init__(
        self,
        *,
        f_sx_lustre_config: FSxLustreConfig | None = ...,
        s3_output_path: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> EnvironmentConfigDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class EnvironmentParameter(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def key(self) -> str | None: ...
    @property
    def value_type(self) -> str | None: ...
    @property
    def value(self) -> str | None: ...
    def __init__(
        self,
        *,
        key: str | None = ...,
        value_type: str | None = ...,
        value: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> EnvironmentParameter: ...
    def _to_wire(self) -> dict[str, Any]: ...

class EventDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def event_metadata(self) -> EventMetadata | None: ...
    def __init__(
        self,
        *,
        event_metadata: EventMetadata | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> EventDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class EventMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster(self) -> ClusterMetadata | None: ...
    @property
    def instance_group(self) -> InstanceGroupMetadata | None: ...
    @property
    def instance_group_scaling(self) -> InstanceGroupScalingMetadata | None: ...
    @property
    def instance(self) -> InstanceMetadata | None: ...
    def __init__(
        self,
        *,
        cluster: ClusterMetadata | None = ...,
        instance_group: InstanceGroupMetadata | None = ...,
        instance_group_scaling: InstanceGroupScalingMetadata | None = ...,
        instance: InstanceMetadata | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> EventMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class Experiment(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def experiment_name(self) -> str | None: ...
    @property
    def experiment_arn(self) -> str | None: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def source(self) -> ExperimentSource | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        experiment_name: str | None = ...,
        experiment_arn: str | None = ...,
        display_name: str | None = ...,
        source: ExperimentSource | None = ...,
        description: str | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Experiment: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ExperimentConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def experiment_name(self) -> str | None: ...
    @property
    def trial_name(self) -> str | None: ...
    @property
    def trial_component_display_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        experiment_name: str | None = ...,
        trial_name: str | None = ...,
        trial_component_display_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ExperimentConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ExperimentSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_arn(self) -> str | None: ...
    @property
    def source_type(self) -> str | None: ...
    def __init__(
        self,
        *,
        source_arn: str | None = ...,
        source_type: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ExperimentSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class Explainability(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def report(self) -> MetricsSource | None: ...
    def __init__(
        self,
        *,
        report: MetricsSource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Explainability: ...
    def _to_wire(self) -> dict[str, Any]: ...
