// A compiled `where` expression: parsed once, evaluated on every record.
//
// compile() turns the text into a tree (expression_parser.cc, a Spirit X3
// grammar); matches() walks that tree over one record (expression_eval.cc).
// Records are seen through FieldSource, which hands out a top-level
// field's JSON text without copying it, so the evaluator knows nothing of
// the host and unit tests feed it plain strings.  Regular expressions are
// compiled with RE2 at parse time; nothing is compiled per record.
#ifndef REAM_WHERE_EXPRESSION_HH
#define REAM_WHERE_EXPRESSION_HH

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace ream::where {

// The top-level fields of one record, as JSON text.
class FieldSource {
 public:
  virtual ~FieldSource() = default;
  virtual std::optional<std::string_view> json(std::string_view key) const = 0;
};

// A syntax error: where (1-based line and column) and what was expected.
class SyntaxError : public std::runtime_error {
 public:
  SyntaxError(size_t line, size_t column, const std::string& what)
      : std::runtime_error(std::to_string(line) + ":" + std::to_string(column) + ": " + what),
        line_(line),
        column_(column) {}
  size_t line() const { return line_; }
  size_t column() const { return column_; }

 private:
  size_t line_, column_;
};

// One step of a field path: `.key`, `["key"]` or `[index]`.
struct PathStep {
  bool is_index = false;
  int64_t index = 0;  // negative counts from the end, as in jq
  std::string key;
};

struct Path {
  std::string head;  // the top-level field
  std::vector<PathStep> steps;
};

// A literal as written in the expression.
struct Literal {
  enum Kind { Null, Bool, Number, String } kind = Null;
  bool boolean = false;
  double number = 0;
  std::string text;
};

// What a comparison reads: a field, a literal, len(field), or the current
// element inside any/all.
struct Operand {
  enum Kind { Field, Constant, Length, Element } kind = Constant;
  Path path;
  Literal literal;
};

enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge };

struct Node {
  enum Kind {
    Or,          // children
    And,         // children
    Not,         // children[0]
    Compare,     // lhs op rhs
    Match,       // lhs ~ regex (negated for !~)
    Contains,    // lhs contains rhs
    StartsWith,  // lhs startswith rhs
    In,          // lhs in list (negated for `not in`)
    Has,         // has path
    Truthy,      // a bare operand
    Any,         // any path predicate(children[0]) over elements
    All,
  } kind = Truthy;
  bool negated = false;
  CompareOp op = CompareOp::Eq;
  Operand lhs, rhs;
  std::vector<Literal> list;
  std::shared_ptr<const re2::RE2> regex;
  std::vector<std::unique_ptr<Node>> children;
};

class Evaluator;

class Expression {
 public:
  // Throws SyntaxError with the position and what was expected.
  static Expression compile(std::string_view text);

  Expression(Expression&&) noexcept;
  Expression& operator=(Expression&&) noexcept;
  ~Expression();

  // True when the record satisfies the expression.  Never throws on data:
  // a missing field or a type mismatch makes a comparison false.
  bool matches(const FieldSource& record) const;

  const Node& root() const { return *root_; }

 private:
  explicit Expression(std::unique_ptr<Node> root);
  std::unique_ptr<Node> root_;
  std::unique_ptr<Evaluator> evaluator_;  // scratch space reused across records
};

// Parsing only (expression_parser.cc).
std::unique_ptr<Node> parse_expression(std::string_view text);

}  // namespace ream::where

#endif  // REAM_WHERE_EXPRESSION_HH
