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

// GoNet.swift — namespace for the ports of Go 1.19's net package (IP parsing and address printing).

/// Namespace for bit-exact ports of Go 1.19 `net` IP parsing and address formatting.
public enum GoNet {}
