"""List training jobs and wait for an endpoint with the async client (pip install 'smtyped[aio]').

python examples/async_training_jobs.py churn
"""

from __future__ import annotations

import asyncio
import sys

from smtyped.aio import AsyncSageMakerClient
from smtyped.shapes import ContainerDefinition, DescribeEndpointOutput, ProductionVariant

XGBOOST = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"


async def main(sm: AsyncSageMakerClient, name: str) -> str:
    await sm.create_model(
        model_name=name,
        execution_role_arn="arn:aws:iam::123456789012:role/sm",
        primary_container=ContainerDefinition(image=XGBOOST, model_data_url="s3://b/model.tar.gz"),
    )
    variant = ProductionVariant(
        variant_name="AllTraffic", model_name=name, instance_type="ml.m5.large", initial_instance_count=1
    )
    await sm.create_endpoint_config(endpoint_config_name=name, production_variants=[variant])
    await sm.create_endpoint(endpoint_name=name, endpoint_config_name=name)

    def progress(e: DescribeEndpointOutput) -> None:
        print(f"  {e.endpoint_name}: {e.endpoint_status}")

    endpoint = await sm.wait_until_endpoint_in_service(endpoint_name=name, delay=15, on_poll=progress)
    async for summary in sm.paginate_list_endpoints(page_size=10):
        print(f"endpoint {summary.endpoint_name} {summary.endpoint_status}")
    return str(endpoint.endpoint_status)


async def run(name: str) -> None:
    async with AsyncSageMakerClient(region_name="us-east-1") as sm:
        print(await main(sm, name))


if __name__ == "__main__":
    asyncio.run(run(sys.argv[1] if len(sys.argv) > 1 else "churn"))
