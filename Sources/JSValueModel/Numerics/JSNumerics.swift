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

// JSNumerics: bit-exact Swift ports of JavaScript numeric primitives as V8 11.3
// (Node 20) computes them. Pure Swift; no Foundation, no libm.
//
// The public entry points are declared in extensions, one concept per file:
//   StringToNumber.swift  - ECMAScript 7.1.4.1.1 StringToNumber
//   NumberToString.swift  - ECMAScript 6.1.6.1.20 Number::toString (radix 10)
//   ParseInt.swift        - ECMAScript 19.2.5 parseInt (radix 10)
//   Pow.swift             - ECMAScript 6.1.6.1.3 Number::exponentiate (Math.pow, **)
// Helpers: WhiteSpace.swift (internal); the correctly rounded decimal -> binary64
// conversion is the shared DecimalToBinary64 module.

/// Namespace for bit-exact ports of V8's JavaScript number conversions and Math.pow.
public enum JSNumerics {}
