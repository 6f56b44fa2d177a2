// The WebAssembly module's memchr and memcmp (wasm/byte_search.hpp) against the C library's, natively: every
// length up to 40 at every alignment, the byte sought at each place or absent, bytes on both sides of 0x80
// (the result's sign is that of the unsigned difference), and the first of several matches or differences.
#include "wasm/byte_search.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

namespace {

using nianbao::wasm::compare_bytes;
using nianbao::wasm::find_byte;

int sign(int v) { return (v > 0) - (v < 0); }

TEST(WasmByteSearch, FindByteAgreesWithMemchr) {
  std::vector<unsigned char> buf(64);
  for (int wanted : {0x00, 0x41, 0x7F, 0x80, 0xE4, 0xFF, -28 /* (char)0xE4 as an int */}) {
    const auto b = static_cast<unsigned char>(wanted);
    for (std::size_t offset = 0; offset < 8; ++offset)
      for (std::size_t n = 0; n <= 40; ++n)
        for (std::size_t at = 0; at <= n; ++at) {  // at == n: not there
          for (std::size_t k = 0; k < buf.size(); ++k) buf[k] = static_cast<unsigned char>(b ^ (1 + (k % 7)));
          if (at < n) buf[offset + at] = b;
          if (at + 3 < n) buf[offset + at + 3] = b;          // a later match must not win
          if (offset + n < buf.size()) buf[offset + n] = b;  // nor one past the end
          const unsigned char* s = buf.data() + offset;
          ASSERT_EQ(find_byte(s, wanted, n), std::memchr(s, wanted, n))
              << "n=" << n << " at=" << at << " offset=" << offset;
        }
  }
}

TEST(WasmByteSearch, FindByteSeesEveryByteValue) {
  std::vector<unsigned char> all(256);
  for (int v = 0; v < 256; ++v) all[v] = static_cast<unsigned char>(v);
  for (int v = 0; v < 256; ++v) EXPECT_EQ(find_byte(all.data(), v, all.size()), all.data() + v);
  EXPECT_EQ(find_byte(all.data() + 1, 0, 255), nullptr);
}

TEST(WasmByteSearch, CompareBytesAgreesWithMemcmp) {
  std::vector<unsigned char> a(64), b(64);
  const std::pair<unsigned char, unsigned char> pairs[] = {{0x00, 0x01}, {0x7F, 0x80}, {0x80, 0x7F},
                                                           {0xFF, 0x00}, {0xE4, 0xE5}, {0x41, 0x41}};
  for (std::size_t oa = 0; oa < 8; ++oa)
    for (std::size_t ob = 0; ob < 8; ob += 3)
      for (std::size_t n = 0; n <= 40; ++n)
        for (std::size_t at = 0; at <= n; ++at)
          for (const auto& [x, y] : pairs) {
            for (std::size_t k = 0; k < a.size(); ++k) a[k] = b[k] = static_cast<unsigned char>(0x30 + k);
            if (at < n) {
              a[oa + at] = x;
              b[ob + at] = y;
              // bytes that differ later, the other way round: the first difference decides
              a[oa + n - 1] = at + 1 < n ? 0x00 : a[oa + n - 1];
              b[ob + n - 1] = at + 1 < n ? 0xFF : b[ob + n - 1];
            }
            for (std::size_t k = 0; k < at; ++k) b[ob + k] = a[oa + k];  // equal before the difference
            const int mine = compare_bytes(a.data() + oa, b.data() + ob, n);
            const int libc = std::memcmp(a.data() + oa, b.data() + ob, n);
            ASSERT_EQ(sign(mine), sign(libc)) << "n=" << n << " at=" << at << " oa=" << oa << " ob=" << ob;
          }
}

}  // namespace
