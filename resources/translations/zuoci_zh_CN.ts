<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EventList</name>
    <message numerus="yes">
        <location filename="../../ui/event_list.py" line="26"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n 位嘉宾</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>No events yet. Create a new event for your meeting, or create the sample event, a provincial investment conference of 140 guests, to look around first.</source>
        <translation>还没有活动。请为您的会议新建一个活动，或先创建示例活动（一场 140 位嘉宾的省投资合作大会）熟悉一下。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Choose an event on the left to see its guests.</source>
        <translation>在左侧选择一个活动，查看其嘉宾。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>The event “{event}” has no guests yet.

To import a guest list from an Excel (.xlsx) or CSV file named FILE, run at the command line:

python main.py import FILE --event &quot;{event}&quot;</source>
        <translation>活动“{event}”还没有嘉宾。

要导入嘉宾名单（Excel .xlsx 或 CSV 文件，下面的 FILE 换成文件路径），请在命令行运行：

python main.py import FILE --event &quot;{event}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Zuoci</source>
        <translation>座次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="272"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>共 %n 位嘉宾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Showing {shown} of %n guest(s)</source>
        <translation>
            <numerusform>显示 {shown} 位，共 %n 位嘉宾</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Sample event</source>
        <translation>示例活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>About Zuoci</source>
        <translation>关于座次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Zuoci {version}

Guest lists, protocol seating, printing and sign-in for official meetings.</source>
        <translation>座次 {version}

会议活动的嘉宾名单、礼宾排座、材料打印与现场签到。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>&amp;New event…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>&amp;Find guest</source>
        <translation>查找嘉宾(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>&amp;About Zuoci</source>
        <translation>关于座次(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Create the sample event</source>
        <translation>创建示例活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Create the &amp;sample event</source>
        <translation>创建示例活动(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Filter by name, pinyin or initials (e.g. wangwei, wang wei, ww)</source>
        <translation>按姓名、拼音或首字母筛选（如 wangwei、wang wei、ww）</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="75"/>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="76"/>
        <source>Event &amp;name:</source>
        <translation>活动名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="77"/>
        <source>e.g. Provincial Investment Conference 2025</source>
        <translation>例如：2025 年全省投资大会</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../ui/app.py" line="26"/>
        <source>Zuoci cannot open the database</source>
        <translation>座次无法打开数据库</translation>
    </message>
</context>
</TS>
