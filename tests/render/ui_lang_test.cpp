// --lang takes zh or en or a BCP 47 tag of either, as the JS package's normalizeLang does.
#include "core/render/ui_lang.hpp"

#include <gtest/gtest.h>

namespace nianbao::ui {
namespace {

TEST(UiLang, TakesBcp47TagsOfChineseAndEnglish) {
  EXPECT_EQ(lang_of_tag("zh"), "zh");
  EXPECT_EQ(lang_of_tag(""), "zh");
  EXPECT_EQ(lang_of_tag("zh-CN"), "zh");
  EXPECT_EQ(lang_of_tag("zh-Hans-CN"), "zh");
  EXPECT_EQ(lang_of_tag("ZH-cn"), "zh");
  EXPECT_EQ(lang_of_tag("en"), "en");
  EXPECT_EQ(lang_of_tag("en-US"), "en");
  EXPECT_EQ(lang_of_tag("EN-gb"), "en");
}

TEST(UiLang, RefusesOtherLanguagesAndMalformedTags) {
  for (const char* bad :
       {"fr", "fr-FR", "z", "zhx1", "zh-", "zh--CN", "zh_CN", "zh-toolongsubtag", "-zh", "中文"})
    EXPECT_FALSE(lang_of_tag(bad).has_value()) << bad;
}

}  // namespace
}  // namespace nianbao::ui
