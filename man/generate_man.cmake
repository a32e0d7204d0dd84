# Fill in a man page template: @OPTIONS@ becomes the OPTIONS section that
# `ream __roff-options STAGE` generates from the stage's option schema, so
# the man page and --help never drift apart.
#   cmake -DREAM=... -DSTAGE=... -DIN=... -DOUT=... -DVERSION=... -P generate_man.cmake
if(STAGE STREQUAL "-")
  set(args __roff-options)
else()
  set(args __roff-options ${STAGE})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env REAM_PLUGIN_PATH= HOME=/nonexistent ${REAM} ${args}
  OUTPUT_VARIABLE options RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "ream ${args} failed (${status}): ${errors}")
endif()
file(READ ${IN} page)
string(REPLACE "@OPTIONS@\n" "${options}" page "${page}")
string(REPLACE "@PROJECT_VERSION@" "${VERSION}" page "${page}")
file(WRITE ${OUT} "${page}")
