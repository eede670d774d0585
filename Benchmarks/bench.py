#!/usr/bin/env python3
"""Throughput and peak memory of `conform serve` and `conform run`/`generate`, measured side by side in one run.

Usage: Benchmarks/bench.py [--conform .build/release/conform] [--requests 400000] [--cases 1000000] [--quick]
                           [--server-only] [--workload <label text>]...

Server workloads stream a pipelined request file through one server process (stdin from the file, stdout
drained and counted), next to a plain line echo through the same binary (`conform serve --echo`), which is the
I/O ceiling. Peak memory is the child's maximum resident set size (wait4's ru_maxrss).
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time


def go_error(rng):
    """A typical Go error chain of three or four levels, as the SDK builds them: RequestError -> *url.Error ->
    *net.OpError -> syscall.Errno, SerializationError -> *net.OpError -> *os.SyscallError -> syscall.Errno,
    RequestError -> *url.Error -> errors.New, or Throttling -> *net.OpError -> syscall.Errno."""
    errno = {"type": "syscall.Errno", "name": rng.choice(["ECONNRESET", "ETIMEDOUT", "ECONNREFUSED", "EPIPE"])}
    op = {"type": "net.OpError", "op": rng.choice(["read", "write", "dial"]), "net": "tcp",
          "addr": {"ip": "52.1.2.3", "port": 443}, "err": errno}
    url = "https://dynamodb.us-east-1.amazonaws.com/"
    shape = rng.randrange(4)
    if shape == 0:
        return {"type": "awserr", "code": "RequestError", "message": "send request failed",
                "orig": {"type": "url.Error", "op": "Post", "url": url, "err": op}}
    if shape == 1:
        syscall = dict(op, err={"type": "os.SyscallError", "syscall": "read", "err": errno})
        return {"type": "awserr", "code": "SerializationError", "message": "failed decoding JSON RPC response",
                "orig": syscall}
    if shape == 2:
        return {"type": "awserr", "code": "RequestError", "message": "send request failed",
                "orig": {"type": "url.Error", "op": "Post", "url": url,
                         "err": {"type": "errors.New", "text": rng.choice(["EOF", "unexpected EOF"])}}}
    return {"type": "awserr", "code": "Throttling", "message": "Rate exceeded", "orig": op}


def realistic_go_error(rng):
    """What a port sends from a real failure: a *net.OpError with both TCP addresses (as in `read tcp
    10.0.199.194:22060->52.94.0.140:443: read: connection reset by peer`) and a random local port, under a
    RequestError or SerializationError, or an awserr.requestFailure with a service code (throttling, 5xx, 4xx)."""
    errno = {"type": "syscall.Errno", "name": rng.choice(["ECONNRESET", "ETIMEDOUT", "ECONNREFUSED", "EPIPE"])}
    operation = rng.choice(["read", "write", "dial"])
    op = {"type": "net.OpError", "op": operation, "net": "tcp",
          "source": {"ip": f"10.0.{rng.randrange(256)}.{rng.randrange(256)}", "port": rng.randrange(1024, 65536)},
          "addr": {"ip": f"52.94.{rng.randrange(256)}.{rng.randrange(256)}", "port": 443},
          "err": {"type": "os.SyscallError", "syscall": {"dial": "connect"}.get(operation, operation), "err": errno}}
    region = rng.choice(["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"])
    service = rng.choice(["dynamodb", "sqs", "kinesis", "sts"])
    url = f"https://{service}.{region}.amazonaws.com/"
    shape = rng.randrange(4)
    if shape == 0:
        return {"type": "awserr", "code": "RequestError", "message": "send request failed",
                "orig": {"type": "url.Error", "op": "Post", "url": url, "err": op}}
    if shape == 1:
        return {"type": "awserr", "code": "SerializationError", "message": "failed decoding JSON RPC response",
                "orig": op}
    code, status, message = rng.choice([
        ("ThrottlingException", 400, "Rate exceeded"),
        ("ProvisionedThroughputExceededException", 400, "The level of configured provisioned throughput for the "
         "table was exceeded. Consider increasing your provisioning level with the UpdateTable API."),
        ("InternalServerError", 500, "Internal server error"), ("ServiceUnavailable", 503, "Service Unavailable"),
        ("ValidationException", 400, "1 validation error detected: Value null at 'tableName' failed to satisfy "
         "constraint: Member must not be null"),
        ("ExpiredTokenException", 400, "The security token included in the request is expired")])
    request_id = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(52))
    return {"type": "awserr.requestFailure", "code": code, "message": message, "statusCode": status,
            "requestID": request_id, "orig": None}


def realistic_evaluate(rng):
    """A `go.v1.evaluate` request as a port sends it from a real failure: about 680 bytes."""
    error = realistic_go_error(rng)
    status = error.get("statusCode", rng.choice([0, 500, 503]))
    request = {"error": error, "statusCode": status, "retryCount": rng.randint(0, 4)}
    if status in (429, 503) and rng.randrange(2):
        request["headers"] = {"Retry-After": [str(rng.randint(1, 5))]}
    return {"request": request,
            "retryer": {"kind": "default", "numMaxRetries": 3, "minRetryDelay": "30000000",
                        "minThrottleDelay": "500000000", "maxRetryDelay": "300000000000",
                        "maxThrottleDelay": "300000000000"},
            "random": [str(rng.getrandbits(63)) for _ in range(3)]}


def workloads(rng, count):
    def evaluate(i):
        return {"request": {"error": go_error(rng), "statusCode": rng.choice([0, 400, 500, 503]),
                            "retryCount": rng.randint(0, 5)},
                "retryer": {"kind": "default", "numMaxRetries": 3},
                "random": [str(rng.getrandbits(63)) for _ in range(3)]}

    def classify(i):
        return {"error": go_error(rng)}

    def delay(i):
        return {"retryCount": rng.randint(0, 5), "retryDelayOptions": {"base": rng.choice([100, 50, 30])},
                "random": [rng.random()]}

    def simulate(i):
        attempts = [rng.choice([{"status": 500}, {"status": 429, "errorCode": "Throttling"},
                                {"networkError": {"code": "ECONNRESET", "message": "socket hang up", "errno": -104}},
                                {"status": 400, "errorCode": "ValidationException"}]) for _ in range(3)]
        attempts.append({"status": 200})
        return {"service": rng.choice(["generic", "dynamodb"]), "config": {"maxRetries": 3},
                "attempts": attempts, "random": [rng.random() for _ in range(4)]}

    def session_v3(i):
        errors = [{"name": "ThrottlingException", "$metadata": {"httpStatusCode": 400}},
                  {"$metadata": {"httpStatusCode": 503},
                   "$response": {"statusCode": 503, "headers": [["x-amz-retry-after", "1500"]]}},
                  {"code": "ECONNRESET", "message": "socket hang up"},
                  {"name": "ValidationException", "$metadata": {"httpStatusCode": 400}}]
        calls = []
        for _ in range(3):
            attempts = [{"error": rng.choice(errors), "latencyMs": rng.randint(0, 200)} for _ in range(2)]
            attempts.append({"success": True})
            calls.append({"attempts": attempts})
        return {"strategy": {"kind": rng.choice(["standard", "adaptive"]), "v2026": rng.random() < 0.5},
                "calls": calls, "clock": {"startMs": 1764633600000 + rng.randint(0, 10 ** 6)},
                "random": [rng.random() for _ in range(6)]}
    def session_v2(i):
        # A go-v2 session: two calls through one Standard retryer, attempts as the middleware sees them.
        def attempt():
            return rng.choice([
                {"error": {"type": "smithy.GenericAPIError", "code": "InternalError", "message": "boom"},
                 "statusCode": 500},
                {"error": {"type": "smithy.GenericAPIError", "code": "ThrottlingException", "message": "slow"},
                 "statusCode": 400, "headers": {"X-Amz-Retry-After": ["1500"]}},
                {"error": {"type": "net.OpError", "op": "read", "net": "tcp",
                           "err": {"type": "syscall.Errno", "name": "ECONNRESET"}}},
                {"success": True}])
        return {"retryer": {"kind": "standard", "newRetries2026": rng.random() < 0.5},
                "calls": [{"attempts": [attempt() for _ in range(3)] + [{"success": True}]} for _ in range(2)],
                "random": [str(rng.getrandbits(53)) for _ in range(6)]}

    return [
        ("go.v1.classify", classify), ("go.v1.evaluate", evaluate),
        ("go.v1.evaluate (realistic)", lambda i: realistic_evaluate(rng)), ("go.v2.session", session_v2),
        ("js.v2.calculateRetryDelay", delay), ("js.v2.simulate", simulate),
        ("js.v3.session", session_v3),
    ]


def write_requests(path, method, build, count):
    with open(path, "w") as out:
        for i in range(count):
            out.write(json.dumps({"jsonrpc": "2.0", "id": i, "method": method, "params": build(i)},
                                 separators=(",", ":")) + "\n")


def run_child(args, stdin_path):
    """Runs args with stdin from a file and stdout drained; returns (seconds, output lines, max RSS in KiB)."""
    with open(stdin_path, "rb") as stdin:
        started = time.perf_counter()
        child = subprocess.Popen(args, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        lines = 0
        while True:
            chunk = child.stdout.read(1 << 20)
            if not chunk:
                break
            lines += chunk.count(b"\n")
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - started
    if status != 0:
        sys.exit(f"{args} exited with status {status}")
    return elapsed, lines, usage.ru_maxrss


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conform", default=".build/release/conform")
    parser.add_argument("--requests", type=int, default=400_000)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="10x smaller workloads")
    parser.add_argument("--server-only", action="store_true", help="only the conform serve workloads")
    parser.add_argument("--workload", action="append", default=[],
                        help="only the serve workloads whose label contains this text (repeatable)")
    options = parser.parse_args()
    if options.quick:
        options.requests //= 10
        options.cases //= 10
    conform = os.path.abspath(options.conform)
    rng = random.Random(20261123)
    work = tempfile.mkdtemp(prefix="conform-bench-")

    print(f"conform serve, {options.requests} pipelined requests per workload, one server process")
    print(f"{'workload':32} {'requests/s':>12} {'seconds':>8} {'peak RSS':>10}")
    rows = []
    echo_file = None
    for label, build in workloads(rng, options.requests):
        if options.workload and not any(text in label for text in options.workload):
            continue
        method = label.split(" ")[0]
        path = os.path.join(work, label.replace(" ", "-").replace("(", "").replace(")", "") + ".jsonl")
        write_requests(path, method, build, options.requests)
        echo_file = echo_file or path
        seconds, lines, rss = run_child([conform, "serve"], path)
        if lines != options.requests:
            sys.exit(f"{label}: {lines} answers for {options.requests} requests")
        rows.append((label, options.requests / seconds, seconds, rss))
    seconds, lines, rss = run_child([conform, "serve", "--echo"], echo_file)
    rows.insert(0, ("baseline: line echo (serve --echo)", lines / seconds, seconds, rss))
    for name, rate, seconds, rss in rows:
        print(f"{name:32} {rate:12,.0f} {seconds:8.2f} {rss / 1024:8.1f} MiB")
    if options.server_only:
        return

    print()
    print(f"conform generate and run, {options.cases} cases per profile")
    print(f"{'step':32} {'cases/s':>12} {'seconds':>8} {'peak RSS':>10}")
    for profile in ("go-v1", "go-v2", "js-v2", "js-v3"):
        out = os.path.join(work, "vectors")
        started = time.perf_counter()
        child = subprocess.Popen([conform, "generate", "--seed", "9", "--count", str(options.cases), "--profile",
                                  profile, "--out", out], stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        print(f"{'generate ' + profile:32} {options.cases / seconds:12,.0f} {seconds:8.2f} {usage.ru_maxrss / 1024:8.1f} MiB")
        path = os.path.join(out, f"generated-{profile}-seed9-n{options.cases}.jsonl")
        started = time.perf_counter()
        child = subprocess.Popen([conform, "run", path, "--jobs", "2", "--no-progress"], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        if status != 0:
            sys.exit(f"conform run failed on {path}")
        print(f"{'run ' + profile + ' (--jobs 2)':32} {options.cases / seconds:12,.0f} {seconds:8.2f} {usage.ru_maxrss / 1024:8.1f} MiB")
        os.remove(path)
    print(f"\nmachine: {os.cpu_count()} cores; requests written to {work}")


if __name__ == "__main__":
    main()
