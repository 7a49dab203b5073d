"""The listing of each kind of record: the columns its table shows, with values from linked records."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from ..db.models import Contact, Organisation, Site, Task, Visit
from ..rules.vocabulary import OPEN_TASK_STATUSES, RELEASABILITY
from . import Services
from .listing import ListColumn, Listing, first_in_list


def marking(model: Any) -> ListColumn:
    """A record's releasability as its rank, the strictest first: sorting the column orders the markings
    from team only to public (the table shows the rank's label)."""
    ranks = {code: rank for rank, code in enumerate(RELEASABILITY)}
    return ListColumn("releasability", case(ranks, value=model.releasability))


def organisations(services: Services) -> Listing:
    people = (
        select(func.count())
        .where(Contact.organisation_id == Organisation.id, Contact.deleted_at.is_(None))
        .scalar_subquery()
    )
    return Listing(
        services.organisations,
        [
            ListColumn("name", Organisation.name),
            ListColumn("acronym", Organisation.acronym),
            ListColumn("org_type", Organisation.org_type),
            ListColumn("country", Organisation.country),
            ListColumn("sectors", Organisation.sectors),
            ListColumn("people", people),
            marking(Organisation),
        ],
    )


def contacts(services: Services) -> Listing:
    organisation = aliased(Organisation)
    return Listing(
        services.contacts,
        [
            ListColumn("full_name", Contact.full_name),
            ListColumn("name_ar", Contact.name_ar),
            ListColumn("title", Contact.title),
            ListColumn(
                "organisation", func.coalesce(func.nullif(organisation.acronym, ""), organisation.name)
            ),
            ListColumn("phone", first_in_list(Contact.phones, "number")),
            ListColumn("email", first_in_list(Contact.emails, "address")),
            ListColumn("sectors", Contact.sectors),
            ListColumn("last_contacted", Contact.last_contacted),
            marking(Contact),
        ],
        Contact.__table__.outerjoin(organisation, organisation.id == Contact.organisation_id),
    )


def tasks(services: Services) -> Listing:
    contact = aliased(Contact)
    organisation = aliased(Organisation)
    site = aliased(Site)
    return Listing(
        services.tasks,
        [
            ListColumn("title", Task.title),
            ListColumn("status", Task.status),
            ListColumn("priority", Task.priority),
            ListColumn("due_date", Task.due_date),
            ListColumn("assignee", func.coalesce(contact.full_name, organisation.name)),
            ListColumn("site", site.name),
            ListColumn("sector", Task.sector),
            marking(Task),
        ],
        Task.__table__.outerjoin(contact, contact.id == Task.assignee_contact_id)
        .outerjoin(organisation, organisation.id == Task.assignee_organisation_id)
        .outerjoin(site, site.id == Task.site_id),
    )


def sites(services: Services) -> Listing:
    last_visit = (
        select(func.max(Visit.visited_at))
        .where(Visit.site_id == Site.id, Visit.deleted_at.is_(None))
        .scalar_subquery()
    )
    open_tasks = (
        select(func.count())
        .where(Task.site_id == Site.id, Task.deleted_at.is_(None), Task.status.in_(OPEN_TASK_STATUSES))
        .scalar_subquery()
    )
    return Listing(
        services.sites,
        [
            ListColumn("name", Site.name),
            ListColumn("name_ar", Site.name_ar),
            ListColumn("site_type", Site.site_type),
            ListColumn("sector", Site.sector),
            ListColumn("admin_area", Site.admin_area),
            ListColumn("admin_pcode", Site.admin_pcode),
            ListColumn("status", Site.status),
            ListColumn("last_visit", last_visit),
            ListColumn("open_tasks", open_tasks),
            marking(Site),
        ],
    )


def visits(services: Services) -> Listing:
    site = aliased(Site)
    return Listing(
        services.visits,
        [
            ListColumn("visited_at", Visit.visited_at),
            ListColumn("site", site.name),
            ListColumn("purpose", Visit.purpose),
            ListColumn("officers", Visit.officers),
            ListColumn("needs", Visit.needs),
            ListColumn("people_in_need", Visit.people_in_need),
            marking(Visit),
        ],
        Visit.__table__.outerjoin(site, site.id == Visit.site_id),
    )
