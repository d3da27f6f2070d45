"""Importing listing changes from a CSV file: map the columns, check every row, apply all or none.

Merchants keep catalogues in spreadsheets. A file updates listings found by SKU: prices, compare-at
prices, titles, descriptions, categories, brands and status. Every row is checked — the file's own
values first (is this a price? is the SKU known? is it in the file twice?), then each change as the
services would make it, all together in a transaction that is rolled back — and every problem is
reported with its row and column. Only a file with no problem at all is applied, in one
transaction (``perform_all``); nothing is ever half imported.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import Engine, select

from ..models import Base
from .edits import Actor, dry_run
from .listings import EDITABLE

VARIANTS = Base.metadata.tables["variants"]
LISTINGS = Base.metadata.tables["listings"]

FIELDS = ("sku", "price", "compare_at_price", "title", "description", "category", "brand", "status")
"""What a column can be mapped to; ``sku`` is required and finds the variant (and its listing)."""

HEADER_NAMES = {
    "sku": ("sku", "variant sku", "商品编码", "sku编码", "货号", "规格编码"),
    "price": ("price", "variant price", "售价", "价格", "销售价"),
    "compare_at_price": ("compare at price", "compare-at price", "compare_at_price", "variant compare at price",
                         "原价", "划线价"),
    "title": ("title", "name", "product name", "标题", "商品名称", "商品标题"),
    "description": ("description", "body", "body (html)", "描述", "商品描述"),
    "category": ("category", "type", "product type", "类目", "分类"),
    "brand": ("brand", "vendor", "品牌"),
    "status": ("status", "状态"),
}
STATUS_WORDS = {"active": "active", "draft": "draft", "delisted": "delisted", "在售": "active", "上架": "active",
                "草稿": "draft", "下架": "delisted", "已下架": "delisted"}
MAX_ROWS = 50_000
MAX_BYTES = 20 * 2**20


class ImportFileError(ValueError):
    """The file itself cannot be read as a CSV table (nothing was changed)."""


@dataclass(frozen=True)
class Problem:
    row: int          # the line number in the file (the header is line 1)
    column: str       # the file's column name, or "" for the row as a whole
    message: str


@dataclass
class ImportPlan:
    steps: list[tuple[str, int, dict]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0
    listings: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.steps)


def read_table(path: str | Path) -> tuple[list[str], list[dict[str, str]]]:
    """The header and rows of a CSV file saved by a spreadsheet: UTF-8 (with or without BOM) or,
    as Excel in China saves it, GB18030; comma, semicolon or tab separated."""
    raw = Path(path).read_bytes()
    if len(raw) > MAX_BYTES:
        raise ImportFileError(f"The file is larger than {MAX_BYTES // 2**20} MB; split it.")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportFileError("The file is neither UTF-8 nor GB18030 text: save it as CSV (UTF-8).")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise ImportFileError("The file is empty.") from None
    if not any(header):
        raise ImportFileError("The first line must name the columns.")
    if len(set(header)) != len(header):
        raise ImportFileError("Two columns have the same name: " + ", ".join(sorted({h for h in header if header.count(h) > 1})))
    rows = []
    for line in reader:
        if not any(cell.strip() for cell in line):
            continue
        if len(rows) >= MAX_ROWS:
            raise ImportFileError(f"The file has more than {MAX_ROWS} rows; split it.")
        rows.append({h: (line[i].strip() if i < len(line) else "") for i, h in enumerate(header)})
    return header, rows


def guess_mapping(header: list[str], known: dict[str, tuple[str, ...]] = HEADER_NAMES) -> dict[str, str]:
    """field -> column, for the columns whose names say what they are (English or Chinese);
    ``known`` lists the names each field goes by (listing fields unless told)."""
    mapping = {}
    lowered = {h.lower().strip(): h for h in header}
    for target, names in known.items():
        for name in names:
            if name in lowered:
                mapping[target] = lowered[name]
                break
    return mapping


def parse_amount(text: str, digits: int) -> int | None:
    """"12.50", "¥1,299", "1299" -> minor units; None when it is not an amount with at most ``digits`` decimals."""
    cleaned = text.replace(",", "").replace("¥", "").replace("￥", "").replace("$", "").replace("€", "").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or value != round(value, digits):
        return None
    return int(value * 10 ** digits)


def plan_import(engine: Engine, actor: Actor, rows: list[dict[str, str]], mapping: dict[str, str],
                currency_digits: int = 2) -> ImportPlan:
    plan = ImportPlan(rows=len(rows))
    unknown = set(mapping) - set(FIELDS)
    if unknown:
        raise ValueError(f"cannot map to {unknown}")
    if "sku" not in mapping:
        plan.problems.append(Problem(1, "", "Map a column to SKU: it says which variant each row changes."))
        return plan
    if len(mapping) == 1:
        plan.problems.append(Problem(1, "", "Map at least one column to a field to change."))
        return plan
    with engine.connect() as conn:
        skus = {r.sku: (r.id, r.listing_id, r.price, r.compare_at_price) for r in conn.execute(
            select(VARIANTS.c.sku, VARIANTS.c.id, VARIANTS.c.listing_id, VARIANTS.c.price,
                   VARIANTS.c.compare_at_price))}
        listing_rows = {r.id: r for r in conn.execute(select(LISTINGS.c.id, *[LISTINGS.c[f] for f in EDITABLE
                                                                              if f != "tags"], LISTINGS.c.status))}
    seen: dict[str, int] = {}
    listing_fields: dict[int, tuple[int, dict]] = {}   # listing -> (first row, fields)
    origin: list[tuple[int, str]] = []                  # per step: (row, column) to report against
    for n, row in enumerate(rows, start=2):
        sku = row.get(mapping["sku"], "").strip()
        if not sku:
            plan.problems.append(Problem(n, mapping["sku"], "The SKU is empty."))
            continue
        if sku in seen:
            plan.problems.append(Problem(n, mapping["sku"], f"SKU {sku} is already on line {seen[sku]}."))
            continue
        seen[sku] = n
        if sku not in skus:
            plan.problems.append(Problem(n, mapping["sku"], f"No variant has the SKU {sku} in this shop."))
            continue
        variant_id, listing_id, old_price, old_compare = skus[sku]
        price, compare = old_price, old_compare
        bad = False
        for target in ("price", "compare_at_price"):
            if target in mapping:
                text = row.get(mapping[target], "").strip()
                if not text:
                    if target == "price":
                        continue
                    value = None
                else:
                    value = parse_amount(text, currency_digits)
                    if value is None:
                        plan.problems.append(Problem(n, mapping[target], f"{text!r} is not an amount."))
                        bad = True
                        continue
                if target == "price":
                    price = value
                else:
                    compare = value
        if bad:
            continue
        if (price, compare) != (old_price, old_compare):
            plan.steps.append(("listings.set_price", listing_id,
                               {"variant_id": variant_id, "price": price, "compare_at_price": compare}))
            origin.append((n, mapping.get("price") or mapping.get("compare_at_price", "")))
        current = listing_rows[listing_id]
        changes = {}
        for target in ("title", "description", "category", "brand", "status"):
            if target not in mapping:
                continue
            text = row.get(mapping[target], "").strip()
            if target == "status":
                if not text:
                    continue
                status = STATUS_WORDS.get(text.lower())
                if status is None:
                    plan.problems.append(Problem(n, mapping[target], f"{text!r} is not a status "
                                                 "(active, draft or delisted)."))
                    continue
                text = status
            value = text or None
            if target in ("title", "category") and value is None:
                continue  # an empty cell leaves a required field as it is
            if value != getattr(current, target):
                changes[target] = value
        if changes:
            first, earlier = listing_fields.get(listing_id, (n, {}))
            clash = [f for f in changes if f in earlier and earlier[f] != changes[f]]
            if clash:
                plan.problems.append(Problem(n, mapping[clash[0]], f"Line {first} gives this listing a different "
                                             f"{clash[0]}; variants of one listing share it."))
                continue
            listing_fields[listing_id] = (first, {**earlier, **changes})
    for listing_id, (first, changes) in listing_fields.items():
        plan.steps.append(("listings.update", listing_id, changes))
        origin.append((first, ""))
    plan.listings = len({step[1] for step in plan.steps})
    if not plan.problems and plan.steps:
        for index, err in dry_run(engine, actor, plan.steps):
            row, column = origin[index]
            column = mapping.get(err.field, column) if err.field else column
            plan.problems.append(Problem(row, column, err.message))
    if not plan.steps and not plan.problems:
        plan.problems.append(Problem(1, "", "Nothing to change: every value in the file is already as it is."))
    plan.problems.sort(key=lambda p: p.row)
    return plan
