// Documentation generated from option schemas: the OPTIONS section of man
// pages (at build time) and the answers shell completions ask for (at
// completion time, so third-party plugins are completed too).
#ifndef REAM_CLI_DOCGEN_HH
#define REAM_CLI_DOCGEN_HH

#include <ream/plugin.h>

#include <span>
#include <string>

namespace ream::cli {

// Text safe inside roff: backslashes, leading dots and quotes, hyphens.
std::string roff_escape(const std::string& text);

// The body of an OPTIONS section, one .TP entry per option.
std::string roff_options(std::span<const ream_option_spec> specs);

// What a completion script offers after `--name` (choices, or a word
// telling it to complete files), one per line.
std::string completion_values(const ream_option_spec& spec);

}  // namespace ream::cli

#endif
