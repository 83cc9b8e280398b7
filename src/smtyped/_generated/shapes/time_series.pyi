# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._t import TimeSeriesConfig as TimeSeriesConfig
from smtyped._generated.shapes._t import TimeSeriesForecastingJobConfig as TimeSeriesForecastingJobConfig
from smtyped._generated.shapes._t import TimeSeriesForecastingSettings as TimeSeriesForecastingSettings
from smtyped._generated.shapes._t import TimeSeriesTransformations as TimeSeriesTransformations

__all__ = [
    "TimeSeriesConfig",
    "TimeSeriesForecastingJobConfig",
    "TimeSeriesForecastingSettings",
    "TimeSeriesTransformations",
]
