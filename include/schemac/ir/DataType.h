//===- DataType.h - Dialect-neutral column types ---------------*- C++ -*-===//
//
// Part of schemac. A DataType is a neutral kind plus modifiers (length,
// precision/scale, ...), array dimensions, and the spelling the source used
// ("character varying(45)"). Backends for the source dialect print the
// spelling; other dialects map the kind. A pass that changes a type clears
// the spelling.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_DATATYPE_H
#define SCHEMAC_IR_DATATYPE_H

#include "schemac/ir/QualifiedName.h"
#include "schemac/support/InternedString.h"

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace schemac {

enum class TypeKind : uint8_t {
#define SCHEMAC_TYPE(Kind, IRName) Kind,
#include "schemac/ir/TypeKinds.def"
};

llvm::StringRef getTypeKindName(TypeKind K);

/// The boolean a string literal means as a boolean (PostgreSQL's boolin:
/// t, true, y, yes, on, 1 and f, false, n, no, off, 0, unique prefixes, any
/// case, surrounding whitespace), or none if it is not one.
std::optional<bool> readBooleanText(llvm::StringRef S);
std::optional<TypeKind> parseTypeKindName(llvm::StringRef Name);

/// A type's name, possibly schema-qualified: a QualifiedName whose parts are
/// interned (a column's type costs 16 bytes rather than 64 for it).
struct InternedName {
  InternedString Schema; ///< Empty if unqualified.
  InternedString Name;

  InternedName() = default;
  InternedName(const QualifiedName &N) : Schema(N.Schema), Name(N.Name) {}
  operator QualifiedName() const {
    return QualifiedName(Schema.str(), Name.str());
  }

  bool empty() const { return Name.empty(); }
  bool isQualified() const { return !Schema.empty(); }
  std::string str() const {
    return Schema.empty() ? Name.str() : Schema.str() + "." + Name.str();
  }

  friend bool operator==(const InternedName &A, const InternedName &B) {
    return A.Schema == B.Schema && A.Name == B.Name;
  }
  friend bool operator==(const InternedName &A, const QualifiedName &B) {
    return A.Schema == B.Schema && A.Name == B.Name;
  }
};

struct DataType {
  TypeKind Kind = TypeKind::Unknown;
  /// PostgreSQL serial/bigserial/smallserial: an integer column with an
  /// owned sequence and a nextval() default.
  bool Serial = false;
  /// Number of array dimensions (text[] has 1).
  unsigned ArrayDims = 0;
  /// For DialectSpecific and UserDefined: the type's name.
  InternedName Name;
  /// Type modifiers as written, e.g. {"45"} for varchar(45), {"5", "2"} for
  /// numeric(5,2), {"Point", "4326"} for geometry(Point,4326).
  InternedStringList Modifiers;
  /// The source text of the type, whitespace-normalized; empty if
  /// synthesized. Interned: most columns share a few spellings.
  InternedString Spelling;

  DataType() = default;
  explicit DataType(TypeKind K) : Kind(K) {}

  bool isArray() const { return ArrayDims != 0; }
  bool isIntegral() const {
    return Kind == TypeKind::SmallInt || Kind == TypeKind::Integer ||
           Kind == TypeKind::BigInt;
  }
  bool isNumeric() const {
    return isIntegral() || Kind == TypeKind::Decimal ||
           Kind == TypeKind::Real || Kind == TypeKind::Double ||
           Kind == TypeKind::Money;
  }
  bool isString() const {
    return Kind == TypeKind::Char || Kind == TypeKind::Varchar ||
           Kind == TypeKind::Text;
  }
  bool isTemporal() const {
    return Kind == TypeKind::Date || Kind == TypeKind::Time ||
           Kind == TypeKind::TimeTz || Kind == TypeKind::Timestamp ||
           Kind == TypeKind::TimestampTz || Kind == TypeKind::Interval;
  }

  friend bool operator==(const DataType &A, const DataType &B) {
    return A.Kind == B.Kind && A.Name == B.Name && A.Modifiers == B.Modifiers &&
           A.ArrayDims == B.ArrayDims && A.Serial == B.Serial &&
           A.Spelling == B.Spelling;
  }
  friend bool operator!=(const DataType &A, const DataType &B) {
    return !(A == B);
  }
};

} // namespace schemac

#endif // SCHEMAC_IR_DATATYPE_H
