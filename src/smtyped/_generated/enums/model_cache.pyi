# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import ModelCacheSetting as ModelCacheSetting
from smtyped._generated.enums._m import ModelCacheSettingLiteral as ModelCacheSettingLiteral
from smtyped._generated.enums._m import as_ModelCacheSetting as as_ModelCacheSetting
from smtyped._generated.enums._m import as_ModelCacheSetting_opt as as_ModelCacheSetting_opt

__all__ = [
    "ModelCacheSetting",
    "ModelCacheSettingLiteral",
]
