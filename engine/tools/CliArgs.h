#pragma once
// Command-line arguments of one subcommand: positionals and --flags (with or without values).
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace trit::cli {

class CliArgs {
public:
    // `value_flags`: flags that take a value (e.g. "-p", "--temp"); any other "-x"/"--x" is a switch.
    CliArgs(int argc, char** argv, int first, const std::set<std::string>& value_flags);

    const std::vector<std::string>& positionals() const { return positionals_; }
    std::string positional(size_t i, const std::string& what) const; // throws Error naming `what`
    bool has(const std::string& flag) const;
    std::optional<std::string> value(const std::string& flag) const;
    std::string value(const std::string& flag, const std::string& fallback) const;
    long long integer(const std::string& flag, long long fallback) const;
    double number(const std::string& flag, double fallback) const;
    bool wantsHelp() const { return has("--help") || has("-h"); }

private:
    std::vector<std::string> positionals_;
    std::vector<std::pair<std::string, std::string>> flags_;
};

// Parses "1,2,3" into integers; throws Error on anything else.
std::vector<int> parseIntList(const std::string& text);

} // namespace trit::cli
