# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._b import BatchDescribeModelPackageError as BatchDescribeModelPackageError
from smtyped._generated.shapes._b import BatchDescribeModelPackageInput as BatchDescribeModelPackageInput
from smtyped._generated.shapes._b import BatchDescribeModelPackageOutput as BatchDescribeModelPackageOutput
from smtyped._generated.shapes._b import BatchDescribeModelPackageSummary as BatchDescribeModelPackageSummary

__all__ = [
    "BatchDescribeModelPackageError",
    "BatchDescribeModelPackageInput",
    "BatchDescribeModelPackageOutput",
    "BatchDescribeModelPackageSummary",
]
