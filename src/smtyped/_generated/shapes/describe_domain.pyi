# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeDomainRequest as DescribeDomainRequest
from smtyped._generated.shapes._d import DescribeDomainResponse as DescribeDomainResponse

__all__ = [
    "DescribeDomainRequest",
    "DescribeDomainResponse",
]
