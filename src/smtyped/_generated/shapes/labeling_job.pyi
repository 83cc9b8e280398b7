# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import LabelingJobAlgorithmsConfig as LabelingJobAlgorithmsConfig
from smtyped._generated.shapes._l import LabelingJobDataAttributes as LabelingJobDataAttributes
from smtyped._generated.shapes._l import LabelingJobDataSource as LabelingJobDataSource
from smtyped._generated.shapes._l import LabelingJobForWorkteamSummary as LabelingJobForWorkteamSummary
from smtyped._generated.shapes._l import LabelingJobInputConfig as LabelingJobInputConfig
from smtyped._generated.shapes._l import LabelingJobOutput as LabelingJobOutput
from smtyped._generated.shapes._l import LabelingJobOutputConfig as LabelingJobOutputConfig
from smtyped._generated.shapes._l import LabelingJobResourceConfig as LabelingJobResourceConfig
from smtyped._generated.shapes._l import LabelingJobS3DataSource as LabelingJobS3DataSource
from smtyped._generated.shapes._l import LabelingJobSnsDataSource as LabelingJobSnsDataSource
from smtyped._generated.shapes._l import LabelingJobStoppingConditions as LabelingJobStoppingConditions
from smtyped._generated.shapes._l import LabelingJobSummary as LabelingJobSummary

__all__ = [
    "LabelingJobAlgorithmsConfig",
    "LabelingJobDataAttributes",
    "LabelingJobDataSource",
    "LabelingJobForWorkteamSummary",
    "LabelingJobInputConfig",
    "LabelingJobOutput",
    "LabelingJobOutputConfig",
    "LabelingJobResourceConfig",
    "LabelingJobS3DataSource",
    "LabelingJobSnsDataSource",
    "LabelingJobStoppingConditions",
    "LabelingJobSummary",
]
