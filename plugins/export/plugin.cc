// `ream export`: the record stream as BibTeX, BibLaTeX, RIS, CSL-JSON,
// CSV or TSV, for reference managers, LaTeX and pandoc.
//
// A sink that streams: each record is read into an ExportPaper through
// the SDK's accessors (no second parse), given its citation key in input
// order, written by its format's writer into a buffer, and the buffer is
// handed to the host in large pieces (context().write, so `-o` is atomic
// as everywhere).  What stays in memory is the set of citation keys,
// never the records.  Every writer is a pure function in the core
// library, tested and fuzzed without the host.
#include <ream/plugin.hpp>

#include <fmt/format.h>

#include <memory>
#include <optional>

#include "bibtex_writer.hh"
#include "citation_keys.hh"
#include "csl_json_writer.hh"
#include "csv_writer.hh"
#include "record_reader.hh"
#include "ris_writer.hh"

namespace {
namespace ex = ream::exporting;

const ream_option_spec kOptions[] = {
    {"format", 'f', REAM_OPT_CHOICE, "FORMAT", nullptr, "bibtex|biblatex|ris|csl-json|csljson|csv|tsv",
     "output format (csljson is another name for csl-json)", REAM_OPT_REQUIRED},
    {"key-format", 0, REAM_OPT_STRING, "TEMPLATE", "[auth:lower][year][title:lower]", nullptr,
     "template for the citation keys of records without a usable key of their own: text and [auth], "
     "[authorsN], [year], [titleN] with :lower, :upper or :capitalize",
     0},
    {"ascii", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr,
     "bibtex, biblatex: write TeX-encoded ASCII ({\\\"u}) instead of UTF-8", 0},
    {"no-abstract", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr, "leave abstracts out", 0},
    {"fields", 0, REAM_OPT_STRING, "FIELD,...", nullptr, nullptr,
     "csv, tsv: the columns, in order (default: key, type, title, authors, editors, year, date, venue, volume, "
     "issue, pages, publisher, doi, arxiv, url, keywords, abstract)",
     REAM_OPT_LIST},
    {"json-lines", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr, "csl-json: one item per line instead of one JSON array",
     0},
};

enum class Format { bibtex, biblatex, ris, csl_json, csv, tsv };

Format format_of(std::string_view name) {
  if (name == "bibtex") return Format::bibtex;
  if (name == "biblatex") return Format::biblatex;
  if (name == "ris") return Format::ris;
  if (name == "csv") return Format::csv;
  if (name == "tsv") return Format::tsv;
  return Format::csl_json;
}

ex::KeyFormat key_format(const ream::Options& opts) {
  std::string spec = opts.string("key-format", ex::kDefaultKeyFormat);
  try {
    return ex::KeyFormat(spec);
  } catch (const ex::KeyFormatError& e) {
    throw ream::UsageError(fmt::format("--key-format '{}': column {}: {}", spec, e.column(), e.what()));
  }
}

// An option that only one kind of format reads is refused for the others,
// rather than ignored: the user meant something by it.
void check_applies(const ream::Options& opts, Format format) {
  bool bib = format == Format::bibtex || format == Format::biblatex;
  bool table = format == Format::csv || format == Format::tsv;
  if (opts.flag("ascii") && !bib) throw ream::UsageError("--ascii applies to --format bibtex and biblatex only");
  if (opts.given("fields") && !table) throw ream::UsageError("--fields applies to --format csv and tsv only");
  if (opts.flag("json-lines") && format != Format::csl_json)
    throw ream::UsageError("--json-lines applies to --format csl-json only");
  if (table && opts.given("fields") && opts.list("fields").empty())
    throw ream::UsageError("--fields needs a field name");
}

class Export : public ream::Stage {
 public:
  explicit Export(ream::Context& ctx)
      : Stage(ctx),
        format_(format_of(ctx.options().string("format"))),
        keys_(key_format(ctx.options())),
        abstract_(!ctx.options().flag("no-abstract")),
        json_lines_(ctx.options().flag("json-lines")) {
    const ream::Options& opts = ctx.options();
    check_applies(opts, format_);
    if (format_ == Format::bibtex || format_ == Format::biblatex)
      bib_.emplace(ex::BibOptions{format_ == Format::bibtex ? ex::BibDialect::bibtex : ex::BibDialect::biblatex,
                                  opts.flag("ascii"), abstract_});
    if (format_ == Format::csv || format_ == Format::tsv) {
      std::vector<std::string> columns = opts.given("fields") ? opts.list("fields") : ex::default_csv_columns();
      if (!abstract_) std::erase(columns, "abstract");
      csv_.emplace(std::move(columns), format_ == Format::csv ? ',' : '\t');
      csv_->header(buffer_);
    }
  }

  void process(ream::Record rec) override {
    ex::ExportPaper paper = ex::read_paper(rec);
    std::string key = keys_.key_for(paper, &warning_);
    if (!warning_.empty()) warn(rec, warning_);
    switch (format_) {
      case Format::bibtex:
      case Format::biblatex:
        bib_->write(paper, key, buffer_);
        break;
      case Format::ris:
        ex::write_ris(paper, key, abstract_, buffer_);
        break;
      case Format::csl_json:
        if (!json_lines_) buffer_ += items_ == 0 ? "[\n" : ",\n";
        buffer_ += ex::csl_json_item(paper, key, abstract_);
        if (json_lines_) buffer_ += '\n';
        break;
      case Format::csv:
      case Format::tsv:
        csv_->row(paper, key, buffer_);
        break;
    }
    ++items_;
    context().drop(std::move(rec));
    if (buffer_.size() >= kFlushBytes) flush();
  }

  void finish() override {
    if (format_ == Format::csl_json && !json_lines_) buffer_ += items_ == 0 ? "[]\n" : "\n]\n";
    flush();
    if (bib_ && bib_->unencodable() > 0)
      context().warn(fmt::format("{} character{} with no TeX spelling written as UTF-8", bib_->unencodable(),
                                 bib_->unencodable() == 1 ? "" : "s"));
    if (bib_ && (bib_->without_people() > 0 || bib_->without_year() > 0))
      context().warn(fmt::format("{} entr{} without an author or editor and {} without a year, which {} requires",
                                 bib_->without_people(), bib_->without_people() == 1 ? "y" : "ies",
                                 bib_->without_year(), format_ == Format::biblatex ? "BibLaTeX" : "BibTeX's styles"));
    if (bib_ && bib_->dropped_fields() > 0)
      context().warn(fmt::format("{} field{} left out: BibLaTeX's data model has no place for {} in {} entry type",
                                 bib_->dropped_fields(), bib_->dropped_fields() == 1 ? "" : "s",
                                 bib_->dropped_fields() == 1 ? "it" : "them",
                                 bib_->dropped_fields() == 1 ? "its" : "their"));
  }

 private:
  static constexpr size_t kFlushBytes = 1 << 16;

  void flush() {
    context().write(buffer_);
    buffer_.clear();
  }
  void warn(const ream::Record& rec, const std::string& message) {
    if (auto origin = rec.origin())
      context().warn(origin->first, origin->second, message);
    else
      context().warn(message);
  }

  Format format_;
  ex::CitationKeys keys_;
  bool abstract_;
  bool json_lines_;
  std::optional<ex::BibWriter> bib_;
  std::optional<ex::CsvWriter> csv_;
  std::string buffer_;
  std::string warning_;
  uint64_t items_ = 0;
};

constexpr const char* kDescription =
    "Writes the record stream as a bibliography for other tools: BibTeX or BibLaTeX (for LaTeX, biber, "
    "JabRef), RIS (Zotero, EndNote, Mendeley), CSL-JSON (pandoc --citeproc, Zotero) or CSV/TSV (spreadsheets). "
    "Each paper keeps its own citation key when it has one; others get one from --key-format, made unique in "
    "input order with a letter (a, b, ...). Text is escaped so that every format's own reader reads back exactly "
    "what the record holds. Streams: memory holds the citation keys, not the records. See ream-export(1).";

}  // namespace

REAM_PLUGIN(Export,
            ream::PluginInfo{"export", "1.0.0", "write the records as BibTeX, BibLaTeX, RIS, CSL-JSON, CSV or TSV",
                             kDescription, REAM_SINK, kOptions, std::size(kOptions)})
