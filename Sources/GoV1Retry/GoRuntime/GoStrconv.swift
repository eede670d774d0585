// GoStrconv.swift — namespace for the ports of Go 1.19's strconv package.

/// Namespace for bit-exact ports of Go 1.19 `strconv` functions.
public enum GoStrconv {}
