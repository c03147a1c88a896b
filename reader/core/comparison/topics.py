"""Topics both articles discuss, topics only one discusses, and where each occurs.

The pipeline, for two documents of any script:

1. Normalise both to mainland Simplified with folded case (:mod:`reader.core.text.folding`),
   keeping the maps back to the original text.
2. Segment with jieba's dictionary (:mod:`reader.core.text.segmenter`), dropping the dot
   between a foreign name's parts (蒂姆·波尔); names from the alias table
   are single words, and token sequences that spell an alias (``jensen huang``) become its
   group's name.
3. Discover new words from the two texts themselves. In articles, jieba's HMM proposes
   names in runs of single characters and the other text confirms them (陈 + 冬, 轻 + 症;
   one use in each is enough). Then consecutive tokens that recur together and whose
   weakest part rarely occurs alone (英 + 伟达, 黄 + 仁 + 勋, 出口 + 管制) are one word,
   but never a sentence two outlets copied (舷窗玻璃 + 出现 + 细微). This is what keeps
   whole names (英伟达) and drops fragments (伟达).
4. Keep tokens that can name a topic: nouns, names, abbreviations and Latin names or model
   numbers (H20, A100, CUDA); never numbers, dates, function words or boilerplate, and never
   anything inside a document's footer or image placeholders. A place is one topic with or
   without its suffix (广东省, 广东). In articles, verbs both use are events (转移, 登陆),
   and adjacent nouns both write are compounds (美国 + 议员, 第八届 + 立法会; a verb or a
   Latin letter with a one-character noun, 吊唁 + 处, a noun with its letter, 分支 + I, a
   prefix and its noun, 负 + 利率, and a common noun with its verb, 房屋 + 损毁, ranked as
   an event; never a common verb's phrase, 召开 + 会议, unless the story is about the
   verb, nor a title and a name, 总统 + 特朗普), topics next to their parts. A short name
   one article writes and the full name the other writes are one topic (世锦赛 and
   世界锦标赛, 港交所 and 香港联交所).
5. Rank: a topic both discuss scores its rarity in the language (dictionary frequency),
   squared, times the geometric mean of its counts, so 芯片 and H20 rise above 公司 and
   问题, and a name each names once (壁仞科技) above an everyday noun each repeats. A concept
   each names once counts only when it is specific (区旗, not 工作); an event weighs half.

Paragraph alignment (:mod:`reader.core.comparison.alignment`) and shared wording
(:mod:`reader.core.comparison.wording`) use the same normalised texts and terms.
"""

from __future__ import annotations

import math
import operator
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, count, pairwise, repeat
from typing import TYPE_CHECKING, Any

from reader.core.comparison import transliteration
from reader.core.comparison.alignment import (
    GRAMS_UP_TO,
    AlignedPair,
    Passage,
    align_passages,
    apply_links,
    diverse_order,
    grams,
    monotone_chain,
)
from reader.core.comparison.wording import SharedRun, shared_runs
from reader.core.errors import AnalysisError
from reader.core.heap import bulk_work
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence
from reader.core.text.document import BlockKind, Document
from reader.core.text.folding import ComparisonText, comparison_text
from reader.core.text.search import find_all
from reader.core.text.segmenter import CONCEPT_TAGS, ENTITY_TAGS, Segmenter

if TYPE_CHECKING:
    from reader.core.comparison.aliases import AliasGroup, AliasTable
    from reader.core.text.opencc_engine import OpenCCEngine
    from reader.core.text.scripts import Script
    from reader.core.text.vocabulary import Vocabulary

# Tags of words that never start, end or join a discovered word.
_FUNCTION_TAGS = frozenset(
    """
    c cc d dg e k m mq o p q r rg rr rz t tg u ud ug uj ul uv uz w x y yg z zg f
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_PREFIX_TAG = "h"  # a prefix (非 of 非物质文化遗产) may start a discovered word, only start it
# Words too general to be a topic, and the boilerplate of news platforms.
STOP_WORDS = frozenset(
    """
    一个 一些 一种 一次 一直 一样 一般 一切 一边 一方面 另一方面 方面 问题 情况
    时候 时间 事情 东西 地方 人们 大家 自己 我们 你们 他们 她们 它们 这些 那些
    这个 那个 这种 那种 这样 那样 这里 那里 什么 怎么 如何 为何 为什么 因为
    所以 但是 而且 然而 如果 虽然 以及 还是 或者 已经 正在 可能 可以 能够 需要
    没有 不是 就是 只是 还有 其中 其实 同时 此外 另外 之后 之前 以后 以前 目前
    现在 当时 今天 今年 去年 明年 近年 未来 过去 最终 结果 原因 方式 方法 部分
    整个 全部 所有 任何 每个 各种 多数 少数 表示 认为 指出 称 说 据 报道 记者
    编辑 责任编辑 作者 来源 原标题 转载 本文 全文 声明 特别声明 图片 视频 网络
    侵权 联系 删除 内容 平台 用户 信息 服务 存储 上传 发布 自媒体 网易号 搜狐号
    头条号 百家号 点击 关注 阅读 分享 评论 版权 免责声明 本平台 以上内容 仅提供
    信息存储 年 月 日 时 分 秒 后来 这时 那时 一点 有限 意义 意味 作用 影响
    关系 发展 进行 实现 成为 提供 日电
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_LATIN_STOP = frozenset(
    """
    a an the and or but if of in on at to for from by with as is are was were be been being it
    its this that these those we you he she they them his her our your their not no yes do does
    did done has have had will would can could should may might must shall about above after
    again all also any because before between both each few more most other over same so some
    such than then there too under until up very what when where which while who whom why how
    into out own only just made make new one two per via vs etc www com http https html amp
    notice content above including pictures videos if uploaded posted user social media platform
    provides information storage services netease hao
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# Verbs of reporting, of stating and of doing in general: they say that something was said
# or done, not what. Other verbs both articles use are events (see TopicAnalyser._event).
_LIGHT_VERBS = frozenset(
    """
    宣布 表明 说明 强调 介绍 透露 称为 报告 公布 发表 提到 提出 提及 回应 回答 询问 截至
    相关 开始 结束 作为 存在 要求 进行 举行 举办 包括 包含 来自 采取 实施 发现 出现 继续
    获得 取得 希望 需要 应该 必须 愿意 得到 看到 听到 知道 觉得 感到 带来 带动 造成 导致
    使得 让 给予 加强 推动 推进 促进 开展 组织 参加 参与 设立 设置 做好 做出 作出 给出
    达到 位于 属于 对于 关于 根据 通过 经过 随着 按照 面对 面临 保持 具有 拥有 有关 涉及
    用于 处于 确保 计划 准备 打算 决定 选择 表现 反映 显示 看来 来看 认识 了解 标志
    意味着 意味 成为 实现 提供 开放 发布 获悉 指出 表示 认为 称
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_LATIN = re.compile(r"[a-z][a-z0-9]*(?:[.\-+][a-z0-9]+)*|[0-9]+[a-z][a-z0-9]*")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
NOUN_TAGS = ENTITY_TAGS | CONCEPT_TAGS  # words that can name a topic
_DETERMINERS = frozenset("这那该此每各某其本")  # 这三项 is not a topic
_GUESSED_TAG_FREQUENCY = 5
_TOPIC_BLOCKS = (BlockKind.TITLE, BlockKind.HEADING, BlockKind.PARAGRAPH)

# New-word discovery: a token sequence recurring at least this often in the pair, whose
# weakest part occurs inside it at least this share of its uses, is one word.
MIN_NEW_WORD_COUNT = 3
MIN_COHESION = 0.6
CLOSURE = 0.8  # a sequence this often extended by one same token is part of a longer word
MAX_NGRAM = 6
# Up to this many characters of both texts together, the pair is articles: names are guessed
# (TopicAnalyser._guess_names) and compounds found (TopicAnalyser._compounds). Two books have
# too many runs of single characters and of adjacent nouns to afford either.
ARTICLES_UP_TO = 400_000
EVENT = "event"  # the kind of a verb's occurrences until it is ranked (a "concept" then)
# An event ranks at this share of a noun of the same rarity and counts: what happened comes
# after who and what it happened to (the first value tried on the evaluation set; not tuned).
EVENT_WEIGHT = 0.5
# A topic ranks by its rarity to this power times the geometric mean of its counts (see
# :func:`topic_score`). With the rarity alone (power 1), everyday nouns both articles
# repeat (市场, 公司, 企业, 技术) came before the names a reader looks for (壁仞科技, 昆仑芯,
# A100: each named once a side, ranks 42, 43 and 59 in the bundled pair). Squared, on the
# 86 pairs of the evaluation set, gold topics among the 10 best rose from 0.536 to 0.567
# and among the 15 best from 0.691 to 0.719 (alike in each third of the set), junk among
# the 15 best fell from 0.020 to 0.013, and recall@30 stayed 0.862; 3 ranked names no
# better at the top and lost recall@30 (0.859).
RARITY_POWER = 2.0
# A common verb (发生 7.8, 召开 8.8, 出席 9.6: dictionary -log frequency under this) makes
# free phrases with the words next to it, not compounds, unless the pair uses it this many
# times (TopicAnalyser._free_phrase). On the 86 pairs of the evaluation set this took 53
# topics out of the shared lists (17 of them among a pair's 30 best: 召开会议, 委员会召开,
# 出席仪式, 当选自民党, 使用添加剂, but also 死亡人数 twice and 联合执政) and no gold topic:
# without the story's verbs, 选举委员会 and 总裁选举 were lost, and with the limit at 11,
# recall@30 fell from 0.862 to 0.859.
COMMON_VERB_RARITY = 10.0
STORY_VERB_USES = 8
RARE_EVENT = 11.5  # a verb this rare (疏散, 会晤) is an event when each article uses it once
MAX_GUESSED = 4  # characters of a guessed name, at most
# A short name used this often in the dictionary's corpus is an everyday word, not an
# abbreviation of a longer name in the other article: 中国队 (2,030) is not 中国游泳队,
# while 世锦赛 (311) is 世界锦标赛 (TopicAnalyser._join_abbreviations).
ABBREVIATION_COMMON = 1_000
ABBREVIATION_GAP = 3  # characters of the full name between two of the short one's, at most
MAX_COMPOUND = 3  # tokens of a compound topic (中国 + 用户, 第八届 + 立法会), at most
# A phrase both articles write in varied surroundings (TopicAnalyser._repeated_phrases): at
# most this many tokens and characters, with at least this many different characters before
# it and after it over all its uses. With them, recall@30 on the 98 pairs of the evaluation
# set rose from 0.851 to 0.863 (消除疟疾认证, 扣减赞助款项, 重新开放, 风险平衡) and no gold
# topic was lost.
PHRASE_TOKENS = 4
PHRASE_CHARACTERS = 10
PHRASE_VARIETY = 2
# A concept each article names only once is a topic only when it is specific: rarer in the
# language than this (dictionary -log frequency; 区旗 14.5, 协商 10.6 against 工作 6.8, 全球
# 9.3). Chosen on the evaluation set (benchmarks/eval_topics.py).
SPECIFIC_RARITY = 10.0
# Administrative suffixes: 广东省 and 广东, 香港特别行政区 and 香港 are one place.
_PLACE_SUFFIXES = ("特别行政区", "自治区", "特区", "省", "市", "县", "区", "镇")
_PLACE_ENDS = frozenset(suffix[-1] for suffix in _PLACE_SUFFIXES)
_PLACE_CHARACTERS = frozenset("镇乡村县")  # the suffixes of small places' names
# A name in quotation or title marks: two to eight letters, digits or Han characters, up to
# the closing mark or to the dash before a subtitle (「百年守護——從紫禁城到故宮博物院」).
_QUOTED = re.compile(
    r"[「『“‘\"《〈]([0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,8})[」』”’\"》〉—]"
    # In title marks (a law, a book, a report), up to sixteen: 《维护国家安全条例草案》.
    r"|[《〈]([0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{9,16})[》〉—]"
)
# What a title may add to one both articles name: 《…条例草案》 is 《…条例》 as a draft.
MIN_PLAIN_QUOTED = 3  # characters of a name one article marks, sought unmarked in the other
_TITLE_ADDITIONS = ("草案", "修订草案", "修正草案", "修订案", "修正案", "全文", "白皮书")
_ORDINAL = re.compile(r"第[0-9零〇一二两三四五六七八九十百千]+[届次期季轮批]")
_WITHHELD = "某"  # a withheld part of a name (梁某阳, 张某)
_NEGATIONS = frozenset("不没未非无别勿")  # a character that turns a name into a clause (美国不会)
_NUMERAL = re.compile(r"[0-9零〇一二两三四五六七八九十百千]+")
# 神舟 + 二十 + 号, 利奥 + 十四 + 世: a name and its number
_NUMBER_SUFFIXES = frozenset("号型代世")
_NOT_MODIFIERS = frozenset({"vn", "l"})  # tags of topic words that only head a compound
_HEAD_TAGS = frozenset({"n", "j"})  # a one-character noun that ends a compound (法, 局, 镇)
# Tags of a one-character word before a figure that qualifies it (近, 约, 共): adjectives
# and adverbs. Not verbs: the dictionary tags 办 of 国家网信办 + 31日 as one.
_FIGURE_MODIFIER_TAGS = frozenset({"a", "ad", "d"})
# What a token can be in a compound (TopicAnalyser._role), as bits.
_MODIFIER, _HEAD, _HEAD_CHARACTER = 1, 2, 4
_ORDINAL_ROLE, _NUMERAL_ROLE, _SUFFIX_ROLE = 8, 16, 32
_LETTER_ROLE, _ACT_ROLE = 64, 128  # a Latin letter (H of H股); a verb (发售 of 发售价)
_QUALITY_ROLE = 256  # an adjective or distinguishing word (紧急 of 紧急委员会)
_NAME_ROLE = 512  # a name (an alias, or one the dictionary lacks or has barely seen)
_THING_ROLE = 1024  # a common noun the dictionary knows: no name, quality or verb (房屋)
_STATUS_ROLE = 2048  # a status word (最佳, tag z)
_VERB_ROLE = 4096  # any verb of two characters or more the dictionary knows (导演, tag v)
_MODEL_ROLE = 8192  # two to four digits: a model's number after its maker (波音 + 787)
_PREFIX_ROLE = 16384  # a prefix the dictionary tags as a word of its own (负 of 负利率)
_REGNAL_ROLE = 32768  # a monarch's or pope's number as one word (六世 of 穆罕默德六世)
# Characters that, before a common noun, make a term of it: vice-, super-, negative, anti-,
# quasi-, pan-, pseudo- (副总统, 超宽松货币政策, 负利率, 反垄断, 准会员, 泛欧, 伪科学). The
# dictionary tags most of them as verbs or adjectives (负 "lose", 超 "exceed"), so its
# route cuts them off the noun. Public knowledge of Chinese word formation. Not 前
# ("former"): 前 + 经济 was cut out of 前经济安保担当大臣, and 前总统 is a title.
_PREFIXES = frozenset("副超负反准泛伪")
_MODEL = re.compile(r"[0-9]{2,4}")
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世")
# What may not follow a model's number: a score (10:2, 31比1) or a unit (年, 岁, %).
_NOT_AFTER_MODEL = frozenset(":：比%％")
# Words that say who a person is, written before the name (总统特朗普, 总裁黄立冲): such a
# phrase is no word and no compound, the name is (TopicAnalyser._titled_name). In the
# comparison form (Simplified, mainland vocabulary: 執行長 is 执行长, 特首 stays).
_TITLES = frozenset(
    """总统 副总统 总理 副总理 首相 主席 副主席 总裁 副总裁 董事长 总经理 经理 首席执行官
    执行长 行政总裁 创始人 创办人 领导人 领袖 候选人 议员 议长 部长 副部长 外长 防长 国务卿
    大臣 国王 女王 王储 王子 公主 教宗 教皇 主教 市长 州长 省长 县长 局长 司长 署长 处长 厅长
    校长 院长 主任 秘书长 干事长 总干事 发言人 大使 法官 检察官 律师 将军 司令 指挥官 教练
    主教练 队长 球员 选手 运动员 冠军 导演 演员 歌手 作家 记者 主持人 教授 博士 医生 专家
    学者 研究员 科学家 主编 特首 行政长官 委员 委员长 书记 总书记 老板 得主 影帝 影后 董事
    主管 高管 首长 元首""".split()  # noqa: SIM905 (a word list reads better as text)
)
_LONGEST_TITLE = max(map(len, _TITLES))
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})  # no model follows a person (赵心童10-4)
_NOT_AFTER_MODEL_TAGS = frozenset({"m", "q", "t", "f"})
# Adjectives, distinguishing words and status words (最佳 of 最佳男主角: an award a held-out
# pair's two articles both named five times over, none of them found before).
_QUALITY_TAGS = frozenset({"a", "b", "an", "z"})
# The commonest Chinese surnames (public knowledge, as a census ranks them): a name the
# guesser finds (陈喆, 樊振东) is a person's when it is two or three characters and starts
# with one. The dictionary's tags cannot say so (黄 is an adjective in it, 张 a measure word).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝平洪"
)
# The commonest Japanese family names of two or three characters (public knowledge, as
# Japan's registers rank them), as the comparison text writes them (渡邊 → 渡边). Chinese
# news writes a Japanese person by the kanji of the name; the dictionary knows few of them
# and cuts the given name into single characters (渡边 + 勇 + 大, 前 + 田 + 大 + 然).
JAPANESE_SURNAMES = frozenset(
    """佐藤 铃木 高桥 田中 伊藤 渡边 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村
    斋藤 清水 山崎 池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤
    村上 远藤 青木 坂本 齐藤 福田 太田 西村 藤井 金子 冈本 藤原 中野 三浦 原田 中川 松田 竹内
    小野 田村 中山 和田 石田 森田 上田 内田 柴田 酒井 宫崎 横山 高木 安藤 宫本 大野 小岛 谷口
    今井 工藤 高田 增田 丸山 杉山 村田 大冢 新井 小山 平野 藤本 河野 上野 野口 武田 松井 千叶
    岩崎 菅原 木下 久保 佐野 野村 松尾 市川 菊地 杉本 古川 大西 岛田 水野 樱井 高野 渡部 吉川
    山内 西田 饭田 菊池 西川 小松 北村 安田 五十岚 川口 平田 中田 久保田 服部 岩田 土屋 川崎
    福岛 本田 樋口 秋山 永井 中西 吉村 川上 石原 大桥 松冈 马场 滨田 森本 星野 矢野 浅野 大久保
    松下 吉冈 小池 野田 荒木 大谷 内藤 松浦 熊谷 黑田 尾崎 永田 川村 望月 田边 松村 荒井 大岛
    平井 早川 菅野 栗原 西山 广濑 横田 石桥 萩原 岩本 片山 关口 宫田 大石 高井 伊东 小泉""".split()  # noqa: SIM905 (as above)
)
# Characters that mostly follow a name as the next word (渡边 + 在, 山田 + 和, 铃木 + 是): a
# given name starting or ending with one is not taken, which misses a few (田中将大, 加藤和也).
_AFTER_NAME = frozenset("的了在和与是被将对从等及说称又都就还着过地得之而或并把向于有")
# Numerals and measure words, and place words (小岛 + 上有, 金子 + 一克): no given name's.
_COUNTING_TAGS = frozenset({"m", "q", "mq"})
_NOT_GIVEN_NAME_TAGS = _COUNTING_TAGS | {"f"}
# Tags of common nouns (议员 of 国会议员), and of words a longer word may not be to count
# as a kind of its first part: names, idioms, and words the dictionary lacks. Not set
# phrases (tag l): the dictionary has 防洪工程 and 紧急状态 among them.
_COMMON_NOUN_TAGS = frozenset({"n", "vn", "nw", "an"})
_NOT_KIND_TAGS = frozenset({*ENTITY_TAGS, "i", None})
_GIVEN_NAME_TAGS = frozenset({"nr", "nrfg"})  # a person's name in the dictionary (安达)
# Words a foreign name may be cut into: names, and words the dictionary lacks (tag None).
# A word of another kind ends it, even when its characters spell names too (赞扬, "to
# praise", after 奥尔森: "Olsson praised").
_SPELLED_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nz", None})
# A dictionary word this common (通报 870, against 委会 19) is a word of its own: a
# one-character noun before it ends the word before instead (卫生健康局 + 通报).
COMMON_WORD = 100
# Tags of words that never start or end a guessed name: conjunctions, adverbs, pronouns,
# prepositions, particles (和, 均, 其, 为, 的). A time word (冬 of 陈冬) or a bound
# character (症 of 轻症, 祎 of 李祎) may.
_NOT_NAME_EDGES = frozenset(
    "c cc d e h k o p r rr rz u ud ug uj ul uv uz y".split()  # noqa: SIM905 (as above)
)
# A character used alone this often in the dictionary's corpus (是, 在, 到, 说, 中) is a word
# of its own, never a syllable of a new one; names use rarer ones (肯 3,000, 炳 200).
COMMON_CHARACTER = 20_000
# A character used alone this rarely (旻 52, 憓 0) is a syllable of a name whatever its tag.
RARE_CHARACTER = 1_000
# Tags a character below COMMON_SYLLABLE may have and still be a syllable of a name: an
# adverb (特 of 泡泡玛特) and the morpheme tags (the dictionary's guesses for characters
# it mostly saw inside words).
_SYLLABLE_TAGS = frozenset("d dg rg tg ug yg zg".split())  # noqa: SIM905 (as above)
# The most a character with one of those tags may be used alone: the nineteen commoner ones
# are words (且 10,471, 仅, 仍, 未, 虽, 竟, 越), and 且 + 股份 and 且 + 附件 ("and the
# shares…", written alike by two outlets) had been new words (特 of 泡泡玛特: 7,899).
COMMON_SYLLABLE = 10_000
# A guessed name (confirmed by both texts) may start or end with a commoner one (出 of 出舱,
# 点 of 点票), only not with one of the few commonest words (在, 是, 中, 到, 说).
COMMON_EDGE = 100_000
# A guess both texts write this often may have softer edges (TopicAnalyser._guessable).
REPEATED_GUESS = 2
# Tags of common characters (大, 新) that may end a guess both texts repeat (恒大).
_REPEATED_EDGE_TAGS = frozenset({"a", "n"})
# Never an edge, however often a guess is repeated: 了, 是, 在, 和, 有, 不, 的, 人 and the like.
COMMONEST_EDGE = 300_000
# Dots between the parts of a foreign name (蒂姆·波尔), as the texts write them.
NAME_DOTS = frozenset("\u00b7\u2027\u2022\u30fb\u2219\uff65")
_NAME_DOT = re.compile("[" + "".join(sorted(NAME_DOTS)) + "]")
MAX_GRAMS = 1_500_000  # distinct token sequences counted at once (about 130 MB)

# The longest text analysed, in code points (a 20 MB UTF-8 file of Chinese is about 6.7
# million). Every step's memory grows linearly with the texts (see benchmarks/bench_reader.py
# --only memory); at this length the analysis of a pair peaks below about 1 GB.
MAX_CHARACTERS = 7_000_000
# Token numbers are digits of this base in a packed sequence: above the number of distinct
# tokens two texts of MAX_CHARACTERS can hold (one a character at most), so none collide.
_BASE = 1 << 24
_RUNS = re.compile(rb"\x01{2,}")  # two usable tokens or more in a row
assert _BASE > 2 * MAX_CHARACTERS


def written_forms(text: str, spans: list[tuple[int, int]], limit: int = 5) -> tuple[str, ...]:
    """The distinct ways ``text`` writes a topic at ``spans``, most frequent first."""
    counts = Counter(text[start:end] for start, end in spans)
    return tuple(form for form, _count in counts.most_common(limit))


@dataclass(frozen=True)
class Topic:
    """A term (Simplified) and its occurrences as original-text spans in each document."""

    term: str
    kind: str  # "entity" or "concept"
    left: tuple[tuple[int, int], ...]
    right: tuple[tuple[int, int], ...]
    score: float
    # How each article writes it (輝達 ↔ 英伟达, 世衛 ↔ 世卫组织), most frequent first: why a
    # topic is shared when its forms differ.
    left_forms: tuple[str, ...] = ()
    right_forms: tuple[str, ...] = ()

    @property
    def left_count(self) -> int:
        return len(self.left)

    @property
    def right_count(self) -> int:
        return len(self.right)

    def to_json(self) -> dict[str, Any]:
        return {
            "term": self.term,
            "kind": self.kind,
            "score": round(self.score, 3),
            "left": {
                "count": len(self.left),
                "spans": [list(s) for s in self.left],
                "forms": list(self.left_forms),
            },
            "right": {
                "count": len(self.right),
                "spans": [list(s) for s in self.right],
                "forms": list(self.right_forms),
            },
        }


@dataclass
class Analysis:
    """Everything the topics panel, the aligned passages and ``duidu topics`` show."""

    shared: list[Topic]
    left_only: list[Topic]
    right_only: list[Topic]
    left_passages: list[Passage]
    right_passages: list[Passage]
    aligned: list[AlignedPair]
    chain: list[AlignedPair]
    wording: list[SharedRun]
    left_text: ComparisonText = field(repr=False)
    right_text: ComparisonText = field(repr=False)

    def to_json(self, top: int | None = None) -> dict[str, Any]:
        def cut(items: list[Topic]) -> list[Topic]:
            return items if top is None else items[:top]

        def span(passage: Passage) -> list[int]:
            return [passage.start, passage.end]

        return {
            "shared": [topic.to_json() for topic in cut(self.shared)],
            "left_only": [
                {"term": t.term, "kind": t.kind, "count": t.left_count} for t in cut(self.left_only)
            ],
            "right_only": [
                {"term": t.term, "kind": t.kind, "count": t.right_count}
                for t in cut(self.right_only)
            ],
            "aligned": [
                {
                    "left_span": span(self.left_passages[pair.left]),
                    "right_span": span(self.right_passages[pair.right]),
                    "score": pair.score,
                    "manual": pair.manual,
                }
                for pair in self.aligned
            ],
            "shared_wording": [run.to_json() for run in self.wording],
        }

    def counterparts(self, side: str, index: int) -> list[AlignedPair]:
        """Aligned pairs of paragraph ``index`` of ``side`` ("left"/"right"), best first."""
        pairs = [p for p in self.aligned if (p.left if side == "left" else p.right) == index]
        pairs.sort(key=lambda p: -p.score)
        if len(pairs) < 3:
            return pairs
        others, text = (
            (self.right_passages, self.right_text)
            if side == "left"
            else (self.left_passages, self.left_text)
        )
        other = operator.attrgetter("right" if side == "left" else "left")
        spans = [text.from_original(others[other(p)].start, others[other(p)].end) for p in pairs]
        return diverse_order(pairs, [text.text[start:end] for start, end in spans])

    def passage_at(self, side: str, position: int) -> int | None:
        """Index of the paragraph of ``side`` holding original offset ``position``."""
        passages = self.left_passages if side == "left" else self.right_passages
        k = bisect_right(passages, position, key=lambda passage: passage.start) - 1
        if k >= 0 and position < passages[k].end:
            return k
        return None


@dataclass
class _Tokens:
    """One document's tokens as comparison-text spans with their keys, after merging."""

    text: ComparisonText
    starts: array[int]  # of "i": 4 bytes a token, not a Python int (a 20 MB book has millions)
    ends: array[int]
    keys: list[str]  # interned: a token's key is shared with every other use of the word
    forced: bytearray  # 1 for alias names: never split or joined


@dataclass
class _Run:
    """The state of one analysis: a fresh one per call of :meth:`TopicAnalyser.analyse`,
    so the analyser itself only keeps what depends on the dictionary and the aliases, and
    two analyses can never mix their findings."""

    surfaces: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    interned: dict[str, str] = field(default_factory=dict)  # one string per distinct token
    persons: set[str] = field(default_factory=set)  # guessed names of people (陈喆, 樊振东)
    # discovered words made of dictionary words only (社会 + 民生), by their key
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def display(self, key: str) -> str:
        """How a term is shown: Latin names as most often written, others as they are."""
        surfaces = self.surfaces.get(key)
        return surfaces.most_common(1)[0][0] if surfaces else key


def _with_titles_as_named(
    mine: dict[str, list[tuple[int, int]]], theirs: dict[str, list[tuple[int, int]]]
) -> dict[str, list[tuple[int, int]]]:
    """``mine`` with each quoted title that is one ``theirs`` names plus one of
    :data:`_TITLE_ADDITIONS` counted under that name as well (《…条例草案》 as 《…条例》)."""
    named = dict(mine)
    for title, spans in mine.items():
        for addition in _TITLE_ADDITIONS:
            base = title.removesuffix(addition)
            if base != title and base in theirs and base not in mine:
                named[base] = spans
    return named


def _abbreviation_end(text: str, start: int, short: str) -> int:
    """Where a run of Han characters that starts at ``start`` with ``short``'s first
    character, holds its others in order (each at most :data:`ABBREVIATION_GAP`
    characters after the one before) and ends with its last, ends; -1 if there is none
    (世锦赛 in 世界锦标赛: 世 .. 锦 .. 赛). Each character is taken where it first comes."""
    position = start
    for char in short[1:]:
        window = text[position + 1 : position + 2 + ABBREVIATION_GAP]
        found = window.find(char)
        if found < 0 or not is_han(window[: found + 1]):
            return -1
        position += 1 + found
    return position + 1


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short``'s characters come in order from ``full``, not all in one piece,
    starting or ending it."""
    if short in full or (short[0] != full[0] and short[-1] != full[-1]):
        return False
    position = 0
    for char in short:
        position = full.find(char, position) + 1
        if not position:
            return False
    return True


def is_han(text: str) -> bool:
    return bool(_HAN.fullmatch(text))


class TopicAnalyser:
    """Turns two documents into an :class:`Analysis`; holds the segmenter and alias lookup."""

    def __init__(
        self,
        engine: OpenCCEngine,
        segmenter: Segmenter,
        aliases: AliasTable | None = None,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.engine = engine
        self.segmenter = segmenter
        self.vocabulary = vocabulary
        self._aliases: dict[str, AliasGroup] = {}
        self._alias_prefixes: set[str] = set()
        self._alias_terms: dict[str, AliasGroup] = {}
        # Memos of word → kind and word → joinable; they depend only on the dictionary and
        # the aliases, so they last until the aliases change.
        self._kinds: dict[tuple[str, int], str | None] = {}
        self._joinables: dict[str, bool] = {}
        self._phrase_edges: dict[str, bool] = {}
        self._phrase_parts: dict[str, bool] = {}
        self._events: dict[str, bool] = {}
        self._roles: dict[tuple[str, int], int] = {}
        if aliases is not None:
            self.set_aliases(aliases)

    def set_aliases(self, aliases: AliasTable) -> None:
        """Normalise every alias like the texts and make the names single words."""
        self.segmenter.load()
        from reader.core.comparison.aliases import comparison_index

        lookup = comparison_index(aliases, self.engine).groups
        self._aliases = lookup
        self._alias_terms = {group.term: group for group in lookup.values()}
        self.segmenter.add_words(name for name in lookup if is_han(name))
        # first tokens of names that may span several tokens
        self._alias_prefixes = set(self.segmenter.first_words(list(lookup)))
        self._kinds.clear()  # added words changed the dictionary's tags
        self._joinables.clear()
        self._phrase_edges.clear()
        self._phrase_parts.clear()
        self._events.clear()
        self._roles.clear()
        self.segmenter.split_words(NOUN_TAGS)  # cut now, not by the first analysis

    # -- one document --------------------------------------------------------------------

    def prepare(
        self, document: Document, source: Script, progress: Callable[[int, int], None] | None = None
    ) -> ComparisonText:
        return comparison_text(
            document.text, source, self.engine, self.vocabulary, progress=progress
        )

    def _tokenize(self, text: ComparisonText, run: _Run) -> _Tokens:
        """``text`` cut into tokens, alias names as one token each, without the dots
        between the parts of a name (:func:`_without_name_dots`)."""
        return _without_name_dots(self._cut(text, run))

    def _cut(self, text: ComparisonText, run: _Run) -> _Tokens:
        source = text.text
        setdefault = run.interned.setdefault  # one string per distinct token
        cut = list(self.segmenter.words(source))
        words = list(map(setdefault, cut, cut))
        bounds = array("i", accumulate(map(len, words), initial=0))  # token k: bounds[k:k + 2]
        aliases, prefixes = self._aliases, self._alias_prefixes
        special = prefixes | aliases.keys()
        n = len(words)
        hits = list(compress(count(), map(special.__contains__, words))) if special else []
        if not hits:  # no alias in the text: every token as jieba cut it
            return _Tokens(text, bounds[:-1], bounds[1:], words, bytearray(n))
        starts, ends = array("i"), array("i")
        keys: list[str] = []
        forced = bytearray()
        i = 0  # tokens before i are done
        for hit in hits:
            if hit < i:  # inside an alias name already matched
                continue
            starts.extend(bounds[i:hit])  # the tokens in between, as they are
            ends.extend(bounds[i + 1 : hit + 1])
            keys.extend(words[i:hit])
            forced.extend(bytes(hit - i))
            i = hit
            start, end = bounds[i], bounds[i + 1]
            word = words[i]
            matched = False
            if word in prefixes:
                for k in range(min(MAX_NGRAM + 2, n - i), 0, -1):
                    last_end = bounds[i + k]
                    group = aliases.get(source[start:last_end])
                    if group is not None:
                        starts.append(start)
                        ends.append(last_end)
                        keys.append(group.term)
                        forced.append(True)
                        i += k
                        matched = True
                        break
            if not matched:
                group = aliases.get(word)
                starts.append(start)
                ends.append(end)
                keys.append(group.term if group else word)
                forced.append(group is not None)
                i += 1
        starts.extend(bounds[i:n])
        ends.extend(bounds[i + 1 : n + 1])
        keys.extend(words[i:])
        forced.extend(bytes(n - i))
        return _Tokens(text, starts, ends, keys, forced)

    def _joinable(self, key: str) -> bool:
        """Whether ``key`` may be part of a word :meth:`_discover` finds (memoised).

        A function word never is, but a single character the dictionary tags as one only
        for want of better may be: a rare one (旻 of 江旻憓, seen 52 times in the corpus
        the dictionary counted, tagged as a status morpheme) is a syllable of a name, and
        so may an adverb or morpheme that is no common word alone (特 of 泡泡玛特, used
        alone 7,899 times; not 且, 仍 or 未, :data:`COMMON_SYLLABLE`): where it ends a run,
        :meth:`_may_join` still decides."""
        joinable = self._joinables.get(key)
        if joinable is None:
            tag = self.segmenter.tag(key)
            joinable = is_han(key) and key not in STOP_WORDS
            if joinable and tag in _FUNCTION_TAGS:
                frequency = self.segmenter.frequency(key) if len(key) == 1 else COMMON_CHARACTER
                joinable = frequency < RARE_CHARACTER or (
                    tag in _SYLLABLE_TAGS and frequency < COMMON_SYLLABLE
                )
            self._joinables[key] = joinable
        return joinable

    def _guess_names(self, documents: Sequence[_Tokens]) -> set[tuple[str, ...]]:
        """Names the dictionary lacks that both texts write: jieba's HMM proposes words in
        each run of single characters (陈 冬 → 陈冬, 轻 症 → 轻症), and a proposal is a
        word when the other text writes it too. One use in each text is enough: two
        outlets naming one person write the name once each; the HMM alone, or recurrence
        alone, would join much that is no word (再破发, 的 + 是)."""
        runs = [self._single_runs(tokens) for tokens in documents]
        # every short sequence of each text's runs, with its uses
        written = [Counter(_sequences(side, 2, MAX_GUESSED)) for side in runs]
        proposed: set[tuple[str, ...]] = set()
        repeated: set[tuple[str, ...]] = set()  # proposals that need both texts to repeat them
        for side, other in zip(runs, reversed(written), strict=True):
            for run in side:
                if not any(pair in other for pair in pairwise(run)):
                    continue  # nothing in it the other text writes: no need to guess
                position = 0
                for word in self.segmenter.guess_words("".join(run)):
                    size = len(word)
                    if 1 < size <= MAX_GUESSED:
                        if self._guessable(word):
                            proposed.add(tuple(run[position : position + size]))
                        elif self._guessable(word, repeated=True):
                            repeated.add(tuple(run[position : position + size]))
                    position += size
                proposed.update(self._small_places(run))
        # The HMM cuts by context (均为轻症 → 均为 / 轻症, 点票站 → 点票站): a proposal of
        # either text counts wherever the other writes the same characters.
        found = {word for word in proposed if word in written[0] and word in written[1]}
        found.update(
            word for word in repeated if all(side[word] >= REPEATED_GUESS for side in written)
        )
        surnamed = [
            self._surnamed(tokens) | self._withheld(tokens) | self._japanese_named(tokens)
            for tokens in documents
        ]
        return found | (surnamed[0] & surnamed[1])

    def _surnamed(self, tokens: _Tokens) -> set[tuple[str, ...]]:
        """A surname and a given name the dictionary holds as a name of its own (张 + 安达):
        the dictionary cuts them apart, and takes 张 for a measure word. Not after a
        numeral (一张 + …), nor when the surname is a function word there (和 + 荣光)."""
        keys, forced = tokens.keys, tokens.forced
        return {
            (keys[k], keys[k + 1])
            for k in range(len(keys) - 1)
            if keys[k] in SURNAMES
            and self.segmenter.tag(keys[k]) not in _NOT_NAME_EDGES  # 和 + 荣光: "and glory"
            and not forced[k]
            and not forced[k + 1]
            and len(keys[k + 1]) == 2
            and self.segmenter.tag(keys[k + 1]) in _GIVEN_NAME_TAGS
            and _next_to(tokens, k)
            and not (k and _NUMERAL.fullmatch(keys[k - 1]))
        }

    def _japanese_named(self, tokens: _Tokens) -> set[tuple[str, ...]]:
        """A Japanese family name (:data:`JAPANESE_SURNAMES`, one word, or one character and
        the word after it) and a given name of two or three single characters after it
        (久保 + 建 + 英, 前 + 田 + 大 + 然, 吉田 + 沙 + 保 + 里): the dictionary cuts such names
        apart, and a fragment of one (渡边勇) had been a topic. Both lengths are proposed;
        the texts decide, as only what both write is a name (:meth:`_guess_names`), and the
        longer wins where both are (:meth:`_merge`).

        A given name's first two characters are no word that follows names
        (:data:`_AFTER_NAME`: 渡边 + 在, 马场 + 内有; 田中将大 is missed so) and no place
        word, numeral or measure word: some listed family names are everyday words too
        (大桥 + 上有, 小岛 + 上有, 金子 + 一克). A third is neither a verb nor a function word
        (伊东纯也 + 送出 is 伊东纯也). A word after the family name is no given name (福岛 +
        第一, 宫崎 + 机场)."""
        keys, forced = tokens.keys, tokens.forced
        found: set[tuple[str, ...]] = set()
        for k, key in enumerate(keys):
            last = k  # the family name's last token
            if key not in JAPANESE_SURNAMES:
                if len(key) != 1 or k + 1 >= len(keys) or not _next_to(tokens, k):
                    continue
                if key + keys[k + 1] not in JAPANESE_SURNAMES:
                    continue
                last = k + 1
            if any(forced[k : last + 1]):
                continue
            # the given name's characters, from its first (position 0) to a third at most
            for position, n in enumerate(range(last + 1, min(last + 4, len(keys)))):
                if (
                    forced[n]
                    or not _next_to(tokens, n - 1)
                    or not self._given_name_part(keys[n], position)
                ):
                    break
                if position >= 1:
                    found.add(tuple(keys[k : n + 1]))
        return found

    def _given_name_part(self, key: str, position: int) -> bool:
        """Whether ``key`` may be character ``position`` (from 0) of a Japanese given name
        (see :meth:`_japanese_named`)."""
        if len(key) != 1 or not is_han(key) or key in _AFTER_NAME:
            return False
        tag = self.segmenter.tag(key) or ""
        if position < 2:  # 也 ends a given name (伊东纯也), it starts none (渡边也很满意)
            return not (position == 0 and key == "也") and tag not in _NOT_GIVEN_NAME_TAGS
        # a third: no verb or function word, nor a numeral or measure word; a place word
        # only if rarer alone than the commonest (里 of 沙保里, not 上 or 下)
        return (
            not tag.startswith(("v", "u"))
            and tag not in _NOT_NAME_EDGES
            and tag not in _COUNTING_TAGS
            and self.segmenter.frequency(key) < COMMON_EDGE
        )

    def _withheld(self, tokens: _Tokens) -> set[tuple[str, ...]]:
        """Names written as the mainland's notices withhold them: a surname, 某 and perhaps
        one character of the given name (梁 + 某 + 阳, 张 + 某). The dictionary cuts them
        into single characters, and discovery never joins 某 (a pronoun), so 教务处 + 马
        had been a compound where both outlets wrote 教务处马某. The character after 某 is
        part of the name unless it is a function word or a common word alone (称, 在)."""
        keys, forced = tokens.keys, tokens.forced
        found: set[tuple[str, ...]] = set()
        for k in _before(keys, _WITHHELD.__eq__):
            if forced[k] or not _next_to(tokens, k):
                continue
            surname = keys[k]  # a listed one, or a rarer character (邴) that is no function word
            if surname not in SURNAMES and not self._name_character(surname):
                continue
            after = k + 2
            if (
                after < len(keys)
                and _next_to(tokens, k + 1)
                and not forced[after]
                and self._name_character(keys[after])
            ):
                found.add((keys[k], _WITHHELD, keys[after]))
            else:
                found.add((keys[k], _WITHHELD))
        return found

    def _name_character(self, key: str) -> bool:
        """Whether ``key`` is one Han character that may be part of a withheld name: no
        function word, nor a common word alone (称, 在)."""
        return (
            len(key) == 1
            and is_han(key)
            and (self.segmenter.tag(key) or "") not in _FUNCTION_TAGS
            and self.segmenter.frequency(key) < COMMON_CHARACTER
        )

    def _small_places(self, run: list[str]) -> list[tuple[str, ...]]:
        """Two characters and an administrative suffix (乐 从 镇, 北 滘 镇): how towns and
        villages the dictionary lacks are named, which the HMM does not join."""
        return [
            tuple(run[k - 2 : k + 1])
            for k in range(2, len(run))
            if run[k] in _PLACE_CHARACTERS and self._guessable(run[k - 2])
        ]

    def _single_runs(self, tokens: _Tokens) -> list[list[str]]:
        """Maximal runs of adjacent single Han characters (not alias names). A character
        right after a figure is its unit, no part of a name (10 + 日 of 10日起: 日起 had
        been guessed as a name two outlets share)."""
        runs: list[list[str]] = []
        run: list[str] = []
        keys, starts, ends = tokens.keys, tokens.starts, tokens.ends
        for k, key in enumerate(keys):
            single = len(key) == 1 and not tokens.forced[k] and is_han(key)
            if single and run and starts[k] == ends[k - 1]:
                run.append(key)
                continue
            if len(run) > 1:
                runs.append(run)
            unit = k > 0 and starts[k] == ends[k - 1] and keys[k - 1].isdecimal()
            run = [key] if single and not unit else []
        if len(run) > 1:
            runs.append(run)
        return runs

    def _guessable(self, word: str, *, repeated: bool = False) -> bool:
        """A guessed word neither starts nor ends with a function word (为, 再, 的) or a
        character that is one of the commonest words alone (是, 在).

        A guess both texts write :data:`REPEATED_GUESS` times or more (``repeated``) is
        held to less: two outlets that each repeat it name something with it. Its edges
        may be an adverb or a verb rarer than :data:`COMMON_CHARACTER` (务 and 安 of 务安,
        syllables as :meth:`_joinable` has them) or a common adjective or noun (大 of 恒大);
        never another function word, a commoner verb or one of the few commonest
        characters (:data:`COMMONEST_EDGE`)."""
        for char in (word[0], word[-1]):
            tag = self.segmenter.tag(char)
            frequency = self.segmenter.frequency(char)
            if not repeated:
                if tag in _NOT_NAME_EDGES or frequency >= COMMON_EDGE:
                    return False
            elif tag in _SYLLABLE_TAGS or (tag or "").startswith("v"):
                if frequency >= COMMON_CHARACTER:
                    return False
            elif (
                tag in _NOT_NAME_EDGES
                or (frequency >= COMMON_EDGE and tag not in _REPEATED_EDGE_TAGS)
                or frequency >= COMMONEST_EDGE
            ):
                return False
        return True

    def _discover(
        self, documents: Sequence[_Tokens], persons: Collection[str] = ()
    ) -> set[tuple[str, ...]]:
        """Token sequences that are one word, from how the two texts use them together.

        Each sequence is counted as one int (its tokens' numbers in base :data:`_BASE`),
        with the documents it was seen in in its two low bits. When more than
        :data:`MAX_GRAMS` distinct sequences are counted (only texts of millions of tokens
        get there), the rarest are forgotten, so memory stays bounded; a word needs
        :data:`MIN_NEW_WORD_COUNT` uses anyway. ``persons`` are the guessed names of people:
        a title or role before one is no part of a word (:meth:`_titled_name`).
        """
        unigrams: Counter[str] = Counter()
        numbers: dict[str, int] = {}
        names = [""]  # number → key; 0 is no token, so sequences of any length differ
        grams: dict[int, int] = {}  # sequence → count << 2 | bit of each document it is in
        for number, tokens in enumerate(documents):
            bit = 1 << number
            keys, forced = tokens.keys, tokens.forced
            joinable = {key: self._joinable(key) for key in set(keys)}
            # 1 for a token that may be part of a new word, 0 for one that breaks the run
            usable = bytes(map(operator.gt, map(joinable.__getitem__, keys), forced))
            usable = self._before_figures(tokens, usable, joinable)
            for key in dict.fromkeys(compress(keys, usable)):  # numbers in order of first use
                if key not in numbers:
                    numbers[key] = len(names)
                    names.append(key)
            unigrams.update(compress(keys, usable))
            codes = list(map(operator.mul, map(numbers.get, keys, repeat(0)), usable))
            # Only runs of two usable tokens or more make sequences: found in C, so the
            # loop below never visits the tokens between them (most of a book's).
            for found in _RUNS.finditer(usable):
                run: list[int] = []
                for code in codes[found.start() : found.end()]:
                    run.append(code)
                    if len(run) > MAX_NGRAM:
                        run.pop(0)
                    gram = code
                    for size in range(2, len(run) + 1):
                        gram = gram * _BASE + run[-size]  # the first token is the lowest digit
                        grams[gram] = (grams.get(gram, 0) + 4) | bit
                    if len(grams) > MAX_GRAMS:
                        _forget_rarest(grams)
        candidates: dict[tuple[str, ...], int] = {}
        for packed, value in grams.items():
            count = value >> 2
            if count < MIN_NEW_WORD_COUNT and not (count >= 2 and value & 3 == 3):
                continue
            parts = []
            while packed:
                packed, code = divmod(packed, _BASE)
                parts.append(names[code])
            sequence = tuple(parts)
            if sum(len(part) for part in sequence) > 8:
                continue
            weakest = min(unigrams[part] for part in sequence)
            if count / weakest >= MIN_COHESION:
                candidates[sequence] = count
        # A sequence nearly always followed (or preceded) by the same token is part of a
        # longer word: 苏炳 of 苏炳添, 肯雅热 of 基孔肯雅热. The longer one is the word, even
        # where its last character alone would be a verb (添, 办).
        # Only a fragment extends a word this way: a sequence extended by a whole word
        # (舷窗玻璃 + 出现 + 细微) is a phrase two outlets copied, not a longer word.
        # And a new word a whole word often goes with but mostly goes without (报告 +
        # 基孔肯雅热, 基孔肯雅热 + 疫情) is a word in a phrase: the phrase is not a word.
        dominated: set[tuple[str, ...]] = set()
        closing: set[tuple[str, ...]] = set()
        for sequence, count in candidates.items():
            for part, extra in ((sequence[:-1], sequence[-1]), (sequence[1:], sequence[0])):
                if len(part) < 2 or part not in candidates:
                    continue
                if count < CLOSURE * candidates[part]:
                    if not self._fragment(extra):
                        dominated.add(sequence)
                elif self._fragment(extra):
                    dominated.add(part)
                    closing.add(sequence)
        words: set[tuple[str, ...]] = set()
        for sequence in candidates:
            if sequence in dominated or not self._may_join(sequence, sequence in closing):
                continue
            name = self._titled_name(sequence, persons)
            if not name:
                words.add(sequence)
            elif len(name) > 1:
                words.add(name)  # 总裁 + 黄立 + 冲: the name, 黄立冲, is the word
        return words | self._split_nouns(documents)

    def _split_nouns(self, documents: Sequence[_Tokens]) -> set[tuple[str, ...]]:
        """Nouns and names of the dictionary that its route always cuts apart, where the
        texts use them as one word.

        Such a word's corpus count is too low to beat its parts' (约谈, "summoned for
        talks", 3 uses, is always 约 | 谈), so no text ever has it as a token, and its
        first part may be a function word, which breaks the runs new words are found in.
        jieba's dictionary also holds many such entries that are no word at all (实在太,
        遭人): the texts decide, by the rules a new word passes (:data:`MIN_NEW_WORD_COUNT`
        uses, or two in each text, and parts that mostly come together: :data:`MIN_COHESION`).
        """
        cuts = self.segmenter.split_words(NOUN_TAGS)
        starts: dict[tuple[str, str], list[tuple[str, ...]]] = {}  # by their first two tokens
        for sequence in cuts.values():
            if len(sequence) > 1:
                starts.setdefault((sequence[0], sequence[1]), []).append(sequence)
        counts: Counter[tuple[str, ...]] = Counter()
        seen_in: dict[tuple[str, ...], int] = {}
        for number, tokens in enumerate(documents):
            keys = tokens.keys
            # scanned in C, a pair of tokens at a time: hits are rare
            for position in compress(count(), map(starts.__contains__, pairwise(keys))):
                for sequence in starts[keys[position], keys[position + 1]]:
                    if tuple(keys[position : position + len(sequence)]) == sequence:
                        counts[sequence] += 1
                        seen_in[sequence] = seen_in.get(sequence, 0) | 1 << number
        if not counts:
            return set()
        parts = {part for sequence in counts for part in sequence}
        alone = Counter(
            chain.from_iterable(filter(parts.__contains__, tokens.keys) for tokens in documents)
        )
        return {
            sequence
            for sequence, uses in counts.items()
            if (uses >= MIN_NEW_WORD_COUNT or (uses >= 2 and seen_in[sequence] == 3))
            and uses / min(alone[part] for part in sequence) >= MIN_COHESION
        }

    def _fragment(self, token: str) -> bool:
        """A single character or a token the dictionary lacks: a piece of a word."""
        return len(token) == 1 or self.segmenter.tag(token) is None

    def _barely_seen(self, key: str) -> bool:
        """Whether ``key`` is a name the dictionary lacks, or one it has barely seen
        (艾哈迈 11 times, 巴德 61): not 上市, which it tags as a place but saw 20,000 times."""
        tag = self.segmenter.tag(key)
        return tag is None or (tag in ENTITY_TAGS and self.segmenter.frequency(key) < COMMON_WORD)

    def _name_piece(self, token: str) -> bool:
        """Whether ``token`` is a piece of a foreign name (:meth:`_barely_seen`, of two
        characters or more). A common character between two such pieces is a syllable of
        the name (艾哈迈 + 达 + 巴德), not a word of its own."""
        return len(token) > 1 and self._barely_seen(token)

    def _titled_name(self, gram: tuple[str, ...], persons: Collection[str]) -> tuple[str, ...]:
        """The name in ``gram`` when it is a person's name after a word that says who they
        are (else ``()``): a guessed name after any word (主席 + 黄百鸣, 奥运冠军 + 樊振东,
        本名 + 陈喆, 丈夫 + 平鑫涛), or a name the dictionary lacks after a title
        (:data:`_TITLES`: 领导人 + 敏昂 + 莱, 总裁 + 黄立 + 冲). Two outlets write such a phrase
        alike often enough for it to recur, but it is no word: the name is the topic, and
        the phrase had hidden it (本名陈喆 is no name; 敏昂莱 was only 领导人敏昂莱)."""
        if gram[-1] in persons and any(
            len(part) > 1 and not self._fragment(part) for part in gram[:-1]
        ):
            return gram[-1:]
        for k in range(1, len(gram)):
            # a name has two characters or more: 公主 + 岭 is a city, 公主 + 号 a ship
            if (
                _titled(gram[k - 1])
                and sum(map(len, gram[k:])) > 1
                and all(
                    self._fragment(part) or part in persons or self.kind(part) == "entity"
                    for part in gram[k:]
                )
            ):
                return gram[k:]
        return ()

    def _titled_compound(self, parts: tuple[str, ...]) -> bool:
        """Whether ``parts`` is a title and a name (总统 + 特朗普, 总理 + 佩通坦, 民主党候选人
        + 李在明): the name is the topic, and the title is a topic of its own."""
        return self.kind(parts[-1]) == "entity" and any(map(_titled, parts[:-1]))

    def _before_figures(self, tokens: _Tokens, usable: bytes, distinct: Collection[str]) -> bytes:
        """``usable`` with every one-character adjective or adverb right before a figure
        taken out (:data:`_FIGURE_MODIFIER_TAGS`): it qualifies the figure (近 of 近100年, 约
        of 约30人), so it is no end of the word before it (人民 + 近 had become a topic both
        outlets share). ``distinct``: the tokens' keys, each once. Figures are few, so only
        the tokens before them are looked at (a book has a million tokens)."""
        figures = {key for key in distinct if _NUMERAL.fullmatch(key)}
        modifiers = {
            key
            for key in distinct
            if len(key) == 1 and self.segmenter.tag(key) in _FIGURE_MODIFIER_TAGS
        }
        if not figures or not modifiers:
            return usable
        keys, starts, ends = tokens.keys, tokens.starts, tokens.ends
        marked = bytearray(usable)
        for k in _before(keys, figures.__contains__):
            if keys[k] in modifiers and ends[k] == starts[k + 1]:
                marked[k] = 0
        return bytes(marked)

    def _may_join(self, gram: tuple[str, ...], closed: bool = False) -> bool:
        """Fragments join each other and nouns; whole words only join nouns (出口 + 管制),
        never verbs (累计 + 报告 + 基孔肯雅, 拥有 + 全球). A single-character verb or adverb
        is a word of its own at either end (贾母 + 笑, 到 + 故宫博物院, 供 + 市民), and a
        character that is a very common word alone is one inside too (传播媒介 + 是 + 白),
        while a rarer one is a syllable of a name (基孔 + 肯 + 雅热). A ``closed`` sequence
        (see :meth:`_discover`) may end in a verb: 苏炳 is always followed by 添."""
        nouns = NOUN_TAGS
        edges = () if closed else (0, len(gram) - 1)
        for k, part in enumerate(gram):
            tag = self.segmenter.tag(part)
            if tag == _PREFIX_TAG:
                if k:
                    return False
                continue
            if len(part) > 1:
                if tag is not None and tag not in nouns:
                    return False
                continue
            verb = (tag or "").startswith(("v", "d", "p"))
            if k in edges and verb:
                return False
            if self.segmenter.frequency(part) >= COMMON_CHARACTER and not (
                0 < k < len(gram) - 1
                and self._name_piece(gram[k - 1])
                and self._name_piece(gram[k + 1])
            ):
                return False
            if (
                k == 0
                and tag in _HEAD_TAGS
                and len(gram[1]) > 1
                and self.segmenter.frequency(gram[1]) >= COMMON_WORD
            ):
                return False  # 局 ends 卫生健康局: 局 + 通报 is no word (税 + 委会 may be)
        return True

    def _merge(self, tokens: _Tokens, words: set[tuple[str, ...]]) -> None:
        """Replace each discovered word's token sequence by one token (longest first)."""
        if not words:
            return
        longest = max(len(w) for w in words)
        keys, starts, ends, forced = tokens.keys, tokens.starts, tokens.ends, tokens.forced
        new_keys: list[str] = []
        new_starts, new_ends = array("i"), array("i")
        new_forced = bytearray()
        joined: dict[tuple[str, ...], str] = {}
        firsts = {word[0] for word in words}
        n = len(keys)
        i = 0  # tokens before i are done
        for hit in [k for k, key in enumerate(keys) if key in firsts]:
            if hit < i:  # inside a word already joined
                continue
            new_keys.extend(keys[i:hit])  # the tokens in between, as they are
            new_starts.extend(starts[i:hit])
            new_ends.extend(ends[i:hit])
            new_forced.extend(forced[i:hit])
            i = hit
            for size in range(min(longest, n - i), 1, -1):
                gram = tuple(keys[i : i + size])
                if gram in words and not any(forced[i : i + size]):
                    word = joined.get(gram)
                    if word is None:
                        word = joined[gram] = "".join(gram)
                    new_keys.append(word)
                    new_starts.append(starts[i])
                    new_ends.append(ends[i + size - 1])
                    new_forced.append(False)
                    i += size
                    break
            else:
                new_keys.append(keys[i])
                new_starts.append(starts[i])
                new_ends.append(ends[i])
                new_forced.append(forced[i])
                i += 1
        new_keys.extend(keys[i:])
        new_starts.extend(starts[i:])
        new_ends.extend(ends[i:])
        new_forced.extend(forced[i:])
        tokens.keys, tokens.starts, tokens.ends, tokens.forced = (
            new_keys,
            new_starts,
            new_ends,
            new_forced,
        )

    def kind(self, key: str, forced: int = False) -> str | None:
        """ "entity", "concept" or None when ``key`` cannot name a topic (memoised: a book
        has a million tokens but only tens of thousands of distinct words). ``forced`` is
        true for an alias name (a bool, or the 0/1 of :attr:`_Tokens.forced` as it is)."""
        memo = self._kinds
        if (key, forced) in memo:
            return memo[(key, forced)]
        kind = memo[(key, forced)] = self._kind(key, forced)
        return kind

    def _kind(self, key: str, forced: int) -> str | None:
        group = self._alias_terms.get(key) if forced else None
        if group is not None:
            return "concept" if group.kind == "concept" else "entity"
        if key in STOP_WORDS or key in _LATIN_STOP:
            return None
        if key.isascii():
            if len(key) < 2 or not _LATIN.fullmatch(key):
                return None
            return "entity"
        if len(key) < 2 or not is_han(key) or key[0] in _DETERMINERS:
            return None
        tag = self.segmenter.tag(key)
        if tag is None:
            return "entity"  # discovered or added: a name the dictionary lacks
        if tag in ENTITY_TAGS:
            # The dictionary's rarest entries carry guessed tags (练内功 nr): not names.
            return "entity" if self.segmenter.frequency(key) > _GUESSED_TAG_FREQUENCY else "concept"
        if tag in CONCEPT_TAGS:
            return "concept"
        return None

    def rarity(self, key: str) -> float:
        if key.isascii():
            return self.segmenter.rarity(key) if self.segmenter.frequency(key) else 14.0
        return self.segmenter.rarity(key)

    def _term_rarity(self, term: str, run: _Run) -> float:
        """A term's :meth:`rarity`; a word the texts made of dictionary words (亲身 + 体验,
        社会 + 民生) is as rare as its rarest part. As a word the dictionary lacks it had
        a new name's rarity, and phrases two outlets share once each (经典故事, 情感内涵)
        came before the names and terms a reader looks for."""
        parts = run.phrases.get(term)
        return max(map(self.rarity, parts)) if parts else self.rarity(term)

    # -- the pair ------------------------------------------------------------------------

    def analyse(
        self,
        left: Document,
        right: Document,
        left_text: ComparisonText,
        right_text: ComparisonText,
        *,
        links: Sequence[tuple[int, int]] = (),
        unlinks: Sequence[tuple[int, int]] = (),
        wording: bool = True,
    ) -> Analysis:
        """Compare two prepared documents (see :meth:`prepare`).

        ``links``/``unlinks`` are the reader's sync points to add or reject, as
        ``(left_start, right_start)`` original offsets of paragraphs. Without ``wording``
        the shared wording is left out (another process finds it: :func:`shared_wording`).
        """
        check_length(left)
        check_length(right)
        run = _Run()  # what this analysis learns as it goes: never kept on the analyser
        tokens = [self._tokenize(left_text, run), self._tokenize(right_text, run)]
        articles = len(left.text) + len(right.text) <= ARTICLES_UP_TO
        if articles:
            names = self._guess_names(tokens)
            for side in tokens:
                self._merge(side, names)
            run.persons.update(
                word
                for word in map("".join, names)
                if len(word) <= 3 and (word[0] in SURNAMES or word[1:2] == _WITHHELD)
            )
        words = self._discover(tokens, run.persons)
        run.phrases.update(
            ("".join(word), word) for word in words if not any(map(self._fragment, word))
        )
        for side in tokens:
            self._merge(side, words)
        kinds = [self._token_kinds(side) for side in tokens]
        occurrences = [
            self._occurrences(left, tokens[0], kinds[0], run, events=articles),
            self._occurrences(right, tokens[1], kinds[1], run, events=articles),
        ]
        self._fold_place_suffixes(occurrences)
        phrase_runs: list[dict[tuple[str, ...], list[int]]] = []
        if articles:
            phrase_runs = [
                self._phrase_runs(document, side)
                for document, side in zip((left, right), tokens, strict=True)
            ]
            self._join_abbreviations(occurrences, tokens)
            self._find_inside_words(occurrences, tokens)
            self._join_transliterations(occurrences, tokens, (left, right))
            self._join_variants(occurrences, tokens, phrase_runs)
        texts = (left.text, right.text)
        shared, left_only, right_only = self._rank(occurrences, run, texts)
        if articles:
            # Quoted names first: the writers marked them as one name (“追踪定位”), which
            # says more than two words side by side.
            quoted = [self._quoted(left, left_text), self._quoted(right, right_text)]
            self._with_plain_uses(quoted, (left, right), (left_text, right_text))
            shared = self._with_quoted(shared, quoted, texts)
            compounds = [
                self._compounds(left, tokens[0], run),
                self._compounds(right, tokens[1], run),
            ]
            for written, phrases in zip(
                compounds, self._repeated_phrases(tokens, phrase_runs, run), strict=True
            ):
                for parts, spans in phrases.items():
                    written.setdefault(parts, spans)
            shared = self._with_compounds(shared, compounds, run, texts, tokens)
        with_grams = len(left.text) + len(right.text) <= GRAMS_UP_TO
        passages = [
            self._passages(left, tokens[0], kinds[0], with_grams),
            self._passages(right, tokens[1], kinds[1], with_grams),
        ]
        rarity: dict[str, float] = {}  # once per term (a book pair has 140,000 uses)
        for passages_of_a_side in passages:
            for passage in passages_of_a_side:
                for term in passage.terms:
                    if term not in rarity:
                        rarity[term] = self.rarity(term)
        aligned = apply_links(
            align_passages(passages[0], passages[1], rarity),
            _indexes(passages, links),
            _indexes(passages, unlinks),
        )
        return Analysis(
            shared=shared,
            left_only=left_only,
            right_only=right_only,
            left_passages=passages[0],
            right_passages=passages[1],
            aligned=aligned,
            chain=monotone_chain(aligned),
            wording=shared_runs(left_text, right_text) if wording else [],
            left_text=left_text,
            right_text=right_text,
        )

    def _topic_ranges(self, document: Document, text: ComparisonText) -> list[tuple[int, int]]:
        """Comparison-text spans of the blocks whose words count (not footers or images)."""
        ranges = []
        for block in document.blocks:
            if block.kind in _TOPIC_BLOCKS:
                ranges.append(text.from_original(block.start, block.end))
        return ranges

    def _token_kinds(self, tokens: _Tokens) -> list[str | None]:
        """:meth:`kind` of every token (looked up once per distinct word, not per use)."""
        plain = {key: self.kind(key) for key in set(tokens.keys)}
        kinds = list(map(plain.__getitem__, tokens.keys))
        forced, keys = tokens.forced, tokens.keys
        k = forced.find(1)
        while k >= 0:  # alias names: their own kind
            kinds[k] = self.kind(keys[k], forced[k])
            k = forced.find(1, k + 1)
        return kinds

    def _occurrences(
        self,
        document: Document,
        tokens: _Tokens,
        kinds: list[str | None],
        run: _Run,
        *,
        events: bool = False,
    ) -> dict[str, tuple[str, list[tuple[int, int]]]]:
        """Every topic word's kind and original spans; with ``events``, verbs too (see
        :meth:`_event`: in articles only, where they say what happened; in a novel they
        are the narration, 只见 and 不知). ``kinds`` are the tokens' (:meth:`_token_kinds`)."""
        ranges = self._topic_ranges(document, tokens.text)
        found: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        keys, starts, ends, forced = tokens.keys, tokens.starts, tokens.ends, tokens.forced
        to_original = tokens.text.to_original
        # Without events only tokens of a kind count: skip the others in C.
        indexes = range(len(keys)) if events else compress(range(len(keys)), kinds)
        r = 0
        for k in indexes:
            start = starts[k]
            while r < len(ranges) and ranges[r][1] <= start:
                r += 1
            if r == len(ranges):
                break
            if start < ranges[r][0]:
                continue
            key = keys[k]
            kind = kinds[k]
            if kind is None:
                if forced[k] or not self._event(key):
                    continue
                kind = EVENT
            entry = found.get(key)
            if entry is None:
                entry = found[key] = (kind, [])
            entry[1].append(to_original(start, ends[k]))
            if key.isascii() and not forced[k]:  # show H20 as written, not as folded
                span = entry[1][-1]
                run.surfaces[key][document.text[span[0] : span[1]]] += 1
        return found

    def _join_abbreviations(
        self,
        occurrences: list[dict[str, tuple[str, list[tuple[int, int]]]]],
        tokens: list[_Tokens],
    ) -> None:
        """Count one article's short name as the other's full name (世锦赛 and 世界锦标赛,
        港交所 and 香港联交所, 恒指 and 恒生指数), so the two are one shared topic with
        both forms: a topic word only one article writes, of two or three characters and
        no everyday word (:data:`ABBREVIATION_COMMON`), whose characters come in order from
        a name only the other writes, not in one piece, and start or end it
        (:func:`_abbreviates`). The full name is a topic word of the other article, or a
        run of its tokens that starts with the short name's first character and ends with
        its last (世界 + 锦标赛). Only a short name with exactly one full name counts."""
        for side in (0, 1):
            mine, theirs = occurrences[side], occurrences[1 - side]
            written_here = set(mine)  # before any short name here is counted as a full one
            other = tokens[1 - side]
            text, to_original = other.text.text, other.text.to_original
            ends = set(other.ends)
            # The other article's one-sided names by first and by last character, and where
            # its tokens start by their first character: each short name looks at these.
            by_edge: defaultdict[str, list[str]] = defaultdict(list)
            for full, (their_kind, _) in theirs.items():
                if (
                    full not in written_here
                    and their_kind != EVENT
                    and len(full) >= 4
                    and is_han(full)
                ):
                    by_edge[full[0]].append(full)
                    if full[-1] != full[0]:
                        by_edge[full[-1]].append(full)
            # where its words start, but not its function words: 一个 + 亲睹 is no full name
            # of 一睹 (numerals, measure words, pronouns and particles start no name)
            token_starts: defaultdict[str, list[int]] = defaultdict(list)
            starters = {key: self._starts_name(key) for key in set(other.keys)}
            for start, key in zip(other.starts, other.keys, strict=True):
                if starters[key]:
                    token_starts[text[start]].append(start)
            for term in list(mine):
                kind, _spans = mine[term]
                if term in theirs or kind == EVENT or not 2 <= len(term) <= 3:
                    continue
                if not is_han(term) or self.segmenter.frequency(term) >= ABBREVIATION_COMMON:
                    continue
                fulls = {
                    full
                    for full in (*by_edge.get(term[0], ()), *by_edge.get(term[-1], ()))
                    if len(full) >= len(term) + 2 and _abbreviates(term, full)
                }
                written: dict[str, list[tuple[int, int]]] = {}
                for start in token_starts.get(term[0], ()):
                    end = _abbreviation_end(text, start, term)
                    if end < 0 or end not in ends:
                        continue
                    full = text[start:end]
                    if len(full) >= len(term) + 2 and full not in written_here:
                        written.setdefault(full, []).append(to_original(start, end))
                fulls |= written.keys()
                if len(fulls) != 1:
                    continue
                (full,) = fulls
                if full not in theirs:
                    theirs[full] = ("entity", written[full])
                spans = mine.pop(term)[1]
                if full in mine:  # another short name here counted as it already (港交所, 联交所)
                    spans = sorted(mine[full][1] + spans)
                mine[full] = (kind, spans)

    def _starts_name(self, key: str) -> bool:
        """Whether a run of words starting with ``key`` may be a full name: not when ``key``
        is a function word (一个, 这个, 的)."""
        return (self.segmenter.tag(key) or "") not in _FUNCTION_TAGS

    def _find_inside_words(
        self,
        occurrences: list[dict[str, tuple[str, list[tuple[int, int]]]]],
        tokens: list[_Tokens],
    ) -> None:
        """Count a name one article writes alone where the other writes it only at the
        start or end of a longer word (香港 and 中国香港, 意大利 and 意大利队): one shared
        topic, not one on each side. A noun (or a verb, which then still needs the uses an
        event needs) counts at the end, as the head of a compound (罐车 of 油罐车, 金牌
        of 奥运金牌: a kind of it; 保暖 of 防寒保暖), and at the start only before a noun
        in a word that is no name (国会 of 国会议员, 防洪 of 防洪工程: :meth:`_modifies_noun`),
        and only a specific one (:data:`SPECIFIC_RARITY`): a word's start is often another
        thing (工作 in 工作人员, 民众 in 民众党), and a common head (人员, 环境) would crowd
        the list. Of two Han characters or more. On the 38 pairs: recall@30 0.846 → 0.853,
        junk@15 unchanged; the start, on the 122 pairs: 0.850 → 0.851."""
        for side in (0, 1):
            mine, theirs, other = occurrences[side], occurrences[1 - side], tokens[1 - side]
            starts, ends = other.starts, other.ends
            heads, tails = _word_ends(other)
            for term, (kind, _spans) in list(mine.items()):
                if term in theirs or len(term) < 2 or not is_han(term):
                    continue
                concept = kind != "entity"
                if concept and self.rarity(term) < SPECIFIC_RARITY:
                    continue
                found = {ends[k] - len(term) for k in tails.get(term, ())}
                found.update(
                    starts[k]
                    for k in heads.get(term, ())
                    if not concept
                    or self._modifies_noun(term, other.text.text[starts[k] : ends[k]])
                )
                if found:
                    theirs[term] = (
                        kind,
                        [other.text.to_original(at, at + len(term)) for at in sorted(found)],
                    )

    def _modifies_noun(self, term: str, word: str) -> bool:
        """Whether ``word``, which starts with ``term``, is ``term`` before a noun (国会 +
        议员, 防洪 + 工程, 招股 + 书): a kind of thing ``term`` names, as 罐车 ends 油罐车.
        Not when the rest is no common noun (摄氏 + 度, 杜塞 + 尔多夫, 长治 + 久安: a unit, a
        piece of a name, a name), nor when ``word`` is a name of its own (民众 + 党 is a
        party, not the public) or an idiom."""
        rest = word[len(term) :]
        tag = self.segmenter.tag(rest)
        noun = tag in (_HEAD_TAGS if len(rest) == 1 else _COMMON_NOUN_TAGS)
        return noun and self.segmenter.tag(word) not in _NOT_KIND_TAGS

    def _join_transliterations(
        self,
        occurrences: list[dict[str, tuple[str, list[tuple[int, int]]]]],
        tokens: list[_Tokens],
        documents: tuple[Document, Document],
    ) -> None:
        """Count a foreign name one article spells one way and the other another (艾波特 and
        阿博特, 維洛尼卡 and 韦罗妮卡) as one shared topic with both forms: runs of
        characters that spell foreign names, each written by one article only, paired by
        how they read (:mod:`reader.core.comparison.transliteration`). The topic is named
        as the article that writes it more often names it (then the longer spelling, then
        the left's); the pieces the dictionary cut the run into are no topics there.

        Such a run both articles write alike is one shared name too, where the dictionary
        cut it into pieces on both sides (乌尔里 + 希, 安 + 布罗斯)."""
        table = transliteration.readings()
        if not table:
            return
        runs = [
            self._transliterated(document, side, table)
            for document, side in zip(documents, tokens, strict=True)
        ]
        names = [plain for plain, _aliased in runs]
        for name in sorted(names[0].keys() & names[1].keys()):
            if name in occurrences[0] or name in occurrences[1]:
                continue  # a word already (or a name the analysis joined)
            for side in (0, 1):
                uses = [tokens[side].text.to_original(*span) for span in names[side][name]]
                _drop_inside(occurrences[side], uses)
                occurrences[side][name] = ("entity", uses)
        one_sided = [
            {
                name: spans
                for name, spans in (*plain.items(), *aliased.items())
                if name not in other.text.text
            }
            for (plain, aliased), other in ((runs[0], tokens[1]), (runs[1], tokens[0]))
        ]
        most_used = [
            sorted(side, key=lambda name: (-len(side[name]), name))[: transliteration.MAX_NAMES]
            for side in one_sided
        ]
        for left_name, right_name in transliteration.pair_names(most_used[0], most_used[1], table):
            spans = [
                [tokens[side].text.to_original(*span) for span in one_sided[side][name]]
                for side, name in ((0, left_name), (1, right_name))
            ]
            # named as the article that writes it more often names it, then the longer, left
            *_, key = min(
                (-len(spans[0]), -len(left_name), 0, left_name),
                (-len(spans[1]), -len(right_name), 1, right_name),
            )
            for side in (0, 1):
                _drop_inside(occurrences[side], spans[side])
                kind, found = occurrences[side].get(key, ("entity", []))
                occurrences[side][key] = (kind, sorted(found + spans[side]))

    def _join_variants(
        self,
        occurrences: list[dict[str, tuple[str, list[tuple[int, int]]]]],
        tokens: list[_Tokens],
        runs: Sequence[Mapping[tuple[str, ...], list[int]]],
    ) -> None:
        """Count a topic one article writes and the other writes with one character more as
        one shared topic with both forms: 瑞典学院 and 瑞典文学院, 代总理 and 代理总理, 颁奖礼
        and 颁奖典礼. Outlets of the two sides name one thing with words of
        their own, and OpenCC's tables and the alias table hold only the commonest.

        A topic word only one article writes, of three Han characters or more, is paired
        with the one run of the other's words (:meth:`_phrase_edge` at both ends, at most
        :data:`PHRASE_TOKENS`) that the first article never writes and that is it with one
        character added or left out, the longer of the two having four or more; not when
        the character is a negation (美国会, "Congress", and 美国不会, "the US will not").
        One character replaced was tried and left out: half of such pairs were two things
        (美国商会 and 美国商品, 全体会议 and 全体议员). A topic with two such runs is left
        alone. Named as the article that writes it more often names it, then the longer."""
        written: list[defaultdict[str, list[tuple[str, ...]]]] = []
        for side_runs in runs:  # each string with every way it was cut into words
            splits: defaultdict[str, list[tuple[str, ...]]] = defaultdict(list)
            for parts in side_runs:
                splits["".join(parts)].append(parts)
            written.append(splits)
        for side in (0, 1):
            mine, theirs = occurrences[side], occurrences[1 - side]
            my_text, other_text = tokens[side].text.text, tokens[1 - side].text.text
            other_runs = written[1 - side]
            longer: defaultdict[str, set[str]] = defaultdict(set)  # by themselves less one
            for other in other_runs:
                if len(other) >= 4:
                    for shorter in _shortened(other):
                        longer[shorter].add(other)
            for term in sorted(mine):
                kind, spans = mine[term]
                if term in theirs or kind == EVENT or len(term) < 3 or not is_han(term):
                    continue
                candidates = longer.get(term, set())
                if len(term) >= 4:
                    candidates = candidates | (_shortened(term) & other_runs.keys())
                matches = {
                    other
                    for other in candidates
                    if term not in other
                    and other not in term
                    and not _NEGATIONS & (set(other) ^ set(term))
                    and other not in my_text
                }
                # Searched in the texts last, and only for a match: a long pair has
                # thousands of terms and runs.
                if len(matches) != 1 or term in other_text:
                    continue
                [other] = matches
                uses = sorted(
                    span
                    for parts in other_runs[other]
                    for span in _original_spans(tokens[1 - side], runs[1 - side][parts], len(parts))
                )
                forms = {side: (term, spans), 1 - side: (other, uses)}
                *_, key = min(
                    (-len(forms[0][1]), -len(forms[0][0]), 0, forms[0][0]),
                    (-len(forms[1][1]), -len(forms[1][0]), 1, forms[1][0]),
                )
                del mine[term]
                for which in (0, 1):
                    found = occurrences[which].get(key, (kind, []))[1]
                    occurrences[which][key] = (kind, sorted({*found, *forms[which][1]}))

    def _phrase_runs(self, document: Document, tokens: _Tokens) -> dict[tuple[str, ...], list[int]]:
        """Runs of words that may name a thing, in the blocks whose words count: a word that
        may start or end one at both ends (:meth:`_phrase_edge`), words that may be inside
        one between (:meth:`_phrase_part`), at most :data:`PHRASE_TOKENS` words and
        :data:`PHRASE_CHARACTERS` characters; each with the index of its first token at
        each use. Found once for :meth:`_repeated_phrases` and :meth:`_join_variants`."""
        keys = tokens.keys
        edges = {key: self._phrase_edge(key) for key in set(keys)}
        found: dict[tuple[str, ...], list[int]] = {}
        for first, last in self._topic_token_ranges(document, tokens):
            for i in compress(range(first, last), map(edges.__getitem__, keys[first:last])):
                size = len(keys[i])
                for j in range(i, min(i + PHRASE_TOKENS, last)):
                    if j > i:
                        size += len(keys[j])
                        if (
                            size > PHRASE_CHARACTERS
                            or not _next_to(tokens, j - 1)
                            or not self._phrase_part(keys[j])
                        ):
                            break
                    if edges[keys[j]]:
                        found.setdefault(tuple(keys[i : j + 1]), []).append(i)
        return found

    def _transliterated(
        self, document: Document, tokens: _Tokens, table: Mapping[str, tuple[str, ...]]
    ) -> tuple[dict[str, list[tuple[int, int]]], dict[str, list[tuple[int, int]]]]:
        """Runs of adjacent tokens made only of characters that spell foreign names, of the
        length a name has, in the blocks whose words count: each run's text and its
        comparison-text spans; those with no alias name, and those with one beside two or
        more other characters (only ever paired with a spelling of the other article)."""
        keys, starts, ends, forced = tokens.keys, tokens.starts, tokens.ends, tokens.forced
        spells = {  # once a word
            key: all(map(table.__contains__, key))
            and (len(key) == 1 or self.segmenter.tag(key) in _SPELLED_NAME_TAGS)
            for key in set(keys)
        }
        spelling = list(map(spells.__getitem__, keys))
        found: dict[str, list[tuple[int, int]]] = {}
        found_with_alias: dict[str, list[tuple[int, int]]] = {}
        for k, stop in self._topic_token_ranges(document, tokens):
            while k < stop:
                if not spelling[k]:
                    k += 1
                    continue
                last = k
                # Not across a name's dot (_next_to): a dot parts a given name from a family
                # name, each spelled on its own (奥尔罕·帕慕克 read as 奥尔罕帕 matched 奥尔森).
                while last + 1 < stop and spelling[last + 1] and starts[last + 1] == ends[last]:
                    last += 1
                name = "".join(keys[k : last + 1])  # without a name's dots
                if transliteration.SHORTEST <= len(name) <= transliteration.LONGEST:
                    # An alias name is known, so no variant spelling of one; beside two or
                    # more other syllables it may be syllables of another name (萨德, THAAD,
                    # in 帕利萨德), but beside one it is the alias and a word (特朗普 + 未).
                    aliased = sum(len(keys[n]) for n in range(k, last + 1) if forced[n])
                    if not aliased:
                        found.setdefault(name, []).append((starts[k], ends[last]))
                    elif len(name) - aliased >= 2:
                        found_with_alias.setdefault(name, []).append((starts[k], ends[last]))
                k = last + 1
        return found, found_with_alias

    def _event(self, key: str) -> bool:
        """Whether ``key`` is a verb that can say what happened (转移, 登陆, 加征): a shared
        topic when both articles use it, never a one-sided one or a passage's term."""
        event = self._events.get(key)
        if event is None:
            event = self._events[key] = (
                len(key) >= 2
                and is_han(key)
                and self.segmenter.tag(key) == "v"
                and key not in STOP_WORDS
                and key not in _LIGHT_VERBS
            )
        return event

    def _fold_place_suffixes(
        self, occurrences: list[dict[str, tuple[str, list[tuple[int, int]]]]]
    ) -> None:
        """Count 广东省 as 广东 and 香港特别行政区 as 香港 where the pair also writes the place
        without its suffix: one article writes 广州市, the other 广州."""
        terms = occurrences[0].keys() | occurrences[1].keys()
        for found in occurrences:
            for term in list(found):
                stem = self._place_stem(term)
                if stem is None or stem not in terms:
                    continue
                kind, spans = found.pop(term)
                entry = found.setdefault(stem, (kind, []))
                entry[1].extend(spans)
                entry[1].sort()

    def _place_stem(self, term: str) -> str | None:
        """The place name ``term`` is with an administrative suffix, if it is one."""
        if term[-1:] not in _PLACE_ENDS:  # most terms: one look, not eight
            return None
        for suffix in _PLACE_SUFFIXES:
            stem = term[: -len(suffix)]
            if term.endswith(suffix) and len(stem) >= 2 and self.segmenter.tag(stem) == "ns":
                return stem
        return None

    def _compounds(
        self, document: Document, tokens: _Tokens, run: _Run
    ) -> dict[tuple[str, ...], list[tuple[int, int]]]:
        """Adjacent tokens that together name one thing: nouns (中国 + 用户, 算力 + 芯片,
        网络安全 + 法), an ordinal and a noun (第八届 + 立法会), a name and its number
        (神舟 + 二十 + 号), a verb or a letter and a bound noun (吊唁 + 处), a noun and its
        letter (分支 + I). Each is kept with the original spans of its uses."""
        found: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
        keys, starts, ends = tokens.keys, tokens.starts, tokens.ends
        roles = [self._role(key, forced) for key, forced in zip(keys, tokens.forced, strict=True)]
        for first, last in self._topic_token_ranges(document, tokens):
            for i in range(first, last - 1):
                if not roles[i] & (
                    _MODIFIER
                    | _THING_ROLE
                    | _ORDINAL_ROLE
                    | _LETTER_ROLE
                    | _ACT_ROLE
                    | _PREFIX_ROLE
                ):
                    continue
                for j in range(i + 2, min(i + MAX_COMPOUND + 1, last) + 1):
                    if not _next_to(tokens, j - 2):
                        break
                    if (
                        _is_compound(roles[i:j])
                        and keys[j - 1] not in run.persons
                        and (not roles[j - 1] & _MODEL_ROLE or self._model(tokens, i, run))
                    ):
                        span = tokens.text.to_original(starts[i], ends[j - 1])
                        found[tuple(keys[i:j])].append(span)
                        for k in range(i, j):
                            if roles[k] & _LETTER_ROLE:  # shown as written: 分支I, not 分支i
                                letter = tokens.text.to_original(starts[k], ends[k])
                                run.surfaces[keys[k]][document.text[letter[0] : letter[1]]] += 1
        return found

    def _repeated_phrases(
        self,
        tokens: Sequence[_Tokens],
        runs: Sequence[Mapping[tuple[str, ...], list[int]]],
        run: _Run,
    ) -> list[dict[tuple[str, ...], list[tuple[int, int]]]]:
        """Phrases both articles write word for word in varied surroundings (消除 + 疟疾 +
        认证, 扣减 + 赞助 + 款项, 重新 + 开放), each side's with the original spans of its uses.

        Compounds (:meth:`_compounds`) are built from the dictionary's parts of speech, which
        keep verbs and adverbs out, so an event's own name (the certificate of having
        eliminated malaria, the deducted sponsorship) was lost. What makes a sequence one
        unit rather than words that happen to meet is that it holds together wherever it
        stands: across its uses in both articles, :data:`PHRASE_VARIETY` different characters
        or more come before it and after it, the "accessor variety" of unsupervised word
        finding. Punctuation is a character like any other there (a phrase always followed
        by 。 is one way of ending sentences); only a text's start or end counts as new each
        time. Counting punctuation as new each time let clauses in (中美两国国情不同,
        冷空气活动较弱) and lost 融资认购. 国家卫生健康 is always
        followed by 委 and is no unit. Clauses are left out (:meth:`_clause`), and so are the
        common verbs' free phrases, as for compounds (:meth:`_with_compounds`)."""
        shared = []
        for parts in sorted(runs[0].keys() & runs[1].keys()):
            if len(parts) < 2:
                continue
            before: set[object] = set()
            after: set[object] = set()
            for side, side_tokens in enumerate(tokens):
                keys = side_tokens.keys
                last = len(parts) - 1
                for i in runs[side][parts]:
                    j = i + last
                    joined_before = i > 0 and _next_to(side_tokens, i - 1)
                    joined_after = j + 1 < len(keys) and _next_to(side_tokens, j)
                    before.add(keys[i - 1][-1] if joined_before else (side, i))
                    after.add(keys[j + 1][0] if joined_after else (side, j))
            if (
                len(before) >= PHRASE_VARIETY
                and len(after) >= PHRASE_VARIETY
                and not self._clause(parts, run)
            ):
                shared.append(parts)
        return [
            {parts: _original_spans(side, runs[n][parts], len(parts)) for parts in shared}
            for n, side in enumerate(tokens)
        ]

    def _phrase_part(self, key: str) -> bool:
        """Whether ``key`` may be inside a repeated phrase (memoised): a Han word that is
        no function word (的, 在, 和 and punctuation end it), unless a rare character only
        the dictionary's want of a better tag calls one."""
        part = self._phrase_parts.get(key)
        if part is None:
            tag = self.segmenter.tag(key) or ""
            part = self._phrase_parts[key] = (
                is_han(key)
                and self._joinable(key)
                and (
                    tag not in _FUNCTION_TAGS
                    or (len(key) == 1 and self.segmenter.frequency(key) < RARE_CHARACTER)
                )
            )
        return part

    def _phrase_edge(self, key: str) -> bool:
        """Whether ``key`` may start or end a repeated phrase (memoised): not a function
        word, a numeral, nor a common character that is a word alone (已, 大, 在)."""
        edge = self._phrase_edges.get(key)
        if edge is None:
            tag = self.segmenter.tag(key) or ""
            if key in STOP_WORDS or not self._joinable(key) or _NUMERAL.fullmatch(key):
                edge = False
            elif len(key) > 1:
                edge = tag not in _FUNCTION_TAGS
            else:
                edge = (
                    not tag.startswith(("v", "d", "p", "c", "u", "r", "m", "q", "f"))
                    and self.segmenter.frequency(key) < COMMON_CHARACTER
                )
            self._phrase_edges[key] = edge
        return edge

    def _clause(self, parts: tuple[str, ...], run: _Run) -> bool:
        """Whether the repeated phrase ``parts`` says who did what rather than naming a
        thing: a name and a verb after it (梅西 + 未能 + 出场, 石破茂 + 当选 + 自民党), a
        verb and a name after it (要求 + 尹锡悦, 劣势 + 败给 + 尹锡悦), a verb ending it after
        another verb or a name (开创性 + 发现 + 揭示, 泰国 + 曼谷 + 起飞), a reporting verb
        first (获得 + …), a role and a name (…领袖 + 舒默: the name is the topic), or a
        one-character edge cut from a word beside it (波 + 海啸)."""
        tags = [self.segmenter.tag(part) or "" for part in parts]
        verbs = [tag.startswith("v") and tag != "vn" for tag in tags]
        names = [
            part in run.persons or self.segmenter.tag(part) is None or tag in ENTITY_TAGS
            for part, tag in zip(parts, tags, strict=True)
        ]
        last = len(parts) - 1
        return (
            parts[0] in _LIGHT_VERBS
            or (verbs[last] and (verbs[last - 1] or names[last - 1]))
            or (names[0] and any(verbs[1:]))
            or (names[last] and any(verbs[:last]))
            or parts[last] in run.persons
            or tags[last] in _PERSON_TAGS
            or (tags[0] == "n" and not tags[last] and len(parts[last]) > 1)
            or (len(parts[0]) == 1 and len(parts[1]) > 1)
            or (
                len(parts[last]) == 1
                and len(parts[last - 1]) > 1
                and tags[last] not in _HEAD_TAGS  # 紧急 + 权, 卫生 + 局 end well
            )
        )

    def _model(self, tokens: _Tokens, maker: int, run: _Run) -> bool:
        """Whether token ``maker`` and the number after it are a maker and its model
        (波音787 客机, 小米17 系列): not a person and a score (赵心童10-4), nor a place and
        a quantity (香港2025年)."""
        name = tokens.keys[maker]
        if name in run.persons or self.segmenter.tag(name) in _PERSON_TAGS:
            return False
        number = maker + 1
        if number + 1 >= len(tokens.keys) or not _next_to(tokens, number):
            return True
        following = tokens.keys[number + 1]
        return (
            following[0] not in _NOT_AFTER_MODEL
            and self.segmenter.tag(following) not in _NOT_AFTER_MODEL_TAGS
        )

    def _role(self, key: str, forced: int) -> int:
        """What ``key`` can be in a compound, as bits (see :func:`_is_compound`; memoised)."""
        role = self._roles.get((key, forced))
        if role is None:
            role = self._roles[(key, forced)] = self._find_role(key, forced)
        return role

    def _find_role(self, key: str, forced: int) -> int:
        role = 0
        kind = self.kind(key, forced)
        tag = self.segmenter.tag(key)
        if kind is not None:
            # 约谈 + 英伟达: an act heads a compound, never modifies (a quality, 卫生 or 紧急,
            # modifies and never ends one: _quality)
            role |= _HEAD if tag in _NOT_MODIFIERS else _MODIFIER | _HEAD
        elif len(key) == 1 and tag in _HEAD_TAGS:
            role |= _HEAD_CHARACTER
        if _ORDINAL.fullmatch(key):
            role |= _ORDINAL_ROLE
        if _NUMERAL.fullmatch(key):
            role |= _NUMERAL_ROLE
        if key in _NUMBER_SUFFIXES:
            role |= _SUFFIX_ROLE
        if _MODEL.fullmatch(key):
            role |= _MODEL_ROLE
        if _REGNAL.fullmatch(key):
            role |= _REGNAL_ROLE
        if len(key) == 1 and key.isascii() and key.isalpha():
            role |= _LETTER_ROLE
        if not forced and self._event(key):
            role |= _ACT_ROLE
        if kind == "entity" and (forced or self._barely_seen(key)):
            role |= _NAME_ROLE
        if self._quality(key, forced):
            role |= _MODIFIER | _QUALITY_ROLE
            if tag == "z":
                role |= _STATUS_ROLE
        if not forced and tag == "v" and len(key) >= 2:
            role |= _VERB_ROLE
        if not forced and key in _PREFIXES:
            role |= _PREFIX_ROLE
        if (
            kind == "concept"
            and not forced
            and tag is not None
            and not role & (_QUALITY_ROLE | _ACT_ROLE)
        ):
            role |= _THING_ROLE
        return role

    def _quality(self, key: str, forced: int) -> bool:
        """Whether ``key`` is an adjective or a distinguishing word (紧急, 超额) that may
        modify a noun in a compound (紧急 + 委员会) but is no topic of its own."""
        return (
            not forced
            and len(key) >= 2
            and is_han(key)
            and key not in STOP_WORDS
            and self.segmenter.tag(key) in _QUALITY_TAGS
        )

    def _quoted(self, document: Document, text: ComparisonText) -> dict[str, list[tuple[int, int]]]:
        """Short names in quotation or title marks (「百年守護」, “五停”, 《告全体市民书》),
        and longer ones in title marks (《维护国家安全条例草案》), with the original spans of
        what they enclose: how the news marks the name of an exhibition, a policy, a law or
        a slogan, which no dictionary has."""
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for start, end in self._topic_ranges(document, text):
            for match in _QUOTED.finditer(text.text, start, end):
                group = 1 if match.group(1) is not None else 2
                found[match.group(group)].append(text.to_original(*match.span(group)))
        return found

    def _with_plain_uses(
        self,
        quoted: list[dict[str, list[tuple[int, int]]]],
        documents: tuple[Document, Document],
        texts: tuple[ComparisonText, ComparisonText],
    ) -> None:
        """Count, for a name one article marks (《新京报》) and the other does not, the other's
        unmarked uses of it (新京报记者) as its uses: outlets differ in what they mark, and
        the marks say the characters are one name. Names of :data:`MIN_PLAIN_QUOTED`
        characters and more, so a quoted pair of characters is not sought in running text,
        and with Han characters (a Latin name is a word already, and nhk is in nhkworld).
        A name inside one the other marks is left to :func:`_with_titles_as_named`."""
        for mine, theirs, document, text in (
            (quoted[0], quoted[1], documents[1], texts[1]),
            (quoted[1], quoted[0], documents[0], texts[0]),
        ):
            wanted = [
                name
                for name in mine
                if len(name) >= MIN_PLAIN_QUOTED
                and _HAN.search(name)
                and not any(name in other for other in theirs)  # a draft's law: see below
            ]
            if not wanted:
                continue
            blocks = [(b.start, b.end) for b in document.blocks if b.kind in _TOPIC_BLOCKS]
            for name in wanted:
                spans = [
                    span
                    for span in find_all(text, name)
                    if any(start <= span[0] and span[1] <= end for start, end in blocks)
                ]
                if spans:
                    theirs[name] = spans

    def _with_quoted(
        self,
        shared: list[Topic],
        quoted: list[dict[str, list[tuple[int, int]]]],
        texts: tuple[str, str],
    ) -> list[Topic]:
        """``shared`` with the quoted names both articles quote (and that are not already
        topics), ranked as a word of their rarity."""
        left, right = (_with_titles_as_named(side, other) for side, other in (quoted, quoted[::-1]))
        terms = {topic.term.lower() for topic in shared}  # NHK is the key nhk
        extra = [
            Topic(
                _as_written(name, texts[1], right[name][0]),
                "entity",
                tuple(left[name]),
                tuple(right[name]),
                topic_score(self.rarity(name), len(left[name]), len(right[name])),
                written_forms(texts[0], left[name]),
                written_forms(texts[1], right[name]),
            )
            for name in left.keys() & right.keys()
            if name not in terms
        ]
        return sorted([*shared, *extra], key=lambda t: (-t.score, t.term))

    def _topic_token_ranges(self, document: Document, tokens: _Tokens) -> list[tuple[int, int]]:
        """Token index ranges of the blocks whose words count."""
        result = []
        for start, end in self._topic_ranges(document, tokens.text):
            first = bisect_right(tokens.starts, start - 1)
            last = bisect_right(tokens.starts, end - 1)
            result.append((first, last))
        return result

    def _with_compounds(
        self,
        shared: list[Topic],
        compounds: list[dict[tuple[str, ...], list[tuple[int, int]]]],
        run: _Run,
        texts: tuple[str, str],
        tokens: Sequence[_Tokens],
    ) -> list[Topic]:
        """``shared`` with the compounds both articles write (a topic in its own right, its
        parts stay topics too), each ranked by the mean rarity of its parts: 美国议员 ranks
        like 议员 and below names both articles repeat; a verb's compound as an event
        (:meth:`_act_compound`). A compound is left out when a longer one holds it at every
        use, when it is already a topic, when it is a common verb's free phrase
        (:meth:`_free_phrase`), or a title and a name (:meth:`_titled_compound`)."""
        candidates = compounds[0].keys() & compounds[1].keys()
        verbs = {part: 0 for parts in candidates for part in self._verbs(parts)}
        for side in tokens:  # their uses in the pair, in one pass (not one per compound)
            for key in filter(verbs.__contains__, side.keys):
                verbs[key] += 1
        phrases = {
            parts
            for parts in candidates
            if self._free_phrase(parts, verbs) or self._titled_compound(parts)
        }
        left, right = ({k: v for k, v in side.items() if k not in phrases} for side in compounds)
        compounds = [left, right]
        both = left.keys() & right.keys()
        terms = {topic.term for topic in shared}
        extra = []
        for parts in both:
            term = "".join(run.display(part) for part in parts)
            if term in terms or self._held(parts, both, compounds):
                continue
            left_spans, right_spans = left[parts], right[parts]
            nouns = [part for part in parts if self.kind(part) is not None] or list(parts)
            rarity = sum(self.rarity(part) for part in nouns) / len(nouns)
            if self._act_compound(parts):
                rarity *= EVENT_WEIGHT
            kinds = {self.kind(part) for part in nouns}
            extra.append(
                Topic(
                    term,
                    "entity" if "entity" in kinds else "concept",
                    tuple(left_spans),
                    tuple(right_spans),
                    topic_score(rarity, len(left_spans), len(right_spans)),
                    written_forms(texts[0], left_spans),
                    written_forms(texts[1], right_spans),
                )
            )
        return sorted([*shared, *extra], key=lambda t: (-t.score, t.term))

    def _verbs(self, parts: tuple[str, ...]) -> list[str]:
        """The verbs of two characters or more among ``parts`` (not verbal nouns)."""
        tags = {part: self.segmenter.tag(part) or "" for part in parts if len(part) >= 2}
        return [part for part, tag in tags.items() if tag.startswith("v") and tag != "vn"]

    def _free_phrase(self, parts: tuple[str, ...], uses: Mapping[str, int]) -> bool:
        """Whether the verbs of ``parts`` are all common ones (no rarer in the language than
        :data:`COMMON_VERB_RARITY`) that the story is not about: such a verb makes phrases
        with whatever stands next to it (召开 + 会议, 航班 + 发生, 使用 + 添加剂, 出席 +
        仪式), which two outlets write alike without naming anything. A verb the pair uses
        :data:`STORY_VERB_USES` times or more is what the story is about (选举 in an
        election: 选举 + 委员会), a rarer verb makes terms (转移 + 安置, 确诊 + 病例), and a
        verb before a one-character noun names a thing (流行 + 季, 发行 + 方). ``uses``: how
        often the pair uses each verb."""
        if len(parts[-1]) < 2:
            return False
        verbs = self._verbs(parts)
        return bool(verbs) and all(
            self.rarity(verb) < COMMON_VERB_RARITY and uses[verb] < STORY_VERB_USES
            for verb in verbs
        )

    def _act_compound(self, parts: tuple[str, ...]) -> bool:
        """Whether ``parts`` is a verb and a word after it (确诊 + 病例, 挂牌 + 上市, 宣誓 +
        就职) or a noun and its verb (房屋 + 损毁): what happened, as a term both outlets
        use. It ranks as an event does (:data:`EVENT_WEIGHT`), below who and what it
        happened to: at full weight such compounds came before names. A verb before a
        one-character noun (吊唁 + 处) names a place or thing and keeps its weight."""
        return (
            len(parts) == 2
            and len(parts[1]) > 1
            and (self._event(parts[0]) or self._event(parts[1]))
        )

    @staticmethod
    def _held(
        parts: tuple[str, ...],
        both: set[tuple[str, ...]],
        compounds: list[dict[tuple[str, ...], list[tuple[int, int]]]],
    ) -> bool:
        """Whether a longer shared compound holds ``parts`` at all of its uses in both."""
        for longer in both:
            if len(longer) <= len(parts) or not any(
                longer[k : k + len(parts)] == parts for k in range(len(longer) - len(parts) + 1)
            ):
                continue
            if all(len(side[longer]) >= len(side[parts]) for side in compounds):
                return True
        return False

    def _rank(
        self,
        occurrences: list[dict[str, tuple[str, list[tuple[int, int]]]]],
        run: _Run,
        texts: tuple[str, str],
    ) -> tuple[list[Topic], list[Topic], list[Topic]]:
        left, right = occurrences
        shared: list[Topic] = []
        for term in left.keys() & right.keys():
            kind, left_spans = left[term]
            right_spans = right[term][1]
            count_l, count_r = len(left_spans), len(right_spans)
            rarity = self._term_rarity(term, run)
            if kind == EVENT:
                if count_l + count_r < 3 and rarity < RARE_EVENT:
                    continue
                kind, rarity = "concept", rarity * EVENT_WEIGHT
            elif count_l + count_r < 3 and kind != "entity" and rarity < SPECIFIC_RARITY:
                continue
            score = topic_score(rarity, count_l, count_r)
            shared.append(
                Topic(
                    run.display(term),
                    kind,
                    tuple(left_spans),
                    tuple(right_spans),
                    score,
                    written_forms(texts[0], left_spans),
                    written_forms(texts[1], right_spans),
                )
            )
        shared.sort(key=lambda t: (-t.score, t.term))

        def only(
            mine: dict[str, tuple[str, list[tuple[int, int]]]],
            theirs: dict[str, tuple[str, list[tuple[int, int]]]],
            side: str,
        ) -> list[Topic]:
            topics = []
            for term, (kind, spans) in mine.items():
                if term in theirs or kind == EVENT or (len(spans) < 2 and kind != "entity"):
                    continue
                weight = math.pow(self._term_rarity(term, run), RARITY_POWER)
                score = weight * (1.0 + math.log(len(spans)))
                pair: tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]] = (
                    (tuple(spans), ()) if side == "left" else ((), tuple(spans))
                )
                forms = written_forms(texts[0 if side == "left" else 1], spans)
                topics.append(
                    Topic(
                        run.display(term),
                        kind,
                        *pair,
                        score,
                        forms if side == "left" else (),
                        forms if side == "right" else (),
                    )
                )
            topics.sort(key=lambda t: (-t.score, t.term))
            return topics

        return shared, only(left, right, "left"), only(right, left, "right")

    def _passages(
        self, document: Document, tokens: _Tokens, kinds: list[str | None], with_grams: bool
    ) -> list[Passage]:
        passages: list[Passage] = []
        k = 0
        keys, starts = tokens.keys, tokens.starts
        for block in document.blocks:
            if block.kind not in _TOPIC_BLOCKS:
                continue
            start, end = tokens.text.from_original(block.start, block.end)
            first = bisect_left(starts, start, k)  # the first token from ``start`` on
            k = bisect_left(starts, end, first)
            terms = tuple(compress(keys[first:k], kinds[first:k]))  # those of a kind
            found = grams(tokens.text.text[start:end]) if with_grams else ()
            passages.append(Passage(block.start, block.end, terms, found))
        return passages


def topic_score(rarity: float, left_count: int, right_count: int) -> float:
    """A shared topic's rank: its rarity (an event's already weighted) to
    :data:`RARITY_POWER`, times the geometric mean of its counts, so a name each article
    writes once (壁仞科技) comes before an everyday noun each writes a dozen times (公司),
    and a name both repeat comes first."""
    return math.pow(rarity, RARITY_POWER) * math.sqrt(left_count * right_count)


def check_length(document: Document, limit: int | None = None) -> None:
    """Raise :class:`AnalysisError` if ``document`` is too long to analyse (cheap: call it
    before any work)."""
    limit = MAX_CHARACTERS if limit is None else limit
    if len(document.text) > limit:
        name = document.name or document.title
        raise AnalysisError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{name}” is too long to compare ({count} characters; Duidu compares "
                    "texts of up to {limit} characters).",
                ),
                name=name,
                count=f"{len(document.text):,}",
                limit=f"{limit:,}",
            )
        )


def analyse_documents(
    analyser: TopicAnalyser,
    left: Document,
    right: Document,
    *,
    progress: Callable[[int, int], None] | None = None,
    links: Sequence[tuple[int, int]] = (),
    unlinks: Sequence[tuple[int, int]] = (),
    wording: bool = True,
) -> Analysis:
    """Detect both scripts, normalise both texts and compare them, reporting progress 0–100
    (with no full garbage collection meanwhile: :func:`reader.core.heap.bulk_work`); the
    shared wording only with ``wording``."""
    with bulk_work():
        return _analyse_documents(analyser, left, right, progress, links, unlinks, wording)


def shared_wording(analyser: TopicAnalyser, left: Document, right: Document) -> list[SharedRun]:
    """The shared wording :func:`analyse_documents` finds, on its own: the same scripts and
    comparison texts, so the same runs (a second process finds them meanwhile)."""
    from reader.core.text.scripts import detect_script

    with bulk_work():
        left_text, right_text = (
            analyser.prepare(document, detect_script(document.text, analyser.engine).script)
            for document in (left, right)
        )
        return shared_runs(left_text, right_text)


def _analyse_documents(
    analyser: TopicAnalyser,
    left: Document,
    right: Document,
    progress: Callable[[int, int], None] | None,
    links: Sequence[tuple[int, int]],
    unlinks: Sequence[tuple[int, int]],
    wording: bool,
) -> Analysis:
    from reader.core.text.scripts import detect_script

    def step(done: int) -> None:
        if progress:
            progress(done, 100)

    check_length(left)
    check_length(right)
    step(0)
    analyser.segmenter.load()
    step(10)
    prepared = []
    for number, document in enumerate((left, right)):
        source = detect_script(document.text, analyser.engine).script
        prepared.append(analyser.prepare(document, source))
        step(10 + 25 * (number + 1))
    analysis = analyser.analyse(
        left, right, *prepared, links=links, unlinks=unlinks, wording=wording
    )
    step(100)
    return analysis


def _next_to(tokens: _Tokens, k: int) -> bool:
    """Whether token ``k + 1`` follows token ``k`` directly or across a name's dot."""
    gap = tokens.starts[k + 1] - tokens.ends[k]
    return gap == 0 or (gap == 1 and tokens.text.text[tokens.ends[k]] in NAME_DOTS)


def _without_name_dots(tokens: _Tokens) -> _Tokens:
    """``tokens`` without the dots between two Han words (蒂姆·波尔, 約化·巴納希): the
    mainland writes a foreign name's parts apart and Taiwan and Hong Kong often together,
    so without the dot both are one sequence of words (a compound, or a new word)."""
    keys, starts, ends, text = tokens.keys, tokens.starts, tokens.ends, tokens.text.text
    drop = []
    for dot in _NAME_DOT.finditer(text):  # found in C: a book has few or none
        k = bisect_left(starts, dot.start())
        if (
            0 < k < len(keys) - 1
            and starts[k] == dot.start()
            and ends[k] == dot.end()
            and ends[k - 1] == starts[k]
            and ends[k] == starts[k + 1]
            and is_han(text[dot.start() - 1])
            and is_han(text[dot.end()])
        ):
            drop.append(k)
    if not drop:
        return tokens
    keep = bytearray(b"\x01") * len(keys)
    for k in drop:
        keep[k] = 0
    return _Tokens(
        tokens.text,
        array("i", compress(tokens.starts, keep)),
        array("i", compress(tokens.ends, keep)),
        list(compress(keys, keep)),
        bytearray(compress(tokens.forced, keep)),
    )


def _original_spans(tokens: _Tokens, firsts: Sequence[int], size: int) -> list[tuple[int, int]]:
    """The original spans of runs of ``size`` tokens starting at the tokens ``firsts``."""
    starts, ends, to_original = tokens.starts, tokens.ends, tokens.text.to_original
    return [to_original(starts[i], ends[i + size - 1]) for i in firsts]


def _before(keys: Sequence[str], wanted: Callable[[str], bool]) -> Iterator[int]:
    """The indexes of the tokens right before each token ``wanted`` accepts, found in C
    (the few figures or 某 of a book's million tokens)."""
    return (k for k in compress(count(-1), map(wanted, keys)) if k >= 0)


def _shortened(text: str) -> set[str]:
    """``text`` without one of its characters, each way."""
    return {text[:k] + text[k + 1 :] for k in range(len(text))}


def _drop_inside(
    found: dict[str, tuple[str, list[tuple[int, int]]]], spans: list[tuple[int, int]]
) -> None:
    """Take out of ``found`` every use that lies inside one of ``spans`` (sorted), and the
    terms left with none."""
    starts = [start for start, _end in spans]
    for term, (kind, uses) in list(found.items()):
        kept = []
        for use in uses:
            k = bisect_right(starts, use[0]) - 1
            if k < 0 or use[1] > spans[k][1]:
                kept.append(use)
        if not kept:
            del found[term]
        elif len(kept) < len(uses):
            found[term] = (kind, kept)


def _as_written(key: str, text: str, span: tuple[int, int]) -> str:
    """``key`` (lowercase) with the letters cased as at ``span`` of ``text``: 调节性T细胞."""
    written = text[span[0] : span[1]]
    if len(written) != len(key):
        return key
    return "".join(
        original if original.lower() == char else char
        for char, original in zip(key, written, strict=True)
    )


def _sequences(runs: list[list[str]], shortest: int, longest: int) -> list[tuple[str, ...]]:
    """Every sequence of ``shortest`` to ``longest`` tokens inside ``runs``, once a use."""
    return [
        tuple(run[k : k + size])
        for run in runs
        for size in range(shortest, longest + 1)
        for k in range(len(run) - size + 1)
    ]


def _forget_rarest(grams: dict[int, int]) -> None:
    """Drop the least counted sequences until at most half of :data:`MAX_GRAMS` remain."""
    floor = 2
    while len(grams) > MAX_GRAMS // 2:
        rare = [gram for gram, value in grams.items() if value >> 2 < floor]
        for gram in rare:
            del grams[gram]
        floor += 1


def _indexes(
    passages: list[list[Passage]], pairs: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sync points given as paragraph start offsets, as paragraph indexes (unknown ones drop)."""
    left_index = {p.start: k for k, p in enumerate(passages[0])}
    right_index = {p.start: k for k, p in enumerate(passages[1])}
    return [
        (left_index[a], right_index[b]) for a, b in pairs if a in left_index and b in right_index
    ]


def _acted_on(role: int) -> bool:
    """Whether a word of ``role`` may follow a verb in a compound: another verb (挂牌 + 上市)
    or a noun that is no name and no quality (确诊 + 病例). A verb before a name is a verb
    and its object (击败 + 对手的名字, 退出 + 世界卫生组织), not one thing."""
    if role & _ACT_ROLE:
        return True
    return bool(role & _HEAD) and not role & (_QUALITY_ROLE | _NAME_ROLE)


def _word_ends(tokens: _Tokens) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Where each string of two characters or more begins a longer token of ``tokens``
    (香港 of 香港队), and where each ends one (香港 of 中国香港): token indexes by string. One
    pass over the tokens instead of a search of the whole text for each term: a pair of
    long articles has thousands of terms to look for."""
    text, starts, ends = tokens.text.text, tokens.starts, tokens.ends
    uses: dict[str, list[int]] = defaultdict(list)
    for k, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if end - start > 2:
            uses[text[start:end]].append(k)
    heads: dict[str, list[int]] = defaultdict(list)
    tails: dict[str, list[int]] = defaultdict(list)
    for word, positions in uses.items():
        for size in range(2, len(word)):
            heads[word[:size]].extend(positions)
            tails[word[-size:]].extend(positions)
    return heads, tails


def _titled(word: str) -> bool:
    """Whether ``word`` is or ends with a title (总统, 集团主席, 民主党候选人)."""
    return any(word[-size:] in _TITLES for size in range(2, min(len(word), _LONGEST_TITLE) + 1))


def _is_compound(roles: Sequence[int]) -> bool:
    """Whether tokens of these roles make a compound: nouns, perhaps after an ordinal or
    before a one-character head noun (but not both), or a noun, a numeral and 号 (or 世)."""
    if len(roles) == 3 and roles[0] & _HEAD and roles[1] & _NUMERAL_ROLE:
        return bool(roles[2] & _SUFFIX_ROLE)
    if len(roles) == 2 and roles[1] & _HEAD_CHARACTER and roles[0] & (_LETTER_ROLE | _ACT_ROLE):
        return True  # H股, K线; 发售价, 吊唁处, 投票站: a bound noun names what it is for
    if len(roles) == 2 and roles[0] & _MODIFIER and roles[1] & _LETTER_ROLE:
        return True  # 分支I, 维生素C: a kind and its letter
    if len(roles) == 2 and roles[0] & _ACT_ROLE and _acted_on(roles[1]):
        return True  # 确诊 + 病例, 挂牌 + 上市, 转移 + 安置: see _act_compound
    if roles[0] & _PREFIX_ROLE:
        # 负 + 利率, 副 + 总统, 超 + 宽松 + 货币政策: a prefix and a common noun (perhaps
        # after a quality), never a name (负 + 日本 is "lost to Japan")
        return roles[-1] & _THING_ROLE != 0 and all(role & _QUALITY_ROLE for role in roles[1:-1])
    if len(roles) == 2 and roles[0] & _NAME_ROLE and roles[1] & _MODEL_ROLE:
        return True  # 波音 + 787, 小米 + 17: a maker and its model (see _model)
    if len(roles) == 2 and roles[0] & _HEAD and roles[1] & _REGNAL_ROLE:
        return True  # 穆罕默德 + 六世, 查尔斯 + 三世: a monarch and his number
    if len(roles) == 2 and roles[0] & _STATUS_ROLE and roles[1] & _VERB_ROLE:
        return True  # 最佳 + 导演: after a status word, a verb is the one who does it
    if len(roles) == 2 and roles[0] & _THING_ROLE and roles[1] & _ACT_ROLE:
        return True  # 房屋 + 损毁, 应急 + 响应, 机腹 + 着陆: what happened, as one term
    others = 0
    last = len(roles) - 1
    if roles[last] & _QUALITY_ROLE:
        return False  # 卫生 + 健康: a quality never ends one
    for k, role in enumerate(roles):
        if role & _MODIFIER or (k == last and role & _HEAD):
            continue
        if (k == 0 and role & _ORDINAL_ROLE) or (k == last and role & _HEAD_CHARACTER):
            others += 1
            continue
        return False
    return others <= 1
