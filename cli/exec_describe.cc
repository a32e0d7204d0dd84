#include "exec_describe.hh"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>
#include <boost/json.hpp>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace ream::cli {
namespace json = boost::json;
namespace {

constexpr int kAnswerMillis = 2000;
constexpr size_t kAnswerMax = 1 << 20;

std::string text_of(const json::object& o, const char* key, bool* present = nullptr) {
  const json::value* v = o.if_contains(key);
  if (present) *present = v && !v->is_null();
  if (!v || v->is_null()) return "";
  if (!v->is_string()) throw std::runtime_error(fmt::format("\"{}\" must be a string", key));
  return std::string(v->as_string());
}

bool flag_of(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  if (!v || v->is_null()) return false;
  if (!v->is_bool()) throw std::runtime_error(fmt::format("\"{}\" must be true or false", key));
  return v->as_bool();
}

ream_option_type type_of(const std::string& name) {
  static const std::pair<const char*, ream_option_type> kTypes[] = {
      {"flag", REAM_OPT_FLAG},     {"int", REAM_OPT_INT},       {"number", REAM_OPT_NUMBER},
      {"string", REAM_OPT_STRING}, {"choice", REAM_OPT_CHOICE}, {"path", REAM_OPT_PATH}};
  for (const auto& [word, type] : kTypes)
    if (name == word) return type;
  throw std::runtime_error(fmt::format("unknown option type \"{}\" (flag, int, number, string, choice, path)", name));
}

// Run `path --ream-describe`; its standard output, or nullopt when it
// fails, takes too long or says too much.
std::optional<std::string> ask(const std::string& path) {
  int out[2];
  if (pipe2(out, O_CLOEXEC) != 0) return std::nullopt;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::string arg = "--ream-describe";
  char* argv[] = {const_cast<char*>(path.c_str()), arg.data(), nullptr};
  pid_t pid = -1;
  int rc = posix_spawn(&pid, path.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  if (rc != 0) {
    close(out[0]);
    return std::nullopt;
  }
  std::string answer;
  bool complete = false;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kAnswerMillis);
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 || answer.size() > kAnswerMax) break;
    pollfd fd{out[0], POLLIN, 0};
    int n = poll(&fd, 1, static_cast<int>(left.count()));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    char buf[8192];
    ssize_t got = read(out[0], buf, sizeof buf);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) {
      complete = got == 0;
      break;
    }
    answer.append(buf, static_cast<size_t>(got));
  }
  close(out[0]);
  if (!complete) kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!complete || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  return answer;
}

std::string cache_file(const std::string& path) {
  std::string base;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/')
    base = xdg;
  else if (const char* home = std::getenv("HOME"); home && *home == '/')
    base = std::string(home) + "/.cache";
  else
    return "";
  return fmt::format("{}/ream/describe-{:016x}.json", base, std::hash<std::string>{}(path));
}

// The cache entry: the key, then the answer ("" for none).
std::string cache_key(const std::string& path, const struct stat& st) {
  return fmt::format("{}\t{}\t{}.{:09}", path, st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

std::optional<std::string> cached(const std::string& file, const std::string& key) {
  std::ifstream in(file);
  std::string first;
  if (!in || !std::getline(in, first) || first != key) return std::nullopt;
  std::stringstream rest;
  rest << in.rdbuf();
  return rest.str();
}

void remember(const std::string& file, const std::string& key, const std::string& answer) {
  std::string dir = file.substr(0, file.rfind('/'));
  mkdir(dir.substr(0, dir.rfind('/')).c_str(), 0700);
  mkdir(dir.c_str(), 0700);
  std::string temp = file + fmt::format(".{}", getpid());
  {
    std::ofstream out(temp, std::ios::trunc);
    if (!(out << key << '\n' << answer)) return;
  }
  if (rename(temp.c_str(), file.c_str()) != 0) unlink(temp.c_str());
}

}  // namespace

ExecDescription parse_description(const std::string& text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) throw std::runtime_error("the answer is not one JSON object");
  const json::object& o = v.as_object();
  ExecDescription d;
  d.summary = text_of(o, "summary");
  d.description = text_of(o, "description");
  d.positional = text_of(o, "positional");
  d.positional_help = text_of(o, "positional_help");
  if (std::string kind = text_of(o, "kind"); !kind.empty() && kind != "transform")
    throw std::runtime_error(fmt::format("kind \"{}\": an executable plugin is a transform", kind));
  if (const json::value* opts = o.if_contains("options"); opts && !opts->is_null()) {
    if (!opts->is_array()) throw std::runtime_error("\"options\" must be an array");
    for (const auto& item : opts->as_array()) {
      if (!item.is_object()) throw std::runtime_error("each option must be an object");
      const json::object& spec = item.as_object();
      ExecOption opt;
      opt.name = text_of(spec, "name");
      if (opt.name.empty() || opt.name[0] == '-') throw std::runtime_error("an option needs a name without dashes");
      std::string short_name = text_of(spec, "short");
      if (short_name.size() > 1) throw std::runtime_error(fmt::format("option {}: \"short\" is one letter", opt.name));
      opt.short_name = short_name.empty() ? 0 : short_name[0];
      opt.type = type_of(spec.contains("type") ? text_of(spec, "type") : "string");
      opt.value_name = text_of(spec, "value_name", &opt.has_value_name);
      opt.default_value = text_of(spec, "default", &opt.has_default);
      opt.choices = text_of(spec, "choices", &opt.has_choices);
      if (opt.type == REAM_OPT_CHOICE && opt.choices.empty())
        throw std::runtime_error(fmt::format("option {}: a choice needs \"choices\"", opt.name));
      opt.help = text_of(spec, "help");
      auto bit = [&](const char* name, unsigned flag) { return flag_of(spec, name) ? flag : 0u; };
      opt.flags =
          bit("required", REAM_OPT_REQUIRED) | bit("repeatable", REAM_OPT_REPEATABLE) | bit("list", REAM_OPT_LIST);
      d.options.push_back(std::move(opt));
    }
  }
  return d;
}

std::optional<ExecDescription> describe_executable(const std::string& path, std::string* problem) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  std::string key = cache_key(path, st);
  std::string file = cache_file(path);
  std::optional<std::string> answer = file.empty() ? std::nullopt : cached(file, key);
  if (!answer) {
    answer = ask(path).value_or("");
    if (!file.empty()) remember(file, key, *answer);
  }
  if (answer->find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
  try {
    ExecDescription d = parse_description(*answer);
    if (d.summary.empty()) return std::nullopt;  // not an answer to the handshake
    return d;
  } catch (const std::exception& e) {
    if (answer->find("\"summary\"") == std::string::npos) return std::nullopt;  // some other output
    *problem = fmt::format("--ream-describe answer ignored: {}", e.what());
    return std::nullopt;
  }
}

}  // namespace ream::cli
