//===- SchemaChange.cpp - One change to a schema --------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/SchemaChange.h"

using namespace schemac;

llvm::StringRef schemac::getTargetKindName(TargetKind K) {
  switch (K) {
#define SCHEMAC_TARGET_KIND(Kind, Noun)                                        \
  case TargetKind::Kind:                                                       \
    return Noun;
#include "schemac/ir/SchemaChangeKinds.def"
  }
  return "";
}

llvm::StringRef AlterAction::getKindName() const {
  switch (K) {
#define SCHEMAC_ALTER_ACTION(Name, IRName)                                     \
  case Kind::Name:                                                             \
    return IRName;
#include "schemac/ir/SchemaChangeKinds.def"
  }
  return "";
}

SchemaChange::~SchemaChange() = default;

llvm::StringRef SchemaChange::getKindName() const {
  switch (K) {
#define SCHEMAC_CHANGE(Class, IRName)                                          \
  case Kind::Class:                                                            \
    return IRName;
#include "schemac/ir/SchemaChangeKinds.def"
  }
  return "";
}
