#!/usr/bin/env python3
"""A client of kz-appeals-server in Python with the standard library only.

    python3 server/examples/client.py [BASE_URL]      # default http://127.0.0.1:8080

It asks for the deadlines of a request, checks an IIN, reads a refusal as a
problem+json in Russian, and sends a batch of JSON Lines. It exits 1 if an
answer is not what the service promises (the loopback test runs it).
"""

import json
import sys
import urllib.error
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"


def call(method, path, body=None, content_type="application/json", lang=None):
    """Returns (status, content type, body text)."""
    data = None
    headers = {}
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        headers["Content-Type"] = content_type
    if lang:
        headers["Accept-Language"] = lang
    req = urllib.request.Request(BASE + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=10) as res:
            return res.status, res.headers.get("Content-Type"), res.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), e.read().decode("utf-8")


def expect(cond, what):
    if not cond:
        print("FAILED:", what, file=sys.stderr)
        sys.exit(1)


def main():
    # Every deadline of a request that arrived on Saturday 21 March 2026.
    status, ctype, text = call("POST", "/v1/deadlines", {"received": "2026-03-21", "answered_on": "2026-04-20"})
    expect(status == 200 and ctype == "application/json", (status, ctype, text))
    out = json.loads(text)
    expect(out["registered"] == "2026-03-26", out["registered"])
    expect(out["response_due"] == "2026-04-16", out["response_due"])
    for v in out["violations"]:
        print("late:", v["deadline"], "due", v["due"], "by", v["late_by_working_days"], "working days")

    # An IIN.
    status, _, text = call("POST", "/v1/check-id", {"number": "850808301235"})
    expect(status == 200 and json.loads(text)["valid"] is True, text)

    # A date that names no day: a problem+json, in Russian.
    status, ctype, text = call("POST", "/v1/deadlines", {"received": "2026-02-30"}, lang="ru-RU,ru;q=0.9,en;q=0.8")
    problem = json.loads(text)
    expect(status == 422 and ctype == "application/problem+json", (status, ctype))
    expect(problem["lang"] == "ru" and problem["field"] == "received", problem)
    print("refused:", problem["detail"])

    # A misspelt field: a 400 naming it.
    status, _, text = call("POST", "/v1/deadlines", {"recieved": "2026-03-21"})
    expect(status == 400 and json.loads(text)["field"] == "recieved", text)

    # Is 24 March 2026 a working day? (Nauryz's carry-over.)
    status, _, text = call("GET", "/v1/days/2026-03-24", lang="kk")
    day = json.loads(text)
    expect(status == 200 and day["working"] is False and day["kind"] == "carry_over", day)

    # A batch: one JSON answer a line, in order; a bad line is answered too.
    lines = [{"kind": "check_id", "number": "850808301235"}, {"kind": "calendar", "year": 2017}]
    body = "".join(json.dumps(x) + "\n" for x in lines).encode("utf-8")
    status, _, text = call("POST", "/v1/batch", body, content_type="application/x-ndjson")
    answers = [json.loads(x) for x in text.splitlines()]
    expect(status == 200 and [a["kind"] for a in answers] == ["check_id", "error"], answers)
    expect([a["line"] for a in answers] == [1, 2], answers)

    print("ok")


if __name__ == "__main__":
    main()
