# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._r import RenderUiTemplateRequest as RenderUiTemplateRequest
from smtyped._generated.shapes._r import RenderUiTemplateResponse as RenderUiTemplateResponse

__all__ = [
    "RenderUiTemplateRequest",
    "RenderUiTemplateResponse",
]
