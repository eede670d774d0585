// GoNet.swift — namespace for the ports of Go 1.19's net package (IP parsing and address printing).

/// Namespace for bit-exact ports of Go 1.19 `net` IP parsing and address formatting.
public enum GoNet {}
