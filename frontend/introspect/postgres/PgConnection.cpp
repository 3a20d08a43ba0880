//===- PgConnection.cpp - A libpq session for the introspector ------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PgConnection.h"

#include "llvm/ADT/SmallVector.h"

#include <libpq-fe.h>

using namespace schemac;
using namespace schemac::pgintrospect;

namespace {

/// libpq's messages end in newlines and may span lines ("connection to
/// server ... failed: FATAL:  database "x" does not exist"): one line.
std::string oneLine(llvm::StringRef Msg) {
  llvm::SmallVector<llvm::StringRef, 4> Lines;
  Msg.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  std::string Out;
  for (llvm::StringRef L : Lines) {
    L = L.trim();
    if (!L.empty())
      Out += (Out.empty() ? "" : "; ") + L.str();
  }
  return Out.empty() ? std::string("unknown error") : Out;
}

llvm::Error makeError(const llvm::Twine &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg);
}

} // namespace

PgResult::PgResult(pg_result *Res) : R(Res) {}
PgResult::~PgResult() = default;
void PgResult::Deleter::operator()(pg_result *Res) const { PQclear(Res); }

int PgResult::rows() const { return PQntuples(R.get()); }

llvm::StringRef PgResult::get(int Row, int Col) const {
  return llvm::StringRef(PQgetvalue(R.get(), Row, Col),
                         PQgetlength(R.get(), Row, Col));
}

bool PgResult::isNull(int Row, int Col) const {
  return PQgetisnull(R.get(), Row, Col);
}

unsigned PgResult::getOid(int Row, int Col) const {
  unsigned V = 0;
  (void)get(Row, Col).getAsInteger(10, V);
  return V;
}

void PgConnection::Deleter::operator()(pg_conn *C) const { PQfinish(C); }

PgConnection::PgConnection(pg_conn *C, std::string DisplayName)
    : Conn(C), DisplayName(std::move(DisplayName)) {}
PgConnection::~PgConnection() = default;

llvm::Expected<PgConnection>
PgConnection::connect(llvm::StringRef URL, llvm::StringRef DisplayName) {
  std::string Prefix = "could not connect to '" + DisplayName.str() + "': ";
  std::string URLText = URL.str();
  // A malformed URL is reported as such, before any connection attempt.
  char *ParseError = nullptr;
  if (PQconninfoOption *Opts = PQconninfoParse(URLText.c_str(), &ParseError))
    PQconninfoFree(Opts);
  else {
    std::string Msg = ParseError ? oneLine(ParseError) : "out of memory";
    PQfreemem(ParseError);
    return makeError("invalid database URL '" + DisplayName + "': " + Msg);
  }
  // The URL's own settings, then ours: later keywords win over the ones the
  // URL expands to (expand_dbname).
  const char *Keys[] = {"dbname", "client_encoding", "application_name",
                        nullptr};
  const char *Values[] = {URLText.c_str(), "UTF8", "schemac", nullptr};
  pg_conn *C = PQconnectdbParams(Keys, Values, /*expand_dbname=*/1);
  if (!C)
    return makeError(Prefix + "out of memory");
  PgConnection Conn(C, DisplayName.str());
  if (PQstatus(C) != CONNECTION_OK)
    return makeError(Prefix + oneLine(PQerrorMessage(C)));
  return Conn;
}

llvm::Expected<PgResult> PgConnection::query(const std::string &SQL) {
  pg_result *Res = PQexec(Conn.get(), SQL.c_str());
  PgResult R(Res);
  ExecStatusType S = PQresultStatus(Res);
  if (S != PGRES_TUPLES_OK && S != PGRES_COMMAND_OK)
    return makeError("could not read the schema of '" + DisplayName +
                     "': " + oneLine(PQerrorMessage(Conn.get())));
  return R;
}

llvm::Error
PgConnection::forEachRow(const std::string &SQL,
                         llvm::function_ref<void(const PgRow &)> F) {
  llvm::Expected<PgResult> R = query(SQL);
  if (!R)
    return R.takeError();
  for (int I = 0; I != R->rows(); ++I)
    F(PgRow(*R, I));
  return llvm::Error::success();
}
