// What keeps a misbehaving plugin from breaking the host while it runs.
//
// Standard output: at start the host moves its own standard output to a
// private descriptor (close-on-exec) and points descriptor 1 at standard
// error, so a plugin's printf or write(1, ...) shows up as a message
// instead of corrupting the JSON Lines output.  Everything the host
// prints goes through host_stdout() / host_stdout_fd().
//
// Crashes: while a plugin callback runs, a PluginCallScope records which
// stage it is and which input record (file and line) it is working on.  A
// plugin that segfaults or aborts reaches a signal handler that writes
// "ream: FILE:LINE: STAGE: the plugin crashed (...)" from those prepared
// values using only write(2), and exits with status 3.  The handler runs
// on its own stack, so a stack overflow is reported too.  Both the scope
// and the stack are per thread: a stage running on a -j worker is
// reported like one on the main thread.
#ifndef REAM_CLI_PLUGIN_GUARD_HH
#define REAM_CLI_PLUGIN_GUARD_HH

#include <cstdint>
#include <cstdio>
#include <string>

namespace ream::cli {

// Call once, first thing in main.
void guard_stdout();
void install_crash_handlers();
// Call first thing in every other thread that runs plugin code, so that
// a stack overflow there is reported too.
void install_crash_stack();

// The host's own standard output (descriptor 1 at start).
int host_stdout_fd();
std::FILE* host_stdout();

// Record handles owned by plugins, checked when REAM_CHECK_HANDLES=1 (a
// debug mode: the bookkeeping costs about 12% more instructions on
// `cat then cat then cat`).  Every handle the host gives a plugin is
// noted, and giving one back (emit, drop, record_free) checks that the
// plugin owned it: emitting a record twice, or after freeing it, ends the
// run with "ream: FILE:LINE: STAGE: the plugin passed emit a record it
// does not own (...)" and status 3 instead of corrupting memory.
extern const bool g_check_handles;
void note_handle_given(const void* handle);
void note_handle_taken(const void* handle, const char* function);
inline void handle_given(const void* handle) {
  if (g_check_handles) note_handle_given(handle);
}
inline void handle_taken(const void* handle, const char* function) {
  if (g_check_handles) note_handle_taken(handle, function);
}

// Marks a call into a plugin.  `file` may be null (no record, or a record
// made by a source); the strings must outlive the scope.  Scopes nest
// (a stage's emit calls the next stage) and restore the outer one.
class PluginCallScope {
 public:
  PluginCallScope(const std::string& stage, const std::string* file, uint64_t line);
  ~PluginCallScope();
  PluginCallScope(const PluginCallScope&) = delete;
  PluginCallScope& operator=(const PluginCallScope&) = delete;

 private:
  const char* stage_;
  const char* file_;
  uint64_t line_;
};

}  // namespace ream::cli

#endif
