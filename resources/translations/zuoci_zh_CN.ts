<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ArrangeCommand</name>
    <message>
        <location filename="../../ui/arrange_worker.py" line="107"/>
        <source>Arrange {scene}</source>
        <translation>排座：{scene}</translation>
    </message>
</context>
<context>
    <name>ArrangeJob</name>
    <message>
        <location filename="../../ui/arrange_worker.py" line="79"/>
        <source>The scene no longer exists.</source>
        <translation>该场景已不存在。</translation>
    </message>
</context>
<context>
    <name>ArrangeReportDialog</name>
    <message>
        <location filename="../../ui/arrange_report.py" line="26"/>
        <source>Arranged: {scene}</source>
        <translation>排座结果：{scene}</translation>
    </message>
    <message>
        <location filename="../../ui/arrange_report.py" line="53"/>
        <source>Placed: {placed} of {seats} seats</source>
        <translation>已安排：{placed} 人（共 {seats} 个座位）</translation>
    </message>
    <message>
        <location filename="../../ui/arrange_report.py" line="55"/>
        <source>Precedence inversions: {count}</source>
        <translation>位次倒置：{count} 处</translation>
    </message>
    <message>
        <location filename="../../ui/arrange_report.py" line="56"/>
        <source>Click a guest or a seat to show it on the plan.</source>
        <translation>点击嘉宾或座位，可在座次图上查看。</translation>
    </message>
    <message>
        <location filename="../../ui/arrange_report.py" line="60"/>
        <source>Not placed: {count}</source>
        <translation>未安排：{count} 人</translation>
    </message>
    <message>
        <location filename="../../ui/arrange_report.py" line="63"/>
        <source>Rules not kept: {count}</source>
        <translation>未满足的规则：{count} 条</translation>
    </message>
    <message>
        <location filename="../../ui/arrange_report.py" line="67"/>
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
    <name>CameraPanel</name>
    <message>
        <location filename="../../ui/camera_scan.py" line="190"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/camera_scan.py" line="192"/>
        <source>No camera found on this computer</source>
        <translation>本机未找到摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/camera_scan.py" line="194"/>
        <source>Scan sign-in codes held up to the camera</source>
        <translation>将签到码对准摄像头即可扫码签到</translation>
    </message>
    <message>
        <location filename="../../ui/camera_scan.py" line="195"/>
        <source>Which camera to use</source>
        <translation>选择使用的摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/camera_scan.py" line="265"/>
        <source>The camera stopped: {reason}</source>
        <translation>摄像头已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/camera_scan.py" line="269"/>
        <source>Hold the badge&apos;s code up to the camera</source>
        <translation>请将胸卡上的签到码对准摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/camera_scan.py" line="273"/>
        <source>No camera found: use the scanner or the search</source>
        <translation>未找到摄像头：请使用扫码枪或查找嘉宾</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/dashboard.py" line="145"/>
        <location filename="../../ui/dashboard.py" line="184"/>
        <source>This event no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="204"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="412"/>
        <location filename="../../ui/dashboard.py" line="422"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="413"/>
        <location filename="../../ui/dashboard.py" line="422"/>
        <location filename="../../ui/dashboard.py" line="592"/>
        <source>Arrived</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="414"/>
        <location filename="../../ui/dashboard.py" line="422"/>
        <location filename="../../ui/dashboard.py" line="594"/>
        <source>Absent</source>
        <translation>未到</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="415"/>
        <source>Attendance rate</source>
        <translation>到会率</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="416"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="417"/>
        <source>Arrivals over time</source>
        <translation>到场时间分布</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="418"/>
        <source>By scene</source>
        <translation>按场景</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="419"/>
        <source>VIPs not yet arrived</source>
        <translation>尚未到场的贵宾</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="420"/>
        <source>Latest arrivals</source>
        <translation>最新到场</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="422"/>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="423"/>
        <source>Rate</source>
        <translation>到会率</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="425"/>
        <location filename="../../ui/dashboard.py" line="427"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="425"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="425"/>
        <location filename="../../ui/dashboard.py" line="427"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="425"/>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="427"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="427"/>
        <source>Station</source>
        <translation>签到台</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="428"/>
        <source>Arrivals counted every:</source>
        <translation>到场统计间隔：</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="431"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="432"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="433"/>
        <source>Export Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="434"/>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="527"/>
        <source>Attendance: {event}</source>
        <translation>签到看板：{event}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="528"/>
        <source>Attendance</source>
        <translation>签到看板</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="548"/>
        <source>Walk-ins: {count}</source>
        <translation>现场登记：{count} 人</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="550"/>
        <source>Came after declining or cancelling: {count}</source>
        <translation>已谢绝或取消仍到场：{count} 人</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="568"/>
        <source>Not updated: {reason}</source>
        <translation>未能更新：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="572"/>
        <source>Updated at {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="575"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="590"/>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="623"/>
        <source>Per {minutes} minutes</source>
        <translation>每 {minutes} 分钟到场</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="635"/>
        <source>Arrived in all</source>
        <translation>累计到场</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="673"/>
        <source>Export the attendance report</source>
        <translation>导出出席情况报告</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="674"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="677"/>
        <source>Save the attendance report as PDF</source>
        <translation>将出席情况报告存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="678"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="686"/>
        <source>{event} attendance</source>
        <translation>{event} 出席情况</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="698"/>
        <source>Writing {path}…</source>
        <translation>正在写入 {path}…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="699"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="715"/>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="735"/>
        <source>Saved the attendance report as {path}</source>
        <translation>出席情况报告已存为 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="743"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
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
    <name>DuplicateEventDialog</name>
    <message>
        <location filename="../../ui/event_dialogs.py" line="48"/>
        <source>Duplicate event</source>
        <translation>复制活动</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="49"/>
        <source>&amp;Name of the copy:</source>
        <translation>副本名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="52"/>
        <source>Copy the guest list too (without seats or check-ins)</source>
        <translation>同时复制嘉宾名单（不含座次和签到记录）</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="54"/>
        <source>The copy takes the protocol settings and every scene with its room layout.</source>
        <translation>副本沿用本活动的礼宾设置及全部场景和会场布局。</translation>
    </message>
</context>
<context>
    <name>EventCommand</name>
    <message>
        <location filename="../../ui/event_commands.py" line="40"/>
        <source>Rename “{old}” to “{new}”</source>
        <translation>将“{old}”改名为“{new}”</translation>
    </message>
    <message>
        <location filename="../../ui/event_commands.py" line="125"/>
        <source>Duplicate as “{name}”</source>
        <translation>复制为“{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/event_commands.py" line="137"/>
        <source>Delete the event “{name}”</source>
        <translation>删除活动“{name}”</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message numerus="yes">
        <location filename="../../ui/event_list.py" line="27"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n 位嘉宾</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../ui/event_export.py" line="51"/>
        <source>The event no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/event_export.py" line="68"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
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
        <location filename="../../ui/guest_commands.py" line="194"/>
        <source>Add {name}</source>
        <translation>添加 {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guest_commands.py" line="210"/>
        <source>Merge %n duplicate guest(s)</source>
        <translation>
            <numerusform>合并 %n 位重复嘉宾</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/guest_commands.py" line="225"/>
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guest_commands.py" line="228"/>
        <source>Delete %n guest(s)</source>
        <translation>
            <numerusform>删除 %n 位嘉宾</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuestFilterBar</name>
    <message>
        <location filename="../../ui/guest_table.py" line="409"/>
        <source>Filter by name, pinyin, initials, organisation or phone (e.g. wangwei, ww)</source>
        <translation>按姓名、拼音、首字母、单位或电话筛选（如 wangwei、ww）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_table.py" line="410"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/guest_table.py" line="411"/>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../../ui/guest_table.py" line="413"/>
        <source>Any RSVP</source>
        <translation>全部回执</translation>
    </message>
    <message>
        <location filename="../../ui/guest_table.py" line="416"/>
        <source>Seated or not</source>
        <translation>全部座位状态</translation>
    </message>
    <message>
        <location filename="../../ui/guest_table.py" line="417"/>
        <source>Seated in any scene</source>
        <translation>已排座（任一场景）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_table.py" line="418"/>
        <source>Seated in no scene</source>
        <translation>未排座（所有场景）</translation>
    </message>
    <message>
        <location filename="../../ui/guest_table.py" line="420"/>
        <source>{scene}: seated</source>
        <translation>{scene}：已排座</translation>
    </message>
    <message>
        <location filename="../../ui/guest_table.py" line="422"/>
        <source>{scene}: not seated</source>
        <translation>{scene}：未排座</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../ui/import_command.py" line="24"/>
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
    <name>LayoutEditor</name>
    <message>
        <location filename="../../ui/layout_editor.py" line="370"/>
        <location filename="../../ui/layout_editor.py" line="451"/>
        <location filename="../../ui/layout_editor.py" line="901"/>
        <source>Entrance</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="415"/>
        <source>Rostrum</source>
        <translation>主席台</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="416"/>
        <source>Meeting room</source>
        <translation>会见厅</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="416"/>
        <source>Signing table</source>
        <translation>签字台</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="417"/>
        <source>Group photo</source>
        <translation>合影</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="524"/>
        <source>Add {name}</source>
        <translation>添加{name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="536"/>
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>移动 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="539"/>
        <source>Move the entrance</source>
        <translation>移动入口</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="547"/>
        <source>Rotate %n element(s)</source>
        <translation>
            <numerusform>旋转 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="558"/>
        <source>Rotate {name}</source>
        <translation>旋转 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="569"/>
        <source>Move {name}</source>
        <translation>移动{name}</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="576"/>
        <source>Change {name}</source>
        <translation>修改{name}</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="580"/>
        <source>the element</source>
        <translation>该元素</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="595"/>
        <location filename="../../ui/layout_editor.py" line="616"/>
        <source>Guests lose their seats</source>
        <translation>嘉宾将失去座位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="600"/>
        <source> and %n more</source>
        <translation>
            <numerusform>等，另有 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="601"/>
        <source>%n guest(s) seated here will lose their seats: {names}.

Undo gives them their seats back. Go on?</source>
        <translation>
            <numerusform>此处已就座的 %n 位嘉宾将失去座位：{names}。

撤销可恢复他们的座位。是否继续？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="620"/>
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>删除 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="639"/>
        <source>Nothing to paste: copy elements of a plan first.</source>
        <translation>没有可粘贴的内容：请先复制座次图中的元素。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="651"/>
        <source>Paste %n element(s)</source>
        <translation>
            <numerusform>粘贴 %n 个元素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="662"/>
        <source>Align %n element(s)</source>
        <translation>
            <numerusform>对齐 %n 个元素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="669"/>
        <source>Distribute %n element(s)</source>
        <translation>
            <numerusform>均匀分布 %n 个元素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="678"/>
        <source>Put %n element(s) on the grid</source>
        <translation>
            <numerusform>将 %n 个元素对齐到网格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="690"/>
        <source>Number the tables by rank</source>
        <translation>按桌次编桌号</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="691"/>
        <source>Number the tables by position</source>
        <translation>按位置编桌号</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="731"/>
        <source>New scene {name}</source>
        <translation>新建场景“{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="740"/>
        <source>Rename scene</source>
        <translation>重命名场景</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="741"/>
        <source>New name of the scene:</source>
        <translation>场景的新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="766"/>
        <source>Rename scene {old} to {new}</source>
        <translation>将场景“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="776"/>
        <source>Delete the scene {name} with its layout?</source>
        <translation>删除场景“{name}”及其布局？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_editor.py" line="778"/>
        <source>%n guest(s) seated in it lose their seats there.</source>
        <translation>
            <numerusform>已在此场景就座的 %n 位嘉宾将失去在此的座位。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="780"/>
        <source>Undo brings it back.</source>
        <translation>撤销可恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="781"/>
        <location filename="../../ui/layout_editor.py" line="858"/>
        <source>Delete scene</source>
        <translation>删除场景</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="790"/>
        <source>Delete scene {name}</source>
        <translation>删除场景“{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="814"/>
        <source>Move scene {name}</source>
        <translation>调整场景“{name}”的顺序</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="849"/>
        <source>No scene chosen. Make one with New scene.</source>
        <translation>未选择场景。请用“新建场景”创建一个。</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="851"/>
        <source>Layout of {name}: drag to move, R to rotate, Shift while dragging to leave the grid</source>
        <translation>{name} 布局：拖动可移动，按 R 旋转，拖动时按住 Shift 可不对齐网格</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="856"/>
        <source>New scene…</source>
        <translation>新建场景…</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="857"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="859"/>
        <source>Earlier</source>
        <translation>前移</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="860"/>
        <source>Move the scene before the one ahead of it</source>
        <translation>将场景移到前一个场景之前</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="862"/>
        <source>Later</source>
        <translation>后移</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="863"/>
        <source>Move the scene after the next one</source>
        <translation>将场景移到后一个场景之后</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="864"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="865"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="866"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="867"/>
        <source>Rotate 15°</source>
        <translation>旋转 15°</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="868"/>
        <source>Rotate the chosen elements by 15° (R)</source>
        <translation>将所选元素旋转 15°（R）</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="869"/>
        <source>Rotate 90°</source>
        <translation>旋转 90°</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="870"/>
        <source>Rotate the chosen elements by 90° (Shift+R)</source>
        <translation>将所选元素旋转 90°（Shift+R）</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="872"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="873"/>
        <source>Align left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="874"/>
        <source>Align centres</source>
        <translation>水平居中</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="875"/>
        <source>Align right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="876"/>
        <source>Align front</source>
        <translation>前端对齐</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="877"/>
        <source>Align middles</source>
        <translation>垂直居中</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="878"/>
        <source>Align back</source>
        <translation>后端对齐</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="881"/>
        <source>Space across</source>
        <translation>横向等距</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="882"/>
        <source>Equal gaps from left to right</source>
        <translation>从左到右间距相等</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="883"/>
        <source>Space front to back</source>
        <translation>纵向等距</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="884"/>
        <source>Equal gaps from front to back</source>
        <translation>从前到后间距相等</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="885"/>
        <source>On the grid</source>
        <translation>对齐网格点</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="886"/>
        <source>Move the chosen elements to the nearest grid points</source>
        <translation>将所选元素移到最近的网格点</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="888"/>
        <source>Number by rank</source>
        <translation>按桌次编号</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="889"/>
        <source>Number the tables 1, 2, 3… in protocol order, the main table first</source>
        <translation>按礼宾桌次为餐桌编号 1、2、3…，主桌为首</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="891"/>
        <source>Number by position</source>
        <translation>按位置编号</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="892"/>
        <source>Number the tables left to right, the front row first</source>
        <translation>从前排起、从左到右为餐桌编号</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="894"/>
        <source>Snap to grid</source>
        <translation>对齐网格</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="895"/>
        <source>Moved elements land on the grid; hold Shift while dragging to place freely</source>
        <translation>移动的元素落在网格上；拖动时按住 Shift 可自由放置</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="897"/>
        <source>Grid spacing</source>
        <translation>网格间距</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="898"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
</context>
<context>
    <name>LayoutPalette</name>
    <message>
        <location filename="../../ui/layout_palette.py" line="32"/>
        <source>Rostrum rows</source>
        <translation>主席台</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="33"/>
        <source>Seating block</source>
        <translation>座区</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="34"/>
        <source>Round table</source>
        <translation>圆桌</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="35"/>
        <source>Long table</source>
        <translation>长桌</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="36"/>
        <source>Square table</source>
        <translation>方桌</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="37"/>
        <source>U-shaped table</source>
        <translation>U形桌</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="38"/>
        <source>Meeting room sides</source>
        <translation>会见厅</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="39"/>
        <source>Signing table</source>
        <translation>签字台</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="40"/>
        <source>Photo rows</source>
        <translation>合影</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="41"/>
        <source>Lectern</source>
        <translation>讲台</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="42"/>
        <source>Stage</source>
        <translation>舞台</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="43"/>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="44"/>
        <source>Pillar</source>
        <translation>柱子</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="45"/>
        <source>Door</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="46"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../ui/layout_palette.py" line="120"/>
        <source>Click to add in the middle of the view, or drag onto the plan</source>
        <translation>单击添加到视图中央，或拖到座次图上</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <location filename="../../ui/layout_panel.py" line="175"/>
        <source>{field}: write whole numbers separated by commas, for example 7, 9</source>
        <translation>{field}：请填写以逗号分隔的整数，例如 7, 9</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="212"/>
        <source>Click an element to see its properties, or add one from the list on the left.</source>
        <translation>单击元素查看其属性，或从左侧列表添加。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/layout_panel.py" line="215"/>
        <source>%n element(s) chosen: align or distribute them with the toolbar.</source>
        <translation>
            <numerusform>已选 %n 个元素：可用工具栏对齐或均匀分布。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="218"/>
        <source>&lt;b&gt;Properties&lt;/b&gt;</source>
        <translation>&lt;b&gt;属性&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="227"/>
        <source>By rank</source>
        <translation>按桌次</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="229"/>
        <source>The name shown on the plan; a table&apos;s own name is set below</source>
        <translation>座次图上显示的名称；餐桌的桌名在下方设置</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="244"/>
        <source>Round</source>
        <translation>圆桌</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="245"/>
        <source>Square</source>
        <translation>方桌</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="246"/>
        <source>Long</source>
        <translation>长桌</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="247"/>
        <source>U-shaped</source>
        <translation>U形桌</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="248"/>
        <source>From the centre outward</source>
        <translation>从中间向两侧</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="249"/>
        <source>Row by row</source>
        <translation>逐排</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="250"/>
        <source>Column by column</source>
        <translation>逐列</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="251"/>
        <source>Not reserved</source>
        <translation>不预留</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="252"/>
        <source>For a category</source>
        <translation>按类别预留</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="253"/>
        <source>For a delegation</source>
        <translation>按代表团预留</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="254"/>
        <source>For an organisation</source>
        <translation>按单位预留</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="255"/>
        <source>Stage or furniture</source>
        <translation>舞台或陈设</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="256"/>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="257"/>
        <source>Door</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="258"/>
        <source>Pillar</source>
        <translation>柱子</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="259"/>
        <location filename="../../ui/layout_panel.py" line="280"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="264"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="264"/>
        <source>Across (x)</source>
        <translation>横向位置（x）</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="264"/>
        <source>Depth (y)</source>
        <translation>纵深位置（y）</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="265"/>
        <source>Rotation</source>
        <translation>旋转角度</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="265"/>
        <source>Rows</source>
        <translation>排数</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="266"/>
        <source>Seats per row</source>
        <translation>每排座位数</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="266"/>
        <source>Aisles after seats</source>
        <translation>过道位置（在第几座之后）</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="267"/>
        <source>First row number</source>
        <translation>起始排号</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="267"/>
        <source>Fill order</source>
        <translation>排座顺序</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="268"/>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="268"/>
        <source>Reserved for</source>
        <translation>预留给</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="269"/>
        <source>Seat spacing</source>
        <translation>座位间距</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="269"/>
        <source>Row spacing</source>
        <translation>排距</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="270"/>
        <source>Aisle width</source>
        <translation>过道宽度</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="270"/>
        <source>Step-free</source>
        <translation>无台阶</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="271"/>
        <source>Shape</source>
        <translation>桌形</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="271"/>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="271"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="272"/>
        <source>Table number</source>
        <translation>桌号</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="272"/>
        <source>Table name</source>
        <translation>桌名</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="273"/>
        <source>Main table</source>
        <translation>主桌</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="273"/>
        <source>Host seat</source>
        <translation>主人位</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="274"/>
        <source>Deputy host seat</source>
        <translation>副主人位</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="274"/>
        <source>Host side seats</source>
        <translation>主方座位数</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="275"/>
        <source>Guest side seats</source>
        <translation>客方座位数</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="275"/>
        <source>Signing pairs</source>
        <translation>签字对数</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="276"/>
        <source>Pairs per row</source>
        <translation>每排对数</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="277"/>
        <source>Standing rows behind</source>
        <translation>后排站位排数</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="278"/>
        <source>Standing per row</source>
        <translation>每排站位数</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="279"/>
        <source>Signatory field</source>
        <translation>签字人字段</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="279"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="280"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../ui/layout_panel.py" line="280"/>
        <source>Depth</source>
        <translation>进深</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>No events yet. Create a new event for your meeting, or create the sample event, a provincial investment conference of 140 guests, to look around first.</source>
        <translation>还没有活动。请为您的会议新建一个活动，或先创建示例活动（一场 140 位嘉宾的省投资合作大会）熟悉一下。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>Choose an event on the left to see its guests.</source>
        <translation>在左侧选择一个活动，查看其嘉宾。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498"/>
        <source>The event “{event}” has no guests yet. Import the guest list from an Excel (.xlsx) or CSV file, or add guests one by one with Edit › Add guest.</source>
        <translation>活动“{event}”还没有嘉宾。请从 Excel（.xlsx）或 CSV 文件导入名单，或用“编辑 › 添加嘉宾”逐个添加。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>Zuoci</source>
        <translation>座次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="507"/>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="522"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>共 %n 位嘉宾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="523"/>
        <source>Showing {shown} of %n guest(s)</source>
        <translation>
            <numerusform>显示 {shown} 位，共 %n 位嘉宾</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="602"/>
        <source>New event “{event}”</source>
        <translation>新建活动“{event}”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="612"/>
        <source>Sample event</source>
        <translation>示例活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="682"/>
        <source>Reissue sign-in code</source>
        <translation>补发签到码</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="682"/>
        <source>Choose one guest first.</source>
        <translation>请先选择一位嘉宾。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="695"/>
        <source>About Zuoci</source>
        <translation>关于座次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="696"/>
        <source>Zuoci {version}

Guest lists, protocol seating, printing and sign-in for official meetings.</source>
        <translation>座次 {version}

会议活动的嘉宾名单、礼宾排座、材料打印与现场签到。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="723"/>
        <source>Arranging {scene}…</source>
        <translation>正在为{scene}排座…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="724"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="726"/>
        <location filename="../../ui/main_window.py" line="774"/>
        <location filename="../../ui/main_window.py" line="1078"/>
        <source>Arrange seats</source>
        <translation>自动排座</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="739"/>
        <source>Cancelling the arrangement…</source>
        <translation>正在取消排座…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="755"/>
        <source>Arranged {scene}</source>
        <translation>{scene}已排座</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>Arrangement cancelled; the seating was not changed.</source>
        <translation>已取消排座，座次未作改动。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="775"/>
        <source>The seats could not be arranged: {reason}</source>
        <translation>无法排座：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="794"/>
        <location filename="../../ui/main_window.py" line="885"/>
        <location filename="../../ui/main_window.py" line="1113"/>
        <location filename="../../ui/main_window.py" line="1148"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="802"/>
        <source>Edit guest</source>
        <translation>编辑嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="814"/>
        <source>New guest</source>
        <translation>新嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="816"/>
        <source>Add guest</source>
        <translation>添加嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="842"/>
        <source>Edit guests</source>
        <translation>编辑嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="852"/>
        <location filename="../../ui/main_window.py" line="865"/>
        <source>Delete guests</source>
        <translation>删除嘉宾</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="853"/>
        <source>Delete %n guest(s)? Their seats go with them. Undo brings them back.</source>
        <translation>
            <numerusform>删除 %n 位嘉宾？他们的座位也将一并删除。可以撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="893"/>
        <location filename="../../ui/main_window.py" line="904"/>
        <source>Merge duplicate guests</source>
        <translation>合并重复嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="894"/>
        <source>No duplicates found: no two guests share a name and organisation, or a phone number.</source>
        <translation>未发现重复嘉宾：没有姓名和单位均相同或电话相同的嘉宾。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="915"/>
        <location filename="../../ui/main_window.py" line="928"/>
        <location filename="../../ui/main_window.py" line="950"/>
        <location filename="../../ui/main_window.py" line="960"/>
        <source>Export guest list</source>
        <translation>导出名单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="916"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="924"/>
        <source>Exporting %n guest(s)…</source>
        <translation>
            <numerusform>正在导出 %n 位嘉宾…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="941"/>
        <source>Export cancelled; {path} was not changed.</source>
        <translation>已取消导出，{path} 未作改动。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="952"/>
        <source>Exported %n guest(s) to {path}</source>
        <translation>
            <numerusform>已导出 %n 位嘉宾至 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1006"/>
        <source>{event} (copy)</source>
        <translation>{event}（副本）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1017"/>
        <location filename="../../ui/main_window.py" line="1032"/>
        <source>Delete event</source>
        <translation>删除活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="1018"/>
        <source>Delete the event “{event}” with its %n guest(s), scenes, seats, check-ins and print records?</source>
        <translation>
            <numerusform>删除活动“{event}”及其 %n 位嘉宾、场景、座次、签到记录和打印记录？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1023"/>
        <source>Edit › Undo brings it back whole.</source>
        <translation>可用“编辑 › 撤销”完整恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1026"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1072"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1073"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1074"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1075"/>
        <source>&amp;Seating</source>
        <translation>座次(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1076"/>
        <source>Sign-&amp;in</source>
        <translation>签到(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1077"/>
        <source>&amp;Arrange seats automatically</source>
        <translation>自动排座(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1079"/>
        <location filename="../../ui/main_window.py" line="1081"/>
        <source>Seating</source>
        <translation>座次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1080"/>
        <source>Guests</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1082"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1083"/>
        <source>Order</source>
        <translation>次序</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1084"/>
        <source>&amp;New event…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1085"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1086"/>
        <source>&amp;Find guest</source>
        <translation>查找嘉宾(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1087"/>
        <source>&amp;About Zuoci</source>
        <translation>关于座次(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1088"/>
        <source>&amp;Add guest</source>
        <translation>添加嘉宾(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1089"/>
        <source>&amp;Edit chosen guests…</source>
        <translation>编辑所选嘉宾(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1090"/>
        <source>&amp;Delete chosen guests…</source>
        <translation>删除所选嘉宾(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1091"/>
        <source>Reissue sign-in code…</source>
        <translation>补发签到码…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1092"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1093"/>
        <location filename="../../ui/main_window.py" line="1094"/>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1147"/>
        <source>Undo {action}</source>
        <translation>撤销：{action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1149"/>
        <source>Redo {action}</source>
        <translation>重做：{action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="615"/>
        <location filename="../../ui/main_window.py" line="1095"/>
        <source>Create the sample event</source>
        <translation>创建示例活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1096"/>
        <source>Import guest list…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1097"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1098"/>
        <source>Connect to a ser&amp;ver…</source>
        <translation>连接服务器(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1099"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1100"/>
        <source>&amp;Protocol settings…</source>
        <translation>礼宾设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1101"/>
        <source>&amp;Import guest list…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1102"/>
        <source>Create the &amp;sample event</source>
        <translation>创建示例活动(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1103"/>
        <source>Sign-in s&amp;tation…</source>
        <translation>签到台(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1104"/>
        <source>Attendance &amp;dashboard…</source>
        <translation>签到看板(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1105"/>
        <source>&amp;Export the attendance report…</source>
        <translation>导出出席情况报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1106"/>
        <source>&amp;Rename event…</source>
        <translation>重命名活动(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1107"/>
        <source>D&amp;uplicate event…</source>
        <translation>复制活动(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1108"/>
        <source>De&amp;lete event…</source>
        <translation>删除活动(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1109"/>
        <source>&amp;Export guest list…</source>
        <translation>导出名单(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1110"/>
        <source>&amp;Merge duplicate guests…</source>
        <translation>合并重复嘉宾(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1111"/>
        <source>Merge duplicates</source>
        <translation>合并重复</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1114"/>
        <location filename="../../ui/main_window.py" line="1150"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1116"/>
        <source>&amp;History</source>
        <translation>操作历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1117"/>
        <source>History</source>
        <translation>操作历史</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1118"/>
        <source>(as opened)</source>
        <translation>（打开时）</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="74"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="75"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="78"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="142"/>
        <source>Merge duplicate guests</source>
        <translation>合并重复嘉宾</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="144"/>
        <source>Found %n group(s) of guests who may be the same person. For each group, choose the guest to keep and the value of each field that differs; the others&apos; seats, check-ins and companions go to the guest kept. Only checked groups are merged; groups found by a shared phone number alone start unchecked.</source>
        <translation>
            <numerusform>发现 %n 组可能为同一人的嘉宾。请为每组选择保留的嘉宾，并为不一致的字段选定保留的值；其余嘉宾的座位、签到记录和随行人员将归入保留的嘉宾。只合并已勾选的组；仅因电话相同而找到的组默认不勾选。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="161"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>MergeGroupBox</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="93"/>
        <source>same name and organisation</source>
        <translation>姓名和单位相同</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="95"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="96"/>
        <source>{name} ({reasons})</source>
        <translation>{name}（{reasons}）</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="103"/>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="114"/>
        <source>Every field is the same.</source>
        <translation>各字段均相同。</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <location filename="../../ui/new_code_dialog.py" line="88"/>
        <source>New sign-in code</source>
        <translation>新签到码</translation>
    </message>
    <message>
        <location filename="../../ui/new_code_dialog.py" line="89"/>
        <source>New sign-in code for {name}</source>
        <translation>{name} 的新签到码</translation>
    </message>
    <message>
        <location filename="../../ui/new_code_dialog.py" line="98"/>
        <source>The old code no longer works. The guest can scan this code at the desk, or take the badge printed now.</source>
        <translation>原签到码已作废。嘉宾可在签到台扫描此码，或领取现场打印的胸卡。</translation>
    </message>
    <message>
        <location filename="../../ui/new_code_dialog.py" line="106"/>
        <source>Print badge…</source>
        <translation>打印胸卡…</translation>
    </message>
    <message>
        <location filename="../../ui/new_code_dialog.py" line="107"/>
        <source>Save badge as PDF…</source>
        <translation>胸卡另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/new_code_dialog.py" line="135"/>
        <source>{name} badge</source>
        <translation>{name} 胸卡</translation>
    </message>
    <message>
        <location filename="../../ui/new_code_dialog.py" line="142"/>
        <source>Save badge</source>
        <translation>保存胸卡</translation>
    </message>
    <message>
        <location filename="../../ui/new_code_dialog.py" line="148"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/new_code_dialog.py" line="152"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/new_code_dialog.py" line="171"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/new_code_dialog.py" line="186"/>
        <source>Reissue sign-in code</source>
        <translation>补发签到码</translation>
    </message>
    <message>
        <location filename="../../ui/new_code_dialog.py" line="187"/>
        <source>Give {name} a new sign-in code? The old code, on the printed badge or invitation, stops working at once.</source>
        <translation>为 {name} 补发签到码？印在胸卡或请柬上的原签到码将立即作废。</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="78"/>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="79"/>
        <source>Event &amp;name:</source>
        <translation>活动名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="80"/>
        <source>e.g. Provincial Investment Conference 2025</source>
        <translation>例如：2025 年全省投资大会</translation>
    </message>
</context>
<context>
    <name>NewSceneDialog</name>
    <message>
        <location filename="../../ui/layout_editor.py" line="97"/>
        <source>New scene</source>
        <translation>新建场景</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="102"/>
        <source>Hall with rostrum</source>
        <translation>会场（含主席台）</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="103"/>
        <source>Banquet</source>
        <translation>宴会</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="104"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="105"/>
        <source>Signing ceremony</source>
        <translation>签字仪式</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="106"/>
        <source>Group photo</source>
        <translation>合影</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="107"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="110"/>
        <source>Start with the usual layout of this kind</source>
        <translation>使用此类场景的常用布局开始</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="121"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/layout_editor.py" line="122"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
</context>
<context>
    <name>PdfFiles</name>
    <message>
        <location filename="../../ui/pdf_files.py" line="16"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/kiosk.py" line="69"/>
        <source>The PIN must be {low} to {high} digits.</source>
        <translation>PIN 须为 {low} 至 {high} 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="72"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="111"/>
        <source>Set the full-screen PIN</source>
        <translation>设置全屏签到 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="112"/>
        <source>Choose a PIN of digits. It is asked for to leave full-screen sign-in; tell it only to those in charge.</source>
        <translation>请设置数字 PIN，退出全屏签到时需要输入；只告知负责人。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="115"/>
        <source>New PIN:</source>
        <translation>新 PIN：</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="116"/>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="118"/>
        <source>Leave full-screen sign-in</source>
        <translation>退出全屏签到</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="119"/>
        <source>Enter the PIN to leave full-screen sign-in.</source>
        <translation>请输入 PIN 以退出全屏签到。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="120"/>
        <source>PIN:</source>
        <translation>PIN：</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="127"/>
        <source>Wrong PIN.</source>
        <translation>PIN 不正确。</translation>
    </message>
</context>
<context>
    <name>PrecedenceArea</name>
    <message>
        <location filename="../../ui/precedence_area.py" line="359"/>
        <source>Reorder {level}</source>
        <translation>调整{level}次序</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="386"/>
        <location filename="../../ui/precedence_area.py" line="399"/>
        <source>Apply the ordering rule</source>
        <translation>应用排序规则</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="395"/>
        <source>Same rank in order of:</source>
        <translation>同级排序：</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="396"/>
        <source>Surname strokes (姓氏笔画)</source>
        <translation>姓氏笔画</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="397"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="398"/>
        <source>Order of the guest list</source>
        <translation>名单顺序</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="400"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="401"/>
        <source>Move the chosen guests one place up (Alt+↑)</source>
        <translation>将所选嘉宾上移一位（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="402"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="404"/>
        <source>Move the chosen guests one place down (Alt+↓)</source>
        <translation>将所选嘉宾下移一位（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>PrecedenceModel</name>
    <message>
        <location filename="../../ui/precedence_area.py" line="122"/>
        <source>Position</source>
        <translation>位次</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="123"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="124"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="125"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="134"/>
        <location filename="../../ui/precedence_area.py" line="360"/>
        <source>No rank level</source>
        <translation>未定级别</translation>
    </message>
    <message>
        <location filename="../../ui/precedence_area.py" line="173"/>
        <source>Guests can only be moved within their own rank level.</source>
        <translation>嘉宾只能在本级别内调整次序。</translation>
    </message>
</context>
<context>
    <name>PrintArea</name>
    <message>
        <location filename="../../ui/print_area.py" line="231"/>
        <location filename="../../ui/print_area.py" line="579"/>
        <source>Whole event</source>
        <translation>整个活动</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="288"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="292"/>
        <source>{template} (mine, cannot be used)</source>
        <translation>{template}（我的模板，无法使用）</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="294"/>
        <source>{template} (mine)</source>
        <translation>{template}（我的模板）</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="353"/>
        <source>Choose an event to print its documents.</source>
        <translation>请在左侧选择一个活动，以打印它的文档。</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="357"/>
        <source>This template cannot be used: {reason}</source>
        <translation>此模板无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="406"/>
        <source>The document was built but cannot be shown ({error}).</source>
        <translation>文档已生成，但无法显示（{error}）。</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="420"/>
        <source>The document could not be built: {reason}</source>
        <translation>无法生成文档：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="450"/>
        <location filename="../../ui/print_area.py" line="456"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="457"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="477"/>
        <location filename="../../ui/print_area.py" line="488"/>
        <location filename="../../ui/print_area.py" line="516"/>
        <location filename="../../ui/print_area.py" line="523"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="500"/>
        <source>Sending page {page} of {pages} to the printer…</source>
        <translation>正在向打印机发送第 {page} 页（共 {pages} 页）…</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="517"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="524"/>
        <source>Printing was stopped after {done} of {pages} pages. The pages already sent may still come out: remove the job from the printer&apos;s queue if they are not wanted.</source>
        <translation>已在第 {done} 页后停止打印（共 {pages} 页）。已发送的页面可能仍会打印出来；如不需要，请在打印机队列中删除该任务。</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="558"/>
        <source>Document:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="559"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="560"/>
        <source>Templates…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="562"/>
        <source>Copy the chosen template as your own and change its fonts, sizes, fields, colours and logo</source>
        <translation>将所选模板复制为我的模板，修改字体、字号、字段、颜色和标志</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="489"/>
        <location filename="../../ui/print_area.py" line="564"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="565"/>
        <source>Stop building the document; the preview shown before stays</source>
        <translation>停止生成文档；保留之前的预览</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="567"/>
        <source>For:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="568"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="569"/>
        <source>Save the document as a PDF file ({keys})</source>
        <translation>将文档保存为 PDF 文件（{keys}）</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="571"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="572"/>
        <source>Print the document ({keys})</source>
        <translation>打印文档（{keys}）</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../ui/print_worker.py" line="77"/>
        <source>The event or scene no longer exists.</source>
        <translation>该活动或场景已不存在。</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="405"/>
        <source>Protocol settings</source>
        <translation>礼宾设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="304"/>
        <source>&amp;Convention:</source>
        <translation>礼宾惯例(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="305"/>
        <source>Left ranks higher (以左为上, domestic)</source>
        <translation>以左为上（国内政务）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="307"/>
        <source>Right ranks higher (以右为上, international)</source>
        <translation>以右为上（国际惯例）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="309"/>
        <source>&amp;Same rank in order of:</source>
        <translation>同级排序(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="311"/>
        <source>Surname strokes (姓氏笔画)</source>
        <translation>姓氏笔画</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="313"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="314"/>
        <source>Order of the guest list</source>
        <translation>名单顺序</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="316"/>
        <source>Count the strokes of the &amp;whole name</source>
        <translation>按全名计算笔画(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="318"/>
        <source>&amp;Even rostrum rows:</source>
        <translation>主席台偶数排(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="320"/>
        <source>Rank 1 left of centre, as the audience sees it</source>
        <translation>1 号位在中线左侧（面向主席台看）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="322"/>
        <source>Rank 1 right of centre, as the audience sees it</source>
        <translation>1 号位在中线右侧（面向主席台看）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="324"/>
        <source>&amp;Main table:</source>
        <translation>主桌(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="325"/>
        <source>The host&apos;s right side ranks first</source>
        <translation>主人右手为先</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="327"/>
        <source>The host&apos;s left side ranks first</source>
        <translation>主人左手为先</translation>
    </message>
</context>
<context>
    <name>ProtocolSettingsCommand</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="222"/>
        <source>Change the protocol settings</source>
        <translation>修改礼宾设置</translation>
    </message>
</context>
<context>
    <name>QCoreApplication.self</name>
    <message>
        <location filename="../../ui/main_window.py" line="926"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReflowDialog</name>
    <message>
        <location filename="../../ui/reflow_dialog.py" line="83"/>
        <source>Re-flow {scene}</source>
        <translation>重排：{scene}</translation>
    </message>
    <message>
        <location filename="../../ui/reflow_dialog.py" line="85"/>
        <source>Guests who cancelled or declined leave their seats, new guests are seated, and guests whose rank or needs changed are seated again. Everyone else stays.</source>
        <translation>已取消或谢绝出席的嘉宾让出座位，新增嘉宾入座，职级或需求有变的嘉宾重新安排；其他嘉宾座位不变。</translation>
    </message>
    <message>
        <location filename="../../ui/reflow_dialog.py" line="88"/>
        <source>Leave their seats empty</source>
        <translation>留空</translation>
    </message>
    <message>
        <location filename="../../ui/reflow_dialog.py" line="89"/>
        <source>Move the guests after them up one seat each</source>
        <translation>依次递补</translation>
    </message>
    <message>
        <location filename="../../ui/reflow_dialog.py" line="101"/>
        <source>Re-flow</source>
        <translation>重排</translation>
    </message>
    <message>
        <location filename="../../ui/reflow_dialog.py" line="126"/>
        <source>The changes could not be worked out: {reason}</source>
        <translation>无法算出变动：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reflow_dialog.py" line="134"/>
        <source>Working out the seats this changes…</source>
        <translation>正在计算将变动的座位…</translation>
    </message>
    <message>
        <location filename="../../ui/reflow_dialog.py" line="143"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/reflow_dialog.py" line="145"/>
        <source>{seat}: {before} → {after}</source>
        <translation>{seat}：{before} → {after}</translation>
    </message>
    <message>
        <location filename="../../ui/reflow_dialog.py" line="147"/>
        <source>Seats this changes: {count}</source>
        <translation>将变动的座位：{count} 个</translation>
    </message>
    <message>
        <location filename="../../ui/reflow_dialog.py" line="148"/>
        <source>Nothing to change: the plan is up to date.</source>
        <translation>无需调整：座次已是最新。</translation>
    </message>
</context>
<context>
    <name>RenameEventDialog</name>
    <message>
        <location filename="../../ui/event_dialogs.py" line="25"/>
        <source>Rename event</source>
        <translation>重命名活动</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="26"/>
        <source>New &amp;name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>RotateHandle</name>
    <message>
        <location filename="../../ui/layout_items.py" line="287"/>
        <source>Drag to rotate; hold Shift to leave the 15° steps</source>
        <translation>拖动旋转；按住 Shift 可不按 15° 步进</translation>
    </message>
</context>
<context>
    <name>SeatItem</name>
    <message>
        <location filename="../../ui/seating_view.py" line="270"/>
        <location filename="../../ui/seating_view.py" line="385"/>
        <location filename="../../ui/seating_view.py" line="406"/>
        <source>Reserved for {whom}</source>
        <translation>预留给{whom}</translation>
    </message>
    <message>
        <location filename="../../ui/seating_view.py" line="273"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>SeatingArea</name>
    <message>
        <location filename="../../ui/seating_area.py" line="307"/>
        <location filename="../../ui/seating_area.py" line="697"/>
        <source>Unplaced guests: {count}</source>
        <translation>未安排嘉宾：{count} 人</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="373"/>
        <source>Seat anyway?</source>
        <translation>仍要入座？</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="374"/>
        <source>{reasons}

Seat anyway?</source>
        <translation>{reasons}

仍要入座吗？</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="382"/>
        <source>Seating</source>
        <translation>座次</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="411"/>
        <source>Seat {name} in {seat}</source>
        <translation>安排{name}入座{seat}</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="422"/>
        <source>Replace the guest?</source>
        <translation>替换嘉宾？</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="423"/>
        <source>{occupant} sits in {seat}. Seat {name} there instead? {occupant} goes back to the unplaced guests.</source>
        <translation>{seat}已安排{occupant}。改由{name}入座吗？{occupant}将回到未安排名单。</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="438"/>
        <source>Move {name} to {seat}</source>
        <translation>将 {name} 移至 {seat}</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="441"/>
        <source>Swap {first} and {second}</source>
        <translation>交换{first}与{second}</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="453"/>
        <source>Take {name} out of {seat}</source>
        <translation>将{name}移出{seat}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/seating_area.py" line="455"/>
        <source>Take %n guest(s) out of their seats</source>
        <translation>
            <numerusform>将 %n 位嘉宾移出座位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/seating_area.py" line="465"/>
        <source>Lock %n seat(s)</source>
        <translation>
            <numerusform>锁定 %n 个座位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/seating_area.py" line="466"/>
        <source>Unlock %n seat(s)</source>
        <translation>
            <numerusform>解锁 %n 个座位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="488"/>
        <source>Click the seat to swap with {seat} (Esc cancels).</source>
        <translation>请点击要与{seat}交换的座位（按 Esc 取消）。</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="514"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="517"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="520"/>
        <location filename="../../ui/seating_area.py" line="681"/>
        <source>Take out of the seat</source>
        <translation>移出座位</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="525"/>
        <source>Swap with…</source>
        <translation>与…交换</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="528"/>
        <source>Show in the guest list</source>
        <translation>在名单中显示</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="533"/>
        <source>Choose the whole block or table</source>
        <translation>选中整个区域或整桌</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="537"/>
        <source>Arrange the chosen seats</source>
        <translation>为选中座位排座</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="581"/>
        <source>The scene no longer exists.</source>
        <translation>该场景已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="585"/>
        <source>Re-flow</source>
        <translation>重排</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="588"/>
        <source>Re-flow {scene}</source>
        <translation>重排：{scene}</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="610"/>
        <source>{name} has no seat in this scene.</source>
        <translation>{name}在此场景中没有座位。</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="619"/>
        <source>{name} is not seated yet: see the unplaced guests.</source>
        <translation>{name}尚未安排座位，见未安排名单。</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="650"/>
        <location filename="../../ui/seating_area.py" line="665"/>
        <source>Found {count}: {name}, {seat}</source>
        <translation>找到 {count} 人：{name}，{seat}</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="654"/>
        <source>Nobody seated in this scene matches “{text}”.</source>
        <translation>此场景已入座嘉宾中没有与“{text}”相符的。</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="674"/>
        <source>Scene:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="675"/>
        <location filename="../../ui/seating_area.py" line="679"/>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="676"/>
        <source>Show the whole scene (Ctrl+0)</source>
        <translation>显示整个场景（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="677"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="678"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="680"/>
        <source>Find in the plan</source>
        <translation>在座次图中查找</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="682"/>
        <source>Find a guest in the plan (name, pinyin, initials)</source>
        <translation>在座次图中查找嘉宾（姓名、拼音或首字母）</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="684"/>
        <source>Ranks</source>
        <translation>座次号</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="685"/>
        <source>Show each seat&apos;s rank (1 is the most honoured)</source>
        <translation>显示每个座位的座次号（1 为最尊位）</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="686"/>
        <source>Arrange chosen seats</source>
        <translation>选中座位排座</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="688"/>
        <source>Arrange only the chosen seats (Ctrl+click or Shift+drag to choose; right-click a seat to choose its whole block or table); everyone else stays.</source>
        <translation>只为选中的座位排座（按住 Ctrl 点击或按住 Shift 拖动来选择；右键点击座位可选中整个区域或整桌），其他嘉宾座位不变。</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="690"/>
        <source>Re-flow…</source>
        <translation>重排…</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="692"/>
        <source>After cancellations and new guests: seat the changes, keeping everyone else.</source>
        <translation>有嘉宾取消或新增后：只调整变动部分，其他嘉宾座位不变。</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="693"/>
        <source>Filter: name, pinyin, initials</source>
        <translation>筛选：姓名、拼音或首字母</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="695"/>
        <source>Drag a guest onto a seat; drag a seat here to take its guest out.</source>
        <translation>将嘉宾拖到座位上即可入座；将座位拖回此处即可移出该嘉宾。</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="699"/>
        <source>Lay out the room</source>
        <translation>编辑布局</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="701"/>
        <source>Switch between seating guests and laying out the room: add rostrums, blocks, tables and furniture, move, turn and number them.</source>
        <translation>在排座与编辑会场布局之间切换：添加主席台、座区、餐桌和陈设，移动、旋转并编号。</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="703"/>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="704"/>
        <source>New scene…</source>
        <translation>新建场景…</translation>
    </message>
    <message>
        <location filename="../../ui/seating_area.py" line="706"/>
        <source>This event has no scenes yet, so there is nothing to seat. A scene is one room of the event with its own seats: the hall with its rostrum, the banquet, the group photo, the signing table.

Create the first one with New scene…: it can start from the usual layout of its kind, which you then change.</source>
        <translation>本活动还没有场景，因此无座可排。场景是活动中有自己座位的一个会场：带主席台的主会场、宴会、合影、签字台等。

点击“新建场景…”创建第一个场景：可以从该类场景的常用布局开始，再按需修改。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>Choose the printing font</source>
        <translation>选择打印字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>Documents print with this font, except those whose template names a font of its own.</source>
        <translation>文档使用此字体打印；模板自带字体的文档除外。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>This font has no Chinese characters: Chinese names and words will print as empty boxes.</source>
        <translation>此字体不含中文字形：中文姓名和文字将打印成空方框。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>No Chinese font that embeds in a PDF was found on this computer: choose a TrueType font file (.ttf or .ttc).</source>
        <translation>本机未找到可嵌入 PDF 的中文字体：请选择一个 TrueType 字体文件（.ttf 或 .ttc）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="193"/>
        <source>No font chosen: documents print with the system&apos;s {font}.</source>
        <translation>未选择字体：文档使用系统字体 {font} 打印。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="202"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="204"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="205"/>
        <source>Printing &amp;font:</source>
        <translation>打印字体(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="206"/>
        <source>The system&apos;s Chinese font</source>
        <translation>系统中文字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="207"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="208"/>
        <source>Use the system font</source>
        <translation>使用系统字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Database in use:</source>
        <translation>当前数据库：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="210"/>
        <source>Open another…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="211"/>
        <source>Protocol for new events</source>
        <translation>新建活动的礼宾规则</translation>
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
        <location filename="../../ui/station.py" line="248"/>
        <source>Sign-in: {event} ({station})</source>
        <translation>签到：{event}（{station}）</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="250"/>
        <source>Station: {station}</source>
        <translation>签到台：{station}</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="251"/>
        <source>VIP arriving</source>
        <translation>贵宾到达</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="252"/>
        <source>Find a guest</source>
        <translation>查找嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="254"/>
        <source>Name, pinyin initials or last 4 digits of the phone</source>
        <translation>姓名、拼音首字母、手机尾号</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="255"/>
        <source>Scan:</source>
        <translation>扫码：</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="256"/>
        <source>Scan a sign-in code</source>
        <translation>请扫描签到码</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="257"/>
        <source>Undo last check-in</source>
        <translation>撤销上一次签到</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="258"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>撤销上一次签到（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="304"/>
        <source>This station has no check-in to undo.</source>
        <translation>本签到台没有可撤销的签到</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="321"/>
        <source>Arrived {arrived} / expected {expected}</source>
        <translation>已到 {arrived} / 应到 {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="350"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station.py" line="353"/>
        <source>Online: %n check-in(s) made offline sent</source>
        <translation>
            <numerusform>在线 — 已上传离线签到 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station.py" line="355"/>
        <source>Offline: %n check-in(s) waiting to be sent</source>
        <translation>
            <numerusform>离线 — %n 条签到待上传</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="357"/>
        <source>Check-ins go to the shared database.</source>
        <translation>签到记录直接写入共享数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="358"/>
        <source>The database cannot be reached. Guests are checked in against this station&apos;s copy of the list, and the check-ins are sent when it is back.</source>
        <translation>无法连接数据库。本签到台按本机保存的名单副本继续签到，连接恢复后自动上传。</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="361"/>
        <source>Last sync failed: {reason}</source>
        <translation>上次同步失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="380"/>
        <source>Started offline: using the guest list copied at {time}</source>
        <translation>离线启动 — 使用 {time} 的名单副本</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="382"/>
        <source>The database could not be reached when this station started. Guests added or changed since {time} are not on this list; check-ins are kept on this computer and sent when the database is back.</source>
        <translation>本签到台启动时无法连接数据库。{time} 之后新增或修改的嘉宾不在此名单中；签到记录保存在本机，数据库恢复后自动上传。</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="397"/>
        <source>Check-in undone</source>
        <translation>已撤销签到</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="403"/>
        <source>Ready: scan a sign-in code</source>
        <translation>请扫码签到</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="418"/>
        <source>Checked in</source>
        <translation>签到成功</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="420"/>
        <source>Already checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="422"/>
        <source>Not expected: declined or cancelled</source>
        <translation>未预期到场：已谢绝或取消出席</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="424"/>
        <source>This code is for another event</source>
        <translation>这是其他活动的签到码</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="426"/>
        <source>Unknown code</source>
        <translation>无法识别的签到码</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="435"/>
        <source>First checked in at {time} at {station}</source>
        <translation>首次签到：{time}，{station}</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="437"/>
        <source>First checked in at {time}</source>
        <translation>首次签到：{time}</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="439"/>
        <source>No arrival recorded: ask the person in charge</source>
        <translation>未登记签到，请联系负责人</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="441"/>
        <source>Find the guest by name instead</source>
        <translation>请改用姓名查找嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="519"/>
        <location filename="../../ui/station.py" line="520"/>
        <source>Reissue sign-in code…</source>
        <translation>补发签到码…</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="522"/>
        <source>For a guest who lost their badge: a new code, the old one stops working</source>
        <translation>嘉宾遗失胸卡时使用：补发新签到码，原签到码作废</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="523"/>
        <source>Register walk-in…</source>
        <translation>现场登记…</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="524"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="525"/>
        <source>No sounds at this station</source>
        <translation>本签到台不发提示音</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="526"/>
        <source>Leave full screen…</source>
        <translation>退出全屏签到…</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="527"/>
        <source>Full-screen sign-in</source>
        <translation>全屏签到模式</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="529"/>
        <source>Full screen for the door: nothing can be edited, and leaving asks for the PIN</source>
        <translation>门口专用全屏界面：不能修改任何内容，退出需输入 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="548"/>
        <source>Register walk-in</source>
        <translation>现场登记</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="549"/>
        <source>The database cannot be reached, so this station cannot register a walk-in now. Register the guest at a station that is online, or here once the status at the top shows Online again.</source>
        <translation>无法连接数据库，本签到台暂时不能现场登记。请到在线的签到台登记该嘉宾，或待本台顶部状态恢复为“在线”后再登记。</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="555"/>
        <source>The database cannot be reached, so this station cannot issue a new sign-in code now. Issue it at a station that is online, or here once the status at the top shows Online again; meanwhile the guest can be found by name and checked in.</source>
        <translation>无法连接数据库，本签到台暂时不能补发签到码。请到在线的签到台补发，或待本台顶部状态恢复为“在线”后再补发；现在可按姓名查找嘉宾并为其签到。</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="554"/>
        <source>Reissue sign-in code</source>
        <translation>补发签到码</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="636"/>
        <source>Sign-in station</source>
        <translation>签到台</translation>
    </message>
    <message>
        <location filename="../../ui/station.py" line="637"/>
        <source>Name of this station (shown with every arrival):</source>
        <translation>本签到台名称（记录在每次签到中）：</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/template_dialog.py" line="240"/>
        <source>Change the paper</source>
        <translation>更改纸张</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="243"/>
        <source>Turn the paper</source>
        <translation>更改纸张方向</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="259"/>
        <source>Print with the usual font</source>
        <translation>改用默认字体</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="275"/>
        <source>Remove the logo</source>
        <translation>移除标志</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="290"/>
        <location filename="../../ui/template_dialog.py" line="618"/>
        <source>Move the logo</source>
        <translation>移动标志</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="322"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="322"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="323"/>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="327"/>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="327"/>
        <source>Salutation</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="328"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="328"/>
        <source>Line under the code</source>
        <translation>签到码下方说明</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="359"/>
        <location filename="../../ui/template_dialog.py" line="522"/>
        <source>Change a text size</source>
        <translation>更改字号</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="370"/>
        <source>Words and fields</source>
        <translation>文字与字段</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="374"/>
        <source>What this text prints: words, and fields in braces: {fields}</source>
        <translation>此处打印的内容：文字，以及用花括号括起的字段：{fields}</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="388"/>
        <source>left </source>
        <translation>左 </translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="388"/>
        <source>top </source>
        <translation>上 </translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="389"/>
        <source>Where the text&apos;s box begins, in mm from the face&apos;s left edge</source>
        <translation>文字框左边距版面左边缘的距离（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="391"/>
        <source>Where the text&apos;s box begins, in mm from the face&apos;s top edge</source>
        <translation>文字框上边距版面上边缘的距离（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="394"/>
        <location filename="../../ui/template_dialog.py" line="542"/>
        <source>Move a text</source>
        <translation>移动文字</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="430"/>
        <source>Other categories</source>
        <translation>其他类别</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="471"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="499"/>
        <source>Your template “{name}” for {document}. Changes are saved with OK.</source>
        <translation>我的{document}模板“{name}”。点击“确定”保存修改。</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="502"/>
        <source>Built-in template “{name}” for {document}. Copy it as your own to change it.</source>
        <translation>内置{document}模板“{name}”。如需修改，请先复制为我的模板。</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="535"/>
        <source>Change what a text shows</source>
        <translation>更改文字内容</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="554"/>
        <source>Change a category&apos;s colour</source>
        <translation>更改类别颜色</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="560"/>
        <source>Colour of {category}</source>
        <translation>{category}的颜色</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="575"/>
        <source>Change the font</source>
        <translation>更改字体</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="578"/>
        <source>This font has no Chinese characters: Chinese names and words will print as empty boxes.</source>
        <translation>此字体不含中文字形：中文姓名和文字将打印成空方框。</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="585"/>
        <source>Choose the template&apos;s font</source>
        <translation>选择模板字体</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="587"/>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="597"/>
        <source>{path} is not a PNG or JPEG picture.</source>
        <translation>{path} 不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="611"/>
        <source>Change the logo</source>
        <translation>更改标志</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="623"/>
        <source>Choose the logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="624"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="648"/>
        <source>Copy as my template</source>
        <translation>复制为我的模板</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="648"/>
        <source>Name of your template:</source>
        <translation>我的模板名称：</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="649"/>
        <source>{name} (mine)</source>
        <translation>{name}（我的）</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="669"/>
        <source>Rename the template</source>
        <translation>重命名模板</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="670"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="687"/>
        <source>Delete the template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="688"/>
        <source>Delete your template “{name}”? This cannot be undone.</source>
        <translation>删除我的模板“{name}”？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="718"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="719"/>
        <source>Copy as my template…</source>
        <translation>复制为我的模板…</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="720"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="721"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="722"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="723"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="724"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="725"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="726"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="727"/>
        <source>The font chosen in the preferences, else the system&apos;s Chinese font</source>
        <translation>偏好设置中选定的字体，未选定时使用系统中文字体</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="729"/>
        <location filename="../../ui/template_dialog.py" line="736"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="730"/>
        <source>Usual font</source>
        <translation>默认字体</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="731"/>
        <source>Texts: size, what they show and where (from the face&apos;s top left corner)</source>
        <translation>文字：字号、内容和位置（从版面左上角算起）</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="733"/>
        <source>Colours by category</source>
        <translation>按类别设置颜色</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="734"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="735"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="737"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="738"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="738"/>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="739"/>
        <source>Width</source>
        <translation>宽</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="739"/>
        <source>Height</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>UnplacedModel</name>
    <message>
        <location filename="../../ui/unplaced_list.py" line="71"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/unplaced_list.py" line="71"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/unplaced_list.py" line="71"/>
        <source>Rank</source>
        <translation>级别</translation>
    </message>
</context>
<context>
    <name>VipAlerts</name>
    <message>
        <location filename="../../ui/vip_alerts.py" line="62"/>
        <source>VIPs arrived</source>
        <translation>贵宾已到达</translation>
    </message>
    <message>
        <location filename="../../ui/vip_alerts.py" line="63"/>
        <source>Acknowledged</source>
        <translation>已知晓</translation>
    </message>
    <message>
        <location filename="../../ui/vip_alerts.py" line="64"/>
        <source>Double-click a line once the ushers have it</source>
        <translation>引导员知晓后双击该行即可移除</translation>
    </message>
    <message>
        <location filename="../../ui/vip_alerts.py" line="82"/>
        <source>no seat</source>
        <translation>未安排座位</translation>
    </message>
    <message>
        <location filename="../../ui/vip_alerts.py" line="84"/>
        <source>(checked in at {station})</source>
        <translation>（于{station}签到）</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="89"/>
        <source>Register a walk-in</source>
        <translation>现场登记</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="90"/>
        <source>Name (required):</source>
        <translation>姓名（必填）：</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="91"/>
        <source>Organisation:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="92"/>
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="93"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="94"/>
        <source>Proposed seats (untick a scene to leave it out)</source>
        <translation>推荐座位（取消勾选则该场景不安排座位）</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="95"/>
        <source>No free seat open to this guest in any scene: they are registered and checked in without a seat.</source>
        <translation>各场景均无适合该嘉宾的空座：将登记并签到，暂不安排座位。</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="98"/>
        <source>Register and check in</source>
        <translation>登记并签到</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="139"/>
        <source>Enter the guest&apos;s name.</source>
        <translation>请填写嘉宾姓名。</translation>
    </message>
</context>
</TS>
