#include "cli/unzip.hpp"

#include <zlib.h>

#include <cstdint>
#include <cstring>

namespace nianbao::cli {

namespace {

constexpr std::uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;

std::uint32_t u16(const std::string& s, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 1])) << 8;
}
std::uint32_t u32(const std::string& s, std::size_t at) { return u16(s, at) | u16(s, at + 2) << 16; }

Unzipped fail(std::string why, const char* code = "docx-damaged") {
  Unzipped u;
  u.error = std::move(why);
  u.code = code;
  return u;
}

struct Entry {
  std::uint32_t method = 0, flags = 0, crc = 0;
  std::uint64_t compressed = 0, size = 0, local_offset = 0;
};

// Finds `name` in the central directory (the authoritative list; local headers may lack sizes).
bool find_entry(const std::string& zip, const std::string& name, Entry& e, std::string& error) {
  if (zip.size() < 22) {
    error = "not a ZIP archive (too short)";
    return false;
  }
  // The end record sits in the last 22 + 65535 (comment) bytes.
  std::size_t lowest = zip.size() > 22 + 65535 ? zip.size() - 22 - 65535 : 0;
  std::size_t eocd = std::string::npos;
  for (std::size_t i = zip.size() - 22 + 1; i-- > lowest;) {
    if (u32(zip, i) == kEndOfCentralDirectory) {
      eocd = i;
      break;
    }
  }
  if (eocd == std::string::npos) {
    error = "not a ZIP archive (no central directory)";
    return false;
  }
  std::uint32_t count = u16(zip, eocd + 10);
  std::uint64_t offset = u32(zip, eocd + 16);
  if (offset == 0xFFFFFFFFu || count == 0xFFFFu) {
    error = "ZIP64 archives are not supported";
    return false;
  }
  std::size_t p = static_cast<std::size_t>(offset);
  for (std::uint32_t k = 0; k < count; ++k) {
    if (p + 46 > zip.size() || u32(zip, p) != kCentralHeader) {
      error = "damaged ZIP central directory";
      return false;
    }
    std::size_t name_len = u16(zip, p + 28), extra_len = u16(zip, p + 30), comment_len = u16(zip, p + 32);
    if (p + 46 + name_len > zip.size()) {
      error = "damaged ZIP central directory";
      return false;
    }
    if (zip.compare(p + 46, name_len, name) == 0 && name_len == name.size()) {
      e.flags = u16(zip, p + 8);
      e.method = u16(zip, p + 10);
      e.crc = u32(zip, p + 16);
      e.compressed = u32(zip, p + 20);
      e.size = u32(zip, p + 24);
      e.local_offset = u32(zip, p + 42);
      return true;
    }
    p += 46 + name_len + extra_len + comment_len;
  }
  error = "the archive has no " + name;
  return false;
}

bool inflate_raw(const char* in, std::size_t in_len, std::size_t expected, std::string& out,
                 std::string& error) {
  z_stream z;
  std::memset(&z, 0, sizeof z);
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
    error = "cannot start inflating";
    return false;
  }
  // One byte of room beyond the declared size: output that fills it means the header lies, and we
  // refuse rather than grow (the declared size is already capped at kMaxUnzippedBytes).
  out.assign(expected + 1, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in));
  z.avail_in = static_cast<uInt>(in_len);
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(expected + 1);
  int rc = inflate(&z, Z_FINISH);
  std::size_t produced = z.total_out;
  bool more = produced > expected || (rc == Z_BUF_ERROR && z.avail_out == 0);
  inflateEnd(&z);
  if (rc != Z_STREAM_END || more) {
    error = more ? "a ZIP member is larger than its header says" : "damaged compressed data";
    return false;
  }
  out.resize(produced);
  return true;
}

}  // namespace

Unzipped unzip_member(const std::string& zip, const std::string& name) {
  Entry e;
  std::string error;
  if (!find_entry(zip, name, e, error))
    return fail(error, error == "the archive has no " + name ? "docx-no-document" : "docx-damaged");
  if (e.flags & 1u) return fail("the document is encrypted (password protected)");
  if (e.compressed == 0xFFFFFFFFu || e.size == 0xFFFFFFFFu) return fail("ZIP64 members are not supported");
  if (e.size > kMaxUnzippedBytes) return fail(name + " is larger than 64 MB when unpacked", "docx-too-large");
  std::size_t lh = static_cast<std::size_t>(e.local_offset);
  if (lh + 30 > zip.size() || u32(zip, lh) != kLocalHeader) return fail("damaged ZIP local header");
  std::size_t data = lh + 30 + u16(zip, lh + 26) + u16(zip, lh + 28);
  if (data > zip.size() || e.compressed > zip.size() - data) return fail("the ZIP archive is cut off");
  Unzipped u;
  const char* in = zip.data() + data;
  std::size_t in_len = static_cast<std::size_t>(e.compressed);
  if (e.method == 0) {
    if (e.compressed != e.size) return fail("damaged stored ZIP member");
    u.data.assign(in, in_len);
  } else if (e.method == 8) {
    if (!inflate_raw(in, in_len, static_cast<std::size_t>(e.size), u.data, error)) return fail(error);
    if (u.data.size() != e.size) return fail("a ZIP member is shorter than its header says");
  } else {
    return fail("unsupported ZIP compression method " + std::to_string(e.method));
  }
  uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(u.data.data()), static_cast<uInt>(u.data.size()));
  if (crc != e.crc) return fail("checksum mismatch in " + name + " (damaged file)");
  u.ok = true;
  return u;
}

Unzipped unzip_docx_document(const std::string& archive) {
  Unzipped u = unzip_member(archive, "word/document.xml");
  if (u.ok) return u;
  // Some producers name the main part differently; the package relationships say which it is.
  Unzipped rels = unzip_member(archive, "_rels/.rels");
  if (!rels.ok) return u;
  const std::string& x = rels.data;
  for (std::size_t at = x.find("officeDocument\""); at != std::string::npos;
       at = x.find("officeDocument\"", at + 1)) {
    std::size_t start = x.rfind('<', at), end = x.find('>', at);
    if (start == std::string::npos || end == std::string::npos) break;
    std::string tag = x.substr(start, end - start);
    std::size_t t = tag.find("Target=\"");
    if (t == std::string::npos) continue;
    std::size_t q = tag.find('"', t + 8);
    if (q == std::string::npos) continue;
    std::string target = tag.substr(t + 8, q - t - 8);
    if (!target.empty() && target[0] == '/') target.erase(0, 1);
    if (target != "word/document.xml") return unzip_member(archive, target);
  }
  return u;
}

}  // namespace nianbao::cli
