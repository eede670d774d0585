// Command conform-adapter is a Go adapter skeleton for `conform run --target`: wire.go is the kit (the JSON-RPC
// line loop, int64 values, injected random draws, the errors), retry_port.go a small port behind it, and this file
// the method table that joins them. Build and check it from the repository root:
//
//	go build -C examples/go -o /tmp/conform-adapter . && conform run vectors/go-v1/retry-rules.json \
//	    --method go.v1.evaluate --target /tmp/conform-adapter
//
// (`-C` needs Go 1.20; with Go 1.19, `cd examples/go && go build -o /tmp/conform-adapter .`.) Building with
// `-tags broken` swaps in int63n_broken.go, which fails the same vectors with a report naming the cases.
//
// Methods answered:
//
//	go.v1.evaluate -> {"maxRetries": n, "retryRules": {"delayNs": "...", "draws": n} | {"panic": ...}}
//	                  (only these two members; vectors that pin others fail, by design)
//
// Anything else is -32601, which `conform run` counts as skipped. A port of a js-v2 method needs the JS value
// encodings as well (numbers as {"f64": "0x<16 hex>"} when not finite or -0, undefined as {"undefined": true}):
// examples/node/wire.js has them, and spec/js-v2.md defines them.
package main

import (
	"fmt"
	"net/http"
	"time"
)

// methods is the method table: one entry per method the port implements.
var methods = map[string]func(object) (any, error){
	"go.v1.evaluate": goEvaluate,
}

func main() { serve(methods) }

// goEvaluate answers go.v1.evaluate with maxRetries and retryRules.
func goEvaluate(params object) (any, error) {
	requestJSON, err := asObject(params.values["request"], "params.request")
	if err != nil {
		return nil, err
	}
	request, err := decodeRequest(requestJSON, "params.request")
	if err != nil {
		return nil, err
	}
	retryerJSON, err := asObject(params.values["retryer"], "params.retryer")
	if err != nil {
		return nil, err
	}
	retryer, err := decodeRetryer(retryerJSON, "params.retryer")
	if err != nil {
		return nil, err
	}
	source, err := newInjectedSource(params.values["random"], "params.random")
	if err != nil {
		return nil, err
	}
	return map[string]any{"maxRetries": maxRetries(retryer), "retryRules": answerRetryRules(retryer, request, source)}, nil
}

// answerRetryRules runs RetryRules; a Go panic inside it is an answer, {"panic": message}.
func answerRetryRules(retryer goRetryer, request goRequest, source *injectedSource) (answer map[string]any) {
	defer func() {
		if recovered := recover(); recovered != nil {
			if _, exhausted := recovered.(randomExhausted); exhausted {
				panic(recovered) // not the SDK's panic: `call` answers it -32001
			}
			if err, isError := recovered.(error); isError {
				answer = map[string]any{"panic": err.Error()}
			} else {
				answer = map[string]any{"panic": fmt.Sprint(recovered)}
			}
		}
	}()
	delay := retryRules(retryer, request, source)
	return map[string]any{"delayNs": int64String(int64(delay)), "draws": source.draws}
}

// decodeRequest reads {"error", "statusCode"?, "headers"?, "retryCount"?, "throttleErrorCodes"?}.
func decodeRequest(obj object, path string) (goRequest, error) {
	var r goRequest
	errorJSON, present := member(obj, "error")
	if !present {
		return r, invalidParams(path+".error", "expected null or an object with a \"type\"")
	}
	if errorJSON != nil {
		errorObj, isObject := errorJSON.(object)
		kind, hasType := errorObj.values["type"].(string)
		if !isObject || !hasType {
			return r, invalidParams(path+".error", "expected null or an object with a \"type\"")
		}
		// RetryRules reads only the top-level awserr Code(); awserr.New and NewRequestFailure both carry `code`.
		if kind == "awserr" || kind == "awserr.requestFailure" {
			code := ""
			if value, ok := member(errorObj, "code"); ok {
				if code, ok = value.(string); !ok {
					return r, invalidParams(path+".error.code", "expected a string")
				}
			}
			r.awsErrorCode = &code
		}
	}
	if status, ok := member(obj, "statusCode"); ok && status != nil {
		code, err := asInt64(status, path+".statusCode")
		if err != nil {
			return r, err
		}
		r.httpResponse = &http.Response{StatusCode: int(code), Header: http.Header{}}
		if headersJSON, ok := member(obj, "headers"); ok && headersJSON != nil {
			headers, err := asObject(headersJSON, path+".headers")
			if err != nil {
				return r, err
			}
			for _, key := range headers.keys {
				// A single string stands for a one-value list. Header.Add canonicalises the key, as for the SDK's
				// responses, in the wire object's order, so the first of two spellings of a name is what Get sees.
				values, list := headers.values[key], []string{}
				if text, isString := values.(string); isString {
					list = append(list, text)
				} else if list, err = asStrings(values, path+".headers."+key); err != nil {
					return r, err
				}
				for _, value := range list {
					r.httpResponse.Header.Add(key, value)
				}
			}
		}
	}
	retryCount, err := optionalInt64(obj, "retryCount", path, 0)
	if err != nil {
		return r, err
	}
	r.retryCount = int(retryCount)
	if codes, ok := member(obj, "throttleErrorCodes"); ok {
		if r.throttleErrorCodes, err = asStrings(codes, path+".throttleErrorCodes"); err != nil {
			return r, err
		}
	}
	return r, nil
}

// decodeRetryer reads {"kind", "numMaxRetries"?, "minRetryDelay"?, ...}; delays are nanoseconds.
func decodeRetryer(obj object, path string) (goRetryer, error) {
	var d goRetryer
	switch obj.values["kind"] {
	case "no-op":
		d.noOp = true
	case "default", "seed-read-conn-reset", "example-no-5xx":
	default:
		return d, invalidParams(path+".kind", "expected one of default, no-op, seed-read-conn-reset, example-no-5xx")
	}
	numMaxRetries, err := optionalInt64(obj, "numMaxRetries", path, 0)
	if err != nil {
		return d, err
	}
	d.numMaxRetries = int(numMaxRetries)
	for name, field := range map[string]*time.Duration{
		"minRetryDelay": &d.minRetryDelay, "minThrottleDelay": &d.minThrottleDelay,
		"maxRetryDelay": &d.maxRetryDelay, "maxThrottleDelay": &d.maxThrottleDelay,
	} {
		value, err := optionalInt64(obj, name, path, 0)
		if err != nil {
			return d, err
		}
		*field = time.Duration(value)
	}
	return d, nil
}
