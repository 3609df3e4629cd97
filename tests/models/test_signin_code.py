"""The sign-in code's text: what is printed in the QR code and what the desk accepts back."""

from __future__ import annotations

import pytest

from models.signin_code import parse_signin_payload, signin_payload
from models.tables import new_event_uid, new_token

EVENT = "5bcad6bd0d43a484"
TOKEN = "QHKcN-rxljExW5Uwaeir6A"


def test_a_payload_names_the_version_the_event_and_the_token_only() -> None:
    assert signin_payload(EVENT, TOKEN) == f"ZC1:{EVENT}:{TOKEN}"


def test_a_printed_payload_reads_back() -> None:
    uid, token = new_event_uid(), new_token()
    assert parse_signin_payload(signin_payload(uid, token)) == (1, uid, token)


@pytest.mark.parametrize("scanned", [f"ZC1:{EVENT}:{TOKEN}\r\n", f"  ZC1:{EVENT}:{TOKEN}\t",
                                     f"\nZC1:{EVENT}:{TOKEN}\n"])
def test_a_scanners_surrounding_whitespace_is_ignored(scanned: str) -> None:
    assert parse_signin_payload(scanned) == (1, EVENT, TOKEN)


@pytest.mark.parametrize("scanned", [
    "", "   ", TOKEN, f"{EVENT}:{TOKEN}", f"ZC2:{EVENT}:{TOKEN}", f"ZC0:{EVENT}:{TOKEN}",
    f"zc1:{EVENT}:{TOKEN}", f"ZC1:{EVENT}:{TOKEN}:extra", f"ZC1::{TOKEN}", f"ZC1:{EVENT}:",
    f"ZC1:{EVENT}:{TOKEN} x", f"ZC1 :{EVENT}:{TOKEN}", f"ZC1:{EVENT}:王伟",
    f"ZC1:{EVENT}:{'a' * 65}", "https://example.com/ZC1:x:y", f"ZC1:{EVENT}\n:{TOKEN}",
])
def test_anything_else_is_refused(scanned: str) -> None:
    assert parse_signin_payload(scanned) is None


@pytest.mark.parametrize(("uid", "token"), [("", TOKEN), (EVENT, ""), (EVENT, "a:b"),
                                            ("王伟", TOKEN), (EVENT, "a b")])
def test_a_payload_is_never_made_from_parts_that_would_not_read_back(uid: str,
                                                                     token: str) -> None:
    with pytest.raises(ValueError, match="sign-in code"):
        signin_payload(uid, token)
