# Generated stub. Do not edit.
# Every shape whose name starts with "Q", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums._d import Direction, DirectionLiteral
from smtyped._generated.enums._l import LineageType, LineageTypeLiteral
from smtyped._generated.shapes._e import Edge
from smtyped._generated.shapes._v import Vertex

class QualityCheckStepMetadata(Shape):
    """The configurations and outcomes of the check step execution. This includes:"""

    check_type: Final[str | None]
    """The type of the Quality check step. Since 2021-12-01."""
    baseline_used_for_drift_check_statistics: Final[str | None]
    """The Amazon S3 URI of the baseline statistics file used for the drift check. Since 2021-12-01.
    """
    baseline_used_for_drift_check_constraints: Final[str | None]
    """The Amazon S3 URI of the baseline constraints file used for the drift check. Since 2021-12-01.
    """
    calculated_baseline_statistics: Final[str | None]
    """The Amazon S3 URI of the newly calculated baseline statistics file. Since 2021-12-01."""
    calculated_baseline_constraints: Final[str | None]
    """The Amazon S3 URI of the newly calculated baseline constraints file. Since 2021-12-01."""
    model_package_group_name: Final[str | None]
    """The model package group name. Since 2021-12-01."""
    violation_report: Final[str | None]
    """The Amazon S3 URI of violation report if violations are detected. Since 2021-12-01."""
    check_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the Quality check processing job that was run by this step
    execution. Since 2021-12-01.
    """
    skip_check: Final[bool | None]
    """This flag indicates if the drift check against the previous baseline will be skipped or not. If
    it is set to False, the previous baseline of the configured check type must be available. Since
    2021-12-01.
    """
    register_new_baseline: Final[bool | None]
    """This flag indicates if a newly calculated baseline can be accessed through step properties
    BaselineUsedForDriftCheckConstraints and BaselineUsedForDriftCheckStatistics. If it is set to
    False, the previous baseline of the configured check type must also be available. These can be
    accessed through the BaselineUsedForDriftCheckConstraints and
    BaselineUsedForDriftCheckStatistics properties. Since 2021-12-01.
    """
    def __init__(
        self,
        *,
        check_type: str | None = None,
        baseline_used_for_drift_check_statistics: str | None = None,
        baseline_used_for_drift_check_constraints: str | None = None,
        calculated_baseline_statistics: str | None = None,
        calculated_baseline_constraints: str | None = None,
        model_package_group_name: str | None = None,
        violation_report: str | None = None,
        check_job_arn: str | None = None,
        skip_check: bool | None = None,
        register_new_baseline: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        check_type: str | None = ...,
        baseline_used_for_drift_check_statistics: str | None = ...,
        baseline_used_for_drift_check_constraints: str | None = ...,
        calculated_baseline_statistics: str | None = ...,
        calculated_baseline_constraints: str | None = ...,
        model_package_group_name: str | None = ...,
        violation_report: str | None = ...,
        check_job_arn: str | None = ...,
        skip_check: bool | None = ...,
        register_new_baseline: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class QueryFilters(Shape):
    """A set of filtering parameters that allow you to specify which entities should be returned."""

    types: Final[list[str] | None]
    """Filter the lineage entities connected to the StartArn by type. For example: DataSet , Model ,
    Endpoint , or ModelDeployment . Since 2021-12-01.
    """
    lineage_types: Final[list[LineageType | LineageTypeLiteral] | None]
    """Filter the lineage entities connected to the StartArn (s) by the type of the lineage entity.
    Since 2021-12-01.
    """
    created_before: Final[datetime | None]
    """Filter the lineage entities connected to the StartArn (s) by created date. Since 2021-12-01.
    """
    created_after: Final[datetime | None]
    """Filter the lineage entities connected to the StartArn (s) after the create date. Since
    2021-12-01.
    """
    modified_before: Final[datetime | None]
    """Filter the lineage entities connected to the StartArn (s) before the last modified date. Since
    2021-12-01.
    """
    modified_after: Final[datetime | None]
    """Filter the lineage entities connected to the StartArn (s) after the last modified date. Since
    2021-12-01.
    """
    properties: Final[dict[str, str] | None]
    """Filter the lineage entities connected to the StartArn (s) by a set if property key value pairs.
    If multiple pairs are provided, an entity is included in the results if it matches any of the
    provided pairs. Since 2021-12-01.
    """
    def __init__(
        self,
        *,
        types: list[str] | None = None,
        lineage_types: list[LineageType | LineageTypeLiteral] | None = None,
        created_before: datetime | None = None,
        created_after: datetime | None = None,
        modified_before: datetime | None = None,
        modified_after: datetime | None = None,
        properties: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        types: list[str] | None = ...,
        lineage_types: list[LineageType | LineageTypeLiteral] | None = ...,
        created_before: datetime | None = ...,
        created_after: datetime | None = ...,
        modified_before: datetime | None = ...,
        modified_after: datetime | None = ...,
        properties: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class QueryLineageRequest(Shape):
    """No description on the pages."""

    start_arns: Final[list[str] | None]
    """A list of resource Amazon Resource Name (ARN) that represent the starting point for your lineage
    query. Since 2021-12-01.
    """
    direction: Final[Direction | None]
    """Associations between lineage entities have a direction. This parameter determines the direction
    from the StartArn(s) that the query traverses. Since 2021-12-01.
    """
    include_edges: Final[bool | None]
    """Setting this value to True retrieves not only the entities of interest but also the Associations
    and lineage entities on the path. Set to False to only return lineage entities that match your
    query. Since 2021-12-01.
    """
    filters: Final[QueryFilters | None]
    """A set of filtering parameters that allow you to specify which entities should be returned. Since
    2021-12-01.
    """
    max_depth: Final[int | None]
    """The maximum depth in lineage relationships from the StartArns that are traversed. Depth is a
    measure of the number of Associations from the StartArn entity to the matched results. Since
    2021-12-01.
    """
    max_results: Final[int | None]
    """Limits the number of vertices in the results. Use the NextToken in a response to to retrieve the
    next page of results. Since 2021-12-01.
    """
    next_token: Final[str | None]
    """Limits the number of vertices in the request. Use the NextToken in a response to to retrieve the
    next page of results. Since 2021-12-01.
    """
    def __init__(
        self,
        *,
        start_arns: list[str] | None = None,
        direction: Direction | DirectionLiteral | None = None,
        include_edges: bool | None = None,
        filters: QueryFilters | None = None,
        max_depth: int | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        start_arns: list[str] | None = ...,
        direction: Direction | DirectionLiteral | None = ...,
        include_edges: bool | None = ...,
        filters: QueryFilters | None = ...,
        max_depth: int | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class QueryLineageResponse(OutputShape):
    """The result of ``query_lineage`` (QueryLineage)."""

    vertices: Final[list[Vertex] | None]
    """A list of vertices connected to the start entity(ies) in the lineage graph. Since 2021-12-01.
    """
    edges: Final[list[Edge] | None]
    """A list of edges that connect vertices in the response. Since 2021-12-01."""
    next_token: Final[str | None]
    """Limits the number of vertices in the response. Use the NextToken in a response to to retrieve
    the next page of results. Since 2021-12-01.
    """
    def __init__(
        self,
        *,
        vertices: list[Vertex] | None = None,
        edges: list[Edge] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        vertices: list[Vertex] | None = ...,
        edges: list[Edge] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
