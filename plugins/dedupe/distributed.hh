// `dedupe --dist STEP`: the steps of a distributed run (issue 23), each an
// ordinary ream run over JSON Lines on standard input and output, so that
// any engine that can pipe text (Slurm with GNU sort, Dask, Spark's
// RDD.pipe, Hadoop Streaming) runs them, and their joined output is the
// single process's to the byte.
//
// Why the decomposition is exact: a record's candidates are the at most 64
// previous members (in global record order) of each of its blocks, which a
// reducer over one block's members, sorted, sees as they are; a pair's
// score depends on the pair alone; and the clusters, the representatives,
// the report and the weighed joins depend only on the pairs of one
// connected component, replayed in arrival order by the same Matcher.
// docs: man/ream-dedupe.1 (DISTRIBUTED); the interface for drivers is the
// table of steps there.
//
// Intermediate lines are objects whose first member "k" is a fixed-width
// key, so plain `LC_ALL=C sort` groups and orders them; the first letter
// of the key is the kind, and a step passes over kinds it does not read.
#ifndef REAM_DEDUPE_DISTRIBUTED_HH
#define REAM_DEDUPE_DISTRIBUTED_HH

#include <boost/json/object.hpp>
#include <ream/plugin.hpp>

#include <memory>
#include <optional>
#include <string>

#include "record_fields.hh"
#include "vetoes.hh"

namespace ream::dedupe::dist {

// The options every step reads, parsed once.
struct Settings {
  std::string step;
  bool keep_all = false;
  std::string keep = "first";
  MatchLevel level = MatchLevel::publication;
  std::optional<double> weight_threshold;  // --match-weights, in the modes that decide at the end
  bool report = false, save_model = false;
  std::optional<std::string> model;  // --dist-model (the em step's), else --model
  bool model_from_em = false;        // --dist-model: report its source as the em step wrote it
  uint32_t source = 1;               // --dist-source
  uint64_t context = 0;              // --dist-context
  size_t memory_bytes = 64 << 20;    // --dist-memory, in bytes
  std::string decisions;             // --dist-decisions
  std::string records;               // --dist-records
  std::string donors;                // --dist-donors
  std::string state;                 // --state (dist_state.cc): "" without
  std::string run_id;                // --run-id
  double state_timeout = 30;         // --state-timeout
  std::string run_file;              // --dist-run
  std::string remember;              // --dist-remember

  bool decides_at_end() const { return keep_all || keep != "first"; }
  // Whether any step needs a match-weight model, and so the em step.
  bool wants_weights() const { return report || save_model || weight_threshold; }
};

class Step {
 public:
  virtual ~Step() = default;
  virtual void process(ream::Record rec) = 0;
  virtual void finish() {}
  virtual void commit() {}
};

std::unique_ptr<Step> make_step(ream::Context& ctx);

// Steps, one per file.
std::unique_ptr<Step> map_step(ream::Context& ctx, const Settings& s);
std::unique_ptr<Step> pairs_step(ream::Context& ctx, const Settings& s);
std::unique_ptr<Step> titles_step(ream::Context& ctx, const Settings& s);
std::unique_ptr<Step> em_step(ream::Context& ctx, const Settings& s);
std::unique_ptr<Step> components_step(ream::Context& ctx, const Settings& s);
std::unique_ptr<Step> tag_step(ream::Context& ctx, const Settings& s);
std::unique_ptr<Step> clusters_step(ream::Context& ctx, const Settings& s);
std::unique_ptr<Step> apply_step(ream::Context& ctx, const Settings& s);
std::unique_ptr<Step> donors_step(ream::Context& ctx, const Settings& s);
std::unique_ptr<Step> state_step(ream::Context& ctx, const Settings& s);
std::unique_ptr<Step> copies_step(ream::Context& ctx, const Settings& s);
std::unique_ptr<Step> update_step(ream::Context& ctx, const Settings& s);

// ORDER: 3-digit source number and 13-digit line number, zero-padded, so
// that text order is record order.  Source 0 is the --state file's papers,
// which one process loads before its input (dist_state.cc).
constexpr size_t kOrderWidth = 16;
inline bool remembered_order(std::string_view order) { return order.starts_with("000"); }
std::string order_key(uint32_t source, uint64_t line);
// ORDER as a number (source * 10^13 + line) and back: numbers sort as
// the digits do.
std::string order_text(uint64_t order);
std::string hex16(uint64_t v);

// An intermediate line's key, or nothing for a line of another kind than
// `kind` (which the step passes over).  Throws DataError for a line that
// is no intermediate line at all.
std::optional<std::string_view> key_of(const ream::Record& rec, char kind);
// A member a step needs; DataError naming it when it is missing.
std::string_view member(const ream::Record& rec, std::string_view name);

// Emits an intermediate line: {"k":KEY, then the members in order}.
class Line {
 public:
  Line(ream::Context& ctx, std::string_view key);
  Line& text(std::string_view name, std::string_view value);
  Line& number(std::string_view name, int64_t value);
  Line& json(std::string_view name, std::string_view value);
  void emit();

 private:
  ream::Context& ctx_;
  ream::Record rec_;
};

// How a record's fields are read, by the stage (plugin.cc) and the steps
// alike: strings as decoded, numbers as written; an empty string, array or
// object, or null, is no value.
Fields read_fields(const ream::Record& rec);
std::string text_of(const ream::Record& rec, std::string_view key);
bool has_value(const ream::Record& rec, std::string_view key);
// The fields of the paper's description `rec` holds (record_quality's
// count: describes_paper).
size_t filled_fields(const ream::Record& rec);
// --keep merge: the fields `rep` takes from one donor (merge_takes), named
// in `filled_from` (field -> donor id); the fields that describe another
// ("et_al", "title_protected") after the rest, so that they follow the
// field they describe whatever the donor's key order.
void merge_fields(ream::Record& rep, const ream::Record& donor, const std::string& donor_id,
                  boost::json::object& filled_from);
// Where the record stands in the global order; DataError without origin.
std::string record_order(const ream::Record& rec, uint32_t source);

}  // namespace ream::dedupe::dist

#endif
