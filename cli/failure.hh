// How the host reports what went wrong, and the exit codes it uses.
#ifndef REAM_CLI_FAILURE_HH
#define REAM_CLI_FAILURE_HH

#include <stdexcept>
#include <string>

namespace ream::cli {

// Exit codes, documented in ream(1).
enum ExitCode {
  kExitOk = 0,
  kExitData = 1,    // malformed input data
  kExitUsage = 2,   // bad command line
  kExitPlugin = 3,  // a plugin failed to load, or failed
  kExitIo = 4,      // an input could not be read or the output written
};

// A failure that ends the run.  `what()` is the complete message after
// "ream: " (it already names the file, line and stage where known).
class Failure : public std::runtime_error {
 public:
  Failure(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

// Standard output was closed by the reader (`ream ... | head -1`): not an
// error, the run ends quietly with status 0.
struct BrokenPipe {};

// "FILE:LINE: STAGE: message", leaving out the parts that are unknown.
std::string locate(const std::string& file, unsigned long long line, const std::string& stage,
                   const std::string& message);

}  // namespace ream::cli

#endif
