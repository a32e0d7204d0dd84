// TeX to Unicode, in one left-to-right pass.
//
// An accent command becomes its argument followed by the Unicode combining
// mark (\'e -> "e" U+0301), and one ICU NFC pass at the end composes the
// pairs that have a precomposed letter (é) while keeping the rest correct
// as base + mark.  That replaces a table of every accented letter with a
// table of fifteen accents.  Braces are dropped where they stand rather
// than matched: in a BibTeX value they only protect case or delimit an
// argument, and not pairing them keeps the pass linear and free of
// recursion, except for accent arguments, which are converted on their own
// with a depth cap so that garbage such as \'{\'{\'{... cannot exhaust the
// stack.
#include "tex_unicode.hh"

#include <algorithm>
#include <array>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include <ream/text.hpp>

namespace ream::import {
namespace {

// Accents written as a control symbol (\'e) or a control word (\c{c}),
// with the combining mark they put on their argument and what an empty
// argument (\'{}) prints.
struct Accent {
  std::string_view mark;
  std::string_view alone;
};

const std::unordered_map<std::string_view, Accent>& accents() {
  static const std::unordered_map<std::string_view, Accent> table = {
      {"'", {"\u0301", "'"}},       {"`", {"\u0300", "`"}},      {"^", {"\u0302", "^"}},
      {"\"", {"\u0308", "\u00A8"}}, {"~", {"\u0303", "~"}},      {"=", {"\u0304", "\u00AF"}},
      {".", {"\u0307", "\u02D9"}},  {"u", {"\u0306", "\u02D8"}}, {"v", {"\u030C", "\u02C7"}},
      {"H", {"\u030B", "\u02DD"}},  {"c", {"\u0327", "\u00B8"}}, {"k", {"\u0328", "\u02DB"}},
      {"r", {"\u030A", "\u02DA"}},  {"d", {"\u0323", "."}},      {"b", {"\u0331", "_"}},
      {"t", {"\u0361", "\u0361"}},
  };
  return table;
}

// Control words for letters ASCII lacks: the ones tex_accents_to_unicode
// converts in text that is otherwise left as written.
const std::unordered_map<std::string_view, std::string_view>& letters() {
  static const std::unordered_map<std::string_view, std::string_view> table = {
      {"ss", "ß"}, {"SS", "SS"}, {"o", "ø"},  {"O", "Ø"},  {"l", "ł"},  {"L", "Ł"},  {"aa", "å"}, {"AA", "Å"},
      {"ae", "æ"}, {"AE", "Æ"},  {"oe", "œ"}, {"OE", "Œ"}, {"i", "ı"},  {"j", "ȷ"},  {"dh", "ð"}, {"DH", "Ð"},
      {"th", "þ"}, {"TH", "Þ"},  {"ng", "ŋ"}, {"NG", "Ŋ"}, {"dj", "đ"}, {"DJ", "Đ"},
  };
  return table;
}

// Control words that stand for another character or a short text.
const std::unordered_map<std::string_view, std::string_view>& symbols() {
  static const std::unordered_map<std::string_view, std::string_view> table = {
      {"copyright", "©"},
      {"textcopyright", "©"},
      {"pounds", "£"},
      {"textsterling", "£"},
      {"S", "§"},
      {"P", "¶"},
      {"dag", "†"},
      {"ddag", "‡"},
      {"textendash", "–"},
      {"textemdash", "—"},
      {"ldots", "…"},
      {"dots", "…"},
      {"textellipsis", "…"},
      {"textregistered", "®"},
      {"texttrademark", "™"},
      {"textdegree", "°"},
      {"euro", "€"},
      {"texteuro", "€"},
      {"textbackslash", "\\"},
      {"textasciitilde", "~"},
      {"textasciicircum", "^"},
      {"textunderscore", "_"},
      {"textbar", "|"},
      {"textless", "<"},
      {"textgreater", ">"},
      {"textquoteleft", "‘"},
      {"textquoteright", "’"},
      {"textquotedblleft", "“"},
      {"textquotedblright", "”"},
      {"guillemotleft", "«"},
      {"guillemotright", "»"},
      {"textexclamdown", "¡"},
      {"textquestiondown", "¿"},
      {"quad", " "},
      {"qquad", " "},
      {"LaTeX", "LaTeX"},
      {"TeX", "TeX"},
      {"BibTeX", "BibTeX"},
      {"LaTeXe", "LaTeX2e"},
      // Math that shows up in titles.
      {"alpha", "α"},
      {"beta", "β"},
      {"gamma", "γ"},
      {"delta", "δ"},
      {"epsilon", "ε"},
      {"varepsilon", "ε"},
      {"zeta", "ζ"},
      {"eta", "η"},
      {"theta", "θ"},
      {"vartheta", "ϑ"},
      {"iota", "ι"},
      {"kappa", "κ"},
      {"lambda", "λ"},
      {"mu", "μ"},
      {"nu", "ν"},
      {"xi", "ξ"},
      {"pi", "π"},
      {"varpi", "ϖ"},
      {"rho", "ρ"},
      {"varrho", "ϱ"},
      {"sigma", "σ"},
      {"varsigma", "ς"},
      {"tau", "τ"},
      {"upsilon", "υ"},
      {"phi", "φ"},
      {"varphi", "φ"},
      {"chi", "χ"},
      {"psi", "ψ"},
      {"omega", "ω"},
      {"Gamma", "Γ"},
      {"Delta", "Δ"},
      {"Theta", "Θ"},
      {"Lambda", "Λ"},
      {"Xi", "Ξ"},
      {"Pi", "Π"},
      {"Sigma", "Σ"},
      {"Upsilon", "Υ"},
      {"Phi", "Φ"},
      {"Psi", "Ψ"},
      {"Omega", "Ω"},
      {"times", "×"},
      {"cdot", "·"},
      {"pm", "±"},
      {"mp", "∓"},
      {"leq", "≤"},
      {"le", "≤"},
      {"geq", "≥"},
      {"ge", "≥"},
      {"neq", "≠"},
      {"ne", "≠"},
      {"approx", "≈"},
      {"sim", "∼"},
      {"infty", "∞"},
      {"to", "→"},
      {"rightarrow", "→"},
      {"leftarrow", "←"},
      {"ell", "ℓ"},
      {"partial", "∂"},
      {"nabla", "∇"},
      {"in", "∈"},
      {"sum", "∑"},
      {"prod", "∏"},
      {"int", "∫"},
      {"sqrt", "√"},
      {"circ", "∘"},
      {"ast", "∗"},
      {"star", "⋆"},
      {"prime", "′"},
      {"emptyset", "∅"},
      {"forall", "∀"},
      {"exists", "∃"},
      {"neg", "¬"},
      {"wedge", "∧"},
      {"vee", "∨"},
      {"cap", "∩"},
      {"cup", "∪"},
      {"subset", "⊂"},
      {"subseteq", "⊆"},
      {"log", "log"},
      {"exp", "exp"},
      {"min", "min"},
      {"max", "max"},
  };
  return table;
}

// What control word `word` stands for when it is a letter or a symbol.
std::optional<std::string_view> symbol_of(std::string_view word) {
  for (const auto* table : {&letters(), &symbols()})
    if (auto found = table->find(word); found != table->end()) return found->second;
  return std::nullopt;
}

// Commands that only style their argument: the command goes, the
// argument (a braced group the main pass unwraps) stays.
const std::unordered_set<std::string_view>& styles() {
  static const std::unordered_set<std::string_view> table = {
      "emph",
      "textbf",
      "textit",
      "texttt",
      "textsc",
      "textsf",
      "textrm",
      "textup",
      "textsl",
      "textnormal",
      "mathrm",
      "mathbf",
      "mathit",
      "mathsf",
      "mathtt",
      "mathcal",
      "mathbb",
      "mathfrak",
      "boldsymbol",
      "bm",
      "text",
      "mbox",
      "hbox",
      "url",
      "em",
      "it",
      "bf",
      "sc",
      "rm",
      "tt",
      "sf",
      "sl",
      "up",
      "normalfont",
      "small",
      "footnotesize",
      "large",
      "Large",
      "tiny",
      "relax",
      "protect",
      "ensuremath",
      "textsuperscript",
      "textsubscript",
      "nocase",
      "NoCaseChange",
      "path",
  };
  return table;
}

// Control symbols that print one character (or nothing) as they are.
std::optional<std::string_view> control_symbol(char c) {
  switch (c) {
    case '&':
      return "&";
    case '%':
      return "%";
    case '$':
      return "$";
    case '_':
      return "_";
    case '{':
      return "{";
    case '}':
      return "}";
    case '#':
      return "#";
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\\':
      return " ";
    case ',':
      return "\u2009";
    case ';':
    case ':':
      return " ";
    case '-':
    case '/':
    case '@':
    case '!':
      return "";
    default:
      return std::nullopt;
  }
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_word(std::string_view s) { return s.size() > 1 && std::all_of(s.begin(), s.end(), is_letter); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

// Deep enough for any real accent nesting (\"{\i} is two levels).
constexpr int kMaxAccentDepth = 8;

class TexReader {
 public:
  TexReader(std::string_view tex, int depth) : tex_(tex), depth_(depth) {}

  std::string read() {
    while (pos_ < tex_.size()) step();
    return std::move(out_);
  }

 private:
  void step() {
    char c = tex_[pos_];
    switch (c) {
      case '\\':
        return command();
      case '{':
      case '}':
      case '$':
        ++pos_;
        return;
      case '~':
        ++pos_;
        out_ += "\u00A0";
        return;
      case '-':
        return dashes();
      case '`':
        return quotes('`', "\u201C");
      case '\'':
        return quotes('\'', "\u201D");
      default:
        plain_run();
    }
  }

  // Most of a value is plain text: copy it in one go.  The scan uses a
  // byte table: string_view::find_first_of calls memchr on the set once
  // per character, which was the largest single cost of a BibTeX import.
  void plain_run() {
    size_t end = pos_ + 1;
    while (end < tex_.size() && !kSpecial[static_cast<unsigned char>(tex_[end])]) ++end;
    out_.append(tex_.substr(pos_, end - pos_));
    pos_ = end;
  }

  static constexpr std::array<bool, 256> kSpecial = [] {
    std::array<bool, 256> table{};
    for (char c : std::string_view("\\{}$~-`'")) table[static_cast<unsigned char>(c)] = true;
    return table;
  }();

  void dashes() {
    size_t run = 0;
    while (pos_ + run < tex_.size() && tex_[pos_ + run] == '-') ++run;
    pos_ += run;
    for (; run >= 3; run -= 3) out_ += "\u2014";
    if (run == 2) out_ += "\u2013";
    if (run == 1) out_ += '-';
  }

  // `` and '' are TeX's curly double quotes; single ones stay as written.
  void quotes(char c, std::string_view curly) {
    if (pos_ + 1 < tex_.size() && tex_[pos_ + 1] == c) {
      out_ += curly;
      pos_ += 2;
    } else {
      out_ += c;
      ++pos_;
    }
  }

  void command() {
    size_t start = pos_++;
    if (pos_ >= tex_.size()) {
      out_ += '\\';
      return;
    }
    if (!is_letter(tex_[pos_])) return command_symbol(start);
    while (pos_ < tex_.size() && is_letter(tex_[pos_])) ++pos_;
    std::string_view word = tex_.substr(start + 1, pos_ - start - 1);
    if (auto a = accents().find(word); a != accents().end()) return accent(a->second);
    if (auto text = symbol_of(word)) {
      // TeX eats the space after a control word (Gro\ss e is Große), but a
      // word such as \log or \LaTeX reads better with its space kept.
      if (!is_word(*text)) skip_spaces();
      out_ += *text;
      return;
    }
    if (styles().count(word)) {
      skip_spaces();
      return;
    }
    // Unknown: keep it and its braced argument as written, lose nothing.
    if (pos_ < tex_.size() && tex_[pos_] == '{') pos_ = std::min(group_end(pos_) + 1, tex_.size());
    out_ += tex_.substr(start, pos_ - start);
  }

  void command_symbol(size_t start) {
    char c = tex_[pos_];
    if (auto a = accents().find(tex_.substr(pos_, 1)); a != accents().end()) {
      ++pos_;
      return accent(a->second);
    }
    std::optional<std::string_view> printed = control_symbol(c);
    ++pos_;
    if (printed) {
      out_ += *printed;
      return;
    }
    out_ += tex_.substr(start, pos_ - start);
  }

  void skip_spaces() {
    while (pos_ < tex_.size() && is_space(tex_[pos_])) ++pos_;
  }

  void accent(const Accent& a) {
    skip_spaces();
    std::string base = accent_argument();
    if (base.empty()) {
      out_ += a.alone;
      return;
    }
    // A dotless i or j under an accent is how TeX spells í; Unicode wants
    // the dotted letter so that NFC can compose it.
    if (base.rfind("ı", 0) == 0) base.replace(0, std::string_view("ı").size(), "i");
    if (base.rfind("ȷ", 0) == 0) base.replace(0, std::string_view("ȷ").size(), "j");
    size_t first = utf8_length(static_cast<unsigned char>(base[0]));
    if (first > base.size()) first = base.size();
    out_ += base.substr(0, first);
    out_ += a.mark;
    out_ += base.substr(first);
  }

  // The accented thing: a braced group, a command (\i), or one character.
  std::string accent_argument() {
    if (pos_ >= tex_.size()) return std::string();
    size_t start = pos_;
    if (tex_[pos_] == '{') {
      size_t end = group_end(pos_);
      pos_ = end < tex_.size() ? end + 1 : end;
      return convert(tex_.substr(start + 1, end - start - 1));
    }
    if (tex_[pos_] == '\\') {
      ++pos_;
      if (pos_ < tex_.size() && is_letter(tex_[pos_])) {
        while (pos_ < tex_.size() && is_letter(tex_[pos_])) ++pos_;
      } else if (pos_ < tex_.size()) {
        ++pos_;
      }
      return convert(tex_.substr(start, pos_ - start));
    }
    pos_ += std::min(utf8_length(static_cast<unsigned char>(tex_[pos_])), tex_.size() - pos_);
    return std::string(tex_.substr(start, pos_ - start));
  }

  // Index of the brace closing the group opened at `open`, or the end.
  size_t group_end(size_t open) const {
    int depth = 0;
    for (size_t i = open; i < tex_.size(); ++i) {
      if (tex_[i] == '{') ++depth;
      if (tex_[i] == '}' && --depth == 0) return i;
    }
    return tex_.size();
  }

  std::string convert(std::string_view inner) const {
    if (depth_ >= kMaxAccentDepth) return std::string(inner);
    return TexReader(inner, depth_ + 1).read();
  }

  std::string_view tex_;
  int depth_;
  size_t pos_ = 0;
  std::string out_;
};

bool needs_collapsing(std::string_view s) {
  if (s.empty()) return false;
  if (s.front() == ' ' || s.back() == ' ') return true;
  for (size_t i = 0; i < s.size(); ++i)
    if (is_space(s[i]) && (s[i] != ' ' || (i + 1 < s.size() && s[i + 1] == ' '))) return true;
  return false;
}

std::string collapse_spaces(std::string s) {
  if (!needs_collapsing(s)) return s;
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (char c : s) {
    if (is_space(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

std::string nfc(std::string s) {
  bool ascii = true;
  for (unsigned char c : s) ascii = ascii && c < 0x80;
  if (ascii) return s;
  // The SDK's normalizer: one instance per process (see text::is_nfc).
  return text::nfc(s);
}

}  // namespace

std::string tex_to_unicode(std::string_view tex) { return collapse_spaces(nfc(TexReader(tex, 0).read())); }

namespace {

// Letters ASCII lacks that arXiv's metadata spells as control words.
bool is_letter_command(std::string_view word) { return letters().count(word) > 0; }

// End of the accent or letter command at `slash` in `text` (its argument
// included), or `slash` when the backslash starts something else.
size_t accent_end(std::string_view text, size_t slash) {
  size_t pos = slash + 1;
  if (pos >= text.size()) return slash;
  size_t name_end = pos + 1;
  if (is_letter(text[pos]))
    while (name_end < text.size() && is_letter(text[name_end])) ++name_end;
  std::string_view name = text.substr(pos, name_end - pos);
  if (is_letter_command(name)) {  // TeX eats the space that ends a control word: Gro\ss e is Große
    size_t after = name_end;
    while (after < text.size() && text[after] == ' ') ++after;
    return after < text.size() && is_letter(text[after]) ? after : name_end;
  }
  if (!accents().count(name)) return slash;
  pos = name_end;
  if (is_letter(name[0]))  // \c c and \v{S}: a control word's argument may follow a space
    while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos >= text.size()) return slash;
  if (text[pos] == '{') {
    size_t close = text.find('}', pos);
    return close == std::string_view::npos ? slash : close + 1;
  }
  if (text[pos] == '\\') {
    size_t end = pos + 1;
    while (end < text.size() && is_letter(text[end])) ++end;
    return is_letter_command(text.substr(pos + 1, end - pos - 1)) ? end : slash;
  }
  if (is_space(text[pos]) || text[pos] == '}') return slash;
  return pos + std::min(utf8_length(static_cast<unsigned char>(text[pos])), text.size() - pos);
}

}  // namespace

std::string tex_accents_to_unicode(std::string_view text) {
  if (text.find('\\') == std::string_view::npos) return std::string(text);
  std::string out;
  size_t copied = 0;
  for (size_t slash = text.find('\\'); slash != std::string_view::npos; slash = text.find('\\', slash + 1)) {
    if (slash < copied) continue;
    size_t end = accent_end(text, slash);
    if (end == slash) continue;
    size_t start = slash;
    // {\"o} is one letter: its braces go with it.
    if (start > copied && text[start - 1] == '{' && end < text.size() && text[end] == '}') {
      --start;
      ++end;
    }
    out.append(text.substr(copied, start - copied));
    out += TexReader(text.substr(start, end - start), 0).read();
    copied = end;
  }
  out.append(text.substr(copied));
  return nfc(std::move(out));
}

std::string tex_verbatim(std::string_view tex) {
  std::string out;
  out.reserve(tex.size());
  for (size_t i = 0; i < tex.size(); ++i) {
    char c = tex[i];
    if (c == '{' || c == '}') continue;
    if (c == '\\' && i + 1 < tex.size() && std::string_view("&%$_{}#~").find(tex[i + 1]) != std::string_view::npos)
      c = tex[++i];
    out += c;
  }
  return collapse_spaces(out);
}

}  // namespace ream::import
