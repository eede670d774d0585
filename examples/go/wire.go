package main

// The adapter kit: line-delimited JSON-RPC 2.0 on stdin/stdout (spec/protocol.md) and the wire values a Go port
// needs. A port adds its methods to the table in main.go and keeps its logic free of I/O.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
)

// rpcError is a JSON-RPC error answer: {code, message, data: {kind, ...}}.
type rpcError struct {
	Code    int            `json:"code"`
	Message string         `json:"message"`
	Data    map[string]any `json:"data"`
}

func (e *rpcError) Error() string { return e.Message }

// invalidParams is -32602 naming the offending field, such as params.random[2].
func invalidParams(path, reason string) *rpcError {
	return &rpcError{-32602, fmt.Sprintf("invalid params at %s: %s", path, reason),
		map[string]any{"kind": "invalid-params", "path": path, "reason": reason}}
}

// methodNotFound is -32601, which `conform run` counts as a skipped case.
func methodNotFound(method string) *rpcError {
	return &rpcError{-32601, "method not found: " + method, map[string]any{"kind": "method-not-found", "method": method}}
}

// randomExhausted is what an injected random source panics with when its list runs out; answered -32001.
type randomExhausted struct{ available int }

// object is a decoded JSON object with its members in input order (which matters where the SDK's own order
// does, such as HTTP headers that canonicalise to one name). Numbers are json.Number, so no int64 is rounded.
type object struct {
	keys   []string
	values map[string]any
}

// member returns obj's member name and whether it is present.
func member(obj object, name string) (any, bool) {
	value, ok := obj.values[name]
	return value, ok
}

// decodeValue reads one JSON value: object, []any, json.Number, string, bool or nil.
func decodeValue(decoder *json.Decoder) (any, error) {
	token, err := decoder.Token()
	if err != nil {
		return nil, err
	}
	switch token {
	case json.Delim('{'):
		obj := object{values: map[string]any{}}
		for decoder.More() {
			keyToken, err := decoder.Token()
			if err != nil {
				return nil, err
			}
			key := keyToken.(string)
			value, err := decodeValue(decoder)
			if err != nil {
				return nil, err
			}
			if _, seen := obj.values[key]; !seen {
				obj.keys = append(obj.keys, key)
			}
			obj.values[key] = value
		}
		_, err = decoder.Token() // '}'
		return obj, err
	case json.Delim('['):
		items := []any{}
		for decoder.More() {
			item, err := decodeValue(decoder)
			if err != nil {
				return nil, err
			}
			items = append(items, item)
		}
		_, err = decoder.Token() // ']'
		return items, err
	}
	return token, nil
}

// asObject checks that value is a JSON object.
func asObject(value any, path string) (object, error) {
	obj, ok := value.(object)
	if !ok {
		return object{}, invalidParams(path, "expected an object")
	}
	return obj, nil
}

// asInt64 reads a Go int64 (or int): a JSON integer or a decimal string.
func asInt64(value any, path string) (int64, error) {
	var text string
	switch v := value.(type) {
	case json.Number:
		text = string(v)
	case string:
		text = v
	default:
		return 0, invalidParams(path, "expected an integer (a JSON integer or a decimal string)")
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		if numErr, ok := err.(*strconv.NumError); ok && numErr.Err == strconv.ErrRange {
			return 0, invalidParams(path, "out of the int64 range")
		}
		return 0, invalidParams(path, "expected an integer (a JSON integer or a decimal string)")
	}
	return n, nil
}

// optionalInt64 reads obj[name] as an int64, or fallback when it is absent.
func optionalInt64(obj object, name, path string, fallback int64) (int64, error) {
	value, ok := member(obj, name)
	if !ok {
		return fallback, nil
	}
	return asInt64(value, path+"."+name)
}

// asStrings reads an array of strings.
func asStrings(value any, path string) ([]string, error) {
	items, ok := value.([]any)
	if !ok {
		return nil, invalidParams(path, "expected an array of strings")
	}
	strings := make([]string, len(items))
	for i, item := range items {
		if strings[i], ok = item.(string); !ok {
			return nil, invalidParams(fmt.Sprintf("%s[%d]", path, i), "expected a string")
		}
	}
	return strings, nil
}

// int64String is how an int64 or time.Duration goes out: a decimal string.
func int64String(n int64) string { return strconv.FormatInt(n, 10) }

// injectedSource is a math/rand Source whose Int63() returns injected values in order and counts them.
type injectedSource struct {
	values []int64
	draws  int
}

// newInjectedSource reads params.random: Int63() values, each in [0, 2^63).
func newInjectedSource(value any, path string) (*injectedSource, error) {
	if value == nil {
		return &injectedSource{}, nil
	}
	items, ok := value.([]any)
	if !ok {
		return nil, invalidParams(path, "expected an array")
	}
	source := &injectedSource{values: make([]int64, len(items))}
	for i, item := range items {
		n, err := asInt64(item, fmt.Sprintf("%s[%d]", path, i))
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, invalidParams(fmt.Sprintf("%s[%d]", path, i), "an Int63() value must be in [0, 2^63)")
		}
		source.values[i] = n
	}
	return source, nil
}

func (s *injectedSource) Int63() int64 {
	if s.draws >= len(s.values) {
		panic(randomExhausted{len(s.values)})
	}
	s.draws++
	return s.values[s.draws-1]
}

func (s *injectedSource) Seed(int64) {}

// call runs one method, turning a randomExhausted panic into -32001. Any other panic is the port's to handle
// (a Go panic inside the SDK is an answer, {"panic": ...}); one that escapes crashes the adapter loudly.
func call(handler func(object) (any, error), params object) (result any, err error) {
	defer func() {
		if recovered := recover(); recovered != nil {
			exhausted, ok := recovered.(randomExhausted)
			if !ok {
				panic(recovered)
			}
			result, err = nil, &rpcError{-32001, "random values exhausted",
				map[string]any{"kind": "random-exhausted", "path": "params.random", "available": exhausted.available}}
		}
	}()
	return handler(params)
}

type request struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Method  *string         `json:"method"`
	Params  json.RawMessage `json:"params"`
}

type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  any             `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

var nullID = json.RawMessage("null")

// handleLine answers one request line; nil for a notification.
func handleLine(methods map[string]func(object) (any, error), line []byte) *response {
	var req request
	if err := json.Unmarshal(line, &req); err != nil {
		if _, syntax := err.(*json.SyntaxError); syntax || !json.Valid(line) {
			return &response{"2.0", nullID, nil, &rpcError{-32700, "parse error",
				map[string]any{"kind": "parse-error", "reason": err.Error()}}}
		}
		return &response{"2.0", nullID, nil, &rpcError{-32600, "invalid request",
			map[string]any{"kind": "invalid-request", "reason": err.Error()}}}
	}
	id := req.ID
	if id == nil {
		id = nullID
	}
	if req.JSONRPC != "2.0" || req.Method == nil {
		return &response{"2.0", id, nil, &rpcError{-32600, "invalid request",
			map[string]any{"kind": "invalid-request", "reason": "not a JSON-RPC 2.0 request object"}}}
	}
	var result any
	var err error
	if handler, ok := methods[*req.Method]; !ok {
		err = methodNotFound(*req.Method)
	} else {
		var params any = object{values: map[string]any{}}
		if req.Params != nil {
			decoder := json.NewDecoder(bytes.NewReader(req.Params))
			decoder.UseNumber()
			params, _ = decodeValue(decoder) // req.Params is valid JSON: json.Unmarshal checked the whole line
		}
		if obj, isObject := params.(object); !isObject {
			err = invalidParams("params", "expected an object")
		} else {
			result, err = call(handler, obj)
		}
	}
	if req.ID == nil {
		return nil // a notification gets no answer
	}
	if err != nil {
		rpcErr, ok := err.(*rpcError)
		if !ok {
			panic(err) // a method returns rpcErrors only; anything else is a bug in the port
		}
		return &response{"2.0", id, nil, rpcErr}
	}
	if result == nil {
		result = json.RawMessage("null")
	}
	return &response{"2.0", id, result, nil}
}

// serve answers requests on stdin until end of input, one line out per request line in, each written before the
// next line is read. Only this function writes to stdout; log to stderr.
func serve(methods map[string]func(object) (any, error)) {
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	out := bufio.NewWriter(os.Stdout)
	for {
		line, readErr := in.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if resp := handleLine(methods, line); resp != nil {
				encoded, err := json.Marshal(resp)
				if err != nil {
					panic(err)
				}
				out.Write(append(encoded, '\n'))
				// Flush before blocking on the next read, so that a client waiting for this answer gets it.
				if in.Buffered() == 0 {
					if err := out.Flush(); err != nil {
						os.Exit(0) // the reader went away
					}
				}
			}
		}
		if readErr == io.EOF {
			out.Flush()
			return
		} else if readErr != nil {
			fmt.Fprintln(os.Stderr, "reading stdin:", readErr)
			os.Exit(1)
		}
	}
}
