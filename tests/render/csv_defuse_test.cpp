// CSV formula injection: every field that is not entirely a plain number and starts (after spaces)
// with = + - @, or starts with a tab or CR, gets a leading apostrophe; control characters are
// neutralised. Checked through render_csv on the `found` field, whatever the columns around it.
#include <gtest/gtest.h>

#include <string>

#include "core/render/render.hpp"
#include "tests/support/json_bridge.hpp"

namespace nianbao {
namespace {

std::string csv_of_found(const nlohmann::json& found) {
  nlohmann::json r = {
      {"file", "a.txt"},
      {"diagnostics",
       {{{"rule", "cell-not-number"}, {"severity", "error"}, {"message", "m"}, {"found", found}}}}};
  return render_csv(nlohmann::json::array({r}));
}

// The CSV field as written: quoted when it holds a comma, quote or line break.
std::string written(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string q = "\"";
  for (char c : field) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

TEST(CsvDefuse, FieldsStartingWithEveryDangerousCharacterGetAnApostrophe) {
  for (const char* payload :
       {"=1+1", "+1+cmd|' /C calc'!A0", "-1+cmd|' /C calc'!A0", "-0.5+HYPERLINK(\"http://evil\")", "@SUM(A1)",
        "+", "-", "=", "@", "-1-1", "+3e5", "-.5x", "  =1+1", "-2,3"}) {
    std::string csv = csv_of_found(payload);
    EXPECT_NE(csv.find("," + written(std::string("'") + payload) + ","), std::string::npos) << payload << "\n"
                                                                                            << csv;
  }
}

TEST(CsvDefuse, LeadingTabAndCarriageReturnArePrefixedAndControlsNeutralised) {
  std::string csv = csv_of_found("\t=1+1");
  EXPECT_NE(csv.find(",'\t=1+1,"), std::string::npos) << csv;
  csv = csv_of_found("\r=1+1");
  EXPECT_NE(csv.find(",\"'\n=1+1\","), std::string::npos) << csv;
  // NUL, BEL, ESC, DEL and a C1 control (U+0085) become spaces; nothing else of the text changes.
  csv =
      csv_of_found(std::string("a\0b\x07"
                               "c\x1b"
                               "d\x7f"
                               "e\xc2\x85"
                               "f",
                               12));
  EXPECT_NE(csv.find(",a b c d e f,"), std::string::npos) << csv;
  for (char c : csv) {
    unsigned char u = static_cast<unsigned char>(c);
    EXPECT_TRUE(u >= 0x20 || c == '\r' || c == '\n' || c == '\t') << static_cast<int>(u);
  }
}

TEST(CsvDefuse, PlainNumbersAndOrdinaryTextAreLeftAlone) {
  for (const char* plain : {"-3", "+2", "0.5", "-0.000001", "12", "见附件", "3件", "a-b", "1=1"}) {
    std::string csv = csv_of_found(plain);
    EXPECT_NE(csv.find(std::string(",") + plain + ","), std::string::npos) << plain << "\n" << csv;
  }
  // JSON numbers are numbers, whatever their sign.
  EXPECT_NE(csv_of_found(-3).find(",-3,"), std::string::npos);
}

}  // namespace
}  // namespace nianbao
