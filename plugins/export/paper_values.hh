// Field values every format reads the same way: page ranges, dates,
// arXiv ids.  Kept in one place so that the formats cannot disagree on
// what "112–129" or "2023-12" means.
#ifndef REAM_EXPORT_PAPER_VALUES_HH
#define REAM_EXPORT_PAPER_VALUES_HH

#include <string>
#include <string_view>
#include <utility>

#include "export_paper.hh"

namespace ream::exporting {

// "112–129", "112--129", "112-129" -> {"112", "129"}; "e1234" -> {"e1234", ""}.
// Any run of hyphens or Unicode dashes separates the first and last page.
std::pair<std::string, std::string> page_range(std::string_view pages);

// The year, month and day the paper carries: the ISO `date` when it
// agrees with `year` (or there is no year), else the year alone; 0 for
// what is unknown.
struct DateParts {
  int year = 0, month = 0, day = 0;
};
DateParts date_parts(const ExportPaper& p);

// The arXiv id to write ("2312.03884v1", "hep-th/9901001"): the record's
// as given without an "arXiv:" prefix, or the id inside an arxiv.org URL;
// "" when `arxiv` holds no arXiv id.
std::string arxiv_id(std::string_view arxiv);

// The extra field named `name`, or "".
std::string_view extra_value(const ExportPaper& p, std::string_view name);

}  // namespace ream::exporting

#endif
