#if canImport(Glibc)
  import Glibc
#endif
import ConformCommands

exit(ConformCommand.main(Array(CommandLine.arguments.dropFirst())).rawValue)
