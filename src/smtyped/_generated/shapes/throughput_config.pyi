# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._t import ThroughputConfig as ThroughputConfig
from smtyped._generated.shapes._t import ThroughputConfigDescription as ThroughputConfigDescription
from smtyped._generated.shapes._t import ThroughputConfigUpdate as ThroughputConfigUpdate

__all__ = [
    "ThroughputConfig",
    "ThroughputConfigDescription",
    "ThroughputConfigUpdate",
]
