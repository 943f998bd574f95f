"""checker: a rule-based fact-consistency checker for figures in news articles."""

__version__ = "0.1.0"
