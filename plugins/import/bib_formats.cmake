# BibTeX and RIS readers for `ream import`, included by this folder's
# CMakeLists.txt.  A static library of pure parsers (text in, Paper and
# Issue out) so that the unit tests and fuzzers need no host.
add_library(ream_import_bib STATIC
  ${CMAKE_CURRENT_LIST_DIR}/bibtex.cc
  ${CMAKE_CURRENT_LIST_DIR}/bibtex_arxiv.cc
  ${CMAKE_CURRENT_LIST_DIR}/bibtex_fields.cc
  ${CMAKE_CURRENT_LIST_DIR}/bibtex_grammar.cc
  ${CMAKE_CURRENT_LIST_DIR}/ris.cc
  ${CMAKE_CURRENT_LIST_DIR}/tex_unicode.cc)
target_include_directories(ream_import_bib PUBLIC ${CMAKE_CURRENT_LIST_DIR})
# Spirit X3 is header-only: Boost::headers is all it takes.
target_link_libraries(ream_import_bib PUBLIC ReamSDK::text PRIVATE Boost::headers ICU::uc PkgConfig::RE2)

ream_add_unit_test(import_bib_test
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/bibtex_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/bibtex_errors_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/bibtex_fields_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/ris_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/tex_unicode_test.cc
  LIBS ream_import_bib)

ream_add_fuzzer(fuzz_bibtex SOURCES ${CMAKE_CURRENT_LIST_DIR}/bibtex_fuzz.cc LIBS ream_import_bib)
ream_add_fuzzer(fuzz_ris SOURCES ${CMAKE_CURRENT_LIST_DIR}/ris_fuzz.cc LIBS ream_import_bib)
