#include "stage_options.hh"

#include <fmt/format.h>

#include <optional>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>

#include "failure.hh"

const std::vector<std::string>* ream_options::find(std::string_view name) const {
  for (const auto& [key, vals] : values)
    if (key == name) return &vals;
  return nullptr;
}

namespace ream::cli {
namespace {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::vector<std::string> choices_of(const ream_option_spec& spec) {
  std::vector<std::string> out;
  std::string_view all = spec.choices ? spec.choices : "";
  size_t start = 0;
  while (start <= all.size() && !all.empty()) {
    size_t bar = std::min(all.find('|', start), all.size());
    out.emplace_back(all.substr(start, bar - start));
    start = bar + 1;
  }
  return out;
}

void check_value(const ream_option_spec& spec, const std::string& stage, const std::string& value) {
  auto bad = [&](const std::string& why) {
    return Failure(kExitUsage, fmt::format("{}: --{}: {}", stage, spec.name, why));
  };
  switch (spec.type) {
    case REAM_OPT_PATH:
      // An empty name would become stdout for some, a temporary SQLite
      // database for --state, a failed rename at the very end for others.
      if (value.empty()) throw bad("a file name is needed, not ''");
      break;
    case REAM_OPT_INT: {
      long long n = 0;
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (ec != std::errc() || end != value.data() + value.size())
        throw bad(fmt::format("expected a whole number, got '{}'", value));
      break;
    }
    case REAM_OPT_NUMBER: {
      double d = 0;
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), d);
      if (ec != std::errc() || end != value.data() + value.size() || !std::isfinite(d))
        throw bad(fmt::format("expected a number, got '{}'", value));
      break;
    }
    case REAM_OPT_CHOICE: {
      auto choices = choices_of(spec);
      if (std::find(choices.begin(), choices.end(), value) == choices.end()) {
        std::string hint = nearest(value, choices);
        throw bad(fmt::format("'{}' is not one of {}{}", value, spec.choices,
                              hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
      }
      break;
    }
    default:
      break;
  }
}

void set_value(ream_options& opts, const ream_option_spec& spec, std::string value) {
  std::string name = spec.name;
  if (std::find(opts.given.begin(), opts.given.end(), name) == opts.given.end()) {
    opts.given.push_back(name);
    for (auto& [key, vals] : opts.values)
      if (key == name) vals.clear();  // the user's value replaces the default
  }
  for (auto& [key, vals] : opts.values) {
    if (key == name) {
      if (!(spec.flags & REAM_OPT_REPEATABLE)) vals.clear();  // the last one wins
      vals.push_back(std::move(value));
      return;
    }
  }
  opts.values.push_back({name, {std::move(value)}});
}

}  // namespace

std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = std::max<size_t>(2, word.size() / 3) + 1;
  for (const auto& c : candidates) {
    size_t d = edit_distance(word, c);
    if (d < best_distance || (c.rfind(word, 0) == 0 && word.size() >= 2 && best.empty())) {
      best_distance = std::min(d, best_distance);
      best = c;
    }
  }
  return best;
}

std::string option_synopsis(const ream_option_spec& spec) {
  std::string out =
      spec.short_name ? fmt::format("-{}, --{}", spec.short_name, spec.name) : "--" + std::string(spec.name);
  std::string value = spec.value_name ? spec.value_name : "VALUE";
  if (spec.flags & kOptionalValue)
    out += "[=" + value + "]";
  else if (spec.type != REAM_OPT_FLAG)
    out += " " + value;
  return out;
}

int32_t positional_max(const ream_plugin& plugin) {
  constexpr size_t kNeeded = offsetof(ream_plugin, positional_max) + sizeof(int32_t);
  if (plugin.size < kNeeded) return -1;  // built before ABI 1.3: every word is its own, as it always was
  if (!plugin.positional) return 0;
  return plugin.positional_max > 0 ? plugin.positional_max : -1;
}

ream_options parse_stage_options(const ream_plugin& plugin, const std::string& stage,
                                 const std::vector<std::string>& args, std::vector<std::string>* input_files) {
  const int32_t max_positional = positional_max(plugin);
  ream_options opts;
  const ream_option_spec* specs = plugin.options;
  for (size_t i = 0; i < plugin.option_count; ++i)
    if (specs[i].default_value) opts.values.push_back({specs[i].name, {specs[i].default_value}});

  auto by_long = [&](std::string_view name) -> const ream_option_spec* {
    for (size_t i = 0; i < plugin.option_count; ++i)
      if (name == specs[i].name) return &specs[i];
    return nullptr;
  };
  auto by_short = [&](char c) -> const ream_option_spec* {
    for (size_t i = 0; i < plugin.option_count; ++i)
      if (specs[i].short_name == c) return &specs[i];
    return nullptr;
  };
  auto unknown = [&](const std::string& word) {
    std::vector<std::string> names;
    for (size_t i = 0; i < plugin.option_count; ++i) names.push_back(std::string("--") + specs[i].name);
    std::string hint = nearest(word.substr(0, word.find('=')), names);
    std::string global;
    if (word == "-o" || word == "-i" || word.rfind("--on-error", 0) == 0 || word.rfind("--stats", 0) == 0 ||
        word == "--reject" || word == "--quiet" || word == "--progress")
      global = fmt::format(" ({} is a global option: put it before the stage name)", word.substr(0, word.find('=')));
    return Failure(kExitUsage, fmt::format("{}: unknown option '{}'{}{}", stage, word,
                                           hint.empty() ? "" : " (did you mean '" + hint + "'?)", global));
  };

  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (options_done || word == "-" || word.empty() || word[0] != '-') {
      bool beyond = max_positional >= 0 && opts.positional.size() >= static_cast<size_t>(max_positional);
      if (beyond && input_files) {
        if (word.empty()) throw Failure(kExitUsage, fmt::format("{}: a file name is needed, not ''", stage));
        input_files->push_back(word);
        continue;
      }
      if (beyond && plugin.positional)
        throw Failure(kExitUsage,
                      fmt::format("{}: unexpected argument '{}' (this stage takes {} {} argument; input files go "
                                  "after the first stage or with -i)",
                                  stage, word, max_positional, plugin.positional));
      if (!plugin.positional)
        throw Failure(kExitUsage, fmt::format("{}: unexpected argument '{}' (this stage takes no {})", stage, word,
                                              "positional arguments"));
      opts.positional.push_back(word);
      continue;
    }
    if (word == "--") {
      options_done = true;
      continue;
    }
    const ream_option_spec* spec = nullptr;
    std::optional<std::string> inline_value;
    if (word.rfind("--", 0) == 0) {
      std::string name = word.substr(2);
      if (auto eq = name.find('='); eq != std::string::npos) {
        inline_value = name.substr(eq + 1);
        name.resize(eq);
      }
      spec = by_long(name);
    } else {
      spec = by_short(word[1]);
      if (spec && word.size() > 2) inline_value = word.substr(2);
    }
    if (!spec) throw unknown(word);
    if (spec->type == REAM_OPT_FLAG) {
      if (inline_value) throw Failure(kExitUsage, fmt::format("{}: --{} takes no value", stage, spec->name));
      set_value(opts, *spec, "true");
      continue;
    }
    std::string value;
    if (inline_value) {
      value = *inline_value;
    } else if (i + 1 < args.size()) {
      value = args[++i];
    } else {
      throw Failure(kExitUsage, fmt::format("{}: --{} needs a value ({})", stage, spec->name,
                                            spec->value_name ? spec->value_name : "VALUE"));
    }
    check_value(*spec, stage, value);
    set_value(opts, *spec, std::move(value));
  }
  for (size_t i = 0; i < plugin.option_count; ++i)
    if ((specs[i].flags & REAM_OPT_REQUIRED) && !opts.find(specs[i].name))
      throw Failure(kExitUsage, fmt::format("{}: --{} is required", stage, specs[i].name));
  return opts;
}

}  // namespace ream::cli
