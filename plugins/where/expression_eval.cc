// Evaluating a `where` tree on one record.
//
// Scalars are read straight from the field's JSON text: a number with
// from_chars, a string without escapes as a view between its quotes.
// Only arrays, objects, strings with escapes and nested paths are parsed,
// with Boost.JSON into a monotonic arena that is released at the next
// record, and each top-level field is parsed at most once per record.
//
// Typing is strict and never fails: a comparison whose sides are missing
// or of different JSON types is false (so is `!=`), as documented in
// ream-where(1).
#include <re2/re2.h>
#include <boost/json.hpp>

#include <charconv>
#include <deque>

#include "expression.hh"

namespace ream::where {

namespace json = boost::json;

// A value seen by the evaluator.  Views point into the record, the tree
// or the evaluator's arena; all live until the next record.
struct Value {
  enum Kind { Missing, Null, Bool, Number, String, Array, Object } kind = Missing;
  bool boolean = false;
  double number = 0;
  std::string_view text;
  const json::value* tree = nullptr;  // arrays and objects
};

class Evaluator {
 public:
  void reset(const FieldSource* source) {
    parsed_.clear();
    made_.clear();
    if (arena_used_) {
      // A fresh arena rather than release(): with Boost 1.81, allocating
      // after release() threw bad_alloc on the 26th record of a corpus.
      arena_.~monotonic_resource();
      new (&arena_) json::monotonic_resource();
      arena_used_ = false;
    }
    source_ = source;
  }

  bool test(const Node& node) {
    switch (node.kind) {
      case Node::Or:
        for (const auto& child : node.children)
          if (test(*child)) return true;
        return false;
      case Node::And:
        for (const auto& child : node.children)
          if (!test(*child)) return false;
        return true;
      case Node::Not:
        return !test(*node.children[0]);
      case Node::Compare:
        return compare(resolve(node.lhs), resolve(node.rhs), node.op);
      case Node::Match:
        return match(node);
      case Node::Contains:
        return contains(resolve(node.lhs), resolve(node.rhs));
      case Node::StartsWith: {
        Value lhs = resolve(node.lhs), rhs = resolve(node.rhs);
        return lhs.kind == Value::String && rhs.kind == Value::String && lhs.text.starts_with(rhs.text);
      }
      case Node::In:
        return in_list(resolve(node.lhs), node.list, node.negated);
      case Node::Has:
        return has(node.lhs.path);
      case Node::Truthy: {
        Value v = resolve(node.lhs);
        return v.kind != Value::Missing && v.kind != Value::Null && !(v.kind == Value::Bool && !v.boolean);
      }
      case Node::Any:
      case Node::All:
        return quantify(node);
    }
    return false;
  }

 private:
  bool match(const Node& node) {
    Value v = resolve(node.lhs);
    if (v.kind != Value::String) return false;  // a mismatch is false for ~ and !~ alike
    bool found = RE2::PartialMatch(re2::StringPiece(v.text.data(), v.text.size()), *node.regex);
    return found != node.negated;
  }

  static bool compare(const Value& a, const Value& b, CompareOp op) {
    if (a.kind != b.kind) return false;
    int order = 0;
    switch (a.kind) {
      case Value::Number:
        order = a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
        break;
      case Value::String:
        order = a.text.compare(b.text);
        order = order < 0 ? -1 : order > 0 ? 1 : 0;
        break;
      case Value::Bool:
      case Value::Null:
        if (op != CompareOp::Eq && op != CompareOp::Ne) return false;  // unordered
        order = a.kind == Value::Bool && a.boolean != b.boolean ? 1 : 0;
        break;
      default:
        return false;  // arrays and objects: only any, all, contains, len, has
    }
    switch (op) {
      case CompareOp::Eq:
        return order == 0;
      case CompareOp::Ne:
        return order != 0;
      case CompareOp::Lt:
        return order < 0;
      case CompareOp::Le:
        return order <= 0;
      case CompareOp::Gt:
        return order > 0;
      case CompareOp::Ge:
        return order >= 0;
    }
    return false;
  }

  bool contains(const Value& haystack, const Value& needle) {
    if (haystack.kind == Value::String)
      return needle.kind == Value::String && haystack.text.find(needle.text) != std::string_view::npos;
    if (haystack.kind != Value::Array) return false;
    for (const json::value& item : haystack.tree->get_array())
      if (compare(from_tree(item), needle, CompareOp::Eq)) return true;
    return false;
  }

  static bool in_list(const Value& v, const std::vector<Literal>& list, bool negated) {
    if (v.kind == Value::Missing) return false;
    for (const Literal& lit : list)
      if (compare(v, from_literal(lit), CompareOp::Eq)) return !negated;
    return negated;
  }

  bool has(const Path& path) {
    if (path.steps.empty()) return source_->json(path.head).has_value();
    return resolve_path(path).kind != Value::Missing;
  }

  // any/all: a scalar counts as a one-element array; a missing field
  // satisfies neither.
  bool quantify(const Node& node) {
    Value collection = resolve(node.lhs);
    if (collection.kind == Value::Missing) return false;
    bool want_all = node.kind == Node::All;
    auto holds = [&](const Value& item) {
      const Value* outer = element_;
      element_ = &item;
      bool result = test(*node.children[0]);
      element_ = outer;
      return result;
    };
    if (collection.kind != Value::Array) return holds(collection);
    for (const json::value& item : collection.tree->get_array())
      if (holds(from_tree(item)) != want_all) return !want_all;
    return want_all;
  }

  Value resolve(const Operand& operand) {
    switch (operand.kind) {
      case Operand::Constant:
        return from_literal(operand.literal);
      case Operand::Element:
        return element_ ? *element_ : Value{};
      case Operand::Field:
        return resolve_path(operand.path);
      case Operand::Length:
        return length(resolve_path(operand.path));
    }
    return {};
  }

  static Value length(const Value& v) {
    Value out;
    out.kind = Value::Number;
    if (v.kind == Value::String) {
      size_t chars = 0;
      for (char c : v.text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      out.number = static_cast<double>(chars);
    } else if (v.kind == Value::Array) {
      out.number = static_cast<double>(v.tree->get_array().size());
    } else if (v.kind == Value::Object) {
      out.number = static_cast<double>(v.tree->get_object().size());
    } else {
      out.kind = Value::Missing;
    }
    return out;
  }

  static Value from_literal(const Literal& lit) {
    Value v;
    switch (lit.kind) {
      case Literal::Null:
        v.kind = Value::Null;
        break;
      case Literal::Bool:
        v.kind = Value::Bool;
        v.boolean = lit.boolean;
        break;
      case Literal::Number:
        v.kind = Value::Number;
        v.number = lit.number;
        break;
      case Literal::String:
        v.kind = Value::String;
        v.text = lit.text;
        break;
    }
    return v;
  }

  static Value from_tree(const json::value& j) {
    Value v;
    switch (j.kind()) {
      case json::kind::null:
        v.kind = Value::Null;
        break;
      case json::kind::bool_:
        v.kind = Value::Bool;
        v.boolean = j.get_bool();
        break;
      case json::kind::int64:
      case json::kind::uint64:
      case json::kind::double_:
        v.kind = Value::Number;
        v.number = j.to_number<double>();
        break;
      case json::kind::string:
        v.kind = Value::String;
        v.text = j.get_string();
        break;
      case json::kind::array:
        v.kind = Value::Array;
        v.tree = &j;
        break;
      case json::kind::object:
        v.kind = Value::Object;
        v.tree = &j;
        break;
    }
    return v;
  }

  Value resolve_path(const Path& path) {
    auto raw = source_->json(path.head);
    if (!raw || raw->empty()) return {};
    if (path.steps.empty()) return from_text(path.head, *raw);
    const json::value* at = parse(path.head, *raw);
    for (const PathStep& step : path.steps) {
      at = step.is_index ? index(at, step.index) : member(at, step.key);
      if (!at) return {};
    }
    return from_tree(*at);
  }

  static const json::value* index(const json::value* v, int64_t i) {
    if (!v->is_array()) return nullptr;
    const json::array& a = v->get_array();
    int64_t n = static_cast<int64_t>(a.size());
    if (i < 0) i += n;
    return i >= 0 && i < n ? &a[static_cast<size_t>(i)] : nullptr;
  }

  // `.key` on an array maps over its elements, as jq's `.[].key`:
  // `links.kind` is the kinds of all links.
  const json::value* member(const json::value* v, const std::string& key) {
    if (v->is_object()) return v->get_object().if_contains(key);
    if (!v->is_array()) return nullptr;
    arena_used_ = true;
    json::storage_ptr arena(&arena_);
    json::array mapped(arena);
    for (const json::value& item : v->get_array())
      if (const json::value* found = item.is_object() ? item.get_object().if_contains(key) : nullptr)
        mapped.push_back(*found);
    return &made_.emplace_back(std::move(mapped));
  }

  // A top-level field from its JSON text; only containers and escaped
  // strings are parsed.
  Value from_text(std::string_view key, std::string_view raw) {
    Value v;
    switch (raw.front()) {
      case '"':
        if (raw.find('\\') == std::string_view::npos) {
          v.kind = Value::String;
          v.text = raw.substr(1, raw.size() - 2);
          return v;
        }
        return from_tree(*parse(key, raw));
      case 't':
      case 'f':
        v.kind = Value::Bool;
        v.boolean = raw.front() == 't';
        return v;
      case 'n':
        v.kind = Value::Null;
        return v;
      case '[':
      case '{':
        return from_tree(*parse(key, raw));
      default: {
        double number = 0;
        auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), number);
        if (ec == std::errc::result_out_of_range) return from_tree(*parse(key, raw));
        if (ec != std::errc()) return v;
        v.kind = Value::Number;
        v.number = number;
        return v;
      }
    }
  }

  // The parsed value of a top-level field, once per record.
  const json::value* parse(std::string_view key, std::string_view raw) {
    for (const auto& [k, v] : parsed_)
      if (k == key) return v;
    boost::system::error_code ec;
    arena_used_ = true;
    json::value parsed = json::parse(raw, ec, json::storage_ptr(&arena_));
    const json::value* stored = &made_.emplace_back(std::move(parsed));  // null on error: the host checked it
    parsed_.emplace_back(key, stored);
    return stored;
  }

  const FieldSource* source_ = nullptr;
  const Value* element_ = nullptr;
  json::monotonic_resource arena_;
  bool arena_used_ = false;
  std::deque<json::value> made_;
  std::vector<std::pair<std::string_view, const json::value*>> parsed_;
};

Expression::Expression(std::unique_ptr<Node> root) : root_(std::move(root)), evaluator_(new Evaluator) {}
Expression::Expression(Expression&&) noexcept = default;
Expression& Expression::operator=(Expression&&) noexcept = default;
Expression::~Expression() = default;

Expression Expression::compile(std::string_view text) { return Expression(parse_expression(text)); }

bool Expression::matches(const FieldSource& record) const {
  evaluator_->reset(&record);
  return evaluator_->test(*root_);
}

}  // namespace ream::where
