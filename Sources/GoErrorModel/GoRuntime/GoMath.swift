// GoMath.swift — namespace for the ports of Go 1.19's math package (amd64 behaviour).

/// Namespace for bit-exact ports of Go 1.19 `math` functions and float conversions as they behave on linux/amd64.
public enum GoMath {}
