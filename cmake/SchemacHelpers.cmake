# schemac_add_library(NAME SRCS a.cpp b.cpp DEPS lib1 lib2)
#
# Declares one static library per source folder so that the layering of the
# project (support <- ir <- frontend/passes/backends <- plugins <- tools) is
# visible in one place.
function(schemac_add_library name)
  cmake_parse_arguments(ARG "" "" "SRCS;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SRCS})
  target_link_libraries(${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  # Static libraries end up in the driver, which plugins resolve symbols from.
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()

# schemac_add_antlr_grammar(OUT_VAR NAMESPACE ns LEXER L.g4 PARSER P.g4)
#
# Debian's antlr4_generate() helper runs the jar without a classpath, so we
# call /usr/bin/antlr4 directly. -Werror makes warnings such as the ignored
# caseInsensitive option (ANTLR < 4.10) fail the build. The parser is then
# patched to build its ATN on first use (cmake/PatchAntlrParser.cmake).
function(schemac_add_antlr_grammar out_var)
  cmake_parse_arguments(ARG "" "NAMESPACE;LEXER;PARSER;OUTPUT_DIR" "" ${ARGN})
  get_filename_component(lexer_name ${ARG_LEXER} NAME_WE)
  get_filename_component(parser_name ${ARG_PARSER} NAME_WE)
  set(out ${ARG_OUTPUT_DIR})
  set(generated
    ${out}/${lexer_name}.cpp ${out}/${lexer_name}.h ${out}/${lexer_name}.tokens
    ${out}/${parser_name}.cpp ${out}/${parser_name}.h
    ${out}/${parser_name}Visitor.cpp ${out}/${parser_name}Visitor.h
    ${out}/${parser_name}BaseVisitor.cpp ${out}/${parser_name}BaseVisitor.h)
  add_custom_command(
    OUTPUT ${generated}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${out}
    COMMAND ${ANTLR4_TOOL} -Werror -Dlanguage=Cpp -visitor -no-listener
            -package ${ARG_NAMESPACE} -Xexact-output-dir -o ${out}
            ${ARG_LEXER} ${ARG_PARSER}
    COMMAND ${CMAKE_COMMAND} -DFILE=${out}/${parser_name}.cpp
            -DHEADER=${out}/${parser_name}.h -DCLASS=${parser_name}
            -P ${PROJECT_SOURCE_DIR}/cmake/PatchAntlrParser.cmake
    DEPENDS ${ARG_LEXER} ${ARG_PARSER}
            ${PROJECT_SOURCE_DIR}/cmake/PatchAntlrParser.cmake
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    COMMENT "Generating ANTLR parser ${parser_name}"
    VERBATIM)
  # Generated 4.7.2 code is not C++20-clean (u8 literals become char8_t).
  set_source_files_properties(${generated} PROPERTIES
    GENERATED TRUE COMPILE_OPTIONS "-fno-char8_t;-w")
  set(${out_var} ${generated} PARENT_SCOPE)
endfunction()

# schemac_directory_targets(<dir> <out_var> [TYPES <regex>])
#
# The targets defined in source directory <dir> and its subdirectories
# (which must have been added already), optionally only those whose TYPE
# matches <regex> (STATIC_LIBRARY, EXECUTABLE, ...). Lets tools and tests
# depend on "every library" or "every tool" without listing them.
function(schemac_directory_targets dir out_var)
  cmake_parse_arguments(ARG "" "TYPES" "" ${ARGN})
  get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
  get_property(subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
  set(result)
  foreach(t IN LISTS targets)
    get_target_property(type ${t} TYPE)
    if(NOT ARG_TYPES OR type MATCHES "^(${ARG_TYPES})$")
      list(APPEND result ${t})
    endif()
  endforeach()
  foreach(sub IN LISTS subdirs)
    schemac_directory_targets("${sub}" sub_targets TYPES "${ARG_TYPES}")
    list(APPEND result ${sub_targets})
  endforeach()
  set(${out_var} ${result} PARENT_SCOPE)
endfunction()
