<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CatalogParser</name>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="34"/>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>缺少字段“%1”</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="38"/>
        <source>the field &quot;%1&quot; is not text</source>
        <translation>字段“%1”不是文本</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="43"/>
        <source>the field &quot;%1&quot; is longer than %2 characters</source>
        <translation>字段“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="47"/>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>字段“%1”为空</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="56"/>
        <source>the field &quot;%1&quot; is not true or false</source>
        <translation>字段“%1”既不是 true 也不是 false</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="68"/>
        <source>the field &quot;%1&quot; is not a number</source>
        <translation>字段“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="73"/>
        <source>the field &quot;%1&quot; is out of range (%2 to %3%4)</source>
        <translation>字段“%1”超出范围（%2 到 %3%4）</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="77"/>
        <source>, whole numbers</source>
        <translation>，整数</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="103"/>
        <source>The mirror address &quot;%1&quot; is not an http or https address; using %2 instead.</source>
        <translation>镜像地址“%1”不是 http 或 https 地址；改用 %2。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="125"/>
        <source>The catalog is not valid JSON (%1 at byte %2).</source>
        <translation>目录不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="129"/>
        <source>The catalog is not a JSON object.</source>
        <translation>目录不是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="135"/>
        <source>The catalog has format %1; this version of Tritium reads format %2.</source>
        <translation>目录的格式为 %1；此版本的 Tritium 读取格式 %2。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="136"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="142"/>
        <source>The catalog has no &quot;models&quot; list.</source>
        <translation>目录中没有“models”列表。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="148"/>
        <source>The catalog has %1 entries; only the first %2 are read.</source>
        <translation>目录有 %1 个条目；只读取前 %2 个。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="155"/>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="159"/>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>ID“%1”被使用了两次</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="161"/>
        <source>the file name &quot;%1&quot; is used twice</source>
        <translation>文件名“%1”被使用了两次</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="163"/>
        <source>Catalog entry %1 was skipped: %2.</source>
        <translation>已跳过目录条目 %1：%2。</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="182"/>
        <source>the id &quot;%1&quot; may only hold a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>ID“%1”只能包含 a-z、0-9、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="189"/>
        <source>the tensor type &quot;%1&quot; is not a type name</source>
        <translation>张量类型“%1”不是类型名</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="197"/>
        <source>the file name &quot;%1&quot; is not a plain .gguf file name (it could point outside the models folder)</source>
        <translation>文件名“%1”不是简单的 .gguf 文件名（它可能指向模型文件夹之外）</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="209"/>
        <source>the SHA-256 is not 64 hexadecimal digits</source>
        <translation>SHA-256 不是 64 位十六进制数字</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="216"/>
        <source>&quot;sampling&quot; is not a JSON object</source>
        <translation>“sampling”不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="268"/>
        <source>the repository &quot;%1&quot; is not of the form owner/name</source>
        <translation>仓库“%1”不是 所有者/名称 的形式</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="272"/>
        <source>the revision &quot;%1&quot; is not a commit or branch name</source>
        <translation>修订版本“%1”不是提交或分支名称</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="276"/>
        <source>the remote file name &quot;%1&quot; is not a plain file name</source>
        <translation>远程文件名“%1”不是简单的文件名</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="284"/>
        <source>it has neither a &quot;url&quot; nor a &quot;repo&quot;</source>
        <translation>它既没有“url”也没有“repo”</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="288"/>
        <source>the download address &quot;%1&quot; is not https (http is only used for a mirror you set yourself)</source>
        <translation>下载地址“%1”不是 https（http 仅用于你自己设置的镜像）</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="63"/>
        <source>Loading model… %1%</source>
        <translation>正在加载模型… %1%</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="64"/>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="69"/>
        <source>Chat settings</source>
        <translation>聊天设置</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="71"/>
        <source>System prompt and sampling for this chat</source>
        <translation>此聊天的系统提示词和采样设置</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ChatPage.qml" line="90"/>
        <source>The conversation is longer than the model&apos;s context: the %n oldest message(s) were left out of this reply.</source>
        <translation>
            <numerusform>对话长度超过了模型的上下文：此回复省略了最早的 %n 条消息。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="117"/>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>尽管提问。所有内容都保留在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="26"/>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="34"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="34"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="37"/>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/components/Composer.qml" line="33"/>
        <source>Message Tritium…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>给 Tritium 发消息…  (Enter 发送，Shift+Enter 换行)</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="34"/>
        <source>Load a model to start chatting</source>
        <translation>加载模型后即可开始聊天</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="38"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="54"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="54"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="57"/>
        <source>Stop the reply</source>
        <translation>停止回复</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="57"/>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="48"/>
        <source>Conversation actions</source>
        <translation>对话操作</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="55"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="57"/>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="57"/>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="60"/>
        <source>Export as Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="61"/>
        <source>Export as JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="63"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="68"/>
        <source>Rename chat</source>
        <translation>重命名聊天</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="78"/>
        <source>Chat title</source>
        <translation>聊天标题</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="86"/>
        <source>Delete chat?</source>
        <translation>删除聊天？</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="93"/>
        <source>“%1” and all its messages will be deleted. This cannot be undone.</source>
        <translation>“%1”及其所有消息将被删除。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>ConversationJson</name>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="66"/>
        <source>The file is not a valid Tritium export: %1 (%2).</source>
        <translation>该文件不是有效的 Tritium 导出文件：%1（%2）。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="71"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="77"/>
        <source>&quot;%1&quot; is not text</source>
        <translation>“%1”不是文本</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="83"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="89"/>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>“%1”不是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="98"/>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>“%1”既不是 true 也不是 false</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="104"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>“%1”不是日期时间</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="110"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>“%1”不是列表</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="116"/>
        <source>&quot;%1&quot; is not an object</source>
        <translation>“%1”不是对象</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="130"/>
        <source>an entry is not an object</source>
        <translation>有一项不是对象</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="138"/>
        <source>message id %1 appears twice</source>
        <translation>消息 ID %1 出现了两次</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="144"/>
        <source>the parent message %1 does not come before its reply</source>
        <translation>父消息 %1 没有位于其回复之前</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="148"/>
        <source>&quot;role&quot; is not system, user or assistant</source>
        <translation>“role”不是 system、user 或 assistant</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="153"/>
        <source>&quot;state&quot; is not a known message state</source>
        <translation>“state”不是已知的消息状态</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="185"/>
        <source>conversation %1, message %2</source>
        <translation>对话 %1，消息 %2</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="207"/>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="209"/>
        <source>at byte %1</source>
        <translation>位于第 %1 字节</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="210"/>
        <source>it is not JSON: %1</source>
        <translation>它不是 JSON：%1</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="212"/>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="215"/>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>“format”不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="220"/>
        <source>The file was exported by a newer version of Tritium (format %1; this version reads format %2). Update Tritium to import it.</source>
        <translation>该文件由更新版本的 Tritium 导出（格式 %1；此版本读取格式 %2）。请更新 Tritium 后再导入。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="227"/>
        <source>conversation %1</source>
        <translation>对话 %1</translation>
    </message>
</context>
<context>
    <name>ConversationMarkdown</name>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="10"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="12"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="14"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="22"/>
        <source>still being written</source>
        <translation>仍在生成中</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="24"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="26"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="28"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/ConversationMarkdown.cpp" line="41"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个词元</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="43"/>
        <source>%1 tokens/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="45"/>
        <source>first token after %1 ms</source>
        <translation>首个词元用时 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="55"/>
        <source>Untitled conversation</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="59"/>
        <source>Started %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="62"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
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
        <translation>搜索对话</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="10"/>
        <source>Chat settings</source>
        <translation>聊天设置</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="35"/>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="42"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="41"/>
        <source>Optional instructions for the assistant</source>
        <translation>给助手的可选指令</translation>
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
        <translation>重复惩罚 (×0.01)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="56"/>
        <source>Repetition penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="57"/>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="58"/>
        <source>Maximum reply tokens</source>
        <translation>回复的最大词元数</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="59"/>
        <source>Seed (empty: random)</source>
        <translation>随机种子（留空则随机）</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="63"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="92"/>
        <source>creating the conversation</source>
        <translation>创建对话</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="113"/>
        <location filename="../app/storage/ConversationStore.cpp" line="298"/>
        <location filename="../app/storage/ConversationStore.cpp" line="310"/>
        <location filename="../app/storage/ConversationStore.cpp" line="319"/>
        <location filename="../app/storage/ConversationStore.cpp" line="336"/>
        <location filename="../app/storage/ConversationStore.cpp" line="348"/>
        <source>reading the conversation</source>
        <translation>读取对话</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="124"/>
        <source>The conversation no longer exists (id %1).</source>
        <translation>该对话已不存在（ID %1）。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="131"/>
        <source>listing the conversations</source>
        <translation>列出对话</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="142"/>
        <source>renaming the conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="150"/>
        <source>pinning the conversation</source>
        <translation>置顶对话</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="150"/>
        <source>unpinning the conversation</source>
        <translation>取消置顶对话</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="162"/>
        <source>saving the conversation settings</source>
        <translation>保存对话设置</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="178"/>
        <location filename="../app/storage/ConversationStore.cpp" line="180"/>
        <source>deleting the conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="189"/>
        <location filename="../app/storage/ConversationStore.cpp" line="202"/>
        <location filename="../app/storage/ConversationStore.cpp" line="224"/>
        <source>saving the message</source>
        <translation>保存消息</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="228"/>
        <source>A message can only answer a message of the same conversation.</source>
        <translation>消息只能回复同一对话中的消息。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="247"/>
        <source>reading the message</source>
        <translation>读取消息</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="250"/>
        <source>The message no longer exists (id %1).</source>
        <translation>该消息已不存在（ID %1）。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="257"/>
        <location filename="../app/storage/ConversationStore.cpp" line="270"/>
        <location filename="../app/storage/ConversationStore.cpp" line="276"/>
        <source>saving the reply</source>
        <translation>保存回复</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="262"/>
        <source>The reply (id %1) is no longer being written; its text was not saved.</source>
        <translation>回复（ID %1）已不在生成中；其文本未保存。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="269"/>
        <source>A finished reply cannot still be streaming.</source>
        <translation>已完成的回复不能仍处于流式输出状态。</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="356"/>
        <source>recovering replies interrupted by a crash</source>
        <translation>恢复因崩溃而中断的回复</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="389"/>
        <source>importing conversations</source>
        <translation>导入对话</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="61"/>
        <source>The folder %1 for the conversation database could not be created. Check that it is writable.</source>
        <translation>无法创建对话数据库所在的文件夹 %1。请检查它是否可写。</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="69"/>
        <source>opening the conversation database</source>
        <translation>打开对话数据库</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="87"/>
        <source>The conversation database %1 is damaged and a new one could not be created in its place (%2).</source>
        <translation>对话数据库 %1 已损坏，且无法在原处创建新的数据库（%2）。</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="107"/>
        <location filename="../app/storage/Database.cpp" line="168"/>
        <source>reading the conversation database</source>
        <translation>读取对话数据库</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="114"/>
        <source>The conversation database %1 was written by a newer version of Tritium (schema %2; this version understands up to %3). It has been left untouched: please update Tritium to open it.</source>
        <translation>对话数据库 %1 由更新版本的 Tritium 写入（架构 %2；此版本最多支持 %3）。数据库未被改动：请更新 Tritium 后再打开。</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="145"/>
        <source>The conversation database %1 is damaged, and it could not be moved aside to %2. Move or delete it yourself, then start Tritium again.</source>
        <translation>对话数据库 %1 已损坏，且无法移到 %2。请自行移动或删除它，然后重新启动 Tritium。</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="153"/>
        <source>configuring the conversation database</source>
        <translation>配置对话数据库</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="159"/>
        <source>The conversation database %1 could not be switched to write-ahead logging (journal mode is %2). Is it on a network drive?</source>
        <translation>无法将对话数据库 %1 切换为预写日志模式（当前日志模式为 %2）。它是否位于网络驱动器上？</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="177"/>
        <source>upgrading the conversation database to version %1</source>
        <translation>将对话数据库升级到版本 %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="213"/>
        <source>creating the conversation database</source>
        <translation>创建对话数据库</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="230"/>
        <source>adding reply figures to the conversation database</source>
        <translation>向对话数据库添加回复统计数据</translation>
    </message>
</context>
<context>
    <name>EditMessageDialog</name>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="13"/>
        <source>Edit message</source>
        <translation>编辑消息</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="19"/>
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="20"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="28"/>
        <source>Message text</source>
        <translation>消息文本</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="21"/>
        <source>No model yet</source>
        <translation>还没有模型</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="28"/>
        <source>Tritium runs ternary (1.58-bit) language models on your own computer, fully offline. Import a model file you already have, or download one.</source>
        <translation>Tritium 在你自己的电脑上完全离线地运行三值（1.58 位）语言模型。导入已有的模型文件，或下载一个。</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="48"/>
        <source>Download a model…</source>
        <translation>下载模型…</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="50"/>
        <source>Download a model</source>
        <translation>下载模型</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="55"/>
        <source>Import a model file…</source>
        <translation>导入模型文件…</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="56"/>
        <source>Import a model file</source>
        <translation>导入模型文件</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="62"/>
        <source>Use the demo model</source>
        <translation>使用演示模型</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="63"/>
        <source>Use the built-in demo model</source>
        <translation>使用内置的演示模型</translation>
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
        <translation>导出聊天</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="58"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="58"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="84"/>
        <source>Drop a .gguf model file to import it</source>
        <translation>拖放 .gguf 模型文件以导入</translation>
    </message>
</context>
<context>
    <name>MemoryPreflight</name>
    <message>
        <location filename="../app/models/MemoryPreflight.cpp" line="64"/>
        <source>This model needs about %1 of memory with a context of %2 tokens, but only %3 is free. Close other programs, or choose a smaller context length in Settings.</source>
        <translation>在 %2 个词元的上下文下，此模型需要约 %1 内存，但只有 %3 可用。请关闭其他程序，或在“设置”中选择更小的上下文长度。</translation>
    </message>
    <message>
        <location filename="../app/models/MemoryPreflight.cpp" line="70"/>
        <source>This model needs about %1 of the %2 of memory that is free (context of %3 tokens); the computer may slow down. A smaller context length needs less.</source>
        <translation>此模型需要占用 %2 可用内存中的约 %1（上下文为 %3 个词元）；电脑可能会变慢。较小的上下文长度需要的内存更少。</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="39"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="39"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="118"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="119"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="119"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/MessageDelegate.qml" line="126"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个词元</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="127"/>
        <source>%1 tok/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="128"/>
        <source>first token %1 ms</source>
        <translation>首个词元 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="136"/>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="141"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="149"/>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="153"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="156"/>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="161"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="164"/>
        <source>Edit and resend</source>
        <translation>编辑并重新发送</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="169"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="172"/>
        <source>Regenerate reply</source>
        <translation>重新生成回复</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="177"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="180"/>
        <source>Continue this reply</source>
        <translation>继续这条回复</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="37"/>
        <location filename="../qml/components/ModelCard.qml" line="39"/>
        <source>unknown</source>
        <translation>未知</translation>
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
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="45"/>
        <source>Waiting to download</source>
        <translation>等待下载</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="46"/>
        <source>Downloading: %1 of %2 · %3/s · %4 left</source>
        <translation>正在下载：%1 / %2 · %3/秒 · 剩余 %4</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="47"/>
        <source>Connection lost; retrying…</source>
        <translation>连接已断开，正在重试…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="48"/>
        <source>Paused at %1%</source>
        <translation>已在 %1% 处暂停</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="49"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="50"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="51"/>
        <source>Cannot be used</source>
        <translation>无法使用</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="52"/>
        <source>Loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="52"/>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="71"/>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="72"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="73"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="86"/>
        <source>%1 parameters</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="87"/>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="88"/>
        <source>needs about %1 of memory</source>
        <translation>需要约 %1 内存</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="118"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="118"/>
        <source>Download (%1)</source>
        <translation>下载 (%1)</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="120"/>
        <source>Download %1</source>
        <translation>下载 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="126"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="127"/>
        <source>Pause the download</source>
        <translation>暂停下载</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="133"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="135"/>
        <source>Resume the download</source>
        <translation>继续下载</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="141"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="142"/>
        <source>Cancel the download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="148"/>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="150"/>
        <source>Load %1</source>
        <translation>加载 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="155"/>
        <source>Make default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="156"/>
        <source>Use %1 at start</source>
        <translation>启动时使用 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="162"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="163"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="33"/>
        <location filename="../app/models/ModelImporter.cpp" line="50"/>
        <source>The file could not be read: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="37"/>
        <source>The models folder cannot be written to: %1.</source>
        <translation>无法写入模型文件夹：%1。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="45"/>
        <source>The import was canceled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="54"/>
        <location filename="../app/models/ModelImporter.cpp" line="63"/>
        <source>The copy could not be written (is the disk full?): %1.</source>
        <translation>无法写入副本（磁盘是否已满？）：%1。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="81"/>
        <source>The file could not be read (%1).</source>
        <translation>无法读取文件（%1）。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="90"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="93"/>
        <source>Only .gguf model files can be imported; %1 is not one.</source>
        <translation>只能导入 .gguf 模型文件；%1 不是。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="96"/>
        <source>The name &quot;%1&quot; cannot be used in the models folder; rename the file and try again.</source>
        <translation>名称“%1”不能用于模型文件夹；请重命名文件后重试。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="101"/>
        <source>Tritium cannot use this file: %1</source>
        <translation>Tritium 无法使用此文件：%1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="106"/>
        <source>A model named %1 is already in the models folder.</source>
        <translation>模型文件夹中已有名为 %1 的模型。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="108"/>
        <source>The models folder %1 cannot be written to.</source>
        <translation>无法写入模型文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="114"/>
        <source>The link could not be made (%1). Choose Copy instead; on Windows, links need Developer Mode.</source>
        <translation>无法创建链接（%1）。请改选“复制”；在 Windows 上，链接需要开启开发者模式。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="129"/>
        <source>The copy is not usable: %1</source>
        <translation>副本无法使用：%1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="134"/>
        <source>The copy could not be moved into the models folder (%1).</source>
        <translation>无法将副本移入模型文件夹（%1）。</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="13"/>
        <source>unknown size</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="23"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="31"/>
        <source>Import a model file…</source>
        <translation>导入模型文件…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="33"/>
        <location filename="../qml/pages/ModelsPage.qml" line="88"/>
        <source>Import a model file</source>
        <translation>导入模型文件</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="37"/>
        <source>Open models folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="38"/>
        <source>Open the models folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModelsPage.qml" line="43"/>
        <source>Folder: %1 · Memory estimates are for a context of %n token(s).</source>
        <translation>
            <numerusform>文件夹：%1 · 内存估算基于 %n 个词元的上下文。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="89"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="89"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="98"/>
        <source>Copy or link?</source>
        <translation>复制还是链接？</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="106"/>
        <source>Copy the file into the models folder (uses disk space), or link to it where it is (the model disappears if you move it).</source>
        <translation>将文件复制到模型文件夹（占用磁盘空间），或在原位置链接它（移动文件后模型会消失）。</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="111"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="112"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="123"/>
        <source>Delete model?</source>
        <translation>删除模型？</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="130"/>
        <source>“%1” will be deleted from the models folder.</source>
        <translation>“%1”将从模型文件夹中删除。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../qml/components/Notice.qml" line="31"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <location filename="../app/storage/SearchIndex.cpp" line="13"/>
        <source>preparing the search index</source>
        <translation>准备搜索索引</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="37"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="47"/>
        <location filename="../qml/pages/SettingsPage.qml" line="54"/>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="58"/>
        <source>Context length (tokens)</source>
        <translation>上下文长度（词元）</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="67"/>
        <source>Context length in tokens</source>
        <translation>以词元计的上下文长度</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="73"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="75"/>
        <location filename="../qml/pages/SettingsPage.qml" line="102"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <location filename="../qml/pages/SettingsPage.qml" line="127"/>
        <location filename="../qml/pages/SettingsPage.qml" line="128"/>
        <location filename="../qml/pages/SettingsPage.qml" line="135"/>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="106"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="139"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="145"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="147"/>
        <source>Tritium %1 · kernels: %2</source>
        <translation>Tritium %1 · 计算内核：%2</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="151"/>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="25"/>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="26"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="27"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="28"/>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="29"/>
        <source>Previous 30 days</source>
        <translation>过去 30 天</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="30"/>
        <source>Older</source>
        <translation>更早</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="52"/>
        <source>Tritium</source>
        <translation>Tritium</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="63"/>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="67"/>
        <source>Start a new chat</source>
        <translation>开始新聊天</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="69"/>
        <source>New chat (Ctrl+N)</source>
        <translation>新聊天 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="76"/>
        <source>Search chats (Ctrl+K)</source>
        <translation>搜索聊天 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="78"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="114"/>
        <source>No conversation matches your search.</source>
        <translation>没有与搜索匹配的对话。</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="115"/>
        <source>No conversations yet.</source>
        <translation>还没有对话。</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="124"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="130"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="136"/>
        <source>Settings</source>
        <translation>设置</translation>
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
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="36"/>
        <source>Recent generation speed</source>
        <translation>最近的生成速度</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="39"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="43"/>
        <source>First token</source>
        <translation>首个词元</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="44"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="48"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="52"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="56"/>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="64"/>
        <source>Context %1 / %2</source>
        <translation>上下文 %1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="74"/>
        <source>Context used</source>
        <translation>已用上下文</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="30"/>
        <location filename="../app/storage/StorageError.cpp" line="61"/>
        <source>Could not finish %1: %2</source>
        <translation>无法完成%1：%2</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="35"/>
        <source>Could not finish %1: the conversation database is in use by another program (is Tritium open twice?). Close it and try again.</source>
        <translation>无法完成%1：对话数据库正被另一个程序使用（Tritium 是否打开了两次？）。请关闭它后重试。</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="39"/>
        <source>Could not finish %1: the disk is full. Free some space and try again; everything saved before is still there.</source>
        <translation>无法完成%1：磁盘已满。请释放一些空间后重试；之前保存的内容都还在。</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="43"/>
        <source>Could not finish %1: the disk reported an error (%2). Everything saved before is still there.</source>
        <translation>无法完成%1：磁盘报告了错误（%2）。之前保存的内容都还在。</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="49"/>
        <source>Could not finish %1: the conversation database is read-only. Check the permissions of the app&apos;s data folder.</source>
        <translation>无法完成%1：对话数据库为只读。请检查应用数据文件夹的权限。</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="55"/>
        <source>Could not finish %1: the conversation database is damaged (%2).</source>
        <translation>无法完成%1：对话数据库已损坏（%2）。</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="58"/>
        <source>Could not finish %1: the conversation database could not be opened (%2).</source>
        <translation>无法完成%1：无法打开对话数据库（%2）。</translation>
    </message>
</context>
<context>
    <name>tritium::AppContext</name>
    <message>
        <location filename="../app/AppContext.cpp" line="67"/>
        <source>Your conversation database was damaged and could not be read. It was set aside as %1 and a new one was started.</source>
        <translation>你的对话数据库已损坏，无法读取。它已另存为 %1，并已新建一个数据库。</translation>
    </message>
</context>
<context>
    <name>tritium::Catalog</name>
    <message>
        <location filename="../app/models/Catalog.cpp" line="48"/>
        <source>Your catalog&apos;s entry &quot;%1&quot; was skipped: the file name &quot;%2&quot; is already used by another model.</source>
        <translation>已跳过你的目录中的条目“%1”：文件名“%2”已被另一个模型使用。</translation>
    </message>
    <message>
        <location filename="../app/models/Catalog.cpp" line="65"/>
        <source>The catalog &quot;%1&quot; could not be read: %2.</source>
        <translation>无法读取目录“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../app/models/Catalog.cpp" line="69"/>
        <source>The catalog &quot;%1&quot; is larger than %2 bytes and was not read.</source>
        <translation>目录“%1”大于 %2 字节，未读取。</translation>
    </message>
</context>
<context>
    <name>tritium::ChatController</name>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="57"/>
        <location filename="../app/chat/ChatController.cpp" line="62"/>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="183"/>
        <source>A reply is already being written.</source>
        <translation>已有一条回复正在生成。</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="184"/>
        <location filename="../app/chat/ChatController.cpp" line="208"/>
        <source>No model is loaded. Choose one on the Models page.</source>
        <translation>未加载模型。请在“模型”页面中选择一个。</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="413"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="426"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>tritium::DownloadTask</name>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="86"/>
        <source>The models folder %1 cannot be written to. Choose another folder in Settings.</source>
        <translation>无法写入模型文件夹 %1。请在“设置”中选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="99"/>
        <source>Could not write to the models folder (%1).</source>
        <translation>无法写入模型文件夹（%1）。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="123"/>
        <source>Not enough free disk space: this model needs %1 more (plus %2 to spare), but only %3 is free in %4. Free some space or choose another models folder in Settings.</source>
        <translation>磁盘空间不足：此模型还需要 %1（外加 %2 余量），但 %4 中只有 %3 可用。请释放空间，或在“设置”中选择其他模型文件夹。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="152"/>
        <source>Could not write the download to %1: %2.</source>
        <translation>无法将下载内容写入 %1：%2。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="215"/>
        <source>The server&apos;s file is %1 bytes, but the catalog expects %2 bytes: it is not the file we asked for. Check the mirror setting, or update the app.</source>
        <translation>服务器上的文件为 %1 字节，但目录预期为 %2 字节：这不是我们请求的文件。请检查镜像设置，或更新应用。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="240"/>
        <source>Could not save the download: the disk is full or the file is too large for it (%1). The partial file was deleted; free some space and try again.</source>
        <translation>无法保存下载内容：磁盘已满，或文件对该磁盘来说太大（%1）。不完整的文件已删除；请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="296"/>
        <source>No data arrived for %1 seconds.</source>
        <translation>已有 %1 秒没有收到数据。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="316"/>
        <source>The connection closed after %1 of %2.</source>
        <translation>接收 %1 / %2 后连接已关闭。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="327"/>
        <source>The server has no such file (HTTP %1). The catalog may be out of date, or the mirror may not have this model: %2</source>
        <translation>服务器上没有该文件（HTTP %1）。目录可能已过期，或镜像上没有此模型：%2</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="333"/>
        <source>The server %1 refused access to the file (HTTP %2). The model may need an account or a licence agreement on its web page.</source>
        <translation>服务器 %1 拒绝访问该文件（HTTP %2）。该模型可能需要在其网页上注册账户或同意许可协议。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="339"/>
        <source>The server %1 is busy or had a problem (HTTP %2).</source>
        <translation>服务器 %1 繁忙或出现问题（HTTP %2）。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="342"/>
        <source>The server %1 answered with HTTP %2, which Tritium cannot use.</source>
        <translation>服务器 %1 返回了 HTTP %2，Tritium 无法使用。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="345"/>
        <source>The secure connection to %1 could not be verified, so the download was stopped. Check the computer&apos;s date and time, or your network&apos;s proxy.</source>
        <translation>无法验证与 %1 的安全连接，因此已停止下载。请检查电脑的日期和时间，或网络代理。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="349"/>
        <source>The server %1 tried to send the download over an insecure connection, so it was stopped.</source>
        <translation>服务器 %1 试图通过不安全的连接发送下载内容，因此已停止。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="353"/>
        <source>The server %1 could not be found. Are you connected to the internet?</source>
        <translation>找不到服务器 %1。你连接到互联网了吗？</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="356"/>
        <source>The server %1 refused the connection.</source>
        <translation>服务器 %1 拒绝了连接。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="359"/>
        <source>The connection to %1 failed (%2).</source>
        <translation>与 %1 的连接失败（%2）。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="368"/>
        <source>%1 Tritium gave up after %2 tries; you can resume the download later.</source>
        <translation>%1 Tritium 在尝试 %2 次后放弃；你可以稍后继续下载。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="404"/>
        <source>The partial download could not be read back (%1). It was deleted; please download again.</source>
        <translation>无法读回未完成的下载（%1）。它已被删除；请重新下载。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="405"/>
        <source>size changed</source>
        <translation>大小已改变</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="410"/>
        <source>The downloaded file has %1 bytes instead of %2. It was deleted; please try again.</source>
        <translation>下载的文件为 %1 字节，而不是 %2 字节。它已被删除；请重试。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="417"/>
        <source>The downloaded file is damaged or not the expected one: its SHA-256 is %1, but the catalog expects %2. It was deleted; please try again, or choose another mirror.</source>
        <translation>下载的文件已损坏或不是预期的文件：其 SHA-256 为 %1，但目录预期为 %2。它已被删除；请重试，或选择其他镜像。</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="427"/>
        <source>The download is complete but could not be moved into the models folder: %1.</source>
        <translation>下载已完成，但无法移入模型文件夹：%1。</translation>
    </message>
</context>
<context>
    <name>tritium::Downloader</name>
    <message>
        <location filename="../app/models/Downloader.cpp" line="36"/>
        <source>&quot;%1&quot; is not a usable model file name.</source>
        <translation>“%1”不是可用的模型文件名。</translation>
    </message>
    <message>
        <location filename="../app/models/Downloader.cpp" line="40"/>
        <source>&quot;%1&quot; is not a web address Tritium can download from.</source>
        <translation>“%1”不是 Tritium 可以从中下载的网址。</translation>
    </message>
    <message>
        <location filename="../app/models/Downloader.cpp" line="48"/>
        <source>%1 is already being downloaded.</source>
        <translation>%1 已在下载中。</translation>
    </message>
</context>
<context>
    <name>tritium::IncrementalHasher</name>
    <message>
        <location filename="../app/models/IncrementalHasher.cpp" line="18"/>
        <source>the file is shorter than expected</source>
        <translation>文件比预期的短</translation>
    </message>
</context>
<context>
    <name>tritium::InferenceWorker</name>
    <message>
        <location filename="../app/inference/InferenceWorker.cpp" line="96"/>
        <source>No model is loaded. Load a model on the Models page first.</source>
        <translation>未加载模型。请先在“模型”页面中加载一个模型。</translation>
    </message>
</context>
<context>
    <name>tritium::ModelLibrary</name>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="300"/>
        <source>%1 is not a model Tritium can download.</source>
        <translation>%1 不是 Tritium 可以下载的模型。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="321"/>
        <source>The demo model is part of the app and cannot be deleted.</source>
        <translation>演示模型是应用的一部分，无法删除。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="333"/>
        <source>Only files on this computer can be imported.</source>
        <translation>只能导入这台电脑上的文件。</translation>
    </message>
</context>
<context>
    <name>tritium::ModelStore</name>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="52"/>
        <source>The file this link points to is gone: %1</source>
        <translation>此链接指向的文件已不存在：%1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="144"/>
        <source>&quot;%1&quot; is not a model file name.</source>
        <translation>“%1”不是模型文件名。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="147"/>
        <source>%1 is not in the models folder.</source>
        <translation>%1 不在模型文件夹中。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="150"/>
        <source>%1 is loaded. Unload it, or load another model, before deleting it.</source>
        <translation>%1 已加载。删除前请先卸载它，或加载另一个模型。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="153"/>
        <source>%1 could not be deleted: %2.</source>
        <translation>无法删除 %1：%2。</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="163"/>
        <source>Another import is still running.</source>
        <translation>另一个导入仍在进行中。</translation>
    </message>
</context>
</TS>
