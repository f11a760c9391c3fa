<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChartSupport</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Each value&apos;s sources are in its tool tip; years differ between states and are shown beside each value. GDP is recorded for few states so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison as a fact sheet, with the marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count} states side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick {least} to {most} states to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} states on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>China&apos;s figures: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s figures, {first} to {last}; a gap is a year without a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of China&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The details are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sco-desktop met an error it did not expect and carried on. Your notes are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSheetsDialog</name>
    <message>
        <source>Export Fact Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} of {total}{more}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCO partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SCO status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai Five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads of State Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads of Government Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCO Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council of Foreign Ministers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peace Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-terrorism exercise of the security services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encyclopedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCO partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrow}, total trade, {reporter}&apos;s customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrow}, total trade, {reporter}&apos;s statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrow}, {reporter}&apos;s customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrow}, {reporter}&apos;s statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show statuses as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who held which status on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses &amp;As Of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Your Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Data &amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll Back Data Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to the Data Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Fact Sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SCO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> As of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The reference database cannot be used&lt;/h2&gt;&lt;p&gt;{problem}&lt;/p&gt;&lt;p&gt;Nothing was changed. Reinstall sco-desktop, or start it with &lt;code&gt;--db PATH&lt;/code&gt; and a good copy of the database; &lt;code&gt;sco-desktop verify&lt;/code&gt; says what is wrong with a file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} is no longer in the reference data; your note on it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in page works in text panes, not in charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text at {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses shown as of {date} · {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{states} states, {bodies} bodies, {meetings} meetings, {documents} documents, {sources} sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} [{kind} {id}]. SCO Desktop reference data, as of {date} (sco-desktop {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SCO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map of the SCO&apos;s states by status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Days on which a status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through every change from the founding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders&apos; meeting places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipModel</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Decided at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipPane</name>
    <message>
        <source>Counts over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chart} as {format}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses as they stood up to {date}. Point at a lane to see the status and the meeting that decided it; click a state&apos;s lane to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationController</name>
    <message>
        <source>Nothing to show for that link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Could not read the data&lt;/h2&gt;&lt;p&gt;{error}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>On 2025-09-01 the Tianjin summit merged the observer and dialogue partner statuses into a single &apos;SCO partner&apos; status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCO partners since 2025-09-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by videoconference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former and other statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States that no longer hold a status, and guests that never held one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summits and meetings ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint exercises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorPane</name>
    <message>
        <source>Filter (English, Русский, 中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Your note on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed in another window after you began editing. Both are kept: the newer text is shown as your note, yours is under Other versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note of yours here to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your note on {name}? Backups keep earlier copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on {name} was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete, for another machine (*.json);;Readable (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note (Markdown: **bold**, *italic*, - lists). Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other versions of your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other versions ({count}), kept beside yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
---
… and {more:,} more (sco-desktop notes list shows them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

*(The preview shows the first {shown:,} of {length:,} characters; all of them are in the editor.)*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerListModel</name>
    <message>
        <source>{name} (member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (member), no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (partner), no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example UNCLASSIFIED; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when the data is older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status bar warns when the data is older than this; 0 never warns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time SCO Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking on every printed page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when the data is older than:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintingController</name>
    <message>
        <source>Charts are not fact sheets: use Export in the chart instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this machine. Use File &gt; Export PDF… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} page(s) written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing fact sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Fact Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sheets written to {folder}{stopped}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Among all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year or day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingsPane</name>
    <message>
        <source>Every state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{indicator}: {meaning}; on {date}. Ties share a rank; states without a value come last, unranked. Double-click a state to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <source>Roll Back Data Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes and bookmarks are kept. Every open pane is reloaded on the earlier data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search (Ctrl+K): names in English, Русский, 中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes imported from {origin} (not from the sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst&apos;s notes (not from the sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
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
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more, all listed in the navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is cut here; the whole text is printed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How {count} of the facts above were established. Open to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai Cooperation Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses as they stood on {date}; the data describes the organisation as of {data_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary-General on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairmanship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chairs the SCO on {date}, since {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest Heads of State meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s goods trade, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of China&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s goods trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year before {year} has totals for several groupings to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole database: {states} states, {bodies} bodies, {meetings} meetings, {documents} documents, {exercises} joint exercises, {sources} sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web addresses are shown as text only; this application never opens them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(acting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{office} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads of state and government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term runs from its first day up to, not including, the last date shown: the successor&apos;s first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairmanship of the SCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population, economy and area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents adopted at meetings it hosted, and treaties it signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint exercises it took part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trade figures are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade with China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods, US dollars, current prices; China&apos;s customs figures unless another reporter is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the trade view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods, US dollars, current prices; China&apos;s customs figures unless the partner&apos;s own statistics are named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents adopted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradePane</name>
    <message>
        <source>Partners to plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s trade with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hollow markers: figures the source gives loosely or as estimates. Point at a line for a figure and its source; the CSV export lists every source in full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeSeriesModel</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Install Data Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This update was refused; the current data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes and bookmarks are kept. Every open pane is reloaded on the new data. To go back later: sco-desktop pack rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to This Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdatesController</name>
    <message>
        <source>Install Data Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data updates (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back Data Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really go back to {goal}? Update {sequence} cannot be installed again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update {sequence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: {goal} is now the active data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was rolled back; the current data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update {sequence} installed: data as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>The map cannot be shown: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Held {date}, after the as-of date {as_of}: shown as the data records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up {date}, after the as-of date {as_of}: shown as the data records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed {date}, after the as-of date {as_of}: shown as the data records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairmanship from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year and month (2010-01) means the day is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year alone means the month is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates as precise as the sources give them: {meanings}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Preview</name>
    <message>
        <source>Note, rendered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
