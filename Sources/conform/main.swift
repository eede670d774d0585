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

import ConformCommands

#if canImport(Glibc)
  import Glibc
#endif

exit(ConformCommand.main(Array(CommandLine.arguments.dropFirst())).rawValue)
