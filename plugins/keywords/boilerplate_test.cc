// Boilerplate sentences found in hand-made abstracts.
#include "boilerplate.hh"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ream::keywords;

namespace {

// The text with its boilerplate sentences cut out.
std::string kept(std::string_view text) {
  BoilerplateFinder finder;
  std::vector<ByteRange> ranges;
  finder.find(text, ranges);
  std::string out;
  size_t from = 0;
  for (const ByteRange& r : ranges) {
    out += text.substr(from, r.begin - from);
    from = r.end;
  }
  out += text.substr(from);
  return out;
}

}  // namespace

TEST_CASE("copyright notices and rights lines are boilerplate") {
  CHECK(kept("Gradient noise helps. © 2021 Massachusetts Medical Society. All rights reserved.") ==
        "Gradient noise helps. ");
  CHECK(kept("Copyright © 2019 Elsevier B.V. All rights reserved. Sparse coding works.") == " Sparse coding works.");
  CHECK(kept("Sparse coding works (c) 2020 IEEE.") == "Sparse coding works ");
}

TEST_CASE("publisher, licence and funding sentences are boilerplate") {
  CHECK(kept("Topic models. Published by Elsevier Ltd. on behalf of the Society of X.") == "Topic models.");
  CHECK(kept("Topic models. This is an open access article under the CC BY license.") == "Topic models.");
  CHECK(kept("Topic models. This work was supported by the Science Foundation under Grant No. 61772.") ==
        "Topic models.");
  CHECK(kept("Topic models, etc. 2020 Neural Information Processing Systems Foundation.") == "Topic models, etc. ");
}

TEST_CASE("sentences about copyright or licensing as a topic are kept") {
  const std::string topic =
      "Copyright management in the digital age. Software licenses limit reuse. In 1997 the "
      "Garnett Foundation began a pilot.";
  CHECK(kept(topic) == topic);
}
