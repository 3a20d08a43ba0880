//===- SQLCmd.h - sqlcmd's directives and scripting variables --*- C++ -*-===//
//
// Part of schemac. Scripts written for sqlcmd (and SSMS in SQLCMD mode) hold
// lines for the client rather than the server: `:setvar name "value"`
// defines a scripting variable, `$(name)` anywhere in the text after it is
// replaced by its value, `:on error exit|ignore` says what the client does
// on an error. The frontend does what sqlcmd does before sending a batch:
// a script with such lines is rewritten into the text the server sees
// (directive lines blanked, so that lines keep their numbers; variables
// replaced), which is then read as usual. Other directives (`:r file`,
// `:connect`, `:out`, `!!`) are not run: a warning says so and the line is
// ignored. A script without directive lines is left alone: `$(` in it is
// text, as it is to the server.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_SQLSERVER_SQLCMD_H
#define SCHEMAC_FRONTEND_SQL_SQLSERVER_SQLCMD_H

#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace schemac {
namespace sqlserver {

/// The text sqlcmd sends to the server for script \p Buffer (file \p File,
/// for the diagnostics appended to \p Diags), or nothing if the script has
/// no sqlcmd directive line.
std::optional<std::string> runSQLCmd(llvm::StringRef Buffer, uint32_t File,
                                     std::vector<Diagnostic> &Diags);

} // namespace sqlserver
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_SQLSERVER_SQLCMD_H
