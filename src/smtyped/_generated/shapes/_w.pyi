# Generated stub. Do not edit.
# Every shape whose name starts with "W", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import Shape
from smtyped._generated.enums._w import (
    WarmPoolResourceStatus,
    WarmPoolResourceStatusLiteral,
    WorkforceIpAddressType,
    WorkforceIpAddressTypeLiteral,
    WorkforceStatus,
    WorkforceStatusLiteral,
)
from smtyped._generated.shapes._c import CognitoConfig
from smtyped._generated.shapes._m import MemberDefinition
from smtyped._generated.shapes._n import NotificationConfiguration
from smtyped._generated.shapes._o import OidcConfigForResponse
from smtyped._generated.shapes._s import S3Presign, SourceIpConfig

class WarmPoolStatus(Shape):
    """The status of the warm pool associated with the training job."""

    status: Final[WarmPoolResourceStatus | None]
    """The status of the warm pool. Since 2022-09-29."""
    resource_retained_billable_time_in_seconds: Final[int | None]
    """The billable time in seconds used by the warm pool. Billable time refers to the absolute
    wall-clock time. Since 2022-09-29.
    """
    reused_by_job: Final[str | None]
    """The name of the matching training job that reused the warm pool. Since 2022-09-29."""
    def __init__(
        self,
        *,
        status: WarmPoolResourceStatus | WarmPoolResourceStatusLiteral | None = None,
        resource_retained_billable_time_in_seconds: int | None = None,
        reused_by_job: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: WarmPoolResourceStatus | WarmPoolResourceStatusLiteral | None = ...,
        resource_retained_billable_time_in_seconds: int | None = ...,
        reused_by_job: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class WorkerAccessConfiguration(Shape):
    """Use this optional parameter to constrain access to an Amazon S3 resource based on the IP address
    using supported IAM global condition keys. The Amazon S3 resource is accessed in the worker
    portal using a Amazon S3 presigned URL.
    """

    s3_presign: Final[S3Presign | None]
    """Defines any Amazon S3 resource constraints. Since 2024-05-16."""
    def __init__(
        self,
        *,
        s3_presign: S3Presign | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_presign: S3Presign | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Workforce(Shape):
    """A single private workforce, which is automatically created when you create your first private
    work team. You can create one private work force in each Amazon Web Services Region. By default,
    any workforce-related API operation used in a specific region will apply to the workforce
    created in that region. To learn how to create a private workforce, see Create a Private
    Workforce.
    """

    workforce_name: Final[str | None]
    """The name of the private workforce. Since 2020-01-16."""
    workforce_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the private workforce. Since 2020-01-16."""
    last_updated_date: Final[datetime | None]
    """The most recent date that UpdateWorkforce was used to successfully add one or more IP address
    ranges ( CIDRs) to a private workforce's allow list. Since 2020-01-16.
    """
    source_ip_config: Final[SourceIpConfig | None]
    """A list of one to ten IP address ranges ( CIDRs) to be added to the workforce allow list. By
    default, a workforce isn't restricted to specific IP addresses. Since 2020-01-16.
    """
    sub_domain: Final[str | None]
    """The subdomain for your OIDC Identity Provider. Since 2020-07-24."""
    cognito_config: Final[CognitoConfig | None]
    """The configuration of an Amazon Cognito workforce. A single Cognito workforce is created using
    and corresponds to a single Amazon Cognito user pool. Since 2020-07-24.
    """
    oidc_config: Final[OidcConfigForResponse | None]
    """The configuration of an OIDC Identity Provider (IdP) private workforce. Since 2020-07-24."""
    create_date: Final[datetime | None]
    """The date that the workforce is created. Since 2020-07-24."""
    workforce_vpc_config: Final[WorkforceVpcConfigResponse | None]
    """The configuration of a VPC workforce. Since 2022-06-23."""
    status: Final[WorkforceStatus | None]
    """The status of your workforce. Since 2022-06-23."""
    failure_reason: Final[str | None]
    """The reason your workforce failed. Since 2022-06-23."""
    ip_address_type: Final[WorkforceIpAddressType | None]
    """The IP address type you specify - either IPv4 only or dualstack ( IPv4 and IPv6) - to support
    your labeling workforce. Since 2025-07-21.
    """
    def __init__(
        self,
        *,
        workforce_name: str | None = None,
        workforce_arn: str | None = None,
        last_updated_date: datetime | None = None,
        source_ip_config: SourceIpConfig | None = None,
        sub_domain: str | None = None,
        cognito_config: CognitoConfig | None = None,
        oidc_config: OidcConfigForResponse | None = None,
        create_date: datetime | None = None,
        workforce_vpc_config: WorkforceVpcConfigResponse | None = None,
        status: WorkforceStatus | WorkforceStatusLiteral | None = None,
        failure_reason: str | None = None,
        ip_address_type: WorkforceIpAddressType | WorkforceIpAddressTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workforce_name: str | None = ...,
        workforce_arn: str | None = ...,
        last_updated_date: datetime | None = ...,
        source_ip_config: SourceIpConfig | None = ...,
        sub_domain: str | None = ...,
        cognito_config: CognitoConfig | None = ...,
        oidc_config: OidcConfigForResponse | None = ...,
        create_date: datetime | None = ...,
        workforce_vpc_config: WorkforceVpcConfigResponse | None = ...,
        status: WorkforceStatus | WorkforceStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        ip_address_type: WorkforceIpAddressType | WorkforceIpAddressTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class WorkforceVpcConfigRequest(Shape):
    """Use this parameter to configure a workforce using VPC."""

    vpc_id: Final[str | None]
    """The ID of the VPC that the workforce uses for communication. Since 2022-06-23."""
    security_group_ids: Final[list[str] | None]
    """The VPC security group IDs, in the form sg-xxxxxxxx. The security groups must be for the same
    VPC as specified in the subnet. Since 2022-06-23.
    """
    subnets: Final[list[str] | None]
    """The ID of the subnets in the VPC that you want to connect. Since 2022-06-23."""
    def __init__(
        self,
        *,
        vpc_id: str | None = None,
        security_group_ids: list[str] | None = None,
        subnets: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        vpc_id: str | None = ...,
        security_group_ids: list[str] | None = ...,
        subnets: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class WorkforceVpcConfigResponse(Shape):
    """The configuration of a VPC workforce."""

    vpc_id: Final[str | None]
    """The ID of the VPC that the workforce uses for communication. Since 2022-06-23."""
    security_group_ids: Final[list[str] | None]
    """The VPC security group IDs, in the form sg-xxxxxxxx. The security groups must be for the same
    VPC as specified in the subnet. Since 2022-06-23.
    """
    subnets: Final[list[str] | None]
    """The ID of the subnets in the VPC that you want to connect. Since 2022-06-23."""
    vpc_endpoint_id: Final[str | None]
    """The IDs for the VPC service endpoints of your VPC workforce when it is created and updated.
    Since 2022-06-23.
    """
    def __init__(
        self,
        *,
        vpc_id: str | None = None,
        security_group_ids: list[str] | None = None,
        subnets: list[str] | None = None,
        vpc_endpoint_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        vpc_id: str | None = ...,
        security_group_ids: list[str] | None = ...,
        subnets: list[str] | None = ...,
        vpc_endpoint_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class WorkloadSpec(Shape):
    """The workload specification that defines benchmark parameters. A tagged union: at most one
    attribute is set.
    """

    inline: Final[str | None]
    """An inline YAML or JSON string that defines benchmark parameters. Since 2026-04-21."""
    def __init__(
        self,
        *,
        inline: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inline: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class WorkspaceSettings(Shape):
    """The workspace settings for the SageMaker Canvas application."""

    s3_artifact_path: Final[str | None]
    """The Amazon S3 bucket used to store artifacts generated by Canvas. Updating the Amazon S3
    location impacts existing configuration settings, and Canvas users no longer have access to
    their artifacts. Canvas users must log out and log back in to apply the new location. Since
    2023-07-13.
    """
    s3_kms_key_id: Final[str | None]
    """The Amazon Web Services Key Management Service (KMS) encryption key ID that is used to encrypt
    artifacts generated by Canvas in the Amazon S3 bucket. Since 2023-07-13.
    """
    def __init__(
        self,
        *,
        s3_artifact_path: str | None = None,
        s3_kms_key_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_artifact_path: str | None = ...,
        s3_kms_key_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Workteam(Shape):
    """A Workteam instance that contains information about the work team."""

    workteam_name: Final[str | None]
    """The name of the work team. Since 2018-11-28."""
    member_definitions: Final[list[MemberDefinition] | None]
    """A list of MemberDefinition objects that contains objects that identify the workers that make up
    the work team. Since 2018-11-28.
    """
    workteam_arn: Final[str | None]
    """The Amazon Resource Name (ARN) that identifies the work team. Since 2018-11-28."""
    workforce_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the workforce. Since 2020-07-24."""
    product_listing_ids: Final[list[str] | None]
    """The Amazon Marketplace identifier for a vendor's work team. Since 2018-11-28."""
    description: Final[str | None]
    """A description of the work team. Since 2018-11-28."""
    sub_domain: Final[str | None]
    """The URI of the labeling job's user interface. Workers open this URI to start labeling your data
    objects. Since 2018-11-28.
    """
    create_date: Final[datetime | None]
    """The date and time that the work team was created (timestamp). Since 2018-11-28."""
    last_updated_date: Final[datetime | None]
    """The date and time that the work team was last updated (timestamp). Since 2018-11-28."""
    notification_configuration: Final[NotificationConfiguration | None]
    """Configures SNS notifications of available or expiring work items for work teams. Since
    2019-05-08.
    """
    worker_access_configuration: Final[WorkerAccessConfiguration | None]
    """Describes any access constraints that have been defined for Amazon S3 resources. Since
    2024-05-16.
    """
    def __init__(
        self,
        *,
        workteam_name: str | None = None,
        member_definitions: list[MemberDefinition] | None = None,
        workteam_arn: str | None = None,
        workforce_arn: str | None = None,
        product_listing_ids: list[str] | None = None,
        description: str | None = None,
        sub_domain: str | None = None,
        create_date: datetime | None = None,
        last_updated_date: datetime | None = None,
        notification_configuration: NotificationConfiguration | None = None,
        worker_access_configuration: WorkerAccessConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workteam_name: str | None = ...,
        member_definitions: list[MemberDefinition] | None = ...,
        workteam_arn: str | None = ...,
        workforce_arn: str | None = ...,
        product_listing_ids: list[str] | None = ...,
        description: str | None = ...,
        sub_domain: str | None = ...,
        create_date: datetime | None = ...,
        last_updated_date: datetime | None = ...,
        notification_configuration: NotificationConfiguration | None = ...,
        worker_access_configuration: WorkerAccessConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
