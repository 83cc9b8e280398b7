"""The async SageMaker client, over aiobotocore (``pip install 'smtyped[aio]'``).

::

    from smtyped.aio import AsyncSageMakerClient

    async with AsyncSageMakerClient(region_name="us-east-1") as sm:
        job = await sm.describe_training_job(training_job_name="xgb-1")
        async for summary in sm.paginate_list_training_jobs():
            print(summary.training_job_name)

Every operation is an ``async def`` with the same typed arguments and results as
:class:`smtyped.SageMakerClient`; paginators are async iterators, waiters are awaited, errors
are the same typed classes. ``import smtyped`` does not load this module or aiobotocore.
"""

from __future__ import annotations

from smtyped._aio import AsyncPages
from smtyped._generated.aio_client import AsyncSageMakerClient

__all__ = ["AsyncPages", "AsyncSageMakerClient"]
