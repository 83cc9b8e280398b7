"""Ported from boto3: a training job launched from a configuration file.

Source: jyu29/CN_demand_forecast_modelling, _sagemaker_/sagemaker.py (a boto3
``create_training_job`` built from a config object). Here the config file holds the whole
request in botocore's shape, read once by ``CreateTrainingJobRequest.from_dict``: a wrong
value fails there, naming its path, before anything is sent. See docs/coming-from-boto3.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from smtyped import SageMakerClient
from smtyped.shapes import CreateTrainingJobRequest


def load_request(path: Path, job_name: str) -> CreateTrainingJobRequest:
    """The request in ``path`` (JSON; a YAML loader's output works the same), with its name."""
    config = json.loads(path.read_text(encoding="utf-8"))
    return CreateTrainingJobRequest.from_dict({**config, "TrainingJobName": job_name})


def create_training_job(sm: SageMakerClient, path: Path, job_name: str) -> str:
    request = load_request(path, job_name)
    return sm.create_training_job(request).training_job_arn


if __name__ == "__main__":
    print(create_training_job(SageMakerClient(), Path(sys.argv[1]), sys.argv[2]))
