"""The resources of :mod:`smtyped.resources` for the async client (``pip install 'smtyped[aio]'``).

::

    from smtyped.aio import AsyncSageMakerClient
    from smtyped.resources.aio import TrainingJob

    async with AsyncSageMakerClient(region_name="us-east-1") as sm:
        job = await TrainingJob.get(sm, "xgb-1")
        job = await job.wait()
        async for other in TrainingJob.list(sm, status_equals="Failed"):
            print(other.failure_reason)

The same classes, fields and arguments; every call is awaited and ``list`` is an async
iterator. Importing this module loads no resource (and not aiobotocore) until one is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smtyped._generated.aio_resources import __all__ as __all__
from smtyped._generated.aio_resources import __dir__ as __dir__

if TYPE_CHECKING:
    from smtyped._generated.aio_resources import *  # noqa: F403
else:
    from smtyped._generated.aio_resources import __getattr__ as __getattr__
