//===- PostgresEditorRules.h - PostgreSQL's choices for the editor -*- C++ -*-//
//
// Part of schemac. What the SchemaEditor asks the dialect, answered the way
// PostgreSQL does: the names it gives unnamed constraints, indexes and the
// sequences of serial and identity columns (PostgreSQL's naming scheme,
// dialects/NamingScheme.h), what a serial column stands for, and the
// schemas every database has.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESEDITORRULES_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESEDITORRULES_H

#include "schemac/ir/SchemaEditor.h"

namespace schemac {
namespace pg {

class PostgresEditorRules : public EditorRules {
public:
  std::string nameConstraint(const Table &T, const Constraint &C,
                             NameTaken Taken) const override;
  std::string nameIndex(llvm::StringRef Table, const Index &I,
                        NameTaken Taken) const override;
  std::string nameImplicitSequence(llvm::StringRef Table,
                                   llvm::StringRef Column,
                                   NameTaken Taken) const override;
  std::string nameDomainCheck(llvm::StringRef Domain,
                              NameTaken Taken) const override;
  /// CREATE SEQUENCE name AS integer OWNED BY t.c; the column gets
  /// DEFAULT nextval('name'::regclass) NOT NULL.
  std::unique_ptr<Sequence>
  makeSerialExplicit(const Table &T, Column &C,
                     const QualifiedName &Name) const override;
  /// The dialect's catalog (PostgresCatalog.def), which the verifier asks
  /// too.
  bool isPredefinedSchema(llvm::StringRef Name) const override;
  bool isSystemSchema(llvm::StringRef Name) const override;
  /// PostgreSQL keeps the default expression it stored and coerces it to
  /// the new type: a string literal stays typed as the old type, which
  /// pg_get_expr shows as 'y'::character varying (the type without its
  /// modifiers, as the literal was read; interval keeps them).
  void retypeDefault(Column &C, const DataType &Stored) const override;
  /// SELECT pg_catalog.setval('s', Value, false); as pg_dump writes the
  /// state of a sequence nothing has read since.
  std::unique_ptr<OpaqueObject> makeSequenceState(const QualifiedName &Sequence,
                                                  int64_t Value,
                                                  Location L) const override;
};

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESEDITORRULES_H
