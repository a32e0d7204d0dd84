// Messages to the user, and the --on-error / --reject policy.
//
// Every message starts "ream: " and names the file, line and stage where
// they are known.  Bad input lines go through reject(), which counts them,
// copies them verbatim to the --reject file, and either lets the run go on
// (--on-error=skip) or ends it (fail, the default).
#ifndef REAM_CLI_DIAGNOSTICS_HH
#define REAM_CLI_DIAGNOSTICS_HH

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace ream::cli {

class Output;

enum class OnError { kFail, kSkip };

class Diagnostics {
 public:
  Diagnostics();
  ~Diagnostics();

  void set_quiet(bool quiet) { quiet_ = quiet; }
  bool quiet() const { return quiet_; }
  void set_policy(OnError policy) { policy_ = policy; }
  OnError policy() const { return policy_; }
  void open_reject_file(const std::string& path);
  void finish_reject_file();  // flush and sync: errors come before any file is replaced
  void close_reject_file();   // put it in place (atomically, like -o)

  void warn(const std::string& file, uint64_t line, const std::string& stage, std::string_view message);
  void error(const std::string& message);  // printed even when quiet
  void note(const std::string& message);   // plain information, silenced by quiet

  // A malformed input item.  Returns true when the run goes on.
  bool reject(const std::string& file, uint64_t line, const std::string& stage, std::string_view raw,
              std::string_view reason);
  uint64_t warnings() const { return warnings_; }

 private:
  bool quiet_ = false;
  OnError policy_ = OnError::kFail;
  std::unique_ptr<Output> reject_;
  uint64_t warnings_ = 0;
};

}  // namespace ream::cli

#endif
