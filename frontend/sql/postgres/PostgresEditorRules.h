//===- PostgresEditorRules.h - PostgreSQL's choices for the editor -*- C++
//-*-===//
//
// Part of schemac. What the SchemaEditor asks the dialect, answered the way
// PostgreSQL does: the names it gives unnamed constraints, the implicit
// sequences of serial and identity columns, and the public schema every
// database has.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESEDITORRULES_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESEDITORRULES_H

#include "schemac/ir/SchemaEditor.h"

namespace schemac {
namespace pg {

class PostgresEditorRules : public EditorRules {
public:
  /// table_pkey, table_cols_key, table_cols_fkey, table[_col]_check,
  /// table_excl.
  std::string constraintName(const Object &Owner,
                             const Constraint &C) const override;
  /// table_column_seq, or the identity's SEQUENCE NAME.
  bool isImplicitSequence(const Table &T, const Column &C,
                          llvm::StringRef Name) const override;
  bool isPredefinedSchema(llvm::StringRef Name) const override {
    return Name == "public";
  }
};

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESEDITORRULES_H
