"""Walk a pipeline execution's steps, with how many attempts each took.

python examples/pipeline_steps.py arn:aws:sagemaker:...:pipeline/p/execution/abc
"""

from __future__ import annotations

import sys

from smtyped import SageMakerClient
from smtyped.enums import StepStatus


def main(sm: SageMakerClient, execution_arn: str) -> dict[str, int]:
    attempts: dict[str, int] = {}
    for step in sm.paginate_list_pipeline_execution_steps(pipeline_execution_arn=execution_arn):
        name = step.step_name or "?"
        attempts[name] = step.attempt_count or 0
        failed = step.step_status == StepStatus.FAILED
        print(f"{name:30} {step.step_status} attempts={attempts[name]}{'  <- failed' if failed else ''}")
    return attempts


if __name__ == "__main__":
    main(SageMakerClient(), sys.argv[1])
