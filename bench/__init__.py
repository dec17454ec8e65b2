"""Benchmarks of DX事例ブラウザ at national scale: run with `python -m bench`; see docs/performance.md.

Each benchmark runs in a child process and imports the app's modules inside its functions on purpose: what a child
imports after its clock starts is part of what it measures.
"""
