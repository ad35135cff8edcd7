#include "JsonValue.h"

#include "trit/Error.h"

#include <cmath>
#include <cstdlib>

namespace trit::cli {

class JsonParser {
public:
    explicit JsonParser(std::string_view text) : s_(text) {}

    JsonValue document() {
        JsonValue v = value(0);
        skipSpace();
        if (i_ != s_.size())
            fail("unexpected text after the JSON value");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw Error("JSON error at byte " + std::to_string(i_) + ": " + what);
    }
    void skipSpace() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
            ++i_;
    }
    bool consume(char c) {
        skipSpace();
        if (i_ < s_.size() && s_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }
    void expect(char c) {
        if (!consume(c))
            fail(std::string("expected '") + c + "'");
    }

    JsonValue value(int depth) {
        if (depth > 64)
            fail("nesting too deep");
        skipSpace();
        if (i_ >= s_.size())
            fail("unexpected end of input");
        JsonValue v;
        const char c = s_[i_];
        if (c == '{') {
            ++i_;
            auto obj = std::make_shared<JsonValue::Object>();
            if (!consume('}')) {
                do {
                    skipSpace();
                    std::string key = stringLiteral();
                    expect(':');
                    (*obj)[key] = value(depth + 1);
                } while (consume(','));
                expect('}');
            }
            v.v_ = obj;
        } else if (c == '[') {
            ++i_;
            auto arr = std::make_shared<JsonValue::Array>();
            if (!consume(']')) {
                do
                    arr->push_back(value(depth + 1));
                while (consume(','));
                expect(']');
            }
            v.v_ = arr;
        } else if (c == '"') {
            v.v_ = stringLiteral();
        } else if (s_.substr(i_, 4) == "true") {
            i_ += 4;
            v.v_ = true;
        } else if (s_.substr(i_, 5) == "false") {
            i_ += 5;
            v.v_ = false;
        } else if (s_.substr(i_, 4) == "null") {
            i_ += 4;
        } else {
            v.v_ = numberLiteral();
        }
        return v;
    }

    double numberLiteral() {
        const size_t start = i_;
        if (i_ < s_.size() && s_[i_] == '-')
            ++i_;
        while (i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.' ||
                                  s_[i_] == 'e' || s_[i_] == 'E' || s_[i_] == '+' || s_[i_] == '-'))
            ++i_;
        const std::string text(s_.substr(start, i_ - start));
        char* end = nullptr;
        const double d = std::strtod(text.c_str(), &end);
        if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(d))
            fail("invalid number '" + text + "'");
        return d;
    }

    unsigned hex4() {
        if (i_ + 4 > s_.size())
            fail("truncated \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            const char h = s_[i_++];
            v <<= 4;
            if (h >= '0' && h <= '9')
                v |= unsigned(h - '0');
            else if (h >= 'a' && h <= 'f')
                v |= unsigned(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                v |= unsigned(h - 'A' + 10);
            else
                fail("invalid \\u escape");
        }
        return v;
    }

    static void appendUtf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    std::string stringLiteral() {
        if (i_ >= s_.size() || s_[i_] != '"')
            fail("expected a string");
        ++i_;
        std::string out;
        while (true) {
            if (i_ >= s_.size())
                fail("unterminated string");
            const char c = s_[i_++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20)
                fail("control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i_ >= s_.size())
                fail("unterminated escape");
            const char e = s_[i_++];
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp < 0xDC00) {
                    if (s_.substr(i_, 2) != "\\u")
                        fail("unpaired surrogate");
                    i_ += 2;
                    const unsigned low = hex4();
                    if (low < 0xDC00 || low >= 0xE000)
                        fail("unpaired surrogate");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp < 0xE000) {
                    fail("unpaired surrogate");
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                fail(std::string("invalid escape \\") + e);
            }
        }
    }

    std::string_view s_;
    size_t i_ = 0;
};

JsonValue JsonValue::parse(std::string_view text) {
    return JsonParser(text).document();
}

namespace {
[[noreturn]] void wrongType(const std::string& what, const char* expected) {
    throw Error(what + " must be " + expected);
}
} // namespace

double JsonValue::number(const std::string& what) const {
    if (const auto* d = std::get_if<double>(&v_))
        return *d;
    wrongType(what, "a number");
}

long long JsonValue::integer(const std::string& what) const {
    const double d = number(what);
    if (d != std::floor(d) || std::fabs(d) > 9e15)
        wrongType(what, "an integer");
    return static_cast<long long>(d);
}

bool JsonValue::boolean(const std::string& what) const {
    if (const auto* b = std::get_if<bool>(&v_))
        return *b;
    wrongType(what, "true or false");
}

const std::string& JsonValue::string(const std::string& what) const {
    if (const auto* s = std::get_if<std::string>(&v_))
        return *s;
    wrongType(what, "a string");
}

const JsonValue::Array& JsonValue::array(const std::string& what) const {
    if (const auto* a = std::get_if<std::shared_ptr<Array>>(&v_))
        return **a;
    wrongType(what, "an array");
}

const JsonValue::Object& JsonValue::object(const std::string& what) const {
    if (const auto* o = std::get_if<std::shared_ptr<Object>>(&v_))
        return **o;
    wrongType(what, "an object");
}

const JsonValue* JsonValue::find(const std::string& key) const {
    const auto* o = std::get_if<std::shared_ptr<Object>>(&v_);
    if (!o)
        return nullptr;
    const auto it = (*o)->find(key);
    return it == (*o)->end() ? nullptr : &it->second;
}

} // namespace trit::cli
