<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkPriceDialog</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="32"/>
        <source>Change prices of %n listing(s)</source>
        <translation>
            <numerusform>Change prices of %n listing</numerusform>
            <numerusform>Change prices of %n listings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="110"/>
        <source>%n price(s) cannot be set; fix the change or the selection. Nothing is applied while any line has an error.</source>
        <translation>
            <numerusform>%n price cannot be set; fix the change or the selection. Nothing is applied while any line has an error.</numerusform>
            <numerusform>%n prices cannot be set; fix the change or the selection. Nothing is applied while any line has an error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="113"/>
        <source>%n price(s) will change. They are sent after %1 seconds: until then you can undo.</source>
        <translation>
            <numerusform>%n price will change. It is sent after %1 seconds: until then you can undo.</numerusform>
            <numerusform>%n prices will change. They are sent after %1 seconds: until then you can undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkShipDialog</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/order_actions.py" line="395"/>
        <source>Ship the %n high-risk order(s) in the file too: I checked them</source>
        <translation>
            <numerusform>Ship the %n high-risk order in the file too: I checked them</numerusform>
            <numerusform>Ship the %n high-risk orders in the file too: I checked them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/order_actions.py" line="400"/>
        <source>Ready: %n order(s) to ship.</source>
        <translation>
            <numerusform>Ready: %n order to ship.</numerusform>
            <numerusform>Ready: %n orders to ship.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="247"/>
        <source>%n other campaign(s) at the same time on these products:</source>
        <translation>
            <numerusform>%n other campaign at the same time on these products:</numerusform>
            <numerusform>%n other campaigns at the same time on these products:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="252"/>
        <source>%n variant(s) under the margin floor of %1 %:</source>
        <translation>
            <numerusform>%n variant under the margin floor of %1 %:</numerusform>
            <numerusform>%n variants under the margin floor of %1 %:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="432"/>
        <source>%1, up to %n unit(s)</source>
        <translation>
            <numerusform>%1, up to %n unit</numerusform>
            <numerusform>%1, up to %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="435"/>
        <source>%n product(s) together for %1</source>
        <translation>
            <numerusform>%n product together for %1</numerusform>
            <numerusform>%n products together for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="445"/>
        <source>On %n product(s)</source>
        <translation>
            <numerusform>On %n product</numerusform>
            <numerusform>On %n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="447"/>
        <source>up to %n use(s) in all</source>
        <translation>
            <numerusform>up to %n use in all</numerusform>
            <numerusform>up to %n uses in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="449"/>
        <source>%n per customer</source>
        <translation>
            <numerusform>%n per customer</numerusform>
            <numerusform>%n per customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="507"/>
        <source>%n redemption(s)</source>
        <translation>
            <numerusform>%n redemption</numerusform>
            <numerusform>%n redemptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="512"/>
        <source>%1 visits, %2 sessions over %n day(s)</source>
        <translation>
            <numerusform>%1 visits, %2 sessions over %n day</numerusform>
            <numerusform>%1 visits, %2 sessions over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="538"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/csv_import.py" line="119"/>
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/csv_import.py" line="156"/>
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/csv_import.py" line="167"/>
        <source>%n problem(s) found: nothing will be imported until the file is fixed.</source>
        <translation>
            <numerusform>%n problem found: nothing will be imported until the file is fixed.</numerusform>
            <numerusform>%n problems found: nothing will be imported until the file is fixed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/home.py" line="265"/>
        <source>%n high risk</source>
        <translation>
            <numerusform>%n high risk</numerusform>
            <numerusform>%n high risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/home.py" line="270"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/home.py" line="272"/>
        <source>%n out of stock</source>
        <translation>
            <numerusform>%n out of stock</numerusform>
            <numerusform>%n out of stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/home.py" line="277"/>
        <source>%n ending within a day</source>
        <translation>
            <numerusform>%n ending within a day</numerusform>
            <numerusform>%n ending within a day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingImportDialog</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/listing_import.py" line="35"/>
        <source>Ready: %n change(s) to %1 listing(s), from %2 row(s).</source>
        <translation>
            <numerusform>Ready: %n change to %1 listing(s), from %2 row(s).</numerusform>
            <numerusform>Ready: %n changes to %1 listing(s), from %2 row(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingsView</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/listings.py" line="89"/>
        <source>%n price(s) changed.</source>
        <translation>
            <numerusform>%n price changed.</numerusform>
            <numerusform>%n prices changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/listings.py" line="248"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/listings.py" line="272"/>
        <source>description under %n characters</source>
        <translation>
            <numerusform>description under %n character</numerusform>
            <numerusform>description under %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/main_window.py" line="314"/>
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n edit waiting</numerusform>
            <numerusform>%n edits waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/main_window.py" line="318"/>
        <source>⚠ %n need(s) attention</source>
        <translation>
            <numerusform>⚠ %n needs attention</numerusform>
            <numerusform>⚠ %n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/main_window.py" line="348"/>
        <source>The local cache was damaged. It was set aside and a new one is being filled from the platform; %n edit(s) not yet synced were kept and will be sent.</source>
        <translation>
            <numerusform>The local cache was damaged. It was set aside and a new one is being filled from the platform; %n edit not yet synced was kept and will be sent.</numerusform>
            <numerusform>The local cache was damaged. It was set aside and a new one is being filled from the platform; %n edits not yet synced were kept and will be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/main_window.py" line="353"/>
        <source>The cache is back to the copy %1; %n edit(s) made since and not yet synced were kept. The next sync brings what the platform changed meanwhile.</source>
        <translation>
            <numerusform>The cache is back to the copy %1; %n edit made since and not yet synced was kept. The next sync brings what the platform changed meanwhile.</numerusform>
            <numerusform>The cache is back to the copy %1; %n edits made since and not yet synced were kept. The next sync brings what the platform changed meanwhile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaign_calendar.py" line="152"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/notifications.py" line="170"/>
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n new order</numerusform>
            <numerusform>%n new orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/notifications.py" line="175"/>
        <source>%n ticket(s) past the SLA</source>
        <translation>
            <numerusform>%n ticket past the SLA</numerusform>
            <numerusform>%n tickets past the SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/notifications.py" line="177"/>
        <source>%n ticket(s) near or past the SLA</source>
        <translation>
            <numerusform>%n ticket near or past the SLA</numerusform>
            <numerusform>%n tickets near or past the SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/notifications.py" line="182"/>
        <source>%n new ticket(s)</source>
        <translation>
            <numerusform>%n new ticket</numerusform>
            <numerusform>%n new tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/notifications.py" line="185"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/orders.py" line="370"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/orders.py" line="460"/>
        <source>Writing %n order(s) to PDF…</source>
        <translation>
            <numerusform>Writing %n order to PDF…</numerusform>
            <numerusform>Writing %n orders to PDF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/orders.py" line="465"/>
        <source>%n order(s) saved to %1</source>
        <translation>
            <numerusform>%n order saved to %1</numerusform>
            <numerusform>%n orders saved to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/orders.py" line="591"/>
        <source>%n order(s) from this customer</source>
        <translation>
            <numerusform>%n order from this customer</numerusform>
            <numerusform>%n orders from this customer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/formatting.py" line="133"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/formatting.py" line="136"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/formatting.py" line="139"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/formatting.py" line="142"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/formatting.py" line="145"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/formatting.py" line="148"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingsChart</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/review_ratings.py" line="140"/>
        <source>%1: %2 ★ average, %n review(s)</source>
        <translation>
            <numerusform>%1: %2 ★ average, %n review</numerusform>
            <numerusform>%1: %2 ★ average, %n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/review_actions.py" line="88"/>
        <source>%n of the selected review(s) cannot be hidden (hidden already) and stay as they are.</source>
        <translation>
            <numerusform>%n of the selected reviews cannot be hidden (it is hidden already) and stays as it is.</numerusform>
            <numerusform>%n of the selected reviews cannot be hidden (hidden already) and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/review_actions.py" line="90"/>
        <source>%n of the selected review(s) cannot be reported (not published) and stay as they are.</source>
        <translation>
            <numerusform>%n of the selected reviews cannot be reported (it is not published) and stays as it is.</numerusform>
            <numerusform>%n of the selected reviews cannot be reported (not published) and stay as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/order_actions.py" line="309"/>
        <source>%n unit(s) chosen had shipped and can go back on the shelf.</source>
        <translation>
            <numerusform>%n unit chosen had shipped and can go back on the shelf.</numerusform>
            <numerusform>%n units chosen had shipped and can go back on the shelf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/review_actions.py" line="129"/>
        <source>%n of them already have a reply, which this one replaces.</source>
        <translation>
            <numerusform>%n of them already has a reply, which this one replaces.</numerusform>
            <numerusform>%n of them already have a reply, which this one replaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/review_actions.py" line="138"/>
        <source>Reply to %n review(s)</source>
        <translation>
            <numerusform>Reply to %n review</numerusform>
            <numerusform>Reply to %n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/review_actions.py" line="72"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/reviews.py" line="346"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/reviews.py" line="434"/>
        <source>Reply to %n review(s)…</source>
        <translation>
            <numerusform>Reply to %n review…</numerusform>
            <numerusform>Reply to %n reviews…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/reviews.py" line="541"/>
        <source>%1 ★ average from %n review(s)</source>
        <translation>
            <numerusform>%1 ★ average from %n review</numerusform>
            <numerusform>%1 ★ average from %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/reviews.py" line="561"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesView</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/sales.py" line="521"/>
        <location filename="../../merchant_app/ui/views/sales.py" line="534"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/stock.py" line="199"/>
        <source>%n adjustment(s) waiting to sync</source>
        <translation>
            <numerusform>%n adjustment waiting to sync</numerusform>
            <numerusform>%n adjustments waiting to sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/tickets.py" line="447"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/tickets.py" line="570"/>
        <source>Evidence saved to %1 (%n page(s))</source>
        <translation>
            <numerusform>Evidence saved to %1 (%n page)</numerusform>
            <numerusform>Evidence saved to %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/tickets.py" line="788"/>
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Show %n earlier message</numerusform>
            <numerusform>Show %n earlier messages</numerusform>
        </translation>
    </message>
</context>
</TS>
