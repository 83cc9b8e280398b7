# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import Processor as Processor
from smtyped._generated.enums._p import ProcessorLiteral as ProcessorLiteral
from smtyped._generated.enums._p import as_Processor as as_Processor
from smtyped._generated.enums._p import as_Processor_opt as as_Processor_opt

__all__ = [
    "Processor",
    "ProcessorLiteral",
]
