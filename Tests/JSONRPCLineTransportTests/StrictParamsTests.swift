//===----------------------------------------------------------------------===//
//
// This source file is part of the swift-retry-conformance open source project
//
// Licensed under Apache License v2.0
// See LICENSE.txt for license information
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

import ConformJSON
import ConformProtocol
import JSONRPCLineTransport
import Testing

/// Strict params (`spec/protocol.md`): unknown members and misplaced nulls are -32602 naming their path, with
/// a "did you mean" when one known name is close; the declarations behind the check are the ones the decoders
/// read.
@Suite struct StrictParamsTests {
  static func answer(_ method: String, _ params: String) throws -> JSON? {
    try DispatcherTests.send(#"{"jsonrpc":"2.0","id":1,"method":"\#(method)","params":\#(params)}"#)
  }

  static func message(_ response: JSON?) -> String? {
    response?.objectValue?["error"]?.objectValue?["message"]?.stringValue
  }

  @Test func theTyposOfTheIssueAreCaught() throws {
    let bsae = try Self.answer("js.v2.calculateRetryDelay", #"{"retryCount":1,"retryDelayOptions":{"bsae":10}}"#)
    #expect(DispatcherTests.error(bsae).code == -32602)
    #expect(DispatcherTests.error(bsae).path == "params.retryDelayOptions.bsae")
    #expect(Self.message(bsae)?.hasSuffix(#"did you mean "base"?"#) == true)
    let explian = try Self.answer("go.v1.classify", #"{"error":null,"explian":true}"#)
    #expect(DispatcherTests.error(explian).path == "params.explian")
    #expect(Self.message(explian)?.hasSuffix(#"did you mean "explain"?"#) == true)
    let outside = try DispatcherTests.send(
      #"{"jsonrpc":"2.0","id":1,"method":"go.v1.classify","params":{"error":null},"explain":true}"#)
    #expect(DispatcherTests.error(outside).code == -32600)
    #expect(Self.message(outside)?.hasSuffix("did you mean params.explain?") == true)
  }

  /// go-v2's and js-v3's nested objects are strict too: retryer, calls, attempts, go-v2 error types, js-v3 errors.
  @Test func goV2AndJSV3NestedTyposAreCaught() throws {
    let cases = [
      (
        "go.v2.session", #"{"retryer":{"kind":"standard","maxAttemps":3},"calls":[{"attempts":[{"success":true}]}]}"#,
        "params.retryer.maxAttemps"
      ),
      (
        "go.v2.session", #"{"retryer":{"kind":"standard"},"calls":[{"attempts":[{"sucess":true}]}]}"#,
        "params.calls[0].attempts[0].sucess"
      ),
      (
        "go.v2.classify",
        #"{"error":{"type":"smithy.OperationError","err":{"type":"awshttp.ResponseError","statuscode":500}}}"#,
        "params.error.err.statuscode"
      ),
      (
        "js.v3.classify", #"{"error":{"cause":{"$metadata":{"httpStatusCod":500}}}}"#,
        "params.error.cause.$metadata.httpStatusCod"
      ),
      (
        "js.v3.session",
        #"{"strategy":{"kind":"standard","maxAttempt":3},"calls":[{"attempts":[{"success":true}]}],"clock":{"startMs":0}}"#,
        "params.strategy.maxAttempt"
      ),
      ("js.v3.classify", #"{"error":{},"clock":{"startMS":0}}"#, "params.clock.startMS"),
    ]
    for (method, params, path) in cases {
      let answer = try Self.answer(method, params)
      #expect(DispatcherTests.error(answer).code == -32602, "\(method) \(path)")
      #expect(DispatcherTests.error(answer).path == path, "\(method) \(path)")
    }
  }

  @Test func nestedGoErrorsKnowTheMembersOfTheirType() throws {
    let orig = try Self.answer(
      "go.v1.evaluate",
      #"{"request":{"error":{"type":"awserr","orig":{"type":"url.Error","orig":{"type":"errors.New"}}}},"retryer":{"kind":"default"}}"#
    )
    #expect(DispatcherTests.error(orig).path == "params.request.error.orig.orig")
    #expect(Self.message(orig)?.contains("unknown member of a url.Error; known members: type, op, url, err") == true)
    let caseOnly = try Self.answer("go.v1.classify", #"{"error":{"type":"net.OpError","Op":"read"}}"#)
    #expect(Self.message(caseOnly)?.hasSuffix(#"did you mean "op"?"#) == true)
    let typeName = try Self.answer("go.v1.classify", #"{"error":{"type":"url.error"}}"#)
    #expect(Self.message(typeName)?.contains(#"did you mean "url.Error"?"#) == true)
    let retryer = try Self.answer(
      "go.v1.evaluate", #"{"request":{"error":null},"retryer":{"kind":"default","maxRetries":3}}"#)
    #expect(DispatcherTests.error(retryer).path == "params.retryer.maxRetries")
    let attempt = try Self.answer("js.v2.simulate", #"{"service":"generic","attempts":[{"stauts":500}]}"#)
    #expect(DispatcherTests.error(attempt).path == "params.attempts[0].stauts")
    #expect(Self.message(attempt)?.hasSuffix(#"did you mean "status"?"#) == true)
  }

  @Test func nullIsAValueOnlyWhereDeclared() throws {
    let explain = try Self.answer("go.v1.classify", #"{"error":null,"explain":null}"#)
    #expect(DispatcherTests.error(explain).path == "params.explain")
    let retryCount = try Self.answer(
      "go.v1.evaluate", #"{"request":{"error":null,"retryCount":null},"retryer":{"kind":"default"}}"#)
    #expect(DispatcherTests.error(retryCount).path == "params.request.retryCount")
    // Declared nullable: null is the documented value (a nil Temporary() method, the SDK's `options = null`).
    let nullTemporary = try Self.answer("go.v1.classify", #"{"error":{"type":"opaque","text":"x","temporary":null}}"#)
    let absentTemporary = try Self.answer("go.v1.classify", #"{"error":{"type":"opaque","text":"x"}}"#)
    #expect(nullTemporary?.objectValue?["result"] != nil)
    #expect(nullTemporary == absentTemporary)
    let nullOptions = try Self.answer(
      "js.v2.handleRequestWithRetries", #"{"options":null,"attempts":[{"status":200}]}"#)
    #expect(nullOptions?.objectValue?["result"] != nil)
  }

  @Test func suggestionsNeedExactlyOneCloseName() {
    #expect(WireStrictness.suggestion(for: "bsae", among: ["base", "customBackoff"]) == "base")
    #expect(WireStrictness.suggestion(for: "RETRYER", among: ["retryer", "random"]) == "retryer")
    #expect(WireStrictness.suggestion(for: "ab", among: ["ac", "ad"]) == nil)
    #expect(WireStrictness.suggestion(for: "zzzzzz", among: ["base"]) == nil)
  }

  /// The profiles whose nested objects are declared: all four (`spec/protocol.md` has the recipe for a new one).
  static let declaredProfiles: Set<String> = ["go-v1", "js-v2", "go-v2", "js-v3"]

  /// A minimal valid params object per profile method.
  static let baseParams: [String: String] = [
    "go.v1.classify": #"{"error":null}"#,
    "go.v1.evaluate": #"{"request":{"error":null},"retryer":{"kind":"default"}}"#,
    "go.v1.simulate": #"{"attempts":[{"error":null}],"retryer":{"kind":"default"}}"#,
    "js.v2.calculateRetryDelay": #"{"error":{},"retryDelayOptions":{"customBackoff":{"returns":[1]}}}"#,
    "js.v2.classify": #"{"service":"generic","error":{},"request":{}}"#,
    "js.v2.simulate": #"{"service":"generic","attempts":[{"status":200}],"config":{}}"#,
    "js.v2.handleRequestWithRetries": #"{"attempts":[{"status":200}],"options":{}}"#,
    "go.v2.classify": #"{"error":null}"#,
    "go.v2.backoff": #"{"attempt":1,"random":[0,0,0,0]}"#,
    "go.v2.session": #"{"retryer":{"kind":"standard"},"calls":[{"attempts":[{"success":true}]}]}"#,
    "js.v3.classify": #"{"error":{}}"#,
    "js.v3.backoff": #"{"retryCount":1,"random":[0.5,0.5]}"#,
    "js.v3.session":
      #"{"strategy":{"kind":"standard"},"calls":[{"attempts":[{"success":true}]}],"clock":{"startMs":0}}"#,
  ]

  /// A value no decoder of `type` accepts; nil for `.any`.
  static func wrongValue(for type: WireType) -> JSON? {
    switch type {
    case .bool: .string("x")
    case .string, .oneOf: .number(JSONNumber(Int64(1)))
    case .int: .string("x")
    case .int64: .bool(true)
    case .jsValue: .array([.number(JSONNumber(Int64(1)))])
    case .goError, .goV2Error, .jsV3Error, .array, .object, .map: .number(JSONNumber(Int64(1)))
    case .anyOf: .array([.array([])])
    case .nullable(let wrapped), .panicOr(let wrapped), .throwOr(let wrapped): wrongValue(for: wrapped)
    case .any: nil
    }
  }

  /// Every member a method declares is one its decoder reads: a wrong value there is -32602 at that path
  /// (so a declared member cannot be dropped from the decoder unnoticed; an undeclared one is refused first).
  @Test func everyDeclaredMemberIsDecoded() throws {
    for method in ConformMethods.all where Self.declaredProfiles.contains(method.profile ?? "") {
      let base = try JSONParser.parse(try #require(Self.baseParams[method.name], "\(method.name)"))
      #expect(try Self.answer(method.name, Self.text(base))?.objectValue?["error"] == nil)
      try Self.probe(method.name, base: base, fields: method.params, at: [])
    }
    for shape in GoWire.errorShapes {
      let base = shape.type == "syscall.Errno" ? #"{"type":"syscall.Errno","number":1}"# : #"{"type":"\#(shape.type)"}"#
      let tree = try JSONParser.parse(#"{"error":\#(base)}"#)
      try Self.probe("go.v1.classify", base: tree, fields: shape.fields.filter { $0.name != "type" }, at: ["error"])
    }
    let goV2Required = [
      "syscall.Errno": #""number":1"#, "retryable": #""retryable":true"#, "errors.Join": #""errs":[]"#,
      "fmt.Errorf": #""format":"%w""#,
    ]
    for shape in GoV2Wire.errorShapes {
      let extra = goV2Required[shape.type].map { "," + $0 } ?? ""
      let tree = try JSONParser.parse(#"{"error":{"type":"\#(shape.type)"\#(extra)}}"#)
      #expect(try Self.answer("go.v2.classify", Self.text(tree))?.objectValue?["error"] == nil, "\(shape.type)")
      try Self.probe("go.v2.classify", base: tree, fields: shape.fields.filter { $0.name != "type" }, at: ["error"])
    }
    try Self.probe(
      "js.v3.classify", base: try JSONParser.parse(#"{"error":{}}"#), fields: JSV3Wire.errorFields, at: ["error"])
    let session = try JSONParser.parse(try #require(Self.baseParams["go.v2.session"]))
    try Self.probe(
      "go.v2.session", base: session, fields: GoV2Wire.attemptFields, at: ["calls", "[0]", "attempts", "[0]"])
  }

  static func probe(_ method: String, base: JSON, fields: [WireField], at path: [String]) throws {
    for field in fields {
      let memberPath = path + [field.name]
      if let wrong = wrongValue(for: field.type) {
        let params = replacing(base, at: memberPath, with: wrong)
        let answer = try Self.answer(method, text(params))
        let reported = DispatcherTests.error(answer).path ?? "none"
        let expected = memberPath.reduce("params") { $0 + ($1.hasPrefix("[") ? $1 : "." + $1) }
        #expect(reported.hasPrefix(expected), "\(method) \(expected): \(reported)")
      }
      var nested: [WireField]?
      switch field.type {
      case .object(let inner), .nullable(.object(let inner)): nested = inner
      default: nested = nil
      }
      if let nested, case .object? = value(base, at: memberPath) {
        try probe(method, base: base, fields: nested, at: memberPath)
      }
    }
  }

  static func text(_ json: JSON) -> String {
    var writer = JSONWriter(reservingCapacity: 256)
    writer.write(json)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// The value at `path`; a component `[i]` is an array index.
  static func value(_ json: JSON, at path: [String]) -> JSON? {
    guard let first = path.first else { return json }
    if case .array(let elements) = json, let index = Self.index(first) {
      return index < elements.count ? value(elements[index], at: Array(path.dropFirst())) : nil
    }
    guard case .object(let object) = json, let member = object[first] else { return nil }
    return value(member, at: Array(path.dropFirst()))
  }

  static func replacing(_ json: JSON, at path: [String], with value: JSON) -> JSON {
    guard let first = path.first else { return value }
    if case .array(var elements) = json, let index = Self.index(first), index < elements.count {
      elements[index] = replacing(elements[index], at: Array(path.dropFirst()), with: value)
      return .array(elements)
    }
    guard case .object(var object) = json else { return value }
    object.set(first, replacing(object[first] ?? .object(JSONObject()), at: Array(path.dropFirst()), with: value))
    return .object(object)
  }

  /// The index of a path component written `[i]`.
  static func index(_ component: String) -> Int? {
    guard component.hasPrefix("["), component.hasSuffix("]") else { return nil }
    return Int(component.dropFirst().dropLast())
  }

  /// Profile methods declare their nested objects: nothing in their params is `.any`.
  @Test func profileParamsDeclareEveryNestedObject() {
    func containsAny(_ type: WireType) -> Bool {
      switch type {
      case .any: true
      case .nullable(let t), .panicOr(let t), .throwOr(let t), .array(let t), .map(let t): containsAny(t)
      case .object(let fields): fields.contains { containsAny($0.type) }
      case .anyOf(let alternatives): alternatives.contains(where: containsAny)
      default: false
      }
    }
    for method in ConformMethods.all where Self.declaredProfiles.contains(method.profile ?? "") {
      #expect(!containsAny(.object(method.params)), "\(method.name) has an undeclared (.any) member")
    }
  }
}
