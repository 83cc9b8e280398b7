"""The hand-written half of the client: construction, calls, pages, errors."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

from smtyped.errors import ClientError, from_client_error

__all__ = ["BaseClient"]

SERVICE = "sagemaker"


class BaseClient:
    """Wraps a botocore SageMaker client; signing, retries, endpoints and validation stay botocore's."""

    def __init__(
        self,
        *,
        client: Any = None,
        session: Any = None,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        config: Any = None,
    ) -> None:
        """Wrap ``client``, or make one from ``session`` (boto3 or botocore; default: a new botocore session).

        ``region_name``, ``endpoint_url`` and ``config`` (a ``botocore.config.Config``) are
        passed to botocore untouched.
        """
        if client is not None:
            if any(x is not None for x in (session, region_name, endpoint_url, config)):
                raise TypeError("pass either client= or session=/region_name=/endpoint_url=/config=, not both")
        else:
            if session is None:
                # imported by name: mypy follows import statements even inside functions
                session = importlib.import_module("botocore.session").get_session()
            kwargs = {"region_name": region_name, "endpoint_url": endpoint_url, "config": config}
            if hasattr(session, "create_client"):  # botocore.session.Session
                client = session.create_client(SERVICE, **kwargs)
            elif hasattr(session, "client"):  # boto3.session.Session
                client = session.client(SERVICE, **kwargs)
            else:
                raise TypeError(f"session= must be a boto3 or botocore session, not {type(session).__name__}")
        name = getattr(getattr(getattr(client, "meta", None), "service_model", None), "service_name", SERVICE)
        if name != SERVICE:
            raise TypeError(f"client= must be a SageMaker client, not {name!r}")
        #: the wrapped botocore client, for anything smtyped does not wrap
        self.client = client

    def _call(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        try:
            result: dict[str, Any] = getattr(self.client, method)(**params)
        except ClientError as err:
            raise from_client_error(err) from err
        return result

    def _pages(self, method: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Pages of a NextToken operation, fetched lazily (botocore's paginator where it has one)."""
        try:
            if self.client.can_paginate(method):
                yield from self.client.get_paginator(method).paginate(**params)
                return
            params = dict(params)
            while True:
                page: dict[str, Any] = getattr(self.client, method)(**params)
                yield page
                token = page.get("NextToken")
                if not token:
                    return
                params["NextToken"] = token
        except ClientError as err:
            raise from_client_error(err) from err

    def __repr__(self) -> str:
        region = getattr(getattr(self.client, "meta", None), "region_name", None)
        return f"{type(self).__name__}(region_name={region!r})"
