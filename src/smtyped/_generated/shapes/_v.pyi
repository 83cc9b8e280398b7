# Generated stub. Do not edit.
# Every shape whose name starts with "V", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import Shape
from smtyped._generated.enums._l import LineageType, LineageTypeLiteral
from smtyped._generated.enums._v import VariantPropertyType, VariantPropertyTypeLiteral

class VariantProperty(Shape):
    """Specifies a production variant property type for an Endpoint."""

    variant_property_type: Final[VariantPropertyType]
    """The type of variant property. The supported values are: Since 2020-02-26."""
    def __init__(
        self,
        *,
        variant_property_type: VariantPropertyType | VariantPropertyTypeLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        variant_property_type: VariantPropertyType | VariantPropertyTypeLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class VectorConfig(Shape):
    """Configuration for your vector collection type."""

    dimension: Final[int]
    """The number of elements in your vector. Since 2023-09-28."""
    def __init__(
        self,
        *,
        dimension: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        dimension: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Vertex(Shape):
    """A lineage entity connected to the starting entity(ies)."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the lineage entity resource. Since 2021-12-01."""
    type: Final[str | None]
    """The type of the lineage entity resource. For example: DataSet , Model , Endpoint , etc... Since
    2021-12-01.
    """
    lineage_type: Final[LineageType | None]
    """The type of resource of the lineage entity. Since 2021-12-01."""
    def __init__(
        self,
        *,
        arn: str | None = None,
        type: str | None = None,
        lineage_type: LineageType | LineageTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        type: str | None = ...,
        lineage_type: LineageType | LineageTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class VisibilityConditions(Shape):
    """The list of key-value pairs used to filter your search results. If a search result contains a
    key from your list, it is included in the final search response if the value associated with the
    key in the result matches the value you specified. If the value doesn't match, the result is
    excluded from the search response. Any resources that don't have a key from the list that you've
    provided will also be included in the search response.
    """

    key: Final[str | None]
    """The key that specifies the tag that you're using to filter the search results. It must be in the
    following format: Tags.<key>. Since 2023-12-21.
    """
    value: Final[str | None]
    """The value for the tag that you're using to filter the search results. Since 2023-12-21."""
    def __init__(
        self,
        *,
        key: str | None = None,
        value: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        key: str | None = ...,
        value: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class VpcConfig(Shape):
    """Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
    compute resources have access to. You can control access to and from your resources by
    configuring a VPC. For more information, see Give SageMaker Access to Resources in your Amazon
    VPC.
    """

    security_group_ids: Final[list[str]]
    """The VPC security group IDs, in the form sg-xxxxxxxx. Specify the security groups for the VPC
    that is specified in the Subnets field. Since 2018-04-30.
    """
    subnets: Final[list[str]]
    """The ID of the subnets in the VPC to which you want to connect your training job or model. For
    information about the availability of specific instance types, see Supported Instance Types and
    Availability Zones. Since 2018-04-30.
    """
    def __init__(
        self,
        *,
        security_group_ids: list[str],
        subnets: list[str],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        security_group_ids: list[str] = ...,
        subnets: list[str] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
