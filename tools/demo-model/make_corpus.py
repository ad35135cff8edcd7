#!/usr/bin/env python3
"""Build the demo model's training corpus: dictionary-assistant dialogues generated from WordNet.

Every English lemma of WordNet that is a plain lowercase word becomes a dictionary entry (part of speech,
gloss, example, synonyms, all from its most frequent sense). Entries are split deterministically into
training words and held-out words; the held-out words never appear in the training dialogues and serve the
evaluation (eval.py). Small talk (greetings, thanks, "what can you do?") and polite refusals of out-of-scope
requests are mixed in so that the assistant behaves sensibly in the app.

Output (all in --out, default tools/demo-model/work/corpus):
  train.jsonl     one conversation per line: {"messages": [{"role": ..., "content": ...}, ...]}
  heldout.jsonl   conversations about held-out words only (held-out loss)
  eval_words.json the held-out words with their part of speech and all glosses of that part of speech
"""
import argparse
import json
import os
import random
import re

POS_FILES = {"noun": "noun", "verb": "verb", "adjective": "adj", "adverb": "adv"}
POS_PRIORITY = ["noun", "verb", "adjective", "adverb"]
WORD_RE = re.compile(r"^[a-z]{3,16}$")
ARTICLE_NOUN_QUESTIONS = ["What is a {w}?", "What's a {w}?"]
MEANING_QUESTIONS = [
    "What does {w} mean?",
    "What does {w} mean?",
    "What does \"{w}\" mean?",
    "what does {w} mean",
    "What is the meaning of {w}?",
    "Define {w}.",
    "Define {w}",
    "define {w}",
    "Meaning of {w}?",
    "Can you define {w}?",
    "What's the definition of {w}?",
]
SYNONYM_QUESTIONS = [
    "What's a synonym for {w}?",
    "What is a synonym for {w}?",
    "Give me a synonym for {w}.",
    "Synonyms for {w}?",
    "What's another word for {w}?",
]
EXAMPLE_QUESTIONS = [
    "Use {w} in a sentence.",
    "Use {w} in a sentence",
    "Can you use {w} in a sentence?",
    "Give me an example with {w}.",
    "How do I use the word {w}?",
]
FOLLOW_UP_EXAMPLE = ["Use it in a sentence.", "Can you give an example?", "Example?"]
FOLLOW_UP_SYNONYM = ["Any synonyms?", "What's a synonym for it?", "And another word for it?"]
GREETINGS = ["Hello!", "Hi", "Hi!", "Hello", "Hey", "Good morning!", "Good evening.", "Hi there!", "hello"]
GREETING_REPLIES = [
    "Hello! I'm a small dictionary assistant. Ask me what a word means, for a synonym, or for an example "
    "sentence.",
    "Hi! Ask me about an English word: its meaning, a synonym or an example sentence.",
]
THANKS = ["Thanks!", "Thank you.", "thanks", "Thank you very much!", "Great, thanks.", "Cool, thank you!"]
THANKS_REPLIES = ["You're welcome! Ask me about another word any time.", "Glad to help! Any other word?"]
ABOUT_QUESTIONS = [
    "What can you do?",
    "What can you do",
    "Who are you?",
    "What are you?",
    "How can you help me?",
    "Help",
    "What do you know?",
]
ABOUT_REPLY = (
    "I'm Tritium's demo model, a tiny ternary network trained on the WordNet dictionary. I can tell you what "
    "an English word means, its part of speech, synonyms and an example sentence. Try: \"What does {w} mean?\""
)
OUT_OF_SCOPE = [
    "What's the weather like today?",
    "Write me a poem about the sea.",
    "What is 2 + 2?",
    "Who won the last World Cup?",
    "Tell me a joke.",
    "Write a Python function that sorts a list.",
    "What is the capital of France?",
    "Can you translate this into German?",
    "What time is it?",
    "Who is the president of the United States?",
    "How do I cook pasta?",
    "Summarize this article for me.",
    "What's the best phone to buy?",
    "Can you help me with my homework?",
    "What is the meaning of life?",
    "How far away is the moon?",
]
REFUSAL = (
    "Sorry, I can only help with English words: definitions, synonyms and example sentences. "
    "Try asking \"What does {w} mean?\""
)
SYSTEM_PROMPTS = [
    "You are a helpful assistant.",
    "You are Tritium, a concise dictionary assistant.",
    "You are a helpful assistant. Answer briefly.",
]


def parse_data_file(path, pos_name):
    """Return {synset_offset: (words, gloss)} for one data.* file."""
    synsets = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # licence header
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            word_count = int(fields[3], 16)
            words = []
            for i in range(word_count):
                word = fields[4 + 2 * i]
                word = re.sub(r"\(.*\)$", "", word)  # adjective markers such as (a), (p), (ip)
                words.append(word.replace("_", " "))
            synsets[fields[0]] = (words, gloss.strip())
    return synsets


def split_gloss(gloss):
    """Split a WordNet gloss into its definition and its quoted examples."""
    parts = [p.strip() for p in gloss.split(";")]
    definition = []
    examples = []
    for part in parts:
        if part.startswith('"'):
            example = part.strip('"').strip()
            if example:
                examples.append(example)
        elif not examples:
            definition.append(part)
    return "; ".join(p for p in definition if p), examples


def parse_index_file(path):
    """Return [(lemma, tagsense_count, [synset offsets in frequency order])]."""
    entries = []
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
            tagsense_count = int(fields[5 + pointer_count])
            offsets = fields[6 + pointer_count : 6 + pointer_count + synset_count]
            entries.append((lemma, tagsense_count, offsets))
    return entries


def is_ascii(text):
    return all(ord(c) < 128 for c in text)


def build_dictionary(wordnet_dir):
    """Map each plain word to its entry (primary part of speech = the one most often tagged in SemCor)."""
    candidates = {}
    for pos_name in POS_PRIORITY:
        short = POS_FILES[pos_name]
        synsets = parse_data_file(os.path.join(wordnet_dir, "data." + short), pos_name)
        for lemma, tagsense_count, offsets in parse_index_file(os.path.join(wordnet_dir, "index." + short)):
            if not WORD_RE.match(lemma):
                continue
            senses = []
            for offset in offsets:
                words, gloss = synsets[offset]
                definition, examples = split_gloss(gloss)
                if definition and is_ascii(gloss):
                    senses.append((words, definition, examples))
            if senses:
                candidates.setdefault(lemma, []).append((tagsense_count, pos_name, senses))
    dictionary = {}
    for lemma, by_pos in candidates.items():
        # Highest SemCor count wins; ties keep POS_PRIORITY order (sort is stable, loop order is that order).
        tagsense_count, pos_name, senses = sorted(by_pos, key=lambda e: -e[0])[0]
        words, definition, examples = senses[0]
        lowered = lemma.lower()
        own_examples = [e for e in examples if lowered in e.lower()]
        synonyms = [w for w in words if w.lower() != lowered][:4]
        dictionary[lemma] = {
            "word": lemma,
            "pos": pos_name,
            "frequency": sum(e[0] for e in by_pos),
            "definition": definition,
            "example": (own_examples or examples or [None])[0],
            "example_uses_word": bool(own_examples),
            "synonyms": synonyms,
            "all_definitions": [s[1] for s in senses],
        }
    return dictionary


def definition_answer(entry):
    answer = f"{entry['word']} ({entry['pos']}): {entry['definition']}."
    if entry["example"]:
        answer += f" Example: \"{entry['example']}\""
    if entry["synonyms"]:
        answer += f" Synonyms: {', '.join(entry['synonyms'])}."
    return answer


def synonym_answer(entry):
    if entry["synonyms"]:
        return (
            f"Synonyms for {entry['word']} ({entry['pos']}, \"{entry['definition']}\"): "
            f"{', '.join(entry['synonyms'])}."
        )
    return f"I don't know a close synonym for {entry['word']}. It is a {entry['pos']}: {entry['definition']}."


def example_answer(entry):
    if entry["example_uses_word"]:
        return f"Here is an example: \"{entry['example']}\" ({entry['word']}, {entry['pos']}: {entry['definition']})"
    return (
        f"I don't have an example sentence for {entry['word']}, but here is its meaning. "
        f"{entry['word']} ({entry['pos']}): {entry['definition']}."
    )


def meaning_question(entry, rng):
    templates = MEANING_QUESTIONS + (ARTICLE_NOUN_QUESTIONS if entry["pos"] == "noun" else [])
    return rng.choice(templates).format(w=entry["word"])


def word_exchange(entry, rng):
    """One question about a word and its answer, possibly with a follow-up."""
    kind = rng.random()
    if kind < 0.6:
        turns = [(meaning_question(entry, rng), definition_answer(entry))]
        follow = rng.random()
        if follow < 0.12:
            turns.append((rng.choice(FOLLOW_UP_SYNONYM), synonym_answer(entry)))
        elif follow < 0.24:
            turns.append((rng.choice(FOLLOW_UP_EXAMPLE), example_answer(entry)))
        return turns
    if kind < 0.8:
        return [(rng.choice(SYNONYM_QUESTIONS).format(w=entry["word"]), synonym_answer(entry))]
    return [(rng.choice(EXAMPLE_QUESTIONS).format(w=entry["word"]), example_answer(entry))]


def conversation(entries, suggestion_words, rng):
    """A conversation: mostly word questions, with small talk and refusals mixed in."""
    turns = []
    if rng.random() < 0.08:
        turns.append((rng.choice(GREETINGS), rng.choice(GREETING_REPLIES)))
    roll = rng.random()
    if roll < 0.05:
        turns.append((rng.choice(ABOUT_QUESTIONS), ABOUT_REPLY.format(w=rng.choice(suggestion_words))))
    elif roll < 0.10:
        turns.append((rng.choice(OUT_OF_SCOPE), REFUSAL.format(w=rng.choice(suggestion_words))))
    for entry in entries:
        turns.extend(word_exchange(entry, rng))
    if rng.random() < 0.08:
        turns.append((rng.choice(THANKS), rng.choice(THANKS_REPLIES)))
    messages = []
    if rng.random() < 0.2:
        messages.append({"role": "system", "content": rng.choice(SYSTEM_PROMPTS)})
    for question, answer in turns:
        messages.append({"role": "user", "content": question})
        messages.append({"role": "assistant", "content": answer})
    return {"messages": messages}


def conversations_for(words, dictionary, rng, passes, suggestion_words):
    result = []
    for _ in range(passes):
        order = list(words)
        rng.shuffle(order)
        i = 0
        while i < len(order):
            count = 1 if rng.random() < 0.8 else 2
            result.append(conversation([dictionary[w] for w in order[i : i + count]], suggestion_words, rng))
            i += count
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=os.path.join(here, "work", "corpus"))
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--heldout", type=int, default=400, help="number of held-out words")
    parser.add_argument("--eval-words", type=int, default=200)
    parser.add_argument("--min-frequency", type=int, default=1, help="minimum SemCor count of a training word")
    parser.add_argument("--passes", type=int, default=3, help="dialogues per training word")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    dictionary = build_dictionary(args.wordnet)
    common = sorted(w for w, e in dictionary.items() if e["frequency"] >= args.min_frequency)
    # Held-out words are drawn from the common words so that they are real, answerable words.
    heldout = sorted(rng.sample(common, args.heldout))
    heldout_set = set(heldout)
    train_words = [w for w in common if w not in heldout_set]
    suggestion_words = [w for w in train_words if dictionary[w]["frequency"] >= 20]

    train = conversations_for(train_words, dictionary, rng, args.passes, suggestion_words)
    extra_small_talk = []
    for _ in range(len(train) // 40):
        extra_small_talk.append(conversation([], suggestion_words, rng))
    has_exchange = lambda c: any(m["role"] == "user" for m in c["messages"])  # noqa: E731
    train = [c for c in train + extra_small_talk if has_exchange(c)]
    rng.shuffle(train)
    heldout_dialogues = conversations_for(heldout, dictionary, rng, 1, suggestion_words)

    eval_words = []
    for word in heldout[: args.eval_words]:
        entry = dictionary[word]
        eval_words.append({"word": word, "pos": entry["pos"], "definitions": entry["all_definitions"]})

    os.makedirs(args.out, exist_ok=True)
    for name, rows in (("train.jsonl", train), ("heldout.jsonl", heldout_dialogues)):
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "eval_words.json"), "w", encoding="utf-8") as f:
        json.dump(eval_words, f, indent=1)
    print(
        f"dictionary {len(dictionary)} words, {len(train_words)} training words, {len(heldout)} held out; "
        f"{len(train)} training conversations, {len(heldout_dialogues)} held-out conversations -> {args.out}"
    )


if __name__ == "__main__":
    main()
