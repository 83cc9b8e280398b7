# Generated stub. Do not edit.
# Every shape whose name starts with "K", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import Shape
from smtyped._generated.enums._f import FeatureStatus, FeatureStatusLiteral
from smtyped._generated.shapes._c import CustomImage
from smtyped._generated.shapes._f import FileSystemConfig
from smtyped._generated.shapes._r import ResourceSpec

class KendraSettings(Shape):
    """The settings for document querying."""

    status: Final[FeatureStatus | None]
    """Describes whether the document querying feature is enabled or disabled in the Canvas
    application. Since 2023-10-12.
    """
    def __init__(
        self,
        *,
        status: FeatureStatus | FeatureStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: FeatureStatus | FeatureStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class KernelGatewayAppSettings(Shape):
    """The kernel gateway app settings."""

    default_resource_spec: Final[ResourceSpec | None]
    """The default instance type and the Amazon Resource Name (ARN) of the default SageMaker AI image
    used by the KernelGateway app. Since 2019-12-04.
    """
    custom_images: Final[list[CustomImage] | None]
    """A list of custom SageMaker AI images that are configured to run as a KernelGateway app. Since
    2020-10-26.
    """
    lifecycle_config_arns: Final[list[str] | None]
    """The Amazon Resource Name (ARN) of the Lifecycle Configurations attached to the the user profile
    or domain. Since 2021-09-10.
    """
    def __init__(
        self,
        *,
        default_resource_spec: ResourceSpec | None = None,
        custom_images: list[CustomImage] | None = None,
        lifecycle_config_arns: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        default_resource_spec: ResourceSpec | None = ...,
        custom_images: list[CustomImage] | None = ...,
        lifecycle_config_arns: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class KernelGatewayImageConfig(Shape):
    """The KernelGatewayImageConfig. You can only specify one image kernel in the AppImageConfig API.
    This kernel will be shown to users before the image starts. Once the image runs, all kernels are
    visible in JupyterLab.
    """

    kernel_specs: Final[list[KernelSpec]]
    """The specification of the Jupyter kernels in the image. Since 2020-10-26."""
    file_system_config: Final[FileSystemConfig | None]
    """The Amazon Elastic File System storage configuration for a SageMaker image. Since 2020-10-26.
    """
    def __init__(
        self,
        *,
        kernel_specs: list[KernelSpec],
        file_system_config: FileSystemConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        kernel_specs: list[KernelSpec] = ...,
        file_system_config: FileSystemConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class KernelSpec(Shape):
    """The specification of a Jupyter kernel."""

    name: Final[str]
    """The name of the Jupyter kernel in the image. This value is case sensitive. Since 2020-10-26.
    """
    display_name: Final[str | None]
    """The display name of the kernel. Since 2020-10-26."""
    def __init__(
        self,
        *,
        name: str,
        display_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        display_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
