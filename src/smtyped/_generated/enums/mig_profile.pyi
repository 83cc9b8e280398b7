# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class MIGProfileType(OpenEnum):
    MIG_1G_5GB = "mig-1g.5gb"
    MIG_1G_10GB = "mig-1g.10gb"
    MIG_1G_18GB = "mig-1g.18gb"
    MIG_1G_20GB = "mig-1g.20gb"
    MIG_1G_23GB = "mig-1g.23gb"
    MIG_1G_35GB = "mig-1g.35gb"
    MIG_1G_45GB = "mig-1g.45gb"
    MIG_1G_47GB = "mig-1g.47gb"
    MIG_2G_10GB = "mig-2g.10gb"
    MIG_2G_20GB = "mig-2g.20gb"
    MIG_2G_35GB = "mig-2g.35gb"
    MIG_2G_45GB = "mig-2g.45gb"
    MIG_2G_47GB = "mig-2g.47gb"
    MIG_3G_20GB = "mig-3g.20gb"
    MIG_3G_40GB = "mig-3g.40gb"
    MIG_3G_71GB = "mig-3g.71gb"
    MIG_3G_90GB = "mig-3g.90gb"
    MIG_3G_93GB = "mig-3g.93gb"
    MIG_4G_20GB = "mig-4g.20gb"
    MIG_4G_40GB = "mig-4g.40gb"
    MIG_4G_71GB = "mig-4g.71gb"
    MIG_4G_90GB = "mig-4g.90gb"
    MIG_4G_93GB = "mig-4g.93gb"
    MIG_7G_40GB = "mig-7g.40gb"
    MIG_7G_80GB = "mig-7g.80gb"
    MIG_7G_141GB = "mig-7g.141gb"
    MIG_7G_180GB = "mig-7g.180gb"
    MIG_7G_186GB = "mig-7g.186gb"

MIGProfileTypeLiteral = Literal[
    "mig-1g.5gb",
    "mig-1g.10gb",
    "mig-1g.18gb",
    "mig-1g.20gb",
    "mig-1g.23gb",
    "mig-1g.35gb",
    "mig-1g.45gb",
    "mig-1g.47gb",
    "mig-2g.10gb",
    "mig-2g.20gb",
    "mig-2g.35gb",
    "mig-2g.45gb",
    "mig-2g.47gb",
    "mig-3g.20gb",
    "mig-3g.40gb",
    "mig-3g.71gb",
    "mig-3g.90gb",
    "mig-3g.93gb",
    "mig-4g.20gb",
    "mig-4g.40gb",
    "mig-4g.71gb",
    "mig-4g.90gb",
    "mig-4g.93gb",
    "mig-7g.40gb",
    "mig-7g.80gb",
    "mig-7g.141gb",
    "mig-7g.180gb",
    "mig-7g.186gb",
]

def as_MIGProfileType(value: MIGProfileType | MIGProfileTypeLiteral) -> MIGProfileType: ...
def as_MIGProfileType_opt(value: MIGProfileType | MIGProfileTypeLiteral | None) -> MIGProfileType | None: ...
