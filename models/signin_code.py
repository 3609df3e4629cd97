"""The text inside a guest's sign-in QR code: a format version, the event's identity and the
guest's token, and nothing personal."""

from __future__ import annotations

import re

PREFIX = "ZC"
VERSION = 1
_PAYLOAD = re.compile(r"ZC(?P<version>[1-9][0-9]*):(?P<event>[A-Za-z0-9_-]{1,32}):"
                      r"(?P<token>[A-Za-z0-9_-]{1,64})")


def signin_payload(event_uid: str, token: str) -> str:
    """'ZC1:<event uid>:<token>'; both parts are random, so a lost badge tells nobody who it
    belongs to or which event it opens."""
    payload = f"{PREFIX}{VERSION}:{event_uid}:{token}"
    if _PAYLOAD.fullmatch(payload) is None:
        raise ValueError(f"not a sign-in code: event {event_uid!r}, token {token!r}")
    return payload


def parse_signin_payload(text: str) -> tuple[int, str, str] | None:
    """(version, event uid, token) from scanned text, or None for anything that is not a sign-in
    code of a version this program reads. Scanners add line ends and spaces; they are ignored."""
    found = _PAYLOAD.fullmatch(text.strip())
    if found is None or int(found["version"]) != VERSION:
        return None
    return VERSION, found["event"], found["token"]
