#include "pipeline_file.hh"

#include <glob.h>

#include <fmt/format.h>
#include <boost/spirit/home/x3.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "failure.hh"

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
  bool pipe = false;  // a '|' separator, not a word
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

std::string describe(const std::string& which) {
  if (which == "'''") return "unterminated single quote";
  if (which == "'\"'") return "unterminated double quote";
  if (which == "'}'") return "unterminated ${...}: '}' expected";
  return "unexpected end of line: " + which + " expected";
}

std::vector<Word> parse_line(const std::string& file, size_t number, const std::string& text) {
  LineBuilder b{file, number, text.begin(), {}, {}};
  auto parser = x3::with<builder_tag>(std::ref(b))[line_rule];
  Iterator it = text.begin();
  try {
    if (!x3::parse(it, text.end(), parser))
      throw Failure(kExitUsage, fmt::format("{}: cannot read this line", b.where(it)));
  } catch (const x3::expectation_failure<Iterator>& e) {
    throw Failure(kExitUsage, fmt::format("{}: {}", b.where(e.where()), describe(e.which())));
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

}  // namespace

PipelineFile parse_pipeline_file(const std::string& name, const std::string& text, Globs globs) {
  PipelineFile result;
  for (const auto& [number, line] : logical_lines(text)) {
    std::vector<Word> words = parse_line(name, number, line);
    auto where = [&](size_t column) { return fmt::format("{}:{}:{}", name, number, column); };
    bool set_line = !words.empty() && !words[0].pipe && words[0].text == "set";
    if (set_line) {
      for (size_t i = 1; i < words.size(); ++i) {
        if (words[i].pipe) throw Failure(kExitUsage, where(words[i].column) + ": '|' cannot follow 'set'");
        for (auto& w : expand(words[i], where(words[i].column), globs)) result.global_words.push_back(w);
      }
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
        result.stages.push_back({w.text, {}, where(w.column)});
        expect_stage = false;
      } else {
        for (auto& arg : expand(w, where(w.column), globs)) result.stages.back().args.push_back(arg);
      }
    }
    if (!words.empty() && expect_stage)
      throw Failure(kExitUsage, where(words.back().column) + ": a stage name is missing after '|'");
  }
  if (result.stages.empty()) throw Failure(kExitUsage, name + ": no stage in this pipeline file");
  return result;
}

PipelineFile read_pipeline_file(const std::string& path, Globs globs) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Failure(kExitIo, fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  std::ostringstream text;
  text << in.rdbuf();
  return parse_pipeline_file(path, text.str(), globs);
}

}  // namespace ream::cli
