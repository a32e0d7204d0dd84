// Runs written to temporary files merge back in key order, across more
// runs than one merge takes at once.
#include "runs.hh"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ream::sort;

TEST_CASE("runs merge in key order, in several passes when there are many") {
  std::vector<File> runs;
  std::vector<std::string> all;
  for (size_t r = 0; r < kFanIn * 2 + 3; ++r) {
    RunWriter w;
    for (size_t i = 0; i < 5; ++i) {
      std::string key = std::to_string(1000 + (i * 131 + r * 7) % 997) + "/" + std::to_string(r);
      all.push_back(key);
    }
    std::sort(all.end() - 5, all.end());
    for (auto it = all.end() - 5; it != all.end(); ++it)
      w.write(*it, "{\"k\":\"" + *it + "\"}", {uint32_t(r), r * 10u}, r * 10u + 7);
    runs.push_back(w.finish());
  }
  std::vector<std::string> merged;
  merge_runs(std::move(runs), nullptr, [&](const Cursor& entry) {
    std::string_view json = entry.json();
    Origin origin = entry.origin();
    CHECK(entry.seal() == origin.line + 7);  // so does the seal
    merged.emplace_back(json.substr(6, json.size() - 8));
    CHECK(origin.line == origin.file * 10u);  // the origin travels with its record
    CHECK(merged.back().ends_with("/" + std::to_string(origin.file)));
    return true;
  });
  std::sort(all.begin(), all.end());
  CHECK(merged == all);
}

TEST_CASE("a merge stops when told to") {
  std::vector<File> runs;
  for (int r = 0; r < 3; ++r) {
    RunWriter w;
    w.write("k" + std::to_string(r), "{}");
    runs.push_back(w.finish());
  }
  int seen = 0;
  merge_runs(std::move(runs), nullptr, [&](const Cursor&) { return ++seen < 2; });
  CHECK(seen == 2);
}

// Entries written in place (the arena's bytes, sent with writev) read
// back as those written through the buffer, mixed in one run, past one
// writev's worth of pieces, and with a key apart from its JSON.
TEST_CASE("entries written in place read back as written") {
  std::vector<std::string> bytes;
  for (size_t i = 0; i < 1500; ++i)
    bytes.push_back("k" + std::to_string(100000 + i) + "{\"i\":" + std::to_string(i) + "}");
  std::string apart_key = "k2", apart_json = "{\"apart\":true}";
  RunWriter w;
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string_view b = bytes[i];
    if (i % 500 == 499)
      w.write(b.substr(0, 7), b.substr(7), {1, i}, i);
    else
      w.write_in_place(b.substr(0, 7), b.substr(7), {1, i}, i);
  }
  w.write_in_place(apart_key, apart_json, {2, 9}, 9);
  std::vector<File> runs;
  runs.push_back(w.finish());
  size_t seen = 0;
  merge_runs(std::move(runs), nullptr, [&](const Cursor& entry) {
    if (seen < bytes.size()) {
      CHECK(std::string(entry.key()) + std::string(entry.json()) == bytes[seen]);
      CHECK(entry.origin().line == seen);
      CHECK(entry.seal() == seen);
    } else {
      CHECK(entry.key() == "k2");
      CHECK(entry.json() == apart_json);
      CHECK(entry.origin().file == 2u);
    }
    ++seen;
    return true;
  });
  CHECK(seen == bytes.size() + 1);
}
