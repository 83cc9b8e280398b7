"""Fixtures: fake credentials, a moto server on 127.0.0.1, stubbed clients. No network."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import settings

# CI runs the same examples every time (a failure there is reproducible); locally they vary.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

FAKE_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_CONFIG_FILE": os.devnull,
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    "AWS_EC2_METADATA_DISABLED": "true",
}


@pytest.fixture(autouse=True, scope="session")
def fake_aws_env() -> Iterator[None]:
    """Credentials come from here, never from the machine."""
    saved = {
        k: os.environ.get(k)
        for k in [
            *FAKE_ENV,
            "AWS_PROFILE",
            "AWS_ENDPOINT_URL",
            "AWS_ENDPOINT_URL_SAGEMAKER",
            "AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME",
        ]
    }
    for k in ("AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_SAGEMAKER", "AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME"):
        os.environ.pop(k, None)
    os.environ.update(FAKE_ENV)
    yield
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def moto_endpoint(fake_aws_env: None) -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def sm(moto_endpoint: str) -> Any:
    """A SageMakerClient on a fresh moto backend."""
    import requests

    from smtyped import SageMakerClient

    requests.post(f"{moto_endpoint}/moto-api/reset", timeout=10)
    return SageMakerClient(region_name="us-east-1", endpoint_url=moto_endpoint)


@pytest.fixture
def stubbed() -> Iterator[tuple[Any, Any]]:
    """(SageMakerClient, botocore Stubber) on a client that never leaves the process."""
    import botocore.session
    from botocore.stub import Stubber

    from smtyped import SageMakerClient

    client = botocore.session.get_session().create_client("sagemaker", region_name="us-east-1")
    with Stubber(client) as stubber:
        yield SageMakerClient(client=client), stubber
