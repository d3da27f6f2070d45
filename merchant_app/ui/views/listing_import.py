"""Import listing changes from a CSV file: pick the file, map its columns, see every problem, apply."""

from __future__ import annotations

from ...services.imports import FIELDS, guess_mapping, plan_import
from .. import formatting
from .csv_import import CsvImportDialog


class ListingImportDialog(CsvImportDialog):
    fields = FIELDS

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Import listing changes from CSV"))

    def intro(self) -> str:
        return self.tr("Each row changes the variant with its SKU: price, compare-at price, and its listing's title, "
                       "description, category, brand or status. Nothing is imported while any row has a problem.")

    def field_names(self) -> dict[str, str]:
        return {"sku": self.tr("SKU (required)"), "price": self.tr("Price"),
                "compare_at_price": self.tr("Compare-at price"), "title": self.tr("Title"),
                "description": self.tr("Description"), "category": self.tr("Category"),
                "brand": self.tr("Brand"), "status": self.tr("Status")}

    def guess(self, header: list[str]) -> dict[str, str]:
        return guess_mapping(header)

    def make_plan(self, rows: list[dict], mapping: dict[str, str]):
        digits = formatting.minor_digits(self.workspace.shop.get("currency") or "CNY")
        return plan_import(self.workspace.engine, self.workspace.actor, rows, mapping, digits)

    def ready_text(self, plan) -> str:
        return self.tr("Ready: %n change(s) to %1 listing(s), from %2 row(s).", "", len(plan.steps)) \
            .replace("%1", str(plan.listings)).replace("%2", str(plan.rows))
