// The document a template renders: papers, groups, cross-references.
#ifndef REAM_MARKDOWN_DOCUMENT_MODEL_HH
#define REAM_MARKDOWN_DOCUMENT_MODEL_HH

#include <boost/json.hpp>
#include <kainjow/mustache.hpp>

#include <string>
#include <unordered_map>
#include <vector>

#include "anchors.hh"

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

class DocumentModel {
 public:
  explicit DocumentModel(DocumentOptions options) : options_(std::move(options)) {}

  // Buffered use: add every paper, then render document_data().
  void add(boost::json::object rec);
  size_t size() const { return papers_.size(); }
  kainjow::mustache::data document_data();

  // Streaming use: the document-level variables (no papers, no counts), and
  // one paper's variables without cross-references.
  kainjow::mustache::data header_data() const;
  kainjow::mustache::data next_paper_data(boost::json::object rec);

 private:
  struct Paper {
    boost::json::object rec;
    std::string record_id;
    std::string anchor;
    std::string title;
  };
  struct CrossRefs {
    std::vector<size_t> cites, cited_by;
  };

  Paper make_paper(boost::json::object rec);
  kainjow::mustache::data paper_data(const Paper& p, const CrossRefs* refs) const;
  kainjow::mustache::data ref_list(const std::vector<size_t>& indices) const;
  std::string refs_md(const std::vector<size_t>& indices) const;
  std::vector<CrossRefs> cross_refs() const;
  void sort_papers();
  kainjow::mustache::data groups_data(const std::vector<CrossRefs>& refs) const;

  DocumentOptions options_;
  AnchorSet anchors_;
  std::vector<Paper> papers_;
  std::unordered_map<std::string, size_t> by_id_;
  std::vector<size_t> order_;  // display order after sorting
};

// A JSON value as Mustache data: every record field becomes a variable.
kainjow::mustache::data to_mustache(const boost::json::value& v);

}  // namespace ream::markdown

#endif
