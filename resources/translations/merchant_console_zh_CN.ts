<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="100"/>
        <source>The change could not be saved: %1</source>
        <translation>无法保存修改：%1</translation>
    </message>
</context>
<context>
    <name>ApproveReturnDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="42"/>
        <source>Approve a return for %1</source>
        <translation>为 %1 同意退货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="44"/>
        <source>Choose the units the customer sends back. The ticket then waits for the parcel, and the RMA number goes on it.</source>
        <translation>选择顾客寄回的商品件数。之后工单将等待退货包裹，包裹上需注明退货单号。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="46"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="46"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="46"/>
        <source>Shipped</source>
        <translation>已发</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="46"/>
        <source>Can return</source>
        <translation>可退</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="47"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="63"/>
        <source>Approve return</source>
        <translation>同意退货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="68"/>
        <source>Choose the units the customer sends back.</source>
        <translation>请选择顾客寄回的商品件数。</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="142"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="59"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="62"/>
        <source>Record number, change or person (Ctrl+F)</source>
        <translation>记录编号、修改或人员（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="73"/>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="74"/>
        <source>Any record</source>
        <translation>所有记录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="76"/>
        <source>Synced or not</source>
        <translation>是否已同步</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="76"/>
        <location filename="../../merchant_app/ui/views/audit.py" line="132"/>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="77"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="94"/>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="100"/>
        <location filename="../../merchant_app/ui/views/audit.py" line="132"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="100"/>
        <location filename="../../merchant_app/ui/views/audit.py" line="132"/>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="112"/>
        <source>Select a change to see it field by field.</source>
        <translation>选择一项修改，逐个字段查看。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="116"/>
        <location filename="../../merchant_app/ui/views/audit.py" line="130"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="117"/>
        <source>Before → after</source>
        <translation>修改前 → 修改后</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="129"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="129"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/audit.py" line="131"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>BulkPriceDialog</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="32"/>
        <source>Change prices of %n listing(s)</source>
        <translation>
            <numerusform>修改 %n 个商品的价格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="37"/>
        <source>Change by percent</source>
        <translation>按百分比调整</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="38"/>
        <source>Change by amount</source>
        <translation>按金额调整</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="39"/>
        <source>Set to</source>
        <translation>统一设为</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="42"/>
        <source>No rounding</source>
        <translation>不取整</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="43"/>
        <source>Up to 0.10</source>
        <translation>向上取整到 0.10</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="44"/>
        <source>Up to a whole unit</source>
        <translation>向上取整到整数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="45"/>
        <source>Change</source>
        <translation>调整方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="46"/>
        <source>By</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="47"/>
        <source>Round</source>
        <translation>取整</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="50"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="50"/>
        <source>Listing</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="50"/>
        <source>Now</source>
        <translation>现价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="50"/>
        <source>New</source>
        <translation>新价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="51"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="60"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="110"/>
        <source>%n price(s) cannot be set; fix the change or the selection. Nothing is applied while any line has an error.</source>
        <translation>
            <numerusform>%n 个价格无法设置，请修改调整方式或所选商品。只要有一行出错，就不会应用任何修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/bulk_price.py" line="113"/>
        <source>%n price(s) will change. They are sent after %1 seconds: until then you can undo.</source>
        <translation>
            <numerusform>将修改 %n 个价格，%1 秒后发送到平台，在此之前可以撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkShipDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="364"/>
        <source>Ship orders from a CSV file</source>
        <translation>从 CSV 文件批量发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="367"/>
        <source>Each row ships everything an order has left to ship, with the carrier and tracking number given. Nothing ships while any row has a problem.</source>
        <translation>每一行按给出的快递公司和运单号，发出该订单所有待发的商品。只要有任何一行有问题，就不会发货。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="371"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="371"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="372"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="375"/>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="378"/>
        <source>Ship high-risk orders in the file too: I checked them</source>
        <translation>文件中的高风险订单也发货：我已核实</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/order_actions.py" line="395"/>
        <source>Ship the %n high-risk order(s) in the file too: I checked them</source>
        <translation>
            <numerusform>文件中的 %n 个高风险订单也发货：我已核实</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/order_actions.py" line="400"/>
        <source>Ready: %n order(s) to ship.</source>
        <translation>
            <numerusform>可以发货：%n 个订单。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignCalendar</name>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_calendar.py" line="168"/>
        <source>The month before</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_calendar.py" line="170"/>
        <source>The month after</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_calendar.py" line="171"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
</context>
<context>
    <name>CampaignComparison</name>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="191"/>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="197"/>
        <source>Compare campaigns</source>
        <translation>活动对比</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="199"/>
        <source>Money is in each campaign&apos;s own currency. Hover a figure&apos;s name for its definition.</source>
        <translation>金额以各活动自身的币种计。鼠标悬停在指标名称上可查看定义。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="208"/>
        <source>Uplift</source>
        <translation>增量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="209"/>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="214"/>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="233"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="233"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="233"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="263"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="269"/>
        <source>Export comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="270"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>CampaignDashboard</name>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="93"/>
        <source>Campaign dashboard</source>
        <translation>活动看板</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="111"/>
        <source>Covered products&apos; revenue per day</source>
        <translation>覆盖商品每日营业额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="112"/>
        <source>Revenue of the products the campaign covers, from every counted order, with or without it; expected: the weekday-adjusted baseline; with the campaign: orders that used it.</source>
        <translation>活动覆盖商品在所有计入订单中的营业额（无论是否使用活动）；预期：按星期几调整的基线；使用活动：使用了该活动的订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="131"/>
        <source>The sales figures are built at the end of the first sync. Sync, then look again.</source>
        <translation>销售数据在首次同步结束时生成。请先同步，然后再查看。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="138"/>
        <source>Campaign dashboard — %1</source>
        <translation>活动看板 — %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="143"/>
        <source>baseline %1</source>
        <translation>基线 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="146"/>
        <source>measured up to %1</source>
        <translation>统计至 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="149"/>
        <source>platform counter: %1</source>
        <translation>平台计数：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="150"/>
        <source>%1 visits, %2 sessions</source>
        <translation>%1 次访问，%2 次会话</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="152"/>
        <source>expected %1, got %2</source>
        <translation>预期 %1，实际 %2</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="155"/>
        <source>incremental margin %1</source>
        <translation>增量毛利 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="168"/>
        <source>Covered revenue</source>
        <translation>覆盖营业额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="169"/>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="170"/>
        <source>With the campaign</source>
        <translation>使用活动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="174"/>
        <source>The campaign has not started yet.</source>
        <translation>活动尚未开始。</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="70"/>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="71"/>
        <source>Change campaign %1</source>
        <translation>修改活动 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="81"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="83"/>
        <source>What customers and your team will call it</source>
        <translation>顾客和团队看到的名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="84"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="89"/>
        <source>A running campaign&apos;s start cannot move</source>
        <translation>进行中的活动不能更改开始时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="90"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="91"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="93"/>
        <source>No budget</source>
        <translation>不设预算</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="95"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="99"/>
        <source>SKUs, separated by commas (empty: every product)</source>
        <translation>SKU，用逗号分隔（留空：全店商品）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="100"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="103"/>
        <source>Percent off</source>
        <translation>折扣百分比</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="103"/>
        <source>Amount off</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="104"/>
        <source>Spend at least</source>
        <translation>满额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="104"/>
        <source>Save</source>
        <translation>减</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="104"/>
        <source>Coupon code</source>
        <translation>优惠码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="105"/>
        <source>Uses in all</source>
        <translation>总使用次数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="105"/>
        <source>Uses per customer</source>
        <translation>每人使用次数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="106"/>
        <source>Units at the sale price</source>
        <translation>特价件数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="106"/>
        <source>Bundle price</source>
        <translation>组合价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="115"/>
        <source>Keep it as a draft (schedule it later)</source>
        <translation>保存为草稿（稍后再安排）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="121"/>
        <source>How much more than usual you expect to sell while the campaign runs</source>
        <translation>预计活动期间销量是平时的几倍</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="122"/>
        <source>Expected uplift</source>
        <translation>预计销量倍数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="127"/>
        <source>Run it alongside the other campaigns on these products</source>
        <translation>与这些商品上的其他活动同时进行</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="128"/>
        <source>Sell under the margin floor</source>
        <translation>允许低于毛利下限销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="159"/>
        <source>Save campaign</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="159"/>
        <source>Create campaign</source>
        <translation>创建活动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="173"/>
        <source>%1 is not a positive number.</source>
        <translation>%1 不是正数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="187"/>
        <source>No product has the SKU %1.</source>
        <translation>没有 SKU 为 %1 的商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="192"/>
        <source>%1 is not an amount.</source>
        <translation>%1 不是金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="205"/>
        <source>A campaign needs a name.</source>
        <translation>活动需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="219"/>
        <source>Nothing to save: nothing was changed.</source>
        <translation>没有需要保存的内容：未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="243"/>
        <source>The offer is incomplete:</source>
        <translation>优惠规则不完整：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="247"/>
        <source>%n other campaign(s) at the same time on these products:</source>
        <translation>
            <numerusform>同一时间这些商品上还有 %n 个其他活动：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="252"/>
        <source>%n variant(s) under the margin floor of %1 %:</source>
        <translation>
            <numerusform>%n 个规格低于 %1% 的毛利下限：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="256"/>
        <source>%1 (%2 available, %3 expected)</source>
        <translation>%1（可售 %2，预计 %3）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="259"/>
        <source>Likely to sell out:</source>
        <translation>可能售罄：</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="261"/>
        <source>No overlap, every margin above the floor, enough stock.</source>
        <translation>没有重叠活动，毛利均高于下限，库存充足。</translation>
    </message>
</context>
<context>
    <name>CampaignFigures</name>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="45"/>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="45"/>
        <source>Orders (redemptions)</source>
        <translation>订单（核销）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="46"/>
        <source>Units sold</source>
        <translation>销售件数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="46"/>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="47"/>
        <source>Discount cost</source>
        <translation>优惠成本</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="47"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="48"/>
        <source>Uplift</source>
        <translation>增量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="48"/>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="50"/>
        <source>Merchandise after discounts of the counted orders that used the campaign, in its days.</source>
        <translation>活动期间使用该活动的计入订单的商品金额（扣除优惠后）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="52"/>
        <source>Counted orders placed in the campaign&apos;s days that used it. The platform&apos;s own redemption counter is shown beside it.</source>
        <translation>活动期间下单并使用该活动的计入订单。平台自身的核销计数显示在旁边。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="54"/>
        <source>Units of those orders.</source>
        <translation>这些订单的商品件数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="55"/>
        <source>Revenue ÷ orders of the campaign.</source>
        <translation>活动营业额 ÷ 活动订单数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="56"/>
        <source>The discounts of those orders. An order under two campaigns counts its whole discount for each.</source>
        <translation>这些订单的优惠金额。同时参与两个活动的订单，其全部优惠分别计入每个活动。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="58"/>
        <source>Orders ÷ sessions the platform counted for the campaign.</source>
        <translation>订单数 ÷ 平台为该活动统计的会话数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="59"/>
        <source>(Revenue of the covered products − expected revenue) ÷ expected revenue. Expected: the same number of days before the start, weekday by weekday.</source>
        <translation>（覆盖商品的营业额 − 预期营业额）÷ 预期营业额。预期：活动开始前相同天数，按星期几逐日对应。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_dashboard.py" line="61"/>
        <source>(Incremental gross margin − discount cost) ÷ discount cost. The margin is before discounts, with costs as the cache holds them now.</source>
        <translation>（增量毛利 − 优惠成本）÷ 优惠成本。毛利按优惠前计算，成本取缓存中的当前值。</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="135"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="136"/>
        <source>The campaigns of a month on a calendar (the filters of status and type apply)</source>
        <translation>按月在日历上查看活动（状态和类型筛选同样适用）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="140"/>
        <source>New campaign…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="141"/>
        <source>A campaign of any type, checked against the others, the margin floor and the stock</source>
        <translation>任意类型的活动，会与其他活动、毛利底线和库存进行核对</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="144"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="145"/>
        <source>The figures of the selected campaigns side by side (select two or more)</source>
        <translation>并排查看所选活动的指标（请选择两个或以上）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="154"/>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="157"/>
        <source>Campaign name or coupon code (Ctrl+F)</source>
        <translation>活动名称或优惠码（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="168"/>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="170"/>
        <source>Running: active on the platform and within its dates now, as Home counts running campaigns</source>
        <translation>进行中：在平台上已启用且当前在活动期内，与首页“进行中的活动”的统计一致</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="172"/>
        <source>Any type</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="174"/>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="174"/>
        <source>Upcoming</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="174"/>
        <source>Past</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="175"/>
        <source>Any dates</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="176"/>
        <source>By the campaign&apos;s dates, whatever its status: current (started and not ended), upcoming (not started yet) or past (ended)</source>
        <translation>按活动日期筛选，不论状态：当前（已开始且未结束）、即将开始（尚未开始）或已结束</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="203"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="208"/>
        <source>Select a campaign to see its offer, dates, budget and results.</source>
        <translation>选择一个活动以查看优惠、日期、预算和效果。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="227"/>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="228"/>
        <source>Revenue, orders, discount cost, uplift and ROI, day by day</source>
        <translation>逐日查看营业额、订单、优惠成本、增量和投资回报率</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="230"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="230"/>
        <source>Schedule</source>
        <translation>排期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="231"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="231"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="232"/>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="238"/>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="238"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="238"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="239"/>
        <source>Results</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="239"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="249"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="249"/>
        <source>Visits</source>
        <translation>访问量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="249"/>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="342"/>
        <source>Name, dates, budget, products and offer, checked against the other campaigns, the margin floor and the stock</source>
        <translation>名称、日期、预算、商品和优惠，并对照其他活动、毛利下限和库存检查</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="344"/>
        <source>A draft goes live at its start</source>
        <translation>草稿在开始时间上线</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="344"/>
        <source>Stop it for a while</source>
        <translation>暂时停止</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="345"/>
        <source>Run it again until its end</source>
        <translation>继续进行至结束</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="345"/>
        <source>Stop it for good</source>
        <translation>永久停止</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="400"/>
        <source>Its end has passed: the platform will mark it ended shortly. It no longer counts as running.</source>
        <translation>结束时间已过：平台很快会将其标记为已结束。它已不再计为进行中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="403"/>
        <source>Its start has passed: the platform will mark it running shortly. Until then it does not count as running.</source>
        <translation>开始时间已过：平台很快会将其标记为进行中。在此之前不计为进行中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="421"/>
        <source>%1% off</source>
        <translation>%1% 折扣</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="423"/>
        <source>%1 off</source>
        <translation>立减 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="427"/>
        <source>%1 off orders of %2 or more</source>
        <translation>满 %2 减 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="430"/>
        <source>Code %1: %2</source>
        <translation>优惠码 %1：%2</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="430"/>
        <source>Code %1</source>
        <translation>优惠码 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="432"/>
        <source>%1, up to %n unit(s)</source>
        <translation>
            <numerusform>%1，限 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="435"/>
        <source>%n product(s) together for %1</source>
        <translation>
            <numerusform>%n 件商品组合价 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="437"/>
        <source>%1 off per order</source>
        <translation>每单立减 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="438"/>
        <source>No discount set</source>
        <translation>未设置折扣</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="445"/>
        <source>On %n product(s)</source>
        <translation>
            <numerusform>适用于 %n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="445"/>
        <source>On every product in the shop</source>
        <translation>适用于全店商品</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="447"/>
        <source>up to %n use(s) in all</source>
        <translation>
            <numerusform>总共最多使用 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="449"/>
        <source>%n per customer</source>
        <translation>
            <numerusform>每位客户 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="455"/>
        <source>Lasts %1</source>
        <translation>持续 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="460"/>
        <source>Not scheduled yet</source>
        <translation>尚未排期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="462"/>
        <source>Starts in %1</source>
        <translation>%1 后开始</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="465"/>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="502"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="468"/>
        <source>Ended %1 ago</source>
        <translation>已于 %1 前结束</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="486"/>
        <source>%1 spent; no budget limit</source>
        <translation>已花费 %1；无预算上限</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="491"/>
        <source>%1 spent of %2</source>
        <translation>已花费 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="500"/>
        <source>The budget is used up: the campaign gives no more discounts.</source>
        <translation>预算已用完：活动不再提供折扣。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="507"/>
        <source>%n redemption(s)</source>
        <translation>
            <numerusform>%n 次核销</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="512"/>
        <source>%1 visits, %2 sessions over %n day(s)</source>
        <translation>
            <numerusform>%n 天内 %1 次访问，%2 次会话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="515"/>
        <source>No traffic figures for its dates yet.</source>
        <translation>该活动日期内暂无流量数据。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaigns.py" line="535"/>
        <source>Every product in the shop.</source>
        <translation>全店商品。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaigns.py" line="538"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelCampaignDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="276"/>
        <source>Cancel campaign %1</source>
        <translation>取消活动 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="277"/>
        <source>The campaign stops at once and cannot be resumed; its results so far stay. To stop it for a while, pause it instead.</source>
        <translation>活动将立即停止且无法恢复，已有效果数据保留。如只想暂时停止，请改用暂停。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/campaign_actions.py" line="285"/>
        <source>Cancel campaign</source>
        <translation>取消活动</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="229"/>
        <source>Cancel order %1</source>
        <translation>取消订单 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="231"/>
        <source>The customer is refunded %1 in full, and the reserved stock becomes available again.</source>
        <translation>将向顾客全额退款 %1，占用的库存恢复为可售。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="233"/>
        <source>The order is not paid: nothing is refunded. The reserved stock becomes available again.</source>
        <translation>该订单尚未付款，无需退款。占用的库存恢复为可售。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="236"/>
        <source>Customer asked to cancel</source>
        <translation>顾客要求取消</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="236"/>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="237"/>
        <source>Suspected fraud</source>
        <translation>疑似欺诈</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="237"/>
        <source>Payment problem</source>
        <translation>付款问题</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="238"/>
        <source>Duplicate order</source>
        <translation>重复下单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="239"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="244"/>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
</context>
<context>
    <name>CannedRepliesDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="38"/>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="47"/>
        <source>New reply</source>
        <translation>新建回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="56"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="57"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="58"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="59"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="63"/>
        <source>Insert a fact of the ticket (filled in when the reply is used):</source>
        <translation>插入工单信息（使用回复时自动填入）：</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="73"/>
        <source>A built-in reply: save a copy under a new name to change it.</source>
        <translation>内置回复：如需修改，请另存为新回复。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="79"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="81"/>
        <source>Save as new</source>
        <translation>另存为新回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="83"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="101"/>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="101"/>
        <source>this shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/canned_replies.py" line="135"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../merchant_app/ui/charts.py" line="107"/>
        <source>Export or reset the zoom</source>
        <translation>导出或重置缩放</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/charts.py" line="110"/>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/charts.py" line="111"/>
        <source>Export data as CSV…</source>
        <translation>导出数据为 CSV…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/charts.py" line="112"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/charts.py" line="122"/>
        <source>No data in this period.</source>
        <translation>此期间没有数据。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/charts.py" line="179"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/charts.py" line="180"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/charts.py" line="185"/>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/charts.py" line="186"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../merchant_app/ui/command_palette.py" line="16"/>
        <source>Type a command…</source>
        <translation>输入命令…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/command_palette.py" line="21"/>
        <source>No command matches.</source>
        <translation>没有匹配的命令。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../merchant_app/ui/composer.py" line="118"/>
        <source>It could not be saved: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="134"/>
        <source>Confirm order %1</source>
        <translation>确认订单 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="135"/>
        <source>Order %1 is paid. Confirming it tells the customer it is being prepared, and it moves to Processing.</source>
        <translation>订单 %1 已付款。确认后会告知顾客订单正在备货，订单状态变为“处理中”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="141"/>
        <source>Confirm order</source>
        <translation>确认订单</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="43"/>
        <source>Conflicts and rejected edits</source>
        <translation>冲突与被拒绝的修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="59"/>
        <source>The record changed on the platform after you edited it. Choose what to keep.</source>
        <translation>您修改后，该记录在平台上又发生了变更。请选择要保留的版本。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="62"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="62"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="62"/>
        <source>Yours</source>
        <translation>您的修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="63"/>
        <source>Platform&apos;s</source>
        <translation>平台版本</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="69"/>
        <source>Take theirs</source>
        <translation>采用平台版本</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="70"/>
        <source>Keep mine</source>
        <translation>保留我的修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="85"/>
        <source>The platform refused these changes; they were undone here. Read why, then put them away.</source>
        <translation>平台拒绝了以下修改，本地已撤销。请查看原因，然后将其清除。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="88"/>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="88"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="88"/>
        <source>Platform&apos;s reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="94"/>
        <source>Put away selected</source>
        <translation>清除所选</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="112"/>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="113"/>
        <source>Rejected (%1)</source>
        <translation>被拒绝（%1）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/conflicts.py" line="138"/>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../merchant_app/ui/diagnostics.py" line="92"/>
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/diagnostics.py" line="93"/>
        <source>The console hit an error it did not expect. Your data is safe: every change is saved whole or not at all, and edits not yet synced are kept. Please send these diagnostics to support (tokens and personal data are left out).</source>
        <translation>控制台遇到了一个意外错误。您的数据是安全的：每次修改要么完整保存，要么完全不保存，尚未同步的修改也都保留着。请将以下诊断信息发送给技术支持（不含令牌和个人信息）。</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/csv_import.py" line="46"/>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/csv_import.py" line="47"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/csv_import.py" line="65"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/csv_import.py" line="65"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/csv_import.py" line="65"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/csv_import.py" line="72"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/csv_import.py" line="90"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/csv_import.py" line="107"/>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/csv_import.py" line="107"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/csv_import.py" line="119"/>
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/csv_import.py" line="124"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/csv_import.py" line="140"/>
        <source>Map the columns, then Check.</source>
        <translation>请对应好各列，然后点击“检查”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/csv_import.py" line="156"/>
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>正在检查 %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/csv_import.py" line="167"/>
        <source>%n problem(s) found: nothing will be imported until the file is fixed.</source>
        <translation>
            <numerusform>发现 %n 个问题：文件修正前不会导入任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="104"/>
        <source>Orders placed between</source>
        <translation>下单时间范围</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="109"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="110"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="124"/>
        <source>The last day comes before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../merchant_app/ui/diagnostics.py" line="30"/>
        <source>Diagnostics</source>
        <translation>诊断信息</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/diagnostics.py" line="33"/>
        <source>What support needs to know about this console. Tokens, passwords, e-mail addresses and phone numbers are left out.</source>
        <translation>技术支持需要了解的控制台信息。不含令牌、密码、电子邮件地址和电话号码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/diagnostics.py" line="40"/>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/diagnostics.py" line="41"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/diagnostics.py" line="53"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="157"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="169"/>
        <source>New orders</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="170"/>
        <source>Orders to ship</source>
        <translation>待发货订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="171"/>
        <source>Tickets near SLA breach</source>
        <translation>即将超出 SLA 的工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="172"/>
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="173"/>
        <source>Unanswered negative reviews</source>
        <translation>未回复的差评</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="174"/>
        <source>Running campaigns</source>
        <translation>进行中的活动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="186"/>
        <source>Waiting longest to ship</source>
        <translation>等待发货最久</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="186"/>
        <source>Nothing waits to be shipped.</source>
        <translation>没有待发货的订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="187"/>
        <source>Restock first</source>
        <translation>优先补货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="187"/>
        <source>Every SKU is above its low-stock threshold.</source>
        <translation>所有 SKU 均高于低库存阈值。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="197"/>
        <source>Orders placed since midnight, shop time, compared with yesterday up to the same time of day.</source>
        <translation>店铺时间今日零点以来的订单，与昨日同一时刻之前的订单数对比。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="199"/>
        <source>Orders paid or being processed with units not shipped yet, cash on delivery before payment included.</source>
        <translation>已付款或处理中且仍有商品未发货的订单，含尚未付款的货到付款订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="201"/>
        <source>Tickets being worked on whose next response or resolution is due within %1 h, or overdue. Tickets waiting for the customer are paused.</source>
        <translation>处理中的工单，其下次回复或解决期限在 %1 小时内或已逾期。等待客户回复的工单暂停计时。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="204"/>
        <source>Stock levels at or below their low-stock threshold, out of stock included.</source>
        <translation>库存等于或低于低库存阈值的库存项，含缺货。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="205"/>
        <source>Published one- and two-star reviews without a reply.</source>
        <translation>已发布且尚未回复的一星和二星评价。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="206"/>
        <source>Campaigns active now.</source>
        <translation>当前生效的活动。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="226"/>
        <source>Could not count: %1</source>
        <translation>无法统计：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="236"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="242"/>
        <source>high risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="243"/>
        <source>waiting %1</source>
        <translation>已等待 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="248"/>
        <source>%1 available</source>
        <translation>可用 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="258"/>
        <source>yesterday by now: %1</source>
        <translation>昨日同期：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/home.py" line="265"/>
        <source>%n high risk</source>
        <translation>
            <numerusform>%n 单高风险</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="267"/>
        <source>oldest waiting %1</source>
        <translation>最久已等待 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/home.py" line="270"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 个已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="270"/>
        <source>none overdue</source>
        <translation>无逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/home.py" line="272"/>
        <source>%n out of stock</source>
        <translation>
            <numerusform>%n 项缺货</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="274"/>
        <source>oldest from %1</source>
        <translation>最早于 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/home.py" line="277"/>
        <source>%n ending within a day</source>
        <translation>
            <numerusform>%n 个将在一天内结束</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/home.py" line="278"/>
        <source>next one ends in %1</source>
        <translation>最近一个 %1 后结束</translation>
    </message>
</context>
<context>
    <name>ListingImportDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/listing_import.py" line="15"/>
        <source>Import listing changes from CSV</source>
        <translation>从 CSV 导入商品修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listing_import.py" line="18"/>
        <source>Each row changes the variant with its SKU: price, compare-at price, and its listing&apos;s title, description, category, brand or status. Nothing is imported while any row has a problem.</source>
        <translation>每一行按 SKU 修改对应规格：售价、划线价，以及所属商品的标题、描述、类目、品牌或状态。只要有任何一行有问题，就不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listing_import.py" line="22"/>
        <source>SKU (required)</source>
        <translation>SKU（必填）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listing_import.py" line="22"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listing_import.py" line="23"/>
        <source>Compare-at price</source>
        <translation>划线价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listing_import.py" line="23"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listing_import.py" line="24"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listing_import.py" line="24"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listing_import.py" line="25"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listing_import.py" line="25"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/listing_import.py" line="35"/>
        <source>Ready: %n change(s) to %1 listing(s), from %2 row(s).</source>
        <translation>
            <numerusform>可以导入：%2 行共 %n 项修改，涉及 %1 个商品。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingsView</name>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="43"/>
        <source>Change prices…</source>
        <translation>批量改价…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="44"/>
        <source>Change the prices of the selected listings (Ctrl+Shift+P)</source>
        <translation>修改所选商品的价格（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="48"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="49"/>
        <source>Change prices and details of many listings from a CSV file</source>
        <translation>用 CSV 文件批量修改商品的价格和信息</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="53"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="54"/>
        <source>Take the price change back (possible until it is synced)</source>
        <translation>撤销此次改价（同步前均可撤销）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/listings.py" line="89"/>
        <source>%n price(s) changed.</source>
        <translation>
            <numerusform>已修改 %n 个价格。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="110"/>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="113"/>
        <source>Search titles, brands, SKUs and barcodes (Ctrl+F)</source>
        <translation>搜索标题、品牌、SKU 和条码（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="117"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="121"/>
        <source>Any category</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="122"/>
        <source>Any stock</source>
        <translation>全部库存状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="123"/>
        <source>Any completeness</source>
        <translation>全部完整度</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="125"/>
        <source>Min price</source>
        <translation>最低价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="126"/>
        <source>Max price</source>
        <translation>最高价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="169"/>
        <source>Select a listing to see and edit it.</source>
        <translation>选择一个商品以查看和编辑。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="195"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="196"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="197"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="198"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="203"/>
        <source>Variants</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="205"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="205"/>
        <source>Variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="205"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="206"/>
        <source>Compare at</source>
        <translation>划线价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="206"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="206"/>
        <source>Available</source>
        <translation>可售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="213"/>
        <source>Double-click a price to change it.</source>
        <translation>双击价格即可修改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="220"/>
        <source>Revert</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="222"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="225"/>
        <source>Save (Ctrl+S): applied here at once, sent to the platform when online</source>
        <translation>保存（Ctrl+S）：立即在本地生效，联网后同步到平台</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/listings.py" line="248"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 项修改待同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="250"/>
        <source>Blocked by the platform: %1</source>
        <translation>已被平台封禁：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="257"/>
        <source>List</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="257"/>
        <source>Delist</source>
        <translation>下架</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="257"/>
        <source>Back to draft</source>
        <translation>转为草稿</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="270"/>
        <source>no image</source>
        <translation>缺少图片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/listings.py" line="272"/>
        <source>description under %n characters</source>
        <translation>
            <numerusform>描述少于 %n 个字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="274"/>
        <source>a variant without a barcode</source>
        <translation>有规格缺少条码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="276"/>
        <source>Incomplete: %1.</source>
        <translation>信息不完整：%1。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="279"/>
        <source>Complete: image, description and barcodes.</source>
        <translation>信息完整：图片、描述和条码齐全。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="287"/>
        <source>The platform blocked this listing; it cannot be edited.</source>
        <translation>该商品已被平台封禁，无法编辑。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="288"/>
        <source>Your role (%1) cannot edit listings.</source>
        <translation>您的角色（%1）无权编辑商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="324"/>
        <source>This listing changed meanwhile. Your unsaved edits are kept: save them, or Revert to see the latest version.</source>
        <translation>该商品在此期间已有更新。您未保存的修改仍然保留：可以保存，或点击“放弃修改”查看最新版本。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="347"/>
        <location filename="../../merchant_app/ui/views/listings.py" line="350"/>
        <source>%1 is not a price (variant %2).</source>
        <translation>“%1”不是有效的价格（SKU：%2）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="367"/>
        <source>Nothing to save: no field was changed.</source>
        <translation>无需保存：没有修改任何字段。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/listings.py" line="397"/>
        <source>The change could not be saved: %1</source>
        <translation>修改未能保存：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="55"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="56"/>
        <source>%1 — Merchant Console</source>
        <translation>%1 — 商家控制台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="83"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="85"/>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="86"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="87"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="88"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="89"/>
        <source>Reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="91"/>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="93"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="107"/>
        <source>Go to %1</source>
        <translation>前往%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="109"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="111"/>
        <source>Search in this view</source>
        <translation>在当前视图中搜索</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="112"/>
        <source>Export this view to CSV…</source>
        <translation>将当前视图导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="113"/>
        <source>Clear the filters of this view</source>
        <translation>清除当前视图的筛选</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="116"/>
        <source>Change prices of the selected listings…</source>
        <translation>批量修改所选商品的价格…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="118"/>
        <source>Import listing changes from CSV…</source>
        <translation>从 CSV 导入商品修改…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="121"/>
        <source>Ship the selected order…</source>
        <translation>为选中的订单发货…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="122"/>
        <source>Refund the selected order…</source>
        <translation>为选中的订单退款…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="123"/>
        <source>Add a note to the selected order…</source>
        <translation>为选中的订单添加备注…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="124"/>
        <source>Confirm the selected order</source>
        <translation>确认选中的订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="125"/>
        <source>Cancel the selected order…</source>
        <translation>取消选中的订单…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="129"/>
        <source>Ship orders from a CSV file…</source>
        <translation>从 CSV 文件批量发货…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="131"/>
        <source>Reply to the selected reviews…</source>
        <translation>回复所选评价…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="132"/>
        <source>Hide the selected reviews…</source>
        <translation>隐藏所选评价…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="133"/>
        <source>Report the selected reviews…</source>
        <translation>举报所选评价…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="134"/>
        <source>Tag the selected reviews…</source>
        <translation>给所选评价加标签…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="136"/>
        <source>Open a ticket from the selected review</source>
        <translation>从所选评价创建售后工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="139"/>
        <source>Create a campaign…</source>
        <translation>创建活动…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="141"/>
        <source>Open the dashboard of the selected campaign</source>
        <translation>打开所选活动的看板</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="143"/>
        <source>Compare the selected campaigns</source>
        <translation>对比所选活动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="144"/>
        <source>Show conflicts and rejected edits</source>
        <translation>查看冲突和被拒绝的修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="147"/>
        <source>Cache backed up: %1</source>
        <translation>缓存已备份：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="149"/>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="150"/>
        <source>Back up the cache now</source>
        <translation>立即备份缓存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="151"/>
        <source>Show the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="152"/>
        <source>Diagnostics…</source>
        <translation>诊断信息…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="153"/>
        <source>Restore the cache from a backup…</source>
        <translation>从备份恢复缓存…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="154"/>
        <source>Show low stock</source>
        <translation>查看库存紧张的 SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="155"/>
        <source>Show orders to ship</source>
        <translation>显示待发货订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="157"/>
        <source>Show tickets breaching their SLA soon</source>
        <translation>显示即将超出 SLA 的工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="159"/>
        <source>Show reviews awaiting a reply</source>
        <translation>显示待回复的评价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="161"/>
        <source>Show listings without images</source>
        <translation>查看没有图片的商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="164"/>
        <source>Turn notifications of new orders and tickets on or off</source>
        <translation>开启或关闭新订单和新工单通知</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="166"/>
        <location filename="../../merchant_app/ui/main_window.py" line="211"/>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="259"/>
        <source>Edits the platform did not accept as they were (Ctrl+Shift+C)</source>
        <translation>平台未按原样接受的修改（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="280"/>
        <source>Syncing %1…</source>
        <translation>正在同步 %1…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="282"/>
        <source>Syncing %1… %2</source>
        <translation>正在同步 %1… %2</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="304"/>
        <source>Signed out — sign in again to sync</source>
        <translation>已退出登录 — 请重新登录以同步</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="306"/>
        <source>Offline — edits are kept and sent when back online</source>
        <translation>离线 — 修改已保留，恢复联网后发送</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="308"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="310"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="313"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/main_window.py" line="314"/>
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n 项修改待同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="315"/>
        <source>All edits synced</source>
        <translation>所有修改已同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/main_window.py" line="318"/>
        <source>⚠ %n need(s) attention</source>
        <translation>
            <numerusform>⚠ %n 项待处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="347"/>
        <source>The cache was rebuilt</source>
        <translation>缓存已重建</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/main_window.py" line="348"/>
        <source>The local cache was damaged. It was set aside and a new one is being filled from the platform; %n edit(s) not yet synced were kept and will be sent.</source>
        <translation>
            <numerusform>本地缓存已损坏。已将其移到一旁，正在从平台重新填充新缓存；%n 项尚未同步的修改已保留，将会发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/main_window.py" line="352"/>
        <source>The cache was restored</source>
        <translation>缓存已恢复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/main_window.py" line="353"/>
        <source>The cache is back to the copy %1; %n edit(s) made since and not yet synced were kept. The next sync brings what the platform changed meanwhile.</source>
        <translation>
            <numerusform>缓存已恢复到副本 %1；此后所做且尚未同步的 %n 项修改已保留。下次同步会带回平台在此期间的变化。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/campaign_calendar.py" line="152"/>
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="336"/>
        <source>Note on order %1</source>
        <translation>订单 %1 的备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="337"/>
        <source>Internal: colleagues see it in the timeline, the customer does not.</source>
        <translation>内部备注：同事可在时间线中看到，顾客看不到。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="345"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="349"/>
        <source>Write the note first.</source>
        <translation>请先填写备注内容。</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/notifications.py" line="170"/>
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n 个新订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/notifications.py" line="175"/>
        <source>%n ticket(s) past the SLA</source>
        <translation>
            <numerusform>%n 个工单已超出 SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/notifications.py" line="177"/>
        <source>%n ticket(s) near or past the SLA</source>
        <translation>
            <numerusform>%n 个工单即将或已经超出 SLA</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/notifications.py" line="179"/>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/notifications.py" line="180"/>
        <source>due in %1</source>
        <translation>%1后到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/notifications.py" line="182"/>
        <source>%n new ticket(s)</source>
        <translation>
            <numerusform>%n 个新工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/notifications.py" line="185"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="142"/>
        <source>Ship from CSV…</source>
        <translation>从 CSV 发货…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="143"/>
        <source>Ship many orders at once from a file of order numbers, carriers and tracking numbers</source>
        <translation>用包含订单号、快递公司和运单号的文件一次为多个订单发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="147"/>
        <source>Packing slips…</source>
        <translation>拣货单…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="148"/>
        <source>Packing slips of the selected orders, one PDF (no prices on them)</source>
        <translation>选中订单的拣货单，合为一个 PDF（不含价格）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="150"/>
        <source>Invoices…</source>
        <translation>发票…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="150"/>
        <source>Invoices of the selected orders, one PDF</source>
        <translation>选中订单的发票，合为一个 PDF</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="159"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="162"/>
        <source>Order number, customer or SKU (Ctrl+F)</source>
        <translation>订单号、客户或 SKU（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="175"/>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="178"/>
        <source>To ship: paid or being processed, with units not shipped yet (cash on delivery before payment too)</source>
        <translation>待发货：已付款或处理中且仍有商品未发货（含尚未付款的货到付款订单）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="181"/>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="182"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="182"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="182"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="183"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="186"/>
        <source>Custom range…</source>
        <translation>自定义范围…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="187"/>
        <source>When the order was placed (days in the shop&apos;s time zone)</source>
        <translation>下单时间（按店铺时区计日）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="190"/>
        <source>Any payment</source>
        <translation>所有支付方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="191"/>
        <source>Any channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="192"/>
        <source>Any risk</source>
        <translation>所有风险等级</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="197"/>
        <source>Open ticket</source>
        <translation>有未结工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="198"/>
        <source>Only orders with an after-sales ticket that is not resolved or closed</source>
        <translation>仅显示有未解决或未关闭售后工单的订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="202"/>
        <source>Showing one customer&apos;s orders: click to show everyone&apos;s</source>
        <translation>正在显示一位客户的订单：点击显示全部客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="285"/>
        <source>Customer: %1  ✕</source>
        <translation>客户：%1  ✕</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="308"/>
        <source>Select an order to see its items, payment, shipments and history.</source>
        <translation>选择一个订单以查看商品、付款、发货和历史记录。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="323"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="323"/>
        <source>Ship…</source>
        <translation>发货…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="324"/>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="324"/>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="325"/>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="332"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="332"/>
        <source>Totals</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="333"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="333"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="334"/>
        <source>Shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="334"/>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="335"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="335"/>
        <source>After-sales tickets</source>
        <translation>售后工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="336"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="356"/>
        <source>Placed %1 · %2</source>
        <translation>下单于 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="364"/>
        <source>%1 risk</source>
        <translation>%1风险</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/orders.py" line="370"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 项更改等待同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="385"/>
        <source>Contact details are masked until you show them; each time is recorded in the audit log.</source>
        <translation>联系方式默认隐藏，显示后才可见；每次显示都会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="388"/>
        <source>Contact details are masked: your role (%1) sees them only on orders you handle an open ticket for.</source>
        <translation>联系方式已隐藏：您的角色（%1）只能在您处理未结工单的订单上查看。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="394"/>
        <source>Paid → processing: tell the customer the order is being prepared</source>
        <translation>已付款 → 处理中：告知顾客订单正在备货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="395"/>
        <source>Carrier and tracking number, for all units or some (Ctrl+Shift+S)</source>
        <translation>填写快递公司和运单号，可发全部或部分商品（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="396"/>
        <source>Before anything ships; a paid order is refunded in full</source>
        <translation>仅限发货前；已付款的订单将全额退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="397"/>
        <source>An amount, or units of some lines, with a reason; restock returns (Ctrl+Shift+R)</source>
        <translation>按金额或按商品件数退款，需填写原因；退回的商品可重新入库（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="398"/>
        <source>An internal note in the timeline (Ctrl+Shift+N)</source>
        <translation>在时间线中添加内部备注（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="429"/>
        <source>Select the orders to print first.</source>
        <translation>请先选择要打印的订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="432"/>
        <source>packing-slips</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="432"/>
        <source>invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="435"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="436"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/orders.py" line="460"/>
        <source>Writing %n order(s) to PDF…</source>
        <translation>
            <numerusform>正在将 %n 个订单写入 PDF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/orders.py" line="465"/>
        <source>%n order(s) saved to %1</source>
        <translation>
            <numerusform>已将 %n 个订单保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="470"/>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="496"/>
        <source>Cancelled %1: %2</source>
        <translation>已于 %1 取消：%2</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="500"/>
        <source>⚠ High risk: check the payment and the shipping address before this order ships.</source>
        <translation>⚠ 高风险：发货前请核实付款和收货地址。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="503"/>
        <source>Replacement for ticket %1, an exchange of order %2: nothing to pay.</source>
        <translation>工单 %1 的换货补发订单（原订单 %2）：无需付款。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="536"/>
        <location filename="../../merchant_app/ui/views/orders.py" line="607"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="540"/>
        <source>discount %1</source>
        <translation>优惠 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="544"/>
        <source>%1 shipped</source>
        <translation>已发 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="547"/>
        <source>%1 refunded</source>
        <translation>已退 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="558"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="560"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="561"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="561"/>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="562"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="563"/>
        <location filename="../../merchant_app/ui/views/orders.py" line="574"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="565"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="566"/>
        <source>Net payment</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="572"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="573"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="574"/>
        <source>Not paid yet</source>
        <translation>尚未付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="576"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="578"/>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="589"/>
        <source>Show contact details</source>
        <translation>显示联系方式</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/orders.py" line="591"/>
        <source>%n order(s) from this customer</source>
        <translation>
            <numerusform>该客户的 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="613"/>
        <source>Cancelled before anything shipped.</source>
        <translation>在发货前已取消。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="614"/>
        <source>Nothing shipped yet.</source>
        <translation>尚未发货。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="620"/>
        <source>shipped %1</source>
        <translation>发货于 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="622"/>
        <source>delivered %1</source>
        <translation>送达于 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="632"/>
        <source>by %1</source>
        <translation>由 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="636"/>
        <source>restocked</source>
        <translation>已退回库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="646"/>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/orders.py" line="653"/>
        <source>No events yet.</source>
        <translation>暂无事件。</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/formatting.py" line="133"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/formatting.py" line="136"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/formatting.py" line="139"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/formatting.py" line="142"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/formatting.py" line="145"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/formatting.py" line="148"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingsChart</name>
    <message>
        <location filename="../../merchant_app/ui/views/review_ratings.py" line="87"/>
        <source>Average by month</source>
        <translation>每月平均</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/review_ratings.py" line="140"/>
        <source>%1: %2 ★ average, %n review(s)</source>
        <translation>
            <numerusform>%1：平均 %2 ★，%n 条评价</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="214"/>
        <source>Pick or write a reason</source>
        <translation>选择或填写原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="220"/>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="112"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="82"/>
        <source>Hide %1</source>
        <translation>隐藏%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="82"/>
        <source>Report %1</source>
        <translation>举报%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="85"/>
        <source>Shoppers no longer see a hidden review; the shop can publish it again.</source>
        <translation>买家看不到已隐藏的评价；店铺可以重新发布。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="86"/>
        <source>The platform checks a reported review and removes it if it breaks the rules (fake, spam, abuse). Until then it is off the storefront.</source>
        <translation>平台会审核被举报的评价，违反规则（虚假、垃圾信息、辱骂）的将被删除。在此之前它不在店铺页面显示。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/review_actions.py" line="88"/>
        <source>%n of the selected review(s) cannot be hidden (hidden already) and stay as they are.</source>
        <translation>
            <numerusform>所选评价中有 %n 条无法隐藏（已隐藏），保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/review_actions.py" line="90"/>
        <source>%n of the selected review(s) cannot be reported (not published) and stay as they are.</source>
        <translation>
            <numerusform>所选评价中有 %n 条无法举报（未发布），保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="94"/>
        <source>Contains personal details (a phone number, an address)</source>
        <translation>含有个人信息（电话号码、地址）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="94"/>
        <source>Offensive language</source>
        <translation>用语冒犯</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="95"/>
        <source>About another product or shop</source>
        <translation>评价的是其他商品或店铺</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="96"/>
        <source>Fake: the reviewer never bought from the shop</source>
        <translation>虚假评价：评价者从未在本店购买</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="96"/>
        <source>Spam or advertising</source>
        <translation>垃圾信息或广告</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="97"/>
        <source>Abusive or hateful</source>
        <translation>辱骂或仇恨言论</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="100"/>
        <source>Why? (required; shoppers do not see it)</source>
        <translation>原因？（必填；买家看不到）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="102"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="107"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="107"/>
        <source>Report</source>
        <translation>举报</translation>
    </message>
</context>
<context>
    <name>ReceiveReturnDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="80"/>
        <source>Receive return %1</source>
        <translation>签收退货 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="83"/>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="129"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="85"/>
        <source>Expected in the parcel:</source>
        <translation>包裹中应有：</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="93"/>
        <source>Put the returned units back in stock</source>
        <translation>退回的商品重新入库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="94"/>
        <source>Refund the customer</source>
        <translation>给顾客退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="100"/>
        <source>Return received</source>
        <translation>已收到退货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="102"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="103"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="105"/>
        <source>At most %1 can still be refunded on order %2.</source>
        <translation>订单 %2 最多还可退 %1。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="117"/>
        <source>The platform creates a replacement order, at no charge, that ships like any order. Send instead:</source>
        <translation>平台会创建一张免费的换货订单，按普通订单发货。改发：</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="124"/>
        <source>%1 · %2 · %3 available</source>
        <translation>%1 · %2 · 可售 %3</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="134"/>
        <source>Receive return</source>
        <translation>签收退货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="141"/>
        <source>Enter the amount to refund.</source>
        <translation>请填写退款金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="143"/>
        <source>At most %1 can still be refunded.</source>
        <translation>最多还可退 %1。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/ticket_actions.py" line="147"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="172"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="173"/>
        <source>Export the rows of the current filter (Ctrl+E)</source>
        <translation>导出当前筛选结果（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="186"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="192"/>
        <source>Saved views: filters, search and sort kept under a name</source>
        <translation>已保存的视图：按名称保存筛选、搜索和排序</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="254"/>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>点击排序；右键选择显示的列</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="353"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="507"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="508"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="536"/>
        <source>Exporting… %1 rows</source>
        <translation>正在导出… 已写入 %1 行</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="542"/>
        <source>%1 rows exported to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="550"/>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="607"/>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="611"/>
        <source>Save current view…</source>
        <translation>保存当前视图…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="613"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="620"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/records_view.py" line="620"/>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="257"/>
        <source>Refund order %1</source>
        <translation>订单 %1 退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="260"/>
        <source>Paid %1; refunded so far %2; at most %3 can still be refunded.</source>
        <translation>已付 %1；已退 %2；最多还可退 %3。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="264"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="264"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="264"/>
        <source>Line total</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="264"/>
        <source>Refunded</source>
        <translation>已退</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="265"/>
        <source>Refund now</source>
        <translation>本次退</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="279"/>
        <source>Choose units above, or type an amount</source>
        <translation>在上方选择件数，或直接填写金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="282"/>
        <source>Refund everything left (%1)</source>
        <translation>退还剩余全部（%1）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="284"/>
        <source>Returned by the customer</source>
        <translation>顾客已退货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="284"/>
        <source>Damaged in transit</source>
        <translation>运输途中损坏</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="285"/>
        <source>Wrong item sent</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="285"/>
        <source>Late delivery</source>
        <translation>配送延误</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="286"/>
        <source>Goodwill gesture</source>
        <translation>善意补偿</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="287"/>
        <source>Put returned units back in stock</source>
        <translation>退回的商品重新入库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="291"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="292"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="299"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/order_actions.py" line="309"/>
        <source>%n unit(s) chosen had shipped and can go back on the shelf.</source>
        <translation>
            <numerusform>所选商品中有 %n 件已发出，退回后可重新上架。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="323"/>
        <source>Enter the amount to refund.</source>
        <translation>请填写退款金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="325"/>
        <source>At most %1 can still be refunded.</source>
        <translation>最多还可退 %1。</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="123"/>
        <source>Reply to %1</source>
        <translation>回复%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="125"/>
        <source>Shoppers see the reply under each review. It is saved at once and sent to the platform when the console is online.</source>
        <translation>买家会在每条评价下看到这条回复。回复立即保存，联网时发送到平台。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/review_actions.py" line="129"/>
        <source>%n of them already have a reply, which this one replaces.</source>
        <translation>
            <numerusform>其中 %n 条已有回复，将被这条回复替换。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="131"/>
        <source>Thank you for your review…</source>
        <translation>感谢您的评价…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/review_actions.py" line="138"/>
        <source>Reply to %n review(s)</source>
        <translation>
            <numerusform>回复 %n 条评价</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="143"/>
        <source>Write the reply first.</source>
        <translation>请先写回复。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../merchant_app/ui/backups.py" line="86"/>
        <source>Restore the cache from a backup</source>
        <translation>从备份恢复缓存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/backups.py" line="89"/>
        <source>The cache goes back to the copy you choose; the current file is kept aside, not deleted. Edits not yet synced are kept and sent again. What the platform changed since comes back with the next sync.</source>
        <translation>缓存将恢复到所选副本；当前文件会保留在一旁，不会删除。尚未同步的修改会保留并重新发送。平台在此之后的变化会在下次同步时带回。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/backups.py" line="96"/>
        <source>%1 · %2 MB</source>
        <translation>%1 · %2 MB</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/backups.py" line="102"/>
        <source>No backup yet: the console makes one a day, or use “Back up the cache now”.</source>
        <translation>还没有备份：控制台每天备份一次，也可以使用“立即备份缓存”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/backups.py" line="107"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="51"/>
        <source>Nothing to change.</source>
        <translation>没有需要修改的内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="71"/>
        <source>%1&apos;s review</source>
        <translation>%1 的评价</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/review_actions.py" line="72"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n 条评价</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="162"/>
        <source>Click to sort (the review column sorts by title); right-click to choose the columns</source>
        <translation>点击排序（评价列按标题排序）；右键选择显示的列</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="140"/>
        <source>Reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="133"/>
        <source>With selected</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="134"/>
        <source>Reply to, hide, report or tag every selected review at once (Ctrl+click or Shift+click to select several)</source>
        <translation>一次回复、隐藏、举报所选的全部评价或为其加标签（按住 Ctrl 或 Shift 点击可多选）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="143"/>
        <source>Search review text and customer names (Ctrl+F)</source>
        <translation>搜索评价内容和客户姓名（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="176"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="176"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="183"/>
        <source>Any rating</source>
        <translation>所有评分</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="184"/>
        <source>Negative (1–2 ★)</source>
        <translation>差评（1–2 ★）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="184"/>
        <source>Neutral (3 ★)</source>
        <translation>中评（3 ★）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="185"/>
        <source>Positive (4–5 ★)</source>
        <translation>好评（4–5 ★）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="188"/>
        <source>Any reply</source>
        <translation>所有回复状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="188"/>
        <location filename="../../merchant_app/ui/views/reviews.py" line="342"/>
        <source>Awaiting reply</source>
        <translation>待回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="189"/>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="190"/>
        <source>Awaiting reply: published reviews the shop has not answered yet (hidden and reported reviews are not on the storefront)</source>
        <translation>待回复：店铺尚未回复的已发布评价（已隐藏和已举报的评价不在店铺前台显示）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="192"/>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="193"/>
        <source>Any sentiment</source>
        <translation>所有情感倾向</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="194"/>
        <source>Positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="194"/>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="194"/>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="195"/>
        <source>What the text says, read on this computer (English and Chinese)</source>
        <translation>评价文字的情感倾向，在本机分析（中文和英文）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="197"/>
        <source>Any topic</source>
        <translation>所有话题</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="198"/>
        <source>Reviews that talk about this</source>
        <translation>提到该话题的评价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="199"/>
        <source>With photos</source>
        <translation>带图</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="200"/>
        <source>Only reviews with photos attached</source>
        <translation>仅显示附有图片的评价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="204"/>
        <source>Showing one product&apos;s reviews: click to show all products</source>
        <translation>正在显示一件商品的评价：点击显示全部商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="232"/>
        <source>Size and fit</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="232"/>
        <source>Shipping and delivery</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="233"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="233"/>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="233"/>
        <source>Price and value</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="234"/>
        <source>Service</source>
        <translation>客服与售后</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="234"/>
        <source>Matches the description</source>
        <translation>与描述相符</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="235"/>
        <source>Smell</source>
        <translation>气味</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="235"/>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="235"/>
        <source>Taste</source>
        <translation>口味</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="236"/>
        <source>Comfort</source>
        <translation>舒适度</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="236"/>
        <source>Works as it should</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="247"/>
        <source>Product: %1  ✕</source>
        <translation>商品：%1  ✕</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="260"/>
        <source>Select a review to read it in full, with the shop&apos;s reply.</source>
        <translation>选择一条评价以查看全文及店铺回复。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="276"/>
        <location filename="../../merchant_app/ui/views/reviews.py" line="435"/>
        <source>Hide…</source>
        <translation>隐藏…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="278"/>
        <location filename="../../merchant_app/ui/views/reviews.py" line="435"/>
        <source>Report…</source>
        <translation>举报…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="280"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="282"/>
        <location filename="../../merchant_app/ui/views/reviews.py" line="435"/>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="284"/>
        <source>Open a ticket</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="296"/>
        <source>Shop&apos;s reply</source>
        <translation>店铺回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="296"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="297"/>
        <source>This product&apos;s ratings</source>
        <translation>该商品的评分</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="298"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="298"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="307"/>
        <source>Reply publicly… (Ctrl+Enter sends)</source>
        <translation>公开回复…（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="307"/>
        <location filename="../../merchant_app/ui/views/reviews.py" line="494"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="328"/>
        <source>%1 of 5 stars</source>
        <translation>%1 星（满分 5 星）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="335"/>
        <source>Shown on the storefront</source>
        <translation>在店铺前台显示</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="336"/>
        <source>Hidden from the storefront by the shop</source>
        <translation>已被店铺从前台隐藏</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="337"/>
        <source>Reported to the platform as abusive or fake</source>
        <translation>已作为辱骂或虚假评价举报给平台</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/reviews.py" line="346"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 项更改等待同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="363"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="379"/>
        <source>Take the review off the storefront, with a reason</source>
        <translation>从店铺页面隐藏这条评价，需填写原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="380"/>
        <source>Report a fake, spam or abusive review to the platform, with a reason</source>
        <translation>向平台举报虚假、垃圾或辱骂评价，需填写原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="382"/>
        <source>Show the review on the storefront again</source>
        <translation>在店铺页面重新显示这条评价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="383"/>
        <source>The shop&apos;s own labels on this review</source>
        <translation>店铺给这条评价加的内部标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="384"/>
        <source>Open an after-sales complaint on this review&apos;s order, the review quoted, and show it</source>
        <translation>为这条评价的订单创建投诉工单（引用评价内容）并打开它</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="390"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/reviews.py" line="434"/>
        <source>Reply to %n review(s)…</source>
        <translation>
            <numerusform>回复 %n 条评价…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="494"/>
        <source>Replace reply</source>
        <translation>替换回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="495"/>
        <source>Shoppers see the new reply instead of the one above</source>
        <translation>买家将看到新回复，而不是上面的回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="496"/>
        <source>Shoppers see the reply under the review</source>
        <translation>买家会在评价下看到这条回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="504"/>
        <source>Write the reply first.</source>
        <translation>请先写回复。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="520"/>
        <source>No reply.</source>
        <translation>未回复。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="521"/>
        <source>No reply yet: shoppers see this review unanswered.</source>
        <translation>尚未回复：顾客会看到这条评价无人回应。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="530"/>
        <source>Listing #%1 (not in this cache)</source>
        <translation>商品 #%1（不在本地缓存中）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="535"/>
        <source>All reviews of this product</source>
        <translation>该商品的全部评价</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/reviews.py" line="541"/>
        <source>%1 ★ average from %n review(s)</source>
        <translation>
            <numerusform>平均 %1 ★，共 %n 条评价</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="548"/>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="550"/>
        <source>Open ticket %1</source>
        <translation>未结工单 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="554"/>
        <source>Order #%1 (not in this cache)</source>
        <translation>订单 #%1（不在本地缓存中）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="560"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="561"/>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/reviews.py" line="561"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="561"/>
        <location filename="../../merchant_app/ui/views/reviews.py" line="562"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/reviews.py" line="562"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>SalesView</name>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="138"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="141"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="141"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="141"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="142"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="142"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="142"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="143"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="143"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="146"/>
        <source>The period, in the shop&apos;s days</source>
        <translation>统计期间（按店铺所在时区的日期）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="156"/>
        <source>By day</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="156"/>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="156"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="160"/>
        <source>Money is never added across currencies: one at a time</source>
        <translation>不同币种的金额不会相加：一次查看一种币种</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="170"/>
        <location filename="../../merchant_app/ui/views/sales.py" line="197"/>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="170"/>
        <location filename="../../merchant_app/ui/views/sales.py" line="198"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="170"/>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="171"/>
        <source>Units sold</source>
        <translation>销售件数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="171"/>
        <source>Refund rate</source>
        <translation>退款率</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="172"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="204"/>
        <source>Orders by hour and weekday</source>
        <translation>按星期和小时的订单分布</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="206"/>
        <source>Channels</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="207"/>
        <source>Payment methods</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="214"/>
        <source>Top products</source>
        <translation>热销商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="215"/>
        <source>Top categories</source>
        <translation>热销类目</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="228"/>
        <source>Revenue: merchandise sold after discounts, without shipping and tax, of the counted orders placed in the period (paid orders, and cash on delivery not cancelled).</source>
        <translation>营业额：期间内下单的计入订单（已付款订单，以及未取消的货到付款订单）扣除优惠后的商品金额，不含运费和税费。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="230"/>
        <source>Orders: counted orders placed in the period — paid, or cash on delivery and not cancelled — on the shop&apos;s local days.</source>
        <translation>订单：按店铺本地日期，期间内下单的计入订单（已付款，或货到付款且未取消）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="232"/>
        <source>Average order value: revenue ÷ orders.</source>
        <translation>客单价：营业额 ÷ 订单数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="233"/>
        <source>Units sold: the quantities of the lines of those orders (refunds not taken off).</source>
        <translation>销售件数：这些订单各行的数量之和（不扣除退款）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="234"/>
        <source>Refund rate: money refunded in the period ÷ revenue of the period. A refund counts on the day it was given.</source>
        <translation>退款率：期间内退款金额 ÷ 期间营业额。退款计入其发生的当天。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="236"/>
        <source>New customers: customers whose first counted order was placed in the period. Returning orders: orders − new customers.</source>
        <translation>新客户：首个计入订单在期间内下单的客户。回头客订单：订单数 − 新客户数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="238"/>
        <source>Counted orders by the shop&apos;s local weekday and hour of the day, all currencies.</source>
        <translation>按店铺本地星期和小时统计的计入订单，包含所有币种。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="239"/>
        <source>Revenue per sales channel.</source>
        <translation>各销售渠道的营业额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="240"/>
        <source>Revenue per payment method.</source>
        <translation>各支付方式的营业额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="241"/>
        <source>Products by revenue of their order lines (after each line&apos;s discount).</source>
        <translation>按订单行营业额（扣除每行优惠后）排序的商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="242"/>
        <source>Categories by revenue of their products&apos; order lines.</source>
        <translation>按其商品订单行营业额排序的类目。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="313"/>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="356"/>
        <source>The sales figures are built at the end of the first sync. Sync, then look again.</source>
        <translation>销售数据在首次同步结束时生成。请先同步，然后再查看。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="358"/>
        <source>Could not read the sales figures: %1</source>
        <translation>无法读取销售数据：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="370"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="405"/>
        <source>Compared with %1 (previous period) and %2 (last year) · days in %3</source>
        <translation>对比 %1（上一期间）和 %2（去年同期）· 日期按 %3</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="411"/>
        <source>No orders in this period.</source>
        <translation>此期间没有订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="432"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="433"/>
        <source>No category</source>
        <translation>无类目</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="434"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="438"/>
        <source>previous period</source>
        <translation>上一期间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="438"/>
        <source>last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="441"/>
        <source>%1: no figure to compare</source>
        <translation>%1：无可对比数据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="447"/>
        <source>vs %1</source>
        <translation>对比%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="466"/>
        <source>%1 refunded in %2 refunds</source>
        <translation>%2 笔退款共 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="468"/>
        <source>previous period %1 · last year %2</source>
        <translation>上一期间 %1 · 去年同期 %2</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="472"/>
        <source>%1 returning orders</source>
        <translation>%1 个回头客订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="486"/>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="500"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="500"/>
        <source>Previous period</source>
        <translation>上一期间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="511"/>
        <location filename="../../merchant_app/ui/views/sales.py" line="512"/>
        <source>dashed: previous period</source>
        <translation>虚线：上一期间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="520"/>
        <source>%1 %2:00–%3:00</source>
        <translation>%1 %2:00–%3:00</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/sales.py" line="521"/>
        <location filename="../../merchant_app/ui/views/sales.py" line="534"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="523"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="531"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="532"/>
        <source>%1 revenue (%2%) · %3</source>
        <translation>营业额 %1（%2%）· %3</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/sales.py" line="540"/>
        <source>%1 revenue · %2 units</source>
        <translation>营业额 %1 · %2 件</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="155"/>
        <source>Ship order %1</source>
        <translation>订单 %1 发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="163"/>
        <source>As printed on the label</source>
        <translation>与面单上一致</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="164"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="165"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="167"/>
        <source>Units in this shipment (fewer than ordered: a partial shipment)</source>
        <translation>本次发货件数（少于下单数量即为部分发货）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="169"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="169"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="169"/>
        <source>Ordered</source>
        <translation>下单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="169"/>
        <source>Shipped</source>
        <translation>已发</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="170"/>
        <source>Ship now</source>
        <translation>本次发</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="179"/>
        <source>This order is high risk. I checked the payment and the shipping address: ship it.</source>
        <translation>该订单为高风险订单。我已核实付款和收货地址：确认发货。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="188"/>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="192"/>
        <source>Name the carrier.</source>
        <translation>请填写快递公司。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="194"/>
        <source>Enter the tracking number.</source>
        <translation>请填写运单号。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="197"/>
        <source>Choose at least one unit to ship.</source>
        <translation>请至少选择一件要发的商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/order_actions.py" line="199"/>
        <source>Tick the box to confirm that this high-risk order ships.</source>
        <translation>请勾选确认框，确认发出这个高风险订单。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="66"/>
        <source>Sign in to Merchant Console</source>
        <translation>登录商家控制台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="70"/>
        <source>Known accounts</source>
        <translation>已保存的账号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="71"/>
        <source>Sign out and &amp;forget…</source>
        <translation>退出并忘记(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="72"/>
        <source>Remove this account and its remembered sign-in from this computer</source>
        <translation>从此电脑移除该账号及其保存的登录信息</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="74"/>
        <source>https://shop.example.com</source>
        <translation>https://shop.example.com</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="78"/>
        <source>&amp;Remember me on this computer</source>
        <translation>在此电脑上记住我(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="80"/>
        <source>Keeps your sign-in in this computer&apos;s password store (keyring), never in a file</source>
        <translation>登录信息保存在此电脑的密码存储（密钥环）中，绝不写入文件</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="90"/>
        <source>Continue &amp;without remembering</source>
        <translation>不记住登录信息，继续(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="95"/>
        <source>Signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="98"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="104"/>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="108"/>
        <source>Platform a&amp;ddress:</source>
        <translation>平台地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="109"/>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="110"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="155"/>
        <source>New account…</source>
        <translation>新账号…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="181"/>
        <source>Leave empty to use the remembered sign-in</source>
        <translation>留空则使用已保存的登录信息</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="200"/>
        <source>Enter the address of your shop platform, for example https://shop.example.com.</source>
        <translation>请输入店铺平台的地址，例如 https://shop.example.com。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="203"/>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="211"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="273"/>
        <source>This computer does not remember the sign-in of {username} any more. Enter the password.</source>
        <translation>此电脑已不再保存 {username} 的登录信息，请输入密码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="298"/>
        <source>Plain http would send your password unencrypted over the network, so it is only allowed to this computer. Use the platform&apos;s https:// address.</source>
        <translation>普通 http 会在网络上明文发送密码，因此仅允许用于本机地址。请使用平台的 https:// 地址。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="300"/>
        <source>“{server}” is not a web address. Enter the platform&apos;s address, for example https://shop.example.com.</source>
        <translation>“{server}”不是有效的网址。请输入平台地址，例如 https://shop.example.com。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="303"/>
        <source>This computer has no password store (keyring) that Merchant Console can use, so your sign-in cannot be remembered. You can continue without remembering it: you will be asked for your password next time. To be remembered, install and unlock a keyring service (such as GNOME Keyring or KWallet) and sign in again.</source>
        <translation>此电脑没有商家控制台可用的密码存储（密钥环），因此无法记住您的登录信息。您可以不记住登录信息继续：下次需要重新输入密码。如需记住登录信息，请安装并解锁密钥环服务（如 GNOME Keyring 或 KWallet），然后重新登录。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="309"/>
        <source>The username or password is wrong. Check them (capital letters count) and try again.</source>
        <translation>用户名或密码错误。请检查后重试（区分大小写）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="311"/>
        <source>The platform did not accept the sign-in: {message}</source>
        <translation>平台未接受此次登录：{message}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="313"/>
        <source>The platform at {server} could not be reached. Check the address and your network connection, then try again.</source>
        <translation>无法连接到 {server} 的平台。请检查地址和网络连接，然后重试。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="316"/>
        <source>This account may not use the console: {message}</source>
        <translation>此账号无权使用控制台：{message}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="318"/>
        <source>The platform refused the sign-in: {message}</source>
        <translation>平台拒绝了登录：{message}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="319"/>
        <source>Signing in failed unexpectedly ({error}). Try again; if it keeps happening, contact support.</source>
        <translation>登录时发生意外错误（{error}）。请重试；如果问题反复出现，请联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="329"/>
        <source>Sign out and forget this shop</source>
        <translation>退出并忘记此店铺</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="330"/>
        <source>Sign out of {account} and delete from this computer: its remembered sign-in, the shop&apos;s local copy (orders, customers, messages), its backups, its encryption key and any edits not yet sent to the platform? You can add it again by signing in; the shop is then downloaded again.</source>
        <translation>退出 {account}，并从这台电脑上删除：记住的登录信息、店铺的本地副本（订单、客户、消息）、其备份、其加密密钥，以及尚未发送到平台的所有修改？之后可以重新登录添加该账户，店铺数据会重新下载。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/sign_in.py" line="353"/>
        <source>The account was removed, but the password store could not be reached: its remembered sign-in may still be there.</source>
        <translation>账号已移除，但无法访问密码存储：其保存的登录信息可能仍然存在。</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="43"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="46"/>
        <source>Search SKUs and product names (Ctrl+F)</source>
        <translation>搜索 SKU 和商品名称（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="54"/>
        <source>All locations</source>
        <translation>全部仓库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="55"/>
        <source>Any stock</source>
        <translation>全部库存状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="70"/>
        <source>Select a SKU to see its movements and adjust it.</source>
        <translation>选择一个 SKU 以查看库存流水并调整库存。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="83"/>
        <source>On hand</source>
        <translation>在手</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="83"/>
        <source>Committed</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="84"/>
        <source>Available</source>
        <translation>可售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="95"/>
        <source>Adjust</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="98"/>
        <source>Units to add (positive) or remove (negative)</source>
        <translation>要增加（正数）或减少（负数）的数量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="103"/>
        <source>Optional note, e.g. a delivery number</source>
        <translation>备注（选填），如送货单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="104"/>
        <source>Change by</source>
        <translation>调整数量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="105"/>
        <location filename="../../merchant_app/ui/views/stock.py" line="161"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="106"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="112"/>
        <source>Apply adjustment</source>
        <translation>确认调整</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="115"/>
        <source>Apply (Ctrl+Enter): counted here at once, sent to the platform as a relative change, so a sale at the same moment is never lost</source>
        <translation>确认调整（Ctrl+Enter）：立即在本地计入，并以增减量同步到平台，不会覆盖同一时刻发生的销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="121"/>
        <source>Planning</source>
        <translation>补货计划</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="124"/>
        <source>Daily demand</source>
        <translation>日均销量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="124"/>
        <source>Days of cover</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="125"/>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="125"/>
        <source>Suggested order</source>
        <translation>建议补货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="135"/>
        <location filename="../../merchant_app/ui/views/stock.py" line="137"/>
        <location filename="../../merchant_app/ui/views/stock.py" line="138"/>
        <source> d</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="139"/>
        <source>Low at</source>
        <translation>紧张阈值</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="140"/>
        <source>Lead time</source>
        <translation>到货周期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="141"/>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="142"/>
        <source>Sales window</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="143"/>
        <source>Cover after delivery</source>
        <translation>到货后覆盖</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="152"/>
        <source>Save for this SKU</source>
        <translation>保存为此 SKU 的设置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="153"/>
        <source>Keep the low-stock level, lead time and safety stock for this variant</source>
        <translation>为此规格保存库存紧张阈值、到货周期和安全库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="159"/>
        <source>Movements</source>
        <translation>库存流水</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="161"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="161"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="162"/>
        <source>On hand after</source>
        <translation>变动后在手</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="162"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="168"/>
        <source>No movements yet: stock has not changed since this SKU was stocked.</source>
        <translation>暂无库存流水：该 SKU 入库以来库存未发生变化。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/stock.py" line="199"/>
        <source>%n adjustment(s) waiting to sync</source>
        <translation>
            <numerusform>%n 项调整待同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="220"/>
        <source>Your role (%1) cannot adjust stock.</source>
        <translation>您的角色（%1）无权调整库存。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="251"/>
        <source>%1 units sold in the last %2 days, %3 available in all locations. Reorder point = daily demand × lead time + safety stock; a suggested order refills to the reorder point plus the cover after delivery.</source>
        <translation>近 %2 天售出 %1 件，所有仓库可售 %3 件。补货点 = 日均销量 × 到货周期 + 安全库存；建议补货量补足到补货点再加上到货后覆盖天数的销量。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="274"/>
        <source>Enter the number of units to add or remove.</source>
        <translation>请输入要增加或减少的数量。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/stock.py" line="293"/>
        <source>The adjustment could not be saved: %1</source>
        <translation>库存调整未能保存：%1</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="157"/>
        <source>Tags of %1</source>
        <translation>%1的标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="162"/>
        <source>Tags are the shop&apos;s own labels for finding reviews again; shoppers do not see them. Separate them with commas.</source>
        <translation>标签是店铺内部用来查找评价的标记，买家看不到。多个标签用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="167"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="171"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="172"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="175"/>
        <source>In use: %1</source>
        <translation>已在使用：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="180"/>
        <source>Save tags</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/review_actions.py" line="187"/>
        <source>Type the tags to add or remove.</source>
        <translation>请输入要添加或移除的标签。</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="212"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="215"/>
        <source>Ticket number, subject, customer or order (Ctrl+F)</source>
        <translation>工单号、主题、客户或订单（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="245"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="245"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="245"/>
        <source>Breaching soon</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="246"/>
        <source>Disputes</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="247"/>
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="250"/>
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="253"/>
        <source>Mine, Unassigned, Disputes: tickets not resolved or closed. Breaching soon: tickets being worked on whose next response or resolution is due within %1 h, or overdue (as on Home).</source>
        <translation>我的、未分配、纠纷：未解决或未关闭的工单。即将超时：处理中且下次回复或解决期限在 %1 小时内或已逾期的工单（与首页一致）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="255"/>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="256"/>
        <source>Any type</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="257"/>
        <source>Any priority</source>
        <translation>所有优先级</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="299"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="313"/>
        <location filename="../../merchant_app/ui/views/tickets.py" line="681"/>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="327"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="329"/>
        <location filename="../../merchant_app/ui/views/tickets.py" line="697"/>
        <source>%1 overdue</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="330"/>
        <source>in %1</source>
        <translation>%1 后</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="337"/>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="348"/>
        <source>Select a ticket to see its customer, order, SLA clocks and conversation.</source>
        <translation>选择一个工单以查看客户、订单、SLA 计时和对话。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="364"/>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="367"/>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="371"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="373"/>
        <source>Approve return…</source>
        <translation>同意退货…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="375"/>
        <source>Receive return…</source>
        <translation>签收退货…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="377"/>
        <source>Export evidence…</source>
        <translation>导出争议证据…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="378"/>
        <source>The dispute&apos;s evidence for the platform, one PDF: the order, shipments and tracking, the timeline, the conversation with the customer (no internal notes), refunds and photos</source>
        <translation>提交给平台的争议证据，合为一个 PDF：订单、发货与物流、时间线、与顾客的对话（不含内部备注）、退款和照片</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="388"/>
        <source>Customer and order</source>
        <translation>客户与订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="388"/>
        <source>Service level</source>
        <translation>服务时效</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="389"/>
        <source>Return (RMA)</source>
        <translation>退货（RMA）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="389"/>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="390"/>
        <source>This customer&apos;s latest orders and tickets</source>
        <translation>该客户最近的订单和工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="391"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="408"/>
        <source>A canned reply, with this ticket&apos;s customer, order, tracking and return numbers filled in</source>
        <translation>快捷回复，自动填入本工单的客户、订单号、运单号和退货单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="411"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="412"/>
        <source>Only colleagues see an internal note; the customer does not</source>
        <translation>内部备注仅同事可见，顾客看不到</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="401"/>
        <location filename="../../merchant_app/ui/views/tickets.py" line="623"/>
        <source>Reply to the customer… (Ctrl+Enter sends)</source>
        <translation>回复顾客…（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="401"/>
        <location filename="../../merchant_app/ui/views/tickets.py" line="624"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="435"/>
        <source>Opened %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="437"/>
        <source>last message %1</source>
        <translation>最后消息 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="441"/>
        <source>%1 priority</source>
        <translation>%1优先级</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/tickets.py" line="447"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 项更改等待同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="464"/>
        <source>Take this ticket</source>
        <translation>由我来处理这个工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="465"/>
        <source>Give it to a colleague, or to no one</source>
        <translation>转给同事，或取消分配</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="466"/>
        <source>Move the ticket on: only the moves its state allows</source>
        <translation>推进工单：只显示当前状态允许的下一步</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="467"/>
        <source>Higher priority, shorter SLA</source>
        <translation>优先级越高，SLA 时限越短</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="468"/>
        <source>Approve the return: the RMA number and the units expected back</source>
        <translation>同意退货：生成退货单号并确定应退回的商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="470"/>
        <source>The parcel arrived: restock and refund in one step</source>
        <translation>包裹已到：一步完成入库和退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="492"/>
        <source>No one (unassigned)</source>
        <translation>无人（取消分配）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="546"/>
        <source>evidence</source>
        <translation>争议证据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="547"/>
        <source>Save the evidence as PDF</source>
        <translation>将证据另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="548"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="563"/>
        <source>Writing the evidence to PDF…</source>
        <translation>正在将证据写入 PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/tickets.py" line="570"/>
        <source>Evidence saved to %1 (%n page(s))</source>
        <translation>
            <numerusform>证据已保存到 %1（共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="574"/>
        <source>The evidence could not be written: %1</source>
        <translation>无法写入证据：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="588"/>
        <source>Insert a canned reply…</source>
        <translation>插入快捷回复…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="593"/>
        <source>Manage canned replies…</source>
        <translation>管理快捷回复…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="622"/>
        <source>Internal note for colleagues… (Ctrl+Enter saves)</source>
        <translation>给同事的内部备注…（Ctrl+Enter 保存）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="624"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="631"/>
        <source>Write the reply first.</source>
        <translation>请先填写回复内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="642"/>
        <source>⚠ SLA breached: due %1 ago.</source>
        <translation>⚠ 已超出 SLA：%1 前已到期。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="644"/>
        <source>Due in %1: answer or resolve it before the SLA is breached.</source>
        <translation>%1 后到期：请在超出 SLA 前回复或解决。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="647"/>
        <source>SLA clocks paused while awaiting the customer.</source>
        <translation>等待客户期间 SLA 暂停计时。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="669"/>
        <location filename="../../merchant_app/ui/views/tickets.py" line="802"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="675"/>
        <location filename="../../merchant_app/ui/views/tickets.py" line="677"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="677"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="679"/>
        <source>Requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="680"/>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="683"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="692"/>
        <source>paused while awaiting the customer</source>
        <translation>等待客户期间暂停</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="695"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="698"/>
        <location filename="../../merchant_app/ui/views/tickets.py" line="757"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="704"/>
        <source>answered %1</source>
        <translation>已于 %1 回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="711"/>
        <source>no customer message waiting for an answer</source>
        <translation>没有待回复的客户消息</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="713"/>
        <source>resolved %1</source>
        <translation>已于 %1 解决</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="716"/>
        <source>closed %1</source>
        <translation>已于 %1 关闭</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="719"/>
        <source>First response</source>
        <translation>首次回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="719"/>
        <source>Next response</source>
        <translation>下次回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="720"/>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="731"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="734"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="369"/>
        <location filename="../../merchant_app/ui/views/tickets.py" line="734"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="336"/>
        <source>The clock is paused while awaiting the customer</source>
        <translation>等待顾客回复期间计时已暂停</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="735"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="737"/>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="738"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="740"/>
        <location filename="../../merchant_app/ui/views/tickets.py" line="742"/>
        <source>Replacement</source>
        <translation>换货订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="743"/>
        <source>a replacement order, once the return is received and synced</source>
        <translation>收到退货并同步后生成换货订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="753"/>
        <source>settled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="755"/>
        <source>passed %1 ago</source>
        <translation>已过期 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="759"/>
        <source>Platform deadline</source>
        <translation>平台截止时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="783"/>
        <source>No messages yet.</source>
        <translation>暂无消息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/ui/views/tickets.py" line="788"/>
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>显示更早的 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/views/tickets.py" line="809"/>
        <source>Attachments: %1</source>
        <translation>附件：%1</translation>
    </message>
</context>
<context>
    <name>TimeSeriesChart</name>
    <message>
        <location filename="../../merchant_app/ui/charts.py" line="285"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../merchant_app/ui/notifications.py" line="52"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../merchant_app/ui/app.py" line="127"/>
        <source>Preparing the demo shop…</source>
        <translation>正在准备演示店铺…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/app.py" line="209"/>
        <source>Switch shop or account…</source>
        <translation>切换店铺或账号…</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="45"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="46"/>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="47"/>
        <source>Delisted</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="48"/>
        <source>Blocked by platform</source>
        <translation>平台封禁</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="50"/>
        <source>In stock</source>
        <translation>有货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="51"/>
        <source>Low or out of stock</source>
        <translation>低库存或缺货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="52"/>
        <source>Low stock</source>
        <translation>库存紧张</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="53"/>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="55"/>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="56"/>
        <source>Short description</source>
        <translation>描述过短</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="57"/>
        <source>No barcode</source>
        <translation>无条码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="58"/>
        <source>Anything missing</source>
        <translation>信息不全</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="60"/>
        <location filename="../../merchant_app/ui/labels.py" line="166"/>
        <source>Received</source>
        <translation>到货入库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="61"/>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="62"/>
        <source>Return restock</source>
        <translation>退货入库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="63"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="64"/>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="65"/>
        <source>Count correction</source>
        <translation>盘点更正</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="66"/>
        <source>Cycle count</source>
        <translation>循环盘点</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="67"/>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="69"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="70"/>
        <source>Merchant</source>
        <translation>运营</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="71"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="73"/>
        <source>listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="74"/>
        <source>locations</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="75"/>
        <source>stock levels</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="76"/>
        <source>stock movements</source>
        <translation>库存流水</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="77"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="78"/>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="79"/>
        <source>after-sales tickets</source>
        <translation>售后工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="80"/>
        <source>reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="81"/>
        <source>campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="82"/>
        <source>traffic figures</source>
        <translation>流量数据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="84"/>
        <source>Edit listing</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="85"/>
        <source>Change price</source>
        <translation>修改价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="86"/>
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="87"/>
        <source>Order note</source>
        <translation>订单备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="88"/>
        <source>Confirm order</source>
        <translation>确认订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="89"/>
        <source>Ship order</source>
        <translation>订单发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="90"/>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="91"/>
        <source>Refund order</source>
        <translation>订单退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="92"/>
        <source>Ticket reply</source>
        <translation>回复工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="93"/>
        <source>Assign ticket</source>
        <translation>分配工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="94"/>
        <source>Ticket status</source>
        <translation>工单状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="95"/>
        <source>Ticket priority</source>
        <translation>工单优先级</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="96"/>
        <source>Approve return</source>
        <translation>同意退货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="97"/>
        <source>Receive return</source>
        <translation>签收退货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="98"/>
        <source>Review reply</source>
        <translation>回复评价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="100"/>
        <source>Pending payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="101"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="102"/>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="103"/>
        <source>Partially shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="104"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="105"/>
        <location filename="../../merchant_app/ui/labels.py" line="120"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="106"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="107"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="108"/>
        <source>To ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="110"/>
        <source>Pending</source>
        <translation>待支付</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="111"/>
        <source>Partially refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="112"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="113"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="115"/>
        <source>Unfulfilled</source>
        <translation>未发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="116"/>
        <source>Partially fulfilled</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="117"/>
        <source>Fulfilled</source>
        <translation>已全部发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="119"/>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="121"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="123"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="124"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="125"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="126"/>
        <source>UnionPay</source>
        <translation>银联</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="127"/>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="129"/>
        <source>Online store</source>
        <translation>网店</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="130"/>
        <source>Mobile app</source>
        <translation>手机 App</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="131"/>
        <source>WeChat mini program</source>
        <translation>微信小程序</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="132"/>
        <source>Marketplace</source>
        <translation>电商平台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="133"/>
        <source>Social</source>
        <translation>社交渠道</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="134"/>
        <source>Point of sale</source>
        <translation>门店收银</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="136"/>
        <location filename="../../merchant_app/ui/labels.py" line="163"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="137"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="138"/>
        <location filename="../../merchant_app/ui/labels.py" line="161"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="140"/>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="141"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="142"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="144"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="145"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="146"/>
        <source>Awaiting customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="147"/>
        <source>Awaiting return</source>
        <translation>等待退货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="148"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="149"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="150"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="151"/>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="152"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="153"/>
        <source>Refund only</source>
        <translation>仅退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="154"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="155"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="156"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="157"/>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="158"/>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="160"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="162"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="165"/>
        <source>Awaiting the parcel</source>
        <translation>等待寄回</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="168"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="169"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="170"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="173"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="174"/>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="175"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="176"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="177"/>
        <source>Percent off</source>
        <translation>百分比折扣</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="178"/>
        <source>Amount off</source>
        <translation>立减</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="179"/>
        <source>Spend and save</source>
        <translation>满减</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="180"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="181"/>
        <source>Flash sale</source>
        <translation>限时抢购</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="182"/>
        <source>Bundle</source>
        <translation>组合优惠</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="184"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="185"/>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="186"/>
        <source>Reported</source>
        <translation>已举报</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="188"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="189"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="12"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="12"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="13"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="13"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="14"/>
        <source>Available</source>
        <translation>可售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="14"/>
        <source>Variants</source>
        <translation>规格数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="15"/>
        <source>Complete</source>
        <translation>完整度</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="15"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="16"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="16"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="17"/>
        <source>Variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="17"/>
        <source>Location</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="18"/>
        <source>On hand</source>
        <translation>在手</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="18"/>
        <source>Committed</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="19"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="19"/>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="20"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="20"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="21"/>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="21"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="22"/>
        <source>Payment status</source>
        <translation>付款状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="22"/>
        <source>Fulfilment</source>
        <translation>发货状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="23"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="24"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="24"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="25"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="25"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="26"/>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="26"/>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="27"/>
        <source>Last message</source>
        <translation>最后消息</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="29"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="29"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="30"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="30"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="31"/>
        <source>Spent</source>
        <translation>已花费</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="31"/>
        <source>Redemptions</source>
        <translation>核销次数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="32"/>
        <source>Products</source>
        <translation>商品数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="34"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="34"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="35"/>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="35"/>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="36"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="38"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="38"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="39"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="39"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="40"/>
        <source>Before → after</source>
        <translation>修改前 → 修改后</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="40"/>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="475"/>
        <source>%1 %2 (continued)</source>
        <translation>%1 %2（续）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="547"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="733"/>
        <source>Packing slip</source>
        <translation>发货单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="740"/>
        <location filename="../../merchant_app/ui/documents.py" line="824"/>
        <location filename="../../merchant_app/ui/documents.py" line="958"/>
        <location filename="../../merchant_app/ui/documents.py" line="1071"/>
        <location filename="../../merchant_app/ui/documents.py" line="1208"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="741"/>
        <location filename="../../merchant_app/ui/documents.py" line="825"/>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="742"/>
        <location filename="../../merchant_app/ui/documents.py" line="1077"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="744"/>
        <location filename="../../merchant_app/ui/documents.py" line="826"/>
        <location filename="../../merchant_app/ui/documents.py" line="1074"/>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="750"/>
        <source>CANCELLED — do not ship</source>
        <translation>已取消——请勿发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="752"/>
        <source>REFUNDED in full — do not ship</source>
        <translation>已全额退款——请勿发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="756"/>
        <location filename="../../merchant_app/ui/documents.py" line="844"/>
        <location filename="../../merchant_app/ui/documents.py" line="1082"/>
        <source>Ship to</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="757"/>
        <source>Shipments</source>
        <translation>发货记录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="761"/>
        <location filename="../../merchant_app/ui/documents.py" line="848"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="762"/>
        <location filename="../../merchant_app/ui/documents.py" line="849"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="763"/>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="764"/>
        <source>Shipped</source>
        <translation>已发</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="765"/>
        <source>To ship</source>
        <translation>待发</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="783"/>
        <source>Units to ship: %1</source>
        <translation>待发件数：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="789"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="805"/>
        <source>%1, tracking %2, %3</source>
        <translation>%1，运单号 %2，%3</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="808"/>
        <location filename="../../merchant_app/ui/documents.py" line="1093"/>
        <source>Nothing shipped yet</source>
        <translation>尚未发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="815"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="822"/>
        <source>Invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="823"/>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="827"/>
        <source>Status</source>
        <translation>付款状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="833"/>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="835"/>
        <source>REFUNDED: %1</source>
        <translation>已退款：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="838"/>
        <source>PARTIALLY REFUNDED: %1</source>
        <translation>部分退款：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="843"/>
        <source>Bill to</source>
        <translation>购买方</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="850"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="851"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="853"/>
        <location filename="../../merchant_app/ui/documents.py" line="879"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="854"/>
        <location filename="../../merchant_app/ui/documents.py" line="1163"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="877"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="881"/>
        <source>Discount (coupon %1)</source>
        <translation>优惠（优惠券 %1）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="883"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="886"/>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="887"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="888"/>
        <location filename="../../merchant_app/ui/documents.py" line="1076"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="891"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="892"/>
        <source>Net paid</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="896"/>
        <source>Amount due</source>
        <translation>应付余额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="908"/>
        <source>Amounts in %1</source>
        <translation>金额单位：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="920"/>
        <source>Refunds</source>
        <translation>退款记录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="950"/>
        <source>Dispute evidence</source>
        <translation>纠纷举证材料</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="957"/>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="959"/>
        <location filename="../../merchant_app/ui/documents.py" line="1217"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="960"/>
        <source>Dispute status</source>
        <translation>纠纷状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="961"/>
        <source>Exported</source>
        <translation>导出日期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="971"/>
        <source>Amount claimed: %1</source>
        <translation>申请金额：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="974"/>
        <source>Return %1</source>
        <translation>退货单 %1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="977"/>
        <source>The platform has not set one</source>
        <translation>平台尚未设定</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="978"/>
        <location filename="../../merchant_app/ui/documents.py" line="1081"/>
        <location filename="../../merchant_app/ui/documents.py" line="1136"/>
        <location filename="../../merchant_app/ui/documents.py" line="1237"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="979"/>
        <source>Claim</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="980"/>
        <source>Platform deadline</source>
        <translation>平台截止时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1030"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1031"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1036"/>
        <source>Exported from Merchant Console on %1 for the platform&apos;s review of this dispute.</source>
        <translation>本材料于 %1 由 Merchant Console 导出，供平台审核此纠纷。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1038"/>
        <source>Times are the shop&apos;s: %1.</source>
        <translation>时间均为店铺所在时区：%1。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1040"/>
        <source>The conversation holds what the customer and the shop wrote to each other; the shop&apos;s internal notes and system notes are not part of this evidence.</source>
        <translation>沟通记录只包含客户与店铺之间往来的消息；店铺的内部备注和系统记录不属于本举证材料。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1048"/>
        <source>Order snapshot</source>
        <translation>订单概况</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1049"/>
        <source>Shipments and tracking</source>
        <translation>发货与物流跟踪</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1050"/>
        <source>Order timeline</source>
        <translation>订单时间线</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1051"/>
        <source>Conversation with the customer</source>
        <translation>与客户的沟通记录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1052"/>
        <source>Refunds given</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1053"/>
        <source>Attachments and photos</source>
        <translation>附件与照片</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1055"/>
        <source>The customer&apos;s other orders and tickets</source>
        <translation>该客户的其他订单和工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1063"/>
        <source>No order is linked to this dispute.</source>
        <translation>此纠纷未关联订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1072"/>
        <location filename="../../merchant_app/ui/documents.py" line="1209"/>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1073"/>
        <location filename="../../merchant_app/ui/documents.py" line="1210"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1079"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1094"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1095"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1096"/>
        <source>Parcel status</source>
        <translation>包裹状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1097"/>
        <location filename="../../merchant_app/ui/documents.py" line="1161"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1098"/>
        <source>Shipped on</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1099"/>
        <source>Delivered on</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1113"/>
        <location filename="../../merchant_app/ui/documents.py" line="1159"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1114"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1115"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1116"/>
        <location filename="../../merchant_app/ui/documents.py" line="1162"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1120"/>
        <source>No events.</source>
        <translation>没有事件。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1125"/>
        <source>* Internal notes and system notes are the shop&apos;s own records: they are left out of this evidence.</source>
        <translation>* 内部备注和系统记录是店铺内部的记录，未列入本举证材料。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1129"/>
        <source>No messages with the customer.</source>
        <translation>没有与客户往来的消息。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1130"/>
        <source>What the customer and the shop wrote, oldest first *</source>
        <translation>客户与店铺往来的消息，按时间先后排列 *</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1137"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1146"/>
        <source>Attachment: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1156"/>
        <source>No refund has been given on this order.</source>
        <translation>此订单尚未退款。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1160"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1164"/>
        <source>restocked</source>
        <translation>已退回库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1170"/>
        <source>Refunded in all: %1</source>
        <translation>累计退款：%1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1179"/>
        <source>No attachments.</source>
        <translation>没有附件。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1180"/>
        <source>Photos kept on this computer are printed below. Files at a web address are listed only: reviewers can open them from the platform&apos;s ticket.</source>
        <translation>保存在本机的照片附于下方；网络地址上的文件仅列出地址，审核人员可在平台的工单中打开。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1190"/>
        <source>A web address: not included in this file.</source>
        <translation>网络地址：未包含在本文件中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1191"/>
        <source>Not found on this computer: not included.</source>
        <translation>本机上找不到该文件：未包含。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1192"/>
        <source>Not a picture: not included.</source>
        <translation>不是图片：未包含。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1205"/>
        <source>None in the shop&apos;s records.</source>
        <translation>店铺记录中没有。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1216"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1218"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1219"/>
        <source>Ticket status</source>
        <translation>工单状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1220"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1235"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/documents.py" line="1283"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="195"/>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="196"/>
        <source>Only a paid order can be confirmed.</source>
        <translation>只有已付款的订单才能确认。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="197"/>
        <source>This order was cancelled.</source>
        <translation>该订单已取消。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="198"/>
        <source>Not paid yet: it ships once paid (cash on delivery ships before payment).</source>
        <translation>尚未付款：付款后才能发货（货到付款订单可先发货）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="200"/>
        <source>Nothing left to ship: every unit has shipped or was refunded.</source>
        <translation>没有待发商品：所有商品均已发货或已退款。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="201"/>
        <source>This order is already cancelled.</source>
        <translation>该订单已取消。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="202"/>
        <source>Part of this order has shipped: refund it instead of cancelling.</source>
        <translation>该订单已有商品发出：请改为退款，而不是取消。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="204"/>
        <source>This order has no payment to refund.</source>
        <translation>该订单没有可退的付款。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="205"/>
        <source>This order is refunded in full already.</source>
        <translation>该订单已全额退款。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="206"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="207"/>
        <source>Name the carrier.</source>
        <translation>请填写快递公司。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="208"/>
        <source>Enter the tracking number.</source>
        <translation>请填写运单号。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="209"/>
        <source>That is not a tracking number: 4 to 64 letters, digits or dashes.</source>
        <translation>运单号格式不对：应为 4 到 64 位字母、数字或短横线。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="211"/>
        <source>Choose at least one unit to ship.</source>
        <translation>请至少选择一件要发的商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="212"/>
        <source>This order is high risk: confirm that it ships.</source>
        <translation>该订单为高风险订单：请确认后再发货。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="213"/>
        <source>That is more than can still be refunded on this order.</source>
        <translation>超过了该订单还可退的金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="214"/>
        <source>Write something first.</source>
        <translation>请先填写内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="216"/>
        <source>This ticket is closed: reopen it first.</source>
        <translation>该工单已关闭：请先重新打开。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="217"/>
        <source>This ticket cannot change state now.</source>
        <translation>该工单当前无法变更状态。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="218"/>
        <source>Only return and exchange tickets have a return to approve.</source>
        <translation>只有退货和换货工单才能同意退货。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="219"/>
        <source>The return is approved already.</source>
        <translation>退货已同意。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="220"/>
        <source>This ticket has no order to return goods from.</source>
        <translation>该工单没有关联订单，无法退货。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="221"/>
        <source>Open the ticket first: a return is approved from an open ticket.</source>
        <translation>请先将工单改为处理中：只能在处理中的工单上同意退货。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="223"/>
        <source>No approved return is waiting to be received.</source>
        <translation>没有等待签收的已同意退货。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="224"/>
        <source>Nothing to change.</source>
        <translation>没有需要修改的内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="226"/>
        <source>This review is hidden already.</source>
        <translation>这条评价已经隐藏。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="227"/>
        <source>Only a hidden review can be published again.</source>
        <translation>只有已隐藏的评价才能重新发布。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="228"/>
        <source>Only a published review can be reported.</source>
        <translation>只有已发布的评价才能举报。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="229"/>
        <source>Only a one- or two-star review opens a ticket.</source>
        <translation>只有一星或二星评价可以创建工单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="230"/>
        <source>This review is not about an order: there is nothing to open a ticket on.</source>
        <translation>这条评价没有关联订单，无法创建工单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="232"/>
        <source>This order already has an open ticket.</source>
        <translation>该订单已有未结工单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="233"/>
        <source>The order is not in this computer&apos;s copy yet: sync, then try again.</source>
        <translation>本机副本中还没有该订单：请同步后重试。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="235"/>
        <source>Not on the platform yet: it can change once it has synced.</source>
        <translation>尚未同步到平台：同步后才能修改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="236"/>
        <source>A reason has at most 1000 characters.</source>
        <translation>原因最多 1000 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="237"/>
        <source>A tag has at most 40 characters.</source>
        <translation>标签最多 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="238"/>
        <source>A review has at most 20 tags.</source>
        <translation>一条评价最多 20 个标签。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="239"/>
        <source>The review already has these tags.</source>
        <translation>这条评价已有这些标签。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="240"/>
        <source>A reply has at most 2000 characters.</source>
        <translation>回复最多 2000 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="242"/>
        <source>This campaign has ended or was cancelled: it can no longer change.</source>
        <translation>该活动已结束或已取消，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="243"/>
        <source>Its dates are over: change its end first.</source>
        <translation>活动日期已过：请先修改结束时间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="244"/>
        <source>Only a draft can be scheduled.</source>
        <translation>只有草稿才能排期。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="245"/>
        <source>Only a running or scheduled campaign can be paused.</source>
        <translation>只有进行中或已排期的活动才能暂停。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="246"/>
        <source>Only a paused campaign can be resumed.</source>
        <translation>只有已暂停的活动才能恢复。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="247"/>
        <source>This campaign can no longer be cancelled.</source>
        <translation>该活动已不能取消。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="248"/>
        <source>Other campaigns run on these products at the same time: tick the box to go on.</source>
        <translation>同一时间这些商品上还有其他活动：勾选确认后才能继续。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="250"/>
        <source>Some variants would sell under the margin floor: tick the box to go on.</source>
        <translation>部分规格将低于毛利下限销售：勾选确认后才能继续。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="252"/>
        <source>The campaign must end after it starts.</source>
        <translation>活动的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="253"/>
        <source>A running campaign&apos;s start cannot move.</source>
        <translation>进行中的活动不能更改开始时间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="255"/>
        <source>The disk is full: nothing was saved. Free some space on this computer and try again.</source>
        <translation>磁盘已满：没有保存任何内容。请在这台电脑上释放一些空间后重试。</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../merchant_app/ui/formatting.py" line="83"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../merchant_app/ui/formatting.py" line="87"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../merchant_app/ui/labels.py" line="271"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
</TS>
