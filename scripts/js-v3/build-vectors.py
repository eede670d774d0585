#!/usr/bin/env python3
"""Writes vectors/js-v3/sdk-specs.json, edge-cases.json and sep-2020.json.

The cases transcribe the retry specs of smithy-typescript @smithy/core@3.33.3 (retries.integ.spec.ts,
service-error-classification.spec.ts, parseRetryAfterHeader.spec.ts, DefaultRetryBackoffStrategy.spec.ts,
StandardRetryStrategy.spec.ts, ConfiguredRetryStrategy.spec.ts) and the
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
            ("x-amz-ms", [["x-amz-retry-after", "5000"]], now + 5000),
            ("x-amz-not-numeric", [["x-amz-retry-after", "abc"]], None),
            ("retry-after-first", [["retry-after", "10"], ["x-amz-retry-after", "9999"]], now + 10_000)]
    for name, headers, hint in rows:
        params = {"error": {"$response": {"statusCode": 503, "headers": headers}}, "clock": {"startMs": now}}

        def checks(result, hint=hint, name=name):
            check(result["retryAfterHint"] == hint, f"retry-after {name}: {result['retryAfterHint']} != {hint}")

        case(cases, f"js-v3/sdk/parseRetryAfterHeader/{name}",
             "parseRetryAfterHeader.spec.ts at NOW = 1773769074339: the hint as a time value (the spec's date "
             "strings are new Date(NOW + 60000 or 30000).toUTCString(), whole seconds).",
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

    def hint(case_id, description, headers, expected, status=503):
        params_error = {"$response": {"statusCode": status, "headers": headers}}
        classify(case_id, description, params_error,
                 lambda r: check(r["retryAfterHint"] == expected, f"{case_id}: {r['retryAfterHint']} != {expected}"),
                 with_clock=True, flags=("RetryAfter",))

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
    session("deprecated-streaming", "Deprecated: no streaming-body check; the call is retried.", ["Deprecated"], dep,
            [{"attempts": [{"error": err500}, {"success": True}], "streamingBody": True}],
            lambda r: check(r["calls"][0]["outcome"] == "success", "deprecated streaming"))
    session("deprecated-quota-timeout", "Deprecated: a TimeoutError costs 10: with 9 tokens it is refused.",
            ["Deprecated"], dict(dep, initialCapacity=9), [{"attempts": [{"error": {"name": "TimeoutError"}}]}],
            lambda r: check(first(r)["outcome"] == "retry_quota_exceeded", "timeout cost"))
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
write("vectors/js-v3/sdk-specs.json", header(
    "The retry cases of smithy-typescript @smithy/core@3.33.3's own specs (retries.integ.spec.ts: retry timings, "
    "specification tests, end-to-end; service-error-classification.spec.ts; parseRetryAfterHeader.spec.ts; "
    "DefaultRetryBackoffStrategy.spec.ts; StandardRetryStrategy.spec.ts; ConfiguredRetryStrategy.spec.ts) as js.v3 "
    "calls. Written by scripts/js-v3/build-vectors.py, which checks "
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
        "StrategySpec": {"description": "StandardRetryStrategy.spec.ts and ConfiguredRetryStrategy.spec.ts."},
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
