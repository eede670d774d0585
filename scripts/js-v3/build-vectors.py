#!/usr/bin/env python3
"""Writes vectors/js-v3/sdk-specs.json, edge-cases.json and sep-2020.json.

The cases transcribe the retry specs of smithy-typescript @smithy/core@3.33.3 (retries.integ.spec.ts,
service-error-classification.spec.ts, parseRetryAfterHeader.spec.ts, DefaultRetryBackoffStrategy.spec.ts,
StandardRetryStrategy.spec.ts, ConfiguredRetryStrategy.spec.ts; of the mock-based retryMiddleware.spec.ts,
AdaptiveRetryStrategy.spec.ts and DefaultRateLimiter.spec.ts what a session can show) and the
six 2020 standard-mode SEP cases (research/standard-retry-cases.md section 1). Expectations come from the
reference (`conform serve`), and every value the SDK's spec asserts is checked here against that answer, so the
script fails if the two disagree. Run from the repository root after `swift build`:

    python3 scripts/js-v3/build-vectors.py [path/to/conform]
"""
import json
import subprocess
import sys

CONFORM = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/conform"
PROC = subprocess.Popen([CONFORM, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
NEXT_ID = [0]


def call(method, params):
    NEXT_ID[0] += 1
    PROC.stdin.write(json.dumps({"jsonrpc": "2.0", "id": NEXT_ID[0], "method": method, "params": params}) + "\n")
    PROC.stdin.flush()
    answer = json.loads(PROC.stdout.readline())
    if "error" in answer:
        raise SystemExit(f"{method} {json.dumps(params)}: {answer['error']}")
    return answer["result"]


def check(condition, what):
    if not condition:
        raise SystemExit("the reference disagrees with the SDK's spec: " + what)


def error_for(status, code=None):
    """An SDK error of a deserialized response with this status (and error code as its name)."""
    error = {"$metadata": {"httpStatusCode": status}}
    if code:
        error["name"] = code
    return error


TYPE_ERRORS = {"TRANSIENT": {"$metadata": {"httpStatusCode": 500}}, "THROTTLING": {"name": "ThrottlingException"}}


def case(cases, case_id, description, flags, method, params, checks=None):
    result = call(method, params)
    if checks:
        checks(result)
    cases.append({"id": case_id, "description": description, "flags": flags, "method": method, "params": params,
                  "expect": result})


def retry_timings(cases):
    legacy = [
        ("3x - transient", [("TRANSIENT", 10, 100), ("TRANSIENT", 10, 200)], None),
        ("3x - throttling", [("THROTTLING", 5, 500), ("THROTTLING", 5, 1000)], None),
        ("3x - throttling mixed", [("TRANSIENT", 10, 100), ("THROTTLING", 5, 1000)], None),
        ("3x - transient mixed", [("THROTTLING", 5, 500), ("TRANSIENT", 10, 200)], None),
        ("8x - transient", [("TRANSIENT", 10, d) for d in [100, 200, 400, 800, 1600, 3200, 6400]], None),
        ("8x - throttling", [("THROTTLING", 5, d) for d in [500, 1000, 2000, 4000, 8000, 16000, 20000]], None),
        ("8x - transient mixed", [("THROTTLING", 5, 500), ("THROTTLING", 5, 1000), ("TRANSIENT", 10, 400),
                                  ("TRANSIENT", 10, 800), ("TRANSIENT", 10, 1600), ("TRANSIENT", 10, 3200),
                                  ("THROTTLING", 5, 20000)], None),
        ("8x - throttling mixed", [("TRANSIENT", 10, 100), ("THROTTLING", 5, 1000), ("THROTTLING", 5, 2000),
                                   ("THROTTLING", 5, 4000), ("THROTTLING", 5, 8000), ("TRANSIENT", 10, 3200),
                                   ("THROTTLING", 5, 20000)], None),
        ("12x - throttling mixed longpoll", [("TRANSIENT", 10, 100), ("THROTTLING", 5, 1000), ("THROTTLING", 5, 2000),
                                             ("THROTTLING", 5, 4000), ("THROTTLING", 5, 8000), ("TRANSIENT", 10, 3200)]
         + [("THROTTLING", 5, 20000)] * 5, ":longpoll"),
    ]
    v2026 = [
        ("8x - transient mixed", [("THROTTLING", 5, 1000), ("THROTTLING", 5, 2000), ("TRANSIENT", 14, 200),
                                  ("TRANSIENT", 14, 400), ("TRANSIENT", 14, 800), ("TRANSIENT", 14, 1600),
                                  ("THROTTLING", 5, 20000)], None),
        ("8x - throttling mixed", [("TRANSIENT", 14, 50), ("THROTTLING", 5, 2000), ("THROTTLING", 5, 4000),
                                   ("THROTTLING", 5, 8000), ("THROTTLING", 5, 16000), ("TRANSIENT", 14, 1600),
                                   ("THROTTLING", 5, 20000)], None),
        ("12x - throttling mixed longpoll", [("TRANSIENT", 14, 50), ("THROTTLING", 5, 2000), ("THROTTLING", 5, 4000),
                                             ("THROTTLING", 5, 8000), ("THROTTLING", 5, 16000),
                                             ("TRANSIENT", 14, 1600)] + [("THROTTLING", 5, 20000)] * 5, ":longpoll"),
    ]
    for flag, table in ((False, legacy), (True, v2026)):
        for name, rows, scope in table:
            n = len(rows) + 1
            attempts = [{"error": TYPE_ERRORS[t]} for t, _, _ in rows] + [{"error": TYPE_ERRORS["TRANSIENT"]}]
            params = {
                "strategy": {"kind": "standard", "construct": "direct", "maxAttempts": n, "v2026": flag},
                "calls": [{"attempts": attempts, "longPoll": scope is not None}],
                "random": [1] * (n + 1), "clock": {"startMs": 1_764_633_600_000},
            }

            def checks(result, rows=rows, n=n, flag=flag, scope=scope):
                records = result["calls"][0]["attempts"]
                for k, (t, cost, delay) in enumerate(rows):
                    r = records[k]
                    check(r["outcome"] == "retry_request" and r["errorType"] == t, f"{name} row {k + 1}")
                    check(r["delay"] == delay, f"{name} row {k + 1}: delay {r['delay']} != {delay}")
                    check(r["capacityBefore"] - r["capacityAfter"] == cost, f"{name} row {k + 1}: cost")
                check(records[-1]["outcome"] == "max_attempts_exceeded", f"{name}: last")
                check(result["strategy"]["capacity"] == 500 - sum(c for _, c, _ in rows), f"{name}: capacity")
                # A 2026 long-poll token draws even when refused; a legacy one is no long-poll token.
                check(records[-1]["draws"] == (1 if flag and scope else 0), f"{name}: draw on refusal")

            suffix = " (2026)" if flag else ""
            case(cases, f"js-v3/sdk/retries.integ/timings/{name.replace(' ', '')}{'-2026' if flag else ''}",
                 f"retries.integ.spec.ts 'retry timings' {name}{suffix}: a StandardRetryStrategy with maxAttempts "
                 f"{n} and b = 1 (DeterministicRetryBackoffStrategy, here Math.random() = 1); each row's error type, "
                 "cost and acquisitionDelay, then one more error refused with code 2; the capacity is 500 minus the "
                 "costs.", ["SdkSpec", "RetryTimings"] + (["LongPoll"] if flag and scope else []),
                 "js.v3.session", params, checks)


SPEC_CASES = [
    ("Retry eventually succeeds", {}, [(500, None, "retry_request", 486, 0.05), (500, None, "retry_request", 472, 0.1),
                                       (200, None, "success", 486, None)]),
    ("Fail due to max attempts reached", {}, [(502, None, "retry_request", 486, 0.05),
                                              (502, None, "retry_request", 472, 0.1),
                                              (502, None, "max_attempts_exceeded", 472, None)]),
    ("Retry Quota reached after a single retry", {"initial_retry_tokens": 14},
     [(500, None, "retry_request", 0, 0.05), (500, None, "retry_quota_exceeded", 0, None)]),
    ("No retries at all if retry quota is 0", {"initial_retry_tokens": 0},
     [(500, None, "retry_quota_exceeded", 0, None)]),
    ("Verifying exponential backoff timing", {"max_attempts": 5},
     [(500, None, "retry_request", q, d) for q, d in [(486, 0.05), (472, 0.1), (458, 0.2), (444, 0.4)]]
     + [(500, None, "max_attempts_exceeded", 444, None)]),
    ("Retry Stops After Retry Quota Exhaustion", {"max_attempts": 5, "initial_retry_tokens": 20},
     [(500, None, "retry_request", 6, 0.05), (502, None, "retry_quota_exceeded", 6, None)]),
    ("Retry quota Recovery After Successful Responses", {"max_attempts": 5, "initial_retry_tokens": 30},
     [(500, None, "retry_request", 16, 0.05), (502, None, "retry_request", 2, 0.1), (200, None, "success", 16, None),
      (500, None, "retry_request", 2, 0.05), (200, None, "success", 16, None)]),
    ("Throttling Error Token Bucket Drain (5 tokens) and Backoff Duration (1000ms)", {},
     [(400, "Throttling", "retry_request", 495, 1), (200, None, "success", 500, None)]),
]


def sequences(steps):
    calls, current = [], []
    for step in steps:
        current.append(step)
        if step[2] == "success" or step[2].endswith("exceeded"):
            calls.append(current)
            current = []
    if current:
        calls.append(current)
    return calls


def session_for(given, steps, v2026):
    strategy = {"kind": "standard", "construct": "direct", "maxAttempts": given.get("max_attempts", 3),
                "v2026": v2026}
    if "initial_retry_tokens" in given:
        strategy["initialCapacity"] = given["initial_retry_tokens"]
    calls = []
    for seq in sequences(steps):
        calls.append({"attempts": [{"success": True} if s == 200 else {"error": error_for(s, code)}
                                   for s, code, _, _, _ in seq]})
    return {"strategy": strategy, "calls": calls, "random": [1] * 20, "clock": {"startMs": 1_764_633_600_000}}


def spec_tests(cases):
    for name, given, steps in SPEC_CASES:
        params = session_for(given, steps, True)

        def checks(result, steps=steps, name=name):
            records = [r for c in result["calls"] for r in c["attempts"]]
            for k, (_, _, outcome, quota, delay) in enumerate(steps):
                r = records[k]
                check(r["outcome"] == outcome, f"{name} step {k}: {r['outcome']} != {outcome}")
                check(r["capacityAfter"] == quota, f"{name} step {k}: quota {r['capacityAfter']} != {quota}")
                if delay is not None:
                    check(r["delay"] == delay * 1000, f"{name} step {k}: delay")
            check(len(records) == len(steps), f"{name}: attempts")

        case(cases, "js-v3/sdk/retries.integ/spec/" + "".join(w.capitalize() for w in name.split() if w.isalnum()),
             f"retries.integ.spec.ts specification test '{name}' (2026 mode, b = 1): each step's outcome, retry "
             "quota and acquisitionDelay; a success starts a new call.", ["SdkSpec", "SpecTest"], "js.v3.session",
             params, checks)


def end_to_end(cases):
    e2e = [
        ("RetryEventuallySucceeds", [(500, "RetryableError", []), (500, "RetryableError", []), None], 3, 150, None),
        ("FailDueToMaxAttempts", [(502, "RetryableError", [])] * 3, 3, 150, "RetryableError"),
        ("ThrottlingRetriesAndSucceeds", [(429, "CodedThrottlingError", []), None], 2, 1000, None),
        ("XAmzRetryAfterHonored", [(500, "RetryableError", [["x-amz-retry-after", "1500"]]), None], 2, 1500, None),
        ("InvalidXAmzRetryAfter", [(500, "RetryableError", [["x-amz-retry-after", "invalid"]]), None], 2, 50, None),
    ]
    for name, steps, attempts, total, thrown in e2e:
        listed = []
        for step in steps:
            if step is None:
                listed.append({"success": True})
            else:
                status, code, headers = step
                listed.append({"error": {"name": code, "$metadata": {"httpStatusCode": status},
                                         "$response": {"statusCode": status,
                                                       "headers": [["smithy-protocol", "rpc-v2-cbor"]] + headers}}})
        params = {"strategy": {"kind": "standard", "construct": "direct", "maxAttempts": 3, "v2026": True},
                  "calls": [{"attempts": listed}], "random": [1] * 5, "clock": {"startMs": 1_764_633_600_000}}

        def checks(result, attempts=attempts, total=total, thrown=thrown, name=name):
            call0 = result["calls"][0]
            check(call0["metadata"] == {"attempts": attempts, "totalRetryDelay": total}, f"{name}: metadata")
            check((call0["thrown"] or {}).get("name") == thrown, f"{name}: thrown")

        case(cases, f"js-v3/sdk/retries.integ/e2e/{name}",
             f"retries.integ.spec.ts end-to-end '{name}' (2026 mode, b = 1): $metadata.attempts {attempts} and "
             f"totalRetryDelay {total} ms (the spec allows 10 %; the virtual clock is exact).",
             ["SdkSpec", "EndToEnd"], "js.v3.session", params, checks)


def classification(cases):
    CLOCK_SKEW = ["AccessDeniedException", "AuthFailure", "InvalidSignatureException", "RequestExpired",
                  "RequestInTheFuture", "RequestTimeTooSkewed", "SignatureDoesNotMatch"]
    THROTTLING = ["BandwidthLimitExceeded", "EC2ThrottledException", "LimitExceededException",
                  "PriorRequestNotComplete", "ProvisionedThroughputExceededException", "RequestLimitExceeded",
                  "RequestThrottled", "RequestThrottledException", "SlowDown", "ThrottledException", "Throttling",
                  "ThrottlingException", "TooManyRequestsException", "TransactionInProgressException"]
    TRANSIENT = ["TimeoutError", "RequestTimeout", "RequestTimeoutException"]
    undefined = {"undefined": True}

    def spec_error(name=None, status=None, retryable=None, cause=None, code=None):
        # Object.assign(new Error(), {name, $metadata: {httpStatusCode}, $retryable, cause, code})
        error = {"name": name if name is not None else undefined,
                 "$metadata": {"httpStatusCode": status if status is not None else undefined},
                 "code": code if code is not None else undefined}
        if retryable is not None:
            error["$retryable"] = retryable
        if cause is not None:
            error["cause"] = cause
        return error

    rows = [("trait-set", spec_error(retryable={}), "isRetryableByTrait", True),
            ("trait-unset", spec_error(), "isRetryableByTrait", False),
            ("clock-skew-other", spec_error(name="k3q9z1"), "isClockSkewError", False),
            ("429-not-transient", spec_error(status=429), "isTransientError", False),
            ("throttling-other", spec_error(name="k3q9z1"), "isThrottlingError", False),
            ("trait-throttling-true", spec_error(retryable={"throttling": True}), "isThrottlingError", True),
            ("trait-throttling-false", spec_error(retryable={"throttling": False}), "isThrottlingError", False),
            ("trait-throttling-unset", spec_error(retryable={}), "isThrottlingError", False),
            ("transient-other-name", spec_error(name="k3q9z1"), "isTransientError", False),
            ("transient-other-status", spec_error(status=404), "isTransientError", False)]
    rows += [(f"clock-skew/{n}", spec_error(name=n), "isClockSkewError", True) for n in CLOCK_SKEW]
    rows += [(f"throttling/{n}", spec_error(name=n), "isThrottlingError", True) for n in THROTTLING]
    rows += [(f"transient/{n}", spec_error(name=n), "isTransientError", True) for n in TRANSIENT]
    rows += [(f"transient-status/{s}", spec_error(status=s), "isTransientError", True) for s in [500, 502, 503, 504]]
    rows += [(f"transient-cause/{n}", spec_error(cause={"name": n}), "isTransientError", True) for n in TRANSIENT]
    rows += [(f"transient-code/{c}", spec_error(code=c), "isTransientError", True)
             for c in ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND",
                       "EAI_AGAIN"]]
    rows += [(f"server/{s}", spec_error(status=s), "isServerError", True) for s in [501, 505, 511]]
    rows += [(f"not-server/{s}", spec_error(status=s), "isServerError", False) for s in [500, 502, 503, 504, 400, 429]]
    rows += [("http2-refused", {"code": "ERR_HTTP2_STREAM_ERROR", "message": "Stream closed with error code "
                                "NGHTTP2_REFUSED_STREAM"}, "isNodeJsHttp2TransientError", True),
             ("http2-unrelated", {"code": "ECONNRESET", "message": "socket hang up"}, "isNodeJsHttp2TransientError",
              False),
             ("http2-transient", {"code": "ERR_HTTP2_STREAM_ERROR", "message": "Stream closed with error code "
                                  "NGHTTP2_REFUSED_STREAM"}, "isTransientError", True),
             ("http2-cause", {"cause": {"code": "ERR_HTTP2_STREAM_ERROR", "message": "Stream closed with error code "
                                        "NGHTTP2_REFUSED_STREAM"}}, "isTransientError", True)]
    for name, error, predicate, expected in rows:
        def checks(result, predicate=predicate, expected=expected, name=name):
            check(result[predicate] == expected, f"classification {name}")

        case(cases, f"js-v3/sdk/classification/{name}",
             f"service-error-classification.spec.ts: {predicate} is {str(expected).lower()} for this error "
             "(Object.assign(new Error(), {name, $metadata: {httpStatusCode}, $retryable, cause, code})).",
             ["SdkSpec", "Classification"], "js.v3.classify", {"error": error}, checks)


def retry_after(cases):
    now = 1_773_769_074_339
    rows = [("no-retry-headers", [["content-type", "application/json"]], None),
            ("plain-seconds", [["retry-after", "120"]], now + 120_000),
            ("rfc7231", [["retry-after", "Tue, 17 Mar 2026 17:38:54 GMT"]], now + 60_000 - 339),
            ("gmt-seconds-suffix", [["retry-after", "Tue, 17 Mar 2026 17:38:24 GMT, 45"]], now + 45_000),
            ("invalid-date-gmt", [["retry-after", "Invalid Date GMT"]], None),
            ("non-numeric-non-date", [["retry-after", "not-a-number"]], None),
            ("iso-last-resort", [["retry-after", "2026-03-17T17:38:24.339Z"]], now + 30_000),
            ("x-amz-ms", [["x-amz-retry-after", "5000"]], now + 5000),
            ("x-amz-not-numeric", [["x-amz-retry-after", "abc"]], None),
            ("retry-after-first", [["retry-after", "10"], ["x-amz-retry-after", "9999"]], now + 10_000)]
    for name, headers, hint in rows:
        params = {"error": {"$response": {"statusCode": 503, "headers": headers}}, "clock": {"startMs": now}}

        def checks(result, hint=hint, name=name):
            check(result["retryAfterHint"] == hint, f"retry-after {name}: {result['retryAfterHint']} != {hint}")

        case(cases, f"js-v3/sdk/parseRetryAfterHeader/{name}",
             "parseRetryAfterHeader.spec.ts at NOW = 1773769074339: the hint as a time value (the spec's date "
             "strings are new Date(NOW + 60000 or 30000).toUTCString(), whole seconds; the ISO one is "
             "new Date(NOW + 30000).toISOString()).",
             ["SdkSpec", "RetryAfter"], "js.v3.classify", params, checks)


def backoff(cases):
    for v2026 in (False, True):
        base = 50 if v2026 else 100
        for attempts in range(10):
            expected = min((2 ** attempts) * base, 20000)
            params = {"retryCount": attempts, "random": [1], "v2026": v2026}
            case(cases, f"js-v3/sdk/backoff/default-{attempts}{'-2026' if v2026 else ''}",
                 f"DefaultRetryBackoffStrategy.spec.ts: Math.random() = 1, base Retry.delay() = {base}: "
                 f"floor(min({base} * 2^{attempts}, 20000)).", ["SdkSpec", "Backoff"], "js.v3.backoff", params,
                 lambda r, e=expected: check(r["delay"] == e, "backoff"))
    for base in (100, 500, 1000, 25):
        for attempts in range(5):
            for b in (0.25, 0.5, 0.75):
                params = {"retryCount": attempts, "baseDelay": base, "random": [b]}
                case(cases, f"js-v3/sdk/backoff/mock-{base}-{attempts}-{b}",
                     f"DefaultRetryBackoffStrategy.spec.ts: setDelayBase({base}), Math.random() = {b}.",
                     ["SdkSpec", "Backoff"], "js.v3.backoff", params,
                     lambda r, e=int(b * min(2 ** attempts * base, 20000)): check(r["delay"] == e, "backoff"))
    for params, what in (({"retryCount": 0, "baseDelay": 30000, "random": [1]}, "high delayBase"),
                         ({"retryCount": 30, "random": [1]}, "high attempts")):
        case(cases, f"js-v3/sdk/backoff/cap-{what.replace(' ', '-')}",
             f"DefaultRetryBackoffStrategy.spec.ts: capped at MAXIMUM_RETRY_DELAY ({what}).",
             ["SdkSpec", "Backoff"], "js.v3.backoff", params, lambda r: check(r["delay"] == 20000, "cap"))


def edge_cases(cases):
    now = 1_764_633_600_000
    clock = {"startMs": now}

    def classify(case_id, description, error, checks, with_clock=False, flags=("Classification",)):
        params = {"error": error}
        if with_clock:
            params["clock"] = clock
        case(cases, "js-v3/edge/" + case_id, description, ["Edge"] + list(flags), "js.v3.classify", params,
             lambda r: checks(r) or check(True, ""))

    def et(expected):
        return lambda r: check(r["errorType"] == expected, f"errorType {r['errorType']} != {expected}")

    classify("429-string", "httpStatusCode '429' (a string) is not === 429 and not in the status table: CLIENT_ERROR "
             "(service-error-classification.ts:47).", {"$metadata": {"httpStatusCode": "429"}}, et("CLIENT_ERROR"))
    classify("trait-throttling-loose", "$retryable.throttling '1' == true (loose equality, :49): THROTTLING.",
             {"$retryable": {"throttling": "1"}}, et("THROTTLING"))
    classify("name-case", "Names compare exactly: 'throttling' is not 'Throttling': CLIENT_ERROR.",
             {"name": "throttling"}, et("CLIENT_ERROR"))
    classify("signature-expired", "InvalidSignatureException whose message includes 'Signature expired': TRANSIENT "
             "(:60).", {"name": "InvalidSignatureException", "message": "Signature expired: 20260101T000000Z"},
             et("TRANSIENT"))
    classify("signature-expired-case", "'Signature Expired' (capital E) does not match: CLIENT_ERROR.",
             {"name": "InvalidSignatureException", "message": "Signature Expired"}, et("CLIENT_ERROR"))

    def chain(levels):
        error = {"code": "ECONNRESET"}
        for _ in range(levels):
            error = {"cause": error}
        return error

    classify("cause-depth-11", "A transient error 11 causes deep is still found (depth <= 10 at the last step, :66).",
             chain(11), et("TRANSIENT"))
    classify("cause-depth-12", "12 causes deep the recursion stops first: CLIENT_ERROR.", chain(12), et("CLIENT_ERROR"))
    classify("browser-typeerror", "A TypeError 'Load failed' is a browser network error: TRANSIENT (:28-44).",
             {"isTypeError": True, "message": "Load failed"}, et("TRANSIENT"))
    classify("browser-plain-error", "The same message on a plain Error is not: CLIENT_ERROR.",
             {"message": "Load failed"}, et("CLIENT_ERROR"))
    classify("http2-refused", "ERR_HTTP2_STREAM_ERROR with NGHTTP2_REFUSED_STREAM: TRANSIENT (:83-85).",
             {"code": "ERR_HTTP2_STREAM_ERROR", "message": "Stream closed with error code NGHTTP2_REFUSED_STREAM"},
             et("TRANSIENT"))
    classify("status-503-string", "httpStatusCode '503' compares as 500 <= '503' <= 599 but is not in the transient "
             "table: SERVER_ERROR (:69-78).", {"$metadata": {"httpStatusCode": "503"}}, et("SERVER_ERROR"))
    classify("status-600", "600 is past 599: CLIENT_ERROR.", {"$metadata": {"httpStatusCode": 600}}, et("CLIENT_ERROR"))
    classify("status-null", "httpStatusCode null: 500 <= null is false: CLIENT_ERROR.",
             {"$metadata": {"httpStatusCode": None}}, et("CLIENT_ERROR"))
    classify("throttle-beats-5xx", "SlowDown with status 503: throttling is tested first (retryMiddleware.ts:137).",
             {"name": "SlowDown", "$metadata": {"httpStatusCode": 503}}, et("THROTTLING"))
    classify("clock-skew-corrected", "$metadata.clockSkewCorrected: TRANSIENT (:59).",
             {"$metadata": {"clockSkewCorrected": True}}, et("TRANSIENT"))
    classify("access-denied", "AccessDeniedException is a clock-skew name (constants.ts:10) but SRA does not retry "
             "it: CLIENT_ERROR.", {"name": "AccessDeniedException"},
             lambda r: check(r["errorType"] == "CLIENT_ERROR" and r["isClockSkewError"], "access denied"))

    def hint(case_id, description, headers, expected, status=503, flags=("RetryAfter",)):
        params_error = {"$response": {"statusCode": status, "headers": headers}}
        classify(case_id, description, params_error,
                 lambda r: check(r["retryAfterHint"] == expected, f"{case_id}: {r['retryAfterHint']} != {expected}"),
                 with_clock=True, flags=flags)

    def date_parse(case_id, description, value, expected):
        hint("date-parse-" + case_id, "retry-after reaching Date.parse (parseRetryAfterHeader.ts:35-37; Node 20, "
             "TZ=UTC): " + description, [["retry-after", value]], expected, flags=("RetryAfter", "DateParseFallback"))

    date_parse("iso-future", "an ISO date-time with Z, 30.25 s ahead.", "2025-12-02T00:00:30.250Z", now + 30_250)
    date_parse("iso-now", "exactly now: Date.parse(v) >= Date.now() holds, the hint is now.",
               "2025-12-02T00:00:00.000Z", now)
    date_parse("iso-past", "1 ms before now: no hint.", "2025-12-01T23:59:59.999Z", None)
    date_parse("iso-date-only", "a date-only ISO form is UTC midnight.", "2025-12-03", now + 86_400_000)
    date_parse("iso-no-offset", "an ISO date-time without offset is local time, here UTC.", "2025-12-02T00:01",
               now + 60_000)
    date_parse("iso-offset", "an ISO offset +01:00 is subtracted.", "2025-12-02T01:00:05+01:00", now + 5000)
    date_parse("iso-long-fraction", "fraction digits beyond three are cut, not rounded.",
               "2025-12-02T00:00:01.9999Z", now + 1999)
    date_parse("iso-extended-year", "a six-digit year with sign; +275760-09-13 is the last valid time value.",
               "+275760-09-13T00:00:00.000Z", 8.64e15)
    date_parse("iso-beyond-range", "one ms past the time value range: NaN, no hint.",
               "+275760-09-13T00:00:00.001Z", None)
    date_parse("iso-hour-24", "T24:00 is the end of the day.", "2025-12-01T24:00:00Z", now)
    date_parse("legacy-utc", "an RFC 7231 layout ending in UTC, not GMT, goes to Date.parse.",
               "Tue, 02 Dec 2025 00:00:05 UTC", now + 5000)
    date_parse("legacy-us-zone", "EST is -5 hours.", "Mon, 01 Dec 2025 19:00:05 EST", now + 5000)
    date_parse("legacy-numeric-offset", "a +hhmm offset after the time.", "Tue, 02 Dec 2025 01:00:05 +0100",
               now + 5000)
    date_parse("legacy-pm", "12-hour clock: 7:00 PM on the 1st, EST.", "Dec 1 2025 7:00 PM EST", now)
    date_parse("legacy-two-digit-year", "12/2/25 with a time: years below 50 are 20xx.", "12/2/25 00:00:07",
               now + 7000)
    date_parse("legacy-comment", "parenthesised text is skipped.", "(retry) Dec 2 2025 00:00:09 (UTC) GMT+0",
               now + 9000)
    date_parse("legacy-no-year", "a month and day without a year is 2001.", "Dec 2", None)
    date_parse("legacy-trailing-word", "a word after the first number makes the string invalid.",
               "Dec 2 2025 00:00:09 soon", None)

    hint("hint-order-xamz-first", "x-amz-retry-after before retry-after: the first recognised name decides.",
         [["x-amz-retry-after", "500"], ["retry-after", "2"]], now + 500)
    hint("hint-repeated-name", "A repeated name keeps its first place and takes the last value.",
         [["retry-after", "1"], ["x-amz-retry-after", "9"], ["retry-after", "3"]], now + 3000)
    hint("hint-invalid-stops", "An invalid first header gives no hint; the later one is not read "
         "(parseRetryAfterHeader.ts:48-50).", [["X-Amz-Retry-After", "soon"], ["retry-after", "3"]], None)
    hint("hint-infinity", "x-amz-retry-after 'Infinity': new Date(now + Infinity) is an Invalid Date.",
         [["x-amz-retry-after", "Infinity"]], {"f64": "0x7ff8000000000000"})
    hint("hint-fraction", "x-amz-retry-after '2.5': a Date holds whole ms, so now + 2.",
         [["x-amz-retry-after", "2.5"]], now + 2)
    hint("hint-hex", "Number(' 0x10 ') is 16.", [["x-amz-retry-after", " 0x10 "]], now + 16)
    hint("hint-empty", "Number('') is 0: the hint is now.", [["x-amz-retry-after", ""]], now)
    hint("hint-seconds-fraction", "retry-after '0.1': 0.1 * 1000 ms.", [["retry-after", "0.1"]], now + 100)
    hint("hint-rfc850", "An RFC 850 date with a two-digit year (date-utils.ts:160-174).",
         [["retry-after", "Tuesday, 02-Dec-25 00:00:05 GMT"]], now + 5000)
    hint("hint-year-0050", "IMF-fixdate year 0050: Date.UTC reads years 0-99 as 1900 + y.",
         [["retry-after", "Mon, 01 Jan 0050 00:00:00 GMT"]], -631_152_000_000)
    hint("hint-feb-29", "29 Feb of a common year fails validateDayOfMonth: no hint.",
         [["retry-after", "Thu, 29 Feb 2027 00:00:00 GMT"]], None)
    hint("hint-leap-second", "Seconds 60 are allowed and roll into the next minute.",
         [["retry-after", "Tue, 02 Dec 2025 00:00:60 GMT"]], now + 60_000)
    hint("hint-not-http-response", "$response.statusCode '503' (a string) is not an HttpResponse: no hint.",
         [["retry-after", "3"]], None, status="503")

    def session(case_id, description, flags, strategy, calls, checks, random=None):
        params = {"strategy": strategy, "calls": calls, "random": random if random is not None else [1] * 12,
                  "clock": clock}
        case(cases, "js-v3/edge/" + case_id, description, ["Edge"] + flags, "js.v3.session", params, checks)

    err500 = {"$metadata": {"httpStatusCode": 500}}
    throttle = {"name": "ThrottlingException", "$metadata": {"httpStatusCode": 400}}
    std26 = {"kind": "standard", "v2026": True}
    std = {"kind": "standard"}

    def first(r):
        return r["calls"][0]["attempts"][0]

    def xamz(v):
        return {"$metadata": {"httpStatusCode": 503},
                "$response": {"statusCode": 503, "headers": [["x-amz-retry-after", v]]}}

    session("clamp-upper", "x-amz-retry-after 10000 in 2026 mode, b = 1: min(hint - now, d + 5000) caps at 5050 "
            "(StandardRetryStrategy.ts:103-108).", ["HintClamp"], std26,
            [{"attempts": [{"error": xamz("10000")}, {"success": True}]}],
            lambda r: check(first(r)["delay"] == 5050, "clamp upper"))
    session("clamp-lower", "x-amz-retry-after 0: the backoff d is the lower bound.", ["HintClamp"], std26,
            [{"attempts": [{"error": xamz("0")}, {"success": True}]}],
            lambda r: check(first(r)["delay"] == 50, "clamp lower"))
    session("clamp-nan", "x-amz-retry-after 'Infinity': max(d, min(NaN, d + 5000)) is x86's default NaN; the sleep "
            "waits 1 ms and totalRetryDelay is NaN.", ["HintClamp"], std26,
            [{"attempts": [{"error": xamz("Infinity")}, {"success": True}]}],
            lambda r: check(first(r)["delay"] == {"f64": "0xfff8000000000000"}
                            and r["calls"][0]["endMs"] == now + 1, "clamp NaN"))
    session("code-order", "A CLIENT_ERROR at the last attempt is refused with code 1, not 2 "
            "(StandardRetryStrategy.ts:185-189).", ["RetryCode"], dict(std, maxAttempts=1),
            [{"attempts": [{"error": {"$metadata": {"httpStatusCode": 400}}}]}],
            lambda r: check(first(r)["retryCode"] == 1, "code order"))
    session("attempts-before-capacity", "Attempts exhausted (2) beats an empty quota (3).", ["RetryCode"],
            dict(std, maxAttempts=1, initialCapacity=0), [{"attempts": [{"error": err500}]}],
            lambda r: check(first(r)["retryCode"] == 2, "code 2"))
    session("longpoll-legacy", "A long-poll operation in legacy mode gets no long-poll token: no draw on refusal.",
            ["LongPoll"], dict(std, initialCapacity=0, service="sqs"),
            [{"attempts": [{"error": err500}], "operation": "ReceiveMessage"}],
            lambda r: check(first(r)["draws"] == 0, "legacy long poll"))
    session("longpoll-code2", "2026 long-poll token refused for attempts (code 2): one draw, no sleep.", ["LongPoll"],
            dict(std26, maxAttempts=1, service="sqs"), [{"attempts": [{"error": err500}],
                                                          "operation": "ReceiveMessage"}],
            lambda r: check(first(r)["draws"] == 1 and first(r)["delay"] is None, "code 2 long poll"))
    session("longpoll-throttle-base", "2026 long-poll token refused for capacity after a throttle: it sleeps with the "
            "throttling base, 1000 ms at b = 1 (:98, :116-119).", ["LongPoll"],
            dict(std26, initialCapacity=4, service="sqs"),
            [{"attempts": [{"error": throttle}], "operation": "ReceiveMessage"}],
            lambda r: check(first(r)["delay"] == 1000 and r["calls"][0]["metadata"]["totalRetryDelay"] == 0,
                            "long poll throttle"))
    session("dynamodb-2026", "A DynamoDB client in 2026 mode: base 25 and 4 attempts (aws-sdk-js-v3, modelled).",
            ["Service"], dict(std26, service="dynamodb"), [{"attempts": [{"error": err500}]}],
            lambda r: check([a["delay"] for a in r["calls"][0]["attempts"]] == [25, 50, 100, None], "dynamodb"))
    session("dynamodb-direct", "A StandardRetryStrategy built directly ignores the service: base 50, 3 attempts.",
            ["Service"], dict(std26, service="dynamodb", construct="direct"), [{"attempts": [{"error": err500}]}],
            lambda r: check([a["delay"] for a in r["calls"][0]["attempts"]] == [50, 100, None], "dynamodb direct"))
    session("flag-at-call", "Built in legacy mode (base 100), called with Retry.v2026 true: TRANSIENT costs 14 "
            "but the base stays 100.", ["Flag"], dict(std, v2026=False),
            [{"attempts": [{"error": err500}, {"success": True}], "v2026": True}],
            lambda r: check(first(r)["delay"] == 100 and first(r)["capacityAfter"] == 486, "flag at call"))
    session("throttle-base-follows-flag", "The throttling base is read at the refresh: 1000 in 2026 mode even for a "
            "strategy built in legacy mode.", ["Flag"], dict(std, v2026=False),
            [{"attempts": [{"error": throttle}, {"success": True}], "v2026": True}],
            lambda r: check(first(r)["delay"] == 1000, "throttle base"))
    session("refund-last-cost", "A success refunds only the last retry's cost: 500 -> 490 -> 480 -> 490.",
            ["Quota"], std, [{"attempts": [{"error": err500}, {"error": err500}, {"success": True}]}],
            lambda r: check(r["strategy"]["capacity"] == 490, "refund"))
    session("refund-capped", "A first-attempt success adds 1, never past 500.", ["Quota"], std,
            [{"attempts": [{"success": True}]}], lambda r: check(r["strategy"]["capacity"] == 500, "cap"))
    session("refund-plus-one", "From 480, a first-attempt success adds 1.", ["Quota"], dict(std, initialCapacity=480),
            [{"attempts": [{"success": True}]}], lambda r: check(r["strategy"]["capacity"] == 481, "+1"))
    session("configured-list", "ConfiguredRetryStrategy with a delay function: its n-th call's value, no draw.",
            ["Configured"], {"kind": "configured", "maxAttempts": 4, "delays": [10, 20]},
            [{"attempts": [{"error": err500}]}],
            lambda r: check([a["delay"] for a in r["calls"][0]["attempts"]] == [10, 20, 20, None]
                            and r["strategy"]["draws"] == 0, "configured"))
    session("streaming", "A streaming body: thrown at once, no draw, no quota change, no $metadata set.",
            ["Streaming"], std, [{"attempts": [{"error": err500}], "streamingBody": True}],
            lambda r: check(r["calls"][0]["metadata"] is None and r["strategy"]["draws"] == 0, "streaming"))
    session("sleep-zero-waits-1ms", "A retry delay of 0 still waits one timer tick: the clock moves 1 ms.",
            ["Clock"], std, [{"attempts": [{"error": err500}, {"success": True}]}],
            lambda r: check(r["calls"][0]["endMs"] == now + 1, "1 ms"), random=[0])
    session("clock-backwards", "A later call that starts earlier: the clock moves back.", ["Clock"], std,
            [{"attempts": [{"success": True}]}, {"attempts": [{"success": True}], "clock": {"startMs": now - 5000}}],
            lambda r: check(r["strategy"]["clockMs"] == now - 5000, "backwards"))
    session("adaptive-throttle", "Adaptive: a throttle enables the bucket; the send token after the retry waits "
            "for a token at fill rate 0.5.", ["Adaptive"], {"kind": "adaptive"},
            [{"attempts": [{"error": throttle, "latencyMs": 30}, {"success": True}]}],
            lambda r: check(first(r)["limiter"]["enabled"], "adaptive"), random=[0.5])
    session("adaptive-client-error-updates", "Adaptive: a CLIENT_ERROR updates the limiter as a success "
            "(AdaptiveRetryStrategy.ts:57).", ["Adaptive"], {"kind": "adaptive"},
            [{"attempts": [{"error": {"$metadata": {"httpStatusCode": 400}}, "latencyMs": 700}]}],
            lambda r: check(first(r)["limiter"]["requestCount"] in (0, 1), "client error update"))
    dep = {"kind": "deprecated-standard"}
    session("deprecated-access-denied", "Deprecated: AccessDeniedException is retried (a clock-skew name, "
            "retryDecider.ts:19); the first retry uses 2^1: floor(1 * 2 * 100) = 200.", ["Deprecated"], dep,
            [{"attempts": [{"error": {"name": "AccessDeniedException"}}, {"success": True}]}],
            lambda r: check(first(r)["delay"] == 200, "access denied"))
    session("deprecated-retry-after", "Deprecated: Retry-After '3' gives 3000 ms, the larger of it and the decider.",
            ["Deprecated"], dep, [{"attempts": [{"error": {"$metadata": {"httpStatusCode": 503},
                                                          "$response": {"statusCode": 503,
                                                                        "headers": [["Retry-After", "3"]]}}},
                                                {"success": True}]}],
            lambda r: check(first(r)["delay"] == 3000, "retry-after"))
    session("deprecated-retry-after-cap", "Deprecated: Retry-After '100' is capped at 20000 ms.", ["Deprecated"],
            dep, [{"attempts": [{"error": {"$metadata": {"httpStatusCode": 503},
                                           "$response": {"statusCode": 503, "headers": [["retry-after", "100"]]}}},
                                {"success": True}]}],
            lambda r: check(first(r)["delay"] == 20000, "cap"))
    session("deprecated-ignores-xamz", "Deprecated: x-amz-retry-after is not read.", ["Deprecated"], dep,
            [{"attempts": [{"error": xamz("5000")}, {"success": True}]}],
            lambda r: check(first(r)["delay"] == 200, "x-amz ignored"))
    def deprecated_date(case_id, value, expected, why):
        session("deprecated-date-" + case_id, "Deprecated: Retry-After '" + value + "' is not a number, so new Date(v)"
                ".getTime() - Date.now(), capped at 20000 (StandardRetryStrategy.ts:155-156), then max(d || 0, "
                "decider): " + why, ["Deprecated", "DateParseFallback"], dep,
                [{"attempts": [{"error": {"$metadata": {"httpStatusCode": 503},
                                          "$response": {"statusCode": 503, "headers": [["retry-after", value]]}}},
                               {"success": True}]}],
                lambda r: check(first(r)["delay"] == expected, f"deprecated date {case_id}: {first(r)['delay']}"))

    deprecated_date("future", "2025-12-02T00:00:05Z", 5000, "5000 ms.")
    deprecated_date("far", "Wed, 03 Dec 2025 00:00:00 GMT", 20000, "the cap.")
    deprecated_date("past", "Dec 1 2025", 200, "a negative delay loses to the decider's 200.")
    deprecated_date("invalid", "soon", 200, "NaN || 0 is 0; the decider's 200.")
    session("deprecated-streaming", "Deprecated: no streaming-body check; the call is retried.", ["Deprecated"], dep,
            [{"attempts": [{"error": err500}, {"success": True}], "streamingBody": True}],
            lambda r: check(r["calls"][0]["outcome"] == "success", "deprecated streaming"))
    session("deprecated-quota-timeout", "Deprecated: a TimeoutError costs 10: with 9 tokens it is refused.",
            ["Deprecated"], dict(dep, initialCapacity=9), [{"attempts": [{"error": {"name": "TimeoutError"}}]}],
            lambda r: check(first(r)["outcome"] == "retry_quota_exceeded", "timeout cost"))
    # Values the SDK accepts though they are not what it expects: a message that is not a string, cause: null, a
    # primitive $metadata (spec/js-v3.md "Error objects").
    odd = ["OddValues"]
    classify("null-cause-throws", "cause: null: isTransientError(null) reads null.$metadata "
             "(service-error-classification.ts:22): errorType and isTransientError throw that TypeError.",
             {"cause": None}, lambda r: check(r["errorType"] == {"throw": "TypeError: Cannot read properties of null "
                                                                 "(reading '$metadata')"}, "null cause"),
             flags=("Classification", "OddValues"))
    classify("null-cause-throttling", "cause: null under a throttling name: isThrottlingError decides first, the "
             "cause is never read: THROTTLING (isTransientError alone still throws).",
             {"name": "Throttling", "cause": None},
             lambda r: check(r["errorType"] == "THROTTLING" and "throw" in r["isTransientError"], "throttling first"),
             flags=("Classification", "OddValues"))
    classify("null-cause-deep", "A null cause 12 levels down is past the depth limit and never read: CLIENT_ERROR.",
             {"cause": {"cause": {"cause": {"cause": {"cause": {"cause": {"cause": {"cause": {"cause": {"cause": {
                 "cause": {"cause": None}}}}}}}}}}}},
             et("CLIENT_ERROR"), flags=("Classification", "OddValues"))
    classify("message-number-signature", "InvalidSignatureException with message 5: message?.includes is not a "
             "function (:60): TypeError.", {"name": "InvalidSignatureException", "message": 5},
             lambda r: check(r["isTransientError"] == {"throw": "TypeError: error.message?.includes is not a "
                                                       "function"}, "message 5"), flags=("Classification", "OddValues"))
    classify("message-null-signature", "InvalidSignatureException with message null: message?.includes is "
             "undefined, falsy: CLIENT_ERROR (the clock-skew name matters only to the deprecated decider).",
             {"name": "InvalidSignatureException", "message": None}, et("CLIENT_ERROR"),
             flags=("Classification", "OddValues"))
    classify("message-undefined-http2", "ERR_HTTP2_STREAM_ERROR with an own message undefined: message.includes "
             "throws (:84).", {"code": "ERR_HTTP2_STREAM_ERROR", "message": {"undefined": True}},
             lambda r: check(r["isNodeJsHttp2TransientError"] == {"throw": "TypeError: Cannot read properties of "
                                                                  "undefined (reading 'includes')"}, "http2"),
             flags=("Classification", "OddValues"))
    classify("message-true-http2", "ERR_HTTP2_STREAM_ERROR with message true: message.includes is not a function.",
             {"code": "ERR_HTTP2_STREAM_ERROR", "message": True},
             lambda r: check(r["isNodeJsHttp2TransientError"] == {"throw": "TypeError: error.message.includes is not a "
                                                                  "function"}, "http2 true"),
             flags=("Classification", "OddValues"))
    classify("message-number-browser", "A TypeError whose message is 1 is no browser network error (Set.has): "
             "CLIENT_ERROR, nothing throws.", {"isTypeError": True, "message": 1}, et("CLIENT_ERROR"),
             flags=("Classification", "OddValues"))
    classify("metadata-primitive", "$metadata: 503 (a number): $metadata?.httpStatusCode is undefined: CLIENT_ERROR, "
             "no server error.", {"$metadata": 503},
             lambda r: check(r["errorType"] == "CLIENT_ERROR" and r["isServerError"] is False, "primitive"),
             flags=("Classification", "OddValues"))
    session("null-cause-session", "cause: null on a 400: getRetryErrorInfo throws inside the middleware's catch "
            "(retryMiddleware.ts:75): the call rejects with the TypeError, the strategy is never asked, no "
            "$metadata.", odd, std, [{"attempts": [{"error": {"$metadata": {"httpStatusCode": 400}, "cause": None}}]}],
            lambda r: check(r["calls"][0]["outcome"] == "classifier_threw" and r["calls"][0]["metadata"] is None
                            and r["calls"][0]["thrown"]["name"] == "TypeError" and r["strategy"]["draws"] == 0,
                            "classifier threw"))
    session("null-cause-after-retry", "cause: null on the second attempt, after a retry: the quota keeps the first "
            "retry's cost (500 - 5) and the call rejects with the TypeError.", odd, std,
            [{"attempts": [{"error": throttle}, {"error": {"cause": None}}]}],
            lambda r: check([a["outcome"] for a in r["calls"][0]["attempts"]] == ["retry_request", "classifier_threw"]
                            and r["strategy"]["capacity"] == 495, "after retry"))
    session("metadata-primitive-refused", "$metadata: 5 on a refused error: $metadata.attempts = 1 on a number is "
            "ignored (the middleware's arrow function is sloppy-mode code in the dist-cjs Node loads): the error is "
            "thrown unchanged, no $metadata reported.", odd, std,
            [{"attempts": [{"error": {"name": "ValidationException", "$metadata": 5}}]}],
            lambda r: check(r["calls"][0]["metadata"] is None
                            and r["calls"][0]["thrown"]["name"] == "ValidationException", "ignored"))
    session("metadata-falsy-replaced", "$metadata: 0 is falsy: replaced by {} and set as usual.", odd, std,
            [{"attempts": [{"error": {"name": "ValidationException", "$metadata": 0}}]}],
            lambda r: check(r["calls"][0]["metadata"] == {"attempts": 1, "totalRetryDelay": 0}, "replaced"))
    session("metadata-primitive-deprecated", "$metadata: 'abc' under the deprecated strategy: its retry() is a "
            "class method, strict mode, so $metadata.attempts = 1 throws 'Cannot create property' "
            "(StandardRetryStrategy.ts:132).", odd, dep,
            [{"attempts": [{"error": {"name": "ValidationException",
                                                                     "$metadata": "abc"}}]}],
            lambda r: check(r["calls"][0]["thrown"] == {"name": "TypeError", "message": "Cannot create property "
                                                        "'attempts' on string 'abc'"}, "strict"))
    session("message-number-thrown", "A retried error whose message is 42 is thrown with that message as is.", odd,
            dict(std, maxAttempts=1), [{"attempts": [{"error": {"$metadata": {"httpStatusCode": 500}, "message": 42}}]}],
            lambda r: check(r["calls"][0]["thrown"]["message"] == 42, "message 42"))
    session("null-cause-deprecated", "cause: null under the deprecated strategy: the retry decider throws inside "
            "retry()'s catch: the call rejects with the TypeError.", odd, dep,
            [{"attempts": [{"error": {"$metadata": {"httpStatusCode": 400}, "cause": None}}]}],
            lambda r: check(r["calls"][0]["outcome"] == "classifier_threw", "deprecated decider"))
    session("deprecated-adaptive-never-enables", "Deprecated adaptive: throttles never reach the limiter "
            "(updated only after a success), so the bucket stays disabled.", ["Deprecated", "Adaptive"],
            {"kind": "deprecated-adaptive"}, [{"attempts": [{"error": throttle}, {"error": throttle},
                                                          {"success": True}]}],
            lambda r: check(not r["strategy"]["limiter"]["enabled"], "never enables"))


def strategy_specs(cases):
    """StandardRetryStrategy.spec.ts and ConfiguredRetryStrategy.spec.ts, the mocked tokens replaced by the retries
    that give them their count."""
    err500 = {"$metadata": {"httpStatusCode": 500}}
    client = {"$metadata": {"httpStatusCode": 400}}
    start = {"startMs": 1_764_633_600_000}

    def session(name, description, strategy, attempts, checks, long_poll=False):
        params = {"strategy": dict(strategy, construct="direct"),
                  "calls": [{"attempts": attempts, "longPoll": long_poll}], "random": [1] * 6, "clock": start}
        case(cases, "js-v3/sdk/StandardRetryStrategy.spec/" + name, description, ["SdkSpec", "StrategySpec"],
             "js.v3.session", params, checks)

    def last(r):
        return r["calls"][0]["attempts"][-1]

    session("code1-priority", "'returns code 1 (non-retryable) with highest priority': StandardRetryStrategy(1), a "
            "CLIENT_ERROR with the attempts exhausted is refused with code 1.", {"kind": "standard", "maxAttempts": 1},
            [{"error": client}], lambda r: check(last(r)["retryCode"] == 1, "code 1"))
    session("code2", "'returns code 2 (attempts exhausted)': maxAttempts 3, a TRANSIENT error on a token with "
            "count 2.", {"kind": "standard", "maxAttempts": 3}, [{"error": err500}],
            lambda r: check([a["retryCode"] for a in r["calls"][0]["attempts"]] == [0, 0, 2], "code 2"))
    session("code3", "'returns code 3 (no capacity)': capacity 0.", {"kind": "standard", "maxAttempts": 3,
                                                                      "initialCapacity": 0},
            [{"error": err500}], lambda r: check(last(r)["retryCode"] == 3, "code 3"))
    session("code0", "'returns code 0 (OK to retry)'.", {"kind": "standard", "maxAttempts": 3},
            [{"error": err500}, {"success": True}], lambda r: check(r["calls"][0]["attempts"][0]["retryCode"] == 0,
                                                                     "code 0"))
    session("max-attempts-1", "'disables any retries when maxAttempts is 1'.", {"kind": "standard", "maxAttempts": 1},
            [{"error": err500}], lambda r: check(last(r)["outcome"] == "max_attempts_exceeded", "max 1"))
    session("longpoll-code3-2026", "'sleeps and throws for code 3 (capacity exhausted)' with Retry.v2026: a "
            "long-poll token, capacity 0, b = 1: sleeps 50 ms, then No retry token available.",
            {"kind": "standard", "maxAttempts": 3, "initialCapacity": 0, "v2026": True}, [{"error": err500}],
            lambda r: check(last(r)["retryCode"] == 3 and last(r)["delay"] == 50, "long poll code 3"), long_poll=True)
    session("longpoll-code1-2026", "'throws without sleeping for non-capacity code' with Retry.v2026: a long-poll "
            "token and a CLIENT_ERROR draws but does not sleep.", {"kind": "standard", "maxAttempts": 3, "v2026": True},
            [{"error": client}],
            lambda r: check(last(r)["retryCode"] == 1 and last(r)["delay"] is None and last(r)["draws"] == 1,
                            "long poll code 1"), long_poll=True)
    params = {"strategy": {"kind": "configured", "maxAttempts": 5, "delays": [1000, 2000, 3000]},
              "calls": [{"attempts": [{"error": err500}] * 3 + [{"success": True}]}], "clock": start}
    case(cases, "js-v3/sdk/ConfiguredRetryStrategy.spec/custom-backoff",
         "ConfiguredRetryStrategy.spec.ts 'allows setting a custom backoff function': (attempt) => attempt * 1000 is "
         "called with 1, 2, 3 (the list stands for it): acquisition delays 1000, 2000, 3000.",
         ["SdkSpec", "StrategySpec"], "js.v3.session", params,
         lambda r: check([a["delay"] for a in r["calls"][0]["attempts"]] == [1000, 2000, 3000, None], "configured"))


SPEC_DIR = "packages/core/src/submodules/retry/"
MIDDLEWARE_SPEC = "middleware-retry/retryMiddleware.spec.ts"
ADAPTIVE_SPEC = "util-retry/AdaptiveRetryStrategy.spec.ts"
LIMITER_SPEC = "util-retry/DefaultRateLimiter.spec.ts"
STANDARD_SPEC = "util-retry/StandardRetryStrategy.spec.ts"
DECIDER_SPEC = "middleware-retry/retry-pre-sra-deprecated/retryDecider.spec.ts"
DELAY_SPEC = "middleware-retry/retry-pre-sra-deprecated/delayDecider.spec.ts"


def mock_specs(cases):
    """The mock-based specs (retryMiddleware.spec.ts, AdaptiveRetryStrategy.spec.ts, DefaultRateLimiter.spec.ts, the
    rest of StandardRetryStrategy.spec.ts, the deprecated retryDecider.spec.ts and delayDecider.spec.ts) where their
    assertions reach something a session shows: the real strategy and classifiers stand in for the mocks, an error
    the real classifiers give the mocked type; the `it` lines are those of 3.33.3. The rest is listed in
    spec/js-v3.md with the reason."""
    start = 1_764_633_600_000

    def spec_case(spec, line, name, description, flag, strategy, calls, checks, clock_ms=start, random=None):
        params = {"strategy": dict(strategy, construct="direct"), "calls": calls, "random": random or [1] * 6,
                  "clock": {"startMs": clock_ms}}
        file = spec.split("/")[-1]
        case(cases, f"js-v3/sdk/{file}:{line}/{name}", f"{file}:{line} {description}", ["SdkSpec", flag],
             "js.v3.session", params, checks)

    def attempts(result):
        return result["calls"][0]["attempts"]

    # retryMiddleware.spec.ts, describe("RetryStrategyV2"): maxAttempts 2; the mocked strategy retried every error,
    # the real StandardRetryStrategy refuses a CLIENT_ERROR or SERVER_ERROR with code 1 (one attempt, thrown).
    standard = {"kind": "standard", "maxAttempts": 2}

    def middleware(line, name, description, error, error_type, retried, hint=None):
        def checks(result):
            first, call0 = attempts(result)[0], result["calls"][0]
            check(first["errorType"] == error_type, f"{name}: errorType {first['errorType']} != {error_type}")
            check(first["retryAfterHint"] == hint, f"{name}: retryAfterHint {first['retryAfterHint']} != {hint}")
            check(call0["metadata"]["attempts"] == (2 if retried else 1), f"{name}: $metadata.attempts")
            check(isinstance(call0["metadata"]["totalRetryDelay"], (int, float)), f"{name}: totalRetryDelay")
            check((call0["outcome"] == "success") == retried, f"{name}: outcome")
        spec_case(MIDDLEWARE_SPEC, line, name, description, "MiddlewareSpec", standard,
                  [{"attempts": [{"error": error}, {"success": True}]}], checks)

    spec_case(MIDDLEWARE_SPEC, 139, "records-success", "'calls acquireInitialRetryToken and records success when next "
              "succeeds': one attempt, $metadata.attempts 1, the quota refunded (+1, capped at 500).",
              "MiddlewareSpec", standard, [{"attempts": [{"success": True}]}],
              lambda r: check(r["calls"][0]["metadata"]["attempts"] == 1 and attempts(r)[0]["capacityAfter"] == 500,
                              "records success"))

    def thrown_last(result):
        call0, first = result["calls"][0], attempts(result)[0]
        check(first["errorType"] == "THROTTLING" and first["retryCode"] == 3, "throw last: refused")
        check(call0["thrown"] == {"name": "Error", "message": "mockRequestError"}, "throw last: the request error")
        check(call0["metadata"]["attempts"] == 1 and call0["metadata"]["totalRetryDelay"] == 0, "throw last: $metadata")

    spec_case(MIDDLEWARE_SPEC, 156, "throw-last-request-error", "'throw last request error': the refresh that cannot "
              "give a token (a retry quota of 0, code 3, standing for the mock's rejection) makes the middleware "
              "throw the request error itself (new Error('mockRequestError'), THROTTLING through a $retryable "
              "trait instead of the mocked isThrottlingError) with $metadata.attempts 1 and totalRetryDelay 0.",
              "MiddlewareSpec", dict(standard, initialCapacity=0),
              [{"attempts": [{"error": {"message": "mockRequestError", "$retryable": {"throttling": True}}}]}],
              thrown_last)
    middleware(192, "sets-throttling-error-type", "'sets throttling error type': new Error('mockError') with a "
               "$retryable throttling trait (the mocked isThrottlingError): errorType THROTTLING, retried, "
               "$metadata.attempts 2.", {"message": "mockError", "$retryable": {"throttling": True}}, "THROTTLING",
               True)
    middleware(214, "sets-transient-error-type", "'sets transient error type': new Error('mockError') with "
               "httpStatusCode 500 (the mocked isTransientError): errorType TRANSIENT, retried, $metadata.attempts 2.",
               {"message": "mockError", "$metadata": {"httpStatusCode": 500}}, "TRANSIENT", True)
    middleware(237, "sets-server-error-type", "'sets server error type': new Error('mockError') with httpStatusCode "
               "501 (the mocked isServerError): errorType SERVER_ERROR; the real strategy refuses it with code 1, "
               "so $metadata.attempts is 1 where the spec's mocked strategy retried (2).",
               {"message": "mockError", "$metadata": {"httpStatusCode": 501}}, "SERVER_ERROR", False)
    middleware(260, "sets-client-error-type", "'sets client error type': new Error('mockError'): errorType "
               "CLIENT_ERROR; refused with code 1, $metadata.attempts 1 (the spec's mocked strategy retried: 2).",
               {"message": "mockError"}, "CLIENT_ERROR", False)
    middleware(285, "no-retry-after", "'should not set retryAfter in errorInfo': a $response with headers "
               "{other-header: foo} and no statusCode (not an HttpResponse): no hint; CLIENT_ERROR, refused (the "
               "spec's mocked strategy retried).", {"message": "mockError",
                                                    "$response": {"headers": [["other-header", "foo"]]}},
               "CLIENT_ERROR", False)
    middleware(340, "retry-after-seconds", "'parses retry-after from seconds': retry-after '3' on a 503 $response: "
               "the hint is now + 3000 ms exactly (the spec allows 1 s either side); CLIENT_ERROR, refused (the spec's "
               "mocked strategy retried).", {"message": "mockError",
                                             "$response": {"statusCode": 503, "headers": [["retry-after", "3"]]}},
               "CLIENT_ERROR", False, hint=start + 3000)
    iso = "2025-12-02T00:00:03.000Z"  # new Date(now + 3000).toISOString()
    middleware(322, "retry-after-date-string", "'parses retry-after from date string': retry-after "
               f"'{iso}' (Date.toISOString() of now + 3000) on a 503 $response reaches Date.parse "
               "(parseRetryAfterHeader.ts:35-37): the hint is now + 3000 ms; CLIENT_ERROR, refused (the spec's mocked "
               "strategy retried).", {"message": "mockError",
                                      "$response": {"statusCode": 503, "headers": [["retry-after", iso]]}},
               "CLIENT_ERROR", False, hint=start + 3000)
    middleware(366, "retry-after-header-name", "'parses retry-after from Retry-After header name': 'Retry-After: "
               f"{iso}': the name is compared in lower case; the hint is now + 3000 ms; CLIENT_ERROR, refused.",
               {"message": "mockError", "$response": {"statusCode": 503, "headers": [["Retry-After", iso]]}},
               "CLIENT_ERROR", False, hint=start + 3000)
    for header in ("x-amz-retry-after", "X-Amz-Retry-After"):
        middleware(396, f"x-amz-retry-after-ms/{header}", f"'parses x-amz-retry-after as milliseconds delay' "
                   f"({header}): '3000' on a 503 $response: the hint is now + 3000 ms exactly; CLIENT_ERROR, "
                   "refused (the spec's mocked strategy retried).",
                   {"message": "mockError", "$response": {"statusCode": 503, "headers": [[header, "3000"]]}},
                   "CLIENT_ERROR", False, hint=start + 3000)

    # AdaptiveRetryStrategy.spec.ts: the real DefaultRateLimiter instead of the mock, at t = 0; a throttle enables
    # the bucket, so every send token shows as the limiter's lastTimestamp.
    adaptive = {"kind": "adaptive", "maxAttempts": 4}
    throttle = {"error": {"$retryable": {"throttling": True}}}

    def one_throttle(result):
        first = attempts(result)[0]
        check(first["outcome"] == "retry_request" and first["delay"] == 500, "adaptive: the standard refresh")
        check(first["limiter"]["enabled"] and first["limiter"]["lastThrottleTime"] == 0, "adaptive: updated first")
        # The token after the retry: enabled at fill rate 0.5, it waits from 0.5 s to 2.5 s.
        check(first["limiter"]["lastTimestamp"] == 2.5 and result["calls"][0]["endMs"] == 2500, "adaptive: token")

    spec_case(ADAPTIVE_SPEC, 100, "refresh-updates-and-sends", "'calls getSendToken, updateClientSendingRate, and "
              "refreshes retry token': a THROTTLING error at t = 0 updates the limiter (enabled, lastThrottleTime 0), "
              "the standard refresh grants the retry (500 ms), then the send token waits until 2.5 s.",
              "AdaptiveSpec", adaptive, [{"attempts": [throttle, {"success": True}]}], one_throttle, clock_ms=0)
    spec_case(ADAPTIVE_SPEC, 137, "update-before-send-token", "'calls updateClientSendingRate before getSendToken': "
              "the throttle enables the bucket before the send token, which therefore waits (2 s at fill rate 0.5; "
              "taken first, on the disabled bucket, it would not wait).", "AdaptiveSpec", adaptive,
              [{"attempts": [throttle, {"success": True}]}], one_throttle, clock_ms=0)

    def three_retries(result):
        records = attempts(result)
        error_times, now = [], 0
        for k in range(3):
            error_times.append(now)
            limiter = records[k]["limiter"]
            check(limiter["lastThrottleTime"] * 1000 == now, f"adaptive: update {k + 1}")
            check(limiter["lastTimestamp"] * 1000 >= now + records[k]["delay"], f"adaptive: send token {k + 1}")
            now = limiter["lastTimestamp"] * 1000
        check(records[3]["outcome"] == "success", "adaptive: three retries")

    spec_case(ADAPTIVE_SPEC, 155, "send-token-each-retry", "'calls getSendToken for each retry in a multi-retry "
              "sequence': three THROTTLING errors then a success: each error updates the limiter (lastThrottleTime "
              "at the error) and each retry takes a send token after its sleep (lastTimestamp 2.5, 4.5, 6.5 s).",
              "AdaptiveSpec", adaptive, [{"attempts": [throttle] * 3 + [{"success": True}]}], three_retries,
              clock_ms=0)
    spec_case(ADAPTIVE_SPEC, 171, "record-success-updates", "'rateLimiter.updateCientSendingRate and records success "
              "on token': a success updates the limiter as not throttled (requestCount 1, disabled) and refunds the "
              "quota.", "AdaptiveSpec", adaptive, [{"attempts": [{"success": True}]}],
              lambda r: check(attempts(r)[0]["limiter"]["requestCount"] == 1
                              and not attempts(r)[0]["limiter"]["enabled"] and attempts(r)[0]["capacityAfter"] == 500,
                              "record success"), clock_ms=0)

    # StandardRetryStrategy.spec.ts's refusals with a mocked token: the real token reaches that count by retries.
    def refused(line, name, description, max_attempts, error, count, outcome, code):
        def checks(result):
            records = attempts(result)
            check(len(records) == count and records[-1]["outcome"] == outcome and records[-1]["retryCode"] == code,
                  f"{name}: {records[-1]['outcome']} after {len(records)}")
            check(result["calls"][0]["thrown"] is not None, f"{name}: thrown")
        spec_case(STANDARD_SPEC, line, name, description, "StrategySpec", {"kind": "standard",
                                                                           "maxAttempts": max_attempts},
                  [{"attempts": [{"error": error}]}], checks)

    err500 = {"$metadata": {"httpStatusCode": 500}}
    refused(94, "exceeds-max-attempts", "'throws when attempts exceeds maxAttempts': maxAttempts 1, a TRANSIENT "
            "error is refused with code 2 (No retry token available).", 1, err500, 1, "max_attempts_exceeded", 2)
    refused(113, "exceeds-provided-max-attempts", "'throws when attempts exceeds default max attempts (3)': a "
            "provider of 5 attempts; the fifth TRANSIENT error (the token's count 4 standing for the mock's 5) is "
            "refused with code 2.", 5, err500, 5, "max_attempts_exceeded", 2)
    refused(132, "non-retryable", "'throws when error is non-retryable': a CLIENT_ERROR is refused with code 1.", 3,
            {"$metadata": {"httpStatusCode": 400}}, 1, "fail_request", 1)

    # The deprecated retryDecider.spec.ts (classifiers mocked; here errors the real ones classify so) and
    # delayDecider.spec.ts (Math.random() = 1) through the deprecated StandardRetryStrategy's retry loop.
    def decider(line, name, description, error, retried):
        def checks(result):
            first = attempts(result)[0]
            check(first["outcome"] == ("retry_request" if retried else "fail_request"), f"{name}: {first['outcome']}")
        spec_case(DECIDER_SPEC, line, name, description, "DeprecatedSpec", {"kind": "deprecated-standard",
                                                                            "maxAttempts": 3},
                  [{"attempts": [{"error": error}, {"success": True}]}], checks)

    decider(36, "retryable-by-trait", "'should return true for RetryableByTrait error': Object.assign(new Error(), "
            "{$metadata: {}}) with a $retryable trait is retried.", {"$metadata": {}, "$retryable": {}}, True)
    decider(45, "clock-skew", "'should return true for ClockSkewError': the name RequestTimeTooSkewed is retried.",
            {"name": "RequestTimeTooSkewed", "$metadata": {}}, True)
    decider(54, "throttling", "'should return true for ThrottlingError': the name ThrottlingException is retried.",
            {"name": "ThrottlingException", "$metadata": {}}, True)
    decider(63, "transient", "'should return true for TransientError': httpStatusCode 500 is retried.",
            {"$metadata": {"httpStatusCode": 500}}, True)
    decider(72, "other", "'should return false for other errors': Object.assign(new Error(), {$metadata: {}}) is not "
            "retried.", {"$metadata": {}}, False)

    def exponential(result):
        delays = [a["delay"] for a in attempts(result)]
        check(delays == [200, 400, 800, None], f"delayDecider: {delays}")

    spec_case(DELAY_SPEC, 21, "exponential", "'(100, n) returns 2^n * 100' with Math.random() = 1, for n = 1, 2, 3 "
              "(the deprecated strategy's n-th retry passes attempts n, so n = 0 does not occur): delays 200, 400, "
              "800.",
              "DeprecatedSpec", {"kind": "deprecated-standard", "maxAttempts": 4},
              [{"attempts": [{"error": {"$metadata": {"httpStatusCode": 500}}}] * 3 + [{"success": True}]}],
              exponential)

    # DefaultRateLimiter.spec.ts: the limiter built at t = 0, the error at t = 1000 (latencyMs); maxAttempts 1, so no
    # send token follows.
    for name, error in (("status-429", {"name": "ThrottlingStatusCodeException", "$metadata": {"httpStatusCode": 429}}),
                        ("retryable-throttling", {"name": "ThrottlingModelMetadataException",
                                                  "$retryable": {"throttling": True}})):
        spec_case(LIMITER_SPEC, 89, f"detects-throttling/{name}", "'detects throttling from an error with status code "
                  f"429 or $retryable.throttling' ({error['name']}): the update at t = 1000 enables the bucket.",
                  "RateLimiterSpec", {"kind": "adaptive", "maxAttempts": 1},
                  [{"attempts": [dict(throttle, error=error, latencyMs=1000)]}],
                  lambda r: check(attempts(r)[0]["limiter"]["enabled"] and attempts(r)[0]["limiter"]["lastThrottleTime"]
                                  == 1, "enabled"), clock_ms=0)


DEPRECATED_STANDARD_SPEC = "middleware-retry/retry-pre-sra-deprecated/StandardRetryStrategy.spec.ts"
DEPRECATED_ADAPTIVE_SPEC = "middleware-retry/retry-pre-sra-deprecated/AdaptiveRetryStrategy.spec.ts"
QUOTA_SPEC = "middleware-retry/retry-pre-sra-deprecated/defaultRetryQuota.spec.ts"
TOKEN_SPEC = "util-retry/DefaultRetryToken.spec.ts"
CONFIG_SPEC = "middleware-retry/configurations.spec.ts"
LONG_POLL_SPEC = "middleware-retry/longPollMiddleware.spec.ts"


def more_specs(cases):
    """The remaining retry specs of 3.33.3 where a session shows what they assert: the deprecated
    StandardRetryStrategy.spec.ts, AdaptiveRetryStrategy.spec.ts and defaultRetryQuota.spec.ts through the deprecated
    strategies (the real deciders and quota in place of the mocks, Math.random() = b), DefaultRetryToken.spec.ts and
    configurations.spec.ts through the standard strategy a client builds, longPollMiddleware.spec.ts through a
    long-poll operation. What a session cannot show is listed in spec/js-v3.md with the reason."""
    start = 1_764_633_600_000
    err500 = {"$metadata": {"httpStatusCode": 500}}
    timeout = {"name": "TimeoutError"}
    throttle = {"name": "ThrottlingException"}

    def spec_case(spec, line, name, description, flag, strategy, calls, checks, random=None, extra=None):
        params = {"strategy": strategy, "calls": calls, "random": random or [1] * 8, "clock": {"startMs": start}}
        params.update(extra or {})
        file = spec.split("/")[-1]
        case(cases, f"js-v3/sdk/{file}:{line}/{name}", f"{file}:{line} {description}", ["SdkSpec", flag],
             "js.v3.session", params, checks)

    def records(result, call=0):
        return result["calls"][call]["attempts"]

    def outcomes(result, call=0):
        return [r["outcome"] for r in records(result, call)]

    dep = {"kind": "deprecated-standard"}

    def deprecated(line, name, description, strategy, calls, checks, random=None):
        spec_case(DEPRECATED_STANDARD_SPEC, line, name, description, "DeprecatedStandardSpec", dict(dep, **strategy),
                  calls, checks, random)

    # delayDecider: base and attempts (the spec mocks isThrottlingError and the decider; here real errors, b = 1).
    deprecated(207, "throttling-delay-base", "'should be equal to THROTTLING_RETRY_DELAY_BASE if error is throttling "
               "error': a ThrottlingException waits floor(1 * 2^1 * 500) = 1000.", {"maxAttempts": 3},
               [{"attempts": [{"error": throttle}, {"success": True}]}],
               lambda r: check(records(r)[0]["delay"] == 1000, "throttling base"))
    deprecated(211, "default-delay-base", "'should be equal to DEFAULT_RETRY_DELAY_BASE in error is not a throttling "
               "error': a 500 waits floor(1 * 2^1 * 100) = 200.", {"maxAttempts": 3},
               [{"attempts": [{"error": err500}, {"success": True}]}],
               lambda r: check(records(r)[0]["delay"] == 200, "default base"))
    deprecated(217, "no-delay-on-success", "'attempts value passed on successful operation': the delay decider is "
               "not called: no Math.random(), no sleep.", {"maxAttempts": 3}, [{"attempts": [{"success": True}]}],
               lambda r: check(r["strategy"]["draws"] == 0 and records(r)[0]["delay"] is None, "no decider"))
    deprecated(222, "attempts-single-failure", "'in case of single failure': the decider gets attempts 1: "
               "floor(1 * 2^1 * 100) = 200, one draw.", {"maxAttempts": 3},
               [{"attempts": [{"error": err500}, {"success": True}]}],
               lambda r: check(records(r)[0]["delay"] == 200 and r["strategy"]["draws"] == 1, "attempts 1"))
    deprecated(228, "attempts-all-fail", "'on all fails': the decider is called twice, with attempts 1 and 2 (200, "
               "400); the third error ends the loop.", {"maxAttempts": 3}, [{"attempts": [{"error": err500}]}],
               lambda r: check([x["delay"] for x in records(r)] == [200, 400, None] and r["strategy"]["draws"] == 2,
                               "attempts 1, 2"))
    deprecated(238, "total-retry-delay-sum", "'totalRetryDelay should be equal to sum of values computed by "
               "delayDecider' (b = 0.5: 100 and 200, the spec's mocked values): setTimeout gets 100 then 200, "
               "$metadata.totalRetryDelay 300.", {"maxAttempts": 3}, [{"attempts": [{"error": err500}]}],
               lambda r: check([x["delay"] for x in records(r)][:2] == [100, 200]
                               and r["calls"][0]["metadata"]["totalRetryDelay"] == 300, "sum"), random=[0.5, 0.5])

    def retry_after(line, name, description, header, value, expected):
        deprecated(line, name, description, {"maxAttempts": 2},
                   [{"attempts": [{"error": {"$metadata": {"httpStatusCode": 500},
                                             "$response": {"statusCode": 500, "headers": [[header, value]]}}}]}],
                   lambda r: check(records(r)[0]["delay"] == expected
                                   and r["calls"][0]["metadata"]["totalRetryDelay"] == expected,
                                   f"{name}: {records(r)[0]['delay']}"))

    retry_after(299, "retry-after-seconds-lower-case", "'uses retry-after value if it's greater than that from "
                "delayDecider, when value is in seconds, with header in small case': retry-after '3' beats the "
                "decider's 200: setTimeout(3000), totalRetryDelay 3000.", "retry-after", "3", 3000)
    retry_after(303, "retry-after-seconds-capitalised", "'... with header with first letter capital': Retry-After "
                "'3': 3000.", "Retry-After", "3", 3000)
    retry_after(308, "retry-after-date", "'when value is a Date': retry-after '2025-12-02T00:00:03.000Z' (now + 3 s "
                "as toISOString) goes to new Date(v): 3000.", "retry-after", "2025-12-02T00:00:03.000Z", 3000)
    retry_after(322, "retry-after-smaller-ignored", "'ignores retry-after value if it's smaller than that from "
                "delayDecider': the real first-retry decider is at most 200 (the spec mocks 3000 against '2'), so "
                "retry-after '0.1' (100 ms) stands for the smaller value: the decider's 200 wins.", "retry-after",
                "0.1", 200)

    # retryQuota: the real getDefaultRetryQuota; its effects show in later calls of the same strategy.
    deprecated(363, "release-retrieved-amount", "'releaseRetryTokens called once with retryTokenAmount in case of "
               "single failure': a quota of 15; a TimeoutError retry takes 10, the success gives the 10 back, so the "
               "next call's TimeoutError is retried again (with 1 back instead it would be refused).",
               {"maxAttempts": 3, "initialCapacity": 15},
               [{"attempts": [{"error": timeout}, {"success": True}]},
                {"attempts": [{"error": timeout}, {"success": True}]}],
               lambda r: check(outcomes(r, 1) == ["retry_request", "success"], "released 10"))
    deprecated(373, "release-second-amount", "'called once with second retryTokenAmount in case of two failures': a "
               "quota of 20; retries take 10 (TimeoutError) and 5 (a 500), the success gives back the second amount, "
               "5, leaving 10; the next call's TimeoutError retry takes those 10 and its 500 is refused (had the "
               "first amount come back, 5 would be left for it).", {"maxAttempts": 3, "initialCapacity": 20},
               [{"attempts": [{"error": timeout}, {"error": err500}, {"success": True}]},
                {"attempts": [{"error": timeout}, {"error": err500}, {"success": True}]}],
               lambda r: check(outcomes(r, 1) == ["retry_request", "retry_quota_exceeded"], "second amount"))
    deprecated(386, "no-release-on-failure", "'releaseRetryTokens not called on unsuccessful operation': a quota of "
               "10; a failed call that retried once (5) gives nothing back, the next call's retry takes the last 5 "
               "and a third retry is refused.", {"maxAttempts": 2, "initialCapacity": 10},
               [{"attempts": [{"error": err500}]}, {"attempts": [{"error": err500}, {"success": True}]},
                {"attempts": [{"error": err500}]}],
               lambda r: check(outcomes(r, 0) == ["retry_request", "max_attempts_exceeded"]
                               and outcomes(r, 1) == ["retry_request", "success"]
                               and outcomes(r, 2) == ["retry_request", "max_attempts_exceeded"], "no release"))
    deprecated(356, "release-no-retry-increment", "'releaseRetryTokens called once without param on successful "
               "operation': a quota of 10 drained by a TimeoutError retry; each success without a retry gives back "
               "NO_RETRY_INCREMENT (1): after four a 500 is still refused, after the fifth it is retried.",
               {"maxAttempts": 2, "initialCapacity": 10},
               [{"attempts": [{"error": timeout}]}] + [{"attempts": [{"success": True}]}] * 4
               + [{"attempts": [{"error": err500}]}, {"attempts": [{"success": True}]},
                  {"attempts": [{"error": err500}, {"success": True}]}],
               lambda r: check(outcomes(r, 5) == ["retry_quota_exceeded"]
                               and outcomes(r, 7) == ["retry_request", "success"], "+1 each"))
    deprecated(415, "success-no-retry", "'should not retry when the handler completes successfully': "
               "$metadata.attempts 1, totalRetryDelay 0, no decider (no draw).", {"maxAttempts": 3},
               [{"attempts": [{"success": True}]}],
               lambda r: check(r["calls"][0]["metadata"] == {"attempts": 1, "totalRetryDelay": 0}
                               and r["strategy"]["draws"] == 0, "no retry"))
    deprecated(428, "decider-false", "'should not retry when retryDecider returns false': a 400 is neither "
               "throttling, transient, a clock-skew name nor a trait: thrown after one attempt.", {"maxAttempts": 3},
               [{"attempts": [{"error": {"$metadata": {"httpStatusCode": 400}}}]}],
               lambda r: check(outcomes(r) == ["fail_request"]
                               and r["calls"][0]["metadata"]["attempts"] == 1, "decider false"))
    deprecated(436, "max-attempts", "'should not retry when the maximum number of attempts is reached': three 500s, "
               "the decider asked twice; the third is refused because attempts reached 3.", {"maxAttempts": 3},
               [{"attempts": [{"error": err500}]}],
               lambda r: check(outcomes(r) == ["retry_request", "retry_request", "max_attempts_exceeded"]
                               and r["calls"][0]["metadata"]["attempts"] == 3, "max attempts"))
    deprecated(442, "no-tokens-first-request", "'when retryQuota.hasRetryTokens returns false in the first request': "
               "a quota of 4 cannot pay 5: no retrieve, no draw, thrown after one attempt.",
               {"maxAttempts": 3, "initialCapacity": 4}, [{"attempts": [{"error": err500}]}],
               lambda r: check(outcomes(r) == ["retry_quota_exceeded"] and r["strategy"]["draws"] == 0, "first"))
    deprecated(455, "no-tokens-after-first-retry", "'... after the first retry': a quota of 5 pays one retry; the "
               "second error is refused.", {"maxAttempts": 3, "initialCapacity": 5},
               [{"attempts": [{"error": err500}]}],
               lambda r: check(outcomes(r) == ["retry_request", "retry_quota_exceeded"], "after first"))

    # The deprecated AdaptiveRetryStrategy: updateClientSendingRate after a success (afterRequest).
    spec_case(DEPRECATED_ADAPTIVE_SPEC, 94, "update-after-request", "'calls rateLimiter.updateClientSendingRate in "
              "afterRequest': after the success (the retry slept 1000 ms) the limiter has measured a rate "
              "(measuredTxRate > 0) in the bucket of that second; the throttle before it never reached the limiter, "
              "so the bucket stays disabled.",
              "DeprecatedStandardSpec", {"kind": "deprecated-adaptive", "maxAttempts": 3},
              [{"attempts": [{"error": throttle}, {"success": True}]}],
              lambda r: check(r["strategy"]["limiter"]["measuredTxRate"] > 0 and not r["strategy"]["limiter"]["enabled"]
                              and r["strategy"]["limiter"]["lastTxRateBucket"] == (start + 1000) / 1000,
                              "afterRequest update"))

    # defaultRetryQuota.spec.ts through the deprecated strategy's retry loop.
    def quota(line, name, description, strategy, calls, checks):
        spec_case(QUOTA_SPEC, line, name, description, "DeprecatedStandardSpec", dict(dep, **strategy), calls,
                  checks, random=[0] * 120)

    quota(29, "custom-initial-drained", "'custom initial retry tokens: hasRetryTokens returns false if capacity is "
          "not available': getDefaultRetryQuota(100) pays 20 retries of 5; the 21st error is refused.",
          {"maxAttempts": 30, "initialCapacity": 100}, [{"attempts": [{"error": err500}]}],
          lambda r: check(outcomes(r).count("retry_request") == 20 and outcomes(r)[-1] == "retry_quota_exceeded",
                          "100 / 5"))
    quota(48, "has-tokens-timeout", "'hasRetryTokens returns true if capacity is available when it's TimeoutError': "
          "a fresh quota (500) retries a TimeoutError.", {"maxAttempts": 2},
          [{"attempts": [{"error": timeout}, {"success": True}]}],
          lambda r: check(outcomes(r)[0] == "retry_request", "timeout"))
    quota(53, "has-tokens-other", "'... when it's not TimeoutError': a fresh quota retries a 500.", {"maxAttempts": 2},
          [{"attempts": [{"error": err500}, {"success": True}]}],
          lambda r: check(outcomes(r)[0] == "retry_request", "other"))
    quota(59, "drained-timeout", "'hasRetryTokens returns false if capacity is not available when it's TimeoutError' "
          "(and retrieveRetryToken returns TIMEOUT_RETRY_COST, :75): 500 tokens pay 50 TimeoutError retries of 10; "
          "the 51st error is refused.", {"maxAttempts": 60}, [{"attempts": [{"error": timeout}]}],
          lambda r: check(outcomes(r).count("retry_request") == 50 and outcomes(r)[-1] == "retry_quota_exceeded",
                          "500 / 10"))
    quota(65, "drained-other", "'... when it's not TimeoutError' (and retrieveRetryToken returns RETRY_COST, :80): "
          "500 tokens pay 100 retries of 5; the 101st error is refused.", {"maxAttempts": 110},
          [{"attempts": [{"error": err500}]}],
          lambda r: check(outcomes(r).count("retry_request") == 100 and outcomes(r)[-1] == "retry_quota_exceeded",
                          "500 / 5"))
    quota(105, "release-amount", "'releaseRetryToken adds capacityReleaseAmount if passed': a quota of 5 drained by "
          "one retry, given back by the success (the retrieved 5): the next call retries again, and its third "
          "error is refused.", {"maxAttempts": 3, "initialCapacity": 5},
          [{"attempts": [{"error": err500}, {"success": True}]}, {"attempts": [{"error": err500}]}],
          lambda r: check(outcomes(r, 1) == ["retry_request", "retry_quota_exceeded"], "release 5"))
    quota(119, "release-no-retry-increment", "'adds NO_RETRY_INCREMENT if capacityReleaseAmount not passed': 500 "
          "tokens drained by 100 retries; four plain successes give 4 (a 500 still refused), the fifth makes 5 "
          "(retried).", {"maxAttempts": 110},
          [{"attempts": [{"error": err500}]}] + [{"attempts": [{"success": True}]}] * 4
          + [{"attempts": [{"error": err500}]}, {"attempts": [{"success": True}]},
             {"attempts": [{"error": err500}, {"success": True}]}],
          lambda r: check(outcomes(r, 5) == ["retry_quota_exceeded"] and outcomes(r, 7) == ["retry_request", "success"],
                          "+1"))
    quota(135, "release-capped", "'ensures availableCapacity is maxed at INITIAL_RETRY_TOKENS': three successes on a "
          "full quota change nothing: 100 retries of 5, then refused.", {"maxAttempts": 110},
          [{"attempts": [{"success": True}]}] * 3 + [{"attempts": [{"error": err500}]}],
          lambda r: check(outcomes(r, 3).count("retry_request") == 100
                          and outcomes(r, 3)[-1] == "retry_quota_exceeded", "capped"))

    # DefaultRetryToken.spec.ts through the tokens the standard strategy hands the middleware (legacy costs).
    std = {"kind": "standard", "construct": "direct", "maxAttempts": 3}

    def token(line, name, description, strategy, calls, checks):
        spec_case(TOKEN_SPEC, line, name, description, "TokenSpec", strategy, calls, checks)

    token(11, "cost-undefined-before-error", "'getRetryCost is undefined before an error is encountered': a success "
          "on the initial token refunds NO_RETRY_INCREMENT (1): 400 -> 401.", dict(std, initialCapacity=400),
          [{"attempts": [{"success": True}]}], lambda r: check(records(r)[0]["capacityAfter"] == 401, "cost undefined"))
    token(16, "cost-set", "'getRetryCost returns set value': the token of a TRANSIENT retry carries 10 (legacy): the "
          "success refunds 10: 400 -> 390 -> 400.", dict(std, initialCapacity=400),
          [{"attempts": [{"error": err500}, {"success": True}]}],
          lambda r: check(records(r)[1]["capacityBefore"] == 390 and records(r)[1]["capacityAfter"] == 400, "cost 10"))
    token(23, "retry-count", "'getRetryCount returns amount set when token is created': the n-th refresh sees count "
          "n - 1, the backoff's exponent (b = 1: 100, 200) and the attempts check.", std,
          [{"attempts": [{"error": err500}]}],
          lambda r: check([x["delay"] for x in records(r)][:2] == [100, 200]
                          and records(r)[2]["retryCode"] == 2, "count"))
    token(45, "acquisition-delay-initial", "'$retryLog has acquisitionDelay initialized to 0': a call without a "
          "retry reports totalRetryDelay 0.", std, [{"attempts": [{"success": True}]}],
          lambda r: check(r["calls"][0]["metadata"]["totalRetryDelay"] == 0, "0"))
    token(50, "acquisition-delay-set", "'allows acquisitionDelay to be set': the strategy sets it to the delay it "
          "slept, and the middleware adds it up: totalRetryDelay 100 + 200.", std,
          [{"attempts": [{"error": err500}, {"error": err500}, {"success": True}]}],
          lambda r: check(r["calls"][0]["metadata"]["totalRetryDelay"] == 300, "sum of acquisition delays"))

    # configurations.spec.ts: resolveRetryConfig as a client runs it (construct client).
    def config(line, name, description, strategy, calls, checks):
        spec_case(CONFIG_SPEC, line, name, description, "ConfigSpec", strategy, calls, checks)

    for n in (1, 2, 3):
        config(41, f"max-attempts-{n}", f"'assigns provided value {n}': maxAttempts {n} gives {n} attempt(s), the "
               "last refused with code 2.", {"kind": "standard", "maxAttempts": n}, [{"attempts": [{"error": err500}]}],
               lambda r, n=n: check(len(records(r)) == n and records(r)[-1]["retryCode"] == 2, f"{n} attempts"))
    config(46, "max-attempts-default", "'assigns default 3 is value not provided': three attempts.",
           {"kind": "standard"}, [{"attempts": [{"error": err500}]}],
           lambda r: check(len(records(r)) == 3, "default 3"))
    config(51, "default-max-attempts", "'uses defaultMaxAttempts from defaults parameter when maxAttempts not "
           "provided': the defaults a DynamoDB client passes in 2026 mode (defaultMaxAttempts 4, modelled from "
           "aws-sdk-js-v3's AddRetryCustomizations) give four attempts.",
           {"kind": "standard", "service": "dynamodb", "v2026": True}, [{"attempts": [{"error": err500}]}],
           lambda r: check(len(records(r)) == 4, "defaultMaxAttempts 4"))
    config(56, "input-over-default", "'prefers input maxAttempts over defaultMaxAttempts': maxAttempts 2 on that "
           "client: two attempts.", {"kind": "standard", "service": "dynamodb", "v2026": True, "maxAttempts": 2},
           [{"attempts": [{"error": err500}]}], lambda r: check(len(records(r)) == 2, "input wins"))
    config(63, "default-base-delay-standard", "'passes defaultBaseDelay to StandardRetryStrategy': defaultBaseDelay "
           "200: the first TRANSIENT retry waits floor(1 * 200) = 200.", {"kind": "standard", "baseDelay": 200},
           [{"attempts": [{"error": err500}, {"success": True}]}],
           lambda r: check(records(r)[0]["delay"] == 200, "base 200"))
    config(72, "default-base-delay-adaptive", "'passes defaultBaseDelay to AdaptiveRetryStrategy': the same through "
           "the adaptive strategy: 200.", {"kind": "adaptive", "baseDelay": 200},
           [{"attempts": [{"error": err500}, {"success": True}]}],
           lambda r: check(records(r)[0]["delay"] == 200, "adaptive base 200"))
    config(79, "retry-delay-default", "'uses Retry.delay() as baseDelay when defaults not provided': 100 (legacy), 50 "
           "(2026), read when the client is configured.", {"kind": "standard"},
           [{"attempts": [{"error": err500}, {"success": True}]}],
           lambda r: check(records(r)[0]["delay"] == 100, "Retry.delay()"))
    config(88, "both-defaults", "'uses both defaultMaxAttempts and defaultBaseDelay together': the DynamoDB 2026 "
           "defaults (4 attempts, base 25): delays 25, 50, 100, then code 2.",
           {"kind": "standard", "service": "dynamodb", "v2026": True}, [{"attempts": [{"error": err500}]}],
           lambda r: check([x["delay"] for x in records(r)] == [25, 50, 100, None], "both"))
    config(102, "passes-retry-strategy", "'passes retryStrategy if present': a user's ConfiguredRetryStrategy(3, "
           "250) is the one the middleware uses: delays 250, 250.",
           {"kind": "configured", "maxAttempts": 3, "delays": 250}, [{"attempts": [{"error": err500}]}],
           lambda r: check([x["delay"] for x in records(r)] == [250, 250, None], "user strategy"))
    for n in (1, 2, 3):
        config(119, f"standard-options-{n}", f"'StandardRetryStrategy when retryMode=standard passes maxAttempts and "
               f"baseDelay in options, when maxAttempts={n}': {n} attempt(s), base Retry.delay().",
               {"kind": "standard", "maxAttempts": n}, [{"attempts": [{"error": throttle}] * (n - 1)
                                                         + [{"success": True}]}],
               lambda r, n=n: check(len(records(r)) == n and records(r)[-1]["outcome"] == "success", f"standard {n}"))
        config(160, f"adaptive-options-{n}", f"'AdaptiveRetryStrategy when retryMode=adaptive passes "
               f"maxAttemptsProvider and options, when maxAttempts={n}': {n} attempt(s) through the adaptive strategy.",
               {"kind": "adaptive", "maxAttempts": n}, [{"attempts": [{"error": err500}]}],
               lambda r, n=n: check(len(records(r)) == n and "limiter" in records(r)[0], f"adaptive {n}"))
    config(204, "memoized-sequential", "'should return the same instance on sequential calls': the retry quota "
           "carries from one call to the next (500 - 5 - 5 after two failed calls, legacy 5 for THROTTLING).",
           {"kind": "standard", "maxAttempts": 2},
           [{"attempts": [{"error": throttle}]}, {"attempts": [{"error": throttle}]}],
           lambda r: check(r["strategy"]["capacity"] == 490 and records(r, 1)[0]["capacityBefore"] == 495,
                           "one strategy"))
    config(213, "memoized-adaptive", "'should memoize adaptive strategy the same way': the limiter built at the "
           "first call is the one the second call updates (its requestCount goes on counting).",
           {"kind": "adaptive"}, [{"attempts": [{"success": True}]}, {"attempts": [{"success": True}]}],
           lambda r: check(r["strategy"]["limiter"]["requestCount"] == 2, "one limiter"))

    # The retry headers (requestHeaders: what next(args) saw at each attempt).
    def requests(result, call=0):
        return [r["request"] for r in records(result, call)]

    headers = {"requestHeaders": True}
    spec_case(MIDDLEWARE_SPEC, 461, "invocation-id-added", "'retry informational header: amz-sdk-invocation-id, "
              "added if HttpRequest.isInstance returns true': both attempts of a retried call carry it (the same "
              "UUID).", "HeaderSpec", {"kind": "standard", "maxAttempts": 3},
              [{"attempts": [{"error": throttle}, {"success": True}]}],
              lambda r: check([q["invocationId"] for q in requests(r)] == [1, 1], "invocation id"), extra=headers)
    spec_case(MIDDLEWARE_SPEC, 478, "request-header-added", "'header for each attempt as amz-sdk-request': 'attempt=1; "
              "max=3', then 'attempt=2; max=3'.", "HeaderSpec", {"kind": "standard", "maxAttempts": 3},
              [{"attempts": [{"error": throttle}, {"success": True}]}],
              lambda r: check([q["amz-sdk-request"] for q in requests(r)] == ["attempt=1; max=3", "attempt=2; max=3"],
                              "amz-sdk-request"), extra=headers)
    deprecated_headers = dict(dep, maxAttempts=3)
    spec_case(DEPRECATED_STANDARD_SPEC, 498, "invocation-id-unique", "'uses a unique header for every SDK operation "
              "invocation': two calls, two amz-sdk-invocation-id values.", "HeaderSpec", deprecated_headers,
              [{"attempts": [{"success": True}]}, {"attempts": [{"success": True}]}],
              lambda r: check(requests(r, 0)[0]["invocationId"] != requests(r, 1)[0]["invocationId"], "unique"),
              extra=headers)
    spec_case(DEPRECATED_STANDARD_SPEC, 522, "invocation-id-same-across-retries", "'uses same value for additional "
              "HTTP requests associated with an SDK operation': the retry carries the first attempt's value.",
              "HeaderSpec", deprecated_headers, [{"attempts": [{"error": err500}, {"success": True}]}],
              lambda r: check(requests(r)[0]["invocationId"] == requests(r)[1]["invocationId"], "same"), extra=headers)
    spec_case(DEPRECATED_STANDARD_SPEC, 564, "request-header-each-attempt", "'adds header for each attempt': "
              "attempt=1..3; max=3 while every attempt fails.", "HeaderSpec", deprecated_headers,
              [{"attempts": [{"error": err500}]}],
              lambda r: check([q["amz-sdk-request"] for q in requests(r)] == [f"attempt={n}; max=3" for n in (1, 2, 3)],
                              "each attempt"), extra=headers)
    spec_case("middleware-retry/omitRetryHeadersMiddleware.spec.ts", 34, "remove-retry-headers", "'remove retry "
              "headers': with the omitRetryHeaders plugin next(args) sees neither header, on any attempt.",
              "HeaderSpec", {"kind": "standard", "maxAttempts": 3},
              [{"attempts": [{"error": throttle}, {"success": True}]}],
              lambda r: check(requests(r) == [{}, {}], "omitted"), extra=dict(headers, omitRetryHeaders=True))

    # longPollMiddleware.spec.ts: the plugin sets context.__retryLongPoll, which makes the scope ':longpoll'.
    spec_case(LONG_POLL_SPEC, 7, "sets-long-poll", "'sets long poll mode on request context': an SQS ReceiveMessage "
              "call (the plugin's operation) in 2026 mode gets a long-poll token, which draws even when refused "
              "(maxAttempts 1).", "LongPollSpec", {"kind": "standard", "service": "sqs", "v2026": True,
                                                   "maxAttempts": 1},
              [{"attempts": [{"error": err500}], "operation": "ReceiveMessage"}],
              lambda r: check(records(r)[0]["retryCode"] == 2 and records(r)[0]["draws"] == 1, "long poll"))


SEP_2020 = [
    ("Retry eventually succeeds", {"max_attempts": 3, "initial_retry_tokens": 500},
     [(500, "retry_request", 495, 1), (500, "retry_request", 490, 2), (200, "success", 495, None)]),
    ("Fail due to max attempts reached", {"max_attempts": 3, "initial_retry_tokens": 500},
     [(502, "retry_request", 495, 1), (502, "retry_request", 490, 2), (502, "max_attempts_exceeded", 490, None)]),
    ("Retry Quota reached after a single retry", {"max_attempts": 3, "initial_retry_tokens": 5},
     [(500, "retry_request", 0, 1), (502, "retry_quota_exceeded", 0, None)]),
    ("No retries at all if retry quota is 0", {"max_attempts": 3, "initial_retry_tokens": 0},
     [(500, "retry_quota_exceeded", 0, None)]),
    ("Verifying exponential backoff timing", {"max_attempts": 5, "initial_retry_tokens": 500},
     [(500, "retry_request", 495, 1), (500, "retry_request", 490, 2), (500, "retry_request", 485, 4),
      (500, "retry_request", 480, 8), (500, "max_attempts_exceeded", 480, None)]),
    ("Verify max backoff time", {"max_attempts": 5, "initial_retry_tokens": 500, "max_backoff_time": 3},
     [(500, "retry_request", 495, 1), (500, "retry_request", 490, 2), (500, "retry_request", 485, 3),
      (500, "retry_request", 480, 3), (500, "max_attempts_exceeded", 480, None)]),
]


def sep_2020(cases):
    for name, given, steps in SEP_2020:
        sep_steps = [(s, None, o, q, d) for s, o, q, d in steps]
        params = session_for(given, sep_steps, False)
        answer = call("js.v3.session", params)
        records = [r for c in answer["calls"] for r in c["attempts"]]
        got = [(r["outcome"], r["capacityAfter"], r["delay"]) for r in records]
        sep = [(o, q, d * 1000 if d is not None else None) for _, o, q, d in steps]
        diverges = got != sep
        text = "; ".join(f"{o} {q}" + (f" d {d / 1000:g} s" if d is not None else "") for o, q, d in got)
        flags = ["SEP2020"] + (["SEPDivergence"] if diverges else [])
        cases.append({
            "id": "js-v3/sep2020/" + "".join(w.capitalize() for w in name.split() if w.isalnum()),
            "description": f"2020 SEP '{name}' ({', '.join(f'{k} {v}' for k, v in given.items())}; b = 1) through "
                           "the legacy StandardRetryStrategy as 3.33.3 really runs it: " + text
                           + (". The SEP expects " + "; ".join(f"{o} {q}" + (f" d {d / 1000:g} s" if d else "")
                                                                for o, q, d in sep)
                              + " (base 1 s, cost 5); the SDK's base is 100 ms, TRANSIENT costs 10, and there is "
                                "no max_backoff_time option." if diverges else "."),
            "flags": flags, "method": "js.v3.session", "params": params, "expect": answer})


def header(description, flags):
    return {"schema": "conform-vectors/1", "profile": "js-v3", "sdk": {"name": "@smithy/core", "version": "3.33.3"},
            "producer": {"name": "scripts/js-v3/build-vectors.py", "arguments": []}, "description": description,
            "flags": flags}


def write(path, head, cases):
    document = dict(head)
    document["cases"] = cases
    with open(path, "w") as f:
        json.dump(document, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")


specs = []
retry_timings(specs)
spec_tests(specs)
end_to_end(specs)
classification(specs)
retry_after(specs)
backoff(specs)
strategy_specs(specs)
mock_specs(specs)
more_specs(specs)
write("vectors/js-v3/sdk-specs.json", header(
    "The retry cases of smithy-typescript @smithy/core@3.33.3's own specs (retries.integ.spec.ts: retry timings, "
    "specification tests, end-to-end; service-error-classification.spec.ts; parseRetryAfterHeader.spec.ts; "
    "DefaultRetryBackoffStrategy.spec.ts; StandardRetryStrategy.spec.ts; ConfiguredRetryStrategy.spec.ts; the parts "
    "of the mock-based retryMiddleware.spec.ts, AdaptiveRetryStrategy.spec.ts and DefaultRateLimiter.spec.ts a "
    "session can show) as js.v3 calls. Written by scripts/js-v3/build-vectors.py, which checks "
    "every value the spec asserts against the reference.", {
        "SdkSpec": {"description": "A case transcribed from the SDK's own specs.",
                    "links": ["packages/core/src/submodules/retry/util-retry/retries.integ.spec.ts"]},
        "RetryTimings": {"description": "The 'retry timings' table: costs and delays by error type and mode."},
        "SpecTest": {"description": "The 2026 specification tests (SEP format) of retries.integ.spec.ts."},
        "EndToEnd": {"description": "$metadata.attempts and totalRetryDelay through the middleware."},
        "LongPoll": {"description": "A 2026 long-poll token: it draws even when refused."},
        "Classification": {"description": "service-error-classification.spec.ts."},
        "RetryAfter": {"description": "parseRetryAfterHeader.spec.ts."},
        "Backoff": {"description": "DefaultRetryBackoffStrategy.spec.ts."},
        "StrategySpec": {"description": "StandardRetryStrategy.spec.ts and ConfiguredRetryStrategy.spec.ts.",
                         "links": [SPEC_DIR + STANDARD_SPEC + f":{n}" for n in (94, 113, 132)]},
        "MiddlewareSpec": {"description": "retryMiddleware.spec.ts (RetryStrategyV2) with the real standard strategy "
                                          "and classifiers in place of its mocks.",
                           "links": [SPEC_DIR + MIDDLEWARE_SPEC + f":{n}" for n in (139, 156, 192, 214, 237, 260, 285,
                                                                                    322, 340, 366, 396)]},
        "AdaptiveSpec": {"description": "AdaptiveRetryStrategy.spec.ts with the real DefaultRateLimiter and "
                                        "StandardRetryStrategy in place of its mocks.",
                         "links": [SPEC_DIR + ADAPTIVE_SPEC + f":{n}" for n in (100, 137, 155, 171)]},
        "DeprecatedSpec": {"description": "retry-pre-sra-deprecated/retryDecider.spec.ts and delayDecider.spec.ts "
                                          "through the deprecated StandardRetryStrategy.",
                           "links": [SPEC_DIR + DECIDER_SPEC + f":{n}" for n in (36, 45, 54, 63, 72)]
                           + [SPEC_DIR + DELAY_SPEC + ":21"]},
        "RateLimiterSpec": {"description": "DefaultRateLimiter.spec.ts through an adaptive session.",
                            "links": [SPEC_DIR + LIMITER_SPEC + ":89"]},
        "DeprecatedStandardSpec": {"description": "retry-pre-sra-deprecated/StandardRetryStrategy.spec.ts, "
                                                  "AdaptiveRetryStrategy.spec.ts and defaultRetryQuota.spec.ts "
                                                  "through the deprecated strategies (the real deciders and quota "
                                                  "in place of the mocks).",
                                   "links": [SPEC_DIR + DEPRECATED_STANDARD_SPEC, SPEC_DIR + DEPRECATED_ADAPTIVE_SPEC,
                                             SPEC_DIR + QUOTA_SPEC]},
        "TokenSpec": {"description": "util-retry/DefaultRetryToken.spec.ts through the tokens of a session.",
                      "links": [SPEC_DIR + TOKEN_SPEC]},
        "ConfigSpec": {"description": "middleware-retry/configurations.spec.ts: resolveRetryConfig as a client "
                                      "builds its strategy.", "links": [SPEC_DIR + CONFIG_SPEC]},
        "HeaderSpec": {"description": "The retry headers (amz-sdk-request, amz-sdk-invocation-id) of "
                                      "retryMiddleware.spec.ts, the deprecated StandardRetryStrategy.spec.ts and "
                                      "omitRetryHeadersMiddleware.spec.ts, through requestHeaders.",
                       "links": [SPEC_DIR + MIDDLEWARE_SPEC + ":461", SPEC_DIR + MIDDLEWARE_SPEC + ":478",
                                 SPEC_DIR + DEPRECATED_STANDARD_SPEC + ":498", SPEC_DIR + DEPRECATED_STANDARD_SPEC
                                 + ":522", SPEC_DIR + DEPRECATED_STANDARD_SPEC + ":564",
                                 SPEC_DIR + "middleware-retry/omitRetryHeadersMiddleware.spec.ts:34"]},
        "LongPollSpec": {"description": "middleware-retry/longPollMiddleware.spec.ts through a long-poll operation.",
                         "links": [SPEC_DIR + LONG_POLL_SPEC + ":7"]},
    }), specs)
edges = []
edge_cases(edges)
write("vectors/js-v3/edge-cases.json", header(
    "Hand-picked js-v3 cases for every rule: classification, retry hints, the clamp, refusal codes, long polling, "
    "the 2026 flag, the quota, configured delays, streaming bodies, the virtual clock, the adaptive limiter and the "
    "deprecated strategies. Written by scripts/js-v3/build-vectors.py, which checks the value each description "
    "names.", {
        "Edge": {"description": "A hand-picked edge case."},
        "Classification": {"description": "The classifiers and the error type."},
        "RetryAfter": {"description": "parseRetryAfterHeader."},
        "DateParseFallback": {"description": "A retry-after value that reaches Date.parse or new Date(v), as Node 20 "
                              "(V8 11.3) parses it with TZ=UTC."},
        "HintClamp": {"description": "The hint clamp [d, d + 5000]."},
        "RetryCode": {"description": "The refusal codes' order."},
        "LongPoll": {"description": "Long-poll tokens."},
        "Service": {"description": "A service's defaults (aws-sdk-js-v3, modelled)."},
        "Flag": {"description": "Retry.v2026 as a mutable global."},
        "Quota": {"description": "The retry quota's refunds."},
        "Configured": {"description": "ConfiguredRetryStrategy."},
        "Streaming": {"description": "Streaming request bodies."},
        "Clock": {"description": "The virtual clock and Node's timer rule."},
        "Adaptive": {"description": "The adaptive rate limiter."},
        "Deprecated": {"description": "The deprecated pre-SRA strategies."},
        "OddValues": {"description": "A message that is not a string, cause: null or a primitive $metadata: what "
                                     "V8 does with them in the SDK's code."},
    }), edges)
sep = []
sep_2020(sep)
write("vectors/js-v3/sep-2020.json", header(
    "The six 2020 standard-mode SEP cases (research/standard-retry-cases.md section 1) as the legacy "
    "StandardRetryStrategy of @smithy/core@3.33.3 really runs them (b = 1); SEPDivergence marks where it differs.",
    {"SEP2020": {"description": "A 2020 standard-mode SEP case."},
     "SEPDivergence": {"description": "The SDK does not do what the SEP table says (base, cost or max backoff)."}}),
    sep)
PROC.stdin.close()
PROC.wait()
print(f"wrote {len(specs)} spec cases, {len(edges)} edge cases and {len(sep)} SEP cases")
