"""Code lists shared by the data model, validation, filters, demo data, reports and exports.

Records store the code; screens and reports show the label. Labels are English source strings marked with
``N_`` and shown in the reader's language (the window through Qt, a report through its catalog).
"""

from __future__ import annotations

from ..i18n import N_

SECTORS: dict[str, str] = {
    "CCCM": N_("Camp Coordination and Camp Management"),
    "ERY": N_("Early Recovery"),
    "EDU": N_("Education"),
    "ETC": N_("Emergency Telecommunications"),
    "FSC": N_("Food Security"),
    "HEA": N_("Health"),
    "LOG": N_("Logistics"),
    "NUT": N_("Nutrition"),
    "PRO": N_("Protection"),
    "SHL": N_("Shelter and Non-Food Items"),
    "WSH": N_("Water, Sanitation and Hygiene"),
    "ENR": N_("Energy and power"),
    "INF": N_("Roads, bridges and public infrastructure"),
    "GOV": N_("Governance and local administration"),
    "SEC": N_("Security and access"),
    "CSH": N_("Multi-purpose cash"),
    "COR": N_("Coordination"),
}

ORGANISATION_TYPES: dict[str, str] = {
    "un_agency": N_("UN agency"),
    "international_ngo": N_("International NGO"),
    "national_ngo": N_("National NGO"),
    "red_cross_red_crescent": N_("Red Cross / Red Crescent"),
    "local_authority": N_("Local authority or utility"),
    "government_ministry": N_("Government ministry"),
    "donor": N_("Donor"),
    "military_own": N_("Military (own)"),
    "military_partner": N_("Military (partner)"),
    "private_sector": N_("Private sector"),
    "community_group": N_("Community group or committee"),
    "academic": N_("Academic"),
    "other": N_("Other"),
}

SITE_TYPES: dict[str, str] = {
    "water_sanitation": N_("Water or sanitation plant"),
    "health_facility": N_("Health facility"),
    "school": N_("School"),
    "shelter": N_("Shelter"),
    "distribution_point": N_("Distribution point"),
    "road_bridge": N_("Road or bridge"),
    "power": N_("Power"),
    "market": N_("Market"),
    "government_building": N_("Government building"),
    "crossing": N_("Crossing"),
    "other": N_("Other"),
}

SITE_STATUSES: dict[str, str] = {
    "functional": N_("Functional"),
    "partially_functional": N_("Partially functional"),
    "non_functional": N_("Non-functional"),
    "destroyed": N_("Destroyed"),
    "unknown": N_("Unknown"),
}

TASK_PRIORITIES: dict[str, str] = {
    "urgent": N_("Urgent"),
    "high": N_("High"),
    "normal": N_("Normal"),
    "low": N_("Low"),
}

TASK_STATUSES: dict[str, str] = {
    "new": N_("New"),
    "assigned": N_("Assigned"),
    "in_progress": N_("In progress"),
    "blocked": N_("Blocked"),
    "on_hold": N_("On hold"),
    "done": N_("Done"),
    "verified": N_("Verified"),
    "cancelled": N_("Cancelled"),
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
    1: N_("None or minimal"),
    2: N_("Stressed"),
    3: N_("Severe"),
    4: N_("Extreme"),
    5: N_("Catastrophic"),
}

# The strictest first (db.models.MARKINGS keeps the same order).
RELEASABILITY: dict[str, str] = {
    "team": N_("Team only"),
    "partners": N_("CMCC partners"),
    "public": N_("Public"),
}

# Languages a contact speaks, by ISO 639-1 code: those officers meet in a coordination cell (the region's, the
# partners' and the troop contributors'). A table rather than Qt's locale data: Qt names languages in English
# or in the language itself, never in the officer's language; these labels are translated like the others,
# and the rules (without Qt) check codes against the same list.
LANGUAGES: dict[str, str] = {
    "af": N_("Afrikaans"),
    "am": N_("Amharic"),
    "ar": N_("Arabic"),
    "az": N_("Azerbaijani"),
    "bg": N_("Bulgarian"),
    "bn": N_("Bengali"),
    "bs": N_("Bosnian"),
    "cs": N_("Czech"),
    "da": N_("Danish"),
    "de": N_("German"),
    "el": N_("Greek"),
    "en": N_("English"),
    "es": N_("Spanish"),
    "et": N_("Estonian"),
    "fa": N_("Persian"),
    "ff": N_("Fula"),
    "fi": N_("Finnish"),
    "fr": N_("French"),
    "ga": N_("Irish"),
    "ha": N_("Hausa"),
    "he": N_("Hebrew"),
    "hi": N_("Hindi"),
    "hr": N_("Croatian"),
    "hu": N_("Hungarian"),
    "hy": N_("Armenian"),
    "id": N_("Indonesian"),
    "ig": N_("Igbo"),
    "is": N_("Icelandic"),
    "it": N_("Italian"),
    "ja": N_("Japanese"),
    "ka": N_("Georgian"),
    "ko": N_("Korean"),
    "ku": N_("Kurdish"),
    "ln": N_("Lingala"),
    "lt": N_("Lithuanian"),
    "lv": N_("Latvian"),
    "mg": N_("Malagasy"),
    "mk": N_("Macedonian"),
    "ms": N_("Malay"),
    "mt": N_("Maltese"),
    "ne": N_("Nepali"),
    "nl": N_("Dutch"),
    "no": N_("Norwegian"),
    "om": N_("Oromo"),
    "pl": N_("Polish"),
    "ps": N_("Pashto"),
    "pt": N_("Portuguese"),
    "ro": N_("Romanian"),
    "ru": N_("Russian"),
    "rw": N_("Kinyarwanda"),
    "si": N_("Sinhala"),
    "sk": N_("Slovak"),
    "sl": N_("Slovenian"),
    "so": N_("Somali"),
    "sq": N_("Albanian"),
    "sr": N_("Serbian"),
    "sv": N_("Swedish"),
    "sw": N_("Swahili"),
    "ta": N_("Tamil"),
    "th": N_("Thai"),
    "ti": N_("Tigrinya"),
    "tl": N_("Tagalog"),
    "tr": N_("Turkish"),
    "uk": N_("Ukrainian"),
    "ur": N_("Urdu"),
    "vi": N_("Vietnamese"),
    "wo": N_("Wolof"),
    "yo": N_("Yoruba"),
    "zh": N_("Chinese"),
    "zu": N_("Zulu"),
}

# Other ways a language was written when it was typed as free text (before the list), besides its English
# name above: read as the language's code.
LANGUAGE_ALIASES: dict[str, str] = {
    "farsi": "fa",
    "dari": "fa",
    "mandarin": "zh",
    "cantonese": "zh",
    "kurmanji": "ku",
    "sorani": "ku",
    "filipino": "tl",
    "bokmal": "no",
    "bokmål": "no",
    "nynorsk": "no",
    "fulani": "ff",
    "عربي": "ar",
    "العربية": "ar",
    "عربية": "ar",
    "انجليزي": "en",
    "إنجليزي": "en",
    "الانجليزية": "en",
    "الإنجليزية": "en",
    "انكليزي": "en",
    "فرنسي": "fr",
    "الفرنسية": "fr",
    "عبري": "he",
    "العبرية": "he",
    "تركي": "tr",
    "التركية": "tr",
}

# Fields that hold one code of a list, per entity (releasability aside: every record has it). Where a value
# is shown, the code reads as its label; where two laptops disagree, one of the labels is picked.
CODE_FIELDS: dict[tuple[str, str], dict[str, str]] = {
    ("task", "priority"): TASK_PRIORITIES,
    ("task", "status"): TASK_STATUSES,
    ("task", "sector"): SECTORS,
    ("site", "status"): SITE_STATUSES,
    ("site", "site_type"): SITE_TYPES,
    ("site", "sector"): SECTORS,
    ("organisation", "org_type"): ORGANISATION_TYPES,
}
