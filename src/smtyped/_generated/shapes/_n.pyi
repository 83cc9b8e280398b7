# Generated stub. Do not edit.
# Every shape whose name starts with "N", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import Shape
from smtyped._generated.enums._c import (
    ClusterInstanceStatus,
    ClusterInstanceStatusLiteral,
    ClusterInstanceType,
    ClusterInstanceTypeLiteral,
)
from smtyped._generated.enums._i import InstanceType, InstanceTypeLiteral
from smtyped._generated.enums._n import NotebookInstanceStatus, NotebookInstanceStatusLiteral
from smtyped._generated.shapes._f import Filter
from smtyped._generated.shapes._v import VpcConfig

class NeoVpcConfig(Shape):
    """A VpcConfig object that specifies the VPC that you want your compilation job to connect to.
    Control access to your models by configuring the VPC. For more information, see Protect
    Compilation Jobs by Using an Amazon Virtual Private Cloud.
    """

    security_group_ids: Final[list[str]]
    """The VPC security group IDs. IDs have the form of sg-xxxxxxxx . Specify the security groups for
    the VPC that is specified in the Subnets field. Since 2021-06-28.
    """
    subnets: Final[list[str]]
    """The ID of the subnets in the VPC that you want to connect the compilation job to for accessing
    the model in Amazon S3. Since 2021-06-28.
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

class NestedFilters(Shape):
    """A list of nested Filter objects. A resource must satisfy the conditions of all filters to be
    included in the results returned from the Search API.
    """

    nested_property_name: Final[str]
    """The name of the property to use in the nested filters. The value must match a listed property
    name, such as InputDataConfig. Since 2018-11-28.
    """
    filters: Final[list[Filter]]
    """A list of filters. Each filter acts on a property. Filters must contain at least one Filters
    value. For example, a NestedFilters call might include a filter on the PropertyName parameter of
    the InputDataConfig property: InputDataConfig.DataSource.S3DataSource.S3Uri. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        nested_property_name: str,
        filters: list[Filter],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        nested_property_name: str = ...,
        filters: list[Filter] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class NetworkConfig(Shape):
    """Specifies networking options for an monitoring job."""

    enable_inter_container_traffic_encryption: Final[bool | None]
    """Whether to encrypt all communications between distributed processing jobs. Choose True to
    encrypt communications. Encryption provides greater security for distributed processing jobs,
    but the processing might take longer. Since 2020-05-08.
    """
    enable_network_isolation: Final[bool | None]
    """Whether to allow inbound and outbound network calls to and from the containers used for the
    processing job. Since 2019-12-04.
    """
    vpc_config: Final[VpcConfig | None]
    """Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
    compute resources have access to. You can control access to and from your resources by
    configuring a VPC. For more information, see Give SageMaker Access to Resources in your Amazon
    VPC. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        enable_inter_container_traffic_encryption: bool | None = None,
        enable_network_isolation: bool | None = None,
        vpc_config: VpcConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_inter_container_traffic_encryption: bool | None = ...,
        enable_network_isolation: bool | None = ...,
        vpc_config: VpcConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class NodeAdditionResult(Shape):
    """Information about a node that was successfully added to the cluster."""

    node_logical_id: Final[str | None]
    """A unique identifier assigned to the node that can be used to track its provisioning status
    through the DescribeClusterNode operation. Since 2025-08-05.
    """
    instance_group_name: Final[str | None]
    """The name of the instance group to which the node was added. Since 2025-08-05."""
    status: Final[ClusterInstanceStatus | None]
    """The current status of the node. Possible values include Pending, Running, Failed, ShuttingDown,
    SystemUpdating, DeepHealthCheckInProgress, and NotFound. Since 2025-08-05.
    """
    availability_zones: Final[list[str] | None]
    """The availability zones associated with the successfully added node. Since 2026-04-10."""
    instance_types: Final[list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None]
    """The instance types associated with the successfully added node. Since 2026-04-10."""
    def __init__(
        self,
        *,
        node_logical_id: str | None = None,
        instance_group_name: str | None = None,
        status: ClusterInstanceStatus | ClusterInstanceStatusLiteral | None = None,
        availability_zones: list[str] | None = None,
        instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        node_logical_id: str | None = ...,
        instance_group_name: str | None = ...,
        status: ClusterInstanceStatus | ClusterInstanceStatusLiteral | None = ...,
        availability_zones: list[str] | None = ...,
        instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class NotebookInstanceLifecycleConfigSummary(Shape):
    """Provides a summary of a notebook instance lifecycle configuration."""

    notebook_instance_lifecycle_config_name: Final[str | None]
    """The name of the lifecycle configuration. Since 2018-03-15."""
    notebook_instance_lifecycle_config_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the lifecycle configuration. Since 2018-03-15."""
    creation_time: Final[datetime | None]
    """A timestamp that tells when the lifecycle configuration was created. Since 2018-03-15."""
    last_modified_time: Final[datetime | None]
    """A timestamp that tells when the lifecycle configuration was last modified. Since 2018-03-15.
    """
    def __init__(
        self,
        *,
        notebook_instance_lifecycle_config_name: str | None = None,
        notebook_instance_lifecycle_config_arn: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_lifecycle_config_name: str | None = ...,
        notebook_instance_lifecycle_config_arn: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class NotebookInstanceLifecycleHook(Shape):
    """Contains the notebook instance lifecycle configuration script."""

    content: Final[str | None]
    """A base64-encoded string that contains a shell script for a notebook instance lifecycle
    configuration. Since 2018-03-15.
    """
    def __init__(
        self,
        *,
        content: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        content: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class NotebookInstanceSummary(Shape):
    """Provides summary information for an SageMaker AI notebook instance."""

    notebook_instance_name: Final[str | None]
    """The name of the notebook instance that you want a summary for. Since 2017-11-29."""
    notebook_instance_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the notebook instance. Since 2017-11-29."""
    notebook_instance_status: Final[NotebookInstanceStatus | None]
    """The status of the notebook instance. Since 2017-11-29."""
    url: Final[str | None]
    """The URL that you use to connect to the Jupyter notebook running in your notebook instance. Since
    2017-11-29.
    """
    instance_type: Final[InstanceType | None]
    """The type of ML compute instance that the notebook instance is running on. Since 2017-11-29.
    """
    creation_time: Final[datetime | None]
    """A timestamp that shows when the notebook instance was created. Since 2017-11-29."""
    last_modified_time: Final[datetime | None]
    """A timestamp that shows when the notebook instance was last modified. Since 2017-11-29."""
    notebook_instance_lifecycle_config_name: Final[str | None]
    """The name of a notebook instance lifecycle configuration associated with this notebook instance.
    Since 2018-03-15.
    """
    default_code_repository: Final[str | None]
    """The Git repository associated with the notebook instance as its default code repository. This
    can be either the name of a Git repository stored as a resource in your account, or the URL of a
    Git repository in Amazon Web Services CodeCommit or in any other Git repository. When you open a
    notebook instance, it opens in the directory that contains this repository. For more
    information, see Associating Git Repositories with SageMaker AI Notebook Instances. Since
    2018-11-28.
    """
    additional_code_repositories: Final[list[str] | None]
    """An array of up to three Git repositories associated with the notebook instance. These can be
    either the names of Git repositories stored as resources in your account, or the URL of Git
    repositories in Amazon Web Services CodeCommit or in any other Git repository. These
    repositories are cloned at the same level as the default repository of your notebook instance.
    For more information, see Associating Git Repositories with SageMaker AI Notebook Instances.
    Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        notebook_instance_name: str | None = None,
        notebook_instance_arn: str | None = None,
        notebook_instance_status: NotebookInstanceStatus | NotebookInstanceStatusLiteral | None = None,
        url: str | None = None,
        instance_type: InstanceType | InstanceTypeLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        notebook_instance_lifecycle_config_name: str | None = None,
        default_code_repository: str | None = None,
        additional_code_repositories: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_name: str | None = ...,
        notebook_instance_arn: str | None = ...,
        notebook_instance_status: NotebookInstanceStatus | NotebookInstanceStatusLiteral | None = ...,
        url: str | None = ...,
        instance_type: InstanceType | InstanceTypeLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        notebook_instance_lifecycle_config_name: str | None = ...,
        default_code_repository: str | None = ...,
        additional_code_repositories: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class NotificationConfiguration(Shape):
    """Configures notification of workers regarding available or expiring work items."""

    notification_topic_arn: Final[str | None]
    """The ARN for the Amazon SNS topic to which notifications should be published. Since 2019-05-08.
    """
    def __init__(
        self,
        *,
        notification_topic_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notification_topic_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
