# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import Peft as Peft
from smtyped._generated.enums._p import PeftLiteral as PeftLiteral
from smtyped._generated.enums._p import as_Peft as as_Peft
from smtyped._generated.enums._p import as_Peft_opt as as_Peft_opt

__all__ = [
    "Peft",
    "PeftLiteral",
]
