# schemac_add_plugin(NAME a.cpp b.cpp ...)
#
# Builds a schemac plugin: a MODULE library named NAME.so in
# ${CMAKE_BINARY_DIR}/lib that links no LLVM and no schemac library (every
# symbol resolves against the schemac executable that loads it) and compiles
# against the schemac headers through the schemac::plugin interface target.
# Used in-tree (plugins/) and by plugin authors after find_package(schemac).
function(schemac_add_plugin name)
  if(NOT ARGN)
    message(FATAL_ERROR "schemac_add_plugin(${name}): no sources")
  endif()
  add_library(${name} MODULE ${ARGN})
  target_link_libraries(${name} PRIVATE schemac::plugin)
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/lib"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
endfunction()
