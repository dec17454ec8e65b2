<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>Amount</name>
    <message>
        <location filename="../../gui/rich_text.py" line="57"/>
        <source>{amount}千円</source>
        <translation>¥{amount} thousand</translation>
    </message>
    <message>
        <location filename="../../gui/rich_text.py" line="58"/>
        <source>{amount}円</source>
        <translation>¥{amount}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="106"/>
        <location filename="../../gui/app.py" line="112"/>
        <location filename="../../gui/printing.py" line="390"/>
        <location filename="../../gui/printing.py" line="413"/>
        <source>DX事例ブラウザ</source>
        <translation>DX Casebook</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="113"/>
        <source>ライブラリを開けませんでした。
{error}</source>
        <translation>Could not open the case library.
{error}</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <location filename="../../model/bookmarks.py" line="250"/>
        <source>{recovered} この変更は保存されていません。もう一度操作してください。</source>
        <translation>{recovered} This change was not saved. Please try again.</translation>
    </message>
    <message>
        <location filename="../../model/bookmarks.py" line="270"/>
        <source>{name} は大きすぎるため、ブックマークのファイルではありません。</source>
        <translation>{name} is too large to be a bookmark file.</translation>
    </message>
    <message>
        <location filename="../../model/bookmarks.py" line="274"/>
        <source>{name} を読み込めませんでした（{reason}）。</source>
        <translation>Could not read {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../model/bookmarks.py" line="279"/>
        <source>{name} は JSON ではないため、ブックマークとして読み込めませんでした。</source>
        <translation>{name} is not a JSON file, so its bookmarks could not be read.</translation>
    </message>
    <message>
        <location filename="../../model/bookmarks.py" line="283"/>
        <source>{name} は DX事例ブラウザのブックマークファイルではありません。</source>
        <translation>{name} is not a DX Casebook bookmark file.</translation>
    </message>
    <message>
        <location filename="../../model/bookmarks.py" line="299"/>
        <source>{name} は新しい版の DX事例ブラウザで書き出されたため読み込めません（形式の版 {version}）。</source>
        <translation>{name} was written by a newer version of DX Casebook and cannot be read (format version {version}).</translation>
    </message>
    <message>
        <location filename="../../model/bookmarks.py" line="313"/>
        <source>{name} の {number} 件目のブックマークが正しくありません。</source>
        <translation>Bookmark no. {number} in {name} is not valid.</translation>
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <location filename="../../gui/bookmarks_view.py" line="35"/>
        <source>ブックマークはまだありません。
事例を開いて Ctrl+D か ☆ で追加できます。</source>
        <translation>No bookmarks yet.
Open a case and press Ctrl+D or click ☆ to add one.</translation>
    </message>
    <message>
        <location filename="../../gui/bookmarks_view.py" line="42"/>
        <source>ダブルクリックか Enter で事例を開きます。メモは右側で編集できます。</source>
        <translation>Double-click or press Enter to open a case. Edit its note on the right.</translation>
    </message>
    <message>
        <location filename="../../gui/bookmarks_view.py" line="58"/>
        <source>★ {id}  （ライブラリにない事例）</source>
        <translation>★ {id}  (not in the library)</translation>
    </message>
    <message>
        <location filename="../../gui/bookmarks_view.py" line="63"/>
        <source>メモ: {note}</source>
        <translation>Note: {note}</translation>
    </message>
</context>
<context>
    <name>CaseTreeModel</name>
    <message>
        <location filename="../../gui/case_tree_model.py" line="233"/>
        <source>事例</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../gui/case_tree_model.py" line="262"/>
        <source>{id}  {organization}（{band}）
{title}</source>
        <translation>{id}  {organization} ({band})
{title}</translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <location filename="../../gui/detail_tabs.py" line="55"/>
        <source>事業の概要</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="59"/>
        <source>事業の概要の掲載がありません。</source>
        <translation>No overview is given.</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="61"/>
        <source>担当部署</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="64"/>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="72"/>
        <source>担当部署の掲載がありません。</source>
        <translation>No contact is given.</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="74"/>
        <source>関連リンク</source>
        <translation>Related links</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="80"/>
        <source>関連リンクの掲載がありません。</source>
        <translation>No related links are given.</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="83"/>
        <source>受賞歴</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="89"/>
        <source>事業効果</source>
        <translation>Effects</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="91"/>
        <source>この事例には事業効果の掲載がありません。</source>
        <translation>This case gives no effects.</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="100"/>
        <source>非公表（金額は公表されていません）</source>
        <translation>Undisclosed (the amount has not been published)</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="102"/>
        <source>{text}（金額の記載なし）</source>
        <translation>{text} (no amount given)</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="103"/>
        <source>金額の記載なし</source>
        <translation>No amount given</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="109"/>
        <source>掲載がありません。</source>
        <translation>Not given.</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="116"/>
        <source>内訳</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="116"/>
        <source>金額</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="119"/>
        <location filename="../../gui/detail_tabs.py" line="132"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="127"/>
        <source>この事例にはコストの掲載がありません。</source>
        <translation>This case gives no cost.</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="129"/>
        <source>イニシャルコスト（税抜）</source>
        <translation>Initial cost (excl. tax)</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="130"/>
        <source>ランニングコスト（1年あたり・税抜）</source>
        <translation>Running cost (per year, excl. tax)</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="140"/>
        <source>この事例にはスケジュールの掲載がありません。</source>
        <translation>This case gives no schedule.</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="141"/>
        <location filename="../../gui/detail_tabs.py" line="230"/>
        <source>スケジュール</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="143"/>
        <source>スケジュールの掲載がありません。</source>
        <translation>No schedule is given.</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="145"/>
        <source>記載なし</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="146"/>
        <source>導入までの期間</source>
        <translation>Time to launch</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="156"/>
        <source>手順の掲載がありません。</source>
        <translation>No steps are given.</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="158"/>
        <source>サービス提供事業者等</source>
        <translation>Service providers</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="160"/>
        <source>サービス提供事業者等の掲載がありません。</source>
        <translation>No service providers are given.</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="163"/>
        <source>提供事業者</source>
        <translation>Providers</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="164"/>
        <source>サービス名称</source>
        <translation>Service name</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="165"/>
        <source>運用形態</source>
        <translation>Operating model</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="166"/>
        <source>その他の参画主体</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="175"/>
        <source>この事例にはインタビューの掲載がありません。</source>
        <translation>This case has no interview.</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="176"/>
        <location filename="../../gui/detail_tabs.py" line="232"/>
        <source>インタビュー</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="224"/>
        <source>概要</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="226"/>
        <source>効果</source>
        <translation>Effects</translation>
    </message>
    <message>
        <location filename="../../gui/detail_tabs.py" line="228"/>
        <source>コスト</source>
        <translation>Cost</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../gui/detail_view.py" line="78"/>
        <source>左の一覧から事例を選んでください。</source>
        <translation>Select a case in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../gui/detail_view.py" line="110"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../gui/detail_view.py" line="117"/>
        <source>ブックマークの切り替え (Ctrl+D)</source>
        <translation>Bookmark or unbookmark (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/detail_view.py" line="135"/>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/detail_view.py" line="139"/>
        <source>ブックマークのメモ</source>
        <translation>Bookmark note</translation>
    </message>
    <message>
        <location filename="../../gui/detail_view.py" line="226"/>
        <source>人口 {text}</source>
        <translation>Population {text}</translation>
    </message>
    <message>
        <location filename="../../gui/detail_view.py" line="228"/>
        <source>（{date}現在）</source>
        <translation> (as of {date})</translation>
    </message>
    <message>
        <location filename="../../gui/detail_view.py" line="256"/>
        <source>この事例には掲載がありません</source>
        <translation>Not given for this case</translation>
    </message>
    <message>
        <location filename="../../gui/detail_view.py" line="281"/>
        <source>リンクを開けませんでした: {url}</source>
        <translation>Could not open the link: {url}</translation>
    </message>
    <message>
        <location filename="../../gui/detail_view.py" line="284"/>
        <source>安全のため、このリンクは開きません: {url}</source>
        <translation>For your safety, this link is not opened: {url}</translation>
    </message>
    <message>
        <location filename="../../gui/detail_view.py" line="297"/>
        <source>★ ブックマーク済み</source>
        <translation>★ Bookmarked</translation>
    </message>
    <message>
        <location filename="../../gui/detail_view.py" line="297"/>
        <source>☆ ブックマーク</source>
        <translation>☆ Bookmark</translation>
    </message>
    <message>
        <location filename="../../gui/detail_view.py" line="303"/>
        <source>メモ（自動で保存されます）</source>
        <translation>Note (saved automatically)</translation>
    </message>
    <message>
        <location filename="../../gui/detail_view.py" line="304"/>
        <source>ブックマークするとメモを書けます</source>
        <translation>Bookmark this case to write a note</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../model/importer/decode.py" line="24"/>
        <source>ファイルが見つかりません: {name}</source>
        <translation>File not found: {name}</translation>
    </message>
    <message>
        <location filename="../../model/importer/decode.py" line="26"/>
        <source>フォルダーは読み込めません。事例集のテキストファイルを指定してください: {name}</source>
        <translation>Cannot read a folder. Please choose a casebook text file: {name}</translation>
    </message>
    <message>
        <location filename="../../model/importer/decode.py" line="33"/>
        <source>ファイルを読み込めません（{reason}）: {name}</source>
        <translation>Cannot read the file ({reason}): {name}</translation>
    </message>
    <message>
        <location filename="../../model/importer/decode.py" line="41"/>
        <location filename="../../model/importer/decode.py" line="56"/>
        <source>空のファイルです: {name}</source>
        <translation>The file is empty: {name}</translation>
    </message>
    <message>
        <location filename="../../model/importer/decode.py" line="44"/>
        <source>事例集のテキストではありません（バイナリファイルです）: {name}</source>
        <translation>Not casebook text (this is a binary file): {name}</translation>
    </message>
    <message>
        <location filename="../../model/importer/decode.py" line="52"/>
        <source>文字コードを判別できません（UTF-8 でも Shift_JIS(CP932) でもありません）: {name}</source>
        <translation>Unknown text encoding (neither UTF-8 nor Shift_JIS (CP932)): {name}</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="31"/>
        <source>事例集のテキストを解析できません（{error}）: {name}</source>
        <translation>Cannot parse the casebook text ({error}): {name}</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="34"/>
        <source>事例集のテキストではありません（事例の見出しが見つかりません）: {name}</source>
        <translation>Not casebook text (no case headings found): {name}</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="42"/>
        <source>{id}: 同じ番号の事例が重複しているため、後のものを読み飛ばしました</source>
        <translation>{id}: another case has the same number; the later one was skipped</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="48"/>
        <source>{id}: 事例を読み取れなかったため読み飛ばしました（{error}）</source>
        <translation>{id}: the case could not be read and was skipped ({error})</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="90"/>
        <source>人口区分のラベルが見つからないため、参考情報の人口から判定しました</source>
        <translation>no population size label; the size was derived from the population in the reference information</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="93"/>
        <source>人口区分が見つかりません</source>
        <translation>no population size found</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="97"/>
        <source>分類（①など）が見つかりません</source>
        <translation>no subcategory (①, ②, …) found</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="99"/>
        <source>Point が見つかりません</source>
        <translation>no Point found</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="101"/>
        <source>事業の概要が見つかりません</source>
        <translation>no overview found</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="103"/>
        <source>事業効果が見つかりません</source>
        <translation>no effects found</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="105"/>
        <source>参考情報（人口）が見つかりません</source>
        <translation>no reference information (population) found</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="107"/>
        <source>担当部署が見つかりません</source>
        <translation>no contact found</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="109"/>
        <source>インタビューが見つかりません</source>
        <translation>no interview found</translation>
    </message>
    <message>
        <location filename="../../model/importer/volume.py" line="112"/>
        <source>質問「{question}」の回答が見つかりません</source>
        <translation>no answer found to the question “{question}”</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../model/library.py" line="219"/>
        <source>事例が見つかりません: {file}</source>
        <translation>No cases found: {file}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="52"/>
        <source>DX事例ブラウザ</source>
        <translation>DX Casebook</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="58"/>
        <source>事例の一覧</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="77"/>
        <source>事例</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="78"/>
        <location filename="../../gui/main_window.py" line="345"/>
        <source>ブックマーク</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="135"/>
        <source>検索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="136"/>
        <source>ブックマークの切り替え</source>
        <translation>Toggle Bookmark</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="137"/>
        <source>戻る</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="138"/>
        <source>進む</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140"/>
        <location filename="../../gui/main_window.py" line="302"/>
        <source>印刷プレビュー…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142"/>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="143"/>
        <source>この事例をPDFに出力…</source>
        <translation>Export This Case as PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="144"/>
        <source>ブックマークを一括印刷…</source>
        <translation>Print All Bookmarks…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="145"/>
        <source>ブックマークをPDFに出力…</source>
        <translation>Export Bookmarks as PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="146"/>
        <source>ブックマークした事例をまとめてPDFに出力します</source>
        <translation>Export all bookmarked cases to one PDF</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="147"/>
        <source>ブックマークを書き出す…</source>
        <translation>Export Bookmark List…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148"/>
        <source>ブックマークを読み込む…</source>
        <translation>Import Bookmark List…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="149"/>
        <source>事例集を取り込む…</source>
        <translation>Import Casebook Volume…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="150"/>
        <source>終了</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="151"/>
        <source>このアプリについて</source>
        <translation>About DX Casebook</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="156"/>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="166"/>
        <source>検索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="168"/>
        <source>移動(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="171"/>
        <source>ブックマーク(&amp;B)</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="176"/>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="179"/>
        <source>ツールバー</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="216"/>
        <source>該当する事例はありません。</source>
        <translation>No matching cases.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="232"/>
        <source>事例 {id} はライブラリにありません。</source>
        <translation>Case {id} is not in the library.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="239"/>
        <source>{org}｜{id} — DX事例ブラウザ</source>
        <translation>{org} | {id} — DX Casebook</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>{id} をブックマークしました。</source>
        <translation>Bookmarked {id}.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278"/>
        <source>{id} のブックマークを外しました。</source>
        <translation>Removed the bookmark of {id}.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="300"/>
        <source>ブックマークを外す</source>
        <translation>Remove Bookmark</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="300"/>
        <source>ブックマークに追加</source>
        <translation>Add Bookmark</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306"/>
        <source>ブックマークを書き出す</source>
        <translation>Export Bookmark List</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="307"/>
        <location filename="../../gui/main_window.py" line="315"/>
        <source>リーディングリスト (*.json)</source>
        <translation>Bookmark list (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="311"/>
        <source>{n}件のブックマークを書き出しました。</source>
        <translation>Bookmarks exported: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314"/>
        <source>ブックマークを読み込む</source>
        <translation>Import Bookmark List</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="319"/>
        <source>{n}件のブックマークを追加しました。</source>
        <translation>Bookmarks added: {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338"/>
        <source>印刷する事例を選んでください。</source>
        <translation>Select a case to print.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="345"/>
        <source>ブックマークした事例がありません。</source>
        <translation>No cases are bookmarked.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="388"/>
        <source>PDFを保存しました: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="400"/>
        <source>保存できませんでした</source>
        <translation>Could Not Save</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="408"/>
        <source>読み取り専用: ブックマークの変更は保存できません</source>
        <translation>Read-only: bookmark changes cannot be saved</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="416"/>
        <source>ファイルを復元しました</source>
        <translation>File Restored</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="419"/>
        <source>DX事例ブラウザについて</source>
        <translation>About DX Casebook</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="420"/>
        <source>DX事例ブラウザ

総務省「自治体DX推進参考事例集」の事例を検索・閲覧し、ブックマークとメモを残し、要約を印刷するためのアプリです。

収録事例: {n}件</source>
        <translation>DX Casebook

Search and read the cases of the Local Government DX Casebook published by the Ministry of Internal Affairs and Communications (MIC), bookmark them with notes, and print summaries.

Cases in the library: {n}</translation>
    </message>
</context>
<context>
    <name>PopulationBand</name>
    <message>
        <location filename="../../model/case.py" line="27"/>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../model/case.py" line="28"/>
        <source>1万人未満</source>
        <translation>Under 10,000 residents</translation>
    </message>
    <message>
        <location filename="../../model/case.py" line="29"/>
        <source>1万人以上5万人未満</source>
        <translation>10,000–50,000 residents</translation>
    </message>
    <message>
        <location filename="../../model/case.py" line="30"/>
        <source>5万人以上10万人未満</source>
        <translation>50,000–100,000 residents</translation>
    </message>
    <message>
        <location filename="../../model/case.py" line="31"/>
        <source>10万人以上30万人未満</source>
        <translation>100,000–300,000 residents</translation>
    </message>
    <message>
        <location filename="../../model/case.py" line="32"/>
        <source>30万人以上</source>
        <translation>300,000+ residents</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../gui/printing.py" line="99"/>
        <source>印刷する事例がありません。</source>
        <translation>There are no cases to print.</translation>
    </message>
    <message>
        <location filename="../../gui/printing.py" line="113"/>
        <source>DX事例ブラウザ 事例の要約（{count}件）</source>
        <translation>DX Casebook case summaries ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/printing.py" line="190"/>
        <source>出典：総務省「自治体DX推進参考事例集」</source>
        <translation>Source: MIC, Local Government DX Casebook</translation>
    </message>
    <message>
        <location filename="../../gui/printing.py" line="199"/>
        <source>印刷を開始できませんでした。</source>
        <translation>Could not start printing.</translation>
    </message>
    <message>
        <location filename="../../gui/printing.py" line="219"/>
        <source>次のページを用意できませんでした。</source>
        <translation>Could not prepare the next page.</translation>
    </message>
    <message>
        <location filename="../../gui/printing.py" line="403"/>
        <source>PDFを書き出せません: {path}（{reason}）</source>
        <translation>Cannot write the PDF: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../gui/printing.py" line="424"/>
        <source>印刷プレビュー</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <location filename="../../gui/printing.py" line="452"/>
        <location filename="../../gui/printing.py" line="462"/>
        <source>印刷</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../gui/printing.py" line="472"/>
        <source>事例集_{count}件_{date}.pdf</source>
        <translation>casebook_{count}-cases_{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../gui/printing.py" line="484"/>
        <location filename="../../gui/printing.py" line="494"/>
        <source>PDFに出力</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../gui/printing.py" line="485"/>
        <source>PDF ファイル (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../gui/search_panel.py" line="89"/>
        <source>事例を検索</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location filename="../../gui/search_panel.py" line="90"/>
        <source>検索（Ctrl+F）: 団体名、キーワード…</source>
        <translation>Search (Ctrl+F): organization, keywords…</translation>
    </message>
    <message>
        <location filename="../../gui/search_panel.py" line="107"/>
        <source>すべての人口規模</source>
        <translation>All population sizes</translation>
    </message>
    <message>
        <location filename="../../gui/search_panel.py" line="118"/>
        <source>すべて</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gui/search_panel.py" line="121"/>
        <location filename="../../gui/search_panel.py" line="138"/>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../gui/search_panel.py" line="122"/>
        <source>都道府県で絞り込む</source>
        <translation>Filter by prefecture</translation>
    </message>
    <message>
        <location filename="../../gui/search_panel.py" line="123"/>
        <source>人口規模で絞り込む</source>
        <translation>Filter by population size</translation>
    </message>
    <message>
        <location filename="../../gui/search_panel.py" line="126"/>
        <source>ブックマークのみ</source>
        <translation>Bookmarked only</translation>
    </message>
    <message>
        <location filename="../../gui/search_panel.py" line="160"/>
        <source>{total}件中 {shown}件</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <location filename="../../gui/search_panel.py" line="215"/>
        <source>人口規模: すべて</source>
        <translation>Population: all</translation>
    </message>
    <message>
        <location filename="../../gui/search_panel.py" line="217"/>
        <source>人口規模: {band}</source>
        <translation>Population: {band}</translation>
    </message>
    <message>
        <location filename="../../gui/search_panel.py" line="219"/>
        <source>人口規模: {n}区分</source>
        <translation>Population: {n} sizes</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../model/files.py" line="117"/>
        <source>以前の内容はそのまま残っています。</source>
        <translation>The previous contents are unchanged.</translation>
    </message>
    <message>
        <location filename="../../model/files.py" line="119"/>
        <source>ディスクの空き容量が足りないため {name} を保存できませんでした。{kept}</source>
        <translation>Could not save {name}: the disk is full. {kept}</translation>
    </message>
    <message>
        <location filename="../../model/files.py" line="123"/>
        <source>フォルダーへの書き込みが許可されていないため {name} を保存できませんでした。{kept}</source>
        <translation>Could not save {name}: writing to its folder is not permitted. {kept}</translation>
    </message>
    <message>
        <location filename="../../model/files.py" line="127"/>
        <source>{name} を保存できませんでした（{reason}）。{kept}</source>
        <translation>Could not save {name} ({reason}). {kept}</translation>
    </message>
    <message>
        <location filename="../../model/files.py" line="133"/>
        <source>フォルダーに書き込めないため {name} は読み取り専用で開いています。変更は保存できません。</source>
        <translation>{name} is open read-only because its folder cannot be written. Changes cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../model/files.py" line="144"/>
        <source>保存できない文字または値が含まれているため保存できませんでした（{error}）。</source>
        <translation>Could not save: the data contains a character or value that cannot be stored ({error}).</translation>
    </message>
    <message>
        <location filename="../../model/files.py" line="151"/>
        <source>{name} が壊れているため読み込めませんでした。</source>
        <translation>{name} is damaged and could not be read.</translation>
    </message>
    <message>
        <location filename="../../model/files.py" line="173"/>
        <source>{name} を読み込めませんでした（{reason}）。</source>
        <translation>Could not read {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../model/backups.py" line="73"/>
        <source>バックアップを検証できませんでした</source>
        <translation>the backup could not be verified</translation>
    </message>
    <message>
        <location filename="../../model/storage.py" line="192"/>
        <source>{name} は別のプログラム（もう一つの DX事例ブラウザなど）が使用中のため、{seconds} 秒待っても保存できませんでした。しばらくしてからもう一度お試しください。</source>
        <translation>Could not save {name}: another program (such as a second DX Casebook window) kept it busy for {seconds} seconds. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../model/storage.py" line="241"/>
        <source>{name} は読み取り専用で開いているため保存できません。</source>
        <translation>{name} is open read-only and cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../model/storage.py" line="323"/>
        <source>{name} が壊れていますが、フォルダーに書き込めないため復元できませんでした。</source>
        <translation>{name} is damaged, but it could not be restored because its folder cannot be written.</translation>
    </message>
    <message>
        <location filename="../../model/storage.py" line="330"/>
        <source>{name} が壊れていますが、いまは復元できませんでした（{error}）。</source>
        <translation>{name} is damaged, but it could not be restored now ({error}).</translation>
    </message>
    <message>
        <location filename="../../model/storage.py" line="371"/>
        <source>{name} が壊れていますが、退避できなかったため復元していません（{reason}）。</source>
        <translation>{name} is damaged; it was not restored because a copy could not be set aside ({reason}).</translation>
    </message>
    <message>
        <location filename="../../model/storage.py" line="383"/>
        <source>{name} が壊れていたため {aside} として退避しましたが、バックアップから復元できませんでした（{reason}）。</source>
        <translation>{name} was damaged and has been set aside as {aside}, but it could not be restored from a backup ({reason}).</translation>
    </message>
    <message>
        <location filename="../../model/storage.py" line="387"/>
        <source>{name} が壊れていたため {aside} として退避し、{time} のバックアップから復元しました。</source>
        <translation>{name} was damaged: it has been set aside as {aside} and restored from the backup of {time}.</translation>
    </message>
    <message>
        <location filename="../../model/storage.py" line="394"/>
        <source>{name} が壊れていたため {aside} として退避しましたが、元のファイルを片付けられませんでした（{reason}）。</source>
        <translation>{name} was damaged and has been set aside as {aside}, but the damaged file could not be cleared away ({reason}).</translation>
    </message>
    <message>
        <location filename="../../model/storage.py" line="398"/>
        <source>{name} が壊れていたため {aside} として退避しました。使えるバックアップがないため、空の状態から始めます。</source>
        <translation>{name} was damaged and has been set aside as {aside}. There is no usable backup, so it starts empty.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../model/summary.py" line="113"/>
        <source>事例 {id}</source>
        <translation>Case {id}</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="114"/>
        <source>団体</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="115"/>
        <source>人口</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="116"/>
        <source>{text}（{as_of}現在）</source>
        <translation>{text} (as of {as_of})</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="117"/>
        <source>人口規模</source>
        <translation>Population size</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="118"/>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="119"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="120"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="121"/>
        <source>メモ（ブックマーク）</source>
        <translation>Note (bookmark)</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="122"/>
        <source>事業の概要</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="123"/>
        <source>事業効果</source>
        <translation>Effects</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="124"/>
        <source>コスト</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="125"/>
        <source>区分</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="126"/>
        <source>金額</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="127"/>
        <source>内訳</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="128"/>
        <source>イニシャルコスト（税抜）</source>
        <translation>Initial cost (excl. tax)</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="129"/>
        <source>ランニングコスト（1年あたり・税抜）</source>
        <translation>Running cost (per year, excl. tax)</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="130"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="131"/>
        <source>この事例にはコストの掲載がありません。</source>
        <translation>This case gives no cost.</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="132"/>
        <source>コストは非公表です。</source>
        <translation>The cost is undisclosed.</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="133"/>
        <source>非公表</source>
        <translation>Undisclosed</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="134"/>
        <source>スケジュール</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="135"/>
        <source>検討開始から導入までの期間</source>
        <translation>Time from planning to launch</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="136"/>
        <source>時期</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="137"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="138"/>
        <source>この事例にはスケジュールの掲載がありません。</source>
        <translation>This case gives no schedule.</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="139"/>
        <source>サービス提供事業者等</source>
        <translation>Service providers</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="140"/>
        <source>サービス提供事業者</source>
        <translation>Providers</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="141"/>
        <source>サービス名称</source>
        <translation>Service name</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="142"/>
        <source>運用形態</source>
        <translation>Operating model</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="143"/>
        <source>その他の参画主体</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="144"/>
        <source>この事例にはサービス提供事業者等の掲載がありません。</source>
        <translation>This case gives no service providers.</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="145"/>
        <source>コスト・スケジュール・サービス提供事業者等</source>
        <translation>Cost, schedule and providers</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="146"/>
        <source>この事例にはコスト・スケジュール・サービス提供事業者等の掲載がありません。</source>
        <translation>This case gives no cost, schedule or providers.</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="148"/>
        <source>担当部署</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="149"/>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="150"/>
        <source>メール</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="151"/>
        <source>担当部署の掲載はありません。</source>
        <translation>No contact is given.</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="152"/>
        <source>関連URL</source>
        <translation>Related links</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="153"/>
        <source>受賞歴等</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="154"/>
        <source>インタビュー</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="155"/>
        <source>（紙面の都合で質問のみ掲載しています。回答はアプリでご覧ください。）</source>
        <translation>(Questions only, for lack of space. Read the answers in the app.)</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="157"/>
        <source>（紙面の都合で回答の一部を省略しています。全文はアプリでご覧ください。）</source>
        <translation>(Answers shortened for lack of space. Read them in full in the app.)</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="159"/>
        <source>（以下略）</source>
        <translation>(continued in the app)</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="160"/>
        <source>出典：総務省「自治体DX推進参考事例集」{volume}（事例 {id}）</source>
        <translation>Source: MIC, Local Government DX Casebook, {volume} (case {id})</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="161"/>
        <source>印刷日：{date}</source>
        <translation>Printed: {date}</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="162"/>
        <source>{y}年{m}月{d}日</source>
        <translation>{y}-{m:02d}-{d:02d}</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="163"/>
        <source>目次</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="164"/>
        <source>事例 {count} 件</source>
        <translation>Cases: {count}</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="165"/>
        <source>ページ</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../model/summary.py" line="166"/>
        <source>事例名</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>VolumeImport</name>
    <message>
        <location filename="../../gui/volume_import.py" line="23"/>
        <source>事例集を取り込む</source>
        <translation>Import Casebook Volume</translation>
    </message>
    <message>
        <location filename="../../gui/volume_import.py" line="24"/>
        <source>事例集のテキスト (*.txt);;すべてのファイル (*)</source>
        <translation>Casebook text (*.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/volume_import.py" line="39"/>
        <source>{file}: {count} 件を取り込みました（{number}．{name}）</source>
        <translation>{file}: cases imported: {count} ({number}. {name})</translation>
    </message>
    <message>
        <location filename="../../gui/volume_import.py" line="45"/>
        <source>ほか {n} 件の警告</source>
        <translation>warnings not shown: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/volume_import.py" line="35"/>
        <source>取り込めませんでした</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../gui/volume_import.py" line="47"/>
        <source>取り込みました</source>
        <translation>Import complete</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../cli/commands.py" line="22"/>
        <source>--db にフォルダが指定されました: {path}</source>
        <translation>--db names a folder: {path}</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="29"/>
        <location filename="../../cli/print_command.py" line="45"/>
        <source>事例が見つかりません: {id}（list で一覧を表示）</source>
        <translation>No such case: {id} (the list command shows all cases)</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="41"/>
        <location filename="../../cli/print_command.py" line="72"/>
        <source>出力先がフォルダです: {path}</source>
        <translation>The output is a folder: {path}</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="45"/>
        <source>書き出せません: {path}（{reason}）</source>
        <translation>Cannot write {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="54"/>
        <source>{file}: {count} 件を取り込みました（{number}．{name}）</source>
        <translation>{file}: cases imported: {count} ({number}. {name})</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="57"/>
        <source>警告: {warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="77"/>
        <source>{count} 件</source>
        <translation>Cases found: {count}</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="86"/>
        <location filename="../../cli/commands.py" line="116"/>
        <source>{path} に {count} 件を書き出しました</source>
        <translation>Wrote {path} (entries: {count})</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="103"/>
        <source>（ライブラリにない事例）</source>
        <translation>(not in the library)</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="109"/>
        <source>ブックマークしました: {id}</source>
        <translation>Bookmarked: {id}</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="112"/>
        <source>ブックマークされていません: {id}</source>
        <translation>Not bookmarked: {id}</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="113"/>
        <source>ブックマークを外しました: {id}</source>
        <translation>Bookmark removed: {id}</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="119"/>
        <source>{count} 件のブックマークを取り込みました</source>
        <translation>Bookmarks imported: {count}</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="129"/>
        <location filename="../../cli/print_command.py" line="64"/>
        <source>印刷する事例のIDか --bookmarked を指定してください</source>
        <translation>Give the IDs of the cases to print, or --bookmarked</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="28"/>
        <source>引数が正しくありません: {message}（--help で使い方を表示）</source>
        <translation>Invalid arguments: {message} (--help shows the usage)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="33"/>
        <source>DX事例ブラウザ: 自治体DX推進参考事例集のライブラリ</source>
        <translation>DX Casebook: browse, search and print the cases of the MIC Local Government DX Casebook</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="34"/>
        <source>このTinyDBファイルをライブラリ全体として使う</source>
        <translation>use this TinyDB file as the whole library</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="35"/>
        <source>表示言語（既定はシステムの言語）</source>
        <translation>display language (default: the system language)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="37"/>
        <source>起動して最初の事例を表示するまでの時間を出力して終了する</source>
        <translation>print the time from start until the first case is shown, then quit</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="40"/>
        <source>事例集のテキストを取り込む</source>
        <translation>import casebook text files</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="42"/>
        <source>事例の一覧</source>
        <translation>list the cases</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="43"/>
        <source>事例の全項目を表示</source>
        <translation>show every field of a case</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="45"/>
        <source>事例を検索（空白区切りの語はすべて含むもの）</source>
        <translation>search the cases (all space-separated words must match)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="47"/>
        <source>ライブラリを書き出す</source>
        <translation>export the library</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="51"/>
        <source>ブックマーク</source>
        <translation>bookmarks</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="64"/>
        <source>事例の概要をPDFに出力</source>
        <translation>write case summaries to a PDF</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="128"/>
        <source>画面（DISPLAY）がないためアプリを起動できません。コマンドは画面なしで使えます（--help）。</source>
        <translation>No display (DISPLAY) to start the app on. The commands work without one (--help).</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="152"/>
        <location filename="../../cli/main.py" line="165"/>
        <source>エラー: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <location filename="../../cli/print_command.py" line="35"/>
        <source>内部エラー: PDFの出力には QGuiApplication が必要です</source>
        <translation>Internal error: PDF output needs a QGuiApplication</translation>
    </message>
    <message>
        <location filename="../../cli/print_command.py" line="52"/>
        <source>ブックマークがありません（bookmarks add ID で追加）</source>
        <translation>No bookmarks (add one with: bookmarks add ID)</translation>
    </message>
    <message>
        <location filename="../../cli/print_command.py" line="57"/>
        <source>警告: ブックマークの事例がライブラリにありません: {id}</source>
        <translation>Warning: a bookmarked case is not in the library: {id}</translation>
    </message>
    <message>
        <location filename="../../cli/print_command.py" line="81"/>
        <source>{path} に {pages} ページを書き出しました（{count} 件）</source>
        <translation>Wrote {path} (pages: {pages}, cases: {count})</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="16"/>
        <source>団体名</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="17"/>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="18"/>
        <source>市区町村</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="19"/>
        <source>人口規模</source>
        <translation>Population size</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="20"/>
        <source>人口</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="21"/>
        <source>（{date}現在）</source>
        <translation> (as of {date})</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="22"/>
        <source>分類</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="23"/>
        <source>出典</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="24"/>
        <source>事業の概要</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="25"/>
        <source>事業効果</source>
        <translation>Effects</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="26"/>
        <source>コスト</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="27"/>
        <source>（コストの掲載なし）</source>
        <translation>(no cost given)</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="28"/>
        <source>イニシャルコスト</source>
        <translation>Initial cost</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="29"/>
        <source>ランニングコスト（1年あたり）</source>
        <translation>Running cost (per year)</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="30"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="31"/>
        <source>スケジュール</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="32"/>
        <source>（スケジュールの掲載なし）</source>
        <translation>(no schedule given)</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="33"/>
        <source>検討開始から導入までの期間</source>
        <translation>Time from planning to launch</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="34"/>
        <source>サービス提供事業者等</source>
        <translation>Service providers</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="35"/>
        <source>サービス提供事業者</source>
        <translation>Providers</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="36"/>
        <source>サービス名</source>
        <translation>Service name</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="37"/>
        <source>運用形態</source>
        <translation>Operating model</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="38"/>
        <source>その他参画主体</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="39"/>
        <source>担当部署</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="40"/>
        <source>{department}（電話：{phone}、メール：{email}）</source>
        <translation>{department} (phone: {phone}, email: {email})</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="41"/>
        <source>インタビュー</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="42"/>
        <source>（この巻には掲載なし）</source>
        <translation>(not included in this volume)</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="43"/>
        <source>関連URL</source>
        <translation>Related links</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="44"/>
        <source>受賞歴等</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../cli/render.py" line="45"/>
        <source>（掲載なし）</source>
        <translation>(none given)</translation>
    </message>
</context>
</TS>
