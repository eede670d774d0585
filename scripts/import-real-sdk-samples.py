#!/usr/bin/env python3
"""Turn ../shared/real-sdk-samples/*.jsonl (answers of the real SDKs) into conform vector files.

The expectations are copied verbatim: they are what aws-sdk-go v1.55.6 (Go 1.19, linux/amd64) and aws-sdk-js
2.1692.0 (Node 20) answered. Only the params are reshaped into the method's params object, and each case gets a
description and flags derived from its inputs.

Usage: scripts/import-real-sdk-samples.py SAMPLES_DIR OUT_DIR
"""
import json
import math
import struct
import sys

GO_FLAGS = {
    "RealSDKSample": "An answer recorded from the real SDK for random inputs.",
    "Panic": "The SDK panics in at least one method; the field is {\"panic\": ...}.",
    "RetryAfter": "A Retry-After header with a throttle status (429 or 503).",
    "NilHTTPResponse": "No HTTP response (statusCode absent).",
    "PresetRetryable": "r.Retryable was set before ShouldRetry.",
    "CustomCodeLists": "The request carries RetryErrorCodes or ThrottleErrorCodes.",
    "FieldRetryer": "One of the retryers found in the field (seed-read-conn-reset, example-no-5xx).",
    "ExtremeDelays": "Retryer delays far from the defaults (tiny, negative or huge).",
}
JS_FLAGS = {
    "RealSDKSample": "An answer recorded from the real SDK for random inputs.",
    "CustomBackoff": "retryDelayOptions.customBackoff is a function.",
    "NonNumberValue": "A value the SDK compares is not a number (string, boolean, null, undefined).",
    "NetworkError": "An attempt fails in the transport rather than with an HTTP status.",
    "DynamoDB": "The DynamoDB client (10 retries, base 50).",
    "FdlibmPow": "Math.pow(2, n) with a non-integer n: V8's fdlibm pow, not correctly rounded.",
}


def go_types(error, out):
    if not isinstance(error, dict):
        return
    out.append(error["type"] + ("(" + error["code"] + ")" if "code" in error else ""))
    for key in ("orig", "err"):
        value = error.get(key)
        if isinstance(value, list):
            for element in value:
                go_types(element, out)
        else:
            go_types(value, out)


def go_case(sample):
    request = sample["request"]
    retryer = dict(sample["retryer"])
    retryer["numMaxRetries"] = int(retryer["numMaxRetries"])
    expect = sample["expect"]
    flags = ["RealSDKSample"]
    if any(isinstance(v, dict) and "panic" in v for v in expect.values()):
        flags.append("Panic")
    if request.get("statusCode") in (429, 503) and request.get("headers"):
        flags.append("RetryAfter")
    if "statusCode" not in request:
        flags.append("NilHTTPResponse")
    if "retryable" in request:
        flags.append("PresetRetryable")
    if request.get("retryErrorCodes") or request.get("throttleErrorCodes"):
        flags.append("CustomCodeLists")
    if retryer["kind"] != "default":
        flags.append("FieldRetryer")
    if any(k in retryer for k in ("minRetryDelay", "minThrottleDelay", "maxRetryDelay", "maxThrottleDelay")):
        flags.append("ExtremeDelays")
    chain = []
    go_types(request.get("error"), chain)
    status = request.get("statusCode", "nil")
    description = (
        f"Real SDK answer: {' -> '.join(chain) or 'nil error'}, status {status}, "
        f"retryCount {request.get('retryCount', 0)}, {retryer['kind']} retryer"
    )
    return {
        "id": sample["id"],
        "description": description,
        "flags": flags,
        "method": "go.v1.evaluate",
        "params": {"request": request, "retryer": retryer, "random": sample["int63"]},
        "expect": expect,
    }


def js_number(value):
    """The double of a JS number on the wire, or None for other values."""
    if isinstance(value, dict) and "f64" in value:
        return struct.unpack(">d", bytes.fromhex(value["f64"][2:]))[0]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def is_non_number(value):
    return not (isinstance(value, dict) and "f64" in value) and not (
        isinstance(value, (int, float)) and not isinstance(value, bool)
    )


def js_case(sample):
    method = sample["op"]
    params = {k: v for k, v in sample.items() if k not in ("id", "op", "expect")}
    flags = ["RealSDKSample"]
    text = json.dumps(params)
    if "customBackoff" in text:
        flags.append("CustomBackoff")
    if method == "js.v2.calculateRetryDelay":
        options = params.get("retryDelayOptions")
        base = options.get("base") if isinstance(options, dict) else None
        if is_non_number(params.get("retryCount")) or (base is not None and is_non_number(base)):
            flags.append("NonNumberValue")
        exponent = js_number(params.get("retryCount"))
        custom = isinstance(options, dict) and isinstance(options.get("customBackoff"), dict)
        if exponent is not None and math.isfinite(exponent) and exponent != int(exponent) and not custom:
            flags.append("FdlibmPow")
        description = f"Real SDK answer: calculateRetryDelay({json.dumps(params.get('retryCount'))}, {json.dumps(options)})"
    elif method == "js.v2.classify":
        error = params["error"]
        if is_non_number(error.get("statusCode", 0)) or not isinstance(error.get("code", ""), str):
            flags.append("NonNumberValue")
        description = f"Real SDK answer: {params['service']} predicates for {json.dumps(error)}"
    else:
        if "networkError" in text:
            flags.append("NetworkError")
        if params["service"] == "dynamodb":
            flags.append("DynamoDB")
        kinds = [
            a["networkError"].get("code", "?") if "networkError" in a else str(a["status"]) for a in params["attempts"]
        ]
        description = f"Real SDK answer: {params['service']} call with attempts {', '.join(kinds)}"
    return {"id": sample["id"], "description": description, "flags": flags, "method": method, "params": params,
            "expect": sample["expect"]}


def write(path, header, cases):
    with open(path, "w") as out:
        out.write(json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n")
        for case in cases:
            out.write(json.dumps(case, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n")


def main():
    samples_dir, out_dir = sys.argv[1], sys.argv[2]
    go = [go_case(json.loads(line)) for line in open(f"{samples_dir}/go-v1.jsonl")]
    write(f"{out_dir}/go-v1/real-sdk-samples.jsonl", {
        "schema": "conform-vectors/1", "format": "jsonl", "profile": "go-v1",
        "sdk": {"name": "github.com/aws/aws-sdk-go", "version": "v1.55.6"},
        "producer": {"name": "real-sdk-samples", "arguments": ["scripts/import-real-sdk-samples.py"]},
        "description": "What aws-sdk-go v1.55.6 (Go 1.19, linux/amd64) answered for 1,000 random requests and "
                       "retryers, each method called on a fresh request (go.v1.evaluate).",
        "flags": {name: {"description": text} for name, text in GO_FLAGS.items()},
    }, go)
    js = [js_case(json.loads(line)) for line in open(f"{samples_dir}/js-v2.jsonl")]
    write(f"{out_dir}/js-v2/real-sdk-samples.jsonl", {
        "schema": "conform-vectors/1", "format": "jsonl", "profile": "js-v2",
        "sdk": {"name": "aws-sdk", "version": "2.1692.0"},
        "producer": {"name": "real-sdk-samples", "arguments": ["scripts/import-real-sdk-samples.py"]},
        "description": "What aws-sdk-js 2.1692.0 (Node 20) answered for random calculateRetryDelay, classify and "
                       "simulate inputs, with the SDK's real listener chain and a stubbed transport.",
        "flags": {name: {"description": text} for name, text in JS_FLAGS.items()},
    }, js)


if __name__ == "__main__":
    main()
