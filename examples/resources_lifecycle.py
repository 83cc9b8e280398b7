"""Train, deploy, invoke and clean up with typed resources (smtyped.resources).

python examples/resources_lifecycle.py xgb-demo s3://bucket/train/ s3://bucket/out/ arn:aws:iam::123456789012:role/sm

Each resource is a frozen snapshot of its Describe result that holds the client it came from:
``wait`` returns a new snapshot, failures raise ResourceFailed with the reason.
"""

from __future__ import annotations

import sys

from smtyped import SageMakerClient
from smtyped.errors import ResourceFailed
from smtyped.resources import Endpoint, EndpointConfig, Model, TrainingJob
from smtyped.runtime import SageMakerRuntimeClient
from smtyped.shapes import (
    AlgorithmSpecification,
    Channel,
    ContainerDefinition,
    DataSource,
    OutputDataConfig,
    ProductionVariant,
    ResourceConfig,
    S3DataSource,
    StoppingCondition,
)

XGBOOST = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"


def main(sm: SageMakerClient, rt: SageMakerRuntimeClient, name: str, train: str, out: str, role_arn: str) -> bytes:
    job = TrainingJob.create(
        sm,
        training_job_name=name,
        role_arn=role_arn,
        algorithm_specification=AlgorithmSpecification(training_image=XGBOOST, training_input_mode="File"),
        input_data_config=[
            Channel(
                channel_name="train",
                data_source=DataSource(s3_data_source=S3DataSource(s3_data_type="S3Prefix", s3_uri=train)),
            )
        ],
        output_data_config=OutputDataConfig(s3_output_path=out),
        resource_config=ResourceConfig(instance_type="ml.m5.xlarge", instance_count=1, volume_size_in_gb=10),
        stopping_condition=StoppingCondition(max_runtime_in_seconds=3600),
        hyper_parameters={"objective": "binary:logistic", "num_round": "50"},
    )
    try:
        job = job.wait(logs=True, poll=10)  # the training log as it comes; the final snapshot
    except ResourceFailed as failed:
        print(f"{name} {failed.status}: {failed.reason}")
        raise
    print(f"{job.training_job_name}: {job.training_job_status}, {job.model_artifacts.s3_model_artifacts}")

    model = Model.create(
        sm,
        model_name=name,
        execution_role_arn=role_arn,
        primary_container=ContainerDefinition(image=XGBOOST, model_data_url=job.model_artifacts.s3_model_artifacts),
    )
    config = EndpointConfig.create(
        sm,
        endpoint_config_name=name,
        production_variants=[
            ProductionVariant(
                variant_name="AllTraffic", model_name=name, instance_type="ml.m5.large", initial_instance_count=1
            )
        ],
    )
    endpoint = Endpoint.create(sm, endpoint_name=name, endpoint_config_name=name).wait(
        poll=15, on_poll=lambda e: print(f"  {e.endpoint_name}: {e.endpoint_status}")
    )
    print(f"{endpoint.endpoint_name}: {endpoint.endpoint_status}")

    answer = rt.invoke_endpoint(endpoint_name=name, body=b"0.5,1.2,3.4", content_type="text/csv").body.read()
    print(f"prediction: {answer!r}")

    for gone in (endpoint, config, model):
        gone.delete()
    return answer


if __name__ == "__main__":
    main(SageMakerClient(), SageMakerRuntimeClient(), *sys.argv[1:5])
