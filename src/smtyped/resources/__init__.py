"""SageMaker resources: typed, frozen snapshots with the operations that act on them.

::

    from smtyped import SageMakerClient
    from smtyped.resources import TrainingJob

    sm = SageMakerClient(region_name="us-east-1")
    job = TrainingJob.create(sm, training_job_name="xgb-1", ...)
    job = job.wait(logs=True)  # a new snapshot: Completed, or ResourceFailed with the reason
    print(job.model_artifacts.s3_model_artifacts)

A resource is every noun with a ``Describe`` operation (``TrainingJob``, ``Endpoint``,
``ModelPackage``, ...); its fields are that operation's result, its methods the operations
that exist for it (``create``, ``get``, ``list``, ``refresh``, ``update``, ``delete``,
``stop``, ``start``, ``wait``, ``wait_for_status``), all typed. Each holds the client it came
from; the async client's are in :mod:`smtyped.resources.aio`. Importing this module loads no
resource until one is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from smtyped._generated.resources import __all__ as _generated_names
from smtyped._generated.resources import __dir__ as _generated_dir

if TYPE_CHECKING:
    from smtyped._generated.resources import *  # noqa: F403
    from smtyped._resource import LogEvent as LogEvent

    def _resource(name: str) -> Any: ...

else:
    from smtyped._generated.resources import __getattr__ as _resource

__all__ = ["LogEvent", *_generated_names]


def _lazy_attribute(name: str) -> Any:
    if name == "LogEvent":  # loads botocore's errors: only when asked for
        from smtyped._resource import LogEvent

        return LogEvent
    value = _resource(name)
    globals()[name] = value
    return value


if not TYPE_CHECKING:
    __getattr__ = _lazy_attribute


def __dir__() -> list[str]:
    return ["LogEvent", *_generated_dir()]
