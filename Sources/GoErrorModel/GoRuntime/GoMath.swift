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

// GoMath.swift — namespace for the ports of Go 1.19's math package (amd64 behaviour).

/// Namespace for bit-exact ports of Go 1.19 `math` functions and float conversions as they behave on linux/amd64.
public enum GoMath {}
