# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.enums.j import (
    JobCategory,
    JobCategoryLiteral,
    JobSecondaryStatus,
    JobSecondaryStatusLiteral,
    JobStatus,
    JobStatusLiteral,
)
from smtyped._generated.shapes.r import ResourceSpec
from smtyped._generated.shapes.t import Tag

class Job(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def job_name(self) -> str | None: ...
    @property
    def job_arn(self) -> str | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def job_category(self) -> JobCategory | None: ...
    @property
    def job_config_schema_version(self) -> str | None: ...
    @property
    def job_config_document(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def end_time(self) -> datetime | None: ...
    @property
    def job_status(self) -> JobStatus | None: ...
    @property
    def secondary_status(self) -> JobSecondaryStatus | None: ...
    @property
    def secondary_status_transitions(self) -> list[JobSecondaryStatusTransition] | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        job_name: str | None = ...,
        job_arn: str | None = ...,
        role_arn: str | None = ...,
        job_category: JobCategory | JobCategoryLiteral | None = ...,
        job_config_schema_version: str | None = ...,
        job_config_document: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        end_time: datetime | None = ...,
        job_status: JobStatus | JobStatusLiteral | None = ...,
        secondary_status: JobSecondaryStatus | JobSecondaryStatusLiteral | None = ...,
        secondary_status_transitions: list[JobSecondaryStatusTransition] | None = ...,
        failure_reason: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Job: ...
    def _to_wire(self) -> dict[str, Any]: ...

class JobSecondaryStatusTransition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def status(self) -> JobSecondaryStatus | None: ...
    @property
    def start_time(self) -> datetime | None: ...
    @property
    def end_time(self) -> datetime | None: ...
    @property
    def status_message(self) -> str | None: ...
    def __init__(
        self,
        *,
        status: JobSecondaryStatus | JobSecondaryStatusLiteral | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        status_message: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> JobSecondaryStatusTransition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class JupyterServerAppSettings(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def default_resource_spec(self) -> ResourceSpec | None: ...
    @property
    def lifecycle_config_arns(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        default_resource_spec: ResourceSpec | None = ...,
        lifecycle_config_arns: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> JupyterServerAppSettings: ...
    def _to_wire(self) -> dict[str, Any]: ...
