#include "feature_blob.hh"

#include <catch2/catch.hpp>

#include "pair_score.hh"

using namespace ream::dedupe;

namespace {
std::vector<Fields> samples() {
  std::vector<Fields> out(5);
  out[0].id = "a";
  out[0].title = "Part II: Learning to rank, a survey (Erratum)";
  out[0].authors = {"Le Quintrec, M. and Schapire, R. E. and others"};
  out[0].year = "2011";
  out[0].venue = "Proceedings of the 28th International Conference on Machine Learning";
  out[0].pages = "pp. 322-331.";
  out[0].volume = "12";
  out[0].issue = "3";
  out[0].abstract = "We study ranking with pairwise preferences and show bounds.";
  out[0].doi = "10.1000/XYZ";
  out[1].id = "b";
  out[1].title = "The strength of weak learnability. Machine Learning 5 197-227.";  // a venue swallowed
  out[1].arxiv = "1501.00001v2";
  out[2].id = "c";  // nothing else
  out[3].id = "d";
  out[3].title = "Learning to rank: a survey";
  out[3].authors = {"M. Le Quintrec", "R. Schapire"};
  out[3].year = "2011";
  out[4].id = "é\t\"quoted\"";
  out[4].title = "FOCUS 2 study B";
  return out;
}
}  // namespace

TEST_CASE("a decoded blob compares exactly as the features it was made from") {
  auto fields = samples();
  std::vector<Features> original;
  std::vector<Features> decoded;
  for (const auto& f : fields) original.push_back(extract_features(f));
  for (size_t i = 0; i < original.size(); ++i) {
    std::string blob = encode_blob(original[i], 0.25f * static_cast<float>(i));
    RecordBlob back = decode_blob(blob);
    CHECK(back.quality == 0.25f * static_cast<float>(i));
    CHECK(encode_blob(back.features, back.quality) == blob);
    CHECK(blob.find_first_of("\"\\\n\t") == std::string::npos);
    decoded.push_back(std::move(back.features));
  }
  REQUIRE(original[1].swallowed);
  CHECK(decoded[1].swallowed);
  for (size_t i = 0; i < original.size(); ++i) {
    for (size_t j = 0; j < original.size(); ++j) {
      Evidence a = score_pair(original[i], original[j]);
      Evidence b = score_pair(decoded[i], decoded[j]);
      CHECK(a.decision == b.decision);
      CHECK(a.rule == b.rule);
      CHECK(a.fields.title == b.fields.title);
      CHECK(a.fields.authors == b.fields.authors);
      CHECK(a.vetoes.fired == b.vetoes.fired);
    }
  }
}

TEST_CASE("a blob of another version or a damaged one is refused with the reason") {
  Features f = extract_features(samples()[0]);
  std::string blob = encode_blob(f, 1);
  CHECK_THROWS_WITH(decode_blob("AQAA"),
                    "feature blob of version 1, this ream reads version 2: run every step with the same ream");
  CHECK_THROWS_WITH(decode_blob(blob.substr(0, 2)), "feature blob ends early");
  CHECK_THROWS_WITH(decode_blob("not base64!"), "feature blob is not base64");
  CHECK_THROWS_WITH(decode_blob(blob + "AAAA"), "feature blob has bytes after its end");
}

TEST_CASE("the version check reads a blob's first characters only") {
  std::string blob = encode_blob(extract_features(samples()[0]), 1);
  CHECK_NOTHROW(check_blob_version(blob));
  CHECK_NOTHROW(check_blob_version(blob.substr(0, 2)));  // the rest is decode_blob's to judge
  CHECK_THROWS_WITH(check_blob_version("AQAA" + blob),
                    "feature blob of version 1, this ream reads version 2: run every step with the same ream");
  CHECK_THROWS_WITH(check_blob_version(""), "feature blob ends early");
  CHECK_THROWS_WITH(check_blob_version("!!AA"), "feature blob is not base64");
}

TEST_CASE("a blob's first characters give the record's identifier prints") {
  for (const Fields& fields : samples()) {
    Features f = extract_features(fields);
    std::string blob = encode_blob(f, 1);
    IdPrint want = id_print(f), got = blob_id_print(blob);
    CHECK(got.arxiv == want.arxiv);
    CHECK(got.doi == want.doi);
    CHECK(blob_id_print(blob.substr(0, 12)).doi == want.doi);  // the rest is decode_blob's to judge
  }
  CHECK_THROWS_WITH(blob_id_print("AQAA"),
                    "feature blob of version 1, this ream reads version 2: run every step with the same ream");
  CHECK_THROWS_WITH(blob_id_print("AgAA"), "feature blob ends early");
  CHECK_THROWS_WITH(blob_id_print("!!AA"), "feature blob is not base64");
}
