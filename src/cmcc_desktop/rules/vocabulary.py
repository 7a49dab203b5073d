"""Code lists shared by the data model, validation, filters, demo data, reports and exports.

Records store the code; screens and reports show the label. Labels are English source strings: the UI
passes them through Qt's translation (context ``"vocabulary"``), so they must stay plain literals.
"""

from __future__ import annotations

SECTORS: dict[str, str] = {
    "CCCM": "Camp Coordination and Camp Management",
    "ERY": "Early Recovery",
    "EDU": "Education",
    "ETC": "Emergency Telecommunications",
    "FSC": "Food Security",
    "HEA": "Health",
    "LOG": "Logistics",
    "NUT": "Nutrition",
    "PRO": "Protection",
    "SHL": "Shelter and Non-Food Items",
    "WSH": "Water, Sanitation and Hygiene",
    "ENR": "Energy and power",
    "INF": "Roads, bridges and public infrastructure",
    "GOV": "Governance and local administration",
    "SEC": "Security and access",
    "CSH": "Multi-purpose cash",
    "COR": "Coordination",
}

ORGANISATION_TYPES: dict[str, str] = {
    "un_agency": "UN agency",
    "international_ngo": "International NGO",
    "national_ngo": "National NGO",
    "red_cross_red_crescent": "Red Cross / Red Crescent",
    "local_authority": "Local authority or utility",
    "government_ministry": "Government ministry",
    "donor": "Donor",
    "military_own": "Military (own)",
    "military_partner": "Military (partner)",
    "private_sector": "Private sector",
    "community_group": "Community group or committee",
    "academic": "Academic",
    "other": "Other",
}

SITE_TYPES: dict[str, str] = {
    "water_sanitation": "Water or sanitation plant",
    "health_facility": "Health facility",
    "school": "School",
    "shelter": "Shelter",
    "distribution_point": "Distribution point",
    "road_bridge": "Road or bridge",
    "power": "Power",
    "market": "Market",
    "government_building": "Government building",
    "crossing": "Crossing",
    "other": "Other",
}

SITE_STATUSES: dict[str, str] = {
    "functional": "Functional",
    "partially_functional": "Partially functional",
    "non_functional": "Non-functional",
    "destroyed": "Destroyed",
    "unknown": "Unknown",
}

TASK_PRIORITIES: dict[str, str] = {
    "urgent": "Urgent",
    "high": "High",
    "normal": "Normal",
    "low": "Low",
}

TASK_STATUSES: dict[str, str] = {
    "new": "New",
    "assigned": "Assigned",
    "in_progress": "In progress",
    "blocked": "Blocked",
    "on_hold": "On hold",
    "done": "Done",
    "verified": "Verified",
    "cancelled": "Cancelled",
}

# The task workflow: new -> assigned -> in progress -> blocked / on hold -> done -> verified; cancelled.
# A task that is done can be reopened until it is verified; a cancelled task can be reopened as new.
TASK_TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"assigned", "in_progress", "cancelled"}),
    "assigned": frozenset({"new", "in_progress", "blocked", "on_hold", "cancelled"}),
    "in_progress": frozenset({"assigned", "blocked", "on_hold", "done", "cancelled"}),
    "blocked": frozenset({"in_progress", "on_hold", "cancelled"}),
    "on_hold": frozenset({"in_progress", "blocked", "cancelled"}),
    "done": frozenset({"verified", "in_progress"}),
    "verified": frozenset(),
    "cancelled": frozenset({"new"}),
}
OPEN_TASK_STATUSES = frozenset({"new", "assigned", "in_progress", "blocked", "on_hold"})
# Reopening: a task done goes back in progress, a cancelled one starts again as new.
TASK_REOPENED_AS: dict[str, str] = {"done": "in_progress", "cancelled": "new"}

SEVERITY: dict[int, str] = {
    1: "None or minimal",
    2: "Stressed",
    3: "Severe",
    4: "Extreme",
    5: "Catastrophic",
}

# The strictest first (db.models.MARKINGS keeps the same order).
RELEASABILITY: dict[str, str] = {
    "team": "Team only",
    "partners": "CMCC partners",
    "public": "Public",
}
