// RIS records (see ris_writer.hh).
#include "ris_writer.hh"

#include <ream/identifiers.hpp>

#include "entry_types.hh"
#include "paper_values.hh"
#include "person_names.hh"

namespace ream::exporting {
namespace {

void tag(std::string& out, std::string_view name, std::string_view value) {
  size_t start = value.find_first_not_of(' ');
  if (start == std::string_view::npos) return;
  out += name;
  out += "  - ";
  for (char c : value.substr(start)) {
    unsigned char b = static_cast<unsigned char>(c);
    out += (b < 0x20 || b == 0x7F) ? ' ' : c;
  }
  out += "\r\n";
}

std::string pad2(int n) { return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10); }

}  // namespace

std::string ris_name(const std::string& name) {
  PersonName n = split_name(name);
  if (!n.literal.empty()) return n.literal;
  std::string out = full_family(n);
  if (!n.given.empty() || !n.suffix.empty()) out += ", " + n.given;
  if (!n.suffix.empty()) out += ", " + n.suffix;
  return out;
}

void write_ris(const ExportPaper& p, const std::string& key, bool abstract, std::string& out) {
  tag(out, "TY", ris_type(p.type));
  tag(out, "ID", key);
  tag(out, "TI", p.title);
  for (const std::string& a : p.authors) tag(out, "AU", ris_name(a));
  for (const std::string& e : p.editors) tag(out, "ED", ris_name(e));
  tag(out, "T2", p.venue);
  DateParts d = date_parts(p);
  if (d.year) {
    tag(out, "PY", std::to_string(d.year));
    if (d.month) tag(out, "DA", std::to_string(d.year) + "/" + pad2(d.month) + "/" + (d.day ? pad2(d.day) : "") + "/");
  }
  tag(out, "VL", p.volume);
  tag(out, "IS", p.issue);
  auto [first, last] = page_range(p.pages);
  tag(out, "SP", first);
  tag(out, "EP", last);
  tag(out, "PB", p.publisher);
  tag(out, "DO", p.doi);
  tag(out, "UR", p.url);
  if (std::string arxiv = arxiv_id(p.arxiv); !arxiv.empty()) {
    // The record's URL may already be the paper's arXiv page.
    if (ids::arxiv_key(p.url) != ids::arxiv_key(arxiv)) tag(out, "UR", "https://arxiv.org/abs/" + arxiv);
  }
  if (abstract) tag(out, "AB", p.abstract);
  for (const std::string& k : p.keywords) tag(out, "KW", k);
  tag(out, "N1", p.notes);
  out += "ER  - \r\n\r\n";
}

}  // namespace ream::exporting
