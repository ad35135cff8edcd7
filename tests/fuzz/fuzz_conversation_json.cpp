// libFuzzer target for the conversation import: the file comes from anywhere the user picks, so any bytes
// must either decode or throw StorageError, never crash. What decodes must survive its own export: encoding
// the archives and decoding them again gives the same conversations (the import loses nothing it accepted),
// and no message is left `streaming` (nothing is generating it).
#include "ConversationJson.h"
#include "StorageError.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QList<ConversationArchive> archives;
    try {
        archives = ConversationJson::decode(
            QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    } catch (const StorageError&) {
        return 0;
    }
    for (const ConversationArchive& archive : archives)
        for (const Message& message : archive.messages)
            if (message.state == Message::State::Streaming)
                std::abort();
    QList<ConversationArchive> again;
    try {
        again = ConversationJson::decode(ConversationJson::encode(archives));
    } catch (const StorageError&) {
        std::abort(); // our own export of an accepted file must be accepted
    }
    if (again != archives)
        std::abort();
    return 0;
}
