// BibTeX and BibLaTeX entries (see bibtex_writer.hh).
#include "bibtex_writer.hh"

#include <array>

#include "paper_values.hh"
#include "person_names.hh"

namespace ream::exporting {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

class Fields {
 public:
  Fields(std::string& out, std::string_view type, bool biblatex, uint64_t& dropped)
      : out_(out), type_(type), biblatex_(biblatex), dropped_(dropped) {}
  void add(std::string_view name, std::string_view value, bool braced = true) {
    if (value.empty()) return;
    if (biblatex_ && !biblatex_allows(type_, name)) {
      ++dropped_;
      return;
    }
    out_ += ",\n  ";
    out_ += name;
    out_ += " = ";
    if (braced) out_ += '{';
    out_ += value;
    if (braced) out_ += '}';
  }

 private:
  std::string& out_;
  std::string_view type_;
  bool biblatex_;
  uint64_t& dropped_;
};

std::string two_digits(int n) {
  return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10);
}

}  // namespace

bool is_passthrough_bib_field(std::string_view name) {
  static constexpr std::array<std::string_view, 20> kFields = {
      "address",      "location", "chapter", "edition", "howpublished", "institution", "school",
      "organization", "series",   "isbn",    "issn",    "language",     "pubstate",    "eid",
      "addendum",     "subtitle", "annote",  "pmid",    "pmcid",        "urldate"};
  for (std::string_view f : kFields)
    if (f == name) return true;
  return false;
}

std::string BibWriter::names(const std::vector<std::string>& people, bool et_al) {
  std::string out;
  for (const std::string& person : people) {
    if (!out.empty()) out += " and ";
    PersonName n = split_name(person);
    if (!n.literal.empty() || person == "others") {
      out += '{' + tex_.text(n.literal.empty() ? person : n.literal) + '}';
      continue;
    }
    if (!n.particle.empty()) out += tex_.text(n.particle) + ' ';
    out += tex_.text(n.family);
    if (!n.suffix.empty()) out += ", " + tex_.text(n.suffix);
    if (!n.given.empty() || !n.suffix.empty()) out += ", " + tex_.text(n.given);
  }
  if (et_al && !out.empty()) out += " and others";
  return out;
}

std::string BibWriter::pages(const std::string& pages) {
  auto [first, last] = page_range(pages);
  std::string out = tex_.text(first);
  if (!last.empty()) out += "--" + tex_.text(last);
  return out;
}

void BibWriter::write(const ExportPaper& p, const std::string& key, std::string& out) {
  bool latex = options_.dialect == BibDialect::biblatex;
  std::string arxiv = arxiv_id(p.arxiv);
  bool has_link = !p.url.empty() || !p.doi.empty() || !arxiv.empty();
  // A thesis or report read from BibTeX has its university under its own
  // name, not as the venue.
  std::string_view venue = p.venue;
  if (venue.empty() && (p.type == "thesis" || p.type == "report")) {
    venue = extra_value(p, "school");
    if (venue.empty()) venue = extra_value(p, "institution");
  }
  std::string type = bibtex_type(p.type, options_.dialect, !venue.empty(), has_link);
  // CSL has one thesis type; the source's BibTeX type says which.
  if (type == "phdthesis" && p.bibtex_type == "mastersthesis") type = "mastersthesis";
  std::string_view venue_name = venue_field(type, options_.dialect);
  out += '@';
  out += type;
  out += '{';
  out += key;
  Fields f(out, type, latex, dropped_fields_);
  std::string title = tex_.protected_title(p.title_protected, p.title);
  f.add("title", title.empty() ? tex_.text(p.title, true) : title);
  f.add("author", names(p.authors, p.et_al));
  f.add("editor", names(p.editors, false));
  if (!venue_name.empty())
    f.add(venue_name, tex_.text(venue));
  else if (!venue.empty())
    ++dropped_fields_;
  DateParts d = date_parts(p);
  if (p.authors.empty() && p.editors.empty()) ++without_people_;
  if (!d.year) ++without_year_;
  if (latex && d.year) {
    std::string date = std::to_string(d.year);
    if (d.month) date += "-" + two_digits(d.month);
    if (d.day) date += "-" + two_digits(d.day);
    f.add("date", date);
  } else if (d.year) {
    f.add("year", std::to_string(d.year));
    if (d.month) f.add("month", kMonths[static_cast<size_t>(d.month - 1)], false);
  }
  if (latex && type == "report") f.add("type", "techreport");  // biblatex requires it; BibTeX's @techreport implies it
  f.add("volume", tex_.text(p.volume));
  f.add("number", tex_.text(p.issue));
  f.add("pages", pages(p.pages));
  f.add("publisher", tex_.text(p.publisher));
  f.add("doi", TexText::verbatim(p.doi));
  f.add("url", TexText::verbatim(p.url));
  if (!arxiv.empty()) {
    f.add("eprint", TexText::verbatim(arxiv));
    f.add(latex ? "eprinttype" : "archiveprefix", latex ? "arxiv" : "arXiv");
    std::string_view primary = extra_value(p, "primaryclass");
    if (primary.empty()) primary = extra_value(p, "eprintclass");
    f.add(latex ? "eprintclass" : "primaryclass", TexText::verbatim(primary));
  }
  if (!p.keywords.empty()) {
    std::string joined;
    for (const std::string& k : p.keywords) joined += (joined.empty() ? "" : ", ") + k;
    f.add("keywords", tex_.text(joined));
  }
  if (options_.abstract) f.add("abstract", tex_.text(p.abstract));
  f.add("note", tex_.text(p.notes));
  for (const auto& [name, value] : p.extra)
    if (is_passthrough_bib_field(name) && name != venue_name && value != venue) f.add(name, tex_.text(value));
  out += "\n}\n\n";
}

}  // namespace ream::exporting
