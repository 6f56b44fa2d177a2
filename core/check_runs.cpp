#include "core/check_runs.hpp"

#include <algorithm>

#include "core/read/read.hpp"
#include "core/read/runs_json.hpp"
#include "core/rules/catalogue.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

Diagnostic unreadable(std::string zh, std::string en) {
  Diagnostic d;
  const auto rule = NB_RULE("input-unreadable");  // the messages below are still inline
  d.rule = rule.id();
  d.severity = rule.def().severity;
  d.message_zh = std::move(zh);
  d.message_en = std::move(en);
  d.at = Range{0, 0};
  return d;
}

bool has_text(const RunsPage& p) {
  for (const auto& r : p.runs)
    for (char c : r.text)
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return true;
  return false;
}

}  // namespace

RunsVerdict read_runs_input(std::string_view json, std::size_t max_pages) {
  RunsVerdict v;
  RunsInput in = parse_runs_json(json, max_pages);
  // The verdicts below (a scan, no text) are about the whole file: a head without text is no answer.
  if (in.ok && in.pages_left_out && std::none_of(in.pages.begin(), in.pages.end(), has_text))
    in = parse_runs_json(json);
  v.source_format = in.source_format.empty() ? "pdf" : in.source_format;
  std::string name = v.source_format == "ofd" ? "OFD" : "PDF";
  if (!in.ok) {
    v.diagnostics.push_back(unreadable("无法读取文字位置数据（runs JSON）：" + in.problem + "。",
                                       "The positioned-runs JSON cannot be read: " + in.problem + "."));
    return v;
  }
  if (in.failure == "encrypted") {
    v.diagnostics.push_back(unreadable(
        name + " 文件已加密（需要密码才能打开），无法读取其中文字；请提供未加密的文件，或另存为 .docx。",
        "The " + name +
            " file is encrypted (it needs a password), so its text cannot be read; provide an "
            "unencrypted file or save it as .docx."));
    return v;
  }
  if (in.failure == "unavailable") {
    v.diagnostics.push_back(unreadable("无法读取此 " + name + "：" + in.failure_detail + "。",
                                       "This " + name + " cannot be read: " + in.failure_detail + "."));
    return v;
  }
  if (!in.failure.empty()) {
    std::string detail = in.failure_detail.empty() ? "" : "（" + in.failure_detail + "）";
    std::string detail_en = in.failure_detail.empty() ? "" : " (" + in.failure_detail + ")";
    v.diagnostics.push_back(unreadable(
        name + " 文件已损坏或不是有效的 " + name + "，无法读取" + detail + "；请重新下载或重新导出该文件。",
        "The " + name + " file is damaged or not a valid " + name + detail_en +
            "; download or export it again."));
    return v;
  }
  int pages = static_cast<int>(in.pages.size()), with_text = 0, with_images = 0;
  for (const auto& p : in.pages) {
    with_text += has_text(p) ? 1 : 0;
    with_images += p.images > 0 ? 1 : 0;
  }
  if (with_text == 0) {
    if (pages > 0 && with_images > 0) {
      v.diagnostics.push_back(
          unreadable(name + " 是扫描件：" + std::to_string(pages) +
                         " 页都是图片，没有文字层；本工具不做文字识别（OCR）。请使用带文字的原始 " + name +
                         "、.docx，或先用 OCR 软件识别后再检查。",
                     "The " + name + " is a scan: its " + std::to_string(pages) +
                         " page(s) are images without a text layer, and OCR is not done. Use the original " +
                         name + " with text, a .docx, or run OCR first."));
    } else {
      v.diagnostics.push_back(
          unreadable(name + " 中没有可读取的文字（" + std::to_string(pages) + " 页）。",
                     "The " + name + " contains no readable text (" + std::to_string(pages) + " page(s))."));
    }
    return v;
  }
  v.pages_left_out = in.pages_left_out;
  v.doc = read_runs(in);
  v.readable = true;
  return v;
}

}  // namespace nianbao
