//===- Column.h - Table columns --------------------------------*- C++ -*-===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_COLUMN_H
#define SCHEMAC_IR_COLUMN_H

#include "schemac/ir/DataType.h"
#include "schemac/ir/Expr.h"
#include "schemac/ir/Sequence.h"
#include "schemac/support/OptionalBox.h"

namespace schemac {

struct Column {
  /// GENERATED ALWAYS AS (expr) STORED | VIRTUAL
  struct Generated {
    ExprPtr Expression;
    bool Virtual = false;
  };
  /// GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY [ (options) ]
  struct Identity {
    bool Always = true;
    SequenceOptions Options;
  };

  std::string Name;
  DataType Type;
  bool NotNull = false;
  bool ExplicitNull = false; ///< NULL written in the definition.
  ExprPtr Default;
  std::optional<Generated> Generation;
  OptionalBox<Identity> Ident; ///< Out of line: most columns have none.
  QualifiedName Collation;
  std::string Storage;     ///< STORAGE PLAIN|EXTERNAL|EXTENDED|MAIN
  std::string Compression; ///< COMPRESSION method
  std::optional<std::string> Comment;
  Location Loc;

  Column() = default;
  Column(Location L, std::string Name, DataType Type)
      : Name(std::move(Name)), Type(std::move(Type)), Loc(L) {}
  Column(Column &&) = default;
  Column &operator=(Column &&) = default;
  Column clone() const;
};

} // namespace schemac

#endif // SCHEMAC_IR_COLUMN_H
