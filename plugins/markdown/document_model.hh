// The document a template renders: papers, groups, cross-references.
#ifndef REAM_MARKDOWN_DOCUMENT_MODEL_HH
#define REAM_MARKDOWN_DOCUMENT_MODEL_HH

#include <boost/json.hpp>
#include <kainjow/mustache.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <ream/spool.hpp>
#include "anchors.hh"
#include "papers_section.hh"

namespace ream::markdown {

struct DocumentOptions {
  std::string title = "Reading digest";
  std::string date;        // shown as is: "2024-01-31"
  std::string sort_field;  // "" keeps stream order
  bool sort_descending = false;
  std::string group_field;  // "" for one group
  bool toc = false;
  size_t abstract_chars = 0;  // 0: whole abstracts
};

// Sorting key: numbers compare as numbers, text case- and accent-blind,
// missing values last whichever the direction.
struct SortKey {
  bool missing = true;
  std::optional<double> number;
  std::string text;
};

class DocumentModel {
 public:
  // The group number that stands for all papers in display order.
  static constexpr size_t kAllPapers = std::numeric_limits<size_t>::max();

  explicit DocumentModel(DocumentOptions options) : options_(std::move(options)) {}

  // Buffered use: add every paper (`raw` is the record's JSON text, kept
  // on disk until the end), then render either document_data() whole or
  // frame_data() with each group's papers_of()/paper_data() in its place.
  void add(const boost::json::object& rec, std::string_view raw);
  void add(const boost::json::object& rec) { add(rec, boost::json::serialize(rec)); }
  size_t size() const { return papers_.size(); }
  kainjow::mustache::data document_data();

  // The document variables with, per group, its name and, for each of
  // `sections` papers sections, the marker standing for its papers.
  kainjow::mustache::data frame_data(size_t sections);
  static std::string papers_marker(size_t section, size_t group);
  // What the papers of `group` see around them: the document's and the
  // group's variables.
  kainjow::mustache::data group_context(size_t group) const;
  std::span<const uint32_t> papers_of(size_t group);
  kainjow::mustache::data paper_data(uint32_t paper);
  // The same in two steps, for rendering papers on several threads: the
  // record's text read from the spool (one thread), then its variables
  // from that text (const: any thread, once papers_of() has run).
  void read_paper(uint32_t paper, std::string& raw);
  kainjow::mustache::data paper_data(uint32_t paper, std::string_view raw) const;
  // The index variables alone (title_text, anchor, ref_md), from memory.
  kainjow::mustache::data index_data(uint32_t paper) const;

  // Streaming use: the document-level variables (no papers, no counts), and
  // one paper's variables without cross-references.
  kainjow::mustache::data header_data() const;
  kainjow::mustache::data next_paper_data(boost::json::object rec);
  // The same in two steps: the next paper's title and anchor, claimed in
  // stream order, then its variables (const: any thread).
  struct Names {
    std::string title, anchor;
  };
  Names next_paper_names(const boost::json::object& rec);
  kainjow::mustache::data streamed_paper_data(const boost::json::object& rec, const Names& names) const;

 private:
  // What stays in memory per paper; the record itself is in the spool.
  struct Paper {
    ream::Spool::Slot slot;
    uint64_t names_offset = 0;  // anchor then title, in names_
    uint32_t anchor_size = 0, title_size = 0;
    uint64_t targets_offset = 0;  // '\0'-terminated ids, in targets_
    uint32_t group = 0;           // into group_names_
  };
  std::string_view anchor(uint32_t i) const;
  std::string_view title(uint32_t i) const;
  void arrange();
  void resolve_cross_refs();
  void sort_papers();
  void group_papers();
  kainjow::mustache::data paper_data(const boost::json::object& rec, std::string_view title, std::string_view anchor,
                                     std::optional<uint32_t> index) const;
  kainjow::mustache::data ref_list(std::span<const uint32_t> indices) const;
  std::string refs_md(std::span<const uint32_t> indices) const;
  kainjow::mustache::data document_variables() const;

  DocumentOptions options_;
  AnchorSet anchors_;
  ream::Spool spool_{"temporary file for the digest"};
  std::vector<Paper> papers_;
  std::string names_, targets_;
  std::unordered_map<std::string, uint32_t> by_id_;  // first paper with each record id
  std::vector<SortKey> sort_keys_;
  std::vector<std::string> group_names_;
  std::unordered_map<std::string, uint32_t> group_numbers_;

  // After arrange(): display order, groups, cross-references (CSR).
  size_t streamed_ = 0;
  bool arranged_ = false;
  std::vector<uint32_t> order_;
  std::vector<uint32_t> display_groups_;  // group_names_ indices in display order
  std::vector<uint32_t> group_starts_;    // into members_, per display group, plus the end
  std::vector<uint32_t> members_;
  std::vector<uint32_t> cites_starts_, cites_, cited_by_starts_, cited_by_;
};

// A JSON value as Mustache data: every record field becomes a variable.
kainjow::mustache::data to_mustache(const boost::json::value& v);

}  // namespace ream::markdown

#endif
