# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._v import VendorGuidance as VendorGuidance
from smtyped._generated.enums._v import VendorGuidanceLiteral as VendorGuidanceLiteral
from smtyped._generated.enums._v import as_VendorGuidance as as_VendorGuidance
from smtyped._generated.enums._v import as_VendorGuidance_opt as as_VendorGuidance_opt

__all__ = [
    "VendorGuidance",
    "VendorGuidanceLiteral",
]
