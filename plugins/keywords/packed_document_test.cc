// The packed form gives back the analysed document slot for slot, and a
// document ranked from its packed form against a shared table gets the
// keyphrases it gets when analysed there (the counting pass's promise).
#include "packed_document.hh"

#include "extractor.hh"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

using namespace ream::keywords;

namespace {

const std::string kTitle = "Réseaux de neurones: Sparse Coding for GPU-based Image Denoising";
const std::string kAbstract =
    "We propose sparse coding with learned dictionaries, 12 of them. Image denoising results show that sparse "
    "coding removes Gaussian noise; the SBC method (see 3.2) is faster.\nCopyright © 2020 Elsevier B.V.";

bool same_slot(const Slot& a, const Slot& b) {
  return a.node == b.node && a.position == b.position && a.begin == b.begin && a.end == b.end && a.field == b.field &&
         a.word_class == b.word_class && a.boundary == b.boundary && a.pos == b.pos && a.s_form == b.s_form &&
         a.shape.first_upper == b.shape.first_upper && a.shape.other_upper == b.shape.other_upper &&
         a.verb_like == b.verb_like && a.after_function_word == b.after_function_word;
}

}  // namespace

TEST_CASE("a packed document comes back slot for slot") {
  Extractor ex(Stoplist::builtin());
  Field fields[] = {{kTitle, true}, {kAbstract, false}, {"", false}, {"Third field", false}};
  ex.analyse(fields);
  const Document& doc = ex.document();
  REQUIRE(doc.slots.size() > 30);
  std::string packed;
  pack_document(doc, packed);
  append_packed_terms(packed, doc.node_terms);
  CHECK(packed.size() < doc.slots.size() * 8 + doc.node_terms.size() * 2 + 16);

  Document back;
  back.slots.resize(3 * doc.slots.size());  // longer than needed: every slot kept is overwritten
  unpack_document(packed, back);
  REQUIRE(back.slots.size() == doc.slots.size());
  for (size_t i = 0; i < doc.slots.size(); ++i) CHECK(same_slot(back.slots[i], doc.slots[i]));
  CHECK(back.node_terms == doc.node_terms);
  CHECK(back.words == doc.words);
}

TEST_CASE("a short or padded form is refused") {
  Extractor ex(Stoplist::builtin());
  Field fields[] = {{kTitle, true}, {kAbstract, false}};
  ex.analyse(fields);
  std::string packed;
  pack_document(ex.document(), packed);
  append_packed_terms(packed, ex.document().node_terms);
  Document back;
  CHECK_THROWS_AS(unpack_document(std::string_view(packed).substr(0, packed.size() - 1), back), std::invalid_argument);
  CHECK_THROWS_AS(unpack_document(packed + "x", back), std::invalid_argument);
  CHECK_THROWS_AS(unpack_document("", back), std::invalid_argument);
}

TEST_CASE("ranked from its packed form against a shared table, a document keeps its keyphrases") {
  // The shared table counts two documents through its own term ids, as the
  // counting pass does with a worker's terms.
  Extractor counter(Stoplist::builtin());
  TermTable shared_terms;
  DocumentFrequency shared(shared_terms);
  Field first[] = {{kTitle, true}, {kAbstract, false}};
  Field second[] = {{"Dictionary learning", true}, {"Learned dictionaries remove noise from images.", false}};
  std::string packed;
  for (auto* fields : {&first, &second}) {
    counter.analyse(*fields);
    std::vector<uint32_t> terms(counter.document_terms().begin(), counter.document_terms().end());
    std::vector<uint32_t> ids;
    shared.add_document(counter.terms(), terms, ids);
    if (fields == &first) {
      pack_document(counter.document(), packed);
      append_packed_terms(packed, terms);
    }
  }
  // Analysed afresh by another extractor, whose term ids differ.
  Extractor fresh(Stoplist::builtin());
  Field other[] = {{"Unrelated words first", true}, {"so that the term ids differ", false}};
  fresh.analyse(other);
  fresh.analyse(first);
  std::vector<Keyphrase> analysed = fresh.extract(shared, 8);
  // Loaded from the packed form by a third.
  Extractor loader(Stoplist::builtin());
  loader.load(first, packed, shared_terms);
  std::vector<Keyphrase> loaded = loader.extract(shared, 8);
  REQUIRE(analysed.size() == loaded.size());
  REQUIRE(!loaded.empty());
  for (size_t i = 0; i < loaded.size(); ++i) {
    CHECK(loaded[i].phrase == analysed[i].phrase);
    CHECK(loaded[i].score == analysed[i].score);
  }
}
