// Fuzzes the papers-section scanner on arbitrary template text: no crash,
// and whenever it splits, the item is one papers section and both parts
// are templates kainjow accepts and renders.  The data they are rendered
// with is built once, not per input, so the fuzzer spends its time on the
// scanner and the engine rather than on setting up variables.
#include <kainjow/mustache.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "papers_section.hh"

using namespace ream::markdown;
using kainjow::mustache::data;

static void require(bool ok) {
  if (!ok) std::abort();
}

static const data& sample_data() {
  static const data d = [] {
    data paper;
    paper.set("title_text", "T");
    paper.set("anchor", "paper-t");
    data papers{data::type::list};
    papers.push_back(paper);
    data group;
    group.set("papers", papers);
    group.set(std::string(kPapersMarkerName) + "0", "\x1fream-papers:0:0\x1f");
    data groups{data::type::list};
    groups.push_back(group);
    data doc;
    doc.set("groups", groups);
    doc.set("papers", papers);
    doc.set("toc", true);
    return doc;
  }();
  return d;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  std::string text(reinterpret_cast<const char*>(bytes), size);
  auto split = split_papers_section(text);
  if (!split) return 0;
  require(!split->sections.empty());
  kainjow::mustache::mustache whole(text), frame(split->frame);
  for (const auto& section : split->sections) {
    require(section.item.starts_with("{{#papers}}") && section.item.ends_with("{{/papers}}"));
    if (whole.is_valid()) kainjow::mustache::mustache(section.item).render(sample_data());
  }
  require(split->frame.find("{{{ream_papers_marker_0}}}") != std::string::npos);
  if (whole.is_valid()) frame.render(sample_data());
  return 0;
}
