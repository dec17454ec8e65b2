"""Benchmarks of DX事例ブラウザ at national scale (issue 5): run with `python -m bench`; see docs/performance.md."""
