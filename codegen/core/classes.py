"""The IR as the emitter names its classes: :func:`codegen.core.names.class_name` applied to every
shape and every reference to one, once, before anything is rendered.

The parsed IR keeps AWS's names (``python -m codegen ir`` shows them, and the history and drift
compare them with botocore's); only what is generated from it sees ``Mapping_``.
"""

from __future__ import annotations

import attrs

from codegen.core.ir import ListOf, MapOf, Operation, Ref, Service, Shape, StringShape, Structure
from codegen.core.names import class_name


def with_class_names(svc: Service) -> Service:
    """``svc`` with each shape renamed by :func:`class_name` (itself when none needs it)."""
    if not any(class_name(name) != name for name in svc.shapes):
        return svc
    shapes = {class_name(name): _renamed(shape) for name, shape in svc.shapes.items()}
    operations = {name: _operation(op) for name, op in svc.operations.items()}
    return attrs.evolve(svc, shapes=shapes, operations=operations)


def _operation(op: Operation) -> Operation:
    return attrs.evolve(op, input=_renamed(op.input), output=_renamed(op.output))


def _renamed(shape: Shape) -> Shape:
    if isinstance(shape, Ref):
        return Ref(class_name(shape.name)) if class_name(shape.name) != shape.name else shape
    if isinstance(shape, ListOf):
        return attrs.evolve(shape, member=_renamed(shape.member))
    if isinstance(shape, MapOf):
        return attrs.evolve(shape, key=_renamed(shape.key), value=_renamed(shape.value))
    if isinstance(shape, Structure):
        members = {k: attrs.evolve(m, shape=_renamed(m.shape)) for k, m in shape.members.items()}
        name = class_name(shape.name) if shape.name else None
        return attrs.evolve(shape, members=members, name=name)
    if isinstance(shape, StringShape) and shape.name:
        return attrs.evolve(shape, name=class_name(shape.name))
    return shape
