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
        <location filename="../../ui/event_list.py" line="27"/>
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
        <location filename="../../ui/guest_commands.py" line="210"/>
        <source>Merge %n duplicate guest(s)</source>
        <translation>
            <numerusform>Merge %n duplicate guest</numerusform>
            <numerusform>Merge %n duplicate guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guest_commands.py" line="228"/>
        <source>Delete %n guest(s)</source>
        <translation>
            <numerusform>Delete %n guest</numerusform>
            <numerusform>Delete %n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="536"/>
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>Move %n element</numerusform>
            <numerusform>Move %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="547"/>
        <source>Rotate %n element(s)</source>
        <translation>
            <numerusform>Rotate %n element</numerusform>
            <numerusform>Rotate %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="600"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="601"/>
        <source>%n guest(s) seated here will lose their seats: {names}.

Undo gives them their seats back. Go on?</source>
        <translation>
            <numerusform>%n guest seated here will lose their seats: {names}.

Undo gives them their seats back. Go on?</numerusform>
            <numerusform>%n guests seated here will lose their seats: {names}.

Undo gives them their seats back. Go on?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="620"/>
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>Delete %n element</numerusform>
            <numerusform>Delete %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="651"/>
        <source>Paste %n element(s)</source>
        <translation>
            <numerusform>Paste %n element</numerusform>
            <numerusform>Paste %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="662"/>
        <source>Align %n element(s)</source>
        <translation>
            <numerusform>Align %n element</numerusform>
            <numerusform>Align %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="669"/>
        <source>Distribute %n element(s)</source>
        <translation>
            <numerusform>Distribute %n element</numerusform>
            <numerusform>Distribute %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="678"/>
        <source>Put %n element(s) on the grid</source>
        <translation>
            <numerusform>Put %n element on the grid</numerusform>
            <numerusform>Put %n elements on the grid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="778"/>
        <source>%n guest(s) seated in it lose their seats there.</source>
        <translation>
            <numerusform>%n guest seated in it lose their seats there.</numerusform>
            <numerusform>%n guests seated in it lose their seats there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message numerus="yes">
        <location filename="../../ui/layout_panel.py" line="215"/>
        <source>%n element(s) chosen: align or distribute them with the toolbar.</source>
        <translation>
            <numerusform>%n element chosen: align or distribute them with the toolbar.</numerusform>
            <numerusform>%n elements chosen: align or distribute them with the toolbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="522"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="523"/>
        <source>Showing {shown} of %n guest(s)</source>
        <translation>
            <numerusform>Showing {shown} of %n guest</numerusform>
            <numerusform>Showing {shown} of %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="853"/>
        <source>Delete %n guest(s)? Their seats go with them. Undo brings them back.</source>
        <translation>
            <numerusform>Delete %n guest? Their seats go with them. Undo brings them back.</numerusform>
            <numerusform>Delete %n guests? Their seats go with them. Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="924"/>
        <source>Exporting %n guest(s)…</source>
        <translation>
            <numerusform>Exporting %n guest…</numerusform>
            <numerusform>Exporting %n guests…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="952"/>
        <source>Exported %n guest(s) to {path}</source>
        <translation>
            <numerusform>Exported %n guest to {path}</numerusform>
            <numerusform>Exported %n guests to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="1018"/>
        <source>Delete the event “{event}” with its %n guest(s), scenes, seats, check-ins and print records?</source>
        <translation>
            <numerusform>Delete the event “{event}” with its %n guest, scenes, seats, check-ins and print records?</numerusform>
            <numerusform>Delete the event “{event}” with its %n guests, scenes, seats, check-ins and print records?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="144"/>
        <source>Found %n group(s) of guests who may be the same person. For each group, choose the guest to keep and the value of each field that differs; the others&apos; seats, check-ins and companions go to the guest kept. Only checked groups are merged; groups found by a shared phone number alone start unchecked.</source>
        <translation>
            <numerusform>Found %n group of guests who may be the same person. For each group, choose the guest to keep and the value of each field that differs; the others&apos; seats, check-ins and companions go to the guest kept. Only checked groups are merged; groups found by a shared phone number alone start unchecked.</numerusform>
            <numerusform>Found %n groups of guests who may be the same person. For each group, choose the guest to keep and the value of each field that differs; the others&apos; seats, check-ins and companions go to the guest kept. Only checked groups are merged; groups found by a shared phone number alone start unchecked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatingArea</name>
    <message numerus="yes">
        <location filename="../../ui/seating_area.py" line="455"/>
        <source>Take %n guest(s) out of their seats</source>
        <translation>
            <numerusform>Take %n guest out of their seats</numerusform>
            <numerusform>Take %n guests out of their seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/seating_area.py" line="465"/>
        <source>Lock %n seat(s)</source>
        <translation>
            <numerusform>Lock %n seat</numerusform>
            <numerusform>Lock %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/seating_area.py" line="466"/>
        <source>Unlock %n seat(s)</source>
        <translation>
            <numerusform>Unlock %n seat</numerusform>
            <numerusform>Unlock %n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message numerus="yes">
        <location filename="../../ui/station.py" line="353"/>
        <source>Online: %n check-in(s) made offline sent</source>
        <translation>
            <numerusform>Online: %n check-in made offline sent</numerusform>
            <numerusform>Online: %n check-ins made offline sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station.py" line="355"/>
        <source>Offline: %n check-in(s) waiting to be sent</source>
        <translation>
            <numerusform>Offline: %n check-in waiting to be sent</numerusform>
            <numerusform>Offline: %n check-ins waiting to be sent</numerusform>
        </translation>
    </message>
</context>
</TS>
