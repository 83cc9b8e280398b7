"""Feature Store runtime, typed: write a record, read it back, read several at once.

What training and inference code does with ``sagemaker-featurestore-runtime``: ``put_record``
when a feature is computed, ``get_record`` at inference time, ``batch_get_record`` to build a
batch. Run against the typed test double in the tests (moto has no Feature Store runtime).
"""

from __future__ import annotations

from datetime import datetime, timezone

from smtyped.featurestore_runtime import SageMakerFeatureStoreRuntimeClient
from smtyped.featurestore_runtime.shapes import BatchGetRecordIdentifier, FeatureValue


def put_customer(fs: SageMakerFeatureStoreRuntimeClient, group: str, customer_id: str, spend: float) -> None:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    fs.put_record(
        feature_group_name=group,
        record=[
            FeatureValue(feature_name="customer_id", value_as_string=customer_id),
            FeatureValue(feature_name="spend_30d", value_as_string=str(spend)),
            FeatureValue(feature_name="event_time", value_as_string=now),
        ],
        target_stores=["OnlineStore"],
    )


def spend_of(fs: SageMakerFeatureStoreRuntimeClient, group: str, customer_id: str) -> float | None:
    """The customer's 30-day spend, or None when the online store has no record."""
    found = fs.get_record(feature_group_name=group, record_identifier_value_as_string=customer_id)
    for value in found.record or []:  # an empty answer has no record at all
        if value.feature_name == "spend_30d" and value.value_as_string is not None:
            return float(value.value_as_string)
    return None


def spends(fs: SageMakerFeatureStoreRuntimeClient, group: str, customer_ids: list[str]) -> dict[str, float]:
    """30-day spend of each customer found, in one call."""
    answer = fs.batch_get_record(
        identifiers=[
            BatchGetRecordIdentifier(
                feature_group_name=group, record_identifiers_value_as_string=customer_ids, feature_names=["spend_30d"]
            )
        ]
    )
    out = {}
    for detail in answer.records:  # always present in the response
        for value in detail.record:
            if value.value_as_string is not None:
                out[detail.record_identifier_value_as_string] = float(value.value_as_string)
    return out
