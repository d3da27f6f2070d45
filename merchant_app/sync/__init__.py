"""The sync engine: the platform client (platform/) and the local cache (store/, models/) meet
here. Pull brings the platform's records into the cache; push sends the outbox the other way.
Core code: no Qt; progress and errors leave through plain callbacks (events.py)."""
