import ConformJSON
import ConformProtocol
import Testing

/// The js-v3 methods through their definitions: bad params name the field (-32602), a `retry-after` that reaches
/// `Date.parse` is refused rather than guessed, and running out of draws is -32001.
@Suite struct JSV3MethodTests {
  static func call(_ method: String, _ params: String) throws -> Result<JSON, ResponseError> {
    let definition = try #require(ConformMethods.byName[method])
    let json = try JSONParser.parse(params)
    do throws(ResponseError) {
      return .success(try definition.handler(json, MethodContext()))
    } catch {
      return .failure(error)
    }
  }

  static func path(_ result: Result<JSON, ResponseError>) -> String? {
    guard case .failure(let error) = result, case .string(let path)? = error.data["path"] else { return nil }
    return path
  }

  @Test func badParamsNameTheField() throws {
    let session = try Self.call(
      "js.v3.session",
      #"{"strategy":{"kind":"standard"},"calls":[{"attempts":[{"error":{"$metadata":{"clockSkewCorrected":1}}}]}],"#
        + #""clock":{"startMs":0}}"#)
    #expect(Self.path(session) == "params.calls[0].attempts[0].error.$metadata.clockSkewCorrected")
    let kind = try Self.call("js.v3.session", #"{"strategy":{"kind":"fast"},"calls":[],"clock":{"startMs":0}}"#)
    #expect(Self.path(kind) == "params.strategy.kind")
    let clock = try Self.call(
      "js.v3.session",
      #"{"strategy":{"kind":"standard"},"calls":[{"attempts":[{"success":true}]}],"clock":{"startMs":0.5}}"#)
    #expect(Self.path(clock) == "params.clock.startMs")
    let proto = try Self.call(
      "js.v3.classify", #"{"error":{"$response":{"statusCode":503,"headers":[["__proto__","1"]]}}}"#)
    #expect(Self.path(proto) == "params.error.$response.headers[0][0]")
  }

  @Test func dateParseIsRefused() throws {
    let result = try Self.call(
      "js.v3.classify",
      #"{"error":{"$response":{"statusCode":503,"headers":[["retry-after","2099-01-01"]]}},"clock":{"startMs":0}}"#)
    #expect(Self.path(result) == "params.error.$response.headers")
    // Without a clock the hint is not read, so the same error classifies.
    let plain = try Self.call(
      "js.v3.classify", #"{"error":{"$response":{"statusCode":503,"headers":[["retry-after","2099-01-01"]]}}}"#)
    #expect(try plain.get().objectValue?["errorType"] == .string("CLIENT_ERROR"))
  }

  @Test func runningOutOfDraws() throws {
    let result = try Self.call(
      "js.v3.session",
      #"{"strategy":{"kind":"standard"},"calls":[{"attempts":[{"error":{"name":"Throttling"}}]}],"clock":{"startMs":0},"#
        + #""random":[0.5]}"#)
    guard case .failure(let error) = result else {
      Issue.record("answered \(result)")
      return
    }
    #expect(error.code.rawValue == -32001)
  }
}
