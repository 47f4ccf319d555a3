"""Field extractors: pure functions from an analysed report to small typed values."""
