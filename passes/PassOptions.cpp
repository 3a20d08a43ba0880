//===- PassOptions.cpp - Options of one pass in a pipeline ----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/PassOptions.h"

#include "llvm/ADT/StringExtras.h"

#include <cassert>

using namespace schemac;

PassOptions::Option &PassOptions::add(llvm::StringRef Name, Type Ty,
                                      std::string Default,
                                      llvm::StringRef Description) {
  assert(!find(Name) && "option declared twice");
  Option O;
  O.Name = Name.str();
  O.Description = Description.str();
  O.Ty = Ty;
  O.Default = Default;
  O.Value = std::move(Default);
  Options.push_back(std::move(O));
  return Options.back();
}

PassOptions &PassOptions::addBool(llvm::StringRef Name, bool Default,
                                  llvm::StringRef Description) {
  add(Name, Type::Bool, Default ? "true" : "false", Description);
  return *this;
}

PassOptions &PassOptions::addInt(llvm::StringRef Name, int64_t Default,
                                 llvm::StringRef Description, int64_t Min,
                                 int64_t Max) {
  assert(Min <= Default && Default <= Max && "default out of range");
  Option &O = add(Name, Type::Int, std::to_string(Default), Description);
  O.Min = Min;
  O.Max = Max;
  return *this;
}

PassOptions &PassOptions::addString(llvm::StringRef Name,
                                    llvm::StringRef Default,
                                    llvm::StringRef Description) {
  add(Name, Type::String, Default.str(), Description);
  return *this;
}

PassOptions &PassOptions::addEnum(llvm::StringRef Name, llvm::StringRef Default,
                                  llvm::ArrayRef<llvm::StringRef> Choices,
                                  llvm::StringRef Description) {
  Option &O = add(Name, Type::Enum, Default.str(), Description);
  for (llvm::StringRef C : Choices)
    O.Choices.push_back(C.str());
  assert(llvm::is_contained(O.Choices, O.Default) && "default not a choice");
  return *this;
}

const PassOptions::Option *PassOptions::find(llvm::StringRef Name) const {
  for (const Option &O : Options)
    if (O.Name == Name)
      return &O;
  return nullptr;
}

PassOptions::Option *PassOptions::findMutable(llvm::StringRef Name) {
  return const_cast<Option *>(find(Name));
}

void PassOptions::reset() {
  for (Option &O : Options)
    O.Value = O.Default;
}

static llvm::Error invalidValue(llvm::StringRef PassName,
                                const PassOptions::Option &O,
                                llvm::StringRef Value,
                                const llvm::Twine &Expected) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "invalid value '" + Value + "' for option '" +
                                     O.Name + "' of pass '" + PassName +
                                     "': expected " + Expected);
}

llvm::Error PassOptions::set(llvm::StringRef PassName, llvm::StringRef Key,
                             llvm::StringRef Value, bool HasValue) {
  Option *O = findMutable(Key);
  // `no-flag` turns a boolean option off.
  if (!O && !HasValue && Key.startswith("no-")) {
    Option *Neg = findMutable(Key.drop_front(3));
    if (Neg && Neg->Ty == Type::Bool) {
      Neg->Value = "false";
      return llvm::Error::success();
    }
  }
  if (!O)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "unknown option '" + Key + "' for pass '" +
                                       PassName + "'");
  switch (O->Ty) {
  case Type::Bool: {
    if (!HasValue) {
      O->Value = "true";
      return llvm::Error::success();
    }
    std::string Lower = Value.lower();
    if (Lower == "true" || Lower == "1" || Lower == "on" || Lower == "yes")
      O->Value = "true";
    else if (Lower == "false" || Lower == "0" || Lower == "off" ||
             Lower == "no")
      O->Value = "false";
    else
      return invalidValue(PassName, *O, Value, "'true' or 'false'");
    return llvm::Error::success();
  }
  case Type::Int: {
    int64_t N;
    if (!HasValue || Value.getAsInteger(10, N))
      return invalidValue(PassName, *O, Value, "an integer");
    if (N < O->Min || N > O->Max)
      return invalidValue(PassName, *O, Value,
                          "an integer in [" + llvm::Twine(O->Min) + ", " +
                              llvm::Twine(O->Max) + "]");
    O->Value = std::to_string(N);
    return llvm::Error::success();
  }
  case Type::String:
    if (!HasValue)
      return invalidValue(PassName, *O, Value, "'" + Key + "=<value>'");
    O->Value = Value.str();
    return llvm::Error::success();
  case Type::Enum: {
    if (!HasValue || !llvm::is_contained(O->Choices, Value)) {
      std::string List;
      for (const std::string &C : O->Choices)
        List += (List.empty() ? "'" : ", '") + C + "'";
      return invalidValue(PassName, *O, Value, "one of " + List);
    }
    O->Value = Value.str();
    return llvm::Error::success();
  }
  }
  return llvm::Error::success();
}

bool PassOptions::getBool(llvm::StringRef Name) const {
  const Option *O = find(Name);
  assert(O && O->Ty == Type::Bool && "no such boolean option");
  return O && O->Value == "true";
}

int64_t PassOptions::getInt(llvm::StringRef Name) const {
  const Option *O = find(Name);
  assert(O && O->Ty == Type::Int && "no such integer option");
  int64_t N = 0;
  if (O)
    llvm::StringRef(O->Value).getAsInteger(10, N);
  return N;
}

llvm::StringRef PassOptions::getString(llvm::StringRef Name) const {
  const Option *O = find(Name);
  assert(O && (O->Ty == Type::String || O->Ty == Type::Enum) &&
         "no such string option");
  return O ? llvm::StringRef(O->Value) : llvm::StringRef();
}

static bool needsQuotes(llvm::StringRef V) {
  if (V.empty())
    return true;
  for (char C : V)
    if (C == ';' || C == '>' || C == '<' || C == ',' || C == '"' || C == '\\' ||
        C == '=' || llvm::isSpace(C) || !llvm::isPrint(C))
      return true;
  return false;
}

void schemac::printPassOptionValue(llvm::raw_ostream &OS,
                                   llvm::StringRef Value) {
  if (!needsQuotes(Value)) {
    OS << Value;
    return;
  }
  OS << '"';
  for (char C : Value) {
    if (C == '"' || C == '\\')
      OS << '\\';
    OS << C;
  }
  OS << '"';
}

void PassOptions::printCanonical(llvm::raw_ostream &OS) const {
  bool First = true;
  for (const Option &O : Options) {
    if (!First)
      OS << ';';
    First = false;
    if (O.Ty == Type::Bool) {
      OS << (O.Value == "true" ? "" : "no-") << O.Name;
      continue;
    }
    OS << O.Name << '=';
    printPassOptionValue(OS, O.Value);
  }
}

void PassOptions::printHelp(llvm::raw_ostream &OS, unsigned Indent) const {
  for (const Option &O : Options) {
    OS.indent(Indent) << O.Name;
    switch (O.Ty) {
    case Type::Bool:
      OS << " (bool, default " << O.Default << ")";
      break;
    case Type::Int:
      OS << "=<int> (default " << O.Default << ")";
      break;
    case Type::String:
      OS << "=<string> (default \"" << O.Default << "\")";
      break;
    case Type::Enum: {
      OS << "=";
      for (size_t I = 0; I != O.Choices.size(); ++I)
        OS << (I ? "|" : "") << O.Choices[I];
      OS << " (default " << O.Default << ")";
      break;
    }
    }
    OS << " - " << O.Description << '\n';
  }
}

bool PassOptions::operator==(const PassOptions &Other) const {
  if (Options.size() != Other.Options.size())
    return false;
  for (size_t I = 0; I != Options.size(); ++I)
    if (Options[I].Name != Other.Options[I].Name ||
        Options[I].Ty != Other.Options[I].Ty ||
        Options[I].Value != Other.Options[I].Value)
      return false;
  return true;
}
