//===- IRSyntax.h - Shared spellings of the textual and JSON IR -*- C++ -*-===//
//
// Part of schemac. Private to ir/. The printer, the parser and the JSON form
// share one set of spellings: the kind names of the .def files, one table per
// IR enum (value <-> keyword), the set of IR keywords (names equal to one are
// printed quoted) and the quoting rules of names and strings.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_IRSYNTAX_H
#define SCHEMAC_IR_IRSYNTAX_H

#include "schemac/ir/Module.h"
#include "schemac/ir/NodeFields.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>

namespace schemac {
namespace irsyntax {

/// True if \p S is a keyword of the textual IR: a kind name of a .def file,
/// an enum spelling or an attribute keyword. Names equal to a keyword are
/// printed quoted.
bool isKeyword(llvm::StringRef S);

/// True if \p S is printed bare as a name: a simple identifier
/// ([A-Za-z_][A-Za-z0-9_]*) that is not a keyword.
bool isBareName(llvm::StringRef S);

/// True if \p S is printed bare as a number: -?[0-9]+(.[0-9]+)?
bool isBareNumber(llvm::StringRef S);

/// Prints \p S as a double-quoted string with escapes (\\ \" \n \t \r and
/// \xHH for other control bytes and bytes that are not valid UTF-8).
void printString(llvm::raw_ostream &OS, llvm::StringRef S);

/// Prints \p S bare if isBareName(), else as a string.
void printName(llvm::raw_ostream &OS, llvm::StringRef S);

/// schema.name or name; each part as printName().
void printQualifiedName(llvm::raw_ostream &OS, const QualifiedName &N);

/// A modifier or literal value: a number or name bare, else a string.
void printAtom(llvm::raw_ostream &OS, llvm::StringRef S);

} // namespace irsyntax
} // namespace schemac

#endif // SCHEMAC_IR_IRSYNTAX_H
