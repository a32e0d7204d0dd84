#include "state_store.hh"

#include <catch2/catch.hpp>
#include <ream/plugin.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>

using namespace ream::dedupe;

TEST_CASE("fields survive the state file's JSON form") {
  Fields f;
  f.id = "x";
  f.title = "T";
  f.authors = {"A", "B"};
  f.doi = "10.1000/x";
  Fields back = fields_from_json(fields_to_json(f));
  CHECK(back.id == "x");
  CHECK(back.authors == f.authors);
  CHECK(back.doi == "10.1000/x");
}

TEST_CASE("only committed runs are remembered; a second run waits then fails") {
  // One file per process: test runs of several checkouts share /tmp.
  auto path =
      (std::filesystem::temp_directory_path() / ("ream_dedupe_state_test." + std::to_string(::getpid()) + ".sqlite"))
          .string();
  std::filesystem::remove(path);
  Fields f;
  f.id = "one";
  {
    StateStore uncommitted(path, 1);
    uncommitted.remember(f);
  }
  {
    StateStore run(path, 1);
    CHECK(run.remembered().empty());
    run.remember(f);
    CHECK_THROWS_WITH(StateStore(path, 0.1),
                      "state file '" + path + "' is in use by another run; gave up after 0.1 s (see --state-timeout)");
    run.prepare(1, 1, std::nullopt);
    run.commit();
  }
  StateStore next(path, 1);
  CHECK(next.remembered().size() == 1);
  std::filesystem::remove(path);
}

TEST_CASE("a distributed run holds the file from its first step to its last, which writes once") {
  auto path = (std::filesystem::temp_directory_path() /
               ("ream_dedupe_state_test.dist." + std::to_string(::getpid()) + ".sqlite"))
                  .string();
  std::filesystem::remove(path);
  Fields f;
  f.id = "one";
  int64_t run = 0;
  {
    StateStore begin(path, 1, "", StateUse::distributed_begin);
    run = begin.run();
    begin.lease();
  }
  {
    // A retried first step takes the same run up.
    StateStore again(path, 1, "", StateUse::distributed_begin, run);
    CHECK(again.run() == run);
    again.lease();
  }
  CHECK_THROWS_WITH(StateStore(path, 0.1),
                    Catch::StartsWith("state file '" + path + "' is in use by another run (distributed run " +
                                      std::to_string(run) + ", started "));
  {
    StateStore inspect(path, 0.1, "", StateUse::inspect);
    CHECK(inspect.runs().at(0).status == "distributed");
  }
  for (int attempt = 0; attempt < 2; ++attempt) {
    StateStore finish(path, 1, "", StateUse::distributed_finish, run);
    CHECK(finish.already_done() == (attempt == 1));
    if (finish.already_done()) break;
    finish.remember(f);
    finish.prepare(3, 1, std::nullopt);
    finish.commit();
  }
  {
    StateStore next(path, 1);
    CHECK(next.remembered().size() == 1);
  }
  CHECK_THROWS_WITH(StateStore(path, 1, "", StateUse::distributed_finish, run + 5),
                    Catch::StartsWith("state file '" + path + "' holds no run " + std::to_string(run + 5)));
  std::filesystem::remove(path);
}
