// The BibTeX item grammar (see bibtex_grammar.hh).
//
//   item     = '@' word ( '{' body '}' | '(' body ')' )
//   entry    = key *( ',' field ) [',']          (body of @article, @misc, ...)
//   strings  = field *( ',' field ) [',']        (body of @string)
//   preamble = value                             (body of @preamble)
//   field    = word '=' value
//   value    = piece *( '#' piece )
//   piece    = braced | quoted | word            (a word is a number or a macro)
//
// Which body applies depends on the word after '@', so the header is read
// first and the body grammar picked in C++.  Everything after the opening
// delimiter is joined with expectation points (>): once an item has begun,
// any mismatch throws with the exact position and the name of what was
// expected, which is what the error messages are built from.  Braced and
// quoted values are custom X3 parsers that jump over nested braces with
// the precomputed BraceIndex instead of recursing, so deep nesting costs
// neither stack nor time.  Semantic actions record views into the input;
// nothing is copied here.
#include "bibtex_grammar.hh"

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <cctype>

namespace ream::import::bibtex {

BraceIndex::BraceIndex(std::string_view text) : base_(text.data()) {
  std::vector<size_t> unclosed;  // indices into pairs_
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      unclosed.push_back(pairs_.size());
      pairs_.emplace_back(i, std::string_view::npos);
    } else if (text[i] == '}' && !unclosed.empty()) {
      pairs_[unclosed.back()].second = i;
      unclosed.pop_back();
    }
  }
}

size_t BraceIndex::close_of(size_t open) const {
  auto it = std::lower_bound(pairs_.begin(), pairs_.end(), open,
                             [](const std::pair<size_t, size_t>& p, size_t o) { return p.first < o; });
  if (it == pairs_.end() || it->first != open) return std::string_view::npos;
  return it->second;
}

namespace {

namespace x3 = boost::spirit::x3;

struct item_tag;
struct braces_tag;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// BibTeX's identifier characters: anything visible except its specials.
// Bytes of UTF-8 sequences count as visible.
bool is_word_char(char c) {
  auto u = static_cast<unsigned char>(c);
  if (u <= ' ' || u == 0x7F) return false;
  return std::string_view("\"#%'(),={}@").find(c) == std::string_view::npos;
}

bool is_key_char(char c) {
  auto u = static_cast<unsigned char>(c);
  if (u <= ' ' || u == 0x7F) return false;
  return std::string_view(",{}()=\"#").find(c) == std::string_view::npos;
}

// The parsers below work on bytes; X3's character classes would hand
// bytes above 0x7F to <cctype>, which is not defined for them.
template <typename Derived>
struct byte_parser : x3::parser<Derived> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
};

struct blank_parser : byte_parser<blank_parser> {
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first == last || !is_space(*first)) return false;
    ++first;
    return true;
  }
};

template <bool (*accepts)(char), bool may_be_empty>
struct run_parser : byte_parser<run_parser<accepts, may_be_empty>> {
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    x3::skip_over(first, last, ctx);
    It i = first;
    while (i != last && accepts(*i)) ++i;
    if (i == first && !may_be_empty) return false;
    first = i;
    return true;
  }
};

struct braced_parser : byte_parser<braced_parser> {
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    x3::skip_over(first, last, ctx);
    if (first == last || *first != '{') return false;
    const BraceIndex& braces = x3::get<braces_tag>(ctx);
    size_t close = braces.close_of(static_cast<size_t>(first - braces.base()));
    if (close == std::string_view::npos) return false;
    first = braces.base() + close + 1;
    return true;
  }
};

// "..." with balanced braces inside; a '"' within braces does not end it.
struct quoted_parser : byte_parser<quoted_parser> {
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    x3::skip_over(first, last, ctx);
    if (first == last || *first != '"') return false;
    const BraceIndex& braces = x3::get<braces_tag>(ctx);
    for (It i = first + 1; i != last;) {
      if (*i == '"') {
        first = i + 1;
        return true;
      }
      if (*i == '}') return false;
      if (*i == '{') {
        size_t close = braces.close_of(static_cast<size_t>(i - braces.base()));
        if (close == std::string_view::npos) return false;
        i = braces.base() + close + 1;
        continue;
      }
      ++i;
    }
    return false;
  }
};

auto const blank = blank_parser{};
auto const word = run_parser<is_word_char, false>{};
auto const key = run_parser<is_key_char, true>{};
auto const braced = braced_parser{};
auto const quoted = quoted_parser{};

template <typename Range>
std::string_view view(const Range& r) {
  return std::string_view(r.begin(), static_cast<size_t>(r.end() - r.begin()));
}

template <typename Ctx>
RawItem& item(Ctx& ctx) {
  return x3::get<item_tag>(ctx);
}

auto const on_type = [](auto& ctx) { item(ctx).type = view(x3::_attr(ctx)); };
auto const on_key = [](auto& ctx) { item(ctx).key = view(x3::_attr(ctx)); };
auto const on_field_name = [](auto& ctx) { item(ctx).fields.push_back(RawField{view(x3::_attr(ctx)), {}}); };
auto const on_delimited = [](auto& ctx) {
  std::string_view text = view(x3::_attr(ctx));
  item(ctx).fields.back().pieces.push_back({ValuePiece::Kind::kText, text.substr(1, text.size() - 2)});
};
auto const on_word = [](auto& ctx) {
  std::string_view text = view(x3::_attr(ctx));
  bool number = std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  item(ctx).fields.back().pieces.push_back({number ? ValuePiece::Kind::kText : ValuePiece::Kind::kMacro, text});
};

auto const piece = x3::rule<class piece_id>{"a value"} =
    x3::raw[braced][on_delimited] | x3::raw[quoted][on_delimited] | x3::raw[word][on_word];
auto const value = x3::rule<class value_id>{"a value"} = piece > *(x3::lit('#') > piece);
auto const field_name = x3::rule<class field_name_id>{"a field name"} = x3::raw[word][on_field_name];
auto const field = x3::rule<class field_id>{"a field name"} = field_name > x3::lit('=') > value;

template <typename Body>
bool parse_body(std::string_view text, const BraceIndex& braces, const char*& first, const Body& body, RawItem& out) {
  auto grammar = x3::with<braces_tag>(braces)[x3::with<item_tag>(out)[body]];
  return x3::phrase_parse(first, text.data() + text.size(), grammar, blank, x3::skip_flag::dont_post_skip);
}

// The body grammar for an item of kind `kind` closed by `close`.
bool parse_item_body(std::string_view text, const BraceIndex& braces, const char*& first, char close, RawItem& out) {
  auto const end = x3::rule<class end_id>{close == '}' ? "',' or '}'" : "',' or ')'"} = x3::lit(close);
  auto const fields = *((x3::lit(',') >> !x3::lit(close)) > field) > -x3::lit(',') > end;
  switch (out.kind) {
    case ItemKind::kEntry:
      return parse_body(text, braces, first, x3::raw[key][on_key] > fields, out);
    case ItemKind::kString:
      return parse_body(text, braces, first, x3::eps > field > fields, out);
    case ItemKind::kPreamble:
      out.fields.emplace_back();
      return parse_body(text, braces, first, x3::eps > value > x3::lit(close), out);
    case ItemKind::kComment:
      break;
  }
  return false;
}

ItemKind kind_of(std::string_view type) {
  std::string lower(type);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "string") return ItemKind::kString;
  if (lower == "preamble") return ItemKind::kPreamble;
  if (lower == "comment") return ItemKind::kComment;
  return ItemKind::kEntry;
}

// @comment{...} is skipped whole when its braces balance; otherwise, as
// in BibTeX, only the word goes and the rest is text between entries.
ParseOutcome skip_comment(std::string_view text, const BraceIndex& braces, size_t open, ParseOutcome out) {
  size_t close = text[open] == '{' ? braces.close_of(open) : std::string_view::npos;
  if (close == std::string_view::npos) {
    out.status = ParseOutcome::Status::kNotAnItem;
    return out;
  }
  out.status = ParseOutcome::Status::kParsed;
  out.item.end = close + 1;
  return out;
}

}  // namespace

ParseOutcome parse_item(std::string_view text, const BraceIndex& braces, size_t at) {
  ParseOutcome out;
  const char* first = text.data() + at;
  const char* last = text.data() + text.size();
  char close = 0;
  auto on_brace = [&close](auto&) { close = '}'; };
  auto on_paren = [&close](auto&) { close = ')'; };
  auto header = x3::lit('@') >> x3::raw[word][on_type] >> (x3::lit('{')[on_brace] | x3::lit('(')[on_paren]);
  bool opened =
      x3::phrase_parse(first, last, x3::with<item_tag>(out.item)[header], blank, x3::skip_flag::dont_post_skip);
  out.item.kind = kind_of(out.item.type);
  if (!opened) return out;
  size_t open = static_cast<size_t>(first - text.data()) - 1;
  if (out.item.kind == ItemKind::kComment) return skip_comment(text, braces, open, std::move(out));
  try {
    bool parsed = parse_item_body(text, braces, first, close, out.item);
    out.status = parsed ? ParseOutcome::Status::kParsed : ParseOutcome::Status::kFailed;
    out.item.end = static_cast<size_t>(first - text.data());
    out.error_at = out.item.end;
    if (!parsed) out.expected = "a field";
  } catch (const x3::expectation_failure<const char*>& e) {
    out.status = ParseOutcome::Status::kFailed;
    out.error_at = static_cast<size_t>(e.where() - text.data());
    out.expected = e.which();
  }
  return out;
}

}  // namespace ream::import::bibtex
