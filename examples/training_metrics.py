"""SageMaker Metrics, typed: what a training script sends for a trial component.

``batch_put_metrics`` from a training loop, one call per few steps; runs against moto's server
in the tests.
"""

from __future__ import annotations

from datetime import datetime, timezone

from smtyped.metrics import SageMakerMetricsClient
from smtyped.metrics.shapes import RawMetricData


def report_epoch(metrics: SageMakerMetricsClient, trial_component: str, epoch: int, loss: float, acc: float) -> int:
    """Send an epoch's metrics; the number the service refused (0 when all were taken)."""
    now = datetime.now(timezone.utc)
    answer = metrics.batch_put_metrics(
        trial_component_name=trial_component,
        metric_data=[
            RawMetricData(metric_name="train:loss", timestamp=now, step=epoch, value=loss),
            RawMetricData(metric_name="train:accuracy", timestamp=now, step=epoch, value=acc),
        ],
    )
    return len(answer.errors or [])
