"""Shapes are frozen: ``replace`` makes a changed copy (keywords checked like the constructor's),
and ``attrs.fields`` lists the API fields."""

from __future__ import annotations

import attrs

from smtyped.enums import TargetDevice
from smtyped.shapes import OutputConfig


def retarget(cfg: OutputConfig, device: TargetDevice) -> OutputConfig:
    moved = cfg.replace(target_device=device, s3_output_location=cfg.s3_output_location + "/cv2")
    return moved.replace(target_device="amba_cv2", extra={"NewKey": 1})


def field_names() -> list[str]:
    return [f.name for f in attrs.fields(OutputConfig)]
