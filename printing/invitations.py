"""Invitations (邀请函): a letter to each guest by name and title, with the sign-in QR code to
show at the desk."""

from __future__ import annotations

from printing.base import PrintRequest
from printing.faces import print_guests

DEFAULT_TEMPLATE = "invitation_a4"


def build_invitations(request: PrintRequest) -> bytes:
    """One letter per expected guest in order of precedence: invitations go to the whole event,
    whatever scene is chosen."""
    return print_guests(request, "invitations", DEFAULT_TEMPLATE, ("邀请函", "invitations"),
                        by_scene=False)
