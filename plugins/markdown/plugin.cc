// `ream markdown`: the record stream as a Markdown document.
//
// A sink: records are read, rendered through a Mustache template (a
// built-in digest, list or table, or the user's file) and the document is
// written with context().write, so the host handles stdout and `-o FILE`.
// It streams, writing each paper as it arrives, unless what was asked for
// needs the whole stream first: sorting, grouping, a table of contents, or
// a template that shows counts or "Cites"/"Cited by" links (the digest
// does, since a paper may be cited by one that comes later).  Then the
// records wait in a temporary file and only a small index per paper stays
// in memory (document_model.cc); at the end the frame of the document is
// rendered and each paper is rendered in its place.  Either way papers
// are rendered by the run's workers a batch at a time and written here in
// order, so the document is the same bytes for every -j.
#include <ream/plugin.hpp>

#include <dlfcn.h>

#include <fmt/format.h>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <filesystem>
#include <memory>
#include <mutex>
#include <span>

#include "blank_lines.hh"
#include "document_model.hh"
#include "template_renderer.hh"
#include "template_source.hh"

namespace {
namespace md = ream::markdown;

const ream_option_spec kOptions[] = {
    {"template", 't', REAM_OPT_PATH, "NAME|FILE", "digest", nullptr,
     "the template: digest, list, table, or a Mustache file", REAM_OPT_READS},
    {"title", 0, REAM_OPT_STRING, "TEXT", "Reading digest", nullptr, "the document's title", 0},
    {"group-by", 0, REAM_OPT_STRING, "FIELD", nullptr, nullptr,
     "a section per value of FIELD (the first item of an array field)", 0},
    {"sort", 0, REAM_OPT_STRING, "FIELD", nullptr, nullptr,
     "order papers by FIELD; -FIELD for descending order; missing values last", 0},
    {"toc", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr, "add a table of contents linking to each paper", 0},
    {"abstract-chars", 0, REAM_OPT_INT, "N", "0", nullptr,
     "cut abstracts at a word boundary to at most N characters (0: whole abstracts)", 0},
};

// Today in UTC, or the day of $SOURCE_DATE_EPOCH for reproducible output.
std::string document_date() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    errno = 0;
    long long seconds = std::strtoll(epoch, &end, 10);
    if (*end != '\0' || errno != 0 || seconds < 0)
      throw ream::UsageError(fmt::format("SOURCE_DATE_EPOCH must be a number of seconds, not '{}'", epoch));
    now = static_cast<std::time_t>(seconds);
  }
  std::tm tm{};
  gmtime_r(&now, &tm);
  return fmt::format("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

// The directory this plugin was loaded from, for the installed data layout.
std::string plugin_dir() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&document_date), &info) == 0 || !info.dli_fname) return {};
  return std::filesystem::path(info.dli_fname).parent_path().string();
}

md::DocumentOptions document_options(const ream::Options& opts) {
  md::DocumentOptions o;
  o.title = opts.string("title", "Reading digest");
  o.date = document_date();
  std::string sort = opts.string("sort");
  o.sort_descending = sort.starts_with('-');
  o.sort_field = o.sort_descending ? sort.substr(1) : sort;
  if (opts.given("sort") && o.sort_field.empty()) throw ream::UsageError("--sort needs a field name");
  o.group_field = opts.string("group-by");
  if (opts.given("group-by") && o.group_field.empty()) throw ream::UsageError("--group-by needs a field name");
  o.toc = opts.flag("toc");
  int64_t chars = opts.integer("abstract-chars", 0);
  if (chars < 0) throw ream::UsageError(fmt::format("--abstract-chars must be 0 or more, not {}", chars));
  o.abstract_chars = static_cast<size_t>(chars);
  return o;
}

md::TemplateRenderer make_renderer(const ream::Options& opts) {
  md::TemplateSource source = md::load_template(opts.string("template", "digest"), plugin_dir());
  return md::TemplateRenderer(std::move(source.text), std::move(source.origin));
}

class Markdown : public ream::Stage {
 public:
  explicit Markdown(ream::Context& ctx)
      : Stage(ctx), model_(document_options(ctx.options())), renderer_(make_renderer(ctx.options())) {
    const auto& o = ctx.options();
    bool whole = o.given("sort") || o.given("group-by") || o.flag("toc") || renderer_.needs_whole_stream();
    streaming_ = !whole && renderer_.start_streaming(model_.header_data());
    split_ = !streaming_ && renderer_.start_split();
    jobs_ = ctx.jobs();
  }

  void process(ream::Record rec) override {
    if (streaming_) {
      held_.push_back(std::move(rec));
      if (held_.size() >= batch_size()) render_held();
      return;
    }
    model_.add(parse(rec), rec.json());
    context().drop(std::move(rec));
  }

  void finish() override {
    if (streaming_) {
      render_held();
      start();
      write(renderer_.tail());
    } else if (split_) {
      write_papers_in_frame();
    } else {
      write(renderer_.render(model_.document_data()));
    }
    context().write(squeezer_.finish());
  }

 private:
  static boost::json::object parse(const ream::Record& rec) {
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(rec.json(), ec);
    if (ec || !v.is_object()) throw ream::DataError("record is not a JSON object");
    return std::move(v.get_object());
  }
  void start() {
    if (started_) return;
    started_ = true;
    write(renderer_.head());
  }
  void write(std::string_view rendered) { context().write(squeezer_.feed(rendered)); }
  // Streaming: the held records are parsed and rendered by the run's
  // workers, each piece writing only its own papers' text; anchors are
  // claimed and the text written here, in stream order, so the document
  // is the same bytes for every -j.
  void render_held() {
    if (held_.empty()) return;
    std::vector<boost::json::object> fields(held_.size());
    std::vector<md::DocumentModel::Names> names(held_.size());
    std::vector<Rendered> out(held_.size());
    in_pieces(held_.size(), out, [&](size_t i, md::TemplateRenderer&) { fields[i] = parse(held_[i]); });
    for (size_t i = 0; i < held_.size(); ++i)
      if (!out[i].error) names[i] = model_.next_paper_names(fields[i]);
    in_pieces(held_.size(), out, [&](size_t i, md::TemplateRenderer& renderer) {
      out[i].text = renderer.render_paper(model_.streamed_paper_data(fields[i], names[i]));
    });
    start();
    write_in_order(out);
    for (ream::Record& rec : held_) context().drop(std::move(rec));
    held_.clear();
  }

  // The table of contents takes its papers' variables from the in-memory
  // index; the main papers section builds each paper's from its record.
  // A group's papers are read from the spool a batch at a time here, and
  // rendered by the workers.
  void write_papers_in_frame() {
    const auto& sections = renderer_.sections();
    renderer_.render_frame(
        model_.frame_data(sections.size()), [this](std::string_view text) { write(text); },
        [this, &sections](size_t section, size_t group) {
          auto around = model_.group_context(group);
          bool full = sections[section].full;
          std::span<const uint32_t> papers = model_.papers_of(group);
          std::vector<std::string> raw;
          for (size_t first = 0; first < papers.size(); first += batch_size()) {
            std::span<const uint32_t> batch = papers.subspan(first, std::min(batch_size(), papers.size() - first));
            raw.resize(std::max(raw.size(), batch.size()));
            if (full)
              for (size_t i = 0; i < batch.size(); ++i) model_.read_paper(batch[i], raw[i]);
            std::vector<Rendered> out(batch.size());
            in_pieces(batch.size(), out, [&](size_t i, md::TemplateRenderer& renderer) {
              out[i].text = renderer.render_item(
                  section, around, full ? model_.paper_data(batch[i], raw[i]) : model_.index_data(batch[i]));
            });
            write_in_order(out);
          }
        });
  }

  // One worker renders one paper at a time, as before there were workers.
  size_t batch_size() const { return jobs_ == 1 ? 1 : kBatchPerJob * jobs_; }

  // One paper's text, or what went wrong rendering it.
  struct Rendered {
    std::string text;
    std::exception_ptr error;
  };

  // Calls each(i, renderer) for i in [0, count) on the run's workers,
  // with a copy of the renderer per piece (rendering a Mustache template
  // is not safe on one object from two threads).  An exception is kept
  // in out[i], and index i skipped from then on, to be raised in order.
  template <typename Each>
  void in_pieces(size_t count, std::vector<Rendered>& out, Each&& each) {
    context().parallel_for(count, kGrain, [&](size_t begin, size_t end) {
      std::unique_ptr<md::TemplateRenderer> renderer = renderers_.take(renderer_);
      for (size_t i = begin; i < end; ++i) {
        if (out[i].error) continue;
        try {
          each(i, *renderer);
        } catch (...) {
          out[i].error = std::current_exception();
        }
      }
      renderers_.give(std::move(renderer));
    });
  }

  void write_in_order(const std::vector<Rendered>& out) {
    for (const Rendered& r : out) {
      if (r.error) std::rethrow_exception(r.error);
      write(r.text);
    }
  }

  // Copies of renderer_ for the pieces, one per piece running at a time.
  class RendererPool {
   public:
    std::unique_ptr<md::TemplateRenderer> take(const md::TemplateRenderer& original) {
      std::lock_guard lock(mutex_);
      if (free_.empty()) return std::make_unique<md::TemplateRenderer>(original);
      auto renderer = std::move(free_.back());
      free_.pop_back();
      return renderer;
    }
    void give(std::unique_ptr<md::TemplateRenderer> renderer) {
      std::lock_guard lock(mutex_);
      free_.push_back(std::move(renderer));
    }

   private:
    std::mutex mutex_;
    std::vector<std::unique_ptr<md::TemplateRenderer>> free_;
  };

  // 64 papers a worker make a batch: enough to share out, few enough to
  // stay in the cache.
  static constexpr size_t kBatchPerJob = 64;
  static constexpr size_t kGrain = 4;

  md::DocumentModel model_;
  md::TemplateRenderer renderer_;
  RendererPool renderers_;
  std::vector<ream::Record> held_;  // streaming: records waiting to be rendered
  unsigned jobs_ = 1;
  md::BlankLineSqueezer squeezer_;
  bool streaming_ = false;
  bool split_ = false;
  bool started_ = false;
};

constexpr const char* kDescription =
    "Writes the record stream as a Markdown document that renders the same on GitHub, in pandoc and in any "
    "CommonMark renderer, whatever the records contain: every piece of record text is escaped for where it "
    "lands, raw HTML is shown as text, and links with unsafe schemes (javascript:, data:, ...) are dropped. "
    "Templates are Mustache: digest (default), list, table, or a file. See ream-markdown(1) for the variables.";

}  // namespace

REAM_PLUGIN(Markdown, ream::PluginInfo{"markdown", "1.0.0", "write the records as a Markdown digest, list or table",
                                       kDescription, REAM_SINK, kOptions, std::size(kOptions)})
