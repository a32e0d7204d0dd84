// See bibtex_crossref.hh.  Chains (an inproceedings under a proceedings
// under an mvproceedings) are resolved parent first, with a depth cap
// that also stops cycles.
#include "bibtex_crossref.hh"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace ream::import::bibtex {
namespace {

constexpr int kMaxDepth = 8;
constexpr size_t kMinCrossrefs = 2;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool one_of(std::string_view s, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), s) != names.end();
}

// Fields biber never passes from parent to child.
bool never_inherited(std::string_view field) {
  return one_of(
      field, {"ids", "crossref", "xref", "xdata", "entryset", "entrysubtype", "execute", "label", "options", "presort",
              "related", "relatedoptions", "relatedstring", "relatedtype", "shorthand", "shorthandintro", "sortkey"});
}

// biber's type-specific renames: the child's name for a parent field
// (empty: not inherited), or the field's own name.
std::string child_name(std::string_view parent_type, std::string_view child_type, const std::string& field) {
  bool bookish_parent = one_of(parent_type, {"book", "mvbook", "collection", "mvcollection", "reference", "mvreference",
                                             "proceedings", "mvproceedings"});
  bool contained_child = one_of(child_type, {"inbook", "bookinbook", "suppbook", "incollection", "suppcollection",
                                             "inreference", "inproceedings", "conference"});
  bool title_family = one_of(field, {"title", "subtitle", "titleaddon"});
  bool unlisted_titles = one_of(field, {"shorttitle", "sorttitle", "indextitle", "indexsorttitle"});
  if (bookish_parent && contained_child) {
    if (title_family) return "book" + field;
    if (unlisted_titles) return {};
  }
  if (parent_type == "periodical" && one_of(child_type, {"article", "suppperiodical"})) {
    if (title_family) return "journal" + field;
    if (unlisted_titles) return {};
  }
  return field;
}

bool has_field(const ExpandedEntry& e, std::string_view name) {
  return std::any_of(e.fields.begin(), e.fields.end(), [&](const ExpandedField& f) { return f.name == name; });
}

const ExpandedField* field_of(const ExpandedEntry& e, std::string_view name) {
  for (const auto& f : e.fields)
    if (f.name == name) return &f;
  return nullptr;
}

class Resolver {
 public:
  Resolver(std::vector<ExpandedEntry>& entries, PaperSink& sink) : entries_(entries), sink_(sink) {
    for (size_t i = 0; i < entries_.size(); ++i) by_key_.try_emplace(lower(entries_[i].key), i);
    state_.assign(entries_.size(), State::kOpen);
    looped_.assign(entries_.size(), false);
  }

  std::vector<bool> run() {
    std::vector<size_t> children(entries_.size(), 0);
    for (const auto& e : entries_)
      if (const ExpandedField* ref = field_of(e, "crossref"))
        if (auto parent = find(ref->value)) ++children[*parent];
    for (size_t i = 0; i < entries_.size(); ++i) resolve(i, 0);
    std::vector<bool> records(entries_.size());
    for (size_t i = 0; i < entries_.size(); ++i)
      records[i] = entries_[i].type != "xdata" && (children[i] == 0 || children[i] >= kMinCrossrefs || looped_[i]);
    return records;
  }

 private:
  enum class State { kOpen, kBusy, kDone };

  std::optional<size_t> find(std::string_view key) const {
    auto it = by_key_.find(lower(trim(key)));
    if (it == by_key_.end()) return std::nullopt;
    return it->second;
  }

  void resolve(size_t i, int depth) {
    if (state_[i] == State::kDone) return;
    ExpandedEntry& child = entries_[i];
    if (state_[i] == State::kBusy || depth > kMaxDepth) {
      // Entries on a loop are each other's only parents: all stay records.
      sink_.warning(child.line, "crossref/xdata of @" + child.type + "{" + child.key + " loops; inheritance stops");
      for (size_t k : busy_) looped_[k] = true;
      return;
    }
    state_[i] = State::kBusy;
    busy_.push_back(i);
    if (const ExpandedField* ref = field_of(child, "xdata")) {
      std::string list = ref->value;
      size_t start = 0;
      while (start <= list.size()) {
        size_t comma = std::min(list.find(',', start), list.size());
        std::string_view key = trim(std::string_view(list).substr(start, comma - start));
        if (!key.empty()) inherit(i, key, depth, /*renames=*/false);
        start = comma + 1;
      }
    }
    if (const ExpandedField* ref = field_of(child, "crossref")) {
      std::string key = ref->value;
      inherit(i, key, depth, /*renames=*/true);
    }
    state_[i] = State::kDone;
    busy_.pop_back();
  }

  void inherit(size_t i, std::string_view key, int depth, bool renames) {
    auto parent = find(key);
    if (!parent) {
      ExpandedEntry& child = entries_[i];
      sink_.warning(child.line, "@" + child.type + "{" + child.key + " refers to '" + std::string(key) +
                                    "', which is no entry of this file; nothing inherited");
      return;
    }
    if (*parent == i) return;
    resolve(*parent, depth + 1);
    const ExpandedEntry& from = entries_[*parent];
    ExpandedEntry& child = entries_[i];
    for (const ExpandedField& f : from.fields) {
      if (never_inherited(f.name)) continue;
      std::string name = renames ? child_name(from.type, child.type, f.name) : f.name;
      if (name.empty() || has_field(child, name)) continue;
      child.fields.push_back({name, f.value, f.line});
    }
  }

  std::vector<ExpandedEntry>& entries_;
  PaperSink& sink_;
  std::unordered_map<std::string, size_t> by_key_;
  std::vector<State> state_;
  std::vector<bool> looped_;
  std::vector<size_t> busy_;  // the entries being resolved, outermost first
};

}  // namespace

std::vector<bool> resolve_inheritance(std::vector<ExpandedEntry>& entries, PaperSink& sink) {
  return Resolver(entries, sink).run();
}

}  // namespace ream::import::bibtex
