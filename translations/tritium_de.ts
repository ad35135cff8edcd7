<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CatalogParser</name>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="34"/>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>das Feld „%1“ fehlt</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="38"/>
        <source>the field &quot;%1&quot; is not text</source>
        <translation>das Feld „%1“ ist kein Text</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="43"/>
        <source>the field &quot;%1&quot; is longer than %2 characters</source>
        <translation>das Feld „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="47"/>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>das Feld „%1“ ist leer</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="56"/>
        <source>the field &quot;%1&quot; is not true or false</source>
        <translation>das Feld „%1“ ist weder true noch false</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="68"/>
        <source>the field &quot;%1&quot; is not a number</source>
        <translation>das Feld „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="73"/>
        <source>the field &quot;%1&quot; is out of range (%2 to %3%4)</source>
        <translation>das Feld „%1“ liegt außerhalb des Bereichs (%2 bis %3%4)</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="77"/>
        <source>, whole numbers</source>
        <translation>, ganze Zahlen</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="103"/>
        <source>The mirror address &quot;%1&quot; is not an http or https address; using %2 instead.</source>
        <translation>Die Spiegeladresse „%1“ ist keine http- oder https-Adresse; stattdessen wird %2 verwendet.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="125"/>
        <source>The catalog is not valid JSON (%1 at byte %2).</source>
        <translation>Der Katalog ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="129"/>
        <source>The catalog is not a JSON object.</source>
        <translation>Der Katalog ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="135"/>
        <source>The catalog has format %1; this version of Tritium reads format %2.</source>
        <translation>Der Katalog hat Format %1; diese Tritium-Version liest Format %2.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="136"/>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="142"/>
        <source>The catalog has no &quot;models&quot; list.</source>
        <translation>Der Katalog hat keine „models“-Liste.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="148"/>
        <source>The catalog has %1 entries; only the first %2 are read.</source>
        <translation>Der Katalog hat %1 Einträge; nur die ersten %2 werden gelesen.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="155"/>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="159"/>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>die ID „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="161"/>
        <source>the file name &quot;%1&quot; is used twice</source>
        <translation>der Dateiname „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="163"/>
        <source>Catalog entry %1 was skipped: %2.</source>
        <translation>Katalogeintrag %1 wurde übersprungen: %2.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="182"/>
        <source>the id &quot;%1&quot; may only hold a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>die ID „%1“ darf nur a–z, 0–9, „.“, „_“ und „-“ enthalten</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="189"/>
        <source>the tensor type &quot;%1&quot; is not a type name</source>
        <translation>der Tensortyp „%1“ ist kein Typname</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="197"/>
        <source>the file name &quot;%1&quot; is not a plain .gguf file name (it could point outside the models folder)</source>
        <translation>der Dateiname „%1“ ist kein einfacher .gguf-Dateiname (er könnte aus dem Modellordner hinauszeigen)</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="209"/>
        <source>the SHA-256 is not 64 hexadecimal digits</source>
        <translation>die SHA-256 besteht nicht aus 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="216"/>
        <source>&quot;sampling&quot; is not a JSON object</source>
        <translation>„sampling“ ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="268"/>
        <source>the repository &quot;%1&quot; is not of the form owner/name</source>
        <translation>das Repository „%1“ hat nicht die Form Besitzer/Name</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="272"/>
        <source>the revision &quot;%1&quot; is not a commit or branch name</source>
        <translation>die Revision „%1“ ist kein Commit- oder Branch-Name</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="276"/>
        <source>the remote file name &quot;%1&quot; is not a plain file name</source>
        <translation>der entfernte Dateiname „%1“ ist kein einfacher Dateiname</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="284"/>
        <source>it has neither a &quot;url&quot; nor a &quot;repo&quot;</source>
        <translation>er hat weder „url“ noch „repo“</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="288"/>
        <source>the download address &quot;%1&quot; is not https (http is only used for a mirror you set yourself)</source>
        <translation>die Downloadadresse „%1“ ist nicht https (http wird nur für einen selbst eingestellten Spiegel verwendet)</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="63"/>
        <source>Loading model… %1%</source>
        <translation>Modell wird geladen… %1%</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="64"/>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="69"/>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="71"/>
        <source>System prompt and sampling for this chat</source>
        <translation>Systemprompt und Sampling für diesen Chat</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ChatPage.qml" line="90"/>
        <source>The conversation is longer than the model&apos;s context: the %n oldest message(s) were left out of this reply.</source>
        <translation>
            <numerusform>Die Unterhaltung ist länger als der Kontext des Modells: Die älteste Nachricht (%n) wurde bei dieser Antwort weggelassen.</numerusform>
            <numerusform>Die Unterhaltung ist länger als der Kontext des Modells: Die %n ältesten Nachrichten wurden bei dieser Antwort weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="117"/>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Frag, was du willst. Alles bleibt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="26"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="34"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="34"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="37"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/components/Composer.qml" line="33"/>
        <source>Message Tritium…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an Tritium…  (Eingabe zum Senden, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="34"/>
        <source>Load a model to start chatting</source>
        <translation>Lade ein Modell, um zu chatten</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="38"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="54"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="54"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="57"/>
        <source>Stop the reply</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="57"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="48"/>
        <source>Conversation actions</source>
        <translation>Aktionen für die Unterhaltung</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="55"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="57"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="57"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="60"/>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="61"/>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="63"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="68"/>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="78"/>
        <source>Chat title</source>
        <translation>Titel des Chats</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="86"/>
        <source>Delete chat?</source>
        <translation>Chat löschen?</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="93"/>
        <source>“%1” and all its messages will be deleted. This cannot be undone.</source>
        <translation>„%1“ und alle zugehörigen Nachrichten werden gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>ConversationJson</name>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="66"/>
        <source>The file is not a valid Tritium export: %1 (%2).</source>
        <translation>Die Datei ist kein gültiger Tritium-Export: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="71"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="77"/>
        <source>&quot;%1&quot; is not text</source>
        <translation>„%1“ ist kein Text</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="83"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="89"/>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="98"/>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="104"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="110"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="116"/>
        <source>&quot;%1&quot; is not an object</source>
        <translation>„%1“ ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="130"/>
        <source>an entry is not an object</source>
        <translation>ein Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="138"/>
        <source>message id %1 appears twice</source>
        <translation>die Nachrichten-ID %1 kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="144"/>
        <source>the parent message %1 does not come before its reply</source>
        <translation>die übergeordnete Nachricht %1 steht nicht vor ihrer Antwort</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="148"/>
        <source>&quot;role&quot; is not system, user or assistant</source>
        <translation>„role“ ist weder system noch user noch assistant</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="153"/>
        <source>&quot;state&quot; is not a known message state</source>
        <translation>„state“ ist kein bekannter Nachrichtenstatus</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="185"/>
        <source>conversation %1, message %2</source>
        <translation>Unterhaltung %1, Nachricht %2</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="207"/>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="209"/>
        <source>at byte %1</source>
        <translation>bei Byte %1</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="210"/>
        <source>it is not JSON: %1</source>
        <translation>es ist kein JSON: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="212"/>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="215"/>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>„format“ ist nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="220"/>
        <source>The file was exported by a newer version of Tritium (format %1; this version reads format %2). Update Tritium to import it.</source>
        <translation>Die Datei wurde von einer neueren Tritium-Version exportiert (Format %1; diese Version liest Format %2). Aktualisiere Tritium, um sie zu importieren.</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="227"/>
        <source>conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
</context>
<context>
    <name>ConversationMarkdown</name>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="10"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="12"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="14"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="22"/>
        <source>still being written</source>
        <translation>wird noch geschrieben</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="24"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="26"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="28"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/ConversationMarkdown.cpp" line="41"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="43"/>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="45"/>
        <source>first token after %1 ms</source>
        <translation>erstes Token nach %1 ms</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="55"/>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="59"/>
        <source>Started %1</source>
        <translation>Begonnen am %1</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="62"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
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
        <translation>Durchsuchen der Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="10"/>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="35"/>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="42"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="41"/>
        <source>Optional instructions for the assistant</source>
        <translation>Optionale Anweisungen für den Assistenten</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="47"/>
        <source>Temperature (×0.01)</source>
        <translation>Temperatur (×0,01)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="48"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="49"/>
        <source>Top-p (×0.01)</source>
        <translation>Top-p (×0,01)</translation>
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
        <translation>Min-p (×0,01)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="54"/>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="55"/>
        <source>Repetition penalty (×0.01)</source>
        <translation>Wiederholungsstrafe (×0,01)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="56"/>
        <source>Repetition penalty</source>
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="57"/>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="58"/>
        <source>Maximum reply tokens</source>
        <translation>Maximale Tokens pro Antwort</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="59"/>
        <source>Seed (empty: random)</source>
        <translation>Seed (leer: zufällig)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="63"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="92"/>
        <source>creating the conversation</source>
        <translation>Anlegen der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="113"/>
        <location filename="../app/storage/ConversationStore.cpp" line="298"/>
        <location filename="../app/storage/ConversationStore.cpp" line="310"/>
        <location filename="../app/storage/ConversationStore.cpp" line="319"/>
        <location filename="../app/storage/ConversationStore.cpp" line="336"/>
        <location filename="../app/storage/ConversationStore.cpp" line="348"/>
        <source>reading the conversation</source>
        <translation>Lesen der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="124"/>
        <source>The conversation no longer exists (id %1).</source>
        <translation>Die Unterhaltung existiert nicht mehr (ID %1).</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="131"/>
        <source>listing the conversations</source>
        <translation>Auflisten der Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="142"/>
        <source>renaming the conversation</source>
        <translation>Umbenennen der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="150"/>
        <source>pinning the conversation</source>
        <translation>Anheften der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="150"/>
        <source>unpinning the conversation</source>
        <translation>Lösen der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="162"/>
        <source>saving the conversation settings</source>
        <translation>Speichern der Einstellungen der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="178"/>
        <location filename="../app/storage/ConversationStore.cpp" line="180"/>
        <source>deleting the conversation</source>
        <translation>Löschen der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="189"/>
        <location filename="../app/storage/ConversationStore.cpp" line="202"/>
        <location filename="../app/storage/ConversationStore.cpp" line="224"/>
        <source>saving the message</source>
        <translation>Speichern der Nachricht</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="228"/>
        <source>A message can only answer a message of the same conversation.</source>
        <translation>Eine Nachricht kann nur auf eine Nachricht derselben Unterhaltung antworten.</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="247"/>
        <source>reading the message</source>
        <translation>Lesen der Nachricht</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="250"/>
        <source>The message no longer exists (id %1).</source>
        <translation>Die Nachricht existiert nicht mehr (ID %1).</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="257"/>
        <location filename="../app/storage/ConversationStore.cpp" line="270"/>
        <location filename="../app/storage/ConversationStore.cpp" line="276"/>
        <source>saving the reply</source>
        <translation>Speichern der Antwort</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="262"/>
        <source>The reply (id %1) is no longer being written; its text was not saved.</source>
        <translation>Die Antwort (ID %1) wird nicht mehr geschrieben; ihr Text wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="269"/>
        <source>A finished reply cannot still be streaming.</source>
        <translation>Eine fertige Antwort kann nicht mehr gestreamt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="356"/>
        <source>recovering replies interrupted by a crash</source>
        <translation>Wiederherstellen von Antworten, die ein Absturz unterbrochen hat</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="389"/>
        <source>importing conversations</source>
        <translation>Importieren von Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="61"/>
        <source>The folder %1 for the conversation database could not be created. Check that it is writable.</source>
        <translation>Der Ordner %1 für die Unterhaltungsdatenbank konnte nicht angelegt werden. Prüfe, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="69"/>
        <source>opening the conversation database</source>
        <translation>Öffnen der Unterhaltungsdatenbank</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="87"/>
        <source>The conversation database %1 is damaged and a new one could not be created in its place (%2).</source>
        <translation>Die Unterhaltungsdatenbank %1 ist beschädigt, und an ihrer Stelle konnte keine neue angelegt werden (%2).</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="107"/>
        <location filename="../app/storage/Database.cpp" line="168"/>
        <source>reading the conversation database</source>
        <translation>Lesen der Unterhaltungsdatenbank</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="114"/>
        <source>The conversation database %1 was written by a newer version of Tritium (schema %2; this version understands up to %3). It has been left untouched: please update Tritium to open it.</source>
        <translation>Die Unterhaltungsdatenbank %1 wurde von einer neueren Tritium-Version geschrieben (Schema %2; diese Version versteht bis %3). Sie wurde nicht verändert: Bitte aktualisiere Tritium, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="145"/>
        <source>The conversation database %1 is damaged, and it could not be moved aside to %2. Move or delete it yourself, then start Tritium again.</source>
        <translation>Die Unterhaltungsdatenbank %1 ist beschädigt und konnte nicht nach %2 beiseitegelegt werden. Verschiebe oder lösche sie selbst und starte Tritium dann neu.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="153"/>
        <source>configuring the conversation database</source>
        <translation>Einrichten der Unterhaltungsdatenbank</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="159"/>
        <source>The conversation database %1 could not be switched to write-ahead logging (journal mode is %2). Is it on a network drive?</source>
        <translation>Die Unterhaltungsdatenbank %1 konnte nicht auf Write-Ahead-Logging umgestellt werden (Journalmodus ist %2). Liegt sie auf einem Netzlaufwerk?</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="177"/>
        <source>upgrading the conversation database to version %1</source>
        <translation>Aktualisieren der Unterhaltungsdatenbank auf Version %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="213"/>
        <source>creating the conversation database</source>
        <translation>Anlegen der Unterhaltungsdatenbank</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="230"/>
        <source>adding reply figures to the conversation database</source>
        <translation>Ergänzen der Antwort-Kennzahlen in der Unterhaltungsdatenbank</translation>
    </message>
</context>
<context>
    <name>EditMessageDialog</name>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="13"/>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="19"/>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="20"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="28"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="21"/>
        <source>No model yet</source>
        <translation>Noch kein Modell</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="28"/>
        <source>Tritium runs ternary (1.58-bit) language models on your own computer, fully offline. Import a model file you already have, or download one.</source>
        <translation>Tritium führt ternäre Sprachmodelle (1,58 Bit) auf deinem eigenen Computer aus, komplett offline. Importiere eine Modelldatei, die du schon hast, oder lade eine herunter.</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="48"/>
        <source>Download a model…</source>
        <translation>Modell herunterladen…</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="50"/>
        <source>Download a model</source>
        <translation>Modell herunterladen</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="55"/>
        <source>Import a model file…</source>
        <translation>Modelldatei importieren…</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="56"/>
        <source>Import a model file</source>
        <translation>Modelldatei importieren</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="62"/>
        <source>Use the demo model</source>
        <translation>Demomodell verwenden</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="63"/>
        <source>Use the built-in demo model</source>
        <translation>Eingebautes Demomodell verwenden</translation>
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
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="58"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="58"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="84"/>
        <source>Drop a .gguf model file to import it</source>
        <translation>Lege eine .gguf-Modelldatei hier ab, um sie zu importieren</translation>
    </message>
</context>
<context>
    <name>MemoryPreflight</name>
    <message>
        <location filename="../app/models/MemoryPreflight.cpp" line="64"/>
        <source>This model needs about %1 of memory with a context of %2 tokens, but only %3 is free. Close other programs, or choose a smaller context length in Settings.</source>
        <translation>Dieses Modell braucht bei einem Kontext von %2 Tokens etwa %1 Arbeitsspeicher, aber nur %3 sind frei. Schließe andere Programme oder wähle in den Einstellungen eine kleinere Kontextlänge.</translation>
    </message>
    <message>
        <location filename="../app/models/MemoryPreflight.cpp" line="70"/>
        <source>This model needs about %1 of the %2 of memory that is free (context of %3 tokens); the computer may slow down. A smaller context length needs less.</source>
        <translation>Dieses Modell braucht etwa %1 von %2 freiem Arbeitsspeicher (Kontext von %3 Tokens); der Computer kann langsamer werden. Eine kleinere Kontextlänge braucht weniger.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="39"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="39"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="118"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="119"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="119"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/MessageDelegate.qml" line="126"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="127"/>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="128"/>
        <source>first token %1 ms</source>
        <translation>erstes Token %1 ms</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="136"/>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="141"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="149"/>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="153"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="156"/>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="161"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="164"/>
        <source>Edit and resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="169"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="172"/>
        <source>Regenerate reply</source>
        <translation>Antwort neu erzeugen</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="177"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="180"/>
        <source>Continue this reply</source>
        <translation>Diese Antwort fortsetzen</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="37"/>
        <location filename="../qml/components/ModelCard.qml" line="39"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModelCard.qml" line="40"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModelCard.qml" line="41"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="45"/>
        <source>Waiting to download</source>
        <translation>Wartet auf Download</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="46"/>
        <source>Downloading: %1 of %2 · %3/s · %4 left</source>
        <translation>Download: %1 von %2 · %3/s · noch %4</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="47"/>
        <source>Connection lost; retrying…</source>
        <translation>Verbindung verloren; neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="48"/>
        <source>Paused at %1%</source>
        <translation>Angehalten bei %1%</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="49"/>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="50"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="51"/>
        <source>Cannot be used</source>
        <translation>Nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="52"/>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="52"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="71"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="72"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="73"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="86"/>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="87"/>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="88"/>
        <source>needs about %1 of memory</source>
        <translation>braucht etwa %1 Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="118"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="118"/>
        <source>Download (%1)</source>
        <translation>Herunterladen (%1)</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="120"/>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="126"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="127"/>
        <source>Pause the download</source>
        <translation>Download anhalten</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="133"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="135"/>
        <source>Resume the download</source>
        <translation>Download fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="141"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="142"/>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="148"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="150"/>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="155"/>
        <source>Make default</source>
        <translation>Als Standard</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="156"/>
        <source>Use %1 at start</source>
        <translation>%1 beim Start verwenden</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="162"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="163"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="33"/>
        <location filename="../app/models/ModelImporter.cpp" line="50"/>
        <source>The file could not be read: %1.</source>
        <translation>Die Datei konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="37"/>
        <source>The models folder cannot be written to: %1.</source>
        <translation>In den Modellordner kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="45"/>
        <source>The import was canceled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="54"/>
        <location filename="../app/models/ModelImporter.cpp" line="63"/>
        <source>The copy could not be written (is the disk full?): %1.</source>
        <translation>Die Kopie konnte nicht geschrieben werden (ist der Datenträger voll?): %1.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="81"/>
        <source>The file could not be read (%1).</source>
        <translation>Die Datei konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="90"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="93"/>
        <source>Only .gguf model files can be imported; %1 is not one.</source>
        <translation>Nur .gguf-Modelldateien können importiert werden; %1 ist keine.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="96"/>
        <source>The name &quot;%1&quot; cannot be used in the models folder; rename the file and try again.</source>
        <translation>Der Name „%1“ kann im Modellordner nicht verwendet werden; benenne die Datei um und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="101"/>
        <source>Tritium cannot use this file: %1</source>
        <translation>Tritium kann diese Datei nicht verwenden: %1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="106"/>
        <source>A model named %1 is already in the models folder.</source>
        <translation>Im Modellordner gibt es schon ein Modell namens %1.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="108"/>
        <source>The models folder %1 cannot be written to.</source>
        <translation>In den Modellordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="114"/>
        <source>The link could not be made (%1). Choose Copy instead; on Windows, links need Developer Mode.</source>
        <translation>Die Verknüpfung konnte nicht angelegt werden (%1). Wähle stattdessen „Kopieren“; unter Windows brauchen Verknüpfungen den Entwicklermodus.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="129"/>
        <source>The copy is not usable: %1</source>
        <translation>Die Kopie ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="134"/>
        <source>The copy could not be moved into the models folder (%1).</source>
        <translation>Die Kopie konnte nicht in den Modellordner verschoben werden (%1).</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="13"/>
        <source>unknown size</source>
        <translation>unbekannte Größe</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="23"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="31"/>
        <source>Import a model file…</source>
        <translation>Modelldatei importieren…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="33"/>
        <location filename="../qml/pages/ModelsPage.qml" line="88"/>
        <source>Import a model file</source>
        <translation>Modelldatei importieren</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="37"/>
        <source>Open models folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="38"/>
        <source>Open the models folder</source>
        <translation>Den Modellordner öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModelsPage.qml" line="43"/>
        <source>Folder: %1 · Memory estimates are for a context of %n token(s).</source>
        <translation>
            <numerusform>Ordner: %1 · Speicherschätzungen gelten für einen Kontext von %n Token.</numerusform>
            <numerusform>Ordner: %1 · Speicherschätzungen gelten für einen Kontext von %n Tokens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="89"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="89"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="98"/>
        <source>Copy or link?</source>
        <translation>Kopieren oder verknüpfen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="106"/>
        <source>Copy the file into the models folder (uses disk space), or link to it where it is (the model disappears if you move it).</source>
        <translation>Die Datei in den Modellordner kopieren (belegt Speicherplatz) oder sie an ihrem Ort verknüpfen (das Modell verschwindet, wenn du sie verschiebst).</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="111"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="112"/>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="123"/>
        <source>Delete model?</source>
        <translation>Modell löschen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="130"/>
        <source>“%1” will be deleted from the models folder.</source>
        <translation>„%1“ wird aus dem Modellordner gelöscht.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../qml/components/Notice.qml" line="31"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <location filename="../app/storage/SearchIndex.cpp" line="13"/>
        <source>preparing the search index</source>
        <translation>Vorbereiten des Suchindex</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="37"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="47"/>
        <location filename="../qml/pages/SettingsPage.qml" line="54"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="58"/>
        <source>Context length (tokens)</source>
        <translation>Kontextlänge (Tokens)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="67"/>
        <source>Context length in tokens</source>
        <translation>Kontextlänge in Tokens</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="73"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="75"/>
        <location filename="../qml/pages/SettingsPage.qml" line="102"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <location filename="../qml/pages/SettingsPage.qml" line="127"/>
        <location filename="../qml/pages/SettingsPage.qml" line="128"/>
        <location filename="../qml/pages/SettingsPage.qml" line="135"/>
        <source>Follow system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="106"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="139"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="145"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="147"/>
        <source>Tritium %1 · kernels: %2</source>
        <translation>Tritium %1 · Kernels: %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="151"/>
        <source>Log file: %1</source>
        <translation>Protokolldatei: %1</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="25"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="26"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="27"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="28"/>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="29"/>
        <source>Previous 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="30"/>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="52"/>
        <source>Tritium</source>
        <translation>Tritium</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="63"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="67"/>
        <source>Start a new chat</source>
        <translation>Einen neuen Chat beginnen</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="69"/>
        <source>New chat (Ctrl+N)</source>
        <translation>Neuer Chat (Strg+N)</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="76"/>
        <source>Search chats (Ctrl+K)</source>
        <translation>Chats durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="78"/>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="114"/>
        <source>No conversation matches your search.</source>
        <translation>Keine Unterhaltung passt zu deiner Suche.</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="115"/>
        <source>No conversations yet.</source>
        <translation>Noch keine Unterhaltungen.</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="124"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="130"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="136"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>StatsBar</name>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="29"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="30"/>
        <location filename="../qml/components/StatsBar.qml" line="40"/>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="36"/>
        <source>Recent generation speed</source>
        <translation>Aktuelle Erzeugungsgeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="39"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="43"/>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="44"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="48"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="52"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="56"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="64"/>
        <source>Context %1 / %2</source>
        <translation>Kontext %1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="74"/>
        <source>Context used</source>
        <translation>Belegter Kontext</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="30"/>
        <location filename="../app/storage/StorageError.cpp" line="61"/>
        <source>Could not finish %1: %2</source>
        <translation>Fehler beim %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="35"/>
        <source>Could not finish %1: the conversation database is in use by another program (is Tritium open twice?). Close it and try again.</source>
        <translation>Fehler beim %1: Die Unterhaltungsdatenbank wird von einem anderen Programm benutzt (ist Tritium zweimal geöffnet?). Schließe es und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="39"/>
        <source>Could not finish %1: the disk is full. Free some space and try again; everything saved before is still there.</source>
        <translation>Fehler beim %1: Der Datenträger ist voll. Gib etwas Speicherplatz frei und versuche es erneut; alles bisher Gespeicherte ist noch da.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="43"/>
        <source>Could not finish %1: the disk reported an error (%2). Everything saved before is still there.</source>
        <translation>Fehler beim %1: Der Datenträger meldete einen Fehler (%2). Alles bisher Gespeicherte ist noch da.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="49"/>
        <source>Could not finish %1: the conversation database is read-only. Check the permissions of the app&apos;s data folder.</source>
        <translation>Fehler beim %1: Die Unterhaltungsdatenbank ist schreibgeschützt. Prüfe die Berechtigungen des Datenordners der App.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="55"/>
        <source>Could not finish %1: the conversation database is damaged (%2).</source>
        <translation>Fehler beim %1: Die Unterhaltungsdatenbank ist beschädigt (%2).</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="58"/>
        <source>Could not finish %1: the conversation database could not be opened (%2).</source>
        <translation>Fehler beim %1: Die Unterhaltungsdatenbank konnte nicht geöffnet werden (%2).</translation>
    </message>
</context>
<context>
    <name>tritium::AppContext</name>
    <message>
        <location filename="../app/AppContext.cpp" line="67"/>
        <source>Your conversation database was damaged and could not be read. It was set aside as %1 and a new one was started.</source>
        <translation>Deine Unterhaltungsdatenbank war beschädigt und konnte nicht gelesen werden. Sie wurde als %1 beiseitegelegt, und eine neue wurde angelegt.</translation>
    </message>
</context>
<context>
    <name>tritium::Catalog</name>
    <message>
        <location filename="../app/models/Catalog.cpp" line="48"/>
        <source>Your catalog&apos;s entry &quot;%1&quot; was skipped: the file name &quot;%2&quot; is already used by another model.</source>
        <translation>Der Eintrag „%1“ deines Katalogs wurde übersprungen: Der Dateiname „%2“ wird schon von einem anderen Modell verwendet.</translation>
    </message>
    <message>
        <location filename="../app/models/Catalog.cpp" line="65"/>
        <source>The catalog &quot;%1&quot; could not be read: %2.</source>
        <translation>Der Katalog „%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/models/Catalog.cpp" line="69"/>
        <source>The catalog &quot;%1&quot; is larger than %2 bytes and was not read.</source>
        <translation>Der Katalog „%1“ ist größer als %2 Byte und wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>tritium::ChatController</name>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="57"/>
        <location filename="../app/chat/ChatController.cpp" line="62"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="183"/>
        <source>A reply is already being written.</source>
        <translation>Es wird bereits eine Antwort geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="184"/>
        <location filename="../app/chat/ChatController.cpp" line="208"/>
        <source>No model is loaded. Choose one on the Models page.</source>
        <translation>Es ist kein Modell geladen. Wähle eines auf der Seite „Modelle“.</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="413"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="426"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tritium::DownloadTask</name>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="86"/>
        <source>The models folder %1 cannot be written to. Choose another folder in Settings.</source>
        <translation>In den Modellordner %1 kann nicht geschrieben werden. Wähle in den Einstellungen einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="99"/>
        <source>Could not write to the models folder (%1).</source>
        <translation>Konnte nicht in den Modellordner schreiben (%1).</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="123"/>
        <source>Not enough free disk space: this model needs %1 more (plus %2 to spare), but only %3 is free in %4. Free some space or choose another models folder in Settings.</source>
        <translation>Nicht genug freier Speicherplatz: Dieses Modell braucht noch %1 (plus %2 Reserve), aber in %4 sind nur %3 frei. Gib Speicherplatz frei oder wähle in den Einstellungen einen anderen Modellordner.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="152"/>
        <source>Could not write the download to %1: %2.</source>
        <translation>Der Download konnte nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="215"/>
        <source>The server&apos;s file is %1 bytes, but the catalog expects %2 bytes: it is not the file we asked for. Check the mirror setting, or update the app.</source>
        <translation>Die Datei auf dem Server hat %1 Byte, der Katalog erwartet aber %2 Byte: Das ist nicht die angeforderte Datei. Prüfe die Spiegel-Einstellung oder aktualisiere die App.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="240"/>
        <source>Could not save the download: the disk is full or the file is too large for it (%1). The partial file was deleted; free some space and try again.</source>
        <translation>Der Download konnte nicht gespeichert werden: Der Datenträger ist voll oder die Datei zu groß für ihn (%1). Die unvollständige Datei wurde gelöscht; gib Speicherplatz frei und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="296"/>
        <source>No data arrived for %1 seconds.</source>
        <translation>Seit %1 Sekunden kamen keine Daten an.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="316"/>
        <source>The connection closed after %1 of %2.</source>
        <translation>Die Verbindung wurde nach %1 von %2 geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="327"/>
        <source>The server has no such file (HTTP %1). The catalog may be out of date, or the mirror may not have this model: %2</source>
        <translation>Der Server hat diese Datei nicht (HTTP %1). Der Katalog ist vielleicht veraltet, oder der Spiegel hat dieses Modell nicht: %2</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="333"/>
        <source>The server %1 refused access to the file (HTTP %2). The model may need an account or a licence agreement on its web page.</source>
        <translation>Der Server %1 hat den Zugriff auf die Datei verweigert (HTTP %2). Das Modell erfordert vielleicht ein Konto oder die Zustimmung zu einer Lizenz auf seiner Webseite.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="339"/>
        <source>The server %1 is busy or had a problem (HTTP %2).</source>
        <translation>Der Server %1 ist ausgelastet oder hatte ein Problem (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="342"/>
        <source>The server %1 answered with HTTP %2, which Tritium cannot use.</source>
        <translation>Der Server %1 antwortete mit HTTP %2, damit kann Tritium nichts anfangen.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="345"/>
        <source>The secure connection to %1 could not be verified, so the download was stopped. Check the computer&apos;s date and time, or your network&apos;s proxy.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden, daher wurde der Download gestoppt. Prüfe Datum und Uhrzeit des Computers oder den Proxy deines Netzwerks.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="349"/>
        <source>The server %1 tried to send the download over an insecure connection, so it was stopped.</source>
        <translation>Der Server %1 wollte den Download über eine unsichere Verbindung senden, daher wurde er gestoppt.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="353"/>
        <source>The server %1 could not be found. Are you connected to the internet?</source>
        <translation>Der Server %1 wurde nicht gefunden. Bist du mit dem Internet verbunden?</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="356"/>
        <source>The server %1 refused the connection.</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="359"/>
        <source>The connection to %1 failed (%2).</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="368"/>
        <source>%1 Tritium gave up after %2 tries; you can resume the download later.</source>
        <translation>%1 Tritium hat nach %2 Versuchen aufgegeben; du kannst den Download später fortsetzen.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="404"/>
        <source>The partial download could not be read back (%1). It was deleted; please download again.</source>
        <translation>Der unvollständige Download konnte nicht zurückgelesen werden (%1). Er wurde gelöscht; bitte lade erneut herunter.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="405"/>
        <source>size changed</source>
        <translation>Größe geändert</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="410"/>
        <source>The downloaded file has %1 bytes instead of %2. It was deleted; please try again.</source>
        <translation>Die heruntergeladene Datei hat %1 statt %2 Byte. Sie wurde gelöscht; bitte versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="417"/>
        <source>The downloaded file is damaged or not the expected one: its SHA-256 is %1, but the catalog expects %2. It was deleted; please try again, or choose another mirror.</source>
        <translation>Die heruntergeladene Datei ist beschädigt oder nicht die erwartete: Ihre SHA-256 ist %1, der Katalog erwartet aber %2. Sie wurde gelöscht; bitte versuche es erneut oder wähle einen anderen Spiegel.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="427"/>
        <source>The download is complete but could not be moved into the models folder: %1.</source>
        <translation>Der Download ist fertig, konnte aber nicht in den Modellordner verschoben werden: %1.</translation>
    </message>
</context>
<context>
    <name>tritium::Downloader</name>
    <message>
        <location filename="../app/models/Downloader.cpp" line="36"/>
        <source>&quot;%1&quot; is not a usable model file name.</source>
        <translation>„%1“ ist kein verwendbarer Modelldateiname.</translation>
    </message>
    <message>
        <location filename="../app/models/Downloader.cpp" line="40"/>
        <source>&quot;%1&quot; is not a web address Tritium can download from.</source>
        <translation>„%1“ ist keine Webadresse, von der Tritium herunterladen kann.</translation>
    </message>
    <message>
        <location filename="../app/models/Downloader.cpp" line="48"/>
        <source>%1 is already being downloaded.</source>
        <translation>%1 wird bereits heruntergeladen.</translation>
    </message>
</context>
<context>
    <name>tritium::IncrementalHasher</name>
    <message>
        <location filename="../app/models/IncrementalHasher.cpp" line="18"/>
        <source>the file is shorter than expected</source>
        <translation>die Datei ist kürzer als erwartet</translation>
    </message>
</context>
<context>
    <name>tritium::InferenceWorker</name>
    <message>
        <location filename="../app/inference/InferenceWorker.cpp" line="96"/>
        <source>No model is loaded. Load a model on the Models page first.</source>
        <translation>Es ist kein Modell geladen. Lade zuerst ein Modell auf der Seite „Modelle“.</translation>
    </message>
</context>
<context>
    <name>tritium::ModelLibrary</name>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="300"/>
        <source>%1 is not a model Tritium can download.</source>
        <translation>%1 ist kein Modell, das Tritium herunterladen kann.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="321"/>
        <source>The demo model is part of the app and cannot be deleted.</source>
        <translation>Das Demomodell gehört zur App und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="333"/>
        <source>Only files on this computer can be imported.</source>
        <translation>Nur Dateien auf diesem Computer können importiert werden.</translation>
    </message>
</context>
<context>
    <name>tritium::ModelStore</name>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="52"/>
        <source>The file this link points to is gone: %1</source>
        <translation>Die Datei, auf die diese Verknüpfung zeigt, ist nicht mehr da: %1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="144"/>
        <source>&quot;%1&quot; is not a model file name.</source>
        <translation>„%1“ ist kein Modelldateiname.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="147"/>
        <source>%1 is not in the models folder.</source>
        <translation>%1 ist nicht im Modellordner.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="150"/>
        <source>%1 is loaded. Unload it, or load another model, before deleting it.</source>
        <translation>%1 ist geladen. Entlade es oder lade ein anderes Modell, bevor du es löschst.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="153"/>
        <source>%1 could not be deleted: %2.</source>
        <translation>%1 konnte nicht gelöscht werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="163"/>
        <source>Another import is still running.</source>
        <translation>Ein anderer Import läuft noch.</translation>
    </message>
</context>
</TS>
