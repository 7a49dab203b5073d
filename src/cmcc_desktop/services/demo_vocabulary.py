"""Word lists the deterministic demo-data generator draws from.

Names, organisations and places are realistic for the Gaza Strip; military liaison cells, contractors and
committees are fictional. P-codes are illustrative, not official.
"""

from __future__ import annotations

from typing import NamedTuple

MALE_GIVEN_NAMES: tuple[tuple[str, str], ...] = (
    ("Ahmad", "أحمد"),
    ("Mohammed", "محمد"),
    ("Mahmoud", "محمود"),
    ("Mustafa", "مصطفى"),
    ("Omar", "عمر"),
    ("Khaled", "خالد"),
    ("Youssef", "يوسف"),
    ("Ibrahim", "إبراهيم"),
    ("Ismail", "إسماعيل"),
    ("Hassan", "حسن"),
    ("Hussein", "حسين"),
    ("Ali", "علي"),
    ("Samir", "سمير"),
    ("Nabil", "نبيل"),
    ("Tareq", "طارق"),
    ("Rami", "رامي"),
    ("Fadi", "فادي"),
    ("Majed", "ماجد"),
    ("Walid", "وليد"),
    ("Jamal", "جمال"),
    ("Kamal", "كمال"),
    ("Nasser", "ناصر"),
    ("Sami", "سامي"),
    ("Hani", "هاني"),
    ("Iyad", "إياد"),
    ("Ayman", "أيمن"),
    ("Bassam", "بسام"),
    ("Hatem", "حاتم"),
    ("Ziad", "زياد"),
    ("Raed", "رائد"),
    ("Saleh", "صالح"),
    ("Yasser", "ياسر"),
    ("Anas", "أنس"),
    ("Bilal", "بلال"),
    ("Hamza", "حمزة"),
    ("Osama", "أسامة"),
    ("Salem", "سالم"),
    ("Adel", "عادل"),
    ("Emad", "عماد"),
    ("Nidal", "نضال"),
)
FEMALE_GIVEN_NAMES: tuple[tuple[str, str], ...] = (
    ("Fatima", "فاطمة"),
    ("Aisha", "عائشة"),
    ("Mariam", "مريم"),
    ("Nour", "نور"),
    ("Rania", "رانيا"),
    ("Lina", "لينا"),
    ("Huda", "هدى"),
    ("Samar", "سمر"),
    ("Reem", "ريم"),
    ("Dina", "دينا"),
    ("Hanan", "حنان"),
    ("Amal", "أمل"),
    ("Salma", "سلمى"),
    ("Asmaa", "أسماء"),
    ("Yasmin", "ياسمين"),
    ("Lubna", "لبنى"),
    ("Nisreen", "نسرين"),
    ("Rasha", "رشا"),
    ("Wafa", "وفاء"),
    ("Suha", "سهى"),
    ("Manal", "منال"),
    ("Abeer", "عبير"),
    ("Ghada", "غادة"),
    ("Heba", "هبة"),
    ("Iman", "إيمان"),
    ("Jumana", "جمانة"),
    ("Khadija", "خديجة"),
    ("Maha", "مها"),
    ("Noha", "نهى"),
    ("Shireen", "شيرين"),
)
FAMILY_NAMES: tuple[tuple[str, str], ...] = (
    ("Abu Shaban", "أبو شعبان"),
    ("Al-Masri", "المصري"),
    ("Abu Ramadan", "أبو رمضان"),
    ("Qudaih", "قديح"),
    ("Barghouti", "البرغوثي"),
    ("Al-Najjar", "النجار"),
    ("Abu Jarad", "أبو جراد"),
    ("Shurrab", "شراب"),
    ("Al-Agha", "الآغا"),
    ("Al-Farra", "الفرا"),
    ("Abu Middain", "أبو مدين"),
    ("Hilles", "حلس"),
    ("Al-Shawwa", "الشوا"),
    ("Sourani", "الصوراني"),
    ("Tarazi", "الترزي"),
    ("Al-Khatib", "الخطيب"),
    ("Abu Daqqa", "أبو دقة"),
    ("Al-Astal", "الأسطل"),
    ("Abu Hassanein", "أبو حسنين"),
    ("Al-Helou", "الحلو"),
    ("Shaath", "شعث"),
    ("Al-Kurd", "الكرد"),
    ("Abu Zaid", "أبو زيد"),
    ("Al-Hayek", "الحايك"),
    ("Radwan", "رضوان"),
    ("Al-Sharif", "الشريف"),
    ("Abu Nahla", "أبو نحلة"),
    ("Baroud", "بارود"),
    ("Al-Zaanin", "الزعانين"),
    ("Abu Sitta", "أبو ستة"),
    ("Mortaja", "مرتجى"),
    ("Al-Dahdouh", "الدحدوح"),
    ("Jaber", "جابر"),
    ("Saqer", "صقر"),
    ("Abu Eisha", "أبو عيشة"),
    ("Al-Bayed", "البيض"),
    ("Al-Ghoul", "الغول"),
    ("Ashour", "عاشور"),
    ("Abu Samra", "أبو سمرة"),
    ("Hamad", "حمد"),
)
# International staff: given and family names drawn from the same naming tradition, and the languages such a
# person speaks (each contact gets one of the lists).
INTERNATIONAL_NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]], ...] = (
    (
        ("Erik", "Ingrid", "Mette", "Lars", "Sigrid", "Anders"),
        ("Solberg", "Hansen", "Larsen", "Johansen", "Berg"),
        (("en",), ("no", "en")),
    ),
    (
        ("Aiko", "Kenji", "Yuki", "Haruto", "Emi"),
        ("Tanaka", "Sato", "Suzuki", "Watanabe", "Ito"),
        (("en",), ("ja", "en")),
    ),
    (
        ("Amina", "David", "Wanjiru", "Joseph", "Akinyi"),
        ("Mwangi", "Otieno", "Kamau", "Odhiambo", "Njoroge"),
        (("en",), ("sw", "en")),
    ),
    (
        ("Marc", "Claire", "Julien", "Camille", "Thomas"),
        ("Dubois", "Lefebvre", "Moreau", "Laurent", "Girard"),
        (("fr", "en"), ("fr", "en", "ar")),
    ),
    (
        ("Lucas", "Beatriz", "João", "Ana", "Pedro"),
        ("Oliveira", "Santos", "Ferreira", "Costa", "Almeida"),
        (("pt", "en"), ("pt", "en", "es")),
    ),
    (
        ("Daniel", "Grace", "Chinedu", "Ngozi", "Tunde"),
        ("Okafor", "Adeyemi", "Eze", "Balogun", "Okonkwo"),
        (("en",), ("en", "fr")),
    ),
    (
        ("Maria", "Jose", "Ramon", "Cristina"),
        ("Reyes", "Dela Cruz", "Bautista", "Mendoza"),
        (("en",), ("tl", "en")),
    ),
    (
        ("Sofia", "Luca", "Giulia", "Marco", "Francesca"),
        ("Rossi", "Bianchi", "Romano", "Esposito", "Ricci"),
        (("it", "en"), ("it", "en", "fr")),
    ),
    (("Anna", "Piotr", "Katarzyna", "Tomasz"), ("Nowak", "Wójcik", "Kaczmarek", "Mazur"), (("pl", "en"),)),
    (
        ("Sarah", "James", "Emily", "Michael", "Rachel"),
        ("Thompson", "Mitchell", "Walker", "Hughes", "Clarke"),
        (("en",), ("en", "fr"), ("en", "ar")),
    ),
    (
        ("Hannah", "Jonas", "Lena", "Felix", "Katrin"),
        ("Schmidt", "Weber", "Fischer", "Becker", "Hoffmann"),
        (("de", "en"), ("de", "en", "fr")),
    ),
    (
        ("Laila", "Omar", "Rami", "Nadine", "Karim"),
        ("Haddad", "Al-Khatib", "Khoury", "Nasser", "Saleh"),
        (("ar", "en"), ("ar", "en", "fr")),
    ),
    (("Arjun", "Priya", "Rahul", "Anjali"), ("Sharma", "Nair", "Iyer", "Patel"), (("en", "hi"),)),
    (("Emre", "Elif", "Mehmet", "Zeynep"), ("Yilmaz", "Demir", "Kaya", "Çelik"), (("tr", "en"),)),
    (
        ("Carlos", "Lucía", "Diego", "Valentina"),
        ("García", "Herrera", "Rojas", "Vargas"),
        (("es", "en"),),
    ),
)

ORGANISATIONS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("United Nations Children's Fund", "UNICEF", "un_agency", "US", ("WSH", "EDU", "NUT", "PRO")),
    ("World Food Programme", "WFP", "un_agency", "IT", ("FSC", "LOG", "ETC")),
    ("World Health Organization", "WHO", "un_agency", "CH", ("HEA",)),
    ("United Nations Relief and Works Agency", "UNRWA", "un_agency", "JO", ("EDU", "HEA", "SHL", "CCCM")),
    ("Office for the Coordination of Humanitarian Affairs", "OCHA", "un_agency", "CH", ("COR",)),
    ("United Nations Development Programme", "UNDP", "un_agency", "US", ("ERY", "INF", "ENR", "GOV")),
    ("United Nations Office for Project Services", "UNOPS", "un_agency", "DK", ("INF", "ENR", "LOG")),
    ("United Nations Mine Action Service", "UNMAS", "un_agency", "US", ("PRO", "SEC")),
    ("United Nations Population Fund", "UNFPA", "un_agency", "US", ("HEA", "PRO")),
    ("International Organization for Migration", "IOM", "un_agency", "CH", ("SHL", "CCCM")),
    ("Médecins Sans Frontières", "MSF", "international_ngo", "CH", ("HEA",)),
    ("Norwegian Refugee Council", "NRC", "international_ngo", "NO", ("SHL", "EDU", "WSH", "PRO")),
    ("International Rescue Committee", "IRC", "international_ngo", "US", ("HEA", "PRO", "ERY")),
    ("Oxfam", "OXFAM", "international_ngo", "GB", ("WSH", "FSC", "CSH")),
    ("Save the Children", "SCI", "international_ngo", "GB", ("EDU", "PRO", "NUT")),
    ("Mercy Corps", "MC", "international_ngo", "US", ("ERY", "CSH", "WSH")),
    ("Action Against Hunger", "ACF", "international_ngo", "FR", ("NUT", "FSC", "WSH")),
    ("Islamic Relief Worldwide", "IRW", "international_ngo", "GB", ("FSC", "SHL", "WSH")),
    ("Danish Refugee Council", "DRC", "international_ngo", "DK", ("PRO", "SHL", "ERY")),
    ("Humanity & Inclusion", "HI", "international_ngo", "FR", ("HEA", "PRO")),
    (
        "International Committee of the Red Cross",
        "ICRC",
        "red_cross_red_crescent",
        "CH",
        ("HEA", "WSH", "PRO"),
    ),
    ("Palestine Red Crescent Society", "PRCS", "red_cross_red_crescent", "PS", ("HEA", "SHL")),
    ("Palestinian Medical Relief Society", "PMRS", "national_ngo", "PS", ("HEA",)),
    ("Ma'an Development Center", "MAAN", "national_ngo", "PS", ("ERY", "FSC")),
    ("Palestinian Agricultural Relief Committees", "PARC", "national_ngo", "PS", ("FSC", "ERY")),
    ("Coastal Municipalities Water Utility", "CMWU", "local_authority", "PS", ("WSH",)),
    ("Gaza Municipality", "GAZA-MUN", "local_authority", "PS", ("WSH", "INF", "GOV")),
    ("Khan Younis Municipality", "KY-MUN", "local_authority", "PS", ("WSH", "INF", "GOV")),
    ("Rafah Municipality", "RAF-MUN", "local_authority", "PS", ("WSH", "INF", "GOV")),
    ("Gaza Electricity Distribution Company", "GEDCO", "local_authority", "PS", ("ENR",)),
    ("Ministry of Health", "MOH", "government_ministry", "PS", ("HEA",)),
    ("Ministry of Education and Higher Education", "MOEHE", "government_ministry", "PS", ("EDU",)),
    ("Ministry of Public Works and Housing", "MOPWH", "government_ministry", "PS", ("INF", "SHL")),
    ("Palestinian Water Authority", "PWA", "government_ministry", "PS", ("WSH", "GOV")),
    ("European Civil Protection and Humanitarian Aid Operations", "ECHO", "donor", "BE", ("COR",)),
    ("Humanitarian Pooled Fund", "OPT-HF", "donor", "PS", ("COR",)),
    ("Civil-Military Liaison Cell North", "CMLC-N", "military_own", "", ("COR", "SEC")),
    ("Civil-Military Liaison Cell South", "CMLC-S", "military_own", "", ("COR", "SEC")),
    ("Partner Engineering Liaison Team", "PELT", "military_partner", "", ("INF", "ENR", "SEC")),
    ("Partner Medical Liaison Detachment", "PMLD", "military_partner", "", ("HEA", "LOG")),
    ("Al-Bahar Construction Co.", "ABC", "private_sector", "PS", ("INF", "SHL")),
    ("Gaza Logistics & Fuel Services", "GLFS", "private_sector", "PS", ("LOG", "ENR")),
    ("Shati Camp Water Committee", "SCWC", "community_group", "PS", ("WSH",)),
    ("Khuza'a Community Committee", "KCC", "community_group", "PS", ("ERY", "PRO")),
    ("Islamic University of Gaza, Faculty of Engineering", "IUG-ENG", "academic", "PS", ("INF", "WSH")),
)
ORGANISATION_NAMES_AR: dict[str, str] = {
    "UNICEF": "منظمة الأمم المتحدة للطفولة",
    "WFP": "برنامج الأغذية العالمي",
    "WHO": "منظمة الصحة العالمية",
    "UNRWA": "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين",
    "OCHA": "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
    "UNDP": "برنامج الأمم المتحدة الإنمائي",
    "MSF": "أطباء بلا حدود",
    "NRC": "المجلس النرويجي للاجئين",
    "ICRC": "اللجنة الدولية للصليب الأحمر",
    "PRCS": "جمعية الهلال الأحمر الفلسطيني",
    "PMRS": "جمعية الإغاثة الطبية الفلسطينية",
    "MAAN": "مركز معاً التنموي",
    "PARC": "جمعية الإغاثة الزراعية الفلسطينية",
    "CMWU": "مصلحة مياه بلديات الساحل",
    "GAZA-MUN": "بلدية غزة",
    "KY-MUN": "بلدية خان يونس",
    "RAF-MUN": "بلدية رفح",
    "GEDCO": "شركة توزيع كهرباء محافظات غزة",
    "MOH": "وزارة الصحة",
    "MOEHE": "وزارة التربية والتعليم العالي",
    "MOPWH": "وزارة الأشغال العامة والإسكان",
    "PWA": "سلطة المياه الفلسطينية",
    "ABC": "شركة البحر للإنشاءات",
    "SCWC": "لجنة مياه مخيم الشاطئ",
    "KCC": "اللجنة المجتمعية في خزاعة",
    "IUG-ENG": "الجامعة الإسلامية بغزة - كلية الهندسة",
    "UNOPS": "مكتب الأمم المتحدة لخدمات المشاريع",
    "UNMAS": "دائرة الأمم المتحدة للأعمال المتعلقة بالألغام",
    "UNFPA": "صندوق الأمم المتحدة للسكان",
    "IOM": "المنظمة الدولية للهجرة",
    "IRC": "لجنة الإنقاذ الدولية",
    "OXFAM": "منظمة أوكسفام",
    "SCI": "منظمة إنقاذ الطفل",
    "MC": "منظمة ميرسي كور",
    "ACF": "منظمة العمل ضد الجوع",
    "IRW": "الإغاثة الإسلامية عبر العالم",
    "DRC": "المجلس الدنماركي للاجئين",
    "HI": "منظمة الإنسانية والإدماج",
    "ECHO": "المديرية العامة للحماية المدنية وعمليات المساعدات الإنسانية الأوروبية",
    "OPT-HF": "الصندوق الإنساني المشترك",
    "CMLC-N": "خلية الارتباط المدني العسكري - الشمال",
    "CMLC-S": "خلية الارتباط المدني العسكري - الجنوب",
    "PELT": "فريق الارتباط الهندسي الشريك",
    "PMLD": "مفرزة الارتباط الطبي الشريكة",
    "GLFS": "شركة غزة للخدمات اللوجستية والوقود",
}
# Organisations bound to part of the Strip: their staff cover only these governorates (others cover any).
ORGANISATION_AREAS: dict[str, tuple[str, ...]] = {
    "GAZA-MUN": ("Gaza",),
    "KY-MUN": ("Khan Younis",),
    "RAF-MUN": ("Rafah",),
    "SCWC": ("Gaza",),
    "KCC": ("Khan Younis",),
    "CMLC-N": ("North Gaza", "Gaza"),
    "CMLC-S": ("Deir al-Balah", "Khan Younis", "Rafah"),
}
# Radio call signs: a military team's net has a name of its own; others use their acronym. Numbers follow.
MILITARY_CALL_SIGNS: dict[str, str] = {
    "CMLC-N": "NOMAD",
    "CMLC-S": "ATLAS",
    "PELT": "CEDAR",
    "PMLD": "FALCON",
}

# (English, Arabic, illustrative P-code), north to south
GOVERNORATES: tuple[tuple[str, str, str], ...] = (
    ("North Gaza", "شمال غزة", "PS0101"),
    ("Gaza", "غزة", "PS0102"),
    ("Deir al-Balah", "دير البلح", "PS0103"),
    ("Khan Younis", "خان يونس", "PS0104"),
    ("Rafah", "رفح", "PS0105"),
)


class Locality(NamedTuple):
    """A town, camp or neighbourhood with its approximate centre (WGS84), and what is there: "coast" (on the
    sea), "wadi" (a wadi crosses it), "municipality" (it has a town hall of its own)."""

    name: str
    name_ar: str
    latitude: float
    longitude: float
    features: frozenset[str] = frozenset()


_COAST, _WADI, _TOWN_HALL = frozenset({"coast"}), frozenset({"wadi"}), frozenset({"municipality"})
NEIGHBOURHOODS: dict[str, tuple[Locality, ...]] = {
    "North Gaza": (
        Locality("Jabalia", "جباليا", 31.528, 34.488, _TOWN_HALL),
        Locality("Beit Lahia", "بيت لاهيا", 31.548, 34.497, _TOWN_HALL),
        Locality("Beit Hanoun", "بيت حانون", 31.536, 34.533, _TOWN_HALL | _WADI),
        Locality("Um al-Nasser", "أم النصر", 31.562, 34.515),
        Locality("Jabalia Camp", "مخيم جباليا", 31.534, 34.497),
        Locality("Al-Atatra", "العطاطرة", 31.562, 34.478, _COAST),
    ),
    "Gaza": (
        Locality("Shati", "الشاطئ", 31.530, 34.452, _COAST),
        Locality("Rimal", "الرمال", 31.516, 34.446, _COAST),
        Locality("Shujaiya", "الشجاعية", 31.500, 34.475),
        Locality("Zeitoun", "الزيتون", 31.488, 34.455, _WADI),
        Locality("Tel al-Hawa", "تل الهوا", 31.504, 34.434, _COAST),
        Locality("Sheikh Radwan", "الشيخ رضوان", 31.530, 34.465),
        Locality("Daraj", "الدرج", 31.507, 34.462),
        Locality("Sabra", "الصبرة", 31.499, 34.452),
    ),
    "Deir al-Balah": (
        Locality("Deir al-Balah", "دير البلح", 31.418, 34.350, _TOWN_HALL | _COAST),
        Locality("Nuseirat", "النصيرات", 31.449, 34.392, _TOWN_HALL | _WADI),
        Locality("Bureij", "البريج", 31.440, 34.403, _TOWN_HALL | _WADI),
        Locality("Maghazi", "المغازي", 31.421, 34.386, _TOWN_HALL),
        Locality("Zawaida", "الزوايدة", 31.436, 34.370, _TOWN_HALL),
        Locality("Wadi al-Salqa", "وادي السلقا", 31.398, 34.378, _TOWN_HALL | _WADI),
    ),
    "Khan Younis": (
        Locality("Khan Younis", "خان يونس", 31.345, 34.305, _TOWN_HALL),
        Locality("Bani Suheila", "بني سهيلا", 31.340, 34.325, _TOWN_HALL),
        Locality("Abasan", "عبسان", 31.322, 34.345, _TOWN_HALL),
        Locality("Khuza'a", "خزاعة", 31.307, 34.360, _TOWN_HALL),
        Locality("Al-Qarara", "القرارة", 31.377, 34.338, _TOWN_HALL | _WADI),
        Locality("Al-Mawasi", "المواصي", 31.352, 34.266, _COAST),
    ),
    "Rafah": (
        Locality("Tal as-Sultan", "تل السلطان", 31.305, 34.242, _COAST),
        Locality("Shaboura", "الشابورة", 31.285, 34.256, _TOWN_HALL),
        Locality("Al-Shouka", "الشوكة", 31.268, 34.305, _TOWN_HALL),
        Locality("Khirbet al-Adas", "خربة العدس", 31.300, 34.272),
        Locality("Yibna", "يبنا", 31.281, 34.249),
        Locality("Al-Jneina", "الجنينة", 31.285, 34.268),
    ),
}
# Crossing points, each on the Gaza side of a real crossing, by governorate.
CROSSINGS: dict[str, tuple[Locality, ...]] = {
    "North Gaza": (Locality("Erez", "بيت حانون (إيرز)", 31.548, 34.545),),
    "Gaza": (Locality("Karni", "المنطار (كارني)", 31.470, 34.472),),
    "Deir al-Balah": (Locality("Kissufim", "كيسوفيم", 31.380, 34.378),),
    "Rafah": (
        Locality("Rafah", "رفح", 31.252, 34.264),
        Locality("Kerem Shalom", "كرم أبو سالم", 31.233, 34.272),
    ),
}


class SiteKind(NamedTuple):
    """A kind of site: its name (``{place}`` is its locality), its sector, the notes its visits draw from
    (``VISIT_NOTES``), the tasks raised for it (``TASK_IDEAS``), and what its locality must have ("crossing"
    for crossing points, else a ``Locality`` feature, or nothing)."""

    name: str
    name_ar: str
    sector: str
    notes: str
    needs: str = ""


SITE_KINDS: dict[str, tuple[SiteKind, ...]] = {
    "water_sanitation": (
        SiteKind("{place} Desalination Plant", "محطة تحلية {place}", "WSH", "water", "coast"),
        SiteKind("{place} Water Well", "بئر مياه {place}", "WSH", "water"),
        SiteKind("{place} Wastewater Pumping Station", "محطة ضخ الصرف الصحي في {place}", "WSH", "water"),
        SiteKind("{place} Water Reservoir", "خزان مياه {place}", "WSH", "water"),
        SiteKind("{place} Water Trucking Point", "نقطة توزيع المياه بالصهاريج في {place}", "WSH", "trucking"),
    ),
    "health_facility": (
        SiteKind(
            "{place} Primary Health Care Centre", "مركز الرعاية الصحية الأولية في {place}", "HEA", "health"
        ),
        SiteKind("{place} Field Hospital", "المستشفى الميداني في {place}", "HEA", "health"),
        SiteKind("{place} Maternity Clinic", "عيادة الأمومة في {place}", "HEA", "health"),
    ),
    "school": (
        SiteKind("{place} Boys' Preparatory School", "مدرسة {place} الإعدادية للبنين", "EDU", "school"),
        SiteKind("{place} Girls' Elementary School", "مدرسة {place} الابتدائية للبنات", "EDU", "school"),
        SiteKind("{place} Secondary School", "مدرسة {place} الثانوية", "EDU", "school"),
    ),
    "shelter": (
        SiteKind("{place} Collective Shelter", "مركز إيواء {place}", "SHL", "shelter"),
        SiteKind("{place} Tented Site", "مخيم خيام {place}", "CCCM", "shelter"),
    ),
    "distribution_point": (
        SiteKind("{place} Food Distribution Point", "نقطة توزيع الغذاء في {place}", "FSC", "food"),
    ),
    "road_bridge": (
        SiteKind("{place} Main Road", "الطريق الرئيسي في {place}", "INF", "road"),
        SiteKind(
            "Al-Rashid Coastal Road at {place}", "شارع الرشيد الساحلي عند {place}", "INF", "road", "coast"
        ),
        SiteKind("{place} Wadi Bridge", "جسر الوادي في {place}", "INF", "bridge", "wadi"),
    ),
    "power": (
        SiteKind("{place} Electricity Substation", "محطة كهرباء فرعية في {place}", "ENR", "power"),
        SiteKind("{place} Solar Field", "حقل الطاقة الشمسية في {place}", "ENR", "power"),
    ),
    "market": (SiteKind("{place} Central Market", "السوق المركزي في {place}", "ERY", "market"),),
    "government_building": (
        SiteKind("{place} Municipality Building", "مبنى بلدية {place}", "GOV", "government", "municipality"),
    ),
    "crossing": (
        SiteKind("{place} Crossing", "معبر {place}", "LOG", "crossing", "crossing"),
        SiteKind(
            "{place} Crossing Cargo Yard", "ساحة البضائع في معبر {place}", "LOG", "crossing", "crossing"
        ),
    ),
    "other": (SiteKind("{place} Community Centre", "المركز المجتمعي في {place}", "PRO", "community"),),
}

# Who works where: a contact's title fits the kind of organisation they work for and, in agencies and NGOs,
# one of its sectors. Military liaison staff carry their rank in the title; most are deployed from abroad,
# some are hired locally.
JOB_TITLES: dict[str, tuple[str, ...]] = {
    "un_agency": ("Head of Sub-Office", "Field Coordinator", "Programme Officer", "Security Officer"),
    "international_ngo": (
        "Country Director",
        "Emergency Coordinator",
        "Field Coordinator",
        "Security Officer",
    ),
    "red_cross_red_crescent": ("Head of Office", "Field Officer", "Community Mobilizer"),
    "national_ngo": ("Executive Director", "Programme Manager", "Field Coordinator", "Community Mobilizer"),
    "local_authority": (
        "Mayor",
        "Deputy Mayor",
        "Director of Public Works",
        "Head of Water Department",
        "Municipal Engineer",
        "Emergency Committee Member",
    ),
    "government_ministry": ("Director General", "Planning Officer", "Liaison Officer"),
    "donor": ("Humanitarian Adviser", "Programme Officer", "Field Monitor", "Head of Office"),
    "military_own": (
        "Major, CIMIC Officer",
        "Captain, Liaison Officer",
        "Lieutenant, Liaison Team Leader",
        "Sergeant, Liaison Team Member",
        "Captain, Engineer Liaison Officer",
        "Warrant Officer, Security Officer",
    ),
    "military_partner": (
        "Lieutenant Colonel, Detachment Commander",
        "Captain, Liaison Officer",
        "Major, Medical Liaison Officer",
        "Captain, Engineer Liaison Officer",
        "Sergeant, Logistics NCO",
    ),
    "private_sector": (
        "Managing Director",
        "Project Manager",
        "Site Engineer",
        "Fuel Logistics Manager",
        "Procurement Officer",
    ),
    "community_group": ("Committee Chair", "Committee Member", "Community Mobilizer", "Committee Treasurer"),
    "academic": (
        "Dean of Engineering",
        "Professor of Civil Engineering",
        "Lecturer in Water Engineering",
        "Research Assistant",
    ),
    "other": (
        "Community Leader",
        "Mukhtar",
        "Shelter Focal Point",
        "Independent Consultant",
        "Local Journalist",
    ),
}
# Agency and NGO staff who work in one sector.
SECTOR_JOB_TITLES: dict[str, tuple[str, ...]] = {
    "CCCM": ("Site Manager", "Camp Management Officer"),
    "ERY": ("Livelihoods Officer", "Early Recovery Officer"),
    "EDU": ("Education Officer", "Education in Emergencies Specialist"),
    "ETC": ("Telecommunications Officer",),
    "FSC": ("Food Security Officer", "Distribution Officer", "Agronomist"),
    "HEA": ("Health Programme Manager", "Medical Coordinator", "Medical Officer"),
    "LOG": ("Logistics Officer", "Fleet Manager", "Warehouse Manager"),
    "NUT": ("Nutrition Officer",),
    "PRO": ("Protection Officer", "Child Protection Officer"),
    "SHL": ("Shelter Specialist", "Shelter Officer"),
    "WSH": ("WASH Officer", "Water Engineer", "Hygiene Promotion Officer"),
    "ENR": ("Energy Engineer",),
    "INF": ("Infrastructure Engineer", "Project Engineer"),
    "GOV": ("Local Governance Adviser",),
    "SEC": ("Mine Action Coordinator", "Explosive Ordnance Risk Education Officer"),
    "CSH": ("Cash Programme Officer",),
    "COR": ("Humanitarian Affairs Officer", "Information Management Officer", "Access Coordinator"),
}
# Utilities and ministries whose staff hold titles of their own.
JOB_TITLES_BY_ORGANISATION: dict[str, tuple[str, ...]] = {
    "CMWU": (
        "General Director",
        "Water Engineer",
        "Wastewater Treatment Engineer",
        "Network Operations Manager",
        "Desalination Plant Manager",
    ),
    "GEDCO": ("General Manager", "Electrical Engineer", "Grid Operations Manager", "Feeder Line Supervisor"),
    "MOH": (
        "Director General",
        "Director of Primary Health Care",
        "Hospital Director",
        "Emergency Medical Services Director",
        "Pharmacist in Charge",
    ),
    "MOEHE": (
        "Director General",
        "District Education Director",
        "School Principal",
        "School Feeding Coordinator",
    ),
    "MOPWH": ("Director General", "Structural Engineer", "Housing Damage Assessor", "Planning Officer"),
    "PWA": ("Director General", "Water Resources Engineer", "Water Quality Officer", "Planning Officer"),
}
# A military liaison team's local staff.
MILITARY_LOCAL_TITLES: tuple[str, ...] = ("Language Assistant", "Community Liaison Assistant")
# Posts an organisation's office has only one of: further staff drawn to one get a working-level title.
TOP_POSTS: frozenset[str] = frozenset(
    {
        "Head of Sub-Office",
        "Country Director",
        "Head of Office",
        "Executive Director",
        "Mayor",
        "Deputy Mayor",
        "Director of Public Works",
        "Head of Water Department",
        "Director General",
        "Lieutenant Colonel, Detachment Commander",
        "Managing Director",
        "Committee Chair",
        "Committee Treasurer",
        "Dean of Engineering",
        "General Director",
        "General Manager",
        "Grid Operations Manager",
        "Network Operations Manager",
        "Emergency Medical Services Director",
    }
)
# The sectors a title implies, whatever its organisation's; staff with other titles work in some of their
# organisation's sectors.
TITLE_SECTORS: dict[str, tuple[str, ...]] = {
    **{title: (sector,) for sector, titles in SECTOR_JOB_TITLES.items() for title in titles},
    "Security Officer": ("SEC",),
    "Warrant Officer, Security Officer": ("SEC",),
    "Head of Water Department": ("WSH",),
    "Director of Public Works": ("INF",),
    "Municipal Engineer": ("INF",),
    "Wastewater Treatment Engineer": ("WSH",),
    "Network Operations Manager": ("WSH",),
    "Desalination Plant Manager": ("WSH",),
    "Electrical Engineer": ("ENR",),
    "Grid Operations Manager": ("ENR",),
    "Feeder Line Supervisor": ("ENR",),
    "Director of Primary Health Care": ("HEA",),
    "Hospital Director": ("HEA",),
    "Emergency Medical Services Director": ("HEA",),
    "Pharmacist in Charge": ("HEA",),
    "District Education Director": ("EDU",),
    "School Principal": ("EDU",),
    "School Feeding Coordinator": ("EDU", "NUT"),
    "Structural Engineer": ("INF",),
    "Housing Damage Assessor": ("SHL",),
    "Water Resources Engineer": ("WSH",),
    "Water Quality Officer": ("WSH",),
    "Major, Medical Liaison Officer": ("HEA",),
    "Captain, Engineer Liaison Officer": ("INF",),
    "Sergeant, Logistics NCO": ("LOG",),
    "Site Engineer": ("INF",),
    "Fuel Logistics Manager": ("LOG", "ENR"),
    "Professor of Civil Engineering": ("INF",),
    "Lecturer in Water Engineering": ("WSH",),
    "Shelter Focal Point": ("SHL",),
}


class Finding(NamedTuple):
    """What a visit found, the site conditions it fits ("any"; "working": functional or partly so; "damaged":
    partly or not functional; "destroyed"), and what the officer recommends about it ("" when nothing is to
    be done). ``{people}`` stands for the visit's people in need."""

    text: str
    text_ar: str
    fits: str
    recommendation: str


class VisitNotes(NamedTuple):
    """What a visit to one kind of site is about: so that a visit's purpose, findings, needs and
    recommendations belong together."""

    purposes: tuple[str, ...]
    findings: tuple[Finding, ...]
    other_needs: tuple[str, ...]  # sectors often in need beside the site's own


# Which findings fit a site in each status.
FINDINGS_FIT: dict[str, frozenset[str]] = {
    "functional": frozenset({"any", "working"}),
    "partially_functional": frozenset({"any", "working", "damaged"}),
    "non_functional": frozenset({"any", "damaged"}),
    "destroyed": frozenset({"any", "destroyed"}),
    "unknown": frozenset({"any", "damaged"}),
}
_DIESEL = "Deliver 2,000 litres of diesel within 48 hours."
_UXO = "Request a UXO clearance team before any repair work starts."
_WASTE = "Clear solid waste with the municipality's trucks this week."
_LATRINES = "Add 20 emergency latrines and a hand-washing station."
_TRUCKING = "Arrange water trucking until the network is repaired."
_FUEL_LOW = Finding(
    "Fuel for the generator lasts two more days at the current rate.",
    "يكفي الوقود المتوفر لتشغيل المولد يومين فقط.",
    "working",
    _DIESEL,
)
_UXO_FOUND = Finding(
    "Unexploded ordnance was reported 200 m north of the access road.",
    "أُبلغ عن أجسام غير منفجرة على بعد 200 متر شمال طريق الوصول.",
    "any",
    _UXO,
)
_WASTE_PILED = Finding(
    "Solid waste has piled up at the entrance and attracts pests.",
    "تراكمت النفايات الصلبة عند المدخل وتجذب الحشرات.",
    "any",
    _WASTE,
)
_FEW_LATRINES = Finding(
    "Latrines are insufficient: one for every 120 people.",
    "عدد المراحيض غير كافٍ: مرحاض واحد لكل 120 شخصاً.",
    "working",
    _LATRINES,
)
VISIT_NOTES: dict[str, VisitNotes] = {
    "water": VisitNotes(
        (
            "Joint assessment with the municipality and the water utility",
            "Check water quality and chlorination",
            "Follow-up on the generator fuel delivery",
            "Verify repairs reported by the utility's contractor",
            "Rapid damage assessment after shelling in the area",
        ),
        (
            Finding(
                "The main pump is damaged and the plant runs at about 30% of capacity.",
                "المضخة الرئيسية متضررة وتعمل المحطة بنحو 30% من طاقتها.",
                "damaged",
                "Replace the main pump; the utility has a spare in its Deir al-Balah store.",
            ),
            Finding(
                "The chlorine dosing unit is not working; free chlorine was not detected.",
                "وحدة حقن الكلور معطلة ولم يُكشف عن كلور حر في المياه.",
                "working",
                "Repair the chlorine dosing unit and test the water again within a week.",
            ),
            _FUEL_LOW,
            Finding(
                "The water tank on the roof has shrapnel holes and leaks.",
                "خزان المياه على السطح مثقوب بالشظايا ويتسرب منه الماء.",
                "damaged",
                "Weld the holes in the tank and refill it.",
            ),
            Finding(
                "Operators work double shifts; the plant serves about {people} people.",
                "يعمل المشغلون نوبتين، وتخدم المحطة نحو {people} شخص.",
                "working",
                "Fund a second team of operators through the utility.",
            ),
            Finding(
                "The plant was destroyed; only the perimeter wall stands.",
                "دُمرت المحطة بالكامل ولم يبق إلا السور.",
                "destroyed",
                _TRUCKING,
            ),
            Finding(
                "Rubble covers the well head; the pipes to the network are cut.",
                "",
                "destroyed",
                _TRUCKING,
            ),
            Finding(
                "Families nearby report diarrhoea among children.",
                "",
                "any",
                "Share the diarrhoea reports with the health cluster.",
            ),
            Finding(
                "Water quality tests meet the standard; residual chlorine is 0.5 mg/l.",
                "",
                "working",
                "",
            ),
        ),
        ("ENR", "HEA"),
    ),
    "trucking": VisitNotes(
        (
            "Monitor water trucking deliveries",
            "Meet the water committee about the delivery schedule",
            "Check the quality of trucked water",
        ),
        (
            Finding(
                "Six trucks delivered water today; each family received about 20 litres.",
                "وزعت ست شاحنات المياه اليوم، وحصلت كل عائلة على نحو 20 لتراً.",
                "working",
                "Add two trucks to the round before the summer.",
            ),
            Finding(
                "Free chlorine in the trucked water was below 0.2 mg/l.",
                "",
                "working",
                "Chlorinate the trucks at the filling point and test daily.",
            ),
            Finding(
                "Queues at the tap stand last up to three hours.",
                "يستمر الانتظار عند نقطة التعبئة حتى ثلاث ساعات.",
                "any",
                "Install a second tap stand and a bladder tank.",
            ),
            Finding(
                "The bladder tank leaks and half of the taps are broken.",
                "",
                "damaged",
                "Replace the bladder tank and the broken taps.",
            ),
            Finding(
                "Trucks have not come for four days: the filling point has no fuel.",
                "",
                "damaged",
                "Deliver fuel to the filling point within 48 hours.",
            ),
            Finding(
                "The tank stand was destroyed; families fetch water from the next neighbourhood.",
                "",
                "destroyed",
                "Set up a temporary water point with a 10 m³ bladder.",
            ),
            Finding("About {people} people depend on this point for drinking water.", "", "any", ""),
        ),
        ("HEA", "LOG"),
    ),
    "health": VisitNotes(
        (
            "Review medical supply stock levels",
            "Follow-up on the generator fuel delivery",
            "Meet the clinic director about priority needs",
            "Check the referral pathway to the field hospitals",
            "Rapid damage assessment after shelling in the area",
        ),
        (
            Finding(
                "The clinic sees over 300 patients a day with two doctors on duty.",
                "يستقبل المركز الصحي أكثر من 300 مريض يومياً بطبيبين فقط.",
                "working",
                "Send a mobile medical team to relieve the staff.",
            ),
            Finding(
                "Stocks of insulin and antibiotics are nearly exhausted.",
                "نفد مخزون الإنسولين والمضادات الحيوية تقريباً.",
                "working",
                "Coordinate with the health cluster for an urgent medical supply shipment.",
            ),
            Finding(
                "Cases of diarrhoea among children were reported by the clinic staff.",
                "أبلغ طاقم العيادة عن حالات إسهال بين الأطفال.",
                "any",
                "Test the water supply and share the reports with the WASH cluster.",
            ),
            _FUEL_LOW,
            Finding(
                "The operating theatre is out of use since the ceiling collapsed.",
                "",
                "damaged",
                "Refer surgical cases to the nearest field hospital until the repairs are done.",
            ),
            Finding(
                "Only four of twelve staff came to work; the others cannot reach the site.",
                "",
                "damaged",
                "Arrange transport for the staff from the shelters.",
            ),
            Finding(
                "The building was destroyed; staff see patients in a tent at the entrance.",
                "دُمر المبنى، ويعاين الطاقم المرضى في خيمة عند المدخل.",
                "destroyed",
                "Set up a prefabricated clinic until the building is rebuilt.",
            ),
            Finding(
                "Medical equipment is buried under the rubble.",
                "",
                "destroyed",
                "Salvage the equipment with the civil defence team.",
            ),
            Finding(
                "Midwives report 15 deliveries a day and no working incubator.",
                "",
                "working",
                "Deliver two incubators with the next medical shipment.",
            ),
        ),
        ("WSH", "NUT", "ENR"),
    ),
    "school": VisitNotes(
        (
            "Assess needs of displaced families hosted at the site",
            "Verify completion of repairs reported by the contractor",
            "Meet the school principal about reopening",
            "Rapid damage assessment after shelling in the area",
        ),
        (
            Finding(
                "Classrooms are used as shelter by about {people} displaced people.",
                "تستخدم الصفوف مأوى لنحو {people} نازح.",
                "working",
                "Register the families and share the list with the shelter cluster.",
            ),
            _FEW_LATRINES,
            Finding("Repairs to the roof were completed and checked with the engineer.", "", "working", ""),
            Finding(
                "Windows on the second floor are broken; classes cannot resume there.",
                "",
                "damaged",
                "Repair the windows before the term starts.",
            ),
            Finding(
                "The east wing has cracked columns; the engineer advises closing it.",
                "",
                "damaged",
                "Seal off the east wing until a structural assessment is done.",
            ),
            Finding(
                "The school was destroyed; pupils study in two tents next to the rubble.",
                "دُمرت المدرسة ويدرس التلاميذ في خيمتين بجانب الركام.",
                "destroyed",
                "Set up temporary learning spaces in a nearby building.",
            ),
            Finding(
                "Unexploded ordnance lies in the rubble of the classrooms.",
                "",
                "destroyed",
                "Request a UXO clearance team before anyone enters the site.",
            ),
            Finding(
                "Teachers run two shifts a day for about 800 pupils.",
                "يعمل المعلمون على فترتين يومياً لنحو 800 تلميذ.",
                "working",
                "Deliver school kits for the second shift.",
            ),
            Finding(
                "Parents report that many children have been out of school for months.",
                "",
                "any",
                "Enrol the children in the nearest temporary learning space.",
            ),
        ),
        ("SHL", "WSH", "PRO"),
    ),
    "shelter": VisitNotes(
        (
            "Verify the number of people sheltering at the site",
            "Meet the site committee about priority needs",
            "Assess needs of displaced families hosted at the site",
            "Follow up on the winterization distribution",
        ),
        (
            Finding(
                "The committee keeps a register of residents; numbers grew by a third this week.",
                "",
                "any",
                "Register new arrivals and share the list with the shelter cluster.",
            ),
            _FEW_LATRINES,
            _WASTE_PILED,
            Finding(
                "Families lack mattresses and blankets ahead of the cold nights.",
                "تفتقر العائلات إلى الفرشات والأغطية مع اقتراب الليالي الباردة.",
                "any",
                "Deliver mattresses and blankets for 300 families.",
            ),
            Finding(
                "About {people} people live at the site; women report no lighting at the latrines at night.",
                "يقيم في الموقع نحو {people} شخص، وتشكو النساء من انعدام الإنارة عند المراحيض ليلاً.",
                "working",
                "Install solar lights along the paths to the latrines.",
            ),
            Finding(
                "Rain flooded a third of the tents last night.",
                "",
                "damaged",
                "Raise the tent floors and dig drainage channels.",
            ),
            Finding(
                "The building was hit; families moved to tents next to it.",
                "",
                "destroyed",
                "Distribute tents and tarpaulins to the families who moved out.",
            ),
        ),
        ("CCCM", "SHL", "WSH", "PRO"),
    ),
    "food": VisitNotes(
        (
            "Monitor distribution of food parcels",
            "Coordinate access for the distribution trucks",
            "Meet the distribution committee about the lists",
        ),
        (
            Finding(
                "About 1,500 families received food parcels; the queue was orderly.",
                "استلمت نحو 1500 عائلة طروداً غذائية، وكان الطابور منظماً.",
                "working",
                "",
            ),
            Finding(
                "The stock covers three more days of distributions.",
                "",
                "working",
                "Request the next food shipment from the warehouse this week.",
            ),
            Finding(
                "Families not on the lists gathered at the gate.",
                "",
                "any",
                "Agree the distribution lists with the committee before the next round.",
            ),
            Finding(
                "The road is passable for light vehicles only; trucks cannot reach the site.",
                "الطريق صالح للمركبات الخفيفة فقط ولا تستطيع الشاحنات الوصول.",
                "any",
                "Open an alternative access route through the eastern road.",
            ),
            Finding(
                "Distributions stopped two days ago: no stock arrived.",
                "",
                "damaged",
                "Track the delayed convoy and inform the committee.",
            ),
            Finding(
                "The warehouse roof is damaged; part of the flour got wet.",
                "",
                "damaged",
                "Cover the warehouse roof and move the stock to a dry store.",
            ),
            Finding(
                "The distribution point was destroyed; families walk 3 km to the next one.",
                "",
                "destroyed",
                "Open a temporary distribution point closer to the shelters.",
            ),
            Finding("Women and older people wait in a separate line, as agreed.", "", "working", ""),
        ),
        ("PRO", "LOG", "NUT"),
    ),
    "road": VisitNotes(
        (
            "Assess the condition of the road",
            "Accompany the UXO survey team",
            "Verify completion of repairs reported by the contractor",
        ),
        (
            Finding(
                "The road is passable for light vehicles only; trucks cannot pass.",
                "الطريق صالح للمركبات الخفيفة فقط ولا تستطيع الشاحنات المرور.",
                "damaged",
                "Clear the rubble with the municipality's heavy equipment.",
            ),
            Finding(
                "Unexploded ordnance was reported 200 m north of the road.",
                "أُبلغ عن أجسام غير منفجرة على بعد 200 متر شمال الطريق.",
                "any",
                _UXO,
            ),
            Finding(
                "Rubble blocks two of the four lanes.",
                "",
                "damaged",
                "Clear the rubble with the municipality's heavy equipment.",
            ),
            Finding(
                "Craters along 800 m of the road fill with water when it rains.",
                "",
                "damaged",
                "Fill the craters with compacted gravel.",
            ),
            Finding("The contractor's repairs were completed as reported.", "", "working", ""),
            Finding(
                "The road surface was destroyed over 1 km; vehicles use a sand track beside it.",
                "",
                "destroyed",
                "Grade the sand track and mark it until the road is rebuilt.",
            ),
            Finding(
                "Traffic flows both ways; a water pipe under the road still leaks.",
                "",
                "working",
                "Ask the water utility to repair the leak before the road is resurfaced.",
            ),
            Finding(
                "Donkey carts and pedestrians share the road with aid trucks.",
                "",
                "any",
                "Mark a pedestrian lane along the road.",
            ),
        ),
        ("LOG", "SEC"),
    ),
    "bridge": VisitNotes(
        (
            "Assess the condition of the bridge",
            "Accompany the UXO survey team",
            "Verify completion of repairs reported by the contractor",
        ),
        (
            Finding(
                "The bridge deck is cracked; the engineer advises a 10-tonne limit.",
                "سطح الجسر متشقق وينصح المهندس بحمولة لا تتجاوز 10 أطنان.",
                "damaged",
                "Post a 10-tonne limit and plan the deck repair.",
            ),
            Finding(
                "Unexploded ordnance was reported under the bridge.",
                "أُبلغ عن أجسام غير منفجرة تحت الجسر.",
                "any",
                _UXO,
            ),
            Finding(
                "One approach was washed out; only pedestrians can cross.",
                "",
                "damaged",
                "Rebuild the approach with compacted gravel.",
            ),
            Finding(
                "The bridge collapsed into the wadi; traffic fords the wadi bed while it is dry.",
                "انهار الجسر في الوادي، وتعبر المركبات قاع الوادي ما دام جافاً.",
                "destroyed",
                "Mark a detour for trucks and plan a temporary bridge before the rains.",
            ),
            Finding("Repairs to the railings and the deck were completed as reported.", "", "working", ""),
            Finding(
                "Sewage flows into the wadi under the bridge.",
                "",
                "any",
                "Report the sewage outflow to the water utility.",
            ),
        ),
        ("LOG", "SEC"),
    ),
    "power": VisitNotes(
        (
            "Inspect solar panels installed last month",
            "Joint assessment with the electricity company",
            "Handover of repaired equipment to the operator",
        ),
        (
            Finding(
                "The substation transformer was destroyed.",
                "دُمر محول المحطة الفرعية.",
                "destroyed",
                "Procure a replacement transformer through the electricity company.",
            ),
            Finding(
                "Solar panels produce as expected; batteries hold four hours.",
                "تنتج الألواح الشمسية كما هو متوقع وتكفي البطاريات أربع ساعات.",
                "working",
                "",
            ),
            Finding(
                "Cables to the pumping station were cut by shelling.",
                "",
                "damaged",
                "Repair the cables to restore power to the pumping station.",
            ),
            _FUEL_LOW,
            Finding(
                "A third of the solar panels were broken by shrapnel.",
                "",
                "damaged",
                "Replace the broken panels from the spare stock.",
            ),
            Finding(
                "The repaired equipment was handed over to the operator and tested under load.",
                "",
                "working",
                "",
            ),
            Finding(
                "The feeder line is live only six hours a day.",
                "",
                "working",
                "Install solar panels to reduce dependence on fuel.",
            ),
            Finding(
                "Households nearby get about four hours of power a day from private generators.",
                "تحصل المنازل المجاورة على نحو أربع ساعات من الكهرباء يومياً من مولدات خاصة.",
                "any",
                "",
            ),
            Finding(
                "Illegal connections overload the lines in the area.",
                "",
                "any",
                "Agree with the electricity company how to regularise the connections.",
            ),
        ),
        ("WSH", "HEA"),
    ),
    "market": VisitNotes(
        (
            "Assess market prices and supply",
            "Meet the traders' committee",
            "Rapid damage assessment after shelling in the area",
        ),
        (
            Finding(
                "Half of the shops are open; flour and oil are available at twice the usual price.",
                "نصف المحلات مفتوحة، والطحين والزيت متوفران بضعف السعر المعتاد.",
                "working",
                "Share the price survey with the cash working group.",
            ),
            Finding(
                "Traders cannot restock: trucks wait three days at the crossing.",
                "",
                "any",
                "Raise the traders' supply delays with the logistics cluster.",
            ),
            _WASTE_PILED,
            Finding(
                "Two shop rows were damaged by shelling.",
                "",
                "damaged",
                "Include the damaged shops in the cash-for-work repair scheme.",
            ),
            Finding(
                "The market was destroyed; vendors sell from carts in the street nearby.",
                "",
                "destroyed",
                "Identify a safe open space for a temporary market.",
            ),
            Finding(
                "Traders accept the e-vouchers; card readers work when there is power.", "", "working", ""
            ),
        ),
        ("CSH", "FSC"),
    ),
    "government": VisitNotes(
        (
            "Meet the municipality about priority repairs",
            "Rapid damage assessment after shelling in the area",
            "Coordinate access for the repair crew",
        ),
        (
            Finding(
                "The municipality works from two rooms; its records are partly lost.",
                "تعمل البلدية من غرفتين وقد فُقد جزء من سجلاتها.",
                "damaged",
                "Deliver office equipment and back up the records.",
            ),
            Finding(
                "The roof is damaged; the archive is exposed to rain.",
                "",
                "damaged",
                "Cover the roof with tarpaulins before the rain.",
            ),
            Finding(
                "Staff have not been paid for two months.",
                "",
                "any",
                "Raise the unpaid salaries with the donors' group.",
            ),
            _UXO_FOUND,
            Finding(
                "The building was destroyed; staff work from a rented flat nearby.",
                "",
                "destroyed",
                "Find temporary premises with room to receive the public.",
            ),
            Finding("The emergency committee meets here daily; the generator works.", "", "working", ""),
        ),
        ("ERY", "COR"),
    ),
    "crossing": VisitNotes(
        (
            "Monitor the movement of aid trucks",
            "Meet the crossing authorities about opening hours",
            "Coordinate the handover of cargo to partners' trucks",
        ),
        (
            Finding(
                "About 120 trucks crossed today; 40 more wait on the far side.",
                "عبرت نحو 120 شاحنة اليوم وتنتظر 40 أخرى على الجانب الآخر.",
                "working",
                "",
            ),
            Finding(
                "Inspections take four hours per truck.",
                "",
                "working",
                "Raise the inspection backlog at the next coordination meeting.",
            ),
            Finding(
                "The road from the crossing is passable for light vehicles only; trucks detour by 6 km.",
                "",
                "any",
                "Clear the direct road for trucks with the municipality's heavy equipment.",
            ),
            Finding(
                "The crossing closes at 15:00; trucks arriving later wait overnight.",
                "",
                "working",
                "Ask the crossing authorities to extend the opening hours.",
            ),
            Finding(
                "The crossing has been closed for three days; no reason was given.",
                "المعبر مغلق منذ ثلاثة أيام دون إبداء أسباب.",
                "damaged",
                "Raise the closure at the next coordination meeting.",
            ),
            Finding(
                "Cargo is offloaded on the ground; there is no shade or storage.",
                "",
                "damaged",
                "Set up a covered storage area at the cargo yard.",
            ),
            Finding(
                "Trucks queue along the approach road; drivers wait without water or shade.",
                "",
                "any",
                "Set up a water point for the drivers at the queue.",
            ),
            Finding(
                "Liaison officers of both sides were present; the handover was coordinated by radio.",
                "",
                "any",
                "",
            ),
        ),
        ("SEC", "FSC"),
    ),
    "community": VisitNotes(
        (
            "Rapid damage assessment after shelling in the area",
            "Meet the site committee about priority needs",
            "Accompany the UXO survey team",
        ),
        (
            _UXO_FOUND,
            _WASTE_PILED,
            Finding(
                "The centre runs psychosocial sessions for about 200 children a week.",
                "يقدم المركز جلسات دعم نفسي لنحو 200 طفل أسبوعياً.",
                "working",
                "Extend the sessions to adolescents with a second facilitator.",
            ),
            Finding(
                "The hall is usable but water and power are cut.",
                "",
                "damaged",
                "Restore water and power before the sessions resume.",
            ),
            Finding(
                "The centre was destroyed; activities moved to a tent next to it.",
                "",
                "destroyed",
                "Provide a large tent and floor mats for the activities.",
            ),
            Finding(
                "The committee asked for lighting on the paths around the centre.",
                "",
                "working",
                "Install solar street lights around the centre.",
            ),
        ),
        ("SEC", "CSH"),
    ),
}
# When no finding calls for anything in particular.
FOLLOW_UPS: tuple[str, ...] = (
    "Schedule a joint follow-up visit in two weeks.",
    "Share the findings with the clusters at the next coordination meeting.",
    "No action needed; visit again next month.",
)
SECURITY_NOTES: tuple[str, ...] = (
    "Calm during the visit.",
    "Sporadic gunfire heard to the east.",
    "Air activity overhead throughout the visit.",
    "Access coordinated with the liaison cell in advance.",
    "A crowd gathered at the gate during the visit.",
    "Checkpoint delays of about one hour on the way.",
    "UXO marked but not cleared near the site.",
    "Movement after dark is not advised.",
    "Tension between two families over water allocation.",
    "No incidents reported in the last week.",
    "Military activity reported 2 km south.",
    "Visit cut short on security advice.",
    "Staff report threats over aid distribution lists.",
    "The area was shelled two days before the visit.",
    "Deconfliction request approved for the visit window.",
)
ACCESS_NOTES: tuple[str, ...] = (
    "Accessible by the coastal road.",
    "Main road blocked by rubble; use the eastern detour.",
    "Trucks must unload 300 m from the site.",
    "Access requires prior coordination with the liaison cell.",
    "Bridge damaged: light vehicles only.",
    "Road flooded after rain; four-wheel drive needed.",
    "Open daily from 08:00 to 15:00.",
    "Key holder is the site committee chair.",
    "Fuel trucks need an escort.",
    "Narrow streets; no access for heavy equipment.",
    "Checkpoint on the approach road.",
    "Site reachable on foot only in the last 500 m.",
    "Parking available inside the compound.",
    "Access safe in daylight.",
    "Alternative access through the market street.",
)
# Why a task is blocked or on hold.
HOLD_REASONS: tuple[str, ...] = (
    "Waiting for deconfliction approval.",
    "Access road blocked by rubble.",
    "Spare parts held at the crossing.",
    "No fuel available for the contractor.",
    "Security situation does not allow movement to the area.",
    "Waiting for the donor to approve the budget.",
    "The contractor withdrew its team after shelling nearby.",
    "Waiting for the municipality's permit.",
    "UXO reported on the access route; waiting for clearance.",
)


class TaskIdea(NamedTuple):
    """A task (``{site}`` is its site's name, ``{area}`` its governorate) and the note that closes it."""

    sector: str
    title: str
    closure: str


# Tasks raised for a kind of site (by its ``SiteKind.notes``), and under "" those about a whole governorate.
TASK_IDEAS: dict[str, tuple[TaskIdea, ...]] = {
    "water": (
        TaskIdea("WSH", "Replace the main pump at {site}", "Pump replaced and tested with the operator."),
        TaskIdea(
            "WSH",
            "Install a chlorination unit at {site}",
            "Chlorination unit installed; free chlorine 0.4 mg/l at the outlet.",
        ),
        TaskIdea(
            "WSH",
            "Test water quality at {site}",
            "Samples tested at the utility's laboratory; results shared with the WASH cluster.",
        ),
        TaskIdea("ENR", "Deliver 2,000 L of diesel to {site}", "2,000 L of diesel delivered and signed for."),
        TaskIdea(
            "ENR", "Repair the generator at {site}", "Generator repaired; it ran four hours under load."
        ),
        TaskIdea(
            "WSH", "Repair the leaking tank at {site}", "Holes welded and the tank refilled; no leaks seen."
        ),
    ),
    "trucking": (
        TaskIdea(
            "WSH",
            "Add two water trucks to the round at {site}",
            "Two more trucks added; deliveries now twice a day.",
        ),
        TaskIdea(
            "WSH",
            "Install a 10 m³ water bladder at {site}",
            "Bladder installed and filled; the committee manages the queue.",
        ),
        TaskIdea(
            "WSH",
            "Test the chlorine in trucked water at {site}",
            "Chlorine within range in all samples; truck drivers briefed.",
        ),
        TaskIdea(
            "LOG",
            "Arrange fuel for the water trucks serving {site}",
            "Fuel vouchers issued to the trucking contractor for two weeks.",
        ),
    ),
    "health": (
        TaskIdea(
            "HEA",
            "Deliver insulin and antibiotics to {site}",
            "Insulin and antibiotics delivered; stock now covers a month.",
        ),
        TaskIdea(
            "HEA",
            "Send a mobile medical team to {site}",
            "Mobile team worked three days at the site and saw 640 patients.",
        ),
        TaskIdea(
            "HEA",
            "Arrange medical referrals from {site}",
            "Referral pathway agreed with the field hospital; 12 patients transferred.",
        ),
        TaskIdea(
            "ENR",
            "Deliver fuel for the generator at {site}",
            "Fuel delivered; the generator runs day and night again.",
        ),
        TaskIdea(
            "WSH",
            "Restore the water supply to {site}",
            "Water connection repaired and a 5 m³ reserve tank installed.",
        ),
        TaskIdea(
            "NUT",
            "Screen children for malnutrition at {site}",
            "412 children screened; 23 referred to the nutrition programme.",
        ),
    ),
    "school": (
        TaskIdea(
            "EDU",
            "Assess classrooms at {site} for reopening",
            "Assessed with the engineer: 14 of 20 classrooms can reopen.",
        ),
        TaskIdea(
            "EDU", "Deliver school kits to {site}", "Kits for 900 pupils delivered; the principal signed."
        ),
        TaskIdea(
            "SHL", "Repair windows and doors at {site}", "Windows and doors repaired in all classrooms."
        ),
        TaskIdea(
            "CCCM",
            "Plan relocation of families sheltering at {site}",
            "Relocation plan agreed with the families and the shelter cluster.",
        ),
        TaskIdea(
            "WSH",
            "Install emergency latrines at {site}",
            "Twenty latrines and a hand-washing station installed.",
        ),
        TaskIdea(
            "INF",
            "Assess structural damage at {site}",
            "Engineer's report shared: the east wing is unsafe and sealed off.",
        ),
    ),
    "shelter": (
        TaskIdea(
            "SHL",
            "Distribute tents and tarpaulins at {site}",
            "Tents and tarpaulins handed out to 150 families.",
        ),
        TaskIdea(
            "SHL",
            "Deliver mattresses and blankets to {site}",
            "Mattresses and blankets delivered for 300 families.",
        ),
        TaskIdea(
            "CCCM", "Register new arrivals at {site}", "Register updated and shared with the shelter cluster."
        ),
        TaskIdea(
            "CCCM",
            "Set up a site committee at {site}",
            "Committee of nine elected, four of them women; contacts shared.",
        ),
        TaskIdea(
            "WSH",
            "Clear solid waste at {site}",
            "Waste removed by the municipality; weekly collection agreed.",
        ),
        TaskIdea(
            "PRO",
            "Set up a child-friendly space at {site}",
            "Child-friendly space open with two trained facilitators.",
        ),
    ),
    "food": (
        TaskIdea(
            "FSC",
            "Organise a food distribution at {site}",
            "Food parcels distributed to 1,450 families without incident.",
        ),
        TaskIdea(
            "FSC",
            "Verify beneficiary lists at {site}",
            "Lists checked with the committee; 85 duplicates removed.",
        ),
        TaskIdea(
            "LOG",
            "Arrange a truck convoy to {site}",
            "Convoy of 12 trucks arrived and was offloaded the same day.",
        ),
        TaskIdea(
            "PRO",
            "Set up a complaints desk at {site}",
            "Complaints desk staffed at each distribution; 37 complaints answered.",
        ),
        TaskIdea(
            "SEC",
            "Agree crowd control arrangements at {site}",
            "Queuing lanes and a separate line for women and older people in place.",
        ),
    ),
    "road": (
        TaskIdea("INF", "Clear rubble from {site}", "Rubble cleared; all lanes open to traffic."),
        TaskIdea("INF", "Fill the craters on {site}", "Craters filled with compacted gravel along 800 m."),
        TaskIdea(
            "SEC",
            "Coordinate UXO clearance along {site}",
            "UXO removed by the clearance team; the road was declared safe.",
        ),
        TaskIdea("LOG", "Survey {site} for heavy trucks", "Survey done: trucks up to 20 tonnes can pass."),
    ),
    "bridge": (
        TaskIdea(
            "INF",
            "Assess the load capacity of {site}",
            "Engineer set a 10-tonne limit; signs posted at both ends.",
        ),
        TaskIdea(
            "INF",
            "Rebuild the approach to {site}",
            "Approach rebuilt with compacted gravel; open to light trucks.",
        ),
        TaskIdea(
            "SEC",
            "Coordinate UXO clearance at {site}",
            "Ordnance removed from under the bridge; area declared safe.",
        ),
        TaskIdea(
            "LOG",
            "Mark a truck detour around {site}",
            "Detour signposted and shared with the logistics cluster.",
        ),
    ),
    "power": (
        TaskIdea(
            "ENR", "Replace the transformer at {site}", "Transformer replaced; the feeder line is live again."
        ),
        TaskIdea(
            "ENR", "Install solar panels at {site}", "Solar panels installed and handed over to the operator."
        ),
        TaskIdea(
            "ENR",
            "Repair the cables from {site} to the pumping station",
            "Cables spliced and tested; the pumping station has power again.",
        ),
        TaskIdea(
            "LOG",
            "Track the spare parts shipment for {site}",
            "Spare parts cleared at the crossing and delivered to the operator.",
        ),
    ),
    "market": (
        TaskIdea(
            "ERY", "Survey prices at {site}", "Price survey done; results shared with the cash working group."
        ),
        TaskIdea("WSH", "Clear solid waste at {site}", "Waste removed; the traders agreed a cleaning rota."),
        TaskIdea("ERY", "Repair the damaged shop rows at {site}", "Cash-for-work team repaired 24 shops."),
        TaskIdea(
            "CSH",
            "Register traders at {site} for the voucher scheme",
            "86 traders registered and trained on the voucher scheme.",
        ),
    ),
    "government": (
        TaskIdea(
            "GOV",
            "Agree priority repairs with the staff of {site}",
            "Priority list signed by the mayor and shared with donors.",
        ),
        TaskIdea(
            "SHL", "Cover the roof of {site} with tarpaulins", "Roof covered with tarpaulins before the rain."
        ),
        TaskIdea(
            "ERY",
            "Deliver office equipment to {site}",
            "Computers and a generator handed over with a signed handover note.",
        ),
        TaskIdea(
            "GOV", "Obtain the repair permit for {site}", "Permit issued; the contractor has started work."
        ),
    ),
    "crossing": (
        TaskIdea(
            "LOG",
            "Raise the inspection backlog at {site}",
            "Raised at the coordination meeting; a second inspection lane opens on Sundays.",
        ),
        TaskIdea("LOG", "Arrange a truck convoy from {site}", "Convoy of 30 trucks moved to the warehouses."),
        TaskIdea(
            "SEC",
            "Request deconfliction for the convoy route from {site}",
            "Deconfliction approved for the convoy window.",
        ),
        TaskIdea(
            "LOG",
            "Secure warehouse space near {site}",
            "Warehouse of 1,200 m² leased near the crossing for three months.",
        ),
    ),
    "community": (
        TaskIdea(
            "PRO",
            "Hold an explosive ordnance risk session at {site}",
            "Session held for 60 children and 25 parents.",
        ),
        TaskIdea(
            "PRO",
            "Refer protection cases from {site}",
            "Cases referred to the protection partner with consent.",
        ),
        TaskIdea(
            "INF", "Assess structural damage at {site}", "Engineer's report shared: the hall is safe to use."
        ),
        TaskIdea(
            "COR",
            "Organise a joint visit to {site}",
            "Joint visit held with three partners; findings shared with the clusters.",
        ),
    ),
    "": (
        TaskIdea("COR", "Update the 3W table for {area}", "3W table updated and shared with the clusters."),
        TaskIdea(
            "COR",
            "Brief the coordination meeting on access in {area}",
            "Briefed at Tuesday's meeting; actions recorded in the minutes.",
        ),
        TaskIdea(
            "SEC",
            "Update the access map for {area}",
            "Access map updated with three new road closures and shared.",
        ),
        TaskIdea(
            "SEC",
            "Request deconfliction for next week's movements in {area}",
            "Deconfliction approved for all planned movements.",
        ),
        TaskIdea(
            "LOG",
            "Arrange a fuel escort to {area}",
            "Escort provided; 40,000 L of fuel delivered to the utilities.",
        ),
        TaskIdea(
            "WSH",
            "Organise a hygiene kit distribution in {area}",
            "Hygiene kits distributed to 2,000 families.",
        ),
        TaskIdea(
            "HEA",
            "Map functioning health facilities in {area}",
            "Map of functioning facilities shared with the health cluster.",
        ),
        TaskIdea(
            "SHL",
            "Collect shelter damage reports for {area}",
            "Damage reports consolidated and sent to the shelter cluster.",
        ),
        TaskIdea(
            "PRO",
            "Share explosive ordnance warnings for {area} with partners",
            "Warnings shared by e-mail and radio with all partners.",
        ),
        TaskIdea(
            "GOV",
            "Agree debris removal in {area} with the municipality",
            "Plan agreed; the municipality provides two loaders.",
        ),
        TaskIdea(
            "ETC",
            "Test radio coverage in {area}",
            "Radio check done; two dead spots marked on the access map.",
        ),
        TaskIdea(
            "NUT",
            "Plan a nutrition screening campaign in {area}",
            "Plan agreed with the nutrition cluster; screening starts next week.",
        ),
    ),
}

EMAIL_DOMAINS: dict[str, str] = {
    "UNICEF": "unicef.example",
    "WFP": "wfp.example",
    "WHO": "who.example",
    "UNRWA": "unrwa.example",
    "OCHA": "un.example",
    "UNDP": "undp.example",
    "UNOPS": "unops.example",
    "UNMAS": "un.example",
    "UNFPA": "unfpa.example",
    "IOM": "iom.example",
    "MSF": "msf.example",
    "NRC": "nrc.example",
    "IRC": "rescue.example",
    "OXFAM": "oxfam.example",
    "SCI": "savethechildren.example",
    "MC": "mercycorps.example",
    "ACF": "actionagainsthunger.example",
    "IRW": "islamic-relief.example",
    "DRC": "drc.example",
    "HI": "hi.example",
    "ICRC": "icrc.example",
    "PRCS": "palestinercs.example",
    "PMRS": "pmrs.example",
    "MAAN": "maan-ctr.example",
    "PARC": "parc.example",
    "CMWU": "cmwu.example",
    "GAZA-MUN": "gaza-city.example",
    "KY-MUN": "khanyounis.example",
    "RAF-MUN": "rafah.example",
    "GEDCO": "gedco.example",
    "MOH": "moh.example",
    "MOEHE": "mohe.example",
    "MOPWH": "mopwh.example",
    "PWA": "pwa.example",
    "ECHO": "echo.example",
    "OPT-HF": "ochaopt.example",
    "CMLC-N": "cmcc.example",
    "CMLC-S": "cmcc.example",
    "PELT": "pelt.example",
    "PMLD": "pmld.example",
    "ABC": "albahar.example",
    "GLFS": "glfs.example",
    "SCWC": "scwc.example",
    "KCC": "kcc.example",
    "IUG-ENG": "iugaza.example",
}
# Unaffiliated people's personal addresses.
PERSONAL_EMAIL_DOMAIN = "mail.example"
