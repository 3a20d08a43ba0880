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

  /// The attributes that almost no column has, kept out of line (a table
  /// of a million columns holds a million of these otherwise).
  struct Details {
    std::optional<Generated> Generation;
    QualifiedName Collation;
    std::string Storage;     ///< STORAGE PLAIN|EXTERNAL|EXTENDED|MAIN
    std::string Compression; ///< COMPRESSION method
    std::optional<std::string> Comment;
    DialectAttributes Attributes; ///< MySQL's ON UPDATE, CHARACTER SET, ...
  };

  std::string Name;
  DataType Type;
  ExprPtr Default;
  OptionalBox<Identity> Ident; ///< Out of line: most columns have none.
  /// Null when every detail is empty. Read through generation(), ...,
  /// comment() (empty values when absent); write through details(), which
  /// creates them.
  OptionalBox<Details> More;
  Location Loc;
  // After Loc, in its padding.
  bool NotNull = false;
  bool ExplicitNull = false; ///< NULL written in the definition.

  const std::optional<Generated> &generation() const {
    return detail(&Details::Generation);
  }
  const QualifiedName &collation() const { return detail(&Details::Collation); }
  const std::string &storage() const { return detail(&Details::Storage); }
  const std::string &compression() const {
    return detail(&Details::Compression);
  }
  const std::optional<std::string> &comment() const {
    return detail(&Details::Comment);
  }
  const DialectAttributes &attributes() const {
    return detail(&Details::Attributes);
  }
  /// The details, to be set; creates them.
  Details &details() { return More.ensure(); }

  Column() = default;
  Column(Location L, std::string Name, DataType Type)
      : Name(std::move(Name)), Type(std::move(Type)), Loc(L) {}
  Column(Column &&) = default;
  Column &operator=(Column &&) = default;
  Column clone() const;

private:
  template <class M> const M &detail(M Details::*P) const {
    return More.member(P);
  }
};

} // namespace schemac

#endif // SCHEMAC_IR_COLUMN_H
