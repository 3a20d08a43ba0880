//===- MySQLConnection.cpp - A MariaDB Connector/C session ----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "MySQLConnection.h"

#include "schemac/frontend/introspect/DatabaseURL.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

#include <mysql.h>

using namespace schemac;
using namespace schemac::mysqlintrospect;

namespace {

llvm::Error makeError(const llvm::Twine &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg);
}

/// \p S with %XX escapes decoded; nullopt if an escape is malformed.
std::optional<std::string> percentDecode(llvm::StringRef S) {
  std::string Out;
  for (size_t I = 0; I != S.size(); ++I) {
    if (S[I] != '%') {
      Out += S[I];
      continue;
    }
    unsigned Hi, Lo;
    if (I + 2 >= S.size() || (Hi = llvm::hexDigitValue(S[I + 1])) == ~0U ||
        (Lo = llvm::hexDigitValue(S[I + 2])) == ~0U)
      return std::nullopt;
    Out += char(Hi * 16 + Lo);
    I += 2;
  }
  return Out;
}

} // namespace

llvm::Expected<MySQLAddress> MySQLAddress::parse(const DatabaseURL &URL) {
  const std::string &Shown = URL.getDisplayName();
  auto Invalid = [&](const llvm::Twine &Why) {
    return makeError("invalid database URL '" + Shown + "': " + Why +
                     "; expected '" + URL.getScheme() +
                     "://user:password@host:port/database'");
  };
  llvm::StringRef Rest =
      llvm::StringRef(URL.getText()).drop_front(URL.getScheme().size() + 1);
  if (!Rest.consume_front("//"))
    return Invalid("no '//' after the scheme");
  auto [Body, Query] = Rest.split('?');
  MySQLAddress A;
  auto Decode = [&](llvm::StringRef S, std::string &Into,
                    const char *What) -> llvm::Error {
    std::optional<std::string> D = percentDecode(S);
    if (!D)
      return Invalid(llvm::Twine("bad %-escape in the ") + What);
    Into = std::move(*D);
    return llvm::Error::success();
  };
  // The user part runs to the last '@' before the path, so that a password
  // with an unencoded '@' still works.
  auto [Authority, Path] = Body.split('/');
  size_t At = Authority.rfind('@');
  if (At != llvm::StringRef::npos) {
    auto [User, Password] = Authority.take_front(At).split(':');
    if (llvm::Error E = Decode(User, A.User, "user name"))
      return E;
    if (Authority.take_front(At).contains(':')) {
      if (llvm::Error E = Decode(Password, A.Password, "password"))
        return E;
      A.HasPassword = true;
    }
    Authority = Authority.drop_front(At + 1);
  }
  llvm::StringRef HostPort = Authority;
  if (HostPort.startswith("[")) { // [::1]:3306
    size_t Close = HostPort.find(']');
    if (Close == llvm::StringRef::npos)
      return Invalid("unclosed '[' in the host");
    A.Host = HostPort.slice(1, Close).str();
    HostPort = HostPort.drop_front(Close + 1);
    if (!HostPort.empty() && !HostPort.consume_front(":"))
      return Invalid("text after the host");
  } else {
    auto [Host, Port] = HostPort.split(':');
    A.Host = Host.str();
    HostPort = HostPort.size() == Host.size() ? "" : Port;
  }
  if (!HostPort.empty() &&
      (HostPort.getAsInteger(10, A.Port) || A.Port == 0 || A.Port > 65535))
    return Invalid("port '" + HostPort + "' is not a number in 1-65535");
  if (llvm::Error E = Decode(Path, A.Database, "database name"))
    return E;
  if (A.Database.empty())
    return Invalid("no database name");
  llvm::SmallVector<llvm::StringRef, 4> Params;
  if (!Query.empty())
    Query.split(Params, '&');
  for (llvm::StringRef P : Params) {
    auto [Key, Value] = P.split('=');
    std::string Decoded;
    if (llvm::Error E = Decode(Value, Decoded, "parameter value"))
      return E;
    if (Key == "socket" || Key == "unix_socket")
      A.Socket = Decoded;
    else if (Key == "password") {
      A.Password = Decoded;
      A.HasPassword = true;
    } else if (Key == "user")
      A.User = Decoded;
    else
      return Invalid("unknown parameter '" + Key +
                     "' (known: socket, password, user)");
  }
  return A;
}

void MySQLConnection::Deleter::operator()(st_mysql *C) const { mysql_close(C); }

MySQLConnection::MySQLConnection(st_mysql *C, std::string DisplayName)
    : Conn(C), DisplayName(std::move(DisplayName)) {}

MySQLConnection::~MySQLConnection() = default;

llvm::Expected<MySQLConnection>
MySQLConnection::connect(const MySQLAddress &A, llvm::StringRef DisplayName) {
  MYSQL *C = mysql_init(nullptr);
  if (!C)
    return makeError("could not connect to '" + DisplayName +
                     "': out of memory");
  MySQLConnection Conn(C, DisplayName.str());
  unsigned Timeout = 10;
  mysql_optionsv(C, MYSQL_OPT_CONNECT_TIMEOUT, &Timeout);
  mysql_optionsv(C, MYSQL_SET_CHARSET_NAME, "utf8mb4");
  // No option files: the URL says everything.
  auto Opt = [](const std::string &S) {
    return S.empty() ? nullptr : S.c_str();
  };
  if (!mysql_real_connect(C, Opt(A.Host), Opt(A.User),
                          A.HasPassword ? A.Password.c_str() : nullptr,
                          A.Database.c_str(), A.Port, Opt(A.Socket), 0))
    return makeError("could not connect to '" + DisplayName +
                     "': " + mysql_error(C));
  return Conn;
}

llvm::Expected<std::vector<MySQLRow>>
MySQLConnection::query(const std::string &SQL) {
  MYSQL *C = Conn.get();
  if (mysql_real_query(C, SQL.data(), SQL.size()))
    return makeError("could not read the schema of '" + DisplayName +
                     "': " + mysql_error(C) + " (in: " + SQL + ")");
  MYSQL_RES *Res = mysql_store_result(C);
  std::vector<MySQLRow> Rows;
  if (!Res) {
    if (mysql_field_count(C) != 0)
      return makeError("could not read the schema of '" + DisplayName +
                       "': " + mysql_error(C));
    return Rows;
  }
  unsigned N = mysql_num_fields(Res);
  while (MYSQL_ROW R = mysql_fetch_row(Res)) {
    unsigned long *Lengths = mysql_fetch_lengths(Res);
    MySQLRow Row(N);
    for (unsigned I = 0; I != N; ++I)
      if (R[I])
        Row[I] = std::string(R[I], Lengths[I]);
    Rows.push_back(std::move(Row));
  }
  mysql_free_result(Res);
  return Rows;
}

std::string MySQLConnection::quoteName(llvm::StringRef Name) {
  std::string Out = "`";
  for (char Ch : Name)
    Out += Ch == '`' ? std::string("``") : std::string(1, Ch);
  return Out + "`";
}

std::string MySQLConnection::quoteString(llvm::StringRef Text) {
  std::string Out(Text.size() * 2 + 3, '\0');
  Out[0] = '\'';
  unsigned long N =
      mysql_real_escape_string(Conn.get(), &Out[1], Text.data(), Text.size());
  Out.resize(N + 1);
  return Out + "'";
}
