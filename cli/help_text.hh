// Help texts, all generated from option schemas (see command_line.hh).
#ifndef REAM_CLI_HELP_TEXT_HH
#define REAM_CLI_HELP_TEXT_HH

#include <ream/plugin.h>

#include <span>
#include <string>

namespace ream::cli {

class PluginCatalog;

// Text wrapped to `width` columns, each line indented by `indent`.
std::string wrap(const std::string& text, size_t indent, size_t width = 79);

// The options block of a help page.
std::string options_help(std::span<const ream_option_spec> specs);

// `ream STAGE --help`, `ream help STAGE`.
std::string stage_help(const ream_plugin& plugin);

// `ream --help`.
std::string main_help(PluginCatalog& catalog);

}  // namespace ream::cli

#endif
