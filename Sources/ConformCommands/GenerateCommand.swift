/// `conform generate` (the generator lands with the seeded case builders).
enum GenerateCommand {
  static let usage = "conform generate --seed <s> --count <n> --profile go-v1|js-v2 --out <dir>"

  static func main(_ arguments: ArraySlice<String>, console: Console) throws(UsageError) -> ExitCode {
    throw UsageError("generate is not available yet")
  }
}
