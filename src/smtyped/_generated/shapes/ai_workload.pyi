# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._a import AIWorkloadConfigs as AIWorkloadConfigs
from smtyped._generated.shapes._a import AIWorkloadConfigSummary as AIWorkloadConfigSummary
from smtyped._generated.shapes._a import AIWorkloadDataSource as AIWorkloadDataSource
from smtyped._generated.shapes._a import AIWorkloadInputDataConfig as AIWorkloadInputDataConfig
from smtyped._generated.shapes._a import AIWorkloadS3DataSource as AIWorkloadS3DataSource

__all__ = [
    "AIWorkloadConfigSummary",
    "AIWorkloadConfigs",
    "AIWorkloadDataSource",
    "AIWorkloadInputDataConfig",
    "AIWorkloadS3DataSource",
]
