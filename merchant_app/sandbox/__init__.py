"""The reference platform: a real HTTP server implementing platform API v1 (docs/platform-api.md).

It imports nothing from the client side of the project; the contract between them is the
documentation and the OpenAPI document the server publishes at /openapi.json.
"""
