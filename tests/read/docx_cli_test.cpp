// The native CLI on .docx files: it unzips word/document.xml (stored or deflated members) and checks
// it as kind "docx"; a damaged archive is answered with input-unreadable and a reason on stderr.
// The .docx files are built here: a small ZIP writer (stored members) and, when python3 is there,
// python's zipfile for deflated members.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/support/cli_run.hpp"
#include "tests/support/test_support.hpp"

namespace nianbao {
namespace {

using testing::CliRun;
using testing::run_cli;

std::uint32_t crc32_of(const std::string& data) {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
      std::uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : data) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

void put16(std::string& s, std::uint32_t v) {
  s += static_cast<char>(v & 0xFF);
  s += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& s, std::uint32_t v) {
  put16(s, v & 0xFFFF);
  put16(s, v >> 16);
}

// A ZIP archive with stored (uncompressed) members.
std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& members) {
  std::string out, central;
  for (const auto& [name, data] : members) {
    std::uint32_t offset = static_cast<std::uint32_t>(out.size()), crc = crc32_of(data);
    auto size = static_cast<std::uint32_t>(data.size());
    put32(out, 0x04034b50);
    put16(out, 20), put16(out, 0), put16(out, 0), put16(out, 0), put16(out, 0);
    put32(out, crc), put32(out, size), put32(out, size);
    put16(out, static_cast<std::uint32_t>(name.size())), put16(out, 0);
    out += name;
    out += data;
    put32(central, 0x02014b50);
    put16(central, 20), put16(central, 20), put16(central, 0), put16(central, 0), put16(central, 0),
        put16(central, 0);
    put32(central, crc), put32(central, size), put32(central, size);
    put16(central, static_cast<std::uint32_t>(name.size())), put16(central, 0), put16(central, 0);
    put16(central, 0), put16(central, 0), put32(central, 0), put32(central, offset);
    central += name;
  }
  std::uint32_t cd_offset = static_cast<std::uint32_t>(out.size());
  out += central;
  put32(out, 0x06054b50);
  put16(out, 0), put16(out, 0);
  put16(out, static_cast<std::uint32_t>(members.size())),
      put16(out, static_cast<std::uint32_t>(members.size()));
  put32(out, static_cast<std::uint32_t>(central.size())), put32(out, cd_offset);
  put16(out, 0);
  return out;
}

std::string para(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }
std::string cell(const std::string& text) {
  return "<w:tc><w:tcPr><w:tcW w:w=\"900\"/></w:tcPr>" + para(text) + "</w:tc>";
}

// A small report in WordprocessingML (a fictional agency).
std::string document_xml() {
  std::string body = para("青禾县清溪镇人民政府2023年政府信息公开工作年度报告") + para("一、总体情况") +
                     para("本年度共收到政府信息公开申请3件。") + para("二、主动公开政府信息情况") +
                     para("三、收到和处理政府信息公开申请情况") + "<w:tbl><w:tblGrid>";
  for (int i = 0; i < 9; ++i) body += "<w:gridCol w:w=\"900\"/>";
  body += "</w:tblGrid><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + para("申请人情况") +
          "</w:tc>" + cell("自然人") + cell("商业企业") + cell("科研机构") + cell("社会公益组织") +
          cell("法律服务机构") + cell("其他") + cell("总计") + "</w:tr>";
  body += "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" +
          para("一、本年新收政府信息公开申请数量") + "</w:tc>" + cell("3") + cell("0") + cell("0") +
          cell("0") + cell("0") + cell("0") + cell("3") + "</w:tr></w:tbl>";
  body += para("四、政府信息公开行政复议、行政诉讼情况") + para("五、存在的主要问题及改进情况") +
          para("六、其他需要报告的事项");
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
         body + "</w:body></w:document>";
}

const char* kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

std::string write_temp(const std::string& name, const std::string& bytes) {
  std::string path = ::testing::TempDir() + std::to_string(::getpid()) + "_" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

bool has_binary_complaint(const nlohmann::json& result) {
  for (const auto& d : result["diagnostics"])
    if (d["rule"] == "input-unreadable" &&
        d["message"].get<std::string>().find("not readable text") != std::string::npos)
      return true;
  return false;
}

TEST(DocxCli, ChecksAStoredDocx) {
  std::string path =
      write_temp("nianbao_stored.docx",
                 stored_zip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", document_xml()}}));
  CliRun r = run_cli("check --format json --lang en " + path);
  ASSERT_NE(r.exit_code, 2) << r.err;
  auto results = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_TRUE(results.is_array()) << r.out;
  const auto& res = results.at(0);
  EXPECT_EQ(res["input"]["kind"], "docx");
  EXPECT_EQ(res["input"]["encoding"], "utf-8");
  EXPECT_FALSE(has_binary_complaint(res)) << res.dump(2);
  EXPECT_EQ(r.err, "");

  CliRun e = run_cli("extract " + path);
  auto report = nlohmann::json::parse(e.out, nullptr, false);
  ASSERT_TRUE(report.is_object()) << e.out;
  EXPECT_NE(report.value("title", "").find("青禾县清溪镇"), std::string::npos) << report.dump(2);
}

TEST(DocxCli, ChecksADeflatedDocx) {
  std::string xml_path = write_temp("nianbao_document.xml", document_xml());
  std::string docx_path = ::testing::TempDir() + "nianbao_deflated.docx";
  std::string py =
      "python3 -c \"import sys, zipfile; z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED); "
      "z.writestr('[Content_Types].xml', '<Types/>'); z.write(sys.argv[2], 'word/document.xml'); "
      "z.close()\" " +
      docx_path + " " + xml_path + " 2>/dev/null";
  if (std::system(py.c_str()) != 0) GTEST_SKIP() << "python3 not available to build a deflated .docx";
  CliRun r = run_cli("check --format json " + docx_path);
  auto results = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_TRUE(results.is_array()) << r.out << r.err;
  EXPECT_EQ(results[0]["input"]["kind"], "docx");
  EXPECT_FALSE(has_binary_complaint(results[0]));
  EXPECT_EQ(r.err, "");
}

TEST(DocxCli, DamagedDocxIsUnreadableWithAReason) {
  std::string zip = stored_zip({{"word/document.xml", document_xml()}});
  zip[zip.size() / 2] ^= 0x55;  // the checksum no longer matches
  std::string damaged = write_temp("nianbao_damaged.docx", zip);
  std::string no_document = write_temp("nianbao_nodoc.docx", stored_zip({{"word/other.xml", "<x/>"}}));
  std::string truncated = write_temp("nianbao_truncated.docx", zip.substr(0, 40));
  for (const std::string& path : {damaged, no_document, truncated}) {
    CliRun r = run_cli("check --format json --lang en " + path);
    EXPECT_EQ(r.exit_code, 1) << path;
    auto results = nlohmann::json::parse(r.out, nullptr, false);
    ASSERT_TRUE(results.is_array()) << path << r.out;
    EXPECT_EQ(results[0]["input"]["kind"], "docx");
    bool unreadable = false;
    for (const auto& d : results[0]["diagnostics"])
      unreadable = unreadable || d["rule"] == "input-unreadable";
    EXPECT_TRUE(unreadable) << path;
    EXPECT_NE(r.err.find("cannot read the .docx"), std::string::npos) << path << ": " << r.err;
  }
}

// The reason reaches the result, not only stderr, in the words the JS package uses for the same file
// (tests/node/differential.test.mjs): a zip bomb, a .docx without its document, a damaged one.
TEST(DocxCli, TheReasonADocxIsRefusedIsInTheResult) {
  std::string bomb = stored_zip({{"word/document.xml", document_xml()}});
  std::size_t central = bomb.find(std::string("PK\x01\x02", 4));
  ASSERT_NE(central, std::string::npos);
  bomb.replace(central + 24, 4, std::string("\x00\x00\x00\x05", 4));  // declares 80 MiB unpacked
  std::string damaged = stored_zip({{"word/document.xml", document_xml()}});
  damaged[damaged.size() / 2] ^= 0x55;
  const std::pair<std::string, std::string> cases[] = {
      {write_temp("nianbao_bomb.docx", bomb), "more than 64 MiB"},
      {write_temp("nianbao_nodoc2.docx", stored_zip({{"word/other.xml", "<x/>"}})), "holds no document"},
      {write_temp("nianbao_damaged2.docx", damaged), "damaged or cannot be unpacked"},
  };
  for (const auto& [path, words] : cases) {
    CliRun r = run_cli("check --format json --lang en " + path);
    auto results = nlohmann::json::parse(r.out, nullptr, false);
    ASSERT_TRUE(results.is_array()) << path << r.out;
    ASSERT_EQ(results[0]["diagnostics"].size(), 1u) << r.out;
    const auto& d = results[0]["diagnostics"][0];
    EXPECT_EQ(d["rule"], "input-unreadable");
    EXPECT_NE(d["message"].get<std::string>().find(words), std::string::npos) << path << ": " << d["message"];
  }
}

}  // namespace
}  // namespace nianbao
