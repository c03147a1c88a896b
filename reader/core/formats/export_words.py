"""The words of an exported note file, in the interface's language.

The Markdown export is read by people (in Obsidian, in a mail, on paper), so its headings
and labels follow the language the reader uses Duidu in: English, 简体中文 or 繁體中文. The
core has no Qt, so it cannot use the interface's Qt Linguist catalogues; the few phrases
an export holds are kept here, each with its two translations, and looked up by their
English text. Machine-read parts (the front matter's keys, colour names in it) stay
English in every language, so a script that reads exports works on all of them.
"""

from __future__ import annotations

from datetime import datetime

ENGLISH = "en"
LANGUAGES = (ENGLISH, "zh_CN", "zh_TW")

# English phrase → (简体中文, 繁體中文). ``{name}`` fields are filled in after lookup.
_PHRASES: dict[str, tuple[str, str]] = {
    "Notes": ("笔记", "筆記"),
    "Notes on {first} and {second}": ("关于{first}和{second}的笔记", "關於{first}和{second}的筆記"),
    "Notes on {first}": ("关于{first}的笔记", "關於{first}的筆記"),
    "Notes on {count} documents": ("{count} 篇文档的笔记", "{count} 篇文件的筆記"),
    "paragraph {number}": ("第 {number} 段", "第 {number} 段"),
    "title": ("标题", "標題"),
    "heading": ("小标题", "小標題"),
    "image": ("图片", "圖片"),
    "footer": ("页脚", "頁尾"),
    "end": ("末尾", "末尾"),
    "position unknown": ("位置不明", "位置不明"),
    "orphaned (no longer in the text)": (
        "找不到原文（已不在文本中）",
        "找不到原文（已不在文字中）",
    ),
    "Linked: {where}": ("关联：{where}", "關聯：{where}"),
    "colour: {colour}": ("颜色：{colour}", "顏色：{colour}"),
    "made {time}": ("创建于 {time}", "建立於 {time}"),
    "changed {time}": ("修改于 {time}", "修改於 {time}"),
    "Untagged": ("无标签", "無標籤"),
    "File: {path}": ("文件：{path}", "檔案：{path}"),
    " (not found at this path when exported)": ("（导出时不在此路径）", "（匯出時不在此路徑）"),
    "No annotations.": ("没有批注。", "沒有註解。"),
    "yellow": ("黄色", "黃色"),
    "green": ("绿色", "綠色"),
    "blue": ("蓝色", "藍色"),
    "pink": ("粉色", "粉紅色"),
    "purple": ("紫色", "紫色"),
    "orange": ("橙色", "橘色"),
}
_COMMA = {ENGLISH: ", ", "zh_CN": "，", "zh_TW": "，"}


def phrase(language: str, english: str, **fields: object) -> str:
    """``english`` in ``language`` (English itself for an unknown language or phrase),
    with its ``{fields}`` filled in."""
    text = english
    if language != ENGLISH:
        translations = _PHRASES.get(english)
        if translations is not None and language in LANGUAGES:
            text = translations[LANGUAGES.index(language) - 1]
    return text.format(**fields) if fields else text


def comma(language: str) -> str:
    """The separator between a document's title and the place in it."""
    return _COMMA.get(language, ", ")


def capitalized(language: str, text: str) -> str:
    """A place at the start of a heading ("Paragraph 3"); Chinese has no capitals."""
    return text[:1].upper() + text[1:] if language == ENGLISH else text


def date_time(language: str, moment: datetime) -> str:
    """A local moment as readers of ``language`` write it, with its UTC offset:
    ``2026-12-04 20:30 +01:00`` or ``2026年12月4日 20:30 +01:00``."""
    offset = moment.strftime("%z")
    zone = f" {offset[:3]}:{offset[3:]}" if offset else ""
    if language in ("zh_CN", "zh_TW"):
        day = f"{moment.year}年{moment.month}月{moment.day}日"
    else:
        day = f"{moment:%Y-%m-%d}"
    return f"{day} {moment:%H:%M}{zone}"
