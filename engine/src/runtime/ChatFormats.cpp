// The chat formats of trit/Chat.h, rendered straight to token ids (ENGINE_SPEC §4.6).
#include "tokenizer/UnicodeClasses.h"
#include "tokenizer/Utf8.h"
#include "trit/Chat.h"
#include "trit/Error.h"
#include "trit/Tokenizer.h"

#include <functional>
#include <string_view>

namespace trit {
namespace {

using Tokens = std::vector<int32_t>;

// Python's str.strip() / Jinja's trim: Unicode whitespace at both ends.
std::string_view trimmed(std::string_view s) {
    auto first_char = [](std::string_view t) { return utf8::inspect(t); };
    while (!s.empty()) {
        const utf8::Sequence seq = first_char(s);
        if (seq.kind != utf8::Sequence::kComplete || !isWhitespace(seq.codepoint))
            break;
        s.remove_prefix(seq.length);
    }
    while (!s.empty()) {
        // Step back to the start of the last character.
        size_t start = s.size() - 1;
        while (start > 0 && s.size() - start < 4 && (static_cast<uint8_t>(s[start]) & 0xC0) == 0x80)
            --start;
        const utf8::Sequence seq = utf8::inspect(s.substr(start));
        if (seq.kind != utf8::Sequence::kComplete || start + seq.length != s.size() ||
            !isWhitespace(seq.codepoint))
            break;
        s.remove_suffix(seq.length);
    }
    return s;
}

std::string capitalizedRole(const std::string& role) {
    if (role == "system")
        return "System";
    if (role == "user")
        return "User";
    if (role == "assistant")
        return "Assistant";
    throw Error("unknown chat role '" + role + "'; the roles are system, user and assistant");
}

class Renderer {
public:
    Renderer(const Tokenizer& tokenizer, std::string format) : tok_(tokenizer), format_(std::move(format)) {}

    // User-supplied text: special-token texts in it stay plain text.
    void text(std::string_view s) { append(tok_.encode(s, false, false)); }
    // Template text: may contain special-token texts.
    void templ(std::string_view s) { append(tok_.encode(s, false, true)); }
    void token(int32_t id) { out_.push_back(id); }
    void bosIf(bool wanted) {
        if (wanted && tok_.bos() >= 0)
            out_.push_back(tok_.bos());
    }
    int32_t required(std::string_view token_text) const {
        const int32_t id = tok_.findToken(token_text);
        if (id < 0)
            throw Error("chat format '" + format_ + "' needs the token " + std::string(token_text) +
                        ", which this model's vocabulary lacks; choose another chat format");
        return id;
    }
    int32_t endOfTurn(bool eos_fallback) const {
        if (tok_.eot() >= 0)
            return tok_.eot();
        if (eos_fallback && tok_.eos() >= 0)
            return tok_.eos();
        throw Error("chat format '" + format_ +
                    "' needs an end-of-turn token (such as <|eot_id|>), which this " +
                    "model's vocabulary lacks; choose another chat format");
    }
    const Tokenizer& tokenizer() const { return tok_; }
    Tokens take() { return std::move(out_); }

private:
    void append(const Tokens& ids) { out_.insert(out_.end(), ids.begin(), ids.end()); }
    const Tokenizer& tok_;
    std::string format_;
    Tokens out_;
};

// §4.6 (a) and the demo model: header and content tokenized separately, then the end-of-turn token.
void renderSeparateHeaders(Renderer& r, const std::vector<ChatMessage>& messages, bool generation_prompt,
                           int32_t end_of_turn) {
    r.bosIf(true);
    for (const ChatMessage& m : messages) {
        r.text(capitalizedRole(m.role) + ": ");
        r.text(trimmed(m.content));
        r.token(end_of_turn);
    }
    if (generation_prompt)
        r.text("Assistant: ");
}

// §4.6 (b): the Hugging Face template, "Role: content" tokenized as one string.
void renderJoint(Renderer& r, const std::vector<ChatMessage>& messages, bool generation_prompt) {
    const int32_t eot = r.endOfTurn(false);
    r.bosIf(true);
    for (const ChatMessage& m : messages) {
        r.text(capitalizedRole(m.role) + ": " + std::string(trimmed(m.content)));
        r.token(eot);
    }
    if (generation_prompt)
        r.text("Assistant: ");
}

void renderLlama3(Renderer& r, const std::vector<ChatMessage>& messages, bool generation_prompt) {
    const int32_t start = r.required("<|start_header_id|>"), end = r.required("<|end_header_id|>");
    const int32_t eot = r.required("<|eot_id|>");
    r.bosIf(true);
    for (const ChatMessage& m : messages) {
        capitalizedRole(m.role); // validates
        r.token(start);
        r.templ(m.role);
        r.token(end);
        r.text("\n\n" + std::string(trimmed(m.content)));
        r.token(eot);
    }
    if (generation_prompt) {
        r.token(start);
        r.templ("assistant");
        r.token(end);
        r.templ("\n\n");
    }
}

// Falcon3 as llama.cpp renders it ("<|role|>\n" + content + "\n"); not verified against Falcon3's own
// tokenizer_config.json template, which nobody here could fetch.
void renderFalcon3(Renderer& r, const std::vector<ChatMessage>& messages, bool generation_prompt) {
    r.bosIf(r.tokenizer().addBosByDefault());
    for (const ChatMessage& m : messages) {
        capitalizedRole(m.role);
        r.templ("<|" + m.role + "|>\n");
        r.text(m.content);
        r.templ("\n");
    }
    if (generation_prompt)
        r.templ("<|assistant|>\n");
}

void renderChatml(Renderer& r, const std::vector<ChatMessage>& messages, bool generation_prompt) {
    const int32_t start = r.required("<|im_start|>"), end = r.required("<|im_end|>");
    r.bosIf(r.tokenizer().addBosByDefault());
    for (const ChatMessage& m : messages) {
        capitalizedRole(m.role);
        r.token(start);
        r.templ(m.role + "\n");
        r.text(m.content);
        r.token(end);
        r.templ("\n");
    }
    if (generation_prompt) {
        r.token(start);
        r.templ("assistant\n");
    }
}

// Base models: the contents as one continuous text, paragraphs apart.
void renderPlain(Renderer& r, const std::vector<ChatMessage>& messages) {
    r.bosIf(r.tokenizer().addBosByDefault());
    std::string joined;
    for (const ChatMessage& m : messages) {
        capitalizedRole(m.role);
        if (!joined.empty())
            joined += "\n\n";
        joined += m.content;
    }
    r.text(joined);
}

struct Format {
    const char* name;
    std::function<void(Renderer&, const std::vector<ChatMessage>&, bool)> render;
    std::vector<std::string> stop_strings;
};

const std::vector<Format>& formats() {
    static const std::vector<Format> all = {
        {"bitnet-b1.58",
         [](Renderer& r, const std::vector<ChatMessage>& m, bool g) {
             renderSeparateHeaders(r, m, g, r.endOfTurn(false));
         },
         {"\nUser:", "\nSystem:"}},
        {"bitnet-b1.58-joint", renderJoint, {"\nUser:", "\nSystem:"}},
        {"llama3", renderLlama3, {}},
        {"falcon3", renderFalcon3, {"<|user|>", "<|system|>"}},
        {"chatml", renderChatml, {"<|im_start|>"}},
        {"tritium-demo",
         [](Renderer& r, const std::vector<ChatMessage>& m, bool g) {
             renderSeparateHeaders(r, m, g, r.endOfTurn(true));
         },
         {"\nUser:", "\nSystem:"}},
        {"plain", [](Renderer& r, const std::vector<ChatMessage>& m, bool) { renderPlain(r, m); }, {}},
    };
    return all;
}

const Format& findFormat(const std::string& name) {
    for (const Format& f : formats())
        if (name == f.name)
            return f;
    std::string known;
    for (const Format& f : formats())
        known += (known.empty() ? "" : ", ") + std::string(f.name);
    throw Error("unknown chat format '" + name + "'; known formats: " + known);
}

} // namespace

std::vector<std::string> chatFormats() {
    std::vector<std::string> names;
    for (const Format& f : formats())
        names.emplace_back(f.name);
    return names;
}

std::vector<int32_t> renderChat(const Tokenizer& tokenizer, const std::string& format,
                                const std::vector<ChatMessage>& messages, bool add_generation_prompt) {
    const Format& f = findFormat(format);
    Renderer renderer(tokenizer, format);
    f.render(renderer, messages, add_generation_prompt);
    return renderer.take();
}

std::vector<std::string> chatStopStrings(const std::string& format) {
    return findFormat(format).stop_strings;
}

} // namespace trit
