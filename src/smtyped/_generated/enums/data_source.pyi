# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class DataSourceName(OpenEnum):
    SALESFORCEGENIE = "SalesforceGenie"
    SNOWFLAKE = "Snowflake"

DataSourceNameLiteral = Literal[
    "SalesforceGenie",
    "Snowflake",
]

def as_DataSourceName(value: DataSourceName | DataSourceNameLiteral) -> DataSourceName: ...
def as_DataSourceName_opt(value: DataSourceName | DataSourceNameLiteral | None) -> DataSourceName | None: ...
