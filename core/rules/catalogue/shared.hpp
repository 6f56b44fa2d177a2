#pragma once
// Message templates shared by several rules (not one rule's own wording).
#include "core/rules/rule_def.hpp"

namespace nianbao::catalogue_rows {

// clang-format off
inline constexpr MessageTemplate kSharedTexts[] = {
    {"text-vs-table",
     "正文称“{quote}”，但{operand}为 {value}",
     "The text says \"{quote}\" ({found}), but {operand} is {value}"},
    {"likely-mistake",
     "；可能是此格填错：{cell}应为 {value}（现为 {now}），改后相关勾稽关系均成立",
     "; likely mistake: {cell} should be {value} (now {now}), which makes every failing relation hold"},
};
// clang-format on

}  // namespace nianbao::catalogue_rows
