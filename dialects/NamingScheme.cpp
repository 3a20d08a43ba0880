//===- NamingScheme.cpp - How a database names unnamed constraints --------===//
//
// Part of schemac. The built-in schemes. MySQL's and SQL Server's live here
// until those dialects get their homes in dialects/.
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/NamingScheme.h"

using namespace schemac;

using Scope = NamingScheme::Scope;

const NamingScheme &NamingScheme::getPostgres() {
  static const NamingScheme S = {
      /*Name=*/"postgres",       Style::Postgres,
      /*MaxLength=*/63,
      /*KeysAreIndexes=*/false,
      /*PrimaryKey=*/{"pkey"},
      /*Unique=*/{"key"},
      /*Exclusion=*/{"excl"},
      /*ForeignKey=*/{"fkey"},
      /*Check=*/{"check"},
      /*DomainCheck=*/{"check"},
      /*Index=*/{"idx"},
      /*Sequence=*/{"seq"},
  };
  return S;
}

const NamingScheme &NamingScheme::getMySQL() {
  static const NamingScheme S = {
      /*Name=*/"mysql",
      Style::Template,
      /*MaxLength=*/64,
      /*KeysAreIndexes=*/true,
      /*PrimaryKey=*/{"PRIMARY", Scope::Table},
      /*Unique=*/{"{column}", Scope::Table},
      /*Exclusion=*/{nullptr},
      /*ForeignKey=*/{"{table}_ibfk_{n}", Scope::Schema},
      /*Check=*/{"{table}_chk_{n}", Scope::Schema},
      /*DomainCheck=*/{nullptr},
      /*Index=*/{"{column}", Scope::Table},
      /*Sequence=*/{nullptr},
  };
  return S;
}

const NamingScheme &NamingScheme::getSQLServer() {
  static const NamingScheme S = {
      /*Name=*/"sqlserver",
      Style::Template,
      /*MaxLength=*/128,
      /*KeysAreIndexes=*/false,
      /*PrimaryKey=*/{"PK_{table}", Scope::Schema},
      /*Unique=*/{"UQ_{table}_{columns}", Scope::Schema},
      /*Exclusion=*/{nullptr},
      /*ForeignKey=*/{"FK_{table}_{ref_table}", Scope::Schema},
      /*Check=*/{"CK_{table}_{columns}", Scope::Schema},
      /*DomainCheck=*/{"CK_{domain}", Scope::Schema},
      /*Index=*/{"IX_{table}_{columns}", Scope::Table},
      /*Sequence=*/{nullptr},
  };
  return S;
}

const NamingScheme *NamingScheme::lookup(llvm::StringRef Name) {
  for (const NamingScheme *S : {&getPostgres(), &getMySQL(), &getSQLServer()})
    if (Name == S->Name)
      return S;
  return nullptr;
}
