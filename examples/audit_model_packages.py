"""Who created and last modified each model package of a group, with IAM identities.

python examples/audit_model_packages.py churn
"""

from __future__ import annotations

import sys

from smtyped import SageMakerClient
from smtyped.shapes import UserContext


def who(user: UserContext | None) -> str:
    if user is None:
        return "unknown"
    if user.iam_identity and user.iam_identity.arn:
        return f"{user.iam_identity.arn} (principal {user.iam_identity.principal_id})"
    return user.user_profile_name or user.user_profile_arn or "unknown"


def main(sm: SageMakerClient, group: str) -> list[tuple[str, str, str]]:
    rows = []
    for summary in sm.paginate_list_model_packages(model_package_group_name=group):
        arn = summary.model_package_arn
        if arn is None:  # response members are optional: services may omit them
            continue
        pkg = sm.describe_model_package(model_package_name=arn)
        rows.append((arn, who(pkg.created_by), who(pkg.last_modified_by)))
    for arn, created, modified in rows:
        print(f"{arn}\n  created by  {created}\n  modified by {modified}")
    return rows


if __name__ == "__main__":
    main(SageMakerClient(), sys.argv[1])
