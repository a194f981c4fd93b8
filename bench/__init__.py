"""Speed and accuracy of the extraction beside the tools a reporter would use instead.

    python -m bench [--max-scale 25] [--sample-kb 1000]   (make bench)

Prints the tables and writes bench/results/<YYYY-MM-DD>.json. bench_adversarial.py,
run on its own, times each parser on 1 MB hostile lines.
"""
