<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>An offline reference on the Shanghai Cooperation Organisation. Data as of {date}. It never uses the network.</source>
        <translation>上海合作组织离线参考资料。数据截至 {date}。本程序从不使用网络。</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>程序库</translation>
    </message>
    <message>
        <source>Bundled fonts</source>
        <translation>内置字体</translation>
    </message>
    <message>
        <source>Qt for Python is used under the GNU Lesser General Public License version 3; the licence texts come with the installed packages and the fonts&apos; with the application (OFL.txt).</source>
        <translation>Qt for Python 依据 GNU 宽通用公共许可证第 3 版使用；许可证文本随已安装的软件包提供，字体的许可证随本程序提供（OFL.txt）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data&lt;/b&gt;: gathered from {count} publishers, among them {publishers}. Every fact in a pane cites its source.</source>
        <translation>&lt;b&gt;数据&lt;/b&gt;：来自 {count} 家出版方，其中包括 {publishers}。页面中的每项事实均注明出处。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your notes are not available: the user folder cannot be used.</source>
        <translation>您的笔记不可用：无法使用用户文件夹。</translation>
    </message>
    <message>
        <source>Your notes are not available: {error}</source>
        <translation>您的笔记不可用：{error}</translation>
    </message>
</context>
<context>
    <name>Atlas</name>
    <message>
        <source>Boundaries are de facto, from Natural Earth, and imply no position on any dispute.</source>
        <translation>边界为实际控制线，取自 Natural Earth，不代表对任何争议的立场。</translation>
    </message>
    <message>
        <source>Leaders&apos; meeting place</source>
        <translation>领导人会议地点</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>截至 {date}：{status}</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>自 {date} 起为{status}</translation>
    </message>
    <message>
        <source>The Shanghai Cooperation Organisation on {date}</source>
        <translation>上海合作组织（截至 {date}）</translation>
    </message>
    <message>
        <source>Statuses: sco-desktop reference data as of {date}. Boundaries: {credit}.</source>
        <translation>地位：sco-desktop 参考数据，截至 {date}。边界：{credit}。</translation>
    </message>
    <message>
        <source>Meeting places: {credit}.</source>
        <translation>会议地点：{credit}。</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>figure given loosely or estimated</source>
        <translation>约数或估计值</translation>
    </message>
</context>
<context>
    <name>ChartSupport</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Each value&apos;s sources are in its tool tip; years differ between states and are shown beside each value. GDP is recorded for few states so far.</source>
        <translation>每个数值的来源见其工具提示；各国的年份不同，均标注在数值旁。目前仅有少数国家记录了国内生产总值。</translation>
    </message>
    <message>
        <source>States to compare</source>
        <translation>要比较的国家</translation>
    </message>
    <message>
        <source>States side by side</source>
        <translation>国家并列比较</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>The comparison as a fact sheet, with the marking</source>
        <translation>以概况表形式导出比较结果，带标识</translation>
    </message>
    <message>
        <source>At most {count} states side by side.</source>
        <translation>最多并列 {count} 个国家。</translation>
    </message>
    <message>
        <source>Tick {least} to {most} states to compare them.</source>
        <translation>勾选 {least} 至 {most} 个国家进行比较。</translation>
    </message>
    <message>
        <source>{count} states on {date}.</source>
        <translation>{count} 个国家，截至 {date}。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Trade with China by year</source>
        <translation>历年与中国的贸易</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>自 {date} 起为{status}</translation>
    </message>
    <message>
        <source>{status} {start} to {end}</source>
        <translation>{start} 至 {end} 为{status}</translation>
    </message>
    <message>
        <source>{status} from {start}</source>
        <translation>自 {start} 起为{status}</translation>
    </message>
    <message>
        <source>{years} (since {date})</source>
        <translation>{years}（自 {date} 起）</translation>
    </message>
    <message>
        <source>population only for {years}</source>
        <translation>仅有 {years} 年的人口数据</translation>
    </message>
    <message>
        <source>no population figure</source>
        <translation>无人口数据</translation>
    </message>
    <message>
        <source>Not worked out: GDP is for {year}, {years}; figures of two years are not mixed.</source>
        <translation>未计算：国内生产总值为 {year} 年数据，{years}；不混用两个年份的数据。</translation>
    </message>
    <message>
        <source> (acting)</source>
        <translation>（代理）</translation>
    </message>
    <message>
        <source> since {date}</source>
        <translation>，自 {date} 起</translation>
    </message>
    <message>
        <source>{year} (videoconference)</source>
        <translation>{year}（视频会议）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>地位</translation>
    </message>
    <message>
        <source>the status held on the day, and since when</source>
        <translation>当日所具有的地位及起始日期</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>地位沿革</translation>
    </message>
    <message>
        <source>every status held up to the day</source>
        <translation>截至当日所具有的全部地位</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>成为成员国日期</translation>
    </message>
    <message>
        <source>the day of accession as a member state</source>
        <translation>作为成员国加入的日期</translation>
    </message>
    <message>
        <source>Years as a member</source>
        <translation>作为成员国的年数</translation>
    </message>
    <message>
        <source>years from accession to the day</source>
        <translation>自加入至当日的年数</translation>
    </message>
    <message>
        <source>Years with an SCO status</source>
        <translation>具有上合组织地位的年数</translation>
    </message>
    <message>
        <source>years from the first status of any kind (observer, dialogue partner, member) to the day</source>
        <translation>自首次获得任何地位（观察员国、对话伙伴、成员国）至当日的年数</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>国家元首</translation>
    </message>
    <message>
        <source>who held the office on the day, and since when</source>
        <translation>当日的任职者及其任职起始日期</translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation>政府首脑</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>people, latest year recorded up to the day</source>
        <translation>人，截至当日最近一年的记录</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>国内生产总值</translation>
    </message>
    <message>
        <source>gross domestic product, current US$, latest year recorded up to the day</source>
        <translation>国内生产总值，现价美元，截至当日最近一年的记录</translation>
    </message>
    <message>
        <source>GDP per person</source>
        <translation>人均国内生产总值</translation>
    </message>
    <message>
        <source>GDP over the population of the same year; left out when the data has no population figure for the year of the GDP</source>
        <translation>国内生产总值除以同年人口；若数据中没有该年的人口数据则不列出</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>square kilometres, latest figure recorded up to the day</source>
        <translation>平方公里，截至当日最近的记录</translation>
    </message>
    <message>
        <source>Trade with China</source>
        <translation>与中国的贸易</translation>
    </message>
    <message>
        <source>China&apos;s goods trade with the state, total of both flows, latest year recorded, US$ (China&apos;s customs figures)</source>
        <translation>中国与该国的货物贸易，进出口合计，最近一年的记录，美元（中国海关数据）</translation>
    </message>
    <message>
        <source>Meetings hosted</source>
        <translation>主办的会议</translation>
    </message>
    <message>
        <source>Shanghai Five, Heads of State and Heads of Government meetings held in the state (ministers&apos; meetings and SCO Plus sessions are not counted)</source>
        <translation>在该国举行的“上海五国”、元首理事会和政府首脑理事会会议（不计部长级会议和“上合组织+”会议）</translation>
    </message>
    <message>
        <source>Documents adopted at meetings it hosted</source>
        <translation>在其主办的会议上通过的文件</translation>
    </message>
    <message>
        <source>documents of the data adopted at the meetings the state hosted</source>
        <translation>数据中在该国主办的会议上通过的文件</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>China&apos;s figures: none</source>
        <translation>中方数据：无</translation>
    </message>
    <message>
        <source>China&apos;s figures, {first} to {last}; a gap is a year without a figure</source>
        <translation>中方数据，{first} 至 {last}；空缺表示该年无数据</translation>
    </message>
    <message>
        <source>With</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Total trade</source>
        <translation>贸易总额</translation>
    </message>
    <message>
        <source>Share of China&apos;s total</source>
        <translation>占中国总额比重</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The details are in {path}.</source>
        <translation>详情见 {path}。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>sco-desktop met an error it did not expect and carried on. Your notes are safe.</source>
        <translation>sco-desktop 遇到意外错误，已继续运行。您的笔记安全无虞。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ExportSheetsDialog</name>
    <message>
        <source>Export Fact Sheets</source>
        <translation>导出概况表</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Language of the sheets</source>
        <translation>概况表语言</translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation>概况表：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>页内查找</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>关闭查找</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>{place} of {total}{more}</source>
        <translation>第 {place} 个，共 {total}{more} 个</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>演习</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>您的笔记</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Observer state</source>
        <translation>观察员国</translation>
    </message>
    <message>
        <source>Dialogue partner</source>
        <translation>对话伙伴</translation>
    </message>
    <message>
        <source>SCO partner</source>
        <translation>上合组织伙伴</translation>
    </message>
    <message>
        <source>No SCO status</source>
        <translation>无上合组织地位</translation>
    </message>
    <message>
        <source>Shanghai Five</source>
        <translation>“上海五国”</translation>
    </message>
    <message>
        <source>Heads of State Council</source>
        <translation>元首理事会</translation>
    </message>
    <message>
        <source>Heads of Government Council</source>
        <translation>政府首脑理事会</translation>
    </message>
    <message>
        <source>SCO Plus</source>
        <translation>“上合组织+”</translation>
    </message>
    <message>
        <source>Council of Foreign Ministers</source>
        <translation>外长理事会</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>国家元首</translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation>政府首脑</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>国内生产总值</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Peace Mission</source>
        <translation>“和平使命”</translation>
    </message>
    <message>
        <source>Counter-terrorism exercise of the security services</source>
        <translation>安全机构联合反恐演习</translation>
    </message>
    <message>
        <source>Encyclopedia</source>
        <translation>百科全书</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>官方</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>初始数据</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考资料</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>理事会</translation>
    </message>
    <message>
        <source>Permanent body</source>
        <translation>常设机构</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>理事会</translation>
    </message>
    <message>
        <source>Permanent bodies</source>
        <translation>常设机构</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Observer states</source>
        <translation>观察员国</translation>
    </message>
    <message>
        <source>Dialogue partners</source>
        <translation>对话伙伴</translation>
    </message>
    <message>
        <source>SCO partners</source>
        <translation>上合组织伙伴</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>视频会议</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>宣言</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>宪章</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>公约</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>条约</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协定</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>战略</translation>
    </message>
    <message>
        <source>Border agreement</source>
        <translation>边界协定</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>{arrow}, total trade, {reporter}&apos;s customs</source>
        <translation>{arrow}，贸易总额，{reporter}海关</translation>
    </message>
    <message>
        <source>{arrow}, total trade, {reporter}&apos;s statistics</source>
        <translation>{arrow}，贸易总额，{reporter}统计</translation>
    </message>
    <message>
        <source>{arrow}, {reporter}&apos;s customs</source>
        <translation>{arrow}，{reporter}海关</translation>
    </message>
    <message>
        <source>{arrow}, {reporter}&apos;s statistics</source>
        <translation>{arrow}，{reporter}统计</translation>
    </message>
    <message>
        <source>{reporter}&apos;s customs</source>
        <translation>{reporter}海关</translation>
    </message>
    <message>
        <source>{reporter}&apos;s statistics</source>
        <translation>{reporter}统计</translation>
    </message>
    <message>
        <source>Total trade, China ↔ partners, China&apos;s customs</source>
        <translation>贸易总额，中国 ↔ 伙伴，中国海关</translation>
    </message>
    <message>
        <source>China&apos;s exports, China → partners, China&apos;s customs</source>
        <translation>中国出口，中国 → 伙伴，中国海关</translation>
    </message>
    <message>
        <source>China&apos;s imports, partners → China, China&apos;s customs</source>
        <translation>中国进口，伙伴 → 中国，中国海关</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>嘉宾</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Show statuses as of</source>
        <translation>显示截至某日的地位</translation>
    </message>
    <message>
        <source>Show who held which status on this date</source>
        <translation>显示该日期各国所具有的地位</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>页内查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notes Panel</source>
        <translation>笔记面板(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Filter the Navigator</source>
        <translation>筛选导航栏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>复制引文(&amp;I)</translation>
    </message>
    <message>
        <source>Statuses &amp;As Of…</source>
        <translation>截至某日的地位(&amp;A)…</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ 书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Delete Your Note…</source>
        <translation>删除您的笔记(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;Notes…</source>
        <translation>导出笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>导入笔记(&amp;I)…</translation>
    </message>
    <message>
        <source>Install Data &amp;Update…</source>
        <translation>安装数据更新(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Roll Back Data Update…</source>
        <translation>回滚数据更新(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Reset to the Data Date</source>
        <translation>重置为数据日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Fact Sheets…</source>
        <translation>导出概况表(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About SCO Desktop</source>
        <translation>关于 SCO Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source> As of </source>
        <translation> 截至 </translation>
    </message>
    <message>
        <source>&lt;h2&gt;The reference database cannot be used&lt;/h2&gt;&lt;p&gt;{problem}&lt;/p&gt;&lt;p&gt;Nothing was changed. Reinstall sco-desktop, or start it with &lt;code&gt;--db PATH&lt;/code&gt; and a good copy of the database; &lt;code&gt;sco-desktop verify&lt;/code&gt; says what is wrong with a file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;无法使用参考数据库&lt;/h2&gt;&lt;p&gt;{problem}&lt;/p&gt;&lt;p&gt;未作任何更改。请重新安装 sco-desktop，或以 &lt;code&gt;--db 路径&lt;/code&gt; 指定一份完好的数据库副本启动；&lt;code&gt;sco-desktop verify&lt;/code&gt; 可说明文件的问题所在。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No reference data</source>
        <translation>无参考数据</translation>
    </message>
    <message>
        <source>{id} is no longer in the reference data; your note on it is kept</source>
        <translation>参考数据中已不再有 {id}；您对它的笔记仍保留</translation>
    </message>
    <message>
        <source>Find in page works in text panes, not in charts</source>
        <translation>页内查找仅适用于文本页面，不适用于图表</translation>
    </message>
    <message>
        <source>Text at {percent}%</source>
        <translation>文字大小 {percent}%</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>与…比较</translation>
    </message>
    <message>
        <source>Statuses shown as of {date} · {origin}</source>
        <translation>显示截至 {date} 的地位 · {origin}</translation>
    </message>
    <message>
        <source>{states} states, {bodies} bodies, {meetings} meetings, {documents} documents, {sources} sources</source>
        <translation>{states} 个国家，{bodies} 个机构，{meetings} 次会议，{documents} 份文件，{sources} 个来源</translation>
    </message>
    <message>
        <source>{title} [{kind} {id}]. SCO Desktop reference data, as of {date} (sco-desktop {version}).</source>
        <translation>{title} [{kind} {id}]。SCO Desktop 参考数据，截至 {date}（sco-desktop {version}）。</translation>
    </message>
    <message>
        <source>Address copied</source>
        <translation>地址已复制</translation>
    </message>
    <message>
        <source>About SCO Desktop</source>
        <translation>关于 SCO Desktop</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map of the SCO&apos;s states by status</source>
        <translation>上合组织各国地位地图</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Days on which a status changed</source>
        <translation>地位发生变化的日期</translation>
    </message>
    <message>
        <source>The change before</source>
        <translation>上一次变化</translation>
    </message>
    <message>
        <source>The next change</source>
        <translation>下一次变化</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step through every change from the founding</source>
        <translation>逐一显示自成立以来的每次变化</translation>
    </message>
    <message>
        <source>Leaders&apos; meeting places</source>
        <translation>领导人会议地点</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG</source>
        <translation>将地图保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Export the Map</source>
        <translation>导出地图</translation>
    </message>
</context>
<context>
    <name>MembershipChart</name>
    <message>
        <source>Statuses as they stood on {date}. Data as of {data_date}. On 2025-09-01 observers and dialogue partners became SCO partners.</source>
        <translation>截至 {date} 的地位。数据截至 {data_date}。2025年9月1日起，观察员国和对话伙伴成为上合组织伙伴。</translation>
    </message>
    <message>
        <source>Sources: the status decisions of SCO meetings (each period&apos;s source is in the CSV export and on the state&apos;s page).</source>
        <translation>来源：上合组织会议关于地位的决定（每个时期的来源见 CSV 导出及该国页面）。</translation>
    </message>
    <message>
        <source>Number of states holding each SCO status</source>
        <translation>具有各类上合组织地位的国家数量</translation>
    </message>
    <message>
        <source>States; dashed lines: meetings whose decisions changed a status, and the as-of date</source>
        <translation>国家；虚线：其决定改变了地位的会议，以及所选日期</translation>
    </message>
    <message>
        <source>States</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>No statuses before this date.</source>
        <translation>此日期之前没有地位记录。</translation>
    </message>
    <message>
        <source>Status of each state in the SCO over time</source>
        <translation>各国在上合组织中的地位变化</translation>
    </message>
    <message>
        <source>One lane per state, in the order states first gained a status; statuses held on the as-of date (dashed line) run on to the end of its year</source>
        <translation>每个国家一条泳道，按首次获得地位的先后排列；所选日期（虚线）时具有的地位延续至该年年末</translation>
    </message>
</context>
<context>
    <name>MembershipModel</name>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>地位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>决定于</translation>
    </message>
    <message>
        <source>present</source>
        <translation>至今</translation>
    </message>
</context>
<context>
    <name>MembershipPane</name>
    <message>
        <source>Membership charts</source>
        <translation>成员身份图表</translation>
    </message>
    <message>
        <source>States by status over time</source>
        <translation>各地位国家数量随时间变化</translation>
    </message>
    <message>
        <source>Each state&apos;s statuses over time</source>
        <translation>各国地位随时间变化</translation>
    </message>
    <message>
        <source>Periods of each status</source>
        <translation>各地位的时期</translation>
    </message>
    <message>
        <source>Counts over time</source>
        <translation>数量变化</translation>
    </message>
    <message>
        <source>Each state</source>
        <translation>各国</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>{chart} as {format}…</source>
        <translation>{chart}导出为 {format}…</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Statuses as they stood up to {date}. Point at a lane to see the status and the meeting that decided it; click a state&apos;s lane to open it.</source>
        <translation>截至 {date} 的地位。指向泳道可查看地位及作出决定的会议；点击某国的泳道可打开该国页面。</translation>
    </message>
</context>
<context>
    <name>NavigationController</name>
    <message>
        <source>Nothing to show for that link</source>
        <translation>该链接没有可显示的内容</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Could not read the data&lt;/h2&gt;&lt;p&gt;{error}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;无法读取数据&lt;/h2&gt;&lt;p&gt;{error}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>On 2025-09-01 the Tianjin summit merged the observer and dialogue partner statuses into a single &apos;SCO partner&apos; status.</source>
        <translation>2025年9月1日，天津峰会将观察员国和对话伙伴地位合并为统一的“上合组织伙伴”地位。</translation>
    </message>
    <message>
        <source>Observer states</source>
        <translation>观察员国</translation>
    </message>
    <message>
        <source>Dialogue partners</source>
        <translation>对话伙伴</translation>
    </message>
    <message>
        <source>SCO partners since 2025-09-01</source>
        <translation>上合组织伙伴（2025-09-01 起）</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>理事会</translation>
    </message>
    <message>
        <source>Permanent bodies</source>
        <translation>常设机构</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>贸易</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>成员身份</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>by videoconference</source>
        <translation>视频会议</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>With your notes</source>
        <translation>有您笔记的条目</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Partners ({count})</source>
        <translation>伙伴（{count}）</translation>
    </message>
    <message>
        <source>Former and other statuses</source>
        <translation>以往及其他地位</translation>
    </message>
    <message>
        <source>States that no longer hold a status, and guests that never held one.</source>
        <translation>已不再具有地位的国家，以及从未具有地位的嘉宾国。</translation>
    </message>
    <message>
        <source>Bodies ({count})</source>
        <translation>机构（{count}）</translation>
    </message>
    <message>
        <source>Summits and meetings ({count})</source>
        <translation>峰会与会议（{count}）</translation>
    </message>
    <message>
        <source>Charts ({count})</source>
        <translation>图表（{count}）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Joint exercises</source>
        <translation>联合演习</translation>
    </message>
</context>
<context>
    <name>NavigatorPane</name>
    <message>
        <source>Filter (English, Русский, 中文)</source>
        <translation>筛选（English、Русский、中文）</translation>
    </message>
    <message>
        <source>Filter the navigator</source>
        <translation>筛选导航栏</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>导航栏</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Your note on {name}</source>
        <translation>您关于{name}的笔记</translation>
    </message>
    <message>
        <source>This note was changed in another window after you began editing. Both are kept: the newer text is shown as your note, yours is under Other versions.</source>
        <translation>您开始编辑后，此笔记在另一个窗口中被修改。两者均已保留：较新的文本显示为您的笔记，您的文本位于“其他版本”中。</translation>
    </message>
    <message>
        <source>There is no note of yours here to delete</source>
        <translation>此处没有可删除的您的笔记</translation>
    </message>
    <message>
        <source>Delete your note on {name}? Backups keep earlier copies.</source>
        <translation>删除您关于{name}的笔记？备份中保留有早先的副本。</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <source>Your note on {name} was deleted</source>
        <translation>您关于{name}的笔记已删除</translation>
    </message>
    <message>
        <source>Bookmark not saved</source>
        <translation>书签未保存</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>Complete, for another machine (*.json);;Readable (*.md)</source>
        <translation>完整，用于另一台计算机（*.json）;;可读（*.md）</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Notes written to {path}</source>
        <translation>笔记已写入 {path}</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <source>Notes export (*.json)</source>
        <translation>笔记导出文件（*.json）</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>From {path}:</source>
        <translation>来自 {path}：</translation>
    </message>
    <message>
        <source>Notes Imported</source>
        <translation>笔记已导入</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>您的笔记</translation>
    </message>
    <message>
        <source>Your note (Markdown: **bold**, *italic*, - lists). Saved as you type.</source>
        <translation>您的笔记（Markdown：**粗体**、*斜体*、- 列表）。输入时自动保存。</translation>
    </message>
    <message>
        <source>Other versions of your note</source>
        <translation>您笔记的其他版本</translation>
    </message>
    <message>
        <source>Other versions ({count}), kept beside yours:</source>
        <translation>其他版本（{count}），与您的版本一并保留：</translation>
    </message>
    <message>
        <source>
---
… and {more:,} more (sco-desktop notes list shows them all)</source>
        <translation>
---
… 另有 {more:,} 个（sco-desktop notes list 可列出全部）</translation>
    </message>
    <message>
        <source>

*(The preview shows the first {shown:,} of {length:,} characters; all of them are in the editor.)*</source>
        <translation>

*（预览显示 {length:,} 个字符中的前 {shown:,} 个；全部内容见编辑器。）*</translation>
    </message>
</context>
<context>
    <name>PartnerListModel</name>
    <message>
        <source>{name} (member)</source>
        <translation>{name}（成员国）</translation>
    </message>
    <message>
        <source>{name} (member), no data</source>
        <translation>{name}（成员国），无数据</translation>
    </message>
    <message>
        <source>{name} (partner)</source>
        <translation>{name}（伙伴）</translation>
    </message>
    <message>
        <source>{name} (partner), no data</source>
        <translation>{name}（伙伴），无数据</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Your preferences and notes cannot be kept: the folder {folder} {reason}. Set {variable} to a folder you can write to and start again; everything else works.</source>
        <translation>无法保存您的首选项和笔记：文件夹 {folder} {reason}。请将 {variable} 设为可写入的文件夹后重新启动；其他功能均可正常使用。</translation>
    </message>
    <message>
        <source>is not a full path (the home folder is unknown)</source>
        <translation>不是完整路径（主文件夹未知）</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>是文件而非文件夹</translation>
    </message>
    <message>
        <source>cannot be created ({error})</source>
        <translation>无法创建（{error}）</translation>
    </message>
    <message>
        <source>cannot be written to</source>
        <translation>不可写入</translation>
    </message>
    <message>
        <source>has a name that is not UTF-8 text</source>
        <translation>名称不是 UTF-8 文本</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>for example UNCLASSIFIED; empty for none</source>
        <translation>例如“非密”；留空则不加</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Warn when the data is older than</source>
        <translation>数据早于此时提醒</translation>
    </message>
    <message>
        <source>The status bar warns when the data is older than this; 0 never warns</source>
        <translation>数据早于此期限时状态栏发出提醒；0 表示从不提醒</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>A new language applies the next time SCO Desktop starts.</source>
        <translation>新语言将在下次启动 SCO Desktop 时生效。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Marking on every printed page:</source>
        <translation>每页打印的标识：</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>Warn when the data is older than:</source>
        <translation>数据早于此时提醒：</translation>
    </message>
</context>
<context>
    <name>PrintingController</name>
    <message>
        <source>Charts are not fact sheets: use Export in the chart instead</source>
        <translation>图表不是概况表：请改用图表中的“导出”</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>没有打印机</translation>
    </message>
    <message>
        <source>No printer is set up on this machine. Use File &gt; Export PDF… instead.</source>
        <translation>本机未设置打印机。请改用“文件 &gt; 导出 PDF…”。</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>{pages} page(s) written to {path}</source>
        <translation>已写入 {pages} 页至 {path}</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>全部（{count}）</translation>
    </message>
    <message>
        <source>The entity shown</source>
        <translation>当前显示的条目</translation>
    </message>
    <message>
        <source>States ({count})</source>
        <translation>国家（{count}）</translation>
    </message>
    <message>
        <source>Bodies ({count})</source>
        <translation>机构（{count}）</translation>
    </message>
    <message>
        <source>Meetings ({count})</source>
        <translation>会议（{count}）</translation>
    </message>
    <message>
        <source>Documents ({count})</source>
        <translation>文件（{count}）</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Writing fact sheets…</source>
        <translation>正在写入概况表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Fact Sheets</source>
        <translation>导出概况表</translation>
    </message>
    <message>
        <source>{done} of {total}: {title}</source>
        <translation>第 {done} 个，共 {total} 个：{title}</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>{count} sheets written to {folder}{stopped}</source>
        <translation>已写入 {count} 份概况表至 {folder}{stopped}</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Among all</source>
        <translation>在全部中</translation>
    </message>
    <message>
        <source>Among members</source>
        <translation>在成员国中</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>地位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Year or day</source>
        <translation>年份或日期</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>RankingsPane</name>
    <message>
        <source>Every state</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>Rank among</source>
        <translation>排名范围</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>排名依据</translation>
    </message>
    <message>
        <source>{indicator}: {meaning}; on {date}. Ties share a rank; states without a value come last, unranked. Double-click a state to open it.</source>
        <translation>{indicator}：{meaning}；截至 {date}。数值相同者名次相同；无数值的国家列于最后，不排名。双击某国可打开其页面。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <source>Roll Back Data Update</source>
        <translation>回滚数据更新</translation>
    </message>
    <message>
        <source>Your notes and bookmarks are kept. Every open pane is reloaded on the earlier data.</source>
        <translation>您的笔记和书签会保留。所有打开的页面将基于先前的数据重新加载。</translation>
    </message>
    <message>
        <source>Roll Back…</source>
        <translation>回滚…</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search (Ctrl+K): names in English, Русский, 中文</source>
        <translation>搜索（Ctrl+K）：English、Русский、中文名称</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Data as of {date}</source>
        <translation>数据截至 {date}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>打印于 {date}</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>第 {number} 页，共 {count} 页</translation>
    </message>
    <message>
        <source>{arrow}, total trade</source>
        <translation>{arrow}，贸易总额</translation>
    </message>
    <message>
        <source>China&apos;s goods trade with {partner}</source>
        <translation>中国与{partner}的货物贸易</translation>
    </message>
    <message>
        <source>US$ billion, current prices; reporter: China&apos;s customs</source>
        <translation>十亿美元，现价；报告方：中国海关</translation>
    </message>
    <message>
        <source>US$ billion</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>Data as of {date}. Gaps: years without a figure, never zeros.</source>
        <translation>数据截至 {date}。空缺表示该年无数据，而非零。</translation>
    </message>
    <message>
        <source>Comparison: {states}</source>
        <translation>比较：{states}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Notes imported from {origin} (not from the sources)</source>
        <translation>从 {origin} 导入的笔记（非来自资料来源）</translation>
    </message>
    <message>
        <source>Analyst&apos;s notes (not from the sources)</source>
        <translation>分析人员笔记（非来自资料来源）</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>Office holders</source>
        <translation>任职者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Side by side on {date}</source>
        <translation>截至 {date} 的并列比较</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>Russian title</source>
        <translation>俄文标题</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>缔约方</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签署地点</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Adopted at</source>
        <translation>通过于</translation>
    </message>
    <message>
        <source>Joint exercise</source>
        <translation>联合演习</translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation>至 {date}</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>东道国</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>参加方</translation>
    </message>
    <message>
        <source>Source {number}</source>
        <translation>来源 {number}</translation>
    </message>
    <message>
        <source>… and {count} more, all listed in the navigator</source>
        <translation>… 另有 {count} 个，均列于导航栏中</translation>
    </message>
    <message>
        <source>The summary is cut here; the whole text is printed by</source>
        <translation>摘要在此截断；完整文本可用以下命令输出</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>资料出处</translation>
    </message>
    <message>
        <source>How {count} of the facts above were established. Open to read.</source>
        <translation>上述 {count} 项事实的确定依据。展开即可阅读。</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Shanghai Cooperation Organisation</source>
        <translation>上海合作组织</translation>
    </message>
    <message>
        <source>Statuses as they stood on {date}; the data describes the organisation as of {data_date}.</source>
        <translation>显示截至 {date} 的地位；数据描述的是截至 {data_date} 的本组织。</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>自 {date} 起</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Secretary-General on {date}</source>
        <translation>截至 {date} 的秘书长</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Chairmanship</source>
        <translation>主席国</translation>
    </message>
    <message>
        <source>chairs the SCO on {date}, since {start}</source>
        <translation>截至 {date} 担任上合组织轮值主席国，自 {start} 起</translation>
    </message>
    <message>
        <source>Latest Heads of State meeting</source>
        <translation>最近一次元首理事会会议</translation>
    </message>
    <message>
        <source>China&apos;s goods trade, {year}</source>
        <translation>中国货物贸易，{year} 年</translation>
    </message>
    <message>
        <source>With</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Share of China&apos;s total</source>
        <translation>占中国总额比重</translation>
    </message>
    <message>
        <source>China&apos;s goods trade</source>
        <translation>中国货物贸易</translation>
    </message>
    <message>
        <source>No year before {year} has totals for several groupings to compare.</source>
        <translation>{year} 年之前没有可供比较的多个集团的总额。</translation>
    </message>
    <message>
        <source>The whole database: {states} states, {bodies} bodies, {meetings} meetings, {documents} documents, {exercises} joint exercises, {sources} sources.</source>
        <translation>整个数据库：{states} 个国家，{bodies} 个机构，{meetings} 次会议，{documents} 份文件，{exercises} 次联合演习，{sources} 个来源。</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>复制网址</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版方</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>访问日期</translation>
    </message>
    <message>
        <source>Web addresses are shown as text only; this application never opens them.</source>
        <translation>网址仅以文本显示；本程序从不打开它们。</translation>
    </message>
    <message>
        <source>Cited for</source>
        <translation>被引用于</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>首都</translation>
    </message>
    <message>
        <source>Status on {date}</source>
        <translation>截至 {date} 的地位</translation>
    </message>
    <message>
        <source>(acting)</source>
        <translation>（代理）</translation>
    </message>
    <message>
        <source>{office} on {date}</source>
        <translation>截至 {date} 的{office}</translation>
    </message>
    <message>
        <source>ISO 3166 code</source>
        <translation>ISO 3166 代码</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>地图：</translation>
    </message>
    <message>
        <source>Heads of state and government</source>
        <translation>国家元首和政府首脑</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>No holder recorded</source>
        <translation>无任职记录</translation>
    </message>
    <message>
        <source>present</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>A term runs from its first day up to, not including, the last date shown: the successor&apos;s first day.</source>
        <translation>任期自首日起至所示最后日期止（不含该日）：该日为继任者任职首日。</translation>
    </message>
    <message>
        <source>Chairmanship of the SCO</source>
        <translation>担任上合组织轮值主席国</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Population, economy and area</source>
        <translation>人口、经济和面积</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>{figure}, km²</source>
        <translation>{figure}（平方公里）</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>地位时间线</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>地位</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>决定于</translation>
    </message>
    <message>
        <source>Meetings hosted</source>
        <translation>主办的会议</translation>
    </message>
    <message>
        <source>Documents adopted at meetings it hosted, and treaties it signed</source>
        <translation>在其主办的会议上通过的文件及其签署的条约</translation>
    </message>
    <message>
        <source>Joint exercises it took part in</source>
        <translation>参加的联合演习</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>贸易</translation>
    </message>
    <message>
        <source>No trade figures are recorded.</source>
        <translation>没有记录贸易数据。</translation>
    </message>
    <message>
        <source>Trade with China</source>
        <translation>与中国的贸易</translation>
    </message>
    <message>
        <source>Goods, US dollars, current prices; China&apos;s customs figures unless another reporter is named.</source>
        <translation>货物，美元，现价；除注明其他报告方外，均为中国海关数据。</translation>
    </message>
    <message>
        <source>Open in the trade view</source>
        <translation>在贸易视图中打开</translation>
    </message>
    <message>
        <source>Goods, US dollars, current prices; China&apos;s customs figures unless the partner&apos;s own statistics are named.</source>
        <translation>货物，美元，现价；除注明伙伴方自身统计外，均为中国海关数据。</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>理事会</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>会议届次</translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation>召集方</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>与会方</translation>
    </message>
    <message>
        <source>Status decisions</source>
        <translation>地位决定</translation>
    </message>
    <message>
        <source>{status} from {date}</source>
        <translation>自 {date} 起为{status}</translation>
    </message>
    <message>
        <source>Documents adopted</source>
        <translation>通过的文件</translation>
    </message>
</context>
<context>
    <name>TradeChart</name>
    <message>
        <source>Data as of {date}. Missing years are gaps, never zeros.</source>
        <translation>数据截至 {date}。缺失的年份为空缺，而非零。</translation>
    </message>
    <message>
        <source>No figures for {partners} in these years.</source>
        <translation>这些年份没有{partners}的数据。</translation>
    </message>
    <message>
        <source>Choose partners to plot their trade.</source>
        <translation>请选择要绘制贸易的伙伴。</translation>
    </message>
    <message>
        <source>No trade data for {partners}.</source>
        <translation>没有{partners}的贸易数据。</translation>
    </message>
    <message>
        <source>; logarithmic axis</source>
        <translation>；对数轴</translation>
    </message>
    <message>
        <source>{share} of total</source>
        <translation>占总额 {share}</translation>
    </message>
    <message>
        <source>China&apos;s trade with the world: {value}. </source>
        <translation>中国与世界的贸易：{value}。</translation>
    </message>
    <message>
        <source>Data as of {date}.</source>
        <translation>数据截至 {date}。</translation>
    </message>
    <message>
        <source>Sources: {sources}.</source>
        <translation>来源：{sources}。</translation>
    </message>
    <message>
        <source>China&apos;s goods trade with groupings in {year}</source>
        <translation>{year} 年中国与各集团的货物贸易</translation>
    </message>
    <message>
        <source>Total trade (exports plus imports), {units}</source>
        <translation>贸易总额（出口加进口），{units}</translation>
    </message>
    <message>
        <source>No comparison figures for {year}.</source>
        <translation>{year} 年没有可比较的数据。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Sources: {sources} and {more} more (titles and addresses in the CSV export).</source>
        <translation>来源：{sources} 等，另有 {more} 个（标题和网址见 CSV 导出）。</translation>
    </message>
    <message>
        <source>Sources: {sources} (titles and addresses in the CSV export).</source>
        <translation>来源：{sources}（标题和网址见 CSV 导出）。</translation>
    </message>
</context>
<context>
    <name>TradePane</name>
    <message>
        <source>Partners to plot</source>
        <translation>要绘制的伙伴</translation>
    </message>
    <message>
        <source>Select all members</source>
        <translation>选择所有成员国</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>China&apos;s trade with:</source>
        <translation>中国与以下各方的贸易：</translation>
    </message>
    <message>
        <source>Trade charts</source>
        <translation>贸易图表</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>历年</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流向</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>刻度</translation>
    </message>
    <message>
        <source>Log axis</source>
        <translation>对数轴</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>结束年份</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>图表导出为 SVG…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>数据导出为 CSV…</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Trade chart</source>
        <translation>贸易图表</translation>
    </message>
    <message>
        <source>Trade table</source>
        <translation>贸易表格</translation>
    </message>
    <message>
        <source>Comparison year</source>
        <translation>比较年份</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>比较图表</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>比较表</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Hollow markers: figures the source gives loosely or as estimates. Point at a line for a figure and its source; the CSV export lists every source in full.</source>
        <translation>空心标记：来源给出的约数或估计值。指向折线可查看数值及其来源；CSV 导出会完整列出所有来源。</translation>
    </message>
    <message>
        <source> (approximate)</source>
        <translation>（约数）</translation>
    </message>
    <message>
        <source>{flow}; source: {source}</source>
        <translation>{flow}；来源：{source}</translation>
    </message>
</context>
<context>
    <name>TradeSeries</name>
    <message>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Share of China&apos;s total</source>
        <translation>占中国总额比重</translation>
    </message>
    <message>
        <source>US$ billion</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>% of China&apos;s total</source>
        <translation>占中国总额 %</translation>
    </message>
    <message>
        <source>World</source>
        <translation>世界</translation>
    </message>
    <message>
        <source>Other SCO members</source>
        <translation>上合组织其他成员国</translation>
    </message>
    <message>
        <source>Members + partners</source>
        <translation>成员国 + 伙伴</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>ASEAN</source>
        <translation>东盟</translation>
    </message>
    <message>
        <source>US$, current prices; reporter: China (customs)</source>
        <translation>美元，现价；报告方：中国（海关）</translation>
    </message>
    <message>
        <source>Share of China&apos;s trade with the world in the same flow; reporter: China (customs)</source>
        <translation>占中国同一流向对世界贸易的比重；报告方：中国（海关）</translation>
    </message>
    <message>
        <source>China&apos;s goods trade: {flow}</source>
        <translation>中国货物贸易：{flow}</translation>
    </message>
</context>
<context>
    <name>TradeSeriesModel</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Install Data Update</source>
        <translation>安装数据更新</translation>
    </message>
    <message>
        <source>What the update changes</source>
        <translation>更新带来的变化</translation>
    </message>
    <message>
        <source>This update was refused; the current data is unchanged.</source>
        <translation>此更新被拒绝；当前数据未改变。</translation>
    </message>
    <message>
        <source>What it changes:</source>
        <translation>更新内容：</translation>
    </message>
    <message>
        <source>Your notes and bookmarks are kept. Every open pane is reloaded on the new data. To go back later: sco-desktop pack rollback.</source>
        <translation>您的笔记和书签会保留。所有打开的页面将基于新数据重新加载。如需日后恢复：sco-desktop pack rollback。</translation>
    </message>
    <message>
        <source>Switch to This Data</source>
        <translation>切换到此数据</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>{pack}: signature, manifest, file sizes and SHA-256, and database checks passed</source>
        <translation>{pack}：签名、清单、文件大小和 SHA-256 以及数据库检查均已通过</translation>
    </message>
    <message>
        <source>Signed by {key}</source>
        <translation>签名者：{key}</translation>
    </message>
    <message>
        <source>Update {sequence}, made {made}, data as of {date} (schema {schema})</source>
        <translation>更新 {sequence}，制作于 {made}，数据截至 {date}（模式 {schema}）</translation>
    </message>
    <message>
        <source>Data as of {old} → {new}</source>
        <translation>数据截至 {old} → {new}</translation>
    </message>
    <message>
        <source>No rows differ.</source>
        <translation>没有不同的行。</translation>
    </message>
    <message>
        <source>{table}: {added} added, {changed} changed, {removed} removed</source>
        <translation>{table}：新增 {added}，修改 {changed}，删除 {removed}</translation>
    </message>
    <message>
        <source>update {sequence}, data as of {date}, installed {installed}</source>
        <translation>更新 {sequence}，数据截至 {date}，安装于 {installed}</translation>
    </message>
    <message>
        <source>the data that came with sco-desktop, as of {date}</source>
        <translation>sco-desktop 自带的数据，截至 {date}</translation>
    </message>
    <message>
        <source>Active now: {update}</source>
        <translation>当前使用：{update}</translation>
    </message>
    <message>
        <source>Going back to: {goal}</source>
        <translation>回到：{goal}</translation>
    </message>
    <message>
        <source>Update {sequence} cannot be installed again afterwards; only a newer update can move the data forward.</source>
        <translation>此后将无法再次安装更新 {sequence}；只有更新的版本才能使数据前进。</translation>
    </message>
    <message>
        <source>Data as of {date}</source>
        <translation>数据截至 {date}</translation>
    </message>
    <message>
        <source>Data as of {date} (update {sequence}, installed {installed})</source>
        <translation>数据截至 {date}（更新 {sequence}，安装于 {installed}）</translation>
    </message>
    <message>
        <source>Data as of {date} — older than {days} days; ask your administrator for an update</source>
        <translation>数据截至 {date}，已超过 {days} 天；请向管理员索取更新</translation>
    </message>
</context>
<context>
    <name>UpdatesController</name>
    <message>
        <source>Install Data Update</source>
        <translation>安装数据更新</translation>
    </message>
    <message>
        <source>Data updates (*{suffix})</source>
        <translation>数据更新（*{suffix}）</translation>
    </message>
    <message>
        <source>the bundled data</source>
        <translation>内置数据</translation>
    </message>
    <message>
        <source>Roll Back Data Update</source>
        <translation>回滚数据更新</translation>
    </message>
    <message>
        <source>Really go back to {goal}? Update {sequence} cannot be installed again afterwards.</source>
        <translation>确定回到{goal}吗？此后将无法再次安装更新 {sequence}。</translation>
    </message>
    <message>
        <source>update {sequence}</source>
        <translation>更新 {sequence}</translation>
    </message>
    <message>
        <source>Rolled back: {goal} is now the active data</source>
        <translation>已回滚：现在使用的是{goal}</translation>
    </message>
    <message>
        <source>Nothing was rolled back; the current data is unchanged.</source>
        <translation>未执行回滚；当前数据未改变。</translation>
    </message>
    <message>
        <source>Update {sequence} installed: data as of {date}</source>
        <translation>已安装更新 {sequence}：数据截至 {date}</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>The map cannot be shown: {error}</source>
        <translation>无法显示地图：{error}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Held {date}, after the as-of date {as_of}: shown as the data records it.</source>
        <translation>于 {date} 举行，晚于所选日期 {as_of}：按数据记录显示。</translation>
    </message>
    <message>
        <source>Set up {date}, after the as-of date {as_of}: shown as the data records it.</source>
        <translation>于 {date} 设立，晚于所选日期 {as_of}：按数据记录显示。</translation>
    </message>
    <message>
        <source>Signed {date}, after the as-of date {as_of}: shown as the data records it.</source>
        <translation>于 {date} 签署，晚于所选日期 {as_of}：按数据记录显示。</translation>
    </message>
    <message>
        <source>{value} people</source>
        <translation>{value} 人</translation>
    </message>
    <message>
        <source>{value} km²</source>
        <translation>{value} 平方公里</translation>
    </message>
    <message>
        <source>This state</source>
        <translation>本国</translation>
    </message>
    <message>
        <source>This body</source>
        <translation>本机构</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>本次会议</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>本文件</translation>
    </message>
    <message>
        <source>This exercise</source>
        <translation>本次演习</translation>
    </message>
    <message>
        <source>This source</source>
        <translation>本来源</translation>
    </message>
    <message>
        <source>Chairmanship from {date}</source>
        <translation>自 {date} 起担任主席国</translation>
    </message>
    <message>
        <source>{status} from {date}</source>
        <translation>自 {date} 起为{status}</translation>
    </message>
    <message>
        <source>Decision on {name}</source>
        <translation>关于{name}的决定</translation>
    </message>
    <message>
        <source>Party: {name}</source>
        <translation>缔约方：{name}</translation>
    </message>
    <message>
        <source>a year and month (2010-01) means the day is not known</source>
        <translation>年和月（2010-01）表示日期不详</translation>
    </message>
    <message>
        <source>a year alone means the month is not known</source>
        <translation>仅有年份表示月份不详</translation>
    </message>
    <message>
        <source>Dates as precise as the sources give them: {meanings}.</source>
        <translation>日期精确程度与来源一致：{meanings}。</translation>
    </message>
</context>
<context>
    <name>_Preview</name>
    <message>
        <source>Note, rendered</source>
        <translation>笔记渲染效果</translation>
    </message>
</context>
</TS>
