"""The desktop interface: PySide6 windows, dialogs and Qt item models over the domain."""
