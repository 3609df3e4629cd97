"""Checking the rows of a guest list: each guest's fields read from the cells, or why not."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, get_args

from models.fields import BY_KEY
from models.importing.header import CUSTOM, NAME
from models.importing.reading import SheetRow
from models.importing.report import RowIssue
from models.importing.table import Table
from models.lang import say
from models.names import normalise_name, normalise_text
from models.tables import Guest
from models.vocab import (
    parse_category,
    parse_gender,
    parse_rank_level,
    parse_rsvp,
    parse_yes_no,
)

COMPANION_OF = "companion_of"
TOKEN = "token"
# A sign-in code kept from the file must be hard to guess: Zuoci's own have 22 characters.
TOKEN_FORM = re.compile(r"[A-Za-z0-9_-]{16,64}")
EMAIL_FORM = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
MULTILINE = frozenset({"notes", "dietary", "accessibility"})
# Larger numbers are no rank, and would not fit the database's integers.
LARGEST_NUMBER = 1_000_000
_WHOLE_FLOAT = re.compile(r"(\d+)\.0+")

# What reading a cell gives: the value (None when the guest keeps the default or, in UPDATE
# mode, the value already stored) and a warning when the text was not understood.
Reading = tuple[Any, str | None]


@dataclass(slots=True)
class GuestRow:
    """A row accepted as a guest: the attributes its cells give (blank cells left out), its
    custom fields, whom it accompanies and the sign-in code it brings, if any."""

    row: int
    values: dict[str, Any]
    custom: dict[str, str]
    companion_of: str = ""
    token: str = ""
    # Name and organisation without case: two rows with the same key are the same person.
    key: tuple[str, str] = ("", "")

    @property
    def name(self) -> str:
        return str(self.values[NAME])


@dataclass
class CheckedRows:
    """The rows of a table sorted into guests, rejected rows and warnings."""

    guests: list[GuestRow] = field(default_factory=list)
    rejected: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)


def match_key(name: str, organisation: str) -> tuple[str, str]:
    """Two rows with the same key are the same person: same name in the same organisation."""
    return normalise_name(name).casefold(), normalise_text(organisation).casefold()


def _label(key: str) -> tuple[str, str]:
    guest_field = BY_KEY.get(key)
    return (guest_field.zh, guest_field.en) if guest_field else (key, key)


# The longest text each column holds.
LIMITS: dict[str, int] = {
    column.name: column.type.length
    for column in Guest.__table__.columns
    if getattr(column.type, "length", None)
}


def _fitting(key: str, value: str) -> Reading:
    limit = LIMITS.get(key)
    if limit is not None and len(value) > limit:
        zh, en = _label(key)
        return None, say(f"{zh}超过 {limit} 个字符，该项未导入",
                         f"{en} is longer than {limit} characters; not imported")
    return value, None


def _unknown(key: str, text: str, left: tuple[str, str] = ("已忽略", "ignored")) -> Reading:
    zh, en = _label(key)
    return None, say(f"无法识别的{zh}“{text}”，{left[0]}",
                     f"{en} {text!r} not understood; {left[1]}")


def _number(text: str) -> int | None:
    """A whole number, also as Excel's float text ('3.0') or with full-width digits."""
    word = normalise_text(text)
    whole = _WHOLE_FLOAT.fullmatch(word)
    if whole:
        word = whole[1]
    if not word.isdecimal():
        return None
    number = int(word)
    return number if number <= LARGEST_NUMBER else None


def _text(key: str, text: str) -> Reading:
    return _fitting(key, normalise_text(text))


def _lines(key: str, text: str) -> Reading:
    # Notes keep the line breaks typed into the cell (Alt+Enter in Excel).
    lines = (normalise_text(line) for line in text.splitlines())
    return _fitting(key, "\n".join(line for line in lines if line))


def _whole_number(key: str, text: str) -> Reading:
    number = _number(text)
    return (number, None) if number is not None else _unknown(key, text)


def _yes_no(key: str, text: str) -> Reading:
    answer = parse_yes_no(text)
    return (answer, None) if answer is not None else _unknown(key, text)


def _gender(key: str, text: str) -> Reading:
    gender = parse_gender(text)
    return (gender, None) if gender is not None else _unknown(key, text, ("已留空", "left empty"))


def _rank_level(key: str, text: str) -> Reading:
    level = parse_rank_level(_WHOLE_FLOAT.sub(r"\1", normalise_text(text)))
    if level is None or not 0 < level <= LARGEST_NUMBER:
        return _unknown(key, text, ("级别留空，请核对", "rank level left empty, please check"))
    return level, None


def _category(key: str, text: str) -> Reading:
    return _fitting(key, parse_category(text))


def _phone(key: str, text: str) -> Reading:
    # A phone number typed into a CSV by way of Excel can still carry the float's ".0".
    return _fitting(key, _WHOLE_FLOAT.sub(r"\1", normalise_text(text)))


def _email(key: str, text: str) -> Reading:
    address = normalise_text(text)
    value, problem = _fitting(key, address)
    if problem is None and not EMAIL_FORM.fullmatch(address):
        problem = say(f"电子邮箱“{address}”格式不对，请核对",
                      f"{address!r} is not a valid e-mail address; please check")
    return value, problem


def _rsvp(key: str, text: str) -> Reading:
    rsvp = parse_rsvp(text)
    return (rsvp, None) if rsvp is not None else _unknown(key, text)


_READERS: dict[str, Callable[[str, str], Reading]] = {
    "gender": _gender,
    "rank_level": _rank_level,
    "category": _category,
    "phone": _phone,
    "email": _email,
    "rsvp": _rsvp,
}


def _reader(key: str) -> Callable[[str, str], Reading]:
    """How a column's text becomes the guest attribute: by the field, else by its type."""
    if key in _READERS:
        return _READERS[key]
    if key in MULTILINE:
        return _lines
    kinds = set(get_args(Guest.model_fields[key].annotation)) or {
        Guest.model_fields[key].annotation}
    if bool in kinds:
        return _yes_no
    if int in kinds:
        return _whole_number
    return _text


class _RowReader:
    """Reads the rows of one table: which column feeds which field, and the answers already
    given for a text (lists repeat the same ranks and words thousands of times)."""

    def __init__(self, table: Table) -> None:
        self.table = table
        mapping = table.mapping
        self.read = [index for index, target in mapping.items() if target is not None]
        self.name_column = next(index for index, target in mapping.items() if target == NAME)
        self.attributes = [(index, target, _reader(target), {})
                           for index, target in mapping.items()
                           if target in Guest.model_fields and target not in (NAME, TOKEN)]
        self.specials = [(index, target) for index, target in mapping.items()
                         if target in (COMPANION_OF, TOKEN)]
        # A field without a Guest attribute of its own is kept as a custom field.
        self.customs = [
            (index, table.custom_key(index)) for index, target in mapping.items()
            if target == CUSTOM or (target is not None and target not in Guest.model_fields
                                    and target not in (COMPANION_OF, TOKEN))]

    def rejection(self, line: SheetRow, reason: str) -> RowIssue:
        return RowIssue(line.number, self.table.column(self.name_column), reason)

    def guest(self, line: SheetRow, warnings: list[RowIssue]) -> GuestRow | RowIssue:
        """The guest a row gives, its doubts added to `warnings`; or why it is rejected."""
        cells, number, column = line.cells, line.number, self.table.column
        name = normalise_name(cells[self.name_column])
        if not name:
            return self.rejection(line, say("姓名为空", "the name is empty"))
        limit = LIMITS[NAME]
        if len(name) > limit:
            return self.rejection(line, say(f"姓名超过 {limit} 个字符",
                                            f"the name is longer than {limit} characters"))
        guest = GuestRow(number, {NAME: name},
                         {key: cells[index] for index, key in self.customs if cells[index]})
        for index, key, reader, answers in self.attributes:
            text = cells[index]
            if text:
                answer = answers.get(text)
                if answer is None:
                    answer = answers[text] = reader(key, text)
                value, problem = answer
                if problem is not None:
                    warnings.append(RowIssue(number, column(index), problem))
                if value is not None:
                    guest.values[key] = value
        for index, key in self.specials:
            text = cells[index]
            if not text:
                continue
            if key == COMPANION_OF:
                guest.companion_of = normalise_name(text)
            elif TOKEN_FORM.fullmatch(text):
                guest.token = text
            else:
                warnings.append(RowIssue(number, column(index), say(
                    f"签到码“{text}”格式不对，已忽略",
                    f"{text!r} is no valid sign-in code; ignored")))
        # The name is normalised already, and so is the organisation its reader gave.
        guest.key = name.casefold(), guest.values.get("organisation", "").casefold()
        return guest


def check_rows(table: Table) -> CheckedRows:
    """Each row read into a guest, or rejected with the reason; blank rows are skipped. Of
    rows for the same person, the first is taken and the later ones rejected."""
    checked = CheckedRows()
    reader = _RowReader(table)
    first_of: dict[tuple[str, str], int] = {}
    token_rows: dict[str, int] = {}
    for line in table.rows:
        if not line.typed(reader.read):
            continue
        warnings: list[RowIssue] = []
        guest = reader.guest(line, warnings)
        if isinstance(guest, RowIssue):
            checked.rejected.append(guest)
            continue
        first = first_of.setdefault(guest.key, guest.row)
        if first != guest.row:
            checked.rejected.append(reader.rejection(line, say(
                f"与第 {first} 行重复（姓名和单位相同）",
                f"duplicate of row {first} (same name and organisation)")))
            continue
        if guest.token in token_rows:
            token_column = next(index for index, key in reader.specials if key == TOKEN)
            warnings.append(RowIssue(guest.row, table.column(token_column), say(
                f"签到码与第 {token_rows[guest.token]} 行相同，已忽略",
                f"the sign-in code is the same as in row {token_rows[guest.token]}; ignored")))
            guest.token = ""
        elif guest.token:
            token_rows[guest.token] = guest.row
        checked.guests.append(guest)
        checked.warnings.extend(warnings)
    return checked
