// Anchor ids for papers inside one document.
#ifndef REAM_MARKDOWN_ANCHORS_HH
#define REAM_MARKDOWN_ANCHORS_HH

#include <string>
#include <string_view>
#include <unordered_set>

namespace ream::markdown {

// Hands out ids that are unique within one document.
class AnchorSet {
 public:
  // An id for the paper with record id `record_id` ("arxiv:2312.03884" →
  // "paper-arxiv-2312-03884"); `ordinal` (1-based position in the stream)
  // names papers without a usable id.  Repeats get "-2", "-3", ….
  std::string claim(std::string_view record_id, size_t ordinal);

 private:
  std::unordered_set<std::string> taken_;
};

}  // namespace ream::markdown

#endif
