# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._a import AIBenchmarkEndpoint as AIBenchmarkEndpoint
from smtyped._generated.shapes._a import AIBenchmarkInferenceComponent as AIBenchmarkInferenceComponent
from smtyped._generated.shapes._a import AIBenchmarkJobSummary as AIBenchmarkJobSummary
from smtyped._generated.shapes._a import AIBenchmarkNetworkConfig as AIBenchmarkNetworkConfig
from smtyped._generated.shapes._a import AIBenchmarkOutputConfig as AIBenchmarkOutputConfig
from smtyped._generated.shapes._a import AIBenchmarkOutputResult as AIBenchmarkOutputResult
from smtyped._generated.shapes._a import AIBenchmarkTarget as AIBenchmarkTarget

__all__ = [
    "AIBenchmarkEndpoint",
    "AIBenchmarkInferenceComponent",
    "AIBenchmarkJobSummary",
    "AIBenchmarkNetworkConfig",
    "AIBenchmarkOutputConfig",
    "AIBenchmarkOutputResult",
    "AIBenchmarkTarget",
]
