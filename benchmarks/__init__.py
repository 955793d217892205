"""Speed and memory at scale: ``python -m benchmarks`` (see run.py)."""
