<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>DX事例ブラウザについて</source>
        <translation>About DX Casebook</translation>
    </message>
    <message>
        <source>このアプリについて</source>
        <translation>About this app</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>フォントのライセンス</source>
        <translation>Font licence</translation>
    </message>
    <message>
        <source>データのライセンス</source>
        <translation>Data licence</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>None</translation>
    </message>
    <message>
        <source>DX事例ブラウザ</source>
        <translation>DX Casebook</translation>
    </message>
    <message>
        <source>バージョン {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>総務省「自治体DX推進参考事例集」の事例を検索・閲覧し、ブックマークとメモを残し、要約を印刷するためのアプリです。</source>
        <translation>An app to search and read the cases of the MIC casebook of local government DX, bookmark them with notes and print summaries.</translation>
    </message>
    <message>
        <source>データの出典</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <source>総務省「自治体DX推進参考事例集」</source>
        <translation>Ministry of Internal Affairs and Communications: casebook of local government DX (Jichitai DX suishin sanko jireishu)</translation>
    </message>
    <message>
        <source>収録事例: {n}件</source>
        <translation>Cases: {n}</translation>
    </message>
    <message>
        <source>同梱のフォントとデータ</source>
        <translation>Bundled font and data</translation>
    </message>
    <message>
        <source>IPAexゴシック（IPAフォントライセンスv1.0）</source>
        <translation>IPAexGothic (IPA Font License v1.0)</translation>
    </message>
    <message>
        <source>全国地方公共団体コードと位置（data/municipalities-LICENSE.md）</source>
        <translation>Local government codes and locations (data/municipalities-LICENSE.md)</translation>
    </message>
    <message>
        <source>README（使い方）を開く</source>
        <translation>Open the README (how to use)</translation>
    </message>
</context>
<context>
    <name>Amount</name>
    <message>
        <source>{amount}千円</source>
        <translation>¥{amount} thousand</translation>
    </message>
    <message>
        <source>{amount}円</source>
        <translation>¥{amount}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>DX事例ブラウザ</source>
        <translation>DX Casebook</translation>
    </message>
    <message>
        <source>ライブラリを開けませんでした。{error}</source>
        <translation>Could not open the case library. {error}</translation>
    </message>
</context>
<context>
    <name>BookmarkActions</name>
    <message>
        <source>{id} をブックマークしました。</source>
        <translation>Bookmarked {id}.</translation>
    </message>
    <message>
        <source>{id} のブックマークを外しました。</source>
        <translation>Removed the bookmark of {id}.</translation>
    </message>
    <message>
        <source>ブックマークを外す</source>
        <translation>Remove Bookmark</translation>
    </message>
    <message>
        <source>ブックマークに追加</source>
        <translation>Add Bookmark</translation>
    </message>
    <message>
        <source>印刷プレビュー…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <source>ブックマークを書き出す</source>
        <translation>Export Bookmark List</translation>
    </message>
    <message>
        <source>リーディングリスト (*.json)</source>
        <translation>Bookmark list (*.json)</translation>
    </message>
    <message>
        <source>{n}件のブックマークを書き出しました。</source>
        <translation>Bookmarks exported: {n}.</translation>
    </message>
    <message>
        <source>ブックマークを読み込む</source>
        <translation>Import Bookmark List</translation>
    </message>
    <message>
        <source>{n}件のブックマークを追加しました。</source>
        <translation>Bookmarks added: {n}.</translation>
    </message>
</context>
<context>
    <name>BookmarkEditor</name>
    <message>
        <source>コレクションに追加</source>
        <translation>Add to collection</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>連絡記録を追加</source>
        <translation>Add to the contact log</translation>
    </message>
    <message>
        <source>連絡記録を追加（例: 電話で総務課に照会、資料送付の約束）</source>
        <translation>Add a contact log entry (e.g. phoned the general affairs section; they will send material)</translation>
    </message>
    <message>
        <source>記録する</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>コレクション: {names}</source>
        <translation>Collections: {names}</translation>
    </message>
    <message>
        <source>コレクション: なし</source>
        <translation>Collections: none</translation>
    </message>
    <message>
        <source>この記録を削除</source>
        <translation>Delete this entry</translation>
    </message>
    <message>
        <source>新しいコレクション…</source>
        <translation>New collection…</translation>
    </message>
    <message>
        <source>新しいコレクション</source>
        <translation>New collection</translation>
    </message>
    <message>
        <source>名前（例: 12月課長会議）:</source>
        <translation>Name (e.g. December section chiefs&apos; meeting):</translation>
    </message>
</context>
<context>
    <name>BookmarkModel</name>
    <message>
        <source>コレクション「{name}」をゴミ箱へ移しました。</source>
        <translation>Moved the collection “{name}” to the trash.</translation>
    </message>
    <message>
        <source>{id} をゴミ箱へ移しました（メモ・状態・記録ごと）。</source>
        <translation>Moved {id} to the trash (with its note, status and log).</translation>
    </message>
    <message>
        <source>{n}件のブックマークをゴミ箱へ移しました。</source>
        <translation>Moved {n} bookmarks to the trash.</translation>
    </message>
    <message>
        <source>コレクション「{name}」を元に戻しました。</source>
        <translation>Restored the collection “{name}”.</translation>
    </message>
    <message>
        <source>{n}件のブックマークを元に戻しました。</source>
        <translation>Restored {n} bookmarks.</translation>
    </message>
</context>
<context>
    <name>BookmarkTableModel</name>
    <message>
        <source>事例</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>団体</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>最終記録</source>
        <translation>Last log</translation>
    </message>
    <message>
        <source>追加日</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>（ライブラリにない事例）</source>
        <translation>(case not in the library)</translation>
    </message>
    <message>
        <source>（最新版に掲載なし）</source>
        <translation>(not in the latest edition)</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>{name} の内容が正しくないため読み込めませんでした。ファイルはそのまま残してあります。</source>
        <translation>The content of {name} is not valid, so it could not be read. The file has been left as it is.</translation>
    </message>
    <message>
        <source>{name} は新しい版の DX事例ブラウザで保存されたため変更できません（形式の版 {version}）。新しい版をお使いください。</source>
        <translation>{name} was saved by a newer version of DX Casebook and cannot be changed (format version {version}). Please use the newer version.</translation>
    </message>
    <message>
        <source>記録は1件の事例につき {limit} 件までです。</source>
        <translation>A case can have at most {limit} log entries.</translation>
    </message>
    <message>
        <source>{name} を取り込むと {id} のメモが長くなりすぎるため取り込みませんでした。</source>
        <translation>{name} was not imported: the note of {id} would become too long.</translation>
    </message>
    <message>
        <source>{name} を取り込むとブックマークが {limit} 件を超えるため取り込みませんでした。</source>
        <translation>{name} was not imported: there would be more than {limit} bookmarks.</translation>
    </message>
    <message>
        <source>{recovered} この変更は保存されていません。もう一度操作してください。</source>
        <translation>{recovered} This change was not saved. Please try again.</translation>
    </message>
    <message>
        <source>{name} は大きすぎるため、ブックマークのファイルではありません。</source>
        <translation>{name} is too large to be a bookmark file.</translation>
    </message>
    <message>
        <source>{name} を読み込めませんでした（{reason}）。</source>
        <translation>Could not read {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} は通常のファイルではないため読み込めません。</source>
        <translation>{name} is not a regular file and cannot be read.</translation>
    </message>
    <message>
        <source>{name} は JSON ではないため、ブックマークとして読み込めませんでした。</source>
        <translation>{name} is not a JSON file, so its bookmarks could not be read.</translation>
    </message>
    <message>
        <source>{name} は DX事例ブラウザのブックマークファイルではありません。</source>
        <translation>{name} is not a DX Casebook bookmark file.</translation>
    </message>
    <message>
        <source>{name} は新しい版の DX事例ブラウザで書き出されたため読み込めません（形式の版 {version}）。</source>
        <translation>{name} was written by a newer version of DX Casebook and cannot be read (format version {version}).</translation>
    </message>
    <message>
        <source>{name} のブックマークが多すぎます（{count} 件。{limit} 件まで）。</source>
        <translation>{name} has too many bookmarks ({count}; at most {limit}).</translation>
    </message>
    <message>
        <source>{name} の {number} 件目のブックマークが正しくありません: {reason}</source>
        <translation>Bookmark {number} in {name} is not valid: {reason}</translation>
    </message>
    <message>
        <source>{name} の {number} 件目のブックマークが正しくありません。</source>
        <translation>Bookmark no. {number} in {name} is not valid.</translation>
    </message>
    <message>
        <source>コレクションが多すぎます。</source>
        <translation>There are too many collections.</translation>
    </message>
    <message>
        <source>コレクション「{name}」はすでにあります。</source>
        <translation>The collection “{name}” already exists.</translation>
    </message>
    <message>
        <source>未着手</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>検討中</source>
        <translation>Considering</translation>
    </message>
    <message>
        <source>問い合わせ済</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>採用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>見送り</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>事例のIDが正しくありません。</source>
        <translation>The case ID is not valid.</translation>
    </message>
    <message>
        <source>メモが文字列ではありません。</source>
        <translation>The note is not text.</translation>
    </message>
    <message>
        <source>メモが長すぎます（{count} 文字。{limit} 文字まで）。</source>
        <translation>The note is too long ({count} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>状態「{status}」はありません（使えるのは {choices}）。</source>
        <translation>There is no status “{status}” (available: {choices}).</translation>
    </message>
    <message>
        <source>日付「{value}」が正しくありません（例: 2026-12-01）。</source>
        <translation>The date “{value}” is not valid (example: 2026-12-01).</translation>
    </message>
    <message>
        <source>記録の内容が空です。</source>
        <translation>The log entry is empty.</translation>
    </message>
    <message>
        <source>記録が長すぎます（{count} 文字。{limit} 文字まで）。</source>
        <translation>The log entry is too long ({count} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>コレクションの名前が空です。</source>
        <translation>The collection name is empty.</translation>
    </message>
    <message>
        <source>コレクションの名前が長すぎます（{limit} 文字まで）。</source>
        <translation>The collection name is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>コレクションの名前に改行や制御文字は使えません。</source>
        <translation>A collection name cannot contain line breaks or control characters.</translation>
    </message>
    <message>
        <source>【このファイルは新しい版の DX事例ブラウザで保存されています。新しい版で開いてください。ここで追加したブックマークは新しい版で開いたときに取り込まれます】</source>
        <translation>[This file was saved by a newer version of DX Casebook. Please open it with the newer version. Bookmarks added here will be merged in when the newer version opens it]</translation>
    </message>
    <message>
        <source>状態が食い違っていたため新しい方の「{kept}」にしました（もう一方は「{other}」）</source>
        <translation>The statuses differed; the newer one, “{kept}”, was kept (the other was “{other}”)</translation>
    </message>
    <message>
        <source>ブックマークは {limit} 件までです。</source>
        <translation>At most {limit} bookmarks are allowed.</translation>
    </message>
    <message>
        <source>コレクション「{name}」はありません。</source>
        <translation>There is no collection “{name}”.</translation>
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <source>ブックマークの一覧</source>
        <translation>List the bookmarks</translation>
    </message>
    <message>
        <source>ブックマークはまだありません。
事例を開いて Ctrl+D か ☆ で追加できます。</source>
        <translation>No bookmarks yet.
Open a case and press Ctrl+D or click ☆ to add one.</translation>
    </message>
    <message>
        <source>ダブルクリックか Enter で開きます。右クリックで状態・コレクション・削除。Delete でゴミ箱へ（Ctrl+Z で元に戻せます）。</source>
        <translation>Double-click or Enter opens a case. Right-click for status, collections and removal. Delete moves to the trash (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <source>このコレクションにはまだ事例がありません。
一覧で右クリックして「コレクションに追加」できます。</source>
        <translation>This collection has no cases yet.
Right-click bookmarks in the list and choose “Add to collection”.</translation>
    </message>
    <message>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>コレクションに追加</source>
        <translation>Add to collection</translation>
    </message>
    <message>
        <source>新しいコレクション…</source>
        <translation>New collection…</translation>
    </message>
    <message>
        <source>「{name}」から外す</source>
        <translation>Remove from “{name}”</translation>
    </message>
    <message>
        <source>ゴミ箱へ移す (Delete)</source>
        <translation>Move to the trash (Delete)</translation>
    </message>
    <message>
        <source>元に戻す (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>新しいコレクション</source>
        <translation>New collection</translation>
    </message>
    <message>
        <source>名前（例: 12月課長会議）:</source>
        <translation>Name (e.g. December section chiefs&apos; meeting):</translation>
    </message>
</context>
<context>
    <name>CaseSchema</name>
    <message>
        <source>事例 {where}: 項目 {key} がありません</source>
        <translation>Case {where}: field {key} is missing</translation>
    </message>
    <message>
        <source>事例 {where}: 形式にない項目 {key} があります</source>
        <translation>Case {where}: field {key} is not part of the format</translation>
    </message>
    <message>
        <source>事例 {where}: 項目 {key} の値が正しくありません（{expected} が必要）</source>
        <translation>Case {where}: field {key} has a wrong value ({expected} expected)</translation>
    </message>
    <message>
        <source>事例 {where}: 事例がオブジェクトではありません</source>
        <translation>Case {where}: the case is not an object</translation>
    </message>
    <message>
        <source>形式にない表 {table} があります</source>
        <translation>table {table} is not part of the format</translation>
    </message>
    <message>
        <source>{doc_id}（{case_id}）</source>
        <translation>{doc_id} ({case_id})</translation>
    </message>
    <message>
        <source>事例 {where}: 事例IDが重複しています</source>
        <translation>Case {where}: the case id appears twice</translation>
    </message>
    <message>
        <source>表 {table} の {doc_id} が正しくありません</source>
        <translation>Entry {doc_id} of table {table} is not valid</translation>
    </message>
</context>
<context>
    <name>CaseTreeModel</name>
    <message>
        <source>さらに {n} 件を表示</source>
        <translation>Show {n} more</translation>
    </message>
    <message>
        <source>さらに {n} 件を表示（残り {rest} 件）</source>
        <translation>Show {n} more ({rest} not shown)</translation>
    </message>
    <message>
        <source>{id}  {organization}（{band}）
{title}</source>
        <translation>{id}  {organization} ({band})
{title}</translation>
    </message>
    <message>
        <source>メモに一致</source>
        <translation>Matches your note</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <source>コレクション</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>＋ 新しいコレクション</source>
        <translation>+ New collection</translation>
    </message>
    <message>
        <source>名前を変更</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>使う</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>このコレクションを印刷・書き出し・比較・会議資料に</source>
        <translation>Print, export, compare or make a meeting pack of this collection</translation>
    </message>
    <message>
        <source>すべてのブックマーク ({n})</source>
        <translation>All bookmarks ({n})</translation>
    </message>
    <message>
        <source>ゴミ箱 ({n})</source>
        <translation>Trash ({n})</translation>
    </message>
    <message>
        <source>新しいコレクション…</source>
        <translation>New collection…</translation>
    </message>
    <message>
        <source>名前を変更…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>このコレクションを書き出す…</source>
        <translation>Export this collection…</translation>
    </message>
    <message>
        <source>削除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>印刷プレビュー…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <source>Excel・CSV・JSON に書き出す…</source>
        <translation>Export to Excel, CSV or JSON…</translation>
    </message>
    <message>
        <source>比較…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <source>会議資料を作成…</source>
        <translation>Create Meeting Pack…</translation>
    </message>
    <message>
        <source>新しいコレクション</source>
        <translation>New collection</translation>
    </message>
    <message>
        <source>名前（例: 12月課長会議）:</source>
        <translation>Name (e.g. December section chiefs&apos; meeting):</translation>
    </message>
    <message>
        <source>コレクションを書き出す</source>
        <translation>Export collection</translation>
    </message>
    <message>
        <source>リーディングリスト (*.json)</source>
        <translation>Reading list (*.json)</translation>
    </message>
    <message>
        <source>コレクションの名前を変更</source>
        <translation>Rename collection</translation>
    </message>
    <message>
        <source>新しい名前:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>コレクションを削除</source>
        <translation>Delete collection</translation>
    </message>
    <message>
        <source>コレクション「{name}」を削除しますか？
ブックマーク自体は残ります。ゴミ箱から、または Ctrl+Z で元に戻せます。</source>
        <translation>Delete the collection “{name}”?
The bookmarks themselves stay. You can undo this from the trash or with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>比較するには事例を{min}件以上選んでください。</source>
        <translation>Choose at least {min} cases to compare.</translation>
    </message>
    <message>
        <source>比較できるのは{max}件までです（{count}件選ばれています）。</source>
        <translation>At most {max} cases can be compared ({count} are chosen).</translation>
    </message>
    <message>
        <source>（全{count}件）</source>
        <translation>({count} entries in all)</translation>
    </message>
    <message>
        <source>事例の比較（{count}件）</source>
        <translation>Comparison of {count} cases</translation>
    </message>
    <message>
        <source>網掛けの項目は事例によって内容が異なります。</source>
        <translation>Shaded rows differ between the cases.</translation>
    </message>
    <message>
        <source>問い合わせ先一覧</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>事例の比較</source>
        <translation>Compare cases</translation>
    </message>
    <message>
        <source>違いのある項目だけ表示</source>
        <translation>Show only rows that differ</translation>
    </message>
    <message>
        <source>全文を表示</source>
        <translation>Show full text</translation>
    </message>
    <message>
        <source>事業の概要などの長い項目を最初の数行ではなく全文で表示します</source>
        <translation>Show long rows such as the overview in full instead of their first lines</translation>
    </message>
    <message>
        <source>◀ 左へ</source>
        <translation>◀ Left</translation>
    </message>
    <message>
        <source>右へ ▶</source>
        <translation>Right ▶</translation>
    </message>
    <message>
        <source>列を削除</source>
        <translation>Remove column</translation>
    </message>
    <message>
        <source>印刷プレビュー…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <source>PDFに出力…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Excelに書き出す…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>事例によって内容が異なります</source>
        <translation>The cases differ here</translation>
    </message>
    <message>
        <source>ダブルクリックで全文を表示</source>
        <translation>Double-click to show the full text</translation>
    </message>
    <message>
        <source>事例の比較_{ids}</source>
        <translation>comparison_{ids}</translation>
    </message>
    <message>
        <source>Excelに書き出す</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel ブック (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDFに出力</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF ファイル (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <source>事業の概要の掲載がありません。</source>
        <translation>No overview is given.</translation>
    </message>
    <message>
        <source>担当部署の掲載がありません。</source>
        <translation>No contact is given.</translation>
    </message>
    <message>
        <source>関連URLの掲載がありません。</source>
        <translation>No related links are listed.</translation>
    </message>
    <message>
        <source>この事例には事業効果の掲載がありません。</source>
        <translation>This case gives no effects.</translation>
    </message>
    <message>
        <source>非公表（金額は公表されていません）</source>
        <translation>Undisclosed (the amount has not been published)</translation>
    </message>
    <message>
        <source>{text}（金額の記載なし）</source>
        <translation>{text} (no amount given)</translation>
    </message>
    <message>
        <source>金額の記載なし</source>
        <translation>No amount given</translation>
    </message>
    <message>
        <source>掲載がありません。</source>
        <translation>Not given.</translation>
    </message>
    <message>
        <source>この事例にはコストの掲載がありません。</source>
        <translation>This case gives no cost.</translation>
    </message>
    <message>
        <source>この事例にはスケジュールの掲載がありません。</source>
        <translation>This case gives no schedule.</translation>
    </message>
    <message>
        <source>スケジュールの掲載がありません。</source>
        <translation>No schedule is given.</translation>
    </message>
    <message>
        <source>記載なし</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>手順の掲載がありません。</source>
        <translation>No steps are given.</translation>
    </message>
    <message>
        <source>サービス提供事業者等の掲載がありません。</source>
        <translation>No service providers are given.</translation>
    </message>
    <message>
        <source>この事例にはインタビューの掲載がありません。</source>
        <translation>This case has no interview.</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>効果</source>
        <translation>Effects</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>左の一覧から事例を選んでください。</source>
        <translation>Select a case in the list on the left.</translation>
    </message>
    <message>
        <source>ブックマークの切り替え (Ctrl+D)</source>
        <translation>Bookmark or unbookmark (Ctrl+D)</translation>
    </message>
    <message>
        <source>現在の条件に合いません</source>
        <translation>Not in the current filters</translation>
    </message>
    <message>
        <source>この事例は検索や絞り込みの条件に合わないため、左の一覧にはありません。</source>
        <translation>This case does not match the current search and filters, so it is not in the list on the left.</translation>
    </message>
    <message>
        <source>ブックマークのメモ</source>
        <translation>Bookmark note</translation>
    </message>
    <message>
        <source>事例の詳細</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>事例の見出し</source>
        <translation>Case header</translation>
    </message>
    <message>
        <source>{volume}（第{edition}版）</source>
        <translation>{volume} (edition {edition})</translation>
    </message>
    <message>
        <source>この事例には掲載がありません</source>
        <translation>Not given for this case</translation>
    </message>
    <message>
        <source>リンクを開けませんでした: {url}</source>
        <translation>Could not open the link: {url}</translation>
    </message>
    <message>
        <source>安全のため、このリンクは開きません: {url}</source>
        <translation>For your safety, this link is not opened: {url}</translation>
    </message>
    <message>
        <source>★ ブックマーク済み</source>
        <translation>★ Bookmarked</translation>
    </message>
    <message>
        <source>☆ ブックマーク</source>
        <translation>☆ Bookmark</translation>
    </message>
    <message>
        <source>メモ（自動で保存されます）</source>
        <translation>Note (saved automatically)</translation>
    </message>
    <message>
        <source>ブックマークするとメモを書けます</source>
        <translation>Bookmark this case to write a note</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <source>変更はありません（{count} 件）</source>
        <translation>No changes ({count} cases)</translation>
    </message>
    <message>
        <source>新規 {id} {organization}：{title}</source>
        <translation>New {id} {organization}: {title}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>更新 {id}（旧 {old_id}） {organization}：{fields}</source>
        <translation>Updated {id} (was {old_id}) {organization}: {fields}</translation>
    </message>
    <message>
        <source>更新 {id} {organization}：{fields}</source>
        <translation>Updated {id} {organization}: {fields}</translation>
    </message>
    <message>
        <source>掲載終了 {id} {organization}：{title}</source>
        <translation>No longer listed {id} {organization}: {title}</translation>
    </message>
    <message>
        <source>番号の変わった事例 {count} 件</source>
        <translation>Renumbered: {count} cases</translation>
    </message>
    <message>
        <source>変更なし {count} 件</source>
        <translation>Unchanged: {count} cases</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>条件をクリア</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>ライブラリに事例がありません。ファイル → 事例集を取り込む… で追加できます。</source>
        <translation>The library has no cases. Add some with File → Import casebook….</translation>
    </message>
    <message>
        <source>{total}件の事例のうち、次の条件に合うものはありません。

{filters}</source>
        <translation>None of the {total} cases matches these conditions:

{filters}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>ディスクの空き容量が足りません</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>書き込みが許可されていません</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>フォルダーがありません</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>書き出せません: {path}（{reason}）</source>
        <translation>Cannot write {path} ({reason})</translation>
    </message>
    <message>
        <source>フォルダーです</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>読み取り専用のファイルです</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <source>DX事例ブラウザ 事例一覧</source>
        <translation>DX Casebook cases</translation>
    </message>
    <message>
        <source>事例</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>DX事例ブラウザ 事例の比較</source>
        <translation>DX Casebook comparison</translation>
    </message>
    <message>
        <source>比較</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>書き出し</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>{scope}（{count}件）</source>
        <translation>{scope} ({count} cases)</translation>
    </message>
    <message>
        <source>対象</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Excel ブック (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV（UTF-8, Excel 用）(.csv)</source>
        <translation>CSV (UTF-8, for Excel) (.csv)</translation>
    </message>
    <message>
        <source>JSON（事例データ）(.json)</source>
        <translation>JSON (case data) (.json)</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>書き出しています…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>書き出し</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>ファイルを仕上げています…</source>
        <translation>Finishing the file…</translation>
    </message>
</context>
<context>
    <name>FacetButton</name>
    <message>
        <source>{caption}: すべて</source>
        <translation>{caption}: all</translation>
    </message>
    <message>
        <source>{caption}: {n}件</source>
        <translation>{caption}: {n} selected</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>{text}（{date}現在）</source>
        <translation>{text} (as of {date})</translation>
    </message>
    <message>
        <source>事例番号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>分類</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>小分類</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>事例名</source>
        <translation>Case title</translation>
    </message>
    <message>
        <source>団体名</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>市区町村</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>人口規模</source>
        <translation>Population size</translation>
    </message>
    <message>
        <source>人口</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>事業の概要</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>事業効果</source>
        <translation>Effects</translation>
    </message>
    <message>
        <source>イニシャルコスト（税抜）</source>
        <translation>Initial cost (excl. tax)</translation>
    </message>
    <message>
        <source>ランニングコスト（1年あたり・税抜）</source>
        <translation>Running cost (per year, excl. tax)</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>検討開始から導入までの期間</source>
        <translation>Time from planning to launch</translation>
    </message>
    <message>
        <source>スケジュール</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>サービス提供事業者</source>
        <translation>Providers</translation>
    </message>
    <message>
        <source>サービス名</source>
        <translation>Service name</translation>
    </message>
    <message>
        <source>運用形態</source>
        <translation>Operating model</translation>
    </message>
    <message>
        <source>その他参画主体</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <source>担当部署</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>メール</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>関連URL</source>
        <translation>Related links</translation>
    </message>
    <message>
        <source>受賞歴等</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>インタビュー</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>インタビュー欄の掲載先</source>
        <translation>Where the interview is printed</translation>
    </message>
    <message>
        <source>出典</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>{yen}円/人</source>
        <translation>¥{yen} per resident</translation>
    </message>
    <message>
        <source>住民1人あたり初期費用</source>
        <translation>Initial cost per resident</translation>
    </message>
    <message>
        <source>コスト</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>サービス提供事業者等</source>
        <translation>Service providers</translation>
    </message>
    <message>
        <source>内訳</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>金額</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>非公表</source>
        <translation>Undisclosed</translation>
    </message>
    <message>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>連絡記録</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <source>人口規模・人口</source>
        <translation>Population band / population</translation>
    </message>
    <message>
        <source>担当部署・電話・メール</source>
        <translation>Department / phone / e-mail</translation>
    </message>
    <message>
        <source>人口の基準日</source>
        <translation>Population as of</translation>
    </message>
    <message>
        <source>初期費用</source>
        <translation>Initial cost</translation>
    </message>
    <message>
        <source>年間費用</source>
        <translation>Annual cost</translation>
    </message>
    <message>
        <source>導入期間</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <source>★</source>
        <translation>★</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>検索「{text}」</source>
        <translation>search &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>地方: {values}</source>
        <translation>Region: {values}</translation>
    </message>
    <message>
        <source>都道府県: {values}</source>
        <translation>Prefecture: {values}</translation>
    </message>
    <message>
        <source>人口規模: {values}</source>
        <translation>Population band: {values}</translation>
    </message>
    <message>
        <source>新規のみ</source>
        <translation>New only</translation>
    </message>
    <message>
        <source>コスト情報あり</source>
        <translation>With cost figures</translation>
    </message>
    <message>
        <source>ブックマークのみ</source>
        <translation>Bookmarked only</translation>
    </message>
    <message>
        <source>状態: {values}</source>
        <translation>Status: {values}</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>事例集を取り込んでいます</source>
        <translation>Importing casebooks</translation>
    </message>
    <message>
        <source>読み込みを始めています…</source>
        <translation>Starting to read…</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>ファイル {done} / {total} ・ 事例 {cases} 件</source>
        <translation>File {done} of {total} · {cases} cases</translation>
    </message>
    <message>
        <source>キャンセルしています…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>ファイルが見つかりません: {name}</source>
        <translation>File not found: {name}</translation>
    </message>
    <message>
        <source>通常のファイルではないため読み込めません（パイプやデバイスなど）: {name}</source>
        <translation>Cannot read this: not a regular file (a pipe, a device or similar): {name}</translation>
    </message>
    <message>
        <source>フォルダーは読み込めません。事例集のテキストファイルを指定してください: {name}</source>
        <translation>Cannot read a folder. Please choose a casebook text file: {name}</translation>
    </message>
    <message>
        <source>ファイルを読み込めません（{reason}）: {name}</source>
        <translation>Cannot read the file ({reason}): {name}</translation>
    </message>
    <message>
        <source>ファイルが大きすぎるため読み込めません（{size} MB 以上、上限 {limit} MB）: {name}</source>
        <translation>The file is too large to read ({size} MB or more, the limit is {limit} MB): {name}</translation>
    </message>
    <message>
        <source>空のファイルです: {name}</source>
        <translation>The file is empty: {name}</translation>
    </message>
    <message>
        <source>事例集のテキストではありません（バイナリファイルです）: {name}</source>
        <translation>Not casebook text (this is a binary file): {name}</translation>
    </message>
    <message>
        <source>文字コードを判別できません（UTF-8 でも Shift_JIS(CP932) でもありません）: {name}</source>
        <translation>Unknown text encoding (neither UTF-8 nor Shift_JIS (CP932)): {name}</translation>
    </message>
    <message>
        <source>事例集のテキストを解析できません（{error}）: {name}</source>
        <translation>Cannot parse the casebook text ({error}): {name}</translation>
    </message>
    <message>
        <source>事例集のテキストではありません（事例の見出しが見つかりません）: {name}</source>
        <translation>Not casebook text (no case headings found): {name}</translation>
    </message>
    <message>
        <source>{id}: 同じ番号の事例が重複しているため、後のものを読み飛ばしました</source>
        <translation>{id}: another case has the same number; the later one was skipped</translation>
    </message>
    <message>
        <source>{id}: 事例を読み取れなかったため読み飛ばしました（{error}）</source>
        <translation>{id}: the case could not be read and was skipped ({error})</translation>
    </message>
    <message>
        <source>人口区分のラベルが見つからないため、参考情報の人口から判定しました</source>
        <translation>no population size label; the size was derived from the population in the reference information</translation>
    </message>
    <message>
        <source>人口区分が見つかりません</source>
        <translation>no population size found</translation>
    </message>
    <message>
        <source>分類（①など）が見つかりません</source>
        <translation>no subcategory (①, ②, …) found</translation>
    </message>
    <message>
        <source>Point が見つかりません</source>
        <translation>no Point found</translation>
    </message>
    <message>
        <source>事業の概要が見つかりません</source>
        <translation>no overview found</translation>
    </message>
    <message>
        <source>事業効果が見つかりません</source>
        <translation>no effects found</translation>
    </message>
    <message>
        <source>参考情報（人口）が見つかりません</source>
        <translation>no reference information (population) found</translation>
    </message>
    <message>
        <source>担当部署が見つかりません</source>
        <translation>no contact found</translation>
    </message>
    <message>
        <source>インタビューが見つかりません</source>
        <translation>no interview found</translation>
    </message>
    <message>
        <source>質問「{question}」の回答が見つかりません</source>
        <translation>no answer found to the question “{question}”</translation>
    </message>
    <message>
        <source>ファイルの終わりがありません</source>
        <translation>the end of the file is missing</translation>
    </message>
    <message>
        <source>暗号化（パスワード保護）されたPDFは読み込めません。保護を解除してください: {name}</source>
        <translation>Cannot read an encrypted (password-protected) PDF. Remove the protection first: {name}</translation>
    </message>
    <message>
        <source>PDFの構造を読み取れません</source>
        <translation>its structure cannot be read</translation>
    </message>
    <message>
        <source>ページ数が多すぎます</source>
        <translation>it has too many pages</translation>
    </message>
    <message>
        <source>文字が多すぎます</source>
        <translation>it holds too much text</translation>
    </message>
    <message>
        <source>ページを読み取れません</source>
        <translation>a page cannot be read</translation>
    </message>
    <message>
        <source>テキストを含まないPDFです（OCRが必要です）: {name}</source>
        <translation>This PDF contains no text (it needs OCR): {name}</translation>
    </message>
    <message>
        <source>PDFが壊れているため読み込めません（{reason}）: {name}</source>
        <translation>Cannot read this PDF, it is damaged ({reason}): {name}</translation>
    </message>
</context>
<context>
    <name>JapanMap</name>
    <message>
        <source>日本地図: 都道府県で絞り込む</source>
        <translation>Map of Japan: filter by prefecture</translation>
    </message>
    <message>
        <source>{pref}: {n}件</source>
        <translation>{pref}: {n} cases</translation>
    </message>
    <message>
        <source>（自分の団体）</source>
        <translation> (your organization)</translation>
    </message>
    <message>
        <source>一致する事例の件数</source>
        <translation>Matching cases</translation>
    </message>
    <message>
        <source>0件</source>
        <translation>0 cases</translation>
    </message>
    <message>
        <source>{n}件</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>{low}〜{high}件</source>
        <translation>{low}–{high} cases</translation>
    </message>
    <message>
        <source>選択中（絞り込み）</source>
        <translation>Selected (filter)</translation>
    </message>
    <message>
        <source>自分の団体の都道府県</source>
        <translation>Your organization&apos;s prefecture</translation>
    </message>
    <message>
        <source>、選択中</source>
        <translation>, selected</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{focus}。選択: {chosen}</source>
        <translation>{focus}. Selected: {chosen}</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>{file}: {count} 件を取り込みました（{number}．{name}）</source>
        <translation>{file}: cases imported: {count} ({number}. {name})</translation>
    </message>
    <message>
        <source>事例が見つかりません: {file}</source>
        <translation>No cases found: {file}</translation>
    </message>
    <message>
        <source>フォルダに事例集のファイル（.pdf・.txt）がありません: {path}</source>
        <translation>The folder has no casebook files (.pdf, .txt): {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DX事例ブラウザ</source>
        <translation>DX Casebook</translation>
    </message>
    <message>
        <source>事例の一覧</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>事例</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>コレクション</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>コレクション「{name}」に事例がありません。</source>
        <translation>The collection “{name}” has no cases.</translation>
    </message>
    <message>
        <source>表示中の一覧</source>
        <translation>The list on screen</translation>
    </message>
    <message>
        <source>ブックマーク</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>ライブラリ全体</source>
        <translation>The whole library</translation>
    </message>
    <message>
        <source>コレクション: {name}</source>
        <translation>Collection: {name}</translation>
    </message>
    <message>
        <source>書き出しました: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>事例を選ぶか、ブックマークしてから作成してください。</source>
        <translation>Select cases or bookmark some first.</translation>
    </message>
    <message>
        <source>会議資料を作成</source>
        <translation>Create meeting pack</translation>
    </message>
    <message>
        <source>事例とブックマーク</source>
        <translation>Cases and bookmarks</translation>
    </message>
    <message>
        <source>検索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>ブックマークの切り替え</source>
        <translation>Toggle Bookmark</translation>
    </message>
    <message>
        <source>戻る</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>進む</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>印刷プレビュー…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>この事例をPDFに出力…</source>
        <translation>Export This Case as PDF…</translation>
    </message>
    <message>
        <source>ブックマークを一括印刷…</source>
        <translation>Print All Bookmarks…</translation>
    </message>
    <message>
        <source>ブックマークをPDFに出力…</source>
        <translation>Export Bookmarks as PDF…</translation>
    </message>
    <message>
        <source>ブックマークした事例をまとめてPDFに出力します</source>
        <translation>Export all bookmarked cases to one PDF</translation>
    </message>
    <message>
        <source>ブックマークを書き出す…</source>
        <translation>Export Bookmark List…</translation>
    </message>
    <message>
        <source>ブックマークを読み込む…</source>
        <translation>Import Bookmark List…</translation>
    </message>
    <message>
        <source>事例集を取り込む…</source>
        <translation>Import Casebook Volume…</translation>
    </message>
    <message>
        <source>取り込んだ事例集を削除…</source>
        <translation>Remove imported casebook…</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>このアプリについて</source>
        <translation>About DX Casebook</translation>
    </message>
    <message>
        <source>選んだ事例を比較…</source>
        <translation>Compare Selected Cases…</translation>
    </message>
    <message>
        <source>Ctrl/Shift+クリックで2〜6件を選んで比較します</source>
        <translation>Select 2–6 cases with Ctrl/Shift+click to compare them</translation>
    </message>
    <message>
        <source>書き出し…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>会議資料を作成…</source>
        <translation>Create Meeting Pack…</translation>
    </message>
    <message>
        <source>該当する事例はありません。</source>
        <translation>No matching cases.</translation>
    </message>
    <message>
        <source>事例 {id} はライブラリにありません。</source>
        <translation>Case {id} is not in the library.</translation>
    </message>
    <message>
        <source>{org}｜{id} — DX事例ブラウザ</source>
        <translation>{org} | {id} — DX Casebook</translation>
    </message>
    <message>
        <source>印刷する事例を選んでください。</source>
        <translation>Select a case to print.</translation>
    </message>
    <message>
        <source>ブックマークした事例がありません。</source>
        <translation>No cases are bookmarked.</translation>
    </message>
    <message>
        <source>PDFを保存しました: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
    <message>
        <source>保存できませんでした</source>
        <translation>Could Not Save</translation>
    </message>
    <message>
        <source>読み取り専用: ブックマークの変更は保存できません</source>
        <translation>Read-only: bookmark changes cannot be saved</translation>
    </message>
    <message>
        <source>ファイルを復元しました</source>
        <translation>File Restored</translation>
    </message>
</context>
<context>
    <name>MeetingPackDialog</name>
    <message>
        <source>会議資料を作成</source>
        <translation>Create meeting pack</translation>
    </message>
    <message>
        <source>DX推進事例の検討資料</source>
        <translation>DX case study for discussion</translation>
    </message>
    <message>
        <source>メモと状態を含める</source>
        <translation>Include my notes and status</translation>
    </message>
    <message>
        <source>連絡記録を含める</source>
        <translation>Include the contact log</translation>
    </message>
    <message>
        <source>インタビューの回答を短くする（1事例2ページまで）</source>
        <translation>Shorten interview answers (up to two pages a case)</translation>
    </message>
    <message>
        <source>インタビューの回答を全文で載せる</source>
        <translation>Print interview answers in full</translation>
    </message>
    <message>
        <source>上へ</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下へ</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>表題</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>事例の順序</source>
        <translation>Order of the cases</translation>
    </message>
    <message>
        <source>プレビュー…</source>
        <translation>Preview…</translation>
    </message>
</context>
<context>
    <name>Municipality</name>
    <message>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>特別区</source>
        <translation>Special ward</translation>
    </message>
    <message>
        <source>町</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>MyOrganization</name>
    <message>
        <source>{org}（{band}）</source>
        <translation>{org} ({band})</translation>
    </message>
</context>
<context>
    <name>MyOrganizationDialog</name>
    <message>
        <source>自分の団体</source>
        <translation>Your organization</translation>
    </message>
    <message>
        <source>勤務先の団体を選ぶと、人口規模や距離の近い団体の事例を上位に並べます。</source>
        <translation>Choose the local government you work for: cases from organizations of a similar size and nearby are then listed first.</translation>
    </message>
    <message>
        <source>団体名または読み（例: ふながた、酒田市）</source>
        <translation>Name or reading in kana</translation>
    </message>
    <message>
        <source>団体を検索</source>
        <translation>Search organizations</translation>
    </message>
    <message>
        <source>候補の団体</source>
        <translation>Matching organizations</translation>
    </message>
    <message>
        <source>例: 8000、0.8万</source>
        <translation>e.g. 8000 or 8,000</translation>
    </message>
    <message>
        <source>（人口から判定）</source>
        <translation>(from the population)</translation>
    </message>
    <message>
        <source>設定を解除</source>
        <translation>Clear setting</translation>
    </message>
    <message>
        <source>団体(&amp;O):</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>または</source>
        <translation>or</translation>
    </message>
    <message>
        <source>人口(&amp;P):</source>
        <translation>&amp;Population:</translation>
    </message>
    <message>
        <source>{org}（{reading}・{kind}）</source>
        <translation>{org} ({reading}, {kind})</translation>
    </message>
    <message>
        <source>団体を検索して一覧から選んでください</source>
        <translation>Search for your organization and pick it from the list</translation>
    </message>
</context>
<context>
    <name>NearActions</name>
    <message>
        <source>地図</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>都道府県ごとの件数を地図で表示し、クリックで絞り込みます</source>
        <translation>Shows the number of cases per prefecture on a map; click to filter</translation>
    </message>
    <message>
        <source>近い団体</source>
        <translation>Similar organizations</translation>
    </message>
    <message>
        <source>自分の団体…</source>
        <translation>Your organization…</translation>
    </message>
    <message>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>ツール(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>{pref}の事例はありません。</source>
        <translation>No cases from {pref}.</translation>
    </message>
    <message>
        <source>自分の団体を {org} に設定しました。</source>
        <translation>Your organization is now {org}.</translation>
    </message>
</context>
<context>
    <name>OrganizationPrompt</name>
    <message>
        <source>自分の団体を設定</source>
        <translation>Set your organization</translation>
    </message>
    <message>
        <source>近い団体の事例を上位に並べるために、勤務先の団体を選びます</source>
        <translation>Choose the organization you work for, to list cases from similar organizations first</translation>
    </message>
    <message>
        <source>今はしない</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>PopulationBand</name>
    <message>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>1万人未満</source>
        <translation>Under 10,000 residents</translation>
    </message>
    <message>
        <source>1万人以上5万人未満</source>
        <translation>10,000–50,000 residents</translation>
    </message>
    <message>
        <source>5万人以上10万人未満</source>
        <translation>50,000–100,000 residents</translation>
    </message>
    <message>
        <source>10万人以上30万人未満</source>
        <translation>100,000–300,000 residents</translation>
    </message>
    <message>
        <source>30万人以上</source>
        <translation>300,000+ residents</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>印刷する事例がありません。</source>
        <translation>There are no cases to print.</translation>
    </message>
    <message>
        <source>DX事例ブラウザ 事例の要約（{count}件）</source>
        <translation>DX Casebook case summaries ({count})</translation>
    </message>
    <message>
        <source>出典：総務省「自治体DX推進参考事例集」</source>
        <translation>Source: MIC, Local Government DX Casebook</translation>
    </message>
    <message>
        <source>事例の比較（{count}件）</source>
        <translation>Comparison of {count} cases</translation>
    </message>
    <message>
        <source>DX事例ブラウザ 事例の比較（{count}件）</source>
        <translation>DX Casebook comparison of {count} cases</translation>
    </message>
    <message>
        <source>印刷を開始できませんでした。</source>
        <translation>Could not start printing.</translation>
    </message>
    <message>
        <source>次のページを用意できませんでした。</source>
        <translation>Could not prepare the next page.</translation>
    </message>
    <message>
        <source>PDFを書き出せません: {path}（{reason}）</source>
        <translation>Cannot write the PDF: {path} ({reason})</translation>
    </message>
    <message>
        <source>印刷プレビュー</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>印刷</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>事例集_{count}件_{date}.pdf</source>
        <translation>casebook_{count}-cases_{date}.pdf</translation>
    </message>
    <message>
        <source>PDFに出力</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF ファイル (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>状態：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>【連絡記録】</source>
        <translation>[Contact log]</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>北海道</source>
        <translation>Hokkaidō</translation>
    </message>
    <message>
        <source>東北</source>
        <translation>Tōhoku</translation>
    </message>
    <message>
        <source>関東</source>
        <translation>Kantō</translation>
    </message>
    <message>
        <source>中部</source>
        <translation>Chūbu</translation>
    </message>
    <message>
        <source>近畿</source>
        <translation>Kinki</translation>
    </message>
    <message>
        <source>中国</source>
        <translation>Chūgoku</translation>
    </message>
    <message>
        <source>四国</source>
        <translation>Shikoku</translation>
    </message>
    <message>
        <source>九州・沖縄</source>
        <translation>Kyūshū-Okinawa</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>事例を検索</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>すべての人口規模</source>
        <translation>All population sizes</translation>
    </message>
    <message>
        <source>検索（Ctrl+F）: 団体名、キーワード、メモ…</source>
        <translation>Search (Ctrl+F): organization, keyword, note…</translation>
    </message>
    <message>
        <source>地方</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>すべての地方</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>地方で絞り込む</source>
        <translation>Filter by region</translation>
    </message>
    <message>
        <source>すべての都道府県</source>
        <translation>All prefectures</translation>
    </message>
    <message>
        <source>都道府県で絞り込む</source>
        <translation>Filter by prefecture</translation>
    </message>
    <message>
        <source>人口規模で絞り込む</source>
        <translation>Filter by population size</translation>
    </message>
    <message>
        <source>すべての状態</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>ブックマークの状態で絞り込む</source>
        <translation>Filter by bookmark status</translation>
    </message>
    <message>
        <source>新規のみ</source>
        <translation>New only</translation>
    </message>
    <message>
        <source>コスト情報あり</source>
        <translation>With cost figures</translation>
    </message>
    <message>
        <source>初期費用か年間費用の金額が載っている事例</source>
        <translation>Cases that give an amount for the initial or the annual cost</translation>
    </message>
    <message>
        <source>ブックマークのみ</source>
        <translation>Bookmarked only</translation>
    </message>
    <message>
        <source>分類でまとめない</source>
        <translation>Don&apos;t group by category</translation>
    </message>
    <message>
        <source>すべての事例を一つの一覧にして、ライブラリ全体を並べ替えます</source>
        <translation>List every case in one list, to sort the whole library</translation>
    </message>
    <message>
        <source>条件をクリア</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>{total}件中 {shown}件</source>
        <translation>{shown} of {total}</translation>
    </message>
</context>
<context>
    <name>Shipped</name>
    <message>
        <source>JSON として読めません</source>
        <translation>it is not valid JSON</translation>
    </message>
    <message>
        <source>事例の表がありません</source>
        <translation>it has no table of cases</translation>
    </message>
    <message>
        <source>文書の番号が正しくありません</source>
        <translation>its document numbers are wrong</translation>
    </message>
    <message>
        <source>同梱の事例データ {path} が壊れています（{reason}）。DX事例ブラウザを入れ直してください。</source>
        <translation>The case data shipped with the app, {path}, is damaged ({reason}). Please reinstall DX Casebook.</translation>
    </message>
</context>
<context>
    <name>Similar</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>人口は 1 以上の整数で入力してください（例: 8000、0.8万）: {text}</source>
        <translation>Enter the population as a whole number of at least 1 (e.g. 8000): {text}</translation>
    </message>
    <message>
        <source>人口を入力してください</source>
        <translation>Enter the population</translation>
    </message>
    <message>
        <source>人口規模が正しくありません: {band}（{choices}）</source>
        <translation>Unknown population band: {band} ({choices})</translation>
    </message>
    <message>
        <source>同じ名前の団体が複数あります: {name}（都道府県名から入力: {names}）</source>
        <translation>Several organizations are named {name}; enter one with its prefecture: {names}</translation>
    </message>
    <message>
        <source>公式の団体一覧にない団体です: {name}（候補: {names}）</source>
        <translation>Not in the official list of local governments: {name} (did you mean: {names})</translation>
    </message>
    <message>
        <source>公式の団体一覧にない団体です: {name}</source>
        <translation>Not in the official list of local governments: {name}</translation>
    </message>
    <message>
        <source>市区町村の人口規模に「都道府県」は選べません</source>
        <translation>A municipality cannot have the population band “Prefecture”</translation>
    </message>
    <message>
        <source>約 {km} km</source>
        <translation>about {km} km</translation>
    </message>
    <message>
        <source>自分の団体</source>
        <translation>your organization</translation>
    </message>
    <message>
        <source>所在地不明</source>
        <translation>location unknown</translation>
    </message>
    <message>
        <source>・</source>
        <translation> · </translation>
    </message>
    <message>
        <source>同じ人口規模</source>
        <translation>same population band</translation>
    </message>
    <message>
        <source>人口を入力するか人口規模を選んでください</source>
        <translation>Enter the population or choose a population band</translation>
    </message>
</context>
<context>
    <name>SimilarModel</name>
    <message>
        <source>団体</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>SimilarView</name>
    <message>
        <source>近い団体の事例</source>
        <translation>Cases from similar organizations</translation>
    </message>
    <message>
        <source>変更…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>自分の団体が設定されていません。勤務先の団体を設定すると、人口規模・都道府県・地方・距離の近い団体の事例から順に並べます。</source>
        <translation>Your organization is not set. Set the organization you work for to list cases by similar population band, prefecture, region and distance.</translation>
    </message>
    <message>
        <source>自分の団体を設定…</source>
        <translation>Set your organization…</translation>
    </message>
    <message>
        <source>自分の団体: {org}／{n}件を近い順に表示</source>
        <translation>Your organization: {org} — {n} cases, most similar first</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>以前の内容はそのまま残っています。</source>
        <translation>The previous contents are unchanged.</translation>
    </message>
    <message>
        <source>ディスクの空き容量が足りないため {name} を保存できませんでした。{kept}</source>
        <translation>Could not save {name}: the disk is full. {kept}</translation>
    </message>
    <message>
        <source>フォルダーへの書き込みが許可されていないため {name} を保存できませんでした。{kept}</source>
        <translation>Could not save {name}: writing to its folder is not permitted. {kept}</translation>
    </message>
    <message>
        <source>{name} を保存できませんでした（{reason}）。{kept}</source>
        <translation>Could not save {name} ({reason}). {kept}</translation>
    </message>
    <message>
        <source>フォルダーに書き込めないため {name} は読み取り専用で開いています。変更は保存できません。</source>
        <translation>{name} is open read-only because its folder cannot be written. Changes cannot be saved.</translation>
    </message>
    <message>
        <source>保存できない文字または値が含まれているため保存できませんでした（{error}）。</source>
        <translation>Could not save: the data contains a character or value that cannot be stored ({error}).</translation>
    </message>
    <message>
        <source>{name} が壊れているため読み込めませんでした。</source>
        <translation>{name} is damaged and could not be read.</translation>
    </message>
    <message>
        <source>{name} の内容が形式に合わないため読み込めませんでした（{reason}）。</source>
        <translation>{name} could not be read because its content does not fit the format ({reason}).</translation>
    </message>
    <message>
        <source>{name} を読み込めませんでした（{reason}）。</source>
        <translation>Could not read {name} ({reason}).</translation>
    </message>
    <message>
        <source>バックアップを検証できませんでした</source>
        <translation>the backup could not be verified</translation>
    </message>
    <message>
        <source>{name} は別のプログラム（もう一つの DX事例ブラウザなど）が使用中のため、{seconds} 秒待っても保存できませんでした。しばらくしてからもう一度お試しください。</source>
        <translation>Could not save {name}: another program (such as a second DX Casebook window) kept it busy for {seconds} seconds. Please try again in a moment.</translation>
    </message>
    <message>
        <source>保存する内容が {name} の形式に合わないため保存しませんでした（{reason}）。以前の内容はそのまま残っています。</source>
        <translation>Nothing was saved because the new content does not fit the format of {name} ({reason}). The previous content is unchanged.</translation>
    </message>
    <message>
        <source>{name} は読み取り専用で開いているため保存できません。</source>
        <translation>{name} is open read-only and cannot be saved.</translation>
    </message>
    <message>
        <source>{name} が壊れていますが、フォルダーに書き込めないため復元できませんでした。</source>
        <translation>{name} is damaged, but it could not be restored because its folder cannot be written.</translation>
    </message>
    <message>
        <source>{name} が壊れていますが、いまは復元できませんでした（{error}）。</source>
        <translation>{name} is damaged, but it could not be restored now ({error}).</translation>
    </message>
    <message>
        <source>{damage}使えるバックアップがないため、ファイルはそのままにしてあります。</source>
        <translation>{damage} There is no usable backup, so the file has been left as it is.</translation>
    </message>
    <message>
        <source>{name} が壊れていますが、退避できなかったため復元していません（{reason}）。</source>
        <translation>{name} is damaged; it was not restored because a copy could not be set aside ({reason}).</translation>
    </message>
    <message>
        <source>{name} が壊れていたため {aside} として退避しましたが、バックアップから復元できませんでした（{reason}）。</source>
        <translation>{name} was damaged and has been set aside as {aside}, but it could not be restored from a backup ({reason}).</translation>
    </message>
    <message>
        <source>{name} が壊れていたため {aside} として退避し、{time} のバックアップから復元しました。</source>
        <translation>{name} was damaged: it has been set aside as {aside} and restored from the backup of {time}.</translation>
    </message>
    <message>
        <source>{name} が壊れていたため {aside} として退避しましたが、元のファイルを片付けられませんでした（{reason}）。</source>
        <translation>{name} was damaged and has been set aside as {aside}, but the damaged file could not be cleared away ({reason}).</translation>
    </message>
    <message>
        <source>{name} が壊れていたため {aside} として退避しました。使えるバックアップがないため、空の状態から始めます。</source>
        <translation>{name} was damaged and has been set aside as {aside}. There is no usable backup, so it starts empty.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>事例 {id}</source>
        <translation>Case {id}</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>メモ（ブックマーク）</source>
        <translation>Note (bookmark)</translation>
    </message>
    <message>
        <source>区分</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>この事例にはコストの掲載がありません。</source>
        <translation>This case gives no cost.</translation>
    </message>
    <message>
        <source>コストは非公表です。</source>
        <translation>The cost is undisclosed.</translation>
    </message>
    <message>
        <source>時期</source>
        <translation>When</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <source>この事例にはスケジュールの掲載がありません。</source>
        <translation>This case gives no schedule.</translation>
    </message>
    <message>
        <source>この事例にはサービス提供事業者等の掲載がありません。</source>
        <translation>This case gives no service providers.</translation>
    </message>
    <message>
        <source>コスト・スケジュール・サービス提供事業者等</source>
        <translation>Cost, schedule and providers</translation>
    </message>
    <message>
        <source>この事例にはコスト・スケジュール・サービス提供事業者等の掲載がありません。</source>
        <translation>This case gives no cost, schedule or providers.</translation>
    </message>
    <message>
        <source>担当部署の掲載はありません。</source>
        <translation>No contact is given.</translation>
    </message>
    <message>
        <source>（紙面の都合で質問のみ掲載しています。回答はアプリでご覧ください。）</source>
        <translation>(Questions only, for lack of space. Read the answers in the app.)</translation>
    </message>
    <message>
        <source>（紙面の都合で回答の一部を省略しています。全文はアプリでご覧ください。）</source>
        <translation>(Answers shortened for lack of space. Read them in full in the app.)</translation>
    </message>
    <message>
        <source>（以下略）</source>
        <translation>(continued in the app)</translation>
    </message>
    <message>
        <source>…（メモの続きは省略）</source>
        <translation>… (rest of the note omitted)</translation>
    </message>
    <message>
        <source>出典：総務省「自治体DX推進参考事例集」{volume}（事例 {id}）</source>
        <translation>Source: MIC, Local Government DX Casebook, {volume} (case {id})</translation>
    </message>
    <message>
        <source>印刷日：{date}</source>
        <translation>Printed: {date}</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{y}-{m:02d}-{d:02d}</translation>
    </message>
    <message>
        <source>目次</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>事例 {count} 件</source>
        <translation>Cases: {count}</translation>
    </message>
    <message>
        <source>ページ</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>ゴミ箱</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>削除日時</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>選んだものを戻す</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <source>ゴミ箱を空にする…</source>
        <translation>Empty trash…</translation>
    </message>
    <message>
        <source>ゴミ箱は空です。</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <source>ブックマーク</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <source>コレクション</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>{n}件</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <source>ゴミ箱を空にする</source>
        <translation>Empty trash</translation>
    </message>
    <message>
        <source>ゴミ箱の {n} 件を完全に削除しますか？
メモ・状態・連絡記録も消え、元に戻せません。</source>
        <translation>Delete the {n} items in the trash for good?
Their notes, statuses and contact logs go too; this cannot be undone.</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>元に戻す</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>ゴミ箱へ移したものを元に戻します (Ctrl+Z)</source>
        <translation>Brings back what was moved to the trash (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>VolumeActions</name>
    <message>
        <source>取り込めませんでした</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <source>取り込んだ版を使用中: {names}</source>
        <translation>Using the imported edition: {names}</translation>
    </message>
    <message>
        <source>取り込んだ事例集を削除</source>
        <translation>Remove imported casebook</translation>
    </message>
    <message>
        <source>取り込んだ事例集はありません。</source>
        <translation>There are no imported casebooks.</translation>
    </message>
    <message>
        <source>取り込んだ「{name}」を削除しますか？</source>
        <translation>Remove the imported “{name}”?</translation>
    </message>
    <message>
        <source>同梱の事例集の事例が戻ります。</source>
        <translation>The cases of the bundled casebook come back.</translation>
    </message>
    <message>
        <source>ブックマークとメモは残ります。</source>
        <translation>Bookmarks and notes are kept.</translation>
    </message>
    <message>
        <source>削除できませんでした</source>
        <translation>Could not remove</translation>
    </message>
</context>
<context>
    <name>VolumeImport</name>
    <message>
        <source>事例集を取り込む</source>
        <translation>Import Casebook Volume</translation>
    </message>
    <message>
        <source>ほか {n} 件の警告</source>
        <translation>warnings not shown: {n}</translation>
    </message>
    <message>
        <source>ほか {n} 行（詳細を表示）</source>
        <translation>and {n} more lines (Show Details)</translation>
    </message>
    <message>
        <source>事例ごとの変更は「詳細を表示」で確認できます。</source>
        <translation>The changes case by case are under Show Details.</translation>
    </message>
    <message>
        <source>取り込めませんでした</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>事例集のPDF・テキスト (*.pdf *.txt);;すべてのファイル (*)</source>
        <translation>Casebook PDF or text (*.pdf *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>取り込みました</source>
        <translation>Import complete</translation>
    </message>
</context>
<context>
    <name>VolumesDialog</name>
    <message>
        <source>取り込んだ事例集を削除</source>
        <translation>Remove imported casebook</translation>
    </message>
    <message>
        <source>{number}．{name}  {count} 件</source>
        <translation>{number}. {name}  {count} cases</translation>
    </message>
    <message>
        <source>第{edition}版</source>
        <translation>edition {edition}</translation>
    </message>
    <message>
        <source>（同梱の版の代わりに使用中）</source>
        <translation>(used instead of the bundled edition)</translation>
    </message>
    <message>
        <source>削除…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>削除すると、同梱の事例集がある分類ではその事例が戻ります。</source>
        <translation>Removing brings back the bundled cases of a category that has them.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>検索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>移動(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>ブックマーク(&amp;B)</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <source>印刷(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>ツールバー</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--db にフォルダが指定されました: {path}</source>
        <translation>--db names a folder: {path}</translation>
    </message>
    <message>
        <source>事例が見つかりません: {id}（list で一覧を表示）</source>
        <translation>No such case: {id} (the list command shows all cases)</translation>
    </message>
    <message>
        <source>出力先がフォルダです: {path}</source>
        <translation>The output is a folder: {path}</translation>
    </message>
    <message>
        <source>書き出せません: {path}（{reason}）</source>
        <translation>Cannot write {path} ({reason})</translation>
    </message>
    <message>
        <source>事例集（PDF・テキスト、フォルダ）を取り込む</source>
        <translation>import casebooks (PDF, text, folders)</translation>
    </message>
    <message>
        <source>事例集のファイル、またはそれを入れたフォルダ（中の .pdf・.txt すべて）</source>
        <translation>casebook files, or folders holding them (every .pdf and .txt inside)</translation>
    </message>
    <message>
        <source>取り込んだ事例集の一覧と削除</source>
        <translation>list and remove imported casebooks</translation>
    </message>
    <message>
        <source>取り込んだ事例集の一覧</source>
        <translation>list the imported casebooks</translation>
    </message>
    <message>
        <source>取り込んだ事例集を削除（同梱の版があれば戻る）</source>
        <translation>remove an imported casebook (the bundled one, if any, comes back)</translation>
    </message>
    <message>
        <source>分類の番号（volumes list の先頭の数字）</source>
        <translation>the category number (the first column of volumes list)</translation>
    </message>
    <message>
        <source>警告: {warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
    <message>
        <source>第{edition}版</source>
        <translation>edition {edition}</translation>
    </message>
    <message>
        <source>取り込んだ版を使用中（同梱の版の代わり）</source>
        <translation>imported edition in use (instead of the bundled one)</translation>
    </message>
    <message>
        <source>取り込んだ事例集はありません</source>
        <translation>no imported casebooks</translation>
    </message>
    <message>
        <source>取り込んだ分類 {number} はありません（volumes list で一覧を表示）</source>
        <translation>No imported category {number} (volumes list shows them)</translation>
    </message>
    <message>
        <source>分類 {number} の取り込んだ事例集を削除しました</source>
        <translation>Removed the imported casebook of category {number}</translation>
    </message>
    <message>
        <source>印刷する事例のIDか --bookmarked / --collection を指定してください</source>
        <translation>give the ids of the cases to print, --bookmarked or --collection</translation>
    </message>
    <message>
        <source>会議資料にする事例のIDか --collection を指定してください</source>
        <translation>give the ids of the cases for the meeting pack or --collection</translation>
    </message>
    <message>
        <source>{count} 件</source>
        <translation>Cases found: {count}</translation>
    </message>
    <message>
        <source>ゴミ箱を空にしました（{count} 件）</source>
        <translation>Emptied the trash ({count} entries)</translation>
    </message>
    <message>
        <source>{path} に {count} 件を書き出しました</source>
        <translation>Wrote {path} (entries: {count})</translation>
    </message>
    <message>
        <source>（ライブラリにない事例）</source>
        <translation>(not in the library)</translation>
    </message>
    <message>
        <source>ブックマーク（状態・コレクション・連絡記録・ゴミ箱）</source>
        <translation>Bookmarks (status, collections, contact log, trash)</translation>
    </message>
    <message>
        <source>ブックマークする、または指定した項目だけ変更する</source>
        <translation>Bookmark a case, or change only the given fields</translation>
    </message>
    <message>
        <source>連絡記録を追加する</source>
        <translation>Add a contact log entry</translation>
    </message>
    <message>
        <source>メモ・状態・コレクション・連絡記録を表示する</source>
        <translation>Show the note, status, collections and contact log</translation>
    </message>
    <message>
        <source>ブックマークの一覧</source>
        <translation>List the bookmarks</translation>
    </message>
    <message>
        <source>ゴミ箱へ移す</source>
        <translation>Move to the trash</translation>
    </message>
    <message>
        <source>ゴミ箱から戻す</source>
        <translation>Restore from the trash</translation>
    </message>
    <message>
        <source>ゴミ箱の中身</source>
        <translation>Show what is in the trash</translation>
    </message>
    <message>
        <source>ゴミ箱を空にする（元に戻せません）</source>
        <translation>Empty the trash (cannot be undone)</translation>
    </message>
    <message>
        <source>リーディングリストとして書き出す</source>
        <translation>Export as a reading list</translation>
    </message>
    <message>
        <source>リーディングリストを取り込む（項目ごとに統合）</source>
        <translation>Import a reading list (merged field by field)</translation>
    </message>
    <message>
        <source>ブックマークのコレクション</source>
        <translation>Bookmark collections</translation>
    </message>
    <message>
        <source>コレクションと件数</source>
        <translation>Collections and their sizes</translation>
    </message>
    <message>
        <source>名前を変える</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>ゴミ箱へ移す（ブックマークは残る）</source>
        <translation>Move to the trash (the bookmarks stay)</translation>
    </message>
    <message>
        <source>状態「{status}」はありません（使えるのは {choices}）</source>
        <translation>There is no status “{status}” (available: {choices})</translation>
    </message>
    <message>
        <source>ブックマークしました: {id}</source>
        <translation>Bookmarked: {id}</translation>
    </message>
    <message>
        <source>{id} に記録しました（{date}）</source>
        <translation>Logged for {id} ({date})</translation>
    </message>
    <message>
        <source>コレクションがありません: {name}</source>
        <translation>No such collection: {name}</translation>
    </message>
    <message>
        <source>ゴミ箱へ移しました: {id}（restore で戻せます）</source>
        <translation>Moved to the trash: {id} (restore brings it back)</translation>
    </message>
    <message>
        <source>ゴミ箱にありません: {id}</source>
        <translation>Not in the trash: {id}</translation>
    </message>
    <message>
        <source>ゴミ箱から戻しました: {id}</source>
        <translation>Restored from the trash: {id}</translation>
    </message>
    <message>
        <source>コレクション</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>状態: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>コレクション: {names}</source>
        <translation>Collections: {names}</translation>
    </message>
    <message>
        <source>追加日時: {when}</source>
        <translation>Added: {when}</translation>
    </message>
    <message>
        <source>メモ:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>連絡記録:</source>
        <translation>Contact log:</translation>
    </message>
    <message>
        <source>コレクションの名前を変えました: {old} → {new}</source>
        <translation>Renamed the collection: {old} → {new}</translation>
    </message>
    <message>
        <source>コレクションをゴミ箱へ移しました: {name}（collections restore で戻せます）</source>
        <translation>Moved the collection to the trash: {name} (collections restore brings it back)</translation>
    </message>
    <message>
        <source>ゴミ箱にありません: {name}</source>
        <translation>Not in the trash: {name}</translation>
    </message>
    <message>
        <source>コレクションをゴミ箱から戻しました: {name}</source>
        <translation>Restored the collection from the trash: {name}</translation>
    </message>
    <message>
        <source>ブックマークされていません: {id}</source>
        <translation>Not bookmarked: {id}</translation>
    </message>
    <message>
        <source>{count} 件のブックマークを取り込みました</source>
        <translation>Bookmarks imported: {count}</translation>
    </message>
    <message>
        <source>引数が正しくありません: {message}（--help で使い方を表示）</source>
        <translation>Invalid arguments: {message} (--help shows the usage)</translation>
    </message>
    <message>
        <source>DX事例ブラウザ: 自治体DX推進参考事例集のライブラリ</source>
        <translation>DX Casebook: browse, search and print the cases of the MIC Local Government DX Casebook</translation>
    </message>
    <message>
        <source>このTinyDBファイルをライブラリ全体として使う</source>
        <translation>use this TinyDB file as the whole library</translation>
    </message>
    <message>
        <source>表示言語（既定はシステムの言語）</source>
        <translation>display language (default: the system language)</translation>
    </message>
    <message>
        <source>起動して最初の事例を表示するまでの時間を出力して終了する</source>
        <translation>print the time from start until the first case is shown, then quit</translation>
    </message>
    <message>
        <source>事例の全項目を表示</source>
        <translation>show every field of a case</translation>
    </message>
    <message>
        <source>絞り込み</source>
        <translation>filters</translation>
    </message>
    <message>
        <source>地方（{values}）</source>
        <translation>region ({values})</translation>
    </message>
    <message>
        <source>都道府県（複数可）</source>
        <translation>prefecture (several allowed)</translation>
    </message>
    <message>
        <source>人口規模（{values}）</source>
        <translation>population band ({values})</translation>
    </message>
    <message>
        <source>新規の事例だけ</source>
        <translation>new cases only</translation>
    </message>
    <message>
        <source>初期費用か年間費用の金額がある事例だけ</source>
        <translation>only cases with an amount for the initial or the annual cost</translation>
    </message>
    <message>
        <source>ブックマークの状態（todo, considering, contacted, adopted, declined）</source>
        <translation>bookmark status (todo, considering, contacted, adopted, declined)</translation>
    </message>
    <message>
        <source>並べ替え（{values}）</source>
        <translation>sort by ({values})</translation>
    </message>
    <message>
        <source>降順に並べる</source>
        <translation>sort in descending order</translation>
    </message>
    <message>
        <source>事例の一覧（絞り込み・並べ替えができる）</source>
        <translation>list the cases (with filters and sorting)</translation>
    </message>
    <message>
        <source>事例を検索（空白区切りの語はすべて含むもの）</source>
        <translation>search the cases (all space-separated words must match)</translation>
    </message>
    <message>
        <source>{kind}「{value}」はありません。指定できるもの: {values}</source>
        <translation>No {kind} &quot;{value}&quot;. Valid values: {values}</translation>
    </message>
    <message>
        <source>地方</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>並べ替えの列「{value}」はありません。指定できるもの: {values}</source>
        <translation>No sort column &quot;{value}&quot;. Valid values: {values}</translation>
    </message>
    <message>
        <source>[メモに一致]</source>
        <translation>[matches your note]</translation>
    </message>
    <message>
        <source>ライブラリを書き出す（Excel・CSV・JSON）</source>
        <translation>export the library (Excel, CSV, JSON)</translation>
    </message>
    <message>
        <source>ブックマークした事例だけ</source>
        <translation>only the bookmarked cases</translation>
    </message>
    <message>
        <source>この事例だけ（この順で）</source>
        <translation>only these cases (in this order)</translation>
    </message>
    <message>
        <source>このコレクションの事例だけ</source>
        <translation>only the cases of this collection</translation>
    </message>
    <message>
        <source>2〜6件の事例を並べて比較する</source>
        <translation>compare 2–6 cases side by side</translation>
    </message>
    <message>
        <source>このコレクションの事例を比較する</source>
        <translation>compare the cases of this collection</translation>
    </message>
    <message>
        <source>A4横のPDFに出力</source>
        <translation>write an A4 landscape PDF</translation>
    </message>
    <message>
        <source>Excelファイルに出力</source>
        <translation>write an Excel file</translation>
    </message>
    <message>
        <source>ブックマーク</source>
        <translation>bookmarks</translation>
    </message>
    <message>
        <source>事例の概要をPDFに出力</source>
        <translation>write case summaries to a PDF</translation>
    </message>
    <message>
        <source>このコレクションの事例を印刷する</source>
        <translation>print the cases of this collection</translation>
    </message>
    <message>
        <source>会議資料（表紙・比較・概要・問い合わせ先）をPDFに出力</source>
        <translation>write a meeting pack (cover, comparison, summaries, contacts) to a PDF</translation>
    </message>
    <message>
        <source>このコレクションの事例（IDの後に続く）</source>
        <translation>the cases of this collection (after the ids given)</translation>
    </message>
    <message>
        <source>表紙の表題</source>
        <translation>the title on the cover</translation>
    </message>
    <message>
        <source>メモと状態を含める</source>
        <translation>include notes and status</translation>
    </message>
    <message>
        <source>連絡記録を含める</source>
        <translation>Include the contact log</translation>
    </message>
    <message>
        <source>インタビューの回答を全文で載せる</source>
        <translation>print the interview answers in full</translation>
    </message>
    <message>
        <source>コマンドを指定してください（--help で使い方を表示）</source>
        <translation>Give a command (--help shows how)</translation>
    </message>
    <message>
        <source>画面（DISPLAY）がないためアプリを起動できません。コマンドは画面なしで使えます（--help）。</source>
        <translation>No display (DISPLAY) to start the app on. The commands work without one (--help).</translation>
    </message>
    <message>
        <source>エラー: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>内部エラー: PDFの出力には QGuiApplication が必要です</source>
        <translation>Internal error: PDF output needs a QGuiApplication</translation>
    </message>
    <message>
        <source>DX推進事例の検討資料</source>
        <translation>DX case study review</translation>
    </message>
    <message>
        <source>コレクション「{name}」はありません（collections list で一覧を表示）</source>
        <translation>there is no collection “{name}” (collections list shows them)</translation>
    </message>
    <message>
        <source>コレクション「{name}」に事例がありません</source>
        <translation>the collection “{name}” has no cases</translation>
    </message>
    <message>
        <source>XLSX を端末には出力できません。-o FILE を指定してください</source>
        <translation>XLSX cannot be written to a terminal; give -o FILE</translation>
    </message>
    <message>
        <source>ブックマークがありません（bookmarks add ID で追加）</source>
        <translation>No bookmarks (add one with: bookmarks add ID)</translation>
    </message>
    <message>
        <source>警告: ブックマークの事例がライブラリにありません: {id}</source>
        <translation>Warning: a bookmarked case is not in the library: {id}</translation>
    </message>
    <message>
        <source>* 事例によって内容が異なる項目</source>
        <translation>* rows where the cases differ</translation>
    </message>
    <message>
        <source>{path} に {count} 件の比較を書き出しました</source>
        <translation>Wrote the comparison of {count} cases to {path}</translation>
    </message>
    <message>
        <source>{path} に {pages} ページを書き出しました（{count} 件）</source>
        <translation>Wrote {path} (pages: {pages}, cases: {count})</translation>
    </message>
    <message>
        <source>（コストの掲載なし）</source>
        <translation>(no cost given)</translation>
    </message>
    <message>
        <source>{department}（{phone_label}：{phone}、{email_label}：{email}）</source>
        <translation>{department} ({phone_label}: {phone}, {email_label}: {email})</translation>
    </message>
    <message>
        <source>（スケジュールの掲載なし）</source>
        <translation>(no schedule given)</translation>
    </message>
    <message>
        <source>（この巻には掲載なし）</source>
        <translation>(not included in this volume)</translation>
    </message>
    <message>
        <source>（掲載なし）</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <source>自分の団体に近い団体の事例（人口規模・都道府県・地方・距離の順）</source>
        <translation>cases of organizations like yours (by population band, prefecture, region, distance)</translation>
    </message>
    <message>
        <source>団体名（例: 山形県舟形町、山口県）または団体コード</source>
        <translation>organization name as the casebook prints it (prefecture and municipality), or its local government code</translation>
    </message>
    <message>
        <source>人口（例: 8000、0.8万）</source>
        <translation>population (e.g. 8000)</translation>
    </message>
    <message>
        <source>人口規模: {bands}</source>
        <translation>population band: {bands}</translation>
    </message>
    <message>
        <source>表示する件数の上限</source>
        <translation>show at most this many cases</translation>
    </message>
    <message>
        <source>--limit は 1 以上で指定してください</source>
        <translation>--limit must be at least 1</translation>
    </message>
    <message>
        <source>{organization}（{band}）に近い団体の事例: {count} 件</source>
        <translation>cases near {organization} ({band}): {count}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>事例一覧_{date}</source>
        <translation>cases_{date}</translation>
    </message>
    <message>
        <source>Excel ブック (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV ファイル (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>JSON ファイル (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>書き出し</source>
        <translation>Export</translation>
    </message>
</context>
</TS>
