// Finding the text of a template: a built-in name or a file.
#ifndef REAM_MARKDOWN_TEMPLATE_SOURCE_HH
#define REAM_MARKDOWN_TEMPLATE_SOURCE_HH

#include <string>
#include <string_view>

namespace ream::markdown {

struct TemplateSource {
  std::string text;
  std::string origin;  // the file it came from, or "built-in NAME"
};

// True for the names of the built-in templates: digest, list, table.
bool is_builtin_template(std::string_view name);

// The template `spec` names.  A built-in name is looked up in
//   1. $REAM_DATA_DIR/templates/NAME.mustache
//   2. PLUGIN_DIR/../../../share/ream/templates/NAME.mustache (installed)
//   3. the source tree's share/ream/templates (build tree)
//   4. the copy compiled into the plugin
// and anything else is read as a file.  Throws ream::UsageError when a
// file cannot be read.
TemplateSource load_template(std::string_view spec, std::string_view plugin_dir);

// The copy compiled into the plugin ("" for unknown names).
std::string_view embedded_template(std::string_view name);

}  // namespace ream::markdown

#endif
