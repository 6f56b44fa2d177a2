// The C library's memchr and memcmp for the WebAssembly module, replaced by wasm/byte_search.hpp's (why:
// there). An object file's definitions win over the library archive's, so every caller in the module (the
// core, libc++, musl) uses these. Compiled with -fno-builtin (wasm/CMakeLists.txt): the compiler must not
// turn these loops back into calls to the functions they define.
#include <cstddef>

#include "wasm/byte_search.hpp"

extern "C" {

void* memchr(const void* s, int c, std::size_t n) {
  return const_cast<unsigned char*>(nianbao::wasm::find_byte(static_cast<const unsigned char*>(s), c, n));
}

int memcmp(const void* l, const void* r, std::size_t n) {
  return nianbao::wasm::compare_bytes(static_cast<const unsigned char*>(l),
                                      static_cast<const unsigned char*>(r), n);
}

}  // extern "C"
