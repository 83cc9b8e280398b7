# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ClarifyTextGranularity as ClarifyTextGranularity
from smtyped._generated.enums._c import ClarifyTextGranularityLiteral as ClarifyTextGranularityLiteral
from smtyped._generated.enums._c import ClarifyTextLanguage as ClarifyTextLanguage
from smtyped._generated.enums._c import ClarifyTextLanguageLiteral as ClarifyTextLanguageLiteral
from smtyped._generated.enums._c import as_ClarifyTextGranularity as as_ClarifyTextGranularity
from smtyped._generated.enums._c import as_ClarifyTextGranularity_opt as as_ClarifyTextGranularity_opt
from smtyped._generated.enums._c import as_ClarifyTextLanguage as as_ClarifyTextLanguage
from smtyped._generated.enums._c import as_ClarifyTextLanguage_opt as as_ClarifyTextLanguage_opt

__all__ = [
    "ClarifyTextGranularity",
    "ClarifyTextGranularityLiteral",
    "ClarifyTextLanguage",
    "ClarifyTextLanguageLiteral",
]
