//===- MySQLIntrospector.cpp - The schema of a live MySQL/MariaDB ---------===//
//
// Part of schemac. The server writes the statements that make its objects
// itself (SHOW CREATE ...), so the schema is those texts, put together the
// way mysqldump does: tables in name order (foreign keys may point ahead;
// the frontend, like the server with foreign_key_checks off, takes that),
// views after them in dependency order, then triggers, routines and
// events, whose bodies hold ';' and so sit between `DELIMITER ;;` lines.
// The session has the database as its default, so the server writes names
// of that database unqualified, and an empty sql_mode, so names are
// backquoted. A table's AUTO_INCREMENT= counter is the state of its data,
// not of its schema, and is left out (as `mysqldump --no-data` would be
// read by a schema diff).
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/introspect/mysql/MySQLIntrospector.h"

#include "MySQLConnection.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <map>

using namespace schemac;
using namespace schemac::mysqlintrospect;

namespace {

llvm::Error makeError(const llvm::Twine &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg);
}

/// \p Create (SHOW CREATE TABLE) without the AUTO_INCREMENT=N table option,
/// which follows the closing parenthesis of the column list.
std::string withoutCounter(llvm::StringRef Create) {
  size_t Close = Create.rfind("\n)");
  if (Close == llvm::StringRef::npos)
    return Create.str();
  std::string Out = Create.take_front(Close).str();
  llvm::StringRef Options = Create.drop_front(Close);
  while (!Options.empty()) {
    size_t At = Options.find(" AUTO_INCREMENT=");
    if (At == llvm::StringRef::npos) {
      Out += Options.str();
      break;
    }
    Out += Options.take_front(At).str();
    Options = Options.drop_front(At + strlen(" AUTO_INCREMENT="));
    Options = Options.drop_while(llvm::isDigit);
  }
  return Out;
}

/// Reads one database's objects into a script.
class SchemaReader {
public:
  SchemaReader(MySQLConnection &Conn, std::string &Out)
      : Conn(Conn), Out(Out) {}

  llvm::Error read();

private:
  /// The text in column \p Col of the one row of SHOW CREATE \p What
  /// \p Name; an error if the server does not show it (no privilege).
  llvm::Expected<std::string> showCreate(llvm::StringRef What,
                                         llvm::StringRef Name, unsigned Col);
  llvm::Error readTables();
  llvm::Error readViews();
  /// Triggers, routines, events: compound statements.
  llvm::Error readCompound(const std::string &ListSQL, llvm::StringRef What,
                           unsigned Col);
  void addCompound(llvm::StringRef Text);

  MySQLConnection &Conn;
  std::string &Out;
  std::vector<std::string> Views;
};

llvm::Expected<std::string> SchemaReader::showCreate(llvm::StringRef What,
                                                     llvm::StringRef Name,
                                                     unsigned Col) {
  std::string SQL =
      "SHOW CREATE " + What.str() + " " + MySQLConnection::quoteName(Name);
  llvm::Expected<std::vector<MySQLRow>> Rows = Conn.query(SQL);
  if (!Rows)
    return Rows.takeError();
  if (Rows->size() != 1 || Rows->front().size() <= Col || !Rows->front()[Col])
    return makeError("the server did not show the definition of " +
                     What.lower() + " '" + Name +
                     "' (the user may lack the privilege to see it)");
  return *Rows->front()[Col];
}

llvm::Error SchemaReader::readTables() {
  llvm::Expected<std::vector<MySQLRow>> Rows = Conn.query(
      "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE "
      "TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME");
  if (!Rows)
    return Rows.takeError();
  for (const MySQLRow &R : *Rows) {
    const std::string &Name = R[0].value_or("");
    llvm::StringRef Type = R[1] ? llvm::StringRef(*R[1]) : "";
    if (Type == "VIEW") {
      Views.push_back(Name);
      continue;
    }
    bool Sequence = Type == "SEQUENCE";
    llvm::Expected<std::string> Text =
        showCreate(Sequence ? "SEQUENCE" : "TABLE", Name, 1);
    if (!Text)
      return Text.takeError();
    Out += (Sequence ? *Text : withoutCounter(*Text)) + ";\n\n";
  }
  return llvm::Error::success();
}

llvm::Error SchemaReader::readViews() {
  // A view comes after the views it reads: those whose quoted name its text
  // mentions (MySQL has no cycles among views).
  std::map<std::string, std::string> Texts;
  for (const std::string &V : Views) {
    llvm::Expected<std::string> Text = showCreate("VIEW", V, 1);
    if (!Text)
      return Text.takeError();
    Texts[V] = std::move(*Text);
  }
  llvm::StringSet<> Written;
  std::function<void(const std::string &, unsigned)> Write =
      [&](const std::string &V, unsigned Depth) {
        if (Written.contains(V) || Depth > Texts.size())
          return;
        const std::string &Text = Texts[V];
        for (const auto &[Other, _] : Texts)
          if (Other != V &&
              llvm::StringRef(Text).contains(MySQLConnection::quoteName(Other)))
            Write(Other, Depth + 1);
        if (Written.insert(V).second)
          Out += Text + ";\n\n";
      };
  for (const std::string &V : Views)
    Write(V, 0);
  return llvm::Error::success();
}

void SchemaReader::addCompound(llvm::StringRef Text) {
  Out += "DELIMITER ;;\n" + Text.str() + " ;;\nDELIMITER ;\n\n";
}

llvm::Error SchemaReader::readCompound(const std::string &ListSQL,
                                       llvm::StringRef What, unsigned Col) {
  llvm::Expected<std::vector<MySQLRow>> Rows = Conn.query(ListSQL);
  if (!Rows)
    return Rows.takeError();
  for (const MySQLRow &R : *Rows) {
    // A list of routines says which kind each is.
    std::string Kind = R.size() > 1 && R[1] ? *R[1] : What.str();
    llvm::Expected<std::string> Text = showCreate(Kind, R[0].value_or(""), Col);
    if (!Text)
      return Text.takeError();
    addCompound(*Text);
  }
  return llvm::Error::success();
}

llvm::Error SchemaReader::read() {
  if (llvm::Error E = readTables())
    return E;
  if (llvm::Error E = readViews())
    return E;
  if (llvm::Error E = readCompound(
          "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE "
          "TRIGGER_SCHEMA = DATABASE() ORDER BY EVENT_OBJECT_TABLE, "
          "ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER",
          "TRIGGER", 2))
    return E;
  if (llvm::Error E = readCompound(
          "SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES "
          "WHERE ROUTINE_SCHEMA = DATABASE() ORDER BY ROUTINE_TYPE, "
          "ROUTINE_NAME",
          "PROCEDURE", 2))
    return E;
  return readCompound("SELECT EVENT_NAME FROM information_schema.EVENTS "
                      "WHERE EVENT_SCHEMA = DATABASE() ORDER BY EVENT_NAME",
                      "EVENT", 3);
}

} // namespace

llvm::Expected<IntrospectedSchema>
MySQLIntrospector::introspect(const DatabaseURL &URL) {
  llvm::Expected<MySQLAddress> Address = MySQLAddress::parse(URL);
  if (!Address)
    return Address.takeError();
  llvm::Expected<MySQLConnection> Conn =
      MySQLConnection::connect(*Address, URL.getDisplayName());
  if (!Conn)
    return Conn.takeError();
  // Backquoted names (no ANSI_QUOTES) and the server's plain spellings.
  if (llvm::Expected<std::vector<MySQLRow>> R =
          Conn->query("SET SESSION sql_mode = '', SQL_QUOTE_SHOW_CREATE = 1");
      !R)
    return R.takeError();
  llvm::Expected<std::vector<MySQLRow>> Version =
      Conn->query("SELECT VERSION(), DATABASE()");
  if (!Version)
    return Version.takeError();
  std::string ServerVersion = Version->at(0)[0].value_or("");
  bool MariaDB = llvm::StringRef(ServerVersion).contains("MariaDB");
  IntrospectedSchema Schema{"", MariaDB ? "mariadb" : "mysql", nullptr};
  Schema.Text = "-- The schema of database " +
                MySQLConnection::quoteName(Version->at(0)[1].value_or("")) +
                " on " + (MariaDB ? "MariaDB " : "MySQL ") + ServerVersion +
                ", as the server shows it.\n\n";
  SchemaReader Reader(*Conn, Schema.Text);
  if (llvm::Error E = Reader.read())
    return E;
  return Schema;
}

void schemac::registerMySQLIntrospector(IntrospectorRegistry &R) {
  R.add({"mysql",
         "a running MySQL or MariaDB database (mysql://user:password@host:"
         "port/database[?socket=PATH])",
         {"mysql", "mariadb"},
         [] { return std::make_unique<MySQLIntrospector>(); }});
}
