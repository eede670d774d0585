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

public import JSValueModel

/// Where `AWS.Signers.V4.addAuthorization` fails for a request's endpoint (`lib/signers/v4.js`), before any
/// hashing: `SIGN` stores the exception as the response's error (`lib/event_listeners.js:335-336`).
public enum V4SigningFailure {
  /// The exception signing a request with this endpoint's `path` and `Host` header throws, or nil when it signs.
  ///
  /// `canonicalString()` first takes `this.request.pathname()`, `this.path.split('?', 1)[0]` (`lib/http.js:141`),
  /// which throws on a `null` path; then `canonicalHeaders()` rejects a `Host` header that is `null`
  /// (`lib/signers/v4.js:144-145`). `AWS.util.uriEscapePath` and the query's `uriEscape` (`lib/util.js:40`)
  /// throw `URIError` only on a lone surrogate, which the wire cannot carry (it decodes one to U+FFFD).
  public static func failure(for endpoint: AWSEndpoint) -> JSThrow? {
    if endpoint.path == nil {
      return JSThrow(name: "TypeError", message: "Cannot read properties of null (reading 'split')")
    }
    if endpoint.host == nil {
      // throw AWS.util.error(new Error('Header ' + key + ' contains invalid value'), {code: 'InvalidHeader'})
      return JSThrow(name: "Error", message: "Header host contains invalid value", code: "InvalidHeader")
    }
    return nil
  }

  /// The error object `SIGN` stores: the exception itself, so its own `code` only (a `TypeError` has none).
  static func errorObject(_ thrown: JSThrow) -> JSErrorObject {
    JSErrorObject(code: thrown.code.map { .string($0) } ?? .undefined, message: .string(thrown.message))
  }
}
