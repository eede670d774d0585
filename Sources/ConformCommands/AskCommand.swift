import ConformAsk
import ConformJSON
import ConformProtocol
import Foundation

/// `conform ask`: one question to the reference, answered for a person (or, with `--json`, as `serve` answers).
enum AskCommand {
  static let usage = "conform ask <method> <params> [--json]"

  static let help = """
    OVERVIEW: Ask the reference one question and get the answer in words: the decision, the delay in readable
    units, the draws used, and the rules that decided, each with its SDK file:line.

    <params> is the method's params object (spec/protocol.md, spec/go-v1.md, spec/js-v2.md) as JSON text,
    @file.json, or - for standard input. The params are checked as strictly as serve checks them: an unknown
    member is an error naming its path, with a "did you mean" when a known name is close.

    When a delay depends on random draws and <params> leaves out "random", the answer covers every possible
    draw: the exact smallest and largest delay, the draws that give each, what decides each bound, and how many
    draws are used (go.v1.evaluate, go.v1.simulate per attempt, js.v2.calculateRetryDelay).

    USAGE: \(usage)

    ARGUMENTS:
      <method>            A method of `conform serve`, such as go.v1.evaluate or js.v2.calculateRetryDelay.
      <params>            JSON text, @file.json, or - (standard input).

    OPTIONS:
      --json              Print exactly the `result` serve returns (the same bytes); without "random", its
                          draw-dependent members are replaced by "delayRange": {"min", "max", ...}.
      -h, --help          Show help information.

    EXAMPLES:
      conform ask go.v1.evaluate '{"request":{"error":{"type":"errors.New","text":"EOF"}},"retryer":{"kind":"default","numMaxRetries":3}}'
      conform ask js.v2.calculateRetryDelay '{"retryCount":2,"retryDelayOptions":{"base":100}}' --json

    EXIT STATUS: 0 answered, 1 the server refused the question (the error is printed), 64 usage error.

    """

  static func main(_ arguments: ArraySlice<String>, console: Console) throws(UsageError) -> ExitCode {
    var scanner = ArgumentScanner(arguments)
    var json = false
    while let option = scanner.nextOption() {
      switch option {
      case "-h", "--help":
        console.out(help)
        return .success
      case "--json": json = true
      default: throw UsageError("unknown option \(option)")
      }
    }
    guard scanner.positionals.count == 2 else {
      throw UsageError(scanner.positionals.isEmpty ? "a method and its params are needed" : "expected <method> <params>")
    }
    let method = scanner.positionals[0]
    let paramsText = try readParams(scanner.positionals[1])
    let params: JSON
    do {
      params = try JSONParser.parse(Array(paramsText.utf8), maxDepth: ServerLimits.defaults.maxJSONDepth)
    } catch {
      console.err(AskText.error(.parseError(error)))
      return .failure
    }
    switch Asker.ask(method: method, params: params) {
    case .failure(let error):
      console.err(AskText.error(error))
      return .failure
    case .success(let answer):
      if json {
        var writer = JSONWriter(reservingCapacity: 1024)
        writer.write(answer.result)
        console.out(String(decoding: writer.bytes, as: UTF8.self) + "\n")
      } else {
        console.out(AskText.render(answer))
      }
      return .success
    }
  }

  /// PARAMS as text: itself, the content of `@file`, or standard input for `-`.
  static func readParams(_ argument: String) throws(UsageError) -> String {
    if argument == "-" {
      return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
    if argument.hasPrefix("@") {
      let path = String(argument.dropFirst())
      guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("cannot read \(path)") }
      return String(decoding: data, as: UTF8.self)
    }
    return argument
  }
}
