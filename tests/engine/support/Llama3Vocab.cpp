#include "support/Llama3Vocab.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace trit_test {
namespace {

std::string base64Decode(std::string_view in) {
    static const std::array<int8_t, 256> table = [] {
        std::array<int8_t, 256> t{};
        t.fill(-1);
        const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i)
            t[static_cast<uint8_t>(alphabet[i])] = static_cast<int8_t>(i);
        return t;
    }();
    std::string out;
    uint32_t buffer = 0;
    int bits = 0;
    for (char c : in) {
        if (c == '=')
            break;
        const int8_t v = table[static_cast<uint8_t>(c)];
        if (v < 0)
            throw std::runtime_error("bad base64 in the tiktoken file");
        buffer = (buffer << 6) | static_cast<uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

// GPT-2's byte -> unicode map, written out again here so that the fixture does not trust the engine's copy.
std::array<std::string, 256> byteToText() {
    std::array<std::string, 256> map;
    uint32_t next = 256;
    for (uint32_t b = 0; b < 256; ++b) {
        const bool printable = (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || b >= 174;
        const uint32_t cp = printable ? b : next++;
        std::string& s = map[b];
        if (cp < 0x80) {
            s += static_cast<char>(cp);
        } else {
            s += static_cast<char>(0xC0 | (cp >> 6));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return map;
}

const char* const kNamedSpecials[] = {"<|begin_of_text|>",
                                      "<|end_of_text|>",
                                      "<|reserved_special_token_0|>",
                                      "<|reserved_special_token_1|>",
                                      "<|reserved_special_token_2|>",
                                      "<|reserved_special_token_3|>",
                                      "<|start_header_id|>",
                                      "<|end_header_id|>",
                                      "<|reserved_special_token_4|>",
                                      "<|eot_id|>"};

} // namespace

trit::TokenizerConfig llama3TokenizerConfig(const std::string& tiktoken_path) {
    std::ifstream in(tiktoken_path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open " + tiktoken_path);
    std::vector<std::string> bytes_of; // by rank
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        const size_t space = line.find(' ');
        if (space == std::string::npos)
            throw std::runtime_error("malformed line in " + tiktoken_path + ": " + line);
        const size_t rank = std::stoul(line.substr(space + 1));
        if (rank != bytes_of.size())
            throw std::runtime_error("ranks out of order in " + tiktoken_path);
        bytes_of.push_back(base64Decode(std::string_view(line).substr(0, space)));
    }

    std::unordered_map<std::string_view, int32_t> rank_of;
    rank_of.reserve(bytes_of.size());
    for (size_t r = 0; r < bytes_of.size(); ++r)
        rank_of.emplace(bytes_of[r], static_cast<int32_t>(r));

    const auto map = byteToText();
    auto mapped = [&](std::string_view bytes) {
        std::string s;
        for (char c : bytes)
            s += map[static_cast<uint8_t>(c)];
        return s;
    };

    trit::TokenizerConfig c;
    c.model = "gpt2";
    for (const std::string& b : bytes_of)
        c.tokens.push_back(mapped(b));
    c.token_types.assign(c.tokens.size(), trit::kNormal);

    // Every way of writing a token as two tokens; BPE then merges by the rank of the result, like tiktoken.
    std::vector<std::tuple<int32_t, int32_t, int32_t>> merges; // result, left, right
    for (size_t r = 0; r < bytes_of.size(); ++r) {
        const std::string_view b = bytes_of[r];
        for (size_t cut = 1; cut < b.size(); ++cut) {
            const auto left = rank_of.find(b.substr(0, cut));
            const auto right = rank_of.find(b.substr(cut));
            if (left != rank_of.end() && right != rank_of.end())
                merges.emplace_back(static_cast<int32_t>(r), left->second, right->second);
        }
    }
    std::sort(merges.begin(), merges.end());
    c.merges.reserve(merges.size());
    for (const auto& [result, left, right] : merges)
        c.merges.push_back(c.tokens[static_cast<size_t>(left)] + " " + c.tokens[static_cast<size_t>(right)]);

    for (int i = 0; i < 256; ++i) {
        c.tokens.push_back(i < 10 ? std::string(kNamedSpecials[i])
                                  : "<|reserved_special_token_" + std::to_string(i - 5) + "|>");
        c.token_types.push_back(trit::kControl);
    }
    c.bos_id = 128000;
    c.eos_id = 128001;
    c.add_bos = true;
    c.add_bos_present = true;
    return c;
}

} // namespace trit_test
