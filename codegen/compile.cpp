#include "codegen/compile.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>

#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/DiagnosticOptions.h>
#include <clang/Basic/Version.h>
#include <clang/CodeGen/CodeGenAction.h>
#include <clang/Driver/Compilation.h>
#include <clang/Driver/Driver.h>
#include <clang/Driver/Job.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/CompilerInvocation.h>
#include <clang/Frontend/TextDiagnosticPrinter.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/TargetParser/Host.h>

namespace batt::codegen {

namespace {

// A diagnostics engine that prints into `out`, as clang would print to the terminal.
class StringDiagnostics {
 public:
  explicit StringDiagnostics(std::string& out)
      : stream_(out),
        options_(new clang::DiagnosticOptions),
        printer_(stream_, options_.get()),
        engine_(new clang::DiagnosticIDs, options_, &printer_, /*ShouldOwnClient=*/false) {}
  clang::DiagnosticsEngine& engine() { return engine_; }

 private:
  llvm::raw_string_ostream stream_;
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> options_;
  clang::TextDiagnosticPrinter printer_;
  clang::DiagnosticsEngine engine_;
};

std::unique_ptr<clang::driver::Driver> make_driver(const Toolchain& toolchain,
                                                   clang::DiagnosticsEngine& diags) {
  return std::make_unique<clang::driver::Driver>(
      toolchain.clang, llvm::sys::getDefaultTargetTriple(), diags, "battc");
}

std::vector<const char*> c_strings(const std::vector<std::string>& strings) {
  std::vector<const char*> out;
  for (const std::string& s : strings) out.push_back(s.c_str());
  return out;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::variant<Compiler, std::string> Compiler::create(const Toolchain& toolchain,
                                                     std::vector<std::string> flags) {
  static std::once_flag targets;
  std::call_once(targets, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
  });

  Compiler compiler;
  compiler.fingerprint_ = clang::getClangFullVersion() + "\n";
  for (const std::string& flag : flags) compiler.fingerprint_ += flag + "\n";
  for (const char* header : kGeneratedCodeHeaders) {
    std::string path = (std::filesystem::path(toolchain.include_dir) / header).string();
    std::optional<std::string> text = read_file(path);
    if (!text) return "cannot read " + path + " (set BATTC_INCLUDE_DIR?)";
    compiler.fingerprint_ += *text;
  }

  std::vector<std::string> args = {toolchain.clang, "--driver-mode=g++", "-c", "-x", "c++"};
  args.insert(args.end(), flags.begin(), flags.end());
  args.insert(args.end(), {"-I", toolchain.include_dir, "generated.cpp", "-o", "generated.o"});
  std::string messages;
  StringDiagnostics diags(messages);
  std::unique_ptr<clang::driver::Driver> driver = make_driver(toolchain, diags.engine());
  driver->setCheckInputsExist(false);  // the sources will be in memory
  std::vector<const char*> argv = c_strings(args);
  std::unique_ptr<clang::driver::Compilation> compilation(driver->BuildCompilation(argv));
  if (!compilation || compilation->containsError()) return messages;
  const clang::driver::JobList& jobs = compilation->getJobs();
  if (jobs.size() != 1)
    return "the Clang driver planned " + std::to_string(jobs.size()) + " jobs for one file";
  for (const char* arg : jobs.begin()->getArguments()) compiler.cc1_args_.push_back(arg);
  if (!compiler.cc1_args_.empty() && compiler.cc1_args_.front() == "-cc1") {
    compiler.cc1_args_.erase(compiler.cc1_args_.begin());
  }
  return compiler;
}

ToolResult Compiler::compile(std::string_view name, std::string_view source,
                             const std::string& object) const {
  ToolResult result;
  StringDiagnostics diags(result.diagnostics);
  clang::CompilerInstance ci;
  std::vector<const char*> argv = c_strings(cc1_args_);
  if (!clang::CompilerInvocation::CreateFromArgs(ci.getInvocation(), argv, diags.engine())) {
    return result;
  }
  clang::FrontendOptions& frontend = ci.getFrontendOpts();
  frontend.Inputs = {clang::FrontendInputFile(llvm::MemoryBufferRef(source, name),
                                              clang::InputKind(clang::Language::CXX))};
  frontend.OutputFile = object;
  // The driver asks cc1 not to free its data structures, because the process ends after one
  // file; this process compiles many.
  frontend.DisableFree = false;

  llvm::raw_string_ostream stream(result.diagnostics);
  ci.createDiagnostics(new clang::TextDiagnosticPrinter(stream, &ci.getDiagnosticOpts()),
                       /*ShouldOwnClient=*/true);
  ci.setVerboseOutputStream(stream);  // "N errors generated."
  clang::EmitObjAction action;
  result.ok = ci.ExecuteAction(action);
  return result;
}

ToolResult link_executable(const Toolchain& toolchain, std::span<const std::string> objects,
                           const std::string& output) {
  ToolResult result;
  StringDiagnostics diags(result.diagnostics);
  std::unique_ptr<clang::driver::Driver> driver = make_driver(toolchain, diags.engine());
  std::vector<std::string> args = {toolchain.clang, "--driver-mode=g++"};
  if (!toolchain.linker.empty()) args.push_back("-fuse-ld=" + toolchain.linker);
  args.insert(args.end(), objects.begin(), objects.end());
  args.insert(args.end(), toolchain.link_inputs.begin(), toolchain.link_inputs.end());
  args.insert(args.end(), {"-o", output});
  std::vector<const char*> argv = c_strings(args);
  std::unique_ptr<clang::driver::Compilation> compilation(driver->BuildCompilation(argv));
  if (!compilation || compilation->containsError()) return result;

  // The linker is a child process: its messages are collected through a file.
  llvm::SmallString<128> log;
  if (llvm::sys::fs::createTemporaryFile("battc-link", "txt", log)) {
    result.diagnostics += "cannot create a temporary file for the linker's messages\n";
    return result;
  }
  compilation->Redirect({std::nullopt, log.str(), log.str()});
  llvm::SmallVector<std::pair<int, const clang::driver::Command*>, 4> failing;
  int status = driver->ExecuteCompilation(*compilation, failing);
  result.diagnostics += read_file(std::string(log.str())).value_or("");
  llvm::sys::fs::remove(log);
  result.ok = status == 0 && failing.empty();
  return result;
}

}  // namespace batt::codegen
