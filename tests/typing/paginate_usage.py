"""Steering a paginator and reading whole pages type-checks (summary names are always there, so
they are ``str``); ``sm.client`` is botocore's client."""

from __future__ import annotations

from smtyped import SageMakerClient


def newest_names(sm: SageMakerClient, resume: str | None) -> tuple[list[str], str | None]:
    names = [s.training_job_name for s in sm.paginate_list_training_jobs(page_size=10, max_items=25)]
    token = None
    for page in sm.paginate_list_training_jobs(starting_token=resume).pages():
        names += [s.training_job_name for s in page.training_job_summaries or []]
        token = page.next_token
    return names, token


def raw_call(sm: SageMakerClient) -> bool:
    return sm.client.can_paginate("list_training_jobs")
