"""How much demo data to make. Apart from the generator so that the command line parses without loading it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoSizes:
    organisations: int = 40
    contacts: int = 400
    sites: int = 150
    tasks: int = 600
    visits: int = 300

    def total(self) -> int:
        return self.organisations + self.contacts + self.sites + self.tasks + self.visits
