//===- OutputFile.cpp - Atomic output files of the driver -----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "OutputFile.h"

#include "llvm/Support/Path.h"

using namespace schemac;
namespace fs = llvm::sys::fs;

static llvm::Error openError(llvm::StringRef Path, std::error_code EC) {
  return llvm::createStringError(EC, "could not open output file '%s': %s",
                                 Path.str().c_str(), EC.message().c_str());
}

static llvm::Error writeError(llvm::StringRef Path, std::error_code EC) {
  return llvm::createStringError(EC, "could not write output file '%s': %s",
                                 Path.str().c_str(), EC.message().c_str());
}

llvm::Expected<std::unique_ptr<OutputFile>>
OutputFile::open(llvm::StringRef Path) {
  std::unique_ptr<OutputFile> Out(new OutputFile(Path));
  fs::file_status Status;
  bool Exists = !fs::status(Path, Status);
  if (Path == "-" || (Exists && Status.type() != fs::file_type::regular_file &&
                      Status.type() != fs::file_type::directory_file)) {
    // stdout, a device or a pipe: nothing to replace atomically, so the
    // text is held until commit(), and a failed run writes nothing into
    // a pipe (`schemac in.sql | psql` never runs half a schema).
    std::error_code EC;
    Out->File = std::make_unique<llvm::raw_fd_ostream>(Path, EC, fs::OF_None);
    if (EC)
      return openError(Path, EC);
    // Nothing reads the null device: holding the text would only cost
    // memory (as much as the output).
    bool Null = false;
    if (Path == "-" || fs::equivalent(Path, "/dev/null", Null) || !Null)
      Out->HeldOS = std::make_unique<llvm::raw_string_ostream>(Out->Held);
    return std::move(Out);
  }
  if (Exists && Status.type() == fs::file_type::directory_file)
    return openError(Path, std::make_error_code(std::errc::is_a_directory));
  // A link stays a link: the file it points to is replaced.
  llvm::SmallString<128> Target(Path);
  if (Exists && fs::is_symlink_file(Path)) {
    if (std::error_code EC = fs::real_path(Path, Target))
      return openError(Path, EC);
    Out->Target = std::string(Target);
  }

  // The temporary file lives next to the target, so that the rename stays
  // on one file system, and gets the target's permissions (a new file gets
  // 0666 less the umask, like any file the shell creates).
  llvm::SmallString<128> Model(Target);
  llvm::StringRef Name = llvm::sys::path::filename(Target);
  llvm::sys::path::remove_filename(Model);
  llvm::sys::path::append(Model, "." + Name + "-%%%%%%%%.tmp");
  unsigned Mode = Exists ? Status.permissions() : fs::all_read | fs::all_write;
  llvm::Expected<fs::TempFile> Temp = fs::TempFile::create(Model, Mode);
  if (!Temp)
    return openError(Path, llvm::errorToErrorCode(Temp.takeError()));
  if (Exists)
    // The mode given to create() is filtered by the umask; the target's is
    // not.
    (void)fs::setPermissions(Temp->FD, Status.permissions());
  Out->File = std::make_unique<llvm::raw_fd_ostream>(Temp->FD,
                                                     /*shouldClose=*/false);
  Out->Temp.emplace(std::move(*Temp));
  return std::move(Out);
}

OutputFile::~OutputFile() { discard(); }

llvm::raw_ostream &OutputFile::os() {
  if (HeldOS)
    return *HeldOS;
  return *File;
}

void OutputFile::discard() {
  if (Done)
    return;
  Done = true;
  HeldOS.reset();
  Held.clear();
  if (File) {
    File->clear_error();
    File.reset();
  }
  if (Temp)
    llvm::consumeError(Temp->discard());
}

llvm::Error OutputFile::commit() {
  if (Done)
    return llvm::Error::success();
  if (HeldOS) {
    HeldOS->flush();
    *File << Held;
  }
  File->flush();
  if (std::error_code EC = File->error()) {
    discard();
    return writeError(Path, EC);
  }
  Done = true;
  File.reset();
  if (!Temp)
    return llvm::Error::success();
  if (llvm::Error E = Temp->keep(Target)) {
    std::error_code EC = llvm::errorToErrorCode(std::move(E));
    llvm::consumeError(Temp->discard());
    return writeError(Path, EC);
  }
  return llvm::Error::success();
}

bool schemac::isSameFile(llvm::StringRef Input, llvm::StringRef Output) {
  if (Input == "-" || Output == "-")
    return false;
  bool Same = false;
  return !fs::equivalent(Input, Output, Same) && Same;
}
