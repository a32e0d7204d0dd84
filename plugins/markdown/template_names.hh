// Which record fields a template can name, so that only those become
// Mustache variables.
//
// Turning a record into Mustache data copies every field, abstracts and
// all, although the built-in templates show the `*_text` helpers and never
// the raw `abstract`; in the full pipeline that copying was a tenth of the
// markdown stage.  A field is left out only when no tag can reach it: its
// name appears nowhere in the template as a whole tag name or a part of a
// dotted name.  The test is on the text, so it errs towards keeping a
// field (a comment or plain text that happens to hold the name keeps it),
// and a template that changes its delimiters (`{{=`) keeps every field.
#ifndef REAM_MARKDOWN_TEMPLATE_NAMES_HH
#define REAM_MARKDOWN_TEMPLATE_NAMES_HH

#include <string>
#include <string_view>
#include <unordered_set>

namespace ream::markdown {

class TemplateNames {
 public:
  // Every name is reachable: what a model made without a template uses.
  TemplateNames() = default;
  explicit TemplateNames(std::string template_text);

  // False only when no tag of the template can be `name` (or hold it as
  // a part of a dotted name).  Safe from several threads: nothing changes
  // after construction.
  bool may_name(std::string_view name) const;

 private:
  bool occurs_as_name(std::string_view name) const;

  bool everything_ = true;
  std::string text_;
  // The template's words: maximal runs of bytes that can neither open nor
  // close a name.  A name made of such bytes alone is one of them when a
  // tag can hold it (and sometimes when none can: that keeps a field).
  std::unordered_set<std::string> words_;
};

}  // namespace ream::markdown

#endif
