<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>{first} (and %Ln more problem(s))</source>
        <translation>
            <numerusform>{first} (and %Ln more problem)</numerusform>
            <numerusform>{first} (and %Ln more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Summary: %Ln visit(s)</source>
        <translation>
            <numerusform>Summary: %Ln visit</numerusform>
            <numerusform>Summary: %Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} is too long (%Ln character(s); at most {limit}).</source>
        <translation>
            <numerusform>{label} is too long (%Ln character; at most {limit}).</numerusform>
            <numerusform>{label} is too long (%Ln characters; at most {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the contacts met no longer exist.</source>
        <translation>
            <numerusform>%Ln of the contacts met no longer exists.</numerusform>
            <numerusform>%Ln of the contacts met no longer exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not text of at most %Ln character(s), without spaces around</source>
        <translation>
            <numerusform>not text of at most %Ln character, without spaces around</numerusform>
            <numerusform>not text of at most %Ln characters, without spaces around</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not text of at most %Ln character(s)</source>
        <translation>
            <numerusform>not text of at most %Ln character</numerusform>
            <numerusform>not text of at most %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longer than %Ln character(s)</source>
        <translation>
            <numerusform>longer than %Ln character</numerusform>
            <numerusform>longer than %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln item(s)</source>
        <translation>
            <numerusform>more than %Ln item</numerusform>
            <numerusform>more than %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not an object of at most %Ln member(s)</source>
        <translation>
            <numerusform>not an object of at most %Ln member</numerusform>
            <numerusform>not an object of at most %Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new record(s)</source>
        <translation>
            <numerusform>%Ln new record</numerusform>
            <numerusform>%Ln new records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflict to resolve</numerusform>
            <numerusform>%Ln conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The laptop of {officer} (team {team}) has two histories: a copy of its data folder is in use. %Ln change(s) of the other history are kept apart. Both laptops should take a new identity (see the README).</source>
        <translation>
            <numerusform>The laptop of {officer} (team {team}) has two histories: a copy of its data folder is in use. %Ln change of the other history is kept apart. Both laptops should take a new identity (see the README).</numerusform>
            <numerusform>The laptop of {officer} (team {team}) has two histories: a copy of its data folder is in use. %Ln changes of the other history are kept apart. Both laptops should take a new identity (see the README).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to {path}.</source>
        <translation>
            <numerusform>Wrote %Ln row to {path}.</numerusform>
            <numerusform>Wrote %Ln rows to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln record(s) to {path}.</source>
        <translation>
            <numerusform>Wrote %Ln record to {path}.</numerusform>
            <numerusform>Wrote %Ln records to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln record(s) marked stricter than “{audience}”.</source>
        <translation>
            <numerusform>Left out %Ln record marked stricter than “{audience}”.</numerusform>
            <numerusform>Left out %Ln records marked stricter than “{audience}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left off the map %Ln record(s) without coordinates.</source>
        <translation>
            <numerusform>Left off the map %Ln record without coordinates.</numerusform>
            <numerusform>Left off the map %Ln records without coordinates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve. Until you decide, every laptop shows the same provisional value.</source>
        <translation>
            <numerusform>%Ln conflict to resolve. Until you decide, every laptop shows the same provisional value.</numerusform>
            <numerusform>%Ln conflicts to resolve. Until you decide, every laptop shows the same provisional value.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln site</numerusform>
            <numerusform>%Ln sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{exchanges} and %Ln more team(s)</source>
        <translation>
            <numerusform>{exchanges} and %Ln more team</numerusform>
            <numerusform>{exchanges} and %Ln more teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message numerus="yes">
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln site</numerusform>
            <numerusform>%Ln sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskingTab</name>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
</context>
</TS>
