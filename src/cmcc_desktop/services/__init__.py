"""Domain services: the rules of the records officers keep. Plain Python; no Qt here."""

from __future__ import annotations

from .attachments import AttachmentService
from .contacts import ContactService
from .organisations import OrganisationService
from .sites import SiteService
from .store import Store
from .tasks import TaskService
from .visits import VisitService


class Services:
    """Every entity service over one open store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.organisations = OrganisationService(store)
        self.contacts = ContactService(store)
        self.sites = SiteService(store)
        self.tasks = TaskService(store)
        self.visits = VisitService(store)
        self.attachments = AttachmentService(store)
