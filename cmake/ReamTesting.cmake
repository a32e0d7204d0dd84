# ream_add_unit_test(NAME SOURCES a_test.cc... [LIBS lib...])
#
# A Catch2 test executable registered with ctest.  Tests live beside the
# code they test (foo.cc, foo_test.cc); this function is how a folder
# turns its *_test.cc files into one test program.
function(ream_add_unit_test name)
  if(NOT REAM_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ream_catch_main ${ARG_LIBS})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
  add_test(NAME unit.${name} COMMAND ${name})
endfunction()

# ream_add_fuzzer(NAME SOURCES a_fuzz.cc... [LIBS lib...])
#
# A libFuzzer target, built only with -DREAM_FUZZ=ON and clang.  Fuzz
# sources live beside the parser they exercise (bibtex_fuzz.cc).  CI runs
# each one for a bounded time (see .ci/run); any crash, hang or sanitizer
# report fails the run.
function(ream_add_fuzzer name)
  if(NOT REAM_FUZZ)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS})
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/fuzz)
endfunction()
