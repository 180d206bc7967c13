"""cryptoclaims: extract the figures crypto news states and audit them across sources."""

__version__ = "0.1.0"
__all__ = ["__version__"]
