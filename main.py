"""Zuoci's entry point: the GUI when no command is given, the sign-in station's window for
`station`, otherwise a headless command (no Qt)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from cli import parse_arguments, run_command

    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    if arguments.command is None:
        from ui.app import run_gui

        return run_gui(arguments.db)
    if arguments.command == "station":
        # A window, not a headless command: the station runs with or without the database.
        from ui.station_app import run_station

        return run_station(arguments.db, arguments.event, arguments.station)
    return run_command(arguments)


if __name__ == "__main__":
    sys.exit(main())
