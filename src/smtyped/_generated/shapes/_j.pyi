# Generated stub. Do not edit.
# Every shape whose name starts with "J", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import Shape
from smtyped._generated.enums._j import (
    JobCategory,
    JobCategoryLiteral,
    JobSecondaryStatus,
    JobSecondaryStatusLiteral,
    JobStatus,
    JobStatusLiteral,
)
from smtyped._generated.shapes._a import AppLifecycleManagement
from smtyped._generated.shapes._c import CodeRepository, ContainerConfig, CustomImage
from smtyped._generated.shapes._e import EmrSettings
from smtyped._generated.shapes._f import FileSystemConfig
from smtyped._generated.shapes._r import ResourceSpec
from smtyped._generated.shapes._t import Tag

class Job(Shape):
    """The properties of a job."""

    job_name: Final[str | None]
    """The name of the job. Since 2026-06-04. No change-log page shows it: taken from botocore's model.
    """
    job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the job. Since 2026-06-04. No change-log page shows it: taken
    from botocore's model.
    """
    role_arn: Final[str | None]
    """The ARN of the IAM role associated with the job. Since 2026-06-04. No change-log page shows it:
    taken from botocore's model.
    """
    job_category: Final[JobCategory | None]
    """The category of the job. Since 2026-06-04. No change-log page shows it: taken from botocore's
    model.
    """
    job_config_schema_version: Final[str | None]
    """The schema version used for the job configuration document. Since 2026-06-04. No change-log page
    shows it: taken from botocore's model.
    """
    job_config_document: Final[str | None]
    """The JSON configuration document for the job. Since 2026-06-04. No change-log page shows it:
    taken from botocore's model.
    """
    creation_time: Final[datetime | None]
    """The date and time that the job was created. Since 2026-06-04. No change-log page shows it: taken
    from botocore's model.
    """
    last_modified_time: Final[datetime | None]
    """The date and time that the job was last modified. Since 2026-06-04. No change-log page shows it:
    taken from botocore's model.
    """
    end_time: Final[datetime | None]
    """The date and time that the job ended. Since 2026-06-04. No change-log page shows it: taken from
    botocore's model.
    """
    job_status: Final[JobStatus | None]
    """The current status of the job. Since 2026-06-04. No change-log page shows it: taken from
    botocore's model.
    """
    secondary_status: Final[JobSecondaryStatus | None]
    """The detailed secondary status of the job, providing more granular information about the job's
    progress. Since 2026-06-04. No change-log page shows it: taken from botocore's model.
    """
    secondary_status_transitions: Final[list[JobSecondaryStatusTransition] | None]
    """A list of secondary status transitions for the job, with timestamps and optional status
    messages. Since 2026-06-04. No change-log page shows it: taken from botocore's model.
    """
    failure_reason: Final[str | None]
    """If the job failed, the reason it failed. Since 2026-06-04. No change-log page shows it: taken
    from botocore's model.
    """
    tags: Final[list[Tag] | None]
    """The tags associated with the job. Since 2026-06-04. No change-log page shows it: taken from
    botocore's model.
    """
    def __init__(
        self,
        *,
        job_name: str | None = None,
        job_arn: str | None = None,
        role_arn: str | None = None,
        job_category: JobCategory | JobCategoryLiteral | None = None,
        job_config_schema_version: str | None = None,
        job_config_document: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        end_time: datetime | None = None,
        job_status: JobStatus | JobStatusLiteral | None = None,
        secondary_status: JobSecondaryStatus | JobSecondaryStatusLiteral | None = None,
        secondary_status_transitions: list[JobSecondaryStatusTransition] | None = None,
        failure_reason: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
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
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class JobConfigSchemaVersionSummary(Shape):
    """Provides summary information about a job configuration schema version."""

    job_config_schema_version: Final[str | None]
    """The version of the job configuration schema. Since 2026-06-02."""
    def __init__(
        self,
        *,
        job_config_schema_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_config_schema_version: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class JobSecondaryStatusTransition(Shape):
    """Represents a secondary status transition for a job. Jobs progress through multiple secondary
    statuses during execution. Each transition records the status, start time, optional end time,
    and an optional message with additional details.
    """

    status: Final[JobSecondaryStatus | None]
    """The secondary status of the job at this transition point. Since 2026-06-02."""
    start_time: Final[datetime | None]
    """The date and time that the status transition started. Since 2026-06-02."""
    end_time: Final[datetime | None]
    """The date and time that the status transition ended. Since 2026-06-02."""
    status_message: Final[str | None]
    """A detailed message about the status transition. Since 2026-06-02."""
    def __init__(
        self,
        *,
        status: JobSecondaryStatus | JobSecondaryStatusLiteral | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        status_message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: JobSecondaryStatus | JobSecondaryStatusLiteral | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        status_message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class JobStepMetadata(Shape):
    """The metadata for a SageMaker job used in a pipeline execution step."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the SageMaker job that was run by this step execution. Since
    2026-06-02.
    """
    def __init__(
        self,
        *,
        arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class JobSummary(Shape):
    """Provides summary information about a job, returned by the ListJobs operation. Use DescribeJob to
    get full details for a specific job.
    """

    job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the job. Since 2026-06-02."""
    job_name: Final[str | None]
    """The name of the job. Since 2026-06-02."""
    job_category: Final[JobCategory | None]
    """The category of the job. Since 2026-06-02."""
    job_status: Final[JobStatus | None]
    """The current status of the job. Since 2026-06-02."""
    job_secondary_status: Final[JobSecondaryStatus | None]
    """The secondary status of the job, providing more granular information about the job's progress.
    Secondary statuses may change between releases. Since 2026-06-02.
    """
    creation_time: Final[datetime | None]
    """The date and time that the job was created. Since 2026-06-02."""
    last_modified_time: Final[datetime | None]
    """The date and time that the job was last modified. Since 2026-06-02."""
    end_time: Final[datetime | None]
    """The date and time that the job ended. Since 2026-06-02."""
    def __init__(
        self,
        *,
        job_arn: str | None = None,
        job_name: str | None = None,
        job_category: JobCategory | JobCategoryLiteral | None = None,
        job_status: JobStatus | JobStatusLiteral | None = None,
        job_secondary_status: JobSecondaryStatus | JobSecondaryStatusLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        end_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_arn: str | None = ...,
        job_name: str | None = ...,
        job_category: JobCategory | JobCategoryLiteral | None = ...,
        job_status: JobStatus | JobStatusLiteral | None = ...,
        job_secondary_status: JobSecondaryStatus | JobSecondaryStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        end_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class JupyterLabAppImageConfig(Shape):
    """The JupyterLabAppImageConfig . You can only specify one image kernel in the AppImageConfig API.
    This kernel is shown to users before the image starts. After the image runs, all kernels are
    visible in JupyterLab.
    """

    file_system_config: Final[FileSystemConfig | None]
    """The Amazon Elastic File System storage configuration for a SageMaker image. Since 2023-12-15.
    """
    container_config: Final[ContainerConfig | None]
    """The configuration used to run the application image container. Since 2023-11-30."""
    def __init__(
        self,
        *,
        file_system_config: FileSystemConfig | None = None,
        container_config: ContainerConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        file_system_config: FileSystemConfig | None = ...,
        container_config: ContainerConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class JupyterLabAppSettings(Shape):
    """The settings for the JupyterLab application."""

    default_resource_spec: Final[ResourceSpec | None]
    """Specifies the ARN's of a SageMaker AI image and SageMaker AI image version, and the instance
    type that the version runs on. Since 2023-11-30.
    """
    custom_images: Final[list[CustomImage] | None]
    """A list of custom SageMaker images that are configured to run as a JupyterLab app. Since
    2023-11-30.
    """
    lifecycle_config_arns: Final[list[str] | None]
    """The Amazon Resource Name (ARN) of the lifecycle configurations attached to the user profile or
    domain. To remove a lifecycle config, you must set LifecycleConfigArns to an empty list. Since
    2023-11-30.
    """
    code_repositories: Final[list[CodeRepository] | None]
    """A list of Git repositories that SageMaker automatically displays to users for cloning in the
    JupyterLab application. Since 2023-11-30.
    """
    app_lifecycle_management: Final[AppLifecycleManagement | None]
    """Indicates whether idle shutdown is activated for JupyterLab applications. Since 2024-09-05.
    """
    emr_settings: Final[EmrSettings | None]
    """The configuration parameters that specify the IAM roles assumed by the execution role of
    SageMaker (assumable roles) and the cluster instances or job execution environments (execution
    roles or runtime roles) to manage and access resources required for running Amazon EMR clusters
    or Amazon EMR Serverless applications. Since 2024-08-01.
    """
    built_in_lifecycle_config_arn: Final[str | None]
    """The lifecycle configuration that runs before the default lifecycle configuration. It can
    override changes made in the default lifecycle configuration. Since 2024-10-02.
    """
    def __init__(
        self,
        *,
        default_resource_spec: ResourceSpec | None = None,
        custom_images: list[CustomImage] | None = None,
        lifecycle_config_arns: list[str] | None = None,
        code_repositories: list[CodeRepository] | None = None,
        app_lifecycle_management: AppLifecycleManagement | None = None,
        emr_settings: EmrSettings | None = None,
        built_in_lifecycle_config_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        default_resource_spec: ResourceSpec | None = ...,
        custom_images: list[CustomImage] | None = ...,
        lifecycle_config_arns: list[str] | None = ...,
        code_repositories: list[CodeRepository] | None = ...,
        app_lifecycle_management: AppLifecycleManagement | None = ...,
        emr_settings: EmrSettings | None = ...,
        built_in_lifecycle_config_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class JupyterServerAppSettings(Shape):
    """The Jupyter server's app settings."""

    default_resource_spec: Final[ResourceSpec | None]
    """The default instance type and the Amazon Resource Name (ARN) of the default SageMaker AI image
    used by the JupyterServer app. If you use the LifecycleConfigArns parameter, then this parameter
    is also required. Since 2019-12-04.
    """
    lifecycle_config_arns: Final[list[str] | None]
    """The Amazon Resource Name (ARN) of the Lifecycle Configurations attached to the JupyterServerApp.
    If you use this parameter, the DefaultResourceSpec parameter is also required. Since 2021-09-10.
    """
    code_repositories: Final[list[CodeRepository] | None]
    """A list of Git repositories that SageMaker AI automatically displays to users for cloning in the
    JupyterServer application. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        default_resource_spec: ResourceSpec | None = None,
        lifecycle_config_arns: list[str] | None = None,
        code_repositories: list[CodeRepository] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        default_resource_spec: ResourceSpec | None = ...,
        lifecycle_config_arns: list[str] | None = ...,
        code_repositories: list[CodeRepository] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
