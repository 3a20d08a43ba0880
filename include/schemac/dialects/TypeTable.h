//===- TypeTable.h - Type names of a dialect, both directions --*- C++ -*-===//
//
// Part of schemac. One table per dialect says how its built-in type names
// relate to the neutral TypeKinds (TypeKinds.def):
//
//  - reading (frontends): a name, as the lower-case words of its spelling
//    separated by one space ("character varying"), gives its kind and
//    flags;
//  - writing (backends): each kind has one canonical row, whose name says
//    where modifiers go with "()" ("timestamp() with time zone" writes
//    timestamp(3) with time zone; without "()" they go at the end).
//
// Kinds the dialect writes by name (DialectSpecific, UserDefined) are listed
// as having no spelling, so that a test can check that every kind has one
// or the other.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_DIALECTS_TYPETABLE_H
#define SCHEMAC_DIALECTS_TYPETABLE_H

#include "schemac/ir/DataType.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace schemac {

/// Flags of a type table row.
namespace typeflags {
// The flags are spelled like data in the .def tables (KEYWORD | SERIAL).
// NOLINTBEGIN(readability-identifier-naming)
enum : unsigned {
  /// The name exists only as key words ("integer", "double precision"): a
  /// quoted "integer" or a schema-qualified name is not this type.
  KEYWORD = 1u << 0,
  /// A serial pseudo-type: an integer column with an owned sequence.
  SERIAL = 1u << 1,
  /// The spelling the dialect writes for the row's kind (for SERIAL rows:
  /// for the kind when the type is serial).
  CANONICAL = 1u << 2,
  /// Only for writing; reading the name gives another row.
  WRITE_ONLY = 1u << 3,
};
// NOLINTEND(readability-identifier-naming)
} // namespace typeflags

struct TypeName {
  /// Lower case, words separated by one space; "()" marks where modifiers
  /// go when this row is written.
  const char *Name;
  TypeKind Kind;
  unsigned Flags;
};

class TypeTable {
public:
  /// How a kind is written: Name, then "(modifiers)", then Suffix.
  struct Spelling {
    llvm::StringRef Name;
    llvm::StringRef Suffix;
  };

  /// \p Rows and the strings must outlive the table.
  TypeTable(llvm::ArrayRef<TypeName> Rows,
            llvm::ArrayRef<TypeKind> WithoutSpelling);

  /// The readable row named \p Key (lower-case words, one space apart, no
  /// modifiers), or null.
  const TypeName *lookup(llvm::StringRef Key) const;

  /// The canonical spelling of \p K (of its serial pseudo-type if
  /// \p Serial), if it has one.
  std::optional<Spelling> getSpelling(TypeKind K, bool Serial = false) const;
  /// True if the table says \p K is written by name, not by spelling.
  bool hasNoSpelling(TypeKind K) const;
  /// True if \p Spelling (any case) names a serial pseudo-type.
  bool isSerialName(llvm::StringRef Spelling) const {
    if (Spelling.size() > MaxSerialName)
      return false;
    for (llvm::StringRef S : SerialNames)
      if (Spelling.equals_insensitive(S))
        return true;
    return false;
  }

  /// The name of a row for reading: without the "()" marker.
  static std::string getReadName(llvm::StringRef Name);

  llvm::ArrayRef<TypeName> rows() const { return Rows; }
  llvm::ArrayRef<TypeKind> withoutSpelling() const { return WithoutSpelling; }

private:
  llvm::ArrayRef<TypeName> Rows;
  llvm::ArrayRef<TypeKind> WithoutSpelling;
  llvm::StringMap<const TypeName *> ByName;
  struct KindSpellings {
    std::optional<Spelling> Plain, Serial;
    bool None = false;
  };
  std::vector<KindSpellings> ByKind; ///< Indexed by TypeKind.
  std::vector<llvm::StringRef> SerialNames;
  size_t MaxSerialName = 0;
};

} // namespace schemac

#endif // SCHEMAC_DIALECTS_TYPETABLE_H
