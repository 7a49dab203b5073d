<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>Camp Coordination and Camp Management</source>
        <translation>تنسيق وإدارة المخيمات</translation>
    </message>
    <message>
        <source>Early Recovery</source>
        <translation>التعافي المبكر</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Emergency Telecommunications</source>
        <translation>الاتصالات في حالات الطوارئ</translation>
    </message>
    <message>
        <source>Food Security</source>
        <translation>الأمن الغذائي</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>اللوجستيات</translation>
    </message>
    <message>
        <source>Nutrition</source>
        <translation>التغذية</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source>Shelter and Non-Food Items</source>
        <translation>المأوى والمواد غير الغذائية</translation>
    </message>
    <message>
        <source>Water, Sanitation and Hygiene</source>
        <translation>المياه والصرف الصحي والنظافة الصحية</translation>
    </message>
    <message>
        <source>Energy and power</source>
        <translation>الطاقة والكهرباء</translation>
    </message>
    <message>
        <source>Roads, bridges and public infrastructure</source>
        <translation>الطرق والجسور والبنية التحتية العامة</translation>
    </message>
    <message>
        <source>Governance and local administration</source>
        <translation>الحوكمة والإدارة المحلية</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>أُلغي التقرير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Site visit report — {site}</source>
        <translation>تقرير الزيارة الميدانية — {site}</translation>
    </message>
    <message>
        <source>Visit report: {site}</source>
        <translation>تقرير الزيارة: {site}</translation>
    </message>
    <message>
        <source>The period starts on {start}, after its end on {end}. Swap the two dates.</source>
        <translation>تبدأ الفترة في {start}، أي بعد نهايتها في {end}. بدِّل بين التاريخين.</translation>
    </message>
    <message>
        <source>{site} has no visits in that period; there is nothing to report.</source>
        <translation>لا زيارات للموقع {site} في تلك الفترة؛ فلا يوجد ما يُدرج في التقرير.</translation>
    </message>
    <message>
        <source>Site report: {site}</source>
        <translation>تقرير الموقع: {site}</translation>
    </message>
    <message>
        <source>Site report — {site} ({start} to {end})</source>
        <translation>تقرير الموقع — {site} (من {start} إلى {end})</translation>
    </message>
    <message>
        <source>Site report — {site} (from {start})</source>
        <translation>تقرير الموقع — {site} (من {start})</translation>
    </message>
    <message>
        <source>Site report — {site} (until {end})</source>
        <translation>تقرير الموقع — {site} (حتى {end})</translation>
    </message>
    <message>
        <source>Site report — {site}</source>
        <translation>تقرير الموقع — {site}</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>موقع</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>المنطقة الإدارية</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>الرمز المكاني (P-code)</translation>
    </message>
    <message>
        <source>Coordinates (WGS84)</source>
        <translation>الإحداثيات (WGS84)</translation>
    </message>
    <message>
        <source>Operational status</source>
        <translation>الحالة التشغيلية</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>ملاحظات الوصول</translation>
    </message>
    <message>
        <source>{sector} {severity} ({label})</source>
        <translation>{sector} {severity} ({label})</translation>
    </message>
    <message numerus="yes">
        <source>Summary: %Ln visit(s)</source>
        <translation>
            <numerusform>ملخص: لا زيارات</numerusform>
            <numerusform>ملخص: زيارة واحدة</numerusform>
            <numerusform>ملخص: زيارتان</numerusform>
            <numerusform>ملخص: %Ln زيارات</numerusform>
            <numerusform>ملخص: %Ln زيارة</numerusform>
            <numerusform>ملخص: %Ln زيارة</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Most severe need</source>
        <translation>الحاجة الأشد</translation>
    </message>
    <message>
        <source>People in need</source>
        <translation>الأشخاص المحتاجون</translation>
    </message>
    <message>
        <source>Visit of {moment}</source>
        <translation>زيارة بتاريخ {moment}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Visiting officers</source>
        <translation>المسؤولون الزائرون</translation>
    </message>
    <message>
        <source>Contacts met</source>
        <translation>جهات الاتصال التي تمت مقابلتها</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>نتائج الزيارة</translation>
    </message>
    <message>
        <source>Needs by sector</source>
        <translation>الاحتياجات حسب القطاع</translation>
    </message>
    <message>
        <source>Severity ({lowest}–{highest})</source>
        <translation>الشدة ({lowest}–{highest})</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Security and access</source>
        <translation>الأمن والوصول</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>مهام المتابعة</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسنَدة إلى</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>(not an image: {name})</source>
        <translation>(ليس صورة: {name})</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>راجعه</translation>
    </message>
    <message>
        <source>Name: {line}</source>
        <translation>الاسم: {line}</translation>
    </message>
    <message>
        <source>Signature: {line}</source>
        <translation>التوقيع: {line}</translation>
    </message>
    <message>
        <source>Date: {line}</source>
        <translation>التاريخ: {line}</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Multi-purpose cash</source>
        <translation>المساعدات النقدية متعددة الأغراض</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>وكالة تابعة للأمم المتحدة</translation>
    </message>
    <message>
        <source>International NGO</source>
        <translation>منظمة غير حكومية دولية</translation>
    </message>
    <message>
        <source>National NGO</source>
        <translation>منظمة غير حكومية وطنية</translation>
    </message>
    <message>
        <source>Red Cross / Red Crescent</source>
        <translation>الصليب الأحمر / الهلال الأحمر</translation>
    </message>
    <message>
        <source>Local authority or utility</source>
        <translation>سلطة محلية أو مرفق عام</translation>
    </message>
    <message>
        <source>Government ministry</source>
        <translation>وزارة حكومية</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>جهة مانحة</translation>
    </message>
    <message>
        <source>Military (own)</source>
        <translation>جهة عسكرية (تابعة لنا)</translation>
    </message>
    <message>
        <source>Military (partner)</source>
        <translation>جهة عسكرية (شريكة)</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <source>Community group or committee</source>
        <translation>مجموعة أو لجنة مجتمعية</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>مؤسسة أكاديمية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Water or sanitation plant</source>
        <translation>محطة مياه أو صرف صحي</translation>
    </message>
    <message>
        <source>Health facility</source>
        <translation>مرفق صحي</translation>
    </message>
    <message>
        <source>School</source>
        <translation>مدرسة</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>مركز إيواء</translation>
    </message>
    <message>
        <source>Distribution point</source>
        <translation>نقطة توزيع</translation>
    </message>
    <message>
        <source>Road or bridge</source>
        <translation>طريق أو جسر</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>منشأة كهرباء</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>سوق</translation>
    </message>
    <message>
        <source>Government building</source>
        <translation>مبنى حكومي</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>معبر</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>Partially functional</source>
        <translation>يعمل جزئيًا</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>لا يعمل</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>مدمَّر</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>مُسنَدة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>مُعرقَلة</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>معلَّقة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجَزة</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق منها</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>None or minimal</source>
        <translation>لا يوجد أو ضئيل</translation>
    </message>
    <message>
        <source>Stressed</source>
        <translation>مُجهَد</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>شديد</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation>بالغ الشدة</translation>
    </message>
    <message>
        <source>Catastrophic</source>
        <translation>كارثي</translation>
    </message>
    <message>
        <source>Team only</source>
        <translation>الفريق فقط</translation>
    </message>
    <message>
        <source>CMCC partners</source>
        <translation>شركاء مركز التنسيق</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>الأفريكانية</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>الأمهرية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>الأذربيجانية</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>البلغارية</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>البنغالية</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>البوسنية</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>التشيكية</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>الدنماركية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>اليونانية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>الإستونية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Fula</source>
        <translation>الفولانية</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>الفنلندية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>الأيرلندية</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>الهوسا</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>الهندية</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>الكرواتية</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>الهنغارية</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>الأرمنية</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>الإندونيسية</translation>
    </message>
    <message>
        <source>Igbo</source>
        <translation>الإيغبو</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>الآيسلندية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>اليابانية</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>الجورجية</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>الكورية</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>اللينغالا</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>الليتوانية</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>اللاتفية</translation>
    </message>
    <message>
        <source>Malagasy</source>
        <translation>الملغاشية</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>المقدونية</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>الملايوية</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>المالطية</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>النيبالية</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>النرويجية</translation>
    </message>
    <message>
        <source>Oromo</source>
        <translation>الأورومية</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>البشتوية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <translation>الكينيارواندية</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>السنهالية</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>السلوفاكية</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>السلوفينية</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>الصومالية</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>الألبانية</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>الصربية</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>السويدية</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>السواحيلية</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>التاميلية</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>التايلاندية</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>التغرينية</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>التاغالوغية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>الفيتنامية</translation>
    </message>
    <message>
        <source>Wolof</source>
        <translation>الولوفية</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>اليوروبا</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>الزولو</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>الحقل «{label}» إلزامي.</translation>
    </message>
    <message numerus="yes">
        <source>{label} is too long (%Ln character(s); at most {limit}).</source>
        <translation>
            <numerusform>الحقل «{label}» أطول من المسموح به (لا أحرف؛ الحد الأقصى {limit}).</numerusform>
            <numerusform>الحقل «{label}» أطول من المسموح به (حرف واحد؛ الحد الأقصى {limit}).</numerusform>
            <numerusform>الحقل «{label}» أطول من المسموح به (حرفان؛ الحد الأقصى {limit}).</numerusform>
            <numerusform>الحقل «{label}» أطول من المسموح به (%Ln أحرف؛ الحد الأقصى {limit}).</numerusform>
            <numerusform>الحقل «{label}» أطول من المسموح به (%Ln حرفًا؛ الحد الأقصى {limit}).</numerusform>
            <numerusform>الحقل «{label}» أطول من المسموح به (%Ln حرف؛ الحد الأقصى {limit}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>يجب أن تكون قيمة الحقل «{label}» إحدى القيم التالية: {choices}.</translation>
    </message>
    <message>
        <source>Unknown sector code: {codes}.</source>
        <translation>رمز قطاع غير معروف: {codes}.</translation>
    </message>
    <message>
        <source>Not a language on the list: {languages}. Choose the languages from the list.</source>
        <translation>لغة غير موجودة في القائمة: {languages}. اختر اللغات من القائمة.</translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation>نطاق التداول</translation>
    </message>
    <message>
        <source>Enter a phone number, or remove the empty line.</source>
        <translation>أدخِل رقم هاتف، أو أزِل السطر الفارغ.</translation>
    </message>
    <message>
        <source>{number} is not a phone number. Type it with its country code, for example +970 59 912 3456.</source>
        <translation>القيمة {number} ليست رقم هاتف. اكتب الرقم مع رمز البلد، مثلًا ⁦+970 59 912 3456⁩.</translation>
    </message>
    <message>
        <source>{number} is not a valid phone number. Check the digits and the country code (for example +970 59 912 3456).</source>
        <translation>الرقم {number} ليس رقم هاتف صالحًا. تحقَّق من الأرقام ومن رمز البلد (مثلًا ⁦+970 59 912 3456⁩).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address. Type it as name@organisation.org.</source>
        <translation>القيمة {address} ليست عنوان بريد إلكتروني. اكتبه بالشكل name@organisation.org.</translation>
    </message>
    <message>
        <source>{label} must be a number in decimal degrees, for example 31.5017.</source>
        <translation>يجب أن تكون قيمة الحقل «{label}» رقمًا بالدرجات العشرية، مثلًا 31.5017.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high} (decimal degrees, WGS84); {value} is out of range.</source>
        <translation>يجب أن تكون قيمة الحقل «{label}» بين {low} و{high} (بالدرجات العشرية وفق WGS84)؛ القيمة {value} خارج هذا النطاق.</translation>
    </message>
    <message>
        <source>{label} must be a date as YYYY-MM-DD, for example 2026-03-15.</source>
        <translation>يجب أن تكون قيمة الحقل «{label}» تاريخًا بالصيغة YYYY-MM-DD، مثلًا 2026-03-15.</translation>
    </message>
    <message>
        <source>{label} must be a date and time as YYYY-MM-DD HH:MM, for example 2026-03-15 09:30.</source>
        <translation>يجب أن تكون قيمة الحقل «{label}» تاريخًا ووقتًا بالصيغة YYYY-MM-DD HH:MM، مثلًا 2026-03-15 09:30.</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>يجب أن تكون قيمة الحقل «{label}» عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>لا يمكن أن تكون قيمة الحقل «{label}» سالبة.</translation>
    </message>
    <message>
        <source>Sector of a need</source>
        <translation>قطاع الحاجة</translation>
    </message>
    <message>
        <source>The sector {sector} is listed twice in the needs.</source>
        <translation>القطاع {sector} مذكور مرتين في الاحتياجات.</translation>
    </message>
    <message>
        <source>Severity must be 1 (none or minimal) to 5 (catastrophic).</source>
        <translation>يجب أن يكون مستوى الشدة من 1 (لا يوجد أو ضئيل) إلى 5 (كارثي).</translation>
    </message>
    <message>
        <source>e.g. Lina Haddad</source>
        <translation>مثلًا لينا حداد</translation>
    </message>
    <message>
        <source>e.g. CMCC North</source>
        <translation>مثلًا CMCC North</translation>
    </message>
    <message>
        <source>Same as this computer (system language)</source>
        <translation>كما في هذا الحاسوب (لغة النظام)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Written on every change you make.</source>
        <translation>يُسجَّل مع كل تغيير تُجريه.</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>فريقك</translation>
    </message>
    <message>
        <source>Other teams see it on the sync bundles you send.</source>
        <translation>تراه الفرق الأخرى في حزم المزامنة التي ترسلها.</translation>
    </message>
    <message>
        <source>{value} is not a record id.</source>
        <translation>القيمة {value} ليست معرِّف سجل.</translation>
    </message>
    <message>
        <source>not a list of record ids</source>
        <translation>ليست قائمة معرِّفات سجلات</translation>
    </message>
    <message>
        <source>a list of record ids with gaps or repeats</source>
        <translation>قائمة معرِّفات سجلات فيها فراغات أو تكرار</translation>
    </message>
    <message>
        <source>not a list of phones</source>
        <translation>ليست قائمة أرقام هاتف</translation>
    </message>
    <message>
        <source>a phone that is not a label and a number</source>
        <translation>هاتف لا يتكوَّن من تسمية ورقم</translation>
    </message>
    <message>
        <source>a phone number not in international form</source>
        <translation>رقم هاتف ليس بالصيغة الدولية</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>a file name with a path in it</source>
        <translation>اسم ملف يتضمن مسارًا</translation>
    </message>
    <message>
        <source>not a file size</source>
        <translation>ليست حجم ملف</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>أنشأه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>not a SHA-256 hash</source>
        <translation>ليست قيمة تجزئة SHA-256</translation>
    </message>
    <message>
        <source>not a media type</source>
        <translation>ليست نوع وسائط (media type)</translation>
    </message>
    <message numerus="yes">
        <source>not text of at most %Ln character(s), without spaces around</source>
        <translation>
            <numerusform>ليست نصًا فارغًا</numerusform>
            <numerusform>ليست نصًا طوله حرف واحد على الأكثر، بلا مسافات في طرفيه</numerusform>
            <numerusform>ليست نصًا طوله حرفان على الأكثر، بلا مسافات في طرفيه</numerusform>
            <numerusform>ليست نصًا طوله %Ln أحرف على الأكثر، بلا مسافات في طرفيه</numerusform>
            <numerusform>ليست نصًا طوله %Ln حرفًا على الأكثر، بلا مسافات في طرفيه</numerusform>
            <numerusform>ليست نصًا طوله %Ln حرف على الأكثر، بلا مسافات في طرفيه</numerusform>
        </translation>
    </message>
    <message>
        <source>empty, but it must have a value</source>
        <translation>فارغة، مع أن الحقل يجب أن تكون له قيمة</translation>
    </message>
    <message>
        <source>not in the form CMCC Desktop stores</source>
        <translation>ليست بالصيغة التي يخزِّن بها برنامج CMCC Desktop البيانات</translation>
    </message>
    <message>
        <source>not a stored time</source>
        <translation>ليست وقتًا بصيغة التخزين</translation>
    </message>
    <message>
        <source>not a stored date</source>
        <translation>ليست تاريخًا بصيغة التخزين</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>ليست قائمة</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ليست رقمًا</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>ليست عددًا صحيحًا</translation>
    </message>
    <message numerus="yes">
        <source>not text of at most %Ln character(s)</source>
        <translation>
            <numerusform>ليست نصًا فارغًا</numerusform>
            <numerusform>ليست نصًا طوله حرف واحد على الأكثر</numerusform>
            <numerusform>ليست نصًا طوله حرفان على الأكثر</numerusform>
            <numerusform>ليست نصًا طوله %Ln أحرف على الأكثر</numerusform>
            <numerusform>ليست نصًا طوله %Ln حرفًا على الأكثر</numerusform>
            <numerusform>ليست نصًا طوله %Ln حرف على الأكثر</numerusform>
        </translation>
    </message>
    <message>
        <source>A received change to an organisation holds a value its {field} cannot have ({problem}). The bundle was refused.</source>
        <translation>يحمل تغيير مستلَم على مؤسسة قيمةً لا يمكن أن يحملها الحقل {field} ({problem}). رُفضت الحزمة.</translation>
    </message>
    <message>
        <source>A received change to a contact holds a value its {field} cannot have ({problem}). The bundle was refused.</source>
        <translation>يحمل تغيير مستلَم على جهة اتصال قيمةً لا يمكن أن يحملها الحقل {field} ({problem}). رُفضت الحزمة.</translation>
    </message>
    <message>
        <source>A received change to a site holds a value its {field} cannot have ({problem}). The bundle was refused.</source>
        <translation>يحمل تغيير مستلَم على موقع قيمةً لا يمكن أن يحملها الحقل {field} ({problem}). رُفضت الحزمة.</translation>
    </message>
    <message>
        <source>A received change to a visit holds a value its {field} cannot have ({problem}). The bundle was refused.</source>
        <translation>يحمل تغيير مستلَم على زيارة قيمةً لا يمكن أن يحملها الحقل {field} ({problem}). رُفضت الحزمة.</translation>
    </message>
    <message>
        <source>A received change to a task holds a value its {field} cannot have ({problem}). The bundle was refused.</source>
        <translation>يحمل تغيير مستلَم على مهمة قيمةً لا يمكن أن يحملها الحقل {field} ({problem}). رُفضت الحزمة.</translation>
    </message>
    <message>
        <source>A received change to an attachment holds a value its {field} cannot have ({problem}). The bundle was refused.</source>
        <translation>يحمل تغيير مستلَم على مرفق قيمةً لا يمكن أن يحملها الحقل {field} ({problem}). رُفضت الحزمة.</translation>
    </message>
    <message>
        <source>A received new organisation has no {fields}. The bundle was refused.</source>
        <translation>لا تحمل مؤسسة جديدة مستلَمة قيمةً في: {fields}. رُفضت الحزمة.</translation>
    </message>
    <message>
        <source>A received new contact has no {fields}. The bundle was refused.</source>
        <translation>لا تحمل جهة اتصال جديدة مستلَمة قيمةً في: {fields}. رُفضت الحزمة.</translation>
    </message>
    <message>
        <source>A received new site has no {fields}. The bundle was refused.</source>
        <translation>لا يحمل موقع جديد مستلَم قيمةً في: {fields}. رُفضت الحزمة.</translation>
    </message>
    <message>
        <source>A received new visit has no {fields}. The bundle was refused.</source>
        <translation>لا تحمل زيارة جديدة مستلَمة قيمةً في: {fields}. رُفضت الحزمة.</translation>
    </message>
    <message>
        <source>A received new task has no {fields}. The bundle was refused.</source>
        <translation>لا تحمل مهمة جديدة مستلَمة قيمةً في: {fields}. رُفضت الحزمة.</translation>
    </message>
    <message>
        <source>A received new attachment has no {fields}. The bundle was refused.</source>
        <translation>لا يحمل مرفق جديد مستلَم قيمةً في: {fields}. رُفضت الحزمة.</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>تعذّر الفتح</translation>
    </message>
    <message>
        <source>This computer has no program set to open “{name}”. Find it with your file manager:</source>
        <translation>لا يوجد على هذا الحاسوب برنامج مضبوط لفتح «{name}». اعثر عليه بمدير الملفات:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>HXL files (*.hxl.csv)</source>
        <translation>ملفات HXL (*.hxl.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>ملفات vCard (*.vcf)</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson)</source>
        <translation>ملفات GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>KML files (*.kml)</source>
        <translation>ملفات KML (*.kml)</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation>حفظ ملف التصدير</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to {path}.</source>
        <translation>
            <numerusform>حُفظ في الملف {path} ما يلي: لا صفوف.</numerusform>
            <numerusform>حُفظ في الملف {path} ما يلي: صف واحد.</numerusform>
            <numerusform>حُفظ في الملف {path} ما يلي: صفان.</numerusform>
            <numerusform>حُفظ في الملف {path} ما يلي: %Ln صفوف.</numerusform>
            <numerusform>حُفظ في الملف {path} ما يلي: %Ln صفًا.</numerusform>
            <numerusform>حُفظ في الملف {path} ما يلي: %Ln صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln record(s) to {path}.</source>
        <translation>
            <numerusform>حُفظ في الملف {path} ما يلي: لا سجلات.</numerusform>
            <numerusform>حُفظ في الملف {path} ما يلي: سجل واحد.</numerusform>
            <numerusform>حُفظ في الملف {path} ما يلي: سجلان.</numerusform>
            <numerusform>حُفظ في الملف {path} ما يلي: %Ln سجلات.</numerusform>
            <numerusform>حُفظ في الملف {path} ما يلي: %Ln سجلًا.</numerusform>
            <numerusform>حُفظ في الملف {path} ما يلي: %Ln سجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln record(s) marked stricter than “{audience}”.</source>
        <translation>
            <numerusform>السجلات المستبعدة لأن نطاق تداولها أضيق من «{audience}»: لا سجلات.</numerusform>
            <numerusform>السجلات المستبعدة لأن نطاق تداولها أضيق من «{audience}»: سجل واحد.</numerusform>
            <numerusform>السجلات المستبعدة لأن نطاق تداولها أضيق من «{audience}»: سجلان.</numerusform>
            <numerusform>السجلات المستبعدة لأن نطاق تداولها أضيق من «{audience}»: %Ln سجلات.</numerusform>
            <numerusform>السجلات المستبعدة لأن نطاق تداولها أضيق من «{audience}»: %Ln سجلًا.</numerusform>
            <numerusform>السجلات المستبعدة لأن نطاق تداولها أضيق من «{audience}»: %Ln سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation>لم يُستبعد أي سجل.</translation>
    </message>
    <message numerus="yes">
        <source>Left off the map %Ln record(s) without coordinates.</source>
        <translation>
            <numerusform>السجلات التي لم توضع على الخريطة لأنها بلا إحداثيات: لا سجلات.</numerusform>
            <numerusform>السجلات التي لم توضع على الخريطة لأنها بلا إحداثيات: سجل واحد.</numerusform>
            <numerusform>السجلات التي لم توضع على الخريطة لأنها بلا إحداثيات: سجلان.</numerusform>
            <numerusform>السجلات التي لم توضع على الخريطة لأنها بلا إحداثيات: %Ln سجلات.</numerusform>
            <numerusform>السجلات التي لم توضع على الخريطة لأنها بلا إحداثيات: %Ln سجلًا.</numerusform>
            <numerusform>السجلات التي لم توضع على الخريطة لأنها بلا إحداثيات: %Ln سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>حُفظ ملف التصدير</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>افتح المجلد</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>انسخ المسار</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>حُفظ التقرير</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>حُفظ التقرير في {path}.</translation>
    </message>
    <message>
        <source>Open (to view or print)</source>
        <translation>افتح (للعرض أو الطباعة)</translation>
    </message>
    <message>
        <source>Writing the visit report…</source>
        <translation>جارٍ إعداد تقرير الزيارة…</translation>
    </message>
    <message>
        <source>Writing the site report…</source>
        <translation>جارٍ إعداد تقرير الموقع…</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>عبارة مرور الفريق</translation>
    </message>
    <message>
        <source>Save sync bundle</source>
        <translation>حفظ حزمة المزامنة</translation>
    </message>
    <message>
        <source>Sync bundles (*.cmccsync)</source>
        <translation>حزم المزامنة (*.cmccsync)</translation>
    </message>
    <message>
        <source>Sync bundle saved</source>
        <translation>حُفظت حزمة المزامنة</translation>
    </message>
    <message>
        <source>Saved {changes} and {files} ({size} KB) to {path}.</source>
        <translation>حُفظت الحزمة في {path}، وفيها {changes} و{files} ({size} كيلوبايت).</translation>
    </message>
    <message>
        <source>Writing the sync bundle…</source>
        <translation>جارٍ كتابة حزمة المزامنة…</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>لا تغييرات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>لا تغييرات</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%Ln تغييرات</numerusform>
            <numerusform>%Ln تغييرًا</numerusform>
            <numerusform>%Ln تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>no files</source>
        <translation>لا ملفات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>From team &lt;b&gt;{team}&lt;/b&gt;, officer {officer}, written {at}.</source>
        <translation>من الفريق &lt;b&gt;{team}&lt;/b&gt;، المسؤول {officer}، كُتبت في {at}.</translation>
    </message>
    <message>
        <source>Team key fingerprint: &lt;b&gt;&lt;nobr&gt;{fingerprint}&lt;/nobr&gt;&lt;/b&gt;</source>
        <translation>بصمة مفتاح الفريق: &lt;b&gt;&lt;nobr&gt;{fingerprint}&lt;/nobr&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <source>It brings {changes} and {files}, from teams: {teams}.</source>
        <translation>فيها {changes} و{files}، مصدرها: {teams}.</translation>
    </message>
    <message>
        <source>Changes of teams this laptop does not trust yet will be left out: {teams}.</source>
        <translation>ستُستبعد تغييرات الفرق التي لا يثق بها هذا الحاسوب بعد: {teams}.</translation>
    </message>
    <message>
        <source>Import sync bundle</source>
        <translation>استيراد حزمة مزامنة</translation>
    </message>
    <message>
        <source>Sync bundles (*.cmccsync);;All files (*)</source>
        <translation>حزم المزامنة (*.cmccsync);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>تعذّرت قراءة الملف: {reason}.</translation>
    </message>
    <message>
        <source>That passphrase does not open the file. Team passphrase:</source>
        <translation>عبارة المرور هذه لا تفتح الملف. عبارة مرور الفريق:</translation>
    </message>
    <message>
        <source>This bundle is encrypted. Team passphrase:</source>
        <translation>هذه الحزمة مشفَّرة. عبارة مرور الفريق:</translation>
    </message>
    <message>
        <source>This file claims to come from a laptop you know, but with a key its team did not endorse. It was not imported. Ask team {team} whether that laptop was reinstalled.</source>
        <translation>يدّعي هذا الملف أنه صادر عن حاسوب معروف لديك، لكنه يحمل مفتاحًا لم يصادق عليه فريق ذلك الحاسوب. لم يُستورد الملف. اسأل الفريق {team} هل أُعيد تثبيت نظام ذلك الحاسوب.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استورد</translation>
    </message>
    <message>
        <source>You have not received from this team before. Compare the team key fingerprint with the sender (by phone or in person) before you trust it.</source>
        <translation>لم تستلم شيئًا من هذا الفريق من قبل. قارن بصمة مفتاح الفريق مع المرسِل (بالهاتف أو شخصيًا) قبل أن تثق به.</translation>
    </message>
    <message>
        <source>Trust this team and import</source>
        <translation>ثِق بهذا الفريق واستورد</translation>
    </message>
    <message>
        <source>Importing the sync bundle…</source>
        <translation>جارٍ استيراد حزمة المزامنة…</translation>
    </message>
    <message>
        <source>Nothing new: this laptop already had everything in the file.</source>
        <translation>لا جديد: كان كل ما في الملف موجودًا على هذا الحاسوب من قبل.</translation>
    </message>
    <message>
        <source>{new}, {updated}, {conflicts}.</source>
        <translation>{new}، {updated}، {conflicts}.</translation>
    </message>
    <message>
        <source>no new records</source>
        <translation>لا سجلات جديدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new record(s)</source>
        <translation>
            <numerusform>لا سجلات جديدة</numerusform>
            <numerusform>سجل جديد واحد</numerusform>
            <numerusform>سجلان جديدان</numerusform>
            <numerusform>%Ln سجلات جديدة</numerusform>
            <numerusform>%Ln سجلًا جديدًا</numerusform>
            <numerusform>%Ln سجل جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>none updated</source>
        <translation>لا سجلات محدَّثة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>لا سجلات محدَّثة</numerusform>
            <numerusform>سجل واحد محدَّث</numerusform>
            <numerusform>سجلان محدَّثان</numerusform>
            <numerusform>%Ln سجلات محدَّثة</numerusform>
            <numerusform>%Ln سجلًا محدَّثًا</numerusform>
            <numerusform>%Ln سجل محدَّث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>لا تعارضات بانتظار الحل</numerusform>
            <numerusform>تعارض واحد بانتظار الحل</numerusform>
            <numerusform>تعارضان بانتظار الحل</numerusform>
            <numerusform>%Ln تعارضات بانتظار الحل</numerusform>
            <numerusform>%Ln تعارضًا بانتظار الحل</numerusform>
            <numerusform>%Ln تعارض بانتظار الحل</numerusform>
        </translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>لا تعارضات</translation>
    </message>
    <message>
        <source>Changes of these teams were skipped for now, because an earlier bundle from them is missing: {teams}.</source>
        <translation>أُرجئ استيراد تغييرات هذه الفرق، لأن حزمة سابقة منها مفقودة: {teams}.</translation>
    </message>
    <message numerus="yes">
        <source>The laptop of {officer} (team {team}) has two histories: a copy of its data folder is in use. %Ln change(s) of the other history are kept apart. Both laptops should take a new identity (see the README).</source>
        <translation>
            <numerusform>لحاسوب {officer} (الفريق {team}) سجلّان مختلفان للتغييرات: نسخة من مجلد بياناته قيد الاستخدام. ما حُفظ على حدة من السجل الآخر: لا تغييرات. ينبغي أن يتخذ كلا الحاسوبين هوية جديدة (انظر README).</numerusform>
            <numerusform>لحاسوب {officer} (الفريق {team}) سجلّان مختلفان للتغييرات: نسخة من مجلد بياناته قيد الاستخدام. ما حُفظ على حدة من السجل الآخر: تغيير واحد. ينبغي أن يتخذ كلا الحاسوبين هوية جديدة (انظر README).</numerusform>
            <numerusform>لحاسوب {officer} (الفريق {team}) سجلّان مختلفان للتغييرات: نسخة من مجلد بياناته قيد الاستخدام. ما حُفظ على حدة من السجل الآخر: تغييران. ينبغي أن يتخذ كلا الحاسوبين هوية جديدة (انظر README).</numerusform>
            <numerusform>لحاسوب {officer} (الفريق {team}) سجلّان مختلفان للتغييرات: نسخة من مجلد بياناته قيد الاستخدام. ما حُفظ على حدة من السجل الآخر: %Ln تغييرات. ينبغي أن يتخذ كلا الحاسوبين هوية جديدة (انظر README).</numerusform>
            <numerusform>لحاسوب {officer} (الفريق {team}) سجلّان مختلفان للتغييرات: نسخة من مجلد بياناته قيد الاستخدام. ما حُفظ على حدة من السجل الآخر: %Ln تغييرًا. ينبغي أن يتخذ كلا الحاسوبين هوية جديدة (انظر README).</numerusform>
            <numerusform>لحاسوب {officer} (الفريق {team}) سجلّان مختلفان للتغييرات: نسخة من مجلد بياناته قيد الاستخدام. ما حُفظ على حدة من السجل الآخر: %Ln تغيير. ينبغي أن يتخذ كلا الحاسوبين هوية جديدة (انظر README).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes of team {team} (key fingerprint {fingerprint}) were left out: this laptop does not trust that team&apos;s key yet. Import a bundle from that team itself to compare and trust it.</source>
        <translation>استُبعدت تغييرات الفريق {team} (بصمة المفتاح {fingerprint}): لا يثق هذا الحاسوب بمفتاح ذلك الفريق بعد. استورد حزمة من ذلك الفريق نفسه لتقارن بصمة مفتاحه وتثق به.</translation>
    </message>
    <message>
        <source>Changes from team {team} are dated more than a day ahead: that laptop&apos;s clock is wrong.</source>
        <translation>تحمل تغييرات الفريق {team} تواريخ تتجاوز الوقت الحالي بأكثر من يوم: ساعة ذلك الحاسوب غير مضبوطة.</translation>
    </message>
    <message>
        <source>Sync bundle imported</source>
        <translation>استُوردت حزمة المزامنة</translation>
    </message>
    <message>
        <source>A laptop has two histories: see the details. Nothing of either history was lost.</source>
        <translation>لأحد الحواسيب سجلّان مختلفان للتغييرات: انظر التفاصيل. لم يضِع شيء من أيٍّ من السجلّين.</translation>
    </message>
    <message>
        <source>Open View &gt; Conflicts to pick the value to keep for each.</source>
        <translation>افتح عرض &gt; التعارضات لتختار القيمة التي تُبقيها في كل تعارض.</translation>
    </message>
    <message>
        <source>There is no CMCC Desktop database in {folder}; nothing was created. Check the folder given with --data-dir or CMCC_DATA_DIR. To start a new data folder there, start CMCC Desktop with it, or run `{app} --data-dir &quot;{folder}&quot; demo` for demo data.</source>
        <translation>لا توجد قاعدة بيانات لبرنامج CMCC Desktop في {folder}؛ لم يُنشأ شيء. تحقَّق من المجلد المحدد بالخيار --data-dir أو بمتغير البيئة CMCC_DATA_DIR. لبدء مجلد بيانات جديد هناك، شغِّل برنامج CMCC Desktop على هذا المجلد، أو شغِّل `{app} --data-dir &quot;{folder}&quot; demo` للحصول على بيانات تجريبية.</translation>
    </message>
    <message>
        <source>There is no CMCC Desktop database in {folder} yet: start CMCC Desktop once to create it, or run `{app} demo` for demo data.</source>
        <translation>لا توجد قاعدة بيانات لبرنامج CMCC Desktop في {folder} بعد: شغِّل برنامج CMCC Desktop مرة واحدة لإنشائها، أو شغِّل `{app} demo` للحصول على بيانات تجريبية.</translation>
    </message>
    <message>
        <source>{file} already exists; nothing was written. Give another file name, or add --force to write over it.</source>
        <translation>الملف {file} موجود بالفعل؛ لم يُكتب شيء. حدِّد اسم ملف آخر، أو أضِف الخيار --force للكتابة فوقه.</translation>
    </message>
    <message>
        <source>Visits are made to sites: give --sites 1 or more, or --visits 0.</source>
        <translation>تُجرى الزيارات إلى مواقع: حدِّد --sites بقيمة 1 أو أكثر، أو --visits بقيمة 0.</translation>
    </message>
    <message>
        <source>Say which records to export: add --entity {choices}.</source>
        <translation>حدِّد السجلات التي تريد تصديرها: أضِف ‎--entity {choices}.</translation>
    </message>
    <message>
        <source>Give a file name with -o; only the JSON dump can go to standard output.</source>
        <translation>اكتب اسم ملف بعد ‎-o؛ وحده تفريغ JSON يمكن أن يُكتب إلى المخرج القياسي.</translation>
    </message>
    <message>
        <source>--new-peer confirms the name given with --peer TEAM; give both, or neither.</source>
        <translation>الخيار --new-peer يؤكد الاسم المحدد بالخيار --peer TEAM؛ حدِّد الخيارين معًا، أو لا تحدد أيًّا منهما.</translation>
    </message>
    <message>
        <source>{refusal} Once it matches, import again with --trust-signer.</source>
        <translation>{refusal} عندما تتطابق البصمة، أعِد الاستيراد مع الخيار --trust-signer.</translation>
    </message>
    <message>
        <source>No team named {team} is known here (did you mean {guess}?). Teams known: {known}. If {team} is really a new team, export again with --new-peer.</source>
        <translation>لا يُعرف هنا فريق باسم {team} (هل تقصد {guess}؟). الفرق المعروفة: {known}. إذا كان الفريق {team} فريقًا جديدًا فعلًا، فأعِد التصدير مع الخيار --new-peer.</translation>
    </message>
    <message>
        <source>No team named {team} is known here. Teams known: {known}. If {team} is really a new team, export again with --new-peer.</source>
        <translation>لا يُعرف هنا فريق باسم {team}. الفرق المعروفة: {known}. إذا كان الفريق {team} فريقًا جديدًا فعلًا، فأعِد التصدير مع الخيار --new-peer.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path} ({reason}).</source>
        <translation>تعذّرت قراءة ملف عبارة المرور {path} ({reason}).</translation>
    </message>
    <message>
        <source>The passphrase file {path} is empty.</source>
        <translation>ملف عبارة المرور {path} فارغ.</translation>
    </message>
    <message>
        <source>The database is busy with another CMCC Desktop window or command. Wait for it to finish, then try again.</source>
        <translation>قاعدة البيانات مشغولة بنافذة أخرى لبرنامج CMCC Desktop أو بأمر آخر منه. انتظر حتى ينتهي، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database is read-only, so nothing was saved. CMCC Desktop writes to its data folder even to read it: check that the folder and its files are writable (not a write-protected stick).</source>
        <translation>قاعدة البيانات للقراءة فقط، لذا لم يُحفظ شيء. يكتب برنامج CMCC Desktop في مجلد بياناته حتى عند القراءة منه: تحقَّق من أن الكتابة ممكنة في المجلد وملفاته (وأنه ليس على ذاكرة USB محمية من الكتابة).</translation>
    </message>
    <message>
        <source>The database is damaged ({reason}), so nothing was saved. Close CMCC Desktop and restore the data folder from a backup copy (the folder backups/ in it holds the latest ones).</source>
        <translation>قاعدة البيانات تالفة ({reason})، لذا لم يُحفظ شيء. أغلق برنامج CMCC Desktop واستعِد مجلد البيانات من نسخة احتياطية (أحدث النسخ في المجلد backups/ داخل مجلد البيانات).</translation>
    </message>
    <message>
        <source>The disk could not be read or written ({reason}), so nothing was saved. Check the disk or the stick the data folder is on, then try again.</source>
        <translation>تعذّرت القراءة من القرص أو الكتابة عليه ({reason})، لذا لم يُحفظ شيء. تحقَّق من القرص أو ذاكرة USB التي عليها مجلد البيانات، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space, then try again.</source>
        <translation>القرص ممتلئ، لذا لم يُحفظ شيء. حرِّر بعض المساحة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database file cannot be opened ({reason}). Check that the data folder exists, is writable and is not on a disk that was removed.</source>
        <translation>تعذّر فتح ملف قاعدة البيانات ({reason}). تحقَّق من أن مجلد البيانات موجود، وأن الكتابة فيه ممكنة، وأنه ليس على قرص أُزيل.</translation>
    </message>
    <message>
        <source>The file {path} is not a CMCC Desktop database. Choose another data folder.</source>
        <translation>الملف {path} ليس قاعدة بيانات لبرنامج CMCC Desktop. اختر مجلد بيانات آخر.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({reason}). Restore it from a backup copy.</source>
        <translation>تعذّرت قراءة قاعدة البيانات {path} ({reason}). استعِدها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of CMCC Desktop (schema {revision}). Install that version or newer to open it; the file was not changed.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من CMCC Desktop (إصدار المخطط {revision}). ثبِّت ذلك الإصدار أو إصدارًا أحدث منه لفتحها؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>CMCC Desktop could not upgrade the database from schema {old} to {new} ({reason}). Nothing was changed: the database is still at its old version, and a copy of it is in {backup}. Keep using the earlier version of CMCC Desktop for now, and send the log folder to your IT cell.</source>
        <translation>تعذّر على برنامج CMCC Desktop ترقية قاعدة البيانات من المخطط {old} إلى المخطط {new} ({reason}). لم يتغيّر شيء: لا تزال قاعدة البيانات على إصدارها القديم، وتوجد نسخة منها في {backup}. واصل استخدام الإصدار السابق من CMCC Desktop في الوقت الحالي، وأرسل مجلد ملفات السجل إلى خلية تقنية المعلومات لديك.</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}، {rest}</translation>
    </message>
    <message numerus="yes">
        <source>{first} (and %Ln more problem(s))</source>
        <translation>
            <numerusform>{first}</numerusform>
            <numerusform>{first} (ومشكلة أخرى)</numerusform>
            <numerusform>{first} (ومشكلتان أخريان)</numerusform>
            <numerusform>{first} (و%Ln مشكلات أخرى)</numerusform>
            <numerusform>{first} (و%Ln مشكلة أخرى)</numerusform>
            <numerusform>{first} (و%Ln مشكلة أخرى)</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so {name} was not written. Choose an existing folder.</source>
        <translation>المجلد {folder} غير موجود، لذا لم يُكتب الملف {name}. اختر مجلدًا موجودًا.</translation>
    </message>
    <message>
        <source>{target} is a folder. Give a file name in it, for example {example}.</source>
        <translation>المسار {target} مجلد. اكتب اسم ملف داخله، مثلًا {example}.</translation>
    </message>
    <message>
        <source>{target} is one of CMCC Desktop&apos;s own data files; writing there would destroy it. Choose another file name or folder.</source>
        <translation>المسار {target} أحد ملفات البيانات الخاصة ببرنامج CMCC Desktop؛ والكتابة فيه ستُتلفه. اختر اسم ملف آخر أو مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>أُلغيت العملية؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Civil-Military Coordination Center</source>
        <translation>مركز التنسيق المدني العسكري</translation>
    </message>
    <message>
        <source>Paper must be a4 or letter, not {paper}.</source>
        <translation>يجب أن يكون الورق a4 أو letter، وليس {paper}.</translation>
    </message>
    <message>
        <source>RELEASABILITY: {marking}</source>
        <translation>نطاق التداول: {marking}</translation>
    </message>
    <message>
        <source>Generated {moment} · CMCC Desktop {version}</source>
        <translation>أُنشئ في {moment} · CMCC Desktop {version}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {reason}.</source>
        <translation>تعذّرت كتابة التقرير في {path}: {reason}.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Country must be a two-letter ISO code, for example PS, JO or NO.</source>
        <translation>يجب أن يكون البلد رمز ISO من حرفين، مثلًا PS أو JO أو NO.</translation>
    </message>
    <message>
        <source>A P-code has only letters and digits, for example PS0102.</source>
        <translation>لا يتكوّن الرمز المكاني إلا من حروف وأرقام، مثلًا PS0102.</translation>
    </message>
    <message>
        <source>Choose the site that was visited.</source>
        <translation>اختر الموقع الذي تمت زيارته.</translation>
    </message>
    <message>
        <source>Give the date and time of the visit.</source>
        <translation>حدِّد تاريخ الزيارة ووقتها.</translation>
    </message>
    <message>
        <source>Date and time of the visit</source>
        <translation>تاريخ الزيارة ووقتها</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>نوع المؤسسة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>المسمى الوظيفي أو الدور</translation>
    </message>
    <message>
        <source>Radio call sign</source>
        <translation>رمز النداء اللاسلكي</translation>
    </message>
    <message>
        <source>Area of responsibility</source>
        <translation>منطقة المسؤولية</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>اسم الموقع</translation>
    </message>
    <message>
        <source>Site type</source>
        <translation>نوع الموقع</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Access and security notes</source>
        <translation>ملاحظات الوصول والأمن</translation>
    </message>
    <message>
        <source>Visiting officer</source>
        <translation>المسؤول الزائر</translation>
    </message>
    <message>
        <source>Contact met</source>
        <translation>جهة الاتصال التي تمت مقابلتها</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Closure note</source>
        <translation>ملاحظة الإغلاق</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>The file {name} cannot be found or is not a file.</source>
        <translation>تعذّر العثور على الملف {name}، أو أنه ليس ملفًا.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; attachments can be at most {limit} MB. Make it smaller first.</source>
        <translation>حجم الملف {name} هو {size} ميغابايت؛ والحد الأقصى لحجم المرفقات {limit} ميغابايت. صغِّر حجمه أولًا.</translation>
    </message>
    <message>
        <source>{folder} is not a folder this laptop can write to. Choose another.</source>
        <translation>المسار {folder} ليس مجلدًا يمكن لهذا الحاسوب الكتابة فيه. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>This database already holds records; demo data goes only into an empty one, so it never mixes with real work. Start CMCC Desktop with --data-dir pointing to a new folder.</source>
        <translation>تحتوي قاعدة البيانات هذه على سجلات بالفعل؛ ولا تُحمَّل البيانات التجريبية إلا في قاعدة بيانات فارغة، كي لا تختلط أبدًا بالعمل الحقيقي. شغِّل برنامج CMCC Desktop مع الخيار --data-dir مشيرًا إلى مجلد جديد.</translation>
    </message>
    <message>
        <source>Demo data was cancelled; nothing was added.</source>
        <translation>أُلغي تحميل البيانات التجريبية؛ لم يُضَف شيء.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}). Choose a folder you can write to.</source>
        <translation>تعذّرت كتابة {path} ({reason}). اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>Writing {path} failed ({reason}); no file was written. Free some space or choose another folder.</source>
        <translation>فشلت كتابة {path} ({reason})؛ لم يُكتب أي ملف. حرِّر بعض المساحة أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The report settings in {path} cannot be read ({reason}). Fix or remove the file.</source>
        <translation>تعذّرت قراءة إعدادات التقارير في {path} ({reason}). أصلِح الملف أو أزِله.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG file that exists: {path}.</source>
        <translation>يجب أن يكون الشعار ملف PNG أو JPEG موجودًا: {path}.</translation>
    </message>
    <message>
        <source>This organisation is in Deleted items. Restore it before changing it.</source>
        <translation>هذه المؤسسة في العناصر المحذوفة. استعِدها قبل تعديلها.</translation>
    </message>
    <message>
        <source>This contact is in Deleted items. Restore it before changing it.</source>
        <translation>جهة الاتصال هذه في العناصر المحذوفة. استعِدها قبل تعديلها.</translation>
    </message>
    <message>
        <source>This site is in Deleted items. Restore it before changing it.</source>
        <translation>هذا الموقع في العناصر المحذوفة. استعِده قبل تعديله.</translation>
    </message>
    <message>
        <source>This visit is in Deleted items. Restore it before changing it.</source>
        <translation>هذه الزيارة في العناصر المحذوفة. استعِدها قبل تعديلها.</translation>
    </message>
    <message>
        <source>This task is in Deleted items. Restore it before changing it.</source>
        <translation>هذه المهمة في العناصر المحذوفة. استعِدها قبل تعديلها.</translation>
    </message>
    <message>
        <source>This attachment is in Deleted items. Restore it before changing it.</source>
        <translation>هذا المرفق في العناصر المحذوفة. استعِده قبل تعديله.</translation>
    </message>
    <message>
        <source>The linked record {record_id} does not exist.</source>
        <translation>السجل المرتبط {record_id} غير موجود.</translation>
    </message>
    <message>
        <source>The linked record was deleted. Restore it from Deleted items first, or pick another.</source>
        <translation>حُذف السجل المرتبط. استعِده من العناصر المحذوفة أولًا، أو اختر سجلًا آخر.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>أدخِل خط العرض وخط الطول معًا، أو اتركهما فارغين.</translation>
    </message>
    <message>
        <source>Say why the task is blocked.</source>
        <translation>اذكر سبب عرقلة المهمة.</translation>
    </message>
    <message>
        <source>Say why the task is on hold.</source>
        <translation>اذكر سبب تعليق المهمة.</translation>
    </message>
    <message>
        <source>A task that is {current} cannot become {new}. It can become: {allowed}.</source>
        <translation>لا يمكن أن تنتقل مهمة حالتها {current} إلى الحالة {new}. الحالات المسموح بها: {allowed}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Choose who the task is assigned to.</source>
        <translation>اختر من تُسنَد إليه المهمة.</translation>
    </message>
    <message>
        <source>Write a closure note: what was done, and how it was checked.</source>
        <translation>اكتب ملاحظة الإغلاق: ما الذي أُنجز، وكيف جرى التحقق منه.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the contacts met no longer exist.</source>
        <translation>
            <numerusform>لا تزال كل جهات الاتصال التي تمت مقابلتها موجودة.</numerusform>
            <numerusform>إحدى جهات الاتصال التي تمت مقابلتها لم تعد موجودة.</numerusform>
            <numerusform>اثنتان من جهات الاتصال التي تمت مقابلتها لم تعودا موجودتين.</numerusform>
            <numerusform>%Ln من جهات الاتصال التي تمت مقابلتها لم تعد موجودة.</numerusform>
            <numerusform>%Ln من جهات الاتصال التي تمت مقابلتها لم تعد موجودة.</numerusform>
            <numerusform>%Ln من جهات الاتصال التي تمت مقابلتها لم تعد موجودة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give your name: it is written on every change you make.</source>
        <translation>اكتب اسمك: يُسجَّل مع كل تغيير تُجريه.</translation>
    </message>
    <message>
        <source>Give your team&apos;s name: other teams see it on what you send them.</source>
        <translation>اكتب اسم فريقك: تراه الفرق الأخرى على ما ترسله إليها.</translation>
    </message>
    <message>
        <source>No organisation with id {record_id} exists here.</source>
        <translation>لا توجد هنا مؤسسة بالمعرّف {record_id}.</translation>
    </message>
    <message>
        <source>No contact with id {record_id} exists here.</source>
        <translation>لا توجد هنا جهة اتصال بالمعرّف {record_id}.</translation>
    </message>
    <message>
        <source>No site with id {record_id} exists here.</source>
        <translation>لا يوجد هنا موقع بالمعرّف {record_id}.</translation>
    </message>
    <message>
        <source>No visit with id {record_id} exists here.</source>
        <translation>لا توجد هنا زيارة بالمعرّف {record_id}.</translation>
    </message>
    <message>
        <source>No task with id {record_id} exists here.</source>
        <translation>لا توجد هنا مهمة بالمعرّف {record_id}.</translation>
    </message>
    <message>
        <source>No attachment with id {record_id} exists here.</source>
        <translation>لا يوجد هنا مرفق بالمعرّف {record_id}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Give a folder for the data (a new or an existing one).</source>
        <translation>المسار {path} ملف، وليس مجلدًا. حدِّد مجلدًا للبيانات (جديدًا أو موجودًا).</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to ({reason}). Choose a folder you can write to.</source>
        <translation>تعذّرت الكتابة في مجلد البيانات {path} ({reason}). اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created ({reason}). Choose a folder you can write to.</source>
        <translation>تعذّر إنشاء مجلد البيانات {path} ({reason}). اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>This organisation was changed by {authors} after you opened it, so nothing was saved. Look at what changed, then save again.</source>
        <translation>عدّل {authors} هذه المؤسسة بعد أن فتحتَها، لذا لم يُحفظ شيء. اطّلع على ما تغيّر، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>This contact was changed by {authors} after you opened it, so nothing was saved. Look at what changed, then save again.</source>
        <translation>طرأت على جهة الاتصال هذه تعديلات من {authors} بعد أن فتحتَها، لذا لم يُحفظ شيء. راجع ما تغيّر، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>This site was changed by {authors} after you opened it, so nothing was saved. Look at what changed, then save again.</source>
        <translation>طرأت على هذا الموقع تعديلات من {authors} بعد أن فتحتَه، لذا لم يُحفظ شيء. راجع ما تغيّر، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>This visit was changed by {authors} after you opened it, so nothing was saved. Look at what changed, then save again.</source>
        <translation>طرأت على هذه الزيارة تعديلات من {authors} بعد أن فتحتَها، لذا لم يُحفظ شيء. راجع ما تغيّر، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>This task was changed by {authors} after you opened it, so nothing was saved. Look at what changed, then save again.</source>
        <translation>طرأت على هذه المهمة تعديلات من {authors} بعد أن فتحتَها، لذا لم يُحفظ شيء. راجع ما تغيّر، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>This attachment was changed by {authors} after you opened it, so nothing was saved. Look at what changed, then save again.</source>
        <translation>طرأت على هذا المرفق تعديلات من {authors} بعد أن فتحتَه، لذا لم يُحفظ شيء. راجع ما تغيّر، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>another window</source>
        <translation>نافذة أخرى</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>أُلغي التصدير؛ لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>Writing the changes…</source>
        <translation>جارٍ كتابة التغييرات…</translation>
    </message>
    <message>
        <source>Adding the photos…</source>
        <translation>جارٍ إضافة الصور…</translation>
    </message>
    <message>
        <source>Encrypting the bundle…</source>
        <translation>جارٍ تشفير الحزمة…</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}). Choose another folder or free some space.</source>
        <translation>تعذّرت الكتابة في {path} ({reason}). اختر مجلدًا آخر أو حرِّر بعض المساحة.</translation>
    </message>
    <message>
        <source>{name} is a folder. Choose the .cmccsync file itself.</source>
        <translation>العنصر {name} مجلد. اختر ملف .cmccsync نفسه.</translation>
    </message>
    <message>
        <source>The file is larger than any sync bundle can be ({size} MB). It is not a bundle.</source>
        <translation>حجم الملف ({size} ميغابايت) أكبر مما يمكن أن تبلغه أي حزمة مزامنة. هذا الملف ليس حزمة.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>تعذّرت قراءة الملف {name} ({reason}).</translation>
    </message>
    <message>
        <source>This bundle is encrypted. Give the team passphrase to import it.</source>
        <translation>هذه الحزمة مشفَّرة. أدخِل عبارة مرور الفريق لاستيرادها.</translation>
    </message>
    <message>
        <source>A part of the bundle ({name}) does not match its manifest: the file was altered.</source>
        <translation>لا يطابق جزءٌ من الحزمة ({name}) بيانَ محتوياتها: عُدِّل الملف.</translation>
    </message>
    <message>
        <source>An attachment in the bundle does not match its name: the file was altered.</source>
        <translation>لا يطابق أحد المرفقات في الحزمة اسمَه: عُدِّل الملف.</translation>
    </message>
    <message>
        <source>The bundle&apos;s counts do not match what it holds: the file was altered.</source>
        <translation>الأعداد المذكورة في الحزمة لا تطابق ما تحتويه: عُدِّل الملف.</translation>
    </message>
    <message>
        <source>The bundle is damaged (a part of it cannot be read).</source>
        <translation>الحزمة تالفة (تتعذّر قراءة جزء منها).</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>سلسلة التغييرات</translation>
    </message>
    <message>
        <source>The bundle&apos;s changes are cut short. It is not usable.</source>
        <translation>التغييرات في الحزمة مبتورة. لا يمكن استخدام الحزمة.</translation>
    </message>
    <message>
        <source>held-back change</source>
        <translation>التغيير المحجوب</translation>
    </message>
    <message>
        <source>The bundle&apos;s changes are damaged. It is not usable.</source>
        <translation>التغييرات في الحزمة تالفة. لا يمكن استخدام الحزمة.</translation>
    </message>
    <message>
        <source>The bundle&apos;s changes are damaged (not UTF-8). It is not usable.</source>
        <translation>التغييرات في الحزمة تالفة (ليست بترميز UTF-8). لا يمكن استخدام الحزمة.</translation>
    </message>
    <message>
        <source>The bundle&apos;s changes are damaged (a line is too long). It is not usable.</source>
        <translation>التغييرات في الحزمة تالفة (أحد الأسطر طويل جدًا). لا يمكن استخدام الحزمة.</translation>
    </message>
    <message>
        <source>The bundle&apos;s changes are damaged (the last line is cut). It is not usable.</source>
        <translation>التغييرات في الحزمة تالفة (السطر الأخير مبتور). لا يمكن استخدام الحزمة.</translation>
    </message>
    <message>
        <source>The bundle&apos;s {part} is damaged. It is not usable.</source>
        <translation>وُجد تلف في {part} ضمن الحزمة. لا يمكن استخدام الحزمة.</translation>
    </message>
    <message>
        <source>This is not a sync bundle, or the file is damaged (cut short or extended).</source>
        <translation>هذا الملف ليس حزمة مزامنة، أو أنه تالف (مبتور أو أُضيفت إليه بيانات).</translation>
    </message>
    <message>
        <source>This is not a sync bundle, or the file is damaged (it may be cut short).</source>
        <translation>هذا الملف ليس حزمة مزامنة، أو أنه تالف (ربما يكون مبتورًا).</translation>
    </message>
    <message>
        <source>The bundle holds too many files. It was refused for safety.</source>
        <translation>تحتوي الحزمة على عدد كبير جدًا من الملفات. رُفضت الحزمة حفاظًا على السلامة.</translation>
    </message>
    <message>
        <source>The bundle holds an unexpected file ({name}). It was refused for safety.</source>
        <translation>تحتوي الحزمة على ملف غير متوقع ({name}). رُفضت الحزمة حفاظًا على السلامة.</translation>
    </message>
    <message>
        <source>A part of the bundle would unpack to an unsafe size. It was refused for safety.</source>
        <translation>سيبلغ جزء من الحزمة حجمًا غير آمن عند فك ضغطه. رُفضت الحزمة حفاظًا على السلامة.</translation>
    </message>
    <message>
        <source>The bundle would unpack to an unsafe size. It was refused for safety.</source>
        <translation>ستبلغ الحزمة حجمًا غير آمن عند فك ضغطها. رُفضت الحزمة حفاظًا على السلامة.</translation>
    </message>
    <message>
        <source>The bundle has no manifest or no signature. It is not usable.</source>
        <translation>ليس في الحزمة بيان محتويات أو ليس فيها توقيع. لا يمكن استخدام الحزمة.</translation>
    </message>
    <message>
        <source>The bundle is damaged (a part of it has the wrong size).</source>
        <translation>الحزمة تالفة (حجم جزء منها غير صحيح).</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>بيان المحتويات</translation>
    </message>
    <message>
        <source>This file is not a CMCC Desktop sync bundle.</source>
        <translation>هذا الملف ليس حزمة مزامنة لبرنامج CMCC Desktop.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of CMCC Desktop (bundle format {version}). Update CMCC Desktop to import it.</source>
        <translation>أُنشئت هذه الحزمة بإصدار أحدث من CMCC Desktop (صيغة الحزمة {version}). حدِّث برنامج CMCC Desktop لتتمكن من استيرادها.</translation>
    </message>
    <message>
        <source>This bundle was made by an older version of CMCC Desktop (bundle format {version}), before team keys. Ask the sender to update CMCC Desktop and export again.</source>
        <translation>أُنشئت هذه الحزمة بإصدار أقدم من CMCC Desktop (صيغة الحزمة {version})، سابق لاعتماد مفاتيح الفرق. اطلب من المرسِل تحديث برنامج CMCC Desktop والتصدير مرة أخرى.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its contents: the file was altered or forged.</source>
        <translation>توقيع الحزمة لا يطابق محتوياتها: عُدِّل الملف أو زُوِّر.</translation>
    </message>
    <message>
        <source>The bundle&apos;s files do not match its manifest: the file was altered.</source>
        <translation>ملفات الحزمة لا تطابق بيان محتوياتها: عُدِّل الملف.</translation>
    </message>
    <message>
        <source>The encrypted bundle&apos;s header is damaged. It is not usable.</source>
        <translation>رأس الحزمة المشفَّرة تالف. لا يمكن استخدام الحزمة.</translation>
    </message>
    <message>
        <source>This encrypted bundle uses settings this version cannot open. Update CMCC Desktop.</source>
        <translation>تستخدم هذه الحزمة المشفَّرة إعدادات لا يستطيع هذا الإصدار فتحها. حدِّث برنامج CMCC Desktop.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the encrypted file was changed or cut short.</source>
        <translation>عبارة المرور خاطئة، أو أن الملف المشفَّر قد غُيِّر أو بُتر.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Reading the changes…</source>
        <translation>جارٍ قراءة التغييرات…</translation>
    </message>
    <message>
        <source>The bundle&apos;s sender is not endorsed by the team key it names: it may be forged. Nothing was imported.</source>
        <translation>لم يصادق مفتاح الفريق الذي تذكره الحزمة على مرسِلها: قد تكون الحزمة مزوَّرة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of CMCC Desktop (database schema {schema}). Update CMCC Desktop to import it.</source>
        <translation>أُنشئت هذه الحزمة بإصدار أحدث من CMCC Desktop (مخطط قاعدة البيانات {schema}). حدِّث برنامج CMCC Desktop لتتمكن من استيرادها.</translation>
    </message>
    <message>
        <source>This bundle was made on this laptop; there is nothing to import from it.</source>
        <translation>أُنشئت هذه الحزمة على هذا الحاسوب؛ لا يوجد فيها ما يُستورد.</translation>
    </message>
    <message>
        <source>The bundle gives a new key for a laptop of team {team} that its team key has not endorsed. It may be forged; nothing was imported. If that laptop was reinstalled, it needs a new identity.</source>
        <translation>تحمل الحزمة مفتاحًا جديدًا لحاسوب من الفريق {team}، وهو مفتاح لم يصادق عليه مفتاح ذلك الفريق. قد تكون الحزمة مزوَّرة؛ لم يُستورد شيء. إن كان ذلك الحاسوب قد أُعيد تثبيته، فيلزمه اتخاذ هوية جديدة.</translation>
    </message>
    <message>
        <source>The bundle comes from team {team}, whose key this laptop does not trust yet. Check the team&apos;s fingerprint {fingerprint} with them, then accept it.</source>
        <translation>الحزمة واردة من الفريق {team}، ولا يثق هذا الحاسوب بمفتاح هذا الفريق بعد. تحقَّق مع الفريق من بصمة مفتاحه {fingerprint}، ثم اقبل المفتاح.</translation>
    </message>
    <message>
        <source>Checking the changes…</source>
        <translation>جارٍ التحقق من التغييرات…</translation>
    </message>
    <message>
        <source>Saving a backup…</source>
        <translation>جارٍ حفظ نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation>جارٍ تطبيق التغييرات…</translation>
    </message>
    <message>
        <source>The bundle says a laptop of team {team} belongs to another team&apos;s key. One of the two may be forged; nothing was imported.</source>
        <translation>تذكر الحزمة أن حاسوبًا من الفريق {team} يتبع مفتاح فريق آخر. قد يكون أحد المفتاحين مزوَّرًا؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The bundle gives a different key for a laptop of team {team} than this laptop knows. It may be forged; nothing was imported.</source>
        <translation>تحمل الحزمة لحاسوب من الفريق {team} مفتاحًا يختلف عن المفتاح الذي يعرفه هذا الحاسوب. قد تكون الحزمة مزوَّرة؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{reason} A copy of the file is kept in {folder}.</source>
        <translation>{reason} احتُفظ بنسخة من الملف في {folder}.</translation>
    </message>
    <message>
        <source>The changes of team {team} in this bundle do not match their signature: the file was altered. Ask for a new bundle.</source>
        <translation>تغييرات الفريق {team} في هذه الحزمة لا تطابق توقيعها: عُدِّل الملف. اطلب حزمة جديدة.</translation>
    </message>
    <message>
        <source>The bundle&apos;s changes are out of order or altered. The file is not usable.</source>
        <translation>التغييرات في الحزمة ليست بترتيبها الصحيح أو عُدِّلت. لا يمكن استخدام الملف.</translation>
    </message>
    <message>
        <source>Team {team} cannot be forgotten: changes of its laptops have reached this one, and they decide what the next bundle for that team holds.</source>
        <translation>لا يمكن إزالة الفريق {team}: وصلت تغييرات من حواسيبه إلى هذا الحاسوب، وهي تحدد ما تحتويه الحزمة التالية لذلك الفريق.</translation>
    </message>
    <message>
        <source>No team named {team} is listed here, so there is nothing to forget. Teams listed: {known}.</source>
        <translation>لا يوجد هنا فريق باسم {team}، فلا شيء لإزالته. الفرق المدرجة: {known}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}).</source>
        <translation>تعذّرت الكتابة في {path} ({reason}).</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason}).</source>
        <translation>تعذّرت قراءة {path} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a team key file.</source>
        <translation>الملف {name} ليس ملف مفتاح فريق.</translation>
    </message>
    <message>
        <source>team key file</source>
        <translation>ملف مفتاح الفريق</translation>
    </message>
    <message>
        <source>team name</source>
        <translation>اسم الفريق</translation>
    </message>
    <message>
        <source>team key</source>
        <translation>مفتاح الفريق</translation>
    </message>
    <message>
        <source>The bundle&apos;s {part} is not in the form CMCC Desktop writes ({detail}). It was refused.</source>
        <translation>لا تطابق صيغة {part} في الحزمة الصيغة التي يكتبها برنامج CMCC Desktop ({detail})، لذا رُفضت الحزمة.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>القيمة ليست كائنًا</translation>
    </message>
    <message>
        <source>missing {names}</source>
        <translation>حقول ناقصة: {names}</translation>
    </message>
    <message>
        <source>unknown {names}</source>
        <translation>حقول غير معروفة: {names}</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>القيمة ليست نصًا</translation>
    </message>
    <message numerus="yes">
        <source>longer than %Ln character(s)</source>
        <translation>
            <numerusform>القيمة أطول من المسموح: لا يُسمح بأي حرف</numerusform>
            <numerusform>القيمة أطول من حرف واحد</numerusform>
            <numerusform>القيمة أطول من حرفين</numerusform>
            <numerusform>القيمة أطول من %Ln أحرف</numerusform>
            <numerusform>القيمة أطول من %Ln حرفًا</numerusform>
            <numerusform>القيمة أطول من %Ln حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>not of its form</source>
        <translation>القيمة ليست على الصيغة المطلوبة</translation>
    </message>
    <message>
        <source>not a whole number from {least} to {most}</source>
        <translation>القيمة ليست عددًا صحيحًا من {least} إلى {most}</translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln item(s)</source>
        <translation>
            <numerusform>القائمة تضم عناصر، ولا يُسمح بأي عنصر</numerusform>
            <numerusform>القائمة تضم أكثر من عنصر واحد</numerusform>
            <numerusform>القائمة تضم أكثر من عنصرين</numerusform>
            <numerusform>القائمة تضم أكثر من %Ln عناصر</numerusform>
            <numerusform>القائمة تضم أكثر من %Ln عنصرًا</numerusform>
            <numerusform>القائمة تضم أكثر من %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>not a [feed, sequence] pair</source>
        <translation>القيمة ليست زوجًا [سلسلة التغييرات، الرقم التسلسلي]</translation>
    </message>
    <message>
        <source>list of devices</source>
        <translation>قائمة الأجهزة</translation>
    </message>
    <message>
        <source>a device listed twice</source>
        <translation>جهاز مدرج مرتين</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>المرسِل</translation>
    </message>
    <message>
        <source>The bundle does not identify its sender. It is not usable.</source>
        <translation>لا تحدد الحزمة مرسِلها. لا يمكن استخدامها.</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>الأعداد</translation>
    </message>
    <message>
        <source>list of members</source>
        <translation>فهرس الملفات</translation>
    </message>
    <message numerus="yes">
        <source>not an object of at most %Ln member(s)</source>
        <translation>
            <numerusform>ليس كائنًا فارغًا</numerusform>
            <numerusform>ليس كائنًا يضم ملفًا واحدًا على الأكثر</numerusform>
            <numerusform>ليس كائنًا يضم ملفين على الأكثر</numerusform>
            <numerusform>ليس كائنًا يضم %Ln ملفات على الأكثر</numerusform>
            <numerusform>ليس كائنًا يضم %Ln ملفًا على الأكثر</numerusform>
            <numerusform>ليس كائنًا يضم %Ln ملف على الأكثر</numerusform>
        </translation>
    </message>
    <message>
        <source>member hash</source>
        <translation>قيمة تجزئة الملف</translation>
    </message>
    <message>
        <source>size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>bundle id</source>
        <translation>معرّف الحزمة</translation>
    </message>
    <message>
        <source>creation time</source>
        <translation>وقت الإنشاء</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>قيمة الساعة</translation>
    </message>
    <message>
        <source>app version</source>
        <translation>إصدار البرنامج</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>إصدار مخطط قاعدة البيانات</translation>
    </message>
    <message>
        <source>holdings</source>
        <translation>بيان التغييرات المتوفرة</translation>
    </message>
    <message>
        <source>peer team</source>
        <translation>الفريق النظير</translation>
    </message>
    <message>
        <source>count of changes</source>
        <translation>عدد التغييرات</translation>
    </message>
    <message>
        <source>count of attachments</source>
        <translation>عدد المرفقات</translation>
    </message>
    <message>
        <source>trusted teams</source>
        <translation>الفرق الموثوق بها</translation>
    </message>
    <message>
        <source>device id</source>
        <translation>معرّف الجهاز</translation>
    </message>
    <message>
        <source>officer name</source>
        <translation>اسم المسؤول</translation>
    </message>
    <message>
        <source>device key</source>
        <translation>مفتاح الجهاز</translation>
    </message>
    <message>
        <source>endorsement</source>
        <translation>مصادقة الفريق على مفتاح الجهاز</translation>
    </message>
    <message>
        <source>signature key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>change</source>
        <translation>أحد التغييرات</translation>
    </message>
    <message>
        <source>change time</source>
        <translation>وقت التغيير</translation>
    </message>
    <message>
        <source>author</source>
        <translation>كاتب التغيير</translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>an unknown kind of record, {kind}</source>
        <translation>نوع سجل غير معروف: {kind}</translation>
    </message>
    <message>
        <source>feed name</source>
        <translation>اسم سلسلة التغييرات</translation>
    </message>
    <message>
        <source>sequence number</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <source>its whole flag is not true or false</source>
        <translation>علامة السجل الكامل (whole) فيه ليست قيمة منطقية (true أو false)</translation>
    </message>
    <message>
        <source>its values are not an object</source>
        <translation>قيم الحقول فيه ليست كائنًا</translation>
    </message>
    <message>
        <source>unknown fields: {names}</source>
        <translation>حقول غير معروفة: {names}</translation>
    </message>
    <message>
        <source>its predecessors are not an object of fields</source>
        <translation>مراجع التغييرات السابقة فيه ليست كائنًا مفاتيحه الحقول</translation>
    </message>
    <message>
        <source>predecessors of an unknown field {name}</source>
        <translation>مراجع تغييرات سابقة لحقل غير معروف {name}</translation>
    </message>
    <message>
        <source>predecessor</source>
        <translation>مرجع تغيير سابق</translation>
    </message>
    <message>
        <source>not a [feed, sequence, clock] triple</source>
        <translation>ليس ثلاثية من الشكل [السلسلة، الرقم التسلسلي، الساعة]</translation>
    </message>
    <message>
        <source>first sequence number</source>
        <translation>أول رقم تسلسلي</translation>
    </message>
    <message>
        <source>chain hash</source>
        <translation>قيمة تجزئة السلسلة</translation>
    </message>
    <message>
        <source>feed signature</source>
        <translation>توقيع سلسلة التغييرات</translation>
    </message>
    <message>
        <source>count of a feed&apos;s changes</source>
        <translation>عدد تغييرات السلسلة</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(في العناصر المحذوفة)</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>جوّال</translation>
    </message>
    <message>
        <source>office</source>
        <translation>مكتب</translation>
    </message>
    <message>
        <source>satellite</source>
        <translation>هاتف فضائي</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>work</source>
        <translation>عمل</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>شخصي</translation>
    </message>
    <message>
        <source>“{text}” was not chosen from the list. Pick one of the matches, or clear the box.</source>
        <translation>لم تُختر القيمة «{text}» من القائمة. اختر إحدى النتائج المطابقة، أو أفرِغ الحقل.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>أقل من يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>أقل من ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} {hours}</source>
        <translation>{days} و{hours}</translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation>{hours} و{minutes}</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <source>Time in each status: {durations}</source>
        <translation>المدة في كل حالة: {durations}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Stopping safely…</source>
        <translation>جارٍ الإيقاف بأمان…</translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name…</source>
        <translation>اكتب جزءًا من اسم المؤسسة…</translation>
    </message>
    <message>
        <source>Type part of the person&apos;s name…</source>
        <translation>اكتب جزءًا من اسم الشخص…</translation>
    </message>
    <message>
        <source>Type part of the site&apos;s name or P-code…</source>
        <translation>اسم الموقع أو رمزه المكاني…</translation>
    </message>
    <message>
        <source>Type a site or purpose…</source>
        <translation>اكتب اسم موقع أو غرض زيارة…</translation>
    </message>
    <message>
        <source>(record {id} not on this laptop)</source>
        <translation>(السجل {id} غير موجود على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>الزيارات الميدانية</translation>
    </message>
    <message>
        <source>{value} is not an export format; choose one of: {choices}.</source>
        <translation>{value} ليس صيغة تصدير؛ اختر واحدة من: {choices}.</translation>
    </message>
    <message>
        <source>A {format} export holds {choices}; choose one of them.</source>
        <translation>تصدير {format} يضم {choices}؛ اختر واحدًا منها.</translation>
    </message>
    <message>
        <source>{value} is not an audience; choose one of: {choices}.</source>
        <translation>{value} ليس جمهورًا معروفًا؛ اختر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>{value} is not a language of headers; choose one of: {choices}.</source>
        <translation>{value} ليست لغة للعناوين؛ اختر واحدة من: {choices}.</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>جارٍ كتابة ملف التصدير…</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>Latest visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>CMCC sites</source>
        <translation>مواقع CMCC</translation>
    </message>
    <message>
        <source>CMCC site visits</source>
        <translation>الزيارات الميدانية لـ CMCC</translation>
    </message>
    <message>
        <source>No need scored</source>
        <translation>لا حاجة مقيَّمة</translation>
    </message>
    <message>
        <source>Gaza Strip</source>
        <translation>قطاع غزة</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>أرقام الهاتف</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Call sign</source>
        <translation>رمز النداء</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>معرِّف السجل</translation>
    </message>
    <message>
        <source>Type code</source>
        <translation>رمز النوع</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Region P-code</source>
        <translation>الرمز المكاني (P-code) للمنطقة</translation>
    </message>
    <message>
        <source>Governorate P-code</source>
        <translation>الرمز المكاني (P-code) للمحافظة</translation>
    </message>
    <message>
        <source>Site in Arabic</source>
        <translation>الموقع بالعربية</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>رمز القطاع</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>رمز الحالة</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>بطلب من</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Severity level</source>
        <translation>مستوى الشدة</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>الحاجة</translation>
    </message>
    <message>
        <source>Visit id</source>
        <translation>معرِّف الزيارة</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Reassign task</source>
        <translation>إعادة إسناد المهمة</translation>
    </message>
    <message>
        <source>Assign task</source>
        <translation>إسناد المهمة</translation>
    </message>
    <message>
        <source>Choose a person or an organisation (or both).</source>
        <translation>اختر شخصًا أو مؤسسة (أو كليهما).</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Changed while you were editing</source>
        <translation>تغييرات حُفظت أثناء تعديلك</translation>
    </message>
    <message>
        <source>{author} ({team}) moved it to Deleted items, {when}.</source>
        <translation>نقل {author} ({team}) السجل إلى العناصر المحذوفة، {when}.</translation>
    </message>
    <message>
        <source>Someone saved {this_record} after you opened it. Nothing of yours is saved yet. For each field, choose what to keep, then save.</source>
        <translation>حفظ شخص آخر {this_record} بعد أن فتحتَ النموذج. لم يُحفظ شيء من تعديلاتك بعد. اختر لكل حقل ما تُبقيه، ثم احفظ.</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>عُد إلى النموذج</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve. Until you decide, every laptop shows the same provisional value.</source>
        <translation>
            <numerusform>لا تعارضات بانتظار الحل. وإلى أن تحسمها، تعرض كل الحواسيب القيمة المؤقتة نفسها.</numerusform>
            <numerusform>تعارض واحد بانتظار الحل. وإلى أن تحسمها، تعرض كل الحواسيب القيمة المؤقتة نفسها.</numerusform>
            <numerusform>تعارضان بانتظار الحل. وإلى أن تحسمها، تعرض كل الحواسيب القيمة المؤقتة نفسها.</numerusform>
            <numerusform>%Ln تعارضات بانتظار الحل. وإلى أن تحسمها، تعرض كل الحواسيب القيمة المؤقتة نفسها.</numerusform>
            <numerusform>%Ln تعارضًا بانتظار الحل. وإلى أن تحسمها، تعرض كل الحواسيب القيمة المؤقتة نفسها.</numerusform>
            <numerusform>%Ln تعارض بانتظار الحل. وإلى أن تحسمها، تعرض كل الحواسيب القيمة المؤقتة نفسها.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every laptop that exchanged with this one agrees.</source>
        <translation>لا تعارضات: كل الحواسيب التي تبادلت مع هذا الحاسوب متفقة.</translation>
    </message>
    <message>
        <source>Two laptops changed “{field}” differently. Keep one value, or write another.</source>
        <translation>غيَّر حاسوبان الحقل «{field}» بشكل مختلف. أبقِ قيمة واحدة، أو اكتب قيمة أخرى.</translation>
    </message>
    <message>
        <source>Two laptops changed “{field}” differently. These go together: keep one side&apos;s.</source>
        <translation>غيَّر حاسوبان الحقل «{field}» بشكل مختلف. هذه القيم مترابطة: أبقِ قيم أحد الطرفين.</translation>
    </message>
    <message>
        <source>One laptop deleted this record while another restored it.</source>
        <translation>حذف أحد الحواسيب هذا السجل بينما استعاده حاسوب آخر.</translation>
    </message>
    <message>
        <source>“{field}” was edited on one laptop while another laptop deleted the record.</source>
        <translation>عُدِّل الحقل «{field}» على أحد الحواسيب بينما حذف حاسوب آخر السجل.</translation>
    </message>
    <message>
        <source>Write another value…</source>
        <translation>اكتب قيمة أخرى…</translation>
    </message>
    <message>
        <source>Restore the record, with the edit</source>
        <translation>استعِد السجل مع التعديل</translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation>أبقِ السجل محذوفًا</translation>
    </message>
    <message>
        <source>{team} · {author}</source>
        <translation>الفريق {team} · {author}</translation>
    </message>
    <message>
        <source>{when} · shown for now</source>
        <translation>{when} · القيمة المعروضة مؤقتًا</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>أبقِ هذه القيمة</translation>
    </message>
    <message>
        <source>Keep these</source>
        <translation>أبقِ هذه القيم</translation>
    </message>
    <message>
        <source>Choose another value</source>
        <translation>اختيار قيمة أخرى</translation>
    </message>
    <message>
        <source>Write another value</source>
        <translation>كتابة قيمة أخرى</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>تعديل جهة الاتصال</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>المسمى الوظيفي أو الدور</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>أرقام الهاتف</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>أضِف رقم هاتف</translation>
    </message>
    <message>
        <source>Local numbers are read as Palestinian (+970); write other countries with + and the code.</source>
        <translation>تُقرأ الأرقام المحلية على أنها فلسطينية (+970)؛ اكتب أرقام البلدان الأخرى بـ + ورمز البلد.</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>أضِف بريدًا إلكترونيًا</translation>
    </message>
    <message>
        <source>Radio call sign</source>
        <translation>رمز النداء اللاسلكي</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Area of responsibility</source>
        <translation>منطقة المسؤولية</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <source>on</source>
        <translation>في</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>ContactListField</name>
    <message>
        <source>Remove selected</source>
        <translation>أزِل المحدد</translation>
    </message>
    <message>
        <source>Remove the person selected in the list below</source>
        <translation>أزِل الشخص المحدد في القائمة أدناه</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المؤسسات</translation>
    </message>
</context>
<context>
    <name>DeletedItems</name>
    <message>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>موقع</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
</context>
<context>
    <name>DeletedItemsDialog</name>
    <message>
        <source>Deleted items</source>
        <translation>العناصر المحذوفة</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>حذفه</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;استعِد</translation>
    </message>
    <message>
        <source>Nothing an officer made is ever erased: deleted records wait here.</source>
        <translation>لا يُمحى أبدًا شيء أنشأه مسؤول: تبقى السجلات المحذوفة هنا.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export sync bundle</source>
        <translation>تصدير حزمة مزامنة</translation>
    </message>
    <message>
        <source>Every team (all shared records)</source>
        <translation>كل الفرق (كل السجلات المُشارَكة)</translation>
    </message>
    <message>
        <source>{team} (this laptop&apos;s team)</source>
        <translation>فريق هذا الحاسوب: {team}</translation>
    </message>
    <message>
        <source>For team</source>
        <translation>الفريق المرسَل إليه</translation>
    </message>
    <message>
        <source>Pick the team the file is for, or type a new team&apos;s name.</source>
        <translation>اختر الفريق الذي يُرسَل إليه الملف، أو اكتب اسم فريق جديد.</translation>
    </message>
    <message>
        <source>Forget this team…</source>
        <translation>أزِل هذا الفريق…</translation>
    </message>
    <message>
        <source>Everything, not only what that team may lack</source>
        <translation>كل شيء، وليس فقط ما قد ينقص ذلك الفريق</translation>
    </message>
    <message>
        <source>Remove from the list a team that never sent a bundle (most often a mistyped name).</source>
        <translation>أزِل من القائمة فريقًا لم تصل منه أي حزمة قط (وهو في الغالب اسم كُتب خطأً).</translation>
    </message>
    <message>
        <source>Recommended: if the USB stick is lost, it reveals nothing</source>
        <translation>يُنصح بها: إن ضاعت ذاكرة USB فلن تكشف شيئًا</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>عبارة مرور الفريق</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>أعِد كتابة عبارة المرور</translation>
    </message>
    <message>
        <source>Your team: {team}. Your team key fingerprint: &lt;b&gt;&lt;nobr&gt;{fingerprint}&lt;/nobr&gt;&lt;/b&gt; — tell it to the other team so they can check the file is yours.</source>
        <translation>فريقك: {team}. بصمة مفتاح فريقك: &lt;b&gt;&lt;nobr&gt;{fingerprint}&lt;/nobr&gt;&lt;/b&gt; — أبلِغ الفريق الآخر بها ليتحقق من أن الملف منك.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صدِّر…</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>عبارتا المرور مختلفتان. اكتب عبارة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>فريق جديد</translation>
    </message>
    <message>
        <source>{team} is a team this laptop has never exchanged with. Write a bundle for a new team?</source>
        <translation>لم يجرِ هذا الحاسوب أي تبادل مع الفريق {team} من قبل. هل تريد كتابة حزمة لفريق جديد؟</translation>
    </message>
    <message>
        <source>Teams known here: {teams}.</source>
        <translation>الفرق المعروفة هنا: {teams}.</translation>
    </message>
    <message>
        <source>No other team is known here yet.</source>
        <translation>لا يوجد هنا أي فريق آخر معروف بعد.</translation>
    </message>
    <message>
        <source>Write a bundle for a new team</source>
        <translation>اكتب حزمة لفريق جديد</translation>
    </message>
    <message>
        <source>Forget team</source>
        <translation>أزِل الفريق</translation>
    </message>
    <message>
        <source>Forget team {team}? No bundle ever came from it. It is no longer offered here nor shown in the status bar; writing for it again asks to confirm a new team.</source>
        <translation>هل تريد إزالة الفريق {team}؟ لم تصل منه أي حزمة قط. لن يُعرض بعد الآن هنا ولا في شريط الحالة؛ وإن كتبتَ له مجددًا فسيُطلب منك تأكيده فريقًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>ExportForPartnersDialog</name>
    <message>
        <source>Export for partners</source>
        <translation>التصدير للشركاء</translation>
    </message>
    <message>
        <source>4.0 (current)</source>
        <translation>4.0 (الإصدار الحالي)</translation>
    </message>
    <message>
        <source>3.0 (for older phones)</source>
        <translation>3.0 (للهواتف القديمة)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>الجهة المستلِمة</translation>
    </message>
    <message>
        <source>Header language</source>
        <translation>لغة رؤوس الأعمدة</translation>
    </message>
    <message>
        <source>vCard version</source>
        <translation>إصدار vCard</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صدِّر…</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>مصنف Excel (XLSX)</translation>
    </message>
    <message>
        <source>HXL (CSV for HXL tools)</source>
        <translation>HXL (ملف CSV لأدوات HXL)</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <source>KML (Google Earth)</source>
        <translation>KML (لبرنامج Google Earth)</translation>
    </message>
    <message>
        <source>Leaves out the records marked Team only.</source>
        <translation>تُستبعد السجلات الموسومة «الفريق فقط».</translation>
    </message>
    <message>
        <source>Leaves out the records marked Team only or CMCC partners: only public records go.</source>
        <translation>تُستبعد السجلات الموسومة «الفريق فقط» أو «شركاء مركز التنسيق»: لا تُصدَّر إلا السجلات العامة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leaves out nothing.&lt;/b&gt; The file then holds records marked Team only, which must not leave the team: keep it on the team&apos;s laptops and give it to no partner.</source>
        <translation>&lt;b&gt;لا يُستبعد شيء.&lt;/b&gt; سيحوي الملف عندئذٍ سجلات موسومة «الفريق فقط» لا يجوز أن تخرج من الفريق: أبقِه على حواسيب الفريق ولا تعطِه لأي شريك.</translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <source>Yours</source>
        <translation>قيمتك</translation>
    </message>
    <message>
        <source>Saved since by {author} ({team}), {when}</source>
        <translation>قيمة حفظها {author} ({team}) بعد فتحك النموذج، {when}</translation>
    </message>
    <message>
        <source>Both values, combined into one text:</source>
        <translation>كلتا القيمتين، مدموجتين في نص واحد:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>المسمى الوظيفي أو الدور</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>أرقام الهاتف</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Radio call sign</source>
        <translation>رمز النداء اللاسلكي</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Area of responsibility</source>
        <translation>منطقة المسؤولية</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>المنطقة الإدارية</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>الرمز المكاني (P-code)</translation>
    </message>
    <message>
        <source>Operational status</source>
        <translation>الحالة التشغيلية</translation>
    </message>
    <message>
        <source>Access and security notes</source>
        <translation>ملاحظات الوصول والأمن</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Visiting officers</source>
        <translation>المسؤولون الزائرون</translation>
    </message>
    <message>
        <source>Contacts met</source>
        <translation>جهات الاتصال التي تمت مقابلتها</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>نتائج الزيارة</translation>
    </message>
    <message>
        <source>Needs by sector</source>
        <translation>الاحتياجات حسب القطاع</translation>
    </message>
    <message>
        <source>People in need (estimate)</source>
        <translation>الأشخاص المحتاجون (تقديري)</translation>
    </message>
    <message>
        <source>Security and access</source>
        <translation>الأمن والوصول</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason (blocked or on hold)</source>
        <translation>السبب (عند العرقلة أو التعليق)</translation>
    </message>
    <message>
        <source>Assigned to (person)</source>
        <translation>مُسنَدة إلى (شخص)</translation>
    </message>
    <message>
        <source>Assigned to (organisation)</source>
        <translation>مُسنَدة إلى (مؤسسة)</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>بطلب من</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>From visit</source>
        <translation>من الزيارة</translation>
    </message>
    <message>
        <source>Closure note</source>
        <translation>ملاحظة الإغلاق</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation>نطاق التداول</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>مرحبًا بك في {app}</translation>
    </message>
    <message>
        <source>This laptop has no CMCC Desktop data yet. Say who you are: your name and team go on every record you write and every sync bundle you send. Settings (Edit menu) can change them later.</source>
        <translation>لا توجد على هذا الحاسوب بيانات لبرنامج CMCC Desktop بعد. عرِّف بنفسك: يُكتب اسمك وفريقك على كل سجل تكتبه وكل حزمة مزامنة ترسلها. يمكنك تغييرهما لاحقًا من الإعدادات (قائمة تحرير).</translation>
    </message>
    <message>
        <source>The window&apos;s language.</source>
        <translation>لغة النافذة.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <source>Moved to Deleted items</source>
        <translation>نُقل إلى العناصر المحذوفة</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <source>Conflict decided</source>
        <translation>حُسم التعارض</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>جارٍ قراءة سجل التغييرات…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>سجل تغييرات {name}</translation>
    </message>
    <message>
        <source>{name}: newest first</source>
        <translation>تغييرات {name}، الأحدث أولًا</translation>
    </message>
    <message>
        <source>{name}: this laptop holds no changes of it</source>
        <translation>لا يحمل هذا الحاسوب أي تغييرات على {name}</translation>
    </message>
    <message>
        <source>{officer} ({team})</source>
        <translation>{officer} ({team})</translation>
    </message>
    <message>
        <source>Device {id}</source>
        <translation>الجهاز {id}</translation>
    </message>
    <message>
        <source>Laptops had written different values; this decision settled them:</source>
        <translation>كانت الحواسيب قد كتبت قيمًا مختلفة؛ وحسم هذا القرار التعارض بينها:</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>Laptop of {officer}</source>
        <translation>حاسوب {officer}</translation>
    </message>
    <message>
        <source>Laptop {id}</source>
        <translation>الحاسوب {id}</translation>
    </message>
    <message>
        <source>{change}, imported</source>
        <translation>{change} (مستورَد)</translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <source>Find a language…</source>
        <translation>ابحث عن لغة…</translation>
    </message>
    <message>
        <source>Find a language</source>
        <translation>البحث عن لغة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Chosen: {languages}</source>
        <translation>اللغات المختارة: {languages}</translation>
    </message>
    <message>
        <source>{language} (not on the list)</source>
        <translation>{language} (ليست في القائمة)</translation>
    </message>
    <message>
        <source>Typed before languages were chosen from a list: untick it, and tick the language.</source>
        <translation>أُدخلت هذه القيمة كتابةً قبل أن تُختار اللغات من قائمة: ألغِ تحديدها، وحدِّد اللغة المقابلة في القائمة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Tasking</source>
        <translation>الم&amp;هام</translation>
    </message>
    <message>
        <source>&amp;Site visits</source>
        <translation>الزيارات المي&amp;دانية</translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation>جارٍ فتح مجلد البيانات…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>&amp;جهة اتصال جديدة…</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>&amp;مهمة جديدة…</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>&amp;زيارة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Export sync bundle…</source>
        <translation>&amp;صدِّر حزمة مزامنة…</translation>
    </message>
    <message>
        <source>&amp;Import sync bundle…</source>
        <translation>ا&amp;ستورد حزمة مزامنة…</translation>
    </message>
    <message>
        <source>E&amp;xport for partners…</source>
        <translation>صدِّر لل&amp;شركاء…</translation>
    </message>
    <message>
        <source>&amp;Print visit report…</source>
        <translation>ا&amp;طبع تقرير الزيارة…</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>&amp;حمِّل بيانات تجريبية…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ا&amp;خرج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ا&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;عدِّل المحدد…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ا&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعِد…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Deleted items</source>
        <translation>ال&amp;عناصر المحذوفة</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>ال&amp;تعارضات</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;حدِّث</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About CMCC Desktop</source>
        <translation>&amp;حول CMCC Desktop</translation>
    </message>
    <message>
        <source>Officer: {officer} · Team: {team}</source>
        <translation>المسؤول: {officer} · الفريق: {team}</translation>
    </message>
    <message>
        <source>The data folder could not be opened.</source>
        <translation>تعذّر فتح مجلد البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>جهات الاتصال: %Ln</numerusform>
            <numerusform>جهات الاتصال: %Ln</numerusform>
            <numerusform>جهات الاتصال: %Ln</numerusform>
            <numerusform>جهات الاتصال: %Ln</numerusform>
            <numerusform>جهات الاتصال: %Ln</numerusform>
            <numerusform>جهات الاتصال: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>المؤسسات: %Ln</numerusform>
            <numerusform>المؤسسات: %Ln</numerusform>
            <numerusform>المؤسسات: %Ln</numerusform>
            <numerusform>المؤسسات: %Ln</numerusform>
            <numerusform>المؤسسات: %Ln</numerusform>
            <numerusform>المؤسسات: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>المواقع: %Ln</numerusform>
            <numerusform>المواقع: %Ln</numerusform>
            <numerusform>المواقع: %Ln</numerusform>
            <numerusform>المواقع: %Ln</numerusform>
            <numerusform>المواقع: %Ln</numerusform>
            <numerusform>المواقع: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>المهام: %Ln</numerusform>
            <numerusform>المهام: %Ln</numerusform>
            <numerusform>المهام: %Ln</numerusform>
            <numerusform>المهام: %Ln</numerusform>
            <numerusform>المهام: %Ln</numerusform>
            <numerusform>المهام: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>الزيارات: %Ln</numerusform>
            <numerusform>الزيارات: %Ln</numerusform>
            <numerusform>الزيارات: %Ln</numerusform>
            <numerusform>الزيارات: %Ln</numerusform>
            <numerusform>الزيارات: %Ln</numerusform>
            <numerusform>الزيارات: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>{team}: last received {received}, last sent {sent}</source>
        <translation>{team}: آخر استلام {received}، آخر إرسال {sent}</translation>
    </message>
    <message numerus="yes">
        <source>{exchanges} and %Ln more team(s)</source>
        <translation>
            <numerusform>{exchanges}</numerusform>
            <numerusform>{exchanges} وفريق آخر</numerusform>
            <numerusform>{exchanges} وفريقان آخران</numerusform>
            <numerusform>{exchanges} و%Ln فرق أخرى</numerusform>
            <numerusform>{exchanges} و%Ln فريقًا آخر</numerusform>
            <numerusform>{exchanges} و%Ln فريق آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchanges yet</source>
        <translation>لم يجرِ أي تبادل بعد</translation>
    </message>
    <message>
        <source>Open data f&amp;older</source>
        <translation>افتح &amp;مجلد البيانات</translation>
    </message>
    <message>
        <source>About CMCC Desktop</source>
        <translation>حول CMCC Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CMCC Desktop {version}&lt;/h3&gt;&lt;p&gt;The offline field desk of Civil-Military Coordination Center officers.&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Log folder: {logs}&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CMCC Desktop {version}&lt;/h3&gt;&lt;p&gt;المكتب الميداني لمسؤولي مركز التنسيق المدني العسكري، يعمل دون اتصال بالإنترنت.&lt;/p&gt;&lt;p&gt;مجلد البيانات: {data}&lt;br&gt;مجلد ملفات السجل: {logs}&lt;/p&gt;&lt;p&gt;الترخيص: GNU General Public License، الإصدار 3 أو أي إصدار لاحق.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>New organisation</source>
        <translation>مؤسسة جديدة</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>تعديل المؤسسة</translation>
    </message>
    <message>
        <source>this organisation</source>
        <translation>هذه المؤسسة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Two-letter ISO code, for example PS or NO</source>
        <translation>رمز ISO من حرفين، مثلًا PS أو NO</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation>نطاق التداول</translation>
    </message>
    <message>
        <source>Search organisations: name, acronym… (Ctrl+F)</source>
        <translation>ابحث في المؤسسات: الاسم، الاختصار… (Ctrl+F)</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>مؤسسة جديدة…</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المؤسسات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>لا مؤسسات</numerusform>
            <numerusform>مؤسسة واحدة</numerusform>
            <numerusform>مؤسستان</numerusform>
            <numerusform>%Ln مؤسسات</numerusform>
            <numerusform>%Ln مؤسسة</numerusform>
            <numerusform>%Ln مؤسسة</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>نوع المؤسسة</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا يوجد.</translation>
    </message>
    <message>
        <source>Tasks assigned</source>
        <translation>المهام المُسنَدة</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>المسمى الوظيفي أو الدور</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation>نطاق التداول</translation>
    </message>
    <message>
        <source>Search people: name, role, phone, call sign… (Ctrl+F)</source>
        <translation>ابحث في الأشخاص: الاسم، الدور، الهاتف، رمز النداء… (Ctrl+F)</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>جهة اتصال جديدة…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>لا جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>كل المؤسسات</translation>
    </message>
    <message>
        <source>All organisation types</source>
        <translation>كل أنواع المؤسسات</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>نوع المؤسسة</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>أرقام الهاتف</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Call sign</source>
        <translation>رمز النداء</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>منطقة المسؤولية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Tasks assigned</source>
        <translation>المهام المُسنَدة</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا يوجد.</translation>
    </message>
    <message>
        <source>Visits where met</source>
        <translation>الزيارات التي قوبلت فيها جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Caption of {name}</source>
        <translation>تعليق {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>أزِل</translation>
    </message>
    <message>
        <source>Remove this photo from the visit</source>
        <translation>أزِل هذه الصورة من الزيارة</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>أزِل {name}</translation>
    </message>
</context>
<context>
    <name>PhotosField</name>
    <message>
        <source>No photos yet. Drop photos here, or add them with the button.</source>
        <translation>لا صور بعد. اسحب الصور وأفلِتها هنا، أو أضِفها بالزر.</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>أضِف صورًا…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation>الصور ({patterns})</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Releasability</source>
        <translation>نطاق التداول</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>الحقول المعلَّمة بـ * إلزامية.</translation>
    </message>
    <message>
        <source>CMCC partners: goes to the partner teams you exchange sync bundles with.</source>
        <translation>شركاء مركز التنسيق: يُرسَل إلى الفرق الشريكة التي تتبادل معها حزم المزامنة.</translation>
    </message>
    <message>
        <source>Public: may appear in public exports and in reports for anyone.</source>
        <translation>عام: قد يظهر في عمليات التصدير العامة وفي التقارير الموجهة إلى أي جهة.</translation>
    </message>
    <message>
        <source>{team} ({when})</source>
        <translation>{team} ({when})</translation>
    </message>
    <message>
        <source>every team</source>
        <translation>كل الفرق</translation>
    </message>
    <message>
        <source>Already shared</source>
        <translation>سبقت مشاركته</translation>
    </message>
    <message>
        <source>Bundles already written for {teams} may have carried {this_record}, and what was sent cannot be recalled. From now on its changes stay in the team. Mark it {marking}?</source>
        <translation>الحزم التي سبقت كتابتها لـ{teams} ربما حملت {this_record}، ولا يمكن استرجاع ما أُرسل. من الآن فصاعدًا تبقى تغييرات هذا السجل داخل الفريق. هل تريد جعل نطاق تداوله «{marking}»؟</translation>
    </message>
    <message>
        <source>{author} moved {this_record} to Deleted items ({when}). Restore it there to keep editing it.</source>
        <translation>نقل {author} {this_record} إلى العناصر المحذوفة ({when}). استعِد السجل من هناك لمتابعة تعديله.</translation>
    </message>
    <message>
        <source>{author} saved {this_record} while you were editing ({when}). Your edits are still in the form: when you save, you will see what changed and choose what to keep.</source>
        <translation>حفظ {author} {this_record} أثناء تعديلك ({when}). ما زالت تعديلاتك في النموذج: عند الحفظ سترى ما تغيّر وتختار ما تُبقي عليه.</translation>
    </message>
    <message>
        <source>You have changed {this_record}. Save the changes?</source>
        <translation>عدّلتَ {this_record}. هل تريد حفظ التغييرات؟</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>هذا السجل</translation>
    </message>
    <message>
        <source>Updated with the changes {author} saved ({when}).</source>
        <translation>حُدِّث النموذج بالتغييرات التي حفظها {author} ({when}).</translation>
    </message>
    <message>
        <source>Team only: stays on your team&apos;s laptops, in no bundle for another team, no export for partners or the public.</source>
        <translation>الفريق فقط: يبقى على حواسيب فريقك، ولا يدخل في أي حزمة لفريق آخر ولا في أي تصدير للشركاء أو للعموم.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>جهات الاتصال (%Ln)</numerusform>
            <numerusform>جهات الاتصال (%Ln)</numerusform>
            <numerusform>جهات الاتصال (%Ln)</numerusform>
            <numerusform>جهات الاتصال (%Ln)</numerusform>
            <numerusform>جهات الاتصال (%Ln)</numerusform>
            <numerusform>جهات الاتصال (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>المهام (%Ln)</numerusform>
            <numerusform>المهام (%Ln)</numerusform>
            <numerusform>المهام (%Ln)</numerusform>
            <numerusform>المهام (%Ln)</numerusform>
            <numerusform>المهام (%Ln)</numerusform>
            <numerusform>المهام (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>الزيارات (%Ln)</numerusform>
            <numerusform>الزيارات (%Ln)</numerusform>
            <numerusform>الزيارات (%Ln)</numerusform>
            <numerusform>الزيارات (%Ln)</numerusform>
            <numerusform>الزيارات (%Ln)</numerusform>
            <numerusform>الزيارات (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>&amp;عدِّل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;سجل التغييرات</translation>
    </message>
    <message>
        <source>Who changed what, when and on which laptop</source>
        <translation>من غيّر ماذا، ومتى، وعلى أي حاسوب</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>ابحث…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>This record is in Deleted items (View &gt; Deleted items), where it can be restored.</source>
        <translation>هذا السجل في العناصر المحذوفة (عرض &gt; العناصر المحذوفة)، ويمكن استعادته من هناك.</translation>
    </message>
    <message>
        <source>This record is not on this laptop; it may come with the next sync bundle.</source>
        <translation>هذا السجل غير موجود على هذا الحاسوب؛ قد يصل مع حزمة المزامنة التالية.</translation>
    </message>
    <message>
        <source>Saved. It no longer matches the search or filters, so it is not in the list.</source>
        <translation>حُفظ. لم يعد السجل يطابق البحث أو عوامل التصفية، لذا لا يظهر في القائمة.</translation>
    </message>
    <message>
        <source>Select a row to see its details here.</source>
        <translation>حدِّد صفًا لعرض تفاصيله هنا.</translation>
    </message>
    <message>
        <source>Clear them</source>
        <translation>أزِلها</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters. {clear} to see every record again.</source>
        <translation>لا شيء يطابق البحث وعوامل التصفية. {clear} لعرض كل السجلات من جديد.</translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation>حمِّل بيانات تجريبية</translation>
    </message>
    <message>
        <source>Nothing here yet. {new}, or {demo} to try the app with made-up records.</source>
        <translation>لا يوجد شيء هنا بعد. {new}، أو {demo} لتجربة البرنامج بسجلات وهمية.</translation>
    </message>
    <message>
        <source>Move “{name}” to Deleted items? You can restore it from View &gt; Deleted items.</source>
        <translation>هل تريد نقل «{name}» إلى العناصر المحذوفة؟ يمكنك استعادة السجل من عرض &gt; العناصر المحذوفة.</translation>
    </message>
    <message>
        <source>Linked to it: {records}. They keep the link, which shows it as deleted until it is restored.</source>
        <translation>المرتبط بهذا السجل: {records}. تحتفظ هذه السجلات بالرابط، ويظهر فيه السجل محذوفًا إلى أن يُستعاد.</translation>
    </message>
    <message>
        <source>Move to Deleted items?</source>
        <translation>هل تريد النقل إلى العناصر المحذوفة؟</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Site report</source>
        <translation>تقرير الموقع</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>تقرير الزيارة</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (أمريكي)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>احفظ بصيغة PDF…</translation>
    </message>
</context>
<context>
    <name>RowsField</name>
    <message>
        <source>Remove</source>
        <translation>أزِل</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>The window changes language as soon as you press OK, at the same tabs and records.</source>
        <translation>تتغير لغة النافذة فور الضغط على «حسنًا»، وتبقى على علامات التبويب والسجلات نفسها.</translation>
    </message>
    <message>
        <source>Western: 0123456789</source>
        <translation>غربية: 0123456789</translation>
    </message>
    <message>
        <source>Arabic-Indic: ٠١٢٣٤٥٦٧٨٩</source>
        <translation>عربية مشرقية: ٠١٢٣٤٥٦٧٨٩</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Marking of new records</source>
        <translation>نطاق تداول السجلات الجديدة</translation>
    </message>
    <message>
        <source>Report paper</source>
        <translation>ورق التقارير</translation>
    </message>
    <message>
        <source>The name printed at the top of every report</source>
        <translation>الاسم المطبوع في أعلى كل تقرير</translation>
    </message>
    <message>
        <source>Report letterhead</source>
        <translation>ترويسة التقرير</translation>
    </message>
    <message>
        <source>A PNG or JPEG file; empty: the CMCC logo</source>
        <translation>ملف PNG أو JPEG؛ فارغ: شعار مركز التنسيق</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Report logo</source>
        <translation>شعار التقرير</translation>
    </message>
    <message>
        <source>Empty: the data folder&apos;s backups folder</source>
        <translation>إن تُرك فارغًا: مجلد النسخ الاحتياطية في مجلد البيانات</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Copies of the database taken before each sync import and upgrade. On another disk or a USB stick they outlive a lost laptop; while it is not plugged in, they go to the data folder.</source>
        <translation>نسخ من قاعدة البيانات تُؤخذ قبل كل استيراد لحزمة مزامنة وقبل كل ترقية. إذا حُفظت على قرص آخر أو على ذاكرة USB فإنها تبقى حتى لو فُقد الحاسوب؛ وما دام ذلك القرص أو الذاكرة غير موصول، تُحفظ في مجلد البيانات.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>New site</source>
        <translation>موقع جديد</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>تعديل الموقع</translation>
    </message>
    <message>
        <source>this site</source>
        <translation>هذا الموقع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Decimal degrees, WGS84, for example 31.5017 and 34.4668.</source>
        <translation>بالدرجات العشرية وفق WGS84، مثلًا 31.5017 و34.4668.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>المنطقة الإدارية</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>الرمز المكاني (P-code)</translation>
    </message>
    <message>
        <source>For example PS0102.</source>
        <translation>مثلًا PS0102.</translation>
    </message>
    <message>
        <source>Operational status</source>
        <translation>الحالة التشغيلية</translation>
    </message>
    <message>
        <source>Access and security notes</source>
        <translation>ملاحظات الوصول والأمن</translation>
    </message>
</context>
<context>
    <name>SiteVisitsPage</name>
    <message>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>سجل الزيارات</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation>المنطقة الإدارية</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>الرمز المكاني (P-code)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>المهام المفتوحة</translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation>نطاق التداول</translation>
    </message>
    <message>
        <source>Search sites: name, area, P-code… (Ctrl+F)</source>
        <translation>ابحث في المواقع: الاسم، المنطقة، الرمز المكاني… (Ctrl+F)</translation>
    </message>
    <message>
        <source>New site…</source>
        <translation>موقع جديد…</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>لا مواقع</numerusform>
            <numerusform>موقع واحد</numerusform>
            <numerusform>موقعان</numerusform>
            <numerusform>%Ln مواقع</numerusform>
            <numerusform>%Ln موقعًا</numerusform>
            <numerusform>%Ln موقع</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Site type</source>
        <translation>نوع الموقع</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Operational status</source>
        <translation>الحالة التشغيلية</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>زيارة جديدة…</translation>
    </message>
    <message>
        <source>Copy from last visit…</source>
        <translation>انسخ من آخر زيارة…</translation>
    </message>
    <message>
        <source>A new visit with the last visit&apos;s officers, contacts, purpose, needs and recommendations</source>
        <translation>زيارة جديدة يُنقل إليها من آخر زيارة: المسؤولون وجهات الاتصال والغرض والاحتياجات والتوصيات</translation>
    </message>
    <message>
        <source>Print site report…</source>
        <translation>اطبع تقرير الموقع…</translation>
    </message>
    <message>
        <source>All visits of this site, or of a date range, in one PDF</source>
        <translation>كل زيارات هذا الموقع، أو زياراته في فترة زمنية محددة، في ملف PDF واحد</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>Access and security</source>
        <translation>الوصول والأمن</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Not visited yet.</source>
        <translation>لم يُزَر بعد.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا يوجد.</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>تعديل المهمة</translation>
    </message>
    <message>
        <source>this task</source>
        <translation>هذه المهمة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason (blocked or on hold)</source>
        <translation>السبب (عند العرقلة أو التعليق)</translation>
    </message>
    <message>
        <source>Assigned to (person)</source>
        <translation>مُسنَدة إلى (شخص)</translation>
    </message>
    <message>
        <source>Assigned to (organisation)</source>
        <translation>مُسنَدة إلى (مؤسسة)</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>بطلب من</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>by</source>
        <translation>بحلول</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>From visit</source>
        <translation>من الزيارة</translation>
    </message>
    <message>
        <source>Closure note</source>
        <translation>ملاحظة الإغلاق</translation>
    </message>
</context>
<context>
    <name>TaskingTab</name>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسنَدة إلى</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation>نطاق التداول</translation>
    </message>
    <message>
        <source>Search tasks: title, description, closure note… (Ctrl+F)</source>
        <translation>ابحث في المهام: العنوان، الوصف، ملاحظة الإغلاق… (Ctrl+F)</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>مهمة جديدة…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>No tasks assigned to a contact named “{officer}”</source>
        <translation>لا مهام مُسنَدة إلى جهة اتصال باسم «{officer}»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>لا مهام</numerusform>
            <numerusform>مهمة واحدة</numerusform>
            <numerusform>مهمتان</numerusform>
            <numerusform>%Ln مهام</numerusform>
            <numerusform>%Ln مهمة</numerusform>
            <numerusform>%Ln مهمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>المهام المفتوحة</translation>
    </message>
    <message>
        <source>Open tasks: new, assigned, in progress, blocked or on hold</source>
        <translation>المهام المفتوحة: جديدة أو مُسنَدة أو قيد التنفيذ أو مُعرقَلة أو معلَّقة</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>كل الأولويات</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>المُسنَدة إليّ</translation>
    </message>
    <message>
        <source>Tasks assigned to the contact named “{officer}”, the officer name on this laptop</source>
        <translation>المهام المُسنَدة إلى جهة الاتصال باسم «{officer}»، وهو اسم المسؤول على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>المتأخرة: {count}</translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <source>Show only these tasks (click again for all)</source>
        <translation>اعرض هذه المهام فقط (انقر مرة أخرى لعرض كل المهام)</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>أسنِد…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>سجِّل عائقًا…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>علِّق…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>سجِّل الإنجاز…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقَّق من الإنجاز</translation>
    </message>
    <message>
        <source>Cancel task…</source>
        <translation>ألغِ المهمة…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>أعِد الفتح</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استأنِف</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>أعِد الإسناد…</translation>
    </message>
    <message>
        <source>Why is the task blocked? Who or what can unblock it?</source>
        <translation>لماذا عُرقلت المهمة؟ ومن أو ما الذي يمكنه إزالة العائق؟</translation>
    </message>
    <message>
        <source>Why is the task on hold, and until when?</source>
        <translation>لماذا عُلِّقت المهمة، وإلى متى؟</translation>
    </message>
    <message>
        <source>Closure note: what was done, and how was it checked?</source>
        <translation>ملاحظة الإغلاق: ما الذي أُنجز، وكيف جرى التحقق منه؟</translation>
    </message>
    <message>
        <source>Task: {title}</source>
        <translation>المهمة: {title}</translation>
    </message>
    <message>
        <source>Cancel task?</source>
        <translation>هل تريد إلغاء المهمة؟</translation>
    </message>
    <message>
        <source>Cancel “{title}”? It can be reopened later.</source>
        <translation>هل تريد إلغاء «{title}»؟ يمكن إعادة فتح المهمة لاحقًا.</translation>
    </message>
    <message>
        <source>Task not changed</source>
        <translation>لم تُعدَّل المهمة</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>بطلب من</translation>
    </message>
    <message>
        <source>From visit</source>
        <translation>من الزيارة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Closure note</source>
        <translation>ملاحظة الإغلاق</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Unsaved text</source>
        <translation>نص غير محفوظ</translation>
    </message>
    <message>
        <source>Discard the text you typed?</source>
        <translation>هل تريد التخلي عن النص الذي كتبته؟</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>New visit</source>
        <translation>زيارة جديدة</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>تعديل الزيارة</translation>
    </message>
    <message>
        <source>this visit</source>
        <translation>هذه الزيارة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Visiting officers</source>
        <translation>المسؤولون الزائرون</translation>
    </message>
    <message>
        <source>Separate with commas.</source>
        <translation>افصل بين الأسماء بفواصل (,).</translation>
    </message>
    <message>
        <source>Contacts met</source>
        <translation>جهات الاتصال التي تمت مقابلتها</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>نتائج الزيارة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>أضِف حاجة</translation>
    </message>
    <message>
        <source>Needs by sector</source>
        <translation>الاحتياجات حسب القطاع</translation>
    </message>
    <message>
        <source>People in need (estimate)</source>
        <translation>الأشخاص المحتاجون (تقديري)</translation>
    </message>
    <message>
        <source>Security and access</source>
        <translation>الأمن والوصول</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <source>Most severe need</source>
        <translation>الحاجة الأشد</translation>
    </message>
    <message>
        <source>People in need</source>
        <translation>الأشخاص المحتاجون</translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation>نطاق التداول</translation>
    </message>
    <message>
        <source>Search visits: findings, purpose, officers… (Ctrl+F)</source>
        <translation>ابحث في الزيارات: النتائج، الغرض، المسؤولون… (Ctrl+F)</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>زيارة جديدة…</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>لا زيارات</numerusform>
            <numerusform>زيارة واحدة</numerusform>
            <numerusform>زيارتان</numerusform>
            <numerusform>%Ln زيارات</numerusform>
            <numerusform>%Ln زيارة</numerusform>
            <numerusform>%Ln زيارة</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs in any sector</source>
        <translation>الاحتياجات في أي قطاع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>كل المسؤولين</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Create follow-up task…</source>
        <translation>أنشئ مهمة متابعة…</translation>
    </message>
    <message>
        <source>Print visit report…</source>
        <translation>اطبع تقرير الزيارة…</translation>
    </message>
    <message>
        <source>The visit with its photos and follow-up tasks, as a PDF</source>
        <translation>الزيارة مع صورها ومهام المتابعة، في ملف PDF</translation>
    </message>
    <message>
        <source>Follow up: {sector} needs</source>
        <translation>متابعة: احتياجات {sector}</translation>
    </message>
    <message>
        <source>Contacts met</source>
        <translation>جهات الاتصال التي تمت مقابلتها</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>نتائج الزيارة</translation>
    </message>
    <message>
        <source>Needs by sector</source>
        <translation>الاحتياجات حسب القطاع</translation>
    </message>
    <message>
        <source>Security and access</source>
        <translation>الأمن والوصول</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>مهام المتابعة</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>لا يوجد بعد.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Print visit report</source>
        <translation>طباعة تقرير الزيارة</translation>
    </message>
    <message>
        <source>Select the visit to print in Site visits &gt; Visit log, then print again.</source>
        <translation>حدِّد الزيارة المراد طباعتها في الزيارات الميدانية &gt; سجل الزيارات، ثم اطبع مرة أخرى.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty data folder, so that it never mixes with real records. Start the app with --data-dir pointing to a new folder to try it.</source>
        <translation>لا تُحمَّل البيانات التجريبية إلا في مجلد بيانات فارغ، كي لا تختلط أبدًا بالسجلات الحقيقية. لتجربتها، شغِّل البرنامج مع الخيار --data-dir مشيرًا إلى مجلد جديد.</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>جارٍ إنشاء البيانات التجريبية…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>CMCC Desktop is already open on this data folder ({folder}), in process {pid} on computer {host}. Use that window, or close it first.</source>
        <translation>برنامج CMCC Desktop مفتوح بالفعل على مجلد البيانات هذا ({folder})، في العملية {pid} على الحاسوب {host}. استخدم تلك النافذة، أو أغلقها أولًا.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>CMCC Desktop</source>
        <translation>CMCC Desktop</translation>
    </message>
    <message>
        <source>CMCC Desktop: unexpected error</source>
        <translation>خطأ غير متوقع في CMCC Desktop</translation>
    </message>
    <message>
        <source>Something went wrong inside CMCC Desktop. What you saved before is safe. Please send the details below and the log file to your IT cell.</source>
        <translation>حدث خطأ ما داخل برنامج CMCC Desktop. ما حفظته من قبل محفوظ بأمان. أرسل التفاصيل أدناه وملف السجل إلى خلية تقنية المعلومات لديك.</translation>
    </message>
</context>
</TS>
