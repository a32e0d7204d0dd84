// Anchors from record ids, not from titles.
//
// GitHub, pandoc and GitLab each derive heading ids from the heading text
// with their own slug rules (which characters survive, how emoji and
// escapes are treated, how duplicates are numbered), so a link computed
// from a title breaks on one renderer or another, and two papers with the
// same title collide.  ream writes an explicit anchor instead, built from
// the record id (unique in a deduplicated stream, and stable across runs),
// reduced to ASCII letters, digits and hyphens so that it needs no
// escaping in HTML or in a link destination.  Should ids repeat, a counter
// keeps the anchors apart.
#include "anchors.hh"

namespace ream::markdown {
namespace {

std::string slug(std::string_view id) {
  std::string out;
  for (char c : id) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
      keep = true;
    }
    if (keep)
      out += c;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace

std::string AnchorSet::claim(std::string_view record_id, size_t ordinal) {
  std::string base = slug(record_id);
  base = "paper-" + (base.empty() ? std::to_string(ordinal) : base);
  std::string id = base;
  for (int n = 2; !taken_.insert(id).second; ++n) id = base + "-" + std::to_string(n);
  return id;
}

}  // namespace ream::markdown
