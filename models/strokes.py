"""Stroke data of Chinese characters: stroke counts and GF 2001 five-class stroke sequences."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "resources" / "strokes"

# The five stroke classes of GF 2001-2001 in their collation order (PROTOCOL.md §1); a stroke
# sequence is written as their numbers, "1121" for 王 (横横竖横).
STROKE_CLASSES = "一丨丿丶乛"


def _data_lines(name: str) -> list[list[str]]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _sequences() -> dict[str, str]:
    return {char: sequence for char, sequence in _data_lines("strokes.tsv")}


@cache
def _count_runs() -> tuple[list[int], list[str]]:
    starts, runs = [], []
    for start, run in _data_lines("counts.txt"):
        starts.append(int(start, 16))
        runs.append(run)
    return starts, runs


def stroke_sequence(char: str) -> str | None:
    """The strokes of a character as class numbers 1–5 (一 丨 丿 丶 乛), or None without data."""
    return _sequences().get(char)


def unihan_stroke_count(char: str) -> int | None:
    """Unihan's kTotalStrokes for the character (its zh-Hans value), or None."""
    if len(char) != 1:
        return None
    starts, runs = _count_runs()
    code = ord(char)
    index = bisect_right(starts, code) - 1
    if index < 0 or code - starts[index] >= len(runs[index]):
        return None
    return ord(runs[index][code - starts[index]]) - 0x20


def stroke_count(char: str) -> int | None:
    """The number of strokes: the sequence's length where one is known (GF 0023 decides where
    the sources disagree, see resources/strokes/README.md), else Unihan's count, else None."""
    sequence = _sequences().get(char)
    return len(sequence) if sequence is not None else unihan_stroke_count(char)


def stroke_shapes(char: str) -> str | None:
    """The sequence drawn with the class shapes, "一一丨一" for 王, for showing to people."""
    sequence = stroke_sequence(char)
    return None if sequence is None else "".join(STROKE_CLASSES[int(d) - 1] for d in sequence)
