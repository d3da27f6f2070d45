"""Words the sandbox shop is made of: categories, product-name parts, people, places, review and
ticket texts, in Simplified Chinese and English.

Everything here is plain data; :mod:`merchant_app.sandbox.seed` composes it into records with a
seeded ``random.Random``. Tuples (never sets) keep iteration order stable, so the same seed always
gives the same shop. Pairs are written ``(english, chinese)``.

Public names:

- ``CATEGORIES``: ``dict[str, Category]`` (12 categories, insertion-ordered), each with its return
  and refund rates, quality (mean star rating before adjustments), price range in fen, option axes
  and name parts.
- ``SURNAMES_ZH``, ``GIVEN_NAMES_ZH``, ``FIRST_NAMES_EN``, ``LAST_NAMES_EN``: customer names.
- ``PROVINCES``: ``(province, ((city, (districts...), postal prefix), ...))``; ``STREETS_ZH``.
- ``FOREIGN_PLACES``: ``(country code, region, city, postal code, street names)``.
- ``REVIEW_SENTENCES[lang][sentiment][topic]`` with lang ``"en"``/``"zh"``, sentiment
  ``"positive"``/``"neutral"``/``"negative"``; ``REVIEW_TITLES[lang][sentiment]``.
- ``TICKET_SUBJECTS[type][lang]``, ``CUSTOMER_MESSAGES[type][lang]``, ``AGENT_REPLIES[...]``,
  ``FOLLOW_UPS``, ``INTERNAL_NOTES``, ``REVIEW_REPLIES``.
- Dirty-data sources: ``LONG_TITLE_PARTS``, ``EMOJI``, ``ODD_FRAGMENTS``.
"""

from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]


@dataclass(frozen=True)
class OptionAxis:
    """One way a product varies (size, colour...); values are (en, zh) pairs.

    ``price_steps`` > 0 means later values cost more (capacity, weight): each step adds that
    fraction of the base price.
    """

    name: str
    values: tuple[Pair, ...]
    price_steps: float = 0.0


@dataclass(frozen=True)
class Category:
    key: str
    name_zh: str
    return_rate: float      # share of delivered orders that come back as a return/exchange ticket
    refund_rate: float      # share of orders that get a refund-only ticket (damaged, missing...)
    quality: float          # mean star rating of a typical product before returns drag it down
    price_range: tuple[int, int]   # fen
    weight_range: tuple[int, int]  # grams
    axes: tuple[OptionAxis, ...]
    brands: tuple[str, ...]
    adjectives: tuple[Pair, ...]
    nouns: tuple[Pair, ...]
    qualifiers: tuple[Pair, ...]
    tags: tuple[str, ...]
    topics: tuple[str, ...]  # review topics that make sense for the category


_COLOURS: tuple[Pair, ...] = (
    ("Black", "黑色"), ("White", "白色"), ("Grey", "灰色"), ("Navy", "藏青"), ("Beige", "米色"),
    ("Sage Green", "鼠尾草绿"), ("Dusty Pink", "豆沙粉"), ("Camel", "驼色"), ("Sky Blue", "天蓝"),
    ("Burgundy", "酒红"),
)
_SIZES: tuple[Pair, ...] = (("XS", "XS"), ("S", "S"), ("M", "M"), ("L", "L"), ("XL", "XL"), ("XXL", "XXL"))
_SHOE_SIZES: tuple[Pair, ...] = tuple((str(s), str(s)) for s in range(35, 46))

CATEGORIES: dict[str, Category] = {c.key: c for c in (
    Category(
        "apparel", "服饰", 0.20, 0.02, 4.15, (3900, 89900), (150, 1400),
        (OptionAxis("size", _SIZES), OptionAxis("colour", _COLOURS)),
        ("Lumi", "Hanfeng", "Urban Thread", "MUSE & MOSS", "北屿", "棉知"),
        (("Ultra-light", "轻薄"), ("Oversized", "宽松"), ("Slim-fit", "修身"), ("Warm", "保暖"),
         ("Linen", "亚麻"), ("Cashmere-blend", "羊绒混纺"), ("Quilted", "绗缝"), ("Washed", "水洗"),
         ("Cropped", "短款"), ("Pleated", "百褶")),
        (("Down Jacket", "羽绒服"), ("Hoodie", "连帽卫衣"), ("Shirt", "衬衫"), ("Knit Cardigan", "针织开衫"),
         ("Wide-leg Trousers", "阔腿裤"), ("Midi Skirt", "半身裙"), ("Trench Coat", "风衣"), ("T-shirt", "T恤"),
         ("Pyjama Set", "睡衣套装"), ("Fleece Vest", "摇粒绒马甲")),
        (("Women", "女款"), ("Men", "男款"), ("Unisex", "男女同款"), ("Winter", "冬季"), ("Spring Edition", "春季新款"),
         ("Commuter Style", "通勤风"), ("Relaxed Fit", "休闲版型")),
        ("new-season", "bestseller", "cotton", "outerwear", "basics"),
        ("size", "quality", "colour", "shipping", "packaging", "price", "service"),
    ),
    Category(
        "shoes", "鞋靴", 0.16, 0.02, 4.2, (9900, 129900), (400, 1600),
        (OptionAxis("size", _SHOE_SIZES), OptionAxis("colour", _COLOURS[:6])),
        ("Stride", "Lumi Walk", "踏云", "Pebble & Co."),
        (("Cushioned", "缓震"), ("Breathable", "透气"), ("Waterproof", "防水"), ("Lightweight", "轻便"),
         ("Chunky", "厚底"), ("Leather", "真皮"), ("Knit", "飞织"), ("Non-slip", "防滑")),
        (("Running Shoes", "跑步鞋"), ("Sneakers", "板鞋"), ("Chelsea Boots", "切尔西靴"), ("Loafers", "乐福鞋"),
         ("Sandals", "凉鞋"), ("Hiking Boots", "登山靴"), ("Slippers", "拖鞋"), ("Canvas Shoes", "帆布鞋")),
        (("Women", "女款"), ("Men", "男款"), ("All Seasons", "四季款"), ("Kids", "儿童款")),
        ("footwear", "running", "everyday", "bestseller"),
        ("size", "quality", "colour", "shipping", "packaging", "price", "smell"),
    ),
    Category(
        "beauty", "美妆个护", 0.05, 0.03, 4.4, (2900, 59900), (50, 600),
        (OptionAxis("volume", (("30 ml", "30毫升"), ("50 ml", "50毫升"), ("100 ml", "100毫升")), 0.6),
         OptionAxis("shade", (("Ivory", "象牙白"), ("Natural", "自然色"), ("Warm Beige", "暖米色"), ("Honey", "蜜色")))),
        ("Aurelle", "清屿", "Petal Lab", "素研"),
        (("Hydrating", "补水"), ("Soothing", "舒缓"), ("Brightening", "亮肤"), ("Gentle", "温和"),
         ("Long-wear", "持妆"), ("Fragrance-free", "无香"), ("Oil-control", "控油")),
        (("Face Serum", "精华液"), ("Cleansing Foam", "洁面泡沫"), ("Sunscreen SPF50", "防晒霜SPF50"),
         ("Lip Tint", "唇釉"), ("Cushion Foundation", "气垫粉底"), ("Hand Cream", "护手霜"),
         ("Sheet Masks", "面膜"), ("Shampoo", "洗发水")),
        (("Sensitive Skin", "敏感肌适用"), ("Travel Size", "旅行装"), ("Gift Set", "礼盒装"), ("Daily Use", "日常款")),
        ("skincare", "makeup", "gift", "bestseller"),
        ("quality", "smell", "packaging", "shipping", "price", "service", "colour"),
    ),
    Category(
        "electronics", "数码电器", 0.08, 0.02, 4.25, (5900, 399900), (80, 2500),
        (OptionAxis("colour", _COLOURS[:4]),
         OptionAxis("capacity", (("64 GB", "64GB"), ("128 GB", "128GB"), ("256 GB", "256GB")), 0.35)),
        ("Voltra", "声屿", "Kinetix", "Lumi Tech", "极点"),
        (("Wireless", "无线"), ("Noise-cancelling", "降噪"), ("Fast-charging", "快充"), ("Portable", "便携"),
         ("Smart", "智能"), ("Ultra-thin", "超薄"), ("Waterproof", "防水")),
        (("Earbuds", "蓝牙耳机"), ("Power Bank", "充电宝"), ("Smart Watch", "智能手表"), ("Bluetooth Speaker", "蓝牙音箱"),
         ("USB-C Hub", "扩展坞"), ("Mechanical Keyboard", "机械键盘"), ("Desk Lamp", "护眼台灯"),
         ("Action Camera", "运动相机"), ("Memory Card", "存储卡")),
        (("2025 Model", "2025款"), ("Pro", "Pro版"), ("with Case", "附保护套"), ("Student Edition", "学生款")),
        ("gadgets", "audio", "charging", "gift"),
        ("quality", "shipping", "packaging", "price", "service", "function"),
    ),
    Category(
        "home", "家居", 0.06, 0.02, 4.3, (1900, 159900), (200, 9000),
        (OptionAxis("size", (("Small", "小号"), ("Medium", "中号"), ("Large", "大号")), 0.4),
         OptionAxis("colour", _COLOURS[:5])),
        ("Nordic Oak", "栖木", "Casa Lumi", "素居"),
        (("Solid Wood", "实木"), ("Minimalist", "极简"), ("Foldable", "可折叠"), ("Soft", "柔软"),
         ("Cotton", "纯棉"), ("Stackable", "可叠放"), ("Dust-proof", "防尘")),
        (("Storage Box", "收纳箱"), ("Throw Blanket", "盖毯"), ("Bedding Set", "四件套"), ("Floor Lamp", "落地灯"),
         ("Shoe Rack", "鞋架"), ("Cushion Cover", "抱枕套"), ("Wall Clock", "挂钟"), ("Laundry Basket", "脏衣篮")),
        (("Set of 2", "两件装"), ("Household", "家用"), ("Bedroom", "卧室用"), ("Living Room", "客厅款")),
        ("home", "storage", "decor", "bedding"),
        ("quality", "size", "colour", "shipping", "packaging", "price", "smell", "service"),
    ),
    Category(
        "kitchen", "厨具", 0.04, 0.02, 4.4, (1500, 129900), (150, 6000),
        (OptionAxis("size", (("Small", "小号"), ("Medium", "中号"), ("Large", "大号")), 0.3),
         OptionAxis("capacity", (("0.5 L", "0.5升"), ("1 L", "1升"), ("1.5 L", "1.5升")), 0.3)),
        ("Nordic Oak", "厨匠", "Hearth & Pan", "锅小二"),
        (("Non-stick", "不粘"), ("Stainless Steel", "不锈钢"), ("Cast Iron", "铸铁"), ("Bamboo", "竹制"),
         ("Insulated", "保温"), ("Ceramic", "陶瓷")),
        (("Frying Pan", "煎锅"), ("Cutting Board", "砧板"), ("Knife Set", "刀具套装"), ("Thermos Flask", "保温杯"),
         ("Rice Cooker", "电饭煲"), ("Lunch Box", "饭盒"), ("Kettle", "烧水壶"), ("Spice Rack", "调料架")),
        (("Large", "大号"), ("Family Size", "家庭装"), ("Induction Compatible", "电磁炉可用"), ("Gift Box", "礼盒")),
        ("kitchen", "cookware", "tableware"),
        ("quality", "size", "shipping", "packaging", "price", "smell", "service", "function"),
    ),
    Category(
        "toys", "玩具", 0.05, 0.03, 4.35, (1900, 69900), (100, 3000),
        (OptionAxis("age", (("3+", "3岁以上"), ("6+", "6岁以上"), ("8+", "8岁以上"))),
         OptionAxis("colour", _COLOURS[:4])),
        ("Pip & Pals", "小森林", "BrickJoy", "童趣岛"),
        (("Educational", "益智"), ("Wooden", "木质"), ("Remote-control", "遥控"), ("Plush", "毛绒"),
         ("Magnetic", "磁力"), ("Musical", "音乐")),
        (("Building Blocks", "积木"), ("Puzzle", "拼图"), ("Stuffed Bunny", "兔子玩偶"), ("Race Car", "赛车"),
         ("Drawing Board", "画板"), ("Tea Party Set", "过家家套装"), ("Kite", "风筝")),
        (("for Kids", "儿童款"), ("Gift Box", "礼盒装"), ("100 pcs", "100块"), ("Starter Kit", "入门套装")),
        ("kids", "gift", "educational"),
        ("quality", "packaging", "shipping", "price", "smell", "service", "colour"),
    ),
    Category(
        "sports", "运动户外", 0.08, 0.02, 4.3, (2900, 199900), (100, 12000),
        (OptionAxis("size", _SIZES[1:5]), OptionAxis("colour", _COLOURS[:5])),
        ("Peakline", "野径", "Stride", "动研"),
        (("Quick-dry", "速干"), ("Anti-slip", "防滑"), ("Adjustable", "可调节"), ("High-elastic", "高弹"),
         ("Ultralight", "超轻"), ("Windproof", "防风")),
        (("Yoga Mat", "瑜伽垫"), ("Dumbbell Set", "哑铃套装"), ("Camping Tent", "露营帐篷"), ("Cycling Jersey", "骑行服"),
         ("Jump Rope", "跳绳"), ("Trekking Poles", "登山杖"), ("Sports Bra", "运动内衣"), ("Water Bottle", "运动水壶")),
        (("Beginner", "新手款"), ("Outdoor", "户外"), ("Home Gym", "居家健身"), ("2 Person", "双人")),
        ("fitness", "outdoor", "yoga"),
        ("quality", "size", "colour", "shipping", "packaging", "price", "smell", "service"),
    ),
    Category(
        "food", "食品", 0.01, 0.04, 4.45, (990, 29900), (100, 5000),
        (OptionAxis("weight", (("250 g", "250克"), ("500 g", "500克"), ("1 kg", "1千克")), 0.8),
         OptionAxis("flavour", (("Original", "原味"), ("Spicy", "香辣"), ("Honey", "蜂蜜味"), ("Sea Salt", "海盐味")))),
        ("禾田", "Orchard Lane", "山里来", "Golden Hive"),
        (("Organic", "有机"), ("Hand-roasted", "手工烘焙"), ("Sugar-free", "无糖"), ("Fresh", "新鲜"),
         ("Sun-dried", "晒干"), ("Premium", "精选")),
        (("Mixed Nuts", "每日坚果"), ("Green Tea", "绿茶"), ("Dried Mango", "芒果干"), ("Coffee Beans", "咖啡豆"),
         ("Honey", "蜂蜜"), ("Rice Noodles", "米粉"), ("Dark Chocolate", "黑巧克力"), ("Oolong Tea", "乌龙茶")),
        (("Gift Box", "礼盒装"), ("Family Pack", "家庭装"), ("Single Servings", "独立小包装"), ("Spring Harvest", "春季采摘")),
        ("snacks", "tea", "gift", "organic"),
        ("quality", "packaging", "shipping", "price", "service", "taste"),
    ),
    Category(
        "books", "图书", 0.01, 0.02, 4.55, (1500, 19900), (150, 1500),
        (OptionAxis("format", (("Paperback", "平装"), ("Hardcover", "精装")), 0.5),),
        ("Lantern Press", "青灯出版", "Riverside Books", "知行书局"),
        (("Illustrated", "图解"), ("Complete", "全集"), ("Beginner's", "入门"), ("Annotated", "注释版"),
         ("Bilingual", "双语")),
        (("Cookbook", "菜谱"), ("Travel Guide", "旅行指南"), ("Picture Book", "绘本"), ("Poetry Collection", "诗集"),
         ("Programming Handbook", "编程手册"), ("History Reader", "历史读本"), ("Sketching Course", "素描教程")),
        (("2nd Edition", "第二版"), ("Set of 3", "套装3册"), ("for Children", "少儿版"), ("Signed Copy", "签名版")),
        ("reading", "gift", "education"),
        ("quality", "packaging", "shipping", "price", "service", "content"),
    ),
    Category(
        "pets", "宠物用品", 0.04, 0.03, 4.35, (1200, 59900), (100, 10000),
        (OptionAxis("size", (("Small", "小型犬/猫"), ("Medium", "中型犬"), ("Large", "大型犬")), 0.4),
         OptionAxis("flavour", (("Chicken", "鸡肉味"), ("Salmon", "三文鱼味"), ("Beef", "牛肉味")))),
        ("Paw Republic", "毛孩日记", "Whisker & Co.", "喵汪"),
        (("Grain-free", "无谷"), ("Chew-proof", "耐咬"), ("Self-cleaning", "自清洁"), ("Cozy", "暖和"),
         ("Reflective", "反光")),
        (("Cat Litter", "猫砂"), ("Dog Leash", "牵引绳"), ("Pet Bed", "宠物窝"), ("Dry Food", "干粮"),
         ("Scratching Post", "猫抓板"), ("Chew Toy", "磨牙玩具"), ("Grooming Brush", "梳毛刷")),
        (("for Cats", "猫用"), ("for Dogs", "狗用"), ("Value Pack", "实惠装"), ("Four Seasons", "四季通用")),
        ("cats", "dogs", "pet-care"),
        ("quality", "size", "smell", "shipping", "packaging", "price", "service"),
    ),
    Category(
        "jewelry", "珠宝配饰", 0.09, 0.02, 4.2, (4900, 299900), (10, 300),
        (OptionAxis("material", (("Sterling Silver", "925银"), ("Gold-plated", "镀金"), ("Rose Gold", "玫瑰金")), 0.5),
         OptionAxis("length", (("40 cm", "40厘米"), ("45 cm", "45厘米"), ("Adjustable", "可调节")))),
        ("Aurelle", "拾光", "Moonstone Atelier", "银匠铺"),
        (("Minimal", "简约"), ("Freshwater Pearl", "淡水珍珠"), ("Hand-made", "手工"), ("Vintage", "复古"),
         ("Hypoallergenic", "防过敏")),
        (("Necklace", "项链"), ("Stud Earrings", "耳钉"), ("Bracelet", "手链"), ("Ring", "戒指"),
         ("Hair Clip", "发夹"), ("Brooch", "胸针")),
        (("Gift Box", "礼盒装"), ("for Her", "送女友"), ("Everyday", "日常百搭"), ("Limited", "限定款")),
        ("gift", "silver", "accessories"),
        ("quality", "colour", "size", "shipping", "packaging", "price", "service"),
    ),
)}

# Listing descriptions: short bilingual blurbs; {noun} is filled in.
DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "A {noun} made for everyday use, checked by hand before it leaves our warehouse.",
        "Our best-selling {noun}, now in more options. Ships from Shanghai within 48 hours.",
        "Designed in-house and tested for months by our own team before launch.",
        "Simple, sturdy and easy to look after. See the size chart before ordering.",
        "Limited batch. Colours may look slightly different on different screens.",
        "Comes with a 7-day no-questions return promise (unused items in original packaging).",
    ),
    "zh": (
        "日常好用的{noun}，每一件出库前都经过人工检查。",
        "店铺热销{noun}，新增多款可选，上海仓48小时内发货。",
        "自主设计，团队实测数月后才正式上架。",
        "简单耐用，易于打理。下单前请参考尺码表。",
        "小批量生产，不同屏幕显示颜色可能略有差异。",
        "支持7天无理由退货（商品未使用且包装完好）。",
        "如有任何问题请联系在线客服，我们会在工作时间内尽快回复。",
    ),
}

BLOCKED_REASONS: tuple[str, ...] = (
    "Title contains a prohibited superlative claim (广告法: 最/第一)",
    "Brand authorisation certificate expired; upload a new one to relist",
    "Suspected counterfeit reported by rights holder; under platform review",
    "Missing mandatory CCC certification for this product type",
    "Product images contain external contact information",
)

# --- people and places -----------------------------------------------------------------------

SURNAMES_ZH: tuple[str, ...] = (
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
    "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘",
    "袁", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "欧阳", "司马",
)
GIVEN_NAMES_ZH: tuple[str, ...] = (
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
    "霞", "平", "刚", "桂英", "子涵", "欣怡", "梓萱", "浩然", "宇轩", "思远", "雨桐", "一诺", "佳怡", "俊杰",
    "晓明", "雪梅", "建华", "志强", "海燕", "文博", "嘉怡", "天宇", "若曦", "晨曦", "可馨", "梦瑶", "子墨",
    "博文", "诗涵", "明轩", "紫琪", "昊天", "语嫣", "乐乐", "小雨", "晓婷", "立新", "国庆", "春燕", "秋菊",
    "凯", "鹏",
)
# Romanised forms of a few common surnames, for e-mail local parts.
PINYIN_SURNAMES: dict[str, str] = {
    "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "黄": "huang",
    "赵": "zhao", "吴": "wu", "周": "zhou", "徐": "xu", "孙": "sun", "马": "ma", "朱": "zhu", "胡": "hu",
    "郭": "guo", "何": "he", "林": "lin", "罗": "luo", "高": "gao", "郑": "zheng", "梁": "liang", "谢": "xie",
    "宋": "song", "唐": "tang", "许": "xu", "韩": "han", "冯": "feng", "邓": "deng", "曹": "cao",
}
FIRST_NAMES_EN: tuple[str, ...] = (
    "Olivia", "Liam", "Emma", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Sophie", "James", "Chloe", "Daniel",
    "Grace", "Samuel", "Hannah", "Oscar", "Isla", "Leo", "Ruby", "Henry", "Zoe", "Max", "Ella", "Jack",
    "Amelia", "Theo", "Freya", "Felix", "Nora", "Arjun", "Priya", "Kenji", "Yuki", "Hana", "Mateo", "Lena",
    "Jonas", "Clara", "Wei Jie", "Mei Ling",
)
LAST_NAMES_EN: tuple[str, ...] = (
    "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Martin", "Anderson", "Thompson", "White", "Harris",
    "Clarke", "Walker", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter",
    "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Evans", "Edwards", "Collins", "Stewart",
    "Müller", "Schmidt", "Tanaka", "Sato", "Nguyen", "Tan", "Lim", "O'Brien", "García", "Rossi",
)
EMAIL_DOMAINS_ZH: tuple[str, ...] = ("qq.example.com", "163.example.com", "example.cn.invalid", "example.com")
EMAIL_DOMAINS_EN: tuple[str, ...] = ("example.com", "example.net", "example.org", "mail.example.com")

# (province, ((city, (districts...), postal prefix), ...))
PROVINCES: tuple[tuple[str, tuple[tuple[str, tuple[str, ...], str], ...]], ...] = (
    ("上海市", (("上海市", ("浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区", "长宁区"), "200"),)),
    ("北京市", (("北京市", ("朝阳区", "海淀区", "东城区", "丰台区", "通州区"), "100"),)),
    ("广东省", (("广州市", ("天河区", "越秀区", "番禺区", "海珠区"), "510"),
               ("深圳市", ("南山区", "福田区", "宝安区", "龙岗区"), "518"),
               ("佛山市", ("禅城区", "顺德区"), "528"))),
    ("浙江省", (("杭州市", ("西湖区", "滨江区", "余杭区", "拱墅区"), "310"),
               ("宁波市", ("鄞州区", "海曙区"), "315"),
               ("温州市", ("鹿城区", "瓯海区"), "325"))),
    ("江苏省", (("南京市", ("鼓楼区", "玄武区", "江宁区"), "210"),
               ("苏州市", ("姑苏区", "工业园区", "吴中区"), "215"),
               ("无锡市", ("梁溪区", "滨湖区"), "214"))),
    ("四川省", (("成都市", ("锦江区", "武侯区", "高新区", "青羊区"), "610"), ("绵阳市", ("涪城区",), "621"))),
    ("湖北省", (("武汉市", ("江汉区", "武昌区", "洪山区"), "430"), ("宜昌市", ("西陵区",), "443"))),
    ("山东省", (("青岛市", ("市南区", "崂山区", "黄岛区"), "266"), ("济南市", ("历下区", "槐荫区"), "250"))),
    ("福建省", (("厦门市", ("思明区", "湖里区"), "361"), ("福州市", ("鼓楼区", "仓山区"), "350"))),
    ("河南省", (("郑州市", ("金水区", "二七区", "中原区"), "450"), ("洛阳市", ("洛龙区",), "471"))),
    ("湖南省", (("长沙市", ("岳麓区", "天心区", "开福区"), "410"),)),
    ("陕西省", (("西安市", ("雁塔区", "碑林区", "未央区"), "710"),)),
    ("重庆市", (("重庆市", ("渝中区", "江北区", "南岸区", "沙坪坝区"), "400"),)),
    ("天津市", (("天津市", ("和平区", "南开区", "河西区"), "300"),)),
    ("辽宁省", (("沈阳市", ("和平区", "沈河区"), "110"), ("大连市", ("中山区", "甘井子区"), "116"))),
    ("云南省", (("昆明市", ("五华区", "盘龙区"), "650"), ("大理白族自治州", ("大理市",), "671"))),
    ("新疆维吾尔自治区", (("乌鲁木齐市", ("天山区", "沙依巴克区"), "830"),)),
    ("海南省", (("海口市", ("美兰区", "龙华区"), "570"), ("三亚市", ("吉阳区",), "572"))),
)
# Relative weights of provinces (coastal provinces buy more online).
PROVINCE_WEIGHTS: tuple[int, ...] = (14, 10, 16, 12, 11, 6, 5, 6, 4, 4, 3, 3, 3, 2, 2, 2, 1, 1)
STREETS_ZH: tuple[str, ...] = (
    "建国路", "人民路", "解放路", "中山路", "长安街", "南京西路", "淮海中路", "文三路", "科技园南路", "滨江大道",
    "学府路", "花园街", "和平大道", "新华路", "世纪大道", "东风路", "梧桐巷", "青年路", "湖滨路", "光明街",
)
BUILDINGS_ZH: tuple[str, ...] = ("阳光花园", "翠湖小区", "金桥公寓", "锦绣家园", "滨江苑", "云顶大厦", "书香门第", "海棠湾")

# (country, region, city, postal code, streets)
FOREIGN_PLACES: tuple[tuple[str, str | None, str, str, tuple[str, ...]], ...] = (
    ("US", "CA", "San Francisco", "94110", ("Valencia St", "Mission St", "Folsom St")),
    ("US", "NY", "New York", "10013", ("Canal St", "Grand St", "Mott St")),
    ("US", "WA", "Seattle", "98104", ("Jackson St", "King St")),
    ("GB", "England", "London", "E1 6AN", ("Commercial Rd", "Brick Ln", "Whitechapel Rd")),
    ("SG", None, "Singapore", "059817", ("Upper Cross St", "South Bridge Rd")),
    ("JP", "Tokyo", "Shibuya", "150-0002", ("Dogenzaka", "Jingumae")),
    ("CA", "BC", "Vancouver", "V6A 1A1", ("Keefer St", "Pender St")),
    ("AU", "NSW", "Sydney", "2000", ("George St", "Sussex St", "Dixon St")),
    ("DE", "Berlin", "Berlin", "10115", ("Torstraße", "Invalidenstraße")),
    ("MY", "Kuala Lumpur", "Kuala Lumpur", "50000", ("Jalan Petaling", "Jalan Sultan")),
)

# --- reviews ---------------------------------------------------------------------------------

REVIEW_TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "positive": ("Love it", "Exactly as pictured", "Great value", "Would buy again", "Very happy",
                     "Better than expected", "Five stars from me", "Perfect gift", "Solid buy", "So comfy"),
        "neutral": ("It's okay", "Does the job", "Average", "Mixed feelings", "Fine for the price",
                    "Not bad, not great", "Decent", "As expected, nothing more"),
        "negative": ("Disappointed", "Would not recommend", "Broke quickly", "Not as described",
                     "Waste of money", "Poor quality", "Wrong size", "Arrived damaged", "Returned it"),
    },
    "zh": {
        "positive": ("非常满意", "和图片一样", "性价比很高", "会回购", "超出预期", "好评", "送人很合适",
                     "质量很好", "穿着舒服", "推荐购买"),
        "neutral": ("一般般", "还行吧", "中规中矩", "凑合用", "对得起价格", "有好有坏", "和预期差不多"),
        "negative": ("很失望", "不推荐", "质量太差", "与描述不符", "尺码不对", "收到就坏了", "已退货",
                     "差评", "不值这个价"),
    },
}

# REVIEW_SENTENCES[lang][sentiment][topic] -> sentences. "general" fits every category.
REVIEW_SENTENCES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "en": {
        "positive": {
            "size": (
                "Fits true to size, I took my usual M.", "The size chart was accurate for once.",
                "Roomy enough to wear a jumper underneath.", "Length is just right for my height.",
                "Ordered one size up as suggested and it fits perfectly.", "Nice relaxed cut without looking baggy.",
            ),
            "shipping": (
                "Arrived in two days, much faster than I expected.", "Shipped the same afternoon I ordered.",
                "Tracking updated every step of the way.", "The courier called before delivering, very convenient.",
                "Got here before the weekend as promised.", "Fast delivery even during the holiday sale.",
            ),
            "quality": (
                "The stitching is neat and there are no loose threads.", "Feels far more expensive than it was.",
                "Solid build, nothing creaks or wobbles.", "Material is thick and soft at the same time.",
                "Still looks new after a month of daily use.", "You can tell real care went into making this.",
                "Survived several washes without shrinking.",
            ),
            "packaging": (
                "Packed carefully with plenty of padding.", "The gift box is lovely, no need to rewrap.",
                "Came in a sturdy box with no dents at all.", "Minimal plastic in the packaging, which I appreciate.",
                "Each piece was wrapped separately.", "There was a handwritten thank-you card inside.",
            ),
            "price": (
                "Great value during the sale.", "Cheaper than the same thing at the mall.",
                "Worth every yuan.", "At this price I bought a second one for my mum.",
                "The coupon made it a real bargain.", "Quality well above what the price suggests.",
            ),
            "service": (
                "Customer service answered within minutes.", "The seller helped me pick the right size.",
                "They swapped the colour for me without any fuss.", "Support was patient with all my questions.",
                "Friendly and quick replies from the shop.", "They followed up after delivery to check everything was fine.",
            ),
            "colour": (
                "The colour is exactly like the photos.", "Even prettier in person than on screen.",
                "The shade is soft and goes with everything.", "Colour did not fade after washing.",
                "Rich colour, not washed out at all.", "Got lots of compliments on the colour.",
            ),
            "smell": (
                "No chemical smell out of the box.", "The scent is light and pleasant.",
                "Smells fresh, not artificial.", "Hardly any odour even when brand new.",
                "The fragrance lasts but is not overpowering.", "My partner loves the smell.",
            ),
            "function": (
                "Battery easily lasts a whole day.", "Set-up took less than five minutes.",
                "Works exactly as described.", "Pairs instantly with my phone every time.",
                "Heats up quickly and evenly.", "Sound is clear even at high volume.",
            ),
            "taste": (
                "Tastes fresh and not too sweet.", "The kids finished the bag in one evening.",
                "Crunchy and full of flavour.", "Brews a lovely fragrant cup.",
                "You can taste the quality of the ingredients.", "Nicely balanced flavour.",
            ),
            "content": (
                "Well written and easy to follow.", "The illustrations are beautiful.",
                "Print quality is sharp and the paper is thick.", "Exactly the edition I was looking for.",
                "My daughter asks to read it every night.", "Clear explanations with lots of examples.",
            ),
            "general": (
                "Very happy with this purchase.", "Exactly what I needed.", "Will definitely order again.",
                "Recommended it to my friends already.", "Second time buying, still great.",
                "One of my best online purchases this year.", "Does everything I hoped it would.",
                "No complaints at all.", "My whole family likes it.", "Five stars, no hesitation.",
            ),
        },
        "neutral": {
            "size": (
                "Runs a little large, consider sizing down.", "Slightly shorter than I expected.",
                "Fits fine but the sleeves are a bit long.", "Size is okay though the chart could be clearer.",
                "A bit snug at first, loosened up after a few wears.", "Smaller than it looks in the photos.",
            ),
            "shipping": (
                "Delivery took about a week, which is acceptable.", "Shipping was slow during the sale but it got here.",
                "Tracking did not update for a few days.", "Courier left it at the parcel locker without telling me.",
                "Took longer than the estimate, but no real harm.", "Arrived on the last day of the promised window.",
            ),
            "quality": (
                "Quality is fine for everyday use.", "Nothing special, but nothing wrong either.",
                "A few loose threads that I trimmed myself.", "Feels a bit thinner than I imagined.",
                "Decent build, time will tell how it holds up.", "Okay material, not premium.",
            ),
            "packaging": (
                "Packaging was basic, just a plastic bag.", "Box was a little crushed but the item was fine.",
                "Too much packaging for such a small item.", "No instructions in the box.",
                "Plain packaging, fine if you are not gifting it.", "The outer box had some tape marks.",
            ),
            "price": (
                "Fair price, not a steal.", "Worth it on sale, maybe not at full price.",
                "Similar to what other shops charge.", "Price went down a week after I bought it.",
                "Reasonable for what you get.", "Okay value overall.",
            ),
            "service": (
                "Customer service replied the next day.", "Support answered but the reply felt like a template.",
                "Had to ask twice before getting an answer.", "The seller was polite but not very helpful.",
                "They sorted it out eventually.", "Response time was average.",
            ),
            "colour": (
                "Colour is a bit darker than the picture.", "The shade is slightly different from the listing.",
                "Colour is fine, just less bright than expected.", "Looks more grey than blue in daylight.",
                "Colour is acceptable.", "The pink is more orange in real life.",
            ),
            "smell": (
                "Slight smell at first that went away after airing.", "The scent is stronger than I like.",
                "A faint plastic smell for the first day.", "Smell is okay, nothing remarkable.",
                "Had to wash it once to get rid of the factory smell.", "Fragrance fades quickly.",
            ),
            "function": (
                "Battery life is shorter than advertised.", "Works, but the app is clunky.",
                "Takes a while to heat up.", "Connection drops once in a while.",
                "Does the basics, lacks some features.", "Instructions were hard to understand.",
            ),
            "taste": (
                "A bit too salty for me.", "Taste is fine, nothing memorable.",
                "Some pieces were softer than others.", "Flavour is milder than expected.",
                "Okay as a snack.", "My kids liked it more than I did.",
            ),
            "content": (
                "Content is fine but a little basic.", "Some pages were printed slightly off-centre.",
                "Good for beginners, too simple for me.", "Translation is a bit stiff in places.",
                "Nice pictures, thin text.", "Shorter than I expected.",
            ),
            "general": (
                "It is okay.", "Meets expectations, nothing more.", "Not sure I would buy it again.",
                "Does what it says.", "Average overall.", "Some good points and some bad.",
                "Three stars feels right.", "Fine for occasional use.", "Not bad for the money.",
                "I have mixed feelings about it.",
            ),
        },
        "negative": {
            "size": (
                "Way too small, nothing like the size chart.", "Had to return it, the size was completely off.",
                "Two sizes bigger than labelled.", "The left and right shoes are different sizes.",
                "Sleeves are absurdly long.", "Shrank a full size after one wash.",
            ),
            "shipping": (
                "Took nearly three weeks to arrive.", "Tracking said delivered but nothing came.",
                "The courier was rude and refused to bring it upstairs.", "Shipped to the wrong city first.",
                "Missed the date I needed it for.", "Parcel sat in a warehouse for ten days.",
            ),
            "quality": (
                "Fell apart after a week.", "Seams came undone on the first wear.",
                "Cheap plastic that cracked straight away.", "Pilling after two washes.",
                "Feels nothing like the description.", "Stopped working after three days.",
                "Obvious defects that should never have passed inspection.",
            ),
            "packaging": (
                "Arrived with the box smashed in.", "Item was loose in the box and got scratched.",
                "Seal was already broken when I opened it.", "Looked like a returned item repackaged.",
                "Leaked all over the inside of the parcel.", "No protection at all, just a thin bag.",
            ),
            "price": (
                "Overpriced for what it is.", "Not worth the money at all.",
                "Found the same thing much cheaper elsewhere.", "The discount was fake, the price was raised first.",
                "Shipping cost more than the item.", "Paid extra for nothing special.",
            ),
            "service": (
                "Customer service ignored my messages for days.", "They refused to accept the return.",
                "Support kept sending the same copy-paste reply.", "The refund took forever.",
                "Was told to contact the courier and they did nothing.", "Very unhelpful and slow.",
            ),
            "colour": (
                "Colour is completely different from the photos.", "Faded badly after one wash.",
                "The dye ran onto my other clothes.", "Received the wrong colour.",
                "Looks dull and cheap in person.", "Uneven colour with blotches.",
            ),
            "smell": (
                "Terrible chemical smell that will not go away.", "Smelled like glue for weeks.",
                "Strong odour gave me a headache.", "The perfume is overpowering and cheap.",
                "Smells musty, as if it had been stored damp.", "Could not use it because of the smell.",
            ),
            "function": (
                "Would not turn on out of the box.", "Charging port stopped working.",
                "Overheats after a few minutes.", "Keeps disconnecting.",
                "Lid leaks no matter how tight you close it.", "Buttons are unresponsive.",
            ),
            "taste": (
                "Stale and soft, clearly old stock.", "Way too sweet, could not finish it.",
                "Tasted off, threw it away.", "Half the bag was crumbs.",
                "Expiry date was only a week away.", "Bitter aftertaste.",
            ),
            "content": (
                "Pages were missing in the middle.", "Binding fell apart on the first read.",
                "Printing was blurry and hard to read.", "Not the edition shown in the listing.",
                "Full of typos.", "Cover arrived bent and torn.",
            ),
            "general": (
                "Very disappointed.", "Do not buy.", "Complete waste of money.", "Returned it immediately.",
                "Nothing like the pictures.", "Would give zero stars if I could.", "Regret buying this.",
                "I want my money back.", "Not what I ordered.", "Never again.",
            ),
        },
    },
    "zh": {
        "positive": {
            "size": (
                "尺码很标准，按平时的码数买的刚刚好。", "按客服推荐选的码，非常合身。", "版型宽松不显胖。",
                "长度正合适，不用改。", "里面还能加一件毛衣。", "尺码表很准，放心买。",
            ),
            "shipping": (
                "物流超快，隔天就到了。", "下午下单当天就发货了。", "快递小哥很负责，送货上门。",
                "大促期间发货也很及时。", "物流信息更新很及时。", "比预计时间早到了两天。",
            ),
            "quality": (
                "做工很精细，没有线头。", "质量超出预期，完全不像这个价位的东西。", "用料很扎实，摸起来很舒服。",
                "用了一个月还跟新的一样。", "洗了好几次也没有变形。", "细节处理得很好，看得出用心。",
                "结实耐用，没有异响。",
            ),
            "packaging": (
                "包装很用心，有很多防震填充。", "礼盒很精美，直接送人不用再包装。", "箱子完好无损。",
                "每件都单独包装，很干净。", "里面还有手写感谢卡，很暖心。", "包装简洁环保，点赞。",
            ),
            "price": (
                "活动价买的，性价比超高。", "比商场便宜很多。", "这个价格真的很值。",
                "用了优惠券更划算了。", "品质远超价格。", "又给家人买了一件。",
            ),
            "service": (
                "客服回复很快，态度也好。", "客服耐心帮我选尺码。", "换颜色很爽快，没有任何麻烦。",
                "有问题及时解决，服务很好。", "收货后客服还回访了，很贴心。", "客服很专业，解答很详细。",
            ),
            "colour": (
                "颜色和图片一模一样。", "实物比图片还好看。", "颜色很温柔，百搭。",
                "洗了也不掉色。", "颜色很正，没有色差。", "好多朋友夸这个颜色好看。",
            ),
            "smell": (
                "打开没有异味。", "味道很清淡，很好闻。", "香味很自然，不刺鼻。",
                "新的也几乎没有味道。", "留香持久但不浓。", "家里人都说好闻。",
            ),
            "function": (
                "续航很给力，用一整天没问题。", "几分钟就装好了。", "功能和描述完全一致。",
                "连接手机很快很稳定。", "加热又快又均匀。", "音质清晰，大音量也不破音。",
            ),
            "taste": (
                "很新鲜，甜度刚好。", "孩子一晚上就吃完了。", "口感酥脆，味道很香。",
                "泡出来茶香浓郁。", "用料实在，吃得出来。", "味道很均衡，不腻。",
            ),
            "content": (
                "内容写得很清楚，容易理解。", "插图非常漂亮。", "印刷清晰，纸张很厚实。",
                "正是我想要的版本。", "孩子每天晚上都要看。", "讲解清楚，例子很多。",
            ),
            "general": (
                "非常满意的一次购物。", "正是我需要的。", "会继续回购的。", "已经推荐给朋友了。",
                "第二次买了，依旧很好。", "今年买过最满意的东西之一。", "全家人都很喜欢。",
                "完全没有可挑剔的地方。", "五星好评！", "比想象中还要好。",
            ),
        },
        "neutral": {
            "size": (
                "尺码偏大，建议拍小一码。", "比想象中短一点。", "袖子稍微有点长。",
                "尺码还行，尺码表可以写得更清楚些。", "刚开始有点紧，穿几次就好了。", "实物比图片看着小。",
            ),
            "shipping": (
                "物流一周左右，可以接受。", "大促期间发货有点慢，但总算到了。", "物流信息好几天没更新。",
                "快递直接放快递柜了也没通知。", "比预计晚了一点，问题不大。", "最后一天才送到。",
            ),
            "quality": (
                "质量中规中矩，日常用够了。", "没什么特别的，也没什么问题。", "有几个线头，自己剪掉了。",
                "比想象中薄一点。", "做工还可以，耐不耐用还要再看看。", "材质一般，不算高档。",
            ),
            "packaging": (
                "包装比较简单，就一个塑料袋。", "箱子有点压扁，东西没事。", "这么小的东西包装有点过度。",
                "没有说明书。", "包装普通，自用无所谓。", "外箱有胶带痕迹。",
            ),
            "price": (
                "价格还算公道。", "活动价还行，原价就不太值了。", "和别家价格差不多。",
                "买完一周就降价了。", "这个价位可以接受。", "总体性价比一般。",
            ),
            "service": (
                "客服第二天才回复。", "客服回复像是模板。", "问了两次才有人回答。",
                "客服态度还行，就是没解决什么。", "最后还是处理好了。", "回复速度一般。",
            ),
            "colour": (
                "颜色比图片深一点。", "色号和页面上略有不同。", "颜色还行，就是没那么亮。",
                "白天看偏灰。", "颜色可以接受。", "粉色实物偏橘。",
            ),
            "smell": (
                "刚打开有点味道，晾了两天就没了。", "香味有点浓，不太喜欢。", "第一天有轻微的塑料味。",
                "味道一般般。", "洗了一次才把味道去掉。", "香味散得很快。",
            ),
            "function": (
                "续航没有宣传的那么长。", "能用，但是配套App不太好用。", "加热有点慢。",
                "偶尔会断连。", "基本功能够用，少了点东西。", "说明书看不太懂。",
            ),
            "taste": (
                "对我来说有点咸。", "味道还行，没什么记忆点。", "有些软有些脆。",
                "味道比想象中淡。", "当零食还可以。", "孩子比我更喜欢。",
            ),
            "content": (
                "内容还行，就是有点浅。", "有几页印得有点歪。", "适合入门，对我来说太简单了。",
                "翻译有些地方比较生硬。", "图不错，文字少了点。", "比想象中薄。",
            ),
            "general": (
                "还行吧。", "符合预期，没有惊喜。", "不确定会不会回购。", "和描述的差不多。",
                "整体一般。", "有优点也有缺点。", "三星比较客观。", "偶尔用用还可以。",
                "对得起这个价格。", "感觉有点复杂。",
            ),
        },
        "negative": {
            "size": (
                "尺码严重偏小，和尺码表完全不符。", "尺码不对只能退货。", "比标的大了两个码。",
                "两只鞋大小不一样。", "袖子长得离谱。", "洗一次缩了一个码。",
            ),
            "shipping": (
                "快三个星期才到。", "显示已签收但根本没收到。", "快递员态度很差，不肯送上楼。",
                "先发到了别的城市。", "错过了我要用的日子。", "包裹在仓库里躺了十天。",
            ),
            "quality": (
                "用了一周就坏了。", "第一次穿就开线了。", "塑料很廉价，一碰就裂。",
                "洗两次就起球。", "和描述完全不一样。", "三天就不能用了。",
                "明显的瑕疵，质检怎么过的？",
            ),
            "packaging": (
                "收到时箱子都压烂了。", "东西在箱子里乱晃，都刮花了。", "打开时封口已经破了。",
                "感觉是别人退回来的货重新包装的。", "漏得整个包裹都是。", "一点保护都没有，就一个薄袋子。",
            ),
            "price": (
                "这个价格太贵了。", "完全不值这个钱。", "别家便宜好多。",
                "先涨价再打折，套路。", "运费比东西还贵。", "多花了钱没买到好东西。",
            ),
            "service": (
                "客服好几天不回消息。", "拒绝给我退货。", "客服一直复制粘贴同一句话。",
                "退款拖了很久。", "让我自己找快递，什么都没解决。", "服务太差了。",
            ),
            "colour": (
                "颜色和图片完全不一样。", "洗一次就褪色严重。", "把其他衣服都染色了。",
                "发错颜色了。", "实物颜色很暗很廉价。", "颜色不均匀，有色斑。",
            ),
            "smell": (
                "化学味特别重，散不掉。", "一股胶水味，放了好几周。", "味道大到头疼。",
                "香精味很廉价很冲。", "有一股霉味，像受潮了。", "味道太大没法用。",
            ),
            "function": (
                "到手就开不了机。", "充电口坏了。", "用几分钟就发烫。",
                "老是断开连接。", "盖子怎么拧都漏水。", "按键不灵敏。",
            ),
            "taste": (
                "不新鲜，都软了，应该是陈货。", "太甜了，吃不下去。", "味道不对，直接扔了。",
                "半袋都是碎渣。", "离过期只剩一周了。", "有苦味。",
            ),
            "content": (
                "中间缺页。", "看一遍书脊就散了。", "印刷模糊，看不清楚。",
                "和页面展示的版本不一样。", "错别字很多。", "封面折了还破了。",
            ),
            "general": (
                "非常失望。", "不要买。", "纯属浪费钱。", "收到马上退了。",
                "和图片完全不一样。", "能给零星我就给零星。", "后悔买了。",
                "要求退款。", "不是我买的那个东西。", "再也不会买了。",
            ),
        },
    },
}

REVIEW_REPLIES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "positive": ("Thank you so much for the kind words!", "So glad you like it, see you next time!",
                     "Thanks for sharing, we passed your feedback on to the team."),
        "neutral": ("Thanks for the honest feedback, we will keep improving.",
                    "Sorry it was not perfect; message us if we can help.",
                    "Thank you, we have noted your comments about the details."),
        "negative": ("We are very sorry about this. Please contact our support so we can make it right.",
                     "Sorry for the trouble. We have checked the batch and contacted you about a replacement.",
                     "This is not the experience we want for you. A refund or exchange is available any time."),
    },
    "zh": {
        "positive": ("感谢亲的认可，期待您再次光临！", "谢谢亲的好评，您的支持是我们最大的动力～",
                     "很高兴您喜欢，已经把您的反馈分享给团队啦。"),
        "neutral": ("感谢亲的真实反馈，我们会继续改进。", "抱歉没能让您完全满意，有任何问题请随时联系客服。",
                    "谢谢您的建议，细节问题我们已经记录下来了。"),
        "negative": ("非常抱歉给您带来不好的体验，请联系在线客服，我们一定妥善处理。",
                     "抱歉亲，我们已核查这一批次，客服会主动联系您安排换货。",
                     "这不是我们希望您遇到的情况，随时可以为您办理退换。"),
    },
}

REVIEW_STATUS_REASONS: dict[str, tuple[str, ...]] = {
    "hidden": ("Contains a phone number or other personal information", "Spam / advertising link",
               "Unrelated to the product"),
    "reported": ("Reported by the merchant: suspected competitor review", "Reported: abusive language",
                 "Reported: review for a different product"),
}

# --- tickets ---------------------------------------------------------------------------------

TICKET_SUBJECTS: dict[str, dict[str, tuple[str, ...]]] = {
    "return": {
        "en": ("Return request: wrong size", "I would like to return my order", "Return - item not as described",
               "Return: changed my mind", "Returning one item from my order"),
        "zh": ("申请退货：尺码不合适", "想退货", "商品与描述不符，申请退货", "七天无理由退货", "订单中一件商品需要退货"),
    },
    "refund_only": {
        "en": ("Item arrived damaged", "Missing item in parcel", "Refund request: never received",
               "Product expired on arrival", "Charged twice?"),
        "zh": ("收到商品破损", "包裹少件", "未收到货申请退款", "收到的商品已过期", "被重复扣款了？"),
    },
    "exchange": {
        "en": ("Exchange for a different size", "Can I swap the colour?", "Exchange request: defective unit"),
        "zh": ("换尺码", "可以换个颜色吗？", "商品有问题，申请换货"),
    },
    "repair": {
        "en": ("Device stopped charging", "Warranty repair request", "Zip is broken, can it be fixed?"),
        "zh": ("充不进电了", "申请保修维修", "拉链坏了能修吗？"),
    },
    "complaint": {
        "en": ("Very slow delivery", "Courier was rude", "Unhappy with customer service",
               "Packaging was wasteful", "Price dropped right after I bought it"),
        "zh": ("发货太慢了", "快递员态度恶劣", "对客服服务不满意", "包装太浪费", "刚买就降价了"),
    },
    "inquiry": {
        "en": ("Where is my order?", "Can I change my delivery address?", "Question about sizing",
               "Do you issue invoices?", "When will this be back in stock?"),
        "zh": ("我的订单到哪了？", "可以修改收货地址吗？", "尺码咨询", "可以开发票吗？", "什么时候补货？"),
    },
    "dispute": {
        "en": ("Platform dispute opened by buyer", "Chargeback notice", "Buyer escalated refund to platform"),
        "zh": ("买家发起平台纠纷", "拒付通知", "买家申请平台介入退款"),
    },
}

CUSTOMER_MESSAGES: dict[str, dict[str, tuple[str, ...]]] = {
    "return": {
        "en": (
            "Hi, the {item} is too small for me. Can I send it back for a refund?",
            "I ordered the {item} but it looks quite different from the photos. I'd like to return it.",
            "Hello, I changed my mind about the {item}. It's unused and still in the bag.",
            "The {item} doesn't fit well. How do I return it? Order {order}.",
            "Could you arrange a pickup for the return of the {item}? I'm home on weekdays after 6pm.",
            "I'd like to return the {item}. Please send me the return address.",
        ),
        "zh": (
            "你好，{item}尺码太小了，可以退货退款吗？",
            "收到的{item}和图片差别很大，想申请退货。",
            "不好意思，{item}不想要了，没拆吊牌，可以退吗？",
            "{item}不太合适，请问怎么退货？订单号{order}。",
            "能帮忙预约上门取件吗？工作日晚上六点后在家。",
            "我要退{item}，麻烦发一下退货地址。",
        ),
    },
    "refund_only": {
        "en": (
            "The {item} arrived with a crack in it. Photos attached.",
            "My parcel was missing the {item}. Everything else was there.",
            "Tracking says delivered but I never got anything. Order {order}.",
            "The {item} is past its best-before date. I don't want to send it back, just a refund please.",
            "I think I was charged twice for order {order}. Can you check?",
            "The box was soaked and the {item} is ruined.",
        ),
        "zh": (
            "收到的{item}有裂痕，照片已上传。",
            "包裹里少了{item}，其他都在。",
            "物流显示签收了但我没收到，订单{order}。",
            "{item}已经过期了，不想寄回，直接退款吧。",
            "订单{order}好像扣了两次钱，麻烦查一下。",
            "箱子全湿了，{item}已经不能用了。",
        ),
    },
    "exchange": {
        "en": (
            "Can I exchange the {item} for one size bigger?", "I'd prefer the {item} in another colour, is that possible?",
            "The {item} has a faulty button. Can you send a new one?", "Please swap my {item} for the next size down.",
        ),
        "zh": ("{item}可以换大一码吗？", "{item}想换个颜色，可以吗？", "{item}按键有问题，能换个新的吗？", "麻烦把{item}换小一码。"),
    },
    "repair": {
        "en": (
            "My {item} stopped working after two months. Is it under warranty?",
            "The {item} won't charge any more. What should I do?",
            "A part of the {item} snapped off. Can it be repaired?",
        ),
        "zh": ("{item}用了两个月就坏了，在保修期内吗？", "{item}充不进电了，怎么办？", "{item}有个零件断了，能修吗？"),
    },
    "complaint": {
        "en": (
            "It took 12 days for my order to arrive. That's far too long.",
            "The courier threw the parcel over the gate. Not acceptable.",
            "Nobody answered my messages for two days.",
            "So much plastic for one small {item}. Please do better.",
            "The price of the {item} dropped 30 yuan the day after I paid. Can you refund the difference?",
        ),
        "zh": (
            "我的订单12天才到，太慢了。", "快递员把包裹直接扔进院子里，太过分了。", "发消息两天都没人回。",
            "一个小小的{item}用了这么多塑料，希望改进。", "我付款第二天{item}就降了30块，能退差价吗？",
        ),
    },
    "inquiry": {
        "en": (
            "Hi, when will order {order} ship?", "Can I change the address on order {order}?",
            "Is the {item} true to size? I'm usually an M.", "Can I get a VAT invoice for order {order}?",
            "Do you ship to Hong Kong?", "Will the {item} be restocked in black?",
        ),
        "zh": ("你好，订单{order}什么时候发货？", "订单{order}能改地址吗？", "{item}尺码正吗？我平时穿M。",
               "订单{order}可以开增值税发票吗？", "可以寄到香港吗？", "{item}黑色什么时候补货？"),
    },
    "dispute": {
        "en": (
            "I asked for a refund a week ago and got nothing, so I opened a case with the platform.",
            "My bank says this payment is disputed. The item never arrived.",
            "The seller refused my return, I want the platform to decide.",
        ),
        "zh": ("一周前申请退款没人处理，已申请平台介入。", "银行通知这笔交易有争议，我根本没收到货。", "商家拒绝退货，我要求平台来判定。"),
    },
}

AGENT_REPLIES: dict[str, dict[str, tuple[str, ...]]] = {
    "greeting": {
        "en": ("Hello, thanks for reaching out.", "Hi, thank you for contacting Lumi & Co.", "Hi there, sorry to hear that."),
        "zh": ("亲，您好，感谢联系露米生活馆～", "您好，很抱歉给您带来不便。", "亲亲您好，这边是售后客服。"),
    },
    "ask_info": {
        "en": ("Could you send a photo of the item and the label?", "Could you confirm which size you'd like instead?",
               "Can you share a picture of the outer box?"),
        "zh": ("麻烦亲拍一下商品和吊牌的照片哦。", "请问您想换成哪个尺码呢？", "方便拍一下外箱的照片吗？"),
    },
    "approve": {
        "en": ("Your return is approved. Please use the return label we sent.",
               "We've approved the request; the refund will be processed once we receive the parcel.",
               "All set. A courier will pick it up within 48 hours."),
        "zh": ("退货申请已通过，请按照退货地址寄回哦。", "已为您同意申请，仓库收到退件后会尽快退款。", "已帮您预约上门取件，48小时内快递员会联系您。"),
    },
    "refund": {
        "en": ("We've issued the refund; it should reach you in 1-3 working days.",
               "Refund done. Sorry again for the trouble."),
        "zh": ("退款已处理，1-3个工作日内原路退回。", "已为您退款，再次抱歉给您添麻烦了。"),
    },
    "resolve": {
        "en": ("Glad we could sort this out. Anything else, just ask.", "I'll close this ticket now. Have a nice day!",
               "Your order is on its way, tracking should update tonight."),
        "zh": ("问题已经处理好啦，有其他问题随时找我们。", "这边先为您关闭工单，祝您生活愉快！", "您的包裹已经在路上了，今晚物流会更新。"),
    },
    "decline": {
        "en": ("I'm sorry, this item is outside the 7-day return window.",
               "Unfortunately opened cosmetics can't be returned for hygiene reasons."),
        "zh": ("抱歉亲，商品已超过七天无理由退货期限。", "很抱歉，化妆品拆封后出于卫生原因无法退货。"),
    },
}

FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "en": ("Thanks, photos attached.", "Okay, I've sent it back today.", "Any update on this?",
           "Great, thank you!", "It's been three days, is anyone looking at this?", "Size L please."),
    "zh": ("好的，照片已发。", "已经寄回了，单号发你了。", "请问处理得怎么样了？", "好的，谢谢！",
           "三天了还没处理吗？", "换L码，谢谢。"),
}

INTERNAL_NOTES: tuple[str, ...] = (
    "Checked with warehouse: parcel left SH-01 on time, courier delay.",
    "Customer has 5+ orders, approve goodwill refund.",
    "Photos confirm transit damage; claim filed with carrier.",
    "Second complaint this month about this SKU, flagging to buying team.",
    "仓库确认已收到退件，商品完好，可退款。",
    "客户情绪较激动，优先处理。",
    "同批次有多起质量反馈，已通知供应商。",
    "Escalated to merchant for approval of amount above 500 CNY.",
)

ORDER_NOTES: tuple[str, ...] = (
    "Customer asked for gift wrapping", "请放快递柜", "Leave with the building reception", "周末再送",
    "Please do not include the invoice in the parcel", "送人的，不要放价格单",
)

CANCEL_REASONS_UNPAID: tuple[str, ...] = ("payment timeout", "customer cancelled before payment")
CANCEL_REASONS_PAID: tuple[str, ...] = (
    "customer changed their mind", "ordered the wrong size", "found a better price elsewhere",
    "out of stock", "address could not be served", "duplicate order",
)

# --- dirty data ------------------------------------------------------------------------------

EMOJI: tuple[str, ...] = ("😍", "👍", "🔥", "😅", "💯", "🙏", "😡", "👎", "🎁", "✨", "🥰", "😭", "📦", "⭐⭐⭐⭐⭐")

# Keyword stuffing in the style of marketplace titles; joined until the title passes 300 chars.
LONG_TITLE_PARTS: tuple[str, ...] = (
    "2025新款", "爆款", "ins风", "网红同款", "韩版", "百搭", "显瘦", "高级感", "小众设计", "学生党",
    "送女友", "送男友", "生日礼物", "七夕礼物", "包邮", "现货速发", "官方正品", "品质保证", "Free Shipping",
    "Hot Sale", "New Arrival", "Best Gift Idea", "High Quality", "Limited Stock", "Korean Style", "Trendy",
    "Unisex", "Plus Size Available", "Multiple Colours", "限时特价", "买一送一", "【旗舰店】", "★热卖★",
)

# Odd things real sellers and buyers type: stray HTML, entities, tabs, full-width text, zero-width spaces.
ODD_FRAGMENTS: tuple[str, ...] = (
    "<b>HOT</b>", "&amp;", "\t", "  ", "\u200b", "ＦＵＬＬ－ＷＩＤＴＨ", "!!!", "？？？", "...", "\n\n",
    "«limited»", "™", "Ω", "🇨🇳",
)
