"""Badges (胸卡, 代表证): name, organisation and title, the category's colour band, the sign-in
QR code and where the guest sits; several to an A4 sheet with cut marks."""

from __future__ import annotations

from printing.base import PrintRequest
from printing.faces import print_guests

DEFAULT_TEMPLATE = "badge_lanyard"


def build_badges(request: PrintRequest) -> bytes:
    """One badge per expected guest by precedence, the seat hint telling their seat in every
    scene; with a scene, one per guest seated in it, in seat order, telling that seat alone."""
    return print_guests(request, "badges", DEFAULT_TEMPLATE, ("胸卡", "badges"))
