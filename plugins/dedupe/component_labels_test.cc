// ComponentLabels against a union-find (Clusters) on graphs that are hard
// for label propagation: long paths numbered at random, a path in order,
// one big star, and sparse random graphs; with a budget that keeps
// everything in memory and one that writes runs in every round.
#include "component_labels.hh"

#include <catch2/catch.hpp>

#include <map>
#include <numeric>
#include <random>

#include "clusters.hh"

using namespace ream::dedupe;

namespace {

using Edges = std::vector<std::pair<uint64_t, uint64_t>>;

// Node -> smallest node of its component, by union-find.
std::map<uint64_t, uint64_t> expected(const Edges& edges) {
  std::map<uint64_t, uint32_t> number;
  std::vector<uint64_t> node;
  for (auto [a, b] : edges)
    for (uint64_t x : {a, b})
      if (number.emplace(x, node.size()).second) node.push_back(x);
  Clusters clusters;
  for (size_t i = 0; i < node.size(); ++i) clusters.add();
  for (auto [a, b] : edges) clusters.unite(number[a], number[b]);
  std::map<uint32_t, uint64_t> smallest;
  for (auto [x, i] : number) smallest.emplace(clusters.find(i), x);  // map order: the first is the smallest
  std::map<uint64_t, uint64_t> out;
  for (auto [x, i] : number) out[x] = smallest[clusters.find(i)];
  return out;
}

std::map<uint64_t, uint64_t> solved(const Edges& edges, size_t memory, size_t* runs = nullptr) {
  ComponentLabels cc(memory);
  for (auto [a, b] : edges) cc.link(a, b);
  std::map<uint64_t, uint64_t> out;
  uint64_t last = 0;
  bool ascending = true;
  cc.solve([&](uint64_t node, uint64_t label) {
    ascending = ascending && (out.empty() || node > last);
    last = node;
    out[node] = label;
  });
  CHECK(ascending);
  if (runs) *runs = cc.runs_written();
  return out;
}

Edges shuffled_path(size_t n, std::mt19937_64& random) {
  std::vector<uint64_t> name(n);
  std::iota(name.begin(), name.end(), 1000);
  std::shuffle(name.begin(), name.end(), random);
  Edges edges;
  for (size_t i = 1; i < n; ++i) edges.emplace_back(name[i - 1], name[i]);
  return edges;
}

}  // namespace

TEST_CASE("components are labelled with their smallest node, in memory and in runs") {
  std::mt19937_64 random(23);
  std::vector<Edges> graphs;
  graphs.push_back(shuffled_path(5000, random));
  Edges in_order;
  for (uint64_t i = 1; i < 3000; ++i) in_order.emplace_back(i + 1, i);
  graphs.push_back(in_order);
  Edges star;
  for (uint64_t i = 0; i < 4000; ++i) star.emplace_back(100000 + i, 99999);  // the centre is the smallest
  for (uint64_t i = 0; i < 100; ++i) star.emplace_back(5, 100000 + i * 7);   // and then it is not
  graphs.push_back(star);
  Edges sparse;
  for (int i = 0; i < 20000; ++i) sparse.emplace_back(random() % 30000, random() % 30000);
  std::erase_if(sparse, [](auto& e) { return e.first == e.second; });
  graphs.push_back(sparse);
  for (const Edges& edges : graphs) {
    auto want = expected(edges);
    CHECK(solved(edges, 64 << 20) == want);
    size_t runs = 0;
    CHECK(solved(edges, 16 << 10, &runs) == want);
    CHECK(runs > 0);
  }
}

TEST_CASE("repeated edges and both directions of one edge count once") {
  Edges edges{{7, 3}, {3, 7}, {7, 3}, {9, 8}};
  CHECK(solved(edges, 1 << 20) == std::map<uint64_t, uint64_t>{{3, 3}, {7, 3}, {8, 8}, {9, 8}});
}

TEST_CASE("no edges, no labels") { CHECK(solved({}, 1 << 20).empty()); }
