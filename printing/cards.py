"""Name cards (桌签): the guest's name in large type, twice on a sheet folded into a tent (the
upper face upside down) or on the two inserts of an acrylic holder."""

from __future__ import annotations

from printing.base import PrintRequest
from printing.faces import print_guests

DEFAULT_TEMPLATE = "name_card_a4"


def build_cards(request: PrintRequest) -> bytes:
    """One card per guest seated in the scene, in seat order, so that they are laid out on the
    tables from the first seat on; without a scene, one per expected guest by precedence."""
    return print_guests(request, "cards", DEFAULT_TEMPLATE, ("桌签", "name cards"))
