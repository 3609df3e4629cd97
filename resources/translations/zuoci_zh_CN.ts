<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ArrangeCommand</name>
    <message>
        <location filename="../../ui/arrange_worker.py" line="105"/>
        <source>Arrange {scene}</source>
        <translation>排座：{scene}</translation>
    </message>
</context>
<context>
    <name>ArrangeJob</name>
    <message>
        <location filename="../../ui/arrange_worker.py" line="76"/>
        <source>The scene no longer exists.</source>
        <translation>该场景已不存在。</translation>
    </message>
</context>
<context>
    <name>ArrangeReportDialog</name>
    <message>
        <location filename="../../ui/arrange_report.py" line="16"/>
        <source>Arranged: {scene}</source>
        <translation>排座结果：{scene}</translation>
    </message>
    <message>
        <location filename="../../ui/arrange_report.py" line="27"/>
        <source>Placed: {placed} of {seats} seats</source>
        <translation>已安排：{placed} 人（共 {seats} 个座位）</translation>
    </message>
    <message>
        <location filename="../../ui/arrange_report.py" line="29"/>
        <source>Precedence inversions: {count}</source>
        <translation>位次倒置：{count} 处</translation>
    </message>
    <message>
        <location filename="../../ui/arrange_report.py" line="32"/>
        <source>Not placed: {count}</source>
        <translation>未安排：{count} 人</translation>
    </message>
    <message>
        <location filename="../../ui/arrange_report.py" line="34"/>
        <source>Rules not kept: {count}</source>
        <translation>未满足的规则：{count} 条</translation>
    </message>
    <message>
        <location filename="../../ui/arrange_report.py" line="37"/>
        <source>Seats changed: {count}</source>
        <translation>座位变动：{count} 个</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/guest_editing.py" line="92"/>
        <source>Edit %n guest(s)</source>
        <translation>
            <numerusform>编辑 %n 位嘉宾</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/guest_editing.py" line="94"/>
        <source>(keep as it is)</source>
        <translation>（保持不变）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_editing.py" line="115"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../ui/database_dialog.py" line="148"/>
        <source>Choose a database file.</source>
        <translation>请选择数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="151"/>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="155"/>
        <source>Enter the server&apos;s address and the database&apos;s name.</source>
        <translation>请输入服务器地址和数据库名称。</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="177"/>
        <location filename="../../ui/database_dialog.py" line="189"/>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="178"/>
        <source>Zuoci databases (*.db *.sqlite);;All files (*)</source>
        <translation>座次数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="190"/>
        <source>File on this computer</source>
        <translation>本机文件</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="191"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="192"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="193"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="195"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="195"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="195"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="196"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="196"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
</context>
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
    <name>GuestCommand</name>
    <message>
        <location filename="../../ui/guest_commands.py" line="34"/>
        <source>Edit the {field} of {name}</source>
        <translation>编辑 {name} 的{field}</translation>
    </message>
    <message>
        <location filename="../../ui/guest_commands.py" line="37"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guest_commands.py" line="38"/>
        <source>Edit %n guest(s)</source>
        <translation>
            <numerusform>编辑 %n 位嘉宾</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/guest_commands.py" line="167"/>
        <source>Add {name}</source>
        <translation>添加 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/guest_commands.py" line="181"/>
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guest_commands.py" line="184"/>
        <source>Delete %n guest(s)</source>
        <translation>
            <numerusform>删除 %n 位嘉宾</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../ui/import_command.py" line="22"/>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="135"/>
        <location filename="../../ui/import_wizard.py" line="153"/>
        <source>Choose the guest list</source>
        <translation>选择嘉宾名单</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="136"/>
        <source>An Excel (.xlsx) or CSV file with one guest a row.</source>
        <translation>Excel (.xlsx) 或 CSV 文件，每行一位嘉宾。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="139"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="147"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="148"/>
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="154"/>
        <source>Guest lists (*.xlsx *.csv)</source>
        <translation>嘉宾名单 (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="251"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="252"/>
        <source>Choose what each column holds. A custom field keeps the column under its header.</source>
        <translation>请选择每一列的内容。选“自定义字段”的列按其表头名称保存。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="256"/>
        <source>Add the guests to the event</source>
        <translation>将嘉宾添加到活动</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="258"/>
        <source>Update the guests already in the event (same name and organisation, or same sign-in code) and add the others</source>
        <translation>更新活动中已有的嘉宾（姓名和单位相同，或签到码相同），并添加其余嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="281"/>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="282"/>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="298"/>
        <source>Two columns hold {field}: choose it for one only.</source>
        <translation>有两列都选了“{field}”，只能选给其中一列。</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="323"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="324"/>
        <source>Nothing has been imported yet. Go back to change the columns or the header row.</source>
        <translation>尚未导入任何内容。可返回修改列或表头行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="327"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="341"/>
        <source>New guests: {count}</source>
        <translation>新嘉宾：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="342"/>
        <source>Guests updated: {count}</source>
        <translation>更新的嘉宾：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343"/>
        <source>Rows left out: {count}</source>
        <translation>未导入的行：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="344"/>
        <source>Rows taken with a doubt: {count}</source>
        <translation>存疑但已导入的行：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="346"/>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="350"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="350"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="350"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="350"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="351"/>
        <source>Left out</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="352"/>
        <source>Doubtful</source>
        <translation>存疑</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="406"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="419"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="429"/>
        <source>Imported into “{event}”.</source>
        <translation>已导入到“{event}”。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="430"/>
        <source>New guests: {count}</source>
        <translation>新嘉宾：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="431"/>
        <source>Guests updated: {count}</source>
        <translation>更新的嘉宾：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="432"/>
        <source>Rows left out: {count}</source>
        <translation>未导入的行：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="437"/>
        <source>Nothing was imported: {reason}</source>
        <translation>未导入任何内容：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportSheetPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="181"/>
        <source>Sheet and header row</source>
        <translation>工作表和表头行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="182"/>
        <source>The highlighted row names the columns. If it is the wrong row, give the row number as Excel shows it.</source>
        <translation>高亮的一行是表头（各列名称）。如果不对，请填写 Excel 中显示的行号。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="192"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="194"/>
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="457"/>
        <source>Import guests</source>
        <translation>导入嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="493"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>No events yet. Create a new event for your meeting, or create the sample event, a provincial investment conference of 140 guests, to look around first.</source>
        <translation>还没有活动。请为您的会议新建一个活动，或先创建示例活动（一场 140 位嘉宾的省投资合作大会）熟悉一下。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Choose an event on the left to see its guests.</source>
        <translation>在左侧选择一个活动，查看其嘉宾。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>The event “{event}” has no guests yet. Import the guest list from an Excel (.xlsx) or CSV file, or add guests one by one with Edit › Add guest.</source>
        <translation>活动“{event}”还没有嘉宾。请从 Excel（.xlsx）或 CSV 文件导入名单，或用“编辑 › 添加嘉宾”逐个添加。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>Zuoci</source>
        <translation>座次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="396"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>共 %n 位嘉宾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Showing {shown} of %n guest(s)</source>
        <translation>
            <numerusform>显示 {shown} 位，共 %n 位嘉宾</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479"/>
        <source>Sample event</source>
        <translation>示例活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>About Zuoci</source>
        <translation>关于座次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="527"/>
        <source>Zuoci {version}

Guest lists, protocol seating, printing and sign-in for official meetings.</source>
        <translation>座次 {version}

会议活动的嘉宾名单、礼宾排座、材料打印与现场签到。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="545"/>
        <source>Arranging {scene}…</source>
        <translation>正在为{scene}排座…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="548"/>
        <location filename="../../ui/main_window.py" line="594"/>
        <location filename="../../ui/main_window.py" line="714"/>
        <source>Arrange seats</source>
        <translation>自动排座</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="561"/>
        <source>Cancelling the arrangement…</source>
        <translation>正在取消排座…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="577"/>
        <source>Arranged {scene}</source>
        <translation>{scene}已排座</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="590"/>
        <source>Arrangement cancelled; the seating was not changed.</source>
        <translation>已取消排座，座次未作改动。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595"/>
        <source>The seats could not be arranged: {reason}</source>
        <translation>无法排座：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="604"/>
        <location filename="../../ui/main_window.py" line="695"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="612"/>
        <source>Edit guest</source>
        <translation>编辑嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="624"/>
        <source>New guest</source>
        <translation>新嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="626"/>
        <source>Add guest</source>
        <translation>添加嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="652"/>
        <source>Edit guests</source>
        <translation>编辑嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="662"/>
        <location filename="../../ui/main_window.py" line="675"/>
        <source>Delete guests</source>
        <translation>删除嘉宾</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="663"/>
        <source>Delete %n guest(s)? Their seats go with them. Undo brings them back.</source>
        <translation>
            <numerusform>删除 %n 位嘉宾？他们的座位也将一并删除。可以撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="709"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="710"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="711"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="712"/>
        <source>&amp;Seating</source>
        <translation>座次(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="713"/>
        <source>&amp;Arrange seats automatically</source>
        <translation>自动排座(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="715"/>
        <location filename="../../ui/main_window.py" line="717"/>
        <source>Seating</source>
        <translation>座次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="716"/>
        <source>Guests</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="718"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="719"/>
        <source>Order</source>
        <translation>次序</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="720"/>
        <source>&amp;New event…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="721"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="722"/>
        <source>&amp;Find guest</source>
        <translation>查找嘉宾(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="723"/>
        <source>&amp;About Zuoci</source>
        <translation>关于座次(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="724"/>
        <source>&amp;Add guest</source>
        <translation>添加嘉宾(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="725"/>
        <source>&amp;Edit chosen guests…</source>
        <translation>编辑所选嘉宾(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="726"/>
        <source>&amp;Delete chosen guests…</source>
        <translation>删除所选嘉宾(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="727"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="728"/>
        <location filename="../../ui/main_window.py" line="729"/>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="730"/>
        <source>Create the sample event</source>
        <translation>创建示例活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="731"/>
        <source>Import guest list…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="732"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="733"/>
        <source>Connect to a ser&amp;ver…</source>
        <translation>连接服务器(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="734"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="735"/>
        <source>&amp;Protocol settings…</source>
        <translation>礼宾设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="736"/>
        <source>&amp;Import guest list…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="737"/>
        <source>Create the &amp;sample event</source>
        <translation>创建示例活动(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="738"/>
        <source>Sign-in s&amp;tation…</source>
        <translation>签到台(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="740"/>
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
    <name>PrecedenceArea</name>
    <message>
        <location filename="../../ui/precedence_area.py" line="293"/>
        <source>Reorder {level}</source>
        <translation>调整{level}次序</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="320"/>
        <location filename="../../ui/precedence_area.py" line="333"/>
        <source>Apply the ordering rule</source>
        <translation>应用排序规则</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="329"/>
        <source>Same rank in order of:</source>
        <translation>同级排序：</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="330"/>
        <source>Surname strokes (姓氏笔画)</source>
        <translation>姓氏笔画</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="331"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="332"/>
        <source>Order of the guest list</source>
        <translation>名单顺序</translation>
    </message>
</context>
<context>
    <name>PrecedenceModel</name>
    <message>
        <location filename="../../ui/precedence_area.py" line="107"/>
        <source>Position</source>
        <translation>位次</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="108"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="109"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="110"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="119"/>
        <location filename="../../ui/precedence_area.py" line="294"/>
        <source>No rank level</source>
        <translation>未定级别</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="158"/>
        <source>Guests can only be moved within their own rank level.</source>
        <translation>嘉宾只能在本级别内调整次序。</translation>
    </message>
</context>
<context>
    <name>PrintArea</name>
    <message>
        <location filename="../../ui/print_area.py" line="191"/>
        <location filename="../../ui/print_area.py" line="419"/>
        <source>Whole event</source>
        <translation>整个活动</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="225"/>
        <location filename="../../ui/print_area.py" line="414"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="269"/>
        <source>Choose an event to print its documents.</source>
        <translation>请在左侧选择一个活动，以打印它的文档。</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="294"/>
        <source>The document was built but cannot be shown ({error}).</source>
        <translation>文档已生成，但无法显示（{error}）。</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="308"/>
        <source>The document could not be built: {reason}</source>
        <translation>无法生成文档：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="341"/>
        <location filename="../../ui/print_area.py" line="350"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="342"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="351"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="371"/>
        <location filename="../../ui/print_area.py" line="375"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="376"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="401"/>
        <source>Document:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="402"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="403"/>
        <source>For:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="404"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="405"/>
        <source>Save the document as a PDF file ({keys})</source>
        <translation>将文档保存为 PDF 文件（{keys}）</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="407"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="408"/>
        <source>Print the document ({keys})</source>
        <translation>打印文档（{keys}）</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../ui/print_worker.py" line="57"/>
        <source>The event or scene no longer exists.</source>
        <translation>该活动或场景已不存在。</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="315"/>
        <source>Protocol settings</source>
        <translation>礼宾设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="316"/>
        <source>&amp;Convention:</source>
        <translation>礼宾惯例(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="317"/>
        <source>Left ranks higher (以左为上, domestic)</source>
        <translation>以左为上（国内政务）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="318"/>
        <source>Right ranks higher (以右为上, international)</source>
        <translation>以右为上（国际惯例）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="319"/>
        <source>&amp;Same rank in order of:</source>
        <translation>同级排序(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="320"/>
        <source>Surname strokes (姓氏笔画)</source>
        <translation>姓氏笔画</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="321"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="322"/>
        <source>Order of the guest list</source>
        <translation>名单顺序</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="323"/>
        <source>Count the strokes of the &amp;whole name</source>
        <translation>按全名计算笔画(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="324"/>
        <source>&amp;Even rostrum rows:</source>
        <translation>主席台偶数排(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="325"/>
        <source>Rank 1 left of centre, as the audience sees it</source>
        <translation>1 号位在中线左侧（面向主席台看）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="326"/>
        <source>Rank 1 right of centre, as the audience sees it</source>
        <translation>1 号位在中线右侧（面向主席台看）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="327"/>
        <source>&amp;Main table:</source>
        <translation>主桌(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="328"/>
        <source>The host&apos;s right side ranks first</source>
        <translation>主人右手为先</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="329"/>
        <source>The host&apos;s left side ranks first</source>
        <translation>主人左手为先</translation>
    </message>
</context>
<context>
    <name>ProtocolSettingsCommand</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>Change the protocol settings</source>
        <translation>修改礼宾设置</translation>
    </message>
</context>
<context>
    <name>SeatingArea</name>
    <message>
        <location filename="../../ui/seating_area.py" line="130"/>
        <source>Scene:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="131"/>
        <location filename="../../ui/seating_area.py" line="135"/>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="132"/>
        <source>Show the whole scene (Ctrl+0)</source>
        <translation>显示整个场景（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="133"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="134"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="137"/>
        <source>This event has no scenes yet, so there is nothing to seat. Scenes (the hall, the banquet, the group photo) will be drawn in the scene editor, which comes in a later version.

To look at seating now, create the sample event: it has four scenes (python main.py demo at the command line, or File › Create the sample event).</source>
        <translation>本活动还没有场景，暂无可排的座次。场景（会场、宴会厅、合影台）将在后续版本的场景编辑器中绘制。

如需现在查看座次，请创建示例活动，它有四个场景（在命令行运行 python main.py demo，或选择“文件 › 创建示例活动”）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="130"/>
        <source>Choose the printing font</source>
        <translation>选择打印字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="131"/>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="145"/>
        <source>Documents print with this font.</source>
        <translation>文档将使用此字体打印。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="150"/>
        <source>No Chinese font that embeds in a PDF was found on this computer: choose a TrueType font file (.ttf or .ttc).</source>
        <translation>本机未找到可嵌入 PDF 的中文字体：请选择一个 TrueType 字体文件（.ttf 或 .ttc）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>No font chosen: documents print with the system&apos;s {font}.</source>
        <translation>未选择字体：文档使用系统字体 {font} 打印。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="162"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="164"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Printing &amp;font:</source>
        <translation>打印字体(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>The system&apos;s Chinese font</source>
        <translation>系统中文字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Use the system font</source>
        <translation>使用系统字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>Database in use:</source>
        <translation>当前数据库：</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../ui/app.py" line="33"/>
        <source>Zuoci cannot open the database</source>
        <translation>座次无法打开数据库</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <location filename="../../ui/station.py" line="214"/>
        <source>Sign-in: {event} ({station})</source>
        <translation>签到：{event}（{station}）</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="216"/>
        <source>Station: {station}</source>
        <translation>签到台：{station}</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="217"/>
        <source>VIP arriving</source>
        <translation>贵宾到达</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="218"/>
        <source>Find a guest</source>
        <translation>查找嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="220"/>
        <source>Name, pinyin initials or last 4 digits of the phone</source>
        <translation>姓名、拼音首字母、手机尾号</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="221"/>
        <source>Scan:</source>
        <translation>扫码：</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="222"/>
        <source>Scan a sign-in code</source>
        <translation>请扫描签到码</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="223"/>
        <source>Undo last check-in</source>
        <translation>撤销上一次签到</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="224"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>撤销上一次签到（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="267"/>
        <source>This station has no check-in to undo.</source>
        <translation>本签到台没有可撤销的签到</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="283"/>
        <source>Arrived {arrived} / expected {expected}</source>
        <translation>已到 {arrived} / 应到 {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="297"/>
        <source>Check-in undone</source>
        <translation>已撤销签到</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="303"/>
        <source>Ready: scan a sign-in code</source>
        <translation>请扫码签到</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="318"/>
        <source>Checked in</source>
        <translation>签到成功</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="320"/>
        <source>Already checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="322"/>
        <source>Not expected: declined or cancelled</source>
        <translation>未预期到场：已谢绝或取消出席</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="324"/>
        <source>This code is for another event</source>
        <translation>这是其他活动的签到码</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="326"/>
        <source>Unknown code</source>
        <translation>无法识别的签到码</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="335"/>
        <source>First checked in at {time} at {station}</source>
        <translation>首次签到：{time}，{station}</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="337"/>
        <source>First checked in at {time}</source>
        <translation>首次签到：{time}</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="339"/>
        <source>No arrival recorded: ask the person in charge</source>
        <translation>未登记签到，请联系负责人</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="341"/>
        <source>Find the guest by name instead</source>
        <translation>请改用姓名查找嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="409"/>
        <source>Sign-in station</source>
        <translation>签到台</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="410"/>
        <source>Name of this station (shown with every arrival):</source>
        <translation>本签到台名称（记录在每次签到中）：</translation>
    </message>
</context>
</TS>
