# ream_add_plugin(NAME SOURCES src... [OUTPUT_DIRECTORY dir] [NO_INSTALL])
#
# Builds a ream stage plugin as a loadable module named NAME.so, with
# hidden visibility so that only ream_plugin_entry is exported.  The same
# function serves the built-in plugins and third-party ones (through
# find_package(ReamSDK)), so both are built exactly alike.
function(ream_add_plugin name)
  cmake_parse_arguments(ARG "NO_INSTALL" "OUTPUT_DIRECTORY" "SOURCES" ${ARGN})
  set(target ream_plugin_${name})
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE ReamSDK::sdk)
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    OUTPUT_NAME ${name}
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    INSTALL_RPATH "$ORIGIN/../..")
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  elseif(DEFINED REAM_PLUGIN_OUTPUT_DIR)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${REAM_PLUGIN_OUTPUT_DIR})
  endif()
  if(ARG_NO_INSTALL)
    return()
  endif()
  if(DEFINED REAM_PLUGIN_SUBDIR)
    install(TARGETS ${target} LIBRARY DESTINATION ${REAM_PLUGIN_SUBDIR})
  else()
    install(TARGETS ${target} LIBRARY DESTINATION lib/ream/plugins)
  endif()
endfunction()
