// Display text from record fields.
//
// Records come from many importers, so a field may be a string in one
// record and a number or an array in the next (`year: "2023"` or `2023`,
// `authors: "A and B"` or `["A", "B"]`).  Everything the templates show
// goes through here, so every shape reads sensibly.  Identifiers are
// normalised with the SDK's ream::ids so that links agree with what
// import, dedupe and cite computed.
#include "paper_fields.hh"

#include <algorithm>

#include <ream/identifiers.hpp>

#include <fmt/format.h>
#include <cmath>

#include "markdown_escape.hh"

namespace ream::markdown {
namespace json = boost::json;

std::string field_text(const json::value& v) {
  switch (v.kind()) {
    case json::kind::string:
      return std::string(v.get_string());
    case json::kind::int64:
      return std::to_string(v.get_int64());
    case json::kind::uint64:
      return std::to_string(v.get_uint64());
    case json::kind::double_: {
      double d = v.get_double();
      if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) return fmt::format("{:.0f}", d);
      return fmt::format("{}", d);
    }
    case json::kind::bool_:
      return v.get_bool() ? "true" : "false";
    case json::kind::array: {
      std::string out;
      for (const auto& item : v.get_array()) {
        std::string t = field_text(item);
        if (t.empty()) continue;
        if (!out.empty()) out += ", ";
        out += t;
      }
      return out;
    }
    default:
      return {};
  }
}

std::string field_text(const json::object& rec, std::string_view key) {
  auto it = rec.find(key);
  return it == rec.end() ? std::string() : field_text(it->value());
}

std::vector<std::string> field_items(const json::object& rec, std::string_view key) {
  std::vector<std::string> out;
  auto it = rec.find(key);
  if (it == rec.end()) return out;
  if (const auto* arr = it->value().if_array()) {
    for (const auto& item : *arr)
      if (std::string t = fold_text(field_text(item)); !t.empty()) out.push_back(std::move(t));
  } else if (std::string t = fold_text(field_text(it->value())); !t.empty()) {
    out.push_back(std::move(t));
  }
  return out;
}

std::string paper_url(const json::object& rec) {
  std::string id = field_text(rec, "id");
  std::string arxiv = field_text(rec, "arxiv");
  if (arxiv.empty() && id.starts_with("arxiv:")) arxiv = id.substr(6);
  if (auto key = ids::arxiv_key(arxiv)) return "https://arxiv.org/abs/" + *key;
  std::string doi = field_text(rec, "doi");
  if (doi.empty() && id.starts_with("doi:")) doi = id.substr(4);
  if (auto key = ids::doi_key(doi)) return "https://doi.org/" + percent_encode_path(*key);
  std::string url = field_text(rec, "url");
  return safe_url(url) ? url : std::string();
}

std::string author_line(const std::vector<std::string>& authors, size_t max_names) {
  size_t shown = authors.size();
  bool cut = max_names > 0 && authors.size() > max_names;
  if (cut) shown = max_names;
  // "Okafor, Ngozi, Müller, Lena" cannot be read back into names: when a
  // name holds a comma, names are separated by semicolons.
  bool inverted = std::any_of(authors.begin(), authors.begin() + static_cast<long>(shown),
                              [](const std::string& a) { return a.find(',') != std::string::npos; });
  std::string out;
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) out += inverted ? "; " : (i + 1 == shown && !cut) ? " and " : ", ";
    out += authors[i];
  }
  if (cut) out += " et al.";
  return out;
}

}  // namespace ream::markdown
