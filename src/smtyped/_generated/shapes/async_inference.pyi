# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._a import AsyncInferenceClientConfig as AsyncInferenceClientConfig
from smtyped._generated.shapes._a import AsyncInferenceConfig as AsyncInferenceConfig
from smtyped._generated.shapes._a import AsyncInferenceNotificationConfig as AsyncInferenceNotificationConfig
from smtyped._generated.shapes._a import AsyncInferenceOutputConfig as AsyncInferenceOutputConfig

__all__ = [
    "AsyncInferenceClientConfig",
    "AsyncInferenceConfig",
    "AsyncInferenceNotificationConfig",
    "AsyncInferenceOutputConfig",
]
