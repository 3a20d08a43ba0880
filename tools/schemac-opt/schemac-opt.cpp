//===- schemac-opt.cpp - IR in, passes, IR out ----------------------------===//
//
// Part of schemac. The tool for testing passes and the textual IR, like
// mlir-opt:
//
//   schemac-opt IN.sir -passes=... [-o FILE]
//
// It reads textual IR (stdin when no input is given) and writes textual IR
// unless --emit says otherwise.
//
//===----------------------------------------------------------------------===//

#include "../driver/SchemacMain.h"

int main(int Argc, char **Argv) {
  static const schemac::ToolInfo Tool = {
      "schemac-opt",
      "schemac-opt: schemac IR optimizer and test driver\n\n"
      "  Reads textual IR (.sir; stdin if no input is given), verifies it, "
      "runs the -passes=\n"
      "  pipeline and writes textual IR (or --emit output).\n",
      /*DefaultEmit=*/"ir",
      /*DefaultFrom=*/"ir",
      /*DefaultStdinFrom=*/"ir",
      /*ReadStdinByDefault=*/true};
  return schemac::schemacMain(Argc, Argv, Tool);
}
