//===- schemac.cpp - The schemac driver -----------------------------------===//
//
// Part of schemac.
//
//   schemac [--from=postgres] [--target=postgres] [--emit=ddl|ir|json]
//           [-passes=...] [-o FILE] INPUT...
//
//===----------------------------------------------------------------------===//

#include "../driver/SchemacMain.h"

int main(int Argc, char **Argv) {
  static const schemac::ToolInfo Tool = {
      "schemac",
      "schemac: a compiler for database schemas\n\n"
      "  Reads schema scripts (several inputs lower into one module, in "
      "order; '-' is stdin),\n"
      "  verifies them, runs the -passes= pipeline and writes --emit output "
      "for --target.\n",
      /*DefaultEmit=*/"ddl",
      /*DefaultFrom=*/nullptr,
      /*DefaultStdinFrom=*/"postgres",
      /*ReadStdinByDefault=*/false};
  return schemac::schemacMain(Argc, Argv, Tool);
}
