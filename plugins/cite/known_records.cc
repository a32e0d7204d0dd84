// Resolving references to records of the stream (or of --index).
//
// Every identifier a record carries is turned into the same key form the
// scanners produce ("arxiv:2312.03884", "doi:10.1000/xyz", "isbn:...",
// "url:..."), so resolving a reference is one hash lookup.  The record's
// own id is a key too, since ream ids are "arxiv:KEY" or "doi:KEY".
// When two records claim the same identifier (duplicates in the stream)
// the first one keeps it: links then point at a stable target.
#include "known_records.hh"

#include <ream/identifiers.hpp>

#include "arxiv_scanner.hh"

namespace ream::cite {
namespace {

std::string isbn_digits(std::string_view s) {
  std::string out;
  for (char c : s)
    if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') out += static_cast<char>(c == 'x' ? 'X' : c);
  return out;
}

}  // namespace

void KnownRecords::key(std::string k, size_t record) { by_key_.try_emplace(std::move(k), record); }

size_t KnownRecords::add(const RecordKeys& keys) {
  size_t record = ids_.size();
  ids_.push_back(keys.id);
  titles_text_.push_back(keys.title);
  key(keys.id, record);
  if (auto arxiv = arxiv_id_key(keys.arxiv, 9999); !arxiv.empty()) key("arxiv:" + arxiv, record);
  if (auto doi = ids::doi_key(keys.doi)) {
    key("doi:" + *doi, record);
    if (auto arxiv = ids::arxiv_from_doi(*doi)) key("arxiv:" + *arxiv, record);
  }
  for (const auto& isbn : keys.isbns) key("isbn:" + isbn_digits(isbn), record);
  for (const auto& url : keys.urls) key("url:" + url, record);
  titles_.add(index_titles_ ? std::string_view(keys.title) : std::string_view());  // title index == record index
  return record;
}

std::optional<size_t> KnownRecords::resolve(const Reference& ref) const {
  auto it = by_key_.find(std::string(kind_name(ref.kind)) + ":" + ref.id);
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

std::vector<TitleMention> KnownRecords::title_mentions(std::string_view text) const { return titles_.find(text); }

}  // namespace ream::cite
