<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CatalogParser</name>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="34"/>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>الحقل «%1» مفقود</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="38"/>
        <source>the field &quot;%1&quot; is not text</source>
        <translation>الحقل «%1» ليس نصًا</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="43"/>
        <source>the field &quot;%1&quot; is longer than %2 characters</source>
        <translation>الحقل «%1» أطول من %2 حرفًا</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="47"/>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>الحقل «%1» فارغ</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="56"/>
        <source>the field &quot;%1&quot; is not true or false</source>
        <translation>الحقل «%1» ليس true أو false</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="68"/>
        <source>the field &quot;%1&quot; is not a number</source>
        <translation>الحقل «%1» ليس رقمًا</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="73"/>
        <source>the field &quot;%1&quot; is out of range (%2 to %3%4)</source>
        <translation>الحقل «%1» خارج النطاق (من %2 إلى %3%4)</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="77"/>
        <source>, whole numbers</source>
        <translation>، أعداد صحيحة</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="103"/>
        <source>The mirror address &quot;%1&quot; is not an http or https address; using %2 instead.</source>
        <translation>عنوان المرآة «%1» ليس عنوان http أو https؛ سيُستخدم %2 بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="125"/>
        <source>The catalog is not valid JSON (%1 at byte %2).</source>
        <translation>الفهرس ليس JSON صالحًا (%1 عند البايت %2).</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="129"/>
        <source>The catalog is not a JSON object.</source>
        <translation>الفهرس ليس كائن JSON.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="135"/>
        <source>The catalog has format %1; this version of Tritium reads format %2.</source>
        <translation>صيغة الفهرس %1؛ وهذا الإصدار من Tritium يقرأ الصيغة %2.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="136"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="142"/>
        <source>The catalog has no &quot;models&quot; list.</source>
        <translation>لا يحتوي الفهرس على قائمة «models».</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="148"/>
        <source>The catalog has %1 entries; only the first %2 are read.</source>
        <translation>يحتوي الفهرس على %1 عنصرًا؛ تُقرأ أول %2 فقط.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="155"/>
        <source>it is not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="159"/>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>المعرّف «%1» مستخدم مرتين</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="161"/>
        <source>the file name &quot;%1&quot; is used twice</source>
        <translation>اسم الملف «%1» مستخدم مرتين</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="163"/>
        <source>Catalog entry %1 was skipped: %2.</source>
        <translation>تم تخطي عنصر الفهرس %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="182"/>
        <source>the id &quot;%1&quot; may only hold a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>المعرّف «%1» لا يجوز أن يحتوي إلا على a-z و0-9 و&apos;.&apos; و&apos;_&apos; و&apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="189"/>
        <source>the tensor type &quot;%1&quot; is not a type name</source>
        <translation>نوع الموتر «%1» ليس اسم نوع</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="197"/>
        <source>the file name &quot;%1&quot; is not a plain .gguf file name (it could point outside the models folder)</source>
        <translation>اسم الملف «%1» ليس اسم ملف ‎.gguf بسيطًا (قد يشير إلى خارج مجلد النماذج)</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="209"/>
        <source>the SHA-256 is not 64 hexadecimal digits</source>
        <translation>قيمة SHA-256 ليست 64 رقمًا ستّ عشريًا</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="216"/>
        <source>&quot;sampling&quot; is not a JSON object</source>
        <translation>«sampling» ليس كائن JSON</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="268"/>
        <source>the repository &quot;%1&quot; is not of the form owner/name</source>
        <translation>المستودع «%1» ليس بالشكل المالك/الاسم</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="272"/>
        <source>the revision &quot;%1&quot; is not a commit or branch name</source>
        <translation>المراجعة «%1» ليست اسم إيداع أو فرع</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="276"/>
        <source>the remote file name &quot;%1&quot; is not a plain file name</source>
        <translation>اسم الملف البعيد «%1» ليس اسم ملف بسيطًا</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="284"/>
        <source>it has neither a &quot;url&quot; nor a &quot;repo&quot;</source>
        <translation>لا يحتوي على «url» ولا «repo»</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="288"/>
        <source>the download address &quot;%1&quot; is not https (http is only used for a mirror you set yourself)</source>
        <translation>عنوان التنزيل «%1» ليس https (لا يُستخدم http إلا لمرآة تضبطها بنفسك)</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="63"/>
        <source>Loading model… %1%</source>
        <translation>جارٍ تحميل النموذج… %1%</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="64"/>
        <source>No model loaded</source>
        <translation>لم يُحمَّل أي نموذج</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="69"/>
        <source>Chat settings</source>
        <translation>إعدادات الدردشة</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="71"/>
        <source>System prompt and sampling for this chat</source>
        <translation>موجّه النظام وإعدادات أخذ العينات لهذه الدردشة</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ChatPage.qml" line="90"/>
        <source>The conversation is longer than the model&apos;s context: the %n oldest message(s) were left out of this reply.</source>
        <translation>
            <numerusform>المحادثة أطول من سياق النموذج: استُبعدت أقدم %n رسالة من هذا الرد.</numerusform>
            <numerusform>المحادثة أطول من سياق النموذج: استُبعدت أقدم رسالة (%n) من هذا الرد.</numerusform>
            <numerusform>المحادثة أطول من سياق النموذج: استُبعدت أقدم رسالتين (%n) من هذا الرد.</numerusform>
            <numerusform>المحادثة أطول من سياق النموذج: استُبعدت أقدم %n رسائل من هذا الرد.</numerusform>
            <numerusform>المحادثة أطول من سياق النموذج: استُبعدت أقدم %n رسالة من هذا الرد.</numerusform>
            <numerusform>المحادثة أطول من سياق النموذج: استُبعدت أقدم %n رسالة من هذا الرد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="117"/>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>اسأل عن أي شيء. كل شيء يبقى على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="26"/>
        <source>code</source>
        <translation>شيفرة</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="34"/>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="34"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="37"/>
        <source>Copy code</source>
        <translation>نسخ الشيفرة</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/components/Composer.qml" line="33"/>
        <source>Message Tritium…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>رسالة إلى Tritium…  (Enter للإرسال، Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="34"/>
        <source>Load a model to start chatting</source>
        <translation>حمِّل نموذجًا لبدء الدردشة</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="38"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="54"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="54"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="57"/>
        <source>Stop the reply</source>
        <translation>إيقاف الرد</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="57"/>
        <source>Send the message</source>
        <translation>إرسال الرسالة</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="48"/>
        <source>Conversation actions</source>
        <translation>إجراءات المحادثة</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="55"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="57"/>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="57"/>
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="60"/>
        <source>Export as Markdown…</source>
        <translation>تصدير بصيغة Markdown…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="61"/>
        <source>Export as JSON…</source>
        <translation>تصدير بصيغة JSON…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="63"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="68"/>
        <source>Rename chat</source>
        <translation>إعادة تسمية الدردشة</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="78"/>
        <source>Chat title</source>
        <translation>عنوان الدردشة</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="86"/>
        <source>Delete chat?</source>
        <translation>حذف الدردشة؟</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="93"/>
        <source>“%1” and all its messages will be deleted. This cannot be undone.</source>
        <translation>ستُحذف «%1» وجميع رسائلها. لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>ConversationJson</name>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="66"/>
        <source>The file is not a valid Tritium export: %1 (%2).</source>
        <translation>الملف ليس تصديرًا صالحًا من Tritium: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="71"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>«%1» مفقود</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="77"/>
        <source>&quot;%1&quot; is not text</source>
        <translation>«%1» ليس نصًا</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="83"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» ليس رقمًا</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="89"/>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>«%1» ليس عددًا صحيحًا من %2 إلى %3</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="98"/>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«%1» ليس true أو false</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="104"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>«%1» ليس تاريخًا ووقتًا</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="110"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>«%1» ليس قائمة</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="116"/>
        <source>&quot;%1&quot; is not an object</source>
        <translation>«%1» ليس كائنًا</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="130"/>
        <source>an entry is not an object</source>
        <translation>أحد العناصر ليس كائنًا</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="138"/>
        <source>message id %1 appears twice</source>
        <translation>معرّف الرسالة %1 مكرر</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="144"/>
        <source>the parent message %1 does not come before its reply</source>
        <translation>الرسالة الأصل %1 لا تسبق ردها</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="148"/>
        <source>&quot;role&quot; is not system, user or assistant</source>
        <translation>«role» ليس system أو user أو assistant</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="153"/>
        <source>&quot;state&quot; is not a known message state</source>
        <translation>«state» ليس حالة رسالة معروفة</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="185"/>
        <source>conversation %1, message %2</source>
        <translation>المحادثة %1، الرسالة %2</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="207"/>
        <source>the file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="209"/>
        <source>at byte %1</source>
        <translation>عند البايت %1</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="210"/>
        <source>it is not JSON: %1</source>
        <translation>ليس JSON: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="212"/>
        <source>it is not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="215"/>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>«format» ليس «%1»</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="220"/>
        <source>The file was exported by a newer version of Tritium (format %1; this version reads format %2). Update Tritium to import it.</source>
        <translation>صُدِّر الملف بإصدار أحدث من Tritium (الصيغة %1؛ هذا الإصدار يقرأ الصيغة %2). حدِّث Tritium لاستيراده.</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="227"/>
        <source>conversation %1</source>
        <translation>المحادثة %1</translation>
    </message>
</context>
<context>
    <name>ConversationMarkdown</name>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="10"/>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="12"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="14"/>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="22"/>
        <source>still being written</source>
        <translation>لا يزال قيد الكتابة</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="24"/>
        <source>stopped</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="26"/>
        <source>interrupted</source>
        <translation>انقطع</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="28"/>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/ConversationMarkdown.cpp" line="41"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n رمز</numerusform>
            <numerusform>%n رمز</numerusform>
            <numerusform>%n رمزان</numerusform>
            <numerusform>%n رموز</numerusform>
            <numerusform>%n رمزًا</numerusform>
            <numerusform>%n رمز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="43"/>
        <source>%1 tokens/s</source>
        <translation>%1 رمز/ث</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="45"/>
        <source>first token after %1 ms</source>
        <translation>أول رمز بعد %1 مللي ثانية</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="55"/>
        <source>Untitled conversation</source>
        <translation>محادثة بلا عنوان</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="59"/>
        <source>Started %1</source>
        <translation>بدأت في %1</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="62"/>
        <source>System prompt</source>
        <translation>موجّه النظام</translation>
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
        <translation>البحث في المحادثات</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="10"/>
        <source>Chat settings</source>
        <translation>إعدادات الدردشة</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="35"/>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="42"/>
        <source>System prompt</source>
        <translation>موجّه النظام</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="41"/>
        <source>Optional instructions for the assistant</source>
        <translation>تعليمات اختيارية للمساعد</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="47"/>
        <source>Temperature (×0.01)</source>
        <translation>درجة الحرارة (×0.01)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="48"/>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
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
        <translation>عقوبة التكرار (×0.01)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="56"/>
        <source>Repetition penalty</source>
        <translation>عقوبة التكرار</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="57"/>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="58"/>
        <source>Maximum reply tokens</source>
        <translation>الحد الأقصى لرموز الرد</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="59"/>
        <source>Seed (empty: random)</source>
        <translation>البذرة (فارغة: عشوائية)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="63"/>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="92"/>
        <source>creating the conversation</source>
        <translation>إنشاء المحادثة</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="113"/>
        <location filename="../app/storage/ConversationStore.cpp" line="298"/>
        <location filename="../app/storage/ConversationStore.cpp" line="310"/>
        <location filename="../app/storage/ConversationStore.cpp" line="319"/>
        <location filename="../app/storage/ConversationStore.cpp" line="336"/>
        <location filename="../app/storage/ConversationStore.cpp" line="348"/>
        <source>reading the conversation</source>
        <translation>قراءة المحادثة</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="124"/>
        <source>The conversation no longer exists (id %1).</source>
        <translation>المحادثة لم تعد موجودة (المعرّف %1).</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="131"/>
        <source>listing the conversations</source>
        <translation>عرض قائمة المحادثات</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="142"/>
        <source>renaming the conversation</source>
        <translation>إعادة تسمية المحادثة</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="150"/>
        <source>pinning the conversation</source>
        <translation>تثبيت المحادثة</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="150"/>
        <source>unpinning the conversation</source>
        <translation>إلغاء تثبيت المحادثة</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="162"/>
        <source>saving the conversation settings</source>
        <translation>حفظ إعدادات المحادثة</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="178"/>
        <location filename="../app/storage/ConversationStore.cpp" line="180"/>
        <source>deleting the conversation</source>
        <translation>حذف المحادثة</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="189"/>
        <location filename="../app/storage/ConversationStore.cpp" line="202"/>
        <location filename="../app/storage/ConversationStore.cpp" line="224"/>
        <source>saving the message</source>
        <translation>حفظ الرسالة</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="228"/>
        <source>A message can only answer a message of the same conversation.</source>
        <translation>لا يمكن لرسالة أن ترد إلا على رسالة من المحادثة نفسها.</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="247"/>
        <source>reading the message</source>
        <translation>قراءة الرسالة</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="250"/>
        <source>The message no longer exists (id %1).</source>
        <translation>الرسالة لم تعد موجودة (المعرّف %1).</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="257"/>
        <location filename="../app/storage/ConversationStore.cpp" line="270"/>
        <location filename="../app/storage/ConversationStore.cpp" line="276"/>
        <source>saving the reply</source>
        <translation>حفظ الرد</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="262"/>
        <source>The reply (id %1) is no longer being written; its text was not saved.</source>
        <translation>الرد (المعرّف %1) لم يعد قيد الكتابة؛ لم يُحفظ نصه.</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="269"/>
        <source>A finished reply cannot still be streaming.</source>
        <translation>لا يمكن لرد مكتمل أن يظل قيد البث.</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="356"/>
        <source>recovering replies interrupted by a crash</source>
        <translation>استعادة الردود التي قطعها تعطل مفاجئ</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="389"/>
        <source>importing conversations</source>
        <translation>استيراد المحادثات</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="61"/>
        <source>The folder %1 for the conversation database could not be created. Check that it is writable.</source>
        <translation>تعذّر إنشاء المجلد %1 الخاص بقاعدة بيانات المحادثات. تحقق من أنه قابل للكتابة.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="69"/>
        <source>opening the conversation database</source>
        <translation>فتح قاعدة بيانات المحادثات</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="87"/>
        <source>The conversation database %1 is damaged and a new one could not be created in its place (%2).</source>
        <translation>قاعدة بيانات المحادثات %1 تالفة، وتعذّر إنشاء قاعدة جديدة مكانها (%2).</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="107"/>
        <location filename="../app/storage/Database.cpp" line="168"/>
        <source>reading the conversation database</source>
        <translation>قراءة قاعدة بيانات المحادثات</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="114"/>
        <source>The conversation database %1 was written by a newer version of Tritium (schema %2; this version understands up to %3). It has been left untouched: please update Tritium to open it.</source>
        <translation>كُتبت قاعدة بيانات المحادثات %1 بإصدار أحدث من Tritium (المخطط %2؛ هذا الإصدار يفهم حتى %3). تُركت دون تغيير: يُرجى تحديث Tritium لفتحها.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="145"/>
        <source>The conversation database %1 is damaged, and it could not be moved aside to %2. Move or delete it yourself, then start Tritium again.</source>
        <translation>قاعدة بيانات المحادثات %1 تالفة، وتعذّر نقلها جانبًا إلى %2. انقلها أو احذفها بنفسك، ثم شغّل Tritium من جديد.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="153"/>
        <source>configuring the conversation database</source>
        <translation>ضبط قاعدة بيانات المحادثات</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="159"/>
        <source>The conversation database %1 could not be switched to write-ahead logging (journal mode is %2). Is it on a network drive?</source>
        <translation>تعذّر تحويل قاعدة بيانات المحادثات %1 إلى التسجيل المسبق للكتابة (وضع السجل هو %2). هل هي على محرك أقراص شبكي؟</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="177"/>
        <source>upgrading the conversation database to version %1</source>
        <translation>ترقية قاعدة بيانات المحادثات إلى الإصدار %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="213"/>
        <source>creating the conversation database</source>
        <translation>إنشاء قاعدة بيانات المحادثات</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="230"/>
        <source>adding reply figures to the conversation database</source>
        <translation>إضافة أرقام الردود إلى قاعدة بيانات المحادثات</translation>
    </message>
</context>
<context>
    <name>EditMessageDialog</name>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="13"/>
        <source>Edit message</source>
        <translation>تعديل الرسالة</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="19"/>
        <source>Resend</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="20"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="28"/>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="21"/>
        <source>No model yet</source>
        <translation>لا يوجد نموذج بعد</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="28"/>
        <source>Tritium runs ternary (1.58-bit) language models on your own computer, fully offline. Import a model file you already have, or download one.</source>
        <translation>يشغّل Tritium نماذج لغوية ثلاثية القيم (1.58 بت) على حاسوبك دون أي اتصال بالإنترنت. استورد ملف نموذج لديك، أو نزّل واحدًا.</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="48"/>
        <source>Download a model…</source>
        <translation>تنزيل نموذج…</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="50"/>
        <source>Download a model</source>
        <translation>تنزيل نموذج</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="55"/>
        <source>Import a model file…</source>
        <translation>استيراد ملف نموذج…</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="56"/>
        <source>Import a model file</source>
        <translation>استيراد ملف نموذج</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="62"/>
        <source>Use the demo model</source>
        <translation>استخدام النموذج التجريبي</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="63"/>
        <source>Use the built-in demo model</source>
        <translation>استخدام النموذج التجريبي المدمج</translation>
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
        <translation>تصدير الدردشة</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="58"/>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="58"/>
        <source>Markdown files (*.md)</source>
        <translation>ملفات Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="84"/>
        <source>Drop a .gguf model file to import it</source>
        <translation>أفلت ملف نموذج ‎.gguf لاستيراده</translation>
    </message>
</context>
<context>
    <name>MemoryPreflight</name>
    <message>
        <location filename="../app/models/MemoryPreflight.cpp" line="64"/>
        <source>This model needs about %1 of memory with a context of %2 tokens, but only %3 is free. Close other programs, or choose a smaller context length in Settings.</source>
        <translation>يحتاج هذا النموذج إلى نحو %1 من الذاكرة مع سياق من %2 رمز، لكن المتاح %3 فقط. أغلق برامج أخرى، أو اختر طول سياق أصغر في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../app/models/MemoryPreflight.cpp" line="70"/>
        <source>This model needs about %1 of the %2 of memory that is free (context of %3 tokens); the computer may slow down. A smaller context length needs less.</source>
        <translation>يحتاج هذا النموذج إلى نحو %1 من أصل %2 من الذاكرة المتاحة (سياق من %3 رمز)؛ قد يتباطأ الحاسوب. طول السياق الأصغر يحتاج إلى أقل.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="39"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="39"/>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="118"/>
        <source>Interrupted</source>
        <translation>انقطع</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="119"/>
        <source>Stopped</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="119"/>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/MessageDelegate.qml" line="126"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n رمز</numerusform>
            <numerusform>%n رمز</numerusform>
            <numerusform>%n رمزان</numerusform>
            <numerusform>%n رموز</numerusform>
            <numerusform>%n رمزًا</numerusform>
            <numerusform>%n رمز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="127"/>
        <source>%1 tok/s</source>
        <translation>%1 رمز/ث</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="128"/>
        <source>first token %1 ms</source>
        <translation>أول رمز %1 مللي ثانية</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="136"/>
        <source>Previous version</source>
        <translation>الإصدار السابق</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="141"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="149"/>
        <source>Next version</source>
        <translation>الإصدار التالي</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="153"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="156"/>
        <source>Copy message</source>
        <translation>نسخ الرسالة</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="161"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="164"/>
        <source>Edit and resend</source>
        <translation>تعديل وإعادة الإرسال</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="169"/>
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="172"/>
        <source>Regenerate reply</source>
        <translation>إعادة توليد الرد</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="177"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="180"/>
        <source>Continue this reply</source>
        <translation>متابعة هذا الرد</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="37"/>
        <location filename="../qml/components/ModelCard.qml" line="39"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModelCard.qml" line="40"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModelCard.qml" line="41"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="45"/>
        <source>Waiting to download</source>
        <translation>في انتظار التنزيل</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="46"/>
        <source>Downloading: %1 of %2 · %3/s · %4 left</source>
        <translation>جارٍ التنزيل: %1 من %2 · %3/ث · يتبقى %4</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="47"/>
        <source>Connection lost; retrying…</source>
        <translation>انقطع الاتصال؛ جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="48"/>
        <source>Paused at %1%</source>
        <translation>متوقف مؤقتًا عند %1%</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="49"/>
        <source>Checking the file…</source>
        <translation>جارٍ التحقق من الملف…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="50"/>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="51"/>
        <source>Cannot be used</source>
        <translation>غير قابل للاستخدام</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="52"/>
        <source>Loaded</source>
        <translation>محمَّل</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="52"/>
        <source>Installed</source>
        <translation>مثبَّت</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="71"/>
        <source>Recommended</source>
        <translation>مُوصى به</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="72"/>
        <source>Demo</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="73"/>
        <source>Default</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="86"/>
        <source>%1 parameters</source>
        <translation>%1 معامل</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="87"/>
        <source>file %1</source>
        <translation>الملف %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="88"/>
        <source>needs about %1 of memory</source>
        <translation>يحتاج إلى نحو %1 من الذاكرة</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="118"/>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="118"/>
        <source>Download (%1)</source>
        <translation>تنزيل (%1)</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="120"/>
        <source>Download %1</source>
        <translation>تنزيل %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="126"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="127"/>
        <source>Pause the download</source>
        <translation>إيقاف التنزيل مؤقتًا</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="133"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="135"/>
        <source>Resume the download</source>
        <translation>استئناف التنزيل</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="141"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="142"/>
        <source>Cancel the download</source>
        <translation>إلغاء التنزيل</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="148"/>
        <source>Load</source>
        <translation>تحميل</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="150"/>
        <source>Load %1</source>
        <translation>تحميل %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="155"/>
        <source>Make default</source>
        <translation>اجعله افتراضيًا</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="156"/>
        <source>Use %1 at start</source>
        <translation>استخدام %1 عند البدء</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="162"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="163"/>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="33"/>
        <location filename="../app/models/ModelImporter.cpp" line="50"/>
        <source>The file could not be read: %1.</source>
        <translation>تعذّرت قراءة الملف: %1.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="37"/>
        <source>The models folder cannot be written to: %1.</source>
        <translation>لا يمكن الكتابة في مجلد النماذج: %1.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="45"/>
        <source>The import was canceled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="54"/>
        <location filename="../app/models/ModelImporter.cpp" line="63"/>
        <source>The copy could not be written (is the disk full?): %1.</source>
        <translation>تعذّرت كتابة النسخة (هل القرص ممتلئ؟): %1.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="81"/>
        <source>The file could not be read (%1).</source>
        <translation>تعذّرت قراءة الملف (%1).</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="90"/>
        <source>%1 is not a file.</source>
        <translation>%1 ليس ملفًا.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="93"/>
        <source>Only .gguf model files can be imported; %1 is not one.</source>
        <translation>لا يمكن استيراد إلا ملفات النماذج ‎.gguf؛ و%1 ليس منها.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="96"/>
        <source>The name &quot;%1&quot; cannot be used in the models folder; rename the file and try again.</source>
        <translation>لا يمكن استخدام الاسم «%1» في مجلد النماذج؛ أعد تسمية الملف وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="101"/>
        <source>Tritium cannot use this file: %1</source>
        <translation>لا يستطيع Tritium استخدام هذا الملف: %1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="106"/>
        <source>A model named %1 is already in the models folder.</source>
        <translation>يوجد بالفعل نموذج باسم %1 في مجلد النماذج.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="108"/>
        <source>The models folder %1 cannot be written to.</source>
        <translation>لا يمكن الكتابة في مجلد النماذج %1.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="114"/>
        <source>The link could not be made (%1). Choose Copy instead; on Windows, links need Developer Mode.</source>
        <translation>تعذّر إنشاء الرابط (%1). اختر «نسخ» بدلًا منه؛ في Windows تتطلب الروابط وضع المطوّر.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="129"/>
        <source>The copy is not usable: %1</source>
        <translation>النسخة غير صالحة للاستخدام: %1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="134"/>
        <source>The copy could not be moved into the models folder (%1).</source>
        <translation>تعذّر نقل النسخة إلى مجلد النماذج (%1).</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="13"/>
        <source>unknown size</source>
        <translation>حجم غير معروف</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="23"/>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="31"/>
        <source>Import a model file…</source>
        <translation>استيراد ملف نموذج…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="33"/>
        <location filename="../qml/pages/ModelsPage.qml" line="88"/>
        <source>Import a model file</source>
        <translation>استيراد ملف نموذج</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="37"/>
        <source>Open models folder</source>
        <translation>فتح مجلد النماذج</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="38"/>
        <source>Open the models folder</source>
        <translation>فتح مجلد النماذج</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModelsPage.qml" line="43"/>
        <source>Folder: %1 · Memory estimates are for a context of %n token(s).</source>
        <translation>
            <numerusform>المجلد: ⁦%1⁩ · تقديرات الذاكرة لسياق من %n رمز.</numerusform>
            <numerusform>المجلد: ⁦%1⁩ · تقديرات الذاكرة لسياق من %n رمز.</numerusform>
            <numerusform>المجلد: ⁦%1⁩ · تقديرات الذاكرة لسياق من %n رمزين.</numerusform>
            <numerusform>المجلد: ⁦%1⁩ · تقديرات الذاكرة لسياق من %n رموز.</numerusform>
            <numerusform>المجلد: ⁦%1⁩ · تقديرات الذاكرة لسياق من %n رمزًا.</numerusform>
            <numerusform>المجلد: ⁦%1⁩ · تقديرات الذاكرة لسياق من %n رمز.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="89"/>
        <source>GGUF models (*.gguf)</source>
        <translation>نماذج GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="89"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="98"/>
        <source>Copy or link?</source>
        <translation>نسخ أم ربط؟</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="106"/>
        <source>Copy the file into the models folder (uses disk space), or link to it where it is (the model disappears if you move it).</source>
        <translation>انسخ الملف إلى مجلد النماذج (يستهلك مساحة على القرص)، أو اربطه في مكانه الحالي (يختفي النموذج إذا نقلت الملف).</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="111"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="112"/>
        <source>Link</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="123"/>
        <source>Delete model?</source>
        <translation>حذف النموذج؟</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="130"/>
        <source>“%1” will be deleted from the models folder.</source>
        <translation>سيُحذف «%1» من مجلد النماذج.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../qml/components/Notice.qml" line="31"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <location filename="../app/storage/SearchIndex.cpp" line="13"/>
        <source>preparing the search index</source>
        <translation>تجهيز فهرس البحث</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="37"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45"/>
        <source>Engine</source>
        <translation>المحرك</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="47"/>
        <location filename="../qml/pages/SettingsPage.qml" line="54"/>
        <source>Threads</source>
        <translation>الخيوط</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="58"/>
        <source>Context length (tokens)</source>
        <translation>طول السياق (رموز)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="67"/>
        <source>Context length in tokens</source>
        <translation>طول السياق بالرموز</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="73"/>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="75"/>
        <location filename="../qml/pages/SettingsPage.qml" line="102"/>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <location filename="../qml/pages/SettingsPage.qml" line="127"/>
        <location filename="../qml/pages/SettingsPage.qml" line="128"/>
        <location filename="../qml/pages/SettingsPage.qml" line="135"/>
        <source>Follow system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="106"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="139"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="145"/>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="147"/>
        <source>Tritium %1 · kernels: %2</source>
        <translation>Tritium %1 · النوى الحسابية: %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="151"/>
        <source>Log file: %1</source>
        <translation>ملف السجل: ⁦%1⁩</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="25"/>
        <source>Pinned</source>
        <translation>المثبَّتة</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="26"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="27"/>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="28"/>
        <source>Previous 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="29"/>
        <source>Previous 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="30"/>
        <source>Older</source>
        <translation>أقدم</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="52"/>
        <source>Tritium</source>
        <translation>Tritium</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="63"/>
        <source>New chat</source>
        <translation>دردشة جديدة</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="67"/>
        <source>Start a new chat</source>
        <translation>بدء دردشة جديدة</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="69"/>
        <source>New chat (Ctrl+N)</source>
        <translation>دردشة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="76"/>
        <source>Search chats (Ctrl+K)</source>
        <translation>البحث في الدردشات (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="78"/>
        <source>Search conversations</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="114"/>
        <source>No conversation matches your search.</source>
        <translation>لا توجد محادثة تطابق بحثك.</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="115"/>
        <source>No conversations yet.</source>
        <translation>لا توجد محادثات بعد.</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="124"/>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="130"/>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="136"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>StatsBar</name>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="29"/>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="30"/>
        <location filename="../qml/components/StatsBar.qml" line="40"/>
        <source>%1 tok/s</source>
        <translation>%1 رمز/ث</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="36"/>
        <source>Recent generation speed</source>
        <translation>سرعة التوليد الأخيرة</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="39"/>
        <source>Prompt</source>
        <translation>الموجّه</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="43"/>
        <source>First token</source>
        <translation>أول رمز</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="44"/>
        <source>%1 ms</source>
        <translation>%1 مللي ثانية</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="48"/>
        <source>Memory</source>
        <translation>الذاكرة</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="52"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="56"/>
        <source>Cache</source>
        <translation>الذاكرة المؤقتة</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="64"/>
        <source>Context %1 / %2</source>
        <translation>السياق %1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="74"/>
        <source>Context used</source>
        <translation>السياق المستخدم</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="30"/>
        <location filename="../app/storage/StorageError.cpp" line="61"/>
        <source>Could not finish %1: %2</source>
        <translation>تعذّر إتمام %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="35"/>
        <source>Could not finish %1: the conversation database is in use by another program (is Tritium open twice?). Close it and try again.</source>
        <translation>تعذّر إتمام %1: قاعدة بيانات المحادثات قيد الاستخدام من برنامج آخر (هل Tritium مفتوح مرتين؟). أغلقه وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="39"/>
        <source>Could not finish %1: the disk is full. Free some space and try again; everything saved before is still there.</source>
        <translation>تعذّر إتمام %1: القرص ممتلئ. حرّر بعض المساحة وحاول مجددًا؛ كل ما حُفظ من قبل لا يزال موجودًا.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="43"/>
        <source>Could not finish %1: the disk reported an error (%2). Everything saved before is still there.</source>
        <translation>تعذّر إتمام %1: أبلغ القرص عن خطأ (%2). كل ما حُفظ من قبل لا يزال موجودًا.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="49"/>
        <source>Could not finish %1: the conversation database is read-only. Check the permissions of the app&apos;s data folder.</source>
        <translation>تعذّر إتمام %1: قاعدة بيانات المحادثات للقراءة فقط. تحقق من أذونات مجلد بيانات التطبيق.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="55"/>
        <source>Could not finish %1: the conversation database is damaged (%2).</source>
        <translation>تعذّر إتمام %1: قاعدة بيانات المحادثات تالفة (%2).</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="58"/>
        <source>Could not finish %1: the conversation database could not be opened (%2).</source>
        <translation>تعذّر إتمام %1: تعذّر فتح قاعدة بيانات المحادثات (%2).</translation>
    </message>
</context>
<context>
    <name>tritium::AppContext</name>
    <message>
        <location filename="../app/AppContext.cpp" line="67"/>
        <source>Your conversation database was damaged and could not be read. It was set aside as %1 and a new one was started.</source>
        <translation>كانت قاعدة بيانات محادثاتك تالفة وتعذّرت قراءتها. نُقلت جانبًا باسم %1 وبُدئت قاعدة جديدة.</translation>
    </message>
</context>
<context>
    <name>tritium::Catalog</name>
    <message>
        <location filename="../app/models/Catalog.cpp" line="48"/>
        <source>Your catalog&apos;s entry &quot;%1&quot; was skipped: the file name &quot;%2&quot; is already used by another model.</source>
        <translation>تم تخطي العنصر «%1» من فهرسك: اسم الملف «%2» مستخدم بالفعل لنموذج آخر.</translation>
    </message>
    <message>
        <location filename="../app/models/Catalog.cpp" line="65"/>
        <source>The catalog &quot;%1&quot; could not be read: %2.</source>
        <translation>تعذّرت قراءة الفهرس «%1»: %2.</translation>
    </message>
    <message>
        <location filename="../app/models/Catalog.cpp" line="69"/>
        <source>The catalog &quot;%1&quot; is larger than %2 bytes and was not read.</source>
        <translation>الفهرس «%1» أكبر من %2 بايت ولم تتم قراءته.</translation>
    </message>
</context>
<context>
    <name>tritium::ChatController</name>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="57"/>
        <location filename="../app/chat/ChatController.cpp" line="62"/>
        <source>New chat</source>
        <translation>دردشة جديدة</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="183"/>
        <source>A reply is already being written.</source>
        <translation>هناك رد قيد الكتابة بالفعل.</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="184"/>
        <location filename="../app/chat/ChatController.cpp" line="208"/>
        <source>No model is loaded. Choose one on the Models page.</source>
        <translation>لم يُحمَّل أي نموذج. اختر واحدًا من صفحة النماذج.</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="413"/>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="426"/>
        <source>Could not read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>tritium::DownloadTask</name>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="86"/>
        <source>The models folder %1 cannot be written to. Choose another folder in Settings.</source>
        <translation>لا يمكن الكتابة في مجلد النماذج %1. اختر مجلدًا آخر في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="99"/>
        <source>Could not write to the models folder (%1).</source>
        <translation>تعذّرت الكتابة في مجلد النماذج (%1).</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="123"/>
        <source>Not enough free disk space: this model needs %1 more (plus %2 to spare), but only %3 is free in %4. Free some space or choose another models folder in Settings.</source>
        <translation>لا توجد مساحة حرة كافية على القرص: يحتاج هذا النموذج إلى %1 إضافية (زائد %2 احتياطًا)، لكن المتاح في %4 هو %3 فقط. حرّر بعض المساحة أو اختر مجلد نماذج آخر في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="152"/>
        <source>Could not write the download to %1: %2.</source>
        <translation>تعذّرت كتابة التنزيل في %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="215"/>
        <source>The server&apos;s file is %1 bytes, but the catalog expects %2 bytes: it is not the file we asked for. Check the mirror setting, or update the app.</source>
        <translation>حجم الملف على الخادم %1 بايت، لكن الفهرس يتوقع %2 بايت: ليس هذا الملف الذي طلبناه. تحقق من إعداد المرآة، أو حدِّث التطبيق.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="240"/>
        <source>Could not save the download: the disk is full or the file is too large for it (%1). The partial file was deleted; free some space and try again.</source>
        <translation>تعذّر حفظ التنزيل: القرص ممتلئ أو الملف أكبر مما يتسع له (%1). حُذف الملف الجزئي؛ حرّر بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="296"/>
        <source>No data arrived for %1 seconds.</source>
        <translation>لم تصل أي بيانات منذ %1 ثانية.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="316"/>
        <source>The connection closed after %1 of %2.</source>
        <translation>أُغلق الاتصال بعد %1 من %2.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="327"/>
        <source>The server has no such file (HTTP %1). The catalog may be out of date, or the mirror may not have this model: %2</source>
        <translation>لا يحتوي الخادم على هذا الملف (HTTP %1). ربما الفهرس قديم، أو لا تتوفر المرآة على هذا النموذج: %2</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="333"/>
        <source>The server %1 refused access to the file (HTTP %2). The model may need an account or a licence agreement on its web page.</source>
        <translation>رفض الخادم %1 الوصول إلى الملف (HTTP %2). قد يتطلب النموذج حسابًا أو الموافقة على ترخيص في صفحته على الويب.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="339"/>
        <source>The server %1 is busy or had a problem (HTTP %2).</source>
        <translation>الخادم %1 مشغول أو واجه مشكلة (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="342"/>
        <source>The server %1 answered with HTTP %2, which Tritium cannot use.</source>
        <translation>أجاب الخادم %1 بالرمز HTTP %2، ولا يستطيع Tritium استخدامه.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="345"/>
        <source>The secure connection to %1 could not be verified, so the download was stopped. Check the computer&apos;s date and time, or your network&apos;s proxy.</source>
        <translation>تعذّر التحقق من الاتصال الآمن بـ %1، لذا أُوقف التنزيل. تحقق من تاريخ الحاسوب ووقته، أو من الوكيل في شبكتك.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="349"/>
        <source>The server %1 tried to send the download over an insecure connection, so it was stopped.</source>
        <translation>حاول الخادم %1 إرسال التنزيل عبر اتصال غير آمن، لذا أُوقف.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="353"/>
        <source>The server %1 could not be found. Are you connected to the internet?</source>
        <translation>تعذّر العثور على الخادم %1. هل أنت متصل بالإنترنت؟</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="356"/>
        <source>The server %1 refused the connection.</source>
        <translation>رفض الخادم %1 الاتصال.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="359"/>
        <source>The connection to %1 failed (%2).</source>
        <translation>فشل الاتصال بـ %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="368"/>
        <source>%1 Tritium gave up after %2 tries; you can resume the download later.</source>
        <translation>%1 توقف Tritium بعد %2 محاولات؛ يمكنك استئناف التنزيل لاحقًا.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="404"/>
        <source>The partial download could not be read back (%1). It was deleted; please download again.</source>
        <translation>تعذّرت إعادة قراءة التنزيل الجزئي (%1). حُذف؛ يُرجى التنزيل من جديد.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="405"/>
        <source>size changed</source>
        <translation>تغيّر الحجم</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="410"/>
        <source>The downloaded file has %1 bytes instead of %2. It was deleted; please try again.</source>
        <translation>الملف المنزَّل حجمه %1 بايت بدلًا من %2. حُذف؛ يُرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="417"/>
        <source>The downloaded file is damaged or not the expected one: its SHA-256 is %1, but the catalog expects %2. It was deleted; please try again, or choose another mirror.</source>
        <translation>الملف المنزَّل تالف أو ليس الملف المتوقع: قيمة SHA-256 له هي %1، لكن الفهرس يتوقع %2. حُذف؛ يُرجى المحاولة مجددًا، أو اختيار مرآة أخرى.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="427"/>
        <source>The download is complete but could not be moved into the models folder: %1.</source>
        <translation>اكتمل التنزيل لكن تعذّر نقله إلى مجلد النماذج: %1.</translation>
    </message>
</context>
<context>
    <name>tritium::Downloader</name>
    <message>
        <location filename="../app/models/Downloader.cpp" line="36"/>
        <source>&quot;%1&quot; is not a usable model file name.</source>
        <translation>«%1» ليس اسم ملف نموذج صالحًا للاستخدام.</translation>
    </message>
    <message>
        <location filename="../app/models/Downloader.cpp" line="40"/>
        <source>&quot;%1&quot; is not a web address Tritium can download from.</source>
        <translation>«%1» ليس عنوان ويب يستطيع Tritium التنزيل منه.</translation>
    </message>
    <message>
        <location filename="../app/models/Downloader.cpp" line="48"/>
        <source>%1 is already being downloaded.</source>
        <translation>%1 قيد التنزيل بالفعل.</translation>
    </message>
</context>
<context>
    <name>tritium::IncrementalHasher</name>
    <message>
        <location filename="../app/models/IncrementalHasher.cpp" line="18"/>
        <source>the file is shorter than expected</source>
        <translation>الملف أقصر من المتوقع</translation>
    </message>
</context>
<context>
    <name>tritium::InferenceWorker</name>
    <message>
        <location filename="../app/inference/InferenceWorker.cpp" line="96"/>
        <source>No model is loaded. Load a model on the Models page first.</source>
        <translation>لم يُحمَّل أي نموذج. حمِّل نموذجًا من صفحة النماذج أولًا.</translation>
    </message>
</context>
<context>
    <name>tritium::ModelLibrary</name>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="300"/>
        <source>%1 is not a model Tritium can download.</source>
        <translation>%1 ليس نموذجًا يستطيع Tritium تنزيله.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="321"/>
        <source>The demo model is part of the app and cannot be deleted.</source>
        <translation>النموذج التجريبي جزء من التطبيق ولا يمكن حذفه.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="333"/>
        <source>Only files on this computer can be imported.</source>
        <translation>لا يمكن استيراد إلا الملفات الموجودة على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>tritium::ModelStore</name>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="52"/>
        <source>The file this link points to is gone: %1</source>
        <translation>الملف الذي يشير إليه هذا الرابط لم يعد موجودًا: %1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="144"/>
        <source>&quot;%1&quot; is not a model file name.</source>
        <translation>«%1» ليس اسم ملف نموذج.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="147"/>
        <source>%1 is not in the models folder.</source>
        <translation>%1 ليس في مجلد النماذج.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="150"/>
        <source>%1 is loaded. Unload it, or load another model, before deleting it.</source>
        <translation>%1 محمَّل. ألغِ تحميله أو حمِّل نموذجًا آخر قبل حذفه.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="153"/>
        <source>%1 could not be deleted: %2.</source>
        <translation>تعذّر حذف %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="163"/>
        <source>Another import is still running.</source>
        <translation>لا تزال عملية استيراد أخرى قيد التشغيل.</translation>
    </message>
</context>
</TS>
