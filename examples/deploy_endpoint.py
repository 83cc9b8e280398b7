"""Deploy a trained model behind a real-time endpoint and wait until it answers.

python examples/deploy_endpoint.py churn s3://bucket/models/model.tar.gz arn:aws:iam::123456789012:role/sm
"""

from __future__ import annotations

import sys

from smtyped import SageMakerClient
from smtyped.enums import EndpointStatus
from smtyped.shapes import ContainerDefinition, ProductionVariant

XGBOOST = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"


def main(sm: SageMakerClient, name: str, model_data: str, role_arn: str) -> EndpointStatus | str | None:
    sm.create_model(
        model_name=name,
        execution_role_arn=role_arn,
        primary_container=ContainerDefinition(image=XGBOOST, model_data_url=model_data),
    )
    sm.create_endpoint_config(
        endpoint_config_name=name,
        production_variants=[
            ProductionVariant(
                variant_name="AllTraffic",
                model_name=name,
                instance_type="ml.m5.large",
                initial_instance_count=1,
            )
        ],
    )
    sm.create_endpoint(endpoint_name=name, endpoint_config_name=name)
    # a typed waiter: polls describe_endpoint until InService (or raises WaiterFailure if it fails)
    endpoint = sm.wait_until_endpoint_in_service(
        endpoint_name=name, delay=15, on_poll=lambda e: print(f"  {e.endpoint_name}: {e.endpoint_status}")
    )
    variants = [v.variant_name for v in endpoint.production_variants or []]
    print(f"{endpoint.endpoint_name}: {endpoint.endpoint_status}, variants {variants}")
    return endpoint.endpoint_status


if __name__ == "__main__":
    main(SageMakerClient(), *sys.argv[1:4])
