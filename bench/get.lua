-- wrk script: the X-Auth-Token header every /v3 request needs (WireMock ignores it).
wrk.headers["X-Auth-Token"] = "bench"
