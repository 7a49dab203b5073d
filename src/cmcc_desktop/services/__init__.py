"""Domain services: the rules of the records officers keep. Plain Python; no Qt here."""

from __future__ import annotations

from typing import Any

from ..errors import NotFoundError
from ..store.store import Store
from .attachments import AttachmentService
from .contacts import ContactService
from .organisations import OrganisationService
from .records import RecordService
from .search import LABEL_FIELD
from .sites import SiteService
from .tasks import TaskService
from .visits import VisitService, visit_label


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
        self._by_entity: dict[str, RecordService[Any]] = {
            service.noun: service
            for service in (
                self.organisations,
                self.contacts,
                self.sites,
                self.tasks,
                self.visits,
                self.attachments,
            )
        }

    def by_entity(self, entity: str) -> RecordService[Any]:
        """The service of a kind of record ("contact", "task", …); any other name is a programming error."""
        return self._by_entity[entity]

    def describe(self, entity: str, record_id: str) -> tuple[str, bool]:
        """A record's name as lists show it (a task's title, a site's name; its id if it is not here), and
        whether it is in Deleted items: what a link to it shows, from one read."""
        try:
            record = self.by_entity(entity).get(record_id)
        except NotFoundError:
            return record_id, False
        deleted = record.deleted_at is not None
        if entity == "visit":  # a visit is known by where and when, not by its purpose
            site = self.label_of("site", record.site_id) if record.site_id else ""
            return visit_label(site, record.visited_at), deleted
        return str(getattr(record, LABEL_FIELD.get(entity, "id")) or record_id), deleted

    def label_of(self, entity: str, record_id: str) -> str:
        """A record's name as lists show it; its id if it is not here."""
        return self.describe(entity, record_id)[0]
