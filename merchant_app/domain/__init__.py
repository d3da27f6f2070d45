"""Pure domain computations shared by the sync layer and the services: no database, no network, no Qt.

``sla``: tickets' SLA clocks in the shop's business hours. ``sentiment`` (with its word lists in
``sentiment_lexicon``): a review's sentiment and topics. The sync computes both whenever it writes
a ticket or a review (``sync.mapping``); the services and views read them. Both layers may import
this package; it imports neither.
"""
