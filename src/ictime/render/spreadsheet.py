"""CSV that a spreadsheet opens as data: no cell it writes can become a formula.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some, with a tab or
a carriage return) as a formula: a calendar title like `=HYPERLINK("http://…")` would run
when the file is opened. Such a cell gets a leading `'` (OWASP's rule for CSV injection).
A plain number (`-0.05`, a negative drift) stays as it is: it is read as a number.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")


def safe_cell(value: object) -> object:
    """A cell's value, with a `'` in front when a spreadsheet would run it as a formula.

    Args:
        value: what the cell holds (text, a number, a boolean, None).

    Returns:
        The value, or its text with a leading `'`.
    """
    if value is None or isinstance(value, bool | int | float):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return f"'{text}"
    return text


def csv_document(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A CSV document with a header row, every cell safe to open in a spreadsheet.

    Args:
        header: the column names.
        rows: the rows, each in header order.

    Returns:
        The CSV text, lines ending in `\\n`.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([safe_cell(name) for name in header])
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return out.getvalue()
