// Pairing a batch's reports with the same body's report of the year before: names normalised
// (brackets, spaces, years, 年度报告), full and short names of one body joined, a government's office
// never taken for the government, and nothing guessed when two candidates fit.
#include "core/batch/pairing.hpp"

#include <gtest/gtest.h>

using namespace nianbao;

TEST(Pairing, NameIsNormalisedFromAgencyOrTitle) {
  EXPECT_EQ(agency_key("新乡市凤泉区人民政府办公室（河南）", ""), "新乡市凤泉区政府办公室");
  EXPECT_EQ(agency_key("", "洪泽区人民政府 2023 年政府信息公开工作年度报告"), "洪泽区政府");
  EXPECT_EQ(agency_key("", "沭阳县发展和改革局二〇二三年政府信息公开年度报告"), "沭阳县发展和改革局");
  EXPECT_EQ(agency_key("", "【2024年度】青山县财政局政府信息公开工作年度报告"), "青山县财政局");
}

TEST(Pairing, FullAndShortNamesOfOneBodyMatch) {
  EXPECT_TRUE(same_agency(agency_key("上海市人民政府办公厅", ""), agency_key("市政府办公厅", "")));
  EXPECT_TRUE(same_agency(agency_key("淮安市洪泽区人民政府", ""), agency_key("洪泽区人民政府", "")));
  EXPECT_TRUE(same_agency(agency_key("江北市青山县财政局", ""), agency_key("青山县财政局", "")));
}

TEST(Pairing, AGovernmentsOfficeIsNeverTheGovernment) {
  EXPECT_FALSE(same_agency(agency_key("青山县人民政府办公室", ""), agency_key("青山县人民政府", "")));
  EXPECT_FALSE(same_agency(agency_key("上海市人民政府办公厅", ""), agency_key("上海市人民政府", "")));
  EXPECT_FALSE(same_agency(agency_key("青山县财政局", ""), agency_key("青山县市场监督管理局", "")));
  EXPECT_FALSE(same_agency(agency_key("洪泽区人民政府", ""), agency_key("淮阴区人民政府", "")));
}

TEST(Pairing, ConsecutiveYearsOfTheSameBodyArePaired) {
  std::vector<PairingEntry> e = {
      {agency_key("淮安市洪泽区人民政府", ""), 2024},  // 0
      {agency_key("洪泽区人民政府", ""), 2023},        // 1
      {agency_key("洪泽区人民政府办公室", ""), 2023},  // 2: the office, not the government
      {agency_key("青山县财政局", ""), 2024},          // 3: no 2023 report of its own
      {agency_key("青山县财政局", ""), 2022},          // 4: two years back
      {agency_key("洪泽区人民政府办公室", ""), 2024},  // 5
  };
  auto p = pair_previous_years(e);
  ASSERT_EQ(p.size(), e.size());
  EXPECT_EQ(p[0], 1u);
  EXPECT_FALSE(p[1]);
  EXPECT_FALSE(p[3]);
  EXPECT_EQ(p[5], 2u);
}

TEST(Pairing, TwoCandidatesThatCannotBeToldApartPairWithNeither) {
  std::vector<PairingEntry> e = {
      {agency_key("市政府办公厅", ""), 2024},
      {agency_key("上海市人民政府办公厅", ""), 2023},
      {agency_key("南京市人民政府办公厅", ""), 2023},
  };
  EXPECT_FALSE(pair_previous_years(e)[0]);
  // An exact name wins over short-name matches.
  e.push_back({agency_key("市政府办公厅", ""), 2023});
  EXPECT_EQ(pair_previous_years(e)[0], 3u);
}

TEST(Pairing, NumbersInANameAreKeptOnlyYearsGo) {
  EXPECT_EQ(agency_key("", "青山县公安局第2分局2023年政府信息公开工作年度报告"), "青山县公安局第2分局");
  EXPECT_EQ(agency_key("青山县第１局", ""), "青山县第1局");  // full-width digits read as ASCII
  EXPECT_FALSE(same_agency(agency_key("青山县第1局", ""), agency_key("青山县第2局", "")));
  std::vector<PairingEntry> e = {{agency_key("青山县第1局", ""), 2024},
                                 {agency_key("青山县第2局", ""), 2023}};
  EXPECT_FALSE(pair_previous_years(e)[0]);  // two bodies, not one body's two years
}
