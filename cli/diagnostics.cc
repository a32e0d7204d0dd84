#include "diagnostics.hh"

#include <fmt/format.h>

#include <cstdio>

#include "failure.hh"
#include "output.hh"

namespace ream::cli {

std::string locate(const std::string& file, unsigned long long line, const std::string& stage,
                   const std::string& message) {
  std::string out;
  if (!file.empty()) out += line ? fmt::format("{}:{}: ", file, line) : file + ": ";
  if (!stage.empty()) out += stage + ": ";
  return out + message;
}

Diagnostics::Diagnostics() = default;
Diagnostics::~Diagnostics() = default;

void Diagnostics::open_reject_file(const std::string& path) {
  reject_ = std::make_unique<Output>();
  reject_->open(path);
}

void Diagnostics::finish_reject_file() {
  if (reject_) reject_->finish();
}

void Diagnostics::close_reject_file() {
  if (reject_) reject_->commit();
  reject_.reset();
}

void Diagnostics::warn(const std::string& file, uint64_t line, const std::string& stage, std::string_view message) {
  ++warnings_;
  if (quiet_) return;
  std::fputs(("ream: " + locate(file, line, stage, "warning: " + std::string(message)) + "\n").c_str(), stderr);
}

void Diagnostics::error(const std::string& message) { std::fputs(("ream: " + message + "\n").c_str(), stderr); }

void Diagnostics::note(const std::string& message) {
  if (!quiet_) std::fputs(("ream: " + message + "\n").c_str(), stderr);
}

bool Diagnostics::reject(const std::string& file, uint64_t line, const std::string& stage, std::string_view raw,
                         std::string_view reason) {
  if (reject_) {
    reject_->write(raw);
    reject_->write("\n");
  }
  if (policy_ == OnError::kFail) throw Failure(kExitData, locate(file, line, stage, std::string(reason)));
  ++warnings_;
  if (!quiet_)
    std::fputs(("ream: " + locate(file, line, stage, "skipped: " + std::string(reason)) + "\n").c_str(), stderr);
  return true;
}

}  // namespace ream::cli
