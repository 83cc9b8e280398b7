# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ModelCacheSetting(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

ModelCacheSettingLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_ModelCacheSetting(value: ModelCacheSetting | ModelCacheSettingLiteral) -> ModelCacheSetting: ...
def as_ModelCacheSetting_opt(
    value: ModelCacheSetting | ModelCacheSettingLiteral | None,
) -> ModelCacheSetting | None: ...
