"""The desktop interface: PySide6 windows, dialogs and Qt item models over the domain."""

from ui.binding_fixes import keep_none_alive

# Before any widget paints: see keep_none_alive for the defect it works around.
keep_none_alive()
