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

# Languages a contact speaks, by ISO 639-1 code: those officers meet in a coordination cell (the region's, the
# partners' and the troop contributors'). A table rather than Qt's locale data: Qt names languages in English
# or in the language itself, never in the officer's language; these labels are translated like the others,
# and the rules (without Qt) check codes against the same list.
LANGUAGES: dict[str, str] = {
    "af": "Afrikaans",
    "am": "Amharic",
    "ar": "Arabic",
    "az": "Azerbaijani",
    "bg": "Bulgarian",
    "bn": "Bengali",
    "bs": "Bosnian",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "et": "Estonian",
    "fa": "Persian",
    "ff": "Fula",
    "fi": "Finnish",
    "fr": "French",
    "ga": "Irish",
    "ha": "Hausa",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "hy": "Armenian",
    "id": "Indonesian",
    "ig": "Igbo",
    "is": "Icelandic",
    "it": "Italian",
    "ja": "Japanese",
    "ka": "Georgian",
    "ko": "Korean",
    "ku": "Kurdish",
    "ln": "Lingala",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "mg": "Malagasy",
    "mk": "Macedonian",
    "ms": "Malay",
    "mt": "Maltese",
    "ne": "Nepali",
    "nl": "Dutch",
    "no": "Norwegian",
    "om": "Oromo",
    "pl": "Polish",
    "ps": "Pashto",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "rw": "Kinyarwanda",
    "si": "Sinhala",
    "sk": "Slovak",
    "sl": "Slovenian",
    "so": "Somali",
    "sq": "Albanian",
    "sr": "Serbian",
    "sv": "Swedish",
    "sw": "Swahili",
    "ta": "Tamil",
    "th": "Thai",
    "ti": "Tigrinya",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "wo": "Wolof",
    "yo": "Yoruba",
    "zh": "Chinese",
    "zu": "Zulu",
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
