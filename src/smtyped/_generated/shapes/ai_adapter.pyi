# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._a import AIAdapterModelPackageEntry as AIAdapterModelPackageEntry
from smtyped._generated.shapes._a import AIAdapterS3Entry as AIAdapterS3Entry
from smtyped._generated.shapes._a import AIAdapterSource as AIAdapterSource

__all__ = [
    "AIAdapterModelPackageEntry",
    "AIAdapterS3Entry",
    "AIAdapterSource",
]
