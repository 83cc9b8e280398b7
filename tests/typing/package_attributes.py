"""The submodules are attributes of the package: ``import smtyped`` is enough to reach them."""

from __future__ import annotations

import smtyped


def describe_target(cfg: smtyped.shapes.OutputConfig) -> str:
    if cfg.target_device is smtyped.enums.TargetDevice.AMBA_CV2:
        return "amba"
    return str(cfg.target_device)


def not_found(err: Exception) -> bool:
    return isinstance(err, smtyped.errors.ResourceNotFound)
