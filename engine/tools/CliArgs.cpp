#include "CliArgs.h"

#include "trit/Error.h"

#include <cctype>
#include <charconv>

namespace trit::cli {

CliArgs::CliArgs(int argc, char** argv, int first, const std::set<std::string>& value_flags) {
    for (int i = first; i < argc; ++i) {
        const std::string a = argv[i];
        if (a.size() > 1 && a[0] == '-' &&
            !(a.size() > 1 && (std::isdigit(static_cast<unsigned char>(a[1])) != 0))) {
            if (value_flags.count(a)) {
                if (i + 1 >= argc)
                    throw Error("option " + a + " needs a value");
                flags_.emplace_back(a, argv[++i]);
            } else {
                flags_.emplace_back(a, "");
            }
        } else {
            positionals_.push_back(a);
        }
    }
}

std::string CliArgs::positional(size_t i, const std::string& what) const {
    if (i >= positionals_.size())
        throw Error("missing " + what + " (see --help)");
    return positionals_[i];
}

bool CliArgs::has(const std::string& flag) const {
    for (const auto& f : flags_)
        if (f.first == flag)
            return true;
    return false;
}

std::optional<std::string> CliArgs::value(const std::string& flag) const {
    std::optional<std::string> v;
    for (const auto& f : flags_)
        if (f.first == flag)
            v = f.second;
    return v;
}

std::string CliArgs::value(const std::string& flag, const std::string& fallback) const {
    return value(flag).value_or(fallback);
}

long long CliArgs::integer(const std::string& flag, long long fallback) const {
    const auto v = value(flag);
    if (!v)
        return fallback;
    long long out = 0;
    const auto r = std::from_chars(v->data(), v->data() + v->size(), out);
    if (r.ec != std::errc() || r.ptr != v->data() + v->size())
        throw Error("option " + flag + " expects an integer, got '" + *v + "'");
    return out;
}

double CliArgs::number(const std::string& flag, double fallback) const {
    const auto v = value(flag);
    if (!v)
        return fallback;
    try {
        size_t used = 0;
        const double d = std::stod(*v, &used);
        if (used == v->size())
            return d;
    } catch (const std::exception&) {
    }
    throw Error("option " + flag + " expects a number, got '" + *v + "'");
}

std::vector<int> parseIntList(const std::string& text) {
    std::vector<int> out;
    size_t i = 0;
    while (i < text.size()) {
        size_t j = text.find(',', i);
        if (j == std::string::npos)
            j = text.size();
        int v = 0;
        const auto r = std::from_chars(text.data() + i, text.data() + j, v);
        if (r.ec != std::errc() || r.ptr != text.data() + j)
            throw Error("expected a comma-separated list of integers, got '" + text + "'");
        out.push_back(v);
        i = j + 1;
    }
    return out;
}

} // namespace trit::cli
