// Undecodable input is refused with where and why (issue 8): the byte offset and the reason, for
// UTF-8, UTF-16 and GB18030, and an .html file refused before reading is still reported as html.
#include "core/text/encoding_problem.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/check.hpp"

namespace nianbao {
namespace {

using text::encoding_problem;

TEST(EncodingProblem, InvalidUtf8NamesTheFirstBadByte) {
  std::string bytes = "abc\xE4\xB8\xADx\xFF\xFE";  // 中 is fine; 0xFF at byte 7 is not UTF-8 nor GB18030
  auto p = encoding_problem(bytes, "unknown");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->offset, 7u);
  EXPECT_NE(p->en.find("invalid UTF-8 at byte 7"), std::string::npos) << p->en;
  EXPECT_NE(p->zh.find("第 7 字节"), std::string::npos) << p->zh;
}

TEST(EncodingProblem, TruncatedGb18030IsSaid) {
  std::string gb = "\xD6\xD0\xCE\xC4";  // 中文 in GB18030
  auto p = encoding_problem(gb + "\xD6", "unknown");
  ASSERT_TRUE(p);
  EXPECT_NE(p->en.find("as GB18030, truncated at byte 4"), std::string::npos) << p->en;
  // A four-byte sequence cut after its second byte.
  auto q = encoding_problem(gb + "\x81\x30", "unknown");
  ASSERT_TRUE(q);
  EXPECT_NE(q->en.find("truncated at byte 4"), std::string::npos) << q->en;
}

TEST(EncodingProblem, Utf16OddLengthAndUnpairedSurrogate) {
  auto odd = encoding_problem(std::string("\xFF\xFE"
                                          "a\x00"
                                          "b",
                                          5),
                              "utf-16le");
  ASSERT_TRUE(odd);
  EXPECT_NE(odd->en.find("odd-length UTF-16 (5 bytes)"), std::string::npos) << odd->en;
  auto lone = encoding_problem(std::string("\xFE\xFF\x00"
                                           "a\xDC\x00\x00"
                                           "b",
                                           8),
                               "utf-16be");
  ASSERT_TRUE(lone);
  EXPECT_EQ(lone->offset, 4u);
  EXPECT_NE(lone->en.find("unpaired UTF-16 surrogate at byte 4"), std::string::npos) << lone->en;
  auto cut = encoding_problem(std::string("\xFF\xFE"
                                          "a\x00\x3D\xD8",
                                          6),
                              "utf-16le");
  ASSERT_TRUE(cut);
  EXPECT_NE(cut->en.find("truncated UTF-16 at byte 4"), std::string::npos) << cut->en;
  EXPECT_FALSE(encoding_problem(std::string("\xFF\xFE"
                                            "a\x00\x3D\xD8\x00\xDE",
                                            8),
                                "utf-16le"));  // a pair
}

TEST(EncodingProblem, DecodableBytesAreNoProblem) {
  EXPECT_FALSE(encoding_problem("plain \xE4\xB8\xAD text", "unknown"));
  EXPECT_FALSE(encoding_problem(std::string("\xFF\xFE"
                                            "a\x00",
                                            4),
                                "utf-16le"));
}

TEST(EncodingProblem, TheRefusalSaysWhereAndWhy) {
  CheckOptions o;
  o.encoding = "unknown";
  o.file_name = "report.txt";
  Result r = check("二〇二三年 report\n\x80\x80 more", o);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].rule, "input-unreadable");
  EXPECT_NE(r.diagnostics[0].message_en.find("invalid UTF-8 at byte 23"), std::string::npos)
      << r.diagnostics[0].message_en;
  EXPECT_NE(r.diagnostics[0].message_zh.find("第 23 字节"), std::string::npos) << r.diagnostics[0].message_zh;
}

TEST(EncodingProblem, ARefusedHtmlFileIsReportedAsHtml) {
  CheckOptions o;
  o.file_name = "report.html";
  o.encoding = "unknown";
  Result r = check("<html>\xFF\xFE</html>", o);
  EXPECT_EQ(r.input_kind, "html");
  o.kind = "html";
  o.file_name = "pasted";
  EXPECT_EQ(check("", o).input_kind, "html");
  EXPECT_EQ(refuse_too_large(kMaxInputBytes + 1, o).input_kind, "html");
  o.kind = "auto";
  EXPECT_EQ(check("\xFF\xFE", o).input_kind, "text");
}

}  // namespace
}  // namespace nianbao
