"""The one scoring rule of re-anchoring: each clue alone, and the clues against each other.

The first group replays the cases of Hypothesis's own quote-matching suite (the client's
``match-quote`` tests, BSD-2-Clause; the cases are restated here, on Dickens's public-domain
text and on a Chinese sentence of our own): a tool whose notes Duidu imports should see them
land where it would put them. The rest are the two failure classes of issue 15 and the rule's
ordering: context outranks position, position breaks ties.
"""

from __future__ import annotations

import random
import re

import pytest

from reader.core.notes.anchoring import NEARBY, Anchorer, AnchorStatus, anchor, anchor_many
from reader.core.notes.annotations import Target, from_w3c, make_target, to_w3c

TWO_CITIES = re.sub(
    r"\s+",
    " ",
    """It was the best of times, it was the worst of times,
    it was the age of wisdom, it was the age of foolishness, it was the epoch of belief,
    it was the epoch of incredulity, it was the season of Light, it was the
    season of Darkness, it was the spring of hope, it was the winter of despair, we had
    everything before us, we had nothing before us, we were all going direct to Heaven,
    we were all going direct the other way.""",
)
SENTENCE = "多年以后，面对行刑队，上校将会回想起父亲带他去见识冰块的那个遥远的下午。"


def target(
    quote: str, prefix: str = "", suffix: str = "", hint: int | None = None, end: int = 0
) -> Target:
    """A target as an imported note may have it: a quote, maybe context, maybe a position."""
    start = 0 if hint is None else hint
    return Target(
        path="",
        sha256="",
        exact=quote,
        prefix=prefix,
        suffix=suffix,
        start=start,
        end=end or start + len(quote),
        positioned=hint is not None,
    )


def placed(text: str, t: Target) -> tuple[int, int] | None:
    found = anchor(text, t, "other")
    return None if found.start is None else (found.start, found.end or 0)


def score(text: str, t: Target) -> float:
    """The best candidate's score, accepted or not (as the peer suite's scores are)."""
    return Anchorer(text).candidates(t)[0].score


# -- the peer suite ------------------------------------------------------------------------


def test_an_exact_quote_is_found_with_a_full_score():
    best = Anchorer(SENTENCE).best(target("见识冰块"))
    assert best is not None and best.quote == 1.0
    assert SENTENCE[best.start : best.end] == "见识冰块"


def test_without_an_exact_match_the_best_approximate_one_is_found():
    found = placed(SENTENCE, target("很多年以后，面对行邢队"))
    assert found is not None
    assert SENTENCE[found[0] : found[1]] == "多年以后，面对行刑队"
    best = Anchorer(SENTENCE).best(target("很多年以后，面对行邢队"))
    assert best is not None and 0 < best.quote < 1


def test_scores_fall_with_the_quote_similarity():
    quotes = [
        "多年以后，面对行刑队",
        "多年以後，面对行刑队",
        "多年以后，面对行邢对",
        "许多年后，面对刑场",
    ]
    scores = [score(SENTENCE, target(q)) for q in quotes[:3]]
    assert scores[0] > scores[1] or scores[0] == scores[1] == 1.0  # 後 folds to 后
    assert scores[1] > scores[2]
    assert not Anchorer(SENTENCE).candidates(target(quotes[3]))  # too unlike: no candidate


@pytest.mark.parametrize("side", ["prefix", "suffix"])
def test_scores_fall_with_the_context_similarity(side):
    quote, truth = "面对行刑队", {"prefix": "多年以后，", "suffix": "，上校将会回想起"}[side]
    variants = [truth, truth[:-2] + "之后", "很久很久之后的", "天气晴朗万里无云"]
    if side == "suffix":
        variants = [truth, "，上校将回想起", "。将军后来想起", "天气晴朗万里无云"]
    scores = [score(SENTENCE, target(quote, **{side: v})) for v in variants]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == len(scores)


def test_no_acceptable_match_orphans():
    assert placed(TWO_CITIES, target(SENTENCE)) is None
    assert anchor(TWO_CITIES, target("")).status is AnchorStatus.ORPHANED
    assert anchor("", target("foobar")).status is AnchorStatus.ORPHANED


@pytest.mark.parametrize(
    ("quote", "context", "expected"),
    [
        ("before us", {"prefix": "we had everything"}, "before us, we had nothing"),
        ("before us", {"prefix": "we had nothing"}, "before us, we were all going"),
        ("before us", {"prefix": "we had every-thing"}, "before us, we had nothing"),
        ("before us", {"prefix": "we had nout"}, "before us, we were all going"),
        ("we had", {"suffix": "everything"}, "we had everything"),
        ("we had", {"suffix": "nothing"}, "we had nothing"),
        ("we had", {"suffix": "ever ting"}, "we had everything"),
        ("we had", {"suffix": "nutting"}, "we had nothing"),
    ],
)
def test_the_best_context_chooses_among_repeated_quotes(quote, context, expected):
    found = placed(TWO_CITIES, target(quote, **context))
    assert found == (TWO_CITIES.index(expected), TWO_CITIES.index(expected) + len(quote))


def test_the_position_breaks_ties_between_equal_approximate_matches():
    a = TWO_CITIES.index("everything before us") + len("everything ")
    b = TWO_CITIES.index("nothing before us") + len("nothing ")
    assert placed(TWO_CITIES, target("befor us", hint=a))[0] == a
    assert placed(TWO_CITIES, target("befor us", hint=b))[0] == b
    assert placed(TWO_CITIES, target("befor us"))[0] == a  # no position: the first


def test_a_prefix_longer_than_the_text_before_the_match():
    found = placed(SENTENCE, target("以后，面对行刑队", prefix="在很久很久以前的多年"))
    assert found is not None and SENTENCE[found[0] : found[1]] == "以后，面对行刑队"


def test_a_match_at_the_end_of_the_text_with_a_suffix_that_is_gone():
    text = "一份文件的正文"
    found = placed(text, target("的正文", suffix="后来删去的部分"))
    assert found == (4, 7)


# -- the two failure classes of issue 15 ---------------------------------------------------

LINES = [
    "周一开盘后，{}股价上涨三个百分点，交易员称买盘集中在尾盘。",
    "分析师认为{}的数据中心业务仍是增长主力，但出口管制带来不确定性。",
    "在台北的发布会上，{}展示了新一代芯片，现场座无虚席。",
    "多家云服务商表示将采购{}的加速卡，以满足大模型训练的需求。",
    "监管机构正在审查{}与一家以色列公司的收购案，结果预计年底公布。",
    "有投资人担心{}估值过高，提醒散户注意风险。",
    "{}首席执行官在演讲中提到，机器人将是下一个浪潮。",
    "据报道，{}计划在欧洲增设研发中心，招聘数百名工程师。",
    "竞争对手也在追赶，但{}的软件生态仍难以撼动。",
    "财报公布后，市场对{}下一季度的指引反应平淡。",
]
REPEATS = "".join(f"第{n}段：" + line.format("英伟达") + "\n" for n, line in enumerate(LINES))


@pytest.mark.parametrize("exact_context", [True, False])
@pytest.mark.parametrize("side", ["prefix", "suffix"])
def test_context_without_a_position_finds_the_right_occurrence(side, exact_context):
    """The first class: a repeated quote, a prefix or suffix, no TextPositionSelector."""
    sixth = [m.start() for m in re.finditer("英伟达", REPEATS)][6]
    truth = make_target("/a.txt", "x", REPEATS, sixth, sixth + 3)
    context = getattr(truth, side)
    if not exact_context:  # a character changed and one lost, as after a light edit
        context = context.replace("6", "六", 1)[1:] if side == "prefix" else context[:-1]
        context = context.replace("首席", "首位") if side == "suffix" else context
    assert placed(REPEATS, target("英伟达", **{side: context})) == (sixth, sixth + 3)


def test_the_position_breaks_ties_when_the_approximate_quote_occurs_often():
    """The second class: the quote changed a little, every occurrence matches it as well."""
    text = "".join(f"第{n}段：英伟达发表了新芯片。{LINES[n].format('它')}\n" for n in range(10))
    starts = [m.start() for m in re.finditer("英伟达发表了新芯片", text)]
    for n in (0, 4, 9):
        found = placed(text, target("英伟达发布了新芯片", hint=starts[n] + 3))
        assert found is not None and found[0] == starts[n]


def test_context_outranks_position():
    """Stored near the second occurrence, with the context of the eighth: the eighth wins."""
    starts = [m.start() for m in re.finditer("英伟达", REPEATS)]
    eighth = make_target("/a.txt", "x", REPEATS, starts[8], starts[8] + 3)
    moved = Target("", "", "英伟达", eighth.prefix, eighth.suffix, starts[2], starts[2] + 3)
    assert placed(REPEATS, moved) == (starts[8], starts[8] + 3)


def test_position_alone_does_not_pick_an_occurrence_the_context_contradicts():
    """A short name whose own occurrence was deleted is orphaned, not moved to another."""
    starts = [m.start() for m in re.finditer("英伟达", REPEATS)]
    noted = make_target("/a.txt", "x", REPEATS, starts[3], starts[3] + 3)
    line = REPEATS.index("第3段")
    edited = REPEATS[:line] + REPEATS[REPEATS.index("第4段") :]
    assert anchor(edited, noted, "changed").status is AnchorStatus.ORPHANED


def test_a_note_made_on_traditional_text_is_found_after_the_file_is_converted():
    traditional = "臺灣的晶片產業在這一年裡經歷了許多變化，廠商們紛紛擴產。" * 3
    simplified = "台湾的晶片产业在这一年里经历了许多变化，厂商们纷纷扩产。" * 3
    start = traditional.index("經歷", 30)
    noted = make_target("/a.txt", "x", traditional, start, start + 6)
    found = anchor(simplified, noted, "changed")
    assert (found.status, found.start, found.end) == (AnchorStatus.MOVED, start, start + 6)


def test_many_notes_follow_an_insertion_above_them():
    text = "".join(f"這是第{n}句話，說的是第{n % 7}件事。" for n in range(2000))
    targets = [make_target("/a.txt", "x", text, s, s + 4) for s in range(100, len(text) - 10, 97)]
    edited = "新加的一段開頭。" * 100 + text
    found = anchor_many(edited, targets, "changed")
    assert [(f.start, f.end) for f in found] == [(t.start + 800, t.end + 800) for t in targets]


def test_an_unpositioned_target_round_trips_without_a_position():
    noted = target("英伟达", prefix="第6段：")
    annotation = from_w3c(
        {
            "type": "Annotation",
            "id": "urn:uuid:1",
            "target": [
                {
                    "source": {"id": "file:///a.txt"},
                    "selector": [
                        {"type": "TextQuoteSelector", "exact": "英伟达", "prefix": "第6段："}
                    ],
                }
            ],
        }
    )
    assert annotation.targets[0].positioned is False
    assert annotation.targets[0].exact == noted.exact
    saved = to_w3c(annotation)["target"]
    selectors = (saved[0] if isinstance(saved, list) else saved)["selector"]
    assert [s["type"] for s in selectors] == ["TextQuoteSelector"]


FILLER = "".join(f"這一段是第{n}段的填充文字，與上下文無關。\n" for n in range(400))
TWICE = "序言在此。\n甲乙丙丁同遊西湖，見湖上有一舟，舟中老人垂釣不語。\n"


def test_a_note_that_goes_to_a_copy_does_not_carry_the_next_ones_along():
    """A passage the text holds twice, far apart: the first note's own wording is edited
    away, so it may only be found on the copy; the next note's passage is intact where it
    was and must be found there, not beside the copy the first one went to."""
    text = TWICE + FILLER + TWICE + FILLER
    first = text.index("甲乙丙丁")
    second = text.index("老人垂釣")
    notes = [
        make_target("/a.txt", "x", text, first, first + 8),
        make_target("/a.txt", "x", text, second, second + 4),
    ]
    # The first note's wording edited away, a comma added before the second (it moves by one).
    edited = text[:first] + "某某某某" + text[first + 4 : second] + "，" + text[second:]
    found = anchor_many(edited, notes, "changed")
    assert (found[1].start, found[1].end) == (second + 1, second + 5)


def test_notes_follow_an_insertion_longer_than_the_nearby_window():
    text = "".join(f"第{n}行寫的是第{n}件不同的事情。\n" for n in range(600))
    targets = [make_target("/a.txt", "x", text, s, s + 6) for s in range(50, len(text) - 10, 211)]
    inserted = "插入的一大段。" * 1000  # 7,000 characters, farther than NEARBY
    found = anchor_many(inserted + text, targets, "changed")
    shift = len(inserted)
    assert [(f.start, f.end) for f in found] == [(t.start + shift, t.end + shift) for t in targets]


# -- a passage the text holds twice, far apart ---------------------------------------------

THOUSAND = (
    "天地玄黃宇宙洪荒日月盈昃辰宿列張寒來暑往秋收冬藏閏餘成歲律呂調陽雲騰致雨露結為霜金生"
    "麗水玉出崑岡劍號巨闕珠稱夜光果珍李柰菜重芥薑海鹹河淡鱗潛羽翔龍師火帝鳥官人皇始制文字"
)


def prose(seed: int, lines: int) -> str:
    """Lines of characters drawn at random: text whose every stretch is its own, unlike the
    templated fillers above (where a moved paragraph's new neighbours look like its old)."""
    rng = random.Random(seed)
    return "".join("".join(rng.choices(THOUSAND, k=30)) + "。\n" for _ in range(lines))


CHAPTER = (
    "話說那日天氣晴和，眾人相約出城，行至半路，忽見前面一座高山，山上雲霧繚繞。"
    "甲乙丙丁同遊西湖，見湖上有一舟，舟中老人垂釣不語。"
    "眾人看了半晌，都說此人必是隱士，便上前問他姓名，老人只是搖頭不答。\n"
)
PASSAGE = "甲乙丙丁同遊西湖，見湖上有一舟，舟中老人垂釣不語。"
BOOK = prose(1, 150) + CHAPTER + prose(2, 300) + CHAPTER + prose(3, 150)  # ~9,000 apart


def noted_copies() -> tuple[Target, int, int]:
    """A note on the second copy of PASSAGE, and where each copy starts."""
    first = BOOK.index(PASSAGE)
    second = BOOK.index(PASSAGE, first + 1)
    assert second - first > 2 * NEARBY  # the copies are far apart
    return make_target("/a.txt", "x", BOOK, second, second + len(PASSAGE)), first, second


def test_a_passage_edited_where_it_is_is_found_there_not_on_its_copy_far_away():
    """One character changed in the note's own copy: what is left of it, near, outscores
    the untouched copy far away (which used to stop the search before it looked near)."""
    noted, _, second = noted_copies()
    edited = BOOK[:second] + PASSAGE.replace("垂釣", "獨釣") + BOOK[second + len(PASSAGE) :]
    found = anchor(edited, noted, "changed")
    assert (found.status, found.start, found.end) == (
        AnchorStatus.MOVED,
        second,
        second + len(PASSAGE),
    )


@pytest.mark.parametrize(
    "replacement",
    ["一陣風來，把岸邊柳枝吹得東倒西歪，遠處傳來鐘聲。", "", "甲乙丙丁"],
    ids=["rewritten", "deleted", "mostly-deleted"],
)
def test_a_passage_rewritten_or_deleted_where_it_is_is_not_put_on_its_copy(replacement):
    """Its own copy rewritten or deleted, its context still there around it: the copy far
    away, with the same words and the same context, is not it; the note is orphaned."""
    noted, _, second = noted_copies()
    edited = BOOK[:second] + replacement + BOOK[second + len(PASSAGE) :]
    assert anchor(edited, noted, "changed").status is AnchorStatus.ORPHANED


@pytest.mark.parametrize("whole", [False, True], ids=["in-a-paragraph", "a-whole-paragraph"])
def test_a_passage_whose_paragraph_moved_far_is_found_where_it_went(whole):
    """A paragraph moved far takes the note's context along, or (a note on the whole
    paragraph) finds new neighbours: the context left behind does not orphan it."""
    before, after = prose(4, 150), prose(5, 300)
    paragraph = CHAPTER if not whole else PASSAGE + "\n"
    text = before + paragraph + after
    start = text.index(PASSAGE)
    noted = make_target("/a.txt", "x", text, start, start + len(PASSAGE))
    moved = before + after + paragraph
    new_start = moved.index(PASSAGE)
    assert new_start - start > 2 * NEARBY
    found = anchor(moved, noted, "changed")
    assert (found.start, found.end) == (new_start, new_start + len(PASSAGE))


# -- a short quote its own context repeats -------------------------------------------------

ECOLOGY = (
    "黃仁勛其實比任何人都明白，AI的競爭在於誰能掌握生態。\n"
    "生態包括三個維度：開發者、算法框架、算力體系。\n"
)


def test_a_short_quote_edited_away_is_not_put_on_the_copy_in_its_context():
    """The second 生態 split by a comma: the first, four characters before, has context
    nearly as good (the note's prefix ends with it), but it is the copy the prefix holds."""
    second = ECOLOGY.index("生態", ECOLOGY.index("生態") + 1)
    noted = make_target("/a.txt", "x", ECOLOGY, second, second + 2)
    edited = ECOLOGY[: second + 1] + "，" + ECOLOGY[second + 1 :]
    assert anchor(edited, noted, "changed").status is AnchorStatus.ORPHANED


def test_a_short_quote_its_context_repeats_is_still_found():
    """Both 生態, the text shifted by an insertion above: each is found on its own words."""
    first = ECOLOGY.index("生態")
    second = ECOLOGY.index("生態", first + 1)
    notes = [make_target("/a.txt", "x", ECOLOGY, s, s + 2) for s in (first, second)]
    found = anchor_many("新加的一句。" + ECOLOGY, notes, "changed")
    assert [(f.start, f.end) for f in found] == [(first + 6, first + 8), (second + 6, second + 8)]
