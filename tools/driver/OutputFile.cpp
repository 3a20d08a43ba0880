//===- OutputFile.cpp - Atomic output files of the driver -----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "OutputFile.h"

#include "llvm/Support/Path.h"

#include <vector>

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

namespace schemac {

/// Text held until the run succeeded: in memory up to SpillSize bytes, then
/// in a temporary file that is unlinked as soon as it is open (nothing is
/// left behind, even by a crash).
class HeldText : public llvm::raw_ostream {
public:
  explicit HeldText(uint64_t SpillSize) : SpillSize(SpillSize) {}
  ~HeldText() override {
    flush();
    if (Spill)
      Spill->close();
  }

  /// Writes the held text to \p OS. Errors name the output \p Path.
  llvm::Error copyTo(llvm::raw_fd_ostream &OS, llvm::StringRef Path) {
    flush();
    if (!Spill) {
      OS << Text;
      return llvm::Error::success();
    }
    Spill->flush();
    if (std::error_code EC = Spill->error())
      return spillError(Path, EC);
    if (Spill->seek(0) != 0)
      return spillError(Path, std::error_code(errno, std::generic_category()));
    std::vector<char> Buf(1 << 16);
    for (;;) {
      llvm::Expected<size_t> Read = fs::readNativeFile(
          SpillFD, llvm::makeMutableArrayRef(Buf.data(), Buf.size()));
      if (!Read)
        return spillError(Path, llvm::errorToErrorCode(Read.takeError()));
      if (!*Read)
        return llvm::Error::success();
      OS.write(Buf.data(), *Read);
    }
  }

  llvm::Error error(llvm::StringRef Path) {
    flush();
    if (EC)
      return spillError(Path, EC);
    return llvm::Error::success();
  }

private:
  static llvm::Error spillError(llvm::StringRef Path, std::error_code EC) {
    return llvm::createStringError(
        EC, "could not hold output file '%s' in a temporary file: %s",
        Path.str().c_str(), EC.message().c_str());
  }

  void write_impl(const char *Ptr, size_t Size) override {
    if (EC)
      return;
    if (!Spill && Text.size() + Size > SpillSize)
      spill();
    if (Spill)
      Spill->write(Ptr, Size);
    else
      Text.append(Ptr, Size);
    Pos += Size;
  }
  uint64_t current_pos() const override { return Pos; }

  void spill() {
    int FD;
    llvm::SmallString<128> Name;
    if ((EC = fs::createTemporaryFile("schemac-output", "tmp", FD, Name)))
      return;
    (void)fs::remove(Name);
    SpillFD = FD;
    Spill = std::make_unique<llvm::raw_fd_ostream>(FD, /*shouldClose=*/true);
    *Spill << Text;
    std::string().swap(Text);
  }

  uint64_t SpillSize;
  uint64_t Pos = 0;
  std::string Text;
  std::unique_ptr<llvm::raw_fd_ostream> Spill;
  int SpillFD = -1;
  std::error_code EC;
};

} // namespace schemac

llvm::Expected<std::unique_ptr<OutputFile>>
OutputFile::open(llvm::StringRef Path, uint64_t SpillSize) {
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
    // memory and a copy.
    bool Null = false;
    if (Path == "-" || fs::equivalent(Path, "/dev/null", Null) || !Null)
      Out->HeldOS = std::make_unique<HeldText>(SpillSize);
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

OutputFile::OutputFile(llvm::StringRef Path)
    : Path(Path.str()), Target(Path.str()) {}

void OutputFile::discard() {
  if (Done)
    return;
  Done = true;
  HeldOS.reset();
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
    llvm::Error E = HeldOS->error(Path);
    if (!E)
      E = HeldOS->copyTo(*File, Path);
    if (E) {
      discard();
      return E;
    }
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
