# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ContentClassifier as ContentClassifier
from smtyped._generated.enums._c import ContentClassifierLiteral as ContentClassifierLiteral
from smtyped._generated.enums._c import as_ContentClassifier as as_ContentClassifier
from smtyped._generated.enums._c import as_ContentClassifier_opt as as_ContentClassifier_opt

__all__ = [
    "ContentClassifier",
    "ContentClassifierLiteral",
]
