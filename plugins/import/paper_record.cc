// Paper -> record (see paper_record.hh).
//
// Records are written as JSON text here rather than field by field through
// the host, so that this step is a pure function a unit test can check
// byte for byte; the host parses the line once.  String escaping is
// Boost.JSON's.  Empty fields are left out: a missing field means unknown.
#include "paper_record.hh"

#include <algorithm>
#include <functional>

#include "markup_text.hh"

#include <boost/json/serialize.hpp>
#include <boost/json/string_view.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <ream/identifiers.hpp>
#include <ream/text.hpp>

namespace ream::import {
namespace {

// text::clean (NFC, then white space collapsed) without its UTF-16 round
// trip for text that is NFC already, as nearly all text is: then NFC
// changes nothing and only the white space needs collapsing, which the
// same code points as text::clean's decide here, in UTF-8.
std::string clean_unicode(const std::string& s) {
  // The SDK's normalizer (text::is_nfc): one instance per process, which
  // ThreadSanitizer sees made once when -j workers get here at once.
  if (!text::is_nfc(s)) return text::clean(s);
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  bool space = true;
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return text::clean(s);  // not UTF-8: let the SDK decide
    if (u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out.append(s, static_cast<size_t>(start), static_cast<size_t>(i - start));
  }
  return out;
}

// ASCII text is already NFC and its only white space is six bytes, so
// most titles and abstracts need no ICU at all: one pass collapses white
// space in place, and only text with a non-ASCII byte goes to text::clean
// (whose UTF-16 round trip was two thirds of an hf-papers import).
// Collapsing the ASCII prefix first does not change what ICU makes of it.
void clean(std::string& s) {
  size_t out = 0;
  bool space = true;  // drops leading white space
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c > ' ' && c < 0x80) {
      if (space && out > 0) s[out++] = ' ';
      space = false;
      s[out++] = static_cast<char>(c);
    } else if (c == ' ' || (c >= '\t' && c <= '\r')) {
      space = true;
    } else if (c >= 0x80) {
      std::string rest = s.substr(0, out);
      if (space && out > 0) rest += ' ';
      rest.append(s, i, std::string::npos);
      s = clean_unicode(rest);
      return;
    } else {
      if (space && out > 0) s[out++] = ' ';
      space = false;
      s[out++] = static_cast<char>(c);  // other control characters are kept, as text::clean keeps them
    }
  }
  s.resize(out);
}

// Long text keeps its paragraphs: each is cleaned on its own, and they
// are joined by one blank line ("\n\n").  A paragraph ends at a blank line.
void clean_paragraphs(std::string& s) {
  size_t blank = s.find('\n');
  if (blank == std::string::npos) return clean(s);
  std::string out, paragraph;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    std::string_view line(s.data() + start, nl - start);
    bool empty = line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
    if (empty && !paragraph.empty()) {
      clean(paragraph);
      if (!paragraph.empty()) out += (out.empty() ? "" : "\n\n") + paragraph;
      paragraph.clear();
    } else if (!empty) {
      paragraph += ' ';
      paragraph.append(line);
    }
    start = nl + 1;
  }
  clean(paragraph);
  if (!paragraph.empty()) out += (out.empty() ? "" : "\n\n") + paragraph;
  s = std::move(out);
}

std::string quoted(std::string_view s) { return boost::json::serialize(boost::json::string_view(s.data(), s.size())); }

void add(std::string& out, std::string_view key, std::string_view json_value) {
  if (out.size() > 1) out += ',';
  out += quoted(key);
  out += ':';
  out += json_value;
}

void add_text(std::string& out, std::string_view key, const std::string& value) {
  if (!value.empty()) add(out, key, quoted(value));
}

bool iso_year(std::string_view date, int* year) {
  if (date.size() < 4) return false;
  for (int i = 0; i < 4; ++i)
    if (date[i] < '0' || date[i] > '9') return false;
  if (date.size() > 4 && date[4] != '-') return false;
  *year = std::stoi(std::string(date.substr(0, 4)));
  return true;
}

}  // namespace

void clean_paper(Paper& p) {
  // Markup is every format's business: JATS and HTML turn up in titles and
  // abstracts from Crossref, in notes from Zotero, in CSV and JSON Lines.
  for (std::string* s : {&p.title, &p.abstract, &p.notes, &p.venue})
    if (has_markup(*s)) *s = markup_to_text(*s);
  for (std::string* s : {&p.title, &p.date, &p.venue, &p.url, &p.arxiv, &p.doi}) clean(*s);
  clean_paragraphs(p.abstract);
  clean_paragraphs(p.notes);
  if (!p.abstract.empty()) p.abstract = without_rights_statements(std::move(p.abstract));
  if (says_no_abstract(p.abstract)) p.abstract.clear();
  for (auto* names : {&p.authors, &p.editors})
    std::erase_if(*names, [](std::string& a) {
      clean(a);
      return a.empty();
    });
  for (auto& [key, value] : p.extra) clean(value);
  int year = 0;
  if (!p.year && iso_year(p.date, &year)) p.year = year;
  // arXiv's own DataCite DOI (10.48550/arXiv.ID) names the arXiv id too.
  if (p.arxiv.empty() && !p.doi.empty())
    if (auto key = ids::doi_key(p.doi))
      if (auto arxiv = ids::arxiv_from_doi(*key)) p.arxiv = *arxiv;
}

std::string paper_id(const Paper& p) { return ids::record_id(p.arxiv, p.doi, p.title); }

uint64_t IdRegistry::hash(std::string_view id) { return std::hash<std::string_view>{}(id); }

uint32_t IdRegistry::find(std::string_view id, uint64_t id_hash, size_t* empty) const {
  if (slots_.empty()) return 0;
  const uint64_t tag = id_hash >> 32 << 32, mask = slots_.size() - 1;
  for (size_t i = id_hash & mask;; i = (i + 1) & mask) {
    uint64_t slot = slots_[i];
    if (slot == 0) {
      if (empty) *empty = i;
      return 0;
    }
    auto owner = static_cast<uint32_t>(slot);
    if ((slot & ~uint64_t{0xFFFFFFFF}) == tag && owners_[owner - 1].id == id) return owner;
  }
}

void IdRegistry::grow_if_full() {
  if ((owners_.size() + 1) * 2 <= slots_.size()) return;  // at most half full: probes stay short
  size_t size = std::max<size_t>(1024, slots_.size() * 2);
  slots_.assign(size, 0);
  for (size_t k = 0; k < owners_.size(); ++k) {
    size_t i = owners_[k].hash & (size - 1);
    while (slots_[i] != 0) i = (i + 1) & (size - 1);
    slots_[i] = (owners_[k].hash >> 32 << 32) | (k + 1);
  }
}

std::string_view IdRegistry::keep(std::string_view text) {
  constexpr size_t kBlock = 1 << 20;
  if (text.size() > free_size_) {
    size_t size = std::max(kBlock, text.size());
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    free_ = blocks_.back().get();
    free_size_ = size;
  }
  std::string_view kept(free_, text.size());
  std::copy(text.begin(), text.end(), free_);
  free_ += text.size();
  free_size_ -= text.size();
  return kept;
}

void IdRegistry::add(size_t slot, std::string_view id, uint64_t id_hash, std::string_view who,
                     std::string_view title_key) {
  slots_[slot] = (id_hash >> 32 << 32) | (owners_.size() + 1);
  owners_.push_back(Owner{keep(id), keep(who), keep(title_key), id_hash});
}

void IdRegistry::add(std::string_view id, uint64_t id_hash, std::string_view who, std::string_view title_key) {
  grow_if_full();
  size_t empty = 0;
  find(id, id_hash, &empty);  // absent: the caller looked
  add(empty, id, id_hash, who, title_key);
}

IdRegistry::Claim IdRegistry::claim(std::string_view id, uint64_t id_hash, std::string_view who,
                                    std::string_view title_key) {
  // The usual case: one probe.
  grow_if_full();
  size_t empty = 0;
  uint32_t owner = find(id, id_hash, &empty);
  if (owner == 0) {
    add(empty, id, id_hash, who, title_key);
    return {std::string(id), std::nullopt};
  }
  std::string base(id);
  int& suffix = next_suffix_.try_emplace(base, 2).first->second;
  std::string distinct;
  do {
    distinct = base + "~" + std::to_string(suffix++);
  } while (find(distinct, hash(distinct)) != 0);
  std::string first_who(owners_[owner - 1].who);
  bool same = !title_key.empty() && title_key == owners_[owner - 1].title_key;
  add(distinct, hash(distinct), who, title_key);
  return {distinct, first_who, same};
}

std::string with_id(std::string_view json, std::string_view old_id, std::string_view new_id) {
  std::string out = "{";
  add(out, "id", quoted(new_id));
  if (old_id.empty()) {  // record_json left the empty id out
    if (json.size() > 2) out += ',';
    out.append(json.substr(1));
    return out;
  }
  size_t old_prefix = out.size() - quoted(new_id).size() + quoted(old_id).size();
  out.append(json.substr(old_prefix));
  return out;
}

std::string record_json(const Paper& p, std::string_view id, std::string_view file) {
  std::string out = "{";
  add_text(out, "id", std::string(id));
  add_text(out, "type", p.type);
  add_text(out, "title", p.title);
  auto add_names = [&out](std::string_view key, const std::vector<std::string>& names) {
    if (names.empty()) return;
    std::string list = "[";
    for (const auto& a : names) {
      if (list.size() > 1) list += ',';
      list += quoted(a);
    }
    add(out, key, list + "]");
  };
  add_names("authors", p.authors);
  if (p.et_al) add(out, "et_al", "true");
  add_names("editors", p.editors);
  add_text(out, "abstract", p.abstract);
  if (p.year) add(out, "year", std::to_string(*p.year));
  add_text(out, "date", p.date);
  add_text(out, "venue", p.venue);
  add_text(out, "url", p.url);
  add_text(out, "arxiv", p.arxiv);
  add_text(out, "doi", p.doi);
  add_text(out, "notes", p.notes);
  for (const auto& [key, value] : p.extra) add_text(out, key, value);
  for (const auto& [key, json] : p.extra_json) add(out, key, json);
  add(out, "source", "{\"file\":" + quoted(file) + ",\"line\":" + std::to_string(p.line) + "}");
  out += '}';
  return out;
}

}  // namespace ream::import
