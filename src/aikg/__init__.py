"""aikg: a typed, sourced, time-aware knowledge graph of the AI supply chain."""

__version__ = "0.1.0"
