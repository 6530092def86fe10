"""The annotation tables of the corpus builders: `<corpus>/annotations.tsv`, read line by line
into calls of the builder's `quantity`, `date` and `org` functions.

One mention a line, tab-separated: its type (`quantity`, `date` or `org`), its surface as the
document writes it, then `key=value` fields named as in GOLD_FORMAT.md (`value`, `low`, `high`,
`unit`, `dimension`, `qualifier`, `subject`, `org`, `when`, `granularity`, `canonical`) and the
two locators: `n` (which occurrence of the surface, from 0) or `ctx` (a string that occurs once
in the document and holds the surface once). A field left out is None (or the builder's default).
A `doc` line names the document of the lines below it. A last cell starting with "#" is a note;
a line starting with "#" is a comment.

Fields are text as written, except `n` (an integer) and the numbers of a quantity (`value`,
`low`, `high`): a number, or arithmetic on numbers and the builder's unit constants ("60 / BBL",
"462 * B"), computed as Python computes it, so that the gold stays the same to the last bit.
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable, Mapping

NUMBERS = frozenset({"value", "low", "high"})
"""The fields of a quantity that are numbers."""

_OPERATORS: dict[type[ast.operator], Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


def number(source: str, units: Mapping[str, float]) -> float:
    """The value of `source`: numbers and the constants of `units` joined by + - * / and
    parentheses ("200 / 3", "15975.3 * B"). An integer stays an integer ("42")."""

    def value(node: ast.expr) -> float:
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            return node.value
        if isinstance(node, ast.Name) and node.id in units:
            return units[node.id]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -value(node.operand)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            return _OPERATORS[type(node.op)](value(node.left), value(node.right))
        raise ValueError(f"not a number nor arithmetic on {sorted(units)}: {source!r}")

    return value(ast.parse(source.strip(), mode="eval").body)


def read_annotations(
    path: str, units: Mapping[str, float], kinds: Mapping[str, Callable[..., object]]
) -> int:
    """Call `kinds[type](doc, surface, **fields)` for each mention of the table at `path`, in
    order; the number of mentions. An error names the line."""
    doc, count = None, 0
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            where = f"{path}:{lineno}"
            kind, surface, *cells = line.split("\t")
            if kind == "doc":
                doc = surface
                continue
            if kind not in kinds:
                raise SystemExit(f"{where}: unknown type {kind!r} (one of doc, {', '.join(kinds)})")
            if doc is None:
                raise SystemExit(f"{where}: a mention before any doc line")
            try:
                fields = _fields(cells, kind, units)
                kinds[kind](doc, surface, **fields)
            except (AssertionError, TypeError, ValueError) as exc:
                raise SystemExit(f"{where}: {type(exc).__name__}: {exc}") from None
            count += 1
    return count


def _fields(cells: list[str], kind: str, units: Mapping[str, float]) -> dict[str, object]:
    fields: dict[str, object] = {}
    for cell in cells:
        if cell.startswith("#"):
            break  # a note
        key, sign, raw = cell.partition("=")
        if not sign or key in fields:
            raise ValueError(f"{cell!r} is not a new key=value field")
        if key == "n":
            fields[key] = int(raw)
        elif kind == "quantity" and key in NUMBERS:
            fields[key] = number(raw, units)
        else:
            fields[key] = raw
    return fields
