// memchr and memcmp, eight bytes at a time: the WebAssembly module's own (wasm/byte_search_libc.cpp defines
// the C functions with these bodies; tests/wasm/byte_search_test.cpp checks them against the C library
// natively).
//
// Why: Emscripten 3.1.6's musl memchr steps through memory four bytes at a time (wasm32's size_t word) and
// its memcmp one byte at a time. A check calls them thousands of times (text::find and contains anchor on a
// byte with memchr and confirm with memcmp; std::string compares, map lookups), and they were 6% and 4% of a
// check's time in Node (--cpu-prof, the corpus's seed report) where glibc's AVX2 versions are 2.5% and 5.5%
// natively. WebAssembly loads need no alignment, and its i64 operations are native, so a word of eight bytes
// costs one load. SIMD and bulk memory would do better but are above the browser floor (Chrome 86, Firefox
// 78, Safari 14). Measured: a check 0.69-0.72 ms instead of 0.74-0.77 ms in Node (seed report, interleaved).
// memcpy was tried the same way and gained nothing (Emscripten's copies words when it can).
#pragma once

#include <cstddef>
#include <cstdint>

namespace nianbao::wasm {

/** As memchr: the first of the n bytes at s equal to (unsigned char)c, or nullptr. */
inline const unsigned char* find_byte(const unsigned char* s, int c, std::size_t n) {
  const auto b = static_cast<unsigned char>(c);
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  const std::uint64_t pattern = kOnes * b;
  while (n >= 8) {
    std::uint64_t w;
    __builtin_memcpy(&w, s, 8);  // one unaligned i64 load
    // A byte of x is zero where w holds b. (x - ones) & ~x & highs sets the high bit of the first zero byte
    // (borrows can mark bytes after it, never before), and the lowest byte is the first in memory.
    const std::uint64_t x = w ^ pattern;
    const std::uint64_t zero = (x - kOnes) & ~x & kHighs;
    if (zero != 0) return s + (__builtin_ctzll(zero) >> 3);
    s += 8;
    n -= 8;
  }
  for (; n != 0; ++s, --n)
    if (*s == b) return s;
  return nullptr;
}

/** As memcmp: <0, 0 or >0 as the first differing byte (unsigned) of l is below, equal to or above r's. */
inline int compare_bytes(const unsigned char* l, const unsigned char* r, std::size_t n) {
  while (n >= 8) {
    std::uint64_t x, y;
    __builtin_memcpy(&x, l, 8);
    __builtin_memcpy(&y, r, 8);
    if (x != y) {
      const int k = __builtin_ctzll(x ^ y) >> 3;  // the first differing byte (little-endian)
      return static_cast<int>(l[k]) - static_cast<int>(r[k]);
    }
    l += 8;
    r += 8;
    n -= 8;
  }
  for (; n != 0; ++l, ++r, --n)
    if (*l != *r) return static_cast<int>(*l) - static_cast<int>(*r);
  return 0;
}

}  // namespace nianbao::wasm
