#include "pipeline_file.hh"

#include <fcntl.h>
#include <glob.h>
#include <unistd.h>

#include <fmt/format.h>
#include <boost/spirit/home/x3.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>

#include "failure.hh"
#include "stage_options.hh"

namespace ream::cli {
namespace {

namespace x3 = boost::spirit::x3;
using Iterator = std::string::const_iterator;

// One word as the grammar builds it: its text, and the same text as a
// glob(3) pattern in which quoted characters are escaped.
struct Word {
  size_t column = 0;
  std::string text;
  std::string pattern;
  bool has_glob = false;
  bool pipe = false;                 // a '|' separator, not a word
  bool dash_from_expansion = false;  // begins with a ${VAR} value that starts with '-'
};

// What the semantic actions write into, reached through x3::with.
struct LineBuilder {
  std::string file;
  size_t line = 0;
  Iterator begin;
  std::vector<Word> words;
  Word current;

  std::string where(Iterator at) const { return fmt::format("{}:{}:{}", file, line, at - begin + 1); }
  void add(char c, bool quoted) {
    current.text += c;
    if (quoted && (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\')) current.pattern += '\\';
    current.pattern += c;
    if (!quoted && (c == '*' || c == '?' || c == '[')) current.has_glob = true;
  }
  void add_text(const std::string& s) {
    if (current.text.empty() && !s.empty() && s[0] == '-') current.dash_from_expansion = true;
    for (char c : s) add(c, true);  // expanded values are never patterns
  }
};
struct builder_tag;

LineBuilder& builder(auto& ctx) { return x3::get<builder_tag>(ctx).get(); }

auto const start_word = [](auto& ctx) {
  LineBuilder& b = builder(ctx);
  b.current = Word{};
  b.current.column = static_cast<size_t>(x3::_where(ctx).begin() - b.begin) + 1;
};
auto const end_word = [](auto& ctx) {
  LineBuilder& b = builder(ctx);
  b.words.push_back(std::move(b.current));
};
auto const plain_char = [](auto& ctx) { builder(ctx).add(x3::_attr(ctx), false); };
auto const quoted_char = [](auto& ctx) { builder(ctx).add(x3::_attr(ctx), true); };
// The attribute is the raw text "${NAME}", so errors can point at it.
auto const variable = [](auto& ctx) {
  LineBuilder& b = builder(ctx);
  auto raw = x3::_attr(ctx);
  std::string name(raw.begin() + 2, raw.end() - 1);
  const char* value = std::getenv(name.c_str());
  if (!value)
    throw Failure(kExitUsage, fmt::format("{}: ${{{}}} is not set in the environment", b.where(raw.begin()), name));
  b.add_text(value);
};
auto const pipe = [](auto& ctx) {
  LineBuilder& b = builder(ctx);
  Word w;
  w.pipe = true;
  w.column = static_cast<size_t>(x3::_attr(ctx).begin() - b.begin) + 1;
  b.words.push_back(w);
};

auto const var_name = (x3::alpha | x3::char_('_')) >> *(x3::alnum | x3::char_('_'));
auto const variable_ref = x3::raw[x3::lit("${") > x3::omit[var_name] > x3::lit('}')][variable];
auto const lone_dollar = (x3::char_('$') >> !x3::lit('{'))[quoted_char];
auto const escaped = x3::lit('\\') > x3::char_[quoted_char];
auto const single_quoted = x3::lit('\'') > *(x3::char_ - '\'')[quoted_char] > x3::lit('\'');
auto const double_quoted = x3::lit('"') > *(x3::omit[variable_ref] | x3::omit[lone_dollar] |
                                            x3::omit[x3::lit('\\') > x3::char_[quoted_char]] |
                                            x3::omit[(x3::char_ - x3::char_("\"\\$"))[quoted_char]]) > x3::lit('"');
auto const plain = (x3::char_ - x3::char_(" \t#|'\"\\$"))[plain_char];
// Every part works through semantic actions, so attributes are omitted.
auto const word_part = x3::omit[variable_ref] | x3::omit[lone_dollar] | x3::omit[escaped] | x3::omit[single_quoted] |
                       x3::omit[double_quoted] | x3::omit[plain];
auto const word = x3::eps[start_word] >> (+word_part)[end_word];
auto const comment = x3::lit('#') >> *x3::char_;
auto const separator = x3::raw[x3::lit('|')][pipe];
auto const line_rule = *x3::blank >> *((x3::omit[word] | x3::omit[separator]) >> *x3::blank) >>
                       -x3::omit[comment] >> x3::eoi;

// What an expectation failure at `at` in `text` means, in plain words.
std::string describe(const std::string& which, const std::string& text, Iterator at) {
  if (which == "'''") return "unterminated single quote";
  if (which == "'\"'") return "unterminated double quote";
  if (which == "'}'") return "unterminated ${...}: '}' expected";
  size_t pos = static_cast<size_t>(at - text.begin());
  if (pos >= 2 && text.compare(pos - 2, 2, "${") == 0)
    return "a variable name is expected after '${' (letters, digits and '_', not starting with a digit)";
  if (pos >= 1 && text[pos - 1] == '\\') return "a character is expected after '\\'";
  return "unexpected text here";
}

std::vector<Word> parse_line(const std::string& file, size_t number, const std::string& text) {
  LineBuilder b{file, number, text.begin(), {}, {}};
  auto parser = x3::with<builder_tag>(std::ref(b))[line_rule];
  Iterator it = text.begin();
  try {
    if (!x3::parse(it, text.end(), parser))
      throw Failure(kExitUsage, fmt::format("{}: cannot read this line", b.where(it)));
  } catch (const x3::expectation_failure<Iterator>& e) {
    throw Failure(kExitUsage, fmt::format("{}: {}", b.where(e.where()), describe(e.which(), text, e.where())));
  }
  return b.words;
}

std::vector<std::string> expand(const Word& w, const std::string& where, Globs globs) {
  if (!w.has_glob) return {w.text};
  glob_t found{};
  int rc = glob(w.pattern.c_str(), 0, nullptr, &found);
  std::vector<std::string> out(found.gl_pathv, found.gl_pathv + found.gl_pathc);
  globfree(&found);
  if ((rc == GLOB_NOMATCH || out.empty()) && globs == Globs::kMayBeEmpty) return {w.text};
  if (rc == GLOB_NOMATCH || out.empty())
    throw Failure(kExitUsage, fmt::format("{}: no file matches '{}'", where, w.text));
  return out;  // glob sorts its matches
}

// Physical lines joined where a line ends in an unescaped backslash.
std::vector<std::pair<size_t, std::string>> logical_lines(const std::string& text) {
  std::vector<std::pair<size_t, std::string>> out;
  std::istringstream in(text);
  std::string line, pending;
  size_t number = 0, first = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (pending.empty()) first = number;
    size_t slashes = 0;
    while (slashes < line.size() && line[line.size() - 1 - slashes] == '\\') ++slashes;
    if (slashes % 2 == 1) {
      pending += line.substr(0, line.size() - 1) + " ";
      continue;
    }
    out.emplace_back(first, pending + line);
    pending.clear();
  }
  if (!pending.empty()) out.emplace_back(first, pending);
  return out;
}

const ream_option_spec* global_named(std::string_view word) {
  for (const auto& spec : global_options()) {
    if (word.rfind("--", 0) == 0 && word.substr(2) == spec.name) return &spec;
    if (word.size() == 2 && word[0] == '-' && spec.short_name && word[1] == spec.short_name) return &spec;
  }
  return nullptr;
}

// A `set` line holds global options and their values, nothing else; a
// ${VAR} value is only ever an option's value.
void check_set_line(const std::vector<Word>& words, const std::function<std::string(size_t)>& where) {
  const ream_option_spec* waiting = nullptr;  // an option whose value comes next
  size_t waiting_column = 0;
  for (size_t i = 1; i < words.size(); ++i) {
    const Word& w = words[i];
    if (w.pipe) throw Failure(kExitUsage, where(w.column) + ": '|' cannot follow 'set'");
    if (waiting) {
      waiting = nullptr;
      continue;
    }
    if (w.dash_from_expansion || w.text.empty() || w.text[0] != '-' || w.text == "-")
      throw Failure(kExitUsage,
                    fmt::format("{}: set takes global options, and '{}' is not one{}", where(w.column), w.text,
                                w.dash_from_expansion ? " (a ${...} value is never an option)" : ""));
    std::string key = w.text.substr(0, w.text.find('='));
    if (key.size() > 2 && key[1] != '-') key.resize(2);  // -ofile
    const ream_option_spec* spec = global_named(key);
    if (!spec) throw Failure(kExitUsage, fmt::format("{}: set: unknown global option '{}'", where(w.column), key));
    bool inline_value = key.size() < w.text.size();
    if (!inline_value && spec->type != REAM_OPT_FLAG && !(spec->flags & kOptionalValue)) {
      waiting = spec;
      waiting_column = w.column;
    }
  }
  if (waiting)
    throw Failure(kExitUsage, fmt::format("{}: set: --{} needs a value ({})", where(waiting_column), waiting->name,
                                          waiting->value_name ? waiting->value_name : "VALUE"));
}

}  // namespace

std::vector<std::string> operands_last(const ream_plugin& stage, const StageWords& words) {
  const auto& args = words.args;
  bool any = false;
  for (bool b : words.operands) any |= b;
  if (!any) return args;
  auto takes_value = [&](const std::string& w) {
    if (w.find('=') != std::string::npos) return false;
    bool is_long = w.rfind("--", 0) == 0;
    if (!is_long && w.size() != 2) return false;  // -n5: the value is inline
    for (size_t i = 0; i < stage.option_count; ++i) {
      const ream_option_spec& o = stage.options[i];
      if ((is_long && w.substr(2) == o.name) || (!is_long && o.short_name && w[1] == o.short_name))
        return o.type != REAM_OPT_FLAG;
    }
    const ream_option_spec* g = global_named(w);
    return g && g->type != REAM_OPT_FLAG && !(g->flags & kOptionalValue);
  };
  std::vector<std::string> options, operands;
  bool done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& w = args[i];
    bool operand = i < words.operands.size() && words.operands[i];
    if (done || operand || w == "-" || w.empty() || w[0] != '-') {
      operands.push_back(w);
      continue;
    }
    if (w == "--") {
      done = true;
      continue;
    }
    options.push_back(w);
    if (takes_value(w) && i + 1 < args.size()) options.push_back(args[++i]);
  }
  options.push_back("--");
  options.insert(options.end(), operands.begin(), operands.end());
  return options;
}

PipelineFile parse_pipeline_file(const std::string& name, const std::string& text, Globs globs) {
  PipelineFile result;
  for (const auto& [number, line] : logical_lines(text)) {
    std::vector<Word> words = parse_line(name, number, line);
    // A copy: clang before 16 cannot capture a structured binding.
    auto where = [&name, line_number = number](size_t column) {
      return fmt::format("{}:{}:{}", name, line_number, column);
    };
    bool set_line = !words.empty() && !words[0].pipe && words[0].text == "set";
    if (set_line) {
      check_set_line(words, where);
      for (size_t i = 1; i < words.size(); ++i)
        for (auto& w : expand(words[i], where(words[i].column), globs)) result.global_words.push_back(w);
      continue;
    }
    bool expect_stage = true;
    for (const Word& w : words) {
      if (w.pipe) {
        if (expect_stage) throw Failure(kExitUsage, where(w.column) + ": a stage name is missing before '|'");
        expect_stage = true;
        continue;
      }
      if (expect_stage) {
        if (w.dash_from_expansion)
          throw Failure(kExitUsage, where(w.column) + ": a stage name is expected, not '" + w.text + "' from ${...}");
        result.stages.push_back({w.text, {}, where(w.column), {}});
        expect_stage = false;
      } else {
        StageWords& stage = result.stages.back();
        for (auto& arg : expand(w, where(w.column), globs)) {
          stage.args.push_back(arg);
          if (w.dash_from_expansion) stage.operands.resize(stage.args.size(), false), stage.operands.back() = true;
        }
      }
    }
    if (!words.empty() && expect_stage)
      throw Failure(kExitUsage, where(words.back().column) + ": a stage name is missing after '|'");
  }
  if (result.stages.empty()) throw Failure(kExitUsage, name + ": no stage in this pipeline file");
  return result;
}

PipelineFile read_pipeline_file(const std::string& path, Globs globs) {
  bool from_stdin = path == "-";
  std::string name = from_stdin ? "<stdin>" : path;
  int fd = from_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Failure(kExitIo, fmt::format("{}: cannot open: {}", name, std::strerror(errno)));
  std::string text;
  char buffer[1 << 14];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error = errno;
      if (!from_stdin) ::close(fd);
      throw Failure(kExitIo, fmt::format("{}: cannot read: {}", name, std::strerror(error)));
    }
    if (n == 0) break;
    text.append(buffer, static_cast<size_t>(n));
  }
  if (!from_stdin) ::close(fd);
  return parse_pipeline_file(name, text, globs);
}

}  // namespace ream::cli
