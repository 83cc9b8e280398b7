"""The typed SageMaker client (also importable from :mod:`smtyped`).

Type checkers read the whole class in this module's stub, so their messages name
``smtyped.client.SageMakerClient``.
"""

from __future__ import annotations

from smtyped._generated.client import SageMakerClient

__all__ = ["SageMakerClient"]
