"""Team names: which are known here, and forgetting one that was never heard from (a mistyped --peer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmcc_desktop.errors import CmccError
from cmcc_desktop.sync import exchange, peers, status

from .helpers import Laptop


def test_a_mistyped_team_can_be_forgotten_and_a_team_heard_from_cannot(tmp_path: Path) -> None:
    with Laptop(tmp_path, "lina", "CMCC North") as north, Laptop(tmp_path, "omar", "CMCC South") as south:
        assert peers.known_teams(north.store) == ["CMCC North"]
        contact_id = north.services.contacts.create(full_name="Amal Nasser", releasability="partners").id
        exchange.export_bundle(north.store, tmp_path / "typo.cmccsync", peer_team="CMCC Soth")
        south.send_to(north)
        assert peers.known_teams(north.store) == ["CMCC North", "CMCC Soth", "CMCC South"]
        assert [peer.team for peer in status.peers(north.store)] == ["CMCC Soth", "CMCC South"]
        [(team, sent_at)] = status.possibly_sent(north.store, contact_id)
        assert team == "CMCC Soth"

        peers.forget_team(north.store, "CMCC Soth")

        assert [peer.team for peer in status.peers(north.store)] == ["CMCC South"]
        assert peers.known_teams(north.store) == ["CMCC North", "CMCC South"]
        # The bundle written for the typo went somewhere: a stricter marking still says it may have gone.
        assert status.possibly_sent(north.store, contact_id) == [(exchange.EVERY_TEAM, sent_at)]
        with pytest.raises(CmccError, match="Team CMCC South cannot be forgotten: changes of its laptops"):
            peers.forget_team(north.store, "CMCC South")
        with pytest.raises(
            CmccError, match=r"No team named 'CMCC Soth' is listed here.*Teams listed: CMCC South\."
        ):
            peers.forget_team(north.store, "CMCC Soth")
        assert [peer.team for peer in status.peers(north.store)] == ["CMCC South"]


def test_teams_that_sent_something_cannot_be_forgotten(tmp_path: Path) -> None:
    with Laptop(tmp_path, "lina", "CMCC North") as north, Laptop(tmp_path, "omar", "CMCC South") as south:
        north.send_to(south)
        south.send_to(north)
        with pytest.raises(CmccError, match="cannot be forgotten"):
            peers.forget_team(south.store, "CMCC North")
        with pytest.raises(CmccError, match="cannot be forgotten"):
            peers.forget_team(north.store, "CMCC South")
