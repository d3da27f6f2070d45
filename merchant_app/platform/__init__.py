"""The platform's HTTP API as the console uses it: auth, polite rate control, retries, paging, and
validation of what arrives. Knows HTTP; knows nothing of the local cache (docs/architecture.md)."""
