<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>An offline reference on the Shanghai Cooperation Organisation. Data as of {date}. It never uses the network.</source>
        <translation>Автономный справочник по Шанхайской организации сотрудничества. Данные по состоянию на {date}. Программа никогда не обращается к сети.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <source>Bundled fonts</source>
        <translation>Встроенные шрифты</translation>
    </message>
    <message>
        <source>Qt for Python is used under the GNU Lesser General Public License version 3; the licence texts come with the installed packages and the fonts&apos; with the application (OFL.txt).</source>
        <translation>Qt for Python используется на условиях GNU Lesser General Public License версии 3; тексты лицензий прилагаются к установленным пакетам, лицензия шрифтов — к приложению (OFL.txt).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data&lt;/b&gt;: gathered from {count} publishers, among them {publishers}. Every fact in a pane cites its source.</source>
        <translation>&lt;b&gt;Данные&lt;/b&gt;: собраны из публикаций {count} издателей, среди них {publishers}. Каждый факт на странице снабжён ссылкой на источник.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your notes are not available: the user folder cannot be used.</source>
        <translation>Ваши заметки недоступны: папку пользователя нельзя использовать.</translation>
    </message>
    <message>
        <source>Your notes are not available: {error}</source>
        <translation>Ваши заметки недоступны: {error}</translation>
    </message>
</context>
<context>
    <name>Atlas</name>
    <message>
        <source>Boundaries are de facto, from Natural Earth, and imply no position on any dispute.</source>
        <translation>Границы показаны фактические, по данным Natural Earth, и не выражают позиции ни по одному спору.</translation>
    </message>
    <message>
        <source>Leaders&apos; meeting place</source>
        <translation>Место встречи лидеров</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} на {date}</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} с {date}</translation>
    </message>
    <message>
        <source>The Shanghai Cooperation Organisation on {date}</source>
        <translation>Шанхайская организация сотрудничества на {date}</translation>
    </message>
    <message>
        <source>Statuses: sco-desktop reference data as of {date}. Boundaries: {credit}.</source>
        <translation>Статусы: справочные данные sco-desktop на {date}. Границы: {credit}.</translation>
    </message>
    <message>
        <source>Meeting places: {credit}.</source>
        <translation>Места встреч: {credit}.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>figure given loosely or estimated</source>
        <translation>значение приблизительное или оценочное</translation>
    </message>
</context>
<context>
    <name>ChartSupport</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Each value&apos;s sources are in its tool tip; years differ between states and are shown beside each value. GDP is recorded for few states so far.</source>
        <translation>Источники каждого значения — во всплывающей подсказке; годы у государств различаются и указаны рядом с каждым значением. ВВП пока записан лишь для немногих государств.</translation>
    </message>
    <message>
        <source>States to compare</source>
        <translation>Государства для сравнения</translation>
    </message>
    <message>
        <source>States side by side</source>
        <translation>Государства в сравнении</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>The comparison as a fact sheet, with the marking</source>
        <translation>Сравнение в виде справки, с грифом</translation>
    </message>
    <message>
        <source>At most {count} states side by side.</source>
        <translation>Не более {count} государств рядом.</translation>
    </message>
    <message>
        <source>Tick {least} to {most} states to compare them.</source>
        <translation>Отметьте от {least} до {most} государств, чтобы сравнить их.</translation>
    </message>
    <message>
        <source>{count} states on {date}.</source>
        <translation>Государств: {count}, на {date}.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Trade with China by year</source>
        <translation>Торговля с Китаем по годам</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} с {date}</translation>
    </message>
    <message>
        <source>{status} {start} to {end}</source>
        <translation>{status} {start} — {end}</translation>
    </message>
    <message>
        <source>{status} from {start}</source>
        <translation>{status} с {start}</translation>
    </message>
    <message>
        <source>{years} (since {date})</source>
        <translation>{years} (с {date})</translation>
    </message>
    <message>
        <source>population only for {years}</source>
        <translation>население есть только за {years}</translation>
    </message>
    <message>
        <source>no population figure</source>
        <translation>данных о населении нет</translation>
    </message>
    <message>
        <source>Not worked out: GDP is for {year}, {years}; figures of two years are not mixed.</source>
        <translation>Не рассчитано: ВВП за {year} год, {years}; данные разных лет не смешиваются.</translation>
    </message>
    <message>
        <source> (acting)</source>
        <translation> (и. о.)</translation>
    </message>
    <message>
        <source> since {date}</source>
        <translation> с {date}</translation>
    </message>
    <message>
        <source>{year} (videoconference)</source>
        <translation>{year} (видеоконференция)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>the status held on the day, and since when</source>
        <translation>статус на этот день и с какого времени</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>every status held up to the day</source>
        <translation>все статусы до этого дня</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Член с</translation>
    </message>
    <message>
        <source>the day of accession as a member state</source>
        <translation>день вступления в качестве государства-члена</translation>
    </message>
    <message>
        <source>Years as a member</source>
        <translation>Лет в качестве члена</translation>
    </message>
    <message>
        <source>years from accession to the day</source>
        <translation>лет от вступления до этого дня</translation>
    </message>
    <message>
        <source>Years with an SCO status</source>
        <translation>Лет со статусом в ШОС</translation>
    </message>
    <message>
        <source>years from the first status of any kind (observer, dialogue partner, member) to the day</source>
        <translation>лет от первого статуса любого рода (наблюдатель, партнёр по диалогу, член) до этого дня</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>Глава государства</translation>
    </message>
    <message>
        <source>who held the office on the day, and since when</source>
        <translation>кто занимал должность в этот день и с какого времени</translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation>Глава правительства</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <source>people, latest year recorded up to the day</source>
        <translation>человек, последний записанный год до этого дня</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>ВВП</translation>
    </message>
    <message>
        <source>gross domestic product, current US$, latest year recorded up to the day</source>
        <translation>валовой внутренний продукт, в текущих долларах США, последний записанный год до этого дня</translation>
    </message>
    <message>
        <source>GDP per person</source>
        <translation>ВВП на душу населения</translation>
    </message>
    <message>
        <source>GDP over the population of the same year; left out when the data has no population figure for the year of the GDP</source>
        <translation>ВВП, делённый на население того же года; не приводится, если в данных нет численности населения за год ВВП</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <source>square kilometres, latest figure recorded up to the day</source>
        <translation>квадратных километров, последнее записанное значение до этого дня</translation>
    </message>
    <message>
        <source>Trade with China</source>
        <translation>Торговля с Китаем</translation>
    </message>
    <message>
        <source>China&apos;s goods trade with the state, total of both flows, latest year recorded, US$ (China&apos;s customs figures)</source>
        <translation>товарная торговля Китая с государством, сумма обоих потоков, последний записанный год, долл. США (данные таможни Китая)</translation>
    </message>
    <message>
        <source>Meetings hosted</source>
        <translation>Встречи на своей территории</translation>
    </message>
    <message>
        <source>Shanghai Five, Heads of State and Heads of Government meetings held in the state (ministers&apos; meetings and SCO Plus sessions are not counted)</source>
        <translation>встречи «Шанхайской пятёрки», Совета глав государств и Совета глав правительств в этом государстве (совещания министров и заседания «ШОС плюс» не учитываются)</translation>
    </message>
    <message>
        <source>Documents adopted at meetings it hosted</source>
        <translation>Документы, принятые на встречах в этой стране</translation>
    </message>
    <message>
        <source>documents of the data adopted at the meetings the state hosted</source>
        <translation>документы из данных, принятые на встречах, которые принимало государство</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>China&apos;s figures: none</source>
        <translation>Данные Китая: нет</translation>
    </message>
    <message>
        <source>China&apos;s figures, {first} to {last}; a gap is a year without a figure</source>
        <translation>Данные Китая, {first}–{last}; пропуск — год без данных</translation>
    </message>
    <message>
        <source>With</source>
        <translation>С кем</translation>
    </message>
    <message>
        <source>Total trade</source>
        <translation>Товарооборот</translation>
    </message>
    <message>
        <source>Share of China&apos;s total</source>
        <translation>Доля в общем объёме Китая</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The details are in {path}.</source>
        <translation>Подробности — в файле {path}.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>sco-desktop met an error it did not expect and carried on. Your notes are safe.</source>
        <translation>В sco-desktop произошла непредвиденная ошибка, работа продолжается. Ваши заметки в сохранности.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
</context>
<context>
    <name>ExportSheetsDialog</name>
    <message>
        <source>Export Fact Sheets</source>
        <translation>Экспорт справок</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Language of the sheets</source>
        <translation>Язык справок</translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation>Справки:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Формат страницы:</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>Гриф:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Поиск на странице</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Закрыть поиск</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <source>{place} of {total}{more}</source>
        <translation>{place} из {total}{more}</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Учения</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <source>Observer state</source>
        <translation>Государство-наблюдатель</translation>
    </message>
    <message>
        <source>Dialogue partner</source>
        <translation>Партнёр по диалогу</translation>
    </message>
    <message>
        <source>SCO partner</source>
        <translation>Партнёр ШОС</translation>
    </message>
    <message>
        <source>No SCO status</source>
        <translation>Нет статуса в ШОС</translation>
    </message>
    <message>
        <source>Shanghai Five</source>
        <translation>«Шанхайская пятёрка»</translation>
    </message>
    <message>
        <source>Heads of State Council</source>
        <translation>Совет глав государств</translation>
    </message>
    <message>
        <source>Heads of Government Council</source>
        <translation>Совет глав правительств</translation>
    </message>
    <message>
        <source>SCO Plus</source>
        <translation>«ШОС плюс»</translation>
    </message>
    <message>
        <source>Council of Foreign Ministers</source>
        <translation>Совет министров иностранных дел</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>Глава государства</translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation>Глава правительства</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>ВВП</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <source>Peace Mission</source>
        <translation>«Мирная миссия»</translation>
    </message>
    <message>
        <source>Counter-terrorism exercise of the security services</source>
        <translation>Антитеррористические учения спецслужб</translation>
    </message>
    <message>
        <source>Encyclopedia</source>
        <translation>Энциклопедия</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официальный</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Исходные данные</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>Permanent body</source>
        <translation>Постоянный орган</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Советы</translation>
    </message>
    <message>
        <source>Permanent bodies</source>
        <translation>Постоянные органы</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Государства-члены</translation>
    </message>
    <message>
        <source>Observer states</source>
        <translation>Государства-наблюдатели</translation>
    </message>
    <message>
        <source>Dialogue partners</source>
        <translation>Партнёры по диалогу</translation>
    </message>
    <message>
        <source>SCO partners</source>
        <translation>Партнёры ШОС</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>очно</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>в формате видеоконференции</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Хартия</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Конвенция</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Стратегия</translation>
    </message>
    <message>
        <source>Border agreement</source>
        <translation>Пограничное соглашение</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>{arrow}, total trade, {reporter}&apos;s customs</source>
        <translation>{arrow}, товарооборот, таможня ({reporter})</translation>
    </message>
    <message>
        <source>{arrow}, total trade, {reporter}&apos;s statistics</source>
        <translation>{arrow}, товарооборот, статистика ({reporter})</translation>
    </message>
    <message>
        <source>{arrow}, {reporter}&apos;s customs</source>
        <translation>{arrow}, таможня ({reporter})</translation>
    </message>
    <message>
        <source>{arrow}, {reporter}&apos;s statistics</source>
        <translation>{arrow}, статистика ({reporter})</translation>
    </message>
    <message>
        <source>{reporter}&apos;s customs</source>
        <translation>таможня ({reporter})</translation>
    </message>
    <message>
        <source>{reporter}&apos;s statistics</source>
        <translation>статистика ({reporter})</translation>
    </message>
    <message>
        <source>Total trade, China ↔ partners, China&apos;s customs</source>
        <translation>Товарооборот, Китай ↔ партнёры, таможня Китая</translation>
    </message>
    <message>
        <source>China&apos;s exports, China → partners, China&apos;s customs</source>
        <translation>Экспорт Китая, Китай → партнёры, таможня Китая</translation>
    </message>
    <message>
        <source>China&apos;s imports, partners → China, China&apos;s customs</source>
        <translation>Импорт Китая, партнёры → Китай, таможня Китая</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системная</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>С&amp;ветлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>Show statuses as of</source>
        <translation>Показать статусы на дату</translation>
    </message>
    <message>
        <source>Show who held which status on this date</source>
        <translation>Показать, какой статус был у кого на эту дату</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>Найти на &amp;странице…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>&amp;Notes Panel</source>
        <translation>Панель &amp;заметок</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Filter the Navigator</source>
        <translation>&amp;Фильтр навигатора</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <source>Statuses &amp;As Of…</source>
        <translation>Статусы &amp;на дату…</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Закладка</translation>
    </message>
    <message>
        <source>&amp;Delete Your Note…</source>
        <translation>&amp;Удалить свою заметку…</translation>
    </message>
    <message>
        <source>Export &amp;Notes…</source>
        <translation>Экспорт &amp;заметок…</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>&amp;Импорт заметок…</translation>
    </message>
    <message>
        <source>Install Data &amp;Update…</source>
        <translation>Установить &amp;обновление данных…</translation>
    </message>
    <message>
        <source>&amp;Roll Back Data Update…</source>
        <translation>&amp;Откатить обновление данных…</translation>
    </message>
    <message>
        <source>&amp;Reset to the Data Date</source>
        <translation>&amp;Вернуться к дате данных</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Fact Sheets…</source>
        <translation>Экспорт &amp;справок…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;About SCO Desktop</source>
        <translation>&amp;О программе SCO Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source> As of </source>
        <translation> На дату </translation>
    </message>
    <message>
        <source>&lt;h2&gt;The reference database cannot be used&lt;/h2&gt;&lt;p&gt;{problem}&lt;/p&gt;&lt;p&gt;Nothing was changed. Reinstall sco-desktop, or start it with &lt;code&gt;--db PATH&lt;/code&gt; and a good copy of the database; &lt;code&gt;sco-desktop verify&lt;/code&gt; says what is wrong with a file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Справочную базу данных невозможно использовать&lt;/h2&gt;&lt;p&gt;{problem}&lt;/p&gt;&lt;p&gt;Ничего не изменено. Переустановите sco-desktop или запустите его с параметром &lt;code&gt;--db ПУТЬ&lt;/code&gt; и исправной копией базы; &lt;code&gt;sco-desktop verify&lt;/code&gt; сообщит, что не так с файлом.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No reference data</source>
        <translation>Нет справочных данных</translation>
    </message>
    <message>
        <source>{id} is no longer in the reference data; your note on it is kept</source>
        <translation>{id} больше нет в справочных данных; ваша заметка о нём сохранена</translation>
    </message>
    <message>
        <source>Find in page works in text panes, not in charts</source>
        <translation>Поиск на странице работает в текстовых панелях, а не в диаграммах</translation>
    </message>
    <message>
        <source>Text at {percent}%</source>
        <translation>Масштаб текста {percent}%</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Сравнить с…</translation>
    </message>
    <message>
        <source>Statuses shown as of {date} · {origin}</source>
        <translation>Статусы на {date} · {origin}</translation>
    </message>
    <message>
        <source>{states} states, {bodies} bodies, {meetings} meetings, {documents} documents, {sources} sources</source>
        <translation>Государств: {states}, органов: {bodies}, встреч: {meetings}, документов: {documents}, источников: {sources}</translation>
    </message>
    <message>
        <source>{title} [{kind} {id}]. SCO Desktop reference data, as of {date} (sco-desktop {version}).</source>
        <translation>{title} [{kind} {id}]. Справочные данные SCO Desktop по состоянию на {date} (sco-desktop {version}).</translation>
    </message>
    <message>
        <source>Address copied</source>
        <translation>Адрес скопирован</translation>
    </message>
    <message>
        <source>About SCO Desktop</source>
        <translation>О программе SCO Desktop</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map of the SCO&apos;s states by status</source>
        <translation>Карта государств ШОС по статусу</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Days on which a status changed</source>
        <translation>Дни, когда менялся статус</translation>
    </message>
    <message>
        <source>The change before</source>
        <translation>Предыдущее изменение</translation>
    </message>
    <message>
        <source>The next change</source>
        <translation>Следующее изменение</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Step through every change from the founding</source>
        <translation>Показать по шагам все изменения с момента основания</translation>
    </message>
    <message>
        <source>Leaders&apos; meeting places</source>
        <translation>Места встреч лидеров</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG</source>
        <translation>Сохранить карту в PNG или SVG</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Export the Map</source>
        <translation>Экспорт карты</translation>
    </message>
</context>
<context>
    <name>MembershipChart</name>
    <message>
        <source>Statuses as they stood on {date}. Data as of {data_date}. On 2025-09-01 observers and dialogue partners became SCO partners.</source>
        <translation>Статусы на {date}. Данные на {data_date}. 1 сентября 2025 года наблюдатели и партнёры по диалогу стали партнёрами ШОС.</translation>
    </message>
    <message>
        <source>Sources: the status decisions of SCO meetings (each period&apos;s source is in the CSV export and on the state&apos;s page).</source>
        <translation>Источники: решения встреч ШОС о статусе (источник каждого периода — в экспорте CSV и на странице государства).</translation>
    </message>
    <message>
        <source>Number of states holding each SCO status</source>
        <translation>Число государств с каждым статусом в ШОС</translation>
    </message>
    <message>
        <source>States; dashed lines: meetings whose decisions changed a status, and the as-of date</source>
        <translation>Государства; пунктир — встречи, решения которых изменили статус, и выбранная дата</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Государства</translation>
    </message>
    <message>
        <source>No statuses before this date.</source>
        <translation>До этой даты статусов нет.</translation>
    </message>
    <message>
        <source>Status of each state in the SCO over time</source>
        <translation>Статус каждого государства в ШОС во времени</translation>
    </message>
    <message>
        <source>One lane per state, in the order states first gained a status; statuses held on the as-of date (dashed line) run on to the end of its year</source>
        <translation>По полосе на государство, в порядке получения первого статуса; статусы, действующие на выбранную дату (пунктир), продлены до конца её года</translation>
    </message>
</context>
<context>
    <name>MembershipModel</name>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Решение принято на</translation>
    </message>
    <message>
        <source>present</source>
        <translation>по настоящее время</translation>
    </message>
</context>
<context>
    <name>MembershipPane</name>
    <message>
        <source>Membership charts</source>
        <translation>Графики членства</translation>
    </message>
    <message>
        <source>States by status over time</source>
        <translation>Государства по статусам во времени</translation>
    </message>
    <message>
        <source>Each state&apos;s statuses over time</source>
        <translation>Статусы каждого государства во времени</translation>
    </message>
    <message>
        <source>Periods of each status</source>
        <translation>Периоды каждого статуса</translation>
    </message>
    <message>
        <source>Counts over time</source>
        <translation>Численность по годам</translation>
    </message>
    <message>
        <source>Each state</source>
        <translation>Каждое государство</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Численность</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Полосы</translation>
    </message>
    <message>
        <source>{chart} as {format}…</source>
        <translation>{chart} в {format}…</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Таблицу в CSV…</translation>
    </message>
    <message>
        <source>Statuses as they stood up to {date}. Point at a lane to see the status and the meeting that decided it; click a state&apos;s lane to open it.</source>
        <translation>Статусы по состоянию на {date}. Наведите указатель на полосу, чтобы увидеть статус и встречу, принявшую решение; щёлкните по полосе государства, чтобы открыть его.</translation>
    </message>
</context>
<context>
    <name>NavigationController</name>
    <message>
        <source>Nothing to show for that link</source>
        <translation>По этой ссылке нечего показать</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Could not read the data&lt;/h2&gt;&lt;p&gt;{error}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Не удалось прочитать данные&lt;/h2&gt;&lt;p&gt;{error}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>On 2025-09-01 the Tianjin summit merged the observer and dialogue partner statuses into a single &apos;SCO partner&apos; status.</source>
        <translation>1 сентября 2025 года Тяньцзиньский саммит объединил статусы наблюдателя и партнёра по диалогу в единый статус «партнёр ШОС».</translation>
    </message>
    <message>
        <source>Observer states</source>
        <translation>Государства-наблюдатели</translation>
    </message>
    <message>
        <source>Dialogue partners</source>
        <translation>Партнёры по диалогу</translation>
    </message>
    <message>
        <source>SCO partners since 2025-09-01</source>
        <translation>Партнёры ШОС с 01.09.2025</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Советы</translation>
    </message>
    <message>
        <source>Permanent bodies</source>
        <translation>Постоянные органы</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Членство</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Рейтинги</translation>
    </message>
    <message>
        <source>by videoconference</source>
        <translation>по видеосвязи</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>With your notes</source>
        <translation>С вашими заметками</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Государства-члены</translation>
    </message>
    <message>
        <source>Partners ({count})</source>
        <translation>Партнёры ({count})</translation>
    </message>
    <message>
        <source>Former and other statuses</source>
        <translation>Бывшие и прочие статусы</translation>
    </message>
    <message>
        <source>States that no longer hold a status, and guests that never held one.</source>
        <translation>Государства, утратившие статус, и гости, никогда его не имевшие.</translation>
    </message>
    <message>
        <source>Bodies ({count})</source>
        <translation>Органы ({count})</translation>
    </message>
    <message>
        <source>Summits and meetings ({count})</source>
        <translation>Саммиты и встречи ({count})</translation>
    </message>
    <message>
        <source>Charts ({count})</source>
        <translation>Диаграммы ({count})</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Joint exercises</source>
        <translation>Совместные учения</translation>
    </message>
</context>
<context>
    <name>NavigatorPane</name>
    <message>
        <source>Filter (English, Русский, 中文)</source>
        <translation>Фильтр (English, Русский, 中文)</translation>
    </message>
    <message>
        <source>Filter the navigator</source>
        <translation>Фильтр навигатора</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Навигатор</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Your note on {name}</source>
        <translation>Ваша заметка: {name}</translation>
    </message>
    <message>
        <source>This note was changed in another window after you began editing. Both are kept: the newer text is shown as your note, yours is under Other versions.</source>
        <translation>Эту заметку изменили в другом окне, после того как вы начали её редактировать. Сохранены обе: более новый текст показан как ваша заметка, ваш — в разделе «Другие версии».</translation>
    </message>
    <message>
        <source>There is no note of yours here to delete</source>
        <translation>Здесь нет вашей заметки, которую можно удалить</translation>
    </message>
    <message>
        <source>Delete your note on {name}? Backups keep earlier copies.</source>
        <translation>Удалить вашу заметку: {name}? Резервные копии сохраняют прежние версии.</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Удаление заметки</translation>
    </message>
    <message>
        <source>Your note on {name} was deleted</source>
        <translation>Ваша заметка ({name}) удалена</translation>
    </message>
    <message>
        <source>Bookmark not saved</source>
        <translation>Закладка не сохранена</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <source>Complete, for another machine (*.json);;Readable (*.md)</source>
        <translation>Полностью, для другого компьютера (*.json);;Для чтения (*.md)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Notes written to {path}</source>
        <translation>Заметки записаны в {path}</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Импорт заметок</translation>
    </message>
    <message>
        <source>Notes export (*.json)</source>
        <translation>Экспорт заметок (*.json)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <source>From {path}:</source>
        <translation>Из {path}:</translation>
    </message>
    <message>
        <source>Notes Imported</source>
        <translation>Заметки импортированы</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>Your note (Markdown: **bold**, *italic*, - lists). Saved as you type.</source>
        <translation>Ваша заметка (Markdown: **жирный**, *курсив*, - списки). Сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>Other versions of your note</source>
        <translation>Другие версии вашей заметки</translation>
    </message>
    <message>
        <source>Other versions ({count}), kept beside yours:</source>
        <translation>Другие версии ({count}), сохранённые рядом с вашей:</translation>
    </message>
    <message>
        <source>
---
… and {more:,} more (sco-desktop notes list shows them all)</source>
        <translation>
---
… и ещё {more:,} (все их показывает sco-desktop notes list)</translation>
    </message>
    <message>
        <source>

*(The preview shows the first {shown:,} of {length:,} characters; all of them are in the editor.)*</source>
        <translation>

*(В предпросмотре — первые {shown:,} из {length:,} символов; полностью текст есть в редакторе.)*</translation>
    </message>
</context>
<context>
    <name>PartnerListModel</name>
    <message>
        <source>{name} (member)</source>
        <translation>{name} (член)</translation>
    </message>
    <message>
        <source>{name} (member), no data</source>
        <translation>{name} (член), нет данных</translation>
    </message>
    <message>
        <source>{name} (partner)</source>
        <translation>{name} (партнёр)</translation>
    </message>
    <message>
        <source>{name} (partner), no data</source>
        <translation>{name} (партнёр), нет данных</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Your preferences and notes cannot be kept: the folder {folder} {reason}. Set {variable} to a folder you can write to and start again; everything else works.</source>
        <translation>Ваши настройки и заметки не могут быть сохранены: папка {folder} {reason}. Укажите в {variable} папку, доступную для записи, и запустите программу снова; всё остальное работает.</translation>
    </message>
    <message>
        <source>is not a full path (the home folder is unknown)</source>
        <translation>не является полным путём (домашняя папка неизвестна)</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>— это файл, а не папка</translation>
    </message>
    <message>
        <source>cannot be created ({error})</source>
        <translation>не может быть создана ({error})</translation>
    </message>
    <message>
        <source>cannot be written to</source>
        <translation>недоступна для записи</translation>
    </message>
    <message>
        <source>has a name that is not UTF-8 text</source>
        <translation>имеет имя не в кодировке UTF-8</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>for example UNCLASSIFIED; empty for none</source>
        <translation>например НЕСЕКРЕТНО; пусто — без грифа</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Формат страницы</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Warn when the data is older than</source>
        <translation>Предупреждать, если данные старше</translation>
    </message>
    <message>
        <source>The status bar warns when the data is older than this; 0 never warns</source>
        <translation>Строка состояния предупреждает, если данные старше этого срока; 0 — никогда</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>A new language applies the next time SCO Desktop starts.</source>
        <translation>Новый язык вступит в силу при следующем запуске SCO Desktop.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Marking on every printed page:</source>
        <translation>Гриф на каждой печатной странице:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Формат страницы:</translation>
    </message>
    <message>
        <source>Warn when the data is older than:</source>
        <translation>Предупреждать, если данные старше:</translation>
    </message>
</context>
<context>
    <name>PrintingController</name>
    <message>
        <source>Charts are not fact sheets: use Export in the chart instead</source>
        <translation>Диаграммы — не справки: используйте «Экспорт» в самой диаграмме</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Нет принтера</translation>
    </message>
    <message>
        <source>No printer is set up on this machine. Use File &gt; Export PDF… instead.</source>
        <translation>На этом компьютере не настроен принтер. Используйте «Файл &gt; Экспорт в PDF…».</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Печать не удалась</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>{pages} page(s) written to {path}</source>
        <translation>Страниц записано: {pages}, файл {path}</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>Все ({count})</translation>
    </message>
    <message>
        <source>The entity shown</source>
        <translation>Показанная запись</translation>
    </message>
    <message>
        <source>States ({count})</source>
        <translation>Государства ({count})</translation>
    </message>
    <message>
        <source>Bodies ({count})</source>
        <translation>Органы ({count})</translation>
    </message>
    <message>
        <source>Meetings ({count})</source>
        <translation>Встречи ({count})</translation>
    </message>
    <message>
        <source>Documents ({count})</source>
        <translation>Документы ({count})</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <source>Writing fact sheets…</source>
        <translation>Запись справок…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export Fact Sheets</source>
        <translation>Экспорт справок</translation>
    </message>
    <message>
        <source>{done} of {total}: {title}</source>
        <translation>{done} из {total}: {title}</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (отменено)</translation>
    </message>
    <message>
        <source>{count} sheets written to {folder}{stopped}</source>
        <translation>Справок записано: {count}, папка {folder}{stopped}</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Among all</source>
        <translation>Среди всех</translation>
    </message>
    <message>
        <source>Among members</source>
        <translation>Среди членов</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Year or day</source>
        <translation>Год или день</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>RankingsPane</name>
    <message>
        <source>Every state</source>
        <translation>Все государства</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Rank among</source>
        <translation>Место среди</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Рейтинги</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Ранжировать по</translation>
    </message>
    <message>
        <source>{indicator}: {meaning}; on {date}. Ties share a rank; states without a value come last, unranked. Double-click a state to open it.</source>
        <translation>{indicator}: {meaning}; на {date}. При равенстве место общее; государства без значения идут последними, без места. Дважды щёлкните по государству, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <source>Roll Back Data Update</source>
        <translation>Откат обновления данных</translation>
    </message>
    <message>
        <source>Your notes and bookmarks are kept. Every open pane is reloaded on the earlier data.</source>
        <translation>Ваши заметки и закладки сохраняются. Все открытые панели будут заново загружены на прежних данных.</translation>
    </message>
    <message>
        <source>Roll Back…</source>
        <translation>Откатить…</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search (Ctrl+K): names in English, Русский, 中文</source>
        <translation>Поиск (Ctrl+K): названия на English, Русский, 中文</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Data as of {date}</source>
        <translation>Данные на {date}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Напечатано {date}</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Страница {number} из {count}</translation>
    </message>
    <message>
        <source>{arrow}, total trade</source>
        <translation>{arrow}, товарооборот</translation>
    </message>
    <message>
        <source>China&apos;s goods trade with {partner}</source>
        <translation>Товарная торговля Китая: {partner}</translation>
    </message>
    <message>
        <source>US$ billion, current prices; reporter: China&apos;s customs</source>
        <translation>млрд долл. США, в текущих ценах; по данным таможни Китая</translation>
    </message>
    <message>
        <source>US$ billion</source>
        <translation>млрд долл. США</translation>
    </message>
    <message>
        <source>Data as of {date}. Gaps: years without a figure, never zeros.</source>
        <translation>Данные на {date}. Пропуски — годы без данных, а не нули.</translation>
    </message>
    <message>
        <source>Comparison: {states}</source>
        <translation>Сравнение: {states}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Notes imported from {origin} (not from the sources)</source>
        <translation>Заметки, импортированные из {origin} (не из источников)</translation>
    </message>
    <message>
        <source>Analyst&apos;s notes (not from the sources)</source>
        <translation>Заметки аналитика (не из источников)</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>По-русски</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>По-китайски</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Местопребывание</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Учреждён</translation>
    </message>
    <message>
        <source>Office holders</source>
        <translation>Должностные лица</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Side by side on {date}</source>
        <translation>Сравнение на {date}</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Russian title</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>Название на китайском</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Место подписания</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Вступил в силу</translation>
    </message>
    <message>
        <source>Adopted at</source>
        <translation>Принят на</translation>
    </message>
    <message>
        <source>Joint exercise</source>
        <translation>Совместные учения</translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation>по {date}</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Source {number}</source>
        <translation>Источник {number}</translation>
    </message>
    <message>
        <source>… and {count} more, all listed in the navigator</source>
        <translation>… и ещё {count}, все перечислены в навигаторе</translation>
    </message>
    <message>
        <source>The summary is cut here; the whole text is printed by</source>
        <translation>Здесь описание обрезано; полный текст выводит команда</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Происхождение сведений</translation>
    </message>
    <message>
        <source>How {count} of the facts above were established. Open to read.</source>
        <translation>Как были установлены факты выше ({count}). Раскройте, чтобы прочитать.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Shanghai Cooperation Organisation</source>
        <translation>Шанхайская организация сотрудничества</translation>
    </message>
    <message>
        <source>Statuses as they stood on {date}; the data describes the organisation as of {data_date}.</source>
        <translation>Статусы по состоянию на {date}; данные описывают организацию на {data_date}.</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Основана</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Secretary-General on {date}</source>
        <translation>Генеральный секретарь на {date}</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Органы</translation>
    </message>
    <message>
        <source>Chairmanship</source>
        <translation>Председательство</translation>
    </message>
    <message>
        <source>chairs the SCO on {date}, since {start}</source>
        <translation>председательствует в ШОС на {date}, с {start}</translation>
    </message>
    <message>
        <source>Latest Heads of State meeting</source>
        <translation>Последнее заседание Совета глав государств</translation>
    </message>
    <message>
        <source>China&apos;s goods trade, {year}</source>
        <translation>Товарная торговля Китая, {year}</translation>
    </message>
    <message>
        <source>With</source>
        <translation>С кем</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Share of China&apos;s total</source>
        <translation>Доля в общем объёме Китая</translation>
    </message>
    <message>
        <source>China&apos;s goods trade</source>
        <translation>Товарная торговля Китая</translation>
    </message>
    <message>
        <source>No year before {year} has totals for several groupings to compare.</source>
        <translation>Ни за один год до {year} нет итогов по нескольким группам для сравнения.</translation>
    </message>
    <message>
        <source>The whole database: {states} states, {bodies} bodies, {meetings} meetings, {documents} documents, {exercises} joint exercises, {sources} sources.</source>
        <translation>Вся база данных: государств — {states}, органов — {bodies}, встреч — {meetings}, документов — {documents}, совместных учений — {exercises}, источников — {sources}.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Копировать адрес</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>Web addresses are shown as text only; this application never opens them.</source>
        <translation>Веб-адреса показаны только как текст; приложение никогда их не открывает.</translation>
    </message>
    <message>
        <source>Cited for</source>
        <translation>На что ссылаются</translation>
    </message>
    <message>
        <source>English</source>
        <translation>По-английски</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Столица</translation>
    </message>
    <message>
        <source>Status on {date}</source>
        <translation>Статус на {date}</translation>
    </message>
    <message>
        <source>(acting)</source>
        <translation>(и. о.)</translation>
    </message>
    <message>
        <source>{office} on {date}</source>
        <translation>{office} на {date}</translation>
    </message>
    <message>
        <source>ISO 3166 code</source>
        <translation>Код ISO 3166</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Карта:</translation>
    </message>
    <message>
        <source>Heads of state and government</source>
        <translation>Главы государств и правительств</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>No holder recorded</source>
        <translation>Нет записанного лица</translation>
    </message>
    <message>
        <source>present</source>
        <translation>по настоящее время</translation>
    </message>
    <message>
        <source>A term runs from its first day up to, not including, the last date shown: the successor&apos;s first day.</source>
        <translation>Срок полномочий длится с первого дня до последней указанной даты, не включая её: это первый день преемника.</translation>
    </message>
    <message>
        <source>Chairmanship of the SCO</source>
        <translation>Председательство в ШОС</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} — {end}</translation>
    </message>
    <message>
        <source>Population, economy and area</source>
        <translation>Население, экономика и площадь</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>{figure}, km²</source>
        <translation>{figure}, км²</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Решение принято на</translation>
    </message>
    <message>
        <source>Meetings hosted</source>
        <translation>Встречи, которые принимало государство</translation>
    </message>
    <message>
        <source>Documents adopted at meetings it hosted, and treaties it signed</source>
        <translation>Документы, принятые на встречах в этой стране, и подписанные ею договоры</translation>
    </message>
    <message>
        <source>Joint exercises it took part in</source>
        <translation>Совместные учения с её участием</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>No trade figures are recorded.</source>
        <translation>Данных о торговле нет.</translation>
    </message>
    <message>
        <source>Trade with China</source>
        <translation>Торговля с Китаем</translation>
    </message>
    <message>
        <source>Goods, US dollars, current prices; China&apos;s customs figures unless another reporter is named.</source>
        <translation>Товары, доллары США, текущие цены; данные таможни Китая, если не указан другой источник отчётности.</translation>
    </message>
    <message>
        <source>Open in the trade view</source>
        <translation>Открыть в разделе торговли</translation>
    </message>
    <message>
        <source>Goods, US dollars, current prices; China&apos;s customs figures unless the partner&apos;s own statistics are named.</source>
        <translation>Товары, доллары США, текущие цены; данные таможни Китая, если не указана статистика самого партнёра.</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>Номер заседания</translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Status decisions</source>
        <translation>Решения о статусе</translation>
    </message>
    <message>
        <source>{status} from {date}</source>
        <translation>{status} с {date}</translation>
    </message>
    <message>
        <source>Documents adopted</source>
        <translation>Принятые документы</translation>
    </message>
</context>
<context>
    <name>TradeChart</name>
    <message>
        <source>Data as of {date}. Missing years are gaps, never zeros.</source>
        <translation>Данные на {date}. Пропущенные годы — пробелы, а не нули.</translation>
    </message>
    <message>
        <source>No figures for {partners} in these years.</source>
        <translation>Нет данных по {partners} за эти годы.</translation>
    </message>
    <message>
        <source>Choose partners to plot their trade.</source>
        <translation>Выберите партнёров, чтобы построить график торговли.</translation>
    </message>
    <message>
        <source>No trade data for {partners}.</source>
        <translation>Нет данных о торговле: {partners}.</translation>
    </message>
    <message>
        <source>; logarithmic axis</source>
        <translation>; логарифмическая ось</translation>
    </message>
    <message>
        <source>{share} of total</source>
        <translation>{share} от общего объёма</translation>
    </message>
    <message>
        <source>China&apos;s trade with the world: {value}. </source>
        <translation>Торговля Китая с миром: {value}. </translation>
    </message>
    <message>
        <source>Data as of {date}.</source>
        <translation>Данные на {date}.</translation>
    </message>
    <message>
        <source>Sources: {sources}.</source>
        <translation>Источники: {sources}.</translation>
    </message>
    <message>
        <source>China&apos;s goods trade with groupings in {year}</source>
        <translation>Товарная торговля Китая с группами стран в {year} году</translation>
    </message>
    <message>
        <source>Total trade (exports plus imports), {units}</source>
        <translation>Товарооборот (экспорт и импорт), {units}</translation>
    </message>
    <message>
        <source>No comparison figures for {year}.</source>
        <translation>Нет данных для сравнения за {year} год.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Sources: {sources} and {more} more (titles and addresses in the CSV export).</source>
        <translation>Источники: {sources} и ещё {more} (названия и адреса — в экспорте CSV).</translation>
    </message>
    <message>
        <source>Sources: {sources} (titles and addresses in the CSV export).</source>
        <translation>Источники: {sources} (названия и адреса — в экспорте CSV).</translation>
    </message>
</context>
<context>
    <name>TradePane</name>
    <message>
        <source>Partners to plot</source>
        <translation>Партнёры на графике</translation>
    </message>
    <message>
        <source>Select all members</source>
        <translation>Выбрать всех членов</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>China&apos;s trade with:</source>
        <translation>Торговля Китая с:</translation>
    </message>
    <message>
        <source>Trade charts</source>
        <translation>Графики торговли</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>По годам</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Log axis</source>
        <translation>Логарифмическая ось</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Первый год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Диаграмму в PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>Диаграмму в SVG…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Данные в CSV…</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>Trade chart</source>
        <translation>Диаграмма торговли</translation>
    </message>
    <message>
        <source>Trade table</source>
        <translation>Таблица торговли</translation>
    </message>
    <message>
        <source>Comparison year</source>
        <translation>Год сравнения</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Диаграмма сравнения</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Таблица сравнения</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Hollow markers: figures the source gives loosely or as estimates. Point at a line for a figure and its source; the CSV export lists every source in full.</source>
        <translation>Полые маркеры — значения, которые источник даёт приблизительно или как оценку. Наведите указатель на линию, чтобы увидеть значение и его источник; экспорт в CSV перечисляет все источники полностью.</translation>
    </message>
    <message>
        <source> (approximate)</source>
        <translation> (приблизительно)</translation>
    </message>
    <message>
        <source>{flow}; source: {source}</source>
        <translation>{flow}; источник: {source}</translation>
    </message>
</context>
<context>
    <name>TradeSeries</name>
    <message>
        <source>US dollars</source>
        <translation>Доллары США</translation>
    </message>
    <message>
        <source>Share of China&apos;s total</source>
        <translation>Доля в общем объёме Китая</translation>
    </message>
    <message>
        <source>US$ billion</source>
        <translation>млрд долл. США</translation>
    </message>
    <message>
        <source>% of China&apos;s total</source>
        <translation>% от общего объёма Китая</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Мир</translation>
    </message>
    <message>
        <source>Other SCO members</source>
        <translation>Другие члены ШОС</translation>
    </message>
    <message>
        <source>Members + partners</source>
        <translation>Члены + партнёры</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>ЕС</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>ASEAN</source>
        <translation>АСЕАН</translation>
    </message>
    <message>
        <source>US$, current prices; reporter: China (customs)</source>
        <translation>Доллары США, текущие цены; отчитывается Китай (таможня)</translation>
    </message>
    <message>
        <source>Share of China&apos;s trade with the world in the same flow; reporter: China (customs)</source>
        <translation>Доля в торговле Китая с миром в том же потоке; отчитывается Китай (таможня)</translation>
    </message>
    <message>
        <source>China&apos;s goods trade: {flow}</source>
        <translation>Товарная торговля Китая: {flow}</translation>
    </message>
</context>
<context>
    <name>TradeSeriesModel</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Install Data Update</source>
        <translation>Установка обновления данных</translation>
    </message>
    <message>
        <source>What the update changes</source>
        <translation>Что меняет обновление</translation>
    </message>
    <message>
        <source>This update was refused; the current data is unchanged.</source>
        <translation>Обновление отклонено; текущие данные не изменились.</translation>
    </message>
    <message>
        <source>What it changes:</source>
        <translation>Что оно меняет:</translation>
    </message>
    <message>
        <source>Your notes and bookmarks are kept. Every open pane is reloaded on the new data. To go back later: sco-desktop pack rollback.</source>
        <translation>Ваши заметки и закладки сохраняются. Все открытые панели будут заново загружены на новых данных. Чтобы потом вернуться: sco-desktop pack rollback.</translation>
    </message>
    <message>
        <source>Switch to This Data</source>
        <translation>Перейти на эти данные</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>{pack}: signature, manifest, file sizes and SHA-256, and database checks passed</source>
        <translation>{pack}: проверки подписи, манифеста, размеров файлов и SHA-256, а также базы данных пройдены</translation>
    </message>
    <message>
        <source>Signed by {key}</source>
        <translation>Подписано: {key}</translation>
    </message>
    <message>
        <source>Update {sequence}, made {made}, data as of {date} (schema {schema})</source>
        <translation>Обновление {sequence}, создано {made}, данные на {date} (схема {schema})</translation>
    </message>
    <message>
        <source>Data as of {old} → {new}</source>
        <translation>Данные на {old} → {new}</translation>
    </message>
    <message>
        <source>No rows differ.</source>
        <translation>Различающихся строк нет.</translation>
    </message>
    <message>
        <source>{table}: {added} added, {changed} changed, {removed} removed</source>
        <translation>{table}: добавлено {added}, изменено {changed}, удалено {removed}</translation>
    </message>
    <message>
        <source>update {sequence}, data as of {date}, installed {installed}</source>
        <translation>обновление {sequence}, данные на {date}, установлено {installed}</translation>
    </message>
    <message>
        <source>the data that came with sco-desktop, as of {date}</source>
        <translation>данные, поставляемые с sco-desktop, на {date}</translation>
    </message>
    <message>
        <source>Active now: {update}</source>
        <translation>Сейчас используется: {update}</translation>
    </message>
    <message>
        <source>Going back to: {goal}</source>
        <translation>Возврат к: {goal}</translation>
    </message>
    <message>
        <source>Update {sequence} cannot be installed again afterwards; only a newer update can move the data forward.</source>
        <translation>Обновление {sequence} потом нельзя будет установить снова; продвинуть данные вперёд сможет только более новое обновление.</translation>
    </message>
    <message>
        <source>Data as of {date}</source>
        <translation>Данные на {date}</translation>
    </message>
    <message>
        <source>Data as of {date} (update {sequence}, installed {installed})</source>
        <translation>Данные на {date} (обновление {sequence}, установлено {installed})</translation>
    </message>
    <message>
        <source>Data as of {date} — older than {days} days; ask your administrator for an update</source>
        <translation>Данные на {date} — старше {days} дн.; запросите обновление у администратора</translation>
    </message>
</context>
<context>
    <name>UpdatesController</name>
    <message>
        <source>Install Data Update</source>
        <translation>Установка обновления данных</translation>
    </message>
    <message>
        <source>Data updates (*{suffix})</source>
        <translation>Обновления данных (*{suffix})</translation>
    </message>
    <message>
        <source>the bundled data</source>
        <translation>встроенные данные</translation>
    </message>
    <message>
        <source>Roll Back Data Update</source>
        <translation>Откат обновления данных</translation>
    </message>
    <message>
        <source>Really go back to {goal}? Update {sequence} cannot be installed again afterwards.</source>
        <translation>Действительно вернуться к: {goal}? Обновление {sequence} потом нельзя будет установить снова.</translation>
    </message>
    <message>
        <source>update {sequence}</source>
        <translation>обновление {sequence}</translation>
    </message>
    <message>
        <source>Rolled back: {goal} is now the active data</source>
        <translation>Откат выполнен: теперь используются {goal}</translation>
    </message>
    <message>
        <source>Nothing was rolled back; the current data is unchanged.</source>
        <translation>Ничего не откачено; текущие данные не изменились.</translation>
    </message>
    <message>
        <source>Update {sequence} installed: data as of {date}</source>
        <translation>Обновление {sequence} установлено: данные на {date}</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>The map cannot be shown: {error}</source>
        <translation>Карту невозможно показать: {error}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Held {date}, after the as-of date {as_of}: shown as the data records it.</source>
        <translation>Состоялась {date}, после выбранной даты {as_of}: показано так, как записано в данных.</translation>
    </message>
    <message>
        <source>Set up {date}, after the as-of date {as_of}: shown as the data records it.</source>
        <translation>Учреждён {date}, после выбранной даты {as_of}: показано так, как записано в данных.</translation>
    </message>
    <message>
        <source>Signed {date}, after the as-of date {as_of}: shown as the data records it.</source>
        <translation>Подписан {date}, после выбранной даты {as_of}: показано так, как записано в данных.</translation>
    </message>
    <message>
        <source>{value} people</source>
        <translation>{value} чел.</translation>
    </message>
    <message>
        <source>{value} km²</source>
        <translation>{value} км²</translation>
    </message>
    <message>
        <source>This state</source>
        <translation>Это государство</translation>
    </message>
    <message>
        <source>This body</source>
        <translation>Этот орган</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Эта встреча</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Этот документ</translation>
    </message>
    <message>
        <source>This exercise</source>
        <translation>Эти учения</translation>
    </message>
    <message>
        <source>This source</source>
        <translation>Этот источник</translation>
    </message>
    <message>
        <source>Chairmanship from {date}</source>
        <translation>Председательство с {date}</translation>
    </message>
    <message>
        <source>{status} from {date}</source>
        <translation>{status} с {date}</translation>
    </message>
    <message>
        <source>Decision on {name}</source>
        <translation>Решение по: {name}</translation>
    </message>
    <message>
        <source>Party: {name}</source>
        <translation>Сторона: {name}</translation>
    </message>
    <message>
        <source>a year and month (2010-01) means the day is not known</source>
        <translation>год и месяц (2010-01) означают, что день неизвестен</translation>
    </message>
    <message>
        <source>a year alone means the month is not known</source>
        <translation>один лишь год означает, что месяц неизвестен</translation>
    </message>
    <message>
        <source>Dates as precise as the sources give them: {meanings}.</source>
        <translation>Даты указаны с той точностью, с какой их дают источники: {meanings}.</translation>
    </message>
</context>
<context>
    <name>_Preview</name>
    <message>
        <source>Note, rendered</source>
        <translation>Заметка в оформленном виде</translation>
    </message>
</context>
</TS>
