"""Paginators and their limits come from botocore's paginator model, for every paginator SageMaker has."""

from __future__ import annotations

import json
from typing import Any

import botocore.session
import pytest
from botocore import xform_name

from smtyped import SageMakerClient
from smtyped.aio import AsyncSageMakerClient
from smtyped.shapes import ListHubsResponse
from smtyped.testing import stub
from tests.helpers import ROOT

#: botocore 1.44.18's paginator model of SageMaker (the newest page's release), as test data
MODEL = ROOT / "tests" / "data" / "models-1.44.18" / "sagemaker" / "paginators-1.json"


def _model() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(MODEL.read_text(encoding="utf-8"))["pagination"]
    return data


def test_every_paginator_of_the_model_is_a_method_with_its_tokens_and_result_key() -> None:
    model = _model()
    assert len(model) == 104
    for op, cfg in model.items():
        method = xform_name(op)
        assert hasattr(SageMakerClient, f"paginate_{method}"), op
        tokens = SageMakerClient._PAGING[method]
        assert tokens == (cfg["input_token"], cfg["output_token"], cfg.get("limit_key"), cfg["result_key"]), op
        assert AsyncSageMakerClient._PAGING[method] == tokens


def test_operations_botocore_does_not_page_are_the_documented_ones() -> None:
    """Beyond the model: operations whose request and response both carry NextToken and whose
    response has one list (botocore leaves them unpaged)."""
    extra = set(SageMakerClient._PAGING) - {xform_name(op) for op in _model()}
    assert extra == {
        "describe_device",
        "describe_feature_group",
        "list_hub_content_versions",
        "list_hub_contents",
        "list_hubs",
    }


def _client() -> SageMakerClient:
    session = botocore.session.Session()
    session.set_credentials("testing", "testing")
    return SageMakerClient(client=session.create_client("sagemaker", "us-east-1", endpoint_url="http://127.0.0.1:9"))


def test_an_operation_botocore_does_not_page_follows_the_tokens_of_the_table() -> None:
    sm = _client()
    assert not sm.client.can_paginate("list_hubs")
    page = {"HubSummaries": [], "NextToken": "t2"}
    last: dict[str, Any] = {"HubSummaries": []}
    with stub(sm) as s:
        s.list_hubs(max_results=5).returns(ListHubsResponse.from_dict(page))
        s.list_hubs(max_results=5, next_token="t2").returns(ListHubsResponse.from_dict(last))
        pages = list(sm.paginate_list_hubs(page_size=5).pages())
    assert [p.next_token for p in pages] == ["t2", None]


def test_a_page_size_for_an_operation_without_a_limit_is_an_error() -> None:
    sm = _client()
    assert SageMakerClient._PAGING["describe_device"][2] is None  # its request has no MaxResults
    with pytest.raises(TypeError, match="takes no page size"):
        list(sm.paginate_describe_device(device_name="d", device_fleet_name="f", page_size=3))
