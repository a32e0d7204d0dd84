// The `jsonl` format: one JSON object per line, validated and normalised.
#ifndef REAM_IMPORT_JSONL_HH
#define REAM_IMPORT_JSONL_HH

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "format_detect.hh"
#include "paper.hh"

namespace ream::import {

// The members of one JSON object text, as (decoded key, raw value text)
// in their order, so unknown fields can be passed on byte for byte.  The
// text must already be valid JSON (Boost.JSON checks it first).
std::vector<std::pair<std::string, std::string_view>> object_members(std::string_view object_text);

void parse_jsonl(std::string_view text, PaperSink& out);
// The same for a piece of a file that starts on options.first_line.
void parse_jsonl(std::string_view text, const FormatOptions& options, PaperSink& out);
// Where a JSON Lines text may be cut (FormatSpec::split): at any line.
std::vector<size_t> split_jsonl(std::string_view text, size_t piece_bytes);

// Evidence for --format auto: a first line that is a JSON object.
Evidence detect_jsonl(const Sample& sample);

}  // namespace ream::import

#endif
