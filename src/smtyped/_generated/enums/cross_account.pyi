# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CrossAccountFilterOption as CrossAccountFilterOption
from smtyped._generated.enums._c import CrossAccountFilterOptionLiteral as CrossAccountFilterOptionLiteral
from smtyped._generated.enums._c import as_CrossAccountFilterOption as as_CrossAccountFilterOption
from smtyped._generated.enums._c import as_CrossAccountFilterOption_opt as as_CrossAccountFilterOption_opt

__all__ = [
    "CrossAccountFilterOption",
    "CrossAccountFilterOptionLiteral",
]
