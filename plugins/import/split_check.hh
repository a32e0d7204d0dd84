// Reading a text whole and in pieces, for split_test and split_fuzz.
//
// A format is read in pieces the ways the stage does it: a table row's
// `split` cuts, each piece parsed with its first line; or the parser's
// own pieces (hf-papers, BibTeX) through FormatOptions::parallel, here
// run one piece after the other in reverse order, so that nothing may
// depend on the order pieces are done in.
#ifndef REAM_IMPORT_SPLIT_CHECK_HH
#define REAM_IMPORT_SPLIT_CHECK_HH

#include <string>
#include <string_view>
#include <vector>

#include "format_detect.hh"
#include "line_cuts.hh"
#include "test_sink.hh"

namespace ream::import {

inline std::vector<std::string> read_whole(const FormatSpec& format, std::string_view text) {
  LoggingSink sink;
  format.parse(text, FormatOptions{}, sink);
  return sink.log;
}

// The log of `text` read in pieces of about `piece_bytes`; `pieces` is
// set to how many a row's split cut (1 for a parser's own pieces).
inline std::vector<std::string> read_in_pieces(const FormatSpec& format, std::string_view text, size_t piece_bytes,
                                               size_t* pieces = nullptr) {
  LoggingSink sink;
  if (!format.split) {
    FormatOptions options;
    options.piece_bytes = piece_bytes;
    options.parallel = [](size_t count, const std::function<void(size_t, size_t)>& body) {
      for (size_t i = count; i-- > 0;) body(i, i + 1);
    };
    format.parse(text, options, sink);
    if (pieces) *pieces = 1;
    return sink.log;
  }
  std::vector<size_t> cuts = format.split(text, piece_bytes);
  cuts.insert(cuts.begin(), 0);
  cuts.push_back(text.size());
  if (pieces) *pieces = cuts.size() - 1;
  uint64_t line = 1;
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    FormatOptions options;
    options.first_line = line;
    std::string_view piece = text.substr(cuts[i], cuts[i + 1] - cuts[i]);
    format.parse(piece, options, sink);
    line += count_newlines(piece);
  }
  return sink.log;
}

}  // namespace ream::import

#endif
