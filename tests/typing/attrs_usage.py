"""Shapes are frozen attrs classes to mypy too: attrs' own functions type-check against them."""

from __future__ import annotations

import attrs

from smtyped.enums import TargetDevice
from smtyped.shapes import OutputConfig


def retarget(cfg: OutputConfig, device: TargetDevice) -> OutputConfig:
    moved = attrs.evolve(cfg, target_device=device, s3_output_location=cfg.s3_output_location + "/cv2")
    return attrs.evolve(moved, target_device="amba_cv2", extra={"NewKey": 1})


def field_names() -> list[str]:
    return [f.name for f in attrs.fields(OutputConfig)] + [attrs.fields(OutputConfig).target_device.name]
