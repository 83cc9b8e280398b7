# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._j import JupyterLabAppImageConfig as JupyterLabAppImageConfig
from smtyped._generated.shapes._j import JupyterLabAppSettings as JupyterLabAppSettings

__all__ = [
    "JupyterLabAppImageConfig",
    "JupyterLabAppSettings",
]
