<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message numerus="yes">
        <source>{first} (and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Camp Coordination and Camp Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency Telecommunications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter and Non-Food Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water, Sanitation and Hygiene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy and power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roads, bridges and public infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance and local administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-purpose cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Cross / Red Crescent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority or utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military (own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military (partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community group or committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water or sanitation plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road or bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None or minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catastrophic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMCC partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Igbo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malagasy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oromo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wolof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lina Haddad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CMCC North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As this computer (system language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on every change you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other teams see it on the sync bundles you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program set to open “{name}”. Find it with your file manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (to view or print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the visit report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the site report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team (all shared records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{team} (this laptop&apos;s team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the team the file is for, or type a new team&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a team no bundle ever came from (a mistyped name, most often) off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, not only what that team may lack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: a lost USB stick then reveals nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team: {team}. Your team key fingerprint: &lt;b&gt;&lt;nobr&gt;{fingerprint}&lt;/nobr&gt;&lt;/b&gt; — tell it to the other team so they can check the file is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{team} is a team this laptop has never exchanged with. Write a bundle for a new team?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams known here: {teams}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other team is known here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write for a new team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget team {team}? No bundle ever came from it. It is no longer offered here nor shown in the status bar; writing for it again asks to confirm a new team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync bundles (*.cmccsync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync bundle saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {changes} and {files} ({size} KB) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the sync bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From team &lt;b&gt;{team}&lt;/b&gt;, officer {officer}, written {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team key fingerprint: &lt;b&gt;&lt;nobr&gt;{fingerprint}&lt;/nobr&gt;&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It brings {changes} and {files}, from teams: {teams}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of teams this laptop does not trust yet will be left out: {teams}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync bundles (*.cmccsync);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open the file. Team passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is encrypted. Team passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not received from this team before. Compare the team key fingerprint with the sender (by phone or in person) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this team and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the sync bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: this laptop already had everything in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new}, {updated}, {conflicts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped for now (an earlier bundle from them is missing): {teams}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of team {team} (key fingerprint {fingerprint}) were left out: this laptop does not trust that team&apos;s key yet. Import a bundle from that team itself to compare and trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop has two histories: see the details. Nothing of either history was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open View &gt; Conflicts to pick the value to keep for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data goes only into an empty data folder, so that it never mixes with real records. Start the app with --data-dir pointing to a new folder to try it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Reassign task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person or an organisation (or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Changed while you were editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author} ({team}) moved it to Deleted items, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved this {noun} after you opened it. Nothing of yours is saved yet. For each field, choose what to keep, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve. Until you decide, every laptop shows the same provisional value.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every laptop that exchanged with this one agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two laptops changed “{field}” differently. Keep one value, or write another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two laptops changed “{field}” differently. These go together: keep one side&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One laptop deleted this record while another restored it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” was edited on one laptop while another laptop deleted the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write another value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the record, with the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{team} · {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · shown for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write another value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local numbers are read as Palestinian (+970); write other countries with + and the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio call sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListField</name>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the person selected in the list below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletedItems</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletedItemsDialog</name>
    <message>
        <source>Deleted items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing an officer made is ever erased: deleted records wait here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved since by {author} ({team}), {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both, edited into one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio call sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access and security notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in need (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (blocked or on hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to (person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to (organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop has no CMCC Desktop data yet. Say who you are: your name and team go on every record you write and every sync bundle you send. Settings (Edit menu) can change them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to Deleted items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: this laptop holds no changes of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{officer} ({team})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops had written different values; this decision settled them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop of {officer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}, imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <source>Find a language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} (not on the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed before languages were chosen from a list: untick it, and tick the language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%n contact(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n organisation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n site(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n task(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n visit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export sync bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import sync bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print visit report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deleted items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CMCC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: {officer} · Team: {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{team}: received {received}, sent {sent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchanges yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CMCC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CMCC Desktop {version}&lt;/h3&gt;&lt;p&gt;The offline field desk of Civil-Military Coordination Center officers.&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Log folder: {logs}&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter ISO code, for example PS or NO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organisations: name, acronym… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people: name, role, phone, call sign… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits where met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this photo from the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosField</name>
    <message>
        <source>No photos yet. Drop photos here, or add them with the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Releasability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team only: stays on your team&apos;s laptops, in no bundle for another team, no export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMCC partners: goes to the partner teams you exchange sync bundles with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: may appear in public exports and in reports for anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{team} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {noun} was shared before: bundles written since for {teams} may have carried it, and what was sent cannot be recalled. From now on its changes stay in the team. Mark it {marking}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author} moved this {noun} to Deleted items ({when}). Restore it there to keep editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author} saved this {noun} while you were editing ({when}). Your edits are kept: when you save, you will see what changed and choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with the changes {author} saved ({when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed this {noun}. Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>%n contact(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n task(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n visit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what, when and on which laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This record is in Deleted items (View &gt; Deleted items), where it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is not on this laptop; it may come with the next sync bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It no longer matches the search or filters, so it is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the search and filters. {clear} to see every record again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. {new}, or {demo} to try the app with made-up records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{name}” to Deleted items? You can restore it from View &gt; Deleted items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to it: {records}. They keep the link, which shows it as deleted until it is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Deleted items?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsField</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New records are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name printed at the top of every report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG file; empty: the CMCC logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the data folder&apos;s backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of the database taken before each sync import and upgrade. On another disk or a USB stick they outlive a lost laptop; while it is not plugged in, they go to the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal degrees, WGS84, for example 31.5017 and 34.4668.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example PS0102.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access and security notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sites: name, area, P-code… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from last visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new visit with the last visit&apos;s officers, contacts, purpose, needs and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All visits of this site, or of a date range, in one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not visited yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (blocked or on hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to (person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to (organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskingTab</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tasks: title, description, closure note… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks assigned to a contact named “{officer}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks: new, assigned, in progress, blocked or on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks assigned to the contact named “{officer}”, the officer name on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only these tasks (click again for all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the task blocked? Who or what can unblock it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the task on hold, and until when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure note: what was done, and how was it checked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel task?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel “{title}”? It can be reopened later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in need (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most severe need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search visits: findings, purpose, officers… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Needs in any sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create follow-up task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print visit report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit with its photos and follow-up tasks, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up: {sector} needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>CMCC Desktop is already open on this data folder ({folder}), in process {pid} on computer {host}. Use that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>CMCC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMCC Desktop: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside CMCC Desktop. What you saved before is safe. Please send the details below and the log file to your IT cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>organisations</name>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping safely…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Print visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the visit to print in Site visits &gt; Visit log, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sites</name>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>visits</name>
    <message>
        <source>Visit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
