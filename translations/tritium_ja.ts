<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CatalogParser</name>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="34"/>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>フィールド「%1」がありません</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="38"/>
        <source>the field &quot;%1&quot; is not text</source>
        <translation>フィールド「%1」がテキストではありません</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="43"/>
        <source>the field &quot;%1&quot; is longer than %2 characters</source>
        <translation>フィールド「%1」が %2 文字を超えています</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="47"/>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>フィールド「%1」が空です</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="56"/>
        <source>the field &quot;%1&quot; is not true or false</source>
        <translation>フィールド「%1」が true でも false でもありません</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="68"/>
        <source>the field &quot;%1&quot; is not a number</source>
        <translation>フィールド「%1」が数値ではありません</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="73"/>
        <source>the field &quot;%1&quot; is out of range (%2 to %3%4)</source>
        <translation>フィールド「%1」が範囲外です（%2 ～ %3%4）</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="77"/>
        <source>, whole numbers</source>
        <translation>、整数</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="103"/>
        <source>The mirror address &quot;%1&quot; is not an http or https address; using %2 instead.</source>
        <translation>ミラーのアドレス「%1」は http でも https でもないため、代わりに %2 を使います。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="125"/>
        <source>The catalog is not valid JSON (%1 at byte %2).</source>
        <translation>カタログが正しい JSON ではありません（%2 バイト目で %1）。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="129"/>
        <source>The catalog is not a JSON object.</source>
        <translation>カタログが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="135"/>
        <source>The catalog has format %1; this version of Tritium reads format %2.</source>
        <translation>カタログの形式は %1 ですが、このバージョンの Tritium が読めるのは形式 %2 です。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="136"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="142"/>
        <source>The catalog has no &quot;models&quot; list.</source>
        <translation>カタログに「models」リストがありません。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="148"/>
        <source>The catalog has %1 entries; only the first %2 are read.</source>
        <translation>カタログには %1 件の項目がありますが、読み込むのは最初の %2 件だけです。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="155"/>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="159"/>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>ID「%1」が重複しています</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="161"/>
        <source>the file name &quot;%1&quot; is used twice</source>
        <translation>ファイル名「%1」が重複しています</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="163"/>
        <source>Catalog entry %1 was skipped: %2.</source>
        <translation>カタログの項目 %1 をスキップしました: %2。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="182"/>
        <source>the id &quot;%1&quot; may only hold a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>ID「%1」に使えるのは a-z、0-9、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; だけです</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="189"/>
        <source>the tensor type &quot;%1&quot; is not a type name</source>
        <translation>テンソル型「%1」は型名ではありません</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="197"/>
        <source>the file name &quot;%1&quot; is not a plain .gguf file name (it could point outside the models folder)</source>
        <translation>ファイル名「%1」は単純な .gguf ファイル名ではありません（モデルフォルダーの外を指す可能性があります）</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="209"/>
        <source>the SHA-256 is not 64 hexadecimal digits</source>
        <translation>SHA-256 が 16 進数 64 桁ではありません</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="216"/>
        <source>&quot;sampling&quot; is not a JSON object</source>
        <translation>「sampling」が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="268"/>
        <source>the repository &quot;%1&quot; is not of the form owner/name</source>
        <translation>リポジトリ「%1」が 所有者/名前 の形式ではありません</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="272"/>
        <source>the revision &quot;%1&quot; is not a commit or branch name</source>
        <translation>リビジョン「%1」はコミット名でもブランチ名でもありません</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="276"/>
        <source>the remote file name &quot;%1&quot; is not a plain file name</source>
        <translation>リモートのファイル名「%1」は単純なファイル名ではありません</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="284"/>
        <source>it has neither a &quot;url&quot; nor a &quot;repo&quot;</source>
        <translation>「url」も「repo」もありません</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="288"/>
        <source>the download address &quot;%1&quot; is not https (http is only used for a mirror you set yourself)</source>
        <translation>ダウンロードアドレス「%1」が https ではありません（http はご自身で設定したミラーにのみ使用します）</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="63"/>
        <source>Loading model… %1%</source>
        <translation>モデルを読み込み中… %1%</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="64"/>
        <source>No model loaded</source>
        <translation>モデルが読み込まれていません</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="69"/>
        <source>Chat settings</source>
        <translation>チャットの設定</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="71"/>
        <source>System prompt and sampling for this chat</source>
        <translation>このチャットのシステムプロンプトとサンプリング</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ChatPage.qml" line="90"/>
        <source>The conversation is longer than the model&apos;s context: the %n oldest message(s) were left out of this reply.</source>
        <translation>
            <numerusform>会話がモデルのコンテキストより長いため、この返答では古いメッセージ %n 件を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="117"/>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>何でも聞いてください。すべてこのコンピューター内で完結します。</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="26"/>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="34"/>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="34"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="37"/>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/components/Composer.qml" line="33"/>
        <source>Message Tritium…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Tritium へのメッセージ…  (Enter で送信、Shift+Enter で改行)</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="34"/>
        <source>Load a model to start chatting</source>
        <translation>チャットを始めるにはモデルを読み込んでください</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="38"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="54"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="54"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="57"/>
        <source>Stop the reply</source>
        <translation>返答を停止</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="57"/>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="48"/>
        <source>Conversation actions</source>
        <translation>会話の操作</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="55"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="57"/>
        <source>Unpin</source>
        <translation>固定を解除</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="57"/>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="60"/>
        <source>Export as Markdown…</source>
        <translation>Markdown として書き出す…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="61"/>
        <source>Export as JSON…</source>
        <translation>JSON として書き出す…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="63"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="68"/>
        <source>Rename chat</source>
        <translation>チャットの名前を変更</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="78"/>
        <source>Chat title</source>
        <translation>チャットのタイトル</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="86"/>
        <source>Delete chat?</source>
        <translation>チャットを削除しますか？</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="93"/>
        <source>“%1” and all its messages will be deleted. This cannot be undone.</source>
        <translation>「%1」とそのすべてのメッセージが削除されます。元に戻すことはできません。</translation>
    </message>
</context>
<context>
    <name>ConversationJson</name>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="66"/>
        <source>The file is not a valid Tritium export: %1 (%2).</source>
        <translation>このファイルは正しい Tritium のエクスポートではありません: %1 (%2)。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="71"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>「%1」がありません</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="77"/>
        <source>&quot;%1&quot; is not text</source>
        <translation>「%1」がテキストではありません</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="83"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」が数値ではありません</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="89"/>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>「%1」が %2 から %3 までの整数ではありません</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="98"/>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>「%1」が true でも false でもありません</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="104"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>「%1」が日時ではありません</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="110"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>「%1」がリストではありません</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="116"/>
        <source>&quot;%1&quot; is not an object</source>
        <translation>「%1」がオブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="130"/>
        <source>an entry is not an object</source>
        <translation>オブジェクトでない項目があります</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="138"/>
        <source>message id %1 appears twice</source>
        <translation>メッセージ ID %1 が重複しています</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="144"/>
        <source>the parent message %1 does not come before its reply</source>
        <translation>親メッセージ %1 が返答より前にありません</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="148"/>
        <source>&quot;role&quot; is not system, user or assistant</source>
        <translation>「role」が system、user、assistant のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="153"/>
        <source>&quot;state&quot; is not a known message state</source>
        <translation>「state」が既知のメッセージ状態ではありません</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="185"/>
        <source>conversation %1, message %2</source>
        <translation>会話 %1、メッセージ %2</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="207"/>
        <source>the file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="209"/>
        <source>at byte %1</source>
        <translation>%1 バイト目</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="210"/>
        <source>it is not JSON: %1</source>
        <translation>JSON ではありません: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="212"/>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="215"/>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>「format」が「%1」ではありません</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="220"/>
        <source>The file was exported by a newer version of Tritium (format %1; this version reads format %2). Update Tritium to import it.</source>
        <translation>このファイルは新しいバージョンの Tritium で書き出されています（形式 %1、このバージョンが読めるのは形式 %2）。取り込むには Tritium を更新してください。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="227"/>
        <source>conversation %1</source>
        <translation>会話 %1</translation>
    </message>
</context>
<context>
    <name>ConversationMarkdown</name>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="10"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="12"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="14"/>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="22"/>
        <source>still being written</source>
        <translation>作成中</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="24"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="26"/>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="28"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/ConversationMarkdown.cpp" line="41"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="43"/>
        <source>%1 tokens/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="45"/>
        <source>first token after %1 ms</source>
        <translation>最初のトークンまで %1 ms</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="55"/>
        <source>Untitled conversation</source>
        <translation>無題の会話</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="59"/>
        <source>Started %1</source>
        <translation>開始日時 %1</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="62"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
</context>
<context>
    <name>ConversationSearch</name>
    <message>
        <location filename="../app/storage/ConversationSearch.cpp" line="54"/>
        <location filename="../app/storage/ConversationSearch.cpp" line="65"/>
        <location filename="../app/storage/ConversationSearch.cpp" line="91"/>
        <location filename="../app/storage/ConversationSearch.cpp" line="102"/>
        <source>searching the conversations</source>
        <translation>会話の検索</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="10"/>
        <source>Chat settings</source>
        <translation>チャットの設定</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="35"/>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="42"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="41"/>
        <source>Optional instructions for the assistant</source>
        <translation>アシスタントへの指示（任意）</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="47"/>
        <source>Temperature (×0.01)</source>
        <translation>温度 (×0.01)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="48"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="49"/>
        <source>Top-p (×0.01)</source>
        <translation>Top-p (×0.01)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="50"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="51"/>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="52"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="53"/>
        <source>Min-p (×0.01)</source>
        <translation>Min-p (×0.01)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="54"/>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="55"/>
        <source>Repetition penalty (×0.01)</source>
        <translation>繰り返しペナルティ (×0.01)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="56"/>
        <source>Repetition penalty</source>
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="57"/>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="58"/>
        <source>Maximum reply tokens</source>
        <translation>返答の最大トークン数</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="59"/>
        <source>Seed (empty: random)</source>
        <translation>シード（空欄でランダム）</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="63"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="92"/>
        <source>creating the conversation</source>
        <translation>会話の作成</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="113"/>
        <location filename="../app/storage/ConversationStore.cpp" line="298"/>
        <location filename="../app/storage/ConversationStore.cpp" line="310"/>
        <location filename="../app/storage/ConversationStore.cpp" line="319"/>
        <location filename="../app/storage/ConversationStore.cpp" line="336"/>
        <location filename="../app/storage/ConversationStore.cpp" line="348"/>
        <source>reading the conversation</source>
        <translation>会話の読み込み</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="124"/>
        <source>The conversation no longer exists (id %1).</source>
        <translation>この会話はもう存在しません (ID %1)。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="131"/>
        <source>listing the conversations</source>
        <translation>会話一覧の取得</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="142"/>
        <source>renaming the conversation</source>
        <translation>会話の名前変更</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="150"/>
        <source>pinning the conversation</source>
        <translation>会話の固定</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="150"/>
        <source>unpinning the conversation</source>
        <translation>会話の固定解除</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="162"/>
        <source>saving the conversation settings</source>
        <translation>会話の設定の保存</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="178"/>
        <location filename="../app/storage/ConversationStore.cpp" line="180"/>
        <source>deleting the conversation</source>
        <translation>会話の削除</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="189"/>
        <location filename="../app/storage/ConversationStore.cpp" line="202"/>
        <location filename="../app/storage/ConversationStore.cpp" line="224"/>
        <source>saving the message</source>
        <translation>メッセージの保存</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="228"/>
        <source>A message can only answer a message of the same conversation.</source>
        <translation>メッセージは同じ会話内のメッセージにしか返答できません。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="247"/>
        <source>reading the message</source>
        <translation>メッセージの読み込み</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="250"/>
        <source>The message no longer exists (id %1).</source>
        <translation>このメッセージはもう存在しません (ID %1)。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="257"/>
        <location filename="../app/storage/ConversationStore.cpp" line="270"/>
        <location filename="../app/storage/ConversationStore.cpp" line="276"/>
        <source>saving the reply</source>
        <translation>返答の保存</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="262"/>
        <source>The reply (id %1) is no longer being written; its text was not saved.</source>
        <translation>返答 (ID %1) はもう作成中ではないため、本文は保存されませんでした。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="269"/>
        <source>A finished reply cannot still be streaming.</source>
        <translation>完了した返答をストリーミング中にすることはできません。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="356"/>
        <source>recovering replies interrupted by a crash</source>
        <translation>クラッシュで中断された返答の復旧</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="389"/>
        <source>importing conversations</source>
        <translation>会話の取り込み</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="61"/>
        <source>The folder %1 for the conversation database could not be created. Check that it is writable.</source>
        <translation>会話データベース用のフォルダー %1 を作成できませんでした。書き込み可能か確認してください。</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="69"/>
        <source>opening the conversation database</source>
        <translation>会話データベースを開く処理</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="87"/>
        <source>The conversation database %1 is damaged and a new one could not be created in its place (%2).</source>
        <translation>会話データベース %1 が壊れており、代わりの新しいデータベースを作成できませんでした (%2)。</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="107"/>
        <location filename="../app/storage/Database.cpp" line="168"/>
        <source>reading the conversation database</source>
        <translation>会話データベースの読み込み</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="114"/>
        <source>The conversation database %1 was written by a newer version of Tritium (schema %2; this version understands up to %3). It has been left untouched: please update Tritium to open it.</source>
        <translation>会話データベース %1 は新しいバージョンの Tritium で書き込まれています（スキーマ %2、このバージョンが扱えるのは %3 まで）。変更はしていません。開くには Tritium を更新してください。</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="145"/>
        <source>The conversation database %1 is damaged, and it could not be moved aside to %2. Move or delete it yourself, then start Tritium again.</source>
        <translation>会話データベース %1 が壊れており、%2 へ退避できませんでした。ご自身で移動または削除してから、Tritium を再起動してください。</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="153"/>
        <source>configuring the conversation database</source>
        <translation>会話データベースの設定</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="159"/>
        <source>The conversation database %1 could not be switched to write-ahead logging (journal mode is %2). Is it on a network drive?</source>
        <translation>会話データベース %1 を先行書き込みログ (WAL) に切り替えられませんでした（ジャーナルモードは %2）。ネットワークドライブ上にありませんか？</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="177"/>
        <source>upgrading the conversation database to version %1</source>
        <translation>会話データベースのバージョン %1 への更新</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="213"/>
        <source>creating the conversation database</source>
        <translation>会話データベースの作成</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="230"/>
        <source>adding reply figures to the conversation database</source>
        <translation>会話データベースへの返答統計の追加</translation>
    </message>
</context>
<context>
    <name>EditMessageDialog</name>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="13"/>
        <source>Edit message</source>
        <translation>メッセージを編集</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="19"/>
        <source>Resend</source>
        <translation>再送信</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="20"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="28"/>
        <source>Message text</source>
        <translation>メッセージの本文</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="21"/>
        <source>No model yet</source>
        <translation>モデルがまだありません</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="28"/>
        <source>Tritium runs ternary (1.58-bit) language models on your own computer, fully offline. Import a model file you already have, or download one.</source>
        <translation>Tritium は三値（1.58 ビット）言語モデルをお使いのコンピューター上で完全にオフラインで実行します。お持ちのモデルファイルを取り込むか、ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="48"/>
        <source>Download a model…</source>
        <translation>モデルをダウンロード…</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="50"/>
        <source>Download a model</source>
        <translation>モデルをダウンロード</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="55"/>
        <source>Import a model file…</source>
        <translation>モデルファイルを取り込む…</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="56"/>
        <source>Import a model file</source>
        <translation>モデルファイルを取り込む</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="62"/>
        <source>Use the demo model</source>
        <translation>デモモデルを使う</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="63"/>
        <source>Use the built-in demo model</source>
        <translation>内蔵のデモモデルを使う</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="16"/>
        <source>Tritium</source>
        <translation>Tritium</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="55"/>
        <source>Export chat</source>
        <translation>チャットを書き出す</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="58"/>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="58"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown ファイル (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="84"/>
        <source>Drop a .gguf model file to import it</source>
        <translation>.gguf モデルファイルをドロップして取り込む</translation>
    </message>
</context>
<context>
    <name>MemoryPreflight</name>
    <message>
        <location filename="../app/models/MemoryPreflight.cpp" line="64"/>
        <source>This model needs about %1 of memory with a context of %2 tokens, but only %3 is free. Close other programs, or choose a smaller context length in Settings.</source>
        <translation>このモデルはコンテキスト %2 トークンで約 %1 のメモリが必要ですが、空きは %3 だけです。他のプログラムを閉じるか、「設定」でコンテキスト長を小さくしてください。</translation>
    </message>
    <message>
        <location filename="../app/models/MemoryPreflight.cpp" line="70"/>
        <source>This model needs about %1 of the %2 of memory that is free (context of %3 tokens); the computer may slow down. A smaller context length needs less.</source>
        <translation>このモデルは空きメモリ %2 のうち約 %1 を使います（コンテキスト %3 トークン）。コンピューターの動作が遅くなる可能性があります。コンテキスト長を小さくすると必要量が減ります。</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="39"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="39"/>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="118"/>
        <source>Interrupted</source>
        <translation>中断されました</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="119"/>
        <source>Stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="119"/>
        <source>Failed</source>
        <translation>失敗しました</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/MessageDelegate.qml" line="126"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="127"/>
        <source>%1 tok/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="128"/>
        <source>first token %1 ms</source>
        <translation>最初のトークン %1 ms</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="136"/>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="141"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="149"/>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="153"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="156"/>
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="161"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="164"/>
        <source>Edit and resend</source>
        <translation>編集して再送信</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="169"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="172"/>
        <source>Regenerate reply</source>
        <translation>返答を再生成</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="177"/>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="180"/>
        <source>Continue this reply</source>
        <translation>この返答の続きを生成</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="37"/>
        <location filename="../qml/components/ModelCard.qml" line="39"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModelCard.qml" line="40"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModelCard.qml" line="41"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="45"/>
        <source>Waiting to download</source>
        <translation>ダウンロード待ち</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="46"/>
        <source>Downloading: %1 of %2 · %3/s · %4 left</source>
        <translation>ダウンロード中: %1 / %2 · %3/秒 · 残り %4</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="47"/>
        <source>Connection lost; retrying…</source>
        <translation>接続が切れました。再試行中…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="48"/>
        <source>Paused at %1%</source>
        <translation>%1% で一時停止中</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="49"/>
        <source>Checking the file…</source>
        <translation>ファイルを確認中…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="50"/>
        <source>Failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="51"/>
        <source>Cannot be used</source>
        <translation>使用できません</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="52"/>
        <source>Loaded</source>
        <translation>読み込み済み</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="52"/>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="71"/>
        <source>Recommended</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="72"/>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="73"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="86"/>
        <source>%1 parameters</source>
        <translation>パラメーター数 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="87"/>
        <source>file %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="88"/>
        <source>needs about %1 of memory</source>
        <translation>約 %1 のメモリが必要</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="118"/>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="118"/>
        <source>Download (%1)</source>
        <translation>ダウンロード (%1)</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="120"/>
        <source>Download %1</source>
        <translation>%1 をダウンロード</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="126"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="127"/>
        <source>Pause the download</source>
        <translation>ダウンロードを一時停止</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="133"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="135"/>
        <source>Resume the download</source>
        <translation>ダウンロードを再開</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="141"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="142"/>
        <source>Cancel the download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="148"/>
        <source>Load</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="150"/>
        <source>Load %1</source>
        <translation>%1 を読み込む</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="155"/>
        <source>Make default</source>
        <translation>既定にする</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="156"/>
        <source>Use %1 at start</source>
        <translation>起動時に %1 を使う</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="162"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="163"/>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="33"/>
        <location filename="../app/models/ModelImporter.cpp" line="50"/>
        <source>The file could not be read: %1.</source>
        <translation>ファイルを読み込めませんでした: %1。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="37"/>
        <source>The models folder cannot be written to: %1.</source>
        <translation>モデルフォルダーに書き込めません: %1。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="45"/>
        <source>The import was canceled.</source>
        <translation>取り込みはキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="54"/>
        <location filename="../app/models/ModelImporter.cpp" line="63"/>
        <source>The copy could not be written (is the disk full?): %1.</source>
        <translation>コピーを書き込めませんでした（ディスクがいっぱいではありませんか？）: %1。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="81"/>
        <source>The file could not be read (%1).</source>
        <translation>ファイルを読み込めませんでした (%1)。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="90"/>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="93"/>
        <source>Only .gguf model files can be imported; %1 is not one.</source>
        <translation>取り込めるのは .gguf モデルファイルだけです。%1 はそうではありません。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="96"/>
        <source>The name &quot;%1&quot; cannot be used in the models folder; rename the file and try again.</source>
        <translation>「%1」という名前はモデルフォルダーで使えません。ファイル名を変えてから再試行してください。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="101"/>
        <source>Tritium cannot use this file: %1</source>
        <translation>Tritium はこのファイルを使えません: %1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="106"/>
        <source>A model named %1 is already in the models folder.</source>
        <translation>%1 という名前のモデルがすでにモデルフォルダーにあります。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="108"/>
        <source>The models folder %1 cannot be written to.</source>
        <translation>モデルフォルダー %1 に書き込めません。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="114"/>
        <source>The link could not be made (%1). Choose Copy instead; on Windows, links need Developer Mode.</source>
        <translation>リンクを作成できませんでした (%1)。代わりに「コピー」を選んでください。Windows でリンクを使うには開発者モードが必要です。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="129"/>
        <source>The copy is not usable: %1</source>
        <translation>コピーは使用できません: %1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="134"/>
        <source>The copy could not be moved into the models folder (%1).</source>
        <translation>コピーをモデルフォルダーに移動できませんでした (%1)。</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="13"/>
        <source>unknown size</source>
        <translation>サイズ不明</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="23"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="31"/>
        <source>Import a model file…</source>
        <translation>モデルファイルを取り込む…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="33"/>
        <location filename="../qml/pages/ModelsPage.qml" line="88"/>
        <source>Import a model file</source>
        <translation>モデルファイルを取り込む</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="37"/>
        <source>Open models folder</source>
        <translation>モデルフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="38"/>
        <source>Open the models folder</source>
        <translation>モデルフォルダーを開く</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModelsPage.qml" line="43"/>
        <source>Folder: %1 · Memory estimates are for a context of %n token(s).</source>
        <translation>
            <numerusform>フォルダー: %1 · メモリの見積もりはコンテキスト %n トークンの場合です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="89"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="89"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="98"/>
        <source>Copy or link?</source>
        <translation>コピーしますか、リンクしますか？</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="106"/>
        <source>Copy the file into the models folder (uses disk space), or link to it where it is (the model disappears if you move it).</source>
        <translation>ファイルをモデルフォルダーにコピーする（ディスク容量を使います）か、今の場所にリンクします（ファイルを移動するとモデルが消えます）。</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="111"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="112"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="123"/>
        <source>Delete model?</source>
        <translation>モデルを削除しますか？</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="130"/>
        <source>“%1” will be deleted from the models folder.</source>
        <translation>「%1」をモデルフォルダーから削除します。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../qml/components/Notice.qml" line="31"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <location filename="../app/storage/SearchIndex.cpp" line="13"/>
        <source>preparing the search index</source>
        <translation>検索インデックスの準備</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="37"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45"/>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="47"/>
        <location filename="../qml/pages/SettingsPage.qml" line="54"/>
        <source>Threads</source>
        <translation>スレッド数</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="58"/>
        <source>Context length (tokens)</source>
        <translation>コンテキスト長（トークン）</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="67"/>
        <source>Context length in tokens</source>
        <translation>トークン単位のコンテキスト長</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="73"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="75"/>
        <location filename="../qml/pages/SettingsPage.qml" line="102"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <location filename="../qml/pages/SettingsPage.qml" line="127"/>
        <location filename="../qml/pages/SettingsPage.qml" line="128"/>
        <location filename="../qml/pages/SettingsPage.qml" line="135"/>
        <source>Follow system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="106"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="139"/>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="145"/>
        <source>About</source>
        <translation>このアプリについて</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="147"/>
        <source>Tritium %1 · kernels: %2</source>
        <translation>Tritium %1 · カーネル: %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="151"/>
        <source>Log file: %1</source>
        <translation>ログファイル: %1</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="25"/>
        <source>Pinned</source>
        <translation>固定済み</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="26"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="27"/>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="28"/>
        <source>Previous 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="29"/>
        <source>Previous 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="30"/>
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="52"/>
        <source>Tritium</source>
        <translation>Tritium</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="63"/>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="67"/>
        <source>Start a new chat</source>
        <translation>新しいチャットを始める</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="69"/>
        <source>New chat (Ctrl+N)</source>
        <translation>新しいチャット (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="76"/>
        <source>Search chats (Ctrl+K)</source>
        <translation>チャットを検索 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="78"/>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="114"/>
        <source>No conversation matches your search.</source>
        <translation>検索に一致する会話はありません。</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="115"/>
        <source>No conversations yet.</source>
        <translation>会話はまだありません。</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="124"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="130"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="136"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>StatsBar</name>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="29"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="30"/>
        <location filename="../qml/components/StatsBar.qml" line="40"/>
        <source>%1 tok/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="36"/>
        <source>Recent generation speed</source>
        <translation>直近の生成速度</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="39"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="43"/>
        <source>First token</source>
        <translation>最初のトークン</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="44"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="48"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="52"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="56"/>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="64"/>
        <source>Context %1 / %2</source>
        <translation>コンテキスト %1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="74"/>
        <source>Context used</source>
        <translation>使用中のコンテキスト</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="30"/>
        <location filename="../app/storage/StorageError.cpp" line="61"/>
        <source>Could not finish %1: %2</source>
        <translation>%1を完了できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="35"/>
        <source>Could not finish %1: the conversation database is in use by another program (is Tritium open twice?). Close it and try again.</source>
        <translation>%1を完了できませんでした: 会話データベースが別のプログラムで使用中です（Tritium を二重に起動していませんか？）。そのプログラムを閉じて再試行してください。</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="39"/>
        <source>Could not finish %1: the disk is full. Free some space and try again; everything saved before is still there.</source>
        <translation>%1を完了できませんでした: ディスクがいっぱいです。空き容量を確保して再試行してください。これまでに保存した内容は残っています。</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="43"/>
        <source>Could not finish %1: the disk reported an error (%2). Everything saved before is still there.</source>
        <translation>%1を完了できませんでした: ディスクがエラーを報告しました (%2)。これまでに保存した内容は残っています。</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="49"/>
        <source>Could not finish %1: the conversation database is read-only. Check the permissions of the app&apos;s data folder.</source>
        <translation>%1を完了できませんでした: 会話データベースが読み取り専用です。アプリのデータフォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="55"/>
        <source>Could not finish %1: the conversation database is damaged (%2).</source>
        <translation>%1を完了できませんでした: 会話データベースが壊れています (%2)。</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="58"/>
        <source>Could not finish %1: the conversation database could not be opened (%2).</source>
        <translation>%1を完了できませんでした: 会話データベースを開けませんでした (%2)。</translation>
    </message>
</context>
<context>
    <name>tritium::AppContext</name>
    <message>
        <location filename="../app/AppContext.cpp" line="67"/>
        <source>Your conversation database was damaged and could not be read. It was set aside as %1 and a new one was started.</source>
        <translation>会話データベースが壊れていて読み込めませんでした。%1 として退避し、新しいデータベースを作成しました。</translation>
    </message>
</context>
<context>
    <name>tritium::Catalog</name>
    <message>
        <location filename="../app/models/Catalog.cpp" line="48"/>
        <source>Your catalog&apos;s entry &quot;%1&quot; was skipped: the file name &quot;%2&quot; is already used by another model.</source>
        <translation>カタログの項目「%1」をスキップしました: ファイル名「%2」は別のモデルが使用しています。</translation>
    </message>
    <message>
        <location filename="../app/models/Catalog.cpp" line="65"/>
        <source>The catalog &quot;%1&quot; could not be read: %2.</source>
        <translation>カタログ「%1」を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <location filename="../app/models/Catalog.cpp" line="69"/>
        <source>The catalog &quot;%1&quot; is larger than %2 bytes and was not read.</source>
        <translation>カタログ「%1」は %2 バイトを超えているため読み込みませんでした。</translation>
    </message>
</context>
<context>
    <name>tritium::ChatController</name>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="57"/>
        <location filename="../app/chat/ChatController.cpp" line="62"/>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="183"/>
        <source>A reply is already being written.</source>
        <translation>すでに返答を作成中です。</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="184"/>
        <location filename="../app/chat/ChatController.cpp" line="208"/>
        <source>No model is loaded. Choose one on the Models page.</source>
        <translation>モデルが読み込まれていません。「モデル」ページで選んでください。</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="413"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="426"/>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>tritium::DownloadTask</name>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="86"/>
        <source>The models folder %1 cannot be written to. Choose another folder in Settings.</source>
        <translation>モデルフォルダー %1 に書き込めません。「設定」で別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="99"/>
        <source>Could not write to the models folder (%1).</source>
        <translation>モデルフォルダーに書き込めませんでした (%1)。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="123"/>
        <source>Not enough free disk space: this model needs %1 more (plus %2 to spare), but only %3 is free in %4. Free some space or choose another models folder in Settings.</source>
        <translation>ディスクの空き容量が足りません: このモデルにはあと %1（余裕分 %2 を含まず）が必要ですが、%4 の空きは %3 だけです。空き容量を確保するか、「設定」で別のモデルフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="152"/>
        <source>Could not write the download to %1: %2.</source>
        <translation>ダウンロードを %1 に書き込めませんでした: %2。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="215"/>
        <source>The server&apos;s file is %1 bytes, but the catalog expects %2 bytes: it is not the file we asked for. Check the mirror setting, or update the app.</source>
        <translation>サーバーのファイルは %1 バイトですが、カタログでは %2 バイトのはずです。要求したファイルではありません。ミラーの設定を確認するか、アプリを更新してください。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="240"/>
        <source>Could not save the download: the disk is full or the file is too large for it (%1). The partial file was deleted; free some space and try again.</source>
        <translation>ダウンロードを保存できませんでした: ディスクがいっぱいか、ファイルがディスクに対して大きすぎます (%1)。途中までのファイルは削除しました。空き容量を確保して再試行してください。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="296"/>
        <source>No data arrived for %1 seconds.</source>
        <translation>%1 秒間データが届きませんでした。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="316"/>
        <source>The connection closed after %1 of %2.</source>
        <translation>%2 のうち %1 を受信したところで接続が閉じられました。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="327"/>
        <source>The server has no such file (HTTP %1). The catalog may be out of date, or the mirror may not have this model: %2</source>
        <translation>サーバーにそのファイルがありません (HTTP %1)。カタログが古いか、ミラーにこのモデルがない可能性があります: %2</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="333"/>
        <source>The server %1 refused access to the file (HTTP %2). The model may need an account or a licence agreement on its web page.</source>
        <translation>サーバー %1 がファイルへのアクセスを拒否しました (HTTP %2)。このモデルには、Web ページでのアカウント登録やライセンスへの同意が必要な場合があります。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="339"/>
        <source>The server %1 is busy or had a problem (HTTP %2).</source>
        <translation>サーバー %1 が混雑しているか、問題が発生しました (HTTP %2)。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="342"/>
        <source>The server %1 answered with HTTP %2, which Tritium cannot use.</source>
        <translation>サーバー %1 が HTTP %2 を返しましたが、Tritium では扱えません。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="345"/>
        <source>The secure connection to %1 could not be verified, so the download was stopped. Check the computer&apos;s date and time, or your network&apos;s proxy.</source>
        <translation>%1 との安全な接続を検証できなかったため、ダウンロードを停止しました。コンピューターの日付と時刻、またはネットワークのプロキシを確認してください。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="349"/>
        <source>The server %1 tried to send the download over an insecure connection, so it was stopped.</source>
        <translation>サーバー %1 が安全でない接続でダウンロードを送ろうとしたため、停止しました。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="353"/>
        <source>The server %1 could not be found. Are you connected to the internet?</source>
        <translation>サーバー %1 が見つかりません。インターネットに接続していますか？</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="356"/>
        <source>The server %1 refused the connection.</source>
        <translation>サーバー %1 が接続を拒否しました。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="359"/>
        <source>The connection to %1 failed (%2).</source>
        <translation>%1 への接続に失敗しました (%2)。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="368"/>
        <source>%1 Tritium gave up after %2 tries; you can resume the download later.</source>
        <translation>%1 Tritium は %2 回試行して中止しました。ダウンロードは後で再開できます。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="404"/>
        <source>The partial download could not be read back (%1). It was deleted; please download again.</source>
        <translation>途中までのダウンロードを読み戻せませんでした (%1)。削除しましたので、もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="405"/>
        <source>size changed</source>
        <translation>サイズが変わりました</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="410"/>
        <source>The downloaded file has %1 bytes instead of %2. It was deleted; please try again.</source>
        <translation>ダウンロードしたファイルは %2 バイトではなく %1 バイトでした。削除しましたので、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="417"/>
        <source>The downloaded file is damaged or not the expected one: its SHA-256 is %1, but the catalog expects %2. It was deleted; please try again, or choose another mirror.</source>
        <translation>ダウンロードしたファイルが壊れているか、想定と異なります: SHA-256 は %1 ですが、カタログでは %2 のはずです。削除しましたので、もう一度試すか、別のミラーを選んでください。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="427"/>
        <source>The download is complete but could not be moved into the models folder: %1.</source>
        <translation>ダウンロードは完了しましたが、モデルフォルダーに移動できませんでした: %1。</translation>
    </message>
</context>
<context>
    <name>tritium::Downloader</name>
    <message>
        <location filename="../app/models/Downloader.cpp" line="36"/>
        <source>&quot;%1&quot; is not a usable model file name.</source>
        <translation>「%1」はモデルのファイル名として使えません。</translation>
    </message>
    <message>
        <location filename="../app/models/Downloader.cpp" line="40"/>
        <source>&quot;%1&quot; is not a web address Tritium can download from.</source>
        <translation>「%1」は Tritium がダウンロードできる Web アドレスではありません。</translation>
    </message>
    <message>
        <location filename="../app/models/Downloader.cpp" line="48"/>
        <source>%1 is already being downloaded.</source>
        <translation>%1 はすでにダウンロード中です。</translation>
    </message>
</context>
<context>
    <name>tritium::IncrementalHasher</name>
    <message>
        <location filename="../app/models/IncrementalHasher.cpp" line="18"/>
        <source>the file is shorter than expected</source>
        <translation>ファイルが想定より短いです</translation>
    </message>
</context>
<context>
    <name>tritium::InferenceWorker</name>
    <message>
        <location filename="../app/inference/InferenceWorker.cpp" line="96"/>
        <source>No model is loaded. Load a model on the Models page first.</source>
        <translation>モデルが読み込まれていません。先に「モデル」ページでモデルを読み込んでください。</translation>
    </message>
</context>
<context>
    <name>tritium::ModelLibrary</name>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="300"/>
        <source>%1 is not a model Tritium can download.</source>
        <translation>%1 は Tritium がダウンロードできるモデルではありません。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="321"/>
        <source>The demo model is part of the app and cannot be deleted.</source>
        <translation>デモモデルはアプリの一部のため削除できません。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="333"/>
        <source>Only files on this computer can be imported.</source>
        <translation>取り込めるのはこのコンピューター上のファイルだけです。</translation>
    </message>
</context>
<context>
    <name>tritium::ModelStore</name>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="52"/>
        <source>The file this link points to is gone: %1</source>
        <translation>このリンクが指すファイルがありません: %1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="144"/>
        <source>&quot;%1&quot; is not a model file name.</source>
        <translation>「%1」はモデルのファイル名ではありません。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="147"/>
        <source>%1 is not in the models folder.</source>
        <translation>%1 はモデルフォルダーにありません。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="150"/>
        <source>%1 is loaded. Unload it, or load another model, before deleting it.</source>
        <translation>%1 は読み込まれています。削除する前に、読み込みを解除するか別のモデルを読み込んでください。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="153"/>
        <source>%1 could not be deleted: %2.</source>
        <translation>%1 を削除できませんでした: %2。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="163"/>
        <source>Another import is still running.</source>
        <translation>別の取り込みがまだ実行中です。</translation>
    </message>
</context>
</TS>
