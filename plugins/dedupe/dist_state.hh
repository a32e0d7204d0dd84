// What the distributed steps need of the --state file besides the steps
// themselves (dist_state.cc): the apply step's list of papers to remember.
#ifndef REAM_DEDUPE_DIST_STATE_HH
#define REAM_DEDUPE_DIST_STATE_HH

#include <ream/atomic_file.hpp>
#include <ream/plugin.hpp>

#include <cstdint>
#include <string>

namespace ream::dedupe::dist {

// --dist-remember FILE of one apply step: a p-line per paper the part
// has the state file remember, in record order, then one q-line with the
// part's records in and out, for --dist update.
//   p<ORDER>  f: the paper's fields as the state file stores them
//   q         in: records read  out: records written
class RememberFile {
 public:
  explicit RememberFile(const std::string& path) : file_("dist-remember", path) {}
  // A record as apply settles it: `kept` when it is its cluster's
  // representative (or, --keep first, no duplicate), which one process
  // remembers; --keep-all writes every record.
  void record(const std::string& order, const ream::Record& rec, bool kept, bool keep_all);
  void finish();
  void commit() { file_.commit(); }

 private:
  ream::SideFile file_;
  uint64_t records_in_ = 0, emitted_ = 0;
};

}  // namespace ream::dedupe::dist

#endif
