# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.aggregation_transformation import (
    AggregationTransformationValue,
    AggregationTransformationValueLiteral,
)
from smtyped._generated.enums.feature_status import FeatureStatus, as_FeatureStatus_opt
from smtyped._generated.shapes.auto_ml import AutoMLJobCompletionCriteria
from smtyped._generated.shapes.candidate_generation import CandidateGenerationConfig
from smtyped._generated.shapes.holiday_config import HolidayConfigAttributes

@attrs.frozen(kw_only=True, slots=False)
class TimeSeriesConfig(Shape):
    target_attribute_name: str
    timestamp_attribute_name: str
    item_identifier_attribute_name: str
    grouping_attribute_names: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TimeSeriesForecastingJobConfig(Shape):
    forecast_frequency: str
    forecast_horizon: int
    time_series_config: TimeSeriesConfig
    feature_specification_s3_uri: str | None = None
    completion_criteria: AutoMLJobCompletionCriteria | None = None
    forecast_quantiles: list[str] | None = None
    transformations: TimeSeriesTransformations | None = None
    holiday_config: list[HolidayConfigAttributes] | None = None
    candidate_generation_config: CandidateGenerationConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TimeSeriesForecastingSettings(Shape):
    status: FeatureStatus | None = attrs.field(default=None, converter=as_FeatureStatus_opt)
    amazon_forecast_role_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TimeSeriesTransformations(Shape):
    filling: dict[str, dict[str, str]] | None = None
    aggregation: dict[str, AggregationTransformationValue | AggregationTransformationValueLiteral] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
