#include "command_line.hh"

#include <fmt/format.h>

#include <charconv>
#include <optional>

#include "failure.hh"
#include "stage_options.hh"

#include <cstddef>

namespace ream::cli {
namespace {

const ream_option_spec kGlobalOptions[] = {
    {"input", 'i', REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "read records from FILE instead of standard input ('-' is standard input); repeatable",
     REAM_OPT_REPEATABLE | REAM_OPT_READS},
    {"output", 'o', REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "write to FILE, atomically: a temporary file renamed into place only when the run succeeds",
     REAM_OPT_WRITES | REAM_OPT_REPLACES},
    {"on-error", 0, REAM_OPT_CHOICE, "MODE", "fail", "fail|skip",
     "on a malformed input line: stop with exit status 1, or skip it with a warning", 0},
    {"reject", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr, "write every rejected input line verbatim to FILE",
     REAM_OPT_WRITES},
    {"stats", 0, REAM_OPT_CHOICE, "FORMAT", nullptr, "text|json",
     "print per-stage counts (in, out, dropped, rejected, written by a sink) and own times to standard error at the "
     "end; "
     "--stats=json prints one JSON object",
     kOptionalValue},
    {"jobs", 'j', REAM_OPT_INT, "N", nullptr, nullptr,
     "use N worker threads (default: the cores this process may use); the output is the same for every N", 0},
    {"byte-range", 0, REAM_OPT_STRING, "A:B", nullptr, nullptr,
     "read only the lines of the one input file that start at a byte offset from A up to, not including, B: "
     "one part of a file split at any offsets, for a distributed run (see ream-distributed(7))",
     0},
    {"first-line", 0, REAM_OPT_INT, "N", "1", nullptr,
     "number the first line read N, so that messages and records of one part of a file give the line numbers of "
     "the whole file",
     0},
    {"progress", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr,
     "show a progress line on standard error even when it is not a terminal", 0},
    {"quiet", 'q', REAM_OPT_FLAG, nullptr, nullptr, nullptr, "print nothing but errors", 0},
    {"help", 'h', REAM_OPT_FLAG, nullptr, nullptr, nullptr, "show this help", 0},
    {"version", 'V', REAM_OPT_FLAG, nullptr, nullptr, nullptr, "show the version", 0},
};

const ream_option_spec* find_global(std::string_view word) {
  for (const auto& spec : kGlobalOptions) {
    if (word.rfind("--", 0) == 0 && word.substr(2) == spec.name) return &spec;
    if (word.size() == 2 && word[0] == '-' && word[1] == spec.short_name && spec.short_name) return &spec;
  }
  return nullptr;
}

unsigned parse_jobs(const std::string& value) {
  unsigned n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n == 0 || n > 1024)
    throw Failure(kExitUsage, fmt::format("--jobs: expected a whole number from 1 to 1024, not '{}'", value));
  return n;
}

uint64_t parse_offset(const std::string& option, const std::string& text, const std::string& value) {
  uint64_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size())
    throw Failure(kExitUsage,
                  fmt::format("--{}: expected {}, not '{}'", option,
                              option == "first-line" ? "a line number from 1" : "A:B, two byte offsets", value));
  return n;
}

void parse_byte_range(InputRange& range, const std::string& value) {
  size_t colon = value.find(':');
  if (colon == std::string::npos) parse_offset("byte-range", "", value);
  range.begin = parse_offset("byte-range", value.substr(0, colon), value);
  range.end = parse_offset("byte-range", value.substr(colon + 1), value);
  if (range.end < range.begin)
    throw Failure(kExitUsage, fmt::format("--byte-range: the end comes before the start in '{}'", value));
}

void apply(Invocation& inv, const ream_option_spec& spec, const std::string& value) {
  std::string_view name = spec.name;
  if (spec.type == REAM_OPT_PATH && value.empty())
    throw Failure(kExitUsage, fmt::format("--{}: a file name is needed, not ''", spec.name));
  if (name == "input")
    inv.inputs.push_back(value);
  else if (name == "output")
    inv.output = value;
  else if (name == "on-error")
    inv.on_error = value;
  else if (name == "reject")
    inv.reject_file = value;
  else if (name == "stats")
    inv.stats = value;
  else if (name == "jobs")
    inv.jobs = parse_jobs(value);
  else if (name == "byte-range")
    parse_byte_range(inv.input_range, value);
  else if (name == "first-line") {
    inv.input_range.first_line = parse_offset("first-line", value, value);
    if (inv.input_range.first_line == 0) parse_offset("first-line", "", value);
  } else if (name == "progress")
    inv.progress = true;
  else if (name == "quiet")
    inv.quiet = true;
  else if (name == "help")
    inv.help = true;
  else if (name == "version")
    inv.version = true;
}

}  // namespace

std::span<const ream_option_spec> global_options() { return kGlobalOptions; }

std::vector<std::string> lift_global_options(const ream_plugin& stage, std::vector<std::string>& args) {
  auto stage_has = [&](std::string_view name, char short_name) {
    for (size_t i = 0; i < stage.option_count; ++i)
      if (name == stage.options[i].name || (short_name && short_name == stage.options[i].short_name)) return true;
    return false;
  };
  std::vector<std::string> kept, lifted;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& w = args[i];
    if (w == "--") {
      kept.insert(kept.end(), args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
      break;
    }
    bool is_long = w.rfind("--", 0) == 0, is_short = !is_long && w.size() >= 2 && w[0] == '-';
    std::string key = is_long ? w.substr(0, w.find('=')) : is_short ? w.substr(0, 2) : "";
    const ream_option_spec* g = key.empty() ? nullptr : find_global(key);
    if (!g || std::string_view(g->name) == "help" || std::string_view(g->name) == "version" ||
        stage_has(is_long ? key.substr(2) : "", is_short ? w[1] : 0) || stage_has(g->name, 0)) {
      kept.push_back(w);
      continue;
    }
    lifted.push_back(w);
    bool inline_value = is_long ? w.find('=') != std::string::npos : w.size() > 2;
    if (inline_value || g->type == REAM_OPT_FLAG || i + 1 >= args.size()) continue;
    bool optional = g->flags & kOptionalValue;
    if (!optional || args[i + 1] == "json" || args[i + 1] == "text") lifted.push_back(args[++i]);
  }
  args = std::move(kept);
  return lifted;
}

void merge_global_options(Invocation& inv, const std::vector<std::string>& words) {
  if (words.empty()) return;
  std::vector<std::string> all{"ream"};
  all.insert(all.end(), inv.global_words.begin(), inv.global_words.end());
  all.insert(all.end(), words.begin(), words.end());
  std::vector<char*> argv;
  for (auto& w : all) argv.push_back(w.data());
  Invocation merged = parse_command_line(static_cast<int>(argv.size()), argv.data());
  if (!merged.command.empty())
    throw Failure(kExitUsage, fmt::format("'{}' is not a value of the global option before it", merged.command));
  merged.command = inv.command;
  merged.words = std::move(inv.words);
  merged.stages = std::move(inv.stages);
  inv = std::move(merged);
}

std::vector<StageWords> split_stages(const std::string& first, const std::vector<std::string>& rest) {
  std::vector<StageWords> stages{{first, {}, {}, {}}};
  for (size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == "then") {
      if (i + 1 >= rest.size()) throw Failure(kExitUsage, "'then' must be followed by a stage name");
      if (rest[i + 1] == "then") throw Failure(kExitUsage, "'then then': a stage name is missing between them");
      stages.push_back({rest[++i], {}, {}, {}});
    } else {
      stages.back().args.push_back(rest[i]);
    }
  }
  return stages;
}

Invocation parse_command_line(int argc, char** argv) {
  Invocation inv;
  int i = 1;
  for (; i < argc; ++i) {
    std::string word = argv[i];
    if (word.empty() || word[0] != '-' || word == "-") break;
    const int start = i;
    std::optional<std::string> inline_value;
    std::string key = word;
    if (word.rfind("--", 0) == 0 && word.find('=') != std::string::npos) {
      key = word.substr(0, word.find('='));
      inline_value = word.substr(word.find('=') + 1);
    } else if (word.size() > 2 && word[0] == '-' && word[1] != '-') {
      key = word.substr(0, 2);  // -ofile
      inline_value = word.substr(2);
    }
    const ream_option_spec* spec = find_global(key);
    if (!spec) {
      std::vector<std::string> names;
      for (const auto& s : kGlobalOptions) names.push_back(std::string("--") + s.name);
      std::string hint = nearest(key, names);
      throw Failure(kExitUsage,
                    fmt::format("unknown option '{}'{}", word, hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
    }
    std::string value = "true";
    if (std::string_view(spec->name) == "stats") {
      // --stats alone means text; the format may follow as --stats=json or
      // as the next word, when that word is a format (not a stage name).
      if (!inline_value && i + 1 < argc &&
          (std::string_view(argv[i + 1]) == "json" || std::string_view(argv[i + 1]) == "text"))
        inline_value = argv[++i];
      value = inline_value.value_or("text");
    } else if (spec->type == REAM_OPT_FLAG) {
      if (inline_value) throw Failure(kExitUsage, fmt::format("--{} takes no value", spec->name));
    } else if (inline_value) {
      value = *inline_value;
    } else if (i + 1 < argc) {
      value = argv[++i];
    } else {
      throw Failure(kExitUsage, fmt::format("--{} needs a value ({})", spec->name, spec->value_name));
    }
    if (spec->type == REAM_OPT_CHOICE) {
      std::string_view choices = spec->choices;
      bool ok = false;
      for (size_t start = 0; start <= choices.size();) {
        size_t bar = std::min(choices.find('|', start), choices.size());
        ok |= choices.substr(start, bar - start) == value;
        start = bar + 1;
      }
      if (!ok) throw Failure(kExitUsage, fmt::format("--{}: '{}' is not one of {}", spec->name, value, spec->choices));
    }
    apply(inv, *spec, value);
    inv.global_words.insert(inv.global_words.end(), argv + start, argv + i + 1);
  }
  if (i < argc) inv.command = argv[i++];
  for (; i < argc; ++i) inv.words.emplace_back(argv[i]);
  return inv;
}

}  // namespace ream::cli
