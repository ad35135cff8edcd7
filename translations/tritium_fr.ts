<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CatalogParser</name>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="34"/>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>le champ « %1 » est absent</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="38"/>
        <source>the field &quot;%1&quot; is not text</source>
        <translation>le champ « %1 » n’est pas du texte</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="43"/>
        <source>the field &quot;%1&quot; is longer than %2 characters</source>
        <translation>le champ « %1 » dépasse %2 caractères</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="47"/>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>le champ « %1 » est vide</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="56"/>
        <source>the field &quot;%1&quot; is not true or false</source>
        <translation>le champ « %1 » n’est ni true ni false</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="68"/>
        <source>the field &quot;%1&quot; is not a number</source>
        <translation>le champ « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="73"/>
        <source>the field &quot;%1&quot; is out of range (%2 to %3%4)</source>
        <translation>le champ « %1 » est hors limites (de %2 à %3%4)</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="77"/>
        <source>, whole numbers</source>
        <translation>, nombres entiers</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="103"/>
        <source>The mirror address &quot;%1&quot; is not an http or https address; using %2 instead.</source>
        <translation>L’adresse du miroir « %1 » n’est pas une adresse http ou https ; %2 est utilisée à la place.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="125"/>
        <source>The catalog is not valid JSON (%1 at byte %2).</source>
        <translation>Le catalogue n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="129"/>
        <source>The catalog is not a JSON object.</source>
        <translation>Le catalogue n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="135"/>
        <source>The catalog has format %1; this version of Tritium reads format %2.</source>
        <translation>Le catalogue est au format %1 ; cette version de Tritium lit le format %2.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="136"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="142"/>
        <source>The catalog has no &quot;models&quot; list.</source>
        <translation>Le catalogue n’a pas de liste « models ».</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="148"/>
        <source>The catalog has %1 entries; only the first %2 are read.</source>
        <translation>Le catalogue compte %1 entrées ; seules les %2 premières sont lues.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="155"/>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="159"/>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>l’identifiant « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="161"/>
        <source>the file name &quot;%1&quot; is used twice</source>
        <translation>le nom de fichier « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="163"/>
        <source>Catalog entry %1 was skipped: %2.</source>
        <translation>L’entrée %1 du catalogue a été ignorée : %2.</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="182"/>
        <source>the id &quot;%1&quot; may only hold a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>l’identifiant « %1 » ne peut contenir que a-z, 0-9, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="189"/>
        <source>the tensor type &quot;%1&quot; is not a type name</source>
        <translation>le type de tenseur « %1 » n’est pas un nom de type</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="197"/>
        <source>the file name &quot;%1&quot; is not a plain .gguf file name (it could point outside the models folder)</source>
        <translation>le nom de fichier « %1 » n’est pas un simple nom de fichier .gguf (il pourrait pointer hors du dossier des modèles)</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="209"/>
        <source>the SHA-256 is not 64 hexadecimal digits</source>
        <translation>le SHA-256 ne compte pas 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="216"/>
        <source>&quot;sampling&quot; is not a JSON object</source>
        <translation>« sampling » n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="268"/>
        <source>the repository &quot;%1&quot; is not of the form owner/name</source>
        <translation>le dépôt « %1 » n’est pas de la forme propriétaire/nom</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="272"/>
        <source>the revision &quot;%1&quot; is not a commit or branch name</source>
        <translation>la révision « %1 » n’est pas un nom de commit ou de branche</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="276"/>
        <source>the remote file name &quot;%1&quot; is not a plain file name</source>
        <translation>le nom de fichier distant « %1 » n’est pas un simple nom de fichier</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="284"/>
        <source>it has neither a &quot;url&quot; nor a &quot;repo&quot;</source>
        <translation>elle n’a ni « url » ni « repo »</translation>
    </message>
    <message>
        <location filename="../app/models/CatalogParser.cpp" line="288"/>
        <source>the download address &quot;%1&quot; is not https (http is only used for a mirror you set yourself)</source>
        <translation>l’adresse de téléchargement « %1 » n’est pas en https (http n’est utilisé que pour un miroir que vous définissez vous-même)</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="63"/>
        <source>Loading model… %1%</source>
        <translation>Chargement du modèle… %1%</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="64"/>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="69"/>
        <source>Chat settings</source>
        <translation>Paramètres de la discussion</translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="71"/>
        <source>System prompt and sampling for this chat</source>
        <translation>Prompt système et échantillonnage de cette discussion</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ChatPage.qml" line="90"/>
        <source>The conversation is longer than the model&apos;s context: the %n oldest message(s) were left out of this reply.</source>
        <translation>
            <numerusform>La conversation est plus longue que le contexte du modèle : le plus ancien message (%n) a été omis pour cette réponse.</numerusform>
            <numerusform>La conversation est plus longue que le contexte du modèle : les %n messages les plus anciens ont été omis pour cette réponse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ChatPage.qml" line="117"/>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Posez n’importe quelle question. Tout reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="26"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="34"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="34"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../qml/components/CodeBlock.qml" line="37"/>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/components/Composer.qml" line="33"/>
        <source>Message Tritium…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message pour Tritium…  (Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="34"/>
        <source>Load a model to start chatting</source>
        <translation>Chargez un modèle pour commencer à discuter</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="38"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="54"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="54"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="57"/>
        <source>Stop the reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <location filename="../qml/components/Composer.qml" line="57"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="48"/>
        <source>Conversation actions</source>
        <translation>Actions sur la conversation</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="55"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="57"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="57"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="60"/>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="61"/>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="63"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="68"/>
        <source>Rename chat</source>
        <translation>Renommer la discussion</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="78"/>
        <source>Chat title</source>
        <translation>Titre de la discussion</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="86"/>
        <source>Delete chat?</source>
        <translation>Supprimer la discussion ?</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationDelegate.qml" line="93"/>
        <source>“%1” and all its messages will be deleted. This cannot be undone.</source>
        <translation>« %1 » et tous ses messages seront supprimés. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>ConversationJson</name>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="66"/>
        <source>The file is not a valid Tritium export: %1 (%2).</source>
        <translation>Le fichier n’est pas un export Tritium valide : %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="71"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>« %1 » est absent</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="77"/>
        <source>&quot;%1&quot; is not text</source>
        <translation>« %1 » n’est pas du texte</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="83"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="89"/>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>« %1 » n’est pas un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="98"/>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>« %1 » n’est ni true ni false</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="104"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>« %1 » n’est pas une date et une heure</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="110"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>« %1 » n’est pas une liste</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="116"/>
        <source>&quot;%1&quot; is not an object</source>
        <translation>« %1 » n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="130"/>
        <source>an entry is not an object</source>
        <translation>une entrée n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="138"/>
        <source>message id %1 appears twice</source>
        <translation>l’identifiant de message %1 apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="144"/>
        <source>the parent message %1 does not come before its reply</source>
        <translation>le message parent %1 ne précède pas sa réponse</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="148"/>
        <source>&quot;role&quot; is not system, user or assistant</source>
        <translation>« role » n’est ni system, ni user, ni assistant</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="153"/>
        <source>&quot;state&quot; is not a known message state</source>
        <translation>« state » n’est pas un état de message connu</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="185"/>
        <source>conversation %1, message %2</source>
        <translation>conversation %1, message %2</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="207"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="209"/>
        <source>at byte %1</source>
        <translation>à l’octet %1</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="210"/>
        <source>it is not JSON: %1</source>
        <translation>ce n’est pas du JSON : %1</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="212"/>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="215"/>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>« format » n’est pas « %1 »</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="220"/>
        <source>The file was exported by a newer version of Tritium (format %1; this version reads format %2). Update Tritium to import it.</source>
        <translation>Le fichier a été exporté par une version plus récente de Tritium (format %1 ; cette version lit le format %2). Mettez Tritium à jour pour l’importer.</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationJson.cpp" line="227"/>
        <source>conversation %1</source>
        <translation>conversation %1</translation>
    </message>
</context>
<context>
    <name>ConversationMarkdown</name>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="10"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="12"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="14"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="22"/>
        <source>still being written</source>
        <translation>en cours de rédaction</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="24"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="26"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="28"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/ConversationMarkdown.cpp" line="41"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="43"/>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="45"/>
        <source>first token after %1 ms</source>
        <translation>premier jeton après %1 ms</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="55"/>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="59"/>
        <source>Started %1</source>
        <translation>Commencée le %1</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationMarkdown.cpp" line="62"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
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
        <translation>la recherche dans les conversations</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="10"/>
        <source>Chat settings</source>
        <translation>Paramètres de la discussion</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="35"/>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="42"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="41"/>
        <source>Optional instructions for the assistant</source>
        <translation>Instructions facultatives pour l’assistant</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="47"/>
        <source>Temperature (×0.01)</source>
        <translation>Température (×0,01)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="48"/>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Pénalité de répétition (×0,01)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="56"/>
        <source>Repetition penalty</source>
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="57"/>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="58"/>
        <source>Maximum reply tokens</source>
        <translation>Nombre maximal de jetons par réponse</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="59"/>
        <source>Seed (empty: random)</source>
        <translation>Graine (vide : aléatoire)</translation>
    </message>
    <message>
        <location filename="../qml/components/ConversationSettingsDialog.qml" line="63"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="92"/>
        <source>creating the conversation</source>
        <translation>la création de la conversation</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="113"/>
        <location filename="../app/storage/ConversationStore.cpp" line="298"/>
        <location filename="../app/storage/ConversationStore.cpp" line="310"/>
        <location filename="../app/storage/ConversationStore.cpp" line="319"/>
        <location filename="../app/storage/ConversationStore.cpp" line="336"/>
        <location filename="../app/storage/ConversationStore.cpp" line="348"/>
        <source>reading the conversation</source>
        <translation>la lecture de la conversation</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="124"/>
        <source>The conversation no longer exists (id %1).</source>
        <translation>La conversation n’existe plus (id %1).</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="131"/>
        <source>listing the conversations</source>
        <translation>l’affichage de la liste des conversations</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="142"/>
        <source>renaming the conversation</source>
        <translation>le renommage de la conversation</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="150"/>
        <source>pinning the conversation</source>
        <translation>l’épinglage de la conversation</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="150"/>
        <source>unpinning the conversation</source>
        <translation>le désépinglage de la conversation</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="162"/>
        <source>saving the conversation settings</source>
        <translation>l’enregistrement des paramètres de la conversation</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="178"/>
        <location filename="../app/storage/ConversationStore.cpp" line="180"/>
        <source>deleting the conversation</source>
        <translation>la suppression de la conversation</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="189"/>
        <location filename="../app/storage/ConversationStore.cpp" line="202"/>
        <location filename="../app/storage/ConversationStore.cpp" line="224"/>
        <source>saving the message</source>
        <translation>l’enregistrement du message</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="228"/>
        <source>A message can only answer a message of the same conversation.</source>
        <translation>Un message ne peut répondre qu’à un message de la même conversation.</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="247"/>
        <source>reading the message</source>
        <translation>la lecture du message</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="250"/>
        <source>The message no longer exists (id %1).</source>
        <translation>Le message n’existe plus (id %1).</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="257"/>
        <location filename="../app/storage/ConversationStore.cpp" line="270"/>
        <location filename="../app/storage/ConversationStore.cpp" line="276"/>
        <source>saving the reply</source>
        <translation>l’enregistrement de la réponse</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="262"/>
        <source>The reply (id %1) is no longer being written; its text was not saved.</source>
        <translation>La réponse (id %1) n’est plus en cours de rédaction ; son texte n’a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="269"/>
        <source>A finished reply cannot still be streaming.</source>
        <translation>Une réponse terminée ne peut plus être en cours de diffusion.</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="356"/>
        <source>recovering replies interrupted by a crash</source>
        <translation>la récupération des réponses interrompues par un plantage</translation>
    </message>
    <message>
        <location filename="../app/storage/ConversationStore.cpp" line="389"/>
        <source>importing conversations</source>
        <translation>l’importation des conversations</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="61"/>
        <source>The folder %1 for the conversation database could not be created. Check that it is writable.</source>
        <translation>Impossible de créer le dossier %1 de la base de données des conversations. Vérifiez qu’il est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="69"/>
        <source>opening the conversation database</source>
        <translation>l’ouverture de la base de données des conversations</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="87"/>
        <source>The conversation database %1 is damaged and a new one could not be created in its place (%2).</source>
        <translation>La base de données des conversations %1 est endommagée et aucune nouvelle n’a pu être créée à sa place (%2).</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="107"/>
        <location filename="../app/storage/Database.cpp" line="168"/>
        <source>reading the conversation database</source>
        <translation>la lecture de la base de données des conversations</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="114"/>
        <source>The conversation database %1 was written by a newer version of Tritium (schema %2; this version understands up to %3). It has been left untouched: please update Tritium to open it.</source>
        <translation>La base de données des conversations %1 a été écrite par une version plus récente de Tritium (schéma %2 ; cette version comprend jusqu’au %3). Elle n’a pas été modifiée : mettez Tritium à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="145"/>
        <source>The conversation database %1 is damaged, and it could not be moved aside to %2. Move or delete it yourself, then start Tritium again.</source>
        <translation>La base de données des conversations %1 est endommagée et n’a pas pu être mise de côté sous %2. Déplacez-la ou supprimez-la vous-même, puis relancez Tritium.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="153"/>
        <source>configuring the conversation database</source>
        <translation>la configuration de la base de données des conversations</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="159"/>
        <source>The conversation database %1 could not be switched to write-ahead logging (journal mode is %2). Is it on a network drive?</source>
        <translation>La base de données des conversations %1 n’a pas pu passer en journalisation anticipée (WAL ; le mode de journal est %2). Se trouve-t-elle sur un lecteur réseau ?</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="177"/>
        <source>upgrading the conversation database to version %1</source>
        <translation>la mise à niveau de la base de données des conversations vers la version %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="213"/>
        <source>creating the conversation database</source>
        <translation>la création de la base de données des conversations</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="230"/>
        <source>adding reply figures to the conversation database</source>
        <translation>l’ajout des statistiques des réponses à la base de données des conversations</translation>
    </message>
</context>
<context>
    <name>EditMessageDialog</name>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="13"/>
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="19"/>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="20"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/components/EditMessageDialog.qml" line="28"/>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="21"/>
        <source>No model yet</source>
        <translation>Pas encore de modèle</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="28"/>
        <source>Tritium runs ternary (1.58-bit) language models on your own computer, fully offline. Import a model file you already have, or download one.</source>
        <translation>Tritium exécute des modèles de langage ternaires (1,58 bit) sur votre propre ordinateur, entièrement hors ligne. Importez un fichier de modèle que vous avez déjà, ou téléchargez-en un.</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="48"/>
        <source>Download a model…</source>
        <translation>Télécharger un modèle…</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="50"/>
        <source>Download a model</source>
        <translation>Télécharger un modèle</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="55"/>
        <source>Import a model file…</source>
        <translation>Importer un fichier de modèle…</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="56"/>
        <source>Import a model file</source>
        <translation>Importer un fichier de modèle</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="62"/>
        <source>Use the demo model</source>
        <translation>Utiliser le modèle de démonstration</translation>
    </message>
    <message>
        <location filename="../qml/components/FirstRunPanel.qml" line="63"/>
        <source>Use the built-in demo model</source>
        <translation>Utiliser le modèle de démonstration intégré</translation>
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
        <translation>Exporter la discussion</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="58"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="58"/>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="84"/>
        <source>Drop a .gguf model file to import it</source>
        <translation>Déposez un fichier de modèle .gguf pour l’importer</translation>
    </message>
</context>
<context>
    <name>MemoryPreflight</name>
    <message>
        <location filename="../app/models/MemoryPreflight.cpp" line="64"/>
        <source>This model needs about %1 of memory with a context of %2 tokens, but only %3 is free. Close other programs, or choose a smaller context length in Settings.</source>
        <translation>Ce modèle nécessite environ %1 de mémoire avec un contexte de %2 jetons, mais seuls %3 sont libres. Fermez d’autres programmes ou choisissez une longueur de contexte plus petite dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../app/models/MemoryPreflight.cpp" line="70"/>
        <source>This model needs about %1 of the %2 of memory that is free (context of %3 tokens); the computer may slow down. A smaller context length needs less.</source>
        <translation>Ce modèle nécessite environ %1 des %2 de mémoire libre (contexte de %3 jetons) ; l’ordinateur risque de ralentir. Une longueur de contexte plus petite en demande moins.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="39"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="39"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="118"/>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="119"/>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="119"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/MessageDelegate.qml" line="126"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="127"/>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="128"/>
        <source>first token %1 ms</source>
        <translation>premier jeton %1 ms</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="136"/>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="141"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="149"/>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="153"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="156"/>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="161"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="164"/>
        <source>Edit and resend</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="169"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="172"/>
        <source>Regenerate reply</source>
        <translation>Régénérer la réponse</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="177"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../qml/components/MessageDelegate.qml" line="180"/>
        <source>Continue this reply</source>
        <translation>Continuer cette réponse</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="37"/>
        <location filename="../qml/components/ModelCard.qml" line="39"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModelCard.qml" line="40"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModelCard.qml" line="41"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="45"/>
        <source>Waiting to download</source>
        <translation>En attente de téléchargement</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="46"/>
        <source>Downloading: %1 of %2 · %3/s · %4 left</source>
        <translation>Téléchargement : %1 sur %2 · %3/s · %4 restantes</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="47"/>
        <source>Connection lost; retrying…</source>
        <translation>Connexion perdue ; nouvelle tentative…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="48"/>
        <source>Paused at %1%</source>
        <translation>En pause à %1%</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="49"/>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="50"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="51"/>
        <source>Cannot be used</source>
        <translation>Inutilisable</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="52"/>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="52"/>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="71"/>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="72"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="73"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="86"/>
        <source>%1 parameters</source>
        <translation>%1 paramètres</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="87"/>
        <source>file %1</source>
        <translation>fichier de %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="88"/>
        <source>needs about %1 of memory</source>
        <translation>nécessite environ %1 de mémoire</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="118"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="118"/>
        <source>Download (%1)</source>
        <translation>Télécharger (%1)</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="120"/>
        <source>Download %1</source>
        <translation>Télécharger %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="126"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="127"/>
        <source>Pause the download</source>
        <translation>Suspendre le téléchargement</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="133"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="135"/>
        <source>Resume the download</source>
        <translation>Reprendre le téléchargement</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="141"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="142"/>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="148"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="150"/>
        <source>Load %1</source>
        <translation>Charger %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="155"/>
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="156"/>
        <source>Use %1 at start</source>
        <translation>Utiliser %1 au démarrage</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="162"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../qml/components/ModelCard.qml" line="163"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="33"/>
        <location filename="../app/models/ModelImporter.cpp" line="50"/>
        <source>The file could not be read: %1.</source>
        <translation>Impossible de lire le fichier : %1.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="37"/>
        <source>The models folder cannot be written to: %1.</source>
        <translation>Impossible d’écrire dans le dossier des modèles : %1.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="45"/>
        <source>The import was canceled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="54"/>
        <location filename="../app/models/ModelImporter.cpp" line="63"/>
        <source>The copy could not be written (is the disk full?): %1.</source>
        <translation>Impossible d’écrire la copie (le disque est-il plein ?) : %1.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="81"/>
        <source>The file could not be read (%1).</source>
        <translation>Impossible de lire le fichier (%1).</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="90"/>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="93"/>
        <source>Only .gguf model files can be imported; %1 is not one.</source>
        <translation>Seuls les fichiers de modèle .gguf peuvent être importés ; %1 n’en est pas un.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="96"/>
        <source>The name &quot;%1&quot; cannot be used in the models folder; rename the file and try again.</source>
        <translation>Le nom « %1 » ne peut pas être utilisé dans le dossier des modèles ; renommez le fichier et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="101"/>
        <source>Tritium cannot use this file: %1</source>
        <translation>Tritium ne peut pas utiliser ce fichier : %1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="106"/>
        <source>A model named %1 is already in the models folder.</source>
        <translation>Un modèle nommé %1 se trouve déjà dans le dossier des modèles.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="108"/>
        <source>The models folder %1 cannot be written to.</source>
        <translation>Impossible d’écrire dans le dossier des modèles %1.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="114"/>
        <source>The link could not be made (%1). Choose Copy instead; on Windows, links need Developer Mode.</source>
        <translation>Le lien n’a pas pu être créé (%1). Choisissez plutôt Copier ; sous Windows, les liens nécessitent le mode développeur.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="129"/>
        <source>The copy is not usable: %1</source>
        <translation>La copie est inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelImporter.cpp" line="134"/>
        <source>The copy could not be moved into the models folder (%1).</source>
        <translation>La copie n’a pas pu être déplacée dans le dossier des modèles (%1).</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="13"/>
        <source>unknown size</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="23"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="31"/>
        <source>Import a model file…</source>
        <translation>Importer un fichier de modèle…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="33"/>
        <location filename="../qml/pages/ModelsPage.qml" line="88"/>
        <source>Import a model file</source>
        <translation>Importer un fichier de modèle</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="37"/>
        <source>Open models folder</source>
        <translation>Ouvrir le dossier des modèles</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="38"/>
        <source>Open the models folder</source>
        <translation>Ouvrir le dossier des modèles</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModelsPage.qml" line="43"/>
        <source>Folder: %1 · Memory estimates are for a context of %n token(s).</source>
        <translation>
            <numerusform>Dossier : %1 · Les estimations de mémoire valent pour un contexte de %n jeton.</numerusform>
            <numerusform>Dossier : %1 · Les estimations de mémoire valent pour un contexte de %n jetons.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="89"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="89"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="98"/>
        <source>Copy or link?</source>
        <translation>Copier ou lier ?</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="106"/>
        <source>Copy the file into the models folder (uses disk space), or link to it where it is (the model disappears if you move it).</source>
        <translation>Copiez le fichier dans le dossier des modèles (occupe de l’espace disque) ou liez-le là où il se trouve (le modèle disparaît si vous le déplacez).</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="111"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="112"/>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="123"/>
        <source>Delete model?</source>
        <translation>Supprimer le modèle ?</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModelsPage.qml" line="130"/>
        <source>“%1” will be deleted from the models folder.</source>
        <translation>« %1 » sera supprimé du dossier des modèles.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../qml/components/Notice.qml" line="31"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <location filename="../app/storage/SearchIndex.cpp" line="13"/>
        <source>preparing the search index</source>
        <translation>la préparation de l’index de recherche</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="37"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45"/>
        <source>Engine</source>
        <translation>Moteur</translation>
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
        <translation>Longueur du contexte (jetons)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="67"/>
        <source>Context length in tokens</source>
        <translation>Longueur du contexte en jetons</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="73"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="75"/>
        <location filename="../qml/pages/SettingsPage.qml" line="102"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <location filename="../qml/pages/SettingsPage.qml" line="127"/>
        <location filename="../qml/pages/SettingsPage.qml" line="128"/>
        <location filename="../qml/pages/SettingsPage.qml" line="135"/>
        <source>Follow system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="21"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="106"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="139"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="145"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="147"/>
        <source>Tritium %1 · kernels: %2</source>
        <translation>Tritium %1 · noyaux de calcul : %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="151"/>
        <source>Log file: %1</source>
        <translation>Fichier journal : %1</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="25"/>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="26"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="27"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="28"/>
        <source>Previous 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="29"/>
        <source>Previous 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="30"/>
        <source>Older</source>
        <translation>Plus anciennes</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="52"/>
        <source>Tritium</source>
        <translation>Tritium</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="63"/>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="67"/>
        <source>Start a new chat</source>
        <translation>Commencer une nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="69"/>
        <source>New chat (Ctrl+N)</source>
        <translation>Nouvelle discussion (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="76"/>
        <source>Search chats (Ctrl+K)</source>
        <translation>Rechercher les discussions (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="78"/>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="114"/>
        <source>No conversation matches your search.</source>
        <translation>Aucune conversation ne correspond à votre recherche.</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="115"/>
        <source>No conversations yet.</source>
        <translation>Pas encore de conversation.</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="124"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="130"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../qml/components/Sidebar.qml" line="136"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>StatsBar</name>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="29"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="30"/>
        <location filename="../qml/components/StatsBar.qml" line="40"/>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="36"/>
        <source>Recent generation speed</source>
        <translation>Vitesse de génération récente</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="39"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="43"/>
        <source>First token</source>
        <translation>Premier jeton</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="44"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="48"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="52"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="56"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="64"/>
        <source>Context %1 / %2</source>
        <translation>Contexte %1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/components/StatsBar.qml" line="74"/>
        <source>Context used</source>
        <translation>Contexte utilisé</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="30"/>
        <location filename="../app/storage/StorageError.cpp" line="61"/>
        <source>Could not finish %1: %2</source>
        <translation>Impossible de terminer %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="35"/>
        <source>Could not finish %1: the conversation database is in use by another program (is Tritium open twice?). Close it and try again.</source>
        <translation>Impossible de terminer %1 : la base de données des conversations est utilisée par un autre programme (Tritium est-il ouvert deux fois ?). Fermez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="39"/>
        <source>Could not finish %1: the disk is full. Free some space and try again; everything saved before is still there.</source>
        <translation>Impossible de terminer %1 : le disque est plein. Libérez de l’espace et réessayez ; tout ce qui a été enregistré auparavant est toujours là.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="43"/>
        <source>Could not finish %1: the disk reported an error (%2). Everything saved before is still there.</source>
        <translation>Impossible de terminer %1 : le disque a signalé une erreur (%2). Tout ce qui a été enregistré auparavant est toujours là.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="49"/>
        <source>Could not finish %1: the conversation database is read-only. Check the permissions of the app&apos;s data folder.</source>
        <translation>Impossible de terminer %1 : la base de données des conversations est en lecture seule. Vérifiez les autorisations du dossier de données de l’application.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="55"/>
        <source>Could not finish %1: the conversation database is damaged (%2).</source>
        <translation>Impossible de terminer %1 : la base de données des conversations est endommagée (%2).</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="58"/>
        <source>Could not finish %1: the conversation database could not be opened (%2).</source>
        <translation>Impossible de terminer %1 : la base de données des conversations n’a pas pu être ouverte (%2).</translation>
    </message>
</context>
<context>
    <name>tritium::AppContext</name>
    <message>
        <location filename="../app/AppContext.cpp" line="67"/>
        <source>Your conversation database was damaged and could not be read. It was set aside as %1 and a new one was started.</source>
        <translation>Votre base de données des conversations était endommagée et illisible. Elle a été mise de côté sous %1 et une nouvelle a été créée.</translation>
    </message>
</context>
<context>
    <name>tritium::Catalog</name>
    <message>
        <location filename="../app/models/Catalog.cpp" line="48"/>
        <source>Your catalog&apos;s entry &quot;%1&quot; was skipped: the file name &quot;%2&quot; is already used by another model.</source>
        <translation>L’entrée « %1 » de votre catalogue a été ignorée : le nom de fichier « %2 » est déjà utilisé par un autre modèle.</translation>
    </message>
    <message>
        <location filename="../app/models/Catalog.cpp" line="65"/>
        <source>The catalog &quot;%1&quot; could not be read: %2.</source>
        <translation>Impossible de lire le catalogue « %1 » : %2.</translation>
    </message>
    <message>
        <location filename="../app/models/Catalog.cpp" line="69"/>
        <source>The catalog &quot;%1&quot; is larger than %2 bytes and was not read.</source>
        <translation>Le catalogue « %1 » dépasse %2 octets et n’a pas été lu.</translation>
    </message>
</context>
<context>
    <name>tritium::ChatController</name>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="57"/>
        <location filename="../app/chat/ChatController.cpp" line="62"/>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="183"/>
        <source>A reply is already being written.</source>
        <translation>Une réponse est déjà en cours de rédaction.</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="184"/>
        <location filename="../app/chat/ChatController.cpp" line="208"/>
        <source>No model is loaded. Choose one on the Models page.</source>
        <translation>Aucun modèle n’est chargé. Choisissez-en un sur la page Modèles.</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="413"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/chat/ChatController.cpp" line="426"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>tritium::DownloadTask</name>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="86"/>
        <source>The models folder %1 cannot be written to. Choose another folder in Settings.</source>
        <translation>Impossible d’écrire dans le dossier des modèles %1. Choisissez un autre dossier dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="99"/>
        <source>Could not write to the models folder (%1).</source>
        <translation>Impossible d’écrire dans le dossier des modèles (%1).</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="123"/>
        <source>Not enough free disk space: this model needs %1 more (plus %2 to spare), but only %3 is free in %4. Free some space or choose another models folder in Settings.</source>
        <translation>Espace disque insuffisant : ce modèle nécessite encore %1 (plus %2 de marge), mais seuls %3 sont libres dans %4. Libérez de l’espace ou choisissez un autre dossier des modèles dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="152"/>
        <source>Could not write the download to %1: %2.</source>
        <translation>Impossible d’écrire le téléchargement dans %1 : %2.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="215"/>
        <source>The server&apos;s file is %1 bytes, but the catalog expects %2 bytes: it is not the file we asked for. Check the mirror setting, or update the app.</source>
        <translation>Le fichier du serveur fait %1 octets, mais le catalogue en attend %2 : ce n’est pas le fichier demandé. Vérifiez le réglage du miroir ou mettez l’application à jour.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="240"/>
        <source>Could not save the download: the disk is full or the file is too large for it (%1). The partial file was deleted; free some space and try again.</source>
        <translation>Impossible d’enregistrer le téléchargement : le disque est plein ou le fichier est trop grand pour lui (%1). Le fichier partiel a été supprimé ; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="296"/>
        <source>No data arrived for %1 seconds.</source>
        <translation>Aucune donnée reçue depuis %1 secondes.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="316"/>
        <source>The connection closed after %1 of %2.</source>
        <translation>La connexion s’est fermée après %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="327"/>
        <source>The server has no such file (HTTP %1). The catalog may be out of date, or the mirror may not have this model: %2</source>
        <translation>Le serveur n’a pas ce fichier (HTTP %1). Le catalogue est peut-être périmé, ou le miroir n’a pas ce modèle : %2</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="333"/>
        <source>The server %1 refused access to the file (HTTP %2). The model may need an account or a licence agreement on its web page.</source>
        <translation>Le serveur %1 a refusé l’accès au fichier (HTTP %2). Le modèle nécessite peut-être un compte ou l’acceptation d’une licence sur sa page web.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="339"/>
        <source>The server %1 is busy or had a problem (HTTP %2).</source>
        <translation>Le serveur %1 est occupé ou a rencontré un problème (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="342"/>
        <source>The server %1 answered with HTTP %2, which Tritium cannot use.</source>
        <translation>Le serveur %1 a répondu HTTP %2, que Tritium ne peut pas exploiter.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="345"/>
        <source>The secure connection to %1 could not be verified, so the download was stopped. Check the computer&apos;s date and time, or your network&apos;s proxy.</source>
        <translation>La connexion sécurisée à %1 n’a pas pu être vérifiée ; le téléchargement a donc été arrêté. Vérifiez la date et l’heure de l’ordinateur, ou le proxy de votre réseau.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="349"/>
        <source>The server %1 tried to send the download over an insecure connection, so it was stopped.</source>
        <translation>Le serveur %1 a tenté d’envoyer le téléchargement par une connexion non sécurisée ; il a donc été arrêté.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="353"/>
        <source>The server %1 could not be found. Are you connected to the internet?</source>
        <translation>Le serveur %1 est introuvable. Êtes-vous connecté à Internet ?</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="356"/>
        <source>The server %1 refused the connection.</source>
        <translation>Le serveur %1 a refusé la connexion.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="359"/>
        <source>The connection to %1 failed (%2).</source>
        <translation>La connexion à %1 a échoué (%2).</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="368"/>
        <source>%1 Tritium gave up after %2 tries; you can resume the download later.</source>
        <translation>%1 Tritium a abandonné après %2 tentatives ; vous pourrez reprendre le téléchargement plus tard.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="404"/>
        <source>The partial download could not be read back (%1). It was deleted; please download again.</source>
        <translation>Le téléchargement partiel n’a pas pu être relu (%1). Il a été supprimé ; veuillez télécharger à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="405"/>
        <source>size changed</source>
        <translation>la taille a changé</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="410"/>
        <source>The downloaded file has %1 bytes instead of %2. It was deleted; please try again.</source>
        <translation>Le fichier téléchargé fait %1 octets au lieu de %2. Il a été supprimé ; veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="417"/>
        <source>The downloaded file is damaged or not the expected one: its SHA-256 is %1, but the catalog expects %2. It was deleted; please try again, or choose another mirror.</source>
        <translation>Le fichier téléchargé est endommagé ou n’est pas celui attendu : son SHA-256 est %1, mais le catalogue attend %2. Il a été supprimé ; réessayez ou choisissez un autre miroir.</translation>
    </message>
    <message>
        <location filename="../app/models/DownloadTask.cpp" line="427"/>
        <source>The download is complete but could not be moved into the models folder: %1.</source>
        <translation>Le téléchargement est terminé mais n’a pas pu être déplacé dans le dossier des modèles : %1.</translation>
    </message>
</context>
<context>
    <name>tritium::Downloader</name>
    <message>
        <location filename="../app/models/Downloader.cpp" line="36"/>
        <source>&quot;%1&quot; is not a usable model file name.</source>
        <translation>« %1 » n’est pas un nom de fichier de modèle utilisable.</translation>
    </message>
    <message>
        <location filename="../app/models/Downloader.cpp" line="40"/>
        <source>&quot;%1&quot; is not a web address Tritium can download from.</source>
        <translation>« %1 » n’est pas une adresse web depuis laquelle Tritium peut télécharger.</translation>
    </message>
    <message>
        <location filename="../app/models/Downloader.cpp" line="48"/>
        <source>%1 is already being downloaded.</source>
        <translation>%1 est déjà en cours de téléchargement.</translation>
    </message>
</context>
<context>
    <name>tritium::IncrementalHasher</name>
    <message>
        <location filename="../app/models/IncrementalHasher.cpp" line="18"/>
        <source>the file is shorter than expected</source>
        <translation>le fichier est plus court que prévu</translation>
    </message>
</context>
<context>
    <name>tritium::InferenceWorker</name>
    <message>
        <location filename="../app/inference/InferenceWorker.cpp" line="96"/>
        <source>No model is loaded. Load a model on the Models page first.</source>
        <translation>Aucun modèle n’est chargé. Chargez d’abord un modèle sur la page Modèles.</translation>
    </message>
</context>
<context>
    <name>tritium::ModelLibrary</name>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="300"/>
        <source>%1 is not a model Tritium can download.</source>
        <translation>%1 n’est pas un modèle que Tritium peut télécharger.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="321"/>
        <source>The demo model is part of the app and cannot be deleted.</source>
        <translation>Le modèle de démonstration fait partie de l’application et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelLibrary.cpp" line="333"/>
        <source>Only files on this computer can be imported.</source>
        <translation>Seuls les fichiers de cet ordinateur peuvent être importés.</translation>
    </message>
</context>
<context>
    <name>tritium::ModelStore</name>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="52"/>
        <source>The file this link points to is gone: %1</source>
        <translation>Le fichier vers lequel pointe ce lien a disparu : %1</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="144"/>
        <source>&quot;%1&quot; is not a model file name.</source>
        <translation>« %1 » n’est pas un nom de fichier de modèle.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="147"/>
        <source>%1 is not in the models folder.</source>
        <translation>%1 n’est pas dans le dossier des modèles.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="150"/>
        <source>%1 is loaded. Unload it, or load another model, before deleting it.</source>
        <translation>%1 est chargé. Déchargez-le, ou chargez un autre modèle, avant de le supprimer.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="153"/>
        <source>%1 could not be deleted: %2.</source>
        <translation>Impossible de supprimer %1 : %2.</translation>
    </message>
    <message>
        <location filename="../app/models/ModelStore.cpp" line="163"/>
        <source>Another import is still running.</source>
        <translation>Une autre importation est encore en cours.</translation>
    </message>
</context>
</TS>
