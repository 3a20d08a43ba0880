//===- PgConnection.h - A libpq session for the introspector ---*- C++ -*-===//
//
// Part of schemac. A thin owner of a libpq connection and its results, so
// that nothing of libpq leaks out of this folder and every failure becomes
// an llvm::Error that names the database by its URL without the password.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_INTROSPECT_POSTGRES_PGCONNECTION_H
#define SCHEMAC_FRONTEND_INTROSPECT_POSTGRES_PGCONNECTION_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <string>

struct pg_conn;
struct pg_result;

namespace schemac {
namespace pgintrospect {

/// The rows of one query; cells are text (NULL reads as "").
class PgResult {
public:
  explicit PgResult(pg_result *R);
  ~PgResult();
  PgResult(PgResult &&) = default;

  int rows() const;
  llvm::StringRef get(int Row, int Col) const;
  bool isNull(int Row, int Col) const;
  /// "t" is true, anything else false.
  bool getBool(int Row, int Col) const { return get(Row, Col) == "t"; }
  unsigned getOid(int Row, int Col) const;

private:
  struct Deleter {
    void operator()(pg_result *R) const;
  };
  std::unique_ptr<pg_result, Deleter> R;
};

/// One row of a PgResult.
class PgRow {
public:
  PgRow(const PgResult &R, int Row) : R(R), Row(Row) {}
  llvm::StringRef get(int Col) const { return R.get(Row, Col); }
  bool isNull(int Col) const { return R.isNull(Row, Col); }
  bool getBool(int Col) const { return R.getBool(Row, Col); }
  unsigned getOid(int Col) const { return R.getOid(Row, Col); }

private:
  const PgResult &R;
  int Row;
};

class PgConnection {
public:
  /// Connects to \p URL (a libpq connection URI) in UTF-8; \p DisplayName
  /// names it in errors ("could not connect to '<name>': ...").
  static llvm::Expected<PgConnection> connect(llvm::StringRef URL,
                                              llvm::StringRef DisplayName);
  PgConnection(PgConnection &&) = default;
  ~PgConnection();

  /// Runs \p SQL; an error names the database and the server's message.
  llvm::Expected<PgResult> query(const std::string &SQL);
  /// Runs \p SQL and calls \p F with each row.
  llvm::Error forEachRow(const std::string &SQL,
                         llvm::function_ref<void(const PgRow &)> F);

private:
  PgConnection(pg_conn *C, std::string DisplayName);
  struct Deleter {
    void operator()(pg_conn *C) const;
  };
  std::unique_ptr<pg_conn, Deleter> Conn;
  std::string DisplayName;
};

} // namespace pgintrospect
} // namespace schemac

#endif // SCHEMAC_FRONTEND_INTROSPECT_POSTGRES_PGCONNECTION_H
