"""Finding the header row of a guest list and mapping its columns to guest fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeAlias

from models.fields import BY_KEY, IGNORED_HEADERS, field_for_header, header_key
from models.importing.reading import SheetRow
from models.names import normalise_text

# A column mapped to CUSTOM is kept in the guest's custom fields under its header text.
CUSTOM = "custom"
# Column index (0-based) → a guest field key, CUSTOM, or None for a column that is not read.
ColumnMapping: TypeAlias = dict[int, str | None]

NAME = "name"


def check_mapping(mapping: Mapping[int, str | None] | None) -> None:
    """Refuse a mapping that names no field Zuoci knows (a mistake of the caller, not the file)."""
    for index, target in (mapping or {}).items():
        if index < 0:
            raise ValueError(f"column index {index} is negative")
        if target is not None and target != CUSTOM and target not in BY_KEY:
            raise ValueError(f"column {index} is mapped to {target!r}, which is no guest field")
    named = [target for target in (mapping or {}).values() if target not in (None, CUSTOM)]
    if len(named) != len(set(named)):
        raise ValueError("two columns are mapped to the same guest field")


def header_score(cells: Sequence[str]) -> int:
    """How many cells of a row name a known column (序号 columns included); 0 unless one of
    them names the guest's name, without which no row is a header."""
    fields: set[str] = set()
    ignored = 0
    for text in cells:
        if not text:
            continue
        field = field_for_header(text)
        if field is not None:
            fields.add(field.key)
        elif header_key(text) in IGNORED_HEADERS:
            ignored += 1
    return len(fields) + ignored if NAME in fields else 0


def best_header(rows: Sequence[SheetRow]) -> SheetRow | None:
    """The row with the most recognised headers (the first of equals), or None."""
    best, best_score = None, 0
    for row in rows:
        score = header_score(row.cells)
        if score > best_score:
            best, best_score = row, score
    return best


def header_texts(cells: Sequence[str], width: int = 0) -> list[str]:
    """The header row's texts, trailing empty cells dropped, but at least `width` columns."""
    texts = [normalise_text(text) for text in cells]
    while texts and not texts[-1]:
        texts.pop()
    return texts + [""] * (width - len(texts))


def auto_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Each column mapped by its header: a known field (the first column naming it), None for
    序号-like and empty headers, CUSTOM for any other header."""
    mapping: ColumnMapping = {}
    used: set[str] = set()
    for index, text in enumerate(headers):
        if not text or header_key(text) in IGNORED_HEADERS:
            mapping[index] = None
            continue
        field = field_for_header(text)
        if field is not None and field.key not in used:
            used.add(field.key)
            mapping[index] = field.key
        else:
            mapping[index] = CUSTOM
    return mapping


def resolve_mapping(headers: Sequence[str],
                    overrides: Mapping[int, str | None] | None) -> ColumnMapping:
    """The automatic mapping with the user's choices laid over it. A column the user did not
    touch that names a field the user gave to another column is kept as a custom field."""
    mapping = auto_mapping(headers)
    if not overrides:
        return mapping
    chosen = {target for target in overrides.values() if target not in (None, CUSTOM)}
    for index, target in mapping.items():
        if index not in overrides and target in chosen:
            mapping[index] = CUSTOM
    mapping.update(overrides)
    return mapping
