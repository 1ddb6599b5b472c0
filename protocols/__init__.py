"""What crosses the wire or the trust boundary: small, pure, versioned."""
