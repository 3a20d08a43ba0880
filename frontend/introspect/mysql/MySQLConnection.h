//===- MySQLConnection.h - A MariaDB Connector/C session --------*- C++ -*-===//
//
// Part of schemac. The address of a MySQL/MariaDB database read from its URL
// and a thin owner of a Connector/C connection, so that nothing of the
// library leaks out of this folder and every failure becomes an llvm::Error
// naming the database by its URL without the password.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_INTROSPECT_MYSQL_MYSQLCONNECTION_H
#define SCHEMAC_FRONTEND_INTROSPECT_MYSQL_MYSQLCONNECTION_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

struct st_mysql;

namespace schemac {

class DatabaseURL;

namespace mysqlintrospect {

/// mysql://[user[:password]@][host][:port]/database[?socket=PATH]
/// (mariadb:// alike; user, password and database percent-decoded; the
/// password may also be a `password=` parameter).
struct MySQLAddress {
  std::string User, Password, Host, Database, Socket;
  bool HasPassword = false;
  unsigned Port = 0; ///< 0: the library's default (3306)

  static llvm::Expected<MySQLAddress> parse(const DatabaseURL &URL);
};

/// The rows of one query; a cell is nullopt for SQL NULL.
using MySQLRow = std::vector<std::optional<std::string>>;

class MySQLConnection {
public:
  /// Connects to \p A in utf8mb4; \p DisplayName names the database in
  /// errors ("could not connect to '<name>': ...").
  static llvm::Expected<MySQLConnection> connect(const MySQLAddress &A,
                                                 llvm::StringRef DisplayName);
  MySQLConnection(MySQLConnection &&) = default;
  ~MySQLConnection();

  /// Runs \p SQL and returns its rows; an error names the database and the
  /// server's message.
  llvm::Expected<std::vector<MySQLRow>> query(const std::string &SQL);

  /// \p Name as a backquoted identifier.
  static std::string quoteName(llvm::StringRef Name);
  /// \p Text as a string literal.
  std::string quoteString(llvm::StringRef Text);

private:
  MySQLConnection(st_mysql *C, std::string DisplayName);
  struct Deleter {
    void operator()(st_mysql *C) const;
  };
  std::unique_ptr<st_mysql, Deleter> Conn;
  std::string DisplayName;
};

} // namespace mysqlintrospect
} // namespace schemac

#endif // SCHEMAC_FRONTEND_INTROSPECT_MYSQL_MYSQLCONNECTION_H
