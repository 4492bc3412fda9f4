// Tests of runtime/pysort.h against CPython 3.11's list.sort.
//
// The expectations in the GENERATED block were produced by running CPython 3.11 with
// gen_pysort_cases.py (which rewrites that block). Each case sorts the indices 0..n-1 as keys,
// comparing them by the ints or frozensets they index, and checks the order, the exact sequence of
// comparisons (count and hash), and for the throwing cases the comparison that throws and the
// state CPython leaves the list in.
#include "runtime/pysort.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

namespace batt::rt::pysort {
namespace {

// ---- input generation: must match gen_pysort_cases.py ----

class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    state_ += 0x9E3779B97F4A7C15ULL;
    uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int64_t below(uint64_t m) { return int64_t(next() % m); }

 private:
  uint64_t state_;
};

// In the order of SHAPES in gen_pysort_cases.py.
enum class Shape {
  kRandom,
  kFewDistinct,
  kAscendingRuns,
  kDescendingRuns,
  kSawtooth,
  kSortedBlocks,
  kReversedBlocks,
  kNearlySorted,
};

std::vector<int64_t> make_ints(Shape shape, int n) {
  SplitMix64 rng(uint64_t(shape) * 1000003 + uint64_t(n));
  std::vector<int64_t> xs;
  switch (shape) {
    case Shape::kRandom:
      for (int i = 0; i < n; ++i) xs.push_back(rng.below(1000));
      break;
    case Shape::kFewDistinct:
      for (int i = 0; i < n; ++i) xs.push_back(rng.below(4));
      break;
    case Shape::kAscendingRuns:
    case Shape::kDescendingRuns: {
      const int64_t step = shape == Shape::kAscendingRuns ? 1 : -1;
      int64_t v = 0;
      for (int i = 0; i < n; ++i) {
        if (i == 0 || rng.below(24) == 0) {
          v = rng.below(1000);
        } else {
          v += step * (1 + rng.below(3));
        }
        xs.push_back(v);
      }
      break;
    }
    case Shape::kNearlySorted:  // 0..n-1 with a few elements moved up to 3 places
      for (int i = 0; i < n; ++i) xs.push_back(i);
      for (int k = 0; k < (n > 1 ? 1 + n / 32 : 0); ++k) {
        const int i = int(rng.below(uint64_t(n)));
        const int j = std::min(n - 1, i + 1 + int(rng.below(3)));
        std::swap(xs[i], xs[j]);
      }
      break;
    case Shape::kSawtooth: {
      const int64_t period = 1 + rng.below(80);
      for (int i = 0; i < n; ++i) xs.push_back(i % period);
      break;
    }
    case Shape::kSortedBlocks:
    case Shape::kReversedBlocks: {
      for (int i = 0; i < n; ++i) xs.push_back(rng.below(1000));
      const int blocks = 1 + int(rng.below(4));
      const int size = std::max(1, (n + blocks - 1) / blocks);
      for (int start = 0; start < n; start += size) {
        const auto first = xs.begin() + start;
        const auto last = xs.begin() + std::min(n, start + size);
        if (shape == Shape::kSortedBlocks) {
          std::sort(first, last);
        } else {
          std::sort(first, last, std::greater<>());
        }
      }
      break;
    }
  }
  return xs;
}

// In the order of SET_SHAPES in gen_pysort_cases.py.
enum class SetShape { kRandom, kGrowing, kShrinking };

// Frozensets of the ints 0..bits-1, as bitmasks.
std::vector<unsigned> make_masks(SetShape shape, int bits, int n) {
  SplitMix64 rng(uint64_t(shape) * 1000003 + uint64_t(bits) * 1009 + uint64_t(n));
  const unsigned full = (1u << bits) - 1;
  unsigned m = shape == SetShape::kShrinking ? full : 0;
  std::vector<unsigned> masks;
  for (int i = 0; i < n; ++i) {
    if (shape == SetShape::kRandom) {
      m = unsigned(rng.below(1u << bits));
    } else if (rng.below(10) == 0) {
      m = shape == SetShape::kShrinking ? full : 0;
    } else {
      const unsigned bit = 1u << rng.below(unsigned(bits));
      m = shape == SetShape::kShrinking ? m & ~bit : m | bit;
    }
    masks.push_back(m);
  }
  return masks;
}

// ---- hashes of index sequences: as hash_indices in gen_pysort_cases.py ----

struct IndexHash {
  uint64_t h = 0xCBF29CE484222325ULL;
  void add(int64_t i) { h = (h ^ uint64_t(i)) * 0x100000001B3ULL; }
};

uint64_t hash_indices(const std::vector<int>& seq) {
  IndexHash hash;
  for (int i : seq) hash.add(i);
  return hash.h;
}

// The comparisons a sort made, as pairs (left operand's index, right operand's index).
struct Trace {
  int64_t count = 0;
  IndexHash hash;
  void add(int a, int b) {
    ++count;
    hash.add(a);
    hash.add(b);
  }
};

// What the tests' lt throws, standing for Python's TypeError.
struct TypeError {};

// Ints rebuilt from (shape, n) by make_ints.
struct IntCase {
  Shape shape;
  int n;
  bool reverse;
  int64_t comparisons;
  uint64_t trace_hash;
  uint64_t order_hash;
};

// Frozensets of small ints, as bitmasks, and the order CPython sorts them in.
struct SetCase {
  bool reverse;
  std::vector<uint8_t> masks;
  std::vector<int> order;
  int64_t comparisons;
  uint64_t trace_hash;
};

// Frozenset cases rebuilt from (shape, bits, n) by make_masks.
struct SetHashedCase {
  SetShape shape;
  int bits;
  int n;
  bool reverse;
  int64_t comparisons;
  uint64_t trace_hash;
  uint64_t order_hash;
};

// One comparison throws: any with index `poison` (a str among ints), or the fail_at'th.
struct ThrowCase {
  Shape shape;
  int n;
  bool reverse;
  int poison;       // -1: none
  int64_t fail_at;  // 0: none
  int64_t comparisons_before;
  uint64_t state_hash;
};

// clang-format off
// ---- BEGIN GENERATED by gen_pysort_cases.py: do not edit ----
const IntCase kIntCases[] = {
    {Shape::kRandom, 0, false, 0, 0xcbf29ce484222325ULL, 0xcbf29ce484222325ULL},
    {Shape::kFewDistinct, 1, false, 0, 0xcbf29ce484222325ULL, 0xaf63bd4c8601b7dfULL},
    {Shape::kAscendingRuns, 2, true, 1, 0x08328707b4eb6e3aULL, 0x082f2207b4e88cc4ULL},
    {Shape::kDescendingRuns, 3, false, 2, 0xad319777479e1f69ULL, 0xea9ca21875dc49e4ULL},
    {Shape::kSawtooth, 4, false, 3, 0x43f0cfd7ed020294ULL, 0x4475327f98e05411ULL},
    {Shape::kSortedBlocks, 5, true, 9, 0x2f24b715946d5e5bULL, 0x695e8a1e7e97e4cdULL},
    {Shape::kReversedBlocks, 6, false, 11, 0x662c31efe89ce981ULL, 0x92f71fbe76db761aULL},
    {Shape::kNearlySorted, 7, false, 13, 0x6f11011ff2856373ULL, 0xc7227ea6546e7c2aULL},
    {Shape::kRandom, 8, true, 14, 0x10175943668d574aULL, 0x5232b606c80e7549ULL},
    {Shape::kFewDistinct, 9, false, 19, 0xdcf026e5d10c5093ULL, 0x539b5727b5405d7fULL},
    {Shape::kAscendingRuns, 10, false, 16, 0xf2bbf72f2f05d2f6ULL, 0x6d45dcb36814b3d2ULL},
    {Shape::kDescendingRuns, 11, true, 22, 0x1de6934910db6707ULL, 0xdfa0c7b6c042475aULL},
    {Shape::kSawtooth, 12, false, 22, 0x87d1bc31afa561afULL, 0xd4f37123cece3c11ULL},
    {Shape::kSortedBlocks, 13, false, 28, 0x0aae051e0d93143cULL, 0xbe6f4b5710dea075ULL},
    {Shape::kReversedBlocks, 14, true, 37, 0x6364b6dce3f22010ULL, 0x046abe89097ddb9aULL},
    {Shape::kNearlySorted, 15, false, 33, 0xb9c7f859487004f2ULL, 0x696d335c6e5ff672ULL},
    {Shape::kRandom, 16, false, 42, 0x793ba45063bcd254ULL, 0x3ca98bc2454d8befULL},
    {Shape::kFewDistinct, 17, true, 47, 0xb7131a6bf40f967aULL, 0x68eb5a2e19d62e03ULL},
    {Shape::kAscendingRuns, 18, false, 54, 0xf2c4b1f4076fb3eaULL, 0x5125185d0885ad6eULL},
    {Shape::kDescendingRuns, 19, false, 59, 0x6a99313065cde28eULL, 0xa8b52b863b891bd2ULL},
    {Shape::kSawtooth, 20, true, 19, 0xcece751db4f8afb6ULL, 0xd589877cc436ed39ULL},
    {Shape::kSortedBlocks, 21, false, 61, 0xfde21d6b9109b0e1ULL, 0x57bad039336f6a43ULL},
    {Shape::kReversedBlocks, 22, false, 63, 0x67a97a4cc23cdd41ULL, 0x8ab958688eae7b8eULL},
    {Shape::kNearlySorted, 23, true, 53, 0xbc3cf34d2f088beeULL, 0x28d9175e9d9a878eULL},
    {Shape::kRandom, 24, false, 82, 0x309a235f7496c6f2ULL, 0xf0d90435700eaadfULL},
    {Shape::kFewDistinct, 25, false, 82, 0x47ba125a1ba93399ULL, 0x790126de89141359ULL},
    {Shape::kAscendingRuns, 26, true, 25, 0x5531987d14e85902ULL, 0x754a66cc3e8e5174ULL},
    {Shape::kDescendingRuns, 27, false, 26, 0xd2b21f39350c6d01ULL, 0xc8bc9a17cb53acdcULL},
    {Shape::kSawtooth, 28, false, 94, 0xc80a79de488c2207ULL, 0xfdf573eb4e00fba1ULL},
    {Shape::kSortedBlocks, 29, true, 79, 0xa28c26e91eb4ff93ULL, 0x10ad75f5b6f9c285ULL},
    {Shape::kReversedBlocks, 30, false, 81, 0x6b5c1c1990ab509dULL, 0x4c9ba0e700facb66ULL},
    {Shape::kNearlySorted, 31, false, 93, 0xda291c84257d8c3dULL, 0xe62c3a0222770cb8ULL},
    {Shape::kRandom, 32, true, 122, 0xad4b47c8a579d93fULL, 0x79df1be7e977b6a5ULL},
    {Shape::kFewDistinct, 33, false, 124, 0x9ece39e856722992ULL, 0xce40a583c78d5923ULL},
    {Shape::kAscendingRuns, 34, false, 103, 0x407b5fed37cbcddbULL, 0x2136c96452e335c0ULL},
    {Shape::kDescendingRuns, 35, true, 53, 0xa8ff4961b74869bcULL, 0x112a11fc58f29248ULL},
    {Shape::kSawtooth, 36, false, 121, 0x28273395506faaa8ULL, 0xd1581a3baa5f965fULL},
    {Shape::kSortedBlocks, 37, false, 108, 0xe5fb5f04dcd106abULL, 0x6ad00113ce4d7da7ULL},
    {Shape::kReversedBlocks, 38, true, 113, 0x986880d490d87b37ULL, 0x9c8b9aea0b91cd1cULL},
    {Shape::kNearlySorted, 39, false, 122, 0x211dae21c3cb00c6ULL, 0xffdcd70ea15a3a94ULL},
    {Shape::kRandom, 40, false, 166, 0xeb7e1f66bec4251cULL, 0xe364c0079a9f206bULL},
    {Shape::kFewDistinct, 41, true, 162, 0x97dce77ff8a5cf1fULL, 0x07646c8a3c5a1733ULL},
    {Shape::kAscendingRuns, 42, false, 158, 0x2a30c4d6ba7d2401ULL, 0xad91e5a4cd4cd826ULL},
    {Shape::kDescendingRuns, 43, false, 42, 0x7ca35f1a43b6ee91ULL, 0xce1344605a59d18cULL},
    {Shape::kSawtooth, 44, true, 43, 0xf07ea7402c995fdeULL, 0x500a8d6ebca5b079ULL},
    {Shape::kSortedBlocks, 45, false, 165, 0x7bce8a2153dfd8aaULL, 0x3f22e5e39fb0622bULL},
    {Shape::kReversedBlocks, 46, false, 167, 0x3863e570945a2a80ULL, 0x44bd6d5626b8e29cULL},
    {Shape::kNearlySorted, 47, true, 101, 0x88ca867d1cb85185ULL, 0xdda7966b7160a010ULL},
    {Shape::kRandom, 48, false, 204, 0x6df6165fc6ee0f3fULL, 0x671715bd025dd275ULL},
    {Shape::kFewDistinct, 49, false, 202, 0xba057d1b9fc77c50ULL, 0x0a6063b289424c41ULL},
    {Shape::kAscendingRuns, 50, true, 169, 0xaa19bcc80f06ec96ULL, 0xa4bec91aa5513e62ULL},
    {Shape::kDescendingRuns, 51, false, 219, 0xb0412b30b211017eULL, 0x378ea604aca318b0ULL},
    {Shape::kSawtooth, 52, false, 221, 0x4bbd9b0519c498efULL, 0xeb2b06aecb388369ULL},
    {Shape::kSortedBlocks, 53, true, 224, 0x7775d5b6250cd008ULL, 0xd5627dfa80c74f7bULL},
    {Shape::kReversedBlocks, 54, false, 224, 0x203d08deda8ae242ULL, 0x6dfcf2f091d887b6ULL},
    {Shape::kNearlySorted, 55, false, 215, 0x3859c179fd7c1251ULL, 0xffce67b06aa188c4ULL},
    {Shape::kRandom, 56, true, 249, 0x215e59e8a102756dULL, 0x984a0b2158ba05b5ULL},
    {Shape::kFewDistinct, 57, false, 255, 0x59e9816aaeea788dULL, 0xf0af03bb53869933ULL},
    {Shape::kAscendingRuns, 58, false, 83, 0xcc3fc07e041914a3ULL, 0x4300c6db1152dee0ULL},
    {Shape::kDescendingRuns, 59, true, 263, 0x947340b5ec068754ULL, 0xed67b4ff39fb0d92ULL},
    {Shape::kSawtooth, 60, false, 95, 0x98a2a01c95748270ULL, 0xb4558b6781c085d9ULL},
    {Shape::kSortedBlocks, 61, false, 236, 0x744260cd21b06b4cULL, 0x16f996c3c80ab299ULL},
    {Shape::kReversedBlocks, 62, true, 206, 0xc5df66ce343d49dbULL, 0x95dbe91840d2e98eULL},
    {Shape::kNearlySorted, 63, false, 137, 0x853e2e6b82b191e1ULL, 0xdbefa275d6a4ec26ULL},
    {Shape::kRandom, 64, false, 302, 0xc1868b8f53fbb5a8ULL, 0xbe850522c28a0c75ULL},
    {Shape::kFewDistinct, 65, true, 286, 0x9667ecba5478a676ULL, 0x4a6dabf4744c18fdULL},
    {Shape::kAscendingRuns, 66, false, 147, 0x361b0987c246b60cULL, 0xba8fbbd56ed4eb9aULL},
    {Shape::kDescendingRuns, 67, false, 179, 0x2f53891def3c9b48ULL, 0xc3ed35329c29a812ULL},
    {Shape::kSawtooth, 68, true, 181, 0x5ac6cdb75af38b0aULL, 0x8c9e20255463b4d9ULL},
    {Shape::kSortedBlocks, 69, false, 296, 0x59f6a93752c039feULL, 0x8500ad493362c435ULL},
    {Shape::kReversedBlocks, 70, false, 326, 0x210da04e59785ef7ULL, 0x981f96409cb2ca10ULL},
    {Shape::kNearlySorted, 71, true, 308, 0x8b6dfe380f2b6576ULL, 0x8e19220529ac8ab6ULL},
    {Shape::kRandom, 72, false, 349, 0x90945b71ea03b7acULL, 0x6cd618343a797137ULL},
    {Shape::kFewDistinct, 73, false, 333, 0x0e1e31610cdd09b0ULL, 0x7fc8cf61de239819ULL},
    {Shape::kAscendingRuns, 74, true, 199, 0x1396f9bf546794afULL, 0x6c6ad26352a54138ULL},
    {Shape::kDescendingRuns, 75, false, 332, 0x6926b4879d53b4f7ULL, 0xb7d0358d2ab93c26ULL},
    {Shape::kSawtooth, 76, false, 139, 0xb7388800e041ef71ULL, 0xfc42954665b9a5c9ULL},
    {Shape::kSortedBlocks, 77, true, 309, 0xb1e6dfec7c5be93cULL, 0xf9c850f6f93e634bULL},
    {Shape::kReversedBlocks, 78, false, 154, 0x38887e9b0eb47cc3ULL, 0xffdae6210e30f0c2ULL},
    {Shape::kNearlySorted, 79, false, 291, 0x019ddbae0078c0aeULL, 0xb54e0c1940489fdcULL},
    {Shape::kRandom, 80, true, 405, 0xb2e8735d2bacb806ULL, 0x37a5ec95a0d14435ULL},
    {Shape::kFewDistinct, 81, false, 372, 0xee074e3652db10edULL, 0xac5fd77ad1ad45bdULL},
    {Shape::kAscendingRuns, 82, false, 222, 0xa6a5f20917418bacULL, 0x17d05e1d112a60a8ULL},
    {Shape::kDescendingRuns, 83, true, 306, 0x85392ca46a8032bbULL, 0x5b6607ee1842957cULL},
    {Shape::kSawtooth, 84, false, 124, 0xcee049bc38109d2aULL, 0xcea4a39ce9880609ULL},
    {Shape::kSortedBlocks, 85, false, 320, 0x6d5a655890c9e909ULL, 0x746c0bfd82ea5e0bULL},
    {Shape::kReversedBlocks, 86, true, 85, 0x148c7dd0207b1886ULL, 0x1f01da6c59a6fe2eULL},
    {Shape::kNearlySorted, 87, false, 279, 0x27d36faac28cdbeaULL, 0x7a76eefd222631e6ULL},
    {Shape::kRandom, 88, false, 455, 0x5652d4cd52095358ULL, 0xbc4fdfe9dc6ac873ULL},
    {Shape::kFewDistinct, 89, true, 419, 0x4e240dc9480c5dd0ULL, 0x332ec57e40075481ULL},
    {Shape::kAscendingRuns, 90, false, 329, 0x23de1abe08e09ca4ULL, 0x7aa411a56e2c3a76ULL},
    {Shape::kDescendingRuns, 91, false, 331, 0x94699bd1d6bf8f6dULL, 0x78f09f71f8819834ULL},
    {Shape::kSawtooth, 92, true, 466, 0xe3b047303c3b76dfULL, 0xaf255fd8e5e2bcefULL},
    {Shape::kSortedBlocks, 93, false, 92, 0xef987dbd7d02dbe1ULL, 0xf7ee5602857f292fULL},
    {Shape::kReversedBlocks, 94, false, 293, 0x332550e55d13fef6ULL, 0x38d89aec065561a4ULL},
    {Shape::kNearlySorted, 95, true, 218, 0xfbf2e5141ae6800eULL, 0x592a6eaaf1c5fa8cULL},
    {Shape::kRandom, 96, false, 502, 0x53e456bd560d9c65ULL, 0x6fe43185edc52b91ULL},
    {Shape::kFewDistinct, 97, false, 476, 0x835a8d9404b26a98ULL, 0x8b5d4ea36b31325bULL},
    {Shape::kAscendingRuns, 98, true, 491, 0x21d71d6332101227ULL, 0x627648944dff70f4ULL},
    {Shape::kDescendingRuns, 99, false, 215, 0xe8843c11ddb11a9cULL, 0xb1d0885e4f4843d8ULL},
    {Shape::kSawtooth, 100, false, 169, 0xbdf928ccac5a943fULL, 0xc8774f56fd1d93e3ULL},
    {Shape::kSortedBlocks, 101, true, 490, 0xa9acb36561cdb011ULL, 0x4042dccaeb9d7f2fULL},
    {Shape::kReversedBlocks, 102, false, 496, 0x8403fce70f4eba0fULL, 0x92999a070d68cfd6ULL},
    {Shape::kNearlySorted, 103, false, 386, 0x090213134f8798c3ULL, 0x7968a792a4454d82ULL},
    {Shape::kRandom, 104, true, 559, 0x2a70daac9b6a2033ULL, 0x9ccc963f446211adULL},
    {Shape::kFewDistinct, 105, false, 507, 0x1aa69dccb9e3c0a4ULL, 0xd2885232f8c798a5ULL},
    {Shape::kAscendingRuns, 106, false, 295, 0x831edca12de12153ULL, 0xbbfe799afd759f00ULL},
    {Shape::kDescendingRuns, 107, true, 249, 0xa63bcd6566608b9eULL, 0x9e9eec2b8cb79794ULL},
    {Shape::kSawtooth, 108, false, 211, 0x3f4320abca1b20c2ULL, 0xac736aa2e1447e07ULL},
    {Shape::kSortedBlocks, 109, false, 216, 0x1f1d54dabe2f700bULL, 0xf56bc9bd0a848fddULL},
    {Shape::kReversedBlocks, 110, true, 218, 0x6a49fb330c237c9bULL, 0x0b7acea0502ae2a8ULL},
    {Shape::kNearlySorted, 111, false, 347, 0x0f9fb39f372e545aULL, 0x2f82084ce18b0f98ULL},
    {Shape::kRandom, 112, false, 621, 0x39525853e4dc59fcULL, 0x13238d205176dcc9ULL},
    {Shape::kFewDistinct, 113, true, 560, 0x4449c85bfeb074faULL, 0x7b72ea7e2af86031ULL},
    {Shape::kAscendingRuns, 114, false, 113, 0xec9d07612a6404b4ULL, 0x646bc005fc5c80aaULL},
    {Shape::kDescendingRuns, 115, false, 325, 0x9bcdfd3a6e491632ULL, 0xdc689880cb0e9f8eULL},
    {Shape::kSawtooth, 116, true, 590, 0xa34a9afa00920c19ULL, 0xe6ee116e7a3dae39ULL},
    {Shape::kSortedBlocks, 117, false, 116, 0x1a5bd6e409d4ddf9ULL, 0x9bde6bdefdd530cfULL},
    {Shape::kReversedBlocks, 118, false, 488, 0xb2e4bf70860ce98eULL, 0x5f133cdbfade7be4ULL},
    {Shape::kNearlySorted, 119, true, 508, 0x5c21c8e0ac3e94a3ULL, 0xd79a064c8131e8b6ULL},
    {Shape::kRandom, 120, false, 669, 0xe962b67bc65a8351ULL, 0x60ebba428c75d143ULL},
    {Shape::kFewDistinct, 121, false, 607, 0x2f3b7127a04433f7ULL, 0x49da16fb868cafebULL},
    {Shape::kAscendingRuns, 122, true, 548, 0x77dd12ac6fb0fc95ULL, 0x953380508706b76aULL},
    {Shape::kDescendingRuns, 123, false, 297, 0xa152fb1d9d27ab64ULL, 0xdb34e0e1436deca8ULL},
    {Shape::kSawtooth, 124, false, 546, 0xa85ef3603651ce42ULL, 0x4254a3dfaaef2bb1ULL},
    {Shape::kSortedBlocks, 125, true, 628, 0x068867d7727dfc68ULL, 0x5d4fd1957116eafdULL},
    {Shape::kReversedBlocks, 126, false, 649, 0xe34b0b6d883288ddULL, 0x7dc9696512573e28ULL},
    {Shape::kNearlySorted, 127, false, 441, 0x2e002052acdb3479ULL, 0xd6c4825d62d4177eULL},
    {Shape::kRandom, 128, true, 737, 0xfd8077263d0d86fdULL, 0x576b9dc77c26c7d3ULL},
    {Shape::kFewDistinct, 129, false, 621, 0xffa67f6fe12c86fbULL, 0xfa40cbb601bff6fdULL},
    {Shape::kAscendingRuns, 130, false, 369, 0xc5de8c46c73dce50ULL, 0x6c03d7016eaf77eeULL},
    {Shape::kDescendingRuns, 131, true, 260, 0xb132b1df1b199584ULL, 0x90882b4406e9bf80ULL},
    {Shape::kSawtooth, 132, false, 551, 0xa063268d17bc1123ULL, 0x300c248347844ee9ULL},
    {Shape::kSortedBlocks, 133, false, 132, 0x7f8ce1fcf40ac6a9ULL, 0x3ecac2415b9f2fafULL},
    {Shape::kReversedBlocks, 134, true, 266, 0x634a271bc73c9929ULL, 0xde9e3a19d5b9cef2ULL},
    {Shape::kNearlySorted, 135, false, 322, 0x01e64e56e1a636e8ULL, 0x68be7b7c8ed8adc2ULL},
    {Shape::kRandom, 136, false, 789, 0xa8ebb98e12cd9454ULL, 0x3908ddd30298cab3ULL},
    {Shape::kFewDistinct, 137, true, 678, 0xaed0bb7503bed904ULL, 0xee9206b22723722fULL},
    {Shape::kAscendingRuns, 138, false, 487, 0x3e8dd71bef9609e2ULL, 0x1d86b82f44558e5aULL},
    {Shape::kDescendingRuns, 139, false, 283, 0xa80b84ac76b9b9b2ULL, 0x2f3aa8eeddaa3fb6ULL},
    {Shape::kSawtooth, 140, true, 357, 0x6f37cc59e1896e70ULL, 0xdeb0a3309e3e49c9ULL},
    {Shape::kSortedBlocks, 141, false, 140, 0x128af50e5b713971ULL, 0x6e2fd692ebce3f8fULL},
    {Shape::kReversedBlocks, 142, false, 561, 0x6ca5bf282ed4862bULL, 0x5818e82e50f1587eULL},
    {Shape::kNearlySorted, 143, true, 396, 0x5e1c79a1d531af8cULL, 0xb35943673e38fe12ULL},
    {Shape::kRandom, 144, false, 856, 0x36f04c05f2a05cf6ULL, 0x6ae44cbb39f15995ULL},
    {Shape::kFewDistinct, 145, false, 729, 0x01eac975083791bdULL, 0x3d12f50b5612dff3ULL},
    {Shape::kAscendingRuns, 146, true, 440, 0xf91130379e13cfdaULL, 0x87d41813e598a522ULL},
    {Shape::kDescendingRuns, 147, false, 230, 0x666f4cf84ffa946cULL, 0x37cc91f404662a36ULL},
    {Shape::kSawtooth, 148, false, 384, 0xeb14d5ad1ff014ccULL, 0x4934e399dd627371ULL},
    {Shape::kSortedBlocks, 149, true, 715, 0x518995c313b6b8fcULL, 0x8da037cf11c0c0b3ULL},
    {Shape::kReversedBlocks, 150, false, 513, 0x72b11edf7a2df241ULL, 0x1eedc781e5e7dbd8ULL},
    {Shape::kNearlySorted, 151, false, 349, 0xb430a64a09cc3677ULL, 0x44e1d61d4e8b2b1cULL},
    {Shape::kRandom, 152, true, 906, 0x5de1c083c158b635ULL, 0xab9251b3cf368623ULL},
    {Shape::kFewDistinct, 153, false, 778, 0xa2344d1aa18ec2d7ULL, 0x8aa8dd7c41c0f333ULL},
    {Shape::kAscendingRuns, 154, false, 403, 0xe0f1860e4ae37a73ULL, 0x130f5a05a5828b18ULL},
    {Shape::kDescendingRuns, 155, true, 525, 0x2ac67303f98d970cULL, 0x919d45ef8c9c9c4aULL},
    {Shape::kSawtooth, 156, false, 833, 0xc23e256630ece694ULL, 0xe54e9e1eb6a7cad9ULL},
    {Shape::kSortedBlocks, 157, false, 156, 0xba96a27e74ca26a1ULL, 0xcf21d33fc0f54bafULL},
    {Shape::kReversedBlocks, 158, true, 495, 0x0ba1b38ba91ad27cULL, 0x95010c69e9866818ULL},
    {Shape::kNearlySorted, 159, false, 442, 0x3d11701501c214d7ULL, 0xe3be47179a9d24f8ULL},
    {Shape::kRandom, 160, false, 973, 0x17f56111e4a2e58cULL, 0x0610f4a037915ddbULL},
    {Shape::kFewDistinct, 161, true, 811, 0xa7cf837fc8c16408ULL, 0xc06eff957b67cd7fULL},
    {Shape::kAscendingRuns, 162, false, 209, 0xa4a7195bdce92524ULL, 0xd06bf0c86450ae96ULL},
    {Shape::kDescendingRuns, 163, false, 332, 0x1de21d57c3ee235aULL, 0xe2b5c276d2457666ULL},
    {Shape::kSawtooth, 164, true, 972, 0xf1d544d0f40942caULL, 0x343c9aaad2d7b8b9ULL},
    {Shape::kSortedBlocks, 165, false, 435, 0x767fc8d721d3ff41ULL, 0x0612e94885b78c29ULL},
    {Shape::kReversedBlocks, 166, false, 577, 0xf8f92f66b6b6825cULL, 0x03b982a04250f676ULL},
    {Shape::kNearlySorted, 167, true, 551, 0xd7290e9b2d5b0a08ULL, 0xa866ecf4f8bfa59cULL},
    {Shape::kRandom, 168, false, 1026, 0x9fdd930bd54a0544ULL, 0xab049a5ce58057abULL},
    {Shape::kFewDistinct, 169, false, 864, 0xfadf4a2e849de4f3ULL, 0xda0453051f717fa7ULL},
    {Shape::kAscendingRuns, 170, true, 256, 0xeeb9468c39d01425ULL, 0x562c8c84256ae4c4ULL},
    {Shape::kDescendingRuns, 171, false, 502, 0xf1ba00728f3b8d0eULL, 0xb96b65ba609aa9b8ULL},
    {Shape::kSawtooth, 172, false, 486, 0x59feedc460679ca2ULL, 0xec811301329d04f1ULL},
    {Shape::kSortedBlocks, 173, true, 773, 0xb77eb56c66c36a80ULL, 0x605812dc33207f0bULL},
    {Shape::kReversedBlocks, 174, false, 651, 0xdc2abf9848cd69feULL, 0x9b0d3b643eea4df8ULL},
    {Shape::kNearlySorted, 175, false, 480, 0x0a0e585720ed474fULL, 0x00929dbf8b5480b8ULL},
    {Shape::kRandom, 176, true, 1085, 0x5c56d2f9571c431cULL, 0x09544ff8b6919b4bULL},
    {Shape::kFewDistinct, 177, false, 911, 0xca638f8f18f46f3cULL, 0xc52f75b37356278dULL},
    {Shape::kAscendingRuns, 178, false, 465, 0x63aedcec71e4302cULL, 0x4d97983795937db8ULL},
    {Shape::kDescendingRuns, 179, true, 436, 0xb71f08dbf5585b50ULL, 0xb5adce799805d130ULL},
    {Shape::kSawtooth, 180, false, 587, 0x787e0fba88481fc0ULL, 0x6b1587f3487d8ae9ULL},
    {Shape::kSortedBlocks, 181, false, 359, 0x6d961630cd666628ULL, 0x1d8f0be520c59829ULL},
    {Shape::kReversedBlocks, 182, true, 181, 0xe1b1fb6d4c78aae6ULL, 0x15c8888d4c3be94eULL},
    {Shape::kNearlySorted, 183, false, 603, 0x92b68c6da7477cbcULL, 0x2c49521605c8bb8aULL},
    {Shape::kRandom, 184, false, 1137, 0xd79926327a03e01aULL, 0xc945484513158bd3ULL},
    {Shape::kFewDistinct, 185, true, 933, 0x5e0175456dd02260ULL, 0xfcf5908702a6edc3ULL},
    {Shape::kAscendingRuns, 186, false, 596, 0x7cc603555808f7a5ULL, 0x27713b3f3e5fe278ULL},
    {Shape::kDescendingRuns, 187, false, 858, 0xdecb2131684be5e1ULL, 0xfa79a79235b3ad34ULL},
    {Shape::kSawtooth, 188, true, 1094, 0x88c80477b21facdcULL, 0x3c35576d40eb7251ULL},
    {Shape::kSortedBlocks, 189, false, 188, 0xc2551f056f4030c1ULL, 0xc2bbf54cea6d71efULL},
    {Shape::kReversedBlocks, 190, false, 894, 0xe96d6e4fda585d67ULL, 0xbdaf9f8e19ae3192ULL},
    {Shape::kNearlySorted, 191, true, 673, 0xfe9ad7b3164a1886ULL, 0x911e0abd02ccf05cULL},
    {Shape::kRandom, 192, false, 1206, 0x912532d319464d37ULL, 0xbdcb7757a2ca4e77ULL},
    {Shape::kFewDistinct, 193, false, 1008, 0x51a06b156daa14e6ULL, 0x91a6365c6a191a3fULL},
    {Shape::kAscendingRuns, 194, true, 747, 0x7d410b3b8f786e32ULL, 0xed97347b27ce806aULL},
    {Shape::kDescendingRuns, 195, false, 488, 0xba6bbefb6bc8c172ULL, 0x31205f38b90f34a0ULL},
    {Shape::kSawtooth, 196, false, 570, 0x2a44e8661b0bd057ULL, 0x4e2eac9a39d76451ULL},
    {Shape::kSortedBlocks, 197, true, 917, 0x83352b34dbacf5b4ULL, 0xbd21f8ee2a1f0e69ULL},
    {Shape::kReversedBlocks, 198, false, 903, 0x0d8faf3a0eaa7708ULL, 0x1da1085a7dcad8d6ULL},
    {Shape::kNearlySorted, 199, false, 570, 0x2878274857a1110fULL, 0xe87b952be6eef984ULL},
    {Shape::kRandom, 200, true, 1271, 0xe6edf4edaa2a4c20ULL, 0xe5c60f63ad71b441ULL},
    {Shape::kFewDistinct, 201, false, 1032, 0x9b1a6370939dcebeULL, 0xcf5605b9e92947d9ULL},
    {Shape::kAscendingRuns, 202, false, 535, 0x7bff561ccf0deed3ULL, 0xce551d98dcda32baULL},
    {Shape::kDescendingRuns, 203, true, 874, 0x13f08f78d8f20192ULL, 0x82953d215936dbb4ULL},
    {Shape::kSawtooth, 204, false, 1224, 0x819bb75323a5b71aULL, 0xdfd87304503a9751ULL},
    {Shape::kSortedBlocks, 205, false, 612, 0xd5bf7574d6bca7f5ULL, 0x42097f26d03992cbULL},
    {Shape::kReversedBlocks, 206, true, 205, 0x99157f5e7504974eULL, 0x513ddd76d485d9a6ULL},
    {Shape::kNearlySorted, 207, false, 750, 0x1dda513fc3481686ULL, 0x4fa7d2ada4befd76ULL},
    {Shape::kRandom, 208, false, 1325, 0x86aa4ac971f88169ULL, 0xb2fd431ee7f72915ULL},
    {Shape::kFewDistinct, 209, true, 1112, 0x2995d8e9dfcc6109ULL, 0x0d733b9f926dba69ULL},
    {Shape::kAscendingRuns, 210, false, 498, 0x0de1366c0e78d333ULL, 0x5d9cbc8f359896ceULL},
    {Shape::kDescendingRuns, 211, false, 1013, 0x9a6ae5c07602854aULL, 0x866fec97faaec000ULL},
    {Shape::kSawtooth, 212, true, 1264, 0x92dcce30aee8662fULL, 0xbb99e5453fc7b811ULL},
    {Shape::kSortedBlocks, 213, false, 420, 0xea89aba32eca1767ULL, 0x232f472376c2231fULL},
    {Shape::kReversedBlocks, 214, false, 1093, 0x0bcf60cc94343c75ULL, 0x17249418b5d9e126ULL},
    {Shape::kNearlySorted, 215, true, 836, 0x50169895a3476f0cULL, 0x98d94496730157e0ULL},
    {Shape::kRandom, 216, false, 1384, 0x263dd1415432b558ULL, 0x85450e53b010fcb9ULL},
    {Shape::kFewDistinct, 217, false, 1145, 0xd2dc8d94456ce164ULL, 0xecc4a30f8bf4925dULL},
    {Shape::kAscendingRuns, 218, true, 382, 0x64974585bd503f66ULL, 0x363cd4fd30d51398ULL},
    {Shape::kDescendingRuns, 219, false, 525, 0x8d64010b1a5ec049ULL, 0x7d10fe8fea5d2830ULL},
    {Shape::kSawtooth, 220, false, 1173, 0x1af1bab00eaecafdULL, 0x2560a965a4ca42b7ULL},
    {Shape::kSortedBlocks, 221, true, 1102, 0x29c74dc4a2f9d971ULL, 0x22d951002fa3d86bULL},
    {Shape::kReversedBlocks, 222, false, 1078, 0x8b7f7354d2cddddcULL, 0xe19fbb17be86864aULL},
    {Shape::kNearlySorted, 223, false, 666, 0x8a8aa180e7898510ULL, 0x2994e0fa9381a528ULL},
    {Shape::kRandom, 224, true, 1443, 0x9e9db1201b1bc8b1ULL, 0x6767711e3d916819ULL},
    {Shape::kFewDistinct, 225, false, 1167, 0xd4259af3a234b2e2ULL, 0xaebf0acce02f01a3ULL},
    {Shape::kAscendingRuns, 226, false, 620, 0x9ad25eac36670896ULL, 0x7d04bd854b60a20cULL},
    {Shape::kDescendingRuns, 227, true, 613, 0x022c1409bc4d73e4ULL, 0x336befbfda987e10ULL},
    {Shape::kSawtooth, 228, false, 602, 0x5a525c13305f1187ULL, 0x28133434a6854841ULL},
    {Shape::kSortedBlocks, 229, false, 228, 0xb0525c1e15b1a5c9ULL, 0xa42508672d7307efULL},
    {Shape::kReversedBlocks, 230, true, 715, 0x5650e2fe48a308ffULL, 0x2103475a84710f14ULL},
    {Shape::kNearlySorted, 231, false, 808, 0xc16f45ed47d4b624ULL, 0x16b4e1cf52b412a4ULL},
    {Shape::kRandom, 232, false, 1515, 0x214175b6a32a68f6ULL, 0x00d5ca6e7f91cff5ULL},
    {Shape::kFewDistinct, 233, true, 1244, 0xd8e79276d01c1e09ULL, 0x56ac818d4418cacdULL},
    {Shape::kAscendingRuns, 234, false, 1067, 0xb8b41fcf4173781bULL, 0x6a9cdc94b9c825c8ULL},
    {Shape::kDescendingRuns, 235, false, 1058, 0x2ed102c756ade89fULL, 0x458b748a43d30e22ULL},
    {Shape::kSawtooth, 236, true, 1417, 0xaa465b4390a58aebULL, 0x5cbf366c6929fe6dULL},
    {Shape::kSortedBlocks, 237, false, 236, 0x1b51957c99b552d1ULL, 0x837580d99198638fULL},
    {Shape::kReversedBlocks, 238, false, 1233, 0xee1b915e0f023701ULL, 0x5c6ded11e38f8104ULL},
    {Shape::kNearlySorted, 239, true, 903, 0x62263c3d7fc7cfc6ULL, 0x47f1ea84dd0af27cULL},
    {Shape::kRandom, 240, false, 1578, 0x1e9f9b7457305b21ULL, 0xba80c86736557b4dULL},
    {Shape::kFewDistinct, 241, false, 1291, 0x678bc5d28ab6327dULL, 0x07b57ab0bc5dd561ULL},
    {Shape::kAscendingRuns, 242, true, 905, 0xdb13a5a0c0e0005aULL, 0xaff91b984507fe9aULL},
    {Shape::kDescendingRuns, 243, false, 1113, 0xa7a5ecebed4f9c10ULL, 0xc77c9c5356a790d8ULL},
    {Shape::kSawtooth, 244, false, 1376, 0xeb07e91141a249caULL, 0x5450dcb5540edc81ULL},
    {Shape::kSortedBlocks, 245, true, 1334, 0x8389d1449b0a6697ULL, 0x88e6474e019f1bffULL},
    {Shape::kReversedBlocks, 246, false, 1406, 0x42ac95e4009c7f95ULL, 0x92a71c3ef76f5b2eULL},
    {Shape::kNearlySorted, 247, false, 852, 0x07146f713d94f204ULL, 0x8de6d5913edf1b38ULL},
    {Shape::kRandom, 248, true, 1647, 0xa5e0a0c5a81d8034ULL, 0x60c4c840dae74d9dULL},
    {Shape::kFewDistinct, 249, false, 1348, 0x1c92bfafb94ed529ULL, 0xe89fdc5c4e85d887ULL},
    {Shape::kAscendingRuns, 250, false, 1222, 0x87291ea35aa43a37ULL, 0x9bcc1cab07e8848eULL},
    {Shape::kDescendingRuns, 251, true, 593, 0x4adeb27e45b22af2ULL, 0x836ef326aa300f4cULL},
    {Shape::kSawtooth, 252, false, 738, 0x5303e5c029215d35ULL, 0xa3e936dd1de3ca89ULL},
    {Shape::kSortedBlocks, 253, false, 667, 0xaf1bd272f68304b0ULL, 0x24f2b3c9ceb07667ULL},
    {Shape::kReversedBlocks, 254, true, 786, 0x8115ce1cf941c26eULL, 0xe9725ecbcc8fc4d0ULL},
    {Shape::kNearlySorted, 255, false, 795, 0xac03cc60690cd0e6ULL, 0x9eac3e464f13b6d2ULL},
    {Shape::kRandom, 256, false, 1722, 0xc1a91756c1e6cc2fULL, 0x3c0297fdd40ca94dULL},
    {Shape::kFewDistinct, 257, true, 1349, 0x31fc2a5a9ad158afULL, 0xa71a41ca488b959bULL},
    {Shape::kAscendingRuns, 258, false, 883, 0x043a0a4b16dfea6dULL, 0x7ad2b6624120632eULL},
    {Shape::kDescendingRuns, 259, false, 716, 0xe5adc01b205be3e1ULL, 0x862a67fdc24871ecULL},
    {Shape::kSawtooth, 260, true, 769, 0x8894c3095e9da380ULL, 0x381e17aa364786d1ULL},
    {Shape::kSortedBlocks, 261, false, 260, 0xa482aefbc2845b29ULL, 0x8cbfc236f02183afULL},
    {Shape::kReversedBlocks, 262, false, 1289, 0x41b2317366b875f0ULL, 0x9f727f15361b4f92ULL},
    {Shape::kNearlySorted, 263, true, 688, 0x2aa01fefa3680328ULL, 0xab96ddaf7ba877d2ULL},
    {Shape::kRandom, 264, false, 1785, 0x693e91c398302c55ULL, 0x51b56d4b640b7323ULL},
    {Shape::kFewDistinct, 265, false, 1369, 0x794f9431c03362a6ULL, 0xb0fd4fa66d23a5e5ULL},
    {Shape::kAscendingRuns, 266, true, 851, 0x5c977c6e3fe759fcULL, 0x5e2da3db21db9246ULL},
    {Shape::kDescendingRuns, 267, false, 920, 0x9568085235c8fa76ULL, 0x7a59bbcdacacb75cULL},
    {Shape::kSawtooth, 268, false, 1176, 0x30f1490b80fd4f65ULL, 0xd92ad542fec96823ULL},
    {Shape::kSortedBlocks, 269, true, 1477, 0xa6a1a48344d14038ULL, 0x41e9cbe4e7acda6dULL},
    {Shape::kReversedBlocks, 270, false, 1299, 0x1d3e91e3b481956aULL, 0x432bfc070c5fa564ULL},
    {Shape::kNearlySorted, 271, false, 722, 0xb0d1f5aaa41f7f15ULL, 0x09bc5f2883db5542ULL},
    {Shape::kRandom, 272, true, 1845, 0x800225ba6be1dc9bULL, 0x49b5edc76a580a1dULL},
    {Shape::kFewDistinct, 273, false, 1452, 0xe2f7bc442c760ed8ULL, 0xd3657493628c27efULL},
    {Shape::kAscendingRuns, 274, false, 966, 0x0d5dec75877fcc85ULL, 0x103973436d84cb24ULL},
    {Shape::kDescendingRuns, 275, true, 611, 0x1a81731c027ee6beULL, 0xd13ea29441f978beULL},
    {Shape::kSawtooth, 276, false, 1664, 0xcc1b226d9d36d070ULL, 0x9b6e2458e53be2b7ULL},
    {Shape::kSortedBlocks, 277, false, 735, 0x261fba9721acf2ceULL, 0x3b549e1cf328532bULL},
    {Shape::kReversedBlocks, 278, true, 277, 0x09a29cb50f5d81c6ULL, 0x7cfe4ab2107cb66eULL},
    {Shape::kNearlySorted, 279, false, 681, 0x7002a4bffe8a7072ULL, 0x9ab4daeb3051d8e8ULL},
    {Shape::kRandom, 280, false, 1917, 0xffc1c80c579816f2ULL, 0x0ac8ce2510092d27ULL},
    {Shape::kFewDistinct, 281, true, 1503, 0xa22628b69de024f2ULL, 0xb990e62fc69b1205ULL},
    {Shape::kAscendingRuns, 282, false, 810, 0x6d5ccba649610237ULL, 0xeb958a5a9c7f4ad6ULL},
    {Shape::kDescendingRuns, 283, false, 597, 0x19ca4abf1c630966ULL, 0xbb7203a1d73c938aULL},
    {Shape::kSawtooth, 284, true, 1174, 0x0e17bfca58e8f0edULL, 0x0f36f55ab1451e99ULL},
    {Shape::kSortedBlocks, 285, false, 566, 0x96ab10975b264c48ULL, 0x3806841271864bddULL},
    {Shape::kReversedBlocks, 286, false, 1319, 0x97116b13d996d70bULL, 0x025c572d7b78d704ULL},
    {Shape::kNearlySorted, 287, true, 641, 0x8a8902ddf29ca941ULL, 0x204a620a95044d70ULL},
    {Shape::kRandom, 288, false, 1974, 0xa87cfce98b614356ULL, 0xe79770cb7358b2fbULL},
    {Shape::kFewDistinct, 289, false, 1553, 0xe39c62d6ed75671dULL, 0x509e1c97b050e13bULL},
    {Shape::kAscendingRuns, 290, true, 700, 0x95ca97a6985ad099ULL, 0xb55ac286d216b9f6ULL},
    {Shape::kDescendingRuns, 291, false, 793, 0x272a4803fd8a1c4bULL, 0x9219cd5dd21cc786ULL},
    {Shape::kSawtooth, 292, false, 862, 0xa6dcebf32c63a6e6ULL, 0x6a7ba05e49eab639ULL},
    {Shape::kSortedBlocks, 293, true, 1294, 0xfcaed4c74051fa67ULL, 0x47f7e6f176e5937dULL},
    {Shape::kReversedBlocks, 294, false, 1298, 0x96d5faa6db44edb0ULL, 0x0e0b7fa2c7a1cca8ULL},
    {Shape::kNearlySorted, 295, false, 887, 0xd4c04c020a22e95dULL, 0x25835d5230ca0048ULL},
    {Shape::kRandom, 296, true, 2054, 0x66dff123f15fe5e7ULL, 0x34e5f26d2f85bce7ULL},
    {Shape::kFewDistinct, 297, false, 1616, 0x0a9d3b669da76ddaULL, 0xc77628d5a61947d5ULL},
    {Shape::kAscendingRuns, 298, false, 654, 0xe93c4705958e73faULL, 0x7daca20738ce244cULL},
    {Shape::kDescendingRuns, 299, true, 712, 0x4207a52bb27f227dULL, 0x6b289c2be10ff3b0ULL},
    {Shape::kSawtooth, 300, false, 1609, 0x7c6f24839d0a11efULL, 0xb449921ebbcae881ULL},
    {Shape::kRandom, 63, false, 292, 0x646e17d5b3a032d5ULL, 0xcc94b5bf6e44bcacULL},
    {Shape::kRandom, 63, true, 292, 0xfb6a649a137c2eb6ULL, 0x372e51684c838b50ULL},
    {Shape::kFewDistinct, 63, false, 290, 0x253c20e5e3ca0c66ULL, 0x146e0ecf510806f4ULL},
    {Shape::kFewDistinct, 63, true, 278, 0x41c3fb903bfbf133ULL, 0x42dd9c5e911af164ULL},
    {Shape::kAscendingRuns, 63, false, 272, 0x10d825c4b6a67f29ULL, 0xc75b9fb7ade66828ULL},
    {Shape::kAscendingRuns, 63, true, 113, 0xf84dc58a5d277088ULL, 0x19a751999c7b1f18ULL},
    {Shape::kDescendingRuns, 63, false, 282, 0x5fe373592505b775ULL, 0x2a9e4d728af677baULL},
    {Shape::kDescendingRuns, 63, true, 268, 0x26431e7175a922bbULL, 0x19814e9dfd72687aULL},
    {Shape::kSawtooth, 63, false, 88, 0xe46910931cee130bULL, 0x83b87c905e0f07caULL},
    {Shape::kSawtooth, 63, true, 290, 0x7a2973f8c114b299ULL, 0x5169bffdf9cd013eULL},
    {Shape::kSortedBlocks, 63, false, 209, 0xdbd681e566d2cb1aULL, 0x685d0428561cecceULL},
    {Shape::kSortedBlocks, 63, true, 207, 0x6fd0c53f92def36bULL, 0x9bcb10ae73c91074ULL},
    {Shape::kReversedBlocks, 63, false, 298, 0xd7d0824d64a82723ULL, 0xecc06100d5198c42ULL},
    {Shape::kReversedBlocks, 63, true, 246, 0x7bfbcb6922354372ULL, 0xa705855d84cded72ULL},
    {Shape::kNearlySorted, 63, false, 137, 0x853e2e6b82b191e1ULL, 0xdbefa275d6a4ec26ULL},
    {Shape::kNearlySorted, 63, true, 296, 0x973c8f8a5c4141d0ULL, 0x0030e6898f437962ULL},
    {Shape::kRandom, 64, false, 302, 0xc1868b8f53fbb5a8ULL, 0xbe850522c28a0c75ULL},
    {Shape::kRandom, 64, true, 307, 0x7253fc6dd63468c4ULL, 0x115a4008640b5a0fULL},
    {Shape::kFewDistinct, 64, false, 275, 0x3b03d64be642e7a8ULL, 0xe6776b445bb064cfULL},
    {Shape::kFewDistinct, 64, true, 281, 0xb52129f7ef7b47ebULL, 0x9c76d3a4176237fdULL},
    {Shape::kAscendingRuns, 64, false, 172, 0x2c3942b3a69fe164ULL, 0x86406852babbc0f3ULL},
    {Shape::kAscendingRuns, 64, true, 247, 0x4ffea17fd11c3666ULL, 0x870221b10fc786b5ULL},
    {Shape::kDescendingRuns, 64, false, 157, 0x264f40037697396fULL, 0x5c2fdd89a5085dcdULL},
    {Shape::kDescendingRuns, 64, true, 125, 0x1870257670e2b440ULL, 0x5aa4667ec3edee4fULL},
    {Shape::kSawtooth, 64, false, 127, 0xae64160398f8fbf3ULL, 0x6f9e010837507b53ULL},
    {Shape::kSawtooth, 64, true, 145, 0xca67536e94a35358ULL, 0x67ea999ecb6e1f47ULL},
    {Shape::kSortedBlocks, 64, false, 246, 0x57060bb3bbba7454ULL, 0x932a3d2ce86b46dfULL},
    {Shape::kSortedBlocks, 64, true, 236, 0x2e85974b9146ee1bULL, 0x456828a0784b2f09ULL},
    {Shape::kReversedBlocks, 64, false, 281, 0xbd9db659abecf048ULL, 0x3fa038228478cbebULL},
    {Shape::kReversedBlocks, 64, true, 126, 0xa7f562001ba29015ULL, 0x9d4b1ef2ac5d9d11ULL},
    {Shape::kNearlySorted, 64, false, 190, 0xdf9f42950fb27e34ULL, 0xdc3b79e2363d3d49ULL},
    {Shape::kNearlySorted, 64, true, 231, 0xa101a23e2740348fULL, 0x85340f07faf43209ULL},
    {Shape::kRandom, 65, false, 311, 0x54dcddb5a7a1a236ULL, 0x0b4ad1136882f051ULL},
    {Shape::kRandom, 65, true, 307, 0x2c977b8e197d79f7ULL, 0x8591d15e16dc945dULL},
    {Shape::kFewDistinct, 65, false, 276, 0x90dd6983646577c8ULL, 0x0f9569336728f237ULL},
    {Shape::kFewDistinct, 65, true, 286, 0x9667ecba5478a676ULL, 0x4a6dabf4744c18fdULL},
    {Shape::kAscendingRuns, 65, false, 259, 0x3065f0127d585a94ULL, 0xc73ca4cdbbff3c71ULL},
    {Shape::kAscendingRuns, 65, true, 146, 0xcf4844d1a2920a36ULL, 0x4448cd03652f9925ULL},
    {Shape::kDescendingRuns, 65, false, 73, 0x9c7bf56527989840ULL, 0xd06dbcadf0af3cf7ULL},
    {Shape::kDescendingRuns, 65, true, 121, 0xb1276dead6e8c394ULL, 0xe5e6b5d710864fc7ULL},
    {Shape::kSawtooth, 65, false, 286, 0xed580c8f7ff05256ULL, 0xb8baddd60b4211dfULL},
    {Shape::kSawtooth, 65, true, 285, 0x7d00372e0348c7d8ULL, 0xe5656e25f3a8da47ULL},
    {Shape::kSortedBlocks, 65, false, 64, 0xedd98ac22da1b1e5ULL, 0xe34f3f08399bd25fULL},
    {Shape::kSortedBlocks, 65, true, 152, 0xd449d6008a3b007cULL, 0x294f2611a81d9dbdULL},
    {Shape::kReversedBlocks, 65, false, 64, 0xedd98ac22da1b1e5ULL, 0xceccd18510e67d5fULL},
    {Shape::kReversedBlocks, 65, true, 64, 0x59082580c8753865ULL, 0xe34f3f08399bd25fULL},
    {Shape::kNearlySorted, 65, false, 131, 0xf99865d425c45aa7ULL, 0xb1bab02e09c5e4c1ULL},
    {Shape::kNearlySorted, 65, true, 168, 0x1f6b249808c54570ULL, 0xefa889d2ddeac3ddULL},
    {Shape::kRandom, 127, false, 718, 0x9815355dd42283f4ULL, 0x8895efdfbf51982cULL},
    {Shape::kRandom, 127, true, 724, 0x275407b908e6e5b8ULL, 0xfe5b2f9bb354d0a8ULL},
    {Shape::kFewDistinct, 127, false, 634, 0x31febd26a72f2407ULL, 0xc2e372ee44125f80ULL},
    {Shape::kFewDistinct, 127, true, 634, 0x3d393167f33d8a7aULL, 0x6273246d3a22701aULL},
    {Shape::kAscendingRuns, 127, false, 370, 0xd3d6fac7d95f98a7ULL, 0xfdd7c5e98ae7821aULL},
    {Shape::kAscendingRuns, 127, true, 262, 0xe0aca5f01c7168cbULL, 0x772c9fbd8da93772ULL},
    {Shape::kDescendingRuns, 127, false, 349, 0x520b6f396aacd620ULL, 0x10da7a9eac7b526eULL},
    {Shape::kDescendingRuns, 127, true, 156, 0x58255dd82a063814ULL, 0x1561cc7928984f36ULL},
    {Shape::kSawtooth, 127, false, 252, 0xf37f5486c2a476acULL, 0x1ded405c47cf4cb8ULL},
    {Shape::kSawtooth, 127, true, 257, 0x86f465d1e74ec0e2ULL, 0x142d951bf7090f38ULL},
    {Shape::kSortedBlocks, 127, false, 546, 0x6315305061184505ULL, 0xd89ba24f584beec2ULL},
    {Shape::kSortedBlocks, 127, true, 650, 0x430fd880e6a83d06ULL, 0x0f945c077cb0c9e6ULL},
    {Shape::kReversedBlocks, 127, false, 534, 0x63e0b010f5b25832ULL, 0xa280c093f0e8e536ULL},
    {Shape::kReversedBlocks, 127, true, 126, 0x63038b077472f859ULL, 0x25e407261fd2f438ULL},
    {Shape::kNearlySorted, 127, false, 441, 0x2e002052acdb3479ULL, 0xd6c4825d62d4177eULL},
    {Shape::kNearlySorted, 127, true, 424, 0xcde6546898aebfd9ULL, 0xbda37d562269996eULL},
    {Shape::kRandom, 128, false, 730, 0x5a0638c5599a7483ULL, 0x79dad4af6671062fULL},
    {Shape::kRandom, 128, true, 737, 0xfd8077263d0d86fdULL, 0x576b9dc77c26c7d3ULL},
    {Shape::kFewDistinct, 128, false, 629, 0x8354efac9cf19821ULL, 0xce8b738face4bf6fULL},
    {Shape::kFewDistinct, 128, true, 625, 0x766f13fe895ed2d8ULL, 0x89cb3508c70ae603ULL},
    {Shape::kAscendingRuns, 128, false, 156, 0xb8bf74cddb82a434ULL, 0x328826994081f20dULL},
    {Shape::kAscendingRuns, 128, true, 154, 0xeeaa30eb98711da4ULL, 0xaf77c978fc9d460dULL},
    {Shape::kDescendingRuns, 128, false, 179, 0x48d5bdfb9e314f90ULL, 0x88d6d2078127c951ULL},
    {Shape::kDescendingRuns, 128, true, 195, 0x6c6c95fb0e675874ULL, 0xd8bf840d262b8785ULL},
    {Shape::kSawtooth, 128, false, 501, 0xd282d01756d00147ULL, 0xef42e9a0c62bf045ULL},
    {Shape::kSawtooth, 128, true, 699, 0x9fbf749c46826ea0ULL, 0x9a4034ee306ab26dULL},
    {Shape::kSortedBlocks, 128, false, 127, 0x6d1b4e470fd36268ULL, 0x356c6cc8137514a5ULL},
    {Shape::kSortedBlocks, 128, true, 304, 0xc405c163563554c4ULL, 0xb6c90aa8a041e387ULL},
    {Shape::kReversedBlocks, 128, false, 477, 0xe438f61524900d75ULL, 0x500cef8159eec4cdULL},
    {Shape::kReversedBlocks, 128, true, 375, 0x9f915adb05dc63fbULL, 0x6beb56483f2bf04dULL},
    {Shape::kNearlySorted, 128, false, 372, 0x65b52040afd9a853ULL, 0x9af91fae01105a0dULL},
    {Shape::kNearlySorted, 128, true, 358, 0xcf917a603b047c10ULL, 0x40d447646942bd5dULL},
    {Shape::kRandom, 129, false, 739, 0x4366be71956f8bfaULL, 0x1885fe144c8de681ULL},
    {Shape::kRandom, 129, true, 741, 0xeaeb15496e5a94eeULL, 0xc4d4202e642c7109ULL},
    {Shape::kFewDistinct, 129, false, 621, 0xffa67f6fe12c86fbULL, 0xfa40cbb601bff6fdULL},
    {Shape::kFewDistinct, 129, true, 667, 0x450031f3f8b6cdcfULL, 0x8f11003c7ec3887bULL},
    {Shape::kAscendingRuns, 129, false, 298, 0xb2d6d30e275c6190ULL, 0x89612c80964e96e9ULL},
    {Shape::kAscendingRuns, 129, true, 394, 0x02a5f42b50a1d147ULL, 0xf8aeba2725f37959ULL},
    {Shape::kDescendingRuns, 129, false, 273, 0x701b78863b3b4e79ULL, 0x90397ad3646955adULL},
    {Shape::kDescendingRuns, 129, true, 348, 0x01f2db7012b05ff1ULL, 0x70c59fb7bc3cc8f7ULL},
    {Shape::kSawtooth, 129, false, 684, 0x82a439d6671466b7ULL, 0xa6e1b39e19e0ad31ULL},
    {Shape::kSawtooth, 129, true, 711, 0x71b9ffbeb015501eULL, 0xfe4dd990ecdd45e1ULL},
    {Shape::kSortedBlocks, 129, false, 342, 0x044ab7586b70806fULL, 0x5aee118c4ea8ed3bULL},
    {Shape::kSortedBlocks, 129, true, 546, 0x508159a41e1adbfaULL, 0x3f5a637251ff0f43ULL},
    {Shape::kReversedBlocks, 129, false, 366, 0xc5b6be233f9aba50ULL, 0x1d7c949aab550ca7ULL},
    {Shape::kReversedBlocks, 129, true, 128, 0x5ac60af198783ca5ULL, 0x3c50fcf90ff13adfULL},
    {Shape::kNearlySorted, 129, false, 395, 0xdeb56c45db9ee77eULL, 0xd1fd5dfb587d8455ULL},
    {Shape::kNearlySorted, 129, true, 466, 0x93c271b363863f71ULL, 0xbb902c594bff54a9ULL},
    {Shape::kRandom, 200, false, 1268, 0x279ee5f88404d81dULL, 0xbc31532fc8f585bbULL},
    {Shape::kRandom, 200, true, 1271, 0xe6edf4edaa2a4c20ULL, 0xe5c60f63ad71b441ULL},
    {Shape::kFewDistinct, 200, false, 1049, 0x2730110afc2dae52ULL, 0x9c370e53c6d564dfULL},
    {Shape::kFewDistinct, 200, true, 1069, 0xe6703b3925c0dc02ULL, 0x2409e53e360e612fULL},
    {Shape::kAscendingRuns, 200, false, 827, 0x2b5a103fb04cfcd5ULL, 0xeadb7a8b35f70e17ULL},
    {Shape::kAscendingRuns, 200, true, 774, 0xf65033acf514ba2eULL, 0xd005cd8f133e3013ULL},
    {Shape::kDescendingRuns, 200, false, 592, 0x35ee9676db4e74ebULL, 0xd367641731d83435ULL},
    {Shape::kDescendingRuns, 200, true, 749, 0xf67034541e57b37bULL, 0x0cac59045a9d35bbULL},
    {Shape::kSawtooth, 200, false, 1071, 0x2391d75faacbe609ULL, 0xf3258f9b0b7d3455ULL},
    {Shape::kSawtooth, 200, true, 1067, 0xe7f80555716a20ddULL, 0x2754366ba82fea65ULL},
    {Shape::kSortedBlocks, 200, false, 596, 0x948fc519d869527dULL, 0x46f8135e58412399ULL},
    {Shape::kSortedBlocks, 200, true, 1220, 0x028838476ad61448ULL, 0xe03261da37545565ULL},
    {Shape::kReversedBlocks, 200, false, 902, 0x07d22d20091851f5ULL, 0xa66c7ab1b074a5f5ULL},
    {Shape::kReversedBlocks, 200, true, 595, 0xd3f1c48bff3f3cf2ULL, 0x57291503a5c434d5ULL},
    {Shape::kNearlySorted, 200, false, 640, 0x1c650f48ba91c0f6ULL, 0x6da5896947d9f243ULL},
    {Shape::kNearlySorted, 200, true, 457, 0xca3fbdaa75e298b2ULL, 0xe891933ff298df43ULL},
    {Shape::kRandom, 256, false, 1722, 0xc1a91756c1e6cc2fULL, 0x3c0297fdd40ca94dULL},
    {Shape::kRandom, 256, true, 1711, 0x51f1b3d8b346a5bdULL, 0x8387ae69d1d7edf1ULL},
    {Shape::kFewDistinct, 256, false, 1317, 0xfcd9515f5389e198ULL, 0x226ae1b2d7f46827ULL},
    {Shape::kFewDistinct, 256, true, 1375, 0xa4663aa12be49cf2ULL, 0xcd6b6c70bad33019ULL},
    {Shape::kAscendingRuns, 256, false, 746, 0x59e590cf770daf9bULL, 0x7a4949fca8bd3333ULL},
    {Shape::kAscendingRuns, 256, true, 658, 0x611ea7d9f1099e6eULL, 0xbf6d5c0b71185755ULL},
    {Shape::kDescendingRuns, 256, false, 743, 0x3c98807f80d1e11fULL, 0x1e01bd4d0886da81ULL},
    {Shape::kDescendingRuns, 256, true, 705, 0xe7f7d2989751b671ULL, 0x2ce380538442fd71ULL},
    {Shape::kSawtooth, 256, false, 1299, 0x99fe6e8c86ce8c55ULL, 0x68bf4cc5c7df0e35ULL},
    {Shape::kSawtooth, 256, true, 1618, 0x44b8f79585140d2cULL, 0xff69b1a2e402a165ULL},
    {Shape::kSortedBlocks, 256, false, 674, 0x12996b99c6880a1fULL, 0x9a4ac33d6896da0bULL},
    {Shape::kSortedBlocks, 256, true, 891, 0x9325c52d243f6252ULL, 0x62553bb7e3949a75ULL},
    {Shape::kReversedBlocks, 256, false, 1079, 0xdcaf2ecf1f72b624ULL, 0x8a4b47dfa7f140edULL},
    {Shape::kReversedBlocks, 256, true, 674, 0xa3044c8c75546be5ULL, 0x457e2fb9b7a1d4e7ULL},
    {Shape::kNearlySorted, 256, false, 513, 0x7280421595d97aebULL, 0x0d632c80bc9e8febULL},
    {Shape::kNearlySorted, 256, true, 793, 0x9e92bcc9732b9fc6ULL, 0x5208ec78e48cbc4bULL},
    {Shape::kRandom, 300, false, 2083, 0xc0cb93a37fd13893ULL, 0xa8381a6aeffe9725ULL},
    {Shape::kRandom, 300, true, 2081, 0xae3ce7aa2e377b14ULL, 0xc9c3deef843ed1b5ULL},
    {Shape::kFewDistinct, 300, false, 1613, 0x4d2e512fc6e23f80ULL, 0x8666a310e80512c7ULL},
    {Shape::kFewDistinct, 300, true, 1569, 0x33bac3304bd405dcULL, 0xd92c549fe8a5bdc5ULL},
    {Shape::kAscendingRuns, 300, false, 622, 0xf449b915b528e24cULL, 0x39201dbf1e123ea1ULL},
    {Shape::kAscendingRuns, 300, true, 553, 0x638182ea09ca7b79ULL, 0x0d5f96d15e1e238fULL},
    {Shape::kDescendingRuns, 300, false, 994, 0xcce6ce17dd8c4bcdULL, 0x5d6a2bd62b88730fULL},
    {Shape::kDescendingRuns, 300, true, 915, 0xb75f817a7cf5be4bULL, 0x2dfb376e5e998ec3ULL},
    {Shape::kSawtooth, 300, false, 1609, 0x7c6f24839d0a11efULL, 0xb449921ebbcae881ULL},
    {Shape::kSawtooth, 300, true, 1841, 0x1287f9f9cfe69b9cULL, 0x3f49e16c0c90e159ULL},
    {Shape::kSortedBlocks, 300, false, 299, 0xd8ff0b332854e42cULL, 0xf90bc44125dc3a99ULL},
    {Shape::kSortedBlocks, 300, true, 1386, 0x2c1a0fb46a8cf164ULL, 0xadabc95e84bbf9f9ULL},
    {Shape::kReversedBlocks, 300, false, 1277, 0x700751a2abeff57fULL, 0x93b9ab19c0f86287ULL},
    {Shape::kReversedBlocks, 300, true, 894, 0xb2db22ab0e64f058ULL, 0x8f6006dd94fd166dULL},
    {Shape::kNearlySorted, 300, false, 715, 0x2b7374b567ce441eULL, 0x19c7bb20760c8e83ULL},
    {Shape::kNearlySorted, 300, true, 858, 0xbc6a09d3484a6a7cULL, 0xba8984cd0541aeb3ULL},
};
const SetCase kSetCases[] = {
    {false,
     {},
     {},
     0, 0xcbf29ce484222325ULL},
    {false,
     {0},
     {0},
     0, 0xcbf29ce484222325ULL},
    {false,
     {4, 2},
     {0, 1},
     1, 0x082f2207b4e88cc4ULL},
    {true,
     {16, 16, 16},
     {0, 1, 2},
     2, 0xbe7dc1775168566dULL},
    {false,
     {25, 14, 40, 33},
     {0, 1, 2, 3},
     3, 0x43f0cfd7ed020294ULL},
    {false,
     {2, 2, 2, 3, 3},
     {0, 1, 2, 3, 4},
     4, 0xde42fdc1c2b81e29ULL},
    {false,
     {2, 4, 3, 6, 3, 4, 5, 3},
     {0, 1, 2, 3, 4, 5, 6, 7},
     7, 0xbbcbdf220e44c750ULL},
    {true,
     {0, 0, 0, 4, 4, 5, 13, 15, 15, 15, 15, 15, 15},
     {7, 8, 9, 10, 11, 12, 6, 5, 3, 4, 0, 1, 2},
     32, 0x667bfb276fed36e1ULL},
    {false,
     {5, 18, 1, 3, 15, 5, 21, 10, 7, 6, 26, 18, 29, 27, 22, 1, 25, 5, 30, 6, 5, 28, 15, 22, 18, 20,
      6, 4, 19, 8, 31},
     {0, 1, 2, 15, 3, 5, 7, 27, 9, 17, 19, 20, 8, 4, 6, 11, 24, 10, 16, 12, 13, 25, 14, 21, 26, 29,
      18, 22, 23, 28, 30},
     103, 0x6e83c9558b295bd2ULL},
    {false,
     {0, 0, 1, 33, 35, 35, 51, 51, 51, 51, 51, 51, 51, 0, 0, 0, 1, 0, 16, 18, 18, 0, 0, 0, 1, 17,
      17, 17, 0, 0, 2, 34},
     {0, 1, 13, 14, 15, 17, 21, 22, 23, 28, 29, 2, 16, 24, 3, 30, 4, 5, 18, 19, 20, 25, 26, 27, 31,
      6, 7, 8, 9, 10, 11, 12},
     99, 0xab280afbb2ea9221ULL},
    {false,
     {2, 3, 3, 1, 1, 3, 3, 1, 3, 3, 0, 3, 3, 1, 0, 3, 2, 3, 0, 2, 0, 3, 2, 1, 1, 2, 2, 1, 1, 3, 3,
      1, 2},
     {10, 14, 18, 20, 0, 3, 4, 7, 13, 16, 19, 22, 23, 24, 25, 26, 27, 28, 31, 32, 1, 2, 5, 6, 8, 9,
      11, 12, 15, 17, 21, 29, 30},
     119, 0xf2cbf00666ff3376ULL},
    {true,
     {4, 0, 2, 3, 3, 3, 3, 0, 0, 1, 5, 5, 5, 7, 7, 7, 7, 0, 0, 4, 4, 4, 6, 7, 7, 7, 7, 0, 0, 0, 2,
      2, 2, 2, 2, 2, 2, 2, 2, 2, 6, 6, 6, 7, 7, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0,
      0, 0, 2},
     {13, 14, 15, 16, 23, 24, 25, 26, 43, 44, 0, 3, 4, 5, 6, 2, 10, 11, 12, 9, 22, 40, 41, 42, 19,
      20, 21, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 48, 57, 62, 1, 7, 8, 17, 18, 27, 28, 29,
      45, 46, 47, 49, 50, 51, 52, 53, 54, 55, 56, 58, 59, 60, 61},
     286, 0xbf914ed47a4517a2ULL},
    {false,
     {2, 9, 13, 7, 6, 0, 14, 6, 13, 4, 15, 0, 5, 11, 8, 15, 8, 8, 15, 7, 12, 1, 13, 7, 13, 10, 3,
      14, 7, 2, 2, 15, 15, 5, 13, 13, 3, 0, 6, 8, 0, 0, 8, 9, 7, 2, 5, 4, 13, 12, 3, 8, 3, 1,
      5, 0, 14, 15, 4, 2, 2, 12, 0, 3},
     {5, 11, 37, 40, 41, 55, 62, 0, 1, 9, 47, 33, 39, 42, 58, 46, 51, 49, 53, 54, 61, 2, 4, 7, 3,
      14, 16, 17, 25, 6, 21, 12, 8, 13, 19, 20, 22, 23, 24, 29, 30, 26, 27, 28, 34, 35, 59,
      60, 36, 38, 43, 45, 44, 48, 50, 52, 56, 63, 10, 15, 18, 31, 32, 57},
     282, 0xc9aa18b8179cfb16ULL},
    {false,
     {0, 0, 2, 18, 26, 26, 26, 26, 26, 0, 0, 1, 1, 5, 5, 5, 5, 5, 5, 5, 5, 21, 21, 21, 21, 21, 21,
      21, 21, 21, 21, 21, 21, 0, 8, 9, 9, 0, 16, 18, 18, 18, 22, 23, 23, 23, 23, 23, 23, 23,
      23, 23, 23, 23, 23, 0, 8, 8, 8, 8, 10, 10, 10, 11, 11},
     {0, 1, 9, 10, 33, 37, 55, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
      23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 38, 39, 40, 41, 42, 43, 44, 45, 46,
      47, 48, 49, 50, 51, 52, 53, 54, 56, 57, 58, 59, 60, 61, 62, 63, 64},
     237, 0xe02dc6f685c27d79ULL},
    {false,
     {56, 7, 44, 38, 34, 33, 20, 38, 3, 40, 1, 56, 46, 25, 39, 4, 3, 6, 61, 12, 3, 39, 0, 28, 62,
      21, 19, 10, 15, 27, 26, 41, 61, 63, 7, 26, 1, 44, 37, 1, 46, 46, 33, 47, 6, 8, 3, 12,
      22, 21, 8, 60, 50, 46, 37, 5, 26, 49, 5, 36, 10, 61, 54, 56, 49, 28},
     {22, 0, 1, 2, 4, 3, 10, 5, 15, 6, 7, 8, 9, 11, 17, 19, 12, 13, 16, 20, 14, 18, 21, 23, 27, 24,
      25, 26, 28, 30, 29, 31, 32, 34, 45, 50, 35, 36, 37, 39, 38, 47, 40, 41, 42, 44, 46, 43,
      48, 49, 51, 52, 53, 55, 54, 56, 57, 58, 59, 60, 63, 65, 61, 62, 64, 33},
     242, 0x8ae6586ab4a5be31ULL},
    {true,
     {0, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
      3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 2, 2, 2, 2, 3, 3, 0, 0, 0, 2, 2, 2, 0, 1, 3,
      3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 2, 0, 0, 0, 1, 1, 1, 3, 3, 3, 3, 3, 3, 3,
      0, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3},
     {4, 5, 6, 7, 8, 9, 10, 11, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,
      35, 36, 37, 38, 39, 40, 41, 42, 49, 50, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70,
      71, 82, 83, 84, 85, 86, 87, 88, 91, 92, 93, 94, 95, 96, 97, 98, 99, 1, 2, 3, 16, 17, 45,
      46, 47, 48, 54, 55, 56, 58, 75, 79, 80, 81, 90, 0, 12, 13, 14, 15, 43, 44, 51, 52, 53,
      57, 72, 73, 74, 76, 77, 78, 89},
     447, 0x518a175bcfe6e2b2ULL},
    {false,
     {7, 2, 6, 6, 2, 5, 6, 4, 5, 1, 1, 1, 0, 0, 1, 6, 7, 2, 4, 4, 2, 7, 0, 4, 0, 3, 4, 2, 3, 1, 7,
      6, 3, 0, 7, 1, 0, 6, 0, 3, 7, 7, 7, 0, 6, 0, 5, 1, 1, 0, 1, 4, 0, 4, 7, 1, 7, 1, 5, 1,
      2, 5, 6, 0, 6, 6, 7, 4, 7, 2, 4, 7, 2, 5, 0, 5, 1, 1, 5, 3, 4, 5, 3, 6, 5, 7, 1, 3, 3,
      5, 7, 2, 2, 1, 6, 7, 5, 2, 1, 2, 4, 5, 0, 3, 5, 4, 2, 7, 1, 6, 5, 2, 5, 2, 7, 3, 1, 1,
      3, 0, 7, 2, 1, 4, 6, 7, 2, 7, 1},
     {12, 13, 22, 24, 33, 36, 38, 43, 45, 49, 52, 63, 74, 102, 119, 1, 4, 7, 2, 3, 10, 18, 19, 23,
      26, 29, 5, 6, 9, 11, 14, 8, 17, 20, 27, 35, 37, 47, 39, 44, 48, 50, 51, 53, 55, 57, 59,
      46, 58, 60, 67, 69, 70, 72, 76, 77, 80, 86, 73, 75, 78, 91, 92, 15, 25, 28, 31, 32, 61,
      62, 64, 65, 98, 79, 81, 82, 83, 93, 84, 97, 99, 100, 105, 108, 101, 106, 113, 116, 117,
      121, 103, 104, 111, 87, 88, 123, 89, 94, 109, 122, 128, 96, 110, 112, 126, 115, 118,
      124, 0, 16, 21, 30, 34, 40, 41, 42, 54, 56, 66, 68, 71, 85, 90, 95, 107, 114, 120, 125,
      127},
     630, 0x3ac2c5e810a46f1eULL},
    {false,
     {0, 2, 6, 6, 14, 14, 14, 14, 14, 14, 14, 14, 15, 15, 0, 8, 8, 8, 8, 8, 8, 9, 13, 15, 15, 15,
      15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 0, 0, 0, 2, 2, 2, 6, 6, 6, 6, 0, 8, 9,
      9, 9, 9, 9, 9, 9, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 15, 15, 15, 15,
      15, 15, 15, 15, 15, 15, 0, 4, 4, 4, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7, 15, 15,
      15, 15, 0, 0, 0, 0, 0, 2, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 15, 15, 0, 0, 0, 4,
      4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 13, 15, 15, 15, 15, 0, 1, 1, 9, 9, 9},
     {0, 14, 38, 39, 40, 48, 80, 103, 104, 105, 106, 107, 125, 126, 127, 144, 1, 2, 3, 15, 16, 17,
      18, 19, 20, 4, 5, 6, 7, 8, 9, 10, 11, 21, 41, 42, 43, 44, 45, 46, 47, 49, 50, 51, 52,
      53, 54, 55, 56, 81, 82, 83, 108, 128, 129, 130, 84, 85, 86, 87, 88, 89, 90, 109, 110,
      111, 112, 113, 114, 115, 116, 117, 118, 145, 146, 131, 132, 133, 134, 135, 136, 137,
      138, 91, 92, 93, 94, 95, 96, 97, 98, 119, 120, 121, 122, 147, 148, 149, 22, 57, 58, 59,
      60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 139, 12, 13, 23, 24, 25, 26, 27, 28, 29, 30, 31,
      32, 33, 34, 35, 36, 37, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 99, 100, 101, 102, 123,
      124, 140, 141, 142, 143},
     672, 0x0f249659f9f53d82ULL},
    {false,
     {14, 31, 5, 11, 26, 5, 3, 7, 0, 5, 16, 2, 4, 24, 15, 3, 20, 15, 7, 19, 10, 4, 23, 17, 16, 12,
      7, 22, 29, 5, 17, 10, 20, 9, 15, 27, 24, 1, 8, 7, 31, 11, 1, 12, 27, 6, 24, 31, 1, 3,
      13, 6, 8, 0, 26, 24, 16, 8, 20, 7, 13, 24, 28, 6, 14, 23, 23, 22, 1, 16, 4, 2, 28, 15,
      19, 6, 17, 2, 31, 25, 4, 4, 31, 16, 20, 30, 5, 25, 15, 21, 12, 21, 18, 2, 26, 29, 31,
      16, 18, 20, 8, 13, 8, 9, 18, 8, 15, 25, 1, 12, 22, 27, 21, 10, 0, 21, 15, 12, 23, 10,
      30, 17, 29, 20, 22, 22, 0, 9, 25, 9, 20, 25, 11, 26, 22, 10, 16, 2, 11, 8, 9, 4, 21, 31,
      11, 24, 6, 10, 0, 23, 8, 5, 23, 26, 21, 31, 18, 1, 19, 26, 18, 16, 4, 8, 11, 8, 0, 3,
      14, 4, 6, 22, 20, 14, 31, 30, 21, 6, 17, 2, 3, 13, 8, 9, 14, 10, 8, 9, 23, 18, 3, 2, 7,
      1, 20, 29, 9, 8, 3, 7},
     {8, 53, 114, 126, 148, 166, 21, 0, 2, 3, 4, 5, 6, 9, 11, 12, 45, 7, 10, 13, 37, 42, 15, 18, 38,
      20, 26, 41, 14, 24, 16, 17, 23, 30, 19, 27, 22, 25, 48, 29, 33, 46, 28, 31, 32, 49, 34,
      36, 35, 39, 50, 51, 52, 56, 57, 43, 55, 54, 70, 58, 68, 59, 60, 61, 62, 71, 77, 63, 64,
      69, 93, 75, 97, 92, 98, 67, 76, 74, 80, 81, 84, 86, 89, 65, 66, 72, 73, 83, 79, 90, 99,
      100, 102, 105, 108, 139, 150, 157, 103, 151, 101, 161, 104, 109, 119, 106, 136, 107,
      137, 156, 160, 110, 121, 140, 131, 135, 147, 167, 132, 144, 158, 111, 141, 169, 112,
      113, 123, 130, 115, 117, 146, 170, 116, 172, 124, 125, 118, 120, 127, 129, 145, 128,
      122, 133, 134, 138, 142, 149, 152, 153, 162, 154, 163, 165, 179, 182, 186, 159, 164,
      177, 168, 171, 185, 173, 184, 189, 85, 175, 193, 87, 88, 178, 194, 91, 176, 180, 183,
      187, 181, 191, 190, 198, 192, 199, 188, 197, 94, 196, 44, 95, 195, 1, 40, 47, 78, 82,
      96, 143, 155, 174},
     994, 0x88a8faf68919d5d3ULL},
    {true,
     {4, 4, 6, 6, 6, 6, 38, 38, 38, 38, 38, 38, 38, 0, 0, 0, 8, 8, 8, 8, 8, 10, 10, 10, 42, 42, 42,
      42, 43, 43, 0, 0, 0, 0, 0, 0, 0, 0, 4, 5, 5, 21, 23, 23, 23, 23, 23, 0, 2, 2, 2, 0, 8,
      12, 12, 12, 12, 12, 44, 44, 44, 44, 0, 2, 34, 34, 34, 0, 16, 18, 18, 18, 18, 18, 18, 18,
      22, 22, 0, 0, 2, 18, 18, 0, 16, 16, 20, 28, 28, 29, 29, 31, 63, 63, 63, 63, 63, 63, 0,
      0, 0, 0, 1, 1, 17, 17, 17, 17, 17, 25, 27, 31, 0, 32, 32, 32, 34, 0, 4, 6, 14, 14, 0,
      32, 32, 33, 37, 37, 37, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 61, 61, 61, 61, 63, 63,
      63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 0, 4, 4, 4, 4, 12, 0, 0, 0, 0, 0,
      16, 17, 49, 49, 49, 0, 0, 0, 0, 16, 16, 16, 16, 16, 24, 24, 24, 26, 26, 26, 26, 26, 26,
      26, 0, 16, 48, 48, 49, 49, 49},
     {92, 93, 94, 95, 96, 97, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156,
      157, 6, 7, 8, 9, 10, 11, 12, 28, 29, 24, 25, 26, 27, 58, 59, 60, 61, 111, 53, 54, 55,
      56, 57, 52, 64, 65, 66, 91, 21, 22, 23, 16, 17, 18, 19, 20, 42, 43, 44, 45, 46, 2, 3, 4,
      5, 41, 39, 40, 76, 77, 0, 1, 38, 69, 70, 71, 72, 73, 74, 75, 81, 82, 48, 49, 50, 63, 80,
      89, 90, 87, 88, 110, 109, 116, 120, 121, 119, 139, 140, 141, 142, 129, 130, 131, 132,
      133, 134, 135, 136, 137, 138, 86, 104, 105, 106, 107, 108, 126, 127, 128, 102, 103, 113,
      114, 163, 118, 159, 160, 161, 162, 171, 172, 173, 186, 187, 188, 189, 190, 191, 192,
      183, 184, 185, 197, 198, 199, 125, 170, 195, 196, 68, 84, 85, 115, 123, 124, 169, 178,
      179, 180, 181, 182, 194, 13, 14, 15, 30, 31, 32, 33, 34, 35, 36, 37, 47, 51, 62, 67, 78,
      79, 83, 98, 99, 100, 101, 112, 117, 122, 158, 164, 165, 166, 167, 168, 174, 175, 176,
      177, 193},
     1067, 0xc0de8fc0e1b73370ULL},
};
const SetHashedCase kSetHashedCases[] = {
    {SetShape::kRandom, 2, 2, false, 1, 0x082f2207b4e88cc4ULL, 0x08328707b4eb6e3aULL},
    {SetShape::kGrowing, 2, 55, false, 222, 0x5a305a483881e7b9ULL, 0xe89f6b58846b3e26ULL},
    {SetShape::kShrinking, 2, 108, false, 504, 0x16230fdffe1dc9d0ULL, 0xbd70342ebbc25ecbULL},
    {SetShape::kRandom, 3, 161, false, 855, 0xa6f901529716c262ULL, 0xe59fcca878df182bULL},
    {SetShape::kGrowing, 3, 214, false, 904, 0x304cc72984751a5cULL, 0x9e23994b20d47632ULL},
    {SetShape::kShrinking, 3, 267, false, 1404, 0xb0cbc4e9b42d2dffULL, 0x1d85d6973defbb72ULL},
    {SetShape::kRandom, 4, 21, false, 65, 0x539822635d3e2983ULL, 0x4709db3807071177ULL},
    {SetShape::kGrowing, 4, 74, false, 316, 0xb6a104568e0e4096ULL, 0xce1a9e139e8c73d4ULL},
    {SetShape::kShrinking, 4, 127, false, 626, 0x4b087cc5163018feULL, 0xd947c355e6db57aeULL},
    {SetShape::kRandom, 5, 180, false, 813, 0x530c22297e95dbc7ULL, 0xffda19af84eb7ed1ULL},
    {SetShape::kGrowing, 5, 233, false, 1217, 0x3301adce040ff8c9ULL, 0x26eb8c821a568a31ULL},
    {SetShape::kShrinking, 5, 286, false, 1546, 0x6fe0f155519ed10eULL, 0x0b5bf41175a6667aULL},
    {SetShape::kRandom, 6, 40, false, 147, 0x695ffc1930797ebbULL, 0xec52de53b8795cb1ULL},
    {SetShape::kGrowing, 6, 93, false, 365, 0xe1d1b2b0a51443fcULL, 0xa6adb1e547b322a7ULL},
    {SetShape::kShrinking, 6, 146, false, 737, 0x94a3ac699bbd8295ULL, 0x1da9ffeeb0a3b25eULL},
    {SetShape::kRandom, 7, 199, false, 803, 0xb8c9a6d10ff9b502ULL, 0x5803dae402b284f2ULL},
    {SetShape::kGrowing, 7, 252, false, 1292, 0x661498b47e5c45bcULL, 0x75ec16e5e05f614fULL},
    {SetShape::kShrinking, 7, 6, false, 9, 0x50b1c671ed7d256fULL, 0x186bda00c5a6aa04ULL},
    {SetShape::kRandom, 8, 59, false, 171, 0xc84f623f09a51281ULL, 0x2e4b55e94ba3e2d2ULL},
    {SetShape::kGrowing, 8, 112, false, 509, 0xe0808cba3fd28174ULL, 0xc0c38b434c224b1bULL},
    {SetShape::kShrinking, 8, 165, false, 831, 0x456257daa7450cacULL, 0x8ee2054f24522517ULL},
    {SetShape::kRandom, 2, 218, true, 1107, 0xd38251a52ba12d85ULL, 0xdcba74463c70c998ULL},
    {SetShape::kGrowing, 2, 271, true, 1031, 0x836f30231d2fa82aULL, 0x50561a9cbd1bef42ULL},
    {SetShape::kShrinking, 2, 25, true, 82, 0xd449bd2aaada258bULL, 0x2f3bbc146f04c2bfULL},
    {SetShape::kRandom, 3, 78, true, 355, 0xfb35ee577ff40a08ULL, 0xab2fa49062851bfaULL},
    {SetShape::kGrowing, 3, 131, true, 608, 0x04944887ee5ac14fULL, 0x902a235e32f89154ULL},
    {SetShape::kShrinking, 3, 184, true, 937, 0x72ea80ebcde3ae3eULL, 0x46f53bbf62c6c4cbULL},
    {SetShape::kRandom, 4, 237, true, 1217, 0x42fd9230fa89a911ULL, 0x11efdd1d2dc58b9dULL},
    {SetShape::kGrowing, 4, 290, true, 1514, 0x95f46f094709c3ceULL, 0x7e1799936e53ee00ULL},
    {SetShape::kShrinking, 4, 44, true, 154, 0xe8d391e491a0ea5eULL, 0x6e082d1d8fab67dfULL},
    {SetShape::kRandom, 5, 97, true, 419, 0x488d614e17a14e59ULL, 0x2f6b0d445b66e917ULL},
    {SetShape::kGrowing, 5, 150, true, 568, 0x7e07ebd1344670d9ULL, 0x97e18e97ed25e0e2ULL},
    {SetShape::kShrinking, 5, 203, true, 1028, 0xe6363e3439d7fd8dULL, 0x31b819f70168c792ULL},
    {SetShape::kRandom, 6, 256, true, 1093, 0x813e7616fc221c29ULL, 0xf40f9fd58a157c91ULL},
    {SetShape::kGrowing, 6, 10, true, 23, 0x28cac8de9f7067e7ULL, 0x680627fa8373d696ULL},
    {SetShape::kShrinking, 6, 63, true, 272, 0x3056ef9b38e35d17ULL, 0x714c0f7a937b615eULL},
    {SetShape::kRandom, 7, 116, true, 485, 0x1cd3511f6426756bULL, 0xadf95c5acb2b5c5dULL},
    {SetShape::kGrowing, 7, 169, true, 896, 0x1a6b1641fd16c3a1ULL, 0x9f4d351b823c8affULL},
    {SetShape::kShrinking, 7, 222, true, 1110, 0x407ba9f394ee5104ULL, 0x7bad0f76758f648eULL},
    {SetShape::kRandom, 8, 275, true, 953, 0xf6f1629a47002399ULL, 0x97fc804a7ab1de46ULL},
    {SetShape::kGrowing, 8, 29, true, 110, 0x276d0f651981d0d2ULL, 0x899ae18fc05475c9ULL},
    {SetShape::kShrinking, 8, 82, true, 358, 0xb7ecfbd5d931bad2ULL, 0xdb49147601b1f838ULL},
    {SetShape::kRandom, 2, 135, false, 643, 0xb1d8564b7a6387eeULL, 0x8471a386765dff30ULL},
    {SetShape::kGrowing, 2, 188, false, 872, 0x4e0f41074def8249ULL, 0x9f9ee059de9d625dULL},
    {SetShape::kShrinking, 2, 241, false, 1219, 0x1e1f7c641aed9f27ULL, 0x340d3cef3f56ad45ULL},
    {SetShape::kRandom, 3, 294, false, 1482, 0x5e5a75025c7c1caeULL, 0xeefe6b56b943e112ULL},
    {SetShape::kGrowing, 3, 48, false, 187, 0x2309a199c5b0d3f0ULL, 0x1b138cd297a9f453ULL},
    {SetShape::kShrinking, 3, 101, false, 497, 0xea586d2678db9d43ULL, 0xafdd5039744d35fdULL},
    {SetShape::kRandom, 4, 154, false, 729, 0x299cd3f3feb9e2f5ULL, 0x533f6acaeae1e49eULL},
    {SetShape::kGrowing, 4, 207, false, 1056, 0xf0cf062acfdf0cd5ULL, 0xca6748de8892748cULL},
    {SetShape::kShrinking, 4, 260, false, 1338, 0xe98ce3a89b55a9e7ULL, 0x840b1f528a834233ULL},
    {SetShape::kRandom, 5, 14, false, 33, 0xfe24e50fbdef9f49ULL, 0x96e1a580aeaa6ddaULL},
    {SetShape::kGrowing, 5, 67, false, 278, 0x4de13b98d9136a77ULL, 0xe6c74be9d124b77eULL},
    {SetShape::kShrinking, 5, 120, false, 593, 0x13fe61722b7d4ed9ULL, 0x00febd116db81369ULL},
    {SetShape::kRandom, 6, 173, false, 829, 0xec4f423e52764bc4ULL, 0x5c5a16c60db2ce35ULL},
    {SetShape::kGrowing, 6, 226, false, 1136, 0x2ca187af59bfb812ULL, 0xaa18eaf2ad090cd6ULL},
    {SetShape::kShrinking, 6, 279, false, 1448, 0x51d3ad841b5fb08eULL, 0xdcbc0af2a30e6016ULL},
    {SetShape::kRandom, 7, 33, false, 84, 0xcbeed1cabc3dd601ULL, 0xafb0521f564cb013ULL},
    {SetShape::kGrowing, 7, 86, false, 400, 0xf0e1e31995c962abULL, 0x7c2fc86d11562668ULL},
    {SetShape::kShrinking, 7, 139, false, 654, 0xcd2a7915ee354916ULL, 0xfebac6730f1df086ULL},
    {SetShape::kRandom, 8, 192, false, 596, 0xb91ac62b53bb4f31ULL, 0x8201eb679e87cdb1ULL},
    {SetShape::kGrowing, 8, 245, false, 1215, 0x387388b0e5688fa0ULL, 0x9753553bd3f589b9ULL},
    {SetShape::kShrinking, 8, 298, false, 1659, 0x6cd711192bdbfde5ULL, 0xeac8c558d3ff2caeULL},
    {SetShape::kRandom, 2, 52, true, 224, 0xd9886ea4f14fedfaULL, 0xb84147577c2f3f8bULL},
    {SetShape::kGrowing, 2, 105, true, 402, 0xddd62996a451b93eULL, 0x612a53ddd951b7fdULL},
    {SetShape::kShrinking, 2, 158, true, 742, 0xe65a2377605e6409ULL, 0x2ed5f6f62f157e92ULL},
    {SetShape::kRandom, 3, 211, true, 1073, 0xf92fa211ce17758aULL, 0xc5d3fb4a8f344f04ULL},
    {SetShape::kGrowing, 3, 264, true, 1323, 0xbb53053c21d40a5aULL, 0x0ad600867ab37b21ULL},
    {SetShape::kShrinking, 3, 18, true, 17, 0xb93749796e1dedeaULL, 0xc78915cc56d9314aULL},
    {SetShape::kRandom, 4, 71, true, 302, 0xbb041dc44162d290ULL, 0x5fc7d03e8bb4d80cULL},
    {SetShape::kGrowing, 4, 124, true, 600, 0x8756ff9ca0fd6f3eULL, 0x99b1ff8d03c9b033ULL},
    {SetShape::kShrinking, 4, 177, true, 874, 0x774fd30826ee97ddULL, 0xca7a14cc6fba1c19ULL},
    {SetShape::kRandom, 5, 230, true, 1145, 0x70ee7af8eaf51424ULL, 0x5e57f2e151302290ULL},
    {SetShape::kGrowing, 5, 283, true, 1417, 0xbb96da34bc148f70ULL, 0x1a7fe9f959205cb8ULL},
    {SetShape::kShrinking, 5, 37, true, 144, 0x66007948014c25b3ULL, 0x233d46c0558d2d97ULL},
    {SetShape::kRandom, 6, 90, true, 371, 0x3bf549af5a20cafbULL, 0x050fa3161447ba34ULL},
    {SetShape::kGrowing, 6, 143, true, 557, 0x90d5fc879b86a573ULL, 0x2db0839d14620fa2ULL},
    {SetShape::kShrinking, 6, 196, true, 948, 0xd4a163c088051a71ULL, 0x26ca209b8651caefULL},
    {SetShape::kRandom, 7, 249, true, 1171, 0x3c9924621f5ca935ULL, 0x6e4e20962c8c37ddULL},
    {SetShape::kGrowing, 7, 3, true, 2, 0xbe7dc1775168566dULL, 0xea9ca21875dc49e4ULL},
    {SetShape::kShrinking, 7, 56, true, 219, 0x3357c17718adeda6ULL, 0x7aca9a109f11a6fdULL},
    {SetShape::kRandom, 8, 109, true, 437, 0xbe104f4db1302257ULL, 0x95d5d4996fa7b737ULL},
    {SetShape::kGrowing, 8, 162, true, 822, 0x79a2057f29d2092fULL, 0xf7efcb281f24218cULL},
    {SetShape::kShrinking, 8, 215, true, 983, 0x67761f1e679a5110ULL, 0xa69e95b3986f5358ULL},
    {SetShape::kRandom, 2, 268, false, 1345, 0x0c1ed5c07e0d28a0ULL, 0x99a65dfc7ab13b6fULL},
    {SetShape::kGrowing, 2, 22, false, 65, 0x0251a9645cd92b0fULL, 0x2a79d906021501daULL},
    {SetShape::kShrinking, 2, 75, false, 293, 0x003dc06e380f371dULL, 0x812e3dcf3d09fc02ULL},
    {SetShape::kRandom, 3, 128, false, 618, 0xf0e40b612664e13cULL, 0x092a8b0494e0c139ULL},
    {SetShape::kGrowing, 3, 181, false, 847, 0xc1d93492862db81fULL, 0x050186b3c2b43453ULL},
    {SetShape::kShrinking, 3, 234, false, 1235, 0x27543c0e6bf7ba27ULL, 0xce7e81435d3dd4eeULL},
    {SetShape::kRandom, 4, 287, false, 1432, 0x781b9c629a6418d0ULL, 0xfb90593c6b7436beULL},
    {SetShape::kGrowing, 4, 41, false, 137, 0x8377e4e3ec499b4aULL, 0x10b7105897f7b48fULL},
    {SetShape::kShrinking, 4, 94, false, 469, 0xb3202f24aeb40546ULL, 0x8580cfc1e44832c8ULL},
    {SetShape::kRandom, 5, 147, false, 633, 0x5eb0a65c4aced2d3ULL, 0x351af445fa4afc6aULL},
    {SetShape::kGrowing, 5, 200, false, 1041, 0x7cd4c9563329840aULL, 0x59dfdad146ec0b13ULL},
    {SetShape::kShrinking, 5, 253, false, 1361, 0x7ada0279ae5e7c72ULL, 0x0be7384a30707dd3ULL},
    {SetShape::kRandom, 6, 7, false, 12, 0x847aedb19e2adf7cULL, 0x15b09837a5540706ULL},
    {SetShape::kGrowing, 6, 60, false, 264, 0x6cd01e05c8fde48bULL, 0x2b6384caebae7531ULL},
    {SetShape::kShrinking, 6, 113, false, 579, 0xc2ef07e654524023ULL, 0xb324871cc67f0ecbULL},
    {SetShape::kRandom, 7, 166, false, 691, 0x4f4f37410b287133ULL, 0x466447755b67522cULL},
    {SetShape::kGrowing, 7, 219, false, 1088, 0x8a60909664b2396fULL, 0x027ec357d0f054b2ULL},
    {SetShape::kShrinking, 7, 272, false, 1395, 0x6e8f86d49d5d4a53ULL, 0xae3e603194868aa3ULL},
    {SetShape::kRandom, 8, 26, false, 52, 0x6ea7d325b4317ea0ULL, 0x557fbc8e197c8040ULL},
    {SetShape::kGrowing, 8, 79, false, 314, 0x3afd79f3389aa2d1ULL, 0xddd2bc10a521cb9aULL},
    {SetShape::kShrinking, 8, 132, false, 615, 0xe46e0242e14b152aULL, 0x82a9b1215b056473ULL},
    {SetShape::kRandom, 2, 185, true, 915, 0x58f51a192ef40983ULL, 0x0df464a48e3ef7b5ULL},
    {SetShape::kGrowing, 2, 238, true, 1123, 0x47e6d3512a41f09cULL, 0x4d759bdcbe876086ULL},
    {SetShape::kShrinking, 2, 291, true, 1264, 0x42224a3cf771d913ULL, 0x3a93609da5581c02ULL},
    {SetShape::kRandom, 3, 45, true, 189, 0xc04ba8942f02eba5ULL, 0xc85ce93ac7a9b409ULL},
    {SetShape::kGrowing, 3, 98, true, 436, 0xd0763740d65cd94eULL, 0x14131ff37cbb5e58ULL},
    {SetShape::kShrinking, 3, 151, true, 683, 0x58e6f15f7f727bf4ULL, 0x0790f65e53ab6ee6ULL},
    {SetShape::kRandom, 4, 204, true, 1101, 0x294c3fad15e4e94cULL, 0x044f460797909a5dULL},
    {SetShape::kGrowing, 4, 257, true, 1327, 0xc30bbad6dc0ee81bULL, 0x5f9838d180bf5e03ULL},
    {SetShape::kShrinking, 4, 11, true, 10, 0x5ee032e711a041b5ULL, 0x7aad489e5db90ae8ULL},
    {SetShape::kRandom, 5, 64, true, 245, 0x1d18c1e3f521198fULL, 0x6bac904767624c1dULL},
    {SetShape::kGrowing, 5, 117, true, 601, 0x86d6785cd83c4eb0ULL, 0x4bc77cd0da0b16a3ULL},
    {SetShape::kShrinking, 5, 170, true, 838, 0xea371ed910062562ULL, 0x0cea576375464dfeULL},
    {SetShape::kRandom, 6, 223, true, 1086, 0xbc96ed9318013039ULL, 0xd0bf29595ec4d5ccULL},
    {SetShape::kGrowing, 6, 276, true, 1478, 0x57a4ae6cfe805526ULL, 0x5d612af708ae75e7ULL},
    {SetShape::kShrinking, 6, 30, true, 82, 0x2e12ca13ee524190ULL, 0xa393d8e5f72794b0ULL},
    {SetShape::kRandom, 7, 83, true, 320, 0xe250aa6a4c82f171ULL, 0x489bbe74510c6438ULL},
    {SetShape::kGrowing, 7, 136, true, 698, 0xb0ff92ddcafad5b5ULL, 0x4aee3354ffa9d799ULL},
    {SetShape::kShrinking, 7, 189, true, 934, 0xffb648e6bb7193cdULL, 0x4abfe3961fbad135ULL},
    {SetShape::kRandom, 8, 242, true, 954, 0x4ad0cd6412b56bf6ULL, 0xfee6b4f59099bc1aULL},
    {SetShape::kGrowing, 8, 295, true, 1707, 0x2eb8e30df4162871ULL, 0xc96e25888ad04ff2ULL},
    {SetShape::kShrinking, 8, 49, true, 212, 0x53135c458829de58ULL, 0x83a99162f3bb217fULL},
    {SetShape::kRandom, 2, 102, false, 480, 0x12f02b60d96cd50bULL, 0xbb2999bd10f8adcaULL},
    {SetShape::kGrowing, 2, 155, false, 698, 0xfdaa89dc232e82ecULL, 0xb3f84f956954b75eULL},
    {SetShape::kShrinking, 2, 208, false, 1023, 0xb48131ac131c560cULL, 0x979374837a36dc8fULL},
    {SetShape::kRandom, 3, 261, false, 1377, 0x1ce7a637b798562bULL, 0x5421ae98596287b9ULL},
    {SetShape::kGrowing, 3, 15, false, 34, 0x530536bff51bacc1ULL, 0x63574efad075c658ULL},
    {SetShape::kShrinking, 3, 68, false, 301, 0x75ccf5007fc5f8d4ULL, 0x92ddec1b16f45e09ULL},
    {SetShape::kRandom, 4, 121, false, 532, 0x355bf6dde176603aULL, 0x1b2e0f0b680ed1f7ULL},
    {SetShape::kGrowing, 4, 174, false, 876, 0xda3f3638d5635d23ULL, 0xf93200a2641319fcULL},
    {SetShape::kShrinking, 4, 227, false, 1226, 0x77e5b280f2343bedULL, 0x4e5aec7c60a16ffeULL},
    {SetShape::kRandom, 5, 280, false, 1292, 0xaf844a113325d685ULL, 0xeed81dd129c40f19ULL},
    {SetShape::kGrowing, 5, 34, false, 91, 0x6d86492677fe69ecULL, 0x3c46b232e96a9e56ULL},
    {SetShape::kShrinking, 5, 87, false, 425, 0xec153087aeacba1bULL, 0x6b75f856265dc52eULL},
    {SetShape::kRandom, 6, 140, false, 571, 0x91ac2cd11aa7ec18ULL, 0x2bb0a0abf43bfc9dULL},
    {SetShape::kGrowing, 6, 193, false, 898, 0xe302307b666b9ea4ULL, 0x3068a43e980a9f45ULL},
    {SetShape::kShrinking, 6, 246, false, 1354, 0xa27dc4d6ad7ad5bcULL, 0x633af5653ee3147aULL},
    {SetShape::kRandom, 7, 299, false, 1275, 0x75765de6ad94dcd7ULL, 0x2697180f3d6db35eULL},
    {SetShape::kGrowing, 7, 53, false, 215, 0x73569df2e588244dULL, 0x8f3270af79154167ULL},
    {SetShape::kShrinking, 7, 106, false, 520, 0xf64a5eff7c375f25ULL, 0xb76694f37723f706ULL},
    {SetShape::kRandom, 8, 159, false, 663, 0xa74ac806c4de3182ULL, 0x60f97f4e26147f66ULL},
    {SetShape::kGrowing, 8, 212, false, 1048, 0x96c807900e0d2a1dULL, 0x5547873c4497f0b1ULL},
    {SetShape::kShrinking, 8, 265, false, 1490, 0xbb59ef503ae2f265ULL, 0x0576b17a42633c0dULL},
    {SetShape::kRandom, 2, 19, true, 55, 0x1d19bbcfd9af9127ULL, 0x3acf1d4925961776ULL},
    {SetShape::kGrowing, 2, 72, true, 282, 0x407f635da0501117ULL, 0x1580d44c96443085ULL},
    {SetShape::kShrinking, 2, 125, true, 618, 0xb04fc774c0b0e9d9ULL, 0x20a7a709a5fcb2adULL},
    {SetShape::kRandom, 3, 178, true, 877, 0x60609a00779944f8ULL, 0x084930be9430491aULL},
    {SetShape::kGrowing, 3, 231, true, 1123, 0x734253b95ae52941ULL, 0x801b3c2e30639f9aULL},
    {SetShape::kShrinking, 3, 284, true, 1451, 0x4b4d9da99a13bcbfULL, 0xf14baa0766bc33c7ULL},
    {SetShape::kRandom, 4, 38, true, 140, 0xde3fd8360a0e1dfbULL, 0x0917fa92f9f984d8ULL},
    {SetShape::kGrowing, 4, 91, true, 415, 0xae2505ccd8430808ULL, 0x6e3be72619679134ULL},
    {SetShape::kShrinking, 4, 144, true, 677, 0x35aaf9592fc686e9ULL, 0x676780b51b6538f7ULL},
    {SetShape::kRandom, 5, 197, true, 954, 0xba11821d35aa6485ULL, 0xf507c5816daa6283ULL},
    {SetShape::kGrowing, 5, 250, true, 1288, 0x8db22194571c1718ULL, 0x33adf6693e881878ULL},
    {SetShape::kShrinking, 5, 4, true, 3, 0x4f0e4992e2d62046ULL, 0x4475327f98e05411ULL},
    {SetShape::kRandom, 6, 57, true, 238, 0xe4250b2c81c9f6c7ULL, 0x16dc48771cded52dULL},
    {SetShape::kGrowing, 6, 110, true, 267, 0x45f66e03d89b1308ULL, 0xaebde444e60e17d0ULL},
    {SetShape::kShrinking, 6, 163, true, 733, 0x0cd62d13db3e86eaULL, 0x8ff39a2c800e60aaULL},
    {SetShape::kRandom, 7, 216, true, 899, 0x70896438f11230f6ULL, 0x1e74fc6323d860cbULL},
    {SetShape::kGrowing, 7, 269, true, 1422, 0xedb0697c7baf3cc6ULL, 0x3d4a099626710f89ULL},
    {SetShape::kShrinking, 7, 23, true, 50, 0x2304a00ce82b57bbULL, 0x7fafc11c4ef7a61aULL},
    {SetShape::kRandom, 8, 76, true, 290, 0xb61801fc1dc6da63ULL, 0x18dde4a5e95d5573ULL},
    {SetShape::kGrowing, 8, 129, true, 616, 0xc3c71b42f9a61040ULL, 0x6c2e95d081b949b3ULL},
    {SetShape::kShrinking, 8, 182, true, 855, 0x1c5baca5fb5c48e2ULL, 0x1ebbdd5f0b067644ULL},
    {SetShape::kRandom, 2, 235, false, 1219, 0x0d9a20f495de87f8ULL, 0x7da0130da2f081a2ULL},
    {SetShape::kGrowing, 2, 288, false, 1241, 0x67f68369592e4e0cULL, 0x6c427d44ee560a6dULL},
    {SetShape::kShrinking, 2, 42, false, 171, 0xd40a2ed3e95d26f1ULL, 0x6d57f169fed62ff8ULL},
    {SetShape::kRandom, 3, 95, false, 445, 0x9882728f3b0baa13ULL, 0x898079ed8c935804ULL},
    {SetShape::kGrowing, 3, 148, false, 651, 0xf98644638e8746f1ULL, 0xb73828a50e4b9f25ULL},
    {SetShape::kShrinking, 3, 201, false, 1027, 0x86755895df980a81ULL, 0xebb30ca3a33720fdULL},
    {SetShape::kRandom, 4, 254, false, 1298, 0x9fdab6c6e749d3bcULL, 0xb11db4a6c6724794ULL},
    {SetShape::kGrowing, 4, 8, false, 7, 0xbbcbdf220e44c750ULL, 0xa4dc49e2b28ecb7dULL},
    {SetShape::kShrinking, 4, 61, false, 279, 0x5a84ac8f85de5962ULL, 0xed897a7fe6cbd183ULL},
    {SetShape::kRandom, 5, 114, false, 538, 0x8865119ddc40777cULL, 0x08d7f08c0e7ec35aULL},
    {SetShape::kGrowing, 5, 167, false, 835, 0x4b40d4bc1e9b2109ULL, 0x755858c0d852e7c2ULL},
    {SetShape::kShrinking, 5, 220, false, 1181, 0x9c5c478fe867ee19ULL, 0x6b75d5f3df4f3a43ULL},
    {SetShape::kRandom, 6, 273, false, 1214, 0x8663154cbe52c87eULL, 0x48a19765f91a656dULL},
    {SetShape::kGrowing, 6, 27, false, 79, 0xee5bda33ecd4dd17ULL, 0x849b394c5bbf1252ULL},
    {SetShape::kShrinking, 6, 80, false, 376, 0xe952e552ca739fb2ULL, 0xdc4717059bcc4ea7ULL},
    {SetShape::kRandom, 7, 133, false, 531, 0xe93d1a2f72872366ULL, 0xb585c33da5c4fab5ULL},
    {SetShape::kGrowing, 7, 186, false, 895, 0x5f0d71c3e7932f96ULL, 0x760143fa8459fb9eULL},
    {SetShape::kShrinking, 7, 239, false, 1329, 0x5ed7859c0f4f7f52ULL, 0x396e54c36b771192ULL},
    {SetShape::kRandom, 8, 292, false, 944, 0x34d4bbb3b1c4575cULL, 0xf0db7b51f7b86a41ULL},
    {SetShape::kGrowing, 8, 46, false, 177, 0x54c05ef65e8daa49ULL, 0x881dcaf6005ab652ULL},
    {SetShape::kShrinking, 8, 99, false, 502, 0x5a5848e83c8a107fULL, 0x1d9526ade2cb1e8aULL},
    {SetShape::kRandom, 2, 152, true, 718, 0xc3e6b26d07cdc3e5ULL, 0x1ab1fc8e2021f4b9ULL},
    {SetShape::kGrowing, 2, 205, true, 984, 0xc033082008cee736ULL, 0x495c9234249a44a1ULL},
    {SetShape::kShrinking, 2, 258, true, 1080, 0x2073ab195e8b8599ULL, 0xb90bf0d222f6aef2ULL},
    {SetShape::kRandom, 3, 12, true, 28, 0x007ade7838c361b7ULL, 0x8e6a7f2e351a89bfULL},
    {SetShape::kGrowing, 3, 65, true, 231, 0x4eeeffb3aa1af999ULL, 0xd0b58b31eca42a15ULL},
    {SetShape::kShrinking, 3, 118, true, 588, 0xde77e308205e206eULL, 0xcf723ea56d5abf52ULL},
    {SetShape::kRandom, 4, 171, true, 858, 0x860bd1276423ef7dULL, 0x0c35e1805a36cb02ULL},
    {SetShape::kGrowing, 4, 224, true, 1117, 0x6c548f78978b17f7ULL, 0x9a0f4e4e2f96a6c1ULL},
    {SetShape::kShrinking, 4, 277, true, 944, 0x48ebf25b857e689fULL, 0x86ff1954fa70931dULL},
    {SetShape::kRandom, 5, 31, true, 108, 0x906f7aecd4c58ad7ULL, 0xc4565676fdc8f9feULL},
    {SetShape::kGrowing, 5, 84, true, 309, 0x0ba19e16399dcedbULL, 0xad66660bb20b1b4bULL},
    {SetShape::kShrinking, 5, 137, true, 658, 0xd2298c688be515efULL, 0x7899bc3c2f93a599ULL},
    {SetShape::kRandom, 6, 190, true, 774, 0xdb45942df7c1fb8eULL, 0xdc652f7e2bcf1b00ULL},
    {SetShape::kGrowing, 6, 243, true, 1092, 0xb6d4b320ed96d70aULL, 0x968f7f38bb38950aULL},
    {SetShape::kShrinking, 6, 296, true, 1345, 0x54c760191eafe0d4ULL, 0x6efc583135fa94b1ULL},
    {SetShape::kRandom, 7, 50, true, 199, 0xd4716495c5c33f3bULL, 0x2f8f296401ca2676ULL},
    {SetShape::kGrowing, 7, 103, true, 518, 0xf47d95e649bfb826ULL, 0x9d41c35281689d68ULL},
    {SetShape::kShrinking, 7, 156, true, 780, 0x20bd95e2ce423ee1ULL, 0xab4ea146db100111ULL},
    {SetShape::kRandom, 8, 209, true, 853, 0x2bdf3c83b44f91a2ULL, 0x7e74e243a2adb19dULL},
    {SetShape::kGrowing, 8, 262, true, 1401, 0x1fcd18b3b1755f20ULL, 0x135314100fdcda0cULL},
    {SetShape::kShrinking, 8, 16, true, 45, 0x4b9c5ad3211428e9ULL, 0xee1deff0efe9a525ULL},
    {SetShape::kRandom, 2, 69, false, 300, 0x273b84be87dcf4d5ULL, 0x1b9b51c46814256bULL},
    {SetShape::kGrowing, 2, 122, false, 535, 0xe1a7d910adc97b89ULL, 0xfdb05ce6c0e324eeULL},
    {SetShape::kShrinking, 2, 175, false, 832, 0x0a6c3f02e8d4b4abULL, 0x148bfb0b7fe2236eULL},
    {SetShape::kRandom, 3, 228, false, 1197, 0x3dc7b81d7f885cf1ULL, 0x03cfe658c2e23127ULL},
    {SetShape::kGrowing, 3, 281, false, 1239, 0x07038c506b4ab85eULL, 0x778b5bede59a67b9ULL},
    {SetShape::kShrinking, 3, 35, false, 128, 0xb9411217786a29feULL, 0x29f76b2a5da57ba4ULL},
    {SetShape::kRandom, 4, 88, false, 408, 0xffd9ebd06f5ea8d6ULL, 0x3844c0e429b79c53ULL},
    {SetShape::kGrowing, 4, 141, false, 637, 0x24835b1ee98e5c17ULL, 0x8b3c40c06a11b9dbULL},
    {SetShape::kShrinking, 4, 194, false, 1055, 0x085f7519d1b41647ULL, 0x30d5438b284cfeaaULL},
    {SetShape::kRandom, 5, 247, false, 1172, 0xdf10b5c4b421f57eULL, 0x5751a8b6334ab302ULL},
    {SetShape::kGrowing, 5, 300, false, 1426, 0xdc75af41c7535215ULL, 0x4ff0b1e49b7b41e7ULL},
    {SetShape::kShrinking, 5, 54, false, 242, 0xabe6577e5632258eULL, 0x3d641ff0623b4708ULL},
    {SetShape::kRandom, 6, 107, false, 448, 0xdd02f6ca74d77b55ULL, 0x3ca812c43672f776ULL},
    {SetShape::kGrowing, 6, 160, false, 723, 0x257941de940422ebULL, 0x977e52974c2e525fULL},
    {SetShape::kShrinking, 6, 213, false, 1190, 0x23a70bc5d9f8aaf6ULL, 0x8b12e31e8ca46debULL},
    {SetShape::kRandom, 7, 266, false, 1067, 0x248689d26c8ebebbULL, 0xdf50a17d28238d58ULL},
    {SetShape::kGrowing, 7, 20, false, 58, 0x5a33f5f80dd87dfbULL, 0xb0157e49aa4ff9cbULL},
    {SetShape::kShrinking, 7, 73, false, 324, 0x096ec490d314e0c8ULL, 0xb7cedffc2a248049ULL},
    {SetShape::kRandom, 8, 126, false, 532, 0xf7bcff46e5edba2aULL, 0x91c63b3ad2df0600ULL},
    {SetShape::kGrowing, 8, 179, false, 847, 0x533257e5c7f91353ULL, 0x1b0072c26f161eaeULL},
    {SetShape::kShrinking, 8, 232, false, 1247, 0x17f1df831cebaaf2ULL, 0x802bbb0e317bf579ULL},
    {SetShape::kRandom, 2, 285, true, 1384, 0x07d93118f71399d7ULL, 0xb8a847017c3f97dbULL},
    {SetShape::kGrowing, 2, 39, true, 136, 0x4240a50bf4180395ULL, 0xc16ab2f40d6ad3e0ULL},
    {SetShape::kShrinking, 2, 92, true, 427, 0x3287e41a6f7027b2ULL, 0xf7b9c3a25d217f9dULL},
    {SetShape::kRandom, 3, 145, true, 751, 0x8b00518ae876b974ULL, 0x334dcefc73db683fULL},
    {SetShape::kGrowing, 3, 198, true, 951, 0x305184c503b03409ULL, 0x19c4ea2e60474598ULL},
    {SetShape::kShrinking, 3, 251, true, 1252, 0xcd9641f48a347da0ULL, 0x4115804c10e84876ULL},
    {SetShape::kRandom, 4, 5, true, 7, 0xd95cc85b2b48a118ULL, 0x9c2b13c873e3fc73ULL},
    {SetShape::kGrowing, 4, 58, true, 246, 0x3823292396cdff94ULL, 0xe214c9a8d99e89daULL},
    {SetShape::kShrinking, 4, 111, true, 548, 0x5a0b901825de60ddULL, 0xf667c4df5c1339d2ULL},
};
const ThrowCase kThrowCases[] = {
    {Shape::kRandom, 2, false, 0, 0, 0, 0x08328707b4eb6e3aULL},
    {Shape::kRandom, 2, false, -1, 1, 0, 0x08328707b4eb6e3aULL},
    {Shape::kFewDistinct, 2, true, 0, 0, 0, 0x08328707b4eb6e3aULL},
    {Shape::kFewDistinct, 2, true, -1, 1, 0, 0x08328707b4eb6e3aULL},
    {Shape::kAscendingRuns, 2, false, 1, 0, 0, 0x08328707b4eb6e3aULL},
    {Shape::kAscendingRuns, 2, false, -1, 1, 0, 0x08328707b4eb6e3aULL},
    {Shape::kDescendingRuns, 2, true, 0, 0, 0, 0x08328707b4eb6e3aULL},
    {Shape::kDescendingRuns, 2, true, -1, 1, 0, 0x08328707b4eb6e3aULL},
    {Shape::kSawtooth, 2, false, 0, 0, 0, 0x08328707b4eb6e3aULL},
    {Shape::kSawtooth, 2, false, -1, 1, 0, 0x08328707b4eb6e3aULL},
    {Shape::kSortedBlocks, 2, false, 0, 0, 0, 0x08328707b4eb6e3aULL},
    {Shape::kSortedBlocks, 2, false, -1, 1, 0, 0x08328707b4eb6e3aULL},
    {Shape::kReversedBlocks, 2, true, 0, 0, 0, 0x08328707b4eb6e3aULL},
    {Shape::kReversedBlocks, 2, true, -1, 1, 0, 0x08328707b4eb6e3aULL},
    {Shape::kNearlySorted, 2, true, 0, 0, 0, 0x08328707b4eb6e3aULL},
    {Shape::kNearlySorted, 2, true, -1, 1, 0, 0x08328707b4eb6e3aULL},
    {Shape::kRandom, 3, true, 1, 0, 0, 0xd949aa186c0c4928ULL},
    {Shape::kRandom, 3, true, -1, 1, 0, 0xd949aa186c0c4928ULL},
    {Shape::kFewDistinct, 3, false, 2, 0, 1, 0xd949aa186c0c4928ULL},
    {Shape::kFewDistinct, 3, false, -1, 4, 3, 0xd949aa186c0c4928ULL},
    {Shape::kAscendingRuns, 3, false, 1, 0, 0, 0xd949aa186c0c4928ULL},
    {Shape::kAscendingRuns, 3, false, -1, 2, 1, 0xd949aa186c0c4928ULL},
    {Shape::kDescendingRuns, 3, false, 1, 0, 0, 0xd949aa186c0c4928ULL},
    {Shape::kDescendingRuns, 3, false, -1, 1, 0, 0xd949aa186c0c4928ULL},
    {Shape::kSawtooth, 3, true, 1, 0, 0, 0xd949aa186c0c4928ULL},
    {Shape::kSawtooth, 3, true, -1, 1, 0, 0xd949aa186c0c4928ULL},
    {Shape::kSortedBlocks, 3, true, 2, 0, 0, 0xd949aa186c0c4928ULL},
    {Shape::kSortedBlocks, 3, true, -1, 2, 1, 0xd949aa186c0c4928ULL},
    {Shape::kReversedBlocks, 3, true, 2, 0, 0, 0xd949aa186c0c4928ULL},
    {Shape::kReversedBlocks, 3, true, -1, 2, 1, 0xd949aa186c0c4928ULL},
    {Shape::kNearlySorted, 3, false, 1, 0, 0, 0xd949aa186c0c4928ULL},
    {Shape::kNearlySorted, 3, false, -1, 2, 1, 0xd949aa186c0c4928ULL},
    {Shape::kRandom, 10, true, 4, 0, 8, 0xb4379b7d534e374eULL},
    {Shape::kRandom, 10, true, -1, 4, 3, 0x1ef287c089afa272ULL},
    {Shape::kFewDistinct, 10, true, 2, 0, 13, 0x1bb4032b3bcb5476ULL},
    {Shape::kFewDistinct, 10, true, -1, 11, 10, 0x788d55cdac150a8eULL},
    {Shape::kAscendingRuns, 10, true, 1, 0, 15, 0xaab2fb8621545192ULL},
    {Shape::kAscendingRuns, 10, true, -1, 7, 6, 0x0cdf13c90c0a59c6ULL},
    {Shape::kDescendingRuns, 10, false, 5, 0, 4, 0x9800d3c0ce314572ULL},
    {Shape::kDescendingRuns, 10, false, -1, 9, 8, 0x9800d3c0ce314572ULL},
    {Shape::kSawtooth, 10, false, 8, 0, 7, 0x9800d3c0ce314572ULL},
    {Shape::kSawtooth, 10, false, -1, 6, 5, 0x9800d3c0ce314572ULL},
    {Shape::kSortedBlocks, 10, true, 7, 0, 1, 0x9800d3c0ce314572ULL},
    {Shape::kSortedBlocks, 10, true, -1, 1, 0, 0x9800d3c0ce314572ULL},
    {Shape::kReversedBlocks, 10, true, 8, 0, 0, 0x9800d3c0ce314572ULL},
    {Shape::kReversedBlocks, 10, true, -1, 6, 5, 0x9800d3c0ce314572ULL},
    {Shape::kNearlySorted, 10, true, 0, 0, 22, 0x746aed42cba51180ULL},
    {Shape::kNearlySorted, 10, true, -1, 15, 14, 0x158b7e468bac05caULL},
    {Shape::kRandom, 40, false, 25, 0, 89, 0x979c8a0a52b680a7ULL},
    {Shape::kRandom, 40, false, -1, 10, 9, 0xc95988a67240049fULL},
    {Shape::kFewDistinct, 40, false, 30, 0, 109, 0x9c36294df98d339fULL},
    {Shape::kFewDistinct, 40, false, -1, 119, 118, 0x9fb456e5401face1ULL},
    {Shape::kAscendingRuns, 40, false, 36, 0, 35, 0xc9ccf0fe5fbdeb1dULL},
    {Shape::kAscendingRuns, 40, false, -1, 15, 14, 0xc9ccf0fe5fbdeb1dULL},
    {Shape::kDescendingRuns, 40, true, 29, 0, 9, 0xc9ccf0fe5fbdeb1dULL},
    {Shape::kDescendingRuns, 40, true, -1, 24, 23, 0xc9ccf0fe5fbdeb1dULL},
    {Shape::kSawtooth, 40, false, 3, 0, 2, 0xc9ccf0fe5fbdeb1dULL},
    {Shape::kSawtooth, 40, false, -1, 36, 35, 0x1e11cfc24f4c789bULL},
    {Shape::kSortedBlocks, 40, false, 28, 0, 76, 0x1b65e6f94ab17c4dULL},
    {Shape::kSortedBlocks, 40, false, -1, 103, 102, 0xf4a4b35f31cc4213ULL},
    {Shape::kReversedBlocks, 40, false, 6, 0, 11, 0x10c2c64b39e03e07ULL},
    {Shape::kReversedBlocks, 40, false, -1, 130, 129, 0x7566cd174a18ca09ULL},
    {Shape::kNearlySorted, 40, false, 25, 0, 72, 0xe82a587df4e0a4bfULL},
    {Shape::kNearlySorted, 40, false, -1, 29, 28, 0xe82a587df4e0a4bfULL},
    {Shape::kRandom, 64, false, 61, 0, 223, 0x17701be60862ab21ULL},
    {Shape::kRandom, 64, false, -1, 174, 173, 0x4b711057865ba517ULL},
    {Shape::kFewDistinct, 64, false, 27, 0, 93, 0xa7c2c5feb9472395ULL},
    {Shape::kFewDistinct, 64, false, -1, 4, 3, 0x8368214f77995ee5ULL},
    {Shape::kAscendingRuns, 64, true, 57, 0, 9, 0xac4c144875b59ee1ULL},
    {Shape::kAscendingRuns, 64, true, -1, 240, 239, 0x43c003f5bba76441ULL},
    {Shape::kDescendingRuns, 64, false, 38, 0, 106, 0xeed1feaf87fcbe2dULL},
    {Shape::kDescendingRuns, 64, false, -1, 157, 156, 0xdffbb25d647c9859ULL},
    {Shape::kSawtooth, 64, true, 40, 0, 22, 0x8368214f77995ee5ULL},
    {Shape::kSawtooth, 64, true, -1, 62, 61, 0xe6b3ea62dd65dec5ULL},
    {Shape::kSortedBlocks, 64, true, 19, 0, 101, 0xdde5cfc59172889bULL},
    {Shape::kSortedBlocks, 64, true, -1, 88, 87, 0x2cb7e21958ac01ffULL},
    {Shape::kReversedBlocks, 64, true, 5, 0, 57, 0x8368214f77995ee5ULL},
    {Shape::kReversedBlocks, 64, true, -1, 24, 23, 0x8368214f77995ee5ULL},
    {Shape::kNearlySorted, 64, true, 19, 0, 117, 0x1a319b71f3d4b4f7ULL},
    {Shape::kNearlySorted, 64, true, -1, 36, 35, 0x75f44a306582e335ULL},
    {Shape::kRandom, 65, false, 28, 0, 100, 0x21fceed73fd0f47fULL},
    {Shape::kRandom, 65, false, -1, 241, 240, 0xac7ab63a68886741ULL},
    {Shape::kFewDistinct, 65, true, 32, 0, 117, 0xb0e66c43a53cdf0dULL},
    {Shape::kFewDistinct, 65, true, -1, 43, 42, 0xc4b0ce940a2fe84bULL},
    {Shape::kAscendingRuns, 65, true, 51, 0, 12, 0xe34f3f08399bd25fULL},
    {Shape::kAscendingRuns, 65, true, -1, 96, 95, 0x927b08c4aae6fa27ULL},
    {Shape::kDescendingRuns, 65, false, 50, 0, 49, 0x9080bd9f4ea23ee7ULL},
    {Shape::kDescendingRuns, 65, false, -1, 20, 19, 0xe34f3f08399bd25fULL},
    {Shape::kSawtooth, 65, false, 7, 0, 6, 0xe34f3f08399bd25fULL},
    {Shape::kSawtooth, 65, false, -1, 51, 50, 0x3894f1a4ad46eb4fULL},
    {Shape::kSortedBlocks, 65, true, 51, 0, 12, 0xe34f3f08399bd25fULL},
    {Shape::kSortedBlocks, 65, true, -1, 54, 53, 0x2607db214ff4790fULL},
    {Shape::kReversedBlocks, 65, false, 0, 0, 0, 0xe34f3f08399bd25fULL},
    {Shape::kReversedBlocks, 65, false, -1, 10, 9, 0xe34f3f08399bd25fULL},
    {Shape::kNearlySorted, 65, false, 60, 0, 94, 0x516394e29e9350fbULL},
    {Shape::kNearlySorted, 65, false, -1, 120, 119, 0x516394e29e9350fbULL},
    {Shape::kRandom, 100, false, 88, 0, 369, 0xd8791362894b41adULL},
    {Shape::kRandom, 100, false, -1, 292, 291, 0x8d16fbdff51522b3ULL},
    {Shape::kFewDistinct, 100, true, 50, 0, 204, 0xe5eebadff5f657ddULL},
    {Shape::kFewDistinct, 100, true, -1, 58, 57, 0xa1e2bf6867acd693ULL},
    {Shape::kAscendingRuns, 100, true, 32, 0, 66, 0xfb5c8cec60d83ab1ULL},
    {Shape::kAscendingRuns, 100, true, -1, 31, 30, 0xfb5c8cec60d83ab1ULL},
    {Shape::kDescendingRuns, 100, true, 95, 0, 3, 0xfb5c8cec60d83ab1ULL},
    {Shape::kDescendingRuns, 100, true, -1, 185, 184, 0xbf2152fdc4ed0f39ULL},
    {Shape::kSawtooth, 100, false, 76, 0, 75, 0xfb5c8cec60d83ab1ULL},
    {Shape::kSawtooth, 100, false, -1, 90, 89, 0xfb5c8cec60d83ab1ULL},
    {Shape::kSortedBlocks, 100, true, 39, 0, 124, 0xbbaf3cd1377e0b61ULL},
    {Shape::kSortedBlocks, 100, true, -1, 248, 247, 0x74075ec376882079ULL},
    {Shape::kReversedBlocks, 100, true, 14, 0, 84, 0xfb5c8cec60d83ab1ULL},
    {Shape::kReversedBlocks, 100, true, -1, 178, 177, 0xae3149fa94c66611ULL},
    {Shape::kNearlySorted, 100, true, 67, 0, 129, 0x670e32c4a0ea9efdULL},
    {Shape::kNearlySorted, 100, true, -1, 78, 77, 0x11df91163716303dULL},
    {Shape::kRandom, 150, false, 17, 0, 49, 0x30c692c5a6d127baULL},
    {Shape::kRandom, 150, false, -1, 150, 149, 0x227ac67b73d42d78ULL},
    {Shape::kFewDistinct, 150, false, 132, 0, 545, 0xd1640c84e5cdf1d6ULL},
    {Shape::kFewDistinct, 150, false, -1, 153, 152, 0xffdacb0276d9f0a8ULL},
    {Shape::kAscendingRuns, 150, false, 139, 0, 231, 0x2b82e4fb705c45f6ULL},
    {Shape::kAscendingRuns, 150, false, -1, 10, 9, 0xf8839c7f97bf12eeULL},
    {Shape::kDescendingRuns, 150, true, 104, 0, 102, 0x5cfe15111a841df4ULL},
    {Shape::kDescendingRuns, 150, true, -1, 134, 133, 0x5cfe15111a841df4ULL},
    {Shape::kSawtooth, 150, true, 2, 0, 146, 0x959c1a9d67d0bc24ULL},
    {Shape::kSawtooth, 150, true, -1, 333, 332, 0xb2a45b8060056a80ULL},
    {Shape::kSortedBlocks, 150, true, 109, 0, 125, 0xf69c9f1dad2656aaULL},
    {Shape::kSortedBlocks, 150, true, -1, 178, 177, 0xad03409666284892ULL},
    {Shape::kReversedBlocks, 150, false, 147, 0, 458, 0xe4c248d95038e318ULL},
    {Shape::kReversedBlocks, 150, false, -1, 423, 422, 0x28b33785e0362878ULL},
    {Shape::kNearlySorted, 150, true, 45, 0, 258, 0x575cd06afa11870cULL},
    {Shape::kNearlySorted, 150, true, -1, 184, 183, 0x4224d5227ba0857aULL},
    {Shape::kRandom, 200, false, 49, 0, 212, 0xba2752aa3ede902dULL},
    {Shape::kRandom, 200, false, -1, 1267, 1266, 0x37712dbc895e3633ULL},
    {Shape::kFewDistinct, 200, false, 130, 0, 531, 0x97a20ec4b347962fULL},
    {Shape::kFewDistinct, 200, false, -1, 673, 672, 0x1945e65f954b70c5ULL},
    {Shape::kAscendingRuns, 200, true, 167, 0, 47, 0x655b5ab60ea763ddULL},
    {Shape::kAscendingRuns, 200, true, -1, 643, 642, 0x7ccc3fe3421b7eedULL},
    {Shape::kDescendingRuns, 200, true, 18, 0, 529, 0xbda5a61cce751975ULL},
    {Shape::kDescendingRuns, 200, true, -1, 396, 395, 0xdd9d4659713291e1ULL},
    {Shape::kSawtooth, 200, false, 128, 0, 510, 0x3bfe33c49dc49065ULL},
    {Shape::kSawtooth, 200, false, -1, 867, 866, 0x564675267c4be43dULL},
    {Shape::kSortedBlocks, 200, false, 117, 0, 116, 0x43cfa8023695d3bdULL},
    {Shape::kSortedBlocks, 200, false, -1, 171, 170, 0xc7beb11615528f07ULL},
    {Shape::kReversedBlocks, 200, true, 108, 0, 90, 0x43cfa8023695d3bdULL},
    {Shape::kReversedBlocks, 200, true, -1, 23, 22, 0x43cfa8023695d3bdULL},
    {Shape::kNearlySorted, 200, false, 31, 0, 98, 0x10a396efbbf9dcefULL},
    {Shape::kNearlySorted, 200, false, -1, 548, 547, 0x3281cd6d1619a03bULL},
    {Shape::kRandom, 300, true, 177, 0, 551, 0xc46dcbdbee59a397ULL},
    {Shape::kRandom, 300, true, -1, 1335, 1334, 0x86b6e234afea5791ULL},
    {Shape::kFewDistinct, 300, true, 175, 0, 512, 0x4157f1f73ebcabb9ULL},
    {Shape::kFewDistinct, 300, true, -1, 395, 394, 0xdaa9d317a6b40eedULL},
    {Shape::kAscendingRuns, 300, false, 192, 0, 274, 0x8ded4f52155aa103ULL},
    {Shape::kAscendingRuns, 300, false, -1, 151, 150, 0xdf426b8d98e96ee5ULL},
    {Shape::kDescendingRuns, 300, true, 238, 0, 73, 0x5d0bdd9d045ff921ULL},
    {Shape::kDescendingRuns, 300, true, -1, 886, 885, 0x749b1041944e284bULL},
    {Shape::kSawtooth, 300, true, 58, 0, 1101, 0xa767b168d6d9ce25ULL},
    {Shape::kSawtooth, 300, true, -1, 391, 390, 0xf0d3357bea0bd697ULL},
    {Shape::kSortedBlocks, 300, true, 263, 0, 153, 0x3232e9045ae86087ULL},
    {Shape::kSortedBlocks, 300, true, -1, 674, 673, 0x5630bac8db2c58a5ULL},
    {Shape::kReversedBlocks, 300, true, 215, 0, 83, 0xf90bc44125dc3a99ULL},
    {Shape::kReversedBlocks, 300, true, -1, 527, 526, 0x452fba13e06de6f1ULL},
    {Shape::kNearlySorted, 300, true, 4, 0, 794, 0xc632641c369fd42dULL},
    {Shape::kNearlySorted, 300, true, -1, 100, 99, 0xf90bc44125dc3a99ULL},
};
// ---- END GENERATED ----
// clang-format on

std::vector<int> iota(int n) {
  std::vector<int> v(n);
  std::iota(v.begin(), v.end(), 0);
  return v;
}

std::vector<std::string> labels(const std::vector<int>& keys) {
  std::vector<std::string> values;
  for (int k : keys) values.push_back("value " + std::to_string(k));
  return values;
}

// What a stable sort must produce for a total order; reverse=True keeps equal keys in order too.
std::vector<int> stable_order(const std::vector<int64_t>& xs, bool reverse) {
  std::vector<int> order = iota(int(xs.size()));
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return reverse ? xs[b] < xs[a] : xs[a] < xs[b]; });
  return order;
}

// frozenset `<`.
bool is_proper_subset(unsigned x, unsigned y) { return (x & y) == x && x != y; }

// keys is a permutation of 0..n-1, and each value still sits with its key.
void expect_paired(const std::vector<int>& keys, const std::vector<std::string>& values) {
  std::vector<int> sorted = keys;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(sorted, iota(int(keys.size())));
  EXPECT_EQ(values, labels(keys));
}

TEST(PySortTest, IntsMatchCPython) {
  for (const IntCase& c : kIntCases) {
    SCOPED_TRACE(testing::Message() << "shape " << int(c.shape) << ", n " << c.n << ", reverse "
                                    << c.reverse);
    const std::vector<int64_t> xs = make_ints(c.shape, c.n);
    std::vector<int> keys = iota(c.n);
    std::vector<std::string> values = labels(keys);
    Trace trace;
    timsort(
        keys, values,
        [&](int a, int b) {
          trace.add(a, b);
          return xs[a] < xs[b];
        },
        c.reverse);
    EXPECT_EQ(trace.count, c.comparisons);
    EXPECT_EQ(trace.hash.h, c.trace_hash);
    EXPECT_EQ(hash_indices(keys), c.order_hash);
    EXPECT_EQ(keys, stable_order(xs, c.reverse));
    expect_paired(keys, values);
  }
}

TEST(PySortTest, KeysWithoutValuesMatchCPython) {
  struct Item {
    int64_t x;
    int index;
  };
  for (const IntCase& c : kIntCases) {
    SCOPED_TRACE(testing::Message() << "shape " << int(c.shape) << ", n " << c.n << ", reverse "
                                    << c.reverse);
    const std::vector<int64_t> xs = make_ints(c.shape, c.n);
    std::vector<Item> items;
    for (int i = 0; i < c.n; ++i) items.push_back({xs[i], i});
    Trace trace;
    timsort(
        items,
        [&](const Item& a, const Item& b) {
          trace.add(a.index, b.index);
          return a.x < b.x;
        },
        c.reverse);
    std::vector<int> order;
    for (const Item& item : items) order.push_back(item.index);
    EXPECT_EQ(trace.count, c.comparisons);
    EXPECT_EQ(trace.hash.h, c.trace_hash);
    EXPECT_EQ(hash_indices(order), c.order_hash);
  }
}

// frozenset `<` is the proper-subset test, a partial order: the result depends on exactly which
// comparisons the sort makes.
TEST(PySortTest, FrozensetPartialOrderMatchesCPython) {
  for (const SetCase& c : kSetCases) {
    SCOPED_TRACE(testing::Message() << "n " << c.masks.size() << ", reverse " << c.reverse);
    std::vector<int> keys = iota(int(c.masks.size()));
    std::vector<std::string> values = labels(keys);
    Trace trace;
    timsort(
        keys, values,
        [&](int a, int b) {
          trace.add(a, b);
          return is_proper_subset(c.masks[a], c.masks[b]);
        },
        c.reverse);
    EXPECT_EQ(keys, c.order);
    EXPECT_EQ(trace.count, c.comparisons);
    EXPECT_EQ(trace.hash.h, c.trace_hash);
    expect_paired(keys, values);
  }
}

TEST(PySortTest, MoreFrozensetPartialOrdersMatchCPython) {
  for (const SetHashedCase& c : kSetHashedCases) {
    SCOPED_TRACE(testing::Message() << "shape " << int(c.shape) << ", bits " << c.bits << ", n "
                                    << c.n << ", reverse " << c.reverse);
    const std::vector<unsigned> masks = make_masks(c.shape, c.bits, c.n);
    std::vector<int> keys = iota(c.n);
    std::vector<std::string> values = labels(keys);
    Trace trace;
    timsort(
        keys, values,
        [&](int a, int b) {
          trace.add(a, b);
          return is_proper_subset(masks[a], masks[b]);
        },
        c.reverse);
    EXPECT_EQ(trace.count, c.comparisons);
    EXPECT_EQ(trace.hash.h, c.trace_hash);
    EXPECT_EQ(hash_indices(keys), c.order_hash);
    expect_paired(keys, values);
  }
}

TEST(PySortTest, ExceptionsMatchCPython) {
  for (const ThrowCase& c : kThrowCases) {
    SCOPED_TRACE(testing::Message() << "shape " << int(c.shape) << ", n " << c.n << ", reverse "
                                    << c.reverse << ", poison " << c.poison << ", fail_at "
                                    << c.fail_at);
    const std::vector<int64_t> xs = make_ints(c.shape, c.n);
    std::vector<int> keys = iota(c.n);
    std::vector<std::string> values = labels(keys);
    int64_t calls = 0;
    const auto lt = [&](int a, int b) {
      if (++calls == c.fail_at || a == c.poison || b == c.poison) throw TypeError{};
      return xs[a] < xs[b];
    };
    EXPECT_THROW(timsort(keys, values, lt, c.reverse), TypeError);
    EXPECT_EQ(calls - 1, c.comparisons_before);
    EXPECT_EQ(hash_indices(keys), c.state_hash);
    expect_paired(keys, values);
  }
}

TEST(PySortTest, ThrowingPairPropagates) {
  std::vector<int> keys = {5, 3, 9, 1, 7, 2, 8};
  std::vector<std::string> values = labels(keys);
  int64_t calls = 0;
  const auto lt = [&](int a, int b) {
    ++calls;
    if ((a == 7 && b == 9) || (a == 9 && b == 7)) throw TypeError{};
    return a < b;
  };
  EXPECT_THROW(timsort(keys, values, lt), TypeError);
  // CPython compares 7 < 9 seventh, while inserting 7 into the sorted prefix [1, 3, 5, 9], and
  // leaves the list as it was at that point.
  EXPECT_EQ(calls, 7);
  EXPECT_EQ(keys, (std::vector<int>{1, 3, 5, 9, 7, 2, 8}));
  EXPECT_EQ(values, labels(keys));
}

TEST(PySortTest, StableWithEqualKeys) {
  // Few distinct keys in a list long enough for several runs, merges and galloping. The values
  // are move-only, so the sort cannot have copied any.
  constexpr int kN = 1000;
  SplitMix64 rng(42);
  for (bool reverse : {false, true}) {
    std::vector<int> keys;
    std::vector<std::unique_ptr<int>> values;
    for (int i = 0; i < kN; ++i) {
      keys.push_back(int(rng.below(3)));
      values.push_back(std::make_unique<int>(i));
    }
    const std::vector<int> original = keys;
    timsort(keys, values, [](int a, int b) { return a < b; }, reverse);
    for (int i = 0; i < kN; ++i) {
      ASSERT_TRUE(values[i]);
      EXPECT_EQ(keys[i], original[*values[i]]);
      if (i > 0) {
        EXPECT_TRUE(reverse ? keys[i - 1] >= keys[i] : keys[i - 1] <= keys[i]);
        // Equal keys keep their original order, reverse=True included.
        if (keys[i - 1] == keys[i]) {
          EXPECT_LT(*values[i - 1], *values[i]);
        }
      }
    }
  }
}

TEST(PySortTest, ShortListsMakeNoComparisons) {
  for (int n : {0, 1}) {
    std::vector<int> keys(n, 7);
    std::vector<std::string> values = labels(keys);
    timsort(keys, values, [](int, int) -> bool { throw TypeError{}; }, true);
    EXPECT_EQ(keys, std::vector<int>(n, 7));
  }
}

}  // namespace
}  // namespace batt::rt::pysort
