"""Sign-in, token expiry and refresh, and the role permission table, over real HTTP."""

from __future__ import annotations

import time

import httpx

from .conftest import Api, admin


def test_each_demo_account_signs_in_with_its_role(sandbox):
    for username, role in (("owner", "owner"), ("merchant", "merchant"), ("agent", "agent")):
        r = httpx.post(f"{sandbox.url}/v1/auth/token", json={"username": username, "password": "demo"})
        assert r.status_code == 200
        body = r.json()
        assert body["role"] == role
        assert body["expires_in"] == 3600
        assert body["shop"]["currency"] == "CNY"
        assert body["access_token"] != body["refresh_token"]


def test_wrong_password_and_missing_credentials_are_refused(sandbox):
    r = httpx.post(f"{sandbox.url}/v1/auth/token", json={"username": "owner", "password": "nope"})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "invalid_credentials"
    r = httpx.post(f"{sandbox.url}/v1/auth/token", json={"username": "owner"})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "credentials_required"


def test_calls_without_a_valid_token_get_401(sandbox):
    r = httpx.get(f"{sandbox.url}/v1/orders")
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert r.json()["error"]["code"] == "unauthorized"
    r = httpx.get(f"{sandbox.url}/v1/orders", headers={"Authorization": "Bearer made-up"})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "invalid_token"


def test_access_token_expires_and_refresh_token_gets_a_new_one(sandbox):
    admin(sandbox, "config", {"token_ttl": 1})
    owner = Api(sandbox.url, "owner")
    assert owner.session["expires_in"] == 1
    assert owner.get("/v1/shop").status_code == 200
    time.sleep(1.2)
    r = owner.get("/v1/shop")
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "token_expired"

    admin(sandbox, "config", {"token_ttl": 3600})
    r = httpx.post(f"{sandbox.url}/v1/auth/token", json={"refresh_token": owner.session["refresh_token"]})
    assert r.status_code == 200
    owner.http.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
    assert owner.get("/v1/shop").status_code == 200

    r = httpx.post(f"{sandbox.url}/v1/auth/token", json={"refresh_token": "not-a-refresh-token"})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "invalid_refresh_token"
    # an access token is not a refresh token
    r = httpx.post(f"{sandbox.url}/v1/auth/token", json={"refresh_token": owner.session["access_token"]})
    assert r.status_code == 401


def test_me_lists_the_permissions_of_the_role(api):
    me = api("agent").get("/v1/me").json()
    assert me["user"]["username"] == "agent"
    assert "tickets:write" in me["permissions"]
    assert "analytics:read" not in me["permissions"]
    assert "prices:write" not in me["permissions"]
    owner = api("owner").get("/v1/me").json()
    assert {"analytics:read", "campaigns:budget", "users:manage"} <= set(owner["permissions"])


def test_agent_cannot_read_revenue_reports_or_change_prices_or_stock(api, sandbox):
    agent = api("agent")
    r = agent.get("/v1/analytics/daily")
    assert r.status_code == 403
    assert r.json()["error"]["details"]["permission"] == "analytics:read"

    owner = api("owner")
    listing = owner.get("/v1/listings", limit=1).json()["items"][0]
    variant = listing["variants"][0]
    r = agent.write("POST", f"/v1/listings/{listing['id']}/variants/{variant['id']}/price",
                    {"price": variant["price"] + 100}, version=listing["version"])
    assert r.status_code == 403
    r = agent.write("PATCH", f"/v1/listings/{listing['id']}", {"title": "x"}, version=listing["version"])
    assert r.status_code == 403
    level = owner.get("/v1/inventory", limit=1).json()["items"][0]
    r = agent.write("POST", f"/v1/inventory/{level['id']}/adjust", {"delta": 5, "reason": "received"},
                    version=level["version"])
    assert r.status_code == 403
    r = agent.write("POST", "/v1/orders/1/ship", {"carrier": "SF", "tracking_number": "1"}, version=1)
    assert r.status_code == 403
    # and nothing changed
    assert owner.record("listings", listing["id"])["version"] == listing["version"]
    assert owner.record("inventory", level["id"])["version"] == level["version"]


def test_agent_can_work_tickets_and_reviews(api):
    agent = api("agent")
    assert agent.get("/v1/tickets", limit=5).status_code == 200
    assert agent.get("/v1/orders", limit=5).status_code == 200
    assert agent.get("/v1/customers", limit=5).status_code == 200
    review = agent.get("/v1/reviews", limit=1).json()["items"][0]
    r = agent.act("reviews", review["id"], "reply", {"body": "Thank you for the review!"})
    assert r.status_code == 200, r.text
    assert r.json()["reply"]["author"] == "agent"


def test_only_the_owner_manages_users_and_campaign_budgets(api):
    owner, merchant = api("owner"), api("merchant")
    assert merchant.get("/v1/users").status_code == 403
    assert {u["username"] for u in owner.get("/v1/users").json()} >= {"owner", "merchant", "agent"}
    r = merchant.write("POST", "/v1/users", {"username": "intern", "password": "pass1", "role": "agent",
                                             "display_name": "Intern"})
    assert r.status_code == 403
    r = owner.write("POST", "/v1/users", {"username": "intern", "password": "pass1", "role": "agent",
                                          "display_name": "Intern"})
    assert r.status_code == 201
    assert Api(owner.base_url, "intern", "pass1").session["role"] == "agent"

    campaign = {"name": "Weekend 10%", "type": "percent_off", "starts_at": "2031-01-03T00:00:00Z",
                "ends_at": "2031-01-05T00:00:00Z", "rules": {"percent_off": 10}}
    r = merchant.write("POST", "/v1/campaigns", {**campaign, "budget": 100000})
    assert r.status_code == 403
    assert r.json()["error"]["details"]["permission"] == "campaigns:budget"
    r = merchant.write("POST", "/v1/campaigns", campaign)
    assert r.status_code == 201, r.text
    created = r.json()
    assert created["status"] == "scheduled"
    r = merchant.write("PATCH", f"/v1/campaigns/{created['id']}", {"budget": 5}, version=created["version"])
    assert r.status_code == 403
    r = owner.write("PATCH", f"/v1/campaigns/{created['id']}", {"budget": 50000}, version=created["version"])
    assert r.status_code == 200
    assert r.json()["budget"] == 50000
    assert api("agent").write("POST", "/v1/campaigns", campaign).status_code == 403
