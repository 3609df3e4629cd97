"""Headless commands, `python main.py [--db PATH|URL] COMMAND ...`: no Qt, no window."""

from cli.arguments import parse_arguments
from cli.commands import run_command

__all__ = ["parse_arguments", "run_command"]
