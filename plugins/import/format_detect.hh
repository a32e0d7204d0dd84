// Input formats, their names, and recognising them from content.
#ifndef REAM_IMPORT_FORMAT_DETECT_HH
#define REAM_IMPORT_FORMAT_DETECT_HH

#include <optional>
#include <string>
#include <string_view>

namespace ream::import {

enum class Format { kHfPapers, kPaperNotes, kBibtex, kRis, kCsv, kJsonl };

std::string_view format_name(Format f);
std::optional<Format> format_by_name(std::string_view name);
// "hf-papers, paper-notes, bibtex, ris, csv, jsonl": for messages.
std::string format_list();

// The format `text` is written in, judged from its first lines, or
// nullopt when it looks like none of them.
std::optional<Format> detect_format(std::string_view text);

}  // namespace ream::import

#endif
