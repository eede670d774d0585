package main

// The port: AWS SDK for Go v1 (v1.55.6) `client.DefaultRetryer.RetryRules` and `MaxRetries`
// (aws/client/default_retryer.go) with `math/rand.(*Rand).Int63n` over an injected `Int63()` stream. Plain functions
// over plain values, no I/O. Go's own int64 arithmetic, `math.Log2`, `http.Header` and `strconv.Atoi` do what the
// SDK's do, so on linux/amd64 with Go 1.19 the port needs no emulation (the Node and Python ports tabulate where
// amd64's `math.Log2` rounds up; this one simply calls it).

import (
	"math"
	"net/http"
	"strconv"
	"time"
)

// goRequest is the part of a *request.Request that RetryRules reads.
type goRequest struct {
	awsErrorCode       *string        // Code() of r.Error when it is an awserr.Error
	httpResponse       *http.Response // nil when the request has no response
	retryCount         int
	throttleErrorCodes []string
}

// goRetryer is a retryer of kind default or no-op (the field retryers of the vectors embed DefaultRetryer and
// only override ShouldRetry, so they are default here).
type goRetryer struct {
	noOp             bool
	numMaxRetries    int
	minRetryDelay    time.Duration
	minThrottleDelay time.Duration
	maxRetryDelay    time.Duration
	maxThrottleDelay time.Duration
}

// The SDK's defaults (aws/client/default_retryer.go): a field that is exactly 0 takes them.
const (
	defaultMinRetryDelay    = 30 * time.Millisecond
	defaultMinThrottleDelay = 500 * time.Millisecond
	defaultMaxRetryDelay    = 300 * time.Second
	defaultMaxThrottleDelay = 300 * time.Second
)

// throttleCodes is aws/request/retryer.go:84-96.
var throttleCodes = map[string]bool{
	"ProvisionedThroughputExceededException": true, "ThrottledException": true, "Throttling": true,
	"ThrottlingException": true, "RequestLimitExceeded": true, "RequestThrottled": true,
	"RequestThrottledException": true, "TooManyRequestsException": true, "PriorRequestNotComplete": true,
	"TransactionInProgressException": true, "EC2ThrottledException": true,
}

// isErrorThrottle is (*Request).IsErrorThrottle (aws/request/retryer.go:272-289); only the top-level code counts.
func isErrorThrottle(r goRequest) bool {
	if r.awsErrorCode != nil {
		for _, code := range r.throttleErrorCodes {
			if code == *r.awsErrorCode {
				return true
			}
		}
	}
	if r.httpResponse != nil {
		switch r.httpResponse.StatusCode {
		case 429, 502, 503, 504:
			return true
		}
	}
	return r.awsErrorCode != nil && throttleCodes[*r.awsErrorCode]
}

// retryAfterDelay is getRetryAfterDelay (default_retryer.go:148-177). It reads r.httpResponse.StatusCode
// unchecked, as the SDK does, so a throttle without a response panics with Go's own nil-dereference message.
func retryAfterDelay(r goRequest) (time.Duration, bool) {
	if code := r.httpResponse.StatusCode; code != 429 && code != 503 {
		return 0, false
	}
	text := r.httpResponse.Header.Get("Retry-After")
	if text == "" {
		return 0, false
	}
	seconds, err := strconv.Atoi(text)
	if err != nil {
		return 0, false
	}
	return time.Duration(seconds) * time.Second, true // wraps, as in the SDK
}

// maxRetries is MaxRetries().
func maxRetries(d goRetryer) int {
	if d.noOp {
		return 0
	}
	return d.numMaxRetries
}

// jitter is getJitterDelay: Int63n(x) + x.
func jitter(source *injectedSource, x time.Duration) time.Duration {
	return time.Duration(int63n(source, int64(x))) + x
}

// retryRules is RetryRules (default_retryer.go:78-123): the delay before the next attempt.
func retryRules(d goRetryer, r goRequest, source *injectedSource) time.Duration {
	if d.noOp || d.numMaxRetries == 0 {
		return 0
	}
	orDefault := func(value, fallback time.Duration) time.Duration {
		if value == 0 {
			return fallback
		}
		return value
	}
	minDelay := orDefault(d.minRetryDelay, defaultMinRetryDelay)
	maxDelay := orDefault(d.maxRetryDelay, defaultMaxRetryDelay)
	var initialDelay time.Duration
	if isErrorThrottle(r) {
		if delay, ok := retryAfterDelay(r); ok {
			initialDelay = delay
		}
		minDelay = orDefault(d.minThrottleDelay, defaultMinThrottleDelay)
		maxDelay = orDefault(d.maxThrottleDelay, defaultMaxThrottleDelay)
	}

	var delay time.Duration
	actualRetryCount := int(math.Log2(float64(minDelay))) + 1
	if actualRetryCount < 63-r.retryCount {
		delay = time.Duration(1<<uint64(r.retryCount)) * jitter(source, minDelay)
		if delay > maxDelay {
			delay = jitter(source, maxDelay/2) // the second draw
		}
	} else {
		delay = jitter(source, maxDelay/2)
	}
	return delay + initialDelay
}
