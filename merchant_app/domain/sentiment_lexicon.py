"""The words the review analyser knows (``domain.sentiment``): polarity, negation, degree and
contrast words in English and Chinese, emoji, and the keyword families of review topics.

Written for this project from the language of shop reviews; scores run from about -3 (worst) to +3
(best). English entries are lower-case tokens (a trailing ``s`` is also tried) or phrases of a few
words, matched as whole words; Chinese entries are matched longest first, so a compound (不错, 不值,
没问题) wins over its parts.
"""

from __future__ import annotations

# --- English ------------------------------------------------------------------------------------

EN_WORDS: dict[str, float] = {
    # praise
    "good": 1.5, "great": 2.0, "excellent": 2.5, "amazing": 2.5, "awesome": 2.5, "fantastic": 2.5,
    "wonderful": 2.5, "perfect": 2.5, "perfectly": 2.0, "superb": 2.5, "brilliant": 2.5, "outstanding": 2.5,
    "love": 2.0, "loves": 2.0, "loved": 2.0, "lovely": 2.0, "like": 0.8, "liked": 1.0, "nice": 1.5,
    "beautiful": 2.0, "beautifully": 2.0, "gorgeous": 2.5, "stunning": 2.5, "cute": 1.5, "pretty": 1.2,
    "happy": 2.0, "pleased": 1.8, "satisfied": 1.8, "thrilled": 2.5, "delighted": 2.5, "glad": 1.5,
    "impressive": 2.0, "impressed": 2.0, "recommend": 2.0, "recommended": 2.0, "best": 2.5, "better": 1.0,
    "comfortable": 1.5, "comfy": 1.5, "soft": 1.0, "sturdy": 1.5, "solid": 1.2, "durable": 1.5,
    "reliable": 1.5, "fresh": 1.2, "delicious": 2.5, "tasty": 2.0, "yummy": 2.0, "fast": 1.0, "quick": 1.0,
    "quickly": 1.0, "early": 1.0, "smooth": 1.0, "easy": 1.0, "easily": 0.8, "handy": 1.5, "useful": 1.5,
    "helpful": 1.8, "friendly": 1.5, "polite": 1.2, "responsive": 1.2, "premium": 1.5, "quality": 0.3,
    "worth": 1.5, "bargain": 1.5, "value": 0.5, "works": 1.0, "work": 0.0, "worked": 1.0, "working": 0.5,
    "fits": 0.8, "fit": 0.3, "flawless": 2.5, "well": 0.8, "fine": 0.3, "ok": 0.2, "okay": 0.2,
    "alright": 0.2, "decent": 0.6, "enjoy": 1.5, "enjoyed": 1.5, "joy": 2.0, "favourite": 2.0,
    "favorite": 2.0, "bright": 0.8, "warm": 0.6, "clean": 0.6, "clear": 0.8, "crisp": 1.0, "sharp": 0.8,
    "intuitive": 1.5, "lightweight": 1.0, "breathable": 1.0, "accurate": 1.2, "sweet": 0.6, "thanks": 1.2,
    "thank": 1.2, "exceeded": 2.0, "surprised": 0.8, "surprisingly": 0.8, "pleasantly": 1.5,
    "compliments": 2.0, "gift": 0.3, "adorable": 2.0, "charming": 1.8, "elegant": 1.8, "stylish": 1.5,
    "correct": 0.8, "safe": 0.8, "healthy": 1.0, "consistent": 1.0, "thoughtful": 1.8, "generous": 1.5,
    "gentle": 1.0, "divine": 2.5, "fluffy": 1.0, "thick": 0.5, "genuine": 1.2, "authentic": 1.2,
    "cheerful": 1.5, "fun": 1.5, "wow": 1.5, "yay": 1.5, "superior": 2.0, "effective": 1.5,
    # complaint
    "bad": -2.0, "terrible": -2.5, "awful": -2.5, "horrible": -2.5, "horrid": -2.5, "poor": -2.0,
    "poorly": -2.0, "worst": -3.0, "worse": -1.5, "rubbish": -2.5, "garbage": -2.5, "junk": -2.5,
    "trash": -2.5, "crap": -2.5, "useless": -2.5, "disappointed": -2.0, "disappointing": -2.0,
    "disappointment": -2.0, "hate": -2.5, "hated": -2.5, "broken": -2.0, "broke": -2.0, "breaks": -2.0,
    "break": -1.0, "cracked": -2.0, "crack": -1.5, "damaged": -2.0, "defective": -2.5, "faulty": -2.5,
    "scratched": -1.5, "scratches": -1.5, "scratch": -1.0, "dented": -1.0, "ripped": -1.5, "torn": -1.5,
    "hole": -1.2, "leak": -1.5, "leaks": -1.5, "leaked": -2.0, "leaking": -2.0, "stale": -2.0,
    "rotten": -2.5, "mouldy": -2.5, "moldy": -2.5, "dead": -2.0, "died": -2.0, "dies": -1.5, "dull": -1.0,
    "rust": -1.5, "rusty": -1.5, "flimsy": -2.0, "cheaply": -1.5, "cheap": 0.0, "overpriced": -2.0,
    "expensive": -0.8, "pricey": -0.8, "refund": -0.4, "refunded": -0.3, "return": -0.4, "returned": -0.5,
    "returning": -1.0, "wrong": -2.0, "missing": -1.8, "late": -1.2, "slow": -1.0, "delayed": -1.2,
    "lost": -1.5, "stuck": -1.2, "jammed": -2.0, "jam": -1.0, "noisy": -1.0, "loud": -0.6, "squeaks": -1.5,
    "squeaky": -1.5, "creaks": -1.2, "rattles": -1.2, "smelly": -1.8, "stinks": -2.0, "stink": -2.0,
    "fake": -2.5, "counterfeit": -2.5, "scam": -3.0, "shady": -2.0, "rude": -2.0, "unhelpful": -2.0,
    "ignored": -1.8, "nightmare": -2.5, "hassle": -1.5, "annoying": -1.5, "frustrating": -2.0,
    "uncomfortable": -1.5, "itchy": -1.5, "tight": -0.8, "problem": -1.0, "problems": -1.2, "issue": -1.0,
    "issues": -1.2, "fault": -1.0, "faults": -1.2, "complaint": -1.0, "complaints": -1.2, "regret": -2.0,
    "mistake": -1.5, "waste": -2.0, "wasted": -2.0, "unusable": -2.5, "rash": -2.0, "itch": -1.2,
    "allergic": -2.0, "burnt": -1.5, "burns": -1.2, "bitter": -1.0, "bland": -1.0, "greasy": -1.0,
    "overheats": -2.0, "overheating": -2.0, "crashes": -2.0, "crashing": -2.0, "freezes": -1.8,
    "flickers": -1.5, "flicker": -1.5, "disconnects": -1.5, "disconnecting": -1.5, "fails": -2.0,
    "failed": -2.0, "failure": -2.0, "worthless": -2.5, "avoid": -2.0, "beware": -2.0, "misleading": -2.0,
    "sucks": -2.5, "meh": -0.5, "mediocre": -1.2, "average": -0.2, "weak": -1.2, "dangerous": -2.0,
    "hazard": -2.0, "unacceptable": -2.5, "pathetic": -2.5, "ruined": -2.5, "soaked": -1.2, "wet": -0.8,
    "peeling": -1.5, "peel": -1.0, "fading": -1.2, "faded": -1.5, "fades": -1.2, "shrunk": -1.5,
    "shed": -1.0, "sheds": -1.0, "pilling": -1.5, "uneven": -1.2, "crooked": -1.2, "hurt": -1.5,
    "hurts": -1.5, "painful": -1.8, "sore": -1.2, "crumbs": -1.0, "sticky": -0.8, "clunky": -1.2,
    "hiss": -1.0, "wobbly": -1.2, "wobble": -1.0, "loose": -1.0, "chipped": -1.5, "bent": -1.2,
    "disgusting": -2.8, "gross": -2.5, "unhappy": -2.0, "upset": -1.8, "angry": -2.0, "sadly": -1.2,
    "unfortunately": -1.2, "shame": -1.0, "pity": -1.0, "sad": -1.5, "refuse": -1.2, "refused": -1.5,
    "wait": -0.3, "waiting": -0.8, "chase": -1.2, "never": 0.0, "heavy": -0.3, "confusing": -1.2,
    "ugly": -2.0, "tacky": -1.5, "hesitate": -0.5, "sceptical": -0.5, "skeptical": -0.5, "dirty": -1.8,
    "mighty": 1.5, "happily": 1.5, "justifies": 1.2, "justified": 1.2, "difference": 0.8, "argued": -1.5,
    "argue": -1.5, "badly": -1.5, "plasticky": -1.0, "forever": -1.0, "heavier": -0.5, "thinner": -0.6,
    "thin": -0.5, "flaky": -1.2, "blurry": -1.5, "smudged": -1.2, "rough": -1.0, "scratchy": -1.2,
    "used": 0.0, "stained": -1.8, "stain": -1.2, "smells": 0.0, "doubt": -0.8, "worried": -1.0,
}

# phrases (lower-case, spaces between words); matched before the words
EN_PHRASES: dict[str, float] = {
    "waste of money": -3.0, "waste of time": -2.5, "rip off": -2.8, "rip-off": -2.8, "fell apart": -2.5,
    "falls apart": -2.5, "falling apart": -2.5, "stopped working": -2.5, "stop working": -2.0,
    "quit working": -2.5, "came apart": -2.0, "let me down": -2.0, "let down": -2.0, "letting me down": -2.0,
    "don't bother": -2.5, "do not bother": -2.5, "don't buy": -2.8, "do not buy": -2.8,
    "don't waste": -2.5, "buy again": 2.0, "order again": 2.0, "buying again": 2.0, "ordering another": 1.5,
    "ordering again": 2.0, "would buy": 1.2, "will buy": 1.2, "highly recommend": 2.5, "five stars": 2.5,
    "5 stars": 2.5, "one star": -2.5, "1 star": -2.5, "zero stars": -3.0, "as described": 0.4,
    "as advertised": 0.8, "as expected": 0.2, "value for money": 1.5, "good value": 2.0, "great value": 2.5,
    "money back": -1.5, "not as described": -2.5, "nothing like": -2.0, "nothing special": -0.6,
    "so so": -0.3, "so-so": -0.3, "could be better": -0.8, "could have been better": -0.8,
    "you get what you pay for": -1.0, "not the best": -0.8, "fall off": -1.5, "fell off": -1.5,
    "came off": -1.5, "comes off": -1.5, "falls off": -1.5, "run small": -0.5, "runs small": -0.5,
    "run large": -0.5, "runs large": -0.5, "true to size": 1.2, "well made": 2.0, "well-made": 2.0,
    "badly made": -2.5, "poorly made": -2.5, "well packed": 1.5, "well packaged": 1.5, "badly packed": -2.0,
    "over the moon": 2.5, "no issues": 1.5, "no problems": 1.5, "no problem": 1.0, "no complaints": 1.8,
    "not a single complaint": 2.0, "can't fault": 2.0, "cannot fault": 2.0, "couldn't be happier": 2.8,
    "could not be happier": 2.8, "worth every penny": 2.8, "worth the wait": 2.0, "not worth": -2.0,
    "never again": -2.5, "the last": -0.5, "a joy": 2.0, "game changer": 2.5, "life saver": 2.5,
    "lifesaver": 2.5, "must have": 2.0, "must-have": 2.0, "changed my mind": 0.0, "on time": 0.8,
    "in perfect condition": 2.0, "perfect condition": 2.0, "good condition": 1.5, "brand new": 0.8,
    "brand-new": 0.8, "falling off": -1.5, "doesn't fit": -2.0, "does not fit": -2.0, "didn't fit": -2.0,
    "doesn't work": -2.5, "does not work": -2.5, "didn't work": -2.5, "won't work": -2.5, "not working": -2.5,
    "just buy it": 2.0, "go for it": 1.5, "can't go wrong": 2.0, "second to none": 2.5,
    "wanted to like": -1.5, "wanted to love": -1.5, "gave up": -1.5, "piece of junk": -3.0,
    "cheap looking": -1.5, "looks cheap": -1.8, "looked cheap": -1.8, "feels cheap": -1.8, "cheap and nasty": -2.5,
    "cheap and cheerful": 1.8, "a bit": 0.0, "thumbs up": 2.0, "thumbs down": -2.0,
    "does the job": 0.8, "did the job": 0.8, "does what it says": 1.2, "made a difference": 1.5,
    "huge difference": 1.8, "big difference": 1.5, "shop here again": 1.5, "buy from them again": 1.5,
    "probably the last": -1.5, "the last time": -1.0, "took ages": -1.2, "took forever": -1.2,
    "than i expected": -0.4, "than expected": -0.4, "than i thought": -0.4, "put it down": 0.0,
    "can't put it down": 2.0, "couldn't put it down": 2.0, "hasn't put it down": 2.0,
    "won't put it down": 2.0, "expected more": -1.5, "not impressed": -2.0,
}

# verbs of a product doing its job: nothing said when they are there, a complaint when negated
# ("won't charge", "never updated", "couldn't get it to work")
EN_NEGATABLE = frozenset({
    "work", "charge", "charges", "charging", "lock", "locks", "pair", "pairs", "connect", "connects",
    "turn", "turns", "close", "closes", "open", "opens", "stay", "stays", "hold", "holds", "stick",
    "sticks", "start", "starts", "load", "loads", "heat", "heats", "update", "updated", "updates",
    "replied", "reply", "respond", "responded", "answer", "answered", "arrive", "arrived", "fit", "last",
    "lasts", "lasted", "come", "came", "send", "sent", "match", "matches", "help", "helped",
    "clean", "cleans", "cut", "cuts", "fix", "fixed", "switch", "print", "prints", "boil", "boils",
})
# complaints whose denial is praise: "no problems", "not a single fault", 没有任何问题, 挑不出毛病
EN_TROUBLE = frozenset({"problem", "problems", "issue", "issues", "fault", "faults", "complaint",
                        "complaints", "defect", "defects", "flaw", "flaws"})
# explicit markers of sarcasm: what sounds like praise around them is not
EN_SARCASM = ("🙄", "/s", "yeah right", "just what i needed", "thanks for nothing", "oh great", "oh wonderful",
              "oh fantastic", "oh joy")
# the reviewer reserves judgement: the whole review counts half
EN_RESERVED = ("will update", "i'll update", "i'll see", "we'll see", "too early", "can't comment",
               "cannot comment", "can't say much", "time will tell", "remains to be seen", "yet to use",
               "haven't used", "not used it yet", "haven't tried")

EN_NEGATORS = frozenset({
    "not", "no", "never", "none", "nothing", "hardly", "barely", "without", "neither", "nor", "cannot",
    "can't", "cant", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt", "wasn't",
    "wasnt", "aren't", "arent", "weren't", "werent", "won't", "wont", "wouldn't", "wouldnt", "couldn't",
    "couldnt", "shouldn't", "haven't", "havent", "hasn't", "hasnt", "hadn't", "ain't", "nobody", "lack",
    "lacks", "lacking",
})

EN_INTENSIFIERS: dict[str, float] = {
    "very": 1.4, "really": 1.3, "so": 1.3, "super": 1.5, "extremely": 1.7, "incredibly": 1.7,
    "absolutely": 1.6, "totally": 1.5, "completely": 1.5, "truly": 1.4, "highly": 1.5, "utterly": 1.7,
    "most": 1.3, "such": 1.3, "quite": 1.1, "seriously": 1.4, "insanely": 1.7, "exceptionally": 1.7,
    "awfully": 1.5, "particularly": 1.2, "especially": 1.2, "definitely": 1.3, "much": 1.2, "way": 1.3,
    "bit": 0.6, "slightly": 0.6, "somewhat": 0.7, "little": 0.7, "fairly": 0.8, "rather": 0.9,
    "kinda": 0.7, "kind": 0.8, "pretty": 1.1, "almost": 0.8,
}
# "pretty" is an intensifier before a sentiment word ("pretty good") and a word of its own otherwise

# a clause after these outweighs the one before ("nice colour but it shrank")
EN_CONTRAST = frozenset({"but", "however", "though", "except", "unfortunately", "sadly", "shame", "pity",
                         "otherwise", "whereas"})
# a clause opened by these is outweighed by the next ("although it's cheap, it broke")
EN_CONCESSIVE = frozenset({"although", "though"})

# words that make a mild complaint of a neutral adjective after them: "too small", "a bit large"
EN_EXCESS = frozenset({"too", "overly"})
EN_MILD = frozenset({"bit", "slightly", "little", "tad", "somewhat"})
EN_DAMPENERS = frozenset({"guess", "suppose", "if", "hope", "hoping"})

# --- Chinese ------------------------------------------------------------------------------------

ZH_WORDS: dict[str, float] = {
    # praise
    "好": 1.5, "很好": 2.0, "不错": 1.8, "挺好": 1.8, "好用": 1.8, "好看": 1.8, "好吃": 2.0, "好喝": 2.0,
    "好闻": 1.5, "漂亮": 2.0, "美": 1.2, "美爆": 2.5, "精美": 2.0, "精致": 2.0, "可爱": 1.8, "喜欢": 2.0,
    "爱": 1.5, "爱了": 2.5, "满意": 2.0, "超值": 2.5, "物超所值": 2.8, "物美价廉": 2.8, "值得": 2.0,
    "值": 1.2, "划算": 2.0, "实惠": 1.8, "便宜": 0.5, "推荐": 2.0, "回购": 2.0, "赞": 2.0, "棒": 2.0,
    "完美": 2.5, "舒服": 1.8, "舒适": 1.8, "柔软": 1.2, "软": 0.6, "结实": 1.5, "耐用": 1.8, "扎实": 1.5,
    "稳": 1.0, "稳定": 1.2, "新鲜": 1.5, "香": 1.2, "清晰": 1.2, "快": 1.0, "很快": 1.5, "及时": 1.2,
    "方便": 1.5, "简单": 0.8, "贴心": 2.0, "耐心": 1.8, "热情": 1.8, "负责": 1.5, "给力": 2.0,
    "靠谱": 2.0, "正品": 1.5, "质感": 1.0, "高级": 1.5, "大气": 1.5, "合身": 1.5, "合适": 1.2,
    "刚好": 1.2, "正好": 1.2, "刚刚好": 1.5, "透气": 1.2, "轻便": 1.2, "暖和": 1.5, "好评": 2.0,
    "惊喜": 2.0, "开心": 2.0, "高兴": 2.0, "感谢": 1.5, "谢谢": 1.2, "超赞": 2.5, "太棒": 2.5, "优秀": 2.0,
    "一流": 2.5, "完好": 1.2, "完好无损": 1.8, "均匀": 1.0, "锋利": 1.0, "趁手": 1.5, "顺滑": 1.5,
    "顺畅": 1.5, "顺利": 1.5, "一致": 0.8, "一模一样": 1.5, "有效": 1.5, "健康": 1.0, "干净": 1.0,
    "清香": 1.5, "友好": 1.5, "专业": 1.5, "优惠": 1.0, "出乎意料": 1.0, "爱不释手": 2.5, "闭眼入": 2.5,
    "无可挑剔": 2.5, "放心": 1.5, "安心": 1.5, "省心": 1.5, "明亮": 1.0, "厚实": 1.0, "饱满": 1.2,
    "好评如潮": 2.5, "五星": 2.0, "好好": 1.5, "赞赞": 2.0, "点赞": 2.0, "值了": 2.0, "神器": 2.0,
    "宝藏": 2.0, "种草": 1.5, "良心": 2.0, "用心": 1.8, "细心": 1.5, "严实": 1.2, "仔细": 1.2,
    "满分": 2.5, "出色": 2.0, "可以": 0.5, "还可以": 0.2, "还行": 0.2, "还好": 0.2, "凑合": -0.2,
    "一般": -0.3, "一般般": -0.4, "普通": -0.2, "中规中矩": 0.0, "就那样": -0.4, "马马虎虎": -0.5,
    "没问题": 1.2,
    # complaint
    "差": -2.0, "很差": -2.5, "太差": -2.5, "差劲": -2.5, "差评": -2.5, "垃圾": -2.8, "坑": -2.0,
    "坑人": -2.5, "坏": -2.0, "坏了": -2.0, "破": -1.5, "破损": -2.0, "碎": -1.8, "裂": -1.8, "烂": -2.0,
    "太烂": -2.5, "失望": -2.2, "后悔": -2.2, "退货": -1.0, "退款": -0.8, "退了": -1.0, "漏": -1.5,
    "漏水": -2.0, "发霉": -2.5, "过期": -2.0, "受潮": -2.0, "变质": -2.5, "难吃": -2.5, "难喝": -2.5,
    "难闻": -2.0, "难看": -2.0, "难用": -2.5, "臭": -2.0, "刺鼻": -2.0, "异味": -1.8, "味道大": -1.5,
    "掉色": -2.0, "褪色": -2.0, "起球": -1.8, "开胶": -2.0, "开线": -1.8, "线头": -1.2, "掉毛": -1.5,
    "色差": -1.5, "假货": -2.8, "假": -1.5, "骗": -2.5, "骗人": -2.5, "欺骗": -2.5, "忽悠": -2.0,
    "慢": -1.2, "太慢": -1.8, "很慢": -1.8, "晚": -0.8, "延迟": -1.2, "丢件": -2.0, "丢了": -1.5,
    "错": -1.5, "发错": -2.5, "少了": -1.5, "缺": -1.2, "磨脚": -2.0, "夹脚": -1.8, "紧": -0.6,
    "不合适": -1.5, "问题": -1.0, "毛病": -1.0, "麻烦": -1.2, "折腾": -1.5, "无语": -2.0, "呵呵": -1.5,
    "气死": -2.5, "生气": -2.0, "恶心": -2.5, "敷衍": -2.0, "态度差": -2.5, "不理": -2.0, "不回": -1.8,
    "吵": -1.2, "噪音": -1.2, "响": -0.6, "卡": -1.0, "卡顿": -1.8, "卡住": -1.8, "死机": -2.0,
    "闪退": -2.0, "断网": -1.5, "发烫": -1.5, "发热": -1.0, "过敏": -2.0, "红疹": -2.0, "爆痘": -2.0,
    "刺激": -1.2, "生锈": -2.0, "钝": -1.2, "薄": -0.6, "廉价": -1.8, "粗糙": -1.8, "劣质": -2.5,
    "次品": -2.5, "残次": -2.5, "瑕疵": -1.8, "划痕": -1.5, "脏": -1.8, "污渍": -1.8, "变形": -1.8,
    "塌": -1.5, "松": -0.8, "歪": -1.2, "糊": -1.5, "焦": -1.2, "苦": -0.8, "陈": -1.0, "碎末": -1.2,
    "智商税": -2.8, "上当": -2.5, "别买": -2.8, "慎买": -2.5, "慎入": -2.0, "不推荐": -2.2,
    "坑爹": -2.5, "心累": -1.8, "糟糕": -2.5, "糟": -2.0, "差远了": -2.5, "不值": -2.0, "不行": -1.8,
    "危险": -2.0, "吓人": -2.0, "没用": -2.2, "没法用": -2.5, "用不了": -2.5, "不能用": -2.5,
    "坏掉": -2.0, "散架": -2.5, "掉漆": -2.0, "掉了": -1.0, "裂了": -2.0, "破了": -1.8, "湿透": -1.5,
    "泡坏": -2.0, "死了": -2.0, "偷": -1.5, "不管": -1.5, "贵": -0.8, "太贵": -1.8, "偏贵": -1.0,
    "渣": -1.2, "扁": -1.0, "压扁": -1.8, "压瘪": -1.2, "刮花": -1.5, "不满": -2.0, "投诉": -2.0,
    "欺诈": -2.8, "无良": -2.5, "黑店": -2.8, "痛": -1.2, "疼": -1.2, "难受": -1.8, "粘": -0.8,
    "掉": -0.6, "软塌": -1.2, "嘎吱": -1.2, "吱吱": -1.2, "晃": -0.8, "闪": -0.8, "湿": -0.8,
    "等了": -0.6, "催": -1.0, "便宜没好货": -2.0, "不耐用": -2.0, "失败": -1.8, "遗憾": -1.2,
    "可惜": -1.0, "半信半疑": -0.5,
    "还好看": 1.5, "还好用": 1.5, "还好吃": 1.5, "还好喝": 1.5, "还好闻": 1.2, "正": 0.8, "对得起": 1.5,
    "对不起": -1.5, "再来": 1.0, "会再买": 1.5, "能用": 0.6, "不撒手": 2.0, "断": -1.0, "才到": -1.2,
    "才收到": -1.2, "才送到": -1.2, "才发货": -1.2, "说好的": -1.0, "号称": -0.5, "最后一次": -1.5,
    "有什么用": -1.5, "没得说": 2.0, "没话说": 2.0, "没毛病": 2.0, "差强人意": -0.8,
}

# complaints whose denial is praise (没有问题, 挑不出毛病)
ZH_TROUBLE = frozenset({"问题", "毛病", "瑕疵", "缺点", "异味", "色差", "线头"})
# after a verb, 不 + these says it cannot be done: 装不上, 锁不住, 穿不进, 打不开, 充不满
ZH_CANNOT = frozenset({"上", "住", "进", "动", "开", "满", "起", "了"})
ZH_SARCASM = ("呵呵", "🙄", "服了", "真是服", "好得很呢", "可真行")
ZH_RESERVED = ("再看看", "再来评价", "再评价", "追评", "不好说", "还没用", "还没开始用", "有待观察", "用了再")

ZH_NEGATORS = frozenset({"不", "没", "没有", "无", "别", "未", "非", "不太", "不怎么", "并不", "并没有",
                         "毫无", "从不", "从来没", "从来没有", "没什么", "不是很", "不算", "不够", "不会",
                         "一点都不", "一点也不", "根本不", "根本没", "完全不", "不再", "没那么"})

ZH_INTENSIFIERS: dict[str, float] = {
    "很": 1.3, "非常": 1.5, "特别": 1.5, "超": 1.5, "超级": 1.6, "太": 1.5, "真": 1.3, "真的": 1.3,
    "好": 1.2, "十分": 1.5, "极": 1.7, "极其": 1.7, "巨": 1.6, "贼": 1.5, "挺": 1.1, "蛮": 1.1,
    "相当": 1.4, "最": 1.6, "更": 1.2, "还": 0.9, "比较": 0.9, "有点": 0.6, "有些": 0.6, "稍微": 0.6,
    "略": 0.6, "略微": 0.6, "一点": 0.7, "完全": 1.4, "实在": 1.4, "严重": 1.5, "绝对": 1.4,
    "简直": 1.5, "尤其": 1.3, "格外": 1.4, "太过": 1.5,
}

ZH_CONTRAST = frozenset({"但", "但是", "可是", "不过", "就是", "只是", "然而", "可惜", "却", "结果", "偏偏"})
ZH_CONCESSIVE = frozenset({"虽然", "虽", "尽管", "本来", "原以为", "本以为"})
# "偏大", "太紧" — a neutral word after these is a mild complaint
ZH_EXCESS = frozenset({"太", "偏", "过于", "有点", "有些", "稍微", "略"})
ZH_EXCESS_TARGETS = frozenset({"大", "小", "长", "短", "重", "厚", "薄", "硬", "深", "浅", "淡", "咸",
                               "甜", "冷", "热", "宽", "窄", "松", "紧", "高", "低", "轻", "暗", "亮"})

# --- emoji --------------------------------------------------------------------------------------

EMOJI: dict[str, float] = {
    "❤️": 2.0, "❤": 2.0, "😍": 2.5, "🥰": 2.5, "😊": 1.5, "🙂": 1.0, "😀": 1.5, "😄": 1.8, "😁": 1.8,
    "👍": 2.0, "👌": 1.5, "💯": 2.5, "🎉": 1.5, "✨": 1.0, "🌟": 1.5, "⭐": 1.0, "😘": 1.5, "🤩": 2.5,
    "😂": 0.5, "😐": -0.4, "😑": -0.6, "🤔": -0.3, "😕": -1.0, "🙁": -1.5, "☹️": -1.5, "😞": -2.0,
    "😢": -2.0, "😭": -2.0, "😡": -2.5, "😠": -2.5, "🤬": -2.8, "👎": -2.5, "💩": -2.5, "🙄": -2.0,
    "😤": -2.0, "🤮": -2.8, "💔": -2.0,
}

# --- topics: keyword families -------------------------------------------------------------------
# English keys are word starts (matched at a word boundary), Chinese keys are substrings.

TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "size": (("size", "sizing", "fit", "fits", "fitted", "too small", "too big", "too large", "too tight",
              "too loose", "runs small", "runs large", "run small", "run large", "true to size", "sleeve",
              "length", "waist", "snug"),
             ("尺码", "尺寸", "码数", "偏大", "偏小", "合身", "大一码", "小一码", "大一号", "小一号",
              "太大", "太小", "太紧", "太松", "穿不进", "袖子", "袖长", "腰围", "码")),
    "shipping": (("shipping", "shipped", "delivery", "delivered", "deliver", "arrived", "arrive",
                  "courier", "tracking", "dispatch", "postage", "transit", "express", "took a month",
                  "weeks to arrive", "late"),
                 ("快递", "物流", "发货", "到货", "送货", "配送", "顺丰", "运输", "派送", "收货", "到得",
                  "才到", "送到", "快递员", "快递小哥", "邮寄", "寄来", "单号")),
    "quality": (("quality", "well made", "made", "stitching", "material", "fabric", "build", "craftsmanship",
                 "flimsy", "sturdy", "durable", "broke", "broken", "fell apart", "cheaply", "thread",
                 "seams", "finish"),
                ("质量", "做工", "面料", "材质", "用料", "线头", "结实", "耐用", "质感", "散架", "劣质",
                 "粗糙", "开线", "开胶", "坏了", "品质")),
    "packaging": (("packaging", "packaged", "packed", "package", "box", "wrapped", "wrapping", "seal",
                   "parcel", "crushed", "dented"),
                  ("包装", "破损", "盒子", "纸箱", "压扁", "压瘪", "封口", "包裹", "包得", "礼盒", "外包装")),
    "price": (("price", "priced", "value", "money", "expensive", "overpriced", "cheap", "cost", "worth",
               "bargain", "pricey", "sale", "rip-off", "rip off", "penny"),
              ("价格", "性价比", "便宜", "太贵", "价位", "划算", "实惠", "值得", "物超所值", "不值",
               "智商税", "打折", "原价", "物美价廉", "贵")),
    "service": (("seller", "customer service", "service", "support", "replied", "reply", "response",
                 "communication", "refund", "return", "exchange", "replacement"),
                ("客服", "售后", "卖家", "商家", "退款", "退货", "换货", "服务", "态度", "回复", "回消息",
                 "沟通", "补发")),
    "accuracy": (("as described", "not as described", "description", "described", "photo", "photos", "picture",
                  "pictures", "pictured", "listing", "advertised", "colour", "color", "wrong item",
                  "nothing like"),
                 ("色差", "与描述不符", "和描述", "跟描述", "描述", "图片", "实物", "照片", "发错", "货不对板",
                  "不一样", "一模一样", "颜色")),
    "smell": (("smell", "smells", "smelled", "scent", "odour", "odor", "stink", "stinks", "fragrance", "whiff"),
              ("味道", "气味", "异味", "刺鼻", "香味", "难闻", "好闻", "臭", "留香", "甲醛")),
    "battery": (("battery", "charge", "charging", "charger", "power bank", "runtime"),
                ("电池", "充电", "续航", "电量", "充电宝", "没电", "待机")),
    "taste": (("taste", "tastes", "tasted", "flavour", "flavor", "delicious", "tasty", "stale", "sweet",
               "salty", "bitter", "fresh", "crunchy"),
              ("口感", "口味", "味道", "好吃", "难吃", "好喝", "难喝", "新鲜", "受潮", "甜", "咸", "苦",
               "香脆", "过期", "变质")),
    "comfort": (("comfortable", "comfy", "uncomfortable", "hurt", "hurts", "blister", "itchy", "soft"),
                ("舒服", "舒适", "磨脚", "夹脚", "柔软", "扎人", "不舒服", "硌")),
    "function": (("works", "stopped working", "doesn't work", "not working", "defective", "faulty",
                  "crash", "crashes", "freezes", "pair", "connect", "disconnecting", "app", "noise", "loud",
                  "leak", "leaked", "leaks"),
                 ("用不了", "不能用", "故障", "死机", "闪退", "连不上", "断网", "漏水", "噪音", "声音", "失灵",
                  "功能")),
}

TOPIC_NAMES: dict[str, tuple[str, str]] = {
    "size": ("Size and fit", "尺码"), "shipping": ("Shipping and delivery", "物流"),
    "quality": ("Quality", "质量"), "packaging": ("Packaging", "包装"), "price": ("Price and value", "价格"),
    "service": ("Service", "客服与售后"), "accuracy": ("Matches the description", "与描述相符"),
    "smell": ("Smell", "气味"), "battery": ("Battery", "电池"), "taste": ("Taste", "口味"),
    "comfort": ("Comfort", "舒适度"), "function": ("Works as it should", "功能"),
}
