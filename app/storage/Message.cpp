#include "Message.h"

#include <array>
#include <utility>

namespace {
constexpr std::array roleNames{std::pair{Message::Role::System, "system"},
                               std::pair{Message::Role::User, "user"},
                               std::pair{Message::Role::Assistant, "assistant"}};
constexpr std::array stateNames{
    std::pair{Message::State::Streaming, "streaming"}, std::pair{Message::State::Complete, "complete"},
    std::pair{Message::State::Stopped, "stopped"}, std::pair{Message::State::Interrupted, "interrupted"},
    std::pair{Message::State::Failed, "failed"}};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value) {
    for (const auto& [candidate, name] : names)
        if (candidate == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& names, const QString& text) {
    for (const auto& [candidate, name] : names)
        if (text == QLatin1String(name))
            return candidate;
    return std::nullopt;
}
} // namespace

QString Message::roleName(Role role) {
    return nameOf(roleNames, role);
}
QString Message::stateName(State state) {
    return nameOf(stateNames, state);
}
std::optional<Message::Role> Message::roleFromName(const QString& name) {
    return valueOf(roleNames, name);
}
std::optional<Message::State> Message::stateFromName(const QString& name) {
    return valueOf(stateNames, name);
}
