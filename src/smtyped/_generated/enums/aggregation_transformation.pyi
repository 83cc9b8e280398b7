# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AggregationTransformationValue as AggregationTransformationValue
from smtyped._generated.enums._a import AggregationTransformationValueLiteral as AggregationTransformationValueLiteral
from smtyped._generated.enums._a import as_AggregationTransformationValue as as_AggregationTransformationValue
from smtyped._generated.enums._a import as_AggregationTransformationValue_opt as as_AggregationTransformationValue_opt

__all__ = [
    "AggregationTransformationValue",
    "AggregationTransformationValueLiteral",
]
