# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.container_definition import ContainerDefinition
from smtyped._generated.shapes.deployment_recommendation import DeploymentRecommendation
from smtyped._generated.shapes.inference_execution import InferenceExecutionConfig
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class Model(Shape):
    model_name: str | None = None
    primary_container: ContainerDefinition | None = None
    containers: list[ContainerDefinition] | None = None
    inference_execution_config: InferenceExecutionConfig | None = None
    execution_role_arn: str | None = None
    vpc_config: VpcConfig | None = None
    creation_time: datetime | None = None
    model_arn: str | None = None
    enable_network_isolation: bool | None = None
    tags: list[Tag] | None = None
    deployment_recommendation: DeploymentRecommendation | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
