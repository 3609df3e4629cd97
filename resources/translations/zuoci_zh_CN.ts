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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>No events yet. Create a new event for your meeting, or create the sample event, a provincial investment conference of 140 guests, to look around first.</source>
        <translation>还没有活动。请为您的会议新建一个活动，或先创建示例活动（一场 140 位嘉宾的省投资合作大会）熟悉一下。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Choose an event on the left to see its guests.</source>
        <translation>在左侧选择一个活动，查看其嘉宾。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>The event “{event}” has no guests yet.

To import a guest list from an Excel (.xlsx) or CSV file named FILE, run at the command line:

python main.py import FILE --event &quot;{event}&quot;</source>
        <translation>活动“{event}”还没有嘉宾。

要导入嘉宾名单（Excel .xlsx 或 CSV 文件，下面的 FILE 换成文件路径），请在命令行运行：

python main.py import FILE --event &quot;{event}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Zuoci</source>
        <translation>座次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="358"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>共 %n 位嘉宾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Showing {shown} of %n guest(s)</source>
        <translation>
            <numerusform>显示 {shown} 位，共 %n 位嘉宾</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>Sample event</source>
        <translation>示例活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>About Zuoci</source>
        <translation>关于座次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>Zuoci {version}

Guest lists, protocol seating, printing and sign-in for official meetings.</source>
        <translation>座次 {version}

会议活动的嘉宾名单、礼宾排座、材料打印与现场签到。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>Arranging {scene}…</source>
        <translation>正在为{scene}排座…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <location filename="../../ui/main_window.py" line="523"/>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>Arrange seats</source>
        <translation>自动排座</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>Cancelling the arrangement…</source>
        <translation>正在取消排座…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="506"/>
        <source>Arranged {scene}</source>
        <translation>{scene}已排座</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>Arrangement cancelled; the seating was not changed.</source>
        <translation>已取消排座，座次未作改动。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="524"/>
        <source>The seats could not be arranged: {reason}</source>
        <translation>无法排座：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533"/>
        <location filename="../../ui/main_window.py" line="624"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="541"/>
        <source>Edit guest</source>
        <translation>编辑嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="553"/>
        <source>New guest</source>
        <translation>新嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="555"/>
        <source>Add guest</source>
        <translation>添加嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="581"/>
        <source>Edit guests</source>
        <translation>编辑嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="591"/>
        <location filename="../../ui/main_window.py" line="604"/>
        <source>Delete guests</source>
        <translation>删除嘉宾</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="592"/>
        <source>Delete %n guest(s)? Their seats go with them. Undo brings them back.</source>
        <translation>
            <numerusform>删除 %n 位嘉宾？他们的座位也将一并删除。可以撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="638"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="639"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="640"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="641"/>
        <source>&amp;Seating</source>
        <translation>座次(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="642"/>
        <source>&amp;Arrange seats automatically</source>
        <translation>自动排座(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>Seating</source>
        <translation>座次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Guests</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="647"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="648"/>
        <source>&amp;New event…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="649"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="650"/>
        <source>&amp;Find guest</source>
        <translation>查找嘉宾(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="651"/>
        <source>&amp;About Zuoci</source>
        <translation>关于座次(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="652"/>
        <source>&amp;Add guest</source>
        <translation>添加嘉宾(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="653"/>
        <source>&amp;Edit chosen guests…</source>
        <translation>编辑所选嘉宾(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="654"/>
        <source>&amp;Delete chosen guests…</source>
        <translation>删除所选嘉宾(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="655"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="656"/>
        <location filename="../../ui/main_window.py" line="657"/>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="658"/>
        <source>Create the sample event</source>
        <translation>创建示例活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="659"/>
        <source>Create the &amp;sample event</source>
        <translation>创建示例活动(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="660"/>
        <source>Sign-in s&amp;tation…</source>
        <translation>签到台(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="662"/>
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
    <name>PrintArea</name>
    <message>
        <location filename="../../ui/print_area.py" line="188"/>
        <location filename="../../ui/print_area.py" line="403"/>
        <source>Whole event</source>
        <translation>整个活动</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="222"/>
        <location filename="../../ui/print_area.py" line="398"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="266"/>
        <source>Choose an event to print its documents.</source>
        <translation>请在左侧选择一个活动，以打印它的文档。</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="290"/>
        <source>The document was built but cannot be shown ({error}).</source>
        <translation>文档已生成，但无法显示（{error}）。</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="303"/>
        <source>The document could not be built: {reason}</source>
        <translation>无法生成文档：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="336"/>
        <location filename="../../ui/print_area.py" line="345"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="337"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="346"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="364"/>
        <location filename="../../ui/print_area.py" line="368"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="369"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="385"/>
        <source>Document:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="386"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="387"/>
        <source>For:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="388"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="389"/>
        <source>Save the document as a PDF file ({keys})</source>
        <translation>将文档保存为 PDF 文件（{keys}）</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="391"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/print_area.py" line="392"/>
        <source>Print the document ({keys})</source>
        <translation>打印文档（{keys}）</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../ui/print_worker.py" line="55"/>
        <source>The event or scene no longer exists.</source>
        <translation>该活动或场景已不存在。</translation>
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
    <name>Start</name>
    <message>
        <location filename="../../ui/app.py" line="26"/>
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
