"""Root conftest: what pytest must not import when collecting doctests."""

collect_ignore = ["rbnlp/__main__.py", "tools", "benchmarks", "notebooks"]
