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

/// A step of the path to a value inside a request: an object key or an array index.
public enum WirePathComponent: Sendable, Equatable {
  /// An object member.
  case key(String)
  /// An array element.
  case index(Int)
}

/// A value in the request that the method cannot accept: where it is and why.
///
/// Decoders throw it with the path relative to the value they were given; each enclosing decoder prefixes its
/// own step, so the path is built only when something is wrong.
public struct InvalidValue: Error, Sendable, Equatable {
  /// The path from the enclosing value, outermost first.
  public var path: [WirePathComponent]
  /// What is wrong, in a few words.
  public var reason: String

  /// Creates an error at the current value.
  public init(_ reason: String, path: [WirePathComponent] = []) {
    self.reason = reason
    self.path = path
  }

  /// The same error one level further out.
  public func inside(_ component: WirePathComponent) -> InvalidValue {
    InvalidValue(reason, path: [component] + path)
  }

  /// The result of `body`, whose errors are placed one level further out, under `component`.
  public static func within<T>(
    _ component: WirePathComponent, _ body: () throws(InvalidValue) -> T
  ) throws(InvalidValue) -> T {
    do {
      return try body()
    } catch {
      throw error.inside(component)
    }
  }

  /// The path as text, such as `params.request.error.orig.type` or `params.random[3]`.
  public func pathText(root: String) -> String {
    var text = root
    for component in path {
      switch component {
      case .key(let key): text += "." + key
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }
}
