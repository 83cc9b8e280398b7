"""The history tables' view: when each attribute, enum value and operation appeared."""

from __future__ import annotations

from typing import Any

from codegen.core.ir import Service, StringShape, Structure
from codegen.core.names import field_names


def history_tables(svc: Service) -> dict[str, Any]:
    """The dates of every attribute, enum value and operation, sorted, for ``_history.py``."""
    shapes, enums = [], []
    for name, shape in sorted(svc.shapes.items()):
        if isinstance(shape, Structure):
            names = field_names(shape.members)
            shapes.append((name, [(names[w], (m.since, m.removed, m.introduced)) for w, m in shape.members.items()]))
        elif isinstance(shape, StringShape) and shape.enum:
            values = [*shape.enum, *(v for v in shape.enum_removed if v not in shape.enum)]
            dates = {
                v: (shape.enum_since.get(v), shape.enum_removed.get(v), v in shape.enum_introduced) for v in values
            }
            enums.append((name, list(dates.items())))
    operations = [
        (op.method, (name, op.since, op.introduced))
        for name, op in sorted(svc.operations.items(), key=lambda kv: kv[1].method)
    ]
    oldest = svc.pages[0].date if svc.pages else ""
    return {"shapes": shapes, "enums": enums, "operations": operations, "oldest": oldest}
