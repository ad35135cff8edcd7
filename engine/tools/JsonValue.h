#pragma once
// A small JSON reader for convert-dir's config.json: the whole grammar (objects, arrays, strings with every
// escape incl. surrogate pairs, numbers, true/false/null), strict, with messages naming the position.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace trit::cli {

class JsonValue {
public:
    using Array = std::vector<JsonValue>;
    using Object = std::map<std::string, JsonValue>;

    static JsonValue parse(std::string_view text); // throws Error

    bool isNull() const { return std::holds_alternative<std::monostate>(v_); }
    bool isObject() const { return std::holds_alternative<std::shared_ptr<Object>>(v_); }
    // Typed access; throws Error naming `what` when the type differs.
    double number(const std::string& what) const;
    long long integer(const std::string& what) const;
    bool boolean(const std::string& what) const;
    const std::string& string(const std::string& what) const;
    const Array& array(const std::string& what) const;
    const Object& object(const std::string& what) const;
    // Member of an object, or nullptr.
    const JsonValue* find(const std::string& key) const;

private:
    friend class JsonParser;
    std::variant<std::monostate, bool, double, std::string, std::shared_ptr<Array>, std::shared_ptr<Object>>
        v_;
};

} // namespace trit::cli
