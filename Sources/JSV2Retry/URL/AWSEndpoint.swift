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

/// The parts of `new AWS.Endpoint(endpoint)` (`lib/http.js:43-67`) that the redirect path and the v4 signer
/// read: `host` (the `Host` header) and `path` (`httpRequest.path`).
public struct AWSEndpoint: Sendable, Equatable {
  /// `endpoint.host`: `null` when `url.parse` found no host section.
  public var host: JSString?
  /// `endpoint.path`: `null` when the URL has neither a path nor a query.
  public var path: JSString?

  /// Creates an endpoint from its parts.
  public init(host: JSString?, path: JSString?) {
    self.host = host
    self.path = path
  }

  /// `new AWS.Endpoint(endpoint)` for a string: a string not starting with `http` gets `https://` in front
  /// (`sslEnabled` defaults to true), then `AWS.util.urlParse` (`lib/util.js:59-61`) parses it.
  public init(parsing endpoint: JSString) throws(JSThrow) {
    // if (!endpoint.match(/^http/)) endpoint = (useSSL ? 'https' : 'http') + '://' + endpoint;
    let url = endpoint.hasPrefix("http") ? endpoint : "https://" + endpoint
    let parsed = try NodeURLParser.parse(url)
    self.init(host: parsed.host, path: parsed.path)
  }
}
