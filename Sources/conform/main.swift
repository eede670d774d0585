#if canImport(Glibc)
  import Glibc
#endif
import ConformProtocol
import ConformServer

let protocolFD = StandardStreams.guardStdout()
let status = LineServer(limits: .defaults).run(input: 0, output: protocolFD)
exit(status)
