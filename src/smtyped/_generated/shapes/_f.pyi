# Generated stub. Do not edit.
# Every shape whose name starts with "F", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import Shape
from smtyped._generated.enums._a import (
    AutoMLJobObjectiveType,
    AutoMLJobObjectiveTypeLiteral,
    AutoMLMetricEnum,
    AutoMLMetricEnumLiteral,
)
from smtyped._generated.enums._c import CollectionType, CollectionTypeLiteral
from smtyped._generated.enums._f import (
    FeatureGroupStatus,
    FeatureGroupStatusLiteral,
    FeatureType,
    FeatureTypeLiteral,
    FileSystemAccessMode,
    FileSystemAccessModeLiteral,
    FileSystemType,
    FileSystemTypeLiteral,
    FlowDefinitionStatus,
    FlowDefinitionStatusLiteral,
)
from smtyped._generated.enums._h import (
    HyperParameterTuningJobObjectiveType,
    HyperParameterTuningJobObjectiveTypeLiteral,
)
from smtyped._generated.enums._o import Operator, OperatorLiteral
from smtyped._generated.shapes._c import CollectionConfig
from smtyped._generated.shapes._l import LastUpdateStatus
from smtyped._generated.shapes._o import OfflineStoreConfig, OfflineStoreStatus, OnlineStoreConfig
from smtyped._generated.shapes._t import Tag

class FSxLustreConfig(Shape):
    """Configuration settings for an Amazon FSx for Lustre file system to be used with the cluster."""

    size_in_gi_b: Final[int]
    """The storage capacity of the Amazon FSx for Lustre file system, specified in gibibytes (GiB).
    Since 2025-07-15.
    """
    per_unit_storage_throughput: Final[int]
    """The throughput capacity of the Amazon FSx for Lustre file system, measured in MB/s per TiB of
    storage. Since 2025-07-15.
    """
    def __init__(
        self,
        *,
        size_in_gi_b: int,
        per_unit_storage_throughput: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        size_in_gi_b: int = ...,
        per_unit_storage_throughput: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FSxLustreFileSystem(Shape):
    """A custom file system in Amazon FSx for Lustre."""

    file_system_id: Final[str]
    """Amazon FSx for Lustre file system ID. Since 2024-12-04."""
    def __init__(
        self,
        *,
        file_system_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        file_system_id: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FSxLustreFileSystemConfig(Shape):
    """The settings for a custom Amazon FSx for Lustre file system."""

    file_system_id: Final[str]
    """The globally unique, 17-digit, ID of the file system, assigned by Amazon FSx for Lustre. Since
    2024-12-04.
    """
    file_system_path: Final[str | None]
    """The path to the file system directory that is accessible in Amazon SageMaker Studio. Permitted
    users can access only this directory and below. Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        file_system_id: str,
        file_system_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        file_system_id: str = ...,
        file_system_path: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FailStepMetadata(Shape):
    """The configurations and outcomes of a Fail step execution."""

    error_message: Final[str | None]
    """A message that you define and then is processed and rendered by the Fail step when the error
    occurs. Since 2022-01-26.
    """
    def __init__(
        self,
        *,
        error_message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        error_message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FeatureDefinition(Shape):
    """A list of features. You must include FeatureName and FeatureType . Valid feature FeatureType s
    are Integral , Fractional and String .
    """

    feature_name: Final[str]
    """The name of a feature. The type must be a string. FeatureName cannot be any of the following:
    is_deleted , write_time , api_invocation_time . Since 2020-12-01.
    """
    feature_type: Final[FeatureType]
    """The value type of a feature. Valid values are Integral, Fractional, or String. Since 2020-12-01.
    """
    collection_type: Final[CollectionType | None]
    """A grouping of elements where each element within the collection must have the same feature type
    ( String , Integral , or Fractional ). Since 2023-09-28.
    """
    collection_config: Final[CollectionConfig | None]
    """Configuration for your collection. Since 2023-09-28."""
    def __init__(
        self,
        *,
        feature_name: str,
        feature_type: FeatureType | FeatureTypeLiteral,
        collection_type: CollectionType | CollectionTypeLiteral | None = None,
        collection_config: CollectionConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_name: str = ...,
        feature_type: FeatureType | FeatureTypeLiteral = ...,
        collection_type: CollectionType | CollectionTypeLiteral | None = ...,
        collection_config: CollectionConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FeatureGroup(Shape):
    """Amazon SageMaker Feature Store stores features in a collection called Feature Group. A Feature
    Group can be visualized as a table which has rows, with a unique identifier for each row where
    each column in the table is a feature. In principle, a Feature Group is composed of features and
    values per features.
    """

    feature_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of a FeatureGroup. Since 2020-12-01."""
    feature_group_name: Final[str | None]
    """The name of the FeatureGroup. Since 2020-12-01."""
    record_identifier_feature_name: Final[str | None]
    """The name of the Feature whose value uniquely identifies a Record defined in the FeatureGroup
    FeatureDefinitions. Since 2020-12-01.
    """
    event_time_feature_name: Final[str | None]
    """The name of the feature that stores the EventTime of a Record in a FeatureGroup. Since
    2020-12-01.
    """
    feature_definitions: Final[list[FeatureDefinition] | None]
    """A list of Features. Each Feature must include a FeatureName and a FeatureType. Since 2020-12-01.
    """
    creation_time: Final[datetime | None]
    """The time a FeatureGroup was created. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """A timestamp indicating the last time you updated the feature group. Since 2022-06-29."""
    online_store_config: Final[OnlineStoreConfig | None]
    """Use this to specify the Amazon Web Services Key Management Service (KMS) Key ID, or KMSKeyId,
    for at rest data encryption. You can turn OnlineStore on or off by specifying the
    EnableOnlineStore flag at General Assembly. Since 2020-12-01.
    """
    offline_store_config: Final[OfflineStoreConfig | None]
    """The configuration of an OfflineStore. Since 2020-12-01."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM execution role used to create the feature group. Since
    2020-12-01.
    """
    feature_group_status: Final[FeatureGroupStatus | None]
    """A FeatureGroup status. Since 2020-12-01."""
    offline_store_status: Final[OfflineStoreStatus | None]
    """The status of OfflineStore. Since 2020-12-01."""
    last_update_status: Final[LastUpdateStatus | None]
    """A value that indicates whether the feature group was updated successfully. Since 2022-06-29.
    """
    failure_reason: Final[str | None]
    """The reason that the FeatureGroup failed to be replicated in the OfflineStore. This is failure
    may be due to a failure to create a FeatureGroup in or delete a FeatureGroup from the
    OfflineStore. Since 2020-12-01.
    """
    description: Final[str | None]
    """A free form description of a FeatureGroup. Since 2020-12-01."""
    tags: Final[list[Tag] | None]
    """Tags used to define a FeatureGroup. Since 2020-12-01."""
    def __init__(
        self,
        *,
        feature_group_arn: str | None = None,
        feature_group_name: str | None = None,
        record_identifier_feature_name: str | None = None,
        event_time_feature_name: str | None = None,
        feature_definitions: list[FeatureDefinition] | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        online_store_config: OnlineStoreConfig | None = None,
        offline_store_config: OfflineStoreConfig | None = None,
        role_arn: str | None = None,
        feature_group_status: FeatureGroupStatus | FeatureGroupStatusLiteral | None = None,
        offline_store_status: OfflineStoreStatus | None = None,
        last_update_status: LastUpdateStatus | None = None,
        failure_reason: str | None = None,
        description: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_arn: str | None = ...,
        feature_group_name: str | None = ...,
        record_identifier_feature_name: str | None = ...,
        event_time_feature_name: str | None = ...,
        feature_definitions: list[FeatureDefinition] | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        online_store_config: OnlineStoreConfig | None = ...,
        offline_store_config: OfflineStoreConfig | None = ...,
        role_arn: str | None = ...,
        feature_group_status: FeatureGroupStatus | FeatureGroupStatusLiteral | None = ...,
        offline_store_status: OfflineStoreStatus | None = ...,
        last_update_status: LastUpdateStatus | None = ...,
        failure_reason: str | None = ...,
        description: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FeatureGroupSummary(Shape):
    """The name, Arn, CreationTime , FeatureGroup values, LastUpdatedTime and EnableOnlineStorage
    status of a FeatureGroup .
    """

    feature_group_name: Final[str | None]
    """The name of FeatureGroup . Since 2020-12-01."""
    feature_group_arn: Final[str | None]
    """Unique identifier for the FeatureGroup . Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """A timestamp indicating the time of creation time of the FeatureGroup . Since 2020-12-01."""
    feature_group_status: Final[FeatureGroupStatus | None]
    """The status of a FeatureGroup. The status can be any of the following: Creating , Created ,
    CreateFail , Deleting or DetailFail . Since 2020-12-01.
    """
    offline_store_status: Final[OfflineStoreStatus | None]
    """Notifies you if replicating data into the OfflineStore has failed. Returns either: Active or
    Blocked . Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        feature_group_name: str | None = None,
        feature_group_arn: str | None = None,
        creation_time: datetime | None = None,
        feature_group_status: FeatureGroupStatus | FeatureGroupStatusLiteral | None = None,
        offline_store_status: OfflineStoreStatus | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_name: str | None = ...,
        feature_group_arn: str | None = ...,
        creation_time: datetime | None = ...,
        feature_group_status: FeatureGroupStatus | FeatureGroupStatusLiteral | None = ...,
        offline_store_status: OfflineStoreStatus | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FeatureMetadata(Shape):
    """The feature metadata used to search through the features."""

    feature_group_arn: Final[str | None]
    """The Amazon Resource Number (ARN) of the feature group. Since 2022-06-29."""
    feature_group_name: Final[str | None]
    """The name of the feature group containing the feature. Since 2022-06-29."""
    feature_name: Final[str | None]
    """The name of feature. Since 2022-06-29."""
    feature_type: Final[FeatureType | None]
    """The data type of the feature. Since 2022-06-29."""
    creation_time: Final[datetime | None]
    """A timestamp indicating when the feature was created. Since 2022-06-29."""
    last_modified_time: Final[datetime | None]
    """A timestamp indicating when the feature was last modified. Since 2022-06-29."""
    description: Final[str | None]
    """An optional description that you specify to better describe the feature. Since 2022-06-29."""
    parameters: Final[list[FeatureParameter] | None]
    """Optional key-value pairs that you specify to better describe the feature. Since 2022-06-29.
    """
    def __init__(
        self,
        *,
        feature_group_arn: str | None = None,
        feature_group_name: str | None = None,
        feature_name: str | None = None,
        feature_type: FeatureType | FeatureTypeLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        description: str | None = None,
        parameters: list[FeatureParameter] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_arn: str | None = ...,
        feature_group_name: str | None = ...,
        feature_name: str | None = ...,
        feature_type: FeatureType | FeatureTypeLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        description: str | None = ...,
        parameters: list[FeatureParameter] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FeatureParameter(Shape):
    """A key-value pair that you specify to describe the feature."""

    key: Final[str | None]
    """A key that must contain a value to describe the feature. Since 2022-06-29."""
    value: Final[str | None]
    """The value that belongs to a key. Since 2022-06-29."""
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

class FileSource(Shape):
    """The bias config file for a model."""

    content_type: Final[str | None]
    """The type of content stored in the file source. Since 2021-12-01."""
    content_digest: Final[str | None]
    """The digest of the file source. Since 2021-12-01."""
    s3_uri: Final[str]
    """The Amazon S3 URI for the file source. Since 2021-12-01."""
    def __init__(
        self,
        *,
        s3_uri: str,
        content_type: str | None = None,
        content_digest: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        content_type: str | None = ...,
        content_digest: str | None = ...,
        s3_uri: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FileSystemConfig(Shape):
    """The Amazon Elastic File System storage configuration for a SageMaker image."""

    mount_path: Final[str | None]
    """The path within the image to mount the user's EFS home directory. The directory should be empty.
    If not specified, defaults to /home/sagemaker-user . Since 2020-10-26.
    """
    default_uid: Final[int | None]
    """The default POSIX user ID (UID). If not specified, defaults to 1000 . Since 2020-10-26."""
    default_gid: Final[int | None]
    """The default POSIX group ID (GID). If not specified, defaults to 100 . Since 2020-10-26."""
    def __init__(
        self,
        *,
        mount_path: str | None = None,
        default_uid: int | None = None,
        default_gid: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        mount_path: str | None = ...,
        default_uid: int | None = ...,
        default_gid: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FileSystemDataSource(Shape):
    """The file system that is associated with a channel."""

    file_system_id: Final[str]
    """The file system id. Since 2019-08-21."""
    file_system_access_mode: Final[FileSystemAccessMode]
    """The access mode of the mount of the directory associated with the channel. A directory can be
    mounted either in ro (read-only) or rw (read-write) mode. Since 2019-08-21.
    """
    file_system_type: Final[FileSystemType]
    """The file system type. Since 2019-08-21."""
    directory_path: Final[str]
    """The full path to the directory to associate with the channel. Since 2019-08-21."""
    def __init__(
        self,
        *,
        file_system_id: str,
        file_system_access_mode: FileSystemAccessMode | FileSystemAccessModeLiteral,
        file_system_type: FileSystemType | FileSystemTypeLiteral,
        directory_path: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        file_system_id: str = ...,
        file_system_access_mode: FileSystemAccessMode | FileSystemAccessModeLiteral = ...,
        file_system_type: FileSystemType | FileSystemTypeLiteral = ...,
        directory_path: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Filter(Shape):
    """A conditional statement for a search expression that includes a resource property, a Boolean
    operator, and a value. Resources that match the statement are returned in the results from the
    Search API.
    """

    name: Final[str]
    """A resource property name. For example, TrainingJobName. For valid property names, see
    SearchRecord. You must specify a valid property for the resource. Since 2018-11-28.
    """
    operator: Final[Operator | None]
    """A Boolean binary operator that is used to evaluate the filter. The operator field contains one
    of the following values: Since 2018-11-28.
    """
    value: Final[str | None]
    """A value used with Name and Operator to determine which resources satisfy the filter's condition.
    For numerical properties, Value must be an integer or floating-point decimal. For timestamp
    properties, Value must be an ISO 8601 date-time string of the following format:
    YYYY-mm-dd'T'HH:MM:SS. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        name: str,
        operator: Operator | OperatorLiteral | None = None,
        value: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        operator: Operator | OperatorLiteral | None = ...,
        value: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FinalAutoMLJobObjectiveMetric(Shape):
    """The best candidate result from an AutoML training job."""

    type: Final[AutoMLJobObjectiveType | None]
    """The type of metric with the best result. Since 2019-12-04."""
    metric_name: Final[AutoMLMetricEnum | None]
    """The name of the metric with the best result. For a description of the possible objective
    metrics, see AutoMLJobObjective$MetricName. Since 2019-12-04.
    """
    value: Final[float | None]
    """The value of the metric with the best result. Since 2019-12-04."""
    standard_metric_name: Final[AutoMLMetricEnum | None]
    """The name of the standard metric. For a description of the standard metrics, see Autopilot
    candidate metrics. Since 2023-02-10.
    """
    def __init__(
        self,
        *,
        type: AutoMLJobObjectiveType | AutoMLJobObjectiveTypeLiteral | None = None,
        metric_name: AutoMLMetricEnum | AutoMLMetricEnumLiteral | None = None,
        value: float | None = None,
        standard_metric_name: AutoMLMetricEnum | AutoMLMetricEnumLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        type: AutoMLJobObjectiveType | AutoMLJobObjectiveTypeLiteral | None = ...,
        metric_name: AutoMLMetricEnum | AutoMLMetricEnumLiteral | None = ...,
        value: float | None = ...,
        standard_metric_name: AutoMLMetricEnum | AutoMLMetricEnumLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FinalHyperParameterTuningJobObjectiveMetric(Shape):
    """The FinalHyperParameterTuningJobObjectiveMetric object that specifies the value of the objective
    metric of the tuning job that launched this training job.
    """

    type: Final[HyperParameterTuningJobObjectiveType | None]
    """Select if you want to minimize or maximize the objective metric during hyperparameter tuning.
    Since 2018-06-04.
    """
    metric_name: Final[str | None]
    """The name of the objective metric. For SageMaker built-in algorithms, metrics are defined per
    algorithm. See the metrics for XGBoost as an example. You can also use a custom algorithm for
    training and define your own metrics. For more information, see Define metrics and environment
    variables. Since 2018-06-04.
    """
    value: Final[float | None]
    """The value of the objective metric. Since 2018-06-04."""
    def __init__(
        self,
        *,
        type: HyperParameterTuningJobObjectiveType | HyperParameterTuningJobObjectiveTypeLiteral | None = None,
        metric_name: str | None = None,
        value: float | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        type: HyperParameterTuningJobObjectiveType | HyperParameterTuningJobObjectiveTypeLiteral | None = ...,
        metric_name: str | None = ...,
        value: float | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FlowDefinitionOutputConfig(Shape):
    """An object containing information about where the human review results will be uploaded."""

    s3_output_path: Final[str]
    """The Amazon S3 path where the object containing human output will be made available. Since
    2019-12-04.
    """
    kms_key_id: Final[str | None]
    """The Amazon Key Management Service (KMS) key ID for server-side encryption. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        s3_output_path: str,
        kms_key_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output_path: str = ...,
        kms_key_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class FlowDefinitionSummary(Shape):
    """Contains summary information about the flow definition."""

    flow_definition_name: Final[str | None]
    """The name of the flow definition. Since 2019-12-04."""
    flow_definition_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the flow definition. Since 2019-12-04."""
    flow_definition_status: Final[FlowDefinitionStatus | None]
    """The status of the flow definition. Valid values: Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """The timestamp when SageMaker created the flow definition. Since 2019-12-04."""
    failure_reason: Final[str | None]
    """The reason why the flow definition creation failed. A failure reason is returned only when the
    flow definition status is Failed . Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        flow_definition_name: str | None = None,
        flow_definition_arn: str | None = None,
        flow_definition_status: FlowDefinitionStatus | FlowDefinitionStatusLiteral | None = None,
        creation_time: datetime | None = None,
        failure_reason: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        flow_definition_name: str | None = ...,
        flow_definition_arn: str | None = ...,
        flow_definition_status: FlowDefinitionStatus | FlowDefinitionStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        failure_reason: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
