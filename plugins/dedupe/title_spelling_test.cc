#include "title_spelling.hh"

#include <catch2/catch.hpp>
#include <ream/text.hpp>

#include "title_key.hh"

using namespace ream::dedupe;

namespace {

std::string spelled(std::string_view title) {
  std::string key = ream::text::title_key(without_markup(title));
  american_spelling(key);
  return key;
}

}  // namespace

TEST_CASE("markup and character references are not words") {
  CHECK(without_markup("CO<sub>2</sub> reactivity") == "CO2 reactivity");
  CHECK(without_markup("Effects of <i>in vivo</i> <SUP>11</SUP>C") == "Effects of in vivo 11C");
  CHECK(without_markup("Stroke<br/>care") == "Stroke care");
  CHECK(without_markup("Stroke &amp; AF") == "Stroke  and  AF");
  CHECK(without_markup("IL-1&#946; and TNF-&#x3B1;") == "IL-1\xCE\xB2 and TNF-\xCE\xB1");
  CHECK(without_markup("TGF-&beta;1") ==
        "TGF-\xCE\xB2"
        "1");
  CHECK(without_markup("Outcome at p < 0.05 and x<y") == "Outcome at p < 0.05 and x<y");
  CHECK(without_markup("R&D &unknown; &#0;") == "R and D  and unknown;  and #0;");
  CHECK(without_markup("plain title") == "plain title");
}

TEST_CASE("Greek letters, written or spelled out, glued or not, read alike") {
  CHECK(spelled("Role of IL-1\xCE\xB2 in ischemia") == "role of il 1 beta in ischemia");
  CHECK(spelled("Role of IL-1beta in ischemia") == "role of il 1 beta in ischemia");
  CHECK(spelled("Role of IL-1 beta in ischemia") == "role of il 1 beta in ischemia");
  CHECK(spelled("NF-\xCE\xBA"
                "B signalling") == spelled("NF-kappaB signaling"));
  CHECK(spelled("TGF-&beta;1 levels") == spelled("TGF-beta 1 levels"));
  CHECK(spelled("COVID19 outcomes") == spelled("COVID-19 outcomes"));
}

TEST_CASE("British spellings read as American") {
  CHECK(spelled("Anaemia in haemodialysis patients") == spelled("Anemia in hemodialysis patients"));
  CHECK(spelled("Ischaemic stroke in paediatric care") == spelled("Ischemic stroke in pediatric care"));
  CHECK(spelled("Oedema, oesophageal and foetal diarrhoea in coeliac disease") ==
        spelled("Edema, esophageal and fetal diarrhea in celiac disease"));
  CHECK(spelled("A randomised trial of tumour behaviour") == spelled("A randomized trial of tumor behavior"));
  CHECK(spelled("Organisation of stroke centres") == spelled("Organization of stroke centers"));
  CHECK(spelled("Fibre intake, catalogue analogues, ageing") == spelled("Fiber intake, catalog analogs, aging"));
  CHECK(spelled("Modelling labelled signalling") == spelled("Modeling labeled signaling"));
  CHECK(spelled("Sulphate analysed in the grey programme") == spelled("Sulfate analyzed in the gray program"));
}

TEST_CASE("ordinary words keep their spelling") {
  CHECK(spelled("Does the journal course of four hours") == "does the journal course of four hours");
  CHECK(spelled("A poem on the coefficient") == "a poem on the coefficient");
  CHECK(spelled("Learning boolean formulae: sequelae") == "learning boolean formulae sequelae");
}

TEST_CASE("analyse_title reads spelling variants as one title but counts words as written") {
  CHECK(analyse_title("Anaemia in haemodialysis patients").key == analyse_title("Anemia in hemodialysis patients").key);
  CHECK(analyse_title("CO<sub>2</sub> reactivity").key == analyse_title("CO2 reactivity").key);
  // Two words as written: still a title too short to decide alone.
  CHECK(analyse_title("H1N1 vaccination").generic);
}
