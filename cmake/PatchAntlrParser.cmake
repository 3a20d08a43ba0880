# cmake -DFILE=<Parser.cpp> -DHEADER=<Parser.h> -DCLASS=<ParserClass>
#       -P PatchAntlrParser.cmake
#
# Edits the C++ parser that ANTLR 4.7.2 generates so that its start costs
# nothing until a statement needs it (docs/Parsing.md, Step 4):
#
#  - the static object that deserializes the grammar's ATN before main (16 M
#    instructions) is removed; the parser's constructor makes it, once, as a
#    function-local static (thread-safe), so a file that the hand-written
#    fast path takes whole never builds the ATN;
#  - the deserializer does not verify the ATN (6 M instructions of checks on
#    data the tool generated, the same at every run);
#  - the class gets a static staticVocabulary(), so that the token names can
#    be had without making a parser (which would now build the ATN).
#
# Each edit must match exactly once: a different ANTLR version fails the
# build here instead of silently keeping the eager start.

function(patch_once old new)
  string(FIND "${Text}" "${old}" First)
  string(FIND "${Text}" "${old}" Last REVERSE)
  if(First EQUAL -1 OR NOT First EQUAL Last)
    message(FATAL_ERROR "PatchAntlrParser: '${old}' is not in ${FILE} exactly once")
  endif()
  string(REPLACE "${old}" "${new}" Text "${Text}")
  set(Text "${Text}" PARENT_SCOPE)
endfunction()

file(READ "${FILE}" Text)
patch_once("${CLASS}::Initializer ${CLASS}::_init;"
           "// The Initializer runs on the first construction (PatchAntlrParser.cmake).")
# The constructor, whatever the grammar's superClass is called.
string(REGEX MATCH "${CLASS}::${CLASS}\\(TokenStream \\*input\\) : [A-Za-z_:]+\\(input\\) {\n"
       Constructor "${Text}")
if(Constructor STREQUAL "")
  message(FATAL_ERROR "PatchAntlrParser: no constructor of ${CLASS} in ${FILE}")
endif()
patch_once("${Constructor}" "${Constructor}  static Initializer LazyInit;\n")
patch_once("  atn::ATNDeserializer deserializer;\n"
           "  atn::ATNDeserializationOptions deserializerOptions;\n  deserializerOptions.setVerifyATN(false);\n  atn::ATNDeserializer deserializer(deserializerOptions);\n")

file(WRITE "${FILE}" "${Text}")

file(READ "${HEADER}" Text)
patch_once("  virtual antlr4::dfa::Vocabulary& getVocabulary() const override;\n"
           "  virtual antlr4::dfa::Vocabulary& getVocabulary() const override;\n  static const antlr4::dfa::Vocabulary &staticVocabulary() { return _vocabulary; }\n")
file(WRITE "${HEADER}" "${Text}")
