# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._j import JobCategory as JobCategory
from smtyped._generated.enums._j import JobCategoryLiteral as JobCategoryLiteral
from smtyped._generated.enums._j import as_JobCategory as as_JobCategory
from smtyped._generated.enums._j import as_JobCategory_opt as as_JobCategory_opt

__all__ = [
    "JobCategory",
    "JobCategoryLiteral",
]
