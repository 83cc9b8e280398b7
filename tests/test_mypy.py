"""What mypy --strict says about user code: the good scripts pass, each mistake is an error."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.core.targets import PUBLIC_STUBS
from tests.helpers import ROOT

HEADER = "from smtyped import SageMakerClient\nfrom smtyped.enums import TargetDevice\nfrom smtyped.shapes import OutputConfig, InputConfig\nsm = SageMakerClient(region_name='us-east-1')\n"

RUNTIME = "from smtyped.runtime import SageMakerRuntimeClient\nrt = SageMakerRuntimeClient(region_name='us-east-1')\n"

#: snippet -> a pattern mypy's message must match (one error each)
NEGATIVE = {
    "misspelt_attribute": (
        "job = sm.describe_compilation_job(compilation_job_name='x')\nprint(job.compilation_job_stauts)\n",
        r'"DescribeCompilationJobResponse" has no attribute "compilation_job_stauts"',
    ),
    # the client loads its methods through __getattr__ hooks, which mypy must not see either
    "misspelt_method": (
        "sm.describe_model_pakage(model_package_name='x')\n",
        r'"SageMakerClient" has no attribute "describe_model_pakage"',
    ),
    "misspelt_method_on_the_class": (
        "SageMakerClient.describe_model_pakage\n",
        r'"type\[SageMakerClient\]" has no attribute "describe_model_pakage"',
    ),
    "unknown_enum_member": ("print(TargetDevice.AMBA_CV9)\n", r'"type\[TargetDevice\]" has no attribute "AMBA_CV9"'),
    "missing_required_argument": (
        "sm.describe_compilation_job()\n",
        # two forms (a request, or keywords): mypy says neither fits and lists both
        r'All overload variants of "describe_compilation_job" of "SageMakerClient" require at least one argument',
    ),
    "missing_required_constructor_argument": (
        "OutputConfig(target_device='amba_cv2')\n",
        r'Missing named argument "s3_output_location"',
    ),
    "misspelt_enum_literal": (
        "OutputConfig(s3_output_location='s3://b', target_device='amba-cv2')\n",
        r'Argument "target_device" to "OutputConfig" has incompatible type "Literal\[\'amba-cv2\'\]"',
    ),
    "wrong_scalar_type": (
        "from smtyped.shapes import StoppingCondition\nStoppingCondition(max_runtime_in_seconds='900')\n",
        r'Argument "max_runtime_in_seconds" to "StoppingCondition" has incompatible type "str"; expected "int \| None"',
    ),
    # the packages load lazily through a module __getattr__, which mypy must not see:
    # it would type a misspelt import as Any instead of reporting it
    "misspelt_shape_import": (
        "from smtyped.shapes import InputConfg\n",
        r'Module "smtyped.shapes" has no attribute "InputConfg"; maybe "InputConfig"\?',
    ),
    "misspelt_enum_import": (
        "from smtyped.enums import TargetDevise\n",
        r'Module "smtyped.enums" has no attribute "TargetDevise"; maybe "TargetDevice"\?',
    ),
    "misspelt_client_import": (
        "from smtyped import SageMakerClinet\n",
        r'Module "smtyped" has no attribute "SageMakerClinet"; maybe "SageMakerClient"\?',
    ),
    "replace_with_misspelt_enum_literal": (
        "OutputConfig(s3_output_location='s3://b').replace(target_device='amba-cv2')\n",
        r'Argument "target_device" to "replace" of "OutputConfig" has incompatible type "Literal\[\'amba-cv2\'\]"',
    ),
    "replace_with_misspelt_field": (
        "OutputConfig(s3_output_location='s3://b').replace(s3_output_locaton='s3://c')\n",
        r'Unexpected keyword argument "s3_output_locaton" for "replace" of "OutputConfig"',
    ),
    # mypy's notes name the module users import from, never a private one
    "note_names_the_public_module": (
        "OutputConfig(s3_output_locaton='s3://b')\n",
        r'note: "OutputConfig" defined in "smtyped\.shapes"\n',
    ),
    "revealed_type_names_the_public_module": (
        "reveal_type(OutputConfig(s3_output_location='s3://b')).s3_output_locaton\n",
        r'Revealed type is "smtyped\.shapes\.OutputConfig"',
    ),
    "override_note_names_the_public_module": (
        "class Mine(SageMakerClient):\n    def describe_compilation_job(self, name: str) -> None: ...\n",
        r'incompatible with supertype "smtyped\.client\.SageMakerClient"',
    ),
    "async_override_note_names_the_public_module": (
        "from smtyped.aio import AsyncSageMakerClient\n"
        "class AsyncMine(AsyncSageMakerClient):\n"
        "    async def describe_compilation_job(self, name: str) -> None: ...\n",
        r'incompatible with supertype "smtyped\.aio\.AsyncSageMakerClient"',
    ),
    "revealed_client_type_names_the_public_module": (
        "reveal_type(sm).describ_compilation_job\n",
        r'Revealed type is "smtyped\.client\.SageMakerClient"',
    ),
    "resource_note_names_the_public_module": (
        "from smtyped.resources import Endpoint\nEndpoint.create(sm, endpont_name='x', endpoint_config_name='y')\n",
        r'note: "create" defined in "smtyped\.resources"\n',
    ),
    "revealed_resource_type_names_the_public_module": (
        "from smtyped.resources import Endpoint\nreveal_type(Endpoint.get(sm, 'x')).endpont_name\n",
        r'Revealed type is "smtyped\.resources\.Endpoint"',
    ),
    "assignment_to_frozen_attribute": (
        "cfg = OutputConfig(s3_output_location='s3://b')\ncfg.target_device = TargetDevice.AMBA_CV2\n",
        r'Cannot assign to final attribute "target_device"',
    ),
    "misspelt_error_attribute": (
        "from smtyped.errors import ResourceNotFound\n"
        "try:\n    sm.describe_compilation_job(compilation_job_name='x')\n"
        "except ResourceNotFound as err:\n    print(err.respnse)\n",
        r'"ResourceNotFound" has no attribute "respnse"',
    ),
    "positional_argument": (
        "sm.describe_compilation_job('x')\n",
        r'No overload variant of "describe_compilation_job" of "SageMakerClient" matches argument type "str"',
    ),
    "request_of_another_operation": (
        "from smtyped.shapes import DescribeEndpointInput\n"
        "sm.describe_compilation_job(DescribeEndpointInput(endpoint_name='e'))\n",
        r'No overload variant of "describe_compilation_job" of "SageMakerClient" matches argument type '
        r'"DescribeEndpointInput"',
    ),
    "whole_request_with_keywords": (
        "from smtyped.shapes import DescribeCompilationJobRequest\n"
        "sm.describe_compilation_job(DescribeCompilationJobRequest(compilation_job_name='j'), compilation_job_name='j')\n",
        r'No overload variant of "describe_compilation_job" of "SageMakerClient" matches argument types',
    ),
    "misspelt_waiter": (
        "sm.wait_until_training_job_complete(training_job_name='x')\n",
        r'"SageMakerClient" has no attribute "wait_until_training_job_complete"',
    ),
    "wrong_waiter_keyword": (
        "sm.wait_until_endpoint_in_service(endpoint='x')\n",
        r'Unexpected keyword argument "endpoint" for "wait_until_endpoint_in_service"',
    ),
    "on_poll_of_the_wrong_type": (
        "from smtyped.shapes import DescribeTrainingJobResponse\n"
        "def show(job: DescribeTrainingJobResponse) -> None: ...\n"
        "sm.wait_until_endpoint_in_service(endpoint_name='x', on_poll=show)\n",
        r'Argument "on_poll" to "wait_until_endpoint_in_service" of "SageMakerClient" has incompatible type',
    ),
    "wrong_response_for_the_test_double": (
        "from smtyped.testing import stub\nfrom smtyped.shapes import DescribeEndpointOutput\n"
        "with stub(sm) as s:\n    s.describe_model_package(model_package_name='x').returns(DescribeEndpointOutput())\n",
        r'Argument 1 to "returns" of "Expectation" has incompatible type "DescribeEndpointOutput"; '
        r'expected "DescribeModelPackageOutput"',
    ),
    "half_built_response_for_the_test_double": (
        "from smtyped.testing import stub\nfrom smtyped.shapes import DescribeTrainingJobResponse\n"
        "with stub(sm) as s:\n"
        "    s.describe_training_job(training_job_name='x').returns(DescribeTrainingJobResponse(training_job_name='x'))\n",
        r'Missing named arguments? "training_job_arn"',
    ),
    "optional_response_member_read_without_a_check": (
        "job = sm.describe_training_job(training_job_name='x')\nprint(job.failure_reason.upper())\n",
        r'Item "None" of "str \| None" has no attribute "upper"',
    ),
    "misspelt_operation_in_the_test_double": (
        "from smtyped.testing import stub\nwith stub(sm) as s:\n    s.describe_model_packge(model_package_name='x')\n",
        r'"StubSession" has no attribute "describe_model_packge"',
    ),
    "awaiting_a_sync_method": (
        "async def run() -> None:\n    await sm.describe_compilation_job(compilation_job_name='x')\n",
        r'Incompatible types in "await" \(actual type "DescribeCompilationJobResponse"',
    ),
    "async_method_not_awaited": (
        "from smtyped.aio import AsyncSageMakerClient\n"
        "async def run(aio: AsyncSageMakerClient) -> None:\n"
        "    job = aio.describe_compilation_job(compilation_job_name='x')\n"
        "    print(job.compilation_job_name)\n",
        r'"Coroutine\[Any, Any, DescribeCompilationJobResponse\]" has no attribute "compilation_job_name"',
    ),
    "config_as_a_dict": (
        "SageMakerClient(region_name='us-east-1', config={'retries': 3})\n",
        r'Argument "config" to "SageMakerClient" has incompatible type "dict\[str, int\]"',
    ),
    "misspelt_paginator_option": (
        "sm.paginate_list_training_jobs(max_item=3)\n",
        r'Unexpected keyword argument "max_item" for "paginate_list_training_jobs"',
    ),
    "page_item_is_not_a_page": (
        "for page in sm.paginate_list_training_jobs().pages():\n    print(page.training_job_name)\n",
        r'"ListTrainingJobsResponse" has no attribute "training_job_name"',
    ),
    # the runtime client: typed events and bodies
    "misspelt_event_member": (
        RUNTIME
        + "with rt.invoke_endpoint_with_response_stream(endpoint_name='llm', body='hi') as out:\n"
        + "    for event in out.body:\n        print(event.payload_prt)\n",
        r'"ResponseStream" has no attribute "payload_prt"',
    ),
    "body_read_as_str": (
        RUNTIME + "text: str = rt.invoke_endpoint(endpoint_name='churn', body=b'{}').body.read()\n",
        r'Incompatible types in assignment \(expression has type "bytes", variable has type "str"\)',
    ),
    "body_used_as_str": (
        RUNTIME + "print(rt.invoke_endpoint(endpoint_name='churn', body=b'{}').body.upper())\n",
        r'"StreamingBody" has no attribute "upper"',
    ),
    "request_body_of_the_wrong_type": (
        RUNTIME + "rt.invoke_endpoint(endpoint_name='churn', body=[1, 2])\n",
        r'No overload variant of "invoke_endpoint" of "SageMakerRuntimeClient" matches argument types "str", "list\[int\]"',
    ),
    "control_plane_shape_from_the_runtime": (
        "from smtyped.runtime.shapes import OutputConfig\n",
        r'Module "smtyped.runtime.shapes" has no attribute "OutputConfig"',
    ),
    # resources (smtyped.resources)
    "resource_misspelt_keyword": (
        "from smtyped.resources import TrainingJob\nTrainingJob.create(sm, training_job_nam='x')\n",
        r'Unexpected keyword argument "training_job_nam" for "create" of "TrainingJob"',
    ),
    "resource_waits_for_a_status_it_does_not_have": (
        "from smtyped.resources import TrainingJob\nTrainingJob.get(sm, 'x').wait_for_status('InService')\n",
        r'Argument 1 to "wait_for_status" of "TrainingJob" has incompatible type "Literal\[\'InService\'\]"',
    ),
    "resource_without_a_status_has_no_wait": (
        "from smtyped.resources import Model\nModel.get(sm, 'm').wait()\n",
        r'"Model" has no attribute "wait"',
    ),
    "resource_verb_the_api_lacks": (
        "from smtyped.resources import Endpoint\nEndpoint.get(sm, 'e').stop()\n",
        r'"Endpoint" has no attribute "stop"',
    ),
    "resource_of_the_async_client_from_the_sync_one": (
        "from smtyped.resources.aio import TrainingJob\nasync def run() -> None:\n    await TrainingJob.get(sm, 'x')\n",
        r'Argument 1 to "get" of "TrainingJob" has incompatible type "SageMakerClient"; expected "AsyncSageMakerClient"',
    ),
    "async_resource_not_awaited": (
        "from smtyped.aio import AsyncSageMakerClient\nfrom smtyped.resources.aio import TrainingJob\n"
        "async def run(aio: AsyncSageMakerClient) -> None:\n    job = TrainingJob.get(aio, 'x')\n    job.refresh()\n",
        r'"Coroutine\[Any, Any, TrainingJob\]" has no attribute "refresh"',
    ),
    "resource_snapshot_is_frozen": (
        "from smtyped.resources import TrainingJob\njob = TrainingJob.get(sm, 'x')\njob.role_arn = 'r'\n",
        r'Cannot assign to final attribute "role_arn"',
    ),
    "extra_is_a_mapping": (
        "sm.describe_training_job(training_job_name='a', extra=['NewMember'])\n",
        r'No overload variant of "describe_training_job" of "SageMakerClient" matches argument types "str", "list\[str\]"',
    ),
}


def readme_tour() -> str:
    """The README's tour: users copy it, so it must type-check as it stands."""
    match = re.search(r"## A \d+-line tour\n\n```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    assert match, "README has no tour block"
    return match.group(1)


def _mypy(files: list[Path], cache: Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "--no-error-summary", *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("snippets")
    files = []
    for name, (code, _) in NEGATIVE.items():
        f = folder / f"{name}.py"
        f.write_text(HEADER + code)
        files.append(f)
    tour = folder / "readme_tour.py"
    tour.write_text(readme_tour())  # defines every name it uses
    good = [tour, *sorted((ROOT / "tests" / "typing").glob("*.py")), *sorted((ROOT / "examples").glob("*.py"))]
    out = _mypy(files + good, folder / ".cache")
    by_file: dict[str, str] = {}
    for line in out.splitlines():
        key = Path(line.split(":", 1)[0]).stem
        by_file[key] = by_file.get(key, "") + line + "\n"
    return by_file


def test_good_scripts_type_check(mypy_output: dict[str, str]) -> None:
    for name in [
        "readme_tour",
        *[p.stem for folder in ("tests/typing", "examples") for p in (ROOT / folder).glob("*.py")],
    ]:
        assert name not in mypy_output, mypy_output[name]


@pytest.mark.parametrize("name", sorted(NEGATIVE))
def test_mistake_is_a_mypy_error(name: str, mypy_output: dict[str, str]) -> None:
    out = mypy_output.get(name, "")
    assert "error:" in out, f"mypy accepted {name}"
    assert re.search(NEGATIVE[name][1], out), out


def test_generated_modules_type_check_without_their_stubs(tmp_path: Path) -> None:
    """Users' mypy reads the .pyi stubs; the generated .py bodies are checked here, against
    the public stubs of the shapes, enums and clients (the shape modules are declarations whose annotations name
    classes of other modules without importing them: tests/test_descriptions.py evaluates
    every one at run time)."""
    copy = tmp_path / "smtyped"

    package = ROOT / "src" / "smtyped"

    def public_stub(path: Path) -> bool:
        # the package's or a service's stub of its shapes, enums, client or resources
        rel = path.relative_to(package)
        return "_generated" not in rel.parts and any(rel.as_posix().endswith(p) for p in PUBLIC_STUBS)

    def stubs_left_out(folder: str, names: list[str]) -> set[str]:
        # kept: the public stubs, and the facades' that name the shapes and enums
        facade = Path(folder).name in ("shapes", "enums")
        return {
            n
            for n in names
            if n == "__pycache__" or (n.endswith(".pyi") and not facade and not public_stub(Path(folder) / n))
        }

    shutil.copytree(ROOT / "src" / "smtyped", copy, ignore=stubs_left_out)
    config = tmp_path / "mypy.ini"
    # the modules of shapes are declarations whose annotations name classes they do not import
    # (no module of them imports another): type checkers read the shapes' stubs instead
    config.write_text(
        "[mypy]\nstrict = True\nexclude = /_generated/shapes/(?!__init__)\n\n"
        "[mypy-botocore.*,boto3.*,moto.*]\nignore_missing_imports = True\n"
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / ".cache"),
            "-p",
            "smtyped",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "MYPYPATH": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "Success" in proc.stdout
