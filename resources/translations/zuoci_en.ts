<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="323"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Showing {shown} of %n guest(s)</source>
        <translation>
            <numerusform>Showing {shown} of %n guest</numerusform>
            <numerusform>Showing {shown} of %n guests</numerusform>
        </translation>
    </message>
</context>
</TS>
