// Fuzz target: the lines of a sharded index's links (shard_links.cc) and
// of its bigram counts (bigram_counts.cc), over arbitrary bytes.  Beyond
// "no crash", an accepted shard links line must write back to a line that
// reads the same, and merging it must either refuse it or give targets
// it names.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "bigram_counts.hh"
#include "shard_links.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  try {
    ream::cite::bigram_counts::parse_line(line);
  } catch (const ream::cite::bigram_counts::Error&) {
  }
  ream::cite::ShardLinks links;
  try {
    links = ream::cite::parse_shard_links(line);
  } catch (const ream::cite::ShardLinksError&) {
    return 0;
  }
  std::string again = ream::cite::shard_links_json(links);
  if (ream::cite::shard_links_json(ream::cite::parse_shard_links(again)) != again) std::abort();
  std::string_view text = "see arXiv:2312.03884, doi:10.1000/xyz and the title of a paper about graph learning";
  std::vector<ream::cite::FieldText> fields(links.fields.size(), {"abstract", -1, text});
  std::vector<ream::cite::ShardLinks> shards{links, links};
  try {
    for (const auto& link : ream::cite::merge_shard_links(fields, shards, ream::cite::LinkOptions{}))
      if (link.target) ream::cite::shard_record_id(shards, *link.target);
  } catch (const ream::cite::ShardLinksError&) {
  }
  return 0;
}
