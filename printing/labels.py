"""Labels for material bags and envelopes (资料袋、信封标签): name large, organisation and seat
small, on sheets of sticky labels whose grid, margins and gaps the template sets."""

from __future__ import annotations

from printing.base import PrintRequest
from printing.faces import print_guests

DEFAULT_TEMPLATE = "labels_2x7"


def build_labels(request: PrintRequest) -> bytes:
    """One label per guest seated in the scene, in seat order (bags are filled and put on the
    seats row by row); without a scene, per expected guest by precedence."""
    return print_guests(request, "labels", DEFAULT_TEMPLATE, ("标签", "labels"))
