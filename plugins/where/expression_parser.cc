// The `where` grammar, in Boost Spirit X3.
//
//   expr       = and_expr *( "or" and_expr )
//   and_expr   = not_expr *( "and" not_expr )
//   not_expr   = "not" not_expr | primary
//   primary    = "(" expr ")" | "has" path | ("any" | "all") path [tail] | operand [tail]
//   tail       = cmp operand | "~" regex | "!~" regex | "contains" operand
//              | "startswith" operand | "in" list | "not" "in" list
//   operand    = literal | "len" "(" path ")" | path
//   path       = ["."] (name | "[" string "]") *( "." (name | string) | "[" (int | string) "]" )
//   literal    = number | string | "true" | "false" | "null"
//
// Semantic actions build the tree on two stacks (operands and nodes) held
// in a Builder passed through the parser context.  Every choice is made on
// the first token of an alternative and everything after it is joined with
// expectation points (>), so no alternative backtracks after it has pushed
// something, and a mismatch throws with the position and the name of what
// was expected: that is all an error message needs.  The byte-level
// parsers below exist because X3's character classes hand bytes above
// 0x7F to <cctype>, which is undefined for them.
#include <re2/re2.h>
#include <boost/json/parse.hpp>
#include <boost/spirit/home/x3.hpp>

#include <charconv>

#include "expression.hh"

namespace ream::where {
namespace {

namespace x3 = boost::spirit::x3;
using It = const char*;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '-'; }

struct blank_parser : x3::parser<blank_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first == last || !is_space(*first)) return false;
    ++first;
    return true;
  }
};
auto const blank = blank_parser{};

// A keyword: the word, not followed by a name character (`index` is a
// field, not `in` followed by `dex`).
struct keyword_parser : x3::parser<keyword_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  explicit keyword_parser(const char* w) : word(w) {}
  template <typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    x3::skip_over(first, last, ctx);
    size_t n = word.size();
    if (static_cast<size_t>(last - first) < n || std::string_view(first, n) != word) return false;
    if (first + n != last && is_name_char(first[n])) return false;
    first += n;
    return true;
  }
  std::string_view word;
};
keyword_parser kw(const char* w) { return keyword_parser(w); }

// Builds the tree.  Operands and nodes wait on stacks until the rule that
// combines them has matched.
struct Builder {
  std::string_view text;
  std::vector<Operand> operands;
  std::vector<std::unique_ptr<Node>> nodes;
  std::vector<Node::Kind> quantifiers;
  std::vector<size_t> list_starts;
  Path path;
  std::shared_ptr<const re2::RE2> regex;
  int depth = 0;  // of parentheses and `not`, see nested()

  Operand pop_operand() {
    Operand o = std::move(operands.back());
    operands.pop_back();
    return o;
  }
  std::unique_ptr<Node> pop_node() {
    auto n = std::move(nodes.back());
    nodes.pop_back();
    return n;
  }
  // A node reading one operand (the left-hand side).
  Node& push_unary(Node::Kind kind, bool negated = false) {
    auto n = std::make_unique<Node>();
    n->kind = kind;
    n->negated = negated;
    n->lhs = pop_operand();
    nodes.push_back(std::move(n));
    return *nodes.back();
  }
  Node& push_binary(Node::Kind kind) {
    Operand rhs = pop_operand();
    Node& n = push_unary(kind);
    n.rhs = std::move(rhs);
    return n;
  }
  // a OP b, flattening chains of the same operator.
  void combine(Node::Kind kind) {
    auto rhs = pop_node();
    auto lhs = pop_node();
    if (lhs->kind != kind) {
      auto joined = std::make_unique<Node>();
      joined->kind = kind;
      joined->children.push_back(std::move(lhs));
      lhs = std::move(joined);
    }
    lhs->children.push_back(std::move(rhs));
    nodes.push_back(std::move(lhs));
  }
};

struct builder_tag;

template <typename Ctx>
Builder& builder(Ctx const& ctx) {
  return x3::get<builder_tag>(ctx).get();
}

template <typename Range>
std::string_view view(const Range& r) {
  return std::string_view(&*r.begin(), static_cast<size_t>(r.end() - r.begin()));
}

size_t offset_of(const Builder& b, It at) { return static_cast<size_t>(at - b.text.data()); }

SyntaxError error_at(std::string_view text, size_t offset, const std::string& what);

// The decoded text of a JSON string literal (quotes included in `raw`).
template <typename Ctx>
std::string decode_string(Ctx const& ctx, std::string_view raw) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(raw, ec);
  if (ec || !v.is_string()) {
    const Builder& b = builder(ctx);
    throw error_at(b.text, offset_of(b, raw.data()), "invalid string " + std::string(raw));
  }
  return std::string(v.get_string());
}

// --- semantic actions ---

auto const path_head = [](auto& ctx) {
  Builder& b = builder(ctx);
  b.path = Path{std::string(view(x3::_attr(ctx))), {}};
};
auto const path_head_string = [](auto& ctx) {
  Builder& b = builder(ctx);
  b.path = Path{decode_string(ctx, view(x3::_attr(ctx))), {}};
};
auto const path_key = [](auto& ctx) {
  PathStep step;
  step.key = std::string(view(x3::_attr(ctx)));
  builder(ctx).path.steps.push_back(std::move(step));
};
auto const path_key_string = [](auto& ctx) {
  PathStep step;
  step.key = decode_string(ctx, view(x3::_attr(ctx)));
  builder(ctx).path.steps.push_back(std::move(step));
};
auto const path_index = [](auto& ctx) {
  PathStep step;
  step.is_index = true;
  step.index = x3::_attr(ctx);
  builder(ctx).path.steps.push_back(std::move(step));
};

void push_literal(Builder& b, Literal lit) {
  Operand o;
  o.kind = Operand::Constant;
  o.literal = std::move(lit);
  b.operands.push_back(std::move(o));
}
auto const push_true = [](auto& ctx) { push_literal(builder(ctx), Literal{Literal::Bool, true, 0, {}}); };
auto const push_false = [](auto& ctx) { push_literal(builder(ctx), Literal{Literal::Bool, false, 0, {}}); };
auto const push_null = [](auto& ctx) { push_literal(builder(ctx), Literal{Literal::Null, false, 0, {}}); };
auto const push_number = [](auto& ctx) {
  std::string_view raw = view(x3::_attr(ctx));
  double value = 0;
  auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
  if (ec != std::errc() || end != raw.data() + raw.size()) {
    const Builder& b = builder(ctx);
    throw error_at(b.text, offset_of(b, raw.data()), "number out of range: " + std::string(raw));
  }
  push_literal(builder(ctx), Literal{Literal::Number, false, value, {}});
};
auto const push_string = [](auto& ctx) {
  push_literal(builder(ctx), Literal{Literal::String, false, 0, decode_string(ctx, view(x3::_attr(ctx)))});
};

auto const push_field = [](auto& ctx) {
  Builder& b = builder(ctx);
  Operand o;
  o.kind = Operand::Field;
  o.path = std::move(b.path);
  b.operands.push_back(std::move(o));
};
auto const push_length = [](auto& ctx) {
  Builder& b = builder(ctx);
  Operand o;
  o.kind = Operand::Length;
  o.path = std::move(b.path);
  b.operands.push_back(std::move(o));
};

auto const compile_regex = [](auto& ctx) {
  Builder& b = builder(ctx);
  std::string_view raw = view(x3::_attr(ctx));  // /pattern/flags
  size_t close = raw.rfind('/');
  std::string_view pattern = raw.substr(1, close - 1), flags = raw.substr(close + 1);
  RE2::Options options;
  options.set_log_errors(false);
  for (char f : flags) {
    if (f == 'i')
      options.set_case_sensitive(false);
    else if (f == 's')
      options.set_dot_nl(true);
    else
      throw error_at(b.text, offset_of(b, flags.data()),
                     std::string("unknown regular expression flag '") + f + "' (known: i, s)");
  }
  auto re = std::make_shared<re2::RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
  if (!re->ok()) throw error_at(b.text, offset_of(b, raw.data()), "invalid regular expression: " + re->error());
  b.regex = std::move(re);
};

auto const make_compare = [](auto& ctx) { builder(ctx).push_binary(Node::Compare).op = x3::_attr(ctx); };
auto const make_match = [](auto& ctx) {
  Builder& b = builder(ctx);
  b.push_unary(Node::Match).regex = std::move(b.regex);
};
auto const make_no_match = [](auto& ctx) {
  Builder& b = builder(ctx);
  b.push_unary(Node::Match, true).regex = std::move(b.regex);
};
auto const make_contains = [](auto& ctx) { builder(ctx).push_binary(Node::Contains); };
auto const make_startswith = [](auto& ctx) { builder(ctx).push_binary(Node::StartsWith); };
auto const make_truthy = [](auto& ctx) { builder(ctx).push_unary(Node::Truthy); };

auto const list_begin = [](auto& ctx) {
  Builder& b = builder(ctx);
  b.list_starts.push_back(b.operands.size());
};
auto const make_in_node = [](auto& ctx, bool negated) {
  Builder& b = builder(ctx);
  size_t start = b.list_starts.back();
  b.list_starts.pop_back();
  std::vector<Literal> list;
  for (size_t i = start; i < b.operands.size(); ++i) list.push_back(std::move(b.operands[i].literal));
  b.operands.resize(start);
  b.push_unary(Node::In, negated).list = std::move(list);
};
auto const make_in = [](auto& ctx) { make_in_node(ctx, false); };
auto const make_not_in = [](auto& ctx) { make_in_node(ctx, true); };

auto const make_has = [](auto& ctx) {
  Builder& b = builder(ctx);
  auto n = std::make_unique<Node>();
  n->kind = Node::Has;
  n->lhs.kind = Operand::Field;
  n->lhs.path = std::move(b.path);
  b.nodes.push_back(std::move(n));
};
auto const begin_any = [](auto& ctx) { builder(ctx).quantifiers.push_back(Node::Any); };
auto const begin_all = [](auto& ctx) { builder(ctx).quantifiers.push_back(Node::All); };
// The collection waits under an Element operand, which the tail reads as
// its left-hand side.
auto const quantified_path = [](auto& ctx) {
  push_field(ctx);
  Operand element;
  element.kind = Operand::Element;
  builder(ctx).operands.push_back(std::move(element));
};
auto const end_quantifier = [](auto& ctx) {
  Builder& b = builder(ctx);
  auto predicate = b.pop_node();
  auto n = std::make_unique<Node>();
  n->kind = b.quantifiers.back();
  b.quantifiers.pop_back();
  n->lhs = b.pop_operand();
  n->children.push_back(std::move(predicate));
  b.nodes.push_back(std::move(n));
};
auto const make_not = [](auto& ctx) {
  Builder& b = builder(ctx);
  auto n = std::make_unique<Node>();
  n->kind = Node::Not;
  n->children.push_back(b.pop_node());
  b.nodes.push_back(std::move(n));
};
auto const make_and = [](auto& ctx) { builder(ctx).combine(Node::And); };
auto const make_or = [](auto& ctx) { builder(ctx).combine(Node::Or); };

// Parentheses and `not` recurse, in the parser and later in the
// evaluator; a limit keeps a hostile expression from exhausting the stack.
constexpr int kMaxDepth = 256;

template <typename Subject>
struct depth_guard : x3::unary_parser<Subject, depth_guard<Subject>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  explicit depth_guard(Subject const& subject) : x3::unary_parser<Subject, depth_guard<Subject>>(subject) {}
  template <typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    Builder& b = builder(ctx);
    if (++b.depth > kMaxDepth)
      throw error_at(
          b.text, offset_of(b, first),
          "the expression nests more than " + std::to_string(kMaxDepth) + " levels of parentheses and 'not'");
    bool ok = this->subject.parse(first, last, ctx, rctx, attr);
    --b.depth;
    return ok;
  }
};

template <typename Subject>
depth_guard<Subject> nested(Subject const& subject) {
  return depth_guard<Subject>(subject);
}

// --- the grammar ---

struct CompareOps : x3::symbols<CompareOp> {
  CompareOps() {
    add("==", CompareOp::Eq)("!=", CompareOp::Ne)("<", CompareOp::Lt)("<=", CompareOp::Le)(">", CompareOp::Gt)(
        ">=", CompareOp::Ge);
  }
} const compare_op;

x3::rule<class expr_class> const expr = "an expression";
x3::rule<class and_class> const and_expr = "an expression";
x3::rule<class not_class> const not_expr = "an expression";
x3::rule<class primary_class> const primary = "an expression";
x3::rule<class tail_class> const tail = "an operator";
x3::rule<class operand_class> const operand = "a value";
x3::rule<class literal_class> const literal = "a value";
x3::rule<class list_class> const list = "a list such as [1, 2]";
x3::rule<class regex_class> const regex = "a regular expression such as /text/i";
x3::rule<class path_class> const path = "a field name";
x3::rule<class close_paren_class> const close_paren = "')'";
x3::rule<class close_bracket_class> const close_bracket = "']'";
x3::rule<class has_path_class> const has_path = "a field name";
x3::rule<class quantified_class> const quantified = "a field name";
x3::rule<class key_class> const key = "a field name";
x3::rule<class subscript_class> const subscript = "an index or a quoted name";
// Named so that the error handler can say "unterminated" at the opening.
char const* const kStringRest = "the rest of a string";
char const* const kRegexRest = "the rest of a regular expression";
x3::rule<class string_rest_class> const string_rest = kStringRest;
x3::rule<class regex_rest_class> const regex_rest = kRegexRest;

auto const name = x3::raw[x3::lexeme[x3::char_("a-zA-Z_") >> *x3::char_("a-zA-Z0-9_-")]];
auto const string_rest_def = x3::lexeme[*(('\\' >> x3::char_) | ~x3::char_("\"\\")) >> '"'];
auto const string_text = x3::raw[x3::lexeme['"' > string_rest]];
auto const number_text = x3::raw[x3::lexeme[-x3::char_('-') >> +x3::char_("0-9") >> -('.' >> +x3::char_("0-9")) >>
                                            -(x3::char_("eE") >> -x3::char_("+-") >> +x3::char_("0-9"))]];
auto const regex_rest_def = x3::lexeme[*(('\\' >> x3::char_) | ~x3::char_("/\\")) >> '/' >> *x3::char_("a-zA-Z")];
auto const regex_text = x3::raw[x3::lexeme['/' > regex_rest]];

auto const close_paren_def = x3::lit(')');
auto const close_bracket_def = x3::lit(']');

auto const path_def = -x3::lit('.') >> (name[path_head] | (('[' >> string_text[path_head_string]) > close_bracket)) >>
                      *(('.' > key) | ('[' > subscript > close_bracket));
auto const key_def = name[path_key] | string_text[path_key_string];
auto const subscript_def = x3::long_long[path_index] | string_text[path_key_string];
auto const has_path_def = path[make_has];
auto const quantified_def = path[quantified_path];

auto const literal_def = kw("true")[push_true] | kw("false")[push_false] | kw("null")[push_null] |
                         number_text[push_number] | string_text[push_string];

auto const operand_def = literal | ((kw("len") >> '(') > path > close_paren)[push_length] | path[push_field];

auto const list_def = x3::lit('[')[list_begin] > -(literal > *(',' > literal)) > close_bracket;

auto const regex_def = regex_text[compile_regex];

auto const tail_def = (x3::lit("!~") > regex)[make_no_match] | (x3::lit('~') > regex)[make_match] |
                      (compare_op > operand)[make_compare] | (kw("contains") > operand)[make_contains] |
                      (kw("startswith") > operand)[make_startswith] | (kw("in") > list)[make_in] |
                      ((kw("not") >> kw("in")) > list)[make_not_in];

auto const quantifier = kw("any")[begin_any] | kw("all")[begin_all];

auto const primary_def = ('(' > nested(expr) > close_paren) | (kw("has") > has_path) |
                         ((quantifier > quantified) >> (tail | x3::eps[make_truthy]))[end_quantifier] |
                         (operand >> (tail | x3::eps[make_truthy]));

auto const not_expr_def = (kw("not") > nested(not_expr))[make_not] | primary;
auto const and_expr_def = not_expr >> *(kw("and") > not_expr)[make_and];
auto const expr_def = and_expr >> *(kw("or") > and_expr)[make_or];

BOOST_SPIRIT_DEFINE(expr, and_expr, not_expr, primary, tail, operand, literal, list, regex, path, close_paren,
                    close_bracket, has_path, quantified, key, subscript, string_rest, regex_rest)

// --- error messages ---

size_t skip_blanks(std::string_view text, size_t at) {
  while (at < text.size() && is_space(text[at])) ++at;
  return at;
}

// The token that ends just before `at`, for "after 'X'" in messages.
std::string_view token_before(std::string_view text, size_t at) {
  while (at > 0 && is_space(text[at - 1])) --at;
  if (at == 0) return {};
  size_t start = at - 1;
  char c = text[start];
  auto is_operator = [](char ch) { return std::string_view("=!<>~").find(ch) != std::string_view::npos; };
  if (is_name_char(c) || c == '.') {
    while (start > 0 && (is_name_char(text[start - 1]) || text[start - 1] == '.')) --start;
  } else if (is_operator(c)) {
    while (start > 0 && is_operator(text[start - 1])) --start;
  } else if (c == '"') {
    while (start > 0 && !(text[start - 1] == '"' && (start < 2 || text[start - 2] != '\\'))) --start;
    if (start > 0) --start;
  }
  std::string_view token = text.substr(start, at - start);
  return token.size() > 30 ? token.substr(token.size() - 30) : token;
}

// The token that starts at `at`, for "unexpected 'X'".
std::string_view token_at(std::string_view text, size_t at) {
  size_t end = at;
  while (end < text.size() && !is_space(text[end]) && end - at < 30) ++end;
  return text.substr(at, end - at);
}

SyntaxError error_at(std::string_view text, size_t offset, const std::string& what) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // columns count characters, not bytes
    }
  }
  return SyntaxError(line, column, what);
}

std::string after(std::string_view text, size_t at) {
  std::string_view before = token_before(text, at);
  return before.empty() ? std::string() : " after '" + std::string(before) + "'";
}

}  // namespace

std::unique_ptr<Node> parse_expression(std::string_view text) {
  Builder b;
  b.text = text;
  It first = text.data(), last = text.data() + text.size();
  bool ok = false;
  try {
    ok = x3::phrase_parse(first, last, x3::with<builder_tag>(std::ref(b))[expr], blank);
  } catch (const x3::expectation_failure<It>& e) {
    size_t at = static_cast<size_t>(e.where() - text.data());
    if (e.which() == kStringRest) throw error_at(text, at - 1, "unterminated string");
    if (e.which() == kRegexRest) throw error_at(text, at - 1, "unterminated regular expression");
    at = skip_blanks(text, at);
    throw error_at(text, at, "expected " + e.which() + after(text, at));
  }
  size_t at = skip_blanks(text, static_cast<size_t>(first - text.data()));
  if (!ok) throw error_at(text, at, "expected an expression" + after(text, at));
  if (at < text.size())
    throw error_at(text, at, "unexpected '" + std::string(token_at(text, at)) + "'" + after(text, at));
  return b.pop_node();
}

}  // namespace ream::where
