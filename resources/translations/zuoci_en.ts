<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/guest_editing.py" line="92"/>
        <source>Edit %n guest(s)</source>
        <translation>
            <numerusform>Edit %n guest</numerusform>
            <numerusform>Edit %n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message numerus="yes">
        <location filename="../../ui/event_list.py" line="26"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuestCommand</name>
    <message numerus="yes">
        <location filename="../../ui/guest_commands.py" line="38"/>
        <source>Edit %n guest(s)</source>
        <translation>
            <numerusform>Edit %n guest</numerusform>
            <numerusform>Edit %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guest_commands.py" line="184"/>
        <source>Delete %n guest(s)</source>
        <translation>
            <numerusform>Delete %n guest</numerusform>
            <numerusform>Delete %n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="396"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Showing {shown} of %n guest(s)</source>
        <translation>
            <numerusform>Showing {shown} of %n guest</numerusform>
            <numerusform>Showing {shown} of %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="663"/>
        <source>Delete %n guest(s)? Their seats go with them. Undo brings them back.</source>
        <translation>
            <numerusform>Delete %n guest? Their seats go with them. Undo brings them back.</numerusform>
            <numerusform>Delete %n guests? Their seats go with them. Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
</TS>
